"""Words in marks that are not the speaker's the parse first offers (issue 8, item 3).

- A verb of saying that is denied ("would not comment on", "did not say") gives its subject no words:
  "Cruz would not comment on an executive order signed by the governor “to protect privacy and
  equality”" gave the order's words to Cruz; nor does the speaker before take them over. A denial
  inside the quotation still attributes.
- A surname does not reach a title that ends with it ("Reclaiming Mozart", a concert series).
- "he said" after a quotation by someone unnamed ("said a dealer at a small bank") is that someone,
  not a person named before.
Invented text, read with the project's own extraction."""
from __future__ import annotations

from test_speakers_surnames import speaker


def test_a_denied_comment_gives_no_words(nlp):
    body = ("State Senator Mark Ellison says he supports the school board's new rule on phones.\n\n"
            "Ellison said Thursday that \"children learn better without screens.\" But Ellison would not "
            "comment on a directive signed by the governor \"to protect teachers and students\" at state "
            "schools.")
    assert speaker(nlp, body, "to protect teachers and students") is None
    assert speaker(nlp, body, "children learn better") == "Mark Ellison"


def test_a_denial_inside_the_quotation_still_attributes(nlp):
    body = ("Coach Dana Whitlock spoke after her side's third defeat in a row.\n\n"
            "\"We will not give up on this season, whatever anyone says,\" Whitlock said.")
    assert speaker(nlp, body, "We will not give up") == "Dana Whitlock"


def test_a_surname_does_not_reach_a_title_that_ends_with_it(nlp):
    # "Reclaiming Mozart", a concert series the recogniser read as a person: the composer's words
    # are his, not the series'
    body = ("The Northern Players' new season includes a series of concerts called Reclaiming Mozart.\n\n"
            "Director Anna Berg will be the soloist in the Quintet for Piano and Wind, of which Mozart once "
            "wrote: \"I myself consider it to be the best thing I have written in my life.\"")
    assert speaker(nlp, body, "best thing I have written") == "Mozart"


def test_he_said_after_an_unnamed_speaker_is_not_someone_named_earlier(nlp):
    # "..., said a dealer at a small foreign bank. “...,” he said.": the unnamed dealer speaks on;
    # the chairman named two sentences before is not "he"
    body = ("The Harbour Bond Dealers Club will tighten its rules, its chairman Peter Hollis said.\n\n"
            "Hollis said he expects the tighter rules to cut the list of members by six to ten.\n\n"
            "\"Belonging to the club carries a certain amount of prestige with borrowers,\" said a dealer at a "
            "small foreign bank. \"The borrower says to himself, 'I can travel economy or I can travel first "
            "class,'\" he said.")
    assert speaker(nlp, body, "The borrower says to himself") is None


def test_a_denial_the_parse_hangs_on_the_verb_from_inside_the_marks_still_attributes(nlp):
    # "“... still does not,” Rosenbaum said": the parse may make the quotation's "not" a child of
    # "said"; words inside the marks deny nothing of the speaker's
    body = ("Jon Rosewall, an assistant trade representative just back from talks in Lima, said most "
            "producing countries now accept common rules.\n\n"
            "\"There is one country which evidently still does not,\" Rosewall said in an obvious reference "
            "to Brazil.")
    assert speaker(nlp, body, "There is one country") == "Jon Rosewall"
