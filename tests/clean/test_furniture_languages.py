"""Page furniture in the languages after English (ad labels, share buttons, "read more",
related-story lists), through the real ``reader dump`` command, on a page and a copied text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import body_texts, dump_json, dump_text

GERMAN_PAGE = """<html lang="de"><head><title>Die Brücke wird gesperrt | Stadtblatt</title>
</head><body><article><h1>Die Brücke wird gesperrt</h1>
<p>Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für ein Jahr zu sperren, weil
die Pfeiler Risse zeigen.</p>
<p>Anzeige</p>
<p>Die Ingenieure hatten die Schäden im Frühjahr entdeckt und vor einem weiteren Winter
gewarnt, sagte die Bürgermeisterin.</p>
<p>Teilen</p>
<h3>Lesen Sie auch</h3><ul><li><a href="/a">Neue Radwege im Norden</a></li>
<li><a href="/b">Der Hafen wird ausgebaut</a></li></ul>
<p>Teilen Sie uns Ihre Meinung mit: Die Umleitung führt über den Ring, sagte sie.</p>
<p>Weiterlesen</p><p>Kommentare</p></article></body></html>"""

FRENCH_COPY = "\n".join([
    "Accueil",
    "Actualités",
    "Le pont sera fermé pendant un an",
    "Le conseil municipal a voté mardi la fermeture du vieux pont pour des travaux qui"
    " dureront la plus grande partie de l'année prochaine.",
    "Publicité",
    "Les ingénieurs ont découvert des fissures dans deux des piles au printemps et ont dit"
    " que les travaux ne pouvaient pas attendre un autre hiver.",
    "Partager l'article",
    "À lire aussi",
    "Nouvelles pistes cyclables au nord",
    "Le port va être agrandi",
    "La circulation passera par le périphérique, et les bus suivront un nouvel itinéraire"
    " jusqu'à la fin des travaux, a précisé la maire, qui a promis de tenir les riverains"
    " informés de chaque étape du chantier, semaine après semaine.",
    "Les commerçants du quartier craignent de perdre une partie de leur clientèle pendant"
    " les travaux, mais la mairie leur a proposé une aide pour compenser les pertes.",
    "Lire la suite",
    "",
])


def test_a_german_page_loses_its_furniture_and_keeps_its_sentences(tmp_path: Path) -> None:
    page = tmp_path / "seite.html"
    page.write_text(GERMAN_PAGE, encoding="utf-8")
    texts = body_texts(dump_json(str(page)))
    for furniture in ("Anzeige", "Teilen", "Lesen Sie auch", "Neue Radwege im Norden",
                      "Weiterlesen", "Kommentare"):
        assert furniture not in texts, furniture
    assert texts[0].startswith("Der Stadtrat")
    assert texts[-1].startswith("Teilen Sie uns Ihre Meinung mit")  # a sentence: text


def test_a_french_copied_page_loses_its_furniture(tmp_path: Path) -> None:
    article = dump_text(tmp_path, FRENCH_COPY)
    texts = body_texts(article)
    for furniture in ("Publicité", "Partager l'article", "À lire aussi",
                      "Nouvelles pistes cyclables au nord", "Lire la suite"):
        assert furniture not in texts, furniture
    assert texts[0].startswith("Le conseil municipal")
    # (the article goes on under the box of other stories, as it would in English)
    assert texts[-2].startswith("La circulation passera")
    assert texts[-1].startswith("Les commerçants du quartier")


GERMAN_COPY = "\n".join([
    "Startseite",
    "Politik",
    "Die Brücke wird gesperrt",
    "Die Sanierung dauert ein Jahr. Der Verkehr wird umgeleitet.",
    "Von Anna Schmidt",
    "Dienstag, 3. Dezember 2026, 10:15 Uhr",
    "5 Min. Lesezeit",
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für ein Jahr zu sperren, weil"
    " die Pfeiler Risse zeigen, die im Frühjahr entdeckt wurden.",
    "Newsletter",
    "Melden Sie sich für unseren Newsletter an und erhalten Sie die wichtigsten Nachrichten"
    " jeden Morgen.",
    "E-Mail-Adresse",
    "Jetzt anmelden",
    "Der Verkehr wird über den Ring umgeleitet, und die Busse fahren eine neue Route, bis die"
    " Arbeiten beendet sind.",
    "© 2026 Stadtblatt GmbH. Alle Rechte vorbehalten.",
    "Impressum",
    "",
])


def test_a_german_copied_page_has_its_head_read_and_its_boxes_gone(tmp_path: Path) -> None:
    article = dump_text(tmp_path, GERMAN_COPY)
    assert article["title"] == "Die Brücke wird gesperrt"
    assert article["authors"] == ["Anna Schmidt"]
    assert article["published"] == "2026-12-03"
    assert body_texts(article) == [
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für ein Jahr zu sperren,"
        " weil die Pfeiler Risse zeigen, die im Frühjahr entdeckt wurden.",
        "Der Verkehr wird über den Ring umgeleitet, und die Busse fahren eine neue Route, bis"
        " die Arbeiten beendet sind.",
    ]


def test_a_german_pages_dated_byline_and_reading_time_go(tmp_path: Path) -> None:
    page = tmp_path / "seite.html"
    page.write_text(
        '<html lang="de"><head><title>Die Brücke</title></head><body><article>'
        "<h1>Die Brücke wird gesperrt</h1>"
        "<p>Von Anna Schmidt 3. Dezember 2026, 10:15 Uhr</p><p>5 Min. Lesezeit</p>"
        "<p>Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für ein Jahr zu sperren,"
        " weil die Pfeiler Risse zeigen, die im Frühjahr entdeckt wurden.</p>"
        "<p>Der Verkehr wird über den Ring umgeleitet, und die Busse fahren eine neue Route,"
        " bis die Arbeiten beendet sind.</p></article></body></html>",
        encoding="utf-8",
    )
    article = dump_json(str(page))
    assert article["authors"] == ["Anna Schmidt"]  # (its date is no part of the name)
    assert article["published"] == "2026-12-03"
    assert [text[:12] for text in body_texts(article)] == ["Der Stadtrat", "Der Verkehr "]


@pytest.mark.parametrize(
    "byline",
    ["Par Jean Dupont le 3 décembre 2026", "Par Jean Dupont, publié le 3 décembre 2026 à 10h00"],
)
def test_a_french_bylines_date_and_label_are_no_part_of_the_name(
    tmp_path: Path, byline: str
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="fr"><head><title>Le pont sera fermé</title></head><body><article>'
        f"<h1>Le pont sera fermé</h1><p>{byline}</p>"
        "<p>Le conseil municipal a voté mardi la fermeture du vieux pont pour des travaux qui"
        " dureront la plus grande partie de l'année prochaine.</p>"
        "<p>La circulation passera par le périphérique, et les bus suivront un nouvel"
        " itinéraire jusqu'à la fin des travaux.</p></article></body></html>",
        encoding="utf-8",
    )
    article = dump_json(str(page))
    assert article["authors"] == ["Jean Dupont"]
    assert article["published"] == "2026-12-03"
