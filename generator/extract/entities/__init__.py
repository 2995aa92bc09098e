"""Named entities of one article (people, organisations, places, groups), split by concern.

- ``mentions``: the article's actors, from spaCy's spans to one :class:`Entity` per actor;
- ``names``: cleaning a span into a name; ``caps``: ALL-CAPS lines; ``sports``: results tables;
- ``kinds``: the kind of an actor; ``merge``: grouping mentions; ``titles``: people's titles;
- ``evidence``: what in the article supports an actor (gazetteer, title, apposition, ...).
"""
from __future__ import annotations

from .mentions import entities, result_slots, shouting_tokens

__all__ = ["entities", "shouting_tokens", "result_slots"]
