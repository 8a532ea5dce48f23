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

Scale.  Two names can be one person only if their surname keys are equal,
so a name is only compared with the clusters of its own council and surname
key (a block): linking had compared every name with every cluster, 63 s for
8,000 names, and now grows with the number of names
(``benchmarks/people.py``).  A run recomputes the clusters in memory but
resolves mentions again only in meetings whose attendance links changed,
or where a mention is new (never linked) or touched by an alias, and writes
only the rows whose link changed: the result is the same as linking
everything again, at the cost of reading the council's rows.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Optional

import sqlite_utils
from nameparser import HumanName
from rapidfuzz import fuzz

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from models.keys import member_key, slugify

from .store import ensure_member, set_person_links, upsert_person

#: How a name is read: :func:`parse_name`, or a run's own memo of it.
NameReader = Callable[[str], Optional["NameParts"]]

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
    #: The surname as compared ("crowbrown"), kept because every comparison
    #: of two names starts with it.
    key: str = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "key", _surname_key(self.surname))

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
    text = re.sub(r"\([^()]*\)", " ", name)
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
    surname = words[-1] if _plain_given_and_surname(words) else HumanName(" ".join(words)).last or words[-1]
    given = [w for w in words[:-1] if w]
    initials = "".join(w[0].upper() for w in given if w[0].isalpha())
    forename = given[0] if given and len(given[0].rstrip(".")) > 1 else None
    return NameParts(title=title, initials=initials, forename=forename, surname=surname)


_PLAIN_WORD = re.compile(r"[A-Z](?:\.|[a-z]+(?:-[A-Z][a-z]+)?)?")


@lru_cache(maxsize=1)
def _name_words_nameparser_reads() -> frozenset[str]:
    """Words that make nameparser do more than take the last word as the
    surname: titles, suffixes, particles ("van", "de"), conjunctions."""
    from nameparser.config import CONSTANTS

    return frozenset().union(CONSTANTS.titles, CONSTANTS.suffix_acronyms, CONSTANTS.suffix_not_acronyms,
                             CONSTANTS.prefixes, CONSTANTS.conjunctions, CONSTANTS.bound_first_names,
                             CONSTANTS.non_first_name_prefixes)


def _plain_given_and_surname(words: list[str]) -> bool:
    """"R W Gough", "Roger Gough", "D Crow-Brown": given names or initials
    then one surname, no word nameparser treats specially, so its surname is
    the last word.  nameparser takes about 0.2 ms a name, which a council of
    100,000 names pays on every run; checked against it on every attendance
    name of the fixtures and on the benchmark's names."""
    special = _name_words_nameparser_reads()
    return 2 <= len(words) <= 4 and all(
        _PLAIN_WORD.fullmatch(w) and w.lower().rstrip(".") not in special for w in words)


def _surname_key(surname: str) -> str:
    return re.sub(r"[^a-z]", "", surname.lower())


def compatible(a: NameParts, b: NameParts) -> bool:
    """Could these two forms name the same person?"""
    if a.key != b.key:
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
    def best(self) -> tuple[str, NameParts]:
        """The fullest form and its parts: forename before initials,
        initials before none, then the longest; the first of equals."""
        return max(zip(self.forms, self.parts),
                   key=lambda pair: (bool(pair[1].forename), len(pair[1].initials), len(pair[0])))

    @property
    def best_name(self) -> str:
        return self.best[0]


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
    parts = cluster.best[1]
    bits = [parts.surname, parts.initials or (parts.forename or ""), parts.sex or ""]
    return f"{council}:person:{slugify('-'.join(b for b in bits if b))}"


def build_clusters(council: str, names: Iterable[str], members: list[dict], overrides: Overrides,
                   read: NameReader = parse_name) -> list[Cluster]:
    """Group the full names seen in attendance lists into people.

    A name is tried only against the clusters of its surname key (its
    block): no other cluster can fit it, since names fit only where their
    surname keys are equal."""
    clusters: list[Cluster] = []
    blocks: dict[str, list[Cluster]] = defaultdict(list)  # surname key -> clusters not forced together
    distinct = [set(d["names"]) for d in overrides.distinct]
    merged: dict[str, Cluster] = {}
    for group in overrides.merge:
        cluster = Cluster(council=council, forced=True)
        for form in group["names"]:
            parts = read(form)
            if parts:
                cluster.forms.append(form)
                cluster.parts.append(parts)
                merged[form] = cluster
        clusters.append(cluster)

    def kept_apart(form: str, cluster: Cluster) -> bool:
        return any(form in group and any(f in group and f != form for f in cluster.forms) for group in distinct)

    for member in members:
        parts = read(member["name"])
        if not parts:
            continue
        cluster = Cluster(council=council, forms=[member["name"]], parts=[parts], member_id=member["member_id"])
        clusters.append(cluster)
        blocks[parts.key].append(cluster)
    for form in names:
        if form in merged:
            continue
        parts = read(form)
        if not parts or not (parts.initials or parts.forename):
            continue  # a bare surname is resolved per meeting, not clustered
        block = blocks[parts.key]
        fitting = [c for c in block if c.fits(parts) and not kept_apart(form, c)]
        if len(fitting) == 1:
            fitting[0].forms.append(form)
            fitting[0].parts.append(parts)
        else:  # nobody yet, or two members it could be: a person of its own rather than a guess
            cluster = Cluster(council=council, forms=[form], parts=[parts])
            clusters.append(cluster)
            block.append(cluster)
    for cluster in clusters:
        cluster.person_id = _person_id(council, cluster)
    return [c for c in clusters if c.forms]


@dataclass
class Link:
    person_id: Optional[str]
    confidence: float
    rule: str


def resolve_mention(mention: str, attendees: list[tuple[str, str]], aliases: dict[str, str],
                    read: NameReader = parse_name) -> Link:
    """Resolve a name as written in a vote, declaration or speech against the
    meeting's attendees ``[(name, person_id), ...]``."""
    if mention in aliases:
        return Link(aliases[mention], 1.0, "override")
    parts = read(mention)
    if parts is None:
        return Link(None, 0.0, "not a name")
    exact = [pid for name, pid in attendees if name == mention]
    if exact:
        return Link(exact[0], 1.0, "exact")
    candidates = {}
    namesakes = []  # attendees of the same surname
    for name, pid in attendees:
        other = read(name)
        if other and other.key == parts.key:
            namesakes.append(other)
            if compatible(parts, other):
                candidates[pid] = name
    if len(candidates) == 1:
        (pid, name), = candidates.items()
        decided_by = "title" if parts.sex and any(p.sex != parts.sex for p in namesakes) else "surname"
        return Link(pid, 0.95 if parts.initials else 0.9, f"{decided_by} in meeting attendance")
    if len(candidates) > 1:
        return Link(None, 0.0, "ambiguous: " + " | ".join(sorted(candidates.values())))
    fuzzy = []
    for name, pid in attendees:
        other = read(name)
        if other and (not parts.sex or not other.sex or parts.sex == other.sex):
            score = fuzz.ratio(parts.key, other.key)
            if score >= 88:
                fuzzy.append((score, pid, name))
    if len({pid for _, pid, _ in fuzzy}) == 1:
        score, pid, name = max(fuzzy)
        return Link(pid, round(0.6 * score / 100, 2), f"spelling close to {name}")
    if len({pid for _, pid, _ in fuzzy}) > 1:
        return Link(None, 0.0, "ambiguous: " + " | ".join(sorted({n for _, _, n in fuzzy})))
    return Link(None, 0.0, "no attendee of this meeting matches")


def link_council(db: sqlite_utils.Database, council: str, overrides: Optional[Overrides] = None) -> dict:
    """Bring the council's people and every mention's ``person_id`` up to
    date, writing only what changed since the last run.  Returns counts of
    what is linked, for reports."""
    overrides = (overrides or Overrides()).for_council(council)
    # Each name is read once per run: nameparser takes about 0.2 ms a name,
    # and a council of 100,000 names would thrash parse_name's own cache.
    memo: dict[str, Optional[NameParts]] = {}

    def read(name: str) -> Optional[NameParts]:
        if name not in memo:
            memo[name] = parse_name(name)
        return memo[name]

    members = list(db.query("SELECT member_id, name FROM people WHERE council = ? AND member_id IS NOT NULL", [council]))
    names = [r["name"] for r in db.query(
        "SELECT DISTINCT attendance.name FROM attendance JOIN meetings ON meetings.id = attendance.meeting_id "
        "WHERE meetings.council = ? ORDER BY attendance.name", [council])]
    clusters = build_clusters(council, names, members, overrides, read)
    by_form = {}
    for cluster in clusters:
        for form in cluster.forms:
            by_form.setdefault(form, cluster)
    aliases = {a["name"]: a["person"] for a in overrides.alias}
    stored_names = {r["id"]: r["name"] for r in db.query("SELECT id, name FROM people WHERE council = ?", [council])}
    report = defaultdict(int)
    ambiguous: list[str] = []
    with db.atomic():
        for cluster in clusters:
            if cluster.member_id or stored_names.get(cluster.person_id) == cluster.best_name:
                continue
            upsert_person(db, cluster.person_id, council, cluster.best_name)
            stored_names[cluster.person_id] = cluster.best_name
        attendance_rows = list(db.query(
            "SELECT attendance.id, attendance.name, attendance.meeting_id, attendance.status, attendance.member_id, "
            "attendance.person_id, attendance.person_confidence, attendance.person_rule "
            "FROM attendance JOIN meetings ON meetings.id = attendance.meeting_id WHERE meetings.council = ?", [council]))
        by_meeting: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        changed_meetings: set[str] = set()
        updates = []
        for row in attendance_rows:
            if row["name"] in aliases:
                link = Link(aliases[row["name"]], 1.0, "override")
            elif row["member_id"]:
                # The web service names the member: no matching needed.
                link = Link(member_key(council, row["member_id"]), 1.0, "member id")
            elif row["name"] in by_form:
                link = Link(by_form[row["name"]].person_id, 1.0, "attendance list")
            else:
                link = Link(None, 0.0, "name too short to identify")
            if _changed(row, link):
                if link.rule == "member id":
                    ensure_member(db, council, row["member_id"], row["name"])
                updates.append((link.person_id, link.confidence, link.rule, row["id"]))
                changed_meetings.add(row["meeting_id"])
            if link.person_id and row["status"] in ("present", "virtual", "substitute", "in_attendance", "apologies"):
                by_meeting[row["meeting_id"]].append((row["name"], link.person_id, row["status"]))
        set_person_links(db, "attendance", updates)
        listed = {meeting: {pid for _, pid, _ in people} for meeting, people in by_meeting.items()}
        for table in MENTION_TABLES:
            updates = []
            if table == "vote_members":
                rows = db.query(
                    "SELECT vote_members.id, vote_members.name, votes.meeting_id, vote_members.person_id, "
                    "vote_members.person_confidence, vote_members.person_rule FROM vote_members "
                    "JOIN votes ON votes.id = vote_members.vote_id JOIN meetings ON meetings.id = votes.meeting_id "
                    "WHERE meetings.council = ?", [council])
            else:
                rows = db.query(
                    f"SELECT [{table}].id, [{table}].name, [{table}].meeting_id, [{table}].person_id, "
                    f"[{table}].person_confidence, [{table}].person_rule FROM [{table}] "
                    f"JOIN meetings ON meetings.id = [{table}].meeting_id WHERE meetings.council = ?", [council])
            for row in list(rows):
                # A mention's link depends only on its meeting's attendance
                # and the aliases: where neither changed, it stands.
                stale = (row["person_rule"] is None or row["meeting_id"] in changed_meetings
                         or row["name"] in aliases or row["person_rule"] == "override"
                         or (row["person_id"] is not None
                             and row["person_id"] not in listed.get(row["meeting_id"], ())))
                if stale:
                    present = [(n, pid) for n, pid, status in by_meeting.get(row["meeting_id"], [])
                               if table != "vote_members" or status in ("present", "virtual", "substitute")]
                    link = resolve_mention(row["name"], present, aliases, read)
                    if _changed(row, link):
                        updates.append((link.person_id, link.confidence, link.rule, row["id"]))
                else:
                    link = Link(row["person_id"], row["person_confidence"], row["person_rule"])
                report[f"{table} linked" if link.person_id else f"{table} unlinked"] += 1
                if link.rule.startswith("ambiguous"):
                    report[f"{table} ambiguous"] += 1
                    ambiguous.append(f"{row['meeting_id']}: {row['name']} -> {link.rule[len('ambiguous: '):]}")
            set_person_links(db, table, updates)
    report["people"] = len(clusters)
    return {"counts": dict(report), "ambiguous": ambiguous}


def _changed(row: dict, link: Link) -> bool:
    """Whether a row's stored link differs from the one just made."""
    return (row["person_id"], row["person_confidence"], row["person_rule"]) != (
        link.person_id, link.confidence, link.rule)


def link_all(db: sqlite_utils.Database, overrides_path: Optional[str | Path] = None) -> dict:
    overrides = Overrides.load(overrides_path)
    councils = [row["slug"] for row in db.query("SELECT slug FROM councils ORDER BY slug")]
    return {council: link_council(db, council, overrides) for council in councils}
