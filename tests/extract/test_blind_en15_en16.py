"""Phrasing met in the blind sets en15 (the dev corpus's mix by other hands) and en16 (wire
stories, investor calls, market reports; issue 3, twelfth pass): title-case press-release
headlines ("X Enters into ... for CAR-T Therapies Targeting DLL3"), a nationality before a
company ("Hungarian pharmaceutical company Y"), and an option given in so many words against
the agreement's name.

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from datetime import date

from phrasing import company_names as _names
from phrasing import deals_in as _deals
from phrasing import one_deal as _one
from phrasing import party_pairs as _pairs

from dealradar.extract.dealtype import deal_type
from dealradar.extract.money import find_money
from dealradar.extract.terms import label_sentence
from dealradar.extract.territory import classify_sentence


def _kinds(text: str) -> list[str]:
    return [t.kind for t in label_sentence(text, 0, len(text), find_money(text))]


def test_a_title_case_headline_verb_ends_the_company_name() -> None:
    names = _names(
        "Qinhai Biotech Enters into Exclusive, Global License Agreement with Norvale Pharma "
        "for CAR-T Therapies Targeting DLL3\n\nQinhai Biotech said the deal is its largest."
    )
    assert "Qinhai Biotech" in names
    assert not any("Enters" in n or "CAR-T" in n or "Targeting" in n for n in names), names


def test_a_nationality_before_a_company_is_no_party() -> None:
    text = (
        "Qinhai Biotech has signed a license and commercialization agreement with Hungarian "
        "pharmaceutical company Vardos Pharma Plc., and the exclusive commercialization rights "
        "of QH-2206 in Europe were granted by Qinhai Biotech to Vardos. Vardos will pay a down "
        "payment of 8.5 million US dollars."
    )
    assert _pairs(text) == {("Qinhai Biotech", "Vardos Pharma Plc.")}


def test_an_option_given_in_words_outweighs_the_agreements_name() -> None:
    sentences = [
        "qinhai enters exclusive licensing agreement with norvale for qh-25",
        "under the agreement, norvale receives an exclusive option, exercisable after the "
        "readout, to acquire rights to qh-25 in the united states.",
    ]
    assert deal_type(sentences, has_money=True) == "option"
    # a licence granted in words is still a licence, whatever options come with it
    assert deal_type([*sentences, "qinhai grants norvale an exclusive license to qh-25"]) == (
        "license"
    )


def test_a_country_closing_a_territory_list_is_no_company() -> None:
    text = (
        "All development and commercialization rights to QH-3301 in Greater China, South "
        "Korea, Singapore, Thailand, Malaysia and Mongolia will be transferred to Norvale "
        "Pharma, which will pay Qinhai Biotech $280 million upfront."
    )
    assert "Mongolia" not in _names(text)
    assert "Mongolia" not in {n for pair in _pairs(text) for n in pair}


def test_potential_payments_tied_to_milestones_are_milestones() -> None:
    text = (
        "Norvale will make a $280 million upfront payment to Qinhai, which is also eligible for "
        "up to $175 million in potential payments tied to regulatory and commercial milestones."
    )
    assert _kinds(text) == ["upfront", "milestones"]


def test_a_place_far_after_the_rights_is_not_their_territory() -> None:
    """ "rights in April 2019 ..., another $60 million on U.S. approval": the U.S. is where
    the drug is approved, not where rights were granted; "rights ... in China" still is."""
    far = (
        "Qinhai acquired the rights in April 2019 from Norvale, agreeing to an upfront payment "
        "of $65 million, another $60 million on U.S. approval of the drug, and $710 million in "
        "further milestones."
    )
    assert classify_sentence(far) is None
    near = "Qinhai acquired the rights to QH-1 in mainland China and the United States."
    found = classify_sentence(near)
    assert found is not None and found[0] == "regional"


def test_a_partnership_that_dates_back_to_a_year_is_a_deal_of_its_own() -> None:
    text = (
        "Norvale Pharma has agreed to acquire Qinhai China, the Chinese subsidiary of Qinhai "
        "Bio, in a deal valued at about $160 million.\n\n"
        "The transaction caps a partnership that dates back to 2013, when Norvale Pharma paid "
        "Qinhai Bio $350 million upfront for rights to QH-4592 in China."
    )
    deals = _deals(text)
    totals = sorted((d.total.amount if d.total else 0) for d in deals)
    assert len(deals) == 2 and totals == [160_000_000, 350_000_000], totals


def test_a_new_company_holding_options_makes_an_option_deal() -> None:
    sentences = [
        "On Thursday, Aldan Bio unveiled Tesk Bio, a new company built around a collaboration "
        "with Qinhai Pharma.",
        "Tesk holds options to take exclusive rights to each candidate outside mainland China.",
    ]
    assert deal_type(sentences, has_money=True) == "option"
    assert deal_type([sentences[0], "Tesk gets exclusive options on the candidates."]) == "option"
    # a new company that takes a licence is a NewCo deal
    assert deal_type([sentences[0], "Tesk takes an exclusive license to QH-1."]) == "newco"


def test_newco_style_transactions_in_general_are_no_newco() -> None:
    trend = "It extends a run of NewCo-style transactions in which the licensor takes equity."
    licence = "Qinhai licensed QH-754 to Norvale, which takes worldwide rights."
    assert deal_type([licence, trend], has_money=True) == "license"
    assert deal_type([licence, "Qinhai licenses QH-754 in a NewCo-style deal."]) == "newco"


def test_a_former_name_in_brackets_is_an_alias_not_the_name() -> None:
    deal = _one(
        "Qinhai Pharma (formerly Larch Biomedicine Group) agreed to sell Norvale Bio its share of "
        "the China rights to QH-31 for up to $630 million in total."
    )
    assert deal.licensor.name == "Qinhai Pharma"
    assert "Larch Biomedicine Group" in deal.licensor.aliases
    assert deal.deal_type == "asset-purchase"


def test_a_new_company_and_the_firm_that_set_it_up_are_one_side() -> None:
    deal = _one(
        "On Thursday, Aldan Bio struck its latest China deal, with Qinhai Pharma. Tesk Bio, a "
        "new company set up by Aldan, gets exclusive rights outside Greater China to QH-5032. "
        "Qinhai will receive an undisclosed upfront, plus milestones that bring the deal to up "
        "to $500 million."
    )
    assert (deal.licensor.name, deal.licensee.name) == ("Qinhai Pharma", "Tesk Bio")
    assert {"Aldan Bio", "Aldan"} <= set(deal.licensee.aliases)


def test_giving_a_company_money_of_its_own_is_no_grant() -> None:
    """ "X raised $372 million, giving it plenty of firepower": "it" is X, not the company
    after a granting verb that "giving the pharma rights" would name."""
    text = (
        "Qinhai Pharma licensed QH-12 to Aldan Bio for $20 million upfront. Aldan itself raised "
        "$372 million in a Series D in 2024, giving it plenty of firepower for more deals."
    )
    assert _pairs(text) == {("Qinhai Pharma", "Aldan Bio")}


def test_a_lone_party_joins_the_roundup_item_it_is_read_in() -> None:
    text = (
        "1. Qinhai - Norvale\n"
        "Qinhai Pharma licensed QH-1 to Norvale Bio for $30 million upfront.\n\n"
        "2. Larch - Tesk\n"
        "On Thursday, Tesk Bio struck a deal with Larch Pharma. Venn Bio, a partner of Tesk, "
        "gets exclusive rights to LP-5 outside Greater China. Larch will receive up to $500 "
        "million."
    )
    pairs = _pairs(text)
    assert ("Qinhai Pharma", "Venn Bio") not in pairs
    assert ("Larch Pharma", "Venn Bio") in pairs


def test_a_weekday_before_a_date_names_that_date() -> None:
    deal = _one(
        "Published January 30, 2026\n\nOn Monday, Jan. 19, Qinhai Pharma agreed to license "
        "QH-31 to Norvale Bio for $30 million upfront."
    )
    assert deal.announced == date(2026, 1, 19)


def test_co_developing_its_drug_with_a_partner_makes_the_owner_the_licensor() -> None:
    text = (
        "Qinhai Pharma has used partnerships before: in 2018 it agreed to co-develop its cancer "
        "drug QH-7080 with Norvale Bio in a deal worth up to $5.76 billion."
    )
    assert _pairs(text) == {("Qinhai Pharma", "Norvale Bio")}


def test_licensed_from_pairs_the_two_whatever_else_the_sentence_says() -> None:
    """The possessive "Norvale's pipeline" votes Norvale an owner; the clause "that Norvale
    licensed from Qinhai" still pairs the two."""
    text = (
        "QH-55 adds to Norvale Bio's NASH pipeline, which includes NB-3655, an antibody that "
        "Norvale Bio licensed from Qinhai Pharma in January 2019."
    )
    assert ("Qinhai Pharma", "Norvale Bio") in _pairs(text)


def test_a_place_and_globally_is_a_global_scope() -> None:
    found = classify_sentence("Norvale gains a license to QH-1 in the U.S. and globally.")
    assert found is not None and found[0] == "global"


def test_acquiring_a_minority_stake_is_no_acquisition() -> None:
    stake = "Norvale will acquire a 20.5% stake in Qinhai for approximately $2.7 billion in cash."
    assert deal_type([stake], has_money=True) != "acquisition"
    assert _pairs(stake) == set()
    control = "Norvale will acquire a controlling stake in Qinhai Pharma for $2.7 billion."
    assert deal_type([control], has_money=True) == "acquisition"
