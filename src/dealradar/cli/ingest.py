"""`dealradar ingest|update|feeds|review`: keep the store current from files, pages and feeds.

Docs: docs/ingestion.md. Each command parses its options, calls the library (`dealradar.ingest`,
`dealradar.store.ingest_log`, `dealradar.store.review`) and renders the result.
"""

from __future__ import annotations

import getpass
import importlib
import importlib.util
import sys
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from dealradar.cli._context import db_of
from dealradar.cli._options import DbOption
from dealradar.cli._output import TextFormat, emit, to_json_text
from dealradar.config import Settings
from dealradar.errors import NotFoundError, ValidationError
from dealradar.ingest import Fetcher, FetchPolicy, Item, Pipeline, Reader, RunStats
from dealradar.ingest.merge import ReviewPolicy
from dealradar.ingest.pipeline import Extractor, default_workers
from dealradar.ingest.progress import LiveProgress, summary_line
from dealradar.ingest.resolved import resolve_and_merge
from dealradar.store import ingest_log, review
from dealradar.store.engine import Store, open_store


class RunFormat(StrEnum):
    text = "text"
    json = "json"


FormatOpt = Annotated[RunFormat, typer.Option("--format", "-f", help="text, or json for scripts.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar; summary only.")]
BatchOpt = Annotated[int, typer.Option(help="Documents per committed batch.", min=1)]
ExtractorOpt = Annotated[
    str | None,
    typer.Option(help="Extractor as module:function or file.py:function (default: built-in)."),
]
TimeoutOpt = Annotated[float, typer.Option(help="Seconds before a silent server is given up.")]
RetriesOpt = Annotated[int, typer.Option(help="Retries after a 5xx or connection error.", min=0)]
IntervalOpt = Annotated[float, typer.Option(help="Minimum seconds between requests to a host.")]
MaxBytesOpt = Annotated[int, typer.Option(help="Largest response or file read, in bytes.")]
ConfidenceOpt = Annotated[float, typer.Option(help="Deals below this confidence go to review.")]
WorkersOpt = Annotated[
    int | None,
    typer.Option(
        help="Extraction processes; 0 extracts in the main process "
        "[default: 1 when two or more CPUs are usable, so extraction overlaps writing].",
        min=0,
        show_default=False,
    ),
]
StrictOpt = Annotated[bool, typer.Option(help="Exit with status 1 when any source failed.")]
ActorOpt = Annotated[str | None, typer.Option(help="Who decides (default: your user name).")]
NoteOpt = Annotated[str | None, typer.Option(help="Why; kept in the audit trail.")]

feeds_app = typer.Typer(help="The feeds `dealradar update` polls.", no_args_is_help=True)
review_app = typer.Typer(
    help="Deals flagged for a human: accept, edit, reject.", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    """Add ingest, update, feeds and review to the root app."""
    app.command("ingest")(ingest_cmd)
    app.command("update")(update_cmd)
    app.add_typer(feeds_app, name="feeds")
    app.add_typer(review_app, name="review")


# -- ingest / update ----------------------------------------------------------------------


def ingest_cmd(
    ctx: typer.Context,
    sources: Annotated[list[str], typer.Argument(help="Files, folders, URLs, URL lists, feeds.")],
    batch_size: BatchOpt = 200,
    extractor: ExtractorOpt = None,
    timeout: TimeoutOpt = 20.0,
    retries: RetriesOpt = 3,
    host_interval: IntervalOpt = 1.0,
    max_bytes: MaxBytesOpt = 5 * 1024 * 1024,
    min_confidence: ConfidenceOpt = 0.6,
    workers: WorkersOpt = None,
    fmt: FormatOpt = RunFormat.text,
    quiet: QuietOpt = False,
    strict: StrictOpt = False,
    db: DbOption = None,
) -> None:
    """Read documents from SOURCES, extract their deals and store them.

    Already ingested documents are skipped, so a run can be repeated or resumed at will.

    Example: dealradar ingest ~/news https://example.com/deals.rss urls.txt
    """
    store = open_store(db_of(ctx, db))
    policy = _policy(timeout, retries, host_interval, max_bytes)
    with Fetcher(policy) as fetcher:
        reader = Reader(fetcher, skip_uri=_skipper(store), max_file_bytes=max_bytes)
        pipeline = _pipeline(store, extractor, batch_size, min_confidence, workers)
        stats = _run(pipeline, reader.read(sources), fmt, quiet, "ingest")
    _finish(stats, fmt, quiet, strict)


def update_cmd(
    ctx: typer.Context,
    batch_size: BatchOpt = 200,
    extractor: ExtractorOpt = None,
    timeout: TimeoutOpt = 20.0,
    retries: RetriesOpt = 3,
    host_interval: IntervalOpt = 1.0,
    max_bytes: MaxBytesOpt = 5 * 1024 * 1024,
    min_confidence: ConfidenceOpt = 0.6,
    workers: WorkersOpt = None,
    fmt: FormatOpt = RunFormat.text,
    quiet: QuietOpt = False,
    strict: StrictOpt = False,
    db: DbOption = None,
) -> None:
    """Poll every registered feed and ingest what is new. Unchanged feeds cost one 304."""
    store = open_store(db_of(ctx, db))
    with store.connect() as conn:
        feeds = ingest_log.list_feeds(conn)
    if not feeds:
        raise ValidationError("no feeds registered; add one with `dealradar feeds add URL`")
    policy = _policy(timeout, retries, host_interval, max_bytes)
    with Fetcher(policy) as fetcher:
        reader = Reader(fetcher, skip_uri=_skipper(store), max_file_bytes=max_bytes)
        items = (
            item
            for feed in feeds
            for item in reader.poll(feed.url, etag=feed.etag, last_modified=feed.last_modified)
        )
        pipeline = _pipeline(store, extractor, batch_size, min_confidence, workers)
        stats = _run(pipeline, items, fmt, quiet, "update")
    _finish(stats, fmt, quiet, strict)


def _pipeline(
    store: Store,
    extractor: str | None,
    batch_size: int,
    min_confidence: float,
    workers: int | None,
) -> Pipeline:
    return Pipeline(
        store,
        extractor=load_extractor(extractor),
        merge=resolve_and_merge(ReviewPolicy(min_confidence=min_confidence)),
        batch_size=batch_size,
        workers=default_workers() if workers is None else workers,
    )


def _run(
    pipeline: Pipeline, items: Iterable[Item], fmt: RunFormat, quiet: bool, label: str
) -> RunStats:
    live = LiveProgress(label, enabled=not quiet and fmt is RunFormat.text)
    pipeline.on_progress = live.update
    with live:
        return pipeline.run(items)


def _finish(stats: RunStats, fmt: RunFormat, quiet: bool, strict: bool) -> None:
    if fmt is RunFormat.json:
        typer.echo(to_json_text(stats.to_json()))
    else:
        typer.echo(summary_line(stats))
        if not quiet:
            for uri, error in stats.failures[:20]:
                typer.echo(f"  failed: {uri}: {error.removeprefix(f'{uri}: ')}", err=True)
            if stats.errors > 20:
                typer.echo(f"  … and {stats.errors - 20} more failures", err=True)
    if strict and stats.errors:
        raise typer.Exit(1)


def _policy(timeout: float, retries: int, interval: float, max_bytes: int) -> FetchPolicy:
    return FetchPolicy(
        user_agent=Settings().user_agent,
        timeout=timeout,
        total_timeout=max(timeout * 3, 60.0),
        retries=retries,
        per_host_interval=interval,
        max_bytes=max_bytes,
    )


def _skipper(store: Store) -> Callable[[str], bool]:
    def skip(uri: str) -> bool:
        with store.connect() as conn:
            return ingest_log.uri_done(conn, uri)

    return skip


def load_extractor(spec: str | None) -> Extractor:
    """The extractor named by `spec` (`pkg.module:function` or `path/to/file.py:function`);
    the built-in `dealradar.extract.extract` when None."""
    if spec is None:
        from dealradar.extract import extract

        return extract
    target, _, name = spec.rpartition(":")
    if not target or not name:
        raise ValidationError(f"--extractor {spec!r}: expected module:function or file.py:function")
    try:
        if target.endswith(".py"):
            module_spec = importlib.util.spec_from_file_location(Path(target).stem, target)
            if module_spec is None or module_spec.loader is None:
                raise ImportError(f"cannot load {target}")
            module = importlib.util.module_from_spec(module_spec)
            sys.modules.setdefault(module_spec.name, module)  # so worker processes find it
            module_spec.loader.exec_module(module)
        else:
            module = importlib.import_module(target)
        func = getattr(module, name)
    except (ImportError, AttributeError, OSError) as exc:
        raise ValidationError(f"--extractor {spec!r}: {exc}") from exc
    if not callable(func):
        raise ValidationError(f"--extractor {spec!r}: {name} is not callable")
    return func  # type: ignore[no-any-return]


# -- feeds --------------------------------------------------------------------------------


@feeds_app.command("add")
def feeds_add(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(help="RSS or Atom feed URL.")],
    title: Annotated[str | None, typer.Option(help="A name for the feed.")] = None,
    db: DbOption = None,
) -> None:
    """Register a feed for `dealradar update`."""
    if not url.startswith(("http://", "https://")):
        raise ValidationError(f"{url!r} is not an http(s) URL")
    with open_store(db_of(ctx, db)).begin() as conn:
        feed, created = ingest_log.add_feed(conn, url, title)
    typer.echo(f"{'Added' if created else 'Already registered'}: feed {feed.id} {feed.url}")


@feeds_app.command("list")
def feeds_list(
    ctx: typer.Context,
    fmt: Annotated[TextFormat, typer.Option("--format", "-f")] = TextFormat.table,
    db: DbOption = None,
) -> None:
    """The registered feeds and how their last poll went."""
    with open_store(db_of(ctx, db)).connect() as conn:
        rows = [f.to_json() for f in ingest_log.list_feeds(conn)]
    emit(rows, fmt, title="Feeds")


@feeds_app.command("remove")
def feeds_remove(
    ctx: typer.Context,
    feed: Annotated[str, typer.Argument(help="Feed URL or id.")],
    db: DbOption = None,
) -> None:
    """Stop polling a feed. Documents already ingested from it stay."""
    with open_store(db_of(ctx, db)).begin() as conn:
        removed = ingest_log.remove_feed(conn, feed)
    if removed is None:
        raise NotFoundError(f"no feed {feed!r}; `dealradar feeds list` shows the registered ones")
    typer.echo(f"Removed: feed {removed.id} {removed.url}")


# -- review -------------------------------------------------------------------------------


@review_app.command("list")
def review_list(
    ctx: typer.Context,
    status: Annotated[str, typer.Option(help="review, accepted or rejected.")] = "review",
    limit: Annotated[int, typer.Option(help="At most this many deals.")] = 100,
    fmt: Annotated[TextFormat, typer.Option("--format", "-f")] = TextFormat.table,
    db: DbOption = None,
) -> None:
    """Deals waiting for a human, least confident first."""
    with open_store(db_of(ctx, db)).connect() as conn:
        items = review.list_review(conn, status=status, limit=limit)
    rows = [i.to_json() for i in items]
    if fmt is TextFormat.table:
        for row in rows:
            row.pop("locked")
            row.pop("status")
    emit(rows, fmt, title=f"Deals in {status}")


@review_app.command("accept")
def review_accept(
    ctx: typer.Context,
    deal_id: Annotated[int, typer.Argument(help="Deal id (from `review list`).")],
    note: NoteOpt = None,
    actor: ActorOpt = None,
    db: DbOption = None,
) -> None:
    """Accept a deal as it stands."""
    with open_store(db_of(ctx, db)).begin() as conn:
        review.accept(conn, deal_id, actor=actor or _user(), note=note)
    typer.echo(f"Accepted deal {deal_id}")


@review_app.command("reject")
def review_reject(
    ctx: typer.Context,
    deal_id: Annotated[int, typer.Argument(help="Deal id (from `review list`).")],
    note: NoteOpt = None,
    actor: ActorOpt = None,
    db: DbOption = None,
) -> None:
    """Reject a deal; it stays rejected when its articles are read again."""
    with open_store(db_of(ctx, db)).begin() as conn:
        review.reject(conn, deal_id, actor=actor or _user(), note=note)
    typer.echo(f"Rejected deal {deal_id}")


@review_app.command("edit")
def review_edit(
    ctx: typer.Context,
    deal_id: Annotated[int, typer.Argument(help="Deal id (from `review list`).")],
    field: Annotated[str, typer.Argument(help=f"One of: {', '.join(review.EDITABLE)}.")],
    value: Annotated[str, typer.Argument(help="New value; payments as '18000000 USD'.")],
    accept: Annotated[bool, typer.Option(help="Also accept the deal.")] = False,
    note: NoteOpt = None,
    actor: ActorOpt = None,
    db: DbOption = None,
) -> None:
    """Correct one field of a deal. The correction is locked against re-extraction.

    Example: dealradar review edit 42 upfront "18000000 USD" --accept
    """
    who = actor or _user()
    with open_store(db_of(ctx, db)).begin() as conn:
        review.edit(conn, deal_id, field, value, actor=who, note=note)
        if accept:
            review.accept(conn, deal_id, actor=who, note=note)
    typer.echo(f"Edited deal {deal_id}: {field} = {value!r}" + (" (accepted)" if accept else ""))


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"
