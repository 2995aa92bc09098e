"""News outlets a byline or wire tag may name."""
from __future__ import annotations

import re

# Wire tags as they appear in a dateline, e.g. "LONDON (Reuters) -".
WIRE_TAGS = {
    "AP": "The Associated Press",
    "Reuters": "Reuters",
    "AFP": "Agence France-Presse",
    "UPI": "United Press International",
    "Bloomberg": "Bloomberg",
    "CNN": "CNN",
    "dpa": "Deutsche Presse-Agentur",
    "DPA": "Deutsche Presse-Agentur",
    "Xinhua": "Xinhua",
}

# Outlet phrases as a byline writes them, mapped to the outlet's usual name.
OUTLET_PHRASES = {
    "The Associated Press": "The Associated Press",
    "Associated Press": "The Associated Press",
    "Reuters": "Reuters",
    "Thomson Reuters": "Reuters",
    "Agence France-Presse": "Agence France-Presse",
    "Agence France Presse": "Agence France-Presse",
    "AFP": "Agence France-Presse",
    "United Press International": "United Press International",
    "UPI": "United Press International",
    "Bloomberg News": "Bloomberg",
    "Bloomberg": "Bloomberg",
    "The New York Times": "The New York Times",
    "The Washington Post": "The Washington Post",
    "The Guardian": "The Guardian",
    "BBC News": "BBC News",
    "CNN": "CNN",
    "Deutsche Presse-Agentur": "Deutsche Presse-Agentur",
}

# Longest first, so "The Associated Press" wins over "Associated Press".
_PHRASES = sorted(OUTLET_PHRASES, key=len, reverse=True)
TRAILING_OUTLET = re.compile(r"(?P<outlet>" + "|".join(re.escape(p) for p in _PHRASES) + r")\s*$")


def outlet_name(phrase: str) -> str | None:
    """The usual name of the outlet ``phrase`` names, or None if it is not a known outlet."""
    return OUTLET_PHRASES.get(phrase.strip())


_TAGS_FOLDED = {tag.casefold(): name for tag, name in {**OUTLET_PHRASES, **WIRE_TAGS}.items()}


def wire_outlet(tag: str) -> str | None:
    """The outlet a dateline's agency tag names ("AP", "Reuters", "Reuters Health"), or None.

    A tag may add a desk to the agency's name, so its first word is tried after the whole tag.
    """
    words = tag.split()
    if not words:
        return None
    return _TAGS_FOLDED.get(" ".join(words).casefold()) or _TAGS_FOLDED.get(words[0].casefold())


# Wire names as sign-offs, copyright lines and credit notes write them.
_WIRE = r"(?P<wire>" + "|".join(re.escape(p) for p in sorted({**OUTLET_PHRASES, **WIRE_TAGS}, key=len, reverse=True)) + r")"
# A closing line that is only the wire's name: "-- AFP", "(Reuters)", "Copyright 2016 The Associated Press".
_SIGN_OFF = re.compile(
    r"^[\s(\[—–\-]*(?:(?:Copyright|©|\(c\))\s*(?:\d{4}\s*)?)?" + _WIRE
    + r"(?:\s*/\s*\w[\w .'-]{0,40})?[\s.)\]]*(?:All rights reserved\.?)?\s*$"
)
# A copyright notice anywhere in a closing line names the rights holder.
_COPYRIGHT = re.compile(r"(?:Copyright|©|\(c\))\s*(?:\d{4}\s*,?\s*)?" + _WIRE + r"\b")
# Reuters closes with "(Reporting by A; Editing by B)": an editing credit follows the reporting one.
_REUTERS_CREDIT = re.compile(
    r"^\(?\s*(?:(?:Additional\s+)?(?:Reporting|Writing|Compiled)\s+by\b.{0,300}?[;.,]\s*)?Editing\s+by\s+(?-i:[A-Z][\w.'’-]*\s+[A-Z])",
    re.I)
# "Associated Press writer Jane Doe contributed ...": the wire names its own writers.
_OWN_WRITERS = re.compile(
    r"^(?:The\s+)?" + _WIRE + r"\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?)\s.{0,300}\bcontributed\b"
)
# "... supplemented this Reuters article": a note naming the wire the story came from.
_THIS_STORY = re.compile(r"\bthis\s+" + _WIRE + r"\s+(?:article|report|story|dispatch)\b")
# Sign-offs and credit notes sit in the last few paragraphs.
CLOSING_PARAGRAPHS = 3
_CLOSING_MAX_CHARS = 400


def signed_outlet(paragraphs: list[str]) -> str | None:
    """The wire service a story's own closing lines name, or None when they name none.

    The signs: a sign-off ("-- AFP"), a copyright line, an end note naming the wire's writers or
    "this Reuters article", and Reuters' credit line ("(Reporting by A; Editing by B)").

    Args:
        paragraphs: the story's paragraphs, end notes and boilerplate included.
    """
    for paragraph in reversed(paragraphs[-CLOSING_PARAGRAPHS:]):
        text = " ".join(paragraph.split())
        if len(text) > _CLOSING_MAX_CHARS:
            continue
        match = (_SIGN_OFF.match(text) or _COPYRIGHT.search(text) or _OWN_WRITERS.match(text)
                 or _THIS_STORY.search(text))
        if match:
            return outlet_name(match.group("wire"))
        if _REUTERS_CREDIT.match(text):
            return "Reuters"
    return None


# Last words of outlet names that no person's name ends with: "The Daily Star", "Chicago Tribune",
# "Sky News", "Channel 4 News". Mastheads follow a few centuries-old patterns; this list covers the
# common English-language ones.
_MASTHEAD_WORDS = frozenset("""
times post news star herald tribune journal gazette chronicle telegraph guardian observer independent
mirror express mail sun globe record courier bulletin dispatch examiner inquirer sentinel register
review standard daily weekly today press wire magazine radio tv television network media online
leader enterprise statesman argus advertiser citizen monitor voice eagle ledger beacon banner
constitution bee republic republican democrat times-union journal-constitution newsroom insider
report reporter-herald caller free-press post-gazette star-tribune news-journal
echo mercury telegram courant dealer pioneer clarion gleaner
""".split())
_DOMAIN = re.compile(r"^[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|co|news|io|info|tv|uk|ca|au|in)$")
_CAPITALISED = re.compile(r"^[A-Z0-9][\w&'’.-]*$")
_LOWER_JOINERS = frozenset({"of", "the", "and", "&", "de", "la", "for"})


def outlet_phrase(text: str, *, acronyms: bool = False, opening_the: bool = True) -> str | None:
    """The outlet a byline's part names ("The Daily Star", "Chicago Tribune", "example.com"), or None.

    A part names an outlet when it is a known outlet, a domain name, a capitalised phrase opening
    with "The", or one ending with a masthead word ("Times", "Post", "Star", "News" ...).
    Args:
        text: one part of a byline, e.g. what follows its "|" or its last comma.
        acronyms: also take an ALL-CAPS word of 2-5 letters ("NPR", "KQED"): right after a "|"
            in a byline, where no person's name stands alone in capitals.
        opening_the: take any capitalised phrase opening with "The"; False on a line of its own,
            which could also be a dek ("The Long Road Home"): then a masthead word must end it.
    """
    phrase = " ".join(text.strip(" ,;.|").split())
    if not phrase or len(phrase) > 60:
        return None
    if (known := outlet_name(phrase)) is not None:
        return known
    if _DOMAIN.match(phrase):
        return phrase
    words = phrase.split()
    if acronyms and len(words) == 1 and re.fullmatch(r"[A-Z]{2,5}", phrase):
        return phrase
    if not 2 <= len(words) <= 7 or any(ch.isdigit() for ch in phrase) and len(words) < 2:
        return None
    if not all(_CAPITALISED.match(w) or w.lower() in _LOWER_JOINERS for w in words[1:]) or not _CAPITALISED.match(words[0]):
        return None
    if words[0] in ("The", "THE") and opening_the:
        return phrase
    if words[-1].lower() in _MASTHEAD_WORDS and not _given_name(words[0]):
        return phrase  # "Chicago Tribune"; but "Mary Post" is a person
    return None


def masthead_line(line: str) -> str | None:
    """The outlet a header line names on its own, below a byline ("By Maria Lopez" then "The Coastal
    Herald"), or None: :func:`outlet_phrase` without its "The ..." rule, since such a line could also
    be a dek: a known outlet, a domain name, or a capitalised phrase ending with a masthead word."""
    return outlet_phrase(line, opening_the=False)


def _given_name(word: str) -> bool:
    from generator.data import gazetteer

    return word.lower() in gazetteer().given_names
