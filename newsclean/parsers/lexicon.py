"""The function words the credit parsers share, one lexicon per language.

Byline openings, author labels, month and weekday names, publication and update words,
rights notices, role words and reading-time words live here and nowhere else: a parser
builds its patterns, word sets and gate from these tuples. Adding a language means adding
one :class:`Lexicon` to :data:`LEXICONS` (and cases to ``tests/parsers/``).
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import regex

__all__ = [
    "INTERVIEW_LABELS",
    "INTERVIEW_WORDS",
    "LEXICONS",
    "Lexicon",
    "ParserGate",
    "alternation",
    "every",
    "longest_first",
    "month_numbers",
]

INTERVIEW_WORDS = (
    *("interview", "gespräch", "entretien", "propos", "entrevista", "intervista", "wywiad"),
    *("rozmaw", "das gespräch", "das interview", "die fragen", "ein interview", "un entretien"),
    *("une interview", "una entrevista", "uma entrevista", "un'intervista", "un’intervista"),
    *("een interview", "an interview"),
)
"""How the openings and labels that credit an interviewer start (lower case): the line
may go on with the person interviewed ("Ein Interview von Ana Ruiz mit Tom Field")."""
INTERVIEW_LABELS = ("interview", "gespräch", "entretien", "entrevista", "intervista", "wywiad")
"""Labels that credit an interviewer only in the byline position: elsewhere "Interview: Ana
Ruiz" heads an interview with her (a teaser's "Interview: Cory Booker")."""


@attrs.frozen
class Lexicon:
    """The credit words of one language (all lower case).

    ``openings`` start a byline ("by", "written by"); ``labels`` start one only with a colon
    ("author:"); ``months`` are the twelve months, each as a tuple of the names printed for
    it (full name first, then abbreviations); ``published`` and ``updated`` label a
    timestamp; ``ago`` marks a relative time ("2 hours ago"); ``reading`` a reading-time
    note; ``reserved`` a rights notice; ``roles`` are job titles.
    """

    openings: tuple[str, ...]
    labels: tuple[str, ...]
    months: tuple[tuple[str, ...], ...]
    weekdays: tuple[str, ...]
    published: tuple[str, ...]
    updated: tuple[str, ...]
    ago: tuple[str, ...]
    reading: tuple[str, ...]
    reserved: tuple[str, ...]
    roles: tuple[str, ...]


@attrs.frozen
class ParserGate:
    """Which lines a credit parser can accept: what its rule's gate is built from.

    A line the parser accepts is at most ``max_chars`` long and starts with one of
    ``words`` (as a whole word) or ``starts``, or contains one of ``triggers``.
    """

    max_chars: int
    words: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()


LEXICONS: dict[str, Lexicon] = {
    "en": Lexicon(
        openings=(
            *("by", "written by", "story by", "reporting by", "reported by", "words by"),
            "text by",
            *("posted by", "article by", "analysis by", "opinion by", "commentary by"),
            *("perspective by", "review by", "an analysis by", "a commentary by", "submitted by"),
            *("interview by", "interviewed by", "interview conducted by", "an interview by"),
            *("guest post by", "a guest post by", "guest column by"),
            *("a column by", "column by", "an essay by", "a guest essay by", "an op-ed by"),
        ),
        labels=(
            *("author", "authors", "written by", "words", "text", "byline", "by"),
            *("interviewer", "interviewed by", "text and photos", "words and pictures"),
            "text & photos",
        ),
        months=(
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        weekdays=(
            *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
            *("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
        ),
        published=(
            *("published", "posted", "first published", "publication date", "released"),
            *("submitted", "uploaded", "first uploaded", "first posted"),
        ),
        updated=("updated", "last updated", "last update", "modified", "last modified", "revised"),
        ago=("ago", "just now"),
        reading=("min read", "minute read", "minutes read", "min. read", "mins read"),
        reserved=("all rights reserved",),
        roles=(
            *("writer", "writers", "reporter", "reporters", "correspondent", "correspondents"),
            *("columnist", "columnists", "editor", "editors", "contributor", "contributing"),
            *("journalist", "journalists", "analyst", "producer", "photographer", "critic"),
            *("photojournalist", "commentator", "anchor", "host", "presenter", "blogger"),
            *("author", "chief", "senior", "deputy", "associate", "executive", "managing"),
            *("assistant", "political", "foreign", "economics", "diplomatic", "legal"),
            *("investigative", "security", "defence", "defense", "medical", "intern"),
            *("freelance", "freelancer", "staffer", "fellow", "researcher"),
        ),
    ),
    "de": Lexicon(
        openings=(
            *("von", "geschrieben von", "verfasst von", "ein kommentar von"),
            *("eine analyse von", "ein gastbeitrag von", "eine kolumne von"),
            *("ein essay von", "eine reportage von", "ein interview von", "text von"),
            *("kommentar von", "analyse von", "gastbeitrag von", "ein artikel von"),
            *("artikel von", "ein beitrag von", "beitrag von", "erstellt von", "gepostet von"),
            *("veröffentlicht von", "eingestellt von", "blogbeitrag von", "blog beitrag von"),
            "gespeichert von",
            *("interview von", "das gespräch führte", "das interview führte", "die fragen stellte"),
            *("das gespräch führten", "das interview führten", "die fragen stellten"),
            *("eine glosse von", "eine kritik von", "eine rezension von", "eine recherche von"),
        ),
        labels=(
            *("autor", "autorin", "autoren", "text", "von", "verfasser", "verfasserin"),
            *("autor*in", "autor/in", "autor:in", "reportage", "gesprächsführung", "interviewer"),
            *("interviewerin", "fragen", "text und fotos", "text & fotos", "text und bilder"),
            "text & bilder",
        ),
        months=(
            ("januar", "jan", "jänner"),
            ("februar", "feb"),
            ("märz", "mär", "maerz"),
            ("april", "apr"),
            ("mai",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("dezember", "dez"),
        ),
        weekdays=(
            *("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag"),
            *("sonntag", "sonnabend", "mo", "di", "mi", "do", "fr", "sa", "so"),
        ),
        published=(
            *("veröffentlicht", "erschienen", "publiziert", "erstellt", "datum"),
            *("erscheinungsdatum", "veröffentlichungsdatum", "eingestellt", "gepostet"),
        ),
        updated=("aktualisiert", "zuletzt aktualisiert", "letztes update", "geändert", "stand"),
        ago=("vor",),
        reading=(
            *("min lesezeit", "minuten lesezeit", "lesezeit", "min. lesezeit", "lesedauer"),
            *("min. lesedauer", "min lesedauer", "minuten lesedauer"),
        ),
        reserved=("alle rechte vorbehalten",),
        roles=(
            *("redakteur", "redakteurin", "redakteure", "korrespondent", "korrespondentin"),
            *("redaktor", "redaktorin"),  # Swiss
            *("autor", "autorin", "autoren", "journalistin", "journalist", "reporterin"),
            *("volontär", "volontärin", "chefredakteur", "chefredakteurin", "ressortleiter"),
            *("ressortleiterin", "mitarbeiter", "mitarbeiterin", "kolumnist", "kolumnistin"),
        ),
    ),
    "fr": Lexicon(
        openings=(
            *("par", "écrit par", "rédigé par", "un article de", "une analyse de"),
            *("une chronique de", "un éditorial de", "une tribune de", "propos recueillis par"),
            *("publié par", "posté par", "entretien réalisé par", "interview réalisée par"),
            *("propos recueillis et traduits par", "un entretien de", "une interview de"),
            *("un reportage de", "une enquête de", "un billet de", "un texte de", "un édito de"),
            *("reportage de", "enquête de", "chronique de", "tribune de", "texte de"),
        ),
        labels=(
            *("auteur", "auteurs", "autrice", "texte", "par", "rédaction", "reportage"),
            *("propos recueillis", "texte et photos", "texte & photos"),
        ),
        months=(
            ("janvier", "janv", "jan"),
            ("février", "févr", "fév", "fevrier"),
            ("mars",),
            ("avril", "avr"),
            ("mai",),
            ("juin",),
            ("juillet", "juil"),
            ("août", "aout"),
            ("septembre", "sept"),
            ("octobre", "oct"),
            ("novembre", "nov"),
            ("décembre", "déc", "decembre"),
        ),
        weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        published=("publié", "publiée", "paru", "parue", "mis en ligne", "date de publication"),
        updated=("mis à jour", "modifié", "modifiée", "actualisé", "dernière mise à jour"),
        ago=("il y a",),
        reading=("min de lecture", "minutes de lecture", "temps de lecture", "lecture"),
        reserved=("tous droits réservés", "droits de reproduction réservés"),
        roles=(
            *("rédacteur", "rédactrice", "correspondant", "correspondante", "envoyé"),
            *("envoyée", "chroniqueur", "chroniqueuse", "journaliste", "éditorialiste"),
            *("spécial", "spéciale", "pigiste", "reporter"),
        ),
    ),
    "es": Lexicon(
        openings=(
            *("por", "escrito por", "redactado por", "publicado por", "una opinión de"),
            *("un análisis de", "una columna de", "un artículo de", "texto de", "escribe"),
            *("entrevista de", "entrevista por", "entrevista realizada por", "una entrevista de"),
            *("un reportaje de", "una crónica de", "un texto de", "una investigación de"),
            *("reportaje de", "crónica de", "opinión de", "columna de"),
        ),
        labels=(
            *("autor", "autora", "autores", "texto", "textos", "redacción", "por"),
            *("texto y fotos", "texto y fotografías", "texto & fotos"),
        ),
        months=(
            ("enero", "ene"),
            ("febrero", "feb"),
            ("marzo", "mar"),
            ("abril", "abr"),
            ("mayo", "may"),
            ("junio", "jun"),
            ("julio", "jul"),
            ("agosto", "ago"),
            ("septiembre", "setiembre", "sep", "sept"),
            ("octubre", "oct"),
            ("noviembre", "nov"),
            ("diciembre", "dic"),
        ),
        weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        published=("publicado", "publicada", "fecha de publicación"),
        updated=("actualizado", "actualizada", "última actualización", "modificado"),
        ago=("hace",),
        reading=("min de lectura", "minutos de lectura", "tiempo de lectura", "lectura"),
        reserved=("todos los derechos reservados", "derechos reservados"),
        roles=(
            *("corresponsal", "redactor", "redactora", "periodista", "enviado", "enviada"),
            *("columnista", "editor", "editora", "cronista", "especial"),
        ),
    ),
    "it": Lexicon(
        openings=(
            *("di", "scritto da", "scritto di", "a cura di", "a cura da"),
            *("dal nostro inviato", "dalla nostra inviata", "dal nostro corrispondente"),
            *("dalla nostra corrispondente", "dall'inviato", "dall'inviata", "dall’inviato"),
            *("dall’inviata", "dal corrispondente", "dalla corrispondente", "un commento di"),
            *("un'analisi di", "un’analisi di", "pubblicato da", "articolo di"),
            *("intervista di", "intervista a cura di", "un'intervista di", "un’intervista di"),
            *("un articolo di", "un reportage di", "un'inchiesta di", "un’inchiesta di"),
            *("un editoriale di", "testo di"),
            *("reportage di", "commento di", "inchiesta di", "editoriale di"),
        ),
        labels=(
            "autore",
            "autrice",
            "autori",
            "testo",
            "testi",
            "di",
            "testo e foto",
            "testi e foto",
        ),
        months=(
            ("gennaio", "gen"),
            ("febbraio", "feb"),
            ("marzo", "mar"),
            ("aprile", "apr"),
            ("maggio", "mag"),
            ("giugno", "giu"),
            ("luglio", "lug"),
            ("agosto", "ago"),
            ("settembre", "set", "sett"),
            ("ottobre", "ott"),
            ("novembre", "nov"),
            ("dicembre", "dic"),
        ),
        weekdays=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
        published=("pubblicato", "pubblicata", "data di pubblicazione"),
        updated=(
            "aggiornato",
            "aggiornata",
            "ultimo aggiornamento",
            "modificato",
            "modifica",
            "ultima modifica",
        ),
        ago=("fa",),
        reading=("min di lettura", "minuti di lettura", "tempo di lettura", "lettura"),
        reserved=("tutti i diritti riservati", "riproduzione riservata"),
        roles=(
            *("inviato", "inviata", "corrispondente", "giornalista", "redattore", "redattrice"),
            *("editorialista", "cronista", "caporedattore", "direttore"),
        ),
    ),
    "pt": Lexicon(
        openings=(
            *("por", "escrito por", "publicado por", "texto de", "uma análise de"),
            *("um artigo de", "uma coluna de", "postado por", "uma reportagem de"),
            *("uma crônica de", "uma crónica de", "um texto de", "uma opinião de"),
            *("entrevista de", "entrevista por", "entrevista realizada por", "uma entrevista de"),
            *("reportagem de", "crônica de", "crónica de", "coluna de", "opinião de", "artigo de"),
        ),
        labels=(
            *("autor", "autora", "autores", "texto", "textos", "reportagem", "por", "redação"),
            *("texto e fotos", "texto & fotos"),
        ),
        months=(
            ("janeiro", "jan"),
            ("fevereiro", "fev"),
            ("março", "mar", "marco"),
            ("abril", "abr"),
            ("maio", "mai"),
            ("junho", "jun"),
            ("julho", "jul"),
            ("agosto", "ago"),
            ("setembro", "set"),
            ("outubro", "out"),
            ("novembro", "nov"),
            ("dezembro", "dez"),
        ),
        weekdays=(
            *("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"),
            *("sábado", "domingo", "segunda", "terça", "quarta", "quinta", "sexta"),
        ),
        published=("publicado", "publicada", "publicação", "postado", "publicado em"),
        updated=("atualizado", "atualizada", "atualização", "última atualização"),
        ago=("há",),
        reading=("min de leitura", "minutos de leitura", "tempo de leitura", "leitura"),
        reserved=("todos os direitos reservados", "direitos reservados"),
        roles=(
            *("repórter", "correspondente", "jornalista", "colunista", "editora", "editor"),
            *("enviado", "enviada", "redator", "redatora"),
        ),
    ),
    "nl": Lexicon(
        openings=(
            *("door", "geschreven door", "geplaatst door", "een analyse van", "een column van"),
            *("interview door", "een interview van", "een interview door"),
            *("een reportage van", "een opinie van", "een essay van", "een artikel van"),
            *("reportage van", "column van", "opinie van", "tekst van"),
        ),
        labels=("auteur", "auteurs", "tekst", "door", "tekst en foto's", "tekst en beeld"),
        months=(
            ("januari", "jan"),
            ("februari", "feb"),
            ("maart", "mrt"),
            ("april", "apr"),
            ("mei",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("augustus", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        weekdays=("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
        published=("gepubliceerd", "geplaatst", "verschenen"),
        updated=("bijgewerkt", "laatst bijgewerkt", "laatste update", "aangepast", "gewijzigd"),
        ago=("geleden",),
        reading=("min leestijd", "minuten leestijd", "leestijd"),
        reserved=("alle rechten voorbehouden",),
        roles=("verslaggever", "correspondent", "redacteur", "journalist", "columnist"),
    ),
    "pl": Lexicon(
        openings=(
            *("napisał", "napisała", "rozmawiał", "rozmawiała", "rozmawiali", "rozmawiały"),
            *("oprac.", "opracował", "opracowała", "opracowali", "opracowanie"),
        ),
        labels=(
            "autor",
            "autorka",
            "autorzy",
            "tekst",
            "oprac",
            "oprac.",
            "opracowanie",
            "rozmawiał",
            "rozmawiała",
        ),
        months=(  # the nominative, then the genitive a date prints ("5 stycznia 2025")
            ("styczeń", "stycznia", "sty"),
            ("luty", "lutego", "lut"),
            ("marzec", "marca"),
            ("kwiecień", "kwietnia", "kwi"),
            ("maj", "maja"),
            ("czerwiec", "czerwca", "cze"),
            ("lipiec", "lipca", "lip"),
            ("sierpień", "sierpnia"),
            ("wrzesień", "września", "wrz"),
            ("październik", "października", "paź"),
            ("listopad", "listopada"),
            ("grudzień", "grudnia", "gru"),
        ),
        weekdays=("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
        published=("opublikowano", "data publikacji", "publikacja"),
        updated=("aktualizacja", "zaktualizowano", "ostatnia aktualizacja"),
        ago=("temu",),
        reading=("min czytania", "minut czytania", "czas czytania"),
        reserved=("wszelkie prawa zastrzeżone",),
        roles=(
            *("dziennikarz", "dziennikarka", "redaktor", "redaktorka", "korespondent"),
            *("korespondentka", "reporter", "reporterka", "publicysta", "publicystka"),
        ),
    ),
    # The Nordic, Finnish, Romanian, Czech, Turkish and Indonesian words: bylines, labels,
    # dates and stamps of outlets in those languages (the furniture rules do not claim them)
    "sv": Lexicon(
        openings=("av", "skrivet av", "text av"),
        labels=("text", "författare", "reporter"),
        months=(
            ("januari", "jan"),
            ("februari", "feb"),
            ("mars", "mar"),
            ("april", "apr"),
            ("maj",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("augusti", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        weekdays=("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
        published=("publicerad", "publicerat", "publicerades"),
        updated=("uppdaterad", "uppdaterat", "senast uppdaterad"),
        ago=("sedan",),
        reading=("min läsning", "minuters läsning", "lästid"),
        reserved=("alla rättigheter förbehållna",),
        roles=("reporter", "journalist", "redaktör", "korrespondent", "krönikör", "fotograf"),
    ),
    "da": Lexicon(
        openings=("af", "skrevet af"),
        labels=("tekst", "forfatter", "journalist"),
        months=(
            ("januar", "jan"),
            ("februar", "feb"),
            ("marts", "mar"),
            ("april", "apr"),
            ("maj",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        weekdays=("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
        published=("publiceret", "udgivet"),
        updated=("opdateret", "senest opdateret"),
        ago=("siden",),
        reading=("min læsning", "minutters læsning", "læsetid"),
        reserved=("alle rettigheder forbeholdes",),
        roles=("journalist", "redaktør", "korrespondent", "reporter", "fotograf", "kommentator"),
    ),
    "no": Lexicon(
        openings=("av", "skrevet av"),
        labels=("tekst", "forfatter", "journalist"),
        months=(
            ("januar", "jan"),
            ("februar", "feb"),
            ("mars", "mar"),
            ("april", "apr"),
            ("mai",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("desember", "des"),
        ),
        weekdays=("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
        published=("publisert",),
        updated=("oppdatert", "sist oppdatert"),
        ago=("siden",),
        reading=("min lesing", "minutters lesing", "lesetid"),
        reserved=("alle rettigheter forbeholdt",),
        roles=("journalist", "redaktør", "korrespondent", "reporter", "fotograf", "kommentator"),
    ),
    "fi": Lexicon(
        openings=("kirjoittanut",),
        labels=("teksti", "kirjoittaja", "toimittaja"),
        months=(  # the partitive a date prints ("5. maaliskuuta 2024"), then the nominative
            ("tammikuuta", "tammikuu"),
            ("helmikuuta", "helmikuu"),
            ("maaliskuuta", "maaliskuu"),
            ("huhtikuuta", "huhtikuu"),
            ("toukokuuta", "toukokuu"),
            ("kesäkuuta", "kesäkuu"),
            ("heinäkuuta", "heinäkuu"),
            ("elokuuta", "elokuu"),
            ("syyskuuta", "syyskuu"),
            ("lokakuuta", "lokakuu"),
            ("marraskuuta", "marraskuu"),
            ("joulukuuta", "joulukuu"),
        ),
        weekdays=(
            *("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai"),
            "sunnuntai",
        ),
        published=("julkaistu",),
        updated=("päivitetty",),
        ago=("sitten",),
        reading=("lukuaika", "min lukuaika"),
        reserved=("kaikki oikeudet pidätetään",),
        roles=("toimittaja", "kirjeenvaihtaja", "kolumnisti", "kuvaaja"),
    ),
    "ro": Lexicon(
        openings=("scris de",),
        labels=("autor", "autori", "text"),
        months=(
            ("ianuarie", "ian"),
            ("februarie", "feb"),
            ("martie", "mar"),
            ("aprilie", "apr"),
            ("mai",),
            ("iunie", "iun"),
            ("iulie", "iul"),
            ("august", "aug"),
            ("septembrie", "sep", "sept"),
            ("octombrie", "oct"),
            ("noiembrie", "nov", "noi"),
            ("decembrie", "dec"),
        ),
        weekdays=("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),
        published=("publicat", "data publicării"),
        updated=("actualizat", "ultima actualizare"),
        ago=("acum",),
        reading=("min citire", "minute de citire", "timp de citire"),
        reserved=("toate drepturile rezervate",),
        roles=("jurnalist", "jurnalistă", "redactor", "corespondent", "reporter", "editor"),
    ),
    "cs": Lexicon(
        openings=("napsal", "napsala"),
        labels=("autor", "autorka", "autoři", "text"),
        months=(  # the genitive a date prints ("5. března 2024"), then the nominative
            ("ledna", "leden"),
            ("února", "únor"),
            ("března", "březen"),
            ("dubna", "duben"),
            ("května", "květen"),
            ("června", "červen"),
            ("července", "červenec"),
            ("srpna", "srpen"),
            ("září",),
            ("října", "říjen"),
            ("listopadu", "listopad"),
            ("prosince", "prosinec"),
        ),
        weekdays=("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"),
        published=("publikováno", "zveřejněno", "datum publikace"),
        updated=("aktualizováno", "aktualizace"),
        ago=("před",),
        reading=("min čtení", "minut čtení", "doba čtení"),
        reserved=("všechna práva vyhrazena",),
        roles=(
            *("redaktor", "redaktorka", "reportér", "reportérka", "zpravodaj", "zpravodajka"),
            *("novinář", "novinářka", "komentátor", "komentátorka"),
        ),
    ),
    "tr": Lexicon(
        openings=(),
        labels=("yazar", "muhabir", "haber"),
        months=(
            ("ocak",),
            ("şubat",),
            ("mart",),
            ("nisan",),
            ("mayıs",),
            ("haziran",),
            ("temmuz",),
            ("ağustos",),
            ("eylül",),
            ("ekim",),
            ("kasım",),
            ("aralık",),
        ),
        weekdays=("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
        published=("yayınlanma", "yayınlanma tarihi", "yayınlandı", "yayımlanma"),
        updated=("güncelleme", "güncellendi", "son güncelleme", "güncellenme"),
        ago=("önce",),
        reading=("dk okuma", "dakika okuma", "okuma süresi"),
        reserved=("tüm hakları saklıdır",),
        roles=("muhabir", "muhabiri", "editör", "gazeteci", "köşe yazarı"),
    ),
    "id": Lexicon(
        openings=("oleh", "ditulis oleh"),
        labels=("penulis", "reporter", "wartawan", "pewarta"),
        months=(
            ("januari", "jan"),
            ("februari", "feb"),
            ("maret", "mar"),
            ("april", "apr"),
            ("mei",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("agustus", "agu", "ags"),
            ("september", "sep"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("desember", "des"),
        ),
        weekdays=("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"),
        published=("diterbitkan", "dipublikasikan", "terbit"),
        updated=("diperbarui", "pembaruan"),
        ago=("yang lalu",),
        reading=("menit membaca", "waktu baca"),
        reserved=("hak cipta dilindungi undang-undang",),
        roles=("wartawan", "jurnalis", "reporter", "penulis", "kontributor", "koresponden"),
    ),
    "hr": Lexicon(  # Croatian; Bosnian and Serbian in Latin letters print the same labels
        openings=(),
        labels=("piše", "autor", "autorica", "tekst", "napisao", "napisala"),
        months=(  # the genitive a date prints ("5. ožujka 2024"), then the nominative
            ("siječnja", "siječanj"),
            ("veljače", "veljača"),
            ("ožujka", "ožujak"),
            ("travnja", "travanj"),
            ("svibnja", "svibanj"),
            ("lipnja", "lipanj"),
            ("srpnja", "srpanj"),
            ("kolovoza", "kolovoz"),
            ("rujna", "rujan"),
            ("listopada",),  # not "listopad": Czech November
            ("studenoga", "studenog", "studeni"),
            ("prosinca", "prosinac"),
        ),
        weekdays=("ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"),
        published=("objavljeno",),
        updated=("ažurirano",),
        ago=("prije",),
        reading=("min čitanja", "minuta čitanja"),
        reserved=("sva prava pridržana",),
        roles=("novinar", "novinarka", "urednik", "urednica", "dopisnik", "dopisnica"),
    ),
    "hu": Lexicon(
        openings=(),
        labels=("szerző", "szerzők", "írta", "szöveg"),
        months=(
            ("január", "jan"),
            ("február", "febr"),
            ("március", "márc"),
            ("április", "ápr"),
            ("május", "máj"),
            ("június", "jún"),
            ("július", "júl"),
            ("augusztus", "aug"),
            ("szeptember", "szept"),
            ("október", "okt"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        weekdays=("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"),
        published=("közzétéve", "megjelent"),
        updated=("frissítve", "frissítés"),
        ago=("ezelőtt",),
        reading=("perc olvasás", "olvasási idő"),
        reserved=("minden jog fenntartva",),
        roles=("újságíró", "szerkesztő", "tudósító", "munkatárs"),
    ),
    "ru": Lexicon(
        openings=(),
        labels=("автор", "авторы", "текст"),
        months=(  # the genitive a date prints ("5 марта 2024"), then the nominative
            ("января", "январь"),
            ("февраля", "февраль"),
            ("марта", "март"),
            ("апреля", "апрель"),
            ("мая", "май"),
            ("июня", "июнь"),
            ("июля", "июль"),
            ("августа", "август"),
            ("сентября", "сентябрь"),
            ("октября", "октябрь"),
            ("ноября", "ноябрь"),
            ("декабря", "декабрь"),
        ),
        weekdays=(
            *("понедельник", "вторник", "среда", "четверг", "пятница", "суббота"),
            "воскресенье",
        ),
        published=("опубликовано", "дата публикации"),
        updated=("обновлено",),
        ago=("назад",),
        reading=("мин чтения", "минут чтения"),
        reserved=("все права защищены",),
        roles=("корреспондент", "журналист", "редактор", "обозреватель", "фотограф"),
    ),
    "uk": Lexicon(
        openings=(),
        labels=("автор", "автори", "авторка", "текст"),
        months=(  # the genitive a date prints ("5 березня 2024"), then the nominative
            ("січня", "січень"),
            ("лютого", "лютий"),
            ("березня", "березень"),
            ("квітня", "квітень"),
            ("травня", "травень"),
            ("червня", "червень"),
            ("липня", "липень"),
            ("серпня", "серпень"),
            ("вересня", "вересень"),
            ("жовтня", "жовтень"),
            ("листопада", "листопад"),
            ("грудня", "грудень"),
        ),
        weekdays=("понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"),
        published=("опубліковано",),
        updated=("оновлено",),
        ago=("тому",),
        reading=("хв читання", "хвилин читання"),
        reserved=("усі права захищені", "всі права захищені"),
        roles=("кореспондент", "журналіст", "журналістка", "редактор", "оглядач"),
    ),
    "el": Lexicon(
        openings=("του", "της"),  # the writer's name in the genitive: "Του Γιώργου Παπαδόπουλου"
        labels=("συντάκτης", "συντάκτρια", "κείμενο", "γράφει"),
        months=(  # the genitive a date prints ("5 Μαρτίου 2024")
            ("ιανουαρίου",),
            ("φεβρουαρίου",),
            ("μαρτίου",),
            ("απριλίου",),
            ("μαΐου",),
            ("ιουνίου",),
            ("ιουλίου",),
            ("αυγούστου",),
            ("σεπτεμβρίου",),
            ("οκτωβρίου",),
            ("νοεμβρίου",),
            ("δεκεμβρίου",),
        ),
        weekdays=("δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"),
        published=("δημοσίευση", "δημοσιεύθηκε"),
        updated=("ενημέρωση", "ενημερώθηκε"),
        ago=("πριν",),
        reading=("λεπτά ανάγνωσης", "λεπτά διάβασμα"),
        reserved=("με την επιφύλαξη παντός δικαιώματος",),
        roles=("δημοσιογράφος", "ανταποκριτής", "ανταποκρίτρια", "συντάκτης"),
    ),
    "sk": Lexicon(
        openings=("napísal", "napísala"),
        labels=("autor", "autorka", "autori", "text"),
        months=(  # the genitive a date prints ("5. marca 2024"), then the nominative
            ("januára", "január"),
            ("februára", "február"),
            ("marca", "marec"),
            ("apríla", "apríl"),
            ("mája", "máj"),
            ("júna", "jún"),
            ("júla", "júl"),
            ("augusta", "august"),
            ("septembra", "september"),
            ("októbra", "október"),
            ("novembra", "november"),
            ("decembra", "december"),
        ),
        weekdays=("pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"),
        published=("publikované", "zverejnené"),
        updated=("aktualizované",),
        ago=("pred",),
        reading=("min čítania", "minút čítania"),
        reserved=("všetky práva vyhradené",),
        roles=(
            *("redaktor", "redaktorka", "reportér", "reportérka", "spravodajca"),
            *("novinár", "novinárka"),
        ),
    ),
    "sl": Lexicon(
        openings=(),
        labels=("avtor", "avtorica", "piše", "besedilo", "napisal", "napisala"),
        months=(  # the genitive a date prints ("5. marca 2024"), then the nominative
            ("januarja", "januar"),
            ("februarja", "februar"),
            ("marca", "marec"),
            ("aprila", "april"),
            ("maja", "maj"),
            ("junija", "junij"),
            ("julija", "julij"),
            ("avgusta", "avgust"),
            ("septembra", "september"),
            ("oktobra", "oktober"),
            ("novembra", "november"),
            ("decembra", "december"),
        ),
        weekdays=("ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"),
        published=("objavljeno",),
        updated=("posodobljeno",),
        ago=("pred",),
        reading=("min branja",),
        reserved=("vse pravice pridržane",),
        roles=("novinar", "novinarka", "urednik", "urednica", "dopisnik", "dopisnica"),
    ),
    "lt": Lexicon(
        openings=(),
        labels=("autorius", "autorė", "tekstas"),
        months=(  # the genitive a date prints ("2024 m. kovo 5 d."), then the nominative
            ("sausio", "sausis"),
            ("vasario", "vasaris"),
            ("kovo", "kovas"),
            ("balandžio", "balandis"),
            ("gegužės", "gegužė"),
            ("birželio", "birželis"),
            ("liepos", "liepa"),
            ("rugpjūčio", "rugpjūtis"),
            ("rugsėjo", "rugsėjis"),
            ("spalio", "spalis"),
            ("lapkričio", "lapkritis"),
            ("gruodžio", "gruodis"),
        ),
        weekdays=(
            *("pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis"),
            *("penktadienis", "šeštadienis", "sekmadienis"),
        ),
        published=("paskelbta",),
        updated=("atnaujinta",),
        ago=("prieš",),
        reading=("min. skaitymo", "min skaitymo"),
        reserved=("visos teisės saugomos",),
        roles=("žurnalistas", "žurnalistė", "redaktorius", "redaktorė", "korespondentas"),
    ),
    "lv": Lexicon(
        openings=(),
        labels=("autors", "autore", "teksts"),
        months=(  # the locative a date prints ("2024. gada 5. martā"), then the nominative
            ("janvārī", "janvāris"),
            ("februārī", "februāris"),
            ("martā", "marts"),
            ("aprīlī", "aprīlis"),
            ("maijā", "maijs"),
            ("jūnijā", "jūnijs"),
            ("jūlijā", "jūlijs"),
            ("augustā", "augusts"),
            ("septembrī", "septembris"),
            ("oktobrī", "oktobris"),
            ("novembrī", "novembris"),
            ("decembrī", "decembris"),
        ),
        weekdays=(
            *("pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena"),
            *("sestdiena", "svētdiena"),
        ),
        published=("publicēts",),
        updated=("atjaunots",),
        ago=("pirms",),
        reading=("min lasīšanai",),
        reserved=("visas tiesības aizsargātas",),
        roles=("žurnālists", "žurnāliste", "redaktors", "redaktore", "korespondents"),
    ),
    "ca": Lexicon(
        openings=(),  # not "per": a Swedish given name ("Per Svensson")
        labels=("autor", "autora", "text", "autors"),
        months=(
            ("gener", "gen"),
            ("febrer", "febr"),
            ("març",),
            ("abril",),
            ("maig",),
            ("juny",),
            ("juliol",),
            ("agost",),
            ("setembre",),
            ("octubre",),
            ("novembre",),
            ("desembre",),
        ),
        weekdays=("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"),
        published=("publicat",),
        updated=("actualitzat",),
        ago=("fa",),
        reading=("min de lectura", "minuts de lectura"),
        reserved=("tots els drets reservats",),
        roles=("periodista", "redactor", "redactora", "corresponsal"),
    ),
    "bg": Lexicon(
        openings=(),
        labels=("автор", "текст"),
        months=(
            ("януари",),
            ("февруари",),
            ("март",),
            ("април",),
            ("май",),
            ("юни",),
            ("юли",),
            ("август",),
            ("септември",),
            ("октомври",),
            ("ноември",),
            ("декември",),
        ),
        weekdays=("понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"),
        published=("публикувано",),
        updated=("обновено",),
        ago=("преди",),
        reading=("мин четене", "минути четене"),
        reserved=("всички права запазени",),
        roles=("журналист", "репортер", "редактор", "кореспондент"),
    ),
    "sr": Lexicon(  # Serbian in Cyrillic letters (in Latin letters it prints Croatian's labels)
        openings=(),
        labels=("аутор", "пише", "текст"),
        months=(
            ("јануар",),
            ("фебруар",),
            ("март",),
            ("април",),
            ("мај",),
            ("јун",),
            ("јул",),
            ("август",),
            ("септембар",),
            ("октобар",),
            ("новембар",),
            ("децембар",),
        ),
        weekdays=("понедељак", "уторак", "среда", "четвртак", "петак", "субота", "недеља"),
        published=("објављено",),
        updated=("ажурирано",),
        ago=("пре",),
        reading=("мин читања",),
        reserved=("сва права задржана",),
        roles=("новинар", "новинарка", "уредник", "уредница", "дописник"),
    ),
    "zh": Lexicon(  # Chinese: labels end with a full-width colon ("作者：张三")
        openings=(),
        labels=("作者", "记者", "撰文", "文字"),
        months=(),  # dates print numbers ("2024年3月5日")
        weekdays=("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
        published=("发布时间", "发布于", "发表于"),
        updated=("更新时间", "更新于"),
        ago=(),
        reading=("阅读时间",),
        reserved=("版权所有",),
        roles=("记者", "特约记者", "通讯员", "编辑"),
    ),
}
"""The lexicon of each language the credit parsers read, by language tag."""


def every(field: str, *, languages: Iterable[str] | None = None) -> tuple[str, ...]:
    """The words of ``field`` in every lexicon (or in ``languages``), unique, in order.

    >>> "von" in every("openings")
    True
    """
    chosen = LEXICONS if languages is None else {lang: LEXICONS[lang] for lang in languages}
    words: dict[str, None] = {}
    for lexicon in chosen.values():
        value = getattr(lexicon, field)
        for item in value:
            if isinstance(item, tuple):
                words.update(dict.fromkeys(item))
            else:
                words[item] = None
    return tuple(words)


def month_numbers() -> dict[str, int]:
    """Every month name and abbreviation of every lexicon → its number (1-12).

    >>> month_numbers()["märz"], month_numbers()["sept"]
    (3, 9)
    """
    numbers: dict[str, int] = {}
    for lexicon in LEXICONS.values():
        for number, names in enumerate(lexicon.months, start=1):
            for name in names:
                numbers.setdefault(name, number)
    return numbers


def longest_first(phrase: str) -> tuple[int, str]:
    """A sort key: longer phrases first (a regex alternation tries them in order), then
    alphabetical, so that a pattern is the same text in every process."""
    return -len(phrase), phrase


def alternation(phrases: Iterable[str]) -> str:
    """``phrases`` as a regex alternation, longest first, spaces matching any whitespace."""
    ordered = sorted(set(phrases), key=longest_first)
    return "|".join(r"\s+".join(map(regex.escape, p.split())) for p in ordered)
