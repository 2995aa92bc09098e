"""Clubs and players in sports reports (issue 8, item 2): a club is an organisation, never its town.

- :func:`squad_slots`: the bracketed clubs of a squad list, "G Jenkins (Blues), M Davies (Gloucester)";
- :func:`position_player`: a player named by his position, "lock Rob Sidoli", "Mefin Davies plays at
  hooker" (a person, whatever the model made of a given name it does not know);
- :func:`team_context`: the words around a name that make it a team where it stands, "Leeds beat
  Everton", "Surrey captain", "the 1-0 win at Aston Villa"; :func:`locative`: where a place stands;
- :func:`club_name`: a club by the end of its name, "Exeter City", "Leyton Orient", "Man Utd",
  "Leicester Tigers".

Hand-written: no package reads the layout of a squad list or lists the ends of club names; the words
are the few British, European and US sports copy uses. Places come from the gazetteer and
``data.packages`` (GeoNames, pycountry).
"""
from __future__ import annotations

import re

from ...data import gazetteer, name_key
from .lineups import colon_lineups

# Positions a player plays, in words no other story uses in that sense ("flanker", "winger",
# "debutant"; not "hooker"): a squad story may hold no other word of sport alone ("side", "team",
# "game", "win").
POSITION_WORDS = frozenset("""
flanker winger wingers debutant debutants quarterback linebacker shortstop outfielder fullback
wicketkeeper centre-back full-back fly-half scrum-half
""".split())
# Position nouns written right before a player's full name: "lock Rob Sidoli", "prop Jon Yapp",
# "striker Didier Drogba"; and after "plays at|as": "Mefin Davies plays at hooker". "half" and "back"
# count only as the end of a hyphened position: "fly-half Stephen Jones", "full-back Kevin Morgan".
POSITION_BEFORE = POSITION_WORDS | frozenset("""
hooker lock prop centre wing striker midfielder defender goalkeeper keeper pitcher catcher bowler batsman opener
""".split())
_HYPHENED_ENDS = frozenset("half back".split())


# Verbs whose subject, in a sports report, is a team: "Leicestershire beat Somerset".
TEAM_VERBS = frozenset("""
beat defeat draw win lose lead host play score face trail reach edge thrash rout top clinch
overcome hold sign need extend dismiss bowl bat declare finish tie stay remain climb move close
take keep regain end suffer go slip drop crush hammer outclass outplay eliminate knock qualify
entertain
""".split())
# Nouns after a team name or its possessive: "Surrey captain", "Newcastle's striker", "the Edinburgh club".
TEAM_NOUNS = frozenset("""
captain coach manager striker midfielder defender goalkeeper keeper player players team squad
side fans supporters chairman bowler bowlers batsman batsmen pitcher pitchers win victory defeat
innings total lead reply debut record shirt clash fixture showdown game match
boss chief owner skipper forward winger academy club
""".split())
# Results a side gets "at" its opponent's ground: "the 1-0 win at Aston Villa", "drawing 1-1 at Derby"
# (the host club, not the town).
RESULT_NOUNS = frozenset("win victory defeat loss draw lose beat".split())
# Verbs of a player's move: "moved to Lancashire from Somerset", "on loan from Leeds".
MOVE_VERBS = frozenset("transfer loan sign join switch".split())
# Nouns of a match, before "with" and a side: "a clash with Barcelona", "their tie with Bath".
MATCH_NOUNS = frozenset("clash tie match fixture showdown meeting".split())
# Verbs of a draw, before "with" and the other side: "Norwich drew with Ipswich", "they tied with Leeds".
DRAW_VERBS = frozenset("draw tie level".split())
# Words before a team name: "against Surrey", "played for Kent", "joined Everton".
TEAM_BEFORE = frozenset("against v vs vs. beat beating defeated joined join for over host hosts entertain "
                        "entertains".split())
# Verbs before "for" and the side a player plays for: "played for Kent", "featured for Ostersunds".
FOR_VERBS = frozenset("play sign feature appear score star".split())
# Words after a team name: "Bath against Leinster", "Leeds v Everton".
TEAM_AFTER = frozenset("against v vs vs.".split())


def squad_slots(doc) -> set[tuple[int, int]]:
    """Token ranges of clubs in a squad list: "G Jenkins (Blues), M Davies (Gloucester), A Jones
    (Ospreys)". A line with three or more players (a capitalised name, perhaps after initials) each
    followed by one to three capitalised words in brackets, no country among them (athletes listed
    with their country are :func:`competitor_spans`), is a squad; the bracketed names are the
    players' clubs, even one that is also a town ("Gloucester")."""
    from .sports import lines

    gaz = gazetteer()
    countries = {name_key(c) for c in gaz.countries}
    slots: set[tuple[int, int]] = set()
    for line in lines(doc):
        found, country = [], False
        for k, t in enumerate(line):
            if t.text != "(" or k == 0 or not (_is_capitalised(line[k - 1]) and not line[k - 1].is_upper):
                continue
            close = next((j for j in range(k + 1, min(len(line), k + 5)) if line[j].text == ")"), None)
            inner = line[k + 1:close] if close is not None else []
            if not inner or not all(_is_capitalised(w) for w in inner):
                continue
            text = doc[inner[0].i:inner[-1].i + 1].text
            known = gaz.lookup(text)
            if name_key(text) in countries or known and known[0] in gaz.countries:
                country = True
            found.append((inner[0].i, inner[-1].i + 1))
        if len(found) >= 3 and not country:
            slots.update(found)
    return slots | set(colon_lineups(doc)[1])     # "Gloucester: Marshall; Sharples, ..."


def position_player(doc, start: int, end: int) -> bool:
    """Whether a full name (two words or more) is a player named by the position he plays: "lock Rob
    Sidoli", "fly-half Stephen Jones" (a lower-case position noun right before, on the same line),
    "Mefin Davies plays at hooker" (after)."""
    if end - start < 2:
        return False
    before = doc[start - 1] if start >= 1 else None
    if before is not None and before.is_lower and "\n" not in before.whitespace_ and (
            before.lower_ in POSITION_BEFORE
            or before.lower_ in _HYPHENED_ENDS and start >= 3 and doc[start - 2].text == "-"
            and not doc[start - 2].whitespace_):
        return True
    after = doc[end:end + 4]
    return len(after) >= 3 and after[0].lemma_.lower() == "play" and after[1].lower_ in ("at", "as", "in") \
        and any(t.lower_ in POSITION_BEFORE for t in after[2:])


# Last words of a club's name that name no organisation elsewhere: "Exeter City", "Notts County",
# "Leyton Orient", "Aston Villa", "Preston North End", "Graz AK". (The words that make any name an
# organisation, "Rovers", "Wanderers", "United", "FC", are in data/org_words.txt.) No package lists
# the ends of club names; these are the ones British, European and US results tables use.
CLUB_ENDS = frozenset("city county town orient villa end united athletic albion rangers celtic thistle argyle alexandra academical "
                      "athletico atletico sc ac ak cf afc".split())
# Ends that make a club's name in any article, sports report or not: "Man Utd bid".
CLUB_ONLY_ENDS = frozenset("utd afc".split())
# Plurals after a town that name a place or an event, not a club: "Beverly Hills", "London Olympics".
_NOT_CLUB_PLURALS = frozenset("""hills heights mountains islands isles lakes springs falls plains keys rapids
highlands lowlands woods fields sands gardens docks olympics games championships nationals internationals
open masters trials paralympics slams indoors outdoors finals series""".split())


def club_name(name: str, *, sports: bool) -> bool:
    """Whether a name of two to four words is a club's by its last word: "Man Utd" anywhere; in a
    sports report (``sports``) "Exeter City", "Notts County", "Leyton Orient", and a town followed by
    a capitalised plural, "Leicester Tigers", "Sale Sharks", "Chicago Bulls". A place the gazetteer
    knows ("Mexico City", "Cape Town") is never a club by its name."""
    words = name.replace(".", " ").split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    last = words[-1].lower()
    if last in CLUB_ONLY_ENDS:
        return True
    gaz = gazetteer()
    if not sports or gaz.lookup(name) is not None:
        return False
    if last in CLUB_ENDS:
        return last != "end" or words[-2] in ("North", "South", "East", "West")
    from ...data.packages import census_surnames, place_keys
    head = " ".join(words[:-1])
    known = gaz.lookup(head)
    return len(words[-1]) > 3 and last.endswith("s") and not last.endswith("ss") and words[-1][1:].islower() \
        and last not in _NOT_CLUB_PLURALS and last not in census_surnames() \
        and not any(w.lower() in gaz.given_names for w in words[:-1]) \
        and (known is not None and known[1] == "place" or known is None and name_key(head) in place_keys()) \
        and name_key(name) not in place_keys()


def team_context(doc, start: int, end: int) -> bool:
    """Whether the words around a name treat it as a team: subject of "beat", "Surrey captain",
    "against Kent", "Newcastle's striker"."""
    head = doc[end - 1]
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in TEAM_VERBS \
            and _same_line(doc, head.i, head.head.i):
        return True
    if head.dep_ == "compound" and head.head.lemma_.lower() in TEAM_NOUNS and head.head.i == end:
        return True
    after = doc[end:end + 3]
    if len(after) >= 2 and after[0].text in ("'s", "’s", "'", "’") and (
            after[1].lemma_.lower() in TEAM_NOUNS or len(after) > 2 and after[2].lemma_.lower() in TEAM_NOUNS):
        return True
    if len(after) >= 2 and after[0].text in ("'s", "’s", "'", "’") and after[1].ent_type_ == "PERSON" \
            or head.dep_ == "poss" and head.head.lemma_.lower() in TEAM_NOUNS | {"season", "roster", "lineup"}:
        return True                             # "Washington's Danny Espinosa", "Washington's disastrous 2015 season"
    if len(after) >= 1 and after[0].lemma_.lower() in TEAM_NOUNS | POSITION_BEFORE and after[0].pos_ == "NOUN":
        return True                             # "Surrey captain", "the Leicester flanker"
    if head.dep_ == "dobj" and head.head.lemma_.lower() in TEAM_VERBS and head.head.pos_ == "VERB" \
            and _same_line(doc, head.i, head.head.i):
        return True                             # "Sale host Bath", "beat Leeds"
    if len(after) >= 1 and after[0].lower_ in TEAM_AFTER and head.tag_ == "NNP":
        return True                             # "for Bath against Leinster", "Leeds v Everton"
    if len(after) >= 1 and after[0].lower_ in ("have", "are", "were") and head.tag_ == "NNP" \
            and head.dep_ in ("nsubj", "nsubjpass") and len(doc[start:end]) <= 2:
        return True                             # "Bath have been knocked out": a club is plural in British writing
    if start >= 3 and doc[start - 1].lower_ == "to" and doc[start - 2].lower_ in ("home", "away") \
            and (doc[start - 3].lower_ == "at" or doc[start - 3].lemma_.lower() in RESULT_NOUNS) \
            or start >= 2 and doc[start - 1].lower_ == "to" and doc[start - 2].lower_ == "away":
        return True                             # "at home to Bristol", "victory home to Leicester", "away to Leeds"
    if start >= 2 and doc[start - 1].text == "(" and doc[start - 2].lower_ in ("club", "side", "team") \
            and end < len(doc) and doc[end].text == ")":
        return True                             # "another lower league club (Leicester)"
    if start >= 2 and doc[start - 1].text == "(" and end < len(doc) and doc[end].text == ")" \
            and (doc[start - 2].text[:1].isupper() or doc[start - 2].lower_ in POSITION_BEFORE | {"forward"}):
        return True                             # "M Davies (Gloucester)", "Jake Taylor, midfielder (Reading)": the player's club
    if result_at(doc, start):
        return True                             # "the 1-0 win at Aston Villa": the host club
    if len(after) >= 2 and after[0].is_lower and after[0].lower_ in POSITION_BEFORE and _is_capitalised(after[1]) \
            and _same_line(doc, start, after[1].i):
        return True                             # "Munster lock Paul O'Connell", "Blues prop John Yapp"
    if start >= 1 and doc[start - 1].lower_ in ("from", "to") and (doc[start - 1].head.lemma_.lower() in MOVE_VERBS
                                                                    or player_moves(doc[start - 1])):
        return True                             # "joined the Gunners from Seville", "on loan from Leeds"
    if start >= 2 and doc[start - 1].lower_ == "with" and doc[start - 2].lemma_.lower() in MATCH_NOUNS | DRAW_VERBS:
        return True                             # "the Champions League clash with Barcelona", "drew with Ipswich"
    if plural_club(doc, head) or start >= 1 and doc[start - 1].lower_ == "to" \
            and doc[start - 1].head.lemma_.lower() in TRAVEL_VERBS \
            and any(c.dep_ == "nsubj" and plural_club(doc, c) for c in doc[start - 1].head.children):
        return True                             # "Crystal Palace go to Sunderland": both are clubs
    if start > 0 and doc[start - 1].lower_ in TEAM_BEFORE:
        return doc[start - 1].lower_ != "for" or (start > 1 and doc[start - 2].lemma_.lower() in FOR_VERBS)
    return False


# Verbs of a player's move whose subject must be a player: "he will return to Lancashire", "the
# 25-year-old moved to the Red Rose from Somerset" (not "the series moves to Cardiff").
PLAYER_MOVE_VERBS = frozenset("move return".split())
_PLAYER_WORDS = frozenset("he she player".split())


def player_moves(prep) -> bool:
    """Whether a preposition ("to", "from") hangs on "move" or "return" whose subject is a player:
    "he", "she", a person the model names, a position ("the striker"), "the 25-year-old"."""
    verb = prep.head
    if verb.dep_ == "pobj":                     # "moved to the Red Rose from Somerset": "from" hangs on "Rose"
        verb = verb.head.head
    if verb.lemma_.lower() not in PLAYER_MOVE_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or \
        ([c for c in verb.head.children if c.dep_ == "nsubj"] if verb.dep_ == "conj" else [])
    return any(t.lower_ in _PLAYER_WORDS or t.lower_ in POSITION_BEFORE or t.ent_type_ == "PERSON"
               or t.lower_ == "old" and t.i >= 2 and t.doc[t.i - 2].lower_ in ("year", "years")
               for t in subjects)


# Verbs of a side going to its opponent's ground: "Crystal Palace go to Sunderland".
TRAVEL_VERBS = frozenset("go travel head".split())


def plural_club(doc, head) -> bool:
    """Whether a capitalised name (its last token ``head``) is the subject of a verb in the plural
    present, as British sports copy writes a club: "Crystal Palace go", "Blackburn travel" (a
    singular name with "go", not "goes"). A plural name ("Americans"), a verb after "will" or "to",
    or a verb on another line does not count."""
    verb = head.head
    if head.dep_ != "nsubj" or not head.text[:1].isupper() or head.tag_ == "NNPS" or head.i == 0 \
            and head.is_sent_start and head.tag_ not in ("NNP",) or verb.i < head.i:
        return False
    if verb.lemma_.lower() in ("be", "have") or not _same_line(doc, head.i, verb.i):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg", "mark") for c in verb.children):
        return False
    return verb.tag_ == "VBP" or verb.tag_ == "VB" and verb.dep_ == "ROOT"


def _same_line(doc, a: int, b: int) -> bool:
    # the parser links a dateline's "LONDON" to the next line's verb; a line break ends a clause
    lo, hi = min(a, b), max(a, b)
    return not any("\n" in t.text or "\n" in t.whitespace_ for t in doc[lo:hi])


def result_at(doc, start: int) -> bool:
    """Whether a name follows "at" after a result or a score: "the 1-0 win at Aston Villa", "drawing
    1-1 at Derby" (the host club, not its town; "the match in Leicester" is the town)."""
    if start < 2 or doc[start - 1].lower_ != "at":
        return False
    before = doc[start - 2]
    return before.lemma_.lower() in RESULT_NOUNS or before.text.isdigit() and start >= 4 \
        and doc[start - 3].text in ("-", "–") and doc[start - 4].text.isdigit() \
        or bool(re.match(r"^\d+[-–]\d+$", before.text))


def locative(doc, start: int) -> bool:
    """Whether a name stands where a place does: "in Leeds", "at Bath", "near York" (not "the win at
    Derby": :func:`result_at`)."""
    return start > 0 and doc[start - 1].lower_ in ("in", "at", "near", "from", "to", "outside") \
        and not result_at(doc, start)


def _is_capitalised(token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def clubs_by_name(doc, built: list, teams: set, located: set) -> list:
    """In a sports report, the article's own names for its clubs (``built``: the article's Entities;
    ``teams``: names read as teams where they stand; ``located``: places named where a place stands).
    Returns the list with these read as organisations:

    - a town of one word read as a place or person where a club of that town's name is in the
      article ("Graz" beside "Graz AK") and no mention stands where a place does;
    - a one-word plural read as a person and written "the Padres", "the Lions" at every mention.
    """
    from dataclasses import replace

    heads = {name_key(" ".join(e.name.split()[:-1])) for e in built if e.kind == "organization"
             and (e.name in teams or club_name(e.name, sports=True)) and len(e.name.split()) >= 2}
    out = []
    for e in built:
        one = len(e.name.split()) == 1
        if one and e.name not in located and e.kind in ("place", "person") and name_key(e.name) in heads \
                or one and e.kind == "person" and e.name.endswith("s") and e.name[1:].islower() \
                and all(doc.text[:m.start].rstrip().split()[-1:] == ["the"] for m in e.mentions):
            e = replace(e, kind="organization")
        out.append(e)
    return out
