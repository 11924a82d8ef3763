"""Offline web assets for the map: Leaflet and jQuery from installed XStatic packages.

Folium links Leaflet, jQuery, Bootstrap and Font Awesome from CDNs. The map of
this project must work with no network, so :mod:`geo.maps` replaces those links
with ``data:`` URLs built here from the ``xstatic-leaflet`` and ``xstatic-jquery``
wheels. A ``data:`` URL works both in a standalone HTML file and inside the
``streamlit-folium`` component, which loads scripts by URL and does not run
inline scripts of the map header. The images referenced by ``leaflet.css`` are
inlined into the stylesheet too, so nothing is fetched at all.

Bootstrap and the awesome-markers plugin are dropped: markers are drawn as
inline SVG (see :func:`geo.maps.marker_svg`).
"""

from __future__ import annotations

import base64
import mimetypes
import re
from functools import cache
from pathlib import Path

from geo._errors import DataFileError

_SOURCE_MAP = re.compile(r"^\s*//[#@] sourceMappingURL=.*$", re.MULTILINE)
_CSS_URL = re.compile(r"url\((['\"]?)(images/[^'\")]+)\1\)")


def leaflet_dir() -> Path:
    """Folder of the Leaflet distribution installed by ``xstatic-leaflet``."""
    import xstatic.pkg.leaflet as pkg

    return Path(pkg.BASE_DIR)


def jquery_dir() -> Path:
    """Folder of the jQuery distribution installed by ``xstatic-jquery``."""
    import xstatic.pkg.jquery as pkg

    return Path(pkg.BASE_DIR)


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
    import xstatic.pkg.jquery as jq
    import xstatic.pkg.leaflet as lf

    return {"leaflet": str(lf.VERSION), "jquery": str(jq.VERSION)}
