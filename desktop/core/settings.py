"""Settings, declared once with their type, default and bounds, stored as JSON in the config
folder (secrets in the operating system's credential store). A value out of bounds is refused
with a Hebrew message when set; read from a file edited by hand, a number is clamped to its
bounds and anything else unfit is the default. Secrets are shown as ****."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.errors import ValidationError
from desktop.phrases import phrase, phrase_later

MASK = "****"


@dataclass(frozen=True)
class Option:
    name: str
    type: type
    default: Any
    doc: str
    # Inclusive bounds of a number: a value outside is refused when set, and clamped when read
    # (a hand-edited file cannot switch a protection off).
    low: int | None = None
    high: int | None = None
    # What the setting is, in Hebrew, for the message that refuses a value; said when shown.
    label: str = ""
    choices: tuple[str, ...] = ()  # the values a text may take, when only some may


OPTIONS = {
    o.name: o
    for o in (
        # The Privacy Protection (Data Security) Regulations 2017 expect an idle session to end:
        # the lock cannot be switched off, only set between one minute and half an hour.
        Option(
            "lock_minutes",
            int,
            5,
            "Idle minutes before the screen locks (1-30).",
            low=1,
            high=30,
            label=phrase_later("דקות עד לנעילת המסך"),
        ),
        Option(
            "receipt_size",
            str,
            "a4",
            "The station's receipt paper: a4 or 80mm.",
            choices=("a4", "80mm"),
        ),
        Option(
            "hijri_dates",
            bool,
            False,
            "Arabic receipts and letters show the Hijri date (Umm al-Qura) too.",
        ),
        Option(
            "receipt_printer",
            str,
            "",
            "The station's receipt printer: Enter prints to it (empty: the system's default).",
        ),
        Option(
            "login_attempts",
            int,
            5,
            "Wrong passwords in a row at this station before the user name is locked out.",
            low=3,
            high=10,
            label=phrase_later("מספר הניסיונות השגויים עד לנעילה"),
        ),
        Option(
            "lockout_minutes",
            int,
            15,
            "Minutes a user name stays locked out at this station after too many wrong passwords.",
            low=5,
            high=60,
            label=phrase_later("משך הנעילה בדקות"),
        ),
        Option(
            "draft_save_ms",
            int,
            300,
            "Delay after the last keystroke before a draft is saved (100-5000 ms).",
            low=100,
            high=5000,
        ),
        Option("theme", str, "light_blue.xml", "qt-material theme file name."),
        Option(
            "ui_language",
            str,
            "he",
            "Language of the screens: he, ar or en.",
            choices=("he", "ar", "en"),
        ),
        Option(
            "sync_interval_s",
            int,
            60,
            "Seconds between background syncs with the hub (10-3600).",
            low=10,
            high=3600,
        ),
        Option(
            "decline_quiet_days",
            int,
            90,
            "Days a declined extra is not offered again (0-730).",
            low=0,
            high=730,
        ),
        Option(
            "followup_days",
            int,
            3,
            "Business days after closing before the follow-up call (1-30).",
            low=1,
            high=30,
        ),
        Option(
            "at_risk_days",
            int,
            2,
            "Business days before an item's expected date when the board shows it at risk (0-20).",
            low=0,
            high=20,
        ),
        Option(
            "smtp_host",
            str,
            "",
            "SMTP server for e-mail to residents (empty: e-mail waits in the outbox).",
        ),
        Option("smtp_port", int, 25, "SMTP port (1-65535).", low=1, high=65535),
        Option("smtp_starttls", bool, False, "Use STARTTLS with the SMTP server."),
        Option("smtp_user", str, "", "SMTP user name (empty: no login)."),
        Option("smtp_password", str, "", "SMTP password (kept in the OS credential store)."),
        Option("smtp_from", str, "", "Sender address of e-mail to residents."),
        Option(
            "backup_dir",
            str,
            "",
            "Folder of the station's encrypted backups (empty: backups in the data folder).",
        ),
        Option(
            "backup_keep",
            int,
            14,
            "How many of the newest backups are kept (1-365).",
            low=1,
            high=365,
        ),
        Option("hub_ca_file", str, "", "Certificate (PEM) to trust for the hub, when not public."),
        Option(
            "council_name", str, "", "Council name on receipts (empty: the name in council.json)."
        ),
        Option(
            "council_logo",
            str,
            "",
            "Logo image on receipts, a file in the config folder (empty: none).",
        ),
    )
}


def config_dir() -> Path:
    override = os.environ.get("DALPAK_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir("Dalpak", appauthor=False))


def _path() -> Path:
    return config_dir() / "settings.json"


def _stored() -> dict[str, Any]:
    try:
        return json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


# Kept in the operating system's credential store, never in settings.json.
SECRETS = {"smtp_password": "smtp-password"}


def _secret(name: str) -> str:
    from desktop.core import credentials

    stored = _stored()
    if name in stored:  # an older version wrote it into settings.json: move it
        set_value(name, stored[name])
    return credentials.get(SECRETS[name]) or ""


def get(name: str) -> Any:
    option = OPTIONS[name]
    if name in SECRETS:
        return _secret(name)
    value = _stored().get(name, option.default)
    try:
        value = _typed(option, value)
    except (TypeError, ValueError):
        return option.default
    if option.low is not None and value < option.low:
        return option.low
    if option.high is not None and value > option.high:
        return option.high
    if option.choices and value not in option.choices:
        return option.default
    return value


# Words a yes/no setting is typed as, English or Hebrew (matched, not said).
_TRUE = {"true", "1", "yes", "on", "כן"}  # data: a word typed for yes
_FALSE = {"false", "0", "no", "off", "לא", ""}  # data: a word typed for no


def _as_bool(value: Any) -> bool:
    """A yes/no setting given as text on the command line: bool("false") would be True."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"not a yes/no value: {value!r}")


def _typed(option: Option, value: Any) -> Any:
    """The value as the option's type; ValueError when it is not one (2.5 is not a whole number
    of minutes, True is not a number)."""
    if option.type is bool:
        return _as_bool(value)
    if option.type is int:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError(value)
        return int(str(value).strip()) if isinstance(value, str) else int(value)
    return option.type(value)


def checked(name: str, value: Any) -> Any:
    """`value` as the setting's type, or ValidationError in Hebrew saying what the setting takes
    (a value of the wrong type, a number outside its bounds, a text not among its choices)."""
    option = OPTIONS[name]
    what = phrase(option.label) if option.label else name
    low, high = option.low, option.high
    try:
        value = _typed(option, value)
    except (TypeError, ValueError):
        if low is not None and high is not None:
            wanted = phrase("מספר שלם בין {low} ל-{high}").format(low=low, high=high)
        elif option.type is bool:
            wanted = phrase("כן או לא (true/false)")
        else:
            wanted = phrase("מספר שלם") if option.type is int else phrase("טקסט")
        raise ValidationError(
            phrase("{setting}: הערך אינו מתאים, נדרש {wanted}.").format(
                setting=what, wanted=wanted
            ),
            field=name,
        ) from None
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValidationError(
            phrase("{setting}: {value} אינו בטווח המותר, בין {low} ל-{high}.").format(
                setting=what, value=value, low=low, high=high
            ),
            field=name,
        )
    if option.choices and value not in option.choices:
        raise ValidationError(
            phrase("{setting}: הערך אינו מתאים, אחד מאלה: {choices}.").format(
                setting=what, choices=", ".join(option.choices)
            ),
            field=name,
        )
    return value


def shown(name: str) -> str:
    """The value as it may be printed or shown: a secret that is set is MASK."""
    if name in SECRETS:
        return MASK if get(name) else ""
    return str(get(name))


def set_value(name: str, value: Any) -> None:
    data = _stored()
    if name in SECRETS:
        from desktop.core import credentials

        credentials.put(SECRETS[name], str(value))
        data.pop(name, None)
    else:
        data[name] = checked(name, value)
    path = _path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
