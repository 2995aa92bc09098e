"""Abbreviations of common nouns, never an actor (issue 8, "Trust"): "MEP", "PAC", "SUV", "ATM".

The model reads an all-capital abbreviation as an organisation whatever it stands for: a member of
the European Parliament ("MEP"), a political action committee ("super PAC"), a kind of device
("USB"). A name is a proper noun, and English grammar gives a proper noun neither a plural nor an
indefinite article (Quirk et al., *A Comprehensive Grammar of the English Language*, 5.60-5.66: proper
nouns take no "a" and no plural except when they are used as common nouns). So an abbreviation the
article writes in the plural ("MEPs", "super PACs") or as the head of a noun phrase with "a" or "an"
("an MEP said", "a super PAC") is a common noun there: a role, a kind or a thing. A body's
abbreviation before a noun ("a BBC reporter", "an IMF-type programme") modifies that noun and is left
alone. Only the words of the article count, never a list of abbreviations; the group goes to the
record's ``not_actors`` (``works.not_actor``), where a gazetteer entry, a title or a company's suffix
still wins.
"""
from __future__ import annotations

import re

# An abbreviation as the model's one-token name: two to five capital letters ("MEP", "RFID").
_ABBREVIATION = re.compile(r"[A-Z]{2,5}")
# Dependencies of a modifier: the abbreviation stands before the noun it describes.
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def counted(doc, start: int, end: int) -> bool:
    """Whether the one-token abbreviation ``doc[start:end]`` (a spaCy doc's tokens) is counted as a
    common noun in its article: its plural stands anywhere in the text ("MEPs", "PACs"; not the
    possessive "MEP's"), or this mention heads a noun phrase with "a"/"an" ("an MEP said")."""
    if end - start != 1 or not _ABBREVIATION.fullmatch(doc[start].text):
        return False
    token = doc[start]
    if re.search(r"(?<![\w'’.-])" + token.text + r"s(?![\w'’-])", doc.text):
        return True
    if token.dep_ in _MODIFIER_DEPS or end < len(doc) and doc[end].text in ("-", "–"):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
