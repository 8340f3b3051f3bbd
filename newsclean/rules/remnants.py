"""What share, save, app and gallery tools leave in the text: confirmations, buttons, 'opens in new window' rows, counters."""

from __future__ import annotations

import string

from newsclean._kinds.outside import OutsideLineRule
from newsclean._kinds.phrase import PhraseRule
from newsclean._kinds.structure import ShapeRule
from newsclean.parsers.lexicon import month_numbers

__all__ = [
    "ACTION_COUNT",
    "BRACKETED_COUNT",
    "ITEM_COUNTER",
    "LONE_COUNT",
    "RULES",
    "SHARE_REMNANT",
    "WINDOW_LINK",
]

SHARE_REMNANT = PhraseRule(
    id="share-remnant",
    description="Share, save and app buttons and their confirmations: 'Link copied', 'Gift article', 'Open in app'.",
    phrases={
        "en": (
            "link copied!",
            "copied",
            "copied!",
            "copied to clipboard",
            "copy link to clipboard",
            "gift article",
            "gift this story",
            "give this story",
            "save",
            "save for later",
            "social sharing",
            "save article",
            "save story",
            "saved",
            "saved articles",
            "bookmark",
            "bookmark this article",
            "add to bookmarks",
            "remove from bookmarks",
            "open in app",
            "open in the app",
            "read in app",
            "view in app",
            "share via",
            "share on",
            "share options",
            "more sharing options",
            "show more sharing options",
            "tweet this",
            "email this",
            "reprint this article",
            "reprints",
            "reprints & permissions",
            "e-mail this story to a friend",
            "email this story to a friend",
            "email to a friend",
            "print this story",
            "restack",
            "open image",
            "pinned post",
            "show key events only",
            "load more updates",
        ),
        "de": (
            "link kopiert",
            "link wurde kopiert",
            "in die zwischenablage kopiert",
            "geschenkter artikel",
            "speichern",
            "artikel speichern",
            "gespeichert",
            "zur merkliste",
            "zum merkzettel hinzufügen",
            "auf den merkzettel",
            "artikel merken",
            "von der merkliste entfernen",
            "in der app öffnen",
            "in app öffnen",
            "in der app lesen",
            "teilen via",
            "teilen über",
        ),
        "fr": (
            "lien copié",
            "lien copié !",
            "offrir l'article",
            "offrir cet article",
            "sauvegarder",
            "sauvegarder l'article",
            "enregistrer",
            "enregistrer l'article",
            "ajouter à mes favoris",
            "lire plus tard",
            "lire ultérieurement",
            "ouvrir dans l'application",
            "lire dans l'application",
            "partager via",
        ),
        "es": (
            "enlace copiado",
            "regalar artículo",
            "guardar",
            "guardado",
            "leer más tarde",
            "abrir en la app",
            "abrir en la aplicación",
            "compartir en",
        ),
        "it": (
            "link copiato",
            "regala l'articolo",
            "salva",
            "salvato",
            "leggi più tardi",
            "apri nell'app",
            "apri nell'applicazione",
        ),
        "pt": (
            "link copiado",
            "presentear artigo",
            "salvar",
            "salvo",
            "ler depois",
            "abrir no app",
            "abrir no aplicativo",
        ),
        "nl": (
            "delen",
            "deel",
            "kopieer link",
            "link kopiëren",
            "link gekopieerd",
            "bewaren",
            "opslaan",
            "artikel opslaan",
            "bewaar artikel",
            "later lezen",
            "lees later",
            "open in de app",
        ),
    },
    max_chars=60,
    must_remove=(
        "Kopieer link",
        "Copied to clipboard",
        "Gift Article",
        "Open in app",
        "Link kopiert",
        "Lien copié",
        "Enlace copiado",
        "Link copiato",
        "Link copiado",
        "Save",
        "Speichern",
        "Enregistrer",
    ),
    must_keep=(
        "Copied from an older report, the figures were wrong.",
        "Saved by the bell, the champion held on.",
        "Guardar silencio fue su decisión, dijo el abogado.",
    ),
)

WINDOW_LINK = PhraseRule(
    id="window-link",
    description="Link rows that open a new window, never a sentence: 'Click to share on Twitter (Opens in new window)'.",
    phrases={
        "en": (
            "opens in new window",
            "opens in a new window",
            "opens in new tab",
            "opens in a new tab",
            "opens new tab",
            "opens new window",
            "opens in new browser tab",
            "click to share on",
            "click to email a link to a friend",
            "click to email this to a friend",
            "click to print",
        ),
        "de": (
            "öffnet in neuem fenster",
            "öffnet in einem neuen fenster",
            "öffnet in neuem tab",
            "klicken, um auf",
            "zum teilen auf",
        ),
        "fr": (
            "s'ouvre dans une nouvelle fenêtre",
            "ouvre dans une nouvelle fenêtre",
            "ouvre un nouvel onglet",
            "cliquez pour partager sur",
        ),
        "es": (
            "se abre en una nueva ventana",
            "se abre en una ventana nueva",
            "haz clic para compartir en",
            "haga clic para compartir en",
        ),
        "it": (
            "si apre in una nuova finestra",
            "fai clic per condividere su",
            "clicca per condividere su",
        ),
        "pt": (
            "abre em nova janela",
            "abre em uma nova janela",
            "clique para compartilhar no",
            "clique para partilhar no",
        ),
        "nl": (
            "opent in een nieuw venster",
            "wordt in een nieuw venster geopend",
            "klik om te delen op",
        ),
    },
    match="contains",
    max_chars=100,
    fragment_only=True,
    must_remove=(
        "Click to share on Twitter (Opens in new window)",
        "Click to email a link to a friend (Opens in new window)",
        "Klicken, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)",
        "Cliquez pour partager sur Twitter(ouvre dans une nouvelle fenêtre)",
        "Haz clic para compartir en Facebook (Se abre en una ventana nueva)",
        "Fai clic per condividere su Facebook (Si apre in una nuova finestra)",
        "Clique para compartilhar no Twitter(abre em nova janela)",
        "Klik om te delen op Facebook (Wordt in een nieuw venster geopend)",
        "Acquire Licensing Rights, opens new tab",
    ),
    must_keep=(
        "The museum opens in a new window of time for visitors, the director said.",
        "A door that opens in new window frames was the architect's idea.",
    ),
)

BRACKETED_COUNT = ShapeRule(
    id="bracketed-count",
    description="A count alone in brackets, left by a tab or a button: '(24 recipes)', '[12 Fotos]'.",
    pattern=r"[(\[]\d{1,6}(?:[.,]\d{3})?\s?\p{L}[\p{L}’'-]{1,20}[)\]]",
    first_chars="([",
    triggers=("(", "["),
    max_chars=80,  # indentation included
    must_remove=(
        "(24 recipes)",
        "(3 photos)",
        "(24 Rezepte)",
        "[12 Fotos]",
        "(5 recettes)",
        "(12 fotos)",
        "(7 ricette)",
        "(3 receitas)",
    ),
    must_keep=("(2)", "(Teil 2)", "(3 p.m.)", "(24 Rezepte, alle mit Fotos)"),
    languages=("any",),
)

# What a pager or a gallery counts, per language (en, de, fr, es, it, pt, pl, nl).
_COUNTED_ITEM = (
    r"(?:page|photo|image|picture|slide|comments?|item|bild|seite|foto|fotos|kommentare"
    r"|diapositive|commentaires?|imagen|página|diapositiva|immagine|pagina|imagem|zdjęcie"
    r"|strona|afbeelding)"
)

ITEM_COUNTER = ShapeRule(
    id="item-counter",
    description="A pager's or a gallery's counter alone on its line: 'Photo 1 of 13', 'Page 2 of 5', '3 of 7', 'Bild 3 von 12'.",
    pattern=(
        rf"(?:{_COUNTED_ITEM}\s)?\d{{1,4}}\s(?:of|von|sur|de|di|z|van)\s\d{{1,4}}"
        rf"|{_COUNTED_ITEM}\s\d{{1,4}}\s?/\s?\d{{1,4}}"
    ),
    first_chars=string.digits + string.ascii_letters + "ZŻ",
    triggers=(" of ", " von ", " sur ", " de ", " di ", " z ", " van ", "/"),
    max_chars=40,  # indentation included
    must_remove=(
        "Photo 1 of 13",
        "Page 1 of 1",
        "3 of 7",
        "Comments 5 of 32",
        "Bild 3 von 12",
        "Seite 2 von 4",
        "Photo 3 sur 12",
        "Foto 3 de 12",
        "Foto 3 di 12",
        "Imagem 2 de 9",
        "Zdjęcie 3 z 12",
        "Foto 2 van 8",
        "Slide 4/10",
    ),
    must_keep=(
        "3 of them",
        "Page 12",
        "1 of 7 was hurt",
        "12/3",
        "Lot of 12",
        "Capítulo 3 de 12",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "pl", "nl"),
)

# What a reader does to a story that a page counts, per language (en, de, fr, es, it, pt, nl,
# pl): shares, likes, views, reads. Comments and replies are comment-count's.
_ACTIONS = (
    r"(?:shares?|likes?|views|reads|claps|reposts|retweets"
    r"|mal geteilt|geteilt|aufrufe|teilungen"
    r"|partages|vues|lectures"
    r"|compartidos|veces compartido|visitas|vistas|lecturas"
    r"|condivisioni|visualizzazioni|letture"
    r"|compartilhamentos|partilhas|visualizações|leituras|curtidas"
    r"|keer gedeeld|gedeeld|weergaven|keer bekeken"
    r"|udostępnień|wyświetleń|polubień)"
)

ACTION_COUNT = ShapeRule(
    id="action-count",
    description="A share, like or view counter alone on its line: '875 Shares', '6.9k Shares', "
    "'1.2K Likes', '12.345 Aufrufe', '34 partages', '1 234 vues'.",
    pattern=rf"\d{{1,3}}(?:[., \u00a0\u202f]\d{{3}})*(?:[.,]\d{{1,2}})?\s?[km]?\s{_ACTIONS}",
    first_chars=string.digits,
    # the actions' stems: a cheap test before the pattern
    requires=(
        *("share", "like", "view", "read", "clap", "post", "tweet", "geteilt", "aufrufe"),
        *("teilung", "partage", "vues", "lecture", "compartid", "visita", "vista", "condivision"),
        *("visualiz", "lettur", "compartilha", "partilha", "leitura", "curtida", "gedeeld"),
        *("weergave", "bekeken", "udostępn", "wyświetl", "polubi"),
    ),
    max_chars=40,  # indentation included
    must_remove=(
        "875 Shares",
        "6.9k Shares",
        "1.2K Likes",
        "12 views",
        "12.345 Aufrufe",
        "120 Mal geteilt",
        "34 partages",
        "1 234 vues",
        "56 compartidos",
        "2.301 visualizzazioni",
        "87 compartilhamentos",
        "15 keer gedeeld",
        "1.234 visualizações",
    ),
    must_keep=(
        "500 shares of Apple",
        "12 views of the harbour",
        "12 views from the tower",
        "2 likes and a dislike",
    ),
    # the label before the count, a count in words ("1,5 mil")
    known_misses=("Shares 875", "1,5 mil visualizações"),
    languages=("en", "de", "fr", "es", "it", "pt", "nl", "pl"),
)

# A cookie notice stands in for the story in the examples below (another rule removes it):
# the count is outside the body, above the story's only paragraph.
_NOTICE = {
    "en": "We use cookies to personalise content and ads, to provide social media features and "
    "to analyse our traffic on this site.",
    "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe auf unsere "
    "Website zu analysieren.",
    "fr": "Nous utilisons des cookies pour personnaliser le contenu et les annonces et pour "
    "analyser le trafic de notre site.",
    "es": "Utilizamos cookies propias y de terceros para personalizar el contenido y los "
    "anuncios, y para analizar nuestro tráfico.",
    "it": "Utilizziamo i cookie propri e di terze parti per personalizzare contenuti e annunci "
    "e per analizzare il nostro traffico.",
    "pt": "Utilizamos cookies próprios e de terceiros para personalizar conteúdo e anúncios e "
    "para analisar o nosso tráfego.",
}
_STORY = (
    "The council met on Tuesday and voted to close the old bridge over the river for a year, "
    "the mayor said after the meeting.",
    "The opposition said on Wednesday that the vote had been rushed through the chamber "
    "without a debate.",
)
# A reading time's or a video's minutes after their number, per language (en, de, fr, es,
# it, pt, pl, nl, the Nordic languages, ro, cs, tr, id).
_MINUTES = (
    r"(?:min|mins|minutes?|minuten|minuti|minutos|minut|minuty|minuter|minutter|minutt"
    r"|minutos?|dakika|dk|menit)"
)

LONE_COUNT = OutsideLineRule(
    id="lone-count",
    description=(
        "A count or a reading time alone above or below the story: a share or comment"
        " button's number ('12', '1.2K', '(3)') or a crumb such as '3 min' or '5 Min.'."
    ),
    pattern=(
        r"[(\[]?\d{1,6}[)\]]?\.?"
        r"|\d{1,4}(?:[.,]\d{1,2})?\s?[km]"
        rf"|\d{{1,3}}\s?{_MINUTES}\.?"
    ),
    starts=tuple(string.digits),
    max_chars=12,  # "12 minutes." and "(12)" with a little indentation
    # a date written on three lines ("11", "July", "2012") is no count
    beside=frozenset(month_numbers()),
    must_remove=(
        f"12\n\nShare this article\n\n{_NOTICE['en']}",
        f"3 min\n\n{_NOTICE['en']}\n\n1.2K",
        f"5 Min.\n\n{_NOTICE['de']}",
        f"4 minutes\n\n{_NOTICE['fr']}",
        f"6 minutos\n\n{_NOTICE['es']}",
        f"2 minuti\n\n{_NOTICE['it']}",
        f"(3)\n\n{_NOTICE['pt']}",
    ),
    must_keep=(
        # a list's numbers inside the story
        f"{_STORY[0]}\n\n1\n\nThe bridge.\n\n2\n\nThe road.\n\n{_STORY[1]}",
        # a page without a story paragraph is left as it is
        "3 min",
        "12",
        "2024",
        f"11\nJuly\n2012\n\n{_STORY[0]}",
        f"{_STORY[0]}\n\n3 minutes to midnight\n\n{_STORY[1]}",
        # a recipe's first step
        f"Roasted chicken\n\n1\n\n{_STORY[0]}\n\n2\n\n{_STORY[1]}",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "pl", "nl"),
)

RULES = (
    SHARE_REMNANT,
    WINDOW_LINK,
    BRACKETED_COUNT,
    ITEM_COUNTER,
    ACTION_COUNT,
    LONE_COUNT,
)
"""This family's rules, in the order they run within their stage."""
