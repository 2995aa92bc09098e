"""Who a quotation is never given to (issue 8, item 3, precision first): a place, and, for "it said",
an organisation named inside someone's quotation or only as a possessive or an object. Invented text,
read with the project's own entity extraction."""
from __future__ import annotations

from test_speakers_surnames import speaker


def test_it_said_is_not_the_organisation_named_inside_an_earlier_quotation(nlp):
    body = ("The Harbour Budget Group, a panel of private economists, said that \"growth will pick up "
            "this year because of cheap loans from the Central Bank of Ruritania.\"\n\n"
            "The group said the bank's policy had gone too far. As a result, it said that \"prices and "
            "then another slump now loom over the coming years.\"")
    assert speaker(nlp, body, "another slump now loom") in (None, "Harbour Budget Group")


def test_it_said_is_not_an_organisation_named_only_as_an_object(nlp):
    body = ("In a letter to Dr Maria Okafor, chair of Brookfield Learning Trust, the minister set out "
            "the failings found by inspectors.\n\n"
            "\"Therefore the department is minded to end the funding agreement unless the breaches are "
            "put right promptly,\" it said.")
    assert speaker(nlp, body, "minded to end the funding") != "Brookfield Learning Trust"


def test_a_place_never_speaks(nlp):
    body = ("Tributes came from colleagues across the country.\n\n"
            "Anna Kowal of the Royal Northern Academy of Music, Manchester added: \"He always wanted "
            "the music to speak for itself, and it always did.\"")
    assert speaker(nlp, body, "music to speak for itself") != "Manchester"



def test_the_newspaper_is_the_one_named_in_its_subject(nlp):
    body = ("Rival banking giant Brixham Bank, which is based in London, was also in the running. Harwood "
            "Capital is believed to have gained the initiative by putting together a bid during the Christmas "
            "break. \"They were able to move so quickly it caught Brixham by surprise,\" the Financial Ledger "
            "newspaper quoted an insider in the talks as saying.")
    assert speaker(nlp, body, "caught Brixham by surprise") in (None, "Financial Ledger")


def test_a_deputy_or_vice_holder_is_not_the_office_itself(nlp):
    # a qualified title is another office: "the mayor" is not the deputy mayor, "the president" not
    # the vice president; with no holder of the office itself the speaker stays unknown
    body = ("ARNHEM, Netherlands — Deputy Mayor Wilma Hoekstra-Baan opened the new bus station on Monday.\n\n"
            "\"The buses will run every ten minutes,\" the mayor said later.")
    assert speaker(nlp, body, "every ten minutes") is None
    body = ("LIMA — Vice-President Octavio Rengifo met union leaders on Tuesday.\n\n"
            "\"Wages will rise in March,\" the president said on Wednesday.")
    assert speaker(nlp, body, "Wages will rise") is None


def test_a_qualified_description_finds_the_qualified_holder(nlp):
    body = ("ARNHEM, Netherlands — Deputy Mayor Wilma Hoekstra-Baan opened the new bus station on Monday.\n\n"
            "\"The buses will run every ten minutes,\" the deputy mayor said later.")
    assert speaker(nlp, body, "every ten minutes") == "Wilma Hoekstra-Baan"
