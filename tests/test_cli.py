import json
import subprocess
import sys

import pytest

from .conftest import ROOT, SEEDS


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "geo", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300, env=env)


def test_extract_contract():
    proc = run("extract", str(SEEDS))
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert records
    for r in records:
        assert set(r) >= {"article", "operator", "place", "lat", "lon", "precision", "status",
                          "evidence"}
        assert r["status"] in ("existing", "proposed", "withdrawn", "denied")
        assert r["precision"] in ("site", "city", "region", "country")
        assert r["article"].startswith(str(SEEDS))


def test_toponyms_contract(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Russia keeps its naval base in Tartous, near Latakia.", encoding="utf-8")
    proc = run("toponyms", str(f))
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    names = {r["name"]: r for r in records}
    assert names["Tartous"]["geonameid"] == 163345
    assert names["Russia"]["kind"] == "country"
    for r in records:
        assert f.read_text()[r["start"] : r["end"]] == r["name"]


def test_bad_file_is_named_with_nonzero_exit(tmp_path):
    bad = tmp_path / "broken.md"
    bad.write_bytes(b"\xff\xfe")
    proc = run("extract", str(bad))
    assert proc.returncode != 0
    assert "broken.md" in proc.stderr


@pytest.mark.parametrize("as_of", [None, "2025-02-05"])
def test_ingest_then_presence(tmp_path, as_of):
    import os

    env = {**os.environ, "GEO_DB": str(tmp_path / "db.sqlite")}
    proc = run("ingest", "--quiet", str(SEEDS), env=env)
    assert proc.returncode == 0, proc.stderr
    assert "ingested 2" in proc.stderr
    args = ["presence"] + (["--as-of", as_of] if as_of else [])
    sites = [json.loads(x) for x in run(*args, env=env).stdout.splitlines()]
    palmyra = next(s for s in sites if s["place"] == "Palmyra Military Airport")
    assert palmyra["disputed"] is (as_of is None)
    again = run("ingest", "--quiet", str(SEEDS), env=env)
    assert "ingested 0, unchanged 2" in again.stderr


def test_a_missing_path_stops_nothing(tmp_path):
    proc = run("extract", str(tmp_path / "missing.md"), str(SEEDS))
    assert proc.returncode == 1
    assert "missing.md" in proc.stderr
    assert len(proc.stdout.splitlines()) >= 4  # the seeds were still read


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["presence", "--db", "/nonexistent-folder/x.sqlite"], "no such database"),
        (["presence", "--as-of", "yesterday", "--db", "/nonexistent-folder/x.sqlite"],
         "--as-of: Expected an ISO date"),
        (["presence", "--format", "shapefile"], "invalid choice: 'shapefile'"),
        (["ingest", "--quiet", "--db", "/proc/nonexistent-folder/x.sqlite", str(SEEDS)],
         "cannot create the database's folder"),
        (["eval", "--gold", "missing.json"], "no such gold file"),
        (["eval", "--articles", "nope-folder"], "no such folder"),
    ],
)
def test_command_line_errors_are_one_line(tmp_path, args, message):
    proc = run(*args)
    assert proc.returncode == 2
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "nonexistent-folder").exists()


def test_a_gold_file_that_is_not_json(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_bytes(b"\x89PNG\x00")
    proc = run("eval", "--gold", str(gold))
    assert proc.returncode == 2 and "not a gold file" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(("gold", "message"), [
    ('{"articles": []}', "'articles' object"),
    ('{"articles": {"a.md": {"required": [{"operator": "TUR"}], "optional": []}}}', "lacks 'name'"),
    ('{"articles": {"a.md": {"required": []}}}', "a list 'optional'"),
])
def test_a_gold_file_of_the_wrong_shape_names_the_problem(tmp_path, gold, message):
    path = tmp_path / "gold.json"
    path.write_text(gold, encoding="utf-8")
    proc = run("eval", "--gold", str(path))
    assert proc.returncode == 2 and "not a gold file" in proc.stderr and message in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_closed_pipe_is_no_traceback():
    proc = subprocess.run(f"{sys.executable} -m geo toponyms {ROOT / 'data' / 'eval'} | head -c 10",
                          shell=True,
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert "Traceback" not in proc.stderr


def test_presence_exports_every_snapshot_format(tmp_path):
    import csv
    import io
    import xml.etree.ElementTree as ET

    out = {fmt: run("presence", "--format", fmt, str(SEEDS))
           for fmt in ("jsonl", "geojson", "csv", "evidence-csv", "kml", "html")}
    assert all(p.returncode == 0 for p in out.values()), {f: p.stderr for f, p in out.items()}
    sites = [json.loads(line) for line in out["jsonl"].stdout.splitlines()]
    tartus = next(s for s in sites if "Tartus" in s["place"])
    features = json.loads(out["geojson"].stdout)["features"]
    point = next(f for f in features if f["properties"]["place"] == tartus["place"])
    assert point["geometry"]["coordinates"] == [tartus["lon"], tartus["lat"]]
    rows = list(csv.DictReader(io.StringIO(out["csv"].stdout)))
    assert len(rows) == len(sites)
    assert any(r["place"] == tartus["place"] and float(r["lat"]) == tartus["lat"] for r in rows)
    evidence = list(csv.DictReader(io.StringIO(out["evidence-csv"].stdout)))
    assert len(evidence) == sum(len(s["evidence"]) for s in sites)
    kml = ET.fromstring(out["kml"].stdout.encode("utf-8"))
    coordinates = [c.text for c in kml.iter("{http://www.opengis.net/kml/2.2}coordinates")]
    assert f"{tartus['lon']!r},{tartus['lat']!r},0" in coordinates
    assert "L.map(" in out["html"].stdout and 'src="http' not in out["html"].stdout


def test_help_says_what_an_article_is_and_what_exit_codes_mean():
    text = run("--help").stdout
    assert "front matter" in text and "Exit status" in text and "--format html" in text
    assert "``" not in text
