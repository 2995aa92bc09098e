"""Key-phrase topics chosen across the whole corpus, once every article's record exists.

An article alone cannot tell a subject ("Cease-fire", "Volcano") from a word every story uses
("Account", "Block") or from a word used of people ("Agent", "Anchor"); the corpus can. Each
record's ``topic_evidence`` (from ``extract/topics``) lists its ranked key-phrase candidates,
every phrase it mentions, and the nouns it uses of people. Here a key phrase becomes a topic when:

- it is a candidate (a subject the article dwells on) in at least ``MIN_ARTICLES`` articles, and
  the main subject of one of them at least (weight ``MIN_TOP_WEIGHT``: in its headline, or used
  three times): a phrase every article only touches ("Balance sheet") names no subject of the site;
- most articles that mention it at all dwell on it (``MIN_SPECIFICITY``): a word many stories use
  in passing is general, whatever its count in one (the idea behind inverse document frequency);
- its last word is never used of a person in the corpus ("the agent said", "anchor Tom Brokaw");
- after each article keeps at most ``MAX_PHRASES`` of them, it still has ``MIN_ARTICLES`` articles.

Spellings and plurals are one topic: phrases are compared by their letters only ("ceasefire",
"cease-fire", "cease fire"), a plural by its singular when the corpus uses it, and a user's tag
of the same letters gives the name. Tags and taxonomy topics are kept as they are, except that
tags written alike but for case ("iPhone", "IPhone") are one topic, named as most articles write
it (on a tie, not the form that only capitalises another's first letter); a tag of a taxonomy
topic's letters ("diplomacy") already has the taxonomy's name ("Diplomacy") in each record
(``extract.topics.tag_name``).

Hand-written: the rule is specific to this project's records; the statistics are counts.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from .extract.topics import MAX_PHRASES, choose_phrases, taxonomy, topic_name
from .extract.topics.words import key

MIN_ARTICLES = 2
MIN_TOP_WEIGHT = 3
# Of the articles that mention a phrase, at least this share must have it as a candidate.
MIN_SPECIFICITY = 0.5
# A role word must be used of people in at least this many articles to rule a phrase out.
MIN_ROLE_ARTICLES = 1
EVIDENCE = "topic_evidence"


def _singular_keys(k: str) -> list[str]:
    """Letters-only forms that ``k`` may be the plural of: "crises"?, "policies" -> "policy"."""
    out = []
    if k.endswith("ies") and len(k) > 4:
        out.append(k[:-3] + "y")
    if k.endswith("es") and len(k) > 4:
        out.append(k[:-2])
    if k.endswith("s") and not k.endswith("ss") and len(k) > 3:
        out.append(k[:-1])
    return out


def _group_keys(phrases: Iterable[str]) -> dict[str, str]:
    """phrase -> the key of its topic: letters only, a plural folded into a singular the corpus has."""
    keys = {p: key(p) for p in phrases}
    known = set(keys.values())
    return {p: next((s for s in _singular_keys(k) if s in known), k) for p, k in keys.items()}


def _head(phrase: str) -> str:
    return phrase.split()[-1].split("-")[-1].lower()


def tag_spellings(records: list[dict]) -> dict[str, str]:
    """Tag as written -> the one spelling of its case-folded form in ``records``' fixed topics.

    "iPhone" in two articles and "IPhone" in one give "IPhone" -> "iPhone"; on a tie, a form that
    only capitalises another's first letter ("IPhone" of "iPhone") gives way, then A-Z order.
    """
    taxonomy_names = {t.name for t in taxonomy().topics}
    written: dict[str, Counter] = defaultdict(Counter)
    for record in records:
        evidence = record.get(EVIDENCE)
        fixed = (record.get("topics") or []) if not isinstance(evidence, dict) else \
            (record.get("topics") or [])[:int(evidence.get("fixed") or 0)]
        for name in dict.fromkeys(fixed):
            if isinstance(name, str) and name not in taxonomy_names:
                written[name.casefold()][name] += 1
    out = {}
    for forms in written.values():
        if len(forms) < 2:
            continue
        derived = {f for f in forms if any(f == g[:1].upper() + g[1:] for g in forms if g != f)}
        best = min(forms, key=lambda f: (-forms[f], f in derived, f))
        out.update({f: best for f in forms})
    return out


def corpus_topics(records: list[dict]) -> list[dict]:
    """Choose every record's key-phrase topics across ``records``; returns the same list.

    Each record with ``topic_evidence`` gets ``topics`` = its fixed topics (tags, taxonomy) plus
    up to ``MAX_PHRASES`` corpus-wide key phrases, best first; ``topic_evidence`` is removed.
    Records without it (old caches, not news) keep their topics as they are.
    """
    spelled = tag_spellings(records)
    for record in records if spelled else ():
        topics = list(record.get("topics") or [])
        evidence = record.get(EVIDENCE)
        n = int(evidence.get("fixed") or 0) if isinstance(evidence, dict) else len(topics)
        fixed = list(dict.fromkeys(spelled.get(t, t) if isinstance(t, str) else t for t in topics[:n]))
        record["topics"] = fixed + topics[n:]
        if isinstance(evidence, dict):
            evidence["fixed"] = len(fixed)
    with_evidence = [r for r in records if isinstance(r.get(EVIDENCE), dict)]
    if not with_evidence:
        return records
    all_phrases = {p for r in with_evidence for p, _ in r[EVIDENCE].get("phrases") or ()}
    all_phrases |= {p for r in with_evidence for p in r[EVIDENCE].get("mentioned") or ()}
    group = _group_keys(all_phrases)
    taxonomy_names = {t.name for t in taxonomy().topics}

    mentioned: Counter = Counter()
    candidate: Counter = Counter()
    forms: dict[str, Counter] = defaultdict(Counter)
    top_weight: Counter = Counter()
    role_articles: Counter = Counter()
    tag_names: dict[str, str] = {}
    for record in with_evidence:
        evidence = record[EVIDENCE]
        mentioned.update({group[p] for p in evidence.get("mentioned") or ()})
        phrases = [p for p, _ in evidence.get("phrases") or ()]
        candidate.update({group[p] for p in phrases})
        for p, weight in evidence.get("phrases") or ():
            top_weight[group[p]] = max(top_weight[group[p]], weight)
        for p in phrases:
            forms[group[p]][p] += 1
        role_articles.update(set(evidence.get("roles") or ()))
        fixed = (record.get("topics") or [])[:int(evidence.get("fixed") or 0)]
        for name in fixed:
            if name not in taxonomy_names:
                tag_names.setdefault(key(name), name)
    roles = {w for w, n in role_articles.items() if n >= MIN_ROLE_ARTICLES}

    def eligible(g: str) -> bool:
        phrase = forms[g].most_common(1)[0][0]
        return (candidate[g] >= MIN_ARTICLES and top_weight[g] >= MIN_TOP_WEIGHT
                and candidate[g] >= MIN_SPECIFICITY * max(mentioned[g], candidate[g])
                and _head(phrase) not in roles)

    kept = {g for g in candidate if eligible(g)}
    # a user's tag of the same letters names the topic, else the singular, else the most used form
    names = {g: tag_names.get(g) or topic_name(min(forms[g].items(),
                                                   key=lambda kv: (key(kv[0]) != g, -kv[1], kv[0]))[0])
             for g in kept}
    by_name = {}
    for g, name in names.items():
        by_name.setdefault(name, g)
    chosen: dict[int, list[str]] = {}
    for _ in range(10):
        counts: Counter = Counter()
        for i, record in enumerate(with_evidence):
            evidence = record[EVIDENCE]
            fixed = list((record.get("topics") or [])[:int(evidence.get("fixed") or 0)])
            ranked = [p for p, _ in evidence.get("phrases") or () if group[p] in kept]
            chosen[i] = choose_phrases(ranked, fixed, limit=MAX_PHRASES, name_of=lambda p: names[group[p]])
            counts.update(by_name[n] for n in chosen[i] if n in by_name)
            # an article the user tagged with the topic counts as one of its articles
            counts.update({key(t) for t in fixed} & kept)
        too_few = {g for g in kept if counts[g] < MIN_ARTICLES}
        if not too_few:
            break
        kept -= too_few
    for i, record in enumerate(with_evidence):
        evidence = record.pop(EVIDENCE)
        fixed = list((record.get("topics") or [])[:int(evidence.get("fixed") or 0)])
        record["topics"] = fixed + [n for n in chosen.get(i, []) if by_name.get(n) in kept]
    return records
