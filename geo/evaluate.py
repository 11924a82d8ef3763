"""Score extracted claims against gold annotations, with the claims scorer's rules.

A gold item is found when a claim has its operator and lies within its
``tol_km``; its status is right when the claim's status is accepted; its
evidence is right when one evidence sentence contains the gold phrase. A claim
matching nothing, or an item already matched, is a false positive; optional
items are neither rewarded nor penalised.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo.extract import extract_article
from geo.gazetteer import load as load_gazetteer
from geo.lexicon import DATA_DIR
from geo.load import read_article
from geo.toponyms import haversine_km

DEV_ARTICLES = DATA_DIR / "eval" / "articles"
DEV_GOLD = DATA_DIR / "eval" / "gold.json"
# The corpora under data/eval: (articles folder, gold file).
EVAL_SETS = {
    "dev": (DEV_ARTICLES, DEV_GOLD),
    **{name: (DATA_DIR / "eval" / name / "articles", DATA_DIR / "eval" / name / "gold.json")
       for name in ("holdout", *(f"holdout{n}" for n in range(2, 134)))},
}


@dataclass
class Report:
    """Counts and figures of one evaluation."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    status_ok: int = 0
    evidence_ok: int = 0
    errors_km: list[float] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of claims that match a gold item."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of required gold items found."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def status_accuracy(self) -> float:
        """Share of found items with an accepted status."""
        return self.status_ok / self.tp if self.tp else 0.0

    @property
    def evidence_accuracy(self) -> float:
        """Share of found items whose evidence holds the gold phrase."""
        return self.evidence_ok / self.tp if self.tp else 0.0


def _matches(claim: dict[str, Any], item: dict[str, Any]) -> bool:
    return claim["operator"] == item["operator"] and haversine_km(
        claim["lat"], claim["lon"], item["lat"], item["lon"]
    ) <= item["tol_km"]


def score_article(name: str, claims: list[dict[str, Any]], gold: dict[str, Any], report: Report) -> None:
    """Add one article's matches to ``report``."""
    used: set[int] = set()
    for item in gold["required"]:
        hits = [i for i, c in enumerate(claims) if i not in used and _matches(c, item)]
        if not hits:
            report.fn += 1
            report.lines.append(f"MISS  {name}: {item['operator']} {item['name']}")
            continue
        best = min(hits, key=lambda i: haversine_km(claims[i]["lat"], claims[i]["lon"],
                                                    item["lat"], item["lon"]))
        used.add(best)
        c = claims[best]
        report.tp += 1
        report.errors_km.append(haversine_km(c["lat"], c["lon"], item["lat"], item["lon"]))
        if c["status"] in item["status"]:
            report.status_ok += 1
        else:
            report.lines.append(f"STATUS {name}: {item['operator']} {item['name']}: got "
                                f"{c['status']!r}, want {item['status']}")
        if any(item["evidence"].lower() in e["sentence"].lower() for e in c["evidence"]):
            report.evidence_ok += 1
        else:
            report.lines.append(f"EVIDENCE {name}: {item['operator']} {item['name']}")
    optional_used: set[int] = set()
    for i, c in enumerate(claims):
        if i in used:
            continue
        opt = [j for j, o in enumerate(gold["optional"]) if j not in optional_used and _matches(c, o)]
        if opt:
            optional_used.add(opt[0])
            continue
        report.fp += 1
        report.lines.append(f"EXTRA {name}: {c['operator']} {c['place']!r} {c['status']}")


_REQUIRED_KEYS = ("operator", "name", "lat", "lon", "tol_km", "status", "evidence")
_OPTIONAL_KEYS = ("operator", "lat", "lon", "tol_km")


def read_gold(path: str | Path) -> dict[str, Any]:
    """Read a gold file in the scorer's format and check its shape.

    Parameters
    ----------
    path
        Gold JSON in the format of ``seeds-gold.json``.

    Returns
    -------
    dict[str, Any]
        Article file name to its ``required`` and ``optional`` items.

    Raises
    ------
    ValueError
        When the file is not JSON or an entry lacks a key the scorer reads; the message
        names the article and the key.

    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))  # JSONDecodeError is a ValueError
    articles = data.get("articles") if isinstance(data, dict) else None
    if not isinstance(articles, dict):
        raise ValueError("expected an object with an 'articles' object")
    for name, entry in articles.items():
        for part, keys in (("required", _REQUIRED_KEYS), ("optional", _OPTIONAL_KEYS)):
            items = entry.get(part) if isinstance(entry, dict) else None
            if not isinstance(items, list):
                raise ValueError(f"{name!r}: expected a list {part!r}, got {items!r}")
            for item in items:
                missing = [k for k in keys if not isinstance(item, dict) or k not in item]
                if missing:
                    raise ValueError(f"{name!r}: a {part} item lacks {missing[0]!r}: {item!r}")
    return articles


def evaluate(articles: str | Path | None = None, gold: str | Path | dict[str, Any] | None = None, *,
             verbose: bool = False) -> Report:
    """Extract claims from every gold article and score them.

    Parameters
    ----------
    articles
        Folder of article files (default: the development corpus).
    gold
        Gold JSON in the format of ``seeds-gold.json`` (default: the development gold), or
        its ``articles`` already read with :func:`read_gold`.
    verbose
        Keep a line per miss, wrong status and extra claim.

    Returns
    -------
    Report
        The counts and figures.

    """
    folder = Path(articles) if articles else DEV_ARTICLES
    gold_data = gold if isinstance(gold, dict) else read_gold(gold or DEV_GOLD)
    gaz = load_gazetteer()
    report = Report()
    for name, g in sorted(gold_data.items()):
        article = read_article(folder / name)
        claims = [c.to_json(name) for c in extract_article(article, gaz)]
        score_article(name, claims, g, report)
    if not verbose:
        report.lines.clear()
    return report


def format_report(report: Report) -> str:
    """The scorer's summary line, after any detail lines."""
    mean = sum(report.errors_km) / len(report.errors_km) if report.errors_km else math.nan
    summary = (
        f"claims: P={report.precision:.2f} R={report.recall:.2f} F1={report.f1:.2f} "
        f"status={report.status_accuracy:.2f} evidence={report.evidence_accuracy:.2f} "
        f"mean_err_km={mean:.1f} tp={report.tp} fp={report.fp} fn={report.fn}"
    )
    return "\n".join([*report.lines, summary])
