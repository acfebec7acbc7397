"""Company-name boundaries and M&A payment wording on unseen news: titles and possessives
inside names ("Dr. Reddy's Laboratories"), nationality adjectives that are not companies,
ditransitive grants ("granted X an exclusive license"), and consideration paid on closing.

Every example is invented for this file; none is taken from a gold article.
"""

from __future__ import annotations

from dealradar.extract import extract
from dealradar.extract.grounding import assert_grounded
from dealradar.extract.money import find_money
from dealradar.extract.orgs import find_entities
from dealradar.extract.terms import label_sentence


def _names(text: str) -> list[list[str]]:
    _, entities = find_entities(text, [(0, len(text))])
    return [e.names for e in entities]


def _kinds(text: str) -> list[str]:
    return [t.kind for t in label_sentence(text, 0, len(text), find_money(text))]


def test_title_and_possessive_inside_a_company_name() -> None:
    text = (
        "Dr. Falk's Laboratories Ltd. signed a deal with Orvano Pharma. "
        "Dr. Falk's said it would market the drug."
    )
    names = _names(text)
    # (the short name keeps the "'s" of the full one: "Dr. Falk's said", no possessive)
    assert ["Dr. Falk's Laboratories Ltd.", "Dr. Falk's"] in names
    assert not any(n == "Laboratories Ltd." for group in names for n in group)


def test_possessive_before_industry_word_and_legal_form_stays_in_the_name() -> None:
    text = "Under the pact, Kessler's Pharmaceuticals GmbH will pay Orvano Bio $12 million upfront."
    deal = extract(text, language="en")
    assert_grounded(deal, text)
    assert [(d.licensor.name, d.licensee.name) for d in deal] == [
        ("Orvano Bio", "Kessler's Pharmaceuticals GmbH")
    ]


def test_company_possessive_still_splits() -> None:
    names = _names("Orvano Pharma's lead drug was licensed to Brightwell Therapeutics.")
    assert ["Orvano Pharma"] in names


def test_hyphenated_nationality_is_not_a_company() -> None:
    text = (
        "The purchase is the latest bet by the Anglo-Dutch drugmaker, which bought "
        "Meridel Biosciences in 2022."
    )
    names = [n for group in _names(text) for n in group]
    assert "Anglo-Dutch" not in names
    assert "Meridel Biosciences" in names


def test_granted_company_an_exclusive_license() -> None:
    text = (
        "Tarvel Pharmaceuticals said that it had granted Quorvia an exclusive license to "
        "TV-204 outside China for $40 million upfront."
    )
    deals = extract(text, language="en")
    assert_grounded(deals, text)
    assert [(d.licensor.name, d.licensee.name) for d in deals] == [
        ("Tarvel Pharmaceuticals", "Quorvia")
    ]


def test_consideration_on_closing_and_contingent_consideration() -> None:
    text = (
        "Quorvia will pay up to $900 million for the Ghent company: $300 million on deal "
        "closing, and up to $600 million in contingent consideration tied to milestones."
    )
    assert _kinds(text) == ["total", "upfront", "milestones"]


def test_closing_price_is_not_an_upfront() -> None:
    kinds = _kinds("Tarvel will pay $2.5 billion, a premium to the $30.10 closing price.")
    assert kinds[1] != "upfront"
