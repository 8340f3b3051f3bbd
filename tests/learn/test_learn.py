"""Learning a site's furniture: what is learned, what is kept as story text, and the bounds."""

from __future__ import annotations

import pytest
import regex

from newsclean import Pipeline, restore
from newsclean._learn import LearnOptions, SiteLearner, learn_site_rules, learned_rules
from newsclean._learn._counts import SiteCounts
from newsclean._learn._keys import key_pattern, line_key, lines_pattern

from .site_pages import CREDIT, FOOTER, NAVIGATION, PROMO, SIGN_OFF, STORIES, page, pages


def _learned(texts: list[str], site: str = "coastnews.example") -> tuple[set[str], dict[str, str]]:
    """The keys learned for ``site``, and the reason each refused key was refused."""
    learner = SiteLearner()
    for text in texts:
        learner.add(site, text)
    learning = learner.learn(site)
    keys = {key for item in learning.furniture for key in item.keys}
    return keys, {refusal.key: refusal.reason for refusal in learning.refused}


def test_keys_template_numbers_and_dates() -> None:
    """Lines that differ only in numbers or month names count as one line."""
    assert line_key("Updated 3 hours ago") == line_key("  updated 5 HOURS ago ")
    assert line_key("© 2009 Coast News") == line_key("© 2010 Coast News")
    assert line_key("Published March 5, 2024") == line_key("Published Oct. 12, 2023")
    assert line_key("March on, the coach said") == "march on, the coach said"


@pytest.mark.parametrize(
    "line", ["Updated 3 hours ago", "» Page 2 of 14 «", "© 2009 Coast News", "Posted Jan. 5, 2010"]
)
def test_key_pattern_matches_the_lines_of_its_key(line: str) -> None:
    pattern = regex.compile(lines_pattern([line_key(line)]), regex.IGNORECASE | regex.V1)
    assert pattern.fullmatch(line)
    assert not regex.fullmatch(key_pattern(line_key(line)), "Something else entirely")


def test_furniture_is_learned() -> None:
    keys, _ = _learned(pages())
    assert {line_key(line) for line in [*NAVIGATION, *PROMO, *FOOTER, "Related stories"]} <= keys


def test_story_text_that_repeats_is_not_learned() -> None:
    """A date line, a sign-off inside the story, a sentence after it, a teaser of a title."""
    keys, refused = _learned(pages())
    assert line_key(SIGN_OFF) in refused
    assert line_key(CREDIT) in refused
    assert line_key("Published March 1, 2024 at 1:15 PM") in refused
    for title, _, _ in STORIES:
        assert line_key(title) not in keys


def test_a_title_also_in_teaser_lists_is_not_learned() -> None:
    """Teaser lists repeat headlines; the page whose title it is must keep it."""
    texts = [page(n, teaser_of=0) for n in range(1, 12)] + [page(0)]
    keys, refused = _learned(texts)
    assert line_key(STORIES[0][0]) not in keys
    assert line_key(STORIES[0][0]) in refused


def test_exact_duplicates_count_once() -> None:
    """Ten copies of two pages are two documents: too few to learn from."""
    keys, _ = _learned([page(0), page(1)] * 10)
    assert keys == set()


def test_a_site_with_too_few_documents_learns_nothing() -> None:
    assert learn_site_rules(pages(4), site="coastnews.example") == []
    assert learn_site_rules(pages(4), site="coastnews.example", options=LearnOptions(min_docs=3))


def test_min_share_is_a_share_of_the_site() -> None:
    """A line in 5 of 40 documents is not furniture at the default 20 %; it is at 10 %."""
    texts = [f"Home\n\nStory {n} is told here at length.\n\nFooter" for n in range(40)]
    banner = "\nWinter sale: every print subscription at half price"
    texts = [text + (banner if n < 5 else "") for n, text in enumerate(texts)]
    keys, _ = _learned(texts)
    assert line_key(banner) not in keys and "home" in keys
    learner = SiteLearner(LearnOptions(min_share=0.1))
    for text in texts:
        learner.add("shop.example", text)
    assert line_key(banner) in {k for f in learner.learn("shop.example").furniture for k in f.keys}


def test_consecutive_furniture_is_one_block() -> None:
    learner = SiteLearner()
    for text in pages():
        learner.add("coastnews.example", text)
    blocks = [item.keys for item in learner.learn("coastnews.example").furniture]
    assert tuple(line_key(line) for line in NAVIGATION) in blocks


def test_memory_is_bounded_by_pruning_rare_lines() -> None:
    """Lossy counting: unique lines are dropped, a frequent line is kept, counted within bounds."""
    counts = SiteCounts("big.example", error=0.01)
    documents = 3000
    for n in range(documents):
        furniture = "Subscribe to our newsletter" if n % 4 == 0 else "Home"
        counts.add(f"{furniture}\nA unique line number {n} of the story.\nAnother one, {n * 7}x.")
    assert len(counts.lines) < 1000  # 6000 distinct story lines were seen
    stats = counts.lines["subscribe to our newsletter"]
    assert documents / 4 - 0.01 * documents <= stats.docs <= documents / 4


def test_learned_removals_are_named_and_restorable() -> None:
    texts = pages()
    rules = learn_site_rules(texts, site="coastnews.example")
    pipeline = Pipeline.default().with_rules(*rules)
    for text in texts:
        result = pipeline.clean(text, site="coastnews.example")
        learned = {r.text for r in result.removed if r.rule.startswith("site-coastnews-example-")}
        assert set(PROMO) <= learned
        assert restore(result.text, result.removed) == text
        assert "according to" in result.text and "added." in result.text


def test_site_rules_run_only_on_their_site() -> None:
    texts = pages()
    pipeline = Pipeline.default().with_rules(*learn_site_rules(texts, site="www.CoastNews.example"))
    assert pipeline.sites == ("coastnews.example",)
    on_site = pipeline.clean(texts[0], site="coastnews.example")
    assert PROMO[0] not in on_site.text
    for site in (None, "othernews.example"):
        assert PROMO[0] in pipeline.clean(texts[0], site=site).text


def test_clean_batch_takes_the_site_from_a_field_or_a_url() -> None:
    texts = pages()
    pipeline = Pipeline.default().with_rules(*learn_site_rules(texts, site="coastnews.example"))
    records = [
        {"text": texts[0], "site": "coastnews.example"},
        {"text": texts[0], "url": "https://www.coastnews.example/local/1"},
    ]
    by_field = pipeline.clean_batch(records[:1], site_field="site")
    by_url = pipeline.clean_batch(records[1:], url_field="url")
    assert PROMO[0] not in by_field[0]["text"]
    assert by_field[0]["text"] == by_url[0]["text"]
    assert pipeline.clean_batch(records[:1])[0]["text"] != by_field[0]["text"]


def test_rule_ids_are_unique_across_sites() -> None:
    learner = SiteLearner()
    for text in pages():
        learner.add("a.example", text)
        learner.add("a-example", text)
    ids = [rule.id for rule in learned_rules(learner)]
    assert len(ids) == len(set(ids))


def test_a_counter_is_not_a_headline() -> None:
    """ "3 of 12" (a gallery counter, twice on some pages) has one word: it is learned, where a
    headline-shaped line that some pages have twice is refused."""
    places = ["harbour", "market", "school", "bridge", "library", "stadium", "museum", "ferry"]
    texts = []
    for n, place in enumerate(places * 2):
        counter = f"{n % 5 + 1} of {n + 6}"
        twice = f"\n\n{counter}" if n % 4 == 0 else ""
        texts.append(
            f"Home\n\n{counter}{twice}\n\nThe {place} reopened on {places[(n + 3) % 8]} day after "
            f"{n + 2} months of repairs, officials said.\n\nFooter"
        )
    keys, _ = _learned(texts)
    assert line_key("3 of 12") in keys
