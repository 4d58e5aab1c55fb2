"""Reading an import file (CSV in any common encoding, or Excel) into rows of cells."""

from __future__ import annotations

import csv
import datetime as dt
import io
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.core.textsearch import normalize_name
from desktop.extras.importing.kinds import ImportFileError
from desktop.phrases import phrase

# --- reading the file -----------------------------------------------------------------------


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, list[Any]]]  # (row number in the file, cells)


def read_table(path: Path) -> Table:
    """The header and the non-empty rows of a CSV file or of an Excel workbook's first sheet."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(phrase("הקובץ לא נמצא: {path}").format(path=path))
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFileError(
            phrase("קובצי Excel ישנים (xls) אינם נתמכים. יש לשמור את הקובץ כ-xlsx או כ-CSV.")
        )
    with path.open("rb") as fh:
        magic = fh.read(4)
    if suffix in {".xlsx", ".xlsm"} or magic == b"PK\x03\x04":
        grid = _read_xlsx(path)
    else:
        grid = _read_csv(path)
    header_at = next((n for n, cells in grid if not _empty_row(cells)), None)
    if header_at is None:
        raise ImportFileError(phrase("הקובץ ריק: אין בו שורת כותרות."))
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
            raise ImportFileError(phrase("הקובץ מסומן כ-UTF-8 אך יש בו תווים פגומים.")) from None
        try:
            text = data.decode("cp1255")  # Hebrew Windows, as older council systems export
        except UnicodeDecodeError as err:
            raise ImportFileError(
                phrase("לא ניתן לקרוא את הקובץ: הקידוד אינו UTF-8 ואינו Windows-1255.")
            ) from err
    first_line = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first_line.count)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        return [(number, row) for number, row in enumerate(reader, start=1)]
    except csv.Error as err:
        raise ImportFileError(phrase("קובץ ה-CSV אינו תקין: {error}").format(error=err)) from err


def _read_xlsx(path: Path) -> list[tuple[int, list[Any]]]:
    import openpyxl

    try:
        with warnings.catch_warnings():
            # Workbooks saved by other programs often make openpyxl warn about styles.
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # a damaged or foreign file: openpyxl raises many kinds
        raise ImportFileError(
            phrase("לא ניתן לפתוח את קובץ ה-Excel: {error}").format(error=err)
        ) from err
    try:
        if not book.worksheets:
            raise ImportFileError(phrase("בקובץ ה-Excel אין גיליונות."))
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
