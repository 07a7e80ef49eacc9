"""The command line's texts of the core's codes (db/validation.py, db/services.py, db/connection.py)."""

TEXT: dict[str, str] = {
    # single values (db/validation.py)
    "org_number_format": "'{value}' is not an organisationsnummer (NNNNNN-NNNN, ten digits)",
    "org_number_third_digit": "'{value}' is not an organisationsnummer (the third digit must be 2 or more)",
    "org_number_check_digit": "'{value}' has a wrong check digit (Luhn)",
    "invalid_email": "'{value}' is not a valid e-mail address",
    "not_a_phone_number": "'{value}' is not a phone number",
    "invalid_phone_number": "'{value}' is not a valid phone number",
    "not_an_iso_date": "'{value}' is not an ISO date (YYYY-MM-DD)",
    "not_a_calendar_date": "'{value}' is not a date in the calendar",
    "not_an_iso_datetime": "'{value}' is not an ISO date and time (YYYY-MM-DDTHH:MM)",
    "not_a_calendar_datetime": "'{value}' is not a date and time in the calendar",
    "not_whole_kronor": "'{value}' is not a whole number of kronor",
    "negative_amount": "{value} is negative; amounts are 0 kr or more",
    "amount_too_large": "{value} kr is too large (at most {maximum_sek})",
    "date_out_of_range": "'{value}' is not between {minimum} and {maximum}",
    "number_too_large": "{value} is more than {maximum}",
    # characters and types (db/limits.py)
    "control_character": "contains a control character (U+{code})",
    "unpaired_surrogate": "contains an unpaired surrogate (U+{code}), which is not text",
    "invisible_character": "contains an invisible formatting character (U+{code}) that can disguise the text",
    "not_text": "{value} is not text",
    "not_a_whole_number": "{value} is not a whole number",
    "not_true_or_false": "{value} is not true or false",
    "not_a_list_of_text": "{value} is not a list of texts",
    "too_many_items": "at most {maximum} entries",
    "not_an_id": "'{value}' is not a record id (a UUID: 8-4-4-4-12 lowercase hexadecimal digits)",
    "not_a_stamp": "'{value}' is not a time stamp (YYYY-MM-DDTHH:MM:SS.sssZ, 1900-2100)",
    # change-log entries from outside (db/outside_records.py, db/changelog_replay.py)
    "too_deeply_nested": "nested too deeply",
    "not_a_json_object": "not a JSON object ({detail})",
    "wrong_form": "'{value}' does not have the expected form",
    "not_a_clock": "'{value}' is not a change-log clock (13 digits.5 digits.device)",
    "invalid_log_entry": "change-log entry {id}: {field}: {reason}",
    # records (db/validation.py)
    "required": "{field} is required",
    "first_or_last_name_required": "a first or last name is required",
    "start_required": "a start date is required",
    "wrong_type": "{value} has the wrong type",
    "year_out_of_range": "'{value}' is not a year between {minimum} and {maximum}",
    "grant_exceeds_budget": "the grant ({grant_sek}) exceeds the total budget ({total_budget_sek})",
    "low_cofinancing": "co-financing is {share} % of the total budget; the programme requires at least {minimum} %",
    "own_parent": "a network cannot be its own parent",
    "not_a_count_of_people": "'{value}' is not a count of people (0 or more)",
    "exactly_one_of": "exactly one of {fields} must be set",
    "too_long": "at most {maximum} characters",
    "date_before": "{value} is before {other_field} {other_value}",
    "not_one_of": "'{value}' is not one of: {allowed}",
    # db/services.py
    "no_such_record": "no {entity} with id {id}",
    "parent_is_descendant": "{value} lies below this {entity}: a parent cannot also be a descendant",
    "conflicts_with_existing": "conflicts with an existing {entity}: {detail}",
    "tag_exists": "there is already a tag named '{name}'",
    # db/connection.py
    "not_a_database":
        "{path} is not a Kunskapsbanken database ({detail})",
    "foreign_database":
        "{path} holds tables of another program; it is not a Kunskapsbanken database",
    "no_such_database":
        "{path} does not exist",
    "schema_too_new":
        "{path} has schema version {version}, newer than this app understands ({supported}); "
        "update the app. The file was not changed.",
    "cannot_open_database":
        "{path} could not be opened: {detail}",
    "database_file_read_only":
        "the database file is read-only (mode {mode}): {path}; nothing was changed. Reading it works "
        "(the command line's search, export and check); to change it, make the file writable (chmod u+w)",
    "database_folder_not_writable":
        "the folder {folder} is not writable: the database needs to write its journal there ({path}); "
        "nothing was changed",
    "database_read_only_old_schema":
        "{path} is read-only and has schema version {version}: it must be writable once to be migrated to "
        "version {supported}; it was not changed",
    "database_damaged_at":
        "{path}: the database file is damaged: run restore from a backup ({detail})",
    "database_read_only_unfinished":
        "{path} is read-only and holds a transaction a stopped program left unfinished: it must be writable "
        "once so that it can be rolled back; it was not changed",
}
