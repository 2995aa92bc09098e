"""Coreference for speakers: a pronoun or a definite description ("the official") to a named person.

A small rule-based resolver over the parse and the article's entities, written by hand because the
maintained coreference components for spaCy cannot run here: coreferee's English model is not a
registry package (``python -m coreferee install en`` downloads it) and is tied to the stock
en_core_web models; spacy-experimental's coref needs downloaded transformer weights.
"""
from __future__ import annotations

from ...types import Entity
from ..sentences import text_of
from .vocabulary import GENDERED, HONORIFICS, ORG_WORDS, TITLE_ABBREVIATIONS


class Coreference:
    """Mixin of SpeakerFinder: ``_pronoun``, ``_description``, ``_described_as`` and genders."""

    def _persons_before(self, char: int) -> list[tuple[int, Entity]]:
        found = []
        for entity in self.entities:
            if entity.kind != "person":
                continue
            for m in entity.mentions:
                if m.end <= char:
                    found.append((m.start, entity))
        found.sort(key=lambda x: x[0])
        return found

    def _pronoun(self, pron, gender: str) -> str | None:
        """The named person ``pron`` points back to, when the text supports one."""
        doc = self.doc
        sentences = list(doc.sents)
        current = next(i for i, s in enumerate(sentences) if s.start <= pron.i < s.end)
        for back in range(current, max(-1, current - 4), -1):
            sent = sentences[back]
            limit = pron.idx if back == current else sent.end_char
            mentions = [(c, e) for c, e in self._persons_before(limit) if c >= sent.start_char]
            fitting = [(c, e) for c, e in mentions if self._gender.get(e.name, gender) == gender]
            if not fitting:
                if mentions:
                    # A named person of the other gender sits between: look further back.
                    continue
                continue
            subjects = [(c, e) for c, e in fitting if self._is_subject_at(c)]
            return (subjects or fitting)[-1][1].name
        return None

    def _is_subject_at(self, char: int) -> bool:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None:
            return False
        tok = span[0]
        while tok.dep_ in ("compound", "flat") and tok.head is not tok:
            tok = tok.head
        return tok.dep_ in ("nsubj", "nsubjpass")

    def _recent_organisation(self, pron) -> str | None:
        best = None
        for entity in self.entities:
            if entity.kind != "organization":
                continue
            for m in entity.mentions:
                if m.end <= pron.idx and pron.idx - m.start < 600 and (best is None or m.start > best[0]):
                    best = (m.start, entity)
        return best[1].name if best else None

    def _description(self, noun) -> str | None:
        """The named person (or organisation) a definite description like "the official" points to."""
        head = noun.lemma_.lower()
        if head in ORG_WORDS:
            return self._recent_organisation(noun)
        # "The Florida senator": the names in the description must fit whoever it points to.
        marks = {c.lower_ for c in noun.children
                 if c.dep_ in ("amod", "compound") and c.text[:1].isupper() and c.i > noun.sent.start}
        # "The New York businessman says of Clinton": whoever the sentence names beside the
        # description is someone else, its topic.
        others = self._persons_named_beside(noun)
        described = self._described_as(head, noun.idx, marks)
        if described is not None:
            return described if described not in others else None
        doc = self.doc
        sentences = list(doc.sents)
        current = next(i for i, s in enumerate(sentences) if s.start <= noun.i < s.end)
        for back in range(current - 1, max(-1, current - 3), -1):
            sent = sentences[back]
            subject = self._main_subject(sent)
            if subject is not None and subject.lower_ == "it":
                # "It was unclear whether Sanders was ready": the person the clause is about
                subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i > subject.i
                                and (e := self._entity_of(t)) is not None and e.kind == "person"), subject)
            if subject is None:
                continue
            entity = self._entity_of(subject)
            if entity is not None and entity.kind == "person":
                return entity.name if entity.name not in others else None
            # The previous subject is someone unnamed ("a senior official"): it is them.
            if subject.pos_ in ("NOUN", "PRON"):
                return None
        return None

    def _persons_named_beside(self, noun) -> set[str]:
        """Names of the persons the sentence of ``noun`` mentions outside the noun phrase itself."""
        sent = noun.sent
        inside = {t.i for t in noun.subtree}
        names = set()
        for tok in sent:
            if tok.i in inside or self._quoted_at(tok):
                continue
            if tok.lower_ in GENDERED and tok.dep_ in ("pobj", "dobj") and tok.i > noun.i:
                # "says of her": the one she stands for is the topic
                name = self._pronoun(tok, GENDERED[tok.lower_])
                if name is not None:
                    names.add(name)
                continue
            if tok.pos_ != "PROPN":
                continue
            entity = self._by_char.get(tok.idx)
            if entity is not None and entity.kind == "person":
                names.add(entity.name)
        return names

    def _main_subject(self, sent):
        root = sent.root
        for verb in [root, *[c for c in root.children if c.dep_ == "conj"]]:
            for c in verb.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    return c
        return None

    def _near(self, i: int, words: set[str]) -> bool:
        """All of ``words`` occur within a few tokens before token ``i`` (or just after it)."""
        doc = self.doc
        around = {t.lower_ for t in doc[max(0, i - 6):min(len(doc), i + 3)]}
        return words <= around

    def _described_as(self, head: str, before: int, marks: frozenset[str] | set[str] = frozenset()) -> str | None:
        """The person the text itself calls ``head`` ("Spokeswoman Haley Morris", "Gov. Christie",
        "Morris, a spokeswoman"), most recent first."""
        best = None
        for tok in self.doc:
            if tok.idx >= before:
                break
            word = TITLE_ABBREVIATIONS.get(tok.lower_, tok.lemma_.lower())
            if word != head or not self._near(tok.i, marks):
                continue
            target = None
            if tok.dep_ in ("compound", "amod") or tok.head.dep_ == "compound":
                target = tok.head
            elif tok.dep_ == "appos" or (tok.dep_ in ("attr",) and tok.head.pos_ == "AUX"):
                target = tok.head if tok.dep_ == "appos" else next(
                    (c for c in tok.head.children if c.dep_ == "nsubj"), None)
            else:
                target = next((c for c in tok.children if c.dep_ == "appos"), None)
            entity = self._entity_of(target) if target is not None else None
            if entity is None and target is not None and target.dep_ == "compound":
                entity = self._entity_of(target.head)
            if entity is not None and entity.kind == "person":
                best = entity.name
        if best is not None:
            return best
        # The title a person of the article holds: the most mentioned holder, when one stands out.
        holders = []
        for entity in self.entities:
            if entity.kind != "person" or not any(head in t.lower().split() for t in entity.titles):
                continue
            spans = [self.doc.char_span(m.start, m.end, alignment_mode="expand") for m in entity.mentions
                     if m.start < before]
            if spans and any(sp is not None and self._near(sp.start, marks) for sp in spans):
                holders.append((len(spans), entity.name))
        holders.sort(reverse=True)
        if holders and (len(holders) == 1 or holders[0][0] > holders[1][0]):
            return holders[0][1]
        return None

    def _genders(self) -> dict[str, str]:
        """Gender of each person, where earlier pronouns or honorifics make it plain."""
        votes: dict[str, dict[str, int]] = {}
        persons = self._persons_before(len(text_of(self.doc)) + 1)
        for tok in self.doc:
            g = GENDERED.get(tok.lower_)
            if g is None and tok.lower_ in HONORIFICS:
                nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
                entity = self._by_char.get(nxt.idx) if nxt is not None else None
                if entity is not None:
                    votes.setdefault(entity.name, {"m": 0, "f": 0})[HONORIFICS[tok.lower_]] += 3
                continue
            if g is None:
                continue
            sent_start = tok.sent.start_char
            near = [(c, e) for c, e in persons if c < tok.idx and c >= sent_start - 200]
            if near:
                # Only count when one person is in reach, so the vote is not a guess.
                names = {e.name for _, e in near if _ >= sent_start}
                if len(names) == 1:
                    votes.setdefault(names.pop(), {"m": 0, "f": 0})[g] += 1
        return {name: ("m" if v["m"] > v["f"] else "f") for name, v in votes.items()
                if v["m"] != v["f"]}
