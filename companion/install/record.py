"""The record of what `garde-fou install` wrote (files, registry keys and values), kept in the
config dir, so that `garde-fou uninstall` removes exactly that and nothing else."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

RECORD_NAME = "install-record.json"


@dataclass
class InstallRecord:
    files: list[str] = field(default_factory=list)
    #: HKCU keys created (deleted whole on uninstall)
    registry_keys: list[str] = field(default_factory=list)
    #: [key, value name] pairs set in keys shared with others (only the value is deleted)
    registry_values: list[list[str]] = field(default_factory=list)

    @classmethod
    def load(cls, config_dir: Path) -> InstallRecord:
        path = config_dir / RECORD_NAME
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (ValueError, OSError) as exc:
            raise ValueError(f"{path} cannot be read ({exc}); delete it and run "
                             "`garde-fou install` again") from None
        return cls(list(data.get("files", [])), list(data.get("registry_keys", [])),
                   [list(v) for v in data.get("registry_values", [])])

    def save(self, config_dir: Path) -> None:
        config_dir.mkdir(parents=True, exist_ok=True)
        (config_dir / RECORD_NAME).write_text(json.dumps(self.__dict__, indent=2) + "\n",
                                              encoding="utf-8")

    @staticmethod
    def forget(config_dir: Path) -> None:
        (config_dir / RECORD_NAME).unlink(missing_ok=True)

    def add_file(self, path: Path) -> None:
        if str(path) not in self.files:
            self.files.append(str(path))

    def add_key(self, key: str) -> None:
        if key not in self.registry_keys:
            self.registry_keys.append(key)

    def add_value(self, key: str, name: str) -> None:
        if [key, name] not in self.registry_values:
            self.registry_values.append([key, name])

    def empty(self) -> bool:
        return not (self.files or self.registry_keys or self.registry_values)
