"""Round 75: names the gazetteer lacks placed by the article itself, a capital's possessive,
trainees who arrive for a course, arms sales, and a speaker's own forces.

Every sentence here is new; none is copied from an evaluation article.
"""

from geo.toponyms import find_toponyms

from .conftest import claims_of, pairs_of, status_at


def test_a_village_placed_by_a_distance_without_a_comma(gaz):
    text = ("Russian police left Syria's central desert in December. The post, at the village of Ghazalah "
            "about 40 km east of Palmyra, now stands empty.\n")
    (hit,) = [t for t in find_toponyms(text, gaz) if text[t.start : t.end] == "Ghazalah"]
    assert abs(hit.lat - 34.56) < 0.3 and abs(hit.lon - 38.72) < 0.3


def test_the_last_word_of_a_long_name_is_that_place(gaz):
    text = ("Israel denied a report that its soldiers had set up a post in Tulul al-Safa, about 65 km "
            "north-east of the city of Suwayda. \"There is no IDF post in the Safa area,\" it said.\n")
    claims = claims_of(gaz, text)
    assert claims
    assert all(abs(c.lat - 33.1) < 0.5 for c in claims if c.operator == "ISR")


def test_a_capitals_possessive_is_the_owner_not_the_place(gaz):
    text = ("Syrian officials discussed the future of Moscow's air base at Hmeimim and its naval "
            "facility in Tartous.\n")
    assert not any(p.startswith("Chkalovsky") or p == "Moscow" for _, p in pairs_of(gaz, text))


def test_officers_who_arrive_for_a_course_are_trainees(gaz):
    text = ("The first group of Libyan naval officers arrived in Italy on Monday for a six-month course "
            "on patrol boats, the Italian navy said.\n")
    assert not any(o == "LBY" for o, _ in pairs_of(gaz, text))


def test_coordinated_trainees_who_will_train_at_schools_are_abroad(gaz):
    text = "About 40 Iraqi officers and technicians will train at French air force schools near Salon.\n"
    assert not any(o == "IRQ" for o, _ in pairs_of(gaz, text))


def test_a_sale_of_batteries_is_no_presence(gaz):
    text = "Ankara approved the sale of its first air-defence batteries to Damascus on Monday.\n"
    assert ("TUR", "Damascus") not in pairs_of(gaz, text)


def test_a_speakers_own_radars_are_the_speakers(gaz):
    text = ("Israeli jets struck an airstrip near Sukhnah overnight. Russia's defence ministry said its "
            "radars at the Hmeimim air base had tracked the jets.\n")
    got = pairs_of(gaz, text)
    assert not any(o == "ISR" and "Hmeimim" in p for o, p in got)
    assert any(o == "RUS" and "Hmeimim" in p for o, p in got)


def test_guard_a_presence_beside_a_sale_stays(gaz):
    text = "Turkey keeps two batteries at a base near Azaz, and approved the sale of more batteries to Qatar.\n"
    assert status_at(gaz, text, "TUR", "Azaz") == "existing"
