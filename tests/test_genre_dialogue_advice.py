"""Two kinds of page that read as news before (issue 8, "Trust"): a chapter of a web novel pasted as one
dash-led line per paragraph, with few gestures but characters who ask and exclaim; and an advice post
that tells its reader what to do under numbered headings. Every input is invented; beside each kind
stands a news story with the same surface (many quotations, a numbered list, a "you") that stays news."""
from __future__ import annotations

import pytest

from generator.readers import read_text
from generator.readers.genre_text import advice_reason, chapter_reason, text_genre_reason

# A paste site's chapter: each paragraph led by a list dash, the characters asking and exclaiming,
# one gesture ("frowned") in some 400 words: under the 5 per 1,000 a story told in dialogue needed.
PASTED_CHAPTER = [
    "- Mo Lan did not think much of the title the elders had chosen for the ceremony.",
    '- "If you have proposed it, you must already know the answer." Mo Lan said.',
    '- "There are two names," Elder Qiu said slowly, "and neither of them is a small one."',
    '- "Which is the first?"',
    '- "The Ash Sovereign. The blood of the old line runs in you, and the realm remembers it!"',
    '- "And the second?" Mo Lan frowned.',
    '- "The Hollow King. Is that not what the southern sects already call you?"',
    '- Lady Wen looked at the elder coldly. "He is neither. Why should he borrow another man\'s name?"',
    '- "Oh? Then you have a name in mind already..."',
    '- "Sovereign Lan of the North!" Lady Wen said, her voice ringing through the hall.',
    '- "Is that your wish, or his?"',
    '- "Does it matter?"',
    '- "It matters to the realm. Who will kneel to a name nobody has heard?"',
    '- "Everyone will hear it soon enough!"',
    '- Mo Lan raised a hand. "I have not answered yet..."',
    '- "Then answer. What will it be?"',
    '- "The second matter first. What happened at the Glass Pavilion?"',
    '- "Two years ago," the elder said, "the Pavilion took in a stranger. Do you know who it was?"',
    '- "Was it her?"',
    '- "It was. And the Moon Court has not forgiven it!"',
    '- "Then they will answer to me..."',
    '- "Will they? The Moon Court answers to nobody."',
    '- "Nobody, until now."',
    '- The hall fell silent, and the lanterns swayed in a wind that came from nowhere.',
]

# A news story quoted as often, one gesture in as many words, its quotations statements.
QUOTED_HEARING = [
    "Councillors in Marwick questioned the city's water board for three hours on Tuesday.",
] + [f'"The board met its target for the {n} quarter running and will publish the figures," '
     f"chair Dana Holt said, reading from her notes." for n in (
         "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
         "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
         "eighteenth", "nineteenth", "twentieth", "twenty-first")] + [
    "Holt frowned when asked about the leak at the Fenwick pumping station, officials said."]


def test_a_pasted_chapter_that_asks_and_exclaims_is_not_news():
    reason = chapter_reason("mo lan 212", PASTED_CHAPTER)
    assert reason is not None and reason.startswith("a story told in dialogue")
    assert "asking or exclaiming" in reason


def test_a_story_quoted_as_often_in_statements_stays_news():
    assert chapter_reason("Water board questioned", QUOTED_HEARING) is None


def test_a_pasted_chapter_is_read_as_not_news():
    article = read_text("\n\n".join(PASTED_CHAPTER), source="mo-lan-212.txt")
    assert not article.news
    assert any("does not read as news (a story told in dialogue" in w for w in article.warnings)


# Advice in the second person, but with too few "you" for the voice rule (30 per 1,000) and one author
# cited: the voice rule lets it pass as news; the numbered headings tell what it is.
ADVICE = [
    "A thermostat reads the temperature of a room and then changes it. A thermometer only shows it. "
    "Teams under a deadline need the first kind of leader, according to the management writer Mara Quint.",
    "When a project slips, the team watches its lead before it watches the plan. The first ten minutes "
    "of a bad morning set the tone for the rest of the week, and that tone can be set on purpose.",
    "1. Name the problem.",
    "Say what went wrong in one sentence. If you cannot, the silence fills with worse guesses than the truth, "
    "and the guesses travel faster than any status report.",
    "2. Lower the temperature.",
    "Calm spreads through a room, and so does panic. Slow your voice down and ask one question at a time; "
    "the people around the table will match the pace they hear.",
    "3. Give people a next step.",
    "Nobody needs the whole answer at once. You need the next hour, and your team needs to know who owns it "
    "and when the group will meet again to check on the work.",
    "Try it at your next meeting and see what changes.",
]

# A news list numbers its items and speaks of others; its one "you" is a quotation's.
NEWS_LIST = [
    "Here are the stories people are talking about on Wednesday, the agency said.",
    "1. Flood defences fail in Carrow.",
    "The river broke through two barriers overnight, the Environment Office said, and 300 homes were evacuated.",
    "2. Strike talks resume.",
    "Rail unions and operators will meet again on Thursday, a union spokesman told reporters.",
    "3. Museum reopens.",
    '"You will not recognise the place," director Ines Farrow said of the rebuilt east wing.',
]


def test_an_advice_post_under_numbered_headings_is_not_news():
    reason = text_genre_reason("Three ways to be the kettle", ADVICE)
    assert reason is not None and reason.startswith("an advice post")


def test_a_numbered_news_list_stays_news():
    assert text_genre_reason("Stories to know", NEWS_LIST) is None
    assert advice_reason(NEWS_LIST, 0.0) is None


def test_advice_needs_its_structure_not_only_you():
    # The same "you" with neither numbered headings nor "here are ... ways": no advice post by this rule.
    prose = [p for p in ADVICE if not p[0].isdigit()]
    assert advice_reason(prose, 0.0) is None
    assert advice_reason(prose + ["Here are three ways to keep your team calm when a deadline slips."],
                         0.0).startswith("an advice post")


# A buying guide: products and prices addressed to "you", under a list post's headline, with no
# numbered headings and no "here are ... ways to".
GUIDE = [
    "Smart kettles have gone from novelty to kitchen staple, and the cheaper models now do almost "
    "everything the expensive ones do. Makers have added timers, temperature dials, keep-warm modes and "
    "phone apps, and prices have fallen by about a third in two years as the parts became common.",
    "The Brewmate One costs $79 and lets you set the temperature from a phone, so green tea is never "
    "scalded. It can also be scheduled to start before the morning alarm goes off, and its base doubles "
    "as a stand for the jug when it is not in use. The lid opens with one touch and the filter lifts out.",
    "For something sturdier, the Kettlo Steel at $129 keeps water warm for an hour and shows when the "
    "filter needs a change, with a light that shows you. Its steel body stays cool on the outside, its footprint is small, and the "
    "cord winds under the base, which matters on a crowded counter if you have a small flat.",
    "The Hestia Voice at $99 answers to a smart speaker, so you can ask how long the water will take, "
    "and it reads out the temperature when the boil is done. Its jug holds 1.5 litres, enough for six "
    "cups, and the app keeps a log of how much water was boiled each week.",
    "Whichever you choose, check the jug size against your household first.",
]


@pytest.mark.parametrize("headline", ["Here Are 3 Can't-Miss Smart Kettles", "The 3 Best Smart Kettles",
                                      "3 best smart kettles for your kitchen"])
def test_a_buying_guide_under_a_list_headline_is_not_news(headline):
    reason = text_genre_reason(headline, GUIDE)
    assert reason is not None and reason.startswith("a list post or buying guide")


def test_a_list_headline_alone_does_not_make_news_a_list_post():
    # The same headline over reported news ("you" only inside quotation marks): still news.
    news = ["Three kettle makers recalled 40,000 units on Tuesday after reports of scalds, the Consumer "
            "Safety Board said in a statement.",
            '"If you own one, stop using it now," board chair Lena Ortiz told reporters in Leeds.',
            "The makers said refunds would be paid within 30 days, according to a joint statement."]
    assert text_genre_reason("Here are 3 kettles recalled today", news) is None
    # ... and the guide's text under a plain headline: no sign of its structure, no advice post.
    assert advice_reason(GUIDE, 0.0, "Smart kettles get cheaper") is None
