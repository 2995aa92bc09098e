"""Whole names the recogniser cuts, and fragments it keeps: span boundaries of organisations.

The small spaCy model cuts a company's or a body's name at the words that join its parts, and the
mention code (``names.split_at_numbers``) cuts spans at possessives and brackets:

- "Standard and Poor's Corp" -> "Poor's Corp", "British and Commonwealth Holdings Plc" -> "British" +
  "Commonwealth Holdings Plc", "Fichtel und Sachs AG" -> "Fichtel" + "Sachs AG";
- "Moody's Investors Service Inc" -> "Moody" + "Investors Service Inc", "United Nations Children's
  Fund" -> "United Nations Children" + "Fund";
- "Nikko Securities Co (Europe) Ltd" -> "Nikko Securities Co" + "Europe" + "Ltd".

:func:`joined_company_names` finds such names by the shape of the tokens: a run of capitalised words
ending in a corporate suffix ("Inc", "Corp", "Plc", "AG": ``data.CORPORATE_SUFFIXES``) or a body's word
("Agency", "Fund": the gazetteer's ``org_words``), its parts joined by "and"/"&", a foreign
connector ("und", "de"), a possessive or a bracketed part. A join needs evidence that the parts are
one name and not two names side by side ("Chrysler and Ford Motor Co", "Britain's Imperial Chemical
Industries Plc"): a part joined by "and" is one capitalised word that the article never writes on its
own (else it names a body of its own); a part before a possessive is no place, person or nationality
(the gazetteer, the model's label) and is not written on its own elsewhere either.

:func:`fragment` tells the pieces that are never a name on their own: a bare legal form ("Corp",
"Co Inc"), a connector, month codes ("Mar/Apr" shipment). :func:`name_breaks` marks tokens a name
never runs across: a social-media handle ("@JohnSmithCongratulations": a tweet embed glued to the
name before it) and invisible direction marks.

Hand-written because no maintained package reads company names out of running text; the rules are
the legal-name conventions of English-language business news (Reuters' style: a company's first
mention carries its legal form).
"""
from __future__ import annotations

import re

from ...data import gazetteer
from .joins import AND, FOREIGN_CONNECTORS, INVISIBLE as _INVISIBLE, capword as _capword, left_holds, lone_tail, n_joint as _n_joint
from .joins import not_a_firm as _not_a_firm, on_own as _on_own, repeated_whole, suffix as _suffix, two_firms as _two_firms
from .names import MONTHS, POSSESSIVE_TOKENS, Mention
from .titles import HONORIFICS, TITLE_HEADS

# Body words that end a name joined by "and" ("Maritime and Coastguard Agency", "Food and Drug
# Administration"); corporate suffixes end one too.
_BODY_ENDS = frozenset("""agency fund service services foundation institute institution association
commission administration authority board council trust society bank group holdings industries
company corporation""".split())


def _ends_name(token) -> bool:
    return _suffix(token) or token.lower_ in _BODY_ENDS and token.text[:1].isupper()


def _walk_back(doc, last: int, stop: set[int]) -> tuple[int, list[tuple[int, int, str]]]:
    """Start of the capitalised run ending before token ``last`` and its joints from right to left:
    ``(left_end, right_start, kind)``, kind "and", "foreign", "possessive" or "bracket"."""
    joints: list[tuple[int, int, str]] = []
    k = last - 1
    while k >= 0 and k not in stop and "\n" not in doc[k].whitespace_ and "\n" not in doc[k].text:
        t = doc[k]
        if _capword(t):
            k -= 1
        elif t.text == ")" and k >= 2:
            open_ = next((j for j in range(k - 1, max(-1, k - 5), -1) if doc[j].text == "("), None)
            if open_ is None or open_ == 0 or open_ + 1 == k or not all(_capword(x) for x in doc[open_ + 1:k]) \
                    or not _capword(doc[open_ - 1]) or "\n" in doc[open_ - 1].whitespace_:
                break
            joints.append((open_, k + 1, "bracket"))
            k = open_ - 1
        elif _n_joint(doc, k) and k >= 2 and _capword(doc[k - 2]):
            joints.append((k - 1, k + 1, "and"))    # "Pay N' Pak Stores Inc"
            k -= 2
        elif t.text in POSSESSIVE_TOKENS and k >= 1 and _capword(doc[k - 1]):
            joints.append((k, k + 1, "possessive"))
            k -= 1
        elif (t.lower_ in AND or t.text in FOREIGN_CONNECTORS) and k >= 1 and _capword(doc[k - 1]):
            joints.append((k, k + 1, "and" if t.lower_ in AND else "foreign"))
            k -= 1
        else:
            break
    return k + 1, joints


def _holds(doc, kind: str, left_start: int, left_end: int, right_start: int, last: int, listed: bool = False) -> bool:
    """Whether the part ``left_start..left_end`` is one name with what follows the joint (``listed``:
    a ticker follows the name)."""
    if kind == "bracket":
        return True
    if kind == "foreign":
        return left_end - left_start <= 3
    word = doc[left_end - 1]
    if kind == "and":
        if lone_tail(doc, right_start, last) and left_holds(doc, left_start, left_end, right_start, listed=listed):
            return True                         # "Louisiana Power and Light Co": "Light Co" names no firm
        # one word, neither it nor the next word written on its own: "Chrysler and Ford Motor Co" are two
        known = gazetteer().lookup(word.text)
        # a nationality word stands alone in other names ("British Airways"): "British and Commonwealth Holdings"
        return left_end - left_start == 1 and not word.is_upper and not _suffix(word) \
            and not (known is not None and known[1] in ("place", "person")) \
            and (known is not None and known[1] == "group" or not _on_own(doc, word.text, left_end, range(left_start, last))) \
            and not _on_own(doc, doc[right_start].text, left_end, range(left_start, last)) \
            and not (gazetteer().lookup(doc[right_start].text) or ("", ""))[1] in ("place", "person") \
            and not (_suffix(doc[last - 1]) and doc[min(right_start + 1, last - 1)].text not in POSSESSIVE_TOKENS
                     and _two_firms(doc, left_end - 1, left_end, right_start))
    # possessive: no place, nationality or person ("Britain's", "Smith's"), a one-word part not alone
    # nor a firm's whole name: "Reuters Holdings PLC's Reuters Information Services Inc" names two firms
    return not _not_a_firm(doc, left_start, left_end) and not _suffix(word) \
        and doc[left_start].lower_.rstrip(".") not in HONORIFICS | TITLE_HEADS \
        and not (left_end - left_start == 1 and _on_own(doc, word.text, left_end, range(left_start, last)))


def _accepted_start(doc, start: int, last: int, joints: list[tuple[int, int, str]], listed: bool) -> int:
    """Where the name starts: the run's start when every joint holds, else right of the rightmost
    joint that fails."""
    for n, (left_end, right_start, kind) in enumerate(joints):          # right to left
        left_start = joints[n + 1][1] if n + 1 < len(joints) else start
        if not _holds(doc, kind, left_start, left_end, right_start, last, listed):
            return right_start
    return start


def joined_company_names(doc, blocked: set[int] = frozenset(), common: frozenset = frozenset(),
                         ticker: set[int] = frozenset()) -> list[tuple[int, int]]:
    """Token ranges of organisations' whole names joined by "and", "&", a foreign connector, a
    possessive or a bracketed part, ending in a corporate suffix or a body's word ("Standard and
    Poor's Corp", "Nikko Securities Co (Europe) Ltd", "Maritime and Coastguard Agency").

    Only names with at least one such joint are returned: plain runs ("Ford Motor Co") are the
    model's. A name that opens with a possessive brings its short form elsewhere in the article
    ("Moody's said"). ``blocked`` tokens (ALL-CAPS stretches, Reuters' brackets) are never part of one; a
    word at the run's start that the article writes in lower case (``common``), a stop word or a word
    the tagger reads as no proper noun is no part of it ("Yesterday Standard and Poor's Corp"), unless
    the article repeats the name whole with it ("which Pay N' Pak declined": :func:`.joins.repeated_whole`).
    ``ticker``: Reuters' ticker brackets and tickers ("<GW>"), which follow a listed company's full name.
    """
    found = []
    i = 0
    while i < len(doc):
        if i in blocked or not _ends_name(doc[i]) or i + 1 < len(doc) and _suffix(doc[i + 1]) \
                and "\n" not in doc[i].whitespace_:
            i += 1
            continue
        start, joints = _walk_back(doc, i, set(blocked))
        if joints and not _suffix(doc[i]):
            # a body's word ends a name joined by "and" only, and ends it: "Maritime and Coastguard Agency",
            # not "Veterans and Society [Program]"
            joints = joints if all(kind in ("and", "foreign", "possessive") for _, _, kind in joints) \
                and not (i + 1 < len(doc) and _capword(doc[i + 1]) and "\n" not in doc[i].whitespace_) else []
        while joints and start < joints[-1][0] and (doc[start].is_stop or doc[start].lower_ in common
                                                     or doc[start].tag_ not in ("NNP", "NNPS")) \
                and not repeated_whole(doc, start, joints[-1][1] + 1):
            start += 1
        if joints:
            listed = i + 2 < len(doc) and doc[i + 1].text == "<" and i + 2 in ticker
            begin = _accepted_start(doc, start, i + 1, joints, listed)
            if any(begin < left_end for left_end, _, _ in joints) and not _inside_longer_ent(doc, begin):
                found.append((begin, i + 1))
        i += 1
    return found + _short_forms(doc, found, blocked)


def _inside_longer_ent(doc, begin: int) -> bool:
    """Whether the model's organisation starts before token ``begin`` and runs over it: its name is
    longer than the joined one ("Smith Barney, [Harris and Upham Inc]", "D.C. Court of [Appeals’
    Board]"), so the join would cut it."""
    return any(ent.label_ == "ORG" and _content_start(ent) < begin < ent.end for ent in doc.ents)


def _content_start(ent) -> int:
    """Where an entity's words start, past a leading "the" ("the United Nations Children")."""
    k = ent.start
    while k < ent.end - 1 and ent.doc[k].pos_ == "DET":
        k += 1
    return k


def _short_forms(doc, names: list[tuple[int, int]], blocked) -> list[tuple[int, int]]:
    """The short form of a firm whose whole name opens with a possessive, elsewhere in the article:
    "Moody's said" after "Moody's Investors Service Inc", "Scotty's said" after "Scotty's Inc"; and
    of one joined by "and" or "N'", its words before the legal form: "Pay N' Pak declined" after "Pay
    N' Pak Stores Inc"."""
    inside = {k for s, e in names for k in range(s, e)} | set(blocked)
    out = []
    for s, e in names:
        out += _joined_short_forms(doc, s, e, inside)
        p = next((k for k in range(s + 1, e) if doc[k].text in POSSESSIVE_TOKENS and not _n_joint(doc, k)), None)
        if p is None or any(doc[k].lower_ in AND | FOREIGN_CONNECTORS or _n_joint(doc, k) for k in range(s, p)):
            continue
        words = [t.text for t in doc[s:p]]
        n = len(words)
        for i in range(len(doc) - n):
            if [t.text for t in doc[i:i + n]] == words and doc[i + n].text in POSSESSIVE_TOKENS \
                    and not any(k in inside for k in range(i, i + n + 1)) \
                    and not (i + n + 1 < len(doc) and _capword(doc[i + n + 1])):
                out.append((i, i + n + 1))
                inside.update(range(i, i + n + 1))
    return out


def _joined_short_forms(doc, s: int, e: int, inside: set[int]) -> list[tuple[int, int]]:
    """Where the words of a joined name up to the word after its last "and" ("Gulf and Western" of
    "Gulf and Western Inc", "Pay N' Pak" of "Pay N' Pak Stores Inc") stand elsewhere, between no
    other capitalised words; ``inside`` grows with them."""
    joint = max((t.i for t in doc[s:e - 1] if t.lower_ in AND or _n_joint(doc, t.i)), default=None)
    if joint is None or _suffix(doc[joint + 1]):
        return []
    words = [t.text for t in doc[s:joint + 2]]
    n = len(words)
    out = []
    for i in range(len(doc) - n + 1):
        if [t.text for t in doc[i:i + n]] == words and not any(k in inside for k in range(i, i + n)) \
                and not (i + n < len(doc) and (_capword(doc[i + n]) or _suffix(doc[i + n]))) \
                and not (i > 0 and _capword(doc[i - 1]) and not doc[i].is_sent_start):
            out.append((i, i + n))
            inside.update(range(i, i + n))
    return out


def name_breaks(doc) -> set[int]:
    """Tokens a name never runs across: a handle ("@JohnSmith...": a tweet embed glued to the name
    before it), a hashtag, an invisible direction mark."""
    return {t.i for t in doc if t.text[:1] in ("@", "#") and len(t.text) > 1 or _INVISIBLE.search(t.text)}


def fragment(doc, start: int, end: int) -> bool:
    """Whether tokens ``start..end`` are a piece of something else, never a name of their own: a bare
    legal form ("Corp", "Co Inc", "Ltd"), a connector, or months written as codes ("Mar/Apr")."""
    tokens = [t for t in doc[start:end] if not t.is_punct]
    if not tokens:
        return False
    if all(_suffix(t) or t.lower_ in AND for t in tokens):
        return True
    words = [w for w in re.split(r"[/\-\s]+", doc[start:end].text.lower().rstrip(".")) if w]
    return len(words) >= 2 and all(w.rstrip(".") in MONTHS for w in words)


def split_at_breaks(parts: list[tuple[int, int]], breaks: set[int]) -> list[tuple[int, int]]:
    """``parts`` (token ranges) cut at the :func:`name_breaks` tokens, which belong to neither side."""
    out = []
    for start, end in parts:
        begin = start
        for i in range(start, end):
            if i in breaks:
                if i > begin:
                    out.append((begin, i))
                begin = i + 1
        if end > begin:
            out.append((begin, end))
    return out


def initial_mentions(doc, taken: set[int]) -> list[Mention]:
    """People written with initials the model missed: "V. Drakes", "J.R. Smith"."""
    found = []
    for token in doc:
        i = token.i
        if i in taken or not re.match(r"^(?:[A-Z]\.){1,3}$", token.text) or token.text in ("U.S.", "U.K.", "U.N."):
            continue
        if i > 0 and re.match(r"^(?:[A-Z]\.){1,3}$", doc[i - 1].text):
            continue                            # not the first initial
        j = i
        while j + 1 < len(doc) and re.match(r"^(?:[A-Z]\.){1,3}$", doc[j + 1].text):
            j += 1
        k = j + 1
        while k < len(doc) and k not in taken and doc[k].is_alpha and doc[k].text[:1].isupper() \
                and not doc[k].is_stop and k - j <= 2:
            k += 1
        if k > j + 1 and not doc[j + 1].is_sent_start:
            found.append(Mention(i, k, "person"))
    return found


def _written_alone(doc, start: int, end: int) -> bool:
    """Whether the words ``start..end`` stand elsewhere in the article as a name of their own: not
    followed by "and"/"&" or a capitalised word, outside ``start..end``, and not a sentence's first
    word unless the model reads it as part of a name."""
    words = [t.text for t in doc[start:end]]
    n = len(words)
    for i in range(len(doc) - n + 1):
        if start - n < i < end or [t.text for t in doc[i:i + n]] != words \
                or doc[i].is_sent_start and not doc[i].ent_type_:
            continue                            # a sentence's first word is capitalised anyway: "Trade fell"
        after = doc[i + n] if i + n < len(doc) else None
        if after is None or after.lower_ not in AND and not (_capword(after) and not after.is_sent_start):
            return True
    return False


def split_pairs(doc, start: int, end: int) -> list[tuple[int, int]]:
    """A span of the model's cut at "and"/"&" when the part before it is written on its own
    elsewhere in the article: "Kestrana and Wolvercote Motor Co" with "Kestrana said ..." are two
    firms (a firm's whole name, "Standard and Poor's Corp", is never written in parts). Only a span
    that ends in a corporate suffix is cut, never at a word repeated ("Johnson & Johnson Inc") nor
    before one word and the legal form that name no firm alone ("Rochester Gas and Electric Corp"
    with "Rochester Gas owns": its short form; :func:`.joins.lone_tail`)."""
    if end - start < 3 or not _suffix(doc[end - 1]):
        return [(start, end)]
    parts, begin = [], start
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in AND and i > begin and _written_alone(doc, begin, i) and not lone_tail(doc, i + 1, end) \
                and not {t.lower_ for t in doc[begin:i]} & {t.lower_ for t in doc[i + 1:end]}:
            parts.append((begin, i))
            begin = i + 1
    parts.append((begin, end))
    return parts


def caps_companies(doc, caps: set[int], taken: set[int], common: frozenset, body_orgs: list[tuple[int, int]]) -> list[Mention]:
    """Firms named in an ALL-CAPS wire headline, which the model reads badly:

    - a run of capitals that opens the line and ends in a corporate suffix ("UNITED INDUSTRIAL CORP
      <UIC> 4TH QTR LOSS", "KELDAN FINANCE LTD - YEAR TO DEC 31"), with no word the article writes in
      lower case or a stop word ("FIRMS HOPE TO JOIN JAPAN TELECOM COMPANY" names no firm);
    - the first words of a firm's name the body writes in mixed case ("RLR FINANCIAL" for "RLR
      Financial Services Inc"), two words at least, standing before a ticker or the line's end.

    ``body_orgs``: token ranges of the organisations found outside the capitals.
    Returns mentions marked ``shouting`` and ``company``.
    """
    found: list[Mention] = []
    used = set(taken)
    for i in sorted(caps):
        t = doc[i]
        if i in used or not _suffix(t) or not t.text.isupper() or i + 1 in caps and i + 1 < len(doc) \
                and _suffix(doc[i + 1]):
            continue
        k = i
        while k - 1 in caps and k - 1 not in used and doc[k - 1].text.isupper() and re.fullmatch(r"[A-Z][A-Z.&'-]*", doc[k - 1].text) \
                and doc[k - 1].lower_ not in common and not doc[k - 1].is_stop and "\n" not in doc[k - 1].whitespace_:
            k -= 1
        # the headline opens with the firm's name ("UNITED INDUSTRIAL CORP <UIC> ..."), not "... TO JOIN JAPAN TELECOM COMPANY"
        if k < i and (k == 0 or "\n" in doc[k - 1].whitespace_ or "\n" in doc[k - 1].text):
            found.append(Mention(k, i + 1, "organization", shouting=True, company=True))
            used.update(range(k, i + 1))
    prefixes = set()
    for s, e in body_orgs:
        words = [w.lower_ for w in doc[s:e] if not _suffix(w)]
        prefixes.update(tuple(words[:n]) for n in range(2, len(words)) if not doc[s + n - 1].is_stop)
    for n in sorted({len(p) for p in prefixes}, reverse=True):
        for i in sorted(caps):
            words = tuple(t.lower_ for t in doc[i:i + n])
            if words not in prefixes or any(k in used or k not in caps for k in range(i, i + n)) \
                    or i > 0 and i - 1 in caps and doc[i - 1].is_alpha and doc[i - 1].lower_ not in common:
                continue
            after = doc[i + n] if i + n < len(doc) else None
            if after is None or after.text == "<" or "\n" in doc[i + n - 1].whitespace_:
                found.append(Mention(i, i + n, "organization", shouting=True, company=True))
                used.update(range(i, i + n))
    return found


def without_post_nominals(doc, start: int, end: int) -> int:
    """End of a person's name without the letters of an honour or degree after it: "John Amaechi
    OBE" -> John Amaechi ("QC", "MBE", "PhD"). The letters are nameparser's suffix acronyms, written
    in capitals (or as the degree is written, "PhD"); two words of the name are left at least."""
    from nameparser.config import CONSTANTS

    while end - start > 2 and doc[end - 1].lower_.replace(".", "") in CONSTANTS.suffix_acronyms \
            and sum(c.isupper() for c in doc[end - 1].text) >= 2:
        end -= 1
    return end
