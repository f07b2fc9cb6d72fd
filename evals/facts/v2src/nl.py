"""Dutch v2 records, written by hand by data-a (2026-12-06/07). Reference date: 2026-12-07 (a Monday)."""

from __future__ import annotations

from ._rec import S as _S, bad, ok


def S(*a, **k):
    return _S("nl", *a, **k)


RECORDS = [
# ------------------------------------------------------------------ correct
ok(S("reschedule", "Eva Bakker", "Jeroen de Vries", "formal", "key",
     meeting="Kwartaaloverleg over de jaarrekening", at="dinsdag 15 december om 10.00 uur",
     props=["donderdag 17 december om 14.30 uur", "vrijdag 18 december om 9.30 uur"],
     reason="een onverwachte reis naar een andere klant"),
   "Kwartaaloverleg: twee nieuwe momenten",
   """
Geachte mevrouw Bakker,

Door een onverwachte reis naar een andere klant moet ik u helaas vragen ons kwartaaloverleg over de jaarrekening van dinsdag 15 december om 10.00 uur te verplaatsen.

Zou donderdag 17 december om half drie passen, of anders vrijdag 18 december om half tien?

Excuses voor de wijziging.

Met vriendelijke groet,
Jeroen de Vries
""", "correct: 14.30 as 'half drie', 9.30 as 'half tien'"),

ok(S("decline", "Joris Peeters", "Lotte Janssen", "friendly", "regular",
     meeting="Nieuwjaarsborrel van het netwerk in Utrecht", at="donderdag 14 januari om 17.30 uur",
     reason="ik heb die avond al een andere afspraak"),
   "Nieuwjaarsborrel 14 januari",
   """
Hoi Joris,

Dank voor de uitnodiging voor de nieuwjaarsborrel in Utrecht! Donderdag 14 januari heb ik 's avonds helaas al iets anders staan, dus ik moet deze keer passen.

Proost er eentje voor me mee!

Groetjes,
Lotte
"""),

ok(S("shorten", "mr. Pieter van Dijk", "Sanne Visser", "formal", "new",
     meeting="Juridisch overleg over het huurcontract", at="woensdag 20 januari om 11.00 uur", dur=30),
   "Overleg van woensdag 20 januari",
   """
Geachte heer Van Dijk,

Hartelijk dank dat u tijd vrijmaakt voor het overleg over het huurcontract op woensdag 20 januari om 11.00 uur.

Om beslag op uw agenda te beperken, stel ik voor het bij een half uur te houden. Mijn vragen stuur ik u vooraf toe.

Met vriendelijke groet,
Sanne Visser
""", "correct: 'heer Van Dijk' for mr. Pieter van Dijk, 30 minutes as 'een half uur'"),

ok(S("switch_to_call", "Femke Mulder", "Bram Smit", "friendly", "key",
     meeting="Lunch bij jullie kantoor in Eindhoven", at="vrijdag 8 januari om 12.30 uur",
     props=["donderdag 7 januari om 16.00 uur"], reason="NS-staking"),
   "Onze lunch in Eindhoven",
   """
Hoi Femke,

Met de aangekondigde NS-staking vrees ik dat ik vrijdag niet in Eindhoven geraak voor onze lunch van half één.

Zullen we donderdag 7 januari om 16.00 uur even bellen? Dan halen we die lunch in zodra de treinen weer rijden.

Groet,
Bram
"""),

ok(S("switch_to_email", "dhr. Hans Willems", "Ingrid de Jong", "formal", "regular",
     meeting="Bespreking van de offerte", at="donderdag 14 januari om 15.00 uur"),
   "Offerte: schriftelijk afronden",
   """
Geachte heer Willems,

Voor de bespreking van de offerte op donderdag 14 januari om 15.00 uur stel ik voor de laatste punten per e-mail af te handelen; het zijn er nog maar enkele.

U ontvangt mijn opmerkingen binnenkort. Mocht iets toch een gesprek vragen, dan bellen we gewoon even.

Met vriendelijke groet,
Ingrid de Jong
"""),

ok(S("delegate", "dr. Marieke Hendriks", "Koen Bos", "formal", "key",
     meeting="Jaarlijkse audit van de praktijk", at="dinsdag 2 februari om 9.00 uur", col="Anouk Meijer",
     reason="een geplande operatie"),
   "Audit van 2 februari",
   """
Geachte mevrouw Hendriks,

Vanwege een geplande operatie kan ik de jaarlijkse audit van uw praktijk op dinsdag 2 februari om 9.00 uur helaas niet zelf uitvoeren.

Mijn collega Anouk Meijer neemt het van mij over. Zij kent uw dossier goed en ik draag alles zorgvuldig aan haar over.

Met vriendelijke groet,
Koen Bos
""", "correct: 'mevrouw Hendriks' for dr. Marieke Hendriks"),

ok(S("no_show_followup", "Daan Vermeulen", "Iris de Boer", "friendly", "regular",
     meeting="Coachingsessie", at="vrijdag 4 december om 18.00 uur", props=["woensdag 9 december om 18.00 uur"]),
   "Alles goed?",
   """
Hoi Daan,

Ik had je vrijdag om 6 uur verwacht voor onze coachingsessie. Alles in orde?

Als je wilt, kunnen we woensdag 9 december op hetzelfde tijdstip verder. Laat je het even weten?

Groetjes,
Iris
""", "correct: 18.00 said as 'om 6 uur' in a friendly mail"),

ok(S("late_cancellation", "mevrouw Linda Kok", "Ruben Dekker", "formal", "new",
     meeting="Fotoshoot in de studio", at="dinsdag 8 december om 14.00 uur",
     props=["dinsdag 15 december om 14.00 uur"], pol={"notice_hours": 48, "fee_percent": 50}),
   "Uw fotoshoot",
   """
Geachte mevrouw Kok,

Ik heb uw afmelding voor de fotoshoot van morgen, dinsdag 8 december om 14.00 uur, goed ontvangen.

Graag plan ik die opnieuw in op dinsdag 15 december, op hetzelfde tijdstip.

Volgens onze voorwaarden brengen wij bij afmelding binnen 48 uur voor de afspraak 50% van het tarief in rekening.

Met vriendelijke groet,
Ruben Dekker
"""),

ok(S("cancellation_policy", "dhr. Stefan Jacobs", "Marloes van Leeuwen", "formal", "new",
     pol={"notice_hours": 24, "fee_percent": 50, "deposit_percent": 25}),
   "Onze annuleringsvoorwaarden",
   """
Geachte heer Jacobs,

Zoals gevraagd zet ik onze annuleringsvoorwaarden voor u op een rij:

- bij reservering vragen wij een aanbetaling van 25%;
- bij annulering binnen 24 uur voor de afspraak brengen wij de helft van het tarief in rekening.

Heeft u nog vragen, dan hoor ik het graag.

Met vriendelijke groet,
Marloes van Leeuwen
""", "correct: fee 50% said as 'de helft'"),

ok(S("cancellation_policy", "Noor Hermans", "Thijs Kuipers", "friendly", "regular",
     meeting="Privéles piano", at="zaterdag 9 januari om 10.00 uur", pol={"notice_hours": 24}),
   "Pianoles van zaterdag",
   """
Hoi Noor,

Even een reminder voor de pianoles van zaterdag 9 januari om 10 uur: kun je niet, laat het me dan minstens een dag van tevoren (24 uur) weten, dan kan ik het uur aan iemand anders geven.

Tot zaterdag!
Thijs
""", "correct: 24 hours also said as 'een dag'"),

ok(S("reschedule", "Sven Koster", "Maaike Prins", "friendly", "regular",
     meeting="Weekoverleg project Noord", at="dinsdag 12 januari om 9.00 uur",
     props=["woensdag 13 januari om 9.00 uur", "donderdag 14 januari om 11.00 uur"]),
   "Weekoverleg Noord verzetten?",
   """
Hoi Sven,

Dinsdagochtend lukt het me niet voor ons weekoverleg over Noord. Past een van deze je?

- wo 13/1 om 9 uur
- do 14/1 om 11 uur

Sorry voor het geschuif!
Maaike
""", "correct: abbreviated weekdays and 13/1, 14/1"),

ok(S("decline", "mevrouw Carla Verbeek", "Martijn Post", "formal", "new",
     meeting="Demo van uw HR-software", at="donderdag 21 januari om 10.30 uur",
     reason="we zitten tot eind 2027 vast aan een contract met onze huidige leverancier"),
   "Demo op 21 januari",
   """
Geachte mevrouw Verbeek,

Dank voor uw aanbod om ons op donderdag 21 januari om 10.30 uur uw HR-software te laten zien.

Wij zitten echter tot eind 2027 vast aan een contract met onze huidige leverancier, dus ik wil u de reis liever besparen. Uw gegevens bewaar ik graag voor later.

Met vriendelijke groet,
Martijn Post
"""),

ok(S("shorten", "Wouter Brouwer", "Esther Groen", "friendly", "key",
     meeting="Productoverleg", at="maandag 1 februari om 14.00 uur", dur=45),
   "Productoverleg maandag",
   """
Hoi Wouter,

Kunnen we het productoverleg van maandag 1 februari om 14.00 uur in drie kwartier doen? Ik stuur de agenda vooraf, dan kunnen we meteen ter zake komen.

Dank je wel!
Esther
""", "correct: 45 minutes as 'drie kwartier'"),

ok(S("switch_to_call", "mr. Annelies Schouten", "Tim van der Linden", "formal", "regular",
     meeting="Afspraak op uw kantoor in Den Haag", at="woensdag 10 februari om 16.00 uur"),
   "Onze afspraak van 10 februari",
   """
Geachte mevrouw Schouten,

Zou u ermee akkoord gaan om onze afspraak op uw kantoor in Den Haag, woensdag 10 februari om 16.00 uur, telefonisch te laten plaatsvinden? De punten lenen zich goed voor een gesprek op afstand.

Alvast hartelijk dank.

Met vriendelijke groet,
Tim van der Linden
"""),

ok(S("delegate", "Rik Maas", "Laura Wijnen", "friendly", "regular",
     meeting="Bouwplaatsbezoek in Zwolle", at="vrijdag 15 januari om 8.30 uur", col="Jesse Vos"),
   "Bouwplaatsbezoek vrijdag",
   """
Hoi Rik,

Vrijdag 15 januari kan ik er om half negen niet bij zijn in Zwolle voor het bouwplaatsbezoek, maar Jesse Vos komt in mijn plaats. Hij is helemaal bijgepraat en laat me daarna weten hoe het ging.

Fijn weekend alvast,
Laura
"""),

ok(S("no_show_followup", "dhr. Gerard van den Broek", "Petra Smits", "formal", "key",
     meeting="Afspraak voor de vermogensanalyse", at="donderdag 3 december om 10.00 uur",
     props=["dinsdag 15 december om 10.00 uur"], pol={"notice_hours": 24, "fee_percent": 50}),
   "Uw vermogensanalyse",
   """
Geachte heer Van den Broek,

Vorige week donderdag, 3 december, verwachtten wij u om 10.00 uur voor de vermogensanalyse. Ik hoop dat er niets vervelends is gebeurd.

Ik kan u ontvangen op dinsdag 15 december om 10.00 uur; laat u mij weten of dat schikt?

Volledigheidshalve: volgens onze voorwaarden wordt 50% in rekening gebracht als een afspraak niet minstens 24 uur vooraf wordt afgezegd. Gezien onze lange samenwerking bespreek ik dat graag met u.

Met vriendelijke groet,
Petra Smits
"""),

ok(S("late_cancellation", "Tom Claes", "Sara Wouters", "friendly", "regular",
     meeting="Proeverij voor de bruiloft", at="zaterdag 12 december om 15.00 uur", reason="familieomstandigheden",
     props=["zaterdag 19 december om 15.00 uur", "zondag 20 december om 11.00 uur"]),
   "Proeverij: nieuwe datum",
   """
Dag Tom,

Geen probleem voor zaterdag, en veel sterkte met de familieomstandigheden.

Voor de proeverij kan ik jullie zaterdag 19 december om 15.00 uur aanbieden, of zondag 20 december om 11.00 uur als de ochtend beter uitkomt.

Hartelijke groet,
Sara
"""),

ok(S("reschedule", "prof. dr. Erik Huisman", "Judith Lammers", "formal", "regular",
     meeting="Voorbereidend overleg van de promotiecommissie", at="maandag 8 maart om 14.00 uur",
     props=["dinsdag 9 maart om 14.00 uur"]),
   "Overleg promotiecommissie: verplaatsen naar 9/3",
   """
Geachte professor Huisman,

Zou het voorbereidend overleg van de promotiecommissie van maandag 8 maart om 14.00 uur een dag kunnen opschuiven? Ik stel dinsdag 9 maart voor, op hetzelfde tijdstip.

Met vriendelijke groet,
Judith Lammers
"""),

ok(S("switch_to_email", "Yasmine El Amrani", "Niels Verhoeven", "friendly", "new",
     meeting="Kennismakingsgesprek", at="woensdag 6 januari om 17.00 uur",
     reason="mijn agenda zit tot de feestdagen vol"),
   "Ons kennismakingsgesprek",
   """
Hoi Yasmine,

Mijn agenda zit tot de feestdagen behoorlijk vol, dus in plaats van ons kennismakingsgesprek op woensdag 6 januari om 17.00 uur stel ik voor dat we per mail beginnen: schrijf me kort waar je naar op zoek bent, dan reageer ik uitgebreid.

Hartelijke groet,
Niels
"""),

ok(S("decline", "Anna de Graaf", "Lucas Jansen", "friendly", "key",
     meeting="Klantendiner in Antwerpen", at="donderdag 17 december om 19.00 uur",
     props=["donderdag 14 januari om 19.00 uur"], reason="de kerstvoorstelling van mijn dochter"),
   "Klantendiner 17 december",
   """
Hoi Anna,

Wat leuk dat ik mee mag naar het klantendiner in Antwerpen! Helaas is op donderdag 17 december de kerstvoorstelling van mijn dochter, dus die avond moet ik afzeggen.

Organiseren jullie nog eens iets: donderdag 14 januari om 19.00 uur kan ik zeker.

Fijne feestdagen,
Lucas
"""),

# ------------------------------------------------------------------ flawed
bad("time_swapped", S("reschedule", "dhr. Arjen Molenaar", "Nicole Hoekstra", "formal", "regular",
     meeting="Bouwvergadering", at="dinsdag 19 januari om 10.00 uur", props=["donderdag 21 januari om 15.00 uur"]),
   "Verplaatsing bouwvergadering",
   """
Geachte heer Molenaar,

Helaas moet ik onze bouwvergadering van donderdag 21 januari om 15.00 uur verplaatsen.

Zou dinsdag 19 januari om 10.00 uur u schikken? Graag hoor ik van u.

Met vriendelijke groet,
Nicole Hoekstra
""", "meeting time and proposed time swapped"),

bad("time_swapped", S("reschedule", "Kim Veenstra", "Robin de Wit", "friendly", "regular",
     meeting="Sprintreview", at="dinsdag 26 januari om 10.00 uur", props=["woensdag 27 januari om 13.00 uur"]),
   "Sprintreview verzetten",
   """
Hoi Kim,

Zullen we de sprintreview van woensdag 27 januari om 13.00 uur verzetten naar dinsdag 26 januari om 10.00 uur? Dan heb ik de demo zeker af.

Groet,
Robin
""", "moved 'to Tuesday 10:00', which is the old slot; the offered time is Wednesday 13:00"),

bad("time_recap_wrong", S("reschedule", "Bart Kramer", "Eline Bosman", "friendly", "regular",
     meeting="Budgetoverleg", at="woensdag 3 februari om 10.30 uur", props=["vrijdag 5 februari om 10.30 uur"]),
   "Budgetoverleg naar vrijdag",
   """
Hoi Bart,

Woensdagochtend zit ik vast. Kunnen we het budgetoverleg doen op vrijdag 5 februari om 10.30 uur?

Ik zet er een uitnodiging voor in je agenda. Tot vrijdag om drie uur dan!

Eline
""", "recap 'vrijdag om drie uur' (15:00) while the slot is 10.30"),

bad("time_recap_wrong", S("reschedule", "mevrouw Ilse Timmermans", "Frank Gerritsen", "formal", "key",
     meeting="Investeringscommissie", at="maandag 15 februari om 9.00 uur",
     props=["dinsdag 16 februari om 9.00 uur", "woensdag 17 februari om 14.00 uur"]),
   "Investeringscommissie: nieuwe data",
   """
Geachte mevrouw Timmermans,

Tot mijn spijt moet ik de vergadering van de investeringscommissie van maandag 15 februari om 9.00 uur uitstellen.

Ik kan u dinsdag 16 februari om 9.00 uur of woensdag 17 februari om 14.00 uur voorstellen. In afwachting van uw keuze houd ik donderdag 18 februari om 14.00 uur alvast vrij.

Met vriendelijke groet,
Frank Gerritsen
""", "recap holds Thursday 18 February 14.00, a slot never offered"),

bad("weekday_wrong", S("reschedule", "dhr. Paul Verhagen", "Monique Dijkstra", "formal", "regular",
     meeting="Jaargesprek", at="maandag 8 maart om 10.00 uur", props=["dinsdag 9 maart om 10.00 uur"]),
   "Verzet naar woensdag 9 maart",
   """
Geachte heer Verhagen,

Door onvoorziene omstandigheden moet ik ons jaargesprek van maandag 8 maart om 10.00 uur verzetten.

Zou het de dag erna kunnen, dinsdag 9 maart, op hetzelfde tijdstip?

Met vriendelijke groet,
Monique Dijkstra
""", "subject says 'woensdag 9 maart'; 9 March 2027 is a Tuesday (body right)"),

bad("percent_swapped", S("cancellation_policy", "mevrouw Hanna Kuijpers", "Dennis Evers", "formal", "new",
     pol={"notice_hours": 48, "fee_percent": 30, "deposit_percent": 15}),
   "Voorwaarden voor reservering en annulering",
   """
Geachte mevrouw Kuijpers,

Naar aanleiding van ons gesprek stuur ik u onze voorwaarden: bij reservering vragen wij een aanbetaling van 30%, en bij annulering binnen 48 uur voor de afspraak brengen wij 15% van het tarief in rekening.

Met vriendelijke groet,
Dennis Evers
""", "deposit 30% and fee 15% swapped (given fee 30%, deposit 15%)"),

bad("policy_invented", S("late_cancellation", "dhr. Kees Bosch", "Astrid Mol", "formal", "regular",
     meeting="Fysiotherapiebehandeling", at="maandag 7 december om 9.00 uur", props=["donderdag 10 december om 9.00 uur"]),
   "Uw behandeling van vanochtend",
   """
Geachte heer Bosch,

Uw afmelding voor de behandeling van vanochtend om 9.00 uur is goed aangekomen.

Ik kan u donderdag 10 december om 9.00 uur inplannen.

Conform onze voorwaarden brengen wij de helft van de behandeling in rekening.

Met vriendelijke groet,
Astrid Mol
""", "policy invented in words ('de helft … in rekening'); no policy given"),

bad("discount_invented", S("reschedule", "ing. Marcel Hoogland", "Sandra Peters", "formal", "key",
     meeting="Installatie van de nieuwe koelinstallatie", at="woensdag 13 januari om 14.00 uur",
     props=["woensdag 20 januari om 14.00 uur"], reason="leverancier levert te laat; klant vraagt om compensatie"),
   "Installatie verplaatst naar 20 januari",
   """
Geachte heer Hoogland,

Doordat onze leverancier te laat levert, kan de installatie van de nieuwe koelinstallatie op woensdag 13 januari om 14.00 uur niet doorgaan. Ik stel woensdag 20 januari voor, op hetzelfde tijdstip.

Als compensatie krijgt u 10% korting op de installatiekosten.

Met vriendelijke groet,
Sandra Peters
""", "10% discount offered because the reason mentions compensation; none given"),

bad("link_invented", S("switch_to_call", "mevrouw Tessa Koning", "Jasper Willemsen", "formal", "regular",
     meeting="Strategiesessie", at="donderdag 28 januari om 10.00 uur"),
   "Strategiesessie via Teams",
   """
Geachte mevrouw Koning,

Ik stel voor de strategiesessie van donderdag 28 januari om 10.00 uur online te houden in plaats van op kantoor.

U kunt deelnemen via deze link: https://teams.microsoft.com/l/meetup-join/19:meeting_NzQ3ZTk

Met vriendelijke groet,
Jasper Willemsen
""", "meeting link invented"),

bad("email_invented", S("delegate", "dhr. Henk de Haan", "Bas Hofman", "formal", "key",
     meeting="Ondertekening van het contract", at="vrijdag 29 januari om 11.00 uur", col="Anouk Vos"),
   "Ondertekening op 29 januari",
   """
Geachte heer De Haan,

Op vrijdag 29 januari om 11.00 uur kan ik helaas niet bij de ondertekening van het contract zijn. Mijn collega Anouk Vos neemt het over; zij kent het dossier tot in detail.

U kunt haar rechtstreeks mailen op anouk.vos@hotmail.com.

Met vriendelijke groet,
Bas Hofman
""", "private e-mail address invented"),

bad("phone_invented", S("no_show_followup", "Lisa van Dam", "Mark Smeets", "friendly", "new",
     meeting="Eerste tennisles", at="zaterdag 5 december om 9.00 uur", props=["zaterdag 12 december om 9.00 uur"]),
   "Je eerste tennisles",
   """
Hoi Lisa,

Zaterdag om 9 uur stond je eerste tennisles gepland, maar ik heb je niet gezien. Alles goed?

Zaterdag 12 december op hetzelfde uur kan ook. Bel me gerust op 06-41 27 83 90.

Groet,
Mark
""", "phone number invented"),

bad("number_invented", S("switch_to_email", "dhr. Johan Vink", "Lieke Boer", "formal", "regular",
     meeting="Bespreking van de verbouwingsofferte", at="dinsdag 26 januari om 18.00 uur"),
   "Uw verbouwingsofferte",
   """
Geachte heer Vink,

Voor de bespreking van de verbouwingsofferte op dinsdag 26 januari om 18.00 uur stel ik voor de laatste punten per e-mail af te ronden.

De offerte komt uit op € 2.750 excl. btw; de specificatie stuur ik u apart.

Met vriendelijke groet,
Lieke Boer
""", "price '€ 2.750 excl. btw' invented"),

bad("title_or_company_invented", S("decline", "mevrouw Karin Blom", "Rob Scholten", "formal", "new",
     meeting="Productdemonstratie", at="woensdag 27 januari om 15.00 uur"),
   "Productdemonstratie 27 januari",
   """
Geachte mevrouw Blom,

Dank u voor de uitnodiging voor de productdemonstratie op woensdag 27 januari om 15.00 uur. Op dit moment gaan wij hier niet op in.

Met vriendelijke groet,

Rob Scholten
Accountmanager
Delta Solutions B.V.
""", "job title and company invented"),

bad("name_near_miss", S("shorten", "mevrouw Fleur Bakker", "Gijs Meulenbroek", "formal", "regular",
     meeting="Kick-offoverleg", at="donderdag 11 februari om 9.00 uur", dur=30),
   "Kick-off van 11 februari",
   """
Geachte mevrouw Bakkers,

Voor het kick-offoverleg van donderdag 11 februari om 9.00 uur stel ik voor het op 30 minuten te houden; de meeste punten zijn al schriftelijk afgestemd.

Met vriendelijke groet,
Gijs Meulenbroek
""", "greeting 'Bakkers' for Bakker (letter added)"),

bad("name_near_miss", S("reschedule", "Maarten Hoeks", "Anne Franken", "friendly", "regular",
     meeting="Maandelijkse update", at="maandag 22 februari om 10.00 uur", props=["dinsdag 23 februari om 10.00 uur"]),
   "Update naar dinsdag",
   """
Hoi Marten,

Ik moet de maandelijkse update van maandag 10 uur verschuiven. Gaat dinsdag 23 februari op hetzelfde tijdstip?

Dank je!
Anne
""", "greeting 'Marten' for Maarten (letter dropped)"),

bad("place_changed", S("decline", "dhr. Ronald Pauwels", "Mirjam Veldman", "formal", "regular",
     meeting="Bezoek aan de fabriek in Tilburg", at="dinsdag 2 maart om 8.30 uur"),
   "Fabrieksbezoek 2 maart",
   """
Geachte heer Pauwels,

Hartelijk dank voor de uitnodiging voor het bezoek aan de fabriek in Breda op dinsdag 2 maart om 8.30 uur. Helaas kan ik er niet bij zijn.

Graag kom ik een andere keer kijken.

Met vriendelijke groet,
Mirjam Veldman
""", "place changed: Tilburg became Breda"),

bad("foreign_paragraph", S("reschedule", "mevrouw Birgit Schneider", "Ruud Vermeer", "formal", "regular",
     meeting="Partneroverleg", at="woensdag 24 februari om 11.00 uur", props=["vrijdag 26 februari om 11.00 uur"]),
   "Partneroverleg verplaatst naar 26 februari",
   """
Geachte mevrouw Schneider,

Helaas moet ik het partneroverleg van woensdag 24 februari om 11.00 uur uitstellen. Ik stel vrijdag 26 februari om 11.00 uur voor.

Ich bitte Sie, mir kurz zu bestätigen, ob Ihnen dieser Termin passt. Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Met vriendelijke groet,
Ruud Vermeer
""", "third paragraph in German"),

bad("wrong_language_neighbour", S("switch_to_email", "dhr. Dirk Verbruggen", "Wendy Claassen", "formal", "regular",
     meeting="Overleg over de begroting", at="donderdag 4 maart om 15.00 uur"),
   "Besprechung zum Haushalt",
   """
Sehr geehrter Herr Verbruggen,

statt unseres Treffens zum Haushalt am Donnerstag, 4. März um 15:00 Uhr schlage ich vor, die offenen Punkte per E-Mail zu klären.

Meine Anmerkungen sende ich Ihnen in den nächsten Tagen.

Mit freundlichen Grüßen
Wendy Claassen
""", "whole mail in German for a Dutch situation"),

bad("duration_wrong", S("shorten", "Joep Lambers", "Marit de Ruiter", "friendly", "regular",
     meeting="Voortgangsoverleg", at="vrijdag 12 februari om 16.00 uur", dur=20),
   "Voortgangsoverleg kort",
   """
Hoi Joep,

Zullen we het voortgangsoverleg van vrijdag om 16.00 uur kort houden? Een half uur moet genoeg zijn, ik stuur de cijfers vooraf.

Groet,
Marit
""", "says half an hour; the length given is 20 minutes"),

bad("colleague_wrong", S("delegate", "mevrouw Greet Aerts", "Pieter Smulders", "formal", "regular",
     meeting="Contractevaluatie", at="maandag 1 maart om 14.00 uur", col="Sophie Mertens"),
   "Contractevaluatie 1 maart",
   """
Geachte mevrouw Aerts,

Door een andere verplichting kan ik niet aanwezig zijn bij de contractevaluatie van maandag 1 maart om 14.00 uur.

Mijn collega Sofie Mertens neemt het gesprek van mij over en brengt mij daarna op de hoogte.

Met vriendelijke groet,
Pieter Smulders
""", "colleague given as Sophie Mertens; the mail writes 'Sofie Mertens'"),
]
