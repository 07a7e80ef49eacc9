"""The main window and what hangs off it: menus and their actions, back/forward history, background
work (polling other processes' changes, the index check, automatic backups)."""
