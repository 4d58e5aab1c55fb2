"""This station's configuration: the council on its receipts, standalone or linked to a hub,
and the first administrator. Set once by the first-run wizard or `dalpak setup`; an admin
changes it later in the station settings.

Where each part lives (one place each): the council name and logo are station settings
(desktop.core.settings, the logo copied beside them); the hub link is the database's sync state;
users are in the database. Nothing here imports Qt.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core import settings
from desktop.core.db import ensure_station, local_station
from desktop.core.errors import InvalidLogin, ValidationError
from desktop.core.oplog import Actor
from desktop.core.roles import require_role
from desktop.core.users import LoggedIn, Role, authenticate, create_user
from desktop.counter.reference import (
    Council,
    council_logo,  # noqa: F401  (the logo is part of this station's setup)
    logo_path,
    shipped_council_name,
)
from desktop.counter.reference import council as reference_council
from desktop.models import Operation, Station, StationState, SyncState, User
from desktop.phrases import phrase, phrase_later
from desktop.station.seed import seed_reference_data

LOGO_FILE = "council-logo.png"
LOGO_MAX_PX = 600  # plenty for a 3 cm logo at print resolution; keeps the receipt small
# The name of a standalone station, kept in its station.created operation (in Hebrew).
LOCAL_STATION_NAME = phrase_later("עמדה מקומית")


@dataclass(frozen=True)
class HubLink:
    url: str
    station_code: str
    token: str


@dataclass(frozen=True)
class AdminAccount:
    username: str
    full_name: str
    password: str


@dataclass(frozen=True)
class StationSetup:
    """Everything the first run asks. `hub` None: a standalone station with `station_code`."""

    council_name: str
    logo: Path | None
    admin: AdminAccount
    hub: HubLink | None = None
    station_code: str = ""


@dataclass(frozen=True)
class StationConfig:
    """What is in force now, for the settings screen and `dalpak setup --show`."""

    council_name: str
    has_logo: bool
    station_code: str
    hub_url: str

    @property
    def standalone(self) -> bool:
        return not self.hub_url


@dataclass(frozen=True)
class SetupReport:
    station_code: str
    admin_created: bool  # False: a station joining a hub opens with a council account
    pulled: int = 0


ClientFactory = Callable[[str, str], object]  # (url, token) -> a HubClient-like object


# --- the council on receipts ---------------------------------------------------------------


def council_name() -> str:
    return settings.get("council_name").strip() or shipped_council_name()


def council() -> Council:
    """The council data with the name this station was set up with (kept in one place:
    desktop.counter.reference.council reads the same setting)."""
    return reference_council()


def check_council_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError(
            phrase("יש למלא את שם המועצה כפי שיודפס על הקבלות."), field="council_name"
        )
    if len(name) > 80:
        raise ValidationError(phrase("שם המועצה ארוך מדי (עד 80 תווים)."), field="council_name")
    return name


def _logo_png(source: Path) -> bytes:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(source) as image:
            image.load()
            picture = image.convert("RGBA")
    except FileNotFoundError as err:
        raise ValidationError(
            phrase("קובץ הסמל לא נמצא: {file}").format(file=source), field="logo"
        ) from err
    except (UnidentifiedImageError, OSError) as err:
        raise ValidationError(
            phrase("קובץ הסמל אינו תמונה שאפשר לקרוא (PNG, JPG, BMP או GIF)."), field="logo"
        ) from err
    picture.thumbnail((LOGO_MAX_PX, LOGO_MAX_PX))
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def check_logo(path: Path) -> None:
    """ValidationError unless the file is an image the receipts can print."""
    _logo_png(Path(path))


def save_council(name: str, logo: Path | None = None, *, remove_logo: bool = False) -> None:
    """Store the council name and, when given, a copy of the logo (so the original may move)."""
    name = check_council_name(name)
    png = _logo_png(Path(logo)) if logo else None
    if png is not None:
        target = settings.config_dir() / LOGO_FILE
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(png)
        tmp.replace(target)
        settings.set_value("council_logo", LOGO_FILE)
    elif remove_logo:
        settings.set_value("council_logo", "")
        (settings.config_dir() / LOGO_FILE).unlink(missing_ok=True)
    settings.set_value("council_name", name)


# --- checks of what was typed --------------------------------------------------------------


def check_station_code(code: str) -> str:
    code = (code or "").strip().upper()
    if not code.isascii() or not code.isalpha() or not 2 <= len(code) <= 8:
        raise ValidationError(
            phrase("קוד עמדה: 2 עד 8 אותיות לטיניות, למשל KDR."), field="station_code"
        )
    return code


def check_hub_url(url: str) -> str:
    url = (url or "").strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise ValidationError(
            phrase(
                "כתובת המרכזת צריכה להתחיל ב-https:// (או http:// למחשב הזה עצמו), "
                "למשל https://hub.council.local:8443"
            ),
            field="hub_url",
        )
    try:
        port_ok = parts.port is None or 0 < parts.port < 65536
    except ValueError:
        port_ok = False
    if not parts.hostname or not port_ok:
        raise ValidationError(
            phrase("כתובת המרכזת אינה תקינה: חסר שם שרת או שמספר הפורט שגוי."), field="hub_url"
        )
    from desktop.sync.client import SyncError, check_plain_http

    try:
        check_plain_http(url)
    except SyncError as err:
        raise ValidationError(err.message, field="hub_url") from err
    return url


def check_admin(username: str, full_name: str, password: str, again: str) -> AdminAccount:
    username = _check_username(username)
    if not (full_name or "").strip():
        raise ValidationError(phrase("יש למלא את השם המלא של מנהל/ת המערכת."), field="full_name")
    if len(password or "") < 8:
        raise ValidationError(phrase("הסיסמה קצרה מדי: לפחות 8 תווים."), field="password")
    if password != again:
        raise ValidationError(phrase("הסיסמאות אינן זהות."), field="password_again")
    return AdminAccount(username, full_name.strip(), password)


def _check_username(username: str) -> str:
    username = (username or "").strip().lower()
    if not username or not username.isascii() or " " in username:
        raise ValidationError(
            phrase("שם משתמש: אותיות לטיניות וספרות, בלי רווחים."), field="username"
        )
    return username


def check_council_account(username: str, password: str) -> AdminAccount:
    """The council administrator's account a station joining the hub opens with: its name
    and password as registered on the hub (checked against the hub's copy once pulled)."""
    username = _check_username(username)
    if not password:
        raise ValidationError(phrase("יש להקליד את הסיסמה של החשבון במרכזת."), field="password")
    return AdminAccount(username, "", password)


def _check_council_admin(session: Session, account: AdminAccount) -> None:
    """A joined station's first administrator is a council admin the hub knows, with the
    password typed: an account made here would be refused by the hub, and everything done
    with it too."""
    name = account.username
    user = session.scalar(select(User).where(User.username == name))
    # The command is isolated left-to-right (U+2066..U+2069) so it reads in order in a Hebrew line.
    command = f"\u2066dalpak --db HUB-DB user add {name} --role admin\u2069"
    if user is None or not user.active:
        raise ValidationError(
            phrase(
                "המשתמש {name} אינו רשום במרכזת. עמדה מחוברת נפתחת בחשבון מנהל/ת של המועצה: "
                "רשמו אותו/ה קודם במסד המרכזת ונסו שוב: {command}"
            ).format(name=name, command=command),
            field="username",
        )
    if user.role != Role.ADMIN:
        raise ValidationError(
            phrase(
                "החשבון {name} במרכזת אינו של מנהל/ת מערכת. הקלידו חשבון מנהל/ת של המועצה, או "
                "רשמו אותו/ה קודם במסד המרכזת ונסו שוב: {command}"
            ).format(name=name, command=command),
            field="username",
        )
    try:
        authenticate(session, name, account.password)
    except InvalidLogin:
        raise ValidationError(
            phrase("הסיסמה אינה תואמת את החשבון {name} במרכזת.").format(name=name), field="password"
        ) from None


# --- the hub -------------------------------------------------------------------------------


def _default_client(url: str, token: str):  # noqa: ANN202
    from desktop.sync.client import HubClient

    return HubClient(url, token, timeout=10.0, verify=settings.get("hub_ca_file") or True)


def _friendly(url: str, err: Exception) -> ValidationError:
    """A message an IT person can act on, for a hub that could not be reached or refused."""
    import httpx  # only when a hub could not be reached: not at every start

    from desktop.sync.client import SyncError

    cause = err.__cause__ if isinstance(err, SyncError) and err.__cause__ else err
    host = urlsplit(url).netloc or url
    if isinstance(cause, httpx.TimeoutException):
        text = phrase(
            "המרכזת בכתובת {host} לא ענתה בזמן. בדקו שהשירות פועל ושהרשת מאפשרת גישה."
        ).format(host=host)
    elif isinstance(cause, httpx.ConnectError) and "CERTIFICATE" in str(cause).upper():
        text = phrase(
            "אימות התעודה של המרכזת בכתובת {host} נכשל. "
            "אם למועצה רשות תעודות משלה, הגדירו את hub_ca_file."
        ).format(host=host)
    elif isinstance(cause, httpx.ConnectError | httpx.NetworkError):
        text = phrase(
            "אין חיבור למרכזת בכתובת {host}. בדקו את הכתובת, את מספר הפורט ואת חיבור הרשת."
        ).format(host=host)
    elif isinstance(cause, httpx.UnsupportedProtocol | httpx.InvalidURL):
        text = phrase("כתובת המרכזת אינה תקינה. למשל: https://hub.council.local:8443")
    elif isinstance(cause, ValueError | KeyError):
        text = phrase("בכתובת {host} עונה שרת שאינו מרכזת של דלפק.").format(host=host)
    elif isinstance(err, SyncError):
        text = err.message
    else:
        text = phrase("החיבור למרכזת נכשל: {error}").format(error=type(cause).__name__)
    return ValidationError(text, field="hub_url")


def test_hub(link: HubLink, client_factory: ClientFactory | None = None) -> str:
    """Ask the hub who this token belongs to; returns the station's code or raises a
    ValidationError with a clear Hebrew message. Touches nothing local."""
    url = check_hub_url(link.url)
    code = check_station_code(link.station_code)
    if not link.token.strip():
        raise ValidationError(phrase("יש להדביק את האסימון שהמרכזת הפיקה לעמדה."), field="token")
    client = (client_factory or _default_client)(url, link.token.strip())
    try:
        hello = client.hello()
        hub_code = str(hello["code"])
    except Exception as err:  # noqa: BLE001 - every failure becomes a message
        raise _friendly(url, err) from err
    finally:
        client.close()
    if hub_code.upper() != code:
        raise ValidationError(
            phrase("האסימון שייך לעמדה {hub_code}, לא לעמדה {code}. בדקו את קוד העמדה.").format(
                hub_code=hub_code, code=code
            ),
            field="station_code",
        )
    return hub_code


test_hub.__test__ = False  # a function of the app, not a test for pytest to collect


# --- first run -----------------------------------------------------------------------------


def needs_first_run(session: Session) -> bool:
    """True on a fresh install: nobody could log in yet."""
    return session.scalar(select(User.id).where(User.active).limit(1)) is None


def may_set_up(session: Session) -> bool:
    """`dalpak setup` may run: a fresh install, or a station that joined the hub and has done
    nothing of its own yet (a wrong council account given at set-up is given again)."""
    if needs_first_run(session):
        return True
    station = local_station(session)
    state = session.get(SyncState, 1)
    if station is None or state is None or not state.hub_url:
        return False
    own = session.scalar(
        select(func.count())
        .select_from(Operation)
        .where(Operation.station_id == station.id, Operation.kind != "station.created")
    )
    return not own


def first_admin(session: Session) -> LoggedIn:
    """The first active administrator, for the bundle's start-up check (no password asked)."""
    user = session.scalars(
        select(User).where(User.active, User.role == Role.ADMIN).order_by(User.created_at)
    ).first()
    if user is None:
        raise ValidationError(phrase("אין בעמדה מנהל/ת מערכת פעיל/ה."))
    return LoggedIn(user.id, user.username, user.full_name, Role(user.role), user.phone, user.email)


def read_config(session: Session) -> StationConfig:
    station = local_station(session)
    state = session.get(SyncState, 1)
    return StationConfig(
        council_name=council_name(),
        has_logo=logo_path() is not None,
        station_code=station.code if station else "",
        hub_url=state.hub_url if state else "",
    )


def _recode_fresh_station(session: Session, code: str) -> None:
    """Give a database that holds no work yet the station code chosen at setup."""
    station = local_station(session)
    if station is not None and station.code == code:
        return
    if station is not None:
        work = session.scalar(
            select(func.count()).select_from(Operation).where(Operation.kind != "station.created")
        )
        if work:
            raise ValidationError(
                phrase(
                    "במסד הנתונים כבר יש עבודה של העמדה {code}; אי אפשר לשנות את קוד העמדה."
                ).format(code=station.code)
            )
        session.execute(delete(StationState))
        session.execute(delete(Operation).where(Operation.station_id == station.id))
        session.execute(delete(Station).where(Station.id == station.id))
        session.flush()
    ensure_station(session, code, LOCAL_STATION_NAME)


def setup_station(
    sessions: sessionmaker[Session],
    setup: StationSetup,
    client_factory: ClientFactory | None = None,
) -> SetupReport:
    """Configure a fresh station: council, standalone or hub, reference data, first admin.

    Checks everything that can be checked before writing anything, so a typo in the last
    field does not leave a half-configured station behind.
    """
    name = check_council_name(setup.council_name)
    if setup.logo:
        _logo_png(Path(setup.logo))
    if setup.hub is None:
        admin = check_admin(
            setup.admin.username, setup.admin.full_name, setup.admin.password, setup.admin.password
        )
    else:
        admin = check_council_account(setup.admin.username, setup.admin.password)
    pulled = 0
    if setup.hub is None:
        code = check_station_code(setup.station_code)
        with sessions.begin() as session:
            _recode_fresh_station(session, code)
    else:
        from desktop.sync.client import connect, sync_once

        code = test_hub(setup.hub, client_factory)
        url, token = check_hub_url(setup.hub.url), setup.hub.token.strip()
        client = (client_factory or _default_client)(url, token)
        try:
            connect(sessions, client, url, token)
            # The council's catalogue and users come from the hub.
            pulled = sync_once(sessions, client).pulled
        except ValidationError:
            raise
        except Exception as err:  # noqa: BLE001
            raise _friendly(url, err) from err
        finally:
            client.close()
        # Linked and pulled: a wrong account is said here and the wizard stays; going on
        # again links nothing twice and pulls only what is new.
        with sessions() as session:
            _check_council_admin(session, admin)
        save_council(name, setup.logo)
        return SetupReport(code, admin_created=False, pulled=pulled)
    with sessions.begin() as session:
        station = local_station(session)
        actor = Actor(None, station.id, station.code)
        seed_reference_data(session, actor)
        exists = session.scalar(select(User.id).where(User.username == admin.username))
        if exists is None:
            create_user(
                session,
                actor,
                username=admin.username,
                full_name=admin.full_name,
                role=Role.ADMIN,
                password=admin.password,
            )
    save_council(name, setup.logo)
    return SetupReport(code, admin_created=exists is None, pulled=pulled)


# --- changes by an admin -------------------------------------------------------------------


def update_station(
    sessions: sessionmaker[Session],
    user_id,  # noqa: ANN001 - the acting user's id
    *,
    council_name: str,
    logo: Path | None = None,
    remove_logo: bool = False,
    hub: HubLink | None = None,
    client_factory: ClientFactory | None = None,
) -> StationConfig:
    """An admin changes the council on receipts and, when `hub` is given, the hub link
    (a new address or token of the same station, or joining a hub while still empty)."""
    with sessions() as session:
        require_role(session, user_id, (Role.ADMIN,), phrase_later("לשנות את הגדרות העמדה"))
        current = read_config(session)
    name = check_council_name(council_name)
    if logo:
        _logo_png(Path(logo))
    if hub is not None:
        from desktop.sync.client import connect

        code = test_hub(hub, client_factory)
        url, token = check_hub_url(hub.url), hub.token.strip()
        if current.hub_url and code != current.station_code:
            raise ValidationError(
                phrase("העמדה הזו היא {station}; האסימון שייך ל-{code}.").format(
                    station=current.station_code, code=code
                )
            )
        client = (client_factory or _default_client)(url, token)
        try:
            connect(sessions, client, url, token)
        except ValidationError:
            raise
        except Exception as err:  # noqa: BLE001
            raise _friendly(url, err) from err
        finally:
            client.close()
    save_council(name, logo, remove_logo=remove_logo)
    with sessions() as session:
        return read_config(session)


# --- the receipt printer -------------------------------------------------------------------

RECEIPT_SIZES = ("a4", "80mm")


def receipt_printing() -> tuple[str, str]:
    """The station's receipt printer (empty: the system's default) and paper (a4 or 80mm)."""
    size = settings.get("receipt_size")
    return settings.get("receipt_printer"), size if size in RECEIPT_SIZES else "a4"


def save_receipt_printing(
    sessions: sessionmaker[Session],
    user_id,  # noqa: ANN001 - the acting user's id
    printer: str,
    size: str,
    hijri: bool | None = None,
) -> None:
    """An admin sets the printer that Enter prints receipts to, and its paper; ``hijri``: the
    council shows the Hijri date on Arabic receipts and letters (None leaves it as it is)."""
    with sessions() as session:
        require_role(session, user_id, (Role.ADMIN,), phrase_later("לשנות את הגדרות העמדה"))
    if size not in RECEIPT_SIZES:
        raise ValidationError(phrase('נייר הקבלות: A4 או גליל 80 מ"מ.'), field="receipt_size")
    settings.set_value("receipt_printer", " ".join((printer or "").split()))
    settings.set_value("receipt_size", size)
    if hijri is not None:
        settings.set_value("hijri_dates", bool(hijri))
