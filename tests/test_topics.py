"""Topics of one article: taxonomy topics from cue evidence, key-phrase candidates that are subjects,
the user's tags first and as written, a page's keywords never a topic."""
from pathlib import Path

import pytest

from generator.extract.entities import entities
from generator.extract.topics import find_topics, taxonomy, topic_name, topics
from generator.extract.topics.phrases import keyword_forms
from generator.readers import read_file

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_74fc545b955188a6.txt"


@pytest.mark.parametrize("text, expected", [
    ("Ceasefire", "Cease-fire"),
    ("cease fire", "Cease-fire"),
    ("cease-fire", "Cease-fire"),
    ("  Health-Care ", "Health care"),
    ("NATO summit", "NATO summit"),
    ("middle east", "Middle East"),            # a taxonomy name keeps its own spelling
    ("SCIENCE AND TECHNOLOGY", "Science and technology"),
    ("interest rate", "Interest rate"),
])
def test_topic_name(text, expected):
    assert topic_name(text) == expected


def test_taxonomy_is_two_levels_with_known_parents():
    tax = taxonomy()
    names = {t.name for t in tax.topics}
    assert 40 <= len(names) <= 90 and len(names) == len(tax.topics)
    assert all(t.parent is None or t.parent in names for t in tax.topics)
    parents = {t.parent for t in tax.topics if t.parent}
    assert all(next(p for p in tax.topics if p.name == name).parent is None for name in parents)


def finding(nlp, headline, body, tags=(), keywords=()):
    text = headline + "\n\n" + body if headline else body
    start = len(headline) + 2 if headline else 0
    doc = nlp(text)
    ents = entities(doc, body_start=start)
    return find_topics(doc, ents, body_start=start, tags=tags, keywords=keywords)


def article_topics(nlp, headline, body, tags=()):
    return finding(nlp, headline, body, tags).topics


def candidates(nlp, headline, body, **kwargs):
    return [p for p, _ in finding(nlp, headline, body, **kwargs).evidence["phrases"]]


@pytest.mark.parametrize("headline, body, expected", [
    ("Oil prices climb as cartel trims output",
     "Crude oil prices rose on Tuesday after the oil cartel agreed to cut output by one million barrels "
     "a day. Traders said the refinery shortage and low gasoline stocks pushed crude higher. Oil prices "
     "have climbed for a week as natural gas and petroleum supplies tightened.",
     {"Business", "Energy"}),
    ("Striker scores twice as champions win",
     "The striker scored twice in the second half as the champions won the league match 3-1. The "
     "midfielder set up both goals and the goalkeeper saved a penalty. The manager said the team "
     "deserved the victory and the title race was open with ten games of the season left.",
     {"Sport", "Football"}),
    ("Band tops album chart",
     "The band's new album went straight to number one in the album chart on Sunday. The singer said "
     "the songs were written on tour, and the band will play a concert in the spring. Music critics "
     "praised the single and fans queued for the gig tickets.",
     {"Entertainment", "Music"}),
])
def test_taxonomy_topics_from_evidence(nlp, headline, body, expected):
    found = article_topics(nlp, headline, body)
    assert expected <= set(found)


def test_a_child_comes_with_its_parent(nlp):
    found = article_topics(nlp, "Central bank raises interest rates",
                           "The central bank raised interest rates by half a point to curb inflation. "
                           "Economists said the rate rise was expected and monetary policy would stay "
                           "tight. The interest rate decision lifted bond yields.")
    assert "Interest rates" in found and "Business" in found
    assert found.index("Business") < found.index("Interest rates")


@pytest.mark.parametrize("headline, body", [
    ("", ""),
    ("", "He said."),
    ("", "Officials said on Monday that people met this week."),
    ("A note", "The weather was mild and the meeting ended early, a spokesman said."),
])
def test_nothing_to_talk_about(nlp, headline, body):
    found = finding(nlp, headline, body)
    assert found.topics == ()
    assert found.evidence["phrases"] == []


@pytest.mark.parametrize("headline, body, unwanted", [
    # weak cues alone make no topic: a race for votes is no motor race, a win no match
    ("Delegate update: the latest count in the race",
     "The race for delegates goes on. She leads the race after a win in the state and a second win "
     "on Tuesday; the race is close and each win counts, her driver said.",
     {"Sport", "Motor racing", "Cycling", "Athletics"}),
    # a person's name is no cue: Bill Clinton is no bill, Chelsea Clinton no football club
    ("Bill Clinton and Chelsea Clinton visit the museum",
     "Bill Clinton spoke. Chelsea Clinton spoke after Bill Clinton. Bill Clinton and Chelsea Clinton "
     "then left; Bill Clinton thanked the crowd.",
     {"Interest rates", "Football", "Sport"}),
])
def test_weak_cues_and_names_make_no_taxonomy_topic(nlp, headline, body, unwanted):
    assert not set(article_topics(nlp, headline, body)) & unwanted


def test_tags_come_first_and_are_kept_as_written(nlp):
    found = article_topics(nlp, "Farmers protest", "Farmers protested grain prices. Grain prices fell.",
                           tags=(".NET", "iPhone", "COVID-19", "  climate   change "))
    assert found[:4] == (".NET", "iPhone", "COVID-19", "climate change")
    assert len(found) == len(set(found))


def test_a_tag_written_like_a_taxonomy_topic_but_for_case_is_that_topic(nlp):
    # the taxonomy's name, whether or not the text gives the taxonomy the topic
    found = article_topics(nlp, "Envoys meet", "The envoys met on Monday.",
                           tags=("diplomacy", "middle-east", "TRANSPORT", "Diplomacy", "iPhone"))
    assert found[:4] == ("Diplomacy", "Middle East", "Transport", "iPhone")
    assert len(found) == len(set(found))


def test_a_keyword_list_is_never_a_topic(nlp):
    # a page's keywords meta: the publisher's tags run together, never one topic, never the user's tags
    keywords = ("Amazon, alexa, echo, fire TV stick, streaming TV, digital media",)
    found = finding(nlp, "Streaming boxes", "The streaming box plays films. Each streaming box costs "
                    "more than last year's streaming box.", keywords=keywords)
    assert not any("," in t for t in found.topics)
    assert not {"Amazon", "Alexa", "Echo", "Fire TV stick"} & set(found.topics)
    assert keyword_forms(keywords) >= {"amazon", "alexa", "echo", "fire tv stick", "streaming tv"}


@pytest.mark.parametrize("body", [
    # generic nouns alone are no subject, however often they occur
    "The account was closed. The bag was found by the block. A button on the calendar lit up. "
    "The account, the bag, the block, the button and the calendar were all there.",
    # time words
    "The summer was long. In the summer the season ended; the weekend and the decade went by. "
    "The summer ended in the autumn.",
])
def test_generic_nouns_and_time_words_are_no_candidates(nlp, body):
    assert candidates(nlp, "", body) == []


@pytest.mark.parametrize("headline, body, wanted, unwanted", [
    # roles and occupations are people, never a subject, alone or ending a compound
    ("Bankers doubt the merger talks",
     "Bankers said the prime minister would speak. The prime minister met the economist, and the "
     "economist warned of inflation. A judge heard the judge's own case. Bankers expect more.",
     None, {"banker", "prime minister", "economist", "judge"}),
    ("Striker fit for the final",
     "The coach said the striker was fit. The coach and the club chairman praised the striker. "
     "The co-chairman agreed with the coach.",
     None, {"coach", "striker", "chairman", "club chairman", "co-chairman"}),
    # vague, verb-like nouns are no subject; after a noun they make one ("tax cut")
    ("Ministers make a last push for the budget",
     "The government made a push for the tax cut. The push came as the tax cut faced a blow, and "
     "the blow fuelled speculation. Speculation grew about the tax cut.",
     "tax cut", {"push", "blow", "speculation"}),
    ("Traders fear a difficult week",
     "It was a difficult week for traders. After a difficult week the asylum rules changed; "
     "asylum claims fell. The asylum rules will be reviewed.",
     "asylum rule", {"difficult week", "week", "trader"}),
    # numbers are no subject
    ("Firm sells unit for 16bn",
     "The firm sold its fibre network for 16bn. Buyers of the fibre network paid 16bn in cash.",
     "fibre network", {"16bn"}),
])
def test_candidates_are_subjects_not_roles_or_vague_words(nlp, headline, body, wanted, unwanted):
    found = candidates(nlp, headline, body)
    if wanted:
        assert wanted in found
    assert not set(found) & unwanted


def test_a_standing_in_a_race_is_no_candidate(nlp):
    found = candidates(nlp, "Sanders cuts delegate lead", "Her delegate lead grew. The delegate lead is "
                       "now 200, and his poll lead shrank; the poll lead was small.")
    assert not {"delegate lead", "poll lead"} & set(found)


def test_a_phrase_ending_in_a_cue_is_its_topic_not_a_key_phrase(nlp):
    # an article that only mentions an election is not about the parliamentary election, and one
    # about it has Elections: "Parliamentary election" beside it would be a second name
    passing = finding(nlp, "Putin's feud with Clinton", "Putin blamed Clinton for the protests after the "
                      "parliamentary election. The parliamentary election was in 2011. Hackers stole files.")
    assert "Elections" not in passing.topics
    assert "parliamentary election" not in [p for p, _ in passing.evidence["phrases"]]
    about = finding(nlp, "Parliamentary election called", "The parliamentary election will be held in May. "
                    "Voters will elect a new parliament; candidates registered for the parliamentary "
                    "election, and the ballot papers were printed for polling day.")
    assert "Elections" in about.topics
    assert "parliamentary election" not in [p for p, _ in about.evidence["phrases"]]
    primary = finding(nlp, "Senator wins presidential primary", "The senator won the presidential primary "
                      "in Ohio. Voters backed her in the presidential primary; the candidate thanked them "
                      "after the ballot, and the election moves on to Florida.")
    assert "Elections" in primary.topics and not any("primary" in t.lower() for t in primary.topics)


def test_a_candidate_must_recur_or_head_the_story(nlp):
    found = candidates(nlp, "", "The buy-back was approved. The firm said the buy-back would go on. "
                                "A farm tractor broke.")
    assert "buy-back" in found and "farm tractor" not in found


def test_a_taxonomy_cue_is_no_key_phrase(nlp):
    # "oil price" is what Energy is about: one topic, not two
    found = finding(nlp, "Oil prices rise", "Oil prices rose. Oil prices rose again as crude supplies fell "
                    "and the refinery closed; the oil price is high.")
    assert "Energy" in found.topics
    assert "oil price" not in [p for p, _ in found.evidence["phrases"]]


def test_plurals_read_as_their_singular(nlp):
    # spaCy reads "taxes" as "taxis"; the key phrase is the tax
    found = candidates(nlp, "Income taxes to rise", "Income taxes will rise. Workers say income taxes "
                       "are too high, and the income tax rules change.")
    assert "income tax" in found and not any("taxis" in p for p in found)


def test_nouns_used_of_people_are_reported_as_roles(nlp):
    found = finding(nlp, "", "The veteran anchor Tom Brokaw spoke first. The agent said the deal was done, and the "
                    "scout who found him agreed.")
    assert {"anchor", "agent", "scout"} <= set(found.evidence["roles"])


def test_a_headline_verb_is_no_modifier(nlp):
    found = candidates(nlp, "Carrier seals takeover of rival",
                       "The carrier agreed the takeover on Monday. The takeover needs approval.")
    assert "seals takeover" not in found


def test_seed_has_the_peace_process_and_no_vague_words(nlp):
    raw = read_file(SEED, source=str(SEED))
    found = finding(nlp, raw.headline or "", raw.body)
    assert {"Diplomacy", "Middle East", "Peace process"} <= set(found.topics)
    assert len(found.topics) <= 6
    lowered = [t.lower() for t in found.topics]
    assert not {"push", "official", "minister", "secretary"} & set(lowered)


def test_topics_is_the_finding_without_evidence(nlp):
    text = "Volcano erupts\n\nThe volcano erupted. Ash from the volcano closed airports."
    doc = nlp(text)
    ents = entities(doc, body_start=16)
    assert topics(doc, ents, body_start=16) == find_topics(doc, ents, body_start=16).topics


def test_a_compound_of_taxonomy_words_is_no_key_phrase(nlp):
    # "export earnings": Trade, then a word of Business at large; the taxonomy says it already
    from generator.extract.topics.phrases import taxonomy_words

    assert taxonomy_words("export earnings") and taxonomy_words("election campaign")
    assert not taxonomy_words("income tax") and not taxonomy_words("presidential primary")
    assert not taxonomy_words("parliamentary election") and not taxonomy_words("oil")
    found = candidates(nlp, "Export earnings fall", "Export earnings fell 10 pct as exporters sold less. "
                       "The export earnings figures show the trade deficit widened; tea exports fell.")
    assert "export earnings" not in found


@pytest.mark.parametrize("headline, body, wanted, unwanted", [
    # a takeover names shareholders, a board and a subsidiary; it is no company's results
    ("Maker agrees takeover",
     "Grimsby Tools Ltd said its board agreed to a takeover by a rival for 40 dlrs a share. The "
     "acquisition of the subsidiary needs the approval of shareholders, the chief executive said. "
     "Shareholders will vote on the merger, and the board recommends the tender offer.",
     "Mergers and acquisitions", "Company results"),
    ("Maker's profit rises",
     "Grimsby Tools Ltd said net profit rose 12 pct in the first quarter on higher revenue. The "
     "dividend was raised; earnings per share were 40 cents. Turnover rose and the annual results "
     "beat forecasts.",
     "Company results", None),
])
def test_company_results_are_results_not_any_company_news(nlp, headline, body, wanted, unwanted):
    found = article_topics(nlp, headline, body)
    assert wanted in found
    assert unwanted not in found


@pytest.mark.parametrize("headline, body, wanted, unwanted", [
    # consumer countries of a commodity pact are no shoppers
    ("Coffee pact talks resume",
     "Consumer and producer countries resumed talks on a new coffee pact. Consumer members want "
     "export quotas cut; coffee producers said the coffee harvest was large and coffee prices low. "
     "Consumer nations and growers meet again in May to discuss the coffee quota.",
     "Agriculture", "Retail"),
    # a campaign's own words: caucuses, a nominee, a running mate, the trail
    ("Senator picks a running mate",
     "The presumptive presidential nominee named her running mate on the campaign trail in Ohio. "
     "After the caucus results, the front-runner told a rally of supporters the swing state mattered; "
     "her rival's delegates met before the presidential debate.",
     "Elections", None),
    ("Ferry sinks off the coast",
     "A ferry carrying 300 passengers sank off the coast on Monday. The ferry operator said the "
     "vessel had passed its safety checks; shipping in the channel was halted.",
     "Transport", None),
    ("Tin producers meet",
     "Tin producers agreed to cut tin exports to lift prices. Tin stocks are high, and the tin "
     "output of the producers would fall by 5,000 tonnes this year.",
     "Metals and mining", None),
])
def test_cue_words_of_their_kind(nlp, headline, body, wanted, unwanted):
    found = article_topics(nlp, headline, body)
    assert wanted in found
    assert unwanted not in found


@pytest.mark.parametrize("body, wanted", [
    # one strong cue the lede names and the story repeats is its subject
    ("Zinc stocks held in warehouses rose to a record in March, traders said. The zinc was shipped "
     "from Peru. Warehouses took in more zinc than they let out, and zinc stocks will rise again.", True),
    # the same word only later in the story, or only inside a name, is not enough
    ("Warehouses in London were full in March, traders said. The zinc was shipped from Peru. "
     "Warehouses took in more zinc than they let out, and zinc stocks will rise again.", False),
    ("The Zinc Producers Group met in March, traders said. The Zinc Producers Group will meet "
     "again in May; the Zinc Producers Group has ten members.", False),
])
def test_one_cue_the_lede_names_and_the_story_repeats(nlp, body, wanted):
    assert ("Metals and mining" in article_topics(nlp, "", body)) is wanted


def test_a_second_topic_must_be_named_in_the_lede(nlp):
    # a campaign story that mentions companies and the economy further down is no Business story
    topics = article_topics(nlp, "Governor rallies voters before the primary",
                            "The governor urged voters to turn out for Tuesday's primary election, telling a "
                            "rally that the candidate with the most delegates would win the nomination. "
                            "Polls show the race tightening as the ballot nears. She said companies had "
                            "hired more workers, the economy was growing and investors trusted the market; "
                            "business leaders, she said, backed her economic plan and the company owners "
                            "she met liked her plan for the firms of the state.")
    assert "Elections" in topics and "Business" not in topics


def test_a_broad_word_written_again_and_again_carries_no_topic(nlp):
    topics = article_topics(nlp, "Minister used private email for official business",
                            "The minister used a private email account for official business, the paper "
                            "said. Aides said the business was routine and that no secret business passed "
                            "through the account. The paper said she stopped in the spring.")
    assert "Business" not in topics


def test_company_words_alone_make_no_company_results(nlp):
    topics = article_topics(nlp, "Harbour Lines agrees takeover by Clyde Freight",
                            "Harbour Lines agreed to a takeover by Clyde Freight, which will pay 12 dlrs per "
                            "share in a tender offer for the company. The board and the shareholders of the "
                            "company backed the merger; the firm's chief executive said the group's unit in "
                            "Leith would be sold after the acquisition. The company said the board approved "
                            "the offer to acquire all outstanding shares.")
    assert "Mergers and acquisitions" in topics and "Company results" not in topics


@pytest.mark.parametrize("headline, body, unwanted", [
    # a title, with or without its hyphen part, is a role
    ("President-elect picks cabinet",
     "The president-elect named his cabinet on Monday. Aides to the president-elect said the "
     "president-elect would meet governors in December.", "president-elect"),
    # a rule, a slogan or a pledge is what someone says, not a subject to browse
    ("Chancellor keeps to his golden rule",
     "The chancellor said he would meet his golden rule on borrowing. Critics said the golden rule "
     "had been bent; the golden rule allows borrowing only to invest.", "golden rule"),
    ("Party unveils campaign slogan",
     "The party unveiled its campaign slogan on Monday. The campaign slogan was mocked online, and "
     "rivals printed the campaign slogan on mugs.", "campaign slogan"),
])
def test_titles_and_statements_are_no_key_phrase(nlp, headline, body, unwanted):
    assert unwanted not in candidates(nlp, headline, body)
