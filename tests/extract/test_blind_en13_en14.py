"""Phrasing met in the blind sets en13 (machine-translated news, roundups) and en14 (analyst
notes, tables, pages; issue 3, eleventh pass): "X announced that Y obtained the option", a
partner that "will hold" rights, partners listed by region ("Europe: Y took exclusive rights",
"Z licensed commercialization rights in March 2024", "W signed on in March 2025"), and "the
NewCo model" as a trend rather than the deal's structure.

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from datetime import date

from phrasing import alias_groups as _groups
from phrasing import deals_in as _deals
from phrasing import one_deal as _one
from phrasing import party_pairs as _pairs

from dealradar.extract.dealtype import deal_type


def test_the_announcer_grants_what_the_other_company_obtains() -> None:
    deal = _one(
        "On November 19, Brightwell Therapeutics, which has teams in Suzhou and San Mateo, "
        "announced that Corvane obtained the exclusive option to license the global rights of "
        "up to three preclinical programs. Corvane pays a down payment of 30 million US dollars."
    )
    assert (deal.licensor.name, deal.licensee.name) == ("Brightwell Therapeutics", "Corvane")
    assert deal.deal_type == "option"


REGIONS = (
    "October 9, 2025 - Halden Biologics has extended its partnership with Morrow Pharma for "
    "HB-2506, its proposed biosimilar, to cover Canada. Under the new agreement, Morrow will "
    "hold exclusive rights to commercialize HB-2506 in Canada, while Halden remains "
    "responsible for development and supply.\n\n"
    "HB-2506 has by now been partnered across most major regions:\n\n"
    "- Europe: Vessel Arzneimittel took exclusive rights for the EU in May 2024, paying $10m "
    "upfront.\n"
    "- Latin America: Caridad Farma licensed commercialization rights in March 2024; terms "
    "were not made public.\n"
    "- Southeast Asia: Orinoco Laboratories signed on in March 2025, again without terms.\n"
)


def test_partners_listed_by_region_each_take_rights_from_the_developer() -> None:
    assert _pairs(REGIONS) == {
        ("Halden Biologics", "Morrow Pharma"),
        ("Halden Biologics", "Vessel Arzneimittel"),
        ("Halden Biologics", "Caridad Farma"),
        ("Halden Biologics", "Orinoco Laboratories"),
    }
    vessel = next(d for d in _deals(REGIONS) if d.licensee.name == "Vessel Arzneimittel")
    assert vessel.upfront is not None and vessel.upfront.amount == 10_000_000


def test_the_newco_model_as_a_trend_is_not_the_deals_structure() -> None:
    deal = _one(
        "On June 4, Yunhe Biotech authorized its BCMA/CD3 antibody YH-1803 to Corvane "
        "Therapeutics, for a down payment of 20 million US dollars.\n\n"
        "Analysts believe that in 2026 platform deals and the NewCo model will continue to be "
        "the main form of going abroad."
    )
    assert deal.deal_type == "license"


def test_a_posts_first_person_is_no_company_and_and_company_is_part_of_a_name() -> None:
    groups = _groups(
        "We've entered into an option agreement with Corvane. Back in July we teamed up with "
        "Halden Lilly and Company on our platform."
    )
    names = set().union(*groups)
    assert "We've" not in names and "Halden Lilly and Company" in names


NEWSLETTER = (
    "CHINA OUT-LICENSING MONITOR\n"
    "Issue 12 | January 2, 2026 | For institutional investors only\n\n"
    "1) Qinhai Biotech / Larkspur Therapeutics (Dec 17)\n"
    "Larkspur signed a multi-year discovery pact covering bispecifics generated on the "
    "platform. Qinhai receives $40m upfront.\n\n"
    "2) Tessera Bio / Ondrey Pharma (Dec 23)\n"
    "Ondrey in-licensed TS-0613, an ADC, taking worldwide rights outside Greater China.\n\n"
    "OUR VIEW\n"
    "Options plus equity in NewCos is the template we expect to see more of in 2026."
)


def test_a_newsletters_numbered_headings_name_and_date_its_deals() -> None:
    deals = {d.licensor.name: d for d in _deals(NEWSLETTER)}
    assert {(k, d.licensee.name) for k, d in deals.items()} == {
        ("Qinhai Biotech", "Larkspur Therapeutics"),
        ("Tessera Bio", "Ondrey Pharma"),
    }
    assert deals["Qinhai Biotech"].announced == date(2025, 12, 17)
    assert deals["Tessera Bio"].announced == date(2025, 12, 23)


def test_equity_in_newcos_in_general_is_not_the_deals_structure() -> None:
    sentences = [
        "Ondrey in-licensed TS-0613, taking worldwide rights outside Greater China.",
        "Options plus equity in NewCos is the template we expect to see more of in 2026.",
    ]
    assert deal_type(sentences, licensee_names=("Ondrey Pharma",)) == "license"
    tessera = next(d for d in _deals(NEWSLETTER) if d.licensor.name == "Tessera Bio")
    assert tessera.deal_type == "license"


FILING = (
    "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
    'On March 2, 2026, Qinhai Biosciences, Inc., a Delaware corporation (the "Company"), '
    "entered into an Agreement and Plan of Merger with Halden Pharma Corp., an Ohio "
    'corporation ("Parent"), and a wholly owned subsidiary of Parent ("Merger Sub"). Merger '
    "Sub will merge with and into the Company, with the Company surviving as a wholly owned "
    "subsidiary of Parent. The aggregate equity value of the transaction is approximately "
    "$900 million. Upon termination under specified circumstances, the Company will be "
    "required to pay Parent a termination fee of $31.5 million."
)


def test_a_merger_filing_names_target_and_buyer_by_defined_terms() -> None:
    assert {"Halden Pharma Corp.", "Parent"} in _groups(FILING)
    deal = _one(FILING)
    assert (deal.licensor.name, deal.licensee.name) == (
        "Qinhai Biosciences, Inc.",
        "Halden Pharma Corp.",
    )
    assert deal.deal_type == "acquisition"


def test_a_termination_fee_is_no_deal_term() -> None:
    deal = _one(FILING)
    assert deal.upfront is None
    assert deal.total is not None and deal.total.amount == 900_000_000


def test_a_firms_aggregate_deal_value_is_no_deals_total() -> None:
    deal = _one(
        "Kestrel & Ward previously represented Tarim Pharmaceutical in 2021 when its ROCK2 "
        "inhibitor TR-101 was licensed to Orinoco Bioscience, in a transaction valued at up to "
        "US$517.5 million. In 2023, the firm advised on transactions with an aggregate value "
        "of more than US$20 billion."
    )
    assert deal.total is not None and deal.total.amount == 517_500_000


def test_with_the_total_reaching_states_the_total() -> None:
    deal = _one(
        "Tarim Medicine signed a collaboration with Orinoco Pharma. Tarim receives USD 32 "
        "million in upfront and near-term R&D payments, with the total potentially reaching "
        "USD 888 million."
    )
    assert deal.near_term is None
    assert deal.total is not None and deal.total.amount == 888_000_000


def test_a_roundups_stated_totals_are_each_deals_own() -> None:
    deals = {
        d.licensee.name: d
        for d in _deals(
            "Deal wrap: Halden buys Qinhai for $1.2bn, Corvane takes Tarim, Orinoco signs on with "
            "Ostrava\n\n"
            "A day earlier, Corvane said it will acquire Oxford-based Tarim Therapeutics in a "
            "transaction worth up to $840m.\n\n"
            "Ostrava Medicine kicked off the year with a research collaboration with Orinoco. "
            "Ostrava will get up to $32m in upfront payments, and up to $856m more in "
            "milestones, for a total of up to $888m."
        )
    }
    assert deals["Corvane"].total is not None and deals["Corvane"].total.amount == 840_000_000
    assert deals["Orinoco"].total is not None and deals["Orinoco"].total.amount == 888_000_000


def test_a_licence_recalled_in_an_acquisition_story_stays_a_licence() -> None:
    deals = _deals(
        "January 20, 2026 -- Halden plc and Tarim Therapeutics, Inc. today announced that "
        "Halden will acquire Tarim for $58.00 per share in cash, approximately $2.2 billion.\n\n"
        "Tarim in-licensed the antibody TR-1904 from Shanghai Qinhai Pharmaceutical in December "
        "2024, paying $35 million upfront and agreeing to up to $672.5 million in milestones, "
        "for rights outside mainland China, Hong Kong, Macau and Taiwan. Completion of the "
        "acquisition will trigger a milestone payment to Qinhai under that agreement."
    )
    qinhai = next(d for d in deals if d.licensor.name == "Shanghai Qinhai Pharmaceutical")
    assert qinhai.deal_type == "license" and qinhai.territory_class == "ex-greater-china"


def test_a_results_release_dates_a_deal_by_its_own_sentence() -> None:
    deal = _one(
        "SUZHOU, China, August 26, 2025 -- Qinhai Pharmaceuticals (HKEX: 2299) today announced "
        "its unaudited interim results for the six months ended June 30, 2025.\n\n"
        "Shortly after the period end, on July 10, 2025, Qinhai entered into an exclusive "
        "license and commercialization agreement with Tarim Farma S.r.l., an Italian specialty "
        "pharmaceutical company. Tarim Farma obtains the rights to commercialize QH-101 in 18 "
        "European countries. Qinhai is eligible to receive an upfront payment and milestone "
        "payments totalling up to US$92.5 million."
    )
    assert (deal.licensor.name, deal.announced) == ("Qinhai Pharmaceuticals", date(2025, 7, 10))


def test_the_partner_that_obtains_rights_is_the_licensee_of_an_agreement_with_it() -> None:
    deal = _one(
        "On July 10, 2025, Qinhai Pharmaceuticals entered into an exclusive license and "
        "commercialization agreement with Tarim Farma S.r.l., an Italian specialty "
        "pharmaceutical company. Tarim Farma obtains the rights to commercialize QH-101 in 18 "
        "European countries."
    )
    assert (deal.licensor.name, deal.licensee.name) == (
        "Qinhai Pharmaceuticals",
        "Tarim Farma S.r.l",
    )


def test_rights_received_in_return_for_a_payment_make_a_licensee() -> None:
    deal = _one(
        "The second deal, with Medlin Discovery, covers TR-4001, a pan-KRAS inhibitor. Here "
        "Orinoco gets worldwide rights in return for $10M upfront and up to $160M in "
        "milestones. Medlin can also earn option fees and milestones."
    )
    assert (deal.licensor.name, deal.licensee.name) == ("Medlin Discovery", "Orinoco")


def test_an_interviews_question_words_are_no_company() -> None:
    names = set().union(
        *_groups("Q: Why sell now, Corvane?\nA: Because Halden Pharma agreed to buy our share.")
    )
    assert "Why" not in names and "Halden Pharma" in names


def test_a_description_after_selling_to_is_the_buyer_named_before() -> None:
    """ "X would sell its rights ... to the British drugmaker": "to" + description after a
    transferring verb is the receiving company, never X itself."""
    text = (
        "Norvale Pharma has been building its oncology pipeline in China this year.\n\n"
        "Shanghai Qinhai Biotech said on Monday it would sell its remaining rights to QH-3301 "
        "to the British drugmaker for $40 million upfront."
    )
    assert _pairs(text) == {("Shanghai Qinhai Biotech", "Norvale Pharma")}
