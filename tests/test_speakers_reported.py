"""Speakers the text names in a report, a title's portfolio, an organisation's own name and a chain of
"it said" (issue 8, "Trust": held-out news left these quotes with no speaker although the text
names who spoke). Invented text, read with the project's own entity extraction. Precision first:
a description that fits more than one organisation, or none, still gives no speaker."""
from __future__ import annotations

from generator.extract.spacing import restore_spaces
from test_speakers_surnames import quotes, speaker


def test_a_person_inside_what_the_speaker_reported_takes_no_turn(nlp):
    body = ("Tributes were paid on Sunday.\n\n"
            "Ravi Menon, editor of the Dunmore Gazette from 1990 to 2004, said Tom Ashby had been a rare "
            "talent. \"In all my years at the paper, he never once missed a deadline.\"")
    assert speaker(nlp, body, "never once missed") == "Ravi Menon"


def test_someone_else_reporting_between_still_takes_the_turn(nlp):
    body = ("Ravi Menon, editor of the Dunmore Gazette, spoke first. \"He never missed a deadline,\" "
            "Mr Menon said. Tom Ashby told the meeting the paper would go on. \"We will print on Monday.\"")
    assert speaker(nlp, body, "print on Monday") != "Ravi Menon"


def test_paragraphs_of_one_quotation_run_together_keep_their_speaker():
    glued = ("Editor Ravi Menon said: \"It is with great sadness that I tell you our colleague Tom Ashby "
             "died today.\"Tom was brave about his illness, and his death has shocked us all.\"He added: "
             "\"He was the heart of the paper.\"")
    assert restore_spaces(glued) == (
        "Editor Ravi Menon said: \"It is with great sadness that I tell you our colleague Tom Ashby "
        "died today. \"Tom was brave about his illness, and his death has shocked us all.\" He added: "
        "\"He was the heart of the paper.\"")


def test_he_after_run_together_paragraphs_of_a_quotation(nlp):
    body = restore_spaces(
        "The Dunmore Gazette mourned its columnist on Sunday.In a statement to staff, editor Ravi Menon said: "
        "\"It is with great sadness that I tell you our colleague Tom Ashby died today.\"Tom was brave "
        "about his illness, and his death has shocked us all.\"He added: \"He was the heart of the paper. "
        "His wit was unmatched.\"")
    found = {q.text: q.speaker for q in quotes(nlp, body)}
    assert found.get("He was the heart of the paper. His wit was unmatched.") == "Ravi Menon", found
    assert found.get("Tom was brave about his illness, and his death has shocked us all.") == "Ravi Menon", found


def test_a_mark_left_unread_after_a_sentence_gets_its_space_after_it():
    glued = "The coach said: \"We play on Monday.\"It was a long season.\"Coach Ruth Alder smiled."
    assert restore_spaces(glued).endswith("It was a long season.\" Coach Ruth Alder smiled.")


def test_the_description_may_be_the_portfolio_of_the_title(nlp):
    body = ("The Secretary of State for Fisheries and Coasts, Helen Marsh, visited the harbour on Friday.\n\n"
            "The fisheries secretary said the new quotas would \"protect the small boats and their crews\".")
    assert speaker(nlp, body, "protect the small boats") == "Helen Marsh"


def test_an_organisation_is_what_its_own_name_calls_it(nlp):
    body = ("The walk on Saturday was organised by the Moorland Heritage Trust.\n\n"
            "The trust said it wanted every walker to \"keep to the paths and close each gate behind them\".")
    assert speaker(nlp, body, "keep to the paths") == "Moorland Heritage Trust"


def test_two_organisations_so_named_leave_the_description_unresolved(nlp):
    body = ("The walk was organised by the Moorland Heritage Trust and the Dunmore Rivers Trust.\n\n"
            "The trust said it wanted every walker to \"keep to the paths and close each gate behind them\".")
    assert speaker(nlp, body, "keep to the paths") is None


def test_it_said_carries_the_organisation_along_a_chain_of_reports(nlp):
    body = ("PARIS, June 18 - The International Grain Council said on Thursday that world wheat stocks "
            "would fall for a third year as dry weather cut harvests across the northern plains.\n\n"
            "It predicted that the harvest in the coming season, which starts in July, would fall short of "
            "both its own earlier estimate and the figures that national ministries gave in the spring, "
            "that stocks held by the main exporters would reach their lowest level since the early 1970s, "
            "and that buyers in North Africa and the Middle East would keep importing at record levels "
            "despite the high prices of recent months.\n\n"
            "\"The balance between supply and demand will remain tight well into the next season,\" it said.")
    assert body.index("it said") - body.index("International Grain Council") > 600
    assert speaker(nlp, body, "balance between supply") == "International Grain Council"


def test_a_chain_of_it_ends_at_a_sentence_about_something_else(nlp):
    body = ("The Dunmore Sheriff Court heard the case in February, when the accused admitted the charges "
            "and was placed on the register.\n\n"
            "The disciplinary panel found that the teacher had failed to uphold the standards of the "
            "profession over a period of ten years, and that the conduct was incompatible with teaching.\n\n"
            "It noted that no evidence of remedial action had been given to it at any stage of the hearing, "
            "and that the teacher had not attended the hearing or sent a written submission to it.\n\n"
            "\"The panel was of the view that there was a strong likelihood of the conduct recurring,\" it "
            "concluded.")
    assert speaker(nlp, body, "strong likelihood") is None


def test_a_quotation_cut_off_by_the_next_opening_mark_goes_on_from_the_paragraph_before(nlp):
    body = ("Rovers manager Dan Whitlow insists he will not sell his captain.\n\n"
            "\"A lot is said about Jo but he has been terrific for the club,\" he said.\n\n"
            "\"The fans love him because he works hard. There are not many like him. \"And why should I "
            "sell him to anyone else? I am not interested.\"")
    assert speaker(nlp, body, "fans love him") == "Dan Whitlow"
    assert speaker(nlp, body, "why should I sell him") == "Dan Whitlow"


def test_a_mark_after_narrative_still_quotes_nothing_before_the_next_mark(nlp):
    body = ("Rovers manager Dan Whitlow insists he will not sell his captain.\n\n"
            "\"The board met on Monday and the club will decide in March. \"We will see,\" he said.")
    assert not [q for q in quotes(nlp, body) if "board met" in q.text]


def test_narrative_run_into_a_quotation_is_no_quotation_and_names_the_next_speaker(nlp):
    # BBC copy whose paragraphs ran together: the marks pair around the writer's narrative
    body = restore_spaces(
        "The drama made stars of its young cast.Actor Sam Okonedo credits the whole team.\"I think they "
        "knew they needed people on the ground,\" he said.\"A writing team that understood got that right "
        "first.\"I feel very lucky to have been in the show.\"Michael Brennan is the head of drama at the "
        "channel and he thinks the roles helped the cast grow.\"They had the chance to play properly "
        "complex parts,\" he said.\"It is extraordinary, soap operas used to be the only place for a first job.\"")
    found = {q.text: q.speaker for q in quotes(nlp, body)}
    assert not [t for t in found if "head of drama" in t], found
    assert found.get("It is extraordinary, soap operas used to be the only place for a first job.") \
        == "Michael Brennan", found


def test_narrative_in_the_past_tense_run_between_two_quotations_is_no_quotation(nlp):
    # the same run-together copy, the narrative reporting someone else in the past tense
    body = restore_spaces(
        "Minister Petra Vollmer welcomed the decision.\"Nobody should have to hide who they are,\" Vollmer "
        "told reporters.\"We live in a country where nobody should worry about that.\"We judge people on how "
        "they behave and that is the case with Mr Lindqvist.\"Opposition member Jonas Reiter said he hoped the "
        "move would encourage others to follow.\"I hope this step helps to break a long silence,\" he said.")
    found = {q.text: q.speaker for q in quotes(nlp, body)}
    assert not [t for t in found if "Jonas Reiter said" in t], found


def test_a_quotation_that_reports_in_the_past_tense_with_its_own_attribution_stays(nlp):
    body = restore_spaces(
        "Coach Ann Ferris spoke about her captain.\"He said he wants to lead the side again. That is good "
        "news for the club,\" Ferris added.\"We will talk in May.\"")
    assert speaker(nlp, body, "He said he wants") == "Ann Ferris"


def test_words_in_the_third_person_with_their_own_attribution_are_a_quotation(nlp):
    body = restore_spaces(
        "Coach Ann Ferris spoke about her captain.\"He says he wants to lead the side again. That is good "
        "news for the club,\" Ferris added.\"We will talk in May.\"")
    assert speaker(nlp, body, "He says he wants") == "Ann Ferris"


def test_a_letter_naming_a_group_is_no_person_who_ends_the_search_for_he(nlp):
    body = ("\"We want to win the group,\" said Wales midfielder Joe Allenby.\n\n"
            "Allenby says Wales will not watch the other game.\n\n"
            "The two matches will be played at the same time as Group B draws to a close.\n\n"
            "\"It's one where we have to stay in control,\" he said.")
    assert speaker(nlp, body, "stay in control") == "Joe Allenby"
