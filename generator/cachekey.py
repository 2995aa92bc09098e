"""Which of the generator's files an extraction-cache entry depends on, and their hash.

A cache entry (an article's record before actors are resolved, with its dedupe fingerprints) is
made by :func:`generator.workers.entry_for` through :func:`generator.workers.run_task`, on every
path: local workers, a single process, a Dask cluster. So the entry depends on the modules that
``generator.workers`` imports, directly or through others (readers, extractors, the parse, the
model loader, the dedupe fingerprints, the settings), on the packages' ``__init__`` files on the
way, and on the package's data files and record schema (every file of the package that is not
Python). Modules outside that closure (the site writer, actor resolution across articles, corpus
topics, the build's stamp, the benchmark, the CLI) change pages, not records: editing them keeps
every cached record, where hashing all of ``generator/`` re-extracted the whole archive (hours at
10,000 articles) for a change to a page template.

The closure is read from the source (``ast``), import statements at any depth of a module
(functions import lazily), relative or ``generator.``-absolute; a module added to the extractors is
in the key as soon as something in the closure imports it. Why our own code: the question is
which files of this package feed one function, which no packaging or caching library answers;
the parsing is the standard library's.
"""
from __future__ import annotations

import ast
import hashlib
import re
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOTS = ("workers",)          # entry_for and run_task: every cache entry is made there
SKIP_PARTS = {"__pycache__"}


def _module_file(package_dir: Path, name: str) -> Path | None:
    """The file of dotted module ``name`` ("" is the package itself) under ``package_dir``, if any."""
    path = package_dir.joinpath(*name.split(".")) if name else package_dir
    if (path / "__init__.py").is_file():
        return path / "__init__.py"
    if name and path.with_suffix(".py").is_file():
        return path.with_suffix(".py")
    return None


# An import statement at any depth: a line that opens with `import` or `from X import`, with a
# parenthesised list or backslash continuations. Only these are parsed, not the whole module (a
# build read the closure's 95 modules' syntax trees in about a second of CPU time, every time).
# A line inside a string that looks like one only adds a file to the key, never drops one.
_IMPORT_LINE = re.compile(r"^[ \t]*(?:from[ \t]+[.\w]+[ \t]+import[ \t]*(?:\([^)]*\)|(?:[^\n\\]|\\\n)*)"
                          r"|import[ \t]+(?:[^\n\\]|\\\n)*)", re.MULTILINE)


def _import_nodes(path: Path) -> list:
    """The ``ast.Import`` and ``ast.ImportFrom`` nodes of the module at ``path``, wherever they are."""
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeError):
        return []               # the hash of its bytes still covers it
    nodes = []
    for match in _IMPORT_LINE.finditer(text):
        try:
            tree = ast.parse(match.group(0).strip())
        except (SyntaxError, ValueError):
            continue            # words in a docstring or comment, not a statement
        nodes.extend(n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom)))
    return nodes


def _imports(package_dir: Path, path: Path, package: str) -> set[str]:
    """Dotted names (relative to the package) that the module at ``path`` imports from the package."""
    rel = path.relative_to(package_dir).with_suffix("").parts
    here = list(rel[:-1])       # the module's own package (for __init__, the package it makes)
    names: set[str] = set()
    for node in _import_nodes(path):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[:len(here) - (node.level - 1)] if node.level > 1 else here
                module = ".".join(base + ([node.module] if node.module else []))
            elif node.module and (node.module == package or node.module.startswith(package + ".")):
                module = node.module[len(package):].lstrip(".")
            else:
                continue
            names.add(module)
            names.update(f"{module}.{a.name}" if module else a.name for a in node.names)
        elif isinstance(node, ast.Import):
            names.update(a.name[len(package) + 1:] for a in node.names if a.name.startswith(package + "."))
    return names


def extraction_files(package_dir: Path = PACKAGE_DIR, roots=ROOTS) -> list[Path]:
    """The files an extraction-cache entry depends on, sorted: the import closure of ``roots``
    (with each package's ``__init__.py``) and every file of the package that is not Python."""
    package = package_dir.name
    seen: set[str] = set()
    todo = [""] + list(roots)
    files: set[Path] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        path = _module_file(package_dir, name)
        if path is None:            # an attribute imported from a module, not a module
            continue
        files.add(path)
        parts = name.split(".") if name else []
        todo.extend(".".join(parts[:i]) for i in range(len(parts)))
        todo.extend(_imports(package_dir, path, package))
    for path in package_dir.rglob("*"):
        if path.is_file() and path.suffix not in {".py", ".pyc", ".pyo"} and not SKIP_PARTS & set(path.parts):
            files.add(path)
    return sorted(files)


def extraction_fingerprint(package_dir: Path = PACKAGE_DIR) -> str:
    """A hex SHA-256 of :func:`extraction_files` (relative paths and bytes)."""
    digest = hashlib.sha256()
    for path in extraction_files(package_dir):
        rel = path.relative_to(package_dir).as_posix().encode("utf-8", "surrogateescape")
        data = path.read_bytes()
        digest.update(b"%d:%s%d:" % (len(rel), rel, len(data)))
        digest.update(data)
    return digest.hexdigest()
