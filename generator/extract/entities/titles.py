"""Roles an article gives a person: "Prime Minister" in "Israeli Prime Minister Benjamin Netanyahu".

Two places are read: the words right before a name (pre-modifier titles) and an apposition right
after it ("Gallant, the defense minister,"). Nationality words ("Israeli", "U.S.") are not part of
a title. Titles come back Title-Cased, so the same role reads the same in every article.
"""
from __future__ import annotations

# Words a title ends on (its head). Lowercase; abbreviations with their dot.
TITLE_HEADS = frozenset("""
president minister secretary chancellor premier governor senator representative congressman
congresswoman mayor king queen prince princess emperor empress sultan emir sheikh pope cardinal
archbishop bishop rabbi imam ayatollah general colonel captain admiral commander chief judge justice
ambassador envoy speaker leader director chairman chairwoman chairperson chair ceo coach manager
spokesman spokeswoman spokesperson professor lawmaker negotiator adviser advisor commissioner executive
prosecutor attorney counsel inspector detective sergeant lieutenant marshal superintendent treasurer
councillor councilor councilman councilwoman councilmember alderman alderwoman assemblyman assemblywoman
mp mep sen. rep. gov. gen. col. capt. adm. lt. sgt. prof. supt. insp. cmdr. pres.
""".split()) | frozenset("gen col capt lt sgt prof supt insp cmdr cllr".split())   # British style writes no dot: "Lt Gen"

# Words that may stand inside a title before its head: "Vice President", "Defense Minister".
TITLE_MODIFIERS = frozenset("""
vice prime deputy acting foreign defense defence finance interior health justice state home economy
economic trade labor labour energy education agriculture environment transport transportation
security intelligence national general attorney chief executive managing first assistant associate
senior supreme district federal state-level majority minority opposition army navy military police
house party team club head interim caretaker crown grand lord high district county city
""".split()) | frozenset({"det", "ch"})         # "Det Insp", "Ch Supt": Detective Inspector, Chief Superintendent

# Honorifics: stripped from names, not titles.
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady mx mx. messrs messrs.".split())
# Courtesy titles, which style guides put only before a person's surname (BBC and Guardian style:
# "Mr Cable", "Mrs May", "Ms Blears" on second reference). Not "Dr", "Miss", "Sir", "Lord" or "Lady":
# those also open brands, pageants and grounds ("Dr Pepper", "Miss World", "Lord's").
COURTESY_TITLES = frozenset("mr mr. mrs mrs. ms ms. mx mx. messrs messrs.".split())

_LOWER_WORDS = {"of", "the", "and", "for", "on", "in"}
# Abbreviated titles are written out, so "Sen." and "Senator" make one title.
ABBREVIATIONS = {"sen.": "Senator", "rep.": "Representative", "gov.": "Governor", "gen.": "General",
                 "col.": "Colonel", "capt.": "Captain", "adm.": "Admiral", "lt.": "Lieutenant",
                 "sgt.": "Sergeant", "prof.": "Professor", "supt.": "Superintendent",
                 "insp.": "Inspector", "cmdr.": "Commander", "pres.": "President",
                 **{a: full for a, full in (("gen", "General"), ("col", "Colonel"), ("capt", "Captain"),
                                            ("lt", "Lieutenant"), ("sgt", "Sergeant"), ("prof", "Professor"),
                                            ("supt", "Superintendent"), ("insp", "Inspector"),
                                            ("cmdr", "Commander"), ("cllr", "Councillor"), ("det", "Detective"),
                                            ("ch", "Chief"))}}


def title_case(words: list[str]) -> str:
    """Title-Case a title's words: "defense minister" -> "Defense Minister"; "CEO" stays; "Sen." -> "Senator"."""
    out = []
    for i, word in enumerate(words):
        if word.lower() in ABBREVIATIONS:
            out.append(ABBREVIATIONS[word.lower()])
        elif i and word.lower() in _LOWER_WORDS:
            out.append(word.lower())
        elif word.isupper() and len(word) > 1 and "." not in word:
            out.append(word)                    # acronyms: CEO, MP
        else:
            out.append(word[:1].upper() + word[1:].lower())
    return " ".join(out)


# Words that a hyphen joins to a whole title, not to its first word: "ex-health secretary".
_PREFIXES = frozenset("ex then former one-time".split())


def _hyphen(doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen inside a word ("first-team", "Vice-President")."""
    return 1 <= i < len(doc) - 1 and doc[i].text in ("-", "–") and not doc[i].whitespace_ \
        and not doc[i - 1].whitespace_


def _premodifier_title(doc, start: int, blocked: set[int]) -> list[str]:
    """Title words right before token ``start``, stopping at nationality words and non-title words.
    A hyphenated title is one title ("Vice-President", "Secretary-General": the style guides write
    both; the words are kept, the hyphen goes), but a compound modifier is no title word ("first-team
    coach" is a Coach, not a "Team Coach"; AP Stylebook, "hyphen": compound modifiers); a prefix
    is no compound ("ex-health secretary": a Health Secretary)."""
    words: list[str] = []
    i = start - 1
    while i >= 0 and i not in blocked:
        token = doc[i]
        low = token.text.lower()
        if low in TITLE_HEADS or low in TITLE_MODIFIERS:
            words.insert(0, token.text)
        elif low == "of" and i > 0 and doc[i - 1].text.lower() in TITLE_HEADS and words:
            words.insert(0, token.text)
        elif low in ("and", "&") and i > 0 and doc[i - 1].text.lower() in TITLE_HEADS and words:
            words.insert(0, token.text)             # "chairman and chief executive Richard Parsons"
        elif _hyphen(doc, i) and words and words[0].lower() in TITLE_HEADS \
                and doc[i - 1].lower_ in TITLE_HEADS | TITLE_MODIFIERS:
            pass                                    # "Vice-President", "Secretary-General": one title
        else:
            break
        i -= 1
    # the title must hold a head word, and must not start with "of" or "and"
    while words and words[0].lower() in ("of", "and", "&"):
        words.pop(0)
    if words and words[0].lower() not in TITLE_HEADS and _hyphen(doc, i) and doc[i - 1].lower_ not in _PREFIXES:
        words.pop(0)                            # "first-team coach": "team" is half of a compound, not a title word
    if not any(w.lower() in TITLE_HEADS for w in words):
        return []
    # "Defense" alone before a name is no title; trim modifiers after the last head.
    last_head = max(i for i, w in enumerate(words) if w.lower() in TITLE_HEADS)
    tail = words[last_head + 1:]
    if tail and not (len(tail) >= 2 and tail[0].lower() == "of"):
        words = words[:last_head + 1]
    return words


def _appositive_title(doc, end: int, blocked: set[int]) -> list[str]:
    """A title in an apposition after the name: "Gallant, the defense minister," -> defense minister."""
    if end >= len(doc) or doc[end].text != ",":
        return []
    i = end + 1
    if i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    words: list[str] = []
    while i < len(doc) and len(words) < 5:
        token = doc[i]
        if i in blocked:                        # nationality or place words: "Israel's", "Israeli"
            i += 1
            continue
        if token.text in ("'s", "’s"):
            i += 1
            continue
        low = token.lower_
        if low in TITLE_HEADS or low in TITLE_MODIFIERS or (low == "of" and words):
            words.append(token.text)
            i += 1
            continue
        break
    of_body = False
    if len(words) >= 2 and words[-1].lower() == "of" and words[-2].lower() in TITLE_HEADS and i < len(doc) \
            and (doc[i].lower_ == "the" or doc[i].text[:1].isupper()):
        words.pop()                             # "Cullen, the general secretary of the Royal College of ..."
        of_body = True
    if not words or words[-1].lower() not in TITLE_HEADS:
        return []
    if not of_body and i < len(doc) and not (doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX")):
        return []                               # "the defense minister's office": not an apposition
    return words


def _preappositive_title(doc, start: int, blocked: set[int]) -> list[str]:
    """A title set before the name between "the" and a comma, at a sentence's start or after a verb of
    saying: "The Labour leader, Joanna Whitlock, said", "..., said the trust's chief executive, Fiona
    Blake." -> Leader (the body's name is another actor's), Chief Executive. The name must close the
    apposition (a comma, a stop or a verb after it: see :func:`titles_for`)."""
    if start < 3 or doc[start - 1].text != "," or doc[start - 2].lower_ not in TITLE_HEADS:
        return []
    words: list[str] = []
    i = start - 2
    while i >= 0 and start - 2 - i < 5:
        token = doc[i]
        low = token.lower_
        if low in ("the", "its", "his", "her", "their"):
            break
        if i in blocked or token.text in ("'s", "’s"):
            i -= 1
            continue
        if low in TITLE_HEADS or low in TITLE_MODIFIERS or low == "of" and words:
            words.insert(0, token.text)
        elif token.text[:1].isupper() and token.is_alpha and words and not token.is_sent_start:
            words.insert(0, token.text)         # the body's name: "Labour leader"
        elif token.is_alpha and i + 1 < len(doc) and doc[i + 1].text in ("'s", "’s"):
            pass                                # "the trust's": whose, not part of the title
        else:
            return []
        i -= 1
    if i < 0 or doc[i].lower_ not in ("the", "its", "his", "her", "their"):
        return []
    if not (doc[i].is_sent_start or i > 0 and doc[i - 1].lemma_ in ("say", "add", "tell", "write")):
        return []                               # "After meeting the chairman, Tom Ash left": no apposition
    while words and words[0].lower() == "of":
        words.pop(0)
    return words


def titles_for(doc, spans, *, blocked: set[int] = frozenset()) -> tuple[str, ...]:
    """The titles given to a person at ``spans`` (token ``(start, end)`` pairs), first seen first.

    Args:
        doc: the parsed article.
        spans: token ranges of the person's mentions.
        blocked: token indices of other actors (nationalities, places) that end a title.
    Returns:
        Title-Cased titles without nationality words, duplicates removed.
    """
    found: list[str] = []
    for start, end in spans:
        closed = end >= len(doc) or doc[end].text in (",", ".") or doc[end].pos_ in ("VERB", "AUX")
        before = _premodifier_title(doc, start, blocked) or (_preappositive_title(doc, start, blocked) if closed else [])
        for words in (before, _appositive_title(doc, end, blocked)):
            if words:
                title = title_case(words)
                if title not in found:
                    found.append(title)
    return tuple(found)


def courtesy_named(doc, start: int, end: int) -> bool:
    """Whether tokens ``start..end`` of a spaCy ``doc`` are a courtesy title (``COURTESY_TITLES``,
    capitalised, after an optional "the") and then capitalised words: "Mr Cable", "Ms Blears". Such a
    name is a person's whatever the model typed it ("a spokesman for Mr Blair" read as an
    organisation); a name that holds an organisation's word is left to the other rules."""
    while start < end and doc[start].lower_ == "the":
        start += 1
    return end - start >= 2 and doc[start].lower_ in COURTESY_TITLES and doc[start].text[:1].isupper() \
        and all(t.text[:1].isupper() or t.is_punct for t in doc[start + 1:end])


def after_courtesy(doc, start: int) -> bool:
    """Whether a capitalised courtesy title (``COURTESY_TITLES``) stands right before token ``start``:
    "Mr [Lyons]". What follows is a person's surname as the article spells it."""
    return start > 0 and doc[start - 1].lower_ in COURTESY_TITLES and doc[start - 1].text[:1].isupper()
