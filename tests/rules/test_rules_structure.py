"""Structural rules and phrase-matching modes, on realistic page fragments."""

from __future__ import annotations

import pickle

import attrs
import pytest

import newsclean
from newsclean import Document, PhraseRule, Tag
from newsclean._credits import Published
from newsclean._kinds.structure import (
    IslandRule,
    LinkRowRule,
    NavigationRunRule,
    ShapeRule,
    TrailRule,
    VocabularyRule,
)

BODY = (
    "The council voted on Tuesday to close the bridge over the river for a year, "
    "the mayor said after a long and heated debate."
)
MENU = ["Politik", "Wirtschaft", "Kultur", "Sport", "Panorama"]


def _removed(rule: newsclean.Rule, text: str) -> list[str]:
    doc = Document(text)
    return [doc.lines[tag.line] for tag in rule.tag(doc, [])]


NAV = NavigationRunRule(id="nav", description="menu runs")
NAV_HEADLINES = NavigationRunRule(id="nav", description="menu runs", tail_headline_chars=100)


def test_menu_run_above_the_body_is_removed_and_the_body_stays() -> None:
    text = "\n\n".join([*MENU, "Headline of the story", BODY, "The end of the story came soon."])
    removed = _removed(NAV, text)
    assert removed[: len(MENU)] == MENU
    assert BODY not in removed


def test_headline_that_ends_a_menu_run_above_the_body_stays() -> None:
    for headline, stamp in (
        ("Campaigning Resumes After Weekend Pause", "Updated July 23, 2012"),
        ("Bahn streicht Verbindungen im Winter", "Aktualisiert am 23.07.2012"),
        ("Le Sénat adopte la réforme des retraites", "Mis à jour le 23 juillet"),
    ):
        text = "\n".join([*MENU, headline, "* Article", "* Comments", stamp, "", BODY])
        removed = _removed(NAV, text)
        assert headline not in removed
        assert removed[: len(MENU)] == MENU
        assert "* Article" in removed


def test_a_headline_above_a_removed_related_block_stays() -> None:
    """Between the headline and the story, a related block that other rules removed does not
    count towards the lines a headline may have below it."""
    related = ["RELATED", "Gallery: Missing in paradise", "Kalpoe brothers arrested again"]
    related += ["YOUR E-MAIL ALERTS", "Natalee Holloway"]
    headline = "Suspect appears in court in Aruba case"
    doc = Document("\n".join([*MENU, headline, *related, BODY]))
    found = [Tag(j, "teaser-list") for j in range(len(MENU) + 1, len(MENU) + 6)]
    removed = [doc.lines[t.line] for t in NAV.tag(doc, found)]
    assert headline not in removed
    assert removed[: len(MENU)] == MENU


def test_one_worded_line_among_empty_rows_is_not_a_menu() -> None:
    """The page's headline above empty table rows (removed by another rule) stays."""
    doc = Document(
        "\n".join(["|  | The Twice-a-Season Rule |  |", "|  |", "|  |  |", "|  |", BODY])
    )
    assert list(NAV.tag(doc, [Tag(j, "empty-item") for j in (1, 2, 3)])) == []


def test_a_short_or_bulleted_last_menu_line_is_not_a_headline() -> None:
    for last in ("Street Style Designers", "* Read the full story here today"):
        assert last in _removed(NAV, "\n".join([*MENU, last, "", BODY]))


def test_a_list_the_story_introduces_stays_even_when_its_first_item_ends_a_run() -> None:
    intro = "Thanks to our partner you can now read the magazine on the following devices:"
    items = ["• Amazon Kindle (DX)", "• Barnes & Noble Nook", "• Apple iPhone or iPod Touch"]
    items += ["• Apple iPad", "• Android Phone", "• Sony Reader"]
    text = "\n".join([intro, "", *items, "", BODY])
    assert _removed(NAV, text) == []


def test_an_introduced_list_spares_only_its_own_lines() -> None:
    intro = "The site is available in the following editions and languages:"
    editions = ["+ U.S.", "+ Asia", "o India", "o China", "+ Europe", "o Deutschland"]
    menu = ["+ Today's Paper", "+ People In The News", "+ Blogs", "+ Journal Community"]
    text = "\n".join([intro, "", *editions, "", *menu, "", BODY])
    assert _removed(NAV, text) == menu


def test_menu_run_below_the_body_is_removed() -> None:
    footer = ["About us", "Contact", "Privacy", "Careers"]
    assert _removed(NAV, "\n".join([BODY, *footer])) == footer


# A story an extractor ran together with its table cell's furniture: it does not end like a
# sentence, but holds several.
CELL = (
    "| Askar Akayev has formally resigned as president, after he was ousted by protesters last"
    " month. He signed the agreement in Moscow, where he had fled. The move follows talks on"
    " Sunday with the new leaders. Parliament will debate it on Monday. Mr Akayev said he"
    " would not return to the country before the elections in June this year. His party, which"
    " lost every seat in the capital, has not yet named a new leader, officials say"
    "    TOP STORIES NOW |"
)
NAV_PROSE = attrs.evolve(NAV, prose_body=True)


def test_a_menu_run_below_a_story_of_prose_lines_goes_with_prose_body() -> None:
    sections = ["Africa", "Americas", "Asia-Pacific", "Europe", "Middle East"]
    text = "\n\t | \n".join([CELL, *sections])
    assert _removed(NAV, text) == []  # no body paragraph: left alone
    assert [line.strip() for line in _removed(NAV_PROSE, text)] == sections


def test_prose_body_spares_a_lone_title_among_removed_lines() -> None:
    doc = Document(
        "\n".join([CELL, "|  |", "| The Legend of Bagger Vance |", "|  |", "| © Corp |"])
    )
    removed = [Tag(1, "empty-item"), Tag(3, "empty-item"), Tag(4, "legal-footer")]
    assert [t.line for t in NAV_PROSE.tag(doc, removed)] == []


def test_prose_lines_are_no_body_when_a_paragraph_ends_like_a_sentence() -> None:
    sections = ["Africa", "Americas", "Asia-Pacific", "Europe"]
    text = "\n".join([*sections, BODY, CELL])
    assert _removed(NAV_PROSE, text) == sections


NAV_LABELS = attrs.evolve(NAV, labels=True)
# A site's menus laid out in a table: each group under its label in a cell of its own.
LABELLED_MENU = [
    "| EDITIONS: |",
    "| Europe |",
    "| RUBRIQUES : |",
    "| Wetter |",
    "| SITE INFO: |",
    "| Deportes |",
    "| WEB SERVICES: |",
    "| Sport |",
]


def test_menu_labels_in_table_cells_join_a_run_with_labels() -> None:
    text = "\n".join([BODY, *LABELLED_MENU])
    assert _removed(NAV, text) == []  # each label ends the run above it
    assert _removed(NAV_LABELS, text) == LABELLED_MENU


def test_menu_labels_do_not_count_towards_a_run() -> None:
    # three labels and three items are not four items
    text = "\n".join([BODY, *LABELLED_MENU[:6]])
    assert _removed(NAV_LABELS, text) == []


def test_plain_labels_and_labels_with_figures_do_not_join_a_run() -> None:
    lines = ["Europe", "Biography:", "Wetter", "| Results 2024: |", "Deportes", "Sport"]
    assert _removed(NAV_LABELS, "\n".join([BODY, *lines])) == []


def test_short_lines_between_paragraphs_stay() -> None:
    text = "\n\n".join([BODY, *MENU, BODY])
    assert _removed(NAV, text) == []


def test_three_short_lines_are_not_a_run() -> None:
    assert _removed(NAV, "\n".join([*MENU[:3], BODY])) == []


def test_cjk_paragraphs_are_not_menu_items() -> None:
    cjk = [
        "河北省近日出台措施，探索农村劳动力就地就近转移培训的新路径，帮助农民增收致富。",
        "培训内容包括电工、焊工和家政服务，参加培训的农民可以获得国家认可的职业资格证书。",
        "当地官员表示，今年计划培训一万人次，并为结业学员提供就业推荐和创业指导服务。",
        "许多参加培训的农民说，他们希望学到一技之长，在家门口找到稳定的工作岗位。",
    ]
    assert all(len(line) > 30 for line in cjk)
    assert _removed(NAV, "\n".join([*cjk, BODY])) == []


def test_lines_with_digits_or_table_rows_are_not_menu_items() -> None:
    recipe = ["200 g Mehl", "2 Eier", "100 ml Milch", "1 Prise Salz"]
    table = ["| Tag | Datum |", "| 1 | Montag |", "| 2 | Dienstag |", "| 3 | Mittwoch |"]
    assert _removed(NAV, "\n".join([*recipe, BODY])) == []
    assert _removed(NAV, "\n".join([*table, BODY])) == []


def test_lines_other_rules_removed_join_a_run() -> None:
    footer = [
        "About us",
        "Contact",
        "Facebook Twitter WhatsApp Email Print Share this article",
        "Jobs",
    ]
    doc = Document("\n".join([BODY, *footer]))
    assert [t.line for t in NAV.tag(doc, [])] == []
    share_row = Tag(3, "social-row")
    assert [t.line for t in NAV.tag(doc, [share_row])] == [1, 2, 3, 4]


def test_a_parsed_credit_line_ends_a_run_and_the_short_headline_below_stays() -> None:
    """A date stamp between the menus and a three-word headline: the menus are not joined to
    the headline (the stamp is removed by its own rule and read into the metadata)."""
    lines = ["UK Politics", "Business", "You are in: Business", "8 June 2000, 06:04 GMT"]
    doc = Document("\n".join([*lines, "Microsoft fights break-up", BODY]))
    removed = [Tag(2, "breadcrumb-label"), Tag(3, "publication-date")]
    assert [t.line for t in NAV.tag(doc, removed)] == [0, 1, 2, 3, 4]
    stamp = Tag(3, "publication-date", record=Published("8 June 2000, 06:04 GMT"))
    assert [t.line for t in NAV.tag(doc, [removed[0], stamp])] == []


def test_a_removed_paragraph_does_not_count_as_body() -> None:
    footer = ["About us", "Contact", "Privacy", "Careers"]
    cookies = (
        "We use cookies to personalise content and ads and to analyse our traffic, and we share "
        "information about your use of our site with our partners."
    )
    doc = Document("\n".join([BODY, *footer, cookies]))
    assert [t.line for t in NAV.tag(doc, [])] == []
    assert [t.line for t in NAV.tag(doc, [Tag(5, "cookie-notice")])] == [1, 2, 3, 4, 5]


def test_a_list_introduced_by_a_colon_stays() -> None:
    intro = "The author sums up the practice in five short principles that anyone can follow:"
    points = ["- Take time for dreams", "- Stay active", "- Practise gratitude", "- Stay curious"]
    assert _removed(NAV, "\n".join([BODY, intro, *points])) == []
    assert _removed(NAV, "\n".join([BODY, "Follow us:", *points])) == points


def test_label_value_facts_do_not_count_towards_a_run() -> None:
    facts = ["Lens: telephoto", "Camera: Canon EOS", "Place: Kasberg"]
    assert _removed(NAV, "\n".join([BODY, "Details", *facts])) == []
    footer = ["About us", "Contact", "Privacy", "Careers", "Theme: Catch Evolution"]
    assert _removed(NAV, "\n".join([BODY, *footer])) == footer


ISLAND = IslandRule(id="island", description="lone fragments between removed lines")


def test_a_fragment_between_two_removed_lines_is_an_island() -> None:
    doc = Document(f"{BODY}\nShare this article\n\nNovember 2023\n\nSign up for our newsletter")
    removed = [Tag(1, "share-prompt"), Tag(5, "newsletter-prompt")]
    assert [t.line for t in ISLAND.tag(doc, removed)] == [3]
    assert [t.line for t in ISLAND.tag(doc, removed[:1])] == []


def test_no_island_above_the_first_paragraph_or_next_to_a_parsed_record() -> None:
    doc = Document(f"Skip to content\nCouncil votes to repave State Street\nBy Maria Lopez\n{BODY}")
    removed = [Tag(0, "skip-link"), Tag(2, "share-prompt")]
    assert list(ISLAND.tag(doc, removed)) == []
    doc = Document(f"{BODY}\nShare this article\nMaria Lopez\nBy Maria Lopez")
    byline = Tag(3, "byline", record=newsclean.Byline(text="By Maria Lopez", authors=()))
    assert list(ISLAND.tag(doc, [Tag(1, "share-prompt"), byline])) == []


@pytest.mark.parametrize(
    "middle", ["The mayor resigned on Friday.", "Questions are answered by the city:", "x" * 71]
)
def test_sentences_labels_and_long_lines_are_not_islands(middle: str) -> None:
    doc = Document(f"{BODY}\nShare this article\n{middle}\nSign up for our newsletter")
    assert list(ISLAND.tag(doc, [Tag(1, "share-prompt"), Tag(3, "newsletter-prompt")])) == []


def test_an_island_is_found_up_to_three_lines_from_its_neighbours() -> None:
    two_blank = f"{BODY}\nShare this article\n\n\nNovember 2023\n\n\nSign up for our newsletter"
    doc = Document(two_blank)
    assert [t.line for t in ISLAND.tag(doc, [Tag(1, "share-prompt"), Tag(7, "newsletter")])] == [4]
    three_blank = two_blank.replace("\n\n\n", "\n\n\n\n", 1)
    doc = Document(three_blank)
    assert list(ISLAND.tag(doc, [Tag(1, "share-prompt"), Tag(8, "newsletter")])) == []


ISLANDS = IslandRule(id="island", description="fragments between removed lines", max_lines=2)


def test_up_to_max_lines_fragments_between_removed_lines_are_islands() -> None:
    text = f"{BODY}\nShare this article\nMost popular\nSee all\nSign up for our newsletter"
    doc = Document(text)
    removed = [Tag(1, "share-prompt"), Tag(4, "newsletter-prompt")]
    assert [t.line for t in ISLANDS.tag(doc, removed)] == [2, 3]
    assert list(ISLAND.tag(doc, removed)) == []
    three = Document(text.replace("See all", "See all\nArchive"))
    assert list(ISLANDS.tag(three, [removed[0], Tag(5, "newsletter-prompt")])) == []


TEASERS = IslandRule(
    id="teasers", description="teasers between removed lines", item_chars=150, word_bounds=True
)


@pytest.mark.parametrize(
    "teaser",
    [
        "* Miley Cyrus Engaged: Marriage Before 25 a Bad Decision? A look at the numbers",
        "• Warum die Brücke so lange gesperrt bleibt, obwohl die Arbeiten fast fertig sind.",
        "Pourquoi les loyers explosent-ils dans les grandes villes ?",
        "¡Así será el nuevo puente de la ciudad!",
    ],
)
def test_a_list_item_or_a_question_between_removed_lines_is_a_teaser(teaser: str) -> None:
    doc = Document(f"{BODY}\nMore from ABC News\n{teaser}\nMore Video »")
    removed = [Tag(1, "related-section"), Tag(3, "arrow-link")]
    assert [t.line for t in TEASERS.tag(doc, removed)] == [2]
    assert list(ISLAND.tag(doc, removed)) == []  # too long, or ending like a sentence


@pytest.mark.parametrize(
    "line",
    [
        "- Optik: Teleobjektiv",  # a photo's data
        "* Why the works take so long, and who pays for them:",  # a label
        "* " + "x" * 149,  # too long
        "Really?",  # one word
    ],
)
def test_facts_labels_long_items_and_one_word_are_not_teasers(line: str) -> None:
    doc = Document(f"{BODY}\nMore from ABC News\n{line}\nMore Video »")
    assert list(TEASERS.tag(doc, [Tag(1, "related-section"), Tag(3, "arrow-link")])) == []


def test_a_list_s_bare_marks_bound_no_teaser() -> None:
    """A list of photos and captions whose bare "-" marks another rule removed."""
    doc = Document(
        f"{BODY}\n-\n- Roasted lamb platter, Drina Daisy Restaurant, Astoria.\n-\n{BODY}"
    )
    removed = [Tag(1, "empty-item"), Tag(3, "empty-item")]
    assert list(TEASERS.tag(doc, removed)) == []
    assert [t.line for t in attrs.evolve(TEASERS, word_bounds=False).tag(doc, removed)] == [2]


def test_a_parsed_record_between_removed_lines_keeps_the_fragment_beside_it() -> None:
    """A title and its byline between a link and a photo credit: the story's, not a menu's."""
    doc = Document(f"{BODY}\nMore\nDrinking\nBy David Granger\nPhoto credit: iStock\n{BODY}")
    byline = Tag(3, "byline", record=newsclean.Byline(text="By David Granger", authors=()))
    removed = [Tag(1, "read-more-link"), byline, Tag(4, "photo-credit")]
    assert list(ISLANDS.tag(doc, removed)) == []


def test_a_removed_paragraph_marks_the_start_of_islands_too() -> None:
    doc = Document(f"Share this article\nNovember 2023\nSign up\n{BODY}")
    assert list(ISLAND.tag(doc, [Tag(0, "share-prompt"), Tag(2, "newsletter")])) == []
    doc = Document(f"{BODY}\nShare this article\nNovember 2023\nSign up\n{BODY}")
    found = [Tag(0, "cookie-notice"), Tag(1, "share-prompt"), Tag(3, "newsletter")]
    assert [t.line for t in ISLAND.tag(doc, found)] == [2]


def test_document_without_a_body_paragraph_is_left_alone() -> None:
    assert _removed(NAV, "\n".join(MENU)) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "The number of people filing claims for jobless benefits rose again, and the "
        "department blamed the holiday once more. [Bloomberg via Awl]",
        "Die Zahl der Arbeitslosen ist im März erneut gestiegen, teilte die Bundesagentur "
        "für Arbeit am Donnerstag in Nürnberg mit. (dpa)",
        "Le nombre de demandeurs d'emploi a de nouveau augmenté en mars, a annoncé jeudi "
        "le ministère du Travail à Paris. (AFP)",
        "El número de parados volvió a subir en marzo, según informó el jueves el "
        "Ministerio de Trabajo en Madrid. [EFE]",
    ],
)
def test_a_paragraph_ending_with_a_source_tag_is_body(paragraph: str) -> None:
    """A short bracketed source after the last sentence does not hide a body paragraph, so
    the menus above it go; a long bracket or one after no sentence end does not make one."""
    text = "\n\n".join([*MENU, "Headline of the story", paragraph])
    assert _removed(NAV, text) == MENU
    no_sentence = paragraph.rsplit(" ", 1)[0].rstrip(".") + " (AFP)"
    assert _removed(NAV, "\n\n".join([*MENU, no_sentence])) == []
    long_tag = paragraph.rsplit(" ", 1)[0] + " (" + "photo by the agency staff " * 3 + ")"
    assert _removed(NAV, "\n\n".join([*MENU, long_tag])) == []


@pytest.mark.parametrize(
    ("section", "headlines"),
    [
        (
            "* Daily Intel",
            [
                "Bloomberg to Reduce Park Vendors by 75 Percent",
                "Danny Glover Arrested at Maryland Protest",
            ],
        ),
        (
            "* Politik",
            [
                "Bahn streicht im Winter zahlreiche Verbindungen",
                "Neue Regeln für Mieter in Berlin ab dem Sommer",
            ],
        ),
        (
            "* Politique",
            [
                "Le Sénat adopte la réforme des retraites en lecture",
                "Grève des enseignants jeudi dans toute la région",
            ],
        ),
        (
            "* Política",
            [
                "El Gobierno aprueba los presupuestos de 2024",
                "Huelga de maestros en Madrid durante la semana",
            ],
        ),
    ],
)
def test_headlines_join_a_menu_run_below_the_body(section: str, headlines: list[str]) -> None:
    """Below the story, a list of section names and headlines ("Recent News") is one run:
    the headlines join it without counting towards its four menu lines."""
    tail = ["Recent News", section, headlines[0], section, headlines[1], section, "Vulture"]
    text = "\n".join([BODY, "", *tail])
    assert _removed(NAV_HEADLINES, text) == tail
    assert _removed(NAV, text) == []  # without headlines, no run has four menu lines
    alone = ["Recent News", headlines[0], headlines[1], "Vulture"]  # three menu lines only
    assert _removed(NAV_HEADLINES, "\n".join([BODY, "", *alone])) == []


@pytest.mark.parametrize(
    ("label", "items"),
    [
        ("Most read", ["Pakistan clashes over Hebdo cartoon", "Sport", "Greece arrests over plot"]),
        (
            "Meistgelesen",
            ["Bahn streicht im Winter Verbindungen", "Sport", "Neue Regeln für Mieter"],
        ),
        ("Les plus lus", ["Le Sénat adopte la réforme", "Sport", "Grève des enseignants jeudi"]),
        (
            "Lo más leído",
            ["El Gobierno aprueba los presupuestos", "Deportes", "Huelga de maestros"],
        ),
    ],
)
def test_numbered_items_join_a_menu_run_below_the_body(label: str, items: list[str]) -> None:
    """A numbered "most read" list between menus below the story joins their run; a numbered
    list alone below the story (its own steps or tips) stays."""
    numbered = [f"{n}. {item}" for n, item in enumerate(items, 1)]
    tail = [label, *numbered, "Politik", "Wirtschaft", "Kultur"]
    assert _removed(NAV_HEADLINES, "\n".join([BODY, "", *tail])) == tail
    assert _removed(NAV_HEADLINES, "\n".join([BODY, "", *numbered])) == []


@pytest.mark.parametrize(
    "line",
    [
        "Eines Tages werde ich sein Symbol auf dem Finger haben",  # the story's last line
        "Le dernier mot revient au maire de la commune voisine",
        "What is your favourite DVD extra? Let us know at the address below",
    ],
)
def test_a_headline_shaped_line_never_starts_a_run_below_the_body(line: str) -> None:
    """Right below the story, a headline-shaped line may be its last line: it starts no run."""
    menu = ["Politik", "Wirtschaft", "Kultur", "Sport"]
    assert _removed(NAV_HEADLINES, "\n".join([BODY, "", line, *menu])) == menu


@pytest.mark.parametrize(
    "line",
    [
        "What is your favourite DVD extra? Let us know at the address below",
        "Schylling Associates Inc.: http://www.schylling.com/",
        "Escríbanos a redaccion@example.com con sus preguntas sobre el plan",
        "[Kirsten smiles and leaves the room without another word]",
    ],
)
def test_sentences_and_addresses_do_not_join_a_run_below_the_body(line: str) -> None:
    """A line with a sentence or a web address inside, or a bracket at its end, is not a
    headline: it ends a run instead of joining it."""
    menu = ["Politik", "Wirtschaft", "Kultur", "Sport"]
    text = "\n".join([BODY, "", "Politik", line, *menu[1:]])
    assert line not in _removed(NAV_HEADLINES, text)


@pytest.mark.parametrize(
    "signature", ["—Maxwell Love", "-- Nathan Olivarez-Giles", "– Dream Defenders"]
)
def test_a_signature_under_the_story_stays(signature: str) -> None:
    text = "\n".join([BODY, signature, *MENU])
    assert _removed(NAV, text) == MENU


def test_a_one_cell_table_row_is_judged_by_its_cell() -> None:
    """A page laid out in a table, as an extractor renders it: the story in one row, the
    menus below in rows of one filled cell; rows of data (two cells or more) are not menus."""
    story = f"|  | {BODY} |"
    menu = ["|  | Search BBC News Online |", "| BBC ONE TV NEWS |", "|  | WORLD NEWS SUMMARY |"]
    menu += ["| PROGRAMMES GUIDE |  |"]
    assert _removed(NAV, "\n".join([story, *menu])) == menu
    data = ["| Ana Ruiz | 65% |", "| Tom Field | 56% |", "| Eva Lind | 55% |", "| Max Roe | 51% |"]
    assert _removed(NAV, "\n".join([story, *data])) == []
    # an empty row between the items neither joins nor breaks the menu
    section_menu = ["\tAfrica", "\t | ", "\tAmericas", "\t | ", "\tEurope", "\t | ", "\tIn Depth"]
    removed = _removed(NAV, "\n".join([story, *section_menu]))
    assert removed == ["\tAfrica", "\tAmericas", "\tEurope", "\tIn Depth"]
    sentences = ["| The vote was close. |", "| Turnout rose. |", "| Both sides agreed. |"]
    assert _removed(NAV, "\n".join([story, *sentences, "| It ended. |"])) == []


def test_a_table_row_of_menu_items_is_a_menu_line() -> None:
    """A row with one cell of words ("| • | Big Daddy |") or three or more, each a menu item
    ("| MSN Home |  | Hotmail |  | Shopping |"), is menu-like; a row with a figure or a
    sentence in a cell is not, nor a row of two cells (data), and a cell's escaped bar is
    no split."""
    story = f"|  | {BODY} |"
    menu = ["|  | MSN Home |  | Hotmail |  | Shopping |", "| • | Startseite |"]
    menu += ["| Accueil |  | Monde |  | Culture |", "| · | Esteri |"]
    menu += ["| Portada \\| Deportes | Cultura | Cine | Viajes |"]
    assert _removed(NAV, "\n".join([story, *menu])) == menu
    rows = ["| Ana Ruiz | Madrid |", "| Tom Field | 56% |", "| Eva Lind | Oslo |"]
    rows += ["| Max Roe | The vote was close. |", "| Jane Doe | Rome |"]
    assert _removed(NAV, "\n".join([story, *rows])) == []


@pytest.mark.parametrize(
    "header",
    ["| Name | Party | City |", "| Nom | Parti | Ville |", "| Nombre | Partido | Ciudad |"],
)
def test_a_table_of_words_is_not_a_menu(header: str) -> None:
    """Rows of three or more cells that share their number of cells are a table of data
    (the candidates of a story's last lines), not a menu's rows."""
    rows = ["| Ana Ruiz | Left | Madrid |", "| Tom Field | Right | Leeds |"]
    rows += ["| Eva Lind | Green | Oslo |", "| Max Roe | Centre | Rome |"]
    assert _removed(NAV, "\n".join([BODY, header, *rows])) == []


STRAY = NavigationRunRule(id="nav", description="menu runs", stray_tail=3)
FOOTER_MENU = ["About us", "Contact", "Privacy", "Careers", "Jobs", "Advertise", "Help", "Legal"]
NOTICE = (
    "The Daily Example is published by Example Media, which also runs radio stations and "
    "a weekly magazine in the region."
)


def test_a_stray_paragraph_below_the_menus_does_not_extend_the_body() -> None:
    text = "\n".join([BODY, BODY, *FOOTER_MENU, NOTICE, "Sitemap", "RSS", "Archive", "Search"])
    removed = _removed(STRAY, text)
    assert removed == [*FOOTER_MENU, "Sitemap", "RSS", "Archive", "Search"]
    assert _removed(NAV, text) == ["Sitemap", "RSS", "Archive", "Search"]


def test_a_short_list_between_the_last_paragraphs_keeps_the_body_whole() -> None:
    """Fewer than twice ``min_lines`` lines between the last two paragraphs: a list of the
    story's, not the menus above a footer notice."""
    items = ["Anna Schmidt", "Peter Müller", "Marie Dupont", "Ana García", "Marco Rossi"]
    text = "\n".join([BODY, *items, NOTICE])
    assert _removed(STRAY, text) == []


DENSE = NavigationRunRule(id="nav", description="menu runs", dense_lines=6)
SIDEBAR = ["* News", "* Travel Guide", "* Food & Drink", "* Health & Fitness", "* Autos", "* Video"]


def test_a_sidebar_menu_inside_the_body_goes_between_its_removed_lines() -> None:
    """Inside the body, the menu lines between two lines other rules removed go when the
    stretch holds six lines or more; the lines outside that stretch stay."""
    doc = Document("\n".join([BODY, "Departments", *SIDEBAR, "Play Games", BODY]))
    removed = [Tag(2, "site-link"), Tag(7, "read-more-link")]
    assert [t.line for t in DENSE.tag(doc, removed)] == [3, 4, 5, 6]
    assert [t.line for t in NAV.tag(doc, removed)] == []
    assert [t.line for t in DENSE.tag(doc, [removed[0], Tag(4, "site-link")])] == []


def test_a_credit_line_ends_a_sidebar_stretch() -> None:
    lines = [BODY, "* News", "Adele's new album delayed again", "WENN", "11 hrs ago", BODY]
    doc = Document("\n".join([*lines[:1], *SIDEBAR, *lines[1:]]))
    stamp = Tag(10, "publication-date", record=Published("11 hrs ago"))
    removed = [Tag(1, "site-link"), Tag(6, "site-link"), Tag(7, "site-link"), stamp]
    assert [t.line for t in DENSE.tag(doc, removed)] == [2, 3, 4, 5]


def test_lines_other_rules_removed_do_not_separate_a_stray_paragraph() -> None:
    """A share row and a reader's sign-off between the story and a comment: three short lines
    of their own are not a menu that ends the story."""
    widgets = ["Share", "Tweet", "Email", "Print", "Comments"]
    doc = Document("\n".join([BODY, *widgets, "Best wishes", "Astrid", "Reply", NOTICE]))
    removed = [Tag(j, "social-row") for j in range(1, 6)]
    assert list(STRAY.tag(doc, removed)) == []


SOCIAL = VocabularyRule(
    id="social", description="share rows", words=("facebook", "twitter", "share"), fillers=("on",)
)


@pytest.mark.parametrize(
    "line", ["Facebook Twitter", "Share on Facebook", "* Twitter", "FACEBOOK |"]
)
def test_vocabulary_rows_are_removed(line: str) -> None:
    assert _removed(SOCIAL, line) == [line]


@pytest.mark.parametrize("line", ["Facebook shares fell", "on", "Share the load", "Twitter’s CEO"])
def test_vocabulary_lines_with_other_words_stay(line: str) -> None:
    assert _removed(SOCIAL, line) == []


TRAIL = TrailRule(id="trail", description="breadcrumbs", starts=("home", "startseite"))


@pytest.mark.parametrize("line", ["Home › News › World", "Startseite > Politik", "Home / Sport"])
def test_breadcrumb_trails_are_removed(line: str) -> None:
    assert _removed(TRAIL, line) == [line]


@pytest.mark.parametrize("line", ["Home is where the heart is.", "Home", "Homeland › News"])
def test_other_lines_are_not_trails(line: str) -> None:
    assert _removed(TRAIL, line) == []


ROW = LinkRowRule(id="row", description="link rows", links=("impressum", "datenschutz", "agb"))


def test_link_rows_need_every_part_known() -> None:
    assert _removed(ROW, "Impressum | Datenschutz | AGB") == ["Impressum | Datenschutz | AGB"]
    assert _removed(ROW, "Impressum | Neue Regeln ab Montag") == []
    assert _removed(ROW, "Impressum") == []
    assert _removed(ROW, "| Impressum | | Datenschutz |") == ["| Impressum | | Datenschutz |"]
    assert _removed(ROW, "Unbekannt | Impressum | Datenschutz") == []


SHAPE = ShapeRule(
    id="time", description="times", pattern=r"\d:\d\d / \d:\d\d", first_chars="0123456789"
)


def test_shape_rule_matches_whole_lines_only() -> None:
    assert _removed(SHAPE, "0:00 / 2:15\n0:00 / 2:15 into the game") == ["0:00 / 2:15"]


SCORE = ShapeRule(
    id="score",
    description="scores",
    pattern=r"\w+ \w+[-:]\d+ \w+",
    first_chars="ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    requires=("-", "Null:"),
)


def test_shape_rule_tries_its_pattern_only_on_lines_with_a_required_string() -> None:
    # case is ignored; "Bayern 2:1 Dortmund" fits the pattern but holds no required string
    text = "Bayern 2-1 Dortmund\nBayern NULL:1 Dortmund\nBayern 2:1 Dortmund"
    assert _removed(SCORE, text) == ["Bayern 2-1 Dortmund", "Bayern NULL:1 Dortmund"]


def test_structural_rules_pickle() -> None:
    for rule in (NAV, SOCIAL, TRAIL, ROW, SHAPE, SCORE):
        assert pickle.loads(pickle.dumps(rule)) == rule
        assert _removed(pickle.loads(pickle.dumps(rule)), "Home › News") == _removed(
            rule, "Home › News"
        )


COUNTED = PhraseRule(id="count", description="counts", phrases=("kommentare",), match="counted")


@pytest.mark.parametrize(
    "line", ["120 Kommentare", "Kommentare (3)", "1.024 Kommentare", "(2) Kommentare"]
)
def test_counted_phrases_take_a_number_on_either_side(line: str) -> None:
    assert _removed(COUNTED, line) == [line]


@pytest.mark.parametrize("line", ["Kommentare", "120 Kommentare gingen ein", "Kommentare 3 bis 5"])
def test_counted_phrases_need_just_a_number(line: str) -> None:
    assert _removed(COUNTED, line) == []


def test_phrases_with_an_apostrophe_match_the_typographic_one_too() -> None:
    rule = PhraseRule(id="aime", description="likes", phrases=("j'aime",))
    assert _removed(rule, "J’aime\nJ'aime") == ["J’aime", "J'aime"]


def test_fragment_only_phrase_rules_skip_sentences() -> None:
    rule = PhraseRule(
        id="filed",
        description="tags",
        phrases=("filed under",),
        match="line-start",
        fragment_only=True,
    )
    text = "Filed under 2020 Election\nFiled under seal, the documents were released on Monday."
    assert _removed(rule, text) == ["Filed under 2020 Election"]


def test_label_phrases_accept_guillemets_as_colons() -> None:
    rule = PhraseRule(id="lire", description="read more", phrases=("à lire aussi",), match="label")
    text = "À lire aussi » La réforme adoptée\nÀ lire aussi la presse étrangère"
    assert _removed(rule, text) == ["À lire aussi » La réforme adoptée"]


def test_long_lines_are_matched_by_their_start() -> None:
    filler = (
        "to personalise content and ads, to provide social media features and to analyse traffic. "
    )
    notice = "We use cookies " + filler * 4
    story = "We used cookies from the bakery, " + filler * 4
    assert 300 < len(notice) <= 500
    text = f"{notice}\n\n{story}"
    assert newsclean.clean(text).explain() == [("cookie-notice", notice)]


def test_a_footer_row_with_its_copyright_is_left_to_the_copyright_parser() -> None:
    """A row of known links with a "©" part is not a link row: the copyright line records it."""
    row = "© 2021 Deutsche Welle | Protection des données | Impressum | Contact | Version mobile"
    page = f"{BODY}\n\n{BODY}\n\n{row}\n"
    result = newsclean.clean(page)
    assert [(r.rule, r.text) for r in result.removed] == [("copyright-line", row)]
    assert result.metadata.copyright is not None
    assert result.metadata.copyright.holder == "Deutsche Welle"
