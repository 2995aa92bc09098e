"""What one article gives for an actor: evidence for its name and kind, and signs it is no actor.

Evidence (strings, as in the record's ``evidence`` list):
- ``gazetteer``: a shipped gazetteer knows the name (or one of its forms) as this kind;
- ``title``: the article gives the person a title ("Prime Minister", "the defense minister");
- ``given-name``: a person's name of two or more words opening with a known given name or initial
  (the hand list or the US census list of the ``names`` package);
- ``org-word``: an organisation's name of two or more words with an organisation word ("Ministry", "Inc");
- ``acronym-expanded``: an organisation written both in full and as its acronym;
- ``listed``: a person the layout names as one: "Name (Country)" in results, scorecards, line-ups;
- ``team``: an organisation read as a sports team where it stands (results, fixtures, line-ups):
  "Chicago" the club, whatever other articles make of the city;
- ``org-context``: an organisation the words around name as a company or body ("shares of X",
  "X's profits", "music publisher X", "X, the media group"; ``roles.business_context``) or have act
  as one ("X said", "told the X", "an X spokesman", "newspaper X"; ``roles.acts``; not for a place's
  name, nor a one-word surname or given name);
- ``mentions:N``: named N times in the article; ``quoted`` is added where quotes are known.
Signs from the words around a name and from dictionaries (``word-name``, ``thing``, ``org-in-name``,
``person-name``, ``venue``, ``team``, ``fragment``) are listed in :func:`context_faults`.
Signs against (``against:...``): ``fragment`` (a connective such as "to" inside, a dangling
hyphen, a slash), ``date`` (a month or weekday), ``common-word`` (one word the article also writes
in lower case), ``work`` (the model reads the name as a work, product, event or law elsewhere
in the article), ``epithet`` (a word before a given name that is no given name: "Crooked Hillary"),
``title-in-name`` (an organisation or title word inside a person's name: "Audit Committee Peter
Ainsworth"), ``two-names`` (two people's full names joined by a hyphen: "Muhammad Ali-Joe Frazier"; two
organisations' names with one head word joined by "and": "Storage Group and Technology Group"), ``creed``
(a faith or doctrine read as an organisation, person or place: "Islam", "Buddhism"), ``not-a-people`` (a group with no evidence that it names a people, creed or party:
``demonym``, ``creed`` or ``gazetteer``, see ``peoples``), ``of-things`` (a group whose every mention is
its adjective before a thing in the article: "Ecuadorean central bank"), ``language`` (a
group whose every mention in the article is a language: "speak English"; both held back in that article only), ``person-in-name`` (a person's name run onto an organisation's), ``one-word`` (a
person named by one word only), ``party`` (a party's short form or its members' plural, a group's
word, read as a person: "Lib Dem", "Christian Democrats"), ``event`` ("Championship"; a person's name before an event's word that is no surname: "Jose
Ortega Memorial"), ``place-in-name`` (a person's name
holding "Park", "Canyon", "Street"), ``generic`` (an organisation word alone, "Bank", "Cabinet", or after words the article writes in
lower case, "Central Bank": the same words name another body in another article),
``in-name`` (a place the gazetteer knows, no country, whose every mention in the article runs on into a
capitalised word the model left out: "Illinois [Co-op]'s members", "Denver [Broncos]"; held back in that
article only), ``club`` (a town a sports report names more often as its club than otherwise:
"Washington's Danny Espinosa problem"; held back in that article only), ``product`` (named as an organisation's own: "Amazon's Alexa"), ``venue`` (a building: "Kodak
Theatre"), ``cut-name`` (every mention runs on into "of" and capitalised words the model left out:
"[House] of Flying Daggers"; held back in that article only, as the same word names a body elsewhere), ``programme`` (a scheme, plan or law: "Civil Service Pension Scheme"); ``function-name`` (evidence, not a fault) marks a body named by its function with no
country ("Central Bank", "Finance Ministry": held back once two articles name it), ``fragment`` a name made an adjective ("Bush-style") and an organisation the
model cut short, ``date`` a time zone ("Eastern Standard Time"). A place counts as in the gazetteer when GeoNames or ISO 3166-2
(``data.packages.place_keys``) has its name; a place of one word that only those lists know and
that is also a given name needs a mention where a place stands ("in Charlotte", a dateline), else it is
``given-name`` ("Charlotte is going to be a big sister").

The corpus-level decision (published or held back) is made in ``generator/actor_evidence.py``.
"""
from __future__ import annotations

import re

from ...data import CORPORATE_SUFFIXES, actor_key, gazetteer, name_key
from ...data.packages import ALL_SURNAMES, census_surnames, dictionary_words, given_names, personal_names, place_keys
from .companies import PARTY_SHORT_FORMS
from .context import regions
from .kinds import EVENT_WORDS, INSTITUTION_WORDS as SCHOOL_WORDS, SPORTS_EVENT_WORDS
from .names import MONTHS, WEEKDAYS
from .peoples import GROUP_EVIDENCE, group_evidence
from .titles import HONORIFICS, TITLE_HEADS

# Lower-case words that may stand inside a name: "Bank of England", "Leonardo da Vinci".
CONNECTIVES = frozenset("of and for the de du des la le el al da di do dos das van von der den y e bin ibn "
                        "on in & upon".split())
# Lower-case words that join two names, so a span holding one is two things run together:
# "Arsenal to Real Madrid", "Yorkshire at Headingley", "Smith vs Jones".
JOINING_WORDS = frozenset("to at vs v versus with from by into after before as or but than is was are were "
                          "has have had said says beat beats".split())
AGAINST = "against:"
# signs against that hold back the one article's entity that shows them, whatever the others show: the
# name means something else there ("speak English": the language; "a Swiss cement firm": a thing of
# Switzerland), not the people other articles name ("Swiss voters")
# ... and a known place whose every mention in the article opens a longer name the model cut short
# ("Illinois [Co-op]'s members", "Denver [Broncos]"), a fact of that article's words alone; a name
# every mention of which runs on into "of" and words the model left out ("[House] of Flying Daggers");
# and a town that a sports report names mostly as its club ("Washington's Danny Espinosa problem",
# "Washington's disastrous 2015 season", once "in Washington"): the story is the club's, not the town's
ARTICLE_SIGNS = frozenset(("language", "of-things", "cut-name", "in-name", "club"))
# Words that end the names of places and buildings, never a person's: "Bryce Canyon National Park".
PLACE_WORDS = frozenset("park canyon river lake mount mountain mountains valley street avenue road bridge island "
                        "islands county stadium airport square beach harbour harbor bay".split())
# organisation words that name one institution on their own in news: "Congress", "Parliament"
INSTITUTIONS = frozenset("congress parliament".split())
# A body's function words with no country: "Central Bank", "Finance Ministry", "Supreme Court" name a
# different body in each article that uses them ("Home Office", "Labour Party", "State Department" are
# left alone: one body each in the news that writes them).
GENERIC_MODIFIERS = frozenset("central foreign finance interior defence defense health education economy economics "
                              "trade agriculture energy transport industry national federal supreme high "
                              "constitutional provincial municipal".split())
GENERIC_HEADS = frozenset("bank ministry court council agency commission authority government cabinet police".split())
# Last words of buildings and venues: "Kodak Theatre", "Madison Square Garden Arena".
VENUE_WORDS = frozenset("theatre theater stadium arena cinema auditorium ballroom".split())
# Last words of schemes, plans and laws: named, but not actors.
PROGRAMME_WORDS = frozenset("scheme programme program plan act bill initiative project".split())
# Last words of events named after a person, besides EVENT_WORDS: "the Jose Ortega Memorial" (a meeting).
NAMED_FOR_WORDS = frozenset("memorial lecture".split())
# Faiths whose names do not end in -ism, a hand list (no installed package lists religions); a word of six
# letters or more in -ism names a doctrine ("Buddhism", "Judaism", "Thatcherism"; not "prism").
FAITHS = frozenset("islam christianity shinto wicca santeria vodou voodoo".split())
GENERATIONAL = frozenset("jr sr ii iii iv".split())
COMPASS = frozenset("north south east west northeast northwest southeast southwest".split())
ROMAN = frozenset("II III IV VI VII VIII".split())
EPITHET_ENDINGS = re.compile(r"(?:ed|[^e]y|in'?|ing|al|ous|ful|less|ic)$")


def _words(name: str) -> list[str]:
    return name.replace("-", " ").split()


def name_faults(name: str, kind: str, common: frozenset = frozenset()) -> list[str]:
    """Signs in the name itself that it is no actor's name (without the ``against:`` prefix).

    ``common``: words the article writes in lower case. An epithet is a word the article writes in
    lower case, or one shaped like an adjective ("Crooked", "Sleepy", "Lyin'", "Liberal"), before a
    given name."""
    gaz = gazetteer()
    faults = []
    words = _words(name)
    lowered = [w.lower().strip(".,") for w in words]
    if re.search(r"[-/]$|^[-/]|/|[\"“”][A-Z]|:[\"“”]?[A-Z]", name) or any(w in JOINING_WORDS for w in words[1:]) \
            or re.search(r", (?!(?i:inc|ltd|llc|plc|corp|co|sa|ag|nv)\b)[A-Z][a-z]+ [A-Z]", name) and "&" not in name:
        faults.append("fragment")           # "Aggie-", "Arsenal to Real Madrid", "Aug/Sept", "Radio X:\"There"
    if re.search(r"-[a-z]+$|^(?i:ex|former|then)-[A-Z]", name):
        faults.append("fragment")           # "George Bush-style", "Obama-era", "Ex-Downing Street": an adjective
    if any(w in MONTHS or w in WEEKDAYS for w in lowered) and gaz.lookup(name) is None \
            and not (kind == "organization" and len(words) >= 2 and any(w in gaz.org_words for w in lowered)) \
            or re.search(r"\b(?:standard|daylight|summer|mean) time$", name, re.IGNORECASE):
        faults.append("date")               # "Aug/Sept", "Eastern Standard Time"; not "Sunday Times"
    if kind == "person" and len(words) >= 2:
        given = given_names()
        if len(words) == 2 and lowered[1] in given and lowered[0] not in given and not _initial(words[0]) \
                and gaz.lookup(words[0]) is None and lowered[0] not in CONNECTIVES \
                and (lowered[0] in common or EPITHET_ENDINGS.search(lowered[0])):
            faults.append("epithet")          # "Crooked Hillary", "Liberal Oscar"
        if any(w in gaz.org_words or w in TITLE_HEADS for w in lowered[:-1]) and lowered[0] not in HONORIFICS:
            faults.append("title-in-name")    # "Audit Committee Peter Ainsworth"
    if kind == "person" and len(words) == 1:
        faults.append("one-word")
    if kind == "organization" and (len(words) == 1 and lowered[0] in gaz.org_words - INSTITUTIONS
                                   or all(w in CORPORATE_SUFFIXES for w in name_key(name).split())):
        faults.append("generic")            # "Bank", "Cabinet", "Co Inc": which one?
    if kind == "organization" and len(words) >= 2 and lowered[-1] in VENUE_WORDS:
        faults.append("venue")              # "Kodak Theatre": a building, not an actor
    if kind != "person" and len(words) >= 2 and lowered[-1] in PROGRAMME_WORDS:
        faults.append("programme")          # "Civil Service Pension Scheme", "Patriot Act": no actor
    if kind != "group" and len(words) == 1 and gaz.lookup(name) is None and (
            lowered[0] in FAITHS or len(lowered[0]) >= 6 and lowered[0].endswith("ism") and lowered[0].isalpha()):
        faults.append("creed")              # "Islam", "Buddhism": a faith or doctrine, no body, person or place
    if len(words) == 1 and lowered[0] in COMPASS:
        faults.append("common-word")        # "East" alone is a direction, not a place's name
    if len(words) == 1 and lowered[0] in EVENT_WORDS | SPORTS_EVENT_WORDS:
        faults.append("event")              # "Championship", "Olympics"
    if kind == "person" and len(words) >= 2 and lowered[-1] in EVENT_WORDS | NAMED_FOR_WORDS \
            and lowered[-1] not in personal_names():
        faults.append("event")              # "Jose Ortega Memorial", "Ada Byrne Lecture": named after someone
    if kind == "person" and (any(w in PLACE_WORDS for w in lowered[1:])
                             or any(w in COMPASS for w in lowered[1:-1])):
        faults.append("place-in-name")      # "Bryce Canyon National Park", "Preston North End"
    if kind == "person" and (tuple(lowered) in PARTY_SHORT_FORMS or len(words) >= 2 and lowered[-1].endswith("s")
                             and (gaz.lookup(words[-1]) or ("", ""))[1] == "group"):
        faults.append("party")              # "Lib Dem", "Christian Democrats": a party's members, not a person
    if kind == "person" and _two_people(name):
        faults.append("two-names")          # "Muhammad Ali-Joe Frazier": their fight, no one person
    if kind == "person" and ({"and", "&"} & set(lowered) or re.fullmatch(r"[A-Z]", words[-1])
                             or any(re.fullmatch(r"[A-Z]{2,}", w) and w not in ROMAN for w in words)):
        faults.append("fragment")           # "Alexander and Catwoman", "Alicia M", "BBC Sport Wales"
    parts = name.split(" and ")
    if kind == "organization" and words[-1].lower() in gaz.org_words and any(
            len(left.split()) >= 2 and left.split()[-1] == words[-1] and len(name.split()) - len(left.split()) >= 3
            for left in (" and ".join(parts[:k]) for k in range(1, len(parts)))):
        faults.append("two-names")          # "Storage Group and Technology Group": two bodies read as one
    spaced = name.split()
    if kind == "organization" and len(spaced) >= 4 and any(w.lower() in gaz.org_words or w == "of" for w in spaced[:-2]) \
            and spaced[-2].lower() in gaz.given_names and spaced[-1][:1].isupper():
        faults.append("person-in-name")     # "Bank of England Robin Leigh-Pemberton"
    return faults


def _two_people(name: str) -> bool:
    """Whether a person's name is two people's full names joined by a hyphen: "Muhammad Ali-Joe
    Frazier" (their fight), "Nora Pell-Ida Marsh" (a pairing). Each side has two words or more and the
    side after the hyphen opens with a known given name; a double surname ("Ann Pell-Marsh") or given
    name ("Jean-Paul Sartre") has one word on a side, and a particle ("Omar al-Rashid Bakr") is no name."""
    words = name.split()
    for i, word in enumerate(words):
        left, _, right = word.partition("-")
        if 0 < i < len(words) - 1 and left[:1].isupper() and right[:1].isupper() \
                and left.lower() not in CONNECTIVES and right.lower() in given_names() \
                and words[0].lower() in given_names():
            return True
    return False


def function_name(name: str, kind: str) -> bool:
    """Whether an organisation is named by its function alone, with no country: "Central Bank",
    "Finance Ministry". Evidence, not a fault: read in one article it is that country's body; the
    corpus-level decision holds it back when two articles name it (``actor_evidence.decide``)."""
    lowered = [w.lower() for w in _words(name)]
    return kind == "organization" and len(lowered) == 2 and lowered[0] in GENERIC_MODIFIERS \
        and lowered[1] in GENERIC_HEADS and gazetteer().lookup(name) is None


def _initial(word: str) -> bool:
    """Whether a word is a person's initials ("J.", "J.R.", "JR"), not a place's ("U.K.", "US")."""
    return bool(re.fullmatch(r"(?:[A-Z]\.?){1,3}", word)) and gazetteer().lookup(word) is None


def article_evidence(name: str, kind: str, aliases, titles, mentions: int, common: frozenset, *,
                     team: bool = False, listed: bool = False, works: frozenset = frozenset(),
                     owned: bool = False, located: bool = True, cut: bool = False,
                     work: bool = False, context: frozenset = frozenset()) -> tuple[str, ...]:
    """Evidence strings for one actor of one article (see the module docstring).

    ``works``: name keys the model reads as a work, product, event or law elsewhere in the article.
    ``located``: a mention stands where a place does ("in X", "at X", a dateline).
    ``cut``: every mention runs on into a capitalised word the model left out ("Blanket Exchange Permit").
    ``work``: the text names it as a work or slogan ("the cast of Hamilton", "Feel the Bern"), whatever
    a gazetteer says.
    ``context``: what the words around the mentions say (``roles``): ``business`` (some mention stands
    where a company's name does), ``shares`` (one does so through its shares or profits),
    ``title-tail`` (every mention runs on into a title's head word), ``venue`` (every mention stands
    where a place does), ``person-before`` (every mention follows a given name or "says"), ``sports``
    (the article is a sports report), ``company`` (a corporate suffix or "analyst at" marks it).
    """
    gaz = gazetteer()
    words = _words(name)
    # a one-word team counts when it is a place's name ("Burnley"): "Big" in a results line is not
    out = ["team"] if team and kind == "organization" and (len(words) >= 2 or name_key(name) in place_keys()) else []
    if listed and kind == "person":
        out.append("listed")
    known = [gaz.lookup(f) for f in (name, *aliases)]
    if any(k is not None and k[1] == kind for k in known) \
            or kind == "place" and any(name_key(f) in place_keys() for f in (name, *aliases)):
        out.append("gazetteer")
    if kind == "group":                     # "Ecuadorean", "Maoist", "Spaniard" (peoples)
        out += [x for f in (name, *aliases) for x in group_evidence(f) if x not in out]
    if titles:
        out.append("title")
    words = _words(name)
    if kind == "person" and len(words) >= 2 and (words[0].lower() in given_names()
                                                 or _initial(words[0])):
        out.append("given-name")
    if kind == "organization" and len(words) >= 2 and any(w.lower().replace(".", "") in gaz.org_words
                                                          for w in words):
        out.append("org-word")              # "Mining Co", "UT Finance N.V."
    if function_name(name, kind):
        out.append("function-name")         # "Central Bank": one body per article, another in the next
    if kind == "organization" and len(words) >= 2 and any(
            a.replace(".", "").isupper() and len(a.replace(".", "")) >= 2 and " " not in a for a in aliases):
        out.append("acronym-expanded")
    out.append(f"mentions:{mentions}")
    faults = name_faults(name, kind, common)
    if kind == "group" and not any(x in out for x in GROUP_EVIDENCE):
        faults.append("not-a-people")       # "Symantec", "Fantastic Beasts", "Commons" read as a NORP
    elif kind == "group" and "of-things" in context:
        faults.append("of-things")          # "Ecuadorean central bank": no Ecuadoreans in the article
    if kind == "group" and "language" in context:
        faults.append("language")           # "speak English", "a Spanish-language channel": no people
    if any(name_key(f) in works for f in (name, *aliases)) and "gazetteer" not in out or work:
        faults.append("work")               # a film, product, event or law: "The Aviator"
    if owned and "gazetteer" not in out:
        faults.append("product")            # an organisation's own: "Amazon's Alexa", "Apple's Siri"
    if kind == "organization" and (function_name(name, kind) or len(words) == 2 and "acronym-expanded" not in out) \
            and words[-1].lower() in gaz.org_words and all(w.lower() in common for w in words[:-1]) \
            and "gazetteer" not in out:
        # "Central Bank", "Foreign Ministry": whose? other articles mean others. A name of three or more
        # words ("School Food Trust", "National Rifle Association") or one the article also writes as
        # an acronym ("Environment Agency (EA)") names one body
        faults.append("generic")
    if kind == "place" and len(words) == 1 and not located and gaz.lookup(name) is None \
            and name.lower() in given_names():
        faults.append("given-name")         # "Charlotte is going to be a big sister": a small town's name, or hers
    if cut and kind == "place" and "gazetteer" in out and not _country(name):
        faults.append("in-name")            # "Denver [Broncos]", "Illinois [Co-op]": that article's only
    elif cut and "gazetteer" not in out:
        faults.append("fragment")           # "Blanket Exchange" of "Blanket Exchange Permit Scheme"
    if kind == "organization" and ("business" in context or "acts" in context and _acts_as_body(name)):
        out.insert(-1, "org-context")       # "Halvard's shares", "music publisher Halvard", "Halvard said"
    faults += context_faults(name, kind, aliases, titles, common, context, known="gazetteer" in out)
    bare = actor_key(name, kind)                # "Banking Co Ltd" is "banking" as a word
    if len(bare.split()) == 1 and (name.lower() in common or bare in common) and "gazetteer" not in out:
        faults.append("common-word")
    return tuple(out + [AGAINST + f for f in faults])


def _acts_as_body(name: str) -> bool:
    """Whether an organisation that acts ("X said", "told X") may count that as evidence: not a place's
    name ("Moscow said" is its government, named as a place), a name after an honorific ("Mr X said"),
    a one-word plural of a dictionary noun ("the Blues boss": a nickname) nor a one-word name that is
    a surname or a given name ("Blake said" is a person the model misread)."""
    key = name_key(name)
    known = gazetteer().lookup(name)
    if key in place_keys() or known is not None and known[1] == "place" or not key \
            or key.split()[0] in {h.rstrip(".") for h in HONORIFICS}:
        return False                        # "Mr Farage said": a person
    if len(key.split()) == 1 and key.endswith("s") and {key, key[:-1], key[:-2]} & dictionary_words("noun"):
        return False                        # "the Blues boss", "Resorts said": a nickname or a short form
    return len(key.split()) >= 2 or key not in personal_names()


def verb_form(word: str) -> bool:
    """Whether a word is a verb's "-ing" form (its stem a dictionary word) and no given name: "Reclaiming"."""
    if not word.endswith("ing") or len(word) < 6 or word in given_names():
        return False
    stem = word[:-3]
    return bool({stem, stem + "e", stem[:-1]} & dictionary_words())


def _country(name: str) -> bool:
    known = gazetteer().lookup(name)
    return known is not None and known[0] in gazetteer().countries


def _plural_forms(word: str) -> set[str]:
    return {word, word + "s", word + "es", word.removesuffix("s"), word.removesuffix("es"),
            word.removesuffix("ies") + "y", word.removesuffix("y") + "ies"}


def context_faults(name: str, kind: str, aliases, titles, common: frozenset, context: frozenset, *,
                   known: bool) -> list[str]:
    """Signs against an actor from the kind its name and its context say it is not (issue 8, item 2):

    - a person whose last word is a dictionary noun (WordNet) that is no census surname nor given name,
      never written alone, with no title: "Billy Goat", "Winter Buyer", "Orlando Sentinel" (``word-name``);
      a person whose shares or profits the text gives: "shares of Dean Witter" (``org-context``); a
      person's name that runs on into a title: "Chief Medical Information Officer" (``title-in-name``);
    - an organisation named by a country and words the article writes in lower case: "U.S. Economy",
      "U.S. Banks" (``generic``); one shaped like a person's name (a given name, then a census surname
      or a word no dictionary has) with no company sign: "Mervyn Davies" (``person-name``); one that
      only ever stands where a place does: "at Turf Moor", "in the Oval Office" (``venue``);
    - a place that only ever follows a given name or "says": "David Kingston", "says Leeds"
      (``person-name``); one that only opens a longer name, "[Queens] of the Stone Age" (``fragment``);
      a town in a sports report never named where a place stands: a club
      (``team``).
    """
    gaz = gazetteer()
    words = name.split()
    lowered = [w.lower().strip(".,") for w in words]
    faults = []
    if kind == "person" and len(words) == 2 and not titles and "listed" not in context \
            and words[-1] not in ROMAN:
        last = next((w for w in reversed(lowered) if w not in GENERATIONAL), lowered[-1])   # "... Jr."
        alone = any(name_key(a) == name_key(words[-1]) for a in aliases)
        if last.isalpha() and last in dictionary_words("noun") and last not in census_surnames(ALL_SURNAMES) \
                and last not in given_names() and not alone:
            faults.append("word-name")
    if kind == "person" and (re.search(r"[a-z](?:The|And|In|On|At|For|Of|To|An|But)$", words[-1])
                             or any(w.isalpha() and w.islower() and len(w) > 3 and w not in CONNECTIVES
                                    for w in words)
                             or verb_form(lowered[0])):
        faults.append("fragment")           # "Sarah CampbellThe", "Wales physio Mark Davies", "Reclaiming Mozart"
    if kind == "person" and "shares" in context:
        faults.append("org-context")
    if kind == "person" and "title-tail" in context:
        faults.append("title-in-name")
    if kind == "person" and len(words) >= 2 and (lowered[-1] in gaz.org_words or lowered[-1] in SCHOOL_WORDS):
        faults.append("org-in-name")        # "Sandy Hook Elementary School", "Orlando Police"
    if kind == "person" and "thing" in context:
        faults.append("thing")              # "the band X", "X, the charity", "the X award", "in X"
    if kind == "organization" and not known and ("cut-before" in context or lowered[-1] in CONNECTIVES):
        faults.append("fragment")           # "Lord of the [Rings]", "U.S. Agency for"
    if kind == "organization" and len(words) >= 3 and lowered[0] in common and not known:
        rest = gaz.lookup(" ".join(words[1:]))
        if rest is not None and rest[1] == "organization":
            faults.append("fragment")       # "Top [Republican Party]": a word of the sentence run on
    if kind == "organization" and not known and len(words) >= 2:
        for k in range(1, len(words)):
            place = gaz.lookup(" ".join(words[:k]))
            rest = lowered[k:]
            if place is not None and place[1] == "place" and all(_plural_forms(w) & common for w in rest) \
                    and not any(w in gaz.org_words for w in rest) and gaz.lookup(" ".join(words[k:])) is None:
                faults.append("generic")
                break
    if kind == "organization" and not known and 2 <= len(words) <= 3 and "company" not in context \
            and "business" not in context and lowered[0] in gaz.given_names \
            and not any(w in gaz.org_words or w in CORPORATE_SUFFIXES for w in lowered) \
            and (lowered[-1] in census_surnames(ALL_SURNAMES) or lowered[-1] not in dictionary_words()):
        faults.append("person-name")
    if kind == "organization" and "dated" in context and not known:
        faults.append("event")              # "January's [Norwich Union International] in Glasgow"
    if kind == "organization" and "band" in context and not known:
        faults.append("work")               # "the next X record", "X frontman Y": a band
    if kind == "organization" and not known and "venue" in context and "company" not in context \
            and "business" not in context:
        faults.append("venue")
    if kind in ("organization", "place") and "cut-of" in context and not known:
        faults.append("cut-name")           # "[House] of Flying Daggers": this article's House is no body
    if kind == "place" and "club-town" in context:
        faults.append("club")               # a sports report's town most of whose mentions are its club
    if kind == "place" and "cut-after" in context:
        faults.append("fragment")           # "[Queens] of the Stone Age": the head of a longer name
    if kind == "place" and "person-before" in context:
        faults.append("person-name")
    if kind == "place" and "sports" in context and "located" not in context and not _country(name) \
            and len(words) == 1 and name_key(name) not in regions():
        faults.append("team")               # a town's club; a region or continent is no club
    return faults
