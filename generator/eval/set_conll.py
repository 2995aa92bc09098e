"""CoNLL-2003 (eng.testa): people, organisations and places per document, against the actor index.

The records are scored after corpus-level actor resolution (``resolve_actors`` over the set, as a
build does). The documents are split in two halves (:func:`half`): rules are tuned on half A and
only checked on half B; both are printed, and so is the score of the published entities alone.

Each document's tokens are joined back into plain text, the way the story would be saved: the
headline sentence as the first line, the dateline sentence ("LONDON 1996-08-30") as its own
paragraph, then one paragraph per sentence; the text goes through the plain-text reader.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .scoring import Item, Row, Tally, name_key

SET = "conll2003-dev"
RESOLVE_ACTORS = True       # scored after resolve_actors over the whole set, as a build does
KINDS = {"PER": "person", "ORG": "organization", "LOC": "place"}

_NO_SPACE_BEFORE = frozenset(",.:;?!)]}%")
_NO_SPACE_AFTER = frozenset("([{$")
_CLITICS = frozenset("'s 's n't 're 've 'll 'd 'm '".split())
_DATELINE = re.compile(r"\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Sentence:
    tokens: tuple[str, ...]
    tags: tuple[str, ...]


def documents(text: str) -> list[list[Sentence]]:
    """The documents of a CoNLL file (``TOKEN POS CHUNK NER`` lines), as lists of sentences."""
    docs: list[list[Sentence]] = []
    tokens: list[str] = []
    tags: list[str] = []

    def end_sentence():
        if tokens and docs:
            docs[-1].append(Sentence(tuple(tokens), tuple(tags)))
        tokens.clear()
        tags.clear()

    for line in text.splitlines():
        parts = line.split()
        if not parts:
            end_sentence()
        elif parts[0] == "-DOCSTART-":
            end_sentence()
            docs.append([])
        else:
            if not docs:
                docs.append([])
            tokens.append(parts[0])
            tags.append(parts[-1])
    end_sentence()
    return [d for d in docs if d]


def join_tokens(tokens: Sequence[str]) -> str:
    """Tokens as text: no space before closing punctuation and clitics, none inside double quotes."""
    out: list[str] = []
    no_space_next = False
    quote_open = False
    for token in tokens:
        space = bool(out) and not no_space_next
        no_space_next = False
        if token in _NO_SPACE_BEFORE or token.lower() in _CLITICS:
            space = False
        elif token == '"':
            if quote_open:
                space = False
            else:
                no_space_next = True
            quote_open = not quote_open
        if token in _NO_SPACE_AFTER:
            no_space_next = True
        out.append((" " if space else "") + token)
    return "".join(out)


def document_text(sentences: Sequence[Sentence]) -> str:
    """The plain text of one document: headline line, dateline paragraph, one paragraph per sentence."""
    texts = [join_tokens(s.tokens) for s in sentences]
    return texts[0] + "\n\n" + "\n\n".join(texts[1:]) + "\n" if len(texts) > 1 else texts[0] + "\n"


def gold_names(sentences: Sequence[Sentence]) -> dict[str, set[str]]:
    """Gold names per kind (person, organization, place), compared as :func:`name_key`; MISC ignored."""
    found: dict[str, set[str]] = {kind: set() for kind in KINDS.values()}
    for sentence in sentences:
        current: list[str] = []
        label = None
        for token, tag in zip(sentence.tokens, sentence.tags):
            prefix, _, kind = tag.partition("-")
            if current and (tag == "O" or kind != label or prefix == "B"):
                if label in KINDS:
                    found[KINDS[label]].add(name_key(join_tokens(current)))
                current, label = [], None
            if tag != "O":
                current.append(token)
                label = kind
        if current and label in KINDS:
            found[KINDS[label]].add(name_key(join_tokens(current)))
    return {kind: {n for n in names if n} for kind, names in found.items()}


def actor_sets(record: dict | None) -> dict[str, list[set[str]]]:
    """Per kind, each predicted entity as the set of its name and aliases (compared as :func:`name_key`)."""
    out: dict[str, list[set[str]]] = {kind: [] for kind in KINDS.values()}
    for entity in (record or {}).get("entities", []):
        if entity.get("kind") in out:
            keys = {name_key(n) for n in [entity["name"], *entity.get("aliases", [])]} - {""}
            if keys:
                out[entity["kind"]].append(keys)
    return out


def actor_tallies(predicted: dict[str, list[set[str]]], gold: dict[str, set[str]]) -> dict[str, Tally]:
    """Per kind: predicted entities whose name or alias is a gold name, and gold names some entity has."""
    tallies = {}
    for kind, names in gold.items():
        entities = predicted.get(kind, [])
        tally = Tally()
        tally.add(predicted_right=sum(1 for keys in entities if keys & names), predicted=len(entities),
                  gold_found=sum(1 for name in names if any(name in keys for keys in entities)),
                  gold=len(names))
        tallies[kind] = tally
    return tallies


def items(folder: Path, *, limit: int | None = None) -> list[Item]:
    """Each document as text read by the plain-text reader, with its gold names."""
    from ..readers import ReadError, read_text

    text = (folder / "eng.testa").read_text(encoding="utf-8")
    out = []
    for n, sentences in enumerate(documents(text)[:limit], start=1):
        source = f"{SET}/doc{n:03d}.txt"
        try:
            raw, error = read_text(document_text(sentences), source=source, format="text"), None
        except ReadError as exc:
            raw, error = None, str(exc)
        out.append(Item(SET, source, raw, gold_names(sentences), error))
    return out


def half(index: int) -> str:
    """The half a document belongs to, by its place in the file: "A" (1st, 3rd, ...) or "B".

    Rules are tuned looking at half A only; half B is there to check that they carry over.
    """
    return "A" if index % 2 == 0 else "B"


def published_only(record: dict | None) -> dict | None:
    """The record with only the entities the site publishes (``published`` not false)."""
    if record is None:
        return None
    return {**record, "entities": [e for e in record.get("entities", []) if e.get("published") is not False]}


def _tallies(items_: Sequence[Item], records: Sequence[dict | None]) -> dict[str, Tally]:
    by_kind = {kind: Tally() for kind in KINDS.values()}
    for item, record in zip(items_, records):
        for kind, tally in actor_tallies(actor_sets(record), item.gold).items():
            by_kind[kind].add(predicted_right=tally.predicted_right, predicted=tally.predicted,
                              gold_found=tally.gold_found, gold=tally.gold)
    return by_kind


def _total(by_kind: dict[str, Tally]) -> Tally:
    total = Tally()
    for tally in by_kind.values():
        total.add(predicted_right=tally.predicted_right, predicted=tally.predicted,
                  gold_found=tally.gold_found, gold=tally.gold)
    return total


def rows(items_: Sequence[Item], records: Sequence[dict | None]) -> list[Row]:
    """Actor precision, recall and F1, micro over documents: overall, per kind, per half (A, B) and
    for the published entities only (what the site lists), with the gap between the halves."""
    by_kind = _tallies(items_, records)
    total = _total(by_kind)
    p, r, f = total.prf()
    out = [Row(SET, "actors precision", p, total.predicted, correct=total.predicted_right),
           Row(SET, "actors recall", r, total.gold, correct=total.gold_found),
           Row(SET, "actors F1", f, total.gold, target=0.80)]
    for kind, tally in by_kind.items():
        kp, kr, kf = tally.prf()
        out.append(Row(SET, f"{kind} P / R / F1", kf, tally.gold,
                       note=f"P {kp:.3f}, R {kr:.3f}"))
    for label, recs in (("actors", list(records)), ("published actors", [published_only(r) for r in records])):
        scores = {}
        for name in ("A", "B"):
            chosen = [n for n in range(len(items_)) if half(n) == name]
            tally = _total(_tallies([items_[n] for n in chosen], [recs[n] for n in chosen]))
            hp, hr, hf = tally.prf()
            scores[name] = hf
            out.append(Row(SET, f"{label} F1, half {name}", hf, tally.gold,
                           note=f"P {hp:.3f}, R {hr:.3f}" + ("; tuned on" if name == "A" else "; checked only")))
        gap = abs(scores["A"] - scores["B"])
        out.append(Row(SET, f"{label} F1, gap between halves", gap, len(items_),
                       note="must be within 0.03" + ("" if gap <= 0.03 else ": OVER")))
    return out
