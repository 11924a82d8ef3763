"""Round 61: names a stated distance places (after "of", a verb or an aside, and over a
far homonym), names the gazetteer only half knows, the host's own soldiers, named armed
groups, "the hill" and "the island" as references, and piers.

Every sentence here is new; none is copied from an evaluation article.
"""

from geo._resolve import haversine_km
from geo.extract import extract_article
from geo.load import parse_article
from geo.toponyms import find_toponyms

from .conftest import pairs_of, status_at


def _point(gaz, text, name):
    return next(((t.lat, t.lon) for t in find_toponyms(text, gaz) if text[t.start : t.end] == name), None)


def test_a_name_after_of_placed_by_a_distance(gaz):
    text = "Its advisers had used the ridge of Tall Sabun, about 20 km west of Homs, as a post.\n"
    point, homs = _point(gaz, text, "Tall Sabun"), _point(gaz, text, "Homs")
    assert point is not None and homs is not None and 15 <= haversine_km(*point, *homs) <= 25


def test_a_name_with_an_article_and_an_aside_before_the_distance(gaz):
    text = ("The army will not leave al-Qurmah, Ankara's second base in the province, about 9 km "
            "north of Idlib city, officials said.\n")
    point, idlib = _point(gaz, text, "al-Qurmah"), _point(gaz, text, "Idlib")
    assert point is not None and idlib is not None and 5 <= haversine_km(*point, *idlib) <= 13


def test_a_far_homonym_gives_way_to_the_stated_distance(gaz):
    text = "Russian police withdrew from the village of Victoria, about 12 km east of Saraqib, on Monday.\n"
    point, saraqib = _point(gaz, text, "Victoria"), _point(gaz, text, "Saraqib")
    assert point is not None and saraqib is not None and haversine_km(*point, *saraqib) <= 20


def test_guard_a_homonym_in_a_country_the_article_names_stays(gaz):
    text = ("Kenyan officers said British engineers will move to the barracks in Gilgil, about 30 km "
            "south-east of Lanet, where the Kenyan army trains.\n")
    point = _point(gaz, text, "Gilgil")
    assert point is not None and -1.0 < point[0] < 0.0  # Gilgil in Kenya, not off Lanett, Alabama


def test_a_town_after_an_unknown_word_is_part_of_a_name(gaz):
    text = ("Turkish troops left the post at Sher Mughar, in the hills of Hama province, and a second "
            "one near Saraqib.\n")
    assert "Mughar" not in {text[t.start : t.end] for t in find_toponyms(text, gaz)}


def test_a_capital_owning_an_apposed_base_is_its_operator(gaz):
    text = "The army will keep Taftanaz, Ankara's largest base in the province, officials said.\n"
    assert any(o == "TUR" and "Taftanaz" in p for o, p in pairs_of(gaz, text))  # the town or its air base


def test_the_hosts_ministry_posting_soldiers_posts_its_own(gaz):
    text = ("A Turkish observation post stood on the hill until 2020. Syria's defence ministry has "
            "posted soldiers at a former compound in Saraqib, a statement said.\n")
    assert ("TUR", "Saraqib") not in pairs_of(gaz, text)


def test_a_new_ministry_speaking_of_its_forces_is_the_hosts_voice(gaz):
    text = ("Turkey has thinned out its posts in Idlib. Syria's new defence ministry said its forces "
            'had taken over "several positions" in Saraqib.\n')
    assert ("TUR", "Saraqib") not in pairs_of(gaz, text)


def test_leaving_the_hill_named_before_is_a_withdrawal_from_it(gaz):
    text = ("Iranian advisers had used the hill of Tall Sabun, about 20 km west of Homs, as a command "
            "post since 2016. They left the hill in December, residents said.\n")
    assert status_at(gaz, text, "IRN", "Tall Sabun") == "withdrawn"


def test_a_demonym_naming_an_armed_group_is_no_subject_to_carry(gaz):
    text = ("Russian military police quit a checkpoint near Manbij in March. The Russians had manned "
            "it since 2019, when Moscow brokered a truce with the Syrian Democratic Forces. A smaller "
            "unit withdrew from the village of Arima, about 15 km west of Manbij, the same day.\n")
    assert ("RUS", "Arima") in pairs_of(gaz, text)


def test_guard_a_demonym_after_from_in_the_title_is_the_host(gaz):
    body = ("Turkey has started to thin out its posts, officials said. Its troops left the hilltop "
            "post at Sarmin on Sunday, one of the officials said.\n")
    article = parse_article(
        "---\ntitle: Turkey pulls troops from two Syrian hilltop posts\nsource: T\n"
        "url: https://example.com/t\npublished: 2025-01-21\n---\n\n" + body, "2025-01-21-t.md")
    got = {(c.operator, c.place) for c in extract_article(article, gaz)}
    assert ("TUR", "Sarmin") in got


def test_the_island_is_the_island_country_named_before(gaz):
    text = ("Cypriot officials said Turkish troops had set up a new post near Kyrenia. Greek officials in "
            "Athens protested. Britain, which keeps two sovereign base areas on the island, said it "
            "was following the reports.\n")
    assert ("GBR", "Athens") not in pairs_of(gaz, text)


def test_a_pier_built_for_a_navy_is_a_base(gaz):
    text = "Turkish engineers are preparing to build a small pier near Kyrenia, officials said.\n"
    assert status_at(gaz, text, "TUR", "Kyrenia") == "proposed"
