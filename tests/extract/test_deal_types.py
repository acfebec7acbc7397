"""Deal types that the words of a deal's sentences decide (issue 3, sixth session): access to a
licensor's platform is a collaboration; a research collaboration "with X to discover" too.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from dealradar.extract.dealtype import deal_type


def test_a_partner_using_the_licensors_platform_is_a_collaboration() -> None:
    sentences = [
        "Norvale Pharma signed a collaboration with Chinese siRNA developer Qinhai Bio worth "
        "up to $900 million.",
        "Norvale will use Qinhai's GLIDE delivery platform to discover and develop RNAi "
        "therapies against undisclosed targets.",
    ]
    assert deal_type(sentences, has_money=True) == "collaboration"


def test_a_collaboration_built_on_a_platform_is_a_collaboration() -> None:
    sentences = [
        "Larch Biotherapeutics struck a collaboration with Tesk Pharma built on Larch's "
        "bispecific antibody platform.",
        "Tesk will generate antibodies against skin targets, with rights to develop and "
        "commercialize the resulting molecules worldwide.",
    ]
    assert deal_type(sentences, has_money=True) == "collaboration"


def test_an_asset_licensed_outright_stays_a_licence_beside_a_platform() -> None:
    sentences = [
        "Norvale Pharma signed a collaboration with Qinhai Bio and gains an exclusive license "
        "to QH-101.",
        "Norvale will use Qinhai's platform to discover further candidates.",
    ]
    assert deal_type(sentences, has_money=True) == "license"


def test_a_platform_used_without_a_collaboration_is_no_collaboration() -> None:
    sentences = [
        "Qinhai Bio licensed QH-101 to Norvale Pharma for $20 million upfront.",
        "Qinhai used its antibody platform to discover QH-101.",
    ]
    assert deal_type(sentences, has_money=True) == "license"


def test_a_research_collaboration_with_a_partner_to_discover_is_a_collaboration() -> None:
    sentences = [
        "Qinhai Bio signed a multi-year R&D collaboration with French drugmaker Norvale to "
        "discover small-molecule cancer candidates.",
        "Qinhai gets $32 million upfront.",
    ]
    assert deal_type(sentences, has_money=True) == "collaboration"


def test_a_research_collaboration_and_licence_agreement_without_a_drug_is_a_collaboration() -> None:
    # the licence is the one to what the research will find: nothing is licensed yet
    for noun in ("collaboration", "cooperation"):
        sentences = [
            f"Norvale Pharma entered a research {noun} and license agreement with Qinhai Bio to "
            "discover oral small molecules against an undisclosed target.",
            "Qinhai gets $30 million upfront and is eligible for milestones.",
        ]
        assert deal_type(sentences, has_money=True) == "collaboration"
    # a named drug under such an agreement is licensed
    assert deal_type(sentences, has_money=True, asset_names=("QH-101",)) == "license"


def test_a_research_pact_in_a_headline_is_a_collaboration() -> None:
    sentences = ["Norvale signs $640 million research pact with Qinhai Bio"]
    assert deal_type(sentences, has_money=True) == "collaboration"


def test_partners_sharing_profits_and_losses_co_develop() -> None:
    for sentence in (
        "qinhai bio will pay norvale pharma $875 million upfront, and the companies will jointly "
        "commercialize qv-2 in the united states and share profits and losses equally.",
        "program costs and profits and losses will be shared on a 60/40 basis between norvale "
        "and qinhai.",
    ):
        assert deal_type([sentence], has_money=True) == "co-development", sentence


def test_an_option_to_share_profits_and_losses_is_no_co_development() -> None:
    sentence = (
        "norvale pharma licensed qv-2 to qinhai bio for $40 million upfront, and holds an option "
        "to share profits and losses in the united states."
    )
    assert deal_type([sentence], has_money=True) != "co-development"


def test_buying_newly_issued_shares_of_the_partner_is_no_acquisition() -> None:
    for sentence in (
        "norvale will pay qinhai $175m upfront and make a $200m equity investment, buying about "
        "5.7 million newly issued qinhai shares at $33.54 apiece.",
        "norvale will pay qinhai $75 million upfront and buy $50 million of qinhai stock.",
    ):
        assert deal_type([sentence], has_money=True) != "acquisition", sentence
    assert deal_type(["norvale is buying qinhai for $31 a share."], has_money=True) == (
        "acquisition"
    )


def test_a_business_bought_from_a_company_is_an_asset_purchase() -> None:
    for sentence in (
        "qinhai bio agreed to acquire the entire oncology business of norvale pharma for $1.8bn "
        "in cash at closing.",
        "qinhai bio buys norvale pharma's oncology business for $1.8bn.",
    ):
        assert deal_type([sentence], has_money=True) == "asset-purchase", sentence
    # a company bought to grow the buyer's own business is a company bought
    assert deal_type(
        ["qinhai bio will acquire corvid labs to expand its oncology business."], has_money=True
    ) == ("acquisition")
