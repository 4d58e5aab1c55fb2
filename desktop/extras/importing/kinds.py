"""What can be imported: the kinds of file, their labels, limits."""

from __future__ import annotations

from desktop.core.errors import ValidationError
from desktop.phrases import Labels

# The --kind of a file, and the holding kind (extras.holdings.KINDS) it loads.
IMPORT_KINDS: dict[str, str | None] = {
    "residents": None,
    "property_accounts": "property_account",
    "dog_licences": "dog_licence",
    "parking_permits": "parking_permit",
    "household": "household_member",
    "statuses": "status",
}
KIND_LABELS = Labels(
    {
        "residents": "תושבים",
        "property_accounts": "חשבונות ארנונה",
        "dog_licences": "רישיונות כלבים",
        "parking_permits": "תווי חניה",
        "household": "בני משפחה",
        "statuses": "סטטוסים",
    }
)
HOLDING_FIELD_LABELS = Labels(
    {
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
)

_BATCH = 500  # values in one IN (...) lookup
_WRITE_BATCH = 20_000  # operations stored per bulk insert


class ImportFileError(ValidationError):
    """The file as a whole cannot be imported (unreadable, no header, a missing column)."""
