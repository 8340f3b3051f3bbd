"""Furniture families measured on real pages (issue 14): what goes, and the story beside it that stays."""

from __future__ import annotations

import newsclean

PIPELINE = newsclean.default_pipeline()


def test_headline_after_a_menu_entry_named_like_a_header_stays() -> None:
    """'* Latest News' in a menu is not a related-list header: the headline after the menu stays."""
    text = (
        "* Home\n* Latest News\n* How To’s\n* Chats\n\n"
        "25 election front pages let pictures speak louder with words\n\n"
        "Photography dominated most of today’s front pages, with very few words announcing "
        "the re-election, the editors wrote on Wednesday."
    )
    cleaned = PIPELINE.clean(text).text
    assert "25 election front pages let pictures speak louder with words" in cleaned


def test_sentences_and_facts_below_the_end_of_the_article_stay() -> None:
    """Below a share row, a comment (a sentence) and "label: value" facts stay; fragments go."""
    story = (
        "The council met on Tuesday and voted to close the bridge over the river for a year, "
        "the mayor told reporters."
    )
    comment = "I live near the bridge and I think the council is right."
    text = f"{story}\n\nShare this article\n\nWeather in Boston\n\n{comment}\n\nLength: 300 m"
    result = PIPELINE.clean(text)
    assert result.text == f"{story}\n\n{comment}\n\nLength: 300 m"
    assert [r.rule for r in result.removed] == ["share-prompt", "footer-fragment"]


def test_bulleted_teasers_below_the_end_go_and_bulleted_facts_stay() -> None:
    """Below a share row, bulleted teasers go even when they end like a sentence; bulleted
    "label: value" facts and "- " lines (story lists and dialogue in extracted text) stay."""
    story = (
        "The council met on Tuesday and voted to close the bridge over the river for a year, "
        "the mayor told reporters."
    )
    teasers = "* Judge rules that home care workers are really employees.\n* Why the vote matters."
    kept = "* Lens: telephoto\n* Place: Kasberg in Franconia\n- View from the rooftop deck."
    result = PIPELINE.clean(f"{story}\n\nShare this article\n\n{teasers}\n\n{kept}")
    assert result.text == f"{story}\n\n{kept}"


STORY = (
    "The council voted on Tuesday to close the bridge over the river for a year, the mayor "
    "said after a long and heated debate in the town hall."
)


def test_an_author_bio_is_removed_and_kept_as_the_byline_bio() -> None:
    cases = (
        (
            "By Jane Doe, The Post",
            "Jane Doe covers energy for the Post. Reach her at jd@post.example.",
        ),
        (
            "Von Anna Schmidt",
            "Anna Schmidt ist Redakteurin. Sie erreichen sie unter as@zeitung.example",
        ),
        (
            "Par Marie Dupont",
            "Marie Dupont est journaliste, joignable à marie.dupont@journal.example",
        ),
        ("Por Ana García", "Ana García es periodista. Puede contactarla en ana@diario.example"),
        ("Di Marco Rossi", "Marco Rossi è giornalista. Contattalo a marco.rossi@giornale.example"),
        ("Por João Silva", "João Silva é repórter de economia. Siga-o no Twitter @joaosilva"),
    )
    for byline, bio in cases:
        result = PIPELINE.clean(f"{byline}\n\n{STORY}\n\n{bio}")
        assert result.text == STORY
        assert result.metadata.byline is not None
        assert result.metadata.byline.bio == bio


def test_a_bio_of_someone_else_is_not_the_byline_bio() -> None:
    bio = "John Smith can be reached at jsmith@times.example or on Twitter @jsmith."
    result = PIPELINE.clean(f"By Jane Doe, The Post\n\n{STORY}\n\n{bio}")
    assert result.text == STORY
    assert result.metadata.byline is not None
    assert result.metadata.byline.bio is None
    assert PIPELINE.clean(f"{STORY}\n\n{bio}").metadata.byline is None


PARAGRAPHS = (
    "The council voted on Tuesday to close the bridge over the river for a year, the mayor "
    "said after a long and heated debate in the town hall.",
    "Engineers found cracks in two of the supports last spring, and the repairs will cost "
    "about twelve million euros, according to the city's own estimate.",
    "Shop owners on both banks fear that they will lose customers, and several of them asked "
    "the council to run a free ferry while the works go on.",
)


def test_fragments_below_a_related_list_after_the_story_go_even_above_teaser_paragraphs() -> None:
    """The story ends with its core paragraphs; a related list below them ends it, and the
    short fragments among the teasers' long summaries go (the summaries stay: sentences)."""
    teaser = (
        "A new study finds that cities which closed bridges for repairs lost fewer shoppers "
        "than they feared, the researchers wrote in their report."
    )
    fragments = ["Weather in Boston", "Most Popular Now", "Sign up for alerts"]
    related = ["Related articles", "Bridges and shops", "Ferry plans", "The river in numbers"]
    text = "\n\n".join([*PARAGRAPHS, *related, teaser, *fragments])
    cleaned = PIPELINE.clean(text).text
    assert cleaned == "\n\n".join([*PARAGRAPHS, teaser])


def test_a_story_that_goes_on_below_an_inline_read_also_box_keeps_its_subheadings() -> None:
    more = [
        "Die Bauarbeiten sollen im Mai beginnen und bis zum Ende des kommenden Jahres dauern, "
        "teilte die Stadtverwaltung am Mittwoch in einer schriftlichen Erklärung mit.",
        "Der Stadtrat hatte lange über die Sperrung gestritten, weil viele Pendler die Brücke "
        "täglich nutzen und die Umleitung durch die Altstadt führt, hieß es weiter.",
        "Die Händler auf beiden Seiten des Flusses fürchten um ihre Kundschaft und fordern nun "
        "eine kostenlose Fähre, solange die Arbeiten an der Brücke andauern werden.",
        "Eine Entscheidung darüber soll der Stadtrat in seiner nächsten Sitzung im März treffen, "
        "sagte ein Sprecher der Stadt auf Nachfrage unserer Zeitung am Donnerstag.",
    ]
    subheading = "Was die Händler fordern"
    box = ["Mehr zum Thema", "Brücke gesperrt", "Neue Fähre geplant", "Der Fluss in Zahlen"]
    text = "\n\n".join([*PARAGRAPHS, *box, more[0], more[1], subheading, *more[2:]])
    cleaned = PIPELINE.clean(text).text
    assert subheading in cleaned
    assert all(paragraph in cleaned for paragraph in more)


def test_a_photo_credit_inside_the_story_does_not_end_it() -> None:
    text = "\n\n".join(
        [
            *PARAGRAPHS[:2],
            "© Nordex",
            "Was die Händler fordern",
            PARAGRAPHS[2],
            "Share this article",
        ]
    )
    assert "Was die Händler fordern" in PIPELINE.clean(text).text


def test_invisible_marks_at_a_line_edge_do_not_hide_furniture() -> None:
    """Zero-width spaces, direction marks and byte order marks that scrapers leave at a line's
    edges are decoration: the furniture behind them goes, a story line with one stays."""
    story_line = "\u200fThe council will vote again in May, the mayor said on Tuesday evening."
    text = (
        f"\u200bAdvertisement\n\ufeffSkip to content\n\n{STORY}\n\n{story_line}\n\n"
        "\u200eShare this article\u200e"
    )
    result = PIPELINE.clean(text)
    assert result.text == f"{STORY}\n\n{story_line}"
    assert [r.rule for r in result.removed] == ["ad-label", "skip-link", "share-prompt"]


# A related list that runs into the page's own story: the header, two teasers, the story's
# headline, its byline and its first paragraph, per language.
TEASERS_ABOVE_THE_STORY = {
    "en": ("Related", "Schools reopen after storm", "By Jane Doe", STORY),
    "de": (
        "Mehr zum Thema",
        "Schulen öffnen nach dem Sturm",
        "Von Anna Schmidt",
        "Der Stadtrat hat am Dienstag beschlossen, die Brücke über den Fluss für ein Jahr zu "
        "sperren, sagte der Bürgermeister nach einer langen Debatte.",
    ),
    "fr": (
        "À lire aussi",
        "Les écoles rouvrent après la tempête",
        "Par Marie Dupont",
        "Le conseil municipal a voté mardi la fermeture du pont sur la rivière pendant un an, "
        "a déclaré le maire après un long débat.",
    ),
    "es": (
        "Noticias relacionadas",
        "Las escuelas reabren tras la tormenta",
        "Por Ana García",
        "El ayuntamiento votó el martes cerrar el puente sobre el río durante un año, dijo el "
        "alcalde tras un largo debate.",
    ),
    "it": (
        "Articoli correlati",
        "Le scuole riaprono dopo la tempesta",
        "Di Marco Rossi",
        "Il consiglio comunale ha votato martedì la chiusura del ponte sul fiume per un anno, "
        "ha detto il sindaco dopo un lungo dibattito.",
    ),
    "pt": (
        "Leia também",
        "Escolas reabrem após a tempestade",
        "Por João Silva",
        "A câmara municipal votou na terça-feira o fecho da ponte sobre o rio durante um ano, "
        "disse o presidente após um longo debate.",
    ),
}


def test_a_teaser_list_ends_at_the_byline_of_the_story_below_it() -> None:
    """The teasers go; the story's headline stays and its byline is read into the metadata."""
    for language, (header, teaser, byline, paragraph) in TEASERS_ABOVE_THE_STORY.items():
        headline = "Council closes the bridge for a year"
        text = f"{header}\n\n{teaser}\n\nBudget talks fail\n\n{headline}\n\n{byline}\n\n{paragraph}"
        result = PIPELINE.clean(text)
        assert result.text == f"{headline}\n\n{paragraph}", (language, result.explain())
        assert result.metadata.byline is not None, language


def test_table_rows_below_the_end_of_the_article_data_stays_one_cell_menus_go() -> None:
    """A page laid out in a table (as an extractor renders it): below a share row, a poll's
    data rows (two cells or more) and the caption row above them stay, the menu rows of one
    cell go."""
    data = '| (Percentage saying "Yes") |\n| Ana Ruiz | 65% | 63% |\n| Tom Field | 56% | 57% |'
    text = f"|  | {STORY} |\n\n| Share this article |\n\n{data}\n\n| World News |\n| Programmes |"
    result = PIPELINE.clean(text)
    assert result.text == f"|  | {STORY} |\n\n{data}", result.explain()


# A site's section menu left between the story's paragraphs (a sidebar), per language.
SECTION_MENUS = {
    "en": ("* Politics", "* Business", "* Travel"),
    "de": ("Politik", "Wirtschaft", "Kultur"),
    "fr": ("* Politique", "* Économie", "* Société"),
    "es": ("Política", "Economía", "Deportes"),
    "it": ("* Politica", "* Economia", "* Cultura"),
    "pt": ("Política", "Economia", "Esportes"),
}


def test_section_names_in_a_menu_between_paragraphs_go() -> None:
    for language, menu in SECTION_MENUS.items():
        text = "\n\n".join([STORY, *menu, STORY])
        result = PIPELINE.clean(text)
        assert result.text == f"{STORY}\n\n{STORY}", (language, result.explain())


def test_a_section_name_as_a_subheading_or_above_results_stays() -> None:
    """Above a paragraph, or above lines with figures (a round-up), a section name is the
    story's subheading."""
    for name, below in (
        ("Politics", STORY),
        ("Sport", "Bayern – Dortmund 2:1\n\nLeipzig – Köln 0:0"),
        ("Deportes", "Real Madrid 2-1 Barcelona\n\nSevilla 0-0 Betis"),
    ):
        text = f"{STORY}\n\n{name}\n\n{below}\n\n{STORY}"
        assert PIPELINE.clean(text).text == text, name


# A sentence that introduces a list of the story's, and the list's first item, per language.
LIST_INTROS = {
    "en": (
        "The court ordered the company to change its behaviour in the following areas:",
        "* Give computer makers more flexibility in configuring their systems",
    ),
    "de": (
        "Das Gericht verlangt von dem Konzern Änderungen in den folgenden Bereichen:",
        "* Computerhersteller sollen ihre Systeme freier zusammenstellen dürfen",
    ),
    "fr": (
        "Le tribunal exige que l'entreprise change de pratique dans les domaines suivants :",
        "* Laisser aux fabricants plus de liberté pour configurer leurs systèmes",
    ),
    "es": (
        "El tribunal exige a la empresa cambios en los siguientes ámbitos:",
        "* Dar a los fabricantes más libertad para configurar sus sistemas",
    ),
    "it": (
        "Il tribunale chiede all'azienda di cambiare nei seguenti ambiti:",
        "* Lasciare ai produttori più libertà nel configurare i loro sistemi",
    ),
    "pt": (
        "O tribunal exige que a empresa mude de conduta nas seguintes áreas:",
        "* Dar aos fabricantes mais liberdade para configurar os seus sistemas",
    ),
}


def test_a_sentence_introducing_a_list_below_a_share_row_stays() -> None:
    """Below a share row (the story may go on), a sentence ending with a colon above a list
    of sentences is the story's; "Top stories:" above short teasers is a label."""
    for language, (intro, item) in LIST_INTROS.items():
        text = f"{STORY}\n\nShare this article\n\n{intro}\n{item}"
        result = PIPELINE.clean(text)
        assert result.text == f"{STORY}\n\n{intro}\n{item}", (language, result.explain())
    teasers = "Top stories:\n* Chilean miners rescued\n* Storm hits coast"
    assert PIPELINE.clean(f"{STORY}\n\nShare this article\n\n{teasers}").text == STORY


def test_a_quoted_exclamation_below_a_share_row_is_a_sentence() -> None:
    """A line that ends with "!”" or "?\"" is a sentence, as one ending with ".”" is."""
    for line in ("“HEY, YOU GUYS! I CAN SEE WASHINGTON FROM HERE!”", '"Where were you?"'):
        text = f"{STORY}\n\nShare this article\n\n{line}"
        assert PIPELINE.clean(text).text == f"{STORY}\n\n{line}", line


def test_teasers_that_ask_go_and_a_story_question_below_a_related_list_stays() -> None:
    """A related list's headlines may ask ("Wie schlimm steht es um …?"); a question with a
    paragraph or a byline below it is the story's own (an interview's question, a headline)."""
    story = (
        "Der Bundestag hat am Dienstag ein Sanierungsprogramm für marode Autobahnbrücken in "
        "Höhe von 40 Milliarden Euro beschlossen, nach monatelangem Streit."
    )
    teasers = (
        "Mehr zum Thema\n\nMarode Infrastruktur: Wie schlimm steht es um Deutschlands Brücken?"
        "\n\nVerkehrsetat: Wissing will mehr Geld für die Schiene"
    )
    after = "Die Opposition warf der Regierung vor, die Sanierung viel zu spät anzugehen, sagte ein Sprecher."
    assert PIPELINE.clean(f"{story}\n\n{teasers}\n\n{after}").text == f"{story}\n\n{after}"
    question = "Why didn’t your father try to get in touch with you?"
    answer = (
        "My mom said that he didn’t want to have anything to do with me, but she was very "
        "controlling and kept me away from him for years, so I never asked."
    )
    text = f"{STORY}\n\nRelated Stories\n\nWhat It’s Like to Feel Lost\n\n{question}\n\n{answer}"
    cleaned = PIPELINE.clean(text).text
    assert question in cleaned and answer in cleaned
    headline = "Was the Bridge Vote a Mistake?"
    byline = "By Maria Delgado and Tom Whitfield"
    text = f"{STORY}\n\nMost Popular\n\nStorm Cuts Power\n\n{headline}\n\n{byline}\n\n{answer}"
    assert headline in PIPELINE.clean(text).text


# A site's masthead at the top of the page: its skip link, its name and tagline (a year or
# a comma in it: navigation-run takes a menu-like one), its menu, then the story's headline
# (which stays).
MASTHEADS = (
    (
        "Skip to content",
        "Northfield Notes\n\nA blog about the town, its bikes and its weather",
        "Home\n\nAbout\n\nContact",
        "Why the bridge closes",
    ),
    (
        "Zum Inhalt springen",
        "Nachrichten aus dem Kyffhäuserkreis – regional, schnell, seit 2009",
        "Startseite\n\nÜber mich\n\nKontakt",
        "Warum die Brücke schließt",
    ),
    (
        "Aller au contenu",
        "Le Petit Rennais\n\nL'actualité de Rennes et de sa région depuis 1944",
        "Accueil\n\nÀ propos\n\nContact",
        "Pourquoi le pont ferme",
    ),
    (
        "Saltar al contenido",
        "Noticias de Cádiz y su provincia desde 1867",
        "Inicio\n\nSobre mí\n\nContacto",
        "Por qué cierra el puente",
    ),
    (
        "Salta al contenuto",
        "Il Fatto Locale\n\nNotizie da Bergamo e provincia dal 1880",
        "Home\n\nChi sono\n\nContatti",
        "Perché chiude il ponte",
    ),
    (
        "Pular para o conteúdo",
        "Notícias de Braga e da região desde 1876",
        "Início\n\nSobre mim\n\nContato",
        "Por que a ponte fecha",
    ),
    (
        "Naar de inhoud springen",
        "Fietsen in Utrecht\n\nEen blog over de stad, de fiets en het weer",
        "Home\n\nOver mij\n\nContact",
        "Waarom de brug dichtgaat",
    ),
)


def test_a_sites_name_and_tagline_between_its_skip_link_and_its_menu_go() -> None:
    for skip, masthead, menu, headline in MASTHEADS:
        result = PIPELINE.clean(f"{skip}\n\n{masthead}\n\n{menu}\n\n{headline}\n\n{STORY}")
        assert result.text == f"{headline}\n\n{STORY}", masthead
        assert "masthead" in {r.rule for r in result.removed if r.text in masthead}, masthead


def test_a_headline_at_the_top_stays() -> None:
    """The headline between the menu and the byline, right above the story, or first in an
    extractor's text above a few removed tags (no skip link above it) is no masthead."""
    for skip, _, menu, headline in MASTHEADS:
        for text in (
            f"{skip}\n\n{menu}\n\n{headline}\n\nBy Ana Ruiz\n\n{STORY}",
            f"{skip}\n\n{headline}\n\n{menu}\n\n{STORY}",
            f"{headline}\n\n{menu}\n\nThe mayor's plan\n\n{STORY}",
        ):
            assert headline in PIPELINE.clean(text).text, text
    # a share row between the headline and the byline is no menu below a masthead
    text = (
        f"Skip to content\n\nWhy the bridge closes\n\nShare on Facebook\n\nShare on Twitter\n\n"
        f"Share via Email\n\nBy Ana Ruiz\n\n{STORY}"
    )
    assert "Why the bridge closes" in PIPELINE.clean(text).text
    # a short first paragraph above a share row, the story going on below it
    text = (
        "Skip to content\n\nThe Senate passed the bill on Tuesday\n\nShare on Facebook\n\n"
        "Share on Twitter\n\nShare via Email\n\nIt now goes to the House, where it faces a"
        " close vote.\n\nThe House votes in May."
    )
    assert "The Senate passed the bill on Tuesday" in PIPELINE.clean(text).text
    # ... and one that ends like a sentence, with a subheading below the share row
    text = (
        "Skip to content\n\nThe Senate passed the bill on Tuesday.\n\nShare on Facebook\n\n"
        "Share on Twitter\n\nShare via Email\n\nWhat happens next\n\nIt now goes to the"
        " House, where it faces a close vote in May, its leaders said."
    )
    assert "The Senate passed the bill on Tuesday." in PIPELINE.clean(text).text
    # a truncated title is a teaser of the story, never a site's name
    text = f"Skip to content\n\nWhy the bridge closes...\n\nHome\n\nAbout\n\nContact\n\nNews\n\n{STORY}"
    assert "Why the bridge closes..." in PIPELINE.clean(text).text


def test_a_more_from_label_and_its_teasers_go_in_every_language() -> None:
    """'More from <site>' above a related list, in the languages related-section has no
    such phrase for; a quantity ("Más de 200") is no label."""
    teasers = "Kabinet belooft nieuwe verbindingen\n\nRegionale lijnen in gevaar"
    for label in (
        "Mehr von SPIEGEL",
        "Plus de Libération",
        "Más de El Salvador",
        "Altri da Repubblica",
        "Mais do g1",
        "Meer van NU.nl",
        "Więcej z WP",
    ):
        result = PIPELINE.clean(f"{STORY}\n\n{label}\n\n{teasers}\n\n{STORY}")
        assert result.text == f"{STORY}\n\n{STORY}", label
    text = f"{STORY}\n\nMás de 200\n\n{STORY}"
    assert PIPELINE.clean(text).text == text


def test_a_caption_closed_by_a_credit_without_a_colon_goes() -> None:
    for caption in (
        "Een stoptrein op station Zwolle. Foto: ANP / Robin van Lonkhuijsen",
        "Pociąg regionalny na stacji w Kielcach. Fot. Jan Wiśniewski / PAP",
        "The minister arrives in Brussels on Tuesday. Photo Jane Porter / AFP",
    ):
        assert PIPELINE.clean(f"{STORY}\n\n{caption}\n\n{STORY}").text == f"{STORY}\n\n{STORY}"
    for credit in ("Photo Jane Porter / AFP", "Foto ANP", "Fot. Jan Wiśniewski / PAP"):
        result = PIPELINE.clean(f"{STORY}\n\n{credit}\n\n{STORY}")
        assert [r.rule for r in result.removed] == ["bare-photo-credit"], credit
