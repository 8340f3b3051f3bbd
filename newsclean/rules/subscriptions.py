"""Newsletter, subscription, paywall, login and app prompts."""

from __future__ import annotations

import string

from newsclean._kinds.follower import PrecedingRule
from newsclean._kinds.phrase import PhraseRule
from newsclean._kinds.structure import ShapeRule
from newsclean._text import SAID_VERBS

__all__ = [
    "ACCOUNT_LINK",
    "APP_PROMPT",
    "FREE_ARTICLES_LEFT",
    "NEWSLETTER_PITCH",
    "NEWSLETTER_PROMPT",
    "NEWSLETTER_QUESTION",
    "PAYWALL_PROMPT",
    "RSS_ROW",
    "RULES",
    "SIGNUP_TEASER",
    "SUBSCRIPTION_OFFER",
    "THANKS_SUBSCRIBE",
    "TRIAL_OFFER",
]

NEWSLETTER_PROMPT = PhraseRule(
    id="newsletter-prompt",
    description="Newsletter and subscription prompts such as 'Sign up for our newsletter'.",
    phrases={
        "en": (
            "ready for more?",
            "by subscribing, you agree to",
            "by signing up, you agree to",
            "by signing up you agree to",
            "sign up for our newsletter",
            "sign up for the",
            "sign up to our newsletter",
            "sign up to get",
            "sign up to receive",
            "sign up now for",
            "sign up now to",
            "sign up now and",
            "sign up for free",
            "get our free",
            "subscribe to our newsletter",
            "subscribe to the newsletter",
            "subscribe to our",
            "subscribe now to",
            "subscribe now for",
            "subscribe now and",
            "subscribe now free",
            "subscribe today",
            "subscribe for",
            "get our newsletter",
            "get our email newsletter",
            "get our e-mail newsletter",
            "get the newsletter",
            "join our newsletter",
            "join our mailing list",
            "our newsletter",
            "newsletter sign up",
            "newsletter signup",
            "never miss a story",
            "enter your email",
            "enter your e-mail",
            "type your email",
            "discover more from",
            "get the latest news delivered",
            "delivered to your inbox",
            "follow blog via email",
            "subscribe to email updates",
            "subscribe to the",
            "subscribe via rss",
            "subscribe to",
            "receive new posts directly",
            "get updates directly to your inbox",
            "never miss a post",
            "send me email every new post",
            "join our free",
            "receive our monthly newsletter",
            "yes! sign me up",
            "sign me up",
            "don't have time to read every single post",
            "never miss the latest news",
            "get the latest news",
            "stay up-to-date on our work",
            "world-class articles, delivered weekly",
            "skip past newsletter promotion",
            "after newsletter promotion",
            "free daily newsletter",
            "free weekly newsletter",
        ),
        "de": (
            "mit ihrer anmeldung akzeptieren sie",
            "mit der anmeldung akzeptieren sie",
            "mit der anmeldung stimmen sie",
            "newsletter abonnieren",
            "jetzt newsletter abonnieren",
            "zum newsletter anmelden",
            "jetzt zum newsletter anmelden",
            "jetzt zum kostenlosen newsletter anmelden",
            "für den newsletter anmelden",
            "abonnieren sie unseren newsletter",
            "abonnieren sie jetzt",
            "abonnieren sie den",
            "melden sie sich für unseren newsletter an",
            "newsletter bestellen",
            "unser newsletter",
            "blog via e-mail abonnieren",
            "möchten sie unseren newsletter",
            "gib deine e-mail-adresse an",
            "gib deine e-mail-adresse ein",
            "geben sie ihre e-mail-adresse ein",
            "e-mail-adresse eingeben",
            "jetzt abonnieren",
            "jetzt anmelden",
            "abonniere unseren newsletter",
            "abonniere den newsletter",
            "abonnieren sie unseren",
            "mit unserem newsletter",
            "holen sie sich meinen kostenlosen newsletter",
            "holen sie sich unseren newsletter",
            "ja, ich möchte den",
            "newsletteranmeldung",
            "newsletter-anmeldung",
            "persönlicher newsletter",
            "dein personalisierter newsletter",
            "bleiben sie auf dem laufenden mit",
            "um neue beiträge per e-mail zu erhalten",
            "unser kostenloser newsletter",
            "und abonnieren sie unseren",
            "bitte geben sie ihre e-mail-adresse ein, um diesem blog zu folgen",
            "sie möchten gerne automatisch über jeden neuen",
            "dann würde ich mich darüber freuen, wenn du meine neuesten artikel abonnierst",
            "auf dem laufenden bleiben",
            "du willst nichts mehr verpassen",
            "sie wollen mehr von uns",
        ),
        "fr": (
            "en vous inscrivant, vous acceptez",
            "en vous abonnant, vous acceptez",
            "saisissez votre adresse e-mail",
            "entrez votre adresse e-mail",
            "inscrivez-vous à notre newsletter",
            "inscrivez-vous à la newsletter",
            "abonnez-vous à notre newsletter",
            "abonnez-vous à la newsletter",
            "abonnez-vous",
            "recevez notre newsletter",
            "notre newsletter",
            "inscription à la newsletter",
            "pour rester informé",
            "tous nos derniers podcasts dans votre boîte mail",
            "tous nos derniers podcasts",
        ),
        "es": (
            "al suscribirte, aceptas",
            "al suscribirse, acepta",
            "al registrarte, aceptas",
            "introduce tu correo",
            "ingresa tu correo",
            "suscríbete a nuestro boletín",
            "suscríbete a nuestra newsletter",
            "suscríbete al boletín",
            "suscríbete",
            "suscribite",
            "suscribirse",
            "recibe nuestro boletín",
            "nuestro boletín",
        ),
        "it": (
            "iscrivendoti accetti",
            "iscrivendoti, accetti",
            "inserisci il tuo indirizzo email",
            "inserisci la tua email",
            "iscriviti alla newsletter",
            "iscriviti alla nostra newsletter",
            "iscriviti",
            "ricevi la nostra newsletter",
            "la nostra newsletter",
        ),
        "pt": (
            "ao se inscrever, você concorda",
            "ao subscrever, concorda",
            "digite seu e-mail",
            "insira seu e-mail",
            "assine a nossa newsletter",
            "assine nossa newsletter",
            "inscreva-se na nossa newsletter",
            "inscreva-se na newsletter",
            "inscreva-se",
            "assine já",
            "receba nossa newsletter",
            "receba as notícias",
            "nossa newsletter",
        ),
        "pl": (
            "zapisz się do newslettera",
            "zapisz się",
            "zapraszamy do subskrypcji",
            "zapraszamy też do subskrypcji",
        ),
        "nl": (
            "door je aan te melden ga je akkoord",
            "door u aan te melden gaat u akkoord",
            "schrijf je in voor de nieuwsbrief",
            "schrijf je in voor onze nieuwsbrief",
            "meld je aan voor de nieuwsbrief",
            "meld je aan voor onze nieuwsbrief",
            "aanmelden voor de nieuwsbrief",
            "abonneer je op de nieuwsbrief",
            "abonneer je op onze nieuwsbrief",
            "ontvang onze nieuwsbrief",
        ),
    },
    match="line-start",
    max_chars=200,
    must_remove=(
        "Schrijf je in voor onze nieuwsbrief",
        "Sign up for our newsletter",
        "By subscribing, you agree to our Terms of Use and Privacy Policy.",
        "Mit Ihrer Anmeldung akzeptieren Sie unsere Datenschutzbestimmungen.",
        "En vous inscrivant, vous acceptez notre politique de confidentialité.",
        "Al suscribirte, aceptas nuestra política de privacidad.",
        "Iscrivendoti accetti la nostra informativa sulla privacy.",
        "Ao se inscrever, você concorda com a nossa política de privacidade.",
        "Door je aan te melden ga je akkoord met ons privacybeleid.",
        "Subscribe now to our eNATION edition for the full story.",
        "Jetzt zum kostenlosen Newsletter anmelden",
        "Inscrivez-vous à notre newsletter",
        "Suscríbete a nuestro boletín",
        "Iscriviti alla newsletter",
        "Assine a nossa newsletter",
        "Abonniere unseren Newsletter",
        "Subscribe to email updates",
        "Sign up now to get our morning briefing",
        "Zapisz się do newslettera",
        "Zapraszamy też do subskrypcji tygodnika",
    ),
    must_keep=(
        "Sign up now, says union, as strike looms",
        "“Subscribe now, or miss out,” the ad said.",
        "“Subscribe today,” the publisher urged readers.",
        "Subscribers to the service will pay more from January, the company said.",
        "Newsletters were once the backbone of the campaign, said the strategist.",
        "By subscribing to the service, users agree to pay more from January, the firm said.",
    ),
)

PAYWALL_PROMPT = PhraseRule(
    id="paywall-prompt",
    description="Paywall and subscriber-only prompts ('Wählen Sie Ihren Zugang und lesen Sie weiter').",
    phrases={
        "en": (
            "to continue reading",
            "subscribe to continue",
            "subscribe to read",
            "to read the full story",
            "to view the full story",
            "to read the full article",
            "read the full story",
            "this content is for subscribers",
            "this article is for subscribers",
            "this article is only available to subscribers",
            "this content is only available to subscribers",
            "already a subscriber",
            "already subscribed",
            "if you're seeing this message but you're already a subscriber",
            "unlock this article",
            "become a member",
            "become a subscriber",
            "support our journalism",
            "support independent journalism",
            "while you are here",
            "while you're here",
            "if you enjoyed reading this post",
            "would you consider supporting our work",
            "if you like our work",
            "if you like this article",
            "if you liked this article",
            "if you liked what you just read",
            "please support our journalism",
            "log in, register or subscribe to save articles",
            "log in or subscribe to save articles",
            "subscribe to save articles",
            "this post is for paid subscribers",
            "upgrade to paid",
            "give a gift subscription",
            "pledge your support",
            "already have an account",
            "create a free account",
            "register for free to continue",
            "sign up for free to continue",
            "you have reached your limit of free articles",
            "you've reached your free article limit",
            "you have read all your free articles",
        ),
        "de": (
            "während sie hier sind",
            "wählen sie ihren zugang",
            "lesen sie weiter mit",
            "jetzt weiterlesen",
            "weiterlesen mit",
            "möchten sie weiterlesen",
            "um weiterzulesen",
            "um den vollständigen artikel",
            "dieser artikel ist nur für abonnenten",
            "dieser inhalt ist nur für abonnenten",
            "exklusiv für abonnenten",
            "nur für abonnenten",
            "bereits abonnent",
            "sie sind bereits abonnent",
            "schon abonnent",
            "jetzt testen",
            "jetzt abo abschließen",
            "unterstützen sie unabhängigen journalismus",
            "wenn ihnen unser artikel gefallen hat",
            "unterstütze uns",
            "unterstützen sie unsere arbeit",
            "wenn ihnen dieser artikel gefallen hat",
            "unterstützen sie uns mit einer spende",
            "jetzt kostenlos registrieren",
            "sie haben bereits ein konto",
            "bereits ein konto",
            "registrieren sie sich kostenlos",
            "sie haben ihr kontingent an kostenlosen artikeln",
        ),
        "fr": (
            "pendant que vous êtes ici",
            "pour lire la suite",
            "pour accéder en illimité",
            "la suite est réservée aux abonnés",
            "cet article est réservé aux abonnés",
            "article réservé aux abonnés",
            "réservé aux abonnés",
            "déjà abonné",
            "vous êtes déjà abonné",
            "si vous avez aimé cet article",
            "faites un don",
            "soutenez notre journalisme",
            "créez un compte gratuit",
            "vous avez déjà un compte",
            "déjà un compte",
            "inscrivez-vous gratuitement pour",
            "vous avez atteint votre limite d'articles gratuits",
        ),
        "es": (
            "ya que estás aquí",
            "para seguir leyendo",
            "para continuar leyendo",
            "para leer la nota completa",
            "contenido exclusivo para suscriptores",
            "este contenido es exclusivo",
            "ya eres suscriptor",
            "¿ya eres suscriptor",
            "hazte miembro",
            "hazte socio",
            "si te gustó este artículo",
            "haz una donación",
            "apoya nuestro periodismo",
            "crea una cuenta gratis",
            "¿ya tienes una cuenta",
            "ya tienes una cuenta",
            "regístrate gratis para",
            "has alcanzado el límite de artículos gratuitos",
        ),
        "it": (
            "mentre sei qui",
            "per continuare a leggere",
            "per leggere l'articolo completo",
            "contenuto riservato agli abbonati",
            "articolo riservato agli abbonati",
            "sei già abbonato",
            "abbonati per continuare",
            "se ti è piaciuto questo articolo",
            "fai una donazione",
            "sostieni il nostro giornalismo",
            "crea un account gratuito",
            "hai già un account",
            "registrati gratuitamente per",
            "hai raggiunto il limite di articoli gratuiti",
        ),
        "pt": (
            "já que você está aqui",
            "para continuar lendo",
            "para ler a matéria completa",
            "conteúdo exclusivo para assinantes",
            "já é assinante",
            "já sou assinante",
            "assine para continuar",
            "se você gostou deste artigo",
            "faça uma doação",
            "apoie nosso jornalismo",
            "crie uma conta gratuita",
            "já tem uma conta",
            "já tem conta",
            "cadastre-se grátis para",
            "você atingiu o limite de matérias gratuitas",
        ),
        "nl": (
            "om verder te lezen",
            "lees verder met",
            "dit artikel is alleen voor abonnees",
            "al abonnee",
            "ben je al abonnee",
            "maak een gratis account aan",
            "heb je al een account",
            "al een account",
            "steun onze journalistiek",
        ),
    },
    match="line-start",
    max_chars=250,
    must_remove=(
        "Wählen Sie Ihren Zugang und lesen Sie weiter",
        "To view the full story, please subscribe to The Haitian Times.",
        "If you’re seeing this message but you’re already a subscriber, you can log in for immediate access to this story.",
        "Pour lire la suite, abonnez-vous",
        "Para seguir leyendo, suscríbete",
        "Per continuare a leggere abbonati",
        "Para continuar lendo, assine",
        "If you enjoyed reading this post – would you consider supporting our work? Just click here.",
        "If you like this article, consider making a donation.",
        "Wenn Ihnen dieser Artikel gefallen hat, unterstützen Sie uns.",
        "Si vous avez aimé cet article, faites un don.",
        "Si te gustó este artículo, haz una donación.",
        "Se ti è piaciuto questo articolo, sostienici.",
        "Se você gostou deste artigo, faça uma doação.",
        "Create a free account to continue reading",
        "Jetzt kostenlos registrieren und weiterlesen",
        "Créez un compte gratuit pour lire la suite",
        "Om verder te lezen, word abonnee",
    ),
    must_keep=(
        "“Already subscribed?” the clerk asked.",
        "Continue reading the report and you will find the ministry knew in March.",
        "Reste à comprendre pourquoi le projet a été abandonné en 2019.",
    ),
)

# "You have 3 free articles left this month", "Il vous reste 2 articles gratuits": the meter.
_FREE_LEFT = (
    r"(?:you\s(?:have|'ve\sgot)\s\d{1,2}\sfree\s(?:articles?|stories|story)\s(?:left|remaining)"
    r"|sie\shaben\snoch\s\d{1,2}\s(?:kostenlose|freie)\sartikel"
    r"|il\svous\sreste\s\d{1,2}\sarticles?\sgratuits?"
    r"|(?:te|le)\s(?:quedan?|resta[n]?)\s\d{1,2}\s(?:artículos|notas)\s(?:gratis|gratuit[oa]s)"
    r"|ti\s(?:resta|restano)\s\d{1,2}\sarticoli?\sgratuit[io]"
    r"|(?:você\stem|restam)\s\d{1,2}\s(?:matérias|reportagens|artigos)\s(?:grátis|gratuit[oa]s)"
    r"|(?:je\shebt|u\sheeft)\snog\s\d{1,2}\sgratis\sartikel(?:en)?)"
)
FREE_ARTICLES_LEFT = ShapeRule(
    id="free-articles-left",
    description="The paywall's meter: 'You have 3 free articles left this month', 'Il vous reste 2 articles gratuits'.",
    pattern=rf"{_FREE_LEFT}[^\n]{{0,80}}",
    first_words=("you", "sie", "il", "te", "le", "ti", "você", "restam", "je", "u"),
    triggers=("free", "kostenlose", "freie", "gratuit", "gratis", "grátis"),
    max_chars=150,
    must_remove=(
        "You have 3 free articles left this month.",
        "Sie haben noch 2 kostenlose Artikel in diesem Monat.",
        "Il vous reste 2 articles gratuits ce mois-ci.",
        "Te quedan 4 artículos gratis este mes.",
        "Ti restano 3 articoli gratuiti questo mese.",
        "Você tem 2 matérias grátis restantes.",
        "Je hebt nog 3 gratis artikelen deze maand.",
    ),
    must_keep=(
        "You have 3 free tickets left, the clerk told him.",
        "Sie haben noch zwei Wochen Zeit, sagte der Bürgermeister.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "nl"),
)

# "Thanks for reading The Letter! Subscribe for free to receive new posts …": a newsletter's
# sign-off, thanks and the subscribe call in one line.
# "Jetzt 4 Wochen gratis testen", "Try 1 month free": a trial offer's button, a verb of trying,
# a length and a word for free on one short line (en, de, fr, es, it, pt, nl).
_TRY = (
    r"(?:try|start|get|enjoy|testen|lesen|ausprobieren|sichern|essayez|essayer|testez|tester"
    r"|profitez|prueba|pruébalo|probar|disfruta|prova|provalo|experimente|experimentar|teste|testar"
    r"|probeer|proberen|uitproberen|lees|lezen)"
)
_TRIAL_LENGTH = (
    r"\d{1,3}\s(?:days?|weeks?|months?|tage|wochen|woche|monate?|jours|semaines?|mois|días"
    r"|semanas?|mes(?:es)?|giorni|settimane|mesi|mese|dias|mês|dagen|weken|week|maand(?:en)?)"
)
_FREE = (
    r"(?:free|for\sfree|gratis|kostenlos|gratuitement|gratuits?|offerts?|gratuito|gratuita"
    r"|grátis|de\sgraça)"
)
_NO_CLAUSE = r"[^\n,;:.!?\"“”„«»]"  # a clause, a sentence's end or someone's words: a story
TRIAL_OFFER = ShapeRule(
    id="trial-offer",
    description="A trial offer's button: 'Try 4 weeks free', 'Jetzt 4 Wochen gratis testen', "
    "'Essayez gratuitement pendant 1 mois', 'Prova gratis per 1 mese'.",
    # the verb opens the line (after "now") or ends it: a button, not a sentence
    pattern=(
        rf"(?=.*\b{_TRIAL_LENGTH}\b)(?=.*\b{_FREE}\b)"
        rf"(?:(?:(?:jetzt|now|nu|ahora|ora|agora|maintenant)\s)?{_TRY}\b{_NO_CLAUSE}{{4,50}}"
        rf"|{_NO_CLAUSE}{{4,50}}\s{_TRY})!?"
    ),
    first_chars=string.ascii_letters + string.digits + "ÉÁÍÓÚ",
    triggers=("free", "gratis", "kostenlos", "gratuit", "offert", "grátis", "graça"),
    max_chars=70,
    must_remove=(
        "Try 4 weeks free",
        "Start your 30 days free trial",
        "Jetzt 4 Wochen gratis testen",
        "30 Tage kostenlos lesen",
        "Essayez gratuitement pendant 1 mois",
        "Prueba 1 mes gratis",
        "Prova gratis per 1 mese",
        "Experimente 30 dias grátis",
        "Probeer 4 weken gratis",
    ),
    must_keep=(
        "Try 4 weeks free of sugar, the doctor advised.",
        "He got 3 weeks free after the appeal.",
        "Die ersten 4 Wochen gratis testen konnten nur Schüler.",
        "Probeer 4 weken gratis te leven, zei ze.",
        "Die ersten 4 Wochen gratis testen konnten nur Schüler",
        "Try 4 weeks free of sugar.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "nl"),
)

_THANKS = (
    r"(?:thanks\sfor\sreading|thank\syou\sfor\sreading|danke\sfürs\slesen|merci\sde\svotre\slecture"
    r"|gracias\spor\sleer|grazie\sper\saver\sletto|obrigad[oa]\spor\sler|bedankt\svoor\shet\slezen)"
)
_SUBSCRIBE = (
    r"(?:subscribe|sign\sup|abonniere|abonnieren|abonnez|suscríbete|iscriviti|assine|inscreva"
    r"|abonneer)"
)
THANKS_SUBSCRIBE = ShapeRule(
    id="thanks-subscribe",
    description="A newsletter's sign-off that asks for a subscription: 'Thanks for reading The Letter! Subscribe for free …'.",
    # the call opens a sentence of its own; reported speech is a story's line
    pattern=(
        rf"(?!.*\b{SAID_VERBS}\b){_THANKS}\b[^\n]{{0,120}}?[.!?]\s+(?:[^\s.!?]+\s){{0,3}}?"
        rf"{_SUBSCRIBE}[^\n]{{0,150}}"
    ),
    first_words=(
        "thanks",
        "thank",
        "danke",
        "merci",
        "gracias",
        "grazie",
        "obrigado",
        "obrigada",
        "bedankt",
    ),
    triggers=("reading", "lesen", "lecture", "leer", "letto", "ler", "lezen"),
    max_chars=300,
    must_remove=(
        "Thanks for reading The Northfield Letter! Subscribe for free to receive new posts and support my work.",
        "Danke fürs Lesen! Abonniere den Newsletter, um keinen Beitrag zu verpassen.",
        "Merci de votre lecture ! Abonnez-vous gratuitement pour recevoir les prochains articles.",
        "Gracias por leer. Suscríbete gratis para recibir los nuevos artículos.",
        "Grazie per aver letto! Iscriviti gratis per ricevere i nuovi post.",
        "Obrigado por ler! Assine grátis para receber os novos textos.",
        "Bedankt voor het lezen! Abonneer gratis om nieuwe berichten te ontvangen.",
    ),
    must_keep=(
        "Thanks for reading the report, the minister told reporters before the vote to subscribe.",
        "Thanks for reading this far: the twist comes in the last chapter.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "nl"),
)

APP_PROMPT = PhraseRule(
    id="app-prompt",
    description="Prompts to install the outlet's app ('Download our app').",
    phrases={
        "en": (
            "download our app",
            "download the app",
            "download the free",
            "get the app",
            "get our app",
            "for the latest stories and breaking news updates download",
        ),
        "de": (
            "laden sie unsere app",
            "laden sie sich unsere app",
            "holen sie sich die app",
            "jetzt die app",
            "app herunterladen",
        ),
        "fr": (
            "téléchargez notre application",
            "téléchargez l'application",
            "téléchargez notre appli",
            "télécharger l'application",
        ),
        "es": (
            "descarga nuestra app",
            "descarga la app",
            "descargá la app",
            "descarga nuestra aplicación",
        ),
        "it": (
            "scarica la nostra app",
            "scarica l'app",
            "scarica gratis l'app",
        ),
        "pt": (
            "baixe nosso app",
            "baixe o app",
            "baixe o aplicativo",
            "baixe a app",
        ),
    },
    match="line-start",
    max_chars=200,
    must_remove=(
        "Download our app",
        "For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.",
        "Laden Sie unsere App herunter",
        "Téléchargez notre application",
        "Descarga nuestra app",
        "Scarica la nostra app",
        "Baixe nosso app",
    ),
    must_keep=("Download speeds in rural areas lag far behind the cities, the regulator said.",),
)

ACCOUNT_LINK = PhraseRule(
    id="account-link",
    description="Lone login, registration, subscription and newsletter links ('Sign in', 'Anmelden', 'Connexion').",
    phrases={
        "en": (
            "our newsletters",
            "log in",
            "login",
            "log out",
            "sign in",
            "sign up",
            "sign up here",
            "subscribe here",
            "register",
            "my account",
            "subscribe",
            "you are not logged in",
            "newsletter",
            "newsletters",
            "thank you for subscribing",
            "thanks for subscribing",
            "thanks for signing up",
            "donate",
            "donate now",
            "donate today",
            "make a donation",
            "subscriber exclusive",
            "subscribers only",
            "members only",
            "premium",
            "premium content",
        ),
        "de": (
            "unsere newsletter",
            "anmelden",
            "einloggen",
            "abmelden",
            "registrieren",
            "jetzt registrieren",
            "mein konto",
            "angemeldet bleiben",
            "abo",
            "abonnieren",
            "abonnement",
            "sie sind nicht eingeloggt",
            "sie sind aktuell nicht eingeloggt",
            "du bist nicht eingeloggt",
            "danke für ihre anmeldung",
            "vielen dank für ihre anmeldung",
            "ihr warenkorb ist leer",
            "schon registriert? hier einloggen",
            "kostenlos registrieren und weiterlesen",
            "hier kostenlos anmelden",
            "anmeldung und registrierung",
            "ich habe als gast bestellt",
            "spenden",
            "jetzt spenden",
            "plus-artikel",
            "abo-artikel",
            "nur für abonnenten",
            "premium-inhalt",
        ),
        "fr": (
            "nos newsletters",
            "nos lettres d'information",
            "se connecter",
            "connexion",
            "s'inscrire",
            "inscription",
            "mon compte",
            "s'abonner",
            "vous n'êtes pas connecté",
            "merci pour votre inscription",
            "faire un don",
            "je fais un don",
            "abonnés",
            "réservé aux abonnés",
            "contenu premium",
        ),
        "es": (
            "nuestros boletines",
            "nuestras newsletters",
            "iniciar sesión",
            "ingresar",
            "registrarse",
            "regístrate",
            "mi cuenta",
            "suscribirme",
            "no has iniciado sesión",
            "gracias por suscribirte",
            "donar",
            "dona ahora",
            "exclusivo suscriptores",
            "exclusivo para suscriptores",
            "contenido premium",
        ),
        "it": (
            "le nostre newsletter",
            "accedi",
            "registrati",
            "il mio account",
            "abbonamento",
            "abbonati",
            "non sei connesso",
            "grazie per esserti iscritto",
            "dona ora",
            "riservato agli abbonati",
            "contenuto premium",
        ),
        "pt": (
            "nossas newsletters",
            "nossos boletins",
            "entrar",
            "cadastre-se",
            "cadastrar",
            "minha conta",
            "assine",
            "assinar",
            "você não está logado",
            "obrigado por se inscrever",
            "doe agora",
            "doar",
            "exclusivo para assinantes",
            "conteúdo exclusivo",
        ),
        "nl": (
            "onze nieuwsbrieven",
            "inloggen",
            "log in",
            "uitloggen",
            "registreren",
            "mijn account",
            "account aanmaken",
            "abonneer",
            "abonneren",
            "word abonnee",
            "doneer",
            "doneer nu",
            "alleen voor abonnees",
            "premium artikel",
        ),
    },
    max_chars=60,
    must_remove=(
        "Donate now",
        "Jetzt spenden",
        "Inloggen",
        "Sign in",
        "Anmelden",
        "Se connecter",
        "Iniciar sesión",
        "Accedi",
        "Entrar",
    ),
    must_keep=("Sign in sheets showed the minister arrived at 9 a.m.",),
)

SUBSCRIPTION_OFFER = PhraseRule(
    id="subscription-offer",
    description=(
        "Subscription offers, however long: 'Subscribe now and get 1 year of New York Magazine"
        " for only $15.97 …'."
    ),
    phrases={
        "en": (
            "subscribe now and get",
            "subscribe now and save",
            "subscribe today and get",
            "subscribe today and save",
            "subscribe and save",
        ),
        "de": (
            "jetzt abonnieren und",
            "jetzt abo abschließen und",
            "jetzt testen und",
        ),
        "fr": (
            "abonnez-vous et profitez",
            "abonnez-vous dès maintenant et",
            "abonnez-vous maintenant et",
        ),
        "es": (
            "suscríbete ahora y",
            "suscríbete y obtén",
            "suscríbete y ahorra",
        ),
        "it": (
            "abbonati ora e",
            "abbonati subito e",
        ),
        "pt": (
            "assine agora e",
            "assine já e",
        ),
    },
    match="line-start",
    # the offer runs on with its price list; the phrases only open offers
    max_chars=1000,
    # (newsletter-prompt takes the short ones, up to 200 characters)
    must_remove=(
        "Subscribe now and get 1 year of New York Magazine for ONLY $15.97 - that's just 35 cents"
        " an issue! New York Magazine brings you the best from the city's restaurants, shopping,"
        " nightlife, theater, art and more, delivered to your door every week of the year.",
        "Jetzt abonnieren und 30 % sparen: Lesen Sie die Zeitung für nur 9,99 € im Monat auf"
        " allen Geräten, mit dem E-Paper am Vorabend, allen Artikeln auf der Website und in der"
        " App sowie unseren Newslettern. Jederzeit monatlich kündbar, ohne Mindestlaufzeit.",
        "Abonnez-vous et profitez de 3 mois offerts : le journal en version numérique sur tous"
        " vos écrans, l'édition du soir dès 18 heures, nos newsletters exclusives et les archives"
        " depuis 1944. Sans engagement, résiliable à tout moment en quelques clics.",
        "Suscríbete ahora y obtén el primer mes gratis: acceso ilimitado a todas las noticias,"
        " la edición impresa en formato digital, boletines exclusivos y la hemeroteca completa"
        " desde 1976. Sin permanencia, puedes cancelar cuando quieras desde tu cuenta.",
        "Abbonati ora e risparmia il 50%: accesso illimitato a tutti gli articoli del sito e"
        " dell'app, il giornale in edizione digitale dalle 6 del mattino, le newsletter"
        " riservate agli abbonati e l'archivio storico. Disdici quando vuoi, senza vincoli.",
        "Assine agora e ganhe o primeiro mês grátis: acesso ilimitado a todas as reportagens do"
        " site e do aplicativo, a edição digital do jornal, newsletters exclusivas para"
        " assinantes e o acervo desde 1921. Cancele quando quiser, sem multa nem fidelidade.",
    ),
    must_keep=(
        "Subscribers now get fewer issues, the publisher admitted on Tuesday.",
        "Abonnieren und Sparen war das Motto der Kampagne, sagt der Verlag.",
    ),
)

# A newsletter teaser that ends in its sign-up button, written as a button is (case kept):
# "Get The Times of Israel's Daily Edition by email and never miss our top stories Free Sign Up".
_MAIL_WORD = (
    r"(?:e-?mail|newsletter|inbox|posteingang|postfach|courriel|boîte|correo|bandeja|posta"
    r"|caixa|skrzynk)"
)
_BUTTON = (
    r"(?-i:(?:Free\s|FREE\s)?(?:Sign\s[Uu]p|SIGN\sUP)(?:\s[Nn]ow)?|(?:Jetzt|Kostenlos)\s[Aa]nmelden|Anmelden"
    r"|Jetzt\s[Aa]bonnieren|Abonnieren|Je\sm['’]inscris|S['’]inscrire|Inscrivez-vous|Suscríbete|Suscribirme"
    r"|Regístrate|Iscriviti|Inscreva-se|Cadastre-se|Zapisz\ssię|Aanmelden|Inschrijven)"
)
_NO_END = r"[^\"“”„«».!?]"  # a sentence end or a quotation before the button: not a teaser
SIGNUP_TEASER = ShapeRule(
    id="signup-teaser",
    description=(
        "A newsletter teaser ending in its sign-up button: 'Get our Daily Edition by email and"
        " never miss our top stories Free Sign Up'."
    ),
    pattern=rf"(?={_NO_END}*{_MAIL_WORD}){_NO_END}{{10,200}}?\s{_BUTTON}!?",
    first_chars=string.ascii_letters + "¡¿ÁÉÍÓÚÜÑÇÀÈÌÒÙÄÖ",
    triggers=(
        *("sign up", "anmelden", "abonnieren", "inscri", "suscr", "regístrate", "iscriviti"),
        *("inscreva", "cadastre", "zapisz", "aanmelden", "inschrijven"),
    ),
    # every word of _MAIL_WORD holds one of these
    requires=(
        *("mail", "newsletter", "inbox", "posteingang", "postfach", "courriel", "boîte"),
        *("correo", "bandeja", "posta", "caixa", "skrzynk"),
    ),
    max_chars=250,
    must_remove=(
        "Get The Times of Israel's Daily Edition by email and never miss our top stories Free Sign Up",
        "Die wichtigsten Nachrichten des Tages jeden Morgen per E-Mail Jetzt anmelden",
        "Toute l'actualité du jour dans votre boîte mail S'inscrire",
        "Las noticias del día en tu correo cada mañana Suscríbete",
        "Le notizie del giorno nella tua casella di posta Iscriviti",
        "As notícias do dia na sua caixa de entrada Inscreva-se",
    ),
    must_keep=(
        "Readers who want the report by email can sign up.",
        "Wer den Newsletter per E-Mail will, muss sich anmelden.",
        "Wer sich per E-Mail anmeldet, bekommt den Newsletter jeden Morgen.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt"),
)

# A question to the reader, then the newsletter: "Lust auf mehr? … Melde dich hier für unseren
# Newsletter an!", "Do you want to be informed of our actions? Sign up here". The answer ends in an
# exclamation mark or is the sign-up button itself; a quotation anywhere keeps the line.
_OUR = r"(?:our|unseren?|unserem|notre|nos|nuestro|nuestra|nostra|nostro|nossa|nosso|naszego)"
_LETTER = r"(?:\p{L}*newsletter\p{L}*|infolettre|lettre\sd['’]information|boletín|bolletti?no)"
_SIGN_UP_HERE = (
    r"(?-i:Sign\s[Uu]p\s(?:[Hh]ere|[Nn]ow)|Subscribe\s(?:[Hh]ere|[Nn]ow)|(?:Hier|Jetzt)\sabonnieren"
    r"|Inscrivez-vous\s(?:ici|maintenant)|Abonnez-vous\sici"
    r"|(?:Suscríbete|Inscríbete|Regístrate)\saquí|Iscriviti\squi|(?:Inscreva-se|Cadastre-se)\saqui)"
)
NEWSLETTER_QUESTION = ShapeRule(
    id="newsletter-question",
    description=(
        "A question to the reader answered by the newsletter: 'Lust auf mehr? … Melde dich hier"
        " für unseren Newsletter an!', 'Do you want to be informed of our actions? Sign up here'."
    ),
    pattern=(
        rf"{_NO_END}{{3,120}}\?\s(?:{_SIGN_UP_HERE}[.!]?"
        rf"|[^\"“”„«»]{{0,200}}?\b{_OUR}\s(?:\p{{L}}+\s){{0,2}}?{_LETTER}\b[^\"“”„«».?,;]{{0,25}}!)"
    ),
    first_chars=string.ascii_letters + "¡¿ÁÉÍÓÚÜÑÇÀÈÌÒÙÄÖ",
    requires=("?",),  # the question every match asks: a cheap test before the pattern
    # every match holds one: a word of _LETTER or of _SIGN_UP_HERE
    triggers=(
        *("newsletter", "infolettre", "lettre d", "boletín", "bollet", "sign up", "subscribe"),
        *("abonnieren", "inscrivez", "abonnez", "suscríbete", "inscríbete", "regístrate"),
        *("iscriviti", "inscreva", "cadastre"),
    ),
    max_chars=300,
    must_remove=(
        "Do you want to be informed of DiEM25's actions? Sign up here",
        "Want more stories like this? Get them every Friday with our free newsletter!",
        "Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang liefern."
        " Melde dich hier für unseren Newsletter an!",
        "Sie möchten wöchentliche Produktvorstellungen? Schauen Sie mal in unseren Musiknewsletter!",
        "Envie d'en savoir plus ? Recevez chaque semaine notre newsletter !",
        "¿Quieres más historias como esta? ¡Recibe gratis nuestro boletín!",
        "Vuoi saperne di più? Ricevi ogni settimana la nostra newsletter!",
        "Quer saber mais? Receba a nossa newsletter todas as semanas!",
    ),
    must_keep=(
        "Why a newsletter? Because our readers asked for one, the editor said.",
        "Warum ein Newsletter? Weil unsere Leser ihn wollten.",
        "“Do you want to be informed? Sign up here,” the poster read.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt"),
)

# A header row whose last cell subscribes to the page's feed: "Pressemitteilungen … | RSS-Feed abonnieren".
_FEED = (
    r"(?:rss[-\s]?feed\sabonnieren|rss\sabonnieren|subscribe\sto\s(?:the\s|our\s|this\s)?(?:rss|feed)"
    r"(?:\sfeed)?|s['’]abonner\sau\sflux(?:\srss)?|suscribirse\sal\s(?:feed|canal)(?:\srss)?"
    r"|suscríbete\sal\s(?:feed|canal)\srss|iscriviti\sal\sfeed(?:\srss)?|assinar\s(?:o\s)?(?:feed\s)?rss"
    r"|subskrybuj\srss|rss[-\s]feed|rss)"
)
RSS_ROW = ShapeRule(
    id="rss-row",
    description="A header row ending in a feed link: 'Online-Pressemappe - alle Pressemitteilungen | RSS-Feed abonnieren'.",
    pattern=rf"[^|\"“”„«»]{{2,150}}\s\|\s{_FEED}\s?\|?",
    first_chars=string.ascii_letters + string.digits + "ÁÉÍÓÚÜÑÇÀÈÌÒÙÄÖ",
    triggers=("rss",),
    max_chars=200,
    must_remove=(
        "Online-Pressemappe - alle Pressemitteilungen der Nordex SE | RSS-Feed abonnieren",
        "Press releases of Acme Inc. | Subscribe to RSS feed",
        "Communiqués de presse de la mairie | S'abonner au flux RSS",
        "Notas de prensa del ministerio | Suscribirse al feed RSS",
        "Comunicati stampa del comune | Iscriviti al feed RSS",
        "Comunicados de imprensa | Assinar feed RSS",
    ),
    must_keep=("The RSS feed | a history of syndication, from 1999 to today, in four parts.",),
    languages=("en", "de", "fr", "es", "it", "pt"),
)

NEWSLETTER_PITCH = PrecedingRule(
    id="newsletter-pitch",
    description=(
        "A newsletter's pitch right above its sign-up button: 'Get the best car news delivered"
        " to your inbox every day.' / 'Subscribe'."
    ),
    before=("newsletter-prompt", "account-link", "lone-prompt"),
    markers=(
        *("subscribe", "subscribe now", "sign up", "sign up now", "sign me up"),
        *("abonnieren", "jetzt abonnieren", "anmelden", "jetzt anmelden", "kostenlos anmelden"),
        *("s'inscrire", "je m'inscris", "inscrivez-vous", "s'abonner"),
        *("suscríbete", "suscribirme", "suscribirse", "regístrate"),
        *("iscriviti", "iscriviti ora", "iscriviti gratis"),
        *("inscreva-se", "assine", "cadastre-se"),
        *("aanmelden", "inschrijven", "abonneren"),
    ),
    # the inbox the newsletter goes to, in en, de, fr, es, it, pt, nl
    contains=(
        *("inbox", "e-mail", "email", "newsletter", "postfach", "posteingang"),
        *("boîte mail", "boîte de réception", "courriel", "correo", "bandeja de entrada"),
        *("casella di posta", "caixa de entrada", "nieuwsbrief", "mailbox"),
    ),
    max_chars=160,
    must_remove=(
        "Sign up for our newsletter\n"
        "Get the best car news and reviews on the Web delivered to your inbox every day.\n"
        "Subscribe",
        "Newsletter abonnieren\n"
        "Die wichtigsten Nachrichten des Tages, jeden Morgen in Ihrem Postfach.\n"
        "Jetzt abonnieren",
        "Inscrivez-vous à notre newsletter\n"
        "L'essentiel de l'actualité de votre région, chaque matin dans votre boîte mail.\n"
        "S'inscrire",
        "Suscríbete a nuestro boletín\n"
        "Las noticias más importantes del día, cada mañana en tu correo.\n"
        "Suscríbete",
        "Iscriviti alla newsletter\n"
        "Le notizie del giorno, ogni mattina nella tua casella di posta.\n"
        "Iscriviti",
        "Inscreva-se na nossa newsletter\n"
        "As principais notícias do dia, todas as manhãs na sua caixa de entrada.\n"
        "Inscreva-se",
    ),
    must_keep=(
        # the story's line above a lone button word that is no button of a newsletter box
        "The council met on Tuesday and voted to close the old bridge for a year.\n"
        "Read the full decision in the council's minutes.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "nl"),
)

RULES = (
    NEWSLETTER_PROMPT,
    PAYWALL_PROMPT,
    FREE_ARTICLES_LEFT,
    TRIAL_OFFER,
    THANKS_SUBSCRIBE,
    APP_PROMPT,
    ACCOUNT_LINK,
    SUBSCRIPTION_OFFER,
    SIGNUP_TEASER,
    NEWSLETTER_QUESTION,
    RSS_ROW,
    NEWSLETTER_PITCH,
)
"""This family's rules, in the order they run within their stage."""
