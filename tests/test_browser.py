"""End to end: the running app in headless Chromium, with every non-local request blocked.

Skipped when Chromium is missing, unless ``REQUIRE_BROWSER=1`` (as in CI).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from geo.snapshot import CHROMIUM_FLAGS, find_chromium

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
LOCAL = ("http://localhost", "http://127.0.0.1", "ws://localhost", "ws://127.0.0.1")
INLINE = ("data:", "blob:", "about:", "file:")
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


def chromium_or_skip() -> str:
    path = find_chromium()
    if path is None:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail("Chromium is required (REQUIRE_BROWSER=1) but is not installed")
        pytest.skip("Chromium is not installed (run scripts/ensure-chromium)")
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"streamlit exited with {proc.returncode}:\n{log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    pytest.fail(f"streamlit did not answer within {timeout} s:\n{log.read_text()[-2000:]}")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    chromium_or_skip()
    tmp = tmp_path_factory.mktemp("app")
    port = free_port()
    url = f"http://localhost:{port}"
    log = tmp / "streamlit.log"
    env = {**os.environ, "GEO_DB": str(tmp / "presence.sqlite")}
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
        "--server.port", str(port), "--server.headless", "true",
        "--server.address", "localhost", "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    with log.open("wb") as out:
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_healthy(url, proc, log, timeout=45)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(
            executable_path=chromium_or_skip(),
            args=[f for f in CHROMIUM_FLAGS if f != "--headless"],
        )
        try:
            yield instance
        finally:
            instance.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A page on which every request that is not local is blocked and recorded."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.blocked = []
    context.errors = []

    def route(r: Any) -> None:
        if r.request.url.startswith(LOCAL + INLINE):
            r.continue_()
        else:
            context.blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    tab = context.new_page()
    tab.on("pageerror", lambda exc: context.errors.append(str(exc)))
    tab.set_default_timeout(30_000)
    try:
        yield tab
    finally:
        context.close()


OPEN_POPUP = """(needle) => {
    const map = window.map || window.map_div;
    let found = false;
    map.eachLayer((layer) => {
        const popup = layer.getPopup && layer.getPopup();
        if (found || !popup) { return; }
        const content = popup.getContent();
        const text = typeof content === "string" ? content : content.textContent;
        if (text.includes(needle)) { layer.openPopup(); found = true; }
    });
    // Let the map finish panning the popup into view.
    return new Promise((resolve) => setTimeout(() => resolve(found), 800));
}"""


def test_map_renders_offline(server: str, page: Any) -> None:
    page.goto(server)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".mpm-marker").first.wait_for()
    assert frame.locator(".mpm-marker").count() >= 3
    assert frame.locator(".mpm-legend").count() == 1
    assert frame.locator("path.leaflet-interactive, canvas").count() >= 1  # borders drawn
    assert "GeoNames" in frame.locator(".leaflet-control-attribution").inner_text()
    assert page.context.blocked == []
    assert page.context.errors == []


def test_url_filters_the_markers(server: str, page: Any) -> None:
    page.goto(f"{server}/?operator=RUS")
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".mpm-marker").first.wait_for()
    names = frame.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    assert [n.strip() for n in names] == ["Russia (RUS)"]


def test_sentence_link_opens_the_article(server: str, page: Any) -> None:
    page.goto(server)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".mpm-marker").first.wait_for()
    # Open a known marker's popup through Leaflet: a marker may sit under the legend.
    opened = page.locator(MAP_FRAME).element_handle().content_frame().evaluate(
        OPEN_POPUP, "naval base in Tartous"
    )
    assert opened, "no marker has the Tartous sentence"
    link = frame.locator(".leaflet-popup-content a.mpm-open").first
    link.wait_for()
    href = link.get_attribute("href")
    assert "?article=" in href and "&sentence=" in href
    link.click()
    page.wait_for_url("**/?article=*")
    mark = page.locator("mark.evidence.selected")
    mark.wait_for()
    start = href.rsplit("sentence=", 1)[1]
    assert mark.get_attribute("id") == f"s-{start}"
    page.wait_for_function(
        "() => { const r = document.querySelector('mark.selected').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }"
    )
    assert page.context.blocked == []


HOSTILE_ARTICLE = """---
title: <script>alert(1)</script> Base talks `x` ${7*6}
source: <img src=x onerror=alert(2)>
published: 2025-03-01
---
Turkey plans to open a military base in Palmyra, officials said <script>alert(3)</script> `tick` ${7*6}.
"""





def test_hostile_article_is_shown_as_text(server: str, page: Any) -> None:
    from playwright.sync_api import expect

    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server)
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_label("…or paste an article").fill(HOSTILE_ARTICLE)
    sidebar.get_by_label("Name of the pasted article").fill("hostile.md")
    sidebar.get_by_role("button", name="Add to the map").click()
    page.get_by_text("hostile.md: stored").wait_for()
    page.goto(server)  # a fresh session, so the map cannot be the one of before the paste

    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".mpm-marker").first.wait_for()
    # Markers may overlap, so open the right popup through Leaflet itself.
    opened = page.locator(MAP_FRAME).element_handle().content_frame().evaluate(OPEN_POPUP, "alert(3)")
    assert opened, "no marker has the pasted article's sentence"
    popup = frame.locator(".leaflet-popup-content")
    expect(popup).to_have_count(1)
    text = popup.inner_text()
    assert "<script>alert(3)</script> `tick` ${7*6}" in text
    assert "<script>alert(1)</script> Base talks `x` ${7*6}" in text
    popup.locator("a.mpm-open", has_text="open in article").last.click()
    page.wait_for_url("**/?article=*")
    page.locator("mark.evidence.selected").wait_for()
    assert "<script>alert(3)</script>" in page.locator("mark.evidence.selected").inner_text()
    assert "<img src=x onerror=alert(2)>" in page.locator(".mpm-article-head").inner_text()
    assert dialogs == []
    assert page.context.errors == []


def test_several_uploads_each_named_and_nothing_lost(server: str, page: Any, tmp_path: Path) -> None:
    files = {
        "good-upload.md": "---\ntitle: Upload <i>one</i>\npublished: 2025-03-02\n---\n"
                          "France keeps about 1,500 troops at its base in Djibouti.\n",
        "latin1.txt": "Troupes fran\xe7aises".encode("latin-1"),
        "empty.md": b"",
        "unclosed.md": "---\ntitle: never closed\nFrance has troops in Chad.\n",
        "bad-date.md": "---\npublished: 02/03/2025\n---\nGermany has troops in Lithuania.\n",
    }
    paths = []
    for name, content in files.items():
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        paths.append(str(path))
    page.goto(server)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".mpm-marker").first.wait_for()
    before = frame.locator(".mpm-marker").count()
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.locator('input[type="file"]').set_input_files(paths)
    sidebar.get_by_text("unclosed.md").wait_for()
    sidebar.get_by_role("button", name="Add to the map").click()
    sidebar.get_by_text("good-upload.md: stored").wait_for()
    for name in ("latin1.txt", "empty.md", "unclosed.md", "bad-date.md"):  # drawn one by one
        sidebar.locator('[data-testid="stAlert"]', has_text=f"{name}: ").first.wait_for()
    alerts = " ".join(sidebar.locator('[data-testid="stAlert"]').all_inner_texts())
    for name, problem in [("latin1.txt", "not UTF-8"), ("empty.md", "empty"),
                          ("unclosed.md", "never closed"), ("bad-date.md", "published")]:
        assert f"{name}: " in alerts and problem in alerts, (name, alerts)
    assert alerts.count("nothing was stored from it") == 4
    page.goto(server)
    frame.locator(".mpm-marker").first.wait_for()
    assert frame.locator(".mpm-marker").count() > before  # the good file was added, none lost
    assert page.context.blocked == []


def test_html_snapshot_works_from_disk_with_no_network(server: str, page: Any, tmp_path: Path) -> None:
    page.goto(server)
    page.frame_locator(MAP_FRAME).locator(".mpm-marker").first.wait_for()
    page.get_by_role("tab", name="Export & link").click()
    with page.expect_download() as download:
        page.get_by_role("button", name="HTML map").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(saved.as_uri())
    page.locator(".mpm-marker").first.wait_for()
    assert page.locator(".mpm-marker").count() >= 3
    assert "GeoNames" in page.locator(".leaflet-control-attribution").inner_text()
    assert page.title().startswith("Military presence map:")
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []
    assert page.context.errors == []


def test_an_open_popup_is_hidden_by_no_control(server: str, page: Any) -> None:
    page.goto(server)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".mpm-marker").first.wait_for()
    inner = page.locator(MAP_FRAME).element_handle().content_frame()
    assert inner.evaluate("document.querySelector('.mpm-legend details').open")
    assert inner.evaluate(OPEN_POPUP, "Palmyra")
    assert not inner.evaluate("document.querySelector('.mpm-legend details').open")
    # Every link the popup shows (not those scrolled out of its box) and its close button
    # are the topmost element where they are drawn.
    on_top = inner.evaluate("""() => {
        const box = document.querySelector('.leaflet-popup-content > div').getBoundingClientRect();
        const shown = [...document.querySelectorAll('.leaflet-popup-content a.mpm-open')]
            .filter((a) => a.getBoundingClientRect().bottom <= box.bottom);
        const all = [...shown, document.querySelector('.leaflet-popup-close-button')];
        return shown.length > 0 && all.every((a) => {
            const r = a.getBoundingClientRect();
            return a.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
        });
    }""")
    assert on_top, "a control covers the popup's links or its close button"


def test_the_map_gives_a_link_to_its_current_view(server: str, page: Any) -> None:
    page.goto(f"{server}/?operator=TUR")
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".mpm-marker").first.wait_for(timeout=90_000)  # the first view may seed the store
    inner = page.locator(MAP_FRAME).element_handle().content_frame()
    inner.evaluate("() => { (window.map || window.map_div).setView([35.5, 37.25], 8,"
                   " {animate: false}); }")
    frame.locator(".mpm-viewlink a").click()
    box = frame.locator("input.mpm-viewlink-url")
    box.wait_for()
    link = box.input_value()
    assert link.startswith(server) and "operator=TUR" in link
    assert "lat=35.5000" in link and "lon=37.2500" in link and "zoom=8" in link
    page.goto(link)
    page.frame_locator(MAP_FRAME).locator(".leaflet-container").first.wait_for(timeout=60_000)
    inner = page.locator(MAP_FRAME).element_handle().content_frame()
    centre = inner.evaluate("(() => { const m = window.map || window.map_div;"
                            " const c = m.getCenter(); return [c.lat, c.lng, m.getZoom()]; })()")
    assert [round(centre[0], 2), round(centre[1], 2), centre[2]] == [35.5, 37.25, 8]
    assert page.context.blocked == [] and page.context.errors == []
