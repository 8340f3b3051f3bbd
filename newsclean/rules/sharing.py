"""Share, print and e-mail rows, social-network buttons and 'follow us' prompts."""

from __future__ import annotations

import string

from newsclean._kinds.phrase import PhraseRule
from newsclean._kinds.structure import ShapeRule, VocabularyRule
from newsclean._text import SAID_VERBS

__all__ = [
    "CHANNEL_PROMO",
    "FOLLOW_PROMPT",
    "LIKE_BUTTON",
    "LIKE_COUNTER",
    "LONE_PROMPT",
    "MESSENGER_PROMO",
    "RULES",
    "SHARE_PROMPT",
    "SOCIAL_FOLLOW",
    "SOCIAL_ROW",
]

# The languages of the pattern and word rules below (a phrase rule takes its own from its phrases).
_LANGUAGES = ("en", "de", "fr", "es", "it", "pt")

SHARE_PROMPT = PhraseRule(
    id="share-prompt",
    description="Share, print and e-mail prompts such as 'Share this article' or 'Teilen Sie dies mit:'.",
    phrases={
        "en": (
            "share this article",
            "share this story",
            "share this post",
            "share this page",
            "share this on",
            "share this with facebook",
            "share this with twitter",
            "share this with messenger",
            "share this with whatsapp",
            "share this with email",
            "share this with pinterest",
            "share this with linkedin",
            "share article",
            "share the article",
            "like it? share it",
            "print this article",
            "print this page",
            "email this article",
            "email this story",
            "send this article",
            "copy link",
            "share full article",
            "give this article",
            "gift this article",
            "save this article",
            "save for later",
            "link copied",
            "sharing is caring",
            "be sociable, share",
            "share to facebook",
            "share to twitter",
            "flattr this",
            "reprint this article",
        ),
        "de": (
            "artikel merken",
            "zur merkliste hinzufügen",
            "artikel verschenken",
            "teilen sie dies mit",
            "teile diesen beitrag",
            "teile diesen artikel",
            "diesen artikel teilen",
            "diesen beitrag teilen",
            "artikel teilen",
            "beitrag teilen",
            "seite teilen",
            "jetzt teilen",
            "sharen mit",
            "artikel gefallen? vergiss nicht zu teilen",
            "empfiehl dies deinen freunden",
            "artikel drucken",
            "seite drucken",
            "artikel versenden",
            "artikel per e-mail versenden",
            "per e-mail versenden",
            "per e-mail teilen",
            "link kopieren",
            "drucken etc",
            "weiterempfehlen",
            "mit freunden teilen",
            "diese seite teilen",
            "diese geschichte teilen",
            "news teilen",
            "inhalt teilen",
            "möchten sie den artikel teilen",
            "den artikel mit anderen teilen",
            "dir hat der artikel gefallen? jetzt teilen",
        ),
        "fr": (
            "enregistrer l'article",
            "partager cet article",
            "partager l'article",
            "partager par e-mail",
            "imprimer l'article",
            "imprimer cet article",
            "envoyer par e-mail",
            "envoyer à un ami",
            "copier le lien",
        ),
        "es": (
            "guardar artículo",
            "compartir este artículo",
            "comparte esta noticia",
            "imprimir artículo",
            "imprimir esta noticia",
            "enviar por correo",
            "enviar por email",
            "copiar enlace",
        ),
        "it": (
            "salva articolo",
            "condividi questo articolo",
            "stampa articolo",
            "stampa questo articolo",
            "invia per email",
            "invia via email",
            "copia link",
        ),
        "pt": (
            "salvar artigo",
            "compartilhe este artigo",
            "compartilhar este artigo",
            "partilhar este artigo",
            "partilhar notícia",
            "partilhar artigo",
            "partilhe este artigo",
            "compartilhe esta notícia",
            "imprimir artigo",
            "enviar por e-mail",
            "copiar link",
        ),
        "pl": ("podziel się",),
        "nl": (
            "deel dit artikel",
            "deel dit bericht",
            "deel op",
            "deel via",
            "delen via",
            "delen op",
        ),
    },
    match="line-start",
    max_chars=60,
    must_remove=(
        "Deel dit artikel via WhatsApp",
        "Share this article",
        "Teilen Sie dies mit:",
        "Partager cet article",
        "Compartir este artículo",
        "Condividi questo articolo",
        "Compartilhe este artigo",
        "Partilhar este artigo",
        "Print this page",
        "Diese Seite teilen",
        "Podziel się",
    ),
    must_keep=(
        "Share this with your neighbours, the fire chief urged residents on Monday.",
        "Share this with your children, the doctor urged.",
        "“Follow us,” the guide told the group.",
        "Teilen mit anderen Ländern will die Regierung die Kosten nicht.",
        "Partilhar este artigo com os alunos foi a ideia da professora de Braga.",
    ),
)

LONE_PROMPT = PhraseRule(
    id="lone-prompt",
    description=(
        "Prompts standing alone as a label or button ('Share this:', 'Follow us', 'Click here',"
        " 'Sign up now', 'Teilen mit:'); the line-start prompt rules name what follows them."
    ),
    phrases={
        "en": (
            "share this",
            "follow us",
            "click here",
            "sign up now",
            "subscribe now",
            "share this with",
        ),
        "de": (
            "teile dies",
            "teilen mit",
        ),
        "fr": ("partager ceci",),
        "es": (
            "comparte esto",
            "compartir esto",
        ),
        "it": ("condividi questo",),
        "pt": (
            "compartilhe isso",
            "compartilhar isso",
        ),
    },
    match="label",
    max_chars=40,
    must_remove=(
        "Share this:",
        "Share this with",
        "Follow Us",
        "Follow us:",
        "+ Click here",
        "Sign up now",
        "SUBSCRIBE NOW",
        "Teilen mit:",
        "Partager ceci :",
        "Comparte esto:",
        "Condividi questo:",
        "Compartilhe isso:",
    ),
    must_keep=(
        "Share this with your children, the doctor urged.",
        "“Follow us,” the guide told the group.",
        "Teilen mit anderen Ländern will die Regierung die Kosten nicht.",
        "Comparte esto con tus amigos, dijo la doctora.",
    ),
)

SOCIAL_ROW = VocabularyRule(
    id="social-row",
    description="Rows of share and social-network buttons ('Facebook Twitter WhatsApp Email').",
    words=(
        "facebook",
        "twitter",
        "whatsapp",
        "telegram",
        "linkedin",
        "xing",
        "pinterest",
        "reddit",
        "tumblr",
        "instagram",
        "youtube",
        "tiktok",
        "flipboard",
        "pocket",
        "mastodon",
        "bluesky",
        "threads",
        "messenger",
        "snapchat",
        "vk",
        "email",
        "e-mail",
        "mail",
        "sms",
        "rss",
        "print",
        "share",
        "shares",
        "tweet",
        "teilen",
        "drucken",
        "printen",
        "afdrukken",
        "twittern",
        "mailen",
        "partager",
        "partages",
        "imprimer",
        "courriel",
        "compartir",
        "imprimir",
        "correo",
        "condividi",
        "stampa",
        "compartilhar",
        "compartilhe",
        "partilhar",
        "whats-app",
        "google+",
        # print views
        "printable",
        "printer-friendly",
        "druckversion",
        "druckansicht",
        "imprimable",
        "stampabile",
        "impressão",
        "printversie",
        "printvriendelijke",
        # the social bookmarks of archived pages
        "digg",
        "del.icio.us",
        "stumbleupon",
        "newsvine",
        "technorati",
        "slashdot",
    ),
    fillers=(
        "on",
        "via",
        "by",
        "auf",
        "per",
        "bei",
        "sur",
        "par",
        "en",
        "por",
        "su",
        "no",
        "em",
        "and",
        "und",
        "et",
        "y",
        "e",
        "this",
        "dies",
        "mit",
        "with",
        "article",
        "artikel",
        "beitrag",
        "seite",
        "page",
        "the",
        "le",
        "la",
        "el",
        "il",
        "o",
        "a",
        "x",
        "save",
        "to",
        # "E-mail this to a friend", "Printable version", "Versión para imprimir"
        "friend",
        "story",
        "version",
        "format",
        "printer",
        "friendly",
        "versión",
        "versione",
        "versão",
        "versie",
        "para",
    ),
    must_remove=(
        "Facebook Twitter WhatsApp Email",
        "Digg this | Save to del.icio.us",
        "Auf Facebook teilen",
        "Partager sur Facebook",
        "Compartir en WhatsApp",
        "Condividi su Twitter",
        "Compartilhar no WhatsApp",
        "WHATSAPP",
        "Facebook | Twitter | LinkedIn | E-Mail",
        "E-mail this to a friend   Printable version",
        "Printer-friendly format",
        "* Email Story",
        "Druckversion",
        "Version imprimable",
        "Versión para imprimir",
        "Versione stampabile",
        "Versão para impressão",
        "Printvriendelijke versie",
    ),
    must_keep=(
        "Facebook shares fell 5 percent on Tuesday.",
        "Facebook y Twitter bloquearon las cuentas del presidente.",
        "Printer",
        "A printable version of the report is on the ministry's website.",
        "Friendly story",
    ),
    languages=_LANGUAGES,
)

FOLLOW_PROMPT = PhraseRule(
    id="follow-prompt",
    description="'Follow us on …' prompts and invitations to an outlet's social channels.",
    phrases={
        "en": (
            "follow us on",
            "follow us at",
            "follow us for",
            "like us on facebook",
            "join us on",
            "join our telegram",
        ),
        "de": (
            "folgen sie uns auf",
            "folgen sie uns",
            "folge uns auf",
            "folgt uns auf",
            "folge uns",
            "folgt uns",
            "besuchen sie uns auf",
            "folge mir auf",
            "folgen sie mir auf",
        ),
        "fr": (
            "suivez-nous sur",
            "suivez-nous",
            "rejoignez-nous sur",
        ),
        "es": (
            "síguenos en",
            "siguenos en",
            "seguinos en",
            "síguenos",
            "únete a nuestro canal",
        ),
        "it": (
            "seguici su",
            "seguici",
        ),
        "pt": (
            "siga-nos no",
            "siga-nos em",
            "siga-nos",
            "acompanhe-nos",
        ),
        "pl": ("obserwuj nas",),
        "nl": (
            "volg ons op facebook",
            "volg ons op instagram",
            "volg ons op x",
            "volg ons op twitter",
            "volg ons op linkedin",
            "volg ons op whatsapp",
        ),
    },
    match="line-start",
    max_chars=160,
    must_remove=(
        "Volg ons op Facebook",
        "Follow us on Twitter and Facebook",
        "Folgen Sie uns auf Instagram",
        "Suivez-nous sur Twitter",
        "Síguenos en Telegram, Instagram, Facebook y Twitter",
        "Seguici su Facebook",
        "Siga-nos no Instagram",
        "Obserwuj nas na Facebooku",
    ),
    must_keep=(
        "“Follow us,” the guide told the group.",
        "Follow the money, the investigators told the committee on Tuesday.",
    ),
)

_NETWORKS = (
    r"(?:twitter|x|instagram|facebook|threads|bluesky|mastodon|linkedin|youtube|tiktok|telegram"
    r"|rss|google\+|pinterest|flipboard|whatsapp)"
)
# "follow" in each language, with the words before the name ("sigue a", "folgen Sie")
_FOLLOW = r"(?:follow|folgen(?:\ssie)?|folge|folgt|suivez|sigue(?:\sa)?|segui|siga|obserwuj)"
_ON = r"(?:on|auf|sur|en|su|no|na|in)"
_AND = r"(?:,|\sand|\sund|\set|\sy|\se|\si|\s&)"

SOCIAL_FOLLOW = ShapeRule(
    id="social-follow",
    description=(
        "A line that only asks to follow a name or a handle: 'FOLLOW ESQUIRE ON FACEBOOK',"
        " 'Follow @jdoe for the latest from Sacramento.'"
    ),
    pattern=(
        rf"{_FOLLOW}\s(?:"
        # a name (one to four words) on one to four networks, and nothing else
        rf"(?:[\w.'’&-]+\s){{1,4}}{_ON}\s{_NETWORKS}(?:{_AND}\s(?:{_ON}\s)?{_NETWORKS}){{0,3}}"
        # a handle, maybe its network, maybe what it brings (no clause after a comma)
        rf"|@\w{{1,30}}(?:\s{_ON}\s{_NETWORKS})?(?:\s(?:for|für|pour|para|per)\s[^\n,;\"“”]{{1,100}})?"
        r")[.!]?"
    ),
    first_words=(
        "follow",
        "folgen",
        "folge",
        "folgt",
        "suivez",
        "sigue",
        "segui",
        "siga",
        "obserwuj",
    ),
    max_chars=160,
    must_remove=(
        "FOLLOW ESQUIRE ON FACEBOOK",
        "Follow @jdoe for the latest in Southern California politics news.",
        "Follow @SBengali on Twitter for news out of India.",
        "Folgen Sie der Redaktion auf Twitter und Instagram",
        "Suivez Le Journal sur Facebook et Twitter",
        "Sigue a El Diario en Twitter",
        "Segui Il Giornale su Facebook",
        "Siga O Jornal no Instagram",
    ),
    must_keep=(
        "Follow the team on Twitter, the coach told fans before the final.",
        "Follow @NASA for updates, the agency said on Tuesday.",
        "Follow the money on Facebook and you find the donors, the report said.",
    ),
    languages=(*_LANGUAGES, "pl"),
)

LIKE_BUTTON = PhraseRule(
    id="like-button",
    description="Like buttons and their labels ('Like this:', 'Gefällt mir:').",
    phrases={
        "en": (
            "like this",
            "like",
            "likes",
            "like loading",
        ),
        "de": (
            "gefällt mir",
            "gefällt mir wird geladen",
            "gefällt mir lade",
        ),
        "fr": (
            "j'aime",
            "j'aime ceci",
            "j'aime chargement",
        ),
        "es": (
            "me gusta",
            "me gusta esto",
            "me gusta cargando",
        ),
        "it": (
            "mi piace",
            "mi piace caricamento",
        ),
        "pt": (
            "curtir",
            "curtir isto",
            "gosto",
            "curtir carregando",
        ),
        "nl": (
            "vind ik leuk",
            "vind-ik-leuk",
            "vind-ik-leuk laden",
        ),
    },
    match="label",
    max_chars=60,
    must_remove=(
        "Like this:",
        "Gefällt mir:",
        "J'aime ceci :",
        "Me gusta esto:",
        "Mi piace:",
        "Curtir isto:",
        "Vind ik leuk:",
        "Vind-ik-leuk Laden...",
    ),
    must_keep=(
        "Like this, the protest spread from town to town.",
        "Vind ik leuk, zei de wethouder over het plan.",
    ),
)

LIKE_COUNTER = PhraseRule(
    id="like-counter",
    description="Blog like counters and loading text ('%d Bloggern gefällt das:', 'Like Loading...').",
    phrases={
        "en": (
            "bloggers like this",
            "blogger likes this",
        ),
        "de": ("bloggern gefällt das",),
        "fr": (
            "blogueurs aiment cette page",
            "blogueurs aiment ceci",
        ),
        "es": ("blogueros les gusta esto",),
        "it": ("blogger hanno fatto clic su mi piace",),
        "pt": ("blogueiros gostam disto",),
    },
    match="contains",
    max_chars=80,
    fragment_only=True,
    must_remove=(
        "%d bloggers like this:",
        "%d Bloggern gefällt das:",
        "%d blogueurs aiment cette page :",
        "A %d blogueros les gusta esto:",
        "%d blogger hanno fatto clic su Mi Piace per questo:",
        "%d blogueiros gostam disto:",
    ),
    must_keep=("Most bloggers like this kind of story, the survey found.",),
)

# The outlet's own channel on a video or messenger platform, in a line that also asks the reader to
# come ("follow", "join", "¡Mira …!"); a quotation mark anywhere keeps the line (someone's words).
_PLATFORM = r"(?:youtube|telegram|whatsapp)"
_OUR = r"(?:our|unseren?|unserem|notre|nuestro|tenemos|nostro|nosso|temos|naszego|nasz|onze)"
_CHANNEL = (
    rf"(?:{_OUR}\s(?:own\s|new\s|neuen?\s|nouvelle\s|nuevo\s|nuovo\s|novo\s)?"
    rf"(?:{_PLATFORM}[\s-]?(?:channel|kanal|gruppe|group)|(?:chaîne|canal|canale|kanału?|kanaal)"
    rf"\s(?:de\s|sur\s|su\s|no\s|na\s|do\s|op\s|en\s)?{_PLATFORM}))"
)
_COME = (
    r"(?:follow|join|subscribe|check\sout|folge|folgen|folgt|abonniere|abonnieren|schau|schaut"
    r"|rejoignez|rejoins|abonnez|abonne-toi|suivez|mira|únete|unete|suscríbete|síguenos"
    r"|iscriviti|seguici|unisciti|inscreva|siga|acompanhe|dołącz|subskrybuj|obserwuj|volg"
    r"|abonneer)"
)
_NO_QUOTE = '[^"“”„«»]'
CHANNEL_PROMO = ShapeRule(
    id="channel-promo",
    description=(
        "Invitations to the outlet's own YouTube, Telegram or WhatsApp channel, the invitation"
        " opening a sentence: 'Join our Telegram channel'."
    ),
    pattern=(
        rf"(?!.*\b{SAID_VERBS}\b)(?=(?:{_NO_QUOTE}*[.!?]\s?)?[¡¿]?{_COME}\b)"
        rf"{_NO_QUOTE}{{0,120}}?\b{_CHANNEL}\b{_NO_QUOTE}{{0,120}}"
    ),
    first_chars=string.ascii_letters + "¡¿ÁÉÍÓÚÜÑÇÀÈÌÒÙ",
    triggers=("youtube", "telegram", "whatsapp"),
    max_chars=250,
    must_remove=(
        "Follow our YouTube channel",
        "Subscribe to our YouTube channel for more videos",
        "Abonniere unseren YouTube-Kanal!",
        "Rejoignez notre chaîne Telegram",
        "¡Mira lo que tiene nuestro canal de YouTube!",
        "¿Ya sabías que en Guatemala.com tenemos canal de Telegram? Únete desde tu celular en este enlace de invitación.",
        "Iscriviti al nostro canale YouTube",
        "Inscreva-se no nosso canal do YouTube",
    ),
    must_keep=(
        "“Join our Telegram channel,” the militia told its supporters.",
        "The ministry said our YouTube channel was hacked on Monday.",
        "Police said the group used its Telegram channel to recruit members.",
    ),
    languages=_LANGUAGES,
)

# "Receba notícias no WhatsApp": the outlet's news offered on a messenger, the offer alone.
_RECEIVE = (
    r"(?:get|receive|erhalten\ssie|erhalte|bekommen\ssie|recevez|recevoir|recibe|reciba|recibir"
    r"|ricevi|ricevere|receba|receber|recebe|ontvang|krijg|otrzymuj)"
)
_NEWS = (
    r"(?:(?:the|our|all\sthe|unsere|die|alle|nos|les|toutes\sles|las|nuestras|todas\slas|le"
    r"|nostre|tutte\sle|as|nossas|todas\sas|het|ons|al\shet)\s)?(?:latest\s|breaking\s|aktuellen\s"
    r"|wichtigsten\s|últimas\s|ultime\s|últimas\s|laatste\s)?"
    r"(?:news|updates|headlines|nachrichten|news|infos|actualités|informations|alertes|noticias"
    r"|notizie|notícias|nieuws|wiadomości)"
)
MESSENGER_PROMO = ShapeRule(
    id="messenger-promo",
    description="The outlet's news offered on a messenger: 'Get our news on WhatsApp', "
    "'Receba notícias no WhatsApp', 'Nachrichten auf WhatsApp erhalten'.",
    pattern=(
        rf"(?:{_RECEIVE}\s{_NEWS}|{_NEWS})\s(?:on|via|auf|per|über|sur|en|por|no|na|su|op|in|w)"
        rf"\s(?:whatsapp|telegram)(?:\s(?:erhalten|empfangen|recevoir|recibir|ricevere|receber"
        r"|ontvangen))?[.!]?"
    ),
    first_chars=string.ascii_letters + "ÀÁÉÍÓÚÜ",
    triggers=("whatsapp", "telegram"),
    max_chars=80,
    must_remove=(
        "Get our news on WhatsApp",
        "Receba notícias no WhatsApp",
        "Nachrichten auf WhatsApp erhalten",
        "Erhalten Sie unsere Nachrichten auf WhatsApp",
        "Recevez nos actualités sur WhatsApp",
        "Recibe las noticias en WhatsApp",
        "Ricevi le notizie su WhatsApp",
        "Ontvang het nieuws via WhatsApp",
    ),
    must_keep=(
        "Get our news on WhatsApp, the militia told its followers.",
        "Fake news on WhatsApp spread quickly during the campaign.",
        "Noticias en Telegram: así se difundió el bulo",
    ),
    languages=(*_LANGUAGES, "nl", "pl"),
)

RULES = (
    SHARE_PROMPT,
    LONE_PROMPT,
    SOCIAL_ROW,
    LIKE_BUTTON,
    LIKE_COUNTER,
    FOLLOW_PROMPT,
    SOCIAL_FOLLOW,
    CHANNEL_PROMO,
    MESSENGER_PROMO,
)
"""This family's rules, in the order they run within their stage."""
