"""Deal terms: which payment each money mention is (upfront, near-term, milestones, total,
equity), or why it is not a deal term at all (share price, buyback, revenue, financing...).

A figure is labelled by the cue words next to it: first a cue right after it ("$18 million
upfront", "38.6 million pounds ($49.6 million) could follow as near-term payments"), else the
nearest cue before it in its stretch of the sentence (since the previous figure). A figure
that lumps several kinds together ("an upfront payment, near-term milestones and option fees
that together total $175 million") is recorded as upfront, as SCHEMA.md does. Parts of a
figure already given ("of which", "consisting of", instalments) are not terms of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dealradar.extract.money import MoneyMention
from dealradar.extract.text import (
    find_all,
    fold_case,
    lower_pattern,
    may_contain,
    start_locator,
    word_pattern,
)
from dealradar.model.slots import fast_init

UPFRONT, NEAR_TERM, MILESTONES, TOTAL, WEAK_TOTAL, EQUITY = (
    "upfront",
    "near_term",
    "milestones",
    "total",
    "weak_total",
    "equity",
)
PART, DISTRACTOR, PAY, UNKNOWN = "part", "distractor", "pay", "unknown"

#: An option's fee: "option exercise fee", "one-time option fee", "exercise fees" (a cue of
#: its own kind, and what `label_sentence` looks for at a cue's start).
#: ("option-exercise fees": the two words joined by a hyphen)
_OPTION_FEE_WORDS = r"(?:one-time\s+)?(?:option[\s-]+(?:exercise\s+)?|exercise\s+)fees?"
_CUES: list[tuple[str, str]] = [
    (
        NEAR_TERM,
        r"near[- ]term(?:\s+(?:development|clinical|regulatory|technology transfer))?"
        r"(?:\s+milestones?)?"
        r"(?:\s+payments?)?|recent milestone(?:\s+payments?)?|"
        r"continuation payments?|recent payments?|short[- ]term milestones?|"
        # "an option exercise fee of US$200 million": a fixed sum due when the option is taken
        # up, before any milestone (a figure that also names milestones is theirs)
        + _OPTION_FEE_WORDS
        + r"|"
        r"development[- ]start payments?|"
        # "If they exercise that option, there is a further payment of US$200 million", "if X
        # exercises the option, it will pay a further $200 million": the option's fee
        r"(?:(?:if|once|when)\s+(?:[\w'’-]+\s+){0,3}?)?"
        r"exercis(?:e|es|ed|ing)\s+(?:the|that|its|this|their|an|such)\s+option,?\s+"
        # (not "further payments of up to $645 million covering the exercise fee and ...
        # milestones": one payment, the figure right after it)
        # ("exercise an option for exclusive global rights by paying a further US$200m")
        r"(?:[\w'’-]+\s+){0,8}?(?:further|additional|another)(?:\s+payment(?:\s+of)?)?(?=\s*$)|"
        # "a $25 million guaranteed non-creditable development payment": owed for certain
        r"guaranteed\s+(?:[\w-]+\s+){0,3}?payments?|"
        # "a further $2 billion in non-contingent anniversary payments spread over the years
        # through 2028": owed whatever the trials show, like a guaranteed payment
        r"non-contingent\s+(?:[\w-]+\s+){0,2}?payments?|"
        # "a further $8 million when it starts a Phase 1 trial": paid as development starts
        r"(?:when|once|after|as soon as) (?:it|they|the (?:company|partner|licensee)) "
        r"(?:starts?|initiates?|begins?|commences?|doses the first patient in) "
        r"(?:a|the|its) (?:first )?(?:phase (?:1|i)\b|first[- ]in[- ]human)|"
        r"(?:upon|on|at) (?:the )?(?:start|initiation|commencement) of (?:a |the |its )?"
        r"(?:first )?(?:phase (?:1|i)\b|first[- ]in[- ]human)|payable at phase (?:1|i) start|"
        # "an additional payment of $100 million will be made before the start of Phase III"
        r"before (?:the )?(?:start|initiation) of (?:a |the )?phase (?:1|2|3|i{1,3})\b",
    ),
    (
        UPFRONT,
        r"up[- ]?front(?:\s+(?:cash\s+)?(?:payments?|fees?|consideration))?|"
        r"down[- ]payments?|first payments?|initial (?:upfront )?(?:payments?|fees?|consideration)|"
        r"signing (?:fee|payment)|payment upon signing|before milestones|"
        # translated Japanese and Korean releases: "a lump-sum contract payment of USD 30
        # million", "the contract one-time money of 100 million dollars", "contract fee"
        r"lump[- ]sum (?:contract |upfront )?(?:payments?|fees?|money)|"
        r"(?:contract )?one[- ]time (?:contract )?(?:payments?|money)|contract (?:fee|money)|"
        # "will receive five million US dollars on signing", "Cash at signing: US$800m"
        r"(?:(?:up)?on|at) signing\b|"
        # ("X gets $80 million in cash now and is eligible for up to $975 million more")
        # ("The cash portion works out to roughly $800 million; with the CVR ...")
        r"non-refundable (?:payments?|fees?)|entry fee|(?:in )?cash (?:at closing|now)|"
        r"cash portion|"
        # ("option fee": a near-term cue, `_OPTION_FEE_WORDS`, which comes first)
        # ("US$425m is payable at closing")
        r"(?:(?:is|are|will be) )?payable (?:at|on|upon) (?:the )?closing|paid at closing|"
        # "Beyond the $200 million paid at signing, X is eligible for ..."
        r"paid (?:at|on|upon) signing|"
        r"option payment(?!s)|"
        # "X gets the $350 million in cash when the deal closes"
        # ("About £820m will be paid when the deal completes")
        r"when (?:the )?(?:deal|transaction|sale|acquisition|purchase) (?:closes|completes)|"
        r"(?:up)?on completion(?! of)|"
        # ("advised on closings totaling more than US$6 billion": funds closed, no deal's)
        r"(?:up)?on (?:the )?(?:deal |transaction |deal's |transaction's )?closing(?! price)(?!s)|"
        r"at (?:the )?(?:deal |transaction )closing(?! price)|"
        # a digest's shorthand: "$12M UF + $5M near-term", "$70M upfr.", "Upfr.: $150M"
        r"uf\b|upfr\b",
    ),
    (
        EQUITY,
        # ("paid us $40 million by buying our common stock": the figure buys shares)
        r"equity investment|equity stake|(?:purchase|purchasing|buy|buying|subscribe for|"
        r"acquire)\s+(?:newly issued\s+)?(?:(?:our|its|their)\s+)?(?:common\s+)?"
        r"(?:shares|stock|equity)|in (?:newly issued )?(?:shares|stock)"
        r" of|investment in (?:the )?(?:company's )?(?:shares|stock)|"
        # "subscribing for new shares in a third-party allotment worth 22 billion won": the
        # worth of the shares bought, not of the deal
        r"(?:allotment|placement|share subscription|shares|stake)\s+(?:worth|valued at)|"
        # "will buy $650 million of Sage stock": the cue follows the figure
        # ("$465 million of newly issued Denali common stock": new shares of a named company)
        r"of (?:newly[- ]issued )?(?:[\w'’-]+ ){0,2}?(?:common )?(?:stock|shares)\b",
    ),
    (
        MILESTONES,
        r"(?:(?:development|clinical|regulatory|registration|approval|technology\s+transfer|"
        r"commerciali[sz]ation|commercial|sales(?:-based)?|R&D|research|discovery|preclinical|"
        r"launch|"
        # a digest's shorthand: "up to $1.32B dev/reg/sales milestones"
        r"dev\.?|reg\.?|comm\.?)"
        # "clinical superiority milestone money": one word may qualify the category
        r"(?:\s+[a-z]+(?=\s+milestones?\b))?\s*(?:,\s*|\s+and\s+|\s*&\s*|\s+|/|-)?)*"
        # ("milestone payments with a total potential value of approximately US$12 billion":
        # the milestones' own total, not the deal's)
        # ("milestone payments in an aggregate amount of up to US$502.5 million": theirs too)
        # (a digest's shorthand: "Mlstn: up to $1.935bn", "$571M in dev./reg./commercial mlstn")
        # (a post's or a slide's "up to $7.1B dev / reg / sales ms", "$1.95B in option fees +
        # ms": "ms" for milestones only after a kind of them, "in" or "+", not "MS", a disease)
        r"(?:milestones?|mlstns?\b|"
        r"(?:(?<=sales )|(?<=reg )|(?<=reg\. )|(?<=dev )|(?<=comm )|(?<=in )|(?<=\+ ))ms\b)"
        r"(?:\s+payments?(?:\s+with\s+a\s+total\s+(?:potential\s+)?value|"
        # ("milestone payments with an aggregate amount of not more than US$847.5 million")
        # ("milestone payments of aggregate not exceeding USD 267 million", a translation)
        # ("milestone payments of up to an aggregate of $1.1 billion", an 8-K's)
        r"\s+(?:in|with)\s+(?:an\s+)?aggregate\s+amount|\s+of\s+aggregate|"
        r"\s+of\s+up\s+to\s+an\s+aggregate\s+of)?)?|"
        r"biobucks|bio-bucks|further payments|"
        # "tied to development, regulatory and commercial goals": milestones by another name
        r"(?:development|clinical|regulatory|commercial|sales)(?:,?\s+(?:and\s+)?(?:development|"
        r"clinical|regulatory|commercial|sales))*\s+(?:goals|events|targets|objectives|approvals)|"
        # ("a near-term contingent payment of up to 500 million": the near-term one)
        r"additional payments|(?<!near-term )(?<!near term )(?<!recent )(?<!short-term )"
        r"contingent payments?|success payments|"
        # "up to USD 97.5 million tied to sales": a sum that waits on sales, sales milestones
        r"(?<=tied to )(?:(?:annual|net)\s+)?sales\b(?!\s+of\b)|"
        # "plus a further $250m contingent upon achievement of a specified regulatory milestone"
        r"contingent (?:up)?on (?:the )?(?:achievement|attainment|occurrence)|"
        r"contingent value rights?|CVRs?|contingent consideration|"
        r"sales-based payments|"
        r"(?:up)?on (?:option )?exercise|if exercised|if (?:it|they) exercises?(?! (?:no|none))",
    ),
    (
        TOTAL,
        # ("valuing the Cambridge, Massachusetts, lung cancer specialist at roughly $10.6bn")
        # ("valuing the Dublin-based rare-disease company's equity at approximately $27.8bn")
        r"worth|valued at|valu(?:ing|es) (?:[\w.,'’-]+ ){0,10}?at|value of|"
        r"total (?:potential )?(?:deal )?(?:value|consideration|"
        r"transaction|amount|equity value|payments?)|total transaction|potential value|"
        r"deal value|transaction value|(?:transaction|deal) (?:amount|price|size)|aggregate|"
        # a Korean wire's "the total contract scale is up to $402 million" (계약 규모)
        r"total contract (?:scale|size|value|amount)|"
        # ("with the CVR fully paid, the price tag reaches about $1.1 billion")
        # ("The headline number: up to $8.4 billion")
        r"headline (?:value|number|figure)|could reach|amounts? to|price tag|"
        # ("the companies put the whole package at more than $2.2bn")
        r"put (?:the )?(?:[\w-]+ ){0,2}?(?:package|deal|transaction|agreement|pact) at|"
        # ("Fully paid out, the transaction reaches approximately $9.5bn")
        r"(?:deal|transaction|agreement|package|consideration) reaches|"
        # ("milestone payments that bring the headline to as much as $1.04B")
        r"bring(?:s|ing)? the (?:potential |total )*(?:value|total|deal|package|headline)|"
        # ("..., taking the package to as much as $7.25 billion")
        r"taking the (?:total|package)|with the total|in total consideration|total of up to|"
        r"total up to|potential total|total potential(?= up to| of)|"
        # "adding the down payment, in total 4.274 billion yuan": the parts summed
        r"(?:adding|including|plus) (?:the )?(?:down|upfront|initial) payments?,?\s+"
        r"(?:in total|for a total of|totall?ing)|"
        # "(..., and together with the down payment, RMB 4.274 billion in total)"
        r"together with (?:the )?(?:down|upfront|initial) payments?,|"
        # "paid $20 million upfront, with potential payments of up to $415 million"
        r"(?:with|and|plus) (?:total )?potential payments (?:of|totall?ing)|"
        # ("transferred X to Y in a contract of up to 477 million dollars", a Korean wire's)
        r"equity value|enterprise value|in a deal|in a contract of|deal (?:valued|worth)|all-in|"
        # "to acquire X ... in an all-cash transaction of US$1.8 billion"
        r"(?:transaction|deal) of(?=\s+(?:up to\s+|about\s+|approximately\s+|roughly\s+)?$)|"
        # a deal sheet's "Value: $39 billion, paid in cash and shares" line
        # (and its "Total: up to $1.05bn" line)
        r"(?<![\w ])value:|(?<!\w)(?<!\w\s)total:",
    ),
    (
        WEAK_TOTAL,
        # ("for a total of up to $888m" is the stated total: see `total of up to`)
        # ("up to $1.7 billion in total payments" states the total: see `total payments`)
        r"in total(?! (?:potential )?(?:payments?|consideration|value)\b)|a total of(?! up to)|"
        r"totall?ing|combined|together|altogether|overall|"
        # ("milestone payments of up to $3.5 billion in the aggregate": the milestones' sum)
        r"in (?:the )?aggregate",
    ),
    (
        PART,
        # ("the combined amount of which is up to $51.3 million" sums, it is no part)
        r"(?<!amount )of which|consisting of|comprising|made up of|installments?|instalments?|"
        r"tranches?|"
        r"the remaining|of that amount|the first installment|the second installment|"
        # "could exceed $1.4 billion including ... milestones" is the total, not a part of it
        # ("worth up to $1.06 billion including an upfront payment and milestones" too, and
        # "worth up to US$500 million including an undisclosed upfront payment")
        r"including(?!\s+(?:(?:all|potential|the|an?|undisclosed)\s+){0,2}(?:development|clinical|"
        r"regulatory|commercial|sales|milestones?|up[- ]?front)\b)"
        # ("worth up to $1.4 billion including target-expansion fees and milestones": the
        # milestones are in it, no figure of a part follows)
        r"(?![^,.;$€£¥\d]{0,60}?\bmilestones?\b)|"
        # "$30m in cash and $20m in stock" are parts; "$40m in cash and issue 1.9 million
        # shares" is the cash paid, the shares aside
        r"in cash and(?!\s+(?:(?:will\s+|to\s+)?issue|[\d.,]+\s+(?:million\s+)?shares))|"
        r"split into",
    ),
    (
        PAY,
        # ("X bets up to $5B on Y", a headline's payment)
        r"\b(?:pay|pays|paying|paid|put up|puts up|putting|hand over|committed|owe|receive|"
        # ("an aggregate equity value for the Company of approximately $161 million": the
        # value's "for" names what is valued, no payment)
        # ("Lynk stands to collect up to $605 million": what the licensor receives)
        r"receives|collect|collects|get|gets|for(?<!value for)|"
        # (the figure follows: `before` ends where it starts, so the end of the text will do)
        r"(?:bets|wagers)(?=\s+(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|nearly\s+)?"
        r"(?:[$€£¥\d]|$)))\b",
    ),
]
#: The cue patterns below are case-insensitive and run on `fold_case` text (see text.py).
_CUE = lower_pattern("|".join(f"(?P<{k}{i}>{p})" for i, (k, p) in enumerate(_CUES)))
_KIND_OF = {f"{k}{i}": k for i, (k, _) in enumerate(_CUES)}
#: Strings one of which every match of `_CUE` contains (in folded text), kind by kind: keep
#: them in step with `_CUES`. A stretch holding none of them has no cue and is not scanned;
#: many stretches next to a figure hold none, and the substring tests cost far less.
_CUE_WORDS = (
    *("near", "recent milestone", "recent payment", "continuation payment", "short"),
    *("start payment", "guaranteed"),
    *("front", "down", "first payment", "initial", "signing", "before milestones"),
    *("non-refundable", "uf", "upfr", "lump", "one-time", "one time", "contract"),
    *("entry fee", "closing", "closes", "option", "cash now", "completes", "completion"),
    *("equity", "shares", "stock", "allotment", "placement", "subscription", "stake"),
    *("milestone", "mlstn", " ms", "bucks", "further payments", "additional payments"),
    "contingent",
    # (the sales cue's match is "sales" alone, after a lookbehind on "tied to ", which the
    # stretch scanned holds whenever the cue matches in it)
    "tied to",
    *("goals", "events", "targets", "objectives", "approvals"),
    *("success payments", "cvr", "sales-based payments", "exercise"),
    *("worth", "valu", "total", "aggregate", "could reach", "amount", "bring", "in a deal"),
    *("price tag", "cash portion", "transaction of", "deal of", "headline"),
    "reaches",
    "taking the package",
    "all-in",
    *("combined", "together", "overall"),
    *("of which", "consisting of", "comprising", "made up of", "instal", "tranche"),
    *("the remaining", "of that amount", "including", "in cash and", "split into"),
    *("pay", "paid", "put", "hand over", "committed", "owe", "receive", "collect", "get"),
    *("for", "bets"),
    "wagers",
    *("phase", "human", "deal price", "deal size", "transaction price", "transaction size"),
)


#: Where a cue can start: `_CUE` opens with no character the regex engine can skip to, so
#: `find_all` looks for these starts and tries `_CUE` there only (see `start_locator`).
_CUE_START = start_locator(_CUE)


def _cues(low: str) -> list[re.Match[str]]:
    """The matches of `_CUE` in the folded `low`, in order (callers only read the list).

    Cached by string: the stretches before and after figures recur (several tests of one
    figure read the same stretch, and set phrases such as "an upfront payment of" come back
    from text to text), and the matches depend on the string alone. The cache is emptied
    when it reaches `_CUES_KEPT` strings, which keeps its memory bounded.
    """
    found = _CUES_SEEN.get(low)
    if found is None:
        if len(_CUES_SEEN) >= _CUES_KEPT:
            _CUES_SEEN.clear()
        found = _CUES_SEEN[low] = (
            find_all(_CUE, _CUE_START, low) if may_contain(low, _CUE_WORDS) else []
        )
    return found


_CUES_SEEN: dict[str, list[re.Match[str]]] = {}
_CUES_KEPT = 1024


#: Words that make a figure something other than a deal term, looked for around it.
_DISTRACTOR_NEAR = word_pattern(
    # ("a share of sales" is a royalty, no price per share)
    r"per share|a share(?! of\b)|per ADS|an ADS|each share|share price|"
    r"shares? (?:were|was|rose|fell|jumped|closed|slipped|traded|gained|dropped)|"
    r"closing (?:share )?price|trading|"
    r"buy(?:ing)? ?back|bought back|repurchas\w*|revenues?|turnover|net sales of|annual sales|"
    # ("which posted 2022 sales of nearly 43 billion euros")
    r"sales of (?:around|about|over|nearly|almost|roughly|approximately|some|more than|"
    r"[$€£¥\d])|market (?:size|value|capitali[sz]ation|cap)|"
    # a market report's flows: "Southbound investors bought a net HK$7.2 billion of shares"
    r"southbound|northbound|stock connect|bought a net|sold a net|"
    # research funding paid by a partner is a deal term, not a financing (the test of what
    # precedes "funding" comes after it: `word_pattern` needs each alternative to open with a
    # letter)
    r"statistics|first half|H1|financing|raised|raises|raise|Series [A-F]\b|"
    r"funding(?<!research funding)(?<!r&d funding)(?<!development funding)|"
    r"private placement|IPO|invest(?:s|ed|ing)?\b(?! in (?:newly )?shares)|pre-tax charge|"
    # "weeks after raising $2.08 billion in a registered direct offering": the licensee's
    # own financing, not a deal term
    # ("after raising its bid": a buyer's higher offer, not a financing)
    r"raising(?! (?:its|the|their) (?:bid|offer))|registered direct offering|public offering|"
    r"follow-on offering|"
    r"at-the-market offering|net proceeds|"
    # debt the buyer raises to pay: "a committed bridge facility of $28.5 billion"
    r"bridge facility|credit facility|bridge loan|term loans?|revolving|"
    # ("said the team spent most of 2024 scouting for assets": time spent, not money)
    r"charge|impairment|spent(?! (?:most|much|part|years|months|weeks|the (?:past|last|"
    r"better part|year|summer))\b)|spend|R&D expenses?|costs?|deals worth|transactions worth|"
    # ("in a transaction worth up to $840m" is the deal's own value: only the plural counts)
    r"net (?:income|loss|profit)|profits?|valuation of|cash position|premium|"
    # "shares jumped 14.6 percent, valuing the company at roughly HK$33 billion"
    r"valuing (?:the company|the group|the firm|it|them) at|"
    # "has committed more than $50 billion to U.S. manufacturing since 2020": capital spending
    r"to (?:u\.s\. |us |domestic |new |its )?(?:manufacturing|production capacity|"
    r"manufacturing capacity|factories|plants)|"
    # "the buy is small next to its 2023 capex bill of more than DKK 26 billion"
    r"capex|capital expenditures?|capital spending|"
    # a fee one party owes the other if the deal is called off buys no rights
    r"termination fee|break-?up fee|"
    # ("agreed to pay up to $2.2bn (£1.8bn) to settle most US lawsuits"): a settlement
    r"to settle|settlements?|lawsuits?|litigation|"
    # ("aggregate announced biopharma transaction value for the quarter stood at $78 billion")
    r"for the (?:full |whole |calendar )?year|for the quarter|"
    r"alone (?:exceeded|reached|topped|totall?ed|hit)|"
    r"across (?:the )?(?:industry|sector|\d+\+? (?:deals|transactions))|"
    r"combined (?:headline |deal )?values? of|"
    # "12 deals with a combined value", but not "licensed X to Y ..., in deals with a total"
    r"in total across|deals with a(?<!in deals with a)|"
    # "advised on transactions with an aggregate value of more than $20 billion"
    r"transactions with (?:an? )?(?:aggregate|combined|total)|"
    # a market or a forecast: "the market for GLP-1 drugs could reach $100 billion by 2030",
    # "China's oncology drug market was worth about RMB150 billion in 2017"
    r"market for|market worth|"
    # "obesity drug market could reach $150B early next decade": a forecast
    r"market (?:could|would|will|may|might|should) (?:reach|hit|top|exceed|grow|be worth)|"
    # "in an Alzheimer's market that analysts expect to be worth well over $10 billion by the
    # end of the decade"
    r"market that|by the end of the decade|"
    # "analysts expect the obesity drug market to be worth somewhere north of $100 billion"
    r"market to be (?:worth|valued)|by the end of this decade|"
    r"markets? (?:is|are|was|were) (?:expected|projected|forecast|estimated|worth|valued)|"
    # (one alternative per verb: `word_pattern` needs each to open with a letter)
    r"projected to (?:reach|grow|hit|exceed|cross|top)|forecast to (?:reach|grow|hit|exceed|"
    r"cross|top)|expected to (?:reach|grow|hit|exceed|cross|top)|estimated to (?:reach|grow|"
    r"hit|exceed|cross|top)|"
    r"by (?:the end of )?20[3-9]\d",
    r"\b",
)
#: Distractor words that taint a whole stretch of the sentence, not only the words next to it.
_DISTRACTOR_CLAUSE = word_pattern(
    # ("authorized purchases of up to $10.0 billion of Merck's common stock for its treasury")
    r"buy(?:ing)? ?back|bought back|repurchas\w*|for its treasury|statistics|first half|"
    # "Biopharma M&A announced in the first three quarters of 2025 was running at more than
    # $100 billion in aggregate value": many deals summed
    r"M&A (?:announced|signed|struck|inked) (?:in|during|so far|this|last)|"
    r"first (?:three|nine) (?:quarters|months)|"
    # "Chinese out-licensing deals announced in 2025 passed $130 billion": many deals summed
    r"deals (?:announced|signed|struck|inked) (?:in|during|so far|this|last)|"
    # "has acted on more than a dozen ... transactions since the beginning of 2023, with
    # aggregate value in excess of US$9 billion": a tally of many deals over a period
    r"transactions since|deals since|"
    r"transactions (?:announced|signed|struck|inked) (?:in|during|so far|this|last)|"
    r"data compiled by|"
    # "By one tally, out-licensing deals from Chinese drugmakers topped $30 billion in headline
    # value this year", "One banker's tally puts 2024 China out-licensing at roughly $46
    # billion", "a tally that several trackers put well above $50 billion", "Industry trackers
    # put total China out-licensing headline value for 2025 at well over $100 billion": many
    # deals summed (any tally: "by our tally" too)
    r"tally|trackers|"
    # a machine translation's 今年以来 ("this year until now China innovative drug license-out
    # transactions already the total amount exceed 80 billion US dollars"): a year's deals
    r"this year until now|until now this year|up to now this year|"
    r"deals from (?:[\w-]+ ){0,2}?(?:drugmakers|companies|biotechs|developers)|"
    # "Chinese out-licensing deals have now passed $100 billion in announced total value this
    # year, by our count": many deals summed
    r"by (?:our|their|its) (?:own )?count|"
    r"deals (?:have |had )?(?:now |already )?(?:passed|topped|exceeded|surpassed|crossed)|"
    r"transactions (?:have |had )?(?:now |already )?(?:passed|topped|exceeded|surpassed)|"
    # "its plan to divest non-core assets with a value of up to $10 billion": a disposal
    # programme's target, many sales summed
    r"plans? to divest|programs? to divest|programmes? to divest|"
    r"financing|raised|Series [A-F]\b|private placement|IPO|deals worth|transactions worth|"
    r"share price|shares? (?:were|was|rose|fell|jumped|closed|slipped|traded)|"
    # "the value of China out-licensing deals had exceeded $100 billion": many deals at once
    # (one alternative per noun: `word_pattern` needs each to open with a letter)
    r"value of (?:[\w-]+ ){0,3}?deals|total of (?:[\w-]+ ){0,3}?deals|"
    # "the total amount of foreign licensing transactions of Chinese innovative drugs"
    r"amount of (?:[\w-]+ ){0,3}?(?:deals|transactions)|"
    r"worth of (?:[\w-]+ ){0,3}?deals|"
    # "the potential total value of the two license agreements": several deals summed
    r"value of (?:the |both |all )?(?:two|three|four|five|both|these)\s+"
    r"(?:[\w-]+ ){0,2}?(?:agreements|deals|transactions|pacts)|"
    r"total of (?:the |both |all )?(?:two|three|four|five|both|these)\s+"
    r"(?:[\w-]+ ){0,2}?(?:agreements|deals|transactions|pacts)|"
    r"amount of (?:the |both |all )?(?:two|three|four|five|both|these)\s+"
    r"(?:[\w-]+ ){0,2}?(?:agreements|deals|transactions|pacts)|"
    r"worth of (?:the |both |all )?(?:two|three|four|five|both|these)\s+"
    r"(?:[\w-]+ ){0,2}?(?:agreements|deals|transactions|pacts)|"
    # "a total of $60 million in upfront payments under the two agreements": their sum
    r"under the (?:two|three|four|both) (?:[\w-]+ )?(?:agreements|deals|licen[cs]es)|"
    # "three of the four licences above were sub-$20M upfront": several deals at once
    r"of the (?:two|three|four|five|six|seven|eight|nine|ten) (?:[\w-]+ )?(?:licen[cs]es|"
    r"deals|transactions|agreements)|"
    # "the three deals carry disclosed potential value of about US$10.8 billion": a sum
    r"deals (?:carry|carried|represent|represented|are worth|were worth|total|totall?ed|"
    r"bring|brought|add up|account for|accounted for)|"
    # "the three entries above account for headline values of roughly $3.1 billion": a
    # roundup's items summed
    r"entries (?:above|below)|items (?:above|below)|deals (?:above|below)|"
    r"transactions (?:above|below)|"
    # "earlier collaborations, which have collectively brought the company more than $300
    # million in upfront payments": many deals summed
    r"collectively (?:brought|received|earned|generated|yielded|totall?ed|raised)|"
    # "the company's cumulative licensing deals since 2015 are valued at more than KRW 4
    # trillion": many deals summed
    r"cumulative (?:[\w-]+ ){0,2}?(?:deals|transactions|contracts|agreements)|"
    # "in 2025 China innovative drug overseas license total amount has exceeded $130 billion"
    # (but "the whole transaction total amount is up to 625.5 million US dollars" is one deal's)
    r"licen[cs]e total amount|licensing total amount|"
    # "in year 2025 the license-out transactions of China innovative drug disclosed total
    # amount more than 1,300 hundred million US dollars": many deals summed
    r"transactions of (?:[\w-]+ ){0,4}?(?:disclosed |declared )?(?:total|aggregate) "
    r"(?:amount|value)|"
    r"deals of (?:[\w-]+ ){0,4}?(?:disclosed |declared )?(?:total|aggregate) (?:amount|value)|"
    # (nor is "..., plus milestone payment highest 579 million US dollars, transaction total
    # amount up to 614 million US dollars", a term in the list of one deal's terms)
    r"deal total amount(?<!the deal total amount)(?<!whole deal total amount)"
    r"(?<!, deal total amount)(?<!; deal total amount)|"
    r"transaction total amount(?<!the transaction total amount)"
    r"(?<!whole transaction total amount)(?<!this transaction total amount)"
    r"(?<!, transaction total amount)(?<!; transaction total amount)",
    r"\b",
)
#: "industry" figures are distractors only in lower case ("Industry" starts a name); being
#: case-sensitive, it is looked for in the original text, next to the two patterns above.
_INDUSTRY = re.compile(r"\bindustry\b")
_DEAL_NOUN_AFTER = lower_pattern(
    # ("up to $2.4 billion drug discovery pact": two words may say what kind of deal)
    r"\s*(?:\([^)]*\)\s*)?(?:(?!(?:when|once|if|upon|after|before|until|as|the|a|an|of|in|on|"
    r"at|by|and|or|to|for)\b)[\w-]+\s+){0,2}?(?:deal|pact|agreement|acquisition|takeover|"
    r"transaction|buyout|licensing deal|license deal|licence deal|tie-up|partnership|"
    r"collaboration|merger)\b(?!['’]?s? closing)(?! closing)"
)
_INVESTMENT_OK = lower_pattern(r"equity investment")
_PER_SHARE = lower_pattern(r"(?:per|a|each) (?:share|ADS)")
_FIGURE = re.compile(r"[$€£¥]\s?\d|\d(?:[.,]\d+)?\s?(?:million|billion|bn|mn|m\b)")
_PER_SHARE_AFTER = lower_pattern(
    # ("$2.00 per ordinary share ($10.00 per ADS)": a class of share named)
    # ("$86.25 per Metsera share": the company's name between)
    r"\s*(?:\([^)]*\)\s*)?(?:per (?:[\w-]+ ){0,2}?share|a share|per ADS|each|a piece|"
    # ("will pay $100 for each Arena share")
    r"for each (?:[\w-]+ ){0,2}?share)\b"
)
_RIGHTS_FOR = lower_pattern(
    r"\b(?:rights?|licen[cs]e)\b[^.;$€£¥]{0,80}\bfor\s+(?:(?:up to|about|approximately|"
    r"around|roughly|as much as|more than|over)\s+)?$"
)
#: "$12.50 per share in cash, or about $1.4 billion", "..., an aggregate of approximately $1.4
#: billion": the price per share restated as the whole price.
_RESTATED_BEFORE = re.compile(
    r"(?:in cash)?,?\s*(?:or\s+|(?:or\s+)?an?\s+aggregate\s+of\s+)"
    r"(?:about|approximately|roughly|some)?\s*$"
    # "$2.00 per share in cash at closing — roughly $1.0 billion": a dash before the whole
    r"|\s[—–-]\s+(?:about|approximately|roughly|some)\s*$"
    # "$15.00 per share in cash at closing, representing a transaction value of approximately"
    r"|,\s*(?:representing|implying)\s+(?:an?\s+|the\s+)?(?:total\s+)?(?:transaction|equity|deal)"
    r"\s+value\s+of\s+(?:about|approximately|roughly|some)?\s*$"
)
#: The same value statement before the figure (see `_VALUE_NEXT` for it after).
_VALUE_BEFORE = re.compile(r"\bvalue\s+of\s+(?:about|approximately|roughly|some)?\s*$")
#: A price per share paid in cash, before a figure in its sentence.
_PER_SHARE_PAID = re.compile(r"(?:per|a) share\s+in\s+cash\b")
#: Said paid, before a price restated: "... to pay", "paid", "in cash at closing".
_PAID_BEFORE = re.compile(r"\bpay|\bpaid\b|\bin cash (?:at|upon|on) closing\b")
_ABOUT_BEFORE = re.compile(r"\bin cash,\s*(?:about|approximately|roughly)\s*$")
#: "..., roughly $10.9 billion in equity value": the value of all the shares, after their price.
_COMMA_ABOUT_BEFORE = re.compile(r",\s*(?:about|approximately|roughly|some)?\s*$")
_VALUE_NEXT = lower_pattern(r"\s*(?:in\s+)?(?:equity|enterprise|transaction|deal)\s+value\b")
#: A comma ends the stretch, except inside a list of milestone categories ("development,
#: regulatory and commercial milestones"). Every alternative opens with its own character
#: (the `\b` before "which" and "and" is tested after their first letter, as in
#: `word_pattern`), so that the regex engine skips to those characters.
_STOP_AFTER = re.compile(
    # ("$3.15 billion in cash, up front, for X", "Seventy million dollars in cash, now, and":
    # the cue after the comma is the figure's)
    r";|:|,(?!\s*(?:and\s+)?(?:development|clinical|regulatory|registration|approval|"
    r"commercial|sales|up[- ]?front|now)\b)|\.(?:\s|$)|w(?<!\ww)hich\b|"
    r"a(?<!\wa)nd (?:is|can|will|may)\b"
)


@fast_init
@dataclass(frozen=True, slots=True)
class Term:
    """A money mention and what it pays for; `subkinds` name milestone categories."""

    money: MoneyMention
    kind: str
    subkinds: frozenset[str] = frozenset()
    cue_start: int = -1
    cue_end: int = -1


#: "... milestone payments of up to $270 million": a cue followed by its own figure (`after`
#: ends where the next figure starts).
_OF_FIGURE_NEXT = lower_pattern(
    r"\s+(?:of|worth|totall?ing|amounting to)\s+(?:up to\s+|as much as\s+|about\s+|"
    r"approximately\s+|nearly\s+|more than\s+|over\s+)?(?:$|[$€£¥\d])"
)
#: "more" right after a figure, closing its phrase: "up to $730M more, for X".
_MORE_AFTER = re.compile(r"\s*(?:more|further|additional)\s*(?:[,;)]|$)")
#: What may stand between a figure and the cue right after it ("$18 million in upfront").
_CUE_JUST_AFTER = re.compile(
    # ("up to $7.1 billion — is tied to ... milestones": an aside's figure, then its cue)
    # ("up to $50M combined in upfront and near-term payments": the sum of the kinds after)
    r"(?:-plus|\+)?\s*(?:\([^)]*\)\s*)?(?:[—–]\s*)?(?:(?:more|further|additional|combined)\s+)?"
    # ("as much as $5.2 billion more on offer in milestones")
    r"(?:(?:on offer|available|to come|at stake)\s+)?"
    r"(?:in\s+|of\s+|as\s+|across\s+(?:(?:an?|the)\s+)?|could follow as\s+|"
    # "up to $150 million of performance-based milestone payments"
    # ("$888 million in total including ... milestones" is a total the milestones are in)
    r"will follow as\s+|in\s+(?!total\s+including)(?:[\w-]+\s+){1,3}|of\s+(?:[\w-]+\s+){1,2}|"
    r"to cover the\s+|"
    r"in cash to cover "
    r"the\s+|in total as\s+|as\s+\w+\s+|"
    # "$3.15 billion in cash, up front, for Tubulis"
    r"in\s+cash,\s*|"
    # "US$650m cash up front"
    r"cash\s+|"
    # "up to approximately $2.1 billion in (the) aggregate (in) contingent option-related fees
    # and development, regulatory and commercial milestone payments": lumped with them
    r"in\s+(?:(?:the\s+)?aggregate\s+)?(?:in\s+)?(?:contingent\s+)?option[- ]related\s+"
    r"(?:fees|payments)\s+and\s+|"
    # "another $1.9 billion is on the table in milestones", "$X is payable as milestones"
    r"(?:is|are|will be|could be|would be)\s+(?:[\w-]+\s+){0,3}?(?:in|as)\s+|"
    # "an additional payment of $100 million will be made before the start of Phase III"
    r"will be (?:made|paid)\s+|"
    # "a transaction ... that included US$100 million paid upfront"
    r"(?:paid|payable)\s+|"
    # "up to US$1.363 billion more if certain development, regulatory and sales milestones are
    # met" (a sum more: not "the total could reach $888 million if milestones are hit")
    r"(?:(?<=more )|(?<=further )|(?<=additional ))(?:if|when|once)\s+"
    r"(?:certain\s+|specified\s+|the\s+|all\s+)?|"
    # "they paid us $40 million by buying our common stock": what the money did
    r"(?:by|through|via)\s+|"
    # "with another $545 million on the table in development ... milestones" (no verb)
    r"on\s+the\s+table\s+(?:in|as)\s+|"
    # "up to $23 million more on technology transfer and regulatory milestones"
    r"on\s+(?:the\s+)?|"
    # "another $1.2 billion tied to milestones", "contingent on sales milestones", "up to
    # $175 million in potential payments tied to regulatory and commercial milestones"
    # ("a further $150 million is tied to a near-term milestone")
    r"(?:in\s+(?:potential\s+|further\s+|additional\s+)?payments\s+|(?:is|are)\s+)?"
    # ("... tied to development, regulatory and commercial milestones": the kinds listed)
    r"(?:tied|linked|subject|contingent|dependent)\s+(?:to|on)\s+(?:the\s+|an?\s+)?"
    r"(?:achievement\s+of\s+)?(?:[\w-]+,?\s+){0,4}?|"
    # "up to $115 million upon the achievement of certain late-stage regulatory milestones"
    # ("an additional $550 million payable upon achievement of specified success-based ...")
    r"(?:payable\s+|due\s+)?(?:up)?on\s+(?:the\s+)?(?:achievement|attainment|completion)\s+of\s+"
    r"(?:[\w-]+\s+){0,3}?|"
    # "up to $1.52 billion more as programs hit development, regulatory and commercial
    # milestones": paid as its events happen
    r"as\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:hits?|reach(?:es)?|achieves?|meets?)\s+"
    r"(?:certain\s+|specified\s+)?(?:[\w-]+,?\s+){0,4}?)?$",
    re.I,
)


_UPFRONT_NEXT = lower_pattern(r"\s*(?:in\s+cash\s+)?(?:upfront|up-front|up front)\b")
_CVR = r"(?:cvrs?|contingent value rights?)\b"
_CVR_NEXT = lower_pattern(r",?\s*(?:plus|and)\s+(?:[\w-]+\s+){0,4}?" + _CVR)
_CVR_BEFORE = lower_pattern(_CVR + r"[^;]{0,80}$")
_CVR_AHEAD = lower_pattern(r"\b" + _CVR)


def _cvr_to_come(low: str, at: int, sent_end: int) -> bool:
    """A contingent value right named after `at`, in its sentence or early in the next ("...
    approximately $800 million. Each stockholder will also receive a CVR"): the figure before
    it is the cash paid, not the whole price."""
    return _CVR_AHEAD.search(low, at, min(len(low), sent_end + 200)) is not None


def _first(*matches: re.Match[str] | None) -> re.Match[str] | None:
    """The leftmost of several matches in one string (the first given wins a tie)."""
    found = [m for m in matches if m is not None]
    return min(found, key=lambda m: m.start()) if found else None


_DEVELOPMENT = re.compile(r"development|clinical|r&d|research")
_REGULATORY = re.compile(r"regulatory|registration|approval|launch")
_SALES = re.compile(r"commercial|sales")


def _subkinds(cue: str) -> frozenset[str]:
    low = cue.lower()
    kinds = set()
    if _DEVELOPMENT.search(low):
        kinds.add("development")
    if _REGULATORY.search(low):
        kinds.add("regulatory")
    if _SALES.search(low):
        kinds.add("sales")
    return frozenset(kinds)


#: "$90 million of X common stock": the figure is the price of the shares bought.
_OF_SHARES_AFTER = re.compile(
    r"\s+of\s+(?:newly[- ]issued\s+)?(?:[\w'’-]+\s+){0,2}?(?:common\s+)?(?:stock|shares)\b", re.I
)


def label_sentence(
    text: str, start: int, end: int, money: list[MoneyMention], low: str | None = None
) -> list[Term]:
    """Label each (non-conversion) money mention inside one sentence `text[start:end]`.

    `low` is `fold_case(text)` when the caller has it already (it labels many sentences).
    """
    if low is None:
        low = fold_case(text)
    figures = [m for m in money if not m.conversion and start <= m.start < end]
    out: list[Term] = []
    consumed = start
    previous: Term | None = None
    for k, m in enumerate(figures):
        nxt_start = figures[k + 1].start if k + 1 < len(figures) else end
        after_end = _after_end(text, m, nxt_start, money)
        window_start = max(consumed, start)
        term = _label(text, low, m, window_start, after_end, previous, start, end)
        if (
            term.kind == MILESTONES
            and "bucks" in low[term.cue_start : term.cue_end]
            and not any(t.kind == UPFRONT for t in out)
        ):
            # "a deal carrying $1 billion in biobucks" is the headline value; only after an
            # upfront ("$170m upfront and $1.5bn in biobucks") are biobucks the milestones
            term = Term(m, TOTAL, frozenset(), term.cue_start, term.cue_end)
        elif (
            term.kind in (NEAR_TERM, TOTAL)
            and _OPTION_FEE.match(low, term.cue_start, term.cue_end)
            and "milestone" in low[max(start, m.start - 100) : min(end, m.end + 100)]
            and not _TOTAL_WORD.search(low, term.cue_start, term.cue_end)
        ):
            # "up to $1.95 billion in option fees and development and commercial milestone
            # payments": an option fee counted with milestones is part of them (unless the
            # figure is called the total: "plus the option fee and milestones, the whole
            # transaction total amount is up to X"); alone ("an option exercise fee of US$200
            # million") it is the near-term payment
            term = Term(m, MILESTONES, term.subkinds, term.cue_start, term.cue_end)
        out.append(term)
        previous = term
        consumed = max(m.end, term.cue_end if term.cue_start >= m.end else m.end)
    return out


#: "the whole transaction total amount", "a total of": the figure is called the total (not
#: "milestones totaling up to": their sum).
_TOTAL_WORD = re.compile(r"\btotal\b")
#: A cue that opens on an option's fee ("option exercise fee plus development ... milestones").
_OPTION_FEE = re.compile(_OPTION_FEE_WORDS + r"\b")


def _after_end(text: str, m: MoneyMention, limit: int, money: list[MoneyMention]) -> int:
    """End of the stretch after a figure where its own cues may stand: up to a comma,
    semicolon or the next figure (a bracketed conversion is skipped over)."""
    pos = m.end
    for conv in money:
        if (
            conv.conversion
            and conv.start >= m.end
            and _OPENS_CONVERSION.fullmatch(text, m.end, conv.start)
        ):
            close = text.find(")", conv.end)
            pos = close + 1 if close != -1 else conv.end
    found = _STOP_AFTER.search(text, pos, limit)
    # (a figure "payable upon achievement of specified success-based development and
    # regulatory milestones" names its kind further on than most)
    # (nor one "in aggregate contingent option-related fees and development, regulatory and
    # commercial milestone payments", "in additional success-based development, regulatory and
    # sales milestone payments")
    reach = 110 if _UPON_ACHIEVEMENT.match(text, pos) or _IN_CONTINGENT.match(text, pos) else 70
    return min(found.start() if found else limit, pos + reach, limit)


#: After a figure's upfront cue and a comma, the rest of a list of what the figure sums ("in
#: an upfront fee, research funding and development and commercial milestones"): no verb
#: or figure of its own.
_AND_MILESTONES_LISTED = re.compile(
    r",\s*(?:(?:research|funding|development|regulatory|clinical|commercial|sales|option|"
    r"exercise|fees?|payments?|and|an?|the)\b\s*,?\s*){1,8}milestones?\b(?:\s+payments?)?"
)
#: A figure before the clause ends: the milestones just listed have a sum of their own ("...,
#: and the milestone payment is up to 143.5 million US dollars").
_FIGURE_IN_CLAUSE = re.compile(r"[^,;.]*?(?:[$€£¥\d]|\b(?:usd|eur|rmb)\b)")
#: Between a figure and its bracketed conversion: "¥6 billion (around $40 million)".
_OPENS_CONVERSION = re.compile(
    r"[\s\S]{0,3}|\s*\(\s*(?:about|around|approximately|approx\.|roughly|some)\s+"
)
_IN_CONTINGENT = re.compile(
    r"\s+in\s+(?:the\s+)?(?:aggregate\s+)?(?:in\s+)?(?:contingent|additional|further)\b", re.I
)
_UPON_ACHIEVEMENT = re.compile(r"\s+(?:payable\s+|due\s+)?upon\s+(?:the\s+)?achievement\b", re.I)


#: Between a price per share and a figure: the figure is the value of the whole deal.
_VALUES_AT = re.compile(
    # ("valuing the Cambridge, Massachusetts, lung cancer specialist at roughly $10.6 billion")
    # ("for $221.50 per share in cash, a total transaction value of about $9.2 billion")
    r"\b(?:valu(?:es|ed|ing)\s+(?:[\w.,'’-]+\s+){0,7}?at|equity value of|total value of|"
    r"(?:total\s+)?(?:transaction|deal)\s+value\s+of|"
    r"for a total of|totall?ing|"
    # "plus a contingent value right of $0.30 per share, bringing the total to as much as
    # $1.2bn": the whole price, the rights included
    r"(?:bringing|taking|lifting|raising)\s+(?:the\s+)?(?:total|overall|potential)\s+"
    r"(?:[\w-]+\s+){0,2}?to|"
    # "at RMB 14.85 per share, for a total consideration of RMB 6.2 billion": the sum paid
    r"(?:total|aggregate)\s+(?:purchase\s+)?(?:consideration|price)\s+of)\b"
)
#: Right after a figure, the deal term it is: "$200 million upfront payment".
_OWN_CUE_AFTER = re.compile(
    r"\s+(?:in\s+)?(?:up[- ]?front|down|milestone|near-term|option)\s+(?:cash\s+)?"
    r"(?:payments?|fees?)\b"
)
#: Between a price per share and the next figure when that figure is another term of its own
#: ("$132.00 per share, and a $25 million payment"), not the price restated ("..., or about").
_AND_NEXT_FIGURE = re.compile(r"[^.;$]{0,20}?,?\s+and\s+(?:an?\s+|the\s+)?")
#: After a figure: "... it paid for X", "... that Y paid to acquire X" (a price paid).
_PAID_FOR_AFTER = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:it|they|[\w-]+(?:\s+[\w-]+)?)\s+(?:had\s+)?"
    r"(?P<cue>paid\s+(?:for|to\s+(?:acquire|buy)))\b"
)
#: A company bought "for" a figure, further back than the window of cues reaches: "will
#: acquire X, a privately held developer of ..., for up to $300 million".
_BOUGHT_FOR = re.compile(
    # ("move to snap up Halda Therapeutics for $3.05 billion")
    r"\b(?:acquire[sd]?|buys?|bought|buying|acquiring|snap(?:s|ped)?\s+up|snapping\s+up|"
    # ("agreed to sell Fyarro, a nanoparticle formulation of ..., to Y for $100 million": a
    # drug's price; not the price of shares sold or bought)
    r"sells?|sold|selling)\s(?![^.;$€£¥]{0,40}?\b(?:shares|stock)\b)[^.;$€£¥]{1,200}?"
    r"\bfor\s+(?:(?:up to|about|approximately|around|roughly|some|nearly)\s+)?$"
)
#: "two milestone payments of", "two further payments of": a count of contingent payments, of
#: the figure after it each.
_COUNT_OF_PAYMENTS = re.compile(
    r"\b(?P<n>two|three|four|five|2|3|4|5)\s+(?P<what>(?:(?:further|additional|separate|equal|"
    r"potential|contingent|sales|commercial|regulatory|development)\s+){0,2}(?:milestone\s+)?"
    r"(?:milestones|payments))\s+of\s+(?:up\s+to\s+)?$"
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
#: What opens a sum on top of another: "another", "a further", "an additional".
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a further|an additional)\s+(?:up to\s+)?$")
#: "... if certain development and regulatory milestones are hit": what the sum waits for.
_IF_MILESTONES_AFTER = re.compile(
    r"\s+(?:if|when|once|upon)\s+(?:certain\s+|specified\s+|the\s+)?"
    r"((?:[\w-]+,?\s+(?:and\s+)?){0,4}?milestones?)\b"
)
#: The upfront and an equity investment named as one sum ("The upfront payment and equity
#: investment together represent").
_UPFRONT_AND_EQUITY = re.compile(
    r"\bup[- ]?front(?:\s+payment)?\s+and\s+(?:the\s+)?equity\s+investment\s+together\b"
)
#: A term named only to set it aside: "Beyond the upfront, ...", "In addition to the upfront
#: payment, X may receive ...": the figure after it is another sum.
_SET_ASIDE = re.compile(
    r"\b(?:beyond|on top of|in addition to|besides|apart from|aside from|excluding|other than|"
    r"over and above)\s+(?:the|its|this|an?)\s+$"
)

#: Strings one of which every match of `_SET_ASIDE` holds.
_SET_ASIDE_WORDS = (
    *("beyond", "top of", "addition to", "besides", "apart", "aside", "excluding"),
    *("other than", "over and"),
)
#: Payments a royalty cap is not: met before a cap, they make its figure theirs.
_PAYMENT_WORDS = r"milestone|up-?front|down payment"
#: A cap on royalties just before a figure: "royalties on net sales, capped at", "sales
#: commission upper limit is", "total royalty payments of up to", "sales commissions total
#: highest can reach" (a translation's 销售提成最高可达).
_ROYALTY_CAP_BEFORE = re.compile(
    r"\b(?:royalt(?:y|ies)|sales commissions?)\b"
    r"(?:[^.;$€£¥\d]{0,40}?\b(?:capped|caps?|ceiling|upper limit|maximum)\b|"
    r"(?:\s+payments?)?\s+(?:total\s+|totall?ing\s+|of\s+|amount\s+)?"
    r"(?:highest|up to|at most|not exceeding|capped))"
    r"(?:(?!" + _PAYMENT_WORDS + r"|and\b)[^.;$€£¥\d]){0,25}$"
)
_PAYMENT_WORD = re.compile(_PAYMENT_WORDS)
#: A purchase named just before a dash that gives its price ("the X purchase last year — ").
_DASHED_PRICE_BEFORE = re.compile(
    r"\b(?P<cue>purchase|acquisition|takeover|buyout)\b[^.;,—–$€£¥\d]{0,30}?\s[—–]\s*$"
)
#: A sentence about buying a company, where a price paid for something is the whole price.
_ACQUISITION_WORD = re.compile(r"\b(?:acquisitions?|acquired|buyouts?|takeovers?|bought)\b")
#: Between a figure and the sales after it: a payment that depends on them.
#: What makes the sales after a figure a basis, not a figure of their own: "milestones ...
#: based on net sales", "..., along with royalties on net sales of any products".
_SALES_BASIS = re.compile(
    r"\b(?:based on|tied to|linked to|depending on|subject to|upon|royalt\w*\s+(?:\w+\s+)?on)\b"
)


def _listed_together(after: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether two cues right after a figure are joined as one list of what it holds ("in
    upfront and milestone payments"). "plus" joins them only inside an aside ("up to
    US$0.44bn — upfront plus development and commercial milestones —"): "$7m upfront plus
    milestones" is the upfront, milestones to come."""
    joiner = after[first.end() : second.start()].strip()
    if joiner in ("and", "&", "+", ","):
        return True
    return joiner == "plus" and any(mark in after[: first.start()] for mark in "—–(")


def _total_including(
    before: str, pre: list[re.Match[str]], kinds: list[str]
) -> re.Match[str] | None:
    """The total cue of "total ... including <parts> ... <figure>", if `before` is that."""
    at = next((i for i in range(len(kinds) - 1, -1, -1) if kinds[i] == TOTAL), None)
    if at is None or at == len(kinds) - 1:
        return None
    if "including" not in before[pre[at].end() : pre[at + 1].end()]:
        return None
    if not all(k in (UPFRONT, NEAR_TERM, MILESTONES, PART, PAY) for k in kinds[at + 1 :]):
        return None
    return pre[at]


#: A sum kept back right after its cue: " (amount not disclosed)", " (undisclosed)".
_KEPT_BACK = re.compile(
    r"[\s(]*(?:the\s+)?(?:amount\s+)?(?:is\s+|was\s+)?(?:not\s+|un)disclos", re.I
)
#: Words saying the kinds named before a figure are summed in it ("... totaling up to").
_SUMMED = re.compile(r"together|in total|total|combined|altogether|aggregate", re.I)
#: What stands between a cue and its figure when nothing else does: "payments of up to ",
#: or a clause that only says who gets it ("the contract fee and short-term milestone that X
#: receives within the near period is 34.8 billion won", a translated Korean wire).
_OF_FIGURE = re.compile(
    r"\s+(?:of\s+|(?:(?:that|which)\s+[^,;.$€£¥\d]{0,60}?\s+)?"
    r"(?:is|are|will\s+be|amounts?\s+to)\s+)?"
    r"(?:up\s+to\s+|approximately\s+|about\s+)?"
)


def _label(
    text: str,
    low: str,
    m: MoneyMention,
    window_start: int,
    after_end: int,
    previous: Term | None,
    sent_start: int,
    sent_end: int,
) -> Term:
    # `low` slices are for the case-insensitive patterns; offsets are the same as in `text`
    before = low[window_start : m.start]
    if ";" in before:
        # "up to $50M combined in upfront and near-term payments; total deal value of up to
        # $800M": the kinds before the semicolon are the figure's before it
        cut = before.rindex(";") + 1
        window_start, before = window_start + cut, before[cut:]
    after = low[m.end : after_end]
    near_span = (max(sent_start, m.start - 60), min(sent_end, m.end + 40))
    clause_span = (max(sent_start, m.start - 160), min(sent_end, m.end + 80))
    near, clause = low[slice(*near_span)], low[slice(*clause_span)]
    if _PER_SHARE_AFTER.match(after):
        count = _COUNT_OF_PAYMENTS.search(before) if after.lstrip().startswith("each") else None
        if count is not None:
            # "two milestone payments of 1.0 billion US dollars each": the payments' sum
            times = _COUNTS[count.group("n")]
            return Term(
                replace(m, amount=m.amount * times),
                MILESTONES,
                frozenset(),
                window_start + count.start(),
                window_start + count.end("what"),
            )
        return Term(m, DISTRACTOR)
    if "royalt" in before or "commission" in before:
        cap = _ROYALTY_CAP_BEFORE.search(low, max(window_start, m.start - 90), m.start)
        if cap is not None and not _PAYMENT_WORD.search(low, max(0, cap.start() - 30), cap.start()):
            # "royalties ..., capped at USD 60 million per product": a ceiling on royalties,
            # paid out of sales, is no sum the deal promises (but "milestone and sales
            # commissions up to 56 million dollars" sums the milestones in)
            return Term(m, DISTRACTOR)
    dist = _first(_DISTRACTOR_NEAR.search(near), _industry(text, *near_span)) or _first(
        _DISTRACTOR_CLAUSE.search(clause), _industry(text, *clause_span)
    )
    if dist is not None and dist.re is _DISTRACTOR_NEAR and _PER_SHARE.match(dist.group()):
        at = near_span[0] + dist.start()
        if at > m.end and _FIGURE.search(text, m.end, at):
            # "$1.3 billion in cash, or $25 per share": the price per share is the next figure
            dist = _first(
                _DISTRACTOR_NEAR.search(low, near_span[0], m.start),
                _DISTRACTOR_CLAUSE.search(clause),
            )
    if (
        dist is not None
        and dist.re is _DISTRACTOR_NEAR
        and _PER_SHARE.match(dist.group())
        and previous is not None
        and previous.kind == DISTRACTOR
        and _PER_SHARE_AFTER.match(low, previous.money.end)
        and (
            # "at a price of $132.00 per share, and a $25 million guaranteed payment"
            _AND_NEXT_FIGURE.fullmatch(low, near_span[0] + dist.end(), m.start) is not None
            # "a one-time charge of $0.06 per share tied to the X agreement, reflecting the
            # $200 million upfront payment we made": this figure names its own term
            or (
                near_span[0] + dist.start() >= previous.money.end
                and _OWN_CUE_AFTER.match(low, m.end) is not None
            )
        )
    ):
        # the price per share is the figure before's, not this one
        at = near_span[0] + dist.end()
        dist = _first(
            _DISTRACTOR_NEAR.search(low, at, near_span[1]), _DISTRACTOR_CLAUSE.search(clause)
        )
    if (
        _VALUE_BEFORE.search(before)
        and _PER_SHARE_PAID.search(low, sent_start, m.start)
        and _cvr_to_come(low, m.end, sent_end)
    ):
        # "for $15.00 per share in cash at closing, representing a transaction value of
        # approximately $800 million. Each stockholder will also receive a CVR": the value of
        # the cash paid at closing, the rights to come on top of it
        return Term(m, UPFRONT)
    if dist is not None and dist.re is _DISTRACTOR_NEAR and _PER_SHARE.match(dist.group()):
        at = near_span[0] + dist.start()
        if at < m.start and _VALUES_AT.search(low, at, m.start):
            if _PAID_BEFORE.search(low, sent_start, m.start) and _cvr_to_come(low, m.end, sent_end):
                # "will pay $97.00 per share in cash, a deal that values X at about $8.0 billion,
                # ... Holders will also receive a CVR": the value of the cash paid (the check
                # above reads the value said as "a transaction value of")
                return Term(m, UPFRONT)
            # "for $97.00 per share in cash, a deal that values Merus at about $8.0 billion":
            # the price per share came first; the figure after it is the deal's whole value
            dist = _first(
                _DISTRACTOR_NEAR.search(low, at + len(dist.group()), near_span[1]),
                _DISTRACTOR_CLAUSE.search(clause),
            )
    if dist is not None and dist.re is _DISTRACTOR_NEAR:
        at = near_span[0] + dist.start()
        if at > m.end and _SALES_BASIS.search(low, m.end, at):
            # "sales milestones of up to $1.025 billion based on the annual net sales of the
            # Product": the sales are what the payment depends on, not a figure of their own
            dist = _first(
                _DISTRACTOR_NEAR.search(low, near_span[0], m.start),
                _DISTRACTOR_CLAUSE.search(clause),
            )
    if dist and not _INVESTMENT_OK.search(clause):
        # "in cash, or about $9.1 billion in total" restates a per-share price, not a distractor
        cvr_next = _CVR_NEXT.match(low, m.end, sent_end)
        value_next = (
            _VALUE_NEXT.match(after) is not None
            or _VALUE_BEFORE.search(text, window_start, m.start) is not None
        )
        # "$54.00 per share in cash, about $4.7bn, plus a CVR": the cash, restated
        about = _ABOUT_BEFORE.search(text, window_start, m.start) is not None
        restated = (
            previous is not None
            and previous.kind == DISTRACTOR
            and (
                _RESTATED_BEFORE.search(text, window_start, m.start)
                or about
                # "$135.11 per share in cash for X, roughly $10.9 billion in equity value"
                or (value_next and _COMMA_ABOUT_BEFORE.search(text, window_start, m.start))
            )
        )
        premium = re.search(r"premium", dist.group(), re.I) is not None
        if not restated and (not premium or not _has_cue(before + after)):
            return Term(m, DISTRACTOR)
        if premium and (
            _OF_SHARES_AFTER.match(after)
            # "agreed to purchase shares of the Company's common stock for an aggregate
            # purchase price of $55.0 million, at a premium to the recent trading price"
            or any(_KIND_OF[c.lastgroup or ""] == EQUITY for c in _cues(before))
        ):
            # "purchase $90 million of X common stock at a premium": the shares' price
            return Term(m, EQUITY)
        if _CVR_BEFORE.search(low, max(sent_start, m.start - 100), m.start):
            # "a CVR worth up to $4.00 per share, or approximately $160 million": contingent
            return Term(m, MILESTONES)
        if restated and (value_next or about) and not _cvr_to_come(low, m.end, sent_end):
            # "..., roughly $10.9 billion in equity value", "$124 a share in cash, about $10.6
            # billion": the value of the company (with a CVR to come, "— about $2.4 billion in
            # equity value — plus a CVR", the cash paid)
            return Term(m, TOTAL)
        # ("$10.50 per share in cash, or approximately $1.0 billion upfront": said upfront; so
        # is the cash when a CVR follows: "..., or about $880 million, plus one CVR")
        paid = (
            # ("$2.00 per share in cash at closing — roughly $1.0 billion": paid at closing)
            _PAID_BEFORE.search(low, sent_start, m.start) or _UPFRONT_NEXT.match(after) or cvr_next
        )
        return Term(m, UPFRONT if paid else TOTAL)
    if (
        before.endswith(("another ", "further ", "additional ", "up to "))
        and (cond := _IF_MILESTONES_AFTER.match(after))
        and _ANOTHER_BEFORE.search(before)
    ):
        # "will pay another $1.85 billion if certain development and regulatory milestones are
        # hit": a sum more, due on milestones
        return Term(m, MILESTONES, frozenset(), m.end + cond.start(1), m.end + cond.end(1))
    if "together" in before and _UPFRONT_AND_EQUITY.search(before):
        # "The upfront payment and equity investment together represent $110.0 million in
        # near-term cash": two terms given apart, summed again
        return Term(m, UNKNOWN)
    if (
        m.qualifier == "up_to"
        and previous is not None
        and previous.kind == UPFRONT
        and _MORE_AFTER.match(after)
    ):
        # "Takeda pays $400M upfront, up to $730M more, for X": what may follow the upfront
        return Term(m, MILESTONES)
    # a cue right after the figure ("$18 million upfront", "... in milestone payments")
    if _DEAL_NOUN_AFTER.match(after):
        return Term(m, TOTAL)
    post = [c for c in _cues(after) if _KIND_OF[c.lastgroup or ""] != PAY]
    if len(post) > 1 and _KIND_OF[post[0].lastgroup or ""] == WEAK_TOTAL:
        post = post[1:]
    if post and _CUE_JUST_AFTER.match(after[: post[0].start()]):
        c = post[0]
        kind = _KIND_OF[c.lastgroup or ""]
        if kind == WEAK_TOTAL:
            strong = [p for p in _cues(before) if _KIND_OF[p.lastgroup or ""] == TOTAL]
            if strong:
                # "together with the down payment, RMB 4.3 billion in total": a summed total
                at = window_start + strong[-1].start()
                return Term(m, TOTAL, frozenset(), at, window_start + strong[-1].end())
        if (
            kind in (UPFRONT, NEAR_TERM)
            and len(post) > 1
            and _KIND_OF[post[1].lastgroup or ""] == MILESTONES
            and "milestone" in post[1].group()
            and _listed_together(after, c, post[1])
            # (not "a $31 million upfront fee and milestone payments of up to $270 million":
            # the milestones have a figure of their own)
            and not _OF_FIGURE_NEXT.match(after, post[1].end())
        ):
            # "up to US$517.5 million in upfront and milestone payments": the milestones are
            # in the figure, so it is the deal's whole value, as when the kinds come before it
            return Term(m, TOTAL, frozenset(), m.end + c.start(), m.end + post[1].end())
        listed = _AND_MILESTONES_LISTED.match(low, m.end + len(after), sent_end)
        if (
            kind in (UPFRONT, NEAR_TERM)
            and len(post) == 1
            and listed
            and not _FIGURE_IN_CLAUSE.match(low, listed.end(), sent_end)
        ):
            # "as much as $210 million across an upfront fee, research funding and development
            # and commercial milestones": the list runs past the comma, milestones included
            return Term(m, TOTAL, frozenset(), m.end + c.start(), listed.end())
        if kind not in (WEAK_TOTAL,) or not _has_specific(before):
            return Term(m, kind, _subkinds(c.group()), m.end + c.start(), m.end + c.end())
    pre = _cues(before)
    if pre and may_contain(before, _SET_ASIDE_WORDS):
        # (a cue set aside in a clause of its own: "in addition to an upfront payment of $8.5
        # million" is the figure's own cue)
        kept = [
            c
            for c in pre
            if "," not in before[c.end() :]
            or not _SET_ASIDE.search(before, max(0, c.start() - 30), c.start())
        ]
        if len(kept) < len(pre) and all(_KIND_OF[c.lastgroup or ""] == PAY for c in kept):
            # "Beyond the upfront, X could pocket ... up to $2.1 billion": a sum other than the
            # upfront named, so contingent money: milestones
            aside = next(c for c in pre if c not in kept)
            return Term(
                m, MILESTONES, frozenset(), window_start + aside.start(), window_start + aside.end()
            )
        pre = kept
    if len(pre) > 1 and "disclos" in before:
        # "will pay Y a upfront fee (amount not disclose), and the ... milestone payments
        # together at most 56 million": a sum the text keeps back is in no figure after it
        pre = [c for c in pre if _KEPT_BACK.match(before, c.end()) is None] or pre
    if (
        previous is not None
        and previous.kind == PART
        and not [c for c in pre if _KIND_OF[c.lastgroup or ""] not in (PAY,)]
    ):
        return Term(m, PART)
    if not pre:
        if post and _KIND_OF[post[0].lastgroup or ""] in (TOTAL,):
            c = post[0]
            return Term(m, TOTAL, frozenset(), m.end + c.start(), m.end + c.end())
        paid_for = _PAID_FOR_AFTER.match(after)
        if paid_for and _ACQUISITION_WORD.search(low, sent_start, sent_end):
            # "topping the $950 million it paid for Semma in 2019": a company's price
            at = m.end + paid_for.start("cue")
            return Term(m, TOTAL, frozenset(), at, m.end + paid_for.end("cue"))
        dashed = _DASHED_PRICE_BEFORE.search(before) if after.startswith(" for ") else None
        if dashed:
            # "the Sierra Oncology purchase last year — US$1.9bn for momelotinib": the price of
            # the purchase the dash explains
            at = window_start + dashed.start("cue")
            return Term(m, TOTAL, frozenset(), at, window_start + dashed.end("cue"))
        return Term(m, UNKNOWN)
    kinds = [_KIND_OF[c.lastgroup or ""] for c in pre]
    specific = [k for k in kinds if k in (UPFRONT, NEAR_TERM, MILESTONES)]
    last = pre[-1]
    last_kind = kinds[-1]
    if (
        last_kind == TOTAL
        and EQUITY in kinds
        and before.startswith(" purchase price", last.end())
        and last.group() == "aggregate"
    ):
        # "agreed to purchase shares of the Company's common stock for an aggregate purchase
        # price of $40.0 million": the price of the shares
        shares = next(c for c, k in zip(pre, kinds, strict=True) if k == EQUITY)
        return Term(
            m, EQUITY, frozenset(), window_start + shares.start(), window_start + shares.end()
        )
    if total := _total_including(before, pre, kinds):
        # "the total deal value, including the upfront payment and ... milestone payments, is
        # up to US$541 million": the parts named are inside the total the figure states
        return Term(m, TOTAL, frozenset(), window_start + total.start(), window_start + total.end())
    if (
        last_kind == TOTAL
        and len(pre) > 1
        and kinds[-2] in (UPFRONT, NEAR_TERM, MILESTONES)
        and (last.start() - pre[-2].end() <= 3)
        and not before[pre[-2].end() : last.start()].strip()
    ):
        # "sales milestones worth up to $16.5 billion": the worth of the milestones
        chosen = pre[-2]
        return Term(
            m,
            kinds[-2],
            _subkinds(chosen.group()),
            window_start + chosen.start(),
            window_start + chosen.end(),
        )
    # several kinds lumped into one figure → the first one (SCHEMA: recorded as upfront)
    # ("received upfront and near-term payments of up to $50 million": two kinds sharing one
    # noun, the figure right after it; other figures may follow, so it is no total)
    # ("Upfront plus milestones up to US$ 1.06 bn", a digest's shorthand, too)
    # (a verb of paying in a clause between them is no kind: "the contract fee and short-term
    # milestone that X receives ... is 34.8 billion won")
    named = [c for c, k in zip(pre, kinds, strict=True) if k != PAY]
    shared_noun = (
        len(named) >= 2
        and before[named[-2].end() : named[-1].start()].strip() in ("and", "plus", "+", "&")
        and _OF_FIGURE.fullmatch(before, named[-1].end()) is not None
    )
    # (read only when two kinds are named: nothing else asks whether the figure is summed)
    several = len(set(specific)) >= 2
    summed = _SUMMED.search(before[pre[-1].start() :] + after) if several else None
    if several and (shared_noun or summed):
        first = next(
            c for c in pre if _KIND_OF[c.lastgroup or ""] in (UPFRONT, NEAR_TERM, MILESTONES)
        )
        if (not shared_noun or summed or m.qualifier == "up_to") and any(
            _KIND_OF[c.lastgroup or ""] == MILESTONES
            and "milestone" in c.group()
            # ("an upfront payment and pre-option milestone payments totaling $30 million":
            # what is paid before an option is exercised is paid soon, with the upfront)
            and not before.endswith("pre-option ", 0, c.start())
            for c in pre
        ):
            # "an upfront payment as well as development, regulatory and commercial milestone
            # payments totaling up to EUR 1 billion": the milestones are in it, so it is the
            # deal's whole value, not an upfront (option exercise fees are not milestones)
            return Term(m, TOTAL, frozenset(), window_start + first.start(), m.start)
        return Term(
            m,
            _KIND_OF[first.lastgroup or ""],
            _subkinds(first.group()),
            window_start + first.start(),
            window_start + first.end(),
        )
    if last_kind in (WEAK_TOTAL, PAY) and specific:
        chosen = next(
            c
            for c in reversed(pre)
            if _KIND_OF[c.lastgroup or ""] in (UPFRONT, NEAR_TERM, MILESTONES)
        )
        kind = _KIND_OF[chosen.lastgroup or ""]
        if last_kind == WEAK_TOTAL or kind != UPFRONT or chosen.end() > len(before) - 40:
            return Term(
                m,
                kind,
                _subkinds(chosen.group()),
                window_start + chosen.start(),
                window_start + chosen.end(),
            )
    if last_kind == PAY:
        # "X will pay $Y" without a named kind: upfront; "pay up to $Y" is a ceiling: total
        if re.search(r"\bfor\b", last.group(), re.I):
            if re.search(
                # ("the acquisition of X for $4.3 billion": a price, as "acquired X for")
                r"\b(?:acqui[rs]\w*|buy\w*|bought|sell\w*|sold|purchas\w*|takeover|deal|pact)\b",
                text[max(sent_start, m.start - 120) : m.start],
                re.I,
            ):
                stake = next((c for c in pre if _KIND_OF[c.lastgroup or ""] == EQUITY), None)
                if stake is not None:
                    # "is buying an 8% equity stake in the biotech for EUR 28 million": the
                    # price of the shares, not of the deal
                    return Term(
                        m,
                        EQUITY,
                        frozenset(),
                        window_start + stake.start(),
                        window_start + stake.end(),
                    )
                return Term(
                    m, TOTAL, frozenset(), window_start + last.start(), window_start + last.end()
                )
            if _BOUGHT_FOR.search(low, sent_start, m.start):
                # "it will acquire X, a privately held developer of ..., for up to $300
                # million": the price of the company bought, its verb further back
                return Term(
                    m, TOTAL, frozenset(), window_start + last.start(), window_start + last.end()
                )
            if _RIGHTS_FOR.search(low, max(sent_start, m.start - 120), m.start):
                # "obtains exclusive rights to X for $25 million": the price paid for the
                # rights; "for up to $95 million" is a ceiling
                return Term(
                    m,
                    TOTAL if m.qualifier == "up_to" else UPFRONT,
                    frozenset(),
                    window_start + last.start(),
                    window_start + last.end(),
                )
            return Term(m, UNKNOWN)
        if m.qualifier == "up_to" and previous is not None and previous.kind == UPFRONT:
            return Term(
                m, MILESTONES, frozenset(), window_start + last.start(), window_start + last.end()
            )
        if m.qualifier == "up_to":
            return Term(
                m, TOTAL, frozenset(), window_start + last.start(), window_start + last.end()
            )
        return Term(
            m,
            UPFRONT if not re.search(r"receive|get", last.group(), re.I) else UNKNOWN,
            frozenset(),
            window_start + last.start(),
            window_start + last.end(),
        )
    return Term(
        m,
        last_kind,
        _subkinds(last.group()),
        window_start + last.start(),
        window_start + last.end(),
    )


def _industry(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_INDUSTRY` in `text[start:end]`; the substring test first spares the slice and the
    scan in the many stretches without the word (a match always contains it)."""
    if text.find("industry", start, end) < 0:
        return None
    return _INDUSTRY.search(text[start:end])


def _has_cue(text: str) -> bool:
    return any(_KIND_OF[c.lastgroup or ""] not in (PAY, PART) for c in _cues(text))


def _has_specific(text: str) -> bool:
    return any(_KIND_OF[c.lastgroup or ""] in (UPFRONT, NEAR_TERM, MILESTONES) for c in _cues(text))
