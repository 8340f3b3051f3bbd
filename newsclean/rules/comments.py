"""Comment-section prompts and the guideline lines that come with them."""

from __future__ import annotations

from newsclean._followers import FollowerRule
from newsclean._phrases import PhraseRule

__all__ = ["COMMENT_GUIDELINES", "COMMENT_PROMPT"]

COMMENT_PROMPT = PhraseRule(
    id="comment-prompt",
    description="Comment-section prompts and links such as 'BE PART OF THE CONVERSATION'.",
    phrases=(
        "be part of the conversation",
        "join the conversation",
        "jump to comments",
        "leave a comment",
        "leave a reply",
        "post a comment",
        "add a comment",
        "comments are closed",
        "show comments",
        "view comments",
        "kommentar schreiben",
        "kommentare anzeigen",
        "diskutieren sie mit",
        "publier un commentaire",
        "laisser un commentaire",
        "réagir",
        "deja un comentario",
        "dejar un comentario",
        "comentarios",
        "lascia un commento",
        "commenti",
        "deixe um comentário",
        "comentários",
    ),
    must_remove=("BE PART OF THE CONVERSATION", "Jump to comments ↓", "Leave a Reply"),
    known_misses=("120 Kommentare",),
    must_keep=(
        "Residents were invited to join the conversation about the new bridge at city hall.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt"),
)

COMMENT_GUIDELINES = FollowerRule(
    id="comment-guidelines",
    description="Community-guideline and 'share a story idea' lines under a comment prompt.",
    after=("comment-prompt",),
    contains=(
        "comment",
        "conversation",
        "guideline",
        "story idea",
        "respectful",
        "forum",
        "kommentar",
        "commentaire",
        "comentario",
        "commento",
        "comentário",
    ),
    max_lines=4,
    max_chars=300,
    must_remove=(
        "BE PART OF THE CONVERSATION\n\n"
        "News Channel 3-12 is committed to providing a forum for civil and constructive conversation.\n\n"
        "Please keep your comments respectful and relevant.\n\n"
        "If you would like to share a story idea, please submit it here.",
    ),
    must_keep=(
        "The forum for civil and constructive conversation closed in 2019, the mayor said.",
    ),
)
