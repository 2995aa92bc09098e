"""A people's name that is also a language's ("English", "Spanish", "French") and that an article uses
only for the language ("speak English", "translated into French", "a Spanish-language channel",
"English speakers") names nobody of that people there: the group is held back in that article alone
(``against:language``), and the articles that name the people keep it. A reader of the 300-article
mixed site found "English" (the language) in its Groups index, and "Spaniards" holding a story that
only says "Spanish-language". Invented text and records."""
from generator.actors import AliasConfig, resolve_actors
from generator.extract.entities import entities
from generator.extract.entities.evidence import article_evidence


def groups(nlp, text):
    return {e.name: e.evidence for e in entities(nlp(text)) if e.kind == "group"}


def test_a_language_names_no_people(nlp):
    for text in ("Test\n\nMinisters in Bexford should speak English to a certain level, the council said.\n",
                 "Test\n\nThe anchor for Calvision, a Spanish-language channel in Dorval, was asked to leave.\n",
                 "Test\n\nThe book by Anna Kolby was translated into French last year.\n",
                 "Test\n\nScott Perry, a budding English teacher from Bexford, chats in English with pupils. "
                 "Cora Lindt, a teacher of English, joined him.\n",
                 "Test\n\nThe Spanish campaign ad shows voters of Dorval speaking in Spanish.\n"):
        assert any("against:language" in ev for ev in groups(nlp, text).values()), text


def test_the_people_keep_their_name(nlp):
    got = groups(nlp, "Test\n\nThe English beat the Scots at Torbay on Sunday, and English fans sang.\n")
    assert "against:language" not in got["English"]
    got = groups(nlp, "Test\n\nHer first ad is in Spanish, and Spanish voters in Dorval liked it.\n")
    assert not any("against:language" in ev for ev in got.values())


def _group(name, *context):
    return {"name": name, "kind": "group", "aliases": [], "titles": [], "mentions": 1,
            "evidence": list(article_evidence(name, "group", (), (), 1, frozenset(), context=frozenset(context)))}


def test_held_back_in_that_article_alone():
    records = [{"id": "a", "quotes": [], "entities": [_group("Spaniards", "language")]},
               {"id": "b", "quotes": [], "entities": [_group("Spaniards")]},
               {"id": "c", "quotes": [], "entities": [_group("Spaniards")]}]
    new, _ = resolve_actors(records, AliasConfig())
    published = {r["id"]: r["entities"][0]["published"] for r in new}
    assert published == {"a": False, "b": True, "c": True}
    assert new[0]["entities"][0]["reason"] == "against: language"
