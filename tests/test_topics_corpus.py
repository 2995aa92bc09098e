"""Key phrases chosen across the corpus: recurrence, generality, roles, spellings and plurals, tags."""
import copy

import pytest

from generator.topics_corpus import EVIDENCE, MAX_PHRASES, corpus_topics


def record(fixed=(), phrases=(), mentioned=None, roles=(), extra=()):
    """A record as extraction leaves it: fixed topics, then its own phrase choices, then evidence."""
    phrases = [[p, w] for p, w in phrases]
    mentioned = sorted(set(p for p, _ in phrases) | set(mentioned or ()))
    return {"topics": list(fixed) + list(extra),
            EVIDENCE: {"fixed": len(fixed), "phrases": phrases, "mentioned": mentioned, "roles": list(roles)}}


def topics_of(records):
    return [r["topics"] for r in corpus_topics(records)]


def test_a_phrase_of_two_articles_is_kept_and_one_of_one_is_dropped():
    found = topics_of([record(["Business"], [("exit poll", 5), ("acid level", 4)], extra=["Exit poll", "Acid level"]),
                       record(["Politics"], [("exit poll", 3)], extra=["Exit poll"]),
                       record([], [("bank seal", 2)], extra=["Bank seal"])])
    assert found == [["Business", "Exit poll"], ["Politics", "Exit poll"], []]


def test_a_phrase_no_article_is_mainly_about_is_dropped():
    # three articles each touch "balance sheet" twice; none is about it
    records = [record(["Business"], [("balance sheet", 2)]) for _ in range(3)]
    assert topics_of(records) == [["Business"]] * 3


def test_nothing_recurs_nothing_is_kept():
    records = [record(["Sport"], [("team sheet", 3)]), record([], [("bank seal", 2)]), record()]
    assert topics_of(records) == [["Sport"], [], []]
    assert topics_of([]) == []


def test_a_phrase_most_articles_mention_in_passing_is_general():
    # a candidate in two articles, mentioned in six: a word stories use, not a subject
    records = [record([], [("press conference", 4)]), record([], [("press conference", 3)])]
    records += [record([], [("oil spill", 3)], mentioned=["press conference"]) for _ in range(4)]
    found = topics_of(records)
    assert not any("Press conference" in t for t in found)
    assert all(t == ["Oil spill"] for t in found[2:])


def test_a_phrase_ending_in_a_word_used_of_people_is_dropped():
    records = [record([], [("news anchor", 4), ("vote count", 3)]), record([], [("news anchor", 2), ("vote count", 2)]),
               record([], [("tax return", 3)], roles=["anchor"]), record([], [("tax return", 2)])]
    found = topics_of(records)
    assert found == [["Vote count"], ["Vote count"], ["Tax return"], ["Tax return"]]


@pytest.mark.parametrize("first, second, name", [
    ("stem-cell", "stem cell", "Stem cell"),          # hyphenated and open: one topic
    ("exit polls", "exit poll", "Exit poll"),         # plural and singular: one topic
    ("policy", "policies", "Policy"),
])
def test_spellings_and_plurals_are_one_topic(first, second, name):
    found = topics_of([record([], [(first, 3)]), record([], [(second, 3)]), record([], [(second, 2)])])
    assert found == [[name]] * 3


def test_a_user_tag_names_the_phrase_of_its_letters_and_is_never_dropped():
    records = [record(["stem-cell"], [("stem cell", 4)]), record([], [("stem cell", 3)]),
               record(["iPhone", ".NET"], [])]
    found = topics_of(records)
    assert found == [["stem-cell"], ["stem-cell"], ["iPhone", ".NET"]]


def test_each_article_keeps_at_most_three_and_a_topic_needs_two_after_that():
    many = [("budget deficit", 9), ("exit poll", 8), ("tax return", 7), ("vote count", 6)]
    records = [record([], many), record([], many[:3]), record([], [("vote count", 2)])]
    found = topics_of(records)
    assert found[0] == ["Budget deficit", "Exit poll", "Tax return"][:MAX_PHRASES]
    # "vote count" lost its place in the first article, so the third has it alone: dropped
    assert found[2] == []


def test_phrases_sharing_a_word_are_not_both_kept():
    records = [record([], [("oil spill", 5), ("spill cleanup", 4)]), record([], [("oil spill", 3), ("spill cleanup", 2)])]
    assert topics_of(records) == [["Oil spill"], ["Oil spill"]]


def test_records_without_evidence_keep_their_topics_and_evidence_is_removed():
    old = {"topics": ["Trade", "Old phrase"]}
    records = [old, record([], [("exit poll", 3)]), record([], [("exit poll", 3)])]
    out = corpus_topics(copy.deepcopy(records))
    assert out[0] == old
    assert all(EVIDENCE not in r for r in out)
    assert topics_of([copy.deepcopy(old)]) == [["Trade", "Old phrase"]]


def test_same_input_same_output():
    records = [record([], [("exit poll", 3), ("tax return", 3)]), record([], [("tax return", 3), ("exit poll", 3)])]
    assert topics_of(copy.deepcopy(records)) == topics_of(copy.deepcopy(records))


@pytest.mark.parametrize("tags, name", [
    ([["iPhone"], ["IPhone"], ["iPhone"]], "iPhone"),     # most articles' spelling
    ([["IPhone"], ["iPhone"]], "iPhone"),                 # a tie: not the one that only capitalises
    ([["climate change"], ["Climate Change"], ["Climate Change"]], "Climate Change"),
])
def test_tags_differing_only_in_case_are_one_topic(tags, name):
    found = topics_of([record(t) for t in tags])
    assert found == [[name]] * len(tags)


def test_case_variants_in_one_record_are_one_tag_and_its_phrases_stay():
    records = [record(["iPhone", "IPhone", "Business"], [("exit poll", 3)]), record(["iphone"], [("exit poll", 3)])]
    found = topics_of(records)
    assert found[0] == ["iPhone", "Business", "Exit poll"]
    assert found[1] == ["iPhone", "Exit poll"]
    old = [{"topics": ["IPhone"]}, {"topics": ["iPhone", "Trade"]}]
    assert topics_of(old) == [["iPhone"], ["iPhone", "Trade"]]
