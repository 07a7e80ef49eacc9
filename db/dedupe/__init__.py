"""Finding records that are the same (duplicates) and merging them."""
