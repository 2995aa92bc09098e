"""Actors named in one article: people, organisations, places and groups, each under one name.

spaCy's named entities are the starting point. On top of them:
- names are cleaned (leading "the", titles, honorifics, possessive "'s"/"’" removed);
- mentions are grouped: same name, a shipped gazetteer's other spellings ("U.S." -> United States),
  a surname that belongs to exactly one full name in the article (Blinken -> Antony Blinken);
- the kind is corrected: gazetteer, organisation words ("... Ministry"), a person's title, context
  such as "commanders of X", and the model's votes over all mentions;
- ALL-CAPS lines (wire headlines, "TEL AVIV" datelines) are not trusted to the model, which reads
  them badly: names known from the rest of the article or the gazetteer are looked up in them.
The reader has already cut bylines and dateline prefixes out of the body, so every mention in the
parsed text counts.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..data import Gazetteer, gazetteer, name_key
from ..types import Entity, Span
from .entity_sports import (competitor_spans, fixture_slots, locative, result_slots,
                            scorecard_spans, sports_report, team_context, dateline)
from .titles import HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS, titles_for

# spaCy label -> actor kind; other labels (DATE, CARDINAL, MONEY, EVENT...) are not actors.
LABEL_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
               "FAC": "place", "NORP": "group"}

MONTHS = frozenset("january february march april may june july august september october november "
                   "december jan feb mar apr jun jul aug sep sept oct nov dec".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
NOT_NAMES = MONTHS | WEEKDAYS | frozenset(
    "i me my he him his she her they them their we us our it its you your this that these those "
    "there here who what which today yesterday tomorrow".split())
# Department words that are part of a title ("Secretary of State"), not an organisation.
TITLE_DEPARTMENTS = frozenset("state defense defence justice finance interior health education labor "
                              "labour commerce energy agriculture transportation war treasury".split())
# Nouns whose "of X" complement is an organisation: "commanders of Hezbollah".
MEMBER_NOUNS = frozenset("commander commanders leader leaders member members fighter fighters "
                         "spokesman spokeswoman spokesperson head chief founder militant militants "
                         "wing official officials".split())
# Nouns that make "X's <noun>" an organisation's: "Hamas' political wing".
ORG_PARTS = frozenset("wing wings leadership leader leaders spokesman spokeswoman spokesperson "
                      "commander commanders fighters militants politburo headquarters".split())
_POSSESSIVE_TOKENS = {"'s", "’s", "'", "’"}
# tokens a name never runs across: "Haitai 2 Samsung", "Scott Draper (Australia", "Trump’s Islamaphobia"
_BREAKS = {"(", ")", "[", "]", "{", "}", '"', "“", "”", ";", ":", "|"}
_PERSON_WORDS = TITLE_HEADS | HONORIFICS


@dataclass
class _Mention:
    start: int                 # token indices, end exclusive
    end: int
    label: str                 # actor kind the mention suggests
    shouting: bool = False     # found in an ALL-CAPS stretch
    titled: bool = False       # a person's title stands right before it
    competitor: bool = False   # followed by a country in brackets: "Tim Henman (Britain)"
    team: bool = False         # read as a sports team where it stands


@dataclass
class _Group:
    key: str
    mentions: list = field(default_factory=list)
    forms: Counter = field(default_factory=Counter)
    canonical: str | None = None       # from the gazetteer
    kind_fixed: str | None = None      # from the gazetteer or a merge rule
    team: bool = False                 # named in a sports result


def shouting_tokens(doc) -> set[int]:
    """Indices of tokens in ALL-CAPS stretches: whole caps lines and runs of two or more caps words."""
    caps = set()
    line: list = []

    def close(line):
        words = [t for t in line if sum(c.isalpha() for c in t.text) >= 2]
        upper = [t for t in words if t.text.isupper()]
        # a caps line: mostly caps words, or a dateline such as "MINSK 1996-08-30"
        if (len(words) >= 3 and len(upper) >= 0.7 * len(words)) or (
                words and len(upper) == len(words) and len(words) <= 3 and any(t.like_num for t in line)):
            caps.update(t.i for t in line)
        run: list = []
        for t in line + [None]:
            if t is not None and t.text.isupper() and sum(c.isalpha() for c in t.text) >= 2:
                run.append(t)
            elif t is not None and run and (t.is_punct and t.text in "-&.'"):
                continue
            else:
                if len(run) >= 2:
                    caps.update(range(run[0].i, run[-1].i + 1))
                run = []

    for token in doc:
        if "\n" in token.text or "\n" in token.whitespace_:
            if not token.is_space:
                line.append(token)
            close(line)
            line = []
        elif not token.is_space:
            line.append(token)
    close(line)
    return caps


def _trim(doc, start: int, end: int, *, person: bool) -> tuple[int, int, bool]:
    """Token range of a name without determiners, titles, honorifics, nationality words, possessives.

    Title words are taken off people's names only: "Federal Reserve" and "Foreign Ministry" keep them.
    """
    titled = False
    while start < end:
        token = doc[start]
        low = token.lower_
        if low in ("the", "a", "an") or token.is_punct or token.is_space:
            start += 1
        elif end - start > 1 and (person and (low in _PERSON_WORDS or low in TITLE_MODIFIERS
                                              or low == "of" and titled)
                                  or not person and low in _PERSON_WORDS and token.text[:1].isupper()
                                  and doc[start + 1].text[:1].isupper() and end - start >= 3
                                  and doc[end - 1].lower_ not in gazetteer().org_words):
            titled = titled or low in TITLE_HEADS
            start += 1
        elif end - start > 2 and doc[end - 1].ent_type_ == "PERSON" and _is_demonym(token):
            start += 1                         # "Israeli Prime Minister Benjamin Netanyahu", "American Dennis Mitchell"
        else:
            break
    while start < end and _is_number(doc[start]):
        start += 1
    while end > start and (_is_number(doc[end - 1]) or doc[end - 1].text in _POSSESSIVE_TOKENS or doc[end - 1].is_punct
                           and doc[end - 1].text not in (".",) or doc[end - 1].is_space):
        end -= 1
    if end > start and doc[end - 1].text == "." and end - start == 1 and len(doc[start].text) == 1:
        end -= 1
    # "Hamas’" may come as one token
    return start, end, titled


def _is_number(token) -> bool:
    # capitalised number words are names: "First Union", "Banc One"
    return any(c.isdigit() for c in token.text) or (token.like_num and not token.text[:1].isupper())


def _is_demonym(token) -> bool:
    known = gazetteer().lookup(token.text)
    return token.ent_type_ == "NORP" or (known is not None and known[1] == "group") or token.text in ("U.S.", "UK", "U.K.")


def _split_at_numbers(doc, start: int, end: int) -> list[tuple[int, int]]:
    """Parts of a span split at numbers, brackets and possessives: "Haitai 2 Samsung" -> Haitai, Samsung."""
    parts, begin = [], start
    for i in range(start, end):
        if _is_number(doc[i]) or doc[i].text in _BREAKS or "\n" in doc[i].text \
                or (doc[i].text in _POSSESSIVE_TOKENS and i + 1 < end):
            if i > begin:
                parts.append((begin, i))
            begin = i + 1
    if end > begin:
        parts.append((begin, end))
    return parts


def _surface(doc, start: int, end: int) -> str:
    text = doc[start:end].text
    text = re.sub(r"['’]s?$", "", text) if len(text) > 3 and not text.endswith("s'") else text
    text = re.sub(r"(?<=s)['’]$", "", text)
    # a sentence's full stop stuck to a name ("Parliament."), not an abbreviation ("Mass.", "Inc.")
    text = re.sub(r"(?<=[a-z]{4})\.$", "", text)
    return " ".join(text.split())


def _is_name(doc, start: int, end: int) -> bool:
    """False for things that are never actors: pronouns, months, weekdays, numbers, common words."""
    if start >= end:
        return False
    text = _surface(doc, start, end)
    if not any(c.isalpha() for c in text):
        return False
    if text.lower() in NOT_NAMES or not text[0].isupper() and not text[0].isdigit() and \
            not re.match(r"^(al|el|de|van|von|bin|ibn|di|da|le|la|e)[-\s]", text):
        return False
    if end - start == 1:
        token = doc[start]
        sentence_initial = token.is_sent_start or start == 0 or doc[start - 1].is_space \
            or doc[start - 1].text in ('"', "“", "‘", "-", "—", "(")
        if sentence_initial and token.tag_ not in ("NNP", "NNPS") and token.pos_ != "PROPN" \
                and token.is_alpha and not token.is_upper:
            return False
        if token.is_stop and not token.text.isupper():
            return False
    return True


def _title_department(doc, start: int, end: int) -> bool:
    """Whether the span is the department of a title: "State" in "Secretary of State"."""
    return (end - start == 1 and doc[start].lower_ in TITLE_DEPARTMENTS and start >= 2
            and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in TITLE_HEADS)


def _model_mentions(doc, caps: set[int], taken: set[int] = frozenset()) -> list[_Mention]:
    """Cleaned mentions from the model's entities, outside ALL-CAPS stretches and ``taken`` tokens."""
    found = []
    for ent in _joined_names(doc):
        kind = LABEL_KINDS.get(ent.label_)
        if kind is None or any(i in caps or i in taken for i in range(ent.start, ent.end)):
            continue
        for part_start, part_end in _split_at_numbers(doc, ent.start, ent.end):
            start, end, titled = _trim(doc, part_start, part_end, person=kind == "person")
            if kind == "person" and end - start >= 2 and doc[end - 1].lower_ in ("said", "says", "told"):
                end -= 1
            if kind == "person":
                start = _extend_first_names(doc, start)
            if not _is_name(doc, start, end) or _title_department(doc, start, end):
                continue
            found.append(_Mention(start, end, kind, titled=titled or _after_title(doc, start)))
    return found


_INITIAL = re.compile(r"^[A-Z]\.$")


def _joined_names(doc) -> list:
    """The model's entities, with a name it cut in two put back together: "Natalia" + "Karimova".

    Two entities that touch (no punctuation between) on one line are one name when either is a
    person or the first is a known given name.
    """
    from spacy.tokens import Span as DocSpan

    ents = list(doc.ents)
    out = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if nxt is not None and nxt.start == ent.end and "\n" not in ent[-1].whitespace_ \
                and ent.label_ in LABEL_KINDS and nxt.label_ in LABEL_KINDS \
                and ent[-1].is_alpha and nxt[0].is_alpha and nxt[0].text[:1].isupper() \
                and ("PERSON" in (ent.label_, nxt.label_) or ent[0].lower_ in gazetteer().given_names) \
                and not gazetteer().lookup(nxt.text) and not gazetteer().lookup(ent.text):
            out.append(DocSpan(doc, ent.start, nxt.end, label="PERSON"))
            k += 2
            continue
        out.append(ent)
        k += 1
    return out


def _extend_first_names(doc, start: int) -> int:
    """Take in initials and a known given name the model left out: "P. Simmons", "Sandrine Testud"."""
    given = gazetteer().given_names
    while start > 0 and not doc[start - 1].ent_type_ and (
            _INITIAL.match(doc[start - 1].text)
            or doc[start - 1].lower_ in given and doc[start - 1].text[:1].isupper()):
        start -= 1
    # one more capitalised proper noun the model left out: "Pim Vaart"
    before = doc[start - 1] if start > 0 else None
    if before is not None and not before.ent_type_ and before.tag_ == "NNP" and before.is_alpha \
            and before.text[:1].isupper() and not before.text.isupper() \
            and before.lower_ not in _PERSON_WORDS and before.lower_ not in TITLE_MODIFIERS \
            and before.lower_ not in NOT_NAMES and not before.is_stop:
        start -= 1
    return start


def _after_title(doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in _PERSON_WORDS


def _initial_mentions(doc, taken: set[int]) -> list[_Mention]:
    """People written with initials the model missed: "V. Drakes", "J.R. Smith"."""
    found = []
    for token in doc:
        i = token.i
        if i in taken or not re.match(r"^(?:[A-Z]\.){1,3}$", token.text) or token.text in ("U.S.", "U.K.", "U.N."):
            continue
        if i > 0 and re.match(r"^(?:[A-Z]\.){1,3}$", doc[i - 1].text):
            continue                            # not the first initial
        j = i
        while j + 1 < len(doc) and re.match(r"^(?:[A-Z]\.){1,3}$", doc[j + 1].text):
            j += 1
        k = j + 1
        while k < len(doc) and k not in taken and doc[k].is_alpha and doc[k].text[:1].isupper() \
                and not doc[k].is_stop and k - j <= 2:
            k += 1
        if k > j + 1 and not doc[j + 1].is_sent_start:
            found.append(_Mention(i, k, "person"))
    return found


def _known_forms(doc, mentions: list[_Mention], gaz: Gazetteer) -> dict:
    """key -> kind for every name in the article's mentions."""
    forms: dict = {}
    for m in mentions:
        forms.setdefault(name_key(_surface(doc, m.start, m.end)), m.label)
    return forms


def _lookup_mentions(doc, taken: set[int], caps: set[int], forms: dict, gaz: Gazetteer) -> list[_Mention]:
    """Mentions the model missed: known names (from this article or the gazetteer) at free tokens.

    In ALL-CAPS stretches any case matches; elsewhere the first token must be capitalised, and a
    gazetteer-only name must be a proper noun (so "Nice to see" is no city).
    """
    found = []
    i = 0
    while i < len(doc):
        if i in taken or doc[i].is_space or doc[i].is_punct:
            i += 1
            continue
        hit = None
        for j in range(min(len(doc), i + 6), i, -1):
            if any(k in taken for k in range(i, j)) or doc[j - 1].is_space or doc[j - 1].is_punct \
                    and doc[j - 1].text != ".":
                continue
            shouting = all(k in caps for k in range(i, j))
            text = _surface(doc, i, j)
            if not shouting and not doc[i].text[:1].isupper():
                continue
            key = name_key(text)
            if not key or text.lower() in NOT_NAMES:
                continue
            if key in forms:
                kind = forms[key]
            else:
                known = gaz.lookup(text)
                if known is None:
                    continue
                kind = known[1]
                if not shouting and doc[i].pos_ != "PROPN" and doc[i].tag_ not in ("NNP", "NNPS") \
                        and kind != "group":
                    continue
                if shouting and len(key) <= 3 and "." not in text:
                    continue                    # "US", "WHO" in a caps headline are words
                if kind == "group" and not shouting and doc[i].text[:1].islower():
                    continue
            hit = _Mention(i, j, kind, shouting=shouting)
            break
        if hit:
            found.append(hit)
            i = hit.end
        else:
            i += 1
    return found


def _team_mentions(doc, slots, taken: set[int], caps: set[int], gaz: Gazetteer) -> list[_Mention]:
    """Names in sports results that the model missed: clubs, or countries for national teams."""
    found = []
    for start, end in sorted(slots):
        text = _surface(doc, start, end)
        if any(i in taken for i in range(start, end)) or text.lower() in NOT_NAMES \
                or (end - start == 1 and doc[start].is_stop):
            continue
        known = gaz.lookup(_surface(doc, start, end))
        kind = "place" if known and known[0] in gaz.countries else "organization"
        found.append(_Mention(start, end, kind, shouting=all(i in caps for i in range(start, end))))
    return found


def _group_mentions(doc, mentions: list[_Mention], gaz: Gazetteer, slots: set[int]) -> list[_Group]:
    """Mentions grouped under one key: same name, or gazetteer spellings of one name."""
    groups: dict = {}
    for m in sorted(mentions, key=lambda m: m.start):
        text = _surface(doc, m.start, m.end)
        known = gaz.lookup(text)
        person_votes = m.label == "person" and len(text.split()) > 1
        key = name_key(known[0]) if known and not person_votes else name_key(text)
        group = groups.setdefault(key, _Group(key=key))
        if known and not person_votes:
            group.canonical, group.kind_fixed = known
        group.mentions.append(m)
        group.team = group.team or any(s[0] == m.start for s in slots)
        if not m.shouting:
            group.forms[text] += 1
    return list(groups.values())


def _merge_surnames(doc, groups: list[_Group]) -> list[_Group]:
    """Fold a surname-only group into the one full-name person group that ends with it."""
    persons = [g for g in groups if _vote(g) == "person" and len(g.key.split()) >= 2]
    by_tail: dict = {}
    for g in persons:
        words = g.key.split()
        for n in range(1, len(words)):
            by_tail.setdefault(" ".join(words[n:]), []).append(g)
    merged: list[_Group] = []
    for g in groups:
        owners = by_tail.get(g.key, [])
        if g in persons or len(owners) != 1 or g.kind_fixed == "organization":
            merged.append(g)
            continue
        if g.kind_fixed == "place" and _vote(g) != "person":
            merged.append(g)                    # "Jordan" the country, unless called a person
            continue
        owner = owners[0]
        owner.mentions.extend(g.mentions)
        owner.forms.update(g.forms)
    return merged


_SMALL_WORDS = {"and", "of", "the", "for", "&", "de", "on", "in"}


def _initials(form: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", form) if w and w.lower() not in _SMALL_WORDS
                   and w[0].isupper())


def _merge_acronyms(groups: list[_Group]) -> list[_Group]:
    """Fold an acronym into the one long name in the article it abbreviates: SEC -> Securities and
    Exchange Commission."""
    long_names: dict = {}
    for g in groups:
        for form in g.forms:
            if len(form.split()) >= 2:
                initials = _initials(form)
                if len(initials) >= 2:
                    long_names.setdefault(initials, set()).add(id(g))
    by_id = {id(g): g for g in groups}
    merged = []
    for g in groups:
        forms = [f for f in g.forms if 2 <= len(f.replace(".", "")) <= 6 and f.replace(".", "").isupper()
                 and " " not in f]
        owners = long_names.get(forms[0].replace(".", ""), set()) - {id(g)} if len(g.forms) == 1 and forms else set()
        if len(owners) == 1 and not g.canonical:
            owner = by_id[next(iter(owners))]
            owner.mentions.extend(g.mentions)
            owner.forms.update(g.forms)
            continue
        merged.append(g)
    return merged


def _split_teams(doc, groups: list[_Group], gaz: Gazetteer) -> list[_Group]:
    """In a sports report, a town or county named as a team is a club: "Surrey beat Kent".

    The mentions read as a team become an organisation; the rest stay a place only where they stand
    as one ("in Leeds", a dateline), so one article can hold Leeds the club and Leeds the city.
    """
    out = []
    for g in groups:
        teams = [m for m in g.mentions if m.team]
        one_word = len(g.key.split()) == 1
        placeish = g.kind_fixed == "place" and g.canonical not in gaz.countries
        unknown_single = not g.kind_fixed and one_word and g.key not in gaz.given_names \
            and not any(m.titled or m.competitor for m in g.mentions) \
            and (_vote(g) != "person" or any(team_context(doc, m.start, m.end) for m in teams))
        if not teams or not (placeish or unknown_single):
            out.append(g)
            continue
        if unknown_single:
            g.team, g.kind_fixed = True, "organization"
            out.append(g)
            continue
        rest = [m for m in g.mentions if not m.team and (locative(doc, m.start)
                                                         or m.shouting and dateline(doc, m.start))]
        others = [m for m in g.mentions if not m.team and m not in rest]
        team = _Group(key=g.key, mentions=teams + others, canonical=g.canonical, kind_fixed="organization",
                      team=True)
        for m in team.mentions:
            if not m.shouting:
                team.forms[_surface(doc, m.start, m.end)] += 1
        out.append(team)
        if rest:
            place = _Group(key=g.key, mentions=rest, canonical=g.canonical, kind_fixed="place")
            for m in rest:
                if not m.shouting:
                    place.forms[_surface(doc, m.start, m.end)] += 1
            out.append(place)
    return out


def _vote(group: _Group) -> str:
    votes = Counter(m.label for m in group.mentions)
    if any(m.titled for m in group.mentions):
        votes["person"] += 2
    votes["person"] += 2 * sum(m.competitor for m in group.mentions)
    order = ("person", "organization", "place", "group")
    return max(order, key=lambda k: (votes[k], -order.index(k)))


def _context_org(doc, group: _Group) -> bool:
    """Whether the text treats the name as an organisation: "commanders of X", "X's political wing"."""
    for m in group.mentions:
        if m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in MEMBER_NOUNS:
            return True
        after = doc[m.end:m.end + 3]
        if len(after) >= 2 and after[0].text in _POSSESSIVE_TOKENS and (
                after[1].lower_ in ORG_PARTS or len(after) > 2 and after[2].lower_ in ORG_PARTS):
            return True
    return False


def _kind(doc, group: _Group, gaz: Gazetteer) -> str:
    """The actor kind of a group: gazetteer, then the shape of the name and its context, then votes."""
    voted = _vote(group)
    titled = any(m.titled for m in group.mentions)
    words = group.key.split()
    last_word = words[-1] if words else ""
    if group.team and group.canonical in gaz.countries:
        return "place"                          # a national team is its country
    if 2 <= len(words) <= 4 and not group.kind_fixed and not any(w in gaz.org_words for w in words) \
            and (words[0] in gaz.given_names or _starts_with_initial(group)):
        return "person"                         # "Guy Forget", "H. Morris" read as organisations
    if group.team and (voted != "person" or len(words) == 1):
        return "organization"                   # a club in a results table, even "Leeds"
    if group.kind_fixed:
        if group.kind_fixed == "place" and voted == "person" and titled:
            return "person"
        return group.kind_fixed
    if last_word in gaz.org_words and not titled:
        return "organization"                   # "Kloof Gold Mining Co", "Jones Medical Inc"
    if voted == "group" and (_context_org(doc, group) or all(f.isupper() for f in group.forms) and group.forms):
        return "organization"
    return voted


def _bracketed_country(doc, end: int, countries: set) -> bool:
    """Whether "(Country)" follows token ``end``: how results list an athlete's nationality."""
    if end + 2 >= len(doc) or doc[end].text != "(":
        return False
    close = next((k for k in range(end + 1, min(len(doc), end + 5)) if doc[k].text == ")"), None)
    if close is None:
        return False
    inner = name_key(doc[end + 1:close].text)
    known = gazetteer().lookup(inner)
    return inner in countries or (known is not None and known[0] in gazetteer().countries)


def _starts_with_initial(group: _Group) -> bool:
    return any(_INITIAL.match(form.split()[0]) for form in group.forms if len(form.split()) >= 2)


def _canonical(group: _Group, kind: str) -> str:
    if group.canonical:
        return group.canonical
    if not group.forms:
        return " ".join(w.capitalize() for w in group.key.split())
    if kind == "person":
        name = max(group.forms, key=lambda f: (len(f.split()), group.forms[f], -len(f)))
    else:
        # an acronym gives way to the long name it abbreviates
        spelled = {_initials(f) for f in group.forms if len(f.split()) >= 2}
        name = max(group.forms, key=lambda f: (f.replace(".", "") not in spelled, group.forms[f], len(f)))
    if name.isupper() and len(name) > 4 and kind in ("person", "place"):
        name = name.title()                     # a dateline's "CAMBRIDGE"
    return name


def entities(doc, *, body_start: int = 0, aliases=None) -> tuple[Entity, ...]:
    """The actors named in a parsed article, in order of first mention.

    Args:
        doc: spaCy Doc of ``headline + "\\n\\n" + body``.
        body_start: where the body starts in ``doc.text`` (the headline is read too).
        aliases: an ``AliasConfig`` whose listed names win over the article's own forms.
    Returns:
        One :class:`Entity` per actor with its canonical name, kind, other forms, titles and the
        character spans of every mention.
    """
    gaz = gazetteer()
    caps = shouting_tokens(doc)
    # athletes listed with a country and scorecard players: the layout says person, whatever the model read
    mentions = [_Mention(s, e, "person", competitor=True) for s, e in competitor_spans(doc)
                if not any(i in caps for i in range(s, e))]
    mentions += [_Mention(s, e, "person", competitor=True) for s, e in scorecard_spans(doc)]
    mentions += _model_mentions(doc, caps, {i for m in mentions for i in range(m.start, m.end)})
    taken = {i for m in mentions for i in range(m.start, m.end)}
    forms = _known_forms(doc, mentions, gaz)
    mentions += _lookup_mentions(doc, taken, caps, forms, gaz)
    mentions += _initial_mentions(doc, {i for m in mentions for i in range(m.start, m.end)})
    slots = result_slots(doc) | fixture_slots(doc)
    mentions += _team_mentions(doc, slots, {i for m in mentions for i in range(m.start, m.end)}, caps, gaz)
    countries = {name_key(c) for c in gaz.countries}
    sports = sports_report(doc)
    for m in mentions:
        m.competitor = m.competitor or m.end - m.start >= 2 and _bracketed_country(doc, m.end, countries)
        m.team = (m.start, m.end) in slots or sports and not m.competitor and team_context(doc, m.start, m.end)
    groups = _merge_acronyms(_merge_surnames(doc, _group_mentions(doc, mentions, gaz, slots)))
    if sports:
        groups = _split_teams(doc, groups, gaz)

    built = []
    non_person_tokens = set()
    kinds = {}
    for g in groups:
        kinds[id(g)] = _kind(doc, g, gaz)
        if kinds[id(g)] != "person":
            non_person_tokens.update(i for m in g.mentions for i in range(m.start, m.end))
    for g in groups:
        kind = kinds[id(g)]
        name = _canonical(g, kind)
        name_aliases = [f for f in sorted(g.forms, key=lambda f: (-g.forms[f], f))
                        if f != name and not (f.isupper() and len(f) > 4 and name_key(f) == name_key(name))]
        if aliases is not None:
            name, kind, name_aliases = aliases.apply(name, kind, name_aliases)
        spans = sorted((m.start, m.end) for m in g.mentions)
        titles = titles_for(doc, spans, blocked=non_person_tokens) if kind == "person" else ()
        mentions_out = tuple(Span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), doc[s:e].text)
                             for s, e in spans)
        built.append(Entity(name=name, kind=kind, aliases=tuple(name_aliases), titles=titles,
                            mentions=mentions_out))
    return _merge_same_names(sorted(built, key=lambda e: e.mentions[0].start))


def _merge_same_names(found: list[Entity]) -> tuple[Entity, ...]:
    """One entity per (name, kind), after aliases may have renamed two groups alike."""
    out: dict = {}
    for e in found:
        key = (name_key(e.name), e.kind)
        if key not in out:
            out[key] = e
            continue
        first = out[key]
        out[key] = Entity(
            name=first.name, kind=first.kind,
            aliases=tuple(dict.fromkeys(a for a in (*first.aliases, *e.aliases) if a != first.name)),
            titles=tuple(dict.fromkeys((*first.titles, *e.titles))),
            mentions=tuple(sorted((*first.mentions, *e.mentions), key=lambda s: s.start)))
    return tuple(out.values())
