"""Drug resolution: codes, INNs, Chinese names, brands and machine translations meet."""

from __future__ import annotations

import pytest

from dealradar.resolve import registry as registry_module
from dealradar.resolve.drugs import asset_names, code_key, codes_in, resolve_drug, zh_translated
from dealradar.resolve.registry import Registry


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("SHR-A1811", "SHRA1811"),
        ("HRS1893", "HRS1893"),
        ("IBI363", "IBI363"),
        ("hrs 9531", "HRS9531"),
        ("9MW3011", "9MW3011"),
        ("trastuzumab", None),
        ("2025", None),
    ],
)
def test_code_key_drops_hyphens_and_rejects_words(text: str, key: str | None) -> None:
    assert code_key(text) == key


def test_codes_in_finds_every_code_in_a_sentence() -> None:
    assert codes_in("HRS-7535, HRS9531 and HRS-4729 went to Kailera") == [
        "HRS-7535",
        "HRS9531",
        "HRS-4729",
    ]


def test_chinese_names_translate_like_machine_translation() -> None:
    assert zh_translated("瑞康曲妥珠单抗") == "ruikangtrastuzumab"
    assert zh_translated("注射用瑞康曲妥珠单抗") == "ruikangtrastuzumab"
    assert zh_translated("奥布替尼") == "aobutinib"


@pytest.mark.parametrize(
    ("mention", "name", "how"),
    [
        ("SHR-A1811", "trastuzumab rezetecan", "code"),
        ("SHRA1811", "trastuzumab rezetecan", "code"),
        ("瑞康曲妥珠单抗", "trastuzumab rezetecan", "exact"),
        ("Ruikang trastuzumab", "trastuzumab rezetecan", "exact"),
        ("Ruikangtrastuzumab", "trastuzumab rezetecan", "normal"),
        ("Obutinib", "orelabrutinib", "fuzzy"),
        ("MK-2870", "sacituzumab tirumotecan", "code"),
        ("SKB-264", "sacituzumab tirumotecan", "code"),
        ("依沃西单抗", "ivonescimab", "exact"),
        ("Keytruda", "pembrolizumab", "exact"),
    ],
)
def test_one_drug_under_its_many_names(
    registry: Registry, mention: str, name: str, how: str
) -> None:
    found = resolve_drug(registry, mention)
    assert (found.name, found.how) == (name, how)


def test_different_codes_stay_different_drugs(registry: Registry) -> None:
    a, b = resolve_drug(registry, "HRS-7535"), resolve_drug(registry, "HRS-4729")
    assert a.resolved and b.resolved and a.drug_id != b.drug_id


def test_unknown_drug_is_unresolved(registry: Registry) -> None:
    assert not resolve_drug(registry, "XYZ-99999").resolved


def test_remembered_resolutions_are_bounded_and_unchanged(
    registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The drug book is shared by every registry of a process and ingestion never changes it,
    so nothing else empties its memo: unbounded, it would keep every drug code ever read."""
    monkeypatch.setattr(registry_module, "MEMO_SIZE", 16)
    first = resolve_drug(registry, "HRS-7535")
    for serial in range(100):  # a new code in every article
        assert not resolve_drug(registry, f"QZ-{1000 + serial}").resolved
        assert len(registry.drugs.memo) <= 16
    assert resolve_drug(registry, "HRS-7535") == first  # forgotten, resolved again the same


def test_asset_cells_give_drugs_not_descriptions() -> None:
    assert asset_names("SKB264 (sacituzumab tirumotecan, MK-2870)") == [
        ["SKB264", "sacituzumab tirumotecan", "MK-2870"]
    ]
    assert asset_names("KaNDy (company);NT-814 (elinzanetant)") == [["NT-814", "elinzanetant"]]
    assert asset_names("seven preclinical ADCs") == []
    assert asset_names("BNT327/PM8002") == [["BNT327", "PM8002"]]
