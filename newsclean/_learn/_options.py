"""How much evidence makes a line a site's furniture: the options of site learning.

Kept apart from the learning itself, so that the command line can show their defaults
without loading it.
"""

from __future__ import annotations

import attrs

__all__ = ["DEFAULT_OPTIONS", "SIGNALS", "LearnOptions"]

SIGNALS = ("date", "headline", "sentence", "inside")
"""The story-text signals, each of which can be turned off (to measure what it is worth)."""


@attrs.frozen(kw_only=True)
class LearnOptions:
    """How much evidence makes a line furniture.

    ``min_share``: the least share of a site's documents a line must be in; ``min_docs``: the
    least number of documents (a site with fewer documents learns nothing); ``support_docs``:
    the least number of documents of a rarer line that furniture vouches for (0: none).
    ``inside_share``
    is the share of a line's places that must be inside the story for the sentence and
    inside signals, ``headline_share`` the most documents (a share) that may have a headline
    twice; ``signals`` are the story-text signals in use (all of :data:`SIGNALS`; turning one
    off is for measuring what it is worth). The defaults are justified in ``docs/learning.md``.
    """

    min_share: float = 0.2
    min_docs: int = 5
    support_docs: int = 2
    inside_share: float = 0.5
    headline_share: float = 0.25
    signals: tuple[str, ...] = SIGNALS


DEFAULT_OPTIONS = LearnOptions()
