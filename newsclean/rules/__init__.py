"""The built-in rules, in the order the default pipeline runs them."""

from __future__ import annotations

from newsclean._rule import Rule
from newsclean.rules.ads import AD_LABEL, SPONSOR_LABEL
from newsclean.rules.comments import (
    ARTICLE_FEEDBACK,
    COMMENT_COUNT,
    COMMENT_FORM,
    COMMENT_GUIDELINES,
    COMMENT_HEADING,
    COMMENT_PROMPT,
)
from newsclean.rules.consent import AFFILIATE_DISCLOSURE, CONSENT_CONTROL, COOKIE_NOTICE
from newsclean.rules.credits import (
    BYLINE,
    CONTRIBUTOR_CREDIT,
    COPYRIGHT_LINE,
    DATELINE,
    WIRE_CREDIT,
)
from newsclean.rules.legal import CONTACT_LINE, COPYRIGHT_NOTICE, LEGAL_FOOTER
from newsclean.rules.media import (
    MEDIA_CAPTION,
    PHOTO_BYLINE,
    PHOTO_CREDIT,
    PLAYER_CONTROL,
    PLAYER_TIME,
    STOCK_PHOTO_CREDIT,
)
from newsclean.rules.navigation import (
    BREADCRUMB,
    BREADCRUMB_LABEL,
    CLICK_PROMPT,
    FURNITURE_ISLAND,
    LINK_ROW,
    NAVIGATION_RUN,
    POST_FILING,
    READING_TIME,
    READING_TIME_LABEL,
    REPUBLICATION_NOTE,
    SITE_LINK,
    SKIP_LINK,
    TOPIC_LINE,
    TOPIC_PREFIX,
)
from newsclean.rules.profiles import AUTHOR_POSTS_LINK, AUTHOR_PROFILE_NAME, AUTHOR_PROFILE_STUB
from newsclean.rules.related import READ_MORE_LINK, RELATED_HEADER, RELATED_SECTION, TEASER_LIST
from newsclean.rules.sharing import (
    FOLLOW_PROMPT,
    LIKE_BUTTON,
    LIKE_COUNTER,
    LONE_PROMPT,
    SHARE_PROMPT,
    SOCIAL_ROW,
)
from newsclean.rules.subscriptions import (
    ACCOUNT_LINK,
    APP_PROMPT,
    NEWSLETTER_PROMPT,
    PAYWALL_PROMPT,
)
from newsclean.rules.timestamps import TIMESTAMP_LINE

__all__ = ["builtin_rules"]


def builtin_rules() -> tuple[Rule, ...]:
    """Every built-in rule, in default pipeline order.

    Phrase rules come first (the first rule that tags a line is named for its removal),
    followers after the rules whose lines they follow, credit parsers next, then the
    structural navigation-run rule and the furniture-island rule that tidies after it.
    """
    return (
        SKIP_LINK,
        COMMENT_PROMPT,
        COMMENT_COUNT,
        COMMENT_FORM,
        COMMENT_HEADING,
        COMMENT_GUIDELINES,
        ARTICLE_FEEDBACK,
        AUTHOR_PROFILE_STUB,
        AUTHOR_POSTS_LINK,
        AUTHOR_PROFILE_NAME,
        SHARE_PROMPT,
        LONE_PROMPT,
        SOCIAL_ROW,
        LIKE_BUTTON,
        LIKE_COUNTER,
        FOLLOW_PROMPT,
        NEWSLETTER_PROMPT,
        PAYWALL_PROMPT,
        APP_PROMPT,
        ACCOUNT_LINK,
        CLICK_PROMPT,
        AD_LABEL,
        SPONSOR_LABEL,
        COOKIE_NOTICE,
        CONSENT_CONTROL,
        AFFILIATE_DISCLOSURE,
        RELATED_HEADER,
        RELATED_SECTION,
        READ_MORE_LINK,
        TEASER_LIST,
        TOPIC_LINE,
        TOPIC_PREFIX,
        POST_FILING,
        BREADCRUMB,
        BREADCRUMB_LABEL,
        SITE_LINK,
        LINK_ROW,
        READING_TIME,
        READING_TIME_LABEL,
        TIMESTAMP_LINE,
        REPUBLICATION_NOTE,
        PHOTO_CREDIT,
        PHOTO_BYLINE,
        STOCK_PHOTO_CREDIT,
        MEDIA_CAPTION,
        PLAYER_CONTROL,
        PLAYER_TIME,
        BYLINE,
        WIRE_CREDIT,
        DATELINE,
        CONTRIBUTOR_CREDIT,
        COPYRIGHT_LINE,
        LEGAL_FOOTER,
        COPYRIGHT_NOTICE,
        CONTACT_LINE,
        NAVIGATION_RUN,
        FURNITURE_ISLAND,
    )
