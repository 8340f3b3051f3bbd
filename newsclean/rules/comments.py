"""Comment sections: prompts, counts, the comment form and the guideline lines around them."""

from __future__ import annotations

from newsclean._kinds.comment_thread import CommentThreadRule
from newsclean._kinds.follower import FollowerRule
from newsclean._kinds.phrase import PhraseRule
from newsclean._kinds.structure import ShapeRule
from newsclean.rules.timestamps import DATE, ON

__all__ = [
    "ARTICLE_FEEDBACK",
    "COMMENT_ACTIONS",
    "COMMENT_COUNT",
    "COMMENT_FORM",
    "COMMENT_GUIDELINES",
    "COMMENT_HEADER",
    "COMMENT_HEADING",
    "COMMENT_PROMPT",
    "COMMENT_THREAD",
    "RULES",
]

# The languages of the pattern and word rules below (a phrase rule takes its own from its phrases).
_LANGUAGES = ("en", "de", "fr", "es", "it", "pt")

COMMENT_PROMPT = PhraseRule(
    id="comment-prompt",
    description="Comment-section prompts and links such as 'BE PART OF THE CONVERSATION'.",
    phrases={
        "en": (
            "your comments",
            "sign in to comment",
            "be part of the conversation",
            "join the conversation",
            "join the discussion",
            "your opinion",
            "share your thoughts",
            "what do you think",
            "jump to comments",
            "go to comments",
            "skip to comments",
            "leave a comment",
            "leave a reply",
            "post a comment",
            "add a comment",
            "write a comment",
            "add comment",
            "comments are closed",
            "comments closed",
            "show comments",
            "hide comments",
            "view comments",
            "load comments",
            "read comments",
            "view all comments",
            "read all comments",
            "show all comments",
            "post your comment",
            "enter your comment",
            "add your comment",
            "submit your comment",
            "submit comment",
            "post comment",
            "click to view comments",
            "no comments",
            "no comments yet",
            "be the first to comment",
            "comments",
            "comment",
            "reply",
            "cancel reply",
            "replydelete",
            "reply delete",
            "view the discussion thread",
            "no response so far",
            "no responses yet",
            "your comment",
            "responses",
            "share your thoughts and debate the big issues",
        ),
        "de": (
            "kommentar schreiben",
            "kommentare schreiben",
            "schreibe einen kommentar",
            "schreib einen kommentar",
            "kommentar verfassen",
            "kommentar abgeben",
            "kommentar hinzufügen",
            "kommentieren",
            "kommentare anzeigen",
            "zu den kommentaren",
            "zum kommentarbereich",
            "kommentare lesen",
            "alle kommentare",
            "alle kommentare lesen",
            "alle kommentare anzeigen",
            "kommentar abschicken",
            "kommentar absenden",
            "kommentare",
            "kommentar",
            "leserkommentare",
            "neueste kommentare",
            "letzte kommentare",
            "keine kommentare",
            "noch keine kommentare",
            "kommentare sind geschlossen",
            "kommentarfunktion geschlossen",
            "die kommentarfunktion ist geschlossen",
            "diskutieren sie mit",
            "diskutiere mit",
            "ihre meinung",
            "deine meinung",
            "ihre meinung ist gefragt",
            "hier ist ihre meinung gefragt",
            "was meinen sie",
            "antworten",
            "antwort abbrechen",
            "kommentieren sie",
            "hinterlasse eine antwort",
            "hinterlasse einen kommentar",
            "antwort hinterlassen",
            "hinterlassen sie eine antwort",
            "hinterlassen sie einen kommentar",
            "bisher keine kommentare",
            "dein kommentar",
            "ihr kommentar",
            "kommentare einblenden",
            "es gibt noch keine kommentare",
            "leider sind keine kommentare möglich",
            "keine kommentare kommentare sind geschlossen",
            "kommentieren sie hier",
            "diskutieren sie mit uns",
        ),
        "fr": (
            "publier un commentaire",
            "contribuer",
            "laisser un commentaire",
            "écrire un commentaire",
            "ajouter un commentaire",
            "voir les commentaires",
            "voir tous les commentaires",
            "lire tous les commentaires",
            "envoyer votre commentaire",
            "envoyer le commentaire",
            "aller aux commentaires",
            "accéder aux commentaires",
            "commentaires",
            "commentaire",
            "aucun commentaire",
            "les commentaires sont fermés",
            "soyez le premier à commenter",
            "réagir",
            "votre avis",
            "donnez votre avis",
            "répondre",
            "annuler la réponse",
            "votre commentaire",
        ),
        "es": (
            "deja un comentario",
            "dejar un comentario",
            "deja tu comentario",
            "dejá tu comentario",
            "escribe un comentario",
            "añadir comentario",
            "tu opinión",
            "su opinión",
            "opina",
            "ver comentarios",
            "ver todos los comentarios",
            "enviar comentario",
            "publicar comentario",
            "ir a los comentarios",
            "ir a comentarios",
            "comentarios",
            "comentario",
            "comentar",
            "sin comentarios",
            "los comentarios están cerrados",
            "sé el primero en comentar",
            "responder",
            "cancelar respuesta",
            "tu comentario",
        ),
        "it": (
            "lascia un commento",
            "scrivi un commento",
            "vedi tutti i commenti",
            "leggi tutti i commenti",
            "invia commento",
            "pubblica commento",
            "aggiungi un commento",
            "la tua opinione",
            "dì la tua",
            "commenti",
            "commento",
            "commenta",
            "nessun commento",
            "vai ai commenti",
            "i commenti sono chiusi",
            "sii il primo a commentare",
            "rispondi",
            "annulla risposta",
            "il tuo commento",
        ),
        "pt": (
            "deixe um comentário",
            "deixe seu comentário",
            "escreva um comentário",
            "adicionar comentário",
            "sua opinião",
            "opine",
            "ver comentários",
            "ver todos os comentários",
            "enviar comentário",
            "publicar comentário",
            "ir para os comentários",
            "comentários",
            "comentário",
            "sem comentários",
            "comentários encerrados",
            "seja o primeiro a comentar",
            "cancelar resposta",
            "seu comentário",
        ),
        "pl": (
            "dołącz do dyskusji",
            "komentarze",
            "dodaj komentarz",
        ),
        "nl": (
            "reacties",
            "reageer",
            "reageren",
            "plaats een reactie",
            "geef een reactie",
            "laat een reactie achter",
            "praat mee",
            "lees de reacties",
            "bekijk de reacties",
            "reageer op dit artikel",
            "beantwoorden",
            "reactie annuleren",
        ),
    },
    must_remove=(
        "Plaats een reactie",
        "BE PART OF THE CONVERSATION",
        "Jump to comments ↓",
        "Leave a Reply",
        "Schreibe einen Kommentar",
        "Publier un commentaire",
        "Dejá tu comentario",
        "Lascia un commento",
        "Deixe um comentário",
        "Kommentare einblenden",
        "Dołącz do dyskusji",
        "Post Your Comment",
        "* View All Comments ()",
        "Alle Kommentare lesen",
        "Voir tous les commentaires",
        "Ver todos los comentarios",
        "Vedi tutti i commenti",
        "Ver todos os comentários",
    ),
    must_keep=(
        "Residents were invited to join the conversation about the new bridge at city hall.",
        "Kommentare in sozialen Netzwerken hatten die Debatte angeheizt.",
        "Comentarios del presidente provocaron una fuerte reacción en el Congreso.",
        "Post your comment on the plan by Friday, the council told residents.",
        "Alle Kommentare lesen die Moderatoren vor der Freischaltung.",
    ),
)

COMMENT_COUNT = PhraseRule(
    id="comment-count",
    description="Comment and reply counts such as '120 Kommentare' or 'Comments (3)'.",
    phrases={
        "en": (
            "comment number",
            "reply",
            "comments",
            "comment",
            "replies",
            "responses",
        ),
        "de": (
            "kommentar nr.",
            "antwort",
            "kommentare",
            "kommentar",
            "antworten",
            "reaktionen",
            "kommentare insgesamt",
            "postings",
            "posting",
            "bisherige kommentare",
            "ergänzungen",
        ),
        "fr": (
            "réponse",
            "commentaires",
            "commentaire",
            "réactions",
            "réponses",
            "vos réactions",
        ),
        "es": (
            "respuesta",
            "comentarios",
            "comentario",
            "respuestas",
        ),
        "it": (
            "risposta",
            "commenti",
            "commento",
            "risposte",
        ),
        "pt": (
            "resposta",
            "comentários",
            "comentário",
            "respostas",
        ),
        "pl": (
            "komentarze",
            "komentarzy",
            "komentarz",
        ),
        "nl": (
            "reactie nr.",
            "reacties",
            "reactie",
        ),
    },
    match="counted",
    max_chars=40,
    must_remove=(
        "12 reacties",
        "120 Kommentare",
        "12 Postings",
        "2 Comments",
        "Comments (3)",
        "12 commentaires",
        "5 comentarios",
        "3 commenti",
        "8 comentários",
        "12 komentarzy",
        "Vos réactions (11)",
        "Kommentare insgesamt: 0",
        "Comments: 12",
        "Comment number 2.",
        "Kommentar Nr. 14",
    ),
    must_keep=("120 Kommentare gingen bis Mitternacht ein.", "2 comments from the minister"),
)

COMMENT_FORM = PhraseRule(
    id="comment-form",
    description="Comment-form and moderation boilerplate ('Your email address will not be published').",
    phrases={
        "en": (
            "all posts are reactively-moderated",
            "please read our community guidelines",
            "help us maintain a healthy and vibrant community",
            "or register to comment",
            "logged in to post a comment",
            "logged in to comment",
            "log in to comment",
            "sign in to comment",
            "login to comment",
            "your email address will not be published",
            "required fields are marked",
            "save my name, email, and website",
            "notify me of follow-up comments",
            "notify me of new posts",
            "this site uses akismet",
            "comments powered by disqus",
            "enable javascript to view the comments",
            "lines and paragraphs break automatically",
            "allowed html tags",
            "comments are moderated",
            "comments may be republished",
            "we ask that comments are civil",
            "please log in here to leave a comment",
            # a blog post's footer: where the replies go ("… through the RSS 2.0 feed")
            "follow any responses to this entry",
            "follow any comments to this entry",
            "both comments and pings are currently closed",
            "responses are currently closed",
            "you can leave a response, or trackback",
        ),
        "de": (
            "melden sie sich an, um zu kommentieren",
            "um kommentare zu schreiben",
            "müssen sie eingeloggt sein",
            "musst eingeloggt sein",
            "musst du eingeloggt sein",
            "angemeldete benutzer können kommentieren",
            "deine e-mail-adresse wird nicht veröffentlicht",
            "ihre e-mail-adresse wird nicht veröffentlicht",
            "erforderliche felder sind mit",
            "pflichtfelder sind mit",
            "benachrichtige mich über",
            "diese website verwendet akismet",
            "zeilenumbrüche und absätze werden automatisch erzeugt",
            "erlaubte html-tags",
            "kommentare werden moderiert",
            "kommentarrichtlinien",
            "sie müssen sich einloggen, um",
            "müssen sie angemeldet sein",
            "sie sind nicht verbunden",
            "bitte registrieren sie sich und halten sie sich an unsere netiquette",
            "wenn sie diesen blogeintrag kommentieren möchten",
            "verraten sie gerne in den kommentaren",
            "schreiben sie es in die kommentare",
            "schreib es in die kommentare",
            "dein kommentar wurde als spam identifiziert",
            "hinterlasse jetzt einen kommentar",
            "bitte loggen sie sich vor dem kommentieren ein",
            "wird benötigt und nicht veröffentlicht",
            "bleibt natürlich unter uns",
            "kommentare erscheinen erst nach",
            "kommentare werden erst nach",
            "antworten zu diesem artikel via rss",
            "antworten zu diesem eintrag über den rss",
            "kommentare und pings sind derzeit geschlossen",
            "meinen namen, meine e-mail-adresse und meine website in diesem browser",
        ),
        "fr": (
            "merci de respecter notre charte",
            "connecté pour publier un commentaire",
            "connectez-vous pour commenter",
            "votre adresse e-mail ne sera pas publiée",
            "votre adresse de messagerie ne sera pas publiée",
            "les champs obligatoires sont indiqués",
            "enregistrer mon nom",
            "prévenez-moi de tous",
            "ce site utilise akismet",
            "charte de modération",
            "réponses à cet article par le fil rss",
            "réponses à cet article via le flux rss",
            "les commentaires et pings sont actuellement fermés",
        ),
        "es": (
            "regístrate para comentar",
            "para comentar debes",
            "inicia sesión para comentar",
            "tu dirección de correo electrónico no será publicada",
            "los campos obligatorios están marcados",
            "guardar mi nombre",
            "guarda mi nombre, correo electrónico y web",
            "este sitio usa akismet",
            "normas de participación",
            "respuesta a esta entrada a través del feed",
            "los comentarios y pings están cerrados",
        ),
        "it": (
            "registrati per commentare",
            "registrato per commentare",
            "accedi per commentare",
            "devi essere connesso per inviare un commento",
            "il tuo indirizzo email non sarà pubblicato",
            "i campi obbligatori sono contrassegnati",
            "salva il mio nome",
            "questo sito usa akismet",
            "risposte a questo articolo tramite il feed",
            "i commenti e i ping sono chiusi",
        ),
        "pt": (
            "cadastre-se para comentar",
            "faça login para comentar",
            "o seu endereço de e-mail não será publicado",
            "seu endereço de e-mail não será publicado",
            "campos obrigatórios são marcados",
            "salvar meus dados",
            "guardar o meu nome, email e site",
            "este site utiliza o akismet",
            "respostas desta entrada através do feed",
            "comentários e pings estão fechados",
        ),
        "nl": (
            "meld je aan om te reageren",
            "je e-mailadres wordt niet gepubliceerd",
            "uw e-mailadres wordt niet gepubliceerd",
            "vereiste velden zijn gemarkeerd met",
            "mijn naam, e-mail en site opslaan",
        ),
    },
    match="contains",
    max_chars=220,
    must_remove=(
        "You must be logged in to post a comment.",
        "Your email address will not be published. Required fields are marked *",
        "Du musst eingeloggt sein um Kommentare zu schreiben!",
        "Deine E-Mail-Adresse wird nicht veröffentlicht.",
        "Votre adresse e-mail ne sera pas publiée.",
        "Para comentar debes registrarte y completar los datos generales.",
        "Il tuo indirizzo email non sarà pubblicato.",
        "O seu endereço de e-mail não será publicado.",
        "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die "
        "nächste Kommentierung speichern.",
        "Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que "
        "comente.",
        "Guardar o meu nome, email e site neste navegador para a próxima vez que eu comentar.",
        "Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *",
        "Mijn naam, e-mail en site opslaan in deze browser voor de volgende keer wanneer ik "
        "een reactie plaats.",
        "You can follow any responses to this entry through the RSS 2.0 feed. You can leave a"
        " response, or trackback from your own site.",
        "Both comments and pings are currently closed.",
        "Sie können alle Antworten zu diesem Eintrag über den RSS 2.0 Feed verfolgen.",
        "Vous pouvez suivre les réponses à cet article par le fil RSS 2.0.",
        "Puedes seguir cualquier respuesta a esta entrada a través del feed RSS 2.0.",
        "Puoi seguire le risposte a questo articolo tramite il feed RSS 2.0.",
        "Você pode acompanhar as respostas desta entrada através do feed RSS 2.0.",
        "All posts are reactively-moderated and must obey the house rules.",
        "Before commenting, please read our community guidelines.",
        "Melden Sie sich an, um zu kommentieren.",
        "Merci de respecter notre charte de modération.",
        "Regístrate para comentar esta noticia.",
        "Registrati per commentare.",
        "Cadastre-se para comentar.",
        "Meld je aan om te reageren.",
    ),
    must_keep=(
        "The ministry said the names of the victims will not be published until families are told.",
        "Der Minister weigerte sich, die Entscheidung zu kommentieren.",
        "Le ministre n'était pas disponible pour commenter.",
        "El ministro no estuvo disponible para comentar.",
        "Het ministerie zei dat de namen van de slachtoffers niet worden gepubliceerd.",
        "The platform updated its community guidelines on Monday.",
        "Responses to this entry in the contest were judged by a panel of five.",
    ),
)

COMMENT_GUIDELINES = FollowerRule(
    id="comment-guidelines",
    description="Community-guideline and 'share a story idea' lines under a comment prompt.",
    after=("comment-prompt",),
    contains=(
        "comment",
        "community",
        "conversation",
        "guideline",
        "story idea",
        "respectful",
        "forum",
        "moderat",
        "kommentar",
        "netiquette",
        "commentaire",
        "modér",
        "comentario",
        "commento",
        "comentário",
    ),
    max_lines=4,
    max_chars=300,
    must_remove=(
        "BE PART OF THE CONVERSATION\n\n"
        "News Channel 3-12 is committed to providing a forum for civil and constructive conversation.\n\n"
        "Please keep your comments respectful and relevant.\n\n"
        "If you would like to share a story idea, please submit it here.",
        "Kommentare\n\nBitte beachten Sie unsere Netiquette beim Kommentieren.",
        "Commentaires\n\nLes commentaires sont modérés avant publication.",
        "Comentarios\n\nLos comentarios serán moderados antes de publicarse.",
        "Commenti\n\nI commenti sono moderati prima della pubblicazione.",
        "Comentários\n\nOs comentários são moderados antes da publicação.",
    ),
    must_keep=(
        "The forum for civil and constructive conversation closed in 2019, the mayor said.",
    ),
    languages=_LANGUAGES,
)

_COUNT = r"(?:noch\s)?(?:\d+|one|no|ein|eine|kein|keine|un|une|uno|una|um|uma|nessun|aucun|ningún|nenhum)"
_REPLIES = (
    r"(?:thoughts?|responses?|comments?|replies|reply|gedanken|gedanke|kommentare?|antworten"
    r"|antwort|réponses?|commentaires?|réflexions?|respuestas?|comentarios?|risposte|risposta"
    r"|commenti|commento|respostas?|comentários?)"
)

# "on/zu/à … " then a quoted title, or an unquoted one that does not end like a sentence.
_TITLE = (
    r"\s(?:on|to|for|zu|für|à|sur|a|en|para|su|per|em|sobre)\s"
    r"(?:[„“\"«‘'].{1,200}[”“\"»’']|.{0,200}[^.!?\s])"
)

COMMENT_HEADING = ShapeRule(
    id="comment-heading",
    description="Comment-section headings that count replies to a title ('4 thoughts on “…”').",
    pattern=rf"{_COUNT}\s{_REPLIES}{_TITLE}",
    first_chars="0123456789oOnNeEkKuUaA",
    # every word of _REPLIES holds one of these
    triggers=(
        *("thought", "response", "comment", "repl", "gedanke", "kommentar", "antwort"),
        *("réponse", "réflexion", "respuesta", "comentario", "rispost", "respost", "comentário"),
    ),
    max_chars=250,
    must_remove=(
        "4 thoughts on “Mein Motto Konsumsparen”",
        "One response to “Why we moved”",
        "4 Gedanken zu „Mein Motto Konsumsparen“",
        "Noch keine Kommentare zu So können Internet-User sorgen",
        "2 réponses à « Le projet »",
        "3 comentarios en “La reforma”",
        "5 commenti su “La riforma”",
        "2 comentários em “A reforma”",
    ),
    must_keep=("One response to the crisis was a new tax on fuel, the minister said.",),
    languages=_LANGUAGES,
)

# A reader comment's header: its author, then the date and the time it was posted. The time is
# required: "Kommentar von Anna Roth, 3. März 2020" also opens an opinion column.
_COMMENT_WORD = (
    r"(?:comment|kommentar|commentaire|comentario|commento|comentário|komentarz|reactie)"
)
_BY_WORD = r"(?:by|from|von|de|par|di|da|do|od|van)"
COMMENT_HEADER = ShapeRule(
    id="comment-header",
    description="A reader comment's header: 'Comment by Anna — 17.07.2011 @ 13:04'.",
    pattern=(
        rf"{_COMMENT_WORD}\s{_BY_WORD}\s[^\d@|:]{{2,40}}?\s?[—–,|-]?\s?{ON}"
        rf"(?:{DATE}|\d{{1,2}}\.\d{{1,2}},\s?\d{{4}})"
        r",?\s?(?:@|at|um|à|a\slas|alle|às|-|\|)?\s?\d{1,2}[:.h]\d{2}(?:\s?(?:uhr|am|pm|h))?"
    ),
    first_words=(
        *("comment", "kommentar", "commentaire", "comentario", "commento", "comentário"),
        *("komentarz", "reactie"),
    ),
    max_chars=120,
    must_remove=(
        "Comment by Mirko Lange — 17.07, 2011 @ 13:04",
        "Comment by Jane Doe — March 3, 2011 @ 1:04 pm",
        "Kommentar von Anna Roth am 3. März 2020 um 10:27 Uhr",
        "Commentaire de Paul — 3 mars 2020 à 10h27",
        "Comentario de Ana — 3 de marzo de 2020 a las 10:27",
        "Commento di Marco — 3 marzo 2020 alle 10:27",
        "Comentário de Ana — 3 de março de 2020 às 10:27",
        "Komentarz od Anny — 03.03.2020 10:27",
    ),
    must_keep=(
        "Kommentar von Anna Roth zum Haushalt 2020",
        "Comment by the minister on March 3, 2011 was brief.",
        "Comment by Anna Roth — March 3, 2011 @ the town hall",
    ),
    languages=(*_LANGUAGES, "pl"),
)

ARTICLE_FEEDBACK = PhraseRule(
    id="article-feedback",
    description="Rating and feedback prompts ('Was this article helpful?', 'Artikel bewerten').",
    phrases={
        "en": (
            "enjoyed this article",
            "liked this article",
            "did you like this story",
            "did you find this article useful",
            "thanks for your feedback",
            "send us feedback",
            "what's wrong with this page",
            "send feedback",
            "give feedback",
            "report a typo",
            "submit a correction",
            "suggest a correction",
            "corrections policy",
            "was this article helpful",
            "was this helpful",
            "did you find this article helpful",
            "rate this article",
            "rate this",
            "no ratings yet",
            "report an error",
            "report a correction",
            "feedback to editors",
            "did you like this article",
            "did you enjoy this article",
            "how would you rate this article",
        ),
        "de": (
            "hat dir der artikel gefallen",
            "hat dir dieser artikel gefallen",
            "fanden sie diesen artikel hilfreich",
            "fehler gemeldet",
            "feedback senden",
            "feedback geben",
            "tippfehler melden",
            "korrektur melden",
            "war dieser artikel hilfreich",
            "ist dieser beitrag hilfreich",
            "war dieser beitrag hilfreich",
            "artikel bewerten",
            "beitrag bewerten",
            "bewerten sie diesen artikel",
            "bewerten",
            "noch keine bewertungen",
            "fehler gefunden",
            "fehler gefunden? jetzt melden",
            "fehler melden",
            "haben sie einen fehler gefunden",
            "wie bewerten sie diesen artikel",
            "war der artikel nützlich",
            "fanden sie diesen artikel nützlich",
            "gefällt ihnen dieser artikel",
            "dieser artikel gefällt ihnen",
            "bewerten sie dieses produkt",
            "info zur bewertung",
            "hat ihnen dieser artikel gefallen",
            "hat ihnen der artikel gefallen",
            "hat ihnen dieser beitrag gefallen",
        ),
        "fr": (
            "vous avez aimé cet article",
            "cet article vous a plu",
            "vous avez apprécié cet article",
            "merci pour votre avis",
            "signaler une coquille",
            "envoyer une correction",
            "donnez votre avis",
            "cet article vous a-t-il été utile",
            "cet article vous a été utile",
            "noter cet article",
            "signaler une erreur",
            "signaler une faute",
            "cet article vous a-t-il plu",
            "avez-vous aimé cet article",
        ),
        "es": (
            "¿le gustó este artículo",
            "¿te gustó la nota",
            "¿le ha gustado este artículo",
            "¿te pareció útil este artículo",
            "reportar una errata",
            "enviar una corrección",
            "enviar comentarios",
            "¿te resultó útil este artículo",
            "¿te ha resultado útil",
            "¿te resultó útil",
            "valora este artículo",
            "reportar un error",
            "valora esta noticia",
            "¿te ha resultado útil este artículo",
            "¿te gustó este artículo",
            "¿te ha gustado este artículo",
        ),
        "it": (
            "ti è piaciuto l'articolo",
            "vi è piaciuto questo articolo",
            "ti è stato utile questo articolo",
            "vota questo articolo",
            "segnala una correzione",
            "invia un feedback",
            "invia feedback",
            "questo articolo ti è stato utile",
            "ti è stato utile",
            "valuta questo articolo",
            "segnala un errore",
            "ti è piaciuto questo articolo",
        ),
        "pt": (
            "gostou do artigo",
            "este conteúdo foi útil",
            "enviar feedback",
            "reportar um erro",
            "sugerir correção",
            "este artigo foi útil",
            "esta matéria foi útil",
            "avalie este artigo",
            "reportar erro",
            "gostou deste artigo",
            "gostou desta matéria",
        ),
        "nl": (
            "vond je dit artikel interessant",
            "vond u dit artikel nuttig",
            "heb je iets aan dit artikel gehad",
            "was dit artikel nuttig",
            "vond je dit artikel nuttig",
            "beoordeel dit artikel",
            "bedankt voor je feedback",
            "fout gezien?",
            "meld een fout",
            "feedback geven",
        ),
    },
    max_chars=80,
    must_remove=(
        "Vous avez aimé cet article ?",
        "Gostou deste artigo?",
        "Was this article helpful?",
        "Did you find this article useful?",
        "Fanden Sie diesen Artikel hilfreich?",
        "Ti è stato utile questo articolo?",
        "Was dit artikel nuttig?",
        "Beoordeel dit artikel",
        "Ist dieser Beitrag hilfreich?",
        "(Noch keine Bewertungen)",
        "Cet article vous a-t-il été utile ?",
        "¿Te resultó útil este artículo?",
        "Questo articolo ti è stato utile?",
        "Este artigo foi útil?",
        "War der Artikel nützlich?",
        "Valora esta noticia",
        "Hat Ihnen dieser Artikel gefallen?",
        "Did you like this article?",
        "Cet article vous a-t-il plu ?",
        "¿Te gustó este artículo?",
        "Ti è piaciuto questo articolo?",
        "Gostou deste artigo?",
        "Meld een fout",
        "Report a typo",
        "Fehler gemeldet",
    ),
    must_keep=(
        "Was this article helpful to the defence? The judge did not say.",
        "Did you like this article, the editor asked the author, who said no.",
        "Report a typo in the ballot to the clerk, voters were told.",
    ),
)

# What a commenter's name is followed by ("Anna says:", "Jean dit :", "Jan schreef:").
_SAYS = (
    r"(?:says|said|wrote|writes|sagt|schreibt|schrieb|meint|dit|a\sdit|écrit|a\sécrit|dice"
    r"|dijo|escribe|escribió|ha\sdetto|scrive|ha\sscritto|diz|disse|escreve|escreveu|zegt"
    r"|schrijft|schreef)"
)
# What opens a signature that names the commenter after a colon ("Posted by: Tom | …").
_POSTED = (
    r"(?:posted|submitted|written)\sby|geschrieben\svon|verfasst\svon|publié\spar|posté\spar"
    r"|écrit\spar|publicado\spor|escrito\spor|enviado\spor|pubblicato\sda|scritto\sda"
    r"|inviato\sda|postado\spor|geplaatst\sdoor|geschreven\sdoor"
)
_THREAD_TEXT = (
    "Great story, thanks. The bridge has been a mess for years and somebody had to say it.\n"
)

COMMENT_THREAD = CommentThreadRule(
    id="comment-thread",
    description=(
        "Readers' comments under a comment heading, told by their signatures ('Anna says:' with"
        " a date, 'Posted by: Tom | March 3, 2012 at 10:59 AM')."
    ),
    openers=(
        "comment-prompt",
        "comment-count",
        "comment-heading",
        "comment-form",
        "comment-guidelines",
    ),
    signature=(
        rf"(?:.{{0,120}}\s)?{_SAYS}\s?:"
        rf"|(?:\d{{1,3}}\.\s)?(?:{_POSTED})\s?:\s.{{1,120}}"
    ),
    # a time, a year or a numeric date, on the signature's line or the one below
    dated=r"\d{1,2}[:h]\d{2}|\b(?:19|20)\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b",
    signature_rules=("comment-header",),
    must_remove=(
        # A cookie notice stands in for the story's last paragraph (another rule removes it).
        "We use cookies to personalise content and ads, to provide social media features and to "
        "analyse our traffic on this site.\n\n"
        "28 Comments\n\n"
        "1. 10. Jul, 2012 / Mandy says:\n"
        f"{_THREAD_TEXT}"
        "Reply\n"
        "2. 10. Jul, 2012 / Deidre says:\n"
        "I laughed hard at the photo. Glad you are back!\n"
        "Reply\n\n"
        "Leave a Reply",
        "We use cookies to personalise content and ads, to provide social media features and to "
        "analyse our traffic on this site.\n\n"
        "Comments\n\n"
        f"{_THREAD_TEXT}"
        "Posted by: Kevin Walli | September 25, 2012 at 07:14 PM\n\n"
        "Hey Kevin, I'm glad you jumped in with this additional information. Many thanks.\n\n"
        "Posted by: David Scott | September 26, 2012 at 05:17 AM\n\n"
        "Post a comment",
        "Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe auf unsere "
        "Website zu analysieren.\n\n"
        "12 Kommentare\n\n"
        "Anna Roth sagt:\n"
        "3. März 2020 um 10:27 Uhr\n"
        "Endlich sagt es mal jemand. Die Brücke ist seit Jahren ein Ärgernis.\n"
        "Antworten\n"
        "Peter sagt:\n"
        "4. März 2020 um 08:15 Uhr\n"
        "Sehe ich genauso.\n"
        "Antworten\n\n"
        "Schreibe einen Kommentar",
        "Nous utilisons des cookies pour personnaliser le contenu et les publicités et pour "
        "analyser notre trafic sur ce site.\n\n"
        "3 commentaires\n\n"
        "Jean dit :\n"
        "3 mars 2020 à 10h27\n"
        "Enfin quelqu'un qui le dit. Ce pont est un scandale depuis des années.\n"
        "Répondre\n"
        "Marie dit :\n"
        "4 mars 2020 à 08h15\n"
        "Tout à fait d'accord.\n"
        "Répondre\n\n"
        "Laisser un commentaire",
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle "
        "publicidad relacionada con sus preferencias.\n\n"
        "5 comentarios\n\n"
        "Juan dice:\n"
        "3 de marzo de 2020 a las 10:27\n"
        "Por fin alguien lo dice. El puente es un desastre desde hace años.\n"
        "Responder\n"
        "Ana dice:\n"
        "4 de marzo de 2020 a las 08:15\n"
        "Totalmente de acuerdo.\n"
        "Responder\n\n"
        "Deja un comentario",
        "Utilizziamo i cookie per personalizzare contenuti e annunci e per analizzare il nostro "
        "traffico su questo sito web.\n\n"
        "Commenti\n\n"
        "Marco ha detto:\n"
        "3 marzo 2020 alle 10:27\n"
        "Finalmente qualcuno lo dice. Il ponte è un disastro da anni.\n"
        "Rispondi\n"
        "Giulia ha detto:\n"
        "4 marzo 2020 alle 08:15\n"
        "Sono d'accordo.\n"
        "Rispondi\n\n"
        "Lascia un commento",
        "Utilizamos cookies para personalizar conteúdos e anúncios e para analisar o nosso "
        "tráfego neste site.\n\n"
        "Comentários\n\n"
        "João disse:\n"
        "3 de março de 2020 às 10:27\n"
        "Finalmente alguém diz isto. A ponte é um desastre há anos.\n"
        "Responder\n"
        "Ana disse:\n"
        "4 de março de 2020 às 08:15\n"
        "Concordo.\n"
        "Responder\n\n"
        "Deixe um comentário",
        "Wij gebruiken cookies om content en advertenties te personaliseren en om ons "
        "websiteverkeer te analyseren.\n\n"
        "5 reacties\n\n"
        "Jan schreef:\n"
        "3 maart 2020 om 10:27\n"
        "Eindelijk zegt iemand het. De brug is al jaren een ramp.\n"
        "Reageer\n"
        "Els schreef:\n"
        "4 maart 2020 om 08:15\n"
        "Helemaal mee eens.\n"
        "Reageer\n\n"
        "Laat een reactie achter",
    ),
    must_keep=(
        # quoted letters in the story: no comment heading above them
        "In a letter dated May 2012, the minister wrote:\n"
        "“The bridge will be repaired within a year.”\n"
        "Two years later, in 2014, his successor wrote:\n"
        "“The works have not even started.”",
        "Im Mai 2012 schrieb der Minister:\n"
        "„Die Brücke wird innerhalb eines Jahres repariert.“\n"
        "Zwei Jahre später, 2014, schrieb sein Nachfolger:\n"
        "„Die Arbeiten haben noch nicht einmal begonnen.“",
    ),
    known_misses=(
        # One comment only: a lone signature is not evidence enough.
        "We use cookies to personalise content and ads, to provide social media features and to "
        "analyse our traffic on this site.\n\n"
        "1 Comment\n\n"
        "Mandy says:\n"
        "July 10, 2012 at 5:04 pm\n"
        f"{_THREAD_TEXT}"
        "Reply",
    ),
    languages=(*_LANGUAGES, "nl"),
)

# A comment's controls on one line, joined by bars or dots, maybe after its date or author:
# "Report abuse | Reply", "October 5, 2010 at 3:14 pm | Report abuse | Reply", "Antworten ·
# Melden" (en, de, fr, es, it, pt, nl). One control answers or reports; the others may share.
_ANSWER = (
    r"(?:reply|report(?:\sabuse|\scomment)?|flag|antworten|melden|missbrauch\smelden|répondre"
    r"|signaler(?:\sun\sabus)?|responder|denunciar|reportar|rispondi|segnala(?:\sabuso)?"
    r"|reageer|beantwoorden|rapporteren)"
)
_CONTROL = (
    rf"(?:{_ANSWER}|like|share|quote|permalink|recommend|zitieren|teilen|empfehlen|citer"
    r"|partager|j'aime|citar|compartir|me\sgusta|cita|condividi|mi\spiace|compartilhar|curtir"
    r"|delen|citeren)"
)
_JOIN = r"\s?[|·•]\s?"
COMMENT_ACTIONS = ShapeRule(
    id="comment-actions",
    description="A comment's controls on one line, maybe after its date: 'Report abuse | Reply', "
    "'October 5, 2010 at 3:14 pm | Report abuse | Reply', 'Antworten · Melden'.",
    pattern=(
        rf"(?:[^\n|·•.!?\"“”„«»]{{1,60}}{_JOIN})?"
        rf"(?=(?:{_CONTROL}{_JOIN})*{_ANSWER}\b){_CONTROL}(?:{_JOIN}{_CONTROL}){{1,4}}"
    ),
    first_chars=(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789ÉÀÁÍÓÚÜÖÄéàáíóúüöä"
    ),
    triggers=("|", "·", "•"),
    # the words of an answer or a report: a cheap test before the pattern
    requires=(
        *("reply", "report", "flag", "antworten", "melden", "répondre", "signaler"),
        *("responder", "denunciar", "reportar", "rispondi", "segnala", "reageer"),
        *("beantwoorden", "rapporteren"),
    ),
    max_chars=120,
    must_remove=(
        "Report abuse | Reply",
        "October 5, 2010 at 3:14 pm | Report abuse | Reply",
        "2 hours ago · Reply · Report",
        "Antworten · Melden",
        "Répondre | Signaler un abus",
        "Responder | Denunciar",
        "Rispondi | Segnala",
        "Responder · Denunciar",
        "Reageer | Rapporteren",
    ),
    must_keep=(
        "Share | Like",
        "Ministers report to Parliament | Reply due in May",
        "The minister's reply · a report",
    ),
    languages=(*_LANGUAGES, "nl"),
)

RULES = (
    COMMENT_PROMPT,
    COMMENT_COUNT,
    COMMENT_ACTIONS,
    COMMENT_FORM,
    COMMENT_HEADING,
    COMMENT_HEADER,
    COMMENT_GUIDELINES,
    ARTICLE_FEEDBACK,
    COMMENT_THREAD,
)
"""This family's rules, in the order they run within their stage."""
