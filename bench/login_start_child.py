"""Child process of bench_startup_ratio.py: a real start of `dalpak gui`, login dialog included.

Runs the `dalpak` command (desktop/__main__.py) as a clerk starts it, with two stand-ins for the
person at the screen: the login dialog gets the user name and password typed the moment it
opens (and checks them as always, argon2 included), and once the main window is shown and its
first events handled, a picture is saved and the app quits. Everything `run()` does is in it:
the draft check, the background warm-up (receipt fonts, the tabs' titles), the sync timer;
closing the window waits for that background work, as quitting the app does.

    python bench/login_start_child.py DB_URL PNG [USERNAME PASSWORD]
"""

import sys


def main() -> int:
    url, picture = sys.argv[1], sys.argv[2]
    username = sys.argv[3] if len(sys.argv) > 3 else "dana"
    password = sys.argv[4] if len(sys.argv) > 4 else "dalpak2026"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from desktop.ui import login, main_window

    typed_exec = login.LoginDialog.exec

    def exec_typed(dialog: login.LoginDialog) -> int:
        def type_in() -> None:
            dialog.username.setText(username)
            dialog.password.setText(password)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        QTimer.singleShot(0, type_in)
        return typed_exec(dialog)

    login.LoginDialog.exec = exec_typed
    shown: list[int] = []
    show_maximized = main_window.MainWindow.showMaximized

    def show_and_picture(window: main_window.MainWindow) -> None:
        show_maximized(window)

        def finish() -> None:
            app = QApplication.instance()
            app.processEvents()
            shown.append(0 if window.grab().save(picture) else 5)
            window.close()
            app.quit()

        QTimer.singleShot(0, finish)

    main_window.MainWindow.showMaximized = show_and_picture
    sys.argv = ["dalpak", "--db", url, "gui"]
    from desktop.__main__ import main as dalpak

    code = dalpak()
    return code or (shown[0] if shown else 6)


if __name__ == "__main__":
    sys.exit(main())
