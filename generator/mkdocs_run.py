"""``python -m generator.mkdocs_run ARGS``: MkDocs' own command line, run without importing NLTK.

Why: Material's search plugin imports ``mkdocs.contrib.search``, which imports lunr.py, whose
support for other languages imports NLTK whenever it is installed (and NLTK imports SciPy's
statistics): about 2 s of CPU at every MkDocs build (1.9-2.1 s measured, against 0.3 s for the
same import without it), a fifth of an incremental build of one changed article. Nothing in a
MkDocs build of this site uses it: Material's search indexes in the browser, MkDocs' own Python
prebuilt index is not used, and our prebuilt-index hook (site/search_prebuilt.py) imports lunr
without NLTK too. lunr.py treats NLTK as optional (an ImportError means English only), so the
site is the same, byte for byte. ``make site`` (generator.sitebuild) and ``make bench`` run MkDocs
through this module; ``mkdocs`` itself still works as before.
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run MkDocs' command line with ``argv`` (default: this process's); returns its exit code."""
    if "nltk" not in sys.modules:
        sys.modules["nltk"] = None      # type: ignore[assignment]  # an import of it raises ImportError
    from mkdocs.__main__ import cli

    try:
        cli.main(args=sys.argv[1:] if argv is None else argv, prog_name="mkdocs")
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
