"""Taxonomy evidence, kinds of miss found on unseen BBC news (the h1 check corpus) and the bbc half
the rules are tuned on: a cue of two words the recogniser read as a person's name ("Davis Cup"),
the one sport of a long sports report whose cues are few among many words, and a government acting
on a subject that the lede names only by the subject (job cuts, told by the unions).

The articles are built word by word, so the rule is tested apart from the tagger's reading."""
from generator.extract.topics.taxonomy import taxonomy_topics
from generator.extract.topics.words import Word

FILLER = "the"


def words(text: str, *, person: tuple[str, ...] = (), headline: str = "") -> list[Word]:
    """Words of ``headline`` then ``text``: "." and "," are breaks, the first sentence of the body
    is the lede, the words of each phrase in ``person`` are read as part of a person's name, and
    the filler word counts toward the length only (it is no cue's part of speech)."""
    out: list[Word] = []
    named: set[int] = set()
    tokens = headline.split() + ["."] * bool(headline) + text.split()
    for phrase in person:
        parts = phrase.split()
        for i in range(len(tokens) - len(parts) + 1):
            if tokens[i:i + len(parts)] == parts:
                named.update(range(i, i + len(parts)))
    in_headline = bool(headline)
    lede = True
    for i, token in enumerate(tokens):
        if token in ".,;":
            out.append(Word(token, token, "PUNCT", in_headline, False, False))
            if token == "." and in_headline:
                in_headline = False
            elif token == ".":
                lede = False
            continue
        pos = "DET" if token == FILLER else "NOUN"
        out.append(Word(token, token, pos, in_headline, i in named, False, named_person=i in named,
                        lede=lede or in_headline))
    return out


def test_a_cue_of_two_words_read_as_a_persons_name_still_counts():
    # "Davis Cup" taken for a person by the recogniser is still the tennis competition
    found = words("spain won the davis cup final . the davis cup title came as the team beat the "
                  "americans , and the captain said the davis cup win was the best of the match .",
                  person=("davis cup",))
    assert "Tennis" in taxonomy_topics(found)


def test_a_one_word_cue_in_a_persons_name_is_no_cue():
    # "Bill" and "Mark" are people, not a law or a currency
    found = words("bill mark said the painting sold . bill mark said bill mark and the buyer met , "
                  "and bill mark was glad .", person=("bill mark",))
    assert not ({"Politics", "Currencies"} & set(taxonomy_topics(found)))


def test_the_one_sport_of_a_long_report_needs_no_density_of_its_own():
    # a long match report: "rugby", "scrum" and "try" are few among its words, but it is the
    # sport the story is about
    body = ("wales beat the visitors in the match at the stadium . " + (FILLER + " ") * 200
            + ". the rugby side scored a try from a scrum . " + (FILLER + " ") * 200
            + ". the squad and the coach said the championship match was a win , the captain said "
              "the team and the squad won the league match .")
    assert taxonomy_topics(words(body))[:2] == ["Sport", "Rugby"]


def test_a_second_sport_needs_its_own_evidence():
    # a cricket report that names a football club in passing gets no Football
    body = ("the batsman made a century in the cricket match . " + (FILLER + " ") * 200
            + ". the bowler took a wicket , the innings closed and the cricket test ended . "
            + "the batsman once played football .")
    found = taxonomy_topics(words(body))
    assert "Cricket" in found and "Football" not in found


def test_a_government_acting_further_down_is_politics():
    # the lede names the subject (job cuts, the unions); the government cutting the jobs is told
    # further down, with enough evidence to carry Politics as a story's first topic
    found = words("job cuts will hurt services , the union said . the union said workers and staff "
                  "would strike over the job cuts and pay . the government said ministers had a plan ; "
                  "the minister told mps the government would cut the ministry . opposition mps and "
                  "the cabinet minister clashed as the government defended the plan in parliament .",
                  headline="job cuts false economy union says")
    topics = taxonomy_topics(found)
    assert "Jobs and unions" in topics and "Politics" in topics


def test_a_government_named_once_further_down_is_no_second_topic():
    found = words("job cuts will hurt services , the union said . the union said workers and staff "
                  "would strike over the job cuts and pay , and the workers would strike again . "
                  "the union said the strike and the pay dispute would go on . a government "
                  "spokesman declined to comment .",
                  headline="job cuts false economy union says")
    assert "Politics" not in taxonomy_topics(found)


def test_a_parent_carried_by_its_childrens_words_gives_no_child_leave():
    # a long listicle naming a film, a book and a stage show now and then: Entertainment's own
    # words are few, so Film still needs a density of its own
    body = ("here are five ways to spend the holiday online . " + (FILLER + " ") * 300
            + ". the film had a director and an actor on the cinema screen . " + (FILLER + " ") * 300
            + ". the novel and its author , the book and the publisher . " + (FILLER + " ") * 300
            + ". the movie and the film star , a role in a film release .")
    assert "Film" not in taxonomy_topics(words(body))


def test_a_topic_the_lede_leaves_out_does_not_stand_before_one_it_names():
    # the lede says defence; the economy, oil and trade named further down weigh as much, but the
    # story is no Business story for them
    found = words("the navy sent warships and troops as defence chiefs met . " + (FILLER + " ") * 40
                  + ". the military said troops and the navy would stay , and defence officials said "
                    "the army and warships were ready . the economy grew , oil and gas exports rose "
                    "and the economy and trade and exports and the market rose .",
                  headline="navy flexes muscles as warships sail")
    topics = taxonomy_topics(found)
    assert "Conflict and war" in topics and "Business" not in topics


def test_a_topic_the_lede_leaves_out_stands_when_it_outweighs_the_named_one():
    # the lede names a director (a Film cue) for a sports body's new chief; the sport the story
    # tells of weighs far more, and stays
    found = words("the director will take the role at the sports body . " + (FILLER + " ") * 40
                  + ". the athlete won a medal in the sprint and the relay at the championship , "
                    "the athletics team and the coach and the squad won the final and a medal .",
                  headline="new chief named")
    assert "Sport" in taxonomy_topics(found)


def test_a_parent_none_of_whose_words_the_story_uses_is_left_out():
    # a ferry that sank with its passengers: Transport, whose parent Business the story never names
    found = words("the ferry sank in the port and passengers were trapped on the ship . the ferry and "
                  "the vessel lay in the port , and the ship and the ferry were towed .",
                  headline="ferry sinks in port")
    topics = taxonomy_topics(found)
    assert "Transport" in topics and "Business" not in topics


def test_a_parent_the_story_names_stays_with_its_child():
    found = words("the airline company cut its fleet and the ferry firm sold ships . the airline and "
                  "the ferry company and the firm said the ships and the aircraft were sold .",
                  headline="airline company cuts fleet")
    topics = taxonomy_topics(found)
    assert topics[:2] == ["Business", "Transport"]


def test_a_countrys_export_earnings_are_no_company_results():
    # what a country earns by its exports is trade, not a company's results
    found = words("exporters may keep a share of their annual export earnings , the central bank said . "
                  "exporters said export earnings and export volumes rose as exports of goods grew , and "
                  "the trade deficit narrowed as export earnings rose and the exporter and importer said "
                  "trade grew .",
                  headline="exporters may keep export earnings")
    topics = taxonomy_topics(found)
    assert "Trade" in topics and "Company results" not in topics


def test_an_insurer_is_no_bank():
    # insurance has no topic of its own: an insurer's story is Business, not Banking
    found = words("the insurer will cut jobs after losses , the insurance broker said . the insurer and "
                  "the insurance firm said the company and its shareholders faced losses , and the "
                  "insurance company said the firm would cut costs .",
                  headline="insurer cuts jobs")
    topics = taxonomy_topics(found)
    assert "Business" in topics and "Banking" not in topics
