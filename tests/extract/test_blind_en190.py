"""Phrasing met in the blind sets en190 to en195, and in the misses of the earlier held-out
sets they led to.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from datetime import date

from phrasing import company_names, deals_in, party_pairs, territory_class

from dealradar.model import Deal


def test_a_payload_named_before_its_drugs_is_no_company() -> None:
    # en185-007: "For three DXd ADCs, patritumab deruxtecan (HER3-DXd), ..." made the payload
    # DXd the licensor; the drugs' codes end in it
    text = (
        "Korvane Pharma struck a pact with Belisto Bio on March 3. For two TXq ADCs, "
        "ralutamab texaquin (B7-TXq) and felutamab texaquin (C5-TXq), Korvane Pharma agreed "
        "to pay $200 million upfront and up to $1.2 billion in milestones."
    )
    assert party_pairs(text) == {("Belisto Bio", "Korvane Pharma")}


def test_a_developer_named_before_its_adcs_is_still_a_company() -> None:
    # the guard: "two Belisto ADCs" names the company that made them
    text = (
        "For two Belisto ADCs, BT-101 and BT-202, Korvane Pharma agreed to pay $200 million "
        "upfront and up to $1.2 billion in milestones."
    )
    assert party_pairs(text) == {("Belisto", "Korvane Pharma")}


def test_a_royalty_paid_back_on_a_kept_territory_does_not_reverse_the_deal() -> None:
    # en185-007: "In Japan, Daiichi Sankyo will instead pay Merck a royalty on sales" made
    # Merck the licensor of the deal it pays for
    text = (
        "Korvane Pharma agreed to pay $400 million upfront for BT-101, a drug of Belisto Bio. "
        "In Japan, Belisto Bio will instead pay Korvane Pharma a royalty on sales."
    )
    assert party_pairs(text) == {("Belisto Bio", "Korvane Pharma")}


def test_a_pact_named_before_its_signer_pairs_the_two() -> None:
    # en185-007: "the pact X struck with Y" named no partner for X's payment, which went to
    # the next licensor the text names
    text = (
        "The pact Korvane Pharma struck with Belisto Bio in October includes $400 million "
        "upfront. Almora Biotech granted Quenta Pharma rights to AB-7 for $20 million upfront."
    )
    assert party_pairs(text) == {
        ("Almora Biotech", "Quenta Pharma"),
        ("Belisto Bio", "Korvane Pharma"),
    }


def _terms(deal: Deal) -> dict[str, float]:
    """The deal's stated amounts by kind (a total derived from its parts left out)."""
    out: dict[str, float] = {}
    for kind in ("upfront", "near_term", "milestones", "total"):
        money = getattr(deal, kind)
        if money is not None and (kind != "total" or money.stated):
            out[kind] = float(money.amount)
    return out


def _one(text: str) -> Deal:
    found = deals_in(text)
    assert len(found) == 1, found
    return found[0]


def test_a_company_sheet_names_its_partner_and_its_signer_by_labels() -> None:
    # en190-002: a fact sheet's "Partner ....... X" and "Signed by ....... Y (Z subsidiary)"
    text = (
        "KORVANE PHARMA CO., LTD.\nCOMPANY FACT SHEET\n\n"
        "GLOBAL PARTNERSHIP\n"
        "Partner .............. Belisto Bio (NYSE: BLB)\n"
        "Signed by ............ Korvane US, Inc. (Korvane subsidiary)\n"
        "Upfront .............. US$300M (received)\n"
        "Dev./reg./sales ms ... up to US$2.1B\n"
    )
    deal = _one(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Korvane US, Inc.", "Belisto Bio")
    assert _terms(deal) == {"upfront": 300_000_000, "milestones": 2_100_000_000}


def test_a_deck_names_its_counterparty_and_who_is_paid() -> None:
    # en190-004: "Counterparty:  X (a Y company)" and "Payments to Z", amounts as "USD 100 M"
    text = (
        "Korvane Biosciences, Inc. (KOSDAQ: 123456)\nCorporate Presentation\n\n"
        "FLAGSHIP DEAL -- KB-84\n\n"
        "  Counterparty:  Belisto Biotech, Inc. (a Quenta Health company)\n"
        "  Territory:     Worldwide\n\n"
        "  Payments to Korvane\n"
        "   > Upfront ............................ USD 100 M\n"
        "   > Total deal value .................... up to USD 1.7 B\n"
    )
    deal = _one(text)
    assert (deal.licensor.name, deal.licensee.name) == (
        "Korvane Biosciences, Inc.",
        "Belisto Biotech, Inc.",
    )
    assert deal.territory_class == "global"
    assert _terms(deal) == {"upfront": 100_000_000, "total": 1_700_000_000}


def test_shorthand_milestones_follow_a_kind_of_them_not_a_disease() -> None:
    # en194: "$10M UF, up to $160M in dev/reg ms"; "MS" after a drug is multiple sclerosis
    text = "Korvane Pharma licensed KP-1 to Belisto Bio for $10M UF, up to $160M in dev/reg ms."
    assert _terms(_one(text)) == {"upfront": 10_000_000, "milestones": 160_000_000}
    guard = "Korvane Pharma licensed KP-1 to Belisto Bio for $10M UF. KP-1 is for a $5B MS market."
    assert _terms(_one(guard)) == {"upfront": 10_000_000}


def test_a_translated_sheet_calls_its_announcer_company_and_dates_notes() -> None:
    # en190-007: "(note 1) 2024 year 1 month 4 day, Company and X's subsidiary Y signed ...",
    # "Company will get upfront payment"
    text = (
        "Korvane Medicine — Company Profile (English version, translated)\n\n"
        "Notes:\n"
        "(note 1) 2024 year 1 month 4 day, Company and Belisto Group's wholly-owned subsidiary "
        "Quenta Therapeutics, Inc. signed exclusive global license agreement, authorize Quenta "
        "to develop and commercialize KM5043. Company will get upfront payment plus milestone, "
        "total amount more than 500 million US dollar.\n"
    )
    deal = _one(text)
    assert deal.licensor.name == "Korvane Medicine"
    assert deal.announced == date(2024, 1, 4)


def test_signed_with_names_a_company() -> None:
    # en190-007: "Company signed with Exelixis an exclusive global license about X"
    assert {"Belisto"} <= set(
        company_names("In 2023 Korvane signed with Belisto an exclusive licence.")
    )


def test_a_fact_sheet_line_completed_acquisition_is_its_company_s() -> None:
    # en190-008: "Completed 28 June 2023: acquisition of X" under "GSK plc -- Investor Fact
    # Sheet", with "- Asset: camlipixant" under it; the brands of other sections are not it
    text = (
        "Korvane plc -- Q2 2023 Investor Fact Sheet\n\n"
        "KEY BRANDS\n"
        "- Zelvora (zelvotinib): label expansion\n\n"
        "BUSINESS DEVELOPMENT\n"
        "Completed 28 June 2023: acquisition of Belisto Health Inc. (TSX: BLH)\n"
        "  - Asset: quelipixant, highly selective P2X3 antagonist\n"
        "  - Price: US$14.75 per share in cash\n"
        "  - Equity value: approx. US$2.0bn\n"
    )
    deal = _one(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Belisto Health Inc.", "Korvane plc")
    assert deal.deal_type == "acquisition"
    assert [a.name for a in deal.assets] == ["quelipixant"]


def test_an_in_licensing_sheet_names_each_program_s_source() -> None:
    # en190-006: "1) BLEECKER BIO" over "Source ....... Lynk Pharmaceuticals" and "Rights
    # ....... Exclusive; worldwide excluding China"
    text = (
        "KORVANE BIO -- COMPANY FACT SHEET\n\n"
        "ASSET COMPANIES\n\n"
        "1) BELISTO BIO\n"
        "   Asset ........ QX-01006 -- oral TYK2 inhibitor\n"
        "   Source ....... Quenta Pharmaceuticals (Hangzhou) Co., Ltd.\n"
        "   Rights ....... Exclusive; worldwide excluding China\n"
        "   Economics .... Up to $605M in upfront and milestone payments, plus royalties\n"
    )
    deal = _one(text)
    assert deal.licensor.name == "Quenta Pharmaceuticals (Hangzhou) Co., Ltd."
    assert deal.licensee.name.lower() == "belisto bio"
    assert deal.territory_class == "ex-china"
    assert [a.name for a in deal.assets] == ["QX-01006"]


def test_a_labelled_territory_line_may_name_the_world_alone() -> None:
    assert territory_class("Territory: Worldwide") == "global"
    assert territory_class("Rights: Global, exclusive") == "global"
    assert territory_class("Markets: global sales rose 8%") is None


def test_a_sentence_opening_on_he_names_no_company() -> None:
    # en193-001: an analyst's "He noted the fee was among the largest ever paid upfront" made
    # "He" a licensee
    text = (
        "Korvane Pharma will pay Belisto Bio $800 million upfront for the rights to BT-1.\n\n"
        '"The upfront alone tells you how hot ADCs have become," said one analyst, who asked '
        "not to be named because he was not authorised to speak publicly. He noted the fee was "
        "among the largest ever paid upfront for a drug discovered in China.\n"
    )
    assert party_pairs(text) == {("Belisto Bio", "Korvane Pharma")}


def test_a_parent_named_before_its_signing_subsidiary_is_one_deal() -> None:
    # en193-001: "to license a drug from China's Biokin", then "will pay SystImmune, Biokin's
    # Redmond-based subsidiary, $800 million upfront" made two deals
    text = (
        "Korvane Pharma said on Monday it would pay as much as $2 billion to license an "
        "experimental drug from China's Belisto Group.\n\n"
        "Korvane Pharma will pay Quenta Bio, Belisto Group's Boston-based subsidiary, $200 "
        "million upfront for the rights to BT-1.\n"
    )
    deal = _one(text)
    assert deal.licensor is not None and deal.licensor.name == "Quenta Bio"
    assert "Belisto Group" in deal.licensor.aliases
    assert _terms(deal) == {"upfront": 200_000_000, "total": 2_000_000_000}
