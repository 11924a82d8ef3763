"""Military presence map: the Streamlit app. Run with ``streamlit run app.py``.

A thin shell over the ``geo`` package: the store holds articles and claims,
:func:`geo.presence.aggregate` turns claims into sites, :mod:`geo.maps` draws
them and :mod:`geo.snapshot` exports them and keeps the view in the URL.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from dataclasses import replace
from typing import Any

import streamlit as st
from streamlit_folium import st_folium

from geo import snapshot
from geo._errors import ArticleError
from geo.gazetteer import Gazetteer
from geo.gazetteer import load as load_gazetteer
from geo.load import decode_article
from geo.maps import FULL_CREDIT, article_html, build_map, escape_markdown, operator_label
from geo.permalink import (
    AS_OF_MAX,
    AS_OF_MIN,
    FILTER_STATUSES,
    ViewState,
    coverage,
    describe_view,
    permalink,
)
from geo.presence import aggregate, country_names
from geo.store import Store, default_db_path

MAP_HEIGHT = 560
SCROLL_SCRIPT = """<script>(function () {
  var tries = 0;
  function go() {
    var mark = document.getElementById("TARGET");
    if (mark) { mark.scrollIntoView({block: "center"}); return; }
    tries += 1;
    if (tries > 50) { return; }
    setTimeout(go, 100);
  }
  go();
})();</script>"""
SITE_TABLE_COLUMNS = {
    "operator_name": "Operator",
    "place": "Place",
    "status": "Status",
    "disputed": "Disputed",
    "precision": "Precision",
    "first_reported": "First reported",
    "last_reported": "Last reported",
    "n_articles": "Articles",
    "n_sources": "Sources",
    "n_evidence": "Sentences",
    "dates": "Dated in the text",
    "why": "Why (cues)",
}


@st.cache_resource(show_spinner="Loading the gazetteer…")
def gazetteer() -> Gazetteer:
    """Return the gazetteer, loaded once per server."""
    return load_gazetteer()


@st.cache_resource(show_spinner="Opening the database and adding the sample articles…")
def open_store(db_path: str) -> tuple[Store, threading.Lock]:
    """Return the store of ``db_path``, seeded with the sample articles, and its write lock."""
    store = Store(db_path, gazetteer=gazetteer())
    store.seed()
    return store, threading.Lock()


@st.cache_data(show_spinner=False)
def stored_claims(db_path: str, version: tuple[int, ...]) -> list[dict[str, Any]]:
    """Return every stored claim; ``version`` changes whenever the store does."""
    return open_store(db_path)[0].claims()


@st.cache_data(show_spinner=False)
def stored_articles(db_path: str, version: tuple[int, ...]) -> list[dict[str, Any]]:
    """Return every stored article (without bodies)."""
    return open_store(db_path)[0].articles()


@st.cache_data(show_spinner=False)
def stored_article(db_path: str, version: tuple[int, ...], article_id: str) -> dict | None:
    """Return one article with its body and sentences, or ``None``."""
    return open_store(db_path)[0].article(article_id)


@st.cache_data(show_spinner="Aggregating claims…")
def presence_sites(
    db_path: str, version: tuple[int, ...], articles: tuple[str, ...], as_of: dt.date | None
) -> list[dict[str, Any]]:
    """Return the presence sites of the selected articles as of a date."""
    claims = ViewState(articles=articles).filter_claims(stored_claims(db_path, version))
    return aggregate(claims, as_of=as_of)


def ingest(store: Store, lock: threading.Lock, inputs: list[tuple[str, bytes | str]]) -> list[bool]:
    """Store uploaded and pasted articles; remember one message per input for the next run.

    Returns, per input, whether it is stored now (added, or there already).
    """
    report: list[tuple[str, str]] = []
    for label, content in inputs:
        try:
            text = decode_article(content, label) if isinstance(content, bytes) else content
        except ArticleError as exc:
            report.append(("error", f"{exc}; nothing was stored from it"))
            continue
        with lock:
            result = store.ingest_text(text, label)
        if not result.ok:
            report.append(("error", f"{result.error}; nothing was stored from it"))
        elif result.skipped:
            report.append(("info", f"{label}: already stored"))
        else:
            report.append(("success", f"{label}: stored, {result.n_claims} claim(s)"))
    st.session_state["ingest_report"] = report or [("info", "Nothing to add.")]
    return [kind != "error" for kind, _ in report]


def _submit_articles(store: Store, lock: threading.Lock) -> None:
    """The form's callback: ingest, then empty the form, but keep a paste that failed."""
    generation = st.session_state.get("upload_generation", 0)
    files = st.session_state.get(f"upload_{generation}") or []
    inputs: list[tuple[str, bytes | str]] = [(f.name, f.getvalue()) for f in files]
    text = st.session_state.get("paste_text", "")
    if text.strip():
        inputs.append((st.session_state.get("paste_name", "").strip() or "pasted article", text))
    stored = ingest(store, lock, inputs)
    st.session_state["upload_generation"] = generation + 1  # a fresh, empty uploader
    if text.strip() and stored[-1]:
        st.session_state["paste_text"] = ""
        st.session_state["paste_name"] = "pasted-article.md"


def sidebar_filters(
    view: ViewState, all_sites: list[dict[str, Any]], articles: list[dict[str, Any]]
) -> ViewState:
    """Draw the filters, initialised from the URL, and return the view they select."""
    names = {s["operator"]: operator_label(s) for s in all_sites}
    titles = {str(a["id"]): f"{a['published'] or 'undated'} · {a['title'] or a['path']}" for a in articles}
    # A link may name operators or articles this database lacks: keep them selected, and say so.
    lost_ops, lost_articles, messages = view.missing(names, titles)
    for code in lost_ops:
        names[code] = f"{country_names().get(code, code)} ({code}): no sites"
    for article_id in lost_articles:
        titles[article_id] = f"article {article_id[:12]}…: not in this database"
    initial = {
        "f_operator": list(view.operators),
        "f_status": list(view.statuses),
        "f_articles": list(view.articles),
        "f_as_of": view.as_of,
    }
    for key, value in initial.items():
        st.session_state.setdefault(key, value)
    st.header("Filters")
    operators = st.multiselect(
        "Operating country",
        sorted(names, key=names.__getitem__),
        key="f_operator",
        format_func=names.__getitem__,
        placeholder="All operators",
    )
    statuses = st.multiselect(
        "Reported as",
        FILTER_STATUSES,
        key="f_status",
        placeholder="Any status",
        help="A site shows when any report gave it one of these statuses; "
        "'disputed' shows the sites whose reports conflict.",
    )
    chosen = st.multiselect(
        "Articles",
        list(titles),
        key="f_articles",
        format_func=titles.__getitem__,
        placeholder="All articles",
    )
    as_of = st.date_input(
        "As of (reports published up to)",
        value=None,
        key="f_as_of",
        format="YYYY-MM-DD",
        help="The map as it could be drawn on that day: reports published later, and undated "
        "ones, are left out. Empty: every report.",
        min_value=AS_OF_MIN,
        max_value=AS_OF_MAX,
    )
    return replace(
        view,
        operators=tuple(operators),
        statuses=tuple(statuses),
        articles=tuple(chosen),
        as_of=as_of if isinstance(as_of, dt.date) else None,
        problems=(*view.problems, *messages),
    )


def sidebar_ingest(store: Store, lock: threading.Lock) -> None:
    """Draw the upload and paste form; a submit ingests before the app is drawn again."""
    st.header("Add articles")
    for kind, message in st.session_state.pop("ingest_report", []):
        getattr(st, kind)(escape_markdown(message))
    st.session_state.setdefault("paste_name", "pasted-article.md")
    with st.form("ingest"):
        st.file_uploader(
            "Article files (.txt, .md)",
            type=["txt", "md"],
            accept_multiple_files=True,
            key=f"upload_{st.session_state.get('upload_generation', 0)}",
        )
        st.text_area(
            "…or paste an article",
            height=120,
            placeholder="Optional front matter (title:, source:, published:) between --- lines, "
            "then the text.",
            key="paste_text",
        )
        st.text_input("Name of the pasted article", key="paste_name")
        st.form_submit_button(
            "Add to the map", type="primary", on_click=_submit_articles, args=(store, lock)
        )


def show_article(db_path: str, version: tuple[int, ...], view: ViewState, store: Store,
                 lock: threading.Lock) -> None:
    """Show the selected article with its evidence marked and the chosen sentence in view."""
    article = stored_article(db_path, version, str(view.article))
    if article is None:
        st.warning("That article is not in the database (it may have been added elsewhere).")
        return
    spans = [
        (int(e["start"]), int(e["end"]))
        for c in stored_claims(db_path, version)
        if c["article_id"] == view.article
        for e in c.get("evidence") or []
    ]
    head, close = st.columns([3, 1], vertical_alignment="center")
    with head:
        st.html(article_html(article, spans, selected=view.sentence, part="head"))
    if close.button("Close", key="close_article", icon=":material/close:"):
        st.query_params.pop("article", None)
        st.query_params.pop("sentence", None)
        st.rerun()
    with st.container(height=MAP_HEIGHT - 70):
        st.html(article_html(article, spans, selected=view.sentence, part="body"))
    with st.popover("Remove this article…", icon=":material/delete:"):
        st.caption("Its claims leave the map; the file it came from is not touched.")
        if st.button("Remove it from the database", key="remove_article", type="primary"):
            with lock:
                store.remove_article(str(view.article))
            st.session_state["ingest_report"] = [
                ("info", f"{article.get('path') or 'The article'}: removed from the database")]
            st.query_params.pop("article", None)
            st.query_params.pop("sentence", None)
            st.rerun()
    if view.sentence is not None:
        # No "<" in the script: the HTML sanitiser drops scripts that contain one.
        st.html(SCROLL_SCRIPT.replace("TARGET", f"s-{int(view.sentence)}"), unsafe_allow_javascript=True)


def show_downloads(sites: list[dict[str, Any]], link_base: str, link: str, view: ViewState) -> None:
    """Offer the shown sites for download, and the permalink of the view."""
    as_of = view.as_of
    caption = describe_view(view, len(sites))
    st.caption("Permalink of this view (filters, date and selected article; the map's "
               "link button gives one with its current centre and zoom):")
    st.code(link, language=None, wrap_lines=True)
    st.caption("Downloads cover the sites currently shown on the map"
               + (f", as of {as_of.isoformat()}." if as_of else "."))
    cols = st.columns(6)
    stamp = f"as-of-{as_of.isoformat()}" if as_of else dt.date.today().isoformat()
    exports = [
        (
            "HTML map",
            functools.partial(snapshot.to_html, sites, link_base=link_base, caption=caption,
                              view_link=link, center=view.center, zoom=view.zoom),
            "html",
            "text/html",
        ),
        (
            "GeoJSON",
            functools.partial(snapshot.to_geojson_text, sites),
            "geojson",
            "application/geo+json",
        ),
        ("Sites CSV", functools.partial(snapshot.to_csv, sites), "csv", "text/csv"),
        (
            "Evidence CSV",
            functools.partial(snapshot.to_evidence_csv, sites, link_base=link_base),
            "evidence.csv",
            "text/csv",
        ),
        (
            "KML",
            functools.partial(snapshot.to_kml, sites),
            "kml",
            "application/vnd.google-earth.kml+xml",
        ),
    ]
    for col, (label, data, ext, mime) in zip(cols, exports, strict=False):
        col.download_button(
            label,
            data=data,
            file_name=f"presence-{stamp}.{ext}",
            mime=mime,
            on_click="ignore",
            key=f"dl_{ext}",
            width="stretch",
        )
    if snapshot.find_chromium():
        cols[5].download_button(
            "PNG",
            data=functools.partial(snapshot.map_png, sites, caption=caption),
            file_name=f"presence-{stamp}.png",
            mime="image/png",
            on_click="ignore",
            key="dl_png",
            width="stretch",
        )
    else:
        cols[5].caption("PNG needs Chromium (not installed).")


def main() -> None:
    """Draw the app."""
    st.set_page_config(page_title="Military presence map", page_icon="🗺️", layout="wide")
    db_path = str(default_db_path())
    store, lock = open_store(db_path)
    version = tuple(store.counts().values())
    view = ViewState.from_query(st.query_params.to_dict())
    articles = stored_articles(db_path, version)
    all_sites = presence_sites(db_path, version, (), None)
    with st.sidebar:
        view = sidebar_filters(view, all_sites, articles)
        sidebar_ingest(store, lock)
        st.divider()
        st.caption(f"Credits — {FULL_CREDIT}.")
    if view.to_query() != st.query_params.to_dict():
        st.query_params.from_dict(view.to_query())
    sites = view.filter_sites(presence_sites(db_path, version, view.articles, view.as_of))
    base = st.context.url or ""
    # Evidence links open the article beside the same filtered, dated map.
    link_base = permalink(replace(view, article=None, sentence=None).to_query(), base) or "/"

    st.title("Military presence map")
    st.caption(
        f"{len(sites)} site(s) shown of {len(all_sites)}, from {len(articles)} article(s)"
        + (f", as of {view.as_of.isoformat()}" if view.as_of else "")
        + ". Marker shape = status; colour = operating country. Click a marker for the evidence. "
        + escape_markdown(coverage(view, articles))
    )
    if not sites:
        st.info(escape_markdown("No site matches these filters. " + coverage(view, articles))
                if articles else "No articles yet: add some under 'Add articles' in the sidebar.")
    for problem in view.problems:
        st.warning(escape_markdown(f"Link parameter {problem}"))
    if view.article:
        map_col, article_col = st.columns([3, 2], gap="medium")
    else:
        map_col, article_col = st.container(), None
    with map_col:
        fmap = build_map(sites, link_base=link_base, view_link=permalink(view.to_query(), base),
                         center=view.center, zoom=view.zoom)
        st_folium(fmap, returned_objects=[], height=MAP_HEIGHT, use_container_width=True)
    if article_col is not None:
        with article_col:
            show_article(db_path, version, view, store, lock)

    site_tab, evidence_tab, export_tab = st.tabs(["Sites", "Evidence sentences", "Export & link"])
    with site_tab:
        rows = sorted(snapshot.site_rows(sites),
                      key=lambda r: (str(r["operator_name"]), str(r["place"])))
        st.dataframe(
            [{label: row[key] for key, label in SITE_TABLE_COLUMNS.items()} for row in rows],
            hide_index=True,
            width="stretch",
        )
    with evidence_tab:
        rows = snapshot.evidence_rows(sites, link_base=link_base)
        st.dataframe(
            rows,
            hide_index=True,
            width="stretch",
            column_order=(
                "place",
                "operator",
                "status",
                "cues",
                "published",
                "source",
                "sentence",
                "link",
                "url",
            ),
            column_config={"link": st.column_config.LinkColumn("Open", display_text="article"),
                           "url": st.column_config.LinkColumn("Source", display_text="original")},
        )
    with export_tab:
        show_downloads(sites, link_base, permalink(view.to_query(), base), view)


main()
