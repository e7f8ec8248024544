"""People whose surname is also a place's or an organisation's word (Park, Hall, Lane):
found when the page gives them a title or has them speak; a park stays a park. Read
through ``reader dump``."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_text

STORY = """Council approves new harbour plan

The city council voted on Tuesday to approve the new harbour plan after a long debate.

Mayor Linda Park said the plan would protect the old town from winter storms. "We cannot \
wait another year," Park said.

Councillor David Okafor voted against it. "The cost is too high for the town," Okafor said \
after the meeting.

Residents gathered in Victoria Park on Wednesday to discuss the vote, and John Hall, who runs \
the harbour cafe, said he was relieved.
"""


def test_a_titled_or_speaking_person_named_like_a_place_is_a_person(tmp_path: Path) -> None:
    people = {p["name"]: p for p in dump_text(tmp_path, STORY)["people"]}
    assert people["Linda Park"]["role"] == "Mayor"
    assert people["Linda Park"]["mentions"] == 2  # "Park said" is hers
    assert "John Hall" in people
    assert "David Okafor" in people
    assert "Victoria Park" not in people  # no title, no words: the park


QUOTED = """Ferry fares rise again

The council voted on Tuesday to raise the berth fees by a fifth, the third rise in four years.

"We were never asked about any of this," recalled John Park, who has run the ferry company \
since 1998. "Not once," said Rita Hall, his business partner.

Families walked through Victoria Park on Sunday, and the harbour master said the fees had not \
kept pace with the cost of dredging.
"""


def test_a_person_named_like_a_place_after_the_verb_that_quotes_them(tmp_path: Path) -> None:
    people = {p["name"] for p in dump_text(tmp_path, QUOTED)["people"]}
    assert {"John Park", "Rita Hall"} <= people
    assert "Victoria Park" not in people
