"""Author-profile stubs: "Author Profile Photo" and the lone outlet or author name under it."""

from __future__ import annotations

from newsclean._followers import FollowerRule
from newsclean._phrases import PhraseRule

__all__ = ["AUTHOR_POSTS_LINK", "AUTHOR_PROFILE_NAME", "AUTHOR_PROFILE_STUB"]

AUTHOR_PROFILE_STUB = PhraseRule(
    id="author-profile-stub",
    description="Author-profile widgets such as 'Author Profile Photo' or 'More from this author'.",
    phrases=(
        "author profile photo",
        "author photo",
        "about the author",
        "more from this author",
        "more from the author",
        "more articles by this author",
        "mehr vom autor",
        "mehr von diesem autor",
        "plus d'articles de l'auteur",
        "más artículos del autor",
        "más del autor",
        "altri articoli dell'autore",
        "mais do autor",
        "mais artigos do autor",
    ),
    max_chars=80,
    must_remove=("Author Profile Photo", "More from this author"),
    must_keep=("About the author of the report, little is known.",),
    languages=("en", "de", "fr", "es", "it", "pt"),
)

AUTHOR_POSTS_LINK = PhraseRule(
    id="author-posts-link",
    description="Links to an author's other articles such as 'View all posts by Jane Doe'.",
    phrases=(
        "view all posts by",
        "see all articles by",
        "alle artikel von",
        "alle beiträge von",
        "tous les articles de",
        "voir tous les articles de",
        "ver todos los artículos de",
        "todos los artículos de",
        "tutti gli articoli di",
        "vedi tutti gli articoli di",
        "ver todos os artigos de",
        "todos os artigos de",
    ),
    match="line-start",
    max_chars=80,
    must_remove=("View all posts by Jane Doe", "Alle Artikel von Anna Schmidt"),
    must_keep=("All posts by the ministry were deleted within an hour of the vote.",),
    languages=("en", "de", "fr", "es", "it", "pt"),
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
)
