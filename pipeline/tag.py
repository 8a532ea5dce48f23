"""Find what the minutes say: attendance, resolutions, votes, declarations,
speakers, portfolio holders and organisations.

The language pipeline is ``spacy.blank("en")`` plus the project's own
components: an ``entity_ruler`` loaded from ``patterns/entities.jsonl``
(titled people such as "Mr R W Gough", officer roles such as "the Director
for Finance") and an ``organisations`` component that links "Department for
Education (DfE)" to later "DfE".  No model is downloaded.  Word lists live
in ``patterns/vocabulary.json``.

Layout-bound facts (attendance lists, recorded-vote blocks, lettered
resolution clauses) are read from the extracted lines, which keep their
page numbers, so every fact cites the page it came from.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from models.records import (
    Attendance,
    Clause,
    Declaration,
    Item,
    Line,
    Organisation,
    ParsedDocument,
    Resolution,
    Speaker,
    Vote,
)

TAGGER_VERSION = "tag-1"
PATTERNS = Path(__file__).parent / "patterns"


@dataclass(frozen=True)
class Vocabulary:
    titles: frozenset
    plural_titles: dict
    honours: frozenset
    speech_verbs: frozenset
    skip_before_verb: frozenset
    attendance_labels: dict


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = json.loads((PATTERNS / "vocabulary.json").read_text())
    return Vocabulary(
        titles=frozenset(data["titles"]),
        plural_titles=data["plural_titles"],
        honours=frozenset(data["honours"]),
        speech_verbs=frozenset(data["speech_verbs"]),
        skip_before_verb=frozenset(data["skip_before_verb"]),
        attendance_labels=data["attendance_labels"],
    )


# ---------------------------------------------------------------------------
# The spaCy pipeline

if not Doc.has_extension("organisations"):
    Doc.set_extension("organisations", default=None)

_ACRONYM_AFTER = re.compile(
    r"((?:[A-Z][\w’'&-]*|of|for|and|the|on|in|&)(?:\s+(?:[A-Z][\w’'&-]*|of|for|and|the|on|in|&)){1,10})\s+\(([A-Z][A-Za-z&]{1,9})\)"
)
_MINOR = {"of", "for", "and", "the", "on", "in", "&"}
_COUNCIL_NAME = re.compile(
    r"\b((?:[A-Z][A-Za-z&’'-]+\s+){1,4}(?:County |City |District |Borough |Parish |Town |Metropolitan Borough )?Council)\b"
)
_NOT_A_COUNCIL_START = {"Should", "Would", "Could", "Will", "When", "If", "Whilst", "While", "As", "At", "In", "On",
                        "For", "By", "With", "And", "But", "Since", "Although", "All", "Both", "Where", "From", "To",
                        "The", "This", "That", "Full", "County", "City", "Town", "Parish", "District", "Borough",
                        "Cabinet", "Members", "Member", "Councillors", "Whole", "Extraordinary", "Annual", "Special",
                        "A", "An", "Each", "Every", "Our", "Their", "Its", "His", "Her", "Which", "Local", "Of"}


def _acronym_fits(words: list[str], acronym: str) -> Optional[int]:
    """Where the long form starts if ``acronym`` spells the words' initials.

    Capitals of the acronym match capitalised words ("DLUHC" = Department for
    Levelling Up Housing and Communities); a lower-case letter may match a
    minor word ("DfE" = Department for Education).
    """
    for start in range(len(words)):
        span = words[start:]
        if span[0].lower() in _MINOR:
            continue
        capitals = "".join(w[0] for w in span if w.lower() not in _MINOR)
        every = "".join(w[0] for w in span)
        if capitals == acronym or every.lower() == acronym.lower():
            return start
        if capitals.upper() == re.sub(r"[^A-Z]", "", acronym) and len(capitals) >= 2 and not any(
            c.islower() for c in acronym
        ):
            return start
    return None


@Language.component("organisations")
def organisations_component(doc: Doc) -> Doc:
    """Organisations named in full with an acronym, linked to later uses of
    the acronym, and councils named in the text."""
    found: dict[str, Organisation] = {}
    text = doc.text
    for match in _ACRONYM_AFTER.finditer(text):
        words = match.group(1).split()
        acronym = match.group(2)
        start = _acronym_fits(words, acronym)
        if start is None:
            continue
        name = " ".join(words[start:])
        key = acronym
        if key not in found:
            found[key] = Organisation(name=f"{name} ({acronym})", acronym=acronym, mentions=0)
    for key, org in found.items():
        org.mentions = len(re.findall(rf"\b{re.escape(key)}\b", text))
    for match in _COUNCIL_NAME.finditer(text):
        name = match.group(1)
        words = name.split()
        while words and words[0] in _NOT_A_COUNCIL_START:
            words = words[1:]
        if len(words) < 2:
            continue
        name = " ".join(words)
        if any(org.name.startswith(f"{name} (") for org in found.values()):
            continue
        if name not in found:
            found[name] = Organisation(name=name, acronym=None, mentions=0)
        found[name].mentions += 1
    doc._.organisations = list(found.values())
    return doc


def build_nlp() -> Language:
    """spaCy blank English with the project's own entity patterns."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True})
    ruler.from_disk(PATTERNS / "entities.jsonl")
    nlp.add_pipe("organisations")
    return nlp


@lru_cache(maxsize=1)
def default_nlp() -> Language:
    return build_nlp()


# ---------------------------------------------------------------------------
# Names and lists of names


def _strip_role(piece: str) -> tuple[str, Optional[str]]:
    match = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", piece)
    if match and match.group(1).strip():
        return match.group(1).strip(), match.group(2).strip()
    return piece.strip(), None


def _split_top_level(text: str) -> list[str]:
    """Split on commas, semicolons and "and" outside parentheses."""
    pieces, depth, current = [], 0, []
    tokens = re.split(r"(\(|\)|,|;|\band\b|&)", text)
    for token in tokens:
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        if depth == 0 and token in (",", ";", "and", "&"):
            pieces.append("".join(current))
            current = []
        else:
            current.append(token)
    pieces.append("".join(current))
    return [p.strip() for p in pieces if p and p.strip()]


def split_names(text: str) -> list[tuple[str, Optional[str]]]:
    """``"Mr R W Gough (Chairman), Sir Paul Carter, CBE and Mr D Ross"`` ->
    ``[("Mr R W Gough", "Chairman"), ("Sir Paul Carter, CBE", None), ("Mr D Ross", None)]``.

    Honours after a comma stay with the name before them; a plural title
    ("Councillors A, B and C") is given to each name.
    """
    vocab = vocabulary()
    text = re.sub(r"\s+", " ", text).strip().rstrip(".").strip()
    if not text:
        return []
    plural_title = None
    first = text.split(" ", 1)
    if first[0].lower().rstrip(":") in vocab.plural_titles and len(first) > 1:
        plural_title = vocab.plural_titles[first[0].lower().rstrip(":")]
        text = first[1]
    names: list[list] = []
    for piece in _split_top_level(text):
        bare = piece.strip().strip(".")
        if not bare:
            continue
        if bare.upper() in vocab.honours or all(w.upper().strip(".") in vocab.honours for w in bare.split()):
            if names:
                names[-1][0] = f"{names[-1][0]}, {bare}"
            continue
        for name, role in _split_run_together(bare):
            name = re.sub(r"^(?:and|&)\s+", "", name)
            if plural_title and name.split(" ")[0].lower() not in vocab.titles:
                name = f"{plural_title} {name}"
            if re.search(r"[A-Z]", name) and name.lower() not in _NOT_NAMES:
                names.append([name, role])
    return [(n, r) for n, r in names]


# Words that stand where names stand but name nobody in particular.
_NOT_NAMES = {"councillors", "members", "cllrs", "committee members", "all members", "none", "n/a", "nil"}


def _split_run_together(piece: str) -> list[tuple[str, Optional[str]]]:
    """One list entry that holds more than one name or a dashed role:
    "D Richardson (Chair) N Cresswell", "P Moran A Armstrong",
    "Olive O’Sullivan – Town Clerk"."""
    results = []
    for part in re.split(r"(?<=\))\s+(?=[A-Z])", piece):
        name, role = _strip_role(part)
        dashed = re.match(r"^(.+?)\s+[–—-]\s+(.+)$", name)
        if dashed and not role and len(dashed.group(1).split()) <= 4:
            name, role = dashed.group(1).strip(), dashed.group(2).strip()
        pair = re.fullmatch(r"([A-Z]\.? [A-Z][\w’'-]+) ([A-Z]\.? [A-Z][\w’'-]+)", name)
        if pair:
            results += [(pair.group(1), None), (pair.group(2), role)]
        else:
            results.append((name, role))
    return results


def _looks_like_name_list(text: str) -> bool:
    vocab = vocabulary()
    words = text.split()
    if not words:
        return False
    first = words[0].lower().rstrip(":,")
    return first in vocab.titles or first in vocab.plural_titles


# ---------------------------------------------------------------------------
# Attendance

_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]])\.(?=\s+[A-Z(]|\s*$)")


def _label_match(text: str) -> Optional[tuple[str, str]]:
    """``"PRESENT: Mr A, Mr B"`` -> ``("present", "Mr A, Mr B")``."""
    labels = vocabulary().attendance_labels
    match = re.match(r"^([A-Za-z][A-Za-z ]{2,40}?)\s*(?::|–|-)\s*(.*)$", text) or re.match(
        r"^([A-Za-z][A-Za-z ]{2,40})$", text
    )
    if not match:
        return None
    label = match.group(1).strip().lower()
    if label not in labels:
        return None
    return labels[label], (match.group(2) if match.lastindex and match.lastindex >= 2 else "").strip()


def _attendance_blocks(lines: list[tuple[int, Line]]) -> list[Attendance]:
    """Labelled lists before the first item: PRESENT:, IN ATTENDANCE:, ..."""
    found: list[Attendance] = []
    index = 0
    while index < len(lines):
        page, line = lines[index]
        labelled = _label_match(line.text.strip())
        if not labelled:
            index += 1
            continue
        status, rest = labelled
        parts = [rest] if rest else []
        index += 1
        while index < len(lines):
            text = lines[index][1].text.strip()
            if _label_match(text) or re.match(r"^[A-Z][A-Za-z ]{2,30}:", text) or (
                lines[index][1].bold and not line.bold
            ) or text.isupper() and len(text.split()) > 1 and not _looks_like_name_list(text):
                break
            if parts and parts[-1].rstrip().endswith(".") and not _looks_like_name_list(text):
                break
            parts.append(text)
            index += 1
        block = " ".join(parts)
        # A sentence after the list ("Under item 4(v) ...") is not a name.
        block = _SENTENCE_END.split(block)[0]
        for name, role in split_names(block):
            if len(name.split()) > 8:
                continue
            found.append(Attendance(name=name, status=status, role=role, page=page))
    return found


_APOLOGIES_SENTENCE = re.compile(
    r"apologies(?:\s+for\s+absence)?\s+(?:were\s+|was\s+|had\s+been\s+)?(?:received|reported|given|submitted|tendered|noted|accepted)?\s*(?:from|by)\s*:?\s*(?P<names>.+?)(?:\.(?=\s+[A-Z]|\s*$)|$)",
    re.IGNORECASE | re.DOTALL,
)
_VIRTUAL_SENTENCE = re.compile(
    r"(?:^|(?<=\.\s))(?P<names>(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Cllr|Councillor)\b[^.]*?))\s+(?:was|were)\s+in\s+attendance\s+(?:virtually|remotely)",
    re.DOTALL,
)
_SUBSTITUTE_LINE = re.compile(
    r"^(?P<sub>(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[^,;]+?)\s+(?:substituted\s+)?for\s+(?P<for>(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[^,;.]+)\.?$"
)


def _apologies_in_items(items: list[Item]) -> list[Attendance]:
    found: list[Attendance] = []
    for item in items:
        is_apologies_item = bool(re.search(r"apolog", item.title, re.IGNORECASE))
        is_substitutes_item = bool(re.search(r"substitut", item.title, re.IGNORECASE))
        for position, (page, line) in enumerate(item.lines):
            text = line.text.strip()
            if is_substitutes_item or is_apologies_item:
                sub = _SUBSTITUTE_LINE.match(text.lstrip("•-* "))
                if sub:
                    found.append(Attendance(name=sub.group("sub").strip(), status="substitute",
                                            role=f"substitute for {sub.group('for').strip()}", page=page))
                    continue
            if is_apologies_item and position == 0 and _looks_like_name_list(text):
                for name, role in split_names(_SENTENCE_END.split(text)[0]):
                    found.append(Attendance(name=name, status="apologies", role=role, page=page))
        flat = " ".join(l.text.strip() for _, l in item.lines)
        page_of = _page_lookup(item.lines)
        for match in _APOLOGIES_SENTENCE.finditer(flat):
            names = match.group("names").strip()
            if not names or re.match(r"(?:none|no\b)", names, re.IGNORECASE):
                continue
            if re.search(r"\bto receive\b|\bany apologies\b", flat[max(0, match.start() - 30) : match.start() + 15], re.IGNORECASE):
                continue  # the agenda's "To receive any apologies for absence from Councillors."
            # The sentence may run on: "... and Mr Cooke for that part of the meeting".
            names = re.split(r"\s+(?:for that part|for the|who|due to|as\s)", names)[0]
            page = page_of(match.start())
            for name, role in split_names(names):
                if len(name.split()) > 8 or not re.search(r"[A-Z]", name[:1]):
                    continue
                found.append(Attendance(name=name, status="apologies", role=role, page=page))
        for match in _VIRTUAL_SENTENCE.finditer(flat):
            page = page_of(match.start())
            for name, role in split_names(match.group("names")):
                found.append(Attendance(name=name, status="virtual", role=role, page=page))
    return found




def find_attendance(preamble: list[tuple[int, Line]], items: list[Item]) -> list[Attendance]:
    found = _attendance_blocks(preamble) + _apologies_in_items(items)
    return _unique(found, key=lambda record: (record.name.lower(), record.status))


# ---------------------------------------------------------------------------
# Resolutions

_RESOLUTION_START = re.compile(
    r"\b(?P<word>RESOLVED|RECOMMENDED|AGREED|DECIDED|Resolved|Recommended|resolved|Agreed|Decided)\b"
    r"(?P<after>\s*(?:that|to|:|-|–|,|;|\(|$|unanimously|by))"
)
_CLAUSE = re.compile(
    r"^(?:\((?P<p>[a-zA-Z]|[ivxlc]+|\d{1,2})\)|(?P<b>[a-zA-Z]|[ivxlc]+)\)|(?P<n>\d{1,2})[.)])\s+(?P<text>\S.*)$"
)
_PARAGRAPH = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}\.)\s+\S")
_STOP_LINE = re.compile(
    r"^(?:Voting\b|Portfolio Holder\s*:|Reason\b|Reasons? for|Minutes\s*:|Decision\s*:|Declarations?\s*:|"
    r"Additional documents|Alternative options|Wards? affected|For\s*\(|For\s*[:–-]|Against\b|Abstain)",
    re.IGNORECASE,
)
_OUTCOME_LINE = re.compile(
    r"^(?:The\s+)?(?P<what>(?:Substantive\s+|Original\s+|Amended\s+)?(?:Motion|Amendment|Recommendation|Proposal|Resolution)s?)?"
    r"\s*(?:was\s+|were\s+|is\s+)?(?:therefore\s+)?(?P<outcome>carried|lost|agreed|defeated|fell|passed|approved|rejected)"
    r"(?P<unanimous>\s+unanimously|\s+nem\.?\s*con\.?)?\.?$",
    re.IGNORECASE,
)


def _clause_label(match: re.Match) -> tuple[str, str]:
    raw = match.group("p") or match.group("b") or match.group("n")
    family = "number" if raw.isdigit() else ("roman" if re.fullmatch(r"[ivxlc]{2,}", raw) else "letter")
    return raw.lower(), family


def _resolution_kind(word: str, text: str) -> str:
    upper = word.upper()
    if upper == "RECOMMENDED" or re.search(r"\brecommend(?:s|ed)?\s+(?:to|that)\s+(?:the\s+)?(?:full\s+)?Council\b", text, re.IGNORECASE):
        return "recommended"
    if upper == "AGREED":
        return "agreed"
    if upper == "DECIDED":
        return "decision"
    return "resolved"


def _is_resolution_start(text: str) -> Optional[re.Match]:
    for match in _RESOLUTION_START.finditer(text):
        word = match.group("word")
        before = text[: match.start()].strip()
        if word.isupper():
            return match
        if word in ("Resolved", "Recommended", "Agreed", "Decided") and (
            not before or re.fullmatch(r"(?:\(?\d{1,2}[.)]|It was|It is|and|\W)*", before)
        ):
            return match
        if word == "resolved" and re.search(
            r"\b(?:was|were|it|council|councillors|committee|members|cabinet|panel|board|unanimously)\s+"
            r"(?:(?:therefore|also|then|further|unanimously|duly)\s+)?$|^$",
            before + " ", re.IGNORECASE,
        ):
            return match
    return None


def find_resolutions(lines: list[tuple[int, Line]]) -> list[Resolution]:
    found: list[Resolution] = []
    index = 0
    while index < len(lines):
        page, line = lines[index]
        text = line.text.strip()
        start = _is_resolution_start(text)
        if not start:
            index += 1
            continue
        word = start.group("word")
        if word == "resolved":
            # "Committee resolved to note ...": keep the subject of the sentence.
            sentence_start = max(text.rfind(". ", 0, start.start()) + 2, 0) if ". " in text[: start.start()] else 0
            head = re.sub(r"^\(?\d{1,2}[.)]\s*", "", text[sentence_start:])
        else:
            head = text[start.start():]
        parts = [head]
        clauses: list[list[str]] = []
        family: Optional[str] = None
        expects_clauses = bool(re.search(r"(?::|:\s*[-–]|\s[-–]|\bto|\bthat)\s*$", head))
        index += 1
        while index < len(lines):
            nxt = lines[index][1].text.strip()
            if not nxt or _STOP_LINE.match(nxt) or _OUTCOME_LINE.match(nxt) or lines[index][1].right_aligned:
                break
            if _is_resolution_start(nxt) and not _CLAUSE.match(nxt):
                break
            clause = _CLAUSE.match(nxt)
            if clause and (expects_clauses or clauses):
                label, this_family = _clause_label(clause)
                if family is None:
                    family = this_family
                elif this_family != family and not (family == "letter" and this_family == "roman"):
                    break
                clauses.append([label, clause.group("text")])
                parts.append(nxt)
                index += 1
                continue
            if _PARAGRAPH.match(nxt) and not clauses:
                break
            if clauses and _PARAGRAPH.match(nxt):
                break
            previous = parts[-1]
            if previous.endswith((".", ")")) and not clauses and (nxt[:1].isupper() or nxt[:1] == "("):
                break
            if clauses:
                clauses[-1][1] += " " + nxt
            parts.append(nxt)
            index += 1
        body = re.sub(r"\s+", " ", " ".join(parts)).strip()
        found.append(
            Resolution(
                text=body,
                clauses=[Clause(label=l, text=re.sub(r"\s+", " ", t).strip()) for l, t in clauses],
                page=page,
                kind=_resolution_kind(word, body),
            )
        )
    return _unique(found, key=lambda r: re.sub(r"\W+", " ", r.text).lower())


def _unique(records: list, key) -> list:
    seen, kept = set(), []
    for record in records:
        k = key(record)
        if k not in seen:
            seen.add(k)
            kept.append(record)
    return kept


# ---------------------------------------------------------------------------
# Votes

_SIDE = re.compile(
    r"^(?P<side>For|FOR|In favour|IN FAVOUR|Against|AGAINST|Abstain|ABSTAIN|Abstentions?|ABSTENTIONS?|Abstained|ABSTAINED)"
    r"(?:\s+the\s+(?:Motion|Amendment|Recommendations?))?"
    r"\s*(?:\(\s*(?P<count>\d+)\s*\)|[:–-]\s*(?P<count2>\d+)\b|\s+(?P<count3>\d+)\b)?\s*:?\s*(?P<rest>.*)$"
)
_VOTING_LINE = re.compile(r"^Voting\s*:\s*(?P<what>.+)$", re.IGNORECASE)
_COUNTS = re.compile(
    r"For\s*[-–:]?\s*(?P<for>\d+)\s*,?\s*Against\s*[-–:]?\s*(?P<against>\d+)(?:\s*,?\s*Abstentions?\s*[-–:]?\s*(?P<abstain>\d+))?",
    re.IGNORECASE,
)
_BY_VOTES = re.compile(
    r"\b(?P<outcome>carried|lost|agreed|defeated)\s+by\s+(?P<for>\d+)\s+votes?\s+to\s+(?P<against>\d+)"
    r"(?:\s*,?\s*with\s+(?P<abstain>\d+|no|one|two|three)\s+abstentions?)?",
    re.IGNORECASE,
)
_PUT_TO_VOTE = re.compile(
    r"\bput to (?:a|the) vote,? and (?:was |were )?(?:duly )?(?P<outcome>carried|passed|lost|agreed|defeated)\b",
    re.IGNORECASE,
)
_WORD_NUMBERS = {"no": 0, "one": 1, "two": 2, "three": 3}


def _side_name(raw: str) -> str:
    raw = raw.lower()
    if raw.startswith(("for", "in favour")):
        return "for"
    if raw.startswith("against"):
        return "against"
    return "abstain"


def _normalise_outcome(word: str) -> str:
    word = word.lower()
    if word in ("carried", "passed", "approved"):
        return "carried"
    if word in ("lost", "defeated", "fell", "rejected"):
        return "lost"
    return "agreed"


def _motion_before(lines: list[tuple[int, Line]], index: int) -> Optional[str]:
    """The sentence that put the question, when the text states it."""
    window = " ".join(l.text.strip() for _, l in lines[max(0, index - 4) : index])
    sentences = re.split(r"(?<=[.:”\"])\s+(?=\(?\d|[A-Z])", window)
    for sentence in reversed(sentences):
        if re.search(r"\bto the vote\b|\bvote (?:was|were) taken\b|\bput the\b|\bvoting was\b", sentence, re.IGNORECASE):
            return re.sub(r"^\(?\d{1,2}[.)]\s*", "", sentence).strip()
    return None


def _recorded_vote(lines: list[tuple[int, Line]], index: int) -> tuple[Optional[Vote], int]:
    """Read For / Against / Abstain blocks starting at ``index``."""
    sides: dict[str, dict] = {}
    order: list[str] = []
    position = index
    page = lines[index][0]
    while position < len(lines):
        text = lines[position][1].text.strip()
        side = _SIDE.match(text)
        if side and (side.group("count") or side.group("count2") or side.group("count3") or not side.group("rest")):
            name = _side_name(side.group("side"))
            if name in sides:
                break
            count = side.group("count") or side.group("count2") or side.group("count3")
            sides[name] = {"count": int(count) if count else None, "names": [side.group("rest")] if side.group("rest") else []}
            order.append(name)
            position += 1
            continue
        if not sides:
            return None, index + 1
        if _OUTCOME_LINE.match(text) or lines[position][1].right_aligned or _PARAGRAPH.match(text) or _is_resolution_start(text):
            break
        if _looks_like_name_list(text) or (sides[order[-1]]["names"] and re.match(r"^[A-Z][\w’'-]*(?:,|$| [A-Z])", text)) or re.match(r"^(?:OBE|MBE|CBE)\b", text):
            sides[order[-1]]["names"].append(text)
            position += 1
            continue
        break
    if len(sides) < 2:
        return None, index + 1
    vote = Vote(kind="recorded", page=page, motion=_motion_before(lines, index))
    for name, data in sides.items():
        members = [n for n, _ in split_names(" ".join(data["names"]))]
        setattr(vote, f"members_{name}", members)
        setattr(vote, f"{name}_count", data["count"] if data["count"] is not None else len(members))
        if data["count"] is not None and data["count"] != len(members) and (members or data["count"]):
            vote.warnings.append(
                f"{name}: the document states {data['count']} but lists {len(members)} names"
            )
    for name in ("for", "against", "abstain"):
        if name not in sides:
            setattr(vote, f"{name}_count", None)
    # The outcome line follows the names ("Motion carried." at the right margin).
    for look in range(position, min(position + 2, len(lines))):
        outcome = _OUTCOME_LINE.match(lines[look][1].text.strip())
        if outcome:
            vote.outcome = _normalise_outcome(outcome.group("outcome"))
            if outcome.group("what") and not vote.motion:
                vote.motion = outcome.group("what").strip()
            position = look + 1
            break
    if vote.outcome is None and vote.for_count is not None and vote.against_count is not None:
        vote.outcome = "carried" if vote.for_count > vote.against_count else "lost"
    return vote, position


def find_votes(lines: list[tuple[int, Line]]) -> list[Vote]:
    votes: list[Vote] = []
    index = 0
    while index < len(lines):
        page, line = lines[index]
        text = line.text.strip()
        if _SIDE.match(text):
            vote, index = _recorded_vote(lines, index)
            if vote:
                votes.append(vote)
            continue
        voting = _VOTING_LINE.match(text)
        if voting:
            votes.append(_voting_line(voting.group("what"), page))
            index += 1
            continue
        outcome = _OUTCOME_LINE.match(text)
        if outcome and text[:1].isupper() and (line.right_aligned or outcome.group("what") or len(text.split()) <= 3):
            unanimous = bool(outcome.group("unanimous")) or "unanim" in text.lower()
            votes.append(
                Vote(
                    kind="unanimous" if unanimous else "unspecified",
                    outcome=_normalise_outcome(outcome.group("outcome")),
                    motion=(outcome.group("what") or None),
                    page=page,
                )
            )
            index += 1
            continue
        put = _PUT_TO_VOTE.search(text + " " + (lines[index + 1][1].text if index + 1 < len(lines) else ""))
        if put and put.start() < len(text):
            votes.append(Vote(kind="unspecified", outcome=_normalise_outcome(put.group("outcome")), page=page))
        for match in _BY_VOTES.finditer(text):
            abstain = match.group("abstain")
            votes.append(
                Vote(
                    kind="show_of_hands",
                    for_count=int(match.group("for")),
                    against_count=int(match.group("against")),
                    abstain_count=(int(abstain) if abstain and abstain.isdigit() else _WORD_NUMBERS.get((abstain or "").lower())),
                    outcome=_normalise_outcome(match.group("outcome")),
                    page=page,
                )
            )
        index += 1
    return _unique(
        votes,
        key=lambda v: (v.kind, v.for_count, v.against_count, v.abstain_count, v.outcome,
                       tuple(v.members_for), tuple(v.members_against), tuple(v.members_abstain), v.motion),
    )


def _voting_line(what: str, page: int) -> Vote:
    what = what.strip().rstrip(".")
    counts = _COUNTS.search(what)
    if counts:
        vote = Vote(
            kind="show_of_hands",
            for_count=int(counts.group("for")),
            against_count=int(counts.group("against")),
            abstain_count=int(counts.group("abstain")) if counts.group("abstain") else None,
            page=page,
        )
        vote.outcome = "carried" if vote.for_count > vote.against_count else "lost"
        return vote
    lowered = what.lower()
    if "unanim" in lowered:
        return Vote(kind="unanimous", outcome="carried", page=page)
    if "no dissent" in lowered or "nem" in lowered:
        return Vote(kind="unspecified", outcome="agreed", page=page)
    outcome = re.search(r"carried|lost|agreed|defeated", lowered)
    return Vote(kind="unspecified", outcome=_normalise_outcome(outcome.group(0)) if outcome else None, page=page)


# ---------------------------------------------------------------------------
# Speakers, declarations, portfolio holders (spaCy entities)


def _after_entity(doc: Doc, end: int, limit: int = 25) -> tuple[int, Optional[str]]:
    """Skip an appositive or a parenthesis after an entity; return the next
    token index and the role the skipped part names, if any."""
    role = None
    i = end
    if i < len(doc) and doc[i].text == "(":
        close = next((k for k in range(i + 1, min(len(doc), i + limit)) if doc[k].text == ")"), None)
        if close is None:
            return i, None
        role = doc[i + 1 : close].text
        i = close + 1
    elif i < len(doc) and doc[i].text == ",":
        close = next((k for k in range(i + 1, min(len(doc), i + limit)) if doc[k].text == ","), None)
        inner = doc[i + 1 : close] if close else None
        if inner is not None and any(e.label_ == "ROLE" for e in inner.ents) or (
            inner is not None and inner.text and inner[0].text[:1].isupper() and len(inner) <= 12
        ):
            role = inner.text
            i = close + 1
        else:
            # "Mr R Gough, Leader of the Council provided an update": no closing comma.
            span_end = min(len(doc), i + 12)
            for k in range(i + 1, span_end):
                if doc[k].text in (".", "(", ")", ";", ":") or doc[k].like_num:
                    break
                if doc[k].lower_ in vocabulary().speech_verbs:
                    if doc[i + 1].text[:1].isupper():
                        return k, doc[i + 1 : k].text
                    break
    return i, role


def _speaking_verb_at(doc: Doc, i: int) -> Optional[str]:
    vocab = vocabulary()
    steps = 0
    while i < len(doc) and doc[i].lower_ in vocab.skip_before_verb and steps < 2:
        i += 1
        steps += 1
    if i < len(doc) and doc[i].lower_ in vocab.speech_verbs:
        return doc[i].lower_
    return None


def _role_name(span_text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", span_text).strip()


_COORDINATED = re.compile(r"^\s*(?:\([^()]*\))?\s*(?:,|,?\s*and|&)\s*(?:the\s+)?$")


def _coordinated_before(doc: Doc, ents: list, position: int) -> list[tuple[object, Optional[str]]]:
    """Entities listed with the one at ``position`` as joint subjects:
    "Mr Brady (Leader of the Opposition), Mr Hook (...) and Mr Lehmann gave"."""
    found = []
    current = ents[position]
    for previous in reversed(ents[:position]):
        if previous.start > 0 and doc[previous.start - 1].text == "(":
            continue  # a role in brackets belongs to the name before it
        between = doc.text[previous.end_char : current.start_char]
        if previous.label_ not in ("PERSON", "ROLE") or not _COORDINATED.match(between):
            break
        role = re.match(r"^\s*\(([^()]*)\)", between)
        found.append((previous, role.group(1) if role else None))
        current = previous
    return list(reversed(found))


def find_speakers(doc: Doc, page_of) -> tuple[list[Speaker], Optional[str]]:
    speakers: list[Speaker] = []
    portfolios: list[str] = []
    ents = list(doc.ents)
    for position, ent in enumerate(ents):
        if ent.label_ not in ("PERSON", "ROLE"):
            continue
        if ent.label_ == "ROLE" and ent.start > 0:
            # "the Cabinet Member for X said" is a speaker; "Mr Watkins, Cabinet
            # Member for X, said" is an appositive, taken as the role below.
            before = doc[ent.start - 1]
            if before.lower_ not in ("the", "a") and before.text not in (".", ":", ";") and not before.is_sent_start:
                continue
        next_index, role = _after_entity(doc, ent.end)
        verb = _speaking_verb_at(doc, next_index)
        if not verb:
            continue
        for subject, subject_role in _coordinated_before(doc, ents, position) + [(ent, role)]:
            name = subject.text if subject.label_ == "PERSON" else _role_name(subject.text)
            name = re.sub(r"\s+", " ", name)
            if verb == "proposed":
                subject_role = subject_role or "proposer"
            elif verb == "seconded":
                subject_role = subject_role or "seconder"
            elif subject.label_ == "ROLE":
                subject_role = None
            subject_role = re.sub(r"\s+", " ", subject_role).strip() if subject_role else None
            speakers.append(Speaker(name=name, role=subject_role, page=page_of(subject.start_char)))
            holder = re.search(r"(?:Portfolio Holder|Cabinet Member)\s+for\s+(.+)$", f"{name} {subject_role or ''}".strip(), re.IGNORECASE)
            if holder and verb in ("presented", "introduced", "outlined", "moved"):
                portfolios.append(holder.group(1).strip())
    # One portfolio introducing the item owns it; several (a budget taken
    # directorate by directorate) name no single owner.
    portfolio = portfolios[0] if len(set(portfolios)) == 1 else None
    return _unique(speakers, key=lambda s: s.name.lower()), portfolio


_DECLARATION = re.compile(r"\bdeclar(?:ed|es|e|ation)\b", re.IGNORECASE)
_INTEREST_HELD = re.compile(
    r"\b(?:had|has|have|held|holds|registered|reported|stated|advised|noted)\b[^.]{0,40}?\b(?:pecuniary|prejudicial|disclosable|personal|registrable|significant|local|an?)\b[^.]{0,20}?\binterests?\b",
    re.IGNORECASE,
)
_NO_DECLARATION = re.compile(r"\bno\s+(?:declarations?|interests?)\b|\bnone\b|\bthere were no\b", re.IGNORECASE)


def find_declarations(doc: Doc, page_of, declarations_item: bool = False) -> list[Declaration]:
    """Who declared what.  In an item headed "Declarations of interest" each
    statement that opens with a member's name is a declaration; elsewhere
    the sentence must say that someone declared or held an interest, and the
    people named before that verb are the ones declaring ("Mr A and Mrs B
    declared ...", "Later in the meeting Mr Sole declared ...")."""
    found: list[Declaration] = []
    text = doc.text
    for start, body in _sentences(text):
        if _NO_DECLARATION.search(body):
            continue
        boundary = None  # offset in the sentence before which the declarers stand
        if "interest" in body.lower():
            verb = _DECLARATION.search(body) or _INTEREST_HELD.search(body)
            boundary = verb.start() if verb else None
        if boundary is None and declarations_item:
            opening = next((e for e in doc.ents if e.label_ == "PERSON" and start <= e.start_char < start + 40), None)
            if opening is not None and re.match(r"^[\s•\-*(\d).]*$", text[start : opening.start_char]):
                boundary = opening.end_char - start
        if boundary is None:
            continue
        people = [e for e in doc.ents if e.label_ == "PERSON" and start <= e.start_char < start + boundary]
        lowered = body.lower()
        if re.search(r"non[- ]?pecuniary|other significant|personal|local interest|other registrable|non[- ]registrable", lowered):
            kind = "other"
        elif "pecuniary" in lowered or "prejudicial" in lowered:
            kind = "pecuniary"
        else:
            kind = "other"
        for person in people:
            found.append(Declaration(name=re.sub(r"\s+", " ", person.text), text=body.strip().lstrip("•*- "),
                                     kind=kind, page=page_of(person.start_char)))
    return _unique(found, key=lambda d: (d.name.lower(), d.text))


def _sentences(text: str) -> Iterable[tuple[int, str]]:
    """Sentences with their offsets; minutes abbreviate little, so a full
    stop before a space and a capital (or an item number) ends one."""
    start = 0
    for match in re.finditer(r"(?<=[a-z0-9)”\"’])\.\s+(?=[A-Z(•])|\s(?=\(\d{1,2}\)\s|•)|\s(?=\d{1,2}\.\s+[A-Z])", text):
        yield start, text[start : match.end()]
        start = match.end()
    if start < len(text):
        yield start, text[start:]


_PORTFOLIO_LINE = re.compile(r"^Portfolio Holders?\s*:\s*(?P<what>.+)$", re.IGNORECASE)


# ---------------------------------------------------------------------------
# Whole documents


def _page_lookup(lines: list[tuple[int, Line]]):
    """Map a character offset in the lines joined with one character per
    break (as the tagger joins them) to the page it stands on."""
    bounds = []
    offset = 0
    for page, line in lines:
        offset += len(line.text.strip()) + 1
        bounds.append((offset, page))

    def page_of(char: int) -> Optional[int]:
        for end, page in bounds:
            if char < end:
                return page
        return bounds[-1][1] if bounds else None

    return page_of


def tag_item(item: Item, nlp: Language) -> Doc:
    lines = item.lines or [(item.page, Line(t)) for t in item.text.split("\n")]
    item.resolutions = find_resolutions(lines)
    item.votes = find_votes(lines)
    # One space per line break keeps offsets (and so pages) while letting
    # patterns match across the break ("the Cabinet / Member for Finance").
    text = " ".join(l.text.strip() for _, l in lines)
    doc = nlp(text)
    page_of = _page_lookup(lines)
    item.speakers, spoken_portfolio = find_speakers(doc, page_of)
    item.declarations = find_declarations(
        doc, page_of, declarations_item=bool(re.search(r"declarations?\b.*interest", item.title, re.IGNORECASE))
    )
    for _, line in lines:
        holder = _PORTFOLIO_LINE.match(line.text.strip())
        if holder:
            item.portfolio_holder = holder.group("what").strip().rstrip(".")
            break
    else:
        item.portfolio_holder = spoken_portfolio
    return doc


def tag_document(parsed: ParsedDocument, preamble: list[tuple[int, Line]], nlp: Optional[Language] = None) -> ParsedDocument:
    """Fill in attendance, the facts of every item and the organisations."""
    nlp = nlp or default_nlp()
    organisations: dict[str, Organisation] = {}
    for item in parsed.items:
        doc = tag_item(item, nlp)
        for org in doc._.organisations or []:
            key = org.acronym or org.name
            if key in organisations:
                organisations[key].mentions += org.mentions
            else:
                organisations[key] = org
        for vote in item.votes:
            for warning in vote.warnings:
                parsed.warnings.append(f"item {item.number or item.title[:40]}: vote count mismatch: {warning}")
    # Attendance the source states as data (web-service attendees) stays;
    # what the text adds is appended.
    found = find_attendance(preamble, parsed.items)
    known = {(a.name.lower(), a.status) for a in parsed.attendance}
    parsed.attendance = parsed.attendance + [a for a in found if (a.name.lower(), a.status) not in known]
    parsed.organisations = list(organisations.values())
    return parsed
