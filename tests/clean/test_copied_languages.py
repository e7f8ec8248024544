"""A news page copied whole in French, German or Spanish, as a reader pastes it: the site's
menus, the consent panel of the ad industry's framework over the story, the share bar, a
"Read also" link and the footer go; the title, the writers (joined by the language's "and"),
the date and the site's name are read. Through the real ``reader dump`` command; with the
plain-text rules under it (bylines, date lines, "Read more:" links, copyright owners)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.clean.byline import is_date_line, parse_byline, parse_date
from reader.clean.text.consent import is_consent_text
from reader.clean.text.junk import copyright_owner, junk_mask
from tests.cli_run import body_texts, dump_json, dump_text

# The IAB framework's notice ("We and our partners store and/or access information on a
# device ..."), as consent panels show it in each language.
FRAMEWORK_NOTICES = {
    "fr": "Nous et nos partenaires stockons et/ou accédons à des informations sur un appareil,"
    " telles que les cookies et traitons les données personnelles, telles que les identifiants"
    " uniques et les informations standards envoyées par chaque appareil pour diffuser des"
    " publicités et du contenu personnalisés, mesurer les performances des publicités et du"
    " contenu, obtenir des données d'audience, et développer et améliorer les produits.",
    "de": "Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät"
    " zu, z. B. Cookies und verarbeiten personenbezogene Daten, z. B. eindeutige Kennungen und"
    " Standardinformationen, die von einem Gerät für personalisierte Anzeigen und Inhalte,"
    " Anzeigen- und Inhaltsmessungen, Erkenntnisse über Zielgruppen sowie"
    " Produktentwicklungen gesendet werden.",
    "es": "Nosotros y nuestros socios almacenamos o accedemos a información en un dispositivo,"
    " tales como cookies, y procesamos datos personales, tales como identificadores únicos e"
    " información estándar enviada por un dispositivo para anuncios y contenido"
    " personalizados, medición de anuncios y del contenido e información sobre el público,"
    " así como para desarrollar y mejorar productos.",
    "it": "Noi e i nostri partner archiviamo e/o accediamo a informazioni su un dispositivo,"
    " come i cookie, e trattiamo dati personali, come gli identificatori unici e informazioni"
    " standard inviate da un dispositivo per annunci e contenuti personalizzati, valutazione"
    " degli annunci e del contenuto, osservazioni del pubblico e sviluppo di prodotti.",
    "pt": "Nós e os nossos parceiros armazenamos e/ou acedemos a informações num dispositivo,"
    " tais como cookies, e processamos dados pessoais, tais como identificadores únicos e"
    " informações padrão enviadas por um dispositivo para anúncios e conteúdos"
    " personalizados, medição de anúncios e conteúdos, perceções do público e"
    " desenvolvimento de produtos.",
    "nl": "Wij en onze partners slaan informatie op en/of openen informatie op een apparaat,"
    " zoals cookies, en verwerken persoonsgegevens, zoals unieke identificatoren en"
    " standaardinformatie die door een apparaat worden verzonden voor gepersonaliseerde"
    " advertenties en content, advertentie- en contentmeting, doelgroepinzichten en"
    " productontwikkeling.",
}

FRENCH_PAGE = [
    "Aller au contenu principal",
    "Le Quotidien",
    "Accueil",
    "International",
    "Politique",
    "Économie",
    "S'abonner",
    "Se connecter",
    "Nous respectons votre vie privée",
    "Avec votre accord, nous et nos 812 partenaires utilisons des cookies ou technologies"
    " similaires pour stocker et accéder à des informations personnelles comme votre visite"
    " sur ce site. Vous pouvez retirer votre consentement ou vous opposer aux traitements"
    " basés sur l'intérêt légitime à tout moment dans notre politique de confidentialité.",
    "Accepter et fermer",
    "Continuer sans accepter",
    "En savoir plus",
    "International",
    "À Lyon, la ville expérimente des rues sans voitures autour des écoles",
    "Depuis la rentrée, une quarantaine d'écoles lyonnaises sont entourées de « rues"
    " scolaires » fermées à la circulation aux heures d'entrée et de sortie des classes.",
    "Par Claire Dubois et Marc Lefèvre",
    "Publié le 12 novembre 2025 à 07h30, modifié le 12 novembre 2025 à 10h12",
    "Lecture 4 min.",
    "Partager",
    "Facebook",
    "E-mail",
    "Copier le lien",
    "Il est 8 h 20, rue Pasteur, et le portail de l'école élémentaire vient de s'ouvrir. Sur"
    " la chaussée, des enfants courent, des parents discutent. Aucune voiture ne passe :"
    " depuis septembre, la rue est fermée une demi-heure avant et après chaque sonnerie.",
    "« Au début, certains riverains râlaient, puis ils se sont habitués », raconte Sophie"
    " Martin, directrice de l'école depuis six ans.",
    "Lire aussi | Pollution de l'air : les villes accélèrent sur les zones à faibles émissions",
    "La métropole a installé des barrières amovibles et confié leur manipulation à des agents"
    " municipaux. Le dispositif concerne désormais quarante et une écoles, contre douze l'an"
    " dernier.",
    "La municipalité espère étendre le dispositif à cent écoles d'ici à 2027. Une"
    " concertation avec les habitants doit s'ouvrir en janvier.",
    "Sur le même sujet",
    "Vélo : la fréquentation des pistes cyclables bat des records",
    "Mentions légales",
    "Gestion des cookies",
    "© Le Quotidien 2025",
    "",
]


def test_a_french_news_page_copied_whole_reads_as_its_story(tmp_path: Path) -> None:
    article = dump_text(tmp_path, "\n".join(FRENCH_PAGE))
    assert article["title"] == FRENCH_PAGE[14]  # (not the panel's "Nous respectons ...")
    assert article["subtitle"].startswith("Depuis la rentrée")
    assert article["authors"] == ["Claire Dubois", "Marc Lefèvre"]
    assert article["published"] == "2025-11-12"
    assert article["site"] == "Le Quotidien"
    texts = body_texts(article)
    assert texts[0].startswith("Il est 8 h 20")
    assert texts[-1].startswith("La municipalité espère")
    assert not any(text.startswith("Lire aussi") for text in texts)
    assert len(texts) == 4


@pytest.mark.parametrize("language", sorted(FRAMEWORK_NOTICES))
def test_the_ad_frameworks_consent_notice_is_consent_in_each_language(language: str) -> None:
    assert is_consent_text(FRAMEWORK_NOTICES[language])


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Par Claire Dubois et Marc Lefèvre", ["Claire Dubois", "Marc Lefèvre"]),
        ("Von Anna Schmidt und Peter Müller", ["Anna Schmidt", "Peter Müller"]),
        ("Por María López y Juan Pérez", ["María López", "Juan Pérez"]),
        ("Por Ana Souza e João Silva", ["Ana Souza", "João Silva"]),
        ("Di Marco Rossi e Giulia Bianchi", ["Marco Rossi", "Giulia Bianchi"]),
        ("Door Jan de Vries en Piet Jansen", ["Jan de Vries", "Piet Jansen"]),
        ("Par Claire Dubois avec Marc Lefèvre", ["Claire Dubois", "Marc Lefèvre"]),
        ("By Claire Dubois and Marc Lefèvre", ["Claire Dubois", "Marc Lefèvre"]),
    ],
)
def test_a_byline_is_split_on_the_and_of_its_labels_language(line: str, names: list) -> None:
    parsed = parse_byline(line)
    assert parsed is not None and parsed[0] == names


@pytest.mark.parametrize(
    "line", ["By Jean et Marie Curie", "Di recente, il governo ha deciso", "Por otro lado"]
)
def test_no_byline_where_the_label_and_its_and_do_not_agree(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Published November 12, 2025 at 7:30 a.m., updated November 12, 2025 at 10:12 a.m.",
        "Publié le 12 novembre 2025 à 07h30, modifié le 12 novembre 2025 à 10h12",
    ],
)
def test_a_line_of_two_dates_with_their_times_is_a_date_line(line: str) -> None:
    assert is_date_line(line)


def test_a_sentence_with_a_date_is_no_date_line() -> None:
    assert not is_date_line("The council met on November 12, 2025 and voted to close it.")


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Air pollution: cities speed up on low-emission zones",
        "RELATED | Air pollution: cities speed up on low-emission zones",
        "Lire aussi | Pollution de l'air : les villes accélèrent",
        "Lesen Sie auch: Energiepreise: Was Verbraucher jetzt wissen müssen",
    ],
)
def test_a_link_to_another_story_under_its_label_is_furniture(line: str) -> None:
    sentence = "Related research shows that the streets near schools are cleaner now."
    assert junk_mask([line, sentence]) == [True, False]


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("© Le Quotidien 2025", "Le Quotidien"),
        ("© The Daily, 2010-2025", "The Daily"),
        ("© Le Monde 2025 - Tous droits réservés", "Le Monde"),
        ("© Spiegel 2025 Alle Rechte vorbehalten", "Spiegel"),
        ("© 2025 Studio 54. All rights reserved.", "Studio 54"),
    ],
)
def test_a_copyright_lines_owner_is_named_without_its_years(line: str, owner: str) -> None:
    assert copyright_owner(line) == owner


FRENCH_HTML = """<html lang="fr"><head><title>Les rues aux écoles - Le Quotidien</title></head>
<body><main><article><p class="kicker">Société</p>
<h1>À Lyon, la ville expérimente des rues sans voitures autour des écoles</h1>
<p class="desc">Depuis la rentrée, une quarantaine d'écoles lyonnaises sont entourées de « rues
scolaires » fermées à la circulation aux heures d'entrée et de sortie des classes.</p>
<div class="meta"><span>Par <a href="/a">Claire Dubois</a> et <a href="/b">Marc Lefèvre</a></span>
<span>Publié le 12 novembre 2025 à 07h30, modifié le 12 novembre 2025 à 10h12</span></div>
<p>Il est 8 h 20, rue Pasteur, et le portail de l'école élémentaire vient de s'ouvrir. Sur la
chaussée, des enfants courent, des parents discutent, un grand-père pousse une trottinette.</p>
<p>La métropole a installé des barrières amovibles et confié leur manipulation à des agents
municipaux. Le dispositif concerne désormais quarante et une écoles.</p>
</article></main></body></html>"""


def test_a_long_dek_over_a_dated_byline_leaves_the_byline_to_the_head(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(FRENCH_HTML, encoding="utf-8")
    article = dump_json(str(page))
    assert article["authors"] == ["Claire Dubois", "Marc Lefèvre"]
    assert article["published"] == "2025-11-12"
    assert not any(text.startswith("Par Claire") for text in body_texts(article))
    assert not any("Publié" in person["name"] for person in article["people"])


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Mis à jour le 12/11/2025 à 10h12", "2025-11-12"),
        ("Publicado el 05/03/2026", "2026-03-05"),
        ("Gepubliceerd op 12-11-2025", "2025-11-12"),
        ("Aggiornato il 3/4/2026", "2026-04-03"),
        ("Updated 12/11/2025", "2025-12-11"),  # (English: the month first)
        ("Posted on 03/04/2025", "2025-03-04"),
    ],
)
def test_numbers_of_a_date_are_read_in_the_order_of_its_labels_language(
    line: str, day: str
) -> None:
    assert parse_date(line) == day


GERMAN_HTML = """<html lang="de"><head><title>Bäckereien in der Krise</title></head><body><main>
<article><h1>Bäckereien in der Krise: Warum die Brötchen immer teurer werden</h1>
<div class="byline">Von <a href="/a">Anna Schmidt</a> und <a href="/b">Peter Müller</a></div>
<time datetime="2025-11-12T07:30:00+01:00">12.11.2025, 07.30 Uhr</time> <span>5 Min. Lesezeit</span>
<p>Um vier Uhr morgens brennt in der Backstube von Thomas Becker schon Licht. Seit drei
Generationen backt seine Familie Brot, doch so schwierig wie jetzt war es noch nie.</p>
<p>„Die Stromrechnung hat sich fast verdoppelt“, sagt Becker. In Hamburg hat Lisa Wagner eine
Bäckerei eröffnet. „Wir werfen so kaum noch etwas weg“, erklärt Wagner.</p>
<p>Für Becker ist das nur ein schwacher Trost. Er hofft auf Unterstützung vom Land.</p>
</article></main></body></html>"""


def test_a_german_pages_date_and_reading_time_and_its_people(tmp_path: Path) -> None:
    page = tmp_path / "seite.html"
    page.write_text(GERMAN_HTML, encoding="utf-8")
    article = dump_json(str(page))
    assert article["published"] == "2025-11-12"
    assert not any("Lesezeit" in text for text in body_texts(article))
    people = {person["name"] for person in article["people"]}
    assert {"Thomas Becker", "Lisa Wagner"} <= people
    assert "Für Becker" not in people  # (a sentence's first word, not a first name)


CHINESE_PAGE = "\n".join([
    "跳到主要内容", "城市日报", "首页", "国内", "国际", "财经", "登录", "注册",
    "上海试点学校周边“无车街道”",
    "今年秋季开学以来，上海已有四十所小学周边道路在上下学时段禁止机动车通行。",
    "2025年11月12日 07:30",
    "分享",
    "早上八点二十分，浦东一所小学门口的道路上已经看不到汽车。孩子们在路上奔跑，家长们站在一旁聊天。"
    "自九月起，这条道路在每天上学和放学前后半小时禁止车辆通行。",
    "“刚开始有些居民不太习惯，现在大家都接受了。”学校校长张丽说。“孩子们到校时更安静了，门口也听不到"
    "喇叭声。”",
    "市交通部门表示，目前试点已覆盖四十一所学校，比去年增加了近三倍。根据环境监测站的初步数据，试点学校"
    "周边的二氧化氮浓度下降了约百分之二十。",
    "相关阅读",
    "北京推广学校周边步行通道",
    "",
])


def test_a_chinese_page_copied_whole_keeps_its_paragraphs_apart(tmp_path: Path) -> None:
    article = dump_text(tmp_path, CHINESE_PAGE)
    assert article["title"] == "上海试点学校周边“无车街道”"  # (not "skip to main content")
    assert article["published"] == "2025-11-12"
    texts = body_texts(article)
    assert [text[:4] for text in texts[-3:]] == ["早上八点", "“刚开始", "市交通部"]
    assert not any(text in ("首页", "登录", "分享", "相关阅读") for text in texts)


RUSSIAN_PAGE = "\n".join([
    "Перейти к содержанию", "Городская газета", "Главная", "Политика", "Войти",
    "Мы ценим вашу конфиденциальность",
    "Мы и наши партнёры храним и/или получаем доступ к информации на устройстве, например к"
    " файлам cookie, и обрабатываем персональные данные.",
    "Принять все", "Отклонить",
    "В Казани открыли подземную велопарковку у вокзала",
    "Анна Иванова",
    "12 ноября 2025, 07:30",
    "Ранним утром у входа на вокзал уже выстраивается очередь из велосипедистов. Новая"
    " парковка открылась в понедельник и сразу стала популярной.",
    "Парковка оборудована камерами наблюдения, а вход в неё возможен только по транспортной"
    " карте.",
    "Читайте также",
    "Велодорожки в центре города расширят",
    "© Городская газета, 2025",
    "",
])


def test_a_russian_page_copied_whole_loses_its_consent_panel(tmp_path: Path) -> None:
    article = dump_text(tmp_path, RUSSIAN_PAGE)
    assert article["title"] == "В Казани открыли подземную велопарковку у вокзала"
    assert article["published"] == "2025-11-12"
    assert article["site"] == "Городская газета"
    texts = body_texts(article)
    assert texts[0].startswith("Ранним утром")
    assert texts[-1].startswith("Парковка оборудована")


CHINESE_HTML = """<html lang="zh-CN"><head><meta http-equiv="Content-Type"
content="text/html; charset=gb2312"><title>上海试点学校周边“无车街道”_城市日报</title></head><body>
<div class="article"><h1>上海试点学校周边“无车街道”</h1>
<div class="info"><span>2025年11月12日 07:30</span> <span>来源：城市日报</span>
<span>记者 王小明</span></div>
<p>早上八点二十分，浦东一所小学门口的道路上已经看不到汽车。孩子们在路上奔跑，家长们站在一旁聊天。</p>
<p>记者在现场看到，自九月起，这条道路在每天上学和放学前后半小时禁止车辆通行。</p>
<p>市交通部门表示，目前试点已覆盖四十一所学校，比去年增加了近三倍。</p>
<p>责任编辑：刘洋</p></div></body></html>"""


def test_a_chinese_pages_details_line_and_editor_go(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(CHINESE_HTML.encode("gb2312"))
    article = dump_json(str(page))
    assert article["title"] == "上海试点学校周边“无车街道”"
    assert article["published"] == "2025-11-12"
    texts = body_texts(article)
    assert [text[:4] for text in texts] == ["早上八点", "记者在现", "市交通部"]


@pytest.mark.parametrize(
    ("language", "day"), [("fr", "2025-11-05"), ("en-GB", "2025-11-05"), ("en", "2025-05-11")]
)
def test_a_pages_numbers_of_a_date_are_read_in_its_languages_order(
    tmp_path: Path, language: str, day: str
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        FRENCH_HTML.replace('lang="fr"', f'lang="{language}"').replace(
            "Publié le 12 novembre 2025 à 07h30, modifié le 12 novembre 2025 à 10h12",
            "Publié le 05/11/2025",
        ),
        encoding="utf-8",
    )
    assert dump_json(str(page))["published"] == day
