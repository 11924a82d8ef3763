"""Round 79: towns of unknown population, compass spellings of divisions, the capital's
base, and status cues of posting, seeking access and ending a role.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from geo.toponyms import find_toponyms

from .conftest import claims_of


def _at(gaz, text, operator):
    return {(c.place, c.status) for c in claims_of(gaz, text) if c.operator == operator}


def _statuses(gaz, text, operator):
    return {status for _, status in _at(gaz, text, operator)}


def _places(gaz, text, name):
    return [t for t in find_toponyms(text, gaz) if text[t.start : t.end] == name]


def test_a_town_of_unknown_population_is_no_hamlet(gaz):
    # cities500 lists the Syrian Ras al-Ain with population 0; beside Qamishli it is the Syrian
    # town, not Rosh HaAyin in Israel (72,881 people)
    text = ("Turkish soldiers have held a hill near Ras al-Ain since 2019, officials in Qamishli "
            "said on Tuesday.\n")
    got = [c for c in claims_of(gaz, text) if c.operator == "TUR"]
    assert [(c.place, c.status) for c in got] == [("Ras al-Ain", "existing")], got
    assert abs(got[0].lat - 36.85) < 0.2 and abs(got[0].lon - 40.07) < 0.2, got


@pytest.mark.parametrize(("text", "name", "iso3"), [
    # GeoNames spells it "Southwest"; news writes "South-West" (Cameroon has one too)
    ("Gendarmes patrol the roads near Gaoua, in Burkina Faso's South-West region.\n",
     "South-West region", "BFA"),
])
def test_a_division_written_with_its_compass_word_hyphenated(gaz, text, name, iso3):
    got = _places(gaz, text, name)
    assert [t.iso3 for t in got] == [iso3], got


def test_guard_the_division_listed_with_the_word_stays_found(gaz):
    text = "Separatists attacked a bus near Buea, in Cameroon's South-West region.\n"
    assert [t.iso3 for t in _places(gaz, text, "South-West region")] == ["CMR"]


@pytest.mark.parametrize(("text", "operator", "place"), [
    ("Turkey is in talks about a drone base near Dosso. Ankara has sold aircraft to Niamey since "
     "2021, and a team of Turkish mechanics services them at the capital's air base, a diplomat "
     "said.\n", "TUR", "Niamey"),
    ("Italy could send trainers to Agadez, a minister said. No agreement has been signed yet, "
     "and Niger declined to comment. Rome has sold helicopters to Niamey since 2020, and Italian "
     "mechanics keep them flying at the capital's air base, he said.\n", "ITA", "Niamey"),
])
def test_the_capitals_base_is_in_the_hosts_capital(gaz, text, operator, place):
    got = _at(gaz, text, operator)
    assert any(place in name and status == "existing" for name, status in got), got


def test_guard_the_base_outside_the_capital(gaz):
    text = ("Egypt may station troops near Baidoa, Somali officials said. About 40 Egyptian officers "
            "already work at the air base outside the capital, they added.\n")
    assert ("Mogadishu", "existing") in _at(gaz, text, "EGY")


@pytest.mark.parametrize(("text", "operator", "place", "status"), [
    ("Portugal will post about 40 military instructors to a Mozambican army camp near Montepuez, "
     "officials said on Monday.\n", "PRT", "Montepuez", "proposed"),
    ("About 50 Italian trainers will be posted to a barracks near Agadez next year, the ministry "
     "said.\n", "ITA", "Agadez", "proposed"),
    ("India is seeking access for its navy to a deep-water port that Indian companies plan to "
     "build at Sittwe, about 30 km north of Pauktaw, two officials said on Friday.\n", "IND",
     "Sittwe", "proposed"),
    ("Berlin has also ended its role at the logistics hub in Gao, a spokesman said.\n",
     "DEU", "Gao", "withdrawn"),
])
def test_posting_seeking_access_and_ending_a_role(gaz, text, operator, place, status):
    got = _at(gaz, text, operator)
    assert len(got) == 1, got
    ((name, got_status),) = got
    assert place in name and got_status == status, got


def test_guard_posted_in_the_past_is_existing(gaz):
    text = "About 60 Spanish instructors were posted to an army camp near Atar in 2019.\n"
    assert _at(gaz, text, "ESP") == {("Atar", "existing")}


def test_forces_sharing_a_base_described_at_length_are_both_there(gaz):
    text = ("Hungarian engineers and Czech soldiers are sharing a newly built forward base at Kaga "
            "Bandoro, officials said.\n")
    assert {op for op in ("HUN", "CZE") if any("Kaga Bandoro" in n for n, _ in _at(gaz, text, op))} == {
        "HUN", "CZE"}


@pytest.mark.parametrize(("text", "operator", "place", "status"), [
    ("The same Russian unit also packed up a radar post at Slinfah, which had watched the coast "
     "since 2016, the official said.\n", "RUS", "Slinfah", "withdrawn"),
    ("Turkish troops have built a post overlooking Darat Izza, residents said.\n",
     "TUR", "Darat Izza", "existing"),
    ("Jordan will let Dutch and Belgian maritime patrol aircraft refuel and operate from a new "
     "military airstrip at Aqaba once it opens next year, officials said.\n", "NLD", "Aqaba",
     "proposed"),
])
def test_packing_up_posts_above_a_town_and_a_strip_once_it_opens(gaz, text, operator, place, status):
    got = _at(gaz, text, operator)
    assert any(place in name and s == status for name, s in got), got


def test_every_site_of_a_list_of_sites_left(gaz):
    text = ("Since December Russian troops have left a string of smaller sites: an observation post "
            "above Masyaf, a signals site outside Qardaha, a fuel depot at Jableh, an air-defence "
            "position near Kessab and a radar post at Baniyas.\n")
    got = _at(gaz, text, "RUS")
    for town in ("Masyaf", "Qardaha", "Jableh", "Kessab", "Baniyas"):
        assert any(town in name and status == "withdrawn" for name, status in got), (town, got)


def test_a_site_placed_by_a_later_sentence_places_the_name_it_was_near(gaz):
    # "Umm Khurayza" is in no gazetteer; the strip's distance from Qamishli places it
    text = ("American troops have moved equipment to a landing strip near Umm Khurayza, in Hasakah "
            "province, which they now share with a small Norwegian contingent. The strip, about 40 km "
            "south-east of Qamishli, has been lengthened, a coalition source said.\n")
    got = [c for c in claims_of(gaz, text) if "Umm Khurayza" in c.place]
    assert {c.operator for c in got} == {"USA", "NOR"}, got
    # Qamishli is at 37.05 N 41.23 E: 40 km to the south-east is about 36.80 N 41.55 E
    assert all(abs(c.lat - 36.80) < 0.1 and abs(c.lon - 41.55) < 0.1 for c in got), got


def test_guard_a_site_described_by_a_distance_is_no_name_the_gazetteer_knows(gaz):
    text = ("American troops have moved to a landing strip near Tal Tamr. The strip, about 40 km "
            "north-west of Hasakah, has been lengthened.\n")
    got = [t for t in find_toponyms(text, gaz) if text[t.start : t.end] == "Tal Tamr"]
    assert got and all(t.geonameid for t in got), got


def test_forces_that_shared_the_strip_left_it(gaz):
    text = ("American troops handed a landing strip near Tal Tamr to the Syrian army on Sunday. The "
            "Danish soldiers who had shared the strip since last spring left on the same flights, "
            "officials said.\n")
    assert _at(gaz, text, "DNK") == {("Tal Tamr", "withdrawn")}


def test_a_foreign_air_force_at_a_host_services_base(gaz):
    text = ("Two Royal Canadian Air Force patrol aircraft and about 80 crew have been rotating "
            "through the Japan Maritime Self-Defense Force base at Hachinohe since May, the "
            "ministry said.\n")
    got = _at(gaz, text, "CAN")
    assert any("Hachinohe" in name and status == "existing" for name, status in got), got


def test_a_departure_that_dates_a_return_is_no_withdrawal(gaz):
    text = ("A US Army air defence battery has moved into the South Korean air force base at Suwon, "
            "the first American unit to be stationed in the city since US forces pulled out of it "
            "in 2005, officials said.\n")
    assert _statuses(gaz, text, "USA") == {"existing"}


def test_guard_a_base_empty_since_the_forces_left(gaz):
    text = "The base at Suwon has been empty since US forces pulled out of it in 2005.\n"
    assert _statuses(gaz, text, "USA") == {"withdrawn"}


def test_an_unknown_name_in_a_list_of_sites_is_not_placed_at_the_next_item(gaz):
    text = ("Since March Russian troops in Syria have left a fuel depot at Khirbet Zawiyat, an "
            "air-defence position near Jableh and a radar post at Baniyas.\n")
    got = [t for t in find_toponyms(text, gaz) if text[t.start : t.end] == "Khirbet Zawiyat"]
    assert got == [], got


def test_guard_a_name_placed_by_its_apposition(gaz):
    text = "US troops in Syria left the base at Tal Hamis, a coalition outpost north of Hasakah.\n"
    got = [t for t in find_toponyms(text, gaz) if text[t.start : t.end] == "Tal Hamis"]
    assert len(got) == 1 and got[0].lat > 36.55, got  # Hasakah is at 36.50 N


@pytest.mark.parametrize(("direction", "bearing"), [
    ("north", 0.0), ("north-east", 45.0), ("south-western", 225.0), ("west-south-west", 247.5),
    ("north-north-east", 22.5), ("north-north-west", 337.5), ("east-south-east", 112.5),
])
def test_compass_bearings_of_one_two_and_three_parts(direction, bearing):
    from geo._resolve import bearing_of

    assert bearing_of(direction) == pytest.approx(bearing)


def test_a_name_placed_by_a_three_part_bearing(gaz):
    text = ("About 150 Turkish soldiers in Syria moved into a compound in Deir Jamal, about 7 km "
            "west-south-west of Tal Rifaat, officials said.\n")
    got = [t for t in find_toponyms(text, gaz) if text[t.start : t.end] == "Deir Jamal"]
    # Tal Rifaat is at 36.472 N 37.095 E; 7 km to the west-south-west is 36.448 N 37.022 E
    assert len(got) == 1 and abs(got[0].lat - 36.448) < 0.01 and abs(got[0].lon - 37.022) < 0.01, got


def test_a_site_another_force_left_is_no_withdrawal_of_the_force_moving_in(gaz):
    text = ("Turkey has moved troops into a compound near Tal Rifaat, in Syria's Aleppo province, "
            "which Russian military police left in December.\n")
    got = _at(gaz, text, "TUR")
    assert got and all(status != "withdrawn" for _, status in got), got


def test_the_end_of_a_longer_unknown_name_is_no_site_abroad(gaz):
    # "Tapa" is a town and an army base in Estonia; "Qara Tapa" is a village in Iraq
    text = ("Australian troops handed a base near Qara Tapa, in Iraq's Diyala province, to the Iraqi "
            "army. The Qara Tapa base had been used since 2015.\n")
    assert not [t for t in find_toponyms(text, gaz) if t.iso3 == "EST"]


def test_guard_a_site_named_alone_stays(gaz):
    text = "British troops arrived at the Tapa base in Estonia last week.\n"
    assert [t.iso3 for t in find_toponyms(text, gaz) if "Tapa" in text[t.start : t.end]] == ["EST"]


def test_guard_a_relative_clause_of_the_same_operator_still_says_it_left(gaz):
    text = "Russia kept a listening post near Havana, which Russia closed in 2002.\n"
    assert _statuses(gaz, text, "RUS") == {"withdrawn"}


def test_a_skill_taught_is_no_construction(gaz):
    text = ("About 60 Italian instructors are based at the army's engineering school at Umm "
            "Khurayza, east of Baghdad, where they teach mine clearance and bridge building, an "
            "official said.\n")
    assert _statuses(gaz, text, "ITA") == {"existing"}


def test_guard_the_first_time_since_a_war_that_forces_left(gaz):
    text = ("It is the first time since the war that Russia has withdrawn troops from its base at "
            "Qamishli, officials in Syria said.\n")
    assert _statuses(gaz, text, "RUS") == {"withdrawn"}


def test_guard_a_named_strip_is_no_site_told_of_before(gaz):
    text = ("Israeli troops have set up a post near Beit Lahia. The Gaza Strip, about 70 km south "
            "of Tel Aviv, has been under blockade since 2007.\n")
    assert not [t for t in find_toponyms(text, gaz) if t.geonameid is None and t.kind == "city"
                and text[t.start : t.end] == "Beit Lahia" and t.lat < 31.3]


def test_guard_the_capitals_base_is_never_the_operators_own_capital(gaz):
    text = ("France has sent trainers to Ndjamena before. About 50 French airmen now serve at the "
            "capital's air base, officials in Paris said.\n")
    got = _at(gaz, text, "FRA")
    assert not any("Paris" in name for name, _ in got), got


def test_where_departing_forces_flew_their_aircraft_is_no_withdrawal(gaz):
    text = ("Russian troops in Syria left the Qamishli airport last week and flew their helicopters "
            "to the Hmeimim air base, officials said.\n")
    got = _at(gaz, text, "RUS")
    assert any("Hmeimim" in name and status == "existing" for name, status in got), got


def test_guard_where_departing_forces_took_their_vehicles(gaz):
    text = ("Russian troops in Syria left Tal Rifaat in December, taking their armoured vehicles to "
            "the Hmeimim air base, officials said.\n")
    got = _at(gaz, text, "RUS")
    assert any("Hmeimim" in name and status == "existing" for name, status in got), got
