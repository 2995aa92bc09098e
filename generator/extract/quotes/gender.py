"""Gender of a given name, from the US census lists the ``names`` package ships (1990 census: male
and female first names, each with its frequency in per cent of its population).

Used only as a prior for "he" / "she" when the article's own pronouns and honorifics say nothing
about a person: a name counts as one gender when at least ``SHARE`` of its uses are of that gender
("Marco", "Hillary"); names used for both ("Jordan", "Casey"), rare ones and names the lists do not
hold give None. A prior never sends the search for "he" past a person to someone else: a person of
the other gender by prior alone stops it (see ``coreference``). Read from the package's data files because the package has no lookup of its own.
"""
from __future__ import annotations

import functools
from importlib import resources

# Share of a name's uses that must be of one gender for the name to count as that gender.
SHARE = 0.95
# Rarer names (per cent of the population) say nothing: they are mostly other languages' names or
# syllables ("Lu", "Li", "Mei") whose gender the US lists do not know.
MIN_FREQUENCY = 0.006


@functools.lru_cache(maxsize=1)
def _frequencies() -> dict[str, tuple[float, float]]:
    """Lower-case given name -> (per cent of men, per cent of women) who bear it."""
    out: dict[str, list[float]] = {}
    for column, file in enumerate(("dist.male.first", "dist.female.first")):
        text = resources.files("names").joinpath(file).read_text(encoding="utf-8")
        for line in text.splitlines():
            parts = line.split()
            if len(parts) >= 2:
                out.setdefault(parts[0].lower(), [0.0, 0.0])[column] = float(parts[1])
    return {name: (m, f) for name, (m, f) in out.items()}


def given_name_gender(name: str) -> str | None:
    """"m" or "f" for a person's name whose first word is a given name of one gender, else None."""
    words = name.split()
    if len(words) < 2:
        return None     # a lone word may be a surname ("Jordan")
    male, female = _frequencies().get(words[0].lower().rstrip("."), (0.0, 0.0))
    if male + female < MIN_FREQUENCY:
        return None
    if male >= SHARE * (male + female):
        return "m"
    if female >= SHARE * (male + female):
        return "f"
    return None
