"""Whether a text reads as a report, from the text alone: the genres a web page saver meets beside
news (song lyrics, a clinical-trial registry record, a paper's abstract, a newsletter issue, an
email newsletter, a press release, a web-novel chapter, a blog post with its category list, a page
that is mostly menu labels, a product review, a post written to its reader) each have signs a news
story does not carry.

News reports what others did and said: it attributes ("said", "told", "according to") and speaks
of people in the third person. A blog post, a how-to, a review or an essay speaks as "I" or "we"
to "you" and attributes almost nothing. That contrast is :func:`voice_reason`; its two thresholds
were set on half of the mercury-html pages (the files whose name's SHA-1 is even) and checked on
the other half and on every news set of the research corpus (bbc, reuters21578, polnear-wire,
xsum: no story there is caught); the figures are in the README. Words inside quotation marks are
left out, so a report quoting someone's "I" and "you" stays a report.

No maintained library classifies genre offline (the genre classifiers on PyPI need a hub model
or a web service), hence these rules.
"""
from __future__ import annotations

import re

from generator.readers.genre_pages import error_page_reason, recipe_reason

# Quoted words are someone else's voice, not the writer's.
_QUOTED = re.compile(r'"[^"\n]{0,600}"|“[^”\n]{0,600}”')
_WORD = re.compile(r"\w+")
# Reporting verbs and attributions of English news (said, told, according to ...).
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according to|announced|reported|reports|stated|added|confirmed|"
    r"spokes(?:man|woman|person)|testified|declared|insisted|argued|warned|explained|wrote)\b", re.I)
# The writer's own statements ("I wrote", "we announced") are the writer's voice, not attribution.
_OWN_ATTRIBUTION = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:(?:have|had|also|just|recently|once|already)\s+)?(?:said|told|announced|reported|"
    r"stated|added|confirmed|wrote|explained|argued|declared|insisted|warned)\b")
_FIRST_SINGULAR = re.compile(r"\b(?:I|me|my|mine|myself)\b|\bI[’'](?:m|ve|d|ll)\b")
_FIRST_PLURAL = re.compile(r"\b(?:we|our|us|ours|ourselves)\b", re.I)
_SECOND = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.I)

# Per 1,000 words (outside quotation marks): a post in its own voice says "we" or "you" (an "I"
# counting half) at least this often, and attributes less often than this. Tuned on the even half
# of mercury-html; the most personal news story in the news sets scores 26 (a BBC game review).
VOICE_MIN_PERSONAL = 30.0
VOICE_MAX_ATTRIBUTION = 3.0
VOICE_MIN_WORDS = 40
# A page whose markup files it as a blog post (a company's or a CEO's blog: /blog/ in its address,
# JSON-LD BlogPosting) needs a third of that: a blog in the first person that attributes almost nothing
# is a post, not a report. A newsroom's blog reports and attributes (NPR's "The Two-Way" news blog:
# 27 attributions per 1,000 words), so it stays news.
VOICE_MIN_PERSONAL_BLOG = 10.0

# Section labels of song lyrics as lyrics sites print them: "[Verse 1]", "[Chorus]".
_LYRICS_LABEL = re.compile(r"\[(?:verse|chorus|pre-chorus|post-chorus|hook|bridge|intro|outro|refrain)\b[^\]]{0,40}\]", re.I)
LYRICS_MIN_LABELS = 2

# Fields of a clinical-trial registry record (ClinicalTrials.gov, the WHO ICTRP, EU CTR).
_REGISTRY_FIELDS = (
    r"\bTime Frame:", r"\bInclusion Criteria\b", r"\bExclusion Criteria\b", r"\bPrimary Outcome",
    r"\bSecondary Outcome", r"\bStudy Type\b", r"\bEstimated Enrollment\b", r"\bStudy Design\b",
    r"\bEligibility Criteria\b", r"\bNCT\d{8}\b", r"\bAges Eligible\b", r"\bSexes Eligible\b",
    r"\bEstimated (?:Study )?(?:Primary )?Completion Date\b",
)
REGISTRY_MIN_FIELDS = 2

# How a paper's abstract speaks: its authors as "we", reporting their own study.
_ABSTRACT_MOVES = re.compile(
    r"\bHere,? we\b|\bIn this (?:study|paper|work|article),? we\b|\bWe (?:show|report|find|found|observe|"
    r"propose|present|demonstrate|describe|perform(?:ed)?|identif(?:y|ied)|investigate(?:d)?)\b|"
    r"\bOur (?:results|findings|data|analysis|study) (?:show|demonstrate|suggest|indicate|reveal)", re.I)
ABSTRACT_MIN_MOVES = 2

# A numbered newsletter issue in the headline: "cron.weekly issue #130", "Issue No. 52".
_ISSUE = re.compile(r"\b(?:issue|edition|newsletter)\s*(?:#|no\.\s*|number\s+)\d+", re.I)

# A reviewer's own words about the review ("Our review was conducted on ...", "we tested").
_REVIEW_SIGNS = re.compile(
    r"\bour (?:review|test(?:ing)?|verdict|rating)\b|\bwe (?:tested|reviewed)\b|\bin our testing\b|"
    r"\b(?:Pros|Cons|Verdict|Bottom Line|Specs?|MSRP)\s*:", re.I)
REVIEW_MIN_SIGNS = 2

# What an email newsletter carries and a story never does: the mailing list's own furniture.
_EMAIL_SIGNS = re.compile(
    r"\bunsubscribe\b|\bview (?:this email|it|this newsletter|this message) (?:in|on) (?:your|a|the) (?:web )?browser\b|"
    r"\byou(?:'re| are|’re) receiving this (?:e-?mail|newsletter|message)\b|\bupdate (?:your )?(?:e-?mail )?preferences\b|"
    r"\bmanage (?:your )?(?:subscription|e-?mail preferences)\b|\bforward (?:this (?:e-?mail|newsletter) )?to a friend\b|"
    r"\bwas this (?:e-?mail|newsletter) forwarded to you\b|\badd us to your address book\b", re.I)
EMAIL_MIN_SIGNS = 2

# What an email newsletter's web copy carries beside its items (Playbook-style political and trade
# newsletters): each kind counted once, as a story may carry one of them as page furniture.
_NEWSLETTER_SIGNS = {
    "a sponsor's label": re.compile(
        r"^\s*(?:presented|sponsored|brought to you|underwritten) by\s+[A-Z][^.!?\n]{0,60}$"
        r"|^\s*a (?:message|word) from\s+(?:our\s+)?[A-Z][^\n]{0,60}:", re.I | re.M),
    "a call to subscribe": re.compile(
        r"\bsubscribe (?:to|here|now|today)\b|\bsign up (?:here|now|today|for (?:this|the|our|[A-Z]\w+))\b"
        r"|\b(?:was|is) this (?:e-?mail|newsletter) forwarded\b|\bforwarded this (?:e-?mail|newsletter)\b"
        r"|\bget (?:this|the) newsletter\b|^\s*subscribe\s*$", re.I | re.M),
    "a request for tips": re.compile(
        r"\bsend (?:us |me )?(?:your |any )?(?:news )?tips\b|\btips? (?:line|to|@)\b|\breply to this (?:e-?mail|newsletter)\b"
        r"|\bdrop (?:us|me) a (?:line|note)\b|\bemail (?:us|me) at\b", re.I),
    "a greeting to its readers": re.compile(
        r"^\s*(?:good (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day )?(?:morning|afternoon|evening)"
        r"|welcome (?:back )?to (?:the |this |today's )?[A-Z]\w*|happy (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
        re.I | re.M),
    "words of a newsletter issue": re.compile(
        r"\b(?:today's|this week's|this morning's|tonight's|in this) (?:edition|newsletter|issue)\b"
        r"|\bthis newsletter\b|\bin today's (?:newsletter|email)\b", re.I),
}
NEWSLETTER_MIN_SIGNS = 3
# Many short items under short headings in capitals ("TRANSITIONS —", "SPOTTED:", "BIRTHDAYS").
_CAPITALS_LEAD = re.compile(r"^\s*[A-Z][A-Z0-9&'’ ]{3,40}(?:\s*[:—–-]\s|\s*$)")
NEWSLETTER_MIN_CAPITALS_LEADS = 4

# The parts of a press release (a company's own announcement, not a report of it): the wire's
# dateline tag, the boilerplate "About <Company>" section, the contacts, the end mark "###".
_PRESS_SIGNS = re.compile(
    r"/\s*PRNewswire\s*/|/\s*(?:Business Wire|GLOBE NEWSWIRE|PRNewswire-FirstCall|Marketwired)\s*/|"
    r"^\s*(?:Media|Press|Investor|PR) (?:Contacts?|Inquiries|Relations)\s*:?\s*$|^\s*(?:Media|Press) (?:Contacts?)\s*:|"
    r"^\s*#{3}\s*$|^\s*-?\s*30\s*-\s*$|^\s*Forward[- ]Looking Statements?\s*$|^\s*SOURCE:? [A-Z][\w&.,' -]{1,60}$|"
    r"^\s*About [A-Z][\w&.,' -]{1,60}\s*$", re.M)
PRESS_MIN_SIGNS = 2

# A chapter's number: "12", "xii", "Twelve".
_CHAPTER_NUMBER = r"(?:\d{1,4}|[ivxlc]{1,7}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
# A chapter of fiction as web-novel and fan-fiction sites print it: a chapter heading, the
# chapter links, the translator's notes. "Chapter 11" followed by bankruptcy words is news.
_CHAPTER_HEADING = re.compile(
    r"^\s*(?:chapter|ch\.)\s*" + _CHAPTER_NUMBER
    + r"(?![^\n]{0,40}\b(?:bankruptcy|protection|filing|reorgani[sz]ation|petition|code|law))", re.I | re.M)
_CHAPTER_SIGNS = re.compile(
    r"\b(?:previous|next|prev) chapter\b|\btable of contents\b|^\s*(?:translator|editor|proofreader|TL|ED)\s*:|"
    r"\b(?:TL|T/N|A/N|Author's) ?notes?\s*:|^\s*(?:end of|to be continued)\b", re.I | re.M)
# Dialogue paragraphs (opening with a quotation mark, after a paste site's list dash) in a chapter of fiction.
_DIALOGUE = re.compile(r'^\s*(?:[-•*]\s+)?["“‘]')
CHAPTER_DIALOGUE_SHARE = 0.25
# A chapter's number in a page's title: "Chapter 12", "Ch. 3", "Vol. 2 Chapter 5", "Chapter Twelve".
_CHAPTER_IN_TITLE = re.compile(r"\b(?:chapter|ch\.?)\s*" + _CHAPTER_NUMBER, re.I)
_BANKRUPTCY = re.compile(r"\bbankrupt|\bcreditors?\b|\breorgani[sz]ation\b|\bChapter (?:7|9|11|13|15) (?:protection|filing|petition|case)", re.I)
# What characters do between their lines, outside quotation marks; a news report rarely tells it.
_GESTURES = re.compile(
    r"\b(?:nodded|sighed|grinned|smirked|shrugged|frowned|chuckled|giggled|muttered|murmured|whispered|"
    r"gasped|glared|blinked|winced|snorted|scoffed|mumbled|stammered|blushed|smiled|grimaced|growled|"
    r"hissed|yelled|shouted|exclaimed|retorted|snapped|gulped|stared|glanced|laughed)\b", re.I)
FICTION_DIALOGUE_SHARE = 0.3
FICTION_MIN_GESTURES = 5.0
# Lines of dialogue (quotations) that make a text a chapter, however it is cut into paragraphs, with
# gestures between them (half the bar with a chapter heading): news stories quoted 20 to 79 times in
# the news sets tell at most 0.8 gestures per 1,000 words.
FICTION_MIN_LINES = 20
# A character's line asks, exclaims or trails off ("What about the second?", "I haven't answered yet...");
# a reporter quotes statements: in the news sets' stories quoted 15 times or more, at most 27% of the
# quotations do (0.21 with 20 or more). With this share, half the gestures are enough.
_SPOKEN = re.compile(r"[?!…]|\.\.\.")
FICTION_SPOKEN_SHARE = 0.4

# An advice post or how-to essay (self-help, careers, relationships): it tells its reader what to do
# ("you", "your") under numbered headings ("2. Compliment Appearance When It's Needed") or after "Here are
# three ways to ...". News lists ("Things to know for today") number their items but speak of others:
# in the news sets no story says "you" 20 times per 1,000 words with either sign; a story quoting
# experts attributes more than ADVICE_MAX_ATTRIBUTION (an advice post citing one author: 5 per 1,000).
_NUMBERED_HEADING = re.compile(r"^\s*(?:\d{1,2}[.)]|#\d{1,2}:?|Step \d{1,2}:?)\s+[A-Z][^.!?\n]{2,90}[.!?:]?\s*$")
_HERE_ARE = re.compile(
    r"\b(?:here are|here[’']s|these are)\s+(?:(?:some|a few|the|my)\s+)?(?:\d{1,2}|two|three|four|five|six|"
    r"seven|eight|nine|ten|several)?\s*(?:\w+\s+)?(?:ways|tips|things|steps|rules|lessons|habits|strategies|"
    r"tricks)\s+(?:to|for|that|you)\b", re.I)
# A list post's headline: "Here Are 6 Can't-Miss Gadgets ...", "The 10 Best Budget Phones", "7 Best
# Laptops for Students". A news headline counts events or people ("Five killed in ...", "Here are the
# candidates") but does not promise the reader the N best or "here are N" things; with the advice
# rule's "you" and little attribution it marks a buying guide or a list of tips.
_LIST_HEADLINE = re.compile(
    r"^\s*(?:here are|here[’']s|these are)\s+(?:the\s+|our\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|fifteen|twenty)\b|^\s*(?:the\s+|our\s+)?(?:\d{1,2}|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:best|top|must-have|can[’']t-miss|essential)\b", re.I)
ADVICE_MIN_SECOND = 20.0
ADVICE_MIN_HEADINGS = 3
ADVICE_MAX_ATTRIBUTION = 8.0

# A blog's category or archive widget: "- Digital Transformation (37)", "- November 2016 (12)".
_CATEGORY_LINE = re.compile(r"^\s*[-•*]?\s*[A-Z][\w&',./ -]{1,50}\s\(\d{1,5}\)\s*$")
CATEGORY_MIN_LINES = 5

# A page that is mostly menu labels: short lines of words without figures or a sentence's end.
_MENU_LINE = re.compile(r"^\s*[-•*|]?\s*[^\d.!?:;]{1,40}$")
MENU_MIN_LINES = 12
MENU_MIN_SHARE = 0.5


def voice_counts(paragraphs: list[str]) -> tuple[float, float, int]:
    """(personal pronouns, attributions) per 1,000 words, and the words outside quotation marks.

    Personal pronouns ("we", "you"; "I" counting half) are counted outside quotation marks, attributions
    in the whole text, but for the writer's own ("I wrote", "we announced")."""
    text = "\n".join(paragraphs)
    outside = _QUOTED.sub(" ", text)
    words = len(_WORD.findall(outside))
    if not words:
        return 0.0, 0.0, 0
    # "I" weighs half: a reporter's first-person column still reports; "we" and "you" address a reader.
    personal = (0.5 * len(_FIRST_SINGULAR.findall(outside)) + len(_FIRST_PLURAL.findall(outside))
                + len(_SECOND.findall(outside)))
    attributions = max(0, len(_ATTRIBUTION.findall(text)) - len(_OWN_ATTRIBUTION.findall(text)))
    return 1000 * personal / words, 1000 * attributions / max(1, len(_WORD.findall(text))), words


def voice_reason(paragraphs: list[str], counts: tuple[float, float, int] | None = None, *,
                 blog: bool = False) -> str | None:
    """Why ``paragraphs`` read as a post in the writer's own voice (a blog, an essay, a how-to), or None.
    ``counts``: their :func:`voice_counts`, when the caller has them; ``blog``: the page's markup files
    it as a blog post (the bar is then :data:`VOICE_MIN_PERSONAL_BLOG`)."""
    personal, attribution, words = counts or voice_counts(paragraphs)
    bar = VOICE_MIN_PERSONAL_BLOG if blog else VOICE_MIN_PERSONAL
    if words >= VOICE_MIN_WORDS and personal >= bar and attribution < VOICE_MAX_ATTRIBUTION:
        return (("a blog post " if blog else "") + f"written as I, we or you ({personal:.0f} per 1,000 words) "
                f"with almost no attribution ({attribution:.1f} per 1,000)")
    return None


def advice_reason(paragraphs: list[str], attribution: float, headline: str | None = None) -> str | None:
    """Why ``paragraphs`` read as an advice post, a how-to essay or a buying guide, or None: "you" and
    "your" at least :data:`ADVICE_MIN_SECOND` per 1,000 words outside quotation marks, with numbered
    headings, a "Here are three ways to ..." or a list post's ``headline`` ("Here Are 6 Can't-Miss
    Gadgets"), and attribution (per 1,000 words) under :data:`ADVICE_MAX_ATTRIBUTION`."""
    if attribution >= ADVICE_MAX_ATTRIBUTION:
        return None
    outside = _QUOTED.sub(" ", "\n".join(paragraphs))
    words = len(_WORD.findall(outside))
    if words < VOICE_MIN_WORDS or 1000 * len(_SECOND.findall(outside)) / words < ADVICE_MIN_SECOND:
        return None
    headings = sum(1 for p in paragraphs if _NUMBERED_HEADING.match(p))
    if headings >= ADVICE_MIN_HEADINGS:
        return f"an advice post (addressed to 'you', under {headings} numbered headings)"
    if _HERE_ARE.search(outside):
        return "an advice post (addressed to 'you': 'here are ... ways to')"
    if headline and _LIST_HEADLINE.search(headline):
        return "a list post or buying guide (addressed to 'you', under a 'here are N' or 'N best' headline)"
    return None


def chapter_reason(headline: str | None, paragraphs: list[str]) -> str | None:
    """Why a text is a chapter of fiction (a web novel, fan fiction), or None.

    A chapter heading (in the headline, "My Novel - Chapter 12", or a line of its own among the first
    five) with chapter links or translator's notes, or with dialogue in at least a quarter of its
    paragraphs; or, with no heading (a paste site's page), a story told in dialogue: at least
    :data:`FICTION_DIALOGUE_SHARE` of its paragraphs dialogue and characters' gestures ("she
    nodded", "he sighed") at least :data:`FICTION_MIN_GESTURES` per 1,000 words, or half that when
    :data:`FICTION_MIN_LINES` lines or more are dialogue and at least :data:`FICTION_SPOKEN_SHARE` of
    them ask, exclaim or trail off, as characters talk and officials quoted in news do not. A text about a
    bankruptcy ("Chapter 11") is news."""
    text = "\n".join(paragraphs)
    if _BANKRUPTCY.search(text) or (headline and _BANKRUPTCY.search(headline)):
        return None
    heading = bool(headline and _CHAPTER_IN_TITLE.search(headline)) or any(
        _CHAPTER_HEADING.match(line) for line in paragraphs[:5])
    dialogue = sum(1 for p in paragraphs if _DIALOGUE.match(p)) / max(1, len(paragraphs))
    if heading and _CHAPTER_SIGNS.search(text):
        return "a chapter of fiction (a chapter heading and chapter links)"
    if heading and len(paragraphs) >= 8 and dialogue >= CHAPTER_DIALOGUE_SHARE:
        return f"a chapter of fiction (a chapter heading, {dialogue:.0%} of its paragraphs dialogue)"
    # A paste site may give the whole chapter as one block: then its lines of dialogue are counted.
    lines = len(_QUOTED.findall(text))
    words = len(_WORD.findall(text))
    gestures = len(_GESTURES.findall(_QUOTED.sub(" ", text)))
    if heading and lines >= FICTION_MIN_LINES and words and 1000 * gestures / words >= FICTION_MIN_GESTURES / 2:
        return f"a chapter of fiction (a chapter heading, {lines} lines of dialogue)"
    told = (len(paragraphs) >= 12 and dialogue >= FICTION_DIALOGUE_SHARE) or lines >= FICTION_MIN_LINES
    spoken = sum(1 for q in _QUOTED.findall(text) if _SPOKEN.search(q)) / max(1, lines)
    bar = FICTION_MIN_GESTURES / 2 if lines >= FICTION_MIN_LINES and spoken >= FICTION_SPOKEN_SHARE else FICTION_MIN_GESTURES
    if told and words and 1000 * gestures / words >= bar:
        return (f"a story told in dialogue ({lines} lines of dialogue, "
                f"{1000 * gestures / words:.0f} gestures per 1,000 words"
                + (f", {spoken:.0%} of its lines asking or exclaiming)" if bar < FICTION_MIN_GESTURES else ")"))
    return None


def newsletter_signs(paragraphs: list[str]) -> list[str]:
    """The kinds of newsletter furniture in ``paragraphs`` (:data:`_NEWSLETTER_SIGNS`, and many items
    led by capitals headings), each once."""
    text = "\n".join(paragraphs)
    found = [name for name, pattern in _NEWSLETTER_SIGNS.items() if pattern.search(text)]
    if sum(1 for p in paragraphs if _CAPITALS_LEAD.match(p)) >= NEWSLETTER_MIN_CAPITALS_LEADS:
        found.append("items under capitals headings")
    return found


# A list and nothing else: a shopping list, a to-do list, notes ("- 2 pints milk", "- eggs (12)"). Its
# paragraphs open with a list mark and hold at least LIST_MIN_ITEMS items, and no sentence of running
# text stands anywhere (LIST_MAX_SENTENCES: a factbox or a news list writes each item as a sentence).
_LIST_MARK = re.compile(r"^\s*(?:[-•*–]|\d{1,2}[.)])\s+\S")
_ITEM_BREAK = re.compile(r"\s[-•*–]\s+(?=\S)")
_RUNNING_SENTENCE = re.compile(r"(?:^|[.!?][\"'”’)]*\s+)((?:[^\s.!?]+\s+){7,}[^\s.!?]+[.!?])")
LIST_MIN_ITEMS = 5
LIST_MAX_SENTENCES = 1


def _list_items(paragraph: str) -> int:
    """Items in a paragraph of a list: it opens with a list mark, or with a short label of at most
    four words before its first mark ("Shopping list - 2 pints milk - eggs"); 0 when it is no list."""
    if _LIST_MARK.match(paragraph):
        return 1 + len(_ITEM_BREAK.findall(paragraph))
    parts = _ITEM_BREAK.split(paragraph)
    if len(parts) >= 3 and len(parts[0].split()) <= 4 and not re.search(r"[.!?]$", parts[0]):
        return len(parts) - 1
    return 0


def list_reason(paragraphs: list[str]) -> str | None:
    """Why a text is a bare list (a shopping list, notes) rather than a report, or None: every
    paragraph is a list's (:func:`_list_items`), the items number at least :data:`LIST_MIN_ITEMS`,
    and at most :data:`LIST_MAX_SENTENCES` sentence of eight or more words stands in the whole text."""
    counts = [_list_items(p) for p in paragraphs]
    if not counts or not all(counts):
        return None
    items = sum(counts)
    sentences = sum(len(_RUNNING_SENTENCE.findall(p)) for p in paragraphs)
    if items >= LIST_MIN_ITEMS and sentences <= LIST_MAX_SENTENCES:
        return f"a list ({items} items and no running text)"
    return None


def furniture_reason(paragraphs: list[str]) -> str | None:
    """Why a text is an email newsletter, a press release, a blog post (its category list came
    with it) or mostly menu labels, or None."""
    text = "\n".join(paragraphs)
    email = len(_EMAIL_SIGNS.findall(text))
    if email >= EMAIL_MIN_SIGNS:
        return f"an email newsletter ({email} signs of a mailing list: unsubscribe, view in browser ...)"
    signs = newsletter_signs(paragraphs)
    if len(signs) >= NEWSLETTER_MIN_SIGNS:
        return f"an email newsletter ({len(signs)} of its signs: {', '.join(signs)})"
    press = len(_PRESS_SIGNS.findall(text))
    if press >= PRESS_MIN_SIGNS:
        return f"a press release ({press} of its parts: a newswire tag, 'About ...', contacts, '###')"
    categories = sum(1 for p in paragraphs if _CATEGORY_LINE.match(p))
    if categories >= CATEGORY_MIN_LINES:
        return f"a blog post (its category list of {categories} entries came with it)"
    menu = [p for p in paragraphs if _MENU_LINE.match(p)]
    words = len(_WORD.findall(text))
    if len(menu) >= MENU_MIN_LINES and words and len(_WORD.findall("\n".join(menu))) / words >= MENU_MIN_SHARE:
        return f"mostly navigation ({len(menu)} of {len(paragraphs)} paragraphs are menu labels)"
    return None


def text_genre_reason(headline: str | None, paragraphs: list[str], *, blog: bool = False) -> str | None:
    """Why a text is an error page, a recipe, song lyrics, a trial registry record, an abstract, a
    newsletter issue, an email newsletter, a press release, a chapter of fiction, a blog post, mostly
    navigation, a bare list or a review rather than news, or None. Each sign is one a news story does
    not carry."""
    text = "\n".join(paragraphs)
    found = (error_page_reason(headline, paragraphs) or recipe_reason(paragraphs)
             or chapter_reason(headline, paragraphs) or furniture_reason(paragraphs) or list_reason(paragraphs))
    if found:
        return found
    if len(_LYRICS_LABEL.findall(text)) >= LYRICS_MIN_LABELS:
        return "song lyrics (verse and chorus labels)"
    fields = sum(1 for field in _REGISTRY_FIELDS if re.search(field, text))
    if fields >= REGISTRY_MIN_FIELDS:
        return f"a clinical-trial registry record ({fields} registry fields)"
    counts = voice_counts(paragraphs)
    attribution = counts[1]
    moves = len(_ABSTRACT_MOVES.findall(text))
    if moves >= ABSTRACT_MIN_MOVES and attribution < VOICE_MAX_ATTRIBUTION:
        return "a research paper's abstract (its authors report their own study)"
    if headline and _ISSUE.search(headline):
        return "a numbered newsletter issue"
    if len(_REVIEW_SIGNS.findall(text)) >= REVIEW_MIN_SIGNS and attribution < VOICE_MAX_ATTRIBUTION:
        return "a product review in the reviewer's own words"
    return voice_reason(paragraphs, counts, blog=blog) or advice_reason(paragraphs, attribution, headline)
