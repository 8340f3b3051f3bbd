"""Link texts that only make sense on the web page: skip links and "click here" prompts."""

from __future__ import annotations

from newsclean._kinds.phrase import PhraseRule
from newsclean._kinds.structure import ShapeRule

__all__ = ["CLICK_PROMPT", "HOME_LINK", "RULES", "SKIP_LINK", "WEB_POINTER"]

SKIP_LINK = PhraseRule(
    id="skip-link",
    description="Accessibility skip links such as 'Skip to content'.",
    phrases={
        "en": (
            "skip to content",
            "skip to main content",
            "skip to article",
            "skip to navigation",
            "skip to main navigation",
            "skip to primary navigation",
            "skip to search",
            "skip to sidebar",
            "skip to footer",
            "skip navigation",
            "skip to main",
            "jump to content",
            "jump to main content",
            "jump to navigation",
            "go to content",
            "go to main content",
        ),
        "de": (
            "zum inhalt springen",
            "zum hauptinhalt springen",
            "zur navigation springen",
            "zur suche springen",
            "zum footer springen",
            "springe zum inhalt",
            "springe zur navigation",
            "direkt zum inhalt",
            "direkt zur navigation",
            "direkt zur suche",
            "inhalt überspringen",
            "navigation überspringen",
            "zum inhalt",
        ),
        "fr": (
            "aller au contenu",
            "aller au contenu principal",
            "aller à la navigation",
            "aller au menu",
            "aller à la recherche",
            "passer au contenu",
            "passer au contenu principal",
            "accéder au contenu",
            "accéder au contenu principal",
        ),
        "es": (
            "saltar al contenido",
            "saltar al contenido principal",
            "saltar a la navegación",
            "saltar al menú",
            "ir al contenido",
            "ir al contenido principal",
        ),
        "it": (
            "vai al contenuto",
            "vai al contenuto principale",
            "vai alla navigazione",
            "vai al menu",
            "salta al contenuto",
            "salta al contenuto principale",
            "salta alla navigazione",
        ),
        "pt": (
            "pular para o conteúdo",
            "pular para o conteúdo principal",
            "pular para a navegação",
            "ir para o conteúdo",
            "ir para o conteúdo principal",
            "saltar para o conteúdo",
            "saltar para a navegação",
        ),
        "nl": (
            "ga naar de inhoud",
            "naar de inhoud",
            "ga direct naar de inhoud",
            "direct naar de inhoud",
            "naar hoofdinhoud",
            "ga naar hoofdinhoud",
            "spring naar de inhoud",
            "naar de inhoud springen",
        ),
    },
    must_remove=(
        "Ga naar de inhoud",
        "Skip to Content",
        "Skip to main content",
        "Zum Inhalt springen",
        "Aller au contenu »",
        "Saltar al contenido",
        "Vai al contenuto",
        "Pular para o conteúdo",
    ),
    must_keep=(
        "Skip to the end: the council voted the plan down on Tuesday night.",
        "Zum Inhalt des Vertrags wollte sich der Minister nicht äußern.",
    ),
)

CLICK_PROMPT = PhraseRule(
    id="click-prompt",
    description="'Click here' prompts ('Click here to subscribe', 'Hier klicken').",
    phrases={
        "en": (
            "click here to",
            "click here for",
            "tap here",
        ),
        "de": (
            "klicken sie hier",
            "hier klicken",
            "klicke hier",
        ),
        "fr": ("cliquez ici",),
        "es": (
            "haga clic aquí",
            "haz clic aquí",
            "pulse aquí",
        ),
        "it": ("clicca qui",),
        "pt": ("clique aqui",),
    },
    match="line-start",
    max_chars=160,
    must_remove=(
        "Click here to subscribe to our newsletter.",
        "Hier klicken, um den Inhalt anzuzeigen",
        "Cliquez ici pour lire la suite",
        "Haga clic aquí para ver el video",
        "Clicca qui per l'intervista completa",
        "Clique aqui para assinar",
    ),
    must_keep=(
        "Clicking here and there, the app tracks every move, the researchers found.",
        "“Click here,” the scammers wrote.",
    ),
)

# "More information", then an optional 'at'/'unter'/'sur'..., then a web address and nothing else.
_MORE_INFO = (
    r"(?:(?:for\s)?(?:more|further)\sinfo(?:rmation)?s?(?:,?\s(?:visit|see|go\sto))?"
    r"|(?:weitere|mehr)\s(?:infos?|informationen)|infos?|informationen"
    r"|(?:pour\s)?plus\sd['’]info(?:rmation)?s?|(?:para\s)?(?:más|mas|mais)\sinforma(?:ción|ções)"
    r"|(?:per\s)?(?:maggiori|più|ulteriori)\sinformazioni|więcej\sinformacji|meer\sinfo(?:rmatie)?)"
)
_AT = r"(?:\s?:|\s(?:at|on|under|unter|auf|bei|sur|en|em|no|su|sul\ssito|na|op)\s?:?)?\s"
_ADDRESS = r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+){0,3}\.\p{L}{2,6}(?:/\S*)?\.?"
WEB_POINTER = ShapeRule(
    id="web-pointer",
    description="A line that only points to a web address: 'More info at www.example.org', 'Weitere Infos unter www…'.",
    pattern=rf"{_MORE_INFO}{_AT}{_ADDRESS}",
    first_words=(
        *("for", "more", "further", "weitere", "mehr", "info", "infos", "informationen"),
        *("pour", "plus", "para", "más", "mas", "mais", "per", "maggiori", "più", "ulteriori"),
        *("więcej", "meer"),
    ),
    # an address the reader can type: 'www.', a scheme or a common top-level domain
    requires=(
        *("www.", "://", ".com", ".org", ".net", ".info", ".eu", ".de", ".at", ".ch", ".fr"),
        *(".be", ".es", ".it", ".pt", ".br", ".pl", ".nl", ".uk"),
    ),
    max_chars=120,
    must_remove=(
        "More info at www.example.org",
        "For more information, visit https://example.org/events",
        "Weitere Infos unter www.itfjuniors.de.",
        "Mehr Informationen: www.stadt-essen.de",
        "Plus d'infos sur www.exemple.fr",
        "Más información en www.ejemplo.es",
        "Maggiori informazioni su www.esempio.it",
        "Mais informações em www.exemplo.pt",
        "Więcej informacji na www.przyklad.pl",
        "Meer info op www.voorbeeld.nl",
    ),
    must_keep=(
        "More information at the hearing came from Dr. Smith.",
        "Weitere Infos unter www.itfjuniors.de gibt es am Montag nicht.",
        "More info at 5 p.m.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "pl", "nl"),
)

_HOME = (
    r"(?:back|return|go) to (?:the )?(?:home ?page|homepage|front page)|(?:zurück )?zur startseite"
    r"|retour (?:à|a) l['’]accueil|volver a la (?:portada|página de inicio)|volver al inicio"
    r"|torna alla (?:home ?page|home|prima pagina)|voltar (?:para|à) (?:a )?página inicial"
    r"|terug naar (?:de )?(?:homepage|voorpagina)|powrót do strony głównej"
)

HOME_LINK = ShapeRule(
    id="home-link",
    description="Links back to the home page, alone or after the site's name: 'The Daily Post - "
    "Back to homepage', 'Zurück zur Startseite'.",
    # the site's name (no sentence in it) and a separator may come first
    pattern=rf"(?:[^.!?\n]{{1,60}}?\s?[-–—|:]\s?)?(?:{_HOME})\s?[»›>]?",
    first_chars=("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789ÄÖÜÉÈÀÂÁÍÓÚÇÑ«"),
    triggers=(
        *("to homepage", "to home page", "to the homepage", "to the home page", "front page"),
        *("startseite", "accueil", "portada", "volver al inicio", "torna alla"),
        *("página inicial", "terug naar", "strony głównej"),
    ),
    max_chars=100,
    must_remove=(
        "The Northern Chronicle - Back to homepage",
        "Back to homepage",
        "Zurück zur Startseite",
        "Retour à l'accueil",
        "Volver a la portada",
        "Torna alla home",
        "Voltar para a página inicial",
    ),
    must_keep=(
        "He went back to the homepage of the site to check the prices, he said.",
        "Der Link führt zurück zur Startseite des Ministeriums, sagte ein Sprecher.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "nl", "pl"),
)

RULES = (SKIP_LINK, CLICK_PROMPT, HOME_LINK, WEB_POINTER)
"""This family's rules, in the order they run within their stage."""
