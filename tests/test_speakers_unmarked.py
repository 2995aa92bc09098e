"""Quotations in paragraphs that lost their marks, and speakers named after the quotation across an
aside (issue 8, item 3: xsum copy and wire copy gave such quotes no speaker). Invented text, read
with the project's own entity extraction. Precision first: a first-person paragraph is a quotation
only between two quotations, with the speaker of the one before."""
from __future__ import annotations

from test_speakers_surnames import quotes, speaker

LOST = ("Eric Schulz said it was up to the government to change its tax system.\n\n"
        "Mr Schulz said: \"What we are doing is legal. I view taxes as not optional.\"\n\n"
        "I view that you should pay the taxes that are legally required. It's not a debate.\n\n"
        "\"If the British system changes the tax laws, then we will comply.\"\n\n"
        "Critics said the firm should pay more.\n\n"
        "I think the critics are right, and we should all ask why.")


def test_a_first_person_paragraph_between_quotations_is_the_speakers(nlp):
    assert speaker(nlp, LOST, "legally required") == "Eric Schulz"


def test_a_first_person_paragraph_after_narrative_is_no_quotation(nlp):
    assert not [q for q in quotes(nlp, LOST) if "critics are right" in q.text]


def test_a_lost_paragraph_with_no_speaker_before_is_dropped(nlp):
    body = ("The firm paid little tax.\n\n\"What we are doing is legal.\"\n\n"
            "I view that you should pay the taxes that are legally required.\n\n"
            "\"If the British system changes the tax laws, then we will comply.\"")
    assert not [q for q in quotes(nlp, body) if "legally required" in q.text]


def test_he_after_a_participle_the_parse_gives_a_subject(nlp):
    body = ("Eric Schulz said it was up to the government to change its tax system.\n\n"
            "Speaking on BBC Radio 4's Start the Week, he said: \"What we are doing is legal, and "
            "we will go on doing it.\"")
    assert speaker(nlp, body, "go on doing it") == "Eric Schulz"


def test_a_name_after_a_place_and_a_title_across_an_aside(nlp):
    body = ("Not everyone in the hall was claiming success.\n\n"
            "“We’ve had more successful meetings than this one,” Ohio delegate Carl Brandt, wearing a "
            "wide hat and “Vote Lee” campaign pins, said quietly as the balloons came down around him.")
    assert speaker(nlp, body, "more successful meetings") == "Carl Brandt"


def test_the_last_name_of_a_title_run_speaks(nlp):
    body = ("Carl Brandt lost the vote in Ohio.\n\n"
            "“It was a long night for all of us,” Brandt aide John Podesto said later.")
    assert speaker(nlp, body, "long night") == "John Podesto"


def test_narrative_in_slipped_marks_introduces_the_next_quotation(nlp):
    body = ("Orient manager Andy Hesketh told BBC Radio London: \"For me to lose two managers this season "
            "has been very tough.\"\n\n"
            "\"Dagenham manager Jo Stills told BBC Radio London:\"I think for half an hour in the first half "
            "we lacked organisation.\n\n"
            "\"If you haven't got organisation and you haven't got the discipline to play 90 minutes, the "
            "outcome is inevitable.\"")
    assert not [q for q in quotes(nlp, body) if "Radio London" in q.text]
    assert speaker(nlp, body, "outcome is inevitable") == "Jo Stills"
