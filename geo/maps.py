"""The presence map: folium markers whose shape tells the status, offline by default.

:func:`build_map` draws presence sites (the records of :func:`geo.presence.aggregate`)
on Natural Earth country borders, one layer per operating country. Nothing is
fetched from the network unless online tiles are asked for: Leaflet and jQuery are
inlined from installed packages (:mod:`geo._assets`).

Every string that comes from an article (place names, titles, sentences) is
hostile: it goes through :func:`escape_text` before it reaches HTML or one of
folium's JavaScript template literals.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import folium

from geo import _assets
from geo._assets import STATUSES, operator_colours, styles
from geo._map_controls import MapDecorations
from geo._validate import validate_iso3, validate_location, web_url

CREDIT = (
    "Places: GeoNames (CC BY 4.0) · Borders: Natural Earth (public domain) · "
    "Airfields: airportsdata (MIT), OurAirports (public domain)"
)
FULL_CREDIT = (
    f"{CREDIT} · Country points: CIA World Factbook (public domain) via countryinfo (MIT) · "
    "Given names and surnames: US Census Bureau (public domain) via names (MIT) · "
    "Common words: Webster's Second (public domain) via english-words (MIT), wordfreq (MIT; "
    "data CC BY-SA 4.0) · Map: Leaflet (BSD-2), jQuery (MIT), folium (MIT)"
)
MAX_EVIDENCE_IN_POPUP = 20
MAX_EXPANDED_LAYERS = 6  # more operators than this: the layer list opens on hover
LAYER_ROW_PX = 26
_WITHDRAWN_FILL = "#9e9e9e"
_INK = "#222222"
_FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif"


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$])")


def escape_markdown(text: str) -> str:
    """Escape text for Streamlit's Markdown, so a file called ``**x**`` is shown as typed."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def escape_text(value: object) -> str:
    """Escape any value for HTML text, attributes and folium's JavaScript template literals.

    Besides ``& < > " '`` this replaces the backtick with ``&#96;`` and the dollar
    sign with ``&#36;``, since folium puts popups and tooltips inside backtick
    template literals where ``${...}`` would be evaluated.

    Parameters
    ----------
    value
        Anything; ``None`` becomes the empty string.

    Returns
    -------
    str
        Text safe to place anywhere in the rendered map.

    """
    text = "" if value is None else str(value)
    return html.escape(text, quote=True).replace("`", "&#96;").replace("$", "&#36;")


def marker_svg(status: str, colour: str, *, disputed: bool = False, area: bool = False,
               size: int = 32) -> str:
    """Draw an inline SVG marker whose shape, not only its colour, tells the status.

    ``existing`` is a solid disc, ``proposed`` a dashed hollow ring, ``withdrawn`` a
    grey disc with a coloured rim and ``denied`` a ring crossed by an X. A disputed
    site gets a dotted halo and a ``?`` badge. A claim about a whole region or
    country (``area``) is drawn as a rounded square instead of a disc, since its
    point is only the centre of that area.

    Parameters
    ----------
    status
        One of :data:`STATUSES`.
    colour
        The operator colour, ``#RRGGBB``.
    disputed
        Whether sources disagree about the site.
    area
        Whether the claim is about a region or a country, not a place.
    size
        Width and height in pixels.

    Returns
    -------
    str
        The ``<svg>`` element.

    """
    if status not in STATUSES:
        raise ValueError(f"Unknown status {status!r}; expected one of {list(STATUSES)}")
    if not _assets.COLOUR.match(colour):
        raise ValueError(f"Expected a #RRGGBB colour, got {colour!r}")
    body = '<rect x="7" y="7" width="18" height="18" rx="3"' if area else '<circle cx="16" cy="16" r="9"'
    shapes = {
        "existing": f'{body} fill="{colour}" stroke="{_INK}" stroke-width="1.5"/>',
        "proposed": f'{body} fill="#ffffff" fill-opacity="0.85" '
        f'stroke="{colour}" stroke-width="3" stroke-dasharray="4 2.5"/>',
        "withdrawn": f'{body} fill="{_WITHDRAWN_FILL}" stroke="{colour}" stroke-width="3"/>',
        "denied": f'{body} fill="#ffffff" fill-opacity="0.85" stroke="{colour}" stroke-width="3"/>'
        f'<path d="M9.5 9.5 L22.5 22.5 M22.5 9.5 L9.5 22.5" stroke="{_INK}" '
        'stroke-width="2.5" stroke-linecap="round"/>',
    }
    parts = [shapes[status]]
    if disputed:
        parts.insert(
            0,
            f'<circle cx="16" cy="16" r="12.5" fill="none" stroke="{_INK}" '
            'stroke-width="1.5" stroke-dasharray="1.5 2"/>',
        )
        parts.append(
            f'<circle cx="26" cy="6" r="5.5" fill="#ffffff" stroke="{_INK}" stroke-width="1.2"/>'
            f'<text x="26" y="9.2" text-anchor="middle" font-size="9" font-weight="700" '
            f'fill="{_INK}" font-family="sans-serif">?</text>'
        )
    label = status + (", disputed" if disputed else "")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
        f'viewBox="0 0 32 32" role="img" aria-label="{label}" style="flex:none;display:block">'
        f"{''.join(parts)}</svg>"
    )


def article_link(link_base: str, article_id: str, start: int | str | None = None) -> str:
    """Return the app URL of an article, scrolled to the sentence starting at ``start``.

    Parameters
    ----------
    link_base
        The app's URL; ``""`` gives a relative ``?article=...`` link.
    article_id
        The article's identifier in the store.
    start
        Character offset of the sentence in the article body, if any.

    Returns
    -------
    str
        The URL, not yet HTML-escaped.

    """
    params: dict[str, str] = {"article": str(article_id)}
    if start is not None:
        params["sentence"] = str(int(start))
    joiner = "&" if "?" in link_base else "?"
    return f"{link_base}{joiner}{urlencode(params)}"


def site_location(site: Mapping[str, Any]) -> tuple[float, float]:
    """Return the validated ``(lat, lon)`` of a site, or raise a ``ValueError`` naming it."""
    if "lat" not in site or "lon" not in site:
        raise ValueError(f"Presence site {site.get('place')!r} has no 'lat'/'lon'")
    try:
        return validate_location((site["lat"], site["lon"]))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"Presence site {site.get('place')!r}: {exc}") from exc


def operator_label(site: Mapping[str, Any]) -> str:
    """Return ``"Turkey (TUR)"``, the layer name of a site's operator, unescaped."""
    code = str(site.get("operator") or "???")
    name = str(site.get("operator_name") or code)
    return f"{name} ({code})" if name != code else code


def status_words(site: Mapping[str, Any]) -> str:
    """Return ``"proposed, disputed"``, the status of a site in words."""
    status = str(site.get("status") or "")
    return status + (", disputed" if site.get("disputed") else "")


def tooltip_html(site: Mapping[str, Any]) -> str:
    """Return the escaped hover text of a marker: place, operator and status."""
    return (
        f"<b>{escape_text(site.get('place'))}</b><br>"
        f"{escape_text(operator_label(site))} · {escape_text(status_words(site))}"
    )


def _evidence_item(item: Mapping[str, Any], link_base: str) -> str:
    meta = " · ".join(
        escape_text(v) for v in (item.get("title"), item.get("source"), item.get("published")) if v
    )
    link = ""
    if item.get("article_id"):
        href = article_link(link_base, str(item["article_id"]), item.get("start"))
        link = (
            f' <a class="mpm-open" href="{escape_text(href)}" target="_top" '
            'style="white-space:nowrap">open in article &#8599;</a>'
        )
    url = web_url(item.get("url"))
    if url:  # the publisher's page: works in a shared file too
        link += (
            f' <a class="mpm-source" href="{escape_text(url)}" target="_blank" '
            'rel="noopener noreferrer" style="white-space:nowrap">source &#8599;</a>'
        )
    status = escape_text(item.get("status"))
    cues = ", ".join(escape_text(c) for c in item.get("cues") or [])
    why = f' <span style="color:#666">(cues: {cues})</span>' if cues else ""
    return (
        '<li style="margin:0 0 7px 0">'
        f"&#8220;{escape_text(item.get('sentence'))}&#8221;<br>"
        f'<span style="color:#555;font-size:12px">{meta} · <i>{status}</i>{why}</span>'
        f"{link}</li>"
    )


def popup_html(site: Mapping[str, Any], *, link_base: str = "") -> str:
    """Return the escaped popup of a marker: the site, its dates and its evidence.

    Parameters
    ----------
    site
        A presence site record.
    link_base
        The app's URL for the per-sentence links (``""``: relative links).

    Returns
    -------
    str
        An HTML fragment.

    """
    first = site.get("first_reported") or "undated"
    last = site.get("last_reported") or "undated"
    dates = escape_text(first if first == last else f"{first} – {last}")
    counts = f"{int(site.get('n_articles') or 0)} article(s), {int(site.get('n_sources') or 0)}"
    lines = [
        f'<div style="{_FONT};font-size:13px;line-height:1.4;max-height:320px;overflow:auto">',
        f'<div style="font-size:15px;font-weight:600">{escape_text(site.get("place"))}</div>',
        f"<div>{escape_text(operator_label(site))} · <b>{escape_text(status_words(site))}</b></div>",
        f'<div style="color:#555">Reported {dates} · {counts} source(s) · '
        f"location precision: {escape_text(site.get('precision'))}"
        + (" · host country's own forces" if site.get("host_own") else "")
        + "</div>",
    ]
    dated = "; ".join(escape_text(d) for d in site.get("dates") or [])
    if dated:
        lines.append(f'<div style="color:#555">Dated in the text: {dated}</div>')
    operator_cues = ", ".join(escape_text(c) for c in site.get("why_operator") or [])
    if operator_cues:
        lines.append(f'<div style="color:#555">Operator from: {operator_cues}</div>')
    timeline = site.get("timeline") or []
    if len(timeline) > 1:
        steps = " &#8594; ".join(
            f"{escape_text(t.get('date') or 'undated')} {escape_text(t.get('status'))}"
            + (f" (said of {escape_text(t['covers'])} as a whole)" if t.get("covers") else "")
            for t in timeline
        )
        lines.append(f'<div style="color:#555">Timeline: {steps}</div>')
    evidence = list(site.get("evidence") or [])
    items = "".join(_evidence_item(e, link_base) for e in evidence[:MAX_EVIDENCE_IN_POPUP])
    lines.append(f'<ol style="padding-left:18px;margin:6px 0 0 0">{items}</ol>')
    if len(evidence) > MAX_EVIDENCE_IN_POPUP:
        more = len(evidence) - MAX_EVIDENCE_IN_POPUP
        lines.append(f"<div><i>and {more} more sentence(s) in the table</i></div>")
    lines.append("</div>")
    return "".join(lines)


def legend_html(operators: Iterable[tuple[str, str]]) -> str:
    """Return the escaped legend: status shapes, the disputed mark and operator colours.

    Parameters
    ----------
    operators
        ``(layer label, colour)`` pairs of the operators shown.

    Returns
    -------
    str
        An HTML fragment.

    """
    table = styles()
    row = '<div style="display:flex;align-items:center;gap:6px;margin:1px 0">{}<span>{}</span></div>'
    parts = [
        f'<details class="mpm-legend-body" open style="{_FONT};font-size:12px;line-height:1.25;'
        "background:rgba(255,255,255,0.94);padding:6px 10px;border-radius:6px;"
        'box-shadow:0 1px 4px rgba(0,0,0,0.35);max-width:300px;max-height:60vh;overflow:auto">',
        '<summary style="font-weight:600;cursor:pointer">Legend</summary>',
        '<div style="font-weight:600;margin:4px 0 3px 0">Status</div>',
    ]
    for status in STATUSES:
        entry = table["statuses"][status]
        text = f"<b>{escape_text(entry['label'])}</b> – {escape_text(entry['description'])}"
        parts.append(row.format(marker_svg(status, "#555555", size=24), text))
    entry = table["disputed"]
    text = f"<b>{escape_text(entry['label'])}</b> – {escape_text(entry['description'])}"
    parts.append(row.format(marker_svg("existing", "#555555", disputed=True, size=24), text))
    parts.append(row.format(marker_svg("existing", "#555555", area=True, size=24),
                            "<b>Square</b> – a claim about a whole region or country, "
                            "drawn at its centre"))
    shown = list(operators)
    if shown:
        parts.append('<div style="font-weight:600;margin:6px 0 3px 0">Operating country</div>')
        swatch = (
            '<span style="display:inline-block;width:12px;height:12px;border-radius:6px;'
            'background:{};border:1px solid #222;margin:0 5px 0 5px"></span>'
        )
        parts.extend(row.format(swatch.format(c), escape_text(label)) for label, c in shown)
    parts.append("</details>")
    return "".join(parts)


def _add_borders(m: folium.Map) -> None:
    land = styles()["land"]
    style = {"fillColor": land["fill"], "color": land["stroke"], "weight": 0.7, "fillOpacity": 1}
    folium.GeoJson(
        _assets.basemap_geojson(),
        name="Country borders (Natural Earth)",
        style_function=lambda _feature: style,
        control=False,
        tooltip=folium.GeoJsonTooltip(fields=["name"], labels=False, sticky=False),
        smooth_factor=1.0,
    ).add_to(m)


def build_map(
    sites: list[dict[str, Any]],
    *,
    tiles: str | None = None,
    link_base: str = "",
    view_link: str = "",
    center: tuple[float, float] | list[float] | None = None,
    zoom: int | None = None,
) -> folium.Map:
    """Draw presence sites on an offline map, one toggleable layer per operator.

    Parameters
    ----------
    sites
        Presence site records (see :func:`geo.presence.aggregate`).
    tiles
        ``None`` (default) for the offline Natural Earth basemap, or a folium tile
        name such as ``"OpenStreetMap"`` to draw online tiles underneath.
    link_base
        The app's URL for the evidence links in popups; ``""`` means relative links.
    view_link
        The permalink of the view drawn, for the map's "link to this view" button,
        which sets its centre and zoom; ``""`` uses the page's own address.
    center
        ``(lat, lon)`` to centre on; by default the map fits all sites.
    zoom
        Zoom level; by default 5 with ``center`` or whatever fits the sites.

    Returns
    -------
    folium.Map
        The map. Render it with :func:`render_html` or show it with ``st_folium``.

    """
    located = [(site, site_location(site)) for site in sites]
    start = validate_location(center) if center is not None else (30.0, 30.0)
    m = folium.Map(
        location=start,
        zoom_start=zoom if zoom is not None else (5 if center is not None else 3),
        tiles=tiles,
        prefer_canvas=True,
        control_scale=True,
    )
    m.default_js = list(_assets.offline_js())
    m.default_css = list(_assets.offline_css())
    if tiles is None:
        _add_borders(m)
    groups: dict[str, folium.FeatureGroup] = {}
    colours = operator_colours(validate_iso3(site.get("operator")) for site, _ in located)
    # The layer list (top right) stays open for a few operators; popups open below it.
    expanded = len(colours) <= MAX_EXPANDED_LAYERS
    popup_top = 30 + LAYER_ROW_PX * (len(colours) if expanded else 1)
    order = sorted(located, key=lambda p: (operator_label(p[0]), str(p[0].get("place"))))
    for site, (lat, lon) in order:
        code = validate_iso3(site.get("operator"))
        status = str(site.get("status"))
        label = operator_label(site)
        if label not in groups:
            groups[label] = folium.FeatureGroup(name=escape_text(label))
            groups[label].add_to(m)
        icon = folium.DivIcon(
            html=marker_svg(status, colours[code], disputed=bool(site.get("disputed")),
                            area=site.get("precision") in ("region", "country")),
            icon_size=(32, 32),
            icon_anchor=(16, 16),
            popup_anchor=(0, -12),
            class_name="mpm-marker",
        )
        folium.Marker(
            location=(lat, lon),
            icon=icon,
            popup=folium.Popup(popup_html(site, link_base=link_base), max_width=420,
                               auto_pan_padding_top_left=(10, popup_top)),
            tooltip=folium.Tooltip(tooltip_html(site)),
            rise_on_hover=True,
        ).add_to(groups[label])
    legend_ops = [(label, colours[validate_iso3(site["operator"])]) for label, site in _firsts(order)]
    MapDecorations(legend_html(legend_ops), styles()["sea"], escape_text(CREDIT), view_link).add_to(m)
    if groups:  # with no layer the control is an empty box
        folium.LayerControl(collapsed=not expanded, position="topright").add_to(m)
    if center is None and located:
        points = [loc for _, loc in located]
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        m.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], padding=(40, 40), max_zoom=7)
    return m


def _firsts(
    located: list[tuple[dict[str, Any], tuple[float, float]]],
) -> list[tuple[str, dict[str, Any]]]:
    """Return the first site of each operator label, in order."""
    seen: dict[str, dict[str, Any]] = {}
    for site, _loc in located:
        seen.setdefault(operator_label(site), site)
    return list(seen.items())


def render_html(m: folium.Map) -> str:
    """Return the complete standalone HTML page of a map."""
    html_text: str = m.get_root().render()
    return html_text


def save_html(m: folium.Map, path: str | Path) -> Path:
    """Write the standalone HTML page of a map to ``path`` and return the path."""
    target = Path(path)
    target.write_text(render_html(m), encoding="utf-8")
    return target


def _spans(
    article: Mapping[str, Any], evidence: Iterable[tuple[int, int]], selected: int | None
) -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
    """Return the non-overlapping evidence spans inside the body, and the selected span."""
    size = len(str(article.get("body") or ""))
    spans = sorted({(int(s), int(e)) for s, e in evidence if 0 <= int(s) < int(e) <= size})
    chosen = None
    if selected is not None:
        chosen = next((sp for sp in spans if sp[0] == selected), None)
        if chosen is None:
            for sentence in article.get("sentences") or []:
                if int(sentence["start"]) == selected and int(sentence["end"]) <= size:
                    chosen = (selected, int(sentence["end"]))
                    spans = sorted({*spans, chosen})
                    break
    kept: list[tuple[int, int]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            if span == chosen:
                kept[-1] = span
            continue
        kept.append(span)
    return kept, chosen


def article_html(
    article: Mapping[str, Any],
    evidence: Iterable[tuple[int, int]] = (),
    *,
    selected: int | None = None,
    part: str = "all",
) -> str:
    """Render an article body with its evidence sentences marked, all text escaped.

    Each evidence sentence becomes ``<mark id="s-<start>">``; the selected one also
    gets the class ``selected`` so that it stands out and can be scrolled to.

    Parameters
    ----------
    article
        An article record of the store: ``title``, ``source``, ``published``,
        ``url``, ``body`` and ``sentences``.
    evidence
        ``(start, end)`` offsets of the sentences to mark.
    selected
        Start offset of the sentence to highlight.
    part
        ``"all"``, or only the ``"head"`` (title, source, date) or the ``"body"``.

    Returns
    -------
    str
        An HTML fragment.

    """
    if part not in ("all", "head", "body"):
        raise ValueError(f"part must be 'all', 'head' or 'body', got {part!r}")
    body = str(article.get("body") or "")
    spans, chosen = _spans(article, evidence, selected)
    parts: list[str] = []
    pos = 0
    for start, end in spans:
        parts.append(escape_text(body[pos:start]))
        is_chosen = (start, end) == chosen
        style = (
            "background:#ffca28;border-bottom:2px solid #e65100;font-weight:500"
            if is_chosen
            else "background:#fff3c4"
        )
        css = "evidence selected" if is_chosen else "evidence"
        parts.append(
            f'<mark id="s-{start}" class="{css}" style="{style}">{escape_text(body[start:end])}</mark>'
        )
        pos = end
    parts.append(escape_text(body[pos:]))
    meta = " · ".join(escape_text(v) for v in (article.get("source"), article.get("published")) if v)
    url = web_url(article.get("url"))
    link = ""
    if url:
        link = f' · <a href="{escape_text(url)}" target="_blank" rel="noopener noreferrer">original</a>'
    head = (
        f'<div style="font-size:1.15em;font-weight:600;margin:0 0 2px 0">'
        f"{escape_text(article.get('title') or '(untitled)')}</div>"
        f'<div style="color:#555;margin-bottom:10px">{meta}{link}</div>'
    )
    text = f'<div style="white-space:pre-wrap;line-height:1.55;max-width:60em">{"".join(parts)}</div>'
    if part == "head":
        return f'<div class="mpm-article-head" style="{_FONT}">{head}</div>'
    if part == "body":
        return f'<div class="mpm-article" style="{_FONT};font-size:15px">{text}</div>'
    return f'<div class="mpm-article" style="{_FONT};font-size:15px">{head}{text}</div>'
