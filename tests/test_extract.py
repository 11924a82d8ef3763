import json
import subprocess
import sys

import pytest

from geo.evaluate import Report, evaluate, score_article
from geo.extract import extract_article
from geo.load import parse_article, read_article

from .conftest import ROOT, SEEDS, SEEDS_GOLD


def claims_of(gaz, text):
    return extract_article(parse_article(text, "t.md"), gaz)


def test_seeds_score_perfectly(gaz):
    gold = json.loads(SEEDS_GOLD.read_text())["articles"]
    report = Report()
    for name, g in gold.items():
        claims = [c.to_json(name) for c in extract_article(read_article(SEEDS / name), gaz)]
        score_article(name, claims, g, report)
    assert (report.tp, report.fp, report.fn) == (4, 0, 0), report.lines
    assert report.status_accuracy == 1.0
    assert report.evidence_accuracy == 1.0


def test_seeds_with_the_shared_scorer(shared):
    proc = subprocess.run(
        [sys.executable, str(shared / "tools" / "score_claims.py"), str(SEEDS), str(SEEDS_GOLD),
         "--cmd", f"{sys.executable} -m geo extract", "--min-f1", "1.0"],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "F1=1.00" in proc.stdout


def test_development_corpus_stays_above_a_floor():
    report = evaluate()
    assert report.f1 >= 0.70, report.f1
    assert report.status_accuracy >= 0.80


def test_evidence_offsets_point_into_the_body(gaz):
    article = read_article(SEEDS / "2025-02-04-turkey-syria-defense-pact.md")
    for claim in extract_article(article, gaz):
        for e in claim.evidence:
            assert article.body[e.start : e.end] == e.sentence


@pytest.mark.parametrize(
    ("text", "operator", "status"),
    [
        ("Russian troops withdrew from Kobani on Monday.", "RUS", "withdrawn"),
        ("Turkey may set up an air base at the T4 base in Syria.", "TUR", "proposed"),
        ("Pakistan's foreign ministry denied that China would build a naval base in Gwadar.",
         "CHN", "denied"),
        ("Russia operates the Hmeimim air base in Latakia province.", "RUS", "existing"),
    ],
)
def test_status_cues(gaz, text, operator, status):
    claims = claims_of(gaz, text)
    assert [(c.operator, c.status) for c in claims][:1] == [(operator, status)]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets struck the T4 air base overnight.",
        "A Turkish delegation toured the T4 air base on Monday.",
        "Officials met in Ankara to discuss trade.",
        "Photo: Turkish troops at the T4 air base. (credit: Reuters)",
    ],
)
def test_not_presence(gaz, text):
    assert claims_of(gaz, text) == []


def test_capitals_are_governments_not_bases(gaz):
    text = ("Ankara and Damascus agreed on Tuesday that Turkish forces could use an air base "
            "near Palmyra, officials in Damascus said.")
    places = {c.place for c in claims_of(gaz, text)}
    assert not any(p in ("Ankara", "Damascus") for p in places)


def test_hostile_text_survives(gaz):
    text = "<script>alert(1)</script> Russian troops `${7*6}` left the Hmeimim air base."
    claims = claims_of(gaz, text)
    assert claims and "<script>" in claims[0].evidence[0].sentence
