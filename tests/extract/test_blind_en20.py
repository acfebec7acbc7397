"""Phrasing met in the blind set en20 (issue 3, seventh session; scored once first at 0.84).

en20: a monthly newsletter headed "Deals of the Month: October 2025" whose items are dated
"On October 26" and whose acquisition has a CVR "payable on approval by June 30, 2031"; a
licence whose total is restated in yuan beside a market size in yuan.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import company_names as _names
from phrasing import deals_in as _deals
from phrasing import one_deal as _one
from phrasing import party_pairs as _pairs

from dealradar.extract.assets import find_assets
from dealradar.extract.dates import latest_year
from dealradar.extract.money import find_money
from dealradar.extract.text import sentences


def test_the_headings_year_dates_an_undated_newsletter() -> None:
    text = (
        "Deals of the Month: October 2025\n\n"
        "On October 12, Norvale Pharma agreed to buy Qinhai Bio for $31.00 per share. Norvale "
        "expects the deal to close in the first half of 2026."
    )
    assert latest_year(text) == 2025


def test_a_deadline_with_its_day_does_not_date_an_undated_text() -> None:
    text = (
        "In March 2024 Norvale Pharma agreed to acquire Qinhai Bio, plus a contingent value "
        "right payable on approval of QH-7 by June 30, 2031, or by 30 June 2032 in Europe."
    )
    assert latest_year(text) == 2024


def test_a_market_worth_a_sum_is_no_deal_term() -> None:
    text = (
        "Norvale Pharma will pay Qinhai Bio US$40 million upfront for Greater China rights to "
        "QH-7, with up to US$300 million in milestones. China's oncology drug market was worth "
        "about RMB150 billion in 2017, according to analysts."
    )
    deal = _one(text)
    assert deal.total is not None and deal.total.amount == 340_000_000


def test_a_spoken_decimal_amount_is_read_whole() -> None:
    """An earnings-call transcript writes figures as they are said."""
    text = "an equity value of approximately twenty-seven point eight five billion dollars"
    (money,) = find_money(text)
    assert money.amount == 27_850_000_000 and money.currency == "USD"
    assert text[money.start : money.end] == "twenty-seven point eight five billion dollars"


def test_the_debt_raised_to_pay_for_an_acquisition_is_no_deal_term() -> None:
    text = (
        "Norvale Pharma will acquire Qinhai Bio for $41.50 per share in cash, a transaction "
        "equity value of approximately $9.2 billion. Norvale has secured a committed bridge "
        "facility of $9.5 billion and will fund the rest with cash on hand."
    )
    deal = _one(text)
    assert deal.upfront is not None and deal.upfront.amount == 9_200_000_000


def test_a_figure_analysts_put_a_market_at_is_no_payment() -> None:
    text = (
        "Norvale Pharma has struck a licensing deal with Qinhai Bio for European rights to "
        "QH-7. Norvale will pay US$65 million upfront. The deal is modest beside the size of "
        "the market, which analysts at Corvid Insight put at roughly $4.9 billion in annual "
        "sales by 2028."
    )
    assert _pairs(text) == {("Qinhai Bio", "Norvale Pharma")}


def test_a_legal_form_before_a_sentence_opener_ends_the_name_and_the_sentence() -> None:
    text = (
        "QH-7 was originally discovered by Corvid Pharma Ltd. The Group obtained exclusive "
        "global rights to the compound from Corvid in 2011. Norvale Pharma Inc. Its partner "
        "was not named."
    )
    assert [s.text for s in sentences(text)] == [
        "QH-7 was originally discovered by Corvid Pharma Ltd.",
        "The Group obtained exclusive global rights to the compound from Corvid in 2011.",
        "Norvale Pharma Inc.",
        "Its partner was not named.",
    ]
    assert "Corvid Pharma Ltd." in _names(text)
    assert not any("Group" in name or "Its" in name for name in _names(text))


def test_stock_bought_for_a_sum_named_after_it_is_equity() -> None:
    text = (
        "Norvale Pharma will pay Qinhai Bio $75 million upfront for rights to QH-7, and will "
        "buy $60 million of Qinhai stock, the companies said, in a pact worth up to $900 million."
    )
    deal = _one(text)
    assert deal.equity is not None and deal.equity.amount == 60_000_000
    assert deal.total is not None and deal.total.amount == 900_000_000


def test_a_takeover_named_among_a_companys_moves_is_its_own() -> None:
    text = (
        "Norvale Pharma will pay Corvid Labs $35 million upfront to license CV-12 in the "
        "United States. The deal is Norvale's latest push into oncology after the $2.1bn "
        "takeover of Qinhai Bio, which it agreed in March."
    )
    assert ("Qinhai Bio", "Norvale Pharma") in _pairs(text)
    assert ("Corvid Labs", "Norvale Pharma") in _pairs(text)


def test_the_price_after_an_acquisition_of_a_company_is_its_value() -> None:
    text = (
        "Norvale Pharma will pay Corvid Labs $35 million upfront to license CV-12. The "
        "agreement builds on Norvale's recent moves in liver disease, including the acquisition "
        "of Qinhai Bio for $4.3 billion, completed in 2024, which added QH-7 to its portfolio."
    )
    (bought,) = [d for d in _deals(text) if d.licensor and d.licensor.name == "Qinhai Bio"]
    assert bought.total is not None and bought.total.amount == 4_300_000_000
    (agreed,) = _deals("Norvale Pharma agreed to the acquisition of Qinhai Bio for $4.3 billion.")
    assert (agreed.licensor.name, agreed.licensee.name) == ("Qinhai Bio", "Norvale Pharma")
    assert agreed.total is not None and agreed.total.amount == 4_300_000_000


def test_an_acquisitions_cash_and_its_cvr_restated_in_totals_are_upfront_and_milestones() -> None:
    text = (
        "Norvale Pharma agreed on June 3 to acquire Qinhai Bio for USD 22.50 per share in cash, "
        "or approximately USD 880 million, plus one non-tradable contingent value right (CVR) "
        "worth up to USD 4.00 per share, or approximately USD 160 million, payable if QH-7 is "
        "approved. In total the deal is valued at up to about USD 1.04 billion."
    )
    deal = _one(text)
    assert deal.upfront is not None and deal.upfront.amount == 880_000_000
    assert deal.milestones is not None and deal.milestones.amount == 160_000_000
    assert deal.total is not None and deal.total.amount == 1_040_000_000


def test_cash_per_share_restated_without_or_before_a_cvr_is_the_upfront() -> None:
    text = (
        "Norvale Pharma will acquire Qinhai Bio for $54.00 per share in cash, about $4.7bn, "
        "plus a non-transferable contingent value right (CVR) of $6.00 per share, payable on "
        "approval of QH-7. Including the CVR, the transaction is worth approximately $5.2bn."
    )
    deal = _one(text)
    assert deal.upfront is not None and deal.upfront.amount == 4_700_000_000
    assert deal.total is not None and deal.total.amount == 5_200_000_000


def test_a_kind_of_molecule_with_a_drug_stems_ending_is_no_asset() -> None:
    text = "The prize is Qinhai's antibody oligonucleotide conjugate platform and semaglutide."
    assert [a.name for a in find_assets(text, 0, len(text))] == ["semaglutide"]
