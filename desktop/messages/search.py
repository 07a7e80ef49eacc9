"""The texts of db/search's codes (Swedish in resources/translations/sv_search.py)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXT: dict[str, str] = {
    # what a search result says (SearchResult.error) and a search refused (db/search/service.py)
    "search_index_rebuilding": QT_TRANSLATE_NOOP("Messages", "the search index could not be read; it is being rebuilt"),
    "search_failed": QT_TRANSLATE_NOOP("Messages", "the search failed"),
    "search_page_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "page {page} with {page_size} hits a page: the page must be 1 or more and the hits "
                    "a page 1 to {maximum}"),
    "search_needs_a_database_file": QT_TRANSLATE_NOOP("Messages", "the search index needs a database file"),
    # the index on disk (db/search/whoosh_engine/)
    "index_busy": QT_TRANSLATE_NOOP(
        "Messages", "{folder}: another program or Kunskapsbanken window is writing to the search index; "
                    "try again in a moment"),
    "index_replaced_while_waiting": QT_TRANSLATE_NOOP(
        "Messages", "{folder}: the search index was replaced while waiting to write to it"),
    "index_schema_missing": QT_TRANSLATE_NOOP("Messages", "{folder}: no search index of schema version {schema}"),
    "index_cannot_open": QT_TRANSLATE_NOOP("Messages", "{folder}: the search index cannot be opened ({error})"),
    "index_damaged": QT_TRANSLATE_NOOP("Messages", "{folder}: the search index is damaged ({error})"),
    "index_missing": QT_TRANSLATE_NOOP("Messages", "{folder}: the search index is missing"),
    "index_cannot_write": QT_TRANSLATE_NOOP("Messages", "{folder}: the search index cannot be written ({error})"),
    "index_write_failed": QT_TRANSLATE_NOOP("Messages", "{folder}: writing the search index failed ({error})"),
    "index_version_column_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "the search index's version column of {documents} documents holds {values}"),
    "index_field_lengths_missing": QT_TRANSLATE_NOOP(
        "Messages", "the search index lacks the field lengths of {column}"),
    "index_of_another_database": QT_TRANSLATE_NOOP(
        "Messages", "the search index belongs to another database or a later state"),
    "index_needs_rebuild": QT_TRANSLATE_NOOP("Messages", "the search index needs a rebuild"),
}
