"""Phrasing met in the blind set en21 (scored once first at 0.865).

en21: an analyst note where a share count carries a scale letter ("buys 5.0M newly issued
shares"); an 8-K and a law firm's note that give the signing date and, in another sentence,
the day the deal was announced; a CEO interview whose dual-seat licensor "hands the U.S.
company rights"; milestones in three parts, one of them qualified ("clinical superiority
milestone"); an option-and-licence announcement where the licensor "will retain exclusive
rights" elsewhere and the drug's code has two digits ("DKN-01"); a three-sentence wire brief
on an option exercise naming the drug by both partners' codes ("mRNA-4157/V940").

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from datetime import date

from phrasing import company_names as _names
from phrasing import deals_in as _deals
from phrasing import one_deal as _one
from phrasing import party_pairs as _pairs
from phrasing import territory_class as _territory

from dealradar.extract.assets import find_assets
from dealradar.extract.dealtype import deal_type
from dealradar.extract.nationality import entity_countries
from dealradar.extract.orgs import find_entities


def _assets(text: str) -> list[str]:
    return [a.name for a in find_assets(text, 0, len(text))]


def test_a_figure_with_a_scale_letter_is_no_company() -> None:
    text = (
        "- Terms: Tenmark Pharma pays $410M upfront and buys 3.8M newly issued Halvern "
        "Therapeutics shares at $90/share, a $342M equity investment."
    )
    assert not {"3.8M", "410M", "342M"} & _names(text)
    assert "3.8M" not in _names("Tenmark buys 3.8M Halvern shares.")


def test_the_day_the_deal_was_announced_beats_the_day_it_was_signed() -> None:
    text = (
        "Corbel Legal Advises Tenmark Pharma on Its Acquisition of Halvern Therapeutics\n\n"
        "Corbel Legal is advising Tenmark Pharma in connection with its definitive agreement "
        "to acquire Halvern Therapeutics, a Boston-based biotech company. The companies "
        "announced the transaction on Monday, March 9, 2026.\n\n"
        "Under the terms of the merger agreement, entered into on March 8, 2026, Tenmark will "
        "acquire all outstanding shares of Halvern for $31.00 per share in cash, a total "
        "equity value of approximately $2.2 billion."
    )
    assert _one(text).announced == date(2026, 3, 9)


def test_a_filings_press_release_date_is_the_announcement() -> None:
    text = (
        "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        'On May 3, 2021, Halvern Therapeutics, Inc. (the "Company") entered into a License '
        'Agreement (the "Agreement") with Tenmark Pharma ("Tenmark") for HLV-204.\n\n'
        "Pursuant to the Agreement, the Company granted Tenmark exclusive worldwide rights to "
        "HLV-204. Tenmark will pay the Company an upfront payment of $45.0 million.\n\n"
        "Item 7.01 Regulation FD Disclosure.\n\n"
        "On May 4, 2021, the Company and Tenmark issued a joint press release announcing the "
        "Agreement."
    )
    assert _one(text).announced == date(2021, 5, 4)


def test_a_pegylated_drugs_two_word_name_and_its_quoted_alias() -> None:
    text = 'Halvern\'s lead program, velocaptad pegol ("VCP"), is in phase 3.'
    assert _assets(text) == ["velocaptad pegol", "VCP"]


def test_of_two_seats_joined_by_and_the_first_is_the_companys_home() -> None:
    text = "On Monday, Shanghai- and Boston-based Qinlan Bio announced a deal with Ardent Pharma."
    mentions, entities = find_entities(text, [])
    countries = entity_countries(
        text, [(m.start, m.entity) for m in mentions], {e.id: e.names for e in entities}
    )
    qinlan = next(e.id for e in entities if "Qinlan Bio" in e.names)
    assert countries[qinlan] == "CN"


def test_a_description_after_hands_is_the_partner_that_gets_the_rights() -> None:
    text = (
        "Coravel Bio announced a collaboration with Ardent Pharma that hands the U.S. company "
        "exclusive rights to Coravel's CV-210 outside Asia. Ardent will pay $120 million "
        "upfront."
    )
    assert _pairs(text) == {("Coravel Bio", "Ardent Pharma")}


def test_a_qualified_milestone_category_is_one_more_part() -> None:
    text = (
        "Ardent will pay Coravel Bio a down payment of 15 million US dollars for rights to "
        "CV-210 outside China. Coravel can obtain registration milestone money of not more "
        "than 60 million US dollars; sales milestone money of not more than 410 million US "
        "dollars; in addition, Coravel can obtain clinical superiority milestone money of up "
        "to 90 million US dollars."
    )
    deal = _one(text)
    assert deal.milestones is not None and deal.milestones.amount == 560_000_000


def test_rights_the_licensor_retains_are_no_licence_granted() -> None:
    sentences = [
        "Ardent Pharma and Coravel Bio announced an exclusive option and license agreement for "
        "CV-210 in Asia.",
        "Coravel will retain exclusive rights for the development of CV-210 in the rest of the "
        "world.",
    ]
    assert deal_type(sentences) == "option"


def test_a_programme_number_padded_with_a_zero_is_a_code() -> None:
    assert _assets("a trial of TRX-03 in gastric cancer") == ["TRX-03"]
    assert _assets("during the COVID-19 pandemic in Q4-25") == []


def test_an_option_exercised_under_an_old_agreement_is_an_option_deal() -> None:
    text = (
        "Oct 4, 2023 (Wire) - Norbell Inc said on Tuesday that Castor & Co had exercised its "
        "option to jointly develop and commercialize the cancer vaccine NB-5521, paying "
        "Norbell $180 million under the companies' collaboration agreement first struck in "
        "2019. The two drugmakers will share costs and any profits equally under the worldwide "
        "collaboration."
    )
    deal = _one(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Norbell Inc", "Castor & Co")
    assert deal.deal_type == "option"
    assert deal.territory_class == "global"


def test_money_provided_to_a_partner_is_no_grant_to_it() -> None:
    text = (
        "Under that pact, Velora Pharma agreed to provide $12.0 million in cash payments to "
        "Quantix Bio in exchange for an exclusive option on Quantix' clinical programs."
    )
    assert ("Velora Pharma", "Quantix Bio") not in _pairs(text)


def test_profits_shared_under_a_worldwide_collaboration_are_global() -> None:
    text = "The partners share costs and any profits equally under the worldwide collaboration."
    assert _territory(text) == "global"


def test_a_drug_named_by_both_partners_codes_is_one_asset() -> None:
    assert _assets("the vaccine abRNA-2210/K455, paying") == ["abRNA-2210/K455"]
    assert _assets("Ardent licensed QL264/AP-2870 from Qinlan.") == ["QL264/AP-2870"]
    assert _assets("IL-23/IL-17 bispecifics and FY2024/25 sales") == []


def test_last_weekday_before_a_date_dates_the_announcement() -> None:
    text = (
        "Deal Week in Review\n\nFriday, March 13, 2026\n\n"
        "Tenmark/Halvern: the $12 billion question\n"
        "Investors spent the week picking apart Tenmark Pharma's agreement, announced last "
        "Thursday, March 5, to buy Halvern Therapeutics in a cash-and-stock transaction valued "
        "at about $12 billion."
    )
    assert _one(text).announced == date(2026, 3, 5)


def test_an_option_told_only_in_a_releases_bullets_is_dated_by_its_dateline() -> None:
    text = (
        "Halvern Announces Agreement for Tenmark to Acquire Qorvex\n\n"
        "- Tenmark to acquire Qorvex Holdings for $2.1 billion upfront\n"
        "- Tenmark to have an option to enter into a global collaboration with Ardent Pharma "
        "on a next-generation bispecific antibody currently in Phase 1\n\n"
        "BOSTON, May 6, 2026 — Halvern Therapeutics (Nasdaq: HLVN) today announced that it has "
        "entered into a definitive agreement under which Tenmark will acquire Qorvex Holdings, "
        'Inc. ("Qorvex"), a company owned by Halvern.\n\n'
        "Under the terms of the agreement, Tenmark will pay a purchase price of $2.1 billion "
        "upfront."
    )
    option = next(d for d in _deals(text) if d.licensor.name == "Ardent Pharma")
    assert option.licensee.name == "Tenmark"
    assert option.deal_type == "option"
    assert option.announced == date(2026, 5, 6)


_DEAL_SHEET = (
    "DEAL SHEET | Halvern Therapeutics out-licenses anti-FcRn antibody HV-310 to Ardent Pharma\n\n"
    "Nordic Biotech Deal Tracker — entry updated March 12, 2026\n\n"
    "Announced: Wednesday, March 11, 2026 (Halvern regulatory filing, Oslo)\n"
    "Licensor: Halvern Therapeutics ASA, Oslo\n"
    "Licensee: Ardent Pharma AG, Basel\n"
    "Asset: HV-310, a monoclonal antibody against FcRn\n"
    "Territory: United States, Canada and Europe\n\n"
    "Financial terms\n"
    "- Upfront: USD 35 million (non-refundable)\n"
    "- Development, regulatory and sales milestones: up to USD 610 million\n"
    "- Headline value: up to USD 645 million\n\n"
    "Related HV-310 deal\n"
    "- November 2025: Halvern licensed Greater China rights to HV-310 to Qinlan Bio. "
    "Upfront: USD 6 million. Total potential value: up to USD 97 million.\n"
)


def test_a_deal_sheets_labelled_sides_make_its_deal() -> None:
    deals = _deals(_DEAL_SHEET)
    sheet = next(d for d in deals if d.licensee.name.startswith("Ardent"))
    assert sheet.licensor.name.startswith("Halvern")
    assert sheet.upfront is not None and sheet.upfront.amount == 35_000_000
    assert sheet.total is not None and sheet.total.amount == 645_000_000
    assert sheet.announced == date(2026, 3, 11)
    earlier = next(d for d in deals if d.licensee.name == "Qinlan Bio")
    assert earlier.upfront is not None and earlier.upfront.amount == 6_000_000
    assert earlier.total is not None and earlier.total.amount == 97_000_000


def test_the_rights_a_buyer_gets_in_some_countries_place_an_acquisition() -> None:
    text = (
        "Tenmark Pharma will acquire Qorvex Holdings for $3.4 billion upfront. Upon closing, "
        "Tenmark will have rights to develop RVX-210 and to commercialize it in the United "
        "States and Japan."
    )
    deal = _one(text)
    assert deal.deal_type == "acquisition" and deal.territory_class == "regional"
    held = (
        "Tenmark Pharma will acquire Qorvex Holdings for $3.4 billion upfront. Qorvex holds the "
        "rights to RVX-210 outside mainland China, Hong Kong, Macau and Taiwan."
    )
    assert _one(held).territory_class == "unspecified"


def test_a_weekday_in_brackets_is_no_city_inside_a_name() -> None:
    text = (
        "- What happened: Yesterday (Monday) Tenmark Pharma (TNMK) and Halvern Therapeutics "
        "(HLV) announced two separate oncology collaborations."
    )
    assert "Tenmark Pharma" in _names(text)
    assert not any("Yesterday" in n for n in _names(text))
