"""Station settings: bounds with a Hebrew message, the idle lock that cannot be switched off,
secrets never printed.

The Privacy Protection (Data Security) Regulations 5777-2017 expect a session left idle to be
cut off (the Privacy Protection Authority's guidance on regulation 9, access control):
https://www.gov.il/he/departments/legalInfo/data_security_regulation
"""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from desktop.core import settings
from desktop.core.errors import ValidationError


@pytest.mark.parametrize("value", [-5, 0, 31, "0", "never", "", 2.5, True])
def test_the_idle_lock_cannot_be_switched_off_or_set_out_of_bounds(value):
    with pytest.raises(ValidationError) as refused:
        settings.set_value("lock_minutes", value)
    assert refused.value.field == "lock_minutes"
    assert "בין 1 ל-30" in refused.value.message
    assert settings.get("lock_minutes") == 5


@pytest.mark.parametrize("value", [1, "30", " 12 "])
def test_the_idle_lock_takes_one_to_thirty_minutes(value):
    settings.set_value("lock_minutes", value)
    assert settings.get("lock_minutes") == int(str(value).strip())


def test_a_file_edited_by_hand_does_not_switch_the_lock_off():
    path = settings.config_dir() / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    edited = {"lock_minutes": -5, "smtp_port": 99999, "receipt_size": "a3", "hijri_dates": "false"}
    path.write_text(json.dumps(edited))
    assert settings.get("lock_minutes") == 1  # clamped: the lock stays on
    assert settings.get("smtp_port") == 65535 and settings.get("receipt_size") == "a4"
    assert settings.get("hijri_dates") is False
    path.write_text(json.dumps({"lock_minutes": "never"}))
    assert settings.get("lock_minutes") == 5


def test_every_number_has_bounds_and_every_option_a_checked_type():
    for option in settings.OPTIONS.values():
        if option.type is int:
            assert option.low is not None and option.high is not None, option.name
            assert option.low <= option.default <= option.high, option.name
        settings.checked(option.name, option.default)
    with pytest.raises(ValidationError, match="a4, 80mm"):
        settings.set_value("receipt_size", "letter")
    with pytest.raises(ValidationError, match="כן או לא"):
        settings.set_value("smtp_starttls", "perhaps")
    settings.set_value("smtp_starttls", "yes")
    assert settings.get("smtp_starttls") is True


def test_secrets_are_shown_as_stars():
    assert settings.shown("smtp_password") == ""  # nothing set: nothing to hide
    settings.set_value("smtp_password", "Sup3r-Secret!")
    settings.set_value("smtp_user", "mailer")
    assert settings.get("smtp_password") == "Sup3r-Secret!"  # the mail server still gets it
    assert settings.shown("smtp_password") == settings.MASK == "****"
    assert settings.shown("smtp_user") == "mailer"


def test_the_command_line_refuses_in_hebrew_and_never_prints_a_secret(capsys, tmp_path):
    assert main(["settings", "lock_minutes", "-5"]) == 2
    err = capsys.readouterr().err
    assert "נעילת המסך" in err and "בין 1 ל-30" in err
    assert main(["settings", "lock_minutes", "0"]) == 2
    assert settings.get("lock_minutes") == 5
    given = tmp_path / "smtp.txt"  # a secret is never an argument (others see arguments)
    given.write_text("Sup3r-Secret!\n", encoding="utf-8")
    assert main(["settings", "smtp_password", "--value-file", str(given)]) == 0
    assert main(["settings"]) == 0
    out = capsys.readouterr().out
    assert "Sup3r-Secret!" not in out and "smtp_password = ****" in out
    assert main(["settings", "smtp_password"]) == 0
    assert "Sup3r-Secret!" not in capsys.readouterr().out
