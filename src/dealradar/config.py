"""Settings: one typed table, read when asked for, never at import time.

Precedence, lowest first: defaults < `DEALRADAR_*` environment < explicit arguments (CLI flags).
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_db_path() -> Path:
    """The per-user SQLite file used when neither `--db` nor `DEALRADAR_DB` is given."""
    return Path(platformdirs.user_data_dir("dealradar", appauthor=False)) / "dealradar.db"


class Settings(BaseSettings):
    """Everything dealradar can be configured with. See docs/configuration.md."""

    model_config = SettingsConfigDict(env_prefix="DEALRADAR_", extra="forbid")

    db: str | None = None
    """Database: a SQLAlchemy URL or a path to a SQLite file."""

    user_agent: str = "dealradar/0.1 (+https://github.com/dealradar/dealradar)"
    """Sent with every HTTP request, so site owners know who is fetching."""


def to_database_url(db: str | Path | None) -> str:
    """Turn what a user typed (URL, file path or nothing) into a SQLAlchemy URL."""
    if db is None or str(db) == "":
        return f"sqlite:///{default_db_path()}"
    text = str(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"
