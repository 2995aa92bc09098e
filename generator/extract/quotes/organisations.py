"""Organisations as speakers: "it said" and a chain of "it" reports back to the body that spoke."""
from __future__ import annotations

from bisect import bisect_right

from .vocabulary import ORG_WORDS

# Words for a firm by its trade: "The utility said ..." goes on about the organisation, it names no
# other body.
FIRM_WORDS = frozenset("""
utility airline carrier retailer lender insurer maker manufacturer producer supplier operator chain
brewer miner developer publisher broadcaster exporter importer broker
""".split())


class Organisations:
    """Mixin of SpeakerFinder: ``_recent_organisation(pron) -> name | None``."""

    def _recent_organisation(self, pron) -> str | None:
        """The organisation "it" stands for: the latest one within 600 characters before ``pron`` that
        is the subject of its clause outside quotation marks ("The SOMC ... said that ... As a result,
        it said"); an organisation named inside a quotation, or as a possessive or an object ("the
        Fed's actions", "chair of X Trust"), is what someone spoke of, not who speaks. None when a
        sentence between has another body for its subject ("The panel found ..."); with no such
        organisation near, the one a chain of "it" reports goes back to."""
        best = None
        for entity in self.entities:
            if entity.kind != "organization":
                continue
            for m in entity.mentions:
                if m.end <= pron.idx and pron.idx - m.start < 600 and (best is None or m.start > best[0]) \
                        and self._acting(m):
                    best = (m.start, entity)
        if best is None:
            return self._organisation_chain(pron)
        return best[1].name if not self._another_body_between(best[0], pron) else None

    def _another_body_between(self, start: int, pron) -> bool:
        """A sentence after the one at char ``start`` and before ``pron``'s has for its subject some
        other body or thing "it" may stand for ("The panel found ..."): "it" is no longer sure. A
        word for an organisation ("The company", "The utility") goes on about one."""
        for sent in self.doc.sents:
            if sent.end_char <= start or sent.start_char <= start or sent.start >= pron.sent.start:
                continue
            main = self._main_subject(sent)
            if main is not None and main.tag_ == "NN" and not self._quoted_at(main) and self._entity_of(main) is None \
                    and main.lemma_.lower() not in ORG_WORDS | FIRM_WORDS \
                    and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in main.children):
                return True
        return False

    def _organisation_chain(self, pron) -> str | None:
        """The organisation a chain of "it" reports carries on, sentence by sentence: "The OECD ...
        said ... It predicted ... “...,” it said"; each sentence back is one whose subject is "it"
        with a verb of saying, up to one where an organisation is the subject. Any other sentence
        ends the chain with None."""
        sentences = list(self.doc.sents)
        k = bisect_right([s.start for s in sentences], pron.i) - 1
        for sent in reversed(sentences[max(0, k - 4):k]):
            if not sent.text.strip() or self._all_quoted(sent):
                continue
            main = self._main_subject(sent)
            if main is None or self._quoted_at(main):
                return None
            if main.lower_ == "it" and self._is_cue(main.head):
                continue
            acting = [e for e in self.entities if e.kind == "organization" for m in e.mentions
                      if sent.start_char <= m.start < sent.end_char and self._acting(m)]
            return acting[0].name if len({e.name for e in acting}) == 1 else None
        return None

    def _acting(self, mention) -> bool:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span) or self._quoted_at(span.root):
            return False
        root = span.root
        # the subject, or the name a subject noun carries ("the Financial Times newspaper quoted")
        return root.dep_ in ("nsubj", "nsubjpass") or (
            root.dep_ in ("compound", "appos") and root.head.dep_ in ("nsubj", "nsubjpass"))
