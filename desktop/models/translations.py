"""The catalogue in other languages: what a resident reads, translated by the council."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class Translation(Base):
    """One catalogue entry's texts in one language (Arabic, Russian, English).

    ``subject`` is what is translated: a request type, a department, a knowledge entry, a
    proactive rule's letter or the council's own name; ``code`` the entry's code ("" for the
    council). ``fields`` holds the translated texts by the entry's field names (a request
    type's ``steps`` and ``documents`` line by line, as in Hebrew); a field absent or empty
    falls back to Hebrew. ``hlc`` is the clock of the operation that wrote it: when two
    supervisors translate the same entry, the later one stands everywhere. The id is made
    from subject, code and language, the same at every station.
    """

    __tablename__ = "translations"
    __table_args__ = (UniqueConstraint("subject", "code", "language"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(5))
    fields: Mapped[dict[str, Any]]
    hlc: Mapped[str] = mapped_column(String(64))
