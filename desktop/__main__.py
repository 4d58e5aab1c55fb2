"""The `dalpak` command (also `python -m desktop`): the command line, with the collector off
while it starts.

Opening the window allocates a great deal and frees almost nothing, so garbage collection
waits: desktop.cli turns it back on for every command but the window, and the window
(desktop.ui.app.run) once it is shown.
"""

import gc
import sys


def main() -> int:
    gc.disable()
    from desktop.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
