"""Company names that are companies wherever they stand: the curated alias table bundled with
dealradar (`data/aliases/companies.csv`), in Latin script.

Why: the rules recognise a name by its context ("X said", "X will pay", "the drugmaker X").
Reports about well-known buyers often give none ("GSK returned to Hansoh ..., taking an
exclusive licence"); a reader knows GSK, and so should the extractor. The table is data the
resolution stage curates; extraction only reads the file, never the store.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def known_company_names() -> frozenset[str]:
    """Every English name and alias of the curated companies (tickers, names of fewer than
    three characters and names that are also words left out: "MRK", "3S" or "Kite" stand for
    too much else)."""
    path = resources.files("dealradar").joinpath("data", "aliases", "companies.csv")
    names: set[str] = set()
    for row in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))):
        for name in [row["name"], *row["aliases"].split("|")]:
            name = name.strip()
            if len(name) >= 3 and name.isascii() and not _is_ticker(name, row["name"]):
                names.add(name)
    return frozenset(n for n in names if n.lower() not in _ALSO_WORDS)


#: One-word names that are also English words or names ("Formation of the NewCo ...",
#: "Hercules"): known only from their context, like any other name.
_ALSO_WORDS = frozenset(
    ("axion", "formation", "hercules", "kite", "nona", "vertex", "instil", "braveheart", "dianthus")
)


def _is_ticker(alias: str, name: str) -> bool:
    """A stock ticker ("LLY", "JNJ"): capitals that are not the company's initials or name."""
    if not (alias.isalpha() and alias.isupper() and len(alias) <= 4):
        return False
    initials = "".join(w[0] for w in name.replace("&", " ").split() if w[:1].isalpha()).upper()
    return alias != initials and alias != name.upper()
