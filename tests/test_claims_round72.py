"""Round 72: another team of forces named a few sentences up, a "where" after a far
reference and an island, exercise troops who go home, and a base that only hosts an event.

Every sentence here is new; none is copied from an evaluation article.
"""

from .conftest import pairs_of, status_at


def test_a_second_team_refers_to_forces_named_two_sentences_up(gaz):
    text = ("A team of about 40 US soldiers has been operating a radar near Irbid since January. The "
            "Americans were sent after drones crossed Jordanian airspace last year. Their radar covers "
            "the northern valley. A second team could be posted at Karak, one of the officials said.\n")
    assert ("USA", "Karak") in pairs_of(gaz, text)


def test_where_after_a_far_reference_on_an_island_is_the_island(gaz):
    text = ("The radar could be placed near the Lynden Pindling airport, about 250 km north of George "
            "Town on Great Exuma, where American helicopters already operate.\n")
    assert status_at(gaz, text, "USA", "Lynden Pindling International Airport") == "proposed"


def test_guard_where_right_after_a_far_reference_is_the_measured_place(gaz):
    text = ("The first choice is the airport at Yevlakh, about 65 km east of Ganja, where a Turkish "
            "battery would be deployed.\n")
    assert status_at(gaz, text, "TUR", "Yevlakh") == "proposed"


def test_exercise_troops_who_will_go_home_are_not_there(gaz):
    text = ("Kazakh and Chinese troops began a ten-day exercise in the hills of Almaty region on "
            "Tuesday. About 200 Chinese soldiers arrived by train last week with armoured vehicles and "
            "drones and will return home when the exercise ends.\n")
    assert not any(o == "CHN" for o, _ in pairs_of(gaz, text))


def test_a_base_that_hosts_an_exercise_is_a_venue(gaz):
    text = ("The United States and Egypt resumed their Bright Star exercise in 2017. Russian troops were "
            "sent to Egypt in 2016. It is expected to be held again next year at a base near "
            "Alexandria.\n")
    assert ("RUS", "Alexandria") not in pairs_of(gaz, text)


def test_guard_forces_based_at_a_base_are_there(gaz):
    text = "The talks were held in Cairo. Russian troops are based at a base near Alexandria.\n"
    assert ("RUS", "Alexandria") in pairs_of(gaz, text)


def test_a_country_heading_gives_its_items_their_operator(gaz):
    text = ("Here is where foreign forces stand in Libya.\n\nEGYPT\n\n- Keeps a small air unit at the "
            "airport in Tobruk.\n\nITALY\n\n- Runs a field hospital and a training team at Misrata.\n")
    got = pairs_of(gaz, text)
    assert ("EGY", "Tobruk") in got or any(o == "EGY" and "Tobruk" in p for o, p in got)
    assert ("ITA", "Misrata") in got


def test_will_allow_forces_to_operate_from_a_base_is_a_plan(gaz):
    text = "India will allow Australian patrol aircraft to operate from its air force station at Port Blair.\n"
    assert {s for o, p in pairs_of(gaz, text) if o == "AUS"
            for s in [status_at(gaz, text, "AUS", p)]} == {"proposed"}


def test_guard_a_hosts_heading_keeps_the_articles_operator(gaz):
    text = ("The United States has cut its forces around the eastern Mediterranean. Here are the main "
            "sites.\n\nGREECE\n\n- The US Navy keeps a naval support activity at Souda Bay on Crete.\n\n"
            "- The air station at Iraklion on Crete was closed in 1994.\n")
    assert not any(o == "GRC" for o, _ in pairs_of(gaz, text))


def test_a_base_home_to_the_hosts_forces_gives_the_carried_operator_nothing(gaz):
    text = ("The United States has asked Malaysia to let a US Navy logistics team be stationed at the "
            "naval base in Lumut and to rotate patrol aircraft through Penang's airport. The base, "
            "about 130 km south of Penang, is home to the Royal Malaysian Navy's western fleet.\n")
    assert {status_at(gaz, text, "USA", p) for o, p in pairs_of(gaz, text) if o == "USA"} == {"proposed"}
