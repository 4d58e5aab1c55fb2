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

The package: `files` reads a CSV or Excel file into rows of cells, `cells` parses one value,
`columns` maps a file's headers to the fields of its kind, `rows` validates every row and
decides what it does (new, changed, the same, bad), `apply` writes it and holds the entry points,
`report` says what happened row by row, `kinds` lists what can be imported.
"""

from __future__ import annotations

from desktop.extras.importing.apply import import_file, import_table
from desktop.extras.importing.cells import Parser
from desktop.extras.importing.columns import COLUMNS, Column
from desktop.extras.importing.files import Table, read_table
from desktop.extras.importing.kinds import (
    HOLDING_FIELD_LABELS,
    IMPORT_KINDS,
    KIND_LABELS,
    ImportFileError,
)
from desktop.extras.importing.report import ImportReport, RowError, RowResult

__all__ = [
    "COLUMNS",
    "Column",
    "HOLDING_FIELD_LABELS",
    "IMPORT_KINDS",
    "ImportFileError",
    "ImportReport",
    "KIND_LABELS",
    "Parser",
    "RowError",
    "RowResult",
    "Table",
    "import_file",
    "import_table",
    "read_table",
]
