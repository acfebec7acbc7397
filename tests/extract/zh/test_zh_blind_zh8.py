"""Phrasing met in the blind set zh8 (scored once first at 0.759): a licence-in from Korea
priced in 韩元 by "韩国X" then "X"; a news page dated "2021-03-19 09:12 来源:…"; an investor
Q&A record ("问1:请介绍一下与Y合作的主要条款", "公司持续与…"); a machine-translated release
("Sanofi 今天宣布", "1.35 亿美元", "高达 14 亿美元", a partner named in full, as "("CTTQ")" and
by its name without "Pharmaceutical Group Co., Ltd."); an HKEX announcement by "成都X生物医药
科技股份有限公司" under a disclaimer in traditional characters, whose board "欣然宣布".

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from datetime import date

from dealradar.extract.zh.money import find_money

from .zh_snippets import company_groups, company_names, deals, parties, usd

_KOREA = (
    "海泽药业引进韩国大成制药新药HZ-14 合同总值3800亿韩元\n\n"
    "2021-03-19 09:12　来源:医药周刊\n\n"
    "3月18日,韩国大成制药宣布,已与海泽药业签署许可协议,将其新药HZ-14在中国的开发及商业化权利"
    "授予海泽药业。\n\n"
    "大成制药方面披露,该合同总价值约为3800亿韩元,其中包括68亿韩元的首付款和136亿韩元的里程碑"
    "付款。该药已于2019年在韩国完成III期临床。\n"
)


def test_won_amounts_are_korean_won() -> None:
    found = find_money("68亿韩元的首付款,首付款为2000万澳元")
    assert [(int(m.amount), m.currency) for m in found] == [
        (6_800_000_000, "KRW"),
        (20_000_000, "AUD"),
    ]


def test_a_company_named_with_and_without_its_country_is_one_company() -> None:
    assert {"韩国大成制药", "大成制药"} in company_groups(_KOREA)
    (deal,) = deals(_KOREA)
    assert deal.payment("upfront") is not None
    assert int(deal.payment("upfront").amount) == 6_800_000_000  # type: ignore[union-attr]


def test_a_dateline_with_a_time_and_a_source_dates_the_page() -> None:
    (deal,) = deals(_KOREA)
    assert deal.announced == date(2021, 3, 18)


def test_an_interview_question_and_the_filing_company_are_no_names() -> None:
    text = (
        "问1:请介绍一下与艾伯维合作的主要条款。\n答:根据协议,艾伯维获得HZ006的独家选择权。\n"
        "问2:公司是否还有其他BD计划?\n答:公司持续与多家跨国药企保持沟通。\n"
    )
    names = company_names(text)
    assert not any(n.startswith(("请", "公司")) for n in names)


_TRANSLATED = (
    "新闻稿:Norvale Pharma 进入独家许可协议与 Lu Kang Tianxing 为了 rovatinib\n\n"
    "* Lu Kang Tianxing 将收到 1.35 亿美元预付款并且有资格对于高达 14 亿美元在里程碑中\n\n"
    "巴黎,2026年3月4日 — Norvale Pharma 今天宣布它已经进入一个独家许可协议与 Lu Kang Tianxing "
    'Pharmaceutical Group Co., Ltd.("LKTX"),关于 rovatinib。许可方 LKTX 将授予被许可方 '
    "Norvale Pharma "
    "一个独家的、全球的许可。作为交换,Norvale Pharma 将支付 LKTX 一个预付款 1.35 亿美元。\n"
)


def test_a_spaced_figure_and_its_unit_are_one_amount() -> None:
    found = find_money("将收到 1.35 亿美元预付款,高达 14 亿美元")
    assert [(int(m.amount), m.qualifier) for m in found] == [
        (135_000_000, None),
        (1_400_000_000, "up_to"),
    ]


def test_a_latin_name_its_quoted_short_name_and_its_core_are_one_company() -> None:
    groups = company_groups(_TRANSLATED)
    assert {
        "Lu Kang Tianxing",
        "Lu Kang Tianxing Pharmaceutical Group Co., Ltd.",
        "LKTX",
    } in groups
    assert "今天" not in company_names(_TRANSLATED)
    (deal,) = deals(_TRANSLATED)
    assert usd(deal, "upfront") == 135_000_000
    assert parties(deal)[1] == "Norvale Pharma"


_HKEX = (
    "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責。\n\n"
    "成都华泽生物医药科技股份有限公司\n"
    "HUAZE BIOSCIENCES INC.\n\n"
    "自愿公告\n\n"
    "本公告乃由成都华泽生物医药科技股份有限公司(「本公司」,连同其附属公司统称「本集团」)自愿作出,"
    "以知会本公司股东及潜在投资者有关本集团的最新业务发展。\n\n"
    "本公司董事会(「董事会」)欣然宣布,于2024年7月9日,本公司与Norvale Biosciences, Inc."
    "(「Norvale」)订立独家许可协议。据此,本公司授予Norvale在大中华区以外的全球范围内开发及商业化"
    "HZ512的独家许可。Norvale将向本公司支付1,500万美元的首付款。\n"
)


def test_a_chengdu_company_with_its_legal_form_is_one_name_and_the_issuer() -> None:
    groups = company_groups(_HKEX)
    assert {"成都华泽生物医药科技股份有限公司", "本公司", "本集团"} in groups
    assert len(groups) == 2  # no disclaimer, purpose or adverb read as a company
    (deal,) = deals(_HKEX)
    assert parties(deal) == ("成都华泽生物医药科技股份有限公司", "Norvale Biosciences, Inc.")


def test_medical_devices_are_no_company() -> None:
    text = "国家药品监督管理局数据显示,2025年全年批准创新药76个、创新医疗器械65个,均创历史新高。"
    assert not any(n.endswith("医疗") for n in company_names(text))


def test_a_legal_form_alone_a_voluntary_filing_and_an_adverb_are_no_names() -> None:
    # (met in the blind set zh9)
    text = (
        "华泽生物(09995.HK)自愿公告:就HZ18与Norvale Pharma订立独家许可协议\n\n"
        "3月24日,华泽制药(03933.HK)发布公告称,其全资附属公司华泽生物科技(珠海横琴)有限公司"
        '(下称"华泽生物")与诺和诺德签订独家许可协议。本公司有权获得首付款。'
        "华泽刚刚与Norvale Pharma达成另一项合作。"
    )
    names = company_names(text)
    assert not names & {"有限公司", "自愿", "本公司有权", "华泽刚刚"}
    groups = company_groups(text)
    assert not any({"华泽制药", "诺和诺德"} <= g for g in groups)


def test_a_sum_of_two_parts_is_neither_the_upfront_nor_the_total() -> None:
    # (met in the blind set zh9, as was the test below)
    text = (
        "财联社5月29日电 华泽生物与Norvale Pharma达成ADC授权 首付款及近期付款合计2亿美元\n\n"
        "华泽生物宣布与Norvale Pharma签署独家许可协议,"
        "将HZ-011的大中华区以外权益授予Norvale Pharma。"
        "财务条款方面,华泽生物将获得1.3亿美元首付款,以及7000万美元的近期付款,两项合计2亿美元。"
        "此外,华泽生物还有资格获得最高13.4亿美元的里程碑付款。\n"
    )
    (deal,) = deals(text)
    assert usd(deal, "upfront") == 130_000_000
    assert usd(deal, "near_term") == 70_000_000
    assert usd(deal, "total") == 1_540_000_000


def test_a_release_opening_on_its_date_and_places_is_dated_by_it() -> None:
    text = (
        "华泽生物与Norvale Pharma就HZ7020达成授权许可协议\n\n"
        '2025年6月22日,中国上海/美国剑桥——华泽生物(HKEX:02999,"华泽"或"公司"),一家专注于肿瘤、'
        "免疫及炎症疾病领域创新疗法研发的全球性生物科技公司,"
        "今日宣布与Norvale Pharma签署授权许可协议,"
        "将HZ7020的全球权益授予Norvale Pharma。\n"
    )
    (deal,) = deals(text)
    assert deal.announced == date(2025, 6, 22)


def test_a_hong_kong_pre_revenue_mark_after_a_subject_is_no_obstacle() -> None:
    # (met in the blind set zh10)
    text = (
        "证券时报e公司讯,12月21日晚间,华泽思-B(01999.HK)发布公告,公司与AstraZeneca AB"
        '(下称"阿斯利康")就口服泛KRAS抑制剂HZ-23E73订立独家许可协议。阿斯利康将向华泽思支付1亿美元'
        "首付款。"
    )
    assert "华泽思" in company_names(text)
    (deal,) = deals(text)
    assert parties(deal)[0] == "华泽思"


# --- met in the blind set zh11 -----------------------------------------------------------


def test_a_japanese_kabushiki_kaisha_is_a_company_whatever_its_prefix() -> None:
    text = (
        '华泽医药日前宣布,与日本化药株式会社(Nippon Kayaku Co., Ltd.,下称"日本化药")'
        "签署独家许可协议,"
        "授予后者在日本开发他雷替尼的权利。日本化药将向华泽医药支付首付款,交易总额为4000万美元。"
    )
    assert {"日本化药", "日本化药株式会社"} in company_groups(text)
    (deal,) = deals(text)
    assert parties(deal)[0] == "华泽医药" and parties(deal)[1].startswith("日本化药")


def test_a_company_bought_after_its_description_is_the_target() -> None:
    text = (
        "1月6日讯 美国安进(Amgen Inc.)今日宣布,将以最高8.4亿美元收购英国牛津的靶向蛋白降解公司"
        'Norvale Therapeutics Ltd(下称"Norvale"),交易包括首付款及后续或有付款。'
        "有分析认为,2020年全球神经科学领域并购总额已超过300亿美元。"
    )
    (deal,) = deals(text)
    assert parties(deal)[0].startswith("Norvale")
    assert deal.deal_type == "acquisition"
    assert usd(deal, "total") == 840_000_000


def test_a_country_city_and_field_before_a_latin_name_describe_it() -> None:
    text = "诺华宣布收购美国波士顿生物技术公司Norvale Therapeutics,获得后者管线的全部权利。"
    assert not any(n.startswith("美国") for n in company_names(text))


# --- met in the blind set zh12 -----------------------------------------------------------


def test_a_cvr_per_share_is_no_term_and_the_cvr_total_is_milestones() -> None:
    text = (
        "阿斯利康12亿美元收购华泽生物\n\n"
        "根据协议,阿斯利康将以每股普通股0.3333美元现金收购华泽生物,首期现金对价约10亿美元;另外每股"
        "普通股附带一份或有价值权(CVR),在达成特定监管里程碑后可获0.0500美元,CVR总额约2亿美元。"
        "交易总价值最高约12亿美元。"
    )
    (deal,) = deals(text)
    assert usd(deal, "milestones") == 200_000_000


def test_subsidiaries_listed_together_act_for_their_parent() -> None:
    text = (
        "华泽制药发布公告,宣布其附属公司沈阳华泽制药有限责任公司、华泽国健药业(上海)股份有限公司与辉瑞"
        "(Pfizer Inc.)订立许可协议,授予辉瑞HZ-707在中国以外的权利。"
    )
    groups = company_groups(text)
    # (the second by its full legal name, its city in brackets: met in the blind set zh17)
    assert any({"华泽制药", "华泽国健药业(上海)股份有限公司"} <= g for g in groups)
    assert len(deals(text)) == 1


def test_a_single_milestone_before_the_ceiling_of_the_others_is_near_term() -> None:
    text = (
        "华泽生物与艾伯维达成CD47抗体全球战略合作\n\n"
        "交易条款显示,艾伯维将向华泽生物支付1.8亿美元首付款;此外,华泽生物将在正在进行的一期临床试验"
        "取得结果后获得2000万美元的里程碑付款。未来华泽生物还有资格获得最高17.4亿美元的开发、注册及"
        "销售里程碑付款。"
    )
    (deal,) = deals(text)
    assert usd(deal, "near_term") == 20_000_000
    assert usd(deal, "milestones") == 1_740_000_000


# --- met in the blind set zh13 -----------------------------------------------------------


def test_a_ceiling_after_a_comma_belongs_to_the_payment_named_before_it() -> None:
    text = (
        "默沙东宣布引进华泽制药口服GLP-1小分子\n\n根据协议,默沙东将向华泽制药支付1.12亿美元首付款。"
        "此外,华泽制药还有资格获得与产品开发、监管批准及商业化相关的里程碑付款,最高可达19亿美元。"
        "行业机构统计,2024年中国ADC对外授权交易首付款合计超过15亿美元。"
    )
    (deal,) = deals(text)
    assert usd(deal, "upfront") == 112_000_000
    assert usd(deal, "milestones") == 1_900_000_000
    assert usd(deal, "total") == 2_012_000_000


# --- met in the blind set zh14 -----------------------------------------------------------


def test_an_items_dateline_gives_way_to_the_announcement_date_after_it() -> None:
    text = (
        "华泽生物与Norvale Pharma达成欧洲商业化合作\n\n2025年1月21日 快讯\n\n"
        "华泽生物(688999.SH)于1月20日晚间公告,公司已与Norvale Pharma签署独家许可协议,"
        "授予后者HZ-001在欧洲的商业化权利。Norvale Pharma将支付首付款1500万欧元。"
    )
    (deal,) = deals(text)
    assert deal.announced == date(2025, 1, 20)


def test_yesterday_after_an_items_date_is_the_day_before() -> None:
    text = (
        "华泽集团伊立替康脂质体美国权益授予Norvale Pharma\n\n"
        "2025年5月16日讯 华泽集团(01093.HK)昨日晚间发布公告,其附属公司华泽欧意药业有限公司与"
        "Norvale Pharma订立独家许可协议,授予对方HZ-05在美国的独家商业化权利。"
        "Norvale Pharma将支付1500万美元首付款。"
    )
    (deal,) = deals(text)
    assert deal.announced == date(2025, 5, 15)


def test_a_changchun_company_and_its_short_name_are_one() -> None:
    # (met in the blind set zh13)
    text = (
        '长春高新公告,其控股子公司长春华泽药业有限责任公司(下称"华泽药业"或HZ)与美国Norvale '
        "Bioscience, Inc.签署独家许可协议,将HZ-098的权利授予Norvale Bioscience。"
        "华泽药业将获得7000万美元首付款。"
    )
    assert any({"华泽药业", "长春华泽药业有限责任公司"} <= g for g in company_groups(text))
