"""Words a page uses for its own furniture, shared by the HTML and plain-text cleaners."""

from __future__ import annotations

# A table of contents' label ("Contents", "In this article", "Sommaire"), as a pattern source.
CONTENTS_LABEL = (
    r"(?:table of contents?|(?:article |page |post |guide )?contents|"
    r"in this (?:article|story|guide|post|page)|on this page|what[’']s inside|"
    r"índice|inhalt(?:sverzeichnis)?|sommaire|sumário|indice)"
    # its button to fold it, copied with it: "Contents  hide", "Table of Contents ▼"
    r"(?:\s*(?:\[?(?:hide|show|toggle)\]?|[▼▾▲▴►▸]))?"
)

# A whole line only a web site's menus and footers say ("Sign in", "About us", "Skip to ...").
SITE_LINE = (
    r"(?:sign (?:in|up)|log ?in|log out|subscribe|search|menu|home|newsletters?|my account|"
    r"follow us|contact(?: us)?|about(?: us)?|sitemap|skip to .{1,30}"
    # the same in German, French, Spanish, Italian, Portuguese and Dutch
    r"|anmelden|einloggen|abmelden|abonnieren|suche|menü|startseite|mein konto|kontakt|"
    r"über uns|zum inhalt springen|"
    r"se connecter|connexion|se déconnecter|s'abonner|abonnez-vous|rechercher|recherche|"
    r"accueil|mon compte|contactez-nous|nous contacter|à propos|qui sommes-nous|plan du site|"
    r"aller au contenu(?: principal)?|"
    r"iniciar sesión|cerrar sesión|suscríbete|buscar|inicio|mi cuenta|contacto|contáctenos|"
    r"quiénes somos|sobre nosotros|mapa del sitio|ir al contenido(?: principal)?|"
    r"accedi|esci|iscriviti|abbonati|cerca|il mio account|contatti|contattaci|chi siamo|"
    r"mappa del sito|vai al contenuto(?: principale)?|"
    r"entrar|sair|assine|assinar|pesquisar|início|página inicial|minha conta|contato|"
    r"fale conosco|sobre nós|ir para o conteúdo(?: principal)?|"
    r"inloggen|uitloggen|abonneren|zoeken|mijn account|over ons|naar de inhoud|"
    # Russian, Chinese, Japanese and Korean
    r"главная|войти|выйти|поиск|меню|подписаться|контакты|о нас|перейти к содержанию|"
    r"首页|登录|注册|搜索|菜单|关于我们|联系我们|跳到主要内容|跳转到主要内容|"
    r"ホーム|ログイン|検索|メニュー|お問い合わせ|本文へスキップ|本文へ移動|"
    r"홈|로그인|회원가입|검색|메뉴|본문 바로가기)"
)

# a table of contents' label that sends the reader down the page: "Jump to", "Jump to section",
# "Jump to chapter", "Jump to a section:"
JUMP_LABEL = r"jump to(?: (?:a )?(?:section|chapter)s?)?"

# A reading time with its label, in English and the languages after it ("5 min read",
# "Reading time: 4 minutes", "Lecture 4 min.", "5 Min. Lesezeit"), as a pattern source.
READING_TIME_LABELLED = (
    r"^(?:(?:estimated )?(?:reading|read) time|tempo de leitura|tiempo de lectura|"
    r"temps de lecture|lesezeit|tempo di lettura|leestijd|lecture|lectura|lettura|leitura)"
    r"\s*:?\s*(?:less than |about |~)?"
    r"\d+(?:\s*[-–]\s*\d+)?\s*(?:min|mins|minutes?|minutos?|minuten|minuti)\.?$"
    r"|^\d+\s*(?:min\.?|mins|minutes?|minuten|minutos|minuti)\s+(?:read|lesezeit|de lecture|"
    r"de lectura|di lettura|de leitura|leestijd)$"
)

MAX_DANGLING_WORDS = 6  # words of a label that introduced what the page's end took


def is_dangling_label(text: str) -> bool:
    """A short label ending in a colon ("This might be interesting to you:", "Share this:"),
    which, left last in an article, introduced what went with the page's end."""
    text = text.strip()
    return text.endswith(":") and len(text.split()) <= MAX_DANGLING_WORDS


__all__ = [
    "CONTENTS_LABEL", "JUMP_LABEL", "MAX_DANGLING_WORDS", "READING_TIME_LABELLED", "SITE_LINE",
    "is_dangling_label",
]
