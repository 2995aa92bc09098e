"""A team's line-up written in a paragraph, a club's name then its players by surname:
"Gloucester: Marshall; Sharples, Trinder, Twelvetrees, May; Burns, Heinz (capt); ...", then
"Replacements: Matu'u, Thomas, Afoa, ..." (rugby and football reports; the lines of a results
table are :mod:`.sports`'). The players are people and the name before the colon is the team,
whatever the model reads ("Galarza" an organisation, "May" a date).

A line-up needs the layout and nothing else: a label of one to three capitalised words right
after a sentence's end, a colon, then at least eight items of one to three capitalised words
separated by commas and semicolons (a semicolon at least once, or a label that names a bench:
"Replacements", "Substitutes"), up to the full stop; "(capt)" after a name is skipped. No item may
be a name the gazetteer knows (a list of towns or countries is no line-up).
"""
from __future__ import annotations

from ...data import gazetteer

# Labels of a team's bench, not of a team: "Replacements: ...".
BENCH_LABELS = frozenset("replacements substitutes subs bench reserves".split())
MIN_PLAYERS = 8
_NOTES = frozenset("capt c captain gk".split())


def _item_tokens(doc, start: int):
    """Items after the colon at ``start - 1``: lists of token indices, and the index after the run."""
    items, item, k = [], [], start
    while k < len(doc):
        t = doc[k]
        if t.text == "(" and k + 2 < len(doc) and doc[k + 1].lower_ in _NOTES and doc[k + 2].text == ")":
            k += 3                              # "Heinz (capt)"
            continue
        if t.text in (",", ";"):
            items.append(item)
            item = []
        elif t.text == "." or "\n" in t.text or t.text == ":":
            break
        elif t.text in ("-", "–", "'", "’") or t.text[:1].isupper() and (t.is_alpha or "'" in t.text or "’" in t.text):
            item.append(k)                      # "Lee-Lo", "Matu'u"
        else:
            return [], k                        # a word of a sentence: no line-up
        k += 1
    items.append(item)
    return items, k


def colon_lineups(doc) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Players' spans and teams' spans of the line-ups written "Team: A; B, C, ..." (see the module)."""
    gaz = gazetteer()
    players, teams = [], []
    for colon in (t.i for t in doc if t.text == ":"):
        label = colon
        while label > 0 and colon - label < 3 and doc[label - 1].is_alpha and doc[label - 1].text[:1].isupper():
            label -= 1
        if label == colon or label > 0 and doc[label - 1].text not in (".", "\n") and "\n" not in doc[label - 1].text:
            continue                            # the label starts its sentence
        items, _ = _item_tokens(doc, colon + 1)
        if len(items) < MIN_PLAYERS or any(not 1 <= len(i) <= 3 or doc[i[0]].is_punct or doc[i[-1]].is_punct
                                           for i in items):
            continue
        bench = doc[label:colon].text.lower() in BENCH_LABELS
        if not bench and not any(doc[k].text == ";" for k in range(colon + 1, items[-1][-1])):
            continue
        if any(gaz.lookup(doc[i[0]:i[-1] + 1].text) is not None for i in items):
            continue                            # towns or countries
        players += [(i[0], i[-1] + 1) for i in items]
        if not bench:
            teams.append((label, colon))
    return players, teams
