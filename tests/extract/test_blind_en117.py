"""Phrasing met in the blind sets en117 to en123 (and leftovers of earlier sets): an exchange
notice whose opening says only "entered into an agreement with Y" while its outline says Y
obtains the licence, ...

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import alias_groups, company_names, deals_in, one_deal, party_pairs

from dealradar.extract.assets import find_assets
from dealradar.extract.money import find_money
from dealradar.extract.nationality import description_country
from dealradar.extract.orgs import find_entities
from dealradar.extract.parties import defined_terms, role_votes
from dealradar.extract.terms import label_sentence
from dealradar.extract.territory import classify_sentence, find_territory


def test_a_firm_grant_outweighs_the_announcers_agreement_with_its_partner() -> None:
    # en116: a TSE notice, "it resolved to enter into a new agreement with Novartis Pharma AG",
    # then "Novartis will obtain an exclusive worldwide license"
    text = (
        "Notice Concerning Conclusion of a License Agreement with Marrowfield\n\n"
        'Holvik Pharma Inc. (hereinafter "the Company") hereby announces that its Board resolved '
        'to enter into a new agreement with Marrowfield AG (hereinafter "Marrowfield").\n\n'
        "Under the agreement, the Company will apply its platform to targets nominated by "
        "Marrowfield, and Marrowfield will obtain an exclusive worldwide license to develop and "
        "commercialize products arising from the collaboration.\n"
        "Upfront payment: USD 80 million"
    )
    assert party_pairs(text) == {("Holvik Pharma Inc.", "Marrowfield AG")}


def test_newer_inn_stems_name_drugs() -> None:
    # en73 / en33: "pegozafermin", "adagrasib", "rimegepant", "relugolix" and other stems
    for inn in ("pegozafermin", "adagrasib", "rimegepant", "elacestrant", "relugolix"):
        names = {a.name for a in find_assets(f"It licensed {inn} to us.", 0, 30 + len(inn))}
        assert names == {inn}, inn
    deal = one_deal(
        "Holvik Pharma AG said Monday it will acquire Tessary Bio for $1.2 billion, adding "
        "ralofermin, Tessary's FGF21 analogue for MASH."
    )
    assert [a.name for a in deal.assets] == ["ralofermin"]


def test_a_name_written_without_its_accent_is_the_same_company() -> None:
    # en123: "Schrodinger lands ..." in a headline over "Schrödinger Inc. said ..."
    assert {"Tessary Bio", "Téssary Bio Inc."} in alias_groups(
        "Tessary Bio lands deal\n\nTéssary Bio Inc. said on Monday it signed with Holvik AG."
    )


def test_a_headline_that_lands_money_from_a_company_names_the_payer() -> None:
    # en123: "Schrodinger lands $150M upfront, up to $2.272B in milestones from Novartis"
    votes = role_votes("⟨E0⟩ lands $150M upfront, up to $2.272B in milestones from ⟨E1⟩")
    assert votes.pairs == [(0, 1, 3)]


def test_a_collaboration_that_hands_a_company_rights_makes_it_the_licensee() -> None:
    # en123: "... in a research collaboration that hands the Swiss group exclusive worldwide
    # rights to develop and commercialize the resulting molecules"
    text = (
        "Tessary Bio lands $150M upfront, up to $2B in milestones from Holvik\n\n"
        "BOSTON, Nov 11 (Wire) - Tessary Bio Inc. said on Monday that Holvik AG will tap its "
        "physics-based computational platform to discover small-molecule drugs against several "
        "targets, in a research collaboration that hands the Swiss group exclusive worldwide "
        "rights to develop and commercialize the resulting molecules."
    )
    deal = one_deal(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Tessary Bio Inc.", "Holvik AG")
    assert deal.upfront is not None and deal.upfront.amount == 150_000_000


def test_a_participle_far_from_its_subject_still_pays_for_it() -> None:
    # en19: "Everest Medicines has added another in-licensed autoimmune asset to its
    # kidney-focused pipeline, paying Kezar Life Sciences $7m upfront for Asian rights"
    votes = role_votes(
        "⟨E0⟩ has added another in-licensed autoimmune asset to its kidney-focused "
        "pipeline, paying ⟨E1⟩ $7m upfront for Asian rights to the inhibitor TS-616."
    )
    assert votes.pairs == [(1, 0, 4)]


def test_rights_handed_back_between_two_descriptions_open_no_second_deal() -> None:
    # en19: after "X has added ..., paying Y $7m upfront", "The South San Francisco biotech
    # handed the Shanghai-based company exclusive rights": neither company's seat is known, so
    # the descriptions may be read the wrong way round; that is no licence going back
    text = (
        "Holvik Medicines bets $7M upfront on Tessary's kidney drug\n\n"
        "Sept. 20, 2023 -- Holvik Medicines has added another in-licensed autoimmune asset to "
        "its kidney-focused pipeline, paying Tessary Life Sciences $7m upfront for Asian rights "
        "to the immunoproteasome inhibitor TS-616.\n\n"
        "The South San Francisco biotech handed the Shanghai-based company exclusive rights to "
        "develop and commercialize TS-616 in Greater China and South Korea. Tessary can collect "
        "up to $125.5m in milestones."
    )
    assert party_pairs(text) == {("Tessary Life Sciences", "Holvik Medicines")}


def test_the_licensor_is_not_the_company_that_took_the_rights() -> None:
    # en123: "Endeavor ... has obtained exclusive global rights to develop ... ENV-501", three
    # paragraphs on "the licensor will receive upfront and milestone payments of up to $430
    # million", then "The asset was originally discovered by Hummingbird Bioscience"
    text = (
        "Holvik Expands Pipeline with Exclusive License to HER3 ADC\n\n"
        "SAN DIEGO, Nov. 1, 2023 -- Holvik BioMedicines, Inc. today announced that it has "
        "obtained exclusive global rights to develop and commercialize HV-501, a HER3-targeting "
        "antibody-drug conjugate.\n\n"
        '"HER3 is overexpressed across many tumors," said the chief executive of Holvik.\n\n'
        "HV-501 has completed IND-enabling studies. The ADC market may exceed $28 billion.\n\n"
        "Under the terms of the agreement, the licensor will receive upfront and milestone "
        "payments of up to $430 million, as well as royalties on future net sales. The asset "
        "was discovered by Tessary Bioscience, a clinical-stage company in Singapore."
    )
    deal = one_deal(text)
    assert (deal.licensor.name, deal.licensee.name) == (
        "Tessary Bioscience",
        "Holvik BioMedicines, Inc.",
    )
    assert deal.total is not None and deal.total.amount == 430_000_000


def test_a_merger_agreement_for_a_company_is_its_takeover() -> None:
    # en123: "Pfizer on Friday signed an amended merger agreement for Metsera, Inc. at up to
    # $86.25 per share", in an analyst note that ends the line before on "Metsera is Pfizer's."
    text = (
        "Obesity: Tessary is Holvik's. After a week of dueling offers, Holvik Inc. on Friday "
        "signed an amended merger agreement for Tessary, Inc. at up to $86.25 per share, "
        "implying an enterprise value of up to approximately $10 billion."
    )
    deal = one_deal(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Tessary, Inc.", "Holvik Inc.")
    assert deal.deal_type == "acquisition"


def test_a_possessive_closing_a_sentence_is_no_name_of_its_own() -> None:
    text = "Tessary is Holvik's. After a week of offers, Holvik agreed to acquire Tessary."
    assert [e.name for e in find_entities(text, [])[1] if "Holvik" in e.name] == ["Holvik"]


def test_a_licence_to_a_described_company_names_the_licensee() -> None:
    # en123: "Seoul's GI Innovation Inc. licensed Japanese rights to GI-301, its IgE-trapping
    # Fc-fusion protein for allergic diseases, to Osaka dermatology specialist Maruho Co."
    text = (
        "Seoul's Holvik Inc. licensed Japanese rights to HV-301, its IgE-trapping Fc-fusion "
        "protein for allergic diseases, to Osaka dermatology specialist Tessary Co. The contract "
        "is worth up to 298 billion won including the upfront fee."
    )
    assert party_pairs(text) == {("Holvik Inc.", "Tessary Co.")}


def test_a_boston_area_biotech_is_not_the_swiss_partner() -> None:
    # en123: "Roche pays $50 million upfront; ... and the Boston-area biotech is eligible for
    # tiered royalties"
    assert description_country("the Boston-area biotech") == "US"
    assert description_country("the Barcelona drugmaker") == "ES"
    votes = role_votes("⟨E0⟩ pays $50 million upfront, and ⟨E3⟩ is eligible for royalties.")
    assert (3, "licensor", 3) in votes.roles


def test_a_loan_agreement_with_a_lender_is_no_deal() -> None:
    # en121: an 8-K whose "Material Definitive Agreement" is a Loan and Security Agreement
    text = (
        "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        'On August 12, 2025, Holvik Therapeutics, Inc. (the "Company") entered into a Loan and '
        'Security Agreement (the "Loan Agreement") with Tessary Capital, Inc., as agent, and the '
        'lenders party thereto (collectively, the "Lenders"). The Loan Agreement provides a term '
        "loan of up to $75.0 million, of which $25.0 million was funded at closing.\n\n"
        "No license or other rights to the Company's product candidates were granted to the "
        "Lenders."
    )
    assert deals_in(text) == []
    assert "No" not in company_names(text) and "Lenders" not in company_names(text)


def test_the_peoples_republic_of_china_carved_out_is_ex_china() -> None:
    # en121: "in all countries and regions of the world other than the People's Republic of
    # China (the "Territory")"
    text = (
        "Tessary granted Holvik a license to commercialize TS-041 in all countries and regions "
        'of the world other than the People\'s Republic of China (the "Territory").'
    )
    found = find_territory(text, [(0, len(text))])
    assert found is not None and found.territory_class == "ex-china"


def test_a_market_expected_to_be_worth_a_sum_is_no_deal_term() -> None:
    # en118: "analysts expect the obesity drug market to be worth somewhere north of $100
    # billion a year", in the lead of a licence story
    deal = one_deal(
        "By the end of this decade, analysts expect the obesity drug market to be worth "
        "somewhere north of $100 billion a year.\n\nHolvik Pharmaceuticals has licensed HV-094 "
        "from Tessary Pharmaceutical Group, the two companies said on June 2. Holvik is paying "
        "$80 million upfront, and Tessary could collect up to $1.93 billion in milestones."
    )
    assert deal.total is not None and deal.total.amount == 2_010_000_000


def test_it_after_a_dated_opening_is_the_company_the_paragraph_is_about() -> None:
    # en118: "Shanghai Henlius Biotech ... continued to find regional partners ... On April 25
    # it gave Lotus Pharmaceutical's South Korean arm, Alvogen Korea, rights to the drug"
    text = (
        "Holvik Biotech continued to find regional partners for its PD-1 antibody HV-182. On "
        "April 25 it gave Tessary Pharmaceutical's South Korean arm, Marrow Korea, rights to the "
        "drug in South Korea for $5 million upfront; Holvik can earn up to $9.5 million in "
        "regulatory milestones."
    )
    assert party_pairs(text) == {("Holvik Biotech", "Tessary Pharmaceutical")}


def test_a_table_in_a_declared_unit_reads_its_bare_figures() -> None:
    # en120: a deal log "amounts in US$ millions unless noted", with cells "1,010", "up to
    # 881.5", and a licensor "TransThera Sciences (Nanjing)"
    text = (
        "China out-licensing log (amounts in US$ millions unless noted)\n\n"
        "Date  | Licensor            | Licensee         | Upfront | Milestones | Headline\n"
        "------|---------------------|------------------|---------|------------|---------\n"
        "Nov 1 | Holvik Bioscience   | Tessary Sciences | 25      | 571        | n/d\n"
        "Nov 3 | Marrowfield (Nanjing) | Orvane Bio     | n/d     | n/d        | up to 881.5\n"
    )
    by_licensor = {d.licensor.name: d for d in deals_in(text)}
    first = by_licensor["Holvik Bioscience"]
    assert first.upfront is not None and first.upfront.amount == 25_000_000
    assert first.milestones is not None and first.milestones.amount == 571_000_000
    second = by_licensor["Marrowfield (Nanjing)"]
    assert second.licensor.aliases == ("Marrowfield",)
    assert second.total is not None
    assert (second.total.amount, second.total.qualifier) == (881_500_000, "up_to")


def test_a_conditional_opening_word_is_no_part_of_the_name_after_it() -> None:
    # en85: "Should Janssen decide to exercise its option ..., it would owe LegoChem a further
    # $200 million"
    assert "Janssen" in company_names(
        "Janssen Biotech, Inc. signed with Holvik. Should Janssen decide to exercise its option, "
        "it would owe Holvik a further $200 million."
    )


def test_a_filings_defined_terms_name_its_company_and_its_counterparty() -> None:
    # en117: an SSE announcement's '(hereinafter "the Company" or "Hengrui") and Merck Sharp &
    # Dohme LLC (hereinafter "the Counterparty" or "MSD")', then "the Company grants the
    # Counterparty an exclusive license"
    text = (
        "ANNOUNCEMENT ON THE EXCLUSIVE LICENSE AGREEMENT ENTERED INTO WITH TESSARY LLC\n\n"
        '- Holvik Pharmaceuticals Co., Ltd. (hereinafter "the Company" or "Holvik") and '
        'Tessary LLC (hereinafter "the Counterparty" or "TSY"), a subsidiary of Tessary & Co., '
        "Inc., have entered into an exclusive license agreement for HV-5346.\n\n"
        'On 25 March 2025, the Company entered into an Exclusive License Agreement (the "'
        'Agreement") with the Counterparty, pursuant to which the Company grants the '
        "Counterparty an exclusive license to develop HV-5346 worldwide excluding mainland "
        "China. The Counterparty will pay the Company an upfront payment of US$200 million."
    )
    deal = one_deal(text)
    assert deal.licensor.name == "Holvik Pharmaceuticals Co., Ltd."
    assert "Tessary LLC" in deal.licensee.names()
    assert deal.upfront is not None and deal.upfront.amount == 200_000_000


def _labels(sentence: str) -> list[tuple[str, int]]:
    money = find_money(sentence)
    return [
        (t.kind, int(t.money.amount)) for t in label_sentence(sentence, 0, len(sentence), money)
    ]


def test_money_paid_at_signing_is_the_upfront() -> None:
    # en122: "Beyond the $200 million paid at signing, Hengrui is eligible for up to $1.77
    # billion in milestone payments"
    assert _labels(
        "Beyond the $200 million paid at signing, Holvik is eligible for up to $1.77 billion "
        "in milestone payments."
    ) == [("upfront", 200_000_000), ("milestones", 1_770_000_000)]


def test_a_price_per_share_before_an_upfront_payment_is_that_figures_own() -> None:
    # en122: "a one-time charge of $0.06 per share tied to the Hengrui agreement, reflecting
    # the $200 million upfront payment we made"
    assert _labels(
        "Non-GAAP EPS includes a one-time charge of $0.06 per share tied to the Holvik "
        "agreement, reflecting the $200 million upfront payment we made."
    ) == [("distractor", 0), ("upfront", 200_000_000)]


def test_a_share_of_sales_is_no_price_per_share() -> None:
    # en122: "milestones of up to $1.15 billion; and a share of sales"
    assert _labels(
        "Terms: $50 million upfront; development, regulatory and commercial milestones of up "
        "to $1.15 billion; and a share of sales."
    ) == [("upfront", 50_000_000), ("milestones", 1_150_000_000)]


def test_the_past_of_a_bracketed_aside_does_not_date_the_deal() -> None:
    # en122: "Duality Biotherapeutics, the Shanghai ADC house (filed for a Hong Kong IPO last
    # year), granted San Diego-based Avenzo Therapeutics an exclusive license to DB-1418"
    text = (
        "1) Holvik -> Tessary (Jan. 7)\n"
        "Holvik Biotherapeutics, the Shanghai ADC house (filed for a Hong Kong IPO last year), "
        "granted San Diego-based Tessary Therapeutics an exclusive license to HV-1418. Terms: "
        "$50 million in upfront and near-term payments; development, regulatory and commercial "
        "milestones of up to $1.15 billion."
    )
    deal = one_deal(text)
    assert deal.milestones is not None and deal.milestones.amount == 1_150_000_000


def test_rights_that_still_belong_to_the_licensor_are_kept_not_granted() -> None:
    # en119: "The relevant rights of HS-20094 in the Greater China region still belong to
    # Hansen", after the grant "outside the mainland of China, Hong Kong ..."
    text = (
        "Holvik signed an exclusive license agreement with Tessary Pharmaceuticals, Inc. and "
        "will authorize the rights of HV-094 outside the mainland of China, Hong Kong, Macao "
        "and Taiwan to Tessary. The relevant rights of HV-094 in the Greater China region still "
        "belong to Holvik."
    )
    assert classify_sentence(text.split(". ")[-1]) is None
    deal = one_deal("Tessary will pay Holvik a first payment of 80 million US dollars. " + text)
    assert deal.territory_class == "ex-greater-china"


def test_a_defined_term_after_a_listing_in_its_bracket_names_the_party() -> None:
    # en117: 'ArriVent BioPharma, Inc. (Nasdaq: AVBP, the "Counterparty" or "ArriVent")'
    text = (
        'X Co. entered into an agreement with Tessary Bio, Inc. (Nasdaq: TSBY, the "Counterparty" '
        'or "Tessary"). The Company grants to the Counterparty an exclusive right.'
    )
    mentions, _ = find_entities(text, [])
    tessary = next(m.entity for m in mentions if m.name == "Tessary Bio, Inc.")
    assert defined_terms(text, mentions)["the Counterparty"] == tessary


def test_a_translation_with_the_partners_short_name_before_reached_agreement() -> None:
    # en119: 'Kangnuoya Biomedicine (Keymed Biosciences, 02162.HK) announced with the American
    # company Timberlyne Therapeutics ("Timberlyne") reached agreement, will the CD38 monoclonal
    # antibody CM313 in the world except ... authorize to Timberlyne'
    votes = role_votes(
        '⟨E0⟩ (⟨E0⟩, 02162.HK) announced with the American company ⟨E1⟩ ("⟨E1⟩") reached '
        "agreement, will the antibody HV-313 in the world except the mainland of China the "
        "rights of development and commercialization authorize to ⟨E1⟩."
    )
    assert {frozenset(p[:2]) for p in votes.pairs} == {frozenset((0, 1))}


def test_a_parent_named_before_the_word_subsidiary_is_no_party() -> None:
    # en120: 'Licensor: Chongqing Yao Pharmaceutical Co., Ltd. ("Yao Pharma"), a Fosun Pharma
    # subsidiary' over 'Licensee: Pfizer Inc.'
    text = (
        "#1  Holvik -> Tessary\n"
        'Licensor:    Holvik Pharmaceutical Co., Ltd. ("Holvik"), a Marrowfield Pharma subsidiary\n'
        "Licensee:    Tessary Inc.\n"
        "Upfront:     USD 150 million\n"
    )
    assert party_pairs(text) == {("Holvik Pharmaceutical Co., Ltd.", "Tessary Inc.")}


def test_a_filing_that_defines_we_speaks_for_its_company_throughout() -> None:
    # en121: a 10-K's 'Disc Medicine, Inc. ("Disc," "we," "us" or "our")', then "In May 2021,
    # we entered into a license agreement with AbbVie ..., under which AbbVie granted us ..."
    text = (
        'Holvik Medicine, Inc. ("Holvik," "we," "us" or "our") is a clinical-stage company.\n\n'
        "License Agreements\n\n"
        "In January 2023, we entered into a license agreement with Tessary (Shanghai) "
        'Bioscience Co., Ltd. ("Tessary"), under which Tessary granted us an exclusive license '
        "to develop HV-003 outside Greater China. We paid Tessary an upfront payment of $10.0 "
        "million."
    )
    deal = one_deal(text)
    assert (deal.licensor.name, deal.licensee.name) == (
        "Tessary (Shanghai) Bioscience Co., Ltd.",
        "Holvik Medicine, Inc.",
    )
    assert deal.upfront is not None and deal.upfront.amount == 10_000_000


def test_a_company_naming_an_agreement_is_not_its_payer() -> None:
    # en121: "the Company is obligated under the Jenrin Agreement to make payments upon the
    # achievement of certain development and regulatory events"
    votes = role_votes(
        "⟨E0⟩ is obligated under the ⟨E1⟩ Agreement to make payments upon the achievement of "
        "certain development and regulatory events and to pay royalties on net sales."
    )
    assert (1, "licensee", 4) not in votes.roles


def test_a_research_grant_to_a_company_is_no_licence() -> None:
    # en127: "▪ $3.5M — NIH grant to Lumen Ridge for its rare-disease gene-therapy work", in a
    # week with no deal
    assert (
        deals_in(
            "BIOTECH BY THE NUMBERS\n\n"
            "▪ $145M — Series B for Holvik Therapeutics (oral IL-23R program)\n"
            "▪ $3.5M — NIH grant to Tessary Ridge for its rare-disease gene-therapy work\n"
        )
        == []
    )
    # (a translation's "X grant Y the rights" is the verb)
    votes = role_votes("⟨E0⟩ grant ⟨E1⟩ in the world except mainland China the exclusive rights.")
    assert (0, 1, 3) in votes.pairs


def test_a_holiday_is_no_company() -> None:
    # en125: "Sanofi said on Christmas Eve it will acquire Dynavax Technologies"
    text = (
        "Holvik Pharma said on Christmas Eve it will acquire Tessary Technologies for $2.2 billion."
    )
    assert party_pairs(text) == {("Tessary Technologies", "Holvik Pharma")}
