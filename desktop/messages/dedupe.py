"""The texts of the codes of db/dedupe (duplicates, merge) and db/undo.py."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXT: dict[str, str] = {
    # why two records look like one (db/dedupe/evidence.py, Match.reason and Pair.reason)
    "same_email": QT_TRANSLATE_NOOP("Messages", "same e-mail"),
    "same_phone": QT_TRANSLATE_NOOP("Messages", "same phone"),
    "same_org_number": QT_TRANSLATE_NOOP("Messages", "same organisation number"),
    "same_name_same_org": QT_TRANSLATE_NOOP("Messages", "same name in the same organisation"),
    "same_name": QT_TRANSLATE_NOOP("Messages", "same name"),
    "similar_name_same_org": QT_TRANSLATE_NOOP("Messages", "similar name in the same organisation"),
    "similar_name": QT_TRANSLATE_NOOP("Messages", "similar name"),
    # merging (db/dedupe/merge.py)
    "merge_not_mergeable": QT_TRANSLATE_NOOP(
        "Messages", "only records of these kinds can be merged: {entities} (not {entity})"),
    "merge_with_itself": QT_TRANSLATE_NOOP("Messages", "a record ({entity}) cannot be merged with itself"),
    "merge_different_kinds": QT_TRANSLATE_NOOP(
        "Messages", "the two records are of different kinds ({other_entity} and {entity}): only two records of "
                    "the same kind can be merged"),
    "merge_kept_deleted": QT_TRANSLATE_NOOP(
        "Messages", "the record to keep ({entity}) is deleted; restore it before merging"),
    "merge_dropped_deleted": QT_TRANSLATE_NOOP(
        "Messages", "the record to merge into the other ({entity}) is deleted; restore it before merging"),
    "merge_unknown_field": QT_TRANSLATE_NOOP("Messages", "a record ({entity}) has no field '{value}' to choose"),
    # undoing (db/undo.py)
    "undo_no_such_operation": QT_TRANSLATE_NOOP("Messages", "there is no operation with id {id}"),
    "undo_unknown_entity": QT_TRANSLATE_NOOP("Messages", "changes to {entity} cannot be undone"),
    "undo_unsupported_action": QT_TRANSLATE_NOOP("Messages", "this change ({action}, {entity}) cannot be undone"),
    "undo_changed_since": QT_TRANSLATE_NOOP(
        "Messages", "cannot undo: a record ({entity}) that this operation changed has been changed since"),
    "undo_created_record_in_use": QT_TRANSLATE_NOOP(
        "Messages", "cannot undo: the record ({entity}) that this operation created is now used elsewhere "
                    "({used_by_entity})"),
}
