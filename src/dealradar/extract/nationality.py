"""Where a company is from, so that "the British drugmaker" finds the British party.

Why: news names the other party of a sentence by its nationality as often as by its name
("sell its China rights to the British drugmaker", "the Korean company will also be eligible
for ..."). The nearest company is often the wrong one; the one the text (or the curated alias
table) places in that country is the right one. A country comes from the table, or from how
the text introduces the company: "South Korea's Alteogen", "Shanghai-based Multitude",
"Danish ADC developer Adcendo", "U.S. biotech FibroGen".
"""

from __future__ import annotations

from collections.abc import Iterable

from dealradar.extract.gazetteer import company_country
from dealradar.extract.lexicon import GEO_PREFIXES

#: Adjectives of nationality → ISO 3166 country code.
_DEMONYMS = {
    "chinese": "CN",
    "british": "GB",
    "british-swedish": "GB",  # AstraZeneca's usual descriptions
    "anglo-swedish": "GB",
    "english": "GB",
    "swiss": "CH",
    "korean": "KR",
    "south korean": "KR",
    "japanese": "JP",
    "american": "US",
    "u.s.": "US",
    "french": "FR",
    "german": "DE",
    "danish": "DK",
    "belgian": "BE",
    "dutch": "NL",
    "israeli": "IL",
    "indian": "IN",
    "irish": "IE",
    "italian": "IT",
    "spanish": "ES",
    "swedish": "SE",
    "canadian": "CA",
    "australian": "AU",
    "hungarian": "HU",
    "norwegian": "NO",
    "finnish": "FI",
    "austrian": "AT",
}
#: Countries, regions and cities a company is said to be from ("Shanghai-based", "Japan's").
_PLACES_BY_COUNTRY = {
    "CN": (
        *("china", "mainland china", "hong kong", "shanghai", "beijing", "suzhou", "hangzhou"),
        *("shenzhen", "guangzhou", "chengdu", "nanjing", "wuhan", "tianjin", "chongqing"),
        *("xiamen", "jiangsu", "zhejiang", "taizhou", "lianyungang", "zhuhai", "hefei"),
        *("jinan", "shijiazhuang", "changsha", "ningbo", "wuxi", "changzhou", "shandong"),
    ),
    "US": (
        *("united states", "u.s.", "us", "usa", "america", "boston", "san diego", "new york"),
        *("san francisco", "south san francisco", "new jersey", "california", "seattle"),
        *("massachusetts", "philadelphia", "chicago", "north chicago", "princeton"),
        *("houston", "texas", "los angeles", "indianapolis", "maryland", "north carolina"),
        *("la jolla", "redwood city", "emeryville", "foster city", "thousand oaks", "waltham"),
        *("rahway", "new brunswick", "redmond", "bothell", "gaithersburg", "kenilworth"),
    ),
    "KR": ("korea", "south korea", "seoul", "incheon", "seongnam", "daejeon"),
    "JP": ("japan", "tokyo", "osaka", "kyoto"),
    "GB": ("britain", "uk", "u.k.", "united kingdom", "england", "london"),
    "CH": ("switzerland", "basel", "zurich", "geneva"),
    "FR": ("france", "paris", "lyon"),
    "DE": ("germany", "munich", "darmstadt", "ingelheim", "berlin", "frankfurt", "hamburg"),
    "DK": ("denmark", "copenhagen"),
    "BE": ("belgium", "brussels"),
    "NL": ("netherlands", "amsterdam", "utrecht", "leiden"),
    "IL": ("israel",),
    "IN": ("india", "mumbai"),
    "IE": ("ireland", "dublin"),
    "SE": ("sweden", "stockholm"),
    "CA": (
        *("canada", "toronto", "vancouver", "montreal", "ontario", "quebec", "alberta"),
        # ("the Province of British Columbia": "British" is read as a nationality)
        *("british columbia", "columbia"),
    ),
    "HU": ("hungary", "budapest"),
    "ES": ("spain", "barcelona", "madrid"),
    "IT": ("italy", "milan", "rome", "florence"),
    "TW": ("taiwan", "taipei"),
    "SG": ("singapore",),
    "AU": ("australia", "sydney", "melbourne"),
    # ("SOTIO Biotech of Prague": the city, not a second company)
    "CZ": ("czech republic", "czechia", "prague", "brno"),
    "AT": ("austria", "vienna"),
    "PL": ("poland", "warsaw"),
    "FI": ("finland", "helsinki"),
    "NO": ("norway", "oslo"),
    "PT": ("portugal", "lisbon"),
}
_PLACES = {place: code for code, places in _PLACES_BY_COUNTRY.items() for place in places}
# the Chinese provinces and cities that prefix company names are places too ("with R&D
# operations in Jinan, Shandong": the province, not a company)
_PLACES.update(dict.fromkeys(GEO_PREFIXES - _PLACES.keys(), "CN"))


#: The adjectives of `_DEMONYMS` as a regex alternation (longest first, dots escaped), for
#: patterns that allow one before a company's name.
DEMONYM_ALTERNATION = "|".join(
    w.replace(".", r"\.").replace(" ", r"\s+") for w in sorted(_DEMONYMS, key=len, reverse=True)
)


def is_demonym(word: str) -> bool:
    """Whether `word` is an adjective of nationality ("Chinese", "Korean")."""
    return word.lower() in _DEMONYMS


def place_country(name: str) -> str | None:
    """The country of a place `is_place` knows ("Nanjing" → "CN"), else None."""
    return _PLACES.get(name.lower())


def is_place(name: str) -> bool:
    """Whether `name` is one of the countries, regions and cities a company is said to be
    from ("San Diego's Artiva": the city, not a company)."""
    return name.lower() in _PLACES


#: Words that lead from a country to something else than the company after them ("the
#: Chinese rights to X", "Japan's approval of").
_NOT_DESCRIBING = frozenset(
    ["to", "of", "from", "with", "and", "for", "by", "the", "its", "right", "rights", "in"]
)
#: What the word right before a company's name is when a country comes a few words earlier:
#: "Danish ADC developer X", "British pharma giant X" (not "the Chinese clinical data gave X").
_DESCRIBING_NOUNS = frozenset(
    [
        *("company", "companies", "firm", "drugmaker", "biotech", "pharma", "biopharma"),
        *("developer", "maker", "specialist", "major", "giant", "startup", "start-up"),
        *("partner", "group", "player", "peer", "rival", "unit", "subsidiary", "licensee"),
        *("licensor", "innovator", "outfit", "leader", "pioneer", "affiliate", "arm"),
        *("biopharmaceutical", "biotechnology", "pharmaceutical", "newco", "spinout"),
        *("spin-off", "buyer", "seller", "acquirer", "concern", "house", "manufacturer"),
    ]
)
_POSSESSIVE = ("'s", "’s")
_SEAT = ("-based", "-headquartered", "-area")  # "the Boston-area biotech"


def _word_country(words: list[str], k: int) -> tuple[str | None, int]:
    """The country that `words[k]` (or `words[k-1] words[k]`) names as a company's origin,
    and the index of its first word: "Korea's", "South Korea's", "Shanghai-based",
    "Danish", "U.S.". Lower-case words; (None, k) when it names none."""
    w = words[k]
    for first in (k - 1, k) if k > 0 else (k,):
        phrase = " ".join(words[first : k + 1])
        if phrase.endswith(_POSSESSIVE) and phrase[:-2] in _PLACES:
            return _PLACES[phrase[:-2]], first
        for seat in _SEAT:
            if phrase.endswith(seat) and phrase[: -len(seat)] in _PLACES:
                return _PLACES[phrase[: -len(seat)]], first
        if phrase in _DEMONYMS:
            return _DEMONYMS[phrase], first
    if w in _PLACES and k + 1 < len(words) and words[k + 1] in ("based", "headquartered"):
        return _PLACES[w], k
    return None, k


#: Endings of a seat word ("Shanghai-based", "Hong Kong-listed").
_SEAT_WORDS = ("-based", "-listed", "-headquartered")


def description_country(description: str) -> str | None:
    """The country a description such as "the Swiss drugmaker" names, if any."""
    words = description.lower().split()
    if len(words) < 3 or words[0] != "the":
        return None
    for k in (2, 1):
        country, first = _word_country(words, k)
        if country is not None and first == 1:
            return country
        place = " ".join(words[1 : k + 1])
        if place.endswith(_SEAT_WORDS):
            place = place.rpartition("-")[0]  # "the Hong Kong-listed drugmaker"
        if place in _PLACES:
            return _PLACES[place]  # "the San Diego biotech", "the Shanghai company"
    return None


def description_place(description: str) -> str | None:
    """The city or region a description such as "the Suzhou biotech" names (lower case), if
    any: the one a company may carry in its own name ("Nona Biosciences (Suzhou) Co., Ltd.")."""
    words = description.lower().split()
    if len(words) < 3 or words[0] != "the":
        return None
    for k in (2, 1):
        place = " ".join(words[1 : k + 1])
        for seat in (*_SEAT_WORDS, *_SEAT):
            if place.endswith(seat):
                place = place[: -len(seat)]  # "the Suzhou-based company"
        if place in _PLACES and len(place) > 3:  # (not "us")
            return place
    return None


def entity_countries(
    text: str, mentions: Iterable[tuple[int, int]], names: dict[int, list[str]]
) -> dict[int, str]:
    """Each company's country where the text or the curated table tells it.

    `mentions` are (start, entity) pairs; `names` maps each entity to its names. The text
    wins over the table: "Sino Biopharm's U.S. unit" is where the text says it is.
    """
    out: dict[int, str] = {}
    for start, entity in mentions:
        if entity not in out and (found := _introduced(text, start)) is not None:
            out[entity] = found
    for entity, entity_names in names.items():
        if entity not in out:
            found = next((c for n in entity_names if (c := company_country(n))), None)
            if found:
                out[entity] = found
    return out


def _first_seat(words: list[str], first: int) -> str | None:
    """ "Beijing- and Cambridge, Massachusetts-based X": of two seats joined by "and", the
    first named is the company's home (a second office abroad is named after it)."""
    for k in range(first - 1, max(-1, first - 4), -1):
        if words[k] == "and" and k > 0 and words[k - 1].endswith("-"):
            return _PLACES.get(words[k - 1][:-1])
    return None


def _introduced(text: str, start: int) -> str | None:
    """The country a text gives a company right before its name at `start`: "South Korea's
    X", "Shanghai-based X", "Danish ADC developer X" (up to three describing words between)."""
    words = text[max(0, start - 60) : start].lower().split()
    for k in range(len(words) - 1, max(-1, len(words) - 5), -1):
        country, first = _word_country(words, k)
        if country is not None:
            if k < len(words) - 1 and words[-1] not in _DESCRIBING_NOUNS:
                return None  # "the Paris-based company paid X": a verb before X, no description
            return _first_seat(words, first) or country
        if words[k].strip(",") in _NOT_DESCRIBING or words[k].endswith((",", ".", ";", ")")):
            return None
    return None
