"""What was resolved: "RESOLVED that ...", "It was resolved to ...",
"Agreed:" and the lettered or numbered clauses that follow.

A resolution is layout as much as language: it starts at a marker word and
runs over the following lines until a blank line, a "Voting:" or "Reason"
line, an outcome at the right margin or the next numbered paragraph, so it
is read from the item's lines.  Each is a span in
``doc.spans["resolutions"]`` labelled with its kind, with the
:class:`~models.records.Resolution` (a list: two facts may share a line) in ``span._.resolutions``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from models.records import Clause, Line, Resolution

from ..segment import NUMBERED_RESOLUTION

from .common import OUTCOME_LINE, FactSpans, add_span_extension, doc_lines, lines_span

SPANS_KEY = "resolutions"

_RESOLUTION_START = re.compile(
    r"\b(?P<word>RESOLVED|RECOMMENDED|AGREED|DECIDED|Resolved|Recommended|resolved|resolves|decided(?=\s*:)|Agreed|Decided|Resolution|RESOLUTION(?=\s*:))\b"  # ("RESOLUTION: That the cycle of meetings be approved.")
    # ("The Council RESOLVED To approve the minutes of ...": a capital after it)
    r"(?P<after>(?<!n)\s*(?:that|THAT|That|to|To(?=\s+[a-z])|:|-|–|,|;|\(|$|unanimously|UNANIMOUSLY|Unanimously|by|not\s+to|with\s+\w+\s+abstentions?\b)|(?<!n)\s+\d|(?<!n)\s+the\s|(?<!n)\s+in\s+accordance\b"
    # "Resolution Record No. BTC/33/01/Sept/08 Proposed by ... CARRIED ... THAT THE AMENDED MINUTES ...": a numbered record
    r"|(?<=n)\s+(?:Record\s+)?(?:No\b\.?|Number\b)\s*[A-Z0-9]"
    # "Resolution (59/09): That the minutes be signed ...", "Resolution: That ...": the council's own number, a colon
    r"|(?<=n)\s*(?:\(\d{1,4}/\d{2,4}\)\s*)?:\s*(?=[Tt]hat\b|[Tt]o\s)|(?<=n)\s*\(\d{1,4}/\d{2,4}\)\s*$"
    r"|(?<!n)\s+it\s+(?:had|has|would|should|was)\b"  # "The council considered application and RESOLVED it had no objections."
    # "149/12-13 RESOLVED It was resolved to activate ...", "150/12-13 RESOLVED The following apologies ...": the marker
    # in capitals, then the sentence resolved
    r"|(?<=RESOLVED)\s+(?=(?:It|The|Following|This|These|Members|Council)\s+[a-z])"
    r"|(?<=RESOLVED)\s+and\s+(?:noted|agreed|accepted|approved)\b"  # ("... had been attending the roads ... RESOLVED and noted.")
    # ("The Committee considered the report and RESOLVED on a vote of 5 to 2 with 1 abstention to agree ...")
    r"|(?<=RESOLVED)\s+(?=on\s+a\s+(?:vote|show\s+of\s+hands|majority|division)\b)"
    # "the minutes, as presented, were RESOLVED as a true record" (the marker in capitals: "Resolved as ..." in a
    # sentence is read by some councils' clerks as no resolution), "Members resolved as set out above"
    r"|(?<!n)(?<=[A-Z])\s+as\s+(?:a\s+(?:true|correct)|set\s+out|follows|presented|amended|recommended)\b"
    r"|(?<=resolved)\s+as\s+set\s+out\b"
    # "Comments on applications, as set out in Appendix A, were RESOLVED.": the marker ending the sentence it decides
    r"|(?<=RESOLVED)\.(?=\s|$)"
    # "5.2. The Council RESOLVED for Terry to carry out the usual maintenance days ...": for whom to act, in capitals
    # (not "... could not be RESOLVED for residents to use the path until ...": a matter yet to be settled)
    r"|(?<=RESOLVED)(?<!\bbe\sRESOLVED)(?<!\bbeen\sRESOLVED)(?<!\bbeing\sRESOLVED)\s+for\s+(?=(?:the\s+)?\w+\s+to\s)"
    # "Resolved Mr Jeffrey Smith, ... would be co opted on to the Parish Council": whom it concerns, first
    r"|(?<!n)\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[A-Z]))"
)
# "(a)", "a)", "1.", and "A:" ("That Cabinet: / A: Welcomes ...").
# The lower-case markers, which open a resolution only after its subject
# ("The Committee resolved to ...", "The Committee resolves in accordance ...").
# ("The Committee decided: that the minutes be approved as a correct record": a Scottish council's formula, with its
# colon; not "it was decided to defer")
_LOWER_WORDS = ("resolved", "resolves", "decided")
CLAUSE = re.compile(
    r"^(?:\((?P<p>[a-zA-Z]|[ivxlc]+|\d{1,2})\)|(?P<b>[a-zA-Z]|[ivxlc]+)\)|(?P<n>\d{1,2})[.)]|(?P<c>[A-Z]):)\s+(?P<text>\S.*)$"
)
PARAGRAPH = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}\.)\s+\S")
_STOP_LINE = re.compile(
    r"^(?:Voting\b|Portfolio Holder\s*:|Reason\b|Reasons? for|The above decisions? (?:has|have) been made\b|Minutes\s*:|Decision\s*:|Declarations?\s*:|"
    r"Additional documents|Alternative options|Wards? affected|For\s*\(|For\s*[:–-]|Against\b|Abstain)",
    re.IGNORECASE,
)
# What may stand before a capitalised "Resolved" that opens a resolution:
# paragraph numbers, "It was", "and", punctuation.  Before:
# "(?:\(?\d{1,2}[.)]|It was|It is|and|\W)*" -- "(" is both the optional
# bracket of a number and a "\W", so "(1.(1.(1.… x Resolved" had two
# readings per "(1." and the failing fullmatch tried them all: 2^n steps,
# days for a 160-byte line.  A number no longer takes a bracket ("\W" does),
# so every string has one reading; the set of strings is the same.
_BEFORE_CAPITALISED = re.compile(r"(?:\d{1,2}[.)]|It was|It is|and|\W)*")
_BEFORE_LOWER = re.compile(
    r"\b(?:was|were|it|and|council|councillors|cllrs|cnllrs|committee|members|cabinet|panel|board|unanimously|pc)\s+"
    r"(?:(?:therefore|also|then|further|unanimously|duly|thus)\s+){0,2}$|^$",  # "... and thus also resolved that"
    re.IGNORECASE,
)
# ("DECISION" / "That the Record of the Decisions ... be approved": a Cabinet's minutes in capitals, without the colon)
_DECISION_LABEL = re.compile(r"^(?:Decision\s*:|DECISION:?)$")
_DECISION_LABEL_START = re.compile(r"^(?P<word>Decision)(?P<after>:)")
# "Decision: That the minutes of the Council meeting held on 20 November 2018 be approved ...": the label and the decision
# on one line
_DECISION_INLINE = re.compile(r"^(?P<word>Decision)\s*(?P<after>:)\s*(?=(?:\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s+)?That\b)")
# What a decision says: "That ...", "(a) That ...", not "Apologies were received ...".
_DECISION_BODY = re.compile(r"^(?:\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s+)?That\b")
_LEADING_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s*")
_BARE_LABEL = re.compile(r"\((?:[a-zA-Z]|[ivxlc]{2,5}|\d{1,2})\)")
_THAT_FIRST_CLAUSE = re.compile(r"^That\s+(?=\((?:i|a|1)\)\s+\S)")
_EXPECTS_CLAUSES = re.compile(r"(?::|:\s*[-–]|\s[-–]|\bto|\bthat|;\s*(?:and|or))\s*$")
_RECOMMENDS_COUNCIL = re.compile(r"\brecommend(?:s|ed)?\s+(?:to|that)\s+(?:the\s+)?(?:full\s+)?Council\b", re.IGNORECASE)


def clause_label(match: re.Match) -> tuple[str, str]:
    raw = match.group("p") or match.group("b") or match.group("n") or match.group("c")
    family = "number" if raw.isdigit() else ("roman" if re.fullmatch(r"[ivxlc]{2,}", raw) else "letter")
    return raw.lower(), family


def _resolution_kind(word: str, text: str) -> str:
    upper = word.upper()
    if upper == "RECOMMENDED" or _RECOMMENDS_COUNCIL.search(text):
        return "recommended"
    if upper == "AGREED":
        return "agreed"
    if upper in ("DECIDED", "DECISION"):
        return "decision"
    return "resolved"


_PROPOSED_THEN_RESOLVED = re.compile(r"\bproposed\sby\s[^.;]{2,80}?\sthat\s(?P<motion>[^;]{5,300}?)[;,]?\sseconded\sby\s[^.;]{2,80}?"
                                     r"(?:,\s[^.;,]{0,40})?,?\s(?:and\s)?[Rr]esolved\.?$")


# "Ms Shola Hingston was proposed by Cllr Fowler and seconded by Cllr Manifold, and was unanimously co-opted onto
# Council. Resolved.": the sentence before a "Resolved." standing alone is what was resolved
_RESOLVED_AFTER = re.compile(r"(?<=[a-z0-9)]\.\s)(?:Resolved|RESOLVED)\.(?=\s|$)")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)]{2}\.)(?<!Cllr\.)(?<!Cllrs\.)(?<!Mrs\.)(?<!Revd\.)(?<!Prof\.)\s+(?=[A-Z(])|(?<=\.\))\s+")


def _sentences_resolved(text: str) -> list[str]:
    """The sentences each "Resolved." standing alone on this line closes."""
    found = []
    for match in _RESOLVED_AFTER.finditer(text):
        before = text[max(0, match.start() - 400):match.start()].rstrip()
        ends = [end.end() for end in _SENTENCE_END.finditer(before[:-1])]
        sentence = before[ends[-1]:] if ends else before
        if len(sentence.split()) >= 3:
            found.append(sentence.strip())
    return found


# "It was AGREED", "it was AGREED unanimously": agreement told as a sentence, with no "resolved", is no resolution (the
# gold README's convention 2), though "AGREED: that ..." or "AGREED – That ..." standing as the marker is
_IT_WAS_BEFORE = re.compile(r"\b[Ii]t\s+was(?:\s+(?:unanimously|also|then|therefore|further))?$")


def is_resolution_start(text: str) -> Optional[re.Match]:
    """The marker word that opens a resolution on this line, if one does."""
    for match in _RESOLUTION_START.finditer(text):
        word = match.group("word")
        before = text[: match.start()].strip()
        if word == "AGREED" and _IT_WAS_BEFORE.search(before):
            continue  # "It was AGREED to authorise the absences ...": a sentence saying it was agreed (README convention 2)
        if word.isupper():
            return match
        if word in ("Resolved", "Recommended", "Agreed", "Decided", "Resolution") and (
            # ("There were no declarations of interest., Resolved that ...": a stop and a stray comma)
            not before or _BEFORE_CAPITALISED.fullmatch(before) or re.search(r"(?:\s[-–]|[a-z0-9%)]\.,?|[a-z0-9)]:)$", before[-3:])
            or NUMBERED_RESOLUTION.match(text, match.start())  # "... Northwold Resolved 16/05/14.1"
            # ("... Location: Fluke Hall Lane, Pilling, PR3 6AA Resolved: the council was unanimous ...": a label; not a
            # matter's state, "... reported to LCC, status Resolved: the lamp was replaced")
            or word == "Resolved" and match.group("after").startswith(":")
            and not re.search(r"\b(?:status|issue|action|problem|fault|complaint|ticket)\s*$", before, re.IGNORECASE)
            or word == "Resolution" and match.group("after").lstrip().startswith(("(", ":"))  # "... Resolution (59/09): That"
        ):
            return match  # at the start, or after a dash: "Invoice for £70 - Resolved to pay"
        if word == "Resolved" and re.search(r"\b(?:it|was)\s+(?:\w+ly\s+)?$", before + " ") and re.match(r"\s*(?:that|to)\b", match.group("after")):
            return match  # "... and it was unanimously Resolved to co-op Mr Watts": capitalised mid-sentence
        if word in _LOWER_WORDS and (_BEFORE_LOWER.search(before + " ") or before.endswith((",", ";", " -", " –"))
                                   or not before and re.match(r"\s*(?:that|to)\b", match.group("after"))):
            return match
    return None


# ... and a numbered "Resolved 16/05/15.2 It was agreed ..." likewise
_MARKER = r"(?:RESOLVED\b|Resolved\s+\d)"
_SHOUTED_MARKER = re.compile(rf"(?<=\S)\s+(?={_MARKER})")
_ANY_MARKER = re.compile(rf"\b{_MARKER}")
_ALSO_RESOLVED = re.compile(r"(?<=\S)\s+(?=(?:and\s+(?:thus\s+|therefore\s+)?|it\s+was\s+)also\s+resolved\s+(?:that|to)\b)",
                            re.IGNORECASE)


# "... councillors resolved to adjourn the meeting at 7.07pm ... At the conclusion of the public participation (7.15pm) and
# at the request of the Mayor, councillors resolved to reconvene the meeting": a later sentence's own decision
_SENTENCE_RESOLVED = re.compile(r"(?<=[a-z0-9)]\.)\s+(?=[A-Z](?:[^.]|\.(?=\d)){0,150}?,\s+(?:the\s+)?(?:councillors|members|council)\s+"
                                r"(?:unanimously\s+)?resolved\s+(?:that|to)\b)")
_NUMBERED_MARKER = re.compile(r"Resolution\s*\(\d{1,4}/\d{2,4}\)")
_IT_WAS_RESOLVED = re.compile(r"(?<=\S)\s+(?=It\s+was\s+(?:unanimously\s+)?(?:RESOLVED|Resolved)\b)")
_DECISION_TABLE_HEAD = re.compile(r"\bRESOLVED\s+Reasons?\s+for\s+(?:the\s+)?Decisions?\s*:?")


_RECOMMENDS_ON = re.compile(r"\brecommendations?\s+to\s+(?:the\s+)?(?:Full\s+)?(?:Council|Cabinet|Executive)\s*[;:]$", re.IGNORECASE)
_EXEMPT_CATEGORIES = re.compile(r"\bSchedule\s+12A\b", re.IGNORECASE)
_STATUTE_PARAGRAPH = re.compile(r"Information\s+(?:relating\s+to|which|in\s+respect\s+of)\b", re.IGNORECASE)


def _one_marker_a_line(lines: list[tuple[int, Line]]) -> tuple[list[tuple[int, Line]], list[int]]:
    """A flattened page holds several decisions a line ("(i) Planning
    Committee - RESOLVED that ... (ii) RESOLVED that Cllr Smale ..."): each
    upper-case RESOLVED starts a line of its own.  Also the line each piece
    came from."""
    pieces, origin = [], []
    for index, (page, line) in enumerate(lines):
        if _DECISION_TABLE_HEAD.search(line.text):
            # "RESOLVED Reason for Decision: 1. That ... 2. That ...": a two-column table
            # (decision | reason) flattened; its header goes, each numbered clause gets a line.
            text = _DECISION_TABLE_HEAD.sub("RESOLVED", line.text)
            parts = re.split(r"(?<=\S)\s+(?=RESOLVED\b|\d{1,2}\.\s+That\b)", text)
            for part in parts:
                pieces.append((page, replace(line, text=part)))
                origin.append(index)
            continue
        parts = _SHOUTED_MARKER.split(line.text) if len(_ANY_MARKER.findall(line.text)) > 1 else [line.text]
        if len(parts) == 1 and _ALSO_RESOLVED.search(line.text, 1) and is_resolution_start(line.text):
            # "it was RESOLVED that the Council had accepted ... However, the Council were
            # sympathetic ... and thus also resolved that it would not seek ...": a second resolution
            parts = _ALSO_RESOLVED.split(line.text)
        if len(parts) == 1 and _SENTENCE_RESOLVED.search(line.text) and is_resolution_start(line.text):
            parts = _SENTENCE_RESOLVED.split(line.text)
        if len(parts) == 1 and not is_resolution_start(line.text):
            # "107. Minutes from the Council Meeting Held On 16th November 2020 It was Resolved - to approve ...":
            # a flattened minute whose sentence of decision starts after its title
            parts = _IT_WAS_RESOLVED.split(line.text, maxsplit=1)
        for part in parts:
            if len(parts) > 1:  # "... elected as Chairman. (iii)": the next decision's label
                part = re.sub(r"\s(?:[a-z]\)\s)?\((?:[ivx]{1,4}|[a-z])\)$", "", part.rstrip())
            pieces.append((page, replace(line, text=part) if len(parts) > 1 else line))
            origin.append(index)
    return pieces, origin


def find_resolutions(lines: list[tuple[int, Line]]) -> list[tuple[int, int, Resolution]]:
    """Resolutions with the first and last line each covers."""
    lines, origin = _one_marker_a_line(lines)
    return [(origin[first], origin[last], record) for first, last, record in _find_resolutions(lines)]


def _find_resolutions(lines: list[tuple[int, Line]]) -> list[tuple[int, int, Resolution]]:
    found = []
    index = 0
    while index < len(lines):
        page, line = lines[index]
        text = line.text.strip()
        start = None
        if _DECISION_LABEL.match(text):
            # A ModernGov agenda page's "Decision:" block is what the meeting
            # decided, set above its "Minutes:" block (which may repeat it):
            # read as if its first line stood beside the label.
            body = index + 1
            while body < len(lines) and not lines[body][1].text.strip():
                body += 1
            if body < len(lines) and _DECISION_BODY.match(lines[body][1].text.strip()):
                lines = list(lines)
                lines[index] = (page, Line(text=f"Decision: {lines[body][1].text.strip()}"))
                lines[body] = (lines[body][0], Line(text=""))
                text = lines[index][1].text
                start = _DECISION_LABEL_START.match(text)
        start = start or _DECISION_INLINE.match(text) or is_resolution_start(text)
        if not start and text.startswith("resolved ") and index > 0:
            # "It was discussed and / resolved the Parish Council will pay":
            # the words that make "resolved" a decision ended the line before.
            tail = " ".join(lines[index - 1][1].text.split()[-3:])
            if is_resolution_start(f"{tail} {text}"):
                start = _RESOLUTION_START.match(text)
        if not start:
            for sentence in _sentences_resolved(text):
                motion = f"Resolved: {sentence}"
                found.append((index, index, Resolution(text=motion, clauses=[], page=page, kind=_resolution_kind("Resolved", motion))))
            proposed = None if _RESOLVED_AFTER.search(text) else _PROPOSED_THEN_RESOLVED.search(text)
            if proposed:
                # "It was proposed by Councillor Bell that the above minutes be approved as a true record;
                # seconded by Councillor Fowler, all in favour and Resolved.": the motion is what was resolved
                motion = f"Resolved that {proposed.group('motion').strip()}"
                found.append((index, index, Resolution(text=motion, clauses=[], page=page, kind=_resolution_kind("Resolved", motion))))
            index += 1
            continue
        first = index
        word = start.group("word")
        if word in _LOWER_WORDS or start.group("after") == ".":
            # "Committee resolved to note ...", "... were RESOLVED.": keep the subject of the sentence.
            sentence_start = max(text.rfind(". ", 0, start.start()) + 2, 0) if ". " in text[: start.start()] else 0
            head = _LEADING_NUMBER.sub("", text[sentence_start:], count=1)
        else:
            head = text[start.start():]
        parts = [head]
        clauses: list[list[str]] = []
        family: Optional[str] = None
        # "RESOLVED" on a line of its own: what follows is the resolution, clause by clause.
        expects_clauses = bool(_EXPECTS_CLAUSES.search(head)) or head.strip() == word
        # "RESOLVED: (A) That ...": the first clause shares the marker's line.
        inline = CLAUSE.match(re.sub(r"^\w+\s*[:–-]?\s*", "", head, count=1)) if word not in _LOWER_WORDS else None
        if inline:
            label, family = clause_label(inline)
            if label in ("a", "1", "i"):
                clauses.append([label, inline.group("text")])
            else:
                family = None
        index += 1
        while index < len(lines):
            nxt = lines[index][1].text.strip()
            if _RECOMMENDS_ON.search(parts[-1]):
                # "RESOLVED that the Executive ... makes the following recommendation to Council;" / "" /
                # "RECOMMENDED that Council approve ...": the recommendation is the resolution's own words
                ahead = next((k for k in range(index, min(index + 3, len(lines))) if lines[k][1].text.strip()), None)
                if ahead is not None and re.match(r"RECOMMEND(?:ED|S)?\b", lines[ahead][1].text.strip()):
                    parts.append(lines[ahead][1].text.strip())
                    index = ahead + 1
                    continue
            if not nxt and (expects_clauses or clauses):
                # A web page sets each clause in a paragraph of its own.
                ahead = next((l.text.strip() for _, l in lines[index + 1:index + 3] if l.text.strip()), "")
                if CLAUSE.match(ahead) or _BARE_LABEL.fullmatch(ahead):
                    index += 1
                    continue
            taken = 1
            if (expects_clauses or clauses) and _BARE_LABEL.fullmatch(nxt) and index + 1 < len(lines):
                # "RESOLVED -" / "(i)" / "That the Council be recommended ...": a clause's label in a cell of its own
                following = lines[index + 1][1].text.strip()
                if following and not CLAUSE.match(following) and not _BARE_LABEL.fullmatch(following):
                    nxt, taken = f"{nxt} {following}", 2
            if expects_clauses and not clauses and _THAT_FIRST_CLAUSE.match(nxt):
                nxt = _THAT_FIRST_CLAUSE.sub("", nxt)  # "Resolved:" / "That (i) the Quarter 1 forecast ... be noted." / "(ii) ..."
            if not nxt or _STOP_LINE.match(nxt) or _outcome_line(nxt) or lines[index][1].right_aligned:
                break
            if is_resolution_start(nxt) and not CLAUSE.match(nxt):
                break
            clause = CLAUSE.match(nxt)
            if clause and not expects_clauses and not clauses and is_resolution_start(clause.group("text")):
                break  # "a) ... it was resolved that ..." / "b) It was resolved that the payments ...": lettered paragraphs, each its own resolution
            if clause and (expects_clauses or clauses):
                label, this_family = clause_label(clause)
                if family == "roman" and this_family == "letter" and label in ("v", "x") and clauses and clauses[-1][0] in ("iv", "ix"):
                    this_family = "roman"  # "(iv)" then "(v)": one letter, the next numeral
                if family is None:
                    family = this_family
                elif family == "letter" and this_family == "roman" and [c[0] for c in clauses] == ["i"]:
                    family = "roman"  # "(i)", "(ii)": numerals from the first
                elif this_family != family and not (family == "letter" and this_family == "roman"):
                    break
                clauses.append([label, clause.group("text")])
                parts.append(nxt)
                index += taken
                continue
            if PARAGRAPH.match(nxt) and not clauses:
                break
            if clauses and PARAGRAPH.match(nxt):
                break
            previous = parts[-1]
            if (previous.endswith((".", ")")) and not clauses and (nxt[:1].isupper() or nxt[:1] == "(")
                    and not (len(parts) == 1 and _NUMBERED_MARKER.fullmatch(previous))):  # "Resolution (59/09)" / "That ..."
                break
            if clauses:
                clauses[-1][1] += " " + nxt
            parts.append(nxt)
            index += taken
        if len(clauses) == 1 and inline:
            clauses = []  # one "(a)" and no "(b)": a numbered sentence, not clauses
        body = re.sub(r"\s+", " ", " ".join(parts)).strip()
        if clauses and _EXEMPT_CATEGORIES.search(body):
            # "... exempt information under the following category of Schedule 12A ...:" / "(3) Information relating to
            # the financial or business affairs ...": the statute's paragraphs quoted, not the resolution's clauses
            clauses = [clause for clause in clauses if not _STATUTE_PARAGRAPH.match(clause[1])]
        found.append((first, index - 1, Resolution(
            text=body,
            clauses=[Clause(label=l, text=re.sub(r"\s+", " ", t).strip()) for l, t in clauses],
            page=page,
            kind=_resolution_kind(word, body),
        )))
    return _without_repeated_decisions(found)


def _without_repeated_decisions(found: list[tuple[int, int, Resolution]]) -> list[tuple[int, int, Resolution]]:
    """A "Decision:" block whose words the minutes' RESOLVED repeats is one
    resolution, kept where the minutes state it."""
    def words(text: str) -> str:
        return re.sub(r"\W+", " ", re.sub(r"^\s*(?:Decision|RESOLVED)\s*[:–-]?", "", text)).strip().lower()
    others = [words(r.text) for _, _, r in found if not r.text.startswith("Decision: ")]
    return [(first, last, r) for first, last, r in found
            if not (r.text.startswith("Decision: ") and any(words(r.text)[:80] in other for other in others))]


def _outcome_line(text: str):
    return OUTCOME_LINE.match(text)  # the outcome of a vote ends a resolution


def resolution_key(resolution: Resolution) -> str:
    """The same resolution printed twice (a decision page repeating the
    minute) differs at most in punctuation and case."""
    return re.sub(r"\W+", " ", resolution.text).lower()


class ResolutionFinder:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        add_span_extension(SPANS_KEY)

    def __call__(self, doc: Doc) -> Doc:
        spans = FactSpans(doc, SPANS_KEY)
        for first, last, record in find_resolutions(doc_lines(doc)):
            spans.add(lines_span(doc, first, last, record.kind), record)
        spans.write()
        return doc


@Language.factory("council_minutes_resolutions")
def make_resolutions(nlp: Language, name: str) -> ResolutionFinder:
    return ResolutionFinder(nlp, name)
