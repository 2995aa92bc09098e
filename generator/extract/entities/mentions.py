"""Actors named in one article: people, organisations, places and groups, each under one name.

spaCy's named entities are the starting point. On top of them:
- names are cleaned (leading "the", titles, honorifics, possessive "'s"/"’" removed);
- mentions are grouped: same name, a shipped gazetteer's other spellings ("U.S." -> United States),
  a surname that belongs to exactly one full name in the article (Blinken -> Antony Blinken);
- the kind is corrected: gazetteer, organisation words ("... Ministry"), a person's title, context
  such as "commanders of X", and the model's votes over all mentions;
- ALL-CAPS lines (wire headlines, "TEL AVIV" datelines) are not trusted to the model, which reads
  them badly: names known from the rest of the article or the gazetteer are looked up in them.
The reader has already cut bylines and dateline prefixes out of the body: every mention in the text counts.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ...data import Gazetteer, actor_key, gazetteer, name_key
from ...types import Entity, Span
from .companies import company_tail, employs, listed_names, party_prefix, wire_brackets, worked_at
from .context import (dated_event, instrument_only, place_off, runs_on, runs_on_after, runs_on_before, runs_on_from_before,
                      runs_on_of, runs_on_common, runs_on_places, the_city, work_context)
from .peoples import as_language, in_thing_name, of_things
from .caps import caps_people, lower_words, lookup_mentions, shouting_tokens
from .evidence import article_evidence
from .kinds import actor_kind, bracketed_country, context_place, is_event, opens_event, split_teams
from .kind_cues import kinds_in_article
from .roles import (acts, after_a_venue, band, business_context, given_name_before, inside_longer_name, modifier_only, not_a_person,
                    speaker_verb_before, title_tail, venue_only)
from .merge import (canonical_name, group_mentions, merge_acronyms, merge_same_names, merge_surnames, merge_surnames_of_people,
                    merge_umlaut_spellings, spelled_keys)
from .names import (LABEL_KINDS, NOT_NAMES, POSSESSIVE_TOKENS, Mention, after_title, extend_first_names, is_name, without_description,
                           joined_names, portfolio_holder, portfolio_people, split_where, surface, title_department, trimmed)
from .clubs import locative, position_player, squad_slots, team_context
from .sports import (competitor_spans, dateline, dateline_place, fixture_slots, leaderboard_spans, lineup_spans, result_slots, scorecard_spans, sports_report,
                     surname_lineup_spans)
from .bounds import edges, parts, state_portfolio
from .joins import acronym_names
from .particles import with_particles
from .glued import pieces as glued_pieces, without_descriptor
from .spans import caps_companies, fragment, initial_mentions, joined_company_names, name_breaks, without_post_nominals
from .titles import courtesy_named, titles_for
from .plain_words import no_name
from .works import character, longer_names, model_works, not_actor, opens_longer_name

__all__ = ["entities", "shouting_tokens", "result_slots"]


def _title_case_headline_end(doc) -> int:
    """End of the first line when it is written in Title Case ("Trump May Be Aligning With..."), else 0."""
    end = _headline_end(doc)
    words = [t for t in doc[:end] if t.is_alpha and len(t.text) >= 4]
    if len(words) >= 4 and sum(t.is_title for t in words) >= 0.8 * len(words):
        return end
    return 0


def _title_case_words_off(doc, start: int, end: int, common: frozenset, body_names: frozenset) -> tuple[int, int]:
    """A name in a Title-Case headline without the headline's ordinary words: "Kumar Get" -> Kumar.

    Words the body writes in lower case (or stop words) come off its ends; what is left must be
    written as a name in the body, else nothing is left.
    """
    s, e = start, end
    while s < e and (doc[s].lower_ in common or doc[s].is_stop):
        s += 1
    while e > s and (doc[e - 1].lower_ in common or doc[e - 1].is_stop):
        e -= 1
    if (s, e) != (start, end) and not all(t.lower_ in body_names for t in doc[s:e]):
        return start, start
    if e - s >= 3 and not all(t.lower_ in body_names for t in doc[s:e]):
        # "Donald Trump Advises Boeing": the name runs on into the headline's verb; keep the words
        # up to the first one the body never writes as a name, when at least two are left
        cut = next(i for i in range(s, e) if doc[i].lower_ not in body_names)
        return (s, cut) if cut - s >= 2 else (start, start)
    return s, e


def _owned(doc, start: int, org_tokens: set[int]) -> bool:
    """Whether the name at ``start`` follows an organisation's possessive: "Amazon's Alexa"."""
    return start >= 2 and doc[start - 1].text in POSSESSIVE_TOKENS and start - 2 in org_tokens


def _model_mentions(doc, caps: set[int], taken: set[int] = frozenset(), common: frozenset = frozenset(),
                    ticker: set[int] = frozenset()) -> list[Mention]:
    """Cleaned mentions from the model's entities, outside ALL-CAPS stretches and ``taken`` tokens;
    a part of an entity on a ``ticker`` token ("<MDR>") is no name."""
    found = []
    absorbed: set[int] = set()                  # tokens a company's name took: "Baird [and Co Inc]"
    breaks = name_breaks(doc)
    title_end = _title_case_headline_end(doc)
    body_names = frozenset(t.lower_ for t in doc[title_end:] if t.is_title) if title_end else frozenset()
    for ent in joined_names(doc, with_particles(doc, doc.ents)):
        kind = LABEL_KINDS.get(ent.label_)
        if kind is None or any(i in caps or i in taken for i in range(ent.start, ent.end)) \
                or all(i in absorbed for i in range(ent.start, ent.end)):
            continue
        for part_start, part_end, kind in glued_pieces(doc, parts(doc, ent.start, ent.end, kind, breaks), kind):
            if any(i in ticker for i in range(part_start, part_end)):
                continue
            part_kind = kind
            if kind in ("organization", "place") and (courtesy_named(doc, part_start, part_end) or without_descriptor(
                    doc, part_start, part_end, common) > part_start and doc[part_start + 1].lower_ in gazetteer().given_names) \
                    and not any(t.lower_ in gazetteer().org_words for t in doc[part_start:part_end]):
                part_kind = "person"            # "Australian Rodney Eyles", "Mr Cable" read as an organisation
            if kind == "place" and "," in doc[part_start:part_end].text:
                for s, e in split_where(part_start, part_end, lambda i: doc[i].text == ","):
                    s, e, _ = trimmed(doc, s, e, person=False)
                    if is_name(doc, s, e):
                        found.append(Mention(s, e, "place"))
                continue                        # "Grace Road, Leicestershire": two places
            kind_here = part_kind
            holder = portfolio_holder(doc, part_start, part_end) if kind_here != "person" else None
            if holder is not None:
                found.append(Mention(holder, part_end, "person", titled=True))
                continue                        # "minister for Women and Equalities Nicola Marsh"
            start, end, titled = trimmed(doc, *edges(doc, part_start, part_end), person=kind_here == "person")
            if kind_here == "person" and end - start >= 2 and doc[end - 1].lower_ in ("said", "says", "told"):
                end -= 1
            if kind_here == "person":
                start = extend_first_names(doc, start)
                start = without_descriptor(doc, start, end, common)
                start = party_prefix(doc, start, end)
                end = without_post_nominals(doc, start, place_off(doc, start, end))
            else:
                end = without_description(doc, start, end)
            if start < title_end:
                start, end = _title_case_words_off(doc, start, end, common, body_names)
            if not is_name(doc, start, end) or title_department(doc, start, end) or fragment(doc, start, end) \
                    or kind_here != "person" and state_portfolio(doc, part_start, part_end):
                continue
            tail = company_tail(doc, end) if kind_here != "place" or end - start >= 2 else None
            company = tail is not None or kind_here in ("person", "organization") \
                and (worked_at(doc, start) or employs(doc, start, end))     # not a title's, nor a given name's
            if tail is not None and tail[1]:
                absorbed.update(range(end, tail[0]))
                end = tail[0]
            if company:
                kind_here, titled = "organization", False
            found.append(Mention(start, end, kind_here, titled=titled or after_title(doc, start), company=company))
    return found


def _clubs_named_after_places(doc, mentions: list[Mention], slots, taken: set[int]) -> list[Mention]:
    """A place read inside a longer name in a results table is the club's whole name: "Manchester"
    in "Manchester City 3 1 0 2" (not in the headline, whose fixture sides hold other words)."""
    headline_end = _headline_end(doc)
    out = []
    for m in mentions:
        if m.label == "place" and m.start >= headline_end:
            wider = next(((s, e) for s, e in slots if s <= m.start and m.end <= e and e - s > m.end - m.start
                          and not any(i in taken for i in range(s, e))), None)
            if wider:
                m = Mention(wider[0], wider[1], "organization")
        out.append(m)
    return out


def _common_word(doc, group, common: frozenset) -> bool:
    """Whether a one-word name is a common word capitalised only by where it stands: "Squad named",
    "Defence: ..." where the article also writes "squad", "defence"."""
    if group.canonical or len(group.key.split()) != 1 or group.key not in common:
        return False
    return all(m.end - m.start == 1 and (m.start == 0 or doc[m.start].is_sent_start or doc[m.start - 1].is_space
                                         or "\n" in doc[m.start - 1].whitespace_
                                         or doc[m.start - 1].text in ('"', "“", "‘", "(", "-", ":"))
               for m in group.mentions)


def _known_forms(doc, mentions: list[Mention], gaz: Gazetteer) -> dict:
    """key -> kind for every name in the article's mentions; an organisation's name also without its
    corporate suffix, the form a wire headline shouts ("TEXAS AIR" for "Texas Air Corp"); an accented surname alone, in ASCII too."""
    forms: dict = {}
    for m in mentions:
        text = surface(doc, m.start, m.end)
        forms.setdefault(name_key(text), m.label)
        if m.label == "organization":
            forms.setdefault(actor_key(text, "organization"), m.label)
        elif m.label == "person" and m.end - m.start >= 2 and not doc[m.end - 1].text.isascii():
            forms.update({k: "person" for k in spelled_keys(doc[m.end - 1].text) if k not in forms})   # "Schaefer"
    return forms


def _headline_end(doc) -> int:
    """Index of the first token after the first line."""
    return next((t.i for t in doc if "\n" in t.text or "\n" in t.whitespace_), len(doc))


def _team_mentions(doc, slots, taken: set[int], caps: set[int], gaz: Gazetteer, forms: dict) -> list[Mention]:
    """Names in sports results that the model missed: clubs, or countries for national teams.

    In an ALL-CAPS headline a side must be a name the article or the gazetteer knows: "CRICKET -
    ENGLAND V PAKISTAN ONE-DAY SCOREBOARD" holds the headline's words around the teams.
    """
    headline_end = _headline_end(doc)
    found = []
    for start, end in sorted(slots):
        text = surface(doc, start, end)
        if any(i in taken for i in range(start, end)) or text.lower() in NOT_NAMES \
                or (end - start == 1 and doc[start].is_stop):
            continue
        known = gaz.lookup(surface(doc, start, end))
        if start < headline_end and all(i in caps for i in range(start, end)) and known is None \
                and name_key(text) not in forms:
            continue
        kind = "place" if known and known[0] in gaz.countries else "organization"
        found.append(Mention(start, end, kind, shouting=all(i in caps for i in range(start, end))))
    return found


def entities(doc, *, body_start: int = 0, aliases=None, dateline_at: tuple[int, int] | None = None) -> tuple[Entity, ...]:
    """The actors named in a parsed article, in order of first mention.

    Args:
        doc: spaCy Doc of ``headline + "\\n\\n" + body``.
        body_start: where the body starts in ``doc.text`` (the headline is read too).
        aliases: an ``AliasConfig`` whose listed names win over the article's own forms.
        dateline_at: where the reader's dateline stands in ``doc.text`` (its place is a place: ``sports.dateline_place``).
    Returns:
        One :class:`Entity` per actor with its canonical name, kind, other forms, titles and the
        character spans of every mention.
    """
    gaz = gazetteer()
    caps = shouting_tokens(doc)
    bracketed, ticker = wire_brackets(doc)
    # athletes listed with a country and scorecard players: the layout says person, whatever the model read
    mentions = [Mention(s, e, "place") for s, e in dateline_place(doc, dateline_at)] + [
        Mention(s, e, "person", competitor=True) for s, e in competitor_spans(doc) if not any(i in caps for i in range(s, e))]
    mentions += [Mention(s, e, "person", competitor=True) for s, e in scorecard_spans(doc) + lineup_spans(doc)]
    if sports_report(doc):
        taken = {i for m in mentions for i in range(m.start, m.end)}
        mentions += [Mention(s, e, "person", competitor=True) for s, e in surname_lineup_spans(doc)
                     if not any(i in taken for i in range(s, e))]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    # a company's whole name in Reuters' brackets: "<Doha Bank Ltd QSC>" is no place "Doha"
    mentions += [Mention(s, e, "organization", company=True) for s, e in bracketed
                 if not any(i in taken for i in range(s, e))]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    # a firm's whole name the model cuts at "and", "'s" or a bracket: "Standard and Poor's Corp"
    mentions += [Mention(s, e, "organization", company=True)
                 for s, e in joined_company_names(doc, caps | ticker | taken, lower_words(doc, caps), ticker)]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    # a name joined by "and" that its acronym in brackets spells whole: "HM Revenue and Customs (HMRC)"
    mentions += [Mention(s, e, "organization") for s, e in acronym_names(doc, caps | taken)]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    # a company's full name before its ticker, read or not by the model: "Long Island Lighting Co <LIL>"
    mentions += [Mention(s, e, "organization", company=True)
                 for s, e in listed_names(doc, ticker, caps | taken, lower_words(doc, caps))]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions += [Mention(s, e, "person", competitor=True) for s, e in leaderboard_spans(doc)
                 if not any(i in taken for i in range(s, e))]
    common = lower_words(doc, caps)
    sports = sports_report(doc)
    # rows of figures outside a sports report are tables ("Net 1.2 vs 0.9"), not results of teams
    slots = result_slots(doc, table_rows=sports) | fixture_slots(doc) | squad_slots(doc)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions += _clubs_named_after_places(doc, _model_mentions(doc, caps, taken, common, ticker), slots, taken)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    forms = _known_forms(doc, mentions, gaz)
    mentions += caps_companies(doc, caps, taken, common, [(m.start, m.end) for m in mentions if m.label == "organization"])
    taken = {i for m in mentions for i in range(m.start, m.end)}
    firms = frozenset(doc[m.start].lower_ for m in mentions if m.label == "organization" and not m.shouting and m.end - m.start >= 2)
    mentions += caps_people(doc, caps, taken, gaz, firms)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions += _clubs_named_after_places(doc, lookup_mentions(doc, taken, caps, forms, gaz), slots, taken)
    mentions += initial_mentions(doc, {i for m in mentions for i in range(m.start, m.end)})
    mentions += portfolio_people(doc, {i for m in mentions for i in range(m.start, m.end)})
    mentions += _team_mentions(doc, slots, {i for m in mentions for i in range(m.start, m.end)}, caps, gaz, forms)
    others = longer_names(doc, headline_end=_headline_end(doc) if _title_case_headline_end(doc) else 0)
    mentions = [m for m in mentions if not (m.label == "place" and (opens_event(doc, m.end) or opens_longer_name(
        doc, m.start, m.end) or any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in others)))]
    countries = {name_key(c) for c in gaz.countries}
    for m in mentions:
        m.competitor = m.competitor or not m.company and m.end - m.start >= 2 and bracketed_country(doc, m.end, countries) \
            or sports and not m.company and position_player(doc, m.start, m.end)
        m.team = (m.start, m.end) in slots or sports and not m.competitor and team_context(doc, m.start, m.end)
    groups = merge_acronyms(merge_surnames(doc, merge_umlaut_spellings(group_mentions(doc, mentions, gaz, slots))), doc)
    groups = [g for g in groups if not is_event(g, sports=sports) and not _common_word(doc, g, common)]
    if sports:
        groups = split_teams(doc, groups, gaz)
    # a town the sports report names more often as its club ("Washington's Danny Espinosa") than as a
    # place; a country's side is the country (a national team), never a club
    sides = Counter(g.key for g in groups for _ in g.mentions if g.team) - Counter(g.key for g in groups for _ in g.mentions if not g.team)

    built = []
    teams = set()                               # organisations read as sports teams where they stand
    listed = set()                              # people the layout says are people: "Name (Country)"
    owned = set()                               # named as an organisation's own: "Amazon's Alexa"
    located = set()                             # places named where a place stands: "in Charlotte"
    cut = set()                                 # organisations the model cut short: "Blanket Exchange [Permit]"
    titled_works = set()                        # named as a work: "the cast of Hamilton", "Feel the Bern"
    context: dict = {}                          # name -> what the words around its mentions say (roles)
    works_named: dict = {}                      # name -> why it is a work or an award (works.not_actor)
    plain: dict = {}                            # name -> why it is no name (plain_words.no_name)
    non_person_tokens = set()
    kinds = {}
    for g in groups:
        kinds[id(g)] = actor_kind(doc, g, gaz)
        if kinds[id(g)] != "person":
            non_person_tokens.update(i for m in g.mentions for i in range(m.start, m.end))
    org_tokens = {i for g in groups if kinds[id(g)] == "organization" for m in g.mentions for i in range(m.start, m.end)}
    opened = {canonical_name(g, kinds[id(g)]) for g in groups if kinds[id(g)] in ("organization", "place")}
    for g in groups:
        kind = kinds[id(g)]
        name = canonical_name(g, kind)
        name_aliases = [f for f in sorted(g.forms, key=lambda f: (-g.forms[f], f))
                        if f != name and not (f.isupper() and len(f) > 4 and name_key(f) == name_key(name))]
        if aliases is not None:
            name, kind, name_aliases = aliases.apply(name, kind, name_aliases)
        spans = sorted((m.start, m.end) for m in g.mentions)
        titles = titles_for(doc, spans, blocked=non_person_tokens) if kind == "person" else ()
        mentions_out = tuple(Span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), doc[s:e].text)
                             for s, e in spans)
        built.append(Entity(name=name, kind=kind, aliases=tuple(name_aliases), titles=titles, mentions=mentions_out))
        if kind == "organization" and (g.team or any(m.team for m in g.mentions)):
            teams.add(name)
        if kind == "person" and any(m.competitor for m in g.mentions):
            listed.add(name)
        if kind == "organization" and any(_owned(doc, m.start, org_tokens) for m in g.mentions):
            owned.add(name)
        if kind == "place" and any(locative(doc, m.start) or dateline(doc, m.start, body_start) or dateline_at and dateline_at[0] <= doc[m.start].idx < dateline_at[1] for m in g.mentions):
            located.add(name)
        spoken = [m for m in g.mentions if not m.shouting]
        if kind in ("organization", "place") and spoken and all(runs_on(doc, m) for m in spoken) \
                or kind == "organization" and spoken and all(runs_on_before(doc, m) or runs_on_after(doc, m)
                                                             or runs_on_places(doc, m) or runs_on_from_before(doc, m)
                                                             for m in spoken):
            cut.add(name)
        context[name] = _context(doc, g, kind, sports, located=name in located) | (
            {"club-town"} if kind == "place" and sides[g.key] > 0 and name not in gaz.countries else set())
        if kind == "person" and modifier_only(doc, spoken or g.mentions) and any(
                o.startswith(name + " ") for o in opened):
            context[name] |= {"thing"}          # "the Sandy Hook shootings" beside "Sandy Hook Elementary School"
        works_named[name] = works_named.get(name) or not_actor(doc, g)
        plain[name] = plain.get(name) or no_name(doc, g, (name, *g.forms))   # a person's, once its kind is final
        if kind != "person" and any(work_context(doc, m) for m in g.mentions) \
                or kind == "place" and the_city(doc, g, gaz) or kind == "organization" and instrument_only(doc, g):
            titled_works.add(name)
    people = frozenset(name_key(w) for e in built if e.kind == "person" and len(e.name.split()) >= 2
                       for w in (e.name.split()[0], e.name.split()[-1]))
    built = kinds_in_article(doc, built, context=context, teams=teams, located=located, people=people, sports=sports,
                             body_start=body_start, gaz=gaz)
    built = merge_surnames_of_people(built, apart=lambda e: gaz.lookup(e.name) is not None
                                     or bool(context.get(e.name, frozenset()) & {"business", "company"}))
    merged = merge_same_names(sorted(built, key=lambda e: e.mentions[0].start))
    works = model_works(doc)                    # "The Aviator" read as a work somewhere in the article
    return tuple(replace(e, evidence=article_evidence(e.name, e.kind, e.aliases, e.titles, len(e.mentions), common,
                                                      team=sports and e.name in teams, listed=e.name in listed,
                                                      works=works, owned=e.name in owned,
                                                      located=e.name in located, cut=e.name in cut,
                                                      work=e.name in titled_works,
                                                      context=frozenset().union(*(context.get(n, ()) for n in
                                                                                   (e.name, *e.aliases)))),
                         not_actor=works_named.get(e.name) or (plain.get(e.name) if e.kind == "person" else None))
                 for e in merged)


def _context(doc, g, kind: str, sports: bool, *, located: bool) -> frozenset:
    """What the words around a group's mentions say (``roles``; see ``evidence.article_evidence``)."""
    spoken = [m for m in g.mentions if not m.shouting] or g.mentions
    out = {"sports"} if sports else set()
    if located or kind == "place" and (any(after_a_venue(doc, m) for m in g.mentions) or context_place(doc, g)):
        out.add("located")                      # "(at Edgbaston, Birmingham)", "the island of X"
    if any(m.competitor for m in g.mentions):
        out.add("listed")
    if any(m.company for m in g.mentions):
        out.add("company")
    if kind == "organization" and any(business_context(doc, m) for m in spoken):
        out.add("business")
    if kind == "organization":                  # "X said", "told the X"; "the next X record"
        out.update(flag for flag, test in (("acts", acts), ("band", band)) if any(test(doc, m) for m in spoken))
    if kind == "person" and any(business_context(doc, m, shares_only=True) for m in spoken):
        out.add("shares")
    if kind == "person" and all(title_tail(doc, m) for m in spoken):
        out.add("title-tail")
    if kind == "person" and (not_a_person(doc, spoken) or character(doc, spoken)):
        out.add("thing")                        # "the band X"; a part played: "playing Willy Wonka"
    if kind == "organization" and all(inside_longer_name(doc, m) for m in spoken):
        out.add("cut-before")
    if kind in ("organization", "place") and all(runs_on_of(doc, m) or kind == "organization" and runs_on_common(doc, m) for m in spoken):
        out.add("cut-of")                       # "[House] of Flying Daggers", "[Fight] for $15"
    if kind == "organization" and venue_only(doc, spoken):
        out.add("venue")
    if kind == "organization" and all(dated_event(doc, m) for m in spoken):
        out.add("dated")                        # "January's [Norwich Union International] in Glasgow"
    things = [m for m in spoken if kind == "group" and (of_things(doc, m.start, m.end) or in_thing_name(doc, m.start, m.end))]
    if kind == "group" and len(things) == len(spoken):
        out.add("of-things")                    # "Ecuadorean central bank", "Indian Point": never "Ecuadoreans"
    if kind == "group" and any(as_language(doc, m.start, m.end) for m in spoken) \
            and all(as_language(doc, m.start, m.end) or m in things for m in spoken):
        out.add("language")                     # "speak English", "a Spanish-language channel"
    given = gazetteer().given_names
    if kind == "place" and all(given_name_before(doc, m, given) or speaker_verb_before(doc, m) for m in spoken):
        out.add("person-before")
    return frozenset(out)

