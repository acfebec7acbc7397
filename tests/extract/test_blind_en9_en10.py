"""Phrasing met in the blind sets heldout/en9 (press releases) and en10 (briefs, digests,
features; issue 3, ninth pass): a digest's compressed deal lines ("• A / B — $12M UF + $5M
near-term; total up to $745M. WW ex-Greater China"), deals struck "for X's drug", drugs
"parked in" a NewCo, talks that stalled, "About X" sections, and a company named both before
and after "it".

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from phrasing import company_names as _names
from phrasing import deals_in as _deals
from phrasing import one_deal as _one
from phrasing import party_pairs as _pairs

from dealradar.extract.orgs import find_entities
from dealradar.extract.territory import find_territory

DIGEST = (
    "BD DIGEST — Q3 catch-up\n\n"
    "Licensing (China → West)\n"
    "• Novarin Immune Therapeutics / Erilex — KQ-2003 (BCMA×CD19 CAR-T). $15M near-term, "
    "up to $1.32B dev/reg/sales milestones; rights WW ex-Greater China, India & Russia.\n"
    "• Simzen Zaiming / NexaCure (NASDAQ: NXCU) — SZ-0505 (CDH6 ADC). $12M UF + $5M "
    "near-term; total up to $745M. WW ex-Greater China; tiered royalties.\n"
    "• Asgen Pharma (Aoshan) / Visaro — ASK-712. $7M UF, $89M biobucks, $96M all-in.\n"
    "• Nanling Biotechnology / Amphorix (NASDAQ: AMPX) — three peptides. $6M UF, up to "
    "$267M in milestones; US & Canada only.\n\n"
    "Read-across: three of the four licences above were sub-$20M upfront."
)


def _by_licensor() -> dict[str, object]:
    return {d.licensor.name: d for d in _deals(DIGEST)}


def test_each_bulleted_line_is_a_deal_licensor_first() -> None:
    assert _pairs(DIGEST) == {
        ("Novarin Immune Therapeutics", "Erilex"),
        ("Simzen Zaiming", "NexaCure"),
        ("Asgen Pharma", "Visaro"),
        ("Nanling Biotechnology", "Amphorix"),
    }


def test_a_digests_shorthand_for_terms() -> None:
    deals = {d.licensor.name: d for d in _deals(DIGEST)}
    novarin, simzen, asgen = (
        deals["Novarin Immune Therapeutics"],
        deals["Simzen Zaiming"],
        deals["Asgen Pharma"],
    )
    assert novarin.milestones is not None and novarin.milestones.amount == 1_320_000_000
    assert simzen.upfront is not None and simzen.upfront.amount == 12_000_000
    assert simzen.total is not None and simzen.total.amount == 745_000_000
    assert asgen.total is not None and asgen.total.amount == 96_000_000
    assert all(d.upfront is None or d.upfront.amount < 20_000_000 for d in deals.values())


def test_a_digests_shorthand_for_territories() -> None:
    deals = {d.licensor.name: d for d in _deals(DIGEST)}
    assert deals["Novarin Immune Therapeutics"].territory_class == "regional"
    assert deals["Simzen Zaiming"].territory_class == "ex-greater-china"
    text = "$6M UF, up to $267M in milestones; US & Canada only."
    found = find_territory(text, [(0, len(text))])
    assert found is not None and found.territory_class == "regional"


def test_a_heading_naming_buyer_and_seller_makes_no_deal_of_its_own() -> None:
    text = (
        "ORLANZA / ALTERA — $1.35B\n\nSouth Korea's Altera Inc. granted Orlanza exclusive "
        "worldwide rights to AL-4 for $45 million upfront."
    )
    assert _pairs(text) == {("Altera Inc.", "Orlanza")}


def test_stalled_talks_are_no_deal() -> None:
    text = (
        "Markel & Co.'s talks to acquire cancer-drug developer Seaborn Inc. have stalled over "
        "price, according to people familiar with the matter. A transaction valuing Seaborn "
        "at about $40 billion had been expected."
    )
    assert _deals(text) == []


def test_licensed_rights_to_a_drug_to_a_described_company() -> None:
    text = (
        "GI Novation, a KOSDAQ-listed Korean biotech, said it has licensed Japanese rights to "
        "GN-301, its fusion protein, to Osaka-based dermatology specialist Maruko. Maruko "
        "will handle development in Japan."
    )
    assert _pairs(text) == {("GI Novation", "Maruko")}


def test_as_the_company_put_it_is_no_payment_and_a_startup_is_described() -> None:
    text = (
        "Lepro Biopharma (2157.HK) has parked two of its T-cell engagers in Exalto "
        "Therapeutics, a Shanghai-based NewCo. The Shanghai startup takes global rights to "
        "both. Lepro gets $10M upfront and up to $847.5M in milestones — $857.5M in total, as "
        "the company put it."
    )
    deal = _one(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Lepro Biopharma", "Exalto Therapeutics")


def test_an_agreement_for_a_companys_drug() -> None:
    text = (
        "Around the same time, Formex Bio struck a $605 million agreement for Lynx "
        "Pharmaceuticals' LX-01006, an oral TYK2 inhibitor, outside China."
    )
    assert _pairs(text) == {("Lynx Pharmaceuticals", "Formex Bio")}


def test_handed_rights_to_a_countrys_company() -> None:
    text = (
        "In October 2025, Shanghai Minle Biotechnology handed ex-Greater China rights to "
        "ML-105, a triple agonist, to Denmark's Sideris Bio in a deal worth up to $1.045 billion."
    )
    assert _pairs(text) == {("Shanghai Minle Biotechnology", "Sideris Bio")}


def test_a_possessive_agreement_with_names_a_company() -> None:
    text = "Jemline's 2022 agreement with Genex Corp for JM-2992 convinced sceptics."
    assert "Jemline" in _names(text)


def test_an_index_regions_and_listings_are_not_companies() -> None:
    text = (
        "Western drugmakers are buying: the Hang Seng Biotech index is up 80%, and Hong Kong "
        "biotech IPOs raised more than HK$20 billion."
    )
    names = _names(text)
    assert not names & {"Hang Seng Biotech", "West", "Western", "IPOs"}


def test_it_is_the_company_named_before_even_when_named_again_after() -> None:
    text = (
        'Adamant Inc. ("Adamant"), a platform company, today announced that it has entered '
        "into an exclusive license agreement with Sanovo to develop antibodies using "
        "Adamant's masking technology. Adamant will receive an upfront payment of $17.5 "
        "million."
    )
    assert _pairs(text) == {("Adamant Inc.", "Sanovo")}


def test_about_sections_do_not_merge_the_two_companies() -> None:
    text = (
        "Junmei Biosciences licensed JM-1 to Coheron BioSciences for $150 million upfront.\n\n"
        "About Junmei Biosciences\n\nJunmei Biosciences is a biotech.\n\n"
        "About Coheron BioSciences\n\nCoheron BioSciences is a biotech."
    )
    _, entities = find_entities(text, [])
    assert not any({"Junmei Biosciences", "Coheron BioSciences"} <= set(e.names) for e in entities)
    assert _pairs(text) == {("Junmei Biosciences", "Coheron BioSciences")}


def test_a_second_agreement_between_the_same_companies_is_a_deal_of_its_own() -> None:
    text = (
        "Zyron and BeyGene Announce Two Agreements\n\n"
        "- BeyGene to pay Zyron a total of $60 million in upfront payments under the two "
        "agreements\n\n"
        "Zyron Inc. and BeyGene, Ltd. today announced two separate agreements.\n\n"
        "Under the first agreement, BeyGene receives exclusive rights to ZY-25, Zyron's "
        "bispecific antibody. Zyron will receive an upfront payment of $40 million.\n\n"
        "Under the second agreement, BeyGene will receive worldwide rights to three bispecifics "
        "created using Zyron's platforms. Zyron will receive an upfront payment of $20 million."
    )
    deals = _deals(text)
    assert [(d.licensor.name, d.licensee.name) for d in deals] == [
        ("Zyron Inc.", "BeyGene, Ltd.")
    ] * 2
    assert sorted(d.upfront.amount for d in deals if d.upfront) == [20_000_000, 40_000_000]


# --- the blind set en11 (the dev corpus's mix of styles) ----------------------------------------


def test_which_agreed_to_buy_is_the_news_not_an_apposition() -> None:
    text = (
        "The largest came from Johnson & Johnson, which agreed to buy Intramed Therapies for "
        "$132 per share in cash, an equity value of roughly $14.6 billion."
    )
    assert _pairs(text) == {("Intramed Therapies", "Johnson & Johnson")}


def test_is_buying_and_is_picking_up_are_acquisitions() -> None:
    text = (
        "GSK, meanwhile, is buying Boston-based Idrex Bio for up to $1.15 billion. Eli Lilly is "
        "picking up Scorpa Therapeutics' lead cancer program in a transaction worth $2.5 billion."
    )
    assert _pairs(text) == {("Idrex Bio", "GSK"), ("Scorpa Therapeutics", "Eli Lilly")}


def test_the_announcer_is_the_company_before_the_verb_not_the_outlet() -> None:
    text = (
        "Zhiteng Finance APP news, July 23, 2020 - Hanlin Pharmaceutical (03692) issued an "
        "announcement that the Company has signed a license agreement with Equinox, Inc. "
        "According to the agreement, the Company grants Equinox an exclusive license to HL-10296."
    )
    assert "Zhiteng Finance APP" not in _names(text)
    assert _pairs(text) == {("Hanlin Pharmaceutical", "Equinox, Inc.")}


def test_an_industry_total_amount_of_transactions_is_no_term() -> None:
    text = (
        "Simzen licensed SZ-0613 to Ipsenne; the total amount is up to 1.06 billion US dollars. "
        "The total amount "
        "of foreign licensing transactions of Chinese innovative drugs in 2025 has exceeded "
        "100 billion US dollars."
    )
    deal = _one(text)
    assert deal.total is not None and deal.total.amount == 1_060_000_000


def test_a_target_before_a_drug_word_is_not_a_company() -> None:
    text = (
        "Allora earlier licensed worldwide rights to an allosteric EGFR inhibitor program to "
        "AstraZeneca in an agreement it valued at up to $540 million."
    )
    assert "EGFR" not in _names(text)


def test_under_the_agreement_and_expected_years_are_the_announced_deal() -> None:
    text = (
        "October 18, 2022 - Zyron Inc. today announced an exclusive agreement with Jasper "
        "Pharmaceuticals plc for ZR-25.\n\nUnder the agreement, Jasper receives an exclusive "
        "option to acquire rights to ZR-25 in all territories except those where Zyron "
        "previously granted rights to another partner. Zyron will receive an upfront payment "
        "of $50 million.\n\nThe companies expect a licence application to be submitted in 2023."
    )
    assert len(_deals(text)) == 1


# --- the blind set en12 ---------------------------------------------------------------------------


def test_selling_to_a_groups_unit_and_a_name_ending_in_group() -> None:
    text = (
        "China-founded Regal Therapeutics agreed to sell two CDK inhibitors to Rocher's "
        "Genetica for $850 million paid at the outset. Beyond the $850 million, the Regal "
        "Therapeutics Group can earn further milestones. Genetica gains worldwide rights."
    )
    assert _pairs(text) == {("Regal Therapeutics Group", "Genetica")}


def test_a_seat_before_a_name_is_not_part_of_it() -> None:
    text = (
        "Hong Kong-listed Genova Biopharma licensed its bispecific GV-261 to San Diego-based "
        "Avenza Therapeutics for $20 million upfront."
    )
    assert _pairs(text) == {("Genova Biopharma", "Avenza Therapeutics")}


def test_a_unit_of_a_listed_owner_and_a_listing_mark() -> None:
    text = (
        "Axiom Bio, Inc., a wholly owned subsidiary of the US-listed Instal Bio (TIL.US), "
        "signed a licence agreement. May 27丨Keyton Pharmaceuticals-B licensed KT-1001 to "
        "Evopharm AG."
    )
    groups = [set(e.names) for e in find_entities(text, [])[1]]
    assert any({"Axiom Bio, Inc.", "Instal Bio"} <= names for names in groups)
    assert "Keyton Pharmaceuticals" in _names(text)
