"""Where a document's story starts: the first paragraph, in spaced and unspaced scripts."""

from __future__ import annotations

import pytest

from newsclean._document import Document

ENGLISH = (
    "The council met on Tuesday and voted to approve the plan for the new bridge over the "
    "river, which will cost more than twelve million dollars and take two years to build."
)
CHINESE = (
    "一个约定，信守15年，感人至深；一段真情，延续15年，催人泪下。6月3日上午，话剧《约定无期限》"
    "全省各市巡演活动来到张家口，观众们起立鼓掌，久久不愿离去。"
)
JAPANESE = (
    "東京都は5日、新しい橋の建設計画を承認した。総工費は約120億円で、完成までに2年かかる見込みだ。"
    "都の担当者は、工事は春に始まると説明した。"
)


@pytest.mark.parametrize("paragraph", [ENGLISH, CHINESE, JAPANESE], ids=["en", "zh", "ja"])
def test_the_story_starts_at_its_first_paragraph(paragraph: str) -> None:
    doc = Document(f"首页\n新闻\nHeadline of the story\n\n{paragraph}\n\nMore")
    assert doc.story_start() == 4


@pytest.mark.parametrize(
    "line",
    [
        # a menu of section names with spaces, no clause marks
        "时政 地方 法治 高层 人事 理论 国际 军事 访谈 港澳 台湾 华人 财经 汽车 房产 教育 科技 能源 论坛",
        # headlines run together without punctuation
        "河南81家上市公司已复工75家王毅会见越南副总理兼外长范平明290人涉疫情犯罪被检察机关提起公诉中国大陆高校",
        # one short sentence
        "“妈妈，为什么还不能出去？”",
    ],
    ids=["menu", "headlines", "short"],
)
def test_cjk_furniture_is_no_paragraph(line: str) -> None:
    assert Document(f"{line}\n\nMore").story_start() is None


def test_a_removed_paragraph_is_skipped() -> None:
    doc = Document(f"{CHINESE}\n\n{JAPANESE}")
    assert doc.story_start(furniture={0}) == 2
