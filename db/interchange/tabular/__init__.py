"""CSV and Excel files (.csv .txt .tsv .xlsx): read a table, guess what its columns mean, make
incoming records.

    table = read_table(Path("kontakter.csv"))          # encoding, delimiter, header, rows, bad rows
    mapping = guess_mapping(table.headers, "contact")  # column index -> field
    result = to_incoming(table, "contact", mapping)    # IncomingContact per row, with its line

reading.py picks csv_files.py or excel_files.py, both build a table.py Table; column_maps.py holds
the header names per field, column_mapping.py guesses or loads a mapping, row_records.py makes the
records. Everything wrong with the file itself is an ImportFileError naming the file, the line and
what is wrong; a single bad row is a Problem in the result and the other rows still import.
"""

from db.interchange.tabular.column_mapping import ENTITIES, guess_entity, guess_mapping, load_mapping, target_fields
from db.interchange.tabular.reading import read_table
from db.interchange.tabular.row_records import clean_cell, split_name, split_values, to_incoming
from db.interchange.tabular.table import Table

__all__ = ["ENTITIES", "Table", "clean_cell", "guess_entity", "guess_mapping", "load_mapping", "read_table",
           "split_name", "split_values", "target_fields", "to_incoming"]
