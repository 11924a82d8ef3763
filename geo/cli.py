"""The command-line interface behind ``python -m geo``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from geo._errors import GeoError

if TYPE_CHECKING:
    from geo.load import Article


DESCRIPTION = """\
Turn news articles into a map of foreign military presence.

An article is a UTF-8 .txt or .md file, optionally opening with front matter
(title:, source:, url:, published: YYYY-MM-DD) between two '---' lines.
Exit status: 0 when every article was read, 1 when some could not be (each is
named on standard error, the others still count), 2 for a usage error."""

EPILOG = """\
examples:
  python -m geo extract data/articles                 claims, one JSON line each
  python -m geo ingest data/articles                  store them ($GEO_DB)
  python -m geo presence --as-of 2025-02-05           sites as known on that day
  python -m geo presence --format geojson > map.geojson
  python -m geo presence --format html > map.html     a standalone offline map"""

PRESENCE_FORMATS = ("jsonl", "geojson", "csv", "evidence-csv", "kml", "html")


def _emit(record: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def _articles(paths: Sequence[str]) -> Iterator[tuple[str, Article | None]]:
    """Each article of the given files and folders; a bad one is reported and given as None.

    A missing path or an unreadable file stops nothing: the others are still read.
    """
    from geo.load import expand_paths, read_article

    files, missing = expand_paths(paths)
    for exc in missing:
        print(f"error: {exc}", file=sys.stderr)
        yield exc.path, None
    for path in files:
        try:
            yield path, read_article(path)
        except GeoError as exc:
            print(f"error: {exc}", file=sys.stderr)
            yield path, None


def cmd_toponyms(args: argparse.Namespace) -> int:
    """Print one JSON line per place mention of every article."""
    from geo.gazetteer import load
    from geo.toponyms import find_toponyms

    gaz = load()
    failed = 0
    for path, article in _articles(args.paths):
        if article is None:
            failed += 1
            continue
        for t in find_toponyms(article.body, gaz):
            _emit(t.to_json(path))
    return 1 if failed else 0


def cmd_extract(args: argparse.Namespace) -> int:
    """Print one JSON line per (article, operator, place) claim."""
    from geo.extract import extract_article
    from geo.gazetteer import load

    gaz = load()
    failed = 0
    for path, article in _articles(args.paths):
        if article is None:
            failed += 1
            continue
        for claim in extract_article(article, gaz):
            _emit(claim.to_json(path))
    return 1 if failed else 0


def _claims_of_paths(paths: list[str]) -> tuple[list[dict[str, object]], int]:
    from geo.store import Store

    store = Store(":memory:")
    results = store.ingest_paths(paths)
    failed = 0
    for r in results:
        if not r.ok:
            print(f"error: {r.error}", file=sys.stderr)
            failed += 1
    return store.claims(), failed


def cmd_ingest(args: argparse.Namespace) -> int:
    """Ingest article files into the store, one transaction per article."""
    from geo.store import Store

    with Store(args.db) as store:
        results = store.ingest_paths(args.paths, progress=not args.quiet)
        added = sum(r.ok and not r.skipped for r in results)
        skipped = sum(r.skipped for r in results)
        failed = [r for r in results if not r.ok]
        for r in failed:
            print(f"error: {r.error}", file=sys.stderr)
        counts = store.counts()
    print(
        f"ingested {added}, unchanged {skipped}, failed {len(failed)}; store {store.path} holds "
        f"{counts['articles']} articles, {counts['claims']} claims",
        file=sys.stderr,
    )
    return 1 if failed else 0


def _iso_date(value: str) -> str:
    """An argparse type: the value when it is an ISO date, else a usage error."""
    from geo._validate import validate_date

    try:
        validate_date(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    return value


def _write_sites(sites: list[dict[str, object]], fmt: str) -> None:
    """Write the sites to standard output in one of :data:`PRESENCE_FORMATS`."""
    from geo import snapshot

    if fmt == "jsonl":
        for site in sites:
            _emit(site)
        return
    writers: dict[str, Callable[[list[dict[str, object]]], str]] = {
        "geojson": snapshot.to_geojson_text,
        "csv": snapshot.to_csv,
        "evidence-csv": snapshot.to_evidence_csv,
        "kml": snapshot.to_kml,
        "html": snapshot.to_html,
    }
    sys.stdout.write(writers[fmt](sites))


def cmd_presence(args: argparse.Namespace) -> int:
    """Aggregate claims into presence sites, from files or from the store."""
    from geo.presence import aggregate
    from geo.store import Store, default_db_path

    failed = 0
    if args.paths:
        claims, failed = _claims_of_paths(args.paths)
    else:
        db = Path(args.db) if args.db else default_db_path()
        if not db.is_file():
            print(f"error: {db}: no such database; add articles first with "
                  "'python -m geo ingest PATH...', or give article files", file=sys.stderr)
            return 2
        with Store(db) as store:
            claims = store.claims()
    try:
        sites = aggregate(claims, as_of=args.as_of)
    except ValueError as exc:
        print(f"error: --as-of: {exc}", file=sys.stderr)
        return 2
    _write_sites(sites, args.format)
    return 1 if failed else 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the extractor on a gold corpus with the claims scorer's rules."""
    from geo.evaluate import EVAL_SETS, evaluate, format_report, read_gold

    articles, gold = EVAL_SETS[args.set]
    articles, gold = Path(args.articles or articles), Path(args.gold or gold)
    if not articles.is_dir():
        print(f"error: {articles}: no such folder of articles", file=sys.stderr)
        return 2
    if not gold.is_file():
        print(f"error: {gold}: no such gold file", file=sys.stderr)
        return 2
    try:
        gold_data = read_gold(gold)
    except (OSError, ValueError) as exc:  # json.JSONDecodeError is a ValueError
        print(f"error: {gold}: not a gold file in the scorer's format ({exc})", file=sys.stderr)
        return 2
    report = evaluate(articles, gold_data, verbose=args.verbose)  # an extractor bug is no gold error
    print(format_report(report))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``python -m geo``."""
    parser = argparse.ArgumentParser(prog="python -m geo", description=DESCRIPTION, epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("toponyms", help="print every place mention as JSON lines")
    p.add_argument("paths", nargs="+", help="article files or folders")
    p.set_defaults(func=cmd_toponyms)
    p = sub.add_parser("extract", help="print military-presence claims as JSON lines")
    p.add_argument("paths", nargs="+", help="article files or folders")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("ingest", help="store articles and their claims (idempotent)")
    p.add_argument("paths", nargs="+", help="article files or folders")
    p.add_argument("--db", default=None, help="SQLite file (default: $GEO_DB or data/presence.sqlite)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser(
        "presence", help="aggregate claims into sites over time",
        description="Aggregate the claims of the given articles, or of the store, into one site "
        "per operator and place, with its status over time, its evidence and whether its "
        "reports conflict (a report and its denial).")
    p.add_argument("paths", nargs="*", help="article files or folders (default: the store)")
    p.add_argument("--as-of", dest="as_of", default=None, type=_iso_date, metavar="YYYY-MM-DD",
                   help="the state on that day: articles published later, and undated ones, "
                   "are left out")
    p.add_argument("--format", default="jsonl", choices=PRESENCE_FORMATS,
                   help="jsonl: one site per line (default); geojson (lon, lat), csv (one row "
                   "per site), evidence-csv (one row per sentence), kml, or html (a standalone "
                   "offline map)")
    p.add_argument("--db", default=None, help="SQLite file (default: $GEO_DB or data/presence.sqlite)")
    p.set_defaults(func=cmd_presence)
    from geo.evaluate import EVAL_SETS  # the extractor's modules, which most commands load anyway

    p = sub.add_parser("eval", help="score the extractor on a gold corpus (dev or a held-out set)")
    p.add_argument("--set", default="dev", choices=list(EVAL_SETS),
                   help="which corpus under data/eval (default: dev)")
    p.add_argument("--articles", default=None, help="folder of articles (overrides --set)")
    p.add_argument("--gold", default=None, help="gold JSON (overrides --set)")
    p.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except GeoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # "python -m geo presence | head": the reader has had enough
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
