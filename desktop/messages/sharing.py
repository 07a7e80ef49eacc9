"""The texts of the codes of db/sharing (the shared folder between computers)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXT: dict[str, str] = {
    "share_wrong_passphrase": QT_TRANSLATE_NOOP("Messages", "wrong passphrase for the shared knowledge base in "
                                                            "{folder}"),
    "share_passphrase_needed": QT_TRANSLATE_NOOP("Messages", "the shared knowledge base in {folder} needs its "
                                                             "passphrase"),
    "share_passphrase_too_short": QT_TRANSLATE_NOOP("Messages", "the passphrase must have at least {minimum} "
                                                                "characters"),
    "share_too_new": QT_TRANSLATE_NOOP("Messages", "{file} was written by a newer version of the app (format "
                                                   "{version}; this app reads {supported}): update the app; "
                                                   "nothing was applied"),
    "share_unavailable": QT_TRANSLATE_NOOP("Messages", "the shared folder {folder} cannot be used now ({detail}); "
                                                       "local work goes on"),
    "share_file_incomplete": QT_TRANSLATE_NOOP("Messages", "{file} is not complete yet (still being copied?); it "
                                                           "is retried next time"),
    "share_file_unauthentic": QT_TRANSLATE_NOOP("Messages", "{file} fails authentication (damaged, forged or "
                                                            "another key); it is never applied"),
    "share_file_malformed": QT_TRANSLATE_NOOP("Messages", "{file} does not read as change-log entries "
                                                          "({detail}); it is never applied"),
    "share_file_missing": QT_TRANSLATE_NOOP("Messages", "{file} is missing; the files after it wait for it"),
    "share_clock_ahead": QT_TRANSLATE_NOOP("Messages", "computer {device} writes times {hours} hours ahead of "
                                                       "this computer's clock"),
    "share_description_damaged": QT_TRANSLATE_NOOP("Messages", "the shared folder's description "
                                                               "(kunskapsbanken.json) is damaged ({part})"),
    "share_description_missing": QT_TRANSLATE_NOOP("Messages", "{folder} holds change files but no "
                                                               "kunskapsbanken.json (not synced yet?)"),
    "share_not_a_share": QT_TRANSLATE_NOOP("Messages", "{folder} is not a shared knowledge base (no "
                                                       "kunskapsbanken.json)"),
    "share_folder_in_use": QT_TRANSLATE_NOOP("Messages", "{folder} is not empty; a shared knowledge base is "
                                                         "created in an empty folder"),
    "share_not_joined": QT_TRANSLATE_NOOP("Messages", "this database is not part of the shared knowledge base in "
                                                      "{folder}; join it with a new database"),
    "share_other_knowledge_base": QT_TRANSLATE_NOOP("Messages", "{folder} holds another shared knowledge base "
                                                                "than this database's"),
    "share_already_shared": QT_TRANSLATE_NOOP("Messages", "this database is already shared (in {folder})"),
    "share_join_needs_empty_database": QT_TRANSLATE_NOOP("Messages", "{db} already holds data; a computer joins "
                                                                     "with a new, empty database"),
    "share_device_id_invalid": QT_TRANSLATE_NOOP("Messages", "this database's device id {device} cannot be used "
                                                             "in a shared folder"),
    "share_device_id_taken": QT_TRANSLATE_NOOP("Messages", "another database writes as this computer ({device}) "
                                                           "in the shared folder (a copied database file?); "
                                                           "nothing was sent"),
    "share_own_files_missing": QT_TRANSLATE_NOOP("Messages", "this computer's change files up to number {number} "
                                                             "are gone from the shared folder ({device}); nothing "
                                                             "was sent"),
}
