"""Exports of what the map shows, and the view state that a permalink carries.

The exports take presence-site records (see :func:`geo.presence.aggregate`):
GeoJSON (coordinates ``[lon, lat]`` as RFC 7946 requires), CSV (one row per site
or one per evidence sentence), KML (``lon,lat``), a standalone offline HTML map
and a PNG screenshot of it drawn by headless Chromium.

:class:`ViewState` is the state of the app's filters. It reads from and writes to
URL query parameters, so every view is a permalink, and it applies itself to
claims and sites.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from geo._assets import STATUSES
from geo._errors import GeoError
from geo._validate import validate_date, validate_location
from geo.maps import CREDIT, article_link, build_map, escape_text, render_html, site_location, web_url

# The status filter: the four statuses, and "disputed" for sites whose reports conflict.
FILTER_STATUSES = (*STATUSES, "disputed")
SITE_COLUMNS = (
    "operator",
    "operator_name",
    "place",
    "lat",
    "lon",
    "precision",
    "status",
    "disputed",
    "host_own",
    "first_reported",
    "last_reported",
    "n_articles",
    "n_sources",
    "n_evidence",
    "dates",
    "why",
)
EVIDENCE_COLUMNS = (
    "operator",
    "place",
    "lat",
    "lon",
    "site_status",
    "disputed",
    "status",
    "cues",
    "published",
    "source",
    "title",
    "url",
    "sentence",
    "article_id",
    "start",
    "end",
    "link",
)
PERMALINK_KEYS = (
    "operator",
    "status",
    "articles",
    "as_of",
    "article",
    "sentence",
    "lat",
    "lon",
    "zoom",
)
CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "/usr/bin/chromium")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
KML_NS = "http://www.opengis.net/kml/2.2"
# Characters XML 1.0 forbids even when escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ISO3 = re.compile(r"^[A-Z]{3}$")
# The dates the "as of" picker offers; a link's date outside them is reported, not dropped unseen.
AS_OF_MIN = dt.date(1900, 1, 1)
AS_OF_MAX = dt.date(2100, 12, 31)


class BrowserError(GeoError):
    """Headless Chromium is missing or failed to draw a page."""


def to_geojson(sites: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Return the sites as a GeoJSON FeatureCollection of points.

    Parameters
    ----------
    sites
        Presence site records.

    Returns
    -------
    dict
        A FeatureCollection; each point is ``[lon, lat]`` (RFC 7946) and its
        properties hold every other field of the site, evidence included.

    """
    features = []
    for site in sites:
        lat, lon = site_location(site)
        props = {k: v for k, v in site.items() if k not in ("lat", "lon")}
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": props,
            }
        )
    return {"type": "FeatureCollection", "attribution": CREDIT, "features": features}


def to_geojson_text(sites: Iterable[Mapping[str, Any]]) -> str:
    """Return :func:`to_geojson` as indented JSON text, UTF-8 kept as is."""
    return json.dumps(to_geojson(sites), ensure_ascii=False, indent=1) + "\n"


def why(site: Mapping[str, Any]) -> str:
    """Return the distinct cues behind a site, in order, joined by ``"; "``.

    These are the site's own ``why`` cues, if any, then those of its evidence.
    """
    own = site.get("why")
    cues = [*(own if isinstance(own, list) else [])]
    cues += [c for e in site.get("evidence") or [] for c in e.get("cues") or []]
    status = "; ".join(dict.fromkeys(str(c) for c in cues))
    operator = "; ".join(dict.fromkeys(str(c) for c in site.get("why_operator") or []))
    return " | ".join(p for p in (f"operator: {operator}" if operator else "",
                                  f"status: {status}" if status else "") if p)


def site_rows(sites: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Return one flat row per site (the columns of :data:`SITE_COLUMNS`), for tables."""
    rows = []
    for site in sites:
        lat, lon = site_location(site)
        row = {k: site.get(k) for k in SITE_COLUMNS}
        row.update(
            lat=lat,
            lon=lon,
            disputed=bool(site.get("disputed")),
            host_own=bool(site.get("host_own")),
            n_evidence=len(site.get("evidence") or []),
            dates="; ".join(str(d) for d in site.get("dates") or []),
            why=why(site),
        )
        rows.append(row)
    return rows


def evidence_rows(
    sites: Iterable[Mapping[str, Any]], *, link_base: str = ""
) -> list[dict[str, Any]]:
    """Return one flat row per evidence sentence (the columns of :data:`EVIDENCE_COLUMNS`).

    Parameters
    ----------
    sites
        Presence site records.
    link_base
        The app's URL for the ``link`` column; ``""`` gives relative links.

    Returns
    -------
    list[dict]
        The rows, sites in the given order and sentences in evidence order.

    """
    rows = []
    for site in sites:
        lat, lon = site_location(site)
        for item in site.get("evidence") or []:
            article_id = str(item.get("article_id") or "")
            rows.append(
                {
                    "operator": site.get("operator"),
                    "place": site.get("place"),
                    "lat": lat,
                    "lon": lon,
                    "site_status": site.get("status"),
                    "disputed": bool(site.get("disputed")),
                    "status": item.get("status"),
                    "cues": "; ".join(str(c) for c in item.get("cues") or []),
                    "published": item.get("published"),
                    "source": item.get("source"),
                    "title": item.get("title"),
                    "url": web_url(item.get("url")),
                    "sentence": item.get("sentence"),
                    "article_id": article_id,
                    "start": item.get("start"),
                    "end": item.get("end"),
                    "link": article_link(link_base, article_id, item.get("start"))
                    if article_id
                    else "",
                }
            )
    return rows


def _cell(value: Any) -> Any:
    """Defuse spreadsheet formulas: text starting with ``= + - @`` gets a leading ``'``."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _write_csv(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return out.getvalue()


def to_csv(sites: Iterable[Mapping[str, Any]]) -> str:
    """Return the sites as CSV, one row per site with its evidence count and cues.

    Text cells that a spreadsheet would run as a formula (starting with ``=``,
    ``+``, ``-`` or ``@``) are prefixed with an apostrophe.
    """
    return _write_csv(site_rows(sites), SITE_COLUMNS)


def to_evidence_csv(sites: Iterable[Mapping[str, Any]], *, link_base: str = "") -> str:
    """Return the evidence as CSV, one row per sentence with its site and article link."""
    return _write_csv(evidence_rows(sites, link_base=link_base), EVIDENCE_COLUMNS)


def _xml_text(value: Any) -> str:
    return _NOT_XML.sub("", "" if value is None else str(value))


def _kml_description(site: Mapping[str, Any]) -> str:
    """The balloon text of a placemark, as HTML with every value escaped.

    Google Earth and most KML viewers render ``<description>`` as HTML, so text
    from articles is HTML-escaped here (the XML writer then escapes it once more)
    and lines are joined with ``<br>``.
    """
    lines = [
        f"{site.get('operator_name') or site.get('operator')} ({site.get('operator')}): "
        f"{site.get('status')}{', disputed' if site.get('disputed') else ''}",
        f"Reported {site.get('first_reported') or 'undated'} to {site.get('last_reported') or 'undated'}",
    ]
    for item in site.get("evidence") or []:
        lines.append(
            f"- \u201c{item.get('sentence')}\u201d ({item.get('title')}, "
            f"{item.get('source')}, {item.get('published') or 'undated'}, {item.get('status')})"
        )
    return "<br>\n".join(html.escape(line, quote=True) for line in lines)


def to_kml(sites: Iterable[Mapping[str, Any]]) -> str:
    """Return the sites as a KML 2.2 document, one folder per operator.

    Parameters
    ----------
    sites
        Presence site records.

    Returns
    -------
    str
        The XML text. All text is escaped by the XML writer, descriptions (which
        viewers render as HTML) as HTML first; coordinates are ``lon,lat,0`` as
        KML requires.

    """
    ET.register_namespace("", KML_NS)

    def sub(parent: ET.Element, tag: str, text: Any = None) -> ET.Element:
        node = ET.SubElement(parent, f"{{{KML_NS}}}{tag}")
        if text is not None:
            node.text = _xml_text(text)
        return node

    root = ET.Element(f"{{{KML_NS}}}kml")
    doc = sub(root, "Document")
    sub(doc, "name", "Military presence")
    sub(doc, "description", f"Data: {CREDIT}")
    folders: dict[str, ET.Element] = {}
    for site in sites:
        lat, lon = site_location(site)
        code = str(site.get("operator"))
        if code not in folders:
            folders[code] = sub(doc, "Folder")
            sub(folders[code], "name", f"{site.get('operator_name') or code} ({code})")
        mark = sub(folders[code], "Placemark")
        sub(mark, "name", site.get("place"))
        sub(mark, "description", _kml_description(site))
        extended = sub(mark, "ExtendedData")
        for key in ("operator", "status", "disputed", "precision", "first_reported"):
            data = sub(extended, "Data")
            data.set("name", key)
            sub(data, "value", site.get(key))
        point = sub(mark, "Point")
        sub(point, "coordinates", f"{lon!r},{lat!r},0")
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def to_html(sites: list[dict[str, Any]], *, caption: str = "", **map_kwargs: Any) -> str:
    """Return a standalone, offline HTML page of the map of ``sites``.

    ``caption`` (escaped) titles the page and sits over the map, so a saved file
    says what it shows ("as of 2025-02-05, operators TUR"). ``map_kwargs`` go to
    :func:`geo.maps.build_map` (``tiles``, ``link_base``, ...).
    """
    page = render_html(build_map(sites, **map_kwargs))
    if not caption:
        return page
    text = escape_text(caption)
    box = (f'<div class="mpm-caption" style="position:fixed;top:10px;left:54px;z-index:1000;'
           f'background:rgba(255,255,255,.92);padding:4px 8px;border:1px solid #999;'
           f'border-radius:4px;font:13px sans-serif">{text}</div>')
    page = page.replace("<head>", f"<head><title>{text}</title>", 1)
    return page.replace("<body>", "<body>" + box, 1)


def describe_view(view: ViewState, n_sites: int) -> str:
    """Return what a view shows, in words: "Military presence map: 5 sites, as of ...".

    Parameters
    ----------
    view
        The filters.
    n_sites
        How many sites the view shows.

    Returns
    -------
    str
        One line of plain text (not escaped).

    """
    parts = [f"Military presence map: {n_sites} site(s)"]
    if view.as_of:
        parts.append(f"as of {view.as_of.isoformat()}")
    if view.operators:
        parts.append("operators " + ", ".join(view.operators))
    if view.statuses:
        parts.append("reported as " + " or ".join(view.statuses))
    if view.articles:
        parts.append(f"{len(view.articles)} selected article(s)")
    return ", ".join(parts)


def coverage(view: ViewState, articles: Iterable[Mapping[str, Any]]) -> str:
    """Say which reports a view draws on: their dates, and what its "as of" date leaves out.

    Parameters
    ----------
    view
        The filters; only its article selection and ``as_of`` matter here.
    articles
        The stored articles (``id`` and ``published``), as :meth:`geo.store.Store.articles`.

    Returns
    -------
    str
        One sentence of plain text, such as "Reports published 2025-02-04 to
        2025-03-03; 1 published after 2025-02-05 and 1 undated left out."

    """
    chosen = [a for a in articles if not view.articles or str(a.get("id")) in view.articles]
    if not chosen:
        return "No articles yet: add some under 'Add articles'."
    dates = sorted(str(a["published"]) for a in chosen if a.get("published"))
    undated = len(chosen) - len(dates)
    if not dates:
        span = "No article has a publication date"
    elif dates[0] == dates[-1]:
        span = f"Reports published {dates[0]}"
    else:
        span = f"Reports published {dates[0]} to {dates[-1]}"
    if view.as_of is None:
        note = f"; {undated} undated article(s) (left out when an 'as of' date is set)" if undated else ""
        return f"{span}{note}."
    cutoff = view.as_of.isoformat()
    later = sum(d > cutoff for d in dates)
    left = [f"{later} published after {cutoff}" if later else "",
            f"{undated} undated" if undated else ""]
    left_out = " and ".join(p for p in left if p)
    return f"{span}; {left_out} left out." if left_out else f"{span}; none left out by the date."


def find_chromium() -> str | None:
    """Return the path of a Chromium executable, or ``None`` when there is none.

    ``$CHROMIUM`` wins when set; else the usual names are looked up on ``PATH``.
    """
    override = os.environ.get("CHROMIUM")
    for name in (override, *CHROMIUM_CANDIDATES) if override else CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def to_png(
    html: str,
    path: str | Path,
    *,
    width: int = 1200,
    height: int = 800,
    timeout: float = 90.0,
) -> Path:
    """Screenshot an HTML page (such as :func:`to_html`) to a PNG with headless Chromium.

    Parameters
    ----------
    html
        The complete page.
    path
        Where to write the PNG.
    width, height
        Size of the window, in pixels.
    timeout
        Seconds to wait for Chromium.

    Returns
    -------
    Path
        The PNG file.

    Raises
    ------
    BrowserError
        When Chromium is not installed, fails, or writes no image.

    """
    browser = find_chromium()
    if browser is None:
        raise BrowserError(
            "PNG export needs Chromium, which is not installed "
            "(on Debian: apt-get install chromium, or run scripts/ensure-chromium)"
        )
    target = Path(path).resolve()
    with tempfile.TemporaryDirectory(prefix="geo-png-") as tmp:
        page = Path(tmp) / "map.html"
        page.write_text(html, encoding="utf-8")
        command = [
            browser,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={Path(tmp) / 'profile'}",
            f"--window-size={int(width)},{int(height)}",
            "--virtual-time-budget=8000",
            f"--screenshot={target}",
            page.as_uri(),
        ]
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=timeout, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise BrowserError(f"Chromium could not draw the map: {exc}") from exc
    if done.returncode != 0 or not target.is_file() or target.stat().st_size == 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-5:])
        raise BrowserError(f"Chromium wrote no PNG (exit {done.returncode}): {tail}")
    return target


def map_png(sites: list[dict[str, Any]], *, width: int = 1200, height: int = 800,
            caption: str = "") -> bytes:
    """Return a PNG screenshot of the offline map of ``sites`` (see :func:`to_png`)."""
    with tempfile.TemporaryDirectory(prefix="geo-png-") as tmp:
        page = to_html(sites, caption=caption)
        path = to_png(page, Path(tmp) / "map.png", width=width, height=height)
        return path.read_bytes()


def permalink(params: Mapping[str, Any], base: str = "") -> str:
    """Build a URL that reopens a view: ``base`` plus the view's query parameters.

    Parameters
    ----------
    params
        Values by key, keys among :data:`PERMALINK_KEYS`. Lists are joined with
        commas; ``None``, empty strings and empty lists are left out.
    base
        The app's URL; ``""`` gives a relative ``?...`` link.

    Returns
    -------
    str
        The URL.

    """
    unknown = sorted(set(params) - set(PERMALINK_KEYS))
    if unknown:
        raise ValueError(f"Unknown permalink parameter(s) {unknown}; allowed: {PERMALINK_KEYS}")
    query: dict[str, str] = {}
    for key in PERMALINK_KEYS:
        value = params.get(key)
        if isinstance(value, list | tuple | set | frozenset):
            value = ",".join(str(v) for v in value)
        elif isinstance(value, dt.date):
            value = value.isoformat()
        if value is None or value == "":
            continue
        query[key] = str(value)
    if not query:
        return base or "?"
    joiner = "&" if "?" in base else "?"
    return f"{base}{joiner}{urlencode(query, safe=',')}"


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def _read_view(
    query: Mapping[str, str], problems: list[str]
) -> tuple[tuple[float, float] | None, int | None]:
    """Read the map centre and zoom of a query, noting what had to be ignored."""
    center = None
    if query.get("lat") or query.get("lon"):
        try:
            center = validate_location((query.get("lat"), query.get("lon")))
        except (TypeError, ValueError) as exc:
            problems.append(f"ignored lat/lon: {exc}")
    zoom = None
    if query.get("zoom"):
        try:
            zoom = int(query["zoom"])
        except ValueError:
            problems.append(f"ignored zoom={query['zoom']!r}: not a whole number")
        else:
            if not 0 <= zoom <= 19:
                problems.append(f"ignored zoom={zoom}: not in 0..19")
                zoom = None
    return center, zoom


@dataclass(frozen=True)
class ViewState:
    """The filters and selection of the app, as carried by its URL.

    Empty filters mean "all". Invalid values from a hand-edited URL are dropped
    and described in :attr:`problems` instead of failing.
    """

    operators: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    as_of: dt.date | None = None
    article: str | None = None
    sentence: int | None = None
    center: tuple[float, float] | None = None
    zoom: int | None = None
    problems: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> ViewState:
        """Read a view from URL query parameters (such as ``st.query_params``)."""
        problems: list[str] = []
        operators = [v.upper() for v in _split(query.get("operator"))]
        bad = [v for v in operators if not _ISO3.match(v)]
        statuses = [v.lower() for v in _split(query.get("status"))]
        bad += [v for v in statuses if v not in FILTER_STATUSES]
        if bad:
            problems.append(f"ignored unknown operator/status value(s): {', '.join(bad)}")
        as_of = None
        if query.get("as_of"):
            try:
                as_of = validate_date(query["as_of"])
            except ValueError as exc:
                problems.append(f"ignored as_of: {exc}")
            else:
                if not AS_OF_MIN <= as_of <= AS_OF_MAX:
                    problems.append(f"ignored as_of={as_of.isoformat()}: not between "
                                    f"{AS_OF_MIN.isoformat()} and {AS_OF_MAX.isoformat()}")
                    as_of = None
        sentence = None
        if query.get("sentence"):
            try:
                sentence = int(query["sentence"])
            except ValueError:
                problems.append(f"ignored sentence={query['sentence']!r}: not a number")
        center, zoom = _read_view(query, problems)
        return cls(
            operators=tuple(v for v in operators if _ISO3.match(v)),
            statuses=tuple(v for v in statuses if v in FILTER_STATUSES),
            articles=tuple(_split(query.get("articles"))),
            as_of=as_of,
            article=query.get("article") or None,
            sentence=sentence,
            center=center,
            zoom=zoom,
            problems=tuple(problems),
        )

    def to_query(self) -> dict[str, str]:
        """Return the view as URL query parameters; defaults are left out."""
        query = {
            "operator": ",".join(self.operators),
            "status": ",".join(self.statuses),
            "articles": ",".join(self.articles),
            "as_of": self.as_of.isoformat() if self.as_of else "",
            "article": self.article or "",
            "sentence": "" if self.sentence is None else str(self.sentence),
            "lat": f"{self.center[0]:.4f}" if self.center else "",
            "lon": f"{self.center[1]:.4f}" if self.center else "",
            "zoom": "" if self.zoom is None else str(self.zoom),
        }
        return {k: v for k, v in query.items() if v}

    def missing(
        self, operators: Iterable[str], articles: Iterable[str]
    ) -> tuple[tuple[str, ...], tuple[str, ...], list[str]]:
        """The selected operators and articles that the store does not have, and what to say.

        A shared link may name an operator or an article the receiving database
        lacks. The view keeps them, so it shows what the link asked for (perhaps
        nothing) rather than silently everything, and says so.

        Parameters
        ----------
        operators
            Codes of the operators that have sites in the store.
        articles
            Identifiers of the stored articles.

        Returns
        -------
        tuple
            The unknown operators, the unknown articles, and one message per kind.

        """
        known_ops, known_articles = set(operators), set(articles)
        lost_ops = tuple(o for o in self.operators if o not in known_ops)
        lost_articles = tuple(a for a in self.articles if a not in known_articles)
        messages = []
        if lost_ops:
            messages.append(f"operator {', '.join(lost_ops)}: no site of "
                            f"{'this operator' if len(lost_ops) == 1 else 'these operators'} "
                            "in this database")
        if lost_articles:
            shown = ", ".join(a[:12] for a in lost_articles)
            messages.append(f"articles: {len(lost_articles)} selected article(s) not in this "
                            f"database ({shown}); add them to see their sites")
        return lost_ops, lost_articles, messages

    def filter_claims(self, claims: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Keep the claims of the selected articles (all when none is selected)."""
        wanted = set(self.articles)
        return [dict(c) for c in claims if not wanted or c.get("article_id") in wanted]

    def filter_sites(self, sites: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Keep the sites of the selected operators and statuses.

        A site matches a status when any report gave it that status, not only the
        latest: filtering "denied" shows Palmyra, proposed and then denied. "disputed"
        matches the sites whose reports conflict.
        """
        return [
            dict(s)
            for s in sites
            if (not self.operators or s.get("operator") in self.operators)
            and (not self.statuses or not set(self.statuses).isdisjoint(reported_statuses(s)))
        ]


def reported_statuses(site: Mapping[str, Any]) -> set[str]:
    """Every status a site was reported with, plus ``"disputed"`` when its reports conflict."""
    found = {str(site.get("status") or "")}
    found.update(str(t.get("status")) for t in site.get("timeline") or [])
    found.update(str(e.get("status")) for e in site.get("evidence") or [])
    if site.get("disputed"):
        found.add("disputed")
    return found
