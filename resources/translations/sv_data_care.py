"""Swedish for backup, restore, data protection and two-instance strings (merged into sv_strings.SV)."""

SV: dict[str | tuple[str, str], str] = {
}
