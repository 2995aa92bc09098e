"""Title, author and date accuracy of the HTML reader on the Mercury fixture corpus (research only)."""
from __future__ import annotations

import datetime as _dt
import json
import re
from pathlib import Path

_SPLIT = re.compile(r"\s*(?:;|,|&| and )\s*", re.I)


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _names(text: str | None) -> set[str]:
    return {_norm(n) for n in _SPLIT.split(re.sub(r"^\s*by\s+", "", text or "", flags=re.I)) if _norm(n)}


def _date_ok(found: str | None, gold: str | None) -> bool:
    if gold is None or found is None:
        return gold is None and found is None
    want = _dt.date.fromisoformat(gold[:10])
    got = _dt.date.fromisoformat(found[:10])
    return abs((want - got).days) <= 1


def score_mercury(corpus_dir: Path) -> dict:
    """Score the HTML reader on ``corpus_dir`` (gold.json + html/).

    Returns:
        {"items": n, "title": share, "author": share, "date": share, "misses": {field: [files]}}.
        Titles match case-insensitively after whitespace normalisation; authors as sets of lower-cased
        names; dates as the same day, allowing one day either way for time zones.
    """
    from generator.readers import read_file

    corpus_dir = Path(corpus_dir)
    gold = json.loads((corpus_dir / "gold.json").read_text(encoding="utf-8"))
    hits = {"title": [0, 0], "author": [0, 0], "date": [0, 0]}
    misses: dict[str, list[str]] = {"title": [], "author": [], "date": []}
    for item in gold:
        article = read_file(corpus_dir / item["file"])
        checks = {
            "title": ("title", lambda g: _norm(article.headline) == _norm(g)),
            "author": ("author", lambda g: {_norm(a.name) for a in article.authors} == _names(g)),
            "date": ("date_published", lambda g: _date_ok(article.published, g)),
        }
        for field, (key, check) in checks.items():
            if key not in item:
                continue
            hits[field][1] += 1
            if check(item[key]):
                hits[field][0] += 1
            else:
                misses[field].append(item["file"])
    return {
        "items": len(gold),
        **{field: round(ok / total, 3) if total else None for field, (ok, total) in hits.items()},
        "counts": {field: f"{ok}/{total}" for field, (ok, total) in hits.items()},
        "misses": misses,
    }


if __name__ == "__main__":
    import sys

    args = [a for a in sys.argv[1:] if a != "--misses"]
    result = score_mercury(Path(args[0] if args else "../shared/corpus/mercury-html"))
    # --misses lists the files each field got wrong, to find classes of error.
    print(json.dumps(result if "--misses" in sys.argv else {k: v for k, v in result.items() if k != "misses"},
                     indent=1))
