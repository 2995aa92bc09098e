"""A currency counted as the unit of a price is no story about currencies (extract/topics/taxonomy.py).

Texts invented here."""
from __future__ import annotations

from generator.extract.entities import entities
from generator.extract.topics import find_topics


def article_topics(nlp, headline, body):
    text = headline + "\n\n" + body
    doc = nlp(text)
    return find_topics(doc, entities(doc, body_start=len(headline) + 2), body_start=len(headline) + 2).topics


MUSEUM = ('Dutch museum doubles ticket price for tourists',
          'The Rijksmuseum in Amsterdam will charge visitors from outside the Netherlands 40 euros ($44) '
          'for a ticket from next year, up from 20 euros, the museum said on Monday, in a move that marks '
          'the end of a single price. Residents will keep paying 20 euros.\n\nThe museum said the extra 20 '
          'euros a ticket would pay for new galleries. Children under 18 will still get in free.\n\n"We '
          'want the museum to stay open to everyone who lives here," director Anna de Vries said. Tourist '
          'groups said the price rise would hurt visitor numbers. Last year the museum had 2.7 million '
          'visitors and spent 14 million euros on its collection.')
CURRENCY = ("Euro slides against the dollar as traders sell",
            "The euro fell to its lowest level against the dollar in two years on Tuesday as currency "
            "traders sold the single currency after weak German data. The dollar also rose against the "
            "yen and sterling, and dealers said the central bank might intervene in the foreign exchange "
            "market if the euro kept falling. The exchange rate was 1.02 dollars per euro by the evening.")


def test_a_price_in_euros_is_no_story_about_currencies(nlp):
    found = article_topics(nlp, *MUSEUM)
    assert "Currencies" not in found and "Theatre and arts" in found, found


def test_a_story_about_a_currency_keeps_its_topic(nlp):
    assert "Currencies" in article_topics(nlp, *CURRENCY)
