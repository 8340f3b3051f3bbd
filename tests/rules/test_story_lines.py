"""Story lines that the default pipeline must keep when they stand inside an article.

Each line is written the way real articles read: short subheadings, one-line quotes, Q&A lines,
list items, datelines, editor's notes and sentences that start with words pages also use as
furniture ("Share", "Subscribe", "Comments", "Read more", "Photos", "Advertisement"...).
Precision comes first: a removal here deletes story text.
"""

from __future__ import annotations

import pytest

import newsclean

PIPELINE = newsclean.default_pipeline()

STORY_LINES: dict[str, tuple[str, ...]] = {
    "nl": (
        "Terug naar boven klom de bergbeklimmer pas na drie dagen, meldt de reddingsdienst.",
        "De printversie van het rapport ligt op het gemeentehuis, meldt de gemeente.",
        "Juni 2009 was de natste maand sinds het begin van de metingen, meldt het KNMI.",
        "Anne de Vries (Den Haag) en Pieter Jansen (Brussel) leidden de onderhandelingen namens de bonden.",
        "Probeer gratis te parkeren in het centrum en je krijgt een boete, waarschuwt de gemeente.",
        "Ontvang het nieuws via WhatsApp is een dienst die de krant in 2020 stopte.",
        "Gisteren, 18:42 uur: de brandweer meldt een brand in de binnenstad.",
        "Lid van de redactie was hij tot 2019, daarna ging hij de politiek in.",
        "Anna de Vries voor burgemeester",
        "Piet Jansen, wethouder",
        "Volg de fietsroute langs de Vecht tot aan Maarssen, adviseert de gemeente.",
        "Geplaatst in de hal van het station, bleef de waarschuwing onopgemerkt.",
        "Reageer niet op verdachte berichten, waarschuwt de politie.",
        "Onze nieuwsbrieven bereiken elke week 20.000 lezers, zegt de uitgever.",
        "Meer van hetzelfde is niet genoeg, zei de minister dinsdag.",
        "Foto's van de stemming gingen rond op sociale media.",
        "Abonneer je op het idee dat iedereen een huis verdient, zei de dominee.",
        "De buren hebben meegewerkt aan het onderzoek, meldt de politie.",
        "In een brief van mei 2012 schreef de minister:",
        "Tekst van het akkoord is nog niet openbaar, zei de woordvoerder.",
        "Column van Sanne de Vries leidde tot vragen in de Kamer.",
        "Lees ook de brief van de minister, zei de oppositie dinsdag.",
        "Reacties van omwonenden waren overwegend positief, meldt de gemeente.",
        "Delen van de stad bleven urenlang zonder stroom.",
        "Deel van de afspraak is dat de provincie meebetaalt.",
        "Bewaren van gegevens mag maximaal vijf jaar, oordeelde de rechter.",
        "Populair is de route langs de kust nog steeds.",
        "Meer nieuws volgt later vandaag, zei de woordvoerder.",
        "Onderwerpen als wonen en zorg domineerden het debat.",
        "Volg ons op de voet, zei de campagneleider tegen de pers.",
        "Over de auteur van het rapport is weinig bekend.",
        "Accepteren of weigeren: de keuze ligt bij de leden.",
        "Inloggen bij de gemeente kan voortaan met DigiD.",
        "Zoeken naar de vermiste wandelaar is gestaakt.",
        "Advertenties van de partij verschenen in alle landelijke kranten.",
        "Reclame voor gokken wordt vanaf juli verboden, besloot de Kamer.",
        "15 keer gedeeld werd de oproep, en toch kwam niemand opdagen.",
        "Hele aflevering lang zweeg de minister over de begroting.",
        "Probeer 4 weken gratis te leven, zei de schrijver.",
        "Het nieuws op WhatsApp verspreidde zich snel, meldt de politie.",
        "Toon minder begrip voor de daders, zei de burgemeester.",
        "Schrijf een reactie op de brief, vroeg de minister aan de Kamer.",
        "Er is iets misgegaan bij de telling, gaf de gemeente toe.",
        "Was dit artikel nuttig voor de zaak, vroeg de rechter.",
    ),
    "en": (
        "Ready for more? The council will vote again next week on the bridge plan, officials said.",
        "Start writing your letter to the council before Friday, the mayor urged residents.",
        "The mobile version of the app will be released next year, the company said.",
        "A printer-friendly version of the ruling was posted by the court on Friday.",
        "June 2009 was the wettest month on record, the weather service said.",
        "<script> tags can slow a page down, the engineers found in their tests.",
        "<a href> links were once the only way to move between pages, he said.",
        "Ana Ruiz (London) and Tom Field (Washington) led the talks for the unions.",
        "By Ana RuizTom Field's own account, the deal was done by midnight.",
        "Try it free for 30 days and you may forget to cancel, regulators warn.",
        "Turn on JavaScript in your browser settings if the form does not load.",
        "Get news on WhatsApp and you get rumours too, the researchers found.",
        "Sarah Collins Senior Reporter Wins Award",
        "Sarah Collins, MD, said the clinic would close on Friday.",
        "Tom Field Jr. and his father ran the shop for forty years.",
        "Reported by local media, the attack killed five people.",
        "Sarah Collins with AP photographers toured the flooded streets.",
        "By then the complaint, filed under: section 12, had been dismissed.",
        "Member of the editorial board Jane Doe resigned on Tuesday, the paper said.",
        "Yesterday at 6:42 PM the council voted to close the road.",
        "Santa Maria",
        "Saint Louis",
        "Ana Ruiz for Mayor",
        "Jane Doe, Chief Executive",
        "Tom Field for President",
        "Posted in Iraq, he served two tours before he joined the police.",
        "Read all 24 comments before you vote, the chair told members.",
        "Story continues to unfold in the capital, officials said on Tuesday.",
        "Sort by date and the pattern is clear, the clerk told the jury.",
        "Our newsletters reach 20,000 readers a week, the publisher said.",
        "More from the report is expected next week, officials said.",
        "Photos of the count/recount circulated online all night.",
        "Subscribe to the idea that everyone deserves a home, the pastor told the crowd.",
        "Donate now, the charity's director urged residents at the packed meeting on Tuesday.",
        "In a letter dated May 3, 2012, the minister wrote:",
        "Published in Nature by Ana Ruiz and Tom Field, the study shows that the schools need more money.",
        "About the author of the report, little is known beyond her name.",
        "A column by the editor sparked outrage among readers on Monday, the paper said.",
        "An essay by Ana Ruiz won the prize for commentary on Friday.",
        "Guest post by the mayor drew criticism from the council.",
        "Save for later what you cannot finish today, the coach told his players.",
        "The paper ran the photo on its front page (Sunday Photo Edition).",
        "Ana Ruiz in Kyiv says the shelling stopped at dawn.",
        "Authors Ana Ruiz and Tom Field signed the letter on Monday.",
        "Text and photos from the archive show the old harbour.",
        "The story was reported by several outlets, including the BBC, on Monday.",
        "An hour ago the council voted to delay the plan, officials said.",
        "Ana Ruiz, an hour ago, had called the decision a mistake.",
        "A year ago",
        "Go ahead, the mayor told the builders.",
        "Search terms such as flu rose sharply in January, Google said.",
        "The charity participates in the Amazon associate programme review, its filing shows.",
        "Hide caption contest entries until Friday, the organisers told readers.",
        "Posted by a reader on May 3, the permalink led to the old archive, the editor said.",
        "Post your comment by Friday, the council told residents.",
        "23 photos were shown at the exhibition, the curator said.",
        "Interview by interview, the panel built its case against the firm.",
        "Interviewed by police on Monday, the driver denied any wrongdoing.",
        "Interview with the mayor: a transcript was released on Friday.",
        "Brad Reed and the council met on January 16, 2015 to discuss it.",
        "Created in 2008, the fund now holds $3 billion.",
        "Review by the board found no fault.",
        "By the time the talks ended with AP reporters outside, the doors were shut.",
        "The court said the material may not be published until the appeal is heard.",
        "The company shall not be liable for delays caused by the strike, its lawyer argued.",
        "Why a newsletter? Because our readers asked for one, the editor said.",
        "Want cheaper tickets? Our newsletter had the answer, and readers loved it!",
        "Comment by the mayor on March 3, 2011 at 10:30 was brief, aides said.",
        "Showing 1 to 10 of 19 paintings, the museum reopened on Sunday.",
        "More information at www.police.uk was promised by the chief constable.",
        "Follow our YouTube channel, the militant group urged in a video, officials said.",
        "Readers can get the report by email if they sign up.",
        "Advertisement — and lots of it — paid for the campaign, he said.",
        "Also on the agenda: a vote on the budget.",
        "Next story arcs will focus on the villain, the writer said.",
        "On May 3, 2021 by train.",
        "By noon on May 3, 2021, the crowd had grown.",
        "Donate now or lose the tax break, accountants warn clients.",
        "Related searches for the missing hiker were called off at dusk.",
        "Earlier stories in the series looked at the port.",
        "* * *",
        "+3",
        "By Tuesday, Ana Ruiz and Tom Field had both resigned.",
        "Bypass surgery saved him, Ana Ruiz said.",
        "This story was published on Tuesday, after the vote.",
        "Published in 2019, the memoir sold a million copies.",
        "Updated figures came out on March 3, 2021, the ministry said.",
        "With assistance from the city, the shelter reopened.",
        "Ana Ruiz | the winner of the race said she was thrilled.",
        "Ana Ruiz | March 3, 2021 | she won the race, and said so.",
        "Reporting by the paper led to an inquiry, officials said.",
        "Termin: 29.02.2020, 19 Uhr",
        "What happens next",
        "Why it matters",
        "What we know so far",
        "The background",
        "“No comment,” she said.",
        "“We will not back down,” the mayor told reporters.",
        "Q: Why did you leave the company?",
        "A: Because the board stopped listening.",
        "- 2 eggs",
        "- 200g flour",
        "* London: 8.9 million",
        "1. Preheat the oven to 180C.",
        "Sign up now, says union, as strike looms",
        "Share prices fell 3% on Tuesday.",
        "Subscribe or perish: the new media economy",
        "Comments by the minister drew criticism.",
        "Read more slowly, the study advises.",
        "Photos show the damage",
        "Advertisement spending rose 5%",
        "Cookies and milk: a history",
        "Home is where the heart is, he wrote.",
        "Top stories of the year ranked by readers",
        "Follow the money, investigators say.",
        "Related reading habits differ by age, the survey found.",
        "Newsletter publishers are thriving.",
        "Login attempts rose sharply after the breach.",
        "Print editions will end in March.",
        "Watch this space, the coach said.",
        "Tags on the luggage were forged.",
        "Correction: An earlier version of this story misspelled her name.",
        "Editor's note: This article has been updated with comment from the police.",
        "Update: The road reopened at 6 p.m.",
        "LONDON — The Bank of England held rates on Thursday.",
        "The vote is expected on Friday.",
        "Nobody was hurt.",
        "Share this with your children, the doctor urged.",
        "Privacy campaigners welcomed the ruling.",
        "Terms of the deal were not disclosed.",
        "All rights groups condemned the arrests.",
        "Skip to the end and the numbers tell a different story.",
        "Menu prices rose by a third.",
        "Search continues for missing hikers",
        "Most read books of the decade",
        "By the numbers",
        "By then, the fire had reached the village.",
        "Credit card debt hit a record in May.",
        "Images from the scene show collapsed roofs.",
        "Copyright law is changing, and artists are worried.",
        "Email from the chief executive leaked on Friday.",
        "Like many towns, it has lost its last bank.",
        "Video shows the moment the bridge collapsed.",
        "More than 200 people attended the funeral.",
        "Back to school: what parents need to know",
        "Sponsored by the state, the programme reached 4,000 pupils.",
        "Source: the ministry did not confirm the figures.",
        "Next week the court will rule.",
        "Reuters reported that the talks had stalled.",
        "“Follow us,” the guide told the group.",
        "“Click here,” the scammers wrote.",
        "“Sign up now,” the recruiter said.",
        "“Subscribe now, or miss out,” the ad said.",
        "“Read more,” the teacher told her pupils.",
        "“Log in and check,” the bank advised.",
        "Follow-up checks found no damage.",
        "Print run cut to 10,000 copies",
        "Back to top of the league after a 3-0 win",
        "Photo finish decides marathon",
        "“Subscribe today,” the publisher urged readers.",
        "“Subscribe to the idea, not the man,” she wrote.",
        "“Already subscribed?” the clerk asked.",
        "Politics",
        "Weather",
        "Listen to this story, she said, and you will understand.",
        "Live radio was his first love.",
        "Sponsored links between the two firms were disclosed.",
        "The Dow fell 2% on Tuesday",
        "It was 38°C in Madrid on Tuesday.",
        "Save the date: the festival returns in June.",
        "More from the report is expected next month.",
        "Reach for the stars, the coach told them.",
        "More on that later, the minister said.",
        "Write to us at once, the lawyer told the tenants, or lose the deposit.",
        "(3 p.m.)",
        "Video available until now showed only the car park.",
        "Follow the team on Twitter, the coach told fans before the final.",
        "Monday | Tuesday | Wednesday | Thursday | Friday",
        "Sources: the ministry and two officials confirmed the plan.",
        "The leaked PDF of 38 KB held the full list of names.",
        "Page 1 of the report was blacked out, the lawyer said.",
        "Next 2 weeks will decide the season, the coach said.",
        "You are in for a long night, the returning officer warned.",
        "FILE photos from 2014 show the bridge before the fire.",
        "Follow the News Blog on RSS, the editor urged readers in 2009, and many did.",
        "Responses to this entry in the contest were judged by a panel of five.",
        "Privacy campaigners said the photo, © 2019 Reuters, was used without a licence.",
        "“Main Street | Broadway” was the name of the exhibition.",
        "Follow @NASA for updates, the agency said on Tuesday.",
        "Follow the money on Facebook and you find the donors, the report said.",
        "For permission to build, the council demanded three more surveys.",
        "March 3, 2022: Ana Ruiz left 4 comments under the mayor's post.",
        "Posted by courier at 10:52, the letter still arrived a day late.",
        "By nightfall 12 comments had been posted under the video.",
        "The article appeared in the print edition of a rival paper, the lawyer told the court.",
        "From 3/2024 on, the fares rise by a tenth, the operator said.",
        "875 shares changed hands before the exchange halted trading.",
        "12 views of the harbour hang in the museum's east wing.",
        "Now watching the final from the stands, the coach said he had no regrets.",
        "Full episode listings were withdrawn after the complaint, the broadcaster said.",
        "» We will not give up, « the mayor wrote in a letter to residents.",
        "Try 4 weeks free of sugar, the doctor advised.",
        "Gallery 12 reopens on Monday after the repairs, the museum said.",
        "Get our news on WhatsApp, the militia told its followers.",
        "Fake news on WhatsApp spread quickly during the campaign.",
        "See more of the city on foot, the guide advised the visitors.",
        "Show less mercy, the prosecutor urged the jury on Tuesday.",
        "Expand all three runways, the report recommended.",
        "Speak your mind, the judge told the witness.",
        "Reply to the report is due in May | the ministry said.",
        "Comment number 12 in the file was written by the mayor.",
        "All posts are reactively reviewed by the board, the union said.",
        "There was a problem, the mayor said, and the city would fix it.",
        "Enter your zip code and the site shows the nearest shelter, officials said.",
        "Did you find this article useful, the survey asked 2,000 readers.",
    ),
    "de": (
        "Inhalt laden konnte die Software erst nach dem Update, sagte der Entwickler.",
        "Die Druckversion des Berichts liegt im Rathaus aus, teilte die Stadt mit.",
        "Juni 2009 war der nasseste Monat seit Beginn der Messungen, sagt der Wetterdienst.",
        "Anna Schmidt (Berlin) und Jonas Weber (München) führten die Verhandlungen für die Gewerkschaften.",
        "Von Kathrin stammt das Rezept, von ihrer Großmutter die Idee.",
        "4 Wochen gratis testen durften die Kunden das Gerät, sagte der Händler.",
        "Bitte JavaScript aktivieren, hieß es auf der Seite der Behörde.",
        "Lena Vogt Redakteurin des Jahres",
        "Lena Vogt mit dpa-Reportern unterwegs: Die Flut hat die Altstadt erreicht.",
        "Von da an galt der Fall, abgelegt unter: ungelöst, als erledigt.",
        "Mitglied der Redaktion war er bis 2019, dann wechselte er in die Politik.",
        "Gestern, 18:42 Uhr: Die Feuerwehr meldet einen Brand in der Altstadt.",
        "Sankt Anna",
        "Anna Schmidt für Bürgermeisterin",
        "Anna Schmidt, Bürgermeisterin",
        "Peter Müller, Vorstandschef",
        "Folgen Sie dem Geld, sagte der Ermittler auf Twitter, und Sie finden die Täter.",
        "Veröffentlicht in der Fachzeitschrift Nature wurde die Studie erst im Mai.",
        "Alle 24 Kommentare wurden gelöscht, sagte die Sprecherin.",
        "Neueste zuerst: So sortiert die Behörde die Anträge seit Januar.",
        "Feedback geben die Schüler jede Woche, sagte die Lehrerin.",
        "Mehr von allem wollen die Wähler, sagte der Kandidat am Abend.",
        "Mehr von Bildung profitieren",
        "Bild und Ton / Regie",
        "Abonnieren Sie diese Idee nicht, sagte der Pfarrer der Gemeinde.",
        "In einem Brief vom 3. Mai 2012 schrieb der Minister:",
        "Speichern lassen sich die Daten nur mit Zustimmung der Nutzer, sagte die Ministerin.",
        "12 Postings im Forum lösten die Ermittlungen aus, sagte der Staatsanwalt.",
        "Veröffentlicht im Spiegel von Anna Schmidt, sorgte der Text für großes Aufsehen.",
        "Über den Autor des Gutachtens ist wenig bekannt, sagte die Sprecherin.",
        "Eine Kritik von Anna Schmidt hatte den Streit im Stadtrat ausgelöst.",
        "Eine Recherche von NDR und WDR hatte die Zahlungen aufgedeckt.",
        "Anna Schmidt, Berlin, hat den Preis gewonnen.",
        "Autoren wie Thomas Mann und Heinrich Böll prägten die Epoche.",
        "Text und Fotos zeigen, wie die Stadt vor hundert Jahren aussah.",
        "Unter Mitarbeit von Anwohnern wurde der Park am Samstag gereinigt.",
        "Vor einer Stunde hat der Stadtrat den Plan gestoppt.",
        "Anna Schmidt war vor einer Stunde noch im Rathaus.",
        "Vor einem Jahr",
        "Suchbegriff des Jahres ist „Klimakrise“, teilte die Jury mit.",
        "Der Makler erhält ggf. eine Provision vom Verkäufer, sagte die Verbraucherzentrale.",
        "Die Bildunterschrift ausblenden wollte die Redaktion nicht, sagte der Chef.",
        "14 Bilder hängen nun im Rathaus.",
        "Veröffentlicht von der Stadt, führte der Permalink ins Leere.",
        "Das Gespräch führte zu keinem Ergebnis, sagte die Ministerin.",
        "Die Fragen stellte am Ende niemand mehr, auch nicht die Opposition.",
        "Ein Interview von Olaf Scholz mit dem Spiegel sorgte für Aufsehen.",
        "Ein Artikel von Poschardt in der WELT sieht das in etwa seitenverkehrt.",
        "Einen Nachdruck des Romans lehnte der Verlag ohne Genehmigung der Erben ab.",
        "Warum ein Newsletter? Weil unsere Leser ihn wollten.",
        "Kommentar von Anna Roth zum Haushalt 2020",
        "Es werden 10 bis 12 von insgesamt 19 Millionen Euro erwartet, sagte der Kämmerer.",
        "Weitere Infos unter www.stadt.de gibt es erst am Montag.",
        "Wer den Newsletter per E-Mail will, muss sich anmelden.",
        "Werbung – das ist für viele Vereine die wichtigste Einnahme.",
        "Auch auf Mallorca regnet es.",
        "Seit dem 13. Januar 2020 gilt die Kategorie: Schwerbehinderung.",
        "Nächster Beitrag der Reihe erscheint am Montag, teilte der Verlag mit.",
        "Am 3. Mai 2021 von Berlin aus.",
        "Von Montag, 3. Mai 2021, an gilt die neue Regel.",
        "Jetzt spenden viele Firmen für die Flutopfer, sagte der Bürgermeister.",
        "Ähnliche Suchanfragen stellten die Ermittler schon 2019.",
        "Frühere Artikel der Zeitung hatten das bestritten.",
        "Von Berlin aus fuhr Anna Schmidt am 3. März 2021 nach Rom.",
        "Vonovia kauft Wohnungen von Anna Schmidt.",
        "Veröffentlicht wurde die Studie am 12. März 2021 im Fachblatt.",
        "Mit Anna Schmidt sprach der Minister am Dienstag.",
        "Einsendeschluss: 03.11.2019 (Poststempel)",
        "Weitere Informationen zur Studie",
        "Was jetzt passiert",
        "Wie es weitergeht",
        "Die Hintergründe",
        "„Kein Kommentar“, sagte sie.",
        "„Wir geben nicht auf“, sagte der Bürgermeister.",
        "Frage: Wann öffnen die Schulen wieder?",
        "Antwort: Frühestens im März.",
        "* Berlin: 3,4 Millionen",
        "- 500 g Mehl",
        "- 3 Eier",
        "Teilen sich zwei Familien eine Wohnung, wird es eng.",
        "Kommentare des Ministers sorgten für Kritik.",
        "Anzeige erstattet hat die Polizei noch nicht.",
        "Werbung für Tabak wird ab 2024 verboten.",
        "Mehr zum Thema Energie will die Regierung im Herbst vorlegen.",
        "Fotos zeigen die Zerstörung",
        "Abonnenten der Zeitung erhielten einen Brief.",
        "Korrektur: In einer früheren Version dieses Artikels war der Name falsch geschrieben.",
        "BERLIN – Die Bundesregierung hat am Dienstag den Haushalt beschlossen.",
        "Niemand wurde verletzt.",
        "Die Abstimmung ist für Freitag geplant.",
        "Datenschutz spielte bei der Entscheidung keine Rolle.",
        "Startseite des Ministeriums war stundenlang nicht erreichbar.",
        "Lesen Sie langsam, rät die Studie.",
        "Von Beginn an war klar, dass es knapp wird.",
        "Von Berlin nach Paris in vier Stunden",
        "Bilder zeigen überflutete Straßen.",
        "Mehr als 200 Menschen kamen zur Trauerfeier.",
        "Quelle der Zahlen ist das Statistische Bundesamt.",
        "Laut dpa-Informationen wird der Vertrag verlängert.",
        "Folgen der Flut sind noch nicht abzusehen.",
        "„Folgen Sie uns“, sagte der Stadtführer.",
        "„Jetzt anmelden“, rief der Trainer.",
        "Teilen ist das neue Haben",
        "Impressum fehlte auf der Seite des Betrügers.",
        '"Jetzt anmelden", rief der Trainer.',
        "Politik",
        "Wirtschaft",
        "Jetzt anhören will die Kommission die Betroffenen.",
        "Vorlesen ist gut für Kinder, sagt die Studie.",
        "Der DAX fiel am Dienstag um 2 Prozent",
        "Mehr zu den Ursachen sagte die Polizei am Montag nicht.",
        "Weitere Themen der Sitzung waren der Haushalt und die Schulen.",
        "(Teil 2)",
        "Das Video verfügbar zu machen, dauerte bis zum Abend.",
        "Montag | Dienstag | Mittwoch | Donnerstag | Freitag",
        "Quelle: Die Polizei bestätigte die Zahlen am Abend.",
        "Das 38 KB große PDF enthielt alle Namen, berichtete die Zeitung.",
        "Seite 1 von 4 des Berichts war geschwärzt, sagte der Anwalt.",
        "Sie befinden sich in guter Gesellschaft, sagte der Trainer.",
        "ARCHIV-Bilder zeigen die Brücke vor dem Brand.",
        "Folgen Sie dem Geld auf Facebook, rieten die Ermittler den Abgeordneten.",
        "Nachdruck des Romans erschien 1950 in Zürich, sagte der Verleger.",
        "Datenschutz und Kontakt waren Themen der Sitzung, das Foto © dpa zeigte den Saal.",
        "Am 14. März 2021 schrieb Anna Schmidt 3 Kommentare unter den Beitrag.",
        "Eingestellt von der Staatsanwaltschaft um 10:52 wurde nur ein Verfahren.",
        "Dieser Artikel ist in seiner jetzigen Form verfassungswidrig, urteilte das Gericht über die Zeitung.",
        "Aus der Ausgabe 3/2024 des Magazins zitierte der Minister zwei Sätze.",
        "120 Mal geteilt wurde der Aufruf, doch niemand meldete sich.",
        "Die ganze Folge dreht sich um den Streit im Stadtrat.",
        "»Wir schaffen das«, sagte die Kanzlerin.",
        "Die ersten 4 Wochen gratis testen konnten nur Schüler.",
        "Galerie: 12 Künstler stellen bis Juni im Rathaus aus.",
        "Nachrichten auf WhatsApp verbreiteten das Gerücht, sagte die Polizei.",
        "Weniger anzeigen wollte die Polizei die Vorfälle nicht, sagte die Sprecherin.",
        "Antworten · Melden: so heißen die beiden Knöpfe, erklärte der Entwickler vor Gericht.",
        "Jetzt kommentieren will der Minister den Bericht nicht.",
        "Postleitzahl eingeben müssen Kunden künftig auch am Automaten.",
        "Etwas ist schiefgelaufen, räumte der Minister am Dienstag ein.",
    ),
    "fr": (
        "Vous avez aimé cet article ? La question revient dans tous les courriers des lecteurs.",
        "La version imprimable du rapport est disponible en mairie, selon la ville.",
        "Juin 2009 a été le mois le plus pluvieux jamais mesuré, selon Météo-France.",
        "Ana Ruiz (à Madrid) et Tom Field (à Paris) ont mené les négociations pour les syndicats.",
        "Essayez gratuitement la navette électrique pendant tout le mois de mai, propose la mairie.",
        "Claire Martin avec AFP et Reuters a suivi la manifestation toute la journée.",
        "Hier à 18h42, la police a bouclé le quartier.",
        "Membre de la rédaction pendant dix ans, elle a fondé son propre journal.",
        "Marie Dupont pour la présidence",
        "Marie Dupont, maire de Lyon",
        "Suivez Marie Dupont sur Twitter, a conseillé le ministre aux journalistes.",
        "Publié dans un quotidien régional, le texte a fait réagir le maire.",
        "Commenter la décision du tribunal n'est pas interdit, a dit le maire.",
        "Trier par ordre d'arrivée a pris des heures aux bénévoles.",
        "Plus de Français que prévu ont voté dimanche, selon l'institut.",
        "Plus de Lyon que de Paris dans ce budget, a regretté le maire.",
        "Dans une lettre du 3 mai 2012, le ministre a écrit :",
        "Chronique de la vie ordinaire dans un village de montagne, le livre a séduit les lecteurs.",
        "Publié dans Le Monde par Marie Dubois, le texte a fait scandale.",
        "À propos de l'auteur du rapport, le ministère n'a rien dit.",
        "Un reportage de France 2 a montré que les écoles manquent de moyens.",
        "Une enquête de Marie Dubois a révélé les paiements en 2021.",
        "Par Marie Dubois, à Bruxelles, la nouvelle est arrivée tard.",
        "Auteurs et éditeurs se sont retrouvés à Paris lundi.",
        "Texte et photos de l'exposition sont visibles jusqu'en mars.",
        "Il y a une heure, le maire a annoncé sa démission.",
        "Marie Dubois était encore là il y a une heure.",
        "Il y a un an",
        "Terme de recherche le plus populaire : « météo », selon Google.",
        "Masquer la légende de la photo était impossible, a dit le rédacteur.",
        "12 photos de l'incendie ont circulé sur les réseaux.",
        "Publié par la mairie, le lien permanent vers le rapport a disparu.",
        "Propos recueillis par la police, les témoignages ont été versés au dossier.",
        "Entretien réalisé par téléphone, le ministre a refusé de répondre.",
        "Toute reproduction de la fresque a été interdite par le tribunal en 2019.",
        "Pourquoi une newsletter ? Parce que nos lecteurs l'ont demandée, dit la rédactrice.",
        "Commentaire de Paul Roux sur la réforme, publié le 3 mars 2020.",
        "Plus d'infos sur le site de la mairie à partir de lundi.",
        "Aussi sur la table : la réforme des retraites.",
        "Le 3 mai 2021 par avion.",
        "Article précédent de la loi, le texte de 1905 reste en vigueur.",
        "Recherches associées à la police, les fouilles ont repris.",
        "Articles précédents et suivants ont été corrigés par la rédaction.",
        "Par Marie Dupont, le gouvernement a été interpellé mardi.",
        "Le 5 mars 2021, le gouvernement a publié un décret.",
        "Avec le temps, la ville a changé.",
        "Ce que dit la loi",
        "Ce qu'il faut retenir",
        "Et maintenant ?",
        "Le contexte",
        "« Pas de commentaire », a-t-elle déclaré.",
        "« Nous ne reculerons pas », a déclaré le maire.",
        "Question : Pourquoi avez-vous quitté le parti ?",
        "Réponse : Parce que personne n'écoutait.",
        "- 2 œufs",
        "- 250 g de farine",
        "* Paris : 2,1 millions",
        "Partager un appartement devient la norme à Paris.",
        "Commentaires du ministre : l'opposition s'indigne.",
        "Publicité : le marché a progressé de 5 %.",
        "Abonnés et lecteurs occasionnels ne lisent pas les mêmes articles.",
        "Lire aussi lentement que possible, conseille l'étude.",
        "Rectificatif : une version précédente de cet article comportait une erreur sur son nom.",
        "PARIS – Le gouvernement a présenté mardi son projet de loi.",
        "Personne n'a été blessé.",
        "Le vote est prévu vendredi.",
        "Accueil des réfugiés : la commune se mobilise.",
        "Connexion internet coupée dans tout le quartier.",
        "Par ailleurs, le maire a démissionné.",
        "Par la suite, la police a ouvert une enquête.",
        "Plus de 200 personnes ont assisté aux obsèques.",
        "Source de tensions, le projet divise le village.",
        "Suivez le guide : trois balades en Bretagne",
        "Images de vidéosurveillance : ce qu'elles montrent",
        "« Suivez-moi », a dit le guide.",
        "Partager, c'est aimer",
        "Accueil glacial pour le ministre",
        "“Déjà abonné ?” demande la caissière.",
        "Politique",
        "En direct de Bruxelles, le ministre a parlé.",
        "Écouter cet article coûte un abonnement, dit l'éditeur.",
        "Plus sur ce point lors du prochain conseil, a promis le maire.",
        "Source : le ministère a confirmé les chiffres lundi.",
        "Page 1 sur 3 du rapport a été caviardée, selon l'avocat.",
        "Vous êtes dans la bonne file, a dit le douanier.",
        "Suivez le guide sur Instagram, disait l'affiche du musée.",
        "Toute reproduction de l'œuvre a été interdite par le tribunal mardi.",
        "Les réponses à cet article de loi seront examinées mardi.",
        "Le 12 janvier 2021, Marie Dupont a laissé un commentaire sous la vidéo.",
        "Publié par erreur à 10:52, le message a été retiré.",
        "Cet article paraît contraire à la Constitution, a estimé le juge cité par le quotidien.",
        "34 partages en une heure : le message a fait le tour de la ville.",
        "Épisode complet de la crise, le rapport a été publié mardi.",
        "Essayez gratuitement pendant 1 mois, disait la publicité trompeuse.",
        "Les actualités sur WhatsApp ont propagé la rumeur, selon la police.",
        "Voir moins de voitures en ville, voilà le but du maire.",
        "Réagir à cet article de loi prendra du temps, a dit le ministre.",
        "Une erreur est survenue lors du vote, a reconnu le président.",
    ),
    "es": (
        "La versión para imprimir del informe está en el ayuntamiento, dijo la portavoz.",
        "Junio de 2009 fue el mes más lluvioso desde que hay registros, según la agencia.",
        "Ana García (Madrid) y Pedro López (Bogotá) encabezaron las negociaciones de los sindicatos.",
        "Ayer, a las 18:42, la policía cerró el barrio.",
        "Miembro de la redacción durante diez años, fundó su propio diario.",
        "San José",
        "Ana García para alcaldesa",
        "Ana García, alcaldesa de Sevilla",
        "Sigue a Ana García en Twitter desde 2019, contó el testigo al juez.",
        "Publicado en mayo, el informe pasó desapercibido durante semanas.",
        "Comentar la sentencia no está prohibido, dijo el alcalde.",
        "Ordenar por fecha los expedientes llevó meses al juzgado.",
        "Más de 200 personas asistieron al acto en la plaza.",
        "Más de la mitad",
        "Suscríbete a la idea de que todos merecen una casa, dijo el cura.",
        "En una carta del 3 de mayo de 2012, el ministro escribió:",
        "Crónica de una muerte anunciada es la novela más leída del autor.",
        "Publicado en El País por Ana Ruiz, el artículo causó polémica.",
        "Sobre el autor del informe, la fiscalía no dio detalles.",
        "Un reportaje de Ana Ruiz ganó el premio de periodismo el lunes.",
        "Una investigación de la fiscalía descubrió los pagos en 2021.",
        "Por Ana Ruiz, desde Bogotá, supimos del acuerdo.",
        "Autores como Ana Ruiz y Pedro Gómez firmaron la carta.",
        "Texto y fotos de la exposición llegan a Madrid en marzo.",
        "Hace una hora, el alcalde anunció su dimisión.",
        "Ana García llegó hace una hora al ayuntamiento.",
        "Hace un año",
        "Publicado por el ayuntamiento, el enlace permanente ya no funciona.",
        "Ver todos los comentarios llevó horas al equipo, dijo el editor.",
        "Entrevista de trabajo: muchos candidatos llegan sin preparar nada.",
        "Entrevista de Pedro Sánchez en TVE: el presidente defendió la reforma.",
        "La reproducción total o parcial del manuscrito fue prohibida por el juez.",
        "Comentario de Ana López sobre la reforma, publicado el 3 de marzo de 2020.",
        "Mostrando 10 de 19 cuadros, el museo reabrió el domingo.",
        "Sigue siendo nuestro canal de YouTube el más visto, dijo el director.",
        "También en Madrid llovió durante todo el día.",
        "Porsche abrió una fábrica en Puebla, dijo Ana García.",
        "El 3 de mayo de 2021 por la tarde llegó la lluvia.",
        "Artículo anterior de la ley, el 135, fue reformado en 2011.",
        "Búsquedas relacionadas con el caso se reanudaron el lunes.",
        "Artículos anteriores del diario ya lo advertían.",
        "Por la mañana, Ana García llegó a Madrid.",
        "El 3 de mayo de 2021 se publicó la ley en el boletín.",
        "Con el tiempo, la ciudad cambió.",
        "Lo que se sabe",
        "Qué pasa ahora",
        "Por qué importa",
        "Los antecedentes",
        "“Sin comentarios”, dijo ella.",
        "«No vamos a rendirnos», afirmó el alcalde.",
        "P: ¿Por qué dejó el cargo?",
        "R: Porque nadie me escuchaba.",
        "- 2 huevos",
        "- 200 g de harina",
        "* Madrid: 3,3 millones",
        "Compartir piso es la norma entre los jóvenes.",
        "Comentarios del ministro provocaron críticas.",
        "Publicidad institucional: el gasto creció un 5 %.",
        "Fotos muestran los daños",
        "Suscriptores y lectores ocasionales leen cosas distintas.",
        "Lee más despacio, aconseja el estudio.",
        "Fe de errores: una versión anterior de este artículo escribía mal su nombre.",
        "MADRID.– El Gobierno aprobó el martes los presupuestos.",
        "Nadie resultó herido.",
        "La votación está prevista para el viernes.",
        "Inicio de curso: las aulas siguen sin calefacción.",
        "Por la tarde, la lluvia cesó.",
        "Por primera vez, una mujer dirige el club.",
        "Más de 200 personas asistieron al funeral.",
        "Fuentes policiales no confirmaron la detención.",
        "Imágenes de la cámara muestran el atropello.",
        "Sigue la investigación sobre el incendio",
        "«Síguenos», dijo el guía.",
        "Compartir es vivir",
        "Deportes",
        "Escucha esta noticia y decide tú, dijo el alcalde.",
        "En directo desde Madrid, el ministro habló.",
        "Más temas quedaron pendientes para la próxima sesión, dijo el alcalde.",
        "Puede escribirnos a cualquier hora, dijo el abogado a los vecinos.",
        "Vídeo disponible hasta ahora no mostraba el rostro del sospechoso, dijo la policía.",
        "Fuente: el ministerio confirmó las cifras el lunes.",
        "Página 1 de 3 del informe estaba tachada, dijo el abogado.",
        "Estás en tu casa, le dijo el alcalde al visitante.",
        "ARCHIVO de la policía: así se llamaba la exposición del museo.",
        "El 5 de mayo de 2020, Lucía Fernández dejó 3 comentarios en el foro.",
        "Publicado por error a las 10:52, el mensaje fue retirado.",
        "Este artículo incluye un número de excepciones para las pymes, explicó el ministro.",
        "56 compartidos en una hora: el mensaje recorrió la ciudad.",
        "Episodio completo de la crisis, el informe se publicó el martes.",
        "Noticias en Telegram: así se difundió el bulo",
        "Ver menos coches en el centro es el objetivo del alcalde.",
        "Deja tu opinión en casa, le dijo el juez al testigo.",
        "Se ha producido un error en el recuento, admitió la junta electoral.",
        "Prueba 1 mes gratis, decía el anuncio que denunció la asociación.",
    ),
    "it": (
        "La versione stampabile del rapporto è disponibile in municipio, ha detto il sindaco.",
        "Giugno 2009 è stato il mese più piovoso mai registrato, secondo il servizio meteo.",
        "Marco Rossi (Roma) e Giulia Bianchi (Milano) hanno guidato i negoziati per i sindacati.",
        "Ieri alle 18:42 la polizia ha chiuso il quartiere.",
        "Membro della redazione per dieci anni, ha fondato un suo giornale.",
        "Marco Rossi per il Senato",
        "Marco Rossi, sindaco di Torino",
        "Segui Marco Rossi su Twitter da anni, ha detto il testimone al giudice.",
        "Pubblicato in Gazzetta Ufficiale, il decreto entra in vigore domani.",
        "Commenta la sentenza il sindaco, che parla di una svolta.",
        "Ordina per data i documenti, ha detto il giudice al cancelliere.",
        "Altri da Roma arriveranno domani, ha detto il sindaco.",
        "In una lettera del 3 maggio 2012 il ministro scrive:",
        "Commento di Mario Draghi alla riforma: la misura è necessaria, ha detto ai giornalisti.",
        "Pubblicato in Francia da Marco Rossi, il libro ha avuto successo.",
        "Sull'autore del rapporto il ministero non ha detto nulla.",
        "Un articolo di Repubblica ha rivelato che il governo prepara una legge.",
        "Un'inchiesta di Marco Rossi ha svelato i pagamenti nel 2021.",
        "Di Marco Rossi, da Kiev, non si hanno notizie da ieri.",
        "Autori come Marco Rossi e Giulia Bianchi hanno firmato la lettera.",
        "Testo e foto della mostra arrivano a Roma a marzo.",
        "Un'ora fa il sindaco ha annunciato le dimissioni.",
        "Marco Rossi era in municipio un'ora fa.",
        "Un anno fa",
        "Pubblicato dal comune, il link permanente non funziona più.",
        "10 foto della mostra sono state rubate, ha detto la polizia.",
        "Intervista di Giorgia Meloni al Corriere: la premier difende la manovra.",
        "Un’intervista di due ore non è bastata a chiarire i dubbi.",
        "La riproduzione dei panda è riservata a due centri in Cina, ha detto il ministro.",
        "Commento di Marco Rossi sulla riforma, pubblicato il 3 marzo 2020.",
        "Anche su Milano è arrivata la neve.",
        "Il 3 maggio 2021 di sera.",
        "Articolo precedente della legge, il 18, fu abolito nel 2015.",
        "Ricerche correlate al caso sono riprese lunedì.",
        "Articoli precedenti del giornale lo avevano già scritto.",
        "Di Marco Rossi si è parlato molto il 12 marzo 2021.",
        "Il 12 marzo 2021 è stato pubblicato il decreto.",
        "Le reazioni",
        "Cosa succede ora",
        "Perché è importante",
        "Il contesto",
        "«Nessun commento», ha detto lei.",
        "«Non ci arrenderemo», ha dichiarato il sindaco.",
        "D: Perché ha lasciato l'incarico?",
        "R: Perché nessuno mi ascoltava.",
        "- 2 uova",
        "- 200 g di farina",
        "* Roma: 2,8 milioni",
        "Condividere casa è ormai la norma tra i giovani.",
        "Commenti del ministro hanno suscitato polemiche.",
        "Pubblicità e sponsor: la spesa è cresciuta del 5%.",
        "Foto mostrano i danni",
        "Abbonati e lettori occasionali leggono cose diverse.",
        "Leggi anche le etichette, consiglia lo studio.",
        "Errata corrige: una versione precedente di questo articolo riportava male il suo nome.",
        "ROMA – Il governo ha approvato martedì la manovra.",
        "Nessuno è rimasto ferito.",
        "Il voto è previsto per venerdì.",
        "Di fronte alla crisi, il governo ha rinviato il voto.",
        "Da Roma a Milano in tre ore",
        "Più di 200 persone hanno partecipato al funerale.",
        "Fonti della procura confermano l'arresto.",
        "Immagini delle telecamere mostrano l'incidente.",
        "Segui i soldi, dicono gli investigatori.",
        "«Seguici», ha detto la guida.",
        "Condividere è vivere",
        "Cronaca",
        "Ascolta questo articolo e poi decidi, disse il sindaco.",
        "Altro su questo non si sa, ha detto il portavoce.",
        "Fonte: il ministero ha confermato i dati lunedì.",
        "Pagina 1 di 3 del rapporto era oscurata, ha detto l'avvocato.",
        "Sei in buone mani, ha detto il medico al paziente.",
        "Il 3 marzo 2021 Giulia Bianchi ha scritto 2 commenti sotto il post.",
        "Pubblicato per errore alle 10:52, il messaggio è stato rimosso.",
        "Questo articolo appare in contrasto con la Costituzione, ha scritto il giornale.",
        "2.301 visualizzazioni in un giorno: il video ha fatto il giro della città.",
        "In riproduzione sugli schermi della piazza c'era la finale.",
        "Prova gratis per 1 mese, prometteva la pubblicità ingannevole.",
        "Le notizie su WhatsApp hanno diffuso la voce, secondo la polizia.",
        "Mostra meno entusiasmo di prima, ha scritto il giornale.",
        "Lascia la tua opinione fuori dall'aula, ha detto il giudice.",
        "Si è verificato un errore nel conteggio, ha ammesso la commissione.",
    ),
    "pt": (
        "A versão para impressão do relatório está na prefeitura, disse a porta-voz.",
        "Junho de 2009 foi o mês mais chuvoso desde o início das medições, diz o instituto.",
        "Ana Silva (Lisboa) e João Costa (Porto) lideraram as negociações pelos sindicatos.",
        "Da Redação do jornal saiu a ordem de publicar a carta.",
        "Ontem às 18h42 a polícia fechou o bairro.",
        "São Paulo",
        "Ana Costa para prefeita",
        "João Silva, prefeito do Recife",
        "Siga João Silva no Twitter, recomendou o ministro aos jornalistas.",
        "Publicado em maio, o relatório passou despercebido durante semanas.",
        "Comentar a decisão não é proibido, disse o prefeito.",
        "Classificar por data os processos levou meses ao tribunal.",
        "Mais do que nunca, o país precisa de reformas, disse o ministro.",
        "Mais do mesmo",
        "Numa carta de 3 de maio de 2012, o ministro escreveu:",
        "Opinião de especialistas diverge sobre o impacto da medida no orçamento.",
        "Reportagem de Mariana Souza venceu o prémio de jornalismo na segunda-feira.",
        "Partilhar notícias falsas é crime, lembrou o ministro na conferência de imprensa.",
        "Publicado em Portugal por João Silva, o livro fez sucesso.",
        "Sobre o autor do relatório, o ministério não disse nada.",
        "Uma reportagem de Mariana Souza revelou os pagamentos em 2021.",
        "Um texto de opinião publicado na segunda-feira irritou o governo.",
        "Por João Silva, de Brasília, a notícia chegou tarde.",
        "Autores como João Silva e Ana Costa assinaram a carta.",
        "Texto e fotos da exposição chegam a Lisboa em março.",
        "Há uma hora, o prefeito anunciou a renúncia.",
        "João Silva chegou há uma hora à câmara.",
        "Há um ano",
        "Ver todos os comentários levou horas, disse o editor.",
        "5 imagens do acidente circularam nas redes sociais.",
        "Entrevista por telefone com o ministro foi cancelada na última hora.",
        "Entrevista de emprego: candidatos chegam cada vez mais preparados.",
        "A reprodução total ou parcial do livro foi proibida pela justiça em março.",
        "Comentário de Ana Silva sobre a reforma, publicado em 3 de março de 2020.",
        "Também no Porto choveu durante todo o dia.",
        "Em 3 de maio de 2021 por decreto.",
        "Artigo anterior da lei, o 142, foi alterado em 2019.",
        "Pesquisas relacionadas ao caso foram retomadas na segunda.",
        "Artigos anteriores do jornal já alertavam para isso.",
        "Por volta das 10h, João Silva chegou a Lisboa.",
        "Em 5 de março de 2021, o governo publicou o decreto.",
        "O que diz a lei",
        "O que acontece agora",
        "Por que isso importa",
        "O contexto",
        "“Sem comentários”, disse ela.",
        "“Não vamos desistir”, afirmou o prefeito.",
        "P: Por que deixou o cargo?",
        "R: Porque ninguém me ouvia.",
        "- 2 ovos",
        "- 200 g de farinha",
        "* São Paulo: 11,4 milhões",
        "Compartilhar apartamento virou regra entre jovens.",
        "Comentários do ministro geraram críticas.",
        "Publicidade oficial: gastos subiram 5%.",
        "Fotos mostram os estragos",
        "Assinantes e leitores ocasionais leem coisas diferentes.",
        "Leia mais devagar, recomenda o estudo.",
        "Correção: uma versão anterior desta reportagem grafou o nome dela errado.",
        "LISBOA – O governo aprovou na terça-feira o orçamento.",
        "Ninguém ficou ferido.",
        "A votação está prevista para sexta-feira.",
        "Por volta das 18h, a polícia chegou ao local.",
        "De acordo com a polícia, não houve feridos.",
        "Mais de 200 pessoas compareceram ao velório.",
        "Fontes da polícia confirmaram a prisão.",
        "Imagens das câmeras mostram o acidente.",
        "Siga o dinheiro, dizem os investigadores.",
        "“Siga-nos”, disse o guia.",
        "Compartilhar é viver",
        "Esportes",
        "Ouça esta reportagem e decida, disse o prefeito.",
        "Mais temas ficaram para a próxima reunião, disse o prefeito.",
        "Fonte: o ministério confirmou os números na segunda-feira.",
        "Página 1 de 3 do relatório estava riscada, disse o advogado.",
        "Você está em casa, disse o prefeito ao visitante.",
        "Em 7 de abril de 2022, Ana Costa deixou 1 comentário no blog.",
        "Postado por engano às 21:11, o texto foi apagado.",
        "Este artigo aparece na lei desde 1988 e integra o número de regras contestadas.",
        "87 compartilhamentos em uma hora: a mensagem correu a cidade.",
        "Episódio completo da crise, o relatório saiu na terça-feira.",
        "Experimente 30 dias grátis, dizia o anúncio que foi multado.",
        "As notícias no WhatsApp espalharam o boato, disse a polícia.",
        "Mostrar menos carros no centro é o objetivo do prefeito.",
        "Deixe sua opinião de lado, disse o juiz à testemunha.",
        "Ocorreu um erro na contagem, admitiu a comissão eleitoral.",
    ),
}

# Story blocks of several short lines: lists, Q&A pairs, key dates.
STORY_BLOCKS: dict[str, tuple[str, ...]] = {
    "en": (
        "March 2020 – first case confirmed\nApril 2020 – schools close\nMay 2020 – shops reopen",
        "- 2 eggs\n- 200g flour\n- 1 tsp salt\n- 100ml milk",
        "Q: When will the school reopen?\nA: Not before March.",
        "* London: 8.9 million\n* Berlin: 3.7 million\n* Paris: 2.1 million",
        "1. Preheat the oven.\n2. Mix the flour and eggs.\n3. Bake for 20 minutes.",
        "1. Sleep eight hours\n2. Eat breakfast\n3. Drink water\n4. Walk every day",
        "The key dates:\nMonday: nominations close\nTuesday: hustings\nThursday: vote",
        "Results:\nLiverpool 2-1 Everton\nArsenal 0-0 Chelsea\nLeeds 3-2 Leicester",
        "Timeline\n2019: Plan announced\n2021: Work begins\n2024: Bridge opens",
        "The roses are red,\nthe sky is grey,\nand the town\nis far away.",
        "Labour 412\nConservative 121\nLiberal Democrat 72\nSNP 9",
        "Name: John Smith\nAge: 42\nOccupation: teacher",
        "| Name | Party | Seat |\n| Ana Ruiz | Labour | Leeds |\n| Tom Field | Green | Bath |\n| Eva Lind | Liberal | York |",
        "| Candidates: |\n| Ana Ruiz |\n| Tom Field |\n| Eva Lind |",
        "| Team | Won | Lost |\n| Leeds | 3 | 1 |\n| Bath | 2 | 2 |",
        "| Candidate | Party |\n| Ana Ruiz |  |\n| Tom Field | Green |",
        "Tom Field\nField, 54, has run the bakery on Main Street since 1998 and says the new parking rules have cost him a third of his customers this year.",
    ),
    "de": (
        "März 2020 – erster Fall bestätigt\nApril 2020 – Schulen schließen\nMai 2020 – Läden öffnen",
        "- 500 g Mehl\n- 3 Eier\n- 1 Prise Salz",
        "1. Genug schlafen\n2. Gut frühstücken\n3. Viel Wasser trinken\n4. Jeden Tag gehen",
        "Frage: Wann?\nAntwort: Im März.",
        "Die wichtigsten Termine:\nMontag: Anmeldeschluss\nDonnerstag: Wahl",
        "Ergebnisse:\nBayern – Dortmund 2:1\nLeipzig – Köln 0:0\nBremen – Mainz 3:2",
        "Zeitleiste\n2019: Plan vorgestellt\n2021: Baubeginn\n2024: Eröffnung",
        "| Kandidaten: |\n| Anna Schmidt |\n| Peter Müller |\n| Eva Lind |",
        "| Name | Partei | Ort |\n| Anna Schmidt | SPD | Kiel |\n| Peter Müller | CDU | Ulm |\n| Eva Lind | Grüne | Jena |",
        "Anna Schmidt\nIch habe damals nicht geglaubt, dass die Stadt den Plan wirklich umsetzen würde, und ich glaube es bis heute nicht so recht, sagt sie.\nFrage: Warum nicht?\nAnna Schmidt\nWeil das Geld fehlt.",
    ),
    "fr": (
        "Mars 2020 – premier cas confirmé\nAvril 2020 – les écoles ferment\nMai 2020 – les commerces rouvrent",
        "- 2 œufs\n- 250 g de farine\n- 1 pincée de sel",
        "Les résultats :\nPSG 2-1 OM\nLyon 0-0 Lille",
        "| Nom | Parti | Ville |\n| Marie Dupont | PS | Lyon |\n| Paul Martin | LR | Nice |\n| Anne Roux | EELV | Metz |",
        "Marie Dupont\nÀ 54 ans, Dupont tient la boulangerie de la rue principale depuis 1998 et dit avoir perdu un tiers de ses clients à cause du stationnement.",
    ),
    "es": (
        "Marzo de 2020 – primer caso confirmado\nAbril de 2020 – cierran las escuelas\nMayo de 2020 – reabren las tiendas",
        "- 2 huevos\n- 200 g de harina\n- una pizca de sal",
        "1. Dormir ocho horas\n2. Desayunar bien\n3. Beber agua\n4. Caminar cada día",
        "| Nombre | Partido | Ciudad |\n| Ana Ruiz | PSOE | Sevilla |\n| Luis Gómez | PP | Murcia |",
        "Resultados:\nReal Madrid 2-1 Barcelona\nSevilla 0-0 Betis",
    ),
    "it": (
        "Marzo 2020 – primo caso confermato\nAprile 2020 – chiudono le scuole\nMaggio 2020 – riaprono i negozi",
        "- 2 uova\n- 200 g di farina\n- un pizzico di sale",
        "| Nome | Partito | Città |\n| Marco Rossi | PD | Torino |\n| Anna Bianchi | Lega | Verona |",
        "Risultati:\nJuventus 2-1 Inter\nMilan 0-0 Roma",
    ),
    "pt": (
        "Março de 2020 – primeiro caso confirmado\nAbril de 2020 – escolas fecham\nMaio de 2020 – lojas reabrem",
        "- 2 ovos\n- 200 g de farinha\n- uma pitada de sal",
        "| Nome | Partido | Cidade |\n| Ana Costa | PT | Recife |\n| João Lima | PL | Curitiba |",
        "Resultados:\nFlamengo 2 x 1 Vasco\nPalmeiras 0 x 0 Santos",
    ),
    "nl": (
        "Maart 2020 – eerste besmetting bevestigd\nApril 2020 – scholen dicht\nMei 2020 – winkels weer open",
        "| Naam | Partij | Stad |\n| Ans de Vries | VVD | Utrecht |\n| Piet Jansen | CDA | Breda |",
    ),
}

# Story lines the default pipeline still removes (strict: a fix makes these fail, then move them
# up into STORY_LINES).
KNOWN_REMOVED: tuple[tuple[str, str], ...] = (
    # copyright-line parses the sentence as a rights notice.
    ("en", "All rights reserved, the label says, but the song is public domain."),
    # legal-footer matches "all rights reserved" anywhere in a short line.
    ("en", "“All rights reserved” notices are not enough, the court ruled."),
)

PARAGRAPH = {
    "nl": (
        "De gemeenteraad zei maandag dat het plan opnieuw wordt bekeken nadat bewoners zorgen "
        "hadden geuit over de kosten, de planning en de gevolgen voor winkels in de buurt."
    ),
    "en": (
        "The council said on Monday that the plan would be reviewed again after residents raised "
        "concerns about the cost, the timetable and the effect on local businesses."
    ),
    "de": (
        "Der Stadtrat teilte am Montag mit, dass der Plan erneut geprüft werde, nachdem Anwohner "
        "Bedenken wegen der Kosten, des Zeitplans und der Folgen für Geschäfte geäußert hatten."
    ),
    "fr": (
        "Le conseil municipal a indiqué lundi que le projet serait réexaminé après que des "
        "habitants ont exprimé des inquiétudes sur son coût, son calendrier et ses effets."
    ),
    "es": (
        "El ayuntamiento dijo el lunes que el plan se revisará de nuevo después de que los vecinos "
        "expresaran su preocupación por el coste, el calendario y el efecto en los comercios."
    ),
    "it": (
        "Il consiglio comunale ha detto lunedì che il piano sarà riesaminato dopo che i residenti "
        "hanno espresso preoccupazioni per i costi, i tempi e gli effetti sui negozi della zona."
    ),
    "pt": (
        "A câmara municipal disse na segunda-feira que o plano será revisto depois de moradores "
        "manifestarem preocupação com o custo, o cronograma e o efeito sobre o comércio local."
    ),
}


def _article(language: str, line: str) -> str:
    body = PARAGRAPH[language]
    return f"Headline of the story\n\n{body}\n\n{line}\n\n{body} {body}\n\n{body}"


def _cases() -> list[object]:
    return [
        pytest.param(language, line, id=f"{language}-{number}")
        for language, lines in STORY_LINES.items()
        for number, line in enumerate(lines)
    ]


@pytest.mark.parametrize(("language", "line"), _cases())
def test_story_line_survives_inside_an_article(language: str, line: str) -> None:
    text = _article(language, line)
    result = PIPELINE.clean(text)
    assert result.text == text, result.explain()


@pytest.mark.parametrize(
    ("language", "block"),
    [(language, block) for language, blocks in STORY_BLOCKS.items() for block in blocks],
)
def test_story_block_survives_inside_an_article(language: str, block: str) -> None:
    text = _article(language, block)
    result = PIPELINE.clean(text)
    assert result.text == text, result.explain()


@pytest.mark.parametrize(
    ("language", "block"),
    [(language, block) for language, blocks in STORY_BLOCKS.items() for block in blocks],
)
def test_story_block_survives_at_the_end_of_an_article(language: str, block: str) -> None:
    """A list, a Q&A or a table ending the story is not a link list or footer."""
    text = f"Headline of the story\n\n{PARAGRAPH[language]}\n\n{block}"
    result = PIPELINE.clean(text)
    assert result.text == text, result.explain()


@pytest.mark.xfail(strict=True, reason="known precision misses, see KNOWN_REMOVED")
@pytest.mark.parametrize(("language", "line"), KNOWN_REMOVED)
def test_known_removed_story_line(language: str, line: str) -> None:
    text = _article(language, line)
    assert PIPELINE.clean(text).text == text


# The winners of a prize, one a line, between the story's last two paragraphs.
NAMES = ("Anna Schmidt", "Peter Müller", "Marie Dupont", "Ana García", "Marco Rossi")
NAMES += ("João Silva", "Jane Doe", "Tom Field", "Eva Lind")


@pytest.mark.parametrize("language", sorted(PARAGRAPH))
def test_a_short_list_before_the_last_paragraph_survives(language: str) -> None:
    body = PARAGRAPH[language]
    names = "\n".join(NAMES[:7])
    text = f"Headline of the story\n\n{body} {body}\n\n{names}\n\n{body}"
    result = PIPELINE.clean(text)
    assert result.text == text, result.explain()


@pytest.mark.xfail(
    strict=True,
    reason="a list of 8+ lines without a colon before the last "
    "paragraph reads as the menus above a footer notice (navigation-run)",
)
@pytest.mark.parametrize("language", sorted(PARAGRAPH))
def test_a_long_list_before_the_last_paragraph_survives(language: str) -> None:
    body = PARAGRAPH[language]
    names = "\n".join(NAMES)
    text = f"Headline of the story\n\n{body} {body}\n\n{names}\n\n{body}"
    assert PIPELINE.clean(text).text == text


def test_every_language_has_enough_story_lines() -> None:
    for language, lines in STORY_LINES.items():
        assert len(lines) >= 15, language
        assert len(set(lines)) == len(lines), language


# The story's last line without a full stop, longer than a menu item (a poem's, a column's).
LAST_LINES = {
    "en": "And one day the whole town would know his name",
    "de": "Eines Tages werde ich sein Symbol auf dem Finger haben",
    "fr": "Et un jour toute la ville finirait par connaître son nom",
    "es": "Y un día toda la ciudad acabaría sabiendo su nombre",
    "it": "E un giorno tutta la città avrebbe saputo il suo nome",
    "pt": "E um dia a cidade inteira acabaria por saber o seu nome",
    "nl": "En op een dag zou de hele stad zijn naam kennen",
}
MENU = "\n".join(("News", "Politics", "Business", "Culture", "Sport", "Travel"))


@pytest.mark.parametrize("language", sorted(PARAGRAPH))
def test_the_last_line_and_the_signature_survive_above_the_menus(language: str) -> None:
    """Below the last paragraph, a headline-shaped last line and a signature ("—Anna
    Schmidt") are the story's; the menus below them go."""
    body = PARAGRAPH[language]
    for closing in (LAST_LINES[language], "—" + NAMES[sorted(PARAGRAPH).index(language)]):
        story = f"Headline of the story\n\n{body} {body}\n\n{body}\n\n{closing}"
        result = PIPELINE.clean(f"{story}\n\n{MENU}")
        assert result.text.strip() == story, result.explain()


@pytest.mark.parametrize(
    ("language", "tips"),
    [
        ("en", "1. Sleep eight hours\n2. Eat breakfast\n3. Drink water"),
        ("de", "1. Genug schlafen\n2. Gut frühstücken\n3. Viel Wasser trinken"),
        ("es", "1. Dormir ocho horas\n2. Desayunar bien\n3. Beber agua"),
    ],
)
def test_a_numbered_list_ending_the_story_survives_above_the_menus(
    language: str, tips: str
) -> None:
    body = PARAGRAPH[language]
    story = f"Headline of the story\n\n{body} {body}\n\n{body}\n\n{tips}"
    result = PIPELINE.clean(f"{story}\n\n{MENU}")
    assert result.text.strip() == story, result.explain()


PLACES = {
    "en": (
        "And here are the places we visited in the video, with the way to get there:",
        "The Biosphere in Potsdam\nBy tram from Potsdam station to the bird park stop\n\n"
        "Crash Room\n3 minutes on foot from Ostkreuz station\n\n"
        "Base Flying\n2 minutes on foot from Alexanderplatz station",
        "Related posts\n\nNext post: What is going on here?\nPrevious post: The truth about it",
    ),
    "de": (
        "Und hier findet ihr die im Video genannten Attraktionen mit dem Weg dorthin:",
        "Die Biosphäre Potsdam\nVom S-Bahnhof Potsdam mit der Tram bis Haltestelle Vogelpark\n\n"
        "Crash Room\n3 Minuten vom S-Bahnhof Ostkreuz\n\n"
        "Base Flying\n2 Minuten vom S-Bahnhof Alexanderplatz",
        "Ähnliche Beiträge\n\nNachfolgebeitrag: Was passiert hier eigentlich noch?\n"
        "Vorgängerbeitrag: Die Wahrheit über Kondome",
    ),
}


@pytest.mark.parametrize("language", sorted(PLACES))
def test_an_introduced_list_of_two_line_items_survives_above_a_related_block(
    language: str,
) -> None:
    """A list the story announces with a colon, its items of two lines each, is the story's
    up to the first line another rule removes (the related block below it)."""
    intro, places, related = PLACES[language]
    body = PARAGRAPH[language]
    story = f"Headline of the story\n\n{body} {body}\n\n{body}\n\n{intro}\n{places}"
    result = PIPELINE.clean(f"{story}\n\n{related}")
    assert result.text.strip() == story, result.explain()


# A question the story asks as its subheading, and an ad label in the language.
SUBHEAD_QUESTIONS = {
    "en": ("Advertisement", "* Why did the council wait so long?"),
    "de": ("Anzeige", "* Warum hat der Stadtrat so lange gewartet?"),
    "fr": ("Publicité", "• Pourquoi le conseil a-t-il attendu si longtemps ?"),
    "es": ("Publicidad", "¿Por qué esperó tanto el ayuntamiento?"),
    "it": ("Pubblicità", "Perché il consiglio ha aspettato così a lungo?"),
    "pt": ("Publicidade", "Por que a câmara esperou tanto?"),
    "nl": ("Advertentie", "Waarom wachtte de gemeenteraad zo lang?"),
}


@pytest.mark.parametrize("language", sorted(PARAGRAPH))
def test_a_question_below_an_ad_label_survives(language: str) -> None:
    """teaser-island takes a question between two removed lines; one removed line beside a
    subheading (an ad label above it, the story's paragraph below) is no island."""
    body = PARAGRAPH[language]
    label, question = SUBHEAD_QUESTIONS[language]
    text = f"Headline of the story\n\n{body}\n\n{label}\n\n{question}\n\n{body}\n\n{label}"
    result = PIPELINE.clean(text)
    assert question in result.text, result.explain()
    assert label not in result.text, result.explain()


# Scripts without case: story lines that use the byline labels and roles of zh, ja, ko.
UNCASED_STORY_LINES: dict[str, tuple[str, ...]] = {
    "zh": (
        "新华社记者从北京获悉，3月5日电影节将在上海开幕，共有三十部影片参展。",
        "记者从市政府获悉，该计划将推迟到明年春天。",
        "记者在现场看到，数十名居民排队等候登记。",
        "记者节当天，全市新闻工作者举行了座谈会。",
        "作者在书中回顾了自己在农村度过的童年。",
        "这篇文章的作者张三表示，他没有收到任何稿费。",
        "编辑部收到了大量读者来信",
        "文化部门表示将加大对基层图书馆的投入",
        "文学院的学生们在礼堂举行了毕业典礼",
        "本报记者近日走访了多家医院",
        "新华社记者在北京报道了这一消息",
        "记者张三在报道中写道工厂已经停产",
        "责任编辑的职责包括审核稿件",
        "记者手记",
        "记者调查",
        "作者简介",
    ),
    "ja": (
        "記者会見は午後2時から始まった。",
        "記者団の質問に首相は答えなかった",
        "筆者は昨年、現地を訪れた",
        "著者はこの本で戦後の暮らしを描いた",
        "執筆に三年をかけたという",
        "文化庁は来年度の予算を発表した",
        "文学賞の選考会が東京で開かれた",
        "山田太郎記者が現地から報告する",
        "取材に応じた住民は不安を口にした",
        "編集部には多くの意見が寄せられた",
        "記者クラブの加盟社は十社にのぼる",
        "著者の山田氏は元新聞記者だ",
        "文と写真で街の変化を記録した",
        "筆者の意見は編集部の見解と異なる",
        "記者の目",
    ),
    "ko": (
        "홍길동 기자는 이날 현장에서 주민들을 만났다.",
        "기자회견은 오후 2시에 열렸다",
        "관련 기자들이 현장에 도착했다",
        "김철수 기자가 취재한 내용에 따르면 공장은 가동을 멈췄다",
        "글을 쓰는 일은 쉽지 않다고 그는 말했다",
        "이 글은 지난해 발표된 보고서를 바탕으로 작성됐다",
        "시장은 기자들의 질문에 답하지 않았다",
        "특파원 보고에 따르면 현지 상황은 악화되고 있다",
        "작성자는 익명을 요청했다",
        "홍길동 기자 = 시의회는 화요일 계획을 연기했다",
        "기자 출신인 그는 정계에 입문했다",
        "사진 기자 세 명이 부상을 입었다",
        "이 기자는 그날 밤 늦게까지 일했다",
        "기자수첩",
        "관련 기자",
    ),
}
UNCASED_PARAGRAPH = {
    "zh": (
        "市议会周二决定将中心广场改造计划推迟到明年春天。此前在一次激烈的会议上，约四十名居民"
        "发言反对该方案，商户们担心施工将持续两年以上，影响他们的生计。市长表示将等待新的交通调查结果。"
    ),
    "ja": (
        "市議会は火曜日、中央広場の改修計画を来春まで延期することを決めた。激しい議論となった会合"
        "では、約四十人の住民が計画に反対する意見を述べ、商店主らは工事が二年以上続けば生活に影響"
        "が出ると懸念を示した。市長は新たな交通調査の結果を待つと述べた。"
    ),
    "ko": (
        "시의회는 화요일 중앙광장 개조 계획을 내년 봄까지 연기하기로 결정했다. 격렬한 회의에서 약 "
        "40명의 주민이 계획에 반대하는 의견을 밝혔고, 상인들은 공사가 2년 이상 이어지면 생계에 "
        "영향을 받을 것이라고 우려했다. 시장은 새로운 교통 조사 결과를 기다리겠다고 말했다."
    ),
}


@pytest.mark.parametrize(
    ("language", "line"),
    [(language, line) for language, lines in UNCASED_STORY_LINES.items() for line in lines],
)
def test_uncased_story_line_survives_inside_an_article(language: str, line: str) -> None:
    body = UNCASED_PARAGRAPH[language]
    text = f"Headline\n\n{body}\n\n{line}\n\n{body}\n\n{body}"
    result = PIPELINE.clean(text)
    assert result.text == text, result.explain()
