"""Child process of bench_startup.py: one cold start of Dalpak up to a usable main window.

Does what `desktop.ui.app.run` does minus the login dialog (the password is passed to
`authenticate` directly), then prints one line `ready {json}` with CLOCK_MONOTONIC marks, which
the parent compares with the moment it started this process. Not meant to be run by hand.

    python bench/startup_child.py DB_URL [USERNAME PASSWORD]
"""

import time

T0 = time.clock_gettime(time.CLOCK_MONOTONIC)  # as early as Python lets us

import json  # noqa: E402
import sys  # noqa: E402

MARKS: dict[str, float] = {"t0": T0}
SPANS: dict[str, float] = {}


def now() -> float:
    return time.clock_gettime(time.CLOCK_MONOTONIC)


class span:  # noqa: N801 - used like a function
    """Adds the time spent inside to SPANS[name] (nested spans are counted in both)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> "span":
        self.start = now()
        return self

    def __exit__(self, *_exc: object) -> None:
        SPANS[self.name] = SPANS.get(self.name, 0.0) + now() - self.start


def timed(name: str, fn):  # noqa: ANN001, ANN201
    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        with span(name):
            return fn(*args, **kwargs)

    return wrapper


def main() -> int:
    url = sys.argv[1]
    username = sys.argv[2] if len(sys.argv) > 2 else "dana"
    password = sys.argv[3] if len(sys.argv) > 3 else "dalpak2026"

    # 1. Imports: what `dalpak` (desktop.cli -> desktop.ui.app.run) loads before any window.
    with span("import PySide6"):
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication
    with span("import sqlalchemy+alembic+models"):
        import desktop.core.db as db
    with span("import desktop.ui.app"):
        import desktop.ui.app as app_module
    with span("import main window + login"):
        from desktop.ui.login import LoginDialog  # noqa: F401 - run() imports it
        from desktop.ui.main_window import MainWindow
    with span("import users/drafts"):
        from desktop.core.users import authenticate
        from desktop.counter.drafts import load_draft
    MARKS["imports_done"] = now()

    # 2. QApplication + setup_application (fonts, translator, qt-material theme).
    with span("QApplication()"):
        app = QApplication([sys.argv[0]])
    import desktop.ui.theme as theme

    # _render runs only when no rendered stylesheet is kept yet (the warm-up run keeps one).
    theme._render = timed("theme: qt-material render (no kept copy)", theme._render)
    app_module._apply_theme = timed("theme: _apply_theme total", app_module._apply_theme)
    with span("setup_application"):
        app_module.setup_application()
    MARKS["setup_done"] = now()

    # 3. open_database: engine, alembic migrations check, local station; then AppContext.
    db.migrate = timed("open_database: alembic upgrade head", db.migrate)
    with span("open_database"):
        engine = app_module.open_database(url, station_code="KDR")
    with span("AppContext"):
        ctx = app_module.AppContext(engine)
    MARKS["db_done"] = now()

    # 4. Login without the dialog: the argon2 check the dialog would run.
    with span("authenticate (argon2)"), ctx.read() as session:
        ctx.user = authenticate(session, username, password)
    MARKS["auth_done"] = now()

    # 5. The main window, shown as run() shows it, until it is exposed and painted.
    with span("MainWindow()"):
        window = MainWindow(ctx)
    painted = {"count": 0}

    class PaintSpy(QObject):
        def eventFilter(self, obj, event):  # noqa: ANN001, ANN201, N802
            if event.type() == QEvent.Type.Paint:
                painted["count"] += 1
            return False

    spy = PaintSpy()
    window.installEventFilter(spy)
    with span("show + offer_draft"):
        window.show_user()
        window.showMaximized()
        with ctx.read() as session:
            has_draft = load_draft(session, ctx.user.id) is not None
        if has_draft:  # offer_draft would open a modal question: never block the benchmark
            MARKS["draft_skipped"] = 1.0
        elif not window.offer_draft():
            window.search.focus_box()
    with span("event loop until exposed+painted"):
        deadline = now() + 20.0
        handle = window.windowHandle()
        while now() < deadline:
            app.processEvents()
            if handle is not None and handle.isExposed() and painted["count"] > 0:
                break
        app.processEvents()
    exposed = bool(handle is not None and handle.isExposed())
    MARKS["ready"] = now()
    result = {
        "marks": MARKS,
        "spans": SPANS,
        "exposed": exposed,
        "painted": painted["count"],
        "modules": len(sys.modules),
    }
    sys.stdout.write("ready " + json.dumps(result) + "\n")
    sys.stdout.flush()
    window.close()
    engine.dispose()
    return 0 if exposed else 1


if __name__ == "__main__":
    sys.exit(main())
