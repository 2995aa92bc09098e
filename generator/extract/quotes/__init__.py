"""Direct quotations in an article body, with who said them."""
from __future__ import annotations

import calendar
import re
from dataclasses import replace

from ...types import Entity, Quote, Span
from .marks import Stretch, narrative_in_marks, quoted_stretches, quoted_text, word_count
from .speakers import SpeakerFinder
from .unmarked import introduces, unmarked_paragraphs
from .vocabulary import Attribution
from ..sentences import line_start, text_of

_OPENING_RUN = re.compile("[ “\"‘]*")
# Names of months and days, which are also surnames ("May"): the standard library's calendar.
_CALENDAR = frozenset((*calendar.month_name[1:], *calendar.day_name))
# One or two words in marks are scare quotes or titles ("critical time"), not someone's words.
MIN_WORDS = 3
# Up to this many words, a quotation needs a verb of saying or naming to have a speaker: a
# nickname or a scare quote under any other verb is nobody's words.
SHORT_WORDS = 4
# Small words a title of a work may hold in lower case ("Thelma and Louise", "Hispanics 4 Trump").
_TITLE_SMALL = frozenset("a an and as at by de for in of on or the to vs".split())
_TITLE_MAX_WORDS = 12


def direct_quotations(doc, entities: tuple[Entity, ...], *, body_start: int = 0) -> tuple[Quote, ...]:
    """The direct quotations of the body of ``doc``, in text order.

    Args:
        doc: spaCy Doc of ``headline + "\\n\\n" + body``.
        entities: the article's entities; speakers are given by their canonical name.
        body_start: char offset where the body starts; quotations before it are ignored.
    Returns:
        One Quote per quotation of three words or more; ``speaker`` is None when the text does not
        say who spoke.
    """
    text = text_of(doc)
    # narrative that slipped between two quotations' marks is nobody's words, and no quotation
    narrative = {s.start for s in quoted_stretches(text) if narrative_in_marks(text, s)}
    stretches = tuple(s for s in quoted_stretches(text, start=body_start) if s.start not in narrative)
    # paragraphs of a quotation that lost their marks: kept below only with a speaker
    unmarked = unmarked_paragraphs(text, stretches, start=body_start)
    stretches = tuple(sorted((*stretches, *unmarked), key=lambda s: s.start))
    lost = {s.start for s in unmarked}
    finder = SpeakerFinder(doc, entities, narrative=narrative)
    found: list[tuple[Stretch, Attribution | None]] = []
    for stretch in stretches:
        if not word_count(quoted_text(text, stretch)):
            continue    # marks with no word between them ("" or a row of marks) quote nobody
        if introduces(text[stretch.start:stretch.end]):
            continue    # "Boss Jo Still told BBC Radio London:" in marks that slipped: narrative
        first, last = _token_range(doc, stretch)
        if first is None:
            continue
        attribution = finder.signature(stretch.end) or finder.attribution(first, last)
        finder.note_turn(stretch, attribution)
        found.append((stretch, attribution))
    # Short quotations still pass their speaker on ("“It’s fine,” Trump said. “And ...”").
    resolved = [(s, a) for s, a in _carry_over(doc, found, finder)
                if word_count(quoted_text(text, s)) >= MIN_WORDS and not is_title(text, s, doc=doc)]
    quotes = []
    places = {e.name for e in entities if e.kind == "place"}
    persons = [e.name for e in entities if e.kind == "person"]
    # attributions that the words of a quotation showed to be wrong: a later quotation that took
    # its speaker from one of them by carrying it over loses it too
    disproved: list[Attribution] = []
    for s, a in resolved:
        words = quoted_text(text, s)
        if a is not None and any(a is wrong for wrong in disproved):
            # “He (Bridge) has no chance,” he said. “The medical staff ...”: "he" was not Bridge,
            # so the quotation that goes on from it is not his either
            a = Attribution(None, a.cue)
        if a is not None and a.speaker in persons and _names_in_part(words, a.speaker, persons):
            # "I'm looking forward to working with Ryan once again," he said: not Ryan's words
            disproved.append(a)
            a = Attribution(None, a.cue)
        if a is not None and a.weak and word_count(words) <= SHORT_WORDS:
            a = Attribution(None, a.cue)
        if a is not None and a.speaker in places:
            # a place does not speak: "..., London added:" ends a person's description
            disproved.append(a)
            a = Attribution(None, a.cue)
        if s.start in lost and (a is None or a.speaker is None):
            continue
        quotes.append(Quote(text=words, speaker=a.speaker if a else None, cue=a.cue if a else None,
                            speaker_as_written=a.written if a and a.speaker else None,
                            span=Span(s.start, s.end, text[s.start:s.end])))
    return tuple(_once(quotes))


def _names_in_part(words: str, speaker: str, persons: list[str]) -> bool:
    """The words name ``speaker`` (a person's full name) by given name or surname alone, a name no
    other person of the article bears ("... working with Ryan once again" for Ryan Coogler, "He
    (Bridge) has no chance" for Wayne Bridge): people speak of others so, not of themselves. The
    full name does not count (a politician speaks of himself by it: "... than Donald Trump"), nor a
    month or a day ("in May" beside Theresa May)."""
    parts = speaker.split()
    if len(parts) < 2 or re.search(rf"\b{re.escape(speaker)}\b", words):
        return False
    others = {w for name in persons if name != speaker for w in name.split()}
    return any(part not in others and part not in _CALENDAR and re.search(rf"\b{re.escape(part)}\b", words)
               for part in (parts[0], parts[-1]) if part[:1].isupper() and len(part) > 2)


def _once(quotes: list[Quote]) -> list[Quote]:
    """Each quotation once: a passage the text repeats (a live blog's item again further down, a lede
    the body says again) is one quotation, kept where it first stands, with the speaker one of its
    places gives when the other gives none. The same words by two different speakers stay two."""
    out: list[Quote] = []
    seen: dict[tuple[str, str | None], int] = {}
    for quote in quotes:
        key = " ".join(re.findall(r"\w+", quote.text.lower()))
        same = [seen.get((key, quote.speaker))]
        if quote.speaker is None:
            same += [i for (k, _), i in seen.items() if k == key]
        else:
            same.append(seen.get((key, None)))
        at = next((i for i in same if i is not None), None)
        if at is None:
            seen[(key, quote.speaker)] = len(out)
            out.append(quote)
        elif out[at].speaker is None and quote.speaker is not None:
            out[at] = replace(quote, span=out[at].span)
            seen[(key, quote.speaker)] = at
    return out


def is_title(text: str, stretch: Stretch, *, doc=None) -> bool:
    """The quotation is a name or a title of a work set in marks inside a sentence ("On ABC’s “Good
    Morning America” Tuesday", a sign reading “Hispanics 4 Trump”): a few words, each capitalised
    (or a small word or a number), no stop inside, no ! or ? at the end, and text before it in its sentence."""
    quoted = quoted_text(text, stretch)
    if quoted.endswith(("!", "?")):        # an exclamation or a question is someone's words
        return False
    words = quoted.rstrip(".,").split()
    if not words or len(words) > _TITLE_MAX_WORDS or any(w[-1:] in ".!?" for w in words[:-1]):
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL for w in words):
        return False
    if not words[0][:1].isupper():
        return False
    start = line_start(doc, stretch.start) if doc is not None else text.rfind("\n", 0, stretch.start) + 1
    before = text[max(start, stretch.start - 200):stretch.start].rstrip(" “\"‘`")
    return bool(before) and before[-1:] not in ".!?:"


def _token_range(doc, stretch: Stretch) -> tuple[int | None, int | None]:
    span = doc.char_span(stretch.start, stretch.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, None
    return span.start, span.end - 1


def _carry_over(doc, found, finder: SpeakerFinder):
    """Give a quotation with no reporting verb of its own the speaker before it: of the previous
    quotation in its paragraph (unless a sentence between is about someone else), or, when it opens a paragraph, the last one reported in the paragraph
    before ("Smith said ...\n\n“...”")."""
    text = text_of(doc)
    out = []
    previous = None   # (end char, attribution) of the last attributed quotation
    silent = -1       # end char of the last quotation left with no speaker
    for stretch, attribution in found:
        if attribution is None:
            # logarithmic, not a scan back: a long paragraph of quotations made this quadratic
            p_start = line_start(doc, stretch.start)
            opens_paragraph = _OPENING_RUN.match(text, p_start, stretch.start).end() == stretch.start
            # a quotation left with no speaker stands between: whoever spoke before it is out of
            # reach ("Lang, who ..., said: “...” “...”" with Lang unread is not the Smith before)
            reach = max(p_start, silent)
            if opens_paragraph and _heading_in_marks(text, stretch):
                pass    # "‘An infinite arsenal’" on a line of its own: a subheading, nobody's words here
            elif previous is not None and _phrase_in_narrative(doc, stretch, previous[0]):
                pass    # “...” Lang said. His style was shy or bold - "the Caledonian antisyzygy": no turn
            elif previous is not None and previous[0] >= reach and \
                    not finder.someone_else_between(previous[0], stretch.start, previous[1].speaker):
                # “...,” Smith said. Jones disagreed. “...”: a person in between takes the turn
                attribution = previous[1]
            elif not opens_paragraph and _opens_sentence(text, p_start, stretch.start):
                # "Adam Jones said the move was genuine. “We believe ...”": a quotation that opens a
                # sentence goes on from the report just before it in its paragraph
                # or the person the sentence before is about ("Coach Pat Rowe wants his team to
                # play on clay. “I think ...”"), whichever is nearer
                report = finder.last_report(reach, stretch.start)
                about = finder.paragraph_person(reach, len(text[:stretch.start].rstrip(" “\"‘")))
                if about is not None and (report is None or about[0] > report[0]):
                    attribution = about[1]    # the last sentence's subject: nobody can come between
                elif report is not None and report[1].speaker is not None \
                        and not finder.someone_else_between(report[0], stretch.start, report[1].speaker):
                    attribution = report[1]
            elif opens_paragraph and p_start > 1:
                before_end = p_start - 1
                while before_end > 0 and text[before_end - 1] == "\n":
                    before_end -= 1
                before_start = max(text.rfind("\n", 0, before_end) + 1, silent)
                options = []
                if previous is not None and previous[0] >= before_start:
                    options.append(previous)
                report = finder.last_report(before_start, p_start) or finder.introduction(before_start, before_end)
                if report is not None:
                    options.append(report)
                elif not options and _alone_in_paragraph(text, stretch):
                    # "Valastro praised Christie.\n\n“We need someone ...”": a quotation standing
                    # alone continues the person the paragraph before was about.
                    person = finder.paragraph_person(before_start, before_end)
                    if person is not None:
                        options.append(person)
                if options:
                    attribution = max(options, key=lambda o: o[0])[1]
            if attribution is not None and finder.names_in_third_person(stretch, attribution.speaker):
                # "...?"Allen says Wales will ...": words that report the speaker are narrative
                # between two quotations whose marks slipped, not that speaker's words
                attribution = None
        out.append((stretch, attribution))
        if attribution is not None:
            previous = (stretch.end, attribution)
        if (attribution is None or attribution.speaker is None) \
                and word_count(quoted_text(text, stretch)) > SHORT_WORDS:
            silent = stretch.end
    return out


def _phrase_in_narrative(doc, stretch: Stretch, after: int) -> bool:
    """The quotation is a phrase of at most ``SHORT_WORDS`` words set in marks inside a sentence of
    narrative that starts after char ``after`` (where the quotation before it ended): a term or a
    name the writer quotes ("pony-tailed waif or tough as teak - “the Caledonian antisyzygy” on two
    wheels"), not more words of the speaker before. Such a phrase has a speaker only by a verb of
    its own sentence (see ``SHORT_WORDS``); one in the same sentence as the quotation before (“We
    won,” he said, “and deserved it.”) still goes on from it."""
    text = text_of(doc)
    if word_count(quoted_text(text, stretch)) > SHORT_WORDS:
        return False
    span = doc.char_span(stretch.start, stretch.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    sentence = span[0].sent
    return sentence.start_char >= after and bool(text[sentence.start_char:stretch.start].strip(" \n“\"‘'"))


def _opens_sentence(text: str, start: int, at: int) -> bool:
    """The quotation at char ``at`` opens a sentence after another one of its paragraph (which
    starts at ``start``): a full stop, ! or ? (or a closing mark after one) stands before it."""
    before = text[start:at].rstrip(" “\"‘")
    before = before.rstrip("”\"’") if before[-2:-1] in (".", "!", "?") else before
    return bool(before) and before[-1] in ".!?"


def _heading_in_marks(text: str, stretch: Stretch) -> bool:
    """The quotation is a subheading: a phrase of at most eight words in marks that fills its
    paragraph, with no stop, comma or other mark of a sentence at its end ("‘An infinite arsenal’"
    between two sections of a feature). Someone's words on a line of their own end as a sentence."""
    inner = text[stretch.start:stretch.end].strip(" “”\"‘’'")
    return bool(inner) and inner[-1] not in ".!?,;:…-—" and len(inner.split()) <= 8 \
        and _alone_in_paragraph(text, stretch)


def _alone_in_paragraph(text: str, stretch: Stretch) -> bool:
    """The quotation is all there is of its (last) paragraph."""
    p_end = text.find("\n", stretch.end)
    return not text[stretch.end:p_end if p_end >= 0 else len(text)].strip(" ”\"’.,!?")
