"""The gold corpora under data/eval are well formed, and the extractor stays above floors on them."""

from __future__ import annotations

import json
import re

import pytest

from geo.evaluate import EVAL_SETS, evaluate
from geo.load import read_article

STATUSES = {"existing", "proposed", "withdrawn", "denied"}
ISO3 = re.compile(r"[A-Z]{3}")
# Floors a little under the figures measured when each set was added (see README.md):
# a drop below one is a regression, not noise.
FLOORS = {"dev": (0.90, 0.95), "holdout": (0.88, 0.95), "holdout2": (0.82, 0.90),
          "holdout3": (0.82, 0.90), "holdout4": (0.70, 0.85), "holdout5": (0.65, 0.85),
          "holdout6": (0.64, 0.80), "holdout7": (0.64, 0.80),
          "holdout8": (0.62, 0.82), "holdout9": (0.58, 0.76),
          "holdout10": (0.60, 0.80), "holdout11": (0.64, 0.82), "holdout12": (0.66, 0.76),
          "holdout13": (0.72, 0.84), "holdout14": (0.68, 0.74), "holdout15": (0.66, 0.82),
          "holdout16": (0.70, 0.86), "holdout17": (0.74, 0.72), "holdout18": (0.70, 0.88),
          "holdout19": (0.70, 0.64), "holdout20": (0.72, 0.86), "holdout21": (0.66, 0.82),
          "holdout22": (0.66, 0.78), "holdout23": (0.68, 0.72), "holdout24": (0.74, 0.82),
          "holdout25": (0.68, 0.82), "holdout26": (0.86, 0.92), "holdout27": (0.70, 0.90),
          "holdout28": (0.68, 0.64), "holdout29": (0.78, 0.74), "holdout30": (0.74, 0.86),
          "holdout31": (0.68, 0.78), "holdout32": (0.66, 0.82),
          "holdout33": (0.68, 0.84), "holdout34": (0.68, 0.86), "holdout35": (0.40, 0.90),
          "holdout36": (0.56, 0.68), "holdout37": (0.56, 0.86), "holdout38": (0.58, 0.84),
          "holdout39": (0.56, 0.86), "holdout40": (0.70, 0.80), "holdout41": (0.60, 0.88),
          "holdout42": (0.68, 0.78), "holdout43": (0.62, 0.88), "holdout44": (0.60, 0.80),
          "holdout45": (0.65, 0.70), "holdout46": (0.68, 0.88), "holdout47": (0.70, 0.78),
          "holdout48": (0.72, 0.82), "holdout49": (0.66, 0.74), "holdout50": (0.72, 0.72),
          "holdout51": (0.70, 0.72), "holdout52": (0.76, 0.82), "holdout53": (0.76, 0.76),
          "holdout54": (0.72, 0.80), "holdout55": (0.72, 0.90), "holdout56": (0.54, 0.90),
          "holdout57": (0.72, 0.76), "holdout58": (0.72, 0.90), "holdout59": (0.52, 0.90),
          "holdout60": (0.70, 0.75), "holdout61": (0.79, 0.90), "holdout62": (0.68, 0.57),
          "holdout63": (0.74, 0.74), "holdout64": (0.41, 0.80), "holdout65": (0.67, 0.82),
          "holdout66": (0.61, 0.90), "holdout67": (0.54, 0.76), "holdout68": (0.63, 0.65),
          "holdout69": (0.53, 0.55), "holdout70": (0.86, 0.90), "holdout71": (0.75, 0.90),
          "holdout72": (0.76, 0.79), "holdout73": (0.73, 0.90), "holdout74": (0.77, 0.82),
          "holdout75": (0.67, 0.90), "holdout76": (0.64, 0.77), "holdout77": (0.75, 0.86),
          "holdout78": (0.74, 0.90), "holdout79": (0.69, 0.85), "holdout80": (0.59, 0.84),
          "holdout81": (0.72, 0.80), "holdout82": (0.74, 0.90), "holdout83": (0.64, 0.83),
          "holdout84": (0.35, 0.90), "holdout85": (0.73, 0.72), "holdout86": (0.69, 0.90),
          "holdout87": (0.71, 0.69), "holdout88": (0.55, 0.69), "holdout89": (0.62, 0.54),
          "holdout90": (0.72, 0.85), "holdout91": (0.65, 0.83), "holdout92": (0.62, 0.90),
          "holdout93": (0.55, 0.73), "holdout94": (0.61, 0.79), "holdout95": (0.67, 0.78),
          "holdout96": (0.48, 0.54), "holdout97": (0.49, 0.90), "holdout98": (0.54, 0.83),
          "holdout99": (0.79, 0.47), "holdout100": (0.38, 0.90), "holdout102": (0.49, 0.82),
          "holdout103": (0.67, 0.78), "holdout104": (0.53, 0.78), "holdout101": (0.19, 0.73),
          "holdout105": (0.70, 0.60), "holdout106": (0.55, 0.90), "holdout107": (0.68, 0.90), "holdout108": (0.81, 0.86),
          "holdout109": (0.51, 0.83), "holdout110": (0.57, 0.68), "holdout111": (0.72, 0.79), "holdout112": (0.43, 0.82),
          "holdout113": (0.80, 0.90), "holdout114": (0.71, 0.70), "holdout115": (0.46, 0.76),
          "holdout116": (0.60, 0.77), "holdout117": (0.81, 0.71), "holdout118": (0.51, 0.69), "holdout119": (0.69, 0.72),
          "holdout120": (0.65, 0.90), "holdout121": (0.67, 0.77), "holdout122": (0.54, 0.84),
          "holdout123": (0.74, 0.86), "holdout124": (0.54, 0.77), "holdout125": (0.79, 0.75),
          "holdout126": (0.68, 0.57), "holdout127": (0.49, 0.70), "holdout128": (0.69, 0.86),
          "holdout129": (0.80, 0.83), "holdout130": (0.68, 0.87), "holdout131": (0.64, 0.78),
          "holdout132": (0.75, 0.86), "holdout133": (0.73, 0.86)}


@pytest.mark.parametrize("name", sorted(EVAL_SETS))
def test_gold_is_well_formed(name, gaz):
    folder, gold_path = EVAL_SETS[name]
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["articles"]
    files = {p.name for p in folder.iterdir() if p.suffix in (".md", ".txt")}
    assert set(gold) == files, set(gold) ^ files
    countries = set(gaz.by_iso3)
    for article_name, entry in gold.items():
        body = read_article(folder / article_name).body.lower()
        for item in entry["required"]:
            where = f"{name}/{article_name}: {item.get('name')!r}"
            assert ISO3.fullmatch(item["operator"]) and item["operator"] in countries, where
            assert -90 <= item["lat"] <= 90 and -180 <= item["lon"] <= 180, where
            assert 0 < item["tol_km"] <= 400, where
            assert item["status"] and set(item["status"]) <= STATUSES, where
            assert " ".join(item["evidence"].lower().split()) in " ".join(body.split()), where
        for item in entry.get("optional", []):
            assert item["operator"] in countries, f"{name}/{article_name}: {item!r}"


def test_every_set_has_a_floor():
    assert set(FLOORS) == set(EVAL_SETS)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_extractor_stays_above_its_floor(name):
    folder, gold = EVAL_SETS[name]
    report = evaluate(folder, gold)
    f1_floor, status_floor = FLOORS[name]
    assert report.f1 >= f1_floor, (name, report.f1)
    assert report.status_accuracy >= status_floor, (name, report.status_accuracy)
