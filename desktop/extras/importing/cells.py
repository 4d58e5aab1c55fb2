"""Cell parsers: one per kind of value, each returning the clean value or saying in Hebrew what is wrong."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.core.convergence import check_typed_key
from desktop.core.errors import ValidationError
from desktop.core.identity import normalize_email, normalize_national_id, normalize_phone
from desktop.counter.residents import CHANNEL_LABELS, LANGUAGE_LABELS, Channel
from desktop.extras.holdings import DISCOUNT_LABELS, STATUS_LABELS
from desktop.extras.importing.files import _fold, _text
from desktop.phrases import phrase, phrase_later

# --- cell parsers ---------------------------------------------------------------------------


class _Bad(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class _Context:
    today: dt.date
    localities: dict[str, uuid.UUID]  # folded name or code -> id


Parser = Callable[[Any, _Context], Any]


def _plain(max_len: int) -> Parser:
    def parse(value: Any, _ctx: _Context) -> str:
        text = " ".join(_text(value).split())
        if len(text) > max_len:
            raise _Bad(phrase("הטקסט ארוך מדי: עד {max_len} תווים.").format(max_len=max_len))
        return text

    return parse


def _key(max_len: int) -> Parser:
    """A natural key (an account number): plain text without the mark of a settled
    collision, which no person types (core.convergence)."""
    plain = _plain(max_len)

    def parse(value: Any, ctx: _Context) -> str:
        text = plain(value, ctx)
        try:
            check_typed_key(text, "key")
        except ValidationError as err:
            raise _Bad(err.message) from None
        return text

    return parse


def _national_id(value: Any, _ctx: _Context) -> str:
    try:
        return normalize_national_id(_text(value))
    except ValidationError as err:
        raise _Bad(err.message) from None


def _phone(name: str) -> Parser:
    def parse(value: Any, _ctx: _Context) -> str:
        text = _text(value)
        if isinstance(value, int | float) and len(text) in (8, 9):
            text = "0" + text  # a number cell in Excel loses the leading zero
        try:
            return normalize_phone(text, field=name)
        except ValidationError as err:
            raise _Bad(err.message) from None

    return parse


def _email(value: Any, _ctx: _Context) -> str:
    try:
        return normalize_email(_text(value))
    except ValidationError as err:
        raise _Bad(err.message) from None


_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DATE_HINT = phrase_later("יש לכתוב יום/חודש/שנה (למשל 15/03/1980) או שנה-חודש-יום (1980-03-15).")


def _date(value: Any, _ctx: _Context) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        # An Excel date cell without a date format: days since 30/12/1899.
        if 1 <= value < 2_958_466:
            return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
        raise _Bad(f"{phrase('התאריך אינו תקין.')} {phrase(_DATE_HINT)}")
    text = _text(value)
    if m := _YMD.match(text):
        year, month, day = (int(g) for g in m.groups())
    elif m := _DMY.match(text):
        day, month, year_text = int(m.group(1)), int(m.group(2)), m.group(3)
        if len(year_text) == 2:
            raise _Bad(f"{phrase('יש לכתוב את השנה בארבע ספרות.')} {phrase(_DATE_HINT)}")
        year = int(year_text)
    elif re.fullmatch(r"\d{8}", text) and text[:2] in {"19", "20"}:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:])
    else:
        raise _Bad(f"{phrase('התאריך אינו תקין.')} {phrase(_DATE_HINT)}")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _Bad(
            phrase("אין תאריך כזה בלוח השנה (יום {day}, חודש {month}, שנה {year}).").format(
                day=day, month=month, year=year
            )
        ) from None


def _choice(mapping: dict[str, str], what: str, examples: tuple[str, ...]) -> Parser:
    """A value out of `mapping` (its keys as written, folded); `what` is said in the message
    (marked with phrase_later where written), with the `examples` it accepts."""
    folded = {_fold(k): v for k, v in mapping.items()}

    def parse(value: Any, _ctx: _Context) -> str:
        text = _text(value)
        found = folded.get(_fold(text))
        if found is None:
            raise _Bad(
                phrase("{what} אינו מוכר. אפשר לכתוב: {examples}.").format(
                    what=phrase(what), examples=", ".join(examples)
                )
            )
        return found

    return parse


_GENDERS = {
    "ז": "M",
    "זכר": "M",
    "M": "M",
    "male": "M",
    "נ": "F",
    "נקבה": "F",
    "F": "F",
    "female": "F",
}
_CHANNELS = {
    **{str(c): str(c) for c in Channel},
    **{label: str(c) for c, label in dict.items(CHANNEL_LABELS)},  # the Hebrew, not as said
    "טלפון נייד": "phone",
    "שיחה": "phone",
    "מסרון": "sms",
    "הודעה": "sms",
    "SMS": "sms",
    "ווטסאפ": "whatsapp",
    "ווצאפ": "whatsapp",
    "וואטסאפ": "whatsapp",
    "דואל": "email",
    "מייל": "email",
    "אימייל": "email",
    "e-mail": "email",
    "פגישה": "in_person",
    "במשרד": "in_person",
    "פרונטלי": "in_person",
    "in person": "in_person",
}
_LANGUAGES = {
    **{code: code for code in LANGUAGE_LABELS},
    **{label: code for code, label in dict.items(LANGUAGE_LABELS)},
    "hebrew": "he",
    "arabic": "ar",
    "russian": "ru",
    "english": "en",
    "amharic": "am",
}
_RELATIONS = {
    "child": "child",
    "ילד": "child",
    "ילדה": "child",
    "ילד/ה": "child",
    "בן": "child",
    "בת": "child",
    "son": "child",
    "daughter": "child",
    "spouse": "spouse",
    "בן זוג": "spouse",
    "בת זוג": "spouse",
    "בן/בת זוג": "spouse",
    "בעל": "spouse",
    "אישה": "spouse",
    "אשה": "spouse",
    "partner": "spouse",
    "husband": "spouse",
    "wife": "spouse",
    "parent": "parent",
    "הורה": "parent",
    "אב": "parent",
    "אם": "parent",
    "אבא": "parent",
    "אמא": "parent",
    "father": "parent",
    "mother": "parent",
    "other": "other",
    "אחר": "other",
    "אחרת": "other",
}
_STATUSES = {
    **{code: code for code in STATUS_LABELS},
    **{label: code for code, label in dict.items(STATUS_LABELS)},  # the Hebrew as written
    "חייל": "soldier",
    "חיילת": "soldier",
    "חייל/ת": "soldier",
    "חייל בשירות סדיר": "soldier",
    "חיילת בשירות סדיר": "soldier",
    "עולה": "new_immigrant",
    "עולה חדש": "new_immigrant",
    "עולה חדשה": "new_immigrant",
    "הורה יחיד": "single_parent",
    "הורה יחידה": "single_parent",
    "הורה יחידני": "single_parent",
    "הורה יחידנית": "single_parent",
    "נכה": "disability",
}
_DISCOUNTS = {
    **{code: code for code in DISCOUNT_LABELS},
    **{label: code for code, label in dict.items(DISCOUNT_LABELS)},  # the Hebrew as written
    "פנסיונר": "pensioner",
    "גמלאי": "pensioner",
    "אזרח ותיק": "pensioner",
    "אזרחית ותיקה": "pensioner",
    "חייל": "soldier",
    "חיילת": "soldier",
    "עולה": "new_immigrant",
    "עולה חדש": "new_immigrant",
    "נכה": "disability",
    "הורה יחידה": "single_parent",
    "הורה יחידנית": "single_parent",
}
_FOLDED_DISCOUNTS = {_fold(k): v for k, v in _DISCOUNTS.items()}


def _locality(value: Any, ctx: _Context) -> uuid.UUID:
    text = _text(value)
    found = ctx.localities.get(_fold(text))
    if found is None:
        raise _Bad(phrase("היישוב אינו מוכר: יש לכתוב את שם היישוב במועצה או את הקוד שלו."))
    return found


def _money(low: Decimal, high: Decimal) -> Parser:
    def parse(value: Any, _ctx: _Context) -> str:
        if isinstance(value, int | float) and not isinstance(value, bool):
            text = repr(value)
        else:
            text = _text(value).replace("₪", "").replace(" ", "")
            if re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", text):
                text = text.replace(",", "")  # thousands: 1,234.50
            elif text.count(",") == 1 and "." not in text:
                text = text.replace(",", ".")  # a decimal comma: 85,5
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise _Bad(phrase("יש לכתוב מספר, למשל 120.50.")) from None
        if not amount.is_finite() or not low <= amount <= high:
            raise _Bad(phrase("המספר מחוץ לטווח ({low} עד {high}).").format(low=low, high=high))
        return f"{amount:.2f}"

    return parse


def _discounts(value: Any, _ctx: _Context) -> list[str]:
    codes: set[str] = set()
    for part in re.split(r"[,;|\n]", _text(value)):
        if not part.strip():
            continue
        code = _FOLDED_DISCOUNTS.get(_fold(part))
        if code is None:
            known = ", ".join(DISCOUNT_LABELS)
            raise _Bad(
                phrase('ההנחה "{discount}" אינה מוכרת. קודים: {known}.').format(
                    discount=part.strip(), known=known
                )
            )
        codes.add(code)
    return sorted(codes)


def _chip(value: Any, _ctx: _Context) -> str:
    digits = re.sub(r"[\s\-]", "", _text(value))
    if not digits.isdigit() or not 9 <= len(digits) <= 15:
        raise _Bad(phrase("מספר השבב צריך להכיל 9 עד 15 ספרות (בדרך כלל 15)."))
    return digits


def _plate(value: Any, _ctx: _Context) -> str:
    digits = re.sub(r"\D", "", _text(value))
    if len(digits) == 7:
        return f"{digits[:2]}-{digits[2:5]}-{digits[5:]}"
    if len(digits) == 8:
        return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"
    raise _Bad(phrase("מספר רכב צריך להכיל 7 או 8 ספרות, למשל 12-345-67 או 123-45-678."))
