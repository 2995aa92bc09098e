"""A small hand-made corpus for the browser tests: a story told by two outlets, a name that many
articles mention, a hyphenated phrase, Cyrillic and Japanese text, a place with a non-ASCII name."""
from __future__ import annotations


def _entity(name, kind="person", titles=(), aliases=(), mentions=1):
    return {"name": name, "kind": kind, "titles": list(titles), "aliases": list(aliases), "mentions": mentions}


def _record(article_id, headline, published, summary, *, outlet="The Test Wire", entities=(), quotes=(),
            topics=(), **extra):
    base = {"id": article_id, "source": f"wire/{article_id}.txt", "headline": headline, "description": None,
            "outlet": outlet, "authors": [{"name": "Ann Writer", "role": "Staff Writer"}], "contributors": [],
            "dateline": "TEL AVIV, Israel", "published": published, "summary": list(summary),
            "entities": list(entities), "quotes": list(quotes), "numbers": [], "topics": list(topics),
            "warnings": []}
    base.update(extra)
    return base


def records() -> list[dict]:
    blinken = _entity("Antony Blinken", titles=["Secretary of State"], aliases=["Blinken"], mentions=4)
    netanyahu = _entity("Benjamin Netanyahu", titles=["Prime Minister"], aliases=["Netanyahu"], mentions=2)
    hamas = _entity("Hamas", "organization", mentions=2)
    trump = _entity("Donald Trump", titles=["former President"], aliases=["Trump"], mentions=3)
    out = [
        _record("blinken-cease-fire", "Blinken seeks cease-fire momentum on Israel visit", "2024-08-18",
                ["Secretary of State Antony Blinken arrived in Israel on Sunday to push for a cease-fire in Gaza.",
                 "He will meet Prime Minister Benjamin Netanyahu on Monday."],
                description="The top US diplomat makes his ninth trip to the region since October.",
                url="https://example.com/news/blinken-visit",
                entities=[blinken, netanyahu, hamas, _entity("Israel", "place", mentions=3),
                          _entity("Gaza", "place", mentions=2)],
                quotes=[{"text": "This is maybe the last opportunity to get the hostages home.", "speaker": "Antony Blinken"},
                        {"text": "We are determined to get this done.", "speaker": "Netanyahu"},
                        {"text": "It is time to close the deal.", "speaker": "Blinken"}],
                numbers=[{"text": "ninth", "value": 9, "context": "trips to the region since October", "sentence": "x"}],
                topics=["cease-fire", "diplomacy"]),
        _record("netanyahu-meets-blinken", "Netanyahu meets Blinken as talks resume", "2024-08-19",
                ["Benjamin Netanyahu met Antony Blinken in Jerusalem as cease-fire talks resumed.",
                 "Hamas has not said whether it will attend."], outlet="Reuters",
                entities=[blinken, netanyahu, hamas, _entity("Jerusalem", "place")],
                quotes=[{"text": "The talks were constructive and candid.", "speaker": "Benjamin Netanyahu"}],
                topics=["cease-fire", "diplomacy"]),
        _record("firearms-law", "State passes firearms law after fire at depot", "2024-08-12",
                ["Lawmakers passed a firearms law on Monday.", "A fire at an arms depot prompted the vote."],
                entities=[_entity("Lena Ortiz", titles=["Senator"])], topics=["gun law"]),
        _record("kyiv-winter", "Киев готовится к зиме", "2024-08-15",
                ["Киев готовится к зиме после ударов по энергосистеме."], outlet="Радио Город",
                language="ru", entities=[], topics=[]),
        _record("tokyo-rain", "東京で大雨、交通に乱れ", "2024-08-14", ["東京で大雨が降り、電車が止まった。"],
                outlet="東京新聞", language="ja", entities=[], topics=[]),
        _record("lodz-festival", "Łódź opens its light festival", "2024-08-16",
                ["The Polish city of Łódź opened its light festival on Friday."],
                entities=[_entity("Łódź", "place", mentions=2), _entity("Hanna Zdanowska", titles=["Mayor"])],
                topics=["festivals"]),
    ]
    for n, day in enumerate(("05", "07", "09", "11", "13"), 1):
        out.append(_record(f"campaign-{n}", f"Campaign trail, day {n}: rally in town {n}", f"2024-08-{day}",
                           [f"Donald Trump told a rally in town {n} that Trump voters would decide the race.",
                            "Trump spoke for an hour."],
                           entities=[trump, _entity(f"Mayor Town{n}", titles=["Mayor"])], topics=["elections"]))
    return out
