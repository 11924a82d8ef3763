"""What the map is drawn with: offline Leaflet and jQuery, the basemap, the styles file.

Folium links Leaflet, jQuery, Bootstrap and Font Awesome from CDNs. The map of
this project must work with no network, so :mod:`geo.maps` replaces those links
with ``data:`` URLs built here from the ``xstatic-leaflet`` and ``xstatic-jquery``
wheels. A ``data:`` URL works both in a standalone HTML file and inside the
``streamlit-folium`` component, which loads scripts by URL and does not run
inline scripts of the map header. The images referenced by ``leaflet.css`` are
inlined into the stylesheet too, so nothing is fetched at all.

Bootstrap and the awesome-markers plugin are dropped: markers are drawn as
inline SVG (see :func:`geo.maps.marker_svg`). Their colours and the words of the
legend come from ``data/map_styles.json``, validated when read (:func:`styles`).
"""

from __future__ import annotations

import base64
import hashlib
import json
import mimetypes
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import xstatic.pkg.jquery
import xstatic.pkg.leaflet

from geo._errors import DataFileError
from geo._validate import validate_iso3
from geo.borders import basemap_geojson as _source_borders
from geo.lexicon import DATA_DIR

STYLES_JSON = DATA_DIR / "map_styles.json"
STATUSES = ("existing", "proposed", "withdrawn", "denied")
COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_SOURCE_MAP = re.compile(r"^\s*//[#@] sourceMappingURL=.*$", re.MULTILINE)
_CSS_URL = re.compile(r"url\((['\"]?)(images/[^'\")]+)\1\)")


def leaflet_dir() -> Path:
    """Folder of the Leaflet distribution installed by ``xstatic-leaflet``."""
    return Path(xstatic.pkg.leaflet.BASE_DIR)


def jquery_dir() -> Path:
    """Folder of the jQuery distribution installed by ``xstatic-jquery``."""
    return Path(xstatic.pkg.jquery.BASE_DIR)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DataFileError(
            str(path), f"cannot read web asset ({exc}); reinstall xstatic-leaflet/xstatic-jquery"
        ) from exc


def data_url(content: bytes, mime: str) -> str:
    """Return ``content`` as a base64 ``data:`` URL of the given MIME type.

    Parameters
    ----------
    content
        The bytes to embed.
    mime
        Their media type, such as ``"text/javascript"``.

    Returns
    -------
    str
        A URL starting with ``data:``.

    """
    return f"data:{mime};base64,{base64.b64encode(content).decode('ascii')}"


def script_text(path: Path) -> str:
    """Read a JavaScript file without its trailing ``sourceMappingURL`` comment.

    Parameters
    ----------
    path
        The ``.js`` file.

    Returns
    -------
    str
        Its source code.

    """
    return _SOURCE_MAP.sub("", _read_bytes(path).decode("utf-8"))


def leaflet_css_text() -> str:
    """``leaflet.css`` with its ``images/...`` references inlined as ``data:`` URLs."""
    folder = leaflet_dir()
    css = _read_bytes(folder / "leaflet.css").decode("utf-8")

    def inline(match: re.Match[str]) -> str:
        image = folder / match.group(2)
        mime = mimetypes.guess_type(image.name)[0] or "application/octet-stream"
        return f'url("{data_url(_read_bytes(image), mime)}")'

    return _CSS_URL.sub(inline, css)


@cache
def offline_js() -> tuple[tuple[str, str], ...]:
    """``(name, data URL)`` pairs of the scripts a folium map needs, in load order.

    The names are those folium uses (``leaflet``, ``jquery``), so the pairs replace
    folium's CDN links one for one.
    """
    leaflet = script_text(leaflet_dir() / "leaflet.js")
    jquery = script_text(jquery_dir() / "jquery.min.js")
    return (
        ("leaflet", data_url(leaflet.encode("utf-8"), "text/javascript")),
        ("jquery", data_url(jquery.encode("utf-8"), "text/javascript")),
    )


@cache
def offline_css() -> tuple[tuple[str, str], ...]:
    """``(name, data URL)`` pairs of the stylesheets a folium map needs."""
    return (("leaflet_css", data_url(leaflet_css_text().encode("utf-8"), "text/css")),)


def asset_versions() -> dict[str, str]:
    """Versions of the bundled libraries, for the credits and for debugging."""
    return {
        "leaflet": str(xstatic.pkg.leaflet.VERSION),
        "jquery": str(xstatic.pkg.jquery.VERSION),
    }


def _round_ring(ring: list[list[float]], digits: int) -> list[list[float]]:
    """Round a coordinate ring, dropping points that become repeats."""
    out: list[list[float]] = []
    for point in ring:
        rounded = [round(float(point[0]), digits), round(float(point[1]), digits)]
        if not out or rounded != out[-1]:
            out.append(rounded)
    return out


def _round_geometry(geometry: dict[str, Any], digits: int) -> dict[str, Any] | None:
    """Round a Polygon or MultiPolygon; other geometry types are kept as they are."""
    kind = geometry.get("type")
    if kind == "Polygon":
        rings = [_round_ring(r, digits) for r in geometry["coordinates"]]
        rings = [r for r in rings if len(r) >= 4]
        return {"type": kind, "coordinates": rings} if rings else None
    if kind == "MultiPolygon":
        polygons = []
        for polygon in geometry["coordinates"]:
            rings = [r for r in (_round_ring(r, digits) for r in polygon) if len(r) >= 4]
            if rings:
                polygons.append(rings)
        return {"type": kind, "coordinates": polygons} if polygons else None
    return geometry


@cache
def basemap_geojson(digits: int = 2) -> dict[str, Any]:
    """Natural Earth borders for the offline basemap, with coordinates rounded.

    :func:`geo.borders.basemap_geojson` is already simplified to about 2 km;
    rounding to ``digits`` decimals (1 km for 2) shrinks the page it is embedded
    in by two thirds with no visible change.

    Parameters
    ----------
    digits
        Decimals kept in each coordinate.

    Returns
    -------
    dict
        A GeoJSON FeatureCollection with ``iso3`` and ``name`` properties.

    """
    features = []
    for feature in _source_borders()["features"]:
        geometry = feature.get("geometry")
        rounded = _round_geometry(geometry, digits) if geometry else None
        if rounded is not None:
            features.append(
                {
                    "type": "Feature",
                    "properties": feature.get("properties", {}),
                    "geometry": rounded,
                }
            )
    return {"type": "FeatureCollection", "features": features}


@cache
def styles() -> dict[str, Any]:
    """Return the validated contents of ``data/map_styles.json`` (palette, status words)."""
    try:
        data = json.loads(STYLES_JSON.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(str(STYLES_JSON), f"cannot read JSON: {exc}") from exc
    problem = _styles_problem(data)
    if problem:
        raise DataFileError(str(STYLES_JSON), problem)
    return dict(data)


def _styles_problem(data: Any) -> str | None:
    """Say what is wrong with a styles mapping, or return ``None``."""
    if not isinstance(data, dict):
        return "expected a JSON object"
    palette = data.get("palette")
    if not isinstance(palette, list) or not palette:
        return "'palette' must be a non-empty list of colours"
    bad = [c for c in palette if not (isinstance(c, str) and COLOUR.match(c))]
    operators = data.get("operators")
    if not isinstance(operators, dict):
        return "'operators' must map ISO3 codes to colours"
    bad += [c for c in operators.values() if not (isinstance(c, str) and COLOUR.match(c))]
    if bad:
        return f"not a #RRGGBB colour: {bad!r}"
    for code in operators:
        try:
            validate_iso3(code)
        except ValueError as exc:
            return f"'operators': {exc}"
    statuses = data.get("statuses")
    if not isinstance(statuses, dict) or set(statuses) != set(STATUSES):
        return f"'statuses' must have exactly the keys {list(STATUSES)}"
    for key, entry in [*statuses.items(), ("disputed", data.get("disputed"))]:
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k), str) for k in ("label", "description")
        ):
            return f"{key!r} needs string 'label' and 'description'"
    land = data.get("land")
    if not isinstance(land, dict) or not all(
        isinstance(land.get(k), str) and COLOUR.match(land[k]) for k in ("fill", "stroke")
    ):
        return "'land' needs #RRGGBB 'fill' and 'stroke'"
    if not (isinstance(data.get("sea"), str) and COLOUR.match(data["sea"])):
        return "'sea' must be a #RRGGBB colour"
    return None


def operator_colour(iso3: str) -> str:
    """Return the stable colour of an operator: fixed in the styles file, else hashed.

    Parameters
    ----------
    iso3
        The operator's ISO 3166-1 alpha-3 code.

    Returns
    -------
    str
        A ``#RRGGBB`` colour, the same in every run.

    """
    code = iso3.strip().upper()
    table = styles()
    fixed: dict[str, str] = table["operators"]
    if code in fixed:
        return fixed[code]
    palette: list[str] = table["palette"]
    return palette[_palette_index(code, len(palette))]


def _palette_index(code: str, size: int) -> int:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % size


def operator_colours(codes: Iterable[str]) -> dict[str, str]:
    """Return distinct colours for the operators of one map, as far as the palette goes.

    An operator keeps its fixed colour from the styles file. Any other starts at its
    hashed colour (:func:`operator_colour`) and, when an operator of the same map
    already has that colour, takes the next palette colour nobody on the map uses,
    so Belgium is not drawn in the United States' blue. Only with more operators
    than palette colours do two of them share one.

    Parameters
    ----------
    codes
        ISO 3166-1 alpha-3 codes of the operators on the map.

    Returns
    -------
    dict[str, str]
        ``#RRGGBB`` by upper-case code; the same set of codes always gets the same colours.

    """
    table = styles()
    fixed: dict[str, str] = table["operators"]
    palette: list[str] = table["palette"]
    wanted = sorted({c.strip().upper() for c in codes})
    out = {c: fixed[c] for c in wanted if c in fixed}
    used = set(out.values())
    for code in wanted:
        if code in out:
            continue
        start = _palette_index(code, len(palette))
        ring = [palette[(start + k) % len(palette)] for k in range(len(palette))]
        colour = next((c for c in ring if c not in used), ring[0])
        out[code] = colour
        used.add(colour)
    return out
