"""Contrastive training pairs for the whole-draft tone head, WRITTEN BY THE SCORER'S AUTHOR (helper tone6), not eval data.

Each pair is one courteous note and the same note with ONE barbed clause added (sarcasm, passive aggression,
condescension, blame, coldness, guilt-tripping, a veiled threat, lecturing...), in all five languages. They give the
learned draft head a signal for subtle single-clause rudeness that the public data (TyDiP requests, CoCoA register
pairs) does not carry. They were written from the phenomena, not from any labelled eval draft, and are never
reported as an evaluation figure. `train.py` reads them with the labelled dev drafts (label: base good, barbed bad).
"""

from __future__ import annotations

from composer.models import Intent, Language, Policy, Relationship, Situation, Tone

# language -> list of (intent, tone, greeting, base sentences, closing, barbed clause appended to the base's first
# paragraph). Names and meetings are invented for these pairs.
_PAIRS: dict[str, list[tuple[str, str, str, str, str, str]]] = {
    "en": [
        ("reschedule", "formal", "Dear Ms Harlow,", "I am sorry, but I need to move our budget review on Tuesday at 10:00. Would Thursday at 10:00 suit you instead?", "Kind regards,\nPaul Denton", "I did mention last week that Tuesdays were tricky, but never mind."),
        ("decline", "friendly", "Hi Tom,", "Thanks for the invite to the launch on Friday. Sadly I'm away that day, but I hope it goes brilliantly.", "Best,\nAnna", "Maybe next time you could check my calendar before sending invites."),
        ("shorten", "formal", "Dear Mr Okafor,", "Could we keep Wednesday's planning meeting at 14:00 to 30 minutes? I will send the key points beforehand.", "Kind regards,\nLiz Moreau", "That should be plenty, since the details tend to go over people's heads anyway."),
        ("late_cancellation", "friendly", "Hi Sara,", "Thanks for letting me know about today's session. I hope everything is all right; shall we try Monday at 9:00?", "Cheers,\nJonas", "I'll just add it to the list of sessions I prepared for nothing."),
        ("no_show_followup", "formal", "Dear Mr Brandt,", "We missed you at yesterday's consultation at 15:00. I hope nothing is wrong; I can offer Friday at 11:00 if that suits you.", "Kind regards,\nDr Helen Voss", "Other patients would have been glad of that slot, of course."),
        ("switch_to_call", "friendly", "Hi Maya,", "Could we do Thursday's catch-up at 16:00 by phone instead? The trains are a mess this week.", "Thanks,\nLeo", "I'm sure you won't miss the coffee I was going to buy you."),
        ("cancellation_policy", "formal", "Dear Mrs Lindqvist,", "Thank you for booking with us. Cancellations made less than 24 hours before a session are charged at half the fee.", "Kind regards,\nOwen Clarke", "We do expect our clients to actually read this, unlike some."),
        ("delegate", "formal", "Dear Mr Rossi,", "I am away on Monday, so my colleague Nina Park will lead the contract review at 9:30. She knows the file well.", "Kind regards,\nDavid Hale", "Please try not to keep her waiting the way the last meeting started."),
    ],
    "fr": [
        ("reschedule", "formal", "Madame Perrin,", "Je suis désolé, mais je dois déplacer notre revue budgétaire de mardi à 10 h. Jeudi à 10 h vous conviendrait-il ?", "Bien cordialement,\nPaul Lemoine", "Je vous avais d'ailleurs prévenue que les mardis étaient compliqués, mais passons."),
        ("decline", "friendly", "Bonjour Thomas,", "Merci pour l'invitation au lancement de vendredi. Je serai absente ce jour-là, mais je vous souhaite une belle soirée.", "Belle journée,\nAnne", "La prochaine fois, un coup d'œil à mon agenda avant d'envoyer l'invitation serait apprécié."),
        ("shorten", "formal", "Monsieur Okafor,", "Pourrions-nous limiter la réunion de planification de mercredi à 14 h à 30 minutes ? Je vous enverrai les points clés en amont.", "Cordialement,\nÉlise Moreau", "Cela suffira largement, les détails techniques n'étant de toute façon pas votre fort."),
        ("late_cancellation", "friendly", "Bonjour Sarah,", "Merci de m'avoir prévenue pour la séance d'aujourd'hui. J'espère que tout va bien ; on se voit lundi à 9 h ?", "À bientôt,\nJonas", "Je l'ajoute à la liste des séances préparées pour rien."),
        ("no_show_followup", "formal", "Monsieur Brandt,", "Nous ne vous avons pas vu à la consultation d'hier à 15 h. J'espère que tout va bien ; je peux vous proposer vendredi à 11 h.", "Bien cordialement,\nDr Hélène Vasseur", "D'autres patients auraient été ravis d'avoir ce créneau, naturellement."),
        ("switch_to_call", "friendly", "Bonjour Maya,", "Pourrait-on faire le point de jeudi à 16 h par téléphone ? Les trains sont un enfer cette semaine.", "Merci,\nLéo", "Je suis sûr que le café que je comptais vous offrir ne vous manquera pas."),
        ("cancellation_policy", "formal", "Madame Lindqvist,", "Merci pour votre réservation. Toute annulation moins de 24 heures avant la séance est facturée à 50 %.", "Bien cordialement,\nOlivier Clerc", "Nous attendons de nos clients qu'ils lisent ces conditions, contrairement à certains."),
        ("delegate", "formal", "Monsieur Rossi,", "Je serai absent lundi ; ma collègue Nina Parent animera la revue du contrat à 9 h 30. Elle connaît parfaitement le dossier.", "Cordialement,\nDavid Hallé", "Merci d'être à l'heure cette fois, contrairement à la dernière réunion."),
    ],
    "it": [
        ("reschedule", "formal", "Gentile Dottoressa Ferri,", "mi scuso, ma devo spostare la revisione del budget di martedì alle 10:00. Giovedì alle 10:00 le andrebbe bene?", "Cordiali saluti,\nPaolo Denti", "Del resto le avevo già accennato che il martedì è complicato, ma pazienza."),
        ("decline", "friendly", "Ciao Tommaso,", "grazie dell'invito al lancio di venerdì. Purtroppo sono via quel giorno, ma ti auguro una bellissima serata.", "Un saluto,\nAnna", "La prossima volta magari dai un'occhiata alla mia agenda prima di mandare gli inviti."),
        ("shorten", "formal", "Gentile Ingegner Okafor,", "potremmo limitare a 30 minuti la riunione di pianificazione di mercoledì alle 14:00? Le invierò i punti principali in anticipo.", "Cordiali saluti,\nLisa Moro", "Basteranno, visto che i dettagli tecnici non sono proprio il suo forte."),
        ("late_cancellation", "friendly", "Ciao Sara,", "grazie per avermi avvisato della lezione di oggi. Spero vada tutto bene; ci vediamo lunedì alle 9:00?", "A presto,\nGiona", "La aggiungo alla lista delle lezioni preparate per niente."),
        ("no_show_followup", "formal", "Gentile Signor Brandi,", "non l'abbiamo vista alla visita di ieri alle 15:00. Spero non sia successo nulla; posso proporle venerdì alle 11:00.", "Cordiali saluti,\nDott.ssa Elena Vossi", "Altri pazienti sarebbero stati felici di avere quell'orario, naturalmente."),
        ("switch_to_call", "friendly", "Ciao Maya,", "possiamo fare il punto di giovedì alle 16:00 per telefono? I treni questa settimana sono un disastro.", "Grazie,\nLeo", "Sono sicuro che il caffè che volevo offrirti non ti mancherà."),
        ("cancellation_policy", "formal", "Gentile Signora Lindqvist,", "grazie per la prenotazione. Le disdette con meno di 24 ore di preavviso vengono addebitate al 50%.", "Cordiali saluti,\nOttavio Chiari", "Ci aspettiamo che i clienti leggano queste condizioni, a differenza di qualcuno."),
        ("delegate", "formal", "Gentile Avvocato Rossi,", "lunedì sarò assente; la mia collega Nina Parodi condurrà la revisione del contratto alle 9:30. Conosce bene la pratica.", "Cordiali saluti,\nDavide Alesi", "La prego di essere puntuale, non come all'ultima riunione."),
    ],
    "nl": [
        ("reschedule", "formal", "Geachte mevrouw Harlaar,", "Het spijt me, maar ik moet onze budgetbespreking van dinsdag om 10.00 uur verzetten. Zou donderdag om 10.00 uur u schikken?", "Met vriendelijke groet,\nPaul Dekker", "Ik had overigens al gezegd dat dinsdagen lastig zijn, maar goed."),
        ("decline", "friendly", "Hoi Tom,", "Bedankt voor de uitnodiging voor de lancering vrijdag. Ik ben die dag helaas weg, maar ik wens je een mooie avond.", "Groet,\nAnna", "Misschien kun je de volgende keer eerst even in mijn agenda kijken voordat je uitnodigt."),
        ("shorten", "formal", "Geachte heer Okafor,", "Zouden we het planningsoverleg van woensdag om 14.00 uur tot 30 minuten kunnen beperken? Ik stuur de hoofdpunten vooraf.", "Met vriendelijke groet,\nLies Mulder", "Dat is ruim genoeg, want de technische details gaan de meeste mensen toch boven de pet."),
        ("late_cancellation", "friendly", "Hoi Sara,", "Bedankt dat je het liet weten van de les vandaag. Hopelijk is alles goed; zullen we maandag om 9.00 uur doen?", "Groetjes,\nJonas", "Ik zet hem maar op het lijstje lessen die ik voor niets heb voorbereid."),
        ("no_show_followup", "formal", "Geachte heer Brandt,", "We hebben u gisteren om 15.00 uur gemist bij het consult. Ik hoop dat alles in orde is; ik kan u vrijdag om 11.00 uur aanbieden.", "Met vriendelijke groet,\nDr. Helen Vos", "Andere patiënten hadden dat tijdstip natuurlijk graag gehad."),
        ("switch_to_call", "friendly", "Hoi Maya,", "Kunnen we het overleg van donderdag om 16.00 uur telefonisch doen? De treinen zijn deze week een ramp.", "Dank je,\nLeo", "De koffie die ik je zou trakteren zul je vast niet missen."),
        ("cancellation_policy", "formal", "Geachte mevrouw Lindqvist,", "Dank voor uw boeking. Bij annulering binnen 24 uur voor de sessie rekenen wij de helft van het tarief.", "Met vriendelijke groet,\nOwen Claassen", "Wij verwachten dat klanten dit ook echt lezen, in tegenstelling tot sommigen."),
        ("delegate", "formal", "Geachte heer Rossi,", "Maandag ben ik afwezig; mijn collega Nina Pauw leidt om 9.30 uur de contractbespreking. Zij kent het dossier goed.", "Met vriendelijke groet,\nDavid Haalman", "Wilt u deze keer op tijd zijn, anders dan bij de vorige bespreking."),
    ],
    "sv": [
        ("reschedule", "formal", "Hej Karin Holm,", "Jag ber om ursäkt, men jag behöver flytta budgetgenomgången på tisdag kl. 10.00. Skulle torsdag kl. 10.00 passa i stället?", "Vänliga hälsningar\nPaul Dahl", "Jag nämnde ju förra veckan att tisdagar är svåra, men strunt samma."),
        ("decline", "friendly", "Hej Tom!", "Tack för inbjudan till lanseringen på fredag. Jag är tyvärr bortrest då, men jag hoppas att det blir en toppenkväll.", "Hälsningar\nAnna", "Nästa gång kanske du kan kolla min kalender innan du skickar inbjudningar."),
        ("shorten", "formal", "Hej Daniel Okafor,", "Skulle vi kunna korta planeringsmötet på onsdag kl. 14.00 till 30 minuter? Jag skickar huvudpunkterna i förväg.", "Vänliga hälsningar\nLisa Mård", "Det räcker gott, eftersom detaljerna ändå brukar gå folk över huvudet."),
        ("late_cancellation", "friendly", "Hej Sara!", "Tack för att du hörde av dig om passet i dag. Hoppas allt är bra; ska vi köra måndag kl. 9.00?", "Kram\nJonas", "Jag lägger det på listan över pass jag förberett i onödan."),
        ("no_show_followup", "formal", "Hej Erik Brandt,", "Vi saknade dig vid gårdagens besök kl. 15.00. Jag hoppas att inget har hänt; jag kan erbjuda fredag kl. 11.00.", "Vänliga hälsningar\nDr Helena Voss", "Andra patienter hade förstås gärna tagit den tiden."),
        ("switch_to_call", "friendly", "Hej Maya!", "Kan vi ta avstämningen på torsdag kl. 16.00 per telefon i stället? Tågen är kaos den här veckan.", "Tack,\nLeo", "Kaffet jag tänkte bjuda dig på kommer du säkert inte att sakna."),
        ("cancellation_policy", "formal", "Hej Maria Lindqvist,", "Tack för din bokning. Avbokningar senare än 24 timmar före passet debiteras med halva avgiften.", "Vänliga hälsningar\nOskar Clarin", "Vi förväntar oss att kunderna faktiskt läser detta, till skillnad från vissa."),
        ("delegate", "formal", "Hej Marco Rossi,", "Jag är borta på måndag, så min kollega Nina Berg leder avtalsgenomgången kl. 9.30. Hon känner ärendet väl.", "Vänliga hälsningar\nDavid Hall", "Var vänlig och kom i tid den här gången, inte som vid förra mötet."),
    ],
}


# Ninth round (helper tone9, the scorer's author): risky-LOOKING good notes, each with its barbed twin. The courteous
# half uses what people read kindly but a bag of words reads as risk ("as agreed", a fee, "unfortunately", a firm no,
# "again", "a reminder"); the barb is a phenomenon the earlier pairs lacked (a guilt trip, faint praise, a "this time"
# barb, a veiled threat to the reader's priority). Written from the phenomena, not from any labelled eval draft.
_PAIRS_ROUND9: dict[str, list[tuple[str, str, str, str, str, str]]] = {
    "en": [
        ("late_cancellation", "formal", "Dear Ms Carver,", "Thank you for letting us know about Tuesday's fitting. As agreed when you booked, cancellations within 24 hours are charged at half the fee, so you will receive a short invoice. I have kept Friday at 10:00 free for you if that helps.", "Kind regards,\nHannah Reed", "I had already turned away another client for that morning, but that is just how it goes."),
        ("decline", "friendly", "Hi Marcus,", "Unfortunately I have to say no to the visit on Saturday: the workshop is closed for stocktaking and I can't make exceptions. I would be glad to show you round at the open day in spring.", "All the best,\nRuth", "Your plans were quite good for someone new to the trade, so it should be worth a look then."),
        ("reschedule", "formal", "Dear Mr Ellison,", "I am sorry to ask again, but the flooding at our depot means I must move Monday's review at 14:00. Would Wednesday at 14:00 or Thursday at 9:00 suit you?", "Kind regards,\nClaire Munro", "It would help if the figures reached us before the meeting this time."),
        ("cancellation_policy", "formal", "Dear Mrs Patel,", "A short, friendly reminder before your first course on Saturday: sessions can be cancelled free of charge up to 48 hours ahead, after that a quarter of the fee applies. We look forward to seeing you.", "Kind regards,\nTom Barker", "Places on this course are in high demand, and clients who cancel late tend to lose their priority."),
    ],
    "fr": [
        ("late_cancellation", "formal", "Madame Carrel,", "Merci de m'avoir prévenue pour l'essayage de mardi. Comme convenu lors de la réservation, une annulation à moins de 24 heures est facturée à moitié prix ; vous recevrez donc une petite facture. Je vous ai gardé vendredi à 10 h si cela vous arrange.", "Bien cordialement,\nHélène Rey", "J'avais pourtant refusé une autre cliente pour cette matinée, mais c'est ainsi."),
        ("decline", "friendly", "Bonjour Marc,", "Malheureusement, je dois refuser la visite de samedi : l'atelier est fermé pour inventaire et je ne fais pas d'exception. Je vous la ferai volontiers visiter lors des portes ouvertes du printemps.", "Belle journée,\nRuth", "Vos plans étaient d'ailleurs assez réussis pour quelqu'un qui débute dans le métier."),
        ("reschedule", "formal", "Monsieur Ellion,", "Je suis désolée de vous solliciter encore, mais l'inondation de notre dépôt m'oblige à déplacer la revue de lundi à 14 h. Mercredi à 14 h ou jeudi à 9 h vous conviendrait-il ?", "Cordialement,\nClaire Mounier", "Il serait utile que les chiffres nous parviennent avant la réunion, cette fois."),
        ("cancellation_policy", "formal", "Madame Pateau,", "Un petit rappel amical avant votre premier cours samedi : l'annulation est gratuite jusqu'à 48 heures avant, ensuite un quart du prix est dû. Nous nous réjouissons de vous accueillir.", "Bien cordialement,\nThomas Barbier", "Les places sont très demandées, et les clients qui annulent tard passent généralement après les autres."),
    ],
    "it": [
        ("late_cancellation", "formal", "Gentile Signora Carli,", "grazie per avermi avvisata della prova di martedì. Come concordato alla prenotazione, le disdette con meno di 24 ore di preavviso sono addebitate al 50%, quindi le arriverà una piccola fattura. Le ho tenuto libero venerdì alle 10:00, se le fa comodo.", "Cordiali saluti,\nElena Rei", "Avevo rifiutato un'altra cliente per quella mattina, ma pazienza, capita."),
        ("decline", "friendly", "Ciao Marco,", "purtroppo devo dirti di no per la visita di sabato: il laboratorio è chiuso per inventario e non faccio eccezioni. Te lo mostro volentieri all'open day di primavera.", "A presto,\nRita", "I tuoi progetti erano comunque abbastanza buoni per qualcuno alle prime armi."),
        ("reschedule", "formal", "Gentile Ingegner Elli,", "mi scuso di chiederle di nuovo un cambio, ma l'allagamento del nostro magazzino mi obbliga a spostare la revisione di lunedì alle 14:00. Le andrebbe bene mercoledì alle 14:00 o giovedì alle 9:00?", "Cordiali saluti,\nChiara Monti", "Sarebbe utile, questa volta, ricevere i dati prima della riunione."),
        ("cancellation_policy", "formal", "Gentile Signora Pace,", "un piccolo promemoria prima del suo primo corso di sabato: la disdetta è gratuita fino a 48 ore prima, poi si paga un quarto della quota. Saremo felici di accoglierla.", "Cordiali saluti,\nTommaso Barbieri", "I posti sono molto richiesti, e chi disdice tardi di solito perde la priorità."),
    ],
    "nl": [
        ("late_cancellation", "formal", "Geachte mevrouw Karels,", "Dank dat u de pasafspraak van dinsdag hebt afgezegd. Zoals afgesproken bij de boeking rekenen wij bij afzegging binnen 24 uur de helft van het tarief, dus u ontvangt een kleine factuur. Ik heb vrijdag om 10.00 uur voor u vrijgehouden, als dat schikt.", "Met vriendelijke groet,\nHelen Rijkers", "Ik had voor die ochtend nog een andere klant afgezegd, maar zo gaat dat."),
        ("decline", "friendly", "Hoi Mark,", "Helaas moet ik nee zeggen tegen het bezoek van zaterdag: de werkplaats is dicht voor inventarisatie en ik maak geen uitzonderingen. Op de open dag in het voorjaar laat ik je graag alles zien.", "Groet,\nRuth", "Je ontwerpen waren trouwens best aardig voor iemand die net begint."),
        ("reschedule", "formal", "Geachte heer Elzinga,", "Het spijt me dat ik het opnieuw moet vragen, maar door wateroverlast in ons depot moet ik de bespreking van maandag om 14.00 uur verzetten. Schikt woensdag om 14.00 uur of donderdag om 9.00 uur u?", "Met vriendelijke groet,\nClaire Mulder", "Het zou helpen als de cijfers er deze keer vooraf zijn."),
        ("cancellation_policy", "formal", "Geachte mevrouw Pater,", "Een korte, vriendelijke herinnering voor uw eerste cursusdag zaterdag: annuleren is kosteloos tot 48 uur vooraf, daarna rekenen wij een kwart van het cursusgeld. Wij zien u graag komen.", "Met vriendelijke groet,\nTom Bakker", "De plaatsen zijn gewild, en wie laat afzegt verliest doorgaans zijn voorrang."),
    ],
    "sv": [
        ("late_cancellation", "formal", "Hej Karin Carlsson,", "Tack för att du hörde av dig om provningen på tisdag. Som vi kom överens om vid bokningen debiteras avbokningar senare än 24 timmar med halva avgiften, så du får en liten faktura. Jag har hållit fredag kl. 10.00 ledig åt dig om det passar.", "Vänliga hälsningar\nHelena Ek", "Jag hade tackat nej till en annan kund för den förmiddagen, men så kan det gå."),
        ("decline", "friendly", "Hej Markus!", "Tyvärr måste jag säga nej till besöket på lördag: verkstaden är stängd för inventering och jag gör inga undantag. Jag visar dig gärna runt på öppet hus i vår.", "Hälsningar\nRut", "Dina skisser var för övrigt ganska bra för någon som precis har börjat."),
        ("reschedule", "formal", "Hej Erik Ellström,", "Jag ber om ursäkt för att jag frågar igen, men översvämningen i vårt lager gör att jag måste flytta genomgången på måndag kl. 14.00. Passar onsdag kl. 14.00 eller torsdag kl. 9.00?", "Vänliga hälsningar\nKlara Munck", "Det vore bra om siffrorna kom fram före mötet den här gången."),
        ("cancellation_policy", "formal", "Hej Priya Palm,", "En kort och vänlig påminnelse inför din första kursdag på lördag: avbokning är kostnadsfri fram till 48 timmar innan, därefter debiteras en fjärdedel av avgiften. Vi ser fram emot att träffa dig.", "Vänliga hälsningar\nTom Berg", "Platserna är eftertraktade, och den som avbokar sent brukar förlora sin förtur."),
    ],
}
for _lang, _rows in _PAIRS_ROUND9.items():
    _PAIRS[_lang].extend(_rows)


# Tenth round (helper tone10, written from the phenomena, not from any labelled draft): good notes that LOOK risky (a firm
# "no" this time, "as agreed" with a full fee, "unfortunately", "again", a short friendly fee note that forgives) and their
# twins with one barb: faint praise, a wish never to write such a mail again, "on time for once", an office closing that
# shuts the matter, a guilt trip about turned-down clients, "for a change", a "this time" note pointing at other clients.
_PAIRS_ROUND10: dict[str, list[tuple[str, str, str, str, str, str]]] = {
    "en": [
        ("decline", "friendly", "Hi Priya,", "Thanks for asking me to judge the bake-off on Saturday. I have to say no this time: the shop is open all day and I'm the only one on. I hope it's a great afternoon.", "Best,\nCal", "Your entries last year were pretty decent for amateurs, to be fair."),
        ("cancellation_policy", "formal", "Dear Mr Achterberg,", "As agreed when you booked, cancellations within 48 hours are charged at the full fee. Unfortunately that applies to Friday's session, so the invoice will follow this week. We would be glad to see you at the next one.", "Kind regards,\nMarta Sills", "We would rather not have to write this kind of email again."),
        ("reschedule", "formal", "Dear Ms Okonkwo,", "I am sorry to move our contract review again. A court hearing has been set for Wednesday morning; could we meet on Thursday at 14:00 instead?", "Kind regards,\nBen Aldous", "I trust the documents will reach me on time for once."),
        ("switch_to_call", "formal", "Dear Mr Vance,", "Could we hold Monday's project check-in at 11:00 by phone rather than in person? The site office is closed for repairs.", "Kind regards,\nIrene Cole", "We consider the matter settled and will not be revisiting it."),
        ("late_cancellation", "friendly", "Hi Dominic,", "No problem about today's lesson, these things happen. The late-cancellation fee is half the price, as usual. Shall we say Tuesday at 17:00?", "Cheers,\nRuth", "Mind you, I did turn down two other students to keep that slot for you."),
        ("shorten", "friendly", "Hi Jess,", "Can we keep Thursday's check-in at 10:00 to twenty minutes? I've got a dentist appointment straight after.", "Thanks,\nOmar", "Shouldn't be hard if we stick to the agenda for a change."),
        ("no_show_followup", "formal", "Dear Mr Lachlan,", "We did not see you at this morning's appointment at 9:00, and I hope all is well. As set out in our terms, a missed appointment is charged in full; I can offer Monday at 9:00 if that suits you.", "Kind regards,\nNora Pike", "Our other clients seem to manage to keep their appointments."),
    ],
    "fr": [
        ("decline", "friendly", "Bonjour Inès,", "Merci pour l'invitation au vernissage samedi. Je ne pourrai pas venir : la boutique est ouverte toute la journée et je suis seule. Je vous souhaite une très belle soirée.", "Belle journée,\nClaire", "Vos toiles de l'an dernier étaient d'ailleurs honnêtes, pour des amateurs."),
        ("cancellation_policy", "formal", "Monsieur Achard,", "Comme convenu lors de la réservation, toute annulation moins de 48 heures avant la séance est facturée en totalité. C'est malheureusement le cas pour vendredi ; la facture suivra cette semaine. Nous serons ravis de vous revoir à la prochaine séance.", "Bien cordialement,\nMarthe Sillon", "Nous préférerions ne pas avoir à vous réécrire ce genre de message."),
        ("reschedule", "formal", "Madame Okoye,", "Je suis désolé de devoir déplacer à nouveau notre revue du contrat. Une audience a été fixée mercredi matin ; jeudi à 14 h vous conviendrait-il ?", "Cordialement,\nBenoît Aldo", "J'ose espérer que les pièces me parviendront à temps, pour une fois."),
        ("switch_to_call", "formal", "Monsieur Vannier,", "Pourrions-nous faire le point de lundi à 11 h par téléphone plutôt que sur place ? Le bureau du chantier est fermé pour travaux.", "Cordialement,\nIrène Colin", "Nous considérons dès lors la question comme close et n'y reviendrons pas."),
        ("late_cancellation", "friendly", "Bonjour Dominique,", "Pas de souci pour le cours d'aujourd'hui, ce sont des choses qui arrivent. Comme d'habitude, l'annulation tardive est facturée à moitié prix. On dit mardi à 17 h ?", "À bientôt,\nRuth", "Cela dit, j'avais refusé deux autres élèves pour vous garder ce créneau."),
    ],
    "it": [
        ("decline", "friendly", "Ciao Irene,", "grazie per l'invito a fare da giudice alla gara di torte di sabato. Questa volta devo dire di no: il negozio è aperto tutto il giorno e sono da sola. Ti auguro un bellissimo pomeriggio.", "Un saluto,\nCarla", "Le torte dell'anno scorso, del resto, erano dignitose per dei dilettanti."),
        ("cancellation_policy", "formal", "Gentile Signor Bruni,", "come concordato alla prenotazione, le disdette con meno di 48 ore di preavviso sono addebitate per intero. Purtroppo è il caso della seduta di venerdì; la fattura seguirà in settimana. Saremo lieti di rivederla alla prossima.", "Cordiali saluti,\nMarta Silla", "Preferiremmo non dover più scrivere email di questo tipo."),
        ("reschedule", "formal", "Gentile Dottoressa Okoro,", "mi scuso di dover spostare di nuovo la revisione del contratto. È stata fissata un'udienza mercoledì mattina; giovedì alle 14:00 le andrebbe bene?", "Cordiali saluti,\nBruno Aldi", "Confido che almeno stavolta i documenti mi arrivino in tempo."),
        ("switch_to_call", "formal", "Gentile Ingegner Vanni,", "potremmo fare il punto di lunedì alle 11:00 per telefono anziché in cantiere? L'ufficio di cantiere è chiuso per lavori.", "Cordiali saluti,\nIrene Colli", "Riteniamo pertanto la questione chiusa e non intendiamo tornarci sopra."),
        ("late_cancellation", "friendly", "Ciao Domenico,", "nessun problema per la lezione di oggi, sono cose che capitano. Come sempre la disdetta tardiva costa metà della quota. Facciamo martedì alle 17:00?", "A presto,\nRita", "Certo, per tenerti quell'ora avevo detto di no a due altri allievi."),
    ],
    "nl": [
        ("decline", "friendly", "Hoi Iris,", "Bedankt voor de vraag om zaterdag jurylid te zijn bij de bakwedstrijd. Ik moet deze keer nee zeggen: de winkel is de hele dag open en ik sta er alleen. Ik wens jullie een heerlijke middag.", "Groet,\nKarla", "Jullie taarten van vorig jaar waren trouwens best aardig, voor amateurs."),
        ("cancellation_policy", "formal", "Geachte heer Achterberg,", "Zoals bij de boeking afgesproken, rekenen wij bij annulering binnen 48 uur het volledige tarief. Helaas geldt dat voor de sessie van vrijdag; de factuur volgt deze week. Wij zien u graag bij de volgende sessie.", "Met vriendelijke groet,\nMarta Sils", "Wij schrijven liever niet nog eens zo'n mail."),
        ("reschedule", "formal", "Geachte mevrouw Oosterhuis,", "Het spijt me dat ik onze contractbespreking opnieuw moet verzetten. Woensdagochtend is er een zitting gepland; zou donderdag om 14.00 uur u schikken?", "Met vriendelijke groet,\nBen Aalders", "Ik ga ervan uit dat de stukken er nu eens op tijd zijn."),
        ("switch_to_call", "formal", "Geachte heer Vermeer,", "Zouden we het overleg van maandag om 11.00 uur telefonisch kunnen doen in plaats van op de bouwplaats? De bouwkeet is gesloten voor reparatie.", "Met vriendelijke groet,\nIrene Kool", "Wij beschouwen de zaak hiermee als afgedaan en komen er niet op terug."),
        ("late_cancellation", "friendly", "Hoi Dominique,", "Geen probleem van de les vandaag, dat kan gebeuren. Zoals altijd kost een late afzegging de helft van de les. Zullen we dinsdag om 17.00 uur doen?", "Groetjes,\nRuth", "Al had ik wel twee andere leerlingen afgezegd om dat uur voor je vrij te houden."),
    ],
    "sv": [
        ("decline", "friendly", "Hej Ida!", "Tack för att du frågade om jag vill vara domare på bakdagen på lördag. Den här gången måste jag tacka nej: butiken har öppet hela dagen och jag står där ensam. Hoppas att ni får en härlig eftermiddag.", "Hälsningar\nKarla", "Era tårtor förra året var för övrigt helt okej, för att vara amatörer."),
        ("cancellation_policy", "formal", "Hej Anders Åkerberg,", "Som vi kom överens om vid bokningen debiteras avbokningar senare än 48 timmar med hela avgiften. Tyvärr gäller det fredagens pass, så fakturan kommer i veckan. Vi ser fram emot att träffa dig nästa gång.", "Vänliga hälsningar\nMarta Sill", "Vi skulle helst slippa skriva den här sortens mejl igen."),
        ("reschedule", "formal", "Hej Ulla Oskarsson,", "Jag ber om ursäkt för att jag måste flytta avtalsgenomgången igen. En förhandling har lagts på onsdag förmiddag; skulle torsdag kl. 14.00 passa?", "Vänliga hälsningar\nBengt Alm", "Jag utgår från att handlingarna kommer i tid för en gångs skull."),
        ("switch_to_call", "formal", "Hej Viktor Vall,", "Kan vi ta avstämningen på måndag kl. 11.00 per telefon i stället för på plats? Byggkontoret är stängt för reparation.", "Vänliga hälsningar\nIrene Kull", "Vi betraktar därmed ärendet som avslutat och återkommer inte till det."),
        ("late_cancellation", "friendly", "Hej Dominika!", "Ingen fara med dagens lektion, sånt händer. Som vanligt kostar en sen avbokning halva priset. Ska vi säga tisdag kl. 17.00?", "Hälsningar\nRut", "Fast jag tackade faktiskt nej till två andra elever för att hålla tiden åt dig."),
        ("shorten", "friendly", "Hej Jessica!", "Kan vi korta torsdagens avstämning kl. 10.00 till tjugo minuter? Jag har en tandläkartid direkt efteråt.", "Tack!\nOmar", "Det borde gå om vi för en gångs skull håller oss till dagordningen."),
        ("no_show_followup", "formal", "Hej Lars Lindkvist,", "Vi saknade dig vid morgonens tid kl. 9.00, och jag hoppas att allt är väl. Enligt våra villkor debiteras uteblivna besök fullt ut; jag kan erbjuda måndag kl. 9.00 om det passar.", "Vänliga hälsningar\nNora Pihl", "Våra andra kunder brukar ju klara av att komma på sina tider."),
    ],
}
# Twelfth round (helper tone12, written from the phenomena behind v11's French and Dutch misses, in all five languages;
# no sentence of any labelled draft): good notes that LOOK risky (a self-directed "once again", light humour, a plain
# "unfortunately" with a fee in a short friendly note, genuine enthusiasm with no pronoun, a short plain handover, a
# practical formal proposal) and their twins with one barb: a reply deadline with "this time, not the day before",
# sarcasm about the reader's past lateness, talking down about a "simple" file and a junior colleague, a threat to give
# the slot away, a guilt trip dressed as reassurance, an office formula that closes the matter coldly.
_PAIRS_ROUND12: dict[str, list[tuple[str, str, str, str, str, str]]] = {
    "en": [
        ("reschedule", "formal", "Dear Ms Whitcombe,", "I am writing once again to ask for your patience, and a little sheepishly, since you have already been so flexible with us this year. A site audit has landed on Tuesday morning; would Thursday at 10:00 or Friday at 14:00 suit you?", "With my thanks and kind regards,\nHugo Penrose", "I would appreciate an answer by tomorrow, this time, rather than the evening before."),
        ("switch_to_call", "friendly", "Hi Greta,", "The rail strike has eaten my ticket, so could we do Wednesday's review at 15:00 by phone? I'll have the numbers in front of me as if we were in the same room, minus the biscuits.", "Speak soon,\nMarcus", "Phones are wonderful really: at least this way you can't turn up half an hour late like in October."),
        ("delegate", "formal", "Dear Mr Ashdown,", "I am unwell and cannot take our first meeting about your pension transfer on Monday at 9:00. My colleague Ellen Roy will see you at the same time. Thank you for your understanding.", "Kind regards,\nFiona Lusk", "For a file as straightforward as yours she will do nicely; she is new, but first meetings are mostly about explaining the basics to people who know nothing about it."),
        ("late_cancellation", "friendly", "Hi Luke,", "No worries about Thursday's session. Unfortunately, inside 24 hours the 40% fee still applies. Does Tuesday at 18:00 work for you?", "Have a good evening,\nNell", "If the slot stays empty again, I'll give it to someone on my waiting list who actually wants it."),
        ("reschedule", "friendly", "Hi Tessa,", "Sorry, a sick colleague has turned my week upside down and I need to move our kick-off on Wednesday at 14:00. Could Friday at 10:00 or Monday at 14:00 work? Still really looking forward to it!", "Cheers,\nRob", "Don't worry about me, I'll just shuffle everything else around again, as usual."),
        ("switch_to_call", "formal", "Dear Mr Fairbairn,", "With the heavy snow forecast, I suggest we hold Thursday's meeting at 15:30 by phone. I will send the papers tomorrow so that we can go through them together.", "Kind regards,\nAnnette Sole", "We trust you have hereby been duly informed."),
    ],
    "fr": [
        ("reschedule", "formal", "Madame Vauquelin,", "Je vous écris une fois encore pour solliciter votre patience, et non sans embarras, puisque vous nous avez déjà accordé beaucoup de souplesse cette année. Un audit du site tombe mardi matin ; jeudi à 10 h ou vendredi à 14 h vous conviendrait-il ?", "Avec mes remerciements et mes salutations distinguées,\nHugues Penvern", "Je vous saurais gré de me répondre d'ici demain, cette fois, et non la veille au soir."),
        ("switch_to_call", "friendly", "Bonjour Greta,", "La grève a eu raison de mon billet : on fait la revue de mercredi à 15 h par téléphone ? J'aurai les chiffres sous les yeux comme si nous étions dans la même pièce, les biscuits en moins.", "À très vite,\nMarc", "C'est merveilleux, le téléphone : comme ça, impossible d'arriver avec une demi-heure de retard comme en octobre."),
        ("delegate", "formal", "Monsieur Achard,", "Souffrant, je ne pourrai pas assurer notre premier rendez-vous concernant le transfert de votre épargne retraite lundi à 9 h. Ma collègue Ellen Roux vous recevra à la même heure. Je vous remercie de votre compréhension.", "Cordialement,\nFiona Lusseau", "Pour un dossier aussi élémentaire que le vôtre, elle suffira amplement : elle débute, mais un premier rendez-vous sert surtout à expliquer les bases à ceux qui n'y connaissent rien."),
        ("late_cancellation", "friendly", "Bonjour Luc,", "Pas de souci pour la séance de jeudi. Malheureusement, à moins de 24 heures, les 40 % restent dus. Mardi à 18 h, ça vous irait ?", "Bonne soirée,\nNelly", "Si le créneau reste encore vide, je le donnerai à quelqu'un de ma liste d'attente qui y tient vraiment."),
        ("reschedule", "friendly", "Bonjour Tessa,", "Désolée, un collègue malade chamboule ma semaine et je dois déplacer notre lancement de mercredi à 14 h. Vendredi à 10 h ou lundi à 14 h, ce serait possible ? J'ai toujours très hâte d'y être !", "À bientôt,\nRobin", "Ne vous inquiétez surtout pas pour moi, je réorganiserai tout le reste, comme d'habitude."),
        ("switch_to_call", "formal", "Monsieur Fabre,", "Compte tenu des fortes chutes de neige annoncées, je vous propose de tenir notre réunion de jeudi à 15 h 30 par téléphone. Je vous enverrai les documents demain afin que nous puissions les parcourir ensemble.", "Bien cordialement,\nAnnette Sollier", "Nous considérons vous avoir ainsi dûment informé."),
    ],
    "it": [
        ("reschedule", "formal", "Gentile Dottoressa Vanzetti,", "le scrivo ancora una volta per chiederle pazienza, e con un certo imbarazzo, visto che quest'anno ci ha già concesso molta flessibilità. Martedì mattina è fissata una verifica in sede; giovedì alle 10:00 o venerdì alle 14:00 le andrebbero bene?", "Con i miei ringraziamenti e cordiali saluti,\nUgo Pennisi", "Le sarei grato di una risposta entro domani, questa volta, e non la sera prima."),
        ("switch_to_call", "friendly", "Ciao Greta,", "lo sciopero dei treni si è mangiato il mio biglietto: facciamo la revisione di mercoledì alle 15:00 per telefono? Avrò i numeri davanti come se fossimo nella stessa stanza, biscotti esclusi.", "A presto,\nMarco", "Che meraviglia il telefono: almeno così non puoi arrivare con mezz'ora di ritardo come a ottobre."),
        ("delegate", "formal", "Gentile Signor Ardizzone,", "sono malata e non potrò tenere il nostro primo incontro sul trasferimento del suo fondo pensione lunedì alle 9:00. La mia collega Elena Rossi la riceverà alla stessa ora. La ringrazio per la comprensione.", "Cordiali saluti,\nFiorella Lusso", "Per una pratica così elementare come la sua andrà benissimo: è alle prime armi, ma il primo incontro serve soprattutto a spiegare le basi a chi non ne sa niente."),
        ("late_cancellation", "friendly", "Ciao Luca,", "nessun problema per la seduta di giovedì. Purtroppo, sotto le 24 ore, il 40% resta dovuto. Martedì alle 18:00 ti va bene?", "Buona serata,\nNella", "Se l'orario resta vuoto un'altra volta, lo do a qualcuno della lista d'attesa che ci tiene davvero."),
        ("reschedule", "friendly", "Ciao Tessa,", "scusa, un collega malato mi ha stravolto la settimana e devo spostare il nostro avvio di mercoledì alle 14:00. Venerdì alle 10:00 o lunedì alle 14:00 potrebbero andare? Non vedo comunque l'ora!", "A presto,\nRoberto", "Non preoccuparti per me, riorganizzerò tutto il resto, come al solito."),
        ("switch_to_call", "formal", "Gentile Ingegner Fabbri,", "viste le forti nevicate previste, le propongo di tenere la riunione di giovedì alle 15:30 per telefono. Le invierò domani i documenti così da poterli esaminare insieme.", "Cordiali saluti,\nAnnetta Sole", "Confidiamo di averla con ciò debitamente informata."),
    ],
    "nl": [
        ("reschedule", "formal", "Geachte mevrouw Wittebol,", "Ik schrijf u opnieuw om uw geduld te vragen, en met enige schroom, want u bent ons dit jaar al zo vaak tegemoetgekomen. Dinsdagochtend staat er een audit op locatie gepland; zou donderdag om 10.00 uur of vrijdag om 14.00 uur u schikken?", "Met dank en vriendelijke groet,\nHugo Penning", "Ik zou een antwoord vóór morgen op prijs stellen, deze keer, en niet de avond van tevoren."),
        ("switch_to_call", "friendly", "Hoi Greta,", "De treinstaking heeft mijn kaartje opgeslokt: zullen we de evaluatie van woensdag om 15.00 uur telefonisch doen? Ik heb de cijfers voor me alsof we in dezelfde kamer zitten, alleen zonder koekjes.", "Spreek je snel,\nMarco", "Heerlijk, zo'n telefoon: dan kun je tenminste niet een halfuur te laat komen zoals in oktober."),
        ("delegate", "formal", "Geachte heer Asselbergs,", "Door ziekte kan ik ons eerste gesprek over de overdracht van uw pensioen op maandag om 9.00 uur niet voeren. Mijn collega Ellen Roos ontvangt u op hetzelfde tijdstip. Dank voor uw begrip.", "Met vriendelijke groet,\nFiona Lus", "Voor een dossier zo eenvoudig als het uwe volstaat zij ruim: ze is net begonnen, maar een eerste gesprek is vooral de basis uitleggen aan mensen die er niets van weten."),
        ("late_cancellation", "friendly", "Hoi Luuk,", "Geen punt van de sessie van donderdag. Helaas blijft binnen 24 uur de 40% staan. Past dinsdag om 18.00 uur?", "Fijne avond,\nNel", "Als het uur nog eens leeg blijft, geef ik het aan iemand van de wachtlijst die het wel wil."),
        ("reschedule", "friendly", "Hoi Tessa,", "Sorry, een zieke collega gooit mijn week overhoop en ik moet onze aftrap van woensdag om 14.00 uur verzetten. Kan vrijdag om 10.00 uur of maandag om 14.00 uur? Ik heb er nog steeds heel veel zin in!", "Groetjes,\nRob", "Maak je om mij maar geen zorgen hoor, ik schuif de rest wel weer om, zoals altijd."),
        ("switch_to_call", "formal", "Geachte heer Verbeek,", "Gezien de verwachte zware sneeuwval stel ik voor ons overleg van donderdag om 15.30 uur telefonisch te houden. Ik stuur u morgen de stukken, zodat we ze samen kunnen doornemen.", "Met vriendelijke groet,\nAnnet Zool", "Wij gaan ervan uit u hiermee afdoende te hebben ingelicht."),
    ],
    "sv": [
        ("reschedule", "formal", "Hej Karin Wittberg,", "Jag skriver än en gång för att be om ditt tålamod, och lite generad, eftersom du redan har varit så flexibel med oss i år. En revision på plats har hamnat på tisdag förmiddag; skulle torsdag kl. 10.00 eller fredag kl. 14.00 passa?", "Tack på förhand och vänliga hälsningar\nHugo Pehrsson", "Jag skulle uppskatta ett svar senast i morgon, den här gången, och inte kvällen innan."),
        ("switch_to_call", "friendly", "Hej Greta!", "Tågstrejken har ätit upp min biljett, så kan vi ta genomgången på onsdag kl. 15.00 per telefon? Jag har siffrorna framför mig som om vi satt i samma rum, fast utan kakor.", "Hörs snart!\nMarkus", "Telefonen är verkligen underbar: då kan du åtminstone inte komma en halvtimme sent som i oktober."),
        ("delegate", "formal", "Hej Anders Asplund,", "Jag är sjuk och kan inte hålla vårt första möte om flytten av din pension på måndag kl. 9.00. Min kollega Ellen Ros tar emot dig vid samma tid. Tack för din förståelse.", "Vänliga hälsningar\nFiona Lund", "För ett så enkelt ärende som ditt räcker hon gott: hon är ny, men ett första möte handlar mest om att förklara grunderna för folk som inte kan något om det."),
        ("late_cancellation", "friendly", "Hej Lukas!", "Ingen fara med torsdagens pass. Tyvärr gäller avgiften på 40 % inom 24 timmar. Passar tisdag kl. 18.00?", "Ha en fin kväll!\nNelly", "Om tiden står tom igen ger jag den till någon på väntelistan som faktiskt vill ha den."),
        ("reschedule", "friendly", "Hej Tessa!", "Förlåt, en sjuk kollega har vänt upp och ner på min vecka och jag måste flytta vår uppstart på onsdag kl. 14.00. Går fredag kl. 10.00 eller måndag kl. 14.00? Jag ser fortfarande jättemycket fram emot det!", "Kram\nRobin", "Oroa dig inte för mig, jag flyttar om allt annat igen, som vanligt."),
        ("switch_to_call", "formal", "Hej Peter Fagerberg,", "Med tanke på det kraftiga snöfall som väntas föreslår jag att vi håller torsdagens möte kl. 15.30 per telefon. Jag skickar handlingarna i morgon så att vi kan gå igenom dem tillsammans.", "Vänliga hälsningar\nAnnette Sohl", "Vi utgår från att du härmed har blivit vederbörligen informerad."),
    ],
}

# Measured and NOT trained on: leave-one-set-out over dev..v9 the draft heads learnt no better with these 29 pairs than
# without them (sentence + whole-note heads: combined 0.988 vs 0.989, learned alone 0.881 vs 0.882; docs/tone.md, tenth
# round), so `drafts()` leaves them out; `drafts(extra=True)` reads them for the next experiment.

# Measured and NOT trained on: leave-one-set-out over dev..v11 the learned part alone was 0.904 with these 30 pairs and
# 0.904 without them (nl 0.898 -> 0.893, en 0.922 -> 0.925; docs/tone.md, twelfth round), so they stay out by default.
ROUND12 = False


def drafts(*, extra: bool = False, round12: bool | None = None) -> list[tuple[Situation, str, bool, str]]:
    """Every pair as (situation, body, label, id): the courteous note (True) and the same note with the barb (False).
    `extra`: the tenth round's pairs too (measured, not trained on); `round12` (default `ROUND12`): the twelfth round's."""
    out = []
    r12 = ROUND12 if round12 is None else round12
    every = {lang: rows + (_PAIRS_ROUND10[lang] if extra else []) + (_PAIRS_ROUND12[lang] if r12 else []) for lang, rows in _PAIRS.items()}
    for lang, rows in every.items():
        for n, (intent, tone, greet, base, close, barb) in enumerate(rows, 1):
            sid = f"contrast-{lang}{n:02d}"
            s = Situation(id=sid, language=Language(lang), intent=Intent(intent), recipient_name=greet.split(" ", 1)[-1].strip(",!"),
                          sender_name=close.split("\n")[-1], meeting="meeting", meeting_time="soon", tone=Tone(tone), relationship=Relationship.regular,
                          proposed_times=["later"], duration_minutes=30, colleague_name="a colleague", policy=Policy(notice_hours=24, fee_percent=50))
            out.append((s, f"{greet}\n\n{base}\n\n{close}", True, f"{sid}-good"))
            out.append((s, f"{greet}\n\n{base} {barb}\n\n{close}", False, f"{sid}-barbed"))
    return out


def clauses() -> list[tuple[str, str, bool]]:
    """The pairs at sentence level, as (language, sentence, label): every barbed clause (False) and every sentence of the
    courteous notes (True). A learned worst-clause signal: the sentence head may learn which sentence is the barb."""
    out = []
    for lang, rows in _PAIRS.items():
        for _intent, _tone, _greet, base, _close, barb in rows:
            out.append((lang, barb, False))
            out += [(lang, s, True) for s in _split(base)]
    return out


def _split(text: str) -> list[str]:
    from composer.evaluation.politeness import split_sentences

    return split_sentences(text)
