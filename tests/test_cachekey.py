"""The extraction cache's key covers what makes records, and nothing that only makes pages."""
from __future__ import annotations

import shutil

import pytest

from generator.cachekey import PACKAGE_DIR, extraction_files, extraction_fingerprint


@pytest.fixture
def package(tmp_path):
    """A copy of the generator package to edit (compiled files left out)."""
    copy = tmp_path / "generator"
    shutil.copytree(PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _append(path, text="\n# an edit\n"):
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(text)


@pytest.mark.parametrize("rel", ["site/render_article.py", "site/writer.py", "actors.py", "bench.py",
                                 "buildstamp.py", "topics_corpus.py", "sitebuild.py"])
def test_a_change_to_the_site_or_the_corpus_steps_keeps_the_cache(package, rel):
    before = extraction_fingerprint(package)
    _append(package / rel)
    assert extraction_fingerprint(package) == before


@pytest.mark.parametrize("rel", ["extract/summary.py", "extract/quotes/speakers.py", "readers/plaintext.py",
                                 "readers/__init__.py", "nlp.py", "parse.py", "dedupe.py", "workers.py",
                                 "config.py", "__init__.py", "article.schema.json", "data/cities.txt",
                                 "data/topics.yml"])
def test_a_change_to_what_makes_records_invalidates_the_cache(package, rel):
    before = extraction_fingerprint(package)
    _append(package / rel, "\n" if rel.endswith((".json", ".txt", ".yml")) else "\n# an edit\n")
    assert extraction_fingerprint(package) != before


def test_a_new_module_imported_by_an_extractor_is_in_the_key(package):
    (package / "extract" / "novel_rule.py").write_text("RULE = 1\n", encoding="utf-8")
    unused = extraction_fingerprint(package)
    assert package / "extract" / "novel_rule.py" not in extraction_files(package)
    _append(package / "extract" / "summary.py", "\nfrom .novel_rule import RULE  # noqa: E402\n")
    assert package / "extract" / "novel_rule.py" in extraction_files(package)
    used = extraction_fingerprint(package)
    _append(package / "extract" / "novel_rule.py", "RULE = 2\n")
    assert extraction_fingerprint(package) != used != unused


def test_an_absolute_import_counts_too(package):
    (package / "site" / "helper.py").write_text("X = 1\n", encoding="utf-8")
    _append(package / "readers" / "plaintext.py", "\nimport generator.site.helper  # noqa: E402\n")
    files = extraction_files(package)
    assert package / "site" / "helper.py" in files and package / "site" / "__init__.py" in files


@pytest.mark.parametrize("statement", [
    "from .novel_a import (\n    A,\n    B,\n)\n",                      # a parenthesised list
    "from .novel_b import A, \\\n    B\n",                              # a backslash continuation
    "def late():\n    from .novel_c import A\n    return A\n",          # inside a function
    "try:\n    import generator.extract.novel_d\nexcept ImportError:\n    pass\n",
])
def test_every_form_of_import_statement_counts(package, statement):
    """The key reads the import statements alone, not the module's whole syntax tree: each form
    a module writes them in still brings the imported module into the key."""
    name = statement.split("novel_")[1][0]
    (package / "extract" / f"novel_{name}.py").write_text("A = B = 1\n", encoding="utf-8")
    _append(package / "extract" / "summary.py", "\n" + statement)
    assert package / "extract" / f"novel_{name}.py" in extraction_files(package)


def test_words_in_a_docstring_are_not_an_import(package):
    (package / "extract" / "novel_e.py").write_text("A = 1\n", encoding="utf-8")
    _append(package / "extract" / "summary.py", '\n"""Quotes\nfrom the minister import nothing .novel_e\n"""\n')
    assert package / "extract" / "novel_e.py" not in extraction_files(package)


def test_the_cache_keeps_its_records_over_a_site_change(tmp_path, package, monkeypatch):
    """End to end: a record cached, a page template edited, the same key finds it again."""
    from generator import cache as cache_module
    from generator.config import Settings

    def fingerprint():
        return cache_module.hashlib.sha256(extraction_fingerprint(package).encode()).hexdigest()

    monkeypatch.setattr(cache_module, "code_fingerprint", fingerprint)
    first = cache_module.ExtractionCache(tmp_path / "cache", Settings()).key(b"text", "a.txt")
    _append(package / "site" / "render_article.py")
    assert cache_module.ExtractionCache(tmp_path / "cache", Settings()).key(b"text", "a.txt") == first
    _append(package / "extract" / "summary.py")
    assert cache_module.ExtractionCache(tmp_path / "cache", Settings()).key(b"text", "a.txt") != first
