"""Settings, layered: built-in defaults → `config.toml` in the user's config dir → `GARDE_FOU_*`
environment variables (highest). The config dir itself can be moved with `GARDE_FOU_CONFIG_DIR`.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import platformdirs

APP_NAME = "garde-fou"
ENV_PREFIX = "GARDE_FOU_"
CONFIG_FILE_NAME = "config.toml"

#: Id of the published Chrome extension (derived from the public key in extension/manifest.json).
CHROME_EXTENSION_ID = "lfbepnjgojolbnooekdhohefdjkhngmg"
#: Id of the Firefox add-on (browser_specific_settings.gecko.id in extension/manifest.json).
FIREFOX_ADDON_ID = "garde-fou@garde-fou.ca"


class ConfigError(ValueError):
    """A setting has a value that cannot be used; the message says which and how to fix it."""


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8731
    #: Longest text accepted by /v1/analyze and /v1/redact, in characters.
    max_text_chars: int = 100_000
    #: Chrome/Edge extension ids allowed to call the API (Firefox ids are random per install,
    #: so any moz-extension:// origin is accepted).
    extension_ids: tuple[str, ...] = (CHROME_EXTENSION_ID,)
    #: Extra folders holding organization policy packs (besides the built-in ones and
    #: `<config dir>/policies`).
    policy_dirs: tuple[str, ...] = ()
    #: Server threads. Each request holds one while it runs (analyses take turns at the models),
    #: so a few spare ones keep /v1/health and short posts answering while long texts run.
    threads: int = 8
    #: Longest an analysis may take, in milliseconds; past it the answer is a 503
    #: deadline_exceeded error (the extension shows the text as not checked) and the work stops.
    deadline_ms: int = 4_000
    log_level: str = "INFO"
    config_dir: Path = field(default_factory=lambda: default_config_dir())

    @property
    def max_body_bytes(self) -> int:
        """Request bodies larger than this are refused before parsing: room for a text at the
        limit written with JSON escapes (up to 12 bytes a character, e.g. an emoji as a
        surrogate pair of \\uXXXX), plus the other fields."""
        return self.max_text_chars * 12 + 64_000

    @property
    def token_path(self) -> Path:
        return self.config_dir / "token"

    @property
    def user_policies_dir(self) -> Path:
        return self.config_dir / "policies"

    @property
    def name_lists_path(self) -> Path:
        return self.config_dir / "names.toml"


def default_config_dir() -> Path:
    override = os.environ.get(ENV_PREFIX + "CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True))


def load_settings(environ: dict[str, str] | None = None, **overrides: object) -> Settings:
    """Builds the settings from every layer; `overrides` (e.g. CLI flags) win over all."""
    environ = dict(os.environ if environ is None else environ)
    config_dir = Path(environ[ENV_PREFIX + "CONFIG_DIR"]) if environ.get(
        ENV_PREFIX + "CONFIG_DIR") else default_config_dir()
    settings = Settings(config_dir=config_dir)
    settings = _apply(settings, _read_config_file(config_dir / CONFIG_FILE_NAME), "config.toml")
    env_values = {
        f.name: environ[ENV_PREFIX + f.name.upper()]
        for f in fields(Settings)
        if f.name != "config_dir" and ENV_PREFIX + f.name.upper() in environ
    }
    settings = _apply(settings, env_values, "environment")
    return _apply(settings, {k: v for k, v in overrides.items() if v is not None}, "arguments")


def _read_config_file(path: Path) -> dict[str, object]:
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}). Fix the file or delete it.") from exc


def _apply(settings: Settings, values: dict[str, object], origin: str) -> Settings:
    known = {f.name: f for f in fields(Settings) if f.name != "config_dir"}
    changes: dict[str, object] = {}
    for key, raw in values.items():
        if key not in known:
            raise ConfigError(
                f"{origin}: unknown setting {key!r}; known settings are {', '.join(sorted(known))}."
            )
        changes[key] = _coerce(key, raw, getattr(settings, key), origin)
    return replace(settings, **changes)


def _coerce(key: str, raw: object, current: object, origin: str) -> object:
    try:
        if isinstance(current, bool):
            return raw if isinstance(raw, bool) else str(raw).lower() in {"1", "true", "yes"}
        if isinstance(current, int):
            value = int(raw)  # type: ignore[arg-type]
            if value <= 0:
                raise ValueError
            return value
        if isinstance(current, tuple):
            items = raw.split(",") if isinstance(raw, str) else list(raw)  # type: ignore[call-overload]
            return tuple(str(item).strip() for item in items if str(item).strip())
        return str(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"{origin}: setting {key!r} has value {raw!r}; expected a value like {current!r}."
        ) from exc
