"""What the words around a name say about its kind, beyond its own words (issue 8, item 2).

- :func:`business_context`: the article treats the name as a company or body ("Halvard's shares",
  "shares of Halvard", "profits at Halvard", "chief executive of Halvard", "music publisher Halvard",
  "Halvard, the media group", "firms such as Halvard and Tovela"): evidence ``org-context`` for an
  organisation, a sign against a person;
- :func:`acts`: an organisation the text has act as one ("X said", "X today said", "X on Friday
  reported", "told the X", "according to X", "an X spokesman", "X chief executive Y", "X senior vice
  president", "the X newspaper", "the X news agency", "newspaper X"): evidence ``org-context``,
  never a sign of a company's kind (a person's surname misread as an organisation "said" too, so the
  caller leaves one-word names that are surnames or given names alone);
- :func:`title_tail`: a person's name that runs on into a title's head word ("Chief [Medical
  Information] Officer"): part of a job title, not a name;
- :func:`venue_only`: every mention stands where a place does ("at Turf Moor", "in the Oval Office"):
  a building or ground, not an actor;
- :func:`given_name_before`: a place right after a given name ("David Kingston"): part of a person's
  name;
- :func:`speaker_verb_before`: a place right after "says"/"said" ("says Leeds"): a speaker, not a place;
- :func:`not_a_person`: a name the words around make a thing: "the band X", "X, the charity",
  "the X award", "in X" (every mention);
- :func:`modifier_only`: every mention modifies a noun after it ("the Sandy Hook shootings"); with
  a longer name of the article that opens with it ("Sandy Hook Elementary School"), a place's or a
  body's name, not a person's;
- :func:`inside_longer_name`: a mention that is the end of a longer name the model cut: "Lord of the
  [Rings]", "Public and [Commercial Services] union".

Hand-written: the words are the few that English business and sports copy puts around a name, read
on spaCy's tokens; no package reads context this way. The dictionary words and surnames come from
packages (``data.packages``: WordNet lemmas shipped in the spaCy model, the US census surnames).
"""
from __future__ import annotations

from ...data import CORPORATE_SUFFIXES, gazetteer, name_key
from .companies import worked_at
from .names import PLACE_PREPOSITIONS, POSSESSIVE_TOKENS, WEEKDAYS, Mention, possessive_after
from .titles import TITLE_HEADS

# Nouns that make "X's <noun>" a company's or a body's: "Halvard's shares", "Halvard's chief executive".
BUSINESS_NOUNS = frozenset("""
share shares stock stocks profit profits revenue revenues sales earnings turnover results dividend
shareholders shareholder investors board subsidiary subsidiaries unit units division divisions
takeover merger acquisition bid stake customers subscribers employees staff workforce headquarters
chief executive chairman chairwoman ceo directors management accounts brand brands products
""".split())
# Nouns whose "<noun> of/at/in X" makes X a company: "shares of X", "profits at X", "a stake in X".
OF_NOUNS = frozenset("""
shares stock profits profit revenue revenues sales earnings stake subsidiary unit division owner owners
chairman chairwoman executive ceo president shareholders shareholder takeover acquisition
""".split())
# Lower-case nouns that describe a company right before its name: "music publisher X", "media giant X".
DESCRIPTORS = frozenset("""
company firm group giant maker publisher retailer carrier airline insurer broadcaster conglomerate
manufacturer producer supplier operator chain bank lender brokerage rival parent network carmaker
automaker drugmaker chipmaker developer studio label distributor
""".split())
# What follows "X, the|a|an ..." in an apposition that makes X a company.
APPOSITION_HEADS = DESCRIPTORS | frozenset("owner operator subsidiary unit".split())
# Lower-case words after a name that make it a (possessive-free) company's: "X shares fell", "X stores".
# A person has no stores: "John Lewis stores" is the retailer's.
AFTER_NOUNS = frozenset("shares stock shareholders stores shops branches outlets supermarkets showrooms".split())
# Lower-case plurals before a list that make its names businesses when an organisation's name is in
# it: "bigger than rivals Halvard Brown and Tovela UK" (not "his rivals Ann Lee and Tom Roe": people).
RIVAL_NOUNS = frozenset("rivals competitors peers".split())


# The narrow set for a name read as a person's: "Blair's chief of staff" is his, "Morris's shares" no one's.
SHARE_NOUNS = frozenset("share shares stock stocks profit profits revenue revenues earnings dividend "
                        "shareholders shareholder subsidiary subsidiaries".split())


def business_context(doc, m: Mention, *, shares_only: bool = False) -> bool:
    """Whether one mention stands where a company's name does (see the module docstring).
    ``shares_only``: only through its shares, profits or subsidiaries ("shares of X", "X's profits"),
    or a corporate suffix right after it ("X Inc said": a firm named after its founder)."""
    start, end = m.start, m.end
    after = doc[end:end + 3]
    if shares_only:
        return len(after) >= 2 and after[0].text in POSSESSIVE_TOKENS and after[1].lower_ in SHARE_NOUNS \
            or len(after) >= 1 and name_key(after[0].text) in CORPORATE_SUFFIXES and after[0].text[:1].isupper() \
            and len(after[0].text) >= 2 \
            or len(after) >= 1 and after[0].is_lower and after[0].lower_ in AFTER_NOUNS \
            or start >= 2 and doc[start - 1].lower_ in ("of", "in") and doc[start - 2].lower_ in SHARE_NOUNS \
            or _rival_beside_company(doc, start, end)
    if len(after) >= 2 and after[0].text in POSSESSIVE_TOKENS and (
            after[1].lower_ in BUSINESS_NOUNS and after[1].is_lower
            or len(after) > 2 and after[1].pos_ == "ADJ" and after[2].lower_ in BUSINESS_NOUNS and after[2].is_lower):
        return True                         # "Halvard's shares", "Halvard's underlying profit"
    if len(after) >= 1 and after[0].is_lower and after[0].lower_ in AFTER_NOUNS:
        return True                         # "Halvard shares fell"
    if start >= 2 and doc[start - 1].lower_ in ("of", "at", "in") and doc[start - 2].is_lower \
            and doc[start - 2].lower_ in OF_NOUNS:
        return True                         # "shares of Halvard", "profits at Halvard", "a stake in Halvard"
    if start >= 1 and doc[start - 1].is_lower and doc[start - 1].lower_ in DESCRIPTORS \
            and doc[start - 1].pos_ == "NOUN":
        return True                         # "music publisher Halvard", "media giant Halvard"
    if _listed_among_companies(doc, start):
        return True                         # "firms including Halvard, Tovela and Beeba Inc"
    if end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("the", "a", "an"):
        for k in range(end + 2, min(len(doc), end + 6)):
            token = doc[k]
            if token.is_punct:
                break
            if token.is_lower and token.lower_ in APPOSITION_HEADS and token.pos_ == "NOUN":
                return True                 # "Halvard, the German media group"
    return False


# Plural nouns of companies and bodies before "such as", "including", "like" and a list of their names.
COMPANY_PLURALS = frozenset("""companies firms banks carriers airlines insurers retailers brokerages brokers lenders
carmakers automakers drugmakers chipmakers publishers broadcasters conglomerates manufacturers suppliers
operators chains groups agencies charities newspapers""".split())


def _rival_beside_company(doc, start: int, end: int) -> bool:
    """Whether the name at ``start..end`` follows a rival's plural (:data:`RIVAL_NOUNS`) and "and" or a
    comma joins it to a name the model reads as an organisation: "rivals [Halvard Brown] and Tovela UK"."""
    if start < 1 or not (doc[start - 1].is_lower and doc[start - 1].lower_ in RIVAL_NOUNS) or end + 1 >= len(doc):
        return False
    return doc[end].lower_ in ("and", ",", "&") and doc[end + 1].ent_type_ == "ORG"


def _listed_among_companies(doc, start: int) -> bool:
    """Whether the name at ``start`` stands in a list after "<companies> such as|including|like"
    ("firms including Emery, Halvard and Tovela Corp"): only names, commas and "and"/"or" between."""
    k = start - 1
    while k >= 0 and start - k <= 15:
        token = doc[k]
        if token.lower_ in ("including", "like") or token.lower_ == "as" and k >= 1 and doc[k - 1].lower_ == "such":
            cue = k - 1 if token.lower_ != "as" else k - 2
            return cue >= 0 and doc[cue].is_lower and doc[cue].lower_ in COMPANY_PLURALS and doc[cue].pos_ == "NOUN"
        if not (token.text in (",", "&", "'s", "’s", ".") or token.lower_ in ("and", "or") or token.text[:1].isupper()):
            return False
        if "\n" in token.whitespace_:
            return False
        k -= 1
    return False


# Verbs (lemmas) of speech and announcement an actor is the subject of: "X said", "X has announced".
SPEECH_LEMMAS = frozenset("say tell add note announce report confirm deny decline state warn estimate forecast "
                          "predict disclose expect plan agree claim insist argue reveal unveil launch own".split())
# Lower-case nouns right after an organisation's name for its people or its kind of body: "an X
# spokesman", "X chief executive Y", "the X newspaper".
ACTOR_NOUNS = frozenset("""spokesman spokeswoman spokesperson chairman chairwoman co-founder founder chief boss
executive executives director directors president representative representatives official officials analyst
analysts economist economists strategist ceo newspaper newspapers paper website magazine channel network agency
broadcaster
""".split())
# ACTOR_NOUNS that name a thing after other words ("a Wimax wireless network"), a body only after "news".
_KINDS_OF_MEDIA = frozenset("newspaper newspapers paper website magazine channel network agency broadcaster".split())
# Lower-case nouns right before a body's name: "newspaper Die Zeit", "the website Mumsnet".
MEDIA_NOUNS = frozenset("newspaper paper website magazine broadcaster network agency daily tabloid".split())


def acts(doc, m: Mention) -> bool:
    """Whether one mention of an organisation stands where an actor does (see the module docstring):
    the subject of a speech verb right after it (past "also", "has", "will", ...; not a passive's: "the
    new X could be unveiled" is a product), the object of
    "told", after "according to", before a lower-case noun of its people or kind, after a medium's
    noun."""
    start, end = m.start, m.end
    k = end + _when(doc, end)
    while k < len(doc) and k < end + 2 and doc[k].pos_ in ("ADV", "AUX") and doc[k].is_lower:
        k += 1
    if k < len(doc) and doc[k].is_lower and doc[k].lemma_ in SPEECH_LEMMAS and doc[k].pos_ == "VERB" \
            and not any(t.lemma_ == "be" for t in doc[end:k]) \
            and not possessive_after(doc, end):
        return True                         # "AirCal said", "Merrill Lynch noted", "Google has announced"
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    if before[-1:] == ["told"] or before == ["told", "the"] or before == ["according", "to"]:
        return True                         # "told the BBC", "according to Reuters"
    k = end
    while k < end + 2 and k + 1 < len(doc) and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN") \
            and doc[k].lower_ not in ACTOR_NOUNS and doc[k + 1].is_lower and doc[k + 1].pos_ in ("ADJ", "NOUN"):
        k += 1                              # past "news", "senior vice": "X news agency", "X senior vice president"
    if k < len(doc) and doc[k].is_lower and doc[k].lower_ in ACTOR_NOUNS and doc[k].pos_ == "NOUN" \
            and (k == end or doc[k].lower_ not in _KINDS_OF_MEDIA or doc[end].lower_ == "news" and k == end + 1):
        return True                         # "a Google spokesman", "Mumsnet co-founder", "the Tass news agency"
    return start >= 1 and doc[start - 1].is_lower and doc[start - 1].lower_ in MEDIA_NOUNS


# Words that say when, between an actor's name and its verb: "Texaco today said", "X on Friday reported".
_WHEN_WORDS = frozenset("today yesterday tonight".split())
_WHEN_AFTER = frozenset("week month year weekend".split()) | WEEKDAYS


def _when(doc, k: int) -> int:
    """How many tokens from ``k`` say when ("today", "last week", "on Friday"), else 0."""
    words = [t.lower_ for t in doc[k:k + 2]]
    if words[:1] and words[0] in _WHEN_WORDS:
        return 1
    if len(words) == 2 and (words[0] in ("last", "this", "earlier") and words[1] in _WHEN_AFTER
                            or words[0] == "on" and words[1] in WEEKDAYS):
        return 2
    return 0


# Titles written after a name: "Andrew Tyrie MP" is a person's name and his seat.
POST_NOMINALS = frozenset("mp mep msp am mla qc kc".split())


def title_tail(doc, m: Mention) -> bool:
    """Whether a person's mention runs straight on into a capitalised title head word: "Chief
    [Medical Information] Officer", "[Regional Sales] Director" (no comma or line between)."""
    if m.end >= len(doc) or "\n" in doc[m.end - 1].whitespace_ or not doc[m.end - 1].whitespace_:
        return False
    nxt = doc[m.end]
    return nxt.text[:1].isupper() and (nxt.lower_ in TITLE_HEADS or nxt.lower_ in ("officer", "executive")) \
        and nxt.lower_ not in POST_NOMINALS


def venue_only(doc, mentions) -> bool:
    """Whether every mention stands where a place does: "at Turf Moor", "in the Amber Room" (a
    ground, a building or a room that the model read as an organisation); "from X", "in X" and
    "at X's" do not count ("from Torino", "in Treasuries", "at Driefontein's mine"), nor "analyst at
    X", nor a name holding an organisation word or a corporate suffix ("at the Royal Society")."""
    gaz = gazetteer()
    if any(t.lower_ in gaz.org_words or name_key(t.text) in CORPORATE_SUFFIXES
           for m in mentions for t in doc[m.start:m.end]):
        return False                        # "at the Royal Society", "in the New York Times"
    words = doc[mentions[0].start:mentions[0].end].text.split() if mentions else []
    if any((gaz.lookup(" ".join(words[k:])) or ("", ""))[1] == "organization" for k in range(len(words))):
        return False                        # "in the U.S. Senate": a body the gazetteer knows

    def placed(m) -> bool:
        if worked_at(doc, m.start) or m.start >= 2 and doc[m.start - 2].ent_type_ == "PERSON":
            return False                    # "an economist at Merrill Lynch", "said Jo Daw at Merrill Lynch"
        if possessive_after(doc, m.end):
            return False                    # "at Driefontein's mine": the owner's name
        if m.start >= 2 and doc[m.start - 1].lower_ == "the":
            return doc[m.start - 2].lower_ in ("at", "in")      # "in the Oval Office"
        return m.start >= 1 and doc[m.start - 1].lower_ == "at"   # "at Turf Moor"
    return bool(mentions) and all(placed(m) for m in mentions)


def given_name_before(doc, m: Mention, given: frozenset) -> bool:
    """Whether a known given name stands right before the mention on its line: "David [Kingston]"."""
    if m.start < 1:
        return False
    before = doc[m.start - 1]
    return before.text[:1].isupper() and before.lower_ in given and bool(before.whitespace_) \
        and "\n" not in before.whitespace_ and not before.is_sent_start


def speaker_verb_before(doc, m: Mention) -> bool:
    """Whether the mention follows "says" or "said" and ends the clause (a speaker): "…," says Leeds.
    ("told X": a listener; "It said Malaysia's terms of trade ...", "said Leeds would ...": what was
    said, whose subject the name is)."""
    return m.start >= 1 and doc[m.start - 1].lower_ in ("says", "said", "added", "explains") \
        and (m.end >= len(doc) or doc[m.end].is_punct and doc[m.end].text not in ("'s", "’s", "-", "–"))


# Lower-case nouns that, right before a name or as the head of its apposition, make it no person:
# "the band X", "newspaper X", "X, the charity" ("producer X", "rival X" are people: not listed).
THING_NOUNS = frozenset("""
company firm retailer airline insurer broadcaster conglomerate manufacturer bank lender brokerage carmaker
newspaper paper magazine daily tabloid charity band club ski skis brand film movie album song novel show
series musical sitcom documentary play drama comedy thriller biopic opera book single hit hits blockbuster
franchise character
""".split())
# Lower-case nouns right after a name that make it a band's or a work's: "Franz Ferdinand frontman X",
# "the Harry Potter games", "Peter Pan creator JM Barrie" (a person has no frontman; a film-maker's
# films take "'s" or "by", and a person's creator or author is no phrase of news).
WORK_AFTER_NOUNS = frozenset("frontman frontwoman guitarist drummer bassist bandmates games books novels films "
                             "franchise creator creators author".split())
# Lower-case nouns right after a name that make it an award or event's: "the X award".
AWARD_NOUNS = frozenset("award awards prize prizes medal trophy lecture fellowship scholarship cup".split())


def apposition_head(doc, m: Mention):
    """The last lower-case word of "X, the|a|an ... <word>," right after a mention (its head: "Wen
    Wei Po, a Hong Kong daily," -> "daily"), else None."""
    end = m.end
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("the", "a", "an"):
        head = None
        for k in range(end + 2, min(len(doc), end + 7)):
            token = doc[k]
            if token.is_punct or "\n" in token.whitespace_ or token.pos_ == "ADP" and head:
                return head                 # "X, an analyst at brokerage Y": the head is "analyst"
            if token.is_lower and token.is_alpha:
                head = token.lower_
        return None
    return None


# Entity labels of the model for things named in a list beside a name: "MTV, X, Coca-Cola".
_THING_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})


# Lower-case nouns right after a name that make it a band's: "the next X record", "X frontman Y".
BAND_NOUNS = frozenset("frontman frontwoman guitarist drummer bassist bandmates album albums record single".split())


def band(doc, m: Mention) -> bool:
    """Whether a mention runs on into a band's noun: "the next X record", "X frontman Y"."""
    return m.end < len(doc) and doc[m.end].is_lower and doc[m.end].lower_ in BAND_NOUNS and doc[m.end].pos_ == "NOUN"


def in_a_list_of_things(doc, m: Mention) -> bool:
    """Whether a name stands in a comma list beside works or products ("X, Calendar Girls and ...")
    or between two organisations ("clients include MTV, X, Coca-Cola"): a title or a brand."""
    if m.competitor:
        return False                        # a player in a line-up between clubs' names
    after = doc[m.end + 1] if m.end + 1 < len(doc) and doc[m.end].text == "," else None
    before = doc[m.start - 2] if m.start >= 2 and doc[m.start - 1].text == "," else None
    next_label = after.ent_type_ if after is not None and after.ent_iob_ == "B" and after.text[:1].isupper() \
        and not after.is_stop else ""       # not an apposition: "X, the Nobel Prize-winning director"
    k = m.end + 2
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1                              # past the next item's name: the list goes on after it
    if k >= len(doc) or doc[k].text not in (",", "and", "or"):
        return False                        # "X, PhD student in ..." is no list
    if next_label in ("PRODUCT", "WORK_OF_ART"):
        return True
    return next_label in _THING_LABELS and before is not None and before.ent_type_ in _THING_LABELS


def not_a_person(doc, mentions) -> bool:
    """Whether the words around a person's mentions make it a thing (see the module docstring): one
    mention after a thing's noun or with one as its apposition's head, or before an award's noun or a
    band's or work's ("X frontman", "the X games"), or in a list of works or between organisations
    (:func:`in_a_list_of_things`), or
    every mention after "in", "near" or "outside" (and no possessive: "in Ann Lee's view")."""
    for m in mentions:
        before = doc[m.start - 1] if m.start >= 1 else None
        if before is not None and before.is_lower and before.lower_ in THING_NOUNS and before.pos_ == "NOUN":
            return True
        if apposition_head(doc, m) in THING_NOUNS:
            return True
        if m.end < len(doc) and doc[m.end].is_lower and doc[m.end].lower_ in AWARD_NOUNS | WORK_AFTER_NOUNS \
                or in_a_list_of_things(doc, m):
            return True
        if m.start >= 1 and doc[m.start - 1].lower_ in ("in", "from", "near", "outside") \
                and m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].ent_type_ == "GPE":
            return True                     # "from Hilton Head, South Carolina": a town
    return bool(mentions) and all(
        m.start >= 1 and doc[m.start - 1].lower_ in PLACE_PREPOSITIONS and not possessive_after(doc, m.end)
        for m in mentions)


def modifier_only(doc, mentions) -> bool:
    """Whether every mention modifies a noun after it (the parser's ``compound``): "the [Sandy Hook]
    shootings", "[Sandy Hook] children"; a person's name never standing on its own."""
    return bool(mentions) and all(doc[m.end - 1].dep_ == "compound" and doc[m.end - 1].head.i >= m.end
                                  for m in mentions)


def inside_longer_name(doc, m: Mention) -> bool:
    """Whether a mention is the end of a longer name the model cut: a capitalised word that no entity
    holds, then "of the" or "and", right before it ("Lord of the [Rings]", "Public and [Commercial
    Services]", "[Maritime] and [Coastguard Agency]"); a title ("President of the United States") or a
    stop word does not count."""
    k = m.start - 1
    if k >= 1 and doc[k].lower_ == "the" and doc[k - 1].lower_ == "of":
        k -= 2
    elif k >= 0 and doc[k].lower_ == "and":
        k -= 1
    else:
        return False
    if k < 0:
        return False
    word = doc[k]
    # a one-word entity before "and" counts when this name ends in an organisation word: "[Maritime] and
    # [Coastguard Agency]" is one body's name the model read as two
    alone = word.ent_type_ and doc[k - 1].ent_iob_ != "I" if k >= 1 else bool(word.ent_type_)
    joined = doc[m.start - 1].lower_ == "and" and word.ent_iob_ == "B" and alone \
        and doc[m.end - 1].lower_ in gazetteer().org_words and gazetteer().lookup(word.text) is None \
        and name_key(doc[m.end - 1].text) not in CORPORATE_SUFFIXES     # "Corecorp and Banc Nine Corp": a list
    return word.is_alpha and word.text[:1].isupper() and not word.text.isupper() \
        and (not word.ent_type_ or joined) \
        and not word.is_stop and word.lower_ not in TITLE_HEADS and "\n" not in word.whitespace_


def after_a_venue(doc, m: Mention) -> bool:
    """Whether a place follows "at|in <Capitalised words>," : "(at Trent Bridge, Nottingham)" names
    the town a ground is in."""
    if m.start < 3 or doc[m.start - 1].text != ",":
        return False
    for k in range(m.start - 2, max(-1, m.start - 6), -1):
        token = doc[k]
        if token.lower_ in ("at", "in"):
            return k < m.start - 2
        if not token.text[:1].isupper():
            return False
    return False
