# Swedish tone cases, TEST split (held out: never tune a scorer on these). Hand-written by the data-tone helper.

SITS = {
    "tone-sv13": dict(intent="shorten", recipient_name="Ulla Lindström", sender_name="Patrik Eriksson",
                      meeting="kick-off-mötet för affärssystemet", meeting_time="onsdag 4 december kl. 9.00",
                      duration_minutes=60, reason="jag har en annan kundträff på eftermiddagen", tone="formal", relationship="key"),
    "tone-sv14": dict(intent="late_cancellation", recipient_name="Jenny Åberg", sender_name="Niklas Falk",
                      meeting="fotograferingen av kontoret", meeting_time="fredag 8 november kl. 10.00",
                      reason="en sjuk medarbetare", proposed_times=["torsdag 21 november kl. 10.00"],
                      policy=dict(notice_hours=48, fee_percent=50), tone="friendly", relationship="regular"),
    "tone-sv15": dict(intent="decline", recipient_name="Karin Holm", sender_name="Ola Nyström",
                      meeting="julminglet efter produktlanseringen", meeting_time="torsdag 12 december kl. 17.00",
                      reason="jag är sjuk", tone="friendly", relationship="key"),
    "tone-sv16": dict(intent="delegate", recipient_name="Bengt Lundqvist", sender_name="Therese Sjögren",
                      meeting="genomgången av bokslutet", meeting_time="måndag 9 december kl. 10.00",
                      colleague_name="Mattias Hedlund", reason="en operation som gör att jag är borta i två veckor",
                      tone="formal", relationship="regular"),
    "tone-sv17": dict(intent="no_show_followup", recipient_name="Eva Söderberg", sender_name="Tobias Nyberg",
                      meeting="slutbesiktningen av kontoret", meeting_time="onsdag 6 november kl. 15.00",
                      proposed_times=["måndag 18 november kl. 15.00"], tone="formal", relationship="regular"),
    "tone-sv18": dict(intent="switch_to_call", recipient_name="Sanna Karlsson", sender_name="Albin Lundgren",
                      meeting="träffen om den nya webbutiken", meeting_time="tisdag 3 december kl. 13.00",
                      reason="vi har fått ändrade planer", tone="friendly", relationship="new"),
    "tone-sv19": dict(intent="cancellation_policy", recipient_name="Magnus Engström", sender_name="Cecilia Wikström",
                      meeting="utbildningsdagen på plats", meeting_time="måndag 2 december kl. 9.00",
                      policy=dict(notice_hours=72, fee_percent=40), tone="formal", relationship="key"),
    "tone-sv20": dict(intent="reschedule", recipient_name="Lena Hellström", sender_name="Rasmus Dahl",
                      meeting="presentationen av designförslaget", meeting_time="fredag 29 november kl. 11.00",
                      reason="sjukdom", proposed_times=["tisdag 3 december kl. 11.00", "onsdag 4 december kl. 14.00"],
                      tone="formal", relationship="new"),
}

CASES = [
    ("tone-sv13", "good", None, "Kick-off-mötet på onsdag – en timme?",
     """Hej Ulla,

Inför kick-off-mötet för affärssystemet onsdag 4 december kl. 9.00: jag har en annan kundträff på eftermiddagen och undrar om vi kan hålla mötet på en timme. Jag skickar en agenda i förväg så att vi hinner med det viktigaste.

Hör gärna av dig om det inte passar.

Vänliga hälsningar
Patrik Eriksson""", "formal Swedish with du"),
    ("tone-sv13", "good", None, "Kick-off-mötet den 4 december",
     """Bästa Ulla,

Jag har tyvärr en annan kundträff på eftermiddagen onsdag 4 december. Skulle ni kunna tänka er att vi kortar kick-off-mötet för affärssystemet kl. 9.00 till en timme? En agenda kommer i förväg.

Med vänlig hälsning
Patrik Eriksson""", "polite 'ni' to one person: not a flaw in itself (brief)"),
    ("tone-sv13", "bad", "bureaucratic_distance", "Ang. förkortning av kick-off-möte",
     """Till Ulla Lindström

Härmed meddelas att kick-off-mötet för affärssystemet, planerat till onsdag 4 december kl. 9.00, med anledning av undertecknads övriga kundåtaganden under eftermiddagen kommer att begränsas till en tidsomfattning om 60 minuter. Eventuella synpunkter med anledning härav torde inkomma snarast.

Högaktningsfullt
Patrik Eriksson""", "over-stiff officialese to a key client"),

    ("tone-sv14", "good", None, "Fotograferingen i fredags",
     """Hej Jenny!

Tråkigt med den sjuka medarbetaren – hoppas att det är på bättring. Fotograferingen av kontoret som skulle ha varit fredag 8 november kl. 10.00 kan vi ta torsdag 21 november kl. 10.00 i stället, om det passar er.

Bara så att du vet: vid avbokning senare än 48 timmar före debiterar vi 50 %, och fakturan kommer separat.

Ha en fin dag!
Niklas Falk""", "warm, policy stated plainly"),
    ("tone-sv14", "bad", "passive_aggression", "Fotograferingen",
     """Hej Jenny,

Som jag redan har påpekat flera gånger debiterar vi 50 % vid avbokning senare än 48 timmar före. Jag utgår från att jag inte behöver förklara det igen.

Fotograferingen av kontoret är flyttad till torsdag 21 november kl. 10.00. Förhoppningsvis är alla friska då.

Niklas Falk""", "'som jag redan har påpekat', 'jag utgår från att jag inte behöver förklara det igen'"),
    ("tone-sv14", "bad", "phishing_like", "Betala avgiften inom 24 timmar",
     """Hej Jenny,

Efter er avbokning av fotograferingen av kontoret (fredag 8 november kl. 10.00) ska avgiften på 50 % betalas INOM 24 TIMMAR till bankgiro 5050-1055, eller med kort via länken: http://snabb-betalning-saker.se/avgift

Den nya tiden torsdag 21 november kl. 10.00 bekräftas först när betalningen kommit in.

Niklas Falk""", "payment details and link under time pressure"),

    ("tone-sv15", "good", None, "Julminglet på torsdag",
     """Hej Karin!

Vad synd – jag är sjuk och kan inte komma på julminglet efter produktlanseringen på torsdag. Jag hade verkligen sett fram emot det.

Ha en riktigt trevlig kväll allihop, och skål för lanseringen! Jag hör av mig när jag är på benen igen.

Kram,
Ola Nyström""", "warm, 'kram' fits a friendly long-standing relationship"),
    ("tone-sv15", "good", None, "Minglet",
     """Hej Karin!

Jag är tyvärr sjuk, så minglet på torsdag får jag stå över. Ha så roligt!

Ola Nyström""", "very short, friendly"),
    ("tone-sv15", "bad", "coldness", "Återbud",
     """Hej,

Jag lämnar återbud till julminglet efter produktlanseringen torsdag 12 december kl. 17.00 på grund av sjukdom.

Ola Nyström""", "cold notice to a friendly key client"),

    ("tone-sv16", "good", None, "Genomgången av bokslutet den 9 december",
     """Hej Bengt,

På grund av en operation är jag borta i två veckor. Genomgången av bokslutet måndag 9 december kl. 10.00 tar därför min kollega Mattias Hedlund hand om; han har fått hela underlaget av mig.

Tack för förståelsen.

Vänliga hälsningar
Therese Sjögren""", "formal handover, no promise during absence"),
    ("tone-sv16", "bad", "grovelling", "Jag ber så hemskt mycket om ursäkt",
     """Bäste Bengt,

Jag ber så hemskt mycket om ursäkt för att jag ställer till det för dig. På grund av en operation är jag borta i två veckor och kan inte själv hålla genomgången av bokslutet måndag 9 december kl. 10.00. Jag vet att du förtjänar bättre och hoppas innerligt att du kan förlåta att min kollega Mattias Hedlund får ta över. Jag ska gottgöra dig på alla sätt jag kan.

Med ödmjukaste ursäkter,
Therese Sjögren""", "apologises for her own surgery"),
    ("tone-sv16", "good", None, "Bokslutet 9 december",
     """Hej Bengt,

Jag ska opereras och är borta i två veckor, så Mattias Hedlund håller i genomgången av bokslutet på måndag kl. 10.00. Han är insatt i allt.

Vänliga hälsningar
Therese Sjögren""", "short, factual, friendly enough"),

    ("tone-sv17", "good", None, "Slutbesiktningen av kontoret",
     """Hej Eva,

Vi hade slutbesiktningen av kontoret inbokad onsdag 6 november kl. 15.00 men missade tyvärr varandra. Jag hoppas att allt är bra.

Skulle måndag 18 november kl. 15.00 fungera i stället? Passar en annan tid bättre är det bara att säga till.

Vänliga hälsningar
Tobias Nyberg""", "concerned, no reproach"),
    ("tone-sv17", "bad", "blame", "Missad slutbesiktning",
     """Hej Eva,

Du kom inte till slutbesiktningen av kontoret onsdag 6 november kl. 15.00, trots att hela vårt team stod redo. Det kostade oss en hel eftermiddag som vi inte kunde använda till något annat. Vi förväntar oss att du åtminstone ringer nästa gång.

Ny tid: måndag 18 november kl. 15.00.

Tobias Nyberg""", "blames and demands"),
    ("tone-sv17", "bad", "hostile", "Slutbesiktningen",
     """Eva,

Det här är helt oacceptabelt. Onsdag 6 november kl. 15.00 stod vi där i onödan för slutbesiktningen av kontoret. Om ni inte klarar av att hålla en tid kanske ni ska anlita någon annan. Måndag 18 november kl. 15.00, och då räknar jag med att du faktiskt dyker upp.

Tobias Nyberg""", "hostile, threatens the relationship"),

    ("tone-sv18", "good", None, "Ta träffen på telefon?",
     """Hej Sanna!

Vi har fått ändrade planer, så jag undrar om vi kan ta träffen om den nya webbutiken tisdag 3 december kl. 13.00 på telefon eller video i stället för på plats? Samma tid passar mig fint.

Säg till vad du föredrar!

Hälsningar
Albin Lundgren""", "friendly with a new client"),
    ("tone-sv18", "good", None, "Tisdag kl. 13",
     """Hej Sanna,

Ändrade planer hos oss – går det bra att vi tar tisdagens träff kl. 13.00 över video? Jag skickar en länk.

Hälsningar
Albin Lundgren""", "very short"),
    ("tone-sv18", "bad", "mock_enthusiasm", "SUPERKUL NYHET!!!",
     """Hej Sanna!!!

Superkul nyhet: träffen om den nya webbutiken tisdag 3 december kl. 13.00 blir ett telefonsamtal!!! Är det inte fantastiskt?! Vi har visserligen fått ändrade planer, men det här blir ju ännu bättre, inga resor, bara glädje!!!

Jättepeppade hälsningar!!!
Albin Lundgren""", "forced cheer"),

    ("tone-sv19", "good", None, "Utbildningsdagen den 2 december – avbokningsvillkor",
     """Hej Magnus,

Inför utbildningsdagen på plats måndag 2 december kl. 9.00 vill jag påminna om våra villkor: avbokning behöver ske senast 72 timmar innan, annars debiteras 40 % av priset.

Tack för förståelsen, och vi ser fram emot dagen!

Vänliga hälsningar
Cecilia Wikström""", "firm, friendly enough for a key client"),
    ("tone-sv19", "bad", "condescension", "Viktigt att läsa",
     """Hej Magnus,

Jag vet att det finstilta inte är det roligaste att läsa, så jag tar det i små steg.

Utbildningsdagen på plats är måndag 2 december kl. 9.00. Vill du avboka måste det ske senast 72 timmar innan. 72 timmar är tre dygn, alltså senast fredag morgon. Annars kostar det 40 % av priset.

Fråga gärna om något är svårt att förstå.

Cecilia Wikström""", "explains arithmetic to a key client"),
    ("tone-sv19", "good", None, "Påminnelse: villkor för utbildningsdagen",
     """Hej Magnus,

En kort påminnelse inför utbildningsdagen på plats den 2 december: avbokning senare än 72 timmar innan debiteras med 40 %.

Vänliga hälsningar
Cecilia Wikström""", "very short reminder"),

    ("tone-sv20", "good", None, "Presentationen av designförslaget – ny tid",
     """Hej Lena,

På grund av sjukdom behöver jag tyvärr flytta presentationen av designförslaget fredag 29 november kl. 11.00. Jag ber om ursäkt för besväret.

Skulle någon av dessa tider passa?
– tisdag 3 december kl. 11.00
– onsdag 4 december kl. 14.00

Vänliga hälsningar
Rasmus Dahl""", "formal with du, brief"),
    ("tone-sv20", "bad", "over_familiarity", "Tjenare Lena!",
     """Tjenare Lenis!

Är sjuk, så presentationen av designförslaget på fredag 29 november kl. 11.00 blir inte av, sorry! Kör vi tisdag 3 december kl. 11.00 eller onsdag 4 december kl. 14.00? Du bestämmer, gumman!

Kramisar,
Rasmus Dahl""", "nickname, 'gumman', 'kramisar' to a new formal client"),
    ("tone-sv20", "good", None, "Presentationen den 29 november",
     """Hej Lena,

Jag är tyvärr sjuk och måste flytta presentationen av designförslaget på fredag. Passar tisdag 3 december kl. 11.00 eller onsdag 4 december kl. 14.00? Ursäkta ändringen.

Vänliga hälsningar
Rasmus Dahl""", "short, polite"),
]

# Second batch: subtler cases.
SITS.update({
    "tone-sv24": dict(intent="switch_to_call", recipient_name="Hampus Ek", sender_name="Frida Lind",
                      meeting="mötet på kontoret", meeting_time="måndag 16 december kl. 9.30",
                      reason="pendeltågen strejkar", tone="friendly", relationship="regular"),
    "tone-sv25": dict(intent="reschedule", recipient_name="Per-Olof Sandberg", sender_name="Karolina Berg",
                      meeting="budgetgenomgången", meeting_time="torsdag 19 december kl. 15.00",
                      reason="en resa som ledningen har beslutat om", proposed_times=["fredag 20 december kl. 10.00"],
                      tone="formal", relationship="key"),
})

CASES += [
    ("tone-sv24", "good", None, "Ta måndagen på telefon?",
     """Hej Hampus!

Pendeltågen har bestämt sig för att strejka på måndag, förstås samma dag som vårt möte på kontoret! Ska vi behålla 9.30 men ta det på telefon? Jag ringer dig om det funkar.

Ha en bra dag,
Frida Lind""", "light humour about the strike"),
    ("tone-sv24", "bad", "bureaucratic_distance", "Ändrad mötesform",
     """Till Hampus Ek

Med anledning av pågående strejk inom pendeltågstrafiken har beslut fattats om att mötet måndag 16 december kl. 9.30 kommer att genomföras per telefon. Uppgifter avseende uppringning meddelas i särskild ordning.

Ni ombeds notera ovanstående.

Frida Lind""", "impersonal officialese to a friendly regular contact"),
    ("tone-sv24", "good", None, "Måndag 9.30",
     """Hej Hampus!

Pendeltågsstrejk på måndag – tar vi vårt möte kl. 9.30 på telefon? Tack!

Frida Lind""", "one-line friendly request"),

    ("tone-sv25", "good", None, "Budgetgenomgången den 19 december",
     """Hej Per-Olof,

Jag är verkligen ledsen, men en resa som ledningen har beslutat om gör att jag måste be dig flytta budgetgenomgången torsdag 19 december kl. 15.00. Jag vet att det är en intensiv period för dig.

Skulle fredag 20 december kl. 10.00 fungera? Annars anpassar jag mig efter dig.

Vänliga hälsningar
Karolina Berg""", "stronger apology that fits a key client: not grovelling"),
    ("tone-sv25", "bad", "blame", "Budgetgenomgången",
     """Hej Per-Olof,

En resa som ledningen har beslutat om gör att jag inte kan hålla budgetgenomgången torsdag 19 december kl. 15.00. Ärligt talat var det inte din bästa idé att lägga en budgetgenomgång den 19 december, mitt i bokslutet; nästa gång får vi vara ute i bättre tid.

Jag föreslår fredag 20 december kl. 10.00.

Karolina Berg""", "shifts the blame onto the client's choice of date"),
    ("tone-sv25", "bad", "mock_enthusiasm", "Goda nyheter om vår genomgång!",
     """Hej Per-Olof,

Goda nyheter: tack vare en resa som ledningen har beslutat om blir vår budgetgenomgång torsdag 19 december kl. 15.00 en ännu effektivare genomgång fredag 20 december kl. 10.00! En extra dag att putsa på dina siffror, vilken tur!

Entusiastiska hälsningar
Karolina Berg""", "spins an inconvenience as good news"),
]
