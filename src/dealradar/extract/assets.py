"""Assets: drug names as written. Development codes (SHR-A1811, HRS9531, BL-B01D1), INNs by
their WHO stems (-mab, -tinib, -tide, deruxtecan...), a brand written before its INN in
brackets (QINLOCK (ripretinib)) and named platforms ("its Grabody-B platform").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dealradar.extract.dates import MONTH_NAMES, WEEKDAY_NAMES
from dealradar.extract.lexicon import FUNCTION_WORDS, ORG_SUFFIXES, STOP_NAMES
from dealradar.extract.text import may_contain
from dealradar.model.slots import fast_init

#: A development code. The capital comes first and the test of what precedes it second
#: (`(?<![\w/-][A-Z])`, "no word character, slash or hyphen before the capital") so that the
#: regex engine can skip straight to capitals. A lookahead then asks for what every code has
#: within 12 characters of its capital, a digit after letters, hyphens or a space only: most
#: capitals (names, sentence starts) fail it at once, without the backtracking of the rest.
_CODE = re.compile(
    r"(?P<code>[A-Z](?<![\w/-][A-Z])(?=[A-Za-z -]{0,11}+\d)"
    r"[A-Za-z]{0,5}(?:-[A-Z]{1,3})?[- ]?[A-Z]?\d[\dA-Z]*"
    # "MET-097i": a small letter after three digits names the form (injectable, oral)
    r"(?:(?<=-\d\d\d)[a-rt-z])?"
    # "ACI-24.060": a decimal suffix names one variant of a programme
    r"(?:-[A-Z0-9]+)?(?:\.\d{1,3}(?![\d.]))?)(?![\w/])"
)
#: WHO stems an INN ends with (those of `_INN_CAP` are among them).
_INN_STEMS = (
    r"mab|tinib|nib|tide|tecan|cept|stat|ciclib|parib|lisib|rafenib|zomib|vir|limus|platin|"
    r"taxel|sertib|degib|glutide|leucel|siran|rsen|tug|cel|gene|bresib|glipron|gliflozin|"
    r"gliptin|sartan|mig|bart|fusp|imod|arotene|fibranor|bamate|camten|"
    # KRAS inhibitors, gepants, growth factors, SERDs, GnRH antagonists, anticoagulants,
    # orexin and NK3 antagonists, complement C5a inhibitors, butyrophenones, beta-3 agonists,
    # ROCK inhibitors, glucokinase activators, antiandrogens, G-CSFs, erythropoietins
    r"rasib|gepant|ermin|estrant|golix|relix|xaban|gatran|orexant|netant|copan|perone|begron|"
    r"sudil|gliatin|lutamide|grastim|poetin|"
    # mineralocorticoid receptor antagonists ("finerenone", "ocedurenone"), vasopressin ones
    r"renone|vaptan"
)
#: A word ending in a stem: needed by `_INN` and `_INN_CAP`, and far cheaper to look for.
_STEM_AT_WORD_END = re.compile(rf"(?:{_INN_STEMS})(?![\w-])")


#: The stems reversed: read backwards, the end of a word is its start (see `_has_stem`).
_REVERSED_STEMS = tuple(stem[::-1] for stem in _INN_STEMS.split("|"))


def _after_non_word(stems: tuple[str, ...]) -> re.Pattern[str]:
    """A character that is no word character nor a hyphen, then one of `stems`, which are
    grouped by their first letter (after the character, the engine tries only the group of
    the letter there, not every stem)."""
    groups: dict[str, list[str]] = {}
    for stem in stems:
        groups.setdefault(stem[0], []).append(re.escape(stem[1:]))
    return re.compile(
        "[^\\w-](?:" + "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"
    )


_REVERSED_STEM_AFTER_NON_WORD = _after_non_word(_REVERSED_STEMS)


def _has_stem(chunk: str) -> bool:
    r"""`_STEM_AT_WORD_END.search(chunk) is not None`, read on the reversed chunk, where a
    stem at a word's end is a reversed stem at the chunk's start or after a character that is
    no word character nor a hyphen.

    Why: forwards, the engine tries a match at every letter a stem starts with (most letters);
    backwards, from the few characters between words only (a space, a comma), after which
    the stems of the letter there are compared.
    """
    backwards = chunk[::-1]
    return (
        backwards.startswith(_REVERSED_STEMS)
        or _REVERSED_STEM_AFTER_NON_WORD.search(backwards) is not None
    )


#: The second word of a two-word INN: an ADC's payload ("sacituzumab govitecan").
_PAYLOADS = (
    "deruxtecan|vedotin|govitecan|emtansine|mafodotin|tirumotecan|rezetecan|"
    # an antibody-oligonucleotide conjugate's oligonucleotide ("delpacibart zotadirsen")
    "[a-z]{4,}(?:rsen|siran)"
)
#: (Not opened on its first letter as `_CODE` is: any letter may open it, so the engine would
#: stop at nearly every character all the same, and the lookbehind first fails sooner there.)
_INN = re.compile(
    rf"(?<![\w-])(?P<inn>(?:[A-Z][a-z]+\s+)?[a-z]{{3,}}(?:{_INN_STEMS})"
    rf"(?:\s+(?:{_PAYLOADS}|benzenesulfonate|mesylate|hydrochloride|tosylate|maleate))?)"
    r"(?![\w-])",
)
#: "avacincaptad pegol", "certolizumab pegol": a PEGylated drug's two-word INN, whatever the
#: stem of its first word.
_PEGOL = re.compile(r"(?<![\w-])(?P<inn>[a-z]{4,}\s+pegol)(?![\w-])")
_INN_CAP = re.compile(
    r"(?P<inn>[A-Z](?<![\w-][A-Z])[a-z]{3,}(?:mab|tinib|nib|tide|tecan|cept|ciclib|parib|lisib|"
    r"glutide|leucel|siran|rsen))(?![\w-])"
)
#: "QINLOCK (ripretinib)", "Trodelvy (sacituzumab govitecan)": a two-word INN ends with its
#: payload or its cell-therapy word.
#: (`\b` before the capital written as a lookbehind after it, as in `_CODE`.)
_BRAND_BEFORE_INN = re.compile(
    r"(?P<brand>[A-Z](?<!\w[A-Z])[A-Za-z]{3,})\s+\("
    rf"(?P<inn>[a-z]{{4,}}(?:\s+(?:{_PAYLOADS}|autoleucel|maraleucel))?)\)"
)
#: Words written in brackets after a capitalised word that are no drug's INN.
_NOT_INNS = frozenset(
    [
        *("unaudited", "audited", "excerpt", "excerpts", "continued", "restated", "amended"),
        # a deal card's role labels ("Merck & Co., Inc., ... outside the US and Canada
        # (licensee)") and an analyst's rating ("Rating: Overweight (maintained)")
        *("draft", "licensor", "licensee", "buyer", "seller", "acquirer", "partner", "parent"),
        *("maintained", "reiterated", "unchanged", "upgraded", "downgraded", "initiated"),
    ]
)
_OWNED_PLATFORM = re.compile(
    r"['’]s?\s+(?:[A-Z][\w-]*\s+){0,4}?(?:\((?P<abbr>[A-Za-z][\w-]{1,12})\)|"
    r"(?P<name>[A-Z][a-z]+[A-Z][\w-]*))\s+(?:platform|technology)\b"
)
_PLATFORM = re.compile(r"\b(?:its|the|their)\s+(?P<name>[A-Z][\w-]+)\s+(?:platform|technology)\b")
#: A coined name of a company's platform, a few words before the noun: "its SAFEbody
#: precision masking technology", "LegoChem's ConjuAll ADC technology", "its RenMice®
#: platforms", "Azymetric(TM) and EFECT(TM) Platforms". Coined: capitals inside the word
#: (not "its Phase 2 platform", nor "GalNAc-based"), or a trademark sign. Not after "built
#: on" or "based on": a drug made with the platform is the asset, the platform its origin.
_TRADEMARK = r"(?:®|™|\((?:TM|R)\))"
_COINED_PLATFORM = re.compile(
    r"(?<!built on )(?<!based on )(?<!built )(?<!based )"
    r"(?:\b(?:its|their|the|proprietary|[Uu]sing|on)|['’]s?)\s+"
    r"(?:proprietary\s+)?"
    r"(?P<name>(?:[A-Z][a-z]*[A-Z][A-Za-z-]*[a-z][A-Za-z-]*|[A-Z]+[a-z][A-Za-z]*[A-Z][A-Za-z]*|"
    rf"[A-Z][\w-]+(?={_TRADEMARK})))"
    rf"{_TRADEMARK}?(?:\s+and\s+(?P<other>[A-Z][\w-]+){_TRADEMARK}?)?"
    r"\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?:[Pp]latforms?|[Tt]echnolog(?:y|ies))\b"
)
#: A drug's name after its noun: "the sarcoma drug Fyarro", "its lead medicine Zyntora" (not
#: a day: "approved the drug Tuesday"; nor a company's longer name).
_NAMED_DRUG = re.compile(
    r"\b(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?(?:drug|medicine)\s+"
    r"(?!(?:" + WEEKDAY_NAMES + "|" + MONTH_NAMES + r")\b)"
    r"(?P<name>[A-Z][a-z]{3,}[\w-]*)(?![\w-]| [A-Z])"
)
#: "rights to OncoACP3", "Rights to X", "rights to develop and commercialize X"
_RIGHTS_TO = re.compile(
    # ("exclusive global rights to use STAC-BBB for one target")
    r"[Rr](?<!\w[Rr])ights\s+to\s+(?:(?:develop|manufacture|commerciali[sz]e|market|sell|use)"
    r"(?:,?\s+(?:and\s+)?|\s+))*(?P<a>[A-Z][\w-]{2,})(?:\s+and\s+(?P<b>[A-Z][\w-]{2,}))?"
    r"(?=[\s,.;])"
)
#: "also known as TJC4", "code-named ABC1": a short code named as the drug's other name
_KNOWN_AS = re.compile(
    # ("known during development as RC48")
    r"\b(?:also known as|formerly known as|known (?:during|in) development as|code-?named|"
    r"formerly)\s+"
    r"(?P<code>[A-Z][A-Za-z-]*\d[\w-]*)"
)
#: A code-like name set off by an apposition that says it is a drug: "ARO-SNCA, a preclinical
#: siRNA", "HLX13, Henlius' proposed biosimilar". The apposition vouches for names that the
#: code pattern alone rejects (two digits, or letters only).
#: (The capital comes first and the test of what precedes it second, as in `_CODE`.)
_APPOSED_CODE = re.compile(
    r"(?P<code>[A-Z](?<![\w-][A-Z])[A-Z0-9]{1,7}(?:-[A-Z0-9]{2,8}| \d{3,6})?)(?![\w-]),\s+"
    r"(?:a|an|its|the|"
    # "ARO-SNCA, an investigational small interfering RNA (siRNA) therapy": a bracketed
    # abbreviation is one of the words of the description
    r"[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}['’]s?)\s+(?:[\w/-]+\s+|\([\w/-]+\)\s+){0,6}?"
    r"(?:siRNA|antibody|"
    r"inhibitor|degrader|candidate|drug|biosimilar|ADC|conjugate|agonist|antagonist|therapy|"
    r"vaccine|molecule|bispecific|trispecific|engager|medicine|compound|asset|program|"
    r"enzyme|hyaluronidase|protein|peptide)\b"
)
#: What every match of `_APPOSED_CODE` holds: a comma right after a capital or a digit (the
#: end of the code). The comma comes first, so the regex engine skips straight to commas;
#: most sentences have none after a code, and the scan of `_APPOSED_CODE` is spared.
_CODE_COMMA = re.compile(r",(?<=[A-Z\d],)")
#: Protein mutations (T315I, G12C, V600E) look like codes but are not assets.
_MUTATION = re.compile(r"[A-Z]\d{2,4}[A-Z]")
#: A security's ISIN ("FR0010331421", "US0378331005"): a country's two letters, nine letters
#: or digits, a check digit. A listing's identifier, never a drug's code.
_ISIN = re.compile(r"[A-Z]{2}[A-Z0-9]{9}\d")
#: "mRNA-4157/V940", "SKB264/MK-2870": one drug under the codes of both partners, written as
#: one name (a plain code refuses a slash next to it).
_CODE_PAIR = re.compile(
    r"(?<![\w/-])(?P<code>[A-Za-z]{1,6}-?\d{3,6}[A-Z]?/[A-Z][A-Za-z]{0,5}-?\d{2,6}[A-Z]?)(?![\w/])"
)
#: "DKN-01", "ABX-02": a programme's number padded with a zero is a code even with two digits
#: (other two-digit codes are too often something else: "COVID-19", "Q4-25").
_PADDED_CODE = re.compile(r"[A-Z]{2,6}-0[1-9]")
#: What vouches for a two-digit code just before it: the kind of drug it names ("ROCK2
#: inhibitor TDI01", "checkpoint antibody BND-22", "its lead drug, IDRX-42", "its research
#: code RC48"), or the INN it follows in brackets ("(telitacicept, RC18)").
_DRUG_NOUN_BEFORE = re.compile(
    r"(?:\b(?:inhibitors?|antibody|ADC|conjugate|drug|candidate|bispecific|agonist|antagonist|"
    r"degrader|siRNA|vaccine|molecule|compound|asset|code)[,:]?|\([a-z]{4,}(?: [a-z]{4,})?,)"
    r"\s+$"
)
_DRUG_NOUNS = ("drug ", "medicine ")
_PREFIX_STOP = frozenset(
    ["once", "drug", "drugs", "patients", "both", "with", "and", "its", "their", "our"]
)
#: "(ACP)", "(also known as X)", and the filing's quoted defined term: 'avacincaptad pegol
#: ("ACP")'.
_ALIAS_IN_PAREN = re.compile(
    r"\s*\((?:also known as\s+|or\s+)?[\"“]?(?P<alias>[A-Za-z][\w-]{1,14})[\"”]?\)"
)
#: Words with a drug stem's ending that name a kind of molecule, not a drug ("antibody
#: oligonucleotide conjugate"), or a state.
_COMMON_NON_DRUGS = frozenset(
    [
        *("state", "gene", "cell", "vedotin", "peptide", "peptides", "polypeptide"),
        *("polypeptides", "nucleotide", "nucleotides", "oligonucleotide", "oligonucleotides"),
        # ("700-fold higher transgene expression": the gene a vector carries)
        *("transgene", "transgenes", "oncogene", "oncogenes", "antigene"),
    ]
)
#: Targets, receptors and trial names look like codes but are not assets. A target's number
#: has one or two digits ("GLP-1", "IL-17A", "CLDN18.2"): "MET-097i", with three, is a
#: company's code (CD antigens run to three digits: "CD123").
_NOT_CODES = re.compile(
    r"^(?:GLP|GIP|PD|PDL|PD-L|HER|EGFR|VEGF|TROP|CDH|GSPT|IGF|CSF|GDF|PDE|B7|IL|TNF|JAK|BTK|"
    r"KRAS|FGFR|ALK|ROS|RET|MET|BCMA|CLDN|TIGIT|LAG|TIM|CTLA|FcRn|DLL)[- ]?\d(?!\d\d)|"
    r"^(?:CD|ADC|COVID|H|Q|FY|SH|SZ|HK|"
    r"US|USD|RMB|CNY|EUR|GBP|JPY|HKD|CHF|SEK|DKK|KRW|INR|AUD|CAD|SGD|Phase|Class|Series|HKEX|"
    # ("within the scope of ASC 808, Collaborative Arrangements": an accounting standard)
    r"SSE|SZSE|NASDAQ|NYSE|ISO|GMP|GAAP|ASC|IFRS|IAS|CIS|ICH|Form|Rule|Section|Item|Table|Figure|"
    # stock indexes: "the CSI 300 gained 1.6%", "the FTSE 100", "the Nikkei 225"
    r"CSI|FTSE|Nikkei|KOSPI|S&P|STOXX|DAX|CAC|Russell)[- ]?\d"
)


_DIGIT = re.compile(r"\d")
#: `_DIGIT` for an ASCII text, where `\d` is `[0-9]`: a plain set, tested much faster than a
#: Unicode category at each character of a sentence without digits.
_ASCII_DIGIT = re.compile(r"[0-9]")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: What writes a year without a space: periods and meetings ("FY2025", "ASCO2024").
_PERIOD_PREFIX = re.compile(
    r"[A-Za-z]{0,2}|(?:ASCO|ESMO|AACR|ASH|JPM|BIO|EASL|ADA|EASD|WCLC|SABCS|ASGCT|EHA|ACR)"
    r"|Q[1-4]|H[12]"
)
#: A code that opens with a digit ("9MW3811", "8MW0511"), as some Chinese developers write.
#: The digit comes first and the test of what precedes it second, as in `_CODE`.
_DIGIT_CODE = re.compile(r"(?P<code>\d(?<![\w/.-]\d)[A-Z]{1,4}\d{3,5})(?![\w/-])")
#: A name given by a label: "(trade name: Mailisheng, product code: 8MW0511)"; a deal sheet's
#: "Asset: camlipixant, highly selective ..." line (not "Asset: Undisclosed mAbs").
_LABELLED_NAME = re.compile(
    r"\b(?:trade name|brand name|product code|code name|drug code)\s*[:：]\s*"
    r"(?P<name>[A-Za-z0-9][\w-]{2,})|"
    r"(?<!\S)(?:[-•*>][ \t]*)?(?:Asset|Drug|Molecule)(?:[ \t]*:|[ \t]*\.{3,})[ \t]*"
    r"(?!(?:undisclosed|not|none|multiple|various|several|unnamed|tbd|n/a)\b)"
    r"(?P<asset>[A-Za-z0-9][\w-]{2,})(?=[ \t]*(?:[,;(]|--|[–—]|$))",
    re.I,
)
#: A code written with a space ("ISB 2001"): capitals, a space, three or more digits; an
#: exchange, currency or period prefix is excluded by `_NOT_CODES` and `_SPACED_NOT_CODES`.
#: The US states' postal codes: before a five-digit ZIP code they end an address.
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    "NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
_SPACED_CODE = re.compile(
    r"(?!(?:BSE|NSE|TSE|LSE|ASX|SIX|KRX|TWSE|KOSDAQ|STAR|AIM|FY|CY)\b)"
    # ("New York, NY 10036": a US state and its ZIP code in an address)
    r"(?!(?:" + _US_STATES + r") \d{5}$)"
    r"[A-Z]{2,5} \d{3,6}"
)


#: A brand a drug is sold under: "serplulimab is sold as HANSIZHUANG in China", "in the EU it
#: is marketed as Hetronifly".
_SOLD_AS = re.compile(
    # ("and already sold in China under the brand name Aidixi": where it is sold may stand
    # between)
    r"\b(?:(?:is|are|was|were|be|already)\s+(?:already\s+)?(?:sold|marketed|branded|"
    r"commerciali[sz]ed)(?:\s+in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?|"
    # "where it sells the ADC under the brand name Aidixi": the active voice
    r"(?:sells|markets)\s+(?:it|the\s+(?:drug|ADC|antibody|product|medicine))|"
    r"(?:sold|marketed)\s+(?:it|the\s+(?:drug|ADC|antibody|product|medicine)))\s+"
    r"(?:as|under the (?:brand|trade) names?)\s+(?P<brand>[A-Z][A-Za-z]{3,})\b"
)
#: Strings one of which every match of `_SOLD_AS` holds (its verbs): " as " alone is in many
#: sentences, and the scan tries the pattern's first words at most letters of one.
_SOLD_AS_WORDS = ("sold", "market", "brand", "commerciali", "sells")


@fast_init
@dataclass(frozen=True, slots=True)
class AssetMention:
    start: int
    end: int
    name: str
    #: a company's named platform ("EsoBiotec's ... (ENaBL) platform"): what a buyer of the
    #: company gets, but only background to a licence of drugs made with it
    platform: bool = False


_INN_IN_BRACKETS = re.compile(
    r"\s+\((?P<inn>[a-z]{4,}(?:\s+[a-z]{4,}|-[a-z]{4})?)"
    # ("FYARRO (sirolimus protein-bound particles for injectable suspension)": the INN and
    # its dosage form)
    # ("Cejemly (sugemalimab, anti-PD-L1)": the INN, then what it is)
    r"(?:\s+[a-z][a-z-]*){0,6}[),]"
)
#: Endings of small-molecule INNs outside `_INN_STEMS` (whose stems a deal's news meets less
#: often), read only in a brand's brackets, where no English word has them by chance.
_BRACKETED_INN_END = re.compile(
    r"(?:amine|azole|pril|olol|oxacin|cycline|afil|dipine|setron|tidine|triptan|parin|"
    r"lukast|oxetine|profen|azepam|semide|thiazide|statin)$"
)


def is_brand_of_inn(text: str, at: int) -> bool:
    """Whether an INN in brackets follows `at` ("Trodelvy (sacituzumab govitecan)"): the
    capitalised word before it is the drug's brand, not a company ("Fintepla
    (fenfluramine)", "Winrevair (sotatercept-csrk)", with the FDA's four-letter suffix)."""
    m = _INN_IN_BRACKETS.match(text, at)
    if m is None:
        return False
    inn = m.group("inn").partition("-")[0]
    return _STEM_AT_WORD_END.search(inn) is not None or _BRACKETED_INN_END.search(inn) is not None


#: What names the original drug a biosimilar copies: "biosimilar to the cancer immunotherapy
#: Yervoy (ipilimumab)", "HLX11 references Perjeta", "a pertuzumab biosimilar". That drug is
#: the reference product, not an asset of the deal.
_REFERENCE_BEFORE = re.compile(
    r"\bbiosimilars?\s+(?:candidate\s+|version\s+)?(?:of|to|for|referencing)\s+"
    r"(?:the\s+|its\s+)?(?:[\w-]+\s+){0,4}$|\breferenc(?:es|ing)\s+(?:the\s+)?$",
    re.I,
)
_BIOSIMILAR_AFTER = re.compile(r"\s+biosimilars?\b", re.I)


def _without_reference_products(
    text: str, start: int, found: list[AssetMention]
) -> list[AssetMention]:
    """`found` (in text order) without the reference products of biosimilars, and without
    the INN or brand in brackets right after one."""
    out: list[AssetMention] = []
    reference_end = -1
    for a in found:
        bracketed = reference_end >= 0 and text[reference_end : a.start].strip() == "("
        if (
            bracketed
            or _REFERENCE_BEFORE.search(text, max(start, a.start - 60), a.start)
            or _BIOSIMILAR_AFTER.match(text, a.end)
        ):
            reference_end = a.end
            continue
        reference_end = -1
        out.append(a)
    return out


def find_assets(text: str, start: int, end: int) -> list[AssetMention]:
    """Drug names and codes in `text[start:end]`, in order, without repeats of one name."""
    found: list[AssetMention] = []
    # cheap tests first: a pattern that needs a digit, a bracket or a word the span lacks is
    # not run (the span is one sentence; most have no code, brand or platform)
    chunk = text[start:end]
    has_digit = (_ASCII_DIGIT if chunk.isascii() else _DIGIT).search(chunk) is not None
    for m in _CODE.finditer(text, start, end) if has_digit else ():
        code = m.group("code")
        digits = sum(ch.isdigit() for ch in code)
        if (
            digits < 3
            and not _PADDED_CODE.fullmatch(code)
            and not (
                digits == 2
                and _DRUG_NOUN_BEFORE.search(text, max(start, m.start() - 24), m.start())
            )
        ):
            continue
        if _NOT_CODES.match(code) or _MUTATION.fullmatch(code):
            continue
        if len(code) == 12 and _ISIN.fullmatch(code) and digits >= 9:
            continue
        if " " in code and not _SPACED_CODE.fullmatch(code):
            continue
        if _YEAR.fullmatch(code[-4:]) and _PERIOD_PREFIX.fullmatch(code[:-4]):
            continue  # "FY2025", "ASCO2025": a year, not a drug ("SYH2086" is a drug)
        found.append(AssetMention(m.start("code"), m.end("code"), code))
    for m in _CODE_PAIR.finditer(text, start, end) if has_digit and "/" in chunk else ():
        first, second = m.group("code").split("/")
        if not _NOT_CODES.match(first) and not _NOT_CODES.match(second):
            found.append(AssetMention(m.start("code"), m.end("code"), m.group("code")))
    has_stem = _has_stem(chunk)
    for m in _INN.finditer(text, start, end) if has_stem else ():
        name = m.group("inn")
        words = name.split()
        first = words[0]
        # (the stemmed word itself: "a Chinese peptide company" names no drug either)
        stemmed = words[1] if first[0].isupper() and len(words) > 1 else first
        if first.lower() in _COMMON_NON_DRUGS or stemmed.lower() in _COMMON_NON_DRUGS:
            continue
        # "Riconan trastuzumab": keep the capitalised prefix only if it is not a sentence word
        if (
            name[0].isupper()
            and len(words) > 1
            and (first.lower() in FUNCTION_WORDS or first.lower() in _PREFIX_STOP)
        ):
            name = name.split(maxsplit=1)[1]
            found.append(AssetMention(m.end() - len(name), m.end(), name))
            continue
        found.append(AssetMention(m.start("inn"), m.end("inn"), name))
    for m in _PEGOL.finditer(text, start, end) if "pegol" in chunk else ():
        found.append(AssetMention(m.start("inn"), m.end("inn"), m.group("inn")))
    for m in _INN_CAP.finditer(text, start, end) if has_stem else ():
        if m.group("inn").lower() in _COMMON_NON_DRUGS:
            continue  # "Antibody Oligonucleotide Conjugate": a kind of molecule, capitalised
        found.append(AssetMention(m.start("inn"), m.end("inn"), m.group("inn")))
    for m in _BRAND_BEFORE_INN.finditer(text, start, end) if "(" in chunk else ():
        if m.group("brand").lower() in ORG_SUFFIXES:
            continue  # "AVEO Oncology (acquisition)": the end of a company's name, no brand
        if m.group("inn") in _NOT_INNS:
            continue  # "Financial Statements (unaudited)": a heading's remark, no drug
        found.append(AssetMention(m.start("brand"), m.end("brand"), m.group("brand")))
    for m in _RIGHTS_TO.finditer(text, start, end) if "rights" in chunk else ():
        for group in ("a", "b"):
            if m.group(group) and m.group(group).lower() not in FUNCTION_WORDS:
                found.append(AssetMention(m.start(group), m.end(group), m.group(group)))
    for m in _DIGIT_CODE.finditer(text, start, end) if has_digit else ():
        found.append(AssetMention(m.start("code"), m.end("code"), m.group("code")))
    for m in _LABELLED_NAME.finditer(text, start, end) if ":" in chunk or "..." in chunk else ():
        group = "name" if m.group("name") else "asset"
        if group == "asset" and text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip(" \t"):
            continue  # a label opens its line ("- Asset: X"), not "the Asset: X" in a sentence
        found.append(AssetMention(m.start(group), m.end(group), m.group(group)))
    sold_as = (" as " in chunk or "name" in chunk) and may_contain(chunk, _SOLD_AS_WORDS)
    for m in _SOLD_AS.finditer(text, start, end) if sold_as else ():
        found.append(AssetMention(m.start("brand"), m.end("brand"), m.group("brand")))
    for m in _APPOSED_CODE.finditer(text, start, end) if _CODE_COMMA.search(chunk) else ():
        code = m.group("code")
        if ("-" in code or any(ch.isdigit() for ch in code)) and not _NOT_CODES.match(code):
            found.append(AssetMention(m.start("code"), m.end("code"), code))
    for m in _KNOWN_AS.finditer(text, start, end) if has_digit and "known" in chunk else ():
        found.append(AssetMention(m.start("code"), m.end("code"), m.group("code")))
    for m in _NAMED_DRUG.finditer(text, start, end) if may_contain(chunk, _DRUG_NOUNS) else ():
        if m.group("name").lower() not in STOP_NAMES:
            found.append(AssetMention(m.start("name"), m.end("name"), m.group("name")))
    has_platform = "latform" in chunk or "echnolog" in chunk  # ("Platforms", "technology")
    for m in _PLATFORM.finditer(text, start, end) if has_platform else ():
        name = m.group("name")
        if (
            any(ch.isdigit() for ch in name) or "-" in name or name.isupper()
        ) and name.lower() not in STOP_NAMES:
            # ("the AI technology", "the RNA platform": a field, not a named platform)
            found.append(AssetMention(m.start("name"), m.end("name"), name))
    for m in _COINED_PLATFORM.finditer(text, start, end) if has_platform else ():
        for group in ("name", "other"):
            name = m.group(group)
            if name and name.lower() not in STOP_NAMES and not name.rpartition("-")[2].islower():
                # (not "GalNAc-based", "AI-driven": a word made of a name, not a name)
                found.append(AssetMention(m.start(group), m.end(group), name, platform=True))
    for m in _OWNED_PLATFORM.finditer(text, start, end) if has_platform else ():
        group = "abbr" if m.group("abbr") else "name"
        found.append(AssetMention(m.start(group), m.end(group), m.group(group), platform=True))
    for a in list(found):
        if a.platform:
            continue
        paren = _ALIAS_IN_PAREN.match(text, a.end)
        if paren and paren.end() <= end:
            alias = paren.group("alias")
            if any(ch.isupper() for ch in alias[1:]) or any(ch.isdigit() for ch in alias):
                found.append(AssetMention(paren.start("alias"), paren.end("alias"), alias))
    found.sort(key=lambda a: (a.start, -a.end))
    if "biosimilar" in chunk or "referenc" in chunk:
        found = _without_reference_products(text, start, found)
    out: list[AssetMention] = []
    seen: set[str] = set()
    last_end = -1
    for a in found:
        if a.start < last_end:
            continue
        key = a.name.lower()
        last_end = a.end
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out
