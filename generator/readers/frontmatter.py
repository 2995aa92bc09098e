"""YAML front matter at the top of a Markdown file, and the fields it states.

A bad value drops that value, not the front matter: the YAML is composed into nodes first, then
each top-level value is built on its own. A value that would expand (through YAML anchors and
aliases, a "billion laughs") to more than :data:`MAX_NODES` nodes is dropped before it is built, and
every value shown in a warning is cut with :mod:`reprlib`, so neither costs more than the text's
size. An impossible unquoted date (``2024-02-30``) is kept as text and then reported as unreadable.
"""
from __future__ import annotations

import datetime as _dt
import re
import reprlib

from urllib.parse import urlsplit

import yaml

from generator.readers.assemble import Found
from generator.readers.dates import date_value
from generator.readers.byline import byline_of
from generator.readers.names import person_case, split_names, strip_by
from generator.types import Author

_OPEN = re.compile(r"^---[ \t]*$")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
WHERE = "front matter"
# A front-matter value may hold at most this many YAML nodes once anchors are expanded, and nest
# flow brackets at most this deep (PyYAML's scanner is quadratic in the depth: 20,000 took minutes).
MAX_NODES = 10_000
MAX_DEPTH = 50
# Publication dates outside these years are typing errors (12024-01-01, 0024-01-01).
MIN_YEAR, MAX_YEAR = 1800, 2100

# A name, a place or a tag holds none of these: a value with one is markup or a link
# ("<script>...", "{{ x }}", "[x](javascript:...)"), dropped with a warning.
_MARKUP = re.compile(r"[<>{}\[\]]")
# Characters an address never holds unencoded (RFC 3986): a value with one is no address.
_NOT_IN_URL = re.compile(r"[\s\"'<>\\^`{|}\x00-\x1f\x7f]")

_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = 60
_SHORT.maxlist = _SHORT.maxtuple = _SHORT.maxdict = _SHORT.maxset = 4
_SHORT.maxlevel = 2


def shown(value: object) -> str:
    """A short repr of ``value`` for a warning; its cost does not grow with the value's size."""
    return _SHORT.repr(value)


class _Loader(yaml.SafeLoader):
    """SafeLoader whose impossible timestamps stay text instead of failing the whole document."""

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return self.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def _expanded_size(node, memo: dict, limit: int) -> int:
    """Nodes under ``node`` with every alias expanded, counted up to just past ``limit``."""
    key = id(node)
    if key in memo:
        return memo[key]
    memo[key] = limit + 1            # a node that contains itself never ends
    total = 1
    stack = []
    if isinstance(node, yaml.SequenceNode):
        stack = list(node.value)
    elif isinstance(node, yaml.MappingNode):
        stack = [n for pair in node.value for n in pair]
    for child in stack:
        total += _expanded_size(child, memo, limit)
        if total > limit:
            break
    memo[key] = min(total, limit + 1)
    return memo[key]


def _line_of(node) -> int:
    return node.start_mark.line + 2  # +1 for the opening '---', +1 for 1-based


def split_front_matter(text: str, *, source: str) -> tuple[dict | None, str, list[str]]:
    """Split ``text`` into its front matter and the body after it.

    Returns:
        (front matter mapping or None, body text, warnings). Malformed front matter gives None and a
        warning with the file and line; the body is then everything after the closing line (or the
        whole text when the front matter is never closed).
    """
    lines = text.split("\n")
    if not lines or not _OPEN.match(lines[0]):
        return None, text, []
    close = next((i for i in range(1, len(lines)) if _CLOSE.match(lines[i])), None)
    if close is None:
        return None, "\n".join(lines[1:]), [
            f"{source}:1: front matter opened with '---' is never closed; the whole file was read as text"
        ]
    yaml_text, body = "\n".join(lines[1:close]), "\n".join(lines[close + 1:])
    if flow_depth(yaml_text) > MAX_DEPTH:
        meta, warnings = _key_by_key(yaml_text, source)
        return meta, body, warnings
    loader = None
    try:
        loader = _Loader(yaml_text)
        root = loader.get_single_node()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 2 if mark is not None else 2
        problem = getattr(exc, "problem", None) or "invalid YAML"
        return None, body, [f"{source}:{line}: front matter is not valid YAML ({problem}); it was ignored"]
    except RecursionError:
        meta, warnings = _key_by_key(yaml_text, source)
        return meta, body, warnings
    except Exception as exc:  # noqa: BLE001 - any parser failure is one warning, never a stopped build
        return None, body, [f"{source}:2: front matter could not be read ({type(exc).__name__}); it was ignored"]
    try:
        meta, warnings = _mapping(loader, root, source)
        return meta, body, warnings
    finally:
        loader.dispose()


_OPEN_BRACKETS = re.compile(r"[\[{]")
_BRACKETS = re.compile(r"[\[\]{}]")


def flow_depth(yaml_text: str) -> int:
    """How deep flow brackets nest in ``yaml_text`` (brackets inside quotes counted too: an upper
    bound). PyYAML's scanner takes time in the square of this depth, so it is checked first."""
    if len(_OPEN_BRACKETS.findall(yaml_text)) <= MAX_DEPTH:
        return 0
    depth = deepest = 0
    for match in _BRACKETS.finditer(yaml_text):
        depth = depth + 1 if match.group() in "[{" else max(0, depth - 1)
        deepest = max(deepest, depth)
    return deepest


_TOP_KEY = re.compile(r"^[^\s#\-][^:]*:(?:\s|$)")


def _key_by_key(yaml_text: str, source: str) -> tuple[dict | None, list[str]]:
    """Front matter too deeply nested to read whole, read one top-level key at a time.

    Only used after the whole failed: each key's block (its line and the indented lines under it)
    is read alone, and a block that cannot be read is dropped with a warning naming its line.
    """
    lines = yaml_text.split("\n")
    starts = [i for i, line in enumerate(lines) if _TOP_KEY.match(line)]
    meta: dict = {}
    warnings: list[str] = []
    for start, end in zip(starts, starts[1:] + [len(lines)]):
        if flow_depth("\n".join(lines[start:end])) > MAX_DEPTH:
            name = lines[start].split(":", 1)[0].strip()
            warnings.append(f"{source}:{start + 2}: front matter '{name:.40}' is nested more than {MAX_DEPTH} "
                            "levels deep; it was ignored")
            continue
        try:
            root = _Loader("\n".join(lines[start:end])).get_single_node()
        except RecursionError:
            name = lines[start].split(":", 1)[0].strip()
            warnings.append(f"{source}:{start + 2}: front matter '{name:.40}' is nested too deeply; it was ignored")
            continue
        except Exception:  # noqa: BLE001
            warnings.append(f"{source}:{start + 2}: front matter line could not be read; it was ignored")
            continue
        part, part_warnings = _mapping(_Loader(""), root, source)
        warnings.extend(part_warnings)
        meta.update(part or {})
    return meta, warnings


def _mapping(loader: _Loader, root, source: str) -> tuple[dict | None, list[str]]:
    """The top-level mapping built value by value; a value that cannot be built is dropped."""
    if root is None:
        return None, []
    if not isinstance(root, yaml.MappingNode):
        kind = {yaml.SequenceNode: "list", yaml.ScalarNode: "single value"}.get(type(root), "value")
        return None, [f"{source}:2: front matter is a {kind}, not a set of keys; it was ignored"]
    meta: dict = {}
    warnings: list[str] = []
    memo: dict = {}
    try:
        loader.flatten_mapping(root)  # YAML merge keys (<<: *base)
    except Exception:  # noqa: BLE001
        return None, [f"{source}:{_line_of(root)}: front matter has a bad merge key ('<<'); it was ignored"]
    bombs: list[tuple[int, str]] = []     # (line, key) of values dropped for their size: one warning
    for key_node, value_node in root.value:
        name = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
        if _expanded_size(value_node, memo, MAX_NODES) > MAX_NODES:
            bombs.append((_line_of(value_node), f"'{name:.40}'"))
            continue
        try:
            key = loader.construct_object(key_node, deep=True)
            value = loader.construct_object(value_node, deep=True)
            hash(key)
        except RecursionError:
            warnings.append(f"{source}:{_line_of(value_node)}: front matter '{name:.40}' is nested too deeply; "
                            "it was ignored")
            continue
        except Exception as exc:  # noqa: BLE001
            warnings.append(f"{source}:{_line_of(value_node)}: front matter '{name:.40}' could not be read "
                            f"({type(exc).__name__}); it was ignored")
            continue
        meta[key] = value
    if bombs:
        names = ", ".join(name for _, name in bombs[:5]) + (f" and {len(bombs) - 5} more" if len(bombs) > 5 else "")
        one = len(bombs) == 1
        warnings.insert(0, f"{source}:{bombs[0][0]}: front matter {names} "
                           f"{'expands' if one else 'expand'} to more than {MAX_NODES:,} values (YAML aliases); "
                           f"{'it was' if one else 'they were'} ignored")
    return meta, warnings


def _authors(value: object, *, source: str, warnings: list[str]) -> list[Author]:
    items = value if isinstance(value, list) else [value]
    authors: list[Author] = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and _MARKUP.search(name):
            warnings.append(f"{source}: front matter author {shown(name)} is not a name (it holds markup "
                            "characters); it was ignored")
            continue
        if isinstance(item, str):
            # A byline pasted whole ("By Jane Doe, Staff Writer"): its role and outlet are no names.
            byline = byline_of(strip_by(item))
            authors.extend(byline.authors if byline is not None else (Author(person_case(n)) for n in split_names(item)))
        elif isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"].strip():
            role = item.get("role")
            authors.append(Author(person_case(item["name"].strip()), role.strip() if isinstance(role, str) and role.strip() else None))
        else:
            warnings.append(f"{source}: front matter author {shown(item)} is not a name; it was ignored")
    return authors


def _tags(value: object, *, source: str, warnings: list[str]) -> list[str]:
    """The tags as the user wrote them (runs of blank space made one space); a bad item drops alone."""
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        warnings.append(f"{source}: front matter tags should be a string or a list of strings, not "
                        f"{shown(value)}; it was ignored")
        return []
    tags = []
    for item in value:
        if isinstance(item, str) and _MARKUP.search(item):
            warnings.append(f"{source}: front matter tag {shown(item)} is not a word or phrase (it holds "
                            "markup characters); it was ignored")
        elif isinstance(item, (str, int, float)) and not isinstance(item, bool):
            if text := " ".join(str(item).split()):
                tags.append(text)
        else:
            warnings.append(f"{source}: front matter tag {shown(item)} is not a word or phrase; it was ignored")
    return list(dict.fromkeys(tags))


def _date(value: object, *, source: str, warnings: list[str]) -> str | None:
    """A front-matter date as YYYY-MM-DD, or None with a warning (unreadable, or outside the years)."""
    date = date_value(value)
    if date is None:
        warnings.append(f"{source}: front matter date {shown(value)} is not a date I can read; it was ignored")
        return None
    if not MIN_YEAR <= _dt.date.fromisoformat(date).year <= MAX_YEAR:
        warnings.append(f"{source}: front matter date {shown(value)} is outside the years {MIN_YEAR}-{MAX_YEAR}; "
                        "it was ignored")
        return None
    return date


def _value_problem(key: str, value: str) -> str | None:
    """Why a front-matter text value cannot be used, or None: an address that is not a plain http(s)
    address with a host, a place with markup characters."""
    if key == "url" and value:
        try:
            parts = urlsplit(value)
            host = parts.hostname
        except ValueError:
            return "is not an address"
        if parts.scheme.lower() not in ("http", "https") or not host:
            return "is not an http or https address"
        if _NOT_IN_URL.search(value):
            return "holds characters an address cannot hold (spaces, quotes, < >)"
    if key == "dateline" and _MARKUP.search(value):
        return "is not a place (it holds markup characters)"
    return None


_DATE_KEYS = ("date", "publishdate", "pubdate", "published", "published_at", "publish_date", "date_published")


def offer_front_matter(meta: dict, *, source: str, found: Found) -> None:
    """Put the fields front matter ``meta`` states into ``found``, warning about unusable values."""
    keys = {str(k).strip().lower(): v for k, v in meta.items() if isinstance(k, str)}
    # a field of ours is named as author, tag and date are, unquoted: a quoted name is taken for a value
    # when warnings are grouped ("front matter … … is not a place")
    for key, field in (("title", "headline"), ("description", "description"), ("outlet", "outlet"),
                       ("url", "url"), ("dateline", "dateline")):
        value = keys.get(key)
        if value is None:
            continue
        if isinstance(value, str) and (problem := _value_problem(key, value.strip())):
            found.warnings.append(f"{source}: front matter {key} {shown(value.strip())} {problem}; it was ignored")
        elif isinstance(value, str) and value.strip():
            found.offer(field, " ".join(value.split()), WHERE)
        elif isinstance(value, str):
            found.warnings.append(f"{source}: front matter {key} is blank; it was ignored")
        else:
            found.warnings.append(f"{source}: front matter {key} should be text, not {type(value).__name__}; it was ignored")
    # The publication date under the keys static-site generators use (Jekyll and Hugo "date", Hugo
    # "publishDate", Astro "pubDate", others "published"); "lastmod", "updated" are no publication
    # dates, and Jekyll's "published: true" is a switch, not a date.
    for key in _DATE_KEYS:
        if (value := keys.get(key)) is not None and not isinstance(value, bool):
            if (date := _date(value, source=source, warnings=found.warnings)) is not None:
                found.offer("published", date, WHERE)
            break
    for key in ("authors", "author"):
        if (value := keys.get(key)) is not None:
            found.offer("authors", _authors(value, source=source, warnings=found.warnings), WHERE)
    if (value := keys.get("tags")) is not None:
        found.offer("tags", _tags(value, source=source, warnings=found.warnings), WHERE)
