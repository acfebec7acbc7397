"""Phrasing met in the blind sets en184 to en189, and in the misses of the earlier held-out
sets they led to.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from datetime import date

from phrasing import deals_in, one_deal, term_kinds, territory_class

from dealradar.extract import extract


def _types(text: str) -> dict[str, str]:
    return {d.licensee.name: d.deal_type for d in deals_in(text)}


def test_a_remark_on_newcos_in_general_does_not_make_a_deal_one() -> None:
    # en43, en13: a newsletter's sign-off ("who still thinks the newco is dead") and an
    # aside on the "Chinese asset + American new company" fashion typed licences to
    # established companies as NewCos
    text = (
        "Korvane Therapeutics licensed BP-101 from Belisto Pharma for $40 million upfront "
        "and up to $600 million in milestones.\n\n"
        "Market aside: more Chinese assets now go to a US new company every quarter.\n\n"
        "That's it for this week. Forward to a colleague who still thinks the newco is dead.\n"
    )
    assert _types(text) == {"Korvane Therapeutics": "license"}


def test_a_licensee_called_new_in_its_own_sentences_is_a_newco() -> None:
    # the guard: the sentence about the licensee still makes it one
    text = (
        "Korvane Therapeutics licensed BP-101 from Belisto Pharma for $40 million upfront "
        "and up to $600 million in milestones.\n\n"
        "Korvane Therapeutics is a newly formed company backed by two US venture funds.\n"
    )
    assert _types(text) == {"Korvane Therapeutics": "newco"}


def test_an_option_given_to_a_named_partner_is_an_option_deal() -> None:
    # en10, en73, en156: "X gave Y an option on Z", "X grants Y an exclusive option on ...",
    # "X handed Y an option on ..." were typed as licences
    for verb in ("gave", "grants", "handed"):
        text = (
            f"Korvane Therapeutics {verb} Belisto Bio an exclusive option on KV-202, a gene "
            "therapy, for $20 million upfront and up to $413 million in milestones.\n"
        )
        assert _types(text) == {"Belisto Bio": "option"}, verb


def test_options_bought_are_no_company_bought() -> None:
    # en74: "Astellas buys options on two ... engagers" read as a takeover
    text = (
        "Belisto Bio buys options on two Korvane Therapeutics macrophage engagers for $20 "
        "million upfront.\n"
    )
    assert _types(text) == {"Belisto Bio": "option"}


def test_translated_words_for_the_upfront() -> None:
    # en189: "a lump-sum contract payment of USD 30 million", "the contract one-time money of
    # 100 million dollars" (Japanese releases) were no upfront, so the milestones were the total
    for phrase in (
        "will receive a lump-sum contract payment of USD 30 million",
        "receives the contract one-time money of USD 30 million",
        "receives a contract fee of USD 30 million",
    ):
        text = (
            f"Korvane Pharmaceutical licensed KV-723 to Belisto. Korvane {phrase}, and "
            "milestone payments up to USD 1.2 billion in total.\n"
        )
        assert term_kinds(text) == {"USD 30 million": "upfront", "USD 1.2 billion": "milestones"}


def test_two_kinds_that_a_clause_says_who_receives_are_recorded_as_the_first() -> None:
    # en189: "the contract fee and short-term milestone that X receives within the near
    # period is 34.8 billion won" was read as near-term only
    text = (
        "Korvane Bio transferred KV-1 to Belisto. Among this, the contract fee and short-term "
        "milestone that Korvane Bio receives within the near period is 34.8 billion won.\n"
    )
    assert term_kinds(text) == {"34.8 billion won": "upfront"}


def test_the_world_said_in_other_words_is_global() -> None:
    # en189: "in all countries and regions of the world"; en112, en57: "an exclusive,
    # worldwide, royalty-bearing license"; en166: "profits and losses, on a 50/50 basis
    # worldwide"
    for text in (
        "By this agreement, Belisto acquires the exclusive right to commercialize KV-723 in all "
        "countries and regions of the world from Korvane.",
        "Korvane grants Belisto an exclusive, worldwide, royalty-bearing license to KV-723.",
        "Korvane granted Belisto a worldwide, exclusive license to KV-723.",
        "Korvane and Belisto will share the costs of KV-723, and any resulting profits and "
        "losses, on a 50/50 basis worldwide.",
    ):
        assert territory_class(text) == "global", text


def test_an_exchange_tier_is_no_territory_and_a_names_bracket_hides_none() -> None:
    # en189: "Nasdaq Global Select Market: KROS" in an 8-K's cover made the licence global,
    # and "(also known as KER-050) and products ... in all countries of the world other than
    # mainland China" lost its territory to the "known as" that runs to the comma
    text = (
        "Nasdaq Global Select Market: KRVN\n\n"
        "On December 2, 2024, Korvane Therapeutics, Inc. entered into an Exclusive License "
        "Agreement with Belisto Pharma, Inc., pursuant to which Korvane granted Belisto an "
        "exclusive license to commercialize velitercept (also known as KRV-050) and products "
        "containing velitercept in all countries of the world other than mainland China, Hong "
        "Kong and Macau. Belisto will pay Korvane an upfront payment of $200 million.\n"
    )
    assert one_deal(text).territory_class == "ex-china"


def test_milestones_up_to_an_aggregate_of_a_figure() -> None:
    # en189: an 8-K's "milestone payments of up to an aggregate of $1.1 billion" was the total
    text = (
        "Korvane granted Belisto a license to KV-1. Belisto will pay Korvane an upfront payment "
        "of $200 million. Korvane is also eligible to receive development, regulatory and "
        "commercial milestone payments of up to an aggregate of $1.1 billion.\n"
    )
    assert term_kinds(text) == {"$200 million": "upfront", "$1.1 billion": "milestones"}


def test_a_transfer_in_a_contract_of_a_figure_to_a_new_biotech() -> None:
    # en189: "transferred X to Y, a new American biotech established to develop it, in a
    # contract of up to 477 million dollars": the total, and a NewCo
    text = (
        "Earlier this month, Korvane Pharmaceutical transferred KV213388 to Belisto Bio, a new "
        "American biotech established to develop it, in a contract of up to 477 million "
        "dollars.\n"
    )
    deal = one_deal(text)
    assert deal.deal_type == "newco"
    assert deal.total is not None and deal.total.amount == 477_000_000


def test_a_remark_on_buying_no_asset_makes_no_takeover() -> None:
    # en189: "Platform deals give big pharma optionality without buying a single asset,"
    # typed the licence before it as an acquisition
    text = (
        "Korvane Bio signed a licence with Belisto plc under which Belisto can use Korvane's "
        "shuttle platform, for $38.5 million upfront.\n\n"
        '"Platform deals give big pharma optionality without buying a single asset," said one '
        "analyst.\n"
    )
    assert one_deal(text).deal_type == "license"


def test_a_figure_paid_upfront_and_a_funds_closings_and_quarterly_totals() -> None:
    # en184: "a transaction valued at up to US$1.7 billion that included US$100 million paid
    # upfront" left the upfront out; "advised on closings totaling more than US$6 billion"
    # (a law firm's funds practice) was taken for it, "the firm" standing for the licensor,
    # and a quarter's "aggregate ... transaction value for the quarter stood at US$78 billion"
    # for the total
    text = (
        "Among her recent mandates, she acted for Korvane Biosciences on its option and "
        "license agreement with Belisto Biotech, Inc., covering KV84 - a transaction valued at "
        "up to US$1.7 billion that included US$100 million paid upfront.\n\n"
        "Merritt Lane LLP opened a Singapore office with four partners. The firm's healthcare "
        "funds practice advised on closings totaling more than US$6 billion in 2023.\n\n"
        "Aggregate announced biopharma transaction value for the quarter stood at US$78 "
        "billion.\n"
    )
    deal = one_deal(text)
    assert deal.upfront is not None and deal.upfront.amount == 100_000_000
    assert deal.total is not None and deal.total.amount == 1_700_000_000


def test_an_interviewed_chief_named_without_a_possessive_speaks_for_his_company() -> None:
    # en186: "We asked Dianthus CEO Marino Garcia about the deal." then "Garcia: We pay Leads
    # $38 million upfront" gave the "we" to the roundup's first company
    text = (
        "THE WEEKLY\n\n"
        "1) Roche takes Korvane's ADC\n\n"
        "On Thursday, Korvane Pharmaceutical said it had granted Roche an exclusive licence to "
        "KV-110. Roche pays $80 million upfront.\n\n"
        "2) Belisto picks up a Mestral bispecific\n\n"
        "Also on Thursday, Belisto Therapeutics licensed MS-047 from Mestral Biolabs.\n\n"
        "We asked Belisto CEO Marino Garcia about the deal.\n\n"
        "Q: What does it cost you?\n"
        "Garcia: We pay Mestral $38 million upfront.\n"
    )
    by_licensee = {d.licensee.name: d for d in deals_in(text)}
    assert set(by_licensee) == {"Roche", "Belisto Therapeutics"}
    upfront = by_licensee["Belisto Therapeutics"].upfront
    assert upfront is not None and upfront.amount == 38_000_000


def test_the_payment_due_if_an_option_is_exercised_is_near_term() -> None:
    # en186: "If they exercise that option, there is a further payment of US$200 million"
    # was read as milestones (the guard: "further payments of up to ... covering the
    # exercise fee and ... milestones" stay milestones)
    text = (
        "Korvane granted Belisto an option on KV84. Belisto pays us US$100 million upfront "
        "now. If they exercise that option, there is a further payment of US$200 million.\n"
    )
    assert term_kinds(text) == {"US$100 million": "upfront", "US$200 million": "near_term"}
    text = (
        "Belisto pays Korvane $55 million up front; if it exercises the option, Korvane is in "
        "line for further payments of up to $645 million covering the exercise fee and "
        "development milestones.\n"
    )
    assert term_kinds(text)["$645 million"] == "milestones"


def test_a_takeover_for_about_a_sum_in_cash_and_an_all_cash_transaction_of_a_sum() -> None:
    # en187: "will acquire Alpine for approximately $4.9 billion in cash" gave no upfront,
    # "in an all-cash transaction of US$1.8 billion" no value at all; "a further $250m
    # contingent upon achievement of a specified regulatory milestone" no milestones
    deal = one_deal(
        "Korvane Pharma will acquire Belisto Bio for approximately $4.9 billion in cash.\n"
    )
    assert deal.upfront is not None and deal.upfront.amount == 4_900_000_000
    deal = one_deal(
        "Korvane Pharma announced a definitive agreement to acquire Belisto Bio, a private ADC "
        "company, in an all-cash transaction of US$1.8 billion.\n"
    )
    assert deal.total is not None and deal.total.amount == 1_800_000_000
    text = (
        "On March 14, Korvane Pharma said it would acquire Belisto Bio. The price: $800m "
        "payable at closing, plus a further $250m contingent upon achievement of a specified "
        "regulatory milestone, for a total transaction value of up to $1.05bn.\n"
    )
    assert term_kinds(text) == {"$800m": "upfront", "$250m": "milestones", "$1.05bn": "total"}


def test_the_incumbent_of_a_market_is_no_party() -> None:
    # en187: "X is paying for optionality in a crowded FRa space where Elahere already sells"
    # made a deal of X and the drug
    text = (
        "Wednesday (April 3) Korvane announced a definitive agreement to acquire Belisto Bio, a "
        "privately held ADC company, in an all-cash transaction of US$1.8 billion.\n\n"
        "Our take: At 1.8bn dollars, cash, no contingent component disclosed, Korvane is "
        "paying for optionality in a crowded space where Mestrahere already sells.\n"
    )
    assert {(d.licensor.name, d.licensee.name) for d in deals_in(text)} == {
        ("Belisto Bio", "Korvane")
    }


def test_a_plain_acquirer_and_target_table_without_a_rule_row() -> None:
    # en185: "Announced | Acquirer | Target | Consideration | ..." rows with no "|---|" rule
    # under the header were not read as a table, and the prose reversed a takeover ("The
    # Verona acquisition ... closed"); an all-cash price is paid at closing; "9 Jul" is the
    # note's year
    text = (
        "Industry Note | 17 November 2025\n\n"
        "Announced | Acquirer | Target | Consideration | Key asset\n"
        "9 Jul | MRKX | Belisto Pharma plc | $107 per ADS cash; ~$10bn | Ohtuvayre, COPD\n"
        "22 Oct | ALKX | Korvane Pharmaceuticals | up to $2.3bn incl. CVR | Lumryz\n\n"
        "MRKX / Belisto: early returns\n"
        "The Belisto acquisition (effectively $10bn) closed on October 7.\n"
    )
    deals = extract(text, language="en", published=date(2025, 11, 17))
    got = {
        (d.licensor.name, d.licensee.name): (d.deal_type, d.upfront, d.total, d.announced)
        for d in deals
    }
    belisto = got["Belisto Pharma plc", "MRKX"]
    assert belisto[0] == "acquisition" and belisto[3] == date(2025, 7, 9)
    assert belisto[1] is not None and belisto[1].amount == 10_000_000_000
    korvane = got["Korvane Pharmaceuticals", "ALKX"]
    assert korvane[0] == "acquisition" and korvane[1] is None
    assert korvane[2] is not None and korvane[2].amount == 2_300_000_000


def test_a_target_column_alone_is_a_molecular_target() -> None:
    # the guard: without a buyer's column, "Target" names what the drug hits
    text = (
        "Licensee | Asset | Target | Upfront\n"
        "Belisto Pharma | KV-1 | KRAS G12D | $20M\n"
        "Mestral Bio | MS-2 | CLDN18.2 | $35M\n"
    )
    deals = extract(text, language="en")
    assert not {d.licensor.name for d in deals} & {"KRAS G12D", "CLDN18.2"}
