"""The generated docs tree for a few hand-made records, compared byte for byte with tests/golden/docs/.

When a change to the pages is intended, regenerate the expected tree and review the diff:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_site_golden.py
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from generator.site import write_site

GOLDEN = Path(__file__).resolve().parent / "golden" / "docs"

RECORDS = [
    {
        "id": "ministers-meet-on-river-treaty", "source": "seeds/river.txt",
        "headline": "Ministers meet on river treaty", "description": "Talks resume after a year.",
        "outlet": "The Example Wire", "authors": [{"name": "Ann Writer", "role": "Example Wire Science Writer"},
                                                  {"name": "Ben Reporter", "role": None}],
        "contributors": [{"name": "Cara Helper", "place": "Lakeport"}],
        "dateline": "RIVERTON, Northland", "published": "2024-03-05",
        "summary": ["Ministers from two countries met on Tuesday.", "They agreed to meet again in May."],
        "entities": [
            {"name": "Dana Ortiz", "kind": "person", "aliases": ["Ortiz"], "titles": ["Water Minister"], "mentions": 3},
            {"name": "Northland", "kind": "place", "aliases": [], "titles": [], "mentions": 2},
            {"name": "River Authority", "kind": "organization", "aliases": [], "titles": [], "mentions": 1},
        ],
        "quotes": [{"text": "We are closer than ever.", "speaker": "Dana Ortiz", "cue": "said"},
                   {"text": "Nothing is settled.", "speaker": None, "cue": None}],
        "numbers": [{"text": "12 billion", "value": 12e9, "context": "litres shared each year",
                     "sentence": "The treaty shares 12 billion litres each year."}],
        "topics": ["Water", "Diplomacy"], "warnings": [],
    },
    {
        "id": "drought-report", "source": "seeds/drought.md",
        "headline": "Drought report warns of dry summer", "description": None, "outlet": "The Example Wire",
        "authors": [], "contributors": [], "dateline": None, "published": "2024-06-20",
        "summary": ["A report warns of a dry summer."],
        "entities": [
            {"name": "Dana Ortiz", "kind": "person", "aliases": [], "titles": ["Minister"], "mentions": 1},
            {"name": "Northland", "kind": "place", "aliases": [], "titles": [], "mentions": 1},
            {"name": "Northlanders", "kind": "group", "aliases": [], "titles": [], "mentions": 1},
        ],
        "quotes": [{"text": "Use less water.", "speaker": "Dana Ortiz", "cue": "told"}],
        "numbers": [], "topics": ["Water"], "warnings": ["no byline found"],
    },
    {
        "id": "undated-note", "source": "seeds/note.html", "headline": None, "description": None,
        "outlet": None, "authors": [], "contributors": [], "dateline": None, "published": None,
        "summary": [], "entities": [], "quotes": [], "numbers": [], "topics": [],
        "warnings": ["no headline found", "no date found"],
    },
]
MERGES = [{"canonical": "Dana Ortiz", "kind": "person", "forms": ["Ortiz", "Minister Ortiz"],
           "articles": ["ministers-meet-on-river-treaty"], "reason": "surname of a full name in the same article"}]
WARNINGS = ["seeds/broken.html: not a readable HTML page", "seeds/copy.txt: the same text as seeds/river.txt"]


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_generated_docs_match_golden(tmp_path):
    docs = tmp_path / "docs"
    write_site(RECORDS, docs, merges=MERGES, warnings=WARNINGS, site_name="Example news")
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(docs, GOLDEN)
    got, want = tree(docs), tree(GOLDEN)
    assert sorted(got) == sorted(want), "pages differ; rerun with UPDATE_GOLDEN=1 if intended"
    for path in want:
        assert got[path].decode("utf-8") == want[path].decode("utf-8"), path


def test_same_input_gives_same_bytes_whatever_the_record_order(tmp_path):
    write_site(RECORDS, tmp_path / "one", merges=MERGES, warnings=WARNINGS)
    write_site(list(reversed(RECORDS)), tmp_path / "two", merges=MERGES, warnings=list(reversed(WARNINGS)))
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_golden_records_build_strict(tmp_path):
    from site_records import build_site

    site = build_site(tmp_path, RECORDS, merges=MERGES, warnings=WARNINGS)
    assert (site / "people/dana-ortiz.html").exists()
    assert (site / "articles/undated-note.html").exists()
