"""Benchmark: gazetteer cold start, toponyms+claims throughput, geotext ratio, peak RSS.

Usage: .venv/bin/python bench/bench_pipeline.py [--mb 10] [--general CORPUS.jsonl]

The corpus is generated: sentences drawn from every article in the repository
(the samples and the development and held-out sets, all about military presence,
so the corpus is denser in places and claims than general news), shuffled into
5 KB articles until the corpus reaches the requested size.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.extract import extract_article  # noqa: E402
from geo.gazetteer import load  # noqa: E402
from geo.load import parse_article, read_article  # noqa: E402
from geo.toponyms import find_toponyms  # noqa: E402


def cold_start() -> float:
    code = ("import time; t=time.perf_counter(); from geo.gazetteer import load; load(); "
            "print(time.perf_counter()-t)")
    load()  # make sure the cache exists
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 cwd=ROOT, check=True).stdout) for _ in range(3)]
    return min(runs)


def repo_sentences() -> list[str]:
    """Every sentence of every article in the repository (all about military presence)."""
    sentences = []
    for path in sorted((ROOT / "data").glob("**/*.md")):
        if path.name == "README.md":
            continue
        art = read_article(path)
        sentences.extend(s.text for s in art.sentences if not s.boilerplate)
    return sentences


def jsonl_sentences(path: Path) -> list[str]:
    """Every sentence of the ``text`` of each line of a JSONL corpus (general news)."""
    sentences = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            art = parse_article(json.loads(line)["text"])
            sentences.extend(s.text for s in art.sentences if not s.boilerplate)
    return sentences


def corpus(megabytes: float, sentences: list[str] | None = None) -> list[str]:
    sentences = sentences or repo_sentences()
    rng = random.Random(7)
    docs, size = [], 0
    while size < megabytes * 1_000_000:
        body, n = [], 0
        while n < 5000:
            s = rng.choice(sentences)
            body.append(s)
            n += len(s) + 1
        text = " ".join(body)
        docs.append(text)
        size += len(text.encode())
    return docs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--general", type=Path, default=None,
                    help="draw the sentences from this JSONL corpus of general news instead "
                         "(e.g. ../shared/eval/geowebnews-dev.jsonl; it is read, never copied)")
    args = ap.parse_args()
    print(f"gazetteer cold start (fresh process, best of 3): {cold_start():.2f} s")
    gaz = load()
    docs = corpus(args.mb, jsonl_sentences(args.general) if args.general else None)
    mb = sum(len(d.encode()) for d in docs) / 1e6
    print(f"corpus: {len(docs)} articles, {mb:.1f} MB")
    t = time.perf_counter()
    articles = [parse_article(d, f"doc{i}") for i, d in enumerate(docs)]
    parse = time.perf_counter() - t
    print(f"parse (front matter, sentences, boilerplate): {len(docs) / parse:.0f} articles/s")
    t = time.perf_counter()
    n_places = sum(len(find_toponyms(a.body, gaz)) for a in articles)
    places = time.perf_counter() - t
    print(f"toponyms only: {len(docs) / places:.0f} articles/s ({n_places / len(docs):.0f} places each)")
    t = time.perf_counter()
    n_claims = sum(len(extract_article(a, gaz)) for a in articles)
    ours = time.perf_counter() - t
    print(f"toponyms+claims: {ours:.2f} s = {len(docs) / ours:.0f} articles/s on one core "
          f"({n_claims / len(docs):.1f} claims each); with parsing: "
          f"{len(docs) / (ours + parse):.0f} articles/s")
    try:
        from geotext import GeoText

        GeoText("warm up in Paris")
        t = time.perf_counter()
        for d in docs:
            GeoText(d)
        peer = time.perf_counter() - t
        print(f"geotext peer: {peer:.2f} s = {len(docs) / peer:.0f} articles/s; "
              f"ours/peer = {ours / peer:.1f}x")
    except ImportError:
        print("geotext not installed: no peer figure")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS with the gazetteer loaded: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
