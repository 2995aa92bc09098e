"""Direct quotations in an article body, with who said them."""
from __future__ import annotations

from ...types import Entity, Quote, Span
from .marks import Stretch, quoted_stretches, quoted_text, word_count
from .speakers import SpeakerFinder
from .vocabulary import Attribution
from ..sentences import text_of

# One or two words in marks are scare quotes or titles ("critical time"), not someone's words.
MIN_WORDS = 3


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
    stretches = quoted_stretches(text, start=body_start)
    finder = SpeakerFinder(doc, entities)
    found: list[tuple[Stretch, Attribution | None]] = []
    for stretch in stretches:
        first, last = _token_range(doc, stretch)
        if first is None:
            continue
        found.append((stretch, finder.attribution(first, last)))
    # Short quotations still pass their speaker on ("“It’s fine,” Trump said. “And ...”").
    resolved = [(s, a) for s, a in _carry_over(text, found, finder)
                if word_count(quoted_text(text, s)) >= MIN_WORDS]
    return tuple(
        Quote(text=quoted_text(text, s), speaker=a.speaker if a else None, cue=a.cue if a else None,
              span=Span(s.start, s.end, text[s.start:s.end]))
        for s, a in resolved
    )


def _token_range(doc, stretch: Stretch) -> tuple[int | None, int | None]:
    span = doc.char_span(stretch.start, stretch.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, None
    return span.start, span.end - 1


def _carry_over(text: str, found, finder: SpeakerFinder):
    """Give a quotation with no reporting verb of its own the speaker before it: of the previous
    quotation in its paragraph, or, when it opens a paragraph, the last one reported in the paragraph
    before ("Smith said ...\n\n“...”")."""
    out = []
    previous = None   # (end char, attribution) of the last attributed quotation
    for stretch, attribution in found:
        if attribution is None:
            p_start = text.rfind("\n", 0, stretch.start) + 1
            opens_paragraph = not text[p_start:stretch.start].strip(" “\"‘")
            if previous is not None and previous[0] >= p_start:
                attribution = previous[1]
            elif opens_paragraph and p_start > 1:
                before_end = p_start - 1
                while before_end > 0 and text[before_end - 1] == "\n":
                    before_end -= 1
                before_start = text.rfind("\n", 0, before_end) + 1
                options = []
                if previous is not None and previous[0] >= before_start:
                    options.append(previous)
                report = finder.last_report(before_start, p_start)
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
        out.append((stretch, attribution))
        if attribution is not None:
            previous = (stretch.end, attribution)
    return out


def _alone_in_paragraph(text: str, stretch: Stretch) -> bool:
    """The quotation is all there is of its (last) paragraph."""
    p_end = text.find("\n", stretch.end)
    return not text[stretch.end:p_end if p_end >= 0 else len(text)].strip(" ”\"’.,!?")
