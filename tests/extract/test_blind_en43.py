"""Phrasing met in the blind set en43 (scored once first at 0.636): a trade story whose buyer
is named by a description ("The French pharma said Tuesday it will buy X ..."), with the buyer
named again only at the far end of a relative clause ("..., a figure that folds in the X debt
Y is taking over").

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import company_names, deals_in, one_deal, party_pairs


def test_a_company_named_in_a_later_clause_can_be_the_description_before_it() -> None:
    deal = one_deal(
        "Brelano bags Tovix's lung drug in buyout worth up to $1.4B\n\n"
        "Brelano has found its next rare disease bet in Boston.\n\n"
        "The French pharma said Tuesday it will buy Tovix Bio (Nasdaq: TVXB) in a deal valued "
        "at up to about $1.4 billion, a figure that folds in a contingent value right and the "
        "Tovix debt Brelano is taking over. The prize is TVX-101, a fusion protein."
    )
    assert deal.licensors[0].name == "Tovix Bio"
    assert deal.licensees[0].name == "Brelano"
    assert deal.deal_type == "acquisition"


_NOTE = (
    "EQUITY RESEARCH | EUROPEAN PHARMACEUTICALS\n"
    "Varnel NV (VRN BB) - Rating: OUTPERFORM | Price target: EUR 95\n"
    "20 January 2022\n\n"
    "Bottom line: Varnel's agreed takeover of Quobis (QBS US) adds an on-market epilepsy "
    "asset.\n\n"
    "Yesterday (19 Jan) Varnel said it will buy the Oakland, California-based company for "
    "USD 18.00 per share in cash, plus one contingent value right (CVR) per share worth "
    "USD 1.50 that pays out "
    "if Zalvira (lorbetamine) secures EU approval by end-2023. All in, the transaction is "
    "worth up to ~USD 1.2bn. By comparison, Varnel agreed in 2019 to pay roughly USD 2.1bn "
    "for Pellan Therapeutics to obtain zerbitide."
)


def test_a_currency_code_before_a_figure_is_no_company() -> None:
    names = {c.name for d in deals_in(_NOTE) for c in (*d.licensors, *d.licensees)}
    assert "USD" not in names
    assert ("Quobis", "Varnel NV") in party_pairs(_NOTE)


def test_a_brand_with_its_generic_name_in_brackets_is_a_drug() -> None:
    # an INN ending no biologic stem has ("-amine"), and the FDA's suffix ("-csrk")
    assert "Zalvira" not in company_names(_NOTE)
    deal = next(d for d in deals_in(_NOTE) if d.licensors[0].name == "Quobis")
    assert "Zalvira" in {a.name for a in deal.assets}
    text = (
        "Brelano will acquire Tovix Bio for $2 billion, adding Pelvara (rostercept-xkqa), "
        "approved in the US."
    )
    assert "Pelvara" not in company_names(text)


_TAKEOVER_RELEASE = (
    "Hoshino Pharmaceutical to Acquire Quellant Pharmaceuticals, Expanding Oncology "
    "Presence in the United States and Europe\n"
    "\n"
    "- Hoshino to commence tender offer for all outstanding shares of Quellant at "
    "US$31.00 per share in cash\n"
    "- Transaction values Quellant at a total equity value of approximately US$1.1 "
    "billion\n"
    "- Adds VELQUA® (lorvatinib) and late-stage candidate pexantinib to Hoshino's "
    "portfolio\n"
    "\n"
    "KYOTO, Japan and BOSTON, Mass., May 13, 2024 -- HOSHINO PHARMA CO., LTD. "
    '(Headquarters: Osaka, Japan; President and COO: Kenji Mori; "Hoshino") and Quellant '
    'Pharmaceuticals, Inc. (NASDAQ: QLNT) ("Quellant"), a biopharmaceutical company '
    "focused on discovering, developing and commercializing important new medicines to "
    "improve the lives of people with cancer, today announced that they have entered into"
    " a definitive agreement under which Hoshino will acquire Quellant.\n"
    "\n"
    "Under the terms of the merger agreement, which has been unanimously approved by the "
    "Boards of Directors of both companies, an Hoshino subsidiary will commence a tender "
    "offer to acquire all outstanding shares of Quellant common stock for US$31.00 per "
    "share in cash. The offer price represents a premium of approximately 74.7% to "
    "Quellant's closing share price on May 10, 2024, the last trading day prior to "
    "today's announcement. The transaction values Quellant at a total equity value of "
    "approximately US$1.1 billion. Hoshino intends to fund the acquisition with cash on "
    "hand and borrowings.\n"
    "\n"
    "Hoshino does not expect the transaction to change its consolidated financial "
    "forecast for the fiscal year ending March 31, 2025, announced on May 9, 2024, under "
    "which it projects revenue of JPY 450.0 billion. Any revision will be disclosed "
    "promptly.\n"
)


def test_a_share_price_day_and_a_forecast_day_do_not_date_the_takeover() -> None:
    # "closing share price on May 10, the last trading day", "its financial forecast ...,
    # announced on May 9": days of other news; the dateline's day is the deal's
    deal = one_deal(_TAKEOVER_RELEASE)
    assert deal.announced is not None and deal.announced.isoformat() == "2024-05-13"


def test_a_company_in_a_dash_aside_is_not_the_subject_after_it() -> None:
    text = (
        "The bigger one is with Corvane Bio (HKEX: 02981). Drelstrom gets an exclusive global "
        "license to develop multi-specific antibodies. Corvane Bio is to receive $120 million "
        "up front — a figure that includes a $60 million equity investment by Drelstrom in the "
        "Hong Kong-listed company — and could earn as much as $2.1 billion more in milestones."
    )
    assert party_pairs(text) == {("Corvane Bio", "Drelstrom")}


def test_the_whole_transaction_total_amount_is_the_deals_total() -> None:
    # machine-translated: "the whole transaction total amount" is this deal's, where "license
    # total amount" without a determiner tallies an industry
    deal = one_deal(
        "Lianshan Medicine and American Corvex reach strategic cooperation.\n\n"
        "According to the agreement, Corvex company will obtain the exclusive option right for "
        "the project. Lianshan Medicine will obtain 9.5 million US dollars upfront payment, plus "
        "the option fee and milestone payment, the whole transaction total amount is up to "
        "412.5 million US dollars."
    )
    assert deal.total is not None and deal.total.amount == 412_500_000


def test_a_merger_sub_beside_its_parent_is_no_party_of_its_own() -> None:
    text = (
        "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        'On March 3, 2025, Terravane Bio, Inc., a Delaware corporation (the "Company"), entered '
        'into an Agreement and Plan of Merger (the "Merger Agreement") with Holvik Pharma Inc., '
        'a Delaware corporation ("Parent"), and Osprey Acquisition Corp., a Delaware corporation '
        'and a wholly owned subsidiary of Parent ("Merger Sub"), under which Parent will acquire '
        "the Company for $41.00 per share in cash."
    )
    assert party_pairs(text) == {("Terravane Bio, Inc.", "Holvik Pharma Inc.")}


def test_a_company_which_the_buyer_bought_is_a_deal() -> None:
    text = (
        "1. FDA clears Holvik's Pramora for PAH\n\n"
        "Pramora came to the Boston drugmaker with Quellant Bio, which Holvik bought for "
        "$6.2 billion in 2021 in a deal that closed that November."
    )
    assert party_pairs(text) == {("Quellant Bio", "Holvik")}
