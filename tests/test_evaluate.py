"""The evaluation's shared measures and the PolNeAR quote scorer, on small made-up inputs (no corpus
needed), and the command's missing-corpus exit and set choice. The other sets' scorers (CoNLL, Reuters,
Mercury, BBC, XSum) are tested in tests/test_eval_sets.py."""
from __future__ import annotations

from datetime import date

import pytest

from generator import evaluate
from generator.eval import set_polnear as polnear
from generator.eval.scoring import (Row, containment, date_stated, format_table, headline_key, match_quotes,
                                    name_key, prf, same_day, word_overlap, words)

# --- shared measures ---------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, expected", [
    ("The plan is dead", "the plan is dead.", 1.0),
    ("We will win, we will", "we will lose", 2 / 5),          # repeats counted once per match
    ("Don't stop now", "dont stop now", 1.0),                 # apostrophes dropped inside words
    ("one two three four", "five six seven", 0.0),
    ("", "anything at all", 0.0),
])
def test_word_overlap(a, b, expected):
    assert word_overlap(a, b) == pytest.approx(expected)


def test_words_drop_punctuation_and_case():
    assert words("“It’s OVER,” she said.") == ["its", "over", "she", "said"]


def test_containment_divides_by_the_shorter_text():
    assert containment("a b c", "a b c d e f") == 1.0
    assert containment("x y", "a b c") == 0.0


def test_match_quotes_is_one_to_one_and_greedy_by_overlap():
    predicted = ["we will rebuild the city together", "the city will rise again soon", "nothing alike here"]
    gold = ["we will rebuild the city", "the city will rise again"]
    matches = match_quotes(predicted, gold)
    assert [(i, j) for i, j, _ in matches] == [(0, 0), (1, 1)]
    # Two predictions for one gold quote: only the closer one matches.
    matches = match_quotes(["we will rebuild the city", "we will rebuild the city now and forever"],
                           ["we will rebuild the city"])
    assert [(i, j) for i, j, _ in matches] == [(0, 0)]


def test_match_quotes_finds_nothing_below_half():
    assert match_quotes(["a completely different sentence here"], ["we will rebuild the city"]) == []
    assert match_quotes([], ["we will rebuild the city"]) == []


@pytest.mark.parametrize("counts, expected", [
    ((3, 4, 3, 6), (0.75, 0.5, 0.6)),
    ((0, 0, 0, 5), (0.0, 0.0, 0.0)),
    ((2, 2, 2, 2), (1.0, 1.0, 1.0)),
])
def test_prf(counts, expected):
    assert prf(*counts) == pytest.approx(expected)


@pytest.mark.parametrize("name, expected", [
    ("The White House", "white house"),
    ("Reuters'", "reuters"),
    ("Obama's", "obama"),
    ("U.S.", "us"),
    ("O’Gorman", "ogorman"),
    ("Theodore Roosevelt", "theodore roosevelt"),   # "the" only as a whole word
])
def test_name_key(name, expected):
    assert name_key(name) == expected


def test_headline_key_ignores_case_quotes_and_end_stop():
    assert headline_key("O’Malley shifts staff to Iowa.") == headline_key("o'malley shifts  staff to Iowa")
    assert headline_key("Mayor calls wall \u2018useless.\u2019") == headline_key("Mayor calls wall \u2018useless\u2019")
    assert headline_key("Iowa vote delayed") != headline_key("Iowa vote held")
    assert headline_key(None) == ""


@pytest.mark.parametrize("text, day, expected", [
    ("Issued on Feb. 26, 1987 in Salvador", date(1987, 2, 26), True),
    ("issued 26 February 1987", date(1987, 2, 26), True),
    ("stamp 1987-02-26", date(1987, 2, 26), True),
    ("SALVADOR, Feb 26 - Showers continued", date(1987, 2, 26), False),   # no year
    ("Feb. 27, 1987", date(1987, 2, 26), False),
])
def test_date_stated(text, day, expected):
    assert date_stated(text, day) is expected


@pytest.mark.parametrize("published, gold, tolerance, expected", [
    ("2016-12-14", date(2016, 12, 14), 0, True),
    ("2016-12-15", date(2016, 12, 14), 1, True),
    ("2016-12-16", date(2016, 12, 14), 1, False),
    (None, date(2016, 12, 14), 1, False),
    (None, None, 0, True),                  # nothing stated, nothing given
    ("2016-12-14", None, 0, False),         # a date where none is stated
])
def test_same_day(published, gold, tolerance, expected):
    assert same_day(published, gold, tolerance_days=tolerance) is expected


def test_format_table_marks_targets():
    table = format_table([Row("s", "quotes F1", 0.9, 10, target=0.85),
                          Row("s", "speakers", 0.5, 4, correct=2, target=0.92),
                          Row("s", "plain", None, 0)])
    lines = table.splitlines()
    assert [c.strip() for c in lines[0].split(" | ")][:3] == ["set", "measure", "value"]
    assert "\u2713" in lines[2] and "\u2717" in lines[3] and "2/4" in lines[3]
    assert [c.strip() for c in lines[4].split(" | ")] == ["s", "plain", "-", "0"]


# --- quotes (PolNeAR) ---------------------------------------------------------------------------

@pytest.mark.parametrize("content, expected", [
    ("the mayor has \u201calways run a tight ship\u201d in town", ["always run a tight ship"]),
    ("\u201cOne two three,\u201d and later \u201cfour five six\u201d", ["One two three,", "four five six"]),
    ('he said "we are ready now" today', ["we are ready now"]),
    ("\u201cfirst paragraph runs on\n\n\u201cand on it goes\u201d", ["first paragraph runs on", "and on it goes"]),
    ("continued from before\u201d he said", ["continued from before"]),
    ("no quotation marks at all", []),
])
def test_quoted_pieces(content, expected):
    assert polnear.quoted_pieces(content) == expected


def test_parse_ann_links_content_to_source_and_drops_short_quotes():
    text = 'Mayor Jane Roe said "we will rebuild the city" and called it "great".'
    content_start = text.index('"we')
    content_end = text.index('city"') + 5
    short_start = text.index('"great"')
    ann = "\n".join([
        f"T1\tSource 0 14\t{text[0:14]}",
        "T2\tCue 14 18\tsaid",
        f"T3\tContent {content_start} {content_end}\t{text[content_start:content_end]}",
        f"T4\tContent {short_start} {short_start + 7}\t\"great\"",
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
    ])
    quotes = polnear.parse_ann(ann, text)
    assert quotes == [polnear.GoldQuote("we will rebuild the city", "Mayor Jane Roe")]


def test_merge_annotators_keeps_one_of_each_quote_and_a_naming_source():
    a = [polnear.GoldQuote("we will rebuild the city", "he")]
    b = [polnear.GoldQuote("we will rebuild the city now", "Jane Roe"),
         polnear.GoldQuote("taxes will not go up", "the official")]
    merged = polnear.merge_annotators([a, b])
    assert merged == [polnear.GoldQuote("we will rebuild the city", "Jane Roe"),
                      polnear.GoldQuote("taxes will not go up", "the official")]


def test_merge_annotators_keeps_one_annotators_similar_quotes_apart():
    # two short quotes of one annotator that share two words of three are two quotes, each with
    # its own Source; the same words twice (nested attributions) are one
    a = [polnear.GoldQuote("a complete mess", "he"), polnear.GoldQuote("a complete triumph", "Jane Roe"),
         polnear.GoldQuote("a complete mess", "Tom Hale")]
    assert polnear.merge_annotators([a]) == [polnear.GoldQuote("a complete mess", "Tom Hale"),
                                             polnear.GoldQuote("a complete triumph", "Jane Roe")]
    # across annotators the overlap rule still joins them
    b = [polnear.GoldQuote("a complete mess indeed", "Tom Hale")]
    assert polnear.merge_annotators([[a[0]], b]) == [polnear.GoldQuote("a complete mess", "Tom Hale")]


@pytest.mark.parametrize("source, expected", [
    ("Spokeswoman Haley Morris", True),
    ("Morris", True),
    ("He", False),
    ("the official", False),
    ("The official", False),       # a capital at the start of a sentence names no one
    ("They", False),
    (None, False),
])
def test_names_someone(source, expected):
    assert polnear.names_someone(source) is expected


@pytest.mark.parametrize("speaker, aliases, source, expected", [
    ("Haley Morris", [], "Spokeswoman Haley Morris", True),
    ("Martin O’Malley", ["O’Malley"], "O’Malley’s campaign", True),
    ("Jane Roe", ["Roe"], "Mayor Smith", False),
    (None, [], "Mayor Smith", False),
    ("The Pentagon", [], "The official", False),     # sharing only "the" is not the same speaker
])
def test_speaker_matches(speaker, aliases, source, expected):
    assert polnear.speaker_matches(speaker, aliases, source) is expected


def test_quote_tally_scores_quotes_and_speakers():
    record = {"quotes": [{"text": "we will rebuild the city", "speaker": "Jane Roe"},
                         {"text": "ok then", "speaker": None},                 # under three words: ignored
                         {"text": "something nobody annotated at all", "speaker": None}],
              "entities": [{"name": "Jane Roe", "kind": "person", "aliases": ["Roe"], "mentions": 2}]}
    gold = [polnear.GoldQuote("we will rebuild the city", "Mayor Roe"),
            polnear.GoldQuote("taxes will not go up", "he")]
    tally, speakers = polnear.quote_tally(record, gold)
    assert (tally.predicted_right, tally.predicted, tally.gold_found, tally.gold) == (1, 2, 1, 2)
    assert speakers == ["right"]


def test_parse_ann_keeps_the_contents_words_outside_the_marks():
    text = '“We will rebuild the city,” Roe said, according to the Ohio Star.'
    content_end = text.index(" said") + 5
    source_start = text.index("the Ohio")
    ann = "\n".join([
        f"T1\tSource {source_start} {len(text) - 1}\t{text[source_start:-1]}",
        f"T2\tContent 0 {content_end}\t{text[:content_end]}",
        "E1\tContent:T2 Source:T1",
    ])
    [quote] = polnear.parse_ann(ann, text)
    assert (quote.text, quote.source, quote.frame) == ("We will rebuild the city,", "the Ohio Star", "Roe said")


@pytest.mark.parametrize("speaker, frame, expected", [
    ("Jane Roe", "Roe said, according to", True),             # “...,” Roe said, according to the Star
    ("Jane Roe", "that Roe once described the plan as", True),  # one word between name and verb
    ("Jane Roe", "said Roe", True),
    ("Jane Roe", "Tom Hale told Roe", False),                   # told to Roe: Hale's words
    ("Jane Roe", "Hale said Roe was wrong", False),
    ("Jane Roe", "", False),
    (None, "Roe said", False),
])
def test_nested_speaker(speaker, frame, expected):
    assert polnear.nested_speaker(speaker, [], frame) is expected


def test_inner_speaker_of_a_nested_attribution_counts_right_and_is_reported():
    record = {"quotes": [{"text": "we will rebuild the city", "speaker": "Jane Roe"},
                         {"text": "taxes will not go up", "speaker": "Jane Roe"}], "entities": []}
    gold = [polnear.GoldQuote("we will rebuild the city", "the Ohio Star", "Roe said, according to"),
            polnear.GoldQuote("taxes will not go up", "the Ohio Star", "Hale told Roe")]
    assert polnear.quote_tally(record, gold)[1] == ["nested", "wrong"]


@pytest.mark.parametrize("source, expected", [
    ("The Florida senator", True),
    ("Clinton\u2019s right-hand woman", True),
    ("Sen. Marco Rubio", False),
    ("Democratic candidate Jane Roe", False),
])
def test_is_description(source, expected):
    assert polnear.is_description(source) is expected


def test_described_wrong_counts_only_descriptions():
    record = {"quotes": [{"text": "we will rebuild the city", "speaker": "Jane Roe"},
                         {"text": "taxes will not go up", "speaker": "Tom Hale"}],
              "entities": []}
    gold = [polnear.GoldQuote("we will rebuild the city", "The Ohio mayor"),
            polnear.GoldQuote("taxes will not go up", "Governor Ann Moss")]
    assert polnear.described_wrong(record, gold) == 1
    # only the record that says it resolved the gold's own description counts as resolved from it
    assert polnear.described_wrong(record, gold, as_written=True) == 0
    record["quotes"][0]["speaker_as_written"] = "the mayor"
    assert polnear.described_wrong(record, gold, as_written=True) == 1


@pytest.mark.parametrize("value, expected", [
    ("AP", ()),
    ("None", ()),
    ("Guy Faulconbridge and Kate Holton", ("Guy Faulconbridge", "Kate Holton")),
    ("Amanda Becker", ("Amanda Becker",)),
])
def test_author_names(value, expected):
    assert polnear.author_names(value) == expected


@pytest.mark.parametrize("record, gold, expected", [
    ({"authors": [], "contributors": [{"name": "Amanda Becker", "place": "Washington"}]}, ("Amanda Becker",), True),
    ({"authors": [{"name": "Amanda Becker", "role": None}], "contributors": []}, ("Amanda Becker",), True),
    ({"authors": [], "contributors": []}, ("Amanda Becker",), False),
    ({"authors": [], "contributors": []}, (), True),
    ({"authors": [{"name": "Associated Press", "role": None}], "contributors": []}, (), False),
])
def test_polnear_authors_right(record, gold, expected):
    assert polnear.authors_right(record, gold) is expected


@pytest.mark.parametrize("outlet, wire, expected", [
    ("The Associated Press", "AP", True),
    ("AP", "AP", True),
    ("United Press International", "UPI", True),
    ("Reuters", "reuters", True),
    ("Agence France-Presse", "AFP", True),
    ("Breitbart", "AP", False),
    (None, "AP", False),
])
def test_outlet_is_wire(outlet, wire, expected):
    assert polnear.outlet_is_wire(outlet, wire) is expected


# --- the command ----------------------------------------------------------------------------------

def test_missing_corpus_prints_one_line_and_exits_2(tmp_path, capsys):
    out = tmp_path / "results.json"
    code = evaluate.main(["--corpus", str(tmp_path), "--out", str(out)])
    captured = capsys.readouterr()
    lines = (captured.out + captured.err).strip().splitlines()
    assert code == 2
    assert lines == [f"evaluation corpus not found at {tmp_path}: make eval needs ../shared/corpus"]
    assert not out.exists()


def test_corpus_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWS_CORPUS", str(tmp_path))
    assert evaluate.corpus_folder(None) == tmp_path
    assert evaluate.corpus_folder("/elsewhere") == evaluate.Path("/elsewhere")


@pytest.mark.parametrize("only, expected", [
    (None, list(evaluate.SETS)),
    ("bbc,reuters", ["reuters21578", "bbc"]),
    ("conll2003-dev", ["conll2003-dev"]),
])
def test_chosen_sets(only, expected):
    assert evaluate.chosen_sets(only) == expected


def test_unknown_set_is_refused():
    with pytest.raises(ValueError, match="unknown set"):
        evaluate.chosen_sets("nosuchset")
