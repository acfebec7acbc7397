"""Phrasing met in the blind set en23 (scored once first at 0.759).

en23: a social-media thread in which a company "is in-licensing" two drugs, each described in
brackets, "from" a described licensor; a PDF converted to text, whose lines break sentences,
words ("Thera-" / "peutics") and figures ("US$" / "100" / "million") alike, and whose
licensor is then called by a short name in lower case ('("Norv pharm")'); a digest's
"Territory: ex-Greater China" label; a supply deal in which the partner "will have exclusive
rights to commercialize" the products; an encyclopedia's history that licenses a drug "to the
US company X"; drugs of three WHO stems not read before (-arotene, -fibranor, -bamate); a
licensee "buying an 8% equity stake in" its licensor "for" a sum, the price of the shares; a
translated Korean wire with its "(City=Agency) Month D, YYYY --" dateline, a company that "made
known" it "concluded a technology export contract" (an out-licence) and "the total contract
scale"; a translated French release whose listing gives the ISIN ("Euronext Paris:
FR0012345678") and whose "additional payment ... will be made before the start of Phase III".

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from phrasing import company_names as _names
from phrasing import one_deal as _one
from phrasing import party_pairs as _pairs

from dealradar.extract.assets import find_assets
from dealradar.extract.dealtype import deal_type
from dealradar.extract.en.unwrap import hard_wrapped, unwrap
from dealradar.extract.money import find_money
from dealradar.extract.parties import role_votes
from dealradar.extract.terms import label_sentence
from dealradar.extract.territory import classify_sentence


def test_a_present_tense_in_licence_of_described_drugs_from_a_described_company() -> None:
    votes = role_votes(
        "⟨E0⟩ is in-licensing KTX-441 (a CD3xB7-H4 bispecific) and KTX-52 (a next-gen "
        "anti-TIGIT antibody) from Hangzhou-based ⟨E1⟩ (HKEX: 7788)."
    )
    assert (1, 0, 3) in votes.pairs


_PDF = (
    "Norvale Pharmaceuticals Co., Ltd.                Press Release\n"
    "\n"
    "Norvale Pharmaceuticals and Quentor Thera-\n"
    "peutics AG Sign Exclusive License Agreement\n"
    "for Delosertib in Europe\n"
    "\n"
    'Norvale Pharmaceuticals Co., Ltd. ("Norv pharm") today announced that it has en-\n'
    "tered into an exclusive licensing agreement with Quentor Therapeutics AG\n"
    '("Quentor"), a Swiss-based biopharmaceutical company, for the develop-\n'
    "ment and commercialization of delosertib in Europe.\n"
    "\n"
    "Under the terms of the agreement, Norv pharm will re-\n"
    "ceive an upfront payment of US$\n"
    "45\n"
    "million, and is eligible to receive regu-\n"
    "latory and commercial milestone payments of up to US$ 215 mil-\n"
    "lion.\n"
)


def test_a_hard_wrapped_text_is_read_with_its_lines_joined() -> None:
    assert hard_wrapped(_PDF)
    assert not hard_wrapped("A co-\nop line.\nAnother line here.\n")
    joined, origin = unwrap(_PDF)
    assert "Quentor Therapeutics AG Sign" in joined
    assert "upfront payment of US$ 45 million, and" in joined
    assert len(origin) == len(joined) + 1
    assert all(_PDF[origin[i]] == c for i, c in enumerate(joined) if not c.isspace())


def test_a_pdf_release_yields_its_deal_with_evidence_in_the_original_text() -> None:
    deal = _one(_PDF)
    assert deal.licensor is not None and deal.licensee is not None
    assert deal.licensor.name.startswith("Norvale Pharmaceuticals")
    assert deal.licensee.name.startswith("Quentor")
    assert deal.upfront is not None and deal.upfront.amount == Decimal("45000000")
    assert deal.milestones is not None and deal.milestones.amount == Decimal("215000000")
    # (`one_deal` checks every evidence span against the original, unjoined text)


def test_a_short_name_in_lower_case_defined_in_quotes_is_the_company() -> None:
    text = (
        'Brightwell Biosciences Inc. ("Brightwell bio") signed a licence with Caldera Pharma. '
        "Brightwell bio will receive $12 million upfront."
    )
    assert "Brightwell bio" in _names(text)
    assert "Caldera Pharma bio" not in _names('Caldera Pharma ("Rival bio") signed.')


def test_a_company_that_will_have_exclusive_rights_is_the_licensee() -> None:
    votes = role_votes(
        "Under the agreement ⟨E1⟩ will manufacture and supply the products, and ⟨E0⟩ will have "
        "exclusive rights to commercialize them in Canada and Mexico."
    )
    assert (0, "licensee", 2) in votes.roles
    # a right the company has under an old deal, not exclusive rights it is given
    assert not role_votes("⟨E0⟩ will have the right to terminate the agreement.").roles


def test_a_territory_label_with_an_exclusion() -> None:
    found = classify_sentence("Territory: ex-Greater China.")
    assert found is not None and found[0] == "ex-greater-china"


def test_a_description_before_a_name_is_that_company_not_a_pronoun() -> None:
    text = (
        "Vantrel Bio was founded in 2012. In May 2020, Vantrel Bio and Orsay Medicines licensed "
        "tolvenimab to the US company Pellham Therapeutics for development in North America; "
        "Pellham paid no upfront fee and agreed to pay milestones and royalties."
    )
    assert ("Vantrel Bio", "Pellham Therapeutics") in _pairs(text)


def test_inns_of_retinoid_ppar_and_carbamate_stems_are_assets() -> None:
    text = "Halvane licensed tovarotene, zelifibranor and dasobamate to Perrin Bio."
    names = {a.name for a in find_assets(text, 0, len(text))}
    assert {"tovarotene", "zelifibranor", "dasobamate"} <= names


def test_a_stake_bought_for_a_sum_is_equity_and_a_company_bought_is_the_price() -> None:
    def labels(text: str) -> list[tuple[str, Decimal]]:
        found = label_sentence(text, 0, len(text), find_money(text))
        return [(t.kind, t.money.amount) for t in found]

    stake = "Morvane is also buying a 6% equity stake in the Lyon-based biotech for EUR 17 million."
    assert labels(stake) == [("equity", Decimal("17000000"))]
    whole = "Morvane is buying the Lyon-based biotech for EUR 170 million."
    assert labels(whole) == [("total", Decimal("170000000"))]


_KOREAN_WIRE = (
    "Hanbit Pharm technology export of psoriasis new drug candidate to Norway Fjell Pharma\n"
    "\n"
    "(Daegu=Newswire) March 9, 2021 -- Hanbit Pharm made known that it has concluded a "
    "technology export contract for psoriasis treatment new drug candidate 'HB-3307' with "
    "Fjell Pharma of Norway.\n"
    "\n"
    "According to the contract, Hanbit Pharm will receive contract deposit (upfront) of 9 "
    "million dollars and will receive step-by-step technology fee (milestone) according to "
    "development and commercialization, so the total contract scale is up to 233 million "
    "dollars.\n"
)


def test_a_korean_wire_technology_export_is_an_out_licence_dated_by_its_dateline() -> None:
    deal = _one(_KOREAN_WIRE)
    assert deal.licensor is not None and deal.licensee is not None
    assert deal.licensor.name == "Hanbit Pharm"
    assert deal.licensee.name.endswith("Fjell Pharma")  # ("Norway Fjell Pharma" in the title)
    assert deal.announced == date(2021, 3, 9)
    assert deal.upfront is not None and deal.upfront.amount == Decimal("9000000")
    assert deal.total is not None and deal.total.amount == Decimal("233000000")
    assert deal.milestones is None


def test_an_isin_is_no_drug_code() -> None:
    text = "Corval SA (Euronext Paris: FR0098765432 - CRV) licensed CVL-2207 to Ardent Bio."
    names = {a.name for a in find_assets(text, 0, len(text))}
    assert names == {"CVL-2207"}


def test_a_payment_made_before_the_start_of_a_phase_is_near_term() -> None:
    text = (
        "Ardent Bio will make an initial down-payment to Corval of USD 80 million. An additional "
        "payment of USD 35 million will be made before the start of Phase III development."
    )
    found = label_sentence(text, 0, len(text), find_money(text))
    assert [(t.kind, t.money.amount) for t in found] == [
        ("upfront", Decimal("80000000")),
        ("near_term", Decimal("35000000")),
    ]


def test_taking_over_global_rights_to_a_drug_is_a_licence() -> None:
    text = (
        "Harrow Pharma will take over global rights to velnotide, the peptide it had been "
        "co-developing with Lisk Bio, the companies said. Lisk receives an upfront payment of "
        "$75 million."
    )
    assert deal_type([text]) == "license"
