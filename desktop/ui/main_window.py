"""The main window: the counter screen (search on one side, the resident and the case being
typed on the other) among the pages of work after the counter, by role."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock, settings
from desktop.core.errors import DalpakError
from desktop.core.users import ROLE_LABELS
from desktop.counter.cases import open_case
from desktop.counter.drafts import discard_draft, load_draft, save_draft
from desktop.counter.reference import council, departments, request_types
from desktop.counter.residents import ResidentProfile, open_profile
from desktop.extras.holdings import holdings_of
from desktop.lobby.visits import save_visit_case
from desktop.ui.case_editor import CaseEditor
from desktop.ui.context import AppContext
from desktop.ui.extras_panel import ExtrasPanel
from desktop.ui.help_dialog import HelpDialog
from desktop.ui.lobby_panel import LobbyPanel
from desktop.ui.login import IdleWatcher, LockDialog
from desktop.ui.profile_panel import ProfilePanel
from desktop.ui.resident_dialog import NewResidentDialog
from desktop.ui.search_panel import SearchPanel
from desktop.ui.shortcuts import SHORTCUTS
from desktop.ui.sync_indicator import SyncIndicator
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import MessageLine, isolated, rtl_line
from desktop.ui.workspace import Workspace


class MainWindow(QMainWindow):
    case_saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = TaskRunner(self)
        self.profile: ResidentProfile | None = None
        self.case_started_at: dt.datetime | None = None
        self.last_preview = None  # the last receipt preview shown (for tests and reprints)
        self.last_knowledge = None  # the last knowledge-base dialog shown
        self.search = SearchPanel(ctx, self.tasks, self)
        self.profile_panel = ProfilePanel(self)
        self.editor = CaseEditor(self)
        self.extras = ExtrasPanel(ctx, self.tasks, self)
        self.lobby = LobbyPanel(ctx, self.tasks, self)
        self.last_display = None  # the lobby display window, once opened
        self.message = MessageLine(self)
        self.new_case_button = QPushButton(self.tr("פנייה חדשה (Ctrl+E)"), self)
        self.print_button = QPushButton(self.tr("שמירה והדפסת קבלה (Ctrl+P)"), self)
        self.welcome = QLabel(self)
        self.next_step = QLabel(self)
        self.case_area = QStackedWidget(self)
        self.pages = QStackedWidget(self)
        self.status_user = QLabel(self)
        self.status_draft = QLabel(self)
        self.sync = SyncIndicator(ctx, self)
        self._draft_timer = QTimer(self)
        self._purge_timer = QTimer(self)
        self.idle = IdleWatcher(settings.get("lock_minutes"), self)
        self.counter = QWidget(self)
        self.workspace = Workspace(ctx, self.tasks, self.counter, self)
        self._build()
        self._wire()
        self._load_catalogue()

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        c = council()
        self.setWindowTitle(self.tr("דלפק - %1").replace("%1", c.name))
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setWordWrap(True)
        self.welcome.setText(
            "<h2>"
            + c.name
            + "</h2><p>"
            + self.tr("מקלידים שם, תעודת זהות או טלפון בתיבת החיפוש (Ctrl+F) ולוחצים Enter.")
            + "</p><p>"
            + rtl_line(self.tr("F1 לעזרה וקיצורי מקלדת."))
            + "</p>"
        )
        resident_page = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_case_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        column = QVBoxLayout(resident_page)
        column.setContentsMargins(6, 0, 6, 0)
        self.next_step.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_step.setWordWrap(True)
        self.case_area.addWidget(self.next_step)
        case_page = QWidget(self)
        beside = QHBoxLayout(case_page)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.addWidget(self.editor, 4)
        beside.addWidget(self.extras, 1)
        self.case_area.addWidget(case_page)
        column.addWidget(self.profile_panel)
        column.addLayout(buttons)
        column.addWidget(self.case_area, 1)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(resident_page)
        # The search and, under it, the lobby: who is at the counter and who waits; the resident
        # and the case keep the width they need.
        beside_search = QSplitter(Qt.Orientation.Vertical, self)
        beside_search.addWidget(self.search)
        beside_search.addWidget(self.lobby)
        beside_search.setSizes([330, 370])
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(beside_search)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 926])
        outer = QVBoxLayout(self.counter)
        outer.addWidget(self.message)
        outer.addWidget(splitter, 1)
        self.setCentralWidget(self.workspace)
        self.statusBar().addWidget(self.status_user)
        self.statusBar().addPermanentWidget(self.status_draft)
        self.statusBar().addPermanentWidget(self.sync)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(settings.get("draft_save_ms"))
        self._set_case_mode(False)
        self.resize(1366, 740)

    def _wire(self) -> None:
        actions = {
            "search": self._on_counter(self.search.focus_box),
            "new_resident": self._on_counter(lambda: self.new_resident("")),
            "new_case": self._on_counter(self.new_case),
            "add_item": self._on_counter(self.editor.focus_type),
            "print": self._on_counter(self.save_and_print),
            "lock": self.lock,
            "sync": self.sync.sync_now,
            "conflicts": self.show_conflicts,
            "help": self.show_help,
            "knowledge": self.show_knowledge,
            "absences": self.show_absences,
            "lobby_check_in": self._on_counter(self.lobby.check_in),
            "lobby_call_next": self._on_counter(self.lobby.call_next),
            "lobby_display": self.show_lobby_display,
            **{
                f"page_{key}": (lambda key=key: self.show_page(key))
                for key in ("counter", "inbox", "my_cases", "tasks", "outbox")
            },
        }
        for shortcut in SHORTCUTS:
            for keys in shortcut.keys:
                QShortcut(
                    QKeySequence(keys),
                    self,
                    activated=actions[shortcut.action],
                    context=Qt.ShortcutContext.WindowShortcut,
                )
        # Esc while typing a case: leave it, after a yes when topics were added.
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self.editor,
            activated=self.abandon_case,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.search.resident_chosen.connect(self.open_resident)
        self.search.create_requested.connect(self.new_resident)
        self.new_case_button.clicked.connect(self.new_case)
        self.print_button.clicked.connect(self.save_and_print)
        self.editor.changed.connect(self._draft_timer.start)
        self.editor.model.rowsInserted.connect(self.refresh_extras)
        self.editor.model.rowsRemoved.connect(self.refresh_extras)
        self.editor.model.modelReset.connect(self.refresh_extras)
        self.extras.accepted.connect(self.editor.add_type)
        self.lobby.busy = self._lobby_busy
        self.lobby.called.connect(self.serve_visit)
        self._draft_timer.timeout.connect(self.save_draft_now)
        self._purge_timer.setInterval(24 * 60 * 60 * 1000)
        self._purge_timer.timeout.connect(self.purge_access_log)
        QCoreApplication.instance().installEventFilter(self.idle)
        self.idle.idle.connect(self.lock)
        self.workspace.knowledge_button.clicked.connect(self.show_knowledge)
        self.sync.synced.connect(self.end_if_deactivated)
        self.workspace.absence_button.clicked.connect(self.show_absences)

    def _on_counter(self, action):  # noqa: ANN001, ANN202
        """A counter shortcut pressed on another page brings the counter forward first."""

        def run() -> None:
            if self.show_page("counter"):
                action()

        return run

    def show_page(self, key: str) -> bool:
        if self.workspace.show_page(key):
            return True
        self.statusBar().showMessage(self.tr("העמוד הזה אינו פתוח לתפקיד שלך."), 5000)
        return False

    def _load_catalogue(self) -> None:
        with self.ctx.read() as session:
            catalogue = request_types(session)
            deps = [(d.id, d.name) for d in departments(session)]
        self.editor.set_catalogue(catalogue, deps)

    def show_user(self) -> None:
        user = self.ctx.user
        if user:
            self.status_user.setText(
                self.tr("%1 (%2) · עמדה %3")
                .replace("%1", isolated(user.full_name))
                .replace("%2", ROLE_LABELS[user.role])
                .replace("%3", self.ctx.station_code)
            )

    def _set_case_mode(self, on: bool) -> None:
        self.case_area.setCurrentIndex(1 if on else 0)
        if self.profile is not None:
            self.next_step.setText(
                rtl_line(
                    self.tr("Ctrl+E לפנייה חדשה עבור %1 · Ctrl+F לתושב/ת הבא/ה").replace(
                        "%1", isolated(self.profile.full_name)
                    )
                )
            )
        self.print_button.setVisible(on)
        self.new_case_button.setVisible(not on and self.profile is not None)
        # While a case is typed the resident's history folds away: the topics need the height
        # on a 1366x768 screen.
        self.profile_panel.history.setVisible(not on)

    def _error(self, err: DalpakError) -> None:
        self.message.show_error(err.message)

    # --- the visit -----------------------------------------------------------------------

    def open_resident(self, resident_id: uuid.UUID) -> None:
        if self.case_in_progress() and (self.profile is None or self.profile.id != resident_id):
            answer = QMessageBox.question(
                self,
                self.tr("פנייה בעריכה"),
                self.tr("יש פנייה שלא נשמרה עבור %1. לבטל אותה ולפתוח כרטיס אחר?").replace(
                    "%1", self.profile.full_name if self.profile else ""
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.cancel_case()
        try:
            with self.ctx.write() as session:
                self.profile = open_profile(session, self.ctx.actor, resident_id)
        except DalpakError as err:
            self._error(err)
            return
        self.message.clear_message()
        self.profile_panel.show_profile(self.profile)
        with self.ctx.read() as session:
            self.profile_panel.show_holdings(holdings_of(session, self.ctx.actor, resident_id))
        self.pages.setCurrentIndex(1)
        self._set_case_mode(self.case_started_at is not None)
        self.new_case_button.setFocus()

    def refresh_extras(self, *_args: object) -> None:
        """What else the resident is entitled to, given the topics already in the case."""
        if self.profile is None:
            return
        self.extras.refresh(self.profile.id, {i.request_type.code for i in self.editor.items()})

    def new_resident(self, typed: str) -> None:
        dialog = NewResidentDialog(self.ctx, typed, self)
        if dialog.exec() and dialog.resident_id:
            self.search.clear()
            self.open_resident(dialog.resident_id)

    def case_in_progress(self) -> bool:
        return self.case_started_at is not None

    def new_case(self) -> None:
        if self.profile is None:
            self.message.show_error(self.tr("קודם פותחים כרטיס תושב/ת (Ctrl+F)."))
            self.search.focus_box()
            return
        if not self.case_in_progress():
            self.case_started_at = clock.utcnow()
            self.editor.start(self.profile.full_name)
            self.save_draft_now()
            self.refresh_extras()
        self._set_case_mode(True)
        self.editor.focus_type()

    def cancel_case(self) -> None:
        self.case_started_at = None
        self.editor.start("")
        with self.ctx.write() as session:
            discard_draft(session, self.ctx.user.id)
        self._set_case_mode(False)

    def abandon_case(self) -> None:
        """The clerk leaves the case being typed: nothing is saved, the draft is gone."""
        if not self.case_in_progress():
            return
        count = len(self.editor.items())
        if count:
            topics = self.tr("נושא אחד") if count == 1 else self.tr("%n נושאים", "", count)
            answer = QMessageBox.question(
                self,
                self.tr("ביטול הפנייה"),
                self.tr("לבטל את הפנייה? מה שהוקלד (%1) לא יישמר.").replace("%1", topics),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.editor.focus_type()
                return
        self.cancel_case()
        self.status_draft.setText("")
        self.message.show_note(self.tr("הפנייה בוטלה; לא נשמר דבר."))
        self.search.focus_box()

    def save_draft_now(self) -> None:
        self._draft_timer.stop()
        if not self.case_in_progress() or self.profile is None or self.ctx.user is None:
            return
        payload = {"resident_id": str(self.profile.id), "editor": self.editor.to_payload()}
        with self.ctx.write() as session:
            save_draft(session, self.ctx.user.id, payload, self.case_started_at)
        self.status_draft.setText(
            self.tr("טיוטה נשמרה %1").replace(
                "%1", clock.to_local(clock.utcnow()).strftime("%H:%M:%S")
            )
        )

    def offer_draft(self) -> bool:
        """After login: offer the case that was being typed when the app stopped."""
        with self.ctx.read() as session:
            draft = load_draft(session, self.ctx.user.id)
        if draft is None:
            return False
        items = len(draft.payload.get("editor", {}).get("items", []))
        answer = QMessageBox.question(
            self,
            self.tr("המשך פנייה שלא הסתיימה"),
            self.tr("נמצאה פנייה שלא נשמרה (%1) מ-%2. להמשיך ממנה?")
            .replace("%1", self.tr("נושא אחד") if items == 1 else self.tr("%n נושאים", "", items))
            .replace("%2", clock.to_local(draft.updated_at).strftime("%d/%m/%Y %H:%M")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            with self.ctx.write() as session:
                discard_draft(session, self.ctx.user.id)
            return False
        self.open_resident(uuid.UUID(draft.payload["resident_id"]))
        if self.profile is None:
            return False
        self.case_started_at = draft.started_at
        self.editor.start(self.profile.full_name)
        self.editor.restore(draft.payload.get("editor", {}))
        self._set_case_mode(True)
        self.editor.focus_type()
        return True

    def save_and_print(self) -> None:
        if not self.case_in_progress() or self.profile is None:
            self.message.show_error(self.tr("אין פנייה פתוחה לשמירה. Ctrl+E פותח פנייה."))
            return
        if self.editor.has_chosen_type():
            self.editor.add_current()  # a chosen but not yet added topic is part of the visit
        drafts = [item.draft() for item in self.editor.items()]
        visit = self.lobby.current
        try:
            with self.ctx.write() as session:
                if visit is not None:  # called from the lobby: the visit's times are the journey
                    case = save_visit_case(
                        session, self.ctx.actor, visit.id, self.profile.id, drafts
                    )
                else:
                    case = open_case(
                        session,
                        self.ctx.actor,
                        self.profile.id,
                        drafts,
                        service_started_at=self.case_started_at,
                    )
                number = case.number
                discard_draft(session, self.ctx.user.id)
        except DalpakError as err:
            self.editor.message.show_error(err.message)
            return
        self.case_started_at = None
        self._set_case_mode(False)
        self.status_draft.setText("")
        if visit is not None:
            self.lobby.visit_ended()
        self.case_saved.emit(number)
        self.sync.refresh()
        self.message.show_note(self.tr("הפנייה %1 נשמרה.").replace("%1", number))
        self.show_receipt(number)
        self.open_resident(self.profile.id)

    def _lobby_busy(self) -> str:
        if self.case_in_progress():
            return self.tr("יש פנייה פתוחה: שומרים אותה (Ctrl+P) לפני קריאה לתושב/ת הבא/ה.")
        return ""

    def serve_visit(self, visit) -> None:  # noqa: ANN001
        """A resident called from the lobby: open their card and a case; a name typed at
        check-in goes to the search box, to be found or registered."""
        self.show_page("counter")
        if visit.resident_id is not None:
            self.open_resident(visit.resident_id)
            if self.profile is not None and self.profile.id == visit.resident_id:
                self.new_case()
            return
        self.search.box.setText(visit.name)
        self.search.box.textEdited.emit(visit.name)
        self.search.focus_box()

    def show_lobby_display(self) -> None:
        from desktop.ui.lobby_display import LobbyDisplay, show_on_second_screen

        if self.last_display is None:
            self.last_display = LobbyDisplay(self.ctx)
        show_on_second_screen(self.last_display)

    def warm_up(self) -> None:
        """Load the receipt code and its fonts in the background, so the first print is quick;
        from now on keep the work pages' titles (items, tasks, notifications waiting) current."""

        def load() -> None:
            from desktop.counter.receipt_data import warm_up

            warm_up()

        self.tasks.submit(load, lambda _none: None, lambda _err: None)
        self.workspace.start_background()
        self.purge_access_log()
        self._purge_timer.start()

    def purge_access_log(self) -> None:
        """Entries of the access log past 24 months go, at start-up and once a day after."""
        from desktop.counter.access import purge_now

        sessions = self.ctx.sessions

        def failed(err: Exception) -> None:
            import logging

            logging.getLogger(__name__).error("the access log purge failed", exc_info=err)

        self.tasks.submit(lambda: purge_now(sessions), lambda _gone: None, failed)

    def show_receipt(self, number: str) -> None:
        from desktop.counter.cases import get_case
        from desktop.counter.receipt_data import receipt_copies
        from desktop.ui.receipt_preview import ReceiptPreview

        with self.ctx.read() as session:
            data, hebrew = receipt_copies(session, get_case(session, self.ctx.actor, number))
        self.last_preview = ReceiptPreview(data, settings.get("receipt_size"), self, hebrew)
        self.last_preview.exec()

    # --- the rest ------------------------------------------------------------------------

    def end_if_deactivated(self, *_args: object) -> bool:
        """A sync brought the deactivation of the user working here: the session ends (what
        was typed is kept as a draft). Returns whether it ended."""
        from desktop.models import User

        if self.ctx.user is None:
            return False
        with self.ctx.read() as session:
            user = session.get(User, self.ctx.user.id)
            if user is not None and user.active:
                return False
        self.save_draft_now()
        self.centralWidget().hide()
        QMessageBox.information(
            self,
            self.tr("החשבון הושבת"),
            self.tr("מנהל/ת המערכת השבית/ה את החשבון שלך, והיישום נסגר. לפרטים פנו אליו/ה."),
        )
        self.close()
        return True

    def lock(self) -> None:
        if self.ctx.user is None:
            return
        self.save_draft_now()
        # Nothing of the resident stays on a screen that faces the public.
        self.centralWidget().hide()
        self.statusBar().hide()
        try:
            LockDialog(self.ctx, self).exec()
        finally:
            self.centralWidget().show()
            self.statusBar().show()
            self.idle.touch()

    def show_conflicts(self) -> None:
        from desktop.core.permissions import allowed
        from desktop.ui.supervisor_dialog import SupervisorDialog

        if self.ctx.user is None or not allowed(self.ctx.user.role, "conflict.resolve"):
            self.message.show_error(self.tr("מסך ההתנגשויות וההסגר פתוח למפקחים ולמנהלי מערכת."))
            return
        SupervisorDialog(self.ctx, self).exec()

    def show_knowledge(self) -> None:
        from desktop.ui.knowledge_dialog import KnowledgeDialog

        on_counter = self.workspace.currentWidget() is self.counter
        known = self.profile is not None and on_counter
        name = self.profile.full_name if known else ""
        language = self.profile.language if known else "he"
        self.last_knowledge = KnowledgeDialog(self.ctx, name, self, language)
        self.last_knowledge.exec()

    def show_absences(self) -> None:
        from desktop.core.permissions import allowed
        from desktop.ui.absence_dialog import AbsenceDialog

        if self.ctx.user is None or not allowed(self.ctx.user.role, "absence.manage"):
            self.statusBar().showMessage(
                self.tr("ניהול היעדרויות פתוח למפקחים ולמנהלי מערכת."), 5000
            )
            return
        AbsenceDialog(self.ctx, self).exec()
        self.workspace.refresh_all()

    def show_help(self) -> None:
        HelpDialog(self).exec()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self.save_draft_now()
        if self.last_display is not None:
            self.last_display.close()
        self.tasks.wait(3000)
        self.sync.wait(3000)
        super().closeEvent(event)
