"""Second spellings of one actor (issue 8, item 2): forms that name the same actor another way.

Within one article (the article itself is the evidence; each form's target must be the only candidate):
- a person's initial and surname beside the full name: "G Henson" -> "Gavin Henson";
- a title and the surname beside the full name: "Baroness Greenfield" -> "Susan Greenfield" (titles:
  nameparser's list);
- a surname with its particle beside the full name: "Van Gogh" -> "Theo van Gogh" (particles:
  nameparser's list);
- a short form of the given name beside the full one, the surname the only one of two people of the
  article and written alone there or in the headline: "Dave Collins" / "David Collins" (nicknames
  package; two people told apart by given names are never written by the surname alone);
- a rarer slip of one word of a better-attested name (at most half its mentions): "Mario Rubio" (1
  mention) beside "Marco Rubio" (11), "Hoechts AG" beside "Hoechst AG" (an organisation's slip is no name the gazetteer knows: "Boston"
  beside "Bolton" is another club); rapidfuzz OSA distance 1, or
  a long word at least 90 % alike (Indel);
- an organisation's name without connectives, hyphens, a plural "s" or a country in front:
  "US Securities Exchange Commission" / "Securities and Exchange Commission";
- an organisation's name without the place that qualifies it: "Senate" / "U.S. Senate", "Islamic
  Center" / "Louisville Islamic Center", "Al Ahli Bank" / "Al Ahli Bank of Qatar QSC" (the place must
  be one the gazetteer knows);
- a shortened organisation's name, word by word: "Man Utd" / "Manchester United" (each short word
  starts like the long one and its letters come in order), "LA Daily News" / "Los Angeles Daily
  News" (an acronym for words of the long name);
- an organisation named as the article's own outlet, whose name qualifies it ("ABC News" in a story
  of "ABC News (Australia)", ``data/news_sites.txt``), is that outlet: another country's "ABC News"
  is another broadcaster;
- a broadcaster's acronym beside its name with "News", named no more often: "ABC" / "ABC News" (a
  "BBC" named more often than "BBC News", or beside "BBC One" too, is the corporation);
- a short name beside a company named by it in the possessive: "Beeba" / "Beeba's Creations Inc",
  "Beeba's Group";
- a short name beside its one longer name that adds only company words (:data:`COMPANY_HEADS`):
  "Ford" / "Ford Motor Co.", "Treasury" / "Treasury Department" (only there: a "Ford" in a rugby
  line-up elsewhere is nobody's company; a name the gazetteer knows stays itself: "Reuters");
- failing those, the one longer name of the article that opens or ends with a short name
  (:func:`_fuller_name`): the name and a place before a legal form or after "de" ("Bankers Trust" /
  "Bankers Trust New York Corp", "Credit Foncier" / "Credit Foncier de France", not "AOL" / "AOL
  Europe", a unit), a team's ("Real" / "Real Madrid"), a team and its club's
  full name ("Hamilton" / "Hamilton Academical", "Exeter" / "Exeter City", not "Hereford United
  Supporters' Trust"), its last
  two words or more ("Bank Board" / "Federal Home Loan Bank Board"; not a party's or a league's:
  "Democratic Party" / "Social Democratic Party") or the part after "and" ("Cornwall Police" of
  "Devon and Cornwall Police");
- failing those, a short name that is the leading words of the one body in the article named by it,
  a company whose name adds one word and a legal form: "CXR" / "CXR Telcom Corp", "Triton" / "Triton
  Energy Corp" or "Triton Fund N.V." (the wire's first reference in full, later ones short; not beside
  another body of the name, "Gates Corp" beside "Gates Learjet Corp", "Shell Francaise" beside "Shell Petroleum NV"; a
  unit's name adds more: "Boeing Commercial Airplane Co", "Ford Motor Credit Co").

Across articles, and word by word: ``actor_forms``.

Hand-written because no maintained package matches second names of one actor in running news; the
data (titles, particles, places, distances) come from nameparser, the gazetteer and rapidfuzz.
"""
from __future__ import annotations

import functools
import re

from .actor_forms import _COUNTRY_PREFIXES, _slip, _without_country, loose_org_key, same_given_name
from .data import CORPORATE_SUFFIXES, actor_key, gazetteer, name_key
from .extract.entities.clubs import CLUB_ENDS, club_name
from .extract.entities.evidence import AGAINST

# Words that follow a body's short name in its full name and add no other body: "Ford Motor Co.",
# "Baikal Finance Group", "Treasury Department", "Labour Party", "CEC Systems", "Chester FC" (a subsidiary's words would:
# "Boeing Commercial Airplane Co", "Ford Motor Credit Co.").
COMPANY_HEADS = frozenset("motor motors group holding holdings industries corporation company companies "
                          "enterprises bank department party systems fc afc".split())


# Words after a body's name that say "of" in another language: "Credit Foncier de France".
_FOREIGN_OF = frozenset("of de du des del della di da".split())
# Organisation words that end a club's name ("Chester FC", "Oldham Athletic"); other organisation words
# make another body of the club's name: "Hereford United Supporters' Trust".
_CLUB_WORDS = frozenset("fc afc club united rovers wanderers athletic albion hotspur".split())
# Last words of names built of adjectives, where the shorter name is another body: "Democratic Party" /
# "Social Democratic Party", "Premier League" / "Scottish Premier League".
_BLOC_HEADS = frozenset("party front alliance movement league union".split())


@functools.lru_cache(maxsize=1)
def _nameparser_sets() -> tuple[frozenset, frozenset]:
    from nameparser.config import CONSTANTS

    return frozenset(CONSTANTS.titles), frozenset(p for p in CONSTANTS.prefixes if p.isalpha())


def _place_level(words: list[str], places: frozenset = frozenset()) -> str | None:
    """"country" for a country's name ("u s", "qatar"), "place" for another place the gazetteer
    knows or the article names as a place (``places``: keys), else None."""
    text = " ".join(words)
    gaz = gazetteer()
    known = gaz.lookup(text)
    if text in _COUNTRY_PREFIXES or known is not None and known[1] == "place" \
            and name_key(known[0]) in {name_key(c) for c in gaz.countries}:
        return "country"
    if known is not None and known[1] == "place" or text in places:
        return "place"
    return None


def _place_qualified(short: list[str], long: list[str], places: frozenset = frozenset()) -> bool:
    """Whether ``long`` is ``short`` with a place in front ("u s senate", "louisville islamic
    center"; a town or state only before a name the gazetteer does not know: the "New York State
    Republican Party" is not the Republican Party) or "of <place>" and legal-form words after it
    ("al ahli bank of qatar qsc")."""
    n = len(short)
    if len(long) <= n:
        return False
    if long[-n:] == short:
        level = _place_level(long[:-n], places)
        return level == "country" or level == "place" and gazetteer().lookup(" ".join(short)) is None
    if n >= 2 and long[:n] == short and long[n] == "of":
        rest = long[n + 1:]
        return any(_place_level(rest[:k], places) is not None
                   and all(w in CORPORATE_SUFFIXES or len(w) <= 4 for w in rest[k:])
                   for k in range(1, len(rest) + 1))
    return False


def _abbreviates(short: str, long: str) -> bool:
    """Whether one word shortens another: same first letter, its letters in order ("utd" / "united",
    "man" / "manchester"), shorter."""
    if len(short) < 2 or len(short) >= len(long) or short[0] != long[0]:
        return False
    it = iter(long)
    return all(c in it for c in short)


def _shortened(short: list[str], long: list[str], raw_short: list[str]) -> bool:
    """Whether ``short`` is ``long`` written shorter word by word, an acronym in capitals standing
    for several words ("LA Daily News" / "Los Angeles Daily News"); at least one word differs."""
    def walk(i: int, j: int, changed: bool) -> bool:
        if i == len(short):
            return j == len(long) and changed
        if j == len(long):
            return False
        if short[i] == long[j] and walk(i + 1, j + 1, changed):
            return True
        if _abbreviates(short[i], long[j]) and walk(i + 1, j + 1, True):
            return True
        word = raw_short[i] if i < len(raw_short) else ""
        if word.isupper() and 2 <= len(short[i]) <= 4 and j + len(short[i]) <= len(long) \
                and "".join(w[0] for w in long[j:j + len(short[i])]) == short[i]:
            return walk(i + 1, j + len(short[i]), True)
        return False
    return len(short) >= 2 and walk(0, 0, False)


def _person_target(p: dict, people: list[dict], alone: frozenset = frozenset()) -> str | None:
    titles, particles = _nameparser_sets()
    pw = name_key(p["name"]).split()
    found = set()
    for q in people:
        qw = name_key(q["name"]).split()
        if q is p or len(qw) < 2 or qw == pw:
            continue
        if len(pw) >= 2 and pw[-1] == qw[-1] and pw[-1] in alone and same_given_name(pw[0], qw[0]) \
                and (q.get("mentions", 1), len(qw), len(qw[0])) > (p.get("mentions", 1), len(pw), len(pw[0])) \
                and sum(name_key(x["name"]).split()[-1] == pw[-1] for x in people if " " in x["name"]) == 2:
            found.add(q["name"])                                  # "Dave Collins" / "David Collins"
            continue
        if len(pw) == 2 and len(pw[0]) == 1 and qw[-1] == pw[1] and len(qw[0]) > 1 and qw[0][0] == pw[0]:
            found.add(q["name"])                                  # "G Henson" / "Gavin Henson"
        elif len(pw) >= 2 and pw[0] in titles and qw[0] not in titles and len(qw) > len(pw) - 1 \
                and qw[-(len(pw) - 1):] == pw[1:]:
            found.add(q["name"])                                  # "Baroness Greenfield"
        elif len(pw) >= 2 and pw[0] in particles and len(qw) > len(pw) and qw[-len(pw):] == pw:
            found.add(q["name"])                                  # "Van Gogh" / "Theo van Gogh"
        elif len(pw) == len(qw) and 2 * p.get("mentions", 1) <= q.get("mentions", 1):
            diff = [(a, b) for a, b in zip(pw, qw) if a != b]
            if len(diff) == 1 and _slip(*diff[0]):
                found.add(q["name"])                              # "Mario Rubio" beside "Marco Rubio"
    return next(iter(found)) if len(found) == 1 else None


def _surnames_alone(record: dict) -> frozenset:
    """Keys of the one-word names an article gives a person by ("McGurk", "Mr McGurk" read as a
    person or an alias) or that its headline writes alone ("Collins named UK Athletics chief"): the
    writer means one person of that surname."""
    headline = str(record.get("headline") or "")
    out = {name_key(n) for e in record.get("entities", []) if e["kind"] == "person"
           for n in (e["name"], *e.get("aliases", ())) if len(name_key(n).split()) == 1}
    for e in record.get("entities", []):
        words = e["name"].split()
        if e["kind"] != "person" or len(words) < 2:
            continue
        before = re.search(rf"(\S*)\s*\b{re.escape(words[-1])}\b", headline)
        if before and not before.group(1)[:1].isupper():
            out.add(name_key(words[-1]))      # "Collins named ...", "... appoints Collins", not "Dave Collins named"
    return frozenset(out)


def _possessive_firm(short: str, long: str) -> bool:
    """Whether ``long`` is a company named "<short>'s ... <legal form>" or "<short>'s" and company words
    alone (:data:`COMPANY_HEADS`): "Beeba's Creations Inc", "Beeba's Group" for "Beeba" (or "Beeba's")."""
    words = long.split()
    stem = short.removesuffix("'s").removesuffix("’s")
    heads = all(name_key(w) in COMPANY_HEADS or name_key(w) in CORPORATE_SUFFIXES for w in words[1:])
    return len(words) >= 2 and words[0] in (stem + "'s", stem + "’s") \
        and (len(words) >= 3 and name_key(words[-1]) in CORPORATE_SUFFIXES or heads)


def _club(entity: dict) -> bool:
    """Whether an organisation's name is a club's by its end ("Hamilton Academical", "Chester FC") or
    joins two towns' names ("Dagenham & Redbridge"), and the article reads it as a team; or is a
    club's name in a sports report by its end alone ("Exeter City", "Sale Sharks": clubs.club_name)."""
    words = entity["name"].replace(".", " ").split()
    return len(words) >= 2 and (words[-1].lower() in _CLUB_WORDS or club_name(entity["name"], sports=True)
                                or "team" in entity.get("evidence", ()) and (
                                    words[-1].lower() in CLUB_ENDS or any(w in ("&", "and") for w in words[1:-1])))


def _fuller_name(o: dict, ow: list[str], orgs: list[dict], places: frozenset) -> str | None:
    """The one longer name of the article that ``o`` is a short form of, when no other body of the
    article opens (or ends) with the same words: the name and a place before a legal form or after
    "de" ("Bankers Trust" / "Bankers Trust New York Corp", "Credit Foncier" / "Credit Foncier de
    France"), or a team's ("Real" / "Real Madrid"; a company's name and a place alone is a unit of it:
    "AOL" / "AOL Europe"); a
    team and the club's full name ("Hamilton" / "Hamilton Academical", "Hereford" / "Hereford United"
    beside its "Hereford United Supporters' Trust", never the trust); the last two words or more of a name ("Bank Board" /
    "Federal Home Loan Bank Board"; never a party's or a league's, whose names are built of
    adjectives: the "Democratic Party" beside the "Social Democratic Party"), or the part after "and"
    ("Cornwall Police" of "Devon and Cornwall Police")."""
    others = {q["name"]: actor_key(q["name"], "organization").split() for q in orgs
              if q is not o and q["name"] != o["name"]}
    if any(qw == ow for qw in others.values()):
        return None
    n = len(ow)
    opening = [q for q in orgs if q["name"] in others and len(others[q["name"]]) > n and others[q["name"]][:n] == ow]
    ending = [name for name, qw in others.items() if n >= 2 and len(qw) > n and qw[-n:] == ow]
    unknown = gazetteer().lookup(o["name"]) is None
    if len(opening) == 1 and not ending:
        q = opening[0]
        rest = others[q["name"]][n:]
        named = name_key(q["name"].split()[-1]) in CORPORATE_SUFFIXES or n >= 2 and rest[0] in _FOREIGN_OF - {"of"} \
            or "team" in o.get("evidence", ()) and "team" in q.get("evidence", ())
        rest = rest[1:] if rest[0] in _FOREIGN_OF and len(rest) > 1 else rest
        if named and unknown and _place_level(ow, places) is None and _place_level(rest, places) is not None:
            return q["name"]
    clubs = sorted(opening, key=lambda q: len(others[q["name"]]))      # "Hereford United" (its Supporters' Trust too)
    if clubs and not ending and all(others[q["name"]][:len(others[clubs[0]["name"]])] == others[clubs[0]["name"]] for q in clubs):
        q, rest = clubs[0], others[clubs[0]["name"]][n:]
        if "team" in o.get("evidence", ()) and _club(q) and not any(
                w in gazetteer().org_words and w not in _CLUB_WORDS for w in rest):
            return q["name"]
    if len(ending) == 1 and not opening:
        extra = others[ending[0]][:-n]
        if extra[-1] in ("and", "&") or unknown and ow[-1] not in _BLOC_HEADS:
            return ending[0]
    return None


def _org_target(o: dict, orgs: list[dict], places: frozenset) -> str | None:
    raw = o["name"].replace(".", " ").split()
    ow = actor_key(o["name"], "organization").split()
    loose = _without_country(loose_org_key(o["name"]))
    found = set()
    for q in orgs:
        if q is o or q["name"] == o["name"]:
            continue
        qw = actor_key(q["name"], "organization").split()
        if qw == ow:
            continue
        if _without_country(loose_org_key(q["name"])) == loose:
            if (len(qw), q.get("mentions", 1), len(q["name"])) > (len(ow), o.get("mentions", 1), len(o["name"])):
                found.add(q["name"])          # the longer ("U.S. Senate"), else the more used form wins
            continue
        diff = [(a, b) for a, b in zip(ow, qw) if a != b] if len(ow) == len(qw) else []
        if len(diff) == 1 and _slip(*diff[0]) and 2 * o.get("mentions", 1) <= q.get("mentions", 1) \
                and gazetteer().lookup(o["name"]) is None and _place_level(ow, places) is None:
            found.add(q["name"])                                  # "Hoechts AG" beside "Hoechst AG"
        elif _place_qualified(ow, qw, places) or _shortened(ow, qw, raw):
            found.add(q["name"])
        elif len(qw) > len(ow) and qw[:len(ow)] == ow and gazetteer().lookup(o["name"]) is None \
                and all(w in COMPANY_HEADS or w in CORPORATE_SUFFIXES for w in qw[len(ow):]):
            found.add(q["name"])      # "Ford" / "Ford Motor Co.", "Treasury" / "Treasury Department"
        elif len(raw) == 1 and _possessive_firm(raw[0], q["name"]) and gazetteer().lookup(o["name"]) is None:
            found.add(q["name"])      # "Beeba" / "Beeba's Creations Inc": the firm named by its owner's name
        elif qw == ow + ["news"] and len(raw) == 1 and raw[0].isupper() and 2 <= len(raw[0]) <= 5 \
                and o.get("mentions", 1) <= q.get("mentions", 1) \
                and not any(x is not o and x is not q and actor_key(x["name"], "organization").split()[:1] == ow for x in orgs):
            found.add(q["name"])      # "ABC" / "ABC News": the broadcaster's news, named short after it
    if not found:
        fuller = _fuller_name(o, ow, orgs, places)
        found = {fuller} if fuller else set()
    if not found and gazetteer().lookup(o["name"]) is None and _place_level(ow, places) is None \
            and raw and name_key(raw[-1]) not in CORPORATE_SUFFIXES \
            and not any(q is not o and actor_key(q["name"], "organization").split() == ow for q in orgs):
        found = {q["name"] for q in orgs if q is not o and actor_key(q["name"], "organization").split()[:len(ow)] == ow}
        long = name_key(next(iter(found))).split() if len(found) == 1 else []     # "N.V." is one word: "nv"
        if not long or long[-1] not in CORPORATE_SUFFIXES \
                or len(actor_key(" ".join(long), "organization").split()) != len(ow) + 1:
            found = set()           # "CXR" / "CXR Telcom Corp", not "Shell" beside "Shell Francaise" too
    return next(iter(found)) if len(found) == 1 else None


def article_renames(record: dict) -> dict[tuple[str, str], str]:
    """``(kind, name) -> name`` of the second spellings of one article (module doc), each to a form
    the same article names; a name that is itself renamed is never a target."""
    entities = [e for e in record.get("entities", [])
                if not any(x.startswith(AGAINST) for x in e.get("evidence", ()))]
    people = [e for e in entities if e["kind"] == "person"]
    alone = _surnames_alone(record)
    orgs = [e for e in entities if e["kind"] == "organization"]
    out = {}
    for p in people:
        target = _person_target(p, people, alone)
        if target:
            out[("person", p["name"])] = target
    places = frozenset(name_key(e["name"]) for e in entities if e["kind"] == "place")
    for o in orgs:
        target = _org_target(o, orgs, places)
        if target:
            out[("organization", o["name"])] = target
    outlet = str(record.get("outlet") or "")
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", outlet)
    if bare != outlet and bare:
        for o in orgs:                              # "ABC News" in a story of "ABC News (Australia)"
            if actor_key(o["name"], "organization") == actor_key(bare, "organization"):
                out[("organization", o["name"])] = outlet
            elif out.get(("organization", o["name"])) and actor_key(out[("organization", o["name"])], "organization") \
                    == actor_key(bare, "organization"):
                out[("organization", o["name"])] = outlet     # "ABC" -> "ABC News" -> the outlet's name
    sources = {name for _, name in out}
    return {k: v for k, v in out.items() if v not in sources}


def given_name_owners(record: dict) -> dict[tuple[str, str], str]:
    """``(kind, name) -> full name``: a name of one word that is the given name of exactly one person
    the same article names in full, and a given name in the hand list or the US census list, is that
    person ("Chelsea Clinton ... Chelsea said": not the club, not the London district), whatever kind
    the model gave it; never a name the gazetteer knows as another kind (a country), one with its
    own evidence for its kind (a team in a sports report, an organisation word, a spelled-out
    acronym, a listed player), nor one two people of the article share ("Tom Brady", "Tom Hanks")."""
    from .data.packages import given_names

    given = given_names()
    firsts: dict = {}
    for e in record.get("entities", []):
        words = name_key(e["name"]).split()
        if e["kind"] == "person" and len(words) >= 2 and not any(x.startswith(AGAINST) for x in e.get("evidence", ())):
            firsts.setdefault(words[0], set()).add(e["name"])
    out = {}
    for e in record.get("entities", []):
        key = name_key(e["name"])
        owners = firsts.get(key, set())
        known = gazetteer().lookup(e["name"])
        if len(key.split()) != 1 or len(owners) != 1 or key not in given or e["kind"] not in ("person", "organization", "place") \
                or known is not None and known[1] != "person" \
                or set(e.get("evidence", ())) & {"team", "org-word", "acronym-expanded", "listed"}:
            continue
        out[(e["kind"], e["name"])] = next(iter(owners))
    return out
