"""Names the People panel listed on real pages that name no person: a preposition opening
the "name", companies named so by an apposition or the noun before them, a title inside a
brand's name. Each with the real people the rule must keep."""

from __future__ import annotations

from reader.article.model import build_article
from reader.people.finder import analyse_people


def _people(*paragraphs: str) -> dict[str, str | None]:
    blocks = [("paragraph", p) for p in paragraphs]
    article = analyse_people(build_article(title="T", blocks=blocks))
    return {person.name: person.role for person in article.people}


def test_per_opening_a_sentence_is_the_preposition() -> None:
    people = _people(
        "Per Wirecutter’s standards, I don’t own stock in any company. Like all Wirecutter "
        "journalists, I test products with complete independence. Wirecutter tested many.",
        "Per Reuters, the deal closed on Friday. Wirecutter said the results were fine.",
    )
    assert people == {}


def test_per_as_a_first_name_stays() -> None:
    people = _people(
        "Per Mertesacker said the team had played well.",
        "Arsenal’s Per Mertesacker’s header won it. Per Mertesacker, the defender, agreed.",
        "Per Olsen, 36, runs the bakery. Per Nilsson’s goal sealed the match for Malmö.",
    )
    assert {"Per Mertesacker", "Per Olsen", "Per Nilsson"} <= set(people)


def test_an_apposition_naming_a_company_is_no_person() -> None:
    people = _people(
        "Robert Half, a global HR consulting firm, provides staffing services worldwide.",
        "Robert Half’s services range widely. Businesses use Robert Half for a project.",
        "Robert Half said demand was strong. John Deere, the tractor maker, cut jobs.",
    )
    assert people == {}


def test_a_person_at_a_firm_stays() -> None:
    people = _people(
        "Jane Roe, a consultant at a firm in Leeds, said the market was slow.",
        "Mark Dunn, the company’s founder, agreed. Ana Ruiz, a firm believer in rules, too.",
        "Tom Reed, a business owner, and Eva Lind, one of the firm’s partners, disagreed.",
    )
    assert set(people) == {"Jane Roe", "Mark Dunn", "Ana Ruiz", "Tom Reed", "Eva Lind"}
    assert people["Jane Roe"] == "consultant at a firm in Leeds"


def test_names_a_company_noun_introduces_are_no_people() -> None:
    people = _people(
        "Employers suggested discount programs introduced by the drugs’ manufacturers, Eli "
        "Lilly and Novo Nordisk, which allow patients to buy the medicines.",
        "Retailers such as Nick Jenkins and Ada Maris cut prices, said Jim Winkler, an analyst.",
    )
    assert set(people) == {"Jim Winkler"}


def test_a_person_after_an_adverbial_naming_a_company_stays() -> None:
    people = _people(
        "After leaving the company, Jane Roe, 34, opened a bakery.",
        "Before joining the firm, Mark Dunn worked at a bank. At the startup, Eva Lind leads.",
        "The company’s founders, Tom Reed and Ana Ruiz, met at school.",
    )
    assert set(people) == {"Jane Roe", "Mark Dunn", "Eva Lind", "Tom Reed", "Ana Ruiz"}


def test_people_listed_at_one_company_stay() -> None:
    people = _people("The staff at the firm, including Jane Roe and Mark Dunn, were told.")
    assert set(people) == {"Jane Roe", "Mark Dunn"}


def test_a_title_inside_a_brands_name_is_no_person() -> None:
    assert (
        _people(
            "Measure your flour the King Arthur way: gently spoon the flour into a cup.",
            "Good flour makes good bread.",
        )
        == {}
    )
    assert (
        _people(
            "For the flour, I suggest King Arthur Flour or something locally milled.",
            "Good flour makes good bread.",
        )
        == {}
    )


def test_titled_people_stay() -> None:
    people = _people(
        "King Charles opened the hospital. Pope Leo met the King Charles delegation.",
        "The Rev. Jesse Jackson spoke, and the Hon. Jane Roe listened to King Charles III.",
        "Pope Leo said the flour was blessed. Coach Mike Brown agreed. Queen Elizabeth II wrote.",
    )
    assert {"Leo", "Jesse Jackson", "Jane Roe", "Mike Brown"} <= set(people)
    assert people["Charles III"] == "King" and people["Elizabeth II"] == "Queen"


def test_a_byline_signed_by_a_desk_in_one_word_names_no_person() -> None:
    for signature in ("Newsdesk", "Sportsdesk", "The Newsroom", "Business Desk"):
        article = build_article(
            title="T", blocks=[("paragraph", "Prices rose.")], authors=[signature]
        )
        assert analyse_people(article).people == ()
