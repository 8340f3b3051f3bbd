"""Image captions: those that carry their own photo credit at the end, and those above a
caption toggle; photo credits without a label's colon."""

from __future__ import annotations

from newsclean._kinds.follower import BesideCreditRule, PrecedingRule
from newsclean._kinds.structure import ShapeRule

__all__ = [
    "AGENCY_CAPTION",
    "ARCHIVE_CAPTION",
    "BARE_PHOTO_CREDIT",
    "CREDITED_CAPTION",
    "LABELLED_CAPTION",
    "RULES",
    "SLASHED_CAPTION",
    "TOGGLED_CAPTION",
]

# The credit in parentheses that closes a caption: an agency photo ("AP Photo/Jane Doe",
# "Reuters/John Smith"), or a labelled photo credit ("Photo: Getty Images", "Foto: dpa").
_AGENCY = r"(?:AP|AFP|Reuters|EPA|dpa|ANSA|EFE|Xinhua|Getty Images|Bloomberg|Pool)"
_PHOTO = (
    r"(?:Photo|Photos|Photograph|Image|Picture|Foto|Fotos|Bild|Imagen|Immagine|Imagem|Crédit photo"
    r"|Credit)"
)
# words every labelled photo credit holds: the gate's triggers of both caption rules
_PHOTO_WORDS = ("photo", "foto", "image", "imag", "bild", "picture", "credit", "crédit")
_CREDIT = (
    rf"(?:\((?:{_AGENCY}(?: Photo| Images| Pool)?\s?/\s?[^()/]{{1,60}}"
    rf"|{_PHOTO}(?: by| von| de| di| por)?\s?:?\s[^()]{{1,60}})\)\.?"
    # after the caption's last sentence, an outlet's or kind's photo: "(Express Photo by
    # Jane Doe)", "(PTI Photo)", "(File Photo)"
    rf"|(?<=[.!?…\"”»]\s)\((?:\p{{Lu}}[\p{{L}}.&-]*\s){{1,3}}{_PHOTO}"
    r"(?:\s(?:by|von|de|di|por)\s[^()]{1,60})?\)"
    # … or a source that is a photographer and an agency: "(Quelle: Julian Stratenschulte/dpa)"
    rf"|(?<=[.!?…\"”»]\s)\((?:Quelle|Source|Fuente|Fonte|Fonti)\s?:\s?[^()/]{{2,60}}/\s?{_AGENCY}\)"
    # … or the photographer and the outlet: "(Chris Young/The Canadian Press)"; a caption of
    # at most 250 characters (a gallery's long text credited so is the page's story)
    r"|(?<=^[^\n]{8,250}[.!?…\"”»]\s)\((?-i:\p{Lu}[\p{L}\p{M}.'’-]+(?:\s\p{Lu}[\p{L}\p{M}.'’-]+){1,3}"
    r"\s?/\s?(?:The\s)?\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s\p{Lu}[\p{L}\p{M}.&'’-]*){0,4})\)"
    # "… der Schweiz. © AFP / MARCO BERTORELLO"
    rf"|©\s?{_AGENCY}\s?/\s?[^()/©]{{1,60}}"
    # after the caption's last sentence and a bar, a credit in capitals with its outlet: "… de
    # Rennes. | ARCHIVES CAMILLE LE GOFF / OUEST-FRANCE"
    r"|(?<=[.!?…]\s)\|\s(?-i:[\p{Lu}\p{M}\s.'’&-]{3,60}/\s?[\p{Lu}\p{M}\s.'’&-]{2,40}))"
)

CREDITED_CAPTION = ShapeRule(
    id="credited-caption",
    description="Captions that end with a photo credit: '… speaks in Washington. (AP Photo/Susan Walsh)'.",
    pattern=rf"[^\n]{{10,400}}\s{_CREDIT}",
    requires=("(", "©", ". |"),  # every credit opens with one: a cheap test before the pattern
    first_chars=(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        "ÄÖÜÉÈÀÂÁÍÓÚÇÑäöüéèàâáíóúçñ\"'“„«‘"
    ),
    # strings every credit holds: a photo word, or an agency right after "(" or "©"
    triggers=(
        *_PHOTO_WORDS,
        "(ap",
        "(afp",
        "(reuters",
        "(epa",
        "(dpa",
        "(ansa",
        "(efe",
        "(xinhua",
        "(getty",
        "(bloomberg",
        "(pool",
        "©",
        ". |",
        # a photographer and an outlet: "(Chris Young/The Canadian Press)", "(Matt Stone/Boston
        # Herald)" (the outlet may be any, so the slash is the trigger)
        "/",
        *("(quelle", "(source", "(fuente", "(fonte"),
    ),
    max_chars=400,
    must_remove=(
        "President Barack Obama speaks in the Rose Garden of the White House in Washington, "
        "Tuesday. (AP Photo/Susan Walsh)",
        "Rettungskräfte am Unfallort bei Hannover am Dienstag. (Foto: dpa)",
        "Le président lors de son discours à Paris, mardi. (Photo: AFP)",
        "El presidente durante su discurso en Madrid. (Foto: EFE)",
        "Il presidente durante il discorso a Roma. (Foto: Ansa)",
        "O presidente durante o discurso em Brasília. (Foto: Reuters/Adriano Machado)",
        "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO",
        "Cristina Kirchner y Alberto Fernández en el Congreso (Foto: Natacha Pisarenko/Pool).",
        "A passenger train at New Delhi railway station. (Express Photo by Praveen Khanna)",
        "Farmers protest at the Shambhu border on Tuesday. (PTI Photo)",
        "The burned-out bus on the highway near Lyon. (File Photo)",
        "Un TER en gare de Rennes. | ARCHIVES CAMILLE LE GOFF / OUEST-FRANCE",
        "A Via Rail train leaves Union Station in Toronto. (Chris Young/The Canadian Press)",
        "Ein Regionalzug im Hauptbahnhof Hannover: Das Ticket kostet weiterhin 49 Euro. (Quelle:"
        " Julian Stratenschulte/dpa)",
    ),
    must_keep=(
        "The photo agency (AP) said the picture was genuine.",
        "He showed the court a photo (taken in 2019) of the house.",
        "The image (right) shows the damage, the insurer said.",
        "The paper ran the picture on its front page (Sunday Photo).",
        "Ihr Bild hängt heute im Museum (Alte Pinakothek).",
        "Die Arbeitslosenquote stieg im Februar auf 6,1 Prozent. (Quelle: Bundesagentur für Arbeit)",
        "Le vote a eu lieu mardi. | Le maire / la maire ont salué le résultat.",
    ),
    # A caption on the line before a separate credit line stays (precision first).
    known_misses=("The minister arrives in Brussels on Tuesday.\nPhoto: AP",),
    languages=("en", "de", "fr", "es", "it", "pt"),
)

# A photo credit's holder: capitalised words, an agency's lower-case mark, and the small
# words between them ("Jane Porter for The Herald", "picture alliance / dpa", "Getty Images")
_HOLDER_WORD = (
    r"(?:\p{Lu}[\p{L}\p{M}\d.'’&-]*|dpa|afp|imago|images|picture|alliance|for|of|the|via"
    r"|von|de|di|du|da|do|y|et|und|e|and|van|der|den|ter|ten|del|della|dos|das|la|le)"
)
# capitalised words, and an agency's mark in brackets last ("African News Agency (ANA)")
_HOLDER = (
    rf"(?-i:{_HOLDER_WORD}(?:(?:\s|\s?/\s?|,\s){_HOLDER_WORD}){{0,8}}(?:\s\(\p{{Lu}}{{2,6}}\))?)\.?"
)

# A photographer's and an agency's names, a slash between ("Jan de Vries / ANP"); the first
# word capitalised ("Bild und Ton / Regie" is a film's credits).
_SLASHED_HOLDER = (
    rf"(?-i:\p{{Lu}}[\p{{L}}\p{{M}}\d.'’&-]*(?:\s{_HOLDER_WORD}){{0,5}}\s?/\s?{_HOLDER_WORD}"
    rf"(?:(?:\s|\s?/\s?){_HOLDER_WORD}){{0,6}})"
)
# The photo's label without a colon, and a courtesy's words after it: "Photo courtesy of".
_BARE_LABEL = (
    r"(?:photos?|fotos?|fot\.|bild|images?|imagen|immagine|imagem|zdjęcie|beeld|picture"
    r"|photograph|fotografía|fotografia)"
    r"(?:\s(?:courtesy\sof|via|cortesía\sde|cortesia\sde|mit\sfreundlicher\sgenehmigung\svon))?"
)
# the words every such credit holds
_BARE_WORDS = ("photo", "foto", "fot.", "bild", "imag", "zdjęcie", "beeld", "picture")

LABELLED_CAPTION = ShapeRule(
    id="labelled-caption",
    description="Captions that end with a labelled photo credit, no parentheses: "
    "'… closed to trucks last year. Photo: Jane Porter/Reuters', '… last year.Credit...Jane Porter'.",
    # a sentence's end (or a bar), the label with a colon or an ellipsis (or "Photo AFP"), and
    # a holder in capitalised words: a sentence after "Image:" is no credit
    pattern=(
        rf"[^\n]{{10,400}}(?:[.!?\"”»)]\s?|\s[|·—–]\s)"
        rf"(?:{_PHOTO}(?: by| von| de| di| por)?\s?(?::|\.\.\.|…)\s?{_HOLDER}"
        rf"|(?:Photo|Foto)\s{_AGENCY}\.?|©\s?{_HOLDER}"
        # the label without its colon, a photographer and an agency: "… Zwolle. Foto Jan de
        # Vries / ANP", "… Kielcach. Fot. Jan Wiśniewski / PAP"
        rf"|{_BARE_LABEL}\s{_SLASHED_HOLDER}\.?"
        # the photographer in capitals and the agency: "… en 2018. MARCO BERTORELLO / AFP"
        rf"|(?-i:\p{{Lu}}{{2,}}(?:[\s'’-]\p{{Lu}}{{2,}}){{1,3}})\s?/\s?{_AGENCY}(?: Photo| Images)?)"
    ),
    requires=(":", "…", "...", "photo ", "foto ", "©", "/"),
    first_chars=CREDITED_CAPTION.first_chars,
    triggers=(
        *_PHOTO_WORDS,
        "©",
        # the agency after its slash, found by its longest piece ("/ ap" would be found by
        # "ap", part of too many words)
        *("/afp", "/ afp", "/ap", "/reuters", "/ reuters", "/epa", "/dpa", "/ dpa"),
        *("/getty", "/ getty"),
        *("fot.", "zdjęcie", "beeld"),
    ),
    max_chars=400,
    must_remove=(
        "The Canal Street bridge was closed to trucks last year. Photo: Jane Porter/Reuters",
        "Commuters wait for a train at Cape Town station. Picture: Ayanda Ndamane/African News "
        "Agency (ANA)",
        "The Canal Street bridge, built in 1931, was closed to trucks last year.Credit...Jane "
        "Porter for The Northfield Herald",
        "The minister arrives in Brussels on Tuesday. | Photo: Jane Porter",
        "The minister arrives in Brussels. Photograph: Jane Porter/The Guardian",
        "Rettungskräfte am Unfallort bei Hannover am Dienstag. Foto: picture alliance / dpa",
        "Die Brücke wurde im vergangenen Jahr für Lastwagen gesperrt. © Jane Porter",
        "Le pont a été fermé aux camions l'an dernier. Photo AFP",
        "El puente fue cerrado a los camiones el año pasado. Foto: EFE",
        "Il ponte è stato chiuso ai camion l'anno scorso. Foto: Ansa",
        "A ponte foi fechada para caminhões no ano passado. Foto: Adriano Machado/Reuters",
        "Le pont de Gênes, en 2018. MARCO BERTORELLO / AFP",
        "El presidente, durante su discurso en Madrid. JAVIER SORIANO / AFP",
        "Ponte sobre o rio Tietê, em São Paulo — Foto: Adriano Machado/Reuters",
        "Een stoptrein op station Zwolle. Foto: ANP / Robin van Lonkhuijsen",
        "Pociąg regionalny na stacji w Kielcach. Fot. Jan Wiśniewski / PAP",
        "The minister arrives in Brussels on Tuesday. Photo Jane Porter / AFP",
        "Le pont de Gênes, en 2018. Photo Marco Bertorello / AFP",
    ),
    must_keep=(
        "The council approved the plan. Image: the city's new logo was unveiled too.",
        "He showed the court a photo of the house. Photo: it was taken in 2019, he said.",
        "The exhibition opens on Sunday. Foto: Die Ausstellung zeigt 120 Bilder aus zwei Jahrhunderten.",
        "Rates will rise. Credit: the bank said so in a note to clients on Tuesday.",
        "The agencies were named. NATO and the UN / AFP reporters said nothing.",
        "The count ran late. Photos of the count/recount circulated online all night.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "nl", "pl"),
)

# The agencies' upper-case mark for an archive photo, which opens its caption: "FILE - In
# this Nov. 21, 2014 file photo, …" (AP), "ARCHIV - …" (dpa), "ARCHIVO - …" (AP, EFE).
_ARCHIVE_MARK = r"(?-i:FILE|ARCHIV|ARCHIVO|ARCHIVES|ARCHIVIO|ARQUIVO)"

ARCHIVE_CAPTION = ShapeRule(
    id="archive-caption",
    description="Captions of archive photos, opened by the agency's mark: 'FILE - In this 2014 file photo, …'.",
    # the mark in capitals, a dash, the caption; "© The Associated Press" may stand before it
    pattern=(
        rf"(?:©\s?(?:the\sassociated\spress|{_AGENCY})\s)?{_ARCHIVE_MARK}\s?[-–—]\s"
        r"[^\n]{10,1000}"
    ),
    first_chars="FA©",
    # a mark and its dash
    triggers=tuple(
        f"{mark}{space}{dash}"
        for mark in ("file", "archiv", "archivo", "archives", "archivio", "arquivo")
        for space in ("", " ")
        for dash in "-–—"
    ),
    max_chars=1100,
    must_remove=(
        "FILE - In this Nov. 21, 2014 file photo, comedian Bill Cosby performs during a show in"
        " Melbourne, Fla. A model who claims Cosby drugged her has met with police.",
        "© The Associated Press FILE - In this Jan. 9, 2009 file photo, a nurse covers a patient"
        " with a blanket after surgery.",
        "ARCHIV - Ein Polizist steht am 12.03.2020 vor dem Landgericht in Hamburg.",
        "ARCHIVES - Le président lors de son discours à Paris, le 3 mars 2020.",
        "ARCHIVO - En esta fotografía de archivo del 3 de marzo de 2020, el presidente habla en"
        " Madrid.",
        "ARCHIVIO - Il presidente durante il discorso a Roma, il 3 marzo 2020.",
        "ARQUIVO - O presidente durante o discurso em Brasília, em 3 de março de 2020.",
    ),
    must_keep=(
        "File - the menu he opened to save the draft - was greyed out, the clerk said.",
        "Archiv - so heißt die neue Ausstellung im Stadtmuseum, die am Sonntag öffnet.",
    ),
    # the mark at the end, as AFP writes it, is not read
    known_misses=("Le président lors de son discours à Paris, le 3 mars 2020. (ARCHIVES)",),
    languages=("en", "de", "fr", "es", "it", "pt"),
)

# A caption's toggle, as a gallery or a photo player shows it below the caption.
_TOGGLES = (
    *("hide caption", "toggle caption", "bildunterschrift ausblenden", "masquer la légende"),
    *("ocultar pie de foto", "nascondi didascalia", "ocultar legenda"),
)

TOGGLED_CAPTION = PrecedingRule(
    id="toggled-caption",
    description="The caption above a 'Hide caption' toggle: a gallery's or a photo player's.",
    before=("player-control",),
    markers=_TOGGLES,
    must_remove=(
        "Reality stars we've lost – Actor Greg Plitt died on January 17, police said.\nHide Caption",
        "Der Minister spricht am Montag in Berlin vor der Presse.\nBildunterschrift ausblenden",
        "Le ministre s'exprime lundi à Paris devant la presse.\nMasquer la légende",
        "El ministro habla el lunes en Madrid ante la prensa.\nOcultar pie de foto",
        "Il ministro parla lunedì a Roma davanti alla stampa.\nNascondi didascalia",
        "O ministro fala na segunda-feira em Lisboa à imprensa.\nOcultar legenda",
    ),
    must_keep=(
        "The minister spoke on Monday in Berlin, the agency said.\nShow caption details later",
        "The council will hide the caption contest results until Friday, the mayor said.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt"),
)

# The agencies whose bare mark ends a caption, in the case they write it.
_AGENCY_MARK = (
    r"(?:EFE|dpa|DPA|AFP|AP|Reuters|REUTERS|EPA|ANSA|Xinhua|Europa Press|EUROPA PRESS|Lusa|LUSA"
    r"|Agência Brasil|ANP|PAP|Belga|BELGA|APA|Keystone|KEYSTONE|NTB|TT|Ritzau|Getty Images"
    r"|Bloomberg|imago|IMAGO)"
)

BARE_PHOTO_CREDIT = ShapeRule(
    id="bare-photo-credit",
    description=(
        "Photo credits without a colon: 'Photo Jane Porter / AFP', 'Foto ANP', 'Fot. Jan"
        " Wiśniewski / PAP', 'Photo courtesy of Steven Forster/SAGA'."
    ),
    # the label, then a photographer and an agency with a slash between, or an agency's mark
    pattern=rf"\(?{_BARE_LABEL}\s(?:{_SLASHED_HOLDER}|(?-i:{_AGENCY_MARK}))\)?\.?",
    first_chars="PpFfBbIiZz(",
    triggers=_BARE_WORDS,
    requires=("/", *_BARE_WORDS),
    max_chars=100,
    must_remove=(
        "Photo Jane Porter / AFP",
        "Photo courtesy of Steven Forster/SAGA/Archive Photos",
        "Foto Jan de Vries / ANP",
        "Bild Julian Stratenschulte / dpa",
        "Photo Ludovic Marin / AFP",
        "Foto Juan Carlos Hidalgo / EFE",
        "Foto Alessandro Di Meo / ANSA",
        "Foto Adriano Machado / Reuters",
        "Fot. Jan Wiśniewski / PAP",
        "Foto ANP",
        "(Foto EFE)",
    ),
    must_keep=(
        "Photo finishes decided two of the races on Sunday.",
        "Photos of the count/recount circulated online.",
        "Bild und Ton / Regie",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "nl", "pl"),
)

AGENCY_CAPTION = BesideCreditRule(
    id="agency-caption",
    description=(
        "A caption ending with the agency's bare mark next to a photo credit:"
        " '… este martes en Madrid. EFE' above 'Foto: EFE/Juan Pérez'."
    ),
    credits=("photo-credit", "stock-photo-credit", "photo-byline", "bare-photo-credit"),
    # a sentence's end, then the mark (in brackets, or with the photographer after a slash)
    ending=(
        rf"[.!?\"”»)]\s?(?:\(?{_AGENCY_MARK}\)?"
        rf"|{_AGENCY_MARK}\s?/\s?[\p{{L}}\p{{M}}.'’ -]{{2,60}})\.?"
    ),
    must_remove=(
        "The minister arrives in Brussels on Tuesday. AP\nPhoto: Jane Porter",
        "Rettungskräfte am Unfallort bei Hannover am Dienstag. (dpa)\nFoto: picture alliance / dpa",
        "Le président lors de son discours à Paris, mardi. AFP\nPhoto : Ludovic Marin",
        "El presidente, este martes durante su discurso en Madrid. EFE/Juan Carlos Hidalgo\n"
        "Foto: EFE",
        "Il presidente durante il discorso a Roma. ANSA\nFoto: Ansa",
        "O presidente durante o discurso em Lisboa. Lusa\nFoto: Lusa",
        "De minister komt dinsdag aan in Brussel. ANP\nFoto: ANP",
        "Minister przybywa we wtorek do Brukseli. PAP\nZdjęcie: PAP",
    ),
    must_keep=(
        # no photo credit beside it: a story's last paragraph may end with the agency's mark
        "Die Arbeiten an der Brücke sollen im Mai beginnen, teilte die Stadt mit. (dpa)",
        "Der Minister sprach am Dienstag mit AFP.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "nl", "pl"),
)

# A caption closed by its photographer and outlet without brackets or label: "… on Tuesday
# afternoon. Rachel Kim/The Daily Ledger"; a caption of at most 250 characters. A name in
# capitals or after a label ("Fot. Jan Wiśniewski / PAP") is labelled-caption's.
SLASHED_CAPTION = ShapeRule(
    id="slashed-caption",
    description="Captions that end with a photographer and an outlet, a slash between and no "
    "brackets: '… on Tuesday afternoon. Rachel Kim/The Daily Ledger'.",
    pattern=(
        r"[^\n]{8,250}[.!?…\"”»]\s(?<!\b(?:fot|foto|photo|bild)\.?\s)"
        r"(?!(?:photos?|fotos?|fot|bild|image|picture|credit|crédit|zdjęcie|beeld)\b)"
        r"(?-i:\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]+){1,3}"
        r"\s?/\s?(?:(?:The\s)?\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s\p{Lu}[\p{L}\p{M}.&'’-]*){0,4}|dpa|afp"
        r"|picture\salliance(?:\s?/\s?dpa)?))"
    ),
    first_chars=(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        "ÄÖÜÉÈÀÂÁÍÓÚÇÑäöüéèàâáíóúçñ\"'“„«‘"
    ),
    triggers=("/",),
    max_chars=300,
    must_remove=(
        "Workers leave the plant on Tuesday afternoon. Rachel Kim/The Daily Ledger",
        "Ein Regionalzug im Hauptbahnhof Hannover. Julian Stratenschulte/dpa",
        "Un TER en gare de Rennes, mardi. Camille Le Goff/Ouest-France",
        "El puente de Castejón, el lunes. Jesús Diges/EFE",
        "Il treno regionale alla stazione di Bologna. Max Cavallari/Ansa",
        "O comboio na estação de Coimbra-B. Rui Gaudêncio/Público",
    ),
    must_keep=(
        "The vote was close. Labour/Greens split the seats in the north.",
        "Sie kam um acht. Anna Schmidt/Peter Müller lautete der Doppelname im Register.",
        "He wrote the book with Anna Schmidt. Peter Müller/Ullstein published it in 2019.",
    ),
    # an agency or a photographer alone after the caption ("… de archivo. EFE", "…
    # Coimbra-B. Rui Gaudêncio") reads as a wire story's sign-off or a sentence's last name
    known_misses=("El puente de Castejón, en una imagen de archivo. EFE",),
    languages=("en", "de", "fr", "es", "it", "pt"),
)

RULES = (
    BARE_PHOTO_CREDIT,
    CREDITED_CAPTION,
    LABELLED_CAPTION,
    SLASHED_CAPTION,
    ARCHIVE_CAPTION,
    TOGGLED_CAPTION,
    AGENCY_CAPTION,
)
"""This family's rules, in the order they run within their stage."""
