"""The build's warnings for people: grouped by kind with counts, the full list in a log file.

A warning is "SOURCE: message". Its kind is the message with the parts that name one file, one
value or one line taken out (quoted values, paths, numbers), so 100 "no headline found" lines are
one line with a count, and the full list stays in the log file and on the Quality page.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Sequence

EXAMPLES = 3
_SOURCE = re.compile(r"^(?P<source>[^\n]*?[^\s:](?::\d+)?): (?P<message>.+)$", re.S)
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”")
_PATH = re.compile(r"(?<!\w)[^\s;,]*[/\\][^\s;,]*|(?<!\w)[^\s;,/]+\.(?:txt|md|markdown|html?|ya?ml)\b")
_NUMBER = re.compile(r"(?<![\w.,-])\d{1,3}(?:,\d{3})+(?![\w.,-]?\d)|(?<![\w.-])\d+(?:\.\d+)?(?![\w.-])")  # 1,234 is one
# Another article file a message names ("the same text as b.txt"): shown beside its file in the summary.
# A parenthesis that gives one file's figures or values ("(12 per 1,000 words)", "(under 'Reviews')"):
# it says nothing about the kind, so a group's line leaves it out rather than print "(N per N words)".
# ("(a shopping list: N prices ...)" keeps its words before the colon: "(a shopping list)").
_DETAIL = re.compile(r"\s*\((?P<inner>[^()]*)\)")
_PLACEHOLDER = re.compile(r"(?<!\w)N(?!\w)|…")
_OTHER_FILE = re.compile(r"(?<![\w.])[\w./\\-][^\s;,()'\"]*\.(?:txt|md|markdown|html?)\b")


def plural(n: int, word: str, many: str | None = None) -> str:
    """"1 file", "2 files"."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def split(warning: str) -> tuple[str, str]:
    """(source, message) of "SOURCE: message"; ("", warning) when it names no source."""
    m = _SOURCE.match(warning)
    if not m or " " in m.group("source").strip() and "/" not in m.group("source"):
        return "", warning
    return m.group("source"), m.group("message")


def kind(warning: str, figures: bool = False) -> str:
    """What a warning says, without what names one file or one value: the key it is grouped by.

    With ``figures`` its numbers and quoted values stay (how a warning alone of its kind is shown:
    "N prices" or "under …" would read as a fault of ours); without, a parenthesis holding one file's figures or quoted values
    is left out ("(written as I, we or you with almost no attribution)", not "(... (N per N words)
    ...)"), as a reader would take "N" or "…" for a placeholder."""
    message = split(warning)[1]
    message = _PATH.sub("…", message)
    if figures:     # one file's own warning: its quoted values stay ("under 'Reviews'", not "under …")
        return message.strip()
    message = _QUOTED.sub("…", message)
    message = _NUMBER.sub("N", message)
    while True:  # innermost first: "(written as I ... (N per N words) ...)" keeps its outer words
        shorter = _DETAIL.sub(_without_detail, message)
        if shorter == message:
            return message.strip()
        message = shorter


def _without_detail(m: re.Match) -> str:
    inner = m.group("inner")
    if not _PLACEHOLDER.search(inner):
        return m.group()
    head = inner.split(":", 1)[0]
    return f" ({head.strip()})" if ":" in inner and head.strip() and not _PLACEHOLDER.search(head) else ""


def group(warnings: Iterable[str]) -> list[tuple[str, list[str]]]:
    """(kind, warnings of that kind, sorted) for each kind, the most frequent first."""
    groups: dict[str, list[str]] = defaultdict(list)
    for warning in sorted(set(w for w in warnings if w)):
        groups[kind(warning)].append(warning)
    return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def summary_lines(warnings: Sequence[str], log: Path | None = None) -> list[str]:
    """One line per kind of warning, with a count and a few of the files; then where the full list is."""
    lines = []
    groups = group(warnings)
    for what, items in groups:
        sources = list(dict.fromkeys(split(w)[0] for w in items if split(w)[0]))    # one file may say it twice
        count = plural(len(sources), 'file') + (f" ({len(items)} times)" if len(items) > len(sources) else "")
        said = kind(items[0], figures=True) if len(items) == 1 else what
        line = f"warning: {count if sources else plural(len(items), 'time')}: {said}"
        if sources:
            shown = ", ".join(list(dict.fromkeys(_example(w) for w in items if split(w)[0]))[:EXAMPLES])
            line += f" ({shown}{', …' if len(sources) > EXAMPLES else ''})"
        lines.append(line)
    total = sum(len(items) for _, items in groups)
    if total and log is not None:
        lines.append(f"{plural(total, 'warning')} in all: every one is listed in {log} and on the site's Quality page.")
    return lines


def _example(warning: str) -> str:
    """The file a warning is about, and the other file its message names ("b.txt → a.txt")."""
    source, message = split(warning)
    other = _OTHER_FILE.search(message)
    if other is None or other.group() == re.sub(r":\d+$", "", source):
        return source
    return f"{source} \u2192 {other.group()}"


def write_log(path: Path, warnings: Sequence[str]) -> None:
    """Every warning, grouped by kind, into ``path`` (replaced; removed when there is none)."""
    path = Path(path)
    groups = group(warnings)
    if not groups:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    out = []
    for what, items in groups:
        out += [f"## {plural(len(items), 'warning')}: {what}"] + items + [""]
    path.write_text("\n".join(out), encoding="utf-8")
