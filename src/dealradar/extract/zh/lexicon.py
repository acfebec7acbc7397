"""Word lists for Chinese deal news: multinational names, company suffixes, cue words.

The multinational list is general industry knowledge, not corpus knowledge: Chinese news writes
big pharma by transliteration (辉瑞, 默沙东, 艾伯维) with no suffix to spot, so they need a
list; Chinese biotechs are found by shape (suffix, subject position, definitions) instead, so a
company never seen before is still found. Each group is one company: its Chinese and Latin names.
"""

from __future__ import annotations

MULTINATIONALS: tuple[tuple[str, ...], ...] = (
    ("辉瑞", "Pfizer", "辉瑞公司"),
    ("默沙东", "MSD", "Merck & Co.", "Merck Sharp & Dohme", "美国默沙东"),
    ("默克", "Merck KGaA", "默克集团", "默克雪兰诺", "EMD Serono"),
    ("罗氏", "罗氏制药", "罗氏集团", "Roche", "F. Hoffmann-La Roche", "基因泰克", "Genentech"),
    ("诺华", "Novartis", "诺华制药"),
    ("阿斯利康", "AstraZeneca"),
    ("葛兰素史克", "GSK", "GlaxoSmithKline", "葛兰素"),
    ("赛诺菲", "Sanofi"),
    ("强生", "Johnson & Johnson", "J&J", "杨森", "Janssen", "强生创新制药"),
    ("百时美施贵宝", "BMS", "Bristol Myers Squibb", "Bristol-Myers Squibb", "百时美"),
    ("艾伯维", "AbbVie"),
    ("礼来", "Eli Lilly", "Lilly", "礼来制药"),
    ("诺和诺德", "Novo Nordisk"),
    ("拜耳", "Bayer"),
    ("勃林格殷格翰", "Boehringer Ingelheim", "勃林格"),
    ("安进", "Amgen"),
    ("吉利德", "Gilead", "Gilead Sciences", "吉利德科学"),
    ("武田", "Takeda", "武田制药"),
    ("第一三共", "Daiichi Sankyo"),
    ("安斯泰来", "Astellas"),
    ("卫材", "Eisai"),
    ("大冢制药", "Otsuka", "大冢"),
    ("小野制药", "Ono Pharmaceutical"),
    ("中外制药", "Chugai"),
    ("协和麒麟", "Kyowa Kirin"),
    ("再生元", "Regeneron"),
    ("渤健", "Biogen"),
    ("福泰制药", "Vertex", "Vertex Pharmaceuticals"),
    ("优时比", "UCB"),
    ("益普生", "Ipsen"),
    ("施维雅", "Servier"),
    ("晖致", "Viatris"),
    ("梯瓦", "Teva"),
    ("雅培", "Abbott"),
    ("莫德纳", "Moderna"),
    ("BioNTech",),
    ("因赛特", "Incyte"),
    ("爵士制药", "Jazz Pharmaceuticals"),
    ("Summit Therapeutics", "Summit"),
    ("Avenzo Therapeutics", "Avenzo"),
    ("Biohaven",),
    ("Glenmark", "格兰马克"),
    ("Merus",),
    ("Zenas BioPharma", "Zenas"),
    ("Verona Pharma",),
)

#: Chinese company-name endings, longest first so "生物医药" wins over "医药".
HAN_SUFFIXES: tuple[str, ...] = (
    "生物医药", "生物科技", "生物制药", "生物技术", "医药科技", "医药集团", "制药集团", "医药",
    "制药", "药业", "生物", "药物", "集团", "医疗", "控股", "股份有限公司", "有限责任公司",
    "有限公司",
    "株式会社",  # a Japanese company: "日本化药株式会社"
    # traditional characters, as Hong Kong filings write them: "基石藥業", "和黃醫藥"
    "生物醫藥", "生物製藥", "醫藥集團", "製藥集團", "醫藥", "製藥", "藥業", "藥物", "醫療", "集團",
    "有限責任公司",
)  # fmt: skip

#: Latin company-name endings ("Kite Pharma", "Vor Biopharma Inc.").
LATIN_SUFFIXES: frozenset[str] = frozenset(
    [
        "Therapeutics",
        "Pharma",
        "Pharmaceuticals",
        "Pharmaceutical",
        "Bio",
        "Biopharma",
        "BioPharma",
        "Biotherapeutics",
        "Bioscience",
        "Biosciences",
        "Biotech",
        "Biologics",
        "Biotechnology",
        "Biotechnologies",
        "Oncology",
        "Medicine",
        "Medicines",
        "Sciences",
        "Health",
        "Healthcare",
        "Labs",
        "Laboratories",
        "NewCo",
        "Inc",
        "Inc.",
        "Ltd",
        "Ltd.",
        "Limited",
        "Corp",
        "Corp.",
        "Corporation",
        "AG",
        "SA",
        "S.A.",
        "plc",
        "LLC",
        "GmbH",
        "Co.",
        "Holdings",
        "Group",
        "Genomics",
        "Immunotherapeutics",
        "Biotherapies",
        "Therapeutic",
        "Bioworks",
        "Biomedical",
        "Immunology",
        "Immunotherapy",
        "Genetics",
        "Vaccines",
    ]
)

#: Places outside China a company is said to be from ("欧洲药企X", "意大利制药公司Y").
FOREIGN_PLACES: tuple[str, ...] = (
    "欧洲", "德国", "英国", "法国", "瑞士", "日本", "韩国", "丹麦", "比利时", "以色列",
    "加拿大", "澳大利亚", "意大利", "西班牙", "荷兰", "瑞典", "新加坡", "印度",
)  # fmt: skip
#: Words right before a Latin name that mark it as a company ("欧洲药企Almirall").
LATIN_CUES: tuple[str, ...] = (
    "美国", *FOREIGN_PLACES, "药企", "公司",
    "企业", "biotech", "Biotech", "合作伙伴", "生物技术公司", "生物科技公司", "制药公司",
)  # fmt: skip

#: Characters a Chinese company name does not contain; they end a name candidate.
NAME_STOP_CHARS = frozenset(
    "的了是为将与及或等个款项种其该此这那被把从向对由给于就都也还已并而所以因但如若则即更最很"
    "能会可要应需没不无们之让使据称说笔起家次年月日时后前在剂点型类性化未抗偶候选靶抑激酶届"
)

#: A name candidate starting with one of these is a verb phrase, not a name ("正式触发").
NOT_NAME_STARTS: tuple[str, ...] = (
    "宣布", "公告", "披露", "发布", "表示", "正式", "同时", "已经", "触发", "完成", "实现", "获得",
    "达成", "签署", "共同", "联合", "进一步", "具体", "金额", "首付", "里程碑", "交易", "合作",
    # verbs and adverbs before a name ("此次收购将显著增强集团…", "加快礼新医药产品…")
    "显著", "增强", "加快", "加速", "提升", "推动", "助力", "强化", "依托", "借助",
    # "共同开发生物治疗药物", "利用…": a verb opening a drug description
    "开发", "研发", "利用",
    # "透过与Y合作": a preposition before 与 is no subject
    "透过", "通过", "经由", "借由",
    # "本周国内医疗健康领域…": a time opening the sentence, not a name
    "本周", "上周", "本月", "上月",
    # an interview's question: "请介绍一下与艾伯维合作的主要条款"; an editor's "聊聊公司与Y达成的
    # 合作" (talk about the company's deal with Y)
    "请", "介绍", "聊聊", "谈谈", "说说",
    # "某公募基金医药行业研究员": an unnamed "certain" one; "全球仿制药及生物类似药巨头": a kind
    "某", "一家", "多家", "全球",
    # "一位长期关注医药BD的投行人士": a person described, no company
    "一位", "一名", "多位",
    # "公司持续与多家跨国药企保持沟通": the filing's own company, unnamed
    "公司", "本公司",
    # a filing's disclaimer ("…有限公司对本公告的内容概不负责", often in traditional
    # characters) and its purpose ("知会本公司股东及潜在投资者有关本集团的最新业务发展")
    "对本", "對本", "投资者", "投資者",
)  # fmt: skip

#: Drug and modality words: a span holding one describes a drug ("小核酸药物", "双抗项目"),
#: not a company, however company-like its ending.
MODALITY_WORDS: tuple[str, ...] = (
    "药物", "疗法", "抗体", "核酸", "单抗", "双抗", "多抗", "小分子", "大分子", "多肽", "疫苗",
    "项目", "管线", "偶联", "制剂", "候选", "分子胶", "创新药", "新药", "ADC", "siRNA", "mRNA",
    "蛋白",
)  # fmt: skip

#: Place names that open a legal name ("苏州宜联生物医药有限公司"); the rest is the short name.
CITY_PREFIXES: tuple[str, ...] = (
    "上海", "北京", "江苏", "苏州", "杭州", "浙江", "广州", "广东", "深圳", "成都", "四川", "南京",
    "天津", "武汉", "重庆", "山东", "沈阳", "烟台", "香港", "珠海", "石家庄", "无锡", "泰州",
    "合肥", "西安", "长沙", "厦门", "青岛", "济南", "大连", "连云港",
    "长春", "哈尔滨", "郑州", "福州", "昆明", "南昌", "太原", "宁波", "常州", "南通", "温州",
    "嘉兴", "绍兴", "台州", "佛山", "东莞", "中山", "威海",
)  # fmt: skip

#: Words that end the text before a company name (besides punctuation and Latin letters).
NAME_BOUNDARY_WORDS: tuple[str, ...] = (
    "控股子公司", "全资子公司", "子公司", "旗下", "公司", "药企", "企业", "关联方", "宣布", "收购",
    "授予", "授权给", "许可给", "授权", "引进", "牵手", "携手", "联手", "以及", "连同", "指出",
    "表示", "报道", "讯", "据", "与", "和", "及", "同", "将", "向", "给", "由", "对", "把", "被",
    "从", "在", "是", "为", "就", "称", "而", "则", "】", "今日", "近日", "日前", "伙伴",
)  # fmt: skip

#: Words that are never a company even in a company's position.
NOT_NAMES = frozenset(
    [
        "公司",
        "双方",
        "对方",
        # "上述与Ewopharma的合作": the aforesaid, no company
        "上述",
        "前述",
        "该公司",
        "本公司",
        "交易",
        "协议",
        "合作",
        "项目",
        "产品",
        "集团",
        "管理层",
        "投资者",
        "市场",
        "行业",
        "分析师",
        "业内",
        "机构",
        "券商",
        "记者",
        "中国",
        "美国",
        # "意大利制药公司Istituto Gentili": a country before a company ending names a kind of
        # company, as "美国生物技术公司" does
        *FOREIGN_PLACES,
        "印度尼西亚",
        "海外",
        "全球",
        "国内",
        "跨国药企",
        "药企",
        "企业",
        "医药",
        "生物",
        "制药",
        "药业",
        "药物",
        "医疗",
        "科创板公司",
        # a legal form alone ("联邦生物科技(珠海横琴)有限公司": the city splits the name) and a
        # filing's "自愿公告"
        "有限公司",
        "股份有限公司",
        "有限责任公司",
        "集团有限公司",
        "自愿",
        # "智翔金泰公告,全资子公司与Cullinan签署": the announcer's unnamed subsidiary acts for it
        "全资子公司",
        "控股子公司",
        "子公司",
        "附属公司",
        "港股",
        "股价",
        "报告",
        "数据",
        "此次",
        "本次",
        "今年",
        "同时",
        "另外",
        "此外",
        "其中",
        "目前",
        "随后",
        "最终",
        # times of day a filing is made ("恒瑞医药(600276.SH)晚间公告"): no company
        *("晚间", "早间", "午间", "盘后", "盘前", "今晚", "昨晚", "今晨"),
        # ("本周共有两笔交易…": the week, no company)
        *("本周", "上周", "本月", "上月", "去年", "当天"),
    ]
)

#: Adverbs allowed between a subject and its verb ("信达生物今日宣布").
SUBJECT_ADVERBS = (
    "今日", "今天", "近日", "日前", "昨日", "昨晚", "当日", "同日", "也", "亦", "还", "已", "正式",
    "同时", "则", "再次", "首次", "欣然", "刚刚", "此前", "早前", "近期", "曾", "晚间", "早间",
    "盘后", "今晚",
)  # fmt: skip
