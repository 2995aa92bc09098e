"""PolNeAR wire stories: direct quotes and their speakers (BRAT Source/Cue/Content), and metadata.

Gold quotes: the pieces inside double quotation marks of each Content span, three words or more.
Several annotators' ``.ann`` files for one text are merged: the union of their gold quotes, a quote
that overlaps one already kept (word overlap >= 0.5) dropped as the same quote (its Source is used
when the kept one's Source names no one).

Generalisation check (issue 8, item 7): the articles are split into two fixed halves by their sorted
file names (even positions are half A, odd ones half B). Rules are tuned looking at half A only; half B
is only checked, and `make eval` prints both halves' quote F1 and speaker right / none / wrong, which
must stay within ``HALF_GAP`` of each other.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Sequence

from .scoring import (Item, Row, Tally, accuracy_row, date_stated, headline_key, iso_day, match_quotes,
                      name_key, same_day, word_overlap, words)

SET = "polnear-wire"
MIN_QUOTE_WORDS = 3
HALVES = ("A", "B")
# The largest gap between the halves' figures that still counts as carrying over (issue 8, item 7).
HALF_GAP = 0.03
# Speaker outcomes that count as right: the gold Source's speaker, or the inner speaker of a nested
# attribution written inside the gold Content (see ``nested_speaker``).
RIGHT = ("right", "nested")

PRONOUNS = frozenset("""i me my mine we us our ours you your yours he him his she her hers it its they them
their theirs who whom whose which that this these those one someone somebody anyone everyone""".split())
# Capitalised at a sentence start without naming anyone ("The official", "A spokesman").
DETERMINERS = frozenset("the a an this that these those some many several both each another".split())
# Words too common to show that two names are the same person.
STOP_WORDS = DETERMINERS | frozenset("of and for in on at to de".split())

OPEN_MARKS = "\u201c"
CLOSE_MARKS = "\u201d"
STRAIGHT = '"'

# A verb of saying right after a name in a Content span's frame ("Sanders said", "Clinton once
# described"): a nested attribution the annotator left unmarked; the few that also stand before the
# name ("said Sanders"). "told" only after: "Trump told Clinton" is Trump's.
_NESTED_AFTER = re.compile(r"^(?:\w+\s+)?(?:said|says|say|told|tells|added|adds|wrote|writes|described|describes|"
                           r"called|calls|asked|asks|explained|insisted|argued|declared|stated|tweeted)\b")
_NESTED_BEFORE = re.compile(r"\b(?:said|says|added|adds|wrote|writes|asked|asks)$")

# Wire services as the gold names them, and the outlet names a record may give them.
WIRES = {
    "ap": {"ap", "associated press", "the associated press"},
    "upi": {"upi", "united press international"},
    "reuters": {"reuters", "thomson reuters"},
    "afp": {"afp", "agence france presse", "agence francepresse", "agence france-presse"},
}


@dataclass(frozen=True)
class GoldQuote:
    text: str
    source: str | None     # the Source span as written, or None when the attribution has none
    # the Content span's words outside quotation marks ("Sanders said" in “...,” Sanders said “...”)
    frame: str = field(default="", compare=False)


@dataclass(frozen=True)
class Gold:
    quotes: tuple[GoldQuote, ...]
    title: str
    authors: tuple[str, ...]   # person names only (wire names are outlets)
    wire: str
    day: date | None
    date_in_text: bool         # the text or the file name ("outlet_2016-02-04_slug.txt") states the day


def quoted_pieces(content: str) -> list[str]:
    """The stretches of ``content`` inside double quotation marks, without the marks.

    An opening mark with no closing mark runs to the end (a quote continued in the next paragraph);
    a closing mark with no opening one (the span starts inside the quote) runs from the start.
    """
    pieces: list[str] = []
    start: int | None = None
    seen_open = False
    for i, ch in enumerate(content):
        if ch in OPEN_MARKS or (ch == STRAIGHT and start is None):
            if start is not None:          # a new paragraph of the same quote reopens it
                pieces.append(content[start:i])
            start = i + 1
            seen_open = True
        elif ch in CLOSE_MARKS or ch == STRAIGHT:
            if start is not None:
                pieces.append(content[start:i])
                start = None
            elif not seen_open and not pieces:
                pieces.append(content[:i])
            seen_open = True
    if start is not None:
        pieces.append(content[start:])
    return [p.strip() for p in pieces if p.strip()]


def parse_ann(ann: str, text: str) -> list[GoldQuote]:
    """Gold quotes of one BRAT ``.ann`` file over ``text``: quoted pieces of Content spans, with their Source."""
    spans: dict[str, tuple[str, str]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            pieces = []
            for chunk in offsets.split(";"):
                a, b = (int(x) for x in chunk.split())
                pieces.append(text[a:b])
            spans[parts[0]] = (label, " ".join(pieces))
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    source_of: dict[str, str] = {}
    for rel in relations:
        if "Content" in rel and "Source" in rel and rel["Source"] in spans:
            source_of.setdefault(rel["Content"], spans[rel["Source"]][1])
    quotes = []
    for tid, (label, content) in spans.items():
        if label != "Content":
            continue
        pieces = quoted_pieces(content)
        frame = content
        for piece in pieces:
            frame = frame.replace(piece, " ")
        frame = " ".join(re.sub(r"[\u201c\u201d\"]", " ", frame).split())
        for piece in pieces:
            if len(words(piece)) >= MIN_QUOTE_WORDS:
                quotes.append(GoldQuote(piece, source_of.get(tid), frame))
    return quotes


def merge_annotators(quote_lists: Sequence[Sequence[GoldQuote]]) -> list[GoldQuote]:
    """The union of several annotators' gold quotes, each quote once.

    Two annotators' quotes with word overlap >= 0.5 are the same quote. Within one annotator's list
    only the same words twice are (a quote inside two nested attributions): two different quotes
    of one annotator that share words ("a total disaster", "a total lightweight") stay two, each
    with its own Source.
    """
    kept: list[GoldQuote] = []
    owner: list[int] = []      # which annotator's list each kept quote came from
    for annotator, quotes in enumerate(quote_lists):
        for quote in quotes:
            for k, old in enumerate(kept):
                same = (words(old.text) == words(quote.text) if owner[k] == annotator
                        else word_overlap(old.text, quote.text) >= 0.5)
                if same:
                    if not names_someone(old.source) and names_someone(quote.source):
                        kept[k] = GoldQuote(old.text, quote.source, quote.frame)
                    break
            else:
                kept.append(quote)
                owner.append(annotator)
    return kept


def names_someone(source: str | None) -> bool:
    """Whether a Source span names someone: it has a capitalised word that is not a pronoun or article."""
    if not source:
        return False
    for word in re.findall(r"[^\W\d_][\w'\u2019.-]*", source):
        if word[0].isupper() and word.lower().rstrip(".") not in PRONOUNS | DETERMINERS:
            return True
    return False


def speaker_matches(speaker: str | None, aliases: Sequence[str], source: str) -> bool:
    """Whether the record's speaker, or an alias of that entity, shares a word with the gold Source."""
    source_words = {name_key(w) for w in source.split()} - STOP_WORDS - {""}
    for name in ([speaker] if speaker else []) + list(aliases):
        if {name_key(w) for w in name.split()} & source_words:
            return True
    return False


def nested_speaker(speaker: str | None, aliases: Sequence[str], frame: str) -> bool:
    """Whether the Content span's frame (its words outside quotation marks) reports the quotation
    as the words of ``speaker`` (or an alias): a nested attribution the annotator left unmarked.

    PolNeAR annotates the outer Source of "“...,” Sanders said, according to CNN" (CNN) and of "Trump
    said that Clinton once described the deal as “the gold standard”" (Trump), with the inner
    report ("Sanders said", "Clinton once described") inside the Content span; the quoted words are
    Sanders's and Clinton's. A name counts only right before a verb of saying (one word may stand
    between: "once") or right after "said"/"wrote"/"asked"; a name elsewhere in the frame ("Trump
    told Clinton") does not.
    """
    if not speaker or not frame:
        return False
    tokens = frame.split()
    keys = {name_key(w) for name in (speaker, *aliases) for w in name.split()} - STOP_WORDS - {""}
    for i, word in enumerate(tokens):
        if name_key(word) not in keys:
            continue
        after = " ".join(tokens[i + 1:i + 3]).lower()
        before = " ".join(tokens[max(0, i - 1):i]).lower()
        ends = i + 1 == len(tokens) or word[-1:] in ",.;"     # "said Roe." but not "said Roe was"
        if _NESTED_AFTER.match(after) or (ends and _NESTED_BEFORE.search(before)):
            return True
    return False


def speaker_aliases(record: dict, speaker: str | None) -> list[str]:
    """The aliases of the record's entity named ``speaker``."""
    if not speaker:
        return []
    for entity in record.get("entities", []):
        if entity.get("name") == speaker:
            return list(entity.get("aliases", []))
    return []


def author_names(value: str | None) -> tuple[str, ...]:
    """Person names in the gold author field ("A and B"); wire names and "None" are not persons."""
    if not value or value == "None":
        return ()
    names = [n.strip() for n in re.split(r",\s*|\s+and\s+|\s*&\s*", value) if n.strip()]
    return tuple(n for n in names if n.lower() not in set().union(*WIRES.values()))


def outlet_is_wire(outlet: str | None, wire: str) -> bool:
    """Whether the record's outlet names the gold wire service."""
    if not outlet:
        return False
    key = " ".join(re.sub(r"[^\w\s-]", " ", outlet.lower()).split())
    return key in WIRES.get(wire.lower(), {wire.lower()})


def items(folder: Path, *, limit: int | None = None) -> list[Item]:
    """The articles as files (read with the readers) and their gold."""
    from ..readers import ReadError, read_file

    meta = {}
    with open(folder / "metadata_wire.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            meta[row["filename"]] = row
    out = []
    for path in sorted((folder / "text").glob("*.txt"))[:limit]:
        text = path.read_text(encoding="utf-8")
        anns = sorted((folder / "attributions").glob(f"{path.stem}_*.ann"))
        quotes = merge_annotators([parse_ann(a.read_text(encoding="utf-8"), text) for a in anns])
        row = meta.get(path.stem, {})
        day = iso_day(row.get("publication_date"))
        gold = Gold(tuple(quotes), row.get("title", ""), author_names(row.get("author")),
                    row.get("wire", ""), day, bool(day and (date_stated(text, day) or day.isoformat() in path.name)))
        try:
            raw, error = read_file(path, source=str(path)), None
        except (ReadError, OSError) as exc:
            raw, error = None, str(exc)
        out.append(Item(SET, path.stem, raw, gold, error))
    return out


def half_of(position: int) -> str:
    """The half ("A" or "B") of the item at ``position`` in sorted file-name order: even positions are A."""
    return HALVES[position % 2]


def speaker_outcome(record: dict | None, speaker: str | None, source: str, frame: str = "") -> str:
    """"right" when the record's speaker (or an alias of its entity) fits the gold Source, "nested"
    when it is instead the inner speaker the gold Content's frame reports (see ``nested_speaker``;
    counted as right, and reported), "none" when the record gives no speaker, else "wrong"."""
    if not speaker:
        return "none"
    aliases = speaker_aliases(record or {}, speaker)
    if speaker_matches(speaker, aliases, source):
        return "right"
    return "nested" if nested_speaker(speaker, aliases, frame) else "wrong"


def quote_tally(record: dict | None, gold: Sequence[GoldQuote]) -> tuple[Tally, list[str]]:
    """Quote counts for one article, and for each matched gold quote whose Source names someone, the
    speaker's outcome ("right", "nested", "none" or "wrong", see ``speaker_outcome``)."""
    predicted = [q for q in (record or {}).get("quotes", []) if len(words(q["text"])) >= MIN_QUOTE_WORDS]
    matches = match_quotes([q["text"] for q in predicted], [g.text for g in gold])
    tally = Tally()
    tally.add(predicted_right=len(matches), predicted=len(predicted), gold_found=len(matches), gold=len(gold))
    outcomes = []
    for i, j, _ in matches:
        source = gold[j].source
        if names_someone(source):
            outcomes.append(speaker_outcome(record, predicted[i].get("speaker"), source, gold[j].frame))
    return tally, outcomes


def is_description(source: str | None) -> bool:
    """Whether a Source span describes its speaker rather than naming them: its last word is in
    lower case ("The Florida senator", "Clinton's right-hand woman"), not a name ("Sen. Marco Rubio")."""
    last = re.findall(r"[^\W\d_][\w'\u2019.-]*", source or "")
    return bool(last) and last[-1][0].islower()


def described_wrong(record: dict | None, gold: Sequence[GoldQuote], *, as_written: bool = False) -> int:
    """How many of the article's "wrong" speakers have a gold Source that is a description: the
    scorer matches a name against a description's words only, so a named speaker the description
    really refers to ("The Florida senator": Marco Rubio) counts as wrong too. With ``as_written``,
    only those whose record says it resolved that same description (its ``speaker_as_written``
    shares a word with the gold Source). Reported beside the figures, never subtracted from them."""
    predicted = [q for q in (record or {}).get("quotes", []) if len(words(q["text"])) >= MIN_QUOTE_WORDS]
    count = 0
    for i, j, _ in match_quotes([q["text"] for q in predicted], [g.text for g in gold]):
        source = gold[j].source
        if names_someone(source) and is_description(source) \
                and speaker_outcome(record, predicted[i].get("speaker"), source, gold[j].frame) == "wrong" \
                and (not as_written or speaker_matches(predicted[i].get("speaker_as_written"), [], source)):
            count += 1
    return count


def rows(items_: Sequence[Item], records: Sequence[dict | None]) -> list[Row]:
    """Quote P/R/F1, speaker accuracy, and headline/author/outlet/date accuracy; then, for each half,
    quote F1 and speaker right / none / wrong, and how far apart the halves are."""
    total = Tally()
    halves = {h: Tally() for h in HALVES}
    outcomes: dict[str, list[str]] = {h: [] for h in HALVES}
    described = {h: 0 for h in HALVES}
    resolved_from = {h: 0 for h in HALVES}
    headline, author, outlet, when = [], [], [], []
    for position, (item, record) in enumerate(zip(items_, records)):
        gold: Gold = item.gold
        tally, found = quote_tally(record, gold.quotes)
        for counts in (total, halves[half_of(position)]):
            counts.add(predicted_right=tally.predicted_right, predicted=tally.predicted,
                       gold_found=tally.gold_found, gold=tally.gold)
        outcomes[half_of(position)].extend(found)
        described[half_of(position)] += described_wrong(record, gold.quotes)
        resolved_from[half_of(position)] += described_wrong(record, gold.quotes, as_written=True)
        record = record or {}
        headline.append(bool(record) and headline_key(record.get("headline")) == headline_key(gold.title))
        author.append(bool(record) and authors_right(record, gold.authors))
        outlet.append(outlet_is_wire(record.get("outlet"), gold.wire))
        expected = gold.day if gold.date_in_text else None
        when.append(bool(record) and same_day(record.get("published"), expected))
    p, r, f = total.prf()
    every = [o for h in HALVES for o in outcomes[h]]
    out = [
        Row(SET, "quotes precision", p, total.predicted, correct=total.predicted_right),
        Row(SET, "quotes recall", r, total.gold, correct=total.gold_found),
        Row(SET, "quotes F1", f, total.gold, target=0.85),
        accuracy_row(SET, "speaker accuracy", [o in RIGHT for o in every], target=0.92,
                     note="Source names someone"),
        accuracy_row(SET, "speaker accuracy, outer Source only", [o == "right" for o in every],
                     note="nested inner speaker counted wrong"),
        accuracy_row(SET, "speaker wrong", [o == "wrong" for o in every], note="at most 0.02"),
        accuracy_row(SET, "headline", headline),
        accuracy_row(SET, "author", author, note="persons"),
        accuracy_row(SET, "outlet = wire", outlet),
        accuracy_row(SET, "published", when, note="null unless stated"),
    ]
    figures: dict[str, dict[str, float | None]] = {}
    for h in HALVES:
        f1 = halves[h].prf()[2] if halves[h].gold else None
        out.append(Row(SET, f"half {h}: quotes F1", f1, halves[h].gold))
        figures[h] = {"quotes F1": f1}
        for kind in ("right", "none", "wrong"):
            found = [o in RIGHT if kind == "right" else o == kind for o in outcomes[h]]
            row = accuracy_row(SET, f"half {h}: speakers {kind}", found)
            out.append(row)
            figures[h][f"speakers {kind}"] = row.value
        out.append(accuracy_row(SET, f"half {h}: speakers right as inner speaker", [o == "nested" for o in outcomes[h]],
                                note="of a nested attribution; wrong by the outer Source alone"))
        n = len(outcomes[h])
        out.append(Row(SET, f"half {h}: speakers wrong, gold described", described[h] / n if n else None, n,
                       correct=described[h], note="reported, not subtracted"))
        out.append(Row(SET, f"half {h}: of those, resolved from that description", resolved_from[h] / n if n else None,
                       n, correct=resolved_from[h], note="speaker_as_written is the gold's description"))
    for measure in ("quotes F1", "speakers right", "speakers wrong"):
        a, b = (figures[h][measure] for h in HALVES)
        gap = abs(a - b) if a is not None and b is not None else None
        note = f"must be <= {HALF_GAP:g}" + ("" if gap is None or gap <= HALF_GAP + 1e-12 else ": NOT MET")
        out.append(Row(SET, f"halves apart: {measure}", gap, 2, note=note))
    return out


def authors_right(record: dict, gold: Sequence[str]) -> bool:
    """Every gold person is among the record's authors or contributors; with none, the record has no authors."""
    if not gold:
        return not record.get("authors")
    found = {name_key(a["name"]) for a in record.get("authors", []) + record.get("contributors", [])}
    return all(name_key(g) in found for g in gold)
