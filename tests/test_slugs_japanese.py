"""Japanese text is not romanised as Chinese in slugs (generator/slugs.py). Texts invented here."""
from __future__ import annotations

from generator.slugs import slugify


def test_a_japanese_headline_gets_no_chinese_reading():
    slug = slugify("大阪で大雨、電車が止まる")          # pinyin of its kanji was "da-ban-teda-yu-..."
    assert slug.startswith("x-") and len(slug) == 10
    assert "da-ban" not in slug and "dian-che" not in slug


def test_a_japanese_headline_keeps_its_latin_words_and_digits():
    slug = slugify("ソニー、2025年に新型Walkman発売")
    assert slug.startswith("2025-walkman-")
    assert slug.isascii() and slug == slug.lower()


def test_two_japanese_headlines_get_two_slugs():
    assert slugify("大阪で大雨") != slugify("京都で大雨")


def test_chinese_and_korean_are_still_romanised():
    assert slugify("北京发生地震") == "bei-jing-fa-sheng-di-zhen"
    assert slugify("서울 지하철") == "seoul-jihaceol"
    assert slugify("Łódź") == "lodz"


def test_a_long_japanese_headline_keeps_the_length_cap():
    assert len(slugify("新型iPhone " * 30 + "の発売", max_length=70)) <= 70
