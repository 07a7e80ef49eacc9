"""The command line's texts of db/care's codes."""

TEXT: dict[str, str] = {
}
