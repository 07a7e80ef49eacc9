"""Errors the command line reports as one line on stderr with exit status 2."""


class UserError(Exception):
    """Bad input from the user: a missing file, an invalid value, a wrong argument."""
