"""Helpers for the cog blocks in README.md: run the real CLI on the bundled data.

`make docs` regenerates the README's example output; `tests/test_docs.py` fails when it is
out of date, so the tour never drifts from what the CLI really prints.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import tempfile
from functools import lru_cache
from pathlib import Path

from typer.testing import CliRunner


@lru_cache(maxsize=1)
def _db() -> str:
    """A fresh SQLite file; the README's first block loads the reference data into it."""
    return str(Path(tempfile.mkdtemp(prefix="dealradar-docs-")) / "demo.db")


def run(command: str, json_keys: list[str] | None = None) -> str:
    """The output of `dealradar <command>` on the reference data, as a console block.

    `json_keys` keeps only those keys of a JSON object output (to show a summary).
    """
    from dealradar.cli.app import app

    os.environ["COLUMNS"] = "150"
    result = CliRunner().invoke(app, ["--db", _db(), *shlex.split(command)])
    out = "\n".join(line.rstrip() for line in result.output.splitlines())
    out = re.sub(r" in \d+\.\ds\.", ".", out.replace(f"sqlite:///{_db()}", "demo.db"))
    if json_keys:
        data = json.loads(result.output)
        out = json.dumps({k: data[k] for k in json_keys}, indent=2)
    return f"```console\n$ dealradar {command}\n{out}\n```"
