"""Word lists and patterns the key-number extractor reads: labels, units, verbs, nouns."""
from __future__ import annotations

import re
from functools import lru_cache


_LABELS = {"CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
_BASE_WEIGHT = {"MONEY": 3.0, "PERCENT": 3.0, "QUANTITY": 2.0, "CARDINAL": 1.0, "ORDINAL": 1.0,
                "DATE": 1.0}
# "10-month-old", "two-year", "46-mile": a number fused to a unit, used as an adjective.
_HYPHEN_ADJ = re.compile(r"^[\w.,]+-(?:[a-z]+-)*[a-z]+$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_PHONE = re.compile(r"\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}|\+\d[\d -]{7,}")
_PAGE_WORDS = {"page", "pages", "p.", "pp.", "chapter", "no.", "number", "#", "section", "article",
               "item", "figure", "fig.", "photo", "part", "vol.", "volume", "episode", "issue",
               "line", "rule", "paragraph", "clause"}
_PEOPLE = {"people", "person", "civilian", "child", "children", "soldier", "troop", "worker",
           "employee", "resident", "patient", "victim", "death", "casualty", "hostage", "prisoner",
           "student", "refugee", "migrant", "voter", "member", "fan", "passenger", "job", "case",
           "home", "household", "family", "adult", "man", "men", "woman", "women", "officer",
           "user", "customer", "protester", "fighter", "militant", "staff", "toll", "injury",
           "infection", "pupil", "teacher", "citizen", "inmate", "survivor", "body", "life", "lives"}
_HARM_VERBS = {"kill", "die", "injure", "wound", "arrest", "evacuate", "displace", "detain",
               "rescue", "hurt", "infect", "abduct", "hold", "employ", "hire", "lay", "cut", "lose",
               "murder", "shoot", "stab", "kidnap", "execute", "behead", "drown", "hospitalise",
               "hospitalize", "strand", "trap"}
# Verbs that report where a figure stands: the figure then describes their subject.
_LEVEL_VERBS = {"be", "rise", "fall", "climb", "grow", "increase", "drop", "reach", "total", "exceed",
                "top", "hit", "surpass", "stand", "jump", "soar", "decline", "double", "pass",
                "surge", "slip", "plunge", "dip", "edge", "near", "amount", "number", "swell",
                "shrink", "tumble", "gain", "mount", "remain", "become", "approach"}
# where lemminflect's first form is not the one news copy writes ("costs borne", "votes got")
_PARTICIPLE_USAGE = {"bear": "borne", "get": "got", "quit": "quit"}


@lru_cache(maxsize=8192)
def past_participle(lemma: str) -> str:
    """The past participle of a verb's lemma: kill -> killed, pay -> paid, open -> opened, stop ->
    stopped, refer -> referred, rise -> risen. From lemminflect's English inflection tables (a
    maintained library; the hand rules this replaces doubled the consonant of every short verb:
    "openned"); the regular "-ed" form for a verb the tables do not know."""
    if lemma in _PARTICIPLE_USAGE:
        return _PARTICIPLE_USAGE[lemma]
    from lemminflect import getInflection

    forms = getInflection(lemma, tag="VBN")
    if forms:
        return forms[0]
    return lemma + "d" if lemma.endswith("e") else lemma + "ed"
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
          "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
          "eighty": 80, "ninety": 90, "a": 1, "an": 1, "zero": 0}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
             "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
             "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
             "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100}
# Indian English counts in lakhs (100,000) and crores (10 million): "Rs 5 lakh", "1.2 lakh crore".
_SCALES = {"hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
           "mln": 1e6, "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
           "dozen": 12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
# Digits with their separators ("1,234.5", "1.234.567", "12,50,000"), then at most two scale words.
_NUMERAL = re.compile(r"(\d[\d,.]*\d|\d|\.\d+)((?:\s*(?:hundred|thousand|million|billion|trillion|"
                      r"dozen|lakhs?|crores?|mln|bln|bn|mn|tn|m|k|b)(?![A-Za-z])){0,2})", re.IGNORECASE)
# Scale words of other languages: after one of them the numeral alone is not the figure's value
# ("12 Milliarden Euro" is 12 billion, "20 mil" 20 thousand), so the value is left unknown.
_FOREIGN_SCALES = frozenset("""
milliarde milliarden mrd mrd. millionen mio mio. millones millón millon mil milliard milliards
miliardi miliardo milioni milione miljoen miljoenen miljard miljarden miljarder miljoner miljoonaa
miljardia tys tys. tysięcy tysiące mln. mld mld. тыс тыс. тысяч тысячи млн млн. млрд млрд. миллион
миллиона миллионов миллиард миллиарда миллиардов milyon milyar
""".split())
_TIME = re.compile(r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|GMT|BST|ET|EST)?", re.IGNORECASE)
_PLACE_PREPS = {"to", "in", "of", "for", "from", "into", "across", "at", "on"}
_CURRENCY = {"£", "$", "€", "¥", "US$", "A$", "C$", "HK$", "₹", "Rs", "Rs."}
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
              "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
# Words after a figure that say what unit it is in, not what it counts: "5.5 pct", "100 mln U.S. dlrs".
_PERCENT_UNITS = {"pct", "percent", "per", "cent", "percentage", "point", "points"}
_MONEY_UNITS = {"dlr", "dlrs", "dollar", "dollars", "stg", "sterling", "pound", "pounds", "franc",
                "francs", "lire", "lira", "yen", "euro", "euros", "yuan", "rupee", "rupees", "cent",
                "cents", "pence", "marks", "crowns", "pesos", "rand", "roubles", "rubles"}
_SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "mln", "bln", "bn", "mn",
                "tn", "m", "k", "lakh", "lakhs", "crore", "crores"}
_AREA = {"sq", "square", "acre", "acres", "hectare", "hectares", "ha"}
_LENGTH = {"km", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre",
           "metres", "meter", "meters", "m", "feet", "foot", "ft", "inch", "inches", "cm", "mm", "yards"}
_WEIGHT = {"tonne", "tonnes", "ton", "tons", "kg", "kilo", "kilos", "kilogram", "kilograms", "lb",
           "lbs", "pound", "pounds", "ounce", "ounces", "grams", "g"}
_VOLUME = {"litre", "litres", "liter", "liters", "gallon", "gallons", "barrel", "barrels", "bpd",
           "cubic"}
_MEASURE_UNITS = _AREA | _LENGTH | _WEIGHT | _VOLUME | {"mph", "kph", "degree", "degrees", "bushel",
                                                        "bushels", "bu"}
_UNIT_WORDS = _PERCENT_UNITS | _MONEY_UNITS | _SCALE_WORDS | _MEASURE_UNITS
# Verbs whose object figure is the size of their subject: "the park covers 340 sq km".
_MEASURE_VERBS = {"cover", "span", "measure", "stretch", "weigh", "extend"}
# Verbs that put a price on their subject: "the average home going for $640,479", "shares sold at $5".
_PRICE_VERBS = {"go", "sell", "trade", "fetch", "list", "price", "value"}
# Verbs that say nothing about a sum of money on their own ("made £5m", "took $100m").
_LIGHT_VERBS = {"be", "have", "make", "take", "get", "do", "go", "give", "see", "put", "say"}
# A sum "it would take/cost $X to do Y" is the cost of doing Y.
_COST_VERBS = {"take", "cost", "need", "require"}
# Verbs that change a level: with an object the figure is that object's new level ("cut the rate to 5%").
_CHANGE_VERBS = {"cut", "raise", "lower", "reduce", "increase", "lift", "boost", "trim", "slash",
                 "hike", "set", "fix", "put", "bring", "push", "drive", "revise", "peg", "keep"}
# Nouns that only restate that a figure is a figure ("a value close to 340 sq km").
_GENERIC_NOUNS = {"value", "level", "total", "figure", "sum", "amount", "number", "peak", "high",
                  "low", "record", "estimate", "average", "tally", "mark", "range", "region", "maximum",
                  "minimum"}
# Ordinals that rank a routine unit of time or play rather than the story ("first time", "first half").
_PLAIN_ORDINAL_NOUNS = {"time", "times", "half", "quarter", "period", "minute", "day", "week",
                        "month", "year", "season", "step", "thing", "sight", "glance", "look",
                        "instance", "attempt", "try", "impression", "person", "hand", "place",
                        "innings", "over", "overs", "set", "leg", "page", "paragraph", "line",
                        "chapter", "part", "floor", "phase", "stage", "leg", "ever", "one",
                        "respect", "option", "point", "priority", "item", "choice"}
# Hyphenated ordinals that are idioms, not rankings: "second-rate", "first-hand".
_ORDINAL_IDIOMS = {"rate", "hand", "class", "guess", "tier", "string", "degree", "floor", "half",
                   "person", "time", "ever"}
_MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
           "dec", "january", "february", "march", "april", "june", "july", "august", "september",
           "october", "november", "december"}
_RANGE_WORDS = {"or", "to", "-", "–", "and"}
# A fraction in eighths and the like, as market prices are written: "7/8", "13/16" (alone, or after
# a whole number and a hyphen: "7-7/8" is seven and seven eighths). "9/11" and "24/7" are not.
_FRACTION_TOKEN = re.compile(r"^[1-9]\d?/(?:2|4|8|16|32|64)$")
# A figure written with such a fraction: "7-7/8", "7 3/4", "7/8".
_MIXED_FRACTION = re.compile(r"(?<![\d/.])(?:(\d+)(?:\s*-\s*|\s+))?([1-9]\d?)/(2|4|8|16|32|64)(?![\d/])")
_NUMERIC_RANGE = re.compile(r"^(?:between\s+)?[\d.,]+\s*(?:and|to|or|-|–)\s*[\d.,]+$", re.IGNORECASE)
_NP_DEPS = {"amod", "compound", "nmod", "npadvmod"}
_PRUNED_DEPS = {"prep", "relcl", "acl", "appos", "conj", "cc", "punct", "advcl"}
# What a rate is per: "70 kilometres per hour", "40 tonnes a day", "1.20 dlrs a share", "18 dlrs a barrel".
_RATE_WORDS = frozenset("second minute hour day week month year annum share barrel tonne ton ounce gallon "
                        "litre liter kilo head person capita".split())
