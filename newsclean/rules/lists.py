"""Link lists and fragments outside the article: related headlines, archives, footers, a
site's masthead."""

from __future__ import annotations

from newsclean._kinds.footer import FooterFragmentRule
from newsclean._kinds.line import line_rule
from newsclean._kinds.link_list import LinkListRule
from newsclean._kinds.masthead import MastheadRule
from newsclean._kinds.structure import IslandRule, ShapeRule
from newsclean.parsers.lexicon import every

__all__ = [
    "ARCHIVE_MONTHS",
    "EMPTY_ITEM",
    "FOOTER_FRAGMENT",
    "LINK_LIST",
    "MASTHEAD",
    "RULES",
    "TEASER_ISLAND",
]

# What an empty list item or table row is made of: bullets, cell borders, a page number.
_EMPTY_ITEM_CHARS = frozenset("*•·+-| \t0123456789")
_ITEM_MARKS = frozenset("*•·+-")


@line_rule(
    id="empty-item",
    description=(
        "List items and table rows without text: a bullet alone, a bullet and a page number,"
        " a row of empty cells ('*', '* 2', '| | |')."
    ),
    must_remove=("*", "  * 2", "• ", "* |", "| | |", "-", "|  |  |  |  |  |  |  |  |"),
    must_keep=(
        "* * *",
        "---",
        "- 3,5",
        "*Name changed by the editors",
        "2",
        "| Total | 12 |",
        "+3",
    ),
    languages=("any",),
    max_chars=40,
    first_chars="*•·+-|",
)
def empty_item(line: str) -> bool:
    """A bullet (then at most a three-digit number) or two or more empty cells, alone."""
    if not _EMPTY_ITEM_CHARS.issuperset(line):
        return False
    if line[0] == "|":
        return line.count("|") >= 2 and not line.strip("| \t")  # not a "|---|---|" rule
    if line[0] not in _ITEM_MARKS or line.count(line[0]) > 1:
        return False
    rest = line[1:].strip().rstrip("|").strip()
    return rest == "" or (line[1:2] in (" ", "\t") and rest.isdigit() and len(rest) <= 3)


LINK_LIST = LinkListRule(
    id="link-list",
    description="Runs of three or more bulleted headline-shaped lines above or below the article body.",
    must_remove=(
        # The long cookie notice stands in for the body paragraph (another rule removes it).
        "We use cookies to personalise content and ads, to provide social media features and to "
        "analyse our traffic on this site.\n\nShare this article\n\n"
        "  * Why has the year 2014 been so hot?\n"
        "  * World on course for warmest year\n"
        "  * IS release 350 Yazidis in Iraq",
        "Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe auf unsere "
        "Website zu analysieren.\n\nArtikel teilen\n\n"
        "• Die Bahn streicht 2024 weitere Verbindungen\n"
        "• Wie teuer wird der Winter?\n"
        "• Neue Regeln für Pendler ab Montag",
        "Nous utilisons des cookies pour personnaliser le contenu et les annonces et pour "
        "analyser le trafic de notre site.\n\nPartager cet article\n\n"
        "12 janv. 2015 La réforme des retraites adoptée\n"
        "11 janv. 2015 Le budget en débat à l'Assemblée\n"
        "10 janv. 2015 Grève dans les transports lundi",
        "Utilizamos cookies propias y de terceros para personalizar el contenido y los "
        "anuncios, y para analizar nuestro tráfico.\n\nCompartir este artículo\n\n"
        "* El Congreso aprueba la reforma de las pensiones por amplia mayoría\n"
        "* La inflación baja en abril por tercer mes consecutivo\n"
        "* ¿Qué pasa con las pensiones de los autónomos?",
        "Utilizziamo i cookie propri e di terze parti per personalizzare contenuti e "
        "annunci e per analizzare il nostro traffico.\n\nCondividi questo articolo\n\n"
        "* Il governo approva la manovra dopo una lunga notte di trattative\n"
        "* Sciopero dei treni venerdì in tutta la Lombardia\n"
        "* Come cambiano le pensioni dal prossimo anno",
        "Utilizamos cookies próprios e de terceiros para personalizar conteúdo e anúncios e "
        "para analisar o nosso tráfego.\n\nCompartilhe este artigo\n\n"
        "* Governo anuncia novo pacote de medidas para a economia\n"
        "* Inflação cai em abril pelo terceiro mês seguido\n"
        "* O que muda nas regras do INSS a partir de julho",
    ),
    must_keep=(
        "The council met on Tuesday and voted to close the bridge over the river for a year.\n\n"
        "The winners of the night:\n"
        "  * Best picture: Oppenheimer\n"
        "  * Best actress: Emma Stone\n"
        "  * Best actor: Cillian Murphy",
        "The council met on Tuesday and voted to close the bridge over the river for a year.\n\n"
        "What the plan includes\n"
        "  * A new bus lane on the high street.\n"
        "  * Two more crossings near the school.\n"
        "  * Cheaper parking for residents.",
        # The key points at the end of a story: no furniture between them and the body.
        "Germany wants to lead the world market for green hydrogen, the minister said on Monday.\n"
        "- High storage and transport capacity\n"
        "- Germany wants to become the market leader\n"
        "- Industry needs cheap electricity",
    ),
    # Bullets are any language's; dated items read month names in these six.
    languages=("en", "de", "fr", "es", "it", "pt"),
)

FOOTER_FRAGMENT = FooterFragmentRule(
    id="footer-fragment",
    description=(
        "Short fragments below the end of the article: after the last paragraph and a share row,"
        " comment heading, related list or copyright line."
    ),
    after=(
        "share-prompt",
        "lone-prompt",
        "social-row",
        "like-button",
        "like-counter",
        "follow-prompt",
        "comment-prompt",
        "comment-count",
        "comment-form",
        "comment-heading",
        "comment-guidelines",
        "newsletter-prompt",
        "related-header",
        "related-section",
        "related-label",
        "teaser-list",
        "link-list",
        "copyright-line",
        "legal-footer",
        "copyright-notice",
        "author-profile-stub",
        "author-posts-link",
        "topic-line",
        "topic-prefix",
        "post-filing",
        "republication-note",
        "empty-item",
    ),
    # Furniture that never stands between two parts of a story (share rows and like buttons
    # do): below the story's core paragraphs, it ends the story. The comment form comes after
    # the story (the comments themselves are sentences and stay).
    story_after=(
        "related-header",
        "related-section",
        "related-label",
        "teaser-list",
        "link-list",
        "legal-footer",
        "copyright-notice",
        "comment-form",
    ),
    # a copyright line with a year ("© 2000 The Nation"); without one it can be a photo credit
    dated_story_after=("copyright-line",),
    must_remove=(
        # The cookie notice stands in for the story's last paragraph (another rule removes it).
        "We use cookies to personalise content and ads, to provide social media features and to "
        "analyse our traffic on this site.\n\nShare this article\n\nWeather in Boston\n\n"
        "All recipes at a glance",
        "Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe auf unsere "
        "Website zu analysieren.\n\nArtikel teilen\n\nDas Wetter in Berlin\n\nAlle Rezepte im Überblick",
        # Bulleted teasers below the end of the article go even when they end like a sentence.
        "We use cookies to personalise content and ads, to provide social media features and to "
        "analyse our traffic on this site.\n\n*\n\n"
        "* Judge rules that home care workers are really employees.\n"
        "* Why the Senate vote matters for the budget talks in March.",
    ),
    must_keep=(
        # Nothing ends the story: the short lines after the last paragraph stay.
        "The council met on Tuesday and voted to close the bridge over the river for a year.\n\n"
        "What happens next\n\nThe works start in May",
    ),
    languages=("any",),
)

TEASER_ISLAND = IslandRule(
    id="teaser-island",
    description=(
        "One or two teasers left between removed lines below the first paragraph: a bulleted"
        " headline or a question that the list rules did not take."
    ),
    max_lines=2,
    item_chars=150,
    word_bounds=True,
    must_remove=(
        # A cookie notice stands in for the story's last paragraph (another rule removes it).
        "We use cookies to personalise content and ads, to provide social media features and to "
        "analyse our traffic on this site.\n\n"
        "More from ABC News\n\n"
        "* Miley Cyrus Engaged: Marriage Before 25 a Bad Decision?\n\n"
        "More Video »",
        "Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe auf unsere "
        "Website zu analysieren.\n\n"
        "Artikel teilen\n\n"
        "Wie teuer wird der Winter für Mieter?\n\n"
        "* Warum die Brücke so lange gesperrt bleibt, obwohl die Arbeiten fast fertig sind\n\n"
        "Alle Artikel »",
        "Nous utilisons des cookies pour personnaliser le contenu et les publicités et pour "
        "analyser notre trafic sur ce site.\n\n"
        "Publicité\n\n"
        "• Pourquoi les loyers explosent-ils dans les grandes villes ?\n\n"
        "Voir plus »",
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle "
        "publicidad relacionada con sus preferencias.\n\n"
        "Compartir\n\n"
        "¡Así será el nuevo puente de la ciudad!\n\n"
        "Ver más »",
    ),
    must_keep=(
        # a question between paragraphs is the story's subheading
        "The council met on Tuesday and voted to close the old bridge over the river for a "
        "year, the mayor said.\n\n"
        "What happens next?\n\n"
        "The works start in May, the mayor said, and should be done by the following spring.",
        # a list of the story between paragraphs
        "The council met on Tuesday and voted to close the old bridge over the river for a "
        "year, the mayor said.\n\n"
        "* Why is the bridge closed for so long?\n"
        "* Who pays for the works?\n\n"
        "Both questions came up at the meeting, and the mayor answered them one by one.",
    ),
    languages=("any",),
)

# The story's first paragraph, for the examples.
_STORY = (
    "\n\nThe council voted on Tuesday to close the old bridge over the river for a year, and"
    " the works start in May."
)

MASTHEAD = MastheadRule(
    id="masthead",
    description=(
        "A site's name or tagline alone at the top, between its skip link and its menu, above"
        " the headline: 'Een blog over de stad, de fiets en het weer'."
    ),
    # The examples with the skip link and menu around a masthead (removed) or a headline
    # (kept) are in tests/rules/test_furniture.py: a rule's own examples are removed or
    # kept whole.
    must_keep=(
        # the page's first lines, with nothing removed above or below them
        "Northfield Notes\n\nWhy the bridge closes" + _STORY,
    ),
    languages=("any",),
)

EMPTY_ITEM = empty_item

# The month names a blog's archive prints, in the languages this rule claims.
_ARCHIVE_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
_MONTHS = sorted(every("months", languages=_ARCHIVE_LANGUAGES), key=lambda name: (-len(name), name))
ARCHIVE_MONTHS = ShapeRule(
    id="archive-months",
    description=(
        "A blog's archive list: three or more lines in a row that are each a month and a year,"
        " perhaps with a post count ('* June 2009', 'Juni 2009 (4)', 'juin 2009')."
    ),
    pattern=rf"(?:{'|'.join(_MONTHS)})\.?\s(?:de\s)?\d{{4}}(?:\s?\(\d{{1,4}}\))?",
    first_words=_MONTHS,
    max_chars=30,
    min_run=3,
    # after link-list, which counts the months as items of the list beside them
    stage="structure",
    must_remove=(
        "* June 2009\n* May 2009\n* April 2009",
        "Juni 2009 (4)\nMai 2009 (2)\nApril 2009 (7)",
        "* juin 2009\n* mai 2009\n* avril 2009",
        "junio de 2009\nmayo de 2009\nabril de 2009",
        "* giugno 2009 (3)\n* maggio 2009 (5)\n* aprile 2009 (1)",
        "junho 2009\n\nmaio 2009\n\nabril 2009",
        "* juni 2009\n* mei 2009\n* april 2009",
    ),
    must_keep=(
        "June 2009",
        "* June 2009\n* May 2009",
        "In June 2009 the council voted to close the bridge.\nMay 2009\nApril 2009",
        "June 2009\nThe council voted to close the bridge.\nMay 2009\nApril 2009",
        "June 2009: the council votes\nMay 2009: the mayor resigns\nApril 2009: the flood",
        "Juni 2009\nMai 2009",
        "Im Juni 2009 stimmte der Rat ab.\nMai 2009\nApril 2009",
        "juin 2009 – le vote\nmai 2009 – la démission\navril 2009 – la crue",
        "Junio de 2009\nEl consejo votó el cierre del puente.\nMayo de 2009\nAbril de 2009",
    ),
    languages=_ARCHIVE_LANGUAGES,
)

RULES = (EMPTY_ITEM, LINK_LIST, ARCHIVE_MONTHS, FOOTER_FRAGMENT, TEASER_ISLAND, MASTHEAD)
"""This family's rules, in the order they run within their stage."""
