"""A Chinese agency's dispatch: its dateline, and the reporters it names in brackets; a
Japanese paper's correspondent."""

from __future__ import annotations

import newsclean

STORY = (
    "国务院总理今天在人民大会堂作政府工作报告，回顾过去一年的工作，并提出今年的主要目标和任务。"
    "报告指出，今年经济增长预期目标为百分之五左右。"
)


def test_the_reporters_in_the_brackets_are_the_byline() -> None:
    found = newsclean.parse(
        f"两会开幕\n\n新华社北京3月5日电（记者张三、李四）{STORY}\n\n报告还提出了具体措施。"
    )
    assert found.byline is not None
    assert [a.name for a in found.byline.authors] == ["张三", "李四"]
    assert found.byline.agency == "Xinhua"
    assert found.wire is not None and found.wire.evidence == "dateline"
    assert found.dateline is not None and found.dateline.place == "北京"


def test_the_dispatch_stays_in_the_text() -> None:
    text = f"两会开幕\n\n新华社北京3月5日电（记者张三）{STORY}"
    assert newsclean.clean(text).text == text


def test_a_dispatch_without_reporters_gives_no_byline() -> None:
    found = newsclean.parse(f"新华社北京3月5日电 {STORY}")
    assert found.byline is None
    assert found.dateline is not None and found.dateline.agency == "Xinhua"


def test_brackets_without_a_reporter_give_no_byline() -> None:
    found = newsclean.parse(f"新华社北京3月5日电（国际观察）{STORY}")
    assert found.byline is None


JAPANESE = (
    "米政府は5日、ロシアに対する新たな制裁を発表した。対象は金融機関や企業など百社以上に上り、"
    "欧州各国とも連携して圧力を強める方針だ。"
)


def test_a_japanese_correspondent_is_the_byline() -> None:
    found = newsclean.parse(f"米、新たな制裁\n\n【ワシントン＝山田太郎】{JAPANESE}")
    assert found.byline is not None
    assert [a.name for a in found.byline.authors] == ["山田太郎"]
    assert found.wire is None  # the paper's own story


def test_a_japanese_agency_after_the_sign_is_the_wire() -> None:
    found = newsclean.parse(f"米、新たな制裁\n\n【ワシントン＝ロイター】{JAPANESE}")
    assert found.byline is None
    assert found.wire is not None and found.wire.agency == "Reuters"
