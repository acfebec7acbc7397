"""Deals listed in a table: one row per deal, its columns named by a header row.

Why: BD reference sheets, newsletters and pages converted to Markdown list deals as
`| Announced | Licensor | Licensee | Asset | Upfront | Total |` rows. The sentence rules read
prose; a row has no verbs, but its header says what every cell is, so each row is read by
column. A table counts only when its header names both sides of the deal (licensor and
licensee, seller and buyer); every field keeps the span of its cell as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from dealradar.extract.assets import find_assets
from dealradar.extract.dates import find_dates
from dealradar.extract.en.payments import DealTerms, money_of
from dealradar.extract.money import find_money, prefix_currency
from dealradar.extract.nationality import place_country
from dealradar.extract.territory import classify_sentence
from dealradar.model import Asset, Company, Deal, Evidence, Money
from dealradar.model.money import Qualifier
from dealradar.model.vocab import DEAL_TYPES, TerritoryClass

#: A row: "| a | b |", or "a | b | c" without the outer pipes (Markdown allows both; the bare
#: form needs two pipes, three cells, so that a line of prose with one "|" is no row).
_LINE = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$|^[ \t]*((?:[^|\n]*\|){2,}[^|\n]*?)[ \t]*$", re.M)
_RULE_ROW = re.compile(r"^[\s|:-]+$")
#: Header words → the field a column holds (first match wins, so "licensee" is tested
#: before "licensor" can be read into "licens").
_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("licensee", r"\b(?:licensee|buyer|acquirer|in-licensor|partner)\b"),
        ("licensor", r"\b(?:licensor|seller|out-licensor|originator)\b"),
        ("assets", r"\b(?:assets?|drugs?|products?|molecules?|programs?|candidates?)\b"),
        ("deal_type", r"\b(?:type|structure)\b"),
        ("territory", r"\b(?:territory|region|rights|geo|geography)\b"),
        ("upfront", r"\b(?:up-?front|down payment)\b"),
        ("near_term", r"\bnear[- ]term\b"),
        ("milestones", r"\b(?:milestones?|MS)\b"),
        ("equity", r"\bequity\b"),
        ("total", r"\b(?:total|value|headline|deal size|consideration)\b"),
        ("announced", r"\b(?:announced|date|signed)\b"),
    )
)
#: A bracket in a party cell: "(Formation Bio)", "(Nanjing)".
_BRACKETED = re.compile(r"\s*\(([^()]+)\)")
#: A party cell's further names: "Kenmare Bio (Formation Bio)", "A and B", "A / B".
_ALSO = re.compile(_BRACKETED.pattern + r"|\s+(?:and|&|/)\s+")
_NOT_A_NAME = re.compile(r"^[\W_]*$|\*\*|^(?:n\.?d\.?|n/a|undisclosed|-+|—)$", re.I)


@dataclass(frozen=True)
class _Cell:
    start: int
    end: int

    def text(self, doc: str) -> str:
        return doc[self.start : self.end]


def table_deals(text: str, published: date | None) -> list[Deal]:
    """The deals of every table in `text` whose header names licensor and licensee columns."""
    deals: list[Deal] = []
    for header, rows in _tables(text):
        columns = _columns(text, header)
        if "licensor" not in columns.values() or "licensee" not in columns.values():
            continue
        unit = _declared_unit(text, header[0].start)
        # (the sellers' column headed "Target": `_columns` gives that name to it beside a buyer's)
        seller = next(i for i, name in columns.items() if name == "licensor")
        bought = _TARGET_LABEL.fullmatch(header[seller].text(text)) is not None
        for row in rows:
            cells = {columns[i]: c for i, c in enumerate(row) if i in columns}
            deal = _row_deal(text, cells, unit, published)
            if deal is not None and bought:
                deal = _bought(text, cells, deal)
            if deal is not None:
                # a row's derived total and USD equivalents, as for a deal read from prose
                deals.append(DealTerms().finish(deal, deal.announced or published))
    return _with_territory_notes(text, deals) if deals else deals


def piped(text: str) -> str:
    """`text` with a delimited export's table ("deal_date;rights_buyer;rights_seller;...", or
    tab-separated) written as pipe rows, its header's underscores as spaces: the same length,
    so every cell keeps its offsets and its quote. A text with no such table is returned as
    it is. The header must name both sides of a deal, as for any table."""
    out = text
    for delimiter in (";", "\t"):
        if text.count(delimiter) < 6:
            continue  # (two rows of four cells at least: most texts hold fewer delimiters)
        lines = _DELIMITED[delimiter].finditer(text)
        block: list[re.Match[str]] = []
        for m in [*lines, None]:
            if m is not None and (not block or m.start() == block[-1].end() + 1):
                block.append(m)
                continue
            if len(block) >= 2:
                header = block[0].group().replace(delimiter, "|").replace("_", " ")
                if _names_both_sides(header):
                    out = out[: block[0].start()] + header + out[block[0].end() :]
                    for row in block[1:]:
                        line = row.group().replace(delimiter, "|")
                        out = out[: row.start()] + line + out[row.end() :]
            block = [m] if m is not None else []
    return out


#: A line of an export with three delimiters or more (four cells), by delimiter.
_DELIMITED = {d: re.compile(rf"^[^{d}\n#]*(?:{d}[^{d}\n]*){{3,}}$", re.M) for d in (";", "\t")}


def _names_both_sides(header: str) -> bool:
    """Whether a header row (in pipes) names a licensor column and a licensee column."""
    m = _LINE.match(header)
    names = set(_columns(header, _cells(m)).values()) if m is not None else set()
    return "licensor" in names and "licensee" in names


def _tables(text: str) -> Iterator[tuple[list[_Cell], list[list[_Cell]]]]:
    """Each run of consecutive `| … |` lines: its header cells and its data rows."""
    block: list[list[_Cell]] = []
    last_end = -2
    for m in _LINE.finditer(text):
        if m.start() > last_end + 1 and block:
            yield from _split(text, block)
            block = []
        block.append(_cells(m))
        last_end = m.end()
    if block:
        yield from _split(text, block)


def _split(text: str, block: list[list[_Cell]]) -> Iterator[tuple[list[_Cell], list[list[_Cell]]]]:
    if len(block) >= 3 and _RULE_ROW.match("".join(c.text(text) for c in block[1]) or "-"):
        yield block[0], block[2:]
    elif len(block) >= 2 and not _RULE_ROW.match("".join(c.text(text) for c in block[0]) or "-"):
        # a plain-text table without the rule under its header ("Announced | Acquirer | Target
        # | ..." then its rows): its header must still name both sides to count
        yield block[0], block[1:]


def _cells(m: re.Match[str]) -> list[_Cell]:
    group = 1 if m.group(1) is not None else 2
    cells, at = [], m.start(group)
    for part in m.group(group).split("|"):
        lead = len(part) - len(part.lstrip())
        cells.append(_Cell(at + lead, at + len(part.rstrip())))
        at += len(part) + 1
    return cells


def _columns(text: str, header: list[_Cell]) -> dict[int, str]:
    out: dict[int, str] = {}
    for i, cell in enumerate(header):
        label = cell.text(text)
        for name, pattern in _COLUMNS:
            if not pattern.search(label):
                continue
            if name == "milestones" and name in out.values() and _MORE not in out.values():
                name = _MORE  # "| Dev/reg MS | Sales MS |": two parts of one sum
            if name not in out.values():
                out[i] = name
                break
    if "licensor" not in out.values() and any(
        _BUYER_LABEL.search(header[i].text(text)) for i, n in out.items() if n == "licensee"
    ):
        # "| Acquirer | Target |": beside a buyer, the target is the company bought (alone,
        # "Target" is a drug's molecular target)
        target = next(
            (i for i, c in enumerate(header) if _TARGET_LABEL.fullmatch(c.text(text))), None
        )
        if target is not None:
            out[target] = "licensor"
    return out


#: A second milestones column ("Sales MS" after "Dev/reg MS"), added to the first.
_MORE = "more_milestones"
#: A header naming the buying side, and one naming the company bought beside it.
_BUYER_LABEL = re.compile(r"\b(?:buyer|acquirer)\b", re.I)
_TARGET_LABEL = re.compile(r"\s*target(?:\s+company)?\s*", re.I)


#: A table's unit stated above it: "amounts in US$ millions unless noted", a caption's
#: "(US$m unless stated)", "(in $ millions)".
_UNIT = re.compile(
    r"(?:\b(?:amounts?|figures?|values?|terms)\s+(?:are\s+)?in\s+|\((?:in\s+)?)"
    r"(?P<currency>US\$|USD|\$|RMB|CNY|EUR|€)\s?(?P<scale>millions?|billions?|mn|m|bn)\b",
    re.I,
)
#: A cell that is a bare figure in the table's unit: "1,010", "up to 881.5", "~25", "75*"
#: (its footnote mark read past: the note qualifies the figure, it does not replace it).
_BARE_FIGURE = re.compile(
    r"\s*(?P<qualifier>up to|over|more than|about|approx\.?|~)?\s*"
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:\*+|†|‡)?\s*",
    re.I,
)
_BARE_QUALIFIERS: dict[str, Qualifier] = {"up to": "up_to", "over": "over", "more than": "over"}


def _declared_unit(text: str, header_start: int) -> tuple[str, Decimal] | None:
    """The currency and scale that the few lines above a table declare for its figures."""
    found = _UNIT.search(text, max(0, header_start - 400), header_start)
    if found is None:
        return None
    scale = found.group("scale").lower()
    factor = Decimal(1_000_000_000) if scale.startswith("b") else Decimal(1_000_000)
    return prefix_currency(found.group("currency")), factor


def _bare_money(text: str, cell: _Cell, unit: tuple[str, Decimal]) -> Money | None:
    """A cell's bare figure read in the table's declared unit ("1,010" under "amounts in US$
    millions" is $1.01 billion); a cell with any other words is not read."""
    m = _BARE_FIGURE.fullmatch(text, cell.start, cell.end)
    if m is None:
        return None
    qualifier = (m.group("qualifier") or "").lower()
    amount = Decimal(m.group("number").replace(",", "")) * unit[1]
    if amount == amount.to_integral_value():
        amount = amount.to_integral_value()  # 881500000, not 881500000.0
    return Money(
        amount,
        unit[0],
        stated=True,
        qualifier=_BARE_QUALIFIERS.get(qualifier, "approx" if qualifier else None),
    )


def _row_deal(
    text: str,
    cells: dict[str, _Cell],
    unit: tuple[str, Decimal] | None = None,
    published: date | None = None,
) -> Deal | None:
    licensor = _party(text, cells["licensor"])
    licensee = _party(text, cells["licensee"])
    if licensor is None or licensee is None:
        return None  # a sum row, a note row, a row with one side undisclosed
    evidence = [
        Evidence.at("licensor", text, cells["licensor"].start, cells["licensor"].end),
        Evidence.at("licensee", text, cells["licensee"].start, cells["licensee"].end),
    ]
    terms = DealTerms()
    for kind in ("upfront", "near_term", "milestones", "total", "equity"):
        read = _cell_money(text, cells[kind], unit) if kind in cells else None
        if read is not None:
            setattr(terms, kind, read[0])
            evidence.append(Evidence.at(kind, text, *read[1]))
    more = _cell_money(text, cells[_MORE], unit) if _MORE in cells else None
    if terms.milestones is not None and more and more[0].currency == terms.milestones.currency:
        summed = terms.milestones.amount + more[0].amount
        terms.milestones = replace(terms.milestones, amount=summed)
        evidence.append(Evidence.at("milestones", text, *more[1]))
    fields: dict[str, object] = {}
    if cell := cells.get("assets"):
        assets = find_assets(text, cell.start, cell.end)
        fields["assets"] = tuple(Asset(a.name) for a in assets)
        evidence += [Evidence.at("assets", text, a.start, a.end) for a in assets]
    if (cell := cells.get("deal_type")) and (typed := _deal_type(cell.text(text))):
        fields["deal_type"] = typed
        evidence.append(Evidence.at("deal_type", text, cell.start, cell.end))
    if (cell := cells.get("territory")) and (found_class := _territory_class(cell.text(text))):
        fields["territory"], fields["territory_class"] = cell.text(text), found_class
        evidence.append(Evidence.at("territory", text, cell.start, cell.end))
    if (cell := cells.get("announced")) and (day := _day(text, cell, published)) is not None:
        fields["announced"] = day
        evidence.append(Evidence.at("announced", text, cell.start, cell.end))
    return Deal(
        licensors=(licensor,),
        licensees=(licensee,),
        upfront=terms.upfront,
        near_term=terms.near_term,
        milestones=terms.milestones,
        total=terms.total,
        equity=terms.equity,
        evidence=tuple(evidence),
        **fields,  # type: ignore[arg-type]
    )


def _cell_money(
    text: str, cell: _Cell, unit: tuple[str, Decimal] | None
) -> tuple[Money, tuple[int, int]] | None:
    """A money cell's figure and the span that states it: its first sum written with a
    currency (not the price of one share: "$16.00 per ADS cash (approx. $387.4M)"), else a
    bare figure in the table's declared unit (the whole cell)."""
    found = [m for m in find_money(text, cell.start, cell.end) if not _PER_SHARE.match(text, m.end)]
    if found:
        return money_of(found[0]), (found[0].start, found[0].end)
    bare = _bare_money(text, cell, unit) if unit else None
    return (bare, (cell.start, cell.end)) if bare is not None else None


def _bought(text: str, cells: dict[str, _Cell], deal: Deal) -> Deal:
    """A row of an "| Acquirer | Target |" table: a company bought, and when the price is
    all cash ("$107 per ADS cash; ~$10bn", no CVR) its value is paid at closing."""
    if "deal_type" in cells:
        return deal
    price = cells["total"].text(text) if "total" in cells else ""
    if deal.total is not None and _CASH.search(price) and not _CONTINGENT.search(price):
        at = next(e for e in deal.evidence if e.field == "total")
        evidence = (*deal.evidence, Evidence("upfront", at.start, at.end, at.quote))
        return replace(deal, deal_type="acquisition", upfront=deal.total, evidence=evidence)
    return replace(deal, deal_type="acquisition")


#: A price cell paid in cash, and one with a part to come ("up to $2.3bn incl. CVR").
_CASH = re.compile(r"\bcash\b", re.I)
_CONTINGENT = re.compile(r"\b(?:CVRs?|contingent|milestones?|earn-?outs?)\b", re.I)

#: After a figure in a cell: the price of one share ("$16.00 per ADS").
_PER_SHARE = re.compile(r"\s*(?:per|a|each)\s+(?:share|ADS|American Depositary Share)\b", re.I)
#: A remark in brackets after the type: "Acquisition (100% of shares)".
_REMARK = re.compile(r"\s*\([^()]*\)\s*$")


def _deal_type(cell: str) -> str | None:
    """The cell's deal type, without a remark in brackets after it."""
    kind = _REMARK.sub("", cell).strip().lower()
    return kind if kind in DEAL_TYPES else None


def _party(text: str, cell: _Cell) -> Company | None:
    raw = cell.text(text).strip()
    place = _BRACKETED.search(raw)
    if place is not None and place_country(place.group(1)) == "CN":
        # "TransThera Sciences (Nanjing)": a city in brackets is part of a Chinese company's
        # name (its name without the city is another; "Halvern Bio (Boston)" is a remark)
        rest = raw[place.end() :]
        names = [raw[: place.end()], raw[: place.start()]]
        names += [n.strip() for n in _ALSO.split(rest) if n and n.strip()]
    else:
        names = [n.strip() for n in _ALSO.split(raw) if n and n.strip()]
    if not names or _NOT_A_NAME.search(names[0]):
        return None
    return Company(names[0], aliases=tuple(dict.fromkeys(n for n in names[1:] if n != names[0])))


#: A note under a table keyed by a party: "- Ollin and Kenmare Bio: worldwide excluding ...",
#: or a paragraph keyed by the pair: "United Labs/Novo: Novo takes exclusive global rights".
_NOTE = re.compile(
    r"^[ \t]*(?:(?:[-*\u2022]|\d+[.)])[ \t]+([^:\n|]{2,60})|([^:\n|/]{2,30}/[^:\n|/]{2,30})):"
    r"[ \t]*([^\n]+)$",
    re.M,
)


def _with_territory_notes(text: str, deals: list[Deal]) -> list[Deal]:
    """Rows without a territory column take it from a note that names one of their parties.

    Why: a sheet too narrow for a territory column puts "Territory notes" under it, one
    bullet per licensee; the bullet is the deal's territory as surely as a cell would be.
    """
    out = list(deals)
    for m in _NOTE.finditer(text):
        split = _ALSO.split(m.group(1).strip("*_ ")) if m.group(1) else m.group(2).split("/")
        keys = {k.strip().lower() for k in split if k and k.strip()}
        found_class = _territory_class(m.group(3))
        if not found_class:
            continue
        for i, deal in enumerate(out):
            # (a pair's note, "United Labs/Novo:", is about the deal that has both)
            named = [_named(deal, {k}) for k in keys] if m.group(2) else [_named(deal, keys)]
            if deal.territory_class == "unspecified" and all(named):
                out[i] = replace(
                    deal,
                    territory=m.group(3).strip(),
                    territory_class=found_class,
                    evidence=(*deal.evidence, Evidence.at("territory", text, *m.span(3))),
                )
    return out


def _named(deal: Deal, keys: set[str]) -> bool:
    """Whether a note's key is one of the deal's parties: its name, or a name's first words
    ("Ollin" for "Ollin Biosciences")."""
    for party in (*deal.licensors, *deal.licensees):
        for name in party.names():
            low = name.lower()
            if any(low == k or low.startswith(k + " ") for k in keys):
                return True
    return False


def _territory_class(cell: str) -> TerritoryClass | None:
    found = classify_sentence(f"rights in {cell}")
    return found[0] if found else None


def _day(text: str, cell: _Cell, published: date | None = None) -> date | None:
    """The cell's date when it names a day ("2024-01-25", "Jan 25, 2024", "9 Jul" in a note
    dated that year); a month alone ("Apr 2025") is no announcement date."""
    iso = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})\s*", cell.text(text))
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    year = published.year if published else None
    days = find_dates(text, cell.start, cell.end, published=published, default_year=year)
    if not days and "-" in cell.text(text):
        # "12-Mar", "24-Mar-2025": a sheet's day-month, its hyphens read as spaces
        spaced = cell.text(text).replace("-", " ")
        days = find_dates(spaced, 0, len(spaced), published=published, default_year=year)
    return next((d.value for d in days if d.value is not None), None)
