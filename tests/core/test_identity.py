"""ID check digits, phone normal forms and e-mail validation."""

import pytest

from desktop.core.errors import InvalidNationalId, InvalidPhone, ValidationError
from desktop.core.identity import (
    complete_national_id,
    format_phone,
    national_id_check_ok,
    normalize_email,
    normalize_national_id,
    normalize_phone,
    phone_digits,
)


@pytest.mark.parametrize(
    "digits", ["000000018", "123456782", "039337423", "011111119", "999999998", "200000008"]
)
def test_valid_ids(digits):
    assert national_id_check_ok(digits)


@pytest.mark.parametrize("digits", ["123456789", "000000019", "039337424", "12345678", "abcdefghi"])
def test_invalid_ids(digits):
    assert not national_id_check_ok(digits)


def test_id_typed_without_leading_zeros_or_with_dashes():
    assert normalize_national_id("00018") == "000000018"
    assert normalize_national_id("03933742-3") == "039337423"
    assert normalize_national_id("39337423") == "039337423"
    assert normalize_national_id(" 039 337 423 ") == "039337423"
    assert normalize_national_id("039\u2013337\u2013423") == "039337423"  # an en dash


# The Population Registry's identity number: nine digits, the last a check digit (weights
# 1,2,1,2..., digits of each product summed, total a multiple of 10); leading zeros are often
# left out. Anything that is not 5-9 digits after spaces and dashes is not anyone's number, and
# a stray letter or dot is a typo to show, never to drop: "03933742a3" without its letter is
# the valid 039337423, somebody else's ID.
@pytest.mark.parametrize(
    "raw",
    [
        "03933742a3",
        "039.337.423",
        "039/337/423",
        "ת039337423",
        "18",
        "1234",
        "000000000",
        "00000",
        "\u0660\u0663\u0669\u0663\u0663\u0667\u0664\u0662\u0663",
    ],  # Arabic-Indic digits
)
def test_what_is_not_an_id_is_refused_not_repaired(raw):
    with pytest.raises(InvalidNationalId) as err:
        normalize_national_id(raw)
    assert err.value.field == "national_id"
    assert any("\u0590" <= ch <= "\u05ff" for ch in err.value.message)


@pytest.mark.parametrize("raw", ["", "123456789", "1234567890"])
def test_bad_id_is_refused_with_a_hebrew_message(raw):
    with pytest.raises(InvalidNationalId) as err:
        normalize_national_id(raw)
    assert err.value.field == "national_id"
    assert any("\u0590" <= ch <= "\u05ff" for ch in err.value.message)


def test_complete_national_id_always_gives_a_valid_number():
    for first8 in ("12345678", "00000001", "99999999", "31415926"):
        assert national_id_check_ok(complete_national_id(first8))


@pytest.mark.parametrize(
    "raw",
    [
        "050-1234567",
        "0501234567",
        "+972501234567",
        "+972-50-123-4567",
        "972501234567",
        "(050) 123 4567",
        # 00 is the international call prefix dialled from Israel and most of Europe
        # (ITU-T E.164 / the Ministry of Communications' numbering plan), so 00972 is +972.
        "00972501234567",
        "00972-50-1234567",
    ],
)
def test_mobile_formats_are_one_number(raw):
    assert normalize_phone(raw) == "0501234567"


def test_landline_and_formatting():
    assert normalize_phone("04-6628000") == "046628000"
    assert normalize_phone("+972 4 662 8000") == "046628000"
    assert format_phone("0501234567") == "050-1234567"
    assert format_phone("046628000") == "04-6628000"


@pytest.mark.parametrize("raw", ["12345", "0601234567", "+1 212 555 0100", "05012345678"])
def test_bad_phones(raw):
    with pytest.raises(InvalidPhone):
        normalize_phone(raw)


def test_partial_phone_digits_for_search():
    assert phone_digits("+97250") == "050"
    assert phone_digits("050-12") == "05012"


def test_email():
    assert normalize_email(" Dana@Example.com ") == "dana@example.com"
    assert normalize_email("") == ""
    with pytest.raises(ValidationError):
        normalize_email("dana@")
