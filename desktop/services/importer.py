"""Importing residents and their holdings from the council's existing systems (CSV, Excel).

A file holds one kind of record (`IMPORT_KINDS`): residents, or one kind of holding keyed by
the resident's national ID. The first row holds the column headers, in Hebrew or English;
each field accepts the aliases listed in `COLUMNS` (compared without spaces, dots, quotes,
underscores, niqqud or case, so "ת.ז.", 'ת"ז' and "תז" are one header). Columns that match no
field are listed in the report and ignored.

Every row is validated before anything is written, and the report names each bad row (as
numbered in the file, the header being row 1), the column and what is wrong, in Hebrew. If
any row is bad nothing is written, unless `skip_bad` is given: then the good rows are
imported and the bad ones reported. All writes happen in the caller's transaction.

Importing the same file again changes nothing. A resident is matched by national ID and
updated (`update_resident`, only the fields that changed); an empty cell never erases what the
resident's record already holds (a clerk may have added it at the counter). A holding is
matched by its natural key (account number; chip number, or resident and dog name; vehicle
plate; resident and name for a household member; resident and code for a status) and updated
with `save_holding`; for holdings the file is the source of truth, so an empty cell in a
column that is present clears the value. Columns missing from the file are left as they are.

New records are written in bulk, like the demo: `record_bulk` plus the appliers' own row
builders, so the state equals a rebuild from the operation log.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import time
import uuid
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    DogLicence,
    ParkingPermit,
    PropertyAccount,
    Resident,
    ResidentNameToken,
)
from desktop.services import clock
from desktop.services.errors import ValidationError
from desktop.services.holdings import (
    DISCOUNT_LABELS,
    KINDS,
    STATUS_LABELS,
    holding_row,
    save_holding,
)
from desktop.services.identity import normalize_email, normalize_national_id, normalize_phone
from desktop.services.oplog import Actor, record_bulk
from desktop.services.reference import localities
from desktop.services.residents import (
    CHANNEL_LABELS,
    EDITABLE_FIELDS,
    FIELD_LABELS,
    LANGUAGE_LABELS,
    Channel,
    ResidentForm,
    resident_row,
    token_rows,
    update_resident,
    validate_form,
)
from desktop.services.textsearch import normalize_name

# The --kind of a file, and the holding kind (services.holdings.KINDS) it loads.
IMPORT_KINDS: dict[str, str | None] = {
    "residents": None,
    "property_accounts": "property_account",
    "dog_licences": "dog_licence",
    "parking_permits": "parking_permit",
    "household": "household_member",
    "statuses": "status",
}
KIND_LABELS = {
    "residents": "תושבים",
    "property_accounts": "חשבונות ארנונה",
    "dog_licences": "רישיונות כלבים",
    "parking_permits": "תווי חניה",
    "household": "בני משפחה",
    "statuses": "סטטוסים",
}
HOLDING_FIELD_LABELS = {
    "national_id": "ת.ז.",
    "resident_id": "תושב/ת",
    "account_number": "מספר חשבון",
    "address": "כתובת",
    "area_sqm": "שטח",
    "discounts": "הנחות",
    "balance": "יתרה",
    "dog_name": "שם הכלב",
    "chip_number": "שבב",
    "licence_expiry": "תוקף רישיון",
    "rabies_vaccinated_on": "חיסון כלבת",
    "vehicle_plate": "מספר רכב",
    "expiry": "תוקף",
    "name": "שם",
    "relation": "קרבה",
    "birth_date": "תאריך לידה",
    "code": "סטטוס",
    "since": "מתאריך",
    "until": "עד תאריך",
}

_BATCH = 500  # values in one IN (...) lookup
_WRITE_BATCH = 20_000  # operations stored per bulk insert


class ImportFileError(ValidationError):
    """The file as a whole cannot be imported (unreadable, no header, a missing column)."""


# --- the report -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    column: str  # the header as written in the file, or the field's Hebrew name
    message: str
    value: str = ""


@dataclass
class RowResult:
    row: int  # as numbered in the file; the header is row 1
    status: str  # created | updated | unchanged | error
    key: str  # the national ID, and the holding's natural key
    errors: list[RowError] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # Hebrew names of the changed fields

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"row": self.row, "status": self.status, "key": self.key}
        if self.errors:
            data["errors"] = [
                {"column": e.column, "message": e.message, "value": e.value} for e in self.errors
            ]
        if self.changed:
            data["changed"] = self.changed
        return data


@dataclass
class ImportReport:
    file: str
    kind: str
    dry_run: bool = False
    skip_bad: bool = False
    written: bool = False  # whether the good rows were written (not for a dry run or on errors)
    results: list[RowResult] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def _count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def rows(self) -> int:
        return len(self.results)

    @property
    def created(self) -> int:
        return self._count("created")

    @property
    def updated(self) -> int:
        return self._count("updated")

    @property
    def unchanged(self) -> int:
        return self._count("unchanged")

    @property
    def errors(self) -> int:
        return self._count("error")

    @property
    def counts(self) -> dict[str, int]:
        return {
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "errors": self.errors,
        }

    @property
    def bad_rows(self) -> list[RowResult]:
        return [r for r in self.results if r.status == "error"]

    def as_text(self, *, every_row: bool = False) -> str:
        """The report in Hebrew: the counts, then every bad row (every row if asked)."""
        lines = [f"ייבוא {KIND_LABELS.get(self.kind, self.kind)} מהקובץ {Path(self.file).name}"]
        done = self.written
        verbs = ("נוצרו", "עודכנו") if done else ("ייווצרו", "יעודכנו")
        lines.append(
            f"שורות: {self.rows:,} | {verbs[0]}: {self.created:,} | {verbs[1]}: {self.updated:,}"
            f" | ללא שינוי: {self.unchanged:,} | שגויות: {self.errors:,}"
        )
        if self.dry_run:
            lines.append("בדיקה בלבד: דבר לא נכתב למסד הנתונים.")
        elif self.errors and not self.skip_bad:
            lines.append(
                "דבר לא נכתב למסד הנתונים, כי יש שורות שגויות. יש לתקן אותן ולייבא שוב את הקובץ."
            )
        elif self.errors:
            lines.append("השורות התקינות יובאו; השורות השגויות לא יובאו.")
        if self.ignored_columns:
            names = ", ".join(f'"{c}"' for c in self.ignored_columns)
            lines.append(f"עמודות שלא זוהו ולא יובאו: {names}")
        for result in self.results:
            if result.status == "error":
                for err in result.errors:
                    value = f' (הערך: "{err.value}")' if err.value else ""
                    lines.append(f'שורה {result.row}, עמודה "{err.column}"{value}: {err.message}')
            elif every_row:
                label = {"created": "חדש/ה", "updated": "עודכן/ה", "unchanged": "ללא שינוי"}
                extra = f" ({', '.join(result.changed)})" if result.changed else ""
                lines.append(f"שורה {result.row}: {result.key} - {label[result.status]}{extra}")
        lines.append(f"משך: {self.seconds:.1f} שניות")
        return "\n".join(lines)

    def as_json(self) -> str:
        return json.dumps(
            {
                "file": self.file,
                "kind": self.kind,
                "dry_run": self.dry_run,
                "skip_bad": self.skip_bad,
                "written": self.written,
                "counts": self.counts,
                "ignored_columns": self.ignored_columns,
                "seconds": round(self.seconds, 3),
                "rows": [r.as_json() for r in self.results],
            },
            ensure_ascii=False,
            indent=2,
        )


# --- reading the file -----------------------------------------------------------------------


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, list[Any]]]  # (row number in the file, cells)


def read_table(path: Path) -> Table:
    """The header and the non-empty rows of a CSV file or of an Excel workbook's first sheet."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(f"הקובץ לא נמצא: {path}")
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFileError(
            "קובצי Excel ישנים (xls) אינם נתמכים. יש לשמור את הקובץ כ-xlsx או כ-CSV."
        )
    with path.open("rb") as fh:
        magic = fh.read(4)
    if suffix in {".xlsx", ".xlsm"} or magic == b"PK\x03\x04":
        grid = _read_xlsx(path)
    else:
        grid = _read_csv(path)
    header_at = next((n for n, cells in grid if not _empty_row(cells)), None)
    if header_at is None:
        raise ImportFileError("הקובץ ריק: אין בו שורת כותרות.")
    headers: list[str] = []
    rows: list[tuple[int, list[Any]]] = []
    for number, cells in grid:
        if number == header_at:
            headers = [_text(c) for c in cells]
        elif number > header_at and not _empty_row(cells):
            rows.append((number, cells))
    return Table(headers, rows)


def _read_csv(path: Path) -> list[tuple[int, list[Any]]]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")  # with or without the byte-order mark
    except UnicodeDecodeError:
        if data.startswith(b"\xef\xbb\xbf"):
            raise ImportFileError("הקובץ מסומן כ-UTF-8 אך יש בו תווים פגומים.") from None
        try:
            text = data.decode("cp1255")  # Hebrew Windows, as older council systems export
        except UnicodeDecodeError as err:
            raise ImportFileError(
                "לא ניתן לקרוא את הקובץ: הקידוד אינו UTF-8 ואינו Windows-1255."
            ) from err
    first_line = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first_line.count)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        return [(number, row) for number, row in enumerate(reader, start=1)]
    except csv.Error as err:
        raise ImportFileError(f"קובץ ה-CSV אינו תקין: {err}") from err


def _read_xlsx(path: Path) -> list[tuple[int, list[Any]]]:
    import openpyxl

    try:
        with warnings.catch_warnings():
            # Workbooks saved by other programs often make openpyxl warn about styles.
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # a damaged or foreign file: openpyxl raises many kinds
        raise ImportFileError(f"לא ניתן לפתוח את קובץ ה-Excel: {err}") from err
    try:
        if not book.worksheets:
            raise ImportFileError("בקובץ ה-Excel אין גיליונות.")
        sheet = book.worksheets[0]
        return [
            (number, list(values))
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    finally:
        book.close()


def _empty_row(cells: Iterable[Any]) -> bool:
    return all(_blank(c) for c in cells)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str:
    """A cell as text: Excel numbers without a trailing .0, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


@lru_cache(maxsize=8192)  # the same few values (villages, channels) come in every row
def _fold(text: str) -> str:
    """Headers and coded values compared loosely: no spaces, punctuation, niqqud or case."""
    return normalize_name(str(text).replace("_", " ")).replace(" ", "")


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
            raise _Bad(f"הטקסט ארוך מדי: עד {max_len} תווים.")
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
_DATE_HINT = "יש לכתוב יום/חודש/שנה (למשל 15/03/1980) או שנה-חודש-יום (1980-03-15)."


def _date(value: Any, _ctx: _Context) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        # An Excel date cell without a date format: days since 30/12/1899.
        if 1 <= value < 2_958_466:
            return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
        raise _Bad(f"התאריך אינו תקין. {_DATE_HINT}")
    text = _text(value)
    if m := _YMD.match(text):
        year, month, day = (int(g) for g in m.groups())
    elif m := _DMY.match(text):
        day, month, year_text = int(m.group(1)), int(m.group(2)), m.group(3)
        if len(year_text) == 2:
            raise _Bad(f"יש לכתוב את השנה בארבע ספרות. {_DATE_HINT}")
        year = int(year_text)
    elif re.fullmatch(r"\d{8}", text) and text[:2] in {"19", "20"}:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:])
    else:
        raise _Bad(f"התאריך אינו תקין. {_DATE_HINT}")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _Bad(f"אין תאריך כזה בלוח השנה (יום {day}, חודש {month}, שנה {year}).") from None


def _choice(mapping: dict[str, str], what: str, examples: str) -> Parser:
    folded = {_fold(k): v for k, v in mapping.items()}

    def parse(value: Any, _ctx: _Context) -> str:
        text = _text(value)
        found = folded.get(_fold(text))
        if found is None:
            raise _Bad(f"{what} אינו מוכר. אפשר לכתוב: {examples}.")
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
    **{label: str(c) for c, label in CHANNEL_LABELS.items()},
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
    **{label: code for code, label in LANGUAGE_LABELS.items()},
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
    **{label: code for code, label in STATUS_LABELS.items()},
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
    **{label: code for code, label in DISCOUNT_LABELS.items()},
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
        raise _Bad("היישוב אינו מוכר: יש לכתוב את שם היישוב במועצה או את הקוד שלו.")
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
            raise _Bad("יש לכתוב מספר, למשל 120.50.") from None
        if not amount.is_finite() or not low <= amount <= high:
            raise _Bad(f"המספר מחוץ לטווח ({low} עד {high}).")
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
            raise _Bad(f'ההנחה "{part.strip()}" אינה מוכרת. קודים: {known}.')
        codes.add(code)
    return sorted(codes)


def _chip(value: Any, _ctx: _Context) -> str:
    digits = re.sub(r"[\s\-]", "", _text(value))
    if not digits.isdigit() or not 9 <= len(digits) <= 15:
        raise _Bad("מספר השבב צריך להכיל 9 עד 15 ספרות (בדרך כלל 15).")
    return digits


def _plate(value: Any, _ctx: _Context) -> str:
    digits = re.sub(r"\D", "", _text(value))
    if len(digits) == 7:
        return f"{digits[:2]}-{digits[2:5]}-{digits[5:]}"
    if len(digits) == 8:
        return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"
    raise _Bad("מספר רכב צריך להכיל 7 או 8 ספרות, למשל 12-345-67 או 123-45-678.")


# --- columns --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    field: str
    label: str  # the Hebrew name, for messages about a column missing from the file
    aliases: tuple[str, ...]
    parse: Parser
    required: bool = False  # the file must have this column


_ID_ALIASES = (
    "ת.ז.",
    'ת"ז',
    "תעודת זהות",
    "מספר זהות",
    "מס' זהות",
    "מספר תעודת זהות",
    "id",
    "national_id",
    "id number",
    "id_number",
    "teudat zehut",
)
_BIRTH_ALIASES = ("תאריך לידה", "ת. לידה", "birth_date", "birthdate", "date of birth", "dob")


def _id_column(extra: tuple[str, ...] = ()) -> Column:
    return Column("national_id", "ת.ז.", _ID_ALIASES + extra, _national_id, required=True)


COLUMNS: dict[str, list[Column]] = {
    "residents": [
        _id_column(),
        Column(
            "first_name",
            "שם פרטי",
            ("שם פרטי", "first_name", "first name", "given name"),
            _plain(80),
        ),
        Column(
            "last_name",
            "שם משפחה",
            ("שם משפחה", "last_name", "last name", "surname", "family name"),
            _plain(80),
        ),
        Column("birth_date", "תאריך לידה", _BIRTH_ALIASES, _date),
        Column(
            "gender",
            "מין",
            ("מין", "מגדר", "gender", "sex"),
            _choice(_GENDERS, "המין", "ז, נ, M, F"),
        ),
        Column(
            "phone",
            "טלפון",
            ("טלפון", "טלפון נייד", "נייד", "phone", "mobile", "cell"),
            _phone("phone"),
        ),
        Column(
            "phone2",
            "טלפון נוסף",
            ("טלפון נוסף", "טלפון 2", "טלפון בית", "phone2", "phone 2", "home phone"),
            _phone("phone2"),
        ),
        Column(
            "email",
            'דוא"ל',
            ('דוא"ל', "דואל", "דואר אלקטרוני", "אימייל", "מייל", "email", "e-mail"),
            _email,
        ),
        Column(
            "locality_id",
            "יישוב",
            ("יישוב", "ישוב", "קוד יישוב", "locality", "village", "settlement"),
            _locality,
        ),
        Column("address", "כתובת", ("כתובת", "רחוב", "address", "street"), _plain(160)),
        Column(
            "preferred_channel",
            "ערוץ קשר מועדף",
            ("ערוץ קשר מועדף", "ערוץ קשר", "ערוץ מועדף", "preferred_channel", "channel"),
            _choice(_CHANNELS, "ערוץ הקשר", 'טלפון, מסרון, וואטסאפ, דוא"ל, פייסבוק, פגישה'),
        ),
        Column(
            "language",
            "שפה",
            ("שפה", "language", "lang"),
            _choice(_LANGUAGES, "השפה", "עברית, ערבית, רוסית, אנגלית, אמהרית או he/ar/ru/en/am"),
        ),
        Column(
            "accessibility",
            "צורכי נגישות",
            ("צורכי נגישות", "נגישות", "accessibility"),
            _plain(500),
        ),
    ],
    "property_accounts": [
        _id_column(("ת.ז. משלם", "ת.ז. מחזיק")),
        Column(
            "account_number",
            "מספר חשבון",
            ("מספר חשבון", "מס' חשבון", "חשבון", "account_number", "account", "account no"),
            _plain(20),
            required=True,
        ),
        Column("address", "כתובת", ("כתובת", "כתובת הנכס", "address"), _plain(160)),
        Column(
            "area_sqm",
            "שטח",
            ("שטח", 'שטח (מ"ר)', 'שטח במ"ר', "area", "area_sqm", "sqm"),
            _money(Decimal("0.01"), Decimal("999999.99")),
        ),
        Column("discounts", "הנחות", ("הנחות", "הנחה", "discounts", "discount"), _discounts),
        Column(
            "balance",
            "יתרה",
            ("יתרה", "יתרת חוב", "חוב", "balance"),
            _money(Decimal("-9999999999.99"), Decimal("9999999999.99")),
        ),
    ],
    "dog_licences": [
        _id_column(("ת.ז. בעלים",)),
        Column(
            "dog_name",
            "שם הכלב",
            ("שם הכלב", "שם כלב", "dog_name", "dog", "dog name"),
            _plain(60),
            required=True,
        ),
        Column(
            "chip_number", "שבב", ("שבב", "מספר שבב", "chip", "chip_number", "microchip"), _chip
        ),
        Column(
            "licence_expiry",
            "תוקף רישיון",
            ("תוקף רישיון", "תוקף רשיון", "תוקף", "licence_expiry", "license_expiry", "expiry"),
            _date,
        ),
        Column(
            "rabies_vaccinated_on",
            "חיסון כלבת",
            ("חיסון כלבת", "תאריך חיסון כלבת", "חיסון", "rabies", "rabies_vaccinated_on"),
            _date,
        ),
    ],
    "parking_permits": [
        _id_column(),
        Column(
            "vehicle_plate",
            "מספר רכב",
            ("מספר רכב", "מס' רכב", "רכב", "לוחית רישוי", "vehicle_plate", "plate", "vehicle"),
            _plate,
            required=True,
        ),
        Column("expiry", "תוקף", ("תוקף", "תוקף התו", "בתוקף עד", "expiry", "valid_until"), _date),
    ],
    "household": [
        _id_column(("ת.ז. הורה", "ת.ז. ראש משפחה", "parent_id")),
        Column(
            "name",
            "שם",
            ("שם", "שם מלא", "שם בן המשפחה", "name", "full name"),
            _plain(80),
            required=True,
        ),
        Column(
            "relation",
            "קרבה",
            ("קרבה", "קשר", "קשר משפחתי", "relation", "relationship"),
            _choice(_RELATIONS, "סוג הקרבה", "ילד/ה, בן/בת זוג, הורה, אחר"),
        ),
        Column("birth_date", "תאריך לידה", _BIRTH_ALIASES, _date),
    ],
    "statuses": [
        _id_column(),
        Column(
            "code",
            "סטטוס",
            ("סטטוס", "מעמד", "status", "code"),
            _choice(
                _STATUSES,
                "הסטטוס",
                "soldier/חייל, new_immigrant/עולה חדש, single_parent/הורה יחיד, disability/נכות",
            ),
            required=True,
        ),
        Column("since", "מתאריך", ("מתאריך", "מ-תאריך", "החל מ", "since", "from"), _date),
        Column("until", "עד תאריך", ("עד תאריך", "עד", "until", "to"), _date),
    ],
}

# Holding fields: those that must have a value, and what an empty cell means for the others.
_REQUIRED = {"area_sqm", "licence_expiry", "expiry", "relation"}
_EMPTY: dict[str, Any] = {
    "address": "",
    "discounts": [],
    "balance": "0.00",
    "chip_number": "",
    "rabies_vaccinated_on": None,
    "birth_date": None,
    "since": None,
    "until": None,
}
_HOLDING_FIELDS = {
    "property_account": ("account_number", "address", "area_sqm", "discounts", "balance"),
    "dog_licence": ("dog_name", "chip_number", "licence_expiry", "rabies_vaccinated_on"),
    "parking_permit": ("vehicle_plate", "expiry"),
    "household_member": ("name", "relation", "birth_date"),
    "status": ("code", "since", "until"),
}


@dataclass
class _Columns:
    by_field: dict[str, tuple[int, str]]  # field -> (cell index, header as written)
    ignored: list[str]

    def header(self, name: str, fallback: str) -> str:
        return self.by_field[name][1] if name in self.by_field else fallback


def _map_columns(headers: list[str], columns: list[Column]) -> _Columns:
    alias_to_column = {_fold(alias): col for col in columns for alias in (col.field, *col.aliases)}
    by_field: dict[str, tuple[int, str]] = {}
    ignored: list[str] = []
    for index, header in enumerate(headers):
        if not header:
            continue
        col = alias_to_column.get(_fold(header))
        if col is None:
            ignored.append(header)
            continue
        if col.field in by_field:
            raise ImportFileError(
                f'העמודות "{by_field[col.field][1]}" ו-"{header}" הן אותו שדה ({col.label}).'
                " יש להשאיר רק אחת מהן."
            )
        by_field[col.field] = (index, header)
    missing = [col for col in columns if col.required and col.field not in by_field]
    if missing:
        names = ", ".join(f'"{c.label}"' for c in missing)
        found = ", ".join(f'"{h}"' for h in headers if h) or "אין"
        raise ImportFileError(f"חסרה בקובץ עמודת חובה: {names}. הכותרות שנמצאו בשורה 1: {found}.")
    return _Columns(by_field, ignored)


# --- planning: validate every row and decide what it does -----------------------------------


@dataclass
class _Planned:
    result: RowResult
    entity_id: uuid.UUID | None = None  # the record to update; None for a new one
    data: dict[str, Any] = field(default_factory=dict)  # the create payload, or the changes


def _parse_cells(
    cells: list[Any],
    cols: _Columns,
    columns: list[Column],
    ctx: _Context,
    empty_means: Callable[[str], Any] | None,
) -> tuple[dict[str, Any], list[RowError]]:
    """The parsed values of a row. An empty cell is left out, or given `empty_means(field)`."""
    values: dict[str, Any] = {}
    errors: list[RowError] = []
    for col in columns:
        if col.field not in cols.by_field:
            continue
        index, header = cols.by_field[col.field]
        raw = cells[index] if index < len(cells) else None
        if _blank(raw):
            if col.field == "national_id":
                errors.append(RowError(header, "חסר מספר תעודת זהות."))
            elif col.required:
                errors.append(RowError(header, f"חסר ערך: {col.label}."))
            elif empty_means is not None:
                values[col.field] = empty_means(col.field)
            continue
        try:
            values[col.field] = col.parse(raw, ctx)
        except _Bad as bad:
            errors.append(RowError(header, bad.message, _text(raw)[:60]))
    return values, errors


def _context(session: Session, today: dt.date) -> _Context:
    locs: dict[str, uuid.UUID] = {}
    for loc in localities(session):
        locs[_fold(loc.name)] = loc.id
        locs[_fold(loc.code)] = loc.id
    return _Context(today, locs)


def _chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _mark_duplicates(
    planned: list[_Planned], keys: list[Any], column: str, describe: Callable[[Any], str]
) -> None:
    """Every row whose key appears in more than one row of the file is an error."""
    rows_of: dict[Any, list[int]] = {}
    for plan, key in zip(planned, keys, strict=True):
        if key is not None:
            rows_of.setdefault(key, []).append(plan.result.row)
    for plan, key in zip(planned, keys, strict=True):
        if key is not None and len(rows_of[key]) > 1:
            others = ", ".join(str(n) for n in rows_of[key])
            plan.result.errors.append(
                RowError(column, f"{describe(key)} מופיע/ה בקובץ יותר מפעם אחת (שורות {others}).")
            )


_RESIDENT_COLUMNS = ("id", "national_id", *EDITABLE_FIELDS)


def _existing_residents(
    session: Session, national_ids: Iterable[str]
) -> dict[str, list[dict[str, Any]]]:
    """Residents already registered, by national ID: dicts of id, national_id and the fields."""
    found: dict[str, list[Any]] = {}
    attrs = [getattr(Resident, name) for name in _RESIDENT_COLUMNS]
    for batch in _chunks(sorted(set(national_ids)), _BATCH):
        for row in session.execute(select(*attrs).where(Resident.national_id.in_(batch))):
            found.setdefault(row.national_id, []).append(row._asdict())
    return found


def _plan_residents(
    session: Session, table: Table, cols: _Columns, ctx: _Context
) -> list[_Planned]:
    columns = COLUMNS["residents"]
    id_header = cols.header("national_id", "ת.ז.")
    planned: list[_Planned] = []
    parsed: list[dict[str, Any]] = []
    for number, cells in table.rows:
        values, errors = _parse_cells(cells, cols, columns, ctx, None)
        nid = values.pop("national_id", "")
        id_index = cols.by_field["national_id"][0]
        key = nid or (_text(cells[id_index]) if id_index < len(cells) else "")
        planned.append(_Planned(RowResult(number, "error", key, errors)))
        parsed.append({"national_id": nid, **values})
    _mark_duplicates(
        planned,
        [p["national_id"] or None for p in parsed],
        id_header,
        lambda nid: f"תעודת הזהות {nid}",
    )
    existing = _existing_residents(session, (p["national_id"] for p in parsed if p["national_id"]))
    defaults = {name: getattr(ResidentForm(), name) for name in EDITABLE_FIELDS}
    for plan, values in zip(planned, parsed, strict=True):
        result = plan.result
        if result.errors:
            continue
        nid = values.pop("national_id")
        matches = existing.get(nid, [])
        if len(matches) > 1:
            result.errors.append(
                RowError(
                    id_header,
                    f"במסד הנתונים רשומים {len(matches)} תושבים עם תעודת הזהות {nid}."
                    " יש לאחד את הכפילות לפני הייבוא.",
                    nid,
                )
            )
            continue
        current = matches[0] if matches else None
        base = {name: current[name] for name in EDITABLE_FIELDS} if current else dict(defaults)
        try:
            clean = validate_form(ResidentForm(national_id=nid, **{**base, **values}), ctx.today)
        except ValidationError as err:
            name = err.field or ""
            header = cols.header(name, FIELD_LABELS.get(name, name))
            raw = values.get(name, base.get(name, ""))
            result.errors.append(RowError(header, err.message, _text(raw)))
            continue
        if current is None:
            result.status = "created"
            plan.data = clean
            continue
        plan.entity_id = current["id"]
        plan.data = {name: clean[name] for name in values if clean[name] != base[name]}
        result.status = "updated" if plan.data else "unchanged"
        result.changed = [FIELD_LABELS[name] for name in plan.data]
    return planned


def _resident_ids(session: Session, national_ids: Iterable[str]) -> dict[str, list[uuid.UUID]]:
    found: dict[str, list[uuid.UUID]] = {}
    for batch in _chunks(sorted(set(national_ids)), _BATCH):
        rows = session.execute(
            select(Resident.national_id, Resident.id).where(Resident.national_id.in_(batch))
        )
        for nid, rid in rows:
            found.setdefault(nid, []).append(rid)
    return found


def _holding_data(kind: str, row: Any) -> dict[str, Any]:
    """An existing holding in the form the import builds: money as text, sorted discounts."""
    data: dict[str, Any] = {"resident_id": row.resident_id}
    for name in _HOLDING_FIELDS[kind]:
        value = getattr(row, name)
        if isinstance(value, Decimal):
            value = f"{value:.2f}"
        elif name == "discounts":
            value = sorted(value or [])
        data[name] = value
    return data


def _plate_digits(plate: str) -> str:
    return re.sub(r"\D", "", plate or "")


class _Existing:
    """The holdings of one kind that rows of the file may match, indexed by natural key."""

    def __init__(
        self, session: Session, kind: str, rows: list[dict[str, Any]], resident_ids: set[uuid.UUID]
    ) -> None:
        self.kind = kind
        model = KINDS[kind]
        loaded: dict[uuid.UUID, Any] = {}

        def load(column: Any, values: Iterable[Any]) -> None:
            for batch in _chunks(sorted(set(values), key=str), _BATCH):
                for row in session.scalars(select(model).where(column.in_(batch))):
                    loaded[row.id] = row

        if kind == "property_account":
            load(PropertyAccount.account_number, (r["account_number"] for r in rows))
        elif kind == "dog_licence":
            load(DogLicence.chip_number, (r["chip_number"] for r in rows if r.get("chip_number")))
        elif kind == "parking_permit":
            plates = {r["vehicle_plate"] for r in rows}
            load(ParkingPermit.vehicle_plate, plates | {_plate_digits(p) for p in plates})
        if kind != "property_account":
            load(model.resident_id, resident_ids)
        self.by_key: dict[Any, Any] = {}
        self.dogs_by_name: dict[tuple[uuid.UUID, str], list[Any]] = {}
        for row in sorted(loaded.values(), key=lambda r: str(r.id)):
            if kind == "dog_licence":
                self.dogs_by_name.setdefault((row.resident_id, _fold(row.dog_name)), []).append(row)
            key = self.key(row.resident_id, _holding_data(kind, row))
            if key is not None:
                self.by_key.setdefault(key, row)

    def key(self, resident_id: uuid.UUID, data: dict[str, Any]) -> Any:
        kind = self.kind
        if kind == "property_account":
            return data["account_number"]
        if kind == "dog_licence":
            if data.get("chip_number"):
                return ("chip", data["chip_number"])
            return ("dog", resident_id, _fold(data["dog_name"]))
        if kind == "parking_permit":
            return _plate_digits(data["vehicle_plate"])
        if kind == "household_member":
            return (resident_id, _fold(data["name"]))
        return (resident_id, data["code"])

    def match(self, resident_id: uuid.UUID, data: dict[str, Any]) -> Any:
        found = self.by_key.get(self.key(resident_id, data))
        if found is None and self.kind == "dog_licence":
            # A dog registered without a chip, now given one; or listed without the chip.
            same_name = self.dogs_by_name.get((resident_id, _fold(data["dog_name"])), [])
            chip = data.get("chip_number")
            candidates = [d for d in same_name if not chip or not d.chip_number]
            found = candidates[0] if candidates else None
        return found


def _describe_key(kind: str, key: Any) -> str:
    if kind == "property_account":
        return f"חשבון מספר {key}"
    if kind == "dog_licence":
        return f"השבב {key[1]}" if key[0] == "chip" else "כלב באותו שם לאותו/ה תושב/ת"
    if kind == "parking_permit":
        return f"הרכב {key}"
    if kind == "household_member":
        return "בן/בת משפחה באותו שם לאותו/ה תושב/ת"
    return f'הסטטוס "{STATUS_LABELS.get(key[1], key[1])}" לאותו/ה תושב/ת'


def _plan_holdings(
    session: Session, table: Table, cols: _Columns, ctx: _Context, import_kind: str
) -> list[_Planned]:
    kind = IMPORT_KINDS[import_kind]
    assert kind is not None
    columns = COLUMNS[import_kind]
    id_header = cols.header("national_id", "ת.ז.")
    fields = _HOLDING_FIELDS[kind]
    planned: list[_Planned] = []
    parsed: list[dict[str, Any]] = []
    for number, cells in table.rows:
        values, errors = _parse_cells(cells, cols, columns, ctx, lambda name: _EMPTY.get(name))
        nid = values.get("national_id", "")
        planned.append(_Planned(RowResult(number, "error", nid, errors)))
        parsed.append(values)
    residents = _resident_ids(session, (v["national_id"] for v in parsed if "national_id" in v))
    resident_of: list[uuid.UUID | None] = []
    for plan, values in zip(planned, parsed, strict=True):
        nid = values.get("national_id")
        ids = residents.get(nid, []) if nid else []
        resident_of.append(ids[0] if len(ids) == 1 else None)
        if nid and not ids:
            plan.result.errors.append(
                RowError(
                    id_header,
                    f"לא נמצא/ה במסד תושב/ת עם תעודת הזהות {nid}."
                    " יש לייבא קודם את קובץ התושבים או לרשום אותו/ה בדלפק.",
                    nid,
                )
            )
        elif len(ids) > 1:
            plan.result.errors.append(
                RowError(
                    id_header,
                    f"במסד הנתונים רשומים {len(ids)} תושבים עם תעודת הזהות {nid}."
                    " יש לאחד את הכפילות לפני הייבוא.",
                    nid,
                )
            )
    good = [
        (plan, values, rid)
        for plan, values, rid in zip(planned, parsed, resident_of, strict=True)
        if not plan.result.errors and rid is not None
    ]
    existing = _Existing(session, kind, [v for _p, v, _r in good], {r for _p, _v, r in good})
    keys: list[Any] = [None] * len(planned)
    index_of = {id(plan): n for n, plan in enumerate(planned)}
    for plan, values, rid in good:
        keys[index_of[id(plan)]] = existing.key(rid, values)
    key_header = cols.by_field[next(c.field for c in columns[1:] if c.required)][1]
    _mark_duplicates(planned, keys, key_header, lambda key: _describe_key(kind, key))
    claimed: dict[uuid.UUID, int] = {}
    for plan, values, rid in good:
        result = plan.result
        result.key = f"{values['national_id']} / {_key_text(kind, values)}"
        if result.errors:
            continue
        row = existing.match(rid, values)
        base = (
            _holding_data(kind, row)
            if row is not None
            else {name: _EMPTY.get(name) for name in fields}
        )
        data = {**base, **{k: v for k, v in values.items() if k != "national_id"}}
        data["resident_id"] = rid
        for name in fields:
            if name in _REQUIRED and data.get(name) in (None, ""):
                header = cols.header(name, HOLDING_FIELD_LABELS[name])
                result.errors.append(RowError(header, f"חסר ערך: {HOLDING_FIELD_LABELS[name]}."))
        if kind == "status" and data["since"] and data["until"] and data["until"] < data["since"]:
            result.errors.append(
                RowError(
                    cols.header("until", "עד תאריך"),
                    "תאריך הסיום מוקדם מתאריך ההתחלה.",
                    data["until"].strftime("%d/%m/%Y"),
                )
            )
        if kind == "household_member" and data["birth_date"] and data["birth_date"] > ctx.today:
            result.errors.append(
                RowError(
                    cols.header("birth_date", "תאריך לידה"),
                    "תאריך הלידה הוא בעתיד.",
                    data["birth_date"].strftime("%d/%m/%Y"),
                )
            )
        if row is not None and row.id in claimed:
            result.errors.append(
                RowError(
                    key_header,
                    f"השורה מתאימה לאותה רשומה קיימת כמו שורה {claimed[row.id]}.",
                )
            )
        if result.errors:
            continue
        plan.data = data
        if row is None:
            result.status = "created"
            continue
        claimed[row.id] = result.row
        plan.entity_id = row.id
        changed = [name for name in ("resident_id", *fields) if data[name] != base[name]]
        result.status = "updated" if changed else "unchanged"
        result.changed = [HOLDING_FIELD_LABELS[name] for name in changed]
    return planned


def _key_text(kind: str, values: dict[str, Any]) -> str:
    if kind == "property_account":
        return values.get("account_number", "")
    if kind == "dog_licence":
        return values.get("chip_number") or values.get("dog_name", "")
    if kind == "parking_permit":
        return values.get("vehicle_plate", "")
    if kind == "household_member":
        return values.get("name", "")
    return values.get("code", "")


# --- writing --------------------------------------------------------------------------------


def _write_residents(session: Session, actor: Actor, planned: list[_Planned]) -> None:
    new = [(clock.new_id(), p.data) for p in planned if p.result.status == "created"]
    for batch in _chunks(new, _WRITE_BATCH):
        ops = record_bulk(session, actor, "resident.created", batch)
        rows, tokens = [], []
        for op in ops:
            payload = op["payload"]
            rows.append(resident_row(op["entity_id"], op["hlc"], op["created_at"], payload))
            tokens += token_rows(op["entity_id"], f"{payload['first_name']} {payload['last_name']}")
        session.execute(Resident.__table__.insert(), rows)
        if tokens:
            session.execute(ResidentNameToken.__table__.insert(), tokens)
    updates = [p for p in planned if p.result.status == "updated"]
    for batch in _chunks(updates, _BATCH):
        # Load the residents of the batch at once, so each update finds its row in memory.
        list(session.scalars(select(Resident).where(Resident.id.in_([p.entity_id for p in batch]))))
        for plan in batch:
            assert plan.entity_id is not None
            update_resident(session, actor, plan.entity_id, plan.data)
    session.flush()


def _write_holdings(session: Session, actor: Actor, kind: str, planned: list[_Planned]) -> None:
    new = [(clock.new_id(), p.data) for p in planned if p.result.status == "created"]
    table = KINDS[kind].__table__
    for batch in _chunks(new, _WRITE_BATCH):
        ops = record_bulk(
            session,
            actor,
            "holding.upserted",
            [(eid, {"kind": kind, "data": data}) for eid, data in batch],
        )
        session.execute(
            table.insert(),
            [holding_row(kind, op["entity_id"], op["payload"]["data"]) for op in ops],
        )
    for plan in planned:
        if plan.result.status == "updated":
            save_holding(session, actor, kind, plan.data, entity_id=plan.entity_id)
    session.flush()


# --- the entry points -----------------------------------------------------------------------


def import_table(
    session: Session,
    actor: Actor,
    table: Table,
    kind: str = "residents",
    *,
    file: str = "",
    dry_run: bool = False,
    skip_bad: bool = False,
    today: dt.date | None = None,
) -> ImportReport:
    """Validate every row of `table`, then write them all (or, with skip_bad, the good ones)."""
    if kind not in IMPORT_KINDS:
        raise ImportFileError(f"סוג ייבוא לא מוכר: {kind}. אפשר: {', '.join(IMPORT_KINDS)}.")
    started = time.perf_counter()
    cols = _map_columns(table.headers, COLUMNS[kind])
    ctx = _context(session, today or clock.local_today())
    if kind == "residents":
        planned = _plan_residents(session, table, cols, ctx)
    else:
        planned = _plan_holdings(session, table, cols, ctx, kind)
    report = ImportReport(
        file=file,
        kind=kind,
        dry_run=dry_run,
        skip_bad=skip_bad,
        results=[p.result for p in planned],
        ignored_columns=cols.ignored,
    )
    if not dry_run and (skip_bad or not report.errors):
        if kind == "residents":
            _write_residents(session, actor, planned)
        else:
            holding_kind = IMPORT_KINDS[kind]
            assert holding_kind is not None
            _write_holdings(session, actor, holding_kind, planned)
        report.written = True
    report.seconds = time.perf_counter() - started
    return report


def import_file(
    session: Session,
    actor: Actor,
    path: Path | str,
    kind: str = "residents",
    *,
    dry_run: bool = False,
    skip_bad: bool = False,
    today: dt.date | None = None,
) -> ImportReport:
    """Import a CSV or .xlsx file of `kind` (see IMPORT_KINDS) in the caller's transaction.

    Raises ImportFileError when the file cannot be read or lacks a required column; problems
    of single rows are in the report.
    """
    started = time.perf_counter()
    table = read_table(Path(path))
    report = import_table(
        session,
        actor,
        table,
        kind,
        file=str(path),
        dry_run=dry_run,
        skip_bad=skip_bad,
        today=today,
    )
    report.seconds = time.perf_counter() - started
    return report
