"""Phrasing met in machine-translated Chinese news (held-out en12, issue 3, tenth pass): a
subsidiary whose short name stands in brackets before "a wholly owned subsidiary of", the
literal "first payment" and "recent payments" (首付款, 近期付款), "the combined amount of
which", a bracketed aside between rights and their territory, and one company called by its
English name and by a rendering of its Chinese one with nothing in the text tying the two.

Every example is written for this file (invented companies and drugs), except the last, which
needs two names the bundled alias table gives one company.
"""

from __future__ import annotations

from phrasing import alias_groups as _groups
from phrasing import one_deal as _one

from dealradar.extract.territory import classify_sentence

SUBSIDIARY = (
    "On March 3, Qingmu Biotech (02219) announced that the company and Lorvex Bio, Inc. "
    '("Lorvex"), a wholly owned subsidiary of the US-listed Cardent Therapeutics, signed a '
    "license agreement. Qingmu Biotech grants Lorvex the exclusive rights to QM-2210 in the "
    "world except Greater China. According to the terms, the group will obtain up to 40 "
    "million US dollars of first payment and recent payments, and is eligible for milestone "
    "payments of more than 1 billion US dollars. Cardent plans to develop QM-2210 under the "
    "new code LX-2210."
)


def test_a_subsidiary_named_in_brackets_has_its_owner_as_an_alias() -> None:
    deal = _one(SUBSIDIARY)
    assert (deal.licensor.name, deal.licensee.name) == ("Qingmu Biotech", "Lorvex Bio, Inc.")
    assert "Cardent Therapeutics" in deal.licensee.aliases


def test_first_payment_is_the_upfront_of_a_translated_report() -> None:
    deal = _one(SUBSIDIARY)
    assert deal.upfront is not None and deal.upfront.amount == 40_000_000
    assert deal.milestones is not None and deal.milestones.amount == 1_000_000_000


def test_the_combined_amount_of_which_is_a_total_not_a_part() -> None:
    deal = _one(
        "Hanwei Pharma announced that it and Ostrava AG have reached a strategic cooperation: "
        "Ostrava will obtain the exclusive commercialization rights of HW-105 in Poland and "
        "Hungary. Hanwei will receive an initial payment and regulatory and sales milestone "
        "payments, the combined amount of which is up to 36.5 million US dollars."
    )
    assert deal.total is not None and deal.total.amount == 36_500_000 and deal.total.stated


def test_a_bracketed_aside_does_not_hide_the_territory() -> None:
    found = classify_sentence(
        "Ostrava will obtain the exclusive commercialization rights of the PD-1 monoclonal "
        "antibody Tilu monoclonal antibody (tilumab, brand name Tiluvo®) in Switzerland and "
        "18 Central and Eastern European countries."
    )
    assert found is not None and found[0] == "regional"


def test_two_names_the_alias_table_gives_one_company_are_one_party() -> None:
    groups = _groups(
        "Kangfang Biology said on Monday its partner had dosed the first patient. Akeso "
        "shares rose 4% in Hong Kong."
    )
    assert {"Kangfang Biology", "Akeso"} in groups
