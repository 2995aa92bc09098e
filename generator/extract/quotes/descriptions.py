"""Definite descriptions as speakers: "the prime minister said" is the person the article calls that.

A description resolves only to a person the article gives that role ("Prime Minister X", "X, the
prime minister,", "X, who chairs the committee" for "the chairwoman"), with every word of the
description in the role or beside the name ("the Florida senator": "Sen. X of Florida"). Without
such a holder the speaker is None: the person before it in the text is not evidence enough.
"""
from __future__ import annotations

import re

from .vocabulary import ORG_WORDS, PERSON_NOUNS, TITLE_ABBREVIATIONS


# Forms of one role: "the chairwoman" is held by "X, who chairs the committee" or "Chairman X";
# "the congresswoman" by "Rep. X" (a member of the House is its representative).
ROLE_FORMS = {"chairwoman": "chair", "chairman": "chair", "chairperson": "chair",
              "spokeswoman": "spokesperson", "spokesman": "spokesperson",
              "congresswoman": "representative", "congressman": "representative",
              "congressperson": "representative", "businesswoman": "businessman",
              "frontrunner": "front-runner"}
# Verbs that give their subject a role: "who chairs the committee" -> chair.
ROLE_VERBS = {"chair": "chair", "head": "head", "lead": "leader", "direct": "director", "govern": "governor",
              "manage": "manager", "coach": "coach", "found": "founder", "own": "owner",
              "command": "commander", "represent": "representative", "captain": "captain"}
ROLE_GENDER = {"chairwoman": "f", "chairman": "m", "spokeswoman": "f", "spokesman": "m",
               "congresswoman": "f", "congressman": "m", "businesswoman": "f", "businessman": "m"}
# Person nouns that are no office: "the nominee" may stand for the person just before it; an office
# ("the prime minister") only for the one the article gives it.
EPITHETS = frozenset("""
nominee candidate front-runner hopeful contender challenger incumbent billionaire businessman mogul
tycoon veteran star actor actress singer rapper comedian host
""".split())
# Bodies of a state or a movement: "the government" is no research council or company that acted
# last, only a body whose name says it is one.
PUBLIC_BODIES = frozenset("""
government ministry department agency council committee commission court police military army party
union administration authority authorities assembly parliament
""".split())
_MODIFIERS = ("amod", "compound", "nmod", "npadvmod", "poss")
# Words that make a title another office: a deputy mayor is not "the mayor", a vice president not
# "the president", a lieutenant governor not "the governor", a former minister not "the minister".
QUALIFIERS = frozenset("deputy vice assistant associate under sub lieutenant lt. former ex shadow junior".split())


def _qualifiers(words: list[str], at: int) -> set[str]:
    """The qualifying words right before ``words[at]`` ("Deputy" in "Deputy Mayor", "Vice-President")."""
    found = set()
    for word in reversed(words[:at]):
        if word in ("-", "\u2013"):
            continue
        if word.lower() not in QUALIFIERS:
            break
        found.add(word.lower())
    return found


def _title_words(title: str) -> list[str]:
    return [w for w in title.replace("-", " ").split() if w]


def role(word: str) -> str:
    """The role a title word names, one form for all ("Sen." -> senator, chairwoman -> chair)."""
    low = word.lower()
    low = TITLE_ABBREVIATIONS.get(low, low)
    return ROLE_FORMS.get(low, low)


def age_described(subject) -> int | None:
    """The age a description by age gives ("the 21-year-old told", "said the 46-year-old"), or None:
    the subject "old" with "year" and a number before it, and "the" opening it."""
    if subject.lower_ != "old" or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    year = next((c for c in subject.children if c.lower_ in ("year", "years")), None)
    number = next((c for c in year.children if c.like_num and c.text.isdigit()), None) if year is not None else None
    return int(number.text) if number is not None else None


class Descriptions:
    """Mixin of SpeakerFinder: ``_description(noun) -> name | None``."""

    def _aged(self, age: int, before: int) -> str | None:
        """The one person the article gives ``age`` before char ``before``: "Jose Reyes, 21,", "Reyes,
        aged 21", "21-year-old Jose Reyes"; None when nobody or more than one person is that age (an
        age is a description like a title: it resolves only to a person the article gives it)."""
        text = self.doc.text
        after = re.compile(rf"[,(]\s*(?:aged\s+)?{age}\b(?!\s*(?:%|per|pct|percent|-year|years|m\b|million|bn))")
        ahead = re.compile(rf"\b{age}-year-old\s+(?:[a-z]+\s+){{0,3}}$")
        holders = set()
        for entity in self.entities:
            if entity.kind != "person":
                continue
            for m in entity.mentions:
                if m.end <= before and (after.match(text, m.end) or ahead.search(text, max(0, m.start - 60), m.start)):
                    holders.add(entity.name)
        return holders.pop() if len(holders) == 1 else None

    def _description(self, noun) -> str | None:
        """The named person (or organisation) a definite description like "the official" points to,
        when the article gives exactly one person that role; else None."""
        head = noun.lemma_.lower()
        if head in ORG_WORDS:
            # "the government", "the ministry": a body of that kind, named so ("the Foreign
            # Ministry"); "the company" is whatever firm acts last
            found = self._recent_organisation(noun)
            if head in PUBLIC_BODIES and found is not None and \
                    not {head, noun.lower_} & {w.lower() for w in found.split()}:
                return None
            return found or self._organisation_called(noun)
        if head not in PERSON_NOUNS and (found := self._organisation_called(noun)) is not None:
            return found
        marks = set()
        for child in noun.children:
            if child.dep_ in _MODIFIERS and child.i < noun.i and child.is_alpha:
                marks.add((role(child.text), child.text[:1].isupper() and child.i > noun.sent.start))
            elif child.dep_ == "prep" and child.lower_ == "of":   # "the secretary of state"
                for obj in child.subtree:
                    if obj.is_alpha and obj.i != child.i and obj.lower_ != "the":
                        marks.add((obj.lower_, obj.text[:1].isupper()))
        # "The New York businessman says of Clinton": whoever the sentence names beside the
        # description is someone else, its topic.
        others = self._persons_named_beside(noun)
        word = role(noun.text if noun.tag_ == "NN" else head)
        described = self._described_as(word, noun.idx, marks, gender=ROLE_GENDER.get(noun.lower_))
        if described is None and word in EPITHETS and not self._held_by_anyone(word):
            described = self._previous_subject(noun, ROLE_GENDER.get(noun.lower_))
        return described if described is not None and described not in others else None

    def _organisation_called(self, noun) -> str | None:
        """The organisation whose name ends in the description's noun ("the trust" for the Woodland
        Trust), when it is the only one so named before it (outside quotation marks); for a word as
        common as "council" or "bank" (``ORG_WORDS``), only when it is the last organisation named
        before it."""
        if noun.tag_ != "NN" or any(c.dep_ in ("amod", "compound", "poss") for c in noun.children):
            return None     # "the local trust", "the parish council": some other one
        word = {noun.lower_, noun.lemma_.lower()}
        named, last = set(), None
        for entity in self.entities:
            if entity.kind != "organization":
                continue
            for m in entity.mentions:
                if m.end > noun.idx or self._quoted_char(m.start):
                    continue
                if len(entity.name.split()) > 1 and entity.name.lower().split()[-1] in word:
                    named.add(entity.name)
                if last is None or m.start > last[0]:
                    last = (m.start, entity.name)
        if len(named) != 1 or (noun.lemma_.lower() in ORG_WORDS and last[1] not in named):
            return None
        return named.pop()

    @staticmethod
    def _holds_title(title: str, head: str, marks=frozenset()) -> bool:
        """Whether ``title`` is the office ``head`` names, with no qualifier the description lacks:
        "Deputy Mayor" is no holder of "the mayor", but is of "the deputy mayor"."""
        words = _title_words(title)
        said = {w for w, _ in marks}
        return any(role(w) == head and not (_qualifiers(words, k) - said) for k, w in enumerate(words))

    def _qualified_before(self, start: int, head: str, marks) -> bool:
        """Whether the title written right before the name at token ``start`` is ``head`` with a
        qualifier the description lacks ("Vice-President [Octavio Rengifo]" for "the president")."""
        words = [t.text for t in self.doc[max(0, start - 5):start]]
        return not self._holds_title(" ".join(words), head, marks) and any(role(w) == head for w in _title_words(" ".join(words)))

    def _held_by_anyone(self, word: str) -> bool:
        """Some person of the article is given ``word`` as a title."""
        return any(word in {role(w) for t in e.titles for w in t.split()} for e in self.entities)

    def _previous_subject(self, noun, gender: str | None) -> str | None:
        """For an epithet ("the nominee", "the billionaire"), not an office: the person the
        sentence just before is about, when its subject names one; else None."""
        sentences = list(self.doc.sents)
        current = next(i for i, s in enumerate(sentences) if s.start <= noun.i < s.end)
        for back in range(current - 1, max(-1, current - 3), -1):
            if self._ends_search(sentences[back]):
                return None
            verdict = self._sentence_antecedent(sentences[back], gender)
            if verdict is not None:
                return verdict or None
        return None

    def _marks_near(self, i: int, marks) -> bool:
        """Every word of the description sits beside the role word at token ``i``: common words in
        the title itself ("Prime Minister"), names within a few words ("Sen. X of Florida")."""
        doc = self.doc
        close = {role(t.text) for t in doc[max(0, i - 3):min(len(doc), i + 4)]}
        # and the title's own portfolio: "Secretary of State for Culture, Media and Sport" is "the
        # culture secretary"
        close |= {role(t.text) for c in doc[i].children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                  for t in c.subtree if t.i - i <= 12}
        around = {t.lower_ for t in doc[max(0, i - 6):min(len(doc), i + 7)]}
        return all((word in around) if proper else (word in close) for word, proper in marks)

    def _described_as(self, head: str, before: int, marks=frozenset(), *, gender: str | None = None) -> str | None:
        """The one person the text calls ``head`` before char ``before`` ("Spokeswoman Haley Morris",
        "Gov. Christie", "Morris, a spokeswoman", "Quayle, who chairs the committee", or a title the
        entity carries), with every mark beside it; None when nobody or more than one person does."""
        holders = set()
        for tok in self.doc:
            if tok.idx >= before:
                break
            if tok.pos_ == "VERB" and tok.dep_ == "relcl" and ROLE_VERBS.get(tok.lemma_.lower()) == head:
                holder = tok.head.head if tok.head.dep_ == "appos" else tok.head
                entity = self._entity_of(holder)
                if entity is not None and entity.kind == "person" and self._marks_near(tok.i, marks):
                    holders.add(entity.name)
                continue
            if role(TITLE_ABBREVIATIONS.get(tok.lower_, tok.lemma_.lower())) != head or not self._marks_near(tok.i, marks):
                continue
            before_tok = [t.text for t in self.doc[max(0, tok.i - 3):tok.i]]
            if _qualifiers(before_tok, len(before_tok)) - {w for w, _ in marks}:
                continue                        # "Deputy Mayor X" is not "the mayor"
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
                holders.add(entity.name)
        # The titles the entity list gives a person ("Prime Minister" before the name).
        for entity in self.entities:
            if entity.kind != "person" or not any(self._holds_title(t, head, marks) for t in entity.titles):
                continue
            spans = [self.doc.char_span(m.start, m.end, alignment_mode="expand") for m in entity.mentions
                     if m.start < before]
            if any(sp is not None and self._marks_near(sp.start, marks)
                   and not self._qualified_before(sp.start, head, marks) for sp in spans):
                holders.add(entity.name)
        if gender is not None:
            # a gender known from the given name alone removes no holder (it may be wrong)
            holders = {h for h in holders if h in self._by_prior or self._gender.get(h, gender) == gender}
        return holders.pop() if len(holders) == 1 else None
