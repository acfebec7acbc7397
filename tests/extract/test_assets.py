"""Drug names and codes as written."""

from __future__ import annotations

import pytest
from phrasing import company_names

from dealradar.extract.assets import find_assets


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ruikangtrastuzumab (SHR-A1811) project", ["Ruikangtrastuzumab", "SHR-A1811"]),
        ("GLP-1 drugs HRS-7535, HRS9531 and HRS-4729", ["HRS-7535", "HRS9531", "HRS-4729"]),
        ("the bispecific BL-B01D1 targets EGFR and HER3", ["BL-B01D1"]),
        ("patritumab deruxtecan (HER3-DXd)", ["patritumab deruxtecan", "HER3-DXd"]),
        ("its KIT inhibitor QINLOCK (ripretinib)", ["QINLOCK", "ripretinib"]),
        ("clifutinib benzenesulfonate", ["clifutinib benzenesulfonate"]),
        ("its Grabody-B platform", ["Grabody-B"]),
        ("XH-S004, a DPP1 inhibitor", ["XH-S004"]),
    ],
)
def test_asset_names_and_codes_are_found(text: str, names: list[str]) -> None:
    assert [a.name for a in find_assets(text, 0, len(text))] == names


@pytest.mark.parametrize(
    "text",
    [
        "PD-1/VEGF",
        "GLP-1 receptor",
        "HER2 and TROP2",
        "H1 2025",
        "Phase 3 trial",
        "SH600276",
        "Q4 2024",
    ],
)
def test_targets_and_trial_words_are_not_assets(text: str) -> None:
    assert find_assets(text, 0, len(text)) == []


def test_a_brand_named_with_a_two_word_inn_is_a_drug_not_a_company() -> None:
    text = (
        "Norvale Bio will buy back the rights to Qelvara (sacituzumab tirumotecan) from Qinhai "
        "Pharma for $280 million upfront; Qelvara sold $90 million last year."
    )
    names = [a.name for a in find_assets(text, 0, len(text))]
    assert names[:2] == ["Qelvara", "sacituzumab tirumotecan"]
    assert "Qelvara" not in company_names(text)


def test_the_reference_product_of_a_biosimilar_is_no_asset() -> None:
    text = (
        "Norvale in-licensed QL-1301, Qinhai's proposed biosimilar to the cancer immunotherapy "
        "Yervaz (ipilimumab), and QL-1101, a pertuzumab biosimilar; QL-1401 references Prolix."
    )
    assert [a.name for a in find_assets(text, 0, len(text))] == ["QL-1301", "QL-1101", "QL-1401"]
