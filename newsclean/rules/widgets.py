"""Ad slots and ad surveys, audio and video players, market tickers and weather widgets."""

from __future__ import annotations

from newsclean._kinds.phrase import PhraseRule
from newsclean._kinds.structure import ShapeRule
from newsclean._kinds.ticker import TickerStripRule

__all__ = [
    "AD_SLOT",
    "AD_SURVEY",
    "MARKET_TICKER",
    "PLAYER_COUNTER",
    "PLAYER_WIDGET",
    "QUOTE_DELAY",
    "RULES",
    "TICKER_STRIP",
    "WEATHER_WIDGET",
    "WIDGET_MESSAGE",
]

_AD_SLOT = {
    "en": (
        "skip advertisement",
        "skip this ad",
        "ad feedback",
        "video ad feedback",
        "advertisement feature",
        "advertisement - continue reading below",
        "advertisement continue reading below",
        "advertisement - story continues below",
        "this advertisement has not loaded yet, but your article continues below",
        "ad loading",
        "sponsored links",
        "sponsored stories",
        "ads by google",
        "remove ads",
        "hide ads",
        "why am i seeing this ad?",
        "recommended by outbrain",
        "taboola feed",
        "by taboola",
        "promoted by taboola",
        "article continues after this advertisement",
        "story continues after advertisement",
        "scroll to continue with content",
    ),
    "de": (
        "werbung überspringen",
        "anzeige überspringen",
        "weiter nach der werbung",
        "gesponserte links",
        "werbefrei lesen",
        "weiterlesen nach der anzeige",
        "artikel geht nach der anzeige weiter",
    ),
    "fr": (
        "passer la publicité",
        "ignorer la publicité",
        "publicité - faites défiler pour continuer",
        "liens sponsorisés",
        "la suite après la publicité",
        "l'article continue après la publicité",
    ),
    "es": (
        "saltar publicidad",
        "omitir anuncio",
        "enlaces patrocinados",
        "sigue leyendo después de la publicidad",
        "el artículo continúa después del anuncio",
    ),
    "it": (
        "salta pubblicità",
        "salta annuncio",
        "link sponsorizzati",
        "l'articolo continua dopo la pubblicità",
        "continua a leggere dopo la pubblicità",
    ),
    "pt": (
        "pular anúncio",
        "ignorar anúncio",
        "links patrocinados",
        "continua após a publicidade",
        "a matéria continua após o anúncio",
    ),
}

AD_SLOT = PhraseRule(
    id="ad-slot",
    description="Ad slots and their controls: 'Skip Advertisement', 'Ad Feedback', 'Sponsored links'.",
    phrases=_AD_SLOT,
    max_chars=100,
    must_remove=(
        "Skip Advertisement",
        "Ad Feedback",
        "ADVERTISEMENT - CONTINUE READING BELOW",
        "Werbung überspringen",
        "Passer la publicité",
        "Saltar publicidad",
        "Salta pubblicità",
        "Pular anúncio",
    ),
    must_keep=(
        "Skip advertisement rules, the regulator told the broadcasters on Monday.",
        "Sponsored links between the two firms were disclosed in the filing.",
    ),
)

_AD_SURVEY = {
    "en": (
        "how relevant is this ad to you?",
        "did you encounter any technical issues?",
        "video player was slow to load content",
        "video content never loaded",
        "ad froze or did not finish loading",
        "video content did not start after ad",
        "audio on ad was too loud",
        "ad never loaded",
        "ad prevented/slowed the page from loading",
        "content moved around while ad loaded",
        "ad was repetitive to ads i've seen previously",
        "thank you! your effort and contribution in providing this feedback is much appreciated.",
        "thank you for your feedback",
        "how would you rate this article?",
        "tell us what you think",
        "take our survey",
    ),
    "de": (
        "wie hat ihnen der artikel gefallen?",
        "danke für ihr feedback",
        "vielen dank für ihr feedback",
        "nehmen sie an unserer umfrage teil",
    ),
    "fr": (
        "merci pour votre retour",
        "merci de votre retour",
        "répondez à notre questionnaire",
    ),
    "es": (
        "¿le resultó útil este artículo?",
        "gracias por tus comentarios",
        "responde a nuestra encuesta",
    ),
    "it": (
        "grazie per il tuo feedback",
        "partecipa al nostro sondaggio",
    ),
    "pt": (
        "obrigado pelo seu feedback",
        "responda à nossa pesquisa",
    ),
}

AD_SURVEY = PhraseRule(
    id="ad-survey",
    description="Ad-feedback and reader-survey forms: 'How relevant is this ad to you?', 'Danke für Ihr Feedback'.",
    phrases=_AD_SURVEY,
    max_chars=120,
    must_remove=(
        "How relevant is this ad to you?",
        "Video player was slow to load content",
        "Danke für Ihr Feedback",
        "Merci pour votre retour",
        "Responde a nuestra encuesta",
        "Partecipa al nostro sondaggio",
        "Responda à nossa pesquisa",
    ),
    must_keep=(
        "Other issues, such as housing, dominated the debate.",
        "Was this article helpful to the defence? The judge thought not.",
    ),
)

_PLAYER = {
    "en": (
        "listen to this story",
        "listen to article",
        "listen to the story",
        "listen to story",
        "audio is not supported on your browser",
        "your browser does not support the audio element",
        "this audio is auto-generated",
        "listen live",
        "live radio",
        "live tv",
        "on air now",
        "watch live tv",
        "coming up next",
        "autoplay",
        "autoplay next video",
        "captions off",
        "captions settings",
        "subtitles off",
        "subtitles settings",
        "descriptions off",
        "audio track",
        "playback rate",
        "quality levels",
        "picture-in-picture",
        "seek to live, currently behind live",
        "seek to live, currently playing live",
        "stream type live",
        "media player",
        "video player",
        "audio player",
        "press play",
        "play all",
        "play audio",
        "pause audio",
    ),
    "de": (
        "artikel vorlesen",
        "artikel vorlesen lassen",
        "audio-version",
        "audioversion",
        "vorlesen",
        "jetzt anhören",
        "anhören",
        "audio abspielen",
        "als nächstes",
        "live im tv",
        "livestream",
        "live-stream",
        "jetzt live",
        "die wiedergabe wurde unterbrochen",
    ),
    "fr": (
        "écouter cet article",
        "regarder en direct",
        "lecture automatique",
    ),
    "es": (
        "escucha esta noticia",
        "escuchar esta noticia",
        "escuchar noticia",
        "ver en directo",
        "en directo",
        "reproducción automática",
    ),
    "it": (
        "ascolta questo articolo",
        "ascolta la notizia",
        "guarda la diretta",
        "riproduzione automatica",
    ),
    "pt": (
        "ouça esta reportagem",
        "ouvir esta notícia",
        "ouça esta notícia",
        "ouvir texto",
        "ouvir notícia",
        "ouvir matéria",
        "ouça a notícia",
        "assista ao vivo",
        "reprodução automática",
    ),
    "nl": (
        "luister naar dit artikel",
        "luister naar dit verhaal",
        "voorlezen",
        "artikel voorlezen",
    ),
}

PLAYER_WIDGET = PhraseRule(
    id="player-widget",
    description="Audio and video player labels: 'Listen to this story', 'Live Radio', 'Captions Off', 'Artikel vorlesen'.",
    phrases=_PLAYER,
    max_chars=80,
    must_remove=(
        "Listen to this story",
        "Coming up next",
        "Captions Off",
        "Artikel vorlesen lassen",
        "Écouter cet article",
        "Escucha esta noticia",
        "Ascolta questo articolo",
        "Ouça esta reportagem",
        "Luister naar dit artikel",
    ),
    must_keep=(
        "Listen to this story of a town that refused to give up, the mayor said.",
        "Luister naar dit verhaal van een dorp dat niet opgaf, zei de burgemeester.",
        "Up next for the council is a vote on the budget.",
        "Live radio was his first love, he said.",
    ),
)

PLAYER_COUNTER = ShapeRule(
    id="player-counter",
    description="Player time counters: '0:00', 'Current Time 0:00', 'Duration 2:15', 'Remaining Time -2:15'.",
    pattern=(
        r"(?:(?:current time|duration|remaining time|elapsed time|time)\s?:?\s?)?"
        r"-?\d{1,2}:\d{2}(?::\d{2})?"
    ),
    first_words=("0:00", "00:00", "-0:00", "current", "duration", "remaining", "elapsed"),
    max_chars=32,
    must_remove=("0:00", "Current Time 0:00", "Duration 2:15", "Remaining Time -2:15"),
    must_keep=("19:30", "Duration of the trial: three weeks"),
    languages=("any",),
)

# "Listen to this article · 6:12 min": a read-aloud prompt with the audio's length
_LISTEN = (
    r"(?:listen(?: to (?:this|the) (?:article|story))?|listen now|hear this story"
    r"|(?:artikel )?(?:vorlesen|anhören)(?: lassen)?|jetzt anhören|audio"
    r"|écouter(?: cet article)?|escuch(?:a|ar)(?: esta noticia| este artículo)?"
    r"|ascolta(?: questo articolo| la notizia)?|ou(?:ça|vir)(?: esta (?:reportagem|notícia))?"
    r"|luister(?: naar dit artikel)?|posłuchaj(?: artykułu)?)"
    r"\s?[·•|:–—-]?\s?\(?(?:\d{1,2}:\d{2}|\d{1,3}\s?(?:min(?:ute)?s?\.?|minuten|minutos|minuti))"
    r"(?:\s?(?:min(?:ute)?s?\.?|minuten|minutos|minuti))?\)?"
)

LISTEN_PROMPT = ShapeRule(
    id="listen-prompt",
    description="Read-aloud prompts with the audio's length: 'Listen to this article · 6:12 min', "
    "'Artikel anhören (4 Minuten)', 'Écouter cet article · 3 min'.",
    pattern=_LISTEN,
    first_words=(
        *("listen", "hear", "artikel", "vorlesen", "anhören", "jetzt", "audio", "écouter"),
        *("escucha", "escuchar", "ascolta", "ouça", "ouvir", "luister", "posłuchaj"),
    ),
    max_chars=60,
    must_remove=(
        "Listen to this article · 6:12 min",
        "Listen · 4:05 min",
        "Listen (3 min)",
        "Artikel anhören (4 Minuten)",
        "Écouter cet article · 3 min",
        "Escuchar esta noticia 5 minutos",
        "Ascolta questo articolo 4 minuti",
        "Ouvir esta notícia · 3 min",
        "Luister naar dit artikel 2:30",
    ),
    must_keep=(
        "Listen to this: 45 minutes of silence.",
        "Audio: 3 minutes of the debate are missing from the record.",
        "Listen 5 minutes a day, the teacher said.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "nl", "pl"),
)

# a name ("DOW", "S&P 500", "Nikkei 225"), a level, a signed change and/or percent change
_TICKER = (
    r"(?:[A-Za-z][\w&.'’ -]{0,24} )?"
    r"\d[\d,.]*\s?"
    r"(?:[+\-−▲▼]\s?\d[\d,.]*%?\s?)?"
    r"\(?[+\-−▲▼]\s?\d[\d,.]*\s?%\)?"
)

MARKET_TICKER = ShapeRule(
    id="market-ticker",
    description="Market-ticker lines: 'DOW 33,876.97 +0.52%', 'S&P 500 4,123.34 -12.30 (-0.30%)'.",
    pattern=_TICKER,
    first_chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    triggers=("%",),
    max_chars=60,
    must_remove=(
        "DOW 33,876.97 +0.52%",
        "S&P 500 4,123.34 -12.30 (-0.30%)",
        "Nasdaq 13,452.19 ▼ 1.2%",
        "DAX 15.432,10 +0,8 %",
    ),
    must_keep=(
        "Inflation rose 0.5% in May, the agency said.",
        "Turnout: 67.3%",
        "The Dow fell 2% on Tuesday",
    ),
    languages=("any",),
)

# A cookie notice stands in for the story in the examples (another rule removes it).
_NOTICE = (
    "We use cookies to personalise content and ads, to provide social media features and to "
    "analyse our traffic on this site."
)

TICKER_STRIP = TickerStripRule(
    id="ticker-strip",
    description=(
        "A market ticker printed one value a line, two indices or more above or below the"
        " story: 'DOW' / '38,996.39' / '+0.25%'."
    ),
    name=r"\p{L}[\p{L}\d&.'’ /-]{0,24}",
    level=r"\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d{1,4})?",
    change=r"(?:[+\-−▲▼]\s?\d[\d,.]*\s)?\(?[+\-−▲▼]\s?\d[\d,.]*\s?%\)?",
    must_remove=(
        f"DOW\n38,996.39\n+0.25%\nS&P 500\n5,078.18\n-0.12%\nNASDAQ\n15,996.82\n+0.16%\n\n{_NOTICE}",
        f"DAX\n17.716,71\n+0,47 %\nMDAX\n26.150,12\n−0,31 %\n\n{_NOTICE}",
        f"{_NOTICE}\n\nCAC 40\n7 934,17\n+0,52 %\nEuro Stoxx 50\n4 892,64\n▲ 0,38 %",
    ),
    must_keep=(
        # election results inside the story, printed one value a line
        "The council said on Monday that the plan would be reviewed again after residents "
        "raised concerns about the cost.\n\nLabour\n34.2\n+1.8%\nGreens\n12.5\n-0.4%\n\n"
        "The council said on Monday that the plan would be reviewed again after residents "
        "raised concerns about the cost.",
        # one quote is no strip
        "Inflation\n2.1\n+0.3%\n\nThe council said on Monday that the plan would be "
        "reviewed again after residents raised concerns about the cost.",
    ),
    languages=("any",),
)

WEATHER_WIDGET = ShapeRule(
    id="weather-widget",
    description="Weather widgets: a temperature alone or after a city ('72°F', 'Berlin 12 °C', 'London 55°F Cloudy').",
    pattern=(
        r"(?:[^\W\d][\w .,'’-]{0,30}\s)?"
        # "º" (the ordinal mark) stands for the degree on Spanish, Italian and Portuguese pages
        r"-?\d{1,2}\s?[°º]\s?[CF]?"
        r"(?:\s?/\s?-?\d{1,2}\s?[°º]\s?[CF]?)?"
        r"(?:\s[^\W\d][\w ]{0,20})?"
    ),
    first_chars="-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜÉÈÀÁÍÓÚabcdefghijklmnopqrstuvwxyzäöüéèàáíóú",
    triggers=("°", "º"),
    max_chars=50,
    must_remove=("72°F", "Berlin 12 °C", "London 55°F Cloudy", "Madrid 31°/18°", "Sevilla 18º"),
    must_keep=(
        "It was 38°C in Madrid on Tuesday, a record for June.",
        "Temperatures reached 40°C.",
        "Heißluft etwa 180 °C",
        "Quedó en el puesto 18º de la general.",
    ),
    languages=("any",),
)

QUOTE_DELAY = PhraseRule(
    id="quote-delay",
    description="Market-data delay notes under a ticker: 'Stock quotes are delayed at least 15 minutes …'.",
    phrases={
        "en": (
            "stock quotes are delayed at least",
            "quotes are delayed at least",
            "quotes are delayed by at least",
            "quotes delayed at least",
            "quotes delayed by at least",
            "market data delayed by at least",
            "market data is delayed by at least",
            "all quotes delayed a minimum of",
            "quotes delayed a minimum of",
            "quotes are delayed a minimum of",
        ),
        "de": (
            "alle kurse mindestens",
            "kurse werden mindestens",
            "kursdaten mindestens",
        ),
        "fr": (
            "cours différés d'au moins",
            "cotations différées d'au moins",
        ),
        "es": (
            "cotizaciones con un retraso mínimo de",
            "cotizaciones con al menos",
        ),
        "it": (
            "quotazioni differite di almeno",
            "quotazioni ritardate di almeno",
        ),
        "pt": (
            "cotações com atraso mínimo de",
            "cotações com atraso de pelo menos",
        ),
    },
    match="line-start",
    max_chars=400,
    must_remove=(
        "Stock quotes are delayed at least 15 minutes for Nasdaq, at least 20 minutes for"
        " NYSE/AMEX. U.S. indexes are delayed at least 15 minutes.",
        "Alle Kurse mindestens 15 Minuten verzögert.",
        "Cours différés d'au moins 15 minutes.",
        "Cotizaciones con un retraso mínimo de 15 minutos.",
        "Quotazioni differite di almeno 15 minuti.",
        "Cotações com atraso mínimo de 15 minutos.",
    ),
    must_keep=(
        "Stock quotes were delayed for an hour after the outage, the exchange said.",
        "Alle Kurse fielen am Montag, die Börse schloss im Minus.",
    ),
)

WIDGET_MESSAGE = PhraseRule(
    id="widget-message",
    description="A widget's own messages: its error and loading lines and its location prompt "
    "('There was a problem. Please try again.', 'Loading weather data ...', 'Enter your zip code').",
    phrases={
        "en": (
            "there was a problem. please try again",
            "something went wrong. please try again",
            "something went wrong. please try again later",
            "an error occurred. please try again",
            "an error occurred. please try again later",
            "loading weather data",
            "enter your zip code",
            "enter your zip",
            "enter your u.s. zip",
            "enter city or zip code",
            "enter your location",
            "set your location",
            "change location",
        ),
        "de": (
            "etwas ist schiefgelaufen. bitte versuchen sie es erneut",
            "es ist ein fehler aufgetreten. bitte versuchen sie es erneut",
            "es ist ein fehler aufgetreten. bitte versuchen sie es später erneut",
            "wetterdaten werden geladen",
            "postleitzahl eingeben",
            "ort oder postleitzahl eingeben",
            "standort ändern",
        ),
        "fr": (
            "une erreur s'est produite. veuillez réessayer",
            "une erreur est survenue. veuillez réessayer",
            "une erreur est survenue. veuillez réessayer plus tard",
            "chargement de la météo",
            "entrez votre code postal",
            "changer de ville",
        ),
        "es": (
            "se ha producido un error. inténtalo de nuevo",
            "ha ocurrido un error. inténtalo de nuevo",
            "algo salió mal. inténtalo de nuevo",
            "cargando el tiempo",
            "introduce tu código postal",
            "cambiar ubicación",
        ),
        "it": (
            "si è verificato un errore. riprova",
            "si è verificato un errore. riprova più tardi",
            "qualcosa è andato storto. riprova",
            "caricamento meteo",
            "inserisci il cap",
            "cambia località",
        ),
        "pt": (
            "ocorreu um erro. tente novamente",
            "algo deu errado. tente novamente",
            "carregando a previsão do tempo",
            "digite seu cep",
            "alterar localização",
        ),
        "nl": (
            "er is iets misgegaan. probeer het opnieuw",
            "er is een fout opgetreden. probeer het opnieuw",
            "weerdata laden",
            "voer je postcode in",
            "wijzig locatie",
        ),
    },
    match="label",
    max_chars=100,
    must_remove=(
        "There was a problem. Please try again.",
        "Loading weather data ...",
        "Enter your U.S. Zip:",
        "Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.",
        "Une erreur est survenue. Veuillez réessayer.",
        "Se ha producido un error. Inténtalo de nuevo.",
        "Si è verificato un errore. Riprova.",
        "Ocorreu um erro. Tente novamente.",
        "Er is iets misgegaan. Probeer het opnieuw.",
        "Postleitzahl eingeben",
    ),
    must_keep=(
        "There was a problem, the mayor said, and the city would fix it.",
        "Something went wrong. Please try again, the app told thousands of users on Monday.",
        "Change location of the summit was agreed on Tuesday.",
    ),
)

RULES = (
    AD_SLOT,
    AD_SURVEY,
    PLAYER_WIDGET,
    PLAYER_COUNTER,
    LISTEN_PROMPT,
    MARKET_TICKER,
    TICKER_STRIP,
    WEATHER_WIDGET,
    QUOTE_DELAY,
    WIDGET_MESSAGE,
)
"""This family's rules, in the order they run within their stage."""
