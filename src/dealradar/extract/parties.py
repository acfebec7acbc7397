"""Who grants rights to whom: role cues between company mentions within one sentence.

Each sentence is rewritten with its company mentions (and the pronouns and descriptions that
stand for them: "it", "the Shanghai biotech") replaced by `⟨E<n>⟩` markers; role patterns then
match on that masked text, so "X will pay Y", "Y granted X exclusive rights", "X in-licensed
... from Y", "acquisition of Y by X", "agreement with Y" and "Y's drug" each give a weighted
vote for who is the licensor (grants, sells, receives the money) and who the licensee.

The role patterns are written as if case-insensitive but compiled in lower case and matched
on the case-folded sentence (`text.fold_case`): the same matches, several times faster.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from dealradar.extract.dates import MONTH_NAMES, WEEKDAY_NAMES
from dealradar.extract.nationality import (
    DEMONYM_ALTERNATION,
    description_country,
    description_place,
)
from dealradar.extract.orgs import OrgMention
from dealradar.extract.text import (
    ChunkWords,
    Sentence,
    fold_case,
    lower_pattern,
    may_contain,
    word_pattern,
)

E = r"⟨E(?P<{}>\d+)⟩"
_GAP = r"[^⟨]{{0,{}}}?"

#: Whether a sentence is about money: a currency sign or one of `_MONEY_WORDS` (as one
#: pattern, `[$€£¥]|\b(?:USD|...)\b`, it is tried at every character; apart, the sign is a
#: class and the words open with their letters, which the regex engine can skip to).
_CURRENCY_SIGN = re.compile(r"[$€£¥]")
_MONEY_WORDS = word_pattern(
    r"USD|RMB|CNY|EUR|GBP|JPY|dollars?|yuan|euros?|pounds?|upfront|up-front|"
    r"milestones?|down payments?|initial payment|royalt\w+|consideration|near-term|"
    r"upfront fees?|license fees?|licence fees?|option fees?|exercise fees?|signing fees?|"
    r"biobucks|sales commissions?",
    r"\b",
)


#: Payments that buy no rights: a termination or break-up fee runs between the parties of a
#: deal in either direction ("the Company will be required to pay Parent a termination fee").
#: (Every match holds "fee": a sentence without it is not scanned.)
_NOT_FOR_RIGHTS = re.compile(r"\b(?:reverse\s+)?(?:termination|break-?up)\s+fees?\b")


def _first_group_and_space(m: re.Match[str]) -> str:
    return m.group(1) + " "


def _first_group(m: re.Match[str]) -> str:
    """`pattern.sub(_first_group, text)` is `pattern.sub(r"\\1", text)` for a pattern whose
    first group always takes part: a function replacement spares `re` from parsing the
    template on every call (most calls replace nothing)."""
    return m.group(1)


def _about_money(low: str) -> bool:
    """Whether the folded `low` names a sum or a payment term."""
    return _CURRENCY_SIGN.search(low) is not None or _MONEY_WORDS.search(low) is not None


Role = tuple[int, str, float]  # entity id, "licensor" | "licensee", weight

_MARKER = re.compile(r"⟨E(\d+)⟩")
_FOLDED_MARKER = re.compile(r"⟨e(\d+)⟩")
#: (option fees and payments are money, not rights)
_RIGHTS_WORD = lower_pattern(
    r"\b(?:rights?|licen[cs]e|option(?!\s+(?:fees?|payments?|exercise)\b))\b"
)
#: The words after a verb up to the first figure (or 80 characters).
_UP_TO_FIGURE = re.compile(r"[^$€£¥\d⟨]{0,80}")


def _up_to_figure(text: str, at: int) -> str:
    words = _UP_TO_FIGURE.match(text, at)
    return words.group() if words else ""


#: What a payment clause pays when it is only a royalty ("pay X a royalty on sales").
_ROYALTY_PAID = re.compile(r"\s+(?:an?\s+|tiered\s+|the\s+)?(?:[\w-]+\s+){0,2}?royalt")
#: A participle after a comma takes the sentence's subject, not the nearest company.
_PARTICIPLE_PAY = re.compile(r",\s*(?:paying|putting|handing over|committing)\b")
#: "⟨e1⟩ will from " right before the payer's marker: the receiver named first.
_FROM_THEN_RECEIVE = re.compile(r"⟨e(\d+)⟩\s+(?:will\s+|shall\s+|can\s+|may\s+)?from\s+$")
#: "⟨e1⟩ will to " right before a payer's marker: the payer named first ("X will to Y pay").
_WILL_TO_BEFORE = re.compile(
    r"⟨e(\d+)⟩\s+(?:will\s+|shall\s+|should\s+|would\s+|needs?\s+|is\s+)?to\s+$"
)
#: The payer of money received: "⟨e0⟩ receives $150M upfront, up to $2.3B in milestones from
#: ⟨e1⟩", the first company after the verb, with nothing but words and figures between.
_FROM_PAYER = re.compile(r"[^⟨;]{0,140}?\bfrom\s+⟨e(\d+)⟩")
_PARTICIPLE_RECEIVE = re.compile(r",\s*(?:receiving|collecting|earning|getting|picking up)\b")
_HANDED_BACK = lower_pattern(r"\bback\s+to\b|\breturn")
#: "an apposition between a subject and its verb is not the subject" (see `role_votes`)
#: ("X, the New York biotech led by Y, agreed to ...": the description is masked as X's own
#: marker, so an apposition may also open on the subject's marker again)
_APPOSITION = re.compile(
    # ("Y, another X vehicle, took rights ...": Y takes them)
    r"(⟨E(\d+)⟩)\s*,\s*(?:(?:a|an|another|the|both|its|(?:which|who)(?!\s+(?:has\s+|have\s+)?"
    # "J&J, which agreed to buy X for $132 per share,": a relative clause that is the news
    r"(?:agreed|agrees|will|would|plans|is|has agreed|signed|licensed|bought|acquired))|whose|"
    r"one of|(?:acting\s+)?(?:through|via)|"
    # ("X, together with its Swedish subsidiary Y, signed ... with Z": X signs, with its unit)
    r"(?:together|along)\s+with\s+its)\b|⟨E\2⟩\s)[^,;]{0,80}?"
    r"⟨E\d+⟩[^,;⟨]{0,30},"
)

#: "X, the developer of Y (...)," between a subject and its verb: what X is, naming no company.
_OWNER_ASIDE = re.compile(
    r"(⟨E\d+⟩)\s*,\s*the\s+(?:joint\s+|original\s+|sole\s+)?(?:owners?|developers?|makers?|"
    r"originators?|inventors?)\s+of\s+[^,;⟨]{1,80},(?=\s+[a-z])"
)
#: A relative clause between a company and its verb that names no company: "Novartis, which
#: walked away from its own amyloid work years ago, agreed last month to pay X ...", "Merck &
#: Co., Inc., known as MSD outside the United States and Canada, agreed in July 2025 to
#: acquire Y" (not the clause that is the news: see `_APPOSITION`).
_RELATIVE_ASIDE = re.compile(
    r"(⟨E\d+⟩)\s*,\s*(?:which|who|known as)\s"
    # (no word of a deal in it: "which took exclusive rights ..., paying $30 million" is news)
    r"(?![^,;⟨]*\b(?:agreed|agrees|signed|licen[cs]\w*|bought|acquired|took|rights?|pa(?:y|id)\w*|"
    r"deal|agreement|upfront)\b)[^,;⟨]{1,80},"
    # (between the company and its verb: "..., agreed last month to pay X")
    r"(?=\s+(?:[\w-]+\s+){0,2}?(?:agreed|agrees|said|says|will|has|had|signed|announced|struck|"
    r"paid|pays|is|was)\b)"
)
#: Who signed the agreement, said between the agreement and its verb: "The agreement, signed
#: by X unit Y, gives ...".
_SIGNED_BY_ASIDE = re.compile(
    r"^((?:The|This)\s+(?:agreement|deal|pact|transaction|license|licence))\s*,\s*"
    r"(?:signed|struck|inked|negotiated|entered\s+into)\s+by\s+[^,;]{0,80},"
)
#: An appositive or relative aside between two em dashes that names a company.
_DASH_ASIDE = re.compile(
    r"\s+—\s+(?:a|an|the|including|which|who|whose)\s[^—⟨]{0,120}⟨E\d+⟩[^—⟨]{0,80}\s+—\s+"
)

#: A release's long description of its announcer between the name and the verb, naming no
#: other company: "X (Nasdaq: PRME), a biotechnology company committed to delivering ...
#: therapies, today announced": read as "X today announced" (the deal rules' gaps are short).
_DESCRIBED_ANNOUNCER = re.compile(
    r"(⟨E\d+⟩(?:\s*\([^()⟨]{1,40}\))?)\s*,\s*(?:a|an)\s[^,;⟨]{60,240}?,\s*"
    r"(?=(?:today|recently|has|have|announced|announces)\b)"
)


@dataclass(slots=True)
class _Sentence:
    """A case-folded masked sentence, with what the rules' cheap pre-tests need to know."""

    text: str  # markers read ⟨e<n>⟩
    markers: int
    words: frozenset[str]  # the words of any rule's `needs` that occur in `text`
    #: the rules whose pre-test it passes (one of their words, one of their `also` words,
    #: enough markers), found once from the words present, so that each rule's test is one
    #: set lookup
    rules: frozenset[_Rule]

    @classmethod
    def of(cls, low: str) -> _Sentence:
        markers = low.count("⟨e")
        words = _NEEDS.present(low)
        rules: frozenset[_Rule] = frozenset().union(*map(_RULES_NEEDING.__getitem__, words))
        if markers < _MOST_MARKERS:
            rules = rules & _RULES_WITHIN[markers]
        lacking = [r for r in rules & _GATED if words.isdisjoint(_RULES_ALSO[r])]
        return cls(low, markers, words, rules.difference(lacking) if lacking else rules)


@dataclass(frozen=True, eq=False)  # (told apart by identity: a fast hash for `_Sentence.rules`)
class _Rule:
    """A role pattern, with a cheap test of whether it can match a sentence at all.

    Every match needs one of the words in `needs` (lower case), one of the words in `also`
    when it is given (a second part every match holds: a verb besides the noun of `needs`)
    and `markers` company markers, so a sentence without them is not scanned: most sentences
    lack the words of most rules, and the word tests (done once per sentence for all rules,
    in `_Sentence.of`) cost far less than the regex scans they spare.
    """

    pattern: re.Pattern[str]
    needs: tuple[str, ...]
    markers: int = 1
    also: tuple[str, ...] = ()

    def may_match(self, s: _Sentence) -> bool:
        """Whether `s` holds one of `needs` (and of `also`) and at least `markers` markers
        (every rule is in `_RULES`, from which `_Sentence.of` finds the rules it passes)."""
        return self in s.rules

    def finditer(self, s: _Sentence) -> Iterator[re.Match[str]]:
        """The rule's matches in `s`, none when it fails the pre-test (`role_votes`, which asks
        this of every rule for every sentence with a company, writes it out in place)."""
        return self.pattern.finditer(s.text) if self in s.rules else _NO_MATCHES


#: An exhausted iterator: what a rule that cannot match yields (iterating it again is free).
_NO_MATCHES: Iterator[re.Match[str]] = iter(())


def _p(pattern: str) -> re.Pattern[str]:
    """A case-insensitive role pattern, compiled to run on `fold_case` text."""
    return lower_pattern(pattern)


def _e(name: str) -> str:
    return E.format(name)


def _g(n: int) -> str:
    return _GAP.format(n)


#: A sum of money right after a company marker (folded text): "⟨e1⟩ $588 million".
_MONEY_NEXT = r"(?:an?\s+|another\s+)?(?:us\s?|rmb\s?|eur\s?|usd\s?|hk)?[$€£¥]"
_MONEY_AFTER = re.compile(r"\s+" + _MONEY_NEXT)
#: ", paying Y $7m": the payee of a participle whose payer is the sentence's subject.
#: (", agreeing to pay Y $600 million in cash to take over X": a participle's payment, too)
_PAYING_PAYEE = re.compile(
    r", (?:paying|agreeing to pay|agreeing to hand)\s+(?:[a-z]+['’]s\s+)?⟨e(\d+)⟩\s+" + _MONEY_NEXT
)
#: What every match of `_PAYING_PAYEE` holds.
_PAYING_WORDS = (", paying ", ", agreeing to ")
_PAY = _Rule(
    _p(
        # (`\b` before the lookbehinds, which it commutes with: most places in the gap are
        # inside a word, and fail at once)
        # ("X is paying Y $100 million", "X is handing Y $44 million": the progressive is
        # active, unlike "X is paid")
        # ("The French drugmaker is handing over $135 million in cash upfront")
        _e("e") + _g(70) + r"(?:\b(?:is|are|was)\s+(?:paying|handing\s+over|handing(?=\s+"
        r"(?:[a-z]+['’]s\s+)?⟨e\d+⟩\s+" + _MONEY_NEXT + r"))|"
        r"\b(?<!\bbe )(?<!\bis )(?<!\bwas )(?<!\bbeen )(?<!\bare )"
        # ("a market analysts put at $4.9 billion" is an estimate, not a payment)
        # ("to share consideration ..., paid partly in Y shares": how it is paid, no payer)
        # ("$70 million upfront, paid in a combination of cash and Y equity": how, too)
        r"(?:pay|pays|paying|paid(?!\s+(?:partly|partially|wholly|entirely|in\s+part|"
        r"in\s+(?:a\s+)?(?:combination|mix|mixture)\s+of|in\s+(?:cash|stock|shares|equity))\b)|"
        r"will make|make|makes|making|put up|puts "
        # ("put $75 million down": a sum right after "put", not "put two buyers on the same X")
        r"up|putting|put(?!\s+(?:it|at)\b)(?=\s+(?:[\w-]+\s+){0,2}?(?:[$€£¥\d]|us\$|usd|rmb|eur|"
        r"gbp))|hand over|handed over|"
        # ("launched with more than $1 billion in committed capital from Z": a fund's word)
        r"hands over|committ?(?:ed|s)?(?!\s+(?:capital|funding|financing|investments?)\b)|"
        r"owes?|will owe|"
        # "X handed Y $588 million", "handing China's Y $50 million": money handed or given
        # to a company is a payment
        r"(?:hands?|handed|handing|gives?|gave|giving)(?=\s+(?:[a-z]+['’]s\s+)?⟨e\d+⟩\s+"
        + _MONEY_NEXT
        + r")))\b"
        # "..., putting the deal at up to $1.71bn": a valuation, not a payment
        r"(?!\s+(?:the\s+)?(?:deal|total|value|transaction|agreement)\b)"
        # "X has committed more than $11 billion to new manufacturing sites": capital spent
        r"(?![^⟨;]{0,40}?\bto\s+(?:build\s+|expand\s+)?(?:new\s+|its\s+own\s+|its\s+)?"
        r"(?:manufacturing|plants?|sites?|facilities|factories|capacity)\b)"
        # "proceeds X will use to pay down debt": a debt repaid, not a payment to a party
        # ("will pay down payment ... to Y" is a machine translation's "pay the down payment")
        r"(?!\s+(?:down|off)\b(?!\s+payments?\b))"
        r"(?:(?:" + _g(90) + r"\bto\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:company|biotech|drugmaker|"
        # ("agreed to pay China's X $165 million": the payee's country before its name)
        r"firm|developer)\s+)?|\s+(?:[a-z]+['’]s\s+)?)" + _e("l") + r")?"
    ),
    needs=("pay", "paid", "mak", "put", "hand", "commi", "owe", "gave", "give"),
)
_RECEIVE = _Rule(
    _p(
        _e("l")
        + _g(60)
        # ("transferred to X in exchange for the right to receive US$18.50 in cash": a
        # shareholder's right to the price, not a payment to X)
        + r"\b(?<!right to )(?:receives?|received|receiving|get|gets|earn|earns|collect|collects|"
        r"collecting|"
        r"(?:is|are|will be|remains?) (?:also )?(?:eligible|entitled)|eligible|"
        r"to be paid|be paid|bank|banks|banked|pockets?|pocketed|in line for|"
        # a headline's verbs of money won: "X lands $150M upfront ... from Y" (rights won
        # are `_GRANTEE`'s: `what` then names them, and the payment rule steps aside)
        r"lands|landed|nets|netted|bags|bagged|snags|snagged|reaps|reaped|scores|scored|"
        # "X signed with Y, picking up $5 million upfront": money picked up (rights: _GRANTEE)
        r"picking up|"
        # ("X will from Y obtain one upfront payment": a machine translation's 一笔)
        # ("X will obtain the down payment and near-term payments totaling ...")
        r"obtain\w* (?:a |an |one |the )?(?:upfront|down|milestone|registration|"
        r"sales)|"
        # "Septerna will obtain more than 200 million US dollars of upfront payment"; a
        # note's "Keymed takes US$15m upfront" (what is taken is money, not rights)
        r"(?:obtain\w*|takes|took|taking) (?:(?:more than|over|up to|about|approximately|"
        r"nearly|around) )?"
        r"(?:(?:us\s?|rmb\s?|usd\s?)?[$€£¥]\s?)?\d[\d.,]* ?(?:million|billion|bn|m))\b(?P<what>"
        + _g(140)
        + r")(?:\bfrom\s+"
        + _e("e")
        + r")?"
    ),
    needs=(
        "receiv",
        "get",
        "earn",
        "collect",
        "eligible",
        "entitled",
        "paid",
        "obtain",
        "bank",
        "pocket",
        "in line for",
        "picking up",
        "land",
        "net",
        "bag",
        "snag",
        "reap",
        "scor",
        "tak",
        "took",
    ),
)
_GRANTEE = _Rule(
    _p(
        _e("e") + _g(50) + r"\b(?:obtains?|obtained|gains?|gained|takes?|took|taken|secured?|"
        r"secures|receives?|received|acquires?|acquired|(?:has|have|was|were|is) been "
        r"granted|is granted|was granted|in-licens\w*|bought|buys|gets|got|wins?|won|"
        # "Y would get exclusive rights to sell it in India"
        r"(?:(?<=will |ould |hall )|(?<=\bto ))get|"
        r"snap(?:s|ped)? up|nabs|nabbed|bags|bagged|lands|landed|picks up|picked up|"
        # "The Swiss pharma said Monday it has locked up global rights to LB2102"
        r"locks up|locked up|locking up|"
        # "AstraZeneca agreed to an exclusive global license for CMG901 ... from Y": the
        # licence as a noun (not "agreed to license X to Y")
        r"agreed to(?= (?:an?|the) (?:[\w-]+ ){0,3}licen[cs]e\b)|"
        # "Under the new agreement, Y will hold exclusive rights to ...": rights it gains
        r"will hold|would hold|"
        # "Y will have exclusive rights to commercialize them in ...": rights it is given
        r"(?:will|would|shall) have(?= (?:the )?(?:sole and )?exclusive (?:rights?|licen[cs]e))|"
        # "Merck holds an option to license selected antibodies": the option's holder
        r"holds(?= (?:an |the )?(?:exclusive )?options? to (?:licen[cs]e|acquire|in-license)))\b"
        # "X holds an option to take back rights": rights taken back return to their owner
        r"(?!\s+back\b)"
        r"(?P<what>" + _g(70) + r")\b(?:rights?|licen[cs]es?|options?|access)\b"
        # ("does not receive any separate upfront license fee": a payment, not a licence)
        # ("keeps an option to take the rights back": rights returning to their owner)
        # ("received an option-exercise payment": a payment for an option exercised)
        r"(?!\s+(?:fees?|payments?|income|revenues?|back)\b|-exercise\b)"
        r"(?:" + _g(90) + r"\bfrom\s+" + _e("l") + r"|\s+(?:on|to)\s+" + _e("l2") + r"['’]s?\s)?"
    ),
    needs=("right", "licen", "option", "access"),
    also=(
        *("obtain", "gain", "take", "took", "secure", "receive", "acquire", "granted"),
        *("in-licens", "bought", "buys", "get", "got", "win", "won", "snap", "nabs"),
        *("nabbed", "bags", "bagged", "lands", "landed", "pick", "hold", "have", "locked up"),
        "locks up",
        "locking up",
        "agreed to",
    ),
)
#: A headline's "Y takes OncoACP3 from X", "Y snags a bispecific from X": a drug taken from
#: its owner (a figure taken is money, not a drug: "takes $50M from").
_TAKES_FROM = _Rule(
    _p(
        _e("e") + _g(30) + r"\b(?:takes|took|snags|snagged|nabs|nabbed|grabs|grabbed|bags|"
        r"bagged|lands|landed|picks up|picked up)\s+(?![^⟨;]{0,50}?[$€£¥\d][\d.,]*\s*"
        r"(?:m\b|bn\b|b\b|million|billion))[^⟨;]{1,50}?\s+from\s+" + _e("l")
    ),
    needs=("from",),
    markers=2,
    also=("take", "took", "snag", "nab", "grab", "bag", "land", "pick"),
)
#: "Then, mid-week, Y signed up X, the Cambridge company that mines its platform", "Y taps
#: Korean biotech X for ...": a partner enlisted, whose work or drugs the subject pays for
#: (not "taps X's CEO": a person of the company).
_SIGNS_UP = _Rule(
    _p(
        _e("e") + r"\s+(?:has\s+|have\s+)?(?:signed\s+up|signs\s+up|tapped|taps|enlisted|"
        r"enlists)\s+(?:[\w-]+\s+){0,3}?" + _e("l") + r"(?!\s*['’])"
    ),
    needs=("signed up", "signs up", "tapped", "taps", "enlist"),
    markers=2,
)
#: "Y has lined up another China-sourced asset, this time an approved drug from X": a drug
#: added to the subject's pipeline from its owner.
_LINED_UP_FROM = _Rule(
    _p(
        _e("e") + r"\s+(?:has\s+|have\s+|had\s+)?(?:lined|lines|scooped|scoops|added|adds|"
        r"brought|brings|sourced|sources)\s+(?:up\s+|in\s+)?(?:[^⟨;]{1,90}?\s)?"
        r"(?:drugs?|assets?|candidates?|molecules?|antibod(?:y|ies)|adcs?|bispecifics?|"
        r"inhibitors?|compounds?|therap(?:y|ies))\s+from\s+" + _e("l") + r"(?!['’])"
    ),
    needs=("from",),
    markers=2,
    also=("lined", "lines", "scoop", "add", "brought", "brings", "sourc"),
)
_GRANTEE_POSS = _Rule(
    _p(
        _e("e")
        + _g(30)
        + r"\b(?:obtains?|gains?|secures?|acquires?|takes?|gets|in-licens\w*|licensed|bags|"
        r"bagged|nabs|"
        r"nabbed|snags|snagged|grabs|grabbed|lands|landed|snaps up|snapped up)\s+"
        # "X in-licensed HLX13, Y's biosimilar": the drug's owner named in an apposition
        r"(?:[^⟨;]{1,60}?,\s+)?" + _e("l") + r"['’]s?\s"
    ),
    needs=("'", "’"),
    markers=2,
    also=(
        *("obtain", "gain", "secure", "acquire", "take", "gets", "licens", "bag", "nab"),
        *("snag", "grab", "land", "snap"),
    ),
)
_FROM = _Rule(
    word_pattern(
        # ("standing up Y, a subsidiary, to hold LNK-01006 from X": a NewCo made to hold it)
        r"rights?|licen[cs]es?|licensed|in-licens\w*|introduc\w*|to hold",
        # ("rights to ocedurenone (KBP-5074), a Phase 3 antagonist for ..., from X", "rights,
        # excluding Greater China, to HIL-216, a hexavalent candidate from X": the drug
        # described in an apposition between the rights and their owner)
        r"\b(?:" + _g(60) + r"|[^⟨;]{0,60}?,[^⟨;]{1,170}?\s)\bfrom\s+(?:" + _g(40) + ")" + _e("l"),
    ),
    needs=("from",),
)
#: "A disclosed that B had licensed X" with no "to"/"from" after the bare verb: B took the
#: licence and the company reporting it is the licensor.
_REPORTED_LICENSE = _Rule(
    _p(
        _e("l") + r"\s+(?:disclosed|said|announced|reported|revealed|confirmed)\s+"
        r"(?:on\s+[^⟨,]{0,20}?\s+)?that\s+"
        + _e("e")
        + r"\s+(?:had\s+|has\s+|have\s+)?licensed\b(?![^⟨;]{0,170}\b(?:to|from)\s+⟨E)"
    ),
    needs=("licensed",),
    markers=2,
)
_GRANTOR = _Rule(
    _p(
        _e("l") + _g(70) + r"\b(?P<verb>grants?|granted|gives?|gave|giving|(?<!in-)licen[cs]e[sd]?|"
        r"licensing|out-licens\w*|authori[sz]e[sd]?|authori[sz]ing|transfer(?:s|red|ring)?|"
        r"sells?|sold|selling|hands?|handed|provides?|assigns?|assigned)\b(?:"
        + _g(200)
        # ("to a newly formed company called X": the receiver described, then named)
        + r"\bto\s+(?:(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:(?:called|named)\s+)?|"
        # "to Osaka-based dermatology specialist X", "to Denmark's X", "to Roche's Genentech"
        # ("to San Diego's Avenzo": a place of two words)
        + r"[\w.-]+-based\s+(?:[\w-]+\s+){0,2}?|(?:[a-z]+\s+)?[a-z]+['’]s\s+|⟨e\d+⟩['’]s\s+|"
        # "to Chinese conglomerate X", "to US drugmaker X": a described company, no article
        # ("to Osaka dermatology specialist X": two words of what it is)
        + r"(?:[\w-]+\s+){0,2}?(?:conglomerate|company|group|biotech|drugmaker|pharma\w*|firm|"
        + r"investor|buyer|specialist|developer|maker)\s+)?|\s+|"
        # "has granted Indian drugmaker X exclusive rights": the receiver described, no "to"
        # ("granted US start-up X rights")
        + r"\s+(?:[\w-]+\s+)?(?:conglomerate|company|group|biotech|drugmaker|pharma\w*|firm|"
        + r"developer|start-?up|newco)\s+|"
        # "has granted a newly formed US company, Kalexo Bio, exclusive rights"
        + r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:company|biotech|firm|start-?up|newco),\s+)"
        + _e("e")
        # ("Ipsen licenses Simcere ADC": a headline's object owns the drug named after it)
        + r"(?!\s+(?:adcs?|drugs?|antibod\w+|assets?|candidates?|molecules?|bispecifics?)\b)"
    ),
    needs=(
        "grant",
        "giv",
        "gave",
        "licen",
        "authori",
        "transfer",
        "sell",
        "sold",
        "hand",
        "provide",
        "assign",
    ),
    markers=2,
)
#: What a translation's "X grant to Y" hands over right after the receiver: "the exclusive
#: license of Z", "the global rights".
_GRANTED_THING = re.compile(r"\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:licen[cs]e|rights?)\b")
_GIVING = _Rule(
    word_pattern(
        # ("a research collaboration that hands the Swiss group exclusive worldwide rights")
        # ("the two companies will ... hand MSD exclusive worldwide rights")
        r"giving|gives?|gave|granting|grants?|granted|offering|hands?|handed|handing",
        # ("granted a newly formed affiliate of U.S. company X exclusive rights": X's unit, for
        # the deal X itself)
        r"\s+(?:an?\s+(?:newly[- ]formed\s+|new\s+)?(?:affiliate|subsidiary|unit)\s+of\s+"
        r"(?:[\w.-]+\s+){0,3}?)?"
        + _e("e")
        + r"\s+(?:\w+\s+){0,3}?(?:access|rights?|licen[cs]es?|options?)\b",
    ),
    needs=("giv", "gave", "grant", "offering", "hand"),
)
_ACQUIRE = _Rule(
    _p(
        # (`\b` first, as in `_PAY`)
        _e("e") + _g(70) + r"(?:\b(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bbe )"
        r"(?<!\blater )(?<!\bitself )(?:acquire[sd]?|acquiring|buy|buys|bought|buying|"
        # ("entered into a Stock Purchase Agreement with Y": the agreement's name, no verb)
        # ("The Arena purchase is Pfizer's largest": a noun, naming what was bought)
        r"purchase[sd]?(?!\s+(?:agreements?|is|was)\b)|take over|takes over|took over|"
        r"merge with|deal for|"
        # "X on Friday signed an amended merger agreement for Y at up to $86.25 per share"
        r"(?:merger|acquisition|takeover)\s+(?:agreement|deal|pact)\s+for|"
        r"bid for|"
        r"(?:took|takes?|taking)\s+(?:full\s+|complete\s+|sole\s+)?(?:ownership|control)\s+of|"
        r"snap(?:s|ped)? up|snapping up|scoop(?:s|ed)? up|pick(?:s|ed)? up)|"
        # "GSK, meanwhile, is buying IDRx", "Lilly is picking up X's lead program": a present
        # participle after "is" is active, unlike "is acquired by"
        r"\b(?:is|are|was|were)\s+(?:buying|acquiring|purchasing|picking up|snapping up))"
        # "X had bought back HK$520 million of its shares": a buyback, no company bought
        r"(?!\s+back\b)"
        # ("will acquire ocedurenone (KBP-5074), a Phase 3 antagonist for ..., from X": the
        # drug described in an apposition before its seller)
        # ("buying X, a once-monthly analogue for ..., from privately held Y": Y described)
        r"\s+(?P<what>"
        + _g(50)
        + r"|[^⟨;]{0,60}?,[^⟨;]{1,170}?,\s+from\s+(?:[\w-]+\s+){0,2}?)"
        + _e("l")
    ),
    needs=(
        "acquir",
        "buy",
        "bought",
        "purchas",  # "purchased", and "is purchasing"
        "over",
        "merge",
        "deal for",
        "agreement for",
        "bid for",
        "snap",
        "scoop",
        "pick",
        "ownership of",
        "control of",
    ),
    markers=2,
)
_ACQUISITION_OF = _Rule(
    _p(
        _e("e") + r"['’]s?\s+(?:[\w$€£¥.-]+\s+){0,3}?(?:acquisition|takeover|buyout|"
        r"purchase)\s+of\s+(?:" + _g(40) + r")" + _e("l")
    ),
    needs=("acquisition", "takeover", "buyout", "purchase"),
    markers=2,
)
#: "Amgen said Thursday it will pay $52 a share in cash for ChemoCentryx": a price per share
#: paid for a company buys the company.
_PAY_PER_SHARE_FOR = _Rule(
    _p(
        _e("e") + _g(90) + r"\b(?:pay|pays|paid|paying|offer(?:s|ed|ing)?)\s+(?:about\s+|"
        r"roughly\s+)?" + _MONEY_NEXT + r"\s?\d[\d.,]*\s+(?:a|per)\s+share\b[^⟨;.]{0,30}?"
        r"\bfor\s+" + _e("l")
    ),
    needs=("share",),
    markers=2,
)
#: "Pfizer just completed the acquisition of the obesity company Metsera": the subject of a
#: verb whose object is an acquisition is the buyer.
_MADE_ACQUISITION_OF = _Rule(
    _p(
        _e("e") + _g(40) + r"\b(?:completed|completes|closed|closes|announced|announces|"
        r"agreed(?:\s+to)?|finali[sz]ed|sealed|made|makes)\s+(?:(?:the|its|a|an)\s+"
        r"(?:[\w$€£¥.-]+\s+){0,2}?|"
        # (a sheet's "Completed 28 June 2023: acquisition of X": its date and a colon)
        r"[^:⟨\n]{0,30}:\s*)"
        r"(?:acquisition|takeover|buyout|purchase)\s+of\s+(?:" + _g(40) + r")" + _e("l")
    ),
    needs=("acquisition", "takeover", "buyout", "purchase"),
    markers=2,
)
#: "Intas Pharmaceuticals' acquisition of the European rights to X": the buyer of rights.
_RIGHTS_ACQUISITION = _Rule(
    _p(
        _e("e") + r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:acquisition|purchase|in-licensing)\s+of\s+"
        r"(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:rights?|licen[cs]es?)\b"
    ),
    needs=("acquisition", "purchase", "in-licensing"),
)
#: The first of two subjects joined by "and" right before a grant's subject.
_JOINT_SUBJECT = re.compile(r"⟨e(\d+)⟩\s*(?:,\s*)?and\s+$")
#: After a company's marker: a unit of it that the sentence does not name ("⟨X⟩'s Chongqing
#: subsidiary"; not "⟨X⟩'s Korean affiliate ⟨Y⟩", named).
_UNIT_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|arm|affiliate)\b(?!,?\s*⟨e)", re.I
)
#: A joint venture named before its other owner, right before a grant's subject: "its KYM
#: joint venture with Lepu licensed X to C" (the venture grants, not its co-owner).
_VENTURE_OF = re.compile(r"⟨e(\d+)⟩\s+(?:joint\s+venture|jv)\s+with\s+$")
#: A sentence opening on one company and ending, before a second, on "and" and a few words
#: describing it (folded text, perhaps with the first one's apposition cut): two subjects, the
#: first named first.
_LEADING_CO_SUBJECT = re.compile(r"\s*⟨e(\d+)⟩[^;]*?,?\s+and\s+(?:[\w-]+\s+){0,4}")
#: "they" or "jointly" between a subject and its verb: the verb has two subjects.
_THEY = re.compile(r"\b(?:they|jointly)\b")
#: What follows "A and B said" when the two grant together: "they had granted C ...".
_THEY_GRANTED_AFTER = re.compile(
    r"\s*(?:that\s+)?they\s+(?:have\s+|had\s+|will\s+|would\s+)?(?:jointly\s+)?(?:granted|"
    r"licensed|out-licensed|sold|transferred)\b"
)
#: After "A and B signed" ("A and B license X"): the agreement signed with (or the licence
#: given to) a third company, A and B one side.
_WITH_THIRD = re.compile(r"[^⟨;.]{0,60}?\b(?:with|to)\s+⟨[Ee]\d+⟩")
#: The first of two subjects joined by "and" just before a `_WITH` match's subject.
_CO_SUBJECT = re.compile(
    r"⟨e(\d+)⟩(?:[^⟨]|⟨e\1⟩){0,60}?\s+(?:and|together\s+with|along\s+with)\s+"
    # ("X and its wholly-owned subsidiary Y have entered into ... with Z": X and its unit)
    r"(?:its\s+(?:(?:wholly[- ]owned|holding|indirect)\s+)?(?:subsidiary|unit|affiliate)\s+"
    # (its short name in brackets: 'Y ("Y") have entered into')
    r"(?:⟨e\d+⟩\s*\([\"“]?)?)?$"
)
_ACQUIRED_BY = _Rule(
    word_pattern(
        r"acquisition|purchase|takeover|buyout",
        r"\s+of\s+" + _e("l") + _g(40) + r"\bby\s+" + _e("e"),
    ),
    needs=("acquisition", "purchase", "takeover", "buyout"),
    markers=2,
)
#: "X, which itself was snapped up weeks later by Y": a company bought, named before its buyer.
_WAS_ACQUIRED_BY = _Rule(
    _p(
        _e("l") + r"(?:\s*\([^()⟨]{1,40}\))?,?\s+(?:which\s+|that\s+)?(?:itself\s+)?"
        # ("X said Thursday it will be taken private by Y")
        r"(?:was|were|is|has been|had been|got|will be|would be|is to be|is set to be)\s+"
        r"(?:later\s+|then\s+|also\s+|itself\s+)?"
        r"(?:acquired|bought|purchased|snapped up|taken over|scooped up|taken private)\b"
        r"[^⟨;]{0,30}?\bby\s+" + _e("e")
    ),
    needs=(
        *("acquired", "bought", "purchased", "snapped up", "taken over", "scooped up"),
        "taken private",
    ),
    markers=2,
)
#: "X agrees to $161M sale to Y": a company sold, its buyer named (not "to Y's London arm":
#: a unit of Y, not named, buys).
_SALE_TO = _Rule(
    _p(
        _e("l") + r"\s+(?:agrees|agreed|has\s+agreed|will\s+agree|to\s+agree)\s+to\s+"
        r"(?:an?\s+|its\s+)?(?:[$€£¥][\d.,]+\s?(?:[mb]n?|million|billion)?\s+)?sale\s+to\s+"
        + _e("e")
        + r"(?!['’])"
    ),
    needs=("sale",),
    markers=2,
)
#: "Y will launch a tender offer for all outstanding X shares": X is bought by Y.
_TENDER_OFFER_FOR = _Rule(
    _p(
        _e("e") + _g(40) + r"\b(?:launch|commence|make|begin|start)s?\s+(?:an?\s+|its\s+)?"
        r"(?:cash\s+)?tender\s+offer\s+(?:to\s+acquire\s+|for\s+)(?:all\s+)?(?:of\s+)?"
        r"(?:the\s+)?(?:outstanding\s+|issued\s+)*(?:shares\s+of\s+"
        + _e("l")
        + r"|"
        + _e("l2")
        + r"(?:['’]s)?\s+(?:common\s+|ordinary\s+)?(?:shares|stock))"
    ),
    needs=("tender offer",),
    markers=2,
)
#: "with Acceleron Pharma, which Merck bought for $11.5 billion in 2021": the company bought,
#: named before the buyer of an object relative clause.
_WHICH_X_BOUGHT = _Rule(
    _p(
        # ("RayzeBio, the radiopharma shop BMS bought in 2024": the relative pronoun left out)
        _e("l")
        + r"(?:\s*\([^()⟨]{1,40}\))?,\s+(?:which|that|the\s+[^⟨,;]{1,40}?)\s+"
        + _e("e")
        + r"\s+(?:later\s+|then\s+|had\s+|has\s+|also\s+)?"
        r"(?:bought|acquired|purchased|took over|snapped up|agreed to (?:buy|acquire|purchase))\b"
    ),
    needs=("bought", "acquired", "purchased", "took over", "snapped up", "agreed to"),
    markers=2,
)
#: "X is pushing the B7-H3 ADC it in-licensed from Y at the end of 2023": "it" is X, the
#: company named last before it, which took the drug from Y.
_IT_TOOK_FROM = _Rule(
    _p(
        _e("e")
        + r"[^⟨;]{0,80}?\bit\s+(?:had\s+|has\s+|later\s+)?(?:in-licensed|licensed|acquired|bought|"
        r"obtained)\s+(?:[^⟨;]{1,40}?\s+)?from\s+" + _e("l")
    ),
    needs=("from",),
    markers=2,
    also=("licensed", "acquired", "bought", "obtained"),
)
#: A headline's "Gilead bets up to $5B on Tubulis", "Roche drops $1.65B in cash on Zealand's
#: amylin shot": the money staked on a company (or its drug) buys from it.
_BETS_ON = _Rule(
    _p(
        _e("e") + r"\s+(?:bets|bet|wagers|stakes|spends|drops|plunks down|lays out|puts)\s+"
        r"(?:up to\s+|as much as\s+|about\s+|nearly\s+|over\s+|more than\s+)?"
        + _MONEY_NEXT
        + r"\s?[\d.,]+\s*(?:[mb]n?|billion|million)?\b[^⟨;]{0,25}?\bon\s+"
        # ("bets up to $1.3B on Korean RNA editor Y": up to three words of what Y is)
        + r"(?:(?!(?:with|for|from|to|and|by|of|in|the)\s)[\w-]+\s+){0,3}?"
        + _e("l")
    ),
    needs=(" on ",),
    markers=2,
    also=("bet", "wager", "stake", "spend", "drop", "plunk", "lay", "put"),
)
#: "On Wednesday it put a number on that ambition: $3.15 billion in cash, up front, for
#: Tubulis": cash paid for a company, whatever the verb before it.
_CASH_FOR = _Rule(
    _p(
        _e("e")
        + r"[^⟨;]{0,60}?"
        + _MONEY_NEXT
        + r"\s?[\d.,]+\s*(?:[mb]n?|billion|million)?\b[^⟨;$€£¥]{0,25}?"
        r"\b(?:in\s+cash|up[- ]?front)\b"
        r"[^⟨;$€£¥]{0,15}?\bfor\s+" + _e("l")
    ),
    needs=(" for ",),
    markers=2,
    also=("cash", "front"),
)
#: "Merck put $4 billion upfront into a three-drug Daiichi Sankyo collaboration": the company
#: whose collaboration is paid into grants it.
_PUT_INTO = _Rule(
    _p(
        _e("e") + r"[^⟨;]{0,30}?\b(?:put|puts|putting|paid|pays|committed|commits|poured|pours)\s+"
        r"[^⟨;]{0,40}?\binto\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?" + _e("l") + r"\s+"
        r"(?:collaboration|deal|pact|partnership|alliance|licen[cs]e|agreement|tie-up)\b"
    ),
    needs=("into",),
    markers=2,
)
#: "That is what Servier is paying Black Diamond for exclusive worldwide rights to ...": rights
#: paid for, with or without a figure in the sentence.
_PAYS_FOR_RIGHTS = _Rule(
    _p(
        _e("e")
        + r"\s+(?:is\s+paying|are\s+paying|pays|paid|will\s+pay)\s+"
        + _e("l")
        + r"\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:rights?|licen[cs]e)\b"
    ),
    needs=("paying", "pays", "paid", "pay"),
    markers=2,
    also=("right", "licen"),
)
#: "X has gone back to Y, the antibody designer, for a second pact", "X returned to Y for
#: another licence": a company going back to a deal's other party is the one taking rights.
_WENT_BACK_TO = _Rule(
    _p(
        _e("e") + r"\s+(?:has\s+|have\s+|had\s+)?(?:gone|went|goes|come|came|comes|returned|"
        r"returns|turned)\s+(?:back\s+|again\s+)?to\s+" + _e("l") + r"[^;.]{0,100}?\bfor\s+"
        r"(?:an?|another|its|the|a\s+second|a\s+third|a\s+new|more)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:pact|deal|agreement|licen[cs]e|collaboration|partnership|alliance|tie-up)\b"
    ),
    needs=("gone", "went", "goes", "come", "came", "returned", "returns", "turned"),
    markers=2,
    also=("pact", "deal", "agreement", "licen", "collaboration", "partnership", "alliance"),
)
#: "who ran X until Y bought it for $1 billion upfront": X bought, "it" standing for it.
_UNTIL_BOUGHT_IT = _Rule(
    _p(
        _e("l") + r"\s+(?:until|before|after|when)\s+" + _e("e") + r"\s+(?:bought|acquired|"
        r"purchased|snapped up|took over)\s+it\b"
    ),
    needs=("bought", "acquired", "purchased", "snapped up", "took over"),
    markers=2,
)
#: A note's "CM336 went to Y", "Rights to the antibody go to Y": a drug or its rights handed
#: to the company that takes them (not money: "$15m went to Y" is Y paid).
_WENT_TO = _Rule(
    _p(
        r"(?:\brights?|\blicen[cs]es?|\b[a-z]{1,6}-?\d{2,}[a-z\d]*|\b(?:drug|asset|candidate|"
        r"molecule|antibody|engager|bispecific|adc|inhibitor|program|programme)s?)\)?\s+"
        r"(?:have\s+|has\s+|will\s+)?(?:went|gone|goes|go|passed|passes|pass)\s+to\s+"
        r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?)?" + _e("e") + r"(?!['’])"
    ),
    needs=("went", "gone", "goes", "go ", "pass"),
)
#: A machine translation's word order (X从Y引进): "Before, X from Y introduced B7-H3 ADC
#: HS-20093": X took the drug from Y.
_FROM_THEN_INTRODUCED = _Rule(
    _p(
        _e("e") + r"\s+(?:[\w-]+\s+){0,2}?from\s+(?:[\w-]+\s+){0,2}?" + _e("l") + r"\s+"
        r"(?:has\s+|had\s+)?(?:introduced|introduce|in-licensed|licensed|obtained|acquired|bought)\b"
    ),
    needs=("from",),
    markers=2,
    also=("introduc", "licensed", "obtained", "acquired", "bought"),
)
#: "X, the Boston company that became part of Y after a $39 billion takeover": Y bought X.
_BECAME_PART_OF = _Rule(
    _p(
        _e("l") + r"[^⟨;]{0,60}?\b(?:became|becomes|become|has become)\s+(?:part|a unit|a "
        r"subsidiary|a division)\s+of\s+" + _e("e") + r"(?=[^⟨;]{0,40}?\b(?:takeover|acquisition|"
        r"merger|buyout|deal)\b)"
    ),
    needs=("part of", "unit of", "subsidiary of", "division of"),
    markers=2,
    also=("became", "become"),
)
#: "X is known for Z, the antibody it discovered and licensed to Y": the subject licensed Z.
_IT_LICENSED_TO = _Rule(
    word_pattern(
        "it",
        r"\s+(?:had\s+|has\s+)?(?:discovered|developed|invented|created|originated)\s+"
        r"and\s+(?:later\s+|then\s+)?(?:licensed|out-licensed|sold)\s+to\s+" + _e("e"),
    ),
    needs=("licensed", "sold"),
)
#: "The second deal, with X, covers Y": in a roundup, X is the other side of one more deal of
#: the company the article is about.
_ORDINAL_DEAL_WITH = _Rule(
    word_pattern(
        r"first|second|third|fourth|other|latter",
        r"\s+(?:deal|agreement|pact|licen[cs]e|"
        r"transaction)\s*,?\s+(?:is\s+|was\s+)?with\s+(?:[\w-]+\s+){0,2}?" + _e("l"),
    ),
    needs=("deal", "agreement", "pact", "licen", "transaction"),
    also=("first", "second", "third", "fourth", "other", "latter"),
)
#: "For X, ... after its $14 billion takeover of Y", "For X, ... following last year's $2.9
#: billion purchase of Y", "X's largest since its August agreement to buy Y": "its" (or an
#: unnamed past buyer) is the company named before it.
_ITS_ACQUISITION_OF = _Rule(
    _p(
        # ("For X, it is the largest acquisition since the $4.3 billion buyout of Y in 2024")
        _e("e")
        + r"[^⟨;]{0,80}?\b(?:its|since\s+the|(?:last|this|previous)\s+(?:year|month|week)['’]s?)\s+"
        r"(?:[\w$€£¥.-]+\s+){0,3}?(?:(?:acquisition|takeover|buyout|purchase)\s+of|"
        # "... since its August agreement to buy Canadian cancer drug developer Y"
        r"(?:agreement|deal|offer|bid)\s+to\s+(?:buy|acquire))\s+(?:[\w-]+\s+){0,4}?" + _e("l")
    ),
    needs=("acquisition", "takeover", "buyout", "purchase", "to buy", "to acquire"),
    markers=2,
)
#: "It follows the same template as the Sierra Oncology purchase last year": the company
#: bought named before the noun, by the company the sentence is about (not "the X acquisition
#: by Y": bought by another).
_THE_NAMED_PURCHASE = _Rule(
    _p(
        _e("e") + r"[^⟨;]{0,80}?\b(?:its|the)\s+(?:[\w$€£¥.-]+\s+){0,2}?" + _e("l") + r"\s+"
        r"(?:acquisition|takeover|buyout|purchase)\b(?!\s+by\b)"
    ),
    needs=("acquisition", "takeover", "buyout", "purchase"),
    markers=2,
)
#: How a `_THE_NAMED_PURCHASE` match ends when "its" names the purchase ("its Z acquisition").
_ITS_NAMED = re.compile(r"\bits\s+(?:[\w$€£¥.-]+\s+){0,2}?⟨e\d+⟩\s+\w+$")
#: "Gilead's latest push into oncology after the $4.9bn takeover of Forty Seven", "X's
#: recent moves, including the acquisition of Y": a company's moves that name a takeover are
#: its own.
_MOVES_AFTER_ACQUISITION = _Rule(
    _p(
        _e("e") + r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:push|pushes|move|moves|bets?|expansion|"
        r"entry|foray|steps?|deals?|efforts?|strategy)\b[^⟨;]{0,60}?\b(?:after|following|"
        r"including|since|with)\s+(?:the|its)\s+(?:[\w$€£¥.-]+\s+){0,3}?(?:acquisition|takeover|"
        r"buyout)\s+of\s+" + _e("l")
    ),
    needs=("acquisition", "takeover", "buyout"),
    markers=2,
)
#: Words one of which every deal noun of `_WITH_OBJECT` holds (and, with some more, of `_WITH`).
_DEAL_NOUNS = (
    *("agreement", "deal", "pact", "partnership", "collaboration", "alliance", "venture"),
    *("tie-up", "licen", "contract", "arrangement"),
)
#: An agreement that lends, underwrites, places or sells shares: a financing, not a deal for a
#: drug.
_FINANCING_AGREEMENT = re.compile(
    r"\b(?:loan|credit|debt|financing|underwriting|placing|placement|equity distribution|"
    r"at-the-market|note purchase|securities purchase|open market sale)\b"
)
_WITH = _Rule(
    _p(
        _e("e") + _g(130) + r"\b(?:agreements?|deal|pact|partnership|collaboration|alliance|"
        r"joint venture|tie-up|licen[cs]e|licensing|teamed up|team up|teams up|forces|"
        r"partner|partnered|venture|contract|arrangement|talks|signed|signs|signing|inked|"
        # ("has agreed to work with Boston-based X to discover ...": a partnership)
        r"inks|sealed|seals|agreed to work|agrees to work|"
        # ("the pact X struck with Y on Oct. 19": the deal named before its signer)
        r"struck|"
        # ("X will collaborate with Y to discover small molecules")
        r"collaborate|collaborates|"
        # ("X has linked arms with Y on siRNA therapies", "joined hands with")
        r"linked arms|links arms|joined hands|joins hands|"
        # ("Two weeks earlier, Novartis also re-upped with Shanghai's Argo": a second deal)
        r"re-upped|re-ups|re-teamed|re-teams)\b" + _g(60) + r"\bwith\s+"
        r"(?:" + _g(45) + r")" + _e("l") + r"(?P<more>(?:\s*(?:,\s*and|,|and)\s*⟨E\d+⟩)*)"
    ),
    needs=("with",),
    markers=2,
    # (its deal nouns, and the verbs and words of `_WITH` alone: "partner" holds
    # "partnership", so that noun adds nothing)
    also=(
        *(*_DEAL_NOUNS, "partner", "team", "forces", "talks", "sign", "ink", "seal", "to work"),
        *("arms", "hands", "collaborate", "struck", "re-up", "re-team"),
    ),
)
#: A machine translation's word order (X与Y达成协议): "X already with Swiss company Y reached
#: the agreement", "X with Y signed the license agreement" — a deal between the two.
_WITH_THEN_SIGNED = _Rule(
    _p(
        _e("e")
        + r"[^⟨;]{0,30}?\bwith\s+(?:[\w-]+\s+){0,3}?"
        + _e("l")
        # ('with the American company Y ("Y") reached agreement': its short name between)
        + r"(?:\s*\([^()]{1,40}\))?\s+(?:[\w-]+\s+){0,2}?"
        r"(?:reached|signed|entered into|concluded|inked)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:agreements?|deal|cooperation|collaboration|pact|contract)\b"
    ),
    needs=("with",),
    markers=2,
    also=("reached", "signed", "entered", "concluded", "inked"),
)
#: The same translated order with the verb first: "X announce with Y the exclusive license
#: and cooperation agreement", "X signed with Y an agreement" — a deal between the two.
_VERB_WITH_THEN_AGREEMENT = _Rule(
    _p(
        _e("e")
        + r"\s+(?:[\w-]+\s+){0,2}?(?:announce[sd]?|sign(?:s|ed)?|reach(?:es|ed)?|conclude[sd]?)"
        r"\s+with\s+(?:[\w-]+\s+){0,3}?"
        + _e("l")
        + r"\s+(?:the\s+|an?\s+)(?:[\w-]+\s+){0,6}?(?:agreements?|deal|pact|contract)\b"
    ),
    needs=("with",),
    markers=2,
    also=("announce", "sign", "reach", "conclude"),
)
_WITH_OBJECT = _Rule(
    word_pattern(
        r"agreements?|deal|pact|partnership|collaboration|alliance|joint venture|"
        r"tie-up|licen[cs]e|licensing|contract|arrangement",
        r"\b" + _g(60) + r"\bwith\s+(?:" + _g(45) + r")" + _e("l"),
    ),
    needs=("with",),
    also=_DEAL_NOUNS,
)
_AND = _Rule(
    _p(
        _e("a")
        + r"\s*(?:\([^()⟨]{1,30}\)\s*)?"
        # ("X (百图生科), the AI company founded by Robin Li, and Y reached a collaboration": the
        # first company described between the two, its description masked as the company)
        + r"(?:,\s*⟨e\d+⟩[^⟨;,]{1,60},\s*)?"
        + r"(?:(?:,\s*)?(?:together with|and)\s+"
        # a headline's "X, Y strike obesity collaboration": a comma for "and"
        + r"|,\s+(?=⟨e\d+⟩\s+(?:strikes?|struck|inks?|inked|signs?|signed|seals?|sealed|"
        + r"forges?|forged)\b))"
        # ("X and the French pharmaceutical company Y signed": the second described first)
        + r"(?:the\s+(?:[\w'’-]+\s+){0,4}?(?:company|firm|drugmaker|group|biotech|giant)\s+)?"
        + _e("b")
        + r"\s*(?:\([^()⟨]{1,30}\)\s*)?,?\s*(?:(?:have|has|had|jointly|both|each|also|will|"
        r"would|today|already|on \w+|announced that they|said that they|said they)\s+){0,3}"
        r"\b(?:agree\w*|sign\w*|enter\w*|announc\w*|said|expand\w*|reach\w*|form\w*|"
        r"agreements?|deal|pact|licen[cs]e|collaborat\w*|partnership|ink\w*|team\w*|"
        r"strikes?|struck|striking|seal\w*|forg\w*|"
        # a post's "X and Y put out a collaboration", "X and Y unveiled a pact"
        r"put\s+out|unveil\w*)\b"
    ),
    needs=("and", "together with", ", ⟨e"),
    markers=2,
    also=(
        *("agree", "sign", "enter", "announc", "said", "expand", "reach", "form", "deal"),
        *("pact", "licen", "collaborat", "partnership", "ink", "team", "stri", "struck"),
        *("seal", "forg", "put out", "unveil"),
    ),
)
#: "the existing collaboration between X and Y for Z": a deal of the two, its direction
#: unsaid (the first named, as with "X and Y signed", is read as the licensor, weakly).
_BETWEEN = _Rule(
    word_pattern(
        r"agreements?|deal|pact|partnership|collaboration|alliance|tie-up|licen[cs]e",
        r"\s+between\s+" + _e("a") + r"\s+and\s+" + _e("b"),
    ),
    needs=("between",),
    markers=2,
    also=_DEAL_NOUNS,
)
_POSSESSIVE = _Rule(
    _p(
        # ("HLX13, its proposed biosimilar of Y's CTLA-4 antibody Yervoy": Y made the reference
        # drug the copy is of, it is no party)
        r"(?<!biosimilar of )(?<!biosimilars of )(?<!copy of )(?<!version of )"
        + _e("l")
        + r"(?:['’]s?)\s+(?:[\w/.()-]+\s+){0,5}?(?:drugs?|candidates?|assets?|"
        r"ADCs?|antibod\w+|molecules?|compounds?|programs?|programmes?|pipeline|"
        r"portfolio|platform|technology|therap\w+|inhibitors?|agonists?|analogs?|"
        r"products?|shuttle|medicines?|treatments?|bispecifics?|trispecifics?|biosimilars?|"
        r"engagers?|degraders?|conjugates?)\b"
    ),
    needs=("'", "’"),
)
_PLAIN_DRUG = _Rule(
    word_pattern(
        r"two|three|four|five|several|its|the|of|to",
        r"\s+"
        + _e("l")
        + r"\s+(?:ADCs|drugs|candidates|assets|programs|programmes|pipeline|portfolio)\b",
    ),
    needs=("adcs", "drugs", "candidates", "assets", "program", "pipeline", "portfolio"),
)
_RETAIN = _Rule(
    _p(
        _e("l") + _g(40) + r"\b(?:keeps?|kept|retains?|retained|will keep|will retain|"
        r"stays?|remains?)\b"
        # (not "keeps beefing up X's roster", "keeps adding to": goes on doing)
        r"(?!\s+[a-z]+ing\s+(?:up|on|out|its|their|to|in|into|with)\b)"
    ),
    needs=("keep", "kept", "retain", "stay", "remain"),
)
_STAYS_WITH = _Rule(
    word_pattern(r"stays?|remains?", r"\s+with\s+" + _e("l")),
    needs=("stay", "remain"),
)
#: "... by the British-Swedish drugmaker, which bought X in 2023": X was sold; the buyer is
#: the description before "which" (found by the deal assembly, not here).
_WHICH_BOUGHT = _Rule(
    word_pattern(
        "which|who",
        r"\s+(?:had\s+|has\s+|also\s+)?(?:bought|acquired|purchased|took over)\s+" + _e("l"),
    ),
    needs=("bought", "acquired", "purchased", "took over"),
)
#: "X signed an agreement under which Y will distribute and commercialise Z in Europe": the
#: company the agreement lets sell the drug takes the rights.
_UNDER_WHICH_SELLS = _Rule(
    word_pattern(
        "under which",
        r"\s+" + _e("e") + r"\s+(?:will|would|shall|is to|is set to)\s+(?:exclusively\s+)?"
        r"(?:distribute|commerciali[sz]e|market|sell|promote)\b",
    ),
    needs=("under which",),
)
#: "The biotech struck a deal with X, granting the pharma global rights to Y": the company
#: the deal is with receives what the participle grants.
_WITH_GRANTING = _Rule(
    word_pattern(
        "with",
        r"\s+" + _e("e") + r"[^⟨;.]{0,40}?,\s*(?:granting|giving|handing)\s+"
        r"(?:the|it|them|its|their|⟨e\d+⟩)[^⟨;.]{0,40}?\b(?:rights?|licen[cs]es?|options?|"
        r"access)\b",
    ),
    needs=("granting", "giving", "handing"),
)
#: "The licensor is X", "the licensee was Y": the role named outright.
_ROLE_IS = _Rule(
    word_pattern("the", r"\s+(?P<role>licensor|licensee)\s+(?:is|was|will be)\s+" + _e("x")),
    needs=("the licensor", "the licensee"),
)
#: 'X (Nasdaq: ELEV) (the "Licensee")': a filing's defined term is the company's role.
_DEFINED_ROLE = _Rule(
    _p(
        _e("x") + r"(?:\s*\([^()⟨]{1,40}\))?\s*\((?:[^()⟨\"“”,]{1,30},\s*)?(?:the\s+)?[\"“]"
        r"(?P<role>licensor|licensee)[\"”]"
    ),
    needs=("licensor", "licensee"),
)
#: "Licensor: X (KRX: 009420), Seoul", a deal sheet's labelled line: the label is the role.
#: (a tracker's "Licensor ........ X": dotted leaders for the colon)
_LABEL_SEPARATOR = r"(?:\s*:|\s*\.{3,}|\s+[–—-])\s*"
_ROLE_LABEL = _Rule(
    _p(r"^\s*(?:[-•*]\s*)?(?P<role>licensor|licensee)" + _LABEL_SEPARATOR + _e("x")),
    needs=("licensor", "licensee"),
)
#: Between a sheet's label and its company: a colon, dotted leaders or a dash or two
#: ("Partnered -- X"); `_LABEL_SEPARATOR` takes one dash only.
_SHEET_SEPARATOR = r"(?:\s*:|\s*\.{3,}|\s+[–—-]{1,2})\s*"
#: A company's own deck or fact sheet: "Counterparty:  X", "Partner .......... X", a table
#: cell's "Partnered -- X (global; option)". The sheet lists the rights its company let go,
#: so X took them (a weaker vote than a "Licensee:" label, which says so outright).
_PARTNER_LABEL = _Rule(
    _p(
        r"(?:^|\|)\s*(?:[-•*>]\s*)?(?:(?:licensing|commercial|global)\s+)?(?:partner|"
        r"counterparty|partnered(?:\s+with)?)" + _SHEET_SEPARATOR + _e("e")
    ),
    needs=("partner", "counterparty"),
)
#: An in-licensing company's sheet under each program: "Source ....... X", "Licensed from: X",
#: "Originator: X" (a bare "Source: X" names a news outlet more often than a licensor).
_SOURCE_LABEL = _Rule(
    _p(
        r"^\s*(?:[-•*>]\s*)?(?:source\s*\.{3,}\s*|(?:sourced|licensed|in-licensed)\s+from"
        + _SHEET_SEPARATOR
        + r"|originator(?:\s*:|\s*\.{3,})\s*)"
        + _e("l")
    ),
    needs=("source", "from", "originator"),
)
#: The same sheet's "Signed by ....... X (Y subsidiary)": its own company's signer, which
#: let the rights go to the "Partner" line's company.
_SIGNED_BY_LABEL = _Rule(
    _p(r"^\s*(?:[-•*>]\s*)?signed\s+by(?:\s*:|\s*\.{3,})\s*" + _e("l")),
    needs=("signed",),
)
#: A sheet's "Payments to X" heading, a table's "Economics (to X)" column: X is paid.
_PAYMENTS_TO = _Rule(
    _p(r"(?:^|\|)\s*(?:payments?|economics|milestones)\s+\(?to\s+" + _e("l") + r"\)?\s*(?:\||$)"),
    needs=("payment", "economics", "milestones"),
)
#: A tracker's "Buyer ........... X" and "Target .......... Y": the company bought is the
#: licensor (SCHEMA), its buyer the licensee.
_BUYER_LABEL = _Rule(
    _p(r"^\s*(?:[-•*]\s*)?(?:buyer|acquirer|purchaser)" + _LABEL_SEPARATOR + _e("e")),
    needs=("buyer", "acquirer", "purchaser"),
)
_TARGET_LABEL = _Rule(
    _p(r"^\s*(?:[-•*]\s*)?(?:target|seller)" + _LABEL_SEPARATOR + _e("l")),
    needs=("target", "seller"),
)
#: "Y said it had licensed ex-China rights to GS-098": rights licensed to a drug, no company
#: after "to" or "from": the subject took the licence.
_LICENSED_RIGHTS_TO_DRUG = _Rule(
    _p(
        # ("SteinCares licensed commercialization rights in March 2024")
        _e("e") + r"\s+(?:has\s+|had\s+|have\s+)?licensed\s+(?:[\w-]+\s+){0,4}?rights?\s+"
        r"(?:to|in|for)\s+"
        # no company after "to"/"from", nor a described one ("to a US partner"): X took rights
        r"(?!⟨)(?![^⟨;]{0,170}\b(?:to|from)\s+(?:[\w.-]+-based\s+(?:[\w-]+\s+){0,2}?)?⟨)"
        r"(?![^⟨;.]{0,170}\bto\s+(?:a|an|its|the)\s)"
    ),
    needs=("licensed",),
)
#: "X licensed the rights in mainland China to Y's pimicotinib": rights to a company's drug
#: were taken by the subject from that company.
_LICENSED_RIGHTS_TO_POSS = _Rule(
    _p(
        _e("e") + r"[^⟨;]{0,40}?\blicensed\s+(?:[\w-]+\s+){0,4}?rights?\s+"
        r"(?:in\s+[^⟨;.]{0,120}?\s+)?to\s+" + _e("l") + r"['’]s?\s"
    ),
    needs=("licensed",),
)
#: ", taking an exclusive licence to HS-20093": the sentence's subject takes the rights.
_TAKING = _Rule(
    _p(
        r",\s*(?:taking|obtaining|gaining|securing|acquiring)\s+(?:an?\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:licen[cs]e|rights|option)\b"
    ),
    needs=("taking", "obtaining", "gaining", "securing", "acquiring"),
)
#: "..., with X taking worldwide rights": the company named in the absolute clause takes them.
_WITH_TAKING = _Rule(
    _p(
        r"\bwith\s+" + _e("e") + r"\s+(?:taking|gaining|getting|obtaining|securing|receiving|"
        r"acquiring)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:licen[cs]e|rights|option)\b"
    ),
    needs=("taking", "gaining", "getting", "obtaining", "securing", "receiving", "acquiring"),
    also=("licen", "rights", "option"),
)
#: "In 2022 X signed a collaboration to apply the technology ..., paying $17.5 million upfront":
#: the one company a sentence names pays, however far its verb stands (with two, the payer
#: may be either: "developed by X and sold by Y, which took rights ..., paying $30 million").
_PAYING = _Rule(
    _p(r",\s*(?:paying|handing over|putting up)\s+" + _MONEY_NEXT + r"\s?\d"),
    needs=("paying", "handing over", "putting up"),
)
#: "Lepu has parked two of its T-cell engagers in Excalipoint, a NewCo": drugs put into a
#: company give it their rights.
_PARKED_IN = _Rule(
    _p(
        _e("l") + r"(?:\s*\([^()]{1,40}\))?\s+(?:has\s+|have\s+|had\s+)?(?:parked|placed|"
        r"contributed|folded|spun\s+(?:out|off))\s+[^⟨;]{0,120}?\b(?:in|into)\s+" + _e("e")
    ),
    needs=("parked", "placed", "contributed", "folded", "spun"),
    markers=2,
)
#: "Formation Bio struck a $605 million agreement for Lynk Pharmaceuticals' LNK-01006": an
#: agreement for a company's drug is made with that company, by the one taking it.
_AGREEMENT_FOR = _Rule(
    _p(
        _e("e") + r"\s+(?:has\s+|had\s+)?(?:struck|signed|inked|sealed|reached|strikes|signs|"
        r"inks)\s+[^⟨;]{0,60}?\b(?:agreement|deal|pact|licen[cs]e)\s+for\s+" + _e("l") + r"['’]"
    ),
    needs=("struck", "signed", "inked", "sealed", "reached", "strikes", "signs", "inks"),
    markers=2,
    also=("agreement", "deal", "pact", "licen"),
)
#: "AIO-001 was exclusively licensed to Aiolos outside of Greater China by Hengrui": the
#: passive names the licensee first and the licensor after "by".
_LICENSED_TO_BY = _Rule(
    _p(
        r"\b(?:was|were|is|are|had been|has been|have been)\s+(?:exclusively\s+|originally\s+|"
        r"previously\s+|first\s+)*(?:out-|sub)?licen[cs]ed\s+to\s+"
        + _e("e")
        + r"[^⟨;]{0,80}?\bby\s+"
        + _e("l")
    ),
    needs=("licensed to", "licenced to"),
    markers=2,
)
#: "In 2019 Sanofi in-licensed an Exscientia-designed molecule": the designer licensed it.
_IN_LICENSED_DESIGNED = _Rule(
    _p(
        _e("e")
        + r"\s+(?:has\s+|had\s+|have\s+)?(?:in-licen[cs]ed|licen[cs]ed)\s+(?:an?|the|its)\s+"
        + _e("l")
        + r"-(?:designed|discovered|originated|invented)\b"
    ),
    needs=("designed", "discovered", "originated", "invented"),
    markers=2,
)
#: "X signed a clinical cooperation agreement with Y for its self-developed antibody Z": the
#: drug is the subject's, so the subject grants (whatever "with Y" says by itself).
_AGREEMENT_WITH_FOR_ITS = _Rule(
    _p(
        _e("l") + r"\s+(?:has\s+|had\s+)?(?:struck|signed|inked|sealed|reached|entered|strikes|"
        r"signs|inks|enters)\s+[^⟨;]{0,80}?\b(?:agreement|deal|pact|collaboration|partnership)\s+"
        r"with\s+" + _e("e") + r"[^⟨;,]{0,20}?\s+(?:for|on|covering|regarding)\s+its\s+"
        r"(?:own\s+)?(?:self-developed|proprietary|in-house|independently developed|"
        r"internally developed|wholly[- ]owned)\b"
    ),
    needs=("self-developed", "proprietary", "in-house", "independently", "internally", "wholly"),
    markers=2,
)
#: "X, which has teams in A and B, announced that Y obtained the exclusive option ...": the
#: announcer grants what the other company obtains (machine translation of 宣布…获得).
_ANNOUNCED_GRANTEE = _Rule(
    _p(
        _e("l") + r"(?:\s*,[^,;]{0,80}?,)?\s+(?:has\s+|had\s+)?(?:announced|said|disclosed)\s+"
        # ("said Indian generic drugmaker Y would get ...": a description before the name)
        r"(?:that\s+)?(?:[a-z][\w-]*\s+){0,4}?" + _e("e") + r"\s+(?:has\s+|had\s+|will\s+|"
        r"would\s+)?(?:obtained|obtains?|received|receives?|gained|gains?|secured|acquired|get|"
        r"(?:has been|had been|was|is) granted)\s+"
        r"[^⟨;]{0,60}?\b(?:rights?|licen[cs]es?|options?)\b"
    ),
    needs=("announced", "said", "disclosed"),
    markers=2,
    also=("obtain", "receive", "gain", "secure", "acquire", "granted", "get"),
)
#: A digest's deal line, licensor first: "• A (NASDAQ: AAAA) / B — KQ-2003 ...", "A → B:".
_PAIR_LINE = _Rule(
    _p(
        # ("1) A / B (Dec 17)": a numbered heading of a newsletter lists its deals the same way)
        r"^(?P<bullet>[•·▪◦■◆▶►*–-]|\(?\d{1,2}[.)])?\W{0,2}"
        # (a deal sheet's "Deal: Novartis / Cadent Therapeutics" line, buyer first or not)
        r"(?P<label>(?:deal|transaction|pairing)\s*:\s*)?"
        + _e("l")
        # ("2. Suzhou Ribo / Ribocure AB → Boehringer": two licensors before an arrow)
        + r"(?:(?:\s*(?:/|,|&|\band\b)\s*⟨e\d+⟩)+(?=\s*(?:→|->|➝|➔|➜|⟶)))?"
        # (a newsletter's "• VelaVigo ➝ Avenzo: Nectin-4/TROP2 bispecific ADC")
        # ("2) Biocytogen x Merck KGaA: an option, no price tag": a newsletter's "x")
        # ("■ Biocytogen-Merck KGaA": a hyphen right between the two names)
        + r"(?:\s*\([^()]{1,40}\))?\s*(?:/|→|->|➝|➔|➜|⟶|(?<=\s)[x×](?=\s)|(?<=⟩)-(?=⟨))\s*"
        + _e("e")
        + r"(?:\s*\([^()]{1,40}\))?\s*(?:(?:—|–|-|:)\s|(?<=\))\.?\s*$|$)"
    ),
    needs=("/", "→", "->", "➝", "➔", "➜", "⟶", " x ", " × ", "⟩-⟨"),
    markers=2,
)
#: A deal sheet's "Parties: X (Guangzhou) and Danish group Y" line: the two sides of its
#: deal, most often licensor first; the text around it (or who is Chinese) says who grants.
_PARTIES_LINE = _Rule(
    _p(
        r"^\s*(?:[•·▪◦*–-]\s*)?(?:parties|partners|companies)\s*:\s*"
        + _e("l")
        + r"(?:\s*\([^()⟨]{1,40}\))?(?:,[^⟨;]{1,60})?\s+(?:and|&)\s+[^⟨;,()]{0,50}?"
        + _e("e")
    ),
    needs=("parties", "partners", "companies"),
    markers=2,
)
#: "X (licensor) and Y (licensee)": a role written in brackets after the company.
_BRACKETED_ROLE = _Rule(
    _p(_e("x") + r"\s*\((?:the\s+|as\s+)?(?P<role>licensor|licensee)\)"),
    needs=("licensor)", "licensee)"),
)
#: "Stemline has licensed a second AI-generated small-molecule inhibitor": the company that
#: licensed a drug, with no partner after it, took the licence (not "its drug", not "out").
_LICENSED_A_DRUG = _Rule(
    _p(
        _e("e") + r"\s+(?:has\s+|had\s+|have\s+)?licensed\s+(?:a|an|the|another)\s+"
        r"(?:[\w-]+\s+){0,5}?(?:inhibitors?|antibod(?:y|ies)|candidates?|molecules?|compounds?|"
        r"drugs?|therap(?:y|ies)|assets?|programs?|conjugates?|bispecifics?|engagers?)\b"
        r"(?![^⟨;]{0,170}\b(?:to|from)\s+⟨)(?![^⟨;.]{0,170}\b(?:to\s+(?:a|an|its|the)|out)\s)"
    ),
    needs=("licensed",),
)
#: "Y ... today announced its launch, a Series A financing, and the in-licensing of a
#: long-acting antibody from X": a list of news whose item is the licence.
_ANNOUNCED_IN_LICENSING = _Rule(
    _p(
        _e("e") + r"[^⟨;]{0,160}?\b(?:announced|announces|said|reported)\b[^⟨;]{0,200}?"
        r"\bthe\s+in-licen[cs]ing\s+of\s+[^⟨;]{0,160}?\bfrom\s+" + _e("l")
    ),
    needs=("in-licensing", "in-licencing"),
    markers=2,
)
#: "And just before Christmas, Y took the LRRC15 ADC SIM0613 for up to $1.06 billion": a drug
#: taken for a price, its partner named elsewhere (not "took a $2 billion charge for").
_TOOK_DRUG_FOR = _Rule(
    _p(
        _e("e") + r"\s+(?:took|takes|picked\s+up|picks\s+up|snapped\s+up|snaps\s+up)\s+"
        r"(?:the|a|an|its)\s+(?:(?!charges?\b|impairments?\b|write|stakes?\b|loss)[^⟨;]){0,80}?"
        r"\bfor\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?"
        r"(?:[$€£¥]|us\$|usd\b|rmb\b|eur\b)"
    ),
    needs=("took", "takes", "picked up", "picks up", "snapped up", "snaps up"),
)
#: "In the first leg, X out-licenses SKB105 ... for all territories outside mainland China":
#: the company that out-licenses, with no partner named after it, grants the licence (the
#: partner, "to Y", is `_GRANTOR`'s).
_OUT_LICENSES_ALONE = _Rule(
    _p(
        _e("l") + r"\s+(?:has\s+|had\s+|have\s+|will\s+)?out-licen[cs](?:es|ed|ing|e)\s+"
        # (a drug, its code or its rights: not "the company out-license more and more")
        r"(?=(?:its\s+|the\s+|an?\s+)?(?:[\w-]*\d|rights|global|worldwide|exclusive|ex-))"
        r"(?![^⟨;]{0,170}\b(?:to|with)\s+⟨)"
    ),
    needs=("out-licens", "out-licenc"),
)
#: "the company self-developed product KQ-2003 overseas rights authorize to Y": a translation
#: of 授权给, the rights' receiver after "authorize(d) to" (who grants is often far before).
_AUTHORIZED_TO = _Rule(
    _p(
        # ("... commercialization rights to authorize to Y": 将...权利授权给)
        r"\b(?:rights?|licen[cs]es?)\s+(?:(?:is|are|was|were|been|be|being|to)\s+)?"
        r"(?:exclusive(?:ly)?\s+)?authori[sz]e[sd]?\s+to\s+" + _e("e")
    ),
    needs=("authori",),
    also=("right", "licen"),
)
#: "last July's licence of the Claudin 18.2 ADC SYSA1801 to Y": a licence told as a noun, its
#: receiver after "to" (the grantor is the company the text is about).
_LICENCE_OF_TO = _Rule(
    _p(
        r"\b(?:out-)?licen(?:[cs]e|sing)\s+of\s+(?:the\s+|its\s+|a\s+|an\s+)?[^⟨;,]{1,80}?"
        r"\bto\s+" + _e("e")
    ),
    needs=("licence of", "license of", "licensing of"),
)
#: "signed license agreement, authorize one preclinical trispecific T-cell engager developed
#: by company's research team to Y": the same with the thing granted between.
_AUTHORIZE_ONE_TO = _Rule(
    # ("authorize the ADC product SIM0613 to French Y": a description before the name)
    _p(
        r"\bauthori[sz]e[sd]?\s+(?:one|a|an|its|the|their)\s+[^⟨;]{1,200}?\bto\s+"
        rf"(?:(?:{DEMONYM_ALTERNATION})\s+)?" + _e("e")
    ),
    needs=("authori",),
)
#: "X will authorize its self-developed ADC XNW27011 the rights ... outside mainland China to
#: Y": a translation of 授权给 with the grantor as subject and the receiver after "to".
_AUTHORIZES_TO = _Rule(
    _p(
        _e("l") + r"\s+(?:(?:will|shall|would|has|have|had)\s+)?(?:exclusively\s+)?"
        r"authori[sz]e[sd]?\s+(?:its|the|their)\s+[^⟨;]{1,300}?\bto\s+" + _e("e")
    ),
    needs=("authori",),
    markers=2,
)
#: "Under the pact, X will use its AI-plus-robotics platform to discover candidates against
#: targets picked by Y": the platform's owner does the discovery, the licensor's side.
_USES_ITS_PLATFORM = _Rule(
    _p(
        _e("l") + r"\s+(?:will|would|is\s+to|shall)\s+(?:use|apply|leverage|deploy|employ)\s+"
        r"its\s+(?:[\w-]+\s+){0,4}?(?:platforms?|technolog(?:y|ies)|engines?)\s+to\s+"
        r"(?:discover|design|generate|identify|engineer|find|create)\b"
    ),
    needs=("platform", "technolog", "engine"),
    also=("use", "apply", "leverage", "deploy", "employ"),
)
#: "Merger Sub will merge with and into the Company": the company merged into is the target.
_MERGED_INTO = _Rule(
    _p(r"\bmerge[sd]?\s+with\s+and\s+into\s+" + _e("l")),
    needs=("merge",),
)
#: "Y had exercised its option to co-develop the vaccine": the holder of an option, who takes
#: the rights by exercising it, is the licensee.
_EXERCISED_OPTION = _Rule(
    _p(
        _e("e") + r"\s+(?:has\s+|had\s+|have\s+)?(?:exercised|exercises|exercising)\s+"
        r"(?:its|their|an|the)\s+(?:[\w-]+\s+){0,2}?option\b"
    ),
    needs=("exercis",),
)
#: "Y can option each program for territories outside China": "option" as a verb, its
#: subject the one that may take the rights.
_CAN_OPTION = _Rule(
    _p(
        _e("e") + r"\s+(?:can|could|may|will|would|gets to|is able to)\s+(?:also\s+)?option\s+"
        r"(?:each|every|any|the|its|all|up)\b"
    ),
    needs=("option",),
)
#: "STADA holds the rights in the European Union under a May 2024 agreement", "Y has held
#: Southeast Asian rights since March 2025": a partner holding a region's rights took them
#: (rights held everywhere, "worldwide" or "all", are an owner's, as are rights "retained").
_HOLDS_REGION_RIGHTS = _Rule(
    _p(
        _e("e") + r"\s+(?:now\s+|also\s+)?(?:holds|has\s+held|held)\s+"
        r"(?:the\s+)?(?:exclusive\s+)?(?!(?:global|worldwide|world|all|remaining|other|full)\b)"
        r"(?:(?:[\w-]+\s+){0,3}?rights\s+(?:in|for)\s+(?!all\b)|[\w-]+(?:\s+[\w-]+)?\s+"
        r"rights\s+(?:since|under)\b|"
        # ("holds the rights to the drug worldwide except mainland China": a region's, where
        # "holds the rights to SHR-A1811" alone may be the owner's)
        r"(?:[\w-]+\s+){0,3}?rights\s+to\s+[^⟨;.]{1,60}?\b(?:except|excluding|outside)\b)"
    ),
    needs=("held", "holds"),
)
#: "Outside China it belongs to EQRx": a partner the drug's rights in a region went to.
_BELONGS_IN_REGION = _Rule(
    _p(
        r"\b(?:outside|ex-|in)\s*[^⟨;,.]{1,40}?,?\s+(?:it|the\s+(?:drug|asset|rights?)|"
        r"(?:its\s+)?rights)\s+(?:now\s+)?(?:belongs?|belonged)\s+to\s+" + _e("e")
    ),
    needs=("belong",),
)
#: "B signed on for programs from the same platform": B joins as the partner taking rights.
_SIGNED_ON = _Rule(
    _p(
        _e("e") + r"\s+(?:has\s+|have\s+|had\s+)?(?:signed|signs|signing)\s+on(?:\s+(?:for|to|as)\b"
        # "Dr. Reddy's signed on in March 2025, again without disclosed terms"
        r"|(?=\s*[,.;]|\s+in\s+(?:[a-z]+\s+)?(?:19|20)\d\d\b))"
    ),
    needs=("signed on", "signs on", "signing on"),
)
#: "in 2018 X agreed to co-develop its cancer drug Lenvima with Y": the owner of the drug
#: shares it with the partner, who pays to come in.
_CODEVELOP_ITS_WITH = _Rule(
    _p(
        _e("l") + r"[^⟨;]{0,40}?\b(?:co-develop|co-commerciali[sz]e|jointly develop|co-promote)"
        r"(?:\s+and\s+[\w-]+)?\s+its\s+[^⟨;]{0,80}?\bwith\s+" + _e("e")
    ),
    needs=("co-develop", "co-commerciali", "jointly develop", "co-promote"),
    markers=2,
)
#: "X has concluded a technology export contract for its drug with Y", "X technology export
#: of a drug candidate to Y": Korean wires' word (기술수출) for an out-licence, X the licensor.
_TECHNOLOGY_EXPORT = _Rule(
    _p(
        _e("l") + r"[^⟨;]{0,60}?\btechnology export\b[^⟨;]{0,120}?\b(?:to|with)\s+"
        r"(?:(?:the\s+)?[\w-]+\s+)?" + _e("e")
    ),
    needs=("technology export",),
    markers=2,
)
#: "an antibody that X licensed from Y in January 2019": both sides in one clause, whatever
#: else the sentence says of X ("X's NASH pipeline, which includes ...").
_LICENSED_FROM = _Rule(
    _p(
        # ("X originally in-licensed cizutamig from Y": an adverb before the verb)
        # ("has licensed BND-22, a first-in-class antibody against the ILT2 checkpoint, from Y")
        # ("a new subsidiary, X, which in-licensed FHND5032 ... from Y": the relative clause
        # of the company before it)
        _e("e") + r"(?:,\s+(?:which|that))?\s+(?:[a-z]+ly\s+)?"
        r"(?:(?:has\s+|had\s+|have\s+)?(?:in-)?licen[cs]ed\s+"
        # ("licensed ex-Greater China rights to FHND5032, a preclinical oral small molecule
        # for autoimmune disease, from Y": a described drug between)
        r"(?:[^⟨;]{0,130}?\s+)?"
        # "X is in-licensing A (a bispecific) and B (an antibody) from Shanghai-based Y": the
        # present tense, whose objects often carry a description in brackets each
        # ("Sanofi is licensing rovadicitinib from Chia Tai Tianqing")
        r"|(?:is|are)\s+(?:in-)?licensing\s+[^⟨;]{0,120}?\s+)"
        # ("from China's WuXi Biologics": the licensor's country before its name)
        r"from\s+(?:[\w-]+-based\s+|[a-z]+['’]s\s+)?" + _e("l")
    ),
    needs=("licensed", "licenced", "licensing"),
    markers=2,
)
#: After an acquisition's object and its price, a second object with its own price.
_AND_ANOTHER_FOR = re.compile(
    r"\s+for\s+[^⟨;,]{1,40}?\s+and\s+⟨e(\d+)⟩\s+for\s+(?:about\s+|around\s+|some\s+)?[$€£¥\d]"
)
#: "X agreed to sell a 20% stake in Y to Z": a stake sold, X to Z (Y, whose shares change
#: hands, sits between the verb and the buyer, where `_GRANTOR` cannot reach).
_STAKE_SALE = _Rule(
    _p(
        _e("l") + _g(70) + r"\b(?:sells?|sold|selling)\s+(?:an?\s+|its\s+|the\s+)?"
        r"(?:[\d.]+\s?%\s+|(?:majority|minority|controlling)\s+)*(?:stake|interest|holding)"
        r"\s+in\s+⟨e\d+⟩[^⟨;]{0,40}?\bto\s+(?:(?:its|their|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?"
        + _e("e")
    ),
    needs=("sell", "sold"),
    markers=3,
)
#: What an acquisition verb takes when it buys a part of a company, not the company.
_A_STAKE = re.compile(r"\b(?:stake|shares|equity|interest)\s+in\b")
_CONTROL = re.compile(r"\b(?:majority|controlling)\b")
#: What an acquisition verb takes when it takes on debts to a company, not the company.
_OWED_TO = re.compile(r"\b(?:owed|owing|payable|due)\s+to\s+$")
#: Every rule, for the words their pre-tests look for.
_RULES = (
    _LICENSED_FROM,
    _TECHNOLOGY_EXPORT,
    _AGREEMENT_WITH_FOR_ITS,
    _LICENSED_TO_BY,
    _IN_LICENSED_DESIGNED,
    _CODEVELOP_ITS_WITH,
    _PAY,
    _RECEIVE,
    _GRANTEE,
    _GRANTEE_POSS,
    _TAKES_FROM,
    _SIGNS_UP,
    _LINED_UP_FROM,
    _FROM,
    _GRANTOR,
    _STAKE_SALE,
    _GIVING,
    _ACQUIRE,
    _ACQUISITION_OF,
    _PAY_PER_SHARE_FOR,
    _ACQUIRED_BY,
    _WAS_ACQUIRED_BY,
    _WHICH_X_BOUGHT,
    _SALE_TO,
    _TENDER_OFFER_FOR,
    _ITS_ACQUISITION_OF,
    _THE_NAMED_PURCHASE,
    _BETWEEN,
    _PUT_INTO,
    _BETS_ON,
    _CASH_FOR,
    _UNDER_WHICH_SELLS,
    _MOVES_AFTER_ACQUISITION,
    _IT_LICENSED_TO,
    _IT_TOOK_FROM,
    _WENT_BACK_TO,
    _WENT_TO,
    _UNTIL_BOUGHT_IT,
    _CAN_OPTION,
    _HOLDS_REGION_RIGHTS,
    _BELONGS_IN_REGION,
    _PAYS_FOR_RIGHTS,
    _WITH_TAKING,
    _PAYING,
    _FROM_THEN_INTRODUCED,
    _BECAME_PART_OF,
    _ORDINAL_DEAL_WITH,
    _WITH,
    _WITH_THEN_SIGNED,
    _VERB_WITH_THEN_AGREEMENT,
    _WITH_OBJECT,
    _AND,
    _POSSESSIVE,
    _PLAIN_DRUG,
    _RETAIN,
    _STAYS_WITH,
    _REPORTED_LICENSE,
    _SIGNED_ON,
    _EXERCISED_OPTION,
    _MERGED_INTO,
    _ROLE_IS,
    _ROLE_LABEL,
    _DEFINED_ROLE,
    _BRACKETED_ROLE,
    _PARTIES_LINE,
    _BUYER_LABEL,
    _TARGET_LABEL,
    _PARTNER_LABEL,
    _SOURCE_LABEL,
    _SIGNED_BY_LABEL,
    _PAYMENTS_TO,
    _LICENSED_RIGHTS_TO_DRUG,
    _LICENSED_A_DRUG,
    _TOOK_DRUG_FOR,
    _ANNOUNCED_IN_LICENSING,
    _OUT_LICENSES_ALONE,
    _AUTHORIZED_TO,
    _AUTHORIZES_TO,
    _AUTHORIZE_ONE_TO,
    _LICENCE_OF_TO,
    _USES_ITS_PLATFORM,
    _PAIR_LINE,
    _PARKED_IN,
    _AGREEMENT_FOR,
    _ANNOUNCED_GRANTEE,
    _LICENSED_RIGHTS_TO_POSS,
    _TAKING,
    _WHICH_BOUGHT,
    _WITH_GRANTING,
    _MADE_ACQUISITION_OF,
    _RIGHTS_ACQUISITION,
)
_ALL_NEEDS = frozenset(word for rule in _RULES for word in (*rule.needs, *rule.also))
#: The rules with a second set of words (`_Rule.also`), and those words as a set.
_RULES_ALSO = {r: frozenset(r.also) for r in _RULES if r.also}
_GATED = frozenset(_RULES_ALSO)


#: No words: what most chunks hold.
_NONE: frozenset[str] = frozenset()


class _Needs:
    """Which of a set of words occur in a text, read chunk by chunk with a cache.

    `present(low)` is `frozenset(w for w in words if w in low)`. Why this way: a word without
    a space occurs in a text exactly when it occurs in one of its space-separated chunks, and
    the same chunks ("the", "agreement", "⟨e1⟩") come back sentence after sentence; so the
    words each chunk holds are found once (`ChunkWords`) instead of by a regex scan of every
    sentence, which starts a match at most of its letters. A word with a space ("took over")
    is tested on the whole text, and only when one of the chunks ends with the part before
    its first space (where an occurrence would have to start).
    """

    def __init__(self, words: frozenset[str]) -> None:
        plain = sorted(w for w in words if " " not in w)
        shortest = [w for w in plain if not any(o != w and w.startswith(o) for o in plain)]
        #: the plain words each shortest one is a prefix of (found by a substring test each)
        self.longer = {w: tuple(o for o in plain if o != w and o.startswith(w)) for w in shortest}
        #: the shortest words that some longer one extends
        self.extended = frozenset(w for w in shortest if self.longer[w])
        groups: dict[str, list[str]] = {}
        for w in shortest:  # (no two of them can match at one position: order is free)
            groups.setdefault(w[0], []).append(re.escape(w[1:]))
        body = "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())
        #: every shortest word at every position, overlapping ones too (a lookahead)
        self.pattern = re.compile(f"(?=({body}))")
        self.spaced = frozenset(w for w in words if " " in w)
        #: the words that open with a space (" on "): every chunk ends with their empty first
        #: part, so they are tested on the whole text every time, without going through the
        #: chunks (had every chunk held them, every chunk would be one that holds a word, and
        #: each text's words a union over all of its chunks)
        self.always = frozenset(w for w in self.spaced if w.startswith(" "))
        self.heads = tuple(sorted({w.split(" ", 1)[0] for w in self.spaced - self.always}))
        #: the spaced words each head opens, listed once (not looked for per chunk)
        self.opened_by = {
            head: frozenset(w for w in self.spaced if w.startswith(head + " "))
            for head in self.heads
        }
        self.chunks = ChunkWords(self._chunk_words)

    def _chunk_words(self, chunk: str) -> frozenset[str]:
        """The plain words in `chunk`, and the spaced words that may start in it. A plain word
        occurring at a position where a shorter one also starts has that one as a prefix, so
        the longer words are those of the shortest words found."""
        shortest = self.pattern.findall(chunk)
        ends_with_head = chunk.endswith(self.heads)
        if not shortest and not ends_with_head:
            return _NONE  # (most new chunks, names and figures: no set made and frozen)
        found = set(shortest)
        for w in found & self.extended:
            found.update(filter(chunk.__contains__, self.longer[w]))
        # (one call with the whole tuple first: most chunks end with no head, and a call per
        # head, each parsing its arguments, cost more than the rest of the method)
        if ends_with_head:
            for head in filter(chunk.endswith, self.heads):
                found |= self.opened_by[head]
        return frozenset(found)

    def present(self, low: str) -> frozenset[str]:
        found = self.chunks.words(low)
        maybe = (found & self.spaced) | self.always
        if not maybe:
            return found
        return (found - maybe) | frozenset(filter(low.__contains__, maybe))


_NEEDS = _Needs(_ALL_NEEDS)
#: The rules that need each word, and the most markers any rule needs.
_RULES_NEEDING: dict[str, frozenset[_Rule]] = {
    word: frozenset(r for r in _RULES if word in r.needs) for word in _ALL_NEEDS
}
_MOST_MARKERS = max(r.markers for r in _RULES)
#: The rules a sentence with so many markers can pass (fewer than `_MOST_MARKERS`).
_RULES_WITHIN = [frozenset(r for r in _RULES if r.markers <= n) for n in range(_MOST_MARKERS)]

#: An earlier deal named with its date, after "a", "an", "the", "its" or "their" ("following
#: an October 2024 license agreement", "their 2023 pact", "extends a February arrangement").
_DATED_DEAL = (
    rf"\s+(?:(?:(?:{MONTH_NAMES})\s+)?(?:19|20)\d\d|(?:January|February|March|April|June|July|"
    r"August|September|October|November|December))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deal|agreement|arrangement|pact|licen[cs]e|licensing|collaboration|partnership|"
    r"alliance)"
)
_EXISTING_DEAL = r" existing (?:partnership|agreement|collaboration|alliance|deal)"
_BACK_TO_YEAR = r" back to (?:19|20)\d\d"
_SINCE_YEAR = r"\s+(?:together\s+)?since\s+(?:19|20)\d\d"
#: Deal-type hints a sentence gives, strongest first in `dealtype.py`. (Every alternative opens
#: with a letter, for `word_pattern`: the regex engine skips to those letters instead of trying
#: the whole alternation at every character. Only whether it matches is read.)
_HISTORICAL = word_pattern(
    # ("press reports of talks surfaced earlier in the week": the same news, days before)
    # ("a 43% premium to the prior close": a share price's day before, not an older deal)
    # ("Two weeks earlier, on Wednesday Sept. 3, X also re-upped with Y": the news of the
    # same weeks, not an older deal; the look-behinds after the first letter, as below)
    r"e(?<!days e)(?<!day e)(?<!weeks e)(?<!week e)arlier(?! (?:in the|this) (?:week|day|month)"
    r"\b| today\b)|"
    r"previous(?:ly)?(?! (?:close|closing|day's|trading|session)\b)|"
    r"prior(?! (?:close|closing|day's|trading|session)\b)|"
    r"first teamed|first partnered|back then|"
    r"once (?:paid|bought|sold|held|licensed|signed|acquired)|"
    # "In May of this year, X and Y had already signed license agreement about Z"
    r"had already (?:signed|licensed|entered|granted|agreed|reached|struck|inked)|"
    r"in may of (?:this|last) year|"
    # ("Tepezza did about $1.66 billion of net sales in 2021": the year of a sales figure; the
    # look-behinds after the first letter, which `word_pattern` needs plain)
    r"i(?<!sales i)(?<!revenue i)(?<!revenues i)n (?:(?:early|late|mid)[- ])?(?:19|20)\d\d|"
    r"in may (?:19|20)\d\d|last (?:month|year|week)|"
    rf"an?{_EXISTING_DEAL}|the{_EXISTING_DEAL}|their{_EXISTING_DEAL}|its{_EXISTING_DEAL}|"
    # "a partnership that dates back to 2013, when X paid Y $350 million"
    rf"dates?{_BACK_TO_YEAR}|dated{_BACK_TO_YEAR}|dating{_BACK_TO_YEAR}|goes{_BACK_TO_YEAR}|"
    rf"going{_BACK_TO_YEAR}|went{_BACK_TO_YEAR}|back in (?:19|20)\d\d|"
    # "its largest purchase since 2019, when the company paid $13.4 billion to buy Otezla"
    r"since (?:19|20)\d\d,? when|"
    # "they have worked together since 2020 under a research collaboration"
    rf"worked{_SINCE_YEAR}|partnered{_SINCE_YEAR}|collaborated{_SINCE_YEAR}|"
    rf"teamed up{_SINCE_YEAR}|"
    r"late last year|a few (?:weeks|months|years) ago|several (?:weeks|months|years) ago|"
    r"weeks ago|months ago|years ago|before this|in (?:January|February|March|April|June|"
    r"July|August|September|October|November|December)(?: (?:19|20)\d\d)?|"
    rf"an?{_DATED_DEAL}|the{_DATED_DEAL}|its{_DATED_DEAL}|their{_DATED_DEAL}",
    r"\b",
)
_NEGATED = word_pattern(
    r"in talks|talks with|interested in|hop(?:es|ed) to|would like to|"
    # "could" hedges a deal, not a figure ("milestones could reach $X", "could be worth", "a
    # further $500 million could follow")
    r"could(?!\s+(?:(?:also|potentially|eventually|ultimately)\s+)?(?:reach|exceed|total|"
    r"top|amount|rise|climb|bring|be worth|be valued|earn|receive|get|add up|collect|"
    r"pocket|follow|come|flow|be due|be paid|be payable|add))|"
    r"considering|exploring|rumou?r\w*|may seek|seeking a partner|no deal|"
    r"declined to|"
    # a deal not (yet) made: "talks to acquire X have stalled", "people familiar with"
    r"talks to|stalled|advanced discussions|people familiar with|no agreement has|"
    r"would have been|fell through|collapsed|called off|walked away|"
    # ("X has discussed paying around $200 a share, according to the people": a price talked
    # of, no deal made)
    r"has discussed|have discussed|had discussed|according to the people|according to people|"
    # ("terminated discussions with Novo Nordisk, whose latest bid ...": the loser of a bid)
    r"terminated discussions|terminated talks|ended talks|ended discussions|broke off",
    r"\b",
)
_AFFIRMED = word_pattern(
    r"signed|entered|agreed|will pay|has granted|announced|licensed|granted|paid",
    r"\b",
)
_DEALISH = word_pattern(
    r"agreements?|deal|pact|partnership|collaboration|collaborates?|alliance|joint venture|"
    r"tie-up|licen[cs]\w*|authori[sz]\w*|rights?|acqui\w+|buy\w*|bought|takeover|"
    r"merger|options?|teamed up|team up|linked arms|joined hands|re-upped|re-teamed|NewCo|"
    r"upfront|down payment|"
    r"milestones?|paid|pays?|"
    r"paying|sign(?:s|ed|ing) (?:with|on|up)|inked|commerciali[sz]\w*|royalt\w*|"
    # "Y gets access to our platform": what a platform deal grants
    r"get access to|gets access to|got access to|gain access to|gains access to|"
    r"gained access to|obtains access to|obtained access to|receives access to|"
    r"received access to|"
    # "Y took the LRRC15 ADC SIM0613 for up to $1.06 billion": a price for what was taken
    r"for up to (?:us)?[$€£¥]",
    r"\b",
)
#: "CM336 went to Y" (see `_WENT_TO`): a drug handed over, a deal told without a deal word.
_HANDED_OVER = re.compile(r"\b[a-z]{1,6}-?\d{2,}[a-z\d]*\)?\s+(?:went|goes|passed)\s+to\b")


@dataclass
class Votes:
    """Role evidence gathered for the entities of one sentence."""

    roles: list[Role] = field(default_factory=list)
    pairs: list[tuple[int, int, float]] = field(default_factory=list)  # (licensor, licensee, w)

    def add(self, entity: str | None, role: str, weight: float) -> None:
        if entity is not None:
            self.roles.append((int(entity), role, weight))

    first: str | None = None

    def pair(
        self,
        licensor: str | None,
        licensee: str | None,
        weight: float,
        subject: str = "",
        role_weight: float | None = None,
    ) -> None:
        """Record a directed pair; when the nearest subject is the object itself ("with Y,
        and will license ... to Y"), the sentence's first company is the subject.
        `role_weight` (default `weight`) is what the pair says about the roles, when that is
        less than what it says about the two being a deal's parties."""
        roles = weight if role_weight is None else role_weight
        if licensor is not None and licensor == licensee and self.first not in (None, licensor):
            if subject == "licensor":
                licensor = self.first
            elif subject == "licensee":
                licensee = self.first
        if licensor is not None and licensee is not None and licensor == licensee:
            return
        if licensor is not None and licensee is not None:
            self.pairs.append((int(licensor), int(licensee), weight))
        self.add(licensor, "licensor", roles)
        self.add(licensee, "licensee", roles)


#: A sentence about one company: "For ⟨e1⟩, the ⟨e0⟩ pact is ..." (folded text).
_FOR_TOPIC = re.compile(r"for ⟨e(\d+)⟩,")
#: A company's name used to name a deal: "the ⟨e0⟩ pact" (right after the marker).
_DEAL_NOUN_NEXT = re.compile(r"\s+(?:pact|deal|agreement|tie-up|partnership|alliance)\b")
#: A deal placed after or beside an earlier one: "follows", "comes after", "builds on".
_FOLLOWS = re.compile(r"\b(?:follows|followed|comes after|came after|builds on|built on)\b")
#: A buyer of "all outstanding shares of the company" (folded): the company the sentence opens
#: on, which announces it, is bought.
_BUYS_THE_COMPANYS_SHARES = re.compile(
    r"⟨e(?P<e>\d+)⟩[^⟨;]{0,40}?\bacquire\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:outstanding|issued)"
    r"\s+(?:shares|stock)[^⟨;]{0,30}?\s+of\s+the\s+company\b"
)
#: A second licence taken with no subject of its own, after "and" (folded).
_AND_LICENSED_FROM = re.compile(
    r"⟨e\d+⟩\s+and\s+(?:in-)?licen[cs]ed\s+[^⟨;]{1,60}?\s+from\s+⟨e(?P<l>\d+)⟩"
)
#: A second verb of buying with no subject of its own, after a comma and "and" (folded).
_AND_ACQUIRED = re.compile(
    r",\s+and\s+(?:also\s+)?(?:acquired|bought|purchased)\s+(?:[\w-]+\s+){0,3}?⟨e(?P<l>\d+)⟩"
)
#: Patterns naming one party whose other side is the sentence's subject (`Votes.first`):
#: (pattern, strings every match holds, the party's group, the subject's role, weight).
#: "X today announced ... an agreement under which Y will acquire all outstanding shares of
#: the company" (X is bought); "X in-licensed A from Y and licensed B from Z" (X licenses
#: from Z too); "In 2022 X completed the purchase of Y, ..., and acquired vaccine developer Z"
#: (X bought Z too).
_SUBJECT_CARRIED: tuple[tuple[re.Pattern[str], tuple[str, ...], str, str, float], ...] = (
    (_BUYS_THE_COMPANYS_SHARES, ("of the company",), "e", "licensor", 4),
    (_AND_LICENSED_FROM, (" and ", "from"), "l", "licensee", 3),
    (_AND_ACQUIRED, (", and ",), "l", "licensee", 4),
)
#: A licence a regulator issues (folded text, at the end of a `_GRANTEE` match): no deal.
_PERMIT = re.compile(
    r"\b(?:manufacturing|production|import|export|operating|business)\s+licen[cs]es?$"
)


def _between_two(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of a pattern with groups "e" and "l" that join two different companies.

    Why: a match from a company to itself ("⟨e0⟩'s second sizeable purchase since August,
    when ⟨e0⟩ agreed to buy ⟨e5⟩") takes the second mention, and `finditer` would go on after
    it, past the real one; the search starts again at that mention instead.
    """
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if m.group("e") != m.group("l"):
            yield m
            pos = m.end()
        else:
            pos = m.start("l") - 2  # (the "⟨" of that second mention)


def role_votes(masked: str) -> Votes:
    """Weighted licensor/licensee votes from one masked sentence."""
    # an apposition between a subject and its verb is not the subject:
    # "Merck, both a rival and a partner of AstraZeneca, is now putting $4 billion ..."
    unabridged = masked
    # (it needs two markers and a comma: most sentences lack them and skip the scan)
    if "," in masked and masked.count("⟨E") > 1:
        masked = _APPOSITION.sub(_first_group, masked)
        if ", a" in masked:
            masked = _DESCRIBED_ANNOUNCER.sub(_first_group_and_space, masked)
    if (", which " in masked or ", who " in masked or ", known as " in masked) and masked.count(
        "⟨E"
    ) > 1:
        masked = _RELATIVE_ASIDE.sub(_first_group, masked)
    if ", the " in masked and masked.count("⟨E") > 1:
        # "X and Y, the joint owners of CM355 (also known as ICP-B02), licensed it to Z": a
        # description of the subject between it and its verb
        masked = _OWNER_ASIDE.sub(_first_group, masked)
    if " by ⟨E" in masked:
        # "The agreement, signed by X unit Y, gives X exclusive rights": the agreement
        # gives; who signed it is no grantor
        masked = _SIGNED_BY_ASIDE.sub(_first_group, masked)
    if "—" in masked and masked.count("⟨E") > 1:
        # "X is to receive $175 million up front — a figure that includes an equity investment
        # by Y in the listed company — and could earn ...": the aside's company is not the
        # subject of the verb after it
        masked = _DASH_ASIDE.sub(" ", masked)
    v = Votes()
    if "⟨E" not in masked:
        return v
    first = _MARKER.search(masked)
    v.first = first.group(1) if first else None
    folded = _Sentence.of(fold_case(masked))  # markers read ⟨e<n>⟩
    if not folded.rules and unabridged == masked:
        return v  # no rule can match (`whole` below is `folded`): every loop below is empty
    # Each rule is scanned only when the sentence passes its pre-test: `_Rule.finditer`,
    # written out (`X.pattern.finditer(text) if X in rules else ()`), since a call per rule
    # and sentence (about fifty rules) cost more than the test itself.
    rules, text = folded.rules, folded.text
    # payment cues count only in a sentence about money (looked for only when one may match)
    payment_cue = _PAY in rules or _RECEIVE in rules
    if (
        payment_cue
        and _about_money(folded.text)
        and ("fee" not in folded.text or not _NOT_FOR_RIGHTS.search(folded.text))
    ):
        paid = False
        for m in _PAY.pattern.finditer(text) if _PAY in rules else ():
            payer = m.group("e")
            if _DEAL_NOUN_NEXT.match(text, m.end("e") + 1):
                # "X is obligated under the ⟨Y⟩ Agreement to make payments": the name of an
                # agreement, not its payer
                continue
            if " instead " in m.group() and _ROYALTY_PAID.match(text, m.end()):
                # "In Japan, Y will instead pay X a royalty on sales": the licensor's royalty
                # on the territory it kept, paid back the other way; no vote on the deal
                continue
            if _PARTICIPLE_PAY.search(m.group()) and v.first is not None:
                payer = v.first  # "X licensed A from Y, paying $20m": the subject pays
            payee = m.group("l")
            ahead = _WILL_TO_BEFORE.search(text, max(0, m.start("e") - 40), m.start("e") - 2)
            if ahead is not None and payee is None:
                # a machine translation's word order (X将向Y支付): "X will to Y pay $10
                # million first payment": Y is paid
                payer, payee = ahead.group(1), m.group("e")
            v.pair(payee, payer, 4, "licensee")
            paid = True
        if not paid and v.first is not None and _PAY in rules and may_contain(text, _PAYING_WORDS):
            # "X has added another in-licensed asset to its pipeline, paying Y $7m upfront":
            # the subject pays, however far back it stands (`_PAY` reaches 70 characters)
            for m in _PAYING_PAYEE.finditer(text):
                v.pair(m.group(1), v.first, 4, "licensee")
        for m in _RECEIVE.pattern.finditer(text) if _RECEIVE in rules else ():
            # what is received: up to "from Y", else up to the first figure ("X gets worldwide
            # rights in return for $10M" receives rights, and pays)
            what = m.group("what") or _up_to_figure(folded.text, m.end())
            if not _RIGHTS_WORD.search(what):
                receiver = m.group("l")
                if _PARTICIPLE_RECEIVE.search(m.group()) and v.first is not None:
                    receiver = v.first  # "X signed with Y for Z, receiving $80m": X receives
                payer = m.group("e")
                if payer is None:
                    source = _FROM_PAYER.match(text, m.end())
                    if source is not None:
                        payer = source.group(1)  # "X lands $150M upfront ... from Y"
                ahead = _FROM_THEN_RECEIVE.search(text, max(0, m.start() - 40), m.start())
                if ahead is not None and payer is None:
                    # "X will from Y obtain one upfront payment" (a translation's word order)
                    receiver, payer = ahead.group(1), receiver
                v.pair(receiver, payer, 3)
    for m in _GRANTEE.pattern.finditer(text) if _GRANTEE in rules else ():
        if _PERMIT.search(m.group()):
            continue  # "X received a drug manufacturing licence from the NMPA": a permit
        v.pair(m.group("l") or m.group("l2"), m.group("e"), 2)
    for m in _GRANTEE_POSS.pattern.finditer(text) if _GRANTEE_POSS in rules else ():
        v.pair(m.group("l"), m.group("e"), 2)
    for m in _TAKES_FROM.pattern.finditer(text) if _TAKES_FROM in rules else ():
        v.pair(m.group("l"), m.group("e"), 3)
    for m in _SIGNS_UP.pattern.finditer(text) if _SIGNS_UP in rules else ():
        v.pair(m.group("l"), m.group("e"), 2)
    for m in _LINED_UP_FROM.pattern.finditer(text) if _LINED_UP_FROM in rules else ():
        v.pair(m.group("l"), m.group("e"), 2)
    for m in _FROM.pattern.finditer(text) if _FROM in rules else ():
        v.add(m.group("l"), "licensor", 2)
    ventures: set[str] = set()  # joint ventures that grant (named as a company, see below)
    for m in _GRANTOR.pattern.finditer(text) if _GRANTOR in rules else ():
        if (
            m.group("verb") == "grant"
            and not text[m.end("l") + 1 : m.start("verb")].strip()
            and text.startswith((" to ", " from "), m.end("verb"))
            # (but "X grant to Y the exclusive license of Z": a translation's verb)
            and _GRANTED_THING.match(folded.text, m.end()) is None
        ):
            # "$3.5M — NIH grant to X for its gene-therapy work": a grant of money (a
            # translation's "X grant Y the rights" is a verb)
            continue
        if _HANDED_BACK.search(m.group()) and not m.group("verb").startswith(("sel", "sold")):
            # rights handed back reverse an old deal, they do not grant (rights sold back are
            # bought: "X is selling its rights to Y back to Z for $350 million")
            continue
        if folded.text.startswith(("'s", "’s", "' ", "’ "), m.end()):
            continue  # "X licensed Y's ADC": Y owns the drug X licensed (see `_GRANTEE_POSS`)
        if _MONEY_AFTER.match(folded.text, m.end()):
            continue  # "X handed Y $588 million": a payment to Y (see `_PAY`), not a grant
        if _MONEY_AFTER.match(folded.text, m.end("verb")):
            continue  # "X agreed to provide $35 million in cash payments to Y": money, too
        licensor = m.group("l")
        joint = _JOINT_SUBJECT.search(folded.text, max(0, m.start() - 24), m.start())
        if joint is None and _THEY.search(m.group()):
            # "A, the discovery unit of P, and Chinese ADC specialist B said on Thursday they
            # have out-licensed X to C": the first of the two subjects, however described
            joint = _LEADING_CO_SUBJECT.fullmatch(folded.text, 0, m.start())
        if joint is not None and joint.group(1) != m.group("e"):
            licensor = joint.group(1)  # "A and B have jointly out-licensed X to C": A first
        venture = _VENTURE_OF.search(folded.text, max(0, m.start() - 30), m.start())
        if venture is not None and venture.group(1) != m.group("e"):
            licensor = venture.group(1)  # "its KYM joint venture with B licensed X to C"
            ventures.add(licensor)
        if (
            v.first is not None
            and v.first not in (licensor, m.group("e"))
            and _BACKER_BEFORE.search(folded.text, 0, m.start()) is not None
        ):
            # "X helped launch Y with venture firm Z and granted Y an option": the
            # investor named last before the verb is not its subject
            licensor = v.first
        v.pair(licensor, m.group("e"), 3, "licensor")
    for m in _STAKE_SALE.pattern.finditer(text) if _STAKE_SALE in rules else ():
        v.pair(m.group("l"), m.group("e"), 3, "licensor")
    for m in _REPORTED_LICENSE.pattern.finditer(text) if _REPORTED_LICENSE in rules else ():
        v.pair(m.group("l"), m.group("e"), 3)
    for m in _GIVING.pattern.finditer(text) if _GIVING in rules else ():
        v.add(m.group("e"), "licensee", 2)
    for m in _WITH_TAKING.pattern.finditer(text) if _WITH_TAKING in rules else ():
        v.add(m.group("e"), "licensee", 2)
    for m in _between_two(_ACQUIRE.pattern, text) if _ACQUIRE in rules else ():
        what = m.group("what")
        if _A_STAKE.search(what) and not _CONTROL.search(what):
            continue  # "Amgen will acquire a 20.5% stake in BeiGene": an investment
        if _OWED_TO.search(what):
            continue  # "X also picks up obligations owed to Y": Y is owed money, not bought
        v.pair(m.group("l"), m.group("e"), 4, "licensee")
        more = _AND_ANOTHER_FOR.match(folded.text, m.end())
        if more is not None:
            # "acquired X for $3.2 billion and Y for $1.9 billion": a second company bought
            v.pair(more.group(1), m.group("e"), 4)
    if v.first is not None:
        # a second party facing the sentence's subject with no verb of its own (see
        # `_SUBJECT_CARRIED`)
        for pattern, needs, group, role, weight in _SUBJECT_CARRIED:
            if not all(map(text.__contains__, needs)):
                continue
            for m in pattern.finditer(text):
                if m.group(group) != v.first:
                    if role == "licensor":
                        v.pair(v.first, m.group(group), weight)
                    else:
                        v.pair(m.group(group), v.first, weight)
    for m in _ACQUISITION_OF.pattern.finditer(text) if _ACQUISITION_OF in rules else ():
        v.pair(m.group("l"), m.group("e"), 4)
    for m in _PAY_PER_SHARE_FOR.pattern.finditer(text) if _PAY_PER_SHARE_FOR in rules else ():
        v.pair(m.group("l"), m.group("e"), 4)
    for m in _RIGHTS_ACQUISITION.pattern.finditer(text) if _RIGHTS_ACQUISITION in rules else ():
        v.add(m.group("e"), "licensee", 2)
    for m in _WENT_TO.pattern.finditer(text) if _WENT_TO in rules else ():
        v.add(m.group("e"), "licensee", 2)
    for rule in (_MADE_ACQUISITION_OF, _ACQUIRED_BY, _WAS_ACQUIRED_BY, _WHICH_X_BOUGHT, _SALE_TO):
        for m in rule.pattern.finditer(text) if rule in rules else ():
            v.pair(m.group("l"), m.group("e"), 4)
    for m in _TENDER_OFFER_FOR.pattern.finditer(text) if _TENDER_OFFER_FOR in rules else ():
        v.pair(m.group("l") or m.group("l2"), m.group("e"), 4)
    for m in _ORDINAL_DEAL_WITH.pattern.finditer(text) if _ORDINAL_DEAL_WITH in rules else ():
        v.add(m.group("l"), "licensor", 2)
    for m in _IT_LICENSED_TO.pattern.finditer(text) if _IT_LICENSED_TO in rules else ():
        v.pair(v.first, m.group("e"), 3)  # "it" is the sentence's subject
    for rule, weight in (
        (_IT_TOOK_FROM, 3.0),
        (_FROM_THEN_INTRODUCED, 3.0),
        (_BECAME_PART_OF, 4.0),
        (_WENT_BACK_TO, 3.0),
        (_UNTIL_BOUGHT_IT, 4.0),
        (_PAYS_FOR_RIGHTS, 3.0),
        (_PUT_INTO, 3.0),
        (_BETS_ON, 3.0),
        (_CASH_FOR, 3.0),
    ):
        for m in rule.pattern.finditer(text) if rule in rules else ():
            v.pair(m.group("l"), m.group("e"), weight)
    # read before the apposition cut: "For X, the deal ... after its takeover of Y,"
    whole = folded if unabridged == masked else _Sentence.of(fold_case(unabridged))
    for m in (
        _ITS_ACQUISITION_OF.pattern.finditer(whole.text)
        if _ITS_ACQUISITION_OF in whole.rules
        else ()
    ):
        v.pair(m.group("l"), m.group("e"), 4)
    for m in (
        _THE_NAMED_PURCHASE.pattern.finditer(whole.text)
        if _THE_NAMED_PURCHASE in whole.rules
        else ()
    ):
        buyer = m.group("e")
        if v.first is not None and v.first != m.group("l") and _ITS_NAMED.search(m.group()):
            # "X intends to fold Y into its unit, which includes the assets from its Z
            # acquisition": "its" is the subject's, not the company named last
            buyer = v.first
        v.pair(m.group("l"), buyer, 4)
    for m in (
        _MOVES_AFTER_ACQUISITION.pattern.finditer(whole.text)
        if _MOVES_AFTER_ACQUISITION in whole.rules
        else ()
    ):
        v.pair(m.group("l"), m.group("e"), 4)
    for m in _WITH.pattern.finditer(text) if _WITH in rules else ():
        e = m.group("e")
        co = _CO_SUBJECT.search(folded.text, max(0, m.start() - 90), m.start())
        if co is not None and co.group(1) != m.group("l"):
            e = co.group(1)  # "A (hereinafter "A") and B signed ... with C": A is named first
        topic = _FOR_TOPIC.match(folded.text)
        if (
            topic is not None
            and topic.group(1) not in (e, m.group("l"))
            and _DEAL_NOUN_NEXT.match(folded.text, m.end("e") + 1)  # (after the "⟩")
        ):
            # "For X, the Y pact is its second big pharma deal, following a tie-up with Z": Y
            # names a deal; the tie-up with Z is X's
            e = topic.group(1)
        elif (
            folded.text.startswith("the ", max(0, m.start() - 4))
            and _DEAL_NOUN_NEXT.match(folded.text, m.end("e") + 1)
            and _FOLLOWS.search(m.group())
        ):
            # "The Deep Apple pact follows the 14 May agreement with Septerna": the first names
            # a deal, not the party to the one with Septerna
            continue
        if _FINANCING_AGREEMENT.search(m.group()):
            # "X entered into a Loan and Security Agreement ... with Hercules Capital": a
            # lender or an underwriter, no partner
            continue
        if e in ventures:
            continue  # "its KYM joint venture with B licensed X to C": B co-owns KYM
        if _UNIT_AFTER.match(folded.text, m.end("l") + 1):
            continue  # "Y's Dec. 9 pact with X's Chongqing subsidiary": the unit's, unnamed
        if "out-licens" in m.group():
            # "X also signed an out-licensing agreement with Y": the subject licenses out
            v.pair(e, m.group("l"), 2)
            continue
        v.pair(m.group("l"), e, 1)
        for extra in _FOLDED_MARKER.findall(m.group("more") or ""):
            v.pair(extra, m.group("e"), 1)
    for m in _WITH_THEN_SIGNED.pattern.finditer(text) if _WITH_THEN_SIGNED in rules else ():
        v.pair(m.group("l"), m.group("e"), 1)
    for m in (
        _VERB_WITH_THEN_AGREEMENT.pattern.finditer(text)
        if _VERB_WITH_THEN_AGREEMENT in rules
        else ()
    ):
        v.pair(m.group("l"), m.group("e"), 1)
    for m in _WITH_OBJECT.pattern.finditer(text) if _WITH_OBJECT in rules else ():
        if _UNIT_AFTER.match(folded.text, m.end("l") + 1):
            continue  # (see `_WITH`)
        if not _FINANCING_AGREEMENT.search(m.group()):
            v.add(m.group("l"), "licensor", 0.5)
    for m in _UNDER_WHICH_SELLS.pattern.finditer(text) if _UNDER_WHICH_SELLS in rules else ():
        v.add(m.group("e"), "licensee", 2)
        if v.first is not None and v.first != m.group("e"):
            v.add(v.first, "licensor", 2)  # the company that signed, the sentence's subject
    for m in _WITH_GRANTING.pattern.finditer(text) if _WITH_GRANTING in rules else ():
        v.add(m.group("e"), "licensee", 2)
        if v.first is not None and v.first != m.group("e"):
            v.add(v.first, "licensor", 2)  # the participle's subject is the sentence's
    for m in _AND.pattern.finditer(text) if _AND in rules else ():
        if folded.text.endswith(("by ", "from "), 0, m.start()):
            continue  # "a biotech backed by Forbion and OrbiMed, today announced": its backers
        if _THEY_GRANTED_AFTER.match(text, m.end()):
            continue  # "A and B said they had granted C a licence": one side, two names
        if _WITH_THIRD.match(text, m.end()):
            continue  # "A together with B have signed with C ...": one side, two names
        v.pair(m.group("a"), m.group("b"), 0.25)
    for m in _BETWEEN.pattern.finditer(text) if _BETWEEN in rules else ():
        v.pair(m.group("a"), m.group("b"), 0.25)
    for rule, group, role, weight in _LONE_ROLES:
        for m in rule.pattern.finditer(text) if rule in rules else ():
            if rule is _RETAIN and _UNIT_AFTER.match(folded.text, m.end(group) + 1):
                continue  # "X's Chongqing subsidiary remains ...": a unit of X stays, not X
            v.add(m.group(group), role or m.group("role"), weight)
    for rule in (
        _AGREEMENT_FOR,
        _AGREEMENT_WITH_FOR_ITS,
        _LICENSED_TO_BY,
        _IN_LICENSED_DESIGNED,
        _PARKED_IN,
        _ANNOUNCED_GRANTEE,
        _CODEVELOP_ITS_WITH,
        _LICENSED_FROM,
        _ANNOUNCED_IN_LICENSING,
        _TECHNOLOGY_EXPORT,
        _AUTHORIZES_TO,
    ):
        for m in rule.pattern.finditer(text) if rule in rules else ():
            v.pair(m.group("l"), m.group("e"), 3)
    for m in _PARTIES_LINE.pattern.finditer(text) if _PARTIES_LINE in rules else ():
        v.pair(m.group("l"), m.group("e"), 3, role_weight=0.5)
    for m in _PAIR_LINE.pattern.finditer(text) if _PAIR_LINE in rules else ():
        # a bulleted line says "a deal" by itself, licensor first; a heading "BUYER / SELLER —
        # $2B" writes the two in either order
        bullet = m.group("bullet")
        if bullet and bullet[-1] not in ".)" and not m.group("label") and "⟩-⟨" not in m.group():
            v.pair(m.group("l"), m.group("e"), 3)
        else:
            # "1) Eisai / BlissBio (BB-1701, May 2023)", "AbbVie / Ichnos Glenmark Innovation
            # (IGI) - ISB 2001": a heading names a deal's pair, in either order; the text
            # under it says who pays
            v.pair(m.group("l"), m.group("e"), 3, role_weight=0.5)
    for m in (
        _LICENSED_RIGHTS_TO_POSS.pattern.finditer(text) if _LICENSED_RIGHTS_TO_POSS in rules else ()
    ):
        v.pair(m.group("l"), m.group("e"), 3)
    if v.first is not None and _TAKING in rules and _TAKING.pattern.search(text) is not None:
        v.add(v.first, "licensee", 2)
    if (
        v.first is not None
        and _PAYING in rules
        and _PAYING.pattern.search(text) is not None
        and len(set(_MARKER.findall(masked))) == 1
    ):
        v.add(v.first, "licensee", 2)
    return v


#: An owner or backer named beside a party ("a subsidiary of X", "controlled by Y", "founded
#: and backed by Z"): it stands behind the party, it is not the other side of the deal.
_OWNER = re.compile(
    r"(?:\b(?:controlled|owned|backed|founded|funded|incubated|spun out)\s+by|"
    r"\b(?:subsidiary|unit|arm|affiliate|division)\s+of)\s+(?:[\w-]+\s+){0,2}?⟨E(\d+)⟩|"
    # ("Licensor: X ("X"), a Fosun Pharma subsidiary": the owner before the noun)
    # ("Janssen Biotech, Inc. (a Johnson & Johnson company)": the owner in brackets)
    r"(?:,\s*an?\s+|\(\s*(?:an?\s+)?)(?:wholly[- ]owned\s+|majority[- ]owned\s+)?⟨E(\d+)⟩\s+"
    r"(?:subsidiary|unit|arm|affiliate|division|company)\b",
    re.I,
)


#: Rules that give one company a role, in the order they vote: (rule, group naming the
#: company, role — "" when the rule's own "role" group says it — and weight).
_LONE_ROLES: tuple[tuple[_Rule, str, str, float], ...] = (
    (_POSSESSIVE, "l", "licensor", 1),
    (_PLAIN_DRUG, "l", "licensor", 1),
    (_RETAIN, "l", "licensor", 1),
    (_STAYS_WITH, "l", "licensor", 1),
    (_SIGNED_ON, "e", "licensee", 2),
    (_EXERCISED_OPTION, "e", "licensee", 2),
    (_CAN_OPTION, "e", "licensee", 2),
    (_HOLDS_REGION_RIGHTS, "e", "licensee", 2),
    (_BELONGS_IN_REGION, "e", "licensee", 2),
    (_MERGED_INTO, "l", "licensor", 4),
    (_WHICH_BOUGHT, "l", "licensor", 2),
    (_ROLE_IS, "x", "", 3),
    (_ROLE_LABEL, "x", "", 3),
    (_DEFINED_ROLE, "x", "", 3),
    (_BRACKETED_ROLE, "x", "", 3),
    (_BUYER_LABEL, "e", "licensee", 3),
    (_TARGET_LABEL, "l", "licensor", 3),
    (_PARTNER_LABEL, "e", "licensee", 2),
    (_SOURCE_LABEL, "l", "licensor", 2),
    (_SIGNED_BY_LABEL, "l", "licensor", 2),
    (_PAYMENTS_TO, "l", "licensor", 2),
    (_LICENSED_RIGHTS_TO_DRUG, "e", "licensee", 2),
    (_LICENSED_A_DRUG, "e", "licensee", 2),
    (_TOOK_DRUG_FOR, "e", "licensee", 2),
    (_OUT_LICENSES_ALONE, "l", "licensor", 2),
    (_AUTHORIZED_TO, "e", "licensee", 2),
    (_AUTHORIZE_ONE_TO, "e", "licensee", 2),
    (_LICENCE_OF_TO, "e", "licensee", 2),
    (_USES_ITS_PLATFORM, "l", "licensor", 2),
)


#: A company named as another's subsidiary beside it: "⟨S⟩, ⟨P⟩'s Redmond, Washington-based
#: subsidiary", "⟨S⟩, a wholly-owned subsidiary of ⟨P⟩", "⟨S⟩ (⟨P⟩ subsidiary)", "⟨P⟩'s
#: wholly-owned subsidiary ⟨S⟩", "⟨P⟩ said that its subsidiary ⟨S⟩" (groups: s, p; or ps, ss
#: for the owner named first).
_SUBSIDIARY = re.compile(
    r"⟨E(?P<s>\d+)⟩(?:\s*\([^()⟨]{1,40}\))?\s*(?:,\s*|\(\s*)(?:"
    r"⟨E(?P<p>\d+)⟩['’]s\s+(?:[\w.,-]+\s+){0,5}?|"
    r"(?:an?\s+|the\s+)?(?:wholly[- ]owned\s+|majority[- ]owned\s+|[\w-]+-based\s+)?"
    r"(?=(?:subsidiary|unit|arm|affiliate)\s+of\s+⟨E(?P<p2>\d+)⟩)|"
    r"(?:an?\s+)?⟨E(?P<p3>\d+)⟩\s+(?=subsidiary\)))"
    r"(?:subsidiary|unit|arm|affiliate)\b|"
    # ("⟨P⟩ announced yesterday that its wholly owned subsidiary ⟨S⟩ and ...")
    r"⟨E(?P<ps>\d+)⟩(?:['’]s|\s+(?:announced|announces|said|says|disclosed|reported)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:that\s+)?its)"
    r"\s+(?:wholly[- ]owned\s+)?(?:subsidiary|unit)\s+⟨E(?P<ss>\d+)⟩"
)


def subsidiaries(masked: str) -> list[tuple[int, int]]:
    """(subsidiary, owner) pairs a masked sentence states (see `_SUBSIDIARY`)."""
    out = []
    for m in _SUBSIDIARY.finditer(masked):
        if m.group("ps") is not None:
            out.append((int(m.group("ss")), int(m.group("ps"))))
            continue
        owner = m.group("p") or m.group("p2") or m.group("p3")
        if owner is not None and owner != m.group("s"):
            out.append((int(m.group("s")), int(owner)))
    return out


def apposed(masked: str) -> set[int]:
    """Companies named only in an apposition ("X, acting through its subsidiary Y, ..."):
    they stand beside a party, they are not the other party."""
    owners = {int(m.group(1) or m.group(2)) for m in _OWNER.finditer(masked)}
    if "," not in masked:
        return owners
    kept = _APPOSITION.sub(_first_group, masked)
    named = {int(n) for n in _MARKER.findall(masked)}
    return (named - {int(n) for n in _MARKER.findall(kept)}) | owners


#: Strings one of which every match of `_HISTORICAL` contains (the months: "in March"; a
#: year's first two digits: "in 2023", "in early 2024", "in May 2024", "their 2023 pact").
_HISTORICAL_WORDS = (
    *("earlier", "previous", "prior", "first teamed", "first partnered", "back then", "once "),
    *("had already", "may of"),
    *("19", "20", "last ", "ago", "before this", "existing"),
    *("january", "february", "march", "april"),
    *("june", "july", "august", "september", "october", "november", "december"),
)
#: Strings one of which every match of `_NEGATED` contains.
_NEGATED_WORDS = (
    *("talks", "interested in", "hope", "would like to", "could", "considering", "exploring"),
    *("rumo", "may seek", "seeking a partner", "no deal", "declined to"),
    *("stalled", "advanced discussions", "familiar with", "no agreement has", "would have been"),
    *("fell through", "collapsed", "called off", "walked away", "discussed", "to people"),
    *("to the people", "terminated discussions", "terminated talks", "ended talks"),
    *("ended discussions", "broke off"),
)


@lru_cache(maxsize=4096)
def is_historical(sentence_text: str) -> bool:
    low = fold_case(sentence_text)
    if not _tells_the_past(low):
        return False
    # ("Duality Biotherapeutics, the Shanghai ADC house (filed for a Hong Kong IPO last
    # year), granted Y an exclusive license": the past of a bracketed aside is not the deal's)
    if "(" in low and not _tells_the_past(_BRACKETED_ASIDE.sub(" ", low)):
        return False
    # ("the acquisition adds X, approved by the FDA in July 2021 for Y, to Z's portfolio": the
    # date of the drug's approval, not of an earlier deal)
    return "approved" not in low or _tells_the_past(_APPROVED_ASIDE.sub(" ", low))


_BRACKETED_ASIDE = re.compile(r"\([^()]*\)")
_APPROVED_ASIDE = re.compile(r",\s+approved\s+(?:by|in)\b[^,;()]{0,200},")


def _tells_the_past(low: str) -> bool:
    return (
        may_contain(low, _HISTORICAL_WORDS)
        and (
            bool(_HISTORICAL.search(low))
            # "builds on the partnership established on January 4, 2024, when Y licensed ..."
            or (" when" in low and _DATED_RECALL.search(low) is not None)
        )
        and (not _ABOUT_THIS_AGREEMENT.match(low) or _DATED_RECALL.search(low) is not None)
        and not _EXPECTED.search(low)
    )


#: "Under the agreement, Jazz receives ... except where X previously granted rights": the
#: deal being announced, whatever earlier events the sentence recalls. "In consideration for
#: the rights granted, Y paid X ... in January" (a filing's note): the payment for that deal.
_ABOUT_THIS_AGREEMENT = re.compile(
    r"under (?:the terms of )?(?:the|this) (?:agreement|deal)\b|"
    # "The new agreement extends the scope of the partners' earlier work": the new one
    r"(?:the|this) (?:new|expanded) (?:agreement|deal|collaboration|partnership)\b|"
    r"in consideration (?:for|of) the (?:rights|licen[cs]es?) (?:granted|licensed)\b"
)
#: "The new agreement follows the license the two companies signed in January 2024, when X
#: obtained ...": the sentence tells the earlier deal, dated, in its "when" clause ("builds on
#: the partnership established on January 4, 2024, when Y licensed ..." too).
_DATED_RECALL = re.compile(
    r"\b(?:signed|struck|inked|agreed|reached|established|formed)\s+(?:in|on)\s+"
    r"(?:[a-z]+\.?\s+)?(?:\d\d?(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d,?\s+when\b"
)
#: "The companies expect a filing to be submitted in 2023": a year ahead, not an earlier deal.
_EXPECTED = re.compile(
    r"\b(?:expects?|expected to|plans? to|anticipates?|is set to|"
    # "Upon exercise of the option, which Y may do on or before a date in late 2023"
    r"on or before|may (?:do|exercise))\b"
)


def is_negated(sentence_text: str) -> bool:
    low = fold_case(sentence_text)
    if not may_contain(low, _NEGATED_WORDS):
        return False
    return bool(_NEGATED.search(low)) and not _AFFIRMED.search(low)


def is_dealish(sentence_text: str) -> bool:
    folded = fold_case(sentence_text)
    if _DEALISH.search(folded):
        return True
    return (" to " in folded) and _HANDED_OVER.search(folded) is not None


# --- masking ------------------------------------------------------------------------------

#: "It", "Its", "it", "That", "This", "The", "the" as words. Each branch opens with its letter
#: and then checks that no word character precedes it (`(?<!\wT)`: the `\b` before the word),
#: so that the regex engine can skip straight to an I, i, T or t.
_PRONOUN_START = re.compile(
    r"(?:I(?<!\wI)ts?|i(?<!\wi)t|T(?<!\wT)hat|T(?<!\wT)his|T(?<!\wT)he|t(?<!\wt)he)\b"
)
#: `_PRONOUN_START` without "The" and "the": the same matches of the other words (no other
#: word starts inside "the", nor does one of them run into it), for a sentence in which "the"
#: can start no description (see `_may_describe`).
_PRONOUN_ONLY_START = re.compile(r"(?:I(?<!\wI)ts?|i(?<!\wi)t|T(?<!\wT)hat|T(?<!\wT)his)\b")
_IT_BEFORE = re.compile(
    r"(?:^|\b(?:that|which|and|but|said|then|month|year|week|when|after|than|saying|ago|this|"
    r"gives|give|giving|grants|granting|granted|allows|provides)\s|,\s|:\s|\d\d\d\d\s|"
    # "...: in October it paid $85m upfront"
    rf"(?:{MONTH_NAMES}|"
    # "said Thursday it will sell FYARRO to Y", "said on Monday it had entered ..."
    rf"{WEEKDAY_NAMES}|today|yesterday)\s|"
    # "On April 25 it gave X's South Korean arm rights to the drug"
    rf"\b(?:{MONTH_NAMES}|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s\d{{1,2}},?\s)$"
)
#: "It"/"it" as a subject or object; "Its" only when it opens the sentence ("Its biggest bet
#: was the takeover of Y": the company the text is about); "That came", "This marks".
_IT = re.compile(
    r"[Ii]t\b(?!['’]s|\s+is\s+worth)|^Its\b|(?:That|This)(?=\s+(?:came|comes|follows|"
    r"followed|builds|built|marks|marked|adds|added)\b)"
)
#: What a granting verb gives the pronoun after it when that is the other company: rights, a
#: licence, access ("giving it plenty of firepower" is the same company's money).
_GIVEN_RIGHTS = re.compile(
    r"(?:[^.;]|\.(?!\s+[A-Z])){0,60}?\b(?:rights?|licen[cs]es?|access|options?|control|ownership)\b"
)
_GRANT_BEFORE = re.compile(
    r"\b(?:granting|giving|grants|gives|granted|gave|handing|hands|handed)\s$"
)
#: "X took rights to Y's inhibitors, paying the Beijing-based developer USD 45 million", "X has
#: bought ... from Y, handing the Chinese-American biotech $850 million": a description paid
#: money is the other company (nobody pays itself).
_PAID_BEFORE = re.compile(r"\b(?:paying|pays|paid|handing|hands|handed)\s$")
_MONEY_AHEAD = re.compile(r"[^.;$€£¥]{0,60}?(?:[$€£¥]|\b(?:USD|US\$|EUR|RMB|CNY|JPY)\b)")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|to|from|with|by|in|for|at)\s$")
#: "X would sell its share of the rights ... to the British drugmaker": after a transferring
#: verb, "to" + description is the receiving company, never the one that transfers.
_TRANSFER_TO = re.compile(
    r"\b(?:sells?|sold|selling|licen[cs](?:e|es|ed|ing)|out-licen[cs]ed|transfer(?:s|red|ring)?|"
    r"assign(?:s|ed|ing)?)\b[^.;:]*\sto\s$"
)
_DESCRIPTION = re.compile(
    # "The San Diego- and Suzhou-based company": "Diego- and" joins two places
    # "The Alameda, California, company": a city and its state, each closed by a comma
    # ("The Cambridge, MA biotech": a state's two capitals, no comma after them)
    r"[Tt]he\s+(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2},\s(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?,"
    r"|[A-Z]{2}(?=\s+[a-z]))\s+)?"
    # "The Princeton, NJ- and Shanghai-based biotech": a city before its state's seat
    r"(?:[A-Z][\w.]*,\s(?=[A-Z][\w.]*-))?"
    r"(?:(?:[A-Z][\w.-]*-\s+and|[A-Z][\w.-]*|[\w-]+-based|[\w-]+-listed)\s+){0,3}"
    # ("The Danish antibody specialist said Monday it will pay ...": what it makes, in lower case)
    r"(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:company|firm|specialist|"
    r"drugmaker|biotech|group|unit|subsidiary|developer|licensor|licensee|acquirer|buyer|pharma|"
    # ("The Big Pharma has struck a collaboration with X": the buyer, by its kind)
    r"biopharma|offeror|offender|issuer|parent|startup|start-up|Group|Company|Pharma|"
    # ("the British-Swedish pharmaceutical giant", "the Swiss major": not "giant cell
    # arteritis", nor "the major markets", which `_pronouns` leaves out)
    r"giant(?!\s+cell)|major)\b"
)
#: "the major": a description only after a word that names the company's kind or home.
_MAJOR_AFTER = re.compile(r"(?:[A-Z][\w.-]*|pharma|pharmaceutical|drug|biotech)\s+major$")


#: The nouns with which a description that holds a name describes that company itself.
_ITSELF_NOUNS = ("company", "firm", "group", "Group", "Company", "corporation")
#: What names a company as an investor right before it: "with venture firm ⟨Z⟩".
_BACKER_BEFORE = re.compile(
    r"\b(?:venture(?:\s+capital)?|VC|investment|private[- ]equity)\s+(?:firm|investor|fund|"
    r"group|house)\s+$|\binvestors?\s+$",
    re.I,
)
#: Nouns of a description that is another company than the one named in it.
_UNIT_NOUNS = ("subsidiary", "unit", "arm", "affiliate", "division")


#: "The licensor is X": a role named by its word, not a description standing for a company.
_ROLE_COPULA = re.compile(r"\s+(?:is|was|will be)\s+(?=[A-Z])")


def _transferred_to(text: str, pos: int) -> bool:
    return text.endswith("to ", 0, pos) and _TRANSFER_TO.search(text, 0, pos) is not None


#: Strings one of which every match of `_DESCRIPTION` holds (its nouns, case as written:
#: "licens" stands for licensor and licensee, "offe" for offeror and offender, "start" for
#: startup and start-up).
_DESCRIPTION_NOUNS = (
    *("company", "Company", "firm", "drugmaker", "biotech", "group", "Group", "unit"),
    *("subsidiary", "developer", "licens", "acquirer", "buyer", "pharma", "offe", "issuer"),
    *("parent", "start", "Pharma", "specialist", "giant", "major"),
)


def _pronouns(text: str) -> list[tuple[int, int, str]]:
    """Pronouns and descriptions that can stand for a company: "it", "the Shanghai biotech".

    A "the" adds something only when `_DESCRIPTION` matches at it, which needs one of
    `_DESCRIPTION_NOUNS`: most sentences hold none, and their "the"s (the commonest word,
    each a turn of the loop below and a failed match) are not looked for at all.
    """
    out = []
    describes = may_contain(text, _DESCRIPTION_NOUNS)
    for m in (_PRONOUN_START if describes else _PRONOUN_ONLY_START).finditer(text):
        pos = m.start()
        before = text[max(0, pos - 12) : pos]
        if m.group()[0] in "IiT" and m.group() != "The" and m.group() != "the":
            it = _IT.match(text, pos)
            if it and _IT_BEFORE.search(before):
                out.append((pos, it.end(), it.group()))
            continue
        d = _DESCRIPTION.match(text, pos)
        if d and d.group().endswith(("licensor", "licensee")) and _ROLE_COPULA.match(text, d.end()):
            continue
        if d and d.group().endswith("major") and not _MAJOR_AFTER.search(d.group()):
            continue  # "the major markets"
        if d and text.startswith(" of ", d.end()):
            continue  # "the main operating unit of X": a relation to X, standing for no one
        if d and (not _PREPOSITION_BEFORE.search(before) or _transferred_to(text, pos)):
            out.append((pos, d.end(), d.group()))
    return out


#: A bulleted line that opens on a deal verb with no subject ("- Completed the acquisition of
#: X", "• Entered into a license agreement with Y"): the bullet stands for the announcer.
_SUBJECTLESS_BULLET = re.compile(
    r"\s*([-•*–·])\s+(?=(?:Completed|Closed|Announced|Entered|Signed|Agreed|Acquired|Licensed|"
    r"Out-licensed|In-licensed|Granted|Formed|Expanded|Reached|Struck|Obtained|Exercised)\b)"
)
#: The same without a bullet, where a label's colon shows the line is a sheet's entry:
#: "Completed 28 June 2023: acquisition of X".
_SUBJECTLESS_LINE = re.compile(
    r"(?:Completed|Closed)\s+[^:\n]{0,30}:\s*(?:the\s+)?(?:acquisition|purchase|takeover)\s+of\b"
)
#: The bullets `_SUBJECTLESS_BULLET` opens with (after spaces).
_BULLETS = ("-", "•", "*", "–", "·")
_WE_US = re.compile(r"\b(?:[Ww]e|us)\b")
#: "Company" with no article or name before it: at a sentence's or a clause's start, or after
#: "and", "with", "between" (a translation's 公司). Not "the Company", "Pharmaceutical Company".
BARE_COMPANY = re.compile(
    r"(?:^|[(:;,]\s*|\b(?:and|with|between|by|to|that|because|while|year|month|day|\d)\s+)"
    r"(Company)\b(?!\s+[A-Z])"
)
_ANNOUNCER_WORDS = re.compile(r"^[Tt]he\s+(?:offeror|offender|issuer|Company|Group)$")
_PAIR_WORDS = re.compile(
    r"\b(?:[Tt]he two (?:companies|partners|firms)|[Tt]he partners|"
    r"[Bb]oth companies|[Tt]he companies)\b"
)


#: Where the clause of a pronoun ends, for `mask`: a relative or appositive clause after a
#: comma, or a semicolon.
_CLAUSE_AFTER = re.compile(r";|,\s+(?:which|who|whose|while|a|an)\s")
_NAMED_TWICE_IN_BRACKETS = re.compile(r"(⟨E(\d+)⟩)\s*\(\s*⟨E\2⟩\s*\)")
_NAMED_TWICE = re.compile(
    r"(⟨E(\d+)⟩)(?:\s*\([^()⟨]{1,30}\))?(?:\s*,)?\s+(?:and|together with)\s+⟨E\2⟩"
    r"(?:\s*\([^()⟨]{1,30}\))?"
)


@dataclass
class Masked:
    """A sentence with company mentions replaced by markers, and which mention each stands for."""

    text: str
    entities: list[int]
    positions: dict[int, int]  # entity id → offset in the document of its first mention here
    pair_reference: bool = False
    resolved: dict[int, int] = field(default_factory=dict)
    #: no company is named, each marker is a pronoun's or a description's ("The South San
    #: Francisco biotech handed the Shanghai-based company exclusive rights"): who is who is
    #: a guess
    described: bool = False


def _by_country(
    candidates: list[int],
    mentions: list[OrgMention],
    at: int,
    countries: dict[int, str],
    country: str,
    *,
    opens_sentence: bool = False,
    named_before: Sequence[OrgMention] = (),
) -> list[int]:
    """`candidates` of a description at `at` naming `country`: the companies of that country
    first, then those of unknown country, those of another country last. When every
    candidate is of another country, the latest company of that country named before comes
    first (else the latest of unknown country)."""
    same = [c for c in candidates if countries.get(c) == country]
    if not same and opens_sentence and not all(c in countries for c in candidates):
        # "..., while Lilly takes an exclusive licence to the rest of the world. The American
        # drugmaker pays US$10 million upfront": a description opening its sentence is the
        # company of that country named just before, and after every candidate whose country
        # is unknown (not past one: "Solix announced ..., saying the Shanghai biotech will")
        before = [m for m in mentions if m.start < at]
        unknown_last = max(
            (m.start for m in before if m.entity in candidates and m.entity not in countries),
            default=-1,
        )
        same = next(
            (
                [m.entity]
                for m in reversed(before)
                if m.start > unknown_last
                and at - m.start < _JUST_BEFORE
                and countries.get(m.entity) == country
            ),
            [],
        )
    elif not same and named_before and not all(c in countries for c in candidates):
        # "Metsera said it had signed an agreement with Pfizer under which the New York
        # drugmaker will pay": a description within its sentence, no candidate known to be
        # of its country, is the company of that country named before it in the sentence
        same = next(
            ([m.entity] for m in reversed(named_before) if countries.get(m.entity) == country),
            [],
        )
    elif not same and all(c in countries for c in candidates):
        earlier = [m.entity for m in reversed(mentions) if m.start < at]
        same = next(([e] for e in earlier if countries.get(e) == country), [])
        if not same:
            # "The Danish dermatology group pays EUR 15m" after "... under which LEO Pharma
            # will distribute ...", LEO's country unknown: the latest company that may be it
            same = next(([e] for e in earlier if e not in countries), [])
    unknown = [c for c in candidates if c not in countries and c not in same]
    other = [c for c in candidates if c in countries and c not in same]
    return same + unknown + other


#: Right before a description that opens a clause of its own, as its subject ("under which
#: the New York drugmaker will pay"; not "giving the Chengdu drugmaker a piece of ...").
_OPENS_CLAUSE = re.compile(r"(?:\b(?:which|whereby|while|and|but)|[,;—])\s+$")


def _seated_in(mentions: list[OrgMention], at: int, place: str) -> int | None:
    """The latest company named before `at` whose name holds `place` as a word."""
    for m in reversed(mentions):
        if m.start < at and place in _NAME_WORDS.findall(m.name.lower()):
            return m.entity
    return None


_NAME_WORDS = re.compile(r"[a-z]+")


#: How far back (characters) a company named "just before" a description may stand.
_JUST_BEFORE = 300
#: A description that is a party's role and nothing more.
_ROLE_WORD = re.compile(r"[Tt]he\s+(licensor|licensee|Licensor|Licensee)")


#: After a company's name, its bracket of defined terms: '(hereinafter "the Counterparty" or
#: "MSD")', '(the "Licensor" or "Highlightll")': each "the X" term is that company.
_DEFINED_TERMS = re.compile(
    # ("(Nasdaq: AVBP, the "Counterparty" or "ArriVent")": a listing before the terms)
    r"\s*\((?:[^()\"“”,]{1,30},\s*)?(?:hereinafter\s+(?:referred\s+to\s+as\s+)?|"
    r"collectively,?\s+)?"
    r"(?P<terms>(?:the\s+)?[\"“][^\"”()]{2,40}[\"”](?:,?\s+(?:or|and)\s+(?:the\s+)?"
    r"[\"“][^\"”()]{2,40}[\"”])*)\)"
)
#: The defined terms that name a party ('the "Merger"' after a company names a transaction).
_PARTY_TERMS = frozenset(
    [
        *("Counterparty", "Licensee", "Licensor", "Partner", "Collaborator", "Purchaser"),
        *("Buyer", "Seller", "Vendor", "Acquirer", "Offeror", "Investor", "Subscriber"),
        "Distributor",
    ]
)
_QUOTED_TERM = re.compile(r"(the\s+)?[\"“](the\s+)?([A-Z][a-z]+)[\"”]")


def defined_terms(text: str, mentions: list[OrgMention]) -> dict[str, int]:
    """The defined terms a filing gives its companies ("the Counterparty", "the Licensee"),
    each with the company it stands for. Only a party's noun after "the" counts (a company's
    own short name in the bracket is one of its names already; "the Company" and "the
    Group" are the announcer's, see `mask`)."""
    out: dict[str, int] = {}
    if "(" not in text:
        return out
    for m in mentions:
        found = _DEFINED_TERMS.match(text, m.end)
        if found is None:
            continue
        for q in _QUOTED_TERM.finditer(found.group("terms")):
            word = q.group(3)
            if (q.group(1) or q.group(2)) and word in _PARTY_TERMS:
                out.setdefault(f"the {word}", m.entity)
                out.setdefault(f"The {word}", m.entity)
    return out


def _by_role(
    candidates: list[int], mentions: list[OrgMention], leaning: dict[int, float], role: str
) -> list[int]:
    """`candidates` of "the licensor" (or "the licensee") without the companies the text has
    so far firmly given the other role; when none is left, the first company of the text
    that may have it, even one named later ("Endeavor ... has obtained exclusive global
    rights to ENV-501 ... the licensor will receive up to $430 million ... The asset was
    discovered by Hummingbird")."""
    sign = 1.0 if role == "licensor" else -1.0
    fits = [c for c in candidates if leaning.get(c, 0.0) * sign >= 0]
    if fits or not candidates:
        return fits
    return next(([m.entity] for m in mentions if leaning.get(m.entity, 0.0) * sign >= 0), [])


def _pronoun_candidates(
    text: str,
    ps: int,
    s: int,
    subject: int | None,
    inside: list[OrgMention],
    topic: list[int],
) -> list[int]:
    """The companies a pronoun or description at `s` (`ps` in the sentence `text`) may stand
    for, most likely first."""
    transferred = _transferred_to(text, ps)
    if (subject is not None or (inside and inside[0].start < s)) and (
        (
            _GRANT_BEFORE.search(text, max(0, ps - 12), ps)
            and _GIVEN_RIGHTS.match(text, ps) is not None
        )
        or transferred
        or (
            _PAID_BEFORE.search(text, max(0, ps - 8), ps)
            and _MONEY_AHEAD.match(text, ps) is not None
        )
    ):
        # "the biotech ... with Roche, granting the pharma rights", "X markets it with Y
        # under a partnership that gave the U.S. drugmaker rights": nobody grants itself,
        # so a description after a granting verb is the other company named before it
        giver = subject if subject is not None else inside[0].entity
        if transferred and (nearest := [m for m in inside if m.end <= s]):
            # "Y was set up in 2019, and its asset came from X itself: X licensed the antibody
            # out to the company": who licenses is named right before the verb
            giver = nearest[-1].entity
        # (nearest first: "X, the US arm of Y, has bought ... from Z, handing the biotech ...")
        candidates = [m.entity for m in reversed(inside) if m.start < s and m.entity != giver]
        if transferred and subject is not None and subject != giver:
            # ("The Cambridge, MA biotech was set up by Y ...: X licensed the antibody out
            # to the company": the sentence's subject, not its backer)
            candidates.insert(0, subject)
        return candidates + [t for t in topic if t != giver]
    if subject is not None:
        return [subject, *topic]
    if inside and inside[0].start < s:
        return [inside[0].entity, *topic]
    return list(topic)


#: Between a company and a pronoun that is the company again: "X said Tuesday it ...".
_SAID_IT = re.compile(
    rf"\s+(?:said|says|announced|added)\s+(?:(?:on\s+)?(?:{WEEKDAY_NAMES})\s+|today\s+|"
    r"yesterday\s+)?(?:that\s+)?"
)


def _speaker(
    text: str,
    base: int,
    ps: int,
    inside: list[OrgMention],
    pronouns: list[tuple[int, int, int]],
) -> int | None:
    """The company (named or described) that "said" right before a pronoun, if any."""
    ends = [(m.end, m.entity) for m in inside if m.end <= base + ps]
    ends += [(e, ent) for _, e, ent in pronouns if e <= base + ps]
    if not ends:
        return None
    end, entity = max(ends)
    return entity if _SAID_IT.fullmatch(text, end - base, ps) else None


def mask(
    sentence: Sentence,
    mentions: list[OrgMention],
    topic: list[int],
    announcer: int | None = None,
    inside: list[OrgMention] | None = None,
    countries: Callable[[], dict[int, str]] | None = None,
    *,
    first_person: bool = False,
    opens_paragraph: bool = False,
    leaning: dict[int, float] | None = None,
    defined: dict[str, int] | None = None,
) -> Masked:
    """Replace mentions in `sentence` by markers; resolve pronouns to the topic companies.

    `topic` lists recent sentence-leading companies, most recent first; a pronoun stands for
    the first one not already named after it in the sentence. `countries` gives each
    company's country (asked only when a description names one: "the British drugmaker").
    `first_person`: the sentence is the announcer's own words (a call transcript's executive),
    so "we" and "us" stand for it. `opens_paragraph`: a sentence-opening "Its" then stands for
    no one (within a paragraph it goes on about the paragraph's company; the first sentence of
    one may turn to any company named before). `leaning`: each company's net licensor vote
    from the firm cues of the sentences before; "the licensor" is then no company that has
    taken rights, "the licensee" none that has granted them. `defined`: the filing's defined
    terms ("the Counterparty") and the company each stands for (see `defined_terms`).
    """
    if inside is None:
        inside = [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end]
    out: list[str] = []
    pos = sentence.start
    entities: list[int] = []
    positions: dict[int, int] = {}
    text = sentence.text
    base = sentence.start
    # pronouns first, as pseudo-mentions
    pronouns: list[tuple[int, int, int]] = []
    subject: int | None = None
    first_mention = inside[0].start if inside else sentence.end
    for ps, pe, word in _pronouns(text):
        if opens_paragraph and word == "Its":
            continue
        s, e = base + ps, base + pe
        if any(m.start <= s < m.end or (s < m.start and m.end == e) for m in inside):
            # inside a name, or "the" before one whose last word is a description's noun
            # ("the Regor Therapeutics Group"; not "the Aditum subsidiary")
            continue
        if word.endswith(_ITSELF_NOUNS) and any(
            s < m.start and m.end < e and text[m.end - base] == " " for m in inside
        ):
            # "the United States Erigen company": the company named in it, not another (a
            # unit, a subsidiary or "the Aditum-backed company" is another)
            continue
        if word[:4].lower() == "the " and any(
            m.start > e and not text[pe : m.start - base].strip() for m in inside
        ):
            # "to the US company TRACON Pharmaceuticals": a description of the name it opens
            continue
        if announcer is not None and _ANNOUNCER_WORDS.match(word):
            # a defined term of the filing ("the Group, through its subsidiary X and Y,"):
            # the announcer even when one of its own names follows
            target: int | None = announcer
        else:
            # named after it, and not before: "it" is not that company ("it licensed X to Y");
            # a company named before it may come back ("X ... said it ... using X's platform")
            before = {m.entity for m in inside if m.start < s}
            # (within its clause: "it will buy X ..., a figure that folds in the X debt Y is
            # taking over" leaves "it" free to be Y)
            brk = _CLAUSE_AFTER.search(text, pe)
            end = base + brk.start() if brk else sentence.end
            after = [m.entity for m in inside if e <= m.start < end and m.entity not in before]
            candidates = _pronoun_candidates(text, ps, s, subject, inside, topic)
            if countries is not None and (country := description_country(word)):
                # (a clause's subject: "According to the agreement, the British-Swedish
                # pharmaceutical giant obtains ...", "under which the New York drugmaker")
                opens = ps == 0 or _OPENS_CLAUSE.search(text, max(0, ps - 12), ps) is not None
                candidates = _by_country(
                    candidates,
                    mentions,
                    s,
                    countries(),
                    country,
                    opens_sentence=opens,
                    named_before=[m for m in inside if m.end <= s] if opens else (),
                )
            if (place := description_place(word)) is not None and (
                seated := _seated_in(mentions, s, place)
            ) is not None:
                # "the Suzhou biotech" after "Nona Biosciences (Suzhou) Co., Ltd.": the company
                # whose own name holds the place
                candidates = [seated, *(c for c in candidates if c != seated)]
            if leaning and (role := _ROLE_WORD.fullmatch(word)) is not None:
                candidates = _by_role(candidates, mentions, leaning, role.group(1).lower())
            if word.endswith(("startup", "start-up")):
                # "Leads helped launch Y with venture firm Z and granted the start-up an
                # option": the start-up is not the investor beside it
                backers = {
                    m.entity
                    for m in inside
                    if m.end <= s and _BACKER_BEFORE.search(text, 0, m.start - base) is not None
                }
                candidates = [c for c in candidates if c not in backers]
            if word.endswith(_UNIT_NOUNS):
                # "The Roche subsidiary will pay Regor": the unit of the company named in it,
                # not that company
                named = {m.entity for m in inside if s < m.start and m.end < e}
                candidates = [c for c in candidates if c not in named]
            target = next((c for c in candidates if c not in after), None)
            speaker = _speaker(text, base, ps, inside, pronouns) if word[:1] in "Ii" else None
            if speaker is not None:
                # "the French pharma said Tuesday it has licensed ...": who said it
                target = speaker
        if target is None:
            continue
        if s < first_mention and subject is None:
            subject = target
        pronouns.append((s, e, target))
    if first_person and announcer is not None:
        # "Regeneron is paying us $400 million upfront": the speaker's company
        pronouns.extend(
            (base + m.start(), base + m.end(), announcer) for m in _WE_US.finditer(text)
        )
    if (
        announcer is not None
        and text.lstrip().startswith(_BULLETS)  # (how every `_SUBJECTLESS_BULLET` opens)
        and (bullet := _SUBJECTLESS_BULLET.match(text)) is not None
    ):
        # "- Completed the acquisition of Verve" under a company's results: the company did
        pronouns.append((base + bullet.start(1), base + bullet.end(1), announcer))
    elif (
        announcer is not None
        and text.startswith(("Completed", "Closed"))
        and _SUBJECTLESS_LINE.match(text) is not None
    ):
        # a fact sheet's "Completed 28 June 2023: acquisition of X": the sheet's company did
        pronouns.append((base, base, announcer))
    if announcer is not None and "Company" in text:
        # a translated announcement's bare "Company" (公司): "Company and X signed ...",
        # "Company will get upfront payment": the announcer, as "the Company" is
        taken = [(p[0], p[1]) for p in pronouns]
        for found in BARE_COMPANY.finditer(text):
            s, e = base + found.start(1), base + found.end(1)
            if not any(a < e and s < b for a, b in taken) and not any(
                m.start < e and s < m.end for m in inside
            ):
                pronouns.append((s, e, announcer))
    if defined:
        # a filing's defined terms ('Merck Sharp & Dohme LLC (hereinafter "the
        # Counterparty")'): the company the filing gave the term to, whatever guess a
        # description of the same words made
        for term, ent in defined.items():
            for found in re.finditer(re.escape(term), text):
                s, e = base + found.start(), base + found.end()
                if any(m.start < e and s < m.end for m in inside):
                    continue
                pronouns = [p for p in pronouns if not (p[0] < e and s < p[1])]
                pronouns.append((s, e, ent))
    spans = sorted([(m.start, m.end, m.entity) for m in inside] + pronouns)
    resolved: dict[int, int] = {}
    placed = 0
    for s, e, ent in spans:
        if s < pos:
            continue
        out.append(sentence.text[pos - base : s - base])
        out.append(f"⟨E{ent}⟩")
        placed += 1
        if ent not in entities:
            entities.append(ent)
            positions[ent] = s
        if (s, e, ent) in pronouns:
            resolved[ent] = s
        pos = e
    out.append(sentence.text[pos - base :])
    masked = "".join(out)
    markers = masked.count("⟨E")
    # both patterns need one company's marker twice: not the case when each marker placed
    # names another company and the text held no marker-like "⟨E" of its own
    if markers > 1 and (markers != placed or len(entities) < placed):
        # "X (X)", "X and X", "X, together with X": one party named twice
        masked = _NAMED_TWICE_IN_BRACKETS.sub(_first_group, masked)
        masked = _NAMED_TWICE.sub(_first_group, masked)
    if "-based ⟨" in masked or "-listed ⟨" in masked:
        # "licensed SYS6005 to US-based Radiance": the seat is part of how the company is named
        masked = _SEAT_BEFORE_MARKER.sub("", masked)
    return Masked(
        masked,
        entities,
        positions,
        _names_the_pair(text),
        resolved,
        described=not inside and len(entities) > 1,
    )


_SEAT_BEFORE_MARKER = re.compile(
    # "San Diego-based X", "Hong Kong-listed X": the place's first words go with it
    r"(?<![\w-])(?:[A-Z][\w.]*\s+){0,2}[\w.-]+-(?:based|listed) (?=⟨E)"
)


def _names_the_pair(text: str) -> bool:
    """ "The two companies", "both companies": the sentence speaks of the deal's two parties."""
    has_word = "companies" in text or "partners" in text or "firms" in text  # cheap pre-test
    return has_word and _PAIR_WORDS.search(text) is not None
