"""`dealradar extract` and `dealradar eval`: deals from articles, and scores against gold files.

See docs/extraction.md. Both commands are thin: read → `dealradar.extract` → render.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from dealradar.cli._output import console as terminal
from dealradar.errors import DealradarError
from dealradar.extract.backends import get_extractor
from dealradar.extract.evaluate import FIELDS, GoldDocument, Report, evaluate
from dealradar.extract.inputs import iter_paths, read_document
from dealradar.extract.language import detect_language
from dealradar.model import Deal, Document

_FORMATS = ("json", "table")


def _check_format(value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(allowed)}")
    return value


def _deal_json(deal: Deal) -> dict[str, Any]:
    out = deal.to_json()
    out.pop("confidence", None)
    return out


def _print_table(console: Console, source: str, doc: Document, deals: list[Deal]) -> None:
    console.print(
        f"[bold]{source}[/bold] ({doc.language or detect_language(doc.text)}): {len(deals)} deal(s)"
    )
    for n, deal in enumerate(deals, 1):
        lic, lee = deal.licensor, deal.licensee
        table = Table(
            title=f"Deal {n}: {lic.name if lic else '?'} → {lee.name if lee else '?'}",
            show_lines=False,
            title_justify="left",
        )
        table.add_column("field")
        table.add_column("value")
        table.add_column("evidence")
        data = _deal_json(deal)
        for key in (
            "licensor",
            "licensee",
            "assets",
            "deal_type",
            "territory",
            "territory_class",
            "upfront",
            "near_term",
            "milestones",
            "total",
            "equity",
            "royalties",
            "announced",
        ):
            value = data[key]
            if isinstance(value, dict):
                value = f"{value['amount']:,} {value['currency']}" + (
                    "" if value.get("stated", True) else " (derived)"
                )
            elif isinstance(value, list):
                value = ", ".join(value)
            quotes = "; ".join(f"“{e.quote}” @{e.start}" for e in deal.evidence_for(key))
            table.add_row(key, "" if value is None else str(value), quotes)
        console.print(table)


def extract_command(
    paths: Annotated[list[str], typer.Argument(help="Files or directories; `-` reads stdin.")],
    fmt: Annotated[
        str, typer.Option("--format", help="json (one line per document) or table.")
    ] = "json",
    backend: Annotated[str, typer.Option(help="rules, openai or merged.")] = "rules",
) -> None:
    """Extract licensing deals from news articles, each field with its evidence."""
    _check_format(fmt, _FORMATS)
    extractor = get_extractor(backend)
    console = terminal()
    failures = 0
    for source in iter_paths(paths):
        try:
            doc = read_document(source)
            deals = extractor.extract(doc)
        except DealradarError as exc:
            failures += 1
            typer.echo(f"Error: {exc}", err=True)
            if fmt == "json":
                typer.echo(json.dumps({"source": source, "error": str(exc), "deals": []}))
            continue
        language = doc.language or detect_language(doc.text)
        if fmt == "json":
            typer.echo(
                json.dumps(
                    {
                        "source": source,
                        "language": language,
                        "deals": [_deal_json(d) for d in deals],
                    },
                    ensure_ascii=False,
                )
            )
        else:
            _print_table(console, source, doc, deals)
    if failures:
        raise typer.Exit(code=1)


def _report_table(console: Console, report: Report) -> None:
    summary = Table(title="Deal detection", title_justify="left")
    for col in ("documents", "gold", "predicted", "matched", "precision", "recall", "F1"):
        summary.add_column(col, justify="right")
    summary.add_row(
        str(report.documents),
        str(report.gold_deals),
        str(report.predicted_deals),
        str(report.matched),
        f"{report.precision:.3f}",
        f"{report.recall:.3f}",
        f"{report.f1:.3f}",
    )
    console.print(summary)
    fields = Table(title="Fields (share of matched deals)", title_justify="left")
    fields.add_column("field")
    fields.add_column("score", justify="right")
    for f in FIELDS:
        fields.add_row(f, f"{report.field_score(f):.3f}")
    console.print(fields)
    if report.misses or report.errors:
        misses = Table(title="Misses", title_justify="left")
        for col in ("document", "field", "expected", "found"):
            misses.add_column(col)
        for m in [*report.errors, *report.misses]:
            misses.add_row(m.document, m.field, str(m.expected), str(m.found))
        console.print(misses)


def _warn_errors(report: Report) -> None:
    """Say on stderr how many documents crashed; stop with exit code 1 when all of them did.

    Why: a crash is scored as missed deals and the run goes on, which is right for one bad
    document but hides a broken extractor (a rule module that fails to import makes every
    document fail the same way, and the table alone shows only zero predictions)."""
    if not report.errors:
        return
    first = report.errors[0]
    typer.echo(
        f"{len(report.errors)} of {report.documents} documents could not be extracted "
        f"(first: {first.document}: {first.found})",
        err=True,
    )
    if len(report.errors) == report.documents:
        typer.echo("every document failed: the scores measure nothing", err=True)
        raise typer.Exit(code=1)


def eval_command(
    gold_dirs: Annotated[list[Path], typer.Argument(help="Directories of NNN.txt + NNN.json.")],
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    save_extracted: Annotated[
        Path | None,
        typer.Option(
            "--save-extracted", help="Write the predictions (JSON lines) here for review."
        ),
    ] = None,
    fail_under: Annotated[
        float | None,
        typer.Option("--fail-under", help="Exit 2 when the deal F1 is below this (for CI)."),
    ] = None,
    backend: Annotated[str, typer.Option(help="rules, openai or merged.")] = "rules",
) -> None:
    """Score extraction against gold annotations: deal P/R/F1, field scores, every miss.

    A gold file's `published` reaches the extractor as the article's date, as a feed's date
    does on ingest, so that "on Monday" is scored as a reader of the dated article reads it.
    Exit codes: 1 when every document failed to extract, 2 under `--fail-under`."""
    _check_format(fmt, ("table", "json"))
    for d in gold_dirs:
        if not d.is_dir():
            raise typer.BadParameter(
                f"{d} is not a directory of gold files", param_hint="GOLD_DIRS"
            )
    extractor = get_extractor(backend)

    def run(doc: GoldDocument) -> list[Deal]:
        return extractor.extract(
            Document(
                text=doc.text, uri=str(doc.path), language=doc.language, published=doc.published
            )
        )

    kept: dict[str, list[dict[str, Any]]] = {}
    report = evaluate(gold_dirs, run, keep=kept)
    if fmt == "json":
        typer.echo(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        _report_table(terminal(), report)
    if save_extracted is not None:
        lines = [json.dumps({"source": k, "deals": v}, ensure_ascii=False) for k, v in kept.items()]
        save_extracted.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _warn_errors(report)
    if fail_under is not None and report.f1 < fail_under:
        typer.echo(f"deal F1 {report.f1:.3f} is under --fail-under {fail_under}", err=True)
        raise typer.Exit(code=2)


def register(app: typer.Typer) -> None:
    """Add `extract` and `eval` to the root app."""
    app.command("extract")(extract_command)
    app.command("eval")(eval_command)
