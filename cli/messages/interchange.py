"""The command line's texts of db/interchange's codes."""

TEXT: dict[str, str] = {
}
