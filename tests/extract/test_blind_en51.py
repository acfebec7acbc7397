"""Phrasing met in the blind set en51 (scored once first at 0.875): a Korean outlet's headline
"X inks 1.2 tril. won ADC tech deal with Czech SOTIO" (a nationality before the name).

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import company_names


def test_a_nationality_before_a_name_is_not_part_of_it() -> None:
    names = company_names(
        "Lianshan Bio inks 1.2 tril. won ADC tech deal with Czech TESSARY\n\n"
        "Lianshan Biosciences Inc. said on Wednesday it has signed a technology transfer "
        "agreement worth up to 1.2 trillion won with TESSARY Biotech a.s., a Prague-based "
        "biotech."
    )
    assert "Czech TESSARY" not in names
    assert "TESSARY" in names or "TESSARY Biotech" in names
