"""Who speaks a quotation: the reporting verb near it, its subject, and the entity that subject names.

Pronouns and definite descriptions ("he", "the official") are resolved only when the text supports
one named person; anonymous speakers ("a senior official") stay None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..types import Entity
from .quote_marks import quoted_stretches
from .sentences import text_of

REPORTING = frozenset("""
say tell add write ask state declare explain note tweet post insist argue warn continue recall
claim acknowledge announce reply respond answer remark shout yell testify conclude predict complain
admit suggest joke quip boast vow promise urge caution stress emphasize emphasise observe concede
lament wonder report confirm deny maintain assert contend counter retort reiterate agree disagree
describe read pledge threaten charge scoff muse exclaim plead demand recount repeat beam bark
chant sing email text blog tell whisper cry scream mutter sigh laugh smile joke chide scold
""".split())
PERSON_PRONOUNS = {"he": "m", "she": "f"}
GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m",
            "she": "f", "her": "f", "hers": "f", "herself": "f"}
HONORIFICS = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f"}
ORG_WORDS = frozenset("""
campaign company group ministry department agency party organization organisation committee
government military army police office administration council commission court board firm bank
union association movement network channel newspaper paper station team club authority authorities
service spokesman-office coalition alliance center centre institute foundation fund
""".split())
# Abbreviated titles, so "Gov. Christie" supports "the governor".
TITLE_ABBREVIATIONS = {"gov.": "governor", "sen.": "senator", "rep.": "representative",
                       "sec.": "secretary", "gen.": "general", "pres.": "president",
                       "lt.": "lieutenant", "col.": "colonel", "adm.": "admiral", "atty.": "attorney"}
SENTENCE_END = {".", "!", "?"}
# Verbs of saying that also mean something else; trusted only right after the quotation.
WEAK_REPORTING = frozenset("continue read describe repeat counter charge post report answer".split())
PHRASAL_REPORTING = {("go", "on"), ("shoot", "back"), ("fire", "back"), ("hit", "back"),
                     ("point", "out"), ("lash", "out"), ("cry", "out"), ("speak", "out")}
RELATIVE_PRONOUNS = {"who", "that", "which"}
DATELINE = re.compile(r"[A-Z][A-Z.’' -]+(?:, [A-Z][\w.]*\.?(?: \d+)?)*(?: \([^)\n]{1,20}\))? [—–-]{1,2} ")
CLOSING_MARKS = {"”", '"', "’"}
OPENING_MARKS = {"“", '"', "‘"}
ANONYMOUS_DETERMINERS = {"a", "an", "one", "another", "some", "several", "many", "two", "three"}
# Things that carry someone's words; their speaker is whoever made or sent them.
DOCUMENTS = frozenset("""
statement letter email e-mail tweet post memo ad advertisement commercial spot video release report
document filing message note op-ed essay
""".split())
# "X issued a statement" / "released an ad": a report when the object is a document.
ISSUING = frozenset("issue release send put publish post air run tweet provide give write".split())
# Nouns for something said; "Clinton's slogan is “...”", "Clinton's call to “...”": the possessor said it.
SPEECH_NOUNS = frozenset("""
slogan motto mantra refrain catchphrase call plea pledge promise vow claim message words remark
comment line quip retort reply response answer question warning demand assertion argument boast
rallying-cry cry chant battle-cry tagline theme description characterisation characterization
""".split())
# Of these, only the ones that name a form of words say it with a copula: "Clinton's slogan is “...”"
# gives her words, "Clinton's claim was “a lie”" someone's judgement of them.
NAMING_NOUNS = frozenset("slogan motto mantra refrain catchphrase tagline message line words theme".split())
POSSESSIVE_GENDER = {"his": "m", "her": "f"}


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    cue: str | None


class SpeakerFinder:
    """Answers "who said the quotation at these tokens" for one parsed article."""

    def __init__(self, doc, entities: tuple[Entity, ...]):
        self.doc = doc
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
        # Every quotation, short ones too: a word inside marks is never the one who speaks.
        self._quoted = [(a, b) for st in quoted_stretches(text_of(doc)) for a, b in st.parts]

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
        ancestors = self._ancestors(first, last, window)
        owned = self._possessor(ancestors) or self._possessor_before(leading)
        if owned is not None:
            owner, noun = owned
            return Attribution(self._resolve_possessor(owner), noun.text)
        candidates = []
        if self._hands_over(last):
            candidates += [t for t in trailing[:4] if self._is_cue(t)]
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
            if cue.lower_ == "according":
                subject, cue_text = self._according_subject(cue), "according to"
            else:
                subject = self._subject(cue, trailing)
                cue_text = self._cue_text(cue)
            if subject is None or (unnamed is not None and not self._is_cue(cue)):
                continue
            speaker = self._resolve(subject)
            if speaker is None and subject.lemma_.lower() in DOCUMENTS:
                # "The spot concludes with footage of Trump saying “...”": look for who speaks in it.
                unnamed = unnamed or Attribution(None, cue_text)
                continue
            return Attribution(speaker, cue_text)
        return unnamed or self._introduced_by(leading)

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
        if verb is None and self._runs_across_paragraph(leading[0]):
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

    def _runs_across_paragraph(self, tok) -> bool:
        """The parser's sentence of ``tok`` crosses a paragraph break."""
        sent = tok.sent
        return "\n" in text_of(self.doc)[sent.start_char:sent.end_char].strip()

    def last_report(self, start: int, end: int) -> tuple[int, Attribution] | None:
        """The last "X said" (with X in the text) between chars ``start`` and ``end``, and where.

        A report inside what another report says ("Carter said critics had been predicting ...")
        gives way to the outer one; "X issued a statement" counts as a report.
        """
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            return None
        reports = [t for t in span if self._is_cue(t, strong=True) or self._issues_document(t)]
        inner = {t.i for t in reports for a in t.ancestors if a in reports}
        for tok in reversed(reports):
            if tok.i in inner:
                continue
            self._quote = (tok.i, tok.i)
            subject = self._subject(tok, [])
            if subject is not None:
                return tok.idx, Attribution(self._resolve(subject), self._cue_text(tok))
        return None

    def paragraph_person(self, start: int, end: int) -> tuple[int, Attribution] | None:
        """The named person the last sentence between chars ``start`` and ``end`` is about (its
        subject), for a quotation standing alone in the next paragraph."""
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None or len(span) == 0:
            return None
        sent = span[-1].sent
        subject = self._main_subject(sent)
        if subject is None or subject.i < span.start:
            return None
        entity = self._entity_of(subject)
        if entity is None and subject.pos_ == "PROPN":
            entity = self._person_by_surname(subject)
        if entity is None or entity.kind != "person":
            return None
        return subject.idx, Attribution(entity.name, None)

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
        # the closing mark and the punctuation handed over to the attribution
        while i < len(doc) and (doc[i].text in CLOSING_MARKS or doc[i].text in ",!?."):
            if doc[i].text == "." and i + 1 < len(doc) and doc[i + 1].text not in CLOSING_MARKS:
                return []
            if doc[i].text == "." and doc[i - 1].text in CLOSING_MARKS:
                return []
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
        return out

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
            out.append(tok)
            i -= 1
        out.reverse()
        return [t for t in out if t.idx >= self._dateline_end(t)]

    def _dateline_end(self, tok) -> int:
        """Where the dateline ("WASHINGTON (AP) — ") of ``tok``'s paragraph ends, else its start."""
        text = text_of(self.doc)
        p_start = text.rfind("\n", 0, tok.idx) + 1
        match = DATELINE.match(text, p_start)
        return match.end() if match else p_start

    def _is_cue(self, tok, *, strong: bool = False) -> bool:
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        lemma = tok.lemma_.lower()
        # "shot back" is often parsed with an adverb, not a particle
        particles = {c.lower_ for c in tok.children
                     if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == tok.i + 1)}
        if (lemma, *particles) in PHRASAL_REPORTING:
            return True
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
        return (not self._in_quote(tok) and tok.idx >= self._dateline_end(tok)
                and "\n" not in text_of(self.doc)[min(tok.idx, self._quote_char()):max(tok.idx, self._quote_char())]
                )

    def _quoted_at(self, tok) -> bool:
        return any(a <= tok.idx < b for a, b in self._quoted)

    def _quote_char(self) -> int:
        return self.doc[self._quote[0]].idx

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
            subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ not in ("VERB", "AUX")
                        and self._usable(c) and not self._quoted_at(c)]
            if subjects:
                subject = min(subjects, key=lambda c: abs(c.i - tok.i))
                if tok.dep_ == "relcl" and subject.lower_ in RELATIVE_PRONOUNS:
                    return tok.head
                return subject
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
            for t in [*trailing[:at], *after]:
                if t.pos_ in ("PROPN", "PRON") or (t.pos_ == "NOUN" and t.dep_ != "npadvmod"):
                    return t
        # The parser hung the subject elsewhere (a clause of the paragraph before, the headline):
        # take the name or pronoun that opens this sentence ("Trump, in Kentucky, said").
        return self._sentence_opener(verb)

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
        start = max(self._dateline_end(verb), text_of(doc).rfind("\n", 0, verb.idx) + 1)
        i = verb.i - 1
        while i > 0 and doc[i - 1].idx >= start and doc[i - 1].text not in SENTENCE_END:
            i -= 1
        for t in doc[i:min(verb.i, i + 8)]:
            # A head outside the paragraph means the parse ran on from the paragraph before.
            hung_elsewhere = t.head.idx < start or "\n" in text_of(doc)[min(t.idx, t.head.idx):max(t.idx, t.head.idx)]
            if t.pos_ in ("PROPN", "PRON") and (t.dep_ not in ("pobj", "poss", "dobj") or hung_elsewhere):
                while t.dep_ in ("compound", "flat") and t.head.i < verb.i:
                    t = t.head
                return t
            if t.pos_ not in ("PUNCT", "SPACE", "DET", "ADJ", "PROPN") and t.dep_ != "compound":
                break
        return None

    # ---- from subject to entity ------------------------------------------------------------

    def _resolve(self, subject) -> str | None:
        entity = self._entity_of(subject)
        if entity is not None and entity.kind != "person" and subject.pos_ == "PROPN":
            # "Washington, star of “Scandal”": places and firms do not speak when a person of the
            # article has that surname.
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
        if subject.tag_ in ("NNS", "NNPS") or determiners & ANONYMOUS_DETERMINERS or not determiners:
            return None
        # "the majority of Americans", "the rest of them": a share of a group, not one person
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS", "PRP")
                                                           for g in c.children) for c in subject.children):
            return None
        if determiners & {"the", "this", "that"}:
            return self._description(subject)
        return None

    def _entity_of(self, tok) -> Entity | None:
        start, end = tok.idx, tok.idx + len(tok.text)
        for c in range(start, end):
            if c in self._by_char:
                return self._by_char[c]
        phrase = " ".join(t.text for t in self._name_tokens(tok)).lower()
        return self._by_name.get(phrase) or self._by_name.get(tok.lower_)

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
        found = [e for e in self.entities if e.kind == "person" and len(e.name.split()) > 1
                 and any(f.split()[-1].lower() == word for f in (e.name, *e.aliases) if f.split())]
        # One name inside all the others is one person written more or less fully.
        shortest = min(found, key=lambda e: len(e.name), default=None)
        if shortest is not None and all(shortest.name in e.name for e in found):
            return shortest
        return None

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
