"""Advertising labels and sponsored-content markers."""

from __future__ import annotations

from newsclean._kinds.phrase import PhraseRule
from newsclean._kinds.structure import ShapeRule

__all__ = ["AD_LABEL", "AD_TEASER", "RULES", "SPONSOR_LABEL"]

AD_LABEL = PhraseRule(
    id="ad-label",
    description="Advertising labels: 'Advertisement', 'Story continues below advertisement', 'Anzeige'.",
    phrases={
        "en": (
            "story continues",
            "article continues",
            "advertisement",
            "advertisements",
            "advertising",
            "ad",
            "ads",
            "ad feature",
            "advertising disclosure",
            "advertiser disclosure",
            "skip ad",
            "close ad",
            "adchoices",
            "ad choices",
            "report this ad",
            "continue reading the main story",
            "advertisement continue reading the main story",
            "supported by",
            "affiliate link",
            "affiliatelink",
            "affiliate-link",
            "story continues below advertisement",
            "article continues below advertisement",
            "continue reading below advertisement",
            "content continues below advertisement",
            "story continues below",
            "article continues below",
            "continue reading below",
            "scroll to continue with content",
            "scroll to continue",
            "advertisement - scroll to continue",
        ),
        "de": (
            "artikel wird fortgesetzt",
            "werbehinweis",
            "anzeige schließen",
            "anzeige",
            "werbung",
            "artikel wird nach der anzeige fortgesetzt",
            "weiter nach der anzeige",
            "lesen sie nach der anzeige weiter",
            "weiterlesen nach der anzeige",
            "text geht nach der anzeige weiter",
        ),
        "fr": (
            "la suite de l'article",
            "fermer la publicité",
            "publicité",
            "publicite",
            "la suite après cette publicité",
            "la suite après la publicité",
            "l'article continue après la publicité",
        ),
        "es": (
            "la nota continúa",
            "cerrar publicidad",
            "publicidad",
            "anuncio",
            "continúa después de la publicidad",
            "sigue después de la publicidad",
            "la nota continúa debajo",
        ),
        "it": (
            "l'articolo continua",
            "chiudi pubblicità",
            "pubblicità",
            "annuncio",
            "continua dopo la pubblicità",
            "l'articolo continua dopo la pubblicità",
        ),
        "pt": (
            "a matéria continua",
            "fechar anúncio",
            "publicidade",
            "anúncio",
            "continua após a publicidade",
            "continua depois da publicidade",
            "continua após o anúncio",
        ),
        "pl": ("reklama",),
        "nl": (
            "het artikel gaat verder",
            "advertentie",
            "advertenties",
            "gesponsord",
            "reclame",
        ),
    },
    max_chars=80,
    must_remove=(
        "Advertentie",
        "Advertisement",
        "Story continues below advertisement",
        "Anzeige",
        "Publicité",
        "Publicidad",
        "Pubblicità",
        "Publicidade",
        "Reklama",
    ),
    must_keep=(
        "The advertisement ran in three newspapers on Sunday.",
        "Die Anzeige wurde am Montag erstattet, teilte die Polizei mit.",
    ),
)

SPONSOR_LABEL = PhraseRule(
    id="sponsor-label",
    description="Sponsored-content labels ('Sponsored content', 'Anzeige:', 'Contenu sponsorisé').",
    phrases={
        "en": (
            "sponsored",
            "sponsored content",
            "sponsored by",
            "sponsored post",
            "paid content",
            "paid post",
            "partner content",
            "promoted",
            "promoted content",
            "advertorial",
            "advertisement",
            "sponsored by",
        ),
        "de": (
            "anzeige",
            "werbung",
            "gesponsert",
            "gesponserter inhalt",
            "gesponserter beitrag",
            "präsentiert von",
            "in kooperation mit",
        ),
        "fr": (
            "contenu sponsorisé",
            "contenus sponsorisés",
            "contenu partenaire",
            "sponsorisé",
            "publi-rédactionnel",
            "en partenariat avec",
        ),
        "es": (
            "contenido patrocinado",
            "patrocinado",
            "patrocinado por",
            "patrocinado",
            "publieditorial",
        ),
        "it": (
            "contenuto sponsorizzato",
            "sponsorizzato",
            "contenuto offerto da",
            "in collaborazione con",
        ),
        "pt": (
            "patrocinado",
            "conteúdo patrocinado",
            "patrocinado",
            "conteúdo de marca",
        ),
    },
    match="label",
    max_chars=120,
    must_remove=(
        "Sponsored content",
        "Anzeige: Jetzt günstig Strom vergleichen",
        "Contenu sponsorisé",
        "Contenido patrocinado",
        "Contenuto sponsorizzato",
        "Conteúdo patrocinado",
        "In Kooperation mit",
    ),
    must_keep=(
        "Sponsored by the city, the festival drew 20,000 visitors.",
        "In Kooperation mit der Universität entstand ein neues Labor.",
    ),
)

# An ad label in capitals, a dash, then the advertiser's text: "ANZEIGE - Heute mal ausgehen?".
# The label phrases take ':' '»' '›' after a label, not a dash (a dash also opens an aside in a
# story sentence: "Credit — and lots of it — …"), so this shape asks for the label in capitals.
_AD_WORDS = (
    "ANZEIGE",
    "WERBUNG",
    "ADVERTISEMENT",
    "SPONSORED",
    "PUBLICITÉ",
    "PUBLICIDAD",
    "PUBBLICITÀ",
    "PUBLICIDADE",
    "REKLAMA",
    "ADVERTENTIE",
)
AD_TEASER = ShapeRule(
    id="ad-teaser",
    description="An advertiser's teaser after a capitalised ad label and a dash: 'ANZEIGE - Heute mal ausgehen?'.",
    pattern=rf"(?-i:{'|'.join(_AD_WORDS)})\s?[-–—]\s?\S.{{0,200}}",
    first_words=tuple(word.lower() for word in _AD_WORDS),
    max_chars=220,
    stage="fallback",  # after the ad-slot lines ("ADVERTISEMENT - CONTINUE READING BELOW")
    must_remove=(
        "ADVERTISEMENT - Try our new credit card today",
        "ANZEIGE - Heute mal ausgehen/bestellen? Wie wäre es mit:",
        "PUBLICITÉ – Découvrez nos offres",
        "PUBLICIDAD - Descubre la nueva colección",
        "PUBBLICITÀ - Scopri le offerte",
        "PUBLICIDADE - Conheça a nova coleção",
        "REKLAMA - Sprawdź ofertę",
    ),
    must_keep=(
        "Advertisement — and lots of it — paid for the campaign, he said.",
        "Werbung – das ist für viele Vereine die wichtigste Einnahme.",
        "Anzeige - so nennen Juristen die Meldung einer Straftat.",
    ),
    languages=("en", "de", "fr", "es", "it", "pt", "pl"),
)

RULES = (AD_LABEL, SPONSOR_LABEL, AD_TEASER)
"""This family's rules, in the order they run within their stage."""
