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
