"""What can go wrong with a shared folder, as codes (db/errors.py): the command line and the
desktop phrase them (cli/messages/sharing.py, desktop/messages/sharing.py).

Two kinds:
- UserError subclasses stop the round and are one line for the user (a wrong passphrase, a folder
  that is not reachable, a share written by a newer app);
- ShareFileError subclasses are about one file of another computer: the round skips that computer
  from that file on and reports it (Incomplete: retried next round; Unauthentic, Malformed: never
  applied).
"""

from __future__ import annotations

from db.errors import CodedError, UserError


class WrongPassphrase(UserError):
    """The passphrase does not give the key the share's description checks against."""

    def __init__(self, folder: str):
        super().__init__("share_wrong_passphrase", folder=folder)


class PassphraseNeeded(UserError):
    """No key of this share is kept on this computer and no passphrase was given."""

    def __init__(self, folder: str):
        super().__init__("share_passphrase_needed", folder=folder)


class TooNew(UserError):
    """Written by a newer version of the app (a file's format, or the description's minimum)."""

    def __init__(self, what: str, version: str, supported: str):
        super().__init__("share_too_new", file=what, version=version, supported=supported)


class ShareUnavailable(UserError):
    """The folder cannot be read or written (offline, full, no permission): local work goes on."""

    def __init__(self, folder: str, reason: str):
        super().__init__("share_unavailable", folder=folder, detail=reason)


class SharingRefused(UserError):
    """A request that does not fit the folder or the database (the code says which)."""


class ShareFileError(CodedError):
    """One file of the share that cannot be used (now)."""

    def __init__(self, code: str, /, file: str, **params):
        super().__init__(code, file=file, **params)
        self.file = file


class Incomplete(ShareFileError):
    """Shorter than its header says or its checksum does not match: still being copied. Retried."""

    def __init__(self, file: str):
        super().__init__("share_file_incomplete", file=file)


class Unauthentic(ShareFileError):
    """Whole, but authentication fails: forged, damaged on purpose, or another key. Never applied."""

    def __init__(self, file: str):
        super().__init__("share_file_unauthentic", file=file)


class Malformed(ShareFileError):
    """Authentic, but its contents do not read as change-log entries. Never applied."""

    def __init__(self, file: str, detail: str):
        super().__init__("share_file_malformed", file=file, detail=detail)
