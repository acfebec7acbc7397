"""Which payment a figure is, from the cue words around it; distractors are not terms."""

from __future__ import annotations

import pytest

from dealradar.extract.money import find_money
from dealradar.extract.terms import label_sentence


def _kinds(text: str) -> list[str]:
    return [t.kind for t in label_sentence(text, 0, len(text), find_money(text))]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Hansoh gets $112 million upfront.", ["upfront"]),
        ("Hengrui will receive a down payment of 18 million US dollars.", ["upfront"]),
        ("Regeneron will make an initial payment of $80m.", ["upfront"]),
        ("a near-term milestone payment of $10 million", ["near_term"]),
        ("up to $500 million in contingent near-term payments", ["near_term"]),
        ("milestone payments of up to $1.9 billion", ["milestones"]),
        (
            "registration and sales milestone payments of not more than 1.093 billion US dollars",
            ["milestones"],
        ),
        ("$170 million upfront and up to $1.5 billion in biobucks", ["upfront", "milestones"]),
        # a total that names the parts it includes is still the total
        (
            "the total deal value, including the upfront payment and development, regulatory "
            "and commercial milestone payments, is up to US$541 million",
            ["total"],
        ),
        (
            "the deal is worth up to $888 million in total including development, regulatory "
            "and commercial milestones",
            ["total"],
        ),
        (
            "worth up to $1.5 billion, including $100 million upfront and $1.4 billion in "
            "milestones",
            ["total", "upfront", "milestones"],
        ),
        ("the arrangement could be worth USD 12 billion", ["total"]),
        ("bringing the total potential value of the deal to more than $2 billion", ["total"]),
        ("a potential $1.1 billion deal with KYM", ["total"]),
        ("Vantera will make an equity investment of $15 million in Crestline.", ["equity"]),
        (
            "an upfront payment, near-term milestone payments and option exercise fees that "
            "together total $175 million",
            ["upfront"],
        ),
        (
            "upfront payments of $1.65 billion, of which $1.4 billion is due at closing and "
            "$250 million is spread over two years",
            ["upfront", "part", "part"],
        ),
    ],
)
def test_cue_words_name_the_payment(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    "text",
    [
        "It paid RMB 9,725,200 in total to buy back 140,000 A-shares.",
        "Merck shares were changing hands at $101.35 on the NYSE.",
        "Merck will take a pre-tax charge of $112 million.",
        "Pyrotech has raised 700 million yuan in a Series A financing.",
        "Blueprint expects annual sales of around $2 billion by 2030.",
        "the total amount of foreign authorization transactions in the first half of 2025 is "
        "approaching 66 billion US dollars",
        "The global obesity market size could reach $150 billion.",
        "Sanofi will first pay $129.00 per share in cash.",
        "Chinese out-licensing deals announced in 2025 passed $130 billion in total potential "
        "value, more than double the 2024 figure.",
    ],
)
def test_distractor_figures_are_not_terms(text: str) -> None:
    assert set(_kinds(text)) <= {"distractor", "unknown"}


def test_milestone_categories_are_recorded_for_summing() -> None:
    text = "development milestones of $1.2 billion and sales-based milestones of $2.4 billion"
    terms = label_sentence(text, 0, len(text), find_money(text))
    assert [sorted(t.subkinds) for t in terms] == [["development"], ["sales"]]


@pytest.mark.parametrize(
    "text",
    [
        "Upfront payments alone exceeded $9 billion for the year.",
        "Biotechs signed licensing deals with a combined headline value of more than $80 billion.",
        "Upfront payments reached $3 billion across the industry.",
        "Milestones came to $40 billion in total across 120 deals.",
    ],
)
def test_aggregate_statistics_are_not_terms(text: str) -> None:
    assert set(_kinds(text)) <= {"distractor", "unknown"}


def test_valuing_the_target_at_is_the_total_and_the_share_price_is_not() -> None:
    text = (
        "Vantera agreed to acquire Crestline for $31 per share in cash, valuing the "
        "Boston-based company at about $2.3 billion."
    )
    assert _kinds(text) == ["distractor", "total"]
