"""Round 65: presences still to begin, forces that moved on, quotes that deny their own
place, "the capital" of the story's country, joint drills, "allied" forces, and forces
that "join them".

Every sentence here is new; none is copied from an evaluation article.
"""

from .conftest import pairs_of, status_at


def _dated(text, published="2025-02-10"):
    return f"---\ntitle: T\nsource: T\nurl: https://example.com/t\npublished: {published}\n---\n\n{text}"


def test_a_presence_that_will_begin_is_planned(gaz):
    text = ("The Royal Navy will begin a rotational presence of patrol boats at Mombasa in May, "
            "Kenya's defence ministry said.\n")
    assert status_at(gaz, text, "GBR", "Mombasa") == "proposed"


def test_a_verb_joined_to_a_future_verb_is_future(gaz):
    text = ("Italy will send an engineer company to the garrison in Kumanovo next spring. The Italian "
            "soldiers will live in new barracks at the garrison and train with local units.\n")
    assert status_at(gaz, text, "ITA", "Kumanovo") == "proposed"


def test_guard_a_garrison_that_will_stay_is_there(gaz):
    text = "The Russian garrison at Gyumri will stay, Armenian officials said.\n"
    assert status_at(gaz, text, "RUS", "Gyumri") == "existing"


def test_an_end_in_a_relative_clause_on_the_subject_is_not_the_plans(gaz):
    text = _dated("Turkey, which ran observation posts in Idlib until March 2020, has offered to send a "
                  "unit to Daraa, a diplomat said.\n")
    assert status_at(gaz, text, "TUR", "Daraa") == "proposed"


def test_guard_an_end_in_a_relative_clause_on_the_place_is_kept(gaz):
    text = _dated("Turkish troops, which had been stationed at Daraa until March, left for Idlib.\n")
    assert status_at(gaz, text, "TUR", "Daraa") == "withdrawn"


def test_forces_that_have_moved_to_a_town_are_there_whatever_they_will_do(gaz):
    text = "Dutch instructors have moved to Kirkuk, where they will train Kurdish units.\n"
    assert status_at(gaz, text, "NLD", "Kirkuk") == "existing"


def test_forces_that_had_worked_somewhere_and_moved_on_have_left(gaz):
    text = ("Spanish advisers who had worked with the Iraqi army in Basra have moved to Erbil, "
            "officials said.\n")
    assert status_at(gaz, text, "ESP", "Basra") == "withdrawn"


def test_a_unit_that_moved_into_the_main_barracks_left_the_depot(gaz):
    text = ("A Canadian battalion has taken over the barracks at Adazi. The battalion's supply platoon, "
            "which had worked from a Latvian depot at Cesis since 2022, has moved into the main "
            "barracks.\n")
    assert status_at(gaz, text, "CAN", "Cesis") == "withdrawn"


def test_a_quote_denies_its_own_place_not_the_one_after_it(gaz):
    text = ('A team of Chinese officers has been stationed in Muse, in northern Myanmar, '
            'since March. "There are no Chinese '
            'troops in Namhkam," a spokesman said, describing the officers in Muse as observers.\n')
    assert status_at(gaz, text, "CHN", "Muse") == "existing"


def test_guard_a_quoted_word_without_a_place_still_denies(gaz):
    text = ('The Chinese embassy said in Dhaka that reports of a military facility were "pure '
            'fabrication" and that China had never sought a base in Bangladesh.\n')
    assert status_at(gaz, text, "CHN", "Bangladesh") == "denied"


def test_the_capital_is_the_stories_country_not_the_last_city(gaz):
    text = ("Moldova's government rejected a Russian offer to station troops in Cahul. Moldovan officials "
            "said Chisinau would not accept it, and Moldova's president called the offer a provocation. "
            "The Moldovan foreign minister, who attended a meeting of European ministers in Brussels on "
            "Monday, said Moldova is neutral. Polish troops are based at a range north of the capital, "
            "and the European Union has paid for new radars.\n")
    assert status_at(gaz, text, "POL", "Chisinau") == "existing"


def test_foreign_troops_training_with_the_hosts_soldiers_are_a_drill(gaz):
    text = "Moldovan soldiers are training this month with Romanian troops at a range near Balti.\n"
    assert not any(o == "ROU" for o, _ in pairs_of(gaz, text))


def test_guard_forces_that_train_the_hosts_soldiers_are_there(gaz):
    text = "French troops are training with Malian soldiers in Gao.\n"
    assert status_at(gaz, text, "FRA", "Gao") == "existing"


def test_allied_deployments_are_not_the_speakers(gaz):
    text = "Moscow has called allied deployments in Estonia a threat.\n"
    assert ("RUS", "Estonia") not in pairs_of(gaz, text)


def test_fighters_of_a_named_group_take_no_carried_operator(gaz):
    text = ("Turkey keeps troops at several posts in northern Iraq. The PKK said it would disarm, and "
            "a first group of fighters handed over rifles at a ceremony near Dohuk.\n")
    assert ("TUR", "Dohuk") not in pairs_of(gaz, text)


def test_the_camp_handed_over_is_the_one_just_named(gaz):
    text = ("Russia's Africa Corps has moved 150 instructors to Dori. The Russians live in a camp next "
            "to the town's airstrip. The move followed the handover of a camp at Nioro du Sahel, in "
            "western Mali. Africa Corps personnel gave the camp to Malian troops in April and flew out.\n")
    assert status_at(gaz, text, "RUS", "Nioro") == "withdrawn"
    assert {o for o, p in pairs_of(gaz, text) if p == "Dori"} == {"RUS"}


def test_a_site_a_town_is_measured_from_is_no_anchor(gaz):
    text = ("Germany has proposed setting up a brigade headquarters in Sibiu, about 40 km west of "
            "Cincu, and it could open next year.\n")
    assert all("of Cincu" not in p for _, p in pairs_of(gaz, text))


def test_a_name_between_a_demonym_and_troops_is_a_kind_of_troops(gaz):
    text = ("US and British commandos trained in Lapland last year. French Alpine troops could join the "
            "Finnish brigade at Sodankyla next winter.\n")
    assert {p for o, p in pairs_of(gaz, text) if o == "FRA"} == {"Sodankyla"}


def test_forces_that_join_them_are_where_the_others_are(gaz):
    text = ("A small team of American advisers is expected to be based near Tikrit, officials said. "
            "A smaller Danish team could join them in the spring.\n")
    assert status_at(gaz, text, "DNK", "Tikrit") == "proposed"
