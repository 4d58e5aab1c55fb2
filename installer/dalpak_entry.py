"""Entry point of the bundled application: the same command line as the `dalpak` script."""

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
