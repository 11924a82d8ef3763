"""Round 70: a point a distance gives beside the town the same sentence names, trainees
"each year" at schools abroad, the host's "own units", and requests "for the use of" a
place.

Every sentence here is new; none is copied from an evaluation article.
"""

from .conftest import claims_of, pairs_of, status_at


def test_a_distance_point_and_the_town_it_locates_are_one_claim(gaz):
    text = ("NIAMEY, Sept 17 (Sahel Wire) - Russian instructors have set up a post at Gaya, a market town "
            "on the Beninese border about 240 km south-east of Niamey, the first time Moscow's personnel "
            "have been reported outside the capital.\n")
    got = [c for c in claims_of(gaz, text) if c.operator == "RUS"]
    assert [c.place for c in got] == ["Gaya"]


def test_guard_a_distance_point_far_from_the_town_is_another_claim(gaz):
    text = ("Russian instructors have set up a post at Tessaoua and another about 200 km east of Maradi, "
            "officials said.\n")
    assert "Tessaoua" in {p for o, p in pairs_of(gaz, text) if o == "RUS"}


def test_trainees_each_year_at_schools_abroad_are_not_there(gaz):
    text = "About 30 Ghanaian officers train each year at French military schools, including Saint-Cyr.\n"
    assert not any(o == "GHA" for o, _ in pairs_of(gaz, text))


def test_guard_foreign_troops_who_train_each_year_at_a_camp_are_there(gaz):
    text = "About 300 French soldiers train each year at the camp in Tamale, officials said.\n"
    assert status_at(gaz, text, "FRA", "Tamale") == "existing"


def test_the_hosts_own_units_take_no_carried_operator(gaz):
    text = ("Syria's army took over the Jasim post from Russian military police in January. American "
            "troops remain at al-Tanf. Syria's defence ministry said its own units had taken over the "
            "Jasim post and would set up a checkpoint there.\n")
    assert ("USA", "Jasim") not in pairs_of(gaz, text)


def test_asking_for_the_use_of_a_place_is_a_plan(gaz):
    text = "Ankara has asked for the use of the airstrip at Mongo for its drones, officials said.\n"
    assert status_at(gaz, text, "TUR", "Mongo") == "proposed"
