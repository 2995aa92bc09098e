"""One actor page per real actor across the corpus: the user's alias file (read in
``actor_aliases``), then second spellings, surname merges and namesakes kept apart.

Works on article records (JSON dicts per article.schema.json) and never mutates them: every
function returns new records. Names are compared by ``name_key`` (case, dots, a leading "the" and a
possessive do not matter).
"""
from __future__ import annotations

import copy

from .actor_aliases import KINDS, ActorAlias, AliasConfig, load_aliases  # noqa: F401 (the API)
from .actor_evidence import company as _company, decide, is_given_name, majority_kinds, spellings
from .actor_evidence import share_company as _share_company
from .actor_signs import dominant_owner, people_articles
from .actor_eras import apart_in_time, name_years, renamed_since
from .actor_split import split_namesakes
from .actor_forms import country_forms, country_renames, initials_known, party_agrees, party_forms, told_apart, without_markup
from .actor_variants import article_renames, given_name_owners
from .data import name_key
from .data.packages import given_names
from .extract.entities.evidence import AGAINST


def _merge_entities(entities: list[dict]) -> list[dict]:
    """One entity per (name, kind) in one article, first mention order kept."""
    out: dict = {}
    for e in entities:
        key = (name_key(e["name"]), e["kind"])
        if key not in out:
            out[key] = e
            continue
        first = out[key]
        first["aliases"] = [a for a in dict.fromkeys([*first.get("aliases", []), e["name"], *e.get("aliases", [])])
                            if a != first["name"]]
        first["titles"] = list(dict.fromkeys([*first.get("titles", []), *e.get("titles", [])]))
        first["mentions"] = first.get("mentions", 1) + e.get("mentions", 1)
        evidence = [x for x in [*first.get("evidence", []), *e.get("evidence", [])] if not x.startswith("mentions:")]
        first["evidence"] = [*dict.fromkeys(evidence), f"mentions:{first['mentions']}"]
    return list(out.values())


def _surname_owners(records: list[dict]) -> dict:
    """surname key -> {full-name key: full name} of every person with two or more words in the corpus;
    a surname of several words counts too: "Wasserman Schultz" of Debbie Wasserman Schultz."""
    owners: dict = {}
    for record in records:
        for e in record.get("entities", []):
            words = e["name"].split()
            if e["kind"] == "person" and len(words) >= 2:
                if not any(x.startswith(AGAINST) for x in e.get("evidence", ())):   # no epithet, no fragment
                    for n in range(1, len(words)):
                        owners.setdefault(name_key(" ".join(words[n:])), {}).setdefault(name_key(e["name"]), e["name"])
    return owners


def _opens_with_given_name(full_name: str, surname_start: str) -> bool:
    """Whether a full name opens with a given name (hand list or US census list) and a surname of two
    words starts with none: "Debbie Wasserman Schultz" / "Wasserman Schultz"."""
    given = given_names()
    first = full_name.split()[0]
    return name_key(surname_start) not in given and (name_key(first) in given or len(first.rstrip(".")) == 1)


def _famous_surnames(records: list[dict]) -> dict:
    """surname key -> keys of the people named in full in two or more articles with that surname."""
    seen: dict = {}
    for record in records:
        for e in record.get("entities", []):
            words = name_key(e["name"]).split()
            if e["kind"] == "person" and len(words) >= 2 and not any(x.startswith(AGAINST) for x in e.get("evidence", ())):
                seen.setdefault(" ".join(words), set()).add(record.get("id", id(record)))
    out: dict = {}
    for key, articles in seen.items():
        if len(articles) >= 2:
            out.setdefault(key.split()[-1], set()).add(key)
    return out


def _own_evidence(entity: dict) -> bool:
    """Whether the article itself gives strong evidence for the entity's kind (gazetteer, title, quote,
    a sports team where it stands, a person the layout lists: a player in a line-up is never the
    company other articles name alike)."""
    return any(x in ("gazetteer", "title", "quoted", "team", "listed") for x in entity.get("evidence", ()))


def resolve_actors(records: list[dict], aliases: AliasConfig) -> tuple[list[dict], list[dict]]:
    """Give every real actor one name across the corpus.

    First the alias file renames listed names; then each actor takes one spelling and one kind
    from all articles (``actor_evidence``: suffixes, diacritics, spelled-out acronyms,
    transliterations; the majority kind; a party named bare and with "Party", in stories of one
    country or that name someone in common, else held back: ``actor_forms.party_forms``); a one-word
    organisation or place that is the surname of one person named in full in two or more articles, with no evidence of its own kind, becomes that
    person when it is quoted or its article names him ("Trump said" read as an organisation); then a
    person named by the surname alone ("Blinken",
    "Wasserman Schultz") takes the full name ("Antony Blinken") when exactly one person in the corpus
    has that surname, its first word is no
    given name or common word, the two articles name someone else in common and the alias file
    does not forbid it. Entity names and quote
    speakers are rewritten together; an old name is kept among the entity's aliases. Last, every
    entity gets ``evidence``, ``published`` and, when held back, a ``reason`` (contract 1).

    Returns:
        New records (the input is not changed), and the merges applied:
        ``{"canonical", "kind", "forms", "articles", "reason"}`` sorted by canonical name.
    """
    records = copy.deepcopy(records)
    applied: dict = {}

    def note(canonical, kind, form, article, reason):
        entry = applied.setdefault((canonical, kind, reason), {"forms": set(), "articles": set()})
        entry["forms"].add(form)
        entry["articles"].add(article)

    def rename(record, renames):
        for quote in record.get("quotes", []):
            if quote.get("speaker") in renames:
                quote["speaker"] = renames[quote["speaker"]]
        record["entities"] = _merge_entities(record.get("entities", []))

    # 1. the alias file, after wire markup that stuck to a name ('Bank SAQ>"s')
    for record in records:
        renames = {}
        for e in record.get("entities", []):
            if without_markup(e["name"]) != e["name"]:
                renames[e["name"]] = e["name"] = without_markup(e["name"])
            name, kind, forms = aliases.apply(e["name"], e["kind"], e.get("aliases", []))
            if name != e["name"] or kind != e["kind"]:
                note(name, kind, e["name"], record.get("id", ""), "alias file")
                renames[e["name"]] = name
                e["name"], e["kind"], e["aliases"] = name, kind, forms
        rename(record, renames)

    # 1a. a renamed state's old name in a story dated after the renaming, or undated: "Burma" in 2016 is Myanmar
    for record in records:
        renames = {e["name"]: target for e in record.get("entities", [])
                   if (target := renamed_since(record, e)) and not aliases.actor_for(e["name"])}
        for e in record.get("entities", []):
            if e["name"] in renames:
                note(renames[e["name"]], e["kind"], e["name"], record.get("id", ""), "renamed state")
                e["aliases"] = [a for a in dict.fromkeys([e["name"], *e.get("aliases", [])]) if a != renames[e["name"]]]
                e["name"] = renames[e["name"]]
        rename(record, renames)

    # 2. one spelling and one kind per actor, from all articles (actor_evidence)
    respell, apart = spellings(records), told_apart(records)     # "George Bush" beside "George W Bush": two
    years = name_years(records)                                   # ... and "George Bush" of 1987 beside 2004's
    kinds = majority_kinds(records)
    parties = party_forms(records)                                # "Labour Party" / "Labour" ...
    agree = party_agrees(records, parties)                        # ... in a story of the same Labour
    for record in records:
        renames = {}
        here = {(name_key(e["name"]), e["kind"]) for e in record.get("entities", [])}   # the article tells them apart
        words = {w for e in record.get("entities", []) if e["kind"] == "person" and len(e["name"].split()) >= 2
                 and not any(x.startswith(AGAINST) for x in e.get("evidence", ())) for w in name_key(e["name"]).split()}
        for e in record.get("entities", []):
            if aliases.actor_for(e["name"]):
                continue                                   # the alias file has the last word
            kind = kinds.get(name_key(e["name"]), e["kind"])
            if kind != e["kind"] and not _own_evidence(e) and (name_key(e["name"]), kind) not in here \
                    and not (e["kind"] == "person" and name_key(e["name"]) in words):    # "Washington" of Denzel W.
                e["kind"] = kind
            target = respell.get((e["kind"], e["name"]))
            if e["kind"] == "organization" and (record.get("id", ""), e["name"]) in agree:
                target = parties[e["name"]]
            if target and not aliases.never(e["name"], target) and frozenset(map(name_key, (e["name"], target))) not in apart \
                    and not apart_in_time(years, e["kind"], target, record):
                note(target, e["kind"], e["name"], record.get("id", ""), "spelling")
                renames[e["name"]] = target
                e["aliases"] = [a for a in dict.fromkeys([e["name"], *e.get("aliases", [])]) if a != target]
                e["name"] = target
        rename(record, renames)

    # 2a. second spellings one article gives beside each other; a bare body of the article's country
    qualified = country_forms(records)
    for record in records:
        by_country = country_renames(record, qualified)
        found = {k: v for k, v in {**by_country, **article_renames(record)}.items()
                 if not aliases.actor_for(k[1]) and not aliases.never(k[1], v) and k[1] != v}
        for e in record.get("entities", []):
            target = found.get((e["kind"], e["name"]))
            if target:
                note(target, e["kind"], e["name"], record.get("id", ""),
                     "country" if by_country.get((e["kind"], e["name"])) == target else "same article")
                e["aliases"] = [a for a in dict.fromkeys([e["name"], *e.get("aliases", [])]) if a != target]
                e["name"] = target
        rename(record, {name: target for (_, name), target in found.items()})

    # 2b. a given name alone beside the one person of the article named in full with it: "Chelsea"
    for record in records:
        found = {k: v for k, v in given_name_owners(record).items() if not aliases.actor_for(k[1]) and not aliases.never(k[1], v)}
        for e in record.get("entities", []):
            target = found.get((e["kind"], e["name"]))
            if target:
                note(target, "person", e["name"], record.get("id", ""), "given name, same article")
                e["aliases"] = [a for a in dict.fromkeys([e["name"], *e.get("aliases", [])]) if a != target]
                e["name"], e["kind"] = target, "person"
                e["evidence"] = [x for x in e.get("evidence", []) if not x.startswith(AGAINST)]
        rename(record, {name: target for (_, name), target in found.items()})

    # 2c. a surname read as an organisation or place, quoted or beside the full name: "Trump" said
    famous = _famous_surnames(records)
    for record in records:
        here = {name_key(e["name"]): e["name"] for e in record.get("entities", []) if e["kind"] == "person"}
        renames = {}
        for e in record.get("entities", []):
            owners = famous.get(name_key(e["name"]), set())
            beside = owners & set(here)             # the article names one of them in full
            evidence = set(e.get("evidence", ()))
            if e["kind"] not in ("organization", "place") or len(e["name"].split()) != 1 or aliases.actor_for(e["name"]) \
                    or evidence & {"gazetteer", "org-word", "team", "acronym-expanded"}:
                continue
            if len(beside) == 1:
                full_name = here[next(iter(beside))]
                note(full_name, "person", e["name"], record.get("id", ""), "surname")
                renames[e["name"]] = full_name
                e["aliases"] = [a for a in dict.fromkeys([e["name"], *e.get("aliases", [])]) if a != full_name]
                e["name"], e["kind"] = full_name, "person"
            elif len(owners) == 1 and "quoted" in evidence:
                e["kind"] = "person"
        rename(record, renames)

    # 3. surnames: only when the surname belongs to one full name in the corpus (or one named 5x as often as the
    # others: dominant_owner), never a given name ("Tom", "Barack") or a word the article writes in lower case
    owners, named = _surname_owners(records), people_articles(records)
    company = _company(records)
    for record in records:
        renames = {}
        known = initials_known(record, owners)        # "G Thomas" beside "G Henson": Gareth Thomas counts
        for e in record.get("entities", []):
            words = e["name"].split()
            if e["kind"] != "person" or len(words) > 2 or aliases.actor_for(e["name"]) \
                    or is_given_name(words[0]) or AGAINST + "common-word" in e.get("evidence", ()):
                continue
            initial = len(words) == 2 and len(words[0].rstrip(".")) == 1       # "G Henson": the one G... Henson
            full = {k: v for k, v in owners.get(name_key(words[-1] if initial else e["name"]), {}).items()
                    if k != name_key(e["name"]) and (not initial or k[0] == name_key(words[0]) and len(k.split()[0]) > 1)}
            full = dominant_owner(full, named, record) if len(full) > 1 and not initial else full
            if len(full) != 1:
                continue                                   # unknown or ambiguous surname or initial
            full_name = next(iter(full.values()))
            if len(words) == 2 and not initial and not _opens_with_given_name(full_name, words[0]):
                continue                                   # "Hillary Clinton" is no surname of "Crooked Hillary Clinton"
            if aliases.never(e["name"], full_name) or apart_in_time(years, "person", full_name, record) \
                    or not (_share_company(record, full_name, company)
                                                           or (known - {name_key(full_name)}) & company.get(full_name, set())):
                continue
            note(full_name, "person", e["name"], record.get("id", ""), "surname")
            renames[e["name"]] = full_name
            e["evidence"] = [x for x in e.get("evidence", []) if x != AGAINST + "one-word"]
            e["aliases"] = [a for a in dict.fromkeys([e["name"], *e.get("aliases", [])]) if a != full_name]
            e["name"] = full_name
        rename(record, renames)

    # 4. published or held back, from the evidence of every article; namesakes kept apart
    decide(records)
    split_namesakes(records, apart)
    for record in records:                  # Australia's "Labour Party" beside Britain's "Labour": another party
        for e in record.get("entities", []):
            if e["kind"] == "organization" and e["name"] in parties and (record.get("id", ""), e["name"]) not in agree \
                    and e.get("published") is not False:
                e["published"], e["reason"] = False, "another actor of the same name (its articles do not agree)"

    # the Quality page lists the merges of actors that got a page (a held-back one, "Co Inc", made
    # none) and every merge the user's alias file asked for
    shown = {(e["name"], e["kind"]) for r in records for e in r.get("entities", []) if e.get("published") is not False}
    merges = [{"canonical": canonical, "kind": kind, "forms": sorted(v["forms"]),
               "articles": sorted(v["articles"]), "reason": reason}
              for (canonical, kind, reason), v in applied.items() if (canonical, kind) in shown or reason == "alias file"]
    merges.sort(key=lambda m: (m["canonical"].lower(), m["kind"], m["reason"]))
    return records, merges
