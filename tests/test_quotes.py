"""Direct quotations and their speakers."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.quotes.marks import quoted_stretches, quoted_text
from generator.extract.quotes import direct_quotations
from generator.types import Entity, Span

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_74fc545b955188a6.txt"
KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "NORP": "group"}


def entities_from_ents(doc) -> tuple[Entity, ...]:
    """Entities straight from spaCy's names: a person's fullest form is canonical, its last word an
    alias; other kinds are grouped by their text."""
    groups: dict[tuple[str, str], list] = {}
    for ent in doc.ents:
        kind = KINDS.get(ent.label_)
        if kind is None:
            continue
        text = ent.text.strip().removesuffix("’s").removesuffix("'s")
        groups.setdefault((kind, text), []).append(ent)
    people = sorted((t for k, t in groups if k == "person"), key=lambda t: -len(t.split()))
    canonical: dict[str, str] = {}
    for text in people:
        home = next((c for c in canonical.values()
                     if c != text and c.split()[-1] == text.split()[-1]), text)
        canonical[text] = home
    merged: dict[tuple[str, str], list] = {}
    for (kind, text), ents in groups.items():
        key = (kind, canonical.get(text, text) if kind == "person" else text)
        merged.setdefault(key, []).extend(ents)
    out = []
    for (kind, name), ents in merged.items():
        forms = {e.text.strip().removesuffix("’s").removesuffix("'s") for e in ents}
        if kind == "person":
            forms.add(name.split()[-1])
        aliases = tuple(sorted(f for f in forms if f != name))
        mentions = tuple(Span(e.start_char, e.end_char, e.text) for e in sorted(ents, key=lambda e: e.start))
        out.append(Entity(name=name, kind=kind, aliases=aliases, mentions=mentions))
    return tuple(out)


def quotes_of(nlp, body: str):
    doc = nlp(body)
    return direct_quotations(doc, entities_from_ents(doc))


def pairs(quotes):
    return [(q.text, q.speaker) for q in quotes]


# ---- marks alone -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("He said “we will win this one” today.", ["we will win this one"]),
    ('He said "we will win this one" today.', ["we will win this one"]),
    ("She called it ‘a very bad deal’ on Monday.", ["a very bad deal"]),
    ("He sang rock ’n’ roll in the ’90s with the band.", []),
    ("The players’ union and the owners’ group met.", []),
    ("“The plan,” he said, “is dead in the water.”", ["The plan", "is dead in the water."]),
    ("“It was ‘crazy’ out there,” she said.", ["It was ‘crazy’ out there"]),
    ("“First part of it.\n\n“Second part of it,” he said.", ["First part of it. Second part of it"]),
    ("“Never closed here.\n\nThen plain text follows on.", []),
    ("Plain text with a stray mark at the end “", []),
    ("", []),
])
def test_quoted_stretches(text, expected):
    assert [quoted_text(text, s) for s in quoted_stretches(text)] == expected


def test_stretches_start_at_offset():
    text = "“Not this one at all,” A said.\n\n“But this one here,” B said."
    assert [quoted_text(text, s) for s in quoted_stretches(text, start=30)] == ["But this one here"]


# ---- quotations with speakers -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('Burton thinks that cats are "cuties".', []),
    ("Officials said the talks were at a “critical time” for the region.", []),
    ("Mary Jones said nothing about the plan on Tuesday.", []),
    ("Mary Jones arrived on Monday. “We are ready to begin the work,” she said.",
     [("We are ready to begin the work", "Mary Jones")]),
    ("“We are ready to begin the work,” said Peter Smith, the mayor.",
     [("We are ready to begin the work", "Peter Smith")]),
    ("Peter Smith said: “We are ready to begin the work.”",
     [("We are ready to begin the work.", "Peter Smith")]),
    ("Peter Smith told reporters: “We are ready to begin the work.”",
     [("We are ready to begin the work.", "Peter Smith")]),
    ("The bridge is “in no condition to carry traffic,” according to Peter Smith.",
     [("in no condition to carry traffic", "Peter Smith")]),
    ("Peter Smith says the city will “fight this all the way to the top.”",
     [("fight this all the way to the top.", "Peter Smith")]),
    ("A senior official said the city was “running out of time to act.”",
     [("running out of time to act.", None)]),
    ("“We reject the proposal in its entirety,” Hamas said in a statement.",
     [("We reject the proposal in its entirety", "Hamas")]),
    ("“We are ready to begin the work,” he said.", [("We are ready to begin the work", None)]),
    ("Peter Smith met the press. “We are ready,” he said. “The work starts on Monday morning.”",
     [("We are ready", "Peter Smith"), ("The work starts on Monday morning.", "Peter Smith")]),
])
def test_direct_quotations(nlp, text, expected):
    assert pairs(quotes_of(nlp, text)) == expected


def test_office_resolves_only_to_its_holder(nlp):
    # the person before it holds another office: nobody is named
    body = ("Senator Anna Lopez, speaking in Ohio, was asked about the budget.\n\n"
            "“I will not sign a bill that cuts schools,” the governor said.")
    assert pairs(quotes_of(nlp, body)) == [("I will not sign a bill that cuts schools", None)]
    body = ("Gov. Anna Lopez, speaking in Ohio, was asked about the budget.\n\n"
            "“I will not sign a bill that cuts schools,” the governor said.")
    assert pairs(quotes_of(nlp, body)) == [("I will not sign a bill that cuts schools", "Anna Lopez")]


def test_epithet_is_the_person_just_before(nlp):
    # "the nominee" is no office: it stands for the one the sentence before is about
    body = ("Senator Anna Lopez, speaking in Ohio, was asked about the budget.\n\n"
            "“I will not sign a bill that cuts schools,” the Democratic nominee said.")
    assert pairs(quotes_of(nlp, body)) == [("I will not sign a bill that cuts schools", "Anna Lopez")]


def test_description_after_anonymous_subject_is_none(nlp):
    body = ("A senior official traveling with the team spoke on Friday.\n\n"
            "“The next two days will decide the outcome,” the official said.")
    assert pairs(quotes_of(nlp, body)) == [("The next two days will decide the outcome", None)]


def test_pronoun_skips_person_of_other_gender(nlp):
    body = ("Mary Jones said she would run again next year. Later she met Peter Smith in Boston, "
            "where he spoke about trade.\n\n“I will win this race in the end,” she said.")
    assert pairs(quotes_of(nlp, body))[-1] == ("I will win this race in the end", "Mary Jones")


def test_quote_over_two_paragraphs_is_one(nlp):
    body = ("“The first thing we need is money for the schools.\n\n"
            "“The second thing is time to spend it well,” Mary Jones said.")
    assert pairs(quotes_of(nlp, body)) == [
        ("The first thing we need is money for the schools. The second thing is time to spend it well",
         "Mary Jones")]


def test_unclosed_mark_does_not_swallow_the_article(nlp):
    # the quotation whose closing mark was lost ends with its paragraph (it reads as speech: "we")
    body = ("Mary Jones said “we will not stop now.\n\n"
            "The council met on Tuesday and approved the budget for the coming year.\n\n"
            "“That is good news for everyone,” Peter Smith said.")
    assert pairs(quotes_of(nlp, body)) == [("we will not stop now.", "Mary Jones"),
                                           ("That is good news for everyone", "Peter Smith")]


def test_unclosed_mark_before_narrative_quotes_nothing(nlp):
    # a mark before words that neither read as speech nor follow a reporting clause opens nothing
    body = ("The council met on Tuesday. “The budget for the coming year was approved by nine votes.\n\n"
            "Peter Smith said: “That is good news for everyone.”")
    assert pairs(quotes_of(nlp, body)) == [("That is good news for everyone.", "Peter Smith")]


def test_body_start_skips_headline(nlp):
    text = "“Quoted words in the headline here”\n\n“And words in the body now,” Mary Jones said."
    doc = nlp(text)
    found = direct_quotations(doc, entities_from_ents(doc), body_start=text.index("\n\n") + 2)
    assert [q.text for q in found] == ["And words in the body now"]
    assert found[0].span.text == "And words in the body now,"
    assert found[0].cue == "said"


def seed_body() -> str:
    lines = SEED.read_text(encoding="utf-8").splitlines()[2:]
    body = [line for line in lines if line.strip()]
    return "\n\n".join(body)


def test_seed(nlp):
    found = quotes_of(nlp, seed_body())
    got = pairs(found)
    assert ("We are conducting negotiations and not a scenario in which we just give and give",
            "Benjamin Netanyahu") in got
    assert ("we are closer than we’ve ever been.", "Joe Biden") in got
    assert ("We’re still underway. We’re not giving up. Still possible.", "Joe Biden") in got
    harris = [q for q in found if q.speaker == "Kamala Harris"]
    assert [q.text.split()[:4] for q in harris] == [
        ["I", "will", "not", "speak"], ["We’ve", "got", "to", "get"]]
    assert not any("critical time" == q.text for q in found)
    assert len(found) == 5


# ---- classes of speaker that need more than the verb's subject ---------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a participle hung from the quotation: the sentence's own subject speaks
    ("Band member Peter Smith shared the news online last week, writing “Feels great to back a man I trust.”",
     [("Feels great to back a man I trust.", "Peter Smith")]),
    # a word inside other quotation marks is never the speaker
    ("Mary Jones, star of the show “Scandal,” thanked the mayor for “taking these steps to help us.”",
     [("taking these steps to help us.", "Mary Jones")]),
    # footage / video of someone saying
    ("The ad uses footage of Mary Jones asking, “Why am I not fifty points ahead of him?”",
     [("Why am I not fifty points ahead of him?", "Mary Jones")]),
    # a document speaks for its named maker
    ("A letter from the American Legion obtained by reporters warns that “any further talk will go through lawyers.”",
     [("any further talk will go through lawyers.", "the American Legion")]),   # the helper's entity name
    ("Peter Smith is releasing a new ad that urges voters to “send a message to the banks.”",
     [("send a message to the banks.", "Peter Smith")]),
    ("The case is closed, “because the evidence cannot prove the crime,” according to a court document "
     "filed by prosecutor Mary Jones.",
     [("because the evidence cannot prove the crime", "Mary Jones")]),
    # ... and stays None when its maker is not named
    ("He released a letter from his doctor that says he is in “extraordinarily good health for his age.”",
     [("extraordinarily good health for his age.", None)]),
    # a share of a group is nobody in particular
    ("Peter Smith spoke on Monday. The majority of voters say they want goods “made in the country itself.”",
     [("made in the country itself.", None)]),
    # a one-word name the entity list missed: kept only with a fuller form in the text
    ("Boos rained down from the stands. “Lock them up now, lock them up!”", [("Lock them up now, lock them up!", None)]),
])
def test_speaker_classes(nlp, text, expected):
    assert pairs(quotes_of(nlp, text)) == expected


def test_surname_of_a_person_the_text_names(nlp):
    body = ("Rep. Tom Cole of Oklahoma spoke on Thursday.\n\n"
            "Yet the plan is also a “big change,” Cole said. “That is what people want right now.”")
    assert pairs(quotes_of(nlp, body))[-1] == ("That is what people want right now.", "Tom Cole")


def test_quotation_alone_continues_the_person_before(nlp):
    body = ("Peter Smith praised the mayor’s leadership after the storm.\n\n"
            "“We need someone who will cut through the noise and bring people together.”")
    assert pairs(quotes_of(nlp, body)) == [
        ("We need someone who will cut through the noise and bring people together.", "Peter Smith")]


def test_quotation_alone_after_an_anonymous_subject_is_none(nlp):
    body = ("A senior official praised the mayor’s leadership after the storm.\n\n"
            "“We need someone who will cut through the noise and bring people together.”")
    assert pairs(quotes_of(nlp, body)) == [
        ("We need someone who will cut through the noise and bring people together.", None)]


def test_outer_report_wins_over_a_report_it_contains(nlp):
    body = ("Mary Jones said that for years some critics had been predicting a withdrawal, but it would not happen.\n\n"
            "“That is because this region remains the most important one for our security.”")
    assert pairs(quotes_of(nlp, body))[-1][1] == "Mary Jones"


def test_statement_speaks_for_who_issued_it(nlp):
    body = ("The Democratic Party issued a statement apologizing to the senator for the emails.\n\n"
            "“We want to offer a deep and sincere apology to the senator and his supporters.”")
    assert pairs(quotes_of(nlp, body))[-1][1] == "The Democratic Party"   # the helper's entity name


def test_description_must_fit_its_place_words(nlp):
    body = ("Sen. Bernie Sanders campaigned in Ohio.\n\n"
            "Florida Sen. Marco Rubio is launching his campaign there.\n\n"
            "The Florida senator is telling reporters that he will have “a lot of delegates soon.”")
    assert pairs(quotes_of(nlp, body))[-1] == ("a lot of delegates soon.", "Marco Rubio")
    # nobody is called a senator of Florida: nobody is named
    body = ("Sen. Bernie Sanders campaigned in Ohio.\n\n"
            "Marco Rubio is launching his campaign in Florida.\n\n"
            "The Florida senator is telling reporters that he will have “a lot of delegates soon.”")
    assert pairs(quotes_of(nlp, body))[-1] == ("a lot of delegates soon.", None)


# ---- main clause, possessors, introducing clauses, descriptions beside a topic -----------------

@pytest.mark.parametrize(("text", "expected"), [
    # a participle set off by a dash goes with the main clause, not the clause it reports
    ("Mary Jones says rival Peter Smith accepted money from the banks and “there is nothing wrong with "
     "that” — asserting that the money did not change his views.",
     [("there is nothing wrong with that", "Mary Jones")]),
    # ... but a reporting verb of the embedded clause keeps its own subject, and "he" after two
    # people in one sentence is either: nobody is named
    ("Mary Jones says Peter Smith accepted money from the banks, and he said “there is nothing wrong with that at all.”",
     [("there is nothing wrong with that at all.", None)]),
    # the words of someone's call are theirs; a campaign's slogan is words on a banner, nobody's
    # unless the text says someone said them
    ("Mary Jones’s campaign slogan is “Stronger together for all of us.” But now she wants voters to know more.",
     [("Stronger together for all of us.", None)]),
    ("Peter Smith said that Mary Jones’s call earlier in the night to “make the city whole again” was an "
     "inferior slogan.", [("make the city whole again", "Mary Jones")]),
    # ... not a judgement of them, nor what is said about them
    ("Peter Smith said Mary Jones’s claim was “a lie from start to finish.”",
     [("a lie from start to finish.", "Peter Smith")]),
    ("Peter Smith told reporters that Mary Jones’s comments “show bias to me and to everyone.”",
     [("show bias to me and to everyone.", "Peter Smith")]),
    # ... and a group's chants belong to nobody named
    ("Their chants of “Ted! Ted! Ted! Ted” were cut short by the news.", [("Ted! Ted! Ted! Ted", None)]),
    # a clause set off by a dash introduces its subject's words
    ("When Peter Smith finally wrapped up — “I will fight for you, and I will win for you!” — the balloons "
     "came down.", [("I will fight for you, and I will win for you!", "Peter Smith")]),
    ("When the music finally stopped — “I will fight for you, and I will win for you!” — the balloons came down.",
     [("I will fight for you, and I will win for you!", None)]),
    # "says of X": X is the topic, never the speaker
    ("Mary Jones spoke in Ohio on Friday. The New York businessman says of Mary Jones, “If she gets the "
     "chance, she will sell the office.”", [("If she gets the chance, she will sell the office.", None)]),
    ("Mary Jones spoke in Ohio on Friday.\n\nThe New York businessman says of her, “If she gets the chance, "
     "she will sell the office.”", [("If she gets the chance, she will sell the office.", None)]),
])
def test_speaker_frames(nlp, text, expected):
    assert pairs(quotes_of(nlp, text)) == expected
