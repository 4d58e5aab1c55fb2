"""SQLAlchemy models: the schema of a Dalpak database, nothing else."""

from desktop.models.base import Base
from desktop.models.cases import Case, CaseItem, Draft
from desktop.models.core import (
    Department,
    Locality,
    LoginFailures,
    Operation,
    RequestType,
    Station,
    StationState,
    User,
)
from desktop.models.figures import FigureCall, FigureDirty, FigureItem, FigureSum, FigureVisit
from desktop.models.holdings import (
    DogLicence,
    EligibilityRule,
    HouseholdMember,
    OfferRecord,
    Outreach,
    ParkingPermit,
    PropertyAccount,
    ResidentStatus,
)
from desktop.models.lobby import LobbyVisit
from desktop.models.residents import AccessLogEntry, Resident, ResidentNameToken
from desktop.models.sync import (
    ClockWarning,
    FieldConflict,
    HubCounter,
    HubStationKey,
    KeyCollision,
    QuarantinedOperation,
    ResidentMerge,
    RowClock,
    SyncState,
)
from desktop.models.translations import Translation
from desktop.models.work import Absence, CaseSeen, KnowledgeEntry, Notification, OutboxMessage, Task

__all__ = [
    "FigureCall",
    "FigureDirty",
    "FigureItem",
    "FigureSum",
    "FigureVisit",
    "LobbyVisit",
    "LoginFailures",
    "DogLicence",
    "EligibilityRule",
    "HouseholdMember",
    "OfferRecord",
    "Outreach",
    "ParkingPermit",
    "PropertyAccount",
    "ResidentStatus",
    "Absence",
    "CaseSeen",
    "KnowledgeEntry",
    "Notification",
    "OutboxMessage",
    "Task",
    "AccessLogEntry",
    "ClockWarning",
    "FieldConflict",
    "HubCounter",
    "HubStationKey",
    "KeyCollision",
    "ResidentMerge",
    "RowClock",
    "QuarantinedOperation",
    "SyncState",
    "Base",
    "Case",
    "CaseItem",
    "Department",
    "Draft",
    "Locality",
    "Operation",
    "RequestType",
    "Resident",
    "ResidentNameToken",
    "Station",
    "StationState",
    "Translation",
    "User",
]
