"""The build's warnings for people: grouped by kind with counts, the full list in a log file.

A warning is "SOURCE: message". Its kind is the message with the parts that name one file, one
value or one line taken out (quoted values, paths, numbers), so 100 "no headline found" lines are
one line with a count, and the full list stays in the log file and on the Quality page.

Given the names of the files the build read (``sources``), a warning's file and any other file its
message names are found by those names, never guessed from the text: a name may hold spaces, " with "
or a colon ("file with spaces.txt: the same text as a.txt"). Without them (or for a name not among
them) a pattern guesses; with them, a name in a folder that is none of them is a path (a link's target),
whatever its suffix. Files are counted without their line numbers ("a.md:4", "a.md:5": 1 file).
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Collection, Iterable, Sequence

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
# An article file a message names, in a kind that groups warnings about different files: words, not "…",
# which a reader takes for a placeholder ("the same text as another file"); the files are listed beside it.
_ANOTHER_FILE = "another file"
_FOLDER = re.compile(r"[/\\]")


def plural(n: int, word: str, many: str | None = None) -> str:
    """"1 file", "2 files"."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


_LINE = re.compile(r":\d+$")
_FILE_END = re.compile(r"\.(?:txt|md|markdown|html?|ya?ml)\b", re.I)


def split(warning: str, sources: Collection[str] = ()) -> tuple[str, str]:
    """(source, message) of "SOURCE: message" (SOURCE may end in ":LINE"); ("", warning) when it
    names no source. A known source (one of ``sources``) is taken whatever it holds."""
    if sources:
        at = warning.find(": ")
        while at > 0:
            head = warning[:at]
            if head in sources or (_LINE.search(head) and _LINE.sub("", head) in sources):
                return head, warning[at + 2:]
            at = warning.find(": ", at + 1)
    m = _SOURCE.match(warning)
    if not m or " " in m.group("source").strip() and "/" not in m.group("source"):
        return "", warning
    return m.group("source"), m.group("message")


def file_of(source: str) -> str:
    """The file of a warning's source, without its line number ("a.md:4" -> "a.md")."""
    return _LINE.sub("", source)


def _named_files(message: str, sources: Collection[str]) -> list[tuple[int, int]]:
    """Spans of ``message`` that are known file names (the longest at each end), left to right."""
    spans: list[tuple[int, int]] = []
    starts = [0] + [i + 1 for i, ch in enumerate(message) if ch in " (\"'“"]
    for end_match in _FILE_END.finditer(message):
        end = end_match.end()
        start = next((s for s in starts if s < end and (not spans or s >= spans[-1][1])
                      and message[s:end] in sources), None)
        if start is not None:
            spans.append((start, end))
    return spans


def kind(warning: str, figures: bool = False, sources: Collection[str] = ()) -> str:
    """What a warning says, without what names one file or one value: the key it is grouped by.

    With ``figures`` its numbers and quoted values stay (how a warning alone of its kind is shown:
    "N prices", "under …" or "the same text as …" would read as a fault of ours); without, an article
    file the message names is "another file" (each warning's files are listed beside its kind), and a
    parenthesis holding one file's figures or quoted values is left out ("(written as I, we or you with
    almost no attribution)", not "(... (N per N words) ...)"), as a reader would take "N" or "…" for a placeholder."""
    message = split(warning, sources)[1]
    if figures:     # one file's own warning: its paths and quoted values stay ("under 'Reviews'", not "under …")
        return message.strip()
    for start, end in reversed(_named_files(message, sources)):
        message = message[:start] + _ANOTHER_FILE + message[end:]
    # with the build's files known, a name in a folder that is none of them is a path, not another
    # article ("a symbolic link that leads out of the seeds folder (to /etc/x.txt)")
    message = _OTHER_FILE.sub(lambda m: m.group() if sources and _FOLDER.search(m.group()) else _ANOTHER_FILE,
                              message)
    message = _PATH.sub(_path_placeholder, message)
    message = _QUOTED.sub("…", message)
    message = _NUMBER.sub("N", message)
    while True:  # innermost first: "(written as I ... (N per N words) ...)" keeps its outer words
        shorter = _DETAIL.sub(_without_detail, message)
        if shorter == message:
            return message.strip()
        message = shorter


def _path_placeholder(m: re.Match) -> str:
    """"…" for a path; a closing parenthesis it ends with that it does not open stays ("(to /etc/x)")."""
    path = m.group()
    closing = len(path) - len(path.rstrip(")"))
    extra = min(closing, path.count(")") - path.count("("))
    return "…" + ")" * max(extra, 0)


def _without_detail(m: re.Match) -> str:
    inner = m.group("inner")
    if not _PLACEHOLDER.search(inner):
        return m.group()
    head = inner.split(":", 1)[0]
    return f" ({head.strip()})" if ":" in inner and head.strip() and not _PLACEHOLDER.search(head) else ""


def group(warnings: Iterable[str], sources: Collection[str] = ()) -> list[tuple[str, list[str]]]:
    """(kind, warnings of that kind, sorted) for each kind, the most frequent first."""
    groups: dict[str, list[str]] = defaultdict(list)
    sources = set(sources)
    for warning in sorted(set(w for w in warnings if w)):
        groups[kind(warning, sources=sources)].append(warning)
    return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def summary_lines(warnings: Sequence[str], log: Path | None = None, sources: Collection[str] = ()) -> list[str]:
    """One line per kind of warning, with a count and a few of the files; then where the full list is.

    ``sources``: the names of the files the build read, as the warnings name them."""
    lines = []
    known = set(sources)
    groups = group(warnings, known)
    for what, items in groups:
        # one file may say it twice, or once per line ("a.md:4", "a.md:5")
        files = list(dict.fromkeys(file_of(split(w, known)[0]) for w in items if split(w, known)[0]))
        count = plural(len(files), 'file') + (f" ({len(items)} times)" if len(items) > len(files) else "")
        said = kind(items[0], figures=True, sources=known) if len(items) == 1 else what
        line = f"warning: {count if files else plural(len(items), 'time')}: {said}"
        if files:
            # a warning alone of its kind names the other file itself: the example is its own file
            shown = ", ".join(list(dict.fromkeys(file_of(split(w, known)[0]) if len(items) == 1 else _example(w, known)
                                                 for w in items if split(w, known)[0]))[:EXAMPLES])
            line += f" ({shown}{', …' if len(files) > EXAMPLES else ''})"
        lines.append(line)
    total = sum(len(items) for _, items in groups)
    if total and log is not None:
        lines.append(f"{plural(total, 'warning')} in all: every one is listed in {log} and on the site's Quality page.")
    return lines


def _example(warning: str, sources: Collection[str] = ()) -> str:
    """The file a warning is about, and the other file its message names ("b.txt → a.txt")."""
    source, message = split(warning, sources)
    source = file_of(source)
    if sources and source in sources:
        others = [message[a:b] for a, b in _named_files(message, sources) if message[a:b] != source]
        return f"{source} \u2192 {others[0]}" if others else source
    other = _OTHER_FILE.search(message)
    if other is None or other.group() == source:
        return source
    return f"{source} \u2192 {other.group()}"


def write_log(path: Path, warnings: Sequence[str], sources: Collection[str] = ()) -> None:
    """Every warning, grouped by kind, into ``path`` (replaced; removed when there is none)."""
    path = Path(path)
    groups = group(warnings, sources)
    if not groups:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    out = []
    for what, items in groups:
        out += [f"## {plural(len(items), 'warning')}: {what}"] + items + [""]
    path.write_text("\n".join(out), encoding="utf-8")
