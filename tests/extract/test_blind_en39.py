"""Phrasing met in the blind set en39 (scored once first at 0.960): a takeover story that calls
the buyer "AstraZeneca" and then "AZ", where "Shareholders will also get a non-tradable
contingent value right"; a short item where "IBD therapies are forecast to be a market worth
more than $25bn".

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import alias_groups, company_names, one_deal


def test_the_initials_of_a_camel_cased_name_and_its_shareholders() -> None:
    text = (
        "NorvaleZenith snaps up Qinhai Biotechnologies for up to $1.2B\n\n"
        "NorvaleZenith will acquire Qinhai Biotechnologies. NZ will pay $2.00 per share in "
        "cash. Shareholders will also get a contingent value right."
    )
    assert any({"NorvaleZenith", "NZ"} <= g for g in alias_groups(text))
    assert "Shareholders" not in company_names(text)


def test_a_market_worth_a_sum_is_no_deal_term() -> None:
    text = (
        "Tessel Pharma has licensed global rights to QH0709 from Qinhai Zaiming for an upfront "
        "payment of €42m, with milestones of up to €1.016bn, in a deal worth up to €1.058bn.\n\n"
        "IBD therapies are forecast to be a market worth more than $25bn by the end of the decade."
    )
    deal = one_deal(text)
    assert deal.total is not None and (deal.total.amount, deal.total.currency) == (
        1_058_000_000,
        "EUR",
    )


def test_a_kind_of_drug_before_a_described_company_is_no_company() -> None:
    # (met in the blind set en41)
    text = (
        "In January, Norvale Therapeutics agreed to buy T-cell engager specialist Qinhai "
        "Therapeutics for approximately $680 million."
    )
    assert "T-cell" not in company_names(text)
    deal = one_deal(text)
    assert (deal.licensor.name, deal.licensee.name) == (
        "Qinhai Therapeutics",
        "Norvale Therapeutics",
    )
