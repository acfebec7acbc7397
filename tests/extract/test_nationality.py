"""A description that names a nationality ("the British drugmaker", "the Korean company")
stands for the company of that country: the text's introduction of it ("South Korea's X",
"Shanghai-based Y", "Danish ADC developer Z") or the curated table says which. Invented
companies; the table's country is checked with a company it lists."""

from __future__ import annotations

from phrasing import party_pairs as _pairs

from dealradar.extract.nationality import description_country, entity_countries


def test_a_description_names_its_country() -> None:
    assert description_country("The British drugmaker") == "GB"
    assert description_country("the Shanghai-based company") == "CN"
    assert description_country("the San Diego biotech") == "US"
    assert description_country("the company") is None


def test_the_text_introduces_a_companys_country() -> None:
    text = "South Korea's Qinhai Bio and Danish ADC developer Norvale, with Shanghai-based Tesk."
    mentions = [(text.index("Qinhai"), 0), (text.index("Norvale"), 1), (text.index("Tesk"), 2)]
    names = {0: ["Qinhai Bio"], 1: ["Norvale"], 2: ["Tesk"]}
    assert entity_countries(text, mentions, names) == {0: "KR", 1: "DK", 2: "CN"}


def test_words_that_lead_elsewhere_do_not_place_a_company() -> None:
    text = "It bought the Chinese rights to Norvale products."
    assert entity_countries(text, [(text.index("Norvale"), 0)], {0: ["Norvale"]}) == {}


def test_the_curated_table_places_a_company_the_text_does_not() -> None:
    text = "Later, Glenmark said so."
    countries = entity_countries(text, [(text.index("Glenmark"), 0)], {0: ["Glenmark"]})
    assert countries == {0: "IN"}


def test_the_national_description_is_the_company_of_that_country() -> None:
    """The nearest company (the subject of the sentence before) is the wrong one here."""
    text = (
        "SEOUL, Feb. 23, 2024 - South Korea's Qinhai Bio said on Thursday it had amended its "
        "license agreement with Norvale Pharma, a U.S. drugmaker.\n\n"
        "Under the amended terms, Norvale Pharma will make an upfront payment of $20 million. "
        "The Korean company will also be eligible for up to $432 million in sales milestones."
    )
    assert _pairs(text) == {("Qinhai Bio", "Norvale Pharma")}


def test_a_description_does_not_reach_back_past_a_subject_of_unknown_country() -> None:
    """The headline names a Chinese company of the curated table; "the Shanghai biotech" in
    a sentence whose subject the text never places is that subject, not the headline's."""
    text = (
        "Velora expands ADC deal with Solix Therapeutics; Hengrui gets a private placement\n\n"
        "Solix Therapeutics announced the expansion on Monday, saying the Shanghai biotech will "
        "receive undisclosed upfront payments from Velora Pharma for VTV-1465."
    )
    assert ("Solix Therapeutics", "Velora Pharma") in _pairs(text)
    assert not any("Hengrui" in pair for pair in _pairs(text))
