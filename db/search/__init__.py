"""Full-text search over the knowledge base: one Whoosh index beside the database file, derived
data that the data layer keeps current by itself.

    from db.search import attach, SearchFilters
    result = attach(kb).search("goteborg", types=["activity"])   # kb.search, after KnowledgeBase.open

    query.py        the query language a person types (typ:, org:, datum:, OCH/ELLER/INTE), SearchFilters
    suggestions.py  typo tolerance and "did you mean"
    results.py      SearchResult, Hit and its Details (data: the interfaces label them)
    documents.py    the documents made from the database's rows (rows.py: the SQL they read)
    stamps.py       what each document was made from, so a stale one can be told
    building.py     a complete new index, swapped in (the command line's reindex)
    updating.py     IndexKeeper: opening, catching up, the change listener, index_queue
    repair.py       verify: compare the index with the database, repair what differs
    service.py      SearchService (search, suggest; all of the above) and attach
    contract.py     what the service and the engine hand each other
    whoosh_engine/  the index on disk: the only package that imports Whoosh
"""

from db.search.building import reindex
from db.search.contract import CorruptIndexError, IndexBusyError
from db.search.query import SearchFilters, normalize_type, parse_query
from db.search.repair import RepairReport
from db.search.results import Detail, Hit, SearchResult, joined, marked_html
from db.search.service import SearchService, attach
from db.search.stamps import row_stamps
from db.search.whoosh_engine.schema import TYPES

__all__ = [
    "TYPES",
    "CorruptIndexError",
    "Detail",
    "Hit",
    "IndexBusyError",
    "RepairReport",
    "SearchFilters",
    "SearchResult",
    "SearchService",
    "attach",
    "joined",
    "marked_html",
    "normalize_type",
    "parse_query",
    "reindex",
    "row_stamps",
]
