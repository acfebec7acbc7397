"""State shared by every command of one CLI invocation (the database chosen at the root)."""

from __future__ import annotations

from dataclasses import dataclass

import typer


@dataclass
class CliState:
    db: str | None = None


def db_of(ctx: typer.Context, db: str | None = None) -> str | None:
    """The database a command should use: its own `--db`, else the root's, else the default."""
    if db:
        return db
    state = ctx.find_root().obj
    return state.db if isinstance(state, CliState) else None
