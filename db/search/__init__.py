"""Full-text search: the query language, the documents built from rows, the service the desktop and
the command line call, keeping the index current, and its check and repair. Only the engine module
imports Whoosh."""
