"""Issue 16: news the first labelled set did not cover — companies, headlines, variants of one
name, British and multi-paragraph quotes, surname-only people, credits and bylines."""

from __future__ import annotations

from reader.article.model import Caption, build_article
from reader.people.finder import analyse_people
from reader.people.quotations import find_quotes
from reader.people.roles import credit_names


def _people(*paragraphs: str, **fields) -> dict:
    blocks = [("heading", p[2:]) if p.startswith("# ") else ("paragraph", p) for p in paragraphs]
    article = analyse_people(build_article(title="T", blocks=blocks, **fields))
    return {person.name: person for person in article.people}


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    article = analyse_people(
        build_article(title="T", blocks=[("paragraph", p) for p in paragraphs])
    )
    return {q.text: q.speaker for q in article.quotations}


def test_a_company_used_as_one_on_the_page_is_no_person() -> None:
    people = _people(
        "Corvane appointed Bernard Thale as chief executive. Corvane said the move was right.",
        "Several Corvane board members resigned. Grow Corvane, a campaign, was paused.",
    )
    assert set(people) == {"Bernard Thale"}


def test_shares_of_and_earnings_mark_a_company() -> None:
    people = _people(
        "Shares of Dunmore Finch fell 14%. Dunmore Finch reported a loss in the quarter.",
        "Dunmore Finch said sales fell, said Fiona Gallacher, its chief executive.",
    )
    assert set(people) == {"Fiona Gallacher"}


def test_a_headline_is_no_person() -> None:
    people = _people(
        "# Kindlewood Publicly Rebukes Corvane",
        "Kindlewood Publicly Rebukes Corvane",
        "Miriam Oakes, the chair, said the site was unfair.",
    )
    assert set(people) == {"Miriam Oakes"}


def test_datelines_in_capitals_are_no_person() -> None:
    people = _people("SAN JOSE, Calif. (Newswire) - Deborah Fenwick said prices fell.")
    assert set(people) == {"Deborah Fenwick"}


def test_variants_of_one_name_merge() -> None:
    people = _people(
        "Former president Omar Hassan al-Bashir was in court. Bashir did not speak.",
        "Te Kaurinui Robert Parata said the deal was done. Te Kaurinui thanked the team.",
        "Defence lawyer Anthony Lyle KC said his client was ashamed, Mr Lyle said.",
    )
    assert set(people) == {"Omar Hassan al-Bashir", "Te Kaurinui Robert Parata", "Anthony Lyle"}
    assert people["Omar Hassan al-Bashir"].mentions == 2


def test_two_people_with_one_surname_stay_apart() -> None:
    people = _people(
        "Mele Tuipulotu said her father, Sione Tuipulotu, sang until the end.",
    )
    assert {"Mele Tuipulotu", "Sione Tuipulotu"} <= set(people)


def test_a_name_at_the_end_of_a_titled_run_is_split_off() -> None:
    people = _people(
        "Minister for Treaty Negotiations Kerehoma Wihongi spoke. Wihongi said sorry.",
    )
    assert "Kerehoma Wihongi" in people


def test_surname_only_people_from_results_and_pronouns() -> None:
    people = _people(
        "In the final Marchetti beat Lindqvist 6-4, 6-3 on Sunday.",
        "Traoré said he would lead a larger trial.",
        "Okafor, 34, said the plan was late.",
        "Corvane said it would appeal.",
    )
    assert set(people) == {"Marchetti", "Lindqvist", "Traoré", "Okafor"}


def test_kin_apposition_with_an_unknown_first_name() -> None:
    assert "Losana" in _people("He is survived by his wife, Losana, and five children.")


def test_prof_is_kept_as_the_role() -> None:
    people = _people("“We are cautious,” said Prof. Ousmane Traoré, who led the trial.")
    assert people["Ousmane Traoré"].role == "Prof."


def test_british_single_quotes() -> None:
    speakers = _speakers(
        "'It was a bit of a blur,' Prydderch said, after Iolo Prydderch scored.",
        "Gwilym admitted his players' union was right. 'We got out of jail,' said Alun Gwilym.",
    )
    assert speakers == {
        "It was a bit of a blur": "Iolo Prydderch",
        "We got out of jail": "Alun Gwilym",
    }


def test_apostrophes_are_no_quotes() -> None:
    text = "Don't ask O'Neill about the players' union, she said."
    assert find_quotes(text, [(0, len(text))]) == []


def test_a_quote_over_paragraphs_takes_the_speaker_named_at_its_end() -> None:
    speakers = _speakers(
        "Sharon McAllister and Philip Okonjo met on Monday.",
        "“We have been patient for two years.",
        "“Nobody takes this step lightly,” McAllister said.",
    )
    assert speakers["We have been patient for two years."] == "Sharon McAllister"


def test_a_one_word_quote_of_a_common_word_is_no_quotation() -> None:
    assert _speakers("Anand Raghunathan used the word “we” a lot, he said.") == {}


def test_handles_are_not_mentions() -> None:
    people = _people("Dominic Wrede said it was fixed. He posts as @Wrede on X.")
    assert people["Dominic Wrede"].mentions == 1


def test_combined_byline_and_local_credits() -> None:
    people = _people(
        "The outage ended at noon.",
        authors=["Sofia Andersen and Ravi Kulkarni"],
        caption=Caption("Photo.", "Kemal Arslan/Newswire"),
    )
    assert set(people) == {"Sofia Andersen", "Ravi Kulkarni", "Kemal Arslan"}
    assert credit_names("Bild: Hersteller") == []
    assert credit_names("Foto: Anna Berg/dpa") == ["Anna Berg"]


def test_she_said_goes_to_the_nearest_woman_not_the_nearest_name() -> None:
    speakers = _speakers(
        "Mrs Ada Quill met her lawyer, Bruno Tesk, on Monday. Tesk said the case was weak.",
        "“I want my money back,” she said.",
        "Mr Tesk spoke after. “We will appeal,” he said.",
    )
    assert speakers == {"I want my money back": "Ada Quill", "We will appeal": "Bruno Tesk"}


def test_a_pronoun_with_no_known_gender_takes_the_nearest_person() -> None:
    speakers = _speakers("Ada Quill met Bruno Tesk. “We will appeal,” she said.")
    assert speakers == {"We will appeal": "Bruno Tesk"}
