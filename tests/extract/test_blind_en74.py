"""Phrasing met in the held-out sets en43 and en71 (a takeover recalled as "last year's $2.9
billion purchase of Y", its buyer named only as "its" or as the sentence's topic) and in the
blind sets en74 to en77.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import party_pairs


def test_last_years_purchase_is_the_topic_companys() -> None:
    # en43: "For Sanofi, the buy is the latest in a run of bolt-ons — following last year's
    # $2.9 billion purchase of Provention Bio, maker of ..."
    text = (
        "Holvik Pharma will buy Tessary Bio for $1.2 billion in cash. For Holvik, the buy is "
        "the latest in a run of bolt-ons — following last year's $2.9 billion purchase of "
        "Lianshan Therapeutics, maker of the diabetes drug Glucara — as its chief executive "
        "prepares for patent expiries."
    )
    assert party_pairs(text) == {
        ("Tessary Bio", "Holvik Pharma"),
        ("Lianshan Therapeutics", "Holvik Pharma"),
    }


def test_its_opening_a_sentence_stands_for_the_paragraphs_company() -> None:
    # en71: "... Merck has been spending to fill the gap. Its biggest bet so far was last
    # year's $10.8 billion takeover of Prometheus Biosciences, which brought in ..."
    text = (
        "Holvik Pharma said Monday it will buy Tessary Bio for $1.3 billion upfront.\n\n"
        "Its top seller loses patent protection in 2028, and Holvik has been spending to fill "
        "the gap. Its biggest bet so far was last year's $10.8 billion takeover of Lianshan "
        "Biosciences, which brought in an antibody for colitis."
    )
    assert party_pairs(text) == {
        ("Tessary Bio", "Holvik Pharma"),
        ("Lianshan Biosciences", "Holvik Pharma"),
    }


def test_its_opening_a_paragraph_stands_for_no_one() -> None:
    # dev en-023: a paragraph that opens "Its first ADC pact of the year came in April with
    # Tubulis" turns back to the article's buyer, not to the company the paragraph before
    # ended on
    text = (
        "Holvik Pharma signs ADC deal with Tessary Bio\n\n"
        "Holvik Pharma will pay Tessary Bio $80 million upfront for rights to TB-12. Last "
        "month Holvik said it would acquire Lianshan Therapeutics' degrader program. Lianshan "
        "has developed new payloads that degrade a protein inside cancer cells.\n\n"
        "Its first ADC pact of the year came in April with Quorvia, giving Holvik access to the "
        "German biotech's linker technology."
    )
    pairs = party_pairs(text)
    assert ("Quorvia", "Lianshan Therapeutics") not in pairs
    assert ("Tessary Bio", "Holvik Pharma") in pairs
