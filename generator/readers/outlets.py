"""News outlets a byline or wire tag may name."""
from __future__ import annotations

import re

# Wire tags as they appear in a dateline, e.g. "LONDON (Reuters) -".
WIRE_TAGS = {
    "AP": "The Associated Press",
    "Reuters": "Reuters",
    "AFP": "Agence France-Presse",
    "UPI": "United Press International",
    "Bloomberg": "Bloomberg",
    "CNN": "CNN",
    "dpa": "Deutsche Presse-Agentur",
    "DPA": "Deutsche Presse-Agentur",
    "Xinhua": "Xinhua",
}

# Outlet phrases as a byline writes them, mapped to the outlet's usual name.
OUTLET_PHRASES = {
    "The Associated Press": "The Associated Press",
    "Associated Press": "The Associated Press",
    "Reuters": "Reuters",
    "Thomson Reuters": "Reuters",
    "Agence France-Presse": "Agence France-Presse",
    "Agence France Presse": "Agence France-Presse",
    "AFP": "Agence France-Presse",
    "United Press International": "United Press International",
    "UPI": "United Press International",
    "Bloomberg News": "Bloomberg",
    "Bloomberg": "Bloomberg",
    "The New York Times": "The New York Times",
    "The Washington Post": "The Washington Post",
    "The Guardian": "The Guardian",
    "BBC News": "BBC News",
    "CNN": "CNN",
    "Deutsche Presse-Agentur": "Deutsche Presse-Agentur",
}

# Longest first, so "The Associated Press" wins over "Associated Press".
_PHRASES = sorted(OUTLET_PHRASES, key=len, reverse=True)
TRAILING_OUTLET = re.compile(r"(?P<outlet>" + "|".join(re.escape(p) for p in _PHRASES) + r")\s*$")


def outlet_name(phrase: str) -> str | None:
    """The usual name of the outlet ``phrase`` names, or None if it is not a known outlet."""
    return OUTLET_PHRASES.get(phrase.strip())
