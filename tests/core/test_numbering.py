"""Case numbers: station code, year, sequence, check digit; next number from the database."""

import pytest

from desktop.core.numbering import format_case_number, is_valid_case_number


def test_format():
    number = format_case_number("KDR", 2026, 417)
    assert number.startswith("KDR-26-00417-")
    assert is_valid_case_number(number)


def test_check_digit_catches_a_mistyped_digit_and_swapped_neighbours():
    number = format_case_number("KDR", 2026, 417)
    body, check = number.rsplit("-", 1)
    for wrong in range(10):
        if str(wrong) != check:
            assert not is_valid_case_number(f"{body}-{wrong}")
    assert not is_valid_case_number(number.replace("00417", "00471"))
    assert not is_valid_case_number(number.replace("00417", "00418"))


def test_lowercase_is_read_as_uppercase():
    assert is_valid_case_number(format_case_number("ARB", 2027, 1).lower())


@pytest.mark.parametrize("seq", [0, 100_000])
def test_out_of_range(seq):
    with pytest.raises(ValueError):
        format_case_number("KDR", 2026, seq)
