"""Error pages and recipes do not read as news (readers/genre_pages.py).

All texts are invented here; none comes from a corpus.
"""
from __future__ import annotations

import pytest

from generator.readers import read_text

APACHE = ("404 Not Found\n\nThe requested URL /news/2031/brantwell-foods-profit.html was not found on this server.\n\n"
          "Apache/2.4.41 (Ubuntu) Server at www.example-news.test Port 80\n")
SITE_404 = """<!DOCTYPE html><html><head><title>Page not found | The Eastford Herald</title></head>
<body><main><h1>Sorry, we couldn't find that page</h1>
<p>The page you are looking for may have been moved or deleted. Please check the address and try again.</p>
<p>Return to the homepage</p></main></body></html>"""
RECIPE = """Grandma Rosa's lemon drizzle cake

This lemon drizzle cake is a family favourite and takes about an hour from start to finish.

Ingredients

- 225g unsalted butter, softened
- 225g caster sugar
- 4 eggs
- 275g self-raising flour
- 2 lemons, zested and juiced

Method

1. Heat the oven to 180C and line a loaf tin with baking paper.
2. Beat the butter and sugar together until pale, then add the eggs one at a time.
3. Fold in the flour and lemon zest and bake for 45 minutes.
"""
RECIPE_MD = """---
title: Spicy black bean soup
---
Serves 4.

## Ingredients

* 2 tbsp olive oil
* 3 garlic cloves, crushed
* 2 x 400g cans black beans
* 1 tsp ground cumin

## Directions

Heat the oil in a large pan and fry the garlic for a minute. Tip in the beans and simmer for 30 minutes.
"""


@pytest.mark.parametrize("text, fmt, reason", [
    (APACHE, "text", "an error page"),
    (SITE_404, "html", "an error page"),
    (RECIPE, "text", "a recipe"),
    (RECIPE_MD, "markdown", "a recipe"),
])
def test_error_pages_and_recipes_are_not_news(text, fmt, reason):
    raw = read_text(text, source="page." + {"text": "txt", "html": "html", "markdown": "md"}[fmt], format=fmt)
    assert raw.news is False
    assert any(f"does not read as news ({reason}" in w for w in raw.warnings), raw.warnings


OUTAGE = """Tax portal fails on deadline day

Thousands of people trying to file their returns on Monday saw an error message instead of the form, the
revenue agency said. "Visitors were told the page you are looking for could not be found," a spokesman
for the agency told reporters. The agency said the fault had been fixed by the evening and that nobody
would be fined for filing late. Opposition MP Carla Jensen said the outage showed the system needed
investment.
"""
BAKERY = """Bakery chain recalls lemon cakes

A bakery chain has recalled its lemon drizzle cakes after finding that the ingredients listed on the
packet left out nuts, the Food Standards Agency said on Tuesday. The cakes, sold in 225g packs, were
made at a plant in Leeds. Customers were told to return them for a full refund. "We are sorry," the
company said. The agency said 2 tbsp of almond flour had been added to each batch of 40 cakes.
"""
ERROR_404_STORY = """404 migrants rescued off Lampedusa

The Italian coastguard said on Sunday it had rescued 404 migrants from three boats. The page you are looking for, one official joked, is the one with the weather forecast.
"""


@pytest.mark.parametrize("text", [OUTAGE, BAKERY, ERROR_404_STORY])
def test_stories_about_errors_or_food_stay_news(text):
    raw = read_text(text, source="story.txt")
    assert raw.news is True, raw.warnings
