"""Notices from the page's machinery: browser warnings, server errors, comment and letter forms,
and the raw markup of ad tags and embeds."""

from __future__ import annotations

from newsclean._kinds.phrase import PhraseRule
from newsclean._kinds.structure import ShapeRule

__all__ = [
    "ARTICLE_AGE",
    "BROWSER_NOTICE",
    "COMMENT_CONTROL",
    "FORM_FIELD",
    "FORM_NOTICE",
    "LETTER_PROMPT",
    "MARKUP_LINE",
    "RULES",
    "SERVER_ERROR",
    "THREAD_MORE",
]

BROWSER_NOTICE = PhraseRule(
    id="browser-notice",
    description="Browser and script warnings: 'This page is best viewed in an up-to-date web browser …'.",
    phrases={
        "en": (
            "this page is best viewed in",
            "this site is best viewed in",
            "you are using an outdated browser",
            "your browser is out of date",
            "please upgrade your browser",
            "please update your browser",
            "upgrade to the new firefox",
            "javascript is disabled",
            "javascript is required",
            "please enable javascript",
            "you need to enable javascript",
            "this site requires javascript",
            "to view this content, please enable javascript",
            "your browser does not support iframes",
            "your browser does not support javascript",
            "please enable cookies",
            "please turn on javascript",
            "turn on javascript to",
            "media requires javascript to play",
            "javascript must be enabled",
            "you must enable javascript",
            "enable javascript to view",
        ),
        "de": (
            "diese seite wird am besten",
            "ihr browser ist veraltet",
            "bitte aktualisieren sie ihren browser",
            "javascript ist deaktiviert",
            "bitte aktivieren sie javascript",
            "um diese seite nutzen zu können, aktivieren sie javascript",
            "bitte javascript aktivieren",
            "javascript muss aktiviert sein",
        ),
        "fr": (
            "votre navigateur est obsolète",
            "veuillez mettre à jour votre navigateur",
            "javascript est désactivé",
            "veuillez activer javascript",
            "javascript doit être activé",
            "activez javascript",
        ),
        "es": (
            "tu navegador está desactualizado",
            "su navegador está desactualizado",
            "actualiza tu navegador",
            "javascript está desactivado",
            "por favor, activa javascript",
            "habilita javascript",
            "es necesario activar javascript",
            "debes activar javascript",
        ),
        "it": (
            "il tuo browser non è aggiornato",
            "aggiorna il tuo browser",
            "javascript è disabilitato",
            "abilita javascript",
            "è necessario abilitare javascript",
            "attiva javascript",
        ),
        "pt": (
            "seu navegador está desatualizado",
            "atualize seu navegador",
            "o javascript está desativado",
            "ative o javascript",
            "habilite o javascript",
            "é necessário ativar o javascript",
        ),
        "nl": (
            "uw browser is verouderd",
            "je browser is verouderd",
            "update uw browser",
            "javascript is uitgeschakeld",
            "schakel javascript in",
            "zet javascript aan",
        ),
    },
    match="line-start",
    # BBC's notice, three sentences on one line, runs to 330 characters
    max_chars=400,
    must_remove=(
        "This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled.",
        "Please enable JavaScript to use this site.",
        "Please turn on JavaScript. Media requires JavaScript to play.",
        "Please turn on JavaScript to view this content",
        "Bitte JavaScript aktivieren, um das Video zu sehen.",
        "Activez JavaScript pour voir cette vidéo.",
        "Es necesario activar JavaScript para ver este contenido.",
        "È necessario abilitare JavaScript per vedere il video.",
        "Habilite o JavaScript para ver este conteúdo.",
        "Zet JavaScript aan om deze video te bekijken.",
        "Ihr Browser ist veraltet. Bitte aktualisieren Sie ihn.",
        "Votre navigateur est obsolète.",
        "Tu navegador está desactualizado.",
        "Il tuo browser non è aggiornato.",
        "Seu navegador está desatualizado.",
        "Uw browser is verouderd. Update uw browser voor een betere ervaring.",
        "This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled."
        " While you will be able to view the content of this page in your current browser, you"
        " will not be able to get the full visual experience. Please consider upgrading your"
        " browser software or enabling style sheets (CSS) if you are able to do so.",
    ),
    must_keep=(
        "Best viewed with binoculars, the comet will pass on Tuesday night.",
        "Schakel javascript in en de site werkt weer, zei de beheerder tegen de klanten.",
        "Turn on JavaScript to enjoy the full game, the studio told players in a statement.",
    ),
)

FORM_NOTICE = PhraseRule(
    id="form-notice",
    description="Comment-form checks and trackback blocks: 'As a final step before posting your comment …'.",
    phrases={
        "en": (
            "as a final step before posting your comment",
            "the letters and numbers you entered did not match the image",
            "having trouble reading this image?",
            "this is only a preview. your comment has not yet been posted",
            "your comment could not be posted",
            "your comment has been posted",
            "your comment has been saved",
            "previewing your comment",
            "verify your comment",
            "trackback url for this entry",
            "trackback url for this post",
        ),
        "de": (
            "ihr kommentar konnte nicht gespeichert werden",
            "ihr kommentar wird nach prüfung freigeschaltet",
        ),
        "fr": ("votre commentaire est en attente de modération",),
        "es": ("tu comentario está pendiente de moderación",),
        "it": ("il tuo commento è in attesa di moderazione",),
        "pt": ("seu comentário está aguardando moderação",),
    },
    match="line-start",
    max_chars=300,
    must_remove=(
        "As a final step before posting your comment, enter the letters and numbers you see.",
        "TrackBack URL for this entry:",
        "Ihr Kommentar wird nach Prüfung freigeschaltet.",
        "Votre commentaire est en attente de modération.",
        "Tu comentario está pendiente de moderación.",
        "Il tuo commento è in attesa di moderazione.",
        "Seu comentário está aguardando moderação.",
    ),
    must_keep=("Previewing your comments before the hearing is wise, the judge said.",),
)

COMMENT_CONTROL = PhraseRule(
    id="comment-control",
    description="Buttons of a comment thread standing alone: 'Report abuse', 'Kommentar melden', 'Trackbacks'.",
    phrases={
        "en": (
            "leave your comment",
            "speak your mind",
            "comment now",
            "sign in to post a comment",
            "log in to post a comment",
            "sort by",
            "newest first",
            "oldest first",
            "upvote",
            "downvote",
            "load more comments",
            "show more comments",
            "view all comments",
            "view comments",
            "report abuse",
            "report comment",
            "flag as inappropriate",
            "trackback",
            "trackbacks",
            "pingbacks",
        ),
        "de": (
            "schreiben sie einen kommentar",
            "jetzt kommentieren",
            "kommentar melden",
            "beitrag melden",
            "missbrauch melden",
            "sortieren nach",
            "neueste zuerst",
            "älteste zuerst",
            "kommentare anzeigen",
            "alle kommentare anzeigen",
            "weitere kommentare laden",
        ),
        "fr": (
            "réagir à cet article",
            "signaler un abus",
            "signaler ce commentaire",
            "trier par",
            "commenter",
            "voir les commentaires",
            "lire les commentaires",
            "afficher les commentaires",
        ),
        "es": (
            "comenta esta noticia",
            "deja tu opinión",
            "denunciar abuso",
            "reportar comentario",
            "reportar abuso",
            "ordenar por",
            "comentar",
            "ver comentarios",
            "leer comentarios",
            "ver todos los comentarios",
        ),
        "it": (
            "commenta la notizia",
            "lascia la tua opinione",
            "segnala abuso",
            "segnala commento",
            "ordina per",
            "commenta",
            "leggi i commenti",
            "mostra i commenti",
            "vedi tutti i commenti",
        ),
        "pt": (
            "deixe sua opinião",
            "comente esta notícia",
            "denunciar abuso",
            "denunciar comentário",
            "classificar por",
            "comentar",
            "ver comentários",
            "ler comentários",
            "ver todos os comentários",
        ),
        "nl": (
            "schrijf een reactie",
            "log in om te reageren",
            "sorteer op",
            "nieuwste eerst",
            "oudste eerst",
            "reageer",
            "bekijk reacties",
            "lees reacties",
            "toon reacties",
        ),
    },
    max_chars=40,
    must_remove=(
        "Report abuse",
        "Kommentar melden",
        "Signaler un abus",
        "Denunciar abuso",
        "Segnala abuso",
        "Denunciar comentário",
        "Bekijk reacties",
        "Sort by",
        "Commenter",
        "Leggi i commenti",
        "Leave your comment",
        "Sign in to Post a Comment",
        "Schreiben Sie einen Kommentar",
        "Réagir à cet article",
        "Deja tu opinión",
        "Lascia la tua opinione",
        "Deixe sua opinião",
        "Schrijf een reactie",
    ),
    must_keep=(
        "Report abuse to the police, the charity urged victims on Monday.",
        "Sort by date and the pattern is clear, the clerk told the jury.",
    ),
)

# "View 12 more replies": a thread's button that opens more of it, with its count.
_MORE_VERBS = (
    r"(?:view|show|load|see|read|alle|zeige|lade|voir|afficher|charger|ver|mostrar|cargar"
    r"|mostra|vedi|carica|leggi|bekijk|toon|laad|pokaż|zobacz)"
)
_THREAD_ITEMS = (
    r"(?:replies|comments|answers|antworten|kommentare|réponses|commentaires|respuestas"
    r"|comentarios|risposte|commenti|respostas|comentários|reacties|antwoorden|odpowiedzi"
    r"|komentarze|komentarzy)"
)

THREAD_MORE = ShapeRule(
    id="thread-more",
    description=(
        "A comment thread's button that opens more of it, with a count: 'View 12 more"
        " replies', 'Alle 24 Kommentare anzeigen', 'Voir les 12 réponses'."
    ),
    # the verb, up to three small words ("all", "the", "more"), the count, up to two, the
    # items; or the count and the items first, then the verb ("12 weitere Antworten anzeigen")
    pattern=(
        rf"{_MORE_VERBS}(?:\s[\p{{L}}']{{1,8}}){{0,3}}\s\d{{1,5}}(?:\s[\p{{L}}']{{1,8}}){{0,2}}"
        rf"\s{_THREAD_ITEMS}(?:\s[\p{{L}}]{{1,8}}){{0,2}}"
        rf"|(?:alle\s)?\d{{1,5}}(?:\s[\p{{L}}]{{1,8}})?\s{_THREAD_ITEMS}\s(?:anzeigen|laden|lesen)"
    ),
    first_chars="VvSsLlRrAaZzCcMmBbTtPp0123456789",
    triggers=(
        *("repl", "comment", "answer", "antwort", "kommentar", "réponse", "respuesta"),
        *("comentario", "rispost", "resposta", "comentário", "reactie", "antwoord"),
        *("odpowiedzi", "komentarz"),
    ),
    max_chars=50,
    must_remove=(
        "View 12 more replies",
        "Show all 24 comments",
        "Load 5 more comments",
        "Alle 24 Kommentare anzeigen",
        "12 weitere Antworten anzeigen",
        "Voir les 12 réponses",
        "Afficher 3 réponses de plus",
        "Ver 12 respuestas más",
        "Ver los 24 comentarios",
        "Mostra altre 12 risposte",
        "Leggi tutti i 24 commenti",
        "Ver mais 12 respostas",
        "Ver os 24 comentários",
        "Bekijk 12 reacties",
        "Pokaż 5 odpowiedzi",
    ),
    must_keep=(
        "Read all 24 comments before you vote, the chair told members.",
        "Ver 12 comentarios fue suficiente.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "nl", "pl"),
)

LETTER_PROMPT = PhraseRule(
    id="letter-prompt",
    description="Invitations to write a letter to the editor: 'Submit a letter to the editor …', 'Leserbrief schreiben'.",
    phrases={
        "en": (
            "submit a letter to the editor",
            "submit your letter to the editor",
            "send your letter to the editor",
            "send a letter to the editor",
            "write a letter to the editor",
            "we want to hear what you think about this article",
            "our standards: the thomson reuters trust principles",
        ),
        "de": (
            "leserbrief schreiben",
            "schreiben sie einen leserbrief",
            "schreiben sie uns einen leserbrief",
            "ihr leserbrief an die redaktion",
        ),
        "fr": (
            "écrire au courrier des lecteurs",
            "écrivez au courrier des lecteurs",
            "envoyer une lettre à la rédaction",
        ),
        "es": (
            "envíe una carta al director",
            "envía una carta al director",
            "escriba una carta al director",
        ),
        "it": (
            "scrivi una lettera al direttore",
            "invia una lettera al direttore",
        ),
        "pt": (
            "envie uma carta ao leitor",
            "escreva uma carta ao editor",
            "envie sua carta ao editor",
        ),
    },
    match="line-start",
    max_chars=200,
    must_remove=(
        "Submit a letter to the editor or write to letters@theatlantic.com.",
        "Send your letter to the editor to letters@thenation.com.",
        "Leserbrief schreiben",
        "Écrire au courrier des lecteurs",
        "Envíe una carta al director",
        "Scrivi una lettera al direttore",
        "Envie uma carta ao leitor",
    ),
    must_keep=("Letters to the editor poured in after the column, the paper said.",),
)

SERVER_ERROR = ShapeRule(
    id="server-error",
    description="Server warnings printed into the page: 'Warning: … in /www/htdocs/…/classes.php on line 407'.",
    pattern=(
        r"(?:PHP )?(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards)"
        r"\s?: [^\n]{1,300} in /[^\s]{1,200} on line \d{1,6}"
    ),
    first_words=("warning:", "notice:", "deprecated:", "fatal", "parse", "strict", "php"),
    triggers=(" on line ",),
    max_chars=500,
    must_remove=(
        "Warning: Creating default object from empty value in /www/htdocs/w0094d70/"
        "wp-includes/classes.php on line 407",
        "Deprecated: Function split() is deprecated in /home/site/public_html/index.php on line 12",
    ),
    must_keep=("Warning: the bridge will close on line 4 of the tram network from Monday.",),
    languages=("any",),
)

ARTICLE_AGE = ShapeRule(
    id="article-age",
    description="Notes that an article is old: 'This article is more than 1 year old', "
    "'Dieser Artikel ist älter als ein Jahr'.",
    pattern=(
        r"(?:this (?:article|story|content) is (?:more|over) than (?:\d{1,2}|an?|one|two|three) "
        r"(?:years?|months?) old|(?:dieser|der) (?:artikel|beitrag) ist (?:älter als|mehr als) "
        r"(?:\d{1,2}|ein|einen|zwei|drei) (?:jahre?|monate?)(?: alt)?|cet article (?:a|date de) "
        r"plus (?:de |d['’])(?:\d{1,2}|un|deux|trois) (?:ans?|mois)|este artículo tiene más de "
        r"(?:\d{1,2}|un|dos|tres) (?:años?|meses)|questo articolo ha più di (?:\d{1,2}|un|due|tre) "
        r"(?:anni|anno|mesi)|este artigo tem mais de (?:\d{1,2}|um|dois|três) (?:anos?|meses))\.?"
    ),
    first_words=("this", "dieser", "der", "cet", "este", "questo"),
    max_chars=70,
    must_remove=(
        "This article is more than 1 year old",
        "This article is more than 5 years old",
        "Dieser Artikel ist älter als ein Jahr.",
        "Cet article date de plus de deux ans",
        "Este artículo tiene más de un año",
        "Questo articolo ha più di 2 anni",
        "Este artigo tem mais de um ano",
    ),
    must_keep=(
        "This article is more than a summary: it is a call to act, the author wrote.",
        "Der Beitrag ist älter als ein Jahr, aber noch immer aktuell, sagte die Redaktion.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt"),
)

# The fields of a comment, sign-up or letter form, per language (en, de, fr, es, it, pt, nl, pl).
_FORM_FIELDS = (
    *("name", "first name", "last name", "full name", "your name", "e-mail", "email"),
    *("e-mail address", "email address", "your email", "your email address", "your e-mail"),
    *("website", "url", "city", "zip", "zip code", "postal code", "password", "username"),
    *("user name", "vorname", "nachname", "ihr name", "e-mail-adresse", "ihre e-mail-adresse"),
    *("webseite", "wohnort", "plz", "postleitzahl", "passwort", "benutzername", "nom"),
    *("prénom", "votre nom", "courriel", "adresse e-mail", "adresse électronique", "site web"),
    *("site internet", "ville", "code postal", "mot de passe", "pseudo", "nombre", "apellido"),
    *("apellidos", "tu nombre", "su nombre", "correo", "correo electrónico", "sitio web"),
    *("ciudad", "código postal", "contraseña", "usuario", "nome", "cognome", "il tuo nome"),
    *("indirizzo email", "indirizzo e-mail", "sito web", "città", "nome utente", "sobrenome"),
    *("seu nome", "o seu nome", "cidade", "cep", "senha", "palavra-passe", "utilizador"),
    *("usuário", "naam", "voornaam", "achternaam", "e-mailadres", "woonplaats", "postcode"),
    *("wachtwoord", "gebruikersnaam", "imię", "nazwisko", "adres e-mail", "miasto", "hasło"),
    *("kod pocztowy", "nazwa użytkownika"),
)
_REQUIRED = (
    r"(?:\*|\((?:required|erforderlich|pflichtfeld|obligatoire|obligatorio|obbligatorio"
    r"|obrigatório|verplicht|wymagane)\))"
)

FORM_FIELD = ShapeRule(
    id="form-field",
    description=(
        "A form's field label alone on its line, with its colon or its required mark:"
        " 'Name:', 'E-Mail *', 'Code postal :', 'Nombre (obligatorio)'."
    ),
    pattern=(
        rf"(?:{'|'.join(sorted(_FORM_FIELDS, key=len, reverse=True))})"
        rf"\s?(?:{_REQUIRED}\s?:?|:\s?{_REQUIRED}?)"
    ),
    first_words=frozenset(field.split()[0] for field in _FORM_FIELDS),
    # the colon or the required mark every field label carries (a cheap test before the pattern)
    requires=(":", "*", "("),
    max_chars=40,
    must_remove=(
        "Name:",
        "Last name:",
        "Email address: *",
        "E-Mail *",
        "Vorname:",
        "Postleitzahl (Pflichtfeld)",
        "Prénom :",
        "Code postal :",
        "Nombre (obligatorio)",
        "Correo electrónico:",
        "Cognome:",
        "Città *",
        "Sobrenome:",
        "Cidade *",
        "Achternaam:",
        "Nazwisko:",
    ),
    must_keep=(
        "Name: John Smith",
        "Name",
        "City: a new mayor for the capital",
        "Nome: Marco Rossi",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "nl", "pl"),
)

# An opening tag with an attribute ('<a href=', '<SCRIPT language=') or a script, frame or
# body tag, then tags with at most six words between two of them and none after the last
# (a byline or a caption there is text); the last tag may run to the end of the line (cut
# off). Atomic parts: no backtracking on a long line.
_TAG_START = r"<(?:[a-z][a-z0-9]*\s+[a-z][\w:-]*\s*=|/?(?:script|iframe|noscript|style|body)\b)"
_FEW_WORDS = r"\s*+(?:[^<\s]++\s*+){0,6}+"

MARKUP_LINE = ShapeRule(
    id="markup-line",
    description=(
        "Raw HTML left in the text: a line of tags with attributes (ad tags, tracking images,"
        " embeds), at most a few words between two of them and none after the last: an ad"
        " server's SCRIPT, A HREF and IMG SRC tags, an iframe of a video player."
    ),
    pattern=rf"{_TAG_START}[^<>]*+(?:>(?:{_FEW_WORDS}<[^<>]*+>)*+\s*+(?:<[^<>]*+)?)?",
    first_chars="<",
    max_chars=5000,
    must_remove=(
        '<SCRIPT language="JavaScript1.1" SRC="http://ad.doubleclick.net/adj/N339;sz=468x60">'
        "</SCRIPT>",
        '<A HREF="http://ad.doubleclick.net/jump/site;ord=123" TARGET="_top"><IMG SRC='
        '"http://ad.doubleclick.net/ad/site" BORDER=0 ALT="Click Here!"></A>',
        '<iframe width="476" height="267" src="https://example.com/video/embed/?pid=14030919"'
        ' frameborder="0" allowfullscreen></iframe>',
        '<body bgcolor="#000000"> </body>',
        '<script type="text/javascript"> document.write(\'<a href="http://clk.example.com/go">',
        '<IMG SRC="http://ads.example.net/banner1.gif" WIDTH=468 HEIGHT=60 BORDER=0>',
    ),
    must_keep=(
        "<b>Note:</b> the council will meet again on Monday.",
        "<span>Almost as good as a writing residency, she said. <br /></span>",
        '<a href="/council">The council voted on Tuesday to close the bridge for a year</a>',
        "<p>The mayor said the bridge would reopen in the spring.</p>",
        # a byline after an ad tag
        '<A HREF="http://ad.example.com/jump"><IMG SRC="http://ad.example.com/ad"></A>  By Ron Ames',
        "<<< Previous",
        "< 5 km from the centre",
    ),
    languages=("any",),
)

RULES = (
    ARTICLE_AGE,
    FORM_NOTICE,
    FORM_FIELD,
    COMMENT_CONTROL,
    THREAD_MORE,
    BROWSER_NOTICE,
    SERVER_ERROR,
    LETTER_PROMPT,
    MARKUP_LINE,
)
"""This family's rules, in the order they run within their stage."""
