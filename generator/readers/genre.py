"""Whether a text reads as news: shopping and deals lists and code READMEs do not.

Such pages have no reporting to extract: a deals list is product names and prices (one such page
gave 295 "entities"), a README is headings and commands. Their metadata and a lead summary are
still shown. The signs are the ones these genres cannot do without, so that a news story about
prices or software is never taken for one: a deals list gives a price in most of its paragraphs
and uses the words of a shop ("list price", "20% off", "free shipping"); a README is named so, or
has the section headings a README has ("Installation", "Usage", "License") beside code blocks, or
is a code host's rendered README. A saved page's own markup may say what it is: a song, a video,
a product, a paper (:func:`markup_reason`). The signs in the text of lyrics, registry records,
abstracts, newsletters, reviews and posts in the writer's own voice are in ``genre_text``. No
maintained library classifies genre offline, hence the rules.
"""
from __future__ import annotations

import re

# A price as shops and deals posts write it: "$39.99", "£12", "€1,299.00".
_PRICE = re.compile(r"(?:US\$|[$£€¥₹])\s?\d[\d,]*(?:\.\d{2})?\b")
# Words of a shop, not of a report about prices.
_SHOP_WORDS = re.compile(
    r"\blist price\b|\b\d{1,2}\s?(?:%|percent)\s+off\b|\bcoupons?\b|\bpromo codes?\b|\bfree shipping\b"
    r"|\badd to (?:cart|basket)\b|\bon sale\b|\bdiscount(?:ed)?\b|\b(?:was|now|only|just|originally)\s+[$£€]"
    r"|\bdeals? of the day\b|\bbest deals?\b|\b(?:amazon|walmart|target|best buy) deals?\b|\bbuy (?:it )?now\b"
    r"|\bin stock\b|\bprime day\b|\bblack friday\b|\bcyber monday\b",
    re.I,
)
DEALS_MIN_PRICES = 8
DEALS_PRICE_SHARE = 0.4
DEALS_MIN_SHOP_WORDS = 2

# Section headings of a software README (GitHub's and the Standard Readme spec's usual sections).
README_HEADINGS = frozenset({
    "installation", "install", "installing", "usage", "getting started", "quick start", "quickstart",
    "requirements", "prerequisites", "dependencies", "license", "licence", "contributing", "build",
    "building", "development", "features", "examples", "example", "api", "api reference", "configuration",
    "setup", "documentation", "tests", "testing", "running tests", "changelog", "roadmap", "faq",
    "troubleshooting", "acknowledgements", "acknowledgments", "table of contents", "how to use",
    "how to build", "how to install", "compiling", "download", "downloads", "support",
})
_README_NAME = re.compile(r"^readme(?:[._-]|$)", re.I)
_CODE_HOSTS = frozenset({"github", "gitlab", "bitbucket", "codeberg", "sourceforge", "gitee", "sourcehut"})


def _heading_key(heading: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", heading.casefold()).split())


def deals_reason(paragraphs: list[str]) -> str | None:
    """Why ``paragraphs`` read as a shopping or deals list, or None when they do not."""
    if not paragraphs:
        return None
    priced = sum(1 for p in paragraphs if _PRICE.search(p))
    prices = sum(len(_PRICE.findall(p)) for p in paragraphs)
    shop = sum(len(_SHOP_WORDS.findall(p)) for p in paragraphs)
    if prices >= DEALS_MIN_PRICES and priced / len(paragraphs) >= DEALS_PRICE_SHARE and shop >= DEALS_MIN_SHOP_WORDS:
        return f"a shopping list: {prices} prices in {priced} of {len(paragraphs)} paragraphs"
    return None


def readme_reason(*, source: str, headings: list[str], code_blocks: int, code_host: bool = False) -> str | None:
    """Why a text reads as a software README, or None.

    Args:
        source: the file's name; a README is named so.
        headings: the text's section headings.
        code_blocks: how many code blocks (fenced in Markdown, ``<pre>`` in HTML) it holds.
        code_host: the page is a code host's (GitHub, GitLab ...) rendering of a README.
    """
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    if _README_NAME.match(name):
        return "a README file"
    sections = {_heading_key(h) for h in headings} & README_HEADINGS
    if code_host:
        return "a code repository's page"
    if len(sections) >= 3 or (len(sections) >= 2 and code_blocks >= 1):
        return f"a software README (sections {', '.join(sorted(sections))})"
    return None


def is_code_host(site_names: set[str]) -> bool:
    """Whether any of a page's site names (og:site_name, publisher, domain) is a code host's."""
    return any(word in _CODE_HOSTS for name in site_names for word in re.findall(r"[a-z]+", name.casefold()))


# schema.org types (JSON-LD "@type") of pages that are not news; a page that also declares a news
# type ("NewsArticle", "ReportageNewsArticle" ...) is news whatever else it holds.
NOT_NEWS_TYPES = {
    "scholarlyarticle": "a research paper", "medicalscholarlyarticle": "a research paper",
    "medicalstudy": "a medical study record", "medicaltrial": "a medical trial record",
    "review": "a review", "product": "a product page", "recipe": "a recipe",
    "musicrecording": "a song", "musiccomposition": "a song", "musicalbum": "an album page",
    "softwaresourcecode": "source code", "softwareapplication": "a software page",
    "qapage": "a question-and-answer page", "discussionforumposting": "a forum post",
    "jobposting": "a job advertisement", "course": "a course page", "dataset": "a data set page",
}
# Open Graph types (og:type) of pages that are not news: "music.song", "video.other", "product" ...
_OG_NOT_NEWS = re.compile(r"^(?:music|video|book|product|profile|books|fitness|restaurant|game)(?:[.:]|$)", re.I)
# Highwire Press tags that journals and preprint servers put on papers (Google Scholar reads them).
SCHOLARLY_META = ("citation_title", "citation_doi", "citation_journal_title", "citation_pdf_url")


def declares_news(ld_types: list[str]) -> bool:
    """Whether a page's JSON-LD types include a news article ("NewsArticle", "ReportageNewsArticle" ...)."""
    return any(t.casefold().endswith("newsarticle") for t in ld_types)


# Meta tags in which publishers file a page under a section or a content type ("review", "Reviews").
SECTION_META = ("content-type", "article:section", "parsely-section", "section", "article:content_type",
                "parsely-type", "page-type", "pagetype")
# A section or content type of critical reviews ("review", "Reviews", "album-reviews", "gear-reviews").
_REVIEW_SECTION = re.compile(r"^(?:[\w]+[-_ ])?reviews?$", re.I)


def review_section_reason(sections: list[str], url: str | None) -> str | None:
    """Why a page is filed under critical reviews (a record, a film, a product), or None.

    The publisher says so in a section or content-type meta tag ("review", "Reviews") or in the
    folders of the page's address before its own name ("/reviews/albums/<slug>/",
    "/gear-reviews/<slug>"); the page's own name (its slug) never counts: "police-review-finds"
    is a story's name."""
    for section in sections:
        if _REVIEW_SECTION.match(section.strip()):
            return f"a review (its markup files it under {section.strip()!r})"
    if url:
        path = re.sub(r"^[a-z][\w+.-]*://[^/]+", "", url.strip(), flags=re.I).split("?", 1)[0].split("#", 1)[0]
        folders = [part for part in path.split("/") if part][:-1]
        for folder in folders:
            if _REVIEW_SECTION.match(folder):
                return f"a review (its address files it under /{folder}/)"
    return None


# JSON-LD and Open Graph types of a blog post.
_BLOG_TYPES = frozenset({"blogposting", "blog", "liveblogposting"})
_BLOG_FOLDER = re.compile(r"^(?:[\w]+[-_])?blogs?$", re.I)
_NEWSLETTER_FOLDER = re.compile(r"^(?:[\w]+[-_])?(?:newsletters?|e-?mails?)$", re.I)


def _address(url: str | None) -> tuple[str, list[str]]:
    """(host, folders before the page's own name) of an address; ("", []) for none."""
    if not url:
        return "", []
    m = re.match(r"^[a-z][\w+.-]*://([^/?#]+)(.*)$", url.strip(), flags=re.I)
    host, path = (m.group(1), m.group(2)) if m else ("", url.strip())
    path = path.split("?", 1)[0].split("#", 1)[0]
    return host.casefold(), [part for part in path.split("/") if part][:-1]


def blog_markup(*, og_types: list[str], ld_types: list[str], sections: list[str] = (),
                url: str | None = None) -> bool:
    """Whether a page's markup files it as a blog post: JSON-LD ``BlogPosting``, ``og:type`` blog, a
    section "Blog", a "blog." host or a /blog/ folder in its address ("example.com/blog/our-year").
    Never when it also declares a news article (``NewsArticle``: a newsroom's live blog is news)."""
    if declares_news(ld_types) or any(t.casefold() == "liveblogposting" for t in ld_types):
        return False
    if any(t.casefold() in _BLOG_TYPES for t in list(ld_types) + [o.strip() for o in og_types]):
        return True
    if any(_BLOG_FOLDER.match(section.strip()) for section in sections):
        return True
    host, folders = _address(url)
    return host.startswith(("blog.", "blogs.")) or any(_BLOG_FOLDER.match(folder) for folder in folders)


def newsletter_section_reason(sections: list[str], url: str | None) -> str | None:
    """Why a page is an issue of an email newsletter by its publisher's filing: a section meta tag
    "Newsletter(s)" or a /newsletters/ folder in its address (the web copy of a mailing)."""
    for section in sections:
        if _NEWSLETTER_FOLDER.match(section.strip()):
            return f"an email newsletter (its markup files it under {section.strip()!r})"
    for folder in _address(url)[1]:
        if _NEWSLETTER_FOLDER.match(folder):
            return f"an email newsletter (its address files it under /{folder}/)"
    return None


def markup_reason(*, og_types: list[str], ld_types: list[str], meta_names: set[str],
                  sections: list[str] = (), url: str | None = None) -> str | None:
    """Why a saved page's own markup says it is not news, or None.

    Args:
        og_types: its ``og:type`` values ("article", "music.song").
        ld_types: the ``@type`` of each JSON-LD object on the page.
        meta_names: the names of its meta tags, lower case ("citation_doi").
        sections: the values of its section and content-type meta tags (:data:`SECTION_META`).
        url: its own address (canonical or ``og:url``), when stated.
    """
    if declares_news(ld_types):
        return None
    for og in og_types:
        if _OG_NOT_NEWS.match(og.strip()):
            return f"its markup says og:type {og.strip()}"
    for kind in ld_types:
        if kind.casefold() in NOT_NEWS_TYPES:
            return f"its markup says it is {NOT_NEWS_TYPES[kind.casefold()]} ({kind})"
    if sum(1 for name in SCHOLARLY_META if name in meta_names) >= 2:
        return "a research paper (citation_* tags in its markup)"
    return review_section_reason(list(sections), url) or newsletter_section_reason(list(sections), url)
