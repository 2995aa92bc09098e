"""The words around a quotation: the window before and after it, the heads it hangs from, cue verbs."""
from __future__ import annotations

from bisect import bisect_right

from ..sentences import line_start, text_of
from .vocabulary import (CLOSING_MARKS, DATELINE, OPENING_MARKS, PHRASAL_REPORTING, REPORTING, SENTENCE_END,
                         WEAK_REPORTING)


class Windows:
    """Mixin of SpeakerFinder: reads ``self.doc``, ``self._quote`` (token range of the current
    quotation, marks included) and ``self._quoted`` (char ranges of every quotation)."""

    def _parse_untrusted(self, tok) -> bool:
        """The parser's sentence of ``tok`` is not to be trusted: it crosses a paragraph break, or
        it has no verb at its root ("Trump described families ..., and a city of “...”" parsed with
        "restaurants" for its root)."""
        sent = tok.sent
        return "\n" in text_of(self.doc)[sent.start_char:sent.end_char].strip() \
            or sent.root.pos_ not in ("VERB", "AUX")

    def _hands_over(self, last: int) -> bool:
        """The quotation ends with a comma, ? or ! that hands over to an attribution after it."""
        doc = self.doc
        tail = [t.text for t in doc[last:min(len(doc), last + 3)]]
        return any(t in (",", "?", "!", "—") for t in tail[:3])

    def _cue_text(self, tok) -> str:
        particle = [c for c in tok.children if c.i == tok.i + 1 and (
            c.dep_ == "prt" or (c.dep_ == "advmod" and (tok.lemma_.lower(), c.lower_) in PHRASAL_REPORTING))]
        return f"{tok.text} {particle[0].text}" if particle else tok.text

    def _in_quote(self, tok) -> bool:
        return self._quote[0] <= tok.i <= self._quote[1]

    def _ancestors(self, first: int, last: int, window: set[int]) -> list:
        """Tokens outside the quotation that it hangs from, nearest first, within its sentence."""
        doc = self.doc
        out: list = []
        for tok in doc[first:last + 1]:
            if first <= tok.head.i <= last:
                continue
            head = tok.head
            while head.i in window and head not in out and not self._in_quote(head):
                out.append(head)
                # a conjoined clause has its own speaker ("a woman asked ... and Clinton said")
                if head.head is head or head.dep_ == "conj":
                    break
                head = head.head
        return out

    def _trailing_window(self, last: int) -> list:
        doc = self.doc
        i = last + 1
        ended = doc[last].text in SENTENCE_END
        # the closing mark and the punctuation handed over to the attribution
        while i < len(doc) and (doc[i].text in CLOSING_MARKS or doc[i].text in ",!?."):
            if doc[i].text == "." and i + 1 < len(doc) and doc[i + 1].text not in CLOSING_MARKS:
                return []
            if doc[i].text == "." and doc[i - 1].text in CLOSING_MARKS:
                return []
            ended = ended or (doc[i].text in SENTENCE_END and doc[i - 1].text not in CLOSING_MARKS)
            i += 1
        out = []
        while i < len(doc) and len(out) < 25:
            tok = doc[i]
            if "\n" in tok.text or tok.text in SENTENCE_END:
                break
            if tok.text in OPENING_MARKS and not self._short_quote_at(i):
                break
            out.append(tok)
            i += 1
        if ended and out and out[0].text[:1].isupper():
            # “... their vote.” In the survey, 14% of people said ...: a quotation that ends its
            # sentence hands over only to a sentence that is just its attribution (“...” Smith said.),
            # not to one that reports words of its own (“... up to me.” Manager Jo Roe insists he
            # will not sell: Roe's words are the clause after "insists", the quotation is someone else's)
            cue = self._opens_with_report(out)
            if cue is None or any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
                return []
        if ended and out and out[-1].text == ":":
            # “... we paid.” Smith said: “...”: a verb of saying with a colon opens the next
            # quotation; the one before it continues the quotation before it, or is nobody's
            return []
        return out

    def _opens_with_report(self, words):
        """The verb of saying ``words`` open with, after at most a name or noun phrase: "Smith said",
        "The Florida senator, 44, told reporters"; None for "In the survey, 14% of people said" and
        for a participle that opens a clause of the next sentence ("Writing about his illness, Roe said")."""
        for n, tok in enumerate(words[:9]):
            if self._is_cue(tok):
                return tok if tok.tag_ not in ("VBG", "VBN") else None
            if tok.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PUNCT") or n == 8:
                return None
        return None

    def _short_quote_at(self, i: int) -> bool:
        """An opening mark at token ``i`` starts a quote of a word or two (“Ted Cruz” pins)."""
        for j in range(i + 1, min(len(self.doc), i + 5)):
            if self.doc[j].text in CLOSING_MARKS:
                return True
        return False

    def _leading_window(self, first: int) -> list:
        doc = self.doc
        out = []
        i = first - 1
        while i >= 0 and doc[i].text in OPENING_MARKS:
            i -= 1
        while i >= 0 and len(out) < 60:
            tok = doc[i]
            if "\n" in tok.text or tok.text in SENTENCE_END:
                break
            if tok.text in CLOSING_MARKS and i > 0 and doc[i - 1].text in SENTENCE_END:
                break
            if self._stop_on_figure(tok):
                break
            out.append(tok)
            i -= 1
        out.reverse()
        return [t for t in out if t.idx >= self._dateline_end(t)]

    def _stop_on_figure(self, tok) -> bool:
        """``tok`` is a figure's unit that kept the sentence's full stop ("save $360m. Looking ahead,
        Mr X forecast “...”": the tokenizer reads "m." as an abbreviation and the parser runs the two
        sentences together) and a capitalised word follows; "5 p.m. Tuesday" is a time."""
        doc = self.doc
        if len(tok.text) < 2 or not tok.text.endswith(".") or tok.i + 1 >= len(doc) or tok.i == 0:
            return False
        unit = tok.text.replace(".", "").lower()
        return doc[tok.i - 1].like_num and unit.isalpha() and unit not in ("am", "pm") \
            and doc[tok.i + 1].is_title

    def _dateline_end(self, tok) -> int:
        """Where the dateline ("WASHINGTON (AP) — ") of ``tok``'s paragraph ends, else its start."""
        p_start = line_start(self.doc, tok.idx)    # logarithmic: called for every token of a window
        ends = self.__dict__.setdefault("_dateline_ends", {})
        if p_start not in ends:
            match = DATELINE.match(text_of(self.doc), p_start)
            ends[p_start] = match.end() if match else p_start
        return ends[p_start]

    def _is_cue(self, tok, *, strong: bool = False) -> bool:
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        lemma = tok.lemma_.lower()
        # "shot back" is often parsed with an adverb, not a particle
        particles = {c.lower_ for c in tok.children
                     if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == tok.i + 1)}
        if (lemma, *particles) in PHRASAL_REPORTING:
            return True
        if lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) \
                and any(c.dep_ in ("mark", "advmod") for c in tok.children):
            return True     # "As Smith put it, “...”", "Smith put it bluntly: “...”"
        if lemma not in REPORTING or (strong and lemma in WEAK_REPORTING):
            return False
        # "Harris was asked" - the subject is the one spoken to.
        return not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)

    def _according_to(self, tokens) -> list:
        return [t for t in tokens if t.lower_ == "according" and t.i + 1 < len(t.doc)
                and t.doc[t.i + 1].lower_ == "to"]

    def _according_subject(self, tok):
        to = tok.doc[tok.i + 1]
        for child in list(to.children) + list(tok.children):
            if child.dep_ == "pobj":
                return child
        nxt = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None
        return nxt if nxt is not None and nxt.pos_ in ("PROPN", "NOUN", "PRON") else None

    def _usable(self, tok) -> bool:
        """``tok`` may name the speaker: outside the quotation and the dateline, and in the paragraph
        where the quotation starts (a word before it) or ends (a word after it: a quotation that runs
        over several paragraphs is attributed after its last one)."""
        if self._in_quote(tok) or tok.idx < self._dateline_end(tok):
            return False
        if tok.i > self._quote[1]:
            start, end = self.doc[self._quote[1]].idx, tok.idx
            if "\n" in text_of(self.doc)[self._quote_char():start] and (
                    self.__dict__.get("_cue_before") or not self._marks_hold()):
                return False    # (“...,” the report says, “... / “...,” said Smith: the report's)
        else:
            start, end = min(tok.idx, self._quote_char()), max(tok.idx, self._quote_char())
        return "\n" not in text_of(self.doc)[start:end]

    def _marks_hold(self) -> bool:
        """The current quotation's double marks are the ones of one quotation over several
        paragraphs: inside it, a double mark only opens a paragraph. Text that lost its closing
        marks ("... said: "It's great." with the marks of the next quotation) has them elsewhere,
        and its words after the quotation may attribute any of the quotations run together."""
        doc = self.doc
        lo, hi = self._quote
        for tok in doc[lo + 1:hi]:
            if tok.text in ('"', "“", "”") and tok.i + 1 < len(doc) and doc[tok.i + 1].i < hi \
                    and not (tok.i > 0 and "\n" in doc[tok.i - 1].text):
                return False
        return True

    def _quoted_at(self, tok) -> bool:
        # the parts never overlap: only the last one starting at or before the token can hold it
        starts = self.__dict__.get("_quoted_starts")
        if starts is None or len(starts) != len(self._quoted):
            self._quoted = sorted(self._quoted)
            starts = self._quoted_starts = [a for a, _ in self._quoted]
        n = bisect_right(starts, tok.idx)
        return n > 0 and tok.idx < self._quoted[n - 1][1]

    def _quote_char(self) -> int:
        return self.doc[self._quote[0]].idx

