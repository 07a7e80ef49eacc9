"""Synthetic, realistic and reproducible data for benchmarks.

    python -m bench.generate --db PATH [--contacts 50000] [--organisations 10000]
                             [--projects 2000] [--activities 100000] [--seed 1] [--user NAME]

Every row goes through the data layer's own validators and gets its change-log entry, so the
database looks like one the app wrote. The same seed gives the same rows, ids included; only
the timestamps and the change log's own ids and clocks differ between runs.

No generated record is anyone's real contact data: phone numbers come from the ranges PTS
reserves for fiction, e-mail addresses and websites from domains reserved for documentation.
"""

from __future__ import annotations

import argparse
import bisect
import logging
import sqlite3
import sys
import time
import unicodedata
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from random import Random
from types import TracebackType

from bench import names as n
from db import models as m
from db.bulk_insert import BulkInsert
from db.connection import DatabaseError, open_database
from db.entities import MAIN_ENTITIES, SPECS
from db.schema import ENTITY_TABLES
from db.services import KnowledgeBase
from db.validation import FieldError, ValidationError, parse_phone

log = logging.getLogger(__name__)

DEFAULTS: dict[str, int] = {"contacts": 50_000, "organisations": 10_000, "projects": 2_000, "activities": 100_000}
BATCH_ROWS = 20_000
CACHE_KIB = 256 * 1024  # SQLite page cache while generating
FIRST_YEAR, LAST_YEAR = 2016, 2025
# "Today" for the generated data: fixed, so that statuses do not depend on when it runs.
REFERENCE_DAY = date(2025, 11, 1)
STAFF_COUNT = 7  # the programme office: seven people
STAFF_EMPLOYER = "Uppsala universitet"  # the programme's host
MAX_NETWORKS = 40

ORG_KIND_EMPLOYER_WEIGHT = {"kommun": 30, "region": 40, "lärosäte/institut": 25, "myndighet": 10,
                            "företag": 3, "förening": 2, "internationell": 1, "annan": 1}
ORG_KIND_COORDINATOR_WEIGHT = {"kommun": 50, "region": 20, "lärosäte/institut": 15, "företag": 10,
                               "förening": 5}
ORG_NUMBER_PREFIX = {"kommun": "212000", "region": "232100", "myndighet": "202100",
                     "lärosäte/institut": "202100", "företag": "55", "förening": "802", "annan": "969"}
EVENT_KINDS = ("workshop", "seminarium", "webbinarium", "konferens", "mässa")
ACTIVITY_KIND_WEIGHTS = {"möte": 40, "telefon": 15, "e-post": 10, "workshop": 8, "seminarium": 6,
                         "webbinarium": 6, "konferens": 3, "mässa": 2, "fika": 10}
# kind -> (shortest, longest) in minutes; e-mail has no end
ACTIVITY_MINUTES = {"möte": (30, 120), "telefon": (10, 45), "e-post": (0, 0), "workshop": (120, 360),
                    "seminarium": (60, 180), "webbinarium": (45, 90), "konferens": (360, 480),
                    "mässa": (360, 480), "fika": (30, 60)}
# kind -> (fewest, most) people attending; only events count attendance
ATTENDANCE = {"workshop": (8, 60), "seminarium": (15, 150), "webbinarium": (20, 300),
              "konferens": (50, 400), "mässa": (100, 2000)}
LINK_COUNT_WEIGHTS = (15, 35, 30, 20)  # 1, 2, 3 or 4 links per activity
PROJECT_MONTHS = {"förberedelse": (6, 12), "prototyputveckling": (12, 24), "genomförande": (18, 36),
                  "strategiskt": (24, 48), None: (12, 24)}
PROJECT_BUDGET = {"förberedelse": (300_000, 1_000_000), "prototyputveckling": (1_000_000, 4_000_000),
                  "genomförande": (3_000_000, 10_000_000), "strategiskt": (2_000_000, 15_000_000),
                  None: (500_000, 3_000_000)}
OTHER_LEGAL_BASES = tuple(basis for basis in m.LEGAL_BASES if basis != "allmänt intresse")
CALL_PROJECT_KIND = {"Förberedelseprojekt": "förberedelse", "Strategiska projekt": "strategiskt"}
OPEN_PROJECT_KINDS = ("förberedelse", "prototyputveckling", "genomförande")


class NotEmptyError(ValueError):
    """The target database already holds data; the generator only fills empty ones."""


# --- small pure helpers ----------------------------------------------------------------


def luhn_check_digit(digits: str) -> int:
    """The digit that makes `digits` followed by it pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def ascii_fold(text: str) -> str:
    """'Åsa-Lena Öberg' -> 'asa-lena.oberg': lower case, no diacritics, dots for spaces."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c if c.isalnum() or c == "-" else "." for c in plain).strip(".")


def slug(text: str) -> str:
    return "-".join(part for part in ascii_fold(text).replace(".", "-").split("-") if part)


def municipality_org_name(municipality: str) -> str:
    """'Eskilstuna' -> 'Eskilstuna kommun', 'Linköping' -> 'Linköpings kommun' (and the exceptions)."""
    if municipality in n.MUNICIPALITY_ORG_NAMES:
        return n.MUNICIPALITY_ORG_NAMES[municipality]
    if municipality[-1].lower() in "aeiouyåäösxz":
        return f"{municipality} kommun"
    return f"{municipality}s kommun"


def county_stem(county: str) -> str:
    """'Skåne län' -> 'Skåne', 'Västra Götalands län' -> 'Västra Götaland'."""
    stem = county.removesuffix(" län")
    return stem[:-1] if stem.endswith("s") else stem


def _expand_range(first: str, last: str) -> list[str]:
    area, start = first.split("-")
    end = last.split("-")[1]
    return [f"{area}-{number:0{len(start)}d}" for number in range(int(start), int(end) + 1)]


def fiction_phone_numbers() -> tuple[list[str], list[list[str]]]:
    """Mobile numbers, and fixed numbers per area, from the fiction ranges: each one checked."""
    mobile = [p for first, last in n.FICTION_MOBILE_RANGES for p in _expand_range(first, last)]
    fixed = [_expand_range(first, last) for first, last in n.FICTION_FIXED_RANGES]
    for number in mobile + [p for area in fixed for p in area]:
        parse_phone(number)  # raises ValueError if phonenumbers does not accept it
    return mobile, fixed


def cumulative(weights: Sequence[float]) -> list[float]:
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


def zipf_cumulative(count: int, shift: float = 8.0) -> list[float]:
    """Running weight totals for a list ordered most common first."""
    return cumulative([1.0 / (rank + shift) for rank in range(count)])


def workdays(first_year: int, last_year: int) -> list[date]:
    day, last, out = date(first_year, 1, 1), date(last_year, 12, 31), []
    while day <= last:
        if day.weekday() < 5:
            out.append(day)
        day += timedelta(days=1)
    return out


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    return date(day.year + month0 // 12, month0 % 12 + 1, min(day.day, 28))


# --- writing -------------------------------------------------------------------------------


class _Writer:
    """Takes records one by one; commits every `batch_rows` rows so that memory stays bounded."""

    def __init__(self, kb: KnowledgeBase, batch_rows: int = BATCH_ROWS):
        self.kb, self.batch_rows = kb, max(1, batch_rows)
        self.counts: Counter[str] = Counter()
        self.warnings = 0
        self._pending = 0

    def __enter__(self) -> _Writer:
        self._begin()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self._finish()
        else:
            self._abort(exc_type, exc, tb)

    def add(self, table: str, rec: m.Record) -> str:
        """Validate and write (or queue) one record; returns its id."""
        raise NotImplementedError

    def _written(self, table: str, warnings: list[str]) -> None:
        self.counts[table] += 1
        self.warnings += len(warnings)
        self._pending += 1
        if self._pending >= self.batch_rows:
            self._finish()
            self._begin()

    def _begin(self) -> None:
        self._pending = 0

    def _finish(self) -> None:
        raise NotImplementedError

    def _abort(self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> None:
        raise NotImplementedError


class ServiceWriter(_Writer):
    """Through the service API, one Service.create per row, inside a kb.batch() per `batch_rows`."""

    _stack: ExitStack | None = None

    def add(self, table: str, rec: m.Record) -> str:
        saved = self.kb.service(table).create(rec)
        self._written(table, saved.warnings)
        return saved.record.id

    def _begin(self) -> None:
        super()._begin()
        self._stack = ExitStack()
        self._stack.enter_context(self.kb.batch())

    def _finish(self) -> None:
        stack, self._stack = self._stack, None
        if stack is not None:
            stack.close()

    def _abort(self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> None:
        stack, self._stack = self._stack, None
        if stack is not None:
            stack.__exit__(exc_type, exc, tb)  # kb.batch() rolls back


class BulkWriter(_Writer):
    """The rows and change-log entries Service.create writes, written with executemany
    (db.bulk_insert.BulkInsert), one operation per `batch_rows` rows.

    Every record passes its entity's validator (db.entities.SPECS). References are checked by
    SQLite's foreign keys (open_database turns them on) and, for notes and taggings, against the
    ids this writer created (the database was empty); tag names are unique in any case, as
    TagService requires.
    """

    def __init__(self, kb: KnowledgeBase, batch_rows: int = BATCH_ROWS):
        super().__init__(kb, batch_rows)
        if kb.db.execute("PRAGMA foreign_keys").fetchone()[0] != 1:
            raise RuntimeError("the bulk path relies on SQLite's foreign key checks; they are off")
        self._created: dict[str, set[str]] = {entity: set() for entity in MAIN_ENTITIES}
        self._tag_names: set[str] = set()
        self._bulk = BulkInsert(kb)

    def add(self, table: str, rec: m.Record) -> str:
        clean, warnings = SPECS[table].validate(rec)
        self._check_references(table, clean)
        row_id = self._bulk.add(table, clean)
        if table in self._created:
            self._created[table].add(row_id)
        self._written(table, warnings)
        return row_id

    def _check_references(self, table: str, rec: m.Record) -> None:
        entity_type = getattr(rec, "entity_type", None)
        if entity_type is not None and rec.entity_id not in self._created.get(entity_type, ()):
            raise ValidationError([FieldError("entity_id", "no_such_record", entity=entity_type, id=rec.entity_id)])
        if table == "tag":
            name = rec.name.casefold()
            if name in self._tag_names:
                raise ValidationError([FieldError("name", "tag_exists", name=rec.name)])
            self._tag_names.add(name)

    def _finish(self) -> None:
        self._bulk.flush()  # one transaction, one op id

    def _abort(self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> None:
        self._bulk = BulkInsert(self.kb)  # nothing of the failed batch was written


# --- what the later phases need to know about earlier rows ------------------------------------


@dataclass
class _Org:
    id: str
    name: str
    kind: str
    municipality: str | None
    county: str | None
    domain: str


@dataclass
class _Plan:
    """An organisation to create (before it has an id)."""

    name: str
    kind: str
    municipality: str
    county: str
    short_name: str | None = None
    parent: int | None = None  # index into the plan


@dataclass
class _Call:
    id: str
    year: int
    kind: str
    need_areas: list[str]
    decision_by: date


@dataclass
class _Project:
    id: str
    title: str
    coordinator: int | None  # index into orgs


class _Slots(dict):
    """Values for str.format_map(): the fixed ones given, the rest drawn from the word lists on demand."""

    WORDS: dict[str, Sequence[str]] = {
        "thing": n.THINGS, "thing2": n.THINGS, "step": n.STEPS, "role": n.ROLES_IN_TEXT,
        "month": n.MONTHS, "adj": n.ADJECTIVES, "m": [name for name, _ in n.MUNICIPALITIES],
        "org": ("kommunen",), "project": ("projektet",), "c": ("länet",), "year": (str(LAST_YEAR),),
    }

    def __init__(self, rng: Random, **fixed: str | None):
        super().__init__({k: v for k, v in fixed.items() if v})
        self._rng = rng

    def __missing__(self, key: str) -> str:
        value = self._rng.choice(self.WORDS[key])
        if key == "thing":
            self[key] = value  # one text, one main subject
        elif key == "thing2" and value == self.get("thing"):
            value = self._rng.choice(self.WORDS[key])
        return value


# --- the generator ---------------------------------------------------------------------------


@dataclass
class Generator:
    """Builds the records in dependency order and hands each one to `add` (table, record) -> id."""

    rng: Random
    add: Callable[[str, m.Record], str]
    user: str
    orgs: list[_Org] = field(default_factory=list)
    contact_ids: list[str] = field(default_factory=list)
    staff: list[tuple[str, str]] = field(default_factory=list)  # (contact id, full name)
    employees: dict[int, list[int]] = field(default_factory=dict)  # org index -> contact indices
    calls: list[_Call] = field(default_factory=list)
    projects: list[_Project] = field(default_factory=list)
    network_ids: list[str] = field(default_factory=list)
    projects_by_org: dict[int, list[int]] = field(default_factory=dict)  # coordinator -> project indices

    def __post_init__(self) -> None:
        self.days = workdays(FIRST_YEAR, LAST_YEAR)
        self.mobile_numbers, self.fixed_numbers = fiction_phone_numbers()
        self.first_cum = (zipf_cumulative(len(n.FIRST_NAMES_FEMALE)), zipf_cumulative(len(n.FIRST_NAMES_MALE)))
        self.last_cum = zipf_cumulative(len(n.LAST_NAMES), shift=4.0)
        self.activity_kinds = list(ACTIVITY_KIND_WEIGHTS)
        self.activity_kind_cum = cumulative(list(ACTIVITY_KIND_WEIGHTS.values()))
        self.link_count_cum = cumulative(LINK_COUNT_WEIGHTS)
        self.employer_cum: list[float] = []
        self.coordinator_cum: list[float] = []
        self.emails_seen: set[str] = set()
        self.org_numbers_seen: set[str] = set()
        self.reference_seq = 1000

    def run(self, *, contacts: int, organisations: int, projects: int, activities: int) -> None:
        phases: list[tuple[str, Callable[[], None]]] = [
            ("organisations", lambda: self.organisations(organisations)),
            ("contacts and affiliations", lambda: self.contacts(contacts)),
            ("calls", self.calls_per_year),
            ("projects and parties", lambda: self.projects_with_parties(projects)),
            ("networks and memberships", lambda: self.networks(min(MAX_NETWORKS, max(3, organisations // 10)))),
            ("activities, links and follow-ups", lambda: self.activities(activities)),
            ("notes", lambda: self.notes((contacts + organisations + projects) // 3)),
            ("tags", self.tags),
        ]
        for name, phase in phases:
            started = time.perf_counter()
            phase()
            log.info("  %-34s %6.1f s", name, time.perf_counter() - started)

    # --- randomness helpers ---------------------------------------------------------------

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def pick(self, cum: list[float]) -> int:
        """An index drawn with the weights whose running totals are `cum`."""
        return bisect.bisect_right(cum, self.rng.random() * cum[-1])

    def day(self, first: date | None = None, last: date | None = None) -> date:
        """A working day between first and last (inclusive), within the generated years."""
        lo = 0 if first is None else min(bisect.bisect_left(self.days, first), len(self.days) - 1)
        hi = len(self.days) if last is None else bisect.bisect_right(self.days, last)
        return self.days[self.rng.randrange(lo, max(hi, lo + 1))]

    def text(self, sentences: Sequence[str], min_words: int, slots: _Slots) -> str:
        """Sentences in random order, none twice, until the text has `min_words` words."""
        if min_words <= 1:
            sentence = self.rng.choice(sentences).format_map(slots)
            return sentence[0].upper() + sentence[1:]
        parts, words = [], 0
        for index in self.rng.sample(range(len(sentences)), len(sentences)):
            sentence = sentences[index].format_map(slots)
            parts.append(sentence[0].upper() + sentence[1:])
            words += sentence.count(" ") + 1
            if words >= min_words:
                break
        return " ".join(parts)

    def staff_name(self) -> str:
        return self.rng.choice(self.staff)[1] if self.staff else self.user

    def distinct(self, count: int, draw: Callable[[], int]) -> list[int]:
        """Up to `count` different values from `draw` (gives up after a few repeats)."""
        chosen: list[int] = []
        for _ in range(count * 4):
            if len(chosen) == count:
                break
            value = draw()
            if value not in chosen:
                chosen.append(value)
        return chosen

    # --- organisations ----------------------------------------------------------------------

    def plan_organisations(self, count: int) -> list[_Plan]:
        """All municipalities, regions and public bodies first (or a sample of them), then the rest."""
        county_of = dict(n.MUNICIPALITIES)
        public = [_Plan(municipality_org_name(mun), "kommun", mun, county) for mun, county in n.MUNICIPALITIES]
        public += [_Plan(name, "region", seat, county) for name, seat, county in n.REGIONS]
        public += [_Plan(name, kind, mun, county_of[mun], short) for name, short, mun, kind in n.PUBLIC_BODIES]
        take = min(len(public), max(1, count // 5), count)
        plan = [public[i] for i in sorted(self.rng.sample(range(len(public)), take))]
        owners = [i for i, p in enumerate(plan) if p.kind == "kommun"]
        names = {p.name for p in plan}
        while len(plan) < count:
            plan.append(self.unused_name(plan, owners, names))
        return plan

    def unused_name(self, plan: list[_Plan], owners: list[int], names: set[str]) -> _Plan:
        for attempt in range(100):
            candidate = self.plan_other(plan, owners)
            if attempt >= 50:
                candidate.name = f"{candidate.name} {attempt}"
            if candidate.name not in names:
                names.add(candidate.name)
                return candidate
        raise RuntimeError("no unused organisation name found")

    def plan_other(self, plan: list[_Plan], owners: list[int]) -> _Plan:
        mun, county = self.rng.choice(n.MUNICIPALITIES)
        stem, roll = county_stem(county), self.rng.random()
        if roll < 0.10 and owners:
            parent = self.rng.choice(owners)
            owner = plan[parent]
            name = self.rng.choice(n.MUNICIPAL_COMPANY_PATTERNS).format(m=owner.municipality)
            return _Plan(name, "företag", owner.municipality, owner.county, parent=parent)
        if roll < 0.18:
            return _Plan(self.rng.choice(n.ASSOCIATION_PATTERNS).format(m=mun, c=stem), "förening", mun, county)
        if roll < 0.20:
            core = self.rng.choice(n.INTERNATIONAL_CORES)
            return _Plan(self.rng.choice(n.INTERNATIONAL_PATTERNS).format(core=core), "internationell", mun, county)
        if roll < 0.25:
            return _Plan(self.rng.choice(n.OTHER_PATTERNS).format(m=mun, c=stem), "annan", mun, county)
        return _Plan(self.company_name(mun), "företag", mun, county)

    def company_name(self, municipality: str) -> str:
        roll = self.rng.random()
        if roll < 0.5:
            prefix = self.rng.choice(n.COMPANY_PREFIXES)
        elif roll < 0.8:
            prefix = municipality
        else:
            prefix = self.rng.choice(n.LAST_NAMES)
        return f"{prefix} {self.rng.choice(n.COMPANY_CORES)} {self.rng.choice(n.COMPANY_FORMS)}"

    def org_number(self, kind: str) -> str | None:
        """A valid, unused organisationsnummer in the series the kind of organisation uses."""
        prefix = ORG_NUMBER_PREFIX.get(kind)
        if prefix is None:
            return None
        if kind == "företag":
            prefix += self.rng.choice("69")
        while True:
            body = prefix + "".join(str(self.rng.randrange(10)) for _ in range(9 - len(prefix)))
            number = f"{body[:6]}-{body[6:]}{luhn_check_digit(body)}"
            if number not in self.org_numbers_seen:
                self.org_numbers_seen.add(number)
                return number

    def organisations(self, count: int) -> None:
        for p in self.plan_organisations(count):
            domain = f"{slug(p.name)}.{n.RESERVED_TLD}"
            notes = None
            if self.rng.random() < 0.05:
                notes = self.text(n.NOTE_SENTENCES, 12, _Slots(self.rng, m=p.municipality))
            rec = m.Organisation(
                id=self.new_id(), name=p.name, short_name=p.short_name, kind=p.kind,
                org_number=self.org_number(p.kind), website=f"https://www.{domain}",
                municipality=p.municipality, county=p.county,
                parent_id=self.orgs[p.parent].id if p.parent is not None else None, notes=notes,
            )
            self.add("organisation", rec)
            self.orgs.append(_Org(rec.id, p.name, p.kind, p.municipality, p.county, domain))
        self.employer_cum = cumulative([ORG_KIND_EMPLOYER_WEIGHT[o.kind] for o in self.orgs])
        self.coordinator_cum = cumulative([ORG_KIND_COORDINATOR_WEIGHT.get(o.kind, 0) for o in self.orgs])

    def employer(self) -> int | None:
        return self.pick(self.employer_cum) if self.orgs else None

    def coordinator(self) -> int | None:
        if not self.coordinator_cum or self.coordinator_cum[-1] == 0:
            return self.employer()
        return self.pick(self.coordinator_cum)

    # --- contacts -----------------------------------------------------------------------------

    def person_name(self) -> tuple[str, str]:
        female = self.rng.random() < 0.5
        first_names = n.FIRST_NAMES_FEMALE if female else n.FIRST_NAMES_MALE
        first = first_names[self.pick(self.first_cum[0 if female else 1])]
        last = n.LAST_NAMES[self.pick(self.last_cum)]
        if self.rng.random() < 0.04:
            second = n.LAST_NAMES[self.pick(self.last_cum)]
            last = last if second == last else f"{last} {second}"
        return first, last

    def email(self, first: str, last: str, domain: str, suffix: str = "") -> str:
        local = f"{ascii_fold(first)}.{ascii_fold(last)}{suffix}"
        address, k = f"{local}@{domain}", 2
        while address in self.emails_seen:
            address, k = f"{local}{k}@{domain}", k + 1
        self.emails_seen.add(address)
        return address

    def phones(self, county: str) -> list[str]:
        phones = []
        if self.rng.random() < 0.85:
            phones.append(self.rng.choice(self.mobile_numbers))
        if self.rng.random() < 0.45:
            area = n.FIXED_RANGE_BY_COUNTY.get(county, self.rng.randrange(len(self.fixed_numbers)))
            phones.append(self.rng.choice(self.fixed_numbers[area]))
        return phones

    def staff_employer(self) -> int | None:
        for i, org in enumerate(self.orgs):
            if org.name == STAFF_EMPLOYER:
                return i
        return self.employer()

    def contacts(self, count: int) -> None:
        staff_employer = self.staff_employer() if count else None
        for i in range(count):
            is_staff = i < STAFF_COUNT
            org_index = staff_employer if is_staff else self.employer()
            self.contact(i, org_index, is_staff)

    def contact(self, index: int, org_index: int | None, is_staff: bool) -> None:
        org = self.orgs[org_index] if org_index is not None else None
        first, last = self.person_name()
        if is_staff:
            title: str | None = n.STAFF_TITLES[index % len(n.STAFF_TITLES)]
        else:
            title = self.rng.choice(n.JOB_TITLES[org.kind]) if org else None
        if org and org.municipality and self.rng.random() < 0.8:
            municipality, county = org.municipality, org.county or ""
        else:
            municipality, county = self.rng.choice(n.MUNICIPALITIES)
        emails = [self.email(first, last, org.domain if org else self.rng.choice(n.RESERVED_EMAIL_DOMAINS))]
        if self.rng.random() < 0.15:
            suffix = str(self.rng.randrange(10, 100))
            emails.append(self.email(first, last, self.rng.choice(n.RESERVED_EMAIL_DOMAINS), suffix))
        informed = self.day()
        roll = self.rng.random()
        rec = m.Contact(
            id=self.new_id(), first_name=first, last_name=last, title=title, emails=emails,
            phones=self.phones(county), municipality=municipality, is_staff=is_staff,
            legal_basis="allmänt intresse" if roll < 0.9 else self.rng.choice(OTHER_LEGAL_BASES),
            source=self.rng.choice(n.CONTACT_SOURCES), informed_at=informed.isoformat(),
            retain_until=add_months(informed, 60).isoformat() if roll < 0.5 else None,
            notes=self.text(n.NOTE_SENTENCES, 10, _Slots(self.rng)) if self.rng.random() < 0.05 else None,
        )
        self.add("contact", rec)
        self.contact_ids.append(rec.id)
        if is_staff:
            self.staff.append((rec.id, rec.full_name))
        if org_index is not None:
            self.affiliations(index, org_index, title)

    def affiliations(self, contact: int, org_index: int, title: str | None) -> None:
        """The current employer, and for some people the one before."""
        contact_id = self.contact_ids[contact]
        start = self.day(last=date(LAST_YEAR, 6, 30))
        if self.rng.random() < 0.4:
            before = self.employer()
            if before is not None and before != org_index:
                end = start - timedelta(days=self.rng.randint(1, 90))
                begun = end - timedelta(days=self.rng.randint(365, 3650))
                role = self.rng.choice(n.JOB_TITLES[self.orgs[before].kind])
                self.add("affiliation", m.Affiliation(
                    id=self.new_id(), contact_id=contact_id, organisation_id=self.orgs[before].id,
                    role=role, from_date=begun.isoformat(), to_date=end.isoformat()))
        self.add("affiliation", m.Affiliation(
            id=self.new_id(), contact_id=contact_id, organisation_id=self.orgs[org_index].id,
            role=title, from_date=start.isoformat()))
        self.employees.setdefault(org_index, []).append(contact)

    # --- calls and projects ----------------------------------------------------------------------

    def calls_per_year(self) -> None:
        for year in range(FIRST_YEAR, LAST_YEAR + 1):
            kinds = ["Utlysning"]
            if self.rng.random() < 0.5:
                kinds.append("Förberedelseprojekt")
            if self.rng.random() < 0.25:
                kinds.append("Strategiska projekt")
            for kind in kinds:
                self.call(year, kind)

    def call(self, year: int, kind: str) -> None:
        theme = self.rng.choice(n.CALL_THEMES)
        opens = date(year, self.rng.randint(2, 5), self.rng.randint(1, 28))
        closes = opens + timedelta(days=self.rng.randint(60, 120))
        decision_by = closes + timedelta(days=self.rng.randint(60, 100))
        areas = self.rng.sample(n.NEED_AREAS, self.rng.randint(2, 4))
        rec = m.Call(
            id=self.new_id(), name=f"{theme} {year}" if kind == "Utlysning" else f"{kind} {year}",
            year=year, theme=theme, need_areas=areas, opens=opens.isoformat(), closes=closes.isoformat(),
            decision_by=decision_by.isoformat(), budget_sek=self.rng.randrange(10, 61) * 1_000_000,
            description=self.text(n.DESCRIPTION_SENTENCES, 25, _Slots(self.rng, org="IoT Sverige")),
        )
        self.add("call", rec)
        self.calls.append(_Call(rec.id, year, kind, areas, decision_by))

    def project_kind(self, call: _Call) -> str | None:
        if call.kind in CALL_PROJECT_KIND:
            return CALL_PROJECT_KIND[call.kind]
        if self.rng.random() < 0.02:
            return None  # the source did not say
        return self.rng.choices(OPEN_PROJECT_KINDS, weights=(30, 40, 30))[0]

    def project_status(self, start: date, end: date, decided: date) -> str:
        if self.rng.random() < 0.15:
            return "avslagen"
        if decided > REFERENCE_DAY:
            return "sökt"
        if start > REFERENCE_DAY:
            return "beviljad"
        return "pågående" if end > REFERENCE_DAY else "avslutad"

    def projects_with_parties(self, count: int) -> None:
        call_cum = cumulative([3 if c.kind == "Utlysning" else 1 for c in self.calls])
        for _ in range(count):
            call = self.calls[self.pick(call_cum)]
            coordinator = self.coordinator()
            project = self.project(call, coordinator)
            if coordinator is not None:
                self.projects_by_org.setdefault(coordinator, []).append(len(self.projects))
            self.projects.append(project)
            self.project_parties(project, self.rng.randint(2, 5))

    def project(self, call: _Call, coordinator: int | None) -> _Project:
        org = self.orgs[coordinator] if coordinator is not None else None
        mun, county = (org.municipality, org.county) if org and org.municipality else self.rng.choice(n.MUNICIPALITIES)
        kind = self.project_kind(call)
        start = call.decision_by + timedelta(days=self.rng.randint(30, 120))
        end = add_months(start, self.rng.randint(*PROJECT_MONTHS[kind]))
        low, high = PROJECT_BUDGET[kind]
        total = self.rng.randrange(low, high, 1000)
        share = self.rng.uniform(0.30, 0.50) if self.rng.random() < 0.95 else self.rng.uniform(0.50, 0.60)
        title = self.rng.choice(n.PROJECT_PATTERNS).format(
            s=self.rng.choice(n.PROJECT_SUBJECTS), m=mun, c=county_stem(county or "Sverige"))
        self.reference_seq += self.rng.randint(1, 40)
        rec = m.Project(
            id=self.new_id(), title=title, reference=f"{call.year}-{self.reference_seq:05d}", kind=kind,
            call_id=call.id, status=self.project_status(start, end, call.decision_by),
            start_date=start.isoformat(), end_date=end.isoformat(), total_budget_sek=total,
            grant_sek=int(total * share) // 1000 * 1000, coordinator_id=org.id if org else None,
            municipality=mun, need_area=self.rng.choice(call.need_areas),
            description=self.text(n.DESCRIPTION_SENTENCES, 45, _Slots(self.rng, org=org.name if org else None, m=mun)),
        )
        self.add("project", rec)
        return _Project(rec.id, title, coordinator)

    def project_parties(self, project: _Project, count: int) -> None:
        """The coordinator, a project manager from the coordinator, partners and contact persons."""
        parties: list[tuple[str, int, str]] = []  # (table, index, role)
        if project.coordinator is not None:
            parties.append(("organisation", project.coordinator, "koordinator"))
        if self.contact_ids:
            staff_pool = self.employees.get(project.coordinator, []) if project.coordinator is not None else []
            manager = self.rng.choice(staff_pool) if staff_pool else self.rng.randrange(len(self.contact_ids))
            parties.append(("contact", manager, "projektledare"))
        for _ in range(count * 3):
            if len(parties) >= count:
                break
            roll = self.rng.random()
            if roll < 0.8 and self.orgs:
                candidate = ("organisation", self.employer(), "partner" if roll < 0.7 else "medfinansiär")
            elif self.contact_ids:
                candidate = ("contact", self.rng.randrange(len(self.contact_ids)), "kontaktperson")
            else:
                continue
            if all((t, i) != candidate[:2] for t, i, _ in parties):
                parties.append(candidate)
        for table, index, role in parties:
            target = self.orgs[index].id if table == "organisation" else self.contact_ids[index]
            self.add("project_party", m.ProjectParty(
                id=self.new_id(), project_id=project.id, role=role,
                organisation_id=target if table == "organisation" else None,
                contact_id=target if table == "contact" else None))

    # --- networks -------------------------------------------------------------------------------

    def networks(self, count: int) -> None:
        specs = list(n.NETWORKS) + [
            (f"Regionalt IoT-nätverk {county_stem(county)}", None,
             f"Kommuner, region och företag i {county} som arbetar med IoT.")
            for county in n.MUNICIPALITIES_BY_COUNTY
        ]
        ids: dict[str, str] = {}
        for name, parent, description in specs[:count]:
            coordinator = self.coordinator()
            rec = m.Network(id=self.new_id(), name=name, description=description, parent_id=ids.get(parent or ""),
                            coordinator_id=self.orgs[coordinator].id if coordinator is not None else None)
            ids[name] = self.add("network", rec)
            self.network_ids.append(rec.id)
            most = max(5, (len(self.orgs) + len(self.contact_ids)) // 10)  # small runs: small networks
            self.memberships(rec.id, min(self.rng.randint(10, 150), most))

    def memberships(self, network_id: str, size: int) -> None:
        org_count = min(len(self.orgs), round(size * 0.6))
        contact_count = min(len(self.contact_ids), size - org_count)
        members = [("organisation", i) for i in self.rng.sample(range(len(self.orgs)), org_count)]
        members += [("contact", i) for i in self.rng.sample(range(len(self.contact_ids)), contact_count)]
        for table, index in members:
            start = self.day(last=date(LAST_YEAR, 6, 30))
            end = self.day(first=start + timedelta(days=180)) if self.rng.random() < 0.15 else None
            role = self.rng.choices(("medlem", "styrgrupp", "observatör", "kontaktperson"), (80, 8, 4, 8))[0]
            self.add("membership", m.Membership(
                id=self.new_id(), network_id=network_id, role=role,
                organisation_id=self.orgs[index].id if table == "organisation" else None,
                contact_id=self.contact_ids[index] if table == "contact" else None,
                from_date=start.isoformat(), to_date=end.isoformat() if end and end > start else None))

    # --- activities -------------------------------------------------------------------------------

    def activities(self, count: int) -> None:
        for _ in range(count):
            self.activity()

    def topic(self) -> tuple[str, int] | None:
        """What an activity is about: an organisation (55 %), a project (30 %) or a network (15 %)."""
        options = [(table, size, weight) for table, size, weight in (
            ("organisation", len(self.orgs), 55), ("project", len(self.projects), 30),
            ("network", len(self.network_ids), 15)) if size]
        if not options:
            return None
        table, size, _weight = options[self.pick(cumulative([weight for _, _, weight in options]))]
        if table == "organisation":
            return table, self.pick(self.employer_cum)
        return table, self.rng.randrange(size)

    def participants(self, count: int, pool: list[int]) -> list[int]:
        if not self.contact_ids:
            return []
        people = len(self.contact_ids)

        def draw() -> int:
            return self.rng.choice(pool) if pool and self.rng.random() < 0.7 else self.rng.randrange(people)
        return self.distinct(min(count, people), draw)

    def activity(self) -> None:
        kind = self.activity_kinds[self.pick(self.activity_kind_cum)]
        day = self.day()
        topic = self.topic()
        org_index, project_index = None, None
        if topic and topic[0] == "organisation":
            org_index = topic[1]
            own = self.projects_by_org.get(org_index)
            project_index = self.rng.choice(own) if own else None
        elif topic and topic[0] == "project":
            project_index = topic[1]
            org_index = self.projects[project_index].coordinator
        if project_index is None and self.projects:
            project_index = self.rng.randrange(len(self.projects))
        project_title = self.projects[project_index].title if project_index is not None else None
        org = self.orgs[org_index] if org_index is not None else None
        slots = _Slots(self.rng, org=org.name if org else None, m=org.municipality if org else None,
                       project=project_title, year=str(day.year))
        starts, ends = self.times(kind, day)
        online, place = self.place(kind, org)
        low_high = ATTENDANCE.get(kind)
        minutes = None
        if kind == "e-post":
            minutes = self.text(n.MINUTES_SENTENCES, 20, slots)
        elif self.rng.random() < 0.85:
            minutes = self.text(n.MINUTES_SENTENCES, 55, slots)
        rec = m.Activity(
            id=self.new_id(), kind=kind, title=self.text(n.ACTIVITY_TITLES[kind], 1, slots), starts=starts,
            ends=ends, place=place, online=online, attendance=self.rng.randint(*low_high) if low_high else None,
            minutes=minutes, logged_by=self.staff_name(),
        )
        self.add("activity", rec)
        pool = self.employees.get(org_index, []) if org_index is not None else []
        links = self.pick(self.link_count_cum) + 1
        self.activity_links(rec.id, kind, topic, self.participants(links - (1 if topic else 0), pool))
        if self.rng.random() < 0.2:
            self.follow_up(rec.id, day, slots)

    def times(self, kind: str, day: date) -> tuple[str, str | None]:
        shortest, longest = ACTIVITY_MINUTES[kind]
        length = self.rng.randint(shortest, longest) // 15 * 15
        first, last = 8 * 60, max(8 * 60, 17 * 60 - length)
        start = first + 15 * self.rng.randint(0, (last - first) // 15)
        starts = f"{day.isoformat()}T{start // 60:02d}:{start % 60:02d}"
        if not length:
            return starts, None
        end = start + length
        return starts, f"{day.isoformat()}T{end // 60:02d}:{end % 60:02d}"

    def place(self, kind: str, org: _Org | None) -> tuple[bool, str | None]:
        if kind in ("telefon", "e-post"):
            return False, None
        if kind == "webbinarium" or self.rng.random() < 0.35:
            return True, self.rng.choice(n.ONLINE_PLACES)
        if org is None:
            return False, self.rng.choice(n.MUNICIPALITIES)[0]
        return False, f"{org.name}, {org.municipality}" if org.municipality else org.name

    def activity_links(self, activity_id: str, kind: str, topic: tuple[str, int] | None,
                       people: list[int]) -> None:
        event = kind in EVENT_KINDS
        if topic:
            table, index = topic
            role = "arrangör" if event and table == "organisation" and self.rng.random() < 0.3 else "ämne"
            target = {"organisation": lambda: self.orgs[index].id, "project": lambda: self.projects[index].id,
                      "network": lambda: self.network_ids[index]}[table]()
            self.add("activity_link", m.ActivityLink(id=self.new_id(), activity_id=activity_id, role=role,
                                                     **{f"{table}_id": target}))
        for person in people:
            roll = self.rng.random()
            role = "talare" if event and roll < 0.10 else "moderator" if event and roll < 0.15 else "deltagare"
            self.add("activity_link", m.ActivityLink(id=self.new_id(), activity_id=activity_id, role=role,
                                                     contact_id=self.contact_ids[person]))

    def follow_up(self, activity_id: str, day: date, slots: _Slots) -> None:
        due = day + timedelta(days=self.rng.randint(7, 45))
        done_at = None
        if due < REFERENCE_DAY and self.rng.random() < 0.85:
            done = max(day, due - timedelta(days=self.rng.randint(0, 10)))
            done_at = f"{done.isoformat()}T{self.rng.randint(8, 16):02d}:{self.rng.choice((0, 15, 30, 45)):02d}"
        self.add("follow_up", m.FollowUp(
            id=self.new_id(), activity_id=activity_id, text=self.text(n.FOLLOW_UP_PATTERNS, 1, slots),
            owner_id=self.rng.choice(self.staff)[0] if self.staff else None, due=due.isoformat(), done_at=done_at))

    # --- notes and tags ---------------------------------------------------------------------------

    def notes(self, count: int) -> None:
        targets = [(entity, ids, weight) for entity, ids, weight in (
            ("project", [p.id for p in self.projects], 25), ("organisation", [o.id for o in self.orgs], 30),
            ("contact", self.contact_ids, 45)) if ids]
        if not targets:
            return
        cum = cumulative([weight for _, _, weight in targets])
        for _ in range(count):
            entity, ids, _weight = targets[self.pick(cum)]
            org = self.rng.choice(self.orgs).name if self.orgs else None
            text = self.text(n.NOTE_SENTENCES, self.rng.randint(12, 40), _Slots(self.rng, org=org))
            self.add("note", m.Note(id=self.new_id(), entity_type=entity, entity_id=self.rng.choice(ids),
                                    text=text, author=self.staff_name()))

    def tags(self) -> None:
        targets = [("project", [p.id for p in self.projects], 1.0, 3),
                   ("organisation", [o.id for o in self.orgs], 0.10, 2), ("contact", self.contact_ids, 0.02, 1)]
        if not any(ids for _, ids, _, _ in targets):
            return
        tag_ids = [self.add("tag", m.Tag(id=self.new_id(), name=name)) for name in n.TAGS]
        for entity, ids, share, most in targets:
            for entity_id in ids:
                if self.rng.random() >= share:
                    continue
                for tag in self.rng.sample(range(len(tag_ids)), self.rng.randint(1, most)):
                    self.add("tagging", m.Tagging(id=self.new_id(), tag_id=tag_ids[tag], entity_type=entity,
                                                  entity_id=entity_id))


# --- entry points ---------------------------------------------------------------------------------


@contextmanager
def page_cache(kb: KnowledgeBase, kib: int) -> Iterator[None]:
    """A larger SQLite page cache for this connection while it lasts: the tables' random UUID keys
    touch pages all over the file, and the default 2 MB cache spills to disk on every batch."""
    before = kb.db.execute("PRAGMA cache_size").fetchone()[0]
    kb.db.execute(f"PRAGMA cache_size = -{kib}")
    try:
        yield
    finally:
        kb.db.execute(f"PRAGMA cache_size = {before}")


def row_count(kb: KnowledgeBase) -> int:
    return sum(kb.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0] for table in ENTITY_TABLES)


def existing_rows(path: Path) -> int:
    """The rows in an existing file's entity tables, read without changing a byte (0: no file)."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return sum(conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
                   for table in ENTITY_TABLES if table in tables)


def table_counts(kb: KnowledgeBase) -> dict[str, int]:
    tables = (*ENTITY_TABLES, "change_log")
    return {table: kb.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0] for table in tables}


def generate(kb: KnowledgeBase, *, contacts: int = DEFAULTS["contacts"],
             organisations: int = DEFAULTS["organisations"], projects: int = DEFAULTS["projects"],
             activities: int = DEFAULTS["activities"], seed: int = 1,
             batch_rows: int = BATCH_ROWS, via_services: bool = False) -> dict[str, int]:
    """Fill an empty knowledge base; returns the rows written per table.

    By default rows are written in bulk (BulkWriter); via_services=True calls Service.create for
    each row instead: the same rows, about five times slower.
    """
    sizes = {"contacts": contacts, "organisations": organisations, "projects": projects, "activities": activities}
    for name, value in sizes.items():
        if value < 0:
            raise ValueError(f"--{name} must be 0 or more, not {value}")
    existing = row_count(kb)
    if existing:
        raise NotEmptyError(f"the database already holds {existing} rows; the generator only fills an empty one")
    writer: _Writer = ServiceWriter(kb, batch_rows) if via_services else BulkWriter(kb, batch_rows)
    with page_cache(kb, CACHE_KIB), writer:
        Generator(Random(seed), writer.add, kb.user).run(**sizes)
    if writer.warnings:
        log.info("  %d records were saved with warnings (co-financing below 50 %%, on purpose)", writer.warnings)
    return dict(writer.counts)


class _OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; counts are 0 or more")
    return value


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = _OneLineParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, type=Path, help="database file to create and fill (must be empty)")
    for name, value in DEFAULTS.items():
        parser.add_argument(f"--{name}", type=_count, default=value, metavar="N", help=f"default {value:,}")
    parser.add_argument("--seed", type=int, default=1, help="same seed, same data (default 1)")
    parser.add_argument("--user", default="bench", help="author of the rows and change-log entries")
    parser.add_argument("--via-services", action="store_true",
                        help="write each row with Service.create instead of in bulk (same rows, slower)")
    parser.add_argument("--batch-rows", type=_count, default=BATCH_ROWS, metavar="N",
                        help=f"rows per transaction (default {BATCH_ROWS:,})")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    try:
        if existing_rows(args.db):
            raise NotEmptyError(f"{args.db} is not empty; give a new file")
        kb = KnowledgeBase(open_database(args.db), user=args.user)
    except NotEmptyError as exc:
        print(f"bench.generate: {exc}", file=sys.stderr)
        return 2
    except (DatabaseError, sqlite3.Error, OSError) as exc:
        print(f"bench.generate: cannot open {args.db}: {exc}", file=sys.stderr)
        return 2
    with kb:
        log.info("generating into %s (seed %d, %s)", args.db, args.seed,
                 "through the services" if args.via_services else "in bulk")
        started = time.perf_counter()
        written = generate(kb, contacts=args.contacts, organisations=args.organisations,
                           projects=args.projects, activities=args.activities, seed=args.seed,
                           batch_rows=args.batch_rows, via_services=args.via_services)
        elapsed = time.perf_counter() - started
        counts = table_counts(kb)
    total = sum(written.values())
    print(f"{total:,} rows in {elapsed:.1f} s: {total / elapsed if elapsed else 0:,.0f} rows/s")
    for table, rows in counts.items():
        print(f"  {table:<14} {rows:>9,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
