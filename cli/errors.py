"""Errors the command line reports as one line on stderr with exit status 2."""


class CommandError(Exception):
    """Bad input the command line itself found and phrases (a wrong argument, a missing file)."""
