"""Whether a summary sentence that opens with a personal pronoun reads alone ("She said ..."): its
referent must be in an earlier sentence of the summary, which is read without the article around it.
A sentence that opens with a word answering the one before it ("But the Liberal Democrats are ...",
"However, ...") reads alone only after that sentence.

Written by hand: the English model has no coreference component, and a summary needs only to know
whether a referent is present, not which one it is; the rule reads the recogniser's entities, the
parse's subjects and the pronoun's other forms. ``cand`` and ``before`` are the summary's candidate
sentences (``text``, ``start``, ``end``, ``index`` among the body's prose sentences).
"""
from __future__ import annotations

import re

# A sentence that opens with a personal pronoun as its subject ("She said ...", "But he added ...",
# '"We were disappointed ...').
_PRONOUN_SUBJECT = re.compile(r"^[\"'“‘(]?(?:(?:And|But|So|Yet|Now|Then)\s+)?(He|She|They|I|We)\b")
# A sentence that opens by answering the sentence before it: "But ...", "Yet ...", "However, ...",
# "Instead, ..." (not "And", which news uses to open a new point: "And the bank said ...").
_ANSWERING = re.compile(r"^[\"'“‘(]?(?:But|Yet|However,|Instead,|Still,|Nevertheless,|Even so,)\s")
# Verbs that attribute words to a speaker in the same sentence ('"I ...," she said').
_REPORTING = {"say", "tell", "add", "explain", "write", "insist", "claim", "admit", "warn", "state", "comment",
              "note", "argue", "reply", "ask", "remark", "declare", "conclude", "acknowledge", "recall"}
# A pronoun's forms: an earlier "her" or "his" already stands for the person a later "she" or "he" is.
_FORMS = {"He": {"he", "him", "his", "himself"}, "She": {"she", "her", "hers", "herself"},
          "They": {"they", "them", "their", "themselves"}}


def reads_alone(doc, cand, before) -> bool:
    """Whether a sentence that opens with a personal pronoun as its subject has its referent in the
    summary. "He"/"she"/"they": an earlier sentence of the summary names a person (for "they" also a
    body, a people or a plural), has a name as its subject ("Gatland won ...": the recogniser may
    call a person an organisation), or uses the same pronoun ("a caller who said he ..."); "I"/"we"
    (a quotation's speaker): a verb of saying in the sentence itself ('"We were disappointed," he
    said'), or the sentence just before it in the article is in the summary (a quotation's next
    sentence). A summary is read without the article around it, so a sentence whose pronoun points
    at a sentence left out says nothing a reader can place."""
    if _ANSWERING.match(cand.text) and not any(c.index == cand.index - 1 for c in before):
        return False
    m = _PRONOUN_SUBJECT.match(cand.text)
    if not m:
        return True
    word = m.group(1)
    if word in {"I", "We"}:
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        said = span is not None and any(
            t.lemma_.lower() in _REPORTING and t.pos_ == "VERB"
            and any(c.dep_ == "nsubj" and c.lower_ not in {"i", "we"} for c in t.children) for t in span)
        return said or any(c.index == cand.index - 1 for c in before)
    kinds = {"PERSON", "ORG", "NORP"} if word == "They" else {"PERSON"}
    for prev in before:
        span = doc.char_span(prev.start, prev.end, alignment_mode="expand")
        for tok in span if span is not None else ():
            if tok.ent_type_ in kinds or tok.lower_ in _FORMS[word] \
                    or (tok.dep_ == "nsubj" and (tok.pos_ == "PROPN" or tok.ent_type_ in {"PERSON", "ORG"})) \
                    or (word == "They" and tok.tag_ in {"NNS", "NNPS"}):
                return True
    return False
