"""The state of the app's view, and the permalink that carries it.

:class:`ViewState` is the state of the app's filters (operators, statuses,
articles, an "as of" date, the open article and sentence, the map's centre and
zoom). It reads from and writes to URL query parameters, so every view is a
permalink (:func:`permalink`), and it applies itself to claims and sites. A
malformed parameter is reported and ignored, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from geo._assets import STATUSES
from geo._validate import validate_date, validate_location

_ISO3 = re.compile(r"^[A-Z]{3}$")

# The status filter: the four statuses, and "disputed" for sites whose reports conflict.
FILTER_STATUSES = (*STATUSES, "disputed")
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
# The dates the "as of" picker offers; a link's date outside them is reported, not dropped unseen.
AS_OF_MIN = dt.date(1900, 1, 1)
AS_OF_MAX = dt.date(2100, 12, 31)


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
