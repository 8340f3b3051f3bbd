"""Author-profile stubs: "Author Profile Photo" and the lone outlet or author name under it."""

from __future__ import annotations

from newsclean._kinds.follower import FollowerRule, LabelledBioRule
from newsclean._kinds.phrase import ANY_LANGUAGE, PhraseRule

__all__ = [
    "AUTHOR_POSTS_LINK",
    "AUTHOR_PROFILE_BIO",
    "AUTHOR_PROFILE_NAME",
    "AUTHOR_PROFILE_STUB",
    "PROFILE_LABELS",
    "RULES",
]

AUTHOR_PROFILE_STUB = PhraseRule(
    id="author-profile-stub",
    description="Author-profile widgets such as 'Author Profile Photo' or 'More from this author'.",
    phrases={
        "en": (
            "author profile photo",
            "author photo",
            "about the author",
            "more from this author",
            "more from the author",
            "more articles by this author",
            "author",
            "about the writer",
            "author bio",
            "view profile",
            "authors",
            "about the authors",
            "view my complete profile",
        ),
        "de": (
            "mehr vom autor",
            "mehr von diesem autor",
            "über den autor",
            "über die autorin",
            "zum autor",
            "zur autorin",
            "autor",
            "autorin",
            "autorenprofil",
            "profil anzeigen",
            "autoren",
            "autorinnen",
            "über die autoren",
            "vollständiges profil anzeigen",
        ),
        "fr": (
            "plus d'articles de l'auteur",
            "à propos de l'auteur",
            "à propos de l'autrice",
            "auteur",
            "voir le profil",
            "auteurs",
        ),
        "es": (
            "más artículos del autor",
            "más del autor",
            "autor",
            "sobre el autor",
            "sobre la autora",
            "acerca del autor",
            "sobre la firma",
            "ver perfil",
            "autora",
            "autores",
        ),
        "it": (
            "altri articoli dell'autore",
            "sull'autore",
            "l'autore",
            "autore",
            "vedi profilo",
            "autori",
        ),
        "pt": (
            "mais do autor",
            "mais artigos do autor",
            "autor",
            "sobre o autor",
            "sobre a autora",
            "autora",
            "autores",
        ),
        "nl": (
            "over de auteur",
            "over de schrijver",
        ),
        "pl": (
            "o autorze",
            "o autorce",
            "autor tekstu",
        ),
    },
    max_chars=80,
    must_remove=(
        "Over de auteur",
        "Author Profile Photo",
        "More from this author",
        "Über den Autor",
        "À propos de l'auteur",
        "Sobre el autor",
        "Sull'autore",
        "Sobre o autor",
        "Autoren:",
        "O autorze",
        "Sobre la firma",
    ),
    must_keep=("About the author of the report, little is known.",),
)

AUTHOR_POSTS_LINK = PhraseRule(
    id="author-posts-link",
    description="Links to an author's other articles such as 'View all posts by Jane Doe'.",
    phrases={
        "en": (
            "view all posts by",
            "see all articles by",
            "more articles by",
            "more stories by",
            "other articles by",
            "find more by",
            "see more by",
            "contact the author",
            "email the author",
            "follow the author",
        ),
        "de": (
            "alle artikel von",
            "alle beiträge von",
            "weitere artikel von",
            "weitere beiträge von",
            "mehr artikel von",
            "mehr beiträge von",
            "alle artikel des autors",
            "kontakt zum autor",
            "kontakt zur autorin",
        ),
        "fr": (
            "tous les articles de",
            "voir tous les articles de",
            "plus d'articles de",
            "autres articles de",
            "tous ses articles",
            "contacter l'auteur",
        ),
        "es": (
            "ver todos los artículos de",
            "todos los artículos de",
            "más artículos de",
            "otros artículos de",
            "más noticias de",
            "contactar al autor",
        ),
        "it": (
            "tutti gli articoli di",
            "vedi tutti gli articoli di",
            "altri articoli di",
            "contatta l'autore",
        ),
        "pt": (
            "ver todos os artigos de",
            "todos os artigos de",
            "mais artigos de",
            "outros artigos de",
            "contatar o autor",
        ),
    },
    match="line-start",
    max_chars=80,
    must_remove=(
        "View all posts by Jane Doe",
        "Alle Artikel von Anna Schmidt",
        "Voir tous les articles de Marie Dubois",
        "Más artículos de Ana García",
        "Altri articoli di Marco Rossi",
        "Mais artigos de João Silva",
    ),
    must_keep=("All posts by the ministry were deleted within an hour of the vote.",),
)

AUTHOR_PROFILE_NAME = FollowerRule(
    id="author-profile-name",
    description="The lone outlet or author name printed under an author-profile stub.",
    after=("author-profile-stub", "author-posts-link"),
    max_lines=1,
    max_chars=40,
    max_words=4,
    fragment_only=True,
    must_remove=("Author Profile Photo\n\nCNN Newsource",),
    must_keep=("Jane Doe",),
    languages=(ANY_LANGUAGE,),
)

# The labels of an author's profile box (not "Author" alone, which also labels a byline).
PROFILE_LABELS = (
    *("about the author", "about the authors", "about the writer", "author bio"),
    *("über den autor", "über die autorin", "über die autoren", "zum autor", "zur autorin"),
    *("à propos de l'auteur", "à propos de l'autrice"),
    *("sobre el autor", "sobre la autora", "acerca del autor", "sobre la firma"),
    *("sull'autore", "sobre o autor", "sobre a autora", "over de auteur", "over de schrijver"),
    *("o autorze", "o autorce"),
)

AUTHOR_PROFILE_BIO = LabelledBioRule(
    id="author-profile-bio",
    description=(
        "The bio in an author's profile box, under its label and the author's name"
        " ('About the author' / 'Jane Doe' / 'Jane Doe covers energy …'), kept as the"
        " byline's bio when it names its author."
    ),
    labels=("author-profile-stub",),
    markers=PROFILE_LABELS,
    names=("author-profile-name",),
    must_remove=(
        "About the author\n\nJane Doe\n\nJane Doe covers energy and climate for the Post. She"
        " joined the paper in 2019 from a news agency.",
        "Über den Autor\n\nAnna Schmidt\n\nAnna Schmidt ist Wirtschaftsredakteurin und schreibt"
        " über Energie und Verkehr.",
        "À propos de l'auteur\n\nMarie Dupont\n\nMarie Dupont est journaliste au service"
        " économie depuis 2015.",
        "Sobre la firma\n\nAna García\n\nRedactora de la sección de Economía. Antes trabajó en"
        " la Cadena SER y en Cinco Días.",
        "Sull'autore\n\nMarco Rossi\n\nMarco Rossi è giornalista economico e scrive di energia.",
        "Sobre o autor\n\nJoão Silva\n\nJoão Silva é repórter de economia desde 2012.",
        "Over de auteur\n\nEva de Vries\n\nEva de Vries is economieredacteur van de krant.",
        "O autorze\n\nJan Kowalski\n\nJan Kowalski jest dziennikarzem działu gospodarczego.",
    ),
    must_keep=(
        # a name and a bio without the profile box's label above them
        "Jane Doe\n\nJane Doe covers energy and climate for the Post. She joined the paper in 2019.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "nl", "pl"),
)

RULES = (AUTHOR_PROFILE_STUB, AUTHOR_POSTS_LINK, AUTHOR_PROFILE_NAME, AUTHOR_PROFILE_BIO)
"""This family's rules, in the order they run within their stage."""
