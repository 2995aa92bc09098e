"""MkDocs hook: Material's search index built once at build time, so the offline first search loads it.

Why: over file:// Material's search worker builds its lunr index in the browser when the search box
opens, word by word, and the page waits for it. That build costs about 7 µs of CPU per word on this
project's machines (Node, V8, Material 9.8's worker): 7 s for 10,000 Reuters articles, however few
words each article keeps in the index. Loading the same index built beforehand (``lunr.Index.load``)
costs about a tenth of that (0.56 s for those 10,000).

What: after the search plugin has written ``search/search_index.json`` (this hook runs last), the
same documents are indexed with lunr.py, the Python port of lunr.js whose serialised indexes lunr.js
loads, and written as ``search/lunr_index.js`` (``var __lunr_index = {...}``). javascripts/search.js
loads it into the offline search worker when the search box opens and hands it to lunr in place of
the build; the documents, the results and their order stay Material's. Without it (served over http,
where the worker is a real Worker, or a failed load) Material builds the index itself, as before.

Our own code is only the part no library does: cutting each field into words exactly as Material's
worker does (its ``separator``, lower case, the tags left out, no trimmer and no stemmer: the
``pipeline`` in mkdocs.yml keeps only lunr's English stop-word filter). Same input, same bytes out.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

INDEX = "search/search_index.json"
PREBUILT = "search/lunr_index.js"
# Material's worker: lunr's b is 0 (a field's length does not matter), k1 lunr's default 1.2.
B = 0
TAG = re.compile(r"<[^>]*>")


def words(value, separator: re.Pattern) -> list[str]:
    """A field's words as Material's worker makes them: markup out, split at ``separator``, lower case.

    ``value`` is a string of HTML, a list of strings (tags), or None (no words).
    """
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [w.lower() for item in values for w in separator.split(TAG.sub(" ", str(item))) if w]


def _lunr():
    """lunr.py's Builder and English stop-word filter, imported without NLTK.

    Importing lunr imports NLTK when it is installed (for other languages' stemmers, which Material's
    English pipeline has no use for): about 10 s on a busy machine, at every site build. A None in
    ``sys.modules`` makes that optional import fail for this one import; NLTK is left as it was.
    """
    blocked = "nltk" not in sys.modules
    if blocked:
        sys.modules["nltk"] = None      # type: ignore[assignment]
    try:
        from lunr.builder import Builder
        from lunr.stop_word_filter import stop_word_filter
    finally:
        if blocked:
            del sys.modules["nltk"]
    return Builder, stop_word_filter


def js_order(term: str) -> bytes:
    """lunr.js inserts terms in JavaScript string order (UTF-16 code units), not code point order."""
    return term.encode("utf-16-be")


def prebuild(search_index: dict) -> dict:
    """lunr.js's serialised index of Material's ``search_index`` (``config`` and ``docs``).

    Document refs are their positions in ``docs`` ("0", "1", ...): short, and search.js maps them
    back to ``location``. No metadata is kept (Material's result highlighting needs its own table).

    Raises:
        re.error: the configured separator is not a Python regular expression.
    """
    Builder, stop_word_filter = _lunr()
    config = search_index.get("config") or {}
    separator = re.compile(config.get("separator") or r"[\s\-]+")
    pipeline = config.get("pipeline") or []
    fields = config.get("fields") or {"title": {"boost": 1000}, "text": {"boost": 1}}
    docs = search_index.get("docs") or ()
    # a field no document has (Material's tags, on a site without tags) would only add empty vectors
    fields = {name: spec for name, spec in fields.items() if any(name in doc for doc in docs)}
    builder = Builder()
    if "stopWordFilter" in pipeline:
        builder.pipeline.add(stop_word_filter)
    builder.b(B)
    builder.ref("ref")
    for name, spec in fields.items():
        builder.field(name, boost=(spec or {}).get("boost", 1))
    for number, doc in enumerate(docs):
        entry = {"ref": str(number)}
        entry.update({name: words(doc.get(name), separator) for name in fields})
        builder.add(entry, {"boost": doc["boost"]} if "boost" in doc else None)
    serialised = builder.build().serialize()
    serialised["invertedIndex"].sort(key=lambda item: js_order(item[0]))
    return serialised


def write_prebuilt(site_dir: Path) -> Path | None:
    """Write ``search/lunr_index.js`` beside the search index of ``site_dir``; None without documents.

    The file holds ``{"docs": count, "first": location, "last": location, "index": serialised}``
    so that search.js can tell it belongs to the search index the page loaded.
    """
    source = Path(site_dir) / INDEX
    if not source.exists():
        return None
    data = json.loads(source.read_text(encoding="utf-8"))
    docs = data.get("docs") or []
    target = Path(site_dir) / PREBUILT
    if not docs:
        target.unlink(missing_ok=True)
        return None
    payload = {"docs": len(docs), "first": docs[0]["location"], "last": docs[-1]["location"],
               "index": prebuild(data)}
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    # JSON.parse of a string literal: V8 reads it faster than the same object written as a literal
    target.write_text("var __lunr_index = JSON.parse(" + json.dumps(text) + ");\n", encoding="utf-8")
    return target


@event_priority(-100)       # after the search plugin has written its index
def on_post_build(config):
    write_prebuilt(Path(config["site_dir"]))
