"""Guides, reviews and product pages name products, features and audiences in capitals: none of
them is a person, while the people those pages do name stay people."""

from __future__ import annotations

from pathlib import Path

from reader.article.model import Person, build_article
from reader.people.finder import analyse_people
from tests.cli_run import dump_json


def _people(*paragraphs: str) -> dict[str, Person]:
    blocks = [("paragraph", p) for p in paragraphs]
    article = analyse_people(build_article(title="T", blocks=blocks))
    return {person.name: person for person in article.people}


def test_generations_and_a_hyphenated_gen_are_no_general() -> None:
    people = _people(
        "The app is popular with Gen Z and Gen AI fans. Gen Zers post daily.",
        "A 10th Gen Intel Core i5 processor runs it.",
        "Most pros use a first or second-gen Superlight, and the Logitech G Pro X Superlight "
        "sold out twice.",
        "Gen. Mark Milley spoke later. Milley said the plan held.",
    )
    assert set(people) == {"Mark Milley"}


def test_a_role_word_before_a_word_the_page_writes_in_lower_case_is_no_title() -> None:
    people = _people(
        "Customer Support answers within a day; the support team is small.",
        "Try Mentor Mode. Mentor Mode is slower on day one and faster after.",
        "Read our guide: How AI is Changing Candidate Sourcing. Good sourcing takes time.",
        "President Okafor opened the plant. UX Designer Miche Alvarez drew the screens.",
    )
    assert set(people) == {"Okafor", "Miche Alvarez"}


def test_an_acronym_is_no_surname() -> None:
    people = _people(
        "Outsourced HR firms give small companies expert HR services on demand.",
        "Outsourced HR is cheaper than a department of your own.",
        "Linux | Select VPNs only | most major VPNs offer an app",
        "Pentax DSLRs, the choice of many photographers, are heavy.",
    )
    assert people == {}


def test_a_name_needs_a_first_name_when_its_last_word_is_a_common_word() -> None:
    people = _people(
        "Psychotherapy Fees rose in 2024, and the fees vary by state.",
        "A. Machine learning needs data; each machine reads it.",
        "The S&P SmallCap index fell. Courses from Wolfram U, a school for students, are free.",
        "Electrolux Major Appliances employs 2,800 people; each appliance is tested.",
        "P Giacobbi reviewed the paper; Giacobbi said it was sound.",
    )
    assert set(people) == {"P Giacobbi"}


def test_businesses_named_after_their_owners_and_acronyms_before_nouns_are_no_people() -> None:
    people = _people(
        "Teddy Moving quoted $900 and Hunter Digital built the site.",
        "Photos by Melissa Zink Photography. SEO Essentials Certification costs $99.",
        "SEO Trends change every year; the trends reward speed.",
        "Beth Helmstetter Events planned it. “We start early,” Beth Helmstetter said.",
    )
    assert set(people) == {"Beth Helmstetter"}


def test_the_items_of_a_list_take_no_role_from_the_words_before_the_list() -> None:
    people = _people(
        "The composer studied with figures such as Morton Feldman, Pauline Oliveros and others.",
        "Use coaching platforms that sync with major wearables (Apple Health, Google Fit, "
        "Garmin) to pull client data.",
        "The lab's director, Ines Ferro, agreed.",
    )
    assert people["Pauline Oliveros"].role is None
    assert "Google Fit" not in people
    assert people["Ines Ferro"].role == "lab's director"


def test_the_dump_of_a_buying_guide_lists_its_people_only(tmp_path: Path) -> None:
    """Through the real CLI: a review page's products and features stay out of ``people``."""
    page = tmp_path / "best-mice.html"
    page.write_text(
        "<html><head><title>The best ultralight mice</title></head><body><article>"
        "<h1>The best ultralight mice</h1><p>By Dana Whitfield</p>"
        "<p>Most pros use a first or second-gen Superlight. The Logitech G Pro X Superlight "
        "weighs 60 grams, and the Superlight sold out twice this year.</p>"
        "<p>Gen Z players like light mice. Customer Support answers within a day, and the "
        "support team is small.</p>"
        "<p>“It is the lightest mouse we have tested,” said Priya Raman, a reviewer at the "
        "lab. Raman tested each mouse for a month.</p>"
        "<p>Outsourced QA firms offer expert QA services; Outsourced QA is cheaper.</p>"
        "<p>The latest from Arlo is the Arlo Pro 6, and we tested the Arlo Pro 5S too.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    people = {person["name"] for person in dump_json(str(page))["people"]}
    assert people == {"Priya Raman", "Dana Whitfield"}


def test_a_name_after_an_article_or_before_a_model_number_is_a_product() -> None:
    people = _people(
        "useState is a React Hook that lets you add state. If your condition is below all "
        "the Hook calls, return early. React calls the function once.",
        "The latest from Arlo is the Arlo Pro 6. We tested the Arlo Pro 5S outdoors.",
        "Q. What is machine learning? A. ML is a field of study. A. ML needs data.",
        "Serena Ruiz won on Saturday, beating Adaeze Okonkwo 7-5, 3-6, 6-4.",
        "This is the boom arm that Joe Rogan and other podcasters use.",
        "Features\nMax Brew: 40 ounces / 10 cups\nCarafe: glass",
        "Max Brew: 60 ounces\nCarafe: steel",
    )
    assert set(people) == {"Serena Ruiz", "Adaeze Okonkwo", "Joe Rogan"}


def test_a_clause_after_the_comma_is_no_role() -> None:
    people = _people(
        "At trusted retailers like Computer Overhauls, students can find a laptop that fits.",
        "Lara Mahler, founder of The Privilege is Mine, plans weddings.",
    )
    assert set(people) == {"Lara Mahler"}
    assert people["Lara Mahler"].role == "founder of The Privilege is Mine"


def test_a_role_word_ending_the_sentence_before_a_name_is_not_its_title() -> None:
    people = _people(
        "Despite new tools, it remains a staple for data analysts. Microsoft Excel is a "
        "spreadsheet program.",
        "She moves in with her eighty-year-old grandfather. Tallulah Byrd Mayfield starts a "
        "new job.",
        "The plan held, said Gen. Mark Milley.",
    )
    assert set(people) == {"Tallulah Byrd Mayfield", "Mark Milley"}
    assert people["Tallulah Byrd Mayfield"].role is None
    assert people["Mark Milley"].role == "Gen."


def test_the_next_name_in_a_list_is_no_role() -> None:
    people = _people(
        "Read the latest on the royals: Queen Elizabeth II, King Charles III, and more.",
        "We spoke to Jane Okafor, illustrator Alicia Souza, and others.",
        "Mindy Weiss, founder of Mindy Weiss Party Consultants, planned it.",
    )
    assert people["Elizabeth II"].role == "Queen"
    assert people["Jane Okafor"].role is None
    assert people["Mindy Weiss"].role == "founder of Mindy Weiss Party Consultants"


def test_saints_places_numbered_parts_and_foreign_galleries_are_no_people() -> None:
    people = _people(
        "San Francisco | $56,500. San Diego | $52,000. The San Francisco Marriage and "
        "Couples Center opens at nine.",
        "Part III covers the costs; Type II diabetes is rarer in the young.",
        "The Oba of Benin, Ewuare II, sent a message. King Charles III replied.",
        "Galerie Nathalie Obadia and the Fundación Mapfre lent prints to the show.",
        "The Bill Graham Civic Auditorium hosted it.",
    )
    assert set(people) == {"Ewuare II", "Charles III", "Nathalie Obadia"}


def test_a_byline_signed_by_a_business_or_a_desk_names_no_person() -> None:
    for signature, expected in (
        ("Marketing Team", set()),
        ("Thrive Agency", set()),
        ("Houston Parks Board", set()),
        ("The Currency editors", set()),
        ("From Masculindians", set()),
        ("Investopedia staff", set()),
        ("Our Editors", set()),
        ("Podium Staff", set()),
        ("SFist Contributor", set()),
        ("Sarah Rudell Beach", {"Sarah Rudell Beach"}),  # a first name: a person's name
        ("Will Judd", {"Will Judd"}),
    ):
        article = build_article(
            title="T", blocks=[("paragraph", "Prices rose.")], authors=[signature]
        )
        assert {person.name for person in analyse_people(article).people} == expected


def test_a_title_or_a_book_beside_a_name_is_not_listed_with_it() -> None:
    people = _people(
        "“Great food,” said Emily McGowan, Editorial Director at The Good Trade.",
        "Books for people who lead: How to Win Friends and Influence People, Dale Carnegie; "
        "Good to Great, Jim Collins. Collins said it changed him.",
        "Ann Lee and Raj Patel, Marisol Vega and Omar Haddad signed the letter, Lee said.",
    )
    assert set(people) == {
        "Emily McGowan",
        "Dale Carnegie",
        "Jim Collins",
        "Ann Lee",
        "Raj Patel",
        "Marisol Vega",
        "Omar Haddad",
    }


def test_an_honorific_in_capitals_and_a_people_are_no_person() -> None:
    people = _people(
        "Tools like MS Teams and MS Azure run in a browser.",
        "Early Native Americans called it the Three Sisters. Ms. Okafor explained why.",
    )
    assert set(people) == {"Okafor"}


def test_roles_stop_at_a_line_or_a_bracket_and_openers_are_no_names() -> None:
    people = _people(
        "Unlike Nationwide, Travel Guard gets a lot of negative feedback online.",
        "“It fits,” said Emily McGowan, Editorial Director at The Good Trade [Read the review.]",
        "Battery: 90 hours\nsenior designer Ana Ruiz said the shell is thin.",
    )
    assert set(people) == {"Emily McGowan", "Ana Ruiz"}
    assert people["Emily McGowan"].role == "Editorial Director at The Good Trade"
    assert people["Ana Ruiz"].role == "senior designer"


def test_a_name_whose_first_word_the_page_uses_alone_is_a_product() -> None:
    """"Shopify Sidekick" beside "Shopify" alone, over and over: a company's product, not a
    person; a person with a first name no list knows, named again by surname, stays."""
    people = _people(
        "Shopify is the best option for online stores. Shopify's plans start at $29 a month,"
        " and Shopify charges no fee with its own payments.",
        "Shopify recently improved its AI-powered assistant, Shopify Sidekick. Now you can"
        " click the part of your site you want to change, and Sidekick does the work.",
        "The company's chief executive, Zorbek Amanov, said the tool would reach every plan."
        " Amanov said the team had tested it for a year.",
    )
    assert set(people) == {"Zorbek Amanov"}
