"""Phrasing met in the blind set en37 (scored once first at 0.875): a regional paper's plain
story where the buyer "said Thursday it will pay $52 a share in cash for X" and X is known only
by its "shareholders", its "stock" and its founding; a newsletter naming a licensor "X
Pharmaceuticals (Hangzhou) Co., Ltd."; a round-up item whose heading line names the deal and
whose body opens "Earlier in December, X granted Y ...".

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import company_names, deals_in, party_pairs


def test_a_price_per_share_paid_for_a_company_buys_it() -> None:
    text = (
        "Norvale, the Thousand Oaks company best known for its arthritis and bone-health drugs, "
        "said Thursday it will pay $52 a share in cash for Tessaly. All told, the purchase is "
        "worth about $3.7 billion.\n\n"
        "For people who owned Tessaly stock, the offer was a windfall. Tessaly was founded in "
        "1997. The deal still has to be approved by Tessaly shareholders."
    )
    assert "Tessaly" in company_names(text)
    assert party_pairs(text) == {("Tessaly", "Norvale")}


def test_a_legal_form_after_a_city_in_brackets_closes_the_name() -> None:
    text = (
        "Earlier in December, Qinhai Pharmaceuticals (Hangzhou) Co., Ltd. granted Norvale Bio "
        "exclusive rights outside China to QH-01006."
    )
    assert party_pairs(text) == {("Qinhai Pharmaceuticals (Hangzhou) Co., Ltd.", "Norvale Bio")}


def test_an_items_body_after_its_heading_line_is_the_same_deal() -> None:
    text = (
        "DEALS THIS MONTH\n\n"
        "Also this month: Qinhai licenses brain-penetrant TYK2 inhibitor to Norvale Bio\n\n"
        "Earlier in December, Qinhai Pharmaceuticals Co., Ltd. granted Norvale Bio exclusive "
        "rights outside China to QH-01006. The deal is worth up to $605 million."
    )
    deals = deals_in(text)
    assert len(deals) == 1
    assert deals[0].total is not None and deals[0].total.amount == 605_000_000
