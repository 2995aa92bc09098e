"""The built site's search index: what it holds and leaves out, the headings kept out of it, the prebuilt
lunr index (words cut as Material's worker cuts them, postings, documents packed in columns), and the
first search timed in a real browser."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from site_records import ROOT, _Tags, build_site, person, record

# --- the search index ----------------------------------------------------------------------------

def search_docs(site: Path) -> dict[str, dict]:
    """The built site's search entries by location."""
    data = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    return {doc["location"]: doc for doc in data["docs"]}


@pytest.fixture(scope="module")
def search_site(tmp_path_factory):
    sneaky = "Sneaky words { data-search-exclude }"
    records = [
        record("river", headline="River treaty signed", summary=["Ministers signed the river treaty.", sneaky],
               contributors=[{"name": "Cal Stringer", "place": "Geneva"}],
               entities=[person("Ann Able", "Water Minister"), person("Once Only"), person("Rex Quoted")],
               quotes=[{"text": "We kept our word.", "speaker": "Ann Able"},
                       {"text": "Only this once.", "speaker": "Rex Quoted"}],
               numbers=[{"text": "12 billion", "value": 12e9, "context": "litres counted", "sentence": "x"}],
               topics=["Water"], warnings=["odd warning words"]),
        record("dam", headline="Dam opens {: #x onclick=\"alert(4)\" data-search-exclude }", published="2024-06-01",
               entities=[dict(person("Ann Able", "Minister"), aliases=["Annie Able"])],
               topics=["Water", "Dams"]),
    ]
    from generator.site import index

    with pytest.MonkeyPatch.context() as patch:      # every actor and topic gets a page (no budget)
        patch.setattr(index, "earns_page", lambda actor: True)
        patch.setattr(index, "earns_topic_page", lambda topic: True)
        return build_site(tmp_path_factory.mktemp("search"), records)


def test_search_holds_what_readers_look_for(search_site):
    docs = search_docs(search_site)
    article = " ".join(d["title"] + " " + d["text"] for loc, d in docs.items() if loc.startswith("articles/river"))
    for wanted in ("River treaty signed", "Ministers signed the river treaty", "Ann Able", "Rex Quoted",
                   "Water Minister", "Once Only", "Water", "Sneaky words"):
        assert wanted in article, wanted
    # quotes stay out (every word indexed costs the first search time; their speakers are names in it)
    for unwanted in ("We kept our word", "Only this once", "12 billion", "litres counted", "odd warning words",
                     "articles.jsonl"):
        assert unwanted not in article, unwanted
    # one entry each for the header with the summary and for who is in it: none per speaker or kind
    assert sorted(loc for loc in docs if loc.startswith("articles/river")) == [
        "articles/river.html", "articles/river.html#in-this-article"]
    # the header's snippet is the summary: byline and dek stay out
    assert docs["articles/river.html"]["text"].startswith("<p>Ministers signed the river treaty.")
    # a reporter is found: the writers are listed with who is in the article
    assert "Ann Writer" in docs["articles/river.html#in-this-article"]["text"]
    assert "Cal Stringer" in docs["articles/river.html#in-this-article"]["text"]      # "Reporting by ..."
    assert "Ann Writer" not in docs["articles/river.html"]["text"]


def test_actor_and_topic_pages_add_only_their_names(search_site):
    docs = search_docs(search_site)
    ann = [d for loc, d in docs.items() if loc.startswith("people/ann-able")]
    assert len(ann) == 1 and ann[0]["title"] == "Ann Able"
    assert ann[0].get("boost", 1) > 1                                        # ranked above the articles
    assert "Water Minister" not in ann[0]["text"]          # titles are found through the articles
    assert "Annie Able" in ann[0]["text"]                  # other spellings are found on the page itself
    assert "River treaty" not in ann[0]["text"] and "We kept our word" not in ann[0]["text"]
    assert "Rex Quoted" in " ".join(d["title"] for d in docs.values())
    assert [d["title"] for loc, d in docs.items() if loc.startswith("people/once-only")] == ["Once Only"]
    water = [d for loc, d in docs.items() if loc.startswith("topics/water")]
    assert [d["title"] for d in water] == ["Water"] and "River treaty" not in water[0]["text"]
    assert [d["title"] for loc, d in docs.items() if loc.startswith("topics/dams")] == ["Dams"]
    assert not any(loc.startswith(("index.html", "articles/index", "people/index", "quality/", "stories/"))
                   for loc in docs)


def test_only_our_own_headings_leave_search(search_site):
    html = (search_site / "articles/river.html").read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(html)
    excluded = sorted(attrs.get("id") or attrs.get("class") for tag, attrs in parser.tags if "data-search-exclude" in attrs)
    assert excluded == ["key-numbers", "news-meta", "quotes", "related-articles", "source"]
    assert "Sneaky words { data-search-exclude }" in html
    dam = _Tags()
    dam.feed((search_site / "articles/dam.html").read_text(encoding="utf-8"))
    assert not any("onclick" in attrs or attrs.get("id") == "x" for _, attrs in dam.tags)
    assert "Dam opens {: #x" in search_docs(search_site)["articles/dam.html"]["title"]


def postings(index: dict) -> dict[str, dict[str, dict[int, int]]]:
    """The prebuilt index's postings decoded: term -> field -> document number -> count."""
    decoded = {}
    for term, posting in zip(index["terms"], index["postings"]):
        decoded[term] = {}
        for field, part in zip(index["fields"], posting.split(";")):
            number, entries = 0, {}
            for item in filter(None, part.split(",")):
                gap, _, count = item.partition(".")
                number += int(gap, 36)
                entries[number] = int(count or "1", 36)
            decoded[term][field] = entries
    return decoded


def test_prebuilt_index_is_the_search_index_built(search_site):
    from generator.site.search_prebuilt import read_prebuilt, write_prebuilt

    whole = json.loads((search_site / "search/search_index.json").read_text(encoding="utf-8"))
    docs = [doc["location"] for doc in whole["docs"]]
    payload = read_prebuilt(search_site)
    assert (payload["docs"], payload["first"], payload["last"]) == (len(docs), docs[0], docs[-1])
    assert payload["documents"] == whole["docs"] and payload["config"] == whole["config"]
    # the page's copy keeps the configuration and says where the documents went: none is parsed twice
    page = (search_site / "search/search_index.js").read_text(encoding="utf-8")
    assert page.startswith("var __index = ")
    page = json.loads(page[len("var __index = "):])
    assert page == {"config": whole["config"], "docs": [],
                    "prebuilt": {"docs": len(docs), "first": docs[0], "last": docs[-1]}}
    index = payload["index"]
    assert index["fields"] == ["title", "text"] and index["count"] == len(docs)
    assert index["boosts"] == [whole["config"]["fields"]["title"]["boost"], whole["config"]["fields"]["text"]["boost"]]
    terms = set(index["terms"])
    # the headline, a summary word, names (spelled either way), titles and topics; lower case; ("able" is
    # one of lunr's stop words, as in Material's worker)
    assert {"river", "treaty", "ministers", "ann", "annie", "quoted", "once", "rex", "minister", "water", "dams"} <= terms
    assert not {"kept", "litres", "billion", "warning", "the", "River", "<p>", "p"} & terms   # quotes, stop words, markup
    found = postings(index)
    river = docs.index("articles/river.html")
    assert found["treaty"]["title"] == {river: 1} and river in found["ministers"]["text"]
    before = [(search_site / "search" / name).read_bytes() for name in ("lunr_index.js", "search_index.js")]
    write_prebuilt(search_site)                                             # same input, same bytes
    assert [(search_site / "search" / name).read_bytes() for name in ("lunr_index.js", "search_index.js")] == before


def test_prebuilt_index_cuts_words_as_materials_worker_does():
    from generator.site.search_prebuilt import prebuild, words

    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    separator = re.compile(next(p["search"] for p in config["plugins"] if isinstance(p, dict) and "search" in p)["separator"])
    assert words("<p>Cease-fire (Chairman) · “smear”, A&amp;B</p>", separator) == [
        "cease", "fire", "chairman", "smear", "a&amp", "b"]          # as Material: no entity decoded
    assert words("東京の雨", separator) == ["東", "京", "の", "雨"]
    assert words(["Tag One", "two"], separator) == ["tag", "one", "two"] and words(None, separator) == []
    index = prebuild({"config": {"separator": separator.pattern, "pipeline": ["stopWordFilter"],
                                 "fields": {"title": {"boost": 1000}, "text": {"boost": 1}, "tags": {"boost": 1e6}}},
                      "docs": [{"location": "a.html", "title": "\U0001F600 face", "text": "<p>\uff5e wave</p>"}]})
    terms = index["terms"]
    assert terms == sorted(terms, key=lambda t: t.encode("utf-16-be")) and "\U0001F600" in terms and "\uff5e" in terms
    assert terms.index("\U0001F600") < terms.index("\uff5e")          # JavaScript's order, not code points'
    assert index["fields"] == ["title", "text"]                          # no document has tags


def test_prebuilt_postings_count_gaps_and_repeats():
    from generator.site.search_prebuilt import prebuild

    docs = [{"location": f"p{n}.html", "title": "Alpha" if n % 40 == 0 else "Beta", "text": "<p>gamma gamma</p>"}
            for n in range(81)]
    index = prebuild({"config": {"separator": r"[\s\-]+", "pipeline": ["stopWordFilter"]}, "docs": docs})
    found = postings(index)
    assert found["alpha"] == {"title": {0: 1, 40: 1, 80: 1}, "text": {}}
    assert found["gamma"]["text"] == {n: 2 for n in range(81)} and found["gamma"]["title"] == {}
    assert index["postings"][index["terms"].index("alpha")] == "0,14,14;"   # gaps in base 36


def test_prebuilt_documents_come_back_whole_from_their_columns(tmp_path):
    from generator.site.search_prebuilt import columns, read_prebuilt, write_prebuilt

    docs = [{"location": "a.html", "title": "A", "text": "<p>one\ntwo</p>"},        # a newline: another separator
            {"location": "a.html#part", "title": "Part", "text": ""},                # the page before, another anchor
            {"location": "b.html#x", "title": "B", "text": "<p>b</p>", "boost": 5},  # a section without its page first
            {"location": "c.html", "title": "C", "text": "", "tags": ["t"]},
            {"location": "d.html", "title": "D"}]                                     # no text at all
    site = tmp_path / "site"
    (site / "search").mkdir(parents=True)
    whole = {"config": {"separator": r"[\s\-]+", "pipeline": []}, "docs": docs}
    (site / "search/search_index.json").write_text(json.dumps(whole), encoding="utf-8")
    write_prebuilt(site)
    payload = read_prebuilt(site)
    assert payload["documents"] == docs
    packed = columns(docs, ["one", "two"], ["0;", "0;"])
    assert packed["sep"] != "\n" and packed["location"].split(packed["sep"])[:3] == ["a.html", "#part", "b.html#x"]
    # a location beginning with "#" could not be told from a section's: every location is written whole
    root = [{"location": "", "title": "Home", "text": ""}, {"location": "p.html", "title": "P", "text": ""},
            {"location": "#top", "title": "Top", "text": ""}]
    packed = columns(root, [], [])
    assert packed["relative"] is False and packed["location"].split(packed["sep"]) == ["", "p.html", "#top"]
    (site / "search/search_index.json").write_text(json.dumps({**whole, "docs": root}), encoding="utf-8")
    write_prebuilt(site)
    assert read_prebuilt(site)["documents"] == root


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_first_search_is_timed_in_a_real_browser(search_site):
    from generator.site.measure import search_timings

    timings = search_timings(search_site, "treaty", chromium=CHROMIUM)
    assert 0 < timings.first_search_seconds < 30 and 0 < timings.load_seconds < 30
    assert 0 < timings.cpu_seconds < 60              # the browser's own CPU, beside the wall time
    assert timings.index_bytes == sum((search_site / "search" / name).stat().st_size
                                      for name in ("search_index.js", "lunr_index.js"))
