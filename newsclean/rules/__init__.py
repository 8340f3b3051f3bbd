"""The built-in rules, in the order the default pipeline runs them."""

from __future__ import annotations

from newsclean._rule import Rule
from newsclean.rules.comments import COMMENT_GUIDELINES, COMMENT_PROMPT
from newsclean.rules.credits import (
    BYLINE,
    CONTRIBUTOR_CREDIT,
    COPYRIGHT_LINE,
    DATELINE,
    WIRE_CREDIT,
)
from newsclean.rules.navigation import SKIP_LINK, TOPIC_LINE
from newsclean.rules.profiles import AUTHOR_POSTS_LINK, AUTHOR_PROFILE_NAME, AUTHOR_PROFILE_STUB

__all__ = ["builtin_rules"]


def builtin_rules() -> tuple[Rule, ...]:
    """Every built-in rule, in default pipeline order."""
    return (
        SKIP_LINK,
        COMMENT_PROMPT,
        COMMENT_GUIDELINES,
        AUTHOR_PROFILE_STUB,
        AUTHOR_POSTS_LINK,
        AUTHOR_PROFILE_NAME,
        TOPIC_LINE,
        BYLINE,
        WIRE_CREDIT,
        DATELINE,
        CONTRIBUTOR_CREDIT,
        COPYRIGHT_LINE,
    )
