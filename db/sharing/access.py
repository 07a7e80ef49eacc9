"""Opening a share: its description checked, then its key (kept on this computer, or from the
passphrase), verified against the description's key check before any file is read.

    share, description, keys = open_share(folder, passphrase)

`passphrase` is the text, or a function asked only when no kept key fits (the command line's
prompt), or None (then PassphraseNeeded when no kept key fits).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from db.sharing import crypto
from db.sharing.errors import PassphraseNeeded, WrongPassphrase
from db.sharing.share_folder import ShareFolder

PassphraseSource = str | Callable[[], str | None] | None


def passphrase_of(source: PassphraseSource) -> str | None:
    return source() if callable(source) else source


def keys_for(share: ShareFolder, description: dict[str, Any], source: PassphraseSource) -> crypto.Keys:
    kb_id = description["kb_id"]
    kept = crypto.kept_keys(kb_id)
    if kept is not None and crypto.check_matches(kept, description.get("key_check")):
        return kept
    passphrase = passphrase_of(source)
    if not passphrase:
        raise PassphraseNeeded(str(share.root))
    keys = crypto.derive_keys(passphrase, description.get("kdf"), kb_id)
    if not crypto.check_matches(keys, description.get("key_check")):
        raise WrongPassphrase(str(share.root))
    crypto.keep_key(kb_id, keys)
    return keys


def open_share(folder: Path | str, source: PassphraseSource) -> tuple[ShareFolder, dict[str, Any], crypto.Keys]:
    share = ShareFolder(folder)
    description = share.description()
    return share, description, keys_for(share, description, source)
