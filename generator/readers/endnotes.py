"""End notes and boilerplate lines that are not part of a story's body."""
from __future__ import annotations

import re

from generator.readers.dateline import place_text
from generator.readers.furniture import is_share_furniture
from generator.readers.names import looks_like_name
from generator.types import Contributor

_CONTRIBUTED = re.compile(
    r"^(?:The\s+)?(?:(?:Associated Press|AP|Reuters|AFP|UPI|Bloomberg|CNN)\s+)?"
    r"(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?|researchers?)\s+"
    r"(?P<list>.+?)\s+contributed(?:\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article))?(?:\s+from\s+.+?)?\.?$"
)
# Credit parts of a wire's end note: "(Reporting by A; Writing by B; Editing by C)". Reporters,
# writers and compilers are contributors; editors, producers and designers are not, and their
# names are not story text either.
_CREDIT = re.compile(r"^(?:Additional\s+)?(?P<role>Reporting|Writing|Compiled|Research|Editing|Edited|"
                     r"Graphics|Production|Fact-checking|Sub-editing)\s+by\s+", re.I)
_CREDITED_ROLES = frozenset({"reporting", "writing", "compiled", "research"})
_CONTRIBUTING = re.compile(r"^Contributing:\s*(?P<list>.+?)\.?$")
# Bloomberg: "—With assistance from A and B."; NYT: "Reporting was contributed by A from P."
_ASSISTANCE = re.compile(r"^[—–\-]*\s*(?:With\s+(?:additional\s+)?assistance\s+from|Reporting\s+was\s+contributed\s+by)"
                         r"\s+(?P<list>.+?)\.?$", re.I)
# NYT, CNN, Guardian: "A contributed reporting from Rome, and B from Milan.", "CNN's A and B
# contributed to this report." (the outlet's possessive is no name).
_CONTRIBUTED_REPORTING = re.compile(
    r"^(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}['’]s\s+)?(?P<list>.+?)\s+(?:also\s+)?contributed\s+"
    r"(?:additional\s+)?(?:reporting|research|(?:to\s+)?(?:this|the)\s+(?:report|story|article))"
    r"(?P<tail>(?:\s+from\s+.+?)?)\.?$")
# Bloomberg's closing contact lines: "To contact the reporter on this story: A in P at a@b.net".
_CONTACT = re.compile(r"^To contact the (?:reporters?|editors?|authors?)\b.{0,40}\b(?:on|for|of) this story\b", re.I)
_ITEM_SPLIT = re.compile(r",?\s+and\s+|;\s*|,\s+(?=(?:[A-Z][\w.'’-]*\s+){1,3}(?:in|from)\s)")
_SEPARATOR = re.compile(r"^\s*(?:[_*=~\-•·]\s*){2,}$|^\s*#{3,}\s*$")
_BOILERPLATE = re.compile(
    r"^\s*\(?(?:AP|AFP|Reuters|Getty|EPA|UPI)?\s*Photos?\s*(?:/|:|by\b)"
    r"|^\s*\((?:AP|AFP|Reuters|Getty Images|EPA)\s+Photo\b"
    r"|^\s*Image (?:copyright|caption)\b"
    r"|^\s*(?:Copyright|©)\s*(?:\d{4}|\(c\))?.{0,80}(?:All rights reserved|Associated Press|Reuters)"
    r"|^\s*This material may not be published, broadcast, rewritten,? or redistributed"
    r"|^\s*Follow (?:AP|Reuters|us|him|her|[A-Z][a-z]+ [A-Z][a-z]+)\b.{0,80}(?:on (?:Twitter|X|Facebook|Instagram)|at https?://)"
    r"|^\s*(?:Read|See) more:?\s*https?://",
    re.I,
)


def is_separator(line: str) -> bool:
    """Whether ``line`` is a rule such as "__", "***" or "---"."""
    return bool(_SEPARATOR.match(line))


def is_boilerplate(paragraph: str) -> bool:
    """Whether ``paragraph`` is a photo credit, copyright line, share box or similar, not story text."""
    return len(paragraph) < 300 and bool(_BOILERPLATE.match(paragraph)) or is_share_furniture(paragraph)


def _contributors_in(listing: str) -> list[Contributor]:
    items = [i.strip(" ,.") for i in _ITEM_SPLIT.split(listing) if i and i.strip(" ,.")]
    found: list[tuple[str, str | None]] = []
    for item in items:
        names, sep, place = item.partition(" in ")
        if not sep:
            names, sep, place = item.partition(" from ")
        # "A, B, C and D in Singapore": commas before the place part separate names.
        for name in (n.strip() for n in names.split(",")):
            if not name or not looks_like_name(name):
                return []
            found.append((name, None))
        # Reuters writes the place in capitals ("Ben Blanchard in BEIJING").
        found[-1] = (found[-1][0], place_text(place) or None if sep else None)
    # "X and Y in Washington": a place written once after the last name covers the names before it.
    for i in range(len(found) - 2, -1, -1):
        if found[i][1] is None and found[i + 1][1] is not None and all(p is None for _, p in found[:i + 1]):
            found[i] = (found[i][0], found[i + 1][1])
    return [Contributor(name, place) for name, place in found]


def end_note_contributors(paragraph: str) -> list[Contributor] | None:
    """Contributors named by an end note ("... writers X in P and Y contributed to this report."),
    [] for an end note that names none we can read, or None if ``paragraph`` is not an end note."""
    text = " ".join(paragraph.split())
    if len(text) > 400:
        return None
    # Reuters sets its credit line in parentheses: "(Reporting by A; Editing by B.)".
    if text.startswith("(") and text.rstrip(". ").endswith(")"):
        text = text.rstrip(". ")[1:-1].strip()
    if match := _CONTRIBUTED.match(text) or _CONTRIBUTING.match(text) or _ASSISTANCE.match(text):
        return _contributors_in(match.group("list"))
    if (match := _CONTRIBUTED_REPORTING.match(text)) and (
            found := _contributors_in(" ".join(match.group("list", "tail")).strip())):
        return found
    if _CONTACT.match(text):
        return []
    if _CREDIT.match(text):
        contributors: list[Contributor] = []
        for part in re.split(r";\s*|\.\s+|,\s+(?=(?:additional\s+)?\w+\s+by\s)", text, flags=re.I):
            if (m := _CREDIT.match(part)) and m.group("role").lower() in _CREDITED_ROLES:
                contributors.extend(_contributors_in(part[m.end():].rstrip(". ")))
        return contributors
    return None
