"""The search index on disk: the only package that imports Whoosh (whoosh-reloaded 2.7.5).

Everything that crosses its border is plain Python (db/search/contract.py): documents go in as
`Document`, queries as neutral nodes, results come out as `IndexResult` with plain dicts. Another
engine could replace this package alone.

    analysis.py    Swedish normalisation, stemming, folding, n-grams, word pairs
    schema.py      the fields, their weights, and the fields a document becomes
    compiling.py   neutral query nodes -> Whoosh queries; pruning, typo expansion
    highlight.py   the matched words of a stored text, snippets
    locking.py     the write lock between processes (an flock a dead process cannot keep)
    folders.py     the index folder, its state file, a full build, swapping it in, leftovers
    integrity.py   damaged files -> CorruptIndexError; reading a little of every segment
    index.py       SearchIndex: one open folder (with writing.py, reading.py, searching.py)
"""

from db.search.contract import doc_key
from db.search.whoosh_engine.analysis import (
    BODY,
    BODY_FOLDED,
    EXACT,
    FOLDED,
    STOP_WORDS,
    edit_distance,
    exact,
    fold,
    fuzzy_distance,
    stem,
    words,
)
from db.search.whoosh_engine.compiling import compile_query
from db.search.whoosh_engine.folders import (
    LEFTOVER_SECONDS,
    STATE_FILE,
    build,
    index_folder,
    new_build_folder,
    read_state,
    remove_leftovers,
    swap,
    write_state,
)
from db.search.whoosh_engine.index import SearchIndex
from db.search.whoosh_engine.locking import LOCK_FILE, folder_lock, lock_held
from db.search.whoosh_engine.schema import SCHEMA_VERSION, TYPES
from db.search.whoosh_engine.writing import MAX_SEGMENTS

__all__ = [
    "BODY",
    "BODY_FOLDED",
    "EXACT",
    "FOLDED",
    "LEFTOVER_SECONDS",
    "LOCK_FILE",
    "MAX_SEGMENTS",
    "SCHEMA_VERSION",
    "STATE_FILE",
    "STOP_WORDS",
    "TYPES",
    "SearchIndex",
    "build",
    "compile_query",
    "doc_key",
    "edit_distance",
    "exact",
    "fold",
    "folder_lock",
    "fuzzy_distance",
    "index_folder",
    "lock_held",
    "new_build_folder",
    "read_state",
    "remove_leftovers",
    "stem",
    "swap",
    "words",
    "write_state",
]
