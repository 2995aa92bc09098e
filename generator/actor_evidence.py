"""Corpus-level decisions about actors, from the evidence of every article (issue 8, contract 1).

- one spelling per actor: names whose :func:`actor_key` is the same (case, punctuation, any
  apostrophe, diacritics, a corporate suffix: "Apple Inc." / "Apple Inc" / "Apple") take the form
  most articles use; an acronym that one article spells out ("Associated Press", alias "AP") takes
  the long name everywhere; a person's surname in another transliteration ("Volodymyr Zelensky" /
  "Volodymyr Zelenskyy", rapidfuzz edit distance 1) joins the form most articles use, and so does an
  organisation's name of 12 characters or more one edit from a more used one ("Associates Press"; or
  on a tie, a longer: "International Business Machine Corp");
  a person's name with and without a middle name or initial, unless two middles disagree
  (:func:`middle_names`); a company's short name and its one longer name that adds only company
  words ("Ford" / "Ford Motor Co.") only where one article uses both (``actor_variants``); organisations'
  names that differ in connectives, hyphens, a plural or -ise/-ize; a person's given name with a slip
  that is no known given name ("Rence Priebus") beside the form in more articles, else with more
  mentions, else with the longer given name (a letter left out is the commonest slip); a short form
  of a given name ("Vince" / "Vincent", package nicknames) when no one else has the surname; a name the
  gazetteer lists under another spelling ("Fed" -> Federal Reserve, ``data/organizations.txt``) or with "U.S." in front;
  a group's singular and plural ("Spaniard" / "Spaniards", "Nazi" / "Nazis") under the plural;
- one kind per actor: the kind with most weight over all articles (a mention is one vote, a gazetteer,
  title, quote or an organisation's context, "X said", "shares of X", three), when it has at least two
  thirds of the weight;
- published or held back: an actor is published only with evidence for its name and kind somewhere
  in the corpus (gazetteer, title, quoted, a given name, an organisation word, a spelled-out acronym,
  a company's context ("shares of X", "music publisher X"),
  a team in a sports report, a person listed in results, a person of two or three words whose census
  surname the article also writes alone, ``actor_signs``, or named in two or more articles; a place
  needs a gazetteer, GeoNames or ISO 3166-2) and no sign against it in a third or more of its
  articles (a group with no word of a people, creed or party: ``peoples``; a fragment, a date, an epithet, a common word, a work or product, a person's name of
  one word unless a title or a quote backs a census surname no one else in the corpus has; a work does not count against a person quoted and named in full three or more times),
  nor, for an organisation that only its context or its articles support, a programme or product
  named after its broadcaster ("BBC Breakfast") or a later word cut from a longer name in the same
  article and named in no other ("Energy"; ``actor_signs``), nor, for an organisation or place, the surname of a person the same article names in
  full ("Bush" beside Jeb Bush) or that two or more articles name in full ("Trump"), nor a body
  named by its function alone in two or more articles ("Central Bank": a different country's in each), nor two organisations' names joined by "and", nor the reading of a party as a group or an organisation in fewer articles than its other ("Republican Party" / "Republicans": ``actor_signs``); an entity a sign of ``evidence.ARTICLE_SIGNS`` marks ("speak English": the language; "a Swiss cement firm") is held back in its article alone. A held-back entity stays in its record with ``published: false``
  and a ``reason``; the site lists it on the Quality page only. Tried and left out: an
  organisation named twice in one article, a person's full name alone (each raised conll2003-dev
  half A, but let far more junk into the mixed corpus's indexes: products, shows, fragments).

Never merged: across kinds, on a given name or a common word alone. Rules and thresholds were tuned
on half A of conll2003-dev and the mixed corpus (generator/README.md, "Actors: evidence before a page").
"""
from __future__ import annotations

from collections import Counter, defaultdict

from .data import CORPORATE_SUFFIXES, actor_key, gazetteer, name_key
from .extract.entities.evidence import AGAINST, ARTICLE_SIGNS
from .extract.entities.merge import same_word_spelled_apart
from .extract.entities.peoples import known_group
from .actor_forms import _slip as _slip_word, gazetteer_body, group_numbers, long_slip, loose_org_key, same_given_name
from .actor_signs import corpus_orgs, lone_surname, record_signs, surname_alone, weaker_party_readings

# Generational suffixes: "Charles Elliott Jr." and "Charles Elliott III" are two people, never middles.
_SUFFIX_WORDS = frozenset("jr sr ii iii iv".split())
STRONG = ("gazetteer", "title", "quoted", "given-name", "org-word", "acronym-expanded", "team", "listed",
          "org-context", "surname-alone")
# signs (``actor_signs``) that hold back a name only one article gives ("Energy" cut from
# "Northfield Energy Corp"): a name other articles give ("House" beside "White House") is left alone
LOCAL_SIGNS = frozenset(("part-of-name",))
# not_actors whose reason is a sign against the name read as an actor elsewhere: a work, an award
# (not "no name": everyday words read as a person here may be a firm's name in another article)
WORK_REASONS = ("a work", "an award")
# a person quoted, named in full and named this many times in one article is no work, whatever one
# mention's reading says ("Supt. Ramon Cortines" read once as a title of a work)
SPEAKER_MENTIONS = 3
# an actor named in this many articles is published on that alone (with no sign against it)
MIN_ARTICLES = 2


def _mentions(entity: dict) -> int:
    return int(entity.get("mentions", 1) or 1)


def spellings(records: list[dict]) -> dict[tuple[str, str], str]:
    """``(kind, name) -> canonical name`` for names the corpus writes in several ways (see module doc)."""
    usage: dict = defaultdict(Counter)          # (kind, actor key) -> Counter(name -> articles)
    said: Counter = Counter()                   # (kind, actor key) -> mentions
    for record in records:
        for e in record.get("entities", []):
            usage[(e["kind"], actor_key(e["name"], e["kind"]))][e["name"]] += 1
            said[(e["kind"], actor_key(e["name"], e["kind"]))] += _mentions(e)
    best = {key: max(names, key=lambda n: (_written_as_name(n), names[n],
                                           -len(n) if key[0] != "organization" else len(n), n))
            for key, names in usage.items()}
    out = {}
    for (kind, key), names in usage.items():
        for name in names:
            if name != best[(kind, key)]:
                out[(kind, name)] = best[(kind, key)]
    # acronyms spelled out somewhere: "AP" -> "Associated Press"
    long_forms: dict = defaultdict(set)
    for record in records:
        for e in record.get("entities", []):
            if e["kind"] == "organization" and "acronym-expanded" in e.get("evidence", ()):
                for alias in e.get("aliases", []):
                    bare = alias.replace(".", "")
                    if bare.isupper() and 2 <= len(bare) <= 6:
                        long_forms[("organization", actor_key(alias, "organization"))].add(
                            best[("organization", actor_key(e["name"], "organization"))])
    for (kind, key), targets in long_forms.items():
        if len(targets) == 1 and (kind, key) in best:
            target = next(iter(targets))
            for name in usage[(kind, key)]:
                out[(kind, name)] = target
    # an organisation's name one letter apart from a more used one ("Associates Press"), else a longer one
    orgs = sorted((k for kind, k in usage if kind == "organization" and len(k) >= 12 and " " in k),
                  key=lambda k: (-sum(usage[("organization", k)].values()), -said[("organization", k)], -len(k), k))
    # one edit apart means the same first two letters and lengths at most one apart: only those are
    # compared (all pairs of organisations took minutes at 10,000 articles)
    by_start: dict = defaultdict(list)
    for i, key in enumerate(orgs):
        by_start[(key[:2], len(key))].append(i)
    for i, key in enumerate(orgs):
        near = sorted(j for n in (len(key) - 1, len(key), len(key) + 1) for j in by_start.get((key[:2], n), ())
                      if j < i)
        target = next((orgs[j] for j in near if same_word_spelled_apart(key, orgs[j])
                       and (sum(usage[("organization", orgs[j])].values()), said[("organization", orgs[j])], len(orgs[j]))
                       > (sum(usage[("organization", key)].values()), said[("organization", key)], len(key))), None)
        if target is not None:
            for name in usage[("organization", key)]:
                out.setdefault(("organization", name), best[("organization", target)])
    # organisations' names that differ in connectives, hyphens, a plural or -ise/-ize only
    # ("Institute for / of Fiscal Studies"); a company's short name beside its longer one ("Ford" /
    # "Ford Motor Co.") is merged only in an article that names both (actor_variants)
    loose: dict = defaultdict(list)
    for kind, key in usage:
        if kind == "organization" and " " in key:
            loose[loose_org_key(key)].append(key)
    for keys in loose.values():
        if len(keys) > 1:
            top = max(keys, key=lambda k: (sum(usage[("organization", k)].values()), said[("organization", k)],
                                           -len(k), k))
            for key in keys:
                if key != top:
                    for name in usage[("organization", key)]:
                        out.setdefault(("organization", name), best[("organization", top)])
    # a person's name with and without a middle name or initial: "Donald J. Trump" / "Donald Trump"
    for name, target in middle_names(usage).items():
        out.setdefault(("person", name), target)
    # transliterations of a person's surname: same first word, surnames one edit apart
    people: dict = defaultdict(list)
    for (kind, key), names in usage.items():
        words = key.split()
        if kind == "person" and len(words) >= 2:
            people[" ".join(words[:-1])].append(key)
    for first, keys in people.items():
        keys.sort(key=lambda k: (-sum(usage[("person", k)].values()), -said[("person", k)], k))
        for i, key in enumerate(keys):
            target = next((k for k in keys[:i] if same_word_spelled_apart(key.split()[-1], k.split()[-1])
                           or long_slip(key.split()[-1], k.split()[-1])), None)
            if target is not None:
                for name in usage[("person", key)]:
                    out[("person", name)] = out.get(("person", best[("person", target)]), best[("person", target)])
    # a slip in a given name that is no given name: "Rence Priebus" beside "Reince Priebus"
    by_surname: dict = defaultdict(list)
    for (kind, key), names in usage.items():
        if kind == "person" and len(key.split()) == 2:
            by_surname[key.split()[1]].append(key)
    def rank(key):                              # articles, mentions, then the longer given name
        return sum(usage[("person", key)].values()), said[("person", key)], len(key.split()[0])
    for keys in by_surname.values():
        for key in keys:
            near = [k for k in keys if k != key and rank(k) > rank(key)
                    and _slip_word(key.split()[0], k.split()[0]) and not is_given_name(key.split()[0])]
            if len(near) == 1:
                for name in usage[("person", key)]:
                    out.setdefault(("person", name), best[("person", near[0])])
    # a short form of the given name: "Vince Cable" / "Vincent Cable", when no one else in the corpus
    # has that surname (nicknames: a curated list of English given names and their short forms)
    for keys in by_surname.values():
        if len(keys) == 2 and same_given_name(*(k.split()[0] for k in keys)):
            keys = sorted(keys, key=lambda k: (-sum(usage[("person", k)].values()), -said[("person", k)],
                                               -len(k), k))
            for name in usage[("person", keys[1])]:
                out.setdefault(("person", name), best[("person", keys[0])])
    out.update({("group", n): t for n, t in group_numbers(usage, best).items() if ("group", n) not in out})
    # a gazetteer's canonical name wins: "Fed" -> Federal Reserve even in a record cached before the entry;
    # a group's in either number ("Spaniard" -> Spaniards); a US or UK body's with the country in front
    for kind, key in usage:
        for name in usage[(kind, key)]:
            known = gazetteer_body(name) if kind != "group" else (known_group(name), "group")
            if known is not None and known[0] is not None and known[1] == kind and known[0] != name:
                out[(kind, name)] = known[0]
    return {k: v for k, v in out.items() if k[1] != v}


def _middle(words: list[str]) -> str:
    """A middle name's signature: initials run together ("h w" and "hw" alike), else the words."""
    return "".join(words) if all(len(w) == 1 for w in words) else " ".join(words)


def _compatible(a: str, b: str) -> bool:
    """Whether two middle-name signatures may be one person's: equal, or an initial and its name."""
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def middle_names(usage: dict) -> dict[str, str]:
    """``name -> canonical`` for people written with and without a middle name or initial.

    Names with the same first and last word are one person when all their middle names agree (none,
    "J.", "John"): "Donald J. Trump" joins "Donald Trump"; "George H. W. Bush" and "George W. Bush"
    differ, so neither joins "George Bush". The canonical form is the one most articles use.
    ``usage``: ``(kind, actor key) -> Counter(name -> articles)`` as in :func:`spellings`.
    """
    by_ends: dict = defaultdict(list)
    for (kind, key), names in usage.items():
        words = key.split()
        if kind == "person" and len(words) >= 2 and not any(w in _SUFFIX_WORDS for w in words):
            by_ends[(words[0], words[-1])].append(key)
    out = {}
    for keys in by_ends.values():
        if len(keys) < 2:
            continue
        middles = {_middle(k.split()[1:-1]) for k in keys} - {""}
        if any(not _compatible(a, b) for a in middles for b in middles):
            continue                            # two people: George H. W. Bush, George W. Bush
        counts = Counter()
        for k in keys:
            counts.update(usage[("person", k)])
        target = max(counts, key=lambda n: (counts[n], -len(n), n))
        out.update({n: target for k in keys for n in usage[("person", k)] if n != target})
    return out


def _written_as_name(name: str) -> bool:
    """Whether a form reads as a name: no leading "The", no word in lower case but connectives."""
    words = name.split()
    return not name.lower().startswith("the ") and all(w[:1].isupper() or not w[:1].isalpha() or w in
                                                        ("of", "and", "for", "de", "la", "le", "al", "da")
                                                        for w in words)


def _weight(entity: dict) -> int:
    strong = sum(1 for e in entity.get("evidence", ()) if e in ("gazetteer", "title", "quoted", "org-context"))
    return _mentions(entity) + 3 * strong


def majority_kinds(records: list[dict]) -> dict[str, str]:
    """``name key -> kind`` for names the corpus reads as several kinds, where one kind has at least
    two thirds of the weight (mentions, plus three for each gazetteer, title, quote or org-context)."""
    votes: dict = defaultdict(Counter)
    for record in records:
        for e in record.get("entities", []):
            if e["kind"] in ("person", "organization", "place"):
                votes[name_key(e["name"])][e["kind"]] += _weight(e)
    out = {}
    for key, counter in votes.items():
        if len(counter) < 2:
            continue
        kind, weight = counter.most_common(1)[0]
        if weight * 3 >= 2 * sum(counter.values()):
            out[key] = kind
    return out


def decide(records: list[dict]) -> None:
    """Set ``evidence`` (with ``other-articles:N``), ``published`` and, when held back, ``reason`` on
    every entity of ``records`` that has an ``evidence`` list (in place), from the evidence of all
    articles. An entity without one (a record from before evidence) is left as it is: published."""
    pooled: dict = defaultdict(set)
    articles: Counter = Counter()
    signs: dict = defaultdict(Counter)  # key -> sign -> articles that show it
    local: dict = {}                    # (record index, entity index) -> signs for that article alone
    most: Counter = Counter()           # key -> most mentions in one article
    orgs, parties = corpus_orgs(records), weaker_party_readings(records)
    for r, record in enumerate(records):
        found = record_signs(record, orgs, parties)
        for i, e in enumerate(record.get("entities", [])):
            if "evidence" in e and surname_alone(e) and "surname-alone" not in e["evidence"]:
                e["evidence"] = [*e["evidence"], "surname-alone"]
            for sign in found.get(i, ()):
                if sign in LOCAL_SIGNS:
                    local[(r, i)] = local.get((r, i), set()) | {sign}
                elif "evidence" in e and AGAINST + sign not in e["evidence"]:
                    e["evidence"] = [*e["evidence"], AGAINST + sign]
            key = (e["kind"], actor_key(e["name"], e["kind"]))
            pooled[key].update(x for x in e.get("evidence", ()) if not x.startswith("mentions:"))
            articles[key] += 1
            most[key] = max(most[key], _mentions(e))
            for x in set(e.get("evidence", ())):
                if x.startswith(AGAINST) and x[len(AGAINST):] not in ARTICLE_SIGNS:
                    signs[key][x[len(AGAINST):]] += 1
    keys = {key for key in articles}
    # an article whose words make the name a work or an award ("the film The Aviator": its record's
    # not_actors) shows the sign "work" against the same name read as an actor in other articles
    shown_as_work = _work_articles(records, keys)
    for key, n in shown_as_work.items():
        signs[key]["work"] += n
    # surnames of people named in full in two or more articles: "Trump" as an organisation is his
    people = Counter(name_key(e["name"]) for r in records for e in {x["name"]: x for x in r.get("entities", [])
                                                                    if x["kind"] == "person"}.values())
    known_surnames = {k.split()[-1] for k, n in people.items() if n >= MIN_ARTICLES and len(k.split()) >= 2}
    in_full = {w for k in people if len(k.split()) >= 2 for w in k.split()}   # "Yao" of "Yao Yilin" too
    for r, record in enumerate(records):
        surnames = surnames_here(record)
        for i, e in enumerate(record.get("entities", [])):
            if "evidence" not in e:
                continue                        # a record from before evidence: published (contract 1)
            key = (e["kind"], actor_key(e["name"], e["kind"]))
            evidence = [x for x in e.get("evidence", ()) if not x.startswith("other-articles:")]
            if articles[key] > 1:
                evidence.append(f"other-articles:{articles[key] - 1}")
            e["evidence"] = evidence
            # a sign against counts when a third of the actor's articles show it ("budget" in lower case, "The
            # Aviator" a film), or this one (ARTICLE_SIGNS: "speak English", "the Swiss cement firm")
            against = {sign for sign, n in signs[key].items() if n * 3 >= articles[key] + shown_as_work[key]} \
                | {x[len(AGAINST):] for x in evidence if x.startswith(AGAINST) and x[len(AGAINST):] in ARTICLE_SIGNS}
            if articles[key] == 1:
                against |= local.get((r, i), set())   # "Energy" cut from a longer name, named nowhere else
            if name_key(e["name"]) in surnames and "gazetteer" not in evidence and e["kind"] != "person":
                against.add("surname")          # "Bush" beside Jeb Bush is no organisation
            if e["kind"] in ("organization", "place") and name_key(e["name"]) in known_surnames \
                    and not any(x in pooled[key] for x in ("gazetteer", "org-word", "team", "acronym-expanded")):
                against.add("surname")          # "Trump" read as an organisation where no Donald Trump stands
            if "function-name" in pooled[key] and articles[key] >= MIN_ARTICLES:
                against.add("generic")          # "Central Bank" of Argentina here, of Peru there
            if _two_names(e, keys):
                against.add("two-names")        # "Associated Press and Television Networks"
            if e["kind"] == "person" and most[key] >= SPEAKER_MENTIONS and "quoted" in pooled[key] \
                    and pooled[key] & {"given-name", "surname-alone", "title"}:
                against.discard("work")         # a person quoted and named in full many times is no work
            if against == {"one-word"} and lone_surname(e["name"], pooled[key], most[key], in_full):
                against.discard("one-word")     # "President Reagan" where no one else is a Reagan
            against = sorted(against)
            strong = sorted(x for x in pooled[key] if x in STRONG)
            if against:
                e["published"], e["reason"] = False, "against: " + ", ".join(against)
            elif e["kind"] == "place" and "gazetteer" not in strong:
                e["published"], e["reason"] = False, "a place no gazetteer knows"
            elif e["kind"] == "group" or strong or articles[key] >= MIN_ARTICLES:
                e["published"] = True
            else:
                e["published"], e["reason"] = False, "no evidence beyond one article's mentions"
            if e["published"]:
                e.pop("reason", None)


def _work_articles(records: list[dict], keys: set) -> Counter:
    """``(kind, actor key) -> articles whose not_actors name it`` for the keys of ``keys`` (each
    article once): the name of a work or award read as an actor elsewhere ("Aviator")."""
    out: Counter = Counter()
    for record in records:
        found = {(kind, actor_key(w["name"], kind)) for w in record.get("not_actors", ()) if w.get("name")
                 and w.get("reason", "").startswith(WORK_REASONS)
                 for kind in ("person", "organization", "place")}
        out.update(found & keys)
    return out


def _two_names(entity: dict, keys: set) -> bool:
    """Whether an organisation's name is two names joined by "and", the first one an organisation the
    corpus names on its own: "Associated Press and Television Networks" (not "Food and Drug
    Administration": no "Food" stands alone; nor "Merck and Co", whose second part is a legal form)."""
    if entity["kind"] != "organization" or " and " not in entity["name"]:
        return False
    first, rest = entity["name"].split(" and ", 1)
    if all(name_key(w) in CORPORATE_SUFFIXES for w in rest.split()):
        return False                            # "Merck and Co", "Robert W. Baird and Co Inc.": one firm's name
    return len(first.split()) >= 1 and ("organization", actor_key(first, "organization")) in keys


def surnames_here(record: dict) -> set[str]:
    """Keys of the last words of the people named in full in one record."""
    return {name_key(e["name"].split()[-1]) for e in record.get("entities", [])
            if e["kind"] == "person" and len(e["name"].split()) >= 2}


def is_given_name(name: str) -> bool:
    """Whether ``name`` is one known given name ("Tom", "Barack"): never merged on its own."""
    return name_key(name) in gazetteer().given_names


def company(records: list[dict]) -> dict:
    """person name -> the keys of the people and organisations named beside it, over all articles."""
    out: dict = {}
    for record in records:
        keys = {name_key(e["name"]) for e in record.get("entities", []) if e["kind"] in ("person", "organization")}
        for e in record.get("entities", []):
            if e["kind"] == "person":
                out.setdefault(e["name"], set()).update(keys - {name_key(e["name"])})
    return out


def share_company(record: dict, full_name: str, company: dict) -> bool:
    """Whether a surname's article names someone (a person or organisation) the full name's articles
    also name: "Frost" among rugby players is not David Frost of a television story. A town's name
    read as an organisation is no one in common, nor a one-word organisation the gazetteer does not
    know (a nickname many clubs share): a rugby report's Cardiff (the club) and a cricket report's
    (the ground) do not make the replacement "Cook" the cricketer Alastair Cook, nor do two reports'
    "Blues" make a Gloucester lock "Savage" the footballer Robbie Savage."""
    here = {name_key(e["name"]) for e in record.get("entities", []) if e["kind"] == "person"
            or e["kind"] == "organization" and _someone(e["name"])}
    return bool(here & company.get(full_name, set()))


def _someone(name: str) -> bool:
    """Whether an organisation's name tells which body it is: not a town's, and of two words or
    more unless the gazetteer knows it ("Reuters")."""
    known = gazetteer().lookup(name)
    return (known is None or known[1] != "place") and (len(name_key(name).split()) >= 2 or known is not None)
