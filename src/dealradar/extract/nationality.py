"""Where a company is from, so that "the British drugmaker" finds the British party.

Why: news names the other party of a sentence by its nationality as often as by its name
("sell its China rights to the British drugmaker", "the Korean company will also be eligible
for ..."). The nearest company is often the wrong one; the one the text (or the curated alias
table) places in that country is the right one. A country comes from the table, or from how
the text introduces the company: "South Korea's Alteogen", "Shanghai-based Multitude",
"Danish ADC developer Adcendo", "U.S. biotech FibroGen".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dealradar.extract.gazetteer import company_country

#: Adjectives of nationality → ISO 3166 country code.
_DEMONYMS = {
    "chinese": "CN",
    "british": "GB",
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
    ),
    "US": (
        *("united states", "u.s.", "us", "usa", "america", "boston", "san diego", "new york"),
        *("san francisco", "south san francisco", "new jersey", "california", "seattle"),
        *("massachusetts", "philadelphia", "chicago", "north chicago", "princeton"),
    ),
    "KR": ("korea", "south korea", "seoul", "incheon"),
    "JP": ("japan", "tokyo", "osaka"),
    "GB": ("britain", "uk", "u.k.", "united kingdom", "england", "london"),
    "CH": ("switzerland", "basel", "zurich", "geneva"),
    "FR": ("france", "paris"),
    "DE": ("germany", "munich", "darmstadt", "ingelheim"),
    "DK": ("denmark", "copenhagen"),
    "BE": ("belgium",),
    "NL": ("netherlands",),
    "IL": ("israel",),
    "IN": ("india", "mumbai"),
    "IE": ("ireland", "dublin"),
    "SE": ("sweden", "stockholm"),
    "CA": ("canada", "toronto", "vancouver"),
    "HU": ("hungary", "budapest"),
}
_PLACES = {place: code for code, places in _PLACES_BY_COUNTRY.items() for place in places}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


#: How a text introduces a company's country right before its name; the words between may
#: describe it ("pharmaceutical giant", "ADC developer") but not lead elsewhere ("rights to").
_INTRODUCED = re.compile(
    r"(?:(?P<country>" + _alternation(_PLACES) + r")['’]s|"
    r"(?P<place>" + _alternation(_PLACES) + r")[- ](?:based|headquartered)|"
    r"(?P<demonym>" + _alternation(_DEMONYMS) + r"))\s+"
    r"(?:(?!(?:to|of|from|with|and|for|by|the|its|rights?|in)\b)[\w-]+\s+){0,3}$",
    re.I,
)
#: A description that names a nationality: "the British drugmaker", "The San Diego company".
_NATIONAL = re.compile(
    r"^[Tt]he\s+(?:(?P<demonym>" + _alternation(_DEMONYMS) + r")|"
    r"(?P<place>" + _alternation(_PLACES) + r")(?:[- ](?:based|listed|headquartered))?)\s",
    re.I,
)


def description_country(description: str) -> str | None:
    """The country a description such as "the Swiss drugmaker" names, if any."""
    m = _NATIONAL.match(description)
    if m is None:
        return None
    if m.group("demonym"):
        return _DEMONYMS[_key(m.group("demonym"))]
    return _PLACES[_key(m.group("place"))]


def entity_countries(
    text: str, mentions: Iterable[tuple[int, int]], names: dict[int, list[str]]
) -> dict[int, str]:
    """Each company's country where the text or the curated table tells it.

    `mentions` are (start, entity) pairs; `names` maps each entity to its names. The text
    wins over the table: "Sino Biopharm's U.S. unit" is where the text says it is.
    """
    out: dict[int, str] = {}
    for start, entity in mentions:
        if entity in out:
            continue
        m = _INTRODUCED.search(text, max(0, start - 60), start)
        if m is None:
            continue
        if m.group("demonym"):
            out[entity] = _DEMONYMS[_key(m.group("demonym"))]
        else:
            out[entity] = _PLACES[_key(m.group("country") or m.group("place"))]
    for entity, entity_names in names.items():
        if entity not in out:
            found = next((c for n in entity_names if (c := company_country(n))), None)
            if found:
                out[entity] = found
    return out


def _key(words: str) -> str:
    return " ".join(words.lower().split())
