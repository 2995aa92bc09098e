"""The kind of an actor from what one article says around all its mentions (issue 8, item 1), once
each actor has a first kind (``kinds.actor_kind``, ``kinds.kind_here``).

- :func:`place_cues`: a name the model read as a person that the text places: it stands alone in the
  dateline ("WILMINGTON, Del -"), before a lower-case feature noun ("the narrow Bosphorus waterway",
  "the Krelitz death camp") or, unless a nationality word, a division ("Huize county", not "a Swiss
  canton"), after "the port of", "the constituency of", or where a place stands ("an ammonia complex
  at Lazaro Cardenas") when GeoNames or ISO 3166-2 knows it; a known place with a compass
  point ("Westminster North", a constituency);
- :func:`firm_short_names`: a one-word name read as a person or a town that opens the name of a
  company the same article writes with a legal suffix ("Hercules Inc ... Hercules also said",
  "Bethlehem Steel Corp ... Bethlehem's debt") is that company, unless a mention stands where a
  place does or the article names a person of that name in full;
- :func:`team_plural`: in a sports report, a club written with a plural verb ("Crystal Palace go to
  Sunderland") and the side it travels to.

Hand-written: no package reads these cues; the word lists are the few English news uses. Places
come from the gazetteer and ``data.packages`` (GeoNames, pycountry).
"""
from __future__ import annotations

import functools
from dataclasses import replace

from ...data import CORPORATE_SUFFIXES, Gazetteer, name_key
from ...data.packages import geonames, given_names, place_keys
from ...types import Entity
from .context import regions
from .names import PLACE_PREPOSITIONS, _is_demonym, mention_tokens, possessive_after

# Lower-case nouns written right after a place's name and never after a person's: "the Bosphorus
# waterway", "the Orinoco river", "Heathrow airport" is a venue (left out).
FEATURE_HEADS = frozenset("waterway waterways strait straits canal river estuary harbour harbor port "
                          "constituency peninsula ghetto".split())
# Words before "camp" that make it a place, not a campaign ("the Clinton camp"): "the Krelitz death camp".
CAMP_KINDS = frozenset("death concentration labour labor extermination prison internment refugee "
                       "transit detention".split())
# Nouns whose "of X" names a place: "the port of Lazaro Cardenas", "the constituency of Ashfield".
PLACE_OF = frozenset("port constituency strait straits camp ghetto town city village borough".split())
# Lower-case divisions of a country written after their own name: "Huize county", "Shanxi province",
# "the Ticino canton", "Edo state". After a nationality word they name no place ("a Swiss canton", "the
# Dutch state"), so a group and a demonym are left alone (``_division_after``).
DIVISIONS = frozenset("county province prefecture canton state".split())
COMPASS = frozenset("north south east west central northeast northwest southeast southwest".split())
# Verbs whose "at X" aims at a person, not a place: "laughed at Smith", "hit out at Jones".
AT_PERSON_VERBS = frozenset("look laugh stare glance shout yell aim point hit swipe jab smile wink lash snap "
                            "sneer fire shoot throw grin scream glare poke rail marvel swing bark nod wave "
                            "direct level".split())


def _feature_after(doc, end: int) -> bool:
    """Whether a lower-case feature noun follows: "Bosphorus waterway", "Krelitz death camp"."""
    if end >= len(doc) or not doc[end].is_lower:
        return False
    if doc[end].lower_ in FEATURE_HEADS:
        return True
    return doc[end].lower_ in CAMP_KINDS and end + 1 < len(doc) and doc[end + 1].lower_ in ("camp", "camps")


def _division_after(doc, start: int, end: int) -> bool:
    """Whether a lower-case division noun follows a name that is no nationality word: "Huize county",
    "Edo state told" (not "a Swiss canton", the model's NORP or a gazetteer group). "state" only ends
    its noun phrase ("in Edo state,"), never before a noun ("Kremlin state media", "state-owned")."""
    if end >= len(doc) or not doc[end].is_lower or doc[end].lower_ not in DIVISIONS \
            or any(_is_demonym(t) for t in doc[start:end]):
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    if doc[end].lower_ != "state" or after is None or after.is_space:
        return True
    return after.text not in ("-", "–") if after.is_punct else after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


def _place_of(doc, start: int) -> bool:
    """Whether "the port of", "the constituency of" comes right before."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].is_lower \
        and doc[start - 2].lower_ in PLACE_OF


def _where_a_place_stands(doc, start: int) -> bool:
    """Whether the mention is the object of "in", "near", "outside" or "at" (not "laughed at X")."""
    if start < 1:
        return False
    prep = doc[start - 1]
    if prep.lower_ in PLACE_PREPOSITIONS:
        return True
    return prep.lower_ == "at" and not (prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in AT_PERSON_VERBS)


def place_cues(doc, entity: Entity, *, body_start: int, gaz: Gazetteer, people: frozenset = frozenset()) -> bool:
    """Whether a name read as a person (or, before a feature noun, a group: "the Calvera strait") is
    a place by the words around it (module doc).

    ``people``: keys of the first and last words of the people the article names in full (a
    one-word name that is one of them stays a person: "Houston said" beside Donald Houston).
    """
    from .sports import dateline

    if entity.kind not in ("person", "group") or entity.titles:
        return False
    words = entity.name.split()
    if len(words) == 1 and name_key(entity.name) in people:
        return False
    spans = mention_tokens(doc, entity)
    if not spans:
        return False
    if all(dateline(doc, s, body_start) and doc[s].idx < body_start for s, _ in spans):
        return True                             # "WILMINGTON, Del -": the reader's dateline
    if any(_feature_after(doc, e) or _place_of(doc, s) for s, e in spans):
        return True                             # "the narrow Bosphorus waterway", "the port of X"
    if entity.kind == "group":
        return False                            # "Kurds", "Shia": only a feature noun makes one a place
    if (len(words) == 1 or words[0].lower() not in gaz.given_names) and any(_division_after(doc, s, e) for s, e in spans):
        return True                             # "Huize county", "the Ticino canton"
    known = place_keys()
    if len(words) == 2 and words[1].lower() in COMPASS and words[0].lower() not in gaz.given_names \
            and name_key(words[0]) in known:
        return True                             # "Westminster North": a constituency
    # "in Obama's cabinet": a possessive after the name makes "in" hang on what follows, not the name
    return name_key(entity.name) in known and any(_where_a_place_stands(doc, s) for s, _ in spans) \
        and not any(possessive_after(doc, e) for _, e in spans)


@functools.lru_cache(maxsize=1)
def _us_states() -> frozenset:
    return frozenset(name_key(s["name"]) for s in geonames().get_us_states().values())


def _without_suffixes(words: list[str]) -> list[str]:
    while words and words[-1] in CORPORATE_SUFFIXES:
        words = words[:-1]
    return words


def _short_firm(doc, person: Entity, firms: list[Entity]) -> bool:
    """Whether a person's name is the short name of a company written in full before it: every
    mention comes after the company's first one and goes straight on to a verb ("Bobbie Brooks Inc
    said ... Bobbie Brooks said the rights ..."), never to an apposition or "he"/"she" ("Dora
    Kessler, chairman of Dora Kessler Inc", "Charles Marlowe said he would retire")."""
    first = min(m.start for f in firms for m in f.mentions)
    for s, e in mention_tokens(doc, person):
        if doc[s].idx < first or e >= len(doc) or doc[e].pos_ not in ("VERB", "AUX") \
                or any(t.lower_ in ("he", "she", "his", "her", "him") for t in doc[e:e + 4]):
            return False
    return True


def firm_short_names(doc, entities: list[Entity], located: set, people: frozenset, gaz: Gazetteer) -> list[Entity]:
    """The entities with a one-word person or town that opens a company's name the article writes
    with a legal suffix, or an untitled person's name that is the whole of such a name ("Bobbie
    Brooks" beside "Bobbie Brooks Inc"), read as that company (module doc). Countries, US states and regions stay
    places ("Texas" beside "Texas Instruments Inc"); ``located``: names with a mention where a
    place stands; ``people``: as in :func:`place_cues`."""
    firms = {name_key(e.name).split()[0] for e in entities if e.kind == "organization"
             and len(e.name.split()) >= 2 and name_key(e.name).split()[-1] in CORPORATE_SUFFIXES}
    # "Bobbie Brooks" beside "Bobbie Brooks Inc": the whole name with legal suffixes only after it
    full = {}
    for org in entities:
        words = name_key(org.name).split()
        short = _without_suffixes(words)
        if org.kind == "organization" and short and len(short) < len(words):
            full.setdefault(" ".join(short), []).append(org)
    out = []
    for e in entities:
        key = name_key(e.name)
        known = gaz.lookup(e.name)
        if e.kind == "person" and 2 <= len(key.split()) <= 3 and key in full \
                and not e.titles and _short_firm(doc, e, full[key]):
            out.append(replace(e, kind="organization"))
            continue
        if e.kind in ("person", "place") and len(key.split()) == 1 and key in firms and not e.titles \
                and e.name not in located and key not in people and key not in regions() \
                and not (known is not None and known[0] in gaz.countries) and key not in _us_states():
            e = replace(e, kind="organization")
        out.append(e)
    return out


# Lower-case nouns that, right before a name they modify, make it a company: "Korean phone giant
# Pantech", "the retailer Halvard's" (not "broadcaster", "publisher", "developer", "film-maker": people too).
FIRM_NOUNS = frozenset("company firm retailer airline insurer conglomerate manufacturer carmaker automaker lender "
                       "brokerage giant supermarket carrier distributor".split())

# Last words of a firm's name that make a name joined to it by "and" a firm too (besides legal suffixes):
# "Merrill Lynch Capital Markets and Wood Gundy" (not "The Washington Post and Neela Banerjee").
FIRM_ENDS = frozenset("markets securities partners holdings bank bancorp industries capital brothers".split())


def _firm_noun_before(doc, s: int, e: int) -> bool:
    """ "phone giant Pantech", "the retailer John Lewis said": the noun modifies the name or the name
    stands in apposition to it; not "the company John Smith founded", where the name has its own verb."""
    if s < 1 or not doc[s - 1].is_lower or doc[s - 1].lower_ not in FIRM_NOUNS or doc[s - 1].pos_ != "NOUN":
        return False
    if e < len(doc) and doc[e].pos_ == "VERB" and doc[e].lemma_ not in ("say", "tell", "announce", "report"):
        return False
    noun = doc[s - 1]
    return noun.dep_ == "compound" and s <= noun.head.i < e or doc[e - 1].dep_ == "appos" and doc[e - 1].head.i == noun.i


def firms_by_words(doc, entities: list[Entity], gaz: Gazetteer) -> list[Entity]:
    """A person or a place no gazetteer knows that the words around make a company: a company's noun
    right before it ("Korean phone giant Pantech"), or joined by "and" to a company's name that ends
    in a legal suffix or a firm's word (:data:`FIRM_ENDS`: "Merrill Lynch Capital Markets and Wood Gundy
    will be lead underwriters"; not a name opening with a given name, the census's too, or an initial)."""
    given = given_names()
    firm_tokens = {i for f in entities if f.kind == "organization" and len(f.name.split()) >= 2
                   and name_key(f.name).split()[-1] in CORPORATE_SUFFIXES | FIRM_ENDS
                   for s, e in mention_tokens(doc, f) for i in range(s, e)}
    out = []
    for ent in entities:
        if ent.kind in ("person", "place") and not ent.titles and gaz.lookup(ent.name) is None:
            spans = mention_tokens(doc, ent)
            words = ent.name.split()
            joined = ent.kind == "person" and len(words) >= 2 and words[0].lower() not in given \
                and not INITIAL_FORM(words[0]) and any(
                    doc[e - 1].dep_ == "conj" and doc[e - 1].head.i in firm_tokens
                    or any(c.dep_ == "conj" and c.i in firm_tokens for c in doc[e - 1].children) for s, e in spans)
            if joined or any(_firm_noun_before(doc, s, e) for s, e in spans):
                ent = replace(ent, kind="organization")
        out.append(ent)
    return out


def people_in_lists(doc, entities: list[Entity], context: dict, gaz: Gazetteer) -> list[Entity]:
    """A one-word organisation or place no gazetteer knows, listed among people, is a person: "Matt Dawson,
    Jonny Wilkinson, Phil Vickery and Hill" (every other item of the list a person, two at least
    written there in full with a given name: not "Foster's, John Smith's, Strongbow and Kronenbourg",
    nor "T-Mobile and [Will] AT&T"); not a team, a company, a name that acts as a body ("X CEO", "X
    said" read as an organisation's) or a name where a place stands."""
    given = given_names()
    owner = {i: ent for ent in entities for s, e in mention_tokens(doc, ent) for i in range(s, e)}
    out = []
    for ent in entities:
        if ent.kind in ("organization", "place") and len(ent.name.split()) == 1 and gaz.lookup(ent.name) is None \
                and not context.get(ent.name, frozenset()) & {"team", "company", "business", "located", "acts", "band"}:
            for s, e in mention_tokens(doc, ent):
                if e < len(doc) and doc[e].text[:1].isupper():
                    continue                    # "Donald Trump and House Speaker Paul Ryan": a title's word
                items = doc[e - 1].conjuncts
                others = [owner.get(t.i) for t in items]
                full = [t for t in items if t.i >= 1 and doc[t.i - 1].lower_ in given and owner.get(t.i - 1) is owner.get(t.i)]
                if others and all(o is not None and o.kind == "person" for o in others) and len(full) >= 2:
                    ent = replace(ent, kind="person")
                    break
        out.append(ent)
    return out


def given_names_in_lists(doc, entities: list[Entity], gaz: Gazetteer, located: set = frozenset()) -> list[Entity]:
    """A one-word place or organisation whose name is also a given name (hand list or the US census
    list), listed with two or more people's names that each open with a given name and none of which
    is a place, is a person's given name: "a portrait of Florence, George and Gertie Rollo" (not
    "Florence, Milan and Rome", nor "Florence, Sydney and Paris": places, by the gazetteer or the
    model); never a name the article writes where a place stands (``located``: "reporting by Ann Lee
    in Orlando, Tom Hale and Joe Ross in Washington")."""
    given = given_names()
    out = []
    for ent in entities:
        if ent.kind in ("organization", "place") and len(ent.name.split()) == 1 and name_key(ent.name) in given \
                and ent.name not in located:
            for s, e in mention_tokens(doc, ent):
                items = [t for t in doc[e - 1].conjuncts if t.i >= e]
                if len(items) >= 2 and all(_given_name_item(t, given, gaz) for t in items):
                    ent = replace(ent, kind="person")
                    break
        out.append(ent)
    return out


def _given_name_item(token, given: frozenset, gaz: Gazetteer) -> bool:
    """Whether an item of a list is a person's name that opens with a given name and is no place."""
    words = [t for t in token.subtree if t.i <= token.i and t.text[:1].isupper()]
    return bool(words) and words[0].lower_ in given and token.text[:1].isupper() \
        and not any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in words) \
        and not any(gaz.lookup(t.text) is not None and gaz.lookup(t.text)[1] == "place" for t in words)


def INITIAL_FORM(word: str) -> bool:
    """Whether a word is an initial: "J.", "J"."""
    return len(word.rstrip(".")) == 1


def kinds_in_article(doc, built: list[Entity], *, context: dict, teams: set, located: set, people: frozenset,
                     sports: bool, body_start: int, gaz: Gazetteer) -> list[Entity]:
    """The article's entities (``built``) with the kind the words around them give:
    ``kinds.kind_here`` (with ``context``: name -> roles, and ``teams``), in a sports report
    ``clubs.clubs_by_name``, then :func:`place_cues`, :func:`firm_short_names` and
    ``placelike.not_places`` (firms and clubs named like places). Names made places here are added to
    ``located``."""
    from .clubs import clubs_by_name
    from .kinds import kind_here
    from .placelike import not_places

    built = [kind_here(e, context.get(e.name, frozenset()) | ({"team"} if e.name in teams else set()), gaz, people)
             for e in built]
    if sports:
        built = clubs_by_name(doc, built, teams, located)
    out = []
    for e in built:
        if place_cues(doc, e, body_start=body_start, gaz=gaz, people=people):
            e = replace(e, kind="place")
            located.add(e.name)
        out.append(e)
    out = people_in_lists(doc, firms_by_words(doc, firm_short_names(doc, out, located, people, gaz), gaz), context, gaz)
    out = given_names_in_lists(doc, out, gaz, located)
    return not_places(doc, out, context=context, sports=sports, body_start=body_start, gaz=gaz)
