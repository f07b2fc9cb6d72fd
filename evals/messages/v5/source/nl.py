"""v5 Dutch client messages (hand-written by data-k; Netherlands and Flanders)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.txt", "text": """
Dag Wim,

Zou je volgende week donderdag om 14u kunnen langskomen voor een eerste gesprek over de verbouwing van onze winkel in Gent? Kan ook vrijdag de 11de in de voormiddag.

Mvg
Katrien Verhaeghe
Verhaeghe Bloemen
0475 12 34 56
""", "label": {"recipient_name": "Katrien Verhaeghe", "recipient_name_alternatives": ["Katrien"],
              "sender_name": "Wim",
              "meeting": "een eerste gesprek over de verbouwing van onze winkel in Gent",
              "meeting_alternatives": ["de verbouwing van onze winkel in Gent", "verbouwing van onze winkel", "eerste gesprek"],
              "meeting_time": "volgende week donderdag om 14u", "meeting_time_iso": "2026-12-10T14:00",
              "proposed_times": ["vrijdag de 11de in de voormiddag"], "proposed_times_iso": ["2026-12-11"],
              "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.eml", "headers": {
        "From": ("Mariëlle Smit", "m.smit@zwolle.example.nl"),
        "To": ("Jeroen Visser", "jeroen@visser-advies.nl"),
        "Subject": "Evaluatie pilotproject verzetten",
        "Date": "Wed, 02 Dec 2026 08:14:00 +0100", "Message-ID": "<AM0PR09MB4410.eurprd09@zwolle.example.nl>"},
     "body": """
Goedemorgen Jeroen,

Helaas moet ik onze evaluatie van het pilotproject verzetten. Die stond voor vrijdag 4 december om 10.00 uur, maar ik moet die dag naar Rotterdam. Zou het maandag 7-12 om half elf kunnen, of anders dinsdag 8-12 na 13.00 uur?

Met vriendelijke groet,

Mariëlle Smit
Teamleider Klantcontact | Gemeente Zwolle
T 038 498 2200 (bereikbaar ma t/m do)

Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per vergissing ontvangen, verwijder het dan en informeer de afzender.
""", "label": {"recipient_name": "Mariëlle Smit", "recipient_name_alternatives": ["Mariëlle"],
              "sender_name": "Jeroen Visser", "sender_name_alternatives": ["Jeroen"],
              "meeting": "onze evaluatie van het pilotproject",
              "meeting_alternatives": ["evaluatie van het pilotproject", "Evaluatie pilotproject"],
              "meeting_time": "vrijdag 4 december om 10.00 uur", "meeting_time_iso": "2026-12-04T10:00",
              "proposed_times": ["maandag 7-12 om half elf", "dinsdag 8-12 na 13.00 uur"],
              "proposed_times_iso": ["2026-12-07T10:30", "2026-12-08T13:00"],
              "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "003.txt", "text": """
Hoi Sanne,
Sorry sorry, ik moet de fotoshoot van morgen om 9u30 afzeggen, mijn dochter heeft waterpokken. Ik weet dat het last minute is, reken gerust de annuleringskosten.
Groetjes Fleur

Verstuurd vanaf mijn iPhone
""", "label": {"recipient_name": "Fleur", "sender_name": "Sanne",
              "meeting": "de fotoshoot", "meeting_alternatives": ["fotoshoot"],
              "meeting_time": "morgen om 9u30", "meeting_time_iso": "2026-12-07T09:30",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"]}},
    {"file": "004.eml", "headers": {
        "From": ("Inès Vermeulen", "ines.vermeulen@hetanker.example"),
        "To": ("Bram Peeters", "bram@peeters-design.be"),
        "Subject": "Fwd: Uitnodiging: strategiedag marketing",
        "Date": "Thu, 03 Dec 2026 13:40:00 +0100", "Message-ID": "<DB9PR02MB6620.fwd@hetanker.example>"},
     "body": """
Hallo Bram,

Hierbij de uitnodiging van onze directie. Kun jij erbij zijn om het onderdeel over de nieuwe huisstijl toe te lichten?

Bedankt!
Inès

________________________________
Van: Directiesecretariaat Brouwerij Het Anker <secretariaat@hetanker.example>
Verzonden: woensdag 2 december 2026 16:55
Aan: Inès Vermeulen
Onderwerp: Uitnodiging: strategiedag marketing

Beste collega's,
De strategiedag marketing vindt plaats op woensdag 16 december van 9u tot 16u30 in zaal De Mouterij.
Gelieve in te schrijven vóór 10/12.

Met vriendelijke groeten,
Het directiesecretariaat
""", "label": {"recipient_name": "Inès Vermeulen", "recipient_name_alternatives": ["Inès"],
              "sender_name": "Bram Peeters", "sender_name_alternatives": ["Bram"],
              "meeting": "strategiedag marketing",
              "meeting_alternatives": ["De strategiedag marketing", "Uitnodiging: strategiedag marketing", "het onderdeel over de nieuwe huisstijl"],
              "meeting_time": "woensdag 16 december van 9u tot 16u30", "meeting_time_iso": "2026-12-16T09:00",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "invitation", "suggested_intents": INV}},
    {"file": "005.txt", "text": """
Beste mevrouw De Wit,

Mijn excuses dat ik afgelopen donderdag om 15.15 uur niet op het adviesgesprek over mijn pensioen ben verschenen; ik had de afspraak verkeerd in mijn agenda gezet. Kunnen we een nieuwe afspraak maken? Ik kan elke ochtend behalve woensdag.

Vriendelijke groet,
Hasan Yilmaz
""", "label": {"recipient_name": "Hasan Yilmaz", "recipient_name_alternatives": ["Hasan"],
              "sender_name": "De Wit", "sender_name_alternatives": ["mevrouw De Wit"],
              "meeting": "het adviesgesprek over mijn pensioen", "meeting_alternatives": ["adviesgesprek over mijn pensioen", "adviesgesprek", "de afspraak"],
              "meeting_time": "afgelopen donderdag om 15.15 uur", "meeting_time_iso": "2026-12-03T15:15",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "006.eml", "cte": "base64", "headers": {
        "From": ("Femke van Dijk", "femke.vandijk@ziggo.example"),
        "To": ("Rutger Oosterhout", "info@praktijk-oosterhout.nl"),
        "Subject": "Vraag over factuur november",
        "Date": "Fri, 04 Dec 2026 21:03:00 +0100", "Message-ID": "<7b21e0d4-3c9a-4f@ziggo.example>"},
     "body": """
Geachte heer Oosterhout,

Ik heb een vraag over de factuur van november: daar staat een sessie in rekening gebracht die ik op 24 november had geannuleerd. Tot hoe lang van tevoren kan ik kosteloos annuleren? Dat staat niet in de offerte.

U kunt mij het best bellen tussen 12.00 en 13.00 uur.

Met vriendelijke groet,
Femke van Dijk
""", "label": {"recipient_name": "Femke van Dijk", "recipient_name_alternatives": ["Femke"],
              "sender_name": "Rutger Oosterhout", "sender_name_alternatives": ["heer Oosterhout"],
              "meeting": None, "meeting_alternatives": [], "meeting_time": None, "meeting_time_iso": None,
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "policy_question", "suggested_intents": ["cancellation_policy"]}},
    {"file": "007.txt", "text": """
Hoi Daan,

Top, dan zien we elkaar dinsdag! Kun je de presentatie van vorige keer nog even doormailen? Dan kan ik die vooraf aan mijn compagnon laten zien.

Groet,
Maarten

Op 5 dec. 2026 om 17:22 heeft Daan Kramer <daan@kramerconsult.nl> het volgende geschreven:
> Hoi Maarten, dinsdag 8 december om 11.00 uur bij jullie op kantoor, prima!
> Daan
""", "label": {"recipient_name": "Maarten", "sender_name": "Daan",
              "meeting": None, "meeting_alternatives": [],
              "meeting_time": "dinsdag", "meeting_time_iso": "2026-12-08",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "other", "suggested_intents": [],
              "quoted_from": "Op 5 dec. 2026 om 17:22 heeft Daan Kramer <daan@kramerconsult.nl> het volgende geschreven:"}},
    {"file": "008.eml", "html": True, "headers": {
        "From": ("Joris van 't Hoff", "voorzitter@vvdezwaluwen.example"),
        "To": ("Evelien Dekker", "evelien@dekker-teamcoaching.nl"),
        "Subject": "Teambuildingsessie 18 december vervalt",
        "Date": "Mon, 30 Nov 2026 10:10:00 +0100", "Message-ID": "<20261130091000.5521@vvdezwaluwen.example>"},
     "body": """
Beste Evelien,

Ons bestuur heeft besloten de teambuildingsessie van vrijdag 18 december (13.30 – 17.00 uur) te laten vervallen; we schuiven alles door naar het voorjaar. Ik neem in januari contact op voor een nieuwe datum.

Hartelijke groet,
Joris van 't Hoff
Voorzitter VV De Zwaluwen
""", "label": {"recipient_name": "Joris van 't Hoff", "recipient_name_alternatives": ["Joris"],
              "sender_name": "Evelien Dekker", "sender_name_alternatives": ["Evelien"],
              "meeting": "de teambuildingsessie", "meeting_alternatives": ["teambuildingsessie", "Teambuildingsessie"],
              "meeting_time": "vrijdag 18 december (13.30 – 17.00 uur)", "meeting_time_iso": "2026-12-18T13:30",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "cancellation", "suggested_intents": ["reschedule"]}},
    {"file": "009.eml", "headers": {
        "From": ("Özlem Kaya", "ozlem@kaya-partners.example.nl"),
        "To": ("Thomas Jansen", "thomas@jansen-ecommerce.nl"),
        "Subject": "Kennismakingslunch",
        "Date": "Tue, 01 Dec 2026 15:47:00 +0100", "Message-ID": "<CAKy2m0Q8zL@kaya-partners.example.nl>"},
     "body": """
Beste Thomas,

Namens het MT nodig ik je uit voor een kennismakingslunch over een mogelijke samenwerking rond onze webshop. Schikt het op donderdag 10/12 om 12.30 uur in ons kantoor aan de Keizersgracht? Anders is de week erna ook goed.

Graag je reactie vóór vrijdag.

Met groet,
Özlem Kaya
Operations | Kaya & Partners
""", "label": {"recipient_name": "Özlem Kaya", "recipient_name_alternatives": ["Özlem"],
              "sender_name": "Thomas Jansen", "sender_name_alternatives": ["Thomas"],
              "meeting": "een kennismakingslunch over een mogelijke samenwerking rond onze webshop",
              "meeting_alternatives": ["kennismakingslunch", "Kennismakingslunch", "samenwerking rond onze webshop"],
              "meeting_time": "donderdag 10/12 om 12.30 uur", "meeting_time_iso": "2026-12-10T12:30",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "invitation", "suggested_intents": INV}},
    {"file": "010.txt", "text": """
Goedemiddag Ingrid,

Kunnen we de APK-keuring van de bestelbus verplaatsen? Woensdag 9 december om kwart over acht lukt niet meer. Liefst zaterdagochtend 12/12, of maandag 14/12 vanaf 16 uur.

Groeten,
Rik Mulder
Mulder Installatietechniek
""", "label": {"recipient_name": "Rik Mulder", "recipient_name_alternatives": ["Rik"], "sender_name": "Ingrid",
              "meeting": "de APK-keuring van de bestelbus", "meeting_alternatives": ["APK-keuring van de bestelbus", "APK-keuring"],
              "meeting_time": "Woensdag 9 december om kwart over acht", "meeting_time_iso": "2026-12-09T08:15",
              "proposed_times": ["zaterdagochtend 12/12", "maandag 14/12 vanaf 16 uur"],
              "proposed_times_iso": ["2026-12-12", "2026-12-14T16:00"],
              "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
]
