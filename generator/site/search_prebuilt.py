"""MkDocs hook: Material's search index built once at build time, so the offline first search loads it.

Why: over file:// Material's search worker builds its lunr index in the browser when the search box
opens, word by word, and the page waits for it. That build costs about 7 µs of CPU per word on this
project's machines (Node, V8, Material 9.8's worker): 7 s for 10,000 Reuters articles, however few
words each article keeps in the index. Loading lunr's own serialised index instead still meant
parsing 18 MB at 10,000 articles (term vectors and postings as JSON objects), and the page parsed the
documents (9 MB) once more and copied them into the worker: 4 to 6 s on a busy machine.

What: after the search plugin has written ``search/search_index.json`` and the offline plugin its
copy ``search/search_index.js`` (this hook runs last), the documents are indexed here and written,
with Material's documents and configuration, as ``search/lunr_index.js``: a compact inverted index
(:func:`prebuild`: the terms, and for each the documents holding it per field with its count, about
a tenth of lunr's serialised form); documents, terms and postings each as one long all-ASCII string
(:func:`columns`), which the browser reads far faster than JSON objects. ``search_index.js`` is then written again without the documents. javascripts/search.js loads
the file into the offline search worker when the search box opens and hands lunr an index that
decodes only what a query looks up (its trie, postings and term vectors; scores as lunr's Builder
computes them); results, their order and scores are those of Material's own index. Served over http
(``search_index.json`` stays whole, the worker is a real Worker) Material builds the index itself.

Our own code is only the part no library does: cutting each field into words exactly as Material's
worker does (its ``separator``, lower case, the tags left out, no trimmer and no stemmer: the
``pipeline`` in mkdocs.yml keeps only lunr's English stop-word filter, whose list comes from lunr.py),
and the compact form, which neither lunr.js nor lunr.py offers. Same input, same bytes out.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

INDEX = "search/search_index.json"
PREBUILT = "search/lunr_index.js"
PAGE_INDEX = "search/search_index.js"      # the offline plugin's copy, which the page loads
TAG = re.compile(r"<[^>]*>")


def words(value, separator: re.Pattern) -> list[str]:
    """A field's words as Material's worker makes them: markup out, split at ``separator``, lower case.

    ``value`` is a string of HTML, a list of strings (tags), or None (no words).
    """
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [w.lower() for item in values for w in separator.split(TAG.sub(" ", str(item))) if w]


def _stop_words() -> frozenset[str]:
    """lunr's English stop words (the list lunr.js's stopWordFilter holds), from lunr.py without NLTK.

    Importing lunr imports NLTK when it is installed (for other languages' stemmers, which Material's
    English pipeline has no use for): about 10 s on a busy machine, at every site build. A None in
    ``sys.modules`` makes that optional import fail for this one import; NLTK is left as it was.
    """
    blocked = "nltk" not in sys.modules
    if blocked:
        sys.modules["nltk"] = None      # type: ignore[assignment]
    try:
        from lunr.stop_word_filter import WORDS
    finally:
        if blocked:
            del sys.modules["nltk"]
    return frozenset(WORDS)


def js_order(term: str) -> bytes:
    """lunr.js inserts terms in JavaScript string order (UTF-16 code units), not code point order."""
    return term.encode("utf-16-be")


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if not number:
            return out


def prebuild(search_index: dict) -> dict:
    """The compact inverted index of Material's ``search_index`` (``config`` and ``docs``).

    Returns ``{"count": documents, "fields": [name, ...], "boosts": [field boost, ...],
    "terms": [term, ...], "postings": [posting, ...]}``: ``terms`` in JavaScript string order, and for
    each its ``posting``, one string per field joined by ``;``, each a comma-separated list of the
    documents (positions in ``docs``) holding the term in that field: the gap from the document before
    in base 36 (the first counts from 0), then ``.`` and the term's count there in base 36 when over 1.
    That is all lunr's index holds apart from word positions, which nothing reads (javascripts/search.js
    marks the words found in the result list): the term vectors and idf of lunr's serialised index
    are computed from it in the browser, for the terms a query looks up only, with lunr.js's formula.
    A field no document has (Material's tags, on a site without tags) is left out.

    Raises:
        re.error: the configured separator is not a Python regular expression.
    """
    config = search_index.get("config") or {}
    separator = re.compile(config.get("separator") or r"[\s\-]+")
    stop = _stop_words() if "stopWordFilter" in (config.get("pipeline") or []) else frozenset()
    fields = config.get("fields") or {"title": {"boost": 1000}, "text": {"boost": 1}}
    docs = search_index.get("docs") or ()
    fields = {name: spec for name, spec in fields.items() if any(name in doc for doc in docs)}
    postings: dict[str, list[list[tuple[int, int]]]] = {}
    for number, doc in enumerate(docs):
        for column, name in enumerate(fields):
            counts: dict[str, int] = {}
            for word in words(doc.get(name), separator):
                if word not in stop:
                    counts[word] = counts.get(word, 0) + 1
            for term, count in counts.items():
                lists = postings.get(term)
                if lists is None:
                    lists = postings[term] = [[] for _ in fields]
                lists[column].append((number, count))
    terms = sorted(postings, key=js_order)
    encoded = []
    for term in terms:
        parts = []
        for entries in postings[term]:
            last, items = 0, []
            for number, count in entries:
                items.append(_base36(number - last) + ("." + _base36(count) if count > 1 else ""))
                last = number
            parts.append(",".join(items))
        encoded.append(";".join(parts))
    return {"count": len(docs), "fields": list(fields),
            "boosts": [(spec or {}).get("boost", 1) for spec in fields.values()],
            "terms": terms, "postings": encoded}


SEPARATORS = ("\n", "\x1f", "\x1e", "\x1d", "\x1c", "\x00")
COLUMNS = ("location", "title", "text")


def columns(docs: list[dict], terms: list[str], postings: list[str]) -> dict:
    """Material's documents and the index's terms and postings as a few long strings, each cut at ``sep``.

    Returns ``{"sep": character, "location": ..., "title": ..., "text": ..., "extra": {position: {field:
    value}}, "terms": ..., "postings": ...}``. A document's location that is the one before it with
    another anchor (a page's sections follow the page, as Material's own document map requires) is kept as
    ``#anchor``; ``"relative": false`` says every location is whole (a location that begins with ``#``
    and could not be told from one of those). Fields other than these three (``boost``, ``tags``) go into
    ``extra`` by the document's position; a document without a title or text has it there as None.
    Why: at 10,000 articles the documents are 9 MB of JSON objects, and JSON.parse in the browser reads
    every character of them once more after the script itself is read, and makes 24,000 objects and
    their keys; ``split`` on a string literal makes cheap slices of it. At 10,000 Reuters articles:
    10.3 MB instead of 11.7, loaded and read in the browser in 40 to 60% of the time (medians of five,
    load average 15: 0.32 s against 0.85 s, then 0.29 s against 0.46 s; cutting it apart, 8 ms).
    """
    locations, page, relative = [], None, True
    for doc in docs:
        location = str(doc.get("location", ""))
        path, anchor, _ = location.partition("#")
        if anchor and path == page:
            locations.append(location[len(path):])
        else:
            relative = relative and not location.startswith("#")
            locations.append(location)
            page = path
    if not relative:
        locations = [str(doc.get("location", "")) for doc in docs]
    values = {name: [doc.get(name) if isinstance(doc.get(name), str) else "" for doc in docs]
              for name in ("title", "text")}
    extra = {}
    for number, doc in enumerate(docs):
        fields = {name: value for name, value in doc.items() if name not in COLUMNS}
        fields.update({name: None for name in ("title", "text") if not isinstance(doc.get(name), str)})
        if fields:
            extra[str(number)] = fields
    everything = [locations, values["title"], values["text"], terms, postings]
    used = "".join(value for column in everything for value in column)     # one string: "in" is fast
    sep = next(c for c in (*SEPARATORS, *map(chr, range(0xE000, 0xF900))) if c not in used)
    out = {"sep": sep, "location": sep.join(locations), "title": sep.join(values["title"]),
           "text": sep.join(values["text"]), "extra": extra, "terms": sep.join(terms),
           "postings": sep.join(postings)}
    if not relative:
        out["relative"] = False
    return out


def write_prebuilt(site_dir: Path) -> Path | None:
    """Write ``search/lunr_index.js`` beside the search index of ``site_dir``; None without documents.

    The file is one JavaScript object literal (JSON, all ASCII: \\u escapes), ``var __lunr_index =
    {"docs": count, "first": location, "last": location, "config": config, "count", "fields",
    "boosts"`` (as :func:`prebuild` returns them) and the documents, terms and postings as
    :func:`columns` writes them ``}``: javascripts/search.js cuts them apart in the worker's window
    when the first search needs them. :func:`read_prebuilt` reads it back. Once it is written, the
    offline plugin's ``search/search_index.js`` (which the page parses and the worker would get a copy
    of) is written again with the same configuration, no documents, and ``"prebuilt": {"docs",
    "first", "last"}``, by which search.js knows the documents are in the prebuilt file and that this
    file is the one built with them. ``search_index.json`` (what Material loads over http) stays whole.
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
    key = {"docs": len(docs), "first": docs[0]["location"], "last": docs[-1]["location"]}
    index = prebuild(data)
    payload = {**key, "config": data.get("config") or {}, "count": index["count"], "fields": index["fields"],
               "boosts": index["boosts"], **columns(docs, index["terms"], index["postings"])}
    # all ASCII (\u escapes): V8 reads a one-byte script about twice as fast as the same text with other
    # characters in it; JSON is JavaScript (ensure_ascii escapes U+2028 and U+2029 too)
    text = json.dumps(payload, ensure_ascii=True, separators=(",", ":"))
    target.write_text("var __lunr_index = " + text + ";\n", encoding="ascii")
    page_index = {"config": data.get("config") or {}, "docs": [], "prebuilt": key}
    (Path(site_dir) / PAGE_INDEX).write_text(
        "var __index = " + json.dumps(page_index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return target


def read_prebuilt(site_dir: Path) -> dict:
    """``site_dir``'s ``search/lunr_index.js`` as :func:`write_prebuilt` wrote it, its columns put together.

    Returns ``{"docs", "first", "last", "config", "documents": Material's documents, "index":
    prebuild(...)}``, decoded as javascripts/search.js decodes them.

    Raises:
        FileNotFoundError: no such file. ValueError: not a file this module wrote.
    """
    text = (Path(site_dir) / PREBUILT).read_text(encoding="ascii")
    head, tail = "var __lunr_index = ", ";\n"
    if not (text.startswith(head) and text.endswith(tail)):
        raise ValueError(f"{PREBUILT}: not a prebuilt search index")
    data = json.loads(text[len(head):-len(tail)])
    sep = data["sep"]
    documents, page = [], ""
    for number, (location, title, body) in enumerate(zip(*(data[name].split(sep) for name in COLUMNS))):
        if location.startswith("#") and data.get("relative", True):
            location = page + location
        else:
            page = location.partition("#")[0]
        doc = {"location": location, "title": title, "text": body}
        for name, value in data["extra"].get(str(number), {}).items():
            if value is None:
                doc.pop(name, None)
            else:
                doc[name] = value
        documents.append(doc)
    index = {"count": data["count"], "fields": data["fields"], "boosts": data["boosts"],
             "terms": data["terms"].split(sep) if data["terms"] else [],
             "postings": data["postings"].split(sep) if data["terms"] else []}
    return {**{name: data[name] for name in ("docs", "first", "last", "config")}, "documents": documents,
            "index": index}


@event_priority(-110)       # after the search plugin has written its index and the offline plugin its copy
def on_post_build(config):
    write_prebuilt(Path(config["site_dir"]))
