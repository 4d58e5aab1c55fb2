"""Setting up a station: standalone or joined to a real hub, the first admin, the council on
receipts; what survives a restart; what only an admin may change; clear messages for typos."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import func, select

from desktop.core import clock
from desktop.core.db import local_station, open_database, session_factory
from desktop.core.errors import NotAllowed, ValidationError
from desktop.core.oplog import Actor
from desktop.core.users import Role, authenticate, create_user
from desktop.counter.cases import ItemDraft, open_case
from desktop.counter.receipt_data import receipt_pdf
from desktop.counter.reference import council as shipped_council
from desktop.counter.reference import shipped_council_name
from desktop.counter.residents import ResidentForm, create_resident
from desktop.models import Department, RequestType, SyncState, User
from desktop.station import config as sc
from desktop.sync.client import station_token
from tests.conftest import PASSWORD
from tests.sync.conftest import HubServer, free_port

ADMIN = sc.AdminAccount("Rachel", "רחל אדמון", "admin-pass-1")
COUNCIL_ADMIN = sc.AdminAccount("Avi", "", "council-admin-1")  # registered on the hub


def make_logo(path, size=(320, 200)):
    image = Image.new("RGB", size, "white")
    image.paste((20, 110, 60), (40, 40, size[0] - 40, size[1] - 40))
    image.save(path)
    return path


@pytest.fixture
def fresh(tmp_path, sqlite_templates):
    engine = open_database(
        sqlite_templates.migrated(tmp_path / "fresh.sqlite3"), station_code="KDR"
    )
    yield engine
    engine.dispose()


def standalone(tmp_path, **kw) -> sc.StationSetup:
    values = dict(
        council_name="מועצה אזורית עמק הניסוי",
        logo=make_logo(tmp_path / "logo.png"),
        admin=ADMIN,
        station_code="mtl",
    )
    values.update(kw)
    return sc.StationSetup(**values)


def test_a_fresh_database_needs_the_first_run_and_a_set_up_one_does_not(fresh, tmp_path):
    sessions = session_factory(fresh)
    with sessions() as session:
        assert sc.needs_first_run(session)
    report = sc.setup_station(sessions, standalone(tmp_path))
    assert report == sc.SetupReport("MTL", admin_created=True, pulled=0)
    with sessions() as session:
        assert not sc.needs_first_run(session)
        assert local_station(session).code == "MTL"
        admin = authenticate(session, "rachel", "admin-pass-1")
        assert admin.role == Role.ADMIN and admin.full_name == "רחל אדמון"
        assert session.scalar(select(func.count()).select_from(Department)) > 0
        assert session.scalar(select(func.count()).select_from(RequestType)) > 0


def test_configuration_is_read_back_after_a_restart(fresh, tmp_path):
    sc.setup_station(session_factory(fresh), standalone(tmp_path))
    url = fresh.url.render_as_string(hide_password=False)
    fresh.dispose()
    (tmp_path / "logo.png").unlink()  # the station keeps its own copy of the logo
    engine = open_database(url, station_code="KDR")  # the code of a new database is ignored
    try:
        with session_factory(engine)() as session:
            config = sc.read_config(session)
            assert authenticate(session, "rachel", "admin-pass-1").role == Role.ADMIN
    finally:
        engine.dispose()
    assert config == sc.StationConfig("מועצה אזורית עמק הניסוי", True, "MTL", "")
    assert config.standalone
    logo = Image.open(io.BytesIO(sc.council_logo()))
    assert logo.size == (320, 200) and logo.format == "PNG"


def test_the_receipt_carries_the_configured_name_and_logo(fresh, tmp_path):
    sessions = session_factory(fresh)
    sc.setup_station(sessions, standalone(tmp_path))
    with sessions.begin() as session:
        station = local_station(session)
        admin_id = session.scalar(select(User.id).where(User.username == "rachel"))
        actor = Actor(admin_id, station.id, station.code)
        resident = create_resident(
            session,
            actor,
            ResidentForm(
                national_id="039337423", first_name="יוסף", last_name="כהן", phone="050-1234567"
            ),
        )
        type_id = session.scalars(select(RequestType.id)).first()
        case = open_case(
            session, actor, resident.id, [ItemDraft(type_id)], service_started_at=clock.utcnow()
        )
    with sessions() as session:
        pdf = receipt_pdf(session, actor, case.number)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    images = list(page.images)
    assert len(images) == 1 and images[0].image.size == (320, 200)
    text = page.extract_text()
    assert "הניסוי" in text or "הניסוי"[::-1] in text  # shaped right to left in the PDF
    sc.save_council("מועצה אזורית עמק הניסוי", remove_logo=True)
    with sessions() as session:
        assert not list(
            PdfReader(io.BytesIO(receipt_pdf(session, actor, case.number))).pages[0].images
        )


def test_without_a_configured_name_receipts_use_the_shipped_council():
    shipped = shipped_council()
    assert sc.council() == shipped and shipped.name == shipped_council_name()
    sc.save_council("  מועצה   מקומית  ")
    # Every screen, receipt and letter asks the same place.
    assert sc.council().name == shipped_council().name == "מועצה מקומית"
    assert sc.council().phone == shipped.phone


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"council_name": "   "}, "council_name"),
        ({"station_code": "מט"}, "station_code"),
        ({"station_code": "K"}, "station_code"),
        ({"admin": sc.AdminAccount("", "רחל", "admin-pass-1")}, "username"),
        ({"admin": sc.AdminAccount("rachel", " ", "admin-pass-1")}, "full_name"),
        ({"admin": sc.AdminAccount("rachel", "רחל", "short")}, "password"),
    ],
)
def test_bad_input_is_refused_before_anything_is_written(fresh, tmp_path, change, field):
    sessions = session_factory(fresh)
    with pytest.raises(ValidationError) as err:
        sc.setup_station(sessions, standalone(tmp_path, **change))
    assert err.value.field == field and err.value.message
    with sessions() as session:
        assert sc.needs_first_run(session) and local_station(session).code == "KDR"
    assert sc.logo_path() is None and sc.council().name == shipped_council_name()


def test_a_logo_that_is_not_an_image_is_refused(fresh, tmp_path):
    bad = tmp_path / "scan.png"
    bad.write_text("not a picture")
    with pytest.raises(ValidationError, match="תמונה") as err:
        sc.setup_station(session_factory(fresh), standalone(tmp_path, logo=bad))
    assert err.value.field == "logo"
    with pytest.raises(ValidationError, match="לא נמצא"):
        sc.check_logo(tmp_path / "missing.png")


def test_passwords_must_match():
    with pytest.raises(ValidationError, match="אינן זהות") as err:
        sc.check_admin("rachel", "רחל", "admin-pass-1", "admin-pass-2")
    assert err.value.field == "password_again"


def test_the_station_code_of_a_database_with_work_stays(engine, seeded, tmp_path):
    with pytest.raises(ValidationError, match="כבר יש עבודה"):
        sc.setup_station(session_factory(engine), standalone(tmp_path))


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("hub.council.local:8443", "https://"),
        ("ftp://hub.council.local", "https://"),
        ("https://", "שם שרת"),
        ("https://hub.council.local:99999", "פורט"),
    ],
)
def test_a_malformed_hub_address_says_what_is_wrong(url, words):
    with pytest.raises(ValidationError, match=words):
        sc.test_hub(sc.HubLink(url, "MTL", "token"))


def test_a_hub_that_does_not_answer_gives_a_clear_message():
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    with pytest.raises(ValidationError) as err:
        sc.test_hub(sc.HubLink(url, "MTL", "token"))
    assert err.value.message.startswith("אין חיבור למרכזת בכתובת 127.0.0.1:")
    assert "הפורט" in err.value.message and err.value.field == "hub_url"


@pytest.fixture
def hub(tmp_path):
    """A real hub on loopback, over its own SQLite database, with the council's data, a
    supervisor and a council admin who already exist there."""
    from desktop.sync.keys import add_station, init_hub

    engine = open_database(f"sqlite:///{tmp_path / 'hub.sqlite3'}", station_code="HUB")
    sessions = session_factory(engine)
    with sessions.begin() as session:
        init_hub(session)
        hub_station = local_station(session)
        actor = Actor(None, hub_station.id, hub_station.code)
        from desktop.station.seed import seed_reference_data

        seed_reference_data(session, actor)
        create_user(
            session,
            actor,
            username="rachel",
            full_name="רחל אדמון",
            role=Role.SUPERVISOR,
            password=PASSWORD,
        )
        create_user(
            session,
            actor,
            username="avi",
            full_name="אבי מנהל",
            role=Role.ADMIN,
            password=COUNCIL_ADMIN.password,
        )
        _identity, token = add_station(session, actor, "ARB")
    server = HubServer(engine).start()
    server.token = token
    yield server
    server.stop()
    engine.dispose()


def test_joining_a_hub_takes_its_identity_data_and_users(fresh, tmp_path, hub):
    link = sc.HubLink(hub.url + "/", "arb", hub.token)
    assert sc.test_hub(link) == "ARB"
    with pytest.raises(ValidationError, match="שייך לעמדה ARB"):
        sc.test_hub(sc.HubLink(hub.url, "MTL", hub.token))
    with pytest.raises(ValidationError, match="אסימון שגוי"):
        sc.test_hub(sc.HubLink(hub.url, "ARB", "ARB.wrong"))
    sessions = session_factory(fresh)
    report = sc.setup_station(sessions, standalone(tmp_path, hub=link, admin=COUNCIL_ADMIN))
    # The station opens with the council admin's account from the hub: nothing made here.
    assert report.station_code == "ARB" and not report.admin_created and report.pulled > 0
    with sessions() as session:
        config = sc.read_config(session)
        assert config.station_code == "ARB" and config.hub_url == hub.url
        # The token is in the OS credential store, not in the database.
        assert session.get(SyncState, 1).token == ""
        assert station_token(session) == hub.token
        assert authenticate(session, "rachel", PASSWORD).role == Role.SUPERVISOR
        assert authenticate(session, "avi", COUNCIL_ADMIN.password).role == Role.ADMIN
        assert session.scalar(select(func.count()).select_from(User)) == 2


@pytest.mark.parametrize(
    ("account", "field", "words"),
    [
        (sc.AdminAccount("newadmin", "", "admin-pass-1"), "username", "אינו רשום במרכזת"),
        (sc.AdminAccount("rachel", "", PASSWORD), "username", "אינו של מנהל/ת מערכת"),
        (sc.AdminAccount("avi", "", "not-the-password"), "password", "הסיסמה אינה תואמת"),
        (sc.AdminAccount("avi", "", ""), "password", "הסיסמה של החשבון במרכזת"),
    ],
)
def test_a_joined_station_opens_only_with_a_council_admin_of_the_hub(
    fresh, tmp_path, hub, account, field, words
):
    """An admin made at a joined station has no acting user the hub knows: the hub refuses
    the account and all work done with it. So the station opens with a council admin's
    account registered on the hub, checked against the hub's copy, and a wrong one is said
    at once; going on again with the right account needs no second link."""
    sessions = session_factory(fresh)
    link = sc.HubLink(hub.url, "ARB", hub.token)
    with pytest.raises(ValidationError, match=words) as err:
        sc.setup_station(sessions, standalone(tmp_path, hub=link, admin=account))
    assert err.value.field == field
    with sessions() as session:
        assert session.scalar(select(User).where(User.username == "newadmin")) is None
    report = sc.setup_station(sessions, standalone(tmp_path, hub=link, admin=COUNCIL_ADMIN))
    assert report.station_code == "ARB" and not report.admin_created


def test_work_of_a_joined_station_s_first_admin_reaches_the_hub(fresh, tmp_path, hub):
    from desktop.sync.client import HubClient, sync_once

    sessions = session_factory(fresh)
    link = sc.HubLink(hub.url, "ARB", hub.token)
    sc.setup_station(sessions, standalone(tmp_path, hub=link, admin=COUNCIL_ADMIN))
    with sessions.begin() as session:
        admin = authenticate(session, "avi", COUNCIL_ADMIN.password)
        station = local_station(session)
        create_user(
            session,
            Actor(admin.id, station.id, station.code),
            username="dana",
            full_name="דנה לוי",
            role=Role.CLERK,
            password=PASSWORD,
        )
    client = HubClient(hub.url, hub.token)
    try:
        result = sync_once(sessions, client)
    finally:
        client.close()
    assert result.pushed == 1 and result.refused == [] and result.quarantined == []
    with session_factory(hub.engine)() as session:
        assert authenticate(session, "dana", PASSWORD).role == Role.CLERK


def test_only_an_admin_changes_the_station(fresh, tmp_path, hub):
    sessions = session_factory(fresh)
    sc.setup_station(sessions, standalone(tmp_path))
    with sessions.begin() as session:
        station = local_station(session)
        clerk = create_user(
            session,
            Actor(None, station.id, station.code),
            username="dana",
            full_name="דנה",
            role=Role.CLERK,
            password=PASSWORD,
        )
        admin_id = session.scalar(select(User.id).where(User.username == "rachel"))
    with pytest.raises(NotAllowed, match="לשנות את הגדרות העמדה"):
        sc.update_station(sessions, clerk.id, council_name="מועצה אחרת")
    assert sc.council_name() == "מועצה אזורית עמק הניסוי"
    config = sc.update_station(sessions, admin_id, council_name="מועצה אחרת", remove_logo=True)
    assert config.council_name == "מועצה אחרת" and not config.has_logo
    # This station has work now (its admin and clerk): it cannot become another hub station.
    with pytest.raises(ValidationError, match="כבר שייך לעמדה MTL"):
        sc.update_station(
            sessions, admin_id, council_name="מועצה אחרת", hub=sc.HubLink(hub.url, "ARB", hub.token)
        )
