"""Stretches of text inside quotation marks, found from the marks alone (no parsing).

Curly double marks (“ ”), straight double marks ("), curly single marks (‘ ’) and straight single
marks (' before a capital letter: British copy) used as quote marks are read, and so are the marks of tokenised text (a " with a space on both sides, or the
Penn Treebank's `` and ''), whose words are then joined back (" , " -> ", "); a right single mark (’) is only a closing mark after an opening ‘, since it is far
more often an apostrophe ("rock ’n’ roll", "the ’90s", "Hamas’ wing"). Single marks inside a double
quote are nested quotes and stay part of the text.

Copy whose paragraphs were glued together with no break ('... lives."However, I have ...') is read
by the words after a glued mark: see ``_goes_on_speaking`` and ``_after_caption``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"[^\n]+")
_OPENERS_BEFORE = set(" \t([{—–-:/“‘\"")
_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")
# Tokenised text: a space before punctuation or a clitic ("farmers , and", "do n't").
_SPACED_PUNCTUATION = re.compile(r"\w [,.;:!?] ")
_DETOKENISE = re.compile(r"\s+(?=[,.;:!?%)\]](?:\s|$)|n't\b|'(?:s|re|ve|ll|d|m)\b)")


@dataclass(frozen=True)
class Stretch:
    """The quoted words of one quotation: one char range per paragraph it runs over."""
    parts: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def word_count(text: str) -> int:
    """How many words ``text`` holds (contractions and hyphenated words count once)."""
    return len(_WORD.findall(text))


def quoted_text(text: str, stretch: Stretch) -> str:
    """The words of ``stretch``, paragraphs joined by a space, without the comma that hands over
    to the attribution (“..., ” he said)."""
    joined = " ".join(text[a:b].strip() for a, b in stretch.parts)
    return _DETOKENISE.sub("", joined).strip().rstrip(",;:").rstrip()


def quoted_stretches(text: str, *, start: int = 0) -> tuple[Stretch, ...]:
    """Every closed quotation in ``text`` from char ``start`` on, in text order.

    A quotation left open at the end of a paragraph continues when the next paragraph opens
    with a quotation mark (the wire convention for quotes over several paragraphs). Otherwise its
    closing mark was lost (see ``_lost_close``): it ends with its paragraph when its words read as
    speech, else it is dropped, so a stray mark never swallows the rest of an article. A double mark
    that ends a paragraph after a full stop opens the next one (text whose marks slipped over the
    paragraph breaks: "... he said."\n\nWe had ...").
    """
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text, start)]
    found: list[Stretch] = []
    carried: list[tuple[int, int]] = []   # parts of a quotation still open from earlier paragraphs
    carried_kind = ""
    for number, (p_start, p_end) in enumerate(paragraphs):
        i = p_start
        kind, open_at, parts = "", -1, []
        if carried:
            first = _first_visible(text, p_start, p_end)
            if first is not None and _opens(text, first, carried_kind, p_start):
                kind, open_at, parts = carried_kind, first + (2 if carried_kind == "ptb" else 1), carried
                i = open_at
            elif first is not None and all(a == b for a, b in carried) and _unmarked_start(text, first, p_end):
                # the mark that ended the paragraph before opens this one
                kind, open_at, parts, i = carried_kind, first, [], first
            elif _lost_close(text, carried, carried_kind):
                found.append(Stretch(tuple(carried)))
            carried, carried_kind = [], ""
        while i < p_end:
            ch = text[i]
            if kind == "":
                mark = _opening_kind(text, i, p_start)
                if mark:
                    kind, open_at, parts = mark, i + (2 if mark == "ptb" else 1), []
                    i = open_at - 1
                elif ch == '"' and i + 1 == _visible_end(text, p_start, p_end) and text[i - 1:i] in ".!?" \
                        and number + 1 < len(paragraphs):
                    kind, open_at, parts = "straight", p_end, []
            elif kind == "straight" and _after_caption(text, i):
                # the quotation open before ran on into a caption line: it ends with its last
                # sentence before the caption (none: the mark "opening" it was a close, mispaired)
                stop = max((j for j in range(open_at, i) if text[j] in ".!?"), default=-1)
                if stop >= 0 and word_count(text[open_at:stop]):
                    found.append(Stretch(tuple([*parts, (open_at, stop + 1)])))
                open_at, parts = i + 1, []
            elif _closes(text, i, kind, p_end):
                found.append(Stretch(tuple([*parts, (open_at, i)])))
                if kind == "straight" and _glued_break(text, i, p_end) and _goes_on_speaking(text, i + 1, p_end):
                    open_at, parts = i + 1, []    # one quotation's next paragraph, glued to this one
                else:
                    kind, open_at, parts = "", -1, []
            elif (kind == "double" and ch == "“") or (kind == "straight" and _opening_kind(text, i, p_start) == kind
                                                          and (i == p_start or text[i - 1].isspace())):
                # A second opening mark before any close: the first one was never closed (its words
                # still count when they end a sentence and read as a quotation whose closing mark was lost).
                lost = list(parts) or [(open_at, i)]
                if text[lost[-1][0]:lost[-1][1]].rstrip()[-1:] in (".", "!", "?") and (
                        _lost_close(text, lost, kind) or _goes_on_quoting(text, lost, p_start)
                        or (_reported_before(text, lost[0][0] - 1) and _goes_on_speaking(text, i + 1, p_end))):
                    found.append(Stretch(tuple(lost)))
                open_at, parts = i + 1, []
            elif kind == "apostrophe" and not parts and _opening_kind(text, i, p_start) in ("double", "straight"):
                # a ' that never closed ("a 'Muslim ban' and Smith said: "...") gives way to a double mark
                kind, open_at = _opening_kind(text, i, p_start), i + 1
            i += 1
        if kind and number + 1 < len(paragraphs):
            carried, carried_kind = [*parts, (open_at, p_end)], kind
        elif kind and _lost_close(text, last := [*parts, (open_at, p_end)], kind):
            found.append(Stretch(tuple(last)))
    return tuple(found)


# Words of a speaker about themselves or to the reader: a text that has them reads as speech.
SPEECH = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]ur|[Uu]s|[Mm]y|[Mm]e|[Yy]ou|[Yy]our)\b")
# The words that introduce a quotation before its mark: "said:", "told the BBC:", "added,".
_INTRODUCED = re.compile(r"(?::|\b(?:said|says|added|adds|asked|explained|wrote|writes|told [^\n,:]{1,40}),)\s*$")
# A report inside the words of a quotation whose closing mark was lost: "..., he said", "..., Ms Roe added".
_INNER_REPORT = re.compile(r"[,?!](?=\s+(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
                           r"(?:said|says|added|adds|explained|told|insisted|argued|warned)\b)")
# Narrative after a mark: the paragraph reports the speaker ("He said there were ...", "Mr Roe says ...").
_NARRATIVE = re.compile(r"^(?:He|She|They|It|(?:Mr|Mrs|Ms|Dr)\.? [A-Z][\w’'-]+)\s+(?:said|says|added|adds|"
                        r"explained|told|also|believes|thinks|argued|insisted)\b")


# A report about someone in the third person: in the present tense of news copy ("Allen says Wales
# will ...", "... and he thinks it was ..."), or in the past tense with the reported clause after
# it ("Volker Roth said he hoped ...", "She told BBC Radio Kent that ...").
_THIRD_PERSON_REPORT = re.compile(r"\b(?:[A-Z][a-z]+|[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:says|thinks|believes|admits|insists|"
                                  r"adds|explains|claims|feels|reckons)\b|(?:said|added|admitted|insisted|claimed|"
                                  r"argued|warned|told\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s+(?:that|he|she|they|it|his|"
                                  r"her|their|there)\b)")


def narrative_in_marks(text: str, stretch: Stretch) -> bool:
    """The stretch is the writer's narrative that slipped between the marks of two quotations (BBC
    copy whose paragraphs ran together: '... there."Piers Wenger is the head of drama and he thinks
    ... talent."They had ...'): whole sentences between a sentence's end and the next sentence, with
    no word of a speaker about themselves or to the reader, reporting someone in the third person."""
    if len(stretch.parts) != 1:
        return False
    start, end = stretch.parts[0]
    inner = text[start:end].strip()
    before = text[max(0, start - 3):start - 1].rstrip()
    after = text[end + 1:end + 3].lstrip()
    return inner[-1:] in (".", "!", "?") and before[-1:] in (".", "!", "?") and after[:1].isupper() \
        and not SPEECH.search(inner) and _THIRD_PERSON_REPORT.search(inner) is not None


def _lost_close(text: str, parts: list[tuple[int, int]], kind: str) -> bool:
    """Whether a quotation of double marks left open at the end of its (last) paragraph ends there,
    its closing mark lost (BBC copy scraped into plain text drops or moves marks at paragraph breaks):
    its words read as speech (I, we, you, ...) or a reporting clause introduces it ("said: "...").
    A report inside the words ("..., he said") ends the quotation there. The last part of ``parts``
    is shortened in place. Single marks are never closed this way (an apostrophe looks the same)."""
    if kind not in ("double", "straight") or not parts:
        return False
    start, end = parts[-1]
    while end > start and text[end - 1].isspace():
        end -= 1
    words = " ".join([*(text[a:b] for a, b in parts[:-1]), text[start:end]])
    if not word_count(words) or _NARRATIVE.match(words.lstrip()) or '"' in words or "”" in words:
        return False
    line = text.rfind("\n", 0, parts[0][0]) + 1
    mark = parts[0][0] - 1
    introduced = _INTRODUCED.search(text, line, max(line, mark)) is not None
    if not (introduced or SPEECH.search(words)):
        return False
    if text[mark] in '"“' and not text[line:mark].strip():
        # a mark that opens the paragraph after one with no marks at all is that paragraph's
        # closing mark, slipped over the break ("... history books.\n\n"Under the Act, ...")
        before = text[:line].rstrip()
        if not any(m in before[before.rfind("\n") + 1:] for m in '"“”'):
            return False
    report = _INNER_REPORT.search(text, start, end)
    parts[-1] = (start, report.start() if report is not None else end)
    return parts[-1][1] > start


# A paragraph that ends with a quotation and at most its attribution: “...,” he said.
_ENDS_QUOTING = re.compile(r"[”\"][^\n\"“”]{0,60}$")


def _goes_on_quoting(text: str, parts: list[tuple[int, int]], p_start: int) -> bool:
    """A quotation that opens its paragraph, cut off mid-paragraph by a mark that opens the next
    sentence, goes on from the quotation that ends the paragraph before (“...,” he said.⏎“... like
    him. “And why ...: one quotation's paragraphs whose break was lost, the first closing mark
    dropped as the convention wants)."""
    mark = parts[0][0] - 1
    if len(parts) != 1 or text[p_start:mark].strip() or _NARRATIVE.match(text[parts[0][0]:parts[0][1]]):
        return False
    before = text[:p_start].rstrip()
    return bool(before) and _ENDS_QUOTING.search(before[before.rfind("\n") + 1:]) is not None


def _glued_break(text: str, i: int, end: int) -> bool:
    """The straight mark at char ``i`` stands between a sentence's end and the next word with no
    space on either side ("... lives.\"However, I ..."): a paragraph break lost in copy whose
    paragraphs were glued together, where the mark may close a quotation or open the next paragraph."""
    return text[i - 1:i] in (".", "!", "?") and i + 1 < end and text[i + 1].isupper()


# A verb of saying in the last sentence before a quotation ("..., Prof Ann Roe said.", "Roe had said she had").
_REPORT_BEFORE = re.compile(r"\b(?:said|says|added|adds|told|tells|explained|wrote|writes|insisted|recalled|"
                            r"admitted|stated)\b[^.!?\"“”\n]*[.!?]?\s*$")


def _reported_before(text: str, mark: int) -> bool:
    """The narrative just before the opening mark at char ``mark`` (back to the mark before it or
    its line's start) ends with a sentence that reports speech: '“...,” Prof Ann Roe said. “...'."""
    start = max(text.rfind("\n", 0, mark), *(text.rfind(m, 0, mark) for m in '"“”')) + 1
    return _REPORT_BEFORE.search(text, start, max(start, mark)) is not None


def _after_caption(text: str, i: int) -> bool:
    """The straight mark at char ``i`` is glued between a word in lower case and a capital, with no
    stop before it ("... not supported on this device\"I am really happy", "Olympic champion Jo
    Roe\"She timed it well"): a line with no stop of its own (a video's caption, the name of the one
    quoted next) glued to the quotation that follows it. The mark opens that quotation."""
    return text[i] == '"' and text[i - 1:i].islower() and text[i + 1:i + 2].isupper()


def _goes_on_speaking(text: str, start: int, end: int) -> bool:
    """The words from char ``start`` to the next double mark of the paragraph (ending at ``end``)
    are a quotation's next paragraph, not the writer's narrative: they speak (I, we, you, ...) or
    hand over to an attribution (“...,” she said), and they neither open with a report of someone
    ("He said ...") nor report someone in the third person ("Roe admits he ...").

    Wire copy opens each paragraph of a quotation with a mark and closes only the last one; glued
    together, the mark between two such paragraphs ("... lives.\"However, I have ...") looks like
    the close of the first, and the marks after it pair the wrong way round, so narrative would
    read as quoted and the next quotation as narrative."""
    mark = next((j for j in range(start, end) if text[j] in '"“”'), None)
    if mark is None:
        return False
    words = text[start:mark]
    if _NARRATIVE.match(words) or _THIRD_PERSON_REPORT.search(words):
        return False
    hands_over = words.rstrip()[-1:] == "," and text[mark + 1:mark + 2].isspace()
    return hands_over or SPEECH.search(words) is not None


def _unmarked_start(text: str, first: int, end: int) -> bool:
    """The paragraph from char ``first`` opens with a word and its first double mark, if any,
    closes (has no space before it): it goes on from a mark left at the end of the paragraph before."""
    if not (text[first].isalnum() or text[first] in "‘'("):
        return False
    mark = next((i for i in range(first, end) if text[i] in '"“”'), None)
    return mark is None or (text[mark] != "“" and not text[mark - 1].isspace())


def _visible_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _first_visible(text: str, start: int, end: int) -> int | None:
    for i in range(start, end):
        if not text[i].isspace():
            return i
    return None


def _opening_kind(text: str, i: int, p_start: int) -> str:
    ch = text[i]
    if ch == "“":
        return "double"
    before = text[i - 1] if i > p_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch == '"' and before in _OPENERS_BEFORE and not after.isspace():
        return "straight"
    if ch == '"' and before in ".!?" and after.isupper():
        return "straight"     # glued to the sentence before: '... "less of it"."The truth is ...'
    if _after_caption(text, i):
        return "straight"

    if ch == '"' and before.isspace() and after in " \t" and _word_follows(text, i + 1) \
            and _tokenised(text, p_start):
        return "spaced"
    if text.startswith("``", i) and text[i + 2:i + 3] in (" ", "\t") and before in _OPENERS_BEFORE:
        return "ptb"
    if ch == "‘" and before in _OPENERS_BEFORE and after.isalpha():
        return "single"
    if ch == "'" and before in _OPENERS_BEFORE and after.isupper():
        return "apostrophe"   # British copy: 'We will win,' she said ('n', '90s, O'Brien never open)
    return ""


def _opens(text: str, i: int, kind: str, p_start: int) -> bool:
    return _opening_kind(text, i, p_start) == kind


def _tokenised(text: str, p_start: int) -> bool:
    """The paragraph from ``p_start`` is tokenised text: punctuation stands apart ("word , word")."""
    p_end = text.find("\n", p_start)
    return _SPACED_PUNCTUATION.search(text, p_start, p_end if p_end >= 0 else len(text)) is not None


def _word_follows(text: str, i: int) -> bool:
    """A word (not another mark or the paragraph's end) comes after the spaces from char ``i``."""
    while i < len(text) and text[i] in " \t":
        i += 1
    return i < len(text) and (text[i].isalnum() or text[i] in "'‘(")


def _closes(text: str, i: int, kind: str, p_end: int) -> bool:
    ch = text[i]
    if kind == "double":
        return ch == "”"
    after = text[i + 1] if i + 1 < p_end else " "
    before = text[i - 1]
    if kind == "spaced":
        return ch == '"' and before.isspace() and after.isspace()
    if kind == "ptb":
        return text.startswith("''", i) and before.isspace()
    if kind == "straight":
        return ch == '"' and not before.isspace()
    if kind == "apostrophe":
        # a straight ' that ends the quoted words: before punctuation ('..., ' she said), or after
        # the words' own stop; "the players' union" goes on
        return ch == "'" and not before.isspace() and (
            after in ",.;:!?—)" or (before in ",.!?" and (after.isspace() or i + 1 >= p_end)))
    # single: a ’ that ends a word and is not followed by more of the word.
    return ch == "’" and not before.isspace() and not after.isalnum()
