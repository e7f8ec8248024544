"""Cookie and consent panels written in German, French, Spanish and Italian, in a copied page
and on an HTML page, through the real ``reader dump`` command; prose about data protection
that reports what someone said stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import body_texts, dump_json, dump_text

STORY = [
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für ein Jahr zu sperren, weil"
    " die Pfeiler Risse zeigen, die im Frühjahr entdeckt wurden.",
    "Die Ingenieure hatten die Schäden im Frühjahr entdeckt und vor einem weiteren Winter"
    " gewarnt, sagte die Bürgermeisterin am Abend.",
    "Der Verkehr wird über den Ring umgeleitet, und die Busse fahren eine neue Route, bis die"
    " Arbeiten beendet sind.",
]
PANELS = {
    "de": [
        "Datenschutzeinstellungen",
        "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und"
        " Zugriffe zu analysieren. Mit „Alle akzeptieren“ stimmen Sie der Verarbeitung Ihrer"
        " Daten durch uns und unsere Partner zu.",
        "Sie können Ihre Einwilligung jederzeit in den Einstellungen widerrufen.",
        "Alle akzeptieren",
        "Ablehnen",
    ],
    "fr": [
        "Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic. En"
        " cliquant sur « Tout accepter », vous consentez au traitement de vos données par nos"
        " partenaires.",
        "Vous pouvez retirer votre consentement à tout moment dans les paramètres.",
        "Tout accepter",
        "Tout refuser",
        "Paramètres",
    ],
    "es": [
        "Utilizamos cookies propias y de terceros para personalizar el contenido y analizar"
        " nuestro tráfico. Puede aceptar todas las cookies o configurar sus preferencias.",
        "Aceptar todo",
        "Rechazar",
        "Configuración",
    ],
    "it": [
        "Noi e i nostri partner utilizziamo cookie e tecnologie simili per personalizzare i"
        " contenuti e analizzare il traffico. Puoi prestare il tuo consenso cliccando su"
        " Accetta tutti.",
        "Accetta tutti",
        "Rifiuta",
        "Personalizza",
    ],
}


@pytest.mark.parametrize("language", sorted(PANELS))
def test_a_copied_page_loses_its_consent_panel(tmp_path: Path, language: str) -> None:
    copy = "\n".join(["Startseite", "Die Brücke wird gesperrt", *STORY, *PANELS[language]])
    texts = body_texts(dump_text(tmp_path, copy + "\n"))
    assert texts == STORY


def test_an_html_banner_in_german_goes(tmp_path: Path) -> None:
    banner = (
        "<p>Diese Seite nutzt Cookies. Mit Ihrer Zustimmung nutzen wir weitere zur Analyse.</p>"
        f"<p>{PANELS['de'][2]}</p><button>Zustimmen</button><button>Ablehnen</button>"
    )
    page = tmp_path / "seite.html"
    page.write_text(
        '<html lang="de"><head><title>Die Brücke</title></head><body>'
        f'<div class="hinweis-datenschutz-cmp">{banner}</div><article><h1>Die Brücke</h1>'
        + "".join(f"<p>{text}</p>" for text in STORY)
        + "</article></body></html>",
        encoding="utf-8",
    )
    assert body_texts(dump_json(str(page))) == STORY


def test_prose_about_data_protection_stays(tmp_path: Path) -> None:
    report = (
        "Die Datenschutzbeauftragte sagte am Montag, viele Webseiten holten die Einwilligung"
        " der Nutzer zu Cookies nicht wirksam ein, und kündigte Prüfungen bei zwanzig"
        " Unternehmen an."
    )
    copy = "\n".join(["Die Brücke wird gesperrt", STORY[0], report, *STORY[1:]])
    assert report in body_texts(dump_text(tmp_path, copy + "\n"))
