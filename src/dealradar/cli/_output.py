"""Output formats in one place: rows of dicts → table, csv, json, parquet or xlsx.

Every listing command renders through `emit`, so a format added here works everywhere.
Binary formats need `-o FILE`; text formats go to standard output unless `-o` is given.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from dealradar.errors import ValidationError
from dealradar.model.money import format_usd


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"
    xlsx = "xlsx"


class TextFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


Formatter = Callable[[Any], str]


def usd(value: Any) -> str:
    return format_usd(value) if value is not None else "—"


def percent(value: Any) -> str:
    return f"{value:.1%}" if value is not None else "—"


def plain(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def console() -> Console:
    """The terminal's width when there is one (or COLUMNS); pipes get 200 columns, not 80."""
    columns = os.environ.get("COLUMNS", "")
    width = int(columns) if columns.isdigit() else (None if sys.stdout.isatty() else 200)
    return Console(width=width, soft_wrap=False)


def _jsonable(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def to_json_text(rows: Sequence[dict[str, Any]] | dict[str, Any]) -> str:
    return json.dumps(rows, default=_jsonable, ensure_ascii=False, indent=2)


def emit(
    rows: Sequence[dict[str, Any]],
    fmt: Format | TextFormat | str,
    *,
    output: Path | None = None,
    title: str | None = None,
    formatters: dict[str, Formatter] | None = None,
    headers: dict[str, str] | None = None,
    widths: dict[str, int] | None = None,
) -> None:
    """Render `rows` in `fmt`. `formatters`, `headers` and `widths` (longest cell before an
    ellipsis) only affect the table format; the machine formats always carry full values."""
    fmt = Format(getattr(fmt, "value", fmt))
    columns = list(rows[0].keys()) if rows else []
    if fmt in (Format.parquet, Format.xlsx) and output is None:
        raise ValidationError(f"--format {fmt.value} writes a binary file: add -o FILE")
    if fmt is Format.table and not rows:
        console().print(f"{title or 'Result'}: nothing matches.", markup=False, highlight=False)
        return
    if fmt is Format.table:
        table = Table(title=title, show_lines=False, header_style="bold")
        formatters = formatters or {}
        headers = headers or {}
        cells = {c: [formatters.get(c, plain)(row[c]) for row in rows] for c in columns}
        for c in columns:
            numeric = (c in formatters and formatters[c] in (usd, percent)) or c in (
                "deals",
                "id",
                "announced",
                "period",
            )
            width = (widths or {}).get(c)
            header = headers.get(c, c)
            natural = max(len(header), *(len(v) for v in cells[c]))
            table.add_column(
                header,
                justify="right" if numeric else "left",
                overflow="ellipsis" if width else "fold",
                no_wrap=bool(width) or numeric,
                max_width=width,
                min_width=natural if numeric else min(natural, width or 12),
            )
        for i in range(len(rows)):
            table.add_row(*(cells[c][i] for c in columns))
        if output:
            buf = io.StringIO()
            Console(file=buf, width=200).print(table)
            output.write_text(buf.getvalue(), encoding="utf-8")
        else:
            console().print(table)
        return
    if fmt is Format.json:
        text = to_json_text(list(rows)) + "\n"
        _write_text(text, output)
        return
    if fmt is Format.csv:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _jsonable(v) for k, v in row.items()})
        _write_text(buf.getvalue(), output)
        return
    assert output is not None
    if fmt is Format.parquet:
        import pyarrow as pa
        import pyarrow.parquet as pq

        data = {c: [_jsonable(r[c]) for r in rows] for c in columns}
        pq.write_table(pa.table(data), output)
        return
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = (title or "dealradar")[:31]
    ws.append(columns)
    for row in rows:
        ws.append([_jsonable(row[c]) for c in columns])
    wb.save(output)


def _write_text(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
