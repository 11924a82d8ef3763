"""Round 77: names placed by a bearing alone, a suffix word after a town, route ends, and
party names that hold a place name.

Every sentence here is new; none is copied from an evaluation article.
"""

from geo.toponyms import find_toponyms

from .conftest import pairs_of, status_at


def _points(gaz, text, name):
    return {(round(t.lat, 2), round(t.lon, 2)) for t in find_toponyms(text, gaz)
            if text[t.start : t.end] == name and t.lat is not None and t.lon is not None}


def test_a_name_placed_by_a_bearing_alone_lies_near_the_town(gaz):
    text = ("Paris denied that French commandos would stay at Tal Khanzir, a coalition outpost north "
            "of Raqqa. \"No French detachment will be stationed at Tal Khanzir,\" a spokesperson said.\n")
    (point,) = _points(gaz, text, "Tal Khanzir")
    assert 35.95 < point[0] < 36.15 and 38.9 < point[1] < 39.1
    assert status_at(gaz, text, "FRA", "Tal Khanzir") == "denied"


def test_a_named_range_west_of_a_town(gaz):
    text = ("American troops left their hilltop post in the Jabal Kawkab range east of Hasakah in "
            "September.\n")
    (point,) = _points(gaz, text, "Jabal Kawkab")
    assert 36.4 < point[0] < 36.65 and point[1] > 40.8


def test_a_few_kilometres_is_near(gaz):
    text = ("The Dutch battalion had been confined to a factory at Kravica, a few kilometres north of "
            "Srebrenica, since July.\n")
    (point,) = _points(gaz, text, "Kravica")
    assert abs(point[0] - 44.15) < 0.06


def test_a_suffix_word_after_a_town_is_part_of_its_name(gaz):
    text = "Zummar lies on the western shore of the Mosul Dam lake.\n"
    assert not [t for t in find_toponyms(text, gaz) if text[t.start : t.end] == "Dam"]


def test_the_far_end_of_a_road_is_no_presence(gaz):
    text = "Iraqi army engineers began repairing the road from Zummar to the Rabia border crossing.\n"
    assert pairs_of(gaz, text) == set()


def test_guard_a_base_on_the_road_between_two_towns(gaz):
    text = "Turkish troops keep their largest base at a camp on the road between Afrin and Azaz.\n"
    assert any(o == "TUR" for o, _ in pairs_of(gaz, text))


def test_a_party_named_for_a_region_is_no_place(gaz):
    text = ("Iranian drones struck two camps near Koya on Tuesday. The camps house members of the "
            "Kurdistan Democratic Party of Iran, a group that Tehran calls a terrorist organisation.\n")
    assert not any(p.startswith("Kurdistan") for _, p in pairs_of(gaz, text))
