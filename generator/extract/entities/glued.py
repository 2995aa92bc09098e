"""A person's name the model read together with the words before it: a role, or a body's name.

News copy puts a person's role and the body they speak for right before the name, without a comma
("Zentrix spokesperson Kenji Abernathy-Sato said", "Striker Mateus D'Alessandro scored", "The
Executive Council of Australian Jewry Robert Goot said"), and the model often takes the lot for one
name. :func:`pieces` cuts such a span where the person's name starts:

- after a role noun written in lower case inside the span ("Zentrix spokesperson [Kenji
  Abernathy-Sato]"): a name holds no common noun, so the name starts after it (the role stays the
  person's title: :mod:`.titles` reads it before the name);
- after a capitalised role noun that opens the span at a sentence's start ("Striker [Mateus
  D'Alessandro]"): the sentence's capital, not a name's; a word that is also a kin or everyday word
  ("Son", "Star") is left alone, and in a span read as no person the rest must look like a person's
  name (a given name, or its last word named alone elsewhere in the article);
- after a body's name that holds an organisation's word ("Council", "Union", "Chamber") and runs
  on into a given name and one or two capitalised words that end the span ("[Executive Council of
  Australian Jewry] [Robert Goot]"): two names, an organisation and a person, when the person acts
  (a verb follows) or is named alone elsewhere; never after a connecting word ("Church of Jesus
  Christ" is one name).

:func:`without_descriptor` takes off the one word that describes a person before the name ("Fullback
Andre Joubert", "Mexican Ariel Cruz"). A body's name the model read with the noun of its role that opens
the sentence ("Organiser [Mean Fiddler] said", :data:`BODY_ROLES`) is cut after that noun the same way.

Hand-written: these are English news conventions read on spaCy's tokens; the role nouns are the
project's lists (:data:`.plain_words.ROLE_NOUNS`, :data:`.clubs.POSITION_BEFORE`), the given names
the gazetteer's and the US census's (``data.packages``).
"""
from __future__ import annotations


from ...data import gazetteer, name_key
from ...data.packages import census_given_names, given_names, place_keys
from .clubs import POSITION_BEFORE, POSITION_WORDS
from .plain_words import ROLE_NOUNS, word_before_name
from .particles import hyphened
from .titles import TITLE_HEADS

# Role nouns that also name kin, anyone at all, or a thing: capitalised, they may open a name
# ("Son Heung-min", "Star Wars", "Lock Haven", "Prop Joe").
_NOT_ROLES_CAPITALISED = frozenset("""
father mother son daughter wife husband man woman boy girl friend star host source rival victim witness
agent owner founder member members head chief supporter voter resident worker employee opponent
challenger incumbent hooker lock prop centre wing opener catcher keeper chair justice counsel speaker
""".split())
_CONNECTORS = frozenset("of for the and & de du la le von van".split())
# Nouns that name a body by what it does for an event or a trade, which no body's name opens: a
# sentence's "Organiser Mean Fiddler said", "Promoter Live Nation". Hand list: no package says which
# role nouns never open a name ("General Motors", "Network Rail", "Lender Processing Services" do).
BODY_ROLES = frozenset("organiser organisers organizer organizers promoter promoters sponsor sponsors "
                       "retailer carmaker automaker broadcaster insurer".split())


def _role_words() -> frozenset:
    return ROLE_NOUNS | POSITION_BEFORE | POSITION_WORDS


def _name_run(doc, start: int, end: int) -> bool:
    """Whether ``start..end`` is only a person's name: capitalised words, and hyphens or apostrophes
    inside a word ("Abernathy-Sato", "D'Alessandro")."""
    if start >= end:
        return False
    for i in range(start, end):
        t = doc[i]
        if t.text in ("-", "'", "’"):
            if i == start or i == end - 1 or t.whitespace_ or doc[i - 1].whitespace_:
                return False
        elif not (t.is_alpha or t.text.replace("'", "").replace("’", "").isalpha()) or not t.text[:1].isupper() \
                or t.is_upper and len(t.text) > 1:
            return False
    return not any(t.lower_ in gazetteer().org_words for t in doc[start:end])


def _alone_elsewhere(doc, word: str, start: int, end: int) -> bool:
    """Whether ``word`` stands as a token outside ``start..end``."""
    return any(t.text == word for t in doc[:start]) or any(t.text == word for t in doc[end:])


def _acts(doc, end: int) -> bool:
    return end < len(doc) and doc[end].pos_ in ("VERB", "AUX")


def _personal(doc, start: int, end: int, span_start: int, span_end: int) -> bool:
    """Whether ``start..end`` reads as a person's name: a given name first, or its last word named
    alone outside the span."""
    return doc[start].lower_ in given_names() or _alone_elsewhere(doc, doc[end - 1].text, span_start, span_end)


def _after_role(doc, start: int, end: int, kind: str) -> int | None:
    """Where the person's name starts after a lower-case role noun inside ``start..end``."""
    roles = _role_words()
    for i in range(end - 2, start - 1, -1):
        t = doc[i]
        if t.is_lower and t.lower_ in roles and _name_run(doc, i + 1, end):
            if kind == "person" or end - i - 1 >= 2 and _personal(doc, i + 1, end, start, end):
                return i + 1
            return None
    return None


def _after_capital_role(doc, start: int, end: int, kind: str) -> int | None:
    """Where the person's name starts after a capitalised role noun opening the span at a sentence's start."""
    first = doc[start]
    if end - start < 3 or not first.is_title or first.lower_ in _NOT_ROLES_CAPITALISED \
            or first.lower_ not in _role_words() or not (first.is_sent_start or start == 0 or doc[start - 1].is_space
                                                         or doc[start - 1].text in ('"', "“", "‘")):
        return None
    if not _name_run(doc, start + 1, end):
        return None
    if kind != "person" and not _personal(doc, start + 1, end, start, end):
        return None
    return start + 1


def _after_body_role(doc, start: int, end: int) -> int | None:
    """Where a body's name starts after a capitalised noun of its role (:data:`BODY_ROLES`) opening the
    span at a sentence's start: "Organiser [Mean Fiddler] said"."""
    first = doc[start]
    if end - start < 2 or not first.is_title or first.lower_ not in BODY_ROLES \
            or not (first.is_sent_start or start == 0 or doc[start - 1].is_space or doc[start - 1].text in ('"', "“", "‘")):
        return None
    return start + 1 if _name_run(doc, start + 1, end) or doc[end - 1].lower_ in gazetteer().org_words else None


def _after_body(doc, start: int, end: int) -> int | None:
    """Where a person's name starts after a body's name (see the module docstring)."""
    org_words = gazetteer().org_words
    for k in range(max(start + 2, end - 3), end - 1):
        if doc[k].lower_ in given_names() and doc[k].is_title and _name_run(doc, k, end) \
                and doc[k - 1].lower_ not in _CONNECTORS and doc[k - 1].lower_ not in given_names() \
                and doc[k - 1].is_alpha and any(t.lower_ in org_words for t in doc[start:k]) \
                and gazetteer().lookup(doc[start:end].text) is None \
                and (_acts(doc, end) or _alone_elsewhere(doc, doc[end - 1].text, start, end)):
            return k
    return None


def pieces(doc, spans, kind: str) -> list[tuple[int, int, str]]:
    """The model's name ``spans`` (token ``(start, end)`` pairs read as ``kind``) as ``(start, end,
    kind)``, each cut where a person's name starts after a role or a body (see the module docstring)."""
    out: list[tuple[int, int, str]] = []
    for start, end in spans:
        s = start
        while s < end and doc[s].lower_ in ("the", "a", "an"):
            s += 1
        body = _after_body(doc, s, end) if kind in ("person", "organization") else None
        if body is not None:
            out += [(start, body, "organization"), (body, end, "person")]
            continue
        own = _after_body_role(doc, s, end) if kind == "organization" else None
        if own is not None:
            out.append((own, end, kind))
            continue
        role = _after_role(doc, s, end, kind)
        if role is None:
            role = _after_capital_role(doc, s, end, kind)
        out.append((role, end, "person") if role is not None else (start, end, kind))
    return out


def without_descriptor(doc, start: int, end: int, common: frozenset) -> int:
    """Start of a person's name without a word that describes them: "Fullback Andre Joubert",
    "Mexican Ariel Cruz" (a word the article writes in lower case, one before a given name, or an
    everyday word before a name, ``plain_words.word_before_name``: "Celebrities Julianne Moore").
    An Arabic name's chain of given names stays whole ("Abdulla Khalid al-Attiya", "Salem Abdul-Aziz
    al-Sabah": a particle such as "al-" or "bin" in the name), unless the article writes the first
    word in lower case; so does a census given name before a given name that opens a double surname
    ("Kristin Scott Thomas", :func:`_given_name_only`). A place's name of two words at the start stays ("San Diego State"), and so
    does a saint's ("St Christopher School")."""
    given, first = gazetteer().given_names, doc[start]
    if end - start >= 3 and first.lower_ not in given and first.is_alpha and first.lower_ not in ("st", "saint") \
            and name_key(doc[start:start + 2].text) not in place_keys() \
            and (first.lower_ in common or word_before_name(doc, start, end)
                 or doc[start + 1].lower_ in given and not _arabic_chain(doc, start, end)
                 and not (doc[start + 2].text == "-" and not doc[start + 1].whitespace_)   # "Aurélie Martin-Roy"
                 and not _given_name_only(first)):
        return start + 1
    return start


def _given_name_only(token) -> bool:
    """Whether ``token`` is a given name of the US census list (``names``) and nothing else: no English
    word (lemminflect's lexicon), no place or people the gazetteer knows. Such a word before a given
    name opens a name with two surnames ("Kristin Scott Thomas", "Helena Bonham Carter"), not a
    description ("German Boris Becker", "Star Juan Mata": words)."""
    from lemminflect import getAllLemmas

    return token.lower_ in census_given_names() and not getAllLemmas(token.lower_) \
        and gazetteer().lookup(token.text) is None


_ARABIC_PARTICLES = frozenset("al el bin ibn bint abu ould".split())


def _arabic_chain(doc, start: int, end: int) -> bool:
    """Whether a name holds an Arabic particle ("al-Attiya", "bin Zayed", "ad-Darwish": nameparser's
    articles joined by a hyphen, :func:`.particles.hyphened`): its words are all names."""
    return any(t.lower_ in _ARABIC_PARTICLES or t.lower_.startswith(("al-", "el-")) or hyphened(doc, t.i)
               for t in doc[start:end])
