"""The few HKEY_CURRENT_USER operations install and uninstall need (Windows only), behind a
small interface so that tests can use a fake."""

from __future__ import annotations

from typing import Protocol


class Registry(Protocol):
    def set_value(self, key: str, name: str, value: str) -> None:
        """Creates `key` if needed and sets its string value `name` ("" = the default value)."""

    def delete_value(self, key: str, name: str) -> bool:
        """False when there was nothing to delete."""

    def delete_key(self, key: str) -> bool:
        """Deletes a key without subkeys; False when there was nothing to delete."""


class WindowsRegistry:
    """The real registry, current user only (no administrator rights needed)."""

    def __init__(self) -> None:
        import winreg  # Windows only

        self._winreg = winreg

    def set_value(self, key: str, name: str, value: str) -> None:
        winreg = self._winreg
        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete_value(self, key: str, name: str) -> bool:
        winreg = self._winreg
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
                winreg.DeleteValue(handle, name)
        except FileNotFoundError:
            return False
        return True

    def delete_key(self, key: str) -> bool:
        try:
            self._winreg.DeleteKey(self._winreg.HKEY_CURRENT_USER, key)
        except FileNotFoundError:
            return False
        return True
