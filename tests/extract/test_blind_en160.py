"""Phrasing met in the blind sets en160 to en165, and in the misses of the earlier held-out
sets they led to: a subsidiary signing "together with" its parent, or named as "X's
wholly-owned subsidiary Y"; a licensor's coined platform name ("its SAFEbody precision
masking technology"); a drug sold to a buyer ("the sarcoma drug Fyarro", "sell Fyarro, a
nanoparticle formulation of ..., to Y for $100 million"); a machine translation's "X will to
Y pay"; an "option-exercise payment" received.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

import pytest
from phrasing import asset_names, company_names, deals_in, one_deal

from dealradar.extract.parties import role_votes


@pytest.mark.parametrize(
    "joiner",
    ["together with its wholly owned subsidiary", "along with its Swedish subsidiary"],
)
def test_a_subsidiary_signing_together_with_its_parent_leaves_the_parent_the_party(
    joiner: str,
) -> None:
    # en154: "X, together with its Swedish subsidiary Y, signed ... with Z" paired Y with Z
    deal = one_deal(
        "Oncovia signs Europe deal\n\n"
        f"Oncovia Biosciences Inc., {joiner} Trelis Pharma AB, signed an exclusive license "
        "agreement with Helmark Pharma SA for ZX-202 in Europe. Helmark will pay $30 million "
        "upfront and up to $400 million in milestones.\n"
    )
    assert (deal.licensor.name, deal.licensee.name) == (
        "Oncovia Biosciences Inc.",
        "Helmark Pharma SA",
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Norvel licensed Holvik's ConjuAll ADC technology for five targets.", ["ConjuAll"]),
        ("masked engagers made by its TESSbody precision masking technology", ["TESSbody"]),
        ("antibodies generated on its RenHolv® platforms against targets", ["RenHolv"]),
        ("Research Pact on Azyvik(TM) and EFLEX(TM) Platforms", ["Azyvik", "EFLEX"]),
        ("Using TESSbody(R) Technology", ["TESSbody"]),
    ],
)
def test_a_coined_platform_name_is_an_asset(text: str, names: list[str]) -> None:
    # en9, en27, en71, en141, en154-en158: a licensor's named platform, a few words before
    # "technology" or "platform"; "built on" names where a drug comes from instead
    assert asset_names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "It will use its Phase 2 platform.",
        "Its ADC technology is validated.",
        "The GalNAc-based delivery technology is licensed.",
        "Its AI-driven discovery platform found the target.",
        "The engager is built on its WuXiBody platform.",
    ],
)
def test_a_plain_or_hyphenated_word_before_platform_is_no_asset(text: str) -> None:
    assert asset_names(text) == []


def test_a_licensed_platform_stays_the_asset_when_no_drug_is_named() -> None:
    # en102, en141, en144, en154-en158: "access to its RenMice platform" licensed, no drug
    deal = one_deal(
        "Holvik grants Norvel licence to TESSbody\n\n"
        "Holvik Biotherapeutics Inc. granted Norvel Pharma AG an exclusive license to use "
        "its TESSbody precision masking technology against five targets, for $25 million "
        "upfront and up to $600 million in milestones.\n"
    )
    assert [a.name for a in deal.assets] == ["TESSbody"]


def test_a_platform_is_background_to_a_licensed_drug() -> None:
    deal = one_deal(
        "Holvik licenses HV-301 to Norvel\n\n"
        "Holvik Biotherapeutics Inc. granted Norvel Pharma AG exclusive global rights to "
        "HV-301, a masked antibody made with its TESSbody precision masking technology, for "
        "$25 million upfront and up to $600 million in milestones.\n"
    )
    assert [a.name for a in deal.assets] == ["HV-301"]


SOLD_DRUG = (
    "Holvik sells Zyntora, in-licenses two ADCs\n\n"
    "Holvik Bioscience said Thursday it will sell its only marketed product, the sarcoma drug "
    "Zyntora, and use the proceeds to build an ADC pipeline.\n\n"
    "To fund the pivot, Holvik agreed to sell Zyntora, a nanoparticle formulation of "
    "sirolimus approved for malignant perivascular epithelioid cell tumors, to Japan's Norvel "
    "Pharmaceutical for $100 million in cash.\n"
)


def test_a_drug_sold_to_a_buyer_is_a_deal_with_the_buyer_at_its_price() -> None:
    # en160, en161, en162: "Aadi sells Fyarro" in a headline made the drug a company; the
    # price stood far from "sell" behind the drug's description
    deal = one_deal(SOLD_DRUG)
    assert (deal.licensor.name, deal.licensee.name) == (
        "Holvik Bioscience",
        "Norvel Pharmaceutical",
    )
    assert deal.total is not None and deal.total.amount == 100_000_000


def test_a_name_a_drug_noun_stands_before_is_no_company() -> None:
    assert "Zyntora" not in company_names(SOLD_DRUG)
    assert "Zyntora" in asset_names("the sarcoma drug Zyntora, and use")
    assert asset_names("The FDA approved the drug Tuesday.") == []


def test_a_brand_with_its_inn_and_dosage_form_in_brackets_is_no_company() -> None:
    text = (
        "Holvik Bioscience, Inc. agreed to sell its ZYNTORA (sirolimus protein-bound particles "
        "for injectable suspension) (albumin-bound) business to Norvel Pharmaceutical Co., Ltd. "
        "for $100 million in cash, the companies said.\n"
    )
    assert "ZYNTORA" not in company_names(text)
    deal = one_deal("Holvik Announces Sale of ZYNTORA to Norvel\n\n" + text)
    assert (deal.licensor.name, deal.licensee.name) == (
        "Holvik Bioscience, Inc.",
        "Norvel Pharmaceutical Co., Ltd.",
    )
    assert deal.deal_type == "asset-purchase"


def test_a_title_case_headline_verb_ends_the_company_name() -> None:
    assert "Holvik Bioscience" in company_names(
        "Holvik Bioscience Transforms Pipeline with Exclusive License to ADCs from Norvel Inc.\n"
    )


def test_a_machine_translation_s_will_to_y_pay_makes_y_the_payee() -> None:
    # en162: "Disc will to Mabwell pay 10 million US dollars first payment" (X将向Y支付)
    deal = one_deal(
        "Holvik: HV-11 overseas rights authorize to Norvel\n\n"
        "According to announcement, Norvel Medicine will to Holvik Biology pay 10 million US "
        "dollars first payment (non-refundable), and according to the project development "
        "progress pay highest 400 million US dollars milestone money.\n"
    )
    assert (deal.licensor.name, deal.licensee.name) == ("Holvik Biology", "Norvel Medicine")


def test_a_parent_s_named_subsidiary_that_signed_is_the_one_party() -> None:
    # en163: 'X issued announcement, the Company's wholly-owned subsidiary Y has signed the
    # License Agreement with Z, and will authorize to Z ...' gave two deals, X's and Y's
    deals = deals_in(
        "Huaxin Biology: HV-11 rights authorized to Norvel\n\n"
        'On the evening of the 20th, Huaxin (Shanghai) Co., Ltd. (hereinafter "Huaxin '
        "Biology\") issued announcement, the Company's wholly-owned subsidiary Mabren "
        "Therapeutics Inc. has signed the License Agreement with Norvel Medicine, Inc., and "
        "will authorize to Norvel Medicine the exclusive rights of the project HV-11.\n\n"
        "According to the announcement, Norvel Medicine will pay to the Company a down payment "
        "of 10 million US dollars.\n"
    )
    assert [(d.licensor.name, d.licensee.name) for d in deals] == [
        ("Mabren Therapeutics Inc.", "Norvel Medicine, Inc.")
    ]


def test_an_option_exercise_payment_received_makes_no_licensee() -> None:
    # en165: "Upon such exercise, MSD obtains an exclusive license ..., and Kelun received an
    # option-exercise payment": the payee is the licensor, not a holder of an option
    votes = role_votes(
        "Upon such exercise, ⟨E1⟩ obtains an exclusive license to research HV-71 outside "
        "China, and ⟨E0⟩ received an option-exercise payment of US$37.5 million."
    )
    assert (0, "licensee") not in [(e, r) for e, r, _ in votes.roles]
    assert (1, "licensee") in [(e, r) for e, r, _ in votes.roles]
