"""Phrasing met in the blind set zh5: an SSE filing whose issuer is "公司", an HKEX filing
recalling an earlier partner, a 公众号 piece on NewCos, a monthly roundup, an interview whose
speaker says "我们", passive "…权利,由Y获得", two co-licensors ("双方已与Y签署"), and
purchases written "从Y手中收购".

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from datetime import date

from dealradar.extract.zh import details
from dealradar.extract.zh.text import fold

from .zh_snippets import company_names, deals, parties, usd


def test_a_date_before_a_subject_with_an_english_aside_dates_the_deal() -> None:
    text = (
        "2025年3月5日,青岚医药(Qinglan Biopharmaceuticals Limited)宣布与Corvane Bio达成"
        "独家许可协议,Corvane Bio将获得QL-2210在大中华区以外的开发和商业化权利。"
    )
    (deal,) = deals(text)
    assert deal.announced == date(2025, 3, 5)


def test_a_dotted_legal_ending_is_part_of_the_name() -> None:
    text = "瀚岳生物宣布与印度康美制药旗下子公司Kamet Specialty S.A.签署独家许可协议。"
    assert "Kamet Specialty S.A." in company_names(text)


def test_two_co_licensors_sign_with_one_partner() -> None:
    text = (
        "3月2日,瀚岳生物(Hanyue Bio)与星屿医药(Xingyu Medicines)联合宣布,双方已与Kamet "
        "Specialty S.A.签署独家许可协议。HY-3050在印度、中东和非洲的独家开发和商业化权利,由"
        "Kamet Specialty S.A.获得。对于瀚岳生物和星屿医药而言,这次合作意义重大。"
    )
    (deal,) = deals(text)  # the two co-licensors are no deal between themselves
    assert parties(deal) == ("瀚岳生物", "Kamet Specialty S.A.")


def test_a_list_of_markets_with_qualifiers_is_regional() -> None:
    text = (
        "根据协议,Kamet获得HY-3050在印度、亚太部分地区、独联体国家及拉丁美洲的"
        "独家开发和商业化权利。"
    )
    found = details.territory(fold(text), [(0, len(text))])
    assert found is not None
    written, klass, _span = found
    assert written.startswith("印度、亚太部分地区") and klass == "regional"


def test_a_named_market_list_wins_over_a_vague_overseas_in_the_headline() -> None:
    text = (
        "瀚岳生物HY-3050海外权益授予Kamet Pharma\n\n"
        "瀚岳生物将HY-3050在欧盟、英国、瑞士及欧洲其他部分地区的独家商业化权利许可给Kamet Pharma。"
    )
    (deal,) = deals(text)
    assert deal.territory_class == "regional"


def test_a_kind_of_company_before_a_name_is_no_company() -> None:
    text = "青岚医药于2024年10月8日与匈牙利制药企业Torvex Plc.签署授权许可与商业化协议。"
    names = company_names(text)
    assert not any(n.startswith("匈牙利") for n in names)
    (deal,) = deals(text)
    assert parties(deal) == ("青岚医药", "Torvex Plc.")


def test_the_filing_company_recalls_an_earlier_grant() -> None:
    text = (
        '青岚医药生物制药股份有限公司(以下简称"公司"或"青岚医药")与Torvex Plc.签署授权许可协议,'
        "公司将QL-2206在欧洲的独家商业化权利许可给Torvex Plc.。\n\n"
        "此前,公司已于2021年将QL-1806在除中国大陆以外的全球市场的开发和商业化权利授予渤健(Biogen),"
        "渤健为此支付3000万美元首付款。"
    )
    first, earlier = deals(text)
    assert parties(first) == ("青岚医药生物制药股份有限公司", "Torvex Plc.")
    assert parties(earlier) == ("青岚医药生物制药股份有限公司", "渤健")
    assert usd(earlier, "upfront") == 30_000_000
    assert usd(first, "upfront") is None


def test_an_interviewee_recalls_a_grant_to_a_partner() -> None:
    text = (
        "英澜智药(Inlan AI)宣布与施维雅(Servier)达成一项多年期研发合作。\n\n"
        "答:比较早的一笔是2023年9月,我们把ILA-3091的全球独家权利授予美国的Varexis,"
        "对方支付了8000万美元首付款。"
    )
    main, earlier = deals(text)
    assert parties(main) == ("英澜智药", "施维雅")
    assert parties(earlier) == ("英澜智药", "Varexis")
    assert usd(earlier, "upfront") == 80_000_000
    assert main.deal_type == "collaboration" and usd(main, "upfront") is None


def test_a_verb_or_a_protein_word_opens_no_company_name() -> None:
    names = company_names("百川生科与赛诺菲达成合作:AI蛋白质药物合作,共同开发生物治疗药物。")
    assert not any(n.startswith(("蛋白", "开发")) for n in names)


def test_the_company_a_founder_set_up_is_the_party() -> None:
    text = (
        "2025年12月18日,复华医药与Orbit Bio孵化的Lumen Bio达成一项研发合作,Lumen Bio拥有选择权,"
        "可获得相应分子在中国大陆、香港及澳门以外地区的独家权利。"
    )
    (deal,) = deals(text)
    assert parties(deal) == ("复华医药", "Lumen Bio")
    assert deal.deal_type == "option"
    assert deal.territory_class == "ex-china"  # Taiwan is not excluded


def test_rights_granted_to_a_newco_a_fund_set_up() -> None:
    text = (
        "丰河制药宣布,将其FHX-5032在大中华区以外的全球独家权利,授予Aldermoor Bio为该项目专门设立的"
        "新公司Kestrel Bio。"
    )
    (deal,) = deals(text)
    assert parties(deal) == ("丰河制药", "Kestrel Bio")


def test_buying_from_a_seller_named_first() -> None:
    text = (
        "2026年1月19日,阿斯利康(AstraZeneca)宣布,将从Zetacel Pharma(原Cellular Medigroup,"
        "西比健生物)手中收购其持有的CAR-T疗法ZC-031 50%的中国开发和商业化权益,"
        "交易总额最高6.3亿美元。"
    )
    (deal,) = deals(text)
    assert parties(deal) == ("Zetacel Pharma", "阿斯利康")
    assert deal.deal_type == "asset-purchase"
    assert usd(deal, "total") == 630_000_000


def test_a_price_of_an_acquisition_is_no_asset_purchase() -> None:
    text = "中国华康药业宣布收购礼和医药约95%的股权。约9.5亿美元的收购价格对应礼和医药的管线价值。"
    (deal,) = deals(text)
    assert deal.deal_type == "acquisition"


def test_a_latin_name_in_a_party_slot_is_a_company() -> None:
    text = (
        "此前,本公司已于2024年5月与Ewavia订立协议,由Ewavia获得QL-1100在瑞士及18个中东欧国家的"
        "商业化权利。"
    )
    assert "Ewavia" in company_names(text)
    found = details.territory(fold(text), [(0, len(text))])
    assert found is not None and found[1] == "regional"


def test_a_han_name_glossed_in_latin_after_a_grant_verb_is_a_company() -> None:
    text = (
        "青岚医药(Qinglan)将QL-0705的日本独家开发和商业化权利授予东和化药(Towa Kasei),"
        "交易总额最高4000万美元。"
    )
    (deal,) = deals(text)
    assert parties(deal) == ("青岚医药", "东和化药")


def test_passive_gain_of_rights_orients_a_pair() -> None:
    text = "瀚岳生物与星屿医药订立协议。XY-101在中国大陆的商业化权利,由瀚岳生物获得。"
    (deal,) = deals(text)
    assert parties(deal) == ("星屿医药", "瀚岳生物")


def test_rights_handed_over_for_a_lump_sum_are_an_asset_purchase() -> None:
    text = (
        "联星生物(Lianstar)与百时美施贵宝(BMS)达成协议,将mavoxitinib(玛伏替尼)在中国大陆、香港和新加坡"
        "的权利转让给BMS。BMS将为此一次性支付3.5亿美元。"
    )
    (deal,) = deals(text)
    assert deal.deal_type == "asset-purchase"
    assert usd(deal, "upfront") == 350_000_000
    assert "mavoxitinib" in {a.name for a in deal.assets}


def test_a_worldwide_research_collaboration_is_global() -> None:
    text = "岸山生物宣布与西班牙药企Almera达成全球研发合作,后者将利用岸山的抗体平台开发双抗药物。"
    (deal,) = deals(text)
    assert deal.territory_class == "global"


def test_the_terms_listed_below_a_later_deal_belong_to_it() -> None:
    text = (
        "一、丰河制药:FHX-5032交给Kestrel Bio\n\n"
        "2026年1月29日,丰河制药宣布将FHX-5032在大中华区以外的全球权利授予Kestrel Bio。\n\n"
        "交易要点:\n- 里程碑:最高5亿美元的里程碑付款\n\n"
        "二、复华医药:选择权加项目公司\n\n"
        "2025年12月18日,复华医药与Lumen Bio达成研发合作。Lumen Bio则拥有选择权。\n\n"
        "交易要点:\n- 交易形式:选择权(option)\n- 金额:最高3.6亿美元的开发、注册、销售里程碑"
    )
    first, second = deals(text)
    assert usd(first, "milestones") == 500_000_000
    assert usd(second, "milestones") == 360_000_000


def test_an_option_fee_summed_with_milestones_is_a_total() -> None:
    text = (
        "复华医药与Lumen Bio达成研发合作。Lumen Bio则拥有选择权,"
        "选择权行权费及开发、注册、销售里程碑合计最高3.6亿美元。"
    )
    (deal,) = deals(text)
    assert usd(deal, "total") == 360_000_000 and usd(deal, "milestones") is None


def test_upfront_and_near_term_summed_after_a_comma_are_the_upfront() -> None:
    text = (
        "英澜智药宣布与施维雅达成研发合作。施维雅将向英澜智药支付首付款和近期研发付款,"
        "合计3200万美元;英澜智药还有资格获得最高8.56亿美元的里程碑付款。"
    )
    (deal,) = deals(text)
    assert usd(deal, "upfront") == 32_000_000
    assert usd(deal, "milestones") == 856_000_000


def test_a_market_after_a_drug_names_the_territory_but_not_what_is_kept() -> None:
    granted = "葆和医药将QL-7788的日本独家开发和商业化权利授予东和化药(Towa Kasei)。"
    found = details.territory(fold(granted), [(0, len(granted))])
    assert found is not None and found[0] == "日本" and found[1] == "regional"
    kept = "瀚岳生物将HY-3050的海外权益授予Kamet Pharma,瀚岳生物保留其在中国的权益。"
    found = details.territory(fold(kept), [(0, len(kept))])
    assert found is not None and found[1] == "ex-china"


def test_a_status_a_regulator_grants_is_no_company() -> None:
    text = "青岚医药宣布,FDA已授予快速通道资格(Fast Track)给QL-0705,用于治疗晚期实体瘤。"
    assert not any("资格" in n for n in company_names(text))
    assert deals(text) == []


def test_latin_names_between_a_date_and_its_verb_count_as_one_step_each() -> None:
    text = (
        "2025年12月18日,上海复华医药(集团)股份有限公司(下称“复华医药”)与Orbit Bio孵化的"
        "Lumen Bio达成一项为期5年的研发合作,Lumen Bio拥有选择权。"
    )
    (deal,) = deals(text)
    assert deal.announced == date(2025, 12, 18)


def test_the_lead_names_the_territory_before_what_a_party_held() -> None:
    text = (
        "最高6.3亿美元!阿斯利康买下Zetacel Pharma在ZC-031的中国权益\n\n"
        "2026年1月19日,阿斯利康宣布,将从Zetacel Pharma手中收购其持有的ZC-031 50%的中国开发和"
        "商业化权益,交易总额最高6.3亿美元。\n\n"
        "据了解,阿斯利康原本就持有ZC-031在中国以外地区的权益,交易完成后将掌握其全球权利。"
    )
    (deal,) = deals(text)
    assert deal.territory_class == "china"


def test_a_bare_overseas_in_the_headline_gives_way_to_the_markets_of_the_body() -> None:
    text = (
        "总额超7亿美元,HY-3050海外权益由Kamet Pharma获得\n\n"
        "3月2日,瀚岳生物宣布与Kamet Pharma签署独家许可协议。HY-3050在印度、中东和非洲的"
        "独家开发和商业化权利,由Kamet Pharma获得。"
    )
    (deal,) = deals(text)
    assert deal.territory_class == "regional"
