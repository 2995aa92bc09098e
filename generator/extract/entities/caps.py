"""ALL-CAPS stretches (wire headlines, "TEL AVIV" datelines) and names looked up in them.

The model reads shouted text badly, so names known from the rest of the article or the gazetteer
are looked up there instead.
"""
from __future__ import annotations

from ...data import Gazetteer, name_key
from .names import Mention, NOT_NAMES, surface

# Words before a saint's or a given name in place names: "SAN FRANCISCO", "SANTA MONICA", "ST LOUIS".
_PLACE_PREFIXES = frozenset("san santa santo sao st st. saint ste fort port mount lake cape".split())


def shouting_tokens(doc) -> set[int]:
    """Indices of tokens in ALL-CAPS stretches: whole caps lines and runs of two or more caps words."""
    caps = set()
    line: list = []

    def close(line):
        words = [t for t in line if sum(c.isalpha() for c in t.text) >= 2]
        upper = [t for t in words if t.text.isupper()]
        # a caps line: mostly caps words, or a dateline such as "MINSK 1996-08-30"
        if (len(words) >= 3 and len(upper) >= 0.7 * len(words)) or (
                words and len(upper) == len(words) and len(words) <= 3 and any(t.like_num for t in line)):
            caps.update(t.i for t in line)
        run: list = []
        for t in line + [None]:
            if t is not None and t.text.isupper() and sum(c.isalpha() for c in t.text) >= 2:
                run.append(t)
            elif t is not None and run and (t.is_punct and t.text in "-&.'"):
                continue
            else:
                if len(run) >= 2:
                    caps.update(range(run[0].i, run[-1].i + 1))
                run = []

    for token in doc:
        if "\n" in token.text or "\n" in token.whitespace_:
            if not token.is_space:
                line.append(token)
            close(line)
            line = []
        elif not token.is_space:
            line.append(token)
    close(line)
    return caps


def lower_words(doc, caps: set[int]) -> frozenset:
    """Words the article writes in lower case outside ALL-CAPS stretches: common words, not names."""
    return frozenset(t.text for t in doc if t.is_lower and t.is_alpha and t.i not in caps)


def caps_people(doc, caps: set[int], taken: set[int], gaz: Gazetteer, firms: frozenset = frozenset()) -> list[Mention]:
    """People in ALL-CAPS stretches, named there only: "ROBERTO DURAN FIGHTS" -> Roberto Duran.

    A known given name and one more word make a person when neither is written in lower case
    elsewhere in the article (so "BILL PASSES" is no one) and neither is a known place; a third word
    joins when the article writes it capitalised elsewhere. A given name that opens the name of a
    firm the body writes in mixed case (``firms``: first words, lower case) is that firm's short
    name: "LUCAS SEES CONTINUED GROWTH" over "Lucas Industries Plc said" names no one.
    """
    common = lower_words(doc, caps)
    # a third word only when the article writes it as a name: "FIGHTS" after "ROBERTO DURAN" is a verb
    names = frozenset(t.lower_ for t in doc if t.is_title and t.i not in caps)
    found = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if i not in caps or i in taken or not token.is_alpha or token.lower_ not in gaz.given_names \
                or token.lower_ in firms \
                or (i > 0 and doc[i - 1].lower_ in _PLACE_PREFIXES) \
                or token.lower_ in common or (i > 0 and doc[i - 1].is_alpha and doc[i - 1].i in caps
                                              and doc[i - 1].lower_ in gaz.given_names):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and (end - i < 2 or doc[end].lower_ in names) and end - i < 3 and end in caps and end not in taken and doc[end].is_alpha \
                and len(doc[end].text) >= 2 and doc[end].lower_ not in common and not doc[end].is_stop \
                and doc[end].lower_ not in NOT_NAMES and gaz.lookup(doc[end].text) is None:
            end += 1
        if end - i >= 2 and gaz.lookup(doc[i:end].text) is None:
            found.append(Mention(i, end, "person", shouting=True))
            i = end
        else:
            i += 1
    return found


_BRACKETS = frozenset("()[]{}")


def lookup_mentions(doc, taken: set[int], caps: set[int], forms: dict, gaz: Gazetteer) -> list[Mention]:
    """Mentions the model missed: known names (from this article or the gazetteer) at free tokens.

    In ALL-CAPS stretches any case matches; elsewhere the first token must be capitalised, and a
    gazetteer-only name must be a proper noun (so "Nice to see" is no city).
    """
    found = []
    i = 0
    while i < len(doc):
        if i in taken or doc[i].is_space or doc[i].is_punct \
                or (i not in caps and not doc[i].text[:1].isupper()):
            i += 1              # (the check below, hoisted: most tokens are lower-case words)
            continue
        hit = None
        for j in range(min(len(doc), i + 6), i, -1):
            if any(k in taken for k in range(i, j)) or doc[j - 1].is_space or doc[j - 1].is_punct \
                    and doc[j - 1].text != "." or any(doc[k].text in _BRACKETS for k in range(i, j)):
                continue                        # (a stop after a bracket is the sentence's: "(Unicef).")
            shouting = all(k in caps for k in range(i, j))
            text = surface(doc, i, j)
            if not shouting and not doc[i].text[:1].isupper():
                continue
            key = name_key(text)
            if not key or text.lower() in NOT_NAMES:
                continue
            if key in forms:
                kind = forms[key]
            else:
                known = gaz.lookup(text)
                if known is None:
                    continue
                kind = known[1]
                if not shouting and doc[i].pos_ != "PROPN" and doc[i].tag_ not in ("NNP", "NNPS") \
                        and kind != "group":
                    continue
                if shouting and len(key) <= 3 and "." not in text:
                    continue                    # "US", "WHO" in a caps headline are words
                if kind == "group" and not shouting and doc[i].text[:1].islower():
                    continue
            hit = Mention(i, j, kind, shouting=shouting)
            break
        if hit:
            found.append(hit)
            i = hit.end
        else:
            i += 1
    return found
