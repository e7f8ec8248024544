"""Error classes found by reading the people panel on real pages nobody tuned on
(``benchmarks/people_judged.py``), each written as a small story read through ``reader dump``."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_text

ROLES = """Cloud teams learn to share the load

Platform teams now run most of the company's services, according to Lisa Shen, product \
manager at Harbourline Cloud, and Eddie Villalba, outbound product manager at Harbourline.

"We had to rethink who owns what," said Mariana Delgado, marketing director, Tidewell.

"The tools finally caught up with the people," explains Samir Kendale, MD, FASA, medical \
director of informatics at Lakeside Hospital.

"It felt right from the first mile," said tester Jenny Stump.

Delgado said the change took two years.
"""


def test_roles_written_without_an_article_or_after_degrees(tmp_path: Path) -> None:
    roles = {p["name"]: p["role"] for p in dump_text(tmp_path, ROLES)["people"]}
    assert roles["Lisa Shen"] == "product manager at Harbourline Cloud"
    assert roles["Eddie Villalba"] == "outbound product manager at Harbourline"
    assert roles["Mariana Delgado"] == "marketing director"
    assert roles["Samir Kendale"] == "medical director of informatics at Lakeside Hospital"
    assert roles["Jenny Stump"] == "tester"


PAGE = """<!doctype html><html><head><title>Fitness trends for the new year</title>
<meta name="author" content="Wellness &amp; Prevention"></head><body><article>
<h1>Fitness trends for the new year</h1>
<p class="byline">By Wellness &amp; Prevention</p>
<figure><img src="lead.jpg" alt="A class"><figcaption>A class in full swing.
<span class="credit">TODAY Illustration</span></figcaption></figure>
<p>Music-themed classes dominated the year, the studio's report showed. Taylor Swift-themed
fitness classes alone secured thousands of reservations, and instructors say the trend is
not slowing down.</p>
<p>"People want to sing while they sweat," said Grace Church, who runs a studio in Leeds.
Church said her classes fill up within an hour of opening.</p>
<p>My pick is a small refractor with a camera attached (Askar SQA55). Askar SQA55 owners
report sharp stars to the corners. Flights from London to Hong Kong doubled in price over
the same months, travel agents said.</p>
<p>Other studios report the same pattern across the country, with waiting lists for the
busiest evening sessions.</p>
</article></body></html>
"""


def test_no_desk_product_or_place_in_the_people_panel(tmp_path: Path) -> None:
    """A byline of single words joined by "&" and a credit naming a desk ("TODAY
    Illustration") name no one; a model number written onto a name ("Askar SQA55") makes it
    a product; "Hong Kong" is a place; "Taylor Swift-themed" names Taylor Swift; Grace is a
    first name ("said Grace Church")."""
    people = {p["name"]: p for p in dump_text(tmp_path, PAGE, "page.html")["people"]}
    assert set(people) == {"Grace Church", "Taylor Swift"}
    assert people["Grace Church"]["mentions"] == 2


STORY = """The Keeper's Daughter

By Ann Lowell

The lamp had not failed in forty years, and Mary Holt meant to keep it that way. She climbed \
the tower every evening at six, oiled the gears, and wiped the salt from the glass.

Her brother came out on the supply boat in March. He stood at the foot of the stairs with his \
coat still buttoned and asked her when she meant to come home.

"I stayed for the light," Mary said. "I always stay."

He did not argue. He carried the crates up from the jetty, ate the soup she made, and left on \
the morning tide without another word about it.

"I stayed for the light. I always stay."
— Mary

The winter storms came early that year. Twice the waves reached the lamp room, and twice the \
light kept burning through the night.
"""

LETTER = """A letter home

By Ann Lowell

The harbour froze in January and the boats stayed in for weeks, so I have had time to write.

The lamp is fine and so am I, though the oil runs low and the flour is damp.

Give my love to everyone at home.
— Mary
"""


def test_a_short_quote_split_by_its_speaker_is_a_pull_quote(tmp_path: Path) -> None:
    """A two-sentence quote with the speaker named between its sentences in the story,
    repeated as a pull quote credited by first name alone: the story's Mary Holt said it."""
    story = dump_text(tmp_path, STORY)
    assert [(q["text"], q["speaker"]) for q in story["pull_quotes"]] == [
        ("I stayed for the light. I always stay.", "Mary Holt")
    ]
    assert [p["name"] for p in story["people"]] == ["Mary Holt", "Ann Lowell"]
    assert all("— Mary" not in block["text"] for block in story["body"])


def test_a_letters_sign_off_is_no_pull_quote(tmp_path: Path) -> None:
    letter = dump_text(tmp_path, LETTER, "letter.txt")
    assert letter["pull_quotes"] == []
    assert "Give my love to everyone at home." in [b["text"] for b in letter["body"]]


VERBS = """Harbour cafe changes hands

The old harbour cafe has new owners, who plan to open it all year round from the spring.

"We will keep the menu as it is," explained Quilla Thorncastle, who bought it in May with \
her brother. The cafe, called Rita Hall after its first owner, opened in 1952.

Thorncastle plans to add six tables on the terrace.
"""


def test_every_speech_verb_before_a_name_and_called_names_a_thing(tmp_path: Path) -> None:
    """One rule for a speech verb before a name: any speech verb ("explained Quilla
    Thorncastle", no known first name) but "called", which names things as often ("a cafe
    called Rita Hall")."""
    people = {p["name"]: p for p in dump_text(tmp_path, VERBS)["people"]}
    assert set(people) == {"Quilla Thorncastle"}
    assert people["Quilla Thorncastle"]["mentions"] == 2


REVIEW = """The best French presses, tested

We love the Fellow Clara. It kept coffee hotter than any press we tried.

The Clara is heavy, and the Fellow Clara is pricier than the rest. Still, the Clara made \
the cleanest cup in every round.

Fellow Clara: stainless steel and plastic, 24 ounces.

"It is the one I reach for every morning," said Rochelle Bilow, an editor who tested it.
"""


def test_a_product_written_as_a_thing_most_times_is_no_person(tmp_path: Path) -> None:
    """ "the Fellow Clara" and "the Clara" read as a thing (a role word after "the" opens a
    product's name); a name written as a thing at least twice and as often as not is a
    product, though a list writes it bare."""
    people = {p["name"] for p in dump_text(tmp_path, REVIEW)["people"]}
    assert people == {"Rochelle Bilow"}


OWNER = """Movers fined again

The state fined the moving company for the second time in three years on Monday.

At that time Noble's owner, Joe Hannouch, denied any wrongdoing. "We did nothing wrong," \
Hannouch said.
"""


def test_a_possessive_name_opens_the_role_before_a_name(tmp_path: Path) -> None:
    roles = {p["name"]: p["role"] for p in dump_text(tmp_path, OWNER)["people"]}
    assert roles["Joe Hannouch"] == "Noble's owner"  # not "time Noble's owner"
