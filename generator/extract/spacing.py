"""Spaces a text lost where two pieces were glued together, put back before spaCy reads it.

Copy scraped from pages loses the space between a sentence and the next paragraph ("linked with
APOE.But through careful analysis", "welcome to the club!Bayern Munich, the club ...") and between a
time stamp, a byline or a video caption and the text after it ("Posted at 12:00 GMTRichard
Blake-Smith said", "correspondent Sarah CampbellThe recent headlines", "on your deviceThe minister").
The recogniser then reads one token and takes the glued word into the name next to it
("GMTRichard Blake-Smith", "Sarah CampbellThe").

:func:`restore_spaces` puts one space back, and only where the shapes say two words were glued:
- a word of two letters or more, a sentence's end mark, then a capitalised word of three letters or
  more ("APOE.But", "club!Bayern");
- a run of capitals, then a given name the gazetteer knows (``generator/data/given_names.txt``) in
  title case ("GMTRichard");
- a word of four letters or more, then a word that opens sentences (:data:`OPENERS`: determiners,
  pronouns, conjunctions) in title case ("CampbellThe", "deviceThe"); camel-case brands ("LinkedIn",
  "YouTube", "McDonald", "PlayStation") end in no such word;
- a word in lower case (four letters or more), then a given name or a name the gazetteer knows
  ("correspondentTheresa", "deviceAustralia");
- a word ending in three lower-case letters, then capitals the text also writes as a word of their
  own ("By Danny ShawBBC home affairs correspondent" where "BBC" stands alone elsewhere).
- in a text whose sentences run together often (:data:`GLUED_OFTEN` or more sentences glued after
  their end mark, "months.It will": a page whose paragraphs all lost their breaks), a word in lower
  case (three letters or more), then a word in title case, when the text writes that glued pair
  nowhere else ("holeMr Lahiff said", "deviceLang, who", "victoryNigeria's"): a paragraph that ended
  with no stop (a caption, a subheading, a player notice). A camel-case brand opens with a capital
  or a single letter ("YouTube", "iPhone", "eBay"), and one that opens with a word in lower case
  ("easyJet") is written the same way each time it is named; in copy that kept its breaks neither
  shape is touched. What is put back there is the paragraph break the page lost, not a space: a
  space alone let the parser run the caption on into the next sentence ("a high stakes bet Tom
  Greatrex, the chief executive, urged": the sentence's subject became the caption's name). A
  number run into a word that opens sentences (:data:`OPENERS`) is such a paragraph end too ("Full
  coverage: Queen at 90Her visit marked", "magnitude 7.1The quake").
- a word of two letters or more and a closing bracket, a sentence's end mark, then a word as above
  ("Customs (HMRC).An offer"); a two-letter word that opens sentences counts too ("NHS.It has");
- a capitalised word, then a capitalised word that opens a name of two words the text also writes
  on its own ("correspondent Cornelius LysaghtShutter Speed's" beside "Shutter Speed, whose last
  run"): camel-case brands ("McDonald", "EastEnders") open no such name;
- a sentence's end mark, a double quotation mark, then a capital ("the UK.\"We are", "she
  said.\"We are": BBC copy whose paragraphs lost their breaks): the space goes before a mark that
  opens a quotation and after one that closes it, as the marks alone read them
  (:func:`.quotes.marks.quoted_stretches`, so the quotations found stay the same); a mark they
  leave unread closes a quotation, the one the glued mark before it opens when that one was read as
  a close and every quotation read before is still read ("morning.\"Adrian was ... us all.\"He
  added": one quotation's paragraphs run together), so "He" is a word of its own.
Tokens that hold a web address, an e-mail or a handle ("www.BBC.co.uk", "@JohnSmithWell") are left
as they are. The text keeps every character it had; only spaces (and those paragraph breaks) are added.

Hand-written: no maintained package restores lost spaces in English news copy (word segmenters such
as wordninja split lower-case runs, not glued sentences or names).
"""
from __future__ import annotations

import re

_TOKEN = re.compile(r"\S+")
# Two-letter words that open sentences: "the NHS.It has", "the BBC.On Monday".
_SHORT_OPENERS = "It|In|An|As|At|He|We|If|On|So|By|To|No|Of|Or|My|Up"
_SENTENCE_GLUE = re.compile(rf"(?<=[A-Za-z]{{2}}[.!?])(?=[A-Z][a-z]{{2,}}|(?:{_SHORT_OPENERS})\b)")
# ... and after a closing bracket: "HM Revenue and Customs (HMRC).An offer"
_BRACKET_GLUE = re.compile(rf"(?<=[A-Za-z]{{2}}\)[.!?])(?=[A-Z][a-z]{{2,}}|(?:{_SHORT_OPENERS})\b)")
# A capitalised word glued to the first word of a name the text writes elsewhere: "LysaghtShutter Speed"
_NAME_GLUE = re.compile(r"(?<![\w@#/.])([A-Z][a-z]{3,})([A-Z][a-z]{2,})(?=[ \t]+([A-Z][a-z]+))")
_NAME_PAIR = re.compile(r"(?<![\w@#/.])([A-Z][a-z]+)[ \t]+([A-Z][a-z]+)")
_CAPS_GLUE = re.compile(r"^([\"'“‘(]*[A-Z]{2,})([A-Z][a-z]+)")
_CAMEL_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]+$)")
_CAPS_TAIL = re.compile(r"(?<=[a-z]{3})[A-Z]{2,}$")
_MARK_GLUE = re.compile(r"(?<=[A-Za-z]{2}[.!?])([\"“”])(?=[A-Z])")
# Sentences glued after their end mark ("months.It will", "said.\"We"): how many make a text one
# whose paragraphs all lost their breaks. Measured on the open-world samples: each of 100 XSum pages
# has 4 or more, none of 250 Reuters and BBC files has one, and of 300 mixed files one has 3 or more.
_GLUED_SENTENCE = re.compile(r"[a-z]{2}[.!?][\"“”]?[A-Z]")
GLUED_OFTEN = 3
_OPENING_MARKS = "\"'“‘("
_NUMBER_GLUE = re.compile(r"^(\S*\d)([A-Z][a-z]+)$")
_LOWER_GLUE = re.compile(r"^([\"'“‘(]*[a-z]{3,})([A-Z][a-z]+(?:['’]s)?)$")
_ADDRESS = ("://", "www.", "@", "/", "=", "\\", "#")
# Words that open a sentence and end no camel-case brand ("LinkedIn" ends in "In": not listed).
OPENERS = frozenset("The This That These Those There They Their She His Her But And When While After".split())


def restore_spaces(text: str) -> str:
    """``text`` with a space put back between glued pieces (see the module's list).

    Args:
        text: an article's body as the reader gave it.
    Returns:
        The same text with spaces or paragraph breaks added (never removed or changed otherwise).
    """
    from ..data import gazetteer

    given = gazetteer().given_names
    acronyms = frozenset(re.findall(r"(?<![\w@#])[A-Z]{2,}(?!\w)", text))
    often = len(_GLUED_SENTENCE.findall(text)) >= GLUED_OFTEN

    def fix(match: re.Match) -> str:
        token = match.group(0)
        if any(mark in token for mark in _ADDRESS):
            return token
        token = _BRACKET_GLUE.sub(" ", _SENTENCE_GLUE.sub(" ", token))
        caps = _CAPS_GLUE.match(token)
        if caps and caps.group(2).lower() in given:
            token = caps.group(1) + " " + token[caps.end(1):]
        token = " ".join(_camel(part, given) for part in token.split(" "))
        if often and " " not in token:
            token = _lower_glued(token, text)
        tail = _CAPS_TAIL.search(token.rstrip(".,;:!?'\"”’)"))
        if tail and tail.group(0) in acronyms:
            token = token[:tail.start()] + " " + token[tail.start():]
        return token

    return _spaced_names(_TOKEN.sub(fix, _spaced_marks(text)))


def _spaced_names(text: str) -> str:
    """``text`` with a space between a capitalised word and the first word of a two-word name glued
    to it, when the text writes that name elsewhere on its own ("LysaghtShutter Speed")."""
    if _NAME_GLUE.search(text) is None:
        return text
    pairs = {(m.group(1), m.group(2)) for m in _NAME_PAIR.finditer(text)}

    def space(match: re.Match) -> str:
        if (match.group(2), match.group(3)) in pairs:
            return match.group(1) + " " + match.group(2)
        return match.group(0)

    return _NAME_GLUE.sub(space, text)


def _spaced_marks(text: str) -> str:
    """``text`` with a space beside each quotation mark glued between two sentences ("UK.\"We"),
    on the side the mark turns away from: before one that opens a quotation, after one that closes it.

    A glued mark the marks alone leave unread closes a quotation: the one opened by the glued mark
    just before it, when that one was read as a close ("... morning.\"Adrian was ... us all.\"He
    added": paragraphs of one quotation run together, the second opening with a mark), provided the
    quotations read before are all still read so; else it only gets its space after it."""
    if _MARK_GLUE.search(text) is None:
        return text
    from .quotes.marks import quoted_stretches, quoted_text

    def read(marked: str) -> tuple[set[int], set[int], list[str]]:
        stretches = quoted_stretches(marked)
        parts = [part for stretch in stretches for part in stretch.parts]
        return {a for a, _ in parts}, {b for _, b in parts}, [quoted_text(marked, st) for st in stretches]

    opens, closes, before = read(text)
    glued = {m.start(1) for m in _MARK_GLUE.finditer(text)}
    marks = [i for i, ch in enumerate(text) if ch in '"“”']
    turned: set[int] = set()
    for k, at in enumerate(marks):
        if at not in glued or at + 1 in opens or at in closes or k == 0:
            continue
        previous = marks[k - 1]
        if previous in glued and previous in closes:
            trial = _placed(text, opens, closes | {at}, turned | {previous})
            found = read(trial)[2]
            if all(words in found for words in before):
                turned.add(previous)
        closes = closes | {at}
    return _placed(text, opens, closes, turned)


def _placed(text: str, opens: set[int], closes: set[int], turned: set[int]) -> str:
    """``text`` with a space before each glued mark that opens a quotation (or is in ``turned``) and
    after each one that closes one."""
    def space(match: re.Match) -> str:
        mark = match.group(1)
        if match.end() in opens or match.start() in turned:
            return " " + mark
        if match.start() in closes:
            return mark + " "
        return mark

    return _MARK_GLUE.sub(space, text)


def _lower_glued(token: str, text: str) -> str:
    """``token`` cut in two where a word in lower case runs into a word in title case ("holeMr"),
    unless ``text`` writes the pair so more than once (a brand: "easyJet"), or a number into a word
    that opens sentences ("90Her"). Called only for a text
    whose sentences run together often (see the module's list)."""
    core = token.rstrip(".,;:!?'\"”’)")
    number = _NUMBER_GLUE.match(core)
    if number is not None and number.group(2) in OPENERS:
        return number.group(1) + "\n\n" + token[number.end(1):]      # "at 90Her visit"
    glued = _LOWER_GLUE.match(core)
    if glued is None:
        return token
    word = core[len(glued.group(1)) - len(glued.group(1).lstrip(_OPENING_MARKS)):]
    if len(re.findall(rf"(?<![\w@#]){re.escape(word)}", text)) > 1:
        return token
    return glued.group(1) + "\n\n" + token[glued.end(1):]


def _camel(token: str, given: frozenset) -> str:
    """``token`` cut in two where two words are glued in camel case (see the module's list)."""
    from ..data import gazetteer

    core = token.rstrip(".,;:!?'\"”’)")
    cut = _CAMEL_GLUE.search(core)
    if cut is None:
        return token
    left, right = core[:cut.start()], core[cut.start():]
    word = re.search(r"[A-Za-z]+$", left)
    if word is None:
        return token
    if right in OPENERS and len(word.group(0)) >= 4:
        return left + " " + token[len(left):]         # "CampbellThe", "deviceThe"
    if left.isalpha() and left.islower() and len(left) >= 4 \
            and (right.lower() in given or gazetteer().lookup(right) is not None):
        return left + " " + token[len(left):]         # "correspondentTheresa", "deviceAustralia"
    return token
