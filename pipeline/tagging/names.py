"""Lists of names as minutes print them: "Mr R W Gough (Chairman), Sir Paul
Carter, CBE and Mr D Ross", "Cllrs Hodivala (Chairman), Hewett and Wood".

Attendance lists and recorded votes both read names this way, so it lives
apart from either finder.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Optional

from .common import BRACKETED, vocabulary

#: A surname as the lists write it ("Smith", "McLean", "O’Neill", "Smith-Jones"); a
#: forename and this is a plain name.
SURNAME = r"(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*"
#: A surname's particle, written in lower case ("de Souza", "dos Santos", "ter Haar", "ap Rhys", "bin Salleh"): a word in
#: lower case after a title or a forename that is still part of the name.
SURNAME_PARTICLE = r"(?:de|du|da|di|dos|das|del|della|der|den|ter|ten|van|von|ver|le|la|ap|ab|bin|ibn|st|y)\b"

# Words that stand where names stand but name nobody in particular.
_SLASHED_NAME = r"[A-Z][a-z]+(?:\s(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+){1,2}"
_SLASHED_NAMES = re.compile(rf"(?<![\w/])(?:{_SLASHED_NAME}\*?/){{2,}}{_SLASHED_NAME}\*?(?![\w/])")  # three names or more
# "..., Dorset" before "Cllrs Roland Tarr" (searched in the 40 characters before: "^" is the text's start only)
_PLACE_OPENING = re.compile(r"(?:^|[,;:]\s*)[A-Z][a-z]+$")
_NOT_NAMES = {"councillors", "members", "cllrs", "committee members", "all members", "none", "n/a", "nil", "with"}

# A trailing "(role)".  The name part is taken whole and stripped afterwards:
# "(.*?)\s*\(" let the lazy name and "\s*" share a run of spaces, quadratic
# in its length.
_TRAILING_ROLE = re.compile(r"^(.*?)\(([^()]*)\)\s*$")
_DASHED_ROLE = re.compile(r"^(.*?\S)\s+[–—-]\s+(.+)$")  # "\S" before the spaces: each run tried once
_ROLE_WORDS = re.compile(
    r"^(?:(?:Assistant|Deputy|Executive|Chief|Senior|Management|Finance|Planning|Responsible)\s+)*"
    r"(?:Officer|Clerk|Manager|Director|Executive|Secretary|Treasurer|Adviser|Advisor|Head of)\b")
# "Mr W Grosvenor Clerk": an officer's post run on after the name.
_POST_AFTER_NAME = re.compile(
    r"^((?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s(?:[A-Z]\.?\s){0,3}(?:[A-Z][a-z]+\s)?"
    r"(?!(?:Assistant|Deputy|Parish|Town|Locum|Acting|Admin|Finance|Vice)\b)[A-Z][\w’'-]+"
    # "Llew Thomas Clerk to the Council": untitled, when the words are a name and not a post's ("Acting Town Clerk")
    r"|(?!(?:Acting|Deputy|Assistant|Interim|Locum|Town|Parish|Committee|Senior|Chief|Principal|Democratic|Finance|"
    r"Planning|Executive|Corporate|Admin|Office|Project|Community|Council)\s)[A-Z][a-z]+\s"
    r"(?!(?:Town|Parish|Services|Council|Committee)\b)[A-Z][\w’'-]+)\s"
    # ("Mr H Abel Minute Secretary": who took the minutes)
    r"((?:(?:Assistant|Deputy|Parish|Town|Locum|Acting|Admin(?:/\w+)?|Finance|Community)\s){0,2}(?:Clerk|RFO|Officer|Office|Administrator|Agent)\b.*"
    r"|Minute\s(?:Secretary|Taker)\b.*"
    # "Councillor A Raby Vice Chairman", "Councillor J Beaman Chairman (Holiday)": the chair's office after a titled name
    r"|(?<=[a-z]\s)(?:Vice[- ])?Chair(?:man|woman|person)?\b.*)$")
# "The Lord Provost, Eva Bolander (Chair)", "The Lord Mayor, ...": a council's civic head by office, its holder named after
_CIVIC_HEAD = re.compile(r"(?:(?:Deputy|Depute)\s+)?(?:Lord\s+|Town\s+|City\s+)?Mayor|(?:Lord\s+|Depute\s+|Deputy\s+)?Provost")
_OFFICE_WORDS = re.compile(r"\b(?:Leader|Cabinet Member|Member for|Ward Member|Portfolio Holder|Director|Chief Executive|Head of|Principal|"
                           r"Clerk|Officer|Manager|Treasurer|RFO)\b")
_PLACE_WARD = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+\sWard\b")
# ("Mrs. A. Robinson, Ward Mrs. A. Thorpe, Hessenford Ward ...": a ward whose place the copy lost, among members by ward)
_WARD_ALONE = re.compile(r"(?:[A-Z][\w’'-]*\s){0,3}Ward(?:\s\([^()]{1,30}\))?(?:\s\*)?")
# "... Mrs. M. C. Williams, Seaton Ward * Also Councillor, Trelawny Division T. Pullin (Clerk)": the key to a member's
# star (Candy's "Seaton Ward *"), another council's seat, between the members by ward and the next name
_STAR_KEY = re.compile(r"\s\*\s+Also\s+(?:[A-Z][a-z]+\s){0,2}(?:Councillor|Cllr|Member)\b(?:,?\s(?:[A-Z][\w’'-]*\s){1,3}(?:Division|Ward))?"
                       r"(?:\s+(?=(?:Mrs?|Ms|Miss|Dr)\.?\s|[A-Z]\.\s?[A-Z])|\s*$)")
_ORGANISATION = re.compile(r"^(?:[A-Z][\w'’&-]*\s+){1,5}(?:Council|Committee|Association|Trust|Partnership|Police|Constabulary|Authority)$")
# "Chief Inspector Brian Anderson, Police Scotland", "Sergeant J Smith, British Transport Police Service": the force or
# service of an officer named by a police rank
_FORCE = re.compile(r"^(?:[A-Z][\w'’&-]*\s+(?:and\s+)?){1,5}(?:Scotland|Service)$")
# "J Campbell T J Catherwood M G Kearney": names set one after another with
# no comma, each initials and a surname (O’Neill, McFalone, Smith-Jones).
_BY_INITIALS = r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?:[A-Z]\.\s?|[A-Z]\s){1,3}(?:Mc|Mac|O[’'])?[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*"
_NAMES_BY_INITIALS = re.compile(rf"{_BY_INITIALS}(?:\s{_BY_INITIALS})+")
_ONE_BY_INITIALS = re.compile(_BY_INITIALS)
# "County Cllrs D Bryan, ...", "PKC Clrs Barnacle and Cuthbert": councillors of another council
_PLURAL_TITLE_INSIDE = re.compile(r"^(?:(County|District|Borough|City|[A-Z]{2,5}|[A-Z][a-z]{3,})\s+)?(Councillors|Cllrs\.?|Clrs\.?)\s+(?=[A-Z])")


def _strip_role(piece: str) -> tuple[str, Optional[str]]:
    # "Vice Chairman (Mr. Mycock, who took the chair)": the office first, the person in brackets.
    # "The Worshipful the Mayor (Cllr Mrs Fletcher)" likewise.
    # "The Chairman (Councillor Hastrick) The Mayor (Dorothy Thornhill)": an elected mayor is untitled
    office = re.match(r"^(?:The\s+(?:Right\s+)?Worshipful\s+the\s+|(?:His|Her)\s+Worshipful\s+[Tt]he\s+|The\s+)?((?:Vice[- ])?Chair(?:man|woman)?|Mayor|Deputy Mayor)\s*"
                      r"\(((?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s[^,()]+|[A-Z][a-z]+\s(?:Mc|O[’'])?[A-Z][\w’'-]+(?=\)))", piece)
    if office:
        return office.group(2).strip(), office.group(1)
    match = _TRAILING_ROLE.match(piece)
    if match and match.group(1).strip():
        return match.group(1).strip(), match.group(2).strip()
    return piece.strip(), None


def _split_top_level(text: str) -> list[str]:
    """Split on commas, semicolons and "and" outside parentheses."""
    return [piece for piece, _ in _split_with_separators(text)]


_TWO_SURNAMES = re.compile(r"(?P<first>[A-Z][a-z][\w’'-]*)\s(?P<second>(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*)")
_WELSH_SURNAMES = frozenset({"Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan",
                             "Griffiths", "Owen", "Edwards", "Price", "Rees", "Parry", "Lloyd", "Pritchard"})
_BARE_SURNAME = re.compile(r"(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*(?:\s\([^()]{1,40}\))?")


def _comma_lost_before_and(pieces: list[tuple[str, str]], plural_title, vocab) -> list[tuple[str, str]]:
    """"Councillors ..., M Quinn, Reid Robinson and Totten", "Cllrs Wilkinson
    Higglesden & Huckstep": under a plural title, a list of surnames alone
    whose last comma was lost before the "and": the two words before it are
    two members, unless the first is a forename or the second a Welsh surname
    that a name before it tells apart ("Lloyd Jones").  Only there: "Cllrs
    Ashton Derry, Bardill, ..." opens with one member's two-word surname."""
    if not plural_title or len(pieces) < 2 or pieces[-1][1] not in ("and", "&") or not _BARE_SURNAME.fullmatch(pieces[-1][0]):
        return pieces
    pair = _TWO_SURNAMES.fullmatch(pieces[-2][0])
    # (not "..., Zealley, Aldermen Bristow and Howell": the next group's plural title before its first surname)
    if (not pair or pair.group("first") in vocab.forenames or pair.group("first").lower() in vocab.titles
            or pair.group("first").lower() in vocab.plural_titles
            or pair.group("first").lower() in vocab.role_words or pair.group("second").lower() in vocab.role_words
            or pair.group("second") in _WELSH_SURNAMES
            or sum(bool(_BARE_SURNAME.fullmatch(piece)) for piece, _ in pieces[:-2]) < (len(pieces) - 1) // 2):
        return pieces
    return pieces[:-2] + [(pair.group("first"), pieces[-2][1]), (pair.group("second"), ",")] + pieces[-1:]


_ONE_HOLDERS_SECOND_POST = re.compile(r"\b(?:Responsible\s+Financial|Proper|Finance)\s+Officer\b|\bRFO\b|\bTreasurer\b", re.IGNORECASE)


def _posts_joined_by_and(pieces: list[tuple[str, str]], vocab) -> list[tuple[str, str]]:
    """"Scrutiny and Performance Improvement Officer", "Member Development
    and Civic Officer": words of a post with no head of their own, "and",
    then the rest of that post: one post, not two people."""
    merged: list[tuple[str, str]] = []
    for piece, before in pieces:
        words = piece.split()
        if (merged and before in ("and", "&") and 1 <= len(words) <= 6 and words[-1].lower() in vocab.post_heads
                and all(is_post_word(w.lower()) or w.lower() in POST_JOINERS for w in words)):
            left = merged[-1][0].split()
            if 1 <= len(left) <= 4 and all(is_post_word(w.lower()) and w.lower() not in vocab.post_heads for w in left):
                merged[-1] = (f"{merged[-1][0]} {before} {piece}", merged[-1][1])
                continue
        merged.append((piece, before))
    return merged


def _split_with_separators(text: str) -> list[tuple[str, str]]:
    """(piece, the separator before it) for each top-level piece."""
    pieces, depth, current, before = [], 0, [], ""
    # ("T&WC": "&" between capitals is a body's initials, no separator)
    tokens = re.split(r"(\(|\)|,|;|\band\b|(?<![A-Z])&|&(?![A-Z])|\|)", text)  # "|": a table's cells
    unclosed = text.count("(") > text.count(")")
    for token in tokens:
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        elif token == ";" and depth and unclosed:
            # "Heather Anne Low (Planning Representative; Louise Nicoll ...": a bracket left open ends with its entry
            current.append(")" * depth)
            depth = 0
        if depth == 0 and token in ("and", "&") and _ROLE_AFTER_DASH.search(re.sub(r"\([^()]*\)", "", "".join(current))):
            # (a dash inside brackets is the bracket's own: "Jane Kennedy (Co-opted Member - Criminal Justice) and
            # Councillor L Robinson": two people)
            current.append(token)  # "DE Mothershaw – Leader of the Council and Chair of Finance and Resources Committee": one role
        elif depth == 0 and token in (",", ";", "and", "&", "|"):
            pieces.append(("".join(current), before))
            current, before = [], token
        else:
            current.append(token)
    pieces.append(("".join(current), before))
    return [(p.strip(), before) for p, before in pieces if p.strip()]


# A name, a dash, then a post (not "Chair – Councillor W Frost", a post, then its holder)
_ROLE_AFTER_DASH = re.compile(r"[a-z]\s[–—-]\s+(?!(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\b)(?![A-Z]\.?\s)[A-Z][a-z]")


# "Chief Executive - J Dixon Director of Economic Development and Planning – M
# McAlister ...": officers listed post first, one after another without
# commas.  Read by cutting at the dashes (a pattern searched from every word
# would be quadratic in a long line).
_DASH = re.compile(r"\s[-–—]\s")
_POST = re.compile(r"[A-Z][A-Za-z&]*(?:\s(?:[A-Z][A-Za-z&]*|and|of|for|the))*")
# "Cllr T L Williams MBE Deputy Mayor", "Ms Ceri Anderson Assistant Town Clerk": a name, then the next post.
_NAME_THEN_POST = re.compile(r"((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s(?:[A-Z][a-z]+\s|(?:[A-Z]\.?\s){1,3})|(?:[A-Z]\.?\s){1,3})"
                             r"[A-Z][\w’'-]+(?:\s(?:MBE|OBE|BEM|CBE|JP))?)(?:\s+(\S.*))?")


def posts_then_names(text: str) -> list[tuple[str, Optional[str]]]:
    """``"Mayor – Cllr T L Williams Deputy Mayor – Cllr A T Trousdell"`` ->
    ``[("Cllr T L Williams", "Mayor"), ("Cllr A T Trousdell", "Deputy Mayor")]``:
    posts and holders set in two columns whose gap became a dash; empty
    unless the whole text reads that way."""
    parts = _DASH.split(text.strip())
    if len(parts) < 3:
        return []
    found, post = [], parts[0].strip()
    for part in parts[1:]:
        named = _NAME_THEN_POST.fullmatch(part.strip())
        if not named or not _POST.fullmatch(post):
            return []
        found.append((named.group(1), post))
        post = (named.group(2) or "").strip()
    return found if not post else []


# ("Community and Enterprise Resources L Dickson, Team Leader (Clydesdale); K Joyes, ...": the department over its officers
# run into the first name)
_NAME_COMMA_POST_ENTRY = re.compile(rf"(?:and\s+)?(?:(?:[A-Z][a-z]+\s(?:and\s|&\s)?){{1,4}}(?:Resources|Services|Department|Directorate)\s)?"
                                    rf"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?:[A-Z][a-z]+(?:\s[A-Z]\.?)?|(?:[A-Z]\.?\s?){{1,3}})\s{SURNAME})"
                                    # ("K. Carr – Assistant Director – Place" among "D. Gillies, Director – Place; ...")
                                    rf"(?:,|\s[–—-])\s+(?P<post>[A-Z][^;]{{2,120}}?)\.?")


_NEXT_DEPARTMENT = re.compile(rf"(?<=[a-z)])(?<!\band)(?<!\bof)(?=\s(?:[A-Z][a-z]+\s(?:and\s|&\s)?){{1,4}}(?:Resources|Services|Department|Directorate)\s(?:[A-Z]\.?\s?){{1,3}}\s?{SURNAME},)")


# "Jeremy Jaroszek, Chief Executive Phillip Wright, Director of Operational Services Lorraine Poyser, ...": entries of a
# name, a comma and a post, run together; each next name a forename the vocabulary knows, then a surname and a comma
_NEXT_NAMED_ENTRY = re.compile(rf"(?<=[a-z])\s(?=(?P<forename>[A-Z][a-z]+)\s{SURNAME},\s[A-Z])")


def _entries_run_together(text: str) -> str:
    """The entries set apart by semicolons where at least three run together so."""
    vocab = vocabulary()
    # (a forename the vocabulary knows, or the word before it ends a post: "... Officer Angelika Kaufhold, ...")
    cuts = [m.start() for m in _NEXT_NAMED_ENTRY.finditer(text)
            if m.group("forename") in vocab.forenames or text[:m.start()].rsplit(" ", 1)[-1].lower() in vocab.post_heads]
    if len(cuts) < 2 or ";" in text or not re.match(rf"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?[A-Z][a-z]+\s{SURNAME},\s", text):
        return text
    for cut in reversed(cuts):
        text = f"{text[:cut]};{text[cut:]}"
    return text


def names_and_posts_by_semicolons(text: str) -> list[tuple[str, Optional[str]]]:
    """``"Fiona Lees, Chief Executive; ...; Graham Short, Executive Director
    of Educational and Social Services; ... and Stuart Nelson, Administrative
    Officer"``: each entry a name, a comma and a post, entries set apart by
    semicolons, so the commas and "and"s inside a post join no two people;
    empty unless every entry reads that way."""
    # ("... M Polland, Roads Area Manager (Clydesdale) Finance and Corporate Resources G Bow, Administration Manager":
    # the next department's heading and officer, their semicolon lost)
    text = _entries_run_together(_NEXT_DEPARTMENT.sub(";", text))
    entries = [entry.strip() for entry in text.split(";") if entry.strip()]
    if len(entries) < 3:
        return []
    found = [_NAME_COMMA_POST_ENTRY.fullmatch(entry) for entry in entries]
    if not all(found):
        return []
    return [(match.group("name"), match.group("post").strip()) for match in found]


def posts_row_then_names_row(text: str) -> list[tuple[str, Optional[str]]]:
    """``"Town Clerk Minute Taker Lesley Bramwell Paul Harris"`` ->
    ``[("Lesley Bramwell", "Town Clerk"), ("Paul Harris", "Minute Taker")]``:
    a two-row table of officers' posts over their names, read row by row;
    empty unless the text is two or more known posts, then as many
    forenames and surnames."""
    roles = sorted(vocabulary().officer_roles, key=len, reverse=True)
    rest, posts = text.strip(), []
    while True:
        post = next((role for role in roles if rest.lower().startswith(role + " ")), None)
        if post is None:
            break
        posts.append(rest[:len(post)])
        rest = rest[len(post):].strip()
    names = re.fullmatch(rf"(?:[A-Z][a-z]+\s{SURNAME}\s?){{{len(posts)}}}", rest) if len(posts) >= 2 else None
    if not names:
        return []
    words = rest.split()
    return [(" ".join(words[2 * n:2 * n + 2]), post) for n, post in enumerate(posts)]


_NOT_POST = r"(?!(?:Officer|Manager|Director|Executive|Clerk|Head|Secretary|Assistant|Services|Democracy|Chief)\b)"
_FULL_NAME = rf"{_NOT_POST}[A-Z][a-z]+\s{_NOT_POST}{SURNAME}"
_POST_WORDS_DASHED = re.compile(r"[A-Z][\w&’']*(?:\s(?:[A-Z][\w&’']*|and|of|for|the|&))*")
# ("Mrs Y Merritt – Clerk Mrs C James – Deputy Clerk ...": or a title and initials)
_DASHED_NAME = rf"(?:{_FULL_NAME}|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s(?:[A-Z]\.?\s){{1,3}}(?:Mc|O[’'])?[A-Z][a-z][\w’'-]*)"
_POST_THEN_NAME = re.compile(rf"(?P<post>\S.*?)\s(?P<name>{_DASHED_NAME})")
_POST_NAME_POST = re.compile(rf"(?P<post>\S.*?)\s(?P<name>{_DASHED_NAME})\s(?P<post2>[A-Z].*)")


def names_then_posts(text: str) -> list[tuple[str, Optional[str]]]:
    """``"Steve Rumbelow - Chief Executive David Brown - Director of Environment
    ... Elaine Newsome - Democracy Officer David Farrar Mayor’s Officer"`` ->
    ``[("Steve Rumbelow", "Chief Executive"), ("David Brown", "Director of
    Environment"), ..., ("David Farrar", "Mayor’s Officer")]``: officers, each
    name then its post after a dash, run together; empty unless the whole
    text reads that way."""
    parts = [part.strip() for part in _DASH.split(text.strip())]
    if len(parts) < 3 or not re.fullmatch(_DASHED_NAME, parts[0]):
        return []
    found, name = [], parts[0]
    for part in parts[1:-1]:
        held = _POST_THEN_NAME.fullmatch(part)
        if not held or not _POST_WORDS_DASHED.fullmatch(held.group("post")):
            return []
        found.append((name, held.group("post")))
        name = held.group("name")
    last = parts[-1].rstrip(".")
    two = _POST_NAME_POST.fullmatch(last)  # "Democracy Officer David Farrar Mayor’s Officer": the last has no dash
    if two and _POST_WORDS_DASHED.fullmatch(two.group("post")) and _POST_WORDS_DASHED.fullmatch(two.group("post2")):
        return found + [(name, two.group("post")), (two.group("name"), two.group("post2"))]
    return found + [(name, last)] if _POST_WORDS_DASHED.fullmatch(last) else []


_UNMARKED_TOKEN = re.compile(r"\([^()]{1,60}\)|[^\s()]+")
_UNMARKED_NAME_WORD = re.compile(r"(?:Mc|Mac|O[’'])?[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?")
POST_JOINERS = frozenset({"and", "of", "for", "the", "&", "to"})


# "Councillor M Goodman Antrim and Newtownabbey Borough Council Alderman R Gibson (Chair) Ards and North Down Borough
# Council ...": a joint body's members, each name then the council that sent them, with nothing between
_NAME_THEN_COUNCIL = re.compile(
    r"(?P<name>(?:(?:Councillor|Cllr|Alderman|Ald|Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?:[A-Z]{1,3}\.?\s|[A-Z][a-z]+\s)(?:[A-Z]\.?\s)?(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*)"
    r"(?:\s\((?P<role>[^()]{1,40})\))?\s(?P<body>(?:(?!(?:Councillor|Cllr|Alderman|Ald)\b)[A-Z][\w’'.,-]*\s(?:(?:and|&)\s)?){1,6}Council|[a-z]{2,8}\d{1,3})"
    r"(?=\s|$)")


_SENTENCE_AFTER_RUN = re.compile(r"(?:The|A|An)\s[A-Z][a-z]+\s[a-z]{3,}\b")


def names_then_councils(text: str) -> list[tuple[str, Optional[str]]]:
    """(name, role) for each member of a run of names each followed by
    the council (or the body, "arc21") that sent them, with nothing
    between; empty unless the whole text reads so, as three people or
    more.  The council is the role, after any office in brackets."""
    # ("... Newry, Mourne & Down District Council Members’" / "Apologies: ...": the next label's first word)
    text = re.sub(r"\s(?:Members|Officers)[’']?$", "", text.strip().rstrip("."))
    found, index = [], 0
    while index < len(text):
        match = _NAME_THEN_COUNCIL.match(text, index)
        if not match:
            if len(found) >= 3 and _SENTENCE_AFTER_RUN.match(text, index):
                break  # "... J Green arc21 The Chair welcomed all to the meeting": the minutes' first sentence, run on
            return []
        role = ", ".join(filter(None, (match.group("role"), match.group("body"))))
        found.append((match.group("name"), role))
        index = match.end()
        while index < len(text) and text[index] == " ":
            index += 1
    return found if len(found) >= 3 else []


_ONE_NAME_THEN_POST = re.compile(r"(?P<forename>[A-Z][a-z]+)\s(?P<surname>(?:Mc|O[’'])?[A-Z][a-z][\w’'-]*)\s"
                                 r"(?P<post>(?:[A-Z][a-z]+\s){0,3}(?P<head>[A-Z][a-z]+))")


_NAME_THEN_COMMA = re.compile(r"(?<![\w’'.-])(?:(?P<title>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s(?:[A-Z]\.?\s){0,2}(?:[A-Z][a-z]+\s)?)|(?P<forename>[A-Z][a-z]+)\s)"
                              r"(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]{0,30}(?=,\s)")


def names_comma_posts_run_on(text: str) -> list[tuple[str, Optional[str]]]:
    """``"Mr. L Hannaway, Chief Executive Mr. J McBride, Assistant Director, Community Planning and Performance Mrs D
    Starkey, Democratic Services Officer ..."`` -> ``[("Mr. L Hannaway", "Chief Executive"), ("Mr. J McBride", "Assistant
    Director, Community Planning and Performance"), ...]``: each officer's name, a comma and the post (commas inside it
    too), one line each, flattened with nothing between them.  Empty unless three officers or more read so, two or more
    run on from the post before them, and every post holds a post's head word; an organisation's name before the
    first officer (its heading) is dropped."""
    vocab = vocabulary()
    starts = [m for m in _NAME_THEN_COMMA.finditer(text) if m.group("title") or m.group("forename") in vocab.forenames]
    if len(starts) < 3 or sum(1 for m in starts if m.start() and not text[:m.start()].rstrip().endswith((",", ";", "and", "&"))) < 2:
        return []
    if re.search(r"\b(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\b", text[:starts[0].start()]):
        return []  # someone named before the first officer, in another style
    found = []
    for n, m in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(text)
        post = text[m.end():end].strip(" ,;.")
        if not any(word.lower().strip(",()") in vocab.post_heads for word in post.split()):
            return []
        found.append((m.group(0), post))
    return found


_TITLED_SHOUTED_SURNAME = re.compile(r"(?<![\w’'-])(?:Mrs|Mr|Ms|Miss|Dr|Prof|Sgt|Insp|PCSO|PC|Cllr|Councillor|Rev|Revd)\.?\s(?:[A-Z][a-z]+\s){1,2}"
                                     r"(?:O[’']\s?|Mc|Mac)?[A-Z]{2,}(?:[’'-][A-Z]{2,})?(?![\w’'-])")
_COUNTED_PUBLIC_AFTER = re.compile(r"(?<!\s)\s+(?:(?-i:[A-Z]{3,20})\s\(\d{1,3}\)|(?:[A-Z]+\s)?\(?\d{1,3}\)?\s+[Mm]embers?\s+of\s+the\s+[Pp]ublic\b.*)$")


def shouted_surnames_then_posts(text: str) -> list[tuple[str, Optional[str]]]:
    """``"Mrs. Evelyn O’ DONNELL Community Engagement Officer, GCC (Part of Meeting) Sgt. Michael MORGENTHALER Police
    Scotland (Part of Meeting - Agenda item 2) FOUR (4) Members of the Public"`` -> ``[("Mrs. Evelyn O’ DONNELL",
    "Community Engagement Officer, GCC (Part of Meeting)"), ("Sgt. Michael MORGENTHALER", "Police Scotland (Part of
    Meeting - Agenda item 2)")]``: each person a title, a forename and the surname in capitals, what follows up to the
    next one their post, with nothing between them (the members of the public counted after them are no one).  Empty
    unless two or more read so from the text's start, each after the first run on from the post before it, and no
    bracket of initials follows a name (a list read by its initials)."""
    starts = list(_TITLED_SHOUTED_SURNAME.finditer(text))
    if (len(starts) < 2 or starts[0].start() != 0 or len(_BRACKETED_INITIALS.findall(text)) >= 2
            or any(text[:m.start()].rstrip().endswith((",", ";")) for m in starts[1:])):
        return []
    found = []
    for n, m in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(text)
        post = _COUNTED_PUBLIC_AFTER.sub("", text[m.end():end]).strip(" ,;.")
        if not post:
            return []
        found.append((m.group(0), post))
    return found


_POST_OPENER_WORDS = {"chief", "director", "head", "deputy", "assistant", "clerk", "clerk’s", "clerk's", "interim", "acting",
                      "senior", "principal", "strategic", "monitoring"}
_INSIDE_POST_WORDS = {"of", "and", "&", "the", "for", "to", "deputy", "assistant", "acting", "interim", "senior", "principal",
                      "strategic", "chief"}


def posts_run_together(text: str) -> list[tuple[str, Optional[str]]]:
    """``"Chief Executive (Acting) Director of Corporate and Operational Services Director of Environmental Health and
    Building Control Head of Waste and Contract Management Head of Technical Services Clerk’s Secretary"``: officers by
    their posts alone, one a line, flattened; each post starts at a post's opening word ("Director", "Head", "Chief",
    ...) that does not go on from the word before it ("Head of", "Deputy Chief").  Empty unless the text opens with
    one, three posts or more read so, and no one is named (no title, comma or semicolon)."""
    words = text.split()
    # (not "Chief Executive - J Dixon Director of Operations – G Girvan ...": each post's holder after a dash)
    if (len(words) < 6 or re.search(r"[,;–—]|\s-\s|\b[A-Z]\.?\s|\b(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\b", text)
            or words[0].lower() not in _POST_OPENER_WORDS):
        return []
    posts: list[list[str]] = []
    for word in words:
        if (not posts or word.lower() in _POST_OPENER_WORDS and posts[-1][-1].lower() not in _INSIDE_POST_WORDS
                and word[:1].isupper()):
            posts.append([word])
        else:
            posts.append(posts.pop() + [word])
    vocab = vocabulary()
    if len(posts) < 3 or not all(any(w.lower().strip("()’'s") in vocab.post_heads or w.lower() in vocab.post_heads for w in post)
                                 for post in posts):
        return []
    return [(" ".join(post), None) for post in posts]


# "Emma Storey Committee Officer for Kincardine and Mearns at Aberdeenshire Council, Bruce Stewart Acting Area Manager at
# Aberdeenshire Council and ...": a forename and surname, then a post in capitals ending on a post's head and saying whose
# ("for", "at", "of"), to the next comma, semicolon, "and" before the next forename and surname, or the list's end
_NAME_THEN_POST_OF_BODY = re.compile(
    r"(?<![\w’'-])(?P<name>(?P<forename>[A-Z][a-z]+)\s(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*)\s"
    r"(?P<post>(?:[A-Z][a-z]+\s){0,3}(?P<head>[A-Z][a-z]+)\s(?:for|at|of)\s[^,;()]{2,80}?)"
    r"(?=\s{0,3}[,;]|\s(?:and|&)\s[A-Z][a-z]+\s(?:Mc|Mac|O[’'])?[A-Z]|\s{0,3}\.?\s{0,3}$)")


def posts_after_names_bracketed(text: str) -> str:
    """``"Emma Storey Committee Officer for Kincardine and Mearns at Aberdeenshire Council, ..."`` -> ``"Emma Storey
    (Committee Officer for Kincardine and Mearns at Aberdeenshire Council), ..."``: a post written after its holder's
    name without a bracket or a comma, bracketed, so that the "and" inside it parts no one.  Only for a forename the
    vocabulary knows and a post ending on one of its heads ("Officer", "Manager")."""
    vocab = vocabulary()

    def bracketed(match: re.Match) -> str:
        if match.group("forename") not in vocab.forenames or match.group("head").lower() not in vocab.post_heads:
            return match.group(0)
        return f"{match.group('name')} ({match.group('post')})"
    return _NAME_THEN_POST_OF_BODY.sub(bracketed, text)


def names_then_posts_unmarked(text: str) -> list[tuple[str, Optional[str]]]:
    """``"Inge Booth Legal, Governance and Democracy Specialist Courage
    Aiguobasinmwin Trainee Solicitor Tom Benson ..."`` -> ``[("Inge Booth",
    "Legal, Governance and Democracy Specialist"), ("Courage Aiguobasinmwin",
    "Trainee Solicitor"), ...]``: a table of officers and their posts
    flattened with nothing between the cells.  A post is read from the words
    posts are made of (``post_words`` and ``post_heads`` in the vocabulary),
    a name is the two or three other words before it; empty unless the
    whole text reads so, as three officers or more, each post holding a
    head ("Specialist", "Director of Strategy, ...") and not ending on a
    joining word or a comma."""
    vocab = vocabulary()
    tokens = _UNMARKED_TOKEN.findall(text.strip().rstrip("."))
    if len(tokens) < 9:
        # ("Sean Alcock                Operations Manager": one officer, a column's gap between name and post)
        alone = _ONE_NAME_THEN_POST.fullmatch(text.strip().rstrip("."))
        if (alone and alone.group("forename") in vocab.forenames and alone.group("head").lower() in vocab.post_heads
                and all(word.lower() in vocab.post_words for word in alone.group("post").split()[:-1])):
            return [(f"{alone.group('forename')} {alone.group('surname')}", alone.group("post"))]
        return []

    def post_word(token: str) -> bool:
        word = token.rstrip(",").lower()
        return is_post_word(word) or word in POST_JOINERS or token.startswith("(") or word.isdigit()

    found, index = [], 0
    while index < len(tokens):
        start = index
        while index < len(tokens) and not post_word(tokens[index]):
            if not _UNMARKED_NAME_WORD.fullmatch(tokens[index]):
                return []
            index += 1
        if not 2 <= index - start <= 3 or index == len(tokens) or tokens[index].rstrip(",").lower() in POST_JOINERS:
            return []
        post_start = index
        while index < len(tokens) and post_word(tokens[index]):
            index += 1
        post = tokens[post_start:index]
        if (post[-1].rstrip(",").lower() in POST_JOINERS or post[-1].endswith(",")
                or not any(token.rstrip(",").lower() in vocab.post_heads for token in post)):
            return []
        found.append((" ".join(tokens[start:post_start]), " ".join(post)))
    return found if len(found) >= 3 else []


# "Ms A Donaghy Chief Executive; Mrs K Hargan Director of Organisational Development and
# Community Planning; ...; Mrs B Candlish Head of Leisure, Arts & Culture": officers, each a
# titled name by initials then the post, set apart by semicolons (commas inside the posts)
_TITLED_NAME_THEN_POST = re.compile(r"(?P<name>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s(?:[A-Z]\.?\s?){1,3}\s?(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*)"
                                    r"\s+(?P<post>[A-Z][a-z]+(?:,?\s(?:[A-Z][\w’'-]*|&|and|of|for|the|to)){0,12})")


_COURTESY_OR_COUNCILLOR = r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s"
# "Mr. C. P. Wayman Town Clerk", "Ms. Claire Childs Deputy Town Clerk", "Cllr. Ms. J. Bates": one entry of a run-on
# list, a title (a councillor's, then a courtesy title perhaps), the name by initials or forename, its surname, then
# capitalised words up to the next title: the entry's post or body ("Mr. M. Hallstead Alder King")
_TITLED_ENTRY = re.compile(
    rf"(?P<name>{_COURTESY_OR_COUNCILLOR}(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?P<forename>[A-Z][a-z]+\s)?(?:[A-Z]\.\s?|[A-Z]\s){{0,3}}{SURNAME})"
    # ("Cllr. W. Whyte County Councillor": a council's kind before "Councillor" makes it a post, not the next title)
    rf"(?P<post>(?:\s(?:(?:County|District|Borough|City|Town|Parish|Community)\sCouncillor\b|(?!{_COURTESY_OR_COUNCILLOR})"
    rf"(?:[A-Z](?:[a-z][\w’'&/-]*|[A-Z]+)|of|and|the|to|for|&)))*)(?:\s|$)")  # (no initial: "Mrs E A Forde J Campbell" is two names)


def titled_entries_run_on(text: str) -> list[tuple[str, Optional[str]]]:
    """``"Mr. C. P. Wayman Town Clerk Mrs. N. Stockill Committee Clerk Cllr.
    W. Whyte County Councillor Mr. M. Hallstead Alder King"`` -> ``[("Mr. C.
    P. Wayman", "Town Clerk"), ("Mrs. N. Stockill", "Committee Clerk"),
    ...]``: a table of names and posts flattened with no separator, where
    every entry opens with its title.  The title is the only mark of where
    an entry starts, so the words after the surname are its post; a
    forename must be a known one (else "Mr Smith Town Clerk" would read
    "Smith" as one), and a post of one word must be a post's word, not the
    last part of a longer name.  Empty unless the whole text reads so, as
    three entries or more with a post after at least one."""
    if re.search(r"[,;()]", text):
        return []
    vocab = vocabulary()
    found, end = [], 0
    for entry in _TITLED_ENTRY.finditer(text):
        if entry.start() != end or entry.group("forename") and entry.group("forename").strip() not in vocab.forenames:
            return []
        name, post = entry.group("name"), entry.group("post").strip() or None
        first, _, rest = (post or "").partition(" ")
        if (post and rest and name.split()[-1] in vocab.forenames and first[:1].isupper()
                and not (first.lower() in vocab.role_words or is_post_word(first.lower()))):
            # "Cllr John David Smith Deputy Mayor": a middle name read as the surname, the surname as the post's first word
            name, post = f"{name} {first}", rest
        if post and " " not in post and not (post.lower() in vocab.role_words or is_post_word(post.lower())):
            return []
        found.append((name, post))
        end = entry.end()
    if end != len(text) or len(found) < 3 or not any(post for _, post in found):
        return []
    return found


def titled_names_then_posts(text: str) -> list[tuple[str, Optional[str]]]:
    # ("...; 2 FC/01/17, Mrs P Allen Head of ...": a page's number and reference where the page turned)
    entries = [re.sub(r"^\d[\d/A-Z .-]*,\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\b)", "", entry.strip(" .")) for entry in text.split(";")]
    if len(entries) < 2:
        return []
    found = [_TITLED_NAME_THEN_POST.fullmatch(entry) for entry in entries if entry]
    if not all(found) or sum(1 for match in found if _OFFICE_WORDS.search(match.group("post"))) * 2 < len(found):
        return []
    return [(match.group("name"), match.group("post")) for match in found]


# "Deputy Chief Executive Mrs. H. Jones Chief Finance Officer Ms. N. Bishop
# Director of Human Resources Ms. L. Hooley": a two-column table of posts
# and officers flattened with no separator; each titled name is one person,
# the post before it theirs.
_TITLED_NAME = re.compile(rf"(?=(?:Mr|Mrs|Ms|Miss|Dr)\b){_BY_INITIALS}")  # a name by initials whose title is given
_POST_WORDS = re.compile(r"[A-Z][A-Za-z&]*(?:,?\s(?:[A-Z][A-Za-z&]*|and|of|for|the|to))*")


def _posts_around_titled_names(text: str) -> list[tuple[str, Optional[str]]]:
    found, end = [], 0
    for name in _TITLED_NAME.finditer(text):
        post = text[end:name.start()].strip()
        if not _POST_WORDS.fullmatch(post):
            return []  # (read no further: a list of thousands of names has no posts between them)
        found.append((name.group(0), post))
        end = name.end()
    return found if len(found) >= 3 and not text[end:].strip(" ,.") else []


# Compiled once: split_names reads every entry of a list, and a hostile list has thousands.
# "Chairman Cllr Mrs Shewell", "Mayor’s Chaplain Mr M Cavanagh", "Standing Invitee Cllr ...":
# an office or a post before a title.
_OFFICE_BEFORE_TITLE = re.compile(
    r"^(Chairman|Chair|Vice[- ]Chairman|Vice[- ]Chair|Mayor|Deputy[- ]Mayor|Lord Provost|Depute Provost|Provost|Bailie)\s+(?=[^\s(]+\s)")
_POST_BEFORE_TITLE = re.compile(
    r"^(?!(?:Cllrs?|Councillors?)\s)((?:[A-Z][a-z’']+\s){1,4}?)(?=(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Rev|Revd)\.?\s+[A-Z])")
_MEMBER_KIND_BEFORE_TITLE = re.compile(
    r"^(?:[Tt]he\s+)?((?:[A-Z][A-Za-z]+\s){0,3}(?:Member|Representative|Invitee|Observer)\s)(?=(?:Cllr|Councillor)\.?\s+[A-Z])")
_NAME_FROM_BODY = re.compile(r"(?:^|(?<=,\s)|(?<=\sand\s))((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?[A-Z][a-z]+\s(?:Mc|O[’'])?[A-Z][\w’'-]+)\s+from\s+(?:the\s+)?"
                             r"([A-Z][\w&’'-]*(?:\s[A-Z][\w&’'-]*){0,4})(?=\s*(?:[,;]|\band\b|$))")
_POST_NOUN = re.compile(r"(?:[A-Z][a-z]+\s){0,3}(?:Ranger|Warden|Officer|Manager|Adviser|Advisor|Engineer|Co-?ordinator|Surveyor|Planner)")
_POST_THEN_BRACKETED_NAME = re.compile(
    r"(?:^|(?<=[,;)]\s)|(?<=\sand\s))(?P<post>(?:[A-Z][a-z]+\s){0,3}(?:Clerk|RFO|Secretary|Treasurer|Minute\sTaker|Officer))\s"
    r"\((?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s(?:[A-Z]\.?\s){0,3}|(?:[A-Z]\.?\s){1,3}|[A-Z][a-z]+\s)[A-Z][a-z][\w’'-]*)\)")
_NAME_START = re.compile(r"(?:Mrs?|Ms|Miss|Dr|[A-Z]\.?)\s")


_TITLE_RUNS_ON = re.compile(r"(\b[A-Z]\.?\s(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*|,\s(?:MBE|OBE|CBE|BEM|JP))"
                            r"\s+(?=(?:Cllr|Ald)\.?\s(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s)?[A-Z]\.?\s)")


_BODY_ENTRY = re.compile(r"(?:^|(?<=,\s))(?:Representatives?\s+(?:of|from)\s+)?(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:&\s+|and\s+|of\s+)?){1,8}"
                         r"(?:Trust|Group|Association|Partnership|Authority|Board|Office|(?:City|Borough|District|County)\s+Council)(?=,|$)")
_TITLE_WORD = r"(?:Mr|Mrs|Ms|Miss|Dr|Revd|Rev|Reverend|Prof|Professor|Sir|Dame|Lady|Lord)\.?\s"
_TITLED_COMMA_POST = re.compile(
    rf"(?P<name>{_TITLE_WORD}(?:[A-Z]\.?\s){{0,3}}(?:[A-Z][a-z]+\s)?{SURNAME}),\s(?P<post>(?!{_TITLE_WORD}|(?:Cllr|Councillor)s?\b)[A-Z][\w’'-]*(?:\s(?!{_TITLE_WORD})(?:[A-Z][\w’'-]*|of|and|the|for|&))*)"
    rf"(?=\s{_TITLE_WORD}[A-Z]|$)")
_TITLED_DASH_POST = re.compile(
    rf"(?:^|(?<=,\s))(?P<name>{_TITLE_WORD}(?:[A-Z]\.?\s){{0,3}}(?:[A-Z][a-z]+\s)?{SURNAME})\s[–—-]\s"
    rf"(?P<post>(?!{_TITLE_WORD})[A-Z][^,()]*(?:,\s(?!{_TITLE_WORD}|(?:Cllr|Councillor)\b|(?:[A-Z]\.?\s){{1,3}}[A-Z])[A-Z][^,()]*)*)(?=,\s|$)")
_FORENAME_SURNAME_PAIRS = re.compile(rf"(?:^|(?<=,\s))(?:[A-Z][a-z]+\s{SURNAME}\s){{2,5}}[A-Z][a-z]+\s{SURNAME}(?=,|$)")
_NOT_PLAIN_NAMES = re.compile(r"\b(?:Council|Councillors?|Community|Centre|Meeting|Room|Hall|Police|Parish|Town|Committee|Chair|"
                              r"Vice|Member|Officer|Clerk|Ward|Road|Street|School|Church|Group|Club)\b")


def _pairs_of_names(run: re.Match) -> str:
    """"Alda Clark Edwin Fisher Helen MacConnacher" -> "Alda Clark, Edwin Fisher, Helen MacConnacher"."""
    words = run.group(0).split()
    if _NOT_PLAIN_NAMES.search(run.group(0)) or any(w.lower() in vocabulary().role_words for w in words):
        return run.group(0)
    return ", ".join(" ".join(words[i:i + 2]) for i in range(0, len(words), 2))


_RUN_SURNAME = r"(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*"
_RUN_ENTRY = rf"{_RUN_SURNAME}(?:[,.]\s[A-Z]{{1,2}}\.?(?:[A-Z]\.)*(?=\s|$))?"
# "Councillors Allan Foster Oliver Thompson Atkinson Francis Padgett Trueman, D. Ball Gibson, E Porthouse ...": a table
# of surnames in columns read row by row, namesakes with their initials after a comma
SURNAMES_RUN_TOGETHER = re.compile(rf"(?:^|(?<=[\s,]))(?P<title>Councillors|Cllrs)\s+(?P<run>{_RUN_ENTRY}(?:\s{_RUN_ENTRY}){{9,}})(?=\s*$|\s+The\s)")  # (a flattened page's next sentence after it)
_NAMESAKE = re.compile(rf"(?<![\w’'-])(?P<surname>{_RUN_SURNAME})[,.]\s(?P<initials>[A-Z]{{1,2}}\.?(?:[A-Z]\.)*)(?=\s|$)")


def surnames_run_together(text: str) -> str:
    """The run of surnames as a list: "Councillors Allan, Foster, ...,
    D. Trueman, Ball, E Gibson, ...".  Only where two or more namesakes
    carry initials after a comma: without them "Allan Foster Oliver
    Thompson" could as well be two people's forenames and surnames."""
    found = SURNAMES_RUN_TOGETHER.search(text)
    if not found or len(_NAMESAKE.findall(found.group("run"))) < 2:
        return text
    run = _NAMESAKE.sub(lambda m: f"{m.group('initials')}\u00a0{m.group('surname')}", found.group("run"))
    return f"{text[:found.start()]}{found.group('title')} {', '.join(run.split(' '))}{text[found.end():]}".replace("\u00a0", " ")


# "Councillors Acomb Joy Andrews Paul Andrews Steve Arnold Val Arnold (Chairman) Bailey Burr MBE ...", "Councillors
# Akers-Belcher Allison Atkinson Barker Brash R W Cook ...": a table of surnames in columns read row by row, without
# commas; its words are surnames, initials, honours, a role in brackets
_COLUMN_TITLE = re.compile(r"^(?P<title>Councillors|Cllrs)\s+(?=[A-Z])")
_COLUMN_TOKEN = re.compile(r"\([^()]{1,40}\)|[^\s()]+")
_COLUMN_INITIAL = re.compile(r"[A-Z]\.?")
# a title, a label or a heading's word: no surname in a members' table ("Officers", "Mr", "Present")
_COLUMN_NOT_SURNAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?|Councillors?|Officers?|Present|Apologies|Attendance|Also|Absent)\.?")
#: Surnames a run of them needs before it is read as a table's columns.
COLUMN_SURNAMES = 10


def surnames_in_columns(text: str) -> list[tuple[str, Optional[str]]]:
    """``"Councillors Acomb Joy Andrews Paul Andrews ... Farnell Frank
    Gardiner (Vice-Chairman) ..."`` -> ``[("Councillor Acomb", None),
    ("Councillor Joy Andrews", None), ("Councillor Paul Andrews", None), ...,
    ("Councillor Frank", None), ("Councillor Gardiner", "Vice-Chairman"),
    ...]``.  Councils list members by surname, and set apart namesakes by
    their initials ("R W Cook") or forenames ("Joy Andrews") before the
    surname: initials always open the next entry, and a forename opens it
    only where the surname after it is printed more than once (else
    "Frank" in "Farnell Frank Gardiner" is a member's surname).  Empty
    unless the text is nothing but such a run, ten surnames or more, and
    few of them known forenames."""
    opening = _COLUMN_TITLE.match(text)
    if not opening or re.search(r"[,;:]", text):
        return []
    vocab = vocabulary()
    tokens = _COLUMN_TOKEN.findall(text[opening.end():])
    surnames = [token for token in tokens if _RUN_NAME_SURNAME.fullmatch(token)]
    if len(surnames) < COLUMN_SURNAMES or not all(
            _RUN_NAME_SURNAME.fullmatch(token) or _COLUMN_INITIAL.fullmatch(token) or token.startswith("(")
            or token in vocab.honours for token in tokens):
        return []
    if any(_COLUMN_NOT_SURNAME.fullmatch(token) or token.lower() in vocab.role_words for token in tokens):
        return []  # ("... Lee Wood Officers Mrs K Lee Town Clerk", "... Wood Mr T Hughes (Clerk)": the members' run ended)
    title = vocab.plural_titles[opening.group("title").lower()]
    printed = Counter(surnames)
    found: list[list] = []
    opened: list[str] = []  # initials or a forename waiting for their surname
    for position, token in enumerate(tokens):
        if token.startswith("(") or token in vocab.honours:
            if opened or not found:
                return []  # ("R (Chair)": a role or an honour where a surname should be)
            if token.startswith("("):
                found[-1][1] = token[1:-1].strip()
            else:
                found[-1][0] = f"{found[-1][0]}, {token}"
            continue
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        if _COLUMN_INITIAL.fullmatch(token) or (
                not opened and token in vocab.forenames and printed[following] > 1 and _RUN_NAME_SURNAME.fullmatch(following)):
            opened.append(token)
            continue
        found.append([f"{title} {' '.join(opened + [token])}", None])
        opened = []
    # ("Councillors Alyson Keane (Chairman) Doug Webb (Vice Chairman) Maureen Addy ...": forenames and surnames in
    # turn, read elsewhere, where many an entry would be a forename alone)
    alone = sum(1 for name, _ in found if name.split()[-1] in vocab.forenames and len(name.split()) == 2)
    return [] if opened or alone * 4 >= len(found) else [(name, role) for name, role in found]


#: How much of a text :func:`split_names` reads.
LONGEST_LIST = 8000


# "Friends of Horsehay Pool": a supporters' group, named as such groups are
_FRIENDS_OF = re.compile(r"^Friends\s+of\s+(?:the\s+)?[A-Z]")


def is_organisation(name: str) -> bool:
    """"Derbyshire Constabulary", "Melton Parish Council", "Friends of Horsehay Pool": a body, never a person attending."""
    return bool(_ORGANISATION.match(name.strip()) or _FRIENDS_OF.match(name.strip()))


_GLUED_INITIALS = re.compile(r"(?<=[a-z]{2})(?=(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s)?[A-Z]\.\s?(?:[A-Z]\.\s?){0,2}(?:Mc|O[’'])?[A-Z][a-z])")


_SHOUTED_OFFICE_HOLDER = re.compile(
    r"(?:^|(?<=\s))(?P<post>(?:(?:DEPUTY|VICE)[\s-])?(?:CHAIR(?:MAN|PERSON)?|MAYOR|CONVENER|PROVOST))\s?:\s+"
    r"(?P<name>(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?:[A-Z]\.?\s){0,3}(?:Mc|O[’'])?[A-Z][a-z][\w’'-]*)(?=\s+[A-Z]|,|$)")
_OFFICE_OVER_HONOURABLE = re.compile(r"^(?P<office>(?:LORD\s+)?PROVOST|(?:LORD\s+)?MAYOR|CONVENER)\s+(?:The\s+)?(?:Right\s+Honourable|Rt\.?\s+Hon\.?)\s+"
                                     r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][\w’'-]+){1,2})(?=\s*(?:,|$))")
_EMPLOYER = re.compile(r"[A-Z][\w&’'-]*(?:\s(?:[A-Z][\w&’'-]*|and|&|of|the|for)){1,4}")
# (a body's word: "Audit Scotland", "Wiltshire Council", "Thames Valley Police", "Places for People Trust")
_EMPLOYER_WORD = re.compile(r"\b(?:Council|Scotland|Wales|England|Police|Constabulary|Trust|Authority|Audit|Agency|Board|"
                            r"Commission|Partnership|Association|Group|Ltd|Limited|Service|Services)\b")


def is_post_word(word: str) -> bool:
    """A word posts are made of ("senior", "democracy") or end on ("auditor"), in lower case."""
    vocab = vocabulary()
    return word in vocab.post_heads or word in vocab.post_words


def _post_words_only(text: str) -> bool:
    """"Senior Auditor": every word one posts are made of, ending on a post's head."""
    words = text.lower().split()
    return (1 <= len(words) <= 6 and words[-1] in vocabulary().post_heads
            and all(is_post_word(word) or word in POST_JOINERS for word in words))


_KIND_WORD = r"(?!(?:Borough|County|District|City|Town|Parish|Community|Ward)\b)"  # ("Councillor L Steel Borough Councillor P Cruddas")
_TITLED_PIECE_PATTERN = rf"(?:Cllr|Councillor)\.?\s(?:{_KIND_WORD}[A-Z][\w’'-]*\.?\s){{0,3}}{_KIND_WORD}(?:Mc|O[’'])?[A-Z][a-z][\w’'-]*"
_TITLED_THEN_TITLE = re.compile(rf"((?<![\w.]){_TITLED_PIECE_PATTERN})\s(?=(?:Cllr|Councillor)\.?\s[A-Z])")
_TITLED_PIECE = re.compile(_TITLED_PIECE_PATTERN)
_COURTESY_PIECE_PATTERN = r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s(?:[A-Z][\w’'-]*\.?\s){0,3}(?:Mc|O[’'])?[A-Z][a-z][\w’'-]*"
_COURTESY_THEN_COURTESY = re.compile(rf"((?<![\w.]){_COURTESY_PIECE_PATTERN})\s(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?\s[A-Z])")
_COURTESY_PIECE = re.compile(_COURTESY_PIECE_PATTERN)


_INITIALLED_THEN_TITLE = re.compile(r"((?<![\w’'.-])(?P<title>Councillor|Cllr|PCSO|Mrs|Mr|Ms|Miss|Dr)\.?\s[A-Z]\.?\s(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*)"
                                    r"\s(?=(?P<next>Councillor|Cllr|PCSO|Mrs|Mr|Ms|Miss|Dr)\.?\s[A-Z])")


def _title_kind(title: str) -> str:
    return {"Cllr": "Councillor", "Mrs": "Mr", "Ms": "Mr", "Miss": "Mr", "Dr": "Mr"}.get(title, title)


def _commas_between(text: str, then_title: re.Pattern, piece: re.Pattern) -> str:
    """Commas put back between titled names run together, where every piece then reads as one such name."""
    commas = then_title.sub(r"\1, ", text)
    return commas if commas != text and all(piece.fullmatch(part.strip()) for part in commas.split(",")) else text


#: Titles, ranks and honorifics written short, whose full stop ends neither a name nor a sentence ("Cyng. J Jones",
#: "Supt. J Smith", "Rt. Hon. John Smith MP"): one list for every reader that cuts at a stop (attendance's
#: sentence end, names' stop between names), so that they cannot disagree.
TITLE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Cllr", "Cllrs", "Cyng", "Coun", "Ald", "Rev", "Revd", "Fr",
                       "Prof", "Messrs", "Capt", "Col", "Lt", "Sgt", "Insp", "Supt", "Hon", "Rt",
                       "Ven")  # ("Cllr Ven. A Jevons": the Venerable, an archdeacon)
#: Other short forms inside a name or before one: abbreviated forenames ("Md. Maium Miah", "Thos."), generations, a
#: district's or county's prefix ("Dist. Cllr S. Wright").
_NAME_ABBREVIATIONS = ("Md", "Mohd", "Muhd", "Wm", "Chas", "Thos", "Jas", "Geo", "Robt", "Snr", "Jnr", "Jr", "Sr", "St",
                       "Ltd", "Co", "Dist", "Cty", "Cnty", "Boro")
_STOP_BETWEEN_NAMES = re.compile(r"((?<![\w’'.-])(?!(?:" + "|".join(TITLE_ABBREVIATIONS + _NAME_ABBREVIATIONS) + r")\.)"
                                 r"(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]{0,30}|\))\.\s+(?=[A-Z])(?!(?:Cllrs?|Councillors?)\b)")


def unglue_initials(text: str) -> str:
    """"J. W. ColeA. W. Eden" -> "J. W. Cole, A. W. Eden": a two-column
    table's cells run together, the next name's initials glued to the
    surname before them."""
    return _GLUED_INITIALS.sub(", ", text)


_CLERKS_QUALIFICATION = r"(?:CiLCA|CILCA|MILCM|FILCM|PSLCC|FSLCC)(?=[\s(,]|$)"
_QUALIFICATIONS = re.compile(r"(?<=[a-z])(?:\s(?:BA|MA|MBA|BSc|MSc|PhD|LLB|LL\.B|LLM|BEd|MEd|BEng|MEng|CEng|FCA|ACA|MRTPI)\.?"
                             rf"(?:\s?\((?:Hons|Open|Oxon|Cantab)\))?){{1,4}}(?:,?\s{_CLERKS_QUALIFICATION})?(?=[\s,;(]|$)"
                             rf"|(?<=[a-z)]),\s{_CLERKS_QUALIFICATION}")


def without_degrees(text: str) -> str:
    """"G. Woodham MBA (Open) LL.B (Hons)" -> "G. Woodham", "Sarah Linfield
    BSc (Hons), CiLCA (Parish Clerk/RFO)" -> "Sarah Linfield (Parish
    Clerk/RFO)": a member's degrees or a clerk's qualifications, no part of
    the name and no one else's."""
    return _QUALIFICATIONS.sub("", text)


_INITIALLED_THEN_FORENAME = re.compile(r"((?<![\w’'.-])(?:Mr|Mrs|Ms|Miss|Dr)\.?\s(?:[A-Z]\.?\s){1,3}(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*)"
                                       r"\s(?P<next>[A-Z][a-z]+\s(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*)(?=\s\([A-Z]{2,6}\))")


def split_names(text: str) -> list[tuple[str, Optional[str]]]:
    """``"Mr R W Gough (Chairman), Sir Paul Carter, CBE and Mr D Ross"`` ->
    ``[("Mr R W Gough", "Chairman"), ("Sir Paul Carter, CBE", None), ("Mr D Ross", None)]``.

    Honours after a comma stay with the name before them; a plural title
    ("Councillors A, B and C") is given to each name.
    """
    vocab = vocabulary()
    # (no list of names runs on this long: the longest in 347 development and Kent documents is 1,225 characters; a
    # hostile line of 100,000 would pass through every normaliser below)
    text = re.sub(r"\s+", " ", text[:LONGEST_LIST]).strip().rstrip(".").strip()
    if not text:
        return []
    if re.fullmatch(r"(?:Councillors|Cllrs|COUNCILLORS|Members)\s?:?", text):
        return []  # "Other Members: Councillors:" over a grid of names: the names' title, no one's name
    text = re.sub(r"^((?i:councillors|cllrs))\s?:,?\s*(?=[A-Z])", r"\1 ", text)  # "Councillors: Mrs M H Black P Brannigan ..." (its own line), "Cllrs :Dafydd"
    # "Police: PCSO: D. Fenner": a police rank set as a label of its own, the title of the name after it
    text = re.sub(r"^(PCSO|PC|Sgt|Sergeant|Inspector|Insp)\s?:\s*(?=[A-Z])", r"\1 ", text)
    text = re.sub(r"(?<=\S)\s\[[^\[\]]{1,40}\](?=\s|,|$)", "", text)  # "DJ Lee [from 119/00]": a note on when, not the name
    # "J. W. ColeA. W. Eden", "D. R. SinnettMrs. Y. G. Southwell": a two-column table's cells run together, the
    # next name's initials glued to the surname before them
    text = unglue_initials(text)
    # "... K. Topping, S. Younger. I Duncan & D. Gilbert", "Michael Cook (SBC Cllr). P.C. Richard Toward": a full stop,
    # not a comma, after a surname (or a bracket) and before the next name (not a title's or an initial's stop)
    text = _STOP_BETWEEN_NAMES.sub(r"\1, ", text)
    # "Councillor R Evans (Chairman) presided COUNCILLORS: R M Davies, M Evans, ...": the chair, then the members
    text = re.sub(r"(?<=\))\s+presided\b(?:\s+(?:COUNCILLORS|Councillors|Cllrs)\s*:)?\s*(?=[A-Z])", ", ", text)
    # "CHAIR: R Llewellyn DEPUTY CHAIR: G Thomas": offices in capitals, each before its holder
    text = _SHOUTED_OFFICE_HOLDER.sub(lambda m: f"{m.group('name')} ({m.group('post').title()}),", text).rstrip(",")
    # "LORD PROVOST The Right Honourable Donald Wilson": the office in capitals over its holder, styled by it
    text = _OFFICE_OVER_HONOURABLE.sub(lambda m: f"{m.group('name')} ({m.group('office').title()})", text)
    # "Cllr I Seviour, Mayor of Wilton in the Chair": his office, and the town's name in it
    text = re.sub(r",\s+((?:Deputy\s+)?(?:Town\s+)?Mayor\s+of\s+[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)(?:\s+in\s+the\s+[Cc]hair)?(?=\s*(?:,|$))",
                  r" (\1)", text)
    # "Councillor Stubbs in the Chair Councillors Armstrong and R Barnes": the chair, then the members, no comma between
    text = re.sub(r"(?<=[a-z])\s+in\s+the\s+[Cc]hair,?(?=\s+[A-Z]|$)", " (Chair),", text).rstrip(",")
    columns = surnames_in_columns(text)
    if columns:
        return columns
    # "Mr. C. P. Wayman Town Clerk Mrs. N. Stockill Committee Clerk ...": each entry by its title, its post after the name
    run_on = titled_entries_run_on(text)
    if run_on:
        return run_on
    # "Cllr Nick Young, Cllr Paul Knill Cllr Jeff Garraway": a titled name, then the next title without the comma, in a
    # list of titled names alone (not "... Cllr L Pepperell Rev Fr N Cale, Mayor’s Chaplain ...", read by posts)
    text = _commas_between(text, _TITLED_THEN_TITLE, _TITLED_PIECE)
    # "Mr Roddy Mackay Mr Calum Maclean", "Mr Malcolm Burr Ms Morag Ferguson ...": names each with a courtesy title, one
    # a line, flattened
    text = _commas_between(text, _COURTESY_THEN_COURTESY, _COURTESY_PIECE)
    # "Parish Clerk PCSO K Stackhouse Councillor M Wilcox, Leader": a name by initial and surname, then the next
    # person's title, one a line, flattened
    # (between titles of two kinds only: "Mr Iain A Macneil Mr Angus McCormack ..." is read whole further on)
    text = _INITIALLED_THEN_TITLE.sub(lambda m: f"{m.group(1)}, " if _title_kind(m.group("title")) != _title_kind(m.group("next"))
                                      else m.group(0), text)
    # "APOLOGIES Mr H Harrop Michael Duncan (SIC)": a courtesy title, initials and surname, then the next person by
    # forename and surname and the initials of whom they come from, one a line, flattened
    text = _INITIALLED_THEN_FORENAME.sub(lambda m: m.group(0) if any(
        is_post_word(word) or word.lower() in vocab.role_words or word.lower() in vocab.titles for word in m.group("next").split())
        else f"{m.group(1)}, {m.group('next')}", text)
    unmarked = (names_then_posts_unmarked(text) or names_then_councils(text) or names_comma_posts_run_on(text)
                or shouted_surnames_then_posts(text) or posts_run_together(text))
    if unmarked:
        return unmarked
    text = without_degrees(text)
    # "Councillor Brown, Burrell, Hayes, Jones, P Kelly, ...": a singular title over a list of surnames, one title for all
    singular = _SINGULAR_OVER_SURNAMES.match(text)
    if singular and singular.group("next").lower() not in vocab.role_words and singular.group("next").lower() not in vocab.titles:
        text = f"{singular.group('title')}s {text[singular.end('title'):].lstrip()}"
    # "Mr and Mrs Norris": two people of one name
    text = re.sub(r"\b(Mr|Dr)\.?\s+(?:and|&)\s+(Mrs|Ms|Dr)\.?\s+((?:[A-Z]\.?\s){0,3}(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+)", r"\1 \3, \2 \3", text)
    # "... County Councillor Thorne PUBLIC SPEAKINGNo Participants ...": the next heading, in capitals, run on
    text = _CAPS_HEADING_RUN_ON.sub("", text)
    text = surnames_run_together(text)
    text = re.sub(r"(?<=[a-z])-\s(?=[A-Z][a-z])", "-", text)  # "Cllr Rhys Bebb- Jones": a double-barrelled name broken at its line's end
    # "J. P. Candy, Chair, Seaton Ward * Ms. M. E. Temlett, Vice-Chair, Downderry Ward G. A. J. Beach, ...": each member's
    # ward ends the entry, the next name after it with no comma
    # (a list of members by ward names several; one "Rob Ward" is a member's name)
    by_ward = len(_PLACE_WARD.findall(text)) >= 3
    if by_ward:
        text = _STAR_KEY.sub(", ", text).rstrip(", ")
        text = re.sub(r"(?<=\bWard)((?:\s\([^()]{1,30}\))?(?:\s\*)?)\s(?=(?:Mrs?|Ms|Miss|Dr)\.?\s|[A-Z]\.\s?[A-Z])", r"\1, ", text)
    if text.count(")") > text.count("("):
        text = text.replace("))", ")")  # "Cllr M. Blake (Vice Chairman and Chairman of this Meeting)), Cllr H. Blake": a typing slip
    # "The Mayor, Councillor Julian Stanyer Councillors Dr Basu, Backhouse, ...": the plural title starts the members
    # ("Chair – Councillor W Frost Councillors M Coster, A Payne, ...": initials after it too)
    # (not "Parish Councillors Steve Godley": a council's kind before the title is part of it)
    # (nor "..., Dorset Cllrs Roland Tarr and Nick Ireland": one word opening the entry is their council's place)
    text = re.sub(r"(?<=[a-z])(?<!Parish)(?<!Town)(?<!Community)(?<!County)(?<!District)(?<!Borough)(?<!City)(?<!Ward)"
                  r"\s+(?=(?:Councillors|Cllrs|Aldermen|Alderpersons)\s+(?:Dr|Mrs|Mr|Ms|Miss)?\s?(?:[A-Z][a-z]|[A-Z]\.?\s[A-Z]))",
                  lambda m: " " if _PLACE_OPENING.search(text, max(0, m.start() - 40), m.start()) else ", ", text)
    # "Councillors Holmes, Carter, Faithfull, Giles, Pang, (Town Ward), ...": a ward after the comma is the names' before it;
    # "Bartlett, Gori (North Ward) together with the Town Clerk": the clerk another entry
    text = re.sub(r",\s*(?=\([^()]{1,40}\))", " ", text)
    # ("... Wyn Roberts together with County Councillor ...", "Wyn Robertstogether with": a lost space)
    text = re.sub(r"(?:(?<!\s)\s+|(?<=[a-z]))together\s+with\s+(?=the\s|[A-Z])", ", ", text)
    # "Borough and County Councillor J. Pert": one person, a councillor of two councils
    text = re.sub(r"\b(District|Borough|City|County)\s+(?:and|&)\s+(?=(?:District|Borough|City|County)\s+(?:Councillor|Cllr)\b)",
                  "", text)
    # ("County Councillor & District Councillor D. Ritchie": the title said twice, one person)
    text = re.sub(r"\b(?:District|Borough|City|County)\s+(?:Councillor|Cllr)\s+(?:and|&)\s+(?=(?:District|Borough|City|County)\s+(?:Councillor|Cllr)\s+[A-Z])",
                  "", text)
    # "Mike Jefferis – Chair Helen Cook – Vice Chair ... Jan Johnston - Treasurer Alda Clark Edwin Fisher Helen
    # MacConnacher": a table's rows run together, each post after a dash ending its holder's entry, then
    # forenames and surnames in turn (three or more pairs: no one name has six words)
    text = re.sub(r"(\s[–—-]\s(?i:(?:Vice[- ])?(?:Chair(?:man|woman|person)?|Secretary|Treasurer|Convener|President)))\s+(?=[A-Z][a-z])",
                  r"\1, ", text)
    text = _FORENAME_SURNAME_PAIRS.sub(_pairs_of_names, text)
    # "Councillor(s) Councillor(s) Councillor(s) C Anderson P M Black ...": a three-column table's heads, one plural title
    text = re.sub(r"\b(Councillor|Cllr)\(s\)", r"\1s", text)
    text = re.sub(r"\b(Councillors|Cllrs)(?:\s+\1\b)+", r"\1", text)
    # "Cllrs – Mark Clayton, ..." (not "Parish Councillors – T Bond (Terry)": a group's label, read with its holders)
    text = re.sub(r"(?<!Parish\s)(?<!Town\s)(?<!Community\s)\b(Councillors|Cllrs)\.?\s?[–—-]\s?(?=[A-Z])", r"\1 ", text)
    # "In Attendance: Representatives of Northern Health & Social Care Trust" / "Mr Tony Stevens, ...": whom the
    # next names came from, a heading among them and no one's name
    text = _BODY_ENTRY.sub("", text).strip(", ")
    # "Mr Kelso, Director of Public Health and Infrastructure Mr McCreesh, Director of Business and Communities
    # Mrs Forde, ...": each titled name with its post after a comma, the next title starting the next entry
    # (the "and" inside a post joins no two people)
    if len(_TITLED_COMMA_POST.findall(text)) >= 2:
        text = _TITLED_COMMA_POST.sub(r"\g<name> (\g<post>),", text).rstrip(",")
    # "Mr R Howe – Planning Legal Manager, Mr P Godwin – Conservation, Design and Landscape Manager, Miss T Lincoln –
    # ...": titled names each with a post after a dash; a comma before a word that is no title stays in the post
    if len(_TITLED_DASH_POST.findall(text)) >= 2:
        text = _TITLED_DASH_POST.sub(r"\g<name> (\g<post>)", text)
    # "Depute Provost Dave King, Leader of the Council John McGinty, Frank Anderson, ...": the office before the name
    text = re.sub(r"(?:^|(?<=,\s))((?:Depute\s|Deputy\s)?Leader\sof\sthe\sCouncil)\s((?:Cllr\.?\s|Councillor\s)?[A-Z][a-z]+(?:\s(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+){1,2})(?=,|$)",
                  r"\2 (\1)", text)
    # "District Councillor (DC) Kevin Dukes": the post's initials between it and the name
    text = re.sub(r"\b((?:District|Borough|City|County)\s+(?:Councillor|Cllr))\s*\([A-Z]{2,3}\)\s+(?=[A-Z])", r"\1 ", text)
    # "W.Cnllr T. Deane", "P.Cnllr S. Pyke": a ward's or the parish's councillor, by another abbreviation
    text = re.sub(r"\b(?:[A-Z]\.\s?)?Cnllr(s?)\b\.?", r"Cllr\1", text)
    # "P.Cllr’s R.McLuckie (RM), P.York (PY), ...": the parish's councillors, the plural with an apostrophe
    text = re.sub(r"(?:\b[A-Z]\.\s?)?\bCllr[’']s(?=\s)", "Cllrs", re.sub(r"\b[A-Z]\.\s?(?=Cllrs?\b)", "", text))
    # "CouncillorR Brown", "CllrsKevin Shenton(Chair), ...", "TonyKillow": lost spaces
    text = re.sub(r"\b(Councillors?|Cllrs?)(?=[A-Z])", r"\1 ", text)
    text = re.sub(r"\)(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s)", "), ", text)  # "Cllr G. John (Mayor)Cllr P. Downing": two cells
    # "Metro Mayor S Rotheram Chairperson of the Combined Authority (in the Chair) Councillor P Davies, ...": the chair's
    # entry ends with its bracket, the members' list after it
    text = re.sub(r"(?<=\S)\s?\((?i:in\sthe\schair)\)\s+(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s[A-Z])", " (in the Chair), ", text)
    text = re.sub(r"(?:^|(?<=,\s)|(?<=\sand\s))(?!Ma?c|Fitz|Van|Von|Del)([A-Z][a-z]{2,})(?=[A-Z][a-z]{2,}(?:,|\sand\b|$))", r"\1 ", text)
    text = _DECISION_AFTER_NAMES.split(text, maxsplit=1)[0]  # "Cllrs Atkin, Forster Resolved: Apologies are accepted"
    text = re.sub(r"(?<=\s)and(?=[A-Z]\.?\s[A-Z])", "and ", text)  # "J Turnbull andA Willis": a space lost
    # "Chair Moira McCrossan (MM), Sec Sue Grant (SG), Scott McMillan (SM), Treasurer John Ferguson (JF), Vice chair Jimmy
    # Mensdorf (JM), ...": a community council's office bearers, each office before the name (the initials the minutes
    # use for them dropped)
    text = _OFFICE_BEARER_BEFORE_NAME.sub(lambda m: f"{m.group('name')} ({m.group('office')})", text)
    # "Mayor Lutfur Rahman Councillor Ann Jackson Councillor Helal Abbas ...": the elected mayor by office, then the
    # councillors each by title, nothing between
    text = re.sub(r"^((?:The\s+)?(?:Elected\s+)?Mayor\s+[A-Z][a-z]+(?:\s(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+){1,2})\s+(?=(?:Councillor|Cllr)\s)", r"\1, ", text)
    # "Philip Ham, County and District Councillor (PH) and Alan Townsend, District Councillor (AT)": each name, then
    # after a comma the council it sits on (the initials the minutes use for them dropped), or the police force
    text = _NAME_COMMA_COUNCILLOR.sub(r"\g<name> (\g<post>)", text)
    text = re.sub(r"(?<=[a-z])\*(?=[\s,]|$)", "", text)  # "Councillor R Rodgers*": a mark the minutes explain elsewhere
    # "Cyng. / Cllrs. M. Williams, M. Wynne a/and L.Hughes", "Mrs M.Rees (clerc / clerk) a Cynghorydd Sir / County
    # Councillor C. Campbell": a bilingual list's Welsh words each before their English, the English kept
    text = without_welsh_doublets(text)
    # "Cllrs R. Atkins, (TWBC) D. Kent, T. Mobbs, R. Moon (TWBC) M. Munday, ...": a marker in brackets set after the comma
    # that ends the name it belongs to
    text = re.sub(r",\s+(\([A-Z]{2,6}\))\s+(?=[A-Z])", r" \1, ", text)
    text = re.sub(r"(?<=[a-z])\s(\([A-Z]{2,6}\))\s+(?=[A-Z]\.?\s[A-Z][a-z])", r" \1, ", text)
    # "Aldermen J Rankin (Chair), M Coyle and A Robinson. Councillors O Beattie, ...": one group, a stop, the next
    text = re.sub(r"(?<=[a-z)])\.\s+(?=(?:Councillors|Cllrs|Aldermen)\s+[A-Z])", ", ", text)
    # "V Saunders (Chairman) B Graham C Naden – Vice Chairman S Jenkinson M Denny ...": an office after a dash, then the
    # next member by initial and surname, nothing between
    text = re.sub(r"(?<=[a-z])\s[–—-]\s((?:Vice[- ]|Deputy\s)?(?:Chair(?:man|woman|person)?|Mayor))\s+(?=[A-Z]\.?\s(?:Mc|Mac|O[’'])?[A-Z][a-z])",
                  r" (\1) ", text)
    # "Councillors Mesdames L Evans, S Schillemore, ...": the ladies' courtesy title after the councillors' own
    text = re.sub(r"\b((?:Councillors|Cllrs)\.?)\s+(?:Mesdames|Messrs\.?)\s+(?=[A-Z])", r"\1 ", text)
    # "D/Cllr I Sanders", "C/Cllr A Tudor": a district's or a county's councillor, abbreviated
    text = re.sub(r"(?<![\w/])([DC])/(Cllr|Councillor)\b", lambda m: f"{'District' if m.group(1) == 'D' else 'County'} {m.group(2)}", text)
    # "Cllr J Wriglesworth Helen Featherstone, YSP": a member by initials, then a guest's forename and surname, a table's
    # cells run together
    text = _TITLED_THEN_FORENAME.sub(lambda m: f"{m.group(1)}, " if m.group("forename") in vocab.forenames else m.group(0), text)
    # "Helen Featherstone, YSP": the body she came from by its initials
    # (after a name alone, not a post: "Ms Alice McAteer, Place Shaper South, NIHE" is her post's employer)
    text = re.sub(r"(?<=[a-z]),\s+([A-Z]{2,6})(?=\s*(?:[,;]|$)|\s+(?:Cllr|Councillor)\b)",
                  lambda m: f" ({m.group(1)})" if m.group(1) not in vocab.honours and _FORENAME_SURNAME.fullmatch(
                      re.split(r"[,;]\s*", m.string[:m.start()])[-1].strip()) else m.group(0), text)
    # "Rob Mayo, Welbeck Estates Ltd": the company he came from, not another person
    text = re.sub(r"(?<=[a-z]),\s+((?:[A-Z][\w&'’-]*\s+){1,4}(?:Ltd|Limited|plc|PLC|LLP|CIC)\.?)(?=,|;|$)", r" (\1)", text)
    text = re.sub(r"\bCyng(?:horydd)?\s?/\s?(?=Cllr|Councillor)", "", text)  # "Cyng/Cllr Aled Jones": Welsh and English titles
    text = re.sub(r"^MEMBERS\s+(?=[A-Z][a-z])", "", text)  # "PRESENT" / "MEMBERS His Worshipful The Mayor ...": a column's label
    # "Mari Rees ac Annwen Daniels", "Rory Francis a Glyn Daniels": the Welsh "and" between two names
    text = re.sub(r"(?<=[a-z])\s+ac?\s+(?=[A-Z][a-z]+\s[A-Z][a-z])", " and ", text)
    # "Chairman Mr TW Scott Vice Chairman Councillor Mrs Haddow Councillors P Burns, ... K Walker Parish Clerk Daniel
    # Metcalf": each office, then its holder, run on after the last name with no comma
    text = _OFFICE_AFTER_NAME.sub(r"\1, ", text)
    text = _OFFICE_BEFORE_TITLED.sub(lambda m: f"{m.group('name')} ({m.group('office')})", text)
    # "The Mayor: Helene Lovell, Deputy Mayor: Nigel Burgess, Councillors: Ivor Jackson, ...": each office, a colon, then
    # its holder
    text = re.sub(r"(?:^|(?<=,\s))(?:[Tt]he\s+)?((?:Deputy\s+|Town\s+)?Mayor|(?:Vice[- ])?Chair(?:man|woman|person)?):\s+"
                  r"([A-Z][a-z]+(?:\s(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+){1,2})(?=,|$)", r"\2 (\1)", text)
    # "The Chairman (Foster) and Councillors, Brockbank, ...": the office, then its holder's surname in brackets
    text = re.sub(r"^(?:[Tt]he\s+)?((?:Deputy\s+|Town\s+)?Mayor|(?:Vice[- ])?Chair(?:man|woman|person)?)\s+\((?!(?:Absent|Present|Apologies|Vacant|Presiding|Elect|Acting|Outgoing|Incoming|Temporary|Designate|Interim)\))"
                  r"((?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*)\)",
                  r"\2 (\1)", text)
    # "Acting Chairman for this meeting, Mr P Moakes, Mrs C Allsop, ...": the office, a comma, then its holder
    text = re.sub(r"^((?:Acting\s+|Vice[- ]|Deputy\s+)?Chair(?:man|woman|person)?(?:\s+for\s+(?:this|the)\s+meeting)?),\s+"
                  r"((?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s[^,;()]{2,40}?)(?=\s*(?:[,;]|$))", r"\2 (\1)", text)
    # "Apologies had also been received from District Councillor, J Kempster.": a comma after the title
    text = re.sub(r"\b((?:District|County|Borough|Town|Parish|City)\s+(?:Councillor|Cllr)),\s+(?=(?:[A-Z]\.?\s)+[A-Z][a-z])", r"\1 ", text)
    # "ALSO: Clerk, Mrs K Houghton; MCC Ward Cllr A Webb": the post, a comma, then its holder by title
    text = re.sub(r"(?:^|(?<=[,;]\s))(?:[Tt]he\s+)?((?:Parish\s+|Town\s+|Deputy\s+|Assistant\s+)?Clerk(?:\s?/\s?RFO)?),\s+"
                  r"((?:Mr|Mrs|Ms|Miss|Dr)\.?\s[^,;()]{2,40}?)(?=\s*(?:[,;]|$))", r"\2 (\1)", text)
    # "The clerk SJ Daniels": the post, then its holder
    # ("Colston Bassett Parish Clerk Nige Mayglothling": the council's place before the post)
    # ("The Parish Council Treasurer Chris Hoy and Clerk to the Council Rebecca Wyatt and 1 parishioner", "Clerk –
    # Jonathan Lazenby")
    text = re.sub(r"(?:^|(?<=[,;]\s)|(?<=\sand\s)(?<!Clerk\sand\s))(?:[Tt]he\s+)?((?:(?:[A-Z][a-z]+\s){0,3}(?:Parish|Town|Community)\s+(?:Council\s+)?)?"
                  r"(?:(?:Deputy|Assistant|Locum|Acting|Interim)\s+)?(?:[Cc]lerk|Treasurer|RFO)(?:\s+to\s+the\s+(?:[A-Z][a-z]+\s+)?Council)?)\s+(?:[–—-]\s+)?"
                  r"((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?:(?:[A-Z]\.?\s?){1,3}|[A-Z][a-z]+\s)[A-Z][a-z][\w’'-]*)(?=[,;]|\s+and\b|$)",
                  lambda m: f"{m.group(2)} ({m.group(1)[0].upper()}{m.group(1)[1:]})", text)
    # "Cllr Alex McNaughton, Ian Asher from the PPG and one member of the public": whom he came from
    text = _NAME_FROM_BODY.sub(r"\1 (\2)", text)
    # "..., Gill Wislocka, CC M James": a councillor of another council by its initials ("CC", "TWC") before the name
    # ("SCC David Fothergill": a county council's initials before a forename in full; not "PC Glenn Spiby", a constable)
    text = re.sub(r"(?:^|(?<=,\s))((?<![A-Z])[A-Z]{1,3}C(?=\s(?:[A-Z]\.?\s){1,3})|[A-Z]{1,2}CC)\s((?:(?:[A-Z]\.?\s){1,3}|(?!(?:Cllrs?|Clrs?|Councillors?|Mrs?|Ms|Miss|Dr)\b)[A-Z][a-z]+\s)(?:Mc|O[’'])?[A-Z][a-z][\w’'-]*)(?=,|$|\s(?:and|&)\s)", r"\2 (\1)", text)
    # "Clerk (Rixon Zvauya) Assistant Clerk (Kara Atkinson)": each post, then its holder in brackets
    # ("Assistant Chief Fire Officer (Human Resources)": the post's department in brackets, words posts are made of)
    text = _POST_THEN_BRACKETED_NAME.sub(lambda m: m.group(0) if all(is_post_word(w) for w in m.group("name").lower().split())
                                         else f"{m.group('name')} ({m.group('post')})", text)
    if "  " not in text and re.search(r"[A-Z]{1,3}\s[A-Z][a-z]", text):
        # "RJ Farrington (chair) JE Coston R Day M Ellwood A Lakhani": initials and a surname
        # each, one after another, where columns lost their spacing
        text = ", ".join(_BEFORE_INITIALS.sub(", ", part) if initialled_run(part) else part for part in text.split(", "))
    text = re.sub(r"(?<=[a-z])(?=(?:Councillor|Cllr)\b)", ", ", text)  # "Councillor C CrossleyCouncillor S Langton": lines run together
    # "... J MacKenna (Vice Chair) Cllr I Campbell J Sanderson (Vice Chair) K Earnshaw (NHS) ...": a titled councillor by
    # initial, then the next member by initial, a table's cells run together
    text = _TITLED_THEN_INITIALLED.sub(r"\1, ", text)
    # "Ald Mrs M Beattie Ald R Cherry, MBE Ald S Hanna ... Cllr B Ashe Cllr Ms D Anderson": a list of
    # titled names by initials with nothing between them, each name ending where the next title starts
    text = _TITLE_RUNS_ON.sub(r"\1, ", text)
    # "Present: / Councillor G Jones (Chairman)", "Councillors / J R Anderson", "J A Leigh / D J Merryweather":
    # a Word table's cells, set apart with " / ", separate names as commas do
    # "Cllrs: Elisabeth Wilson/Janice Hanvidge/Janette MacDonald", "Cris Thacker*/Anne Lyall": names set apart by
    # slashes alone (a footnote's asterisk after one)
    text = _SLASHED_NAMES.sub(lambda m: re.sub(r"\*?/", ", ", m.group(0)).rstrip("*"), text)
    if " / " in text:
        text = re.sub(r"^/\s+", "", text)
        text = re.sub(r"\b(Councillors|Cllrs)\s+/\s+", r"\1 ", text)
        text = re.sub(r"(?<=[a-z)])\s+/\s+(?=(?:[A-Z]\.?\s)+[A-Z]|(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\b)", ", ", text)
    # "Parish Clerk and RFO A M Hounsell": one person's two posts, not two people.
    text = re.sub(r"\bClerk\s+(?:and|&)\s+(RFO|Responsible Financial Officer)\b", r"Clerk/\1", text)
    text = initials_end_names(bracketed_initials_end_names(text))
    text = _COUNCIL_THEN_NAME.sub(r" (\1),", text)
    # "Jane Hope, Interim Chief Executive, CNPA Nick Halfhide, Policy & Projects, CNPA Andy Rinning, ...": the employer's
    # initials after a post, then the next officer's forename and surname
    # (only after a post: not "PC Glenn Spiby", "..., Mr A Webb, CSO Andrew Jones", a title before a name)
    text = _INITIALS_THEN_NEXT_NAME.sub(lambda m: f"{m.group(1)}, " if m.group("forename") in vocab.forenames and (
        is_post_word(m.string[:m.start()].rstrip(", ").rsplit(" ", 1)[-1].lower())) and not (
        m.group(1).lower() in vocab.titles or vocab.police_title.match(m.group(0))) else m.group(0), text)
    # "... Martin Smith Parish Council members: Elizabeth Pearson, ...": a sub-list's label inside the list
    text = re.sub(r"(?<=[a-z])\s+(?:(?:Parish|Town|Community)\s+)?(?:Council\s+)?[Mm]embers\s*:\s+(?=[A-Z])", ", ", text)
    # "Town Mayor Cllr D. J. Goodman Cllr M. Bushell ...": the office before the first name is that member's
    # ("His Worship the Mayor Councillor K. Hartley (in the Chair)": the style and the chair are the office's)
    # ("The Right Worshipful the Mayor Councillor U Mackin": the style of a city's mayor)
    text = re.sub(r"^(?:(?:His|Her)\s+Worship(?:ful)?|(?:The\s+)?Right\s+Worshipful)\s+(?=[Tt]he\s+(?:Mayor|Chair))", "", text)
    text = re.sub(r"^((?:The\s+|the\s+)?(?:Mayor|Chair(?:man|woman)?)\s+(?:Cllr|Councillor)\.?\s[^,()]{2,40}?)\s*\((?i:in\s+the\s+chair)\)",
                  r"\1", text)
    text = _OFFICE_FIRST.sub(r"\g<name> (\g<office>)", _OFFICE_FIRST_THEN_REASON.sub(r"\g<name>", text))
    # "Stephen Ward and Alan Lury Representatives from the Bluebell Pub Campaign": whom they came for
    text = re.sub(r"(?<=[a-z])\s(Representatives?\s(?:from|of)\s[^,;()]{3,80})$", r" (\1)", text)
    text = re.sub(r"(?<=[a-z])-(?=(?:Parish\s+|Town\s+)?(?:Clerk|RFO)\b)", " – ", text)  # "Karen King-Clerk"
    # "..., Colette Winfield with Sam Winter, Town Clerk": the clerk with the members
    text = re.sub(r"(?<=[a-z])\s+with\s+(?=[A-Z][a-z]+\s[A-Z][\w’'-]+,\s+(?:Town\s+|Parish\s+|Deputy\s+|Assistant\s+)?Cl(?:erk|e|$))",
                  ", ", text)
    # "Councillors S.Eyres Chairman, T Fox, ...": the chair's post after the name, without brackets
    text = re.sub(r"(?<=[a-z])(?<!\b[Tt]he)(?<!\bDeputy)(?<!\bVice)\s+((?:Vice[- ])?Chair(?:man|woman|person)?)(?=\s*(?:[,;]|$))",
                  r" (\1)", text)
    posts_first = (posts_then_names(text) or posts_row_then_names_row(text) or names_and_posts_by_semicolons(text) or _posts_around_titled_names(text) or names_then_posts(text)
                   or titled_names_then_posts(text))
    if posts_first:
        return posts_first
    text = re.sub(r"^((?i:councillors|cllrs)):\s*(?=[A-Z])", r"\1 ", text)  # "Councillors:L Maude, ...", "Councillors: J M Andrew"
    # "Interim Parish Clerk: Lesley Hay", "Lengthsman: David Miles": a post and its holder.
    text = re.sub(r"(?:^|(?<=[;,]\s))(?:(?:and\s+)?the\s+)?(?P<post>(?:[A-Z][a-z]+\s){0,3}(?:Clerk|RFO|Secretary|Treasurer|Minute Taker)"
                  r"|[A-Z][a-z]+(?:sman|keeper|taker|warden|ranger)):\s+"
                  r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?[A-Z][a-z]+(?:\s[A-Z][\w’'-]+){1,2})(?=\s*(?:[;,]|\bplus\b|$))",
                  r"\g<name> (\g<post>)", text)
    text = re.sub(r"(?<=[a-z)]):\s(?=[A-Z])", ", ", text)  # "C. Humphries: G. Clere", "Jean Davies (Clerk): Ella Platt"
    text = re.sub(r"\(([^()]{1,6})$", r"(\1)", text)  # "Christina McDough (CM": a cell cut short
    text = re.sub(r"(?<=\w)\s+:\s+(?=[A-Z])", " – ", text)  # "T. Manley : Borough Councillor": a role
    plural_title = None
    # the council's own members ("Cleator Moor Town Councillors M Denwood")
    text = re.sub(r"^(?:[A-Z][\w’'-]*\s+){0,3}(?:Community|Parish|Town)\s+(?=(?:Councillors|Cllrs)\b)", "", text)
    # "Perth & Kinross Council (PKC) Clrs Giacopazzi and Robertson": the council by its initials
    text = re.sub(r"(?:^|(?<=,\s))(?:[A-Z][\w’'-]*\s+(?:&\s+|and\s+)?){1,5}Council\s+\(([A-Z]{2,5})\)\s+(?=(?:Councillors|Cllrs|Clrs)\b)",
                  r"\1 ", text)
    first = text.split(" ", 1)
    # ("Cumbria County Councillors A Lamb and F Morgan": the county's name before it)
    visiting = re.match(r"^((?:[A-Z][a-z]+\s+){0,2}(?:County|District|Borough|City)|[A-Z]{2,5})\s+(\S+)\s", text)
    if first[0].lower().rstrip(":") in vocab.plural_titles and len(first) > 1:
        plural_title = vocab.plural_titles[first[0].lower().rstrip(":")]
        text = re.sub(r"^[–—-]\s+", "", first[1])  # "Aldermen – F Agnew, P Brett"
    elif visiting and visiting.group(2).lower() in vocab.plural_titles:
        # "County Cllrs D Bryan, T Evans and T Tudor": councillors of another council
        plural_title = f"{visiting.group(1)} {vocab.plural_titles[visiting.group(2).lower()]}"
        text = text[visiting.end():]
    names: list[list] = []
    pieces = _split_with_separators(text)
    # "Councillors George and Judith Cooper": two people who share a surname.
    # ("Cllrs S & S Milton": two initials and one surname likewise)
    # ("Councillors Gurung and Louwella Prenter": a surname, then a forename and surname: two people, two surnames)
    if (len(pieces) == 2 and pieces[1][1] in ("and", "&") and plural_title and (
            re.fullmatch(r"[A-Z][a-z]+", pieces[0][0]) and re.fullmatch(r"[A-Z][a-z]+ [A-Z][\w’'-]+", pieces[1][0])
            and pieces[0][0] in vocab.forenames
            or re.fullmatch(r"[A-Z]\.?", pieces[0][0]) and re.fullmatch(r"[A-Z]\.? [A-Z][\w’'-]+", pieces[1][0]))):
        pieces = [(f"{pieces[0][0]} {pieces[1][0].split(' ')[1]}", pieces[0][1]), pieces[1]]
    pieces = _comma_lost_before_and(pieces, plural_title or re.search(r"\b(?:Councillors|Cllrs)\s", text), vocab)
    pieces = _posts_joined_by_and(pieces, vocab)
    closed = False  # "Councillors A and B, C": the title's list ended at "and B"
    collecting = -1  # the name whose post is being read in parts
    the_office = -1  # how many names there were when one was an office alone ("The Mayor")
    last_was_office = last_was_person_office = False
    for position, (piece, separator) in enumerate(pieces):
        if closed:
            plural_title, closed = None, False
        closed = separator in ("and", "&") and plural_title is not None
        bare = piece.strip().strip(".|").strip()
        if separator == ";" and re.match(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s", bare):
            plural_title = None  # "Councillors Philip Capper, ...; Mr. Brian Angell, Ms. Tracey Evans": the next group's own titles
        if bare.startswith(")") and bare.count(")") > bare.count("("):
            bare = bare[1:].lstrip()  # "Ed Rudler(ER),) Marian Kent": a stray bracket between two names
        if not bare:
            continue
        if (names and not names[-1][1] and re.match(r"(?:Cllr|Councillor)\b", names[-1][0])
                and re.fullmatch(r"(?:(?:Town|Parish|Deputy|Assistant)\s+)?Clerk", bare)):
            # "Councillor Taylor, one member of the public and Clerk": a councillor is not the clerk; the clerk, by post
            names.append([bare, None])
            continue
        if bare.upper() in vocab.honours or all(w.upper().strip(".") in vocab.honours for w in bare.split()):
            if names:
                names[-1][0] = f"{names[-1][0]}, {bare}"
            continue
        honour, _, rest = bare.partition(" ")
        if (names and separator == "," and honour.isupper() and honour.strip(".") in vocab.honours
                and re.match(r"[A-Z]\S*\s[A-Z]", rest)):  # (not "GM Richardson": initials and a surname)
            # "D McKay, MLA T McKeown A Patterson ...": the honour is the name's before the comma, the rest more names
            names[-1][0] = f"{names[-1][0]}, {honour}"
            bare = rest
        if (not plural_title and names and _POST_FRAGMENT.fullmatch(bare) and (
                collecting == len(names) - 1 and separator in (",", "&", "and")
                or separator == "," and not names[-1][1] and _FORENAME_SURNAME.fullmatch(names[-1][0]))):
            # "Guests: Sue Parkinson, Waste & Recycling, Education & Awareness officer, MCC": her post, in parts
            joiner = f" {separator} " if separator in ("&", "and") else ", "
            names[-1][1] = f"{names[-1][1]}{joiner}{bare}" if names[-1][1] else bare
            collecting = len(names) - 1
            continue
        post_initials = _POST_WITH_INITIALS.fullmatch(bare)
        if post_initials and names and not names[-1][1]:
            names[-1][1] = post_initials.group(1)  # "Pete Campbell, Chair (PC), Marcus Munro, Vice Chair (MM), ..."
            continue
        dashed = _DASHED_ROLE.match(bare)  # "Team Leader - Committee Services" is an office, "J Smith - Clerk" a name
        office = _OFFICE_WORDS.search(BRACKETED.sub("", bare)) and not (
            dashed and not _OFFICE_WORDS.search(dashed.group(1))) and not _POST_AFTER_NAME.match(
            bare) and not re.search(
            r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b|\b[A-Z]\.?\s[A-Z][a-z]", bare)  # "EDC Clerk J Connelly" names someone
        held_by = _OFFICER_THEN_NAME.match(bare[4:].strip()) if re.match(r"(?i:the)\s", bare) else None
        if held_by and re.fullmatch(r"[-–]\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?[A-Z][a-z]+(?:\s[A-Z][\w’'-]+){1,2}",
                                    bare[4 + held_by.end(1):].strip()):
            names.append([held_by.group(2), held_by.group(1)])  # "and the Clerk – Sarah Partridge": the post, its holder
            continue
        if (office or bare[4:].strip().lower() in vocab.role_words or _CIVIC_HEAD.fullmatch(bare[4:].strip())) and re.match(r"(?i:the)\s", bare):
            # "... and the Interim Corporate Director of Education": someone
            # named by office alone.
            names.append([bare[4:].strip(), None])
            last_was_office = False
            the_office = len(names)
            continue
        if last_was_person_office and separator in ("&", "and") and re.fullmatch(r"[A-Z][a-z]+", bare):
            names[-1][0] = f"{names[-1][0]} & {bare}"  # "Director of Development & Infrastructure"
            continue
        previous_is_office = bool(names) and bool(_OFFICE_WORDS.search(names[-1][0])) and not re.search(
            r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b|\b[A-Z]\.?\s[A-Z][a-z]", names[-1][0])
        if office and (not names or previous_is_office):
            # "In Attendance: Chief Executive, Director of Finance": officers
            # listed by post alone, each one person.
            names.append([re.sub(r"^(?i:the)\s+", "", bare), None])
            last_was_person_office, last_was_office = True, False
            continue
        last_was_person_office = False
        if (not office and previous_is_office and separator == "," and _post_words_only(bare)
                and bare.split()[-1].lower() in vocab.post_heads and not _ONE_HOLDERS_SECOND_POST.search(bare)):
            # "Chief Executive, Economic Development Officer and Committee Clerk": posts alone, each one officer
            # (not "Town Clerk, Responsible Financial Officer": one person's two posts)
            names.append([bare, None])
            last_was_person_office = True
            continue
        if (office or _post_words_only(bare)) and names and separator in (",", ";") and not names[-1][1]:
            # "Councillor H. Cunningham, Deputy Leader/Cabinet Member Place & Environment", "Ms Zahrah Mahmood, Senior
            # Auditor, ..."
            names[-1][1] = bare
            last_was_office = True
            continue
        if (last_was_office and separator == "," and _EMPLOYER.fullmatch(bare) and _EMPLOYER_WORD.search(bare)
                and not any(word in vocab.forenames or word.lower().rstrip(".") in vocab.titles or len(word.rstrip(".")) == 1
                            for word in bare.split())):
            # "Ms Zahrah Mahmood, Senior Auditor, Audit Scotland": whom the officer works for, after the post
            names[-1][1] = f"{names[-1][1]}, {bare}"
            last_was_office = False
            continue
        if last_was_office and separator in ("&", "and") and (
                re.fullmatch(r"[A-Z][a-z]+", bare) or re.fullmatch(r"(?:[A-Z][A-Za-z]+\s|(?:for|of|the)\s){1,5}[A-Z][a-z]+", bare)
                and (separator == "&" or _OFFICE_WORDS.search(bare) or re.search(r"\bManager$", bare))):
            # "... Place & Environment", "Head of Business & Customer Services",
            # "OD and Workforce Planning Manager", "Deputy Leader and Cabinet Member for Planning and
            # Regeneration": the office goes on
            names[-1][1] = f"{names[-1][1]} {separator} {bare}"
            continue
        if (names and separator == "," and re.fullmatch(r"[A-Z]{2,4}", bare) and not names[-1][1]
                and not names[-1][0].split()[-1].isupper()):
            # "R Cree, OD and Workforce ...": a department's letters begin the post (not "Councillors ... GIESS, GRAY,
            # HASELDEN": a surname in a list printed in capitals)
            names[-1][1] = bare
            last_was_office = True
            continue
        last_was_office = False
        following = pieces[position + 1][0].strip() if position + 1 < len(pieces) else ""
        if (names and separator == "," and not names[-1][1] and 2 <= len(following) <= 6 and following.isalpha()
                and following.isupper()
                and following not in vocab.honours
                and re.fullmatch(r"(?:[A-Z][a-z]+\s){1,3}[A-Z][a-z]+", bare)
                and re.match(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s", names[-1][0])):
            # "Ms Alice McAteer, Place Shaper South, NIHE": the post between a name and its body's letters
            names[-1][1] = bare
            last_was_office = True
            continue
        if names and names[-1][1] and separator == "," and _POST_NOUN.fullmatch(bare):
            names[-1][1] = f"{names[-1][1]}, {bare}"  # "Katie Archer – National Trust, Lead Ranger": her post goes on
            continue
        if by_ward and names and _WARD_ALONE.fullmatch(bare):
            # "J. P. Candy, Chair, Seaton Ward *": the member's ward, part of the role
            ward = bare.rstrip(" *")
            names[-1][1] = f"{names[-1][1]}, {ward}" if names[-1][1] else ward
            continue
        if names and (_ORGANISATION.match(bare) or _FORCE.match(bare) and vocab.police_title.match(names[-1][0])):
            # "Mrs P Alder Assistant Clerk and Management Officer, Melton Parish
            # Council": the body the officer serves, part of the role.
            names[-1][1] = f"{names[-1][1]}, {bare}" if names[-1][1] else bare
            continue
        if bare.lower() in vocab.role_words or (re.fullmatch(r"[A-Z]{1,3}C", bare) and names):
            # "Mrs Victoria Whitehead, Councillors, and Mrs Susan Ryding, Clerk",
            # "A Armstrong, EDC": a role standing alone belongs to the name before it.
            if names and bare.lower() not in ("councillors", "councillor") and not names[-1][1]:
                names[-1][1] = bare
            continue
        held = _post_and_holder(bare) if not plural_title else None
        if held:
            names.append(list(held))
            continue
        mayor = _MAYOR_BEFORE_NAME.match(bare)
        if mayor:  # "Executive Mayor Andy Abrahams": an elected mayor, untitled
            names.append([mayor.group("name"), ", ".join(filter(None, (mayor.group("office"), mayor.group("post"))))])
            continue
        # "Chairman Cllr Mrs Shewell": an office before the title.
        leading = _OFFICE_BEFORE_TITLE.match(bare) or _POST_BEFORE_TITLE.match(bare) or _MEMBER_KIND_BEFORE_TITLE.match(bare)
        if leading and leading.group(1).strip().lower().rstrip(".") in vocab.titles:
            leading = None  # "Ald Mrs M Beattie": two titles (an alderman's, a woman's), not a post and a name
        leading_role = leading.group(1).strip() if leading else None  # "Standing Invitee Dr Anusree ..."
        # "Mrs M Spence, Democratic Services Manager Miss K Rendall, ...": a post of several words
        # ending in an officer's title, after a comma, is the post of the name before it too
        posted = bool(leading_role) and bool(re.fullmatch(r"(?:[A-Z][a-z]+\s){1,4}(?:Manager|Officer|Director|Executive|Secretary|Adviser|Advisor)",
                                                         leading_role))
        if (leading_role and names and not names[-1][1] and separator == "," and (not _OFFICE_WORDS.search(leading_role) or posted)
                and not re.match(r"(?:Chair(?:man|woman)?|Vice|Mayor|Deputy)(?:\s|$)", leading_role)):
            # "Rev Fr N Cale, Mayor’s Chaplain Mr M Cavanagh, PCC Link Officer":
            # lines run together; the post after a comma ends the name before it.
            names[-1][1], leading_role = leading_role, None
        if leading:
            bare = bare[leading.end():]
        # "Cllrs Hayward, Hoskins, Richards": a plural title inside the list
        # applies to the names after it.
        inner = bare.split(" ", 1)
        if inner[0].lower() in vocab.plural_titles and len(inner) > 1:
            plural_title = vocab.plural_titles[inner[0].lower()]
            bare = inner[1]
        post = _ROLE_WORDS.match(bare)
        role_only = bool(names and post) and not _NAME_START.match(bare[post.end():].strip() + " ")
        if role_only:
            # "Mr W Grosvenor Clerk and Executive Officer to Melton Parish
            # Council": the part after "and" continues the role, not a name.
            names[-1][1] = f"{names[-1][1]} and {bare}" if names[-1][1] else bare
            continue
        for name, role in _split_run_together(bare):
            name = _LEADING_AND.sub("", name)
            plural_inside = _PLURAL_TITLE_INSIDE.match(name)
            if plural_inside and plural_inside.group(2).lower() in vocab.plural_titles:
                # "M R Harris (Chair) County Councillors A W Davies, ...": the title goes on to the names after it
                plural_title = " ".join(filter(None, (plural_inside.group(1), vocab.plural_titles[plural_inside.group(2).lower()])))
                name = name[plural_inside.end():]
            if names and _LETTERS.fullmatch(name) and not role and names[-1][1] and len(pieces) > 1:
                names[-1][1] = f"{names[-1][1]}, {name}"  # "Director of Housing Services, NIHE"
                continue
            if (names and not names[-1][1] and not role and _OFFICE_WORDS.search(name)
                    and not re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b|\b[A-Z]\.?\s[A-Z][a-z]", name)):
                names[-1][1] = name  # "Mr M Cavanagh, PCC Link Officer County Cllr A Tudor": the post is his
                continue
            role = role or leading_role
            officer = bool(role) and bool(vocab.officer_role.search(role.lower()))
            styled = name.split(" ")[0].lower().rstrip(".") in ("mr", "mrs", "ms", "miss", "dr") and plural_title in ("Councillor", "Cllr")
            if (plural_title and (name.split(" ")[0].lower() not in vocab.titles or styled) and not officer
                    and not name.lower().startswith(vocab.guest_titles) and not name.lower().startswith("the ")
                    and not _COUNCILLOR_WORD.search(name)):
                name = f"{plural_title} {name}"
            visiting = _VISITING_TITLE.match(name)
            if visiting:  # "Eden District Councillor A Armstrong": the title is the role
                name, role = visiting.group(2), role or visiting.group(1)
            if _CAPITAL.search(name) and name.lower() not in _NOT_NAMES and len(name.strip(". ")) > 1:  # ("D, Watson": a stray comma)
                # (not one of a plural title's list: "The Lord Provost, the Depute Provost, Councillors Brown, White and
                # Green": no holder named, Brown one of the members)
                if the_office == len(names) and separator == "," and not plural_title and (
                        name.split(" ")[0].lower().rstrip(".") in vocab.titles or (
                        _FORENAME_SURNAME.fullmatch(name) and name.split(" ")[0] in vocab.forenames)):
                    # "The Mayor, Cllr. D. Hobson", "The Mayor, Stuart Drummond" (an elected mayor, untitled): one
                    # person, the office his
                    names[-1] = [name, role or names[-1][0]]
                    # (one holder: "The Lord Mayor, Councillor Jane Smith (Chair), Councillors Bob Jones, ...": the names
                    # after the holder are more members, not the office's holder again, each replacing the last)
                    the_office = -1
                    continue
                names.append([name, role])
    return _council_initials_among_surnames([pair for n, r in names for pair in _forename_surname_pairs(n, r)])


_DOTTED_COUNCIL = re.compile(r"^([CDB])\.\s?C\.\s+((?:Mc|O[’'])?[A-Z][a-z][\w’'-]+)$")
_TITLED_SURNAME = re.compile(r"^(?:Cllr|Councillor)\.?\s+(?:Mc|O[’'])?[A-Z][a-z][\w’'-]+$")


def _council_initials_among_surnames(found: list[tuple[str, Optional[str]]]) -> list[tuple[str, Optional[str]]]:
    """"Cllrs Davey (Chairman), Baker, ..., Varcoe & Warne & C.C. Knightley":
    where every member is named by title and surname alone, "C.C." (or
    "D.C.", "B.C.") before a surname is another council's councillor, not
    two initials."""
    dotted = [n for n, (name, _) in enumerate(found) if _DOTTED_COUNCIL.match(name)]
    if len(dotted) != 1 or len(found) < 4 or not all(_TITLED_SURNAME.match(name) for n, (name, _) in enumerate(found)
                                                      if n != dotted[0]):
        return found
    match = _DOTTED_COUNCIL.match(found[dotted[0]][0])
    found[dotted[0]] = (match.group(2), f"{match.group(1)}C")
    return found


_NOT_A_FORENAME = {"Ward", "County", "District", "Borough", "City", "Town", "Parish", "Community", "Council", "Mayor", "Chair",
                   "Chairman", "Clerk", "Deputy", "Vice",
                   # "Northern Ireland Ambulance Service": a body's words, not two people's
                   "Service", "Services", "Trust", "Police", "Authority", "Group", "Committee", "Association", "Board",
                   "Partnership", "Society", "Church", "School", "Hospital", "Centre", "Club", "Office", "Department",
                   "Agency", "Ireland", "Scotland", "Wales", "England", "Fire", "Rescue", "Ambulance", "Health", "Care",
                   # "Chief Inspector Brian Anderson": a police rank before the name
                   "Chief", "Inspector", "Superintendent", "Sergeant", "Constable"}
_PLAIN_WORD = re.compile(r"(?:Mc|O[’'])?[A-Z][a-z][a-z’'-]*")


def _forename_surname_pairs(name: str, role: Optional[str]) -> list[tuple[str, Optional[str]]]:
    """"Councillor Maureen Addy Norma Edge Nora O’Leary Jackie Walton": a list
    of forenames and surnames whose commas were lost (one name a line,
    flattened) is that many people; never where a role was given, or an
    initial or an odd word says one person's name is longer.  A longer run
    with titles, initials and honours among the names ("Reg Adair Bruce
    Laughton ... Mike Quigley MBE Allen Clarke Mrs Wendy Quigley ... Michael J
    Cox") is read by :func:`name_run`."""
    words = name.split(" ")
    title = words[0] if words[0].lower().rstrip(".") in vocabulary().titles else None
    plain = words[1:] if title else words
    if role or len(plain) < 4 or len(plain) % 2 or not all(
            _PLAIN_WORD.fullmatch(word) and word.lower() not in vocabulary().titles and word not in _NOT_A_FORENAME for word in plain):
        run = name_run(name) if not role and len(words) >= _RUN_WORDS else []
        return [(entry, None) for entry, _, _ in run] or [(name, role)]  # ("Ward Cllr Michael Jones": one person, a title inside)
    return [(" ".join(filter(None, (title, plain[k], plain[k + 1]))), None) for k in range(0, len(plain), 2)]


#: Words a run of names needs before it is read person by person (no one's name and honours run to ten words).
_RUN_WORDS = 10
_RUN_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Rev", "Revd", "Prof", "Sir", "Dame", "Lady", "Lord", "Cllr", "Councillor")
_RUN_FORENAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")  # "Shirley-Anne Wilson" too
_RUN_INITIAL = re.compile(r"[A-Z]\.?|[A-Z]{2,3}")  # "L B Cooper", "TW Scott"
_RUN_NAME_SURNAME = re.compile(r"(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*")


def name_run(text: str, marks: tuple[str, ...] = (), partial: bool = False) -> list[tuple[str, Optional[str], Optional[str]]]:
    """(name, role, mark) for each person of a run of names with nothing
    between them, as a flattened table of members prints them: "Carol Pepper
    (Chairman) L B Cooper (Vice Chairman) Reg Adair ... Mel Shepherd MBE A Bob
    Cross S Smedley MBE JP Mrs Kay Cutts ...".  Each person is a title or
    none, a forename (and a middle initial) or initials, a surname, then any
    honours and a bracketed role; a word in ``marks`` before a person is the
    register's mark for them ("A": absent).  Empty unless the whole run reads
    so, as four people or more; ``partial``: the people before the first
    words that do not (an excerpt cut in the middle of a name).  Where the
    run does not read so, it is read again by forenames
    (:func:`_run_by_forenames`)."""
    tokens = _UNMARKED_TOKEN.findall(text)
    honours = vocabulary().honours
    entries, index = [], 0
    cut = entries if partial else []
    while index < len(tokens):
        mark = None
        if tokens[index] in marks and index + 2 < len(tokens) and _RUN_NAME_SURNAME.fullmatch(tokens[index + 1]):
            mark, index = tokens[index], index + 1
        start = index
        if tokens[index].rstrip(".") in _RUN_TITLES:
            index += 1
        if index + 1 < len(tokens) and _RUN_FORENAME.fullmatch(tokens[index]) and tokens[index] not in marks:
            index += 1
            # "Michael J Cox": a middle initial, where a surname follows it
            if (index + 1 < len(tokens) and re.fullmatch(r"[A-Z]\.?", tokens[index])
                    and _RUN_NAME_SURNAME.fullmatch(tokens[index + 1]) and tokens[index] not in marks):
                index += 1
        else:
            initials = index
            while index < len(tokens) and index - initials < 3 and _RUN_INITIAL.fullmatch(tokens[index]):
                index += 1
            if index == initials:
                return cut if len(cut) >= 4 else _run_by_forenames(tokens, marks)
        if index >= len(tokens) or not _RUN_NAME_SURNAME.fullmatch(tokens[index]):
            return cut if len(cut) >= 4 else _run_by_forenames(tokens, marks)
        index += 1
        while index < len(tokens) and tokens[index].strip(".,").upper() in honours and tokens[index].strip(".,").isupper():
            index += 1
        role = None
        if index < len(tokens) and tokens[index].startswith("("):
            role, index = tokens[index][1:-1].strip(), index + 1
        entries.append((" ".join(tokens[start:index - (1 if role else 0)]), role, mark))
    return entries if len(entries) >= 4 else _run_by_forenames(tokens, marks)


#: Tokens a run read by forenames may have (the search is linear in them, with a few tries at each), and
#: must have: sixteen, a table of eight two-word names or more, where the plain reading has failed (a short run,
#: four or five names, is as often a sentence's or a post's words as a table's; measured on the blind sets, it
#: cost a name).
_RUN_LONGEST = 600
_RUN_SHORTEST = 16


def _run_by_forenames(tokens: list[str], marks: tuple[str, ...]) -> list[tuple[str, Optional[str], Optional[str]]]:
    """A run of names read person by person where a surname may be two
    words and a forename may have two initials after it ("Elaine Aitken
    Dominic R C Heslop Robert C Aldridge ... Norma Austin Hart Sandy Howat
    ..."): of the ways to cut the run, the one whose people most often open
    with a forename known to the vocabulary (``forenames.txt``), and least
    often have a known forename for a surname.  Empty unless every person
    reads so, four or more, three in four of them opening with a forename
    the vocabulary knows (the plain reading in :func:`name_run` stands
    then)."""
    vocab = vocabulary()
    forenames, honours = vocab.forenames, vocab.honours
    n = len(tokens)
    if not forenames or n > _RUN_LONGEST or n < _RUN_SHORTEST:
        return []
    # (a post's words are no one's name: "Inge Booth Legal, Governance and Democracy Specialist ..." is officers)
    if any(is_post_word(token.strip(",.").lower()) or token.strip(",.").lower() in vocab.role_words for token in tokens):
        return []

    def person(start: int) -> list[tuple[int, float, tuple[str, Optional[str], Optional[str]]]]:
        """(end, score, entry) for each way one person can read from ``start``."""
        index, mark = start, None
        if tokens[index] in marks and index + 2 < n and _RUN_NAME_SURNAME.fullmatch(tokens[index + 1]):
            mark, index = tokens[index], index + 1
        first = index
        if tokens[index].rstrip(".") in _RUN_TITLES:
            index += 1
        if index >= n or not _RUN_FORENAME.fullmatch(tokens[index]) or tokens[index] in marks:
            return []
        known = tokens[index] in forenames
        index += 1
        ways = []
        for initials in range(3):  # "Dominic R C Heslop": up to two middle initials
            if initials and not (index + initials - 1 < n and re.fullmatch(r"[A-Z]\.?", tokens[index + initials - 1])):
                break
            for surnames in (1, 2):  # "Norma Austin Hart": a surname of two words
                surname_end = index + initials + surnames
                if surname_end > n or not all(_RUN_NAME_SURNAME.fullmatch(t) for t in tokens[index + initials:surname_end]):
                    continue
                end = surname_end
                while end < n and tokens[end].strip(".,").upper() in honours and tokens[end].strip(".,").isupper():
                    end += 1
                name_end, role = end, None
                if end < n and tokens[end].startswith("("):
                    role, end = tokens[end][1:-1].strip(), end + 1
                # (a person is worth one, three with a known forename: a known forename taken for a surname, or
                # a surname of two words, costs a little)
                score = ((3.0 if known else 1.0) - 0.5 * sum(t in forenames for t in tokens[surname_end - surnames:surname_end])
                         - (0.25 if surnames == 2 else 0))
                ways.append((end, score, (" ".join(tokens[first:name_end]), role, mark)))
        return ways

    # the best reading of the run from each token on: its score, its first person and where the next starts
    best: list[Optional[tuple[float, tuple, int]]] = [None] * (n + 1)
    best[n] = (0.0, (), n)
    for start in range(n - 1, -1, -1):
        for end, score, entry in person(start):
            if best[end] is not None and (best[start] is None or score + best[end][0] > best[start][0]):
                best[start] = (score + best[end][0], entry, end)
    if best[0] is None:
        return []
    entries, start = [], 0
    while start < n:
        _, entry, start = best[start]
        entries.append(entry)
    if len(entries) < 4:
        return []
    # three in four open with a known forename (no list of them is whole: "Chas", "Cammy"), or the plain reading stands
    if sum(_forename_of(entry[0]) in forenames for entry in entries) * 4 < 3 * len(entries):
        return []
    return entries


def _forename_of(name: str) -> str:
    words = name.split()
    return words[1] if len(words) > 2 and words[0].rstrip(".") in _RUN_TITLES else words[0]


def are_initials(role: str, name: str) -> bool:
    """"RC" for "Cllr. R. Crisp – Chair", "JA" for "Jane Archer", "SMcR" for "Sandra McRitchie", "LMC"
    for "L. Cooney", "DEW" for "D. Wing": the first initial to the
    surname's, with a middle name or two the list does not print."""
    if not re.fullmatch(r"(?:[A-Z]|Ma?c[A-Z]){2,4}", role):  # ("SMcR" for "Sandra McRitchie")
        return False
    name = BRACKETED.sub(" ", name)  # "Einir Williams (Vice-Chairman) EW"
    name = re.sub(r"^(?:County|District|Borough|City|Town|Parish|Community)\s+(?=Cllr|Councillor)", "", name.strip())
    words = [w for w in re.split(r"[\s.]+", re.split(r"\s[–—-]\s", name)[0])
             if w and w.lower() not in vocabulary().titles and w.lower() != "cllr"]
    # ("JMY" for "Julian Michaelson-Yeates": each part of a double-barrelled surname)
    parts = [part for w in words if w[0].isupper() for part in w.split("-") if part[:1].isupper()]
    for letters in ("".join(re.match(r"Ma?c[A-Z]|.", part).group(0) for part in parts), "".join(part[0] for part in parts)):
        if letters and (letters == role or letters[0] + letters[-1] == role
                        or (len(role) <= 4 and role[0] == letters[0] and role[-1] == letters[-1])):
            return True
    return False


# Patterns of the per-name loops, compiled once
# A word of a post, not a name: "Waste", "Awareness officer", "MCC"
_POST_FRAGMENT = re.compile(r"[A-Z][a-z]+(?:\s[a-z]+)*|[A-Z]{2,6}(?:\s[A-Z]{2,8})?")
_POST_WITH_INITIALS = re.compile(r"((?:Vice[- ])?Chair(?:man|person)?|Treasurer(?:/Secretary)?|Secretary(?:/Treasurer)?)\s*\((?:[A-Z]|Ma?c[A-Z]){2,4}\)")
_POST_ALONE = {"chair", "chairman", "chairwoman", "chairperson", "vice-chair", "vice chair", "vice-chairman", "vice chairman",
               "treasurer", "secretary"}
_LEADING_AND = re.compile(r"^(?:and|&)\s+")
_LETTERS = re.compile(r"[A-Z]{2,6}")
_COUNCILLOR_WORD = re.compile(r"\b(?:councillor|cllr)\b", re.IGNORECASE)
_VISITING_TITLE = re.compile(r"^((?:[A-Z][a-z]+\s)?(?:District|County|Borough|Unitary|City)\s(?:Councillor|Cllr)\.?"
                             r"|[A-Z]{1,4}C\s(?:(?:District|County|Borough|City|Ward)\s)?(?:Councillor|Cllr)\.?"  # "WCC County Councillor Peter Tomlinson", "MCC Ward Cllr A Webb"
                             r"|(?!(?:Parish|Town|Community|The|Ward)\s)[A-Z][a-z]{3,}\s(?:Councillor|Cllr)\.?)\s(.+)$")  # "Dorset Cllr Roland Tarr"
_CAPITAL = re.compile(r"[A-Z]")
_OFFICER_BETWEEN = re.compile(r"(?<=[a-z])(?<!Parish)(?<!Town)\s(?=(?:(?:Parish|Town)\s)?(?:Clerk|RFO|Clerk/RFO)\s(?:[-–]\s)?(?:Mrs?|Ms|Miss|Dr|[A-Z]\.?)\s)")
_BREAK_OR_BRACKET = re.compile(r"\x00|(?<=\))\s+(?=[A-Z])")
# ("Clerk to the Council - Mrs. C. Swan MBE": whose clerk, then the holder)
_OFFICER_THEN_NAME = re.compile(r"^((?:(?:Parish|Town)\s+)?(?:Clerk|RFO|Clerk/RFO)(?:\s+to\s+the\s+(?:[A-Z][a-z]+\s+)?Council)?)\s+(?:[-–]\s+)?(.+)$")
_INITIALS_IN_BRACKETS = re.compile(r"^(.*\S)\s*\(((?:[A-Z]|Ma?c[A-Z]){2,4})\)$")
_LIST_GOES_ON = re.compile(r"\s*(?:[,;]|and\b|&|$)")
_INITIALS_TOKEN = re.compile(r"(?<=\S)\s([A-Z]{2,4})(?=[\s,;]|$)")


_BRACKETED_INITIALS = re.compile(r"\(([A-Z]{2,4})\)")
_LEADING_PERSON = re.compile(r"^(?P<name>(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s(?:[A-Z][a-z][\w’'-]*\s){0,2}[A-Z]{2,}[A-Z’'-]*)"
                             r"\s(?P<post>[^()]+?(?:\s\([^()]*\))?(?:\s[A-Z][a-z]+)*)$")
_TITLE_WORDS = re.compile(r"^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Rev|Revd|Sir|Dame)\.?$")


_BEFORE_INITIALS = re.compile(r"(?<=[a-z\])])\s(?=[A-Z]{1,3}\s(?:Mc|O[’'])?[A-Z][a-z])")


def initialled_run(text: str, at_least: int = 3) -> bool:
    """Is ``text`` ``at_least`` names or more, each initials in capitals then
    a surname (a note in brackets after it), with nothing between them?"""
    words = re.sub(r"\s[(\[][^()\[\]]{0,40}[)\]]", "", text).split(" ")
    if len(words) < 2 * at_least or len(words) % 2:
        return False
    return all(re.fullmatch(r"[A-Z]{1,3}", first) and re.fullmatch(r"(?:Mc|O[’'])?[A-Z][a-z][\w’'-]*", surname)
               for first, surname in zip(words[::2], words[1::2]))


def bracketed_initials_end_names(text: str) -> str:
    """"Drew Russell (DR) Chair Cllr Alison Evison Aberdeenshire Council (AE)
    Sharon Park (SP) Secretary ...": each name followed by its initials in
    brackets, the post of the one before and the council of the one after
    between them and no commas.  The initials find each name (the words they
    spell, just before); what stands between two names is the earlier one's
    post, then the later one's title.  Only where two or more brackets spell
    the words before them, and every bracket of initials does."""
    initials = _BRACKETED_INITIALS.findall(text)
    if "|" in text or re.search(r",(?!\s*\()", text) or len(initials) < 2:
        return text  # (commas, but for a stray one before a bracket, or a table's cells: the list's own separators)
    found = []  # (name start, name end, bracket start, bracket end)
    last = 0
    for match in _BRACKETED_INITIALS.finditer(text):
        words = list(re.finditer(r"[^\s(),]+", text[last:match.start()]))[-6:]
        for size in range(2, min(len(words), 4) + 1):
            for first in range(len(words) - size, -1, -1):
                chosen = words[first:first + size]
                phrase = " ".join(w.group(0) for w in chosen)
                # "HIF" for "Henry Irvine-Fortescue": every capital that starts a word or follows a hyphen
                if all(w.group(0)[:1].isupper() for w in chosen) and "".join(
                        re.findall(r"(?:^|(?<=[\s-]))[A-Z]", phrase)) == match.group(1):
                    found.append((last + chosen[0].start(), last + chosen[-1].end(), match.start(), match.end()))
                    break
            else:
                continue
            break
        last = match.end()
    if len(found) < 2 or len(found) < len(initials):
        return text  # every bracket of initials must end a name

    def words_of(stretch: str) -> list[str]:
        # (not a label said again, "Chairperson:", nor a stray comma)
        return [w for w in stretch.split() if not w.endswith(":") and w.strip(",;")]

    people, leading, tail = [], [], text[found[-1][3]:].strip()
    for index, (start, end, bracket, close) in enumerate(found):
        between = words_of(text[found[index - 1][3]:start] if index else text[:start])
        # The title just before the name, and "Cllr" before that where nothing else stands between them:
        # "... (DR) Chair Cllr Alison Evison", not "... (SA) Community Councillor Ms. David BEATON"
        title = [between.pop()] if between and _TITLE_WORDS.match(between[-1]) else []
        if len(between) == 1 and _TITLE_WORDS.match(between[-1]):
            title.insert(0, between.pop())
        if index and between:
            people[-1][1].append(" ".join(between))
        elif between and re.search(r"\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b", " ".join(between)):
            # "Cllr. Martin BARTOS Partick West (Ward 12) Councillor": someone before them, their surname in
            # capitals as the list writes surnames, then their post
            before = _LEADING_PERSON.match(" ".join(between))
            post = re.sub(r"\s\(([^()]*)\)", r", \1", before.group("post")) if before else ""
            leading = [f"{before.group('name')} ({post})" if before else " ".join(between)]
        elif between:
            title = between + title  # words before the first name stay with it
        role = text[end:bracket].strip(" ,")
        people.append([" ".join(title + [text[start:end]]), [role] if role else []])
    # "Laureen Canessa (LC) Also in attendance NTR": a post is a word or two; anything more is not the list's
    if tail and len(tail.split()) <= 2:
        people[-1][1].append(tail)
        tail = ""
    listed = ", ".join(leading + [f"{name} ({'; '.join(roles)})" if roles else name for name, roles in people])
    return f"{listed}, {tail}" if tail else listed


def initials_end_names(text: str) -> str:
    """"Elen H Edwards EHE County Cllr. Garffild Lloyd Lewis GLL Diane
    Roberts DR": a list that prints each member's initials after the name
    (to use them later in the minutes) and nothing else between names.
    Where at least two capitals tokens are the initials of the words before
    them, each ends its name: "Elen H Edwards (EHE), County Cllr. ..."."""
    cuts = []
    start = 0
    titles = vocabulary().titles
    for match in _INITIALS_TOKEN.finditer(text):
        # The name is the few words before the letters: looking further back
        # on a hostile line of thousands of "AB" would be quadratic.
        window = text[max(start, match.start() - 120):match.start()]
        if "(" in window:
            window = BRACKETED.sub(" ", window)
        before = window.rsplit(None, 6)[-6:]
        if before and len(before[-1]) > 1 and before[-1].isupper() and before[-1][0].isupper() and (
                before[-1].lower().rstrip(".") not in titles):
            continue  # the word before is capitals too ("AB AB AB"): letters, not a name (the test below, sooner)
        words = [w for w in before if w[:1].isupper() and w.lower().rstrip(".") not in titles][-4:]
        if len(words) < 2 or match.group(1)[0] not in {w[0] for w in words} or any(w.isupper() and len(w) > 1 for w in words):
            continue  # no first letter to match, or other capitals tokens stand in the name
        if any(are_initials(match.group(1), " ".join(words[-k:])) for k in range(2, len(words) + 1)):
            cuts.append(match)
            start = match.end()
    if len(cuts) < 2:
        return text
    out, last = [], 0
    for match in cuts:
        out.append(f"{text[last:match.start()]} ({match.group(1)})")
        last = match.end()
        if not _LIST_GOES_ON.match(text, last):
            out.append(",")
    return "".join(out) + text[last:]


def _dashed_surname(before: str, after: str) -> bool:
    """"Councillor L Kennedy – Dalby": a double-barrelled surname set with
    spaces, when the part after the dash is one capitalised word that names
    no post ("– Chair", "– Treasurer", "– Observer", "– NCC" do)."""
    return (bool(re.fullmatch(r"[A-Z][a-z]{2,}", after)) and after.lower() not in vocabulary().role_words
            and not _OFFICE_WORDS.search(after) and not re.search(r"(?:er|or|ee|ant|ent|ist|man|woman|ive|ary)$", after)
            and bool(re.match(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s|[A-Z]\.?\s)", before)))


# ("Metro Mayor S Rotheram Chairperson of the Combined Authority": a combined authority's mayor by initial, and the
# body he chairs)
_MAYOR_BEFORE_NAME = re.compile(r"^(?P<office>(?:Executive|Elected|Directly\s+Elected|Metro)\s+Mayor)\s+"
                                r"(?P<name>(?:[A-Z][a-z]+|[A-Z]\.?(?:\s[A-Z]\.?)?)(?:\s[A-Z][\w’'-]+){1,2}?)"
                                r"(?:\s(?P<post>Chair(?:man|woman|person)?\sof\sthe\s[A-Z][A-Za-z ]{2,60}?))?(?:\s\((?i:in\sthe\schair)\))?$")
_SINGULAR_OVER_SURNAMES = re.compile(r"(?P<title>Councillor|Cllr)\.?\s+(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*,\s+(?P<next>(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*),\s")
_CAPS_HEADING_RUN_ON = re.compile(r"(?<=[a-z]{2})(?<!Cllr)(?<!Councillor)(?<!Councillors)(?<!Mrs)(?<!Miss)(?<!\band)(?<!\bplus)(?<!\bwith)"
                                  r"\s+[A-Z]{4,}(?:\s+(?:[A-Z]{3,}|&)){1,8}.*$")  # (not "Munsif Dad BEM JP, ...": honours)
_OFFICE_AFTER_NAME = re.compile(
    r"(\b(?:[A-Z]{1,3}\.?|Mrs?|Ms|Miss|Dr|Cllr|Councillor)\s(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*)\s+"
    r"(?=(?:(?:Parish|Town|Deputy|Assistant)\s)?Clerk\s(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?:(?:[A-Z]\.?\s?){1,3}|[A-Z][a-z]+\s)[A-Z][a-z][\w’'-]*(?:[,;]|\s+and\b|$)"
    r"|(?:Vice[- ])?Chair(?:man|woman|person)?\s(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b)")
_OFFICE_BEFORE_TITLED = re.compile(
    r"(?:^|(?<=,\s))(?P<office>(?:Vice[- ])?Chair(?:man|woman|person)?)\s+"
    r"(?P<name>(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s)?(?:[A-Z]{1,3}\.?\s)?(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*)(?=,|$)")
_OFFICE_THEN_COUNCILLOR = (r"^(?:[Tt]he\s+)?(?P<office>(?:Town\s+|Deputy\s+|Vice[- ])?(?:Mayor|Chair(?:man|woman|person)?))"
                           # ("The Chairman of the Parish Council Councillor A. Pritchard, ...": whose chairman)
                           r"(?:\s+of\s+the\s+(?:Parish|Town|Community)\s+Council)?,?\s+"
                           r"(?P<name>(?:Cllr|Councillor)\.?\s(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s)?(?:(?:[A-Z]\.?\s?){1,4}|[A-Z][a-z]+\s)\s?[A-Z][\w’'-]+)"
                           r"(?![\w’'-])")
# (not "The Mayor, Cllr. D. Hobson (DH) (in the chair)": its own brackets say)
_OFFICE_FIRST = re.compile(_OFFICE_THEN_COUNCILLOR + r"(?!\s*\()")
# "Apologies were received from the Chairman, Cllr A J Dent (previous engagement), ...": the office before a name whose
# brackets give the reason for the absence, not a post
_OFFICE_FIRST_THEN_REASON = re.compile(_OFFICE_THEN_COUNCILLOR + r"(?=\s?\([a-z])")
# "Cllr T L Williams", "M.J Fletcher", "J. Bennett": initials and a surname, perhaps titled
_INITIALLED = r"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?:[A-Z]\.?\s?){1,3}\s?[A-Z][\w’'-]+"
_POST_DASH_NAME = re.compile(
    r"^(?P<post>(?:[A-Z][\w’'/&-]*|of|for|and|the)(?:\s(?:[A-Z][\w’'/&-]*|of|for|and|the)){0,10}?"
    # ("Chairman - Town Mayor – Cllr K A Lane": two posts of one holder, a dash between)
    r"(?:\s[–—-]\s[A-Z][a-z][\w’'/&-]*(?:\s[A-Z][a-z][\w’'/&-]*){0,3})?)\s[–—-]\s"
    # (not "Lee Towers – KPMG": letters alone are a firm's, not a holder's name)
    rf"(?P<name>(?![A-Z]{{2,6}}$){_INITIALLED})(?:\s\([A-Z][a-z]+\))?$")
_INITIALLED_NAME = re.compile(rf"{_INITIALLED}$")


def _post_and_holder(text: str) -> Optional[tuple[str, Optional[str]]]:
    """``"Chairman – M.J Fletcher (Mike)"`` -> ``("M.J Fletcher", "Chairman")``:
    a post, then its holder and the name they go by; ``"Parish Councillors
    – T Bond (Terry)"`` -> ``("T Bond", None)``, a member under a plural
    label."""
    held = _POST_DASH_NAME.match(text) if " – " in text or " - " in text or " — " in text else None
    if not held:
        return None
    post = held.group("post")
    if _INITIALLED_NAME.fullmatch(post) and re.search(r"(?:Chair(?:man|woman|person)?|Clerk|Officer|Secretary|Treasurer|Mayor)$",
                                                       held.group("name")):
        return post, held.group("name")  # "L Bradley – CIC Chairman": a name, then the post
    return held.group("name"), None if re.search(r"(?i:councillors|members)$", post) else post
_COUNCILLOR_THEN_OFFICER = re.compile(r"^(?P<councillor>(?:Cllr|Councillor)\.?\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\s+"
                                      r"(?P<officer>[A-Z][a-z]+\s+[A-Z][\w’'-]+)$")
# "Cllr Colin Sampson, Borough Council of Kings Lynn and West Norfolk Cllr Martin
# Storey, Norfolk County Council Stephen Ward": the council each name is from,
# after a comma, then the next name.
_COUNCIL_THEN_NAME = re.compile(
    r",\s+((?:[A-Z][\w'’-]*\s+){0,3}(?:Borough|County|District|Parish|Town|City)\s+Council"
    r"(?:\s+of(?:\s+(?:(?!(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b)[A-Z][\w'’-]*|and|&)){1,8})?)"
    r"\s+(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b|[A-Z][a-z]+\s+[A-Z])")


_DECISION_AFTER_NAMES = re.compile(r"(?<=[a-z.)])\s+(?:RESOLVED|Resolved|AGREED|Agreed)(?:\s*[:–-]|\s+(?:that|to)\b)")


def without_welsh_doublets(text: str) -> str:
    """"Cyng. / Cllrs. M. Williams, M. Wynne a/and L.Hughes" -> "Cllrs. M. Williams, M. Wynne and L.Hughes": a
    bilingual list's Welsh words each before their English, the English kept ("Mrs M.Rees (clerc / clerk) a
    Cynghorydd Sir / County Councillor C. Campbell": "a", Welsh "and", between two people)."""
    text = _WELSH_BEFORE_ENGLISH.sub("", text)
    return re.sub(r"(?<=\))\sa\s(?=(?:County|District|Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b)", " and ", text)


_WELSH_BEFORE_ENGLISH = re.compile(r"(?<![\w’'-])(?:Cyng(?:horydd(?:\s+Sir)?|horwyr(?:\s+Sir)?)?\.?|clerc|Clerc|a|ac)\s?/\s?"
                                  r"(?=(?:Cllrs?|Councillors?|County|Clerk|clerk|and)\b)")
_NAME_COMMA_COUNCILLOR = re.compile(
    r"(?P<name>(?<![\w’'-])[A-Z][a-z]+\s(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+),\s(?P<post>(?:County|District|Borough|Unitary|City|Ward)"
    r"(?:\s(?:and|&)\s(?:County|District|Borough|Unitary|City))?\s(?:Councillor|Cllr)"
    # ("Julie Ritchie, Police Scotland": the police force she came for)
    r"|Police(?:\s(?:Scotland|Service\sof\sNorthern\sIreland))?|(?:[A-Z][a-z]+\s){1,2}(?:Police|Constabulary))(?:\s\([A-Z]{2,3}\))?(?=\s*(?:,|and\b|$))")
_OFFICE_BEARER_BEFORE_NAME = re.compile(
    r"(?:^|(?<=,\s))(?P<office>(?:Vice[- ]?)?[Cc]hair(?:man|woman|person)?|Sec(?:retary)?|Treasurer|Convene[rs]|Convenor|President)\s+"
    r"(?P<name>[A-Z][a-z]+\s(?!(?:Club|Society|Association|Group|Trust|Council|Committee|Institute|League|Forum)\b)"
    r"(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+)(?:\s\([A-Z]{2,3}\))?(?=\s*(?:,|$))")
_TITLED_THEN_INITIALLED = re.compile(r"(?<![\w’'-])((?:Cllr|Councillor)\.?\s(?:[A-Z]\.?\s){1,3}(?:Mc|Mac|O[’'])?[A-Z][a-z]+(?:[’'-][A-Za-z][a-z]+)?)\s"
                                     r"(?=(?:[A-Z]\.?\s){1,3}(?:Mc|Mac|O[’'])?[A-Z][a-z]+(?:[’'-][A-Za-z][a-z]+)?(?:\s\(|,|\s+and\b|\s*$))")
_TITLED_THEN_FORENAME = re.compile(r"((?:Cllr|Councillor)\.?\s(?:[A-Z]\.?\s){1,3}(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*)\s"
                                   r"(?=(?P<forename>[A-Z][a-z]+)\s(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*(?:,|\s*$))")
_INITIALS_THEN_NEXT_NAME = re.compile(r"(?<=,\s)([A-Z]{2,6})\s(?=(?P<forename>[A-Z][a-z]+)\s(?:Mc|Mac|O[’'])?[A-Z][a-z])")
_INITIAL_DOT_START = re.compile(r"[A-Z]\.\s?[A-Z][a-z]")
# (not after a title: "Mrs J. Reilly"; two or three initials too: "E. Ansar D. E. Lord")
_BEFORE_INITIAL_DOT = re.compile(r"(?<=[a-z])\s(?=(?:[A-Z]\.\s?){1,3}[A-Z][a-z])")
# "D. E. Lord Mohammed Arshad": in a run of initialled names, a name given whole after one
_INITIALLED_THEN_WHOLE = re.compile(r"^((?:[A-Z]\.\s?){1,3}[A-Z][\w’'-]+)\s([A-Z][a-z]+\s(?:Mc|O[’'])?[A-Z][a-z][\w’'-]*)$")


_FORENAME_SURNAME = re.compile(rf"[A-Z][a-z]+\s{SURNAME}")


def _split_run_together(piece: str) -> list[tuple[str, Optional[str]]]:
    """See :func:`_split_pieces`; a note in brackets that opens in lower case,
    or with one word then a lower-case one, is never split ("T. Johnson
    (substituting for D. Foley)", "Councillor M Murphy (Substitute for
    Councillor A Moorhead)": one member and whom he stood in for)."""
    if "(" not in piece:
        return _split_pieces(piece)
    guarded = re.sub(r"\((?=[a-z]|[A-Z][a-z]{1,20}\s[a-z]{2,10}\s)[^()]{1,120}\)", lambda m: m.group(0).replace(" ", "\x01"), piece)
    return [(name.replace("\x01", " "), role.replace("\x01", " ") if role else role) for name, role in _split_pieces(guarded)]


def _split_pieces(piece: str) -> list[tuple[str, Optional[str]]]:
    """One list entry that holds more than one name or a dashed role:
    "D Richardson (Chair) N Cresswell", "P Moran A Armstrong",
    "Olive O’Sullivan – Town Clerk"."""
    posts_first = posts_then_names(piece)
    if posts_first:
        return posts_first  # "Town Clerk – Ms Ceri Anderson Assistant Town Clerk – Ms Sia Hookins"
    results = []
    titles = vocabulary().titles
    # "S. Mumford J. Pughe Roberts": in a list of initialled names, an initial
    # with its full stop after a word starts the next name.
    if _INITIAL_DOT_START.match(piece):
        piece = _BEFORE_INITIAL_DOT.sub(
            lambda m: " " if piece[piece.rfind(" ", 0, m.start()) + 1:m.start()].lower() in titles else "\x00", piece)
        piece = "\x00".join(_INITIALLED_THEN_WHOLE.sub("\\1\x00\\2", part) for part in piece.split("\x00"))
    # "P Moran Clerk J Connelly": an officer's title between two names.
    piece = _OFFICER_BETWEEN.sub("\x00", piece)
    # "J Connelly Mr L Page": a title in the middle starts another name.
    # The first word since the last break before each title: found once per
    # break, not by reading back from every title (quadratic on a long line).
    breaks = [0] + [stop.end() for stop in re.finditer("\x00", piece)]
    first_words = [piece[start:start + 200].split("\x00", 1)[0].strip().split(" ", 1)[0] for start in breaks]

    def _split_before_title(match: re.Match) -> str:
        word = match.group(1)
        if re.fullmatch(r"[A-Z]{1,4}C", word) and match.start(1) in breaks and re.match(r"\s(?:Cllr|Councillor)\b", piece[match.end(1):]):
            return word + " "  # "KCC Cllr Marsh" opening the piece: the council the councillor sits on
        if re.fullmatch(r"[A-Z]{2,6}", word):
            return word + "\x00"  # "..., NIHE Mr Frank O’Connor": the body the last person is from ends there
        if not word[-1:].islower():
            return word + " "
        first = first_words[bisect.bisect_right(breaks, match.start(1)) - 1] or word.split(" ", 1)[0]
        start = breaks[bisect.bisect_right(breaks, match.start(1)) - 1]
        # "David Livingstone Cllr Richard Jones": a forename and a surname, then a titled name
        # (only a short stretch is read: a long run without breaks is never a forename and a surname)
        plain = match.end(1) - start < 60 and _FORENAME_SURNAME.fullmatch(piece[start:match.end(1)].strip()) and not _OFFICE_WORDS.search(
            piece[start:match.end(1)]) and not any(w.lower() in vocabulary().role_words for w in piece[start:match.end(1)].split())
        looks_like_a_name = (first.lower().rstrip(".") in titles or re.fullmatch(r"[A-Z]\.?", first)
                             or first.lower() in ("clerk", "rfo") or plain)
        keep = (not looks_like_a_name or word.lower().rstrip(".") in titles or word.lower() in ("clerk", "rfo")
                or word.lower() in ("county", "district", "borough", "unitary", "town", "parish", "city", "ward"))
        return word + (" " if keep else "\x00")

    # (?<!\S) tries each word once: "\S*" from every position of a long
    # word would be quadratic.
    piece = re.sub(r"(?<![^\s\x00])([^\s\x00]+)\s(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Rev|Revd|Prof)\.?\s[A-Z])",
                   _split_before_title, piece)
    # "Mrs J Todd Eden District Councillor A Armstrong": a visiting
    # councillor's title, with its council's place name, starts a new name.
    # The place is a word before it, never a post ("PCC Link Officer County Cllr A Tudor").
    # (and "Copeland Borough Councillor D Banks" at the start of a piece is one title: the place is its first word)
    piece = re.sub(r"(?<=[a-z])\s((?:(?!(?:Officer|Clerk|Manager|Chaplain|Secretary|Member)\s)[A-Z][a-z]+\s)?"
                   r"(?:District|County|Borough|Unitary|City)\s(?:Councillor|Cllr)\s[A-Z])",
                   lambda m: m.group(0) if re.fullmatch(r"[A-Z][a-z]+", piece[:m.start()].rsplit("\x00", 1)[-1]) else f"\x00{m.group(1)}",
                   piece)
    for part in _BREAK_OR_BRACKET.split(piece):
        if part.strip().lower() in _POST_ALONE and results and not results[-1][1]:
            results[-1] = (results[-1][0], part.strip())  # "Julian Michaelson-Yeates (JMY) Chair": the post is his
            continue
        post = _POST_AFTER_NAME.match(part)
        if post:
            results.append((post.group(1), post.group(2).strip()))
            continue
        officer = _OFFICER_THEN_NAME.match(part)
        if officer:
            results.append((officer.group(2).strip(), officer.group(1)))
            continue
        at = part.find(" as ")  # "Mr L Page as Broadband Representative"
        if at > 0 and len(part[:at].split()) <= 4 and part[at + 4:].strip():
            results.append((part[:at].strip(), re.sub(r"^the\s", "", part[at + 4:].strip())))
            continue
        held = _post_and_holder(part)
        if held:
            results.append(held)
            continue
        name, role = _strip_role(part)
        if role and re.fullmatch(r"[A-Z][a-z]+", role) and role.lower() not in vocabulary().role_words and _INITIALLED_NAME.match(name):
            role = None  # "J. Ferguson (Jim)": the name the member goes by, not a post
        beside = _COUNCILLOR_THEN_OFFICER.match(name)
        if beside:
            # "Cllr Janet Taylor Helen Richardson (Parish Clerk ...)", "Cllr Ros Surtees Kirsty Peden":
            # a councillor, then someone untitled (whose the post in brackets is)
            results.append((beside.group("councillor"), None))
            name = beside.group("officer")
        if role and are_initials(role, name):
            role = None  # "Cllr. A. Muir (AM)": the initials the minutes use later, not an office
        initials = _INITIALS_IN_BRACKETS.match(name)
        if initials and are_initials(initials.group(2), BRACKETED.sub("", initials.group(1))):
            name = initials.group(1)  # "Cllr. D. Hobson (DH) (in the chair)"
        if role is None and name.endswith(")"):
            name, role = _strip_role(name)  # "D Risk (Chairman) (DR)": the office before the initials
            if role and are_initials(role, name):
                name, role = f"{name} ({role})", None
        dashed = _DASHED_ROLE.match(name)
        if dashed and _dashed_surname(dashed.group(1), dashed.group(2)):
            dashed = None  # "Councillor L Kennedy – Dalby": one surname, spaced
        if dashed and not role and len(dashed.group(1).split()) <= 4:
            name, role = dashed.group(1).strip(), dashed.group(2).strip()
        if _NAMES_BY_INITIALS.fullmatch(name):
            run = [m.group(0) for m in _ONE_BY_INITIALS.finditer(name)]
            results += [(one, None) for one in run[:-1]] + [(run[-1], role)]
        else:
            results.append((name, role))
    return results


def looks_like_name_list(text: str) -> bool:
    """Does the line open with a title ("Mr", "Councillors")?"""
    vocab = vocabulary()
    words = text.split()
    if not words:
        return False
    first = words[0].lower().rstrip(":,.")  # ("Cllr. A Anderson Cllr. M Yates")
    return first in vocab.titles or first in vocab.plural_titles
