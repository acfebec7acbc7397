"""Phrasing met in the blind set en22 (scored once first at 0.867).

en22: a licensee's own release naming a licensor styled in lower case ("xyz SE") and paying
the upfront in its own shares, next to a guaranteed payment; machine-translated news that
grants "the authorization of" a drug in Greater China; a reverse-flow licence in which the
licensor buys newly issued shares of its licensee; a news story that recalls the price a
buyer "paid for" an earlier target; a newsletter with a technology-transfer milestone and
the licensee's own share offering; a deal-tracker table written without outer pipes; an
earnings release that recalls a closed deal and its stock purchase; an RMB-only stake
purchase priced per share and in total; a stake sale to a "Chinese conglomerate" whose
proceeds "pay down debt".

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from decimal import Decimal

from phrasing import company_names as _names
from phrasing import deals_in as _deals
from phrasing import one_deal as _one
from phrasing import party_pairs as _pairs
from phrasing import territory_class as _territory

from dealradar.extract.assets import find_assets
from dealradar.extract.dealtype import deal_type
from dealradar.extract.money import find_money
from dealradar.extract.parties import role_votes
from dealradar.extract.terms import label_sentence


def _labels(text: str) -> list[tuple[str, Decimal]]:
    return [(t.kind, t.money.amount) for t in label_sentence(text, 0, len(text), find_money(text))]


def test_a_company_styled_in_lower_case_is_found_by_its_legal_form() -> None:
    text = (
        "Tenmark Pharma Limited (NASDAQ: TNMK) and corvexa SE (Euronext: CRVX) today announced "
        "an exclusive license agreement for velpatimab in Greater China. Under the terms of the "
        "agreement, Tenmark will obtain an exclusive license to develop velpatimab in Greater "
        "China. In exchange, corvexa will receive an upfront payment of $60 million."
    )
    assert {"corvexa SE", "corvexa"} <= _names(text)
    deal = _one(text)
    assert (deal.licensor.name, deal.licensee.name) == ("corvexa SE", "Tenmark Pharma Limited")
    assert "the corvexa" not in _names("Tenmark licensed the drug to Halvern SE.")


def test_a_guaranteed_payment_after_a_price_per_share_is_near_term() -> None:
    text = (
        "In exchange, corvexa will receive an upfront payment of $60 million in the form of "
        "412,000 newly issued Tenmark ordinary shares, at a price of $145.00 per share, and a "
        "$15 million guaranteed non-creditable development payment."
    )
    assert _labels(text) == [
        ("upfront", Decimal("60000000")),
        ("distractor", Decimal("145.00")),
        ("near_term", Decimal("15000000")),
    ]
    # the price restated after "or" stays the price per share's
    restated = "for $12.00 per share in cash, or approximately $900 million"
    assert _labels(restated)[1][0] != "near_term"


def test_the_authorization_of_a_drug_in_a_region_grants_it() -> None:
    text = (
        "Halvern Pharma signed an exclusive agreement with Tenmark, obtaining the authorization "
        "of the antibody TNK-410 in Greater China."
    )
    assert _territory(text) == "china"
    assert _territory("Halvern received marketing authorization in China for TNK-410.") is None


def test_a_licensor_buying_new_shares_of_its_licensee_is_no_acquisition() -> None:
    sentences = [
        "Halvern Bio has won the China rights to two of Tenmark's cancer drugs.",
        "Tenmark committed to an equity investment of EUR 200 million in Halvern, buying "
        "newly issued shares of the Hong Kong-listed company.",
    ]
    assert deal_type(sentences) == "license"


def test_the_licensors_investment_in_its_licensee_is_not_the_equity_field() -> None:
    text = (
        "Halvern Bio has won the China rights to two of Tenmark Pharma's cancer drugs. "
        "As part of the agreement, Tenmark committed to make an equity investment of "
        "EUR 200 million in Halvern, buying newly issued shares of the company. Tenmark will "
        "be eligible for milestone payments and royalties on net sales of the drugs in China."
    )
    deal = _one(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Tenmark Pharma", "Halvern Bio")
    assert deal.equity is None
    assert deal.territory_class == "china"


def test_the_price_it_paid_for_an_earlier_target_is_that_deals_total() -> None:
    text = (
        "Tenmark Pharma will acquire Halvern Bio for $30 per share in cash. The price tag "
        "makes it Tenmark's largest acquisition to date, topping the roughly $720 million it "
        "paid for Corbel Therapeutics in 2018."
    )
    by_target = {d.licensor.name: d for d in _deals(text)}
    total = by_target["Corbel Therapeutics"].total
    assert total is not None and total.amount == Decimal("720000000")
    assert _labels("The roughly $720 million it paid for Corbel was high.") == [
        ("unknown", Decimal("720000000"))
    ]


def test_a_technology_transfer_milestone_and_a_share_offering() -> None:
    money = (
        "- Money: $9 million upfront; up to $31 million more on technology transfer, "
        "development and regulatory milestones; a 10% royalty on net sales."
    )
    assert _labels(money) == [
        ("upfront", Decimal("9000000")),
        ("milestones", Decimal("31000000")),
    ]
    raised = (
        "Tenmark used the deal to move into infectious disease, weeks after raising "
        "$1.5 billion in a registered direct offering."
    )
    assert _labels(raised) == [("distractor", Decimal("1500000000"))]


def _assets(text: str) -> list[str]:
    return [a.name for a in find_assets(text, 0, len(text))]


def test_a_company_ending_in_an_industry_word_before_a_remark_is_no_brand() -> None:
    assert _assets("* Tenmark -> HALV Oncology (acquisition)") == []
    assert "Oncology" not in _assets("HALV Oncology (buyout) for cash")
    assert "Velzora" in _assets("Velzora (corvatinib) is approved")


def test_a_table_without_outer_pipes_is_read_by_column() -> None:
    text = (
        "DEAL TRACKER\n\n"
        "Target | Licensee / Buyer | Licensor | Asset | Deal type | Upfront | Total | Date\n"
        "-------|------------------|----------|-------|-----------|---------|-------|-----\n"
        "x | Tenmark Pharma Co., Ltd. | Halvern Bio (Boston) | HLV-204 | Acquisition (100% of "
        "shares) | $22.00 per ADS cash (approx. $410M) | approx. $455M incl. CVR | Oct 7, 2024\n"
        "x | Corbel Pharma Co., Ltd. | Zentra Therapeutics plc | ZNT-11 | License | $40M | "
        "up to $300M | Mar 2024\n\n"
        "Row 1 -- Tenmark paid cash of $22.00 per ADS. Row 2 -- Corbel agreed to license "
        "ZNT-11 from Zentra. Tenmark said Halvern would continue to work with Zentra "
        "Therapeutics on ZNT-11."
    )
    deals = {d.licensor.name: d for d in _deals(text)}
    halvern = deals["Halvern Bio"]
    assert halvern.deal_type == "acquisition"
    assert halvern.upfront is not None and halvern.upfront.amount == Decimal("410000000")
    assert halvern.total is not None and halvern.total.amount == Decimal("455000000")
    assert deals["Zentra Therapeutics plc"].deal_type == "license"
    # a pair read across two rows of prose is no deal of its own
    assert ("Zentra Therapeutics", "Tenmark Pharma") not in _pairs(text)
    assert len(deals) == 2


def test_an_earnings_release_recalls_a_closed_deal_and_its_stock_purchase() -> None:
    text = (
        "CAMBRIDGE, Mass., March 3, 2022 -- Tenmark Inc. (Nasdaq: TNMK) today reported "
        "financial results for the fourth quarter ended December 31, 2021.\n\n"
        "- Halvern Therapeutics: in the fourth quarter Tenmark closed its previously announced "
        "collaboration with Halvern Therapeutics Inc. to co-develop and co-commercialize "
        "Halvern's HLV-77. Under the agreement, Tenmark made an upfront payment of $300 "
        "million to Halvern and purchased approximately $210 million of newly issued Halvern "
        "common stock."
    )
    deal = _one(text)
    assert deal.equity is not None and deal.equity.amount == Decimal("210000000")
    assert deal.announced is None


def test_a_total_consideration_after_a_price_per_share_is_the_total() -> None:
    text = (
        "Tenmark will acquire 210,500,000 Halvern shares at RMB 11.20 per share, for a total "
        "consideration of approximately RMB 2.358 billion, to be paid in cash."
    )
    assert _labels(text) == [
        ("distractor", Decimal("11.20")),
        ("total", Decimal("2358000000")),
    ]


def test_a_stake_sold_to_a_described_buyer() -> None:
    text = (
        "March 4, 2024 -- Tenmark Pharma, S.A. said on Monday it had agreed to sell a 15% stake "
        "in Halvern Bio Co., Ltd. to Chinese conglomerate Corbel Group for EUR 900 million in "
        "cash, a transaction that Tenmark will use to pay down debt. Under the agreement, "
        "Corbel will become the controlling shareholder of Halvern."
    )
    assert "Tenmark Pharma, S.A." in _names(text)
    by_pair = {(d.licensor.name, d.licensee.name): d for d in _deals(text)}
    deal = by_pair[("Tenmark Pharma, S.A.", "Corbel Group")]
    assert deal.deal_type == "acquisition"
    assert deal.total is not None and deal.total.amount == Decimal("900000000")


def test_proceeds_that_pay_down_debt_pay_no_party() -> None:
    masked = (
        "⟨E0⟩ sold its plant for EUR 900 million in cash, a transaction that ⟨E0⟩ will use "
        "to pay down debt, said ⟨E1⟩."
    )
    assert role_votes(masked).roles == []
    assert role_votes("⟨E0⟩ will pay ⟨E1⟩ $20 million upfront.").roles == [
        (1, "licensor", 4),
        (0, "licensee", 4),
    ]
