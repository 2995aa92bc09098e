"""Fuzzing the readers: whatever the bytes, only ReadError may come out."""
from __future__ import annotations

import datetime as dt

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.readers import ReadError, read_file
from generator.types import RawArticle

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=40),
    st.dates(), st.datetimes(min_value=dt.datetime(1900, 1, 1)),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
_KEYS = st.sampled_from(["title", "date", "author", "authors", "description", "outlet", "tags", "url",
                         "dateline", "Title"]) | st.text(max_size=12)


def _read(tmp_path, suffix: str, data: bytes) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        article = read_file(path)
    except ReadError as exc:
        assert str(path) in str(exc) and "\n" not in str(exc)
        return
    assert isinstance(article, RawArticle)
    assert all(isinstance(p, str) and p.strip() for p in article.paragraphs)
    assert article.published is None or dt.date.fromisoformat(article.published)


@FUZZ
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_random_bytes(tmp_path, data, suffix):
    _read(tmp_path, suffix, data)


@FUZZ
@given(text=st.text(max_size=600), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_random_text(tmp_path, text, suffix):
    _read(tmp_path, suffix, text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(meta=st.dictionaries(_KEYS, _VALUES, max_size=6), body=st.text(max_size=200))
def test_random_front_matter(tmp_path, meta, body):
    front = yaml.safe_dump(meta, allow_unicode=True, default_flow_style=False)
    _read(tmp_path, ".md", f"---\n{front}---\n\n{body}\n".encode("utf-8", "surrogatepass"))


@FUZZ
@given(front=st.text(max_size=200), body=st.text(max_size=100))
def test_random_front_matter_text(tmp_path, front, body):
    _read(tmp_path, ".md", f"---\n{front}\n---\n{body}".encode("utf-8", "surrogatepass"))
