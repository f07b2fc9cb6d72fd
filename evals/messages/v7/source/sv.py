"""Swedish client messages for the held-out v7 set (Gothenburg, Stockholm, Umeå, Uppsala/Knivsta, Mariehamn on
Åland, Malmö, Gotland, Luleå, Örebro), written by hand with their labels."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Åsa Lindqvist", "asa.lindqvist@vastkustenskulturarv.se"),
            "To": ("Tobias Ekberg", "tobias@ekberg-tillganglighet.se"),
            "Subject": "Presentation för styrelsen 16/12",
            "Date": "Wed, 02 Dec 2026 13:17:00 +0100",
            "Message-ID": "<HE1PR0901MB2231.lindqvist@vastkustenskulturarv.se>",
        },
        "body": """
Hej Tobias!

Styrelsen vill gärna höra dig presentera tillgänglighetsrevisionen av vår webb innan vi beslutar om budgeten för nästa år. Skulle du kunna komma till vårt styrelsesammanträde ons 16 dec kl. 15.30? Du får ungefär 45 minuter i början av mötet, sedan kan du gå om du vill.

Vi sitter i konferensrummet på plan 4, Kungsportsavenyen 21. Säg till senast på fredag om du behöver projektor eller något annat.

Vänliga hälsningar
Åsa Lindqvist
Verksamhetschef, Stiftelsen Västkustens Kulturarv
031-701 44 80
""",
        "label": {
            "recipient_name": "Åsa Lindqvist", "recipient_name_alternatives": ["Åsa"],
            "sender_name": "Tobias Ekberg", "sender_name_alternatives": ["Tobias"],
            "meeting": "vårt styrelsesammanträde",
            "meeting_alternatives": ["styrelsesammanträde", "tillgänglighetsrevisionen", "presentera tillgänglighetsrevisionen av vår webb",
                                     "Presentation för styrelsen"],
            "meeting_time": "ons 16 dec kl. 15.30", "meeting_time_iso": "2026-12-16T15:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.txt",
        "text": """
Hej Linnea!
Kan vi flytta vårt bokslutsmöte på tisdag kl 9.45? Min revisor har dubbelbokat sig 🙄 Funkar torsdag 10/12 kl 13 eller fredag fm för dig?
/Mats

Skickat från min iPhone
""",
        "label": {
            "recipient_name": "Mats", "recipient_name_alternatives": [],
            "sender_name": "Linnea", "sender_name_alternatives": [],
            "meeting": "vårt bokslutsmöte",
            "meeting_alternatives": ["bokslutsmöte"],
            "meeting_time": "tisdag kl 9.45", "meeting_time_iso": "2026-12-08T09:45",
            "proposed_times": ["torsdag 10/12 kl 13", "fredag fm"],
            "proposed_times_iso": ["2026-12-10T13:00", "2026-12-11"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"], "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Jörgen Wikström", "jorgen.wikstrom@norrlandsfrakt.se"),
            "To": ("Karin Öberg", "karin@oberg-kalkyl.se"),
            "Subject": "Inställd utbildning i morgon",
            "Date": "Thu, 10 Dec 2026 16:40:00 +0100",
            "Message-ID": "<20261210154000.GA4471@norrlandsfrakt.se>",
        },
        "charset": "iso-8859-1",
        "body": """
Hej Karin,

Tyvärr måste vi ställa in morgondagens Excel-utbildning för ekonomiavdelningen (fredag kl. 08.30-12.00). Halva avdelningen ligger hemma med magsjuka och det är ingen idé att köra med tre personer.

Vi hör av oss efter nyår och bokar ett nytt datum, förhoppningsvis redan i vecka 3.

Mvh
Jörgen Wikström
Ekonomichef
Norrlandsfrakt AB, Umeå
090-13 72 40

Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för adressaten. Om du har fått det av misstag, vänligen meddela avsändaren och radera meddelandet.
""",
        "label": {
            "recipient_name": "Jörgen Wikström", "recipient_name_alternatives": ["Jörgen"],
            "sender_name": "Karin Öberg", "sender_name_alternatives": ["Karin"],
            "meeting": "Excel-utbildning",
            "meeting_alternatives": ["Excel-utbildning för ekonomiavdelningen", "morgondagens Excel-utbildning",
                                     "utbildning"],
            "meeting_time": "fredag kl. 08.30-12.00", "meeting_time_iso": "2026-12-11T08:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation"], "quoted_from": None,
            "quoted_until": None,
        },
    },
    {
        "file": "004.txt",
        "text": """
Hej Oskar,

Vidarebefordrar inbjudan från Länsstyrelsen. Jag är föräldraledig från den 14:e, så det vore toppen om du kunde gå i mitt ställe och föra vår talan om dagvattnet. Du har ju skrivit hela PM:et.

Tack på förhand!
Helena Sjödin
Miljöstrateg, Knivsta kommun

________________________________
Från: Registrator Länsstyrelsen <registrator@lansstyrelsen.example.se>
Skickat: den 2 december 2026 09:41
Till: Helena Sjödin <helena.sjodin@knivsta.example.se>
Ämne: Inbjudan till samråd – detaljplan för Alsike nord

Härmed inbjuds ni till samrådsmöte om detaljplanen för Alsike nord torsdagen den 17 december kl. 13.00–15.30 i Länsstyrelsens lokaler, Hamnesplanaden 3, Uppsala.

Anmälan senast den 10 december till registrator.

Med vänlig hälsning
Enheten för samhällsplanering
""",
        "label": {
            "recipient_name": "Helena Sjödin", "recipient_name_alternatives": ["Helena"],
            "sender_name": "Oskar", "sender_name_alternatives": [],
            "meeting": "samrådsmöte om detaljplanen för Alsike nord",
            "meeting_alternatives": ["samrådsmöte", "samråd", "Inbjudan till samråd – detaljplan för Alsike nord",
                                     "inbjudan från Länsstyrelsen"],
            "meeting_time": "torsdagen den 17 december kl. 13.00–15.30", "meeting_time_iso": "2026-12-17T13:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.eml",
        "headers": {
            "From": ("Ulrika Söderlund", "ulrika.soderlund@skargardslinjen.ax"),
            "To": ("Henrik Ljung", "henrik.ljung@ljung-maritime.se"),
            "Subject": "Workshop i januari – förslag på datum",
            "Date": "Thu, 03 Dec 2026 14:02:00 +0200",
            "Message-ID": "<5d2a9c1e-ul-20261203@skargardslinjen.ax>",
        },
        "html": True,
        "body": """
Bästa Henrik,

Tack för ett givande samtal i telefon i går! Som utlovat kommer här ett förslag: vi vill gärna ha dig med på en halvdags workshop om den nya bunkringsregleringen med våra befälhavare och rederiets tekniska avdelning, här på kontoret i Mariehamn.

Passar det bättre tisdag 12.1 kl. 9.00 eller onsdag 13.1 kl. 13.00 (åländsk tid, dvs. en timme före Sverige)? Vi bjuder förstås på lunch.

Vi behöver ett svar före jul för att kunna boka flyg åt dig från Arlanda.

Med vänlig hälsning
Ulrika Söderlund
HR- och utbildningsansvarig
Rederi Ab Skärgårdslinjen
Mariehamn, Åland
""",
        "label": {
            "recipient_name": "Ulrika Söderlund", "recipient_name_alternatives": ["Ulrika"],
            "sender_name": "Henrik Ljung", "sender_name_alternatives": ["Henrik"],
            "meeting": "en halvdags workshop om den nya bunkringsregleringen",
            "meeting_alternatives": ["workshop", "halvdags workshop", "workshop om den nya bunkringsregleringen"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": ["tisdag 12.1 kl. 9.00", "onsdag 13.1 kl. 13.00"],
            "proposed_times_iso": ["2027-01-12T09:00", "2027-01-13T13:00"],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Nils Persson", "nils@stortorgetsbageri.se"),
            "To": ("Sofia Berglund", "sofia@berglund-lon.se"),
            "Subject": "Re: Genomgång lönerutiner",
            "Date": "Sun, 06 Dec 2026 20:15:00 +0100",
            "Message-ID": "<CAH2mP9x-nils-1206@stortorgetsbageri.se>",
            "In-Reply-To": "<CAB7sofia-1204@berglund-lon.se>",
        },
        "body": """
Hej Sofia,

Jag måste tyvärr be att få flytta genomgången av löneprocessen som vi bokade till på tisdag 08:00. Vår controller har fått förhinder och det är hon som sitter på alla frågor.

Skulle det gå bra med onsdag veckan därpå, den 16:e, samma tid? Annars torsdag 17/12 vid 14-tiden.

Ha en fin söndagskväll!
Nils

Den fre 4 dec. 2026 kl 14:33 skrev Sofia Berglund <sofia@berglund-lon.se>:

> Hej Nils!
> Då säger vi tisdag den 8 december kl. 08.00 hos er på Stortorget. Jag tar med checklistan.
> /Sofia
""",
        "label": {
            "recipient_name": "Nils Persson", "recipient_name_alternatives": ["Nils"],
            "sender_name": "Sofia Berglund", "sender_name_alternatives": ["Sofia"],
            "meeting": "genomgången av löneprocessen",
            "meeting_alternatives": ["löneprocessen", "Genomgång lönerutiner", "genomgången"],
            "meeting_time": "tisdag 08:00", "meeting_time_iso": "2026-12-08T08:00",
            "proposed_times": ["onsdag veckan därpå, den 16:e, samma tid", "torsdag 17/12 vid 14-tiden"],
            "proposed_times_iso": ["2026-12-16T08:00", "2026-12-17T14:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "Den fre 4 dec. 2026 kl 14:33 skrev Sofia Berglund <sofia@berglund-lon.se>:",
            "quoted_until": None,
        },
    },
    {
        "file": "007.txt",
        "text": """
Hej Ingrid,

Vi har bestämt oss för att vänta med tillbyggnaden av sommarhuset i Ljugarn, så jag vill avboka vårt möte om bygglovsritningarna måndag 14 december kl. 11. Tack för all hjälp så här långt – vi hör av oss i vår när vi vet mer om ekonomin.

Hälsningar
Maud Gahnström
""",
        "label": {
            "recipient_name": "Maud Gahnström", "recipient_name_alternatives": ["Maud"],
            "sender_name": "Ingrid", "sender_name_alternatives": [],
            "meeting": "vårt möte om bygglovsritningarna",
            "meeting_alternatives": ["möte om bygglovsritningarna", "bygglovsritningarna", "tillbyggnaden av sommarhuset"],
            "meeting_time": "måndag 14 december kl. 11", "meeting_time_iso": "2026-12-14T11:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule"], "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Ann-Sofie Näslund", "annsofie.naslund@telia.example.se"),
            "To": ("Gustaf Rehn", "gustaf.rehn@rehn-juridik.se"),
            "Subject": "Missade förrättningen igår",
            "Date": "Tue, 08 Dec 2026 09:20:00 +0100",
            "Message-ID": "<AM0PR09MB2875.naslund@telia.example.se>",
        },
        "cte": "base64",
        "body": """
Hej Gustaf,

Jag ber om ursäkt för att jag inte dök upp på bouppteckningsförrättningen igår kl. 13. Flyget från Arvidsjaur ställdes in på grund av snöstormen och jag hade ingen täckning förrän sent på kvällen. Jag förstår om ni fick genomföra den utan mig.

Om det behövs min underskrift eller att vi ses: jag är i Luleå hela nästa vecka och kan komma på tisdag 15/12 efter kl. 10 eller onsdag 16/12 kl. 8.

Med vänliga hälsningar
Ann-Sofie Näslund
(dödsbodelägare efter Gunnar Näslund)

Skickat från Outlook för Android
""",
        "label": {
            "recipient_name": "Ann-Sofie Näslund", "recipient_name_alternatives": ["Ann-Sofie"],
            "sender_name": "Gustaf Rehn", "sender_name_alternatives": ["Gustaf"],
            "meeting": "bouppteckningsförrättningen",
            "meeting_alternatives": ["bouppteckningsförrättning", "förrättningen"],
            "meeting_time": "igår kl. 13", "meeting_time_iso": "2026-12-07T13:00",
            "proposed_times": ["tisdag 15/12 efter kl. 10", "onsdag 16/12 kl. 8"],
            "proposed_times_iso": ["2026-12-15T10:00", "2026-12-16T08:00"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"], "quoted_from": None,
            "quoted_until": None,
        },
    },
    {
        "file": "009.txt",
        "text": """
Hej!

Vi är ett fotbollslag (F13, Örebro) som funderar på att boka er mentala träning för laget, fyra tillfällen under vårsäsongen. Vad gäller om vi måste ställa in ett pass, t.ex. om en match flyttas? Hur långt innan måste vi avboka för att slippa betala, och kan man flytta ett pass i stället för att avboka?

Ring gärna mig på 070-341 22 68, bäst efter 17.

Mvh
Camilla Hedlund, lagledare
""",
        "label": {
            "recipient_name": "Camilla Hedlund", "recipient_name_alternatives": ["Camilla"],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "er mentala träning för laget",
            "meeting_alternatives": ["mentala träning", "mentala träning för laget", "ett pass"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"], "quoted_from": None,
            "quoted_until": None,
        },
    },
    {
        "file": "010.txt",
        "text": """
Hej Elin,

Tack för en jättebra föreläsning om psykosocial arbetsmiljö i onsdags! Flera chefer har frågat efter bilderna – kan du mejla presentationen som pdf, så lägger jag ut den på intranätet?

Och en liten fråga: får vi spela in nästa föreläsning den 21 januari, eller vill du hellre att vi inte gör det?

Allt gott,
Yusuf Karimi
HR-partner, Stockholms Hamnbolag
""",
        "label": {
            "recipient_name": "Yusuf Karimi", "recipient_name_alternatives": ["Yusuf"],
            "sender_name": "Elin", "sender_name_alternatives": [],
            "meeting": "föreläsning om psykosocial arbetsmiljö",
            "meeting_alternatives": ["föreläsning", "psykosocial arbetsmiljö", "presentationen"],
            "meeting_time": "i onsdags", "meeting_time_iso": "2026-12-02",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [], "quoted_from": None, "quoted_until": None,
        },
    },
]
