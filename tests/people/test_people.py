"""People and quotes engine: the sample's must-shows and the rules behind them."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.article.model import Article, Caption, PullQuote, build_article
from reader.people.finder import analyse_people
from reader.people.quotations import find_quotes
from reader.people.roles import apposition_after, chain_before, credit_names

SAMPLE = Path(__file__).parents[1] / "fixtures" / "obama-mexico-security.txt"

# Checked by hand against the 17 body paragraphs: every "Obama" (incl. "Obama's", "President
# Obama" inside a quote and "the Obama administration"), every "Peña Nieto" (incl. "[Peña
# Nieto]"), "Gen. John Kelly" + "Kelly", "Daniel Wilkinson" + "Wilkinson", "Josh Earnest" +
# "Earnest". Byline and credit names are not in the body: one mention each, no span.
EXPECTED = {
    "Barack Obama": ("President", 14),
    "Enrique Peña Nieto": ("Mexican President", 12),
    "John Kelly": ("Gen., Commander of U.S. Southern Command", 2),
    "Daniel Wilkinson": ("Americas managing editor at Human Rights Watch", 2),
    "Josh Earnest": ("White House spokesman", 2),
    "Molly O'Toole": ("author", 1),
    "Eduardo Verdugo": ("photographer", 1),
}


def sample_by_hand() -> Article:
    """The sample's body, pull quotes, byline and credit, laid out without the text cleaner."""
    paragraphs = [p.strip() for p in SAMPLE.read_text(encoding="utf-8").split("\n\n")]
    first = next(i for i, p in enumerate(paragraphs) if p.startswith("The U.S. and Mexico"))
    last = next(i for i, p in enumerate(paragraphs) if p.startswith("“The President stands"))
    body: list[tuple[str, str]] = []
    pulls: list[PullQuote] = []
    for paragraph in paragraphs[first : last + 1]:
        if "\n" in paragraph:  # a pull quote: the quote, then its attribution line
            quote, attribution = paragraph.split("\n", 1)
            pulls.append(PullQuote(quote, attribution))
        else:
            body.append(("paragraph", paragraph))
    return build_article(
        title="Obama Sidelines Mexico Security Issues During Presidential Visit",
        blocks=body,
        authors=["Molly O’Toole"],
        caption=Caption("Demonstrators hold candles.", "AP Photo/Eduardo Verdugo"),
        pull_quotes=pulls,
    )


@pytest.fixture(scope="module")
def sample() -> Article:
    return analyse_people(sample_by_hand())


def check_sample_people(article: Article) -> None:
    people = {person.name: person for person in article.people}
    assert set(people) == set(EXPECTED)
    for name, (role, mentions) in EXPECTED.items():
        assert people[name].role == role, name
        assert people[name].mentions == mentions, name
    assert [p.name for p in article.people][:2] == ["Barack Obama", "Enrique Peña Nieto"]
    speakers = {q.speaker for q in article.quotations if q.speaker}
    assert speakers == {
        "Barack Obama",
        "John Kelly",
        "Daniel Wilkinson",
        "Josh Earnest",
        "Enrique Peña Nieto",
    }
    assert [pq.speaker for pq in article.pull_quotes] == [
        "Barack Obama",
        "John Kelly",
        "Daniel Wilkinson",
    ]


def test_sample_people_roles_mentions_quotes(sample: Article) -> None:
    check_sample_people(sample)


def test_sample_spans_point_at_the_names(sample: Article) -> None:
    for person in sample.people:
        surname = person.name.split()[-1]
        for start, end in person.spans:
            assert sample.text[start:end].endswith(surname), (person.name, start)
        assert len(person.spans) == (person.mentions if person.spans else 0)


def test_sample_quote_details(sample: Article) -> None:
    by_start = {q.text[:30]: q for q in sample.quotations}
    for quote in sample.quotations:
        assert sample.text[quote.start : quote.end] == quote.text
    assert by_start["I want to thank you, President"].speaker == "Enrique Peña Nieto"
    # a paragraph that continues Wilkinson's quote with no attribution of its own
    assert by_start["Some of the [Merida] funding i"].speaker == "Daniel Wilkinson"
    # "he continued" -> the last person named outside quotes before it
    assert by_start["The President stands with [Peñ"].speaker == "Josh Earnest"
    # Human Rights Watch's words, not Obama's (Obama is only the object of that sentence)
    assert by_start["a broader pattern of abuse and"].speaker is None


def test_sample_end_to_end_through_the_cleaner() -> None:
    from reader.engine.pipeline import load_article

    check_sample_people(load_article(str(SAMPLE)))


def analyse(*paragraphs: str, **options: object) -> Article:
    blocks = [("paragraph", p) for p in paragraphs]
    return analyse_people(build_article(title="T", blocks=blocks, **options))  # type: ignore[arg-type]


def names(article: Article) -> list[str]:
    return sorted(person.name for person in article.people)


def test_rejects_organisations_places_days_and_works() -> None:
    article = analyse(
        "The White House and Human Rights Watch said on Monday that the Merida Initiative "
        "and Southern Command would meet in New York before the Supreme Court rules.",
        "Morgan Stanley advised the buyer. Cookie Preferences were saved. The Salt Road won "
        "the prize. The Bill & Melinda Gates Foundation paid. Memorial Stadium reopened.",
    )
    assert names(article) == []


def test_companies_named_like_people_are_not_people() -> None:
    article = analyse(
        "Oscar Health and Bright Health grew fastest, J.D. Power found. Sutter Health agreed.",
        "Sara Lee said so.",
    )
    assert names(article) == ["Sara Lee"]


def test_a_byline_that_names_the_site_names_no_person() -> None:
    body = "Jane Roe, a broker, compared the plans."
    signed = analyse(body, authors=["Venteur"], site="Venteur, Inc")
    assert names(signed) == ["Jane Roe"]
    # a person's byline on the same site is still a person
    assert names(analyse(body, authors=["Ann Lee"], site="Venteur, Inc")) == ["Ann Lee", "Jane Roe"]


def test_bush_administration_is_not_a_person_unless_named() -> None:
    article = analyse(
        "President Barack Obama spoke. The Obama administration, like the Bush administration "
        "before it, said nothing."
    )
    assert names(article) == ["Barack Obama"]
    assert article.people[0].mentions == 2


def test_surname_title_possessive_and_compound_references() -> None:
    article = analyse(
        "Mexican President Enrique Peña Nieto met Finance Minister Friedrich von Albrecht and "
        "Luis de la Fuente.",
        "Peña Nieto’s aides and Von Albrecht's staff listened. President Peña Nieto left; "
        "de la Fuente stayed.",
    )
    people = {p.name: p for p in article.people}
    assert people["Enrique Peña Nieto"].mentions == 3
    assert people["Friedrich von Albrecht"].mentions == 2
    assert people["Luis de la Fuente"].mentions == 2
    assert people["Friedrich von Albrecht"].role == "Finance Minister"


def test_names_with_initials_hyphens_apostrophes_and_accents() -> None:
    article = analyse(
        "Prof. Adrian V.S. Hill and R.K. Narayanaswamy met Rachel O'Connell, Jean-Baptiste "
        "N’Diaye and Aïssata Ouédraogo.",
        "Hill said yes. O’Connell said no. N'Diaye said maybe. Ouédraogo agreed.",
    )
    people = {p.name: p.mentions for p in article.people}
    assert people == {
        "Adrian V.S. Hill": 2,
        "R.K. Narayanaswamy": 1,
        "Rachel O'Connell": 2,
        "Jean-Baptiste N'Diaye": 2,
        "Aïssata Ouédraogo": 2,
    }


def test_roles_from_chains_and_appositions() -> None:
    text = (
        "White House spokesman Josh Earnest spoke, according to Daniel Wilkinson, Americas "
        "managing editor at Human Rights Watch."
    )
    assert chain_before(text, text.index("Josh")) == "White House spokesman"
    end = text.index("Wilkinson") + len("Wilkinson")
    assert apposition_after(text, end) == "Americas managing editor at Human Rights Watch"
    text = "the delicate balance President Barack Obama must strike"
    assert chain_before(text, text.index("Barack")) == "President"
    text = "convicted former Paterson mayor Anthony DeSantis-Ruiz of fraud"
    assert chain_before(text, text.index("Anthony")) == "former Paterson mayor"
    # "witness" as a verb is no title; as a noun after a noun it is
    text = "In February you might witness Plum Blossom in the old gardens."
    assert chain_before(text, text.index("Plum")) is None
    text = "the prosecution witness Anna Berg said she saw the car"
    assert chain_before(text, text.index("Anna")) == "prosecution witness"


def test_role_before_with_comma_and_family_names() -> None:
    article = analyse(
        "The museum's director, Nick Merriman, said it was right. Her mother, Ewa, watched. "
        "The critic Whitney Balliett agreed."
    )
    people = {p.name: p.role for p in article.people}
    assert people == {
        "Nick Merriman": "museum's director",
        "Ewa": "mother",
        "Whitney Balliett": "critic",
    }


def test_credit_names() -> None:
    assert credit_names("AP Photo/Eduardo Verdugo") == ["Eduardo Verdugo"]
    assert credit_names("Reuters/Susana Vera") == ["Susana Vera"]
    assert credit_names("Photo by Jane Doe for The New York Times") == ["Jane Doe"]
    assert credit_names("Getty Images") == []


def test_quotes_straight_curly_and_multi_paragraph() -> None:
    article = analyse(
        'Coach Marta Echeverría praised him. "He listened," Echeverría said. "Not everybody '
        'listens."',
        "“We cannot answer calls,” said Police Chief Angela Moreno-Diaz. “We are short of "
        "people and money",
        "“and nobody is coming to help,” she added.",
        "“The ferry timetable is accurate.” Nobody else spoke.",
    )
    speakers = [(q.text[:12], q.speaker) for q in article.quotations]
    assert speakers == [
        ("He listened", "Marta Echeverría"),
        ("Not everybod", "Marta Echeverría"),
        ("We cannot an", "Angela Moreno-Diaz"),
        ("We are short", "Angela Moreno-Diaz"),
        ("and nobody i", "Angela Moreno-Diaz"),
        ("The ferry ti", "Angela Moreno-Diaz"),
    ]


def test_find_quotes_open_ended_paragraph() -> None:
    text = "“One two three\n\n“Four five.”"
    quotes = find_quotes(text, [(0, 14), (16, len(text))])
    assert [(text[q.start : q.end], q.open_ended) for q in quotes] == [
        ("One two three", True),
        ("Four five.", False),
    ]


def test_pull_quote_speaker_resolved_without_attribution() -> None:
    article = analyse(
        "“Patience is not a policy,” said Marie-Claire Dupont-Aignan, chief economist at BNP "
        "Paribas.",
        pull_quotes=[PullQuote("Patience is not a policy.", None)],
    )
    assert article.pull_quotes[0].speaker == "Marie-Claire Dupont-Aignan"
    assert article.people[0].role == "chief economist at BNP Paribas"


def test_empty_article() -> None:
    article = analyse_people(build_article(title="T", blocks=[]))
    assert article.people == () and article.quotations == ()


def test_never_fails_on_odd_text() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    pieces = st.sampled_from(
        [
            *"aeiou AEIOU.,;:'’“”\"-–—()[]\n",
            *("Mr.", " de ", " van ", "Dr. ", " said ", "II", "John ", "Smith", "O’", "al-"),
            *("J.", "President ", "U.S. ", "’s", "Peña Nieto", " according to "),
        ]
    )
    paragraph = st.lists(pieces, max_size=40).map("".join)

    @settings(max_examples=150, deadline=None)
    @given(st.lists(paragraph, max_size=6))
    def check(paragraphs: list[str]) -> None:
        blocks = [("paragraph", p) for p in paragraphs if p.strip()]
        article = analyse_people(
            build_article(
                title="T",
                blocks=blocks,
                authors=["", "By"],
                pull_quotes=[PullQuote("x", "— Dr. "), PullQuote("y", None)],
                caption=Caption("c", "/ AP /"),
            )
        )
        for person in article.people:
            assert person.name and person.mentions >= 1
            for start, end in person.spans:
                assert 0 <= start < end <= len(article.text)
        for quote in article.quotations:
            assert article.text[quote.start : quote.end] == quote.text

    check()


def test_names_listed_with_a_person_are_people() -> None:
    article = analyse(
        "Goals came from Barack Obama, Zorvan Kettle and Pellam Ostrow, while Goldman Sachs "
        "and the Merida Initiative watched."
    )
    assert names(article) == ["Barack Obama", "Pellam Ostrow", "Zorvan Kettle"]
