"""Military presence map: from news articles to a map of foreign military presence.

The package reads like its pipeline: :mod:`geo.load` (articles and sentences),
:mod:`geo.gazetteer` and :mod:`geo.toponyms` (places), :mod:`geo.extract`
(claims), :mod:`geo.store` (SQLite), :mod:`geo.presence` (aggregation over
articles and time), :mod:`geo.maps` (folium) and :mod:`geo.snapshot` (exports).
"""

__version__ = "0.1.0"
