"""An organisation's short names within one article and across a corpus: initials without the legal
form ("BHP" for "Broken Hill Pty Co Ltd") and a short name beside its name with a designator word
("CEC" / "CEC Systems", "Chester" / "Chester FC"). Invented names."""
from __future__ import annotations

from generator.parse import parse


def test_a_companys_initials_leave_out_its_legal_form(nlp):
    from generator.extract.entities import entities

    body = ("The Corvane Hill Pty Co Ltd said it would sell its stake in the smelter. CHP said in a "
            "statement that the sale would close in June.")
    ents = entities(parse(nlp, body))
    orgs = [e for e in ents if e.kind == "organization"]
    assert [e.name for e in orgs] == ["Corvane Hill Pty Co Ltd"] and "CHP" in orgs[0].aliases


def test_a_firms_short_name_beside_its_name_with_systems_or_fc_is_one_body():
    from generator.actors import AliasConfig, resolve_actors

    def ent(name, *evidence):
        return {"name": name, "kind": "organization", "aliases": [], "titles": [], "mentions": 1,
                "evidence": [*evidence, "mentions:1"]}
    records = [{"id": "a", "quotes": [], "entities": [ent("Vexa Systems", "org-word"), ent("Vexa", "org-context")]},
               {"id": "b", "quotes": [], "entities": [ent("Dunmore FC", "org-word"), ent("Dunmore", "org-context")]}]
    new, _ = resolve_actors(records, AliasConfig())
    assert [e["name"] for e in new[0]["entities"]] == ["Vexa Systems"] * len(new[0]["entities"])
    assert [e["name"] for e in new[1]["entities"]] == ["Dunmore FC"] * len(new[1]["entities"])


def test_a_firm_named_in_the_possessive_and_its_short_name_are_one_body():
    from generator.actors import AliasConfig, resolve_actors

    def ent(name, *evidence):
        return {"name": name, "kind": "organization", "aliases": [], "titles": [], "mentions": 1,
                "evidence": [*evidence, "mentions:1"]}
    records = [{"id": "a", "quotes": [], "entities": [ent("Tovela's Fashions Inc", "org-word"),
                                                     ent("Tovela", "org-context")]},
               {"id": "b", "quotes": [], "entities": [ent("Harlan's Bakery", "org-word"), ent("Harlan", "org-context")]}]
    new, _ = resolve_actors(records, AliasConfig())
    assert [e["name"] for e in new[0]["entities"]] == ["Tovela's Fashions Inc"] * len(new[0]["entities"])
    assert "Harlan" in [e["name"] for e in new[1]["entities"]]     # no legal form: maybe a person's shop


def test_a_firms_leading_words_beside_its_name_with_a_legal_form_are_one_body():
    from generator.actors import AliasConfig, resolve_actors

    def ent(name, *evidence):
        return {"name": name, "kind": "organization", "aliases": [], "titles": [], "mentions": 1,
                "evidence": [*evidence, "mentions:1"]}
    records = [{"id": "a", "quotes": [], "entities": [ent("Korvel Telnet Corp", "org-word"), ent("Korvel")]},
               {"id": "b", "quotes": [], "entities": [ent("Dastra Aviation Corp", "org-word"),
                                                     ent("Dastra Corp", "org-word"), ent("Dastra")]},
               {"id": "c", "quotes": [], "entities": [ent("Pellam Motor Co", "org-word"),
                                                     ent("Pellam Motor Credit Co", "org-word"), ent("Pellam")]}]
    new, _ = resolve_actors(records, AliasConfig())
    names = {e["name"]: e["aliases"] for r in new for e in r["entities"]}
    assert "Korvel" not in names and "Korvel" in names["Korvel Telnet Corp"]
    assert "Dastra" not in names["Dastra Aviation Corp"]          # beside "Dastra Corp": maybe the parent
    assert "Pellam" not in names["Pellam Motor Credit Co"]        # two firms of the name: "Pellam Motor Co"
