"""Not English, not news: a warning naming the file, metadata and a lead summary, nothing else.
Also the headline made from the first sentence of a file that has no headline line.

All texts are written here; none comes from a corpus.
"""
from __future__ import annotations

import pytest

from generator.extract import extract, nlp_text, to_record
from generator.extract.lead import shorten_headline
from generator.readers import read_text
from generator.readers.genre import deals_reason, readme_reason
from generator.readers.language import language_name, language_of

ENGLISH = ("The Severn Valley water board said on Thursday that reservoir levels had fallen to their lowest "
           "point in a decade, and asked households to cut their use by a fifth.")
FRENCH = ("Le conseil régional a annoncé jeudi que le niveau des réservoirs était tombé à son plus bas "
          "depuis dix ans, et a demandé aux ménages de réduire leur consommation.")
POLISH = ("Rada regionu poinformowała w czwartek, że poziom wody w zbiornikach spadł do najniższego "
          "poziomu od dziesięciu lat, i zaapelowała do mieszkańców o oszczędzanie.")
UKRAINIAN = "Обласна рада в четвер повідомила, що рівень води у водосховищах упав до найнижчого рівня."
GREEK = "Το περιφερειακό συμβούλιο ανακοίνωσε την Πέμπτη ότι η στάθμη των ταμιευτήρων έπεσε."
JAPANESE = "地方議会は木曜日、貯水池の水位が過去十年で最低の水準に下がったと発表した。"


@pytest.mark.parametrize("text, code", [
    (ENGLISH, "en"), (FRENCH, "fr"), (POLISH, "pl"), (UKRAINIAN, "uk"), (GREEK, "el"), (JAPANESE, "ja"),
    ("Water levels fell.", None),                      # too short to tell
    # A price table scores low for every language: it is read as English, never as "not English".
    ("OATS OPEN P SETT MAY7 752A 755 JUL7 720A 722 OCT7 BARLEY OPEN P SETT MAY7 777A 779 JUL7 787B 790", "en"),
])
def test_language_of(text, code):
    assert language_of(text) == code


def test_language_name():
    assert language_name("uk") == "Ukrainian"
    assert language_name("zz-not-a-code") == "zz-not-a-code"


def _record(nlp, text: str, source: str, fmt: str = "text") -> dict:
    raw = read_text(text, source=source, format=fmt)
    body, start = nlp_text(raw)
    return to_record(raw, extract(raw, nlp(body), body_start=start), article_id="x")


@pytest.mark.parametrize("body, code, number_text", [
    ("El ayuntamiento aprobó el lunes un presupuesto de 35.000 euros para reparar el puente del río, "
     "según informó la alcaldesa en una rueda de prensa. Las obras empezarán en mayo.", "es", "35.000"),
    ("Der Stadtrat beschloss am Montag, 4 Milliarden Euro in den Ausbau der Straßenbahn zu investieren, "
     "sagte die Bürgermeisterin. Die Arbeiten sollen im Mai beginnen.", "de", "Milliarden"),
    ("Городской совет в понедельник выделил 35 000 рублей на ремонт моста через реку, сообщила мэр города. "
     "Работы начнутся в мае.", "ru", "35"),
])
def test_other_languages_get_metadata_and_a_lead_only(nlp, body, code, number_text):
    record = _record(nlp, f"Headline here\n\n{body}\n", f"stories/{code}.txt")
    assert record["language"] == code
    assert any("not English" in w and language_name(code) in w for w in record["warnings"])
    assert record["entities"] == [] and record["quotes"] == [] and record["numbers"] == [] and record["topics"] == []
    assert record["summary"] and record["summary"][0] in body
    assert record["headline"] == "Headline here"


def test_the_console_warning_names_the_file():
    raw = read_text(f"Titulo\n\n{FRENCH}\n", source="stories/fr.txt")
    assert any(w.startswith("stories/fr.txt: ") and "not English" in w for w in raw.warnings)


def test_english_news_is_read_as_before(nlp):
    record = _record(nlp, f"Reservoirs at ten-year low\n\n{ENGLISH}\n", "water.txt")
    assert record["language"] == "en" and record["news"] is True
    assert not any("English" in w or "news" in w for w in record["warnings"])
    assert record["entities"]


DEALS = ["Our shopping team found these discounts on home goods today; prices can change at any time."] + [
    f"{item} for ${price}.99 (list price ${price + 20}.99)" for item, price in [
        ("Stainless Kettle 1.7L", 24), ("Cordless Vacuum, Grey", 89), ("Cotton Towel Set of 6", 19),
        ("Cast Iron Skillet 12 inch", 29), ("Bamboo Cutting Board", 14), ("Electric Toothbrush Pro", 49),
        ("Ceramic Mug Set", 21), ("LED Desk Lamp with USB Port", 32), ("Memory Foam Pillow", 35)]]


def test_deals_reason():
    assert deals_reason(DEALS) is not None
    # Prices in a report are not a shop: earnings per share and a bid, without a shop's words.
    report = [f"The company earned ${n}.25 a share, against ${n}.10 a year earlier, on revenue of $4.1 billion."
              for n in range(1, 10)]
    assert deals_reason(report) is None


def test_a_deals_list_gets_metadata_and_a_lead_only(nlp):
    text = "Home deals we love this week\n\nBy Sam Ortiz\n\n" + "\n\n".join(DEALS) + "\n"
    record = _record(nlp, text, "deals.txt")
    assert record["news"] is False and record["language"] == "en"
    assert any("does not read as news" in w and "shopping" in w for w in record["warnings"])
    assert [a["name"] for a in record["authors"]] == ["Sam Ortiz"]
    assert record["entities"] == [] and record["numbers"] == [] and record["topics"] == []
    assert record["summary"][0] == DEALS[0]


README = """# tidepool

A small library that reads tide tables and predicts high water for a harbour.

## Installation

```sh
pip install tidepool
```

## Usage

Call `predict()` with a station name to get the next high water.

## License

MIT
"""


def test_a_code_readme_gets_metadata_and_a_lead_only(nlp):
    record = _record(nlp, README, "docs/tidepool.md", "markdown")
    assert record["news"] is False
    assert any("does not read as news" in w for w in record["warnings"])
    assert record["headline"] == "tidepool"
    assert record["entities"] == [] and record["numbers"] == [] and record["quotes"] == []
    assert record["summary"]


@pytest.mark.parametrize("source, headings, blocks, expected", [
    ("README.md", [], 0, True),
    ("notes.md", ["Installation", "Usage"], 1, True),
    ("notes.md", ["Installation", "Usage", "License"], 0, True),
    ("story.md", ["Background", "What happens next"], 3, False),
    ("story.md", ["Usage"], 2, False),
])
def test_readme_reason(source, headings, blocks, expected):
    assert (readme_reason(source=source, headings=headings, code_blocks=blocks) is not None) is expected


# ---------------------------------------------------------------- a headline from the first sentence


WIRE = ("OSLO, March 2 - Norway's fishing fleet landed 12 pct more cod in February than a year earlier, "
        "helped by calm weather in the Barents Sea and higher quotas agreed with Russia, the directorate said.\n"
        "    Prices held steady at around 30 crowns a kilo, it said.\n")


def test_a_file_without_a_headline_line_gets_its_first_sentence(nlp):
    record = _record(nlp, WIRE, "wire/00917.txt")
    assert record["headline"] == "Norway's fishing fleet landed 12 pct more cod in February than a year earlier…"
    assert record["provenance"]["headline"] == "first sentence"
    assert "00917" not in record["headline"]
    assert "no headline found" not in record["warnings"]


@pytest.mark.parametrize("sentence, expected", [
    ("Fishing resumed on Monday.", "Fishing resumed on Monday"),
    ("The board, which met for six hours on Monday evening in the town hall, voted to close the old "
     "school at the end of the year.", "The board, which met for six hours on Monday evening in the town hall…"),
    ("Officials of the port authority of the northern region said the new terminal would open to "
     "traffic in the spring of next year", "Officials of the port authority of the northern region said the new "
     "terminal would open…"),
    # a sentence that opens a list ends in a dash or a colon: no headline ends so
    ("Barley and oat export business reported since yesterday by private exporters -",
     "Barley and oat export business reported since yesterday by private exporters"),
    ("The council named the following roads to be closed:", "The council named the following roads to be closed"),
])
def test_shorten_headline(sentence, expected):
    assert shorten_headline(sentence) == expected


TICKERS = ("LONDON, March 9 - <Harbour Lines Holdings> and Clyde Freight Inc <CLF.L> said they agreed "
           "to combine their North Sea ferry routes.\n    The routes carry 2 mln passengers a year.\n")


def test_a_first_sentence_headline_has_no_ticker_markup(nlp):
    record = _record(nlp, TICKERS, "wire/00918.txt")
    assert record["headline"].startswith("Harbour Lines Holdings and Clyde Freight Inc said they agreed")
    assert "<" not in record["headline"] and "CLF" not in record["headline"]


# --- pages that do not read as news: lyrics, registry records, abstracts, newsletters, posts ---------

from generator.readers.genre import markup_reason  # noqa: E402
from generator.readers.genre_text import text_genre_reason, voice_reason  # noqa: E402

REPORT = ["The harbour authority said on Tuesday that two ferries would stop running from May, "
          "according to a statement. \"I think you will see fewer visitors, and we regret it,\" the "
          "authority's director, Ann Keel, told reporters. Councillors said they would appeal."] * 3


@pytest.mark.parametrize("headline, paragraphs, kind", [
    ("Lanterns", ["[Verse 1]", "Walking down the river road", "Lanterns burning low", "[Chorus]",
                  "Oh the lanterns, oh the lanterns"], "lyrics"),
    ("Salt intake in older adults", ["Lower salt diet in adults over 70 [ Time Frame: 6 months ]",
                                     "Inclusion Criteria: aged 70 or more", "Exclusion Criteria: kidney disease"],
     "registry"),
    ("Soil fungi and drought", ["Soil fungi shape how grasslands recover from drought. Here, we sample 40 plots. "
                                "We show that fungal diversity predicts recovery. Our results suggest a role "
                                "for fungi in restoration."], "abstract"),
    ("garden.weekly issue #57: seeds, sheds and slugs", ["A short list of links this week."], "newsletter"),
    ("The Hollow 104 touring ski", ["[Note: Our review was conducted on the 2022 model.]",
                                    "Verdict: a calm ski on hard snow. Specs: 104 mm underfoot."], "review"),
])
def test_text_that_is_not_news_says_what_it_is(headline, paragraphs, kind):
    reason = text_genre_reason(headline, paragraphs)
    assert reason and kind in reason


def test_a_post_in_its_own_voice_is_not_news_but_a_report_quoting_one_is():
    post = ["If you have ever lost your keys, you know the feeling. We tried six trackers so you do not "
            "have to, and our favourite fits on your keyring. You can pair it in a minute."] * 3
    assert voice_reason(post) is not None
    assert text_genre_reason("Ferry routes to close", REPORT) is None
    # A reporter's own column ("I") still reports: "I" counts half.
    column = ["I remember the day the phone arrived in the shops. The company had unveiled it before a "
              "crowd of engineers and investors, but none was on sale, and the queues outside its stores "
              "stretched for two streets. Its marketing chief, Phil Shore, walked the hall with one in his "
              "pocket. Rivals dismissed it as a toy for rich executives; within a year they were copying "
              "its glass screen, its single button and its price."] * 3
    assert voice_reason(column) is None


@pytest.mark.parametrize("og, ld, meta, expected", [
    (["music.song"], [], set(), "music.song"),
    (["video.other"], [], set(), "video"),
    (["article"], ["ScholarlyArticle"], set(), "research paper"),
    (["article"], [], {"citation_title", "citation_doi"}, "research paper"),
    (["article"], ["NewsArticle", "Review"], set(), None),        # a news page that holds a review is news
    (["article"], ["WebPage"], {"citation_title"}, None),
])
def test_markup_that_says_a_page_is_not_news(og, ld, meta, expected):
    reason = markup_reason(og_types=og, ld_types=ld, meta_names=meta)
    assert (reason is None) if expected is None else (expected in reason)


def test_saved_page_marked_a_song_gets_a_warning_and_no_actors(nlp):
    html = ("<html><head><title>Lanterns</title><meta property='og:type' content='music.song'></head><body>"
            "<article><h1>Lanterns</h1><p>Walking down the river road with Mary Keel and John Brill, "
            "lanterns burning low over the water.</p><p>Oh the lanterns, oh the lanterns, burning low "
            "for Mary Keel tonight.</p></article></body></html>")
    raw = read_text(html, source="songs/lanterns.html", format="html")
    assert any(w.startswith("songs/lanterns.html: does not read as news") for w in raw.warnings)
    record = _record(nlp, html, "songs/lanterns.html", fmt="html")
    assert record["news"] is False
    assert any("does not read as news" in w for w in record["warnings"])
    assert record["entities"] == [] and record["quotes"] == [] and record["numbers"] == [] and record["topics"] == []
    assert record["summary"]


# --- headline stand-ins: table rows, opening clauses, a lede line, glued furniture ---------------

EARNINGS = ("CHICAGO, April 7 - Shr 12 cts vs 10 cts\n    Net 1,200,000 vs 1,000,000\n"
            "    Harbour Freight Co said its first quarter profit rose on higher ferry traffic.\n"
            "    It expects the rise to continue.\n")


def test_a_stand_in_headline_is_a_sentence_not_a_table_row(nlp):
    from generator.extract.lead import is_table_line
    record = _record(nlp, EARNINGS, "wire/00919.txt")
    assert record["headline"] == "Harbour Freight Co said its first quarter profit rose on higher ferry traffic"
    assert is_table_line("Shr loss 31 cts vs loss 47 cts") and is_table_line("Note: Twelve-week periods.")
    assert not is_table_line("Profit rose to 15 cts a share from 12 cts, the company said.")


# A results table whose only prose is its note, run on past the note's first sentence.
TABLE_WITH_NOTE = ("DENVER, May 12 - Shr loss 21 cts vs loss one dlr\n    Net loss 3.1 mln vs loss 14.2 mln\n"
                   "    Revs 40.6 mln vs 38.9 mln\n    Note: Year-ago results include a charge of 9 mln dlrs.\n"
                   "Company said part of the charge would be reversed if the lawsuit over its Utah plant is "
                   "settled before the end of the year.\n")
# Rows, one of them without its "vs", then the sentence that stands in.
TABLE_ROW_WITHOUT_VS = ("OSLO, June 2 - Group net profit 30 mln crowns vs 35 mln.\n"
                        "    Fees income 208.8 mln crowns 188.1 mln.\n    Costs 96.7 mln crowns vs 90.9 mln.\n"
                        "    Nordfjord Bank said its lending grew for the third year running.\n")


def test_a_table_note_and_what_runs_on_from_it_are_no_headline(nlp):
    from generator.extract.lead import is_table_line
    assert is_table_line("Shr loss 44 cts vs loss one dlr")
    assert not is_table_line("Profit rose to one billion dlrs from 900 mln, the company said.")
    assert _record(nlp, TABLE_WITH_NOTE, "wire/00920.txt")["headline"] is None
    assert _record(nlp, TABLE_ROW_WITHOUT_VS, "wire/00921.txt")["headline"] == (
        "Nordfjord Bank said its lending grew for the third year running")


def test_a_stand_in_headline_starts_at_the_subject_not_inside_an_opening_clause():
    sentence = ("After a long slide in the past fortnight, Norwegian salmon prices may fall further in the "
                "coming weeks, exporters said.")
    assert shorten_headline(sentence) == "Norwegian salmon prices may fall further in the coming weeks, exporters said"
    lower = ("In the early 1980s, the salt marshes along the northern coast of the bay covered some 40 sq km "
             "of land.")
    assert shorten_headline(lower).startswith("The salt marshes along the northern coast of the bay covered")


def test_a_long_first_line_ending_in_a_full_stop_is_the_lede_not_the_headline(nlp):
    text = ("The harbour board of the northern port voted on Monday evening to close the old ferry terminal "
            "at the end of the year, officials said.\n\nIt said passenger numbers had halved since 2010.\n")
    record = _record(nlp, text, "bbc/ferry.txt")
    assert record["provenance"]["headline"] == "first sentence"
    assert record["headline"].startswith("The harbour board of the northern port voted on Monday evening")
    assert record["summary"][0].startswith("The harbour board")
    # A headline that ends with a full stop is still a headline when short (wire style).
    short = _record(nlp, "Ferry terminal to close.\n\nThe harbour board voted on Monday to close it.\n", "w.txt")
    assert short["headline"] == "Ferry terminal to close."


@pytest.mark.parametrize("glued", [
    "Share this withEmailFacebookMessengerTwitterWhatsAppLinkedinCopy this link",
    "Media playback is not supported on this device",
    "— -- ",
])
def test_furniture_glued_to_the_first_line_is_left_out(nlp, glued):
    text = (f"Ferry terminal to close\n\n{glued}The harbour board voted on Monday to close the old ferry "
            "terminal, its chairman Ann Keel said.\n\nPassenger numbers have halved.\n")
    record = _record(nlp, text, "bbc/ferry2.txt")
    assert record["summary"][0].startswith("The harbour board voted on Monday")
    assert not any(w in " ".join(record["summary"]) for w in ("Share this", "Media playback", "--"))
