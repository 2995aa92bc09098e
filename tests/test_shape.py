"""The package's shape (issue 8, "Shape"): ``extract/`` is split into subpackages by concern, and no
module of ``generator/`` is over 400 lines, so that each can be read whole."""
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
MAX_LINES = 400


def test_no_module_is_over_400_lines():
    long = {str(p.relative_to(PACKAGE)): n for p in sorted(PACKAGE.rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_extraction_is_split_by_concern():
    subpackages = {p.parent.name for p in (PACKAGE / "extract").glob("*/__init__.py")}
    assert {"entities", "quotes", "numbers", "topics"} <= subpackages
