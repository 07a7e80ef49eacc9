"""Sharing one knowledge base between the office's computers through a folder (issue 12).

Each computer keeps its full database; the folder holds only files that one computer writes
(db/sharing/share_folder.py), sealed with a key from the office's passphrase (crypto.py,
container.py). A round (rounds.py) sends this computer's change-log entries and applies the
others' through db.changelog_replay. docs/sharing.md describes the format.
"""
