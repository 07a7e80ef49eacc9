"""The HTML of a record's page: its fields, tags, links, activities and open follow-ups, and its
notes timeline. Plain functions of a `db.Details` (and, for the few titles they look up, the
knowledge base); the page widget (record_page.py) shows what they return.

Links are `record:<entity>:<id>` (`record_url`, `parse_record_url`); every value is escaped.
Texts are translated in the context "RecordPage", where they have always been.
"""

from __future__ import annotations

import html
import re
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl

import db
from db import entities
from db import models as m
from db.record_details import erased_participants
from desktop import labels

SCHEME = "record"
translate = QCoreApplication.translate  # translate("RecordPage", "...") (lupdate finds it)

# (field, label, kind) per entity, in the order shown. Kinds: text, multiline, date, amount, phones,
# emails, list, bool, url, number, ref:<entity> (a link to the record the field points at).
FIELDS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "contact": (
        ("title", QT_TRANSLATE_NOOP("RecordPage", "Title"), "text"),
        ("emails", QT_TRANSLATE_NOOP("RecordPage", "E-mail"), "emails"),
        ("phones", QT_TRANSLATE_NOOP("RecordPage", "Phone"), "phones"),
        ("municipality", QT_TRANSLATE_NOOP("RecordPage", "Municipality"), "text"),
        ("is_staff", QT_TRANSLATE_NOOP("RecordPage", "Programme office staff"), "bool"),
        ("notes", QT_TRANSLATE_NOOP("RecordPage", "About"), "multiline"),
        ("legal_basis", QT_TRANSLATE_NOOP("RecordPage", "Legal basis (GDPR)"), "text"),
        ("source", QT_TRANSLATE_NOOP("RecordPage", "Source"), "text"),
        ("informed_at", QT_TRANSLATE_NOOP("RecordPage", "Informed"), "date"),
        ("retain_until", QT_TRANSLATE_NOOP("RecordPage", "Keep until"), "date"),
    ),
    "organisation": (
        ("short_name", QT_TRANSLATE_NOOP("RecordPage", "Short name"), "text"),
        ("kind", QT_TRANSLATE_NOOP("RecordPage", "Kind"), "text"),
        ("org_number", QT_TRANSLATE_NOOP("RecordPage", "Org. number"), "text"),
        ("website", QT_TRANSLATE_NOOP("RecordPage", "Website"), "url"),
        ("municipality", QT_TRANSLATE_NOOP("RecordPage", "Municipality"), "text"),
        ("county", QT_TRANSLATE_NOOP("RecordPage", "County"), "text"),
        ("parent_id", QT_TRANSLATE_NOOP("RecordPage", "Part of"), "ref:organisation"),
        ("notes", QT_TRANSLATE_NOOP("RecordPage", "About"), "multiline"),
    ),
    "call": (
        ("year", QT_TRANSLATE_NOOP("RecordPage", "Year"), "text"),
        ("theme", QT_TRANSLATE_NOOP("RecordPage", "Theme"), "text"),
        ("need_areas", QT_TRANSLATE_NOOP("RecordPage", "Need areas"), "list"),
        ("opens", QT_TRANSLATE_NOOP("RecordPage", "Opens"), "date"),
        ("closes", QT_TRANSLATE_NOOP("RecordPage", "Closes"), "date"),
        ("decision_by", QT_TRANSLATE_NOOP("RecordPage", "Decision by"), "date"),
        ("budget_sek", QT_TRANSLATE_NOOP("RecordPage", "Budget"), "amount"),
        ("description", QT_TRANSLATE_NOOP("RecordPage", "Description"), "multiline"),
    ),
    "project": (
        ("reference", QT_TRANSLATE_NOOP("RecordPage", "Reference"), "text"),
        ("kind", QT_TRANSLATE_NOOP("RecordPage", "Kind"), "text"),
        ("status", QT_TRANSLATE_NOOP("RecordPage", "Status"), "text"),
        ("call_id", QT_TRANSLATE_NOOP("RecordPage", "Call"), "ref:call"),
        ("coordinator_id", QT_TRANSLATE_NOOP("RecordPage", "Coordinator"), "ref:organisation"),
        ("start_date", QT_TRANSLATE_NOOP("RecordPage", "Start"), "date"),
        ("end_date", QT_TRANSLATE_NOOP("RecordPage", "End"), "date"),
        ("total_budget_sek", QT_TRANSLATE_NOOP("RecordPage", "Total budget"), "amount"),
        ("grant_sek", QT_TRANSLATE_NOOP("RecordPage", "Grant"), "amount"),
        ("cofinancing_sek", QT_TRANSLATE_NOOP("RecordPage", "Co-financing"), "amount"),
        ("municipality", QT_TRANSLATE_NOOP("RecordPage", "Municipality"), "text"),
        ("need_area", QT_TRANSLATE_NOOP("RecordPage", "Need area"), "text"),
        ("description", QT_TRANSLATE_NOOP("RecordPage", "Description"), "multiline"),
    ),
    "network": (
        ("parent_id", QT_TRANSLATE_NOOP("RecordPage", "Part of"), "ref:network"),
        ("coordinator_id", QT_TRANSLATE_NOOP("RecordPage", "Coordinator"), "ref:organisation"),
        ("description", QT_TRANSLATE_NOOP("RecordPage", "Description"), "multiline"),
    ),
    "activity": (
        ("kind", QT_TRANSLATE_NOOP("RecordPage", "Kind"), "text"),
        ("starts", QT_TRANSLATE_NOOP("RecordPage", "Starts"), "date"),
        ("ends", QT_TRANSLATE_NOOP("RecordPage", "Ends"), "date"),
        ("place", QT_TRANSLATE_NOOP("RecordPage", "Place"), "text"),
        ("online", QT_TRANSLATE_NOOP("RecordPage", "Online"), "bool"),
        ("attendance", QT_TRANSLATE_NOOP("RecordPage", "Attendance"), "number"),
        ("logged_by", QT_TRANSLATE_NOOP("RecordPage", "Logged by"), "text"),
        ("minutes", QT_TRANSLATE_NOOP("RecordPage", "Minutes"), "multiline"),
    ),
}

PAGE_STYLE = """
h3 { margin-top: 14px; margin-bottom: 4px; }
td.label { color: #6b6b6b; padding-right: 14px; }
.muted { color: #6b6b6b; }
a { text-decoration: none; }
"""


def record_title(entity: str, record: m.Record) -> str:
    """The one line that names a record (the registry's title)."""
    return entities.spec(entity).title(record)


def record_url(entity: str, row_id: str) -> str:
    return f"{SCHEME}:{entity}:{row_id}"


def parse_record_url(url: QUrl | str) -> tuple[str, str] | None:
    """'record:contact:<id>' -> ('contact', '<id>'); None for any other link."""
    text = url.toString() if isinstance(url, QUrl) else url
    parts = text.split(":", 2)
    if len(parts) != 3 or parts[0] != SCHEME or not parts[2]:
        return None
    return parts[1], parts[2]


def local_time(stamp: str | None) -> str:
    """A stored UTC timestamp ('2026-11-27T06:13:35.070Z') in local time: '2026-11-27 07:13'."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return labels.display("date", stamp)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def _e(value) -> str:
    return html.escape(str(value), quote=True)


# A run of this many characters without a space gets a break opportunity (a zero-width space)
# after each such stretch: Qt lays out a 100,000-character word in seconds, the same text in
# words in a fraction of one.
_LONGEST_WORD = 80
_LONG_WORD = re.compile(rf"\S{{{_LONGEST_WORD}}}(?=\S)")


def _breakable(text: str) -> str:
    return _LONG_WORD.sub(lambda found: found.group() + "\u200b", text)


def _multiline(text: str) -> str:
    return "<br>".join(_e(_breakable(line)) for line in str(text).splitlines())


def _a(entity: str, row_id: str, title: str) -> str:
    return f"<a href='{_e(record_url(entity, row_id))}'>{_e(title or '–')}</a>"


def subtitle(found: db.Details) -> str:
    """What kind of record it is, and the two or three facts that tell it apart."""
    record = found.record
    bits = [labels.entity_singular(found.entity)]
    if found.entity == "contact":
        organisations = [link.title for link in found.linked("organisation") if link.link_table == "affiliation"]
        bits += [x for x in (record.title, ", ".join(organisations)) if x]
    elif found.entity == "organisation":
        bits += [x for x in (record.kind, record.municipality) if x]
    elif found.entity == "project":
        bits += [x for x in (record.kind, record.status) if x]
    elif found.entity == "activity":
        bits += [x for x in (record.kind, labels.display("date", record.starts)) if x]
    elif found.entity == "call" and record.year:
        bits.append(str(record.year))
    return " · ".join(bits)


def details_html(kb, found: db.Details) -> str:
    """The page's left column: fields, tags, links, activities, follow-ups and the change stamp."""
    parts = [_fields_html(found)]
    if found.tags:
        tags = " ".join(f"<span style='background-color:#e8eef7'>&nbsp;{_e(t)}&nbsp;</span>" for t in found.tags)
        parts.append(f"<h3>{_e(translate('RecordPage', 'Tags'))}</h3><div>{tags}</div>")
    parts += [_links_html(kb, found), _activities_html(found), _follow_ups_html(kb, found)]
    record = found.record
    stamp = translate("RecordPage", "Created %1 · changed %2 by %3").replace("%1", local_time(record.created_at)) \
        .replace("%2", local_time(record.updated_at)).replace("%3", record.updated_by or "?")
    parts.append(f"<p class='muted' style='margin-top:16px'>{_e(stamp)}</p>")
    return "".join(p for p in parts if p)


def notes_html(notes: list[m.Note]) -> str:
    """The notes timeline, newest first, each with its author and time."""
    if not notes:
        return f"<p class='muted'>{_e(translate('RecordPage', 'No notes yet.'))}</p>"
    parts = []
    for note in notes:
        author = note.author or translate("RecordPage", "unknown")
        parts.append(f"<p style='margin-bottom:2px'><span class='muted'><b>{_e(author)}</b>"
                     f" · {_e(local_time(note.created_at))}</span></p>"
                     f"<p style='margin-top:0; margin-bottom:10px'>{_multiline(note.text)}</p>")
    return "".join(parts)


def _value_html(kind: str, value, found: db.Details, name: str) -> str:
    if kind == "multiline":
        return _multiline(value)
    if kind == "emails":
        return "<br>".join(f"<a href='mailto:{_e(v)}'>{_e(v)}</a>" for v in value)
    if kind == "phones":
        return "<br>".join(_e(labels.display("phone", v)) for v in value)
    if kind == "list":
        return _e(", ".join(value))
    if kind == "bool":
        return _e(translate("RecordPage", "Yes") if value else translate("RecordPage", "No"))
    if kind == "url":
        href = value if "://" in value else f"https://{value}"
        return f"<a href='{_e(href)}'>{_e(value)}</a>"
    if kind.startswith("ref:"):
        target = kind[4:]
        title = next((link.title for link in found.links
                      if link.link_table == name and link.entity == target and link.entity_id == value), None)
        if title is None:  # the record it points at is deleted
            return f"<span class='muted'>{_e(translate('RecordPage', '(deleted)'))}</span>"
        return _a(target, value, title)
    return _e(labels.display(kind, value))


def _fields_html(found: db.Details) -> str:
    rows = []
    for name, label, kind in FIELDS.get(found.entity, ()):
        value = getattr(found.record, name, None)
        if value is None or value == "" or value == [] or (kind == "bool" and value is False and name != "online"):
            continue
        rows.append(f"<tr><td class='label' valign='top'>{_e(translate('RecordPage', label))}</td>"
                    f"<td>{_value_html(kind, value, found, name)}</td></tr>")
    if not rows:
        return ""
    return "<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"


def _links_html(kb, found: db.Details) -> str:
    shown_as_field = {name for name, _label, kind in FIELDS.get(found.entity, ()) if kind.startswith("ref:")}
    groups: dict[str, list[str]] = {}
    seen: set[tuple[str, str, str | None]] = set()
    for link in found.links:
        key = (link.entity, link.entity_id, link.role)
        as_field = link.link_table in shown_as_field and getattr(found.record, link.link_table) == link.entity_id
        if key in seen or as_field:
            continue  # shown as a field (the project's coordinator, the parent organisation), or twice
        seen.add(key)
        extra = []
        if link.role:
            extra.append(_e(link.role))
        if link.from_date or link.to_date:
            extra.append(_e(f"{labels.display('date', link.from_date)} – {labels.display('date', link.to_date)}"
                            .strip()))
        suffix = f" <span class='muted'>{' · '.join(extra)}</span>" if extra else ""
        groups.setdefault(link.entity, []).append(f"{_a(link.entity, link.entity_id, link.title)}{suffix}")
    if found.entity == "activity":  # erased participants: the placeholder, never a link
        erased = f"<span class='muted'>{_e(labels.erased_person())}</span>"
        groups.setdefault("contact", []).extend([erased] * erased_participants(kb, found.record.id))
    parts = []
    for entity in ("organisation", "contact", "project", "network", "call", "activity"):
        items = groups.get(entity)
        if items:
            parts.append(f"<h3>{_e(labels.entity_plural(entity))} ({len(items)})</h3>")
            parts.append("".join(f"<div style='margin:2px 0'>{item}</div>" for item in items))
    return "".join(parts)


def _activities_html(found: db.Details) -> str:
    if not found.activities:
        return ""
    rows = []
    for activity in found.activities:
        when = labels.display("date", activity.starts)
        rows.append(f"<tr><td class='label' valign='top'>{_e(when)}</td>"
                    f"<td>{_a('activity', activity.id, activity.title)}"
                    f" <span class='muted'>{_e(activity.kind)}</span></td></tr>")
    heading = f"<h3>{_e(translate('RecordPage', 'Activities'))} ({len(found.activities)})</h3>"
    return heading + "<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"


def _follow_ups_html(kb, found: db.Details) -> str:
    items = [f for f in found.follow_ups if not f.done_at]
    done = len(found.follow_ups) - len(items)
    if not items and not done:
        return ""
    parts = [f"<h3>{_e(translate('RecordPage', 'Open follow-ups'))} ({len(items)})</h3>"]
    for follow_up in items:
        bits = [_e(follow_up.text)]
        if follow_up.due:
            due = translate("RecordPage", "due %1").replace("%1", follow_up.due)
            bits.append(f"<span class='muted'>{_e(due)}</span>")
        if found.entity == "activity" and follow_up.owner_id:
            bits.append(_title_link(kb, "contact", follow_up.owner_id))
        elif found.entity != "activity":
            bits.append(_title_link(kb, "activity", follow_up.activity_id))
        parts.append(f"<div style='margin:2px 0'>☐ {' · '.join(b for b in bits if b)}</div>")
    if done:
        parts.append(f"<div class='muted'>{_e(translate('RecordPage', '%1 done').replace('%1', str(done)))}</div>")
    return "".join(parts)


def _title_link(kb, entity: str, row_id: str) -> str:
    try:
        record = kb.service(entity).get(row_id)
    except db.NotFoundError:
        return ""
    return _a(entity, row_id, record_title(entity, record))
