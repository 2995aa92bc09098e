"""What the words around a name say about its kind: a company's legal form after it, a job "at" it,
a party's short name before a person's.

- A name followed by a corporate suffix the model left out is a company's: "Robert W. Baird and Co
  Inc", "Sanford C. Bernstein & Co", "Cargill, Inc.", "Indosuez Asia (Singapore) Ltd" (a branch's
  country in brackets, then the suffix). The suffix joins the name unless a bracket stands between.
- A name after a role and "at" is where the person works: "analyst at Sanford Bernstein", "first
  vice president at Robert W. Baird". People are not worked "at". So is a name right after a
  firm's common noun: "of brokers James Capel", "the charity Age Concern".
- A party's short name before a person's name is no part of it: "Lib Dem Norman Baker", "Tory MP
  ...", "Democrat Bernie Sanders". The gazetteer's groups (``data/groups.txt``: "Democrat",
  "Republican", "Conservative") are read with :data:`PARTY_SHORT_FORMS`, the British short forms no
  data package lists.

- Reuters wire copy puts a company's stock ticker in angle brackets after its name ("McDermott
  International Inc <MDR>") and the whole name of an unlisted company in them ("<Doha Bank Ltd
  QSC>"): a ticker is never part of a name, and a name in brackets is one organisation's whole
  name, not a place ("Doha") and a fragment (:func:`wire_brackets`).

Hand-written because no maintained package reads these patterns in running text; the suffix list
is :data:`generator.data.CORPORATE_SUFFIXES` (the legal forms news writes).
"""
from __future__ import annotations

from ...data import CORPORATE_SUFFIXES, gazetteer, name_key
from .joins import capword

# Party short forms written before a politician's name in British news, not in the groups list.
PARTY_SHORT_FORMS = frozenset({("lib", "dem"), ("lib", "dems"), ("tory",), ("labour",), ("ukip",), ("snp",),
                               ("gop",), ("green",), ("dem",)})
# Of those, the ones that name the party itself, never one member ("Labour was leading in the polls").
PARTY_NAMES = frozenset({("labour",), ("ukip",), ("snp",), ("gop",)})
# Roles a person holds "at" a company: "analyst at X". Lowercase.
ROLES_AT = frozenset("""analyst analysts economist economists strategist strategists trader traders dealer dealers
partner partners director president vice-president executive officer manager managers banker bankers
researcher researchers broker brokers consultant consultants specialist specialists head chief chairman
official officials spokesman spokeswoman spokesperson employee employees worker workers""".split())


def _suffix(token) -> bool:
    """Whether a token is a corporate suffix as written after a name: "Inc", "Ltd.", "plc", "N.V."."""
    text = token.text
    return name_key(text) in CORPORATE_SUFFIXES and (text[:1].isupper() or text == "plc") and len(text) >= 2


def company_tail(doc, end: int) -> tuple[int, bool] | None:
    """A corporate suffix right after the name ending at token ``end``.

    Returns:
        ``(new_end, join)``: the token after the suffix and whether the suffix joins the name (False
        when a bracket stands between: "Indosuez Asia (Singapore) Ltd" keeps its name), else None.
    """
    i, join = end, True
    if i < len(doc) and doc[i].text == "(":
        close = next((k for k in range(i + 1, min(len(doc), i + 6)) if doc[k].text == ")"), None)
        if close is None or gazetteer().lookup(doc[i + 1:close].text) is None:
            return None
        i, join = close + 1, False
    found = False
    if i + 1 < len(doc) and doc[i].lower_ in ("and", "&") and name_key(doc[i + 1].text) in ("co", "cos", "company") \
            and doc[i + 1].text[:1].isupper():
        i, found = i + 2, True
    while i < len(doc) and (_suffix(doc[i]) or doc[i].text == "," and i + 1 < len(doc) and _suffix(doc[i + 1])):
        i += 1
        found = True
    if not found:
        return None
    while i > end and doc[i - 1].text == ",":
        i -= 1
    return i, join


# Nouns for a firm or body written right before its name: "of brokers James Capel", "charity Age Concern".
# (Plural or a firm's kind only: "broker Shakil Rizvi" is a person, "brokers James Capel" a firm.)
COMPANY_NOUNS = frozenset("""brokers stockbrokers brokerage firm consultancy charity insurer carmaker automaker
retailer publisher broadcaster airline chipmaker lender conglomerate""".split())


# Roles in the markets a firm employs, never a person: "Dean Witter analyst Karen Gibbs", "an economist
# with Bankers Trust" (not "spokesman", "adviser": "Trump adviser Kellyanne Conway" is his).
MARKET_ROLES = frozenset("""analyst analysts economist economists strategist strategists trader traders dealer
dealers broker brokers banker bankers underwriter underwriters""".split())
# Words before "manager" that make it a bond issue's underwriter in wire copy: "said sole manager Salomon
# Brothers", "lead manager Morgan Grenfell", "co-manager X" (a firm, never a person's title; not "joint":
# a football club may have joint managers).
UNDERWRITING = frozenset("lead sole co".split())


def worked_at(doc, start: int) -> bool:
    """Whether the name at token ``start`` follows a role and "at" ("analyst at X"), a market role
    and "with" ("economist with X"), a firm's common noun ("of brokers X", "the charity X") or an
    underwriter's role ("sole manager X", "co-lead manager X")."""
    if start >= 2 and doc[start - 1].lower_ == "at" and doc[start - 2].lower_ in ROLES_AT:
        return True
    if start >= 2 and doc[start - 1].lower_ == "with" and doc[start - 2].lower_ in MARKET_ROLES:
        return True
    if start >= 2 and doc[start - 1].lower_ in ("manager", "managers") and doc[start - 1].is_lower \
            and (doc[start - 2].lower_ in UNDERWRITING or doc[start - 2].text == "-" and start >= 3
                 and doc[start - 3].lower_ in UNDERWRITING):
        return True
    return start >= 1 and doc[start - 1].text in COMPANY_NOUNS


def employs(doc, start: int, end: int) -> bool:
    """Whether the name at ``start..end`` (two words or more) is the firm of the person named right
    after a market role: "Dean Witter analyst Karen Gibbs", "said Paine Webber economists" (the role
    ends the clause). A firm named after its founders reads as a person's name; a person is never
    written before an analyst's or a trader's role."""
    if end - start < 2 or end >= len(doc) or not doc[end].is_lower or doc[end].lower_ not in MARKET_ROLES \
            or doc[end].pos_ != "NOUN":
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    return after is None or after.text[:1].isupper() and after.is_alpha or after.is_punct and after.text != "'s"


def party_prefix(doc, start: int, end: int) -> int:
    """Start of a person's name past a party's short name before it: "Lib Dem Norman Baker" -> Norman
    Baker. Two name words must be left; a word is a party's when the gazetteer lists it as a group
    ("Democrat") or it is one of :data:`PARTY_SHORT_FORMS`."""
    gaz = gazetteer()
    for n in (2, 1):
        if end - start - n < 2:
            continue
        words = tuple(t.lower_ for t in doc[start:start + n])
        known = gaz.lookup(doc[start:start + n].text)
        if words in PARTY_SHORT_FORMS or n == 1 and known is not None and known[1] == "group" \
                and doc[start].text[:1].isupper():
            return start + n
    return start


def wire_brackets(doc) -> tuple[list[tuple[int, int]], set[int]]:
    """Reuters' angle brackets: ``(names, ticker_tokens)``.

    ``names``: token ranges of a company's whole name written in brackets ("<Doha Bank Ltd QSC>");
    ``ticker_tokens``: the brackets themselves and a ticker inside them ("<MDR>", "<DOBK.QA>": one
    word with no lower-case letter), never part of any name.
    """
    names, ticker = [], set()
    i = 0
    while i < len(doc):
        if doc[i].text != "<":
            i += 1
            continue
        close = next((k for k in range(i + 1, min(len(doc), i + 12)) if doc[k].text in (">", "<")
                      or "\n" in doc[k].text), None)
        if close is None or doc[close].text != ">":
            i += 1
            continue
        inside = doc[i + 1:close]
        ticker.update((i, close))
        if len(inside) == 1 and not any(c.islower() for c in inside.text):
            ticker.add(i + 1)                   # "<MDR>"
        elif len(inside) and inside[0].text[:1].isupper() and any(c.islower() for c in inside.text):
            names.append((i + 1, close))        # "<Doha Bank Ltd QSC>"
        i = close + 1
    return names, ticker


def listed_names(doc, ticker: set[int], blocked: set[int] = frozenset(), common: frozenset = frozenset()) -> list[tuple[int, int]]:
    """Token ranges of companies' full names that Reuters' ticker follows, whether or not the model
    read a name there: capitalised words ending in a corporate suffix right before "<LIL>" ("Long
    Island Lighting Co <LIL> and ..."). The run stops at a line's start, a word in lower case or a
    connector ("and": :func:`.spans.joined_company_names` reads joined names); a stop word, a word
    the article writes in lower case (``common``) or one the tagger reads as no proper noun opens
    no name ("Yesterday"). ``blocked`` tokens (ALL-CAPS stretches, names found) are never part of one.
    """
    found = []
    for i in range(1, len(doc) - 1):
        if doc[i].text != "<" or i + 1 not in ticker or not _suffix(doc[i - 1]) or i - 1 in blocked:
            continue
        end = i
        k = i - 1
        while k - 1 >= 0 and k - 1 not in blocked and "\n" not in doc[k - 1].whitespace_:
            if capword(doc[k - 1]) or _suffix(doc[k - 1]):
                k -= 1
            elif doc[k - 1].text == "-" and k >= 2 and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
                    and capword(doc[k - 2]) and k - 2 not in blocked:
                k -= 2                          # "Scurry-Rainbow Oil Ltd <SRB>"
            else:
                break
        while k < end - 1 and (doc[k].is_stop or doc[k].lower_ in common or doc[k].tag_ not in ("NNP", "NNPS")):
            k += 1
        joined = k > 0 and doc[k - 1].lower_ in ("and", "&")    # "... Electric and Gas Corp <NGE>"
        if any(not _suffix(t) for t in doc[k:end]) and not _suffix(doc[k]) and not joined:
            found.append((k, end))
    return found
