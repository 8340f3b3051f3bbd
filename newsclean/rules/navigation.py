"""Skip links and topic/category lines."""

from __future__ import annotations

from newsclean._phrases import PhraseRule

__all__ = ["SKIP_LINK", "TOPIC_LINE"]

SKIP_LINK = PhraseRule(
    id="skip-link",
    description="Accessibility skip links such as 'Skip to content'.",
    phrases=(
        "skip to content",
        "skip to main content",
        "skip to navigation",
        "skip to main navigation",
        "skip to footer",
        "jump to content",
        "jump to navigation",
        "zum inhalt springen",
        "direkt zum inhalt",
        "zum hauptinhalt springen",
        "aller au contenu",
        "aller au contenu principal",
        "passer au contenu",
        "saltar al contenido",
        "saltar al contenido principal",
        "ir al contenido",
        "vai al contenuto",
        "salta al contenuto",
        "pular para o conteúdo",
        "ir para o conteúdo",
        "saltar para o conteúdo",
    ),
    must_remove=("Skip to Content", "Zum Inhalt springen", "Aller au contenu »"),
    must_keep=("Skip to the end: the council voted the plan down on Tuesday night.",),
    languages=("en", "de", "fr", "es", "it", "pt"),
)

TOPIC_LINE = PhraseRule(
    id="topic-line",
    description="Topic, tag and category labels such as 'Article Topic Follows: CNN - Asia/Pacific'.",
    phrases=(
        "article topic follows",
        "tags",
        "topics",
        "filed under",
        "posted in",
        "categories",
        "category",
        "schlagwörter",
        "themen",
        "mots-clés",
        "sujets",
        "etiquetas",
        "temas",
        "argomenti",
        "tag",
    ),
    match="label",
    max_chars=160,
    must_remove=("Article Topic Follows: CNN - Asia/Pacific", "Tags: Politics, China, Belarus"),
    must_keep=("Topics of the meeting included trade, security and the war in Ukraine.",),
    languages=("en", "de", "fr", "es", "it", "pt"),
)
