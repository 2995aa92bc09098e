"""An obituary's topics are what its lede says the person was (extract/topics/taxonomy.py).

Texts invented here."""
from __future__ import annotations

from generator.extract.entities import entities
from generator.extract.topics import find_topics


def article_topics(nlp, headline, body):
    text = headline + "\n\n" + body
    doc = nlp(text)
    return find_topics(doc, entities(doc, body_start=len(headline) + 2), body_start=len(headline) + 2).topics


MINISTER = ('Former transport minister Sir Alan Pryce dies aged 88',
            'Sir Alan Pryce, who served as transport minister in the 1980s, has died at the age of 88, his '
            'family said.\n\nBefore entering parliament he built a haulage company in Swansea into one of the '
            'biggest firms in Wales, sold it to an investor for 40 million pounds in 1979 and sat on the '
            'boards of two banks. His business interests made him one of the richest men in the country, '
            'and his shareholders and customers remembered him as a fair and careful chairman.\n\nHe is '
            'survived by his wife and two sons.')
FOUNDER = ('Margaret Ellison, founder of Ellison Bakeries, dies aged 91',
           'Margaret Ellison, who turned a single bakery in Leeds into a chain of 200 shops, has died at '
           'the age of 91, her family said on Sunday.\n\nBorn in Bradford in 1933, she left school at 15 and '
           "worked in her father's shop before opening her own bakery in 1958. The company grew through "
           'the 1970s and 1980s and was sold to a food group in 1999 for 60 million pounds.\n\nShe married '
           'Thomas Ellison in 1956; he died in 2010. She is survived by three children and seven '
           'grandchildren.\n\n"She was a remarkable woman who never forgot where she came from," her son '
           'David Ellison said. Friends remembered her as a generous patron of the arts who gave millions '
           "to the city's theatre and hospital. The firm's chief executive said staff would hold a "
           "minute's silence in every shop on Friday. Her funeral will be held in Leeds next week.")


def test_an_obituary_takes_its_topics_from_its_lede(nlp):
    # the minister's business career further down made Business the first topic
    found = article_topics(nlp, *MINISTER)
    assert "Business" not in found and "Politics" in found, found


def test_an_obituary_whose_lede_names_a_business_keeps_it(nlp):
    assert "Business" in article_topics(nlp, *FOUNDER)
