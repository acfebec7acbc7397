"""Phrasings of the second held-out set, one test each with invented sentences: drug
descriptions ending like a company, NewCo partners introduced by a description, acquisitions
with contingent payments, combined totals (合共), and territories written as 除…外 or as
China rights with an option on global ones."""

from __future__ import annotations

from dealradar.extract.zh.companies import find_companies
from dealradar.extract.zh.details import territory

from .zh_snippets import deals, parties, usd


def names(text: str) -> set[str]:
    companies = find_companies(text)
    return {n for group in companies.names.values() for n in group}


def test_drug_descriptions_ending_like_a_company_are_not_companies() -> None:
    text = (
        "青禾生物宣布将一款抗体的全球权利授予Orion Bio。"
        "分析人士指出,核酸药物与双抗药物正成为热点,小分子药物则趋于平稳。"
    )
    found = names(text)
    assert "青禾生物" in found
    assert not any("药物" in n for n in found)
    [deal] = deals(text)
    assert parties(deal) == ("青禾生物", "Orion Bio")


def test_partner_introduced_by_a_description_ending_in_company_is_paired() -> None:
    text = (
        "远帆医药近日宣布,已与新设立的欧洲生物科技公司Lumen Bio达成独家许可协议,"
        "将其双抗YF-12在大中华区以外的权益授予Lumen Bio。"
        "远帆医药将获得4000万美元的首付款及近期付款,部分以Lumen Bio的股份支付,"
        "并有资格获得最高3亿美元的里程碑付款。"
    )
    [deal] = deals(text)
    assert parties(deal) == ("远帆医药", "Lumen Bio")
    assert deal.deal_type == "newco"
    assert usd(deal, "upfront") == 40_000_000
    assert usd(deal, "milestones") == 300_000_000
    assert deal.territory_class == "ex-greater-china"


def test_acquisition_of_a_partner_with_contingent_payments() -> None:
    text = (
        "Helio Therapeutics宣布将收购合作伙伴青禾生物的全部股权。"
        "Helio Therapeutics将支付约3亿美元的预付款,另有最高5000万美元的或有付款。"
    )
    [deal] = deals(text)
    assert parties(deal) == ("青禾生物", "Helio Therapeutics")
    assert deal.deal_type == "acquisition"
    assert usd(deal, "upfront") == 300_000_000
    assert usd(deal, "milestones") == 50_000_000


def test_upfront_and_milestones_combined_with_hezong_is_the_total() -> None:
    text = (
        "远帆医药宣布,其全资子公司远帆生物将YF-7的全球独家权利许可给Orion Bio。"
        "Orion Bio将向远帆生物支付3000万美元的首付款,远帆生物还有资格收取最高达4.7亿美元的"
        "里程碑付款。首付款及里程碑付款合共最高可达5亿美元。"
    )
    [deal] = deals(text)
    assert usd(deal, "upfront") == 30_000_000
    assert usd(deal, "milestones") == 470_000_000
    total = deal.payment("total")
    assert total is not None and int(total.amount) == 500_000_000 and total.stated


def test_upfront_and_near_term_combined_stays_the_upfront() -> None:
    text = "青禾生物将YF-3的全球权利授予Orion Bio,首付款及近期里程碑付款共计2000万美元。"
    [deal] = deals(text)
    assert usd(deal, "upfront") == 20_000_000


def test_territory_excluding_a_region_with_a_bare_wai() -> None:
    text = "将其在除大中华区外的全球开发和商业化权利授予乙方"
    assert territory(text, [(0, len(text))])[1] == "ex-greater-china"  # type: ignore[index]
    text = "将其在除中国大陆、香港、澳门及台湾外的全球权益授予乙方"
    assert territory(text, [(0, len(text))])[1] == "ex-greater-china"  # type: ignore[index]


def test_china_rights_with_an_option_on_global_rights_are_china() -> None:
    text = "乙方获得该药物在中国的独家开发和商业化权利,并拥有获得全球权利的选择权。"
    assert territory(text, [(0, len(text))])[1] == "china"  # type: ignore[index]
    text = "乙方有权选择获得相关抗体的全球独家许可"
    assert territory(text, [(0, len(text))])[1] == "global"  # type: ignore[index]


def test_short_hyphenated_code_is_an_asset_but_targets_are_not() -> None:
    text = "青禾生物将其IL-17与CD19双抗QHB-07的全球权利授予Orion Bio。"
    [deal] = deals(text)
    assert [a.name for a in deal.assets] == ["QHB-07"]


def test_sentence_recalling_an_earlier_deal_of_the_same_pair_is_a_deal_of_its_own() -> None:
    text = (
        "青禾生物宣布将QHB-21的全球权利授予Orion Bio,Orion Bio将支付5000万美元首付款。"
        "这是青禾生物继2023年5月向Orion Bio授权一款抗体之后,双方的第二笔交易。"
    )
    main, earlier = deals(text)
    assert parties(main) == parties(earlier) == ("青禾生物", "Orion Bio")
    assert usd(main, "upfront") == 50_000_000
    assert usd(earlier, "upfront") is None


def test_same_pair_without_a_recalled_date_stays_one_deal() -> None:
    text = (
        "青禾生物宣布将QHB-21的全球权利授予Orion Bio。"
        "根据协议,青禾生物向Orion Bio授予独家许可,Orion Bio将支付5000万美元首付款。"
    )
    assert len(deals(text)) == 1


def test_both_parties_recalling_an_earlier_licence_is_a_deal_of_its_own() -> None:
    text = (
        "Helio Therapeutics宣布将收购青禾生物的全部股权,并支付约3亿美元的预付款。"
        "双方此前已于2022年就该产品达成授权合作。"
    )
    main, earlier = deals(text)
    assert parties(main) == parties(earlier) == ("青禾生物", "Helio Therapeutics")
    assert main.deal_type == "acquisition" and earlier.deal_type != "acquisition"
    assert usd(earlier, "upfront") is None
