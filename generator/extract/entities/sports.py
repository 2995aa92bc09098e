"""Sports pages: results tables, competitors listed with their country, scorecards, and team names.

Sports pages name clubs after places ("Leeds beat Everton", "Surrey captain Chris Lewis") and list
athletes in forms the model reads badly ("Natalia Karimova (Russia) 3:45.061", "c Vaas b Chandana").
These functions find those names from the layout and the words around them.
"""
from __future__ import annotations

import re

from ...data import CORPORATE_SUFFIXES, gazetteer, name_key
from ..sentences import text_of
from .clubs import POSITION_WORDS, squad_slots
from .lineups import colon_lineups

# Words that mark a story as a sports report (lemmas, lowercase).
SPORTS_WORDS = frozenset("""
match game season league championship cup tournament final semifinal quarterfinal innings wicket
wickets run goal striker midfielder defender goalkeeper coach captain club team squad side fixture
standings scorer score draw beat defeat victory win lose bowler batsman pitcher inning homer rbi
soccer football cricket rugby baseball basketball tennis golf cycling athletics hockey boxing
division round title champion champions points penalty kick referee stadium race lap
tour series medal olympic
""".split())
_SCORECARD_MARKS = frozenset({"c", "b", "st", "lbw"})
_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]$")


# Sports words that a campaign or an awards story also uses: "race", "win", "title", "victory".
CONTEST_WORDS = frozenset("""game season title champion champions points race round series tour final draw beat
defeat victory win lose score side team match lead""".split())


# Words of an election campaign no sports report uses three of: "Sanders wins Virginia" is a primary.
ELECTION_WORDS = frozenset("primary caucus delegate voter ballot nominee nomination electoral presidential "
                           "republican democrat democratic".split())
# Sports words with a campaign sense too: "run for office", "a golf club", "the final debate".
CAMPAIGN_SENSES = frozenset("run club final round series title".split())


def sports_report(doc) -> bool:
    """Whether the article reads as a sports report: several distinct sports words, one of them at
    least a word of sport alone ("innings", "league", "baseball", a position: "hooker"), not of any
    contest ("race", "win", "title", "victory": a campaign's words too); in a campaign story (three
    words of an election), three words of sport alone. A squad list (:func:`squad_slots`) makes one
    whatever the words."""
    seen = {t.lemma_.lower() for t in doc if t.lemma_.lower() in SPORTS_WORDS or t.lower_ in POSITION_WORDS}
    if len({t.lemma_.lower() for t in doc if t.lemma_.lower() in ELECTION_WORDS}) >= 3:
        # a campaign story: candidates "run", "win Virginia", go to a golf "club"; only words of
        # sport alone that no campaign uses make it a sports report
        return len(seen - CONTEST_WORDS - CAMPAIGN_SENSES) >= 3
    return len(seen) >= 4 and bool(seen - CONTEST_WORDS) or bool(squad_slots(doc))


def is_number(token) -> bool:
    """Digits, or a lowercase number word; capitalised number words are names ("First Union")."""
    return any(c.isdigit() for c in token.text) or (token.like_num and not token.text[:1].isupper())


def _is_capitalised(token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def lines(doc):
    """The doc's tokens line by line, spaces left out."""
    line: list = []
    for token in doc:
        if not token.is_space:
            line.append(token)
        if "\n" in token.text or "\n" in token.whitespace_:
            if line:
                yield line
            line = []
    if line:
        yield line


_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_PARTICLES = frozenset("van der de den von da di le la el al dos del".split())
_DATE_NUMBER = re.compile(r"^(?:1[89]|20)\d\d(?:-\d\d-\d\d)?$")


def result_slots(doc, *, table_rows: bool = True) -> set[tuple[int, int]]:
    """Token ranges of names in sports results: "Pohang 3 Ulsan 2", standings rows "Kent 12 5 3 4".

    A name followed by a score counts when its line holds two such names, or when one is followed
    by three or more numbers (a table row). Names after an initial ("P. Simmons 4-38") are players;
    a place (the model's GPE or LOC) after "in", "near" or "outside" is where the match was played
    ("won in Salzburg 3-2"): its line holds a result, but it is no side of it.
    A year or a date after a name ("LONDON 1996-08-30") is a dateline, not a score.
    With ``table_rows=False`` only lines of two names count: a row of figures may be a company's
    accounts ("Net 45.2 40.1 38.7").
    """
    slots: set[tuple[int, int]] = set()
    for line in lines(doc):
        found = []
        k = 0
        while k < len(line):
            t = line[k]
            if t.is_alpha and t.text[:1].isupper() and (k == 0 or not _is_capitalised(line[k - 1])):
                m = k
                while m + 1 < len(line) and _is_capitalised(line[m + 1]):
                    m += 1
                numbers = 0
                n = m + 1
                if n < len(line) and _ORDINAL.match(line[n].text):
                    k = m + 1                   # "Lamouchi 87th": a player and the minute, no score
                    continue
                while n < len(line) and (is_number(line[n]) or line[n].text in "-/.") \
                        and not _DATE_NUMBER.match(line[n].text):
                    numbers += is_number(line[n])
                    n += 1
                initial = k > 0 and len(line[k - 1].text) <= 2 and line[k - 1].text.endswith(".")
                placed = k > 0 and line[k - 1].lower_ in ("in", "near", "outside") and t.ent_type_ in ("GPE", "LOC")
                if numbers and not initial:
                    found.append(((line[k].i, line[m].i + 1), numbers, placed))
                k = m + 1
            else:
                k += 1
        if len(found) >= 2 or (table_rows and len(found) == 1 and found[0][1] >= 3):
            slots.update(i for i, _, placed in found if not placed)
    return slots


def fixture_slots(doc) -> set[tuple[int, int]]:
    """Token ranges of the sides of a fixture line: "Leeds v Everton"; of "KANSAS CITY AT DETROIT" the visitor."""
    slots: set[tuple[int, int]] = set()
    for line in lines(doc):
        words = [t for t in line if not t.is_punct]
        joins = [k for k, t in enumerate(words) if t.lower_ in ("v", "vs", "vs.", "at") and 0 < k < len(words) - 1]
        if len(joins) != 1 or len(words) > 8:
            continue
        k = joins[0]
        left, right = words[:k], words[k + 1:]
        if left and right and all(_is_capitalised(t) for t in left + right) \
                and (words[k].lower_ != "at" or all(t.is_upper for t in left + right)):
            slots.add((left[0].i, left[-1].i + 1))
            if words[k].lower_ != "at":         # "X AT Y": Y is where the game is played
                slots.add((right[0].i, right[-1].i + 1))
    return slots


def competitor_spans(doc) -> list[tuple[int, int]]:
    """Names of athletes listed with their country: "5. Natalia Karimova (Russia) 3:45.061".

    The name is the run of capitalised words (with particles such as "van der") right before a
    bracketed country, on the same line.
    """
    gaz = gazetteer()
    countries = {name_key(c) for c in gaz.countries}
    found = []
    for token in doc:
        if token.text != "(" or token.i < 2:
            continue
        close = next((k for k in range(token.i + 1, min(len(doc), token.i + 5)) if doc[k].text == ")"), None)
        if close is None:
            continue
        inner = doc[token.i + 1:close].text
        known = gaz.lookup(inner)
        if name_key(inner) not in countries and not (known and known[0] in gaz.countries):
            continue
        if close + 1 < len(doc) and name_key(doc[close + 1].text) in CORPORATE_SUFFIXES:
            continue                            # "Indosuez Asia (Singapore) Ltd": a company's branch
        end = token.i
        start = end
        while start > 0 and end - start < 5:
            before = doc[start - 1]
            if before.is_space or "\n" in before.whitespace_:
                break
            if _is_capitalised(before) or _INITIAL.match(before.text) or (
                    before.lower_ in ("van", "der", "de", "den", "von", "da", "di", "le", "la", "el", "al", "dos")
                    and start < end) or (before.text == "-" and start < end and start >= 2
                                         and _is_capitalised(doc[start - 2]) and not before.whitespace_):
                start -= 1
            else:
                break
        while start < end and not (_is_capitalised(doc[start]) or _INITIAL.match(doc[start].text)):
            start += 1
        if end - start >= 2 and not gaz.lookup(doc[start:end].text):
            found.append((start, end))
    return found


def leaderboard_spans(doc) -> list[tuple[int, int]]:
    """Players in a leaderboard: lines of a score and names, "65 Billy Andrade, Duffy Waldorf (Sweden)".

    Three or more lines that open with a number and hold only names of two or three capitalised
    words (each perhaps with a bracketed country), separated by commas, make a leaderboard.
    """
    rows = []
    for line in lines(doc):
        if len(line) < 3 or not line[0].like_num or not line[0].text.isdigit():
            continue
        names, k, ok = [], 1, True
        while k < len(line) and ok:
            m = k
            while m < len(line) and _is_capitalised(line[m]) and not line[m].is_upper:
                m += 1
            if not 2 <= m - k <= 3:
                ok = False
                break
            names.append((line[k].i, line[m - 1].i + 1))
            if m < len(line) and line[m].text == "(":
                close = next((j for j in range(m, min(len(line), m + 5)) if line[j].text == ")"), None)
                if close is None:
                    ok = False
                    break
                m = close + 1
            if m < len(line) and line[m].text == ",":
                m += 1
            elif m < len(line):
                ok = False
            k = m
        if ok and names:
            rows.append(names)
    if len(rows) < 3:
        return []
    gaz = gazetteer()
    return [(s, e) for row in rows for s, e in row if gaz.lookup(doc[s:e].text) is None]


def lineup_spans(doc) -> list[tuple[int, int]]:
    """Players in a team line-up: "1 - Bernard Lama; 2 - Lilian Thuram (14 - Sabri Lamouchi 87th)".

    A line with three or more "number - Name" entries is a line-up; each name is a person, and so
    is a substitute written "(Name 46th)" on it.
    """
    found = []
    for line in lines(doc):
        spans = []
        for k, t in enumerate(line):
            starts = k >= 2 and t.text[:1].isupper() and t.is_alpha and line[k - 1].text in ("-", "–") \
                and line[k - 2].like_num and any(c.isdigit() for c in line[k - 2].text)
            starts = starts or (k >= 1 and line[k - 1].text == "(" and t.text[:1].isupper() and t.is_alpha)
            if not starts:
                continue
            m = k + 1
            while m < len(line) and m - k < 4 and (_is_capitalised(line[m]) or line[m].lower_ in _PARTICLES
                                                   and m + 1 < len(line) and _is_capitalised(line[m + 1])):
                m += 1
            if line[k - 1].text == "(" and not (m < len(line) and _ORDINAL.match(line[m].text)):
                continue
            spans.append((line[k].i, line[m - 1].i + 1))
        if sum(1 for t in line if t.text in ("-", "–")) >= 3 and len(spans) >= 3:
            found.extend(spans)
    return found


def batsman_spans(doc) -> list[tuple[int, int]]:
    """Batsmen opening a scorecard line: "Aamir Sohail c Croft b Gough 0", "Mushtaq Ahmed not out 14"."""
    found = []
    for line in lines(doc):
        k = 0
        while k < len(line) and k < 5 and (_is_capitalised(line[k]) and not line[k].is_upper
                                           or _INITIAL.match(line[k].text) or _glued_hyphen(doc, line[k].i)
                                           or k and line[k].is_alpha and line[k - 1].text == "-"):
            k += 1
        if not any(_is_capitalised(t) for t in line[:k]) or k + 1 >= len(line) \
                or not any(is_number(t) for t in line[k:]):
            continue
        mark = line[k].text
        if mark in _SCORECARD_MARKS and _is_capitalised(line[k + 1]) or mark == "lbw" \
                or (mark in ("run", "not") and line[k + 1].lower_ == "out"):
            found.append((line[0].i, line[k - 1].i + 1))
    return found


def scorecard_spans(doc) -> list[tuple[int, int]]:
    """Players named in cricket dismissals: "c Vaas b Chandana", "st Moin Khan", "b Ata-ur-Rehman"."""
    found = batsman_spans(doc)
    for token in doc:
        if token.text not in _SCORECARD_MARKS or token.i + 1 >= len(doc):
            continue
        nxt = doc[token.i + 1]
        if not _is_capitalised(nxt) or nxt.is_upper:
            continue
        line_has_number = any(is_number(t) for t in doc[token.i:min(len(doc), token.i + 12)]
                              if "\n" not in t.text)
        if line_has_number:
            end = nxt.i + 1
            # the whole name: "st Moin Khan", "b Ata-ur-Rehman"
            while end < len(doc) and end - nxt.i < 6 and (
                    _is_capitalised(doc[end]) and not doc[end].is_upper and doc[end].text not in _SCORECARD_MARKS
                    or _glued_hyphen(doc, end)
                    or doc[end].is_alpha and doc[end - 1].text == "-" and not doc[end - 1].whitespace_):
                end += 1
            while doc[end - 1].text == "-":
                end -= 1
            found.append((nxt.i, end))
    return found


def _glued_hyphen(doc, i: int) -> bool:
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and i + 1 < len(doc) and doc[i + 1].is_alpha


def _ends_line(token) -> bool:
    return "\n" in token.text or "\n" in token.whitespace_


def _short_line(doc, start: int, most: int) -> list:
    """The line of :func:`lines` that holds token ``start``, or [] when none does or it has more than
    ``most`` tokens: found from the token outwards, as going through ``lines(doc)`` for each mention
    of a long text was quadratic."""
    count = 0
    first = start
    while first > 0 and not _ends_line(doc[first - 1]):
        first -= 1
        count += not doc[first].is_space
        if count > most:
            return []
    last = start
    while last + 1 < len(doc) and not _ends_line(doc[last]):
        last += 1
        count += not doc[last].is_space
        if count > most:
            return []
    line = [t for t in doc[first:last + 1] if not t.is_space]
    if len(line) > most or not line or not line[0].i <= start <= line[-1].i:
        return []
    return line


def dateline(doc, start: int, body_start: int | None = None) -> bool:
    """Whether the token stands on a line that holds a year or date ("LONDON 1996-08-30"), or, given
    where the body starts, in the dateline's place that stands alone just before it (see
    ``generator.extract.nlp_text``: "LONDON, Aug 30 -" becomes a paragraph "London")."""
    line = _short_line(doc, start, 12)
    if any(_DATE_NUMBER.match(t.text) for t in line):
        return True
    if body_start is None or doc[start].idx >= body_start:
        return False
    opening = text_of(doc)[:body_start].rstrip()
    last = opening[opening.rfind("\n\n") + 2:] if "\n\n" in opening else opening
    return doc[start].idx >= len(opening) - len(last) and len(last.split()) <= 6 \
        and not last.endswith((".", "!", "?", ":"))


def dateline_place(doc, span: tuple[int, int] | None) -> list[tuple[int, int]]:
    """Tokens of the dateline's place, the part before its first comma ("Horsham, Penn." -> Horsham),
    given ``span``, the characters of the paragraph ``generator.extract.nlp_text`` made of the reader's
    dateline. A dateline names the place a story was filed from (wire style: "BASLE, March 3 -"), so it
    is a place whatever the model read: parsed alone (``parse.heading_cuts``), a lone town's name gives
    it nothing ("Basle", "Seattle") or a person or a body ("Horsham", "Knokke-Heist")."""
    if not span:
        return []
    place = doc.text[span[0]:span[1]].split(",")[0].rstrip()
    tokens = doc.char_span(span[0], span[0] + len(place), alignment_mode="expand") if place.strip() else None
    return [(tokens.start, tokens.end)] if tokens is not None and len(tokens) else []


def surname_lineup_spans(doc) -> list[tuple[int, int]]:
    """Players in a line-up written as surnames only, one team a line: "Morton, Moffat, S. Best, Ford,
    Douglas, Blair." (six or more names, commas between, nothing else on the line, none of them a
    place or organisation the gazetteer knows, at most half read as places or organisations by the model
    and no census surname (the model reads "Ford" and "Gray" as companies): "Ajax, PSV,
    ..." are clubs; the caller reads sports reports only). Each is a person, whatever the model made of "Ford" or "Douglas"."""
    from ...data.packages import census_surnames

    gaz, surnames = gazetteer(), census_surnames()
    found = []
    for line in lines(doc):
        items, item = [], []
        for t in line:
            if t.text in (",", ".", ";") and not _INITIAL.match(t.text):
                items.append(item)
                item = []
            else:
                item.append(t)
        if item:
            items.append(item)
        items = [i for i in items if i]
        if len(items) < 6 or not all(1 <= len(i) <= 3 and all(_is_capitalised(t) or _INITIAL.match(t.text)
                                                              for t in i) and _is_capitalised(i[-1])
                                     for i in items) \
                or any(gaz.lookup(doc[i[0].i:i[-1].i + 1].text) is not None for i in items) \
                or sum(i[-1].ent_type_ in ("ORG", "GPE", "LOC", "FAC", "NORP") and i[-1].lower_ not in surnames
                       for i in items) * 2 > len(items):
            continue                        # a list of clubs or towns: most read as people by the model
        found.extend((i[0].i, i[-1].i + 1) for i in items)
    return found + colon_lineups(doc)[0]        # "Gloucester: Marshall; Sharples, Trinder, ..."
