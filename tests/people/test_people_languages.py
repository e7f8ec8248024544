"""Quotations in other languages' marks and reports (French «…» and "a déclaré", Spanish
«…» and "dijo", German „…“ and "sagte"), given to who said them, through ``reader dump``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import dump_text

STORIES = {
    "fr": (
        "Le pont sera fermé pendant un an\n"
        "Le conseil municipal a voté mardi la fermeture du vieux pont pour des travaux qui"
        " dureront la plus grande partie de l'année prochaine, a annoncé la ville.\n"
        "« Nous n'avons pas le choix », a déclaré la maire Petra Lange lors d'une conférence"
        " de presse. « La sécurité passe avant tout. »\n"
        "Les ingénieurs ont découvert des fissures au printemps, selon Jonas Weber, le"
        " directeur des travaux publics.\n"
        "« Chaque hiver aggrave les dégâts », a expliqué Jonas Weber.\n",
        {"Petra Lange": ["Nous n'avons pas le choix", "La sécurité passe avant tout."],
         "Jonas Weber": ["Chaque hiver aggrave les dégâts"]},
    ),
    "es": (
        "El puente estará cerrado un año\n"
        "El ayuntamiento votó el martes cerrar el viejo puente para unas obras que durarán"
        " la mayor parte del próximo año, informó la ciudad.\n"
        "«No tenemos otra opción», dijo la alcaldesa Petra Lange en una rueda de prensa.\n"
        "Los ingenieros descubrieron grietas en primavera, según Jonas Weber, director de"
        " obras públicas.\n"
        "«Cada invierno empeora los daños», explicó Jonas Weber.\n",
        {"Petra Lange": ["No tenemos otra opción"],
         "Jonas Weber": ["Cada invierno empeora los daños"]},
    ),
    "de": (
        "Die Brücke wird gesperrt\n"
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für ein Jahr zu sperren,"
        " weil die Pfeiler Risse zeigen, sagte Jonas Weber am Abend.\n"
        "„Jeder Winter macht es schlimmer“, sagte Jonas Weber. Die Busse fahren eine neue"
        " Route.\n",
        {"Jonas Weber": ["Jeder Winter macht es schlimmer"]},
    ),
}


@pytest.mark.parametrize("language", sorted(STORIES))
def test_quotes_in_other_languages_go_to_who_said_them(tmp_path: Path, language: str) -> None:
    text, said = STORIES[language]
    people = {person["name"]: person["quotes"] for person in dump_text(tmp_path, text)["people"]}
    for name, quotes in said.items():
        assert people.get(name) == quotes, (name, people)


def test_reversed_guillemets_are_marks_too(tmp_path: Path) -> None:
    text = (
        "Die Brücke wird gesperrt\n"
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für ein Jahr zu sperren,"
        " sagte Jonas Weber am Abend.\n"
        "»Jeder Winter macht es schlimmer«, sagte Jonas Weber.\n"
    )
    people = {person["name"]: person["quotes"] for person in dump_text(tmp_path, text)["people"]}
    assert people.get("Jonas Weber") == ["Jeder Winter macht es schlimmer"]


def _people(article: dict) -> dict[str, list[str]]:
    return {person["name"]: person["quotes"] for person in article["people"]}


def test_a_particle_before_a_full_name_is_a_preposition_or_an_and(tmp_path: Path) -> None:
    article = dump_text(tmp_path, (
        "Un bosque en la ciudad\n"
        "El proyecto fue presentado ayer por María López y Juan Pérez, responsables del área"
        " de Medio Ambiente.\n"
        '"Es una inversión para los próximos cincuenta años", explica López.\n'
        "La obra de José Ortega y Gasset sigue vigente, recuerda Pérez.\n"
        "Um vier Uhr brennt in der Backstube von Thomas Becker schon Licht, und Ursula von der"
        " Leyen kommt zu Besuch.\n"
    ))
    people = _people(article)
    assert people["María López"] == ["Es una inversión para los próximos cincuenta años"]
    assert "Juan Pérez" in people
    assert "José Ortega y Gasset" in people  # (a surname of two, joined by "y")
    assert "Thomas Becker" in people
    assert "Ursula von der Leyen" in people  # (her particles stay hers)


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("« Ce sont des chiffres encourageants », prévient Julien Moreau, ingénieur.",
         "Julien Moreau"),
        ('"Hay que tener paciencia", advierte Elena Martín, bióloga.', "Elena Martín"),
        ("„Wir brauchen mehr Personal“, fordert Lisa Wagner, die Sprecherin.", "Lisa Wagner"),
    ],
)
def test_more_speech_verbs_of_other_languages_attribute(
    tmp_path: Path, line: str, speaker: str
) -> None:
    article = dump_text(tmp_path, f"Une histoire\nLa ville a changé cette année.\n{line}\n")
    assert len(_people(article).get(speaker, [])) == 1


def test_a_speech_verb_before_a_name_tells_of_a_person(tmp_path: Path) -> None:
    article = dump_text(tmp_path, (
        "Bäcker in Not\n"
        "Ökonomen sehen den Wandel gelassen. „Der Markt verändert sich“, sagt Michael Hoffmann"
        " vom Institut für Wirtschaftsforschung.\n"
        "Omwonenden zijn blij. 'Het was hier altijd een chaos', vertelt Kees Visser, die al"
        " dertig jaar aan de gracht woont.\n"
    ))
    people = _people(article)
    assert people["Michael Hoffmann"] == ["Der Markt verändert sich"]  # (not "... vom Institut")
    assert people["Kees Visser"] == ["Het was hier altijd een chaos"]

