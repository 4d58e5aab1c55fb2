"""Secrets in the operating system's credential store: the database key, the hub token, the SMTP
password. Never in a file beside the database, never in settings.json.

The store is whatever `keyring` finds for this OS account: Windows Credential Manager, the
Secret Service (GNOME Keyring, KWallet) on Linux, the Keychain on macOS. A store that keeps
secrets in a plain file, or none at all, is refused with a Hebrew message: the database would
then be as readable as its key.

For tests, CI and the installer's smoke test only, `DALPAK_TEST_KEYRING=DIR` keeps the secrets
in a plain file in DIR (mode 0600), as no desktop credential store runs there. Never set it on a
station: the key would then be as safe as that file.
"""

from __future__ import annotations

import json
import os
import secrets as _random
import threading
from typing import Any

from desktop.core.errors import WrongDatabase
from desktop.phrases import phrase

SERVICE = "Dalpak"
DATABASE_KEY = "database-key"  # one data key per OS account: its databases and their backups
SMTP_PASSWORD = "smtp-password"
ENV_TEST_KEYRING = "DALPAK_TEST_KEYRING"

# Back ends that are no credential store: nothing kept, or kept in a plain file.
_REFUSED = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

_lock = threading.Lock()
_cached: dict[str, Any] = {}


class NoCredentialStore(WrongDatabase):
    """No usable credential store, or no key in it: the encrypted database cannot be opened or
    created (exit code 5, like any database that cannot be opened)."""


def hub_token_name(station_id: object) -> str:
    return f"hub-token:{station_id}"


def _backend() -> Any:
    test_dir = os.environ.get(ENV_TEST_KEYRING)
    key = f"test:{test_dir}" if test_dir else "system"
    with _lock:
        if key in _cached:
            return _cached[key]
        if test_dir:
            backend = _FileStore(os.path.join(test_dir, "dalpak-test-keyring.json"))
        else:
            import keyring

            backend = keyring.get_keyring()
            inner = getattr(backend, "backends", None)  # the chainer: its first real store
            if inner:
                backend = inner[0]
            module = type(backend).__module__
            if module.startswith(_REFUSED):
                raise NoCredentialStore(
                    phrase(
                        "לא נמצא במחשב מאגר סיסמאות של מערכת ההפעלה (Windows Credential Manager, "
                        "או Secret Service בלינוקס: GNOME Keyring או KWallet, פתוח בהתחברות). "
                        "מפתח ההצפנה של מסד הנתונים נשמר רק שם. יש לפנות לצוות המחשוב."
                    )
                )
        _cached[key] = backend
        return backend


class _FileStore:
    """The tests' credential store: a JSON file (see the module's docstring)."""

    def __init__(self, path: str) -> None:
        self.path = path

    def _read(self) -> dict[str, str]:
        try:
            with open(self.path, encoding="utf-8") as file:
                return json.load(file)
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, name: str) -> str | None:
        return self._read().get(f"{service}/{name}")

    def _write(self, data: dict[str, str]) -> None:
        os.makedirs(os.path.dirname(self.path), mode=0o700, exist_ok=True)
        descriptor = os.open(self.path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            json.dump(data, file)

    def set_password(self, service: str, name: str, value: str) -> None:
        self._write({**self._read(), f"{service}/{name}": value})

    def delete_password(self, service: str, name: str) -> None:
        data = self._read()
        data.pop(f"{service}/{name}", None)
        self._write(data)


def get(name: str) -> str | None:
    """The secret called `name`, or None when the store has none."""
    try:
        return _backend().get_password(SERVICE, name)
    except NoCredentialStore:
        raise
    except Exception as err:  # noqa: BLE001 - a locked or broken store
        raise NoCredentialStore(
            phrase(
                "לא ניתן לקרוא ממאגר הסיסמאות של מערכת ההפעלה ({error}). "
                "ייתכן שהוא נעול: יש להתחבר מחדש למחשב או לפנות לצוות המחשוב."
            ).format(error=type(err).__name__)
        ) from err


def put(name: str, value: str) -> None:
    try:
        _backend().set_password(SERVICE, name, value)
    except NoCredentialStore:
        raise
    except Exception as err:  # noqa: BLE001
        raise NoCredentialStore(
            phrase("לא ניתן לשמור במאגר הסיסמאות של מערכת ההפעלה ({error}).").format(
                error=type(err).__name__
            )
        ) from err


def forget(name: str) -> None:
    try:
        _backend().delete_password(SERVICE, name)
    except NoCredentialStore:
        raise
    except Exception:  # noqa: BLE001, S110 - nothing stored under that name
        pass


def database_key(*, create: bool) -> str | None:
    """The data key (64 hex digits) of this account's encrypted databases; made at random and
    stored the first time when `create`."""
    key = get(DATABASE_KEY)
    if key is None and create:
        key = _random.token_hex(32)
        put(DATABASE_KEY, key)
    return key
