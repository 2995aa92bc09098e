"""Issue 8, wrong kinds: a name the gazetteer or GeoNames knows as a place that the article uses for a
firm, a club or the head of a longer name (entities/placelike.py). Every input here is made up for the
test; each stands for a kind of fault seen on open-world news (a retailer, a bank's short name, a club
in a transfer story, a band read as places)."""
from generator.extract.entities import entities


def found(nlp, text):
    return {e.name: e for e in entities(nlp(text))}


def test_a_shop_named_like_a_town_is_a_firm(nlp):
    got = found(nlp, "Tarvin Group said like-for-like sales at Rochdale fell 2% in the eight weeks to March. "
                     "The group said Rochdale opened 40 new stores in the year, and Rochdale's sales of "
                     "toys rose. Bidders have shown an interest in Rochdale.\n")
    assert got["Rochdale"].kind == "organization"


def test_a_town_in_business_news_stays_a_place(nlp):
    got = found(nlp, "House prices in Rochdale rose 2% in the year to March, the lender said. Sales at shops "
                     "near Rochdale fell, and Rochdale's sales of new homes slowed.\n")
    assert got["Rochdale"].kind == "place"


def test_a_banks_short_name_is_the_bank(nlp):
    got = found(nlp, "Regulators closed Hollis Savings of Albany and moved its deposits to Rochdale Savings "
                     "Bank. On Monday, its three branches will open as branches of Rochdale.\n")
    assert got["Rochdale"].kind == "organization"


def test_a_country_needs_two_mentions_to_be_a_firm(nlp):
    got = found(nlp, "The frozen food group said Canada's sales rose 3% over Christmas.\n")
    assert got["Canada"].kind != "organization"


def test_a_town_written_in_the_plural_is_a_club(nlp):
    got = found(nlp, "Rochdale have confirmed that Burnley made an offer for Dan Roe. \"Burnley are trying "
                     "to buy me, but it is not up to me,\" Roe said.\n")
    assert got["Burnley"].kind == "organization"
    # a mention where only a place stands keeps it a place
    got = found(nlp, "Fans in Burnley said the players were tired. \"Burnley are a fine town,\" Roe said.\n")
    assert got["Burnley"].kind == "place"


def test_a_place_that_opens_a_longer_name_is_not_published(nlp):
    got = found(nlp, "Fans cheered as Tulsa of the Seven Seas took the stage on Friday.\n")
    assert got["Tulsa"].kind != "place" or "against:fragment" in got["Tulsa"].evidence


def test_a_compass_adjective_before_a_noun_is_no_place(nlp):
    got = found(nlp, "Zambia owes 30 pct of its debt to governments of Eastern bloc countries, officials said.\n")
    assert "Eastern" not in got or got["Eastern"].kind != "place" or "against:fragment" in got["Eastern"].evidence


def test_a_club_named_in_a_short_headline_is_no_dateline(nlp):
    head = "Blues slam Preston over Dawson\n\n"
    text = head + "Rochdale have confirmed Preston made a bid for Kyle Dawson - but managing director Ann Reed " \
                  "has called it \"derisory\". \"I haven't phoned every national newspaper saying, 'Preston are " \
                  "trying to buy me'. It's not up to me.\"\n"
    got = {e.name: e for e in entities(nlp(text), body_start=len(head))}
    assert got["Preston"].kind == "organization"


def test_a_town_whose_stake_or_stock_one_holds_is_a_firm(nlp):
    text = ("OKAFOR SAYS SHE DISCUSSED CONTROL OF TULSA\n\nFinancier Ruth Okafor, who holds a 12 pct stake in Tulsa "
            "Broadcasting Co, said her talks with some of Tulsa's managers and directors were aimed at more ownership. "
            "Okafor, who holds her Tulsa stake through Hexby Holdings, said she may buy more Tulsa stock on the open "
            "market. She said her interest in Tulsa was for investment only.\n")
    got = {e.name: e.kind for e in entities(nlp(text))}
    assert got["Tulsa"] == "organization"
    markets = "Markets\n\nLondon shares closed higher and the London stock market gained 2 pct, dealers said.\n"
    assert {e.name: e.kind for e in entities(nlp(markets))}["London"] == "place"
