"""Author bios and contact lines at the end of a story: 'Jane Doe covers energy. Reach her at …'."""

from __future__ import annotations

from newsclean._credits import Bio
from newsclean._kinds.author_bio import FirstNameBioRule
from newsclean._kinds.structure import ShapeRule
from newsclean.rules.profiles import PROFILE_LABELS

__all__ = [
    "AUTHOR_BIO_LABEL",
    "AUTHOR_CONTACT",
    "FIRST_NAME_BIO",
    "RULES",
]

# What follows "at", "unter", "à" …: an e-mail address, a handle, a web address or a number.
_ADDRESS = r"(?:[\w.+-]{1,40}@[\w-]|@\w|https?://|www\.|\+?\d)"
_EMAIL = r"[\w.+-]{1,40}@[\w-]"
_PRONOUN = r"(?:him|her|me|the author|the writer|the reporter)"
_NETWORK = r"(?:twitter|x|instagram|facebook|threads|bluesky|mastodon|linkedin)"
_FEED = rf"(?:{_NETWORK}|rss)"
# A writer's name of one to three words ("Marie Dupont").
_NAME = r"(?:[\w.'’-]+ ){0,2}[\w.'’-]+"
# A profile's address on a network: "www.twitter.com/apseanmurphy", "https://x.com/ana".
_PROFILE = r"(?:https?://)?(?:www\.)?(?:twitter|x|instagram|facebook|threads|linkedin)\.com/\w"
# "Write to Ana Ruiz at ana.ruiz@wsj.example", "Contact reporter Ana Ruiz at …": a line that
# opens with the contact verb and a capitalised name, then an e-mail address.
_NAMED_CONTACT = (
    r"(?:reach|email|e-mail|contact|write to)(?: (?:reporter|writer|columnist|staff writer))?"
    r" (?-i:\p{Lu})[\p{L}.'’-]*(?: (?-i:\p{Lu})[\p{L}.'’-]*){0,3} at [\w.+-]{1,40}@[\w-]"
)
_CONTACT = (
    r"(?:"
    # en
    rf"(?:reach|email|e-mail|contact|write to) {_PRONOUN} (?:at|via|on) {_ADDRESS}"
    rf"|can be reached (?:at|via|by email at|on {_NETWORK} at) {_ADDRESS}"
    rf"|(?:you can )?(?:write to|email|e-mail) us at {_ADDRESS}"
    # the newsroom's tip line: "Got a news tip? Contact us at …", "Tips? Email tips@…"
    rf"|contact (?:us|the newsroom|our newsroom|the news desk) (?:at|on|via) {_EMAIL}"
    rf"|(?:tips|news tips|questions|story ideas?)\?\s(?:e-?mail|send (?:them|it) to) {_EMAIL}"
    rf"|send (?:it|them|your tips?|news tips) to {_EMAIL}"
    # "Follow him on Twitter @jdoe", "Follow The Gleaner on Twitter and Instagram @gleaner"
    # "Follow The News Blog on RSS and on Twitter at @JustNowAgo"
    rf"|follow (?:[\w.'’-]+ ){{1,3}}on {_FEED}(?:(?:,| and| &)(?: on)? {_FEED}){{0,2}}(?: at|:)? @\w"
    # "Follow AP Writer Sean Murphy at www.twitter.com/apseanmurphy": the network's address
    rf"|follow (?:[\w.'’-]+ ){{1,6}}(?:on {_NETWORK} )?at {_PROFILE}"
    # de
    rf"|(?:sie erreichen|erreichen sie|kontaktieren sie) (?:ihn|sie|den autor|die autorin)"
    rf" (?:unter|per mail unter) {_ADDRESS}"
    rf"|(?:der autor|die autorin) ist (?:erreichbar|zu erreichen) unter {_ADDRESS}"
    rf"|folgen sie (?:ihm|ihr|{_NAME}) auf {_NETWORK}(?: unter|:)? @\w"
    rf"|schreiben sie uns (?:an|unter|eine e-mail an) {_ADDRESS}"
    # fr
    rf"|(?:est )?joignable (?:à l'adresse |au |à |sur )?{_ADDRESS}"
    rf"|suivez(?:-le|-la| {_NAME}) sur {_NETWORK}(?: :)? @\w"
    rf"|(?:écrivez-nous|vous pouvez nous écrire) (?:à|sur) {_ADDRESS}"
    # es
    rf"|(?:puede contactarl[oa]|puedes contactarl[oa]|escríbele) (?:en|a) {_ADDRESS}"
    rf"|(?:síguel[oa]|sigue a {_NAME}) en {_NETWORK}(?: en|:)? @\w"
    rf"|(?:puede|puedes|pueden) escribirnos a {_ADDRESS}|escríbenos a {_ADDRESS}"
    # it
    rf"|(?:contattal[oa]|scrivigli|scrivile) (?:a|all'indirizzo|su) {_ADDRESS}"
    rf"|(?:seguil[oa]|segui {_NAME}) su {_NETWORK}(?: a|:)? @\w"
    rf"|(?:scriveteci|scrivici|potete scriverci) a {_ADDRESS}"
    # pt
    rf"|(?:contate-(?:o|a)|escreva para (?:ele|ela)) (?:em|no|pelo) {_ADDRESS}"
    rf"|(?:siga-(?:o|a)|siga {_NAME}) no {_NETWORK}(?: em|:)? @\w"
    # nl
    rf"|volg (?:hem|haar|{_NAME}) op {_NETWORK}(?: via|:)? @\w"
    rf"|(?:escreva para nós|escreva-nos) (?:em|para) {_ADDRESS}"
    r")"
)

AUTHOR_CONTACT = ShapeRule(
    id="author-contact",
    description=(
        "Author bio and contact lines with an address: 'Jane Doe covers energy for the Post."
        " Reach her at jane.doe@post.com.' (kept as the byline's bio when it names its author)"
    ),
    record=Bio,
    pattern=rf"[^\n]{{0,250}}?\b{_CONTACT}[^\n]{{0,200}}|{_NAMED_CONTACT}[^\n]{{0,200}}",
    first_chars=(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÄÖÜÉÈÀÂÁÍÓÚÇÑ\u2014\u2013-—(["
    ),
    # the address every contact line gives (the gate anchors a trigger at its longest word,
    # so the contact verbs themselves would pass every line that says "follow" or "email")
    triggers=("@", "://", "www.", "reached", "erreichbar", "joignable"),
    # a word of every contact phrase above (the pattern is costly to try on every line
    # with an address)
    requires=(
        "reach",  # reach, can be reached
        "mail",  # email, e-mail
        "contact",  # contact, contactarlo
        "write to",
        "send",
        "follow",
        "erreich",  # erreichen, erreichbar
        "kontaktieren",
        "autor",  # der Autor, die Autorin
        "folgen sie",
        "joignable",
        "suivez",
        "escríbele",
        "síguel",
        "contattal",
        "scrivi",  # scrivigli, scrivile
        "seguil",
        "segui ",
        "sigue a",
        "siga ",
        "volg ",
        "contate-",
        "escreva para",
        "siga-",
        "schreiben sie uns",
        "écrivez-nous",
        "nous écrire",
        "escribirnos",
        "escríbenos",
        "scriveteci",
        "scrivici",
        "scriverci",
        "escreva",
    ),
    max_chars=300,
    must_remove=(
        "Jane Doe covers energy for the Post. Reach her at jane.doe@post.example.",
        "John Smith can be reached at jsmith@times.example or on Twitter @jsmith.",
        "Follow him on Twitter @jsmith",
        "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook.",
        "Follow The Politics Blog on RSS and on Twitter at @ESQPolitics.",
        "Anna Schmidt ist Wirtschaftsredakteurin. Sie erreichen sie unter anna.schmidt@zeitung.example",
        "Marie Dupont est journaliste au service politique, joignable à marie.dupont@journal.example",
        "Ana García es periodista de economía. Puede contactarla en ana.garcia@diario.example",
        "Marco Rossi è giornalista. Contattalo a marco.rossi@giornale.example",
        "Write to Ana Ruiz at ana.ruiz@journal.example",
        "Write to Ana Ruiz at ana.ruiz@journal.example and Tom Field at tom.field@journal.example",
        "Contact reporter Ana Ruiz at aruiz@herald.example or 555-0134.",
        "Reach Tom O'Neill at toneill@herald.example.",
        "João Silva é repórter de economia. Siga-o no Twitter @joaosilva",
        "Follow AP Entertainment Writer Sandy Cohen at www.twitter.com/APSandy .",
        "Follow her on Twitter: @anaruiz",
        "Folgen Sie Anna Schmidt auf Twitter: @aschmidt",
        "Suivez Marie Dupont sur Twitter : @mdupont",
        "Sigue a Ana García en Twitter: @agarcia",
        "Segui Marco Rossi su Twitter: @mrossi",
        "Siga João Silva no Twitter: @jsilva",
        "Volg Joost Bakker op X: @jbakker",
        # the outlet's own contact line
        "Write to us at letters@paper.example.",
        "Got a news tip? Contact us at tips@paper.example.",
        "Tips? Email tips@paper.example.",
        "Have a story idea? Send it to news@paper.example.",
        "Questions? Contact the newsroom at news@paper.example.",
        "Schreiben Sie uns an leserbriefe@zeitung.example",
        "Écrivez-nous à courrier@journal.example",
        "Puede escribirnos a nuno@diario.example o seguir a Materia en Facebook o Instagram.",
        "Scriveteci a lettere@giornale.example",
        "Escreva para nós em cartas@jornal.example",
    ),
    must_keep=(
        "Police could not reach her at home on Tuesday, the spokesman said.",
        "Follow the money, investigators told the committee.",
        "Follow the minister at www.gov.example, the aide said, for the full text.",
        "Volg het geld, zei de rechercheur tegen de commissie.",
        "Follow the team on Twitter, the coach told fans before the final.",
        "Reporters can be reached only by satellite phone in the region.",
        "Die Polizei konnte sie unter der alten Adresse nicht erreichen.",
        "Write to us at once, the lawyer told the tenants, or lose the deposit.",
        "Contact tracing at the school began on Monday, officials said.",
        "Reach Out Northfield at the library helps families with their taxes.",
        "The mayor asked residents to contact City Hall at the number on their bill.",
        "Puede escribirnos a cualquier hora, dijo el abogado a los vecinos.",
        "Send it to 10 friends, the chain letter told its readers.",
        "Residents who want to help can contact us at the town hall, the mayor said.",
    ),
    # A bio without an address reads like a story sentence about a person.
    known_misses=(
        "Jane Doe covers energy and climate for the Post. She joined the paper in 2019.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "nl"),
)

# What a bio says right after the author's name, per language (en, de, fr, es, it, pt, nl, pl,
# sv, da, no, fi, ro, cs, id).
_ROLE = r"(?:[^\n]{0,60}?)"
_BIO_START = (
    r"(?:covers|writes (?:about|for|on)|reports (?:on|for|from)|has covered"
    # the author of a book: "is the author of", "ist Autorin des Buches", "est l'auteur de"
    r"|is the (?:co-)?author of|ist (?:Ko-)?[Aa]utor(?:in)? (?:des|der|von)"
    r"|est (?:le |la )?(?:co-?)?auteur(?:e)? d|es (?:el |la )?(?:co)?autor(?:a)? de"
    r"|è (?:l['’]autore|l['’]autrice|(?:co)?autore|(?:co)?autrice) d|é (?:o |a )?(?:co)?autor(?:a)? d"
    r"|is (?:de )?(?:co-)?auteur van"
    rf"|is (?:a|an|the) {_ROLE}(?:reporter|correspondent|writer|editor|journalist|columnist"
    r"|critic|producer|photographer|contributor)"
    rf"|ist {_ROLE}(?:[Rr]edakteur|[Kk]orrespondent|[Rr]eporter|[Jj]ournalist|[Kk]olumnist"
    r"|[Vv]olontär|[Rr]essortleiter)|schreibt (?:über|für)|berichtet (?:über|für|aus)"
    rf"|est {_ROLE}(?:journaliste|correspondant|rédact|reporter|chroniqueu|éditorialiste)"
    r"|couvre|écrit (?:sur|pour)"
    rf"|es {_ROLE}(?:periodista|redactor|corresponsal|reporter|columnista)|cubre"
    r"|escribe (?:sobre|para)"
    rf"|è {_ROLE}(?:giornalista|corrispondente|redattore|redattrice|inviat|cronista"
    r"|editorialista)|scrive (?:di|per|su)"
    rf"|é {_ROLE}(?:jornalista|repórter|correspondente|redator|colunista)|cobre"
    r"|escreve (?:sobre|para)"
    rf"|is {_ROLE}(?:journalist|verslaggever|correspondent|redacteur|columnist)"
    r"|schrijft (?:over|voor)"
    rf"|jest {_ROLE}(?:dziennikar|reporter|korespondent|redaktor|publicyst)|pisze (?:o|dla)"
    # sv, da, no, fi, ro, cs, id
    rf"|är {_ROLE}(?:journalist|reporter|korrespondent|redaktör|krönikör)|skriver om|bevakar"
    rf"|er {_ROLE}(?:journalist|reporter|korrespondent|redaktør|kommentator)|dækker|dekker"
    rf"|on {_ROLE}(?:toimittaja|kirjeenvaihtaja|reportteri)"
    rf"|este {_ROLE}(?:jurnalist|reporter|corespondent|redactor)|scrie despre"
    rf"|je {_ROLE}(?:novinář|reportér|redaktor|zpravodaj)|píše o"
    rf"|adalah {_ROLE}(?:jurnalis|wartawan|reporter|editor|redaktur)|menulis tentang)"
)

# A cookie notice stands in for the story in the examples (another rule removes it).
_NOTICE = (
    "We use cookies to personalise content and ads, to provide social media features and to "
    "analyse our traffic on this site."
)

FIRST_NAME_BIO = FirstNameBioRule(
    id="first-name-bio",
    description=(
        "An author's bio below the story opened by the byline author's first or full name:"
        " 'Lena covers energy for the Post.', 'Lena Berg is a writer for the Post.' (kept as"
        " the byline's bio)"
    ),
    pattern=_BIO_START,
    must_remove=(
        f"By Lena Berg\n\n{_NOTICE}\n\nLena covers energy and climate for the Post from Washington.",
        f"Von Anna Schmidt\n\n{_NOTICE}\n\nAnna ist Wirtschaftsredakteurin und schreibt über Energie.",
        f"Par Marie Dupont\n\n{_NOTICE}\n\nMarie est journaliste au service économie depuis 2015.",
        f"Por Ana García\n\n{_NOTICE}\n\nAna es periodista de la sección de Economía.",
        f"Di Marco Rossi\n\n{_NOTICE}\n\nMarco è giornalista economico a Milano.",
        f"Por João Silva\n\n{_NOTICE}\n\nJoão é repórter de economia desde 2012.",
        f"Av Lena Berg\n\n{_NOTICE}\n\nLena är journalist på kulturredaktionen.",
        f"De Andrei Popescu\n\n{_NOTICE}\n\nAndrei este jurnalist la secția de economie.",
        f"Oleh Budi Santoso\n\n{_NOTICE}\n\nBudi adalah wartawan ekonomi di Jakarta.",
        f"By Lena Berg\n\n{_NOTICE}\n\nLena Berg is a freelance writer based in Washington.",
        f"Von Anna Schmidt\n\n{_NOTICE}\n\nAnna Schmidt ist Redakteurin im Ressort Politik.",
        f"Par Marie Dupont\n\n{_NOTICE}\n\nMarie Dupont est journaliste au service politique.",
        f"By Lena Berg\n\n{_NOTICE}\n\nLena Berg is the author of “The Long Road” (Penguin, 2024).",
        f"Von Anna Schmidt\n\n{_NOTICE}\n\nAnna Schmidt ist Autorin des Buches „Die Brücke“.",
    ),
    must_keep=(
        # no byline names a Lena: a story's last line about a person
        "The council met on Tuesday and voted to close the old bridge over the river for a"
        " year, the mayor said after the meeting.\n\n"
        "Lena covers energy and climate for the Post from Washington.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "ro", "id"),
)

_LABELS = "|".join(label.replace(" ", r"\s+") for label in PROFILE_LABELS)

AUTHOR_BIO_LABEL = ShapeRule(
    id="author-bio-label",
    description=(
        "An author's bio after its label on one line: 'About the author: Jane Doe has covered"
        " Congress since 2010.' (kept as the byline's bio when it names its author)"
    ),
    record=Bio,
    pattern=rf"(?i:{_LABELS})\s*[:：—–]\s*(?-i:\p{{Lu}})[^\n]{{20,400}}",
    first_chars="AaÜüZzÀàSsOo",
    triggers=PROFILE_LABELS,
    max_chars=450,
    must_remove=(
        "About the author: Jane Doe has covered Congress for the Post since 2010.",
        "Über den Autor: Anna Schmidt ist Wirtschaftsredakteurin und schreibt über Energie.",
        "À propos de l'auteur : Marie Dupont est journaliste au service économie depuis 2015.",
        "Sobre el autor: Ana García es periodista de la sección de Economía desde 2018.",
        "Sull'autore: Marco Rossi è giornalista economico e scrive di energia.",
        "Sobre o autor: João Silva é repórter de economia desde 2012.",
        "Over de auteur: Eva de Vries is economieredacteur van de krant sinds 2016.",
    ),
    must_keep=(
        "About the author of the report, little is known beyond her name.",
        "About the author: the police say little is known.",
        "Sobre el autor del crimen, la policía no ha dado detalles todavía.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "nl", "pl"),
)

RULES = (AUTHOR_CONTACT, AUTHOR_BIO_LABEL, FIRST_NAME_BIO)
"""This family's rules, in the order they run within their stage."""
