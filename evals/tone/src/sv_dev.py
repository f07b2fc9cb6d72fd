# Swedish tone cases, dev split. Hand-written by the data-tone helper; see ../README.md.
# Formal Swedish business mail normally says "du" (Språkrådet); "ni" to one person is not a flaw in itself,
# stiff officialese is.

SITS = {
    "tone-sv01": dict(intent="reschedule", recipient_name="Karin Holm", sender_name="Johan Lindqvist",
                      meeting="styrgruppsmötet för projekt Atlas", meeting_time="tisdag 12 november kl. 10.00",
                      reason="en oväntad familjeangelägenhet",
                      proposed_times=["torsdag 14 november kl. 10.00", "fredag 15 november kl. 15.00"],
                      tone="formal", relationship="key"),
    "tone-sv02": dict(intent="late_cancellation", recipient_name="Lars Andersson", sender_name="Maria Nilsson",
                      meeting="besiktningen av er anläggning", meeting_time="måndag 4 november kl. 9.00",
                      reason="ett förhinder i sista minuten", proposed_times=["onsdag 13 november kl. 9.00"],
                      policy=dict(notice_hours=48, fee_percent=30), tone="formal", relationship="regular"),
    "tone-sv03": dict(intent="decline", recipient_name="Emma Berg", sender_name="Oskar Lund",
                      meeting="lunchen för lanseringen av den nya kollektionen", meeting_time="fredag 8 november kl. 12.30",
                      reason="en fullbokad vecka", tone="friendly", relationship="regular"),
    "tone-sv04": dict(intent="no_show_followup", recipient_name="Anders Johansson", sender_name="Sara Ek",
                      meeting="vårt första möte", meeting_time="tisdag 5 november kl. 11.00",
                      proposed_times=["måndag 18 november kl. 11.00", "tisdag 19 november kl. 16.00"],
                      tone="formal", relationship="new"),
    "tone-sv05": dict(intent="cancellation_policy", recipient_name="Eva Sjöberg", sender_name="Mikael Strand",
                      policy=dict(notice_hours=24, deposit_percent=20), tone="formal", relationship="new"),
    "tone-sv06": dict(intent="shorten", recipient_name="Linnea Ekström", sender_name="Erik Sandberg",
                      meeting="workshoppen om nya webbplatsen", meeting_time="onsdag 20 november kl. 14.00",
                      duration_minutes=45, reason="jag måste vara i Göteborg på kvällen", tone="friendly", relationship="key"),
    "tone-sv07": dict(intent="delegate", recipient_name="Peter Gustafsson", sender_name="Annika Lindberg",
                      meeting="den årliga avtalsgenomgången", meeting_time="torsdag 21 november kl. 9.30",
                      colleague_name="Jonas Wallin", reason="min föräldraledighet, som börjar den 18 november",
                      tone="formal", relationship="key"),
    "tone-sv08": dict(intent="switch_to_call", recipient_name="Henrik Olsson", sender_name="Maja Lindgren",
                      meeting="avstämningen", meeting_time="måndag 25 november kl. 10.00",
                      reason="den aviserade tågstrejken", tone="friendly", relationship="regular"),
    "tone-sv09": dict(intent="switch_to_email", recipient_name="Birgitta Persson", sender_name="Fredrik Holmberg",
                      meeting="mötet om serviceofferten", meeting_time="onsdag 27 november kl. 15.00",
                      reason="det som återstår är några siffror att stämma av", tone="formal", relationship="regular"),
    "tone-sv10": dict(intent="late_cancellation", recipient_name="Ida Forsberg", sender_name="Viktor Håkansson",
                      meeting="fotograferingen för katalogen", meeting_time="torsdag 7 november kl. 14.00",
                      reason="sjukdom", proposed_times=["tisdag 19 november kl. 14.00"],
                      policy=dict(notice_hours=48, fee_percent=50), tone="friendly", relationship="key"),
    "tone-sv11": dict(intent="decline", recipient_name="Gunnar Bergström", sender_name="Helena Sundberg",
                      meeting="den årliga galamiddagen", meeting_time="lördag 30 november kl. 19.30",
                      reason="ett familjeåtagande som jag har haft länge", tone="formal", relationship="key"),
    "tone-sv12": dict(intent="reschedule", recipient_name="Elin Norberg", sender_name="Axel Björk",
                      meeting="introduktionssamtalet", meeting_time="tisdag 26 november kl. 16.00",
                      reason="eftersom jag måste vara i Malmö",
                      proposed_times=["onsdag 27 november kl. 16.00", "torsdag 28 november kl. 10.00"],
                      tone="friendly", relationship="new"),
}

CASES = [
    ("tone-sv01", "good", None, "Styrgruppsmötet för Atlas – förslag på ny tid",
     """Hej Karin,

På grund av en oväntad familjeangelägenhet behöver jag tyvärr be dig flytta styrgruppsmötet för projekt Atlas, som vi har satt till tisdag 12 november kl. 10.00. Jag ber om ursäkt för besväret.

Skulle någon av dessa tider passa?
– torsdag 14 november kl. 10.00
– fredag 15 november kl. 15.00

Om ingen av dem fungerar anpassar jag mig gärna efter dig.

Vänliga hälsningar
Johan Lindqvist""", "formal Swedish with du, as most professionals write"),
    ("tone-sv01", "good", None, "Styrgruppsmötet den 12 november",
     """Bästa Karin,

Tyvärr måste jag på grund av en oväntad familjeangelägenhet be er att flytta styrgruppsmötet för projekt Atlas, tisdag 12 november kl. 10.00. Jag beklagar besväret.

Jag kan i stället erbjuda torsdag 14 november kl. 10.00 eller fredag 15 november kl. 15.00. Meddela gärna vilken tid som passar er bäst.

Med vänlig hälsning
Johan Lindqvist""", "polite 'ni' to one person: old-fashioned but not a flaw (brief), courteous throughout"),
    ("tone-sv01", "bad", "grovelling", "Mina djupaste ursäkter",
     """Hej Karin,

Jag vet inte hur jag ska be om ursäkt. På grund av en oväntad familjeangelägenhet kan jag inte närvara vid styrgruppsmötet för projekt Atlas tisdag 12 november kl. 10.00, och jag skäms verkligen över att ställa till det för dig. Jag förstår fullständigt om du är besviken på mig.

Om du kan tänka dig att ge mig en chans till kan jag torsdag 14 november kl. 10.00 eller fredag 15 november kl. 15.00, eller när som helst – kvällar och helger går också bra.

Tusen gånger förlåt,
Johan Lindqvist""", "self-abasing"),

    ("tone-sv02", "good", None, "Besiktningen den 4 november – ny tid",
     """Hej Lars,

Jag förstår att ett förhinder i sista minuten gjorde att besiktningen av er anläggning måndag 4 november kl. 9.00 inte blev av. Jag föreslår att vi tar den onsdag 13 november kl. 9.00 i stället – passar det?

För ordningens skull: vid avbokning senare än 48 timmar före besöket debiterar vi 30 % av kostnaden.

Vänliga hälsningar
Maria Nilsson""", "firm, courteous"),
    ("tone-sv02", "bad", "passive_aggression", "Besiktningen 4 november",
     """Hej Lars,

Som jag redan skrivit, och som det står i våra villkor, debiterar vi 30 % vid avbokning senare än 48 timmar före. Det verkar tydligen behöva upprepas.

Jag noterar ert förhinder i sista minuten inför besiktningen av er anläggning måndag 4 november kl. 9.00. Jag kan eventuellt komma onsdag 13 november kl. 9.00, om det blir av den här gången.

Hälsningar
Maria Nilsson""", "'som jag redan skrivit', 'om det blir av den här gången'"),
    ("tone-sv02", "bad", "blame", "Avbokad besiktning",
     """Hej Lars,

Er avbokning i sista minuten av besiktningen av er anläggning måndag 4 november kl. 9.00 ställde till det ordentligt: vår tekniker var redan på väg och vi hade tackat nej till en annan kund för er skull. Med lite bättre planering hade det här gått att undvika.

Enligt våra villkor (senare än 48 timmar: 30 %) kommer avgiften att debiteras. Ny tid: onsdag 13 november kl. 9.00.

Maria Nilsson""", "blames and lectures"),

    ("tone-sv03", "good", None, "Lunchen den 8 november",
     """Hej Emma!

Tack för inbjudan till lunchen för lanseringen av den nya kollektionen på fredag 8 november! Tyvärr är min vecka helt fullbokad, så jag kan inte komma.

Jag är nyfiken på kollektionen – skicka gärna presentationen om du har möjlighet.

Ha det fint!
Oskar Lund""", "warm, short"),
    ("tone-sv03", "bad", "coldness", "Lunch",
     """Kan inte närvara vid lunchen för lanseringen av den nya kollektionen fredag 8 november kl. 12.30. Fullbokad vecka.

Oskar Lund""", "no greeting, no thanks, friendly relationship"),
    ("tone-sv03", "bad", "bureaucratic_distance", "Ang. inbjudan till lunch",
     """Till Emma Berg

Härmed bekräftas mottagandet av Er inbjudan avseende lunch i samband med lanseringen av den nya kollektionen, planerad till fredag 8 november kl. 12.30. Efter genomgång har det framkommit att undertecknads kalender är fullbokad under aktuell vecka. Inbjudan kan därför icke hörsammas.

Högaktningsfullt
Oskar Lund""", "officialese, 'undertecknad', 'Er', 'icke', for a friendly invitation"),

    ("tone-sv04", "good", None, "Vårt möte den 5 november",
     """Hej Anders,

Vi sågs tyvärr inte på vårt första möte tisdag 5 november kl. 11.00. Jag hoppas att inget tråkigt har hänt.

Om du fortfarande vill ses kan jag erbjuda:
– måndag 18 november kl. 11.00
– tisdag 19 november kl. 16.00

Vänliga hälsningar
Sara Ek""", "concerned, no reproach"),
    ("tone-sv04", "bad", "sarcasm", "Vårt möte",
     """Hej Anders,

Tack för den härliga halvtimmen i ensamhet som du bjöd mig på tisdag 5 november kl. 11.00, när jag satt och väntade på dig i mötesrummet inför vårt första möte. Rekommenderas varmt.

Om du någon gång får lust att faktiskt komma kan jag måndag 18 november kl. 11.00 eller tisdag 19 november kl. 16.00.

Hälsningar
Sara Ek""", "ironic thanks"),
    ("tone-sv04", "bad", "condescension", "Missat möte",
     """Hej Anders,

Du kom inte till vårt första möte tisdag 5 november kl. 11.00. Det är vanligt bland nya kunder som ännu inte är vana vid att hålla en professionell kalender. Jag rekommenderar att du skriver upp nästa tid någonstans där du ser den.

Jag kan ta emot dig måndag 18 november kl. 11.00 eller tisdag 19 november kl. 16.00.

Sara Ek""", "talks down to a new client"),

    ("tone-sv05", "good", None, "Våra avbokningsvillkor",
     """Hej Eva,

Välkommen som kund hos oss! För tydlighetens skull kommer här våra avbokningsvillkor:
– vid bokning tar vi ut en handpenning på 20 %;
– avbokning ska ske senast 24 timmar i förväg.

Hör gärna av dig om du har frågor.

Vänliga hälsningar
Mikael Strand""", "welcoming, clear"),
    ("tone-sv05", "good", None, "Avbokningsvillkor",
     """Hej Eva,

Som information: vi tar ut 20 % i handpenning vid bokning, och avbokning behöver göras senast 24 timmar i förväg.

Tack för förståelsen – vi ser fram emot samarbetet.

Vänliga hälsningar
Mikael Strand""", "short and firm, polite"),
    ("tone-sv05", "bad", "condescension", "Läs detta noga",
     """Hej Eva,

Nya kunder läser sällan det finstilta, så jag förklarar våra villkor så enkelt som möjligt här nedan.

Handpenning: 20 % vid bokning. Avbokning: minst 24 timmar innan, alltså dagen före vid samma klockslag och inte samma morgon.

Läs gärna igenom det här en gång till om det inte är solklart.

Mikael Strand""", "'nya kunder läser sällan det finstilta'"),

    ("tone-sv06", "good", None, "Workshoppen på onsdag lite kortare?",
     """Hej Linnea!

Skulle det funka för dig att vi kör workshoppen om nya webbplatsen på onsdag 20 november kl. 14.00 på 45 minuter? Jag måste vara i Göteborg på kvällen. Jag gör en tajt agenda så att vi hinner det viktigaste.

Säg till om det passar!

Vi ses på onsdag,
Erik Sandberg""", "friendly, asks rather than imposes"),
    ("tone-sv06", "bad", "mock_enthusiasm", "SUPERNYHET!!!",
     """Hej Linnea!!!

Supernyhet: workshoppen om nya webbplatsen onsdag 20 november kl. 14.00 blir bara 45 minuter!!! Visst är det underbart? Färre möten = mer lycka!!! Okej, egentligen för att jag måste vara i Göteborg på kvällen, men vilken fest!!!

Längtar så mycket!!!
Erik Sandberg""", "forced cheer"),
    ("tone-sv06", "good", None, "Onsdag",
     """Hej Linnea!

Jag måste vara i Göteborg på onsdagskvällen – ska vi hålla workshoppen om nya webbplatsen kl. 14.00 som planerat, men på 45 minuter? Tack!

Erik Sandberg""", "very short"),

    ("tone-sv07", "good", None, "Avtalsgenomgången den 21 november",
     """Hej Peter,

Från den 18 november är jag föräldraledig. Den årliga avtalsgenomgången torsdag 21 november kl. 9.30 leds därför av min kollega Jonas Wallin, som får hela underlaget av mig innan dess.

Tack för ditt förtroende.

Vänliga hälsningar
Annika Lindberg""", "formal handover with du, no promise during leave"),
    ("tone-sv07", "bad", "over_familiarity", "Tjena Peter!",
     """Tjena Pelle!

Stora nyheter: jag går på föräldraledighet den 18 november, så min polare Jonas Wallin tar avtalsgenomgången med dig torsdag 21 november kl. 9.30. Han är skitkul, ni kommer ha så roligt!

Kramar,
Annika Lindberg""", "nickname, slang, 'kramar' to a formal key client"),
    ("tone-sv07", "bad", "phishing_like", "BRÅDSKANDE: verifiering krävs",
     """Hej Peter,

På grund av min föräldraledighet från den 18 november tar Jonas Wallin över den årliga avtalsgenomgången torsdag 21 november kl. 9.30.

För överföringen av ditt ärende MÅSTE du inom 24 timmar bekräfta dina inloggningsuppgifter (användarnamn och lösenord) samt företagets kontonummer via länken nedan:
http://arende-verifiering-saker.info/login

Utan bekräftelse stängs avtalet av.

Annika Lindberg""", "urgent link, credentials, account number, threat"),

    ("tone-sv08", "good", None, "Ta det på telefon på måndag?",
     """Hej Henrik!

Med den aviserade tågstrejken föreslår jag att vi tar avstämningen måndag 25 november kl. 10.00 på telefon i stället för på plats. Samma tid, jag ringer dig?

Trevlig helg!
Maja Lindgren""", "short, warm"),
    ("tone-sv08", "good", None, "Måndag kl. 10",
     """Hej Henrik,

Det är tågstrejk aviserad på måndag – ska vi köra avstämningen kl. 10.00 som vanligt men över Teams eller telefon, det du föredrar?

Hörs då!
Maja Lindgren""", "very short"),
    ("tone-sv08", "bad", "hostile", "Måndag",
     """Henrik,

Med den där tågstrejken tänker jag inte ta mig tvärs över stan för avstämningen måndag 25 november kl. 10.00. Ärligt talat borde det här ha varit ett telefonsamtal från början, så lite som vi har att prata om. Vi tar det på telefon, punkt.

Maja Lindgren""", "aggressive, dismissive"),

    ("tone-sv09", "good", None, "Serviceofferten – vi tar resten per mejl",
     """Hej Birgitta,

Inför mötet om serviceofferten onsdag 27 november kl. 15.00: det som återstår är några siffror att stämma av. För att spara din tid föreslår jag att vi gör det per mejl. Jag skickar en sammanställning i morgon, och om något är oklart ringer vi förstås.

Vänliga hälsningar
Fredrik Holmberg""", "formal with du, serves the client's time"),
    ("tone-sv09", "bad", "sarcasm", "Mötet om offerten",
     """Hej Birgitta,

Eftersom ett timslångt möte uppenbarligen är oumbärligt för att stämma av tre siffror vill jag absolut inte beröva dig det nöjet. Men om du skulle kunna tänka dig att läsa ett mejl kanske vi kan slippa mötet onsdag 27 november kl. 15.00.

Hälsningar
Fredrik Holmberg""", "ironic"),
    ("tone-sv09", "bad", "passive_aggression", "Sv: mötet om offerten",
     """Hej Birgitta,

Som jag skrev i mitt förra mejl är det bara några siffror som återstår att stämma av, och det går utmärkt per mejl. Jag upprepar därför mitt förslag: vi stryker mötet onsdag 27 november kl. 15.00 och tar det skriftligt.

Hoppas att det är tydligare nu,
Fredrik Holmberg""", "'som jag skrev i mitt förra mejl', 'hoppas att det är tydligare nu'"),

    ("tone-sv10", "good", None, "Fotograferingen – krya på dig",
     """Hej Ida!

Först och främst: krya på dig, jag hoppas att du mår bättre. Fotograferingen för katalogen som vi hade torsdag 7 november kl. 14.00 kan vi ta tisdag 19 november kl. 14.00 i stället, om det passar.

För tydlighetens skull: enligt våra villkor debiteras 50 % vid avbokning senare än 48 timmar före; det pratar vi lugnt om när du är på benen igen.

Varma hälsningar
Viktor Håkansson""", "warm, policy gentle"),
    ("tone-sv10", "bad", "blame", "Avbokad fotografering",
     """Ida,

Din avbokning av fotograferingen för katalogen torsdag 7 november kl. 14.00 satte oss i en riktigt knepig sits: studion bokad, fotografen betald, allt i onödan. Jag förstår att du var sjuk, men du kunde ha hört av dig tidigare.

De 50 % som gäller vid avbokning senare än 48 timmar före debiteras. Vi kan göra om det tisdag 19 november kl. 14.00.

Viktor Håkansson""", "blames a sick key client"),
    ("tone-sv10", "bad", "mock_enthusiasm", "Inga problem alls!!!",
     """Hej Ida!!!

Inga problem alls!!! Att rigga en hel studio för fotograferingen för katalogen torsdag 7 november kl. 14.00 och sedan plocka ner allt var hur kul som helst!!! Hoppas sjukdomen är över så att vi kan köra på riktigt tisdag 19 november kl. 14.00, hurra!!!

Åh, en glad liten påminnelse: avbokning senare än 48 timmar = 50 %!!!

Viktor Håkansson""", "fake cheer carrying a reproach"),

    ("tone-sv11", "good", None, "Galamiddagen den 30 november",
     """Hej Gunnar,

Varmt tack för inbjudan till den årliga galamiddagen lördag 30 november kl. 19.30. Tyvärr har jag ett familjeåtagande som jag har haft länge den kvällen, så jag kan inte komma.

Jag önskar dig en riktigt fin kväll och ser fram emot att ses snart igen.

Vänliga hälsningar
Helena Sundberg""", "gracious decline of an event"),
    ("tone-sv11", "bad", "grovelling", "Förlåt, förlåt, förlåt",
     """Bäste Gunnar,

Jag är så oerhört ledsen och skäms nästan över att skriva detta: på grund av ett familjeåtagande som jag har haft länge kan jag inte komma på den årliga galamiddagen lördag 30 november kl. 19.30. Jag vet hur mycket kvällen betyder för dig och jag kommer aldrig att förlåta mig själv. Snälla, ta inte illa upp.

Med oändligt många ursäkter,
Helena Sundberg""", "shame, repeated apologies"),
    ("tone-sv11", "good", None, "Galamiddagen",
     """Hej Gunnar,

Tack för inbjudan till galamiddagen den 30 november. Jag har ett familjeåtagande sedan länge den kvällen och kan tyvärr inte komma – ha en riktigt trevlig kväll!

Vänliga hälsningar
Helena Sundberg""", "short and gracious"),

    ("tone-sv12", "good", None, "Vårt samtal på tisdag",
     """Hej Elin!

Jag måste vara i Malmö tisdag 26 november, så introduktionssamtalet kl. 16.00 går tyvärr inte. Kan vi flytta det till onsdag 27 november kl. 16.00 eller torsdag 28 november kl. 10.00?

Förlåt för ändringen, och hörs snart!
Axel Björk""", "friendly with a new client"),
    ("tone-sv12", "bad", "phishing_like", "Åtgärd krävs: bekräfta din tid",
     """Hej Elin,

Eftersom jag måste vara i Malmö tisdag 26 november är introduktionssamtalet kl. 16.00 flyttat. För att behålla din tid (onsdag 27 november kl. 16.00 eller torsdag 28 november kl. 10.00) klickar du inom 2 timmar på den säkra länken nedan och fyller i dina kortuppgifter, annars stängs ditt ärende:
https://bit.ly/bekrafta-tid-betalning

Axel Björk""", "urgent link, card details"),
    ("tone-sv12", "bad", "coldness", "Ändring",
     """Introduktionssamtal tisdag 26 november kl. 16.00 utgår (Malmö). Lediga tider: onsdag 27 november kl. 16.00, torsdag 28 november kl. 10.00. Meddela val.

Axel Björk""", "telegraphic, no greeting, friendly note to a new client"),
]

# Second batch: subtler cases, and good drafts that use phrases a naive cue list would flag.
SITS.update({
    "tone-sv21": dict(intent="no_show_followup", recipient_name="Åsa Nordin", sender_name="Johan Lindqvist",
                      meeting="vårt månadsmöte", meeting_time="tisdag 3 december kl. 10.00",
                      proposed_times=["torsdag 5 december kl. 10.00"], tone="formal", relationship="key"),
    "tone-sv22": dict(intent="decline", recipient_name="Mats Hedberg", sender_name="Lisa Ström",
                      meeting="jubileumsfesten", meeting_time="fredag 13 december kl. 19.00",
                      reason="min systers bröllop", tone="friendly", relationship="key"),
    "tone-sv23": dict(intent="late_cancellation", recipient_name="Kjell Axelsson", sender_name="Anna Borg",
                      meeting="rådgivningsmötet", meeting_time="onsdag 4 december kl. 14.00",
                      reason="ett internt möte", proposed_times=["tisdag 10 december kl. 14.00"],
                      policy=dict(notice_hours=24, fee_percent=50), tone="formal", relationship="regular"),
})

CASES += [
    ("tone-sv21", "good", None, "Vårt månadsmöte",
     """Hej Åsa,

Jag ville bara höra av mig: vi sågs tyvärr inte på vårt månadsmöte tisdag 3 december kl. 10.00. Jag hoppas att allt är bra med dig.

Skulle torsdag 5 december kl. 10.00 passa? Annars hittar vi gärna en annan tid.

Vänliga hälsningar
Johan Lindqvist""", "formal with du, standard follow-up"),
    ("tone-sv21", "bad", "passive_aggression", "Månadsmötet den 3 december",
     """Hej Åsa,

Om jag inte missminner mig var du inte på plats på vårt månadsmöte tisdag 3 december kl. 10.00. Jag förstår förstås att din kalender är betydligt fullare än min.

Om det inte är alltför besvärligt föreslår jag torsdag 5 december kl. 10.00.

Hälsningar
Johan Lindqvist""", "'om jag inte missminner mig', 'din kalender är betydligt fullare än min', 'om det inte är alltför besvärligt'"),
    ("tone-sv21", "bad", "coldness", "Frånvaro månadsmöte",
     """Åsa Nordin,

Du var frånvarande vid månadsmötet tisdag 3 december kl. 10.00. Nästa tid: torsdag 5 december kl. 10.00. Bekräfta.

Johan Lindqvist""", "correct but icy towards a key client"),

    ("tone-sv22", "good", None, "Jubileumsfesten – jag har en bra ursäkt",
     """Hej Mats!

Du kommer inte att tro det: min syster har valt just fredag 13 december att gifta sig! Så jag är på bröllopet och missar tyvärr jubileumsfesten.

Ha en fantastisk kväll, och jag räknar med bilder!

Kram,
Lisa Ström""", "light humour, warm"),
    ("tone-sv22", "bad", "sarcasm", "Jubileumsfesten",
     """Hej Mats,

Vad synd, jag som hade sett så fram emot att tillbringa fredagskvällen med att lyssna på tal om ert jubileum! Tyvärr är min systers bröllop samma dag, fredag 13 december. Jag kommer nog över det.

Lisa Ström""", "mock regret mocking the client's event"),
    ("tone-sv22", "good", None, "Fredag kväll",
     """Hej Mats!

Förlåt, på fredag kväll är jag på min systers bröllop! Ha en jättefin jubileumsfest, berätta gärna hur det blev.

Hälsningar
Lisa Ström""", "very short, warm"),

    ("tone-sv23", "good", None, "Rådgivningsmötet den 4 december",
     """Hej Kjell,

Tack för att du hörde av dig om rådgivningsmötet onsdag 4 december kl. 14.00. Jag förstår att ett internt möte ibland måste gå före.

Enligt våra villkor debiteras 50 % vid avbokning senare än 24 timmar före; jag vet att det aldrig är roligt och tackar för förståelsen.

Ska vi ta mötet tisdag 10 december kl. 14.00 i stället?

Vänliga hälsningar
Anna Borg""", "firm policy with empathy"),
    ("tone-sv23", "bad", "condescension", "Rådgivningsmötet 4 december",
     """Hej Kjell,

Jag förstår mycket väl att ett internt möte kändes viktigare. Jag förklarar bara för tydlighetens skull en gång till vad "senare än 24 timmar" betyder i våra villkor: att rådgivningsmötet onsdag 4 december kl. 14.00 debiteras med 50 %.

Om det är enklare för dig kan vi fortsätta tisdag 10 december kl. 14.00.

Anna Borg""", "re-explaining a simple rule"),
    ("tone-sv23", "bad", "hostile", "Avbokningen den 4 december",
     """Kjell,

Med all respekt, men att avboka rådgivningsmötet onsdag 4 december kl. 14.00 för ett internt möte visar hur lite du värdesätter vårt arbete. De 50 procenten debiteras, och jag varnar dig för att det här är sista gången vi accepterar ett sådant beteende.

Tisdag 10 december kl. 14.00, om du behagar komma.

Anna Borg""", "hostility behind a polite formula"),
]
