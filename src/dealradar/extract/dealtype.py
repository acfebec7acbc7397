"""Deal type from the words of the sentences that describe a deal.

Order of precedence: acquisition of a company, purchase of an asset, NewCo, co-development
(co-develop and co-commercialise, not limited to one country), option (an option to license
and no licence granted now), licence (a licence, rights, authorisation, access, or a deal with
money), collaboration (a partnership, alliance, joint venture or bare agreement).
"""

from __future__ import annotations

import re

from dealradar.extract.text import (
    find_all,
    fold_case,
    lower_pattern,
    may_contain,
    search_at,
    start_locator,
    word_pattern,
)
from dealradar.model.vocab import DealType

# Case-insensitive patterns are compiled for `fold_case` text (see text.py): same matches, faster.

#: After a verb of buying: what is bought into (a stake), not a company ("buys in", "bought
#: into a TGCT pill"; "bought in 2019" is a purchase dated).
# ("the latest big pharma to buy its way into long-acting amylin": a field entered, too)
# (also "buying back its own shares", a "buyback": no company bought, unlike "buys back
# mavacamten rights"; "bought an option on worldwide rights", "buys options on two
# engagers": an option, no company bought)
_INTO = (
    r"(?:(?: (?:its|their) way)? in(?:to)?\b(?! (?:19|20)\d\d)|back\b|"
    r" back (?=(?:(?:its|their|our) own |\S+ (?:of |worth of ))?(?:shares|stock)\b)|"
    r" (?:(?:an|the|a) (?:[\w-]+ )?)?options?\b)"
)
_ACQ = lower_pattern(
    # "Merck KGaA buys into a TGCT pill": a stake or a licence bought into, not a company bought
    # ("expensed as acquired IPR&D": an accounting charge, in-process R&D, not a company)
    # ("Sanofi exercises an option at Adagene — and buys in": a stake bought, too)
    # ("raised $372 million to fund this asset-acquisition model": a way of doing business,
    # not a purchase)
    r"\b(?:acquir\w*(?!\s+(?:in-process|ipr&d))|"
    r"acquisition(?![\s-]+(?:model|strateg\w+|approach|playbook|spree|engine|machine)\b)|"
    # (a disclaimer's "not a recommendation to buy or sell any security": no purchase)
    r"buy(?!s?" + _INTO + r")(?!\s+or\s+sell)"
    # "Kelun-Biotech (6990 HK) — BUY (unchanged)", "maintain Buy rating": a broker's rating
    r"(?!\s*\((?:unchanged|maintained|reiterated|initiat\w*|upgrad\w*|downgrad\w*|from)\b|"
    r"\s+rating\b)(?<!rating: buy)(?<!maintain buy)(?<!reiterate buy)|"
    r"buys(?!" + _INTO + r")|bought(?!" + _INTO + r")|buying(?!" + _INTO + r")|takeover|"
    # taking over development or commercialisation is a partner's role, not a takeover
    r"take over(?!\s+(?:(?:the|all|further|global|worldwide|its|subsequent)\s+){0,2}"
    r"(?:development|commerciali|responsib|"
    r"manufactur|clinical|research|regulatory|operations)|"
    # "will take over global rights to X": a drug's rights taken, a licence
    r"\s+(?:(?:the|all|full|sole|exclusive|global|worldwide)\s+){0,3}rights?\b)|"
    # a reverse merger is how a company went public (a listing), not the deal's type
    # ("a $1.37B deal for GenSci thyroid antibody": a drug's deal, not its owner's sale)
    r"(?<!reverse )merger|merge|buyout|tender offer|deal for(?!\s+(?:[\w.&'’-]+\s+){1,3}?"
    r"(?:antibod\w*|drugs?|assets?|candidates?|molecules?|compounds?|programs?|therap\w*|"
    r"inhibitors?|adcs?|bispecifics?|rights?|licen[cs]es?)\b)|snap(?:s|ped)? up|snapping up|"
    r"scoop(?:s|ed)? up|"
    # "Roche closed its purchase of Carmot Therapeutics": a company bought (not shares, money
    # or rights)
    r"(?:closed|completed|closes|completes)\s+(?:its\s+|the\s+)?purchase\s+of(?!\s+(?:an?\s+|"
    r"the\s+|its\s+)?(?:[$€£¥\d]|shares|stock|equity|common|newly|rights|all|global|worldwide|"
    r"exclusive|assets?|product|portfolio|program|business))|"
    # "took full ownership of BlueSky Therapeutics": a company bought out (not "of the program")
    r"(?:took|takes?|taking)\s+(?:full\s+|complete\s+|sole\s+)?(?:ownership|control)\s+of"
    r"(?!\s+(?:the|its|their|all|this|that|a|an)\s)|"
    # "Z will become the controlling shareholder of Y": a stake bought that buys the company
    r"(?:become|becomes|becoming|became)\s+(?:the\s+|its\s+)?(?:controlling|majority)\s+"
    r"(?:shareholder|owner|stockholder)|"
    # "will pay $135.11 per share in cash for Apogee", "a $10B+ cash takeout": every share
    # bought, the company
    r"takeouts?|(?:pay|pays|paying|paid|offer\w*)\s+(?:about\s+|roughly\s+)?[$€£¥][\d.,]+\s+"
    r"(?:per|a)\s+share\s+in\s+cash)\b"
)
#: A verb of buying and the space after it, where the patterns below open.
_BUYING = r"\b(?:acquir\w*|buy\w*|bought|purchas\w*)\s+"
_RIGHTS_OBJECT = lower_pattern(
    _BUYING + r"(?:the\s+|exclusive\s+|all\s+|full\s+|"
    r"entire\s+|complete\s+|global\s+|worldwide\s+)*(?:rights?|licen[cs]es?)\b|"
    # "X's acquisition of the European rights to Y": rights bought, a licence
    r"\b(?:acquisition|purchase)\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?rights\b"
)
#: Buying all of an asset's rights: "acquire all global rights to X", "bought full rights to
#: X" (not "exclusive rights", not a licence): an asset purchase.
_ALL_RIGHTS = lower_pattern(
    _BUYING + r"(?:all|full|entire|complete)\s+"
    r"(?:(?:the|of the)\s+)?(?:global\s+|worldwide\s+)?rights\s+(?:to|of|for|in)\b"
)
#: Buying a drug's worldwide rights with no licence named: "agreed to buy worldwide rights to
#: ocedurenone from X" (the owner sells the drug; "an exclusive licence under which it acquires
#: the worldwide rights" stays a licence).
_WORLD_RIGHTS = lower_pattern(
    _BUYING + r"(?:the\s+)?(?:global|worldwide)\s+rights\s+(?:to|of|for)\b"
)
#: An acquisition that has not happened: "if any of these NewCos gets acquired".
_HYPOTHETICAL_BEFORE = lower_pattern(
    # ("took an exclusive option to acquire X's ADX-914": a right to buy, not a purchase)
    # ("give big pharma optionality without buying a single asset": none bought)
    r"\b(?:if|whether|unless|could|may|might)\b[^,.;]{0,60}$|\boptions?\s+to\s+$|\bwithout\s+$"
)
#: "The deal is structured as an asset purchase rather than a license", "lifting the potential
#: value of the asset purchase to $1.9 billion": said outright (not "the upfront will be
#: treated as an asset acquisition", its accounting).
_ASSET_PURCHASE_NAMED = lower_pattern(r"\basset (?:purchase|acquisition)\b")
#: How a deal is booked, before `_ASSET_PURCHASE_NAMED`: "accounted for as an", "we expect to
#: account for the transaction as an" (a takeover booked as an asset acquisition is still a
#: takeover).
_BOOKED_AS = lower_pattern(r"\b(?:treat|account|record|recogni[sz])\w*\b[^.;]{0,40}?\bas an $")
#: "The deal comes shortly after X merged with Y", "the pact follows Z's buyout of W": the
#: acquisition is an earlier event the deal is placed after, not the deal.
_EARLIER_EVENT_BEFORE = lower_pattern(
    r"\b(?:comes?|came|coming)\s+(?:[\w-]+\s+){0,2}?after\b[^;]{0,80}$|"
    r"\b(?:follows|followed)\b[^;]{0,80}$|"
    # "its plan to divest non-core assets following the acquisition of Shire" (mid-clause:
    # not "Following the acquisition, X will ...", the deal's own sequel)
    r"\w\s+following\s+(?:the\s+|its\s+|their\s+)?$"
)
#: After an acquisition verb or noun: what is being bought (checked against asset names).
_ACQ_OBJECT_VERB = lower_pattern(
    r"\b(?:(?:acquisition|purchase|sale|buyout)\s+of|acquir\w*|buy|buys|bought|buying|"
    r"purchas\w*)\s+"
)
_ASSET_OBJECT = lower_pattern(
    _BUYING + r"[^.;]{0,80}?['’]s?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:program\w*|assets?|products?|portfolio|candidates?|compounds?|molecules?)\b|"
    # "will acquire X's 50% interest in the China rights to AZD5851": a partner's share of a
    # drug's rights bought, not the partner
    + _BUYING
    + r"[^.;]{0,60}?['’]s?\s+(?:[\w%-]+\s+){0,2}?(?:interest|stake|share)\s+in\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,5}?rights\b|"
    # "agreeing to acquire a pair of breast cancer candidates from X": drugs bought from their
    # owner, not the owner
     + _BUYING + r"(?:an?\s+|the\s+|two\s+|three\s+|a\s+pair\s+of\s+|several\s+)?"
    # (not "buy and license assets from the US": a habit, nor "acquired intangible assets")
    r"(?:(?!and\s|or\s)[\w-]+\s+){0,4}?"
    r"(?:candidates|compounds|molecules|programs|programmes|drugs|inhibitors|"
    r"antibodies|therapies)\s+from\b|"
    # a business unit bought, not its company: "agreed to acquire the entire oncology business
    # of Agios", "Servier buys Agios' oncology business"
    + _BUYING
    + r"(?:the\s+)?(?:entire\s+|whole\s+)?(?:[\w-]+\s+){0,2}?(?:business|division|franchise)"
    r"\s+of\b|"
    + _BUYING
    + r"(?:[\w-]+\s+){0,2}?[\w-]+['’]s?\s+(?:[\w-]+\s+){0,2}?(?:business|division|franchise)\b|"
    # "the French company is buying the asset outright"
    + _BUYING
    + r"(?:the\s+|this\s+|that\s+)?(?:asset|drug|program\w*|candidate|compound|molecule|"
    r"antibody|product)\s+outright\b"
)
# "US buyers and newly formed biotechs": new companies in general, not this deal's
_NEWLY = (
    r" (?:set up|established|formed|created|incorporated|launched)\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:biotechs|companies|start-?ups|firms))"
    # ("sales of newly launched innovative drugs": products, not a company)
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:drugs?|products?|medicines?|therapies|brands?|"
    r"indications?|vaccines?)\b)"
)
_A_COMPANY = r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:company|start-?up|entity|biotech)\b"
#: (Written word first, one alternative per word, each with its own ending: see `word_pattern`.)
_NEWCO = word_pattern(
    # ("the NewCo model will continue": the practice in general, not this deal)
    # ("NewCo-style transactions" in general, too; "in a NewCo-style deal" is this one)
    rf"NewCo\b(?!\s+(?:model|route|trend|wave|boom|approach|structures|playbook)\b)"
    rf"(?!-style\s+(?:transactions|deals|agreements|structures|licensing)\b)|"
    rf"new company\b|newly{_NEWLY}|freshly{_NEWLY}|just (?:been )?established\b|"
    # "to Vitalli Bio, a new American biotech established to develop it"
    r"a new\s+(?:[\w-]+\s+){0,2}?(?:company|biotech|start-?up|entity)\s+(?:established|formed|"
    r"set up|created|founded|launched)\b|"
    + "|".join(
        f"{verb}{_A_COMPANY}"
        for verb in (
            *("formed", "forms", "form", "forming", "created", "creates", "create", "launched"),
            *("launches", "launch", "set up", "sets up", "spun out", "spins out", "spin out"),
        )
    )
)
#: The licensor's stake in the licensee: the licence pays for shares of a new company.
_STAKE_IN = lower_pattern(
    # ("an equity position in the NewCo")
    r"\b(?:stake|shares|equity|interest|ownership|equity position|equity holding)\s+in\s+"
    r"(?:the\s+)?(?P<who>[^,.;]{1,60})|"
    r"%\s+of\s+(?P<whose>[^,.;]{1,60}?)['’]s?\s+(?:equity|shares|share capital)\b|"
    # "X takes US$15m upfront, ... and about 30.01% of Y": a share of the company itself
    # (not "10% of Y's net sales", a royalty)
    r"%\s+of\s+(?P<of>[^,.;'’]{1,60})(?!['’])"
)
_RECEIVED_BEFORE = lower_pattern(r"\breceiv\w*\b[^,.;]*$")
_CODEV = lower_pattern(
    # "co-develop IBI363 globally and co-commercialise it in the United States"
    r"\bco-develop\w*\s+(?:[\w-]+\s+){0,3}?and\s+co-commerciali[sz]\w*|"
    # ("they will jointly develop and sell X": to sell is to commercialise)
    r"\bjointly\s+develop\w*\s+(?:[\w-]+\s+){0,3}?and\s+(?:co-)?(?:commerciali[sz]\w*|"
    r"sell\b|market\b)|"
    # "the Company and Takeda will jointly develop IBI363 globally"
    r"\b(?:co-develop|jointly\s+develop)\w*\s+(?:[\w-]+\s+){0,3}?(?:globally|worldwide)\b|"
    # "The companies will co-develop, and X retains an option to co-detail": both develop
    r"\bthe\s+(?:two\s+)?(?:companies|partners|parties)\s+will\s+(?:jointly\s+)?co-develop\b|"
    # "will share profits and losses equally", "profits and losses will be shared on a 60/40
    # basis": the partners carry the drug together (an option to do so is an option)
    r"(?<!option to )\bshare\s+(?:the\s+)?(?:(?:development\s+)?costs,?\s+(?:and\s+)?)?"
    r"profits\s+and\s+losses\b|"
    r"\bprofits\s+and\s+losses\s+(?:will\s+be|are|would\s+be)\s+(?:shared|split)\b"
)
_CODEV_LIMITED = re.compile(
    r"^\s*In\s+(?:the\s+)?(?:U\.S\.|US|United States|China|Europe|"
    r"Japan)(?=\W)"
)
#: Verbs that give (or get) an option: "receives an exclusive option", "granted the option".
_GIVES = (
    r"gains?|gained|obtains?|obtained|receives?|received|gets?|got|grants?|granted|secures?|secured"
)
_OPTION = lower_pattern(
    r"\boption[\s-]+to[\s-]+(?:license|licence|in-license|acquire|obtain)\b|"
    rf"\b(?:{_GIVES}|holds?|held|takes?|took|taking|has|have|having)\s+(?:an?|the)\s+"
    r"(?:exclusive\s+)?"
    # "the licensor holds an option to take back rights": a buy-back clause, no option deal
    r"option\b(?!\s+to\s+(?:take|buy|get|reacquire)\s+back\b)|"
    # "handing X $100 million up front for an exclusive worldwide option on its vaccines"
    r"\bfor\s+an\s+(?:exclusive\s+)?(?:(?:worldwide|global)\s+)?option\s+(?:on|over|to)\b|"
    r"\boption (?:and (?:licen[cs]e|collaboration) )?(?:agreement|deal|arrangement|pact|"
    r"rights?)\b"
)
#: A research collaboration ("collaboration to discover ..."): money alone does not make it
#: a licence; only an explicit grant does.
_RESEARCH_COLLAB = lower_pattern(
    r"\b(?:research|r&d|discovery|drug discovery|platform|multi-target|ai)\s+"
    r"(?:and\s+\w+\s+)?(?:collaboration|cooperation|partnership|alliance|pact)\b|"
    # "a collaboration with French drugmaker Servier to discover candidates"
    r"\b(?:collaboration|partnership)\s+(?:with\s+[^,.;]{1,60}?\s+)?to\s+"
    r"(?:discover|identify|design|generate|research|develop novel)\b"
)
#: The partner works with the licensor's technology ("Lilly will use SanegeneBio's delivery
#: platform to discover RNAi therapies", "a collaboration built on EpimAb's FIT-Ig
#: platform"): access to a platform, a collaboration, unless an asset is licensed outright.
_PLATFORM_USE = lower_pattern(
    r"\b(?:use|uses|using|leverag\w*|appl(?:y|ies|ying)|draw\w* on)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:platforms?|technolog(?:y|ies)|engines?)\s+(?:[\w-]+\s+){0,3}?to\s+(?:discover|"
    r"generate|design|develop|create|identify|engineer)\b|"
    r"\bcollaboration\s+(?:with\s+[^,.;]{1,60}?\s+)?(?:built|based)\s+on\b|"
    # "a collaboration with X ... to co-develop AI-designed biotherapeutics using X's
    # foundation models": the partner's own models or platform put to work
    r"\bcollaboration\b[^.;]{0,160}?\busing\s+[\w-]+['’]s?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:platforms?|technolog(?:y|ies)|engines?|models)\b"
)
#: Words between the verb and the drug's name that make the drug something else than the
#: object: "acquire Y, maker of X", "acquire exclusive rights to X", "buy shares of X".
_NOT_THE_ASSET = lower_pattern(
    # ("That bought it GC012F": what the purchase brought the buyer, not what was bought)
    r"[,;(]|\b(?:of|from|rights?|licen[cs]e|option|stake|shares)\b|^\s*(?:it|them|us|him|her)\s"
)
_ANY_LICENCE = lower_pattern(r"\blicen[cs]|\bin-licens|\bout-licens")
#: What makes a licence grant conditional: an option named before it in the sentence, or a
#: modal right before it ("Takeda may obtain an exclusive license", "if exercised").
_CONDITIONAL_BEFORE = lower_pattern(
    r"\boptions?\b|\b(?:may|might|would|could|if|upon|once|should)\b[^,.;]{0,40}$"
)
#: Rights a party keeps ("Leap will retain exclusive rights ... in the rest of the world"):
#: what the licensor holds back, not a licence granted.
_RETAINED_BEFORE = lower_pattern(r"\b(?:retains?|retained|retaining|keeps?|kept|keeping)\s+$")
#: Selling the whole of an asset (what is left of it), not licensing a territory.
_ASSET_SALE = lower_pattern(
    r"\b(?:sell\w*|sold|divest\w*)\s+(?:its\s+|their\s+|the\s+)?(?:all\s+)?"
    r"(?:(?:remaining|entire|full)\s+(?:[\w-]+\s+){0,2}?|(?:global\s+|worldwide\s+)?)"
    r"rights\b|"
    # "to divest a portfolio of diabetes products sold in Japan": products sold, no company
    r"\b(?:sell|sells|selling|sold|divest\w*)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"portfolio\s+of\b|"
    # "agreed to sell its FYARRO (sirolimus ...) business to KAKEN": a product's business sold
    # to a buyer (not "after selling its consumer healthcare business and ...")
    r"\b(?:sell|sells|selling|sold|divest\w*)\s+(?:its|their|the)\s+(?:[\w®™-]+\s+){0,3}?"
    r"(?:\([^()]{0,80}\)\s+){0,2}(?:business|franchise|product\s+line)\s+to\b|"
    r"\b(?:full|sole|complete)\s+(?:control|ownership)\s+of\b"
)
#: A partner's share of a programme bought or sold ("agreed to sell AstraZeneca its 50% share
#: of the China rights", "buys out AbelZeta's share of GPC3 CAR-T"): an asset, not a company.
_SHARE_SALE = lower_pattern(
    r"\b(?:sell\w*|sold|buy\w*\s+out|bought\s+out)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:its|their|the)\s+|[\w-]+['’]s\s+)(?:\d+%\s+|remaining\s+|entire\s+)*share\s+of\b"
)
_LICENSE = lower_pattern(
    r"\blicen[cs]\w*|\bauthori[sz]\w*|\brights?\b|\baccess to\b|"
    r"\bout-licens\w*|\bin-licens\w*|\bdeal\b|\bpact\b"
)
_LICENSE_GRANT = lower_pattern(
    r"\b(?:exclusive\s+(?:\w+\s+){0,2}licen[cs]e|licen[cs]e agreement|"
    r"licensing (?:deal|agreement|pact)|licen[cs]es?\s+(?:to|for)|"
    r"exclusive (?:\w+\s+){0,3}rights)\b"
)
#: The name of the agreement ("Exclusive Licensing Agreement" in a headline) says less about
#: what is granted now than a sentence that gives the partner an option.
_AGREEMENT_NAME = lower_pattern(r"licen[cs]e agreement|licensing (?:deal|agreement|pact)")
#: An option given in so many words: "Jazz receives an exclusive option ... to acquire".
_OPTION_GIVEN = lower_pattern(
    rf"\b(?:{_GIVES})\s+(?:an?|the)\s+(?:exclusive\s+)?option\b|"
    # "Clavis holds options to take exclusive rights to each candidate"
    # "gets exclusive options on preclinical candidates"
    r"\b(?:holds?|held|has|have|gets?|got|receives?|received|obtains?|obtained)\s+"
    r"(?:exclusive\s+)?options\s+(?:to\s+(?:take|license|licence|acquire|obtain|in-license)|"
    r"on|over|for)\b|"
    # "X gave Y an option on Z", "grants Y an exclusive option over", "buys options on two
    # engagers": the option given to a named partner, or bought
    r"\b(?:gives?|gave|grants?|granted|hands?|handed|offers?|offered)\s+(?:[\w.&'’-]+\s+){1,5}?"
    # ("gives Janssen Biotech the exclusive option to take worldwide rights to the ADC")
    r"(?:an?|the)\s+(?:exclusive\s+)?(?:(?:worldwide|global)\s+)?options?\s+(?:on|over|"
    r"to\s+(?:take|license|licence|acquire|obtain|in-license))\b|"
    r"\b(?:buys?|bought|buying)\s+(?:an?\s+)?(?:exclusive\s+)?options?\s+(?:on|over)\b"
)
#: An option exercised: "Taiho has exercised its option to license", "exercises the option".
_OPTION_EXERCISED = lower_pattern(
    r"\bexercis(?:ed|es|ing)\s+(?:its|their|an|the)\s+(?:[\w-]+\s+){0,2}?option\b"
)
_COLLAB = lower_pattern(
    r"\b(?:collaborat\w*|partnership|alliance|joint venture|tie-up|"
    r"agreements?)\b"
)


#: Words that every match of `_ACQ` and of `_NEWCO` contains (one of them).
_ACQ_WORDS = (
    "acqui",
    "buy",
    "bought",
    "take",
    "took",
    "merge",
    "tender offer",
    "deal for",
    "snap",
    "scoop",
    "controlling",
    "majority",
    "purchase of",
    "takeout",
    "share in cash",
)
_NEWCO_WORDS = (
    "newco",
    "new company",
    "newly",
    "freshly",
    "established",
    "form",
    "creat",
    "launch",
    "set up",
    "sets up",
    "spun",
    "spin",
)


def may_tell_purchase(sentences: list[str]) -> bool:
    """Whether one of `sentences` holds a word every company purchase `deal_type` reads
    (`_ACQ_WORDS`): without one, `deal_type` cannot answer "acquisition" for them."""
    return any(may_contain(fold_case(s), _ACQ_WORDS) for s in sentences)


def _names_asset_purchase(low: str) -> bool:
    """Whether the folded `low` calls the deal an asset purchase, not only its accounting."""
    if not may_contain(low, ("asset purchase", "asset acquisition")):
        return False
    return any(
        _BOOKED_AS.search(low, max(0, m.start() - 60), m.start()) is None
        for m in _ASSET_PURCHASE_NAMED.finditer(low)
    )


def tells_newco(sentence: str) -> bool:
    """Whether `sentence` alone calls a company new ("a newly formed company", "NewCo"): a
    deal read from the sentences around it takes that only from one that is about it."""
    return _found(_NEWCO, fold_case(sentence), *_NEWCO_WORDS)


def _found(pattern: re.Pattern[str], low: str, *needs: str) -> bool:
    """Whether `pattern` occurs in the folded `low`; every match contains one of `needs`, which
    are tested first: a substring test costs far less than a regex scan, and usually fails."""
    return may_contain(low, needs) and search_at(pattern, _STARTS.get(id(pattern)), low) is not None


def deal_type(
    sentences: list[str],
    *,
    licensee_name: str = "",
    has_money: bool = False,
    asset_names: tuple[str, ...] = (),
    licensee_names: tuple[str, ...] = (),
) -> DealType:
    """The deal type the sentences describing one deal support (`asset_names`: the deal's
    drugs, to tell buying an asset from buying a company; `licensee_names`: the licensee's
    names, to see the licensor take a stake in it)."""
    originals = sentences
    sentences = [fold_case(s) for s in originals]
    text = " ".join(sentences)
    acq_sentences = [s for s in sentences if _found(_ACQ, s, *_ACQ_WORDS) and _factual_acq(s)]
    if acq_sentences and any(_ALL_RIGHTS.search(s) for s in acq_sentences):
        return "asset-purchase"
    if _found(_SHARE_SALE, text, "share"):
        return "asset-purchase"
    if (
        acq_sentences
        and any(_WORLD_RIGHTS.search(s) for s in acq_sentences)
        and not any("licen" in s or "authori" in s for s in acq_sentences)
        and not _found(_LICENSE_GRANT, text, "licen", "rights")
    ):
        return "asset-purchase"
    if asset_names and _buys_asset(
        [s for s in sentences if ("purchas" in s or s in acq_sentences)], asset_names
    ):
        return "asset-purchase"
    if acq_sentences and not all(_RIGHTS_OBJECT.search(s) for s in acq_sentences):
        if any(_ASSET_OBJECT.search(s) for s in acq_sentences) or _names_asset_purchase(text):
            return "asset-purchase"
        if not _found(_LICENSE_GRANT, text, "licen", "rights"):
            return "acquisition"
    if _found(_ASSET_SALE, text, "sell", "sold", "divest", "control", "ownership"):
        return "asset-purchase"
    if _found(_OPTION_EXERCISED, text, "exercis"):
        # "Y has exercised its option to co-develop X": the deal reported is the option's
        # exercise, whatever the rights it opens (a licence, a co-development)
        return "option"
    option_given = _found(_OPTION_GIVEN, text, "option")
    if option_given and not _unconditional_grant(sentences, names_count=False):
        # a new company that holds options on the licensor's candidates: an option deal
        return "option"
    if "newco" in licensee_name.lower() or _found(_NEWCO, text, *_NEWCO_WORDS):
        return "newco"
    if licensee_names and _stake_in(text, licensee_names):
        return "newco"
    if any(
        _found(_CODEV, s, "co-develop", "jointly", "losses") and not _CODEV_LIMITED.search(o)
        for s, o in zip(sentences, originals, strict=True)
    ):
        return "co-development"
    if _found(_OPTION, text, "option") and not _unconditional_grant(
        sentences, names_count=not option_given
    ):
        return "option"
    if (
        may_contain(text, ("collaborat", "cooperat", "partnership", "alliance", "pact"))
        and search_at(_RESEARCH_COLLAB, _STARTS[id(_RESEARCH_COLLAB)], text)
        and (not asset_names or not _ANY_LICENCE.search(text))
    ):
        return "collaboration"
    if (
        ("collaborat" in text or "partnership" in text)
        and _found(
            _PLATFORM_USE, text, "platform", "technolog", "engine", "built on", "based on", "models"
        )
        and not _found(_LICENSE_GRANT, text, "licen", "rights")
    ):
        return "collaboration"
    if search_at(_LICENSE, _STARTS[id(_LICENSE)], text) or has_money:
        return "license"
    if search_at(_COLLAB, _STARTS[id(_COLLAB)], text):
        return "collaboration"
    return "license"


def _unconditional_grant(sentences: list[str], *, names_count: bool = True) -> bool:
    """Whether a licence is granted now: a grant phrase not made conditional by an option or
    a modal before it in its sentence (`sentences` are folded). With `names_count` false, the
    agreement's name ("licensing agreement") is no grant phrase."""
    for s in sentences:
        if "licen" not in s and "rights" not in s:
            continue
        for m in find_all(_LICENSE_GRANT, _STARTS[id(_LICENSE_GRANT)], s):
            if not names_count and _AGREEMENT_NAME.fullmatch(m.group()):
                continue
            if s.startswith(" option", m.end()) or "option" in m.group():
                # "an exclusive license option agreement", "an exclusive option and license
                # agreement": what is granted now is the option
                continue
            if _RETAINED_BEFORE.search(s, max(0, m.start() - 40), m.start()):
                continue  # "the licensor will retain exclusive rights elsewhere": kept, not given
            if not _CONDITIONAL_BEFORE.search(s, 0, m.start()):
                return True
    return False


#: "acquire a 20.5% stake in X": an equity investment, not the purchase of the company.
_STAKE_AFTER = lower_pattern(
    # (a majority or controlling stake buys the company)
    # ("buying newly issued shares of X": new shares subscribed, an equity investment)
    # ("by buying our common stock": the partner's shares bought, an investment)
    r"\s+(?:an?\s+|the\s+|our\s+|its\s+|their\s+)?(?:[\d.]+\s?%\s+|minority\s+|equity\s+|"
    r"newly[- ]issued\s+|new\s+|common\s+|ordinary\s+)*(?:stake|shares|stock|equity|"
    r"interest)\b|"
    # "buying about 5.7 million newly issued Arcus shares", "buy $50 million of Arcus stock"
    r"\s+(?:about\s+|approximately\s+|roughly\s+|some\s+|up\s+to\s+)?[$\d][\d.,]*\s*"
    r"(?:million|billion|m|bn)?\s+(?:(?:newly[- ]issued|new|common|ordinary|of)\s+)*"
    r"(?:[\w'’-]+\s+){0,2}?(?:shares|stock)\b"
)


def _factual_acq(s: str) -> bool:
    """Whether a folded sentence reports an acquisition, not a conditional one nor an earlier
    event the deal is dated by ("the deal comes weeks after X completed its merger with Y")."""
    if ("as a" in s or "represent" in s) and _ACCOUNTED_AS.search(s):
        return False
    return any(
        not _HYPOTHETICAL_BEFORE.search(s, 0, m.start())
        and not _EARLIER_EVENT_BEFORE.search(s, 0, m.start())
        and not _STAKE_AFTER.match(s, m.end())
        for m in find_all(_ACQ, _STARTS[id(_ACQ)], s)
    )


#: "The Company concluded that the transaction represented an asset acquisition (... the gross
#: assets acquired ...)": a filing's accounting for a licence, not a purchase.
_ACCOUNTED_AS = re.compile(
    r"\b(?:represented|represents|accounted\s+for\s+as|treated\s+as|qualif(?:y|ies|ied)\s+as)"
    r"\s+an?\s+(?:asset\s+)?acquisition\b"
)


#: A drug's name and the bracket that opens on its code, at the end of what comes before it.
_NAME_THEN_BRACKET = re.compile(r"[a-z][\w-]*\s+\($")


#: After a drug or platform name, a noun that makes it describe a company: "buys the La
#: Jolla AOC pioneer", "the ADC specialist".
_DESCRIBES_COMPANY = re.compile(
    r"\s+(?:pioneer|specialist|developer|company|biotech|startup|start-up|maker|player)\b"
)


def _buys_asset(sentences: list[str], asset_names: tuple[str, ...]) -> bool:
    """Whether what is bought is one of the deal's drugs ("to acquire CN201", "the purchase
    of the antibody X"): the name comes within a few words after the verb or noun."""
    names = [fold_case(n) for n in asset_names if n]
    if not names:
        return False
    for s in sentences:
        for m in find_all(_ACQ_OBJECT_VERB, _STARTS[id(_ACQ_OBJECT_VERB)], s):
            window = s[m.end() : m.end() + 60]
            if any(n in window for n in names):
                first = min((n for n in names if n in window), key=window.find)
                at = window.find(first)
                # ("acquire ocedurenone (kbp-5074)": the drug's code in brackets after its name)
                head = _NAME_THEN_BRACKET.sub("", window[:at])
                if (
                    len(head.split()) <= 4
                    and not _NOT_THE_ASSET.search(head)
                    and not _DESCRIBES_COMPANY.match(window, at + len(first))
                ):
                    return True
    return False


def _stake_in(text: str, licensee_names: tuple[str, ...]) -> bool:
    """Whether the text gives the licensor a stake in the licensee or a new company."""
    if "stake" not in text and "shares" not in text and "equity" not in text and "%" not in text:
        return False
    names = [fold_case(n) for n in licensee_names if n]
    for m in find_all(_STAKE_IN, _STARTS[id(_STAKE_IN)], text):
        if m.group("who") and _RECEIVED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "also receiving a 20% equity stake in X": shares as payment, not a NewCo
        who = m.group("who") or m.group("whose") or m.group("of") or ""
        if any(who.startswith(n) for n in names) or (
            # ("equity in NewCos": stakes in companies to come, not this deal's structure)
            who.startswith(("newco", "new company")) and not who.startswith("newcos")
        ):
            return True
    return False


#: The patterns that open with `\b`, whose starts are located (`_STARTS`).
_LOCATED = (
    _ACQ,
    _SHARE_SALE,
    _LICENSE_GRANT,
    _ASSET_SALE,
    _OPTION_GIVEN,
    _OPTION_EXERCISED,
    _CODEV,
    _OPTION,
    _RESEARCH_COLLAB,
    _PLATFORM_USE,
    _LICENSE,
    _COLLAB,
    _STAKE_IN,
    _ACQ_OBJECT_VERB,
)
#: Where each of `_LOCATED` may start (`start_locator`): `search_at` and `find_all` try it
#: there only, instead of at every character of the deal's sentences. Keyed by the pattern's
#: `id`: a compiled pattern hashes (and compares) its whole compiled code on every dict
#: lookup, which costs more than many of the scans it guides; the patterns are module
#: constants, so each id stays theirs.
_STARTS: dict[int, re.Pattern[str] | None] = {id(p): start_locator(p) for p in _LOCATED}
