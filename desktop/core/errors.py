"""Typed errors that carry a message for the user, in Hebrew; the UI shows them as they are."""

from __future__ import annotations


class DalpakError(Exception):
    """Base of every error a user may see. `message` is ready to show."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class InvalidLogin(DalpakError):
    pass


class ValidationError(DalpakError):
    """Input that cannot be saved; `field` names the offending field when there is one."""


class InvalidNationalId(ValidationError):
    pass


class InvalidPhone(ValidationError):
    pass


class DuplicateResident(DalpakError):
    """Same ID (never allowed) or same name and birth date (allowed once the clerk confirms)."""

    def __init__(self, message: str, existing_ids: list, *, same_id: bool) -> None:
        super().__init__(message)
        self.existing_ids = existing_ids
        self.same_id = same_id


class ResidentNotFound(DalpakError):
    pass


class CaseNotFound(DalpakError):
    pass


class UnknownRequestType(ValidationError):
    pass


class NotAllowed(DalpakError):
    """The user's role does not allow the action (checked in the service layer, not only the UI)."""


class WrongDatabase(DalpakError):
    """The database is of the other kind: a station's where a hub's is needed, or the reverse."""


class StationMustReachHub(DalpakError):
    """A station restored from a backup records nothing before it has reached the hub."""
