"""Smoke tests of the Streamlit app with AppTest, on a temporary database."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "presence.sqlite"
    monkeypatch.setenv("GEO_DB", str(path))
    return path


def run_app(**query: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def site_table(at: AppTest) -> Any:
    return at.dataframe[0].value


def map_args(at: AppTest) -> str:
    components = list(at.main.get("component_instance"))
    assert len(components) == 1
    return str(components[0].proto.json_args)


def first_evidence(db: Path) -> tuple[str, int, str]:
    with sqlite3.connect(db) as con:
        article_id, start, end = con.execute(
            "SELECT c.article_id, json_extract(c.evidence, '$[0].start'), "
            "json_extract(c.evidence, '$[0].end') FROM claims c ORDER BY c.id LIMIT 1"
        ).fetchone()
        body = con.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    return article_id, int(start), body[int(start) : int(end)]


def test_app_runs_with_map_table_and_seed(db: Path) -> None:
    at = run_app()
    assert db.is_file()  # seeded into the temporary database, not data/
    args = map_args(at)
    assert "L.map(" in args and "mpm-marker" in args
    assert "data:text/javascript;base64," in args
    table = site_table(at)
    assert len(table) >= 2
    assert "Why (cues)" in table.columns
    assert at.title[0].value == "Military presence map"
    captions = " ".join(c.value for c in at.sidebar.caption)
    assert "GeoNames" in captions and "Natural Earth" in captions and "airportsdata" in captions
    assert "OurAirports" in captions
    labels = [b.proto.label for b in at.main.get("download_button")]
    assert {"HTML map", "GeoJSON", "Sites CSV", "Evidence CSV", "KML"} <= set(labels)


def test_filters_change_the_table_and_the_url(db: Path) -> None:
    at = run_app()
    everything = site_table(at)
    operators = set(everything["Operator"])
    assert len(operators) >= 2
    at.sidebar.multiselect(key="f_operator").set_value(["TUR"]).run()
    assert not at.exception
    filtered = site_table(at)
    assert set(filtered["Operator"]) == {"Turkey"}
    assert 0 < len(filtered) < len(everything)
    assert at.query_params["operator"] in ("TUR", ["TUR"])
    at.sidebar.multiselect(key="f_status").set_value(["withdrawn"]).run()
    assert len(site_table(at)) == 0
    assert at.query_params["status"] in ("withdrawn", ["withdrawn"])


def test_url_sets_the_filters(db: Path) -> None:
    at = run_app(operator="RUS", status="existing,bogus")
    assert at.sidebar.multiselect(key="f_operator").value == ["RUS"]
    assert set(site_table(at)["Operator"]) == {"Russia"}
    assert any("bogus" in w.value for w in at.warning)


def test_as_of_hides_later_reports(db: Path) -> None:
    latest = site_table(run_app())
    early = site_table(run_app(as_of="2025-02-04"))
    assert set(early["Last reported"]) <= {"2025-02-04"}
    assert list(early["Last reported"]) != list(latest["Last reported"])


def test_an_empty_view_says_why(db: Path) -> None:
    at = run_app(as_of="1950-01-01")
    infos = " ".join(i.value for i in at.info).replace("\\", "")
    assert "No site matches these filters" in infos
    assert "Reports published 2025-02-04 to 2025-02-06; 2 published after 1950-01-01 left out" in infos
    caption = at.main.caption[0].value.replace("\\", "")
    assert "0 site(s) shown" in caption and "2 published after 1950-01-01" in caption


def test_article_view_highlights_the_sentence(db: Path) -> None:
    run_app()  # seed
    article_id, start, sentence = first_evidence(db)
    at = run_app(article=article_id, sentence=str(start))
    bodies = [h.proto.body for h in at.main.get("html")]
    article = next(b for b in bodies if 'class="mpm-article"' in b)
    assert any("mpm-article-head" in b for b in bodies)
    assert f'<mark id="s-{start}" class="evidence selected"' in article
    assert sentence[:40].replace("'", "&#x27;").replace('"', "&quot;") in article
    assert any("scrollIntoView" in b and f"s-{start}" in b for b in bodies)


def test_unknown_article_is_a_warning(db: Path) -> None:
    at = run_app(article="f" * 64)
    assert any("not in the database" in w.value for w in at.warning)


def test_paste_an_article_and_reject_a_bad_one(db: Path) -> None:
    at = run_app()
    before = len(site_table(at))
    text = (
        "---\ntitle: Base talks\nsource: Test Wire\npublished: 2025-03-01\n---\n"
        "France plans to open a military base in Djibouti, officials said on Monday.\n"
    )
    at.sidebar.text_area[0].set_value(text)
    at.sidebar.text_input[0].set_value("france-djibouti.md")
    at.sidebar.button[0].click().run()
    assert not at.exception
    messages = " ".join(m.value for m in [*at.sidebar.success, *at.sidebar.info]).replace("\\", "")
    assert "france-djibouti.md" in messages
    assert len(site_table(at)) >= before
    at.sidebar.text_area[0].set_value("---\ntitle: x\n---\n   \n")
    at.sidebar.text_input[0].set_value("empty.md")
    at.sidebar.button[0].click().run()
    errors = " ".join(e.value for e in at.sidebar.error).replace("\\", "")
    assert "empty.md" in errors
    assert len(site_table(at)) >= before  # nothing already stored was lost


def test_a_failed_paste_keeps_its_text_and_links_keep_the_filters(db: Path) -> None:
    at = run_app(operator="TUR", as_of="2025-02-05")
    bad = "---\ntitle: x\npublished: 04/02/2025\n---\nTurkish troops are in Syria.\n"
    at.sidebar.text_area[0].set_value(bad)
    at.sidebar.button[0].click().run()
    assert not at.exception
    assert "published" in " ".join(e.value for e in at.sidebar.error)
    assert at.sidebar.text_area[0].value == bad  # nothing to paste again
    good = bad.replace("04/02/2025", "2025-02-01")
    at.sidebar.text_area[0].set_value(good)
    at.sidebar.button[0].click().run()
    assert at.sidebar.text_area[0].value == ""
    args = map_args(at)
    assert "operator=TUR" in args and "as_of=2025-02-05" in args and "article=" in args
    codes = " ".join(c.value for c in at.main.get("code"))
    assert "operator=TUR" in codes and "as_of=2025-02-05" in codes


def test_remove_an_article_from_the_article_view(db: Path) -> None:
    run_app()
    article_id, start, _ = first_evidence(db)
    at = run_app(article=article_id, sentence=str(start))
    before = len(site_table(at))
    at.button(key="remove_article").click().run()
    assert not at.exception
    assert "article" not in at.query_params
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM articles WHERE id = ?", (article_id,)).fetchone() == (0,)
    assert "removed" in " ".join(i.value for i in at.sidebar.info)
    assert len(site_table(at)) <= before


@pytest.mark.parametrize(
    ("query", "warning", "kept"),
    [
        ({"operator": "FRA"}, "FRA: no site", {"operator": "FRA"}),
        ({"operator": "FRA,TUR"}, "FRA: no site", {"operator": "FRA,TUR"}),
        ({"articles": "f" * 64}, "not in this database", {"articles": "f" * 64}),
        ({"as_of": "1950-01-01"}, None, {"as_of": "1950-01-01"}),
        ({"as_of": "1850-01-01"}, "as_of=1850-01-01", {}),
        ({"as_of": "2200-01-01"}, "as_of=2200-01-01", {}),
    ],
)
def test_a_link_is_reproduced_or_its_problem_said(
    db: Path, query: dict[str, str], warning: str | None, kept: dict[str, str]
) -> None:
    """A shared link's filters hold even when this database lacks what they name."""
    at = run_app(**query)
    warnings = " ".join(w.value for w in at.warning).replace("\\", "")
    if warning is None:
        assert warnings == ""
    else:
        assert warning in warnings
    assert {k: at.query_params[k] for k in at.query_params} == kept
    table = site_table(at)
    if "articles" in kept or kept.get("operator") == "FRA" or "as_of" in kept:
        assert len(table) == 0  # the view the link asked for: nothing, not everything
    elif "operator" in kept:
        assert set(table["Operator"]) == {"Turkey"}


def test_link_problems_are_shown_as_typed(db: Path) -> None:
    at = run_app(operator="**bold**")
    assert any("\\*\\*BOLD\\*\\*" in w.value for w in at.warning)
