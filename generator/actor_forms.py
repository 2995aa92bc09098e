"""Name forms compared word by word and across articles (second spellings, issue 8, item 2; the
forms one article gives beside each other are ``actor_variants``).

- a slip of one word (:func:`_slip`, :func:`long_slip`): rapidfuzz OSA distance 1, or a long word at
  least 90 % alike (Indel);
- organisations' names that differ only in connectives, hyphens, a plural "s" or British and
  American spelling (:func:`loose_org_key`: "Institute for / of Fiscal Studies", "Federal Open
  Market(s) Committee", "Co-operation" / "Cooperation"), never a country in front (a UK story's
  Treasury is not the U.S. Treasury);
- a party named bare and with "Party" (:func:`party_forms`: "Labour" / "Labour Party", "Conservatives" /
  "Conservative Party");
- a group named in both numbers (:func:`group_numbers`: "Nazi" / "Nazis"), and one named only by its
  singular adjective under its people's plural noun (:func:`people_noun`: "West German" -> West Germans);
- a name without the wire markup that stuck to it (:func:`without_markup`);
- a body named bare that the corpus names with the article's country in front
  (:func:`country_forms`, :func:`country_renames`: "Treasury" / "U.S. Treasury");
- a given name's short form (:func:`same_given_name`, the nicknames package), an initial and surname
  that fits one full name (:func:`initials_known`), and two people one article names apart
  (:func:`told_apart`).
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from rapidfuzz.distance import OSA, Indel

from .data import actor_key, name_key
from .extract.entities.evidence import AGAINST
from .extract.entities.peoples import number_forms

_CONNECTIVES = frozenset("of for the and on in at".split())
_COUNTRY_PREFIXES = frozenset({"us", "u s", "united states", "uk", "u k", "united kingdom"})


def _slip(a: str, b: str) -> bool:
    """Whether two words are one word with a slip: same first letter, OSA distance 1 (words of 4+
    letters), or at least 90 % alike (Indel) for words of 9+ letters ("Khordokovsky")."""
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < 4:
        return False
    if OSA.distance(a, b, score_cutoff=1) <= 1:
        return True
    return min(len(a), len(b)) >= 9 and Indel.normalized_similarity(a, b) >= 0.9


def long_slip(a: str, b: str) -> bool:
    """Whether two long words (9+ letters, same first two) are at least 90 % alike (Indel):
    "Khordokovsky" / "Khodorkovsky", a slip no one-edit rule sees."""
    return a != b and a[:2] == b[:2] and min(len(a), len(b)) >= 9 and Indel.normalized_similarity(a, b) >= 0.9


def loose_org_key(name: str) -> str:
    """An organisation's key without connectives, hyphens, a plural "s" before the last word or
    British "-isation", "U.S." and "United States" both "us", "Department of X" as "X Department":
    "Institute of Fiscal Studies" and "Institute for Fiscal Studies" -> "institute fiscal studies". A
    last word's plural stays: the magazine "Rolling Stone" is not the band."""
    key = actor_key(name.replace("-", "").replace("&", " and "), "organization")
    key = re.sub(r"^(united states|u s) ", "us ", key)
    key = re.sub(r"\b(department|ministry|dept) of (\w+)$", r"\2 \1", key)    # "Department of Agriculture"
    words = [w for w in key.split() if w not in _CONNECTIVES]
    out = []
    for i, w in enumerate(words):
        w = re.sub(r"is(ation|e|ed|ing)$", r"iz\1", w) if len(w) > 6 else w
        if i < len(words) - 1 and len(w) >= 5 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]                  # "Federal Open Markets Committee"
        out.append(w)
    return " ".join(out)


def _without_country(key: str) -> str:
    for prefix in sorted(_COUNTRY_PREFIXES, key=len, reverse=True):
        if key.startswith(prefix + " ") and len(key) > len(prefix) + 1:
            return key[len(prefix) + 1:]
    return key


def gazetteer_body(name: str) -> tuple[str, str] | None:
    """The gazetteer's ``(canonical name, kind)`` for a name, or for an organisation of two words or
    more it lists that the name gives with "U.S." or "UK" in front: "U.S. Food and Drug
    Administration" -> Food and Drug Administration. Not a body named by one word ("UK Parliament":
    each country has one), which ``country_renames`` reads from the article's country."""
    from .data import gazetteer

    known = gazetteer().lookup(name)
    key = name_key(name)
    bare = _without_country(key)
    if known is None and bare != key and len(bare.split()) >= 2:
        found = gazetteer().lookup(bare)
        return found if found is not None and found[1] == "organization" else None
    return known


def without_markup(name: str) -> str:
    """A name without wire markup that stuck to it: 'Qatar National Bank SAQ>"s' -> "Qatar National
    Bank SAQ" (Reuters' angle brackets and what follows them); ``name`` itself when nothing is left."""
    if "<" not in name and ">" not in name:
        return name
    kept = max(re.split(r"[<>]", name), key=lambda part: len(part.strip()))
    kept = re.sub(r"^[\s\"'’]+|[\s\"'’]+$", "", kept)
    return kept if any(c.isalpha() for c in kept) else name


_PREFIX_COUNTRY = {"us": "US", "u s": "US", "united states": "US", "uk": "GB", "u k": "GB", "united kingdom": "GB"}


def country_forms(records: list[dict]) -> dict[str, dict[str, set]]:
    """bare key -> {ISO code -> names} of the organisations the corpus names with a country in front:
    "treasury" -> {"US": {"U.S. Treasury"}}."""
    out: dict = {}
    for record in records:
        for e in record.get("entities", []):
            key = actor_key(e["name"], e["kind"]) if e["kind"] == "organization" else ""
            for prefix, code in _PREFIX_COUNTRY.items():
                if key.startswith(prefix + " ") and not any(x.startswith(AGAINST) for x in e.get("evidence", ())):
                    out.setdefault(key[len(prefix) + 1:], {}).setdefault(code, set()).add(e["name"])
    return out


def country_renames(record: dict, forms: dict) -> dict[tuple[str, str], str]:
    """``(kind, name) -> name``: a body named bare ("Treasury", "Senate") takes the one name the corpus
    gives it with a country in front ("U.S. Treasury") when that country is the one whose places the
    article names most, and the article names no place of the other countries such forms name (a UK
    story's Treasury stays the Treasury)."""
    from .actor_split import country_mentions
    from .actor_states import jurisdiction

    countries = country_mentions(record)
    top = jurisdiction(record)              # "US-MN": a Minnesota story's Senate is the state's
    if not countries or top not in _PREFIX_COUNTRY.values():
        return {}
    out = {}
    for e in record.get("entities", []):
        named = forms.get(actor_key(e["name"], "organization"), {}) if e["kind"] == "organization" else {}
        if len(named.get(top, ())) == 1 and not (set(_PREFIX_COUNTRY.values()) - {top}) & set(countries):
            out[("organization", e["name"])] = next(iter(named[top]))
    return out


@functools.lru_cache(maxsize=1)
def _nicknamer():
    from nicknames import NickNamer

    return NickNamer()


def same_given_name(a: str, b: str) -> bool:
    """Whether one given name is a short form of the other ("vince" / "vincent", "bob" / "robert"),
    from the nicknames package's curated list; never two different full names."""
    a, b = a.lower(), b.lower()
    if a == b:
        return False
    namer = _nicknamer()
    return b in namer.canonicals_of(a) or a in namer.canonicals_of(b)


def initials_known(record: dict, owners: dict) -> set:
    """Keys of the one full name each initial and surname of a record fits ("G Thomas": Gareth Thomas),
    from ``owners`` (surname key -> {full-name key: full name}, actors._surname_owners)."""
    out = set()
    for e in record.get("entities", []):
        words = name_key(e["name"]).split()
        if e["kind"] == "person" and len(words) == 2 and len(words[0]) == 1:
            fits = [k for k in owners.get(words[1], {}) if k[0] == words[0] and len(k.split()[0]) > 1]
            out.update(fits if len(fits) == 1 else ())
    return out


def told_apart(records: list[dict]) -> dict[frozenset, set]:
    """People an article names apart: ``{frozenset of two name keys} -> ids of the articles`` for
    two names with the same first and last word, one with a middle name or initial and one without,
    that one article writes once each and never by the surname alone ("Presidents George W Bush,
    Bill Clinton, George Bush, and Ronald Reagan": a list names two people). A writer who means one
    person writes one form mostly ("Donald Trump" nine times, "Donald J. Trump" in a quoted
    signature), or comes back to him by surname ("Sandi Haber Sweeney ... Sandi Sweeney ... Sweeney
    said"): no evidence of two."""
    out: dict = {}
    for record in records:
        once: dict = {}
        alone = {name_key(n) for e in record.get("entities", []) if e["kind"] == "person"
                 for n in (e["name"], *e.get("aliases", ())) if len(name_key(n).split()) == 1}
        for e in record.get("entities", []):
            words = name_key(e["name"]).split()
            if e["kind"] == "person" and len(words) >= 2 and int(e.get("mentions", 1) or 1) == 1 \
                    and words[-1] not in alone:
                once.setdefault((words[0], words[-1]), set()).add(" ".join(words))
        for keys in once.values():
            short = [k for k in keys if len(k.split()) == 2]
            for s in short:
                for k in keys - {s}:
                    out.setdefault(frozenset((s, k)), set()).add(record.get("id", ""))
    return out


def party_forms(records: list[dict]) -> dict[str, str]:
    """``name -> canonical`` for a party the corpus names, as an organisation, both with "Party" and
    without, or by its members' plural: "Labour" / "Labour Party", "Conservatives" / "Conservative
    Party". Only a name with a party's word (``peoples.PARTY_WORDS``: "Bloc Party" is a band, no "Bloc").
    The canonical name is the gazetteer's where it knows a form ("Conservatives"), else the form more
    articles use, "X Party" on a tie. Each country has its Labour: an article takes the canonical
    name only where :func:`party_agrees`."""
    from .data import gazetteer
    from .extract.entities.peoples import PARTY_WORDS

    usage: dict = {}
    for record in records:
        for e in {x["name"]: x for x in record.get("entities", []) if x["kind"] == "organization"}.values():
            usage.setdefault(actor_key(e["name"], "organization"), Counter())[e["name"]] += 1
    full = {key[:-len(" party")]: key for key in usage if key.endswith(" party")
            and any(f in PARTY_WORDS for w in key.split()[:-1] for f in number_forms(w))}
    out = {}
    for key in usage:
        stem = key[:-1] if key[:-1] in full and key.endswith("s") else key
        if stem not in full or key == full[stem]:
            continue
        forms = [name for k in (key, full[stem]) for name in usage[k]]
        known = {gazetteer().lookup(n)[0] for n in forms if (gazetteer().lookup(n) or ("", ""))[1] == "organization"}
        top = max((key, full[stem]), key=lambda k: (sum(usage[k].values()), k == full[stem]))
        target = known.pop() if len(known) == 1 else max(usage[top], key=lambda n: (usage[top][n], n))
        out.update({name: target for name in forms if name != target})
    return out


def party_agrees(records: list[dict], parties: dict[str, str]) -> set[tuple[str, str]]:
    """``(record id, name)`` of the other forms of :func:`party_forms` that may take the canonical name:
    the article's country (``actor_states.jurisdiction``) is one of the canonical name's articles', or
    it names a person or organisation they name, or no article writes the canonical name itself (a
    gazetteer's). Australia's "Labour Party" of Bob Hawke is not Britain's "Labour"."""
    from .actor_states import jurisdiction

    homes: dict = {}
    for record in records:
        names = {e["name"] for e in record.get("entities", []) if e["kind"] == "organization"}
        others = {name_key(e["name"]) for e in record.get("entities", []) if e["kind"] in ("person", "organization")}
        for target in names & set(parties.values()):
            home = homes.setdefault(target, {"tops": set(), "others": set()})
            home["tops"].add(jurisdiction(record))
            home["others"] |= others - {name_key(target)} - {name_key(n) for n, t in parties.items() if t == target}
    out = set()
    for record in records:
        others = {name_key(e["name"]) for e in record.get("entities", []) if e["kind"] in ("person", "organization")}
        for e in record.get("entities", []):
            if e["kind"] != "organization" or e["name"] not in parties:
                continue
            home = homes.get(parties[e["name"]])          # None: no article writes the canonical name itself
            if home is None or (jurisdiction(record) or "?") in home["tops"] or others & home["others"]:
                out.add((record.get("id", ""), e["name"]))
    return out


def group_numbers(usage: dict, best: dict) -> dict[str, str]:
    """``name -> plural name`` for groups the corpus names in the singular and in the plural
    ("African-American" / "African-Americans"): one group under its plural, the way ``groups.txt``
    names them. ``usage``: ``(kind, actor key) -> Counter(name -> articles)``; ``best``: the name each
    key is written as (``actor_evidence.spellings``)."""
    numbers: dict = {}
    for kind, key in usage:
        if kind == "group":
            numbers.setdefault(min(number_forms(key)), []).append(key)
    out = {}
    for keys in numbers.values():
        plural = [k for k in keys if k.endswith("s") and len(number_forms(k)) > 1]
        if len(keys) > 1 and len(plural) == 1:
            out.update({name: best[("group", plural[0])] for key in keys for name in usage[("group", key)]})
        elif not plural:
            noun = people_noun(best[("group", keys[0])])
            out.update({name: noun for key in keys for name in usage[("group", key)] if noun and name != noun})
    return out


def people_noun(name: str) -> str | None:
    """The plural noun for the people of a group the corpus names only by its singular adjective, when
    the name is made by the demonym or creed rule (``peoples.group_evidence``; ``groups.txt`` names its
    own): "West German" -> "West Germans", "Maoist" -> "Maoists", "Central European" -> "Central
    Europeans". A name in a sibilant or -ese has one form ("Kyrgyz", "Jewish", "Sudanese"): None,
    as for a name that is already plural or no people's name ("Western")."""
    from .extract.entities.peoples import group_evidence

    if re.search(r"(?:s|sh|ch|z|x|ese)$", name) or not re.search(r"[a-z]$", name) \
            or group_evidence(name) not in (("demonym",), ("creed",)):
        return None
    return name + "s"
