"""The command line's texts of the codes of db/sharing (the shared folder between computers)."""

TEXT: dict[str, str] = {
    "share_wrong_passphrase": "wrong passphrase for the shared knowledge base in {folder}",
    "share_passphrase_needed": "the shared knowledge base in {folder} needs its passphrase (a prompt, "
                               "--passphrase-file FILE or KUNSKAPSBANKEN_PASSPHRASE)",
    "share_passphrase_too_short": "the passphrase must have at least {minimum} characters",
    "share_too_new": "{file} was written by a newer version of the app (format {version}; this app reads "
                     "{supported}): update the app; nothing was applied",
    "share_unavailable": "the shared folder {folder} cannot be used now ({detail}); local work goes on",
    "share_file_incomplete": "{file} is not complete yet (still being copied?); it is retried next time",
    "share_file_unauthentic": "{file} fails authentication (damaged, forged or another key); it is never applied",
    "share_file_malformed": "{file} does not read as change-log entries ({detail}); it is never applied",
    "share_file_missing": "{file} is missing; the files after it wait for it",
    "share_clock_ahead": "computer {device} writes times {hours} hours ahead of this computer's clock",
    "share_description_damaged": "the shared folder's description (kunskapsbanken.json) is damaged ({part})",
    "share_description_missing": "{folder} holds change files but no kunskapsbanken.json (not synced yet?)",
    "share_not_a_share": "{folder} is not a shared knowledge base (no kunskapsbanken.json)",
    "share_folder_in_use": "{folder} is not empty; a shared knowledge base is created in an empty folder",
    "share_not_joined": "this database is not part of the shared knowledge base in {folder}; "
                        "join it with a new database (--join)",
    "share_other_knowledge_base": "{folder} holds another shared knowledge base than this database's",
    "share_already_shared": "this database is already shared (in {folder})",
    "share_join_needs_empty_database": "{db} already holds data; a computer joins with a new, empty database",
    "share_device_id_invalid": "this database's device id {device} cannot be used in a shared folder",
    "share_device_id_taken": "another database writes as this computer ({device}) in the shared folder "
                             "(a copied database file?); nothing was sent",
    "share_own_files_missing": "this computer's change files up to number {number} are gone from the shared "
                               "folder ({device}); nothing was sent",
}
