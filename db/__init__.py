"""Kunskapsbanken's data layer: everything that is not Qt.

    from db import KnowledgeBase, models
    with KnowledgeBase.open("kb.db") as kb:
        saved = kb.contacts.create(models.Contact(first_name="Anna", last_name="Ek"))
"""

from db import models
from db.connection import DatabaseError, SchemaTooNewError, open_database
from db.errors import CodedError, InvalidValue, Message, UserError
from db.record_details import Details, Linked, details
from db.services import KnowledgeBase, NotFoundError, Service
from db.validation import FieldError, ValidationError

# Registers itself in db.services.OPEN_HOOKS: every open with the search index finishes the
# erasures an obstacle left unfinished (imported here, so no way of opening can miss it).
from db.care import erasure_pending  # noqa: F401  isort: skip

__all__ = [
    "CodedError",
    "DatabaseError",
    "Details",
    "FieldError",
    "InvalidValue",
    "KnowledgeBase",
    "Linked",
    "Message",
    "NotFoundError",
    "SchemaTooNewError",
    "Service",
    "UserError",
    "ValidationError",
    "details",
    "models",
    "open_database",
]
