"""The pages the main window shows: lists, the record page, search, overview, trash, welcome,
retention review."""
