"""Finding records that are the same (duplicates) and merging them.

keys.py (names, e-mails, phones and organisation numbers in the forms they are compared by),
candidates.py (the indexes and the blocks names are compared within), evidence.py (what each kind
of evidence proves; Match, Pair and their reasons as message codes), duplicates.py (DuplicateFinder
and find_duplicates), merge.py (two records into one, in one operation). Undoing a merge is the
core's undo of any operation (db/undo.py).
"""
