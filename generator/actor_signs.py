"""Record-level evidence for the publish decision that needs the other names of the same article
(issue 8, item 1: what gets a page). Used by :func:`generator.actor_evidence.decide`.

Signs against an organisation that only the words around it ("X said", "told the X": ``org-context``)
or its article count support, read from the other names the same article (or corpus) gives:

- ``part-of-name``: one dictionary word that is a later word of a longer organisation's name in the
  same article ("Energy" beside "Northfield Energy Corp"): cut from that name, not an actor of its own
  (a firm's first word is its usual short form, "Fleet" for "Fleet Financial Group", and stays; the
  caller applies it to a name no other article gives: "House" beside "White House" is the House
  elsewhere);
- ``owned``: the name of a broadcaster (one the corpus also names with a channel word: "BBC News",
  "BBC Radio"), then dictionary words that are neither an organisation word, a channel word, a place
  nor a census surname ("BBC Breakfast"): a programme named after its broadcaster ("BBC Radio London"
  stays: a channel; "Cairn Energy" stays: no broadcaster).

A sign against any organisation:

- ``two-names``: two organisations' names joined by a hyphen, each named on its own in the corpus or
  known to the gazetteer ("an Associated Press-GfK poll": the poll of two bodies, no body of its own;
  :func:`hyphened_pair`).

A sign against a party read as two kinds:

- ``party-kind``: a party the gazetteer knows both as its members' group ("Republicans") and as an
  organisation ("Republican Party"), or a group and its
  form and "Party" that the corpus names together ("Democrats", "Democratic Party"): one party, one
  page; the reading the corpus gives in fewer articles (a tie: the group) is held back
  (:func:`weaker_party_readings`).

Evidence for a person the package lists do not know by given name:

- ``surname-alone``: a name of two or three words whose last word the same article also writes alone
  (the usual back-reference to a person, "Henrik Stenson ... Stenson said"), that last word a surname
  of the US census list (``names`` package, the whole list) and no dictionary word ("Aston Villa ...
  Villa", a club), named two or more times.

- a person named by one word (``lone_surname``): a census surname, no given name, title word,
  adjective or verb ("Mighty" the lobby group, "the King"), with a title or
  quoted, named twice or more, and no one in the corpus named in full with it as any word ("President Reagan"
  throughout a wire corpus); else it stays held back as one word.

Written by hand: no library reads these relations between the names of one article. The word lists
below are the few channel words of broadcasters' names that no package lists.
"""
from __future__ import annotations

import functools
from collections import Counter

from .data import CORPORATE_SUFFIXES, DATA_DIR, actor_key, gazetteer, name_key, read_entries
from .data.packages import ALL_SURNAMES, census_surnames, dictionary_words, given_names, place_keys
from .extract.entities.titles import HONORIFICS, TITLE_HEADS

# Words that name a broadcaster's or publisher's channel, not a programme: "BBC Radio", "ABC News".
CHANNEL_WORDS = frozenset("radio news sport sports tv television channel world online one two three four five "
                          "service international network".split())
# Evidence that names an organisation on its own (the signs here do not apply to it).
NAMED_BY_ITSELF = frozenset(("gazetteer", "org-word", "acronym-expanded", "team"))


def _plain(entity: dict) -> bool:
    return entity["kind"] == "organization" and not NAMED_BY_ITSELF & set(entity.get("evidence", ()))


def _org_word(word: str) -> bool:
    return word in gazetteer().org_words or word in CORPORATE_SUFFIXES or word in CHANNEL_WORDS or word.isdigit()


def _common(word: str) -> bool:
    """A dictionary word that is no organisation or channel word nor a census surname: "breakfast"."""
    return word in dictionary_words() and not _org_word(word) and word not in census_surnames() \
        and word not in place_keys()


def record_signs(record: dict, corpus_orgs: set[str], parties: set = frozenset()) -> dict[int, set[str]]:
    """``index of an entity in record["entities"] -> signs against it`` (without ``against:``).

    ``corpus_orgs``: :func:`generator.data.name_key` of every organisation's name the corpus gives;
    ``parties``: :func:`weaker_party_readings` of the corpus.
    """
    entities = record.get("entities", [])
    orgs = [name_key(e["name"]).split() for e in entities if e["kind"] == "organization"]
    out: dict[int, set[str]] = {}
    for i, e in enumerate(entities):
        if (e["kind"], actor_key(e["name"], e["kind"])) in parties:
            out.setdefault(i, set()).add("party-kind")
        if e["kind"] == "organization" and hyphened_pair(e["name"], corpus_orgs):
            out.setdefault(i, set()).add("two-names")
        if not _plain(e):
            continue
        words = name_key(e["name"]).split()
        if not words:
            continue
        longer = [o for o in orgs if len(o) > len(words)]
        if len(words) == 1 and words[0] in dictionary_words() and any(words[0] in o[1:] for o in longer):
            out.setdefault(i, set()).add("part-of-name")
        for k in range(len(words) - 1, 0, -1):
            owner, rest = " ".join(words[:k]), words[k:]
            if any(f"{owner} {w}" in corpus_orgs for w in CHANNEL_WORDS) and all(_common(w) for w in rest):
                out.setdefault(i, set()).add("owned")
                break
    return out


def hyphened_pair(name: str, corpus_orgs: set[str]) -> bool:
    """Whether an organisation's name is two organisations' names joined by a hyphen, each one named on
    its own in the corpus or known to the gazetteer, the whole unknown: "Associated Press-GfK" (of "an
    Associated Press-GfK poll": the two bodies that made a poll, no third). A firm's own hyphened name
    has parts no one names alone ("Anheuser-Busch", "Rolls-Royce")."""
    gaz = gazetteer()
    parts = name.split("-")
    if len(parts) != 2 or not all(p.strip() == p and p for p in parts) or gaz.lookup(name) is not None:
        return False

    def alone(part: str) -> bool:
        known = gaz.lookup(part)
        return known is not None and known[1] == "organization" or name_key(part) in corpus_orgs

    return all(alone(p) for p in parts)


def surname_alone(entity: dict) -> bool:
    """Whether a person's name of two or three words is written alone by its surname in the same
    article (an alias), that surname is a census surname and the name is used two or more times."""
    words = entity["name"].split()
    if entity["kind"] != "person" or not 2 <= len(words) <= 3 or int(entity.get("mentions", 1) or 1) < 2:
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    last = name_key(words[-1])
    return last in census_surnames(ALL_SURNAMES) and last not in dictionary_words() \
        and any(name_key(a) == last for a in entity.get("aliases", ()))


def corpus_orgs(records: list[dict]) -> set[str]:
    """Name keys (and actor keys) of every organisation's name the corpus gives."""
    out = set()
    for record in records:
        for e in record.get("entities", []):
            if e["kind"] == "organization":
                out.update({name_key(e["name"]), actor_key(e["name"], "organization")})
    return out - {""}


def lone_surname(name: str, evidence: set, mentions: int, full_surnames: set[str]) -> bool:
    """Whether a person named by one word may have a page under it: a census surname and no given
    name, given a title or quoted ("President Reagan", "Okafor said") and named two or more times
    in one article, where no person of the corpus is named in full with that word in the name (the
    page would be a second spelling of theirs: "Yao" of "Yao Yilin"). ``evidence``: the name's
    evidence over all articles; ``full_surnames``: name keys of every word of every name of two or
    more words the corpus gives a person."""
    key = name_key(name)
    return len(name.split()) == 1 and mentions >= 2 and bool(evidence & {"title", "quoted"}) \
        and key in census_surnames(ALL_SURNAMES) and key not in given_names() \
        and key not in full_surnames and key not in TITLE_HEADS | HONORIFICS and not _describing(key)


def _describing(word: str) -> bool:
    """Whether WordNet has the word as an adjective, verb or adverb ("Mighty", "Young"): a group's or
    a thing's name as likely as a person's; a noun may be a surname ("Reagan", "Goldsmith")."""
    return any(word in dictionary_words(pos) for pos in ("adj", "verb", "adv"))


# a surname goes to the person of that surname named in this many times the articles of all the
# others together (and in at least this many articles): "Trump" to Donald Trump beside Melania Trump
DOMINANT = 5


def people_articles(records: list[dict]) -> dict[str, int]:
    """``name key -> articles`` that name the person of that name (two or more words) in full."""
    out: dict[str, int] = {}
    for record in records:
        for key in {name_key(e["name"]) for e in record.get("entities", [])
                    if e["kind"] == "person" and len(e["name"].split()) >= 2}:
            out[key] = out.get(key, 0) + 1
    return out


def dominant_owner(full: dict[str, str], named: dict[str, int], record: dict) -> dict[str, str]:
    """Of the full names a surname may stand for (``full``: name key -> name), the one the corpus
    names in ``DOMINANT`` times as many articles as all the others together, where the article names
    none of the others in full ("Trump" in an article about the convention: Donald Trump, named in
    57 articles, Melania Trump in 3); else ``full`` unchanged (ambiguous: "Clinton" with Hillary in
    61 and Bill in 9 stays). A surname's article names two of them: ``full`` unchanged."""
    counts = sorted(((named.get(k, 0), k) for k in full), reverse=True)
    (top, key), others = counts[0], sum(n for n, _ in counts[1:])
    here = {name_key(e["name"]) for e in record.get("entities", []) if e["kind"] == "person"}
    if top < DOMINANT or top < DOMINANT * max(others, 1) or (set(full) - {key}) & here:
        return full
    return {key: full[key]}


@functools.lru_cache(maxsize=1)
def party_pairs() -> tuple[tuple[str, str], ...]:
    """``(group, organisation)`` names of each party the gazetteer knows as both: a group of
    ``groups.txt`` whose form, its plural or the form and "Party" is an organisation's name or form
    (``organizations.txt``): ("Republicans", "Republican Party"), ("Conservatives", "Conservatives")."""
    gaz = gazetteer()
    out = set()
    for forms in read_entries(DATA_DIR / "groups.txt"):
        for candidate in (c for f in forms for c in (f, f + "s", f + " Party")):
            known = gaz.lookup(candidate)
            if known is not None and known[1] == "organization":
                out.add((forms[0], known[0]))
    return tuple(sorted(out))


def weaker_party_readings(records: list[dict]) -> set[tuple[str, str]]:
    """``(kind, actor key)`` of the reading of a party named in fewer articles than its other reading (a
    tie: the group), where the corpus gives both: a pair of :func:`party_pairs`, or a group of
    ``groups.txt`` and an organisation named by one of its forms and "Party" that half its articles or
    more name beside the group ("Democratic Party" beside "Democrats"; the gazetteer lists no
    "Democratic Party", which names other parties abroad)."""
    named = [{(e["kind"], actor_key(e["name"], e["kind"])) for e in record.get("entities", [])}
             for record in records]
    articles = Counter(key for keys in named for key in keys)
    pairs = {(("group", actor_key(g, "group")), ("organization", actor_key(o, "organization")))
             for g, o in party_pairs()}
    for forms in read_entries(DATA_DIR / "groups.txt"):
        g = ("group", actor_key(forms[0], "group"))
        for o in {("organization", actor_key(f + " Party", "organization")) for f in forms} if articles[g] else ():
            if articles[o] and 2 * sum(1 for keys in named if g in keys and o in keys) >= articles[o]:
                pairs.add((g, o))
    return {o if articles[o] < articles[g] else g for g, o in pairs if articles[g] and articles[o]}
