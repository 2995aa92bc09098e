"""Names that are no actor: works (films, shows, albums, books, games) and awards (issue 8, "Trust").

The model reads the title of a film or a show as a person, a body or a place ("Quirky comedy
[Sideways]", "her role in [Vera Drake]", "won an [Oscar]"). Such a name is kept out of the record's
``entities`` (which hold people, organisations, places and groups) and listed under ``not_actors``
with the words that make it a work or an award (:func:`not_actor`). Only words in the article count,
never a list of titles:

- a work's noun right before the name, as its modifier or its apposition: "the film Whiplash",
  "Quirky comedy Sideways", "James Baldwin's unfinished book, Remember This House";
- a work's verbs: "X, directed by ...", "X, starring ...", "X stars Paul Giamatti" (the name as the
  subject of "star"), "starred in X", "the cast of X", "episodes of X";
- a work's noun right after the name when an owner's possessive stands before it ("BBC One's
  Breakfast With Frost programme"), or "episodes" ("classic EastEnders episodes");
- a performance of it: "a new production of X", "a staging of X", "a revival of X", "a remake of X",
  "an adaptation of X";
- an award: "X-winning", "X-nominated" ("an Oscar-nominated film", "Academy Award-winning"), or the
  name won with "a"/"an" ("won an Oscar", "picked up a Grammy": an actor is never won).

Letters right after a figure ("15:00 BST", "500 BC") are a unit, a time zone or an era
(``measures.after_figure``), a name after an amount whose last word is a currency's unit is that
currency ("13.6 billion U.S. Dlrs": ``measures.amount_unit``), and an abbreviation written in the plural or with "a"/"an" ("MEPs",
"a super PAC") is a common noun's (``acronyms.counted``): all go to ``not_actors`` the same way. A name the gazetteer knows, a
person's title, or a company's suffix wins over these cues.

A person's name that every mention shows to be a part someone plays is a character, not a person
(:func:`character`, a sign ``thing`` against the person: "playing Willy Wonka in a remake", "the role
of Don Giovanni"); a person is someone the story has do or say something, or gives a title or an age.
"""
from __future__ import annotations

from ...data import gazetteer, name_key
from ...data.packages import place_keys
from .context import WORK_NOUNS
from .acronyms import counted
from .measures import after_figure, amount_unit
from .joins import capword, suffix
from .names import POSSESSIVE_TOKENS, Group

# The model's labels for things that are named but no actor.
WORK_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
# Capitalised nouns of a landform named after a place: "the Niger Delta" is no mention of Niger. Hand
# list: GeoNames gives a feature's class as a code, not the English nouns news writes after a name.
LANDFORMS = frozenset("Delta River Valley Basin Peninsula Mountains Strait Canal Desert Plateau Bay Sea".split())
# Small words inside a longer name, which an acronym skips: "Bank of England (BoE)".
SMALL_WORDS = frozenset({"and", "&", "of", "for", "the"})
# Nouns after a name (with an owner's possessive before it) that make it a programme or a work:
# "BBC One's Breakfast With Frost programme", "Sega's House of the Dead game".
WORK_AFTER = frozenset("programme program show series film movie documentary album game sitcom".split())
# Nouns after a name that make it a series' whatever stands before it: "classic EastEnders episodes".
EPISODE_NOUNS = frozenset("episode episodes".split())
# Words after "X-" that make X an award: "Oscar-nominated", "Academy Award-winning".
AWARD_HYPHENED = frozenset("winning nominated winner winners nominee nominees".split())
# Verbs whose object with "a"/"an" is a prize: "won an Oscar".
WIN_VERBS = frozenset("win earn receive scoop collect land bag pick".split())
# Participles after a name that make it a work: "X starring Y", "X, directed by Y" (with the comma and "by").
WORK_PARTICIPLES = frozenset("directed starring produced co-starring".split())
# Nouns whose "<noun> of X" makes X a work: "the cast of X", "a new production of X", "a remake of X".
PERFORMED_OF = frozenset("cast episode episodes production productions staging revival remake adaptation".split())
# Nouns whose "<noun> of X" / "<noun> as X" makes X a part someone plays: "the role of Don Giovanni".
PART_NOUNS = frozenset("role roles part title-role".split())
# Nouns of acting; with none in its sentence, "playing X" is a game, not a part. Not every work's noun:
# "singles", "series", "show" and "stage" are sport's too ("plays Kevin Kim in the second round").
STAGE_WORDS = frozenset("role actor actress cast character film movie musical opera theatre theater remake "
                        "sequel drama pantomime".split())


def _genre_before(doc, start: int, end: int) -> bool:
    """ "the film Whiplash", "comedy Sideways", "the book, Remember This House" (the noun modifies the
    name, or the name stands in apposition to it): not "the film Smith made", where the name is the
    subject of its own verb."""
    span = range(start, end)
    if end < len(doc) and doc[end].pos_ == "VERB" and doc[end].lower_ not in ("stars", "starring"):
        return False                        # "the film Ruth Okafor made": her film
    if start >= 1 and doc[start - 1].is_lower and doc[start - 1].lower_ in WORK_NOUNS \
            and doc[start - 1].pos_ == "NOUN":
        noun = doc[start - 1]
        return noun.dep_ in ("compound", "nmod", "amod") and noun.head.i in span \
            or doc[end - 1].dep_ == "appos" and doc[end - 1].head.i == noun.i
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].is_lower \
            and doc[start - 2].lower_ in WORK_NOUNS and doc[start - 2].pos_ == "NOUN":
        return doc[end - 1].dep_ == "appos" and doc[end - 1].head.i == start - 2 \
            and (end >= len(doc) or doc[end].is_punct)
    return False


def _work_verbs(doc, start: int, end: int) -> bool:
    """ "X, directed by", "X starring", "X stars Y", "starred in X", "the cast of X", "episodes of X"."""
    k = end + 1 if end < len(doc) and doc[end].text == "," else end
    if k < len(doc) and doc[k].lower_ in WORK_PARTICIPLES and (
            doc[k].lower_.endswith("starring") or k > end and k + 1 < len(doc) and doc[k + 1].lower_ == "by"):
        return True                         # not "Cobriza produced the equivalent": the mine produced
    head = doc[end - 1]
    verbs = (head.head, *head.head.conjuncts) if head.dep_ == "nsubj" and head.head.i > head.i else ()
    if any(v.lemma_ == "star" and v.pos_ == "VERB" and any(c.dep_ == "dobj" for c in v.children) for v in verbs):
        return True                         # "X stars Paul Giamatti", "X tells the story of ... and stars Y"
    if start >= 2 and doc[start - 1].lower_ == "in" and doc[start - 2].lemma_ == "star" \
            and doc[start - 2].pos_ == "VERB":
        return True
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in PERFORMED_OF \
        and not (end < len(doc) and doc[end].text in POSSESSIVE_TOKENS)   # not "a remake of Roald Dahl's classic"


def _plays_part(doc, start: int, end: int) -> bool:
    """ "the role of X", "his role as X"; "playing X" / "plays X" (X the object of "play") in a sentence
    with a noun of acting (:data:`STAGE_WORDS`)."""
    if start >= 2 and doc[start - 1].lower_ in ("of", "as") and doc[start - 2].lower_ in PART_NOUNS:
        return True
    head = doc[end - 1]
    return head.dep_ == "dobj" and head.head.lemma_ == "play" and head.head.pos_ == "VERB" and head.head.i < start \
        and any(t.lemma_.lower() in STAGE_WORDS and t.pos_ == "NOUN" for t in doc[start].sent)


def character(doc, mentions) -> bool:
    """Whether every mention (``names.Mention``, spaCy token offsets into ``doc``) of a person's name is a
    part someone plays: "the role of X", "his role as X", "playing X in a remake", "signed on to play
    X, the father of the character Y" (not "plays Kevin Kim in the second round": no noun of acting
    in the sentence)."""
    return bool(mentions) and all(_plays_part(doc, m.start, m.end) for m in mentions)


def _work_after(doc, start: int, end: int) -> bool:
    """ "BBC One's Breakfast With Frost programme", "classic EastEnders episodes"."""
    if end >= len(doc) or not doc[end].is_lower or doc[end].pos_ != "NOUN":
        return False
    if doc[end].lower_ in EPISODE_NOUNS:
        return True
    return doc[end].lower_ in WORK_AFTER and start >= 1 and doc[start - 1].text in POSSESSIVE_TOKENS


def _award(doc, start: int, end: int) -> bool:
    """ "Oscar-nominated", "Academy Award-winning"; "won an Oscar"."""
    if end < len(doc) and doc[end].lower_ in AWARD_HYPHENED and doc[end - 1].text in ("-", "–"):
        return True                         # the model's span took the hyphen: "[Academy Award-]winning"
    if end + 1 < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_ \
            and doc[end + 1].lower_ in AWARD_HYPHENED:
        return True
    if start >= 1 and doc[start - 1].lower_ in ("a", "an") and doc[start - 1].is_lower:
        head = doc[end - 1]
        following_noun = end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and not doc[end].is_punct
        return not following_noun and head.dep_ == "dobj" and head.head.lemma_ in WIN_VERBS
    return False


CUES = (("a work", lambda doc, s, e: _genre_before(doc, s, e) or _work_verbs(doc, s, e) or _work_after(doc, s, e)),
        ("an award", _award), ("a unit, time zone, era or model", after_figure), ("a currency", amount_unit),
        ("an abbreviation of a common noun", counted))


def not_actor(doc, group: Group) -> str | None:
    """Why a group names a work or an award, not an actor ("a work: the film Whiplash"), or None.

    A name the gazetteer knows, a person's title or a company's name is an actor whatever one
    mention's words say."""
    if group.canonical or any(m.titled or m.company or m.competitor for m in group.mentions):
        return None
    for what, test in CUES:
        for m in group.mentions:
            if not m.shouting and test(doc, m.start, m.end):
                lo, hi = max(0, m.start - 3), min(len(doc), m.end + 3)
                words = " ".join(doc[lo:hi].text.split())
                return f"{what}: \"{words}\""
    return None


def longer_names(doc, *, headline_end: int = 0) -> list[tuple[int, int]]:
    """Token ranges of the names of things whose words can hold a place's name, which is then no
    mention of the place (the brief of issue 8, item 2: a place's name inside the name of something
    else is not that place):

    - a work, event, law, product or building the model reads, two words or more, the first and
      last capitalised and none between in lower case but small words ("Good Morning America",
      "Tour de France", "Washington Square Park"); not "the Iowa caucuses", whose lower-case noun
      makes it the state's; not one with a comma, an address ("Grace Road, Leicestershire": the
      ground and its county); not one whose every word is a place's or a small word (a quoted "Buffalo
      to Albany"); not in a Title-Case headline (before ``headline_end``) or in capitals, which the
      model reads badly;
    - a run of capitalised words that the acronym in brackets after it spells, its first letter the
      acronym's and every initial in order among the acronym's letters ("London Interbank Offered
      Rate (LIBOR)", which the model may not read at all)."""
    found = []
    for ent in doc.ents:
        words = [t for t in doc[ent.start:ent.end] if not t.is_punct]
        while words and words[0].lower_ == "the":
            words = words[1:]
        if ent.label_ in WORK_LABELS | {"FAC"} and len(words) >= 2 and ent.start >= headline_end \
                and not any(t.text == "," for t in doc[ent.start:ent.end]) \
                and words[0].text[:1].isupper() and words[-1].text[:1].isupper() \
                and all(t.text[:1].isupper() or t.is_stop for t in words) \
                and not all(t.is_upper for t in words if t.is_alpha) \
                and any(not t.is_stop and gazetteer().lookup(t.text) is None and name_key(t.text) not in place_keys()
                        for t in words):
            found.append((words[0].i, words[-1].i + 1))
    for p in range(1, len(doc) - 2):
        acronym = doc[p + 1].text
        if doc[p].text != "(" or doc[p + 2].text != ")" or not (acronym.isupper() and acronym.isalpha()) \
                or len(acronym) < 3:
            continue
        k = p
        while k >= 1 and "\n" not in doc[k - 1].whitespace_ and (capword(doc[k - 1]) or doc[k - 1].lower_ in SMALL_WORDS):
            k -= 1
        for start in range(k, p - 1):
            initials = [t.text[0].upper() for t in doc[start:p] if t.lower_ not in SMALL_WORDS]
            if capword(doc[start]) and len(initials) >= 2 and initials[0] == acronym[0] and _in_order(initials, acronym):
                found.append((start, p))
                break
    return found


def opens_longer_name(doc, start: int, end: int) -> bool:
    """Whether a place's name at ``start:end`` is a word of a longer name the model did not read
    whole: a company's, before its legal form ("Royal Bank of Scotland Plc", "Banque Internationale a
    Luxembourg SA"); a landform's, before its capitalised noun (:data:`LANDFORMS`: "the oil-rich Niger
    Delta"); or a title's, after a capitalised "The" where no sentence starts and before another
    capitalised word ("told The Hollywood Reporter")."""
    after = doc[end] if end < len(doc) else None
    if after is None or "\n" in doc[end - 1].whitespace_ or not doc[end - 1].whitespace_:
        return False
    if suffix(after) and not (end + 1 < len(doc) and doc[end + 1].text in ("-", "–")) or after.text in LANDFORMS:
        return True                         # not "Illinois Co-op's"
    the = doc[start - 1] if start >= 1 else None
    return the is not None and the.text == "The" and not the.is_sent_start and start >= 2 \
        and doc[start - 2].is_alpha and "\n" not in doc[start - 2].whitespace_ \
        and after.is_alpha and after.text[:1].isupper() and not after.is_stop and gazetteer().lookup(after.text) is None


def _in_order(letters: list[str], word: str) -> bool:
    """Whether ``letters`` come in order among the letters of ``word``."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


def model_works(doc) -> frozenset:
    """Keys of the names the model reads as a work, product, event or law somewhere in the article
    ("The Aviator"): a sign against an actor of that name (``evidence``: ``against:work``), not proof."""
    return frozenset(name_key(ent.text) for ent in doc.ents if ent.label_ in WORK_LABELS)
