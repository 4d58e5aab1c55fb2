"""Importing residents and holdings from the council's CSV and Excel exports."""

from __future__ import annotations

import csv
import datetime as dt
import json

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.core.identity import complete_national_id
from desktop.core.oplog import Actor, rebuild_state
from desktop.counter.residents import search_residents
from desktop.extras.holdings import DISCOUNT_LABELS, STATUS_LABELS, expiry_note
from desktop.extras.importing import KIND_LABELS, ImportFileError, import_file
from desktop.models import (
    DogLicence,
    HouseholdMember,
    Locality,
    Operation,
    ParkingPermit,
    PropertyAccount,
    Resident,
    ResidentNameToken,
    ResidentStatus,
)
from desktop.phrases import phrase
from desktop.station.demo import build_demo
from tests.core.test_oplog import snapshot
from tests.test_phrases import HEBREW

TODAY = dt.date(2026, 3, 1)
ID1 = complete_national_id("03933742")  # 039337423
ID2 = complete_national_id("20000001")
ID3 = complete_national_id("00012345")  # leading zeros
ID4 = complete_national_id("31415926")

RESIDENT_HEADERS = [
    "ת.ז.",
    "שם פרטי",
    "שם משפחה",
    "תאריך לידה",
    "מין",
    "טלפון",
    'דוא"ל',
    "יישוב",
    "כתובת",
    "ערוץ קשר",
    "שפה",
]
GOOD_ROWS = [
    [ID1, "יוסף", "כהן", "02/01/1950", "ז", "050-1234567", "", "כדורי", "הגפן 3", "טלפון", "עברית"],
    [
        ID2,
        "דנה",
        "לוי",
        "1980-03-15",
        "נ",
        "+972 52-111-1111",
        "Dana@Example.co.il",
        "ARB",
        "הזית 1",
        "email",
        "he",
    ],
    [ID3, "Olga", "Petrova", "7.11.1961", "F", "04-6628000", "", "מצפה נטופה", "", "", "רוסית"],
]


def write_csv(path, headers, rows, encoding="utf-8-sig"):
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def write_xlsx(path, headers, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def count(session, model, *where):
    return session.scalar(select(func.count()).select_from(model).where(*where))


def ops(session, kind):
    return count(session, Operation, Operation.kind == kind)


def run(sessions, actor, path, kind="residents", **kw):
    # An import is the station's own act (`dalpak import`), not a clerk's.
    system = Actor(None, actor.station_id, actor.station_code)
    with sessions.begin() as s:
        return import_file(s, system, path, kind, today=TODAY, **kw)


def by_id(session, national_id):
    return session.scalars(select(Resident).where(Resident.national_id == national_id)).one()


# --- residents ------------------------------------------------------------------------------


def test_csv_with_hebrew_headers_creates_residents(sessions, seeded, tmp_path):
    path = write_csv(tmp_path / "residents.csv", RESIDENT_HEADERS, GOOD_ROWS)
    report = run(sessions, seeded, path)
    assert report.counts == {"rows": 3, "created": 3, "updated": 0, "unchanged": 0, "errors": 0}
    assert report.written
    assert [r.row for r in report.results] == [2, 3, 4]
    with sessions() as s:
        yossi, dana, olga = (by_id(s, n) for n in (ID1, ID2, ID3))
        kadoorie = s.scalars(select(Locality).where(Locality.code == "KDR")).one()
        assert (yossi.first_name, yossi.last_name, yossi.birth_date) == (
            "יוסף",
            "כהן",
            dt.date(1950, 1, 2),
        )
        assert (yossi.gender, yossi.phone, yossi.locality_id, yossi.address) == (
            "M",
            "0501234567",
            kadoorie.id,
            "הגפן 3",
        )
        assert (dana.phone, dana.email, dana.preferred_channel) == (
            "0521111111",
            "dana@example.co.il",
            "email",
        )
        assert ID3.startswith("000") and olga.national_id == ID3
        assert (olga.birth_date, olga.gender, olga.phone, olga.language) == (
            dt.date(1961, 11, 7),
            "F",
            "046628000",
            "ru",
        )
        assert olga.preferred_channel == "phone"  # an empty cell of a new resident: the default
        assert ops(s, "resident.created") == 3
        assert count(s, ResidentNameToken) > 0
        # The imported residents are found at the counter like any other.
        assert [h.national_id for h in search_residents(s, seeded, "כהן יוס")] == [ID1]


def test_xlsx_with_english_headers_and_excel_cells(sessions, seeded, tmp_path):
    headers = ["ID", "First Name", "Last_Name", "Date of birth", "Gender", "Phone", "Locality"]
    rows = [
        [
            int(ID3),
            "Olga",
            "Petrova",
            dt.datetime(1961, 11, 7),
            "F",
            501234567,
            "MNT",
        ],  # zeros lost
        [ID4, "Amir", "Haddad", 29221, "M", "0541234567", "כפר קיש"],  # an unformatted date cell
    ]
    report = run(sessions, seeded, write_xlsx(tmp_path / "people.xlsx", headers, rows))
    assert report.created == 2 and report.errors == 0, report.as_text()
    with sessions() as s:
        olga, amir = by_id(s, ID3), by_id(s, ID4)
        assert (olga.birth_date, olga.phone) == (dt.date(1961, 11, 7), "0501234567")
        assert amir.birth_date == dt.date(1980, 1, 1)


def test_windows_hebrew_encoding_and_semicolons(sessions, seeded, tmp_path):
    path = tmp_path / "old-system.csv"
    text = "תעודת זהות;שם פרטי;שם משפחה;יישוב\n" + f"{ID1};יוסף;כהן;כדורי\n"
    path.write_bytes(text.encode("cp1255"))
    report = run(sessions, seeded, path)
    assert report.created == 1, report.as_text()
    with sessions() as s:
        assert by_id(s, ID1).last_name == "כהן"


def test_bad_rows_are_reported_per_row_and_nothing_is_written(sessions, seeded, tmp_path):
    rows = [
        GOOD_ROWS[0],
        ["123456789", "רע", "בתז", "", "", "", "", "", "", "", ""],  # row 3: check digit
        [ID2, "דנה", "לוי", "31/02/1980", "", "", "", "", "", "", ""],  # row 4: no such date
        [ID3, "רות", "בר", "", "", "", "", "תל אביב", "", "", ""],  # row 5: not our locality
        [ID1, "יוסף", "כהן", "", "", "", "", "", "", "", ""],  # row 6: same ID as row 2
        [ID4, "אבי", "גל", "", "", "12345", "not-an-email", "", "", "", ""],  # row 7: two
    ]
    path = write_csv(tmp_path / "bad.csv", RESIDENT_HEADERS, rows)
    with sessions() as s:
        before = count(s, Operation)
    report = run(sessions, seeded, path)
    assert not report.written
    assert report.counts == {"rows": 6, "created": 0, "updated": 0, "unchanged": 0, "errors": 6}
    errors = {r.row: r.errors for r in report.results}
    assert errors[3][0].column == "ת.ז." and "ספרת הביקורת" in errors[3][0].message
    assert errors[4][0].column == "תאריך לידה" and errors[4][0].value == "31/02/1980"
    assert "אין תאריך כזה" in errors[4][0].message
    assert errors[5][0].column == "יישוב" and "אינו מוכר" in errors[5][0].message
    for row in (2, 6):
        assert "יותר מפעם אחת (שורות 2, 6)" in errors[row][0].message
    assert {e.column for e in errors[7]} == {"טלפון", 'דוא"ל'}
    text = report.as_text()
    assert 'שורה 3, עמודה "ת.ז." (הערך: "123456789")' in text
    assert "דבר לא נכתב" in text
    data = json.loads(report.as_json())
    assert data["counts"]["errors"] == 6 and data["rows"][1]["errors"][0]["column"] == "ת.ז."
    with sessions() as s:
        assert count(s, Resident) == 0
        assert count(s, Operation) == before


def test_skip_bad_imports_only_the_good_rows(sessions, seeded, tmp_path):
    rows = [GOOD_ROWS[0], ["123456789", "רע", "בתז"] + [""] * 8, GOOD_ROWS[1]]
    report = run(
        sessions, seeded, write_csv(tmp_path / "mixed.csv", RESIDENT_HEADERS, rows), skip_bad=True
    )
    assert report.written and (report.created, report.errors) == (2, 1)
    assert [r.row for r in report.bad_rows] == [3]
    assert "השורות התקינות יובאו" in report.as_text()
    with sessions() as s:
        assert sorted(s.scalars(select(Resident.national_id))) == sorted([ID1, ID2])


def test_dry_run_checks_and_writes_nothing(sessions, seeded, tmp_path):
    path = write_csv(tmp_path / "residents.csv", RESIDENT_HEADERS, GOOD_ROWS)
    report = run(sessions, seeded, path, dry_run=True)
    assert report.created == 3 and not report.written
    assert "בדיקה בלבד" in report.as_text() and "ייווצרו: 3" in report.as_text()
    with sessions() as s:
        assert count(s, Resident) == 0


def test_reimport_creates_nothing_and_a_changed_phone_is_one_update(sessions, seeded, tmp_path):
    path = write_csv(tmp_path / "residents.csv", RESIDENT_HEADERS, GOOD_ROWS)
    run(sessions, seeded, path)
    with sessions() as s:
        ops_before = count(s, Operation)
    again = run(sessions, seeded, path)
    assert again.counts == {"rows": 3, "created": 0, "updated": 0, "unchanged": 3, "errors": 0}
    with sessions() as s:
        assert count(s, Resident) == 3 and count(s, Operation) == ops_before

    changed = [row[:] for row in GOOD_ROWS]
    changed[1][5] = "053-7654321"
    report = run(
        sessions, seeded, write_csv(tmp_path / "residents2.csv", RESIDENT_HEADERS, changed)
    )
    assert report.counts == {"rows": 3, "created": 0, "updated": 1, "unchanged": 2, "errors": 0}
    assert report.results[1].changed == ["טלפון"]
    with sessions() as s:
        assert count(s, Operation) == ops_before + 1
        update = s.scalars(select(Operation).where(Operation.kind == "resident.updated")).one()
        dana = by_id(s, ID2)
        assert update.entity_id == dana.id
        assert {k for k in update.payload if k != "_base"} == {"phone"}
        assert dana.phone == "0537654321" and count(s, Resident) == 3


def test_empty_cells_and_missing_columns_keep_what_is_known(sessions, seeded, tmp_path):
    run(sessions, seeded, write_csv(tmp_path / "full.csv", RESIDENT_HEADERS, GOOD_ROWS))
    # Only ID and phone; Dana's phone cell is empty: nothing of hers is erased.
    rows = [[ID1, "0549999999"], [ID2, ""]]
    report = run(sessions, seeded, write_csv(tmp_path / "phones.csv", ["ת.ז.", "נייד"], rows))
    assert (report.updated, report.unchanged) == (1, 1)
    with sessions() as s:
        yossi, dana = by_id(s, ID1), by_id(s, ID2)
        assert yossi.phone == "0549999999" and yossi.address == "הגפן 3"
        assert dana.phone == "0521111111" and dana.email == "dana@example.co.il"


def test_a_new_resident_needs_names_and_rules_of_the_form_apply(sessions, seeded, tmp_path):
    rows = [[ID1, "0501234567", "whatsapp"], [ID2, "046628000", "וואטסאפ"]]
    run(sessions, seeded, write_csv(tmp_path / "r.csv", RESIDENT_HEADERS, [GOOD_ROWS[0]]))
    report = run(
        sessions,
        seeded,
        write_csv(tmp_path / "c.csv", ["ת.ז.", "טלפון", "ערוץ קשר"], rows),
        skip_bad=True,
    )
    assert report.results[0].status == "updated"
    err = report.results[1].errors[0]
    assert (err.column, err.message) == ("שם פרטי", "יש להקליד שם פרטי.")
    rows = [[ID1, "046628000"]]  # landline only, but the channel is now WhatsApp
    report = run(sessions, seeded, write_csv(tmp_path / "d.csv", ["ת.ז.", "טלפון"], rows))
    assert report.results[0].errors[0].column == "טלפון"
    assert "נייד" in report.results[0].errors[0].message


def test_a_file_without_an_id_column_or_with_two_is_refused(sessions, seeded, tmp_path):
    with pytest.raises(ImportFileError, match="חסרה בקובץ עמודת חובה"):
        run(sessions, seeded, write_csv(tmp_path / "a.csv", ["שם פרטי", "שם משפחה"], [["א", "ב"]]))
    with pytest.raises(ImportFileError, match="אותו שדה"):
        run(sessions, seeded, write_csv(tmp_path / "b.csv", ["ת.ז.", "id"], [[ID1, ID1]]))
    with pytest.raises(ImportFileError, match="לא נמצא"):
        run(sessions, seeded, tmp_path / "missing.csv")


# --- holdings -------------------------------------------------------------------------------


def _residents(sessions, actor, tmp_path):
    run(sessions, actor, write_csv(tmp_path / "residents.csv", RESIDENT_HEADERS, GOOD_ROWS))


HOLDING_FILES = {
    "property_accounts": (
        ["ת.ז.", "מספר חשבון", "כתובת", "שטח", "הנחות", "יתרה"],
        [
            [ID1, "1001", "הגפן 3", "120.5", "pensioner, נכות", "1,250.00"],
            [ID2, "1002", "הזית 1", "95", "", "0"],
        ],
    ),
    "dog_licences": (
        ["ת.ז.", "שם הכלב", "שבב", "תוקף רישיון", "חיסון כלבת"],
        [
            [ID1, "רקסי", "985112000123456", "31/12/2026", "01/02/2026"],
            [ID2, "לונה", "", "2026-06-30", ""],
        ],
    ),
    "parking_permits": (
        ["ת.ז.", "מספר רכב", "תוקף"],
        [[ID1, "1234567", "31/12/2026"], [ID2, "123-45-678", "30/06/2026"]],
    ),
    "household": (
        ["ת.ז.", "שם", "קרבה", "תאריך לידה"],
        [[ID2, "נועה", "בת", "01/09/2015"], [ID2, "איתי", "בן", ""], [ID1, "שרה", "בת זוג", ""]],
    ),
    "statuses": (
        ["ת.ז.", "סטטוס", "מתאריך", "עד תאריך"],
        [
            [ID1, "new_immigrant", "01/01/2025", ""],
            [ID2, "הורה יחידה", "", ""],
            [ID3, "חייל", "01/08/2025", "31/07/2027"],
        ],
    ),
}


def test_holdings_import_and_reimport(sessions, seeded, tmp_path):
    _residents(sessions, seeded, tmp_path)
    for kind, (headers, rows) in HOLDING_FILES.items():
        path = write_csv(tmp_path / f"{kind}.csv", headers, rows)
        report = run(sessions, seeded, path, kind)
        assert (report.created, report.errors) == (len(rows), 0), report.as_text()
        again = run(sessions, seeded, path, kind)
        assert (again.created, again.updated, again.unchanged) == (0, 0, len(rows)), kind
    with sessions() as s:
        yossi, dana, olga = (by_id(s, n) for n in (ID1, ID2, ID3))
        account = s.scalars(
            select(PropertyAccount).where(PropertyAccount.account_number == "1001")
        ).one()
        assert account.resident_id == yossi.id
        assert (account.area_sqm, account.balance) == (120.5, 1250)
        assert sorted(account.discounts) == ["disability", "pensioner"]
        rex = s.scalars(select(DogLicence).where(DogLicence.dog_name == "רקסי")).one()
        assert (rex.chip_number, rex.licence_expiry) == ("985112000123456", dt.date(2026, 12, 31))
        plates = sorted(s.scalars(select(ParkingPermit.vehicle_plate)))
        assert plates == ["12-345-67", "123-45-678"]
        kids = s.scalars(
            select(HouseholdMember).where(HouseholdMember.resident_id == dana.id)
        ).all()
        assert sorted((k.name, k.relation) for k in kids) == [("איתי", "child"), ("נועה", "child")]
        codes = {(st.resident_id, st.code) for st in s.scalars(select(ResidentStatus))}
        assert codes == {
            (yossi.id, "new_immigrant"),
            (dana.id, "single_parent"),
            (olga.id, "soldier"),
        }
        assert ops(s, "holding.upserted") == sum(len(r) for _h, r in HOLDING_FILES.values())


def test_a_changed_holding_is_updated_in_place(sessions, seeded, tmp_path):
    _residents(sessions, seeded, tmp_path)
    headers, rows = HOLDING_FILES["property_accounts"]
    run(sessions, seeded, write_csv(tmp_path / "a.csv", headers, rows), "property_accounts")
    changed = [row[:] for row in rows]
    changed[0][5] = "0"  # paid
    changed[1][0] = ID3  # the account moved to another resident
    with sessions() as s:
        ops_before = count(s, Operation)
    report = run(
        sessions, seeded, write_csv(tmp_path / "b.csv", headers, changed), "property_accounts"
    )
    assert (report.updated, report.created) == (2, 0)
    assert report.results[0].changed == ["יתרה"] and report.results[1].changed == ["תושב/ת"]
    with sessions() as s:
        assert count(s, Operation) == ops_before + 2 and count(s, PropertyAccount) == 2
        moved = s.scalars(
            select(PropertyAccount).where(PropertyAccount.account_number == "1002")
        ).one()
        assert moved.resident_id == by_id(s, ID3).id


def test_a_dog_listed_without_a_chip_is_matched_by_name_then_given_its_chip(
    sessions, seeded, tmp_path
):
    _residents(sessions, seeded, tmp_path)
    headers = ["ת.ז.", "שם הכלב", "שבב", "תוקף רישיון"]
    run(
        sessions,
        seeded,
        write_csv(tmp_path / "a.csv", headers, [[ID2, "לונה", "", "30/06/2026"]]),
        "dog_licences",
    )
    rows = [[ID2, "לונה", "985112000999999", "30/06/2027"]]
    report = run(sessions, seeded, write_csv(tmp_path / "b.csv", headers, rows), "dog_licences")
    assert (report.updated, report.created) == (1, 0)
    with sessions() as s:
        dog = s.scalars(select(DogLicence)).one()
        assert (dog.chip_number, dog.licence_expiry) == ("985112000999999", dt.date(2027, 6, 30))


def test_bad_holding_rows(sessions, seeded, tmp_path):
    _residents(sessions, seeded, tmp_path)
    headers = ["ת.ז.", "מספר חשבון", "שטח", "הנחות", "יתרה"]
    rows = [
        [ID1, "1001", "120", "", "0"],
        [ID4, "1002", "80", "", "0"],  # row 3: valid ID, nobody registered
        [ID2, "1001", "80", "", "0"],  # row 4: the same account as row 2
        [ID3, "1003", "", "", "0"],  # row 5: no area for a new account
        [ID3, "1004", "90", "ותק", "abc"],  # row 6: unknown discount, bad number
    ]
    report = run(
        sessions, seeded, write_csv(tmp_path / "a.csv", headers, rows), "property_accounts"
    )
    errors = {r.row: r.errors for r in report.results}
    assert "לא נמצא/ה במסד תושב/ת עם תעודת הזהות" in errors[3][0].message
    assert errors[3][0].column == "ת.ז."
    assert errors[2][0].column == "מספר חשבון" and "שורות 2, 4" in errors[2][0].message
    assert errors[5][0].column == "שטח" and "חסר ערך" in errors[5][0].message
    assert {e.column for e in errors[6]} == {"הנחות", "יתרה"}
    with sessions() as s:
        assert count(s, PropertyAccount) == 0


def test_the_import_reports_in_the_users_language(sessions, seeded, tmp_path, english):
    """IT who reads English gets the report and the rows' errors in English, with the rows,
    numbers and keys filled in; the statuses a council writes in Hebrew are still recognised."""
    _residents(sessions, seeded, tmp_path)
    english.console("en")
    headers = ["ת.ז.", "מספר חשבון", "שטח", "יתרה"]
    rows = [
        [ID1, "1001", "120", "0"],
        [ID4, "1002", "80", "0"],  # row 3: valid ID, nobody registered
        [ID2, "1001", "80", "0"],  # row 4: the same account as row 2
        [ID3, "1003", "", "0"],  # row 5: no area for a new account
    ]
    path = write_csv(tmp_path / "accounts.csv", headers, rows)
    report = run(sessions, seeded, path, "property_accounts")
    errors = {r.row: [e.message for e in r.errors] for r in report.results}
    assert errors[3] == [
        f"No resident with ID number {ID4} was found in the database. Import the residents"
        " file first, or register the resident at the counter."
    ]
    assert errors[4] == ["Account number 1001 appears in the file more than once (rows 2, 4)."]
    assert errors[5] == ["A value is missing: Area."]
    lines = report.as_text().splitlines()
    assert lines[:3] == [
        "Import of arnona (property tax) accounts from the file accounts.csv",
        "Rows: 4 | to be created: 0 | to be updated: 0 | unchanged: 0 | wrong: 4",
        "Nothing was written to the database because some rows are wrong. Correct them and"
        " import the file again.",
    ]
    assert 'Row 5, column "שטח": A value is missing: Area.' in lines
    assert not HEBREW.search("".join(lines[:3] + [m for ms in errors.values() for m in ms]))
    statuses = [[ID1, "חייל/ת בשירות סדיר", "", ""], [ID2, "עולה חדש/ה", "", ""]]
    path = write_csv(tmp_path / "statuses.csv", ["ת.ז.", "סטטוס", "מתאריך", "עד תאריך"], statuses)
    assert run(sessions, seeded, path, "statuses").created == 2
    with pytest.raises(ImportFileError) as unknown:
        run(sessions, seeded, path, "pets")
    assert unknown.value.message.startswith("Unknown import kind: pets. Possible: residents,")
    assert (STATUS_LABELS["soldier"], DISCOUNT_LABELS["pensioner"]) == (
        "Soldier in regular service",
        "Senior citizen",
    )
    assert expiry_note(TODAY - dt.timedelta(days=3), TODAY) == "expired 3 days ago"
    # A cell's own errors and a missing column, said with the values the file has.
    bad = [[ID1, "31/02/1990", "x", "99"]]
    path = write_csv(tmp_path / "bad.csv", ["ת.ז.", "מתאריך", "סטטוס", "עד תאריך"], bad)
    row = {e.column: e.message for e in run(sessions, seeded, path, "statuses").results[0].errors}
    assert row["מתאריך"] == "There is no such date in the calendar (day 31, month 2, year 1990)."
    assert row["סטטוס"].startswith("The status: not recognised. You may write: soldier/חייל,")
    assert row["עד תאריך"].startswith("The date is not valid. Write day/month/year")
    path = write_csv(tmp_path / "nameless.csv", ["שם פרטי"], [["דנה"]])
    with pytest.raises(ImportFileError) as missing:
        run(sessions, seeded, path, "residents")
    assert missing.value.message == (
        f'A required column is missing from the file: "{phrase("ת.ז.")}".'
        ' Headers found in row 1: "שם פרטי".'
    )
    assert not HEBREW.search(phrase("ת.ז."))
    english.console("he")
    assert KIND_LABELS["statuses"] == "סטטוסים"
    assert expiry_note(TODAY + dt.timedelta(days=5), TODAY) == "בתוקף עוד 5 ימים"


def test_import_equals_a_rebuild_of_the_log(sessions, seeded, tmp_path):
    _residents(sessions, seeded, tmp_path)
    for kind, (headers, rows) in HOLDING_FILES.items():
        run(sessions, seeded, write_csv(tmp_path / f"{kind}.csv", headers, rows), kind)
    changed = [row[:] for row in GOOD_ROWS]
    changed[0][2] = "כהן-לוי"
    run(sessions, seeded, write_csv(tmp_path / "again.csv", RESIDENT_HEADERS, changed))
    headers, rows = HOLDING_FILES["dog_licences"]
    rows = [rows[0][:3] + ["31/12/2027", ""]]
    run(sessions, seeded, write_csv(tmp_path / "dogs2.csv", headers, rows), "dog_licences")
    with sessions() as s:
        before = snapshot(s)
        assert len(before["residents"]) == 3 and len(before["dog_licences"]) == 2
    with sessions.begin() as s:
        rebuild_state(s)
    with sessions() as s:
        assert snapshot(s) == before


def test_demo_export_imports_into_a_fresh_database(sessions, seeded, tmp_path):
    """The demo's residents, written out as the old system would, come back the same."""
    from desktop.core.db import local_station, open_database, session_factory
    from desktop.core.oplog import Actor

    source = open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}", station_code="ARB")
    try:
        with session_factory(source).begin() as s:
            station = local_station(s)
            build_demo(s, Actor(None, station.id, station.code), residents=300, seed=4, cases=0)
        with session_factory(source)() as s:
            codes = {loc.id: loc.code for loc in s.scalars(select(Locality))}
            residents = list(s.scalars(select(Resident)))
            accounts = [
                (a, s.get(Resident, a.resident_id).national_id)
                for a in s.scalars(select(PropertyAccount))
            ]
    finally:
        source.dispose()
    headers = [
        "ת.ז.",
        "שם פרטי",
        "שם משפחה",
        "תאריך לידה",
        "מין",
        "טלפון",
        "טלפון נוסף",
        'דוא"ל',
        "יישוב",
        "כתובת",
        "ערוץ קשר מועדף",
        "שפה",
        "נגישות",
    ]
    rows = [
        [
            r.national_id,
            r.first_name,
            r.last_name,
            r.birth_date.strftime("%d/%m/%Y"),
            {"M": "ז", "F": "נ"}[r.gender],
            r.phone,
            r.phone2,
            r.email,
            codes[r.locality_id],
            r.address,
            r.preferred_channel,
            r.language,
            r.accessibility,
        ]
        for r in residents
    ]
    path = write_csv(tmp_path / "export.csv", headers, rows)
    report = run(sessions, seeded, path)
    assert (report.created, report.errors) == (300, 0), report.as_text()
    account_rows = [
        [nid, a.account_number, a.address, str(a.area_sqm), ",".join(a.discounts), str(a.balance)]
        for a, nid in accounts
    ]
    headers, _rows = HOLDING_FILES["property_accounts"]
    acc_path = write_csv(tmp_path / "accounts.csv", headers, account_rows)
    assert run(sessions, seeded, acc_path, "property_accounts").created == len(accounts)
    with sessions() as s:
        for r in residents[:20]:
            mine = by_id(s, r.national_id)
            for name in (
                "first_name",
                "last_name",
                "birth_date",
                "phone",
                "phone2",
                "email",
                "address",
                "preferred_channel",
                "language",
                "accessibility",
            ):
                assert getattr(mine, name) == getattr(r, name), name
    assert run(sessions, seeded, path).unchanged == 300
    assert run(sessions, seeded, acc_path, "property_accounts").unchanged == len(accounts)
