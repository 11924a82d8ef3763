"""The command-line interface behind ``python -m geo``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from geo._errors import GeoError


def _emit(record: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def cmd_toponyms(args: argparse.Namespace) -> int:
    """Print one JSON line per place mention of every article."""
    from geo.gazetteer import load
    from geo.load import iter_article_paths, read_article
    from geo.toponyms import find_toponyms

    gaz = load()
    failed = 0
    for path in iter_article_paths(args.paths):
        try:
            article = read_article(path)
        except GeoError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed += 1
            continue
        for t in find_toponyms(article.body, gaz):
            _emit(t.to_json(path))
    return 1 if failed else 0


def cmd_extract(args: argparse.Namespace) -> int:
    """Print one JSON line per (article, operator, place) claim."""
    from geo.extract import extract_article
    from geo.gazetteer import load
    from geo.load import iter_article_paths, read_article

    gaz = load()
    failed = 0
    for path in iter_article_paths(args.paths):
        try:
            article = read_article(path)
        except GeoError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed += 1
            continue
        for claim in extract_article(article, gaz):
            _emit(claim.to_json(path))
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``python -m geo``."""
    parser = argparse.ArgumentParser(prog="python -m geo", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("toponyms", help="print every place mention as JSON lines")
    p.add_argument("paths", nargs="+", help="article files or folders")
    p.set_defaults(func=cmd_toponyms)
    p = sub.add_parser("extract", help="print military-presence claims as JSON lines")
    p.add_argument("paths", nargs="+", help="article files or folders")
    p.set_defaults(func=cmd_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except GeoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
