"""The schema as ordered migration steps keyed on PRAGMA user_version.

Each step is a list of statements run in one transaction together with the
user_version bump. Add a step at the end; never edit a step that has shipped.
"""

from __future__ import annotations

_BOOKKEEPING = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT"""

STEP_1 = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
    f"""CREATE TABLE organisation ({_BOOKKEEPING},
    name TEXT NOT NULL, short_name TEXT, kind TEXT NOT NULL, org_number TEXT, website TEXT,
    municipality TEXT, county TEXT, parent_id TEXT REFERENCES organisation(id), notes TEXT)""",
    f"""CREATE TABLE contact ({_BOOKKEEPING},
    first_name TEXT NOT NULL, last_name TEXT NOT NULL, title TEXT,
    emails TEXT NOT NULL DEFAULT '[]', phones TEXT NOT NULL DEFAULT '[]',
    municipality TEXT, notes TEXT, is_staff INTEGER NOT NULL DEFAULT 0,
    legal_basis TEXT, source TEXT, informed_at TEXT, retain_until TEXT)""",
    f"""CREATE TABLE affiliation ({_BOOKKEEPING},
    contact_id TEXT NOT NULL REFERENCES contact(id),
    organisation_id TEXT NOT NULL REFERENCES organisation(id),
    role TEXT, from_date TEXT, to_date TEXT)""",
    f"""CREATE TABLE call ({_BOOKKEEPING},
    name TEXT NOT NULL, year INTEGER, theme TEXT, need_areas TEXT NOT NULL DEFAULT '[]',
    opens TEXT, closes TEXT, decision_by TEXT, budget_sek INTEGER, description TEXT)""",
    f"""CREATE TABLE project ({_BOOKKEEPING},
    title TEXT NOT NULL, reference TEXT, kind TEXT, call_id TEXT REFERENCES call(id),
    status TEXT NOT NULL, start_date TEXT, end_date TEXT,
    total_budget_sek INTEGER CHECK (total_budget_sek IS NULL OR total_budget_sek >= 0),
    grant_sek INTEGER CHECK (grant_sek IS NULL OR grant_sek >= 0),
    coordinator_id TEXT REFERENCES organisation(id), municipality TEXT, need_area TEXT,
    description TEXT)""",
    f"""CREATE TABLE project_party ({_BOOKKEEPING},
    project_id TEXT NOT NULL REFERENCES project(id),
    organisation_id TEXT REFERENCES organisation(id),
    contact_id TEXT REFERENCES contact(id),
    role TEXT NOT NULL,
    CHECK ((organisation_id IS NULL) + (contact_id IS NULL) = 1))""",
    f"""CREATE TABLE network ({_BOOKKEEPING},
    name TEXT NOT NULL, description TEXT, parent_id TEXT REFERENCES network(id),
    coordinator_id TEXT REFERENCES organisation(id))""",
    f"""CREATE TABLE membership ({_BOOKKEEPING},
    network_id TEXT NOT NULL REFERENCES network(id),
    organisation_id TEXT REFERENCES organisation(id),
    contact_id TEXT REFERENCES contact(id),
    role TEXT, from_date TEXT, to_date TEXT,
    CHECK ((organisation_id IS NULL) + (contact_id IS NULL) = 1))""",
    f"""CREATE TABLE activity ({_BOOKKEEPING},
    kind TEXT NOT NULL, title TEXT NOT NULL, starts TEXT NOT NULL, ends TEXT, place TEXT,
    online INTEGER NOT NULL DEFAULT 0, attendance INTEGER, minutes TEXT, logged_by TEXT)""",
    f"""CREATE TABLE activity_link ({_BOOKKEEPING},
    activity_id TEXT NOT NULL REFERENCES activity(id),
    contact_id TEXT REFERENCES contact(id),
    organisation_id TEXT REFERENCES organisation(id),
    project_id TEXT REFERENCES project(id),
    network_id TEXT REFERENCES network(id),
    role TEXT NOT NULL,
    CHECK ((contact_id IS NOT NULL) + (organisation_id IS NOT NULL)
         + (project_id IS NOT NULL) + (network_id IS NOT NULL) = 1))""",
    f"""CREATE TABLE follow_up ({_BOOKKEEPING},
    activity_id TEXT NOT NULL REFERENCES activity(id),
    text TEXT NOT NULL, owner_id TEXT REFERENCES contact(id), due TEXT, done_at TEXT)""",
    f"""CREATE TABLE note ({_BOOKKEEPING},
    entity_type TEXT NOT NULL, entity_id TEXT NOT NULL, text TEXT NOT NULL, author TEXT)""",
    f"""CREATE TABLE tag ({_BOOKKEEPING}, name TEXT NOT NULL)""",
    f"""CREATE TABLE tagging ({_BOOKKEEPING},
    tag_id TEXT NOT NULL REFERENCES tag(id), entity_type TEXT NOT NULL, entity_id TEXT NOT NULL,
    UNIQUE (tag_id, entity_type, entity_id))""",
    """CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE, op_id TEXT NOT NULL, hlc TEXT NOT NULL, device_id TEXT NOT NULL,
    author TEXT, at TEXT NOT NULL, entity TEXT NOT NULL, row_id TEXT NOT NULL,
    action TEXT NOT NULL, before TEXT, after TEXT)""",
    "CREATE INDEX affiliation_contact ON affiliation(contact_id)",
    "CREATE INDEX affiliation_organisation ON affiliation(organisation_id)",
    "CREATE INDEX project_call ON project(call_id)",
    "CREATE INDEX project_party_project ON project_party(project_id)",
    "CREATE INDEX project_party_organisation ON project_party(organisation_id)",
    "CREATE INDEX project_party_contact ON project_party(contact_id)",
    "CREATE INDEX membership_network ON membership(network_id)",
    "CREATE INDEX membership_organisation ON membership(organisation_id)",
    "CREATE INDEX membership_contact ON membership(contact_id)",
    "CREATE INDEX activity_starts ON activity(starts)",
    "CREATE INDEX activity_link_activity ON activity_link(activity_id)",
    "CREATE INDEX activity_link_contact ON activity_link(contact_id)",
    "CREATE INDEX activity_link_organisation ON activity_link(organisation_id)",
    "CREATE INDEX activity_link_project ON activity_link(project_id)",
    "CREATE INDEX activity_link_network ON activity_link(network_id)",
    "CREATE INDEX follow_up_activity ON follow_up(activity_id)",
    "CREATE INDEX follow_up_owner ON follow_up(owner_id)",
    "CREATE INDEX note_entity ON note(entity_type, entity_id)",
    "CREATE UNIQUE INDEX tag_name ON tag(name)",
    "CREATE INDEX tagging_entity ON tagging(entity_type, entity_id)",
    "CREATE INDEX change_log_row ON change_log(entity, row_id)",
]

# Step 2: records whose search-index update failed wait here to be repaired, and the
# change log gets the clock index that replaying it between computers will need.
STEP_2 = [
    """CREATE TABLE index_queue (
    entity TEXT NOT NULL, row_id TEXT NOT NULL, queued_at TEXT NOT NULL,
    PRIMARY KEY (entity, row_id))""",
    "CREATE INDEX change_log_hlc ON change_log(hlc)",
    "CREATE INDEX organisation_org_number ON organisation(org_number)",
]

# Step 3: the audit list of data-protection events (register extracts, erasures, restores).
# It names the record by id only and never holds the personal data itself.
STEP_3 = [
    """CREATE TABLE audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE, at TEXT NOT NULL, author TEXT, action TEXT NOT NULL,
    entity TEXT, row_id TEXT, details TEXT)""",
    "CREATE INDEX audit_row ON audit(entity, row_id)",
]

# Step 4: what this database file knows about its own care, never in the change log (paths of this
# computer): every folder (or single file) a backup of it was written to or chosen for it, so that
# an erasure cleans them all; and the erasures something kept from finishing (an unwritable index
# folder, a full disk, an unplugged backup disk), finished when the database is next opened.
STEP_4 = [
    """CREATE TABLE backup_folder (
    path TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL DEFAULT 'folder',
    first_used_at TEXT NOT NULL, last_used_at TEXT NOT NULL)""",
    """CREATE TABLE pending_erasure (
    audit_id TEXT PRIMARY KEY NOT NULL, contact_id TEXT NOT NULL, queued_at TEXT NOT NULL,
    outstanding TEXT NOT NULL DEFAULT '[]')""",
]

MIGRATIONS: list[list[str]] = [STEP_1, STEP_2, STEP_3, STEP_4]
SCHEMA_VERSION = len(MIGRATIONS)

# Entity tables in an order that satisfies foreign keys on insert.
ENTITY_TABLES = (
    "organisation", "contact", "affiliation", "call", "project", "project_party",
    "network", "membership", "activity", "activity_link", "follow_up", "note",
    "tag", "tagging",
)
