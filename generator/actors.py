"""One actor page per real actor across the corpus: the user's alias file, then surname merges.

Works on article records (JSON dicts per article.schema.json) and never mutates them: every
function returns new records. Names are compared by ``name_key`` (case, dots, a leading "the" and a
possessive do not matter).
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .actor_evidence import company as _company, decide, is_given_name, majority_kinds, spellings
from .actor_evidence import share_company as _share_company
from .actor_split import split_namesakes
from .actor_variants import article_renames, country_forms, country_renames, initials_known, told_apart, without_markup
from .data import gazetteer, name_key
from .data.packages import census_given_names
from .extract.entities.evidence import AGAINST

KINDS = ("person", "organization", "place", "group")


@dataclass(frozen=True)
class ActorAlias:
    """One entry of the alias file: the name to use, optionally the kind, and the other names."""
    name: str
    kind: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class AliasConfig:
    """The user's alias file: names to merge under one actor, and pairs never to merge."""
    actors: tuple[ActorAlias, ...] = ()
    never_merge: tuple[tuple[str, str], ...] = ()
    _index: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self):
        index = {}
        for actor in self.actors:
            for form in (actor.name, *actor.aliases):
                index.setdefault(name_key(form), actor)
        object.__setattr__(self, "_index", index)

    def actor_for(self, *names: str) -> ActorAlias | None:
        """The configured actor that any of ``names`` belongs to, else None."""
        for name in names:
            actor = self._index.get(name_key(name))
            if actor is not None:
                return actor
        return None

    def apply(self, name: str, kind: str, aliases) -> tuple[str, str, list[str]]:
        """``(name, kind, aliases)`` after the alias file: the configured name wins, the old one is kept."""
        actor = self.actor_for(name, *aliases)
        if actor is None or (actor.kind and actor.kind != kind and actor.name != name
                             and name_key(name) not in {name_key(a) for a in actor.aliases}):
            return name, kind, list(aliases)     # only an alias matched, and of another kind: not it
        forms = [f for f in dict.fromkeys([name, *aliases]) if f != actor.name]
        return actor.name, actor.kind or kind, forms

    def never(self, a: str, b: str) -> bool:
        """Whether the alias file forbids merging names ``a`` and ``b``."""
        pair = {name_key(a), name_key(b)}
        return any({name_key(x), name_key(y)} == pair for x, y in self.never_merge)


def _line(node) -> int:
    return node.start_mark.line + 1


def _strings(node, path: Path, what: str, warnings: list[str]) -> list[str]:
    if isinstance(node, yaml.ScalarNode):
        return [node.value] if node.value.strip() else []
    if isinstance(node, yaml.SequenceNode):
        out = []
        for item in node.value:
            if isinstance(item, yaml.ScalarNode) and item.value.strip():
                out.append(item.value.strip())
            else:
                warnings.append(f"{path}:{_line(item)}: {what} must be a list of names; entry ignored")
        return out
    warnings.append(f"{path}:{_line(node)}: {what} must be a list of names; ignored")
    return []


def _actor(node, path: Path, warnings: list[str]) -> ActorAlias | None:
    if not isinstance(node, yaml.MappingNode):
        warnings.append(f"{path}:{_line(node)}: an actor must be a mapping with name, kind, aliases; ignored")
        return None
    fields = {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode)}
    unknown = sorted(set(fields) - {"name", "kind", "aliases"})
    if unknown:
        warnings.append(f"{path}:{_line(node)}: unknown key(s) {', '.join(unknown)} (known: name, kind, aliases)")
    name_node = fields.get("name")
    if not isinstance(name_node, yaml.ScalarNode) or not name_node.value.strip():
        warnings.append(f"{path}:{_line(node)}: actor without a name; ignored")
        return None
    kind = None
    if "kind" in fields:
        value = fields["kind"].value if isinstance(fields["kind"], yaml.ScalarNode) else None
        if value in KINDS:
            kind = value
        else:
            warnings.append(f"{path}:{_line(fields['kind'])}: kind must be one of {', '.join(KINDS)}; "
                            f"got {value!r}, ignored")
    aliases = _strings(fields["aliases"], path, "aliases", warnings) if "aliases" in fields else []
    return ActorAlias(name=name_node.value.strip(), kind=kind, aliases=tuple(aliases))


def load_aliases(path: Path) -> tuple[AliasConfig, list[str]]:
    """Read the alias file; a missing file is an empty configuration.

    Returns:
        The configuration and warnings, each naming the file and line of a malformed entry
        (the entry is left out; the rest is used).
    """
    path = Path(path)
    if not path.exists():
        return AliasConfig(), []
    warnings: list[str] = []
    try:
        data = path.read_bytes()
    except OSError as exc:
        what = "is a folder, not a file" if path.is_dir() else f"cannot be read ({exc.strerror or exc})"
        return AliasConfig(), [f"{path}: {what}; alias file ignored"]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        warnings.append(f"{path}: the alias file is not UTF-8; it was read as Windows-1252 (cp1252)")
    from .readers.frontmatter import MAX_DEPTH, flow_depth

    if flow_depth(text) > MAX_DEPTH:     # PyYAML's time grows with the square of the depth
        return AliasConfig(), [f"{path}: brackets nested more than {MAX_DEPTH} deep; alias file ignored"]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        return AliasConfig(), [f"{path}{where}: not valid YAML ({getattr(exc, 'problem', exc)}); alias file ignored"]
    except RecursionError:
        return AliasConfig(), [f"{path}: nested too deeply to read; alias file ignored"]
    except Exception as exc:  # noqa: BLE001 - a bad alias file is one warning, never a stopped build
        return AliasConfig(), [f"{path}: cannot be read ({type(exc).__name__}); alias file ignored"]
    if root is None:
        return AliasConfig(), []
    if not isinstance(root, yaml.MappingNode):
        return AliasConfig(), [f"{path}:{_line(root)}: expected a mapping with actors and never_merge; ignored"]
    actors: list[ActorAlias] = []
    pairs: list[tuple[str, str]] = []
    seen: dict = {}
    for key, value in root.value:
        if key.value == "actors":
            items = value.value if isinstance(value, yaml.SequenceNode) else None
            if items is None:
                warnings.append(f"{path}:{_line(value)}: actors must be a list; ignored")
                continue
            for item in items:
                actor = _actor(item, path, warnings)
                if actor is None:
                    continue
                for form in (actor.name, *actor.aliases):
                    other = seen.get(name_key(form))
                    if other is not None and other != actor.name:
                        warnings.append(f"{path}:{_line(item)}: {form!r} is already listed under "
                                        f"{other!r}; the first entry wins")
                    seen.setdefault(name_key(form), actor.name)
                actors.append(actor)
        elif key.value == "never_merge":
            items = value.value if isinstance(value, yaml.SequenceNode) else None
            if items is None:
                warnings.append(f"{path}:{_line(value)}: never_merge must be a list of name pairs; ignored")
                continue
            for item in items:
                names = _strings(item, path, "never_merge entry", warnings) \
                    if isinstance(item, yaml.SequenceNode) else []
                if len(names) != 2:
                    warnings.append(f"{path}:{_line(item)}: never_merge entries are pairs of two names; ignored")
                    continue
                pairs.append((names[0], names[1]))
        else:
            warnings.append(f"{path}:{_line(key)}: unknown section {key.value!r} (known: actors, never_merge)")
    return AliasConfig(actors=tuple(actors), never_merge=tuple(pairs)), warnings


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
    given = gazetteer().given_names | census_given_names()
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
    transliterations; the majority kind); a one-word organisation or place that is the surname of
    one person named in full in two or more articles, with no evidence of its own kind, becomes that
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

    # 2. one spelling and one kind per actor, from all articles (actor_evidence)
    respell, apart = spellings(records), told_apart(records)     # "George Bush" beside "George W Bush": two
    kinds = majority_kinds(records)
    for record in records:
        renames = {}
        here = {(name_key(e["name"]), e["kind"]) for e in record.get("entities", [])}   # the article tells them apart
        for e in record.get("entities", []):
            if aliases.actor_for(e["name"]):
                continue                                   # the alias file has the last word
            kind = kinds.get(name_key(e["name"]), e["kind"])
            if kind != e["kind"] and not _own_evidence(e) and (name_key(e["name"]), kind) not in here:
                e["kind"] = kind
            target = respell.get((e["kind"], e["name"]))
            if target and not aliases.never(e["name"], target) and frozenset(map(name_key, (e["name"], target))) not in apart:
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

    # 2b. a surname read as an organisation or place, quoted or beside the full name: "Trump" said
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

    # 3. surnames: only when the surname belongs to exactly one full name in the corpus, and never a
    # given name ("Tom", "Barack") or a word the article also writes in lower case
    owners = _surname_owners(records)
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
            if len(full) != 1:
                continue                                   # unknown or ambiguous surname or initial
            full_name = next(iter(full.values()))
            if len(words) == 2 and not initial and not _opens_with_given_name(full_name, words[0]):
                continue                                   # "Hillary Clinton" is no surname of "Crooked Hillary Clinton"
            if aliases.never(e["name"], full_name) or not (_share_company(record, full_name, company)
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

    # the Quality page lists the merges of actors that got a page (a held-back one, "Co Inc", made
    # none) and every merge the user's alias file asked for
    shown = {(e["name"], e["kind"]) for r in records for e in r.get("entities", []) if e.get("published") is not False}
    merges = [{"canonical": canonical, "kind": kind, "forms": sorted(v["forms"]),
               "articles": sorted(v["articles"]), "reason": reason}
              for (canonical, kind, reason), v in applied.items() if (canonical, kind) in shown or reason == "alias file"]
    merges.sort(key=lambda m: (m["canonical"].lower(), m["kind"], m["reason"]))
    return records, merges
