"""Not news on unseen pages (issue 8, item 6): a web-novel chapter pasted with its title's chapter
number, a story told in dialogue with no heading, a company's or CEO's blog post in the first person,
a newsletter's web copy with its sponsor's label, calls to subscribe and capitals headings; and a
sponsor's copy never taken as a lead. Every input here is invented; each kind has a news story
beside it that must stay news."""
from __future__ import annotations

from generator.extract.summary import is_sponsored
from generator.readers import read_text
from generator.readers.genre import blog_markup, markup_reason
from generator.readers.genre_text import chapter_reason, furniture_reason, newsletter_signs, voice_reason

# A chapter as a paste site shows it: the number only in the page's title, then dialogue.
CHAPTER = [
    "The rain had not stopped for three days when Mara reached the ferry.",
    "“You are late,” Oren said. He leaned on the rail and grinned.",
    "“The road was flooded,” she muttered, shaking the water from her cloak.",
    "“Everything is flooded.” He shrugged. “Get in before the captain changes his mind.”",
    "She sighed and stepped onto the deck.",
    "“Where is the letter?” he whispered.",
    "“Safe.” Mara glanced at the crew. “Not here.”",
    "Oren nodded. The ferry groaned away from the pier.",
    "“They will search the boat at Kell,” he said.",
    "“Then we will not be on it at Kell.” She smiled for the first time that day.",
    "He laughed, too loudly, and a sailor stared at them.",
    "“Quiet,” she hissed. “Do you want the whole river to hear?”",
    "The lamps swung as the current caught the hull.",
    "“Tell me the plan,” Oren said at last.",
]

# A court report full of quoted paragraphs: dialogue-like, but reporters tell no gestures.
COURT = [
    "A jury in Fairhaven found a former city treasurer guilty of fraud on Tuesday, the court said.",
    "“The evidence was overwhelming,” prosecutor Lena Hart told reporters outside the courthouse.",
    "“We will appeal,” defence lawyer Sam Ortiz said.",
    "The treasurer, 58, moved $2.3 million of city funds into accounts he controlled, jurors heard.",
    "“He betrayed the people who trusted him,” Hart said.",
    "“This is a sad day for the city,” Mayor Ida Grant said in a statement.",
    "Sentencing is set for March 3.",
    "“The verdict speaks for itself,” the judge said.",
    "City officials said an audit found the losses in 2021.",
    "“We have changed our controls,” a council spokesman said.",
    "The treasurer resigned in 2022, according to city records.",
    "“I am disappointed,” Ortiz said after the verdict.",
    "The city hopes to recover some of the money, officials said.",
]


def test_a_pasted_chapter_with_its_number_in_the_title_is_fiction():
    assert chapter_reason("Ashes of the River King - Chapter 61", CHAPTER).startswith("a chapter of fiction")
    assert chapter_reason("Ashes of the River King Ch. 61", CHAPTER).startswith("a chapter of fiction")
    article = read_text("Ashes of the River King - Chapter 61\n\n" + "\n\n".join(CHAPTER), source="paste.txt")
    assert not article.news and "fiction" in article.warnings[-1]


def test_a_chapter_pasted_as_one_block_is_fiction_by_its_lines_of_dialogue():
    block = [" ".join(CHAPTER * 2)]                         # a paste site's page: no paragraph breaks
    assert chapter_reason("Ashes of the River King - Chapter 61", block).startswith("a chapter of fiction")
    assert chapter_reason("The ferry", block).startswith("a story told in dialogue")
    assert chapter_reason("Treasurer guilty", [" ".join(COURT * 2)]) is None


def test_a_story_told_in_dialogue_is_fiction_without_a_heading_but_a_court_report_is_news():
    assert chapter_reason("The ferry", CHAPTER).startswith("a story told in dialogue")
    assert chapter_reason("Treasurer guilty of fraud", COURT) is None
    assert chapter_reason("Harlow Mills files for Chapter 11", COURT + ["Its creditors met in court."]) is None
    assert read_text("Treasurer guilty of fraud\n\n" + "\n\n".join(COURT), source="court.txt").news


POST = [
    "When I started Brightwell ten years ago, the market for home batteries barely existed.",
    "Today the company serves two million households in eleven countries, and its batteries store more "
    "power each evening than a small city uses in a day.",
    "The next decade brings three changes for the company and its customers.",
    "First, the Brightwell platform opens to partners. Installers, utilities and software makers will be "
    "able to build on the same tools that run the company's own service.",
    "Second, the support team doubles in size over the coming year, with new centres in Leeds and Porto.",
    "Third, every battery sold from next spring comes with a fifteen-year warranty instead of ten.",
    "None of this would be possible without the engineers, installers and customers who took a chance "
    "on a small company with a big idea.",
    "I am proud of what this team has built, and we are only getting started.",
    "The next decade will be even more exciting than the last.",
]


def test_a_blog_post_in_the_first_person_is_not_news_when_its_markup_files_it_as_a_blog():
    assert voice_reason(POST) is None                      # under the bar of a page of unknown kind
    assert voice_reason(POST, blog=True).startswith("a blog post written as I, we or you")
    assert blog_markup(og_types=["article"], ld_types=[], url="https://brightwell.example/blog/next-decade")
    assert blog_markup(og_types=[], ld_types=["BlogPosting"])
    assert blog_markup(og_types=["article"], ld_types=[], url="https://blog.brightwell.example/next-decade")
    assert not blog_markup(og_types=["article"], ld_types=["NewsArticle", "BlogPosting"],
                           url="https://news.example/blog/x")
    assert not blog_markup(og_types=["article"], ld_types=[], url="https://news.example/2024/05/blog-of-the-year")


def _page(url: str, paragraphs: list[str], headline: str = "Our next decade") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{headline}</title><meta property='og:type' content='article'>"
            f"<meta property='og:url' content='{url}'><link rel='canonical' href='{url}'></head>"
            f"<body><article><h1>{headline}</h1>{body}</article></body></html>")


def test_a_ceo_blog_page_is_not_news_and_a_news_report_at_a_blog_address_stays_news():
    post = read_text(_page("https://brightwell.example/blog/our-next-decade", POST), source="b.html", format="html")
    assert not post.news and "a blog post" in post.warnings[-1]
    report = ["Brightwell, a home-energy firm, said on Monday it had crossed two million households.",
              "Chief executive Nia Cole told investors the company would double its support staff.",
              "Analysts said the plan would cost about $40 million a year, according to a filing.",
              "Shares rose 4 percent, the exchange reported."]
    story = read_text(_page("https://news.example/blog/brightwell-grows", report, "Brightwell grows"),
                      source="n.html", format="html")
    assert story.news


LETTER = [
    "Presented by Northgate Energy",
    "Good Thursday morning. Congress is back, and so are the fights over the budget.",
    "DRIVING THE DAY — The Senate votes at noon on the spending deal, two aides said.",
    "A message from Northgate Energy:",
    "Northgate Energy is powering American homes with cleaner fuel. Learn more about our work.",
    "SPOTTED: three governors at the same breakfast table on Capitol Hill.",
    "TRANSITIONS — Ana Ruiz is now chief of staff to Rep. Tom Hale.",
    "BIRTHDAYS: Former Sen. Joan Pike.",
    "Send tips to our team at tips@example.com.",
    "Subscribe to Capitol Brief to get it in your inbox every morning.",
]


def test_a_newsletter_with_its_sponsor_and_subscribe_calls_is_not_news():
    assert len(newsletter_signs(LETTER)) >= 4
    assert furniture_reason(LETTER).startswith("an email newsletter")
    article = read_text("Capitol Brief\n\n" + "\n\n".join(LETTER), source="letter.txt")
    assert not article.news
    # One piece of furniture in a story (a subscribe line) does not make it a newsletter.
    assert furniture_reason(COURT + ["Subscribe to our morning briefing."]) is None
    assert len(newsletter_signs(COURT + ["Subscribe to our morning briefing."])) == 1


def test_a_page_filed_under_newsletters_is_not_news():
    reason = markup_reason(og_types=["article"], ld_types=[], meta_names=set(),
                           url="https://press.example/newsletters/capitol-brief/2024/05/02/deal-day-000123")
    assert reason.startswith("an email newsletter")
    assert markup_reason(og_types=["article"], ld_types=[], meta_names=set(),
                         url="https://press.example/news/2024/05/02/newsletter-row-000123") is None


def test_a_sponsors_copy_is_never_a_lead_sentence():
    text = "\n".join(LETTER[:5])
    assert is_sponsored(text, text.index("Presented by"))
    assert is_sponsored(text, text.index("Northgate Energy is powering"))   # after a label ending in ':'
    assert not is_sponsored(text, text.index("Good Thursday"))
    assert not is_sponsored(text, text.index("DRIVING THE DAY"))
    lede = "Powered by strong sales, profit rose 10 percent.\nShares rose."
    assert not is_sponsored(lede, 0)                       # a sentence, not a label
    inline = "A MESSAGE FROM NORTHGATE: Northgate cares about your bills. It always has."
    assert is_sponsored(inline, inline.index("It always"))
