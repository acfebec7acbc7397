"""`--import-mode=importlib` keeps test directories off sys.path; the phrasing helpers
(`phrasing.py`) beside this file need it."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.insert(0, HERE)
