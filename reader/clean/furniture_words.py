"""Page furniture as whole lines say it in the languages after English, on German, French,
Spanish, Italian, Portuguese and Dutch pages (and a few in Russian, Chinese, Japanese and
Korean): the ad label; the share, print, comment and
close buttons; "read more" and subscribe links; a sign-up form's e-mail field and button; a
menu's home, search and sign-in items; "back to top"; the footer's legal links; and the
headings over lists of other stories. A line is furniture only when it is one of these as a
whole (case and the punctuation around it aside): a sentence that uses the words is text."""

from __future__ import annotations

# a line that is never article text
FURNITURE_LINES = frozenset(
    {
        # the ad label
        "anzeige", "werbung", "publicité", "publicite", "publicidad", "pubblicità",
        "publicidade", "advertentie", "reklame",
        # share, print, close
        "teilen", "artikel teilen", "beitrag teilen", "jetzt teilen", "partager",
        "partager l'article", "partager cet article", "compartir", "compartir artículo",
        "condividi", "condividi l'articolo", "compartilhar", "compartilhe", "partilhar",
        "delen", "artikel delen", "drucken", "imprimer", "imprimir", "stampa", "afdrukken",
        "schließen", "fermer", "cerrar", "chiudi", "fechar", "sluiten",
        "link kopieren", "copier le lien", "copiar enlace", "copia link", "copiar link",
        "copiar o link", "link kopiëren", "kopieer link",
        # Russian, Chinese, Japanese and Korean: share, copy the link
        "поделиться", "скопировать ссылку", "分享", "复制链接", "シェア", "リンクをコピー", "공유",
        "링크 복사",
        # read on
        "weiterlesen", "mehr lesen", "mehr erfahren", "lire la suite", "lire plus",
        "en savoir plus", "leer más", "seguir leyendo", "sigue leyendo", "continua a leggere",
        "leggi di più", "leggi tutto", "leia mais", "continue lendo", "continuar lendo",
        "lees meer", "lees verder", "verder lezen",
        # comments
        "kommentare", "kommentar schreiben", "kommentieren", "commentaires", "commenter",
        "comentarios", "comentar", "commenti", "commenta", "comentários", "reacties",
        "reageer", "reageren",
        # subscribe
        "abonnieren", "jetzt abonnieren", "newsletter abonnieren", "s'abonner", "abonnez-vous",
        "suscríbete", "suscribirse", "iscriviti", "abbonati", "assine", "inscreva-se",
        "abonneer", "abonneren",
        # menus: home, search, sign in
        "startseite", "accueil", "inicio", "início", "página inicial", "homepage", "suche",
        "suchen", "rechercher", "recherche", "buscar", "cerca", "pesquisar", "zoeken",
        "anmelden", "einloggen", "se connecter", "connexion", "iniciar sesión", "accedi",
        "entrar", "inloggen", "registrieren", "s'inscrire", "registrarse", "registrati",
        # a sign-up form's field and button
        "e-mail", "e-mail-adresse", "ihre e-mail-adresse", "jetzt anmelden", "adresse e-mail",
        "votre adresse e-mail", "votre e-mail", "inscrivez-vous", "je m'inscris",
        "correo electrónico", "tu correo electrónico", "su correo electrónico",
        "indirizzo email", "indirizzo e-mail", "la tua email", "iscriviti ora",
        "endereço de e-mail", "seu e-mail", "e-mailadres", "uw e-mailadres", "jouw e-mailadres",
        "meld je aan", "schrijf je in",
        # the footer's legal links
        "impressum", "datenschutzerklärung", "agb", "mentions légales",
        "politique de confidentialité", "cgu", "cgv", "aviso legal", "política de privacidad",
        "política de cookies", "informativa sulla privacy", "informativa cookie",
        "política de privacidade", "termos de uso", "colofon", "privacyverklaring",
        # back to top
        "nach oben", "zurück nach oben", "retour en haut", "haut de page", "volver arriba",
        "torna su", "torna all'inizio", "voltar ao topo", "terug naar boven",
    }
)
# a heading over a list of other stories: the short lines under it go with it
RELATED_HEADINGS = frozenset(
    {
        "lesen sie auch", "mehr zum thema", "das könnte sie auch interessieren",
        "ähnliche artikel", "à lire aussi", "lire aussi", "sur le même sujet",
        "dans la même rubrique", "te puede interesar", "lee también", "noticias relacionadas",
        "artículos relacionados", "leggi anche", "articoli correlati", "potrebbe interessarti",
        "leia também", "veja também", "notícias relacionadas", "artigos relacionados",
        "lees ook", "gerelateerde artikelen", "meer over dit onderwerp",
        "читайте также", "по теме", "похожие статьи", "相关阅读", "相关文章", "相关新闻",
        "関連記事", "관련 기사",
    }
)
_EDGES = " \t.:!?…|»›→·•-–—"


def furniture_key(text: str) -> str:
    """``text`` as the sets above spell it: lower case, the punctuation around it off,
    typographic apostrophes straight."""
    return text.strip(_EDGES).replace("’", "'").casefold()


def is_furniture_line(text: str) -> bool:
    """Whether ``text`` as a whole is one of :data:`FURNITURE_LINES` or a related-stories
    heading (:data:`RELATED_HEADINGS`)."""
    if len(text) > 60:
        return False
    key = furniture_key(text)
    return key in FURNITURE_LINES or key in RELATED_HEADINGS


__all__ = ["FURNITURE_LINES", "RELATED_HEADINGS", "furniture_key", "is_furniture_line"]
