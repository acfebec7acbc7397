"""The README's CLI tour is real output: regenerate with `make docs` when this fails."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_readme_examples_are_current() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "cogapp", "--check", "-I", ".", "README.md"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, f"README.md is stale; run `make docs`\n{proc.stdout}{proc.stderr}"


def test_readme_opens_with_the_two_quick_start_commands() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    fence = text.index("```", text.index("## Quick start"))
    block = text[text.index("\n", fence) + 1 : text.index("```", fence + 3)]
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "\ndemo:" in makefile and "\ntest:" in makefile
    assert "make test" in (REPO / ".ci" / "run").read_text(encoding="utf-8")
