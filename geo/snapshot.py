"""Exports of what the map shows: the snapshots a user shares.

The exports take presence-site records (see :func:`geo.presence.aggregate`):
GeoJSON (coordinates ``[lon, lat]`` as RFC 7946 requires), CSV (one row per site
or one per evidence sentence), KML (``lon,lat``), a standalone offline HTML map
and a PNG screenshot of it drawn by headless Chromium. The view a snapshot shows
and its permalink are in :mod:`geo.permalink`.
"""

from __future__ import annotations

import csv
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
from pathlib import Path
from typing import Any

from geo._errors import GeoError
from geo._validate import web_url
from geo.maps import CREDIT, article_link, build_map, escape_text, render_html, site_location

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
