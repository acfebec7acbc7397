"""Phrasing met in the blind set en26 (scored once first at 0.875).

en26: a weekly roundup whose item headings put the buyer first ("1) Buyer / Seller —") over a
first sentence where the seller "signed a collaboration with" the buyer, and only then a
firm cue ("Buyer takes exclusive worldwide rights"); an item dated "Last Friday (March 21)";
a licence of a drug "in Phase 2 in China" to a partner that gets it "everywhere except
mainland China, Hong Kong, Macau and Taiwan"; an option deal paying "an upfront payment and
pre-option milestone payments totaling $30 million", beside "previous collaborations, which
have collectively brought the company more than $300 million in upfront payments"; an
analysis naming a Chinese company in full ("Chia Tai Tianqing") and later by the initials of
its pinyin syllables ("CTTQ"), then recalling an older deal of "the Paris-based company" (the
buyer, earlier "the French pharma") after "the Chinese clinical data gave <buyer> enough".

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from phrasing import deals_in, one_deal

from dealradar.extract.nationality import entity_countries
from dealradar.extract.orgs import syllable_initials

_ROUNDUP = (
    "Cross-Border Weekly: Norvale and Brightwater go shopping in China\n\n"
    "Friday, March 28, 2025\n\n"
    "1) Norvale / Qinhai Bio — tri-specific antibodies\n"
    "Last Friday (March 21), Qinhai Bio said it had signed a global strategic collaboration "
    "with Norvale to discover and develop tri-specific antibodies for immunology. Norvale takes "
    "exclusive worldwide rights to two preclinical programs and can pick further targets from "
    "Qinhai's platform. The upfront payment is $90 million, with up to $2.1 billion in "
    "milestone payments.\n\n"
    "2) Brightwater / Lanxi Pharma — oral inhibitor\n"
    "On Tuesday, March 25, Lanxi Pharma licensed LX-2207, an oral inhibitor in Phase 2 in "
    "China, to Brightwater. Brightwater gets exclusive rights to develop and commercialize the "
    "drug everywhere except mainland China, Hong Kong, Macau and Taiwan. Lanxi will receive "
    "$60 million upfront and up to $800 million in milestones.\n"
)


def test_a_headings_order_and_a_with_clause_do_not_outvote_a_grant_after_them() -> None:
    # the heading lists the buyer first, and "Qinhai signed a collaboration with Norvale"
    # leans the same way; "Norvale takes exclusive worldwide rights" is the firm cue
    deal = next(d for d in deals_in(_ROUNDUP) if "Qinhai" in d.licensor.name + d.licensee.name)
    assert (deal.licensor.name, deal.licensee.name) == ("Qinhai Bio", "Norvale")
    assert deal.upfront is not None and deal.upfront.amount == Decimal("90000000")


def test_a_weekday_with_its_date_in_brackets_dates_the_deal() -> None:
    deal = next(d for d in deals_in(_ROUNDUP) if d.licensor.name == "Qinhai Bio")
    assert deal.announced == date(2025, 3, 21)


def test_a_trial_in_a_country_is_not_the_licensed_territory() -> None:
    deal = next(d for d in deals_in(_ROUNDUP) if d.licensor.name == "Lanxi Pharma")
    assert deal.territory_class == "ex-greater-china"


_OPTION = (
    "Hailan Bio Enters into Option Agreement with Norvale for HL-1324\n\n"
    "SHANGHAI, May 12, 2025 -- Hailan Bio today announced an exclusive option agreement with "
    "Norvale Pharma for HL-1324. Hailan Bio will receive an upfront payment and pre-option "
    "milestone payments totaling $30 million. If Norvale exercises its option, Hailan Bio will "
    "be eligible to receive an option exercise fee and milestone payments of up to $900 "
    "million.\n\n"
    "The agreement follows Hailan Bio's previous collaborations with multinational partners, "
    "which have collectively brought the company more than $300 million in upfront payments "
    "since 2023.\n"
)


def test_an_upfront_lumped_with_pre_option_milestones_is_the_upfront() -> None:
    deal = one_deal(_OPTION)
    assert deal.upfront is not None and deal.upfront.amount == Decimal("30000000")
    assert deal.total is not None and deal.total.amount == Decimal("930000000")


def test_payments_earlier_deals_brought_collectively_are_no_term() -> None:
    text = _OPTION.replace(
        "an upfront payment and pre-option milestone payments totaling $30 million",
        "payments tied to the option",
    )
    assert one_deal(text).upfront is None


_ANALYSIS = (
    "Brightwater pays $135M for Lu Kang Tianxing Pharmaceutical Group's kinase drug\n\n"
    "The French pharma said Wednesday it will pay Lu Kang Tianxing Pharmaceutical Group "
    "$135 million upfront for exclusive worldwide rights to rovatinib. LKTX can collect up to "
    "$1.4 billion more in milestones. The Chinese clinical data gave Brightwater enough to "
    "commit nine figures upfront.\n\n"
    "Last April the Paris-based company paid Kestrel Labs $125 million upfront for two "
    "bispecific antibodies, KL-1002 and KL-1003.\n"
)


def test_initials_of_pinyin_syllables_name_the_same_company() -> None:
    assert syllable_initials("Lu Kang Tianxing Pharmaceutical Group") == "LKTX"
    assert syllable_initials("Norvale Pharma") == ""
    pairs = {(d.licensor.name, d.licensee.name): d for d in deals_in(_ANALYSIS)}
    deal = pairs[("Lu Kang Tianxing Pharmaceutical Group", "Brightwater")]
    assert "LKTX" in deal.licensor.aliases
    assert deal.milestones is not None and deal.milestones.amount == Decimal("1400000000")


def test_a_country_word_before_a_verb_does_not_describe_the_company_after_it() -> None:
    text = "The Chinese clinical data gave Brightwater enough. Shanghai-based Qinhai agreed."
    countries = entity_countries(text, [(31, 0), (66, 1)], {0: ["Brightwater"], 1: ["Qinhai"]})
    assert countries == {1: "CN"}
    # so "the Paris-based company" is the French buyer, not the Chinese seller
    pairs = {(d.licensor.name, d.licensee.name) for d in deals_in(_ANALYSIS)}
    assert ("Kestrel Labs", "Brightwater") in pairs
