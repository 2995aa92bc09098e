"""The kind of an actor: gazetteer, shape of the name, context ("commanders of X", "the city of X",
"Surrey captain", "at Headingley") and the model's votes over all mentions."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ...data import Gazetteer, gazetteer, name_key
from ...data.packages import place_keys
from ...types import Entity
from .companies import PARTY_NAMES, PARTY_SHORT_FORMS
from .context import regions
from .names import Group, INITIAL, PLACE_PREPOSITIONS, POSSESSIVE_TOKENS, possessive_after, surface
from .roles import venue_only
from .clubs import club_name
from .clubs import locative, team_context
from .sports import dateline

# Nouns whose "of X" complement is an organisation: "commanders of Hezbollah".
MEMBER_NOUNS = frozenset("commander commanders leader leaders member members fighter fighters "
                         "spokesman spokeswoman spokesperson head chief founder militant militants "
                         "wing official officials".split())
# Nouns that make "X's <noun>" an organisation's: "Hamas' political wing".
ORG_PARTS = frozenset("wing wings leadership leader leaders spokesman spokeswoman spokesperson "
                      "commander commanders fighters militants politburo headquarters".split())
# Nouns whose "of X" complement is a place: "the city of Arbil".
PLACE_NOUNS = frozenset("city town village province region district port capital county state island "
                        "suburb outskirts area republic".split())
# Head words of a school's, a hospital's or a museum's name, never of a person's or a place's: "Wrexham
# Maelor Hospital", "Walker Art Gallery".
INSTITUTION_WORDS = frozenset("school college academy hospital clinic gallery museum library".split())
# Last words of a street's or a square's name, never of a person's: "Edgar Street", "Albert Square".
STREET_WORDS = frozenset("street road avenue square boulevard".split())
# Head nouns of a natural feature's name, last ("Ostrava Bay", "Marrow River") or first ("Mount
# Halloran", "Lake Tenby"): a place, unless the other word is a given name ("Michael Bay", "Ricki
# Lake", "Lake Bell" are people). Not "hill", "park", "wood", "brook": common surnames.
FEATURE_LAST = frozenset("bay river creek canyon valley gulf peninsula island islands harbour harbor beach "
                         "lagoon fjord glacier lake estuary".split())
FEATURE_FIRST = frozenset("mount lake cape isle loch".split())
# Words a road's number follows: "Route 9", "Highway 61", "Interstate 95" (the number names the road).
ROAD_HEADS = frozenset("route highway interstate".split())
# Office holders whose "of X" complement is a place: "the mayor of Krakow".
PLACE_OFFICES = frozenset("mayor mayors governor governors".split())
# Words of travel whose "to X" goes to a place: "flights to Düsseldorf", "returned to Kraków".
TRAVEL_WORDS = frozenset("flight train bus ferry route trip journey travel fly return move drive sail "
                         "head".split())
# Last words of events (tournaments, prizes, holidays): named, but not actors.
EVENT_WORDS = frozenset("cup open championship championships tournament games olympics olympiad prix "
                        "masters series tour award awards prize trophy classic stakes marathon festival "
                        "final finals day convention summit dialogue show expo exhibition".split()) \
    | {"oscars", "emmys", "grammys", "baftas"}          # "Consumer Electronics Show", "Chelsea Flower Show"
# ... and, in a sports report, competitions: "American League", "Premier League".
SPORTS_EVENT_WORDS = frozenset({"league"})


def opens_event(doc, end: int) -> bool:
    """Whether a name ending at token ``end`` opens an event's name: "US Open", "Paris Masters" (a
    place there is no mention of the place; the event is no actor)."""
    return end < len(doc) and doc[end].text[:1].isupper() and doc[end].lower_ in EVENT_WORDS


def is_event(group: Group, *, sports: bool = False) -> bool:
    """Whether the group names an event, not an actor: "Hong Kong Open", "Fed Cup", "Labor Day".

    The last word decides, on a name of two or more words (a lone "Cup" is no event name; an
    acronym beside the name, "DNC", does not count); a gazetteer entry is never an event. In a sports report a league is a competition; elsewhere
    ("Arab League") an organisation.
    """
    if group.canonical:
        return False
    forms = [f.split() for f in group.forms if len(f.split()) >= 2] or [group.key.split()]   # "DNC" aside
    ends = EVENT_WORDS | SPORTS_EVENT_WORDS if sports else EVENT_WORDS
    return all(len(words) >= 2 and words[-1].lower() in ends for words in forms)


def split_teams(doc, groups: list[Group], gaz: Gazetteer) -> list[Group]:
    """In a sports report, a town or county named as a team is a club: "Surrey beat Kent".

    The mentions read as a team become an organisation; the rest stay a place only where they stand
    as one ("in Leeds", a dateline), so one article can hold Leeds the club and Leeds the city.
    """
    out = []
    for g in groups:
        teams = [m for m in g.mentions if m.team]
        one_word = len(g.key.split()) == 1
        placeish = g.kind_fixed == "place" and g.canonical not in gaz.countries
        unknown_single = not g.kind_fixed and one_word and g.key not in gaz.given_names \
            and not any(m.titled or m.competitor for m in g.mentions) \
            and (voted_kind(g) != "person" or any(team_context(doc, m.start, m.end) for m in teams))
        # a name of two words or more the model read as a body or a place, a team and the subject of its
        # verb at every mention: "Crystal Palace go to ..." (not "won three Grand Slams", "Zurich Premiership matches")
        unknown_team = not g.kind_fixed and not one_word and len(teams) == len(g.mentions) \
            and voted_kind(g) in ("organization", "place") \
            and all(doc[m.end - 1].dep_ in ("nsubj", "nsubjpass") for m in g.mentions) \
            and g.key.split()[0] not in gaz.given_names and not _starts_with_initial(g) \
            and not any(m.titled or m.competitor for m in g.mentions)
        if not teams or not (placeish or unknown_single or unknown_team):
            out.append(g)
            continue
        if unknown_single or unknown_team:
            g.team, g.kind_fixed = True, "organization"
            out.append(g)
            continue
        rest = [m for m in g.mentions if not m.team and (locative(doc, m.start)
                                                         or m.shouting and dateline(doc, m.start))]
        others = [m for m in g.mentions if not m.team and m not in rest]
        team = Group(key=g.key, mentions=teams + others, canonical=g.canonical, kind_fixed="organization",
                      team=True)
        for m in team.mentions:
            if not m.shouting:
                team.forms[surface(doc, m.start, m.end)] += 1
        out.append(team)
        if rest:
            place = Group(key=g.key, mentions=rest, canonical=g.canonical, kind_fixed="place")
            for m in rest:
                if not m.shouting:
                    place.forms[surface(doc, m.start, m.end)] += 1
            out.append(place)
    return out


def voted_kind(group: Group) -> str:
    votes = Counter(m.label for m in group.mentions)
    if any(m.titled for m in group.mentions):
        votes["person"] += 2
    votes["person"] += 2 * sum(m.competitor for m in group.mentions)
    order = ("person", "organization", "place", "group")
    return max(order, key=lambda k: (votes[k], -order.index(k)))


def _context_org(doc, group: Group) -> bool:
    """Whether the text treats the name as an organisation: "commanders of X", "X's political wing"."""
    for m in group.mentions:
        if m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in MEMBER_NOUNS:
            return True
        after = doc[m.end:m.end + 3]
        if len(after) >= 2 and after[0].text in POSSESSIVE_TOKENS and (
                after[1].lower_ in ORG_PARTS or len(after) > 2 and after[2].lower_ in ORG_PARTS):
            return True
    return False


def context_place(doc, group: Group) -> bool:
    """Whether the text calls the name a place: "the city of X", "the islands of Y and X"."""
    for m in group.mentions:
        if m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in PLACE_NOUNS \
                and doc[m.start - 2].text.islower():
            return True
        first = doc[m.end - 1]
        while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
            first = first.head                  # "the islands of Viti Levu and [Vanua Levu]"
        of = first.head if first.dep_ == "pobj" else None
        if of is not None and of.lower_ == "of" and of.i < first.i and of.head.is_lower \
                and of.head.lemma_ in PLACE_NOUNS and of.head.i == of.i - 1:
            return True                         # "the two main islands of [Viti Levu]"
    return False


def _stands_as_place(doc, start: int, travel: bool = True) -> bool:
    """Whether the name at token ``start`` stands where only a place does: "in X", "near X",
    "outside X", "the mayor of X", "flights to X" (not a bare "to X" or "at X", which also take
    people and clubs). ``kind_cues.place_cues`` reads one article's person the same way after all
    mentions are built; this reads the group's vote, organisation votes included. ``travel``: whether "to X" after a word of travel counts (not for a name
    read as an organisation, which may be a club a player moves to)."""
    if start >= 1 and doc[start - 1].lower_ in PLACE_PREPOSITIONS:
        return True
    if travel and start >= 2 and doc[start - 1].lower_ == "to" and doc[start - 2].lemma_.lower() in TRAVEL_WORDS:
        return True
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in PLACE_OFFICES


def _one_word(group: Group) -> bool:
    """Whether the name is written as one word, hyphens and all ("Kraków", "Trois-Rivières")."""
    return len(group.key.split()) == 1 or bool(group.forms) and all(" " not in f.strip() for f in group.forms)


def actor_kind(doc, group: Group, gaz: Gazetteer) -> str:
    """The actor kind of a group: gazetteer, then the shape of the name and its context, then votes."""
    voted = voted_kind(group)
    titled = any(m.titled for m in group.mentions)
    words = group.key.split()
    last_word = words[-1] if words else ""
    if group.team and group.canonical in gaz.countries:
        return "place"                          # a national team is its country
    if any(m.company for m in group.mentions) and not group.kind_fixed:
        return "organization"                   # "Robert W. Baird and Co Inc", "analyst at Sanford Bernstein"
    head_word = words[words.index("of") - 1] if "of" in words[1:] else last_word
    if len(words) >= 2 and head_word in INSTITUTION_WORDS and not group.kind_fixed and not titled:
        return "organization"                   # "Wrexham Maelor Hospital", "Saint Martins College of Art"
    if 2 <= len(words) <= 4 and last_word in STREET_WORDS and not group.kind_fixed and not titled \
            and not any(m.competitor for m in group.mentions):
        return "place"                          # "Edgar Street", "Albert Square": no one's surname
    if 2 <= len(words) <= 4 and not group.kind_fixed and not titled and not group.team \
            and not any(m.competitor or m.team for m in group.mentions) \
            and (last_word in FEATURE_LAST and not _given(words[0]) or words[0] in FEATURE_FIRST and not _given(words[1])):
        return "place"                          # "Ostrava Bay", "Mount Halloran"
    if len(words) == 2 and words[0] in ROAD_HEADS and words[1].isdigit() and not group.kind_fixed:
        return "place"                          # "Route 9", even where its number reads as a score
    if 2 <= len(words) <= 4 and not group.kind_fixed and not any(w in gaz.org_words for w in words) \
            and (words[0] in gaz.given_names or _starts_with_initial(group)):
        return "person"                         # "Guy Forget", "H. Morris" read as organisations
    if not group.kind_fixed and any(m.competitor for m in group.mentions) and voted == "person":
        return "person"                         # a scorecard's bowler, even where his figures read as a score
    if group.team and group.kind_fixed != "group" and (voted != "person" or len(words) == 1 or (
            words[0] not in gaz.given_names and not titled
            and not any(m.competitor for m in group.mentions) and not _starts_with_initial(group))):
        return "organization"                   # a club in a results table, even "Leeds"
    if group.kind_fixed:
        if group.kind_fixed == "place" and voted == "person" and titled:
            return "person"
        return group.kind_fixed
    if voted != "place" and not titled and context_place(doc, group):
        return "place"                          # "the city of Arbil"
    if voted in ("person", "organization") and not titled and _one_word(group) and group.key in place_keys() \
            and not group.team and any(_stands_as_place(doc, m.start, travel=voted == "person")
                                       and not possessive_after(doc, m.end)
                                       for m in group.mentions):
        return "place"                          # "arrived in Kraków", not "in Obama's cabinet": a GeoNames
                                                # city the model took for a name (also "in Trois-Rivières")
    if voted == "organization" and not titled and not group.team and not any(m.company for m in group.mentions) \
            and venue_only(doc, group.mentions):
        return "place"                          # "at Headingley", "in the Oval Office": a ground or a room
    if last_word in gaz.org_words and not titled:
        return "organization"                   # "Kloof Gold Mining Co", "Jones Medical Inc"
    if voted == "group" and (_context_org(doc, group) or all(f.isupper() for f in group.forms) and group.forms):
        return "organization"
    return voted


def _given(word: str) -> bool:
    from ...data.packages import given_names

    return word in given_names()


def bracketed_country(doc, end: int, countries: set) -> bool:
    """Whether "(Country)" follows token ``end``: how results list an athlete's nationality."""
    if end + 2 >= len(doc) or doc[end].text != "(":
        return False
    close = next((k for k in range(end + 1, min(len(doc), end + 5)) if doc[k].text == ")"), None)
    if close is None:
        return False
    inner = name_key(doc[end + 1:close].text)
    known = gazetteer().lookup(inner)
    return inner in countries or (known is not None and known[0] in gazetteer().countries)


_BARE_INITIAL = re.compile(r"^[A-Z]\.?$")


def _starts_with_initial(group: Group) -> bool:
    """Whether a form is written with initials: "H. Morris", "S Jones", "Hunter S Thompson", "Clay Sr."."""
    for form in group.forms:
        words = form.split()
        if len(words) >= 2 and (INITIAL.match(words[0]) or _BARE_INITIAL.match(words[0])
                                or len(words) == 3 and _BARE_INITIAL.match(words[1])
                                or words[-1] in ("Jr.", "Sr.", "Jr", "Sr")):
            return True
    return False


def kind_here(e: Entity, context: frozenset, gaz: Gazetteer, people: frozenset = frozenset()) -> Entity:
    """The entity with the kind the words around it give in this article, whatever other articles make
    of the name: a place right after a given name or "says" is a person ("David [Kingston]", "says
    [Leeds]"); a town of one word that a sports report never names where a place stands is its club
    (not a country or a region); an organisation or place of one word that is the first or last word of
    a person the article names in full ("Blake's uniforms" beside Blake Snyder, "Houston said" beside
    Donald Houston) is that person, unless a mention stands where a place does or it is a team or
    a body the gazetteer knows; a club by the end of its name (``sports.club_name``: "Exeter City",
    "Leyton Orient", "Man Utd"), unless a mention stands where a place does or the layout lists it as a
    person. ``people``: keys of those words."""
    known = gaz.lookup(e.name)
    if e.kind == "person" and tuple(name_key(e.name).split()) in PARTY_NAMES:
        return replace(e, kind="organization")  # "Labour", "UKIP": the party, which the model took for a name
    if e.kind == "person" and tuple(name_key(e.name).split()) in PARTY_SHORT_FORMS \
            and known is not None and known[1] in ("group", "organization"):
        return replace(e, kind=known[1])        # "the Lib Dems said" is the party, "Lib Dem plans" its members'
    if e.kind in ("place", "person") and "located" not in context and "listed" not in context \
            and club_name(e.name, sports="sports" in context):
        return replace(e, kind="organization")  # "Exeter City", "Leyton Orient", "Man Utd"
    if e.kind in ("organization", "place") and len(e.name.split()) == 1 and name_key(e.name) in people \
            and not context & {"located", "team", "business", "company"} \
            and not (known is not None and known[1] == "organization") \
            and not (known is not None and known[0] in gaz.countries):
        return replace(e, kind="person")
    if e.kind != "place":
        return e
    if "person-before" in context:
        return replace(e, kind="person")
    if "sports" in context and "located" not in context and len(e.name.split()) == 1 \
            and not (known is not None and known[0] in gaz.countries) and name_key(e.name) not in regions():
        return replace(e, kind="organization")
    return e
