"""From a cue verb to the words that name who spoke: its subject, the possessor of a speech noun."""
from __future__ import annotations

from ..sentences import line_start, text_of
from .descriptions import age_described
from .vocabulary import (DOCUMENTS, HEARD_SAYING, ISSUING, NAMING_NOUNS, POSSESSIVE_GENDER, RELATIVE_PRONOUNS,
                         SENTENCE_END, SPEECH_NOUNS, OPENING_MARKS)


class Subjects:
    """Mixin of SpeakerFinder: the subject token of a cue (``_subject``) and owned words
    ("Clinton's slogan “...”")."""

    def _possessor(self, ancestors):
        """Who owns the words when the quotation is what someone's slogan, call or pledge says
        ("Clinton's slogan is “...”", "Clinton's call to “...”"): the possessor and the noun, else None.

        Only the nearest heads count, up to the first verb other than a copula: "Trump mocked
        Clinton's slogan “...”" reaches "slogan" first; "Trump said Clinton lied" never looks further.
        """
        for head in ancestors:
            noun = head
            if head.lemma_.lower() == "be" and head.pos_ in ("AUX", "VERB"):
                # a parse that ran on from the paragraph before can give the copula two subjects
                noun = next((c for c in head.children if c.dep_ == "nsubj" and self._usable(c)), None)
                if noun is None:
                    return None
            elif head.pos_ in ("VERB", "AUX"):
                return None
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in (SPEECH_NOUNS if noun is head else NAMING_NOUNS):
                owner = next((c for c in noun.children if c.dep_ == "poss" and self._usable(c)), None)
                if owner is not None:
                    return owner, noun
            if noun is not head:   # a copula whose subject is something else
                return None
        return None

    def _possessor_before(self, leading):
        """The same, read off the words when the parse hangs the quotation elsewhere: a speech noun
        with a possessor among the last few words before the quotation, no verb between
        ("said that Clinton's call earlier in the night to “...”")."""
        words = [t for t in leading if t.text not in OPENING_MARKS]
        # the quotation must follow a word that makes it the noun's content ("call to “...”"), not
        # what is said about it ("Ginsburg's comments “show bias”")
        if not words or words[-1].lower_ not in ("to", "of", "that", ":", ","):
            return None
        for tok in reversed(words[-8:]):
            if tok.pos_ in ("VERB", "AUX"):
                return None
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEECH_NOUNS:
                owner = next((c for c in tok.children if c.dep_ == "poss" and self._usable(c)), None)
                return (owner, tok) if owner is not None else None
        return None

    def _resolve_possessor(self, owner) -> str | None:
        gender = POSSESSIVE_GENDER.get(owner.lower_)
        if gender is not None:
            return self._pronoun(owner, gender)
        return self._resolve(owner)

    def _issues_document(self, tok) -> bool:
        return (tok.pos_ == "VERB" and tok.lemma_.lower() in ISSUING
                and any(c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENTS for c in tok.children))

    def _subject(self, verb, trailing):
        """The one who does ``verb``: its subject, or the subject of the clause it hangs from
        ("..., saying “...”")."""
        before = self.doc[verb.i - 1] if verb.i > 0 else None
        if (verb.tag_ == "VBG" and before is not None and before.pos_ == "PROPN" and before.dep_ == "pobj"
                and self._usable(before) and not any(c.dep_ == "nsubj" for c in verb.children)):
            # "footage of Clinton asking, “...”": the parse hangs the participle on the clause.
            return before
        tok = self._reporting_clause_over(verb) or verb
        for _ in range(8):
            if tok is not verb and verb.tag_ == "VBG" and tok.lemma_.lower() in HEARD_SAYING:
                quoted = [c for c in tok.children if c.dep_ == "dobj" and self._usable(c) and not self._quoted_at(c)]
                if quoted:
                    return quoted[0]    # "Arab News quoted Prince Saud as saying “...”": the one quoted speaks
            subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ not in ("VERB", "AUX")
                        and self._usable(c) and not self._quoted_at(c)]
            if subjects:
                # a parse that splits a name's phrase gives two subjects ("says study co-author
                # Boris Kingma": co, Kingma): the name or pronoun speaks, then the nearer word
                subject = min(subjects, key=lambda c: (c.pos_ not in ("PROPN", "PRON"), abs(c.i - tok.i)))
                if tok.dep_ == "relcl" and subject.lower_ in RELATIVE_PRONOUNS:
                    return tok.head
                return subject
            quoted = [c for c in tok.children if c.dep_ == "nsubjpass" and self._usable(c) and not self._quoted_at(c)]
            if quoted and tok is not verb and verb.tag_ == "VBG" and tok.lemma_.lower() in HEARD_SAYING:
                return quoted[0]    # "Eric Lewis was quoted as saying “...”": the one quoted speaks
            if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.children):
                break   # its subject is inside a quotation or in another paragraph
            if tok.dep_ in ("ccomp", "ROOT", "parataxis") or tok.head is tok:
                break
            # "footage of Clinton asking, “...”": the one the participle describes is the speaker.
            if tok.dep_ == "acl" and tok.head.pos_ in ("PROPN", "NOUN") and self._usable(tok.head):
                return tok.head
            # The parse hangs the cue from a word of the quotation: its subject is not the speaker's.
            if self._in_quote(tok.head) or self._quoted_at(tok.head):
                break
            tok = tok.head
        # "“...,” Ramos, 58, told AFP" / "“...,” said Smith": the parser misses these subjects.
        if verb in trailing:
            at = trailing.index(verb)
            after = trailing[at + 1:at + 5] if at < 4 else []
            # "added the 30-year-old": the parse makes the description by age an object
            aged = [t for t in trailing[at + 1:at + 8] if age_described(t) is not None] if at < 4 else []
            for t in [*trailing[:at], *(aged or after)]:
                if t in aged:
                    return t
                if t.pos_ in ("PROPN", "PRON") or (t.pos_ == "NOUN" and t.dep_ != "npadvmod"):
                    return self._person_ending(t) or t
        # The parser hung the subject elsewhere (a clause of the paragraph before, the headline):
        # the name just before the verb ("Responding for Labour, Nia Griffith, MP for Llanelli,
        # said"), or the name or pronoun that opens this sentence ("Trump, in Kentucky, said").
        return self._name_before(verb) or self._sentence_opener(verb)

    def _person_ending(self, tok):
        """The person's name that ends the run of name and title words ``tok`` opens ("Texas
        delegate Bill Eastland": Eastland, not the place), else None."""
        found = None
        for t in self.doc[tok.i:tok.i + 8]:
            if t.pos_ not in ("PROPN", "NOUN", "ADJ") or self._quoted_at(t):
                break
            if t.pos_ == "PROPN" and (entity := self._speaker_entity(t)) is not None and entity.kind == "person":
                found = t    # the last one: "Clinton aide John Podesta" is Podesta
        return found

    def _name_before(self, verb):
        """A person's name right before ``verb``, or before a short aside set off by commas ("Nia
        Griffith, MP for Llanelli, said", "Ramos, 58, said"); None otherwise."""
        doc = self.doc
        i = verb.i - 1
        if i > 0 and doc[i].text == ",":
            j = i - 1
            while j > verb.sent.start and doc[j].text != "," and i - j < 10 \
                    and doc[j].pos_ not in ("VERB", "AUX") and "\n" not in doc[j].text:
                j -= 1
            if doc[j].text != "," or j == i - 1:
                return None
            i = j - 1
        if i < 0:
            return None
        tok = doc[i]
        if tok.pos_ != "PROPN" or not self._usable(tok) or self._quoted_at(tok):
            return None
        entity = self._speaker_entity(tok)
        return tok if entity is not None and entity.kind == "person" else None

    def _reporting_clause_over(self, verb):
        """The verb of saying that a participle set off by a comma or dash belongs to, when the parse
        hung it on the clause that verb reports ("X says rival Y accepted money — asserting ..."):
        the participle goes with the main clause, not the embedded one."""
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.i == 0:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        before = self.doc[verb.i - 1]
        if before.text not in (",", "—", "–", "--"):
            return None
        clause = verb.head
        while clause.dep_ == "conj" and clause.head is not clause:
            clause = clause.head
        if clause.dep_ == "ccomp" and clause.head.i < clause.i and self._is_cue(clause.head, strong=True):
            return clause.head
        return None

    def _sentence_opener(self, verb):
        doc = self.doc
        start = max(self._dateline_end(verb), line_start(doc, verb.idx))
        i = verb.i - 1
        while i > 0 and doc[i - 1].idx >= start and doc[i - 1].text not in SENTENCE_END:
            i -= 1
        for t in doc[i:min(verb.i, i + 8)]:
            if self._quote[0] <= t.i <= self._quote[1]:
                break    # "“It had an impact on us,” added the 30-year-old": the quotation's own words
            # A head outside the paragraph means the parse ran on from the paragraph before.
            hung_elsewhere = t.head.idx < start or "\n" in text_of(doc)[min(t.idx, t.head.idx):max(t.idx, t.head.idx)]
            if t.pos_ in ("PROPN", "PRON") and (t.dep_ not in ("pobj", "poss", "dobj") or hung_elsewhere):
                while t.dep_ in ("compound", "flat") and t.head.i < verb.i:
                    t = t.head
                return t
            if t.pos_ not in ("PUNCT", "SPACE", "DET", "ADJ", "PROPN") and t.dep_ != "compound":
                break
        return None

