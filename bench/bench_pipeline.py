"""Benchmark: gazetteer cold start, toponyms+claims throughput, geotext ratio, peak RSS.

Usage: .venv/bin/python bench/bench_pipeline.py [--mb 10]

The corpus is generated: sentences drawn from the development articles, shuffled
into 5 KB articles until the corpus reaches the requested size.
"""

from __future__ import annotations

import argparse
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


def cold_start() -> float:
    code = ("import time; t=time.perf_counter(); from geo.gazetteer import load; load(); "
            "print(time.perf_counter()-t)")
    load()  # make sure the cache exists
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 cwd=ROOT, check=True).stdout) for _ in range(3)]
    return min(runs)


def corpus(megabytes: float) -> list[str]:
    sentences = []
    for path in sorted((ROOT / "data" / "eval" / "articles").glob("*.md")):
        art = read_article(path)
        sentences.extend(s.text for s in art.sentences if not s.boilerplate)
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
    args = ap.parse_args()
    print(f"gazetteer cold start (fresh process, best of 3): {cold_start():.2f} s")
    gaz = load()
    docs = corpus(args.mb)
    mb = sum(len(d.encode()) for d in docs) / 1e6
    t = time.perf_counter()
    n_claims = 0
    for i, d in enumerate(docs):
        n_claims += len(extract_article(parse_article(d, f"doc{i}"), gaz))
    ours = time.perf_counter() - t
    print(f"corpus: {len(docs)} articles, {mb:.1f} MB; claims found: {n_claims}")
    print(f"toponyms+claims: {ours:.2f} s = {len(docs) / ours:.0f} articles/s on one core")
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
