"""Site navigation: skip links, menu and footer links, breadcrumbs, menu runs, topic lines."""

from __future__ import annotations

import string

from newsclean._kinds.menu_row import MenuRowRule
from newsclean._kinds.phrase import ANY_LANGUAGE, PhraseRule
from newsclean._kinds.structure import (
    IslandRule,
    LinkRowRule,
    NavigationRunRule,
    ShapeRule,
    TrailRule,
)
from newsclean._rule import languages_of
from newsclean.rules.consent import CONSENT_CONTROL
from newsclean.rules.sections import SECTION_LINE
from newsclean.rules.sharing import SOCIAL_ROW
from newsclean.rules.subscriptions import ACCOUNT_LINK

__all__ = [
    "ARROW_LINK",
    "BREADCRUMB",
    "BREADCRUMB_LABEL",
    "FURNITURE_ISLAND",
    "LINK_ROW",
    "LONE_ARROW",
    "MENU_ROW",
    "NAVIGATION_RUN",
    "PAGE_NUMBERS",
    "POST_CATEGORY",
    "POST_FILING",
    "POST_NAVIGATION",
    "POST_PAGER",
    "POST_PERMALINK",
    "PRINT_SOURCE",
    "READING_TIME",
    "READING_TIME_LABEL",
    "READING_TIME_LINK",
    "REPUBLICATION_NOTE",
    "RESULT_COUNT",
    "RULES",
    "SITE_LINK",
    "TOPIC_LINE",
    "TOPIC_PREFIX",
]

# The languages of the pattern and word rules below (a phrase rule takes its own from its phrases).
_LANGUAGES = ("en", "de", "fr", "es", "it", "pt")

SITE_LINK = PhraseRule(
    id="site-link",
    description="Lone menu and footer links: 'Home', 'Impressum', 'Back to top', 'Load more'.",
    phrases={
        "en": (
            "collection notice",
            "notice at collection",
            "start writing",
            "switch to mobile version",
            "mobile version",
            "view mobile site",
            "mobile site",
            "desktop version",
            "view desktop version",
            "full site",
            # menus and search
            "home",
            "homepage",
            "menu",
            "main menu",
            "navigation",
            "search",
            "search for",
            "search term",
            "search terms",
            "enter search term",
            "go",
            "close",
            "toggle navigation",
            "open menu",
            "close menu",
            "post navigation",
            "posts navigation",
            "footer",
            "follow",
            "text size",
            "font size",
            "normal text size",
            "larger text size",
            "very large text size",
            # footer
            "imprint",
            "legal notice",
            "privacy",
            "contact",
            "contact us",
            "about",
            "about us",
            "terms of use",
            "terms of service",
            "terms and conditions",
            "terms",
            "sitemap",
            "site map",
            "accessibility",
            "accessibility statement",
            "newsletters",
            "ethics policy",
            "our ethical principles",
            "do not sell or share my personal information",
            "do not sell my personal information",
            "do not sell my info",
            "your privacy choices",
            "your california privacy rights",
            "california privacy rights",
            "help",
            "faq",
            "careers",
            "advertise",
            "advertise with us",
            # calls to action and tables of contents
            "learn more",
            "find out more",
            "more info",
            "more information",
            "table of contents",
            "contents",
            "on this page",
            "in this article",
            # page movement
            "back to top",
            "to top",
            "top",
            "back",
            "load more",
            "show more",
            "see more",
            "see less",
            "show less",
            "read less",
            "view less",
            "expand all",
            "collapse all",
            "click to expand",
            "tap to expand",
            "more",
            "next article",
            "previous article",
            "next post",
            "previous post",
            "view all",
            "see all",
            "show all",
            "newer post",
            "older post",
            "newer posts",
            "older posts",
            "newer post older post home",
            "search this blog",
            "search this site",
            "print",
            "downloads",
            "company info",
            "next page",
            "previous page",
            "news",
            "magazine",
            "community",
            "whitepaper",
            "e-paper",
            "pdf version",
            "thank you for your support",
            "archive",
            "archives",
            "blogroll",
            "categories",
            "tag cloud",
            "tags",
            "tagged",
            "social media",
            "jump to recipe",
            "print recipe",
            "pin recipe",
            "save recipe",
        ),
        "de": (
            "zur mobilen ansicht",
            "mobile ansicht",
            "zur desktop-ansicht",
            "desktop-ansicht",
            "desktop-version",
            "mobile version",
            "beitragsnavigation",
            "beitrags-navigation",
            "artikel-navigation",
            "suche nach",
            "mehr",
            "schriftgröße",
            "menü öffnen",
            "navigation öffnen",
            "startseite",
            "zur startseite",
            "zurück zur startseite",
            "hauptmenü",
            "menü",
            "suche",
            "suchbegriff",
            "suchbegriff eingeben",
            "suchen",
            "schließen",
            "impressum",
            "datenschutz",
            "kontakt",
            "über uns",
            "agb",
            "nutzungsbedingungen",
            "hilfe",
            "karriere",
            "mediadaten",
            "mehr erfahren",
            "erfahre mehr",
            "erfahren sie mehr",
            "mehr infos",
            "inhaltsverzeichnis",
            "inhalt",
            "auf dieser seite",
            "in diesem artikel",
            "nach oben",
            "zurück nach oben",
            "zum seitenanfang",
            "seitenanfang",
            "zurück",
            "zurück zur übersicht",
            "mehr laden",
            "mehr anzeigen",
            "weniger anzeigen",
            "alle ausklappen",
            "alle einklappen",
            "zum aufklappen klicken",
            "weitere laden",
            "lade weitere inhalte",
            "nächster artikel",
            "vorheriger artikel",
            "nächster beitrag",
            "vorschau auf den nächsten artikel",
            "vorheriger beitrag",
            "alle anzeigen",
            "alle ansehen",
            "alle zeigen",
            "vorheriges",
            "nächstes",
            "vorheriges weiter",
            "weiter",
            "start",
            "zurück zur liste",
            "zurück zu allen meldungen",
            "zurück zum newsroom",
            "zurück zur übersichtsseite",
            "zu allen beiträgen",
            "zur erweiterten suche",
            "erweiterte suche",
            "volltext-suche",
            "dieses blog durchsuchen",
            "merken",
            "versenden",
            "drucken",
            "hilfe & kontakt",
            "impressum & datenschutz",
            "kontakt & impressum",
            "so erreichen sie uns",
            "rechtliches",
            "nächste seite",
            "vorherige seite",
            "aktuell",
            "aktuelles",
            "meldungen",
            "magazin",
            "lexikon",
            "veranstaltungen",
            "pressemitteilungen",
            "downloadbereich",
            "serviceangebote",
            "unsere inhalte",
            "zum shop",
            "shop",
            "newsticker",
            "über mich",
            "mitglied werden",
            "jetzt helfen",
            "unterstützen sie uns",
            "werben sie bei uns",
            "anzeigentarife",
            "e-magazin",
            "die aktuelle ausgabe",
            "ausgabe kaufen",
            "buch bestellen",
            "zusatzinformationen",
            "quellenangaben",
            "originalartikel",
            "originalpublikation",
            "haftungsbeschränkung für externe links",
            "alle angaben ohne gewähr",
            "es gilt die datenschutzerklärung",
            "kontaktieren sie uns",
            "pressekontakt",
            "ansprechpartner",
            "ansprechpartnerin",
            "ihr ansprechpartner",
            "ihre ansprechpartnerin",
            "ansprechpartner zum thema",
            "ansprechpartnerin zum thema",
            "unterstütze das projekt",
            "mehr über mich",
            "archiv",
            "kategorien",
            "schlagworte",
            "schlagwörter",
            "beliebte tags",
            "markiert mit",
            "soziale netzwerke",
            "rezept drucken",
            "zum rezept",
            "rezept speichern",
            "aktuelle seite",
            "pressemitteilung als pdf",
            "als pdf herunterladen",
            "externer inhalt",
            "weitere informationen",
        ),
        "fr": (
            "retour en haut de page",
            "revenir en haut de la page",
            "haut de la page",
            "version mobile",
            "version classique",
            "navigation des articles",
            "rechercher :",
            "plus",
            "taille du texte",
            "ouvrir le menu",
            "accueil",
            "retour à l'accueil",
            "rechercher",
            "terme de recherche",
            "recherche",
            "fermer",
            "mentions légales",
            "nous contacter",
            "contactez-nous",
            "qui sommes-nous",
            "conditions générales d'utilisation",
            "plan du site",
            "aide",
            "en savoir plus",
            "sommaire",
            "dans cet article",
            "sur cette page",
            "retour en haut",
            "haut de page",
            "retour",
            "charger plus",
            "voir plus",
            "voir moins",
            "afficher moins",
            "tout déplier",
            "tout replier",
            "article suivant",
            "article précédent",
            "voir tout",
            "tout voir",
            "imprimer",
            "page précédente",
            "page suivante",
            "espace presse",
            "notre communauté",
            "tous les sports",
            "catégories",
            "mots-clés",
            "réseaux sociaux",
        ),
        "es": (
            "versión móvil",
            "versión de escritorio",
            "navegación de entradas",
            "más",
            "tamaño de letra",
            "abrir menú",
            "inicio",
            "portada",
            "volver al inicio",
            "buscar",
            "término de búsqueda",
            "búsqueda",
            "cerrar",
            "menú",
            "aviso legal",
            "contacto",
            "contáctanos",
            "quiénes somos",
            "términos y condiciones",
            "mapa del sitio",
            "ayuda",
            "contacto",
            "saber más",
            "más información",
            "índice",
            "en este artículo",
            "en esta página",
            "volver arriba",
            "ir arriba",
            "volver",
            "cargar más",
            "ver más",
            "ver menos",
            "mostrar menos",
            "expandir todo",
            "contraer todo",
            "artículo siguiente",
            "artículo anterior",
            "ver todo",
            "ver todos",
            "imprimir",
            "página siguiente",
            "página anterior",
            "categorías",
            "etiquetas",
            "redes sociales",
        ),
        "it": (
            "versione mobile",
            "versione desktop",
            "navigazione articoli",
            "altro",
            "dimensione del testo",
            "apri il menu",
            "cerca",
            "termine di ricerca",
            "chiudi",
            "torna alla home",
            "note legali",
            "contatti",
            "contattaci",
            "chi siamo",
            "termini e condizioni",
            "mappa del sito",
            "aiuto",
            "scopri di più",
            "per saperne di più",
            "continua a leggere",
            "indice",
            "sommario",
            "in questo articolo",
            "torna su",
            "torna all'inizio",
            "indietro",
            "carica altro",
            "mostra di più",
            "mostra meno",
            "vedi meno",
            "espandi tutto",
            "comprimi tutto",
            "articolo successivo",
            "articolo precedente",
            "vedi tutti",
            "stampa",
            "pagina successiva",
            "pagina precedente",
            "categorie",
        ),
        "pt": (
            "versão móvel",
            "versão para celular",
            "versão desktop",
            "versão clássica",
            "navegação de posts",
            "mais",
            "tamanho da fonte",
            "abrir menu",
            "início",
            "página inicial",
            "pesquisar",
            "termo de pesquisa",
            "busca",
            "fechar",
            "voltar ao início",
            "contacto",
            "contato",
            "contacto",
            "fale conosco",
            "quem somos",
            "termos de uso",
            "mapa do site",
            "ajuda",
            "saber mais",
            "sumário",
            "neste artigo",
            "nesta página",
            "voltar ao topo",
            "topo",
            "voltar",
            "carregar mais",
            "ver mais",
            "mostrar menos",
            "expandir tudo",
            "recolher tudo",
            "próximo artigo",
            "artigo anterior",
            "ver tudo",
            "imprimir",
            "próxima página",
        ),
        "pl": (
            "strona główna",
            "regulamin",
            "polityka prywatności",
            "mapa strony",
            "więcej",
            "pokaż więcej",
            "następny artykuł",
            "poprzedni artykuł",
            "drukuj",
            "zamknij",
            "szukaj",
            "wyszukaj",
            "tagi",
            "czytaj więcej",
            "więcej informacji",
        ),
        "nl": (
            "terug naar boven",
            "naar boven",
            "terug naar begin",
            "mobiele versie",
            "desktopversie",
            "zoeken",
            "colofon",
            "adverteren",
            "privacybeleid",
            "privacyverklaring",
            "algemene voorwaarden",
            "over ons",
            "vacatures",
            "klantenservice",
            "abonnementen",
            "meer",
            "toon meer",
            "toon minder",
            "minder tonen",
            "alles uitklappen",
            "alles inklappen",
            "voorpagina",
            "nieuwsbrief",
            "contact",
        ),
    },
    max_chars=60,
    must_remove=(
        "Retour en haut de page",
        "Terug naar boven",
        "Mobile version",
        "Zur mobilen Ansicht",
        "Show less",
        "Weniger anzeigen",
        "Voir moins",
        "Mostrar menos",
        "Mostra meno",
        "Toon minder",
        "Algemene voorwaarden",
        "Search term:",
        "Go!",
        "Suchbegriff eingeben",
        "Terme de recherche :",
        "Término de búsqueda:",
        "Termine di ricerca:",
        "Termo de pesquisa:",
        "Home",
        "Impressum",
        "Back to top ↑",
        "Mentions légales",
        "Volver arriba",
        "Torna su",
        "Voltar ao topo",
        "Lade weitere Inhalte",
        "Alle anzeigen",
        "Vorheriges",
        "Strona główna",
        "Jump to Recipe",
    ),
    must_keep=(
        "Home is where the heart is, the mayor told the crowd.",
        "Kontakt zu den Entführern gab es nach Angaben der Polizei nicht.",
        "Weiter geht es am Montag mit der zweiten Runde.",
    ),
)

LINK_ROW = LinkRowRule(
    id="link-row",
    description="Rows of menu, footer, account or share links ('Impressum | Datenschutz | AGB').",
    links=(
        *SITE_LINK.phrases,
        *ACCOUNT_LINK.phrases,
        *CONSENT_CONTROL.phrases,
        *SOCIAL_ROW.words,
        *(name for _, names in SECTION_LINE.sections for name in names),
    ),
    must_remove=(
        "Impressum | Datenschutz | AGB",
        # most links known: a section menu with some of the site's own links
        "| Top Stories | Business | Tech | Politics | World | Local | Full Coverage | Help |",
        "Politik · Wirtschaft · Kultur · Sport · Mein Konto · Unsere Podcasts",
        "Politique | Économie | Monde | Sport | Le direct | Nos podcasts",
        "Política | Economía | Deportes | Mi cuenta | Nuestros podcasts",
        "Politica | Economia | Sport | Cultura | Il mio profilo | Podcast",
        "Política | Economia | Esportes | Minha conta | Nossos podcasts",
        "About us | Contact | Privacy",
        "Mentions légales · Contact · Plan du site",
        "Aviso legal | Política de privacidad | Contacto",
        "Note legali | Privacy policy | Contatti",
        "Termos de uso | Política de privacidade | Contato",
    ),
    must_keep=(
        "Kontakt | Neue Regeln für Pendler ab Montag",
        # table rows of data, not links
        "| Monday | Tuesday | Wednesday | Thursday | Friday |",
        "| 1 | Gates, William H. III | $60.00 Billion | USA |",
        "| Sport | Politik | Kultur | Die Bewertung der Leser im Vergleich zum Vorjahr |",
    ),
    languages=languages_of(SITE_LINK, ACCOUNT_LINK, CONSENT_CONTROL, SOCIAL_ROW),
)

# The cookie notice stands in for the body paragraph (another rule removes it), so the row
# is above the body.
_COOKIES = (
    "\n\nWe use cookies to personalise content and ads, to provide social media features and to"
    " analyse our traffic on this site."
)

_PARAGRAPH = (
    "Both candidates have served on the city council for years, and both say they will stand"
    " again next spring."
)

MENU_ROW = MenuRowRule(
    id="menu-row",
    description=(
        "A menu rendered as a table row, alone: every cell a short label without a figure"
        " ('| Home | Books | Movies | Music |', '| Jump \\| Free Trial Issue |  |'), or three"
        " labels or more joined by bars without cell borders ('News | Africa | Americas')."
    ),
    must_remove=(
        "|  | MSN Home |  | Hotmail |  | Web Search |  | Shopping |  | Money |  |" + _COOKIES,
        "| Jump \\| Free Trial Issue |  |  |" + _COOKIES,
        "| CEO Book Club | more > |" + _COOKIES,
        "| Leserreisen | Gewinnspiele | Traueranzeigen | Ratgeber Garten |" + _COOKIES,
        "| Le magazine \\| Nos guides \\| Petites annonces |" + _COOKIES,
        "| Guía del ocio | Hemeroteca | Esquelas |" + _COOKIES,
        "| Oroscopo | Meteo locale | Annunci |" + _COOKIES,
        "| Guia de compras \\| Classificados \\| Horóscopo |" + _COOKIES,
        "| Puzzels | Familieberichten | Weerbericht |" + _COOKIES,
        # an abbreviation and a "More ..." link end like a sentence, and are links
        "| Reuters \\| AP \\| AP U.S. \\| Photos \\| More ... |  |" + _COOKIES,
        # a bar of links between two rows of a layout table, and one inside the story
        "| Jump \\| Subscribe |\n| News alerts \\| E-mail services |  |\n| Print \\| Share |"
        + _COOKIES,
        _COOKIES.strip() + "\n\n| News alerts \\| E-mail services \\| Mobiles |  |" + _COOKIES,
        # the same menus printed without cell borders, three links or more
        "News Front Page | Africa | Americas | Asia-Pacific | Europe | Middle East" + _COOKIES,
        "Reuters | AP | AP U.S. | Photos | More ..." + _COOKIES,
        "Leserreisen | Gewinnspiele | Traueranzeigen | Ratgeber Garten" + _COOKIES,
        "Le magazine | Nos guides | Petites annonces" + _COOKIES,
        _COOKIES.strip() + "\n\nNotes | Contact us | About the site | History",
    ),
    must_keep=(
        # a table of the story above its paragraphs: its rows share their number of cells
        "| Name | Party | City |\n| Ana Ruiz | Left | Madrid |\n| Ben Ode | Green | Lyon |\n\n"
        "Both candidates have served on the city council for years, and both say they will"
        " stand again.",
        "| Mannschaft | Trainer |\n| Bayern | Kompany |\n| Dortmund | Kovač |\n\n"
        "Beide Trainer stehen erst seit dem Sommer an der Seitenlinie, und beide stehen schon"
        " unter Druck.",
        "| Équipe | Ville | Stade |\n|  | Lyon | Groupama |\n| OM | Marseille | Vélodrome |\n\n"
        "Les deux clubs jouent dans des stades neufs, construits pour l'Euro et payés en partie"
        " par les villes.",
        # a table's header over its rule, and a row over a sparse row of data
        "| Option | Value |\n| --- | --- |\n| Farbe | Rot |\n\n"
        "Die Werte gelten für alle Modelle der Reihe, teilte der Hersteller am Freitag auf"
        " Anfrage mit.",
        "| Nombre | Cargo |\n| Ana Ruiz | Alcaldesa |\n\nLa alcaldesa fue elegida en mayo"
        " con el apoyo de tres partidos, y gobierna desde entonces en minoría.",
        # figures, sentences and labels are data, not links
        "| Leeds | 3 | 1 |\n\nLeeds have won three of their last four games, and the manager"
        " said on Friday that the squad was at last complete.",
        "| Candidati: | Rossi | Bianchi |\n\nI due candidati si sfideranno al ballottaggio di"
        " domenica, dopo una campagna elettorale molto dura.",
        "| Aktie \\| Kurs in Euro 12,40 |\n\nDer Kurs der Aktie ist seit Jahresbeginn um ein"
        " Drittel gefallen, teilte die Börse am Freitag mit.",
        # two links without cell borders (a table printed so: tests/kinds/test_menu_row.py)
        "Guía del ocio | Hemeroteca\n\n" + _PARAGRAPH,
        # a lone row of labels inside the story
        "Der Stadtrat hat die Öffnungszeiten der Bibliothek geändert, wie die Verwaltung am"
        " Freitag mitteilte.\n\n| Montag | Mittwoch | Freitag |\n\nAn diesen Tagen ist die"
        " Bibliothek künftig bis zwanzig Uhr geöffnet, sagte die Leiterin der Bibliothek.",
        "Der Stadtrat hat die Öffnungszeiten der Bibliothek geändert, wie die Verwaltung am"
        " Freitag mitteilte.\n\nMontag | Mittwoch | Freitag\n\nAn diesen Tagen ist die"
        " Bibliothek künftig bis zwanzig Uhr geöffnet, sagte die Leiterin der Bibliothek.",
    ),
    languages=("any",),
)

BREADCRUMB = TrailRule(
    id="breadcrumb",
    description="Breadcrumb trails that start at the home page ('Home › News › World').",
    starts=(
        "home",
        "homepage",
        "startseite",
        "accueil",
        "inicio",
        "portada",
        "início",
        "news",
        "nachrichten",
        "notizie",
        "noticias",
        "notícias",
        "actualités",
    ),
    must_remove=(
        "Home › News › World",
        "Startseite > Politik > Inland",
        "Accueil / Monde",
        "Inicio » Política",
        "Home | Cronaca",
        "Início › Brasil",
    ),
    must_keep=("Home and away: the team won 3-1 on the road.",),
    languages=_LANGUAGES,
)

BREADCRUMB_LABEL = PhraseRule(
    id="breadcrumb-label",
    description="'You are here:' location lines in front of a breadcrumb trail.",
    phrases={
        "en": ("you are here", "you are in"),
        "de": (
            "sie sind hier",
            "du bist hier",
            "sie befinden sich hier",
            "sie befinden sich in",
        ),
        "fr": ("vous êtes ici", "vous êtes dans"),
        "es": (
            "usted está aquí",
            "estás aquí",
            "usted está en",
            "estás en",
        ),
        "it": (
            "ti trovi in",
            "sei qui",
            "sei in",
        ),
        "pt": (
            "você está aqui",
            "está aqui",
            "você está em",
        ),
    },
    match="label",
    max_chars=200,
    must_remove=(
        "You are here: Home / News",
        "Sie sind hier: Startseite » Aktuelles",
        "Vous êtes ici : Accueil",
        "Usted está aquí: Inicio",
        "Ti trovi in: Home",
        "Você está aqui: Início",
        "You are in: Business",
        "Sie befinden sich in: Startseite > Politik",
        "Vous êtes dans : Accueil > Monde",
        "Estás en: Portada",
        "Sei in: Home",
        "Você está em: Início",
    ),
    must_keep=(
        "You are here because the voters sent you, the speaker told the new members.",
        "You are in good hands, the surgeon told him before the operation.",
    ),
)

NAVIGATION_RUN = NavigationRunRule(
    id="navigation-run",
    description=(
        "Runs of four or more short menu-like lines above or below the article body (below"
        " it, with the headlines among them), and the menu lines between removed lines of a"
        " sidebar menu inside it."
    ),
    stray_tail=1,
    dense_lines=6,
    tail_headline_chars=100,
    prose_body=True,
    labels=True,
    must_remove=(
        # The long cookie notice stands in for the body paragraph (another rule removes it).
        "Mobilität\n\nImmobilien\n\nStellenmarkt\n\nTrauer\n\n"
        "Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe auf unsere "
        "Website zu analysieren.",
        "We use cookies to personalise content and ads, to provide social media features and to "
        "analyse our traffic on this site.\n"
        "About us\nContact\nPrivacy\nTerms\nCareers\nNewsroom",
    ),
    must_keep=(
        "The council met on Tuesday and voted to close the bridge over the river for a year.\n\n"
        "Tensions with the West\n\n"
        "Relations with Washington have worsened since the summit, officials said on Friday.",
        "Ingredients\n\n200 g flour\n\n2 eggs\n\n100 ml milk\n\n1 pinch of salt\n\n"
        "Mix the flour with the eggs, add the milk slowly and let the batter rest for an hour "
        "before you bake the pancakes.",
        # A list the story introduces with a colon, at the end of the text.
        "The Japanese idea of ikigai has found many followers in Europe over the last years, "
        "and a new book now explains it.\n"
        "In her book, the author sums up the practice of ikigai in ten short principles:\n"
        "- Take time for dreams\n- Stay active\n- Avoid stress traps\n"
        "- Practise gratitude\n- Listen to your heart",
        # "Label: value" facts under a photo story are not a menu.
        "The nebula shows bright star spikes and deep blue gas clouds in this long exposure "
        "from a dark site in the hills.\n"
        "Details\n- Type of image: digital photo\n- Lens: telephoto\n- Camera: Canon EOS\n"
        "- Place: Kasberg in Franconia",
    ),
    known_misses=("Politik\nWirtschaft\nKultur\nSport",),
    languages=(ANY_LANGUAGE,),
)

TOPIC_LINE = PhraseRule(
    id="topic-line",
    description="Topic, tag and category labels such as 'Article Topic Follows: CNN - Asia/Pacific'.",
    phrases={
        "en": (
            "article topic follows",
            "tags",
            "tag",
            "topics",
            "topic",
            "filed under",
            "posted in",
            "posted under",
            "categories",
            "category",
            "keywords",
            "related topics",
        ),
        "de": (
            "schlagwörter",
            "schlagworte",
            "stichwörter",
            "stichworte",
            "themen",
            "thema",
            "kategorie",
            "kategorien",
            "rubrik",
            "veröffentlicht in",
            "abgelegt unter",
        ),
        "fr": (
            "mots-clés",
            "mots clés",
            "sujets",
            "thèmes",
            "catégorie",
            "catégories",
            "rubrique",
            "publié dans",
        ),
        "es": (
            "etiquetas",
            "temas",
            "tema",
            "categoría",
            "categorías",
            "palabras clave",
            "publicado en",
        ),
        "it": (
            "argomenti",
            "etichette",
            "categoria",
            "categorie",
            "parole chiave",
            "pubblicato in",
        ),
        "pt": (
            "assuntos",
            "tópicos",
            "categorias",
            "palavras-chave",
            "publicado em",
        ),
        "nl": (
            "onderwerpen",
            "trefwoorden",
            "tags",
        ),
    },
    match="label",
    max_chars=160,
    must_remove=(
        "Onderwerpen: Tweede Kamer, Spoor",
        "Article Topic Follows: CNN - Asia/Pacific",
        "Tags: Politics, China, Belarus",
        "Schlagworte: Klima, Energie",
        "Mots-clés : politique, élections",
        "Etiquetas: Economía",
        "Argomenti: Politica",
        "Categorias: Brasil",
        "Filed under: World",
    ),
    must_keep=(
        "Topics of the meeting included trade, security and the war in Ukraine.",
        "Thema des Abends war die Energiewende.",
    ),
)

TOPIC_PREFIX = PhraseRule(
    id="topic-prefix",
    description="Tag and category lines without a colon ('Filed under 2020 Election', 'Tagged Politics').",
    phrases={
        "en": ("filed under",),
        "de": (
            "abgelegt unter",
            "verschlagwortet mit",
            "getaggt mit",
        ),
        "fr": (
            "classé dans",
            "classé sous",
        ),
        "es": ("archivado en",),
        "it": ("archiviato in",),
        "pt": ("arquivado em",),
    },
    match="line-start",
    max_chars=160,
    fragment_only=True,
    must_remove=(
        "Filed under 2020 Election",
        "Abgelegt unter Politik, Wirtschaft",
        "Classé dans Politique",
        "Archivado en Política",
        "Archiviato in Politica",
        "Arquivado em Política",
    ),
    must_keep=("Filed under seal, the documents were released on Monday.",),
)

FURNITURE_ISLAND = IslandRule(
    id="furniture-island",
    description="One or two short fragments between two removed lines below the first paragraph (menu items left between two menus).",
    max_lines=2,
    must_remove=(
        # The cookie notice stands in for the story's first paragraph (another rule removes it).
        "We use cookies to personalise content and ads, to provide social media features and to "
        "analyse our traffic on this site.\n\n"
        "Share this article\n\nNovember 2023\n\nSign up for our newsletter",
    ),
    must_keep=(
        "The council met on Tuesday.\n\nTensions with the West\n\nRelations worsened, officials said.",
    ),
    languages=(ANY_LANGUAGE,),
)

POST_FILING = PhraseRule(
    id="post-filing",
    description="Blog-post filing lines: 'This entry was posted in News. Bookmark the permalink.'",
    phrases={
        "en": (
            "this entry was posted in",
            "this entry was filed under",
            "this post was posted in",
            "this entry is filed under",
            "bookmark the permalink",
            "permalink",
        ),
        "de": (
            "dieser eintrag wurde veröffentlicht in",
            "dieser beitrag wurde veröffentlicht in",
            "dieser eintrag wurde unter",
            "dieser beitrag wurde unter",
            "permanentlink",
        ),
        "fr": (
            "ce billet a été publié dans",
            "cette entrée a été publiée dans",
            "permalien",
        ),
        "es": (
            "esta entrada fue publicada en",
            "esta entrada se publicó en",
        ),
        "it": (
            "questa voce è stata pubblicata in",
            "questo articolo è stato pubblicato in",
        ),
        "pt": ("esta entrada foi publicada em",),
    },
    match="line-start",
    max_chars=300,
    must_remove=(
        "This entry was posted in Allgemein. Bookmark the permalink.",
        "Dieser Eintrag wurde veröffentlicht in Innovation und verschlagwortet mit Design. Permanentlink",
        "Ce billet a été publié dans Actualité.",
        "Esta entrada fue publicada en Noticias.",
        "Questa voce è stata pubblicata in Notizie.",
        "Esta entrada foi publicada em Notícias.",
        "Permalien https://p.dw.com/p/RPYx",
    ),
    must_keep=(
        "This entry was the last one in the diary before the war, the historian said.",
        "Permalinks were invented in the early days of blogging.",
    ),
)

# A category's name: capitalised words ("Local News", "Allgemein", "Actualité").
_CATEGORY = (
    r"(?-i:\p{Lu}[\p{L}\p{M}'’&-]*(?:\s(?:\p{Lu}[\p{L}\p{M}'’&-]*|&|and|und|et|y|e|en)){0,3})"
)

POST_CATEGORY = ShapeRule(
    id="post-category",
    description=(
        "A post's category without a colon: 'Posted in Local News', 'Veröffentlicht in"
        " Allgemein', 'Publié dans Actualité', 'Geplaatst in Nieuws'."
    ),
    pattern=(
        r"(?:posted\s(?:in|under)|filed\s(?:in|under)|veröffentlicht\sin|abgelegt\sunter"
        r"|publié\sdans|classé\sdans|publicado\s(?:en|em)|pubblicato\sin|geplaatst\sin"
        r"|opublikowano\sw)"
        rf"\s{_CATEGORY}(?:(?:,\s|\s\|\s){_CATEGORY}){{0,4}}"
    ),
    first_words=(
        *("posted", "filed", "veröffentlicht", "abgelegt", "publié", "classé", "publicado"),
        *("pubblicato", "geplaatst", "opublikowano"),
    ),
    max_chars=80,
    must_remove=(
        "Posted in Local News",
        "Posted in News, Politics",
        "Veröffentlicht in Allgemein",
        "Publié dans Actualité",
        "Publicado en Noticias",
        "Pubblicato in Cronaca",
        "Publicado em Notícias",
        "Geplaatst in Nieuws",
        "Opublikowano w Kraj",
    ),
    must_keep=(
        "Posted in Iraq, he served two tours.",
        "Posted in the hall, the notice was ignored.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "nl", "pl"),
)

READING_TIME = PhraseRule(
    id="reading-time",
    description="Reading-time notes such as '5 min read' or '3 Minuten Lesezeit'.",
    phrases={
        "en": (
            "min read",
            "minute read",
            "minutes read",
            "min. read",
        ),
        "de": (
            "min lesezeit",
            "min. lesezeit",
            "minuten lesezeit",
        ),
        "fr": (
            "min de lecture",
            "minutes de lecture",
        ),
        "es": (
            "min de lectura",
            "minutos de lectura",
        ),
        "it": (
            "min di lettura",
            "minuti di lettura",
        ),
        "pt": (
            "min de leitura",
            "minutos de leitura",
        ),
        "pl": (
            "minut czytania",
            "min czytania",
            "min. czytania",
        ),
        "nl": (
            "minuten leestijd",
            "min leestijd",
            "minuut leestijd",
        ),
    },
    match="counted",
    max_chars=40,
    must_remove=(
        "4 minuten leestijd",
        "5 min read",
        "3 Minuten Lesezeit",
        "4 min de lecture",
        "6 minutos de lectura",
        "2 minuti di lettura",
        "7 min de leitura",
        "11 minut czytania",
    ),
    must_keep=("5 min read aloud by the teacher",),
)

READING_TIME_LABEL = PhraseRule(
    id="reading-time-label",
    description="Labelled reading times ('Reading time: 4 minutes', 'Lesezeit: 3 Min.').",
    phrases={
        "en": (
            "reading time",
            "estimated reading time",
        ),
        "de": (
            "lesezeit",
            "lesedauer",
        ),
        "fr": ("temps de lecture",),
        "es": ("tiempo de lectura",),
        "it": ("tempo di lettura",),
        "pt": ("tempo de leitura",),
        "pl": (
            "czas czytania",
            "ten tekst przeczytasz w mniej niż minutę",
        ),
        "nl": ("leestijd",),
    },
    match="label",
    max_chars=60,
    must_remove=(
        "Leestijd: 4 minuten",
        "Czas czytania: 3 min",
        "Ten tekst przeczytasz w mniej niż minutę",
        "Reading time: 4 minutes",
        "Lesezeit: 3 Min.",
        "Temps de lecture : 4 min",
        "Tiempo de lectura: 4 minutos",
        "Tempo di lettura: 4 minuti",
        "Tempo de leitura: 4 minutos",
    ),
    must_keep=("Reading time for pupils rose by a quarter, the survey found.",),
)

READING_TIME_LINK = ShapeRule(
    id="reading-time-link",
    description="A teaser's read-on link with its reading time: 'Weiterlesen 3 Minuten', 'Read more · 4 min'.",
    pattern=(
        r"(?:weiterlesen|read more|continue reading|keep reading|lire la suite|leer más"
        r"|seguir leyendo|sigue leyendo|leggi tutto|continua a leggere|continuar lendo|ler mais"
        r"|leia mais|lees verder|czytaj dalej)\s?[:·|–—-]?\s?\d{1,3}\s?"
        r"(?:min|mins|minuten|minute|minutes|minutos|minuti|minut|minuty)\.?"
        r"(?:\s(?:lesezeit|read|de lecture|de lectura|di lettura|de leitura|leestijd|czytania))?"
    ),
    first_words=(
        *("weiterlesen", "read", "continue", "keep", "lire", "leer", "seguir", "sigue"),
        *("leggi", "continua", "continuar", "ler", "leia", "lees", "czytaj"),
    ),
    triggers=("min",),
    max_chars=60,
    must_remove=(
        "Weiterlesen 3 Minuten",
        "Read more · 4 min read",
        "Lire la suite 5 min",
        "Leer más 3 minutos",
        "Leggi tutto 2 minuti",
        "Ler mais 6 min",
        "Lees verder 3 min",
        "Czytaj dalej 4 min",
    ),
    must_keep=("Read more than 3 minutes a day, the teacher told the pupils.",),
    languages=("en", "de", "fr", "es", "it", "pt", "nl", "pl"),
)

POST_NAVIGATION = PhraseRule(
    id="post-navigation",
    description="Links to the previous and next post with their titles ('Previous post: A Vegan Tour of NYC').",
    phrases={
        "en": (
            "previous post",
            "next post",
            "previous article",
            "next article",
            "previous story",
            "next story",
            "previous entry",
            "next entry",
            "older post",
            "newer post",
        ),
        "de": (
            "vorheriger artikel",
            "nächster artikel",
            "vorheriger beitrag",
            "nächster beitrag",
            "voriger beitrag",
        ),
        "fr": ("article précédent", "article suivant", "billet précédent", "billet suivant"),
        "es": (
            "artículo anterior",
            "artículo siguiente",
            "entrada anterior",
            "entrada siguiente",
            "noticia anterior",
            "noticia siguiente",
        ),
        "it": ("articolo precedente", "articolo successivo", "post precedente", "post successivo"),
        "pt": ("artigo anterior", "próximo artigo", "post anterior", "próximo post"),
    },
    match="label",
    max_chars=160,
    must_remove=(
        "Previous post: A Vegan Tour of NYC",
        "Next post: The Willingness to Think Differently",
        "Nächster Beitrag: Die Bahn streicht weitere Verbindungen",
        "Article précédent : La réforme des retraites adoptée",
        "Entrada anterior: El Congreso aprueba la reforma",
        "Articolo successivo: Il governo approva la manovra",
        "Próximo artigo: Governo anuncia novo pacote",
    ),
    must_keep=(
        "Next post office to close is in the village, the union said.",
        "The previous article of the law was struck down in 2019.",
    ),
)

# A blog post's footer ends with its permalink: "Posted by Ana on May 3, 2012 | Permalink".
_PERMALINK = (
    r"(?:permalink|permanent\s?link|permanentlink|permalien|lien\spermanent"
    r"|enlace\spermanente|link\spermanente|link\sbezpośredni)"
)
POST_PERMALINK = ShapeRule(
    id="post-permalink",
    description="A blog post's footer ending with its permalink: 'Posted by Ana on May 3, 2012 | Permalink'.",
    pattern=rf"[^\n|]{{2,200}}?\s?[|·•]\s?{_PERMALINK}(?:\s?[|·•][^\n]{{0,80}})?",
    first_words=(
        *("posted", "written", "filed", "veröffentlicht", "geschrieben", "eingestellt"),
        *("publié", "posté", "écrit", "publicado", "escrito", "pubblicato", "scritto"),
        *("postado", "opublikowano", "geplaatst"),
    ),
    triggers=("perma", "lien permanent", "link bezpośredni"),
    max_chars=250,
    must_remove=(
        "Posted by David Meerman Scott on October 25, 2012 | Permalink",
        "Posted at 02:19 AM | Permalink | Comments (3)",
        "Veröffentlicht von Anna Schmidt am 3. Mai 2012 | Permalink",
        "Publié par Marie Dupont le 3 mai 2012 | Lien permanent | Commentaires (2)",
        "Publicado por Ana García el 3 de mayo de 2012 | Enlace permanente",
        "Pubblicato da Marco Rossi il 3 maggio 2012 | Link permanente",
        "Postado por João Silva em 3 de maio de 2012 | Link permanente",
    ),
    must_keep=(
        "Posted by a reader on May 3, the permalink led to the old archive, the editor said.",
        "Publié par la mairie, le lien permanent vers le rapport a disparu.",
    ),
    languages=(*_LANGUAGES, "pl", "nl"),
)

# The blog's front page between the previous and the next post: "« Older | Main | Newer »".
_MAIN_PAGE = (
    *("main", "home", "hauptseite", "startseite", "accueil", "inicio", "portada"),
    *("principale", "principal", "início", "strona główna"),
)

POST_PAGER = ShapeRule(
    id="post-pager",
    description="Blog pagers with both neighbours' titles: '« 8 great talks on war | Main | Behold, 6 cyborgs »'.",
    pattern=rf"(?:[*•-]\s)?«[^\n|«»]{{1,200}}\|\s?(?:{'|'.join(_MAIN_PAGE)})\s?\|[^\n|«»]{{1,200}}»",
    first_chars="«*•-",
    triggers=tuple(f"| {word} |" for word in _MAIN_PAGE),
    max_chars=420,
    must_remove=(
        "« 8 great talks on war and peace | Main | What data is being collected on you? »",
        "« Vorheriger Eintrag: Die Bahn streikt | Hauptseite | Nächster Eintrag: Neue Tarife »",
        "« La réforme des retraites adoptée | Accueil | Le budget voté »",
        "« El Congreso aprueba la reforma | Portada | Nuevo gobierno »",
        "« Il governo approva la manovra | Principale | Nuovo bilancio »",
        "« Governo anuncia novo pacote | Principal | Orçamento aprovado »",
    ),
    must_keep=(
        "« Main | Street » was the title of the exhibition, the curator said.",
        "Le titre « Accueil | Départ » a été choisi par les élèves.",
    ),
    # a pager with one neighbour only (the first or the last post) stays
    known_misses=("« 8 great talks on war and peace | Main",),
    languages=_LANGUAGES,
)

# A pager: page numbers with a page word or a next/previous link ("Page: 1 2 Next >",
# "PAGES 1 | 2 | 3 next", "Seite 1 von 4"); trafilatura writes table cells as "| … |".
_PAGE_WORD = r"(?:pages?|seiten?|páginas?|pagin[ae]|strona|strony)"
_PAGE_STEP = (
    r"(?:next|prev(?:ious)?|suivante?|précédente?|siguiente|anterior|successiv[ao]|precedente"
    r"|avanti|próxima|następna|poprzednia|volgende|vorige)"
)
_PAGE_SEP = r"(?:\s?\\?[|/·•,]\s?|\s)"
_PAGE_NUMBERS = rf"\d{{1,3}}(?:{_PAGE_SEP}\d{{1,3}}){{1,30}}(?:\s?\\?[|/])?"
_ARROWS = r"[«»‹›<>]{0,2}"
_STEP = rf"{_ARROWS}\s?{_PAGE_STEP}(?:\s{_PAGE_WORD})?\s?{_ARROWS}"
_CELLS = r"(?:\|\s*)*"
_PAGE_OF = rf"{_PAGE_WORD}\s\d{{1,3}}\s(?:of|von|sur|de|di|z|van)\s\d{{1,3}}"

PAGE_NUMBERS = ShapeRule(
    id="page-numbers",
    description="Pagers: page numbers with a page word or a next link ('Page: 1 2 Next >', 'PAGES 1 | 2 | 3 next').",
    # "Page 2 of 5" alone is item-counter's; here with a next link or in table cells
    pattern=(
        rf"{_CELLS}(?:{_PAGE_WORD}\s?:?\s?{_PAGE_NUMBERS}(?:{_PAGE_SEP}?{_STEP})?"
        rf"|(?:{_STEP}{_PAGE_SEP})?{_PAGE_NUMBERS}{_PAGE_SEP}?{_STEP}"
        rf"|{_PAGE_OF}{_PAGE_SEP}?{_STEP})\s?{_CELLS}"
        rf"|\|\s*{_CELLS}{_PAGE_OF}\s?{_CELLS}"
    ),
    first_chars=string.ascii_letters + string.digits + "|«‹<ÁáŁ",
    # a page word or a step word, in every pager
    triggers=(
        *("page", "seite", "pági", "pagin", "strona", "strony", "next", "prev"),
        *("suivant", "précédent", "siguiente", "anterior"),
        *("successiv", "precedente", "avanti", "próxima", "następna", "poprzednia"),
        *("volgende", "vorige"),
    ),
    requires=tuple("0123456789"),  # the page numbers
    max_chars=120,
    must_remove=(
        "Page: 1 2 Next >",
        "PAGES 1 | 2 | 3 | 4 next",
        "|  | page 1 \\| 2 \\| 3 \\| |  |  |",
        "| Page 1 of 2 |  |  |",
        "Previous 1 / 34 Next",
        "| Seite 1 von 4 |",
        "Seiten: 1 2 3 4",
        "Page 1 sur 3 suivante",
        "Pages : 1 2 3 Suivante",
        "Página 1 de 3 Siguiente",
        "Páginas: 1 2 3 Siguiente",
        "Pagina 1 di 3 Successiva",
        "Pagine: 1 2 3 Successiva",
        "Página 1 de 3 Próxima",
        "Strona 1 z 3 Następna",
        "Pagina 1 van 3 Volgende",
    ),
    must_keep=(
        "Seite 367",
        "Page 12 of the report was blacked out, the lawyer said.",
        "Seite 9-24",
        "1 2 3 4",
        "Next 2 weeks",
    ),
    # bare page numbers without a page word or a next link stay (they may be a list); German
    # step words ("weiter", "zurück") are left out of the gate: they open too many lines
    known_misses=("1 | 2 | 3 | 4 | 5", "1 2 3 weiter"),
    languages=(*_LANGUAGES, "pl", "nl"),
)

REPUBLICATION_NOTE = PhraseRule(
    id="republication-note",
    description="Notes on where a story first ran ('This article was originally published on …').",
    phrases={
        "en": (
            "this article was originally published",
            "this story was originally published",
            "this article originally appeared",
            "this story originally appeared",
            "this article first appeared",
            "this story first appeared",
            "a version of this article",
            "a version of this story",
        ),
        "de": (
            "dieser artikel erschien zuerst",
            "dieser beitrag erschien zuerst",
            "dieser text erschien zuerst",
            "dieser artikel ist zuerst",
            "zuerst erschienen",
        ),
        "fr": (
            "cet article a été initialement publié",
            "cet article a été publié initialement",
            "cet article est paru",
        ),
        "es": (
            "este artículo fue publicado originalmente",
            "este artículo se publicó originalmente",
            "publicado originalmente en",
        ),
        "it": (
            "questo articolo è stato pubblicato originariamente",
            "articolo pubblicato originariamente",
        ),
        "pt": (
            "este artigo foi publicado originalmente",
            "publicado originalmente em",
        ),
    },
    match="line-start",
    max_chars=300,
    must_remove=(
        "This article was originally published on The Conversation.",
        "This story first appeared in ProPublica.",
        "Dieser Artikel erschien zuerst bei netzpolitik.org.",
        "Cet article a été initialement publié sur The Conversation.",
        "Este artículo fue publicado originalmente en The Conversation.",
        "Questo articolo è stato pubblicato originariamente su The Conversation.",
        "Este artigo foi publicado originalmente no The Conversation.",
    ),
    must_keep=("This article first drew criticism from the opposition, the minister said.",),
)

# Where a magazine story was printed: the issue ("aus DER SPIEGEL 10/2024", "Paru dans Le
# Point n° 2685") or a note on the print edition ("This article appeared in the print edition
# …", "Dieser Artikel erschien in der Ausgabe 12/2024"). Only "this article" notes are read:
# "the article appeared in …" reports on another text; an English note names the print
# edition ("This article appears in the March issue" is read as part of the story).
_ISSUE = (
    r"(?:(?:n°|nº|no\.|nr\.|n\.|núm\.|num\.|heft|ausgabe|issue|numéro|número|numero|nummer)"
    r"\s?\d{1,5}(?:\s?/\s?(?:19|20)\d\d)?|\d{1,2}\s?/\s?(?:19|20)\d\d)"
)
_PRINTED_IN = (
    r"(?:aus|erschienen in|erschienen im|from|paru dans|publié dans|publicado en|publicado na"
    r"|publicado no|publicada en|publicada na|pubblicato su|pubblicato sul|uscito su|verschenen in"
    r"|opublikowano w)"
)
_EDITION_NOTE = (
    r"(?:"
    # en
    r"(?:this|a version of this) (?:article|story|piece|essay|column|interview|review|report)"
    r"(?: also| originally| first)? (?:appeared|appears|was published|is published|ran|runs"
    r"|will appear) in (?:print|(?:the )?[^\n]{0,80}?(?:print edition|print issue|print magazine))"
    r"|from the print edition"
    # de
    r"|(?:dieser|der vorliegende) (?:artikel|text|beitrag|essay|kommentar|bericht|interview)"
    r" (?:(?:erschien|erscheint|stammt aus|entstammt)[^\n]{0,80}?(?:ausgabe|heft|magazin|zeitung)"
    r"|(?:ist|wurde) [^\n]{0,60}?(?:ausgabe|heft|magazin)[^\n]{0,40}?(?:erschienen|veröffentlicht))"
    r"|erschienen (?:in|im) [^\n]{0,60}?(?:ausgabe|heft)"
    # fr
    r"|(?:cet |l')(?:article|entretien|texte|reportage|essai|éditorial|chronique)"
    r"(?: a été| est)? (?:paru|publié)[^\n]{0,80}?"
    r"(?:édition|numéro|magazine|version papier|journal|quotidien|hebdomadaire)"
    r"|(?:article )?paru dans (?:l'édition|le numéro|le magazine)"
    # es
    r"|(?:este|el presente) (?:artículo|texto|reportaje|análisis|ensayo|entrevista|columna)"
    r"(?: fue| se)? (?:publicó|publicado|apareció)[^\n]{0,80}?"
    r"(?:edición|número|revista|papel|impres)"
    r"|publicad[oa] en (?:la edición|el número)"
    # it
    r"|(?:questo |quest')(?:articolo|testo|intervista|reportage|commento)(?: è stato| è)?"
    r" (?:pubblicat[oa]|uscit[oa]|apparso|apparsa)[^\n]{0,80}?"
    r"(?:numero|edizione|cartace|settimanale|giornale|rivista|inserto)"
    r"|(?:articolo )?pubblicato (?:sul |sull'|nel |nell')(?:numero|edizione|inserto)"
    # pt
    r"|(?:este|esta) (?:artigo|texto|reportagem|entrevista|coluna)(?: foi| é)?"
    r" (?:publicad[oa]|saiu|apareceu)[^\n]{0,80}?"
    r"(?:edição|número|revista|papel|impress)"
    r"|publicad[oa] (?:na edição|no número)"
    # nl
    r"|(?:dit|een versie van dit) (?:artikel|stuk|interview|verhaal)(?: is| werd)?"
    r" (?:verscheen|verschenen|gepubliceerd)[^\n]{0,80}?"
    r"(?:krant|editie|nummer|tijdschrift|papier|magazine)"
    # pl
    r"|(?:ten )?(?:artykuł|tekst|wywiad)(?: został)? (?:ukazał się|opublikowany|pochodzi)"
    r"[^\n]{0,80}?(?:wydani|numer|tygodni|magazyn|gazet)"
    r")"
)

PRINT_SOURCE = ShapeRule(
    id="print-source",
    description=(
        "Where a story was printed: the issue ('aus DER SPIEGEL 10/2024', 'Paru dans Le Point"
        " n° 2685') or a print-edition note ('This article appeared in the print edition …')."
    ),
    pattern=(
        rf"{_PRINTED_IN}\s(?:[\p{{L}}\d.'’&-]+\s){{1,5}}{_ISSUE}"
        r"(?:,?\s(?:s\.|p\.|seite|page|pag\.|pág\.)\s?\d{1,4})?\.?"
        rf"|{_EDITION_NOTE}[^\n]{{0,250}}"
    ),
    first_words=(
        *("this", "a", "from", "aus", "erschienen", "dieser", "der", "cet", "l'article"),
        *("l'entretien", "l'éditorial", "article", "paru", "publié", "este", "esta", "el"),
        *("publicado", "publicada", "questo", "quest'articolo", "articolo", "pubblicato"),
        *("uscito", "dit", "een", "verschenen", "ten", "artykuł", "tekst", "wywiad"),
        "opublikowano",
    ),
    # the issue's number or a word of the print edition (a cheap test before the pattern)
    triggers=(
        *("/19", "/20", "/ 19", "/ 20", "n°", "nº", " no.", " nr.", " n.", "núm.", " num."),
        *("edition", "issue", "print", "ausgabe", "heft", "magazin", "zeitung", "édition"),
        *("numéro", "papier", "journal", "quotidien", "hebdomadaire", "edición", "número"),
        *("revista", "papel", "impres", "numero", "edizione", "cartace", "settimanale"),
        *("giornale", "rivista", "inserto", "edição", "impress", "krant", "editie", "nummer"),
        *("tijdschrift", "magazine", "wydani", "tygodni", "magazyn", "gazet"),
    ),
    max_chars=300,
    must_remove=(
        "aus DER SPIEGEL 10/2024",
        "Erschienen in DIE ZEIT Nr. 12/2024",
        "Dieser Artikel erschien in der Ausgabe 12/2024 des Magazins.",
        "This article appeared in the print edition of The Economist under the headline"
        ' "Bridges to nowhere".',
        "This story also appeared in the April 2024 print issue of the magazine.",
        "Paru dans Le Point n° 2685",
        "Cet article a été publié dans l'édition du 3 mars 2024 du Monde.",
        "Este artículo se publicó en la edición impresa del 3 de marzo de 2024.",
        "Publicado en El País Semanal nº 2450",
        "Questo articolo è stato pubblicato sul numero 12 del settimanale.",
        "Articolo pubblicato sull'edizione cartacea del 3 marzo 2024.",
        "Este artigo foi publicado na edição impressa de março de 2024.",
        "Dit artikel verscheen ook in de krant van 3 maart 2024.",
        "Artykuł ukazał się w wydaniu papierowym tygodnika.",
    ),
    must_keep=(
        "The article appeared in the magazine's March issue and drew hundreds of letters.",
        "Aus dem Bericht 3/2024 geht hervor, dass die Brücke marode ist.",
        "This story ran for three weeks before the paper issued a correction, the editor said.",
        "Der Artikel erschien in der Ausgabe vom Montag und löste eine Debatte aus.",
        "Este artículo de la ley se aplica a todas las ediciones del concurso, dijo el juez.",
        "From 10/2024 the new rules apply to every driver.",
        # a magazine's own issue note, without "print": read as part of the story
        "This article appears in the January 12, 2015 issue of New York Magazine.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "nl", "pl"),
)

RESULT_COUNT = ShapeRule(
    id="result-count",
    description="A listing's result counter: 'Showing 1–10 of 19 results', 'Affichage de 1 à 10 sur 19'.",
    pattern=(
        r"(?:showing|displaying|viewing|results?|zeige|es\swerden(?:\s\p{L}+){0,2}"
        r"|affichage(?:\sde)?|mostrando|visualizzazion[ei](?:\sdi)?|visualizzati|exibindo"
        r"|wyświetlanie|toont|weergave)\s?:?\s?\d{1,6}\s?(?:[–—-]|to|bis|à|a|al|tot|do)\s?\d{1,6}"
        r"\s(?:of|von|sur|de|di|su|z|van)\s(?:insgesamt\s|total\s|un\stotal\sde\s)?\d{1,7}"
        r"(?:\s\p{L}{1,20}){0,2}[.!]?"
    ),
    first_words=(
        *("showing", "displaying", "viewing", "result", "results", "zeige", "es", "affichage"),
        *("mostrando", "visualizzazione", "visualizzazioni", "visualizzati", "exibindo"),
        *("wyświetlanie", "toont", "weergave"),
    ),
    max_chars=90,
    must_remove=(
        "Showing 1–10 of 19 results",
        "Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!",
        "Zeige 1 - 10 von 19 Ergebnissen",
        "Affichage de 1 à 10 sur 19 résultats",
        "Mostrando 1–10 de 19 resultados",
        "Visualizzazione di 1-10 su 19 risultati",
        "Exibindo 1–10 de 19 resultados",
        "Wyświetlanie 1–10 z 19 wyników",
    ),
    must_keep=(
        "Showing 10 of 19 paintings for the first time, the museum reopened.",
        "Es werden 10 bis 12 Grad erwartet.",
        "Showing 1 to 10 of 19 children had improved after the trial, the doctors said.",
    ),
    languages=(*_LANGUAGES, "pl"),
)

# A link that ends with an arrow: "See it »", "Research New Cars »", "Subscriptions >". It
# starts with a capital or a digit (a French quotation that runs over a line break ends in
# " »" too, and goes on in lower case) and holds no quotation mark, sentence end or other
# arrow ("Skip to navigation » Skip to content »" is skip-link's). A pager with an arrow
# ("Page: 1 2 Next >") is page-numbers'.
# the arrows a link may end with: the gate's triggers of both arrow rules
_LINK_ARROWS = ("»", "›", ">", "→")
ARROW_LINK = ShapeRule(
    id="arrow-link",
    description="A short link that ends with an arrow: 'See it »', 'View the Full Gallery »', 'Diashow starten ›'.",
    pattern=r"(?:[*•+-]\s)?(?-i:[\p{Lu}\d])[^\n«»‹›<>\"“”„|.!?]{0,55}?\s(?:»|›|>{1,3}|→)",
    first_chars="ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÄÇÈÉÊÍÎÓÔÖÚÜÑ0123456789*•+-",
    triggers=_LINK_ARROWS,
    max_chars=70,
    must_remove=(
        "See it »",
        "View the Full Gallery »",
        "+ Cover Story & Issue Archives »",
        "Subscriptions >",
        "Diashow starten ›",
        "Alle Bilder »",
        "Voir toutes les photos ›",
        "Ver la galería »",
        "Guarda tutte le foto →",
        "Veja a galeria completa »",
    ),
    must_keep=(
        "« Nous partirons demain », a-t-il dit.",
        "Le ministre a répondu : « Non »",
        "et la nuit tombe sur la ville »",
        "»Wir schaffen das«",
        "Er fragte: »Warum?«",
        "Temperatures > 30 degrees are expected.",
        "A → B",
    ),
    languages=("en", "de", "fr", "es", "it", "pt"),
)

# A button's arrow left alone on its line ("»", "›", ">>", "→"): the link's words were an
# image or went with the tag; a quotation's guillemet always has words beside it.
LONE_ARROW = ShapeRule(
    id="lone-arrow",
    description="A button's arrow alone on its line: '»', '›', '>>', '→'.",
    pattern=r"(?:[»›→]|>{1,3})(?:\s?(?:[»›→]|>{1,3})){0,2}",
    first_chars="»›→>",
    triggers=_LINK_ARROWS,
    max_chars=12,  # indentation included
    must_remove=("»", "›", ">>", "→", "» »", "  »  "),
    must_keep=("»Wir schaffen das«", "> 30", "A → B", "« Non »", "→ Seite 2"),
    # a back button's arrow: its glyphs are no trigger (French quotations open with them)
    known_misses=("«", "‹", "←"),
    languages=("any",),
)

RULES = (
    TOPIC_LINE,
    TOPIC_PREFIX,
    POST_FILING,
    POST_CATEGORY,
    POST_PERMALINK,
    BREADCRUMB,
    BREADCRUMB_LABEL,
    SITE_LINK,
    LINK_ROW,
    MENU_ROW,
    READING_TIME,
    READING_TIME_LABEL,
    READING_TIME_LINK,
    POST_NAVIGATION,
    POST_PAGER,
    PAGE_NUMBERS,
    ARROW_LINK,
    LONE_ARROW,
    REPUBLICATION_NOTE,
    PRINT_SOURCE,
    RESULT_COUNT,
    NAVIGATION_RUN,
    FURNITURE_ISLAND,
)
"""This family's rules, in the order they run within their stage."""
