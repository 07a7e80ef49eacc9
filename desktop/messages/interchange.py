"""The texts of db/interchange's codes: the file readers (vCard, iCalendar, CSV/Excel), the import
plan, and a JSON export. Swedish in resources/translations/sv_transfer.py."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXT: dict[str, str] = {
    # files that cannot be read (ImportFileError's reason; the file, line and field are put around it)
    "no_such_file": QT_TRANSLATE_NOOP("Messages", "no such file"),
    "file_unreadable": QT_TRANSLATE_NOOP("Messages", "cannot be read ({detail})"),
    "is_a_folder": QT_TRANSLATE_NOOP("Messages", "is a folder, not a file"),
    "file_empty": QT_TRANSLATE_NOOP("Messages", "the file is empty"),
    "file_too_large": QT_TRANSLATE_NOOP(
        "Messages", "the file is {size_mb} MB; the largest file that can be imported is {limit_mb} MB (split it, or "
        "export without photos)"),
    "unsupported_file_type": QT_TRANSLATE_NOOP("Messages", "unsupported file type '{suffix}' (supported: {supported})"),
    "file_without_suffix": QT_TRANSLATE_NOOP(
        "Messages", "the file name has no suffix, so its type is unknown (supported: {supported})"),
    "xls_workbook": QT_TRANSLATE_NOOP(
        "Messages", "an Excel 97-2003 workbook (.xls) cannot be read; save it as an Excel workbook (.xlsx) or as CSV"),
    "no_column_matched": QT_TRANSLATE_NOOP("Messages", "no column could be matched to a {entity} field"),
    # CSV files (db/interchange/tabular/csv_files.py)
    "binary_not_text": QT_TRANSLATE_NOOP("Messages", "is a binary file, not text"),
    "mixed_utf8": QT_TRANSLATE_NOOP(
        "Messages", "mixes UTF-8 text with bytes that are not UTF-8; save the file again as UTF-8 CSV"),
    "not_utf8_or_cp1252": QT_TRANSLATE_NOOP(
        "Messages", "is neither UTF-8 nor Windows-1252 text (byte {byte} cannot be read); save it as UTF-8 CSV"),
    "broken_encoding": QT_TRANSLATE_NOOP(
        "Messages", "starts as {encoding} text but is broken at byte {byte} (a truncated or damaged file)"),
    "zip_not_csv": QT_TRANSLATE_NOOP(
        "Messages", "is a zip file (an Excel workbook?), not CSV text; an Excel workbook must end in .xlsx"),
    "office_file_not_csv": QT_TRANSLATE_NOOP(
        "Messages", "is an Excel 97-2003 or other Office file, not CSV text; save it as CSV or .xlsx"),
    "utf16_without_bom": QT_TRANSLATE_NOOP(
        "Messages", "is UTF-16 text without a byte-order mark; save it as UTF-8 CSV"),
    "binary_not_csv": QT_TRANSLATE_NOOP("Messages", "is a binary file, not CSV text"),
    "unclosed_quote": QT_TRANSLATE_NOOP(
        "Messages", "a quoted field is never closed (a \" is missing); the rest of the file cannot be read"),
    "stray_quote": QT_TRANSLATE_NOOP(
        "Messages", "a quoted field is followed by more text before the next delimiter (a stray \")"),
    "field_too_long": QT_TRANSLATE_NOOP(
        "Messages", "a field is longer than {limit} characters (probably a \" that is never closed)"),
    "csv_unreadable": QT_TRANSLATE_NOOP("Messages", "the CSV cannot be read ({detail})"),
    # Excel workbooks (db/interchange/tabular/excel_files.py)
    "xls_or_protected_workbook": QT_TRANSLATE_NOOP(
        "Messages", "is an Excel 97-2003 workbook or a password-protected one; save it as an unprotected .xlsx or as "
        "CSV"),
    "workbook_not_a_zip": QT_TRANSLATE_NOOP("Messages", "is not a valid Excel workbook (.xlsx): it is not a zip file"),
    "invalid_workbook": QT_TRANSLATE_NOOP("Messages", "is not a valid Excel workbook (.xlsx): {detail}"),
    "workbook_expands_too_far": QT_TRANSLATE_NOOP(
        "Messages", "unpacks to more than {limit_mb} MB, the most that can be imported (a small file that expands "
        "this much is refused as a decompression bomb); split it, or save it as CSV"),
    "workbook_part_damaged": QT_TRANSLATE_NOOP(
        "Messages", "is not a valid Excel workbook (.xlsx): its part {part} does not unpack to the size the zip "
        "file declares"),
    "workbook_part_unsafe": QT_TRANSLATE_NOOP(
        "Messages", "is refused: its part {part} holds an XML document type declaration, which Excel never writes "
        "and which can make a small file expand without limit"),
    "workbook_compression": QT_TRANSLATE_NOOP(
        "Messages", "is not a workbook as Excel writes it: its part {part} is compressed with zip method {method}; "
        "save it again from Excel"),
    "workbook_too_many_rows": QT_TRANSLATE_NOOP(
        "Messages", "has rows beyond row {maximum}, the last row an Excel sheet can have"),
    "cell_too_long": QT_TRANSLATE_NOOP(
        "Messages", "cell {cell} holds more than {limit} characters, more than any field takes"),
    "no_such_sheet": QT_TRANSLATE_NOOP("Messages", "has no sheet named '{sheet}' (sheets: {sheets})"),
    "chart_sheet": QT_TRANSLATE_NOOP("Messages", "the sheet '{sheet}' is a chart, not a table"),
    "no_worksheet": QT_TRANSLATE_NOOP("Messages", "has no worksheet"),
    # a table's shape (db/interchange/tabular/table.py)
    "file_without_data": QT_TRANSLATE_NOOP("Messages", "the file holds no data (only empty lines)"),
    "sheet_without_data": QT_TRANSLATE_NOOP("Messages", "the sheet holds no data (only empty lines)"),
    "wrong_column_count": QT_TRANSLATE_NOOP("Messages", "has {count} columns; the header has {expected}"),
    "most_rows_wrong_width": QT_TRANSLATE_NOOP(
        "Messages", "{count} of {total} rows do not have the header's {width} columns, starting with this one "
        "(probably a wrong delimiter or broken quoting)"),
    "header_without_rows": QT_TRANSLATE_NOOP("Messages", "has a header but no rows"),
    "unnamed_column_with_data": QT_TRANSLATE_NOOP(
        "Messages", "column {column} of the header has no name, but holds data (first on line {first_line})"),
    "duplicate_column": QT_TRANSLATE_NOOP(
        "Messages", "the header has the column '{column}' twice (columns {first} and {second}); every column needs "
        "its own name"),
    # mapping files (db/interchange/tabular/column_mapping.py)
    "not_utf8": QT_TRANSLATE_NOOP("Messages", "is not UTF-8 text (byte {byte})"),
    "invalid_json": QT_TRANSLATE_NOOP("Messages", "invalid JSON (column {column}: {detail})"),
    "mapping_not_an_object": QT_TRANSLATE_NOOP(
        "Messages", "a mapping is a JSON object: {{\"type\": \"contact\", \"columns\": {{...}}}}"),
    "mapping_unknown_key": QT_TRANSLATE_NOOP(
        "Messages", "unknown key '{key}' (a mapping has \"type\" and \"columns\")"),
    "mapping_unknown_type": QT_TRANSLATE_NOOP(
        "Messages", "unknown type {value} (use contact, organisation or project)"),
    "mapping_columns_not_an_object": QT_TRANSLATE_NOOP(
        "Messages", "\"columns\" must be an object of column name -> field"),
    "mapping_unknown_field": QT_TRANSLATE_NOOP(
        "Messages", "unknown field {value} for the column '{column}' (fields of a {entity}: {allowed})"),
    "column_mapped_twice": QT_TRANSLATE_NOOP("Messages", "the column '{column}' is mapped twice"),
    "mapping_column_ambiguous": QT_TRANSLATE_NOOP(
        "Messages", "the column '{column}' matches several columns of the file: {matches}"),
    "mapping_column_missing": QT_TRANSLATE_NOOP("Messages", "the column '{column}' is not in the file's header"),
    # rows of a table (db/interchange/tabular/row_records.py)
    "contact_without_name": QT_TRANSLATE_NOOP("Messages", "no name (a first or last name is required)"),
    "organisation_without_name": QT_TRANSLATE_NOOP("Messages", "no name (an organisation's name is required)"),
    "project_without_title": QT_TRANSLATE_NOOP("Messages", "no title (a project's title is required)"),
    "unused_columns": QT_TRANSLATE_NOOP(
        "Messages", "columns with data that are not imported (no matching field): {columns}"),
    "unused_columns_and_more": QT_TRANSLATE_NOOP(
        "Messages", "columns with data that are not imported (no matching field): {columns} and {more} more"),
    # vCard files (db/interchange/vcard/)
    "vcard_broken_utf16": QT_TRANSLATE_NOOP(
        "Messages", "the file says it is UTF-16, but its text cannot be decoded as UTF-16"),
    "vcard_binary": QT_TRANSLATE_NOOP("Messages", "not a vCard file: it holds binary data, not text"),
    "not_a_vcard_file": QT_TRANSLATE_NOOP("Messages", "not a vCard file (it has no BEGIN:VCARD line)"),
    "vcard_cut_off": QT_TRANSLATE_NOOP(
        "Messages", "the vCard that starts on line {start_line} has no END:VCARD; the file seems cut off"),
    "vcard_without_end": QT_TRANSLATE_NOOP(
        "Messages", "has no END:VCARD before the next BEGIN:VCARD on line {next_line}; the vCard is skipped"),
    "vcard_unknown_encoding": QT_TRANSLATE_NOOP(
        "Messages", "the text is neither UTF-8 nor Windows-1252, so the file's encoding cannot be recognised (save "
        "it as UTF-8 and try again)"),
    "vcard_property_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "cannot be read ({reason}); the vCard that starts on line {start_line} is skipped"),
    "vcard_line_malformed": QT_TRANSLATE_NOOP("Messages", "it is not of the form NAME;PARAMETERS:VALUE"),
    "vcard_quoted_printable_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "its quoted-printable value is neither UTF-8 nor Windows-1252 text"),
    "vcard_without_name": QT_TRANSLATE_NOOP(
        "Messages", "the vCard has no name (N or FN) and no e-mail address; it is skipped"),
    "photos_skipped": QT_TRANSLATE_NOOP("Messages", "photos skipped (Kunskapsbanken does not store photos): {count}"),
    "birthdays_skipped": QT_TRANSLATE_NOOP(
        "Messages", "birthdays not imported (Kunskapsbanken stores no birthdays): {count}"),
    # iCalendar files (db/interchange/ical/)
    "ical_binary": QT_TRANSLATE_NOOP(
        "Messages", "this is not a text file (it looks binary); an iCalendar file is text"),
    "ical_wrong_encoding": QT_TRANSLATE_NOOP(
        "Messages", "not {encoding} text (byte {byte}); save the calendar again as UTF-8"),
    "vcard_not_ical": QT_TRANSLATE_NOOP("Messages", "this is a vCard file (contacts), not an iCalendar file"),
    "not_an_ical_file": QT_TRANSLATE_NOOP("Messages", "not an iCalendar file: it should start with BEGIN:VCALENDAR"),
    "begin_without_name": QT_TRANSLATE_NOOP("Messages", "BEGIN: without a component name"),
    "begin_outside_calendar": QT_TRANSLATE_NOOP(
        "Messages", "BEGIN:{component} outside BEGIN:VCALENDAR ... END:VCALENDAR"),
    "end_without_begin": QT_TRANSLATE_NOOP("Messages", "END:{component} without a BEGIN:{component} before it"),
    "end_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "END:{component} where END:{expected} was expected (BEGIN:{expected} is on line {begin_line})"),
    "component_not_closed": QT_TRANSLATE_NOOP(
        "Messages", "BEGIN:{component} has no END:{component}: the file looks truncated"),
    "text_after_calendar": QT_TRANSLATE_NOOP("Messages", "line {line}: text after END:VCALENDAR was ignored"),
    "not_an_ical_line": QT_TRANSLATE_NOOP("Messages", "'{text}' is not an iCalendar line (NAME:value)"),
    "unknown_time_zone": QT_TRANSLATE_NOOP(
        "Messages", "line {line}: unknown time zone '{zone}'; its times were taken as Swedish time"),
    "not_an_ical_time": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not an iCalendar date (YYYYMMDD) or date and time (YYYYMMDDTHHMMSS)"),
    "time_out_of_range": QT_TRANSLATE_NOOP("Messages", "'{value}' is too far in the past or future"),
    "end_out_of_range": QT_TRANSLATE_NOOP("Messages", "the end is too far in the future"),
    "not_an_ical_duration": QT_TRANSLATE_NOOP("Messages", "'{value}' is not an iCalendar duration (like PT1H30M)"),
    "event_ends_before_start": QT_TRANSLATE_NOOP("Messages", "the event ends ({ends}) before it starts ({starts})"),
    "event_without_title": QT_TRANSLATE_NOOP("Messages", "the event has no title (SUMMARY)"),
    "event_without_start": QT_TRANSLATE_NOOP("Messages", "the event has no start (DTSTART)"),
    "tasks_ignored": QT_TRANSLATE_NOOP(
        "Messages", "tasks and journal entries (VTODO, VJOURNAL) ignored, only events are imported: {count}"),
    "recurring_events": QT_TRANSLATE_NOOP(
        "Messages", "recurring events of which only the first occurrence was imported: {count}"),
    "cancelled_events": QT_TRANSLATE_NOOP("Messages", "cancelled events skipped: {count}"),
    # why a row matches a record (db/interchange/import_pipeline/planning.py; db/dedupe has the others)
    "same_id": QT_TRANSLATE_NOOP("Messages", "same id"),
    "same_calendar_uid": QT_TRANSLATE_NOOP("Messages", "same calendar UID"),
    "same_title_and_start": QT_TRANSLATE_NOOP("Messages", "same title and start"),
    "same_reference": QT_TRANSLATE_NOOP("Messages", "same reference"),
    "same_title": QT_TRANSLATE_NOOP("Messages", "same title"),
    "same_as_line": QT_TRANSLATE_NOOP("Messages", "same as line {line} ({reason})"),
    "same_record_as_line": QT_TRANSLATE_NOOP("Messages", "same as line {line}"),
    "resembles_line": QT_TRANSLATE_NOOP("Messages", "{reason}: line {line}"),
    "attendees_not_linked": QT_TRANSLATE_NOOP(
        "Messages", "line {line}: {count} participant(s) not in the knowledge base were not linked (no contact is "
        "created from an invitation)"),
    "import_cancelled": QT_TRANSLATE_NOOP("Messages", "the import was cancelled; nothing was written"),
    "import_replanned": QT_TRANSLATE_NOOP(
        "Messages",
        "the knowledge base changed after the preview (another window or program wrote to it): {count} row(s) were "
        "matched again just before writing; the figures above are what was written"),
    "import_target_gone": QT_TRANSLATE_NOOP(
        "Messages",
        "line {line}: the record chosen to be updated was deleted meanwhile; the row was skipped"),
    "import_row_overtaken": QT_TRANSLATE_NOOP(
        "Messages",
        "line {line}: after the preview the knowledge base got a record this row resembles; the row was skipped as "
        "a possible duplicate"),
    # a JSON export (db/interchange/json_restore.py)
    "export_file_missing": QT_TRANSLATE_NOOP("Messages", "{path}: no such file"),
    "export_not_utf8": QT_TRANSLATE_NOOP("Messages", "{path}: not UTF-8 text (byte {byte})"),
    "export_invalid_json": QT_TRANSLATE_NOOP(
        "Messages", "{path}: invalid JSON at line {line}, column {column}: {detail}"),
    "export_too_deeply_nested": QT_TRANSLATE_NOOP(
        "Messages", "{path}: nested too deeply to be a Kunskapsbanken export"),
    "export_unreadable": QT_TRANSLATE_NOOP("Messages", "{path}: cannot be read as JSON: {detail}"),
    "not_a_kunskapsbanken_export": QT_TRANSLATE_NOOP(
        "Messages", "{path}: not a Kunskapsbanken export (missing \"format\": \"{format}\")"),
    "export_schema_version": QT_TRANSLATE_NOOP(
        "Messages", "{path}: export of schema version {version}; this app reads version {expected}"),
    "export_without_tables": QT_TRANSLATE_NOOP("Messages", "{path}: \"tables\" is missing or not an object"),
    "export_unknown_table": QT_TRANSLATE_NOOP("Messages", "{path}: unknown table \"{table}\""),
    "export_table_not_a_list": QT_TRANSLATE_NOOP("Messages", "{path}: table \"{table}\" is not a list"),
    "export_row_not_an_object": QT_TRANSLATE_NOOP("Messages", "{path}: {table} row {row}: not an object"),
    "export_unknown_key": QT_TRANSLATE_NOOP("Messages", "{path}: {table} row {row}: unknown field \"{key}\""),
    "export_missing_key": QT_TRANSLATE_NOOP("Messages", "{path}: {table} row {row}: missing field \"{key}\""),
    "export_key_not_text": QT_TRANSLATE_NOOP(
        "Messages", "{path}: {table} row {row}: field \"{key}\" must be non-empty text"),
    "export_invalid_row": QT_TRANSLATE_NOOP("Messages", "{path}: {table} row {row} (id {id}): {field}: {reason}"),
    "export_unreadable_row": QT_TRANSLATE_NOOP("Messages", "{path}: {table} row {row} (id {id}): {detail}"),
    "export_missing_reference": QT_TRANSLATE_NOOP(
        "Messages", "{path}: {table} row {row}: field \"{key}\" refers to a missing {target_entity}"),
    "export_duplicate_key": QT_TRANSLATE_NOOP("Messages", "{path}: table \"{table}\" has a duplicate {key}"),
}
