"""Round 47: a host's forces in a where-clause, "Lao" forces, an exercise's contingent that
flew home, and officers due to begin a course abroad.

Every sentence here is new; none is copied from an evaluation article.
"""

from .conftest import claims_of, found


def test_the_hosts_forces_in_a_where_clause_are_not_the_visitors(gaz):
    text = ("Moscow has offered to send a team to the airport at Pakse in the south, where the Lao "
            "air force keeps a small helicopter unit, officials said.\n")
    assert ("RUS", "Pakse", "existing") not in found(claims_of(gaz, text))


def test_an_exercises_contingent_that_flew_home_leaves_no_base(gaz):
    text = ("Russian military instructors have been stationed near Savannakhet since January.\n\n"
            "The two armies ended a two-week exercise on a range near Vientiane last week. The "
            "Russian contingent flew home on Saturday.\n")
    assert ("RUS", "Savannakhet", "existing") in found(claims_of(gaz, text))


def test_officers_due_to_begin_a_course_abroad_are_trainees(gaz):
    text = "A group of Cuban officers is due to begin a language course in Nanjing in September.\n"
    assert claims_of(gaz, text) == []
