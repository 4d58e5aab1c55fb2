"""The columns of each kind of file: the field, its header aliases and parser; mapping a file's headers."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.extras.importing.cells import (
    _CHANNELS,
    _GENDERS,
    _LANGUAGES,
    _RELATIONS,
    _STATUSES,
    Parser,
    _chip,
    _choice,
    _date,
    _discounts,
    _email,
    _key,
    _locality,
    _money,
    _national_id,
    _phone,
    _plain,
    _plate,
)
from desktop.extras.importing.files import _fold
from desktop.extras.importing.kinds import ImportFileError
from desktop.phrases import matched, phrase, phrase_later

# --- columns --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    field: str
    label: str  # the Hebrew name, for messages about a column missing from the file
    aliases: tuple[str, ...]
    parse: Parser
    required: bool = False  # the file must have this column


_ID_ALIASES = matched(
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
_BIRTH_ALIASES = matched("תאריך לידה", "ת. לידה", "birth_date", "birthdate", "date of birth", "dob")


def _id_column(extra: tuple[str, ...] = ()) -> Column:
    return Column(
        "national_id", phrase_later("ת.ז."), _ID_ALIASES + extra, _national_id, required=True
    )


COLUMNS: dict[str, list[Column]] = {
    "residents": [
        _id_column(),
        Column(
            "first_name",
            phrase_later("שם פרטי"),
            matched("שם פרטי", "first_name", "first name", "given name"),
            _plain(80),
        ),
        Column(
            "last_name",
            phrase_later("שם משפחה"),
            matched("שם משפחה", "last_name", "last name", "surname", "family name"),
            _plain(80),
        ),
        Column("birth_date", phrase_later("תאריך לידה"), _BIRTH_ALIASES, _date),
        Column(
            "gender",
            phrase_later("מין"),
            matched("מין", "מגדר", "gender", "sex"),
            _choice(_GENDERS, phrase_later("המין"), matched("ז", "נ", "M", "F")),
        ),
        Column(
            "phone",
            phrase_later("טלפון"),
            matched("טלפון", "טלפון נייד", "נייד", "phone", "mobile", "cell"),
            _phone("phone"),
        ),
        Column(
            "phone2",
            phrase_later("טלפון נוסף"),
            matched("טלפון נוסף", "טלפון 2", "טלפון בית", "phone2", "phone 2", "home phone"),
            _phone("phone2"),
        ),
        Column(
            "email",
            phrase_later('דוא"ל'),
            matched('דוא"ל', "דואל", "דואר אלקטרוני", "אימייל", "מייל", "email", "e-mail"),
            _email,
        ),
        Column(
            "locality_id",
            phrase_later("יישוב"),
            matched("יישוב", "ישוב", "קוד יישוב", "locality", "village", "settlement"),
            _locality,
        ),
        Column(
            "address",
            phrase_later("כתובת"),
            matched("כתובת", "רחוב", "address", "street"),
            _plain(160),
        ),
        Column(
            "preferred_channel",
            phrase_later("ערוץ קשר מועדף"),
            matched("ערוץ קשר מועדף", "ערוץ קשר", "ערוץ מועדף", "preferred_channel", "channel"),
            _choice(
                _CHANNELS,
                phrase_later("ערוץ הקשר"),
                matched("טלפון", "מסרון", "וואטסאפ", 'דוא"ל', "פייסבוק", "פגישה"),
            ),
        ),
        Column(
            "language",
            phrase_later("שפה"),
            matched("שפה", "language", "lang"),
            _choice(
                _LANGUAGES,
                phrase_later("השפה"),
                matched(
                    "עברית", "ערבית", "רוסית", "אנגלית", "אמהרית", "he", "ar", "ru", "en", "am"
                ),
            ),
        ),
        Column(
            "accessibility",
            phrase_later("צורכי נגישות"),
            matched("צורכי נגישות", "נגישות", "accessibility"),
            _plain(500),
        ),
    ],
    "property_accounts": [
        _id_column(matched("ת.ז. משלם", "ת.ז. מחזיק")),
        Column(
            "account_number",
            phrase_later("מספר חשבון"),
            matched("מספר חשבון", "מס' חשבון", "חשבון", "account_number", "account", "account no"),
            _key(20),
            required=True,
        ),
        Column(
            "address", phrase_later("כתובת"), matched("כתובת", "כתובת הנכס", "address"), _plain(160)
        ),
        Column(
            "area_sqm",
            phrase_later("שטח"),
            matched("שטח", 'שטח (מ"ר)', 'שטח במ"ר', "area", "area_sqm", "sqm"),
            _money(Decimal("0.01"), Decimal("999999.99")),
        ),
        Column(
            "discounts",
            phrase_later("הנחות"),
            matched("הנחות", "הנחה", "discounts", "discount"),
            _discounts,
        ),
        Column(
            "balance",
            phrase_later("יתרה"),
            matched("יתרה", "יתרת חוב", "חוב", "balance"),
            _money(Decimal("-9999999999.99"), Decimal("9999999999.99")),
        ),
    ],
    "dog_licences": [
        _id_column(matched("ת.ז. בעלים")),
        Column(
            "dog_name",
            phrase_later("שם הכלב"),
            matched("שם הכלב", "שם כלב", "dog_name", "dog", "dog name"),
            _plain(60),
            required=True,
        ),
        Column(
            "chip_number",
            phrase_later("שבב"),
            matched("שבב", "מספר שבב", "chip", "chip_number", "microchip"),
            _chip,
        ),
        Column(
            "licence_expiry",
            phrase_later("תוקף רישיון"),
            matched(
                "תוקף רישיון", "תוקף רשיון", "תוקף", "licence_expiry", "license_expiry", "expiry"
            ),
            _date,
        ),
        Column(
            "rabies_vaccinated_on",
            phrase_later("חיסון כלבת"),
            matched("חיסון כלבת", "תאריך חיסון כלבת", "חיסון", "rabies", "rabies_vaccinated_on"),
            _date,
        ),
    ],
    "parking_permits": [
        _id_column(),
        Column(
            "vehicle_plate",
            phrase_later("מספר רכב"),
            matched(
                "מספר רכב", "מס' רכב", "רכב", "לוחית רישוי", "vehicle_plate", "plate", "vehicle"
            ),
            _plate,
            required=True,
        ),
        Column(
            "expiry",
            phrase_later("תוקף"),
            matched("תוקף", "תוקף התו", "בתוקף עד", "expiry", "valid_until"),
            _date,
        ),
    ],
    "household": [
        _id_column(matched("ת.ז. הורה", "ת.ז. ראש משפחה", "parent_id")),
        Column(
            "name",
            phrase_later("שם"),
            matched("שם", "שם מלא", "שם בן המשפחה", "name", "full name"),
            _plain(80),
            required=True,
        ),
        Column(
            "relation",
            phrase_later("קרבה"),
            matched("קרבה", "קשר", "קשר משפחתי", "relation", "relationship"),
            _choice(
                _RELATIONS, phrase_later("סוג הקרבה"), matched("ילד/ה", "בן/בת זוג", "הורה", "אחר")
            ),
        ),
        Column("birth_date", phrase_later("תאריך לידה"), _BIRTH_ALIASES, _date),
    ],
    "statuses": [
        _id_column(),
        Column(
            "code",
            phrase_later("סטטוס"),
            matched("סטטוס", "מעמד", "status", "code"),
            _choice(
                _STATUSES,
                phrase_later("הסטטוס"),
                matched(
                    "soldier/חייל",
                    "new_immigrant/עולה חדש",
                    "single_parent/הורה יחיד",
                    "disability/נכות",
                ),
            ),
            required=True,
        ),
        Column(
            "since",
            phrase_later("מתאריך"),
            matched("מתאריך", "מ-תאריך", "החל מ", "since", "from"),
            _date,
        ),
        Column("until", phrase_later("עד תאריך"), matched("עד תאריך", "עד", "until", "to"), _date),
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
                phrase(
                    'העמודות "{first}" ו-"{second}" הן אותו שדה ({field}). יש להשאיר רק אחת מהן.'
                ).format(first=by_field[col.field][1], second=header, field=phrase(col.label))
            )
        by_field[col.field] = (index, header)
    missing = [col for col in columns if col.required and col.field not in by_field]
    if missing:
        names = ", ".join(f'"{phrase(c.label)}"' for c in missing)
        found = ", ".join(f'"{h}"' for h in headers if h) or phrase("אין")
        raise ImportFileError(
            phrase("חסרה בקובץ עמודת חובה: {names}. הכותרות שנמצאו בשורה 1: {found}.").format(
                names=names, found=found
            )
        )
    return _Columns(by_field, ignored)
