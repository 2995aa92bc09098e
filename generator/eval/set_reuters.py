"""Reuters-21578: the dateline place, and no date, headline or author where the text states none
(a headline made from the first sentence, and marked so, is not invented).

The text files are DATELINE + BODY; the title and byline are not in them, and the dateline gives a
month and day without a year ("SALVADOR, Feb 26 -"), so the published date must stay null unless
the text writes the full date.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Sequence

from ..extract.lead import without_wire_markup
from .scoring import Item, Row, accuracy_row, date_stated, same_day

SET = "reuters21578"


@dataclass(frozen=True)
class Gold:
    place: str
    day: date | None
    date_in_text: bool


def place_key(dateline: str | None) -> str:
    """The place of a dateline, compared: its first comma-separated part, lowercased ("NEW YORK , March 5 -" -> "new york")."""
    if not dateline:
        return ""
    return " ".join(dateline.split(",")[0].lower().split())


def gold_day(value: str) -> date | None:
    """The day of a Reuters DATE tag ("26-FEB-1987 15:01:01.79")."""
    try:
        return datetime.strptime(value.split()[0], "%d-%b-%Y").date()
    except (ValueError, IndexError):
        return None


def headline_not_invented(record: dict, body: str) -> bool:
    """Whether the record's headline is null or its first sentence's words ("provenance": "first
    sentence"): the text has no headline, so any other headline would be invented."""
    headline = record.get("headline")
    if not headline:
        return True
    made = (record.get("provenance") or {}).get("headline") == "first sentence"
    # Words the body writes, in its order: wire markup ("<FISN.L>") left out and a main clause's
    # first letter capitalised ("..., the government" -> "The government") invent nothing.
    words = " ".join(headline.rstrip("…").split())
    written = " ".join(without_wire_markup(body).split())
    return made and (words in written or words[:1].lower() + words[1:] in written)


def items(folder: Path, *, limit: int | None = None) -> list[Item]:
    """Each text file read with the readers, with its dateline place and date."""
    from ..readers import ReadError, read_file

    out = []
    with open(folder / "gold.jsonl", encoding="utf-8") as fh:
        golds = [json.loads(line) for line in fh if line.strip()]
    for gold in golds[:limit]:
        path = folder / gold["text_file"]
        text = path.read_text(encoding="utf-8")
        day = gold_day(gold.get("date", ""))
        try:
            raw, error = read_file(path, source=str(path)), None
        except (ReadError, OSError) as exc:
            raw, error = None, str(exc)
        out.append(Item(SET, str(gold["id"]), raw,
                        Gold(place_key(gold["dateline"]), day, bool(day and date_stated(text, day))), error))
    return out


def rows(items_: Sequence[Item], records: Sequence[dict | None]) -> list[Row]:
    """Dateline place accuracy, and the published/headline/author fields left null when not stated."""
    place, published, headline, author = [], [], [], []
    for item, record in zip(items_, records):
        gold: Gold = item.gold
        record = record or {}
        place.append(bool(record) and place_key(record.get("dateline")) == gold.place)
        expected = gold.day if gold.date_in_text else None
        published.append(bool(record) and same_day(record.get("published"), expected))
        headline.append(bool(record) and headline_not_invented(record, item.raw.body if item.raw else ""))
        author.append(bool(record) and not record.get("authors"))
    return [
        accuracy_row(SET, "dateline place", place, target=0.98),
        accuracy_row(SET, "published", published, note="null unless stated"),
        accuracy_row(SET, "no headline invented", headline),
        accuracy_row(SET, "no author invented", author),
    ]
