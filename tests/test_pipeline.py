"""Builds end to end into a temporary docs folder: caching, incremental rebuilds, duplicates, bad files."""
import json
from dataclasses import replace
from pathlib import Path

import pytest

from generator import pipeline
from generator.config import Settings

STORIES = {
    "storm.txt": "Storm batters Maine coast\n\nPORTLAND, Maine (AP) — A powerful storm battered the coast of "
                 "Maine on Tuesday, knocking out power to 120,000 homes, Governor Janet Mills said.\n\n"
                 "\u201cWe have crews working around the clock to restore power,\u201d Mills said.\n",
    "budget.md": "---\ntitle: Council approves budget\ndate: 2024-03-05\nauthor: Jane Doe\ntags: [budget]\n---\n"
                 "The Springfield city council approved a $4 million budget on Monday after Mayor Tom Baker "
                 "proposed cuts to the parks department.\n\n\u201cThis budget protects our schools and "
                 "our streets,\u201d Baker said.\n",
}


@pytest.fixture
def project(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in STORIES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "about.md").write_text("# About\n\nHand-written.\n")
    settings = replace(Settings(), cache_dir=str(tmp_path / "cache"), workers=1)
    return seeds, docs, settings


def _mtimes(docs: Path) -> dict:
    return {p: p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()}


def _build(project, **kw):
    seeds, docs, settings = project
    return pipeline.build(settings, seeds=seeds, docs=docs, progress=False, **kw)


def test_rerun_runs_no_nlp_and_rewrites_nothing(project, monkeypatch):
    first = _build(project)
    assert first.read == 2 and first.extracted == 2
    before = _mtimes(project[1])
    calls = []
    monkeypatch.setattr(pipeline, "_extract_chunk", lambda raws, s: calls.append(raws) or [])
    second = _build(project)
    assert calls == [] and second.extracted == 0 and second.from_cache == 2
    assert second.written == 0 and second.removed == 0
    assert _mtimes(project[1]) == before


def test_one_changed_article_is_extracted_alone(project):
    _build(project)
    seeds = project[0]
    (seeds / "storm.txt").write_text(STORIES["storm.txt"] + "\nCrews expect repairs to take days.\n")
    report = _build(project)
    assert report.extracted == 1 and report.from_cache == 1


def test_deleted_article_loses_its_pages_and_nothing_else(project):
    _build(project)
    seeds, docs, _ = project
    articles = {p.name for p in (docs / "articles").glob("*.md")}
    (seeds / "budget.md").unlink()
    report = _build(project)
    assert report.read == 1
    after = {p.name for p in (docs / "articles").glob("*.md")}
    assert len(after) == len(articles) - 1
    assert not any("council" in name for name in after)
    assert (docs / "about.md").read_text() == "# About\n\nHand-written.\n"


def test_identical_texts_make_one_page_with_a_warning(project):
    seeds = project[0]
    (seeds / "copy of storm.txt").write_text(STORIES["storm.txt"])
    report = _build(project)
    assert report.read == 2
    assert any("copy of storm.txt" in w and "storm.txt" in w for w in report.warnings)


def test_bad_file_is_skipped_with_a_warning_and_the_build_goes_on(project):
    seeds = project[0]
    (seeds / "empty.txt").write_text("")
    (seeds / "blob.txt").write_bytes(bytes(range(256)) * 10)
    report = _build(project)
    assert report.read == 2
    assert any("empty.txt" in s for s in report.skipped)
    assert any("blob.txt" in s for s in report.skipped)


def test_same_input_same_bytes(project, tmp_path):
    _build(project)
    docs = project[1]
    first = {p.relative_to(docs): p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    other = tmp_path / "docs2"
    other.mkdir()
    (other / "about.md").write_text("# About\n\nHand-written.\n")
    pipeline.build(project[2], seeds=project[0], docs=other, progress=False, use_cache=False)
    second = {p.relative_to(other): p.read_bytes() for p in other.rglob("*") if p.is_file()}
    assert first == second


def test_republished_wire_story_makes_one_page_listing_every_source(project):
    seeds = project[0]
    story = ("Rail strike halts trains across the country\n\n"
             "LONDON (AP) — Train drivers walked out on Thursday in a dispute over pay, halting most "
             "services across the country and leaving commuters stranded at stations from Glasgow to "
             "Brighton. The union said the strike would last 48 hours unless the operators returned to "
             "talks. Ministers urged both sides to settle, saying the economy could not afford weeks of "
             "disruption. Passengers were told to work from home where they could and to check before "
             "travelling. The operators said they had made a fair offer and regretted the walkout.\n")
    (seeds / "outlet-one.txt").write_text(story)
    (seeds / "outlet-two.txt").write_text(story.replace("Thursday", "Thursday morning")
                                          + "\nCopyright 2024 Outlet Two. All rights reserved.\n")
    report = _build(project)
    assert report.read == 3
    docs = project[1]
    pages = [p for p in (docs / "articles").glob("rail-strike*.md")]
    assert len(pages) == 1
    assert "outlet\\-one\\.txt" in pages[0].read_text()  # as escaped Markdown text
    records = [json.loads(line) for line in (docs / "data" / "articles.jsonl").read_text().splitlines()]
    [rail] = [r for r in records if r["headline"].startswith("Rail strike")]
    assert [Path(s).name for s in rail["sources"]] == ["outlet-one.txt", "outlet-two.txt"]
    assert any("outlet-two.txt" in w and "nearly the same text" in w for w in report.warnings)


def test_hostile_front_matter_cannot_write_outside_docs(project, tmp_path):
    seeds, docs, _ = project
    (seeds / "evil.md").write_text(
        "---\ntitle: \"../../../outside/<script>alert(1)</script>\"\ntags: ['../../../outside', '..']\n"
        "author: \"<img src=x onerror=alert(1)>\"\n---\n"
        "The council met on Monday. <script>alert('x')</script> [click](javascript:alert(1)) "
        "Officials said the plan would cost $2 million and take three years to finish.\n")
    before = {p for p in tmp_path.rglob("*") if not str(p).startswith(str(docs)) and "cache" not in p.parts}
    _build(project)
    after = {p for p in tmp_path.rglob("*") if not str(p).startswith(str(docs)) and "cache" not in p.parts}
    assert after == before
    for page in docs.rglob("*.md"):
        text = page.read_text()
        assert "<script" not in text and "<img" not in text and "](javascript:" not in text


def test_every_shipped_record_fits_the_schema(project):
    import jsonschema

    schema = json.loads((Path(__file__).resolve().parent.parent / "generator" / "article.schema.json").read_text())
    _build(project)
    lines = (project[1] / "data" / "articles.jsonl").read_text().splitlines()
    assert len(lines) == 2
    for line in lines:
        jsonschema.validate(json.loads(line), schema)


def test_building_another_folder_keeps_this_folders_cache(project, tmp_path):
    _build(project)
    other = tmp_path / "other-seeds"
    other.mkdir()
    (other / "note.txt").write_text("Library reopens\n\nThe town library reopened on Monday after repairs.\n")
    pipeline.build(project[2], seeds=other, docs=tmp_path / "other-docs", progress=False)
    again = _build(project)
    assert again.extracted == 0 and again.from_cache == 2


def test_same_files_in_two_folders_make_the_same_site(tmp_path):
    """A reader's warning that names its line ("a.md:4: ...") names the file relative to the seeds
    folder in the article page and the data, so the builder's folders never reach the site."""
    text = ('---\ntitle: "Unclosed quote\nauthor: [Ann Lee,\n---\nHarbour reopens after storm\n\n'
            "KINGSPORT (Reuters) - The harbour of Kingsport reopened on Monday, the port authority said.\n")
    sites = []
    for folder in ("first place", "elsewhere/second"):
        seeds, docs = tmp_path / folder / "seeds", tmp_path / folder / "docs"
        seeds.mkdir(parents=True)
        docs.mkdir()
        (seeds / "broken.md").write_text(text, encoding="utf-8")
        settings = replace(Settings(), cache_dir=str(tmp_path / folder / "cache"), workers=1)
        pipeline.build(settings, seeds=seeds, docs=docs, progress=False)
        sites.append({p.relative_to(docs): p.read_bytes() for p in docs.rglob("*") if p.is_file()})
        record = json.loads((docs / "data/articles.jsonl").read_text())
        assert any(w.startswith("broken.md:3: front matter is not valid YAML") for w in record["warnings"])
    assert sites[0] == sites[1]
    assert not [p for p, data in sites[0].items() if str(tmp_path).encode() in data]



# invented: two stories tagged "diplomacy", two whose text the taxonomy gives "Diplomacy"
TALKS = {
    "ferry.md": ("Ferry link reopens", "[diplomacy, transport]",
                 "The ferry between Norland and Sudmark sailed again on Monday after a year, the port said. "
                 "Passengers cheered as the ferry left the harbour."),
    "rail.md": ("Night train returns", "[diplomacy, transport]",
                "A night train from Norland to Sudmark ran on Friday for the first time in ten years, "
                "the rail company said. Tickets sold out in an hour."),
    "envoys.md": ("Diplomats meet as border talks resume", "[]",
                  "Diplomats from Norland and Sudmark met on Monday as talks on the border resumed, the foreign "
                  "minister said. The diplomatic talks were useful, the ambassador said, and diplomacy was the "
                  "only way. The diplomats will meet again in June."),
    "embassy.md": ("Embassy reopens in Sudmark", "[]",
                   "Norland reopened its embassy in Sudmark on Tuesday, and its ambassador presented her "
                   "credentials, the foreign ministry said. Diplomats called it a step for diplomacy, and the "
                   "foreign minister will visit in May."),
}


def test_a_tag_and_the_taxonomy_topic_it_matches_but_for_case_make_one_topic_page(tmp_path):
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    docs.mkdir()
    for n, (name, (title, tags, body)) in enumerate(TALKS.items()):
        (seeds / name).write_text(f"---\ntitle: {title}\ndate: 2024-04-0{n + 1}\ntags: {tags}\n---\n{body}\n",
                                  encoding="utf-8")
    settings = replace(Settings(), cache_dir=str(tmp_path / "cache"), workers=1)
    pipeline.build(settings, seeds=seeds, docs=docs, progress=False)
    pages = sorted(p.name for p in (docs / "topics").glob("*.md"))
    assert pages == ["diplomacy.md", "index.md", "most-mentioned.md", "transport.md"]
    diplomacy = (docs / "topics" / "diplomacy.md").read_text(encoding="utf-8")
    assert all(title in diplomacy for title, _, _ in TALKS.values())
    assert 'title: "Transport"' in (docs / "topics" / "transport.md").read_text(encoding="utf-8")
