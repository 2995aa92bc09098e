"""The one exception a reader raises."""
from __future__ import annotations


class ReadError(Exception):
    """A file cannot be read as an article at all (empty, blank, binary).

    The message is one line that names the file and says what is wrong.
    """
