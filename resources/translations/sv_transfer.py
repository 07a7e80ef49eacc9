"""Swedish for import, export, duplicate and merge strings (merged into sv_strings.SV)."""

SV: dict[str | tuple[str, str], str] = {
}
