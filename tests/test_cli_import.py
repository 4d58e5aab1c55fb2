"""`dalpak import`: a report in Hebrew or JSON, exit code 2 when rows were bad."""

from __future__ import annotations

import contextlib
import csv
import io
import json

import openpyxl
import pytest

from desktop.cli import EXIT_USAGE, build_parser, main
from desktop.core.identity import complete_national_id
from desktop.extras.importing import IMPORT_KINDS

ID1 = complete_national_id("03933742")
ID2 = complete_national_id("20000001")
HEADERS = ["ת.ז.", "שם פרטי", "שם משפחה", "תאריך לידה", "טלפון", "יישוב"]
GOOD = [
    [ID1, "יוסף", "כהן", "02/01/1950", "050-1234567", "כדורי"],
    [ID2, "דנה", "לוי", "15/03/1980", "0521111111", "ארבל"],
]
BAD = [GOOD[0], ["123456789", "רע", "בתז", "", "", ""], GOOD[1], [ID2, "דנה", "לוי", "", "", "עכו"]]


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'station.sqlite3'}"
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["--db", url, "init"]) == 0
    return url


def write_csv(path, rows, headers=HEADERS):
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        writer.writerows(rows)
    return str(path)


def import_json(db, capsys, *args):
    code = main(["--db", db, "import", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_import_then_import_again(db, tmp_path, capsys):
    path = write_csv(tmp_path / "residents.csv", GOOD)
    assert main(["--db", db, "import", path]) == 0
    out = capsys.readouterr().out
    assert "ייבוא תושבים מהקובץ residents.csv" in out and "נוצרו: 2" in out
    code, report = import_json(db, capsys, path)
    assert code == 0
    assert report["counts"] == {"rows": 2, "created": 0, "updated": 0, "unchanged": 2, "errors": 0}
    assert [r["status"] for r in report["rows"]] == ["unchanged", "unchanged"]


def test_bad_rows_exit_2_and_nothing_is_written(db, tmp_path, capsys):
    path = write_csv(tmp_path / "bad.csv", BAD)
    assert main(["--db", db, "import", path]) == EXIT_USAGE
    out = capsys.readouterr().out
    assert 'שורה 3, עמודה "ת.ז." (הערך: "123456789")' in out
    assert 'שורה 5, עמודה "יישוב" (הערך: "עכו")' in out
    assert "שורות 4, 5" in out and "דבר לא נכתב" in out and "--skip-bad" in out
    code, report = import_json(db, capsys, path)
    assert code == EXIT_USAGE and report["written"] is False
    assert [r["row"] for r in report["rows"] if r["status"] == "error"] == [3, 4, 5]
    # Nothing was written: a check of the good file alone would still create both.
    code, report = import_json(db, capsys, write_csv(tmp_path / "good.csv", GOOD), "--dry-run")
    assert code == 0 and report["counts"]["created"] == 2 and report["dry_run"] is True


def test_skip_bad_imports_the_good_rows_and_still_exits_2(db, tmp_path, capsys):
    path = write_csv(tmp_path / "bad.csv", BAD)
    code, report = import_json(db, capsys, path, "--skip-bad")
    assert code == EXIT_USAGE and report["written"] is True
    assert (report["counts"]["created"], report["counts"]["errors"]) == (1, 3)
    code, report = import_json(db, capsys, write_csv(tmp_path / "good.csv", GOOD))
    assert code == 0
    assert [r["status"] for r in report["rows"]] == ["unchanged", "created"]


def test_dry_run_writes_nothing(db, tmp_path, capsys):
    path = write_csv(tmp_path / "residents.csv", GOOD)
    assert main(["--db", db, "import", path, "--dry-run"]) == 0
    assert "בדיקה בלבד" in capsys.readouterr().out
    code, report = import_json(db, capsys, path)
    assert report["counts"]["created"] == 2


def test_holdings_from_excel(db, tmp_path, capsys):
    assert main(["--db", db, "import", write_csv(tmp_path / "r.csv", GOOD)]) == 0
    book = openpyxl.Workbook()
    book.active.append(["ת.ז.", "שם הכלב", "שבב", "תוקף רישיון", "חיסון כלבת"])
    book.active.append([int(ID1), "רקסי", 985112000123456, "31/12/2026", None])
    book.active.append([ID2, "לונה", None, "30/06/2026", "01/01/2026"])
    book.save(tmp_path / "dogs.xlsx")
    capsys.readouterr()
    args = [str(tmp_path / "dogs.xlsx"), "--kind", "dog_licences"]
    code, report = import_json(db, capsys, *args)
    assert code == 0 and report["counts"]["created"] == 2, report
    code, report = import_json(db, capsys, *args)
    assert code == 0 and report["counts"]["unchanged"] == 2


def test_unknown_resident_in_a_holdings_file(db, tmp_path, capsys):
    rows = [[ID1, "12-345-67", "31/12/2026"]]
    path = write_csv(tmp_path / "permits.csv", rows, ["ת.ז.", "מספר רכב", "תוקף"])
    assert main(["--db", db, "import", path, "--kind", "parking_permits"]) == EXIT_USAGE
    assert f"לא נמצא/ה במסד תושב/ת עם תעודת הזהות {ID1}" in capsys.readouterr().out


def test_file_errors_are_printed_in_hebrew(db, tmp_path, capsys):
    assert main(["--db", db, "import", str(tmp_path / "none.csv")]) == EXIT_USAGE
    assert "הקובץ לא נמצא" in capsys.readouterr().err
    path = write_csv(tmp_path / "x.csv", [["א"]], ["שם"])
    assert main(["--db", db, "import", path]) == EXIT_USAGE
    assert 'חסרה בקובץ עמודת חובה: "ת.ז."' in capsys.readouterr().err


def test_kinds_of_the_command_are_the_importers():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices["import"]
    kind = next(a for a in sub._actions if a.dest == "kind")
    assert list(kind.choices) == list(IMPORT_KINDS)
