"""Round 78: spellings that two keys share, and forces that share a site in a relative
clause or "with them".

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from geo.toponyms import find_toponyms

from .conftest import claims_of


def _countries(gaz, text, name):
    return {t.iso3 for t in find_toponyms(text, gaz) if text[t.start : t.end] == name}


@pytest.mark.parametrize(("text", "name", "iso3"), [
    # "Ras al-Ain" is listed as "Ras al-`Ain" for Rosh HaAyin; the Syrian town must compete too
    ("RAS AL-AIN, Syria, March 3 - Turkish-backed fighters dug trenches south of the town.",
     "RAS AL-AIN", "SYR"),
])
def test_a_spelling_two_keys_share_finds_the_places_of_both(gaz, text, name, iso3):
    assert _countries(gaz, text, name) == {iso3}


@pytest.mark.parametrize(("text", "iso3"), [
    ("Israeli police said the stabbing happened in Ras al-Ain, east of Tel Aviv.", "ISR"),
    ("HASAKAH, Syria - Turkish drones struck a car near Ras al-Ain on Monday.", "SYR"),
])
def test_guard_each_ras_al_ain_in_its_own_country(gaz, text, iso3):
    assert _countries(gaz, text, "Ras al-Ain") == {iso3}


def _at(gaz, text, operator):
    return {(c.place, c.status) for c in claims_of(gaz, text) if c.operator == operator}


@pytest.mark.parametrize(("text", "operator", "place"), [
    # in a relative clause, with the site told of before
    ("The US-led coalition handed its outpost at Tabiyah, about 10 km north of Deir ez-Zor, to local "
     "forces on Friday. About 30 American soldiers had been based at the post since 2018. Dutch "
     "commandos who shared the site left with them, a local commander said.\n", "NLD", "Tabiyah"),
    # in a relative clause, with the site named and its other user after "with"
    ("The US-led coalition on Sunday handed a post at Kasra, about 12 km south-east of Deir ez-Zor, "
     "to government troops. A Norwegian detachment that had shared the Kasra post with the Americans "
     "left a week earlier, residents said.\n", "NOR", "Kasra"),
])
def test_forces_that_shared_a_site_left_it_too(gaz, text, operator, place):
    got = _at(gaz, text, operator)
    assert len(got) == 1, got
    ((name, status),) = got
    assert place in name and status == "withdrawn", got


def test_forces_that_share_the_camp_with_them_are_not_at_a_reference_town(gaz):
    text = ("The US-led coalition has moved about 50 soldiers to a gas plant near Markadah, officials "
            "said. The plant, about 80 km south of Hasakah, was damaged last year. The Americans "
            "arrived on Sunday and have set up a perimeter around the compound, one of the officials "
            "said. A small team of Danish special forces shares the camp with them, he added.\n")
    assert _at(gaz, text, "DNK") == {("Markadah", "existing")}


def test_a_month_and_year_in_the_past_closes_a_presence_that_was_kept(gaz):
    from geo.extract import extract_article
    from geo.load import parse_article

    text = ("---\ntitle: t\npublished: 2026-01-20\n---\nDanish engineers kept a platoon at a former "
            "school in Samawah until October 2006, when Denmark ended its mission.\n")
    claims = [c for c in extract_article(parse_article(text, "t.md"), gaz) if c.operator == "DNK"]
    assert [c.status for c in claims] == ["withdrawn"], [(c.place, c.status) for c in claims]


@pytest.mark.parametrize("text", [
    "Oman may let British ships use the port of Duqaybah, on the Arabian Sea coast about 90 km "
    "east of Salalah, officials said.",
    "Russian engineers worked at Tell Duqaybah, on the west bank of the Euphrates, about 30 km south "
    "of Raqqa.",
])
def test_a_coast_or_bank_between_a_name_and_its_distance(gaz, text):
    got = [t for t in find_toponyms(text, gaz) if text[t.start : t.end] == "Duqaybah"
           or text[t.start : t.end] == "Tell Duqaybah"]
    assert got and got[0].lat is not None, [(t.name, t.kind) for t in find_toponyms(text, gaz)]
    ref = (17.02, 54.09) if "Salalah" in text else (35.95, 39.01)
    from geo.toponyms import haversine_km

    km = 90 if "Salalah" in text else 30
    assert abs(haversine_km(got[0].lat, got[0].lon, *ref) - km) < 5, (got[0].lat, got[0].lon)


@pytest.mark.parametrize(("text", "place"), [
    # "which they share with" in the present, as in the past
    ("Coalition trainers are now concentrated at the K1 camp, about 15 km north-west of Kirkuk, which "
     "they share with Spanish instructors.\n", "K1"),  # the camp's name, placed by the distance
    # the place the relative clause follows, not the first place of the sentence
    ("Britain has kept a logistics hub in Muscat since 2018, and British Typhoons fly from the Thumrait "
     "air base, which British airmen share with Spanish air force crews.\n", "Thumrait"),
])
def test_forces_a_site_is_shared_with_are_at_that_site(gaz, text, place):
    got = _at(gaz, text, "ESP")
    assert got and all(place in name for name, _ in got), got
