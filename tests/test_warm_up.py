"""The worker warm-up loads what the articles to come need, and only that."""
from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from generator.config import Settings
from generator.nlp import load_model
from generator.workers import warm_up
settings = Settings()
warm_up(load_model(settings.model), settings, [("bytes", b"x", "a.txt", ".txt"), ("bytes", b"x", "b.md", ".md")])
print("trafilatura" in sys.modules)
warm_up(load_model(settings.model), settings, [("bytes", b"x", "a.txt", ".txt"), ("bytes", b"x", "c.HTM", ".HTM")])
print("trafilatura" in sys.modules)
"""


def test_the_html_reader_is_warmed_up_only_for_saved_pages():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]
