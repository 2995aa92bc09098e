"""Hostile and unlucky inputs: each gives a warning naming the file, and the rest still builds.

Reader, cache and alias-file cases need no spaCy model; the cases that parse use a blank spaCy
pipeline saved to a temporary folder, or the real model once. Time bounds are loose on purpose:
they catch a hang or a quadratic blow-up, not a slow machine.
"""
import errno
import json
import os
import time
from dataclasses import replace
from pathlib import Path

import pytest

from generator import cache as cache_module
from generator.actors import load_aliases
from generator.cache import ExtractionCache
from generator.config import Settings
from generator.inputs import SeedsError, check_seeds
from generator.parse import PIECE_CHARS, parse, pieces
from generator.readers import discover, read_text

BODY = "The council met on Monday and approved the plan for new bus lanes across the city centre."


def _bomb(levels: int = 9) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    lines.append("tags: [" + ",".join([f"*a{levels - 1}"] * 9) + "]")
    return "\n".join(lines)


@pytest.mark.parametrize("front, check", [
    (f"title: Kept\n{_bomb()}\n", lambda a: a.headline == "Kept" and not a.tags),
    ("title: Kept\ndate: 2024-02-30\n", lambda a: a.headline == "Kept" and a.published is None),
    ("title: Kept\ndate: 12024-01-01\n", lambda a: a.headline == "Kept" and a.published is None),
    ("title: Kept\ndate: '1066-10-14'\n", lambda a: a.headline == "Kept" and a.published is None),
    ("title: Kept\nx: " + "[" * 20000 + "]" * 20000 + "\ndate: 2024-03-05\n",
     lambda a: a.headline == "Kept" and a.published == "2024-03-05"),
    ("title: Kept\ntags: [.NET, {bad: 1}, iPhone]\n", lambda a: a.tags == (".NET", "iPhone")),
    ("title: Kept\nauthor: &x [*x]\n", lambda a: a.headline == "Kept" and not a.authors),
])
def test_bad_front_matter_value_drops_that_value_only(front, check):
    started = time.monotonic()
    article = read_text(f"---\n{front}---\n\n{BODY}\n", source="hostile.md", format="markdown")
    assert time.monotonic() - started < 10
    assert check(article), (article.headline, article.published, article.tags, article.warnings)
    assert BODY in article.paragraphs
    problems = [w for w in article.warnings if "front matter" in w]
    assert problems and all(w.startswith("hostile.md") and len(w) < 300 for w in problems)


@pytest.mark.parametrize("value", ['"   "', "''", '"\\t"'])
def test_blank_front_matter_title_is_said_to_be_blank(value):
    article = read_text(f"---\ntitle: {value}\noutlet: Daily Post\n---\n\n{BODY}\n", source="blank.md",
                        format="markdown")
    assert article.outlet == "Daily Post"
    assert [w for w in article.warnings if "front matter" in w] == [
        "blank.md: front matter title is blank; it was ignored"]


def test_anchor_bomb_is_one_warning_naming_every_value_dropped():
    article = read_text(f"---\ntitle: Kept\n{_bomb()}\n---\n\n{BODY}\n", source="bomb.md", format="markdown")
    problems = [w for w in article.warnings if "front matter" in w]
    assert len(problems) == 1 and problems[0].startswith("bomb.md:")
    assert "'a4'" in problems[0] and "and 1 more" in problems[0], problems


def test_html_paragraph_of_one_long_run_is_read_not_dropped():
    """A paragraph of 300,000 "&amp;" is no menu label: its text is kept (nothing is silently lost)."""
    from generator.readers import read_data

    page = (f"<html><head><title>Amps</title></head><body><article><h1>Amps</h1><p>{BODY}</p>"
            f"<p>{'&amp;' * 300_000}</p><p>{BODY.replace('council', 'mayor')}</p></article></body></html>")
    article = read_data(page.encode(), source="amp.html", suffix=".html")
    assert "&" * 300_000 in article.paragraphs and BODY in article.paragraphs


def test_tags_are_kept_as_written():
    article = read_text(f"---\ntitle: T\ntags: [.NET, iPhone, COVID-19]\n---\n\n{BODY}\n",
                        source="t.md", format="markdown")
    assert article.tags == (".NET", "iPhone", "COVID-19")


def _symlink_or_skip(target, link: Path) -> None:
    try:
        link.symlink_to(target)
    except OSError:
        pytest.skip("no symbolic links here")


def test_every_skipped_entry_is_named(tmp_path):
    seeds = tmp_path / "seeds"
    (seeds / "sub").mkdir(parents=True)
    (seeds / "good.txt").write_text(BODY)
    (seeds / "sub" / "inner.txt").write_text(BODY + " Inner.")
    (seeds / ".hidden.txt").write_text(BODY)
    (seeds / "notes.pdf").write_text(BODY)
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0")
    _symlink_or_skip(outside, seeds / "passwd.txt")
    _symlink_or_skip(tmp_path / "missing.txt", seeds / "dangling.txt")
    _symlink_or_skip(seeds / "sub" / "inner.txt", seeds / "alias.txt")
    _symlink_or_skip(seeds / "sub", seeds / "linked-folder")
    os.mkfifo(seeds / "pipe.txt")
    started = time.monotonic()
    paths, warnings = discover(seeds)
    assert time.monotonic() - started < 5          # the FIFO was never opened
    names = sorted(p.name for p in paths)
    assert names == ["alias.txt", "good.txt", "inner.txt"]
    for name, words in [(".hidden.txt", "hidden"), ("notes.pdf", "suffix"), ("passwd.txt", "out of the seeds"),
                        ("dangling.txt", "broken"), ("pipe.txt", "FIFO"), ("linked-folder", "folder")]:
        assert any(w.startswith(str(seeds / name)) and words in w for w in warnings), (name, warnings)


def test_undecodable_file_name_is_shown_and_kept(tmp_path):
    seeds = os.fsencode(tmp_path / "seeds")
    os.mkdir(seeds)
    with open(os.path.join(seeds, b"caf\xe9.txt"), "wb") as handle:
        handle.write(BODY.encode())
    paths, warnings = discover(Path(os.fsdecode(seeds)))
    assert len(paths) == 1 and not warnings
    from generator.readers.discover import display_name
    assert display_name(paths[0]).endswith("caf\ufffd.txt")
    json.dumps(display_name(paths[0]), ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("content", ['{}', '{"record": null}', '[]', 'not json', '{"record": {}, '
                                     '"fingerprint": "x", "signature": []}', "[" * 50000])
def test_malformed_cache_entry_is_a_miss_with_a_warning(tmp_path, content):
    cache = ExtractionCache(tmp_path, Settings())
    key = cache.key(b"data", "a.txt")
    path = tmp_path / key[:2] / f"{key}.json"
    path.parent.mkdir()
    path.write_text(content)
    assert cache.get(key, source="a.txt") is None
    assert len(cache.warnings) == 1 and cache.warnings[0].startswith("a.txt: its cache entry")


def test_full_disk_under_the_cache_is_one_warning_and_leaves_no_temp_file(tmp_path, monkeypatch):
    cache = ExtractionCache(tmp_path, Settings())

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(cache_module.os, "replace", full)
    entry = {"record": {}, "fingerprint": "f", "signature": []}
    assert cache.put("ab" * 32, entry) is False and cache.put("cd" * 32, entry) is False
    assert len(cache.warnings) == 1 and "No space left" in cache.warnings[0]
    assert not [p for p in tmp_path.rglob(".tmp-*")]


def test_stale_temp_files_are_removed(tmp_path):
    (tmp_path / "ab").mkdir()
    (tmp_path / "ab" / ".tmp-left").write_text("half")
    (tmp_path / "ab" / "keep.json").write_text("{}")
    assert cache_module.remove_stale_temp_files(tmp_path) == 1
    assert [p.name for p in (tmp_path / "ab").iterdir()] == ["keep.json"]


@pytest.mark.parametrize("make", [
    lambda p: p.write_bytes("actors:\n  - name: Caf\xe9 Owner\n    aliases: [Owner]\n".encode("cp1252")),
    lambda p: p.mkdir(),
    lambda p: p.write_text("actors: " + "[" * 20000 + "]" * 20000 + "\n"),
    lambda p: p.write_bytes(b"\xff\xfe\x00\x00garbage"),
])
def test_bad_alias_file_is_one_warning(tmp_path, make):
    path = tmp_path / "aliases.yml"
    make(path)
    config, warnings = load_aliases(path)
    assert len(warnings) == 1 and warnings[0].startswith(str(path)), warnings


def test_alias_file_in_cp1252_is_still_used(tmp_path):
    path = tmp_path / "aliases.yml"
    path.write_bytes("actors:\n  - name: Caf\xe9 Owner\n    aliases: [Owner]\n".encode("cp1252"))
    config, warnings = load_aliases(path)
    assert config.actor_for("Owner").name == "Caf\xe9 Owner" and "cp1252" in warnings[0]


@pytest.mark.parametrize("seeds, own", [
    ("docs", "docs"), (".", "docs"), (".", "site"), (".", "cache"), ("docs/articles", "docs"),
])
def test_seeds_may_not_be_or_hold_the_sites_own_folders(tmp_path, seeds, own):
    folders = {"docs": tmp_path / "docs", "site": tmp_path / "site", "cache": tmp_path / ".cache"}
    for folder in folders.values():
        (folder / "articles").mkdir(parents=True)
    with pytest.raises(SeedsError, match=own):
        check_seeds(tmp_path / seeds, {own: folders[own]})


def test_pieces_join_back_and_stay_small():
    text = ("A paragraph of words. " * 40 + "\n\n") * 300 + "x" * 50_000 + " tail"
    parts = pieces(text)
    assert "".join(parts) == text and all(len(p) <= PIECE_CHARS for p in parts)


@pytest.fixture(scope="module")
def blank_nlp():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_text_over_spacys_limit_is_parsed_whole(blank_nlp):
    blank_nlp.max_length = 5_000     # stands for 1,000,000: the same E088, on a small text
    text = "\n\n".join(f"Paragraph {i} says something about the harbour." for i in range(600))
    assert len(text) > blank_nlp.max_length
    doc = parse(blank_nlp, text)
    assert doc.text == text and len(list(doc.sents)) >= 600


@pytest.mark.parametrize("text", ['"' * 110_000, '\u201c' * 50_000 + '\u201d' * 50_000,
                                  "=" * 300_000, ('"a" ' * 5000)])
def test_quotation_mark_floods_tokenize_in_linear_time(blank_nlp, text):
    started = time.monotonic()
    doc = parse(blank_nlp, text)
    assert doc.text == text
    assert time.monotonic() - started < 20


def test_quotation_mark_flood_extracts_quickly(nlp):
    from generator.extract import extract, nlp_text

    raw = read_text("Marks\n\n" + '"' * 110_000, source="marks.txt")
    text, start = nlp_text(raw)
    started = time.monotonic()
    found = extract(raw, parse(nlp, text), body_start=start)
    assert time.monotonic() - started < 60 and found.quotes == ()


def test_time_budget_keeps_what_the_reader_found(blank_nlp, monkeypatch):
    import generator.extract as extract_module
    from generator.workers import run_task

    def spin(*args, **kwargs):       # CPU-bound and endless: the budget counts CPU time
        while True:
            pass

    monkeypatch.setattr(extract_module, "extract", spin)
    raw = read_text(f"Slow story\n\n{BODY}", source="slow.txt")
    started = time.monotonic()
    kind, entry = run_task(("raw", raw), blank_nlp, replace(Settings(), article_seconds=1))
    assert time.monotonic() - started < 60
    record = entry["record"]
    assert kind == "done" and record["headline"] == "Slow story"
    assert any("time budget" in w for w in record["warnings"])


def test_reader_crash_is_one_warning(blank_nlp, monkeypatch):
    import generator.readers as readers
    from generator.workers import run_task

    def boom(*a, **k):
        raise RecursionError("deep")

    monkeypatch.setattr(readers, "read_data", boom)
    kind, message = run_task(("bytes", b"x", "deep.html", ".html"), blank_nlp, Settings())
    assert kind == "skip" and message.startswith("deep.html: ")


def test_bodies_without_words_are_not_the_same_text():
    """Two articles whose bodies hold no word (only marks, or nothing found) are not duplicates."""
    from generator.dedupe import duplicate_groups, fingerprint, signature

    bodies = ['"' * 500, "", "&" * 300, BODY, BODY]
    entries = [{"fingerprint": fingerprint(b), "signature": signature(b)} for b in bodies]
    assert duplicate_groups(entries) == [[3, 4]]


def test_a_name_trimmed_to_nothing_at_the_docs_end_is_no_name(blank_nlp):
    """A named entity of marks only ("&&&") at the very end of a Doc leaves nothing to read, no crash."""
    from generator.extract.entities.names import without_description

    doc = blank_nlp("The council met. &&&& &&&&")
    assert without_description(doc, len(doc), len(doc)) == len(doc)


def test_html_nested_too_deep_for_the_parser_says_so():
    from generator.readers import read_data

    page = "<html><body>" + "<div>" * 5000 + BODY + "</div>" * 5000 + "</body></html>"
    article = read_data(page.encode(), source="deep.html", suffix=".html")
    assert any(w.startswith("deep.html: ") and "nested more than 255" in w for w in article.warnings)
    shallow = read_data(f"<html><body><div><p>{BODY}</p></div></body></html>".encode(), source="ok.html", suffix=".html")
    assert not any("nested" in w for w in shallow.warnings)
