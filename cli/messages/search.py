"""The command line's texts of db/search's codes."""

TEXT: dict[str, str] = {
}
