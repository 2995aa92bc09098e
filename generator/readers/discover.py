"""Finding the article files under a folder."""
from __future__ import annotations

import unicodedata
from pathlib import Path

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def _sort_key(path: Path, root: Path) -> tuple[str, ...]:
    # NFC so that the same accented name sorts the same whatever the file system stored.
    return tuple(unicodedata.normalize("NFC", part).casefold() for part in path.relative_to(root).parts) + (str(path),)


def discover(root: Path) -> tuple[list[Path], list[str]]:
    """Every article file under ``root`` (recursively), sorted, and one warning per file skipped.

    Hidden files and folders (names starting with ".") are skipped silently.
    """
    root = Path(root)
    if root.is_file():
        if root.suffix.lower() in SUFFIXES:
            return [root], []
        return [], [f"{root}: skipped, '{root.suffix or '(none)'}' is not an article suffix ({', '.join(SUFFIXES)})"]
    if not root.is_dir():
        return [], [f"{root}: no such folder"]
    found: list[Path] = []
    warnings: list[str] = []
    for path in sorted(root.rglob("*"), key=lambda p: _sort_key(p, root)):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if not path.is_file():
            continue
        if path.suffix.lower() in SUFFIXES:
            found.append(path)
        else:
            warnings.append(
                f"{path}: skipped, '{path.suffix or '(no suffix)'}' is not an article suffix ({', '.join(SUFFIXES)})"
            )
    return found, warnings
