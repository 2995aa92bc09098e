"""BBC News text files: the headline (their first line), and no outlet, author or date invented.

The files name no outlet, author or date, so the right outlet is null or the BBC itself.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

from .scoring import Item, Row, accuracy_row, headline_key

SET = "bbc"


def items(folder: Path, *, limit: int | None = None) -> list[Item]:
    """Each text file read with the readers, with its gold title."""
    from ..readers import ReadError, read_file

    with open(folder / "gold.jsonl", encoding="utf-8") as fh:
        golds = [json.loads(line) for line in fh if line.strip()]
    out = []
    for gold in golds[:limit]:
        path = folder / gold["file"]
        try:
            raw, error = read_file(path, source=str(path)), None
        except (ReadError, OSError) as exc:
            raw, error = None, str(exc)
        out.append(Item(SET, gold["file"], raw, gold, error))
    return out


def outlet_right(outlet: str | None) -> bool:
    """Null (the text names none) or the BBC."""
    return not outlet or "bbc" in outlet.lower()


def rows(items_: Sequence[Item], records: Sequence[dict | None]) -> list[Row]:
    """Headline accuracy, and outlet/author/date left empty where the text states none."""
    headline, outlet, author, published = [], [], [], []
    for item, record in zip(items_, records):
        headline.append(record is not None and headline_key(record.get("headline")) == headline_key(item.gold["title"]))
        outlet.append(record is not None and outlet_right(record.get("outlet")))
        author.append(record is not None and not record.get("authors"))
        published.append(record is not None and record.get("published") is None)
    return [
        accuracy_row(SET, "headline", headline, note="first line"),
        accuracy_row(SET, "outlet null or BBC", outlet),
        accuracy_row(SET, "no author invented", author),
        accuracy_row(SET, "no date invented", published),
    ]
