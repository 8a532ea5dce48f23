"""One person per councillor across meetings, and every mention linked.

Minutes name one member many ways ("Mr R W Gough (Chairman)", "Mr Gough",
"Mr R Gough, Leader of the Council", "Councillor Roger Gough").  Linking is
by rules first, fuzzy matching last, and never by guessing:

1. Names in attendance lists are full enough to identify someone: they are
   clustered per council by surname, the title's sex (where a title states
   one) and compatible initials ("R W" and "R" agree; "R W" and "R J" do
   not), and joined to the council's own member list (web service ids).
2. A short mention in a vote, declaration or speech ("Mr Gough") is resolved
   within the attendance of the same meeting: same surname, compatible title
   and initials.  Kent has "Ms J Meade" and "Mr J Meade": the title decides.
   Where the text leaves more than one candidate the mention stays unlinked
   and is flagged ``ambiguous`` with the candidates.
3. A surname that matches nobody exactly may match by spelling (rapidfuzz),
   with a lower confidence.

Every link carries a confidence and the rule that made it.  An operator's
override file (``people.toml``) can force names together, keep them apart,
or tie a name to a person; it is applied on every run.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import sqlite_utils
from nameparser import HumanName
from rapidfuzz import fuzz

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from models.keys import member_key, slugify

from .store import ensure_member, set_person_links, upsert_person

MALE = {"mr", "sir", "lord", "baron", "messrs"}
FEMALE = {"mrs", "ms", "miss", "dame", "lady", "baroness"}
HONOURS = {"obe", "mbe", "cbe", "kbe", "dbe", "bem", "jp", "dl", "mp", "qc", "kc", "mvo", "cvo", "frics", "qpm"}
TITLES = MALE | FEMALE | {"dr", "cllr", "councillor", "professor", "prof", "rev", "revd", "reverend", "alderman", "mx"}
MENTION_TABLES = ("vote_members", "declarations", "speakers")


@dataclass(frozen=True)
class NameParts:
    title: Optional[str]
    initials: str  # "RW" for "R W" or "Roger William"
    forename: Optional[str]
    surname: str

    @property
    def sex(self) -> Optional[str]:
        if self.title in MALE:
            return "m"
        if self.title in FEMALE:
            return "f"
        return None


@lru_cache(maxsize=65536)
def parse_name(name: str) -> Optional[NameParts]:
    """``"Mr R W Gough (Chairman)"`` -> title mr, initials RW, surname Gough."""
    text = re.sub(r"\([^)]*\)", " ", name)
    text = re.sub(r",?\s*\b(?:%s)\b\.?" % "|".join(h.upper() for h in HONOURS), " ", text)
    text = re.sub(r"\s+", " ", text).strip(" ,.")
    if not text or not re.search(r"[A-Za-z]", text):
        return None
    words = text.split(" ")
    title = None
    if words and words[0].lower().rstrip(".") in TITLES:
        title = words[0].lower().rstrip(".")
        if title in ("cllr", "councillor", "alderman"):
            title = "cllr"
        words = words[1:]
    if not words:
        return None
    if len(words) == 1:
        return NameParts(title=title, initials="", forename=None, surname=words[0])
    human = HumanName(" ".join(words))
    surname = human.last or words[-1]
    given = [w for w in words[:-1] if w]
    initials = "".join(w[0].upper() for w in given if w[0].isalpha())
    forename = given[0] if given and len(given[0].rstrip(".")) > 1 else None
    return NameParts(title=title, initials=initials, forename=forename, surname=surname)


def _surname_key(surname: str) -> str:
    return re.sub(r"[^a-z]", "", surname.lower())


def compatible(a: NameParts, b: NameParts) -> bool:
    """Could these two forms name the same person?"""
    if _surname_key(a.surname) != _surname_key(b.surname):
        return False
    if a.sex and b.sex and a.sex != b.sex:
        return False
    if a.initials and b.initials and not (a.initials.startswith(b.initials) or b.initials.startswith(a.initials)):
        return False
    if a.forename and b.forename and a.forename.lower() != b.forename.lower():
        return False
    return True


@dataclass
class Cluster:
    council: str
    forms: list[str] = field(default_factory=list)
    parts: list[NameParts] = field(default_factory=list)
    member_id: Optional[str] = None
    person_id: Optional[str] = None
    forced: bool = False

    def fits(self, parts: NameParts) -> bool:
        return all(compatible(parts, p) for p in self.parts)

    @property
    def best_name(self) -> str:
        """The fullest form: forename before initials, initials before none."""
        return max(self.forms, key=lambda f: (bool(parse_name(f) and parse_name(f).forename),
                                              len(parse_name(f).initials) if parse_name(f) else 0, len(f)))


@dataclass
class Overrides:
    """An operator's corrections, from ``people.toml``:

        [[merge]]       # these names are one person
        council = "kent"
        names = ["Mr R W Gough", "Councillor Roger Gough"]

        [[distinct]]    # these names are different people
        council = "kent"
        names = ["Mr P Cole", "Mr P J Cole"]

        [[alias]]       # this name (as written) is this person
        council = "kent"
        name = "Rich Lehmann"
        person = "kent:member:2345"
    """

    merge: list[dict] = field(default_factory=list)
    distinct: list[dict] = field(default_factory=list)
    alias: list[dict] = field(default_factory=list)

    @classmethod
    def load(cls, path: Optional[str | Path]) -> "Overrides":
        if not path or not Path(path).exists():
            return cls()
        data = tomllib.loads(Path(path).read_text())
        unknown = set(data) - {"merge", "distinct", "alias"}
        if unknown:
            raise ValueError(f"{path}: unknown section(s) {', '.join(sorted(unknown))}; expected merge, distinct, alias")
        return cls(merge=data.get("merge", []), distinct=data.get("distinct", []), alias=data.get("alias", []))

    def for_council(self, council: str) -> "Overrides":
        pick = lambda rows: [r for r in rows if r.get("council") == council]  # noqa: E731
        return Overrides(merge=pick(self.merge), distinct=pick(self.distinct), alias=pick(self.alias))


def _person_id(council: str, cluster: Cluster) -> str:
    if cluster.member_id:
        return member_key(council, cluster.member_id)
    parts = parse_name(cluster.best_name)
    bits = [parts.surname, parts.initials or (parts.forename or ""), parts.sex or ""] if parts else [cluster.best_name]
    return f"{council}:person:{slugify('-'.join(b for b in bits if b))}"


def build_clusters(council: str, names: Iterable[str], members: list[dict], overrides: Overrides) -> list[Cluster]:
    """Group the full names seen in attendance lists into people."""
    clusters: list[Cluster] = []
    distinct = [set(d["names"]) for d in overrides.distinct]
    merged: dict[str, Cluster] = {}
    for group in overrides.merge:
        cluster = Cluster(council=council, forced=True)
        for form in group["names"]:
            parts = parse_name(form)
            if parts:
                cluster.forms.append(form)
                cluster.parts.append(parts)
                merged[form] = cluster
        clusters.append(cluster)

    def kept_apart(form: str, cluster: Cluster) -> bool:
        return any(form in group and any(f in group and f != form for f in cluster.forms) for group in distinct)

    for member in members:
        parts = parse_name(member["name"])
        if not parts:
            continue
        cluster = Cluster(council=council, forms=[member["name"]], parts=[parts], member_id=member["member_id"])
        clusters.append(cluster)
    for form in names:
        if form in merged:
            continue
        parts = parse_name(form)
        if not parts or not (parts.initials or parts.forename):
            continue  # a bare surname is resolved per meeting, not clustered
        fitting = [c for c in clusters if not c.forced and c.fits(parts) and not kept_apart(form, c)]
        if len(fitting) == 1:
            fitting[0].forms.append(form)
            fitting[0].parts.append(parts)
        else:  # nobody yet, or two members it could be: a person of its own rather than a guess
            clusters.append(Cluster(council=council, forms=[form], parts=[parts]))
    for cluster in clusters:
        cluster.person_id = _person_id(council, cluster)
    return [c for c in clusters if c.forms]


@dataclass
class Link:
    person_id: Optional[str]
    confidence: float
    rule: str


def resolve_mention(mention: str, attendees: list[tuple[str, str]], aliases: dict[str, str]) -> Link:
    """Resolve a name as written in a vote, declaration or speech against the
    meeting's attendees ``[(name, person_id), ...]``."""
    if mention in aliases:
        return Link(aliases[mention], 1.0, "override")
    parts = parse_name(mention)
    if parts is None:
        return Link(None, 0.0, "not a name")
    exact = [pid for name, pid in attendees if name == mention]
    if exact:
        return Link(exact[0], 1.0, "exact")
    candidates = {}
    for name, pid in attendees:
        other = parse_name(name)
        if other and compatible(parts, other):
            candidates[pid] = name
    if len(candidates) == 1:
        (pid, name), = candidates.items()
        decided_by = "title" if parts.sex and any(
            (p := parse_name(n)) and _surname_key(p.surname) == _surname_key(parts.surname) and p.sex != parts.sex
            for n, _ in attendees) else "surname"
        return Link(pid, 0.95 if parts.initials else 0.9, f"{decided_by} in meeting attendance")
    if len(candidates) > 1:
        return Link(None, 0.0, "ambiguous: " + " | ".join(sorted(candidates.values())))
    fuzzy = []
    for name, pid in attendees:
        other = parse_name(name)
        if other and (not parts.sex or not other.sex or parts.sex == other.sex):
            score = fuzz.ratio(_surname_key(parts.surname), _surname_key(other.surname))
            if score >= 88:
                fuzzy.append((score, pid, name))
    if len({pid for _, pid, _ in fuzzy}) == 1:
        score, pid, name = max(fuzzy)
        return Link(pid, round(0.6 * score / 100, 2), f"spelling close to {name}")
    if len({pid for _, pid, _ in fuzzy}) > 1:
        return Link(None, 0.0, "ambiguous: " + " | ".join(sorted({n for _, _, n in fuzzy})))
    return Link(None, 0.0, "no attendee of this meeting matches")


def link_council(db: sqlite_utils.Database, council: str, overrides: Optional[Overrides] = None) -> dict:
    """(Re)build the council's people and set ``person_id`` on every mention.
    Returns counts of what was linked, for reports."""
    overrides = (overrides or Overrides()).for_council(council)
    members = list(db.query("SELECT member_id, name FROM people WHERE council = ? AND member_id IS NOT NULL", [council]))
    names = [r["name"] for r in db.query(
        "SELECT DISTINCT attendance.name FROM attendance JOIN meetings ON meetings.id = attendance.meeting_id "
        "WHERE meetings.council = ? ORDER BY attendance.name", [council])]
    clusters = build_clusters(council, names, members, overrides)
    by_form = {}
    for cluster in clusters:
        for form in cluster.forms:
            by_form.setdefault(form, cluster)
    aliases = {a["name"]: a["person"] for a in overrides.alias}
    report = defaultdict(int)
    ambiguous: list[str] = []
    with db.atomic():
        for cluster in clusters:
            if cluster.member_id:
                continue
            upsert_person(db, cluster.person_id, council, cluster.best_name)
        attendance_rows = list(db.query(
            "SELECT attendance.id, attendance.name, attendance.meeting_id, attendance.status, attendance.member_id "
            "FROM attendance JOIN meetings ON meetings.id = attendance.meeting_id WHERE meetings.council = ?", [council]))
        by_meeting: dict[str, list[tuple[str, str]]] = defaultdict(list)
        updates = []
        for row in attendance_rows:
            if row["name"] in aliases:
                link = Link(aliases[row["name"]], 1.0, "override")
            elif row["member_id"]:
                # The web service names the member: no matching needed.
                link = Link(ensure_member(db, council, row["member_id"], row["name"]), 1.0, "member id")
            elif row["name"] in by_form:
                link = Link(by_form[row["name"]].person_id, 1.0, "attendance list")
            else:
                link = Link(None, 0.0, "name too short to identify")
            updates.append((link.person_id, link.confidence, link.rule, row["id"]))
            if link.person_id and row["status"] in ("present", "virtual", "substitute", "in_attendance", "apologies"):
                by_meeting[row["meeting_id"]].append((row["name"], link.person_id, row["status"]))
        set_person_links(db, "attendance", updates)
        for table in MENTION_TABLES:
            updates = []
            if table == "vote_members":
                rows = db.query(
                    "SELECT vote_members.id, vote_members.name, votes.meeting_id FROM vote_members "
                    "JOIN votes ON votes.id = vote_members.vote_id JOIN meetings ON meetings.id = votes.meeting_id "
                    "WHERE meetings.council = ?", [council])
            else:
                rows = db.query(
                    f"SELECT [{table}].id, [{table}].name, [{table}].meeting_id FROM [{table}] "
                    f"JOIN meetings ON meetings.id = [{table}].meeting_id WHERE meetings.council = ?", [council])
            for row in list(rows):
                present = [(n, pid) for n, pid, status in by_meeting.get(row["meeting_id"], [])
                           if table != "vote_members" or status in ("present", "virtual", "substitute")]
                link = resolve_mention(row["name"], present, aliases)
                updates.append((link.person_id, link.confidence, link.rule, row["id"]))
                report[f"{table} linked" if link.person_id else f"{table} unlinked"] += 1
                if link.rule.startswith("ambiguous"):
                    report[f"{table} ambiguous"] += 1
                    ambiguous.append(f"{row['meeting_id']}: {row['name']} -> {link.rule[len('ambiguous: '):]}")
            set_person_links(db, table, updates)
    report["people"] = len(clusters)
    return {"counts": dict(report), "ambiguous": ambiguous}


def link_all(db: sqlite_utils.Database, overrides_path: Optional[str | Path] = None) -> dict:
    overrides = Overrides.load(overrides_path)
    councils = [row["slug"] for row in db.query("SELECT slug FROM councils ORDER BY slug")]
    return {council: link_council(db, council, overrides) for council in councils}
