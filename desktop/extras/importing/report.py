"""The import report: per row what it did or what is wrong, as text or JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.extras.importing.kinds import KIND_LABELS
from desktop.phrases import Labels, phrase

# --- the report -----------------------------------------------------------------------------

# What became of a good row, in the report of every row.
ROW_LABELS = Labels({"created": "חדש/ה", "updated": "עודכן/ה", "unchanged": "ללא שינוי"})


@dataclass(frozen=True)
class RowError:
    column: str  # the header as written in the file, or the field's name (the user's language)
    message: str
    value: str = ""


@dataclass
class RowResult:
    row: int  # as numbered in the file; the header is row 1
    status: str  # created | updated | unchanged | error
    key: str  # the national ID, and the holding's natural key
    errors: list[RowError] = field(default_factory=list)
    # The changed fields, named in the user's language.
    changed: list[str] = field(default_factory=list)

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
        """The report in the user's language: the counts, then every bad row (every row if
        asked)."""
        lines = [
            phrase("ייבוא {kind} מהקובץ {file}").format(
                kind=KIND_LABELS.get(self.kind, self.kind), file=Path(self.file).name
            )
        ]
        if self.written:
            counts = phrase(
                "שורות: {rows} | נוצרו: {created} | עודכנו: {updated}"
                " | ללא שינוי: {unchanged} | שגויות: {errors}"
            )
        else:
            counts = phrase(
                "שורות: {rows} | ייווצרו: {created} | יעודכנו: {updated}"
                " | ללא שינוי: {unchanged} | שגויות: {errors}"
            )
        lines.append(counts.format(**{name: f"{n:,}" for name, n in self.counts.items()}))
        if self.dry_run:
            lines.append(phrase("בדיקה בלבד: דבר לא נכתב למסד הנתונים."))
        elif self.errors and not self.skip_bad:
            lines.append(
                phrase(
                    "דבר לא נכתב למסד הנתונים, כי יש שורות שגויות."
                    " יש לתקן אותן ולייבא שוב את הקובץ."
                )
            )
        elif self.errors:
            lines.append(phrase("השורות התקינות יובאו; השורות השגויות לא יובאו."))
        if self.ignored_columns:
            names = ", ".join(f'"{c}"' for c in self.ignored_columns)
            lines.append(phrase("עמודות שלא זוהו ולא יובאו: {names}").format(names=names))
        for result in self.results:
            if result.status == "error":
                for err in result.errors:
                    if err.value:
                        line = phrase('שורה {row}, עמודה "{column}" (הערך: "{value}"): {message}')
                    else:
                        line = phrase('שורה {row}, עמודה "{column}": {message}')
                    lines.append(
                        line.format(
                            row=result.row, column=err.column, value=err.value, message=err.message
                        )
                    )
            elif every_row:
                if result.changed:
                    line = phrase("שורה {row}: {key} - {status} ({changed})")
                else:
                    line = phrase("שורה {row}: {key} - {status}")
                lines.append(
                    line.format(
                        row=result.row,
                        key=result.key,
                        status=ROW_LABELS[result.status],
                        changed=", ".join(result.changed),
                    )
                )
        lines.append(phrase("משך: {seconds} שניות").format(seconds=f"{self.seconds:.1f}"))
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
