"""The command line's texts of the codes of db/dedupe (duplicates, merge) and db/undo.py."""

TEXT: dict[str, str] = {
    # why two records look like one (db/dedupe/evidence.py, Match.reason and Pair.reason)
    "same_email": "same e-mail",
    "same_phone": "same phone",
    "same_org_number": "same organisation number",
    "same_name_same_org": "same name in the same organisation",
    "same_name": "same name",
    "similar_name_same_org": "similar name in the same organisation",
    "similar_name": "similar name",
    # merging (db/dedupe/merge.py)
    "merge_not_mergeable": "only records of these kinds can be merged: {entities} (not {entity})",
    "merge_with_itself": "a record ({entity}) cannot be merged with itself",
    "merge_different_kinds": "the two records are of different kinds ({other_entity} and {entity}): only two "
                             "records of the same kind can be merged",
    "merge_kept_deleted": "the record to keep ({entity}) is deleted; restore it before merging",
    "merge_dropped_deleted": "the record to merge into the other ({entity}) is deleted; restore it before merging",
    "merge_unknown_field": "a record ({entity}) has no field '{value}' to choose",
    # undoing (db/undo.py)
    "undo_no_such_operation": "there is no operation with id {id}",
    "undo_unknown_entity": "changes to {entity} cannot be undone",
    "undo_unsupported_action": "this change ({action}, {entity}) cannot be undone",
    "undo_changed_since": "cannot undo: a record ({entity}) that this operation changed has been changed since",
    "undo_created_record_in_use": "cannot undo: the record ({entity}) that this operation created is now used "
                                  "elsewhere ({used_by_entity})",
}
