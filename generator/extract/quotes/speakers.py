"""Who speaks a quotation: the reporting verb near it, its subject, and the entity that subject names.

Pronouns and definite descriptions ("he", "the official") are resolved only when the text supports
one named person; anonymous speakers ("a senior official") stay None.
"""
from __future__ import annotations

from ...types import Entity
from ..sentences import text_of
from .coreference import Coreference
from .descriptions import Descriptions
from .framing import Framing
from .marks import SPEECH, quoted_stretches
from .organisations import Organisations
from .resolve import Resolve
from .subjects import Subjects
from .turns import Turns
from .vocabulary import (CLOSING_MARKS, DOCUMENTS, NAMING_VERBS, OPENING_MARKS, PERSON_PRONOUNS, RELATIVE_PRONOUNS,
                         SLOGAN_NOUNS, Attribution)
from .windows import Windows


class SpeakerFinder(Windows, Subjects, Resolve, Coreference, Organisations, Descriptions, Framing, Turns):
    """Answers "who said the quotation at these tokens" for one parsed article."""

    def __init__(self, doc, entities: tuple[Entity, ...], *, narrative=frozenset()):
        self.doc = doc
        self._text = text_of(doc)
        self.entities = entities
        self._by_char: dict[int, Entity] = {}
        for entity in entities:
            for mention in entity.mentions:
                for c in range(mention.start, mention.end):
                    self._by_char.setdefault(c, entity)
        self._by_name: dict[str, Entity] = {}
        for entity in entities:
            for form in (entity.name, *entity.aliases):
                self._by_name.setdefault(form.lower(), entity)
        self._gender = self._genders()
        self._turns: list[tuple[int, int, str]] = []    # quotations attributed so far (see Turns)
        # Every quotation, short ones too: a word inside marks is never the one who speaks.
        # (narrative that slipped between marks, stretches starting at ``narrative``, is the writer's)
        self._quoted = [(a, b) for st in quoted_stretches(text_of(doc)) if st.start not in narrative
                        for a, b in st.parts]

    # ---- cue and subject -------------------------------------------------------------------

    def attribution(self, first: int, last: int) -> Attribution | None:
        """Speaker and cue of the quotation whose words are tokens ``first..last`` (inclusive);
        None when nothing in its sentence governs it."""
        doc = self.doc
        lo, hi = first, last
        while lo > 0 and doc[lo - 1].text in OPENING_MARKS:
            lo -= 1
        while hi + 1 < len(doc) and doc[hi + 1].text in CLOSING_MARKS | {",", ".", "!", "?"}:
            hi += 1
        self._quote = (lo, hi)
        trailing = self._trailing_window(last)
        leading = self._leading_window(first)
        window = set(t.i for t in leading + trailing)
        # a quotation its own sentence attributes before it is not attributed after its last paragraph
        self._cue_before = any(self._is_cue(t) for t in leading)
        ancestors = self._ancestors(first, last, window)
        owned = self._possessor(ancestors) or self._possessor_before(leading)
        if owned is not None:
            owner, noun = owned
            if noun.lemma_.lower() in SLOGAN_NOUNS:
                return Attribution(None, noun.text)     # a campaign's slogan: words on a banner
            return Attribution(self._resolve_possessor(owner), noun.text)
        candidates = []
        # the verb before the quotation that names its words, with its own subject ("X called the
        # plan “...” — Y disagreed"), before any verb of saying after it or further up
        governing = next((t for t in ancestors if t.pos_ == "VERB"), None)
        if governing is not None and governing.i < first and governing.lemma_.lower() in NAMING_VERBS \
                and any(c.dep_ == "nsubj" for c in governing.children):
            candidates.append(governing)
        if self._hands_over(last):
            candidates += [t for t in trailing[:4] if self._is_cue(t)]
        # "Trump said ..., when a reporter asked whether he was worried about “...”": the words are
        # the asker's, in a clause of its own with its own subject
        nearest = next((t for t in ancestors if self._is_cue(t)), None)
        if nearest is not None and nearest.dep_ in ("advcl", "relcl") and any(
                c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in nearest.children):
            candidates.append(nearest)
        candidates += [t for t in reversed(ancestors) if self._is_cue(t, strong=True)]
        candidates += [t for t in reversed(leading) if self._is_cue(t, strong=True)]
        # A verb in a relative clause after the quotation reports something else ("areas where
        # they disagree").
        candidates += [t for t in trailing if self._is_cue(t) and t.dep_ != "relcl"]
        candidates += self._according_to(leading + trailing)
        # The main verb the quotation hangs from, when it is not a verb of saying ("called it “...”");
        # a copula only describes ("the slogan is “...”").
        candidates += [t for t in reversed(ancestors)
                       if t.pos_ == "VERB" and t.lemma_.lower() not in ("be", "have")]
        seen = set()
        unnamed = None   # a document that speaks for someone the text does not name
        for cue in candidates:
            if cue.i in seen:
                continue
            seen.add(cue.i)
            if any(c.dep_ == "neg" and not self._quoted_at(c) for c in cue.children):
                # "Cruz would not comment on an order “to protect ...”", "did not say “...”": a
                # verb of saying denied gives its subject no words, nor the speaker before
                return Attribution(None, self._cue_text(cue))
            if cue.i > hi and not self._usable(cue):
                continue    # after a quotation over several paragraphs that is attributed before
            if cue.lower_ == "according":
                subject, cue_text = self._according_subject(cue), "according to"
            else:
                subject = self._subject(cue, trailing)
                cue_text = self._cue_text(cue)
            if subject is None or (unnamed is not None and not self._is_cue(cue)):
                continue
            speaker = self._resolve(subject)
            if speaker is not None and subject.i < cue.i:
                speaker = self._person_heading(subject, cue, speaker)
            if speaker is None and subject.lemma_.lower() in DOCUMENTS:
                # "The spot concludes with footage of Trump saying “...”": look for who speaks in it.
                unnamed = unnamed or Attribution(None, cue_text)
                continue
            # a verb that does not say or name ("held up the sign “...”") vouches only for a
            # quotation long enough to be someone's words, not for a title or a scare quote
            named = cue.lower_ == "according" or any(
                self._is_cue(t, strong=True) or t.lemma_.lower() in NAMING_VERBS or self._issues_document(t)
                for t in (cue, *ancestors))
            return Attribution(speaker, cue_text, weak=not named,
                               written=self._as_written(subject) if speaker is not None else None)
        return unnamed or self._introduced_by(leading) or self.named_before_colon(leading)

    def _person_heading(self, subject, cue, speaker: str) -> str:
        """The person named last in the noun phrase from the subject to the verb, when the subject
        names an organisation: "Castleton Town manager Jo Still told BBC Radio Kent:" is Jo Still,
        whatever the parse made the subject (the club, with "manager" conjoined and "Still" an
        adverb). The words between hold no verb: "Acme, which Jo Roe founded, said" stays Acme."""
        entity = self._entity_of(subject)
        if entity is None or entity.kind != "organization" or entity.name != speaker:
            return speaker
        person = None
        for tok in self.doc[subject.i + 1:cue.i]:
            if tok.pos_ not in ("PROPN", "NOUN", "ADJ", "CCONJ", "PUNCT", "DET", "NUM", "PART", "ADV") \
                    or tok.text in ("(", ")", ",", ":", "—", "–") or self._in_quote(tok):
                return speaker
            found = self._entity_of(tok)
            if found is not None and found.kind == "person":
                person = found
        return person.name if person is not None else speaker

    def _as_written(self, subject) -> str | None:
        """The description ``subject`` heads, as the text writes it ("the Florida senator", "the
        mayor of Leeds"), when it is a common noun; None for a name or a pronoun."""
        if subject.pos_ != "NOUN" or any(t.pos_ == "PROPN" and (e := self._entity_of(t)) is not None
                                         and e.kind == "person" for t in subject.subtree):
            return None     # a name, or a title with the name in it ("head coach Ashley Giles")
        end = subject.i
        for child in subject.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                end = max(end, child.right_edge.i)
        words = self.doc[subject.left_edge.i:end + 1]
        return words.text.strip() or None

    def _introduced_by(self, leading) -> Attribution | None:
        """The named person whose clause introduces the quotation when the parse does not tie them
        ("When Trump finally wrapped up — “...”", or a sentence the parser ran on into the next
        paragraph: "Trump described ... a city of “...”"); None unless a name (not a place's) or
        he/she is written just before the verb."""
        if not leading:
            return None
        verb = None
        if leading[-1].text in (":", "—", "–", "--") and len(leading) > 1:
            # the quotation stands for what the clause just before the mark did
            verb = leading[-2]
            if verb.dep_ == "prt" and verb.head.i < verb.i:
                verb = verb.head
            if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
                verb = None
        if verb is None and self._parse_untrusted(leading[0]):
            # the parse is not to be trusted: read the verb of saying off the words
            verb = next((t for t in reversed(leading) if self._is_cue(t) and t.tag_ in ("VBD", "VBZ", "VBP", "VBN")),
                        None)
        if verb is None:
            return None
        i = verb.i - 1
        while i >= 0 and self.doc[i].pos_ == "ADV" and self.doc[i] in leading:
            i -= 1
        subject = self.doc[i] if i >= 0 else None
        if subject is None or subject not in leading or not (
                subject.pos_ == "PROPN" or subject.lower_ in PERSON_PRONOUNS):
            return None
        entity = self._entity_of(subject) if subject.pos_ == "PROPN" else None
        if entity is not None and entity.kind == "place" and self._person_by_surname(subject) is None:
            return None
        speaker = self._resolve(subject)
        return Attribution(speaker, self._cue_text(verb)) if speaker is not None else None

    def last_report(self, start: int, end: int) -> tuple[int, Attribution] | None:
        """The last "X said" (with X in the text) between chars ``start`` and ``end``, and where.

        A report inside what another report says ("Carter said critics had been predicting ...")
        gives way to the outer one; "X issued a statement" counts as a report.
        """
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            return None
        # a verb of saying inside a noun or prepositional phrase ("went as far as Y in chiding Z")
        # reports nothing itself
        reports = [t for t in span if (self._is_cue(t, strong=True) or self._issues_document(t))
                   and t.dep_ not in ("pcomp", "acl", "relcl", "amod")]
        inner = {t.i for t in reports for a in t.ancestors if a in reports}
        for tok in reversed(reports):
            if tok.i in inner:
                continue
            self._quote, self._cue_before = (tok.i, tok.i), False
            subject = self._subject(tok, [])
            if subject is not None:
                return tok.idx, Attribution(self._resolve(subject), self._cue_text(tok))
        return None

    def someone_else_between(self, start: int, end: int, speaker: str | None) -> bool:
        """A clause between chars ``start`` and ``end`` (outside quotation marks) has a person other
        than ``speaker`` for its subject: a named person, or someone unnamed ("a spokesman")."""
        span = self.doc.char_span(start, end, alignment_mode="contract")
        for tok in span if span is not None else ():
            if tok.dep_ not in ("nsubj", "nsubjpass") or self._quoted_at(tok) or tok.pos_ == "PRON":
                continue
            if tok.sent.start_char < start and self._is_cue(tok.head):
                continue    # the attribution of the quotation before (“...,” the nominee said.)
            if self._reported_by(tok, speaker):
                continue    # "Roe said Gill had been unique. “...”": Gill is what Roe said, not a turn
            entity = self._speaker_entity(tok)
            if entity is not None:
                if entity.kind == "person" and entity.name != speaker:
                    return True
            elif self._could_be_person(tok):
                return True
        return False

    def _reported_by(self, tok, speaker: str | None) -> bool:
        """``tok`` stands in a clause that ``speaker`` reports: a verb of saying before it, among its
        heads, has ``speaker`` for its subject ("Roe said Gill had been unique")."""
        if speaker is None:
            return False
        for head in tok.ancestors:
            if head.i > tok.i or not self._is_cue(head):
                continue
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.i > tok.i:
                continue
            entity = self._speaker_entity(subject) if subject.pos_ != "PRON" else None
            said = entity.name if entity is not None else (
                self._resolve(subject) if subject.lower_ in PERSON_PRONOUNS else None)
            if said == speaker:
                return True
        return False

    def names_in_third_person(self, stretch, speaker: str | None) -> bool:
        """The words of ``stretch`` have ``speaker`` for the subject of one of their verbs, by name
        ("Allen says Wales will ..."): people do not report themselves so (an organisation's
        statement, in its own voice, does: "we ... The DNC does not tolerate ...")."""
        span = self.doc.char_span(stretch.start, stretch.end, alignment_mode="expand")
        named = self._by_name.get(speaker.lower()) if speaker else None
        if speaker is None or span is None:
            return False
        if named is not None and named.kind != "person" and SPEECH.search(span.text):
            return False    # "On behalf of the DNC, we ... The DNC does not ...": a body's own voice
        for t in span:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN":
                continue
            entity = self._speaker_entity(t)
            # a speaker the entity list does not hold ("Clarkson told", a name as written) is
            # named by its last word
            if (entity.name == speaker if entity is not None else t.text == speaker.split()[-1]):
                return True
        return False

    def paragraph_person(self, start: int, end: int) -> tuple[int, Attribution] | None:
        """The named person the last sentence between chars ``start`` and ``end`` is about (its
        subject), for a quotation standing alone in the next paragraph."""
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None or len(span) == 0:
            return None
        sent = span[-1].sent
        subject = self._main_subject(sent)
        # the parse may run the sentence on into the quotation: a word in it never speaks
        if subject is None or subject.i < span.start or subject.idx >= end or self._quoted_at(subject):
            return None
        entity = self._entity_of(subject)
        if entity is None and subject.pos_ == "PROPN":
            entity = self._person_by_surname(subject)
        if entity is None or entity.kind != "person":
            return None
        return subject.idx, Attribution(entity.name, None)

