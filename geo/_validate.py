"""Validators shared by every stage: coordinates, dates, codes and web addresses."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from typing import Any

_ISO3 = re.compile(r"^[A-Z]{3}$")


def validate_location(location: Any) -> tuple[float, float]:
    """Return a ``(lat, lon)`` pair of floats, or raise a ``ValueError`` saying why not.

    The order is always latitude first, as in folium.

    Parameters
    ----------
    location
        A pair of numbers (or numeric strings) in (lat, lon) order.

    Returns
    -------
    tuple[float, float]
        The latitude and longitude.

    """
    if isinstance(location, str | bytes) or not isinstance(location, Sequence):
        raise TypeError(
            f"Expected a (lat, lon) pair of two numbers, got {location!r} "
            f"of type {type(location).__name__}"
        )
    if len(location) != 2:
        raise ValueError(f"Expected a (lat, lon) pair of two numbers, got {location!r}")
    coords = []
    for axis, value in zip(("latitude", "longitude"), location, strict=True):
        try:
            number = float(value)
        except (TypeError, ValueError) as exc:
            raise ValueError(
                f"Expected a number for the {axis} of location {location!r}, got {value!r}"
            ) from exc
        if math.isnan(number) or math.isinf(number):
            raise ValueError(f"The {axis} of location {location!r} is not finite: {value!r}")
        coords.append(number)
    lat, lon = coords
    if not -90 <= lat <= 90:
        raise ValueError(f"Latitude must be in [-90, 90], got {lat!r} in location {location!r}")
    if not -180 <= lon <= 180:
        raise ValueError(f"Longitude must be in [-180, 180], got {lon!r} in location {location!r}")
    return lat, lon


def validate_iso3(code: Any) -> str:
    """Return an upper-case ISO 3166-1 alpha-3 code, or raise ``ValueError``.

    Parameters
    ----------
    code
        A three-letter code such as ``"TUR"``.

    Returns
    -------
    str
        The code in upper case.

    """
    if not isinstance(code, str) or not _ISO3.match(code.strip().upper()):
        raise ValueError(f"Expected an ISO 3166-1 alpha-3 country code such as 'TUR', got {code!r}")
    return code.strip().upper()


def validate_date(value: Any) -> dt.date:
    """Return a date from an ISO string or a date, or raise ``ValueError``.

    Parameters
    ----------
    value
        ``"2025-02-04"``, a ``datetime.date`` or a ``datetime.datetime``.

    Returns
    -------
    datetime.date
        The date.

    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
    raise ValueError(f"Expected an ISO date such as '2025-02-04', got {value!r}")


def web_url(value: Any) -> str:
    """An article's own URL when it is a web page (``http(s)://``), else ``""`` (no ``javascript:``)."""
    url = str(value or "").strip()
    return url if url.lower().startswith(("https://", "http://")) else ""
