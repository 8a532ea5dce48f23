"""How the meeting voted: recorded votes (For / Against / Abstain blocks
with names), "Voting:" lines, outcome lines ("Motion carried." at the right
margin), "put to the vote and carried" and "carried by 10 votes to 5".

Recorded votes are layout (a side's label, then names over the following
lines), so votes are read from the item's lines.  Each is a span in
``doc.spans["votes"]`` labelled with its kind, with the
:class:`~models.records.Vote` (a list: two facts may share a line) in ``span._.votes``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from models.records import Line, Vote

from .common import OUTCOME_LINE, FactSpans, add_span_extension, doc_lines, lines_span
from .names import looks_like_name_list, split_names
from .resolutions import PARAGRAPH, is_resolution_start

SPANS_KEY = "votes"

_SIDE = re.compile(
    r"^(?P<side>For|FOR|In favour|IN FAVOUR|Against|AGAINST|Abstain|ABSTAIN|Abstentions?|ABSTENTIONS?|Abstained|ABSTAINED)"
    r"(?:\s+(?:of\s+)?the\s+(?i:motion|amendment|recommendations?|proposal))?"  # "For the recommendation:", "In favour of the proposal:"
    r"\s*(?:\(\s*(?P<count>\d+)\s*\)|[:–-]\s*(?P<count2>\d+)\b|\s+(?P<count3>\d+)\b)?\s*:?\s*(?P<rest>.*)$"
)
_ABSTAINED_ROW = re.compile(r"(\d{1,3})\s+(?:Abstained|Abstentions?|Abstain)", re.IGNORECASE)
_COUNT_AFTER_NAMES = re.compile(r"(?<=[a-z.])\s*\((\d{1,3})\)\.?$")
_COUNT_LINE = re.compile(r"\((\d{1,3})\s+(?:members?|councillors?|votes?)\)\.?", re.IGNORECASE)
_VOTING_LINE = re.compile(r"^Voting\s*:\s*(?P<what>.+)$", re.IGNORECASE)
# "For: 5, Against: 2, Abstentions: 1".  Each "\s*X?\s*" (an optional
# separator between two optional space runs) is now "(?:\s*X)?\s*": the same
# strings, but without the separator the two runs no longer share the
# spaces, which was quadratic in their length.
_COUNTS = re.compile(
    r"For(?:\s*[-–:])?\s*(?P<for>\d+)(?:\s*,)?\s*Against(?:\s*[-–:])?\s*(?P<against>\d+)"
    r"(?:(?:\s*,)?\s*Abstentions?(?:\s*[-–:])?\s*(?P<abstain>\d+))?",
    re.IGNORECASE,
)
_BY_VOTES = re.compile(
    r"\b(?P<outcome>carried|lost|agreed|defeated)\s+by\s+(?P<for>\d+)\s+votes?\s+to\s+(?P<against>\d+)"
    r"(?:(?:\s*,)?\s*with\s+(?P<abstain>\d+|no|one|two|three)\s+abstentions?)?",
    re.IGNORECASE,
)
# "put to the vote and carried"; "The amendment was thereupon put to the
# Committee as the substantive motion and passed".
# "On being put to the vote, the nomination was CARRIED"; "... be agreed.
# This was carried."
_PUT_TO_VOTE = re.compile(
    r"\bput to (?:a|the) (?:vote|meeting|committee|council|cabinet|board)\b(?:[^.;]{0,60}?\s)??,? ?and (?:was |were )?(?:duly )?"
    r"(?P<outcome>carried|passed|lost|agreed|defeated)\b"
    r"|\bput to (?:a|the) vote,?\s+(?:[\w’'-]+\s+){0,4}?(?:was|were)\s+(?:duly\s+)?(?P<outcome2>carried|passed|lost|defeated)\b"
    # "On being put to Council, the Conservative submission, Appendix 3 to these minutes, was LOST."
    r"|\bon\s+being\s+put\s+to\s+(?:the\s+)?(?:vote|meeting|council|committee|cabinet|board)\b[^.;]{0,120}?\b(?:was|were)\s+(?:duly\s+)?"
    r"(?P<outcome4>carried|lost|defeated)\b"
    r"|\b(?:This|It|The\s+(?:motion|proposal|amendment|recommendation|nomination))\s+was\s+(?:duly\s+|therefore\s+|then\s+)?"
    r"(?P<outcome3>carried|lost|defeated)\b"
    # "having put this request to the vote it was declared LOST"
    # ("After being put to the meeting and a vote taken, the motion was declared CARRIED.")
    r"|\bput\s+(?:[\w’'-]+\s+){0,4}?to\s+(?:a|the)\s+(?:vote|meeting)(?:\s+and\s+a\s+vote\s+taken)?,?\s+(?:and\s+)?"
    r"(?:it|the\s+(?:motion|proposal|amendment|recommendation))\s+was\s+declared\s+(?P<outcome5>carried|lost|defeated)\b"
    # "The motions were put to the vote, whereupon it was:" / "RESOLVED that ...": what it resolved follows
    # ("The substantive motion was put to the vote and it was:-" / "RESOLVED that ...")
    r"|\bput to (?:a|the) vote,?\s+(?:whereupon|and)\s+it\s+was\s*:?-?(?=\s*(?:$|(?-i:RESOLVED)\b))",
    re.IGNORECASE,
)
_BEFORE_ASSENT = re.compile(r"[,;]?\s{0,3}(?:with\s|by\s)?")  # "carried[, ][with ]all in favour"
_WORD_NUMBERS = {"no": 0, "none": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                 "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
                 "twenty": 20}
_N = rf"(?:\d{{1,3}}|{'|'.join(sorted(_WORD_NUMBERS, key=len, reverse=True))})"
# Assent in running text, as parish and town minutes record it: "These
# were unanimously agreed", "UNANIMOUSLY RESOLVED", "approved nem con",
# "(X proposed, Y seconded, all were in favour)", "All councillors agreed", "All Cllrs agreed",
# "approved by all Councillors", "agreed by all".
_UNANIMOUS = re.compile(
    r"(?<!not\s)(?<!\bno\s)\b(?:unanimous(?:ly)?|un[a-z]{1,3}m[a-z]{0,3}(?:ously|osly|usly)|nem\.?\s*con\.?|"
    r"without\s+dissent|with\s+no\s+dissent|"
    r"all\s+(?:were\s+|(?:members|councillors)(?:\s+present)?\s+were\s+|present\s+were\s+)?in\s+favour\b(?!\s+of\b)|"
    r"all\s+were\s+in\s+agreement\b|"  # "All were in agreement that they be signed as a correct record"
    # "Councillor Allen proposed and Councillor Turnell seconded all in favour of being signed"
    r"(?<=seconded\s)all\s+in\s+favour\b|"
    # ("... that the meeting be recorded for the purpose of Minute taking - all those present agreed.")
    r"(?:all|everyone|all\s+(?:members|councillors|cllrs)(?:\s+present)?|all\s+(?:those\s+)?present)\s+(?:agreed|approved|voted\s+in\s+favour)\b"
    r"(?!\s+for\s+payment)|"  # "... (Ch. No. 101142) – all approved for payment": the payments, not a vote
    r"(?:approved|accepted|adopted|agreed|supported)\b[^.;]{0,60}?\bby\s+all\s+(?:the\s+)?"
    r"(?:members|councillors|councillor[’']s)\b|approved\s+by\s+all\b|"
    # "... seconded by Cllr Madeline Singleton, and agreed by all.": all who voted (not "agreed by all parties")
    r"agreed\s+by\s+all(?:\s+present)?(?=\s*[.,;)]|\s*$))",
    re.IGNORECASE)
# "(Five were in favour and one were against)", "5 For, 0 Against, 1
# Abstention", "the result being three to two in favour", "5 for, 1 abstention".
_COUNTED = re.compile(
    rf"\b(?P<for>{_N})\s+(?:were\s+|was\s+|votes?\s+|(?:councillors|members)\s+(?:were\s+|voted\s+)?)?(?:in\s+favour|for)\b"
    # "sixteen Members voted for the amendment and two against"
    rf"(?:\s+the\s+(?:amendment|motion|proposal|recommendations?))?"
    rf"[,;]?\s*(?:and\s+|with\s+)?(?P<against>{_N})\s+(?:were\s+|was\s+|votes?\s+)?against\b"
    rf"(?:[,;]?\s*(?:and\s+|with\s+|&\s*)?(?P<abstain>{_N})\s+(?:abstentions?|abstained|abstaining|abst)\b)?"  # ("... 3 against & 1 abstention")
    rf"|\b(?P<for2>{_N})\s+to\s+(?P<against2>{_N})\s+in\s+favour\b"
    # "5 for, 1 abstention", "CARRIED: 8 for 2 abstentions": no one against, or not said
    # ("2 Members voted in favour and 2 abstained from the vote")
    rf"|\b(?P<for4>{_N})\s+(?:votes?\s+|(?:councillors|members)\s+(?:were\s+|voted\s+)?)?(?:in\s+favour|for)\b[,;]?\s*(?:and\s+|with\s+)?"
    rf"(?P<abstain4>{_N})\s+(?:abstentions?|abstained|abstaining|abst)\b"  # ("(Vote: 10 For, 1 abst)": the word cut short)
    rf"|\bby\s+(?P<for3>\d{{1,3}})\s+votes?,?\s+to\s+(?P<against3>\d{{1,3}})(?:\s+votes?)?"
    rf"(?:,?\s+with\s+(?P<abstain3>{_N})\s+abstentions?)?"
    # "The PC voted 6/0 to strongly object": for, then against
    rf"|\bvoted\s+(?P<for6>\d{{1,2}})\s?/\s?(?P<against6>\d{{1,2}})(?![\d/])"
    # "On a vote, 4 Members voted for the amendment and 11 for the motion": the motion's count is for it, the amendment's
    # against it (and the other way round)
    rf"|\b(?P<amend>{_N})\s+(?:members\s+|councillors\s+)?(?:voted\s+)?for\s+the\s+amendment,?\s+and\s+(?P<motion>{_N})\s+(?:voted\s+)?for\s+the\s+motion\b"
    rf"|\b(?P<motion2>{_N})\s+(?:members\s+|councillors\s+)?(?:voted\s+)?for\s+the\s+motion,?\s+and\s+(?P<amend2>{_N})\s+(?:voted\s+)?for\s+the\s+amendment\b"
    # "RESOLVED with 2 abstentions, that these minutes be approved": carried, only the abstentions counted
    rf"|\b(?:RESOLVED|[Rr]esolved|CARRIED|[Cc]arried|AGREED|[Aa]greed)\s+with\s+(?P<abstain5>{_N})\s+abstentions?\b"
    # "After some debate this motion was put to the vote and with 1 abstention was agreed.": carried, only the abstentions
    # counted, told before the outcome
    rf"|\bput\s+to\s+(?:the\s+|a\s+)?vote\s+and,?\s+with\s+(?P<abstain11>{_N})\s+abstentions?,?\s+(?:was|were)\s+(?:agreed|carried|approved|passed)\b"
    # "This was proposed by Cllr Goodrham, seconded by Cllr Angus and 4 agreed.": how many agreed, none said against
    rf"|\bseconded\s+by\s+(?:Cllr|Councillor)\.?\s+(?:[A-Z]\.?\s){{0,3}}(?:Mc|O[’'])?[A-Z][\w’'-]+,?\s+and\s+(?P<for7>{_N})\s+agreed\b"
    # "RESOLVED on a vote of 5 to 2 with 1 abstention to agree the recommendation": for, then against
    rf"|\bon\s+a\s+vote\s+of\s+(?P<for9>{_N})\s+(?:votes?\s+)?to\s+(?P<against9>{_N})\b(?:,?\s+with\s+(?P<abstain10>{_N})\s+abstentions?\b)?"
    # "Proposed by Cllr Hammond, seconded by Cllr Mrs Harrhy one abstention (had not attended the meeting).": carried,
    # only the abstentions counted
    rf"|\bseconded\s+by\s+(?:Cllr|Councillor)\.?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?:[A-Z]\.?\s){{0,3}}(?:Mc|O[’'])?[A-Z][\w’'-]+,?\s+"
    rf"(?:with\s+)?(?P<abstain9>{_N})\s+abstentions?\b(?![^\n]{{0,120}}?\b(?:in\s+favour|against)\b)"  # (no count of sides after it)
    # "... as an accurate record of the meeting and these minutes were signed by BP. For 8 Against 0 Abstain 3", "For 8;
    # Against 1; Abstention 1.": the sides, each with its count after it
    rf"|(?<![\w-])(?-i:For|FOR)\s*(?:[:–-]\s*)?(?P<for8>\d{{1,3}})[;,.]?\s+(?-i:Against|AGAINST)\s*(?:[:–-]\s*)?(?P<against8>\d{{1,3}})"
    rf"(?:[;,.]?\s+(?:Abstain(?:ed|ing)?|Abstentions?)\s*(?:[:–-]\s*)?(?P<abstain8>\d{{1,3}}))?(?!\d)",
    re.IGNORECASE)

# "The vote was 3:5. 1 Against Resolved: Councillor Forrest is Mayor": a tally without its sides (two candidates' votes,
# or for and against), hands shown; the counts not read
_VOTE_TALLY = re.compile(r"\bthe\s+vote\s+was\s+\d{1,3}\s?(?::|-|–|to)\s?\d{1,3}\b(?![:.]\d)", re.IGNORECASE)
# "All members abstained from voting to accept ...", "... but all other members abstained from voting": a vote, with
# no one for and no outcome the minutes give
_ALL_ABSTAINED = re.compile(r"\ball\s+(?:(?:the\s+)?other\s+)?(?:members|councillors|cllrs)(?:\s+present)?\s+abstained\b", re.IGNORECASE)

# "was elected following a majority vote", "agreed by a majority": a vote
# whose counts the minutes do not give.
_MAJORITY = re.compile(
    r"\b(?:carried|agreed|approved|resolved|elected|passed|accepted)\s+(?:by|on|following)\s+(?:a\s+)?majority\b"
    r"|\bfollowing\s+a\s+majority\s+vote\b|\bby\s+a\s+majority\s+(?:vote|decision|with)\b",  # "... by a majority with Councillor X voting against"
    re.IGNORECASE)

# "The Parish Council voted via a show of hands." then "RESOLVED that ...": hands
# shown, no count stated
# ("the appointment of Cllr. Crawford was RESOLVED by a show of hands")
_SHOW_OF_HANDS = re.compile(r"\b(?:voted|vote\s+was\s+taken|decided|agreed|elected|resolved|carried|approved|appointed)\s+(?:via|by|on)\s+(?:a\s+)?show\s+of\s+hands\b",
                            re.IGNORECASE)
# "A proposal was received, seconded and voted in favour of suspending the meeting ...": a vote, no count given
# ("Simon Hutchings was proposed, seconded and voted onto the PC.": a co-option by vote)
# ("... was proposed by Howard Doherty and seconded by Julia Trotter, and passed by the Community Council members": the
# members passed it)
_SECONDED_AND_VOTED = re.compile(r"\bseconded\s+and\s+voted\s+(?:in\s+favour|on\s?to|into)\b"
                                 r"|\bseconded\s+by\s+[^.;,]{2,60}?,?\s+and\s+(?:was\s+)?(?:duly\s+)?passed\s+by\s+(?:the\s+)?"
                                 r"(?-i:(?:[A-Z][\w’'-]*\s+){0,3})(?:members|meeting|council|committee)\b(?!\s+(?:last|in|on|at)\b)", re.IGNORECASE)

# "A vote was then taken and Joleen Wilkins was declared the candidate with the greatest number of votes": a vote, no
# count given
# ("A vote was held and Councillor Hodgson was elected as Mayor")
# ("Following a vote it was:" / "RESOLVED – To REFUSE the application ...")
_VOTE_TAKEN = re.compile(r"\b(?:a|the)\s+(?:secret\s+|formal\s+)?vote\s+was\s+(?:then\s+)?(?:taken|held)\b"
                         r"|\b(?:Following|After|Upon|On)\s+a\s+vote,?\s+it\s+was\b", re.IGNORECASE)

_OUTCOME_SAID = re.compile(r"(?<![\w-])(?:Motion|Amendment|MOTION|AMENDMENT)\s+(?P<outcome>carried|lost|fell|defeated|CARRIED|LOST|FELL|DEFEATED)"
                           r"\b(?=\s*(?:[:.;–—]|-\s|$))")
# "A vote was then taken anonymously via Zoom Polling. Cllr. Mrs. Curteis received three votes, Cllr. Dr. Lovelidge
# received ten votes and there were two abstentions.": an election's votes per candidate, the most for the one elected
_CANDIDATE_VOTES = re.compile(rf"\breceived\s+(?P<n>{_N})\s+votes?\b", re.IGNORECASE)
_ABSTENTIONS = re.compile(rf"\b(?P<n>{_N})\s+abstentions?\b", re.IGNORECASE)


def _candidates_counted(after: str) -> Optional[tuple[int, Optional[int]]]:
    """The winning candidate's votes and the abstentions, where the sentences after a vote was taken give each
    candidate's votes ("X received three votes, Y received ten votes and there were two abstentions"); else None."""
    said = re.split(r"\b(?:vote|ballot)\b", after[:400], maxsplit=1)[0]  # (up to any next vote)
    counts = [_number(found.group("n")) for found in _CANDIDATE_VOTES.finditer(said)]
    if len(counts) < 2 or None in counts:
        return None
    abstained = _ABSTENTIONS.search(said)
    return max(counts), _number(abstained.group("n")) if abstained else None


def _side_name(raw: str) -> str:
    raw = raw.lower()
    if raw.startswith(("for", "in favour")):
        return "for"
    if raw.startswith("against"):
        return "against"
    return "abstain"


def _line_above(lines: list, index: int) -> str:
    """The nearest line above ``index`` with text in it."""
    return next((line.text.strip() for _, line in reversed(lines[max(0, index - 4):index]) if line.text.strip()), "")


def _normalise_outcome(word: str) -> str:
    word = word.lower()
    if word in ("carried", "passed", "approved"):
        return "carried"
    if word in ("lost", "defeated", "fell", "rejected"):
        return "lost"
    return "agreed"


def _moved_above(lines: list[tuple[int, Line]], index: int) -> Optional[str]:
    """"Proposer : Councillor Connell" / "Seconder : Councillor Myers" / "That Councillor K Grey be appointed ..." /
    "LOST": the motion the outcome stands under (so that two motions lost in turn are two votes, not one printed
    twice)."""
    above = [line.text.strip() for _, line in lines[max(0, index - 3):index] if line.text.strip()]
    return next((text for text in reversed(above) if re.match(r"That\s", text)), None)


def _motion_before(lines: list[tuple[int, Line]], index: int) -> Optional[str]:
    """The sentence that put the question, when the text states it."""
    window = " ".join(l.text.strip() for _, l in lines[max(0, index - 4) : index])
    sentences = re.split(r"(?<=[.:”\"])\s+(?=\(?\d|[A-Z])", window)
    for sentence in reversed(sentences):
        if re.search(r"\bto the vote\b|\bvote (?:was|were) taken\b|\bput the\b|\bvoting was\b", sentence, re.IGNORECASE):
            return re.sub(r"^\(?\d{1,2}[.)]\s*", "", sentence).strip()
    return None


def _vote_from_sides(sides: dict[str, dict], page: Optional[int], motion: Optional[str]) -> Vote:
    """A recorded vote from the names (and stated count) read for each side;
    a stated count the names disagree with is kept, with a warning."""
    vote = Vote(kind="recorded", page=page, motion=motion)
    for name, data in sides.items():
        # "For – 3 Councillors (Cllr P Bull, Cllr Steve Milton, Cllr Sandra Milton)": the names in brackets
        listed = re.sub(r"^(?:Councillors?|Members?)?\s*\(([^()]*)\)\.?$", r"\1", " ".join(data["names"]).strip())
        members = [n for n, _ in split_names(listed)]
        setattr(vote, f"members_{name}", members)
        setattr(vote, f"{name}_count", data["count"] if data["count"] is not None else len(members))
        if data["count"] is not None and data["count"] != len(members) and (members or data["count"]):
            vote.warnings.append(
                f"{name}: the document states {data['count']} but lists {len(members)} names"
            )
    for name in ("for", "against", "abstain"):
        if name not in sides:
            setattr(vote, f"{name}_count", None)
    return vote


_AGAINST_LINE = re.compile(r"\s*(?:Against|(?:Voted|Voting)\s+against|Opposed)\b", re.IGNORECASE)


def _recorded_vote(lines: list[tuple[int, Line]], index: int) -> tuple[Optional[Vote], int]:
    """Read For / Against / Abstain blocks starting at ``index``."""
    sides: dict[str, dict] = {}
    order: list[str] = []
    position = index
    page = lines[index][0]
    while position < len(lines):
        text = lines[position][1].text.strip()
        side = _SIDE.match(text)
        # ("In favour of the proposal:  Councillors Colin Astley, ... and Chris Shallis. (4)": the count after the names)
        counted_after = _COUNT_AFTER_NAMES.search(side.group("rest")) if side else None
        # ("For: Cllrs Bradford, Daws, ... and Patch" / "(7 members)": the count on the line under the names)
        ahead = lines[position + 1][1].text.strip() if position + 1 < len(lines) else ""
        counted_below = _COUNT_LINE.fullmatch(ahead) if side and side.group("rest") else None
        if side and (side.group("count") or side.group("count2") or side.group("count3") or not side.group("rest") or counted_after
                     or counted_below):
            name = _side_name(side.group("side"))
            if name in sides:
                break
            count = side.group("count") or side.group("count2") or side.group("count3") or (counted_after and counted_after.group(1))
            rest = side.group("rest")[:counted_after.start()] if counted_after else side.group("rest")
            count = count or (counted_below and counted_below.group(1))
            sides[name] = {"count": int(count) if count else None, "names": [rest] if rest else []}
            order.append(name)
            position += 2 if counted_below else 1
            continue
        if not sides:
            return None, index + 1
        if OUTCOME_LINE.match(text) or lines[position][1].right_aligned or PARAGRAPH.match(text) or is_resolution_start(text):
            break
        names_so_far = sides[order[-1]]["names"]
        if looks_like_name_list(text) or (names_so_far and not names_so_far[-1].rstrip().endswith(".")  # (a full stop ended them)
                                          and re.match(r"^[A-Z][\w’'-]*(?:,|$| [A-Z])", text)) or re.match(r"^(?:OBE|MBE|CBE)\b", text):
            sides[order[-1]]["names"].append(text)
            position += 1
            continue
        break
    if len(sides) < 2:
        return None, index + 1
    if (not any(sides[name]["names"] or sides[name]["count"] is not None for name in order[:-1])
            and any(re.fullmatch(r"[Xx✓✔√]", entry.strip()) for entry in sides[order[-1]]["names"])):
        # "Councillor" / "For" / "Against" / "Abstain" / "Cllr R Boughton" / "X" / ...: a table's column heads, each
        # row's mark in a column the text no longer shows
        return None, position
    vote = _vote_from_sides(sides, page, _motion_before(lines, index))
    # The outcome line follows the names ("Motion carried." at the right margin).
    for look in range(position, min(position + 2, len(lines))):
        outcome = OUTCOME_LINE.match(lines[look][1].text.strip())
        if outcome:
            vote.outcome = _normalise_outcome(outcome.group("outcome"))
            if outcome.group("what") and not vote.motion:
                vote.motion = outcome.group("what").strip()
            position = look + 1
            break
    if vote.outcome is None and vote.for_count is not None and vote.against_count is not None:
        vote.outcome = "carried" if vote.for_count > vote.against_count else "lost"
    elif vote.outcome is None and vote.for_count and "against" not in sides and not any(
            _AGAINST_LINE.match(line.text) for _, line in lines[max(0, index - 8):position + 3]):
        # "For (8): ..." / "Abstain (1): ...": members for it and no side against (not where a side against stands apart,
        # "Against (4): ..." / "Page 3 of 6" / "For (3): ..." / "Abstain (1): ...": its count not read, the outcome unknown)
        vote.outcome = "carried"
    return vote, position


# "There voted for the motion:" / "Councillors A, B ... 24" / "There voted
# against ...:" / "There abstained from voting:": the recorded-vote formula
# of many councils' minutes, the count at the end of a dotted leader.
_THERE_VOTED = re.compile(r"^There\s+(?:voted\s+(?P<side>for|against)\b|(?P<abstain>abstained)\b)", re.IGNORECASE)
_LEADER_COUNT = re.compile(r"(?<![\s.])\s*\.{3,}\s*(?P<count>\d{1,3})\s*$")


def _there_voted(lines: list[tuple[int, Line]], index: int) -> tuple[Optional[Vote], int]:
    sides: dict[str, dict] = {}
    position = index
    while position < len(lines):
        text = lines[position][1].text.strip()
        heading = _THERE_VOTED.match(text)
        if heading:
            name = "abstain" if heading.group("abstain") else heading.group("side").lower()
            if name in sides:
                break
            sides[name] = {"names": [], "count": None}
            current = name
            position += 1
            continue
        if not sides or not text or is_resolution_start(text) or OUTCOME_LINE.match(text):
            break
        leader = _LEADER_COUNT.search(text)
        if leader:
            sides[current]["count"] = int(leader.group("count"))
            text = text[:leader.start()]
        if looks_like_name_list(text) or sides[current]["names"]:
            sides[current]["names"].append(text)
            position += 1
            continue
        break
    if len(sides) < 2:
        return None, index + 1
    vote = _vote_from_sides(sides, lines[index][0], _motion_before(lines, index))
    if vote.for_count is not None and vote.against_count is not None:
        vote.outcome = "carried" if vote.for_count > vote.against_count else "lost"
    return vote, position


# "In accordance with Procedural Rules, the following vote was recorded on the proposals:- In favour of Councillor Elwyn
# Edwards: (10) Councillors:- Elwyn Edwards, ..., Gareth Coj Parry In favour of Councillor Gruffydd Williams: (4)
# Councillors:- ... John Pughe Roberts Abstaining (0) RESOLVED ...": a recorded vote run into its paragraph, each side
# a label and its count in brackets, then its names
_RECORDED_RUN_IN = re.compile(r"\bfollowing\s+vote\s+was\s+recorded\b[^:.]{0,80}:-?\s*", re.IGNORECASE)
# ("... Against the Amendment: (5) Councillors:- ...": a side named with what it voted on, as "In favour of the Amendment")
_RUN_IN_SIDE = re.compile(r"\b(?P<side>In\s+favour(?:\s+of\s+(?:the\s+)?[A-Z][^:()]{0,60}?)?"
                          r"|(?:For|Against)(?:\s+the\s+(?:[Aa]mendment|[Mm]otion|[Pp]roposals?|[Rr]ecommendations?))?"
                          r"|Abstain(?:ing|ed)?|Abstentions?)"
                          r"\s?:?\s?\((?P<count>\d{1,3})\)\s?(?:(?:Councillors?|Members?)\s?:?-?\s?)?")
# (not the stop after an initial or a title: "Councillors:- A. Smith, B. Jones, ...")
_RUN_IN_END = re.compile(r"(?=RESOLVED\b|Resolved\b)|(?<!\b[A-Z])(?<!\bCllr)(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)\.\s|\s\|")


def _run_in_recorded_votes(lines: list[tuple[int, Line]]) -> list[tuple[int, int, Vote]]:
    """Recorded votes run into a paragraph (see _RECORDED_RUN_IN). Where two
    sides are each "in favour of" a candidate, the first is read as for and
    the second as against, the choice between two put as one vote."""
    text, starts = "", []
    for _, line in lines:
        starts.append(len(text))
        text += line.text.strip() + " "
    found = []
    line_starts = set(starts)
    for opening in _RECORDED_RUN_IN.finditer(text):
        if opening.end() in line_starts:
            continue  # the sides on lines of their own: read line by line (find_votes)
        position, sides, order = opening.end(), {}, []
        while (side := _RUN_IN_SIDE.match(text, position)) is not None:
            name = _side_name(side.group("side"))
            if name == "for" and "for" in sides:
                name = "against"  # the second candidate's side
            if name in sides:
                # (a third candidate's side, "In favour of Councillor Brown: (3)", or a side again: no vote of for and
                # against, unread; not the first two read as one carried)
                sides = {}
                break
            following = _RUN_IN_SIDE.search(text, side.end(), side.end() + 1500)
            end = _RUN_IN_END.search(text, side.end(), following.start() if following else side.end() + 1500)
            stop = end.start() if end else following.start() if following else side.end()
            # (no one listed for a side of none: "Abstaining (0) The amendment was lost.")
            listed = text[side.end():stop].strip(" ,") if int(side.group("count")) else ""
            if re.search(r"\(\d{1,3}\)", listed):
                sides = {}  # (another side's count among the names: a side this reader does not know; the vote unread)
                break
            sides[name] = {"count": int(side.group("count")), "names": [listed] if listed else []}
            order.append(name)
            if end or not following:
                position = stop
                break
            position = following.start()
        if len(sides) < 2:
            continue
        vote = _vote_from_sides(sides, lines[0][0], None)
        if vote.for_count is not None and vote.against_count is not None and vote.for_count != vote.against_count:
            vote.outcome = "carried" if vote.for_count > vote.against_count else "lost"
        first = bisect_right(starts, opening.start()) - 1
        last = bisect_right(starts, max(opening.start(), position - 1)) - 1
        found.append((first, last, replace(vote, page=lines[first][0])))
    return found


def find_votes(lines: list[tuple[int, Line]]) -> list[tuple[int, int, Vote]]:
    """Votes with the first and last line each was read from."""
    votes: list[tuple[int, int, Vote]] = _run_in_recorded_votes(lines) if _RECORDED_RUN_IN.search(
        " ".join(line.text for _, line in lines)) else []
    index = 0
    while index < len(lines):
        page, line = lines[index]
        text = line.text.strip()
        reader = _recorded_vote if _SIDE.match(text) else _there_voted if _THERE_VOTED.match(text) else None
        if reader:
            first = index
            vote, after = reader(lines, index)
            if vote:
                votes.append((first, after - 1, vote))
                index = after
                continue
            # (not a side's list: "FOR - unanimous" is read as any other line)
        voting = _VOTING_LINE.match(text)
        if voting:
            votes.append((index, index, _voting_line(voting.group("what"), page)))
            index += 1
            continue
        outcome = OUTCOME_LINE.match(text)
        # (not "Decision" / "APPROVED": what was decided, no vote said to be taken)
        decided = outcome and not outcome.group("what") and not outcome.group("unanimous") and outcome.group(
            "outcome").lower() in ("agreed", "approved") and re.match(r"(?i:decisions?)\s*:?$", _line_above(lines, index))
        if outcome and not decided and text[:1].isupper() and (line.right_aligned or outcome.group("what") or len(text.split()) <= 3):
            unanimous = bool(outcome.group("unanimous")) or "unanim" in text.lower()
            votes.append((index, index, Vote(
                kind="unanimous" if unanimous else "unspecified",
                outcome=_normalise_outcome(outcome.group("outcome")),
                motion=(outcome.group("what") or _moved_above(lines, index)),
                page=page,
            )))
            index += 1
            continue
        following = lines[index + 1][1].text if index + 1 < len(lines) else ""
        found_before = len(votes)
        joined = text + " " + following
        # (a flattened page holds several: "On being put to Council, the Conservative submission ... was LOST. On
        # being put to Council, the Labour submission ... was LOST.")
        puts = [found for found in _PUT_TO_VOTE.finditer(joined) if found.start() < len(text)]
        put = puts[0] if puts else None
        # ("put to the vote, whereupon it was:" / "RESOLVED that ...": carried, said by what follows)
        resolved_next = bool(puts) and bool(re.match(r"RESOLVED\b", next((l.text.strip() for _, l in lines[index + 1:index + 4]
                                                                          if l.text.strip()), "")))
        for put_here in puts:
            said = (put_here.group("outcome") or put_here.group("outcome2") or put_here.group("outcome3")
                    or put_here.group("outcome4") or put_here.group("outcome5")) or ("carried" if resolved_next else None)
            if not said:
                continue
            last = index + 1 if put_here.end() > len(text) + 1 else index
            # "put to the vote and carried unanimously", "... and unanimously carried"
            everyone = (re.match(r"(?<!\s)\s+unanimously\b", joined[put_here.end():])
                        or re.search(r"\bunanimously\s+\S+$", put_here.group(0))
                        # ("... this was carried with all in favour.", "It was carried, nem con.": how many, after it)
                        or _UNANIMOUS.match(joined, put_here.end() + len(_BEFORE_ASSENT.match(joined, put_here.end()).group(0))))
            # "voted via a show of hands; the motion was lost": the same sentence says how
            hands = _SHOW_OF_HANDS.search(re.split(r"\.\s", joined[max(0, put_here.start() - 200):put_here.start()])[-1])
            # "this was carried on a majority of 7 for and 1 against": the counts after it, in its sentence
            after = re.split(r"(?<=[a-z])\.\s", joined[put_here.end():put_here.end() + 120], maxsplit=1)[0]
            counted = _COUNTED.search(after)
            if counted and counted.group("for") and counted.group("against"):
                votes.append((index, last, Vote(kind="show_of_hands", outcome=_normalise_outcome(said), page=page,
                                                for_count=_number(counted.group("for")), against_count=_number(counted.group("against")),
                                                abstain_count=_number(counted.group("abstain")) if counted.group("abstain") else None)))
                continue
            votes.append((index, last, Vote(kind="unanimous" if everyone else "show_of_hands" if hands else "unspecified",
                                            outcome=_normalise_outcome(said), page=page)))
        by_votes = list(_BY_VOTES.finditer(text))
        if not by_votes and len(votes) == found_before:
            votes += _assent(text, following, index, page)
            after_next = lines[index + 2][1].text.strip() if index + 2 < len(lines) else ""
            abstained = _ABSTAINED_ROW.fullmatch(after_next)
            if (abstained and len(votes) > found_before and votes[-1][1] == index + 1 and votes[-1][2].kind == "show_of_hands"
                    and votes[-1][2].abstain_count is None):
                # "30 For" / "00 Against" / "01 Abstained": a table's rows, one count a line
                votes[-1] = (votes[-1][0], index + 2, replace(votes[-1][2], abstain_count=_number(abstained.group(1))))
        elif not by_votes and put:
            # "On a vote, sixteen Members voted for the amendment and two
            # against ... The amendment was thereupon put to the Committee as
            # the substantive motion and passed": two votes, when the counts
            # stand in a sentence of their own.
            before_put = text[:put.start()]
            votes += [found for found in _assent(before_put, "", index, page)
                      if found[2].kind == "show_of_hands" and found[2].for_count is not None]
        for match in by_votes:
            abstain = match.group("abstain")
            votes.append((index, index, Vote(
                kind="show_of_hands",
                for_count=int(match.group("for")),
                against_count=int(match.group("against")),
                abstain_count=(int(abstain) if abstain and abstain.isdigit() else _WORD_NUMBERS.get((abstain or "").lower())),
                outcome=_normalise_outcome(match.group("outcome")),
                page=page,
            )))
        index += 1
    votes.sort(key=lambda found: found[0])  # (a run-in recorded vote is read first)
    return resolve_motions(lines, _merge_outcomes(votes))


# -- what each vote was on -------------------------------------------------------
#
# Kent's minutes number the paragraphs of an item "(1)" or "1)" and put a
# question by reference: "the Chairman put to the vote the amendment set
# out in paragraph 7 above".  That sentence is how the question was put,
# never what was voted on: the motion is paragraph 7's words, with who
# moved and seconded it.  An outcome with no such sentence ("Agreed
# unanimously.") closes the paragraph printed just above it.

_NUMBERED = re.compile(r"^(?:\((?P<a>\d{1,2})\)|(?P<b>\d{1,2})\))\s+(?=\S)")
_PUT = re.compile(r"\bput\b.{0,200}?\bto\s+(?:the|a)\s+vote\b|\bput\s+the\s+(?:substantive\s+)?(?:motion|amendment|recommendations?)\b|\bto the vote\b|\bvote (?:was|were) taken\b"
                  r"|\bvoting was as follows\b", re.IGNORECASE | re.S)
_REFERS = re.compile(r"\bparagraph\s+(?P<n>\d{1,2})\b", re.IGNORECASE)
_QUOTED = re.compile(r"[“\"](?P<q>[^”\"]{10,})[”\"]")
_LEAD_IN = r"(?:(?:Following|After)\b[^.,:]{0,60},\s+)?"
_MOVED = re.compile(
    r"^" + _LEAD_IN + r"(?P<proposer>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}(?:\s*\([^)]{0,80}\))?)\s+(?:proposed|moved),?\s+"
    r"and\s+(?P<seconder>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})\s+seconded,?\s*"
    r"(?:(?:the\s+)?(?:following\s+)?(?:motion|amendment)s?\b\s*(?:that\b)?\s*:?\s*|that\b,?\s*)?(?P<rest>.*)$",
    re.IGNORECASE | re.S)
# "The Chairman proposed that Council resolve to extend the meeting ... and
# it was agreed unanimously": moved with no seconder named.
_PROPOSED = re.compile(
    r"^" + _LEAD_IN + r"(?P<proposer>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})\s+(?:proposed|moved)\s+"
    r"(?:that\b,?\s*)(?P<rest>.+?)(?:,?\s+and\s+(?:it\s+was|this\s+was)\s+(?:agreed|carried)\b.*)?$",
    re.IGNORECASE | re.S)
# "The proposer and seconder of the original motion agreed to the amendment,
# which became the substantive motion: This Council believes ...".
_INTRODUCED = re.compile(r"^[^:]{0,200}\b(?:motion|amendment)\s*:\s*(?P<rest>.+)$", re.IGNORECASE | re.S)


def _paragraphs(lines: list[tuple[int, Line]]) -> list[tuple[int, int, int]]:
    """(number, first line, last line) of each numbered paragraph, the
    numbers counting up from 1 (a motion's own "1." list is not one)."""
    # Only "(1)" and "1)": Kent's paragraphs; "1." numbers a motion's own list.
    starts = []
    for index, (_, line) in enumerate(lines):
        found = _NUMBERED.match(line.text.strip())
        if found:
            number = int(found.group("a") or found.group("b"))
            # Counting up; a number printed twice (Kent, 13 March 2025, item
            # 308 has two "5)") is two paragraphs.
            if number == (starts[-1][0] + 1 if starts else 1) or (starts and number == starts[-1][0]):
                starts.append((number, index))
    return [(number, first, (starts[k + 1][1] - 1) if k + 1 < len(starts) else len(lines) - 1)
            for k, (number, first) in enumerate(starts)]


def _text(lines, first: int, last: int) -> str:
    text = " ".join(l.text.strip() for _, l in lines[first:last + 1] if not OUTCOME_LINE.match(l.text.strip()))
    return _NUMBERED.sub("", text, count=1).strip()


def _as_motion(text: str) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(motion, proposer, seconder) of a paragraph that moves one: its
    words without "Mr A proposed, and Mr B seconded the following motion:"."""
    moved = _MOVED.match(text)
    if not moved:
        alone = _PROPOSED.match(text)
        if alone:
            return alone.group("rest").strip().rstrip("."), alone.group("proposer").strip(), None
        introduced = _INTRODUCED.match(text)
        if introduced:
            return introduced.group("rest").strip(), None, None
        return text.strip() or None, None, None
    rest = moved.group("rest").strip()
    quoted = re.fullmatch(r"[“\"](.+?)[”\"]?\.?", rest, re.S)
    rest = quoted.group(1).strip() if quoted else rest
    return rest or None, moved.group("proposer").strip(), moved.group("seconder").strip()


def _moved_paragraphs(lines, paragraphs) -> list[tuple[int, str, tuple]]:
    """The paragraphs that move a motion or an amendment: (number, which, motion)."""
    found = []
    for number, first, last in paragraphs:
        text = _text(lines, first, last)
        if _MOVED.match(text):
            which = "amendment" if re.search(r"\bseconded,?\s+the\s+(?:following\s+)?amendment", text, re.I) else "motion"
            found.append((number, which, _as_motion(text)))
    return found


def _motion_of(lines, paragraphs, moved, put: str, before: int):
    """What the question ``put`` (stated in paragraph ``before``) refers to."""
    quoted = _QUOTED.search(put)
    refers = _REFERS.search(put)
    target = None
    if refers:
        target = next((m for m in moved if m[0] == int(refers.group("n"))), None)
        if target is None:
            number = int(refers.group("n"))
            paragraph = next((p for p in paragraphs if p[0] == number), None)
            if paragraph:
                target = (number, "motion", _as_motion(_text(lines, paragraph[1], paragraph[2])))
    elif moved:
        earlier = [m for m in moved if m[0] < before]
        if re.search(r"\bsubstantive motion\b", put, re.I):
            target = next((m for m in earlier if m[1] == "motion"), None)
        elif re.search(r"\bamendment\b", put, re.I):
            target = next((m for m in reversed(earlier) if m[1] == "amendment"), None)
        else:
            target = next((m for m in reversed(earlier) if m[1] == "motion"), None)
    if quoted and (not refers or quoted.start() > refers.start()):
        motion = quoted.group("q").strip()
        return motion, *(target[2][1:] if target else (None, None))
    return target[2] if target else (None, None, None)


def resolve_motions(lines: list[tuple[int, Line]], votes: list[tuple[int, int, Vote]]) -> list[tuple[int, int, Vote]]:
    """Give each vote the motion it was on, its proposer and seconder."""
    paragraphs = _paragraphs(lines)
    if not paragraphs:
        for first, _, vote in votes:
            if vote.motion and _PUT.search(vote.motion):
                vote.motion = None  # how the question was put is not what was voted on
        return votes
    moved = _moved_paragraphs(lines, paragraphs)
    for first, last, vote in votes:
        here = vote.kind in ("unanimous", "unspecified", "show_of_hands") and not vote.members_for
        at = first if here and not OUTCOME_LINE.match(lines[first][1].text.strip()) else first - 1
        closing = next((p for p in paragraphs if p[1] <= at <= p[2]), None)
        if closing is None:
            continue
        text = _text(lines, closing[1], min(closing[2], max(at, closing[1])) if not here else closing[2])
        put = None if _MOVED.match(text) or _PROPOSED.match(text) else _PUT.search(text)
        if put:
            motion, proposer, seconder = _motion_of(lines, paragraphs, moved, text[max(0, put.start() - 200):],
                                                    closing[0])
        else:
            motion, proposer, seconder = _as_motion(text)
        if motion:
            vote.motion, vote.proposer, vote.seconder = motion, proposer, seconder
        elif vote.motion and _PUT.search(vote.motion):
            vote.motion = None
    return votes


def _bare(vote: Vote) -> bool:
    """A vote stated with no counts and no names: an outcome said."""
    return vote.kind == "unspecified" and vote.for_count is None and not vote.members_for


def _merge_outcomes(votes: list[tuple[int, int, Vote]]) -> list[tuple[int, int, Vote]]:
    """A bare outcome ("Carried") printed a few lines after a vote with its
    counts is that vote's result, not a second vote; a sentence giving the
    same counts as a recorded vote next to it is that vote."""
    recorded = [(first, v) for first, _, v in votes if v.kind == "recorded"]
    votes = [(first, last, v) for first, last, v in votes if not (
        v.kind == "show_of_hands" and any(abs(first - f) <= 12 and (r.for_count, r.against_count) ==
                                          (v.for_count, v.against_count) for f, r in recorded))]
    kept: list[tuple[int, int, Vote]] = []
    for first, last, vote in votes:
        previous = kept[-1] if kept else None
        if (_bare(vote) and previous and previous[2].for_count is not None and first - previous[1] <= 12
                and vote.outcome in (previous[2].outcome, "agreed", None)):
            continue
        if (vote.kind == "recorded" and previous and _bare(previous[2]) and first - previous[1] <= 12
                and (previous[2].outcome in (vote.outcome, None) or (previous[2].outcome, vote.outcome) == ("agreed", "carried"))):
            # "... seconded by Cllr Daws put to the vote and lost." / "A recorded vote was asked for ..." / "For: ...":
            # the outcome said first, then the recorded vote that gave it ("The motions were agreed." / "For (49)
            # Councillors Allison, ...": agreed is carried)
            kept[-1] = (previous[0], last, vote)
            continue
        kept.append((first, last, vote))
    return kept


def _number(word: Optional[str]) -> Optional[int]:
    if word is None:
        return None
    return int(word) if word.isdigit() else _WORD_NUMBERS.get(word.lower())


# Where one line holds more than one vote (a flattened page: "Proposer: Cllr
# Bryn Owen Seconder: Cllr Martin Smith Unanimous Rosaleen Robson ... It was
# proposed that ... Seconder: Cllr Mark Green Unanimous"), a new sentence or
# a new proposal comes between them; "unanimously agreed, all in favour" is one.
_NEXT_MOTION = re.compile(r"\.\s+[A-Z]|\b(?:[Pp]ropos(?:ed|er)|[Ss]econde[dr]|RESOLVED|[Rr]esolved)\b")


def _assent(text: str, following: str, index: int, page: int) -> list[tuple[int, int, Vote]]:
    """Votes stated in sentences: counts where a sentence gives them, else
    unanimity.  Matches starting on this line only, so a sentence wrapped
    over two lines is read once."""
    # A sentence wraps onto the next line's start, never its whole length
    # (a flattened page is one line).
    window = f"{text} {following[:400]}"
    found: list[tuple[int, int, Vote]] = []
    ahead = _MatchesAhead(window)
    start = 0
    while start < len(text):
        vote, end = _assent_from(ahead, len(text), start, index, page)
        if vote is None:
            break
        found.append(vote)
        boundary = _NEXT_MOTION.search(text, end)
        if not boundary:
            break
        start = boundary.start() + 1
    return found


class _MatchesAhead:
    """Each pattern's first match in ``text`` from a position that only moves
    forward, searched again only once the position has passed it: a line of
    thousands of votes costs each pattern one pass, not one pass a vote."""

    def __init__(self, text: str):
        self.text = text
        self._found: dict[re.Pattern, tuple[int, Optional[re.Match]]] = {}
        lowered = text.lower()
        for pattern, words in NEEDED_WORDS.items():
            if not any(word in lowered for word in words):
                self._found[pattern] = (0, None)

    def search(self, pattern: re.Pattern, start: int) -> Optional[re.Match]:
        searched_from, match = self._found.get(pattern, (None, None))
        if searched_from is None or searched_from > start or (match is not None and match.start() < start):
            match = pattern.search(self.text, start)
            self._found[pattern] = (start, match)
        return match  # (none found from an earlier start: none from this one)


# ("2 Members voted in favour and 2 abstained from the vote, so it was decided not to go ahead")
_LOST_WORDS = re.compile(r"\b(?:lost|defeated|fell|not\s+carried|decided\s+not\s+to\s+(?:go\s+ahead|proceed))\b", re.IGNORECASE)

#: A word each pattern cannot match without (lower case).  Every line of a
#: document is read with the start of the next for each of these patterns,
#: and most lines hold none of the words: a word's absence is found at
#: memchr speed, where ``_COUNTED`` alone tried its numbers at every word
#: (a third of the tagger's vote time on the Kent minutes).
#: tests/test_tag.py checks each pattern's matches in the fixtures hold one.
NEEDED_WORDS: dict[re.Pattern, tuple[str, ...]] = {
    _COUNTED: ("against", "favour", "abst", "vote", "amendment", "seconded"),
    _UNANIMOUS: ("unanimous", "usly", "osly", "nem", "dissent", "favour", "agree", "approved", "accepted", "adopted",
                 "supported"),
    _MAJORITY: ("majority",),
    _SHOW_OF_HANDS: ("hands",),
    _SECONDED_AND_VOTED: ("seconded",),
    _VOTE_TAKEN: ("taken", "held", "vote"),
    _LOST_WORDS: ("lost", "defeated", "fell", "carried", "decided"),
    _ALL_ABSTAINED: ("abstained",),
    _VOTE_TALLY: ("vote",),
    _OUTCOME_SAID: ("motion", "amendment"),
}


def _assent_from(ahead: _MatchesAhead, length: int, start: int, index: int, page: int) -> tuple[Optional[tuple[int, int, Vote]], int]:
    """The first vote stated from ``start`` of the line (of ``length``
    characters, then the start of the next): counts first, else unanimity,
    else a majority; and where its words end."""
    counted = ahead.search(_COUNTED, start)
    if counted and counted.start() < length:
        last = index + 1 if counted.end() > length + 1 else index
        for_count = _number(counted.group("for") or counted.group("for2") or counted.group("for3") or counted.group("for4")
                            or counted.group("for6") or counted.group("motion") or counted.group("motion2") or counted.group("for7")
                            or counted.group("for8") or counted.group("for9"))
        against = _number(counted.group("against") or counted.group("against2") or counted.group("against3")
                          or counted.group("against6") or counted.group("amend") or counted.group("amend2") or counted.group("against8")
                          or counted.group("against9"))
        abstain = _number(counted.group("abstain") or counted.group("abstain3") or counted.group("abstain4")
                          or counted.group("abstain5") or counted.group("abstain8") or counted.group("abstain9")
                          or counted.group("abstain10") or counted.group("abstain11"))
        outcome = "carried" if (for_count or 0) > (against or 0) or counted.group("abstain5") or counted.group("abstain9") or counted.group(
            "abstain11") else "lost"
        lost_words = ahead.search(_LOST_WORDS, start)
        return (index, last, Vote(kind="show_of_hands", for_count=for_count, against_count=against,
                                  abstain_count=abstain, outcome="lost" if lost_words else outcome, page=page)), counted.end()
    for pattern, kind in ((_UNANIMOUS, "unanimous"), (_MAJORITY, "unspecified"), (_SHOW_OF_HANDS, "show_of_hands"),
                          (_SECONDED_AND_VOTED, "unspecified"), (_VOTE_TAKEN, "unspecified"),
                          (_VOTE_TALLY, "show_of_hands")):
        assent = ahead.search(pattern, start)
        if assent and assent.start() < length:
            last = index + 1 if assent.end() > length + 1 else index
            # (hands shown, then "the motion was lost": the outcome the minutes give)
            lost = kind == "show_of_hands" and ahead.search(_LOST_WORDS, assent.end())
            # "proposed CB / seconded MY/ unanimous (4)": how many voted, all for
            voting = re.match(r"\s?\((\d{1,3})\)", ahead.text[assent.end():assent.end() + 8]) if kind == "unanimous" else None
            candidates = _candidates_counted(ahead.text[assent.end():]) if pattern is _VOTE_TAKEN else None
            if candidates:
                return (index, last, Vote(kind="show_of_hands", outcome="carried", page=page, for_count=candidates[0],
                                          abstain_count=candidates[1])), assent.end()
            return (index, last, Vote(kind=kind, outcome="lost" if lost else "carried", page=page,
                                      for_count=int(voting.group(1)) if voting else None)), assent.end()
    # "9.1 Loan Application Approvals (Minute Item Amendment carried: 11) Drawdown 50% ...", "... – Motion carried":
    # the outcome said in two words inside the text (a decisions column run into its row), no other voting words
    said = ahead.search(_OUTCOME_SAID, start)
    if said and said.start() < length:
        last = index + 1 if said.end() > length + 1 else index
        return (index, last, Vote(kind="unspecified", outcome=_normalise_outcome(said.group("outcome").lower()),
                                  page=page)), said.end()
    # "All other members abstained": a vote whose outcome is not given, where no other words say how it went
    # (not "... all the other members abstained from voting on the matter. It was resolved unanimously ...", one vote)
    abstained = ahead.search(_ALL_ABSTAINED, start)
    if abstained and abstained.start() < length:
        last = index + 1 if abstained.end() > length + 1 else index
        return (index, last, Vote(kind="unspecified", outcome=None, page=page)), abstained.end()
    return None, length


def vote_key(v: Vote) -> tuple:
    """Votes alike in every stated fact are one vote printed twice."""
    return (v.kind, v.for_count, v.against_count, v.abstain_count, v.outcome,
            tuple(v.members_for), tuple(v.members_against), tuple(v.members_abstain), v.motion)


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




class VoteFinder:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        add_span_extension(SPANS_KEY)

    def __call__(self, doc: Doc) -> Doc:
        spans = FactSpans(doc, SPANS_KEY)
        for first, last, record in find_votes(doc_lines(doc)):
            spans.add(lines_span(doc, first, last, record.kind), record)
        spans.write()
        return doc


@Language.factory("council_minutes_votes")
def make_votes(nlp: Language, name: str) -> VoteFinder:
    return VoteFinder(nlp, name)
