"""Import-direction rules that keep the pipeline's stages separable.

extract is pure (no database, no network except its optional LLM backend); model depends on
nothing of ours; analytics reads through the store, never through ingest or extract.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "dealradar"


def imports_of(package: str) -> dict[str, set[str]]:
    """Module path → every module name it imports (absolute, top-level and dotted)."""
    out: dict[str, set[str]] = {}
    for path in sorted((SRC / package).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        out[str(path.relative_to(SRC))] = names
    return out


RULES = [
    (
        "model",
        (
            "sqlalchemy",
            "httpx",
            "dealradar.store",
            "dealradar.extract",
            "dealradar.resolve",
            "dealradar.ingest",
            "dealradar.cli",
            "dealradar.analytics",
        ),
    ),
    (
        "extract",
        (
            "sqlalchemy",
            "alembic",
            "dealradar.store",
            "dealradar.resolve",
            "dealradar.ingest",
            "dealradar.cli",
            "dealradar.analytics",
        ),
    ),
    ("resolve", ("httpx", "dealradar.ingest", "dealradar.cli", "dealradar.analytics")),
    ("analytics", ("httpx", "dealradar.ingest", "dealradar.extract", "dealradar.cli")),
    ("store", ("httpx", "dealradar.cli", "dealradar.ingest", "dealradar.extract")),
]


@pytest.mark.parametrize(("package", "forbidden"), RULES, ids=[r[0] for r in RULES])
def test_stage_does_not_import_what_it_must_not(package: str, forbidden: tuple[str, ...]) -> None:
    bad = {
        module: sorted(n for n in names if n.startswith(forbidden))
        for module, names in imports_of(package).items()
    }
    assert {m: n for m, n in bad.items() if n} == {}


def test_only_the_llm_backend_of_extract_touches_the_network() -> None:
    users = sorted(
        m for m, names in imports_of("extract").items() if any(n.startswith("httpx") for n in names)
    )
    assert users in ([], ["extract/backends.py"])
