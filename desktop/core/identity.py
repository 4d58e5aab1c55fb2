"""Israeli ID numbers, phone numbers and e-mail: validation and normal forms."""

from __future__ import annotations

import re

from desktop.core.errors import InvalidNationalId, InvalidPhone, ValidationError
from desktop.phrases import phrase

_NON_DIGITS = re.compile(r"\D+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")


def national_id_check_ok(digits: str) -> bool:
    """The check digit of a 9-digit Israeli ID (Luhn-style weights 1,2,1,2...)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (1 if i % 2 == 0 else 2)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


_ID_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015]+")  # spaces and dashes, as IDs are written


def normalize_national_id(raw: str) -> str:
    """Return the 9-digit form (leading zeros restored) or raise InvalidNationalId.

    The Population Registry's number is nine digits, the last a check digit; the leading zeros
    are often left out, so 5 to 9 digits are taken. Spaces and dashes are how people write it;
    anything else (a letter, a dot) means a typo, and is refused rather than dropped, which
    could turn the typo into somebody else's valid number.
    """
    text = _ID_SEPARATORS.sub("", raw or "")
    if not text:
        raise InvalidNationalId(phrase("יש להקליד מספר תעודת זהות."), field="national_id")
    if not text.isascii() or not text.isdigit():
        raise InvalidNationalId(
            phrase("מספר תעודת זהות הוא ספרות בלבד (אפשר עם רווחים או מקפים)."), field="national_id"
        )
    if len(text) > 9:
        raise InvalidNationalId(
            phrase("מספר תעודת זהות ארוך מדי: עד 9 ספרות."), field="national_id"
        )
    if len(text) < 5:
        raise InvalidNationalId(
            phrase("מספר תעודת זהות קצר מדי: 9 ספרות, או לפחות 5 בלי האפסים שבהתחלה."),
            field="national_id",
        )
    digits = text.zfill(9)
    if digits == "000000000":
        raise InvalidNationalId(
            phrase("מספר תעודת זהות אינו יכול להיות אפסים בלבד."), field="national_id"
        )
    if not national_id_check_ok(digits):
        raise InvalidNationalId(
            phrase("ספרת הביקורת של תעודת הזהות אינה תקינה. כדאי לבדוק שוב את המספר מול התעודה."),
            field="national_id",
        )
    return digits


def complete_national_id(first8: str) -> str:
    """The valid 9-digit ID whose first eight digits are given (for demo data and tests)."""
    total = 0
    for i, ch in enumerate(first8):
        n = int(ch) * (1 if i % 2 == 0 else 2)
        total += n - 9 if n > 9 else n
    return f"{first8}{(10 - total % 10) % 10}"


def phone_digits(raw: str) -> str:
    """Digits of a phone as typed, in local form: +972 50-123 4567 -> 0501234567.

    Partial input is kept partial, so that it can be used as a search prefix.
    """
    text = (raw or "").strip()
    digits = _NON_DIGITS.sub("", text)
    if digits.startswith("00972"):  # the international call prefix dialled from abroad
        digits = "0" + digits[5:]
    elif digits.startswith("972"):
        digits = "0" + digits[3:]
    elif text.startswith("+"):
        return digits
    return digits


def normalize_phone(raw: str, *, field: str = "phone") -> str:
    """Return a valid Israeli phone in local digits, "" for empty input, or raise InvalidPhone."""
    if not (raw or "").strip():
        return ""
    digits = phone_digits(raw)
    mobile_or_07 = len(digits) == 10 and digits[:2] in {"05", "07"}
    landline = len(digits) == 9 and digits[:2] in {"02", "03", "04", "08", "09"}
    if not (mobile_or_07 or landline):
        raise InvalidPhone(
            phrase(
                "מספר הטלפון אינו תקין. דוגמאות: 050-1234567, 04-6628000, +972501234567, 00972501234567."
            ),
            field=field,
        )
    return digits


def format_phone(digits: str) -> str:
    """0501234567 -> 050-1234567; 046628000 -> 04-6628000."""
    if len(digits) == 10:
        return f"{digits[:3]}-{digits[3:]}"
    if len(digits) == 9:
        return f"{digits[:2]}-{digits[2:]}"
    return digits


def display_phone(raw: str) -> str:
    """A phone as people write it (050-1234567), whatever form it was stored in."""
    try:
        digits = normalize_phone(raw)
    except InvalidPhone:
        return (raw or "").strip()
    return format_phone(digits)


def normalize_email(raw: str) -> str:
    text = (raw or "").strip()
    if not text:
        return ""
    if not _EMAIL.match(text):
        raise ValidationError(
            phrase('כתובת הדוא"ל אינה תקינה, למשל: name@example.com'), field="email"
        )
    return text.lower()
