"""Where a name the model read starts and ends: the parts of one entity span, and words at its
edges that belong to no name.

- A span holds two names joined by "and" when both parts open with the same word ("Real Madrid and
  Real Sociedad": "Johnson & Johnson" is one word twice) or the article writes each part on its own
  elsewhere ("Homebase and Sainsbury" with "Homebase" and "Sainsbury" alone); an organisation's span
  with a comma and no legal form or "and" holds two names ("Leeds, Iron Maiden": "Smith Barney,
  Harris Upham & Co" is one). Firms joined before a legal form are :func:`.spans.split_pairs`'.
- A span is cut at numbers and possessives (:func:`.names.split_at_numbers`), except a number after
  a word that numbers a body ("UAW Local 594", "Channel 4", "BBC Radio 4": taken in when the model
  left it out) and a possessive after a plural that is no name ("People's Daily", "Children's Fund")
  or after a plural in "s" before an organisation's word ("Dock Workers' Union");
  a station's name after "Radio" or "TV" is taken in when the model left it out ("BBC Radio [Five
  Live]", "BBC Radio [Scotland]": a run of up to three capitalised words that ends the clause).
- Edges: an honorific ends no name ("the Sunday Times Mr Campbell": the model's "Times Mr"), nor
  does a preposition and a date ("the Commons on Monday"), nor a wire's sign-off ("... and Co Ltd.
  REUTER", the text's last word), nor "of" and an adjective of the words after the name ("the Paris
  Club of Western creditor governments": the model's "Paris Club of Western"); "Ex-" opens none
  ("Ex-Downing Street"); a compass point the model left before a compass adjective opens it ("[South] Eastern Education Board").
- The portfolio of an office "of State for" holds no name ("Secretary of State for Culture, Media and
  Sport": no "State for Culture", no "Media").

Hand-written: these are English news conventions; the plural test is lemminflect's (pinned).
"""
from __future__ import annotations

from ...data import gazetteer
from .joins import AND, suffix
from .names import MONTHS, WEEKDAYS, numbered, split_at_numbers, split_where
from .spans import split_at_breaks, split_pairs
from .titles import TITLE_HEADS

# Honorifics that stand before a name only (not "Lord", "Dame": "Notre Dame", "House of Lords").
_BEFORE_NAMES = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. mx mx. messrs messrs.".split())
# The word a wire service signs its story off with, last in the text (Reuters' 1980s copy).
_SIGN_OFFS = frozenset({"REUTER", "REUTERS"})
_DATE_PREPOSITIONS = frozenset("on in at by since until from".split())
# A compass point written before a compass adjective opens the name with it: "South Eastern".
_COMPASS_POINTS = frozenset({"North", "South", "East", "West"})
_COMPASS_ADJECTIVES = frozenset({"eastern", "western", "northern", "southern"})


def parts(doc, start: int, end: int, kind: str | None, breaks: set[int]) -> list[tuple[int, int]]:
    """Token ranges of the names in the model's span ``start..end`` read as ``kind``."""
    out = _joined_back(doc, split_at_numbers(doc, start, end), start, end, kind)
    if kind not in (None, "person"):
        out = [p for s, e in out for p in split_pairs(doc, s, e)]
        out = [p for s, e in out for p in two_names(doc, s, e, kind)]
    return _two_people(doc, split_at_breaks(out, breaks))


def _plural_possessive(doc, i: int, left: int) -> bool:
    """Whether token ``i`` is "'s" after a plural that is no name ("People's", "Children's"), or the
    apostrophe of a plural in "s" before an organisation's word ("Dock Workers' Union", "Teachers'
    Federation", "Farmers' Association"), where the words from ``left`` up to it are no name of their
    own: none the gazetteer knows ("the Philippines' Department"), none with a complement ("Court of
    Appeals' Board on ...": that body's board)."""
    from lemminflect import getLemma

    if 0 < i < len(doc) - 1 and doc[i].text in ("'", "’"):
        return not doc[i - 1].whitespace_ and doc[i - 1].is_alpha and doc[i - 1].lower_.endswith("s") \
            and doc[i + 1].text[:1].isupper() and doc[i + 1].lower_ in gazetteer().org_words \
            and not any(t.lower_ in ("of", "for", "on", "and", "&") for t in doc[left:i]) \
            and gazetteer().lookup(doc[left:i].text) is None
    if i == 0 or doc[i].text not in ("'s", "’s") or doc[i - 1].lower_.endswith("s") or not doc[i - 1].is_alpha:
        return False
    word = doc[i - 1].lower_
    lemma = (getLemma(word, upos="NOUN") or (word,))[0]
    return lemma != word or doc[i - 1].tag_ in ("NNS", "NNPS")


def _joined_back(doc, pieces: list[tuple[int, int]], start: int, end: int, kind) -> list[tuple[int, int]]:
    """``pieces`` of the span with a body's number and a plural's possessive put back, and a number
    the model left out after the span's last word taken in ("UAW Local [594]")."""
    if kind in (None, "person"):
        return pieces
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if out and (numbered(doc, out[-1][1]) and s <= out[-1][1] + 1
                    or _plural_possessive(doc, out[-1][1], out[-1][0]) and s == out[-1][1] + 1):
            s = out.pop()[0]
        if e == end and end < len(doc) and numbered(doc, end) and not (end + 1 < len(doc) and doc[end + 1].is_digit):
            e = end + 1
        elif e < end and numbered(doc, e) and e + 1 == end:
            e = end
        if e == end:
            e = _station_end(doc, e)
        out.append((s, e))
    return out


_STATION_HEADS = frozenset({"radio", "tv", "television"})


def _station_end(doc, end: int) -> int:
    """Where a broadcaster's name ending at ``end`` with "Radio" or "TV" ends when its station's
    words follow ("BBC Radio Five Live:", "BBC Radio Scotland that"): ``end`` itself unless one to
    three capitalised words follow that the model read as no person, then a punctuation mark or a
    lower-case word; a month, a weekday or a sentence's start is no station word."""
    if not (0 < end < len(doc)) or doc[end - 1].lower_ not in _STATION_HEADS or not doc[end - 1].whitespace_:
        return end
    i = end
    while i < len(doc) and i - end < 4 and (doc[i].is_title or doc[i].like_num) and (doc[i].is_alpha or doc[i].is_digit) \
            and not doc[i].is_sent_start and doc[i].lower_ not in MONTHS | WEEKDAYS and doc[i].ent_type_ != "PERSON":
        i += 1
    if i == end or i - end > 3:
        return end
    if i < len(doc) and not (doc[i].is_punct or doc[i].is_lower):
        return end
    return i


def _alone(doc, start: int, end: int) -> bool:
    """Whether the words ``start..end`` stand elsewhere as a name by themselves (no capitalised
    word or "and" next to them)."""
    words = [t.text for t in doc[start:end]]
    n = len(words)
    for i in range(len(doc) - n + 1):
        if start - n < i < end + n or [t.text for t in doc[i:i + n]] != words:
            continue
        before = doc[i - 1] if i > 0 else None
        after = doc[i + n] if i + n < len(doc) else None
        if before is not None and not before.is_sent_end and before.text[:1].isupper() and before.is_alpha:
            continue
        if after is not None and (after.text[:1].isupper() and after.is_alpha or after.lower_ in AND):
            continue
        return True
    return False


def two_names(doc, start: int, end: int, kind: str) -> list[tuple[int, int]]:
    """The span cut where it holds two names (see the module's list)."""
    if any(suffix(t) for t in doc[start:end]):
        return [(start, end)]
    joins = [i for i in range(start + 1, end - 1) if doc[i].lower_ in AND]
    if len(joins) == 1:
        j = joins[0]
        left, right = (start, j), (j + 1, end)
        same_start = doc[start].text == doc[j + 1].text and j - start >= 2 and end - j - 1 >= 2 \
            and [t.text for t in doc[start:j]] != [t.text for t in doc[j + 1:end]]
        if same_start or _alone(doc, *left) and _alone(doc, *right) and not _known_whole(doc, start, end):
            return [left, right]
    if kind == "organization" and not joins and any(t.text == "," for t in doc[start:end]):
        return split_where(start, end, lambda i: doc[i].text == ",")
    return [(start, end)]


def _known_whole(doc, start: int, end: int) -> bool:
    """Whether the gazetteer knows the joined span as one name ("Trinidad and Tobago")."""
    return gazetteer().lookup(doc[start:end].text) is not None


def edges(doc, start: int, end: int) -> tuple[int, int]:
    """``start..end`` without words at its edges that belong to no name (see the module's list)."""
    if end - start >= 3 and doc[start].lower_ == "ex" and doc[start + 1].text == "-" \
            and not doc[start].whitespace_ and not doc[start + 1].whitespace_:
        start += 2                              # "Ex-Downing Street"
    if start >= 1 and doc[start].lower_ in _COMPASS_ADJECTIVES and doc[start - 1].text in _COMPASS_POINTS \
            and not doc[start - 1].ent_type_ and "\n" not in doc[start - 1].whitespace_:
        start -= 1                              # "[South] Eastern Education Board"
    if end - start >= 2 and doc[end - 1].lower_ in _BEFORE_NAMES:
        end -= 1                                # "Times Mr"
    if end - start >= 2 and doc[end - 1].text in _SIGN_OFFS and all(t.is_space for t in doc[end:]):
        end -= 1                                # "... and Co Ltd. REUTER": the wire's sign-off ends the text
    if end - start >= 3 and _cut_description(doc, end):
        end -= 2                                # "Paris Club [of Western] creditor governments"
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in _DATE_PREPOSITIONS and all(t.lower_ in WEEKDAYS | MONTHS or t.is_digit for t in doc[i + 1:end]):
            return start, i                     # "Commons on Monday"
    return start, end


def _cut_description(doc, end: int) -> bool:
    """Whether the span ending at ``end`` ends in "of"/"for" and an adjective that the words after it
    go on to qualify: "the Paris Club of Western creditor governments" (the model's "Paris Club of
    Western"). The adjective is spaCy's, a people's word or a compass adjective; a lower-case noun or
    adjective follows on the same line. A name's own "of" ends in a noun ("Bank of America", "Union of
    Concerned Scientists")."""
    word, after = doc[end - 1], doc[end] if end < len(doc) else None
    return doc[end - 2].lower_ in ("of", "for") and after is not None and after.is_lower and after.is_alpha \
        and after.pos_ in ("NOUN", "ADJ") and bool(word.whitespace_) and "\n" not in word.whitespace_ \
        and (word.pos_ == "ADJ" or word.lower_ in _COMPASS_ADJECTIVES or word.ent_type_ == "NORP")


def state_portfolio(doc, start: int, end: int) -> bool:
    """Whether ``start..end`` lies in the portfolio of an office "of State for": "Secretary of State
    for [Culture], [Media] and Sport" (the model reads parts of it as organisations). The words up
    to it are capitalised or join a portfolio's parts (",", "and", "for")."""
    k = start
    while k >= 3 and "\n" not in doc[k - 1].whitespace_ and (doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper()
                                                             or doc[k - 1].lower_ in (",", "and", "&", "for")):
        if doc[k - 1].lower_ == "for" and doc[k - 2].lower_ == "state" and doc[k - 3].lower_ == "of" \
                and k >= 4 and doc[k - 4].lower_ in TITLE_HEADS:
            return True
        k -= 1
    return doc[start].lower_ == "state" and start >= 2 and doc[start - 1].lower_ == "of" \
        and doc[start - 2].lower_ in TITLE_HEADS and end - start >= 2 and doc[start + 1].lower_ == "for"


def _two_people(doc, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Parts with "Given Surname and Given Surname" cut in two: "Laurent Cabannes and Laurent Benezech"."""
    given = gazetteer().given_names
    out = []
    for start, end in pieces:
        joins = [i for i in range(start + 2, end - 2) if doc[i].lower_ in ("and", "&")]
        first = start if doc[start].lower_ in given else start + 1    # past a descriptor: "Flankers"
        if len(joins) == 1 and doc[first].lower_ in given and joins[0] - first >= 2 \
                and doc[joins[0] + 1].lower_ in given:
            out += [(first, joins[0]), (joins[0] + 1, end)]
        else:
            out.append((start, end))
    return out
