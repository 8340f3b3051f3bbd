"""Footer legal and contact lines: rights notices, 'Powered by WordPress', bare '© 2020 Outlet' lines, phone and e-mail lines."""

from __future__ import annotations

import string

from newsclean._kinds.phrase import ANY_LANGUAGE, PhraseRule
from newsclean._kinds.structure import ShapeRule

__all__ = [
    "CONTACT_LINE",
    "COPYRIGHT_NOTICE",
    "FILE_LINK",
    "FOOTER_RIGHTS",
    "LEGAL_FOOTER",
    "REPRINT_NOTICE",
    "RIGHTS_NOTICE",
    "RULES",
    "SOURCE_LABEL",
]

# The languages of the pattern and word rules below (a phrase rule takes its own from its phrases).
_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "pl")
# What a line may start with, for a shape rule that takes any start (its triggers gate it).
_ANY_START = string.ascii_letters + string.digits + "ÄÖÜÉÈÀÂÁÍÓÚÇÑŁŚŻŹäöüéèàâáíóúçñłśżź(„“\"'«*•-–"

LEGAL_FOOTER = PhraseRule(
    stage="fallback",
    id="legal-footer",
    description="Short footer lines with a rights notice or a site-software credit ('All rights reserved', 'Powered by WordPress').",
    phrases={
        "en": (
            "substack is the home for great culture",
            "powered by substack",
            "powered by ghost",
            "powered by beehiiv",
            "all rights reserved",
            "some rights reserved",
            "powered by wordpress",
            "proudly powered by wordpress",
            "powered by blogger",
            "blog at wordpress.com",
            "website powered by wordpress.com",
            "theme. powered by blogger",
            "powered by phpbb",
            "forum software by xenforo",
            "community platform by xenforo",
            "wordpress theme by",
            "designed by elegant themes",
            "powered by ikiwiki",
            "powered by wikidot.com",
            "powered by jtl-shop",
            "powered by piwigo",
            "under a creative commons",
            "licensed under creative commons",
            "licensed under a creative commons",
            "available under creative commons",
            "use of this web site constitutes acceptance",
            "use of this site constitutes acceptance",
            "content on this site is licensed",
            "does not endorse external sites",
            "does not endorse content on external sites",
            "is not responsible for the content of external",
            "not responsible for the content of external sites",
        ),
        "de": (
            "alle rechte vorbehalten",
            "einige rechte vorbehalten",
            "bloggen auf wordpress.com",
            "erstelle eine kostenlose website oder blog",
            "unter einer creative commons",
            "unter einer creative-commons",
            "unter den bedingungen der creative commons",
            "vervielfältigung nur mit genehmigung",
            "stehen inhalte dieser website unter",
            "inhalte dieser website stehen unter",
            "nicht verantwortlich für den inhalt externer",
            "keine haftung für die inhalte externer",
            "für die inhalte externer seiten",
        ),
        "fr": (
            "tous droits réservés",
            "propulsé par wordpress",
            "un site wordpress.com",
            "licence creative commons",
            "sous licence creative commons",
            "n'est pas responsable du contenu des sites externes",
            "pas responsable des contenus des sites externes",
        ),
        "es": (
            "todos los derechos reservados",
            "blog de wordpress.com",
            "funciona con wordpress",
            "derechos reservados",
            "licencia creative commons",
            "bajo una licencia creative commons",
            "no se hace responsable del contenido de sitios externos",
            "no se responsabiliza del contenido de sitios externos",
        ),
        "it": (
            "tutti i diritti riservati",
            "sotto licenza creative commons",
            "non è responsabile dei contenuti dei siti esterni",
            "non è responsabile del contenuto dei siti esterni",
        ),
        "pt": (
            "todos os direitos reservados",
            "sob uma licença creative commons",
            "não se responsabiliza pelo conteúdo de sites externos",
            "não é responsável pelo conteúdo de sites externos",
        ),
        "pl": (
            "wszelkie prawa zastrzeżone",
            "wszystkie prawa zastrzeżone",
            "materiał chroniony prawem autorskim",
        ),
        "nl": (
            "alle rechten voorbehouden",
            "blog op wordpress.com",
            "maak een gratis website of blog",
        ),
    },
    match="contains",
    max_chars=160,
    must_remove=(
        "Blog op WordPress.com.",
        "Alle rechten voorbehouden.",
        "2022 - Todos los derechos reservados.",
        "Netz Für Alle CC 2020 Some Rights Reserved.",
        "Dieses Werk steht unter einer Creative Commons Namensnennung 3.0 Lizenz.",
        "Proudly powered by WordPress",
        "Simple theme. Powered by Blogger.",
        "Powered by phpBB® Forum Software © phpBB Limited",
        "Community platform by XenForo® © 2010-2021 XenForo Ltd.",
        "2021 Spider’s Web. WSZELKIE PRAWA ZASTRZEŻONE",
        "All external sites will open in a new browser. CNN.com does not endorse external sites.",
        "The BBC is not responsible for the content of external internet sites.",
        "Die Redaktion ist nicht verantwortlich für den Inhalt externer Internetseiten.",
        "Le journal n'est pas responsable du contenu des sites externes.",
        "El diario no se hace responsable del contenido de sitios externos.",
        "Il giornale non è responsabile dei contenuti dei siti esterni.",
        "O jornal não se responsabiliza pelo conteúdo de sites externos.",
        "2023 Ouest-France. Tous droits réservés.",
        "2022 - Tutti i diritti riservati.",
        "Público 2021. Todos os direitos reservados.",
    ),
    must_keep=(
        "The band said the rights to the old songs were reserved for the estate of the singer.",
        "Our work is to build a vibrant, usable commons, powered by collaboration and gratitude.",
    ),
)

COPYRIGHT_NOTICE = ShapeRule(
    stage="fallback",
    id="copyright-notice",
    description="Bare copyright lines the credit parser leaves: '* © 1995-2020 Grupa WP', '* Copyright © IT4Kids'.",
    pattern=(
        # "(c)" only before a year: "c) …" is also the third item of a lettered list.
        r"(?:copyright\s|prawa\sautorskie\s)?(?:©\s?|c\)\s?(?=\d{4}))"
        r"(?:\d{4}(?:\s?[-–]\s?\d{4})?,?\s)?[^.!?:]{1,60}"
    ),
    first_words=("©", "c", "copyright", "prawa"),
    requires=("©", "c)"),  # what the pattern cannot do without: a cheap test before it
    max_chars=80,
    must_remove=(
        "* © 1995-2020 Grupa WP",
        "* Copyright © IT4Kids",
        "* Prawa autorskie © POLITYKA",
    ),
    must_keep=(
        "(c) the third option was rejected by the board.",
        "Option (c) was rejected by the board, the minister said.",
        "c) Zweite Option",
    ),
    languages=(ANY_LANGUAGE,),
)

_RIGHTS_RESERVED = (
    "all rights reserved",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "tutti i diritti riservati",
    "todos os direitos reservados",
    "wszelkie prawa zastrzeżone",
)

RIGHTS_NOTICE = ShapeRule(
    stage="fallback",
    id="rights-notice",
    description=(
        "Long rights notices that open with a copyright sign or year: 'Copyright © 2000 Yahoo!"
        " Inc. All rights reserved. Republication or redistribution … is expressly prohibited …'."
    ),
    # "Copyright ©", "Copyright 2015", "©", "(c) 2015", then a rights-reserved phrase early on
    pattern=(
        r"(?:copyright\s?(?:©\s?|\(c\)\s?)?(?=[\d©])|©|c\)\s?(?=\d))[^\n]{0,120}?"
        rf"(?:{'|'.join(_RIGHTS_RESERVED)})[^\n]{{0,1000}}"
    ),
    first_words=("copyright", "©", "c"),
    requires=_RIGHTS_RESERVED,
    max_chars=1200,
    # (the copyright-line parser reads the shorter ones, up to 400 characters)
    must_remove=(
        "Copyright © 2000 Yahoo! Inc., and Reuters Limited. All rights reserved. Republication or"
        " redistribution of Reuters content is expressly prohibited without the prior written"
        " consent of Reuters. Reuters shall not be liable for any errors or delays in the content,"
        " or for any actions taken in reliance thereon. Questions or comments? Write to the"
        " editors. Privacy policy, terms of service and our guide to the site are on the help"
        " pages.",
        "© 2021 Verlag GmbH. Alle Rechte vorbehalten. Vervielfältigung, Verbreitung und"
        " Speicherung nur mit vorheriger schriftlicher Genehmigung des Verlags. Für die Inhalte"
        " verlinkter Seiten ist der Verlag nicht verantwortlich. Die Nachrichten der Agenturen"
        " dürfen nicht weiterverbreitet werden. Impressum | Datenschutz | Kontakt | AGB |"
        " Mediadaten | Abo-Service | Hilfe und Häufige Fragen | Barrierefreiheit | Cookie-Einstellungen"
        " | Nutzungsbedingungen",
        "© 2021 Le Journal. Tous droits réservés. Toute reproduction, représentation ou diffusion,"
        " intégrale ou partielle, du contenu de ce site sans autorisation écrite de la rédaction"
        " est interdite. Le journal ne saurait être tenu responsable des contenus des sites"
        " externes. Mentions légales | Contact | Publicité | Conditions générales | Aide | Gestion"
        " des cookies | Politique de confidentialité | Accessibilité | Plan du site | Abonnements",
        "© 2021 El Diario. Todos los derechos reservados. Queda prohibida la reproducción total o"
        " parcial de los contenidos de este sitio sin autorización previa y por escrito de la"
        " redacción. El diario no se hace responsable de los contenidos de sitios externos."
        " Aviso legal | Contacto | Publicidad | Condiciones de uso | Ayuda | Política de privacidad |"
        " Política de cookies | Accesibilidad | Mapa del sitio | Suscripciones | Hemeroteca",
        "© 2021 Il Giornale. Tutti i diritti riservati. È vietata la riproduzione, anche parziale,"
        " dei contenuti di questo sito senza l'autorizzazione scritta della redazione. Il giornale"
        " non è responsabile dei contenuti dei siti esterni. Note legali | Contatti | Pubblicità"
        " | Condizioni d'uso | Aiuto | Redazione | Informativa sulla privacy | Cookie policy |"
        " Accessibilità | Mappa del sito | Abbonamenti | Archivio | Lavora con noi",
        "© 2021 O Jornal. Todos os direitos reservados. É proibida a reprodução, total ou parcial,"
        " dos conteúdos deste site sem autorização prévia e por escrito da redação. O jornal não"
        " se responsabiliza pelos conteúdos de sites externos. Aviso legal | Contato |"
        " Publicidade | Termos de uso | Ajuda | Redação | Política de privacidade | Política de"
        " cookies | Acessibilidade | Mapa do site | Assinaturas | Arquivo | Trabalhe conosco",
    ),
    must_keep=(
        "Copyright law protects all rights reserved to authors for seventy years after their"
        " death, the court said on Tuesday in a ruling on the estate of the late novelist.",
    ),
    languages=_LANGUAGES,
)

# Words of a site footer's own links: what a footer row holds before its rights notice.
_FOOTER_WORDS = (
    *("privacy", "terms of use", "terms of service", "webmaster", "advertise", "contact us"),
    *("datenschutz", "impressum", "nutzungsbedingungen", "kontakt", "mediadaten"),
    *("confidentialité", "mentions légales", "conditions générales", "nous contacter"),
    *("privacidad", "aviso legal", "condiciones de uso", "contacto"),
    *("informativa", "note legali", "condizioni d'uso", "contatti"),
    *("privacidade", "termos de uso", "contato", "fale conosco"),
    *("prywatności", "regulamin", "kontakt"),
)
_FOOTER_WORD = "|".join(dict.fromkeys(_FOOTER_WORDS))
_LINK_TEXT = r"(?:[^\n©.,!?]|[.,!?](?=\S))"

FOOTER_RIGHTS = ShapeRule(
    stage="fallback",
    id="footer-rights",
    description=(
        "Footer rows whose links come before the rights notice: 'Privacy Statement | Contact"
        " webmaster@… © 2005 Outlet Inc. All rights reserved …'."
    ),
    # link text (no comma or full stop before a space: not a sentence) holding a footer word,
    # then the copyright sign within 200 characters and a rights-reserved phrase soon after
    pattern=(
        rf"(?={_LINK_TEXT}{{0,200}}?\b(?:{_FOOTER_WORD})){_LINK_TEXT}{{0,200}}©[^\n]{{0,120}}?"
        rf"(?:{'|'.join(_RIGHTS_RESERVED)})[^\n]{{0,400}}"
    ),
    first_chars=_ANY_START + "|",
    triggers=("©",),
    requires=_RIGHTS_RESERVED,
    max_chars=700,
    must_remove=(
        "Privacy Statement For Outlet.com comments write to comments@outlet.example; For Outlet"
        " News Channel comments write to comments@channel.example © Associated Press. All rights"
        " reserved.",
        "Comments/inquiries to webmaster@magazine.example Designed and developed by the Studio |"
        " Privacy Policy Copyright © 2000 by the Corporation All rights reserved Subscribe",
        "Impressum | Datenschutz | Kontakt | Mediadaten | Abo-Service © 2021 Verlag GmbH. Alle Rechte"
        " vorbehalten. Ein Angebot der Verlagsgruppe Nord. Hilfe | AGB | Barrierefreiheit",
        "Mentions légales | Nous contacter | Publicité | Abonnements © 2021 Le Journal. Tous droits"
        " réservés. Un site du groupe Presse Ouest. Aide | Plan du site | Accessibilité",
        "Aviso legal | Contacto | Publicidad | Suscripciones © 2021 El Diario. Todos los derechos"
        " reservados. Un sitio del grupo Prensa Norte. Ayuda | Mapa del sitio | Accesibilidad",
        "Note legali | Contatti | Pubblicità | Abbonamenti © 2021 Il Giornale. Tutti i diritti"
        " riservati. Un sito del gruppo Editoriale Nord. Aiuto | Mappa del sito | Accessibilità",
        "Termos de uso | Fale conosco | Publicidade | Assinaturas © 2021 O Jornal. Todos os direitos"
        " reservados. Um site do grupo Imprensa Sul. Ajuda | Mapa do site | Acessibilidade",
        "Regulamin | Polityka prywatności | Reklama | Prenumerata © 2021 Gazeta. Wszelkie prawa"
        " zastrzeżone. Serwis grupy wydawniczej Media Północ. Pomoc | Mapa serwisu | Dostępność | Kontakt",
    ),
    must_keep=(
        "Contact the privacy office, the agency said: the image © Reuters was not licensed and"
        " all rights reserved by the photographer were ignored when the paper printed it on the"
        " front page of its Sunday edition.",
        "The privacy commissioner said the photo, © 2019 Reuters, was used without permission;"
        " all rights reserved by the agency were ignored, she said, and the paper apologised on"
        " its front page the next day.",
    ),
    # a footer that writes its links as sentences before the notice stays (precision first)
    known_misses=(
        "Questions or comments? Write to webmaster@outlet.example. Privacy policy and terms of"
        " use © 2005 Outlet Inc. All rights reserved. This material may not be redistributed.",
    ),
    languages=_LANGUAGES,
)

REPRINT_NOTICE = PhraseRule(
    stage="fallback",
    id="reprint-notice",
    description=(
        "Reprint and redistribution notices: 'This material may not be published, broadcast,"
        " rewritten, or redistributed.', 'Nachdruck nur mit Genehmigung …'."
    ),
    phrases={
        "en": (
            "this material may not be published, broadcast, rewritten",
            "please attach this notice in its entirety",
            "for permission to reprint",
            "for reprint permission",
            "this copy is for your personal, non-commercial use",
            "this copy is for your personal non-commercial use",
            "dow jones reprints: this copy is for your personal",
            "republication or redistribution of",
            "reuters shall not be liable for any errors or delays",
            "thomson reuters shall not be liable for any errors",
        ),
        "de": (
            "nachdruck nur mit genehmigung",
            "nachdruck nur mit schriftlicher genehmigung",
            "nachdruck und vervielfältigung nur mit",
            "weiterverbreitung nur mit genehmigung",
        ),
        "fr": (
            "reproduction interdite sans autorisation",
            "réutiliser ce contenu",
            "toute reproduction interdite",
            "toute reproduction, même partielle, est interdite",
        ),
        "es": (
            "prohibida su reproducción total o parcial",
            "queda prohibida la reproducción total o parcial",
            "prohibida la reproducción total o parcial",
        ),
        "it": (
            "riproduzione riservata",
            "è vietata la riproduzione",
        ),
        "pt": (
            "é proibida a reprodução total ou parcial",
            "proibida a reprodução total ou parcial",
        ),
    },
    match="line-start",
    # the notice runs on with who may reprint and how to ask
    max_chars=500,
    must_remove=(
        "This copy is for your personal, non-commercial use only. Distribution and use of this"
        " material are governed by our Subscriber Agreement and by copyright law.",
        "Reuters shall not be liable for any errors or delays in the content, or for any actions"
        " taken in reliance thereon.",
        "This material may not be published, broadcast, rewritten, or redistributed. © 2015 Outlet"
        " News Network, LLC. All rights reserved. All market data delayed 20 minutes.",
        "Please attach this notice in its entirety when copying or redistributing material from"
        " the magazine. Publications seeking to reprint material must contact us for permission.",
        "Nachdruck nur mit Genehmigung des Verlags. Die Inhalte dieser Seite sind urheberrechtlich"
        " geschützt und dürfen nicht ohne Zustimmung weiterverbreitet werden.",
        "Reproduction interdite sans autorisation. Les contenus de ce site sont protégés par le"
        " droit d'auteur et ne peuvent être diffusés sans accord écrit.",
        "Prohibida su reproducción total o parcial, así como su traducción a cualquier idioma sin"
        " la autorización escrita de su titular.",
        "È vietata la riproduzione, anche parziale, dei contenuti di questo sito senza"
        " l'autorizzazione scritta della redazione.",
        "É proibida a reprodução total ou parcial do conteúdo deste site sem autorização prévia e"
        " por escrito da redação.",
    ),
    must_keep=(
        "Reproduction of the painting was forbidden, the museum said, until the court ruled.",
        "For permission to build, the council demanded three more surveys.",
    ),
)


_PHONE = r"[+(\d][\d\s()/+.–-]{5,30}"
# Simple case folding ("(?-f:"): with the full folding of shape rules, "ss" may also match
# as "ß", and a long run of "ss" or "fi" with no "@" behind it backtracks for minutes.
_MAIL = r"(?-f:[\w.+-]{1,40}(?:@|\[at\]|\(at\))[\w.-]{1,40})"

CONTACT_LINE = ShapeRule(
    stage="fallback",
    id="contact-line",
    description="Lines that are only a phone, fax or e-mail contact: 'Tel.: +49 (0)30-212 341-253'.",
    pattern=(
        r"(?:tel\.?|telefon|telephone|phone|fon|fax|mobil|e-?mail|mail|kontakt|contact|tél\.?"
        r"|téléphone|teléfono|telefono|telefone|telefon)\s?\.?:?\s?"
        rf"(?:{_PHONE}(?:\s?[-–|,]\s?fax\.?:?\s?{_PHONE})?|{_MAIL})"
    ),
    first_words=(
        "tel",
        "tel.",
        "telefon",
        "telephone",
        "phone",
        "fon",
        "fax",
        "mobil",
        "e-mail",
        "email",
        "mail",
        "kontakt",
        "contact",
        "tél",
        "tél.",
        "téléphone",
        "teléfono",
        "telefono",
        "telefone",
    ),
    max_chars=80,
    must_remove=(
        "Tel.: +49 (0)30-212 341-253",
        "Telefon: +49 - (40) - 300 30 - 1141",
        "Tel. 0863/91131 - Fax 0863/912132",
        "Mail: info@mueritzurlauber.de",
        "Kontakt: d.toelle[at]rechtambild.de",
        "Téléphone : 01 23 45 67 89",
        "Teléfono: +34 912 345 678",
    ),
    must_keep=(
        "Telefon: Die Hotline ist ab Montag erreichbar.",
        "Phone calls to the office went unanswered on Friday.",
    ),
    languages=_LANGUAGES,
)

SOURCE_LABEL = PhraseRule(
    stage="fallback",
    id="source-label",
    description="Source lines the wire-credit parser leaves: 'Quelle: Landesregierung', 'Source: company data'.",
    phrases={
        "en": ("source", "sources"),
        "de": ("quelle", "quellen"),
        "fr": ("source", "sources"),
        "es": ("fuente", "fuentes"),
        "it": ("fonte", "fonti"),
        "pt": ("fonte", "fontes"),
    },
    match="label",
    max_chars=100,
    fragment_only=True,  # "Source: the ministry did not confirm the figures." is a sentence
    must_remove=(
        "Source: company data",
        "Quelle: Landesregierung",
        "Sources : ministère de l'Intérieur",
        "Fuente: Ministerio de Sanidad",
        "Fonte: Istat",
        "Fonte: IBGE",
    ),
    must_keep=(
        "Source of the outbreak remains unknown, the health ministry said.",
        "Quellen zufolge war der Minister schon am Montag informiert.",
        "Source: the ministry did not confirm the figures.",
        "Quelle: Die Polizei bestätigte die Zahlen am Abend.",
    ),
)

FILE_LINK = ShapeRule(
    stage="fallback",
    id="file-link",
    description="Download links with a file type and size: 'Annual report PDF | 38 KB', 'Programm (PDF, 1,2 MB)'.",
    # a file type, then its size within a few characters; the line does not end like a sentence
    pattern=(
        r"[^\n]{0,150}?(?<![a-z])(?:pdf|docx|xlsx?|pptx?|mp3|epub)\b[^\n]{0,12}?"
        r"\d[\d.,]*\s?(?:kb|mb|gb|kib|mib|ko|mo|byte|bytes)\b(?:[^\n]{0,80}[^\n.!?\s])?"
    ),
    first_chars=_ANY_START,
    # the file type gates (rare in other lines); the size unit (short) only filters those
    triggers=("pdf", "docx", "xls", "ppt", "mp3", "epub"),
    requires=("kb", "mb", "gb", "kib", "mib", "ko", "mo", "byte"),
    max_chars=260,
    must_remove=(
        "Annual report 2021 PDF | 38 KB",
        "Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei",
        "Rapport annuel (PDF, 1,2 Mo)",
        "Informe anual (PDF, 2 MB)",
        "Relazione annuale (PDF, 850 KB)",
        "Relatório anual (PDF, 3 MB)",
    ),
    must_keep=("The leaked PDF of 38 KB held the full list of names, the paper said.",),
    languages=_LANGUAGES,
)

RULES = (
    LEGAL_FOOTER,
    COPYRIGHT_NOTICE,
    RIGHTS_NOTICE,
    FOOTER_RIGHTS,
    REPRINT_NOTICE,
    CONTACT_LINE,
    SOURCE_LABEL,
    FILE_LINK,
)
"""This family's rules, in the order they run within their stage."""
