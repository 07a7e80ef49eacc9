"""Kunskapsbanken: `python main.py` opens the desktop app; `python main.py COMMAND` runs the command line.

    python main.py                 the app on your own database (in the user data folder)
    python main.py --demo          the app on the demo database (created if missing)
    python main.py demo --db d.db  a command (see --help)
"""

from __future__ import annotations

import os
import sys

APP_OPTIONS = ("--demo", "--lang", "--db", "--screenshot", "--page", "--size")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # Every file the app or a command creates (database, index, logs, backups, exports) holds
    # personal data: readable by the user alone. The modules also set modes explicitly.
    os.umask(0o077)
    if not argv or argv[0].startswith(APP_OPTIONS):
        from desktop.app import run

        return run(argv)
    from cli.main import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
