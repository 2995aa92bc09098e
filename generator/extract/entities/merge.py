"""Mentions grouped into actors: same name, gazetteer spellings, surnames and acronyms folded into the
full name, one canonical name per actor."""
from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz.distance import Levenshtein

from ...data import CORPORATE_SUFFIXES, Gazetteer, actor_key, gazetteer, name_key
from ...types import Entity
from .companies import PARTY_SHORT_FORMS
from .evidence import verb_form
from .kinds import voted_kind
from .names import Group, Mention, surface
from .titles import after_courtesy

def group_mentions(doc, mentions: list[Mention], gaz: Gazetteer, slots: set[int]) -> list[Group]:
    """Mentions grouped under one key: same name, or gazetteer spellings of one name. A name the
    article writes after a courtesy title ("Mr Lyons") is a person's surname and keeps its spelling
    wherever it stands: no place's or body's canonical name ("Lyons" -> "Lyon") is looked up for it."""
    groups: dict = {}
    surnames = {name_key(surface(doc, m.start, m.end)) for m in mentions if after_courtesy(doc, m.start)}
    for m in sorted(mentions, key=lambda m: m.start):
        text = surface(doc, m.start, m.end)
        known = gaz.lookup(text)
        if known and known[1] != "person" and name_key(text) in surnames:
            known = None
        person_votes = m.label == "person" and len(text.split()) > 1 \
            and tuple(name_key(text).split()) not in PARTY_SHORT_FORMS   # "the Lib Dems" read as a person
        key = name_key(known[0]) if known and not person_votes else name_key(text)
        group = groups.setdefault(key, Group(key=key))
        if known and not person_votes:
            group.canonical, group.kind_fixed = known
        group.mentions.append(m)
        group.team = group.team or any(s[0] == m.start for s in slots)
        if not m.shouting:
            group.forms[text] += 1
        elif m.company:
            group.forms[text] += 0          # a firm named in a capitals headline only keeps its dots: "E.A. VINER"
    return _fold_shouted(groups)


def _fold_shouted(groups: dict) -> list[Group]:
    """Groups, a company's name shouted without its corporate suffix ("TEXAS AIR" in a wire headline)
    folded into the organisation the article writes in full ("Texas Air Corp"), whose forms then
    hold the short name as the article cases it ("Texas Air", counted 0 times: never the canonical)."""
    full: dict = {}
    for group in groups.values():
        if group.forms and any(m.label == "organization" for m in group.mentions):
            short = actor_key(group.key, "organization")
            if short != group.key:
                full.setdefault(short, group)
    out = []
    for key, group in groups.items():
        target = full.get(key)
        if target is not None and target is not group and not group.forms \
                and all(m.shouting for m in group.mentions):
            target.mentions = sorted(target.mentions + group.mentions, key=lambda m: m.start)
            written = max(target.forms, key=lambda f: (target.forms[f], f)).split()
            short = " ".join(written[:len(key.split())])
            if name_key(short) == key:
                target.forms[short] += 0
            continue
        out.append(group)
    return out


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def spelled_keys(word: str) -> set[str]:
    """Keys of a surname written with letters outside ASCII, as the article may write it again:
    without its accents ("Lindstrom" for "Lindström") or with its umlauts spelled out ("Schaefer")."""
    return {name_key(word), name_key(word.translate(_UMLAUTS))} - {""}


def merge_umlaut_spellings(groups: list[Group]) -> list[Group]:
    """One name written with umlauts and with them spelled out, as German does without them
    ("Düsseldorf" / "Duesseldorf", "Müller" / "Mueller"): the spelled-out group folds into the one
    with umlauts (the transliteration the keys use reads "ü" as "u", so these two never meet),
    unless the gazetteer gives the two different kinds."""
    by_key = {g.key: g for g in groups}
    gone: set[int] = set()
    for g in groups:
        if id(g) in gone:
            continue
        for form in list(g.forms):
            spelled = form.translate(_UMLAUTS)
            other = by_key.get(name_key(spelled)) if spelled != form else None
            if other is None or other is g or id(other) in gone \
                    or other.kind_fixed and g.kind_fixed and other.kind_fixed != g.kind_fixed:
                continue
            g.mentions = sorted(g.mentions + other.mentions, key=lambda m: m.start)
            g.forms.update(other.forms)
            g.kind_fixed = g.kind_fixed or other.kind_fixed
            g.team = g.team or other.team
            gone.add(id(other))
    return [g for g in groups if id(g) not in gone]


def same_word_spelled_apart(a: str, b: str) -> bool:
    """Whether two words are one name in two transliterations: "Zelensky" / "Zelenskyy", "Gaddafi" /
    "Qaddafi" are not (first letters differ), "Medvedev" / "Medvedyev" are. Words of 6 letters or
    more, one edit apart (Levenshtein distance, rapidfuzz), same first two letters."""
    return (a != b and min(len(a), len(b)) >= 6 and a[:2] == b[:2]
            and Levenshtein.distance(a, b, score_cutoff=1) <= 1)


def _spelled_apart(group: Group, persons: list[Group]) -> list[Group]:
    """The person groups whose surname is ``group``'s one word in another transliteration."""
    if len(group.key.split()) != 1 or group in persons:
        return []
    return [p for p in persons if same_word_spelled_apart(group.key, p.key.split()[-1])]


def _surname_alone(doc, group: Group, owner: Group | None = None) -> bool:
    """Whether a town's name that is also the surname of a person the article names in full is used
    as that surname only ("David Kingston ... Kingston, who joined in 2015, said"): every mention is
    the subject of its clause or a possessive, as a person on second reference is ("Kingston said",
    "Kingston's goal"), none on a capitals line, in a headline or a dateline's place, none after a
    preposition or before a noun it modifies ("in Kingston", "Kingston officials"). A country is the
    subject of its clause too ("Jordan will send a delegation" beside "Eddie Jordan"), so a country's
    name folds only as a second reference to ``owner`` named in full before it, each mention the
    subject of a verb of saying with no "it"/"its" after it in the sentence ("But Alastair France, of
    London brokers ... France said": the analyst, not the country)."""
    if doc is None:
        return False
    if group.canonical in gazetteer().countries and not _second_reference(doc, group, owner):
        return False
    for m in group.mentions:
        last = doc[m.end - 1]
        line_start = doc.text.rfind("\n", 0, doc[m.start].idx) + 1
        line_end = doc.text.find("\n", last.idx)
        line = doc.text[line_start:line_end if line_end >= 0 else len(doc.text)].strip()
        if m.shouting or m.start > 0 and doc[m.start - 1].pos_ == "ADP" or last.dep_ not in ("nsubj", "nsubjpass", "poss") \
                or len(line.split()) <= 6 and not line.endswith((".", "!", "?", '"', "”")):
            return False                        # "in Kingston", a headline or a dateline's place ("KINGSTON, Jamaica")
    return True


# Verbs of saying (lemmas) a person on second reference is the subject of: "..., France said."
_SAYING = frozenset("say tell add note explain argue".split())


def _second_reference(doc, group: Group, owner: Group | None) -> bool:
    """Whether every mention of ``group`` comes after ``owner``'s first and is the subject of a verb
    of saying with no "it"/"its" after it in its sentence (``_surname_alone``)."""
    if owner is None or not owner.mentions or not group.mentions:
        return False
    if min(m.start for m in group.mentions) < min(m.start for m in owner.mentions):
        return False
    for m in group.mentions:
        last = doc[m.end - 1]
        if last.dep_ != "nsubj" or last.head.lemma_.lower() not in _SAYING \
                or any(t.lower_ in ("it", "its") for t in doc[last.i + 1:last.sent.end]):
            return False
    return True


def merge_surnames(doc, groups: list[Group]) -> list[Group]:
    """Fold a surname-only group into the one full-name person group that ends with it (a town's name
    too when the article uses it as that surname only, ``_surname_alone``), and a first name alone
    read as a person into the one full name that starts with it."""
    # a name that opens with a verb's -ing form is a title ("Reclaiming Mozart", a concert series):
    # no surname folds into it, so "Mozart once wrote" stays Mozart's; a full name has two words or
    # more as written: a hyphenated surname's key has two ("Vasquez-Dunleavy")
    persons = [g for g in groups if voted_kind(g) == "person" and len(g.key.split()) >= 2
               and not verb_form(g.key.split()[0])
               and any(len(f.split()) >= 2 for f in g.forms or (g.key,))]
    by_tail: dict = {}
    for g in persons:
        words = g.key.split()
        for n in range(1, len(words)):
            by_tail.setdefault(" ".join(words[n:]), []).append(g)
    given_names = gazetteer().given_names
    by_head: dict = {}
    for g in persons:
        by_head.setdefault(g.key.split()[0], []).append(g)
    merged: list[Group] = []
    for g in groups:
        owners = by_tail.get(g.key, []) or _spelled_apart(g, persons)
        if not owners and g not in persons and voted_kind(g) == "person" and not g.kind_fixed \
                and g.key in given_names:
            owners = by_head.get(g.key, [])     # "Bob" after "Bob Estes": a first name alone
        if g in persons or len(owners) != 1 or g.kind_fixed == "organization":
            merged.append(g)
            continue
        if g.kind_fixed == "place" and voted_kind(g) != "person" and not _surname_alone(doc, g, owners[0]):
            merged.append(g)                    # "Jordan" the country, unless called or used as a person
            continue
        owner = owners[0]
        owner.mentions.extend(g.mentions)
        owner.forms.update(g.forms)
        if owner.kind_fixed is None:
            owner.kind_fixed = "person"         # "Adelson" read as his casino company folds into Sheldon Adelson
    return merged
def merge_surnames_of_people(found: list[Entity], *, apart) -> list[Entity]:
    """Fold a short form into the one full-name person it ends, once the kinds are settled:
    "Bilsland" after "Billy Bilsland", "Torrance-Kyle" after "Hamish Torrance-Kyle", where the model
    had read the full name as a place in a list of names (so :func:`merge_surnames` did not take it
    for a person's) and the short form as an organisation, a place or a person. A short form that
    ``apart(entity)`` keeps apart (a name the gazetteer knows: "Washington" after "Kerry Washington";
    a firm's: "Kors' shares") stays, and so does one that two people of the article share."""
    by_tail: dict = {}
    for e in found:
        words = name_key(e.name).split()
        if e.kind == "person" and len(e.name.split()) >= 2 and not verb_form(words[0]):   # "Reclaiming Mozart"
            for n in range(1, len(words)):
                by_tail.setdefault(" ".join(words[n:]), []).append(e)
    folded: dict = {}
    out: list[Entity] = []
    for e in found:
        owners = by_tail.get(name_key(e.name), [])
        if e.kind == "person" and len(e.name.split()) >= 2 or len(owners) != 1 or apart(e) \
                or len(name_key(e.name)) < 2:     # a letter ("P" of "S and P") is no surname
            out.append(e)
        else:
            folded.setdefault(id(owners[0]), []).append(e)
    return [_folded(e, folded[id(e)]) if id(e) in folded else e for e in out]


def _folded(person: Entity, shorts: list[Entity]) -> Entity:
    names = [a for f in shorts for a in (f.name, *f.aliases) if a != person.name]
    return replace(person, aliases=tuple(dict.fromkeys((*person.aliases, *names))),
                   mentions=tuple(sorted((*person.mentions, *(m for f in shorts for m in f.mentions)),
                                         key=lambda s: s.start)))


_SMALL_WORDS = {"and", "of", "the", "for", "&", "de", "on", "in"}


def _initials(form: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", form) if w and w.lower() not in _SMALL_WORDS
                   and w[0].isupper())


def _spelled_forms(form: str) -> set[str]:
    """The acronyms a long name of two or more words is written as: its initials, without its legal
    form ("BHP" for "Broken Hill Pty Co Ltd"), with a word in capitals whole ("HMRC" for "HM Revenue
    and Customs", "USDA" for "U.S. Department of Agriculture") and with a last legal-form word whole
    ("ARCO" for "Atlantic Richfield Co")."""
    if len(form.split()) < 2:
        return set()
    bare = _without_suffix(form)
    out = {_initials(form), _initials(bare)}
    words = [w for w in re.split(r"[\s-]+", bare) if w and w.lower() not in _SMALL_WORDS and w[0].isupper()]
    whole = "".join(w.replace(".", "") if 2 <= len(w.replace(".", "")) <= 3 and w.replace(".", "").isupper()
                    else w[0] for w in words)
    if len(words) >= 2:
        out.add(whole)
    rest = form.split()[len(bare.split()):]
    if len(words) >= 2 and len(rest) == 1 and 2 <= len(rest[0].rstrip(".")) <= 3:
        out.add(_initials(bare) + rest[0].rstrip(".").upper())
    return {i for i in out if len(i) >= 2}


def _in_order(short: str, letters: str) -> bool:
    """Whether the letters of ``short`` come in ``letters`` in order, the first first: "DRI" in "DREI"."""
    it = iter(letters[1:])
    return bool(short) and short[0] == letters[:1] and all(c in it for c in short[1:])


def _without_suffix(form: str) -> str:
    """``form`` without its trailing corporate suffixes ("Co Ltd", "Co Plc", "and Co")."""
    words = form.split()
    while len(words) > 1 and (name_key(words[-1]) in CORPORATE_SUFFIXES or words[-1] in ("and", "&")):
        words.pop()
    return " ".join(words)


def merge_acronyms(groups: list[Group], doc=None) -> list[Group]:
    """Fold an acronym into the one long name in the article it abbreviates: SEC -> Securities and
    Exchange Commission (:func:`_spelled_forms`), also with two neighbouring letters swapped, a slip
    (:func:`_fold_swapped_acronyms`); or, in brackets right after a long name, into that
    name when its letters come in order among the long name's initials: "Data Resources Europe Inc
    (DRI)" (the long name is then the canonical one)."""
    long_names: dict = {}
    for g in groups:
        for form in g.forms:
            for initials in _spelled_forms(form):
                long_names.setdefault(initials, set()).add(id(g))
    ends = {m.end: g for g in groups for m in g.mentions if len(g.key.split()) >= 2} if doc is not None else {}
    by_id = {id(g): g for g in groups}
    merged = []
    for g in groups:
        forms = [f for f in g.forms if 2 <= len(f.replace(".", "")) <= 6 and f.replace(".", "").isupper()
                 and " " not in f]
        owners = long_names.get(forms[0].replace(".", ""), set()) - {id(g)} if len(g.forms) == 1 and forms else set()
        if len(owners) != 1 and len(g.forms) == 1 and forms and not g.canonical:
            owners = {id(h) for m in g.mentions if m.start >= 2 and doc[m.start - 1].text == "("
                      for h in [ends.get(m.start - 1)] if h is not None and h is not g and voted_kind(h) != "person"
                      and any(_in_order(forms[0].replace(".", ""), i) for f in h.forms for i in _spelled_forms(f))}
            if len(owners) == 1:
                by_id[next(iter(owners))].bracketed.add(forms[0])
        if len(owners) == 1 and not g.canonical:
            owner = by_id[next(iter(owners))]
            owner.mentions.extend(g.mentions)
            owner.forms.update(g.forms)
            continue
        merged.append(g)
    return _fold_bracketed_names(_fold_swapped_acronyms(merged), doc)


def _fold_bracketed_names(groups: list[Group], doc) -> list[Group]:
    """Fold a name of two or three words, named only in brackets right after an organisation's name of
    two words or more, into that organisation: its short name ("Federal Home Loan Mortgage Corporation
    (Freddie Mac)", which the model reads as a person). Not a place or a people ("Indosuez Asia
    (Singapore) Ltd"), nor a titled person."""
    if doc is None:
        return groups
    org_words = gazetteer().org_words | CORPORATE_SUFFIXES
    ends = {m.end: g for g in groups for m in g.mentions if len(g.key.split()) >= 2 and voted_kind(g) == "organization"
            and g.key.split()[-1] in org_words}

    def bracketed(m) -> bool:
        return 1 <= m.start and doc[m.start - 1].text == "(" and m.end < len(doc) and doc[m.end].text == ")"

    out = []
    for g in groups:
        owners = {id(h): h for m in g.mentions for h in [ends.get(m.start - 1)] if h is not None and h is not g}
        if len(owners) == 1 and g.mentions and all(bracketed(m) for m in g.mentions) and not g.canonical \
                and all(2 <= len(f.split()) <= 3 and all(w.isalpha() for w in f.split()) for f in g.forms) \
                and voted_kind(g) in ("person", "organization") \
                and not any(m.titled for m in g.mentions):
            owner = next(iter(owners.values()))
            owner.mentions.extend(g.mentions)
            owner.forms.update(g.forms)
            owner.bracketed.update(g.forms)
            continue
        out.append(g)
    return out


def _swapped(a: str, b: str) -> bool:
    """Whether two acronyms differ by two neighbouring letters swapped: "ABD" / "ADB"."""
    diff = [k for k in range(len(a)) if a[k] != b[k]] if len(a) == len(b) else []
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _fold_swapped_acronyms(groups: list[Group]) -> list[Group]:
    """Fold an acronym of three letters or more, named once, that no gazetteer knows and no long name of
    the article spells, into the one organisation whose long name spells the same letters with two
    neighbours swapped: "ABD president Tadao Chino" beside the Asian Development Bank (ADB), a slip."""
    spelled = {i: g for g in groups for f in g.forms for i in _spelled_forms(f)}
    out = []
    for g in groups:
        form = next(iter(g.forms)) if len(g.forms) == 1 else ""
        letters = form.replace(".", "")
        owners = {id(h): h for i, h in spelled.items() if h is not g and _swapped(letters, i)} \
            if 3 <= len(letters) <= 6 and letters.isupper() and letters.isalpha() and not g.canonical \
            and len(g.mentions) == 1 and letters not in spelled else {}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            owner.mentions.extend(g.mentions)
            owner.forms.update(g.forms)
            continue
        out.append(g)
    return out


def canonical_name(group: Group, kind: str) -> str:
    if group.canonical:
        return group.canonical
    if not group.forms:
        return " ".join(w.capitalize() for w in group.key.split())
    if kind == "person":
        name = max(group.forms, key=lambda f: (len(f.split()), group.forms[f], -len(f)))
        if len(group.key.split()) > len(name.split()) and name_key(name) == " ".join(group.key.split()[-len(name.split()):]):
            # the full name stands only in a caps headline: "ROBERTO DURAN" over the body's "Duran"
            return " ".join(w.capitalize() for w in group.key.split()[:-len(name.split())]) + " " + name
    else:
        # an acronym gives way to the long name it abbreviates
        spelled = {i for f in group.forms for i in _spelled_forms(f)} | group.bracketed
        # between spellings written as often, the one with its letters ("Münster" over "Muenster")
        name = max(group.forms, key=lambda f: (f.replace(".", "") not in spelled, group.forms[f], not f.isascii(), len(f)))
    if name.isupper() and len(name) > 4 and kind in ("person", "place"):
        name = name.title()                     # a dateline's "CAMBRIDGE"
    return name


def merge_same_names(found: list[Entity]) -> tuple[Entity, ...]:
    """One entity per (name, kind), after aliases may have renamed two groups alike; an organisation
    written with and without a space between its words is one: "Time Warner" / "TimeWarner"."""
    out: dict = {}
    for e in found:
        key = (name_key(e.name).replace(" ", "") if e.kind == "organization" else name_key(e.name), e.kind)
        if key not in out:
            out[key] = e
            continue
        first = out[key]
        out[key] = Entity(
            name=first.name, kind=first.kind,
            aliases=tuple(dict.fromkeys(a for a in (*first.aliases, e.name, *e.aliases) if a != first.name)),
            titles=tuple(dict.fromkeys((*first.titles, *e.titles))),
            mentions=tuple(sorted((*first.mentions, *e.mentions), key=lambda s: s.start)))
    return tuple(out.values())
