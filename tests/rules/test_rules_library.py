"""The built-in rule library as a whole: languages, examples, and story text that must stay."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import PhraseRule
from newsclean.rules import builtin_rules

SIX = {"en", "de", "fr", "es", "it", "pt"}
CREDIT_PARSERS = {"byline", "wire-credit", "dateline", "contributor-credit", "copyright-line"}
FURNITURE = [rule for rule in builtin_rules() if rule.id not in CREDIT_PARSERS]


@pytest.mark.parametrize("rule", FURNITURE, ids=lambda rule: rule.id)
def test_furniture_rules_cover_six_languages_or_none(rule: newsclean.Rule) -> None:
    languages = set(rule.languages)
    assert languages == {"any"} or languages >= SIX, rule.languages
    if isinstance(rule, PhraseRule) and languages >= SIX:
        assert len(rule.must_remove) >= len(SIX), "one positive example per language at least"
    assert rule.must_keep


# Story sentences that merely contain a furniture word: the default pipeline keeps them all.
STORY_SENTENCES = [
    "Skip the queue, the museum told visitors, and book a slot online instead.",
    "Comment sections on the ministry's website were closed after a wave of abuse, officials said.",
    "Share prices fell 4 percent after the company cut its forecast for the year.",
    "Subscribe-and-save offers drove most of the growth, the retailer said on Tuesday.",
    "The cookie jar was found in the attic, wrapped in a newspaper from 1953.",
    "The advertisement ran in three newspapers on Sunday and drew more than 200 complaints.",
    "Read more carefully, the judge told the lawyers, and you will find the clause.",
    "Related charges against two other men were dropped in March.",
    "Der Minister wollte den Kommentar der Opposition nicht kommentieren.",
    "Die Anzeige gegen den Bürgermeister wurde am Montag erstattet.",
    "Teilen sich die Parteien das Amt, wechselt der Vorsitz jedes Jahr.",
    "Abonnieren lässt sich der Dienst nur noch bis Ende Juni, teilte das Unternehmen mit.",
    "Le ministre n'a pas souhaité commenter la décision du tribunal.",
    "La publicité pour le tabac est interdite depuis 1991 en France.",
    "Partager les coûts reste la priorité des deux communes.",
    "El ministro no quiso hacer comentarios sobre la investigación.",
    "La publicidad institucional creció un 20 % durante la campaña.",
    "Compartir los datos con la policía fue ilegal, dictaminó el tribunal.",
    "Il ministro non ha voluto commentare la sentenza della Corte.",
    "La pubblicità elettorale è vietata il giorno prima del voto.",
    "Condividere le informazioni con la stampa era vietato, ha detto il giudice.",
    "O ministro não quis comentar a decisão do tribunal.",
    "A publicidade infantil foi proibida pelo Congresso em 2014.",
    "Compartilhar senhas é proibido pelas novas regras do banco.",
    "Home sales rose 3 percent in May, the association said.",
    "Follow the money, the investigators told the committee on Tuesday.",
    "Photo finishes decided two of the races on Sunday.",
]


@pytest.mark.parametrize("sentence", STORY_SENTENCES)
def test_story_sentences_with_furniture_words_stay(sentence: str) -> None:
    text = f"Headline of the story\n\n{sentence}\n\nThe last paragraph of the story."
    assert newsclean.clean_text(text) == text


def test_cjk_story_with_short_paragraphs_stays() -> None:
    paragraphs = [
        "河北探索农村劳动力就地就近转移培训",
        "河北省近日出台措施，帮助农民增收致富。",
        "培训内容包括电工、焊工和家政服务。",
        "当地官员表示，今年计划培训一万人次。",
        "许多农民说，他们希望学到一技之长。",
        "東京都は来年度から新しい支援制度を始めると発表した。この制度は、子育て世帯の"
        "住宅費を補助するもので、対象は約十万世帯にのぼる見込みだという。都の担当者は、"
        "申請の手続きを簡単にし、必要な世帯に早く届くようにしたいと話している。",
        "한국 정부는 내년부터 청년 주거 지원을 확대한다고 밝혔다.",
    ]
    assert len(paragraphs[5]) >= 100  # a body paragraph, so the menu-run rule is in play
    text = "\n\n".join(paragraphs)
    assert newsclean.clean_text(text) == text


def test_contact_line_with_a_long_run_of_folding_letters_is_judged_and_kept() -> None:
    # 69 letters are too long for the name part of an address. Full case folding (where
    # "ss" may match as "ß") once made the address pattern backtrack for minutes here.
    line = "Mail: " + "s" * 69 + "@x.de"
    assert newsclean.Pipeline.default().clean_text(line) == line
    assert newsclean.Pipeline.default().clean_text("Mail: info@example.org") == ""
