"""Swedish for the search: db/search's message codes and the words the results put around the
records' data (merged into sv_strings.SV)."""

SV: dict[str | tuple[str, str], str] = {
    # --- what a search says (desktop/messages/search.py) -------------------------------------------
    "the search index could not be read; it is being rebuilt": "sökindexet gick inte att läsa; det byggs om nu",
    "the search failed": "sökningen misslyckades",
    "page {page} with {page_size} hits a page: the page must be 1 or more and the hits a page 1 to {maximum}":
        "sida {page} med {page_size} träffar per sida: sidan måste vara 1 eller mer och träffarna per sida "
        "1 till {maximum}",
    "the search index needs a database file": "sökindexet behöver en databasfil",
    "{folder}: another program or Kunskapsbanken window is writing to the search index; try again in a moment":
        "{folder}: ett annat program eller Kunskapsbanken-fönster skriver till sökindexet; försök igen om en stund",
    "{folder}: the search index was replaced while waiting to write to it":
        "{folder}: sökindexet byttes ut medan skrivningen väntade",
    "{folder}: no search index of schema version {schema}": "{folder}: inget sökindex med schemaversion {schema}",
    "{folder}: the search index cannot be opened ({error})": "{folder}: sökindexet går inte att öppna ({error})",
    "{folder}: the search index is damaged ({error})": "{folder}: sökindexet är skadat ({error})",
    "{folder}: the search index is missing": "{folder}: sökindexet saknas",
    "{folder}: the search index cannot be written ({error})": "{folder}: sökindexet går inte att skriva ({error})",
    "{folder}: writing the search index failed ({error})":
        "{folder}: skrivningen till sökindexet misslyckades ({error})",
    "the search index's version column of {documents} documents holds {values}":
        "sökindexets versionskolumn för {documents} dokument innehåller {values}",
    "the search index lacks the field lengths of {column}": "sökindexet saknar fältlängderna för {column}",
    "the search index belongs to another database or a later state":
        "sökindexet hör till en annan databas eller ett senare läge",
    "the search index needs a rebuild": "sökindexet behöver byggas om",

    # --- the line under a hit's title (desktop/pages/search_results.py) --------------------------
    ("SearchResults", "online"): "online",
    ("SearchResults", "about the organisation %1"): "om organisationen %1",
    ("SearchResults", "about the call %1"): "om utlysningen %1",
    ("SearchResults", "about the project %1"): "om projektet %1",
    ("SearchResults", "about the network %1"): "om nätverket %1",
    ("SearchResults", "about the activity %1"): "om aktiviteten %1",
    ("SearchResults", "about %1"): "om %1",
}
