"""From the words that name a speaker to an entity of the article: names, surnames, documents."""
from __future__ import annotations

import re

from ...data import name_key
from ...types import Entity
from ..entities.evidence import verb_form
from ..entities.merge import same_word_spelled_apart
from .descriptions import age_described
from .vocabulary import (ANONYMOUS_DETERMINERS, DOCUMENTS, ISSUING, ORG_WORDS, PERSON_NOUNS, PERSON_PRONOUNS, POST_NOMINALS,
                         TITLE_ENDINGS)

# Nouns of kin: a person named as someone's ("his daughter Emma Harlow") is not the one the story is about.
KIN_NOUNS = frozenset("""daughter son wife husband father mother brother sister widow widower grandson
granddaughter nephew niece cousin uncle aunt grandfather grandmother stepson stepdaughter partner""".split())
# A line of a live blog between its items ("___"): the items name their people afresh.
SEPARATOR = re.compile(r"^[ \t]*(?:_{3,}|-{3,}|\*{3,})[ \t]*$", re.MULTILINE)


class Resolve:
    """Mixin of SpeakerFinder: ``_resolve(token) -> canonical name | None``."""

    def _resolve(self, subject) -> str | None:
        if (age := age_described(subject)) is not None:
            return self._aged(age, subject.idx)   # "the 21-year-old told": the one person aged 21
        if (named := self._named_after_phrase(subject)) is not None:
            return named.name
        entity = self._entity_of(subject)
        entity = self._person_after_body(subject, entity) or entity
        if (entity is not None or subject.pos_ == "PROPN") and any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in subject.children):
            # "said a U.S. Diplomat": someone the text does not name, whatever the recogniser made
            # of the words; a name in apposition still names them ("a Senhor columnist, Jo Roe")
            named = (self._entity_of(c) for c in subject.children if c.dep_ == "appos")
            return next((e.name for e in named if e is not None and e.kind == "person"), None)
        if self._one_of_a_group(subject, entity):
            # "said the American", "said the Spaniard": one member, never the whole people; the
            # person the article calls that, else None
            return self._description(subject)
        if entity is not None and entity.kind == "group" and subject.tag_ != "NNPS" \
                and subject.lower_ != entity.name.lower() and not any(c.dep_ == "det" for c in subject.children):
            # "American said in a statement": a people never speaks as one, and the singular of its
            # name is a firm's short name: the organisation the article names with it first
            # (American Airlines), else nobody
            firm = next((e for e in self.entities if e.kind == "organization"
                         and e.name.lower().startswith(subject.lower_ + " ")), None)
            return firm.name if firm is not None else None
        if subject.pos_ == "PROPN" and (entity is None or entity.kind == "person") \
                and subject.lemma_.lower() not in ORG_WORDS \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            # "the First Lady said", "the Prime Minister said": a title, never a name; its holder
            # only when the article gives someone that title
            return self._description(subject)
        if (entity is None or entity.kind != "person" or " " not in entity.name) and subject.text[:1].isupper() \
                and subject.pos_ in ("PROPN", "NOUN"):
            # "Washington, star of “Scandal”": places and firms do not speak when a person of the
            # article has that surname; a surname the tagger took for a noun ("Zelenskyy said") is
            # the person named in full earlier.
            entity = self._person_by_surname(subject) or entity
        if entity is not None:
            return entity.name
        for child in subject.children:
            if child.dep_ == "appos":
                entity = self._entity_of(child)
                if entity is not None:
                    return entity.name
        lower = subject.lower_
        if subject.pos_ == "PRON":
            if lower in PERSON_PRONOUNS:
                return self._pronoun(subject, PERSON_PRONOUNS[lower])
            if lower == "it":
                return self._recent_organisation(subject)
            return None
        if subject.pos_ == "PROPN":
            return self._proper_name(subject)
        if subject.lemma_.lower() in DOCUMENTS:
            return self._author_of(subject)
        determiners = {c.lower_ for c in subject.children if c.dep_ in ("det", "nummod")}
        if not determiners and subject.tag_ == "NN":
            # "said cricket director and head coach Ashley Giles": a title without an article
            # heads the name the parse hung on it
            titled = self._titled_person(subject)
            return titled.name if titled is not None else self._person_in_title(subject)
        if subject.tag_ in ("NNS", "NNPS") or determiners & ANONYMOUS_DETERMINERS or not determiners:
            return None
        # "the majority of Americans", "the rest of them": a share of a group, not one person
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS", "PRP")
                                                           for g in c.children) for c in subject.children):
            return None
        if determiners & {"the", "this", "that"}:
            return self._description(subject)
        return None

    def _named_after_phrase(self, subject) -> Entity | None:
        """The person named in apposition after a title's phrase: "the head of the ICRC in Syria,
        Marianne Gasser, said", "said one leader of the land reform movement, Joao Pedro". The parse
        hangs the name on the phrase's last noun, but a person's name does not stand for a body, a
        place or a thing, so it names the title. Not when a noun of the phrase is a person itself ("a
        spokesman for the minister, Jo Roe": Roe is the minister), nor for a subject that is no
        person's title ("the report of the inquiry, ..."). A capitalised title's own apposition names
        it too ("The Shadow Secretary of State for Health, Jane Morrow, said")."""
        if subject.tag_ not in ("NN", "NNP") or subject.lemma_.lower() not in TITLE_ENDINGS:
            return None
        if subject.pos_ == "PROPN":
            # "The Shadow Secretary of State for Health, Jane Morrow, said": the capitalised title's
            # own apposition gives it to her (the rules for "the Prime Minister said" need none)
            named = next((e for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                          and not self._quoted_at(c) and (e := self._entity_of(c)) is not None), None)
            if named is not None and named.kind == "person":
                return named
        tok = subject
        for _ in range(4):
            preps = [c for c in tok.rights if c.dep_ == "prep"]
            objects = [g for g in preps[-1].children if g.dep_ == "pobj"] if preps else []
            if not objects:
                return None
            tok = objects[0]
            entity = self._entity_of(tok)
            if tok.pos_ == "PRON" or tok.lemma_.lower() in TITLE_ENDINGS \
                    or (entity is not None and entity.kind == "person"):
                return None
            for child in tok.rights:
                if child.dep_ == "appos" and child.pos_ == "PROPN" and not self._quoted_at(child):
                    named = self._entity_of(child)
                    return named if named is not None and named.kind == "person" else None
        return None

    @staticmethod
    def _one_of_a_group(subject, entity: Entity | None) -> bool:
        """``subject`` is "the" and the singular of a group's name ("the American" of "Americans"),
        a group the recogniser named with its article ("The Spaniard"), or a group named by a noun
        for one person ("the Frenchman") or with an age ("the 66-year-old Scot"): one person of it.
        So is a compound in "-man" / "-woman" that the recogniser typed as an organisation or a
        place and named by that word alone ("The 55-year-old Frenchman told", "the Dutchwoman
        said"): English forms such nouns for one person of a people (Quirk et al., "A Comprehensive
        Grammar of the English Language", App. I.40, demonyms "Frenchman", "Englishwoman"); a
        body's or a place's name with the word in it ("Isle of Man", "the Pullman Company") is
        another name."""
        if entity is None or subject.tag_ not in ("NNP", "NN") \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            return False
        name = entity.name.lower()
        if entity.kind in ("organization", "place"):
            return subject.lower_ == name and len(name) > 5 and name.endswith(("man", "woman")) \
                and subject.text[:1].isupper()
        if entity.kind != "group":
            return False
        if subject.lower_ == name and (name.endswith(("man", "woman")) or any(
                c.dep_ == "amod" and any(t.lower_ in ("year", "years") for t in c.subtree) for c in subject.children)):
            return True       # "the Frenchman", "the 66-year-old Scot": one person, not "the Taliban"
        return name.startswith("the ") or (subject.lower_ != name and not subject.lower_.endswith("s"))

    def _person_in_title(self, noun) -> str | None:
        """The one person of the article named in the phrase ``noun`` heads (a conjoined or
        apposed name: "director and head coach Ashley Giles"), else None."""
        if any(c.dep_ == "poss" for c in noun.children):
            return None       # "Hillary Clinton's right-hand woman", "Johnson's doctor": someone else
        names = set()
        for tok in noun.subtree:
            if tok.pos_ == "PROPN" and not self._quoted_at(tok) and tok.dep_ in ("conj", "appos", "compound", "flat"):
                entity = self._speaker_entity(tok)
                if entity is not None and entity.kind == "person":
                    names.add(entity.name)
            elif tok.pos_ in ("VERB", "AUX") or tok.lower_ in ("of", "for", "to", "with"):
                return None   # "director of the company Smith founded": someone else's name
        return names.pop() if len(names) == 1 else None

    def _titled_person(self, noun) -> Entity | None:
        """The person whose full name ends a title with no article right before its verb, when the
        parse hangs the name on the title's preposition ("Shadow spokesman for sport Hugh Robertson
        said", "Real Madrid director of sport Emilio Butragueno praised"); None unless the
        portfolio, a word that is no person, stands between the preposition and the name
        ("spokesman for Jane Roe said", "lawyer for victim Jane Roe said" are someone else's)."""
        doc = noun.doc
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.dep_ not in ("nsubj", "nsubjpass") \
                or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
            return None
        end = noun.right_edge.i
        last = doc[end]
        if noun.head.i != end + 1 or last.pos_ != "PROPN" or self._quoted_at(last):
            return None
        entity = self._entity_of(last)
        if entity is None or entity.kind != "person" or " " not in entity.name:
            return None
        first = end
        while first - 1 > noun.i and doc[first - 1].pos_ == "PROPN" and self._entity_of(doc[first - 1]) is entity:
            first -= 1
        between = doc[noun.i + 1:first]
        preps = [t for t in between if t.lower_ in ("of", "for")]
        if first == end or not preps or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in between):
            return None
        portfolio = doc[preps[-1].i + 1:first]
        if not any(t.pos_ in ("NOUN", "PROPN") for t in portfolio) \
                or portfolio[-1].lemma_.lower() in PERSON_NOUNS | {"family", "people"}:
            return None
        return entity

    def _entity_of(self, tok) -> Entity | None:
        start, end = tok.idx, tok.idx + len(tok.text)
        for c in range(start, end):
            if c in self._by_char:
                return self._by_char[c]
        if tok.text in POST_NOMINALS and tok.i > 0:
            # "Tory frontbencher Andrew Tyrie MP said": the parse heads the name with the letters
            entity = self._by_char.get(tok.doc[tok.i - 1].idx)
            if entity is not None and entity.kind == "person":
                return entity
        phrase = " ".join(t.text for t in self._name_tokens(tok)).lower()
        return self._by_name.get(phrase) or self._by_name.get(tok.lower_)

    def _person_after_body(self, subject, entity: Entity | None) -> Entity | None:
        """The person whose name follows the subject's organisation right up to the verb, else None:
        "The Executive Council of Australian Jewry Robert Goot said" (the parse makes the body the
        subject; the body's name and the person's were glued, :mod:`..entities.glued`)."""
        if entity is None or entity.kind != "organization" or subject.head.pos_ not in ("VERB", "AUX"):
            return None
        doc, i = subject.doc, subject.i
        while i < subject.head.i and self._by_char.get(doc[i].idx) is entity:
            i += 1
        person = self._by_char.get(doc[i].idx) if i < subject.head.i else None
        if person is None or person.kind != "person" or doc[i - 1].whitespace_ != " ":
            return None
        while i < subject.head.i and self._by_char.get(doc[i].idx) is person:
            i += 1
        return person if i == subject.head.i else None

    def _name_tokens(self, tok) -> list:
        tokens = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
        return sorted(tokens, key=lambda t: t.i)

    def _proper_name(self, tok) -> str | None:
        """The person a name the entity list missed stands for: a person of the article with that
        surname, else the name as written when it looks like a person's (two capitalised words or
        more, not labelled as a place or organisation); else None."""
        person = self._person_by_surname(tok)
        if person is not None:
            return person.name
        if tok.text in POST_NOMINALS and tok.i > 0 and tok.doc[tok.i - 1].pos_ == "PROPN":
            return self._proper_name(tok.doc[tok.i - 1])     # "Jane Roe QC"
        if tok.lower_ in TITLE_ENDINGS:
            # "The Shadow Secretary of State, Theresa Hale, said": a title is nobody's name; the
            # name beside it in apposition is
            named = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            return self._proper_name(named) if named is not None else None
        if tok.ent_type_ not in ("", "PERSON"):
            return self._full_name(tok)
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        words = [t for t in (ent if ent is not None else self._name_tokens(tok))
                 if t.is_alpha or t.text.endswith(".")]
        if len(words) >= 2 and all(t.is_title for t in words):
            return " ".join(t.text for t in words)
        return self._full_name(tok) if len(words) == 1 else None

    def _person_by_surname(self, tok) -> Entity | None:
        """The one person of the article whose name ends with ``tok``'s word ("Cole": Tom Cole)."""
        word = tok.text.removesuffix("’s").removesuffix("'s").lower()
        i = tok.i
        while i >= 2 and tok.doc[i - 1].text == "-" and not tok.doc[i - 1].whitespace_ \
                and not tok.doc[i - 2].whitespace_ and tok.doc[i - 2].is_alpha:
            # "Zitt-James said": the tokenizer splits a double-barrelled surname
            word = f"{tok.doc[i - 2].lower_}-{word}"
            i -= 2
        found = [e for e in self.entities if e.kind == "person" and len(e.name.split()) > 1
                 and not verb_form(e.name.split()[0].lower())     # "Reclaiming Mozart": a title
                 and any(f.split()[-1].lower() == word for f in (e.name, *e.aliases) if f.split())]
        if not found:   # "Zelenskyy said" after "Volodymyr Zelenskiy": one surname, two transliterations
            spelled = [e for e in self.entities if e.kind == "person" and len(e.name.split()) > 1
                       and any(same_word_spelled_apart(name_key(word), name_key(f.split()[-1]))
                               for f in (e.name, *e.aliases) if f.split())]
            found = spelled if len(spelled) == 1 else []
        # One name inside all the others is one person written more or less fully.
        shortest = min(found, key=lambda e: len(e.name), default=None)
        if shortest is not None and all(shortest.name in e.name for e in found):
            return shortest
        return self._surname_in_context(found, tok) if found else None

    def _surname_in_context(self, people: list[Entity], tok) -> Entity | None:
        """Which of several persons sharing a surname ("Hillary Clinton", "Bill Clinton") the bare
        surname ``tok`` stands for, when the text leaves no doubt, else None.

        The last person named in full before ``tok`` (outside quotation marks, in the same item of a
        live blog) is the one when that full name is in ``tok``'s paragraph or live-blog item and no
        other of them is, up to ``tok``; or when that person is also the first of them the article
        names (news style names the main one first, then writes the others in full each time). A
        relative's introduction ("his daughter Emma Harlow") makes no one the nearest: the bare surname
        after it may still be the subject's. A sentence naming two of them ("Hillary Clinton and her
        husband Bill Clinton") decides nothing.
        """
        text = self._text
        named = []   # (start, end, entity) of each full-name mention
        for entity in people:
            for m in entity.mentions:
                if len(text[m.start:m.end].split()) > 1 and not self._quoted_char(m.start):
                    named.append((m.start, m.end, entity))
        named.sort(key=lambda x: x[0])
        before = [n for n in named if n[1] <= tok.idx]
        if not before:
            return None
        start, _, last = before[-1]
        if SEPARATOR.search(text, start, tok.idx):
            return None
        sentences = (self.doc.char_span(start, start + 1, alignment_mode="expand")[0].sent, tok.sent)
        for sent in sentences:
            if any(e is not last and sent.start_char <= a < sent.end_char for a, _, e in named):
                return None
        paragraph = text.rfind("\n", 0, tok.idx) + 1
        item = max((m.end() for m in SEPARATOR.finditer(text, 0, tok.idx)), default=None)
        for since in (paragraph, item):
            # a relative's introduction ("his daughter Emma Harlow said") leaves the bare surname to
            # the one the story is about: it does not make the relative the nearest
            near = [e for a, _, e in before if since is not None and a >= since and not self._kin_named_at(a)]
            if near and all(e is last for e in near):
                return last
        return last if named[0][2] is last else None

    def _kin_named_at(self, char: int) -> bool:
        """Whether the full name at ``char`` is introduced as someone's relative: "his daughter Emma
        Harlow", "Harlow's wife, Jane Harlow" (a kin noun after "his", "her", "their" or a possessive)."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        i = span.start - 1
        if i >= 0 and self.doc[i].text == ",":
            i -= 1
        return i >= 1 and self.doc[i].lower_ in KIN_NOUNS \
            and self.doc[i - 1].lower_ in ("his", "her", "their", "'s", "’s")

    def _quoted_char(self, char: int) -> bool:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span is not None and len(span) > 0 and self._quoted_at(span[0])

    def _full_name(self, tok) -> str | None:
        """The fuller name the text gives elsewhere to a one-word name ("Shook": Shane Shook)."""
        word = tok.text.removesuffix("’s").removesuffix("'s")
        names = set()
        for other in tok.doc:
            if other.text != word or other.i == tok.i or other.pos_ != "PROPN":
                continue
            given = [t for t in other.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"]
            if given and given[-1].i == other.i - 1 and all(t.is_title and t.is_alpha for t in given) \
                    and other.ent_type_ in ("", "PERSON"):
                names.add(" ".join([*(t.text for t in given), other.text]))
        return names.pop() if len(names) == 1 else None

    def _author_of(self, noun) -> str | None:
        """Who made a document that speaks ("Clinton's ad", "a letter from the Legion", "a filing by
        Smith", "Sanders is releasing an ad that ...", "the statement" after "Cook issued a
        statement"), when the text names them."""
        for child in noun.children:
            if child.dep_ == "poss" and child.pos_ == "PROPN":
                return self._resolve(child)
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by"):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                # "a letter from his doctor": written by someone the text does not name
                return self._resolve(obj) if obj is not None and obj.pos_ == "PROPN" else None
            if child.dep_ == "acl":   # "a document filed by Smith"
                agent = next((c for c in child.children if c.dep_ == "agent"), None)
                obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                if obj is not None:
                    return self._resolve(obj) if obj.pos_ == "PROPN" else None
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            maker = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            if maker is not None and maker.pos_ in ("PROPN", "PRON"):
                return self._resolve(maker)
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
            return None
        # "the statement": the one the article says put it out
        lemma = noun.lemma_.lower()
        for tok in reversed(self.doc[max(0, noun.i - 400):noun.i]):
            if tok.dep_ == "dobj" and tok.lemma_.lower() == lemma and tok.head.pos_ == "VERB" \
                    and tok.head.lemma_.lower() in ISSUING:
                maker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                if maker is not None and maker.pos_ in ("PROPN", "PRON"):
                    return self._resolve(maker)
                return None
        return self._description(noun)

