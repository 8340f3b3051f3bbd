"""Bylines that page text spreads over several lines, or prints without a by-word.

Full-page text seldom keeps "By Ana Ruiz" on one line. These shapes are read here, each
from a line a gate picks (see :data:`GATE`):

* **opening alone**: "By" (or "Von", "Autor:" …) on its own line, then name lines, each
  possibly followed by a role line, joined by lines such as "and";
* **dated user name**: "Posted on 21. Juli 2019 by Realiberry", "von Limespacer · 22. Oktober
  2019", "by oz on December 4, 2006": a date and a by-word with one user name, as blogs print
  their authors (the date is the evidence one word lacks; a sentence, a newsroom, an agency,
  a role or a month is not a user name);
* **name before the date**: a line of names (every part a person) right above the
  publication date, with at most a role, a handle or an "am" line between them (a share
  bar's empty list items do not count), names stacked above it each with its role line
  ("Ana Ruiz" / "Senior Reporter" / "Tom Field" / "Staff Writer" / date);
* **name with separators**: "Ana Ruiz · Northfield News · Posted: Jan 5, 2025",
  "Gunter Frank / 22.04.2020 / 06:15", "Ana Ruiz | Reporter": a person first, then only
  outlets, roles, dates and stamps, and after a date the post's categories ("Arne Sjöström |
  29. Dezember 2022 | HR-Welt"), unless the lines around it are a dated list;
* **in the byline position** (:func:`read_positioned`, for the few lines around the start
  of the story only): names with a date on the same line ("Georg Quaas, 21. Jan. 2015",
  "1. Februar 2022 Luis Holuch"), also with a post's categories, the place a writer writes
  from or the outlet of a syndicated story around them ("30. Oktober 2023 Ann Lee Kultur",
  "Ann Lee, London, Tom Field 19.10.2019", "The Guardian 02/10/2020 Ann Lee"), a by-word
  after a date ("1.11.23 20:19 von Ann Lee"), names above a date line with author widgets, a
  section or the writer's place between ("Alice Wu" / "+ FOLLOW" / "Published: 10:00am, 20
  Jan, 2020", "Mariana Souza" / "São Paulo" / "5.jan.2025 às 18h42"), names above a
  role line ("Christoph Hein" / "Chefredakteur") or under a section's by-word ("Disko Von"
  / "Ann Lee"), and an opening longer than a by-word with one user name ("Veröffentlicht
  von jdoe").

The last three have no by-word, so both the position and every part of the line must say
"byline" (precision first), and every name must start with a known given name or initials.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence

import attrs
import regex

import newsclean._pattern_cache as _pattern_cache
from newsclean._credits import Author, Byline, ReadingTime
from newsclean._text import EMAIL, HANDLE, unbracketed
from newsclean.parsers._names import (
    GIVEN_FUNCTION_WORDS,
    classify,
    is_city,
    is_role,
    name_words,
    person_name,
    split_people,
    without_filing_city,
    without_pronouns,
    word_set,
)
from newsclean.parsers.agencies import find_agency
from newsclean.parsers.author_box import boxes, is_bio_of, links_to
from newsclean.parsers.byline import REPLY, outlet_with_agency, parse_byline, without_place_notes
from newsclean.parsers.dates import (
    PrintedDate,
    counted_relative,
    day_and_time,
    find_date,
    worded_relative,
)
from newsclean.parsers.given_names import given_names, starts_with_given_name
from newsclean.parsers.lexicon import (
    INTERVIEW_LABELS,
    INTERVIEW_WORDS,
    ParserGate,
    every,
    longest_first,
)
from newsclean.parsers.timestamps import is_stamp_line, read_stamp_line

__all__ = [
    "GATE",
    "dated_byline",
    "in_comments",
    "may_name",
    "names_below",
    "read_block",
    "read_positioned",
    "replied",
]

MAX_NAME_LINE = 80
MAX_ROLE_WORDS = 8
"""Longest "Name Role" line read without a by-word, in words."""
MAX_JOINED = 4
"""Most people a block of "Name, Role" lines joined by "&" lines holds."""
MAX_SENTENCE_ROLE = 4
"""Most words of a role line that ends like a sentence ("Staff Writer.")."""
NEAR_LINES = 4
"""How many lines with text below or above a name line are looked at for its date or role."""
MAX_EMPTY_ITEMS = 8
"""How many empty list items (a share bar's icons) between a name and its date do not count."""
# Jobs of the authors an op-ed or a think tank's piece credits, beside the newsroom roles:
# "Sarah Hinger, Staff Attorney, ACLU" (not "President", "Mayor": people a story is about).
_AUTHOR_JOBS = frozenset(
    [
        "attorney",
        "attorneys",
        "counsel",
        "fellow",
        "scholar",
        "economist",
        "professor",
        "lecturer",
        "anwältin",
        "anwalt",
        "professorin",
        "rechtsanwalt",
        "rechtsanwältin",
        "avocat",
        "avocate",
        "chercheur",
        "chercheuse",
        "abogado",
        "abogada",
        "investigador",
        "investigadora",
        "professore",
        "ricercatore",
        "ricercatrice",
        "advogado",
        "advogada",
        "pesquisador",
    ]
)
# The jobs an op-ed's bio gives its writer after an honorific and the surname ("Ms. Ruiz is a
# historian.", "Frau Schmidt ist Historikerin", "Mme Dubois est historienne").
_WRITER_JOBS = _AUTHOR_JOBS | word_set(
    """historian author novelist poet essayist historiker historikerin autor autorin
    schriftsteller schriftstellerin historien historienne auteur autrice écrivain écrivaine
    historiador historiadora autora escritor escritora storico storica autore scrittore
    scrittrice historicus schrijver schrijfster"""
)
# An honorific and a surname opening a bio ("Ms. Ruiz is …", "Frau Schmidt ist …", "Mme …").
_TITLED_SURNAME = _pattern_cache.compile(
    r"(?:Mr|Ms|Mrs|Mx|Dr|Prof|Herr|Frau|M|Mme|Sr|Sra|Dhr|Mevr)\.?\s(?P<surname>\p{Lu}[\p{L}\p{M}'’-]+)"
)
LIST_REACH = 8
"""How many lines around a byline without a by-word are looked at for a list of dated entries."""
MAX_ENTRY_WORDS = 30
"""Most words of a list's entry or its date line: a longer line around a byline is a paragraph."""
MAX_HEADLINE_WORDS = 20
"""Most words of a headline a byline may stand above."""
SUBJECT_REACH = 40
"""How many lines from the story's start are searched for a name above the headline (its subject)."""
MAX_OUTLET_LINE = 40
"""Longest line read as an outlet's or a section's name between a byline and its date."""
# "Nike Jane – 14.09.2022 – Kolumne, Allgemein": a name, a dash, a date, a dash, categories.
_NAME_META = _pattern_cache.compile(
    r"(?P<name>\p{Lu}\p{Ll}{2,} \p{Lu}\p{Ll}{2,}) [–—-] (?P<date>[^–—]{6,30}?) [–—-] (?P<tail>.+)"
)
OWN_META = 3
"""How many lines below a byline may hold its own reading time, not a list's date."""
PEOPLE_REACH = 30
"""How many lines below a lone names line are looked at for another one (a list of people)."""
REPLY_REACH = 3
"""How many lines with text below a name and date are looked at for a reply widget."""
MAX_WIDGET = 20
"""Longest line read as a comment's widget alone ("Reply")."""
MAX_CAPTION = 300
"""Longest caption read as the lead picture's between a byline and the story."""
STANDFIRST_CHARS = 100
"""The least length of the line below a lone names line under the standfirst."""
_OPENINGS = (*every("openings"), *every("labels"))
_BARE_OPENINGS = frozenset(every("openings"))  # read without a colon: "Von Ana", not "Auteur Ana"
# Interview labels alone on their line open a byline only with their colon: "Interview" /
# "Olaf Scholz" heads an interview with him, "Interview:" / "Ana Ruiz" credits its interviewer.
_INTERVIEW_LABELS = frozenset(
    label for label in every("labels") if label.startswith(INTERVIEW_WORDS) or label == "fragen"
)
_OPENING_ALONE = _pattern_cache.compile(
    r"(?i)(?:"
    + "|".join(sorted(map(regex.escape, set(_OPENINGS) - _INTERVIEW_LABELS), key=longest_first))
    + r")\s*:?|(?:"
    + "|".join(sorted(map(regex.escape, _INTERVIEW_LABELS), key=longest_first))
    + r")\s*:"
)
# Lowercase words a line of names may hold: joiners and name particles ("Ana de la Cruz").
_LOWER_IN_NAMES = frozenset(
    [
        "and",
        "und",
        "et",
        "y",
        "e",
        "i",
        "en",
        "van",
        "von",
        "vom",
        "der",
        "den",
        "de",
        "del",
        "della",
        "dei",
        "degli",
        "di",
        "da",
        "das",
        "dos",
        "do",
        "du",
        "la",
        "le",
        "ter",
        "ten",
        "zu",
        "af",
        "bin",
        "ibn",
        "al",
        "el",
    ]
)
# Words a Title Case heading capitalises that no name has: "Paris Acts Up", "Back To Work"
_TITLE_WORDS = frozenset(
    [
        "up",
        "in",
        "on",
        "of",
        "the",
        "to",
        "for",
        "with",
        "at",
        "is",
        "are",
        "into",
        "over",
        "out",
        "off",
        "about",
        "how",
        "why",
        "what",
        "after",
        "from",
        "its",
        "our",
        "your",
    ]
)
_JOINERS = frozenset(("and", "und", "et", "y", "e", "i", "en", "&", ",", "/"))
_YEAR_FIRST_DATE = _pattern_cache.compile(
    r"(?:19|20)\d\d\.\s*\p{L}{3,12}\.?\s+\d{1,2}\."
)  # "2025. január 5."
# A suffix or degree after a name: "Ana Ruiz Jr.", "Ana Ruiz, MD", "Tom Field, Ph.D.".
_DEGREE = _pattern_cache.compile(
    r"(?:,?\s+(?:Jr|Sr)\.?|,\s*(?:M\.D\.|MD|Ph\.\s?D\.|PhD|D\.O\.|DO|R\.N\.|RN|MPH|MBA))"
    r"(?=\s*(?:,|&|\band\b|$))"
)
_DOTTED_DEGREES = ("Jr.", "Sr.", "M.D.", "Ph.D.", "Ph. D.", "D.O.", "R.N.")
_LINE_JOINERS = _JOINERS - {"/"}  # alone on a line between stacked names: "Ana Ruiz" / "and"
_SEPARATORS = _pattern_cache.compile(
    r"\s+(?://?|[·•|–—-]|(?i:by|von|par|por|door))\s+|\s*[·•|]\s*|(?<=\d)\s*[-–—]\s+"
)
_PICTURE_CREDIT = _pattern_cache.compile(
    r"(?i)©|\(c\)|\b(?:fotos?|photos?|bild|bilder|image|images|imagen|immagine|foto\s*:|credit)\b"
)
_PICTURE_LINE = _pattern_cache.compile(
    r"(?i)\(?(?:©|\(c\)|(?:fotos?|photos?|photograph|bild|bilder|image|imagen|imagem|immagine"
    r"|illustration|crédit photo|credit|crédito|credito)\s*:)"
)
# "Ana Ruiz for The Guardian": the word before the outlet a writer writes for.
_FOR_OUTLET = _pattern_cache.compile(r"\s(?:for|für|pour|para|per|voor)\s")
_WITH_AGENCY = _pattern_cache.compile(r"\s(?:with|mit|avec|con|com|met)\s")
_OUTLET_ARTICLE = _pattern_cache.compile(r"(?i)^(?:den|die|das|le|la|les|el|o|a|il|lo|de|het)\s")
# A caption's credit at its end: "(Photo: Tom Field)", "[Foto: dpa]", "© Reuters".
_CAPTION_CREDIT = _pattern_cache.compile(
    r"(?i)(?:[(\[](?:fotos?|photos?|photograph|bild|image|imagen|imagem|immagine|crédit photo"
    r"|credit|crédito|credito)\s*:[^()\[\]]{1,60}[)\]]|©[^©]{1,60})\s*$"
)
# First words of places named after a saint ("Santa Maria", "SAINT Louis"), and of others.
_SAINTS = word_set("san santa santo saint sainte são sao sankt st")
_PLACE_PREFIXES = _SAINTS | word_set("villa casa porto puerto monte fort port")
_BY_WORD = _pattern_cache.compile(r"(?i)^(?:by|von|par|por|di|door)\s+")
# A date's digits: a cheap test before a line near a byline is read as a separated one.
_DATE_PIECE = _pattern_cache.compile(r"\d[./]\s?\d|\d{4}")
_COUNT = _pattern_cache.compile(r"(?:^|\s)\d{1,6}(?:\s+\p{L}{3,20})?$")
_STAMP_WORDS = frozenset(w for w in (*every("published"), *every("updated")) if " " not in w)
_SMALL = frozenset(("am", "on", "le", "el", "il", "em", "at", "|", "-", "–", "—", "·", "•"))
_SENTENCE = _pattern_cache.compile(r"[.!?…]['’”\"»)]?$")
_CAPITALISED = _pattern_cache.compile(r"(?<![\p{L}\d])\p{Lu}[\p{Ll}\p{M}]+")
_INITIAL_WORD = _pattern_cache.compile(r"(?<!\S)\p{Lu}\.")
_SHOUTED = _pattern_cache.compile(r"(?<![\p{L}\d])\p{Lu}[\p{Lu}\p{M}]+(?![\p{L}\d])")
_DIGIT = _pattern_cache.compile(r"\d")
_WORDS = _pattern_cache.compile(r"[\p{L}\p{M}]+")
# "… · in Gefühle, Popkultur", "… Kategorien: Allgemein": the post's categories after a byline.
_CATEGORY = _pattern_cache.compile(
    r"\s*[·•|]?\s+(?:in|en|em|dans|unter|im)\s+[^·•|]{1,60}$|\s*[·•|/].*$|\s+\p{L}{3,20}:(?:\s.*)?$"
)
_TRAILING_CONTACT = _pattern_cache.compile(
    r"(?:\s+(?:@\w{2,30}|[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}))+$"
)
# The place a writer writes from after the names: "in Kyiv", "aus Berlin", "em São Paulo".
_FROM_PLACE = _pattern_cache.compile(
    r"\s(?:in|from|aus|à|en|em|desde|da)\s+\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+)?$"
)
_PLACE_WORD = _pattern_cache.compile(r"^(?:in|from|aus|à|en|em|desde|da|de|a)\s+(?=\p{Lu})")
_FROM_WORDS = (" in ", " from ", " aus ", " à ", " en ", " em ", " desde ", " da ")
_FOLLOW_WORDS = ("Follow", "Folgen", "Seguir", "Suivre", "Segui", "Volgen", "Obserwuj")
_GLUED_FOLLOW = _pattern_cache.compile(r"(?<=\p{Ll})(?:" + "|".join(_FOLLOW_WORDS) + r")$")
_INITIAL_END = _pattern_cache.compile(r"\s\p{Lu}\.$")  # "Juan Carlos Muñoz C." ends with an initial
_AGENCY_MARK = _pattern_cache.compile(r"\p{Lu}[\p{Lu}\d]{1,4}(?:-\p{Lu}[\p{Lu}\d]{0,3})?")
_NAME_CASED = _pattern_cache.compile(
    r"(?:[ODL]['’]|Mc|De|Di|Da|Du|La|Le|Van)?\p{Lu}[\p{Ll}\p{M}][\p{Ll}\p{M}'’.]*"
)  # "Ruiz", "O'Neill", "McDonald", "DeSantis"; not an initial ("H.")
_INITIALS = _pattern_cache.compile(r"(?:\p{Lu}\.\s?-?){1,3}")
# The jobs of a newsroom, as words or word stems, in the languages of the lexicons.
_NEWSROOM_ROLE = _pattern_cache.compile(
    r"(?i)writer|reporter|correspondent|columnist|editor|journalist|redakteur|korrespondent"
    r"|rédact|correspondant|chroniqueu|redactor|corresponsal|periodista|columnista|giornalist"
    r"|redattor|redattric|inviat[oa]|corrispondente|repórter|jornalista|colunista"
    r"|correspondente|redacteur|verslaggever|dziennikar|redaktor|contributor|envoyée? spécia"
    r"|enviad[oa] especial"
)
# The outlet a Brazilian or Portuguese writer files for, below the name: "Do UOL, em São
# Paulo", "Da Redação", "Da Agência Brasil", "Do Estadão Conteúdo".
_FROM_OUTLET = _pattern_cache.compile(
    r"D[oa]\s+(?:\p{Lu}{2,}[\p{L}\d.-]*|Reda[çc][ãa]o|Ag[êe]ncia|Folha|Estad[ãa]o|Jornal|Revista)"
    r"(?:\s+\p{Lu}[\p{L}\p{M}\d.-]*){0,2}"
    r"(?:,\s*(?:em|no|na|de)\s+\p{Lu}[\p{L}\p{M}]+(?:\s+\p{Lu}[\p{L}\p{M}]+)?)?"
)
# A member of a newsroom, on the role line below a name: "Mitglied der Tonight News-Redaktion",
# "Member of the editorial team", "Membre de la rédaction", "Miembro de la redacción de El
# País", "Membro della redazione", "Membro da redação", "Lid van de redactie".
_NEWSROOM_MEMBER = _pattern_cache.compile(
    r"(?i)(?:member\s+of\s+(?:the\s+|our\s+)?|mitglied\s+(?:der|des|unserer)\s+|membre\s+de\s+"
    r"(?:la\s+|l['’]\s*)|miembro\s+de\s+(?:la\s+)?|membro\s+(?:della\s+|da\s+|do\s+)|lid\s+van\s+de\s+)"
    r"(?:[\p{L}\p{M}.&'’]+[\s-]){0,3}(?:newsroom|editorial\s+(?:team|staff|board)|\p{L}*redaktion"
    r"|rédaction|redacción|redazione|redação|redacção|redactie)\b[^.!?]{0,30}$"
)
# A date glued to the name before it: "Shana Nys DambrotNovember 6, 2023", "Karrasch3.11.2023".
# Dates glued to the words around them, as screen-reader labels come out of HTML ("Posted
# on28. Juli 201928. Juli 2019AuthorAndreas Kalt"): a year before a day or a capitalised word.
_GLUED_DATE = _pattern_cache.compile(
    r"(?<=\p{Ll})(?=\d{1,2}[./]\s?\d|\d{1,2}\.?\s\p{Lu}|(?=\p{Lu})(?i:"
    + "|".join(sorted(map(regex.escape, every("months")), key=longest_first))
    + r")\b)|(?<=(?<!\d)(?:19|20)\d\d)(?=\d{1,2}\.\s?\p{L}|\p{Lu}\p{Ll})"
)
# Words a date line may hold besides its date: weekdays, stamp labels, "am", "um", "Uhr" …
_DATE_FILLER = frozenset(
    (
        *every("weekdays"),
        *(w for p in (*every("published"), *every("updated")) for w in p.split()),
        *[
            "am",
            "on",
            "le",
            "el",
            "il",
            "em",
            "at",
            "um",
            "de",
            "à",
            "a",
            "às",
            "du",
            "del",
            "do",
            "da",
            "vom",
            "uhr",
            "h",
            "hs",
            "et",
            "op",
        ],
        *[
            "gmt",
            "utc",
            "cet",
            "cest",
            "mez",
            "mesz",
            "est",
            "edt",
            "cst",
            "cdt",
            "pst",
            "pdt",
            "ist",
            "bst",
        ],
    )
)
# A date's own label on a line of table cells run together: "Auteur Ana Ruiz Date 12/03/2021".
_LABEL_WORDS = frozenset(label.casefold() for label in every("labels") if " " not in label)
_DATE_LABELS = frozenset(("date", "datum", "fecha", "data", "dátum", "datum/zeit"))
_INLINE_LABEL = _pattern_cache.compile(
    r"(?i)(?:"
    + "|".join(sorted(map(regex.escape, every("labels")), key=longest_first))
    + r")\s*:?\s+(?P<names>(?-i:\p{Lu}).+)"
)
# A by-word and one word after it (a user name), then the rest of the line.


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(sorted(map(regex.escape, words), key=longest_first))


# An opening or an author label, then the byline: "by", "Autor:", "AUTOR/IN" (a label needs a
# colon, capitals or a name glued to it: "2019AuthorAndreas Kalt"; not "Text vorlesen").
_LABELLED = _pattern_cache.compile(
    r"(?<![\p{L}\d])(?:(?i:("
    + _alternatives(every("openings"))
    + r"))(?:\s*:\s*|\s+)|(?i:("
    + _alternatives(every("labels"))
    + r"))(?:\s*:\s*|(?=\p{Lu}\p{Ll}))|("
    + _alternatives(tuple(label.upper() for label in every("labels")))
    + r")\s+)"
)
_BY_USER = _pattern_cache.compile(
    r"(?i)(?:by|von|par|por|di|door)\s+(?P<user>[^\s·•|,]+)(?P<rest>.*)"
)
_LABELLED_USER = _pattern_cache.compile(_LABELLED.pattern + r"(?P<user>[^\s·•|,]+)(?P<rest>.*)")
_BY_WORDS = frozenset(("by", "von", "par", "por", "di", "door"))
_STAMP_START = _pattern_cache.compile(
    r"(?i)^(?:" + "|".join(sorted(map(regex.escape, _STAMP_WORDS), key=longest_first)) + r")\s+"
    # the post's category after the stamp word: "Posted in Datenschutz by jdoe on …"
    r"(?:(?:in|im|unter|dans|en|em|nel|nella|op)\s+[^\d\n]{1,40}?\s(?=(?:by|von|par|por|di|da|door)\s))?"
)
# Author labels a byline in the byline position may print without their colon ("Autoren Ana
# Ruiz und Tom Field"), the plural ones apart: they need two names, the others a date line.
_PLURAL_LABELS = frozenset(
    ("authors", "autoren", "autorinnen", "auteurs", "autrices", "autores", "autoras", "autori")
) | frozenset(("autorzy",))
_AUTHOR_LABELS = _PLURAL_LABELS | frozenset(
    ("author", "autor", "autorin", "auteur", "autrice", "autora", "autore", "autorka")
)
# The first words of the openings and labels longer than a by-word ("veröffentlicht", "posted",
# "artikel", "autor"): a cheap test before a line in the byline position is read as one.
_OPENING_FIRST_WORDS = frozenset(
    o.split()[0] for o in _OPENINGS if o.split()[0] not in ("by", "von", "par", "por", "di", "door")
)
# A section's name and a by-word ending a line, the names on the next: "Disko Von", "Opinion by".
_SECTION_BY = _pattern_cache.compile(
    r"(?!(?i:powered|designed|made|hosted|created|developed|built|theme|sponsored|presented"
    r"|supported|brought|photos?|fotos?|bild|bilder|images?|video)\b)"
    r"\p{Lu}[\p{L}\p{M}-]{1,25}\s+(?i:by|von|par|por|di|door)\s*:?"
)
_LONE_USER = _pattern_cache.compile(r"(?P<user>[^\s·•|,]+)(?P<rest>.*)")
# A post's comment link or count ending its meta line, with what follows it (the post's
# categories): "1 Kommentar Inklusion", "Leave a comment", "Kommentare 4", "0 Comment".
_COMMENT_NOUNS = (
    r"(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commento|commenti|reacties"
    r"|komentarz[ey]?)"
)
_COMMENTS = _pattern_cache.compile(
    r"(?i)(?:(?:^|\s|[|·•–—/-])\s*(?:(?:\d{1,6}|no|one|ein|keine|un|aucun|sin|nessun|sem|geen)\s+)?"
    r"(?:" + _COMMENT_NOUNS + r"|(?:leave|post|add) a comment|schreiben?(?: sie)? einen kommentar"
    r"|laisse[rz] un commentaire|deja(?:r)? un comentario|lascia un commento"
    r"|deixe (?:um|seu) comentário|geef een reactie|dodaj komentarz)"
    r"|(?<=\p{L})\d{1,6}\s*" + _COMMENT_NOUNS + r")(?![\p{L}]).*$"  # "Kalt4 Kommentare"
)
_COMMENT_HINTS = ("comment", "kommentar", "comentar", "comentár", "reactie", "komentarz")
# A clock time after an "at" word ending a line: "Posted by jdoe at 10:52", "um 21:11".
_AT_CLOCK = _pattern_cache.compile(
    r"(?i)\s+(?:at|um|à|a las|en|alle|às|om|o)\s+\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?|\s?uhr)?$"
)
_USER_NAME = _pattern_cache.compile(r"[\p{L}\d][\p{L}\p{M}\d._-]{1,29}")  # "gizzmo", "Herr_Rein"
_NOT_USER_NAMES = (
    _LOWER_IN_NAMES
    | _DATE_FILLER
    | frozenset((*every("months"), *every("weekdays")))
    | word_set(
        "the a an der die das ein eine le la les un une el los las il lo uno una o os as het een"
    )
    # what a by-word is followed by in a phrase: "por favor", "par exemple", "by example"
    | word_set("favor exemple example instance ailleurs contre nuovo sempre exemplo acaso")
)
_DATE_REST = _pattern_cache.compile(
    r"(?i)\d{1,2}[:.h]\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?|[ap]\.?m\.?|\d{1,6}"
)
_EDGE = " ,;:|·•/–—-*+"
# Lines of an author widget below a name: they say the name above is the author's
# ("+ FOLLOW", "Search for this author in:", "Alle Artikel").
_AUTHOR_WIDGETS = frozenset(
    (
        *("follow", "follow author", "folgen", "autor folgen", "seguir", "suivre", "segui"),
        *("seguire", "volgen", "search for this author in", "all articles", "more by"),
        *("more from this author", "view profile", "author profile", "alle artikel"),
        *("alle beiträge", "autorenprofil", "tous ses articles", "voir le profil"),
        *("todos sus artículos", "ver perfil", "tutti gli articoli", "todos os artigos"),
    )
)
# Lines that may sit between a name and its date without saying anything about it.
_WIDGETS = _AUTHOR_WIDGETS | frozenset(
    [
        "share",
        "teilen",
        "compartir",
        "partager",
        "condividi",
        "partilhar",
        "twitter",
        "x",
        "facebook",
        "linkedin",
        "instagram",
        "e-mail",
        "email",
        "mail",
    ]
)
GATE = ParserGate(
    max_chars=MAX_NAME_LINE + 40,
    words=tuple(sorted({o for o in _OPENINGS if " " not in o})),
    starts=tuple(sorted({o for o in _OPENINGS if " " in o})),
    triggers=("·", "•", "|", " – ", " — "),
)
"""Lines a block may be found from: an opening or a line with separators. Lines with a
date are the timestamp rule's: their rule hands them over (``dated`` for stamp lines)."""


def read_block(
    lines: Sequence[str], index: int, *, dated: bool = False, stamped: bool = False
) -> tuple[Byline, tuple[int, ...]] | None:
    """The byline that line ``index`` opens, ends or is, and the lines it spans.

    ``dated`` says that line ``index`` is a publication or update stamp and nothing else
    (see :func:`newsclean.parsers.timestamps.is_stamp_line`), ``stamped`` that it holds one.
    """
    line = _content(lines[index])
    if not line or len(line) > GATE.max_chars:
        return None
    if _OPENING_ALONE.fullmatch(line):
        return _after_opening(lines, index, line)
    if dated:
        block = _before_date(lines, index) or _after_date(lines, index)
        if block is not None:
            spanned = tuple(sorted({*block[1], index}))
            return None if _in_list(lines, spanned) else block  # a teaser list's entry
    if stamped:
        named = dated_byline(lines, index) or _labels_inline(line)  # "Ana Ruiz May 3, 2021"
        if named is not None and not _in_list(lines, (index,)):
            return _with_text(named, lines[index].strip()), (index,)
        after = _after_date_label(line)
        if after is not None:
            return None if _in_list(lines, (index,)) else (_with_text(after, line), (index,))
    by_word = _BY_WORD.match(line) is not None
    opening = by_word or (_DIGIT.search(line) is not None and _LABELLED.match(line) is not None)
    if stamped or opening or (":" in line[-10:] and _AT_CLOCK.search(line)):
        user = _dated_user(line)  # "Gespeichert von jdoe am 24. Juli 2017 - 18:55"
        if user is None and stamped:
            user = _boxed_dated_name(lines, line)  # "Tine 2. Februar 2020 …" … "Tine" box
        if user is None and by_word:
            user = _user_by_date_line(lines, index, line)
        if user is not None:
            return None if _in_list(lines, (index,)) else (user, (index,))
    if not stamped and by_word:
        continued = _continued(lines, index, line)
        if continued is not None:
            return continued
    if not stamped and _DIGIT.search(line) and line.split(None, 1)[0].casefold() in _LABEL_WORDS:
        inline = _labels_inline(line)  # "Autor Ana Ruiz Datum 12.03.2021": no stamp read
        if inline is not None and not _in_list(lines, (index,)):
            return _with_text(inline, lines[index].strip()), (index,)
    if not stamped and not any(t in line for t in GATE.triggers):
        return None  # the gate hands over no other line
    if not stamped and _DIGIT.search(line) and _is_date_line(line):  # "| Le 19 février 2020"
        block = _before_date(lines, index) or _after_date(lines, index)
        if block is not None:
            spanned = tuple(sorted({*block[1], index}))
            return None if _in_list(lines, spanned) else block
    block = _separated(line, index) or _linked_name_meta(lines, index, line)
    return None if block is None or _in_list(lines, block[1]) else block


def _linked_name_meta(
    lines: Sequence[str], index: int, line: str
) -> tuple[Byline, tuple[int, ...]] | None:
    """ "Nike Jane – 14.09.2022 – Kolumne, Allgemein, Feminismus": a blog's meta line whose
    writer's given name the list lacks, read when the page links to the writer's other posts
    ("Mehr von Nike Jane"): two capitalised words, a dash, the date alone, a dash and two or
    more categories, the name not said in the story's first paragraphs."""
    found = _NAME_META.fullmatch(line.strip())
    if found is None or "," not in found["tail"] or not _is_category(found["tail"]):
        return None
    date, name = find_date(found["date"]), found["name"]
    if date is None or date.start > 0 or found["date"][date.end :].strip():
        return None
    if classify(name) != "person" or not links_to(lines, name):
        return None
    below = _next_content(lines, index)
    story = " ".join(_paragraphs(lines, below)) if below is not None else ""
    said = {w.casefold() for w in _WORDS.findall(story)}
    if any(word.casefold() in said for word in name.split()):
        return None  # the story's subject
    return Byline(text=line.strip(), authors=(Author(name),)), (index,)


def dated_byline(lines: Sequence[str], index: int) -> Byline | None:
    """The byline of line ``index`` when it is people's names and a date and nothing else but
    times, weekdays, stamp labels and "on" ("Brad Reed January 16, 2015", "John Nichols on
    January 12, 2015 - 3:31 PM ET"), and not a teaser list's entry. Such a stamp line is a
    dated byline: the timestamp rule only reads its date, this module reads its names."""
    text = unbracketed(_content(lines[index]))  # "(Katharina Huber, 5.3.2024)": a signature
    if not text or len(text) > GATE.max_chars or not may_name(text):
        return None
    record = _names_with_date(text)
    if record is None or _in_list(lines, (index,)):
        return None
    return _with_text(record, lines[index].strip())


def _labels_inline(line: str) -> Byline | None:
    """ "Auteur Ana Ruiz Date 12/03/2021", "Autor Ana Ruiz | Datum 12.03.2021": an author
    label without its colon, the names, then a date label and the date (table cells run
    together). Nothing else may stand on the line but times and stamp words."""
    date = find_date(line)
    if date is None or not _only_filler(line[date.end :]):
        return None
    words = line[: date.start].split()
    while words and (_is_filler(words[-1]) or words[-1].casefold().strip(":") in _DATE_LABELS):
        words.pop()
    found = _INLINE_LABEL.match(" ".join(words))
    if found is None or _names_only(found["names"].strip(_EDGE)) is None:
        return None
    record = parse_byline(found["names"].strip(_EDGE))
    return record if record is not None and record.authors else None


def opens_alone(line: str) -> bool:
    """Whether ``line`` is a by-word or label alone ("By", "Von", "Written by:"): the names
    follow on the next lines."""
    return _OPENING_ALONE.fullmatch(_content(line)) is not None


def _dated_user(line: str) -> Byline | None:
    """ "Posted on 21. Juli 2019 by Realiberry", "von Limespacer · 22. Oktober 2019", "by oz on
    December 4, 2006": a date, a by-word and one user name (blogs print their authors' user
    names). The date on the line is the evidence one word lacks: "By Grace" alone is not read.
    Blogs' post lines also print "Eingestellt von jdoe um 21:11" (a stamp word, a by-word and
    a clock time), and "28. Januar 2015 jdoe 1 Kommentar" (a post's comment count or link is
    evidence enough for a user name without a by-word).
    """
    if _SENTENCE.search(line):
        return None  # "On May 3, 2021 by train.": a sentence
    bare, commented = without_comments(line)
    bare, date = _dated(bare)
    if date is None:
        clock = _AT_CLOCK.search(bare)
        words = bare.split(None, 1)
        if clock is None or len(words) < 2 or words[0].casefold() not in _STAMP_WORDS:
            return None
        head, tail = words[1][: clock.start() - len(bare)], ""  # "[Posted] by USER at 10:52"
    else:
        head, tail = bare[: date.start], bare[date.end :]
    user_at = _LONE_USER.match if commented else _LABELLED_USER.match
    if _only_filler(head):  # "[Posted on] DATE [DATE] · by USER [· in News]"
        second = find_date(tail)
        if second is not None and _only_filler(tail[: second.start]):
            tail = tail[second.end :]  # "28. Juni 201914. Januar 2020", "…2016Samstag, 4. März"
        found = _LABELLED_USER.match(tail.lstrip(_EDGE)) or user_at(tail.lstrip(_EDGE))
        if found is None or _CATEGORY.sub("", found["rest"]).strip(_EDGE):
            return None  # more than a user name after the by-word
    elif _only_filler(tail):  # "[Posted] von USER · DATE", "by USER on DATE"
        head = _STAMP_START.sub("", head.strip())
        found = _LABELLED_USER.match(head) or user_at(head)
        if found is None or not _only_filler(found["rest"]):
            return None
    else:
        return None
    user = found["user"]
    if not _is_user(user) or (not _by_word_before(found) and not _handle_like(user)):
        return None  # "28. Januar 2015 Allgemein 1 Kommentar", "05.01.2025 | Text: Vorlesen"
    return Byline(text=line, authors=(Author(user),))


def _words_before(rest: str, found: regex.Match[str]) -> bool:
    """Whether more than two words, or a digit, come before the opening ``found``."""
    head = rest[: found.start()]
    return len(head.split()) > 2 or _DIGIT.search(head) is not None


def _by_word_before(found: regex.Match[str]) -> bool:
    """Whether a by-word ("von", "by") introduced the match of :data:`_LABELLED` or
    :data:`_LABELLED_USER` (a label such as "Text:" or no word at all says less)."""
    if found.re is _LONE_USER:
        return False
    label = next(filter(None, found.group(1, 2, 3)), "")
    return label.casefold().rsplit(None, 1)[-1] in _BY_WORDS if label else False


def _is_user(user: str) -> bool:
    """Whether the word after a by-word may be a user name: not a number or a date, a function
    word, a month, a newsroom, an agency or a role ("Redaktion", "AFP", "admin")."""
    return not (
        _USER_NAME.fullmatch(user) is None
        or not any(map(str.isalpha, user))  # "2019", "26.04.2022"
        or user.casefold() in _NOT_USER_NAMES
        or classify(user) != "other"
    )


def _user_by_date_line(lines: Sequence[str], index: int, line: str) -> Byline | None:
    """ "von jdoe" with a date line right above or below it ("21. September 2019"): a blog's
    user name, the date line being the evidence the line lacks."""
    found = _BY_USER.fullmatch(line)
    if found is None or found["rest"].strip():
        return None
    near = (_previous_content(lines, index), _next_content(lines, index))
    if not any(j is not None and _is_date_line(_content(lines[j])) for j in near):
        return None
    user = found["user"]
    return Byline(text=line, authors=(Author(user),)) if _is_user(user) else None


def _dated(text: str) -> tuple[str, PrintedDate | None]:
    """``text`` and its first date; where none is found, ``text`` with the dates glued to
    the words around them set apart ("Posted on28. Juli 2019"), and its first date."""
    date = find_date(text)
    if date is None and _DIGIT.search(text) is not None:
        text = _GLUED_DATE.sub(" ", text)
        date = find_date(text)
    return text, date


def without_comments(line: str) -> tuple[str, bool]:
    """``line`` without the post's comment count or link at its end ("1 Kommentar", "Leave a
    comment" and the categories after it), and whether it had one."""
    folded = line.casefold()
    if not any(hint in folded for hint in _COMMENT_HINTS):
        return line, False
    found = _COMMENTS.search(line)
    if found is None or found.start() == 0:
        return line, False
    return line[: found.start()].rstrip(_EDGE), True


def _handle_like(user: str) -> bool:
    """A user name printed without a by-word must look like one: lower case, digits, an
    underscore or an inner capital ("jdoe", "ThE_PaiN", "KleineGrüneMonster"), or a known
    given name ("Tine"); not a capitalised word such as a category ("Allgemein")."""
    return (
        not user[:1].isupper()
        or any(c.isdigit() or c == "_" for c in user)
        or any(c.isupper() and user[i].islower() for i, c in enumerate(user[1:]))
        or user.casefold() in given_names()
    )


def _after_date_label(line: str) -> Byline | None:
    """ "29. Juni 2017, 23:39 · von Tobi Meier", "January 5, 2020 by Ana Ruiz in News",
    "STAND 21.4.2021, 16:41 Uhr AUTOR/IN Julius Richter", "Veröffentlicht: 05.01.2020 | Autor:
    jdoe | Abgelegt unter: Fotos": a stamp, then a by-word or author label and the byline (a
    user name after a label too: the stamp is the evidence one word lacks)."""
    bare, date = _dated(without_comments(line)[0])
    if date is None or not _only_filler(bare[: date.start]):
        return None
    rest = bare[date.end :]
    second = find_date(rest)
    if second is not None and second.start <= 1:
        rest = rest[second.end :]  # "1. Mai 20201. Mai 2020": published, updated
    rest = rest.lstrip(_EDGE)
    found = _LABELLED.match(rest) or _LABELLED.search(rest, 0, 30)
    if found is None or (found.start() and (found[1] is None or _words_before(rest, found))):
        return None  # an opening may follow a word or two: "words written by Ana Ruiz"
    names = _CATEGORY.sub("", rest[found.end() :]).strip(_EDGE)
    if names.endswith(".") and not _INITIAL_END.search(names):
        return None  # "On May 3, 2021 by train.": a sentence
    record = parse_byline(f"{next(filter(None, found.groups()))}: {names}") if names else None
    if record is not None and record.authors:
        return record
    if not names or " " in names or not _is_user(names):
        return None
    if not _by_word_before(found) and not _handle_like(names):
        return None  # "05.01.2025 | Text: Vorlesen": a label word before a widget's
    return Byline(text=line, authors=(Author(names),))


def _content(line: str) -> str:
    """A line without the whitespace and list bullets around it ("  * Ana Ruiz"), and
    without the pronouns after a name ("Ana Ruiz (she/her)")."""
    return without_pronouns(line.strip().lstrip("*•·+>» \t").strip())


def _after_opening(
    lines: Sequence[str], index: int, opening: str
) -> tuple[Byline, tuple[int, ...]] | None:
    """ "By" / "Ana Ruiz" / "Senior Reporter" / "and" / "Tom Field" → one byline."""
    parts: list[str] = []
    spanned = [index]
    j: int | None = index
    while len(spanned) < 9 and j is not None:
        j = _next_content(lines, j)
        if j is None:
            break
        text = _TRAILING_CONTACT.sub("", _content(lines[j]))  # "Williams Perdomo @wperdomod"
        if text.casefold() in _JOINERS:
            if not parts:
                return None
            parts.append("and")
        elif _is_credit_piece(text) or (not parts and _lone_user(text)):
            if parts and parts[-1] != "and":
                parts.append(",")
            parts.append(text)
        else:
            break
        spanned.append(j)
    while parts and parts[-1] in ("and", ","):
        parts.pop()
        spanned.pop()
    if not parts:
        return None
    body = " ".join(parts).replace(" ,", ",")
    labelled = opening.casefold() not in _BARE_OPENINGS and not opening.endswith((":", "："))
    record = parse_byline(f"{opening}\n{body}" if labelled else f"{opening} {body}")  # "Auteur"
    if (record is None or not (record.authors or record.agency)) and _lone_user(body):
        record = Byline(text=body, authors=(Author(body),))  # "Von" / "Robert", "by" / "jdoe"
    newsroom = (  # "Von" / "Redaktion", "By" / "News Desk": a newsroom's one line
        record is not None
        and bool(record.organisations)
        and len(parts) == 1
        and opening.casefold() in _BY_WORDS  # not a menu's "* Autoren" / "* Newsletter"
        and lines[index].lstrip()[:1] not in "*•+-"
    )
    if record is None or not (record.authors or record.agency or newsroom):
        return None
    text = "\n".join(lines[i].strip() for i in spanned)
    return _with_text(record, text), tuple(spanned)


def _lone_user(text: str) -> bool:
    """A user name alone on the line after a by-word alone ("jdoe", "Robert")."""
    return " " not in text and _is_user(text) and _handle_like(text)


def _is_credit_piece(text: str) -> bool:
    """A line of a byline block: names, a role, an outlet ("Ana Ruiz", "Senior Reporter")."""
    if len(text) > MAX_NAME_LINE or (
        _SENTENCE.search(text) and not text.endswith(" Jr.") and not _INITIAL_END.search(text)
    ):
        return False
    for number, part in enumerate(split_people(text)):
        kind = classify(part)
        if kind == "person" and not _has_given_name(part):
            return False  # "Autor" / "Jon Nitz" / "Vorheriger Beitrag"
        if number and _AGENCY_MARK.fullmatch(part) and f"/{part}" in text.replace(" ", ""):
            continue  # "Peter Maahn/SP-X": a news service's mark the agency table lacks
        if kind not in ("person", "role", "agency", "outlet"):
            return False
    return True


def _before_date(lines: Sequence[str], index: int) -> tuple[Byline, tuple[int, ...]] | None:
    """A names line above the date line ``index``: a role, a handle, an "am" line or an
    author widget ("+ FOLLOW", "Twitter", an e-mail) may sit between them."""
    between: list[int] = []
    for j in _near(lines, index, above=True):
        text = _content(lines[j])
        if text.casefold() in _SMALL or _is_widget(text) or _own_handle(lines, j, text):
            between.append(j)
            continue
        if _bio_of_line_above(lines, j, text):  # "Ana Ruiz" / "Ana Ruiz is a reporter …" / date
            between.append(j)
            continue
        if _is_role_line(text):
            named = _name_and_role(text)  # "Helen Carter Transport correspondent" / date
            if named is not None:
                return _with_text(named, lines[j].strip()), tuple(sorted((j, *between)))
            between.append(j)
            continue
        return _names_block(lines, j, between)
    return None


def _bio_of_line_above(lines: Sequence[str], index: int, text: str) -> bool:
    """Whether ``text`` (line ``index``) is the bio of the one person named alone on the line
    above it, and says the person writes or has a newsroom's job ("Ana Ruiz" / "Ana Ruiz is a
    senior reporter covering climate …"; not "Anna Schmidt ist seit 2021 Ministerin")."""
    above = _previous_content(lines, index) if text[:1].isupper() else None
    names = None if above is None else _names_only(_content(lines[above]))
    if names is None or len(names) != 1:
        return False
    if is_bio_of(text, names[0], job=_newsroom_job):
        return True
    titled = _TITLED_SURNAME.match(text)  # "Ana Ruiz" / "Ms. Ruiz is a historian." / date
    return (
        titled is not None
        and titled["surname"] == names[0].split()[-1]
        and is_bio_of(text, titled[0], job=_writer_job)
    )


def _newsroom_job(words: str) -> bool:
    return _NEWSROOM_ROLE.search(words) is not None


def _writer_job(words: str) -> bool:
    """A job in a newsroom or one of the jobs an op-ed's writer has ("a historian")."""
    return _newsroom_job(words) or not _WRITER_JOBS.isdisjoint(
        w.casefold() for w in _WORDS.findall(words)
    )


def _name_and_role(text: str) -> Byline | None:
    """The byline of a line that is a person's name and their role, no separator between
    ("Helen Carter Transport correspondent"), above a date line."""
    if not starts_with_given_name(text):
        return None
    record = parse_byline(text)
    if record is None or not record.authors:
        return None
    return record if all(_names_only(author.name) for author in record.authors) else None


def _names_block(
    lines: Sequence[str], index: int, below: list[int]
) -> tuple[Byline, tuple[int, ...]] | None:
    """The byline of the names on line ``index`` and the role lines among ``below``."""
    text = _without_contact(_content(lines[index]))
    if not may_name(text) or not _names_line(text):
        return None
    roles = [
        i
        for i in sorted(below)
        if _is_role_line(_content(lines[i])) or _is_outlet_line(_content(lines[i]))
    ]
    avatars, names = _avatar_names(lines, index, text)  # "LP" / "Luana Patriolino" / "RF"
    stacked_roles: list[int] = []
    if not avatars:
        names, stacked_roles = _stacked_names(lines, index)  # "Lucía Herrera" / "Pablo Ruiz"
    if names:
        text = ", ".join([*(_content(lines[i]) for i in names), text])
    record = parse_byline(text)  # the role lines are spanned, not read: they name no one
    if record is None or not record.authors:
        return None
    agency = record.agency or next(  # "Ana Ruiz" / "Associated Press": the agency's writer
        filter(None, (find_agency(_content(lines[i])) for i in roles)), None
    )
    if agency is not None:
        record = attrs.evolve(record, agency=agency)
    spanned = (*sorted(avatars + names + stacked_roles), index, *roles)
    return _with_text(record, "\n".join(lines[i].strip() for i in spanned)), spanned


def _avatar_names(lines: Sequence[str], index: int, name: str) -> tuple[list[int], list[int]]:
    """The lines above the names line ``index`` of an author widget that prints each author's
    initials over their name ("LP" / "Luana Patriolino" / "RF" / "Raphael Felice"): the
    avatar lines and the other names lines, top down (a name read only with its own avatar)."""
    avatars: list[int] = []
    names: list[int] = []
    while len(names) < MAX_JOINED:
        avatar = _previous_content(lines, index)
        if avatar is None or not _is_avatar(_content(lines[avatar]), name):
            break
        avatars.insert(0, avatar)
        other = _previous_content(lines, avatar)
        if other is None or _names_only(_content(lines[other])) is None:
            break
        above = _previous_content(lines, other)  # each name with its avatar, or none read
        if above is None or not _is_avatar(_content(lines[above]), _content(lines[other])):
            break
        names.insert(0, other)
        index, name = other, _content(lines[other])
    return avatars, names


def _stacked_names(lines: Sequence[str], index: int) -> tuple[list[int], list[int]]:
    """The lines right above the names line ``index``, no blank line between, that each hold
    one person's name alone ("Lucía Herrera" / "Pablo Ruiz" / date line), each possibly with
    its role line below it ("Ana Ruiz" / "Senior Reporter" / "Tom Field") or a joiner line
    ("Ana Ruiz" / "and" / "Tom Field"), top down: the names lines and the role and joiner
    lines; none when more names than a byline holds go on above."""
    names: list[int] = []
    roles: list[int] = []
    j = index - 1
    while True:
        joiner = j if j > 0 and _content(lines[j]).casefold() in _LINE_JOINERS else None
        stacked = _stacked_name(lines, j if joiner is None else j - 1)  # "Ana Ruiz" / "and"
        if stacked is None:
            break
        if len(names) == MAX_JOINED - 1:
            return [], []  # a list of people: a staff box, a panel
        name, role = stacked
        names.insert(0, name)
        roles.extend(i for i in (role, joiner) if i is not None)
        j = name - 1
    return names, roles


def _stacked_name(lines: Sequence[str], index: int) -> tuple[int, int | None] | None:
    """The line of a person's name alone that line ``index`` is, or is the role line of
    (the name right above it), and that role line."""
    if index < 0:
        return None
    text = _content(lines[index])
    role: int | None = None
    if index > 0 and text[:1].isupper() and len(text) <= MAX_NAME_LINE and _is_role_line(text):
        role, index = index, index - 1  # "Senior Reporter" under the name above
        text = _content(lines[index])
    if not text or len(text) > MAX_NAME_LINE or not text[:1].isupper():
        return None
    found = _names_only(text)
    if found is None or len(found) != 1 or not _plain_name(found[0]):
        return None
    return index, role


def _is_avatar(text: str, name: str) -> bool:
    """Whether ``text`` is the initials of ``name`` alone ("LP" for "Luana Patriolino")."""
    return (
        2 <= len(text) <= 3
        and text.isalpha()
        and text.isupper()
        and text == "".join(w[0] for w in name.split() if w[:1].isupper())[: len(text)]
    )


def _without_contact(text: str) -> str:
    """``text`` without the handles and e-mail addresses ending it ("Ana Ruiz @aruiz"), or
    an author widget's "Follow" glued to it ("Ana RuizFollow")."""
    if "@" in text:
        text = _TRAILING_CONTACT.sub("", text)
    return _GLUED_FOLLOW.sub("", text) if text.endswith(_FOLLOW_WORDS) else text


def _names_line(text: str) -> bool:
    """Whether ``text`` is people's names, possibly with the outlet they write for or the
    place they write from: "Ana Ruiz", "Ana Ruiz, Northfield News", "Ana Ruiz | EFE", "Anna
    Schmidt (dpa)", "Ana Ruiz in Kyiv", "Anna Schmidt, Berlin", "Ana Ruiz | Madrid"."""
    if _names_only(text) is not None or _names_of_line(text) is not None:
        return True  # "Ana Ruiz", "Ana Ruiz, Northfield News", "Marie Dubois (à Bruxelles)"
    if len(text) > MAX_NAME_LINE or _DIGIT.search(text):
        return False
    placed = _FROM_PLACE.sub("", text) if any(map(text.__contains__, _FROM_WORDS)) else text
    # "Ana Ruiz and Tom Field in Washington"; not "U.S. Embassy in Yemen"
    return placed != text and starts_with_given_name(placed) and _names_only(placed) is not None


def _names_of_line(text: str) -> str | None:
    """The names of a line of names and the outlet they write for or the place they write
    from ("Ana Ruiz, dpa", "Lena Vogt, Berlin", "Marie Dubois (à Bruxelles)"), else ``None``."""
    named = _names_of_outlet_line(text)
    if named is not None:
        return named
    placed = " ".join(without_place_notes(text).split()) if "(" in text else text
    if placed != text:  # "Ana Ruiz (à Madrid) et Tom Field (à Paris)"
        return _names_of_line(placed) if "(" in placed else placed if _names_only(placed) else None
    bare = text[:-1] if text.endswith(")") else text
    cut = max(map(bare.rfind, ",|(·•"))
    if cut < 0:
        return None
    names, place = bare[:cut].strip(), _PLACE_WORD.sub("", bare[cut + 1 :].strip())
    if _PICTURE_CREDIT.search(place):
        return None  # "Ana Ruiz (Photo)": who took the picture
    if place.isupper() or "," in names or not _is_place_line(place):
        return None  # "Ian Peters, BCC": an organisation; "Ryan Tesink, Saint John (St. Louis)"
    return names if _names_only(names) is not None else None


def _names_of_outlet_line(text: str) -> str | None:
    """The names of a line of names, then a comma, a separator or "for" and the outlet they
    write for ("Ana Ruiz, Northfield News", "Ana Ruiz | EFE", "Anna Schmidt (dpa)", "Ana Ruiz
    for The Guardian", "Anna Schmidt für den Tagesspiegel"), or "with" and the agency they
    wrote with ("Marie Dubois avec AFP", "Anna Schmidt mit dpa"), else ``None``."""
    bare = text[:-1] if text.endswith(")") else text
    cut = max(map(bare.rfind, ",|(·•"))
    agencies_only = False
    if cut < 0:
        found = _FOR_OUTLET.search(bare) if " " in bare else None
        if found is None and " " in bare:
            found = _WITH_AGENCY.search(bare)  # "Marie Dubois avec AFP": an agency only
            agencies_only = found is not None
        if found is None:
            return None
        names, outlet = bare[: found.start()].strip(), bare[found.end() :].strip()
        outlet = _OUTLET_ARTICLE.sub("", outlet)  # "für den Tagesspiegel", "pour le Monde"
    else:
        names, outlet = bare[:cut].strip(), bare[cut + 1 :].strip()
    kinds = ("agency",) if agencies_only else ("outlet", "agency")
    if classify(outlet) in kinds and _names_only(names) is not None:
        return names
    return None


def _continued(
    lines: Sequence[str], index: int, line: str
) -> tuple[Byline, tuple[int, ...]] | None:
    """A by-line broken after a joiner, the names going on below: "By Ana Ruiz and" /
    "Tom Field"."""
    last = line.rsplit(None, 1)[-1].casefold()
    if last not in _JOINERS and not line.endswith(","):
        return None
    j = _next_content(lines, index)
    if j is None:
        return None
    following = _content(lines[j])
    if _names_only(following) is None:
        return None
    record = parse_byline(f"{line} {following}")
    if record is None or len(record.authors) < 2:
        return None
    return _with_text(record, f"{lines[index].strip()}\n{lines[j].strip()}"), (index, j)


def names_below(lines: Sequence[str], index: int) -> tuple[Byline, tuple[int, ...]] | None:
    """The byline of the by-line ``index`` whose names go on below, each line started by a
    joiner or after a comma ("By Ana Ruiz" / "and Tom Field", "Von Anna Schmidt," / "Peter
    Müller" / "und Tom Berg"), and the lines below it that it spans; ``None`` if no names
    line follows it so."""
    text = _content(lines[index])
    spanned: list[int] = []
    roles: list[int] = []  # a role line under a name ("By Ana Ruiz" / "Politics Reporter")
    named = 0
    j: int | None = index
    while named < MAX_JOINED - 1 and j is not None:
        j = _next_content(lines, j)
        if j is None:
            break
        following = _content(lines[j])
        if len(roles) < 1 and _is_role_line(following):
            roles.append(j)
            continue
        first, _, rest = following.partition(" ")
        joined = first.casefold() in _JOINERS and first not in (",", "/")
        if joined and not rest:  # "By Ana Ruiz" / "and" / "Tom Field"
            after = _next_content(lines, j)
            rest = "" if after is None else _content(lines[after])
            roles, j = [*roles, j], j if after is None else after
            following = f"{first} {rest}"
        if not (joined or text.endswith(",")) or _names_only(rest if joined else following) is None:
            break
        text = f"{text} {following}"
        spanned += [*roles, j]
        roles, named = [], named + 1
        role = _next_content(lines, j)
        if role is not None and _is_role_line(_content(lines[role])):
            spanned.append(role)  # "and Tom Field" / "Washington Correspondent"
            j = role
    if not named:
        return None
    record = parse_byline(text)
    if record is None or len(record.authors) < 2:
        return None
    shown = "\n".join(lines[i].strip() for i in (index, *spanned))
    return _with_text(record, shown), tuple(spanned)


def _after_date(lines: Sequence[str], index: int) -> tuple[Byline, tuple[int, ...]] | None:
    """A names line right below the date line ``index`` ("* 19. Oktober 2019" / "* Ana Ruiz",
    "28. November 2022" / "- Nadja Podbregar")."""
    j = _next_content(lines, index)
    if j is not None and not _content(lines[j]).strip(_EDGE):
        j = _next_content(lines, j)  # a lone "," or "|" between them
    if j is None:
        return None
    text = _content(lines[j])
    if text.startswith("- "):  # trafilatura's list dash: one item, not a list of them
        following = _next_content(lines, j)
        if following is not None and _content(lines[following]).startswith("- "):
            return None
        text = text[2:]
    if not may_name(text) or _names_only(text) is None:
        return None
    record = parse_byline(text)
    if record is None or not record.authors:
        return None
    return _with_text(record, lines[j].strip()), (j,)


def _names_only(text: str, *, most: int = 3) -> list[str] | None:
    """The names of a line that is nothing but one to four people's names, else ``None``.

    Each name has at most ``most`` words besides particles and initials ("Juan Carlos
    Muñoz C.") and starts with a known given name or initials; a suffix or degree after a name
    ("Ana Ruiz Jr.", "Ana Ruiz, MD", "Tom Field, Ph.D.") is no name of its own.
    """
    if len(text) > MAX_NAME_LINE:
        return None
    if _SENTENCE.search(text) and not _INITIAL_END.search(text):
        if not text.endswith(_DOTTED_DEGREES):
            return None  # most sentences end here, at one C-level test
        text = _DEGREE.sub("", text)  # "Ana Ruiz Jr.", "Tom Field, Ph.D."
    if any(
        (word[0].islower() and word not in _LOWER_IN_NAMES) or word.casefold() in _TITLE_WORDS
        for word in text.split()
    ):
        return None  # a cheap test first: "Die Regierung hat beschlossen" has "hat"
    text = _DEGREE.sub("", text)  # "Ana Ruiz, MD": few lines get here
    parts = split_people(text)
    if not 1 <= len(parts) <= 4 or any(name_words(p) > most for p in parts):
        return None  # "Queen Bia Headlines Big Belasco Show" is a headline
    names = []
    for part in parts:
        name = person_name(part)
        if name is None or not (_has_given_name(name) or _family_first(part)):
            return None  # "Vorheriger Beitrag", "Queen Bia Headlines Big Belasco Show"
        names.append(name)
    if any(classify(p) != "person" for p in parts):
        return None
    return names


def _family_first(part: str) -> bool:
    """Whether ``part`` is a family name in capitals, then a given name ("RUIZ Ana", "KOVÁCS
    Anna", "SUZUKI Taro"), as French, Hungarian and East Asian pages print names."""
    family, _, given = part.strip().partition(" ")
    return (
        len(family) > 1
        and family.isupper()
        and family.replace("-", "").isalpha()
        and family.casefold() not in _PLACE_PREFIXES  # "SANTA Maria", "SAINT Louis"
        and given[:1].isupper()
        and not given.isupper()
        and name_words(part) <= 3
        and starts_with_given_name(given)
    )


def _family_first_dated(
    lines: Sequence[str], index: int, text: str
) -> tuple[Byline, tuple[int, ...]] | None:
    """ "Kovács Anna" / "2025. január 5. 18:42": names with the family name first, as
    Hungarian pages print them, above a date line that starts with its year and a month in
    words (the language's own order); each name two or three capitalised words, the last a
    known given name."""
    j = _next_content(lines, index)
    following = "" if j is None else _content(lines[j])
    if not _YEAR_FIRST_DATE.match(following) or not _is_date_line(following):
        return None
    parts = split_people(text)
    if not 1 <= len(parts) <= MAX_JOINED:
        return None
    for part in parts:
        words = part.split()
        if (
            not 2 <= len(words) <= 3
            or not all(w[:1].isupper() and not w.isupper() for w in words)
            or not starts_with_given_name(words[-1])
            or classify(part) != "person"
        ):
            return None
    record = Byline(text="", authors=tuple(Author(" ".join(p.split())) for p in parts))
    return _with_text(record, lines[index].strip()), (index,)


def _has_given_name(name: str) -> bool:
    """Whether ``name`` starts with a known given name or with initials ("J. I. da Silva"),
    not with a place's saint ("Santa Maria", "San José")."""
    first, _, rest = name.partition(" ")
    if first.casefold().rstrip(".") in _SAINTS:
        return False
    if starts_with_given_name(name):
        return True
    return (
        first.endswith(".")
        and bool(rest)
        and _INITIALS.fullmatch(first) is not None
        and name_words(name) == 1  # "J. I. da Silva", "R.C. Baker"; not "D.C. Now Home"
    )


def read_positioned(
    lines: Sequence[str], index: int, story: int | None = None
) -> tuple[Byline, tuple[int, ...]] | None:
    """The byline line ``index`` prints without a by-word, and the lines it spans.

    Only for a line in the byline position (the caller picks the few lines around the
    story's first paragraph ``story``): names with a date on the same line; names with a
    date line below (author widgets between) or right above; names with a role line below;
    names alone right above the first paragraph, below the headline.
    """
    text = _content(lines[index])
    if not text or len(text) > GATE.max_chars or not text[:1].isalnum():
        return None
    first = text.split(None, 1)[0].casefold().rstrip(":")
    if first in INTERVIEW_LABELS:
        interviewer = _interviewer(text)  # "Interview: Julia Lauter" under the standfirst
        if interviewer is None or _labels_near(lines, index, first):
            return None  # "Interview: Cory Booker" / … / "Interview: Larry Brilliant": teasers
        return _with_text(interviewer, text), (index,)
    if first in _AUTHOR_LABELS and text[len(first) : len(first) + 1] == " ":
        labelled = _label_without_colon(lines, index, text)  # "Autoren Ana Ruiz und Tom Field"
        if labelled is not None:
            return None if _labels_near(lines, index, first) else labelled
    user = _by_user_alone(text) if first in _OPENING_FIRST_WORDS else None
    if user is None and first in _BY_WORDS:
        user = _boxed_user(lines, text)  # "von Kathrin" … "Über Kathrin": the author's box
    if user is not None:  # "Veröffentlicht von jdoe", "Artikel von: Jessie" above the story
        return None if _in_list(lines, (index,)) else (_with_text(user, text), (index,))
    partnered = outlet_with_agency(text) if " " in text else None
    if partnered is not None:  # "Le Monde avec AFP" under the headline
        return None if _in_list(lines, (index,)) else (partnered, (index,))
    if not may_name(text):
        return None
    block = _positioned(lines, index, text, story)
    if block is None or _in_list(lines, block[1]):
        return None
    return block


def _positioned(
    lines: Sequence[str], index: int, text: str, story: int | None
) -> tuple[Byline, tuple[int, ...]] | None:
    if _DIGIT.search(text) or worded_relative(text):
        dated = _names_with_date(text, categories=True) or _after_date_label(text)
        if dated is not None:  # "1.11.23 20:19 von Ana Ruiz Lesezeit: 4 Min."
            return _with_text(dated, lines[index].strip()), (index,)
    text = _without_contact(text)  # "Ana Ruiz @aruiz" above its date line
    if _names_only(text) is None:
        reversed_names = _family_first_dated(lines, index, text)  # "Kovács Anna" / "2025. …"
        if reversed_names is not None:
            return reversed_names
        joined = _people_with_roles(lines, index)  # "Ana Ruiz, Staff Attorney" / "&" / …
        if joined is not None:
            return joined
        named = _names_of_line(text)  # "Ana Ruiz, dpa", "Lena Vogt, Berlin" above the story
        if named is not None and _above_story(lines, index, story, names=split_people(named)):
            return _names_block(lines, index, [])
        reporter = _reporter_line(text)  # "Ana Ruiz, Staff Writer" above the story
        if reporter is not None and _above_story(
            lines, index, story, names=[a.name for a in reporter.authors]
        ):
            return _with_text(reporter, lines[index].strip()), (index,)
        dashed = _separated(text, index) if " - " in text else None  # "Ana Ruiz - Reporter"
        if dashed is not None:
            return dashed
        return _with_role(lines, index, text) if len(text.split()) <= MAX_ROLE_WORDS else None
    below: list[int] = []
    for j in _near(lines, index):
        following = _content(lines[j])
        if _is_date_line(following) or _is_placed_date_line(following):
            return _names_block(lines, index, below)
        short = len(following) <= MAX_OUTLET_LINE
        if not (
            _is_role_line(following)
            or (j == _next_content(lines, index) and _bio_of_line_above(lines, j, following))
            or _is_widget(following)
            or _own_handle(lines, j, following)
            or (short and _is_outlet_line(following))  # "Ana Ruiz" / "Northfield News" / date
        ):
            date_line = _next_content(lines, j) if short else None
            if (
                date_line is not None
                and _is_date_line(_content(lines[date_line]))
                and _is_section_line(following)
            ):
                return _names_block(lines, index, below)  # "Will Knight" / "Business" / date
            placed = short and _is_place_line(following)  # "Ana Ruiz" / "Madrid" / story
            if placed and _above_story(lines, index, story, last=j):
                return _names_block(lines, index, below)
            break
        below.append(j)
    if any(_is_role_line(_content(lines[i])) or _is_author_widget(lines[i]) for i in below):
        return _names_block(lines, index, below)  # "Christoph Hein" / "Chefredakteur"
    above = _previous_content(lines, index)
    if above is not None and _is_date_line(_content(lines[above])):
        return _names_block(lines, index, [])
    if above is not None and _SECTION_BY.fullmatch(_content(lines[above])):
        block = _names_block(lines, index, [])  # "Disko Von" / "Ana Ruiz": a section, a by-word
        return None if block is None else (block[0], (above, *block[1]))
    if above is not None and _above_story(lines, index, story):
        return _names_block(lines, index, [])
    outlets = bool(below) and all(  # "Ana Ruiz" / "BBC News, Madrid", "@anaruiz" / story
        _is_outlet_line(_content(lines[i])) or HANDLE.fullmatch(_content(lines[i])) for i in below
    )
    if outlets and above is not None and _above_story(lines, index, story, last=below[-1]):
        return _names_block(lines, index, below)  # "Ana Ruiz" / "BBC News, Madrid" / story
    if _above_headline(lines, index, story):
        return _names_block(lines, index, [])
    return None


def _above_headline(lines: Sequence[str], index: int, story: int | None) -> bool:
    """Whether the names line ``index`` stands right above the headline, the story's first
    paragraph ``story`` right below that ("Ana Ruiz" / "Eleven trips for the autumn" /
    paragraph): every name two or three capitalised words, none of their words in the
    headline or the story's first paragraphs (a kicker naming the story's subject, "Olaf
    Scholz" / "Kanzler verteidigt den Haushalt", is no byline), and no other names line in
    the next :data:`PEOPLE_REACH` lines."""
    heading = _next_content(lines, index)
    if story is None or heading is None or _next_content(lines, heading) != story:
        return False
    if _menu_item(lines, index):
        return False  # "* In the News:" / "* Haiti" / "* Gaines Adams" / headline
    above = _previous_content(lines, index)
    if above is not None and _names_only(_content(lines[above])) is not None:
        return False  # "Our writers" / "Tom Field" / "Eva Lind" / headline: a list of people
    title = _content(lines[heading])
    if not 3 <= len(title.split()) <= MAX_HEADLINE_WORDS or title.endswith("."):
        return False
    if _DIGIT.search(title) and find_date(title) is not None:
        return False  # a dated line, not a headline
    names = split_people(_content(lines[index]))
    if not all(map(_plain_name, names)) or classify(title) != "other":
        return False
    said = set(_WORDS.findall(title))
    for k in range(story, min(len(lines), story + SUBJECT_REACH)):
        if len(lines[k]) >= STANDFIRST_CHARS:  # the story's paragraphs, not its widgets
            said.update(_WORDS.findall(lines[k]))
    if any(w in said or w.casefold() in said for n in names for w in n.split() if w[0].isupper()):
        return False
    for k in range(story + 1, min(len(lines), story + PEOPLE_REACH)):
        text = _content(lines[k])
        if text and len(text) <= MAX_NAME_LINE and _names_only(text) is not None:
            return False
    return True


def _menu_item(lines: Sequence[str], index: int) -> bool:
    """Whether line ``index`` is a list item right below another one (a menu's, a list's)."""
    above = _previous_content(lines, index)
    mark = lines[index].lstrip()[:1]
    return mark in "*•+-" and above is not None and lines[above].lstrip()[:1] == mark


def _above_story(
    lines: Sequence[str],
    index: int,
    story: int | None,
    *,
    last: int | None = None,
    names: list[str] | None = None,
) -> bool:
    """Whether the names line ``index`` stands alone between the headline and the story's
    first paragraph ``story`` (or between that paragraph, a standfirst, and a long line),
    or with its outlet or place lines down to ``last`` ("Ana Ruiz" / "BBC News, Madrid"):
    every name (the line's, or ``names`` when it names an outlet too) two or three
    capitalised words (or shouted: "ANA RUIZ"), the line above a
    heading of words (four or more with outlet or place lines or ``names``: not a menu's), neither about them ("Amanda Knox" / "Ich habe den Fall Amanda Knox …"
    names the story's subject; "General Information" / "… the general rules …" are words),
    and no other line of names in the next :data:`PEOPLE_REACH` lines (a list of people,
    each name heading its paragraph)."""
    above = _previous_content(lines, index)
    below = _next_content(lines, index if last is None else last)
    pictured: int | None = None
    if below is not None and below != story and _is_picture_line(_content(lines[below])):
        below, pictured = _next_content(lines, below), below  # "Foto: Anna Jay." / the story
    if story is None or above is None or below is None:
        return False
    if below != story and not (above == story and len(lines[below]) >= STANDFIRST_CHARS):
        return False  # right above the first paragraph, or between the standfirst and the text
    prior = _previous_content(lines, above) if below != story else None
    if prior is not None and _people_line(_content(lines[prior])):
        return False  # "Anna Schmidt" / paragraph / "Jonas Weber" / paragraph: a list of people
    content, given = _content(lines[index]), names
    if names is None:  # "ANA RUIZ and TOM FIELD": the names as written when not shouted
        names = (_names_only(content) or []) if _shouted(content) else split_people(content)
    if not names or not all(map(_plain_name, names)):
        return False
    heading = _content(lines[above])
    if len(heading.split()) < (3 if last is None and given is None else 4):
        return False  # "AP" / "Ana Ruiz" above a paragraph is a photo's caption; a menu's
    captioned = above != story and _SENTENCE.search(heading) is not None
    if given is not None and captioned and _FOR_OUTLET.search(content):
        return False  # a caption, then its credit "Ana Ruiz for The New York Times"
    if classify(heading) != "other":  # "Style & Culture" / "Sunday Opinion" / "Technology"
        return False
    # "Angela Merkel" / (her picture's credit) / "… Merkel sagte …": the story's subject,
    # with or without the credit line (a second cleaning no longer sees it)
    story_words = " ".join((heading, *_paragraphs(lines, below)))
    said = {w.casefold() for w in _WORDS.findall(story_words)}
    if pictured is not None:  # "Angela Merkel" / "Foto: dpa": who the picture shows
        caption = "" if _PICTURE_LINE.match(_content(lines[pictured])) else lines[pictured]
        said.update(w.casefold() for w in _WORDS.findall(_CAPTION_CREDIT.sub("", caption)))
    if any(w.casefold() in said for n in names for w in n.split() if w[0].isupper()):
        return False  # "Hamilton wins" / "Lewis Hamilton": the subject; "General Information"
    for k in range(below + 1, min(len(lines), below + PEOPLE_REACH)):
        text = _content(lines[k])
        if text and len(text) <= MAX_NAME_LINE and _people_line(text):
            return False  # "Ana Ruiz, Madrid" / quote / "Tom Field, Leeds" / quote: vox pops
    return True


def _is_picture_line(text: str) -> bool:
    """A picture's credit alone on its line ("Foto: Anna Jay.", "Photo: Tom Field/Reuters",
    "© dpa", "Bild: Getty Images"), or a caption ending with one ("The square in the city
    centre. (Photo: Tom Field)")."""
    if len(text) <= MAX_NAME_LINE and _PICTURE_LINE.match(text) is not None:
        return True
    return len(text) <= MAX_CAPTION and _CAPTION_CREDIT.search(text) is not None


def _paragraphs(lines: Sequence[str], story: int) -> Iterator[str]:
    """The story's paragraphs in the :data:`SUBJECT_REACH` lines from ``story`` on (not its
    widgets)."""
    return (line for line in lines[story : story + SUBJECT_REACH] if len(line) >= STANDFIRST_CHARS)


def _shouted(text: str) -> bool:
    """Whether ``text`` is in capitals but for its joiners ("ANA RUIZ and TOM FIELD")."""
    return " ".join(w for w in text.split() if w.casefold() not in _JOINERS).isupper()


def _people_line(text: str) -> bool:
    """Whether ``text`` is names, alone or with an outlet or a place ("Tom Field, Leeds")."""
    return _names_only(text) is not None or (
        ("," in text or "(" in text or "|" in text) and _names_of_line(text) is not None
    )


def _labels_near(lines: Sequence[str], index: int, label: str) -> bool:
    """Whether another line within :data:`LIST_REACH` lines of ``index`` starts with ``label``."""
    near = (*range(max(0, index - LIST_REACH), index), *range(index + 1, index + LIST_REACH))
    return any(
        i < len(lines) and _content(lines[i])[: len(label)].casefold() == label for i in near
    )


def _label_without_colon(
    lines: Sequence[str], index: int, text: str
) -> tuple[Byline, tuple[int, ...]] | None:
    """ "Autoren Ana Ruiz und Tom Field", "Auteurs Marie Dubois et Paul Martin": a plural
    author label without its colon and two or more people's names, nothing else; one name
    after a singular label ("Autorin Ana Ruiz") only with a date line below it (alone, it
    may head a piece about that author)."""
    label, _, names = text.partition(" ")
    found = _names_only(names.strip())
    if found is None:
        return None
    if len(found) < 2 or label.casefold() not in _PLURAL_LABELS:
        below = _next_content(lines, index)
        if below is None or not _is_date_line(_content(lines[below])):
            return None
    record = parse_byline(names.strip())
    if record is None or not record.authors:
        return None
    return _with_text(record, lines[index].strip()), (index,)


def _interviewer(text: str) -> Byline | None:
    """ "Interview: Ana Ruiz", "Entrevista: Ana Ruiz und Tom Field": an interview label, its
    colon and people's names, nothing else (after a name, "Frater Franziskus, Rogate-Kloster"
    is the person interviewed and the place they speak for)."""
    label, colon, names = text.partition(":")
    if not colon or " " in label.strip() or _names_only(names.strip()) is None:
        return None
    record = parse_byline(names.strip())
    return record if record is not None and record.authors else None


def _by_user_alone(text: str) -> Byline | None:
    """ "Veröffentlicht von HansG", "Artikel von: Jessie", "Posted by jdoe_42": an opening
    longer than a by-word, or a label, and one user name, nothing else (only read in the
    byline position; a by-word and one word alone, "von jdoe", "By Grace", need a date). The
    name must look like a user name: a given name, a digit, an underscore or an inner
    capital, or a lower-case word of five letters or more (not "by far")."""
    found = _LABELLED_USER.fullmatch(text)
    if found is None or found["rest"].strip(_EDGE):
        return None
    label = next(filter(None, found.group(1, 2, 3)), "")
    if label.casefold() in _BY_WORDS:
        return None
    user = found["user"]
    if user.endswith(".") or not _is_user(user) or not _handle_like(user):
        return None
    if user.islower() and user.isalpha() and len(user) < 5:
        return None
    return Byline(text=text, authors=(Author(user),))


def _boxed_dated_name(lines: Sequence[str], line: str) -> Byline | None:
    """ "Tine 2. Februar 2020 2. Februar 2020Radtouren Berlin": a blog's meta line that opens
    with one given name and the date, too little alone, read when the page's author box names
    the same person ("Alle Posts vom Autor Tine")."""
    name, _, rest = line.strip().partition(" ")
    if not _given_name_alone(name):
        return None
    date = find_date(rest[:40])
    if date is None or date.start > 0 or _SENTENCE.search(line):
        return None
    return Byline(text=line.strip(), authors=(Author(name),)) if boxes(lines, name) else None


def _boxed_user(lines: Sequence[str], text: str) -> Byline | None:
    """ "von Kathrin" above the story: a by-word and one given name, which alone is too
    little ("By Grace"), read when the page's author box names the same person ("Über
    Kathrin", "About Kathrin", "Mehr von Kathrin")."""
    found = _BY_USER.fullmatch(text)
    if found is None or found["rest"].strip():
        return None
    user = found["user"]
    if not _given_name_alone(user):
        return None
    return Byline(text=text, authors=(Author(user),)) if boxes(lines, user) else None


def _given_name_alone(word: str) -> bool:
    """Whether ``word`` is one capitalised known given name and no city's name ("Von Berlin" …
    "Über Berlin" is a travel blog's place)."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word.casefold() in given_names()
        and not is_city(word)
    )


def _plain_name(name: str) -> bool:
    """ "Ana Ruiz", "Mary Clare Jalonick": two or three words, each capitalised, none shouted
    or with an inner capital (not "CHIP Fazit", "BestCrypt") but after a surname's prefix
    ("O'Neill", "McDonald", "DeSantis"), no initial, a middle word a given name."""
    words = [w for w in name.split() if w not in _LOWER_IN_NAMES]  # "Pieter de Vries"
    return (
        2 <= len(words) <= 3
        and words[0].casefold() not in GIVEN_FUNCTION_WORDS  # "Per Natale" may be "for Christmas"
        and all(_NAME_CASED.fullmatch(w) or (w[:1].isupper() and "-" in w) for w in words)
        and _middle_named(" ".join(words))
    )


def _people_with_roles(lines: Sequence[str], index: int) -> tuple[Byline, tuple[int, ...]] | None:
    """ "Sarah Hinger, Staff Attorney, ACLU" / "&" / "Ana Ruiz, Senior Fellow": lines of a
    name and its role (an organisation may follow), joined by lines of "&", "and", "und" …
    Two people with their roles are the evidence one name line lacks; up to four lines of a
    name and a newsroom's role may follow each other with no joiner, not more (a staff box)."""
    if _in_role_run(lines, index):
        return None  # inside a run of "Name, Role" lines: read from its first line
    names: list[str] = []
    spanned: list[int] = []
    j: int | None = index
    while j is not None and len(spanned) < 2 * MAX_JOINED:
        name = _name_of_role_line(_content(lines[j]))
        if name is None:
            break
        names.append(name)
        spanned.append(j)
        joiner = _next_content(lines, j)
        if joiner is None:
            break
        joined = _content(lines[joiner])
        word, _, rest = joined.partition(" ")
        if rest and word.casefold() in _JOINERS - {",", "/"}:
            name = _name_of_role_line(rest, joined=True)  # "& Sylvia Torres-Guillén, Director …"
            if name is not None:
                names.append(name)
                spanned.append(joiner)
            break
        if _newsroom_role(_content(lines[j])) and _newsroom_role(joined):
            j = joiner  # "Ana Ruiz, Senior Reporter" / "Tom Field, Staff Writer": no joiner
            continue
        if joined.casefold() not in _JOINERS - {",", "/"}:
            break
        j = _next_content(lines, joiner)
        if j is not None and _name_of_role_line(_content(lines[j])) is not None:
            spanned.append(joiner)
    if not 2 <= len(names) <= MAX_JOINED:
        return None  # more is a list of people: a staff box, a panel
    record = Byline(text="", authors=tuple(Author(name) for name in names))
    return _with_text(record, "\n".join(lines[i].strip() for i in spanned)), tuple(spanned)


def _in_role_run(lines: Sequence[str], index: int) -> bool:
    """Whether the line with text above line ``index`` is a name and a newsroom's role."""
    above = _previous_content(lines, index)
    text = "" if above is None else _content(lines[above])
    return _newsroom_role(text) and _name_of_role_line(text) is not None


def _newsroom_role(text: str) -> bool:
    """Whether the role after the name of a "Name, Role" line is a newsroom's ("Ana Ruiz,
    Senior Reporter", "Anna Schmidt, Redakteurin"; not "Jane Doe, Chief Executive")."""
    _, comma, role = text.partition(",")
    return bool(comma) and _NEWSROOM_ROLE.search(role) is not None


def _fold(text: str) -> set[str]:
    return set(text.casefold().split())


def _reporter_line(text: str) -> Byline | None:
    """The byline of a line that is one person's name, a comma and a newsroom's role ("Ana
    Ruiz, Staff Writer", "Marie Dubois, envoyée spéciale à Kyiv", "Anna Schmidt,
    Redakteurin"), or the role right after the name ("Ana García Periodista"); not "Jane
    Doe, Chief Executive", a person a story is about."""
    name = _name_of_role_line(text) if _newsroom_role(text) else None
    if name is None and "," not in text:
        name = _name_before_role(text)  # "Ana García Periodista", "Ana Ruiz Senior Reporter"
    record = parse_byline(text) if name is not None else None
    if record is None or [a.name for a in record.authors] != [name]:
        return None
    return record


def _name_before_role(text: str) -> str | None:
    """The name of a line that is two or three name words, then a newsroom's role and
    nothing else ("Ana García Periodista", "Ana Ruiz Senior Reporter"; not "Angela Merkel
    Bundeskanzlerin")."""
    words = text.split()
    for size in (2, 3, 4):  # "Jan de Vries Verslaggever": a particle counts as no name word
        role = " ".join(words[size:])
        if (
            1 <= len(words) - size <= 2  # "Senior Reporter"; not "Senior Reporter Wins Award"
            and role[:1].isupper()
            and _NEWSROOM_ROLE.search(role) is not None
            and _is_role_line(role)
        ):
            found = _names_only(" ".join(words[:size]))
            if found is not None and len(found) == 1:
                return found[0]
    return None


def _name_of_role_line(text: str, *, joined: bool = False) -> str | None:
    """The name of a "Name, Role[, Organisation]" line ("Ana Ruiz, Senior Fellow"); of a
    line joined to one by "&", any capitalised title will do ("Director of Education")."""
    if not text or len(text) > MAX_NAME_LINE + 20 * joined or _SENTENCE.search(text):
        return None
    parts = [part.strip() for part in text.split(",")]
    if not 2 <= len(parts) <= 3:
        return None
    if not (is_role(parts[1]) or _AUTHOR_JOBS & _fold(parts[1])) and not (
        joined and parts[1][:1].isupper() and len(parts[1].split()) <= MAX_SENTENCE_ROLE
    ):
        return None
    found = _names_only(parts[0], most=3)
    return found[0] if found is not None and len(found) == 1 else None


def _with_role(
    lines: Sequence[str], index: int, text: str
) -> tuple[Byline, tuple[int, ...]] | None:
    """ "Richard Adams Education editor", "Ana Ruiz, Senior Reporter" above a date line."""
    j = _next_content(lines, index)
    if j is None or not _is_date_line(_content(lines[j])):
        return None
    if not _is_credit_piece(text) or not any(
        classify(p) in ("role", "agency") for p in split_people(text)
    ):
        return None  # "Paul McCartney Makes New Beatles Record" has an outlet word, no role
    record = parse_byline(text)
    if record is None or not record.authors or not all(_names_only(a.name) for a in record.authors):
        return None
    return _with_text(record, lines[index].strip()), (index,)


def _is_author_widget(line: str) -> bool:
    return _content(line).casefold().strip(_EDGE + ".") in _AUTHOR_WIDGETS


def may_name(text: str) -> bool:
    """A cheap first test for a line in the byline position: one of its capitalised words is a
    given name ("Ana", "ANA"), or it has an initial ("J. Smith"). Two C-level calls for most lines."""
    capitalised = _CAPITALISED.findall(text)
    if capitalised and not given_names().isdisjoint("\0".join(capitalised).casefold().split("\0")):
        return True
    if not text.isascii() and any(
        starts_with_given_name(w) for w in capitalised if not w.isascii()
    ):
        return True  # "Nuño": a name the list spells without its accent
    shouted = _SHOUTED.findall(text)
    if shouted and not given_names().isdisjoint(word.casefold() for word in shouted):
        return True  # "JOSH BOAK"
    return _INITIAL_WORD.search(text) is not None


def _in_list(lines: Sequence[str], spanned: tuple[int, ...]) -> bool:
    """Whether the lines around a block hold another dated name or two more dates: a teaser
    list ("Recent posts": "October 30, 2020 Kate May" / "October 28, 2020 Kate May" …)."""
    first, last = spanned[0], spanned[-1]
    dates = 0
    for i in (*range(max(0, first - LIST_REACH), first), *range(last + 2, last + 2 + LIST_REACH)):
        text = _content(lines[i]) if i < len(lines) else ""
        if not text or len(text.split()) > MAX_ENTRY_WORDS:
            continue  # a paragraph: no list's entry nor its date line
        if not (any(map(str.isdigit, text)) or _worded_entry(text)):
            continue
        if (
            _names_with_date(text, categories=True) is not None
            or _dated_user(text) is not None
            or (_DATE_PIECE.search(text) is not None and _separated(text, i) is not None)
            or _labelled_stamp(text)
        ):
            return True  # "03.11.2022 - Mark Turner - Arena": an event list; a comment thread's
            # "Posted by: Ana Ruiz | October 3, 2012 at 1:12 AM"
        if last < i <= last + OWN_META and _is_reading(text):
            continue  # "Ana Ruiz" / "Follow" / "5 min read" / "Jan 5, 2025": the byline's own
        dated = _is_date_line(text)
        if dated and _name_above(lines, i, first, last):
            return True  # "Tom Field" / "March 4, 2024" again: another teaser's writer and date
        dates += dated or _dated_entry(text)
    return dates >= 2


def _name_above(lines: Sequence[str], index: int, first: int, last: int) -> bool:
    """Whether the line with text above line ``index``, outside lines ``first`` to ``last``,
    is a line of names."""
    above = _previous_content(lines, index)
    if above is None or first <= above <= last:
        return False
    return _names_only(_content(lines[above])) is not None


def _worded_entry(text: str) -> bool:
    """A short line with a relative time in words: a list's entry ("Ana Ruiz vor einer
    Stunde") or its date line ("an hour ago")."""
    return len(text) <= MAX_NAME_LINE and worded_relative(text) is not None


def _dated_entry(text: str) -> bool:
    """A short line that starts with a date and goes on with words: a list's entry
    ("28. Oktober 2023 Jonas Weber Sport", "May 3, 2021 Council delays vote")."""
    if len(text) > MAX_NAME_LINE or not text[:1].isalnum():
        return False
    date = find_date(text)
    return date is not None and date.start == 0 and bool(text[date.end :].strip(_EDGE))


def in_comments(lines: Sequence[str], spanned: Sequence[int]) -> bool:
    """Whether a short line within :data:`LIST_REACH` lines of a block is a comment's widget or
    a comment count ("Reply", "Antworten", "4 Comments. Leave new"): a block far below the
    story's start is then a reader's comment header."""
    first, last = spanned[0], spanned[-1]
    for i in range(max(0, first - LIST_REACH), min(len(lines), last + LIST_REACH)):
        text = _content(lines[i])
        if text and len(text) <= MAX_NAME_LINE and (REPLY.search(text) or _COMMENTS.search(text)):
            return True
    return False


def replied(lines: Sequence[str], last: int) -> bool:
    """Whether one of the three lines with text below line ``last`` is a comment's reply
    widget alone ("Reply", "Antworten", "Répondre"): a name and date above it head a
    reader's comment ("Ana Ruiz • 2 hours ago" / "Great piece." / "Reply")."""
    j: int | None = last
    for _ in range(REPLY_REACH):
        j = _next_content(lines, j) if j is not None else None
        if j is None:
            return False
        text = _content(lines[j])
        if len(text) <= MAX_WIDGET and REPLY.fullmatch(text.strip(_EDGE + ".")):
            return True
    return False


def _labelled_stamp(text: str) -> bool:
    """ "Posted by: Ana Ruiz | October 3, 2012 at 1:12 AM": a by-word or label first (after a
    stamp word), and a date; a short line, not a sentence."""
    return (
        len(text) <= GATE.max_chars
        and not _SENTENCE.search(text)
        and _LABELLED.match(_STAMP_START.sub("", text)) is not None
        and find_date(text) is not None
    )


def _names_with_date(text: str, *, categories: bool = False) -> Byline | None:
    """ "Georg Quaas, 21. Jan. 2015", "1. Februar 2022 Luis Holuch 6" → a byline.

    The line is one to four people's names and a date, with nothing else but times,
    weekdays, stamp labels and a count. Names after the date may have two words only:
    there, categories often follow the name. With ``categories`` (a line in the byline
    position), a post's categories may follow the date or one two-word name after it, as
    blog themes print their meta line ("30. Oktober 2023 Ann Lee Kultur", "Ann Lee –
    14.09.2022 – Kolumne, Allgemein").
    """
    line = _GLUED_DATE.sub(" ", without_comments(text)[0])
    date = find_date(line)
    span = (date.start, date.end) if date is not None else counted_relative(line)
    if span is None:
        return None
    head, tail = line[: span[0]], line[span[1] :]
    second = find_date(tail)
    if second is not None and second.start <= 1:
        tail = tail[second.end :]  # "2. Mai 20202. Mai 2020 Ana Ruiz": published, updated
    if _only_filler(tail) or (categories and _is_category_tail(tail)):
        names, most = head, 3
    elif _only_filler(head) or (categories and _is_outlet(head)):
        names, most = _COUNT.sub("", tail.strip(_EDGE)), 2  # "The Guardian 02/10/2020 Ana Ruiz"
    else:
        return None
    words = _BY_WORD.sub("", names.strip(_EDGE)).split()
    while words and _is_filler(words[-1]):
        words.pop()  # "Sara Zinnecker Stand:"
    names = " ".join(words).strip(_EDGE)
    if most == 3 and head.rstrip()[-1:] in ("-", "–", "—"):
        names = without_filing_city(names)  # "Ana García Madrid - 05 ENE 2025"
    found = _names_only(names, most=most)
    if found is None and most == 3:
        found = _names_with_roles(names)  # "Ana Ruiz, Senior Reporter | January 5, 2025"
    if found is None and categories and most == 2:
        names = _name_before_categories(words) or ""
        found = _names_only(names, most=2) if names else None
    elif found is None and categories:
        found = _names_and_places(names)
    if found is None or not all(
        _middle_named(name) or (categories and _two_surnames(name)) for name in found
    ):
        return None  # "Paris Acts Up 3. Mai 2021"; in the byline position "Ana García López"
    record = parse_byline(names)
    return record if record is not None and record.authors else None


def _names_with_roles(text: str) -> list[str] | None:
    """The names of "Ana Ruiz, Senior Reporter" or "Ana Ruiz, Reporter, and Tom Field,
    Editor": people's names, each possibly followed by their role, nothing else."""
    if "," not in text or not is_role(text):
        return None  # a cheap test first: a role needs a role word
    names: list[str] = []
    for part in split_people(text):
        if _is_role_line(part):
            if not names:
                return None
            continue
        found = _names_only(part)
        if found is None:
            return None
        names.extend(found)
    return names or None


def _is_outlet(text: str) -> bool:
    """Whether ``text`` is an outlet's name and nothing else ("The Guardian", "Reuters")."""
    bare = text.strip(_EDGE)
    return 0 < len(bare) <= 40 and classify(bare) in ("outlet", "agency")


def _is_outlet_line(text: str) -> bool:
    """An outlet's name alone, or followed by the place its writer files from ("BBC News,
    Madrid", "Reuters, Berlin"); not a picture's credit ("Foto: dpa")."""
    if _is_picture_line(text):
        return False
    if _is_outlet(text) or _FROM_OUTLET.fullmatch(text) is not None:
        return True  # "Do UOL, em São Paulo", "Da Redação": Portuguese "from" an outlet
    outlet, comma, place = text.partition(", ")
    return (
        bool(comma)
        and _is_outlet(outlet)
        and _is_section(place)
        and place[:1].isupper()
        and classify(place) in ("place", "other")
    )


def _names_and_places(text: str) -> list[str] | None:
    """The names of a list of people, each possibly followed by the one-word place they
    write from: "Ana Ruiz, London, Tom Field" (the place is not read as a name)."""
    parts = split_people(text)
    names: list[str] = []
    for number, part in enumerate(parts):
        found = _names_only(part)
        if found is not None:
            names.extend(found)
        elif number == 0 or " " in part or not part[:1].isupper() or classify(part) != "other":
            return None
    return names if 0 < len(names) < len(parts) else None


def _is_category_tail(tail: str) -> bool:
    """Whether the text after a byline's date is a post's categories ("– Kolumne, Allgemein"):
    after a separator, capitalised, not a sentence nor a name."""
    bare = _COUNT.sub("", tail.strip()).strip()
    if not bare or bare[0] not in "–—-|·•/" or _DIGIT.search(bare):
        return False
    rest = bare.lstrip(_EDGE)
    return rest[:1].isupper() and _is_category(rest) and _names_only(rest) is None


def _name_before_categories(words: list[str]) -> str | None:
    """The two-word name heading ``words`` when only a post's categories follow it
    ("Ann Lee Kultur", "Ann Lee Netzwerk, Windows"); not when the third word may go on the
    name ("Mary Clare Jalonick Politik": a given name in the middle and no comma after the
    third word) or the rest is lower case or a sentence."""
    if len(words) < 3:
        return None
    name, rest = " ".join(words[:2]), " ".join(words[2:])
    if name.endswith(",") or not (_plain_name(name) and _has_given_name(name)):
        return None
    if not rest[:1].isupper() or not _is_category(rest):
        return None
    if not words[2].endswith(",") and _middle_named(" ".join(words[:3])):
        return None
    return name


def _middle_named(name: str) -> bool:
    """Whether a three-word name has a given name, an initial or a particle in the middle
    ("Mary Clare Jalonick", "Thomas H. Maugh", "Tom Van Riper"; not "Paris Acts Up")."""
    words = name.split()
    if len(words) != 3:
        return True
    middle = words[1]
    return (
        middle.casefold() in _LOWER_IN_NAMES
        or _INITIALS.fullmatch(middle) is not None
        or middle.casefold() in given_names()
    )


def _two_surnames(name: str) -> bool:
    """Whether a three-word name is a given name and two surnames, each capitalised ("Camila
    Méndez Torres", "Shana Nys Dambrot", "Ana Lange-Fricke Ruiz"), as a dated line in the
    byline position prints it; not a shouted or lower-case word, nor a title-case heading's
    small word ("Paris Acts Up")."""
    words = name.split()
    return len(words) == 3 and all(
        w[:1].isupper() and (w[1:].islower() or "-" in w) and w.replace("-", "").isalpha()
        for w in words[1:]
    )


def _is_date_line(text: str) -> bool:
    """A line that is a date and nothing else but times, weekdays and labels, or a stamp
    line ("Publiziert vor einer Stunde")."""
    if len(text) > MAX_NAME_LINE:
        return False
    if _DIGIT.search(text) is None:  # "vor einer Stunde": a relative time in words
        return worded_relative(text) is not None and is_stamp_line(text)
    if is_stamp_line(text) or day_and_time(text):  # "Gestern, 18:42 Uhr": a day word's time
        return True
    date = find_date(text)
    if date is None or not _only_filler(text[: date.start]):
        return False
    tail = text[date.end :]
    return _only_filler(tail) or (tail.lstrip()[:1] in "|·•–—-" and _is_reading(tail.strip(_EDGE)))


def _is_reading(text: str) -> bool:
    """A reading time and nothing else ("4 min read", "Lesedauer: 4 Min.")."""
    stamps, whole = read_stamp_line(text)
    return whole and all(isinstance(stamp, ReadingTime) for stamp in stamps)


def _is_placed_date_line(text: str) -> bool:
    """A date line that starts with the place the story was written in ("Madrid - 05 ene 2025
    - 18:42 CET", "Berlin, 05.01.2025"): one to three capitalised words, a separator, then a
    date line."""
    date = find_date(text) if len(text) <= MAX_NAME_LINE else None
    if date is None or not _only_filler(text[date.end :]):
        return False
    place, separator = text[: date.start].rstrip(), text[: date.start].rstrip()[-1:]
    words = place[:-1].split()
    return (
        separator in ",-–—|·•"
        and 1 <= len(words) <= 3
        and all(w[:1].isupper() and w.isalpha() for w in words)
    )


def _only_filler(text: str) -> bool:
    return all(_is_filler(word) for word in text.split())


def _is_filler(word: str) -> bool:
    folded = word.casefold().strip(_EDGE + ".()")
    return not folded or folded in _DATE_FILLER or _DATE_REST.fullmatch(folded) is not None


def _own_handle(lines: Sequence[str], index: int, text: str) -> bool:
    """Whether ``text`` (line ``index``) is the user name of the name on the line with text
    above it, its letters run together, accents dropped ("Edilson La Rosa" / "edilsonlarosa",
    "João Silva" / "joaosilva")."""
    if " " in text or not text.isalnum() or not text.islower():
        return False  # most lines: one C-level test each
    above = _previous_content(lines, index)
    name = "" if above is None else _content(lines[above])
    letters = unicodedata.normalize("NFKD", name.casefold())  # "João" as "joao"
    return "".join(c for c in letters if c.isalnum()) == text


def _is_widget(text: str) -> bool:
    """ "+ FOLLOW", "Twitter", an e-mail address or a handle: an author widget's line."""
    folded = text.casefold().strip(_EDGE + ".")
    return (
        not folded
        or folded in _WIDGETS
        or HANDLE.fullmatch(text) is not None
        or EMAIL.fullmatch(text) is not None
    )


def _is_role_line(text: str) -> bool:
    """ "Senior Reporter", "Chefredakteur", "Mitglied der Politik-Redaktion"; not "Search for
    this author in:", nor a sentence about a journalist ("Marie Dubois, la journaliste, a
    quitté la salle.")."""
    if len(text) <= 60 and _NEWSROOM_MEMBER.match(text) is not None:
        return True  # "Member of the editorial team", "Membre de la rédaction du Monde"
    return (
        len(text) <= 60
        and is_role(text)  # a cheap first test: a role has a role word
        and not (_SENTENCE.search(text) and len(text.split()) > MAX_SENTENCE_ROLE)
        and not _is_widget(text)
        and classify(text) == "role"
    )


def _separated(line: str, index: int) -> tuple[Byline, tuple[int, ...]] | None:
    """ "Ana Ruiz · Northfield News · Posted: Jan 5, 2025", "25.10.2022 - Reiner Nagel" → a byline.

    The line splits at separators (and around its date) into one person's or several
    people's names and pieces that are each a date, a stamp, a role, an outlet, a handle or
    a count ("5 Comments"); at least one piece must be a date, a role or an outlet.
    """
    printed = line
    if not any(map(_starts_named, _SEPARATORS.split(line))):
        return None  # no piece starts with a given name: most lines are dismissed here
    if _PICTURE_CREDIT.search(line):
        uncredited = _without_picture_credit(line)  # "Ana Ruiz / 22.04.2020 / Foto: Achgut.com"
        if uncredited is None:
            return None  # "(c) TV Thermen- & Vulkanland | Michael Königshofer" credits a photo
        line = uncredited
    date = find_date(line)
    head, tail = (line, "") if date is None else (line[: date.start], line[date.end :])
    pieces = _pieces(head)
    after = _pieces(tail)  # after the date: categories may follow a dated byline
    if len(pieces) > 1 and _BY_WORD.match(pieces[1]) and _is_section(pieces[0]):
        pieces = pieces[1:]  # "Politics | By Ana Ruiz | April 13, 2020": the section first
    if not 2 <= len(pieces) + len(after) + (date is not None) <= 7:
        return None
    evidence = date is not None
    names: str | None = None
    last_named = -2  # the number of the last piece of names: "Ana Ruiz | Tom Field | date"
    for number, piece in enumerate((*pieces, *after)):
        bare = _BY_WORD.sub("", piece).strip()
        evidence = evidence or (bare != piece and number == 0)  # "Politics | By Ana Ruiz"
        if _DIGIT.search(bare) is not None and is_stamp_line(bare):
            evidence = True  # "30. Dezember 2022": an update date, no count to strip
            continue
        piece = _COUNT.sub("", bare).strip()
        if not piece:
            continue
        kind = classify(piece)
        joined = last_named == number - 1 and number < len(pieces)  # before the date only
        if kind == "person" and (names is None or joined) and _names_only(piece) is not None:
            names = piece if names is None else f"{names}, {piece}"
            last_named = number
        elif kind in ("role", "outlet") or is_stamp_line(piece):
            evidence = True
        elif HANDLE.fullmatch(piece) or _is_stamp_word(piece) or _COUNT.fullmatch(piece):
            continue
        elif not (number >= len(pieces) and names is not None and _is_category(piece)):
            return None
    if names is None or not evidence:
        return None
    record = parse_byline(names)
    if record is None or not record.authors:
        return None
    return _with_text(record, printed), (index,)


def _without_picture_credit(line: str) -> str | None:
    """``line`` without its picture credit when that credit is the last pieces, after a
    date ("Ana Ruiz / 22.04.2020 / 06:15 / Foto: Achgut.com / 150"), else ``None``."""
    found = _PICTURE_CREDIT.search(line)
    date = find_date(line)
    if found is None or date is None or date.end > found.start():
        return None
    kept = _SEPARATORS.split(line[: found.start()])
    return line[: found.start()].rstrip(_EDGE) if len(kept) > 1 else None


def _is_section_line(text: str) -> bool:
    """A section's name or the writer's place alone on its line between a byline and its
    date ("Business", "Kultur", "São Paulo", "Washington"): capitalised, one or two words, no
    digit, not a person's name (one word, or not starting with a given name) nor a sentence."""
    return (
        text[:1].isupper()
        and _is_section(text)
        and text[-1:].isalpha()
        and not _is_picture_line(text)  # "Foto: dpa"
        and classify(text) == "other"
        and (" " not in text or not may_name(text) or not starts_with_given_name(text))
    )


def _is_place_line(text: str) -> bool:
    """A place a writer files from, alone: one a table knows ("New Delhi") or one or two
    capitalised words that are no name (see :func:`_is_section_line`)."""
    return _is_section_line(text) or (len(text) <= MAX_OUTLET_LINE and classify(text) == "place")


def _is_section(piece: str) -> bool:
    """A section's name before a byline: one or two words, no digit ("Politics", "yas!",
    "Science & Tech"; not a headline such as "When Conventions Mattered")."""
    words = [w for w in piece.split() if w not in ("&", "/", "+")]
    return len(piece) <= 30 and len(words) <= 2 and _DIGIT.search(piece) is None


def _pieces(text: str) -> list[str]:
    return [p.strip(" -–—") for p in _SEPARATORS.split(text) if p.strip(" -–—")]


def _is_category(piece: str) -> bool:
    """A post's categories or tags after its dated byline ("Kolumne, Allgemein", "HR-Welt");
    not a sentence, not a comment's "Reply"."""
    return len(piece) <= 60 and not _SENTENCE.search(piece) and REPLY.search(piece) is None


def _starts_named(piece: str) -> bool:
    """Whether ``piece``, after a by-word, starts with a given name or initials."""
    by = _BY_WORD.match(piece)
    return _has_given_name(piece[by.end() :] if by else piece)


def _is_stamp_word(piece: str) -> bool:
    return piece.casefold().rstrip(":") in _STAMP_WORDS


def _with_text(record: Byline, text: str) -> Byline:
    return Byline(
        text=text,
        authors=record.authors,
        agency=record.agency,
        editors=record.editors,
        contributors=record.contributors,
        organisations=record.organisations,
    )


def _next_content(lines: Sequence[str], index: int) -> int | None:
    for j in range(index + 1, min(len(lines), index + 4)):
        if lines[j].strip():
            return j
    return None


def _near(lines: Sequence[str], index: int, *, above: bool = False) -> Iterator[int]:
    """The next four lines with text below (or ``above``) line ``index``, nearest first, and
    the empty list items among them, which a share bar prints for its icons ("  *"): up to
    :data:`MAX_EMPTY_ITEMS` of those do not count as lines."""
    step = _previous_content if above else _next_content
    counted = empty = 0
    j = index
    while counted < NEAR_LINES:
        following = step(lines, j)
        if following is None:
            return
        j = following
        if _content(lines[j]) or empty == MAX_EMPTY_ITEMS:
            counted += 1
        else:
            empty += 1
        yield j


def _previous_content(lines: Sequence[str], index: int) -> int | None:
    for j in range(index - 1, max(-1, index - 4), -1):
        if lines[j].strip():
            return j
    return None
