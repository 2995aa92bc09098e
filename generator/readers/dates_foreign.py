"""Date stamps labelled in other languages: "Veröffentlicht am 05.03.2024", "Publié le 5 mars 2024
à 08h30", "Aggiornato il 6 marzo 2024".

The labels are the words news sites in these languages put before a publication or an update
date; no library lists them, so they are written here (the languages whose sites the research
corpus and the cases hold pages from). The date after a label is read by dateparser (month names
and orders of every language it knows), strictly: day, month and a four-digit year must all be
written, so "il y a 3 heures" ("3 hours ago") gives no date.
"""
from __future__ import annotations

import re
from functools import lru_cache

# Label words by the languages they are written in ("publicado" is Spanish and Portuguese).
_PUBLISHED = {
    ("de",): r"veröffentlicht(?:\s+am)?|erschienen(?:\s+am)?|erstellt(?:\s+am)?",
    ("fr",): r"publié(?:e)?(?:\s+le)?|mis\s+en\s+ligne(?:\s+le)?",
    ("es", "pt"): r"publicad[oa](?:\s+(?:el|em))?",
    ("it",): r"pubblicato(?:\s+il)?",
    ("nl",): r"gepubliceerd(?:\s+op)?",
    ("pl",): r"opublikowano",
}
_UPDATED = {
    ("de",): r"aktualisiert(?:\s+am)?|zuletzt\s+(?:aktualisiert|geändert)(?:\s+am)?",
    ("fr",): r"mis\s+à\s+jour(?:\s+le)?|modifié(?:\s+le)?",
    ("es", "pt"): r"actualizad[oa](?:\s+el)?|atualizad[oa](?:\s+em)?",
    ("it",): r"aggiornato(?:\s+il)?",
    ("nl",): r"bijgewerkt(?:\s+op)?",
    ("pl",): r"zaktualizowano",
}
_LABELS = [(kind, languages, re.compile(r"^\s*(?:" + words + r")\s*[:\-–—]?\s*", re.I))
           for kind, table in (("published", _PUBLISHED), ("updated", _UPDATED))
           for languages, words in table.items()]
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
MAX_DATE_CHARS = 60


@lru_cache(maxsize=1)
def _parser():
    import dateparser

    return dateparser


def foreign_stamp(line: str) -> tuple[str, str | None] | None:
    """("published" | "updated", YYYY-MM-DD) for a stamp labelled in another language, or None
    when ``line`` is no such label followed by a full date (a relative time, a date without its
    year, a sentence that opens with the label's word).
    """
    for kind, languages, label in _LABELS:
        if not (match := label.match(line)):
            continue
        rest = line[match.end():].strip(" .")
        if not rest or len(rest) > MAX_DATE_CHARS or not _YEAR.search(rest):
            return None
        parsed = _parser().parse(rest, languages=list(languages), settings={
            "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY"})
        return (kind, parsed.date().isoformat()) if parsed else None
    return None
