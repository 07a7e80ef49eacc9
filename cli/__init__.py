"""The command line: `python main.py COMMAND ...`. Parses arguments, calls db/, prints results and
messages; a user error is one line on stderr and exit status 2. Never imports Qt."""
