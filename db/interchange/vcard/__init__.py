"""vCard files (.vcf): the contacts Outlook, Google Contacts and Apple Contacts write (2.1, 3.0, 4.0)
read into incoming records, and our contacts written as vCard 4.0 or 3.0.

    result = read_vcards(Path("kontakter.vcf"))      # IncomingContact per card; rejected cards; warnings
    export_vcards(kb, Path("ut.vcf"), ids)           # the live contacts (all, or those of ids)

card_parsing.py: bytes -> cards -> properties; reading.py: properties -> contacts; writing.py: export.
"""

from db.interchange.vcard.reading import read_vcards
from db.interchange.vcard.writing import VERSIONS, export_vcards, vcard_text

__all__ = ["VERSIONS", "export_vcards", "read_vcards", "vcard_text"]
