"""YAML front matter at the top of a Markdown file, and the fields it states."""
from __future__ import annotations

import re

import yaml

from generator.readers.assemble import Found
from generator.readers.dates import date_value
from generator.readers.names import person_case, split_names
from generator.types import Author

_OPEN = re.compile(r"^---[ \t]*$")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
WHERE = "front matter"


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
    try:
        meta = yaml.safe_load(yaml_text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 2 if mark is not None else 2  # +1 for the opening '---', +1 for 1-based
        problem = getattr(exc, "problem", None) or "invalid YAML"
        return None, body, [f"{source}:{line}: front matter is not valid YAML ({problem}); it was ignored"]
    except Exception as exc:  # safe_load raises ValueError etc. for impossible dates like 2024-13-45
        return None, body, [f"{source}:2: front matter could not be read ({type(exc).__name__}: {exc}); it was ignored"]
    if meta is None:
        return None, body, []
    if not isinstance(meta, dict):
        return None, body, [f"{source}:2: front matter is a {type(meta).__name__}, not a set of keys; it was ignored"]
    return meta, body, []


def _authors(value: object, *, source: str, warnings: list[str]) -> list[Author]:
    items = value if isinstance(value, list) else [value]
    authors: list[Author] = []
    for item in items:
        if isinstance(item, str):
            authors.extend(Author(person_case(n)) for n in split_names(item))
        elif isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"].strip():
            role = item.get("role")
            authors.append(Author(person_case(item["name"].strip()), role.strip() if isinstance(role, str) and role.strip() else None))
        else:
            warnings.append(f"{source}: front matter author {item!r:.60} is not a name; it was ignored")
    return authors


def _tags(value: object, *, source: str, warnings: list[str]) -> list[str]:
    if isinstance(value, str):
        return [t.strip() for t in value.split(",") if t.strip()]
    if isinstance(value, list) and all(isinstance(t, (str, int, float)) and not isinstance(t, bool) for t in value):
        return list(dict.fromkeys(str(t).strip() for t in value if str(t).strip()))
    warnings.append(f"{source}: front matter 'tags' should be a string or a list of strings; it was ignored")
    return []


def offer_front_matter(meta: dict, *, source: str, found: Found) -> None:
    """Put the fields front matter ``meta`` states into ``found``, warning about unusable values."""
    keys = {str(k).strip().lower(): v for k, v in meta.items() if isinstance(k, str)}
    for key, field in (("title", "headline"), ("description", "description"), ("outlet", "outlet"),
                       ("url", "url"), ("dateline", "dateline")):
        value = keys.get(key)
        if value is None:
            continue
        if isinstance(value, str) and value.strip():
            found.offer(field, " ".join(value.split()), WHERE)
        else:
            found.warnings.append(f"{source}: front matter '{key}' should be text, not {type(value).__name__}; it was ignored")
    if (value := keys.get("date")) is not None:
        if (date := date_value(value)) is not None:
            found.offer("published", date, WHERE)
        else:
            found.warnings.append(f"{source}: front matter date {value!r:.60} is not a date I can read; it was ignored")
    for key in ("authors", "author"):
        if (value := keys.get(key)) is not None:
            found.offer("authors", _authors(value, source=source, warnings=found.warnings), WHERE)
    if (value := keys.get("tags")) is not None:
        found.offer("tags", _tags(value, source=source, warnings=found.warnings), WHERE)
