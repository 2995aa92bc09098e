"""Coreference for speakers: a pronoun or a definite description ("the official") to a named person.

A small rule-based resolver over the parse and the article's entities, written by hand because the
maintained coreference components for spaCy cannot run here: coreferee's English model is not a
registry package (``python -m coreferee install en`` downloads it) and is tied to the stock
en_core_web models; spacy-experimental's coref needs downloaded transformer weights.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ...types import Entity
from ..sentences import text_of
from .gender import given_name_gender
from .vocabulary import DOCUMENTS, GENDERED, HONORIFICS, ORG_WORDS, PERSON_NOUNS

# Sentences a pronoun looks back over for its antecedent; sentences wholly inside quotation marks
# and sentences whose subject is the same pronoun do not count, up to MAX_SENTENCES_BACK in all; a
# chain of sentences about the same "he" ("He said ... He added ... He also reiterated ...", a wire
# story of one speaker) counts only against CHAIN_SENTENCES_BACK.
SENTENCES_BACK = 3
MAX_SENTENCES_BACK = 12
CHAIN_SENTENCES_BACK = 30


class Coreference:
    """Mixin of SpeakerFinder: ``_pronoun`` and genders."""

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

    def _pronoun(self, pron, gender: str, *, own_sentence: bool = True) -> str | None:
        """The named person ``pron`` (he / she, of ``gender``) points back to, else None.

        Rules, so that a guess never reaches a page:
        - a name inside quotation marks is never an antecedent (it is the words of someone else);
        - in the pronoun's own sentence, the nearest subject before it that may be a person
          ("Adelson said that he ..."); an object pronoun ("says of her") skips its own sentence;
        - going back up to three sentences (not counting sentences inside the quotation or whose
          subject is the same pronoun; twelve at most), the first sentence whose subject (outside quotation
          marks) could be the person decides: a named person of the article of a fitting gender is
          the answer; a name the article does not know as a person, or someone unnamed ("a senior
          official"), ends the search with None; a subject that is a thing or a pronoun passes on.
        """
        doc = self.doc
        sentences = list(doc.sents)
        current = max(0, bisect_right([s.start for s in sentences], pron.i) - 1)
        own = self._clause_subject(pron, gender) if own_sentence else None
        if own is not None:
            return own or None
        budget, spent = SENTENCES_BACK, 0
        back = current - 1
        while back >= 0 and spent < MAX_SENTENCES_BACK and current - 1 - back < CHAIN_SENTENCES_BACK:
            sent = sentences[back]
            back -= 1
            if self._ends_search(sent):
                return None
            verdict = self._sentence_antecedent(sent, gender)
            if not verdict:
                # its subject decides nothing, or is no one named: the one person it quotes, if any
                verdict = self._reported_speaker(sent, gender) or verdict
            if verdict is not None:
                return verdict or None
            # a sentence of the quotation itself, or one that goes on about the same "he", passes
            # the search on without using it up ("Mr X ... He said ... “...” he argued")
            if self._goes_on(sent, gender):
                continue
            spent += 1
            if not self._all_quoted(sent):
                budget -= 1
                if budget == 0:
                    return None
        if back < 0:
            # the search ran back to the article's start with nothing against: the one person
            # named so far who fits ("As Ron Roe, from Leeds, prepares to ..., he says": the parse
            # gives the opening clause no subject)
            return self._only_candidate(pron.idx, gender)
        return None

    def _only_candidate(self, char: int, gender: str) -> str | None:
        """The one person of the article named before char ``char`` outside quotation marks whose
        gender is known to be ``gender``, when every other person named before it is known to be of
        the other gender; else None (a person of unknown gender may be the one)."""
        fitting, others = set(), set()
        for start, entity in self._persons_before(char):
            if self._quoted_char(start):
                continue
            known = self._gender.get(entity.name)
            (fitting if known == gender else others).add(entity.name)
        if len(fitting) != 1 or any(self._gender.get(name) in (None, gender) for name in others - fitting):
            return None
        return fitting.pop()

    def _all_quoted(self, sent) -> bool:
        """Every word of ``sent`` is inside quotation marks."""
        return all(self._quoted_at(t) for t in sent if not (t.is_punct or t.is_space))

    def _goes_on(self, sent, gender: str) -> bool:
        """``sent`` goes on about the same person: its main subject is a pronoun of ``gender`` ("He
        said ..."), or such a pronoun reports a quotation in it ("“...,” he said.")."""
        main = self._main_subject(sent)
        if main is not None and not self._quoted_at(main) and GENDERED.get(main.lower_) == gender:
            return True
        return any(t.dep_ == "nsubj" and GENDERED.get(t.lower_) == gender and not self._quoted_at(t)
                   and self._is_cue(t.head) for t in sent)

    def _fits(self, entity: Entity | None, gender: str | None) -> bool:
        """A person of the article whose known gender (if any) is ``gender`` (None: any)."""
        return (entity is not None and entity.kind == "person"
                and (gender is None or self._gender.get(entity.name, gender) == gender))

    def _clause_subject(self, pron, gender: str) -> str | None:
        """In the pronoun's own sentence: the subject of a clause the pronoun's clause hangs from, is
        coordinated with, or is introduced by ("When X arrived, he said"); its name when it is a
        person of the article of a fitting gender, "" when it is someone else or when a nearer
        subject names another person (ambiguous); None when the sentence has no such subject."""
        verb = pron.head
        allowed = {t.i for t in verb.ancestors}
        if verb.dep_ == "conj":
            allowed.add(verb.head.i)
        allowed |= {c.i for c in verb.children if c.dep_ == "advcl" and c.i < pron.i}
        sent = pron.sent
        nearest = None
        # The same pronoun as the subject of a clause above, earlier in the sentence ("He declared
        # that ... Trump would have a path, which he declared ..."): a person named between the two
        # may or may not be the one meant, so it is no answer.
        same = [t.i for t in sent[:pron.i - sent.start] if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PRON"
                and GENDERED.get(t.lower_) == gender and t.head.i in allowed and not self._quoted_at(t)]
        for tok in reversed(sent[:pron.i - sent.start]):
            if tok.dep_ not in ("nsubj", "nsubjpass") or self._quoted_at(tok) or tok.pos_ in ("VERB", "AUX"):
                continue
            if tok.pos_ == "PRON":
                continue     # the same person as the pronoun, or another: the subjects before decide
            if tok.head.tag_ == "VBG" and tok.head.dep_ == "advcl" and tok.i > tok.head.i == tok.sent.start:
                continue     # "Speaking on BBC Radio 4's Start the Week, he said": the participle has no subject
            entity = self._speaker_entity(tok)
            person = entity.name if entity is not None and entity.kind == "person" else None
            if tok.head.i not in allowed:
                # a subject inside a clause of its own ("in the event that Clinton faces ...")
                nearest = nearest or person
                continue
            if person is not None:
                if not self._fits(entity, gender):
                    if self._stops_here(entity):
                        return ""
                    continue
                if same and same[0] < tok.i:
                    return ""
                return person if nearest in (None, person) else ""
            if self._could_be_person(tok):
                return ""
        return None

    def _sentence_antecedent(self, sent, gender: str) -> str | None:
        """What one earlier sentence says about who he / she is: a name, "" (someone the text does
        not name: stop), or None (nothing here: look further back)."""
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and not self._quoted_at(t)
                    and t.pos_ not in ("VERB", "AUX")]
        main = self._main_subject(sent)
        if main is not None and self._quoted_at(main):
            main = None
        if main is not None and gender is not None and GENDERED.get(main.lower_) == gender:
            # "She appeared to imply that Trump ...": the sentence goes on about the same person,
            # whom a clause introducing it may name ("As Ron Roe prepares to ..., he says that ...")
            return self._clause_subject(main, gender) or None
        ordered = ([main] if main is not None else []) + [t for t in subjects if t is not main]
        # "Brecon and Radnorshire MP Chris Davies condemned ...": the parse makes the place the
        # subject and the person a conjunct of it
        ordered = [t for subject in ordered for t in (subject, *self._conjoined_names(subject))]
        for subject in ordered:
            if subject.lower_ in GENDERED or subject.pos_ == "PRON":
                continue
            entity = self._speaker_entity(subject)
            described = self._described_by_clause(subject)
            if described is not None and entity is not None and entity.kind == "person":
                # "The best account came from Luigi Bassi, for whom Mozart had written the role":
                # the person a relative clause names is said in passing about another person the
                # sentence names; which of the two "he" is stays open
                return ""
            if entity is not None:
                if entity.kind != "person":
                    continue
                if self._fits(entity, gender):
                    return entity.name
                if self._stops_here(entity):
                    return ""
                continue
            if self._group(subject):
                continue    # "the British PoWs were allowed out": a group is not he or she
            if (named := self._named_after_phrase(subject)) is not None:
                # "the head of the ICRC in Syria, Marianne Gasser, said ... she added"
                return named.name if self._fits(named, gender) else ""
            if self._could_be_person(subject):
                if subject.pos_ in ("NOUN", "PROPN") and any(d.lower_ in ("the", "this") for d in subject.children):
                    # "the Republican presidential candidate said no. ... he said", "The Treasury
                    # Secretary stressed ... He added": the one it describes
                    return self._description(subject) or ""
                return ""
            if subject.tag_ == "NN" and self._is_cue(subject.head, strong=True) \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one") for c in subject.children) \
                    and not any(t.pos_ == "PROPN" for t in subject.subtree) \
                    and subject.lemma_.lower() not in DOCUMENTS | ORG_WORDS:
                return ""   # "..., said a dealer at a small bank": someone unnamed spoke last
            owner = self._possessor_person(subject)
            if owner is not None:
                # "Dev Roe's first job took him to India. He told Newsbeat ...": the sentence is
                # about the one whose job it is
                return owner.name if self._fits(owner, gender) else ""
        source = self._according_person(sent)
        if source is not None:
            # "The results, according to Jeff Schlegel, were mixed. “...,” he said.": the source
            return source.name if self._fits(source, gender) else ""
        if any(self._acting_person(t) for t in sent):
            # "The speech was introduced by his son Nick, who praised his father": a person who
            # does something in a relative clause may be the one; the search stops here
            return ""
        return None

    def _described_by_clause(self, tok) -> Entity | None:
        """The person a relative clause that ``tok`` stands in describes ("Luigi Bassi, for whom
        Mozart had written the role": Luigi Bassi, for "Mozart"), else None."""
        clause = next((h for h in (tok.head, *tok.head.ancestors) if h.dep_ == "relcl"), None)
        if clause is None:
            return None
        entity = self._speaker_entity(clause.head)
        return entity if entity is not None and entity.kind == "person" else None

    def _possessor_person(self, subject):
        """The person a thing-subject belongs to ("Dev Roe's first job": Dev Roe), else None."""
        if subject.pos_ != "NOUN":
            return None
        for child in subject.children:
            if child.dep_ == "poss" and child.pos_ == "PROPN" and not self._quoted_at(child):
                entity = self._speaker_entity(child)
                if entity is not None and entity.kind == "person":
                    return entity
        return None

    def _group(self, subject) -> bool:
        """A subject that names a group, not one person: the plural of an acronym ("PoWs", "MPs"),
        or a name, alone, whose verb is plural ("the Americans were ...")."""
        if subject.pos_ not in ("PROPN", "NOUN") or self._entity_of(subject) is not None:
            return False
        if re.fullmatch(r"[A-Z][A-Za-z]*[A-Z]s", subject.text) or subject.tag_ == "NNS":
            return True
        if any(c.dep_ == "conj" for c in subject.children):
            return False     # "Jones and Williams were ...": two people
        verb = subject.head
        return any(t.tag_ == "VBP" or t.lower_ in ("are", "were") for t in (verb, *verb.children)
                   if t.i == verb.i or t.dep_ in ("aux", "auxpass"))

    def _according_person(self, sent) -> Entity | None:
        """The person of the article named after "according to" in ``sent`` (outside quotations)."""
        for tok in sent:
            if tok.lower_ == "according" and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to" \
                    and not self._quoted_at(tok):
                name = self._according_subject(tok)
                entity = self._speaker_entity(name) if name is not None and name.pos_ == "PROPN" else None
                if entity is not None and entity.kind == "person":
                    return entity
        return None

    def _conjoined_names(self, subject) -> list:
        """Names conjoined to a subject that is an organisation or a place, not a person."""
        entity = self._speaker_entity(subject)
        if entity is None or entity.kind == "person":
            return []
        return [c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN"]

    def _acting_person(self, tok) -> bool:
        """``tok`` is "who", subject of a relative clause outside quotation marks, of a verb that may
        be singular: someone acts ("who praised"; not "rivals X and Y, who are ...")."""
        if tok.lower_ != "who" or tok.dep_ != "nsubj" or tok.head.dep_ != "relcl" or self._quoted_at(tok):
            return False
        verb = tok.head
        return not any(t.tag_ == "VBP" or t.lower_ in ("are", "were") for t in (verb, *verb.children)
                       if t.i == verb.i or t.dep_ in ("aux", "auxpass"))

    def _speaker_entity(self, tok) -> Entity | None:
        """The entity a subject token names, a bare surname of a person of the article included."""
        entity = self._entity_of(tok)
        if (entity is None or entity.kind != "person" or " " not in entity.name) and tok.text[:1].isupper():
            entity = self._person_by_surname(tok) or entity
        if entity is None:
            # "His opponent, Hillary Clinton, won": the name in apposition
            entity = next((e for c in tok.children if c.dep_ == "appos" and (e := self._entity_of(c)) is not None),
                          None)
        return entity or self._titled_person(tok)

    def _could_be_person(self, tok) -> bool:
        """A subject that may be an unnamed or unknown person ("Adelson", "a senior official")."""
        if tok.pos_ == "PROPN" or (tok.text[:1].isupper() and tok.i > tok.sent.start and tok.pos_ == "NOUN"):
            # "Group B", "Plan A": a letter names a thing, the name it ends is an organisation's
            named = (self._entity_of(c) for c in tok.children if c.dep_ == "compound")
            if len(tok.text) == 1 or any(e is not None and e.kind != "person" for e in named):
                return False
            return tok.ent_type_ in ("", "PERSON")
        return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in PERSON_NOUNS

    def _ends_search(self, sent) -> bool:
        """A separator between the items of a live blog ("___", "9:05 p.m."): earlier sentences
        belong to another item."""
        words = [t for t in sent if not t.is_space]
        return bool(words) and all(t.is_punct or t.like_num or t.lower_ in ("a.m.", "p.m.", "am", "pm")
                                   for t in words)

    def _is_subject_at(self, char: int) -> bool:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None:
            return False
        tok = span[0]
        while tok.dep_ in ("compound", "flat") and tok.head is not tok:
            tok = tok.head
        return tok.dep_ in ("nsubj", "nsubjpass")

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
                # an object pronoun never stands for its own clause's subject
                name = self._pronoun(tok, GENDERED[tok.lower_], own_sentence=False)
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

    def _genders(self) -> dict[str, str]:
        """Gender of each person, where subject pronouns after them or honorifics make it plain, else
        where the given name does (``gender.given_name_gender``)."""
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
            if tok.dep_ not in ("nsubj", "nsubjpass") and tok.lower_ not in ("himself", "herself"):
                continue    # "Delaney criticized her plan": an object or possessive is often someone else
            sent_start = tok.sent.start_char
            near = [(c, e) for c, e in persons if c < tok.idx and c >= sent_start - 200]
            if near:
                # Only count when one person is in reach, so the vote is not a guess.
                names = {e.name for _, e in near if _ >= sent_start}
                if len(names) == 1:
                    votes.setdefault(names.pop(), {"m": 0, "f": 0})[g] += 1
        genders = {name: ("m" if v["m"] > v["f"] else "f") for name, v in votes.items() if v["m"] != v["f"]}
        self._by_prior = set()
        for entity in self.entities:
            # with nothing in the text, a given name of one gender ("Marco", "Hillary") says it
            if entity.kind == "person" and entity.name not in genders:
                prior = given_name_gender(entity.name)
                if prior is not None:
                    genders[entity.name] = prior
                    self._by_prior.add(entity.name)
        return genders

    def _stops_here(self, entity: Entity) -> bool:
        """A person who does not fit the pronoun's gender by the given-name prior alone: the search
        stops (None) rather than pass on to someone else, since the prior may be wrong."""
        return entity.name in self._by_prior

