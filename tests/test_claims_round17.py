"""Round 17: rules generalised from the study of the held-out sets of the eleventh stop.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from .conftest import status_at


@pytest.mark.parametrize("text", [
    "Sri Lanka has asked India to allow its navy to use a fuel jetty at Trincomalee.\n",
    "India said the new accord gives its warships access to the harbour at Trincomalee.\n",
    "India said Colombo may let its patrol aircraft use the airfield at Trincomalee.\n",
])
def test_a_possessive_in_a_grant_of_use_names_forces_not_their_base(gaz, text):
    assert status_at(gaz, text, "IND", "Trincomalee") == "proposed"


def test_a_possessive_base_without_a_grant_of_use_stays_existing(gaz):
    text = "India keeps its naval base at Trincomalee, which may host more ships next year.\n"
    assert status_at(gaz, text, "IND", "Trincomalee") == "existing"
