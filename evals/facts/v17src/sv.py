"""v17, Swedish: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v17src._d import A, B, C, D, E


def S(*a, **k):
    return _S("sv", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Gunvor Edenmyr", "Ludvig Skarstedt", "formal", "regular",
             meeting="Montering av blyglasfönstret i sakristian", at="torsdag 18 juli kl. 9:00",
             props=["måndag 22 juli kl. 9:00", "onsdag 24 juli kl. 13:30"],
             reason="blyspröjsen har inte levererats"),
           "Blyglasfönstret: ny tid",
           """
Hej Gunvor Edenmyr,

Blyspröjsen har inte levererats, så vi kan inte montera fönstret i sakristian på torsdag kl. nio.

Passar måndag den 22 juli, samma tid? Annars går onsdag den 24:e kl. halv två bra.

Med vänliga hälsningar
Ludvig Skarstedt
""", "correct: full name in greeting, 'kl. nio', 'samma tid', 'halv två' for 13:30")),
    (A, ok(S("decline", "Algot Fjällström", "Saga Lindqvist-Berg", "friendly", "key",
             meeting="Provridning med den nya sadeln", at="fredag 19 juli kl. 17:00",
             reason="lädret kom med en reva"),
           "Provridningen på fredag",
           """
Hej Algot!

Provridningen på fredag blir tyvärr inte av, lädret kom med en reva.

Kram,
Saga
""", "correct: first name only, weekday only")),
    (A, ok(S("cancellation_policy", "Birgitta Rosenqvist", "Hampus Tidblad", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 25}),
           "Våra avbokningsregler",
           """
Hej Birgitta,

Tack för din anmälan till glasblåsningskursen. Bokningen bekräftas med en handpenning på 25 %, och du kan avboka kostnadsfritt fram till två dygn innan (48 timmar).

Vänliga hälsningar
Hampus Tidblad
""", "correct: first name in formal Swedish mail, 'två dygn (48 timmar)'")),
    (A, ok(S("no_show_followup", "Edvin Sundqvist", "Tyra Hällgren", "friendly", "regular",
             meeting="Skoning av islandshästen", at="måndag 15 juli kl. 8:00",
             props=["torsdag 18 juli kl. 8:00"]),
           "Skoningen",
           """
Hej Edvin,

Jag var vid stallet i går morse för skoningen men ingen var där. Hoppas allt är bra!

Kan jag komma på torsdag den 18:e kl. åtta i stället?

Tyra
""", "correct: 'i går morse', 'den 18:e kl. åtta'")),
    (B, ok(S("shorten", "Kerstin Wahlgren", "Anton Frisell", "formal", "key",
             meeting="Besiktning av den kallmurade stenmuren", at="tisdag 27 augusti kl. 10:00", dur=45,
             reason="jag måste vara i Visby vid lunch"),
           "Besiktningen på tisdag",
           """
Hej Kerstin,

Eftersom jag måste vara i Visby vid lunch föreslår jag att vi kortar besiktningen av stenmuren på tisdag till tre kvart. Vi börjar kl. tio som planerat.

Vänliga hälsningar
Anton Frisell
""", "correct: 'tre kvart' for 45, 'kl. tio'")),
    (B, ok(S("switch_to_call", "Solveig Nyberg", "Melker Ahlin", "formal", "regular",
             meeting="Genomgång av dockteaterföreställningen på biblioteket", at="torsdag 29 augusti kl. 11:00",
             props=["onsdag 28 augusti kl. 15:00"]),
           "Dockteatern: ett samtal?",
           """
Hej Solveig,

Jag tror att ett telefonsamtal räcker för att gå igenom föreställningen. Passar onsdag den 28 augusti kl. tre på eftermiddagen, i stället för torsdag på biblioteket?

Vänliga hälsningar
Melker Ahlin
""", "correct: 'kl. tre på eftermiddagen' for 15:00")),
    (B, ok(S("delegate", "Rutger Almqvist", "Elsa Tornberg", "formal", "regular",
             meeting="Framtagning av doft till hotellobbyn", at="fredag 30 augusti kl. 14:00",
             col="Vera Gyllenhammar"),
           "Doften till hotellobbyn",
           """
Hej Rutger,

På fredag kl. 14 är jag inte på plats. Min kollega Vera Gyllenhammar tar mötet om doften till lobbyn.

Vänliga hälsningar
Elsa Tornberg
""", "correct: 'kl. 14', colleague in full")),
    (B, ok(S("late_cancellation", "Torbjörn Lagerqvist", "Ida Rydell", "formal", "regular",
             meeting="Visning av ostlagringen i grottan", at="tisdag 20 augusti kl. 16:00",
             props=["måndag 26 augusti kl. 16:00", "onsdag 28 augusti kl. 11:00"],
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Visningen",
           """
Hej Torbjörn,

Tack för beskedet om gårdagens visning. Vi kan ta den måndag den 26 augusti kl. fyra eller onsdag den 28 augusti kl. elva.

Eftersom avbokningen kom senare än ett dygn innan (24 timmar) debiterar vi enligt våra villkor hela avgiften (100 %).

Vänliga hälsningar
Ida Rydell
""", "correct: 'gårdagens', 'kl. fyra', 'kl. elva', policy in words and figures")),
    (C, ok(S("reschedule", "Maj-Britt Sandell", "Olle Hedenius", "friendly", "regular",
             meeting="Omklädsel av fåtöljerna", at="fredag 20 september kl. 10:00",
             props=["tisdag 24 september kl. 10:00", "torsdag 26 september kl. 14:30"],
             reason="tyget ligger kvar hos leverantören"),
           "Fåtöljerna",
           """
Hej Maj-Britt!

Tyget ligger kvar hos leverantören, så jag kommer inte på fredag.

Funkar tisdag den 24:e kl. tio? Annars torsdag den 26 september kl. halv tre.

Hälsningar
Olle
""", "correct: 'kl. tio', 'halv tre' for 14:30")),
    (C, ok(S("decline", "Gustav Ekwall", "Linnea Brodin", "formal", "new",
             meeting="Värdering av en gammal nyckelharpa", at="måndag 23 september kl. 11:00",
             reason="jag värderar inte instrument som jag inte själv har restaurerat"),
           "Värdering av nyckelharpan",
           """
Hej Gustav,

Tack för förtroendet. Jag värderar tyvärr inte instrument som jag inte själv har restaurerat, så jag måste avboka vår tid på måndag.

Vänliga hälsningar
Linnea Brodin
""", "correct: weekday only, reason retold")),
    (C, ok(S("switch_to_email", "Henrik Lövgren", "Stina Carlberg", "formal", "key",
             meeting="Beskärningsplan för lindalléen", at="onsdag 25 september kl. 9:30",
             reason="kommunens tillstånd har inte kommit"),
           "Beskärningsplanen",
           """
Hej Henrik,

Kommunens tillstånd har inte kommit än. I stället för att ses på onsdag kl. halv tio föreslår jag att vi gör klart beskärningsplanen för lindalléen per mejl när det kommer.

Vänliga hälsningar
Stina Carlberg
""", "correct: 'halv tio' for 9:30")),
    (C, ok(S("cancellation_policy", "Ulrika Fogelberg", "Jesper Brandin", "formal", "regular",
             meeting="Vrakdykning vid Dalarö", at="lördag 28 september kl. 9:00",
             pol={"notice_hours": 72, "fee_percent": 50}),
           "Din dykning på lördag",
           """
Hej Ulrika,

Inför vrakdykningen på lördag kl. nio vill jag påminna om våra villkor: avbokning senare än tre dygn innan (72 timmar) kostar hälften av priset (50 %).

Vänliga hälsningar
Jesper Brandin
""", "correct: 'tre dygn (72 timmar)', 'hälften (50 %)'")),
    (D, ok(S("shorten", "Elin Wickman", "Joel Sandström", "friendly", "regular",
             meeting="Kurs i kalligrafi med bredpenna", at="torsdag 24 oktober kl. 18:30", dur=60),
           "Kursen på torsdag",
           """
Hej Elin!

På torsdag blir kalligrafikursen en timme. Vi börjar som vanligt kl. halv sju på kvällen.

Joel
""", "correct: 'en timme' for 60, 'halv sju på kvällen'")),
    (D, ok(S("switch_to_call", "Lennart Östlund", "Hanna Sköld", "formal", "regular",
             meeting="Offert på ballongflygning för personalen", at="måndag 21 oktober kl. 10:00",
             props=["tisdag 22 oktober kl. 12:00"]),
           "Ballongflygningen",
           """
Hej Lennart,

För offerten räcker nog ett samtal. Passar tisdag den 22 oktober kl. tolv, i stället för mötet på måndag?

Vänliga hälsningar
Hanna Sköld
""", "correct: 'kl. tolv'")),
    (D, ok(S("no_show_followup", "Ragnar Wiklander", "Moa Eriksdotter", "formal", "new",
             meeting="Första besöket i sadelmakeriet", at="tisdag 15 oktober kl. 14:00",
             props=["fredag 18 oktober kl. 14:00"],
             pol={"notice_hours": 24}),
           "Vårt möte i går",
           """
Hej Ragnar,

Vi väntade på dig i sadelmakeriet i går kl. två och hoppas att inget har hänt.

Fredag den 18 oktober, samma tid, går också bra. Meddela oss gärna minst 24 timmar innan om du får förhinder.

Vänliga hälsningar
Moa Eriksdotter
""", "correct: 'i går kl. två', 'samma tid', given notice")),
    (D, ok(S("late_cancellation", "Ebba Forsgren", "Viktor Alm", "friendly", "key",
             meeting="Workshop i att blåsa julkulor", at="onsdag 16 oktober kl. 10:00",
             props=["lördag 19 oktober kl. 10:00"]),
           "Workshopen i morse",
           """
Hej Ebba!

Fick ditt meddelande i morse, inga problem. Vill du att jag håller en plats åt dig på lördag den 19:e, samma tid?

Viktor
""", "correct: 'i morse', no policy given and none stated")),
    (E, ok(S("reschedule", "Ingrid Barkman", "Hugo Nordenfalk", "formal", "regular",
             meeting="Fällning av aspen vid ladan", at="torsdag 21 november kl. 8:00",
             props=["tisdag 26 november kl. 8:00", "måndag 2 december kl. 13:00"],
             reason="det väntas storm på torsdag"),
           "Fällningen av aspen",
           """
Hej Ingrid,

Det väntas storm på torsdag, och då kan vi inte fälla aspen säkert. Jag föreslår:

- tisdag den 26 november kl. åtta,
- måndag den 2 december kl. ett.

Säg till vad som passar bäst.

Hugo Nordenfalk
""", "correct: weekday inside the reason, 'kl. ett' for 13:00, bullets")),
    (E, ok(S("decline", "Sixten Berglöf", "Wilma Åkesson", "formal", "regular",
             meeting="Restaurering av lutan från 1790-talet", at="fredag 22 november kl. 15:00",
             reason="verkstaden tar inte emot fler uppdrag i år"),
           "Din luta",
           """
Hej Sixten,

Verkstaden tar inte emot fler uppdrag i år, så jag måste tyvärr ställa in mötet på fredag om restaureringen av lutan.

Vänliga hälsningar
Wilma Åkesson
""", "correct: decade of the meeting name not repeated")),
    (E, ok(S("delegate", "Nova Lindahl", "Kasper Rönn", "friendly", "regular",
             meeting="Dyklektion i bassängen", at="onsdag 27 november kl. 19:30",
             col="Alice Hjertén"),
           "Lektionen på onsdag",
           """
Hej Nova!

Jag är borta på onsdag, så Alice Hjertén håller i dyklektionen kl. halv åtta.

Kasper
""", "correct: 'halv åtta' for 19:30, colleague in full")),
    (E, ok(S("switch_to_email", "Göran Stålhammar", "Frida Lundblad", "formal", "regular",
             meeting="Val av flaskor till vinterserien", at="måndag 25 november kl. 11:00",
             props=["torsdag 28 november kl. 11:00"]),
           "Flaskorna till vinterserien",
           """
Hej Göran,

Ska vi välja flaskor till vinterserien per mejl i stället för att ses på måndag? Om något är oklart kan vi ses torsdag den 28 november kl. elva.

Vänliga hälsningar
Frida Lundblad
""", "correct: 'kl. elva', fallback slot")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Agneta Husberg", "Filip Landelius", "formal", "regular",
             meeting="Lagning av blyglaset i trapphuset", at="onsdag 17 juli kl. 10:00",
             props=["tisdag 23 juli kl. 10:00"]),
           "Ny tid: onsdag 17 juli",
           """
Hej Agneta,

Jag behöver flytta lagningen av blyglaset från tisdag 23 juli. Passar onsdag 17 juli kl. 10:00?

Vänliga hälsningar
Filip Landelius
""", "subject and body: old slot offered as new")),
    (A, bad("weekday_wrong", S("switch_to_call", "Roland Kihlberg", "Emmy Sjödahl", "formal", "regular",
             meeting="Samtal om hovvården", at="torsdag 18 juli kl. 17:00",
             props=["måndag 22 juli kl. 17:00"]),
           "Hovvården",
           """
Hej Roland,

Kan vi ta hovvården på telefon tisdag 22 juli kl. 17:00 i stället för torsdag?

Vänliga hälsningar
Emmy Sjödahl
""", "body: tisdag 22 juli (a Monday)")),
    (A, bad("percent_swapped", S("cancellation_policy", "Ann-Charlotte Wester", "Nils Ekdahl", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 30, "deposit_percent": 20}),
           "Avbokningsregler",
           """
Hej Ann-Charlotte,

För kursen i kallmurning tar vi en handpenning på 30 %. Avbokar du senast 48 timmar innan är det kostnadsfritt, därefter debiteras 20 % av priset.

Vänliga hälsningar
Nils Ekdahl
""", "deposit 30 and fee 20: swapped")),
    (A, bad("wrong_language_neighbour", S("decline", "Margit Lundholm", "Jonas Hagberg", "formal", "new",
             meeting="Dockteater på sommarfesten", at="lördag 27 juli kl. 14:00"),
           "Dockteatern",
           """
Hei Margit,

Dessverre kan vi ikke holde dukketeateret på sommerfesten lørdag. Jeg beklager så mye.

Vennlig hilsen
Jonas Hagberg
""", "whole draft in Norwegian")),
    (B, bad("duration_wrong", S("shorten", "Karin Widegren", "Axel Bergius", "formal", "regular",
             meeting="Doftkonsultation för butiken", at="torsdag 22 augusti kl. 14:00", dur=30),
           "Konsultationen på torsdag",
           """
Hej Karin,

Jag föreslår att vi kortar doftkonsultationen på torsdag till tre kvart. Vi börjar kl. 14 som planerat.

Vänliga hälsningar
Axel Bergius
""", "'tre kvart' for 30")),
    (B, bad("colleague_wrong", S("delegate", "Per-Olof Tengvall", "Signe Malmsten", "formal", "regular",
             meeting="Provsmakning av lagrade getostar", at="fredag 23 augusti kl. 15:00",
             col="Johanna Kvist"),
           "Provsmakningen",
           """
Hej Per-Olof,

På fredag kl. 15 tar min kollega Johanna Kvistberg hand om provsmakningen.

Vänliga hälsningar
Signe Malmsten
""", "colleague Kvistberg for Kvist")),
    (B, bad("email_invented", S("switch_to_email", "Britt Nordquist", "Mikael Sjöberg", "formal", "regular",
             meeting="Val av möbeltyg", at="onsdag 28 augusti kl. 10:00"),
           "Möbeltyget",
           """
Hej Britt,

I stället för att ses på onsdag skickar jag tygproverna per mejl. Svara gärna till mikael.sjoberg77@hotmail.com.

Vänliga hälsningar
Mikael Sjöberg
""", "private address invented")),
    (B, bad("time_recap_wrong", S("reschedule", "Tove Granlund", "Isak Wennberg", "friendly", "regular",
             meeting="Justering av fiolens stall", at="tisdag 27 augusti kl. 16:00",
             props=["fredag 30 augusti kl. 16:00"]),
           "Fiolen",
           """
Hej Tove!

Tisdag funkar inte för fiolen. Kan du fredag 30 augusti kl. 16:00 i stället?

Vi ses på fredag kl. 17!
Isak
""", "closing recap kl. 17 for 16")),
    (C, bad("policy_invented", S("no_show_followup", "Evert Gyllensten", "Maja Holmberg", "formal", "regular",
             meeting="Nattdyk vid Gåsö", at="fredag 13 september kl. 20:00",
             props=["fredag 20 september kl. 20:00"]),
           "Nattdyket",
           """
Hej Evert,

Vi såg dig inte på nattdyket i fredags, hoppas allt är bra. Det finns plats fredag 20 september kl. 20:00.

Enligt våra villkor debiteras uteblivna besök med hela avgiften.

Vänliga hälsningar
Maja Holmberg
""", "policy nobody gave")),
    (C, bad("link_invented", S("decline", "Lisbeth Askling", "Oskar Fransson", "formal", "new",
             meeting="Ballongflygning över Mälaren", at="söndag 22 september kl. 6:30",
             reason="det blir för mycket vind"),
           "Flygningen på söndag",
           """
Hej Lisbeth,

Det blir för mycket vind, så flygningen på söndag ställs in. Du kan boka en ny tur på https://ballong-fransson.se/boka.

Vänliga hälsningar
Oskar Fransson
""", "booking link invented")),
    (C, bad("name_near_miss", S("delegate", "Cecilia Hallengren", "Pontus Lindeblad", "formal", "regular",
             meeting="Beskärning av äppelträden", at="torsdag 19 september kl. 9:00",
             col="Erik Sandgren"),
           "Beskärningen",
           """
Hej Cecilia Hallgren,

På torsdag kl. 9 tar min kollega Erik Sandgren hand om beskärningen av äppelträden.

Vänliga hälsningar
Pontus Lindeblad
""", "greeting: Hallgren for Hallengren")),
    (C, bad("foreign_paragraph", S("switch_to_email", "Anneli Torstensson", "David Ljunggren", "formal", "regular",
             meeting="Kalligrafi till bröllopsinbjudningarna", at="måndag 23 september kl. 17:00"),
           "Bröllopsinbjudningarna",
           """
Hej Anneli,

I stället för att ses på måndag skickar jag skisserna till inbjudningarna per mejl.

Please let me know which style you prefer and I will start right away.

Vänliga hälsningar
David Ljunggren
""", "English paragraph in a Swedish mail")),
    (D, bad("duration_wrong", S("shorten", "Lars-Erik Holmqvist", "Amanda Ferm", "formal", "key",
             meeting="Genomgång av sadelbeställningen", at="tisdag 22 oktober kl. 13:00", dur=40),
           "Genomgången på tisdag",
           """
Hej Lars-Erik,

Kan vi korta genomgången av sadelbeställningen på tisdag till en halvtimme? Vi börjar kl. 13.

Vänliga hälsningar
Amanda Ferm
""", "'en halvtimme' for 40")),
    (D, bad("colleague_wrong", S("delegate", "Marianne Boström", "Theo Krantz", "formal", "regular",
             meeting="Glasblåsning av karaffer", at="torsdag 17 oktober kl. 9:00",
             col="Jennie Wahlbeck"),
           "Karafferna",
           """
Hej Marianne,

På torsdag kl. 9 tar min kollega Jenny Wallbeck över glasblåsningen av karafferna.

Vänliga hälsningar
Theo Krantz
""", "colleague Jenny Wallbeck for Jennie Wahlbeck")),
    (D, bad("discount_invented", S("late_cancellation", "Yngve Sellberg", "Klara Nordmark", "formal", "regular",
             meeting="Ostprovning för företaget", at="måndag 14 oktober kl. 15:00",
             props=["måndag 21 oktober kl. 15:00"], reason="kunden undrar om vi kan göra något för dem"),
           "Ostprovningen",
           """
Hej Yngve,

Tack för beskedet. Vi kan ta ostprovningen måndag 21 oktober kl. 15:00 i stället, och då får ni 10 % rabatt.

Vänliga hälsningar
Klara Nordmark
""", "discount licensed only by the reason")),
    (D, bad("phone_invented", S("switch_to_call", "Gunilla Ahrén", "Elias Broström", "formal", "regular",
             meeting="Genomgång av dockorna till julföreställningen", at="onsdag 23 oktober kl. 14:00",
             props=["fredag 25 oktober kl. 10:00"]),
           "Dockorna",
           """
Hej Gunilla,

Kan vi prata om dockorna på telefon fredag 25 oktober kl. 10:00 i stället för onsdag? Ring mig på 070-384 62 19.

Vänliga hälsningar
Elias Broström
""", "phone number invented")),
    (E, bad("place_changed", S("decline", "Bertil Alfredsson", "Ronja Hultgren", "formal", "regular",
             meeting="Lagning av stenmuren på Kinnekulle", at="måndag 25 november kl. 10:00"),
           "Stenmuren",
           """
Hej Bertil,

Tyvärr kan jag inte komma på måndag för lagningen av stenmuren på Billingen.

Vänliga hälsningar
Ronja Hultgren
""", "place Billingen for Kinnekulle")),
    (E, bad("number_invented", S("no_show_followup", "Hjördis Lindmark", "Albin Kjellgren", "formal", "regular",
             meeting="Provdyk i bassängen", at="måndag 18 november kl. 19:00",
             props=["måndag 25 november kl. 19:00"], reason="kunden frågade hur många som får plats"),
           "Provdyket",
           """
Hej Hjördis,

Vi saknade dig på provdyket i går. Du är välkommen måndag 25 november kl. 19:00; vi tar max sex deltagare per pass.

Vänliga hälsningar
Albin Kjellgren
""", "'max sex deltagare' invented from the reason's question")),
    (E, bad("title_or_company_invented", S("reschedule", "Sören Lindelöf", "Matilda Grahn", "formal", "regular",
             meeting="Leverans av den renoverade cellon", at="torsdag 21 november kl. 17:00",
             props=["onsdag 27 november kl. 17:00"]),
           "Cellon",
           """
Hej Sören,

Jag behöver flytta leveransen av cellon till onsdag 27 november kl. 17:00. Går det bra?

Vänliga hälsningar
Matilda Grahn
Fiolbyggarmästare, Grahns Stråkverkstad AB
""", "title and company invented")),
    (E, bad("wrong_language_neighbour", S("switch_to_email", "Rigmor Palmgren", "Erik Stenhammar", "formal", "regular",
             meeting="Val av tyg till soffan", at="fredag 22 november kl. 11:00"),
           "Tyget till soffan",
           """
Hej Rigmor,

I stedet for at mødes på fredag sender jeg dig stofprøverne på mail. Sig endelig til, hvis du har spørgsmål.

Venlig hilsen
Erik Stenhammar
""", "whole draft in Danish")),
]
