"""The words each language uses around a meeting: greetings, closings, cues, markers. Data only, no logic."""

from __future__ import annotations

from composer.models import Language

L = Language

# Short weekday forms people write that the shared calendar table (composer.facts.times) does not list.
EXTRA_WEEKDAY_ABBREVIATIONS: dict[Language, dict[str, int]] = {
    L.en: {"weds": 2, "thr": 3}, L.fr: {}, L.it: {"sab": 5, "dom": 6}, L.nl: {}, L.sv: {"tor": 3},
}

# Reply prefix customary in each language (what the usual mail program in that language writes):
# en "Re:"; fr "RE :" (Outlook in French, with the French space before the colon); it "R:" (Outlook in
# Italian); nl "Antw:" (Outlook in Dutch); sv "SV:" (Outlook in Swedish, "svar").
REPLY_PREFIX: dict[Language, str] = {L.en: "Re:", L.fr: "RE :", L.it: "R:", L.nl: "Antw:", L.sv: "SV:"}

# Any of these at the start of a subject marks a reply already (never doubled); case-insensitive.
REPLY_PREFIXES = ("re", "ré", "réf", "r", "sv", "svar", "antw", "antwoord", "aw", "vs", "odp", "ynt")
# Forward and invitation prefixes, removed when the subject stands for the meeting.
OTHER_PREFIXES = (
    "fwd", "fw", "tr", "i", "inoltro", "doorst", "wg", "vb", "vidarebefordrat", "invitation", "updated invitation",
    "invitation mise à jour", "invito", "invito aggiornato", "uitnodiging", "bijgewerkte uitnodiging", "inbjudan",
    "uppdaterad inbjudan", "meeting request", "demande de réunion", "richiesta di riunione",
)

GREETINGS: dict[Language, tuple[str, ...]] = {
    L.en: ("dear", "hi", "hello", "hey", "good morning", "good afternoon", "good evening", "good day", "morning", "afternoon", "evening", "greetings", "hiya", "heya", "hey there", "hi there", "hello there", "howdy", "g'day", "g’day", "kia ora", "mōrena", "morena", "gday"),
    L.fr: ("bonjour", "bonsoir", "cher", "chère", "chers", "salut", "coucou", "hello", "rebonjour", "re-bonjour", "hey", "allo", "allô"),  # "Allo" in Québec
    L.it: ("gentile", "gentilissimo", "gentilissima", "gentili", "caro", "cara", "cari", "ciao", "buongiorno",
           "buonasera", "buon pomeriggio", "buona sera", "salve", "egregio", "egregia", "spettabile", "buondì", "ehi", "ciao ciao"),
    L.nl: ("beste", "geachte", "hoi", "hallo", "hey", "dag", "goedemorgen", "goedemiddag", "goedenavond", "lieve", "hi",
           "moi", "goeiemorgen", "goeiemiddag", "goeienavond", "goeieavond", "goedeavond", "goeiedag", "goeiendag", "goeienmiddag", "goeienmorgen", "goedendag", "hee", "hey hey", "hoihoi", "hallo daar"),  # the Flemish forms too
    L.sv: ("hej", "hejsan", "hallå", "bästa", "kära", "god morgon", "god eftermiddag", "goddag", "god dag", "godmorgon", "god kväll", "tjena", "tjenare", "hej hej", "hi", "hejhej", "tja", "hallå där", "hej på dig"),
}
FORMAL_GREETINGS = {"dear", "good morning", "good afternoon", "good evening", "greetings", "cher", "chère", "chers",
                    "gentile", "gentilissimo", "gentilissima", "gentili", "egregio", "egregia", "spettabile",
                    "geachte", "bästa", "buongiorno", "buonasera", "bonjour", "bonsoir", "goedemorgen", "goedemiddag", "goedendag"}
FRIENDLY_GREETINGS = {"hi", "hello", "hey", "morning", "salut", "coucou", "ciao", "caro", "cara", "cari", "salve",
                      "hiya", "heya", "howdy", "hi there", "hey there", "buondì", "ehi", "hee", "hoihoi", "tja", "hejhej", "hej på dig",
                      "hoi", "hallo", "lieve", "hejsan", "tjena", "hej hej", "hallå"}

# Courtesy titles before a name (kept out of the name span).
TITLES = (
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "madam", "monsieur", "madame", "mademoiselle", "m", "mme",
    "mlle", "maître", "me", "docteur", "signor", "signora", "signorina", "sig", "sig.ra", "sigra", "dott", "dott.ssa",
    "dottor", "dottore", "dottoressa", "ing", "avv", "prof.ssa", "dhr", "mevr", "heer", "de heer", "mevrouw", "meneer",
    "mw", "mej", "herr", "fru", "direktör", "drs", "ir", "mr", "ing", "dr", "prof. dr", "ds",
    # professional forms of address ("Gentile avvocato Marchetti", "Egregio Architetto Pace", "Geachte notaris Smit")
    "avvocato", "avvocata", "architetto", "arch", "ingegnere", "ingegner", "notaio", "geometra", "geom", "ragioniere", "rag",
    "professore", "professoressa", "maestro", "maestra", "notaris", "advocaat", "meester", "professeur", "docent",
    "ma'am", "ma", "mam",  # "Good afternoon Ma," (West African English): a form of address, no name
)

CLOSINGS: dict[Language, tuple[str, ...]] = {
    L.en: ("best regards", "kind regards", "warm regards", "warmest regards", "regards", "best wishes", "best",
           "all the best", "many thanks", "thanks again", "thanks so much", "thanks a lot", "thanks a million", "thank you", "thanks", "thx", "tks",
           "cheers", "sincerely", "yours sincerely", "yours faithfully", "yours truly", "yours", "talk soon",
           "speak soon", "see you", "take care", "with thanks", "respectfully", "love", "lots of love", "hugs", "xx", "xxx"),
    L.fr: ("bien cordialement", "très cordialement", "cordialement", "bien à vous", "bien à toi", "merci d'avance",
           "merci par avance", "merci beaucoup", "merci encore", "merci", "belle journée", "bonne journée",
           "bonne soirée", "bonne fin de journée", "à bientôt", "a bientôt", "à très vite", "amicalement", "amitiés",
           "salutations", "sincères salutations", "meilleures salutations", "bien amicalement", "bises", "bisous",
           "cdlt", "respectueusement", "au plaisir", "grosses bises", "gros bisous", "je t'embrasse", "biz", "bizz"),
    L.it: ("cordiali saluti", "distinti saluti", "saluti cordiali", "cordialmente", "cordialità", "con cordialità", "un cordiale saluto", "un saluto",
           "un caro saluto", "tanti saluti", "saluti", "grazie mille", "grazie ancora", "grazie in anticipo", "grazie",
           "a presto", "buona giornata", "buona serata", "un abbraccio", "ciao", "a dopo", "con i migliori saluti", "baci", "bacioni", "un bacio", "un abbraccio forte"),
    L.nl: ("met vriendelijke groeten", "met vriendelijke groet", "vriendelijke groeten", "vriendelijke groet",
           "hartelijke groeten", "hartelijke groet", "met hartelijke groet", "groetjes van", "groeten van", "groet van",
           "groeten", "groet", "groetjes", "mvg",
           "m.v.g.", "gr.", "grt", "grtz", "alvast bedankt", "bedankt", "dank je wel", "dank u wel", "dank je", "dank u", "tot dan",
           "tot snel", "tot ziens", "fijne dag", "met groet", "hgr", "liefs", "liefs van", "dikke kus", "knuffel", "xx"),
    L.sv: ("med vänliga hälsningar", "vänliga hälsningar", "bästa hälsningar", "varma hälsningar", "hälsningar", "mvh",
           "vänligen", "tack så mycket", "tack på förhand", "tack igen", "tack", "ha det bra", "ha en bra dag",
           "ha en fin dag", "allt gott", "hörs", "hälsningar från", "kram från", "kram", "kramar", "stor kram", "kramis", "puss", "puss och kram", "hälsar", "med vänlig hälsning", "vänlig hälsning"),
}

# Lines from which everything below is a device tagline or a legal notice, not the message.
BOILERPLATE = (
    r"sent from my\b", r"sent from (?:outlook|mail|yahoo|gmail)", r"get outlook for", r"envoyé de mon\b",
    r"envoyé depuis\b", r"envoyé à partir de", r"inviato da\b", r"inviato dal mio", r"verzonden (?:vanaf|met|van) ",
    r"verstuurd (?:vanaf|met|van) ", r"skickat från\b", r"skickades från", r"this (?:e-?mail|message|communication)\b.{0,60}\b(?:confidential|intended|privileged)",
    r"confidential(?:ity)? (?:notice|note)", r"disclaimer", r"the information (?:contained|in this)", r"ce (?:message|courriel|mail|e-mail)\b.{0,60}\b(?:confidenti|destin|strictement)",
    r"avis de confidentialit", r"questo (?:messaggio|messaggio di posta|e-?mail)\b.{0,80}\b(?:riservat|destinat|confidenzial)",
    r"le informazioni contenute", r"dit (?:bericht|e-?mailbericht|e-?mail)\b.{0,60}\b(?:vertrouwelijk|bestemd|uitsluitend)",
    r"de informatie (?:verzonden|in dit)", r"detta (?:meddelande|e-?mail|mejl)\b.{0,60}\b(?:konfidentiell|avsett|sekretess)",
    r"please consider the environment", r"pensez à l'environnement", r"think before you print", r"p please consider",
)

# Lines that start a quoted or forwarded earlier message.
ATTRIBUTION = (
    r"on\b[^\n]{0,200}?\bwrote\s*:",
    r"le\b[^\n]{0,200}?\ba écrit\s*:",
    r"il giorno\b[^\n]{0,200}?\bha scritto\s*:",
    r"il\b[^\n]{0,200}?\bha scritto\s*:",
    r"in data\b[^\n]{0,200}?\bha scritto\s*:",
    r"op\b[^\n]{0,200}?\bschreef\b[^\n]{0,120}?:",
    r"den\b[^\n]{0,200}?\bskrev\b[^\n]{0,120}?:",
    r"[^\n]{0,200}?\bskrev\s*:",
    r"[^\n]{0,200}?\bschreef\s*:",
    r"am\b[^\n]{0,200}?\bschrieb\b[^\n]{0,120}?:",
    # "Emma Sjöberg skrev 2026-12-05 18:40:", "Jan Jansen schreef op 3 dec. 2026 10:12:": the date after the verb
    r"[^\n]{0,80}?\b(?:wrote|skrev|schreef|a écrit|ha scritto|schrieb)\b[^\n]{0,60}?:[ \t]*$",
)
# The client's own words saying that what follows is passed on ("Vidarebefordrar inbjudan", "forwarding this",
# "je te transfère"): an Outlook header block under them is a forward, not history.
FORWARD_WORDS = (r"\b(?:forwarding|forwarded|passing on|je (?:te|vous) transf[eè]re|transféré|ti inoltro|vi inoltro|inoltro|girando|ti giro|le giro|vi giro|"
                 r"stuur (?:ik )?(?:je|u) (?:door|deze)|doorgestuurd|ik stuur .{0,30}door|vidarebefordrar|skickar vidare|vidarebefordrat|see below|see the \w+ below|zie hieronder|voir ci-dessous|vedi sotto|vedi qui sotto|se nedan)\b")
SEPARATORS = (
    r"-{2,}\s*original message\s*-{2,}", r"-{2,}\s*message d'origine\s*-{2,}", r"-{2,}\s*messaggio originale\s*-{2,}",
    r"-{2,}\s*oorspronkelijk bericht\s*-{2,}", r"-{2,}\s*origineel bericht\s*-{2,}",
    r"-{2,}\s*ursprungligt meddelande\s*-{2,}", r"-{2,}\s*originalmeddelande\s*-{2,}", r"_{10,}",
)
FORWARD_SEPARATORS = (
    r"-{2,}\s*forwarded message\s*-{2,}", r"begin forwarded message\s*:", r"-{2,}\s*message transféré\s*-{2,}",
    r"début du message (?:réexpédié|transféré)\s*:", r"-{2,}\s*messaggio inoltrato\s*-{2,}", r"inizio messaggio inoltrato\s*:",
    r"-{2,}\s*doorgestuurd bericht\s*-{2,}", r"begin doorgestuurd bericht\s*:", r"-{2,}\s*vidarebefordrat meddelande\s*-{2,}",
    r"början på vidarebefordrat meddelande\s*:",
)
# Header names of an Outlook-style quoted block: "From:" then "Sent:"/"Date:" within a few lines.
FROM_WORDS = ("from", "de", "da", "van", "från", "von")
DATE_WORDS = ("sent", "date", "envoyé", "inviato", "data", "verzonden", "datum", "skickat", "gesendet", "to", "à", "a", "aan", "till", "subject", "objet", "oggetto", "onderwerp", "ämne")
SUBJECT_WORDS = ("subject", "objet", "oggetto", "onderwerp", "ämne", "betreff")
TO_WORDS = ("to", "à", "a", "aan", "till", "an")

# What a meeting is about: "<meeting word> <about word> X" and "to discuss X".
MEETING_NOUNS: dict[Language, str] = {
    L.en: r"meet|talk|speak|meeting|call|session|appointment|workshop|review|catch-up|catch up|presentation|demo|discussion|chat|visit|lunch|meet-up|kick-off|kickoff",
    L.fr: r"se voir|nous voir|parler|échanger|réunion|rendez-vous|rdv|point|entretien|appel|rencontre|séance|atelier|présentation|visio|déjeuner|échange|visite",
    L.it: r"vederci|sentirci|parlare|riunione|incontro|appuntamento|call|chiamata|colloquio|presentazione|sessione|videochiamata|pranzo|confronto|visita",
    L.nl: r"afspreken|spreken|praten|bellen|videobellen|overleg|afspraak|vergadering|gesprek|meeting|bespreking|call|presentatie|sessie|lunch|bezoek|kennismaking",
    L.sv: r"ses|träffas|prata|höras|ringas|möte|mötet|träff|träffen|samtal|samtalet|genomgång|genomgången|presentation|workshop|lunch|besök|avstämning",
}
ABOUT_WORDS: dict[Language, str] = {
    L.en: r"about|on|regarding|re|concerning|for(?= (?:the|our|your|a) )|of(?= (?:the|our|your) )|to discuss|to go over|to talk about|to review",
    L.fr: r"du|de la|des|sur|pour(?= (?:le|la|les|l'|l’|un|une|notre|votre|nos|vos) )|concernant|au sujet de|au sujet du|à propos de|à propos du|pour discuter de|pour discuter du|pour parler de|pour parler du|pour faire le point sur|relative à|relatif à",
    L.it: r"per(?= (?:il|lo|la|i|gli|le|l'|l’|un|una) )|del|della|dello|dei|degli|delle|su|sul|sulla|sui|sugli|sulle|riguardo|riguardo a|riguardo al|riguardante|relativo a|relativa a|per discutere di|per discutere del|per parlare di|per parlare del|per fare il punto su|per fare il punto sul",
    L.nl: r"voor(?= (?:de|het|een|onze|uw) )|van(?= (?:de|het) )|over|betreffende|omtrent|inzake|m\.b\.t\.|met betrekking tot",
    L.sv: r"om|angående|kring|gällande|rörande",
}
DISCUSS_VERBS: dict[Language, str] = {
    L.en: r"to (?:discuss|go over|talk about|review|go through|look (?:at|over|through)|plan|prepare|finali[sz]e|sort out|nail down|agree on)|walk (?:us|me) through|take (?:us|me) through",
    L.fr: r"pour (?:discuter|parler|faire le point|échanger|revoir|présenter|caler|préparer|boucler|finaliser|regarder ensemble|voir ensemble|passer en revue)(?: (?:de|du|des|sur|d'))?|pour qu'on (?:cale|prépare|boucle|finalise|revoie|discute(?: de| du| des)?|parle(?: de| du| des)?)",
    L.it: r"per (?:discutere|parlare|fare il punto|rivedere|presentare|confrontarci|definire|preparare|organizzare|mettere a punto|(?:vedere|guardare|rivedere|esaminare) insieme)(?: (?:di|del|della|dei|delle|sul|sulla|su))?",
    L.nl: r"om",  # "om X te bespreken" closes with DISCUSS_TAIL
    L.sv: r"för att (?:diskutera|prata om|gå igenom|stämma av|titta på|kolla på|planera|spika|förbereda)|(?:ses|träffas|mötas) och (?:kolla på|titta på|gå igenom|prata om|diskutera)",
}
DISCUSS_TAIL = {L.nl: r"\s+te (?:bespreken|doornemen|bekijken|presenteren|plannen|regelen|voorbereiden)"}
LEADING_ARTICLES: dict[Language, tuple[str, ...]] = {  # kept: "la revue du compte" reads as written
    L.en: ("our", "your", "a", "an"),
    L.fr: ("notre", "votre", "nos", "vos", "un", "une"),
    L.it: ("il nostro", "la nostra", "i nostri", "un", "una"),
    L.nl: ("onze", "ons", "uw", "jullie", "een", "die"),
    L.sv: ("vårt", "vår", "ert", "er", "ditt", "din", "ett", "en"),
}
# Subjects that name no meeting topic on their own.
GENERIC_SUBJECT_WORDS = {
    "confirmation", "confirm", "confirmed", "bekräftelse", "bekräftat", "bevestiging", "conferma", "confermato", "reminder", "rappel", "promemoria", "herinnering", "påminnelse",
    "meeting", "our", "the", "a", "an", "call", "session", "chat", "your", "appointment", "question", "request", "quick", "cancellation", "cancelled",
    "canceled", "reschedule", "rescheduling", "tomorrow", "today", "next", "week", "meet", "change", "new", "time",
    "date", "urgent", "sorry", "hi", "hello", "hey", "update", "follow-up", "follow", "up", "fyi", "info",
    "réunion", "rendez-vous", "rdv", "notre", "votre", "échange", "appel", "point", "séance", "les", "un", "une", "l'", "de", "du", "le", "la", "annulation", "report", "demain", "aujourd'hui",
    "changement", "question", "demande", "nouvelle", "urgent", "désolé", "désolée", "bonjour", "absence",
    "riunione", "appuntamento", "incontro", "il", "nostro", "nostra", "call", "sessione", "una", "annullamento", "disdetta", "domani", "oggi", "cambio",
    "domanda", "richiesta", "spostamento", "ciao", "assenza",
    "afspraak", "overleg", "vergadering", "onze", "ons", "het", "gesprek", "belletje", "sessie", "een", "de", "afzegging", "annulering", "morgen", "vandaag", "vraag",
    "verzoek", "nieuwe", "verplaatsen", "wijziging", "hoi", "afwezigheid",
    "möte", "mötet", "vårt", "vår", "samtal", "samtalet", "träff", "träffen", "ett", "en", "avbokning", "ombokning", "imorgon", "idag", "fråga", "ny", "nytt", "tid", "hej", "frånvaro",
    "-", ":", "–", "?", "!",
    # what kind of message the subject heads ("Convocazione – tavolo tecnico", "Request to reschedule: X")
    "to", "for", "of", "convocazione", "convocation", "kallelse", "oproep", "invitation", "invito", "uitnodiging", "inbjudan",
    "invite", "postponement", "report", "rinvio", "uitstel", "flytt", "missed", "gemiste", "missade",
}

# Kinds of message, by cue (regex alternatives, matched case-insensitively on the new message only).
CUES: dict[str, dict[Language, str]] = {
    "policy_question": {
        L.en: r"how (?:much|long|many hours)(?: of)? notice|deposit\b[^.?!\n]{0,60}\b(?:refund\w*|returned|back|lost|forfeit\w*|credit)|what are your (?:rules|arrangements)\b[^.?!\n]{0,80}\b(?:cancel|miss|sick|ill)|how far in advance|how long before|cancell?ation (?:policy|fee|terms|conditions)|(?:terms|conditions|policy|rules)\b[^.?!\n]{0,80}\b(?:cancel|no-show)|what happens if (?:i|we|you|he|she|they|someone|somebody|one of us|my \w+|our \w+) (?:[\w'’]+ ){0,3}(?:cancel|miss|postpone|move)|(?:is|are) there (?:any|a) (?:refund|credit|partial refund)|(?:charge|charged|fee|pay|billed|invoice)\b.{0,60}\b(?:cancel|miss|no-show)|(?:cancel|miss)\w*\b.{0,60}\b(?:charge|charged|fee|pay|billed)|what (?:is|are) your (?:policy|terms)|(?:find out|know|ask) about your (?:cancell?ation|refund|rescheduling) (?:policy|terms|rules)|is (?:that|this) (?:really )?(?:the|your) (?:policy|rule)|how (?:does|do) (?:it|the policy|your policy) work",
        L.fr: r"combien de temps (?:à l'avance|avant)|(?:acompte|arrhes)\b[^.?!\n]{0,60}\b(?:rembours\w*|rendu|rendus|perdu|perdus|avoir)|quelles sont vos (?:conditions|règles|modalités)\b[^.?!\n]{0,80}\b(?:annul|absen|malad)|jusqu'à combien d'heures avant|délai de prévenance|ce qui se passe (?:si|en cas d['’]) ?(?:j['’]annule|annulation|absence)|que se passe-t-il (?:si|en cas d['’]) ?(?:j['’]annule|annulation|absence)|(?:politique|conditions|règles|frais) d'annulation|(?:conditions|règles|frais|modalités|politique)\b[^.?!\n]{0,80}\bannulation|(?:factur|frais|payer|pénalit)\w*\b.{0,60}\bannul|annul\w*\b.{0,60}\b(?:factur|frais|payer|pénalit)",
        L.it: r"con quanto (?:anticipo|preavviso)|(?:caparra|acconto)\b[^.?!\n]{0,60}\b(?:restituit[ao]|rimborsat[ao]|res[ao]|pers[ao]|buono)|cosa succede (?:se|in caso di) (?:devo )?(?:disdire|annullare|saltare|disdetta|annullamento)|quali sono le vostre (?:condizioni|regole)\b[^.?!\n]{0,80}\b(?:disdi|annull|malatti|assen)|quanto (?:tempo )?prima (?:posso|devo) (?:disdire|annullare|spostare)|(?:politica|condizioni|regole|costi|penale|penali) (?:di|per l') ?(?:annullamento|cancellazione)|(?:condizioni|regole|politica)\b[^.?!\n]{0,80}\b(?:annullamento|disdetta|cancellazione)|(?:costi|penal|pagare|addebit|fattur)\w*\b.{0,60}\b(?:annull|disdett|disdire)|(?:annull|disdett|disdire)\w*\b.{0,60}\b(?:costi|penal|pagare|addebit|fattur)",
        L.nl: r"(?:tot )?hoe lang van tevoren|(?:aanbetaling|voorschot|borg)\b[^.?!\n]{0,60}\b(?:terug\w*|verloren|tegoedbon)|hoe(?:veel| lang| ver) op voorhand|wat (?:zijn|is) (?:jullie|uw|je|de) (?:afspraken|regels|voorwaarden|regeling|beleid)\b[^.?!\n]{0,80}\b(?:afzeg|annuler|ziekte|gemist)|hoeveel (?:uur|dagen) van tevoren|kosteloos (?:annuleren|afzeggen|verzetten)|annulerings(?:beleid|voorwaarden|kosten|regeling|termijn|periode)|wat (?:er )?gebeurt (?:er )?als (?:ik|we) (?:\w+ ){0,6}(?:annuleer|annuleren|afzeg|afzeggen|mis)|(?:voorwaarden|regels|beleid)\b[^.?!\n]{0,80}\b(?:annuler|afzeg)|(?:kosten|betalen|in rekening|factu)\w*\b.{0,60}\b(?:annuler|afzeg|afmeld)|(?:annuler|afzeg|afmeld)\w*\b.{0,60}\b(?:kosten|betalen|in rekening|factu)",
        L.sv: r"hur (?:lång|långt) (?:framförhållning|i förväg)|vad (?:som )?gäller (?:vid|om|för|när) (?:\w+ ){0,5}(?:avbok|återbud|sjuk|förhinder)\w*|(?:avbok|återbud)\w*\b[^.?!\n]{0,60}\bhur sent\b|(?:handpenning|anmälningsavgift|deposition)\w*\b[^.?!\n]{0,60}\b(?:tillbaka|återbetal\w*|förlorad|förverkad)|hur sent (?:kan|får|måste) (?:vi|jag|man) (?:avboka|lämna återbud|boka om)|vilka (?:regler|villkor) (?:har ni|gäller)\b[^.?!\n]{0,80}\b(?:avbok|återbud|sjuk|utebl)|hur många timmar (?:innan|före|i förväg)|framförhållning\b[^.?!\n]{0,80}\b(?:avbok|ställa in|återbud)|(?:avbok|ställa in|återbud)\w*\b[^.?!\n]{0,80}\bframförhållning|avboknings(?:regler|villkor|avgift|policy)|(?:villkor|regler|policy)\b[^.?!\n]{0,80}\b(?:avbok|återbud)|(?:avgift|betala|debiter|faktur)\w*\b.{0,60}\b(?:avbok|avboka|ställa in|utebl)|(?:avbok|ställa in|utebl)\w*\b.{0,60}\b(?:avgift|betala|debiter|faktur)",
    },
    "absence": {
        L.en: r"\b(?:(?:spaced|zoned out) on (?:our|the|my|your)|(?:stood|standing) (?:you|u) up|(?:sorry|apologi[sz]e|apologies)(?: again)? (?:for|about) (?:[^.!?\n]{0,50}\s)?(?:yesterday(?:'s)?|last night(?:'s)?|this morning's)(?![\w'])|(?:sorry|apologi[sz]e|apologies) for not (?:joining|attending|coming|being there|making it|showing up)|not having (?:joined|attended|come|made it)|missed|missing (?:our|the|my|your)|i forgot|forgot (?:about )?(?:our|the)|didn't make it|did not make it|couldn't make it|could not make it|wasn't able to (?:come|make it|attend)|was not able to|no-show|nobody (?:came|turned up|showed up)|sorry i (?:didn't|did not) (?:come|show|turn up|join)|blanked on|totally forgot|completely forgot|forgot all about|didn't show up|did not show up|never (?:showed|turned) up|didn't turn up|did not turn up|failed to (?:attend|turn up|show up|join)|(?:didn't|did not|never) (?:dial|log|call) in|wasn't there|no-showed|(?:sorry|apologies|apologise|apologize) (?:again )?(?:about|for) (?:yesterday|this morning|earlier today|earlier|last night|this afternoon)|for missing|i was stuck|got stuck|i was held up|waited for (?:me|us)|waited in vain|(?:came|come) (?:round|over|by) for nothing|had (?:it|the \w+) (?:down|in (?:my|the) (?:diary|calendar|agenda)) for [^.!?\n]{0,40}\binstead of)",
        L.fr: r"\b(?:(?:vous|t['’]) ?(?:ai|avoir|avais) posé un lapin|(?:excuses?|désolée?s?|pardon) (?:pour|de|d['’]avoir manqué) [^.!?\n]{0,50}\b(?:d['’]hier|de ce matin|de cet après-midi)\b|d['’]avoir (?:manqué|raté|oublié) (?:notre|votre|ta|la|le|mon|ma|nos)|(?:pour|de) (?:mon|notre) absence|(?:pour|de) ne pas (?:être venue?|avoir pu venir|m'être connectée?|m['’]être présentée?|être présente?)|j'ai (?:(?:complètement|totalement|bêtement|malheureusement|vraiment) )?(?:oublié|raté|manqué)|n'ai pas pu (?:venir|être présent|me rendre|assister|me connecter|me présenter|me déplacer)|ne me suis pas (?:\w+ )?(?:présentée?|connectée?)|pas pu venir|ne suis pas venue?|n'ai pas pu me libérer|pas pu me connecter|oublié notre|oublié le rendez-vous|personne n['’]est venue?|nous avons (?:\w+ )?oublié|on a (?:\w+ )?oublié|n'étiez plus là|(?:excuses?|désolée?) (?:\w+ )?pour (?:ce matin|hier|cet après-midi|tout à l'heure|tantôt)|pas pu vous prévenir|j['’]étais (?:\w+ )?bloquée?|je suis restée? bloquée?|(?:m|nous)['’]avez attendue?s?|attendu pour rien|(?:pour|de) (?:la|le|l['’]|notre|mon|ma) ?(?:réunion|séance|rendez-vous|rdv|cours|visio|consultation|leçon|appel) (?:\w+ )?manquée?|(?:l['’]avais|avais) noté [^.!?\n]{0,40}\bau lieu d)",
        L.it: r"\b(?:(?:ti|le|vi) ho dato buca|(?:mi )?scus\w*(?: \w+)? per (?:[^.!?\n]{0,50}\b)?(?:di|d['’]) ?(?:ieri|stamattina|stamani|questa mattina|oggi pomeriggio)\b|(?:per )?aver(?:e)? (?:saltato|mancato|perso|dimenticato) (?:la|il|l['’]|lo|il nostro|la nostra)|per non essermi (?:collegat[oa]|presentat[oa]|connes\w+)|per (?:la mia|l'|l’)assenza|non sono riuscit[oa] (?:a |ad )?(?:avvisar\w*|presentarmi|collegarmi|arrivare)|non mi sono (?:\w+ )?(?:collegat[oa]|presentat[oa]|fatt[oa] vivo|fatt[oa] viva)|mi sono (?:completamente )?dimenticat[oa]|me ne sono (?:\w+ )?dimenticat[oa]|nessuno (?:di noi )?è venut[oa]|non sono (?:potut[oa]|riuscit[oa]) (?:a )?(?:venire|esserci|partecipare|collegarmi)|ho perso|non mi sono presentat[oa]|non essermi presentat[oa]|non sono venut[oa]|passato (?:\w+ )?di mente|scordat[oa]|dimenticat[oa] (?:il|l'|la|del|dell')|(?:mi scuso|mi scusi|scusi|scusa|scusami|scusate|mi dispiace|mi perdoni|perdonami|perdonatemi) (?:\w+ )?(?:ancora )?per (?:ieri|stamattina|stamani|questa mattina|oggi pomeriggio|prima)|ero bloccat[oa]|sono rimast[oa] bloccat[oa]|(?:mi|ci) (?:abbia|ha|avete) aspettat[oaie]|aspettat[oa] invano|(?:l['’]ero|l['’]avevo|me l['’]ero) (?:segnat[oa]|annotat[oa]) [^.!?\n]{0,40}\binvece)",
        L.nl: r"\b(?:(?:je|jou|u|jullie) [^.!?\n]{0,30}\b(?:heb|hebben) laten zitten|(?:excuses|sorry|het spijt me) (?:voor|van|over) [^.!?\n]{0,50}\b(?:van gisteren|van vanochtend|van vanmorgen|gisteren)\b|ik (?:ben|was) (?:het )?vergeten|vergeten|(?:heb|had) [^.!?\n]{0,40}niet kunnen komen|niet kon komen|kon niet komen|niet (?:op|naar|bij) (?!de hoogte)[^.!?\n]{0,60}\b(?:ben |zijn |is )?(?:geraakt|gekomen|geweest|verschenen|ingelogd|was)\b|niet aanwezig (?:kunnen|kon) zijn|gemist|niet (?:ben )?komen opdagen|niet verschenen|ben het vergeten|niemand (?:is )?(?:ge)?komen|helemaal vergeten|was er niet|(?:excuses|sorry|het spijt me) (?:\w+ )?(?:voor|van|over) (?:gisteren|vanochtend|vanmorgen|vanmiddag|daarnet)|ik er (?:\w+ ){0,2}niet was|ik zat (?:\w+ ){0,3}vast|(?:op mij|op ons) (?:heeft |hebt )?gewacht|voor niets voor de deur|tevergeefs|in (?:mijn|de) agenda [^.!?\n]{0,40}\bin plaats van)",
        L.sv: r"\b(?:(?:förlåt|ursäkta|sorry|ber om ursäkt) (?:för|om) [^.!?\n]{0,50}\b(?:igår|i går|i morse|i förmiddags)\b|(?:förlåt|ursäkta|sorry|ber om ursäkt) för gårdagens\b|jag glömde|glömde bort|missade|kunde inte komma|kunde inte närvara|hade inte möjlighet att komma|(?:inte )?dök (?:inte |aldrig )?upp|(?:att jag|jag) (?:inte|aldrig) var på plats|jag var (?:inte|aldrig) på plats|kom inte|glömt bort|ingen (?:av oss )?kom\b|missat|(?:förlåt|ursäkta|sorry) (?:\w+ )?(?:för|om) (?:i går|igår|i morse|i förmiddags|i eftermiddags)|(?:att jag|jag) inte (?:kom|dök upp|var där|kunde komma)\b|satt fast|fastnade|väntade på (?:mig|oss)|väntat på (?:mig|oss)|förgäves|(?:skrivit upp|antecknat|i kalendern) [^.!?\n]{0,40}\bi stället för)",
    },
    "cancellation": {
        L.en: r"\b(?:(?:have|need|got) to (?:bail on|pull out of|drop out of|skip) (?:our|the|this|tomorrow|today|tonight|\w+'s)|let's scrap|(?:scrap|scrapping) (?:our|the|\w+'s)\b|i won't be (?:there|able to be there)(?= [^.!?\n]{0,20}?(?:\bat \d|\d ?(?:am|pm)\b|\bthis (?:morning|afternoon|evening)\b|\btonight\b|\bfor (?:the|our)\b))|no (?:more )?need for (?:the|our|your|this|that|a)\b[^.!?\n]{0,60}\b(?:any ?more|after all|now)\b|(?:there's|there is) no (?:longer (?:any )?)?need (?:for|to hold|to have) (?:the|our|your|this|that)\b|(?:will|shall) not go ahead|won't go ahead|(?:not going|won't) (?:to )?be able to (?:come|make it|attend|join)|(?:we|i)(?:'ll| will)? (?:won't|will not|no longer|don't|do not) (?:\w+ )?need (?:the|our|your|this|that)\b|(?:is|are) no longer (?:possible|going to work)|cancel|cancell?ed|cancell?ing|call(?:ing)? (?:it |this |that |the \w+ )?off|called (?:it )?off|won't be able to (?:come|make it|attend|join)|will not be able to (?:come|make it|attend|join)|can't make it|cannot make it|won't make (?:it|our|the)|can't make (?:our|the)|can't come|cannot come|can't attend|unable to (?:attend|come|make it|join)|have to drop|need to drop|won't make it|have to cancel|(?:can't|cannot|can not) do (?:today|tomorrow|this|that|monday|tuesday|wednesday|thursday|friday|mon|tue|wed|thu|fri)\b|won't be able to make|not going to make it|have to bow out|pull out|(?:won't|will not|not) (?:be )?go(?:ing)? ahead|something(?:'s| has)? come up|something came up|i can't(?= ?[,.;!]| do (?:it|that|the|our))|i cannot(?= ?[,.;!])|(?:not|unable to|n't) (?:be able to )?proceed with|(?:no longer|not) be able to (?:hold|run|host|go ahead with|deliver)|(?:can|will) no longer (?:hold|run|host|go ahead with)|(?:rather|prefer(?:red)?) not (?:to )?(?:go ahead|hold|keep|run)|(?:is|are)n'?t going to happen|not going to happen)|\bcan(?:'t|not| no longer) do (?:on )?(?:this |next )?(?:saturday|sunday)s?\b",
        L.fr: r"\b(?:(?:je dois|je vais devoir|obligée? de) me désister|(?:on|nous) laisse(?:ons)? tomber (?:la|le|l['’]|notre)|je ne serai (?:\w+ )?pas (?:là|présente?)(?= [^.!?\n]{0,20}?(?:\bà \d|\d ?h\b|\d ?h\d|\bce (?:matin|soir|midi)\b|\bcet (?:après-midi|aprem|aprèm)\b|\bpour (?:la|le|notre|l['’])))|n['’](?:a|aura) plus (?:lieu|de raison) d['’]être|n['’]est plus nécessaire|ne (?:se )?tiendra pas|ne vais pas pouvoir (?:venir|être|assister|participer|me libérer|me connecter|honorer)|(?:nous n['’]aurons|je n['’]aurai|on n['’]aura|nous n['’]avons|je n['’]ai|on n['’]a) (?:\w+ )?plus besoin (?:de|du|des|d['’])|n'est plus possible|ne m'est plus possible|(?:je suis|serai) (?:malheureusement )?empêchée?|annul\w*|ne pourr(?:ai|a|ons) pas (?:venir|être là|être présente?|assister|assurer|me rendre|se rendre|honorer|participer)|je ne pourrai finalement pas|impossible (?:de venir|pour moi de venir|d'être présent)|je dois me décommander|décommander|je ne pourrai pas être là|ne pourrai pas être présente?|je ne pourrai plus|je dois annuler|je ne peux (?:pas|plus)(?= ?[,.;!]| venir| être là)|n['’]aura pas lieu|(?:ne )?pourra pas avoir lieu|ne se tiendra pas|ne pourr(?:ons|ai) plus (?:tenir|organiser|assurer|maintenir)|(?:ne pas|ne plus) (?:la |le |les )?maintenir|ça ne va pas le faire)|\bj(?:e ne |e |')peux (?:pas|plus) (?:le |ce )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain)\b",
        L.it: r"\b(?:non ha più (?:motivo|ragione) d['’]essere|non (?:è|sarà) più necessari[oa]|non riuscirò (?:a |ad )?(?:venire|esserci|partecipare|collegarmi)|non (?:ci |mi )?(?:serve|servirà|servono) più|non (?:abbiamo|ho|avremo|avrò) più bisogno (?:di|del|della|dello|dell['’])|non (?:mi )?è più possibile|(?:sono|sarò) (?:purtroppo )?impossibilitat[oa]|annull\w*|disdire|disdico|disdetta|non potrò (?:venire|esserci|partecipare|essere presente)|non ci sarò|non ce la faccio|non riusciamo|salta\b|non riesco (?:a )?(?:venire|esserci|partecipare|farla|farlo|farcela)|non posso (?:venire|esserci|partecipare)|non riesco più a|non potrò più|devo annullare|non riesco(?= ?[,.;!]| più\b)|non ce la faccio|non (?:potrà|può) (?:più )?avere luogo|non avrà luogo|non si terrà|non (?:potremo|potrò) più (?:tenere|svolgere|organizzare|fare)|(?:ho|ho avuto|abbiamo) un imprevisto|(?:mi|ci) è (?:sorto|capitato) un imprevisto|(?:preferiamo|preferisco|meglio) non (?:tenere|mantenere|confermare|fare))|\bnon (?:posso|possiamo|riesco|riusciamo) più (?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|domani)\b",
        L.nl: r"\b(?:(?:moet|moeten) (?:\w+ )?afhaken|haak (?:\w+ )?af\b|ik (?:zal|kan) er (?:\w+ )?niet (?:zijn|bij zijn)(?= [^.!?\n]{0,20}?(?:\bom \d|\bvan(?:middag|ochtend|morgen|avond)\b|\bvoor (?:de|het|onze)\b))|niet meer mogelijk|(?:is|zijn) (?:dus |daarom )?niet meer nodig|(?:gaat|gaan) (?:dus |daarom |helaas )?niet door|hoeft (?:dus |daarom )?niet meer (?:door te gaan|plaats te vinden)|(?:hebben|heb|zullen|zal) [^.!?\n]{0,80}\b(?:toch )?niet (?:meer )?nodig\b|kan ik (?:helaas |toch |dan |die dag |morgen |vandaag )*niet(?= ?[,.;!])|(?:ben|zijn) [^.!?\n]{0,30}\bverhinderd|verhinderd|annuleer\w*|annuleren|afzeggen|(?:laten|laat) vervallen|vervalt|zeg\w* (?:de afspraak |het overleg |het )?af|afmelden|kan (?:helaas |toch |morgen |vandaag )*niet (?:komen|aanwezig zijn|deelnemen)|moet (?:helaas )?afzeggen|(?:ga|zal|gaan|zullen) [^.!?\n]{0,40}niet (?:kunnen )?(?:komen|aanwezig zijn|deelnemen)|kan (?:helaas |dus |niet )*niet doorgaan|gaat (?:helaas )?niet door|afmeld\w*|kan [^.!?\n]{0,50}\bniet (?:komen|bij|aanwezig|deelnemen)|niet door (?:kan )?gaan|kan (?:er )?niet bij zijn|moet (?:helaas )?(?:het|de afspraak|ons overleg) afzeggen|lukt (?:me|mij|het) (?:helaas |toch |echt )*niet(?! om)|komt (?:me|mij|ons) (?:\w+ ){0,2}niet (?:goed |meer )?uit|komt te vervallen|vervalt|er is iets tussengekomen|(?:mag|mogen|kan|kunnen|wordt|worden) (?:\w+ ){0,2}geschrapt|schrappen|gaat (?:hem|het) (?:\w+ )?niet worden|(?:lukt|past) (?:\w+ ){0,2}niet meer\b|liever niet (?:laten )?doorgaan)|\bkan [^.!?\n]{0,50}\bniet naar [^.!?\n]{0,40}\b(?:komen|gaan)\b|\baf te zeggen\b",
        L.sv: r"\b(?:(?:måste|behöver) (?:\w+ )?(?:hoppa av|skippa|stryka) (?:mötet|träffen|lektionen|samtalet|passet|tiden|vår|vårt|den|det)|behövs (?:alltså |därför )?inte längre|blir (?:alltså |därför |tyvärr )?inte av|kommer (?:tyvärr )?inte (?:att )?kunna (?:komma|närvara|delta|vara med)|(?:vi|jag) behöver (?:\w+ ){0,2}(?:inte|ingen) [^!?\n]{0,80}\b(?:ändå|längre)\b|inte längre möjligt|går inte längre|(?:är|blir) (?:tyvärr )?förhindrad|avboka\w*|ställa in|ställer in|inställt|kan (?:tyvärr |inte |ändå )*inte (?:komma|närvara|delta)|kan tyvärr inte|kan jag (?:tyvärr )?inte|måste (?:tyvärr )?(?:avboka|ställa in|lämna återbud)|återbud|(?:kommer|kan) (?:tyvärr )?inte (?:att )?(?:kunna )?vara med|måste (?:tyvärr )?(?:avboka|ställa in)|lämna återbud|jag kan inte(?= ?[,.;!])|går inte för mig|(?:kan|kommer) (?:tyvärr )?inte (?:längre )?(?:att )?(?:kunna )?(?:hålla|genomföra)|kan inte längre (?:hålla|genomföra)|stryk\w* (?:vår|mötet|tiden|bokningen)|(?:något|det) har kommit emellan|blir (?:det )?inget (?:av )?med|(?:väljer|föredrar) (?:att )?inte (?:genomföra|hålla))|\bkan (?:tyvärr )?inte (?:längre )?(?:på )?(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|i morgon|imorgon)\b",
    },
    "move": {
        L.en: r"\b(?:reschedul\w*|(?<!the )(?<!your )(?<!a )move(?! went| was| is over)|moving|postpone\w*|push (?:it |our meeting |the meeting )?back|push (?:our|the|it|this)|bring (?:[\w'’-]+ ){0,3}forward|another (?:time|day|date|slot)|different (?:time|day|date)|change the (?:time|date)|later (?:time|date|slot)|shift (?:our|the)|instead(?! of (?:me|us|him|her|them|my|our)\b)|neither (?:of (?:them|those|these|your)|slot|option|works|date|time|day)|a week later|none of (?:those|these|the) (?:slots|times|options|dates)|we had .{0,40}\b(?:booked|scheduled|planned|set|pencilled)|push .{0,30}\bto\b|(?:can|could|would|shall) we push\b|we (?:can|could) push\b|push(?:ed|ing)? (?:[\w'’-]+ ){0,3}(?:back|out|later)|none of your (?:\w+ )?(?:slots|times|dates|options|suggestions))",
        L.fr: r"\b(?:déplacer|décaler|reporter|repousser|report(?:er)? (?:notre|le|la)|avancer (?:notre|le|la)|changer (?:la date|l'heure|l'horaire)|un autre (?:jour|moment|créneau|horaire)|une autre (?:date|heure)|à la place(?! de (?:moi|nous|mon|ma|notre))|aucun des deux|aucune des deux|aucun de ces|aucun de vos (?:deux |trois )?(?:créneaux|horaires)|aucune de vos (?:deux |trois )?(?:dates|propositions)|ni l'un ni l'autre|nous avions (?:calé|prévu|fixé|planifié)|on décale|on reporte|\bni (?:le |la )?\w+ ni\b|(?:pourrais|pourriez|pourrait|pourrions|peux|peut|pouvez)[^.?!\n]{0,40}\bplutôt\b|une semaine plus tard|(?:on peut |pourrait-on |peut-on )?glisser (?:à|au|sur|jusqu))",
        L.it: r"\b(?:spostare|spostiamo|rimandare|rimandiamo|posticipare|posticipiamo|anticipare|anticipiamo|rinviare|rinviamo|(?:posticipar|rimandar|anticipar|rinviar)(?:l[oaie]|ne|ci)\b|un altro (?:giorno|orario|momento)|un'altra (?:data|ora)|cambiare (?:la data|l'orario|data|orario)|spostar\w*|invece(?! (?:di|che) (?:me|noi|a me|a noi|mio|mia|nostro|nostra))|nessuna delle due|nessuno dei due|avevamo (?:fissato|previsto|messo)|\bné (?:il |la |lo )?\w+ né\b|una settimana dopo|la settimana dopo|più tardi|farla alle|farlo alle|slittare|slittiamo|far slittare)",
        L.nl: r"\b(?:verzetten|(?:verzet|verplaatst|verschoven|uitgesteld) (?:kan |kunnen )?(?:worden|\w+ worden)|verplaatsen|verschuiven|uitstellen|opschuiven|ander(?:e)? (?:moment|dag|datum|tijdstip|tijd)|naar (?:later|een ander)|in plaats daarvan|geen van beide|geen van de|(?:op )?beide momenten|(?:kan|kunnen|zou)[^.?!\n]{0,40}\bliever\b|een week later|we hadden .{0,60}\b(?:staan|gepland|ingepland)|uurtje later|later doen|schuiven|vervroegen|vervroeg\w*|later zetten|i\.p\.v\.)",
        L.sv: r"\b(?:flytta|flyttar|skjuta upp|skjuta på|senarelägga|tidigarelägga|boka om|ombokning|en annan (?:tid|dag)|ett annat (?:datum|tillfälle|klockslag)|byta tid|(?:istället|i stället)(?! för (?:till )?(?:mig|oss|honom|henne|dem|min|mitt|vår|vårt))|ingen av (?:dem|tiderna)|inget av (?:förslagen|alternativen)|båda tiderna|en vecka senare|inget av (?:de|dem)|ingen av de|vi hade .{0,40}\b(?:bokat|planerat|satt)|skjuta fram|flytta fram)",
    },
    "away": {
        L.en: r"\b(?:i will be (?:away|absent|out of (?:the )?office|on leave)|i'll be (?:away|absent|out of (?:the )?office|on leave)|out of office|on sick leave|out sick|i'?m (?:ill|sick))",
        L.fr: r"\b(?:je serai absente?|absente? (?:du|jusqu)|en congé|je suis malade|malade aujourd'hui)",
        L.it: r"\b(?:sarò assente|sono assente|in ferie|sono malat[oa]|fuori ufficio)",
        L.nl: r"\b(?:ik ben afwezig|ik ben ziek|afwezig (?:van|tot)|met vakantie|niet op kantoor)",
        L.sv: r"\b(?:jag är sjuk|är frånvarande|på semester|tjänstledig|inte på kontoret)",
    },
    "invitation": {
        L.en: r"\b(?:welcome you|presentation|demo|how about|what about|sync|quick chat|talk|meet|meeting|catch up|catch-up|get together|call|invite|invitation|appointment|available|availability|sit down|lunch|visit|session|workshop)\b|conversation|suit you|would welcome|lock in|set up|fit in|do you have time|\b(?:fancy|up for|would you (?:like to|be free|be up for|join)|grab (?:a |some )?(?:coffee|lunch|drink|bite)|coffee|drinks?|dinner|join (?:me|us)|(?:can|could|would|might) (?:\w+ )?join|(?:are )?you (?:around|free)|go (?:over|through)|run through)\b",
        L.fr: r"\b(?:vous accueillir|présentation|démonstration|réunion|rendez-vous|rdv|se voir|nous voir|vous voir|rencontrer|rencontre|invit\w*|disponible|disponibilités?|dispo|point|appel|déjeuner|visio|se voie|se voit|on se voit|caler un)\b|proposer|propose|caler|seriez-vous|auriez-vous|me recevoir|nous recevoir|vous rencontrer|échanger|parler|\b(?:ça te dirait|ça vous dirait|ça te tente|ça vous tente|te joindre|vous joindre|déj|dej|dîner|diner|café|un verre|apéro|participer|(?:es-tu|êtes-vous|tu es|vous êtes|t'es) (?:libre|là)|passer en revue)\b",
        L.it: r"\b(?:accoglierla|ospitarla|presentazione|dimostrazione|riunione|incontro|incontrarci|incontrarla|vederci|appuntamento|invit\w*|disponibile|disponibilità|call|chiamata|pranzo)\b|proporle|propongo|fissare|organizzare|vederla|sentirla|parlarne|incontrarla|\b(?:ti andrebbe|le andrebbe|ti va di|le va di|aperitivo|caffè|cena|esserci|partecipare|partecipassi|partecipasse|unirti|unirsi|saremmo lieti|saremmo felici|sarei lieto|sarei lieta|averla|averti|convegno|evento|ospitarla|ospitarti|(?:avrebbe|avresti|ha|hai) (?:del |un po' di )?tempo|confronto|sei liber[oa]|è liber[oa]|ci sei|riesci a (?:unirti|venire)|potresti unirti|potrebbe unirsi)\b",
        L.nl: r"\b(?:ontvangen|presentatie|demo|bellen|belletje|videocall|afspraak|afspreken|overleg|vergadering|meeting|bijeenkomst|zien|uitnodig\w*|beschikbaar|gesprek|langskomen|lunch|kennismaken)\b|nodig\w* (?:\w+ ){0,3}uit|stel (?:ik |we )?voor|heb je (?:\w+ ){0,3}tijd|heeft u (?:\w+ ){0,3}tijd|tijd voor|bij te praten|bijpraten|\b(?:zin om|zin in|lunchen|koffie|borrel|etentje|bijwonen|meegaan|meekomen|aansluiten|deelnemen|ben je (?:vrij|er)|bent u (?:vrij|er)|kan je erbij|kun je erbij|kunt u erbij|doorlopen)\b",
        L.sv: r"\w*möte\b|\b(?:välkomna|presentation|demo|möte|mötas|träffas|träffa|ses|träff|inbjudan|bjuda in|tillgänglig|ledig|samtal|lunch|besök|boka)\b|föreslår|har du tid|har ni tid|hålla|tid för|\b(?:fika|ska vi ta|ska vi ses|ses vi|käka|middag|vara med|delta|hänga med)\b",
    },
}
# Verbs that ask in so many words to move a meeting (a late "cannot make it" with one of them asks to move it).
MOVE_VERBS: dict[Language, str] = {
    L.en: r"\b(?:reschedul\w*|move (?:it|our|the|this|that|today|tomorrow|[\w]+['’]s)|moving (?:it|our|the)|(?:can|could|would|shall) we move|postpone|push (?:it|our|the) (?:back|to)|make (?:it|this|that|the \w+) up)\b",
    L.fr: r"\b(?:déplacer|décaler|reporter|repousser|on décale|on reporte|rattraper)\b",
    L.it: r"\b(?:spostar\w*|spostiamo|rimandar\w*|rimandiamo|posticipar\w*|rinviar\w*|(?:possiamo|potremmo|posso|potrei) recuperar\w*)\b",
    L.nl: r"\b(?:verzetten|verplaatsen|verschuiven|opschuiven|schuiven|inhalen)\b",
    L.sv: r"\b(?:flytta|flyttar|skjuta upp|boka om|ta igen)\b",
}
# A message that only confirms, asks for material or adds someone ("other"), read before invitation cues.
CONFIRM_CUES: dict[Language, str] = {
    L.en: r"\b(?:thanks? (?:you )?for (?:the |your )?confirm\w*|(?:that's |it's )?(?:noted|in (?:my|the) diary) for|all set for|all good for|we're good for|good to go for|i confirm|confirming|see you (?:then|on|tomorrow)|perfect, see you|thanks for (?:the|your) invit\w*|i'?ll be there|count me in|(?:send|share|forward)\b[^.?!\n]{0,30}\b(?:slides|agenda|deck|documents?|materials?|notes|minutes))",
    L.fr: r"\b(?:merci (?:pour|de) (?:la|votre|ta) confirmation|merci d['’]avoir confirmé|je (?:vous |te )?confirme|c'est (?:bien |donc )?noté|(?:^|\n)bien noté|parfait,? (?:à|on se voit)|à (?:lundi|mardi|mercredi|jeudi|vendredi|demain) alors|c'est bon pour|merci pour (?:votre|ton|l['’]) ?invitation|je serai (?:présente?|là|des vôtres)|(?:envoyer|transmettre|partager)\b[^.?!\n]{0,30}\b(?:l['’]ordre du jour|slides|support|présentation|documents?|compte rendu))",
    L.it: r"\b(?:grazie (?:per la|della) conferma|grazie per aver confermato|confermo|(?:ho )?preso nota per|segnato per|tutto ok per|tutto a posto per|confermiamo|ci vediamo (?:allora|quindi)|perfetto,? (?:a|ci vediamo)|va benissimo|grazie per l['’]invito|ci sarò|(?:inviar|mandar|girar|condivider)\w*\b[^.?!\n]{0,30}\b(?:slide|agenda|ordine del giorno|presentazione|documenti|materiale|verbale))",
    L.nl: r"\b(?:(?:dank|bedankt) (?:u |je )?voor (?:de|uw|je) bevestiging|(?:dan )?zien we elkaar|alles (?:is )?(?:in orde|goed|oké|ok) voor|ik bevestig|bij deze bevestig|staat genoteerd|(?:is |staat )?(?:genoteerd|in (?:mijn|de) agenda) voor|tot (?:dan|maandag|dinsdag|woensdag|donderdag|vrijdag|morgen)|prima,? dan zien|bedankt voor de uitnodiging|ik kom graag|ik ben erbij|(?:sturen|doorsturen|mailen|delen)\b[^.?!\n]{0,30}\b(?:agenda|slides|presentatie|documenten|verslag)|(?:agenda|slides|presentatie|documenten|verslag)\b[^.?!\n]{0,30}\b(?:sturen|doorsturen|mailen|delen))",
    L.sv: r"\b(?:tack för bekräftelsen|tack för att (?:du|ni) bekräftade|jag bekräftar|(?:det är )?noterat (?:för|till)|allt klart (?:för|inför)|bekräftar|då ses vi|(?<!kan )(?<!ska )(?<!skulle )vi ses (?:på|då|i morgon)|perfekt,? då|tack för inbjudan|jag kommer gärna|jag är med|(?:skicka|dela)\w*\b[^.?!\n]{0,30}\b(?:agendan|presentationen|bilderna|materialet|protokollet))",
}
# Words that call a meeting off outright; without them, "I can't make Tuesday, could we do Thursday at 10?"
# asks to move it.
CALL_OFF: dict[Language, str] = {
    L.en: r"\b(?:cancel\w*|call(?:ing)? off|called off)",
    L.fr: r"\b(?:annul\w*|décommand\w*)",
    L.it: r"\b(?:annull\w*|disdi\w*|disdett\w*|salta\b)",
    L.nl: r"\b(?:annuleer\w*|annuler\w*|afzeg\w*|zeg\w* \w* ?af\b|gaat (?:helaas )?niet door|niet door (?:kan )?gaan|afgelast\w*|geschrapt|schrappen)",
    L.sv: r"\b(?:avbok\w*|ställ\w* in|inställ\w*|återbud)",
}
# A condition ("if one of them cannot come"): what follows describes a case, not an event.
CONDITIONAL: dict[Language, str] = {  # "if we could move" / "se possiamo spostare" ask whether: not a condition
    L.en: r"\b(?:(?<!wonder )(?<!wondering )(?<!know )(?<!see )(?<!check )(?<!ok )(?<!okay )(?<!alright )(?<!mind )(?<!awful )(?<!terrible )(?<!problem )(?<!ask )(?<!asking )if (?!we could|you could|we can|you can|you might|you would|you have|you are|you're|it would|it is possible|possible|that works|this works)|in case|should (?:one|someone|we))\b",
    L.fr: r"\b(?:(?<!savoir )(?<!dérange )(?<!ennuie )(?<!demander )(?<!demande )(?<!demandais )si (?!tard|tôt|peu|vite|longtemps|tardivement|rapidement|souvent|près|proche|court|bien|mal|loin|on pouvait|on peut|nous pouvions|nous pouvons|vous pouviez|vous pouvez|c'est possible|possible)|au cas où|en cas de?)\b",
    L.it: r"\b(?:(?<!sapere )(?<!dispiace )(?<!dispiacerebbe )(?<!chiederle )(?<!chiederti )(?<!chiedo )(?<!chiedevo )(?<!domando )se (?!possiamo|potremmo|è possibile|fosse possibile|sia possibile|sarebbe possibile|le va|ti va|va bene|riusciamo)|nel caso|qualora|in caso di)\b",
    L.nl: r"\b(?:(?<!erg )als (?!het kan|dat kan|u wilt|je wilt)|indien|mocht|stel dat)\b",
    L.sv: r"\b(?:(?<!det )(?<!något )om (?:en|någon|man|ni|vi) (?!pratade|talade|sa|kan|skulle)|ifall|i fall)\b",
}
# An invoice: a question about the terms beside one is about a past cancellation's bill.
INVOICE_WORDS: dict[Language, str] = {
    # the bill as a thing (a noun), not "are late cancellations invoiced?" asked beside a cancellation
    L.en: r"\binvoices?\b", L.fr: r"\bfactures?\b", L.it: r"\bfattur[ae]\b", L.nl: r"\b(?:factu(?:ur|ren)|rekening(?= (?:voor|van) (?:de|het|mijn|onze)))\b", L.sv: r"\bfaktur(?:a|an|or|orna)\b",
}
# Words of a fee or its absence, read in a question about the terms.
FEE_WORDS: dict[Language, str] = {
    L.en: r"\b(?:charge[ds]?|fee|fees|cost|costs|invoice[ds]?|billed|pay|penalty|free of charge|at no cost)\b",
    L.fr: r"\b(?:factur\w*|frais|payer|pénalité\w*|coût\w*|gratuit\w*|sans frais)",
    L.it: r"\b(?:penal\w*|costi|costo|addebit\w*|fattur\w*|pagare|gratuit\w*|senza costi)",
    L.nl: r"\b(?:kosten|kosteloos|rekenen|doorrekenen|in rekening|factu\w*|betalen|boete)",
    L.sv: r"\b(?:avgift\w*|debiter\w*|kostnad\w*|faktur\w*|betala|gratis|utan kostnad)",
}
# A time in a sentence with one of these is a time the client proposes.
PROPOSAL_CUES: dict[Language, str] = {
    L.en: r"\b(?:if not|otherwise|failing that|an option|we could|i could|(?:does|do|will) .{0,60}\b(?:work|suit)\b(?=[^.!?\n]*\?)|(?:could|can|would) you do|we (?:can|could) do|would you be able|i can do|i'?m free|i am free|i'?m available|i am available|could we|can we|shall we|would .{0,60}\b(?:work|suit|be possible|be ok|do)|how about|what about|instead|propose|suggest|available|free on|i can do|i could do|works? for (?:me|us)|or\b|alternatively|perhaps|maybe|possible|suggests?|proposes?|would suit|suits? (?:me|us)|(?:i'?m|i am|i'?ll be) (?:at )?home (?:on|all day)|could you come (?:round|over|by)|(?:we were|i was|we're|i'm) thinking (?:of|about))",
    L.fr: r"\b(?:ou bien|autrement|alternativement|en alternative|à défaut|je peux|je pourrais|je suis libre|je serais libre|que diriez-vous|qu'en dites-vous|ça te va|ça vous va|ça te dit|ça vous dit|te conviendrait|pourrions|pourrait|pouvons-nous|pourriez-vous|pourriez|est-ce que .{0,60}vous conviendrait|vous conviendrait|conviendrait|plutôt|à la place|propose|proposer|suggère|disponible|dispo|libre|ou\b|sinon|peut-être|possible|seriez-vous|irait|iraient|propose|proposons|suggère|je (?:suis|serai) (?:à la maison|chez moi) (?:le|toute la journée)|pourriez-vous (?:repasser|revenir|passer)|(?:on pensait|nous pensions|je pensais|on avait pensé|nous avions pensé) à)",
    L.it: r"\b(?:in caso contrario|altrimenti|sennò|se no|in alternativa|alternativamente|posso|potrei|sono liber[oa]|sarei liber[oa]|che ne dici|che ne dice|che ne pensi|che ne pensa|ti va|le va|ti torna|le torna|potremmo|possiamo|potrebbe|potreste|andrebbe bene|le andrebbe|ti andrebbe|va bene|invece|propongo|proporre|proporrei|suggerisco|disponibile|libero|libera|oppure|o\b|magari|forse|possibile|sarebbe|propone|proponiamo|potrebbe andar|andrebbe|riusciamo|(?:sono|sarò) a casa (?:il|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|tutto il giorno)|potrebbe (?:ripassare|tornare|passare)|(?:pensavamo|pensavo|avevamo pensato|avevo pensato) a)",
    L.nl: r"\b(?:kan (?:ook |eventueel |misschien )?(?=(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen)\b)|zou (?:\w+ ){0,3}uitkomen|komt (?:\w+ )?(?:goed|prima) uit|zo niet|past\b(?=[^.!?\n]*\?)|ik kan|ik heb tijd|ik ben vrij|wat dacht je van|wat vindt u van|wat vind je van|zullen we|kunnen we|zouden we|kan het|schikt|past (?:het|u|jou)|lukt het|liever|in plaats|stel voor|voorstel|voorstellen|beschikbaar|vrij\b|of\b|anders|misschien|mogelijk|zou .{0,60}kunnen|stelt? (?:\w+ )?voor|zou .{0,40}gaan|gaat dat|als alternatief|alternatief|(?:ik ben|ben ik) (?:\w+ ){0,3}thuis (?:op|de hele dag)|kunt u (?:\w+ ){0,8}(?:langskomen|komen)|(?:we dachten|ik dacht|wij dachten) aan|zou (?:\w+ )?(?:passen|lukken|schikken))",
    L.sv: r"\b(?:om inte|jag kan|jag har tid|jag är ledig|vad sägs om|hur låter|ska vi|kan vi|skulle vi|går det|passar|fungerar|funkar|hellre|istället|i stället|föreslår|förslag|ledig|eller\b|annars|kanske|möjligt|skulle .{0,60}fungera|passa|föreslår|förslagsvis|går bra|alternativt|(?:jag är|är jag) hemma (?:på|hela dagen)|kan (?:du|ni) komma (?:förbi|tillbaka)|(?:vi|jag) tänkte (?:på|oss))",
}
# Words that mark a cancellation as late (besides a meeting time close to the message date).
LATE_CUES: dict[Language, str] = {
    L.en: r"\b(?:last minute|short notice|today|tonight|this (?:morning|afternoon|evening)|tomorrow|in an hour|in (?:two|2|a few) hours)\b",
    L.fr: r"(?:dernière minute|dernier moment|aujourd'hui|ce matin|cet après-midi|ce soir|demain|tout à l'heure|dans une heure|dans (?:deux|2|quelques) heures)",
    L.it: r"\b(?:ultimo minuto|ultimo momento|preavviso|oggi|stamattina|stasera|questo pomeriggio|oggi pomeriggio|domani|tra un'ora|fra un'ora)\b",
    L.nl: r"\b(?:last minute|laatste moment|kort dag|vandaag|vanochtend|vanmiddag|vanavond|morgen|over een uur)\b",
    L.sv: r"\b(?:sista minuten|i sista stund|kort varsel|idag|i dag|i förmiddag|i eftermiddag|ikväll|i kväll|imorgon|i morgon|om en timme)\b",
}

# Verbs that close a Dutch clause after the topic ("het overleg over de offerte verzetten").
TRAILING_VERBS: dict[Language, str] = {
    L.nl: r"verzetten|verplaatsen|verschuiven|uitstellen|afzeggen|annuleren|bespreken|houden|plannen|inplannen|doen|hebben|laten doorgaan|doorgaan|organiseren|vastleggen|zijn|komen|gaan|maken|worden|zien|bijwonen",
    L.sv: r"flytta|ställa in|boka om|skjuta upp|passar|funkar|gäller",
    # "il workshop sul gestionale | va benissimo", "l'atelier du jeudi | convient": what is said of the meeting is not its name
    L.en: r"works|suits|stands|sounds", L.fr: r"va|vont|convient|conviennent|reste|tient|marche", L.it: r"va|vanno|andrebbe|funziona|resta|rimane|conviene",
}

# "Same time": a proposal at the clock of the meeting it moves.
SAME_TIME: dict[Language, str] = {
    L.en: r"same (?:time|slot|time slot)", L.fr: r"même (?:heure|plage|créneau)", L.it: r"stesso orario|stessa ora|stessa fascia",
    L.nl: r"zelfde (?:tijd|tijdstip|tijdslot|uur)", L.sv: r"samma tid",
}
# A time that names only a week.
WEEK_WORDS: dict[Language, str] = {
    L.en: r"(?:next|this|the following|later this|early next) week",
    L.fr: r"(?:la |en début de )?semaine prochaine|cette semaine|la semaine suivante",
    L.it: r"(?:la )?(?:settimana prossima|prossima settimana)|questa settimana",
    L.nl: r"volgende week|komende week|deze week",
    L.sv: r"nästa vecka|den här veckan|denna vecka",
}

# A clause saying the client cannot do a time: that time is not one they propose.
# The client is busy then ("jag jobbar hela fredagen", "I'm in court all Friday"): a time they name is no offer.
BUSY: dict[Language, str] = {  # working or fully booked, not away (being away that day may be why the meeting is off)
    L.en: r"\b(?:i'?m working|i work|i'?m (?:tied up|busy|booked|in court|on site)|i am (?:working|busy|booked))\b",
    L.fr: r"\b(?:je travaille|je suis (?:pris|prise|occupée?|complet|complète))\b",
    L.it: r"\b(?:lavoro tutto|lavoro fino|sono (?:impegnat[oa]|occupat[oa]) tutto|ho il turno)\b",
    L.nl: r"\b(?:ik werk|ik moet werken|ik ben (?:bezet|volgeboekt)|zit ik vol)\b",
    L.sv: r"\b(?:jag jobbar|jag arbetar|jag är (?:upptagen|uppbokad|fullbokad))\b",
}
# Also possible ("Kan ook vrijdag", "vendredi me va aussi", "Friday works too"): a second time offered.
ALSO_CUES: dict[Language, str] = {
    L.en: r"\b(?:also (?:works?|fine|possible|good|can|ok|okay)|works? too|(?:is|would be) (?:also )?fine too|as well)\b",
    L.fr: r"\b(?:me va aussi|(?:ça )?(?:marche|irait|convient) aussi|aussi possible|également possible|m'irait aussi)\b",
    L.it: r"\b(?:(?:va|andrebbe) bene anche|anche (?:possibile|bene)|potrei anche)\b",
    L.nl: r"\b(?:kan ook|ook goed|past ook|lukt ook|ook mogelijk|mag ook)\b",
    L.sv: r"\b(?:funkar också|går också|passar också|fungerar också|också möjligt|går även)\b",
}
UNABLE: dict[Language, str] = {
    L.en: r"(?:\b(?:no longer (?:possible|works?|suits?)|unreachable|not reachable|won't be reachable|won't work|doesn't suit|can't|cannot|can not|won't|unable|not possible|doesn't work|does not work|isn't possible|no longer works)\b)|\b(?:is|'s|’s) (?:out|no good|tricky|a no-go)\b(?! of)",
    L.fr: r"(?:(?:\bje peux (?:pas|plus)\b|\bj['’]peux (?:pas|plus)\b|ne va (?:\w+ )?pas être possible|ne sera (?:\w+ )?(?:pas|plus) possible|n'est plus possible|ne m'est plus possible|ne me convient plus|injoignable|n'y arriverai pas|ne pourrai pas|ne peux pas|ne pourrai plus|impossible|pas possible|ne suis pas dispo|ne suis pas disponible|ne me convient pas|ne m'arrange pas))|\bça ne (?:va|me va|m['’]arrange) pas\b|\b(?:ça va|ce sera) (?:être )?(?:compliqué|difficile)\b",
    L.it: r"(?:\b(?:non (?:mi )?è più possibile|non va più bene|non ce la faccio|non ce la farò|irraggiungibile|non (?:sarò )?raggiungibile|non riesco|non posso|non potrò|impossibile|non va bene|non mi è possibile|non sono disponibile)\b)|\bnon mi (?:va|torna|sta) bene\b|\b(?:è|sarà) (?:complicato|difficile|un problema)\b",
    L.nl: r"(?:\b(?:niet meer mogelijk|onbereikbaar|niet bereikbaar|lukt (?:me |mij )?(?:helaas )?niet meer|kan niet|kan ik niet|kan [^.!?\n]{0,30}\bniet\b|lukt niet|lukt mij (?:helaas )?niet|lukt me (?:helaas )?niet|niet mogelijk|schikt niet|past niet)\b)|\bgaat (?:\w+ )?niet lukken\b|\bwordt (?:\w+ )?(?:lastig|moeilijk|krap|een probleem)\b|\bkomt (?:\w+ ){0,2}niet uit\b",
    L.sv: r"(?:\b(?:inte längre möjligt|går inte längre|onåbar|inte nåbar|kan inte|kan jag inte|kan [^.!?\n]{0,20}\binte\b|går inte|passar inte|fungerar inte|funkar inte)\b)|\bblir (?:\w+ )?(?:svårt|knepigt|ett problem)\b|\bpassar (?:\w+ )?dåligt\b|\b(?:passar|funkar|fungerar|går) (?:tyvärr|nog|ändå|dessvärre) inte\b",
}

# The nouns that name a meeting, for "the data migration workshop" / "la séance de coaching" / "uppföljningen
# av säljprocessen". In Dutch and Swedish a head also ends a compound ("kwartaaloverleg", "telefonmötet").
MEETING_HEADS: dict[Language, str] = {
    L.en: r"meetings?|calls?|sessions?|appointments?|workshops?|reviews?|catch-up|presentations?|demo|discussions?|"
          r"visits?|assembl(?:y|ies)|kick-?off(?: meeting)?|conversations?|offsite|away ?days?|retreats?|consultations?|interviews?|check-in|trainings?|seminars?|"
          r"webinars?|courses?|coaching|debrief|briefings?|lunch-and-learns?|lessons?|classes|series|coffee|drinks|dinner|lunch(?![-\w])|audits?|viewings?|site visits?|fittings?|photoshoots?|rehearsals?|intakes?|inspections?|treatments?|inaugurations?|launch events?|opening(?= of\b)|(?<=a )talk(?= (?:on|about)\b)|consults?|check-?ups?|assessments?|walk-?throughs?|strategy days?|planning days?|away-?days?|manicures?|lash extensions?|haircuts?|facials?|walk-?rounds?|tastings?|(?:guided )?tours?",
    L.fr: r"réunions?|assemblées?(?: générales?)?|rendez-vous|rdv|point|entretiens?|appels?|rencontres?|séances?|ateliers?|présentations?|visio|"
          r"déjeuner|échanges?|visites?|revues?|restitutions?|comités?|accompagnements?|formations?|sessions?|bilans?|"
          r"consultations?|conférences?|call|coaching|audit|séminaires?|démos?|démonstrations?|poses?(?=[ \t]+d(?:e\b|['’]))|déj|dej|dîner|apéro|café|essayages?|répétitions?|leçons?|cours|visioconférences?|inspections?|diagnostics?|dégustations?|shootings?|kick-?offs?|inaugurations?|vernissages?|journées? (?:d['’]études?|de réflexion|de formation)|révisions?|manucures?|extensions? de cils|massages?|soins? du visage|soirées? (?:d['’]information|débat|thématique)|briefs?(?=[ \t]+(?:de|du|des|d['’]|sur|pour)\b)",
    L.it: r"riunioni?|riunione|assemble[ae]|incontr[oi]|appuntament[oi]|call|chiamata|colloqui?o?|presentazion[ei]|session[ei]|sedut[ae]|"
          r"videochiamata|pranzo|confronto|visita|punto|consulenza|percorso|revisione|formazione|workshop|cors[oi]|"
          r"seminario|conferenza|coaching|steering committee|comitato|audit|demo|dimostrazione|aperitivo|caffè|cena|sopralluogo|trattamento|inaugurazione|prova|lezion[ei]|dichiarazione di successione|giornata di studio|manicure|piega|massaggio|massaggi|ispezione|collaudo|degustazione|shooting|servizio fotografico|videoconferenza|kick-?off",
    L.nl: r"overleg|afspraak|vergadering|gesprek|meeting|bespreking|call|presentatie|sessies?|lunch|bezoek|opleiding(?:en)?|"
          r"kennismaking|workshops?|belletje|traject|teamdag|evaluatie|training|cursus|stuurgroep|intervisie|coaching|"
          r"audit|seminar|webinar|demo|koffie|borrel|etentje|interview|bezichtiging|behandeling|opening|(?:informatie|ouder|thema)-?avond|intake|intakegesprek|pasbeurt|repetitie|opmeting|meting|afsluiting|les(?:sen)?|keuring|inspectie|fotoshoot|shoot|proeverij|videocall|consult|kick-?off|review|bijeenkomst|lezing|voorlichting|rondleiding|studiedag|heidag|ledenvergadering|knipbeurt|manicure|wimperextensions|massage|gezichtsbehandeling|consultaties?|raadpleging",
    L.sv: r"möte(?:t|n|na)?|träff(?:en)?|samtal(?:et)?|genomgång(?:en)?|presentation(?:en)?|workshop(?:en|s|serie|serien)?|"
          r"lunch(?:en)?|besök(?:et)?|avstämning(?:en)?|uppföljning(?:en)?|utvärdering(?:en)?|pass(?:et)?|"
          r"konsultation(?:en)?|diskussion(?:en)?|handledning(?:en|s)?|utbildning(?:en)?|program(?:met)?|seminari(?:et|um)|kurs(?:en)?|coaching(?:en)?|"
          r"fika(?:n)?|intervju(?:n)?|demo(?:n)?|revision(?:en)?|audit(?:en)?|(?<!efter)(?<!för)middag(?:en)?|visning(?:en)?|provning(?:en)?|repetition(?:en)?|session(?:en)?|lektion(?:en|er)?|besiktning(?:en)?|behandling(?:en)?|invigning(?:en)?|inspektion(?:en)?|fotografering(?:en)?|provsmakning(?:en)?|kick-?off(?:en)?|föreläsning(?:en|ar)?|sammanträde(?:t|n)?|samråd(?:et)?|rundvandring(?:en)?|guidning(?:en)?|(?:utvecklings|planerings|konferens|tema|studie)dag(?:en)?|(?:extra|års|förenings)?stämma(?:n)?|fransförlängning(?:en)?|klippning(?:en)?|manikyr(?:en)?|massage(?:n)?|ansiktsbehandling(?:en)?",
}
# Participles said of the meeting ("la sessione di coaching annullata", "la réunion prévue"): what happened to it,
# not part of its name.
EVENT_PARTICIPLES: dict[Language, str] = {
    L.en: r"cancell?ed|planned|scheduled|booked|moved|postponed|missed|starts|lasts|costs|is|was|will",
    L.fr: r"annulée?s?|prévue?s?|programmée?s?|planifiée?s?|reportée?s?|décalée?s?|déplacée?s?|manquée?s?|ratée?s?|fixée?s?|commence|dure|coûte|aura|sera|est|se|tiendra|déroulera",
    L.it: r"annullat[oaie]|cancellat[oaie]|previst[oaie]|programmat[oaie]|fissat[oaie]|spostat[oaie]|rinviat[oaie]|saltat[oaie]|pianificat[oaie]|inizia|dura|costa|sarà|salta|si|ci|svolgerà|terrà",
    L.nl: r"geannuleerd|gepland|ingepland|verzet|verplaatst|afgezegd|gemist|vervalt|vervallen|doorgaat|plaatsvindt|uitvalt|wordt|is|gaat|begint|duurt|kost",
    L.sv: r"inställd|inställt|avbokad|avbokat|planerad|planerat|bokad|bokat|flyttad|flyttat|ingår|ställs|börjar|slutar|kostar|är|blir|hålls",
}
# A meeting that clashes with the client's: the meeting this message is about comes after these words
# ("ett styrelsemöte som krockar med intervjun").
CLASH_WORDS: dict[Language, str] = {
    L.en: r"(?:that |which )?(?:clashes|clash|conflicts|overlaps|collides) with",
    L.fr: r"(?:qui )?(?:tombe en même temps que|coïncide avec|entre en conflit avec|chevauche)",
    L.it: r"(?:che )?(?:si sovrappone (?:a|al|alla|con)|coincide con|va in conflitto con|si accavalla con)",
    L.nl: r"(?:die |dat )?(?:samenvalt met|overlapt met|botst met|valt samen met)",
    L.sv: r"(?:som )?(?:krockar med|kolliderar med|sammanfaller med|överlappar)",
}
# Words in front of a meeting noun that belong to its phrase: articles, possessives, demonstratives.
DETERMINERS: dict[Language, str] = {
    L.en: r"the|a|an|our|your|my|its|their|his|her|this|that|these|those|two|three|four|five",
    L.fr: r"le|la|les|l'|l’|un|une|notre|nos|votre|vos|mon|ma|mes|ce|cet|cette|ces|deux|trois|quatre|cinq",
    L.it: r"il|lo|la|i|gli|le|l'|l’|un|uno|una|un'|il nostro|la nostra|i nostri|le nostre|il vostro|la vostra|questo|questa|quest'|nostro|nostra|due|tre|quattro|cinque",
    L.nl: r"de|het|een|ons|onze|uw|jullie|mijn|deze|dit|die|dat|twee|drie|vier|vijf",
    L.sv: r"en|ett|vår|vårt|våra|er|ert|era|din|ditt|min|mitt|den|det|denna|detta|vårens|höstens|två|tre|fyra|fem",
}
# Words that may stand between a determiner and a meeting noun ("un petit point", "ett kort telefonmöte").
PRE_MODIFIERS: dict[Language, str] = {
    L.en: r"[a-z][\w-]*",  # "the data migration workshop": any lower-case words (checked against function words)
    L.fr: r"petit|petite|bref|brève|court|courte|prochain|prochaine|nouveau|nouvelle|premier|première|dernier|dernière|deuxième|second|seconde|troisième",
    L.it: r"breve|piccolo|piccola|prossimo|prossima|nuovo|nuova|primo|prima|ultimo|ultima|secondo|seconda|terzo|terza",
    L.nl: r"[a-z][\w-]*",
    L.sv: r"[a-zåäö][\w-]*",
}
# What ties a complement to the meeting noun: "of X", "de X", "sul X", "van X", "om X".
COMPLEMENT_LINKS: dict[Language, str] = {
    L.en: r"of|about|on|for|regarding|re",
    L.fr: r"de|du|des|d'|d’|sur|concernant|au sujet de|au sujet du|à propos de|à propos du",
    L.it: r"di|del|della|dello|dei|degli|delle|dell'|dell’|d'|sul|sulla|sullo|sull'|sui|sugli|sulle|su|al|alla|allo|riguardo",
    L.nl: r"over|van|voor|omtrent|betreffende|inzake|rond|rondom",
    L.sv: r"om|av|för|kring|angående|gällande|till|med",
}
# "Following up on our call": the words before an earlier talk, which is not the meeting the message is about.
AFTER_EARLIER: dict[Language, str] = {
    L.en: r"(?<!the )following(?: up on)?|further to|after|since|thanks for|thank you for",  # not "the following week"
    L.fr: r"suite à|faire suite à|après|depuis|merci pour",
    L.it: r"a seguito d(?:i|el|ella)|in seguito a|dopo|grazie per|grazie della|grazie del",
    L.nl: r"naar aanleiding van|n\.a\.v\.|na|sinds|bedankt voor|dank voor",
    L.sv: r"efter|med anledning av|som uppföljning på|tack för",
}
# A purpose link, kept only before an article: "un incontro per la revisione del progetto".
PURPOSE_LINKS: dict[Language, str] = {L.en: r"for", L.fr: r"pour", L.it: r"per", L.nl: r"voor", L.sv: r"för"}
# Links that say who a meeting is for or with ("for our team", "auprès de notre équipe"): the client's own side after
# them is dropped alone. After any other link ("the renovation of our shop", "rond onze webshop") it leaves the
# complement before it unfinished, so the name keeps only its head ("een eerste gesprek").
BENEFACTIVE_LINKS: dict[Language, str] = {
    L.en: r"for|with", L.fr: r"pour|auprès de|auprès du|avec", L.it: r"per|con|presso", L.nl: r"voor|met|bij", L.sv: r"för|med|åt|hos",
}
# A subject that asks a question or names a bill ("Question about late cancellation fee", "Vraag over factuur
# november", "Conditions d'annulation ?") names no meeting.
SUBJECT_NOT_MEETING = (
    r"^(?:question|query|quick question|vraag|vraagje|domanda|quesito|fråga|frågor|demande d'information|invoice|factuur|facture|"
    r"fattura|faktura|bill|terms|conditions|condizioni|voorwaarden|villkor)\b|\?\s*$")
# Nouns whose complement a meeting noun can be without being a meeting ("votre devis de formation", "the slides of the
# workshop", "de offerte voor de training"): what is quoted or handed out is no meeting on the calendar. (An invoice
# "for the session" is about a meeting that took place: not here.)
DOCUMENT_NOUNS: dict[Language, str] = {
    L.en: r"quote|estimate|slides|deck|recording|notes|minutes|handout",
    L.fr: r"devis|offre|support|supports|diaporama|compte rendu|compte-rendu|enregistrement",
    L.it: r"preventivo|offerta|slide|verbale|registrazione|materiale",
    L.nl: r"offerte|slides|verslag|opname|hand-out",
    L.sv: r"offert|offerten|bilder|bilderna|protokoll|protokollet|inspelning|inspelningen",
}
# An earlier event, not the one the message is about: "last year's assessment", "de presentatie van vorige keer".
PAST_EVENT_BEFORE: dict[Language, str] = {
    L.en: r"last (?:year|week|month|time|quarter)['’]s", L.fr: r"(?!x)x", L.it: r"(?!x)x", L.nl: r"(?!x)x", L.sv: r"förra (?:årets|veckans|månadens)",
}
PAST_EVENT_AFTER: dict[Language, str] = {
    L.en: r"(?:from|of) last (?:time|year|week|month)|we had last|from the other day",
    L.fr: r"de la dernière fois|de l'an dernier|de l'année dernière|de la semaine dernière|du mois dernier",
    L.it: r"dell'ultima volta|della volta scorsa|dell'anno scorso|della settimana scorsa|del mese scorso",
    L.nl: r"van (?:de )?vorige (?:keer|week|maand)|van vorig jaar|van laatst",
    L.sv: r"från (?:förra|senaste) (?:gången|veckan|månaden|året)|från i fjol",
}
# Verbs of sending: what is sent ("send over the presentation", "de presentatie doormailen") is a document.
SEND_VERBS: dict[Language, str] = {
    L.en: r"send(?: over| through| across)?|forward|share|email|e-mail",
    L.fr: r"envoyer|renvoyer|transmettre|m'envoyer|me transmettre|partager",
    L.it: r"inviare|inviarmi|mandare|mandarmi|girare|girarmi|condividere",
    L.nl: r"sturen|opsturen|doorsturen|mailen|doormailen|toesturen|delen",
    L.sv: r"skicka|mejla|maila|dela|vidarebefordra",
}
# A first complement's follower that names the client's own side ("for our team", "pour notre équipe",
# "för våra fastigheter") says who it is for, not what it is about: the meeting's name ends before it.
OWN_SIDE: dict[Language, str] = {
    L.en: r"our|my", L.fr: r"notre|nos|mon|ma|mes", L.it: r"(?:il |la |i |le )?(?:nostr[oaie]|mi[oae]|miei)", L.nl: r"ons|onze|mijn",
    L.sv: r"vår|vårt|våra|min|mitt|mina",
}
# Nouns that say what kind of get-together it is (a coffee, a lunch, a call): a careful reader names the meeting by
# them and not by the topic said after them ("un café pour parler de ton offre", "onze call over het jaarplan",
# "en fika och prata om X"); a complement of kind ("le déjeuner de lancement") still belongs to them.
LIGHT_HEADS: dict[Language, str] = {
    L.en: r"coffee|lunch|breakfast|dinner|drinks|call|phone call|video call",
    L.fr: r"café|déjeuner|déj|dej|petit-déjeuner|dîner|apéro|verre|visio|call",
    L.it: r"caffè|pranzo|cena|aperitivo|colazione|call|videochiamata",
    L.nl: r"koffie|lunch|ontbijt|borrel|etentje|call|belletje|videocall",
    L.sv: r"fika(?:n)?|lunch(?:en)?|frukost(?:en)?|samtal(?:et)?|telefonsamtal(?:et)?|videosamtal(?:et)?|call(?:en)?",
}
# Words that end a complement ("un déjeuner de travail pour parler...": "pour" starts another clause).
COMPLEMENT_STOP: dict[Language, str] = {
    L.en: r"to|and|which|who|that|so|because|but|if|when|with|at|is|was|will|has|had|would|could|can|from|until|before|after|during|next|this|last|tomorrow|today|unfortunately|sadly|though|however|not|don't|can't|won't",
    L.fr: r"pour|afin|auprès|et|mais|qui|que|qu'|où|avec|car|si|quand|est|sera|était|a|avait|aura|au|aux|pendant|durant|avant|après|dès|cette|ce|demain|hier|malheureusement|hélas|finalement|pourtant|ne|n'",
    L.it: r"per|e|ma|che|dove|con|perché|se|quando|è|sarà|era|ha|aveva|avrà|durante|entro|prima|dopo|nel|nella|questo|questa|prossimo|prossima|domani|ieri|purtroppo|però|comunque|invece|putroppo|non",
    L.nl: r"te|en|om|maar|die|dat|helaas|niet|graag|nog|ook|wel|totaal|helemaal|compleet|volledig|even|toch|echt|al|met|is|was|wordt|zal|kan|moet|heeft|had|tijdens|volgende|deze|na|vanaf|morgen|gisteren|ben|bent|heb|hebt|hebben|waren|werd|zou|zouden|kon|konden|wil|jammer",
    L.sv: r"och|men|som|att|inte|nog|också|med|är|var|blir|kan|ska|har|hade|under|nästa|efter|före|inför|imorgon|från|igår|tyvärr|dessvärre|ändå",
}
# Words that are not part of a noun phrase ("for the", "to the") when walking back from the meeting noun.
FUNCTION_WORDS = {
    "to", "for", "of", "at", "on", "in", "with", "and", "or", "but", "about", "is", "are", "was", "be", "we", "i", "you", "it",
    "can", "could", "would", "will", "not", "can't", "won't", "miss", "missed", "missing", "cancel", "move", "attend",
    "from", "by", "up", "have", "has", "had", "do", "did", "set", "all", "so", "as", "if", "that", "this", "there", "here",
    "van", "voor", "op", "om", "in", "met", "en", "of", "is", "zijn", "was", "we", "ik", "je", "u", "niet", "naar", "aan",
    "bij", "tot", "over", "graag", "ook", "nog", "wel", "er", "kan", "kunnen", "wil", "willen", "moet", "had", "heb",
    "för", "till", "på", "i", "av", "med", "och", "eller", "men", "är", "var", "vi", "jag", "du", "ni", "inte", "kan",
    "ska", "skulle", "vill", "har", "hade", "om", "att", "som", "så", "också", "gärna", "redan", "bara", "nog",
}

# A time that is a deadline for an answer or a document ("let me know by Friday", "entro venerdì"), not a meeting:
# the preposition just before the time, in a sentence that asks for an answer or something to be sent.
DEADLINE_BEFORE: dict[Language, str] = {
    L.en: r"\b(?:by|before|no later than|ahead of)\s+(?:(?:close of business|cob|end of (?:day|business)|eod|noon)\s+(?:on\s+)?)?(?:the\s+)?$",
    L.fr: r"(?:\bd'ici|\bavant|\bau plus tard|\bjusqu'à|\bjusqu'au)\s+(?:le\s+|la\s+)?$",
    L.it: r"\b(?:entro|prima di|non oltre)\s+(?:il\s+|la\s+|lo\s+)?$",
    L.nl: r"\b(?:voor|vóór|uiterlijk|ten laatste|tegen)\s+(?:de\s+|het\s+)?$",
    L.sv: r"\b(?:senast|innan|före|till)\s+(?:den\s+|på\s+)?$",
}
# The deadline words that mean nothing else ("avant", "entro", "senast"; not "by", "voor", "till" that also say "to"/"for"):
# a time after them in a clause that names no meeting is a deadline for something ("il me faut ton devis avant mercredi").
DEADLINE_ONLY_BEFORE: dict[Language, str] = {
    L.en: r"\b(?:before|no later than|ahead of)\s+(?:the\s+)?$",
    L.fr: r"(?:\bd'ici|\bavant|\bau plus tard)\s+(?:le\s+|la\s+)?$",
    L.it: r"\b(?:entro|prima di|non oltre)\s+(?:il\s+|la\s+|lo\s+)?$",
    L.nl: r"(?:\bvóór|\buiterlijk|\bten laatste)\s+(?:de\s+|het\s+)?$",
    L.sv: r"\b(?:senast|innan|före)\s+(?:den\s+|på\s+)?$",
}
# Words before a length of time ("la réunion durera 2 heures"): a duration, not a clock.
DURATION_BEFORE: dict[Language, str] = {
    L.en: r"\b(?:lasts?|lasting|takes?|taking|duration of|need|needs|needed|for)\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?$",
    L.fr: r"(?:\bpendant|\bdurer\w*|\bdure|\bdurée de|\bdurée d['’]environ|\bprévoir|\bcompter|\bsur|\bfaudrait|\bfaut|\bprendra|\bprend)\s+(?:environ\s+|à peu près\s+)?$",
    L.it: r"\b(?:dura|durerà|durata di|durare|servirebbe|servirebbero|servono|serve|ci vorrebbe|ci vuole|ci vogliono|per)\s+(?:circa\s+)?$",
    L.nl: r"\b(?:duurt|duren|gedurende|nodig|hebben we|heb ik)\s+(?:ongeveer\s+|circa\s+)?$",
    L.sv: r"\b(?:tar|pågår|varar|behöver|behövs)\s+(?:ungefär\s+|cirka\s+)?$",
}
# The end of a period away ("out of the office until Monday 15 March", "en congé jusqu'au 15 mars"): the word
# before the time, in a sentence saying the client is away. Not a meeting's time nor a proposal.
UNTIL_BEFORE: dict[Language, str] = {
    L.en: r"\b(?:until|till|through|thru|up to)\s+(?:and including\s+)?(?:the\s+)?$",
    L.fr: r"(?:\bjusqu['’](?:au|à|a)|\bjusque)\s+(?:le\s+|la\s+)?(?:inclus\s+)?$",
    L.it: r"\b(?:fino|sino)\s+(?:a|al|alla|all['’])\s*(?:il\s+)?$",
    L.nl: r"\b(?:tot en met|t/m|tot)\s+(?:de\s+)?$",
    L.sv: r"\b(?:till och med|t\.o\.m\.?|fram till|ända till|till)\s+(?:den\s+)?$",
}
# "sono a Milano", "I'm in Leeds", "je suis à Lyon", "ik zit in Gent", "jag är i Umeå": the client is somewhere else
# (a capitalised place) on the days said in that clause.
ELSEWHERE: dict[Language, str] = {
    L.en: r"\b(?:I'?m|I am|I'?ll be|I will be|we'?re|we are|we'?ll be)[ \t]+(?:\w+[ \t]+){0,2}?in[ \t]+(?-i:[A-Z])",
    L.fr: r"\b(?:je suis|je serai|nous sommes|nous serons|on est|on sera)[ \t]+(?:\w+[ \t]+){0,2}?(?:à|en)[ \t]+(?-i:[A-Z])",
    L.it: r"\b(?:sono|sarò|siamo|saremo)[ \t]+(?:\w+[ \t]+){0,2}?(?:a|in)[ \t]+(?-i:[A-Z])",
    L.nl: r"\b(?:ik ben|ik zit|ben ik|zit ik|we zijn|we zitten|zijn we|zitten we)[ \t]+(?:\w+[ \t]+){0,2}?in[ \t]+(?-i:[A-Z])",
    L.sv: r"\b(?:jag är|jag sitter|är jag|sitter jag|vi är|är vi)[ \t]+(?:\w+[ \t]+){0,2}?i[ \t]+(?-i:[A-ZÅÄÖ])",
}
# The client offering their own time ("I could do", "io potrei", "je pourrais", "ik kan", "jag kan").
OFFER_SELF: dict[Language, str] = {
    L.en: r"\bI (?:could|can) do\b|\bI'?m free\b|\bI could\b", L.fr: r"\bje (?:pourrais|peux|serais libre|suis libre)\b",
    L.it: r"\b(?:io )?(?:potrei|posso|sarei liber[oa]|sono liber[oa])\b", L.nl: r"\bik (?:kan|zou kunnen|ben vrij)\b",
    L.sv: r"\bjag (?:kan|skulle kunna|är ledig)\b",
}
AWAY_WORDS: dict[Language, str] = {
    L.en: r"\b(?:away|out of (?:the )?office|on (?:annual |parental |sick )?leave|on holiday|on vacation|travell?ing|abroad|off sick|unavailable)\b",
    L.fr: r"\b(?:absente?|en congés?|en vacances|en déplacement|indisponible|hors du bureau|en arrêt)",
    L.it: r"\b(?:in ferie|assente|fuori ufficio|in viaggio|in trasferta|in malattia|non disponibile|via)\b",
    L.nl: r"\b(?:met vakantie|op vakantie|afwezig|met verlof|op reis|niet op kantoor|niet bereikbaar|ziek)\b",
    L.sv: r"\b(?:på semester|tjänstledig|ledig|borta|bortrest|på resa|på tjänsteresa|frånvarande|sjukskriven|föräldraledig)\b",
}
ANSWER_WORDS: dict[Language, str] = {
    L.en: r"\b(?:let me know|reply|respond|answer|confirm|send|get back|revert|return|deadline|submit|sign(?! off)|rsvp|r\.s\.v\.p|register|sign up|enrol)",
    L.fr: r"\b(?:faire savoir|dire|répond\w*|confirm\w*|envoy\w*|transmett\w*|retour|revenir vers|signer|renvoy\w*|rsvp|inscri\w*)",
    L.it: r"\b(?:fammi sapere|mi faccia sapere|far sapere|rispond\w*|confermar\w*|conferm\w*|invia\w*|mandar\w*|inoltrar\w*|firmar\w*|rsvp|iscri\w*|adesion\w*)",
    L.nl: r"\b(?:laat (?:\w+ ){0,4}weten|laten weten|antwoord\w*|bevestig\w*|stuur\w*|sturen|toesturen|mailen|terugkoppel\w*|reageren|ondertekenen|aanmeld\w*|meld (?:je|u) (?:\w+ )?aan|inschrijv\w*|inschrijven|schrijf (?:je|u) (?:\w+ )?in)",
    L.sv: r"\b(?:meddela|svara|svar|bekräfta|skicka|återkomm\w*|hör av|höra av|återkoppl\w*|underteckna|osa|o\.s\.a|anmäl\w*)",
}

# "3pm instead of 2pm": the time after these words is the one the meeting had.
INSTEAD_OF: dict[Language, str] = {
    L.en: r"\b(?:instead of|rather than)",
    L.fr: r"\b(?:au lieu de|plutôt que)",
    L.it: r"\b(?:invece (?:che|di|delle|della|del)|anziché)",
    L.nl: r"\b(?:in plaats van)",
    L.sv: r"\b(?:istället för|i stället för)",
}

# An apology about a past moment named by a day ("sorry about last Thursday", "le chiedo scusa per giovedì scorso",
# "excuses pour mardi dernier", "sorry voor afgelopen dinsdag", "förlåt för i fredags"): the client missed it. One
# family, built from the apology words and the words that put a day behind, added to the absence cues.
APOLOGY_WORDS: dict[Language, str] = {
    L.en: r"(?:sorry|apologies|apologise|apologize|(?:i )?apologi[sz]e)(?: again)? (?:about|for)",
    L.fr: r"(?:excuses?|désolée?|pardon|je m'excuse|toutes mes excuses)(?: encore)? pour",
    L.it: r"(?:mi scuso|chiedo scusa|le chiedo scusa|ti chiedo scusa|scusa|scusami|scusate|mi dispiace)(?: ancora)? per",
    L.nl: r"(?:excuses|sorry|het spijt me|mijn excuses)(?: nog)? (?:voor|van|over)",
    L.sv: r"(?:förlåt|ursäkta|sorry|jag ber om ursäkt)(?: igen)? (?:för|om)",
}
PAST_DAY: dict[Language, str] = {
    L.en: r"(?:last \w+|\w+ last week|\w+'s (?:meeting|session|call|appointment))",
    L.fr: r"(?:\w+ (?:dernier|dernière|passée?))",
    L.it: r"(?:\w+ (?:scors[oa]|passat[oa]))",
    L.nl: r"(?:afgelopen \w+|vorige week \w+|\w+ jl\.)",
    L.sv: r"(?:i \w+dags|förra \w+)",
}
# "Nous devions nous voir hier à 17h30", "we were supposed to meet yesterday": a meeting that was due and is past
WERE_TO_MEET: dict[Language, str] = {
    L.en: r"(?:we were (?:supposed|meant|due|scheduled) to (?:meet|speak|talk|have (?:a|our) (?:call|meeting|session))|we had (?:a meeting|an appointment|a call|a session))",
    L.fr: r"(?:nous devions nous (?:voir|retrouver|rencontrer|parler|appeler)|on devait se (?:voir|retrouver|rencontrer|parler|appeler)|nous avions (?:rendez-vous|rdv|un rendez-vous))",
    L.it: r"(?:dovevamo (?:vederci|sentirci|incontrarci|parlarci)|avevamo (?:un )?appuntamento)",
    L.nl: r"(?:we zouden (?:elkaar )?(?:zien|spreken|bellen|afspreken)|we hadden (?:een )?afspraak)",
    L.sv: r"(?:vi skulle (?:ses|träffas|höras|prata)|vi hade (?:ett möte|en tid|ett samtal))",
}
YESTERDAY: dict[Language, str] = {
    L.en: r"yesterday|this morning", L.fr: r"hier|avant-hier|ce matin", L.it: r"ieri|stamattina|stamani",
    L.nl: r"gisteren|vanochtend|vanmorgen|eergisteren", L.sv: r"igår|i går|i förrgår|i morse",
}
for _lang in Language:
    CUES["absence"][_lang] += rf"|\b{APOLOGY_WORDS[_lang]} (?:{PAST_DAY[_lang]})"
    CUES["absence"][_lang] += rf"|\b{WERE_TO_MEET[_lang]} (?:{YESTERDAY[_lang]}|{PAST_DAY[_lang]})\b"

# "non riesco a essere presente alla sessione", "I can't make it to", "je ne peux pas assister": being unable (UNABLE)
# to attend (these verbs) cancels, in any of the wordings UNABLE knows; added to the cancellation cues.
ATTEND_VERBS: dict[Language, str] = {
    L.en: r"(?:come|make it|attend|join|be there|be present|take part)",
    L.fr: r"(?:venir|être présente?|assister|participer|être là|me libérer|me rendre)",
    L.it: r"(?:venire|esserci|essere presente|partecipare|collegarmi|presenziare)",
    L.nl: r"(?:komen|aanwezig zijn|aanwezig|deelnemen|erbij zijn|aansluiten)",
    L.sv: r"(?:komma|närvara|delta|vara med|vara där)",
}
for _lang in Language:
    CUES["cancellation"][_lang] += rf"|(?:{UNABLE[_lang]})[ \t]+(?:[^\W\d][\w'’]*[ \t]+){{0,2}}{ATTEND_VERBS[_lang]}\b"

# Thanks and a time that suits ("Tack, torsdag 17 december kl. 13.00 passar bra", "Thanks, Friday at 2 works for me"):
# the client accepts a time the user offered; added to the confirmation cues.
ACCEPT_CUES: dict[Language, str] = {
    L.en: r"\b(?:thanks|thank you)[,!]?\s[^?!\n]{0,60}\b(?:works|suits) (?:great|fine|well|for me|perfectly)",
    L.fr: r"\bmerci[,!]?\s[^?!\n]{0,60}\b(?:me convient|nous convient|me va|nous va)\b(?![^.!\n]*\?)",
    L.it: r"\bgrazie[,!]?\s[^?!\n]{0,60}\b(?:mi va bene|ci va bene|va bene|per me va bene)\b(?![^.!\n]*\?)",
    L.nl: r"\b(?:bedankt|dank je|dank u)[,!]?\s[^?!\n]{0,60}\b(?:past (?:prima|goed|mij|ons)|is prima|komt (?:goed|prima) uit)\b(?![^.!\n]*\?)",
    L.sv: r"\btack[,!]?\s[^?!\n]{0,60}\b(?:passar (?:bra|utmärkt|perfekt|fint)|funkar (?:bra|fint))\b(?![^.!\n]*\?)|\bskicka\w*\b[^.?!\n]{0,30}\bdagordning\w*",
}
for _lang in Language:
    CONFIRM_CUES[_lang] += "|" + ACCEPT_CUES[_lang]

# "I'm free most days before 9.30am", "tutti i giorni dopo le 17": a clock on every day is a habit, not a time offered.
HABITUAL: dict[Language, str] = {
    L.en: r"\b(?:(?:available|free) (?:in the )?(?:evenings|mornings|afternoons)|most days|every day|any day|weekdays|on weekdays|daily|usually|generally|most mornings|most afternoons|sometimes|often)\b",
    L.fr: r"\b(?:(?:disponible|libre|dispo)s? (?:le soir|le matin|les soirs|les matins|en soirée)|tous les jours|chaque jour|la plupart des jours|en semaine|généralement|d'habitude|tous les matins|tous les soirs|parfois|souvent)\b",
    L.it: r"\b(?:(?:disponibile|liber[oa]) (?:la sera|di sera|la mattina|di mattina)|tutti i giorni|ogni giorno|quasi tutti i giorni|nei giorni feriali|di solito|generalmente|tutte le mattine|tutti i pomeriggi|a volte|talvolta|spesso)\b",
    L.nl: r"\b(?:elke dag|iedere dag|de meeste dagen|doordeweeks|door de week|meestal|normaal gezien|elke ochtend|elke middag|soms|vaak)\b",
    L.sv: r"\b(?:(?:ledig|tillgänglig|anträffbar) (?:på )?(?:kvällarna|morgnarna|eftermiddagarna)|varje dag|alla dagar|de flesta dagar|vardagar|på vardagar|oftast|vanligtvis|varje morgon|varje eftermiddag|ibland|ofta)\b",
}
# "lo studio riapre il 7", "we close at 4pm on 24 December", "julstängt 24/12": when a place opens or closes.
# "every morning except Wednesday": a day the client rules out is no time offered.
EXCEPT_BEFORE: dict[Language, str] = {
    L.en: r"\b(?:except(?: for)?|but not|apart from|other than|not on)\s+(?:on\s+)?$",
    L.fr: r"\b(?:sauf|excepté|hormis|à part|pas le|sauf le)\s+(?:le\s+)?$",
    L.it: r"\b(?:tranne|eccetto|salvo|a parte|non il|tranne il)\s+(?:il\s+|di\s+)?$",
    L.nl: r"\b(?:behalve|uitgezonderd|buiten|niet op)\s+(?:op\s+)?$",
    L.sv: r"\b(?:utom|förutom|inte på|utom på)\s+(?:på\s+)?$",
}
# Being reachable by phone ("U kunt mij het best bellen tussen 12.00 en 13.00 uur", "joignable de 9h à 12h"): hours
# without a day there are when to call, not a meeting.
REACH_WORDS: dict[Language, str] = {  # being reachable, not "call me at 3" (a call offered)
    L.en: r"\b(?:reach me|reachable|contactable|(?:answer|reply to) (?:e-?mails?|the phone|calls)|best time to (?:call|reach)|(?:best|easiest) (?:to )?(?:reach|call) me|phone hours|office hours|you can (?:always )?(?:call|reach|ring) me|(?:call|ring) (?:me|us) on (?=\+?\d))\b",
    L.fr: r"\b(?:joignable|injoignable|répond(?:ez|ent)? (?:aux (?:e-?mails?|mails|appels)|au téléphone)|me joindre|standard|permanence téléphonique|vous pouvez m'appeler|tu peux m'appeler|(?:appelez|appelle)-(?:moi|nous) au (?=\+?\d))",
    L.it: r"\b(?:raggiungibile|reperibile|rispond(?:ete|ono) (?:\w+ )?(?:alle (?:e-?mail|mail)|al telefono)|centralino|segreteria|risponde(?:mo)? (?:solo |soltanto )?(?:dalle|tra|fra)|orari (?:di )?(?:sportello|ufficio)|mi (?:può|puoi|potete) chiamare|chiamarmi al (?=\+?\d)|(?:mi )?chiami al (?=\+?\d))",
    L.nl: r"\b(?:bereikbaar|het best (?:bellen|bereiken)|(?:antwoorden|reageren) (?:jullie |u )?(?:\w+ )?op (?:mails|e-mails|mailtjes)|telefonisch spreekuur|(?:u|je|jij) kunt (?:mij|me) (?:\w+ ){0,3}bellen|(?:u|je) kan (?:mij|me) (?:\w+ ){0,3}bellen|bel (?:me|mij|ons) (?:\w+ )?op (?=\+?\d))",
    L.sv: r"\b(?:nå mig|nås|anträffbar|telefontid|svarar (?:\w+ ){0,2}på (?:mejl|mail|e-post|telefon)|(?:du|ni) kan ringa mig|ring(?:a)? (?:gärna )?(?:mig|oss) (?:gärna )?på (?=\+?\d))",
}
# The client says they will phone or write ("eventualmente chiamo domani", "I'll give you a ring tomorrow"): a day to be
# in touch, not a slot offered, when no clock says when to meet.
CONTACT_SELF: dict[Language, str] = {
    L.en: r"\bi(?:'ll|’ll| will| can| could) (?:just )?(?:give you a (?:call|ring|bell)|call|ring|phone|e-?mail|write)\b",
    L.fr: r"\bje (?:vous |te )?(?:rappelle(?:rai)?|appelle(?:rai)?|téléphone(?:rai)?|réécri(?:s|rai))\b",
    L.it: r"\b(?<!mi )(?:la |vi |ti |le )?(?:chiamo|richiamo|chiamerò|richiamerò|telefonerò|riscriverò)\b",  # not "mi chiamo Anna"
    L.nl: r"\bik (?:bel|mail|app) (?:u |je |jullie )?(?:\w+ )?(?:nog )?(?:wel )?(?:even|terug|nog)?\b",
    L.sv: r"\b(?:jag )?(?:ringer|mejlar|hör av mig) (?:dig |er )?(?:igen )?(?:i morgon|imorgon|på|nästa)\b",
}
OPENING_WORDS: dict[Language, str] = {
    L.en: r"\b(?:reopens?|re-opens?|closes?|closed|closing|opens|open again|shut|office hours|opening hours|(?:room|hall|venue) is (?:free|available|open)|(?:office|offices|shop|studio|salon|clinic|we) (?:is |are )?open (?:from )?\d)\b",
    L.fr: r"\b(?:rouvre|rouvrira|ferme|fermera|fermé|fermée|fermeture|réouverture|clôture|clôturera|ouvert|ouverte|heures d['’]ouverture|horaires? d['’]ouverture|heures de bureau|salle (?:est )?(?:libre|disponible))\b",
    L.it: r"\b(?:riapre|riaprirà|riapertura|chiude|chiuderà|chiuso|chiusa|chiusura|orari[o]? (?:di )?(?:apertura|ufficio)|(?:siamo|è) apert[oi] (?:dalle|tutti|dal)|(?:sala|aula|stanza)\b[^.!?\n]{0,30}\b(?:è )?(?:libera|disponibile|aperta))\b",
    L.nl: r"\b(?:heropent|gaat (?:weer )?open|sluit|gesloten|dicht|sluiting|openingstijden|openingsuren|kantooruren|(?:zaal|school|ruimte|lokaal) (?:is )?(?:\w+ )?open|is (?:\w+ |'s \w+ ){0,3}open)\b",
    L.sv: r"\b(?:öppnar|stänger|stängt|stängd|julstängt|stängning|öppettider|kontorstid|har (?:\w+ )?öppet|är öppet|(?:salen|lokalen|rummet) är (?:ledig|tillgänglig|öppen))\b",
}


# A time in a wish ("Buona domenica", "Bon week-end", "Have a good Friday", "Fijne zondag", "Trevlig fredag") is no time.
WISH_BEFORE: dict[Language, str] = {
    L.en: r"\b(?:have a (?:nice|good|great|lovely|wonderful)|enjoy (?:your|the)|happy)\s+$",
    L.fr: r"\b(?:bon|bonne|excellent|excellente|beau|belle)\s+$",
    L.it: r"\b(?:buon|buona|buone|felice)\s+$",
    L.nl: r"\b(?:fijne?|prettige?|goede?)\s+$",
    L.sv: r"\b(?:trevlig|god|glad|ha en (?:trevlig|skön|bra))\s+$",
}
# A weekday said of any week ("any Wednesday afternoon", "n'importe quel mercredi", "il sabato non lavori",
# "elke dinsdag", "varje fredag"): a habit, no time of a meeting.
# "any morning next week", "n'importe quel jour", "qualsiasi mattina", "elke ochtend volgende week", "vilken dag som helst":
# no time named (a bare weekday after these words is ANY_DAY_BEFORE).
ANY_TIME_BEFORE: dict[Language, str] = {
    L.en: r"\bany\s+$", L.fr: r"\bn['’]importe quel(?:le)?\s+$", L.it: r"\b(?:qualsiasi|qualunque)\s+$",
    L.nl: r"\b(?:elke|iedere|om het even welke)\s+$", L.sv: r"\bvilken\s+$",
}
ANY_DAY_BEFORE: dict[Language, str] = {
    L.en: r"\b(?:any|every|most)\s+$",
    L.fr: r"\b(?:n['’]importe quel(?:le)?|tous les|chaque|le)\s+$",
    L.it: r"\b(?:qualsiasi|qualunque|ogni|tutti i|il|la)\s+$",
    L.nl: r"\b(?:elke|iedere|alle)\s+$",
    L.sv: r"\b(?:varje|alla)\s+$",
}
# Another event's time, in a clause that does not name the meeting: when something was received, decided,
# announced or sent, or when the client had cancelled ("la convocation reçue hier", "décidé ce matin",
# "die vandaag werd aangekondigd", "the invoice you sent Friday", "avevo disdetto ... la sera prima").
OTHER_EVENT: dict[Language, str] = {
    L.en: r"\b(?:received|decided|announced|you sent|was sent|were sent|(?:i|we) sent|had cancell?ed|i cancell?ed|we cancell?ed|(?:i|we) (?:texted|messaged|emailed|e-mailed|rang|phoned|called you))\b",
    L.fr: r"\b(?:reçue?s?|décidée?s?|annoncée?s?|envoyée?s?|transmise?s?|avais annulée?|avions annulée?|(?:j['’]ai|nous avons|on a) (?:envoyé un (?:sms|texto|message)|téléphoné|appelé))\b",
    L.it: r"\b(?:ricevut[oaie]|decis[oaie]|annunciat[oaie]|inviat[oaie]|mandat[oaie]|avevo disdett[oa]|avevo annullat[oa]|avevamo disdett[oa]|(?:ho|abbiamo) (?:telefonato|chiamato|mandato un messaggio|scritto un messaggio))\b",
    L.nl: r"\b(?:(?:heb|hebben|had|werd|is|zijn) (?:[\w-]+ ){0,4}ontvangen|besloten|aangekondigd|gestuurd|verstuurd|had afgezegd|had geannuleerd|(?:heb|hebben) (?:ik |we |wij )?(?:\w+ )?(?:ge-?sms't|geappt|gebeld|gemaild))\b",
    L.sv: r"\b(?:mottagen|mottog|beslutade|beslutat|meddelade|skickade|hade avbokat|(?:jag|vi) (?:sms:ade|smsade|ringde|mejlade))\b",
}
# The meeting's own time: right after the noun naming it, through a link ("la visite de chantier de mercredi 8h",
# "la formation ... prévue le jeudi 10/12", "il sopralluogo in villa di martedì", "de workshop van vrijdag",
# "the session booked for Thursday", "mötet på tisdag"); the possessive before it ("Wednesday's site walk-round").
ANCHOR_LINK: dict[Language, str] = {  # strong links: the time is said of the meeting whatever the clause does
    L.en: r"(?:of|from|scheduled for|booked for|set for|planned for|arranged for|\()",
    L.fr: r"(?:de|du|d['’]|prévue?s? (?:le|pour|ce|au)|fixée?s? (?:le|au)|calée?s? (?:le|au)|programmée?s? (?:le|pour)|planifiée?s? (?:le|pour)|\()",
    L.it: r"(?:di|del|dell['’]|delle|fissat[oa] (?:per|a)|previst[oa] (?:per|il)|in programma|\()",
    L.nl: r"(?:van|gepland (?:op|voor)|ingepland (?:op|voor)|\()",
    L.sv: r"(?:inbokad(?:e)? (?:på|till)|planerad(?:e)? (?:på|till)|bokad(?:e)? (?:på|till)|\()",
}
# Weak links ("the meeting on Friday", "la réunion le mercredi", "mötet på tisdag"): the meeting's time unless the
# clause moves it or offers a time instead ("reprogrammer cette réunion le mercredi 7 octobre").
ANCHOR_WEAK: dict[Language, str] = {
    L.en: r"(?:on|at|for|this|next)", L.fr: r"(?:le|ce|à|pour)", L.it: r"(?:il|per|alle|a)", L.nl: r"(?:op|om|voor)",
    L.sv: r"(?:på|den|om|i)",
}
# A clause offering a time instead ("could you come on Friday rather?"): its time is no current meeting's.
INSTEAD_WORDS: dict[Language, str] = {
    L.en: r"\b(?:instead|rather|move|moving|push|shift|reschedul\w*|postpone\w*|rebook\w*)\b",
    L.fr: r"\b(?:plutôt|à la place|déplacer|décaler|reporter|repousser|au lieu|reprogramm\w*|replanifi\w*)\b",
    L.it: r"\b(?:invece|piuttosto|spostar\w*|anticipar\w*|posticipar\w*|riprogramm\w*|rimandar\w*|rinviar\w*|recuperar\w*)\b",
    L.nl: r"\b(?:liever|in plaats|verzetten|verplaatsen|verschuiven|opnieuw in(?:te)?plannen|herplannen|inhalen)\b",
    L.sv: r"\b(?:hellre|istället|i stället|flytta|boka om|omboka|skjuta upp|ta igen)\b",
}
# A forwarded invitation the client asks the user to attend for them is an invitation to the user.
DELEGATE_ASK: dict[Language, str] = {
    L.en: r"\b(?:on (?:our|my) behalf|in my (?:place|stead)|go (?:along )?instead|(?:go|attend) for (?:me|us)|(?:could|can|would) you (?:go|attend|represent|cover))\b",
    L.fr: r"(?:à ma place|à notre place|me remplacer|nous représenter|y aller pour (?:moi|nous)|y alliez|y aller à (?:ma|notre)|(?:pourrais|pourriez|peux|pouvez)[- ](?:tu|vous) y aller)",
    L.it: r"\b(?:al mio posto|al posto mio|in mia vece|sostituirmi|rappresentarci|andarci tu|andarci per (?:me|noi)|ci fossi anche tu|ci fossi tu)\b",
    L.nl: r"\b(?:namens|in (?:mijn|jouw|uw|je) plaats|mij vervangen|in onze plaats|voor (?:mij|ons) (?:heen )?gaan|zou jij (?:\w+ ){0,4}(?:gaan|willen gaan))\b",
    L.sv: r"\b(?:i mitt ställe|i vårt ställe|för vår räkning|kan du gå|gå istället|representera oss|(?:gå|åka) dit för (?:mig|oss))\b",
}
# Cancelling now, in so many words ("I am writing to cancel", "je suis au regret d'annuler"): a question about the
# charge beside it does not make the message a policy question.
CANCEL_NOW: dict[Language, str] = {
    L.en: r"\b(?:writing to cancel|have to cancel|need to cancel|must cancel|(?:would like|want|wish) to cancel|i'?m cancell?ing|we'?re cancell?ing|am cancell?ing|are cancell?ing|forced to cancel|no choice but to cancel)\b",
    L.fr: r"(?:dois (?:malheureusement )?annuler|devons (?:malheureusement )?annuler|au regret d'annuler|j'annule|nous annulons|souhait\w+ annuler|(?:contraints?|contraintes?|obligée?s?) d['’]annuler)",
    L.it: r"\b(?:devo (?:purtroppo )?annullare|dobbiamo (?:purtroppo )?annullare|annullo|disdico|vorrei disdire|devo disdire|costrett[ioae] (?:a |ad )(?:annullare|disdire))\b",
    L.nl: r"\b(?:moet(?:en)? (?:\w+ ){0,4}(?:afzeggen|annuleren)|ik zeg (?:\w+ ){0,3}af|wil(?:len)? (?:\w+ ){0,3}annuleren|genoodzaakt (?:\w+ ){0,4}(?:te annuleren|af te zeggen))\b",
    L.sv: r"\b(?:måste (?:tyvärr )?(?:avboka|ställa in)|vill avboka|avbokar|tvungna att (?:avboka|ställa in))\b",
}

# "né mercoledì né giovedì", "neither Wednesday nor Thursday", "ni mardi ni mercredi", "noch woensdag noch donderdag",
# "varken onsdag eller torsdag": days ruled out.
NEITHER_BEFORE: dict[Language, str] = {
    L.en: r"\b(?:neither|nor)\s+(?:on\s+)?$", L.fr: r"\bni\s+(?:le\s+)?$", L.it: r"\bné\s+(?:il\s+|la\s+)?$",
    L.nl: r"\bnoch\s+(?:op\s+)?$", L.sv: r"\bvarken\s+(?:på\s+)?(?:\S+\s+){0,3}?(?:eller\s+(?:på\s+)?)?$",
}

# A time the client had wrongly believed ("ero convinta che fosse alle 15", "I thought it was at 3"), or one for a phone
# call instead ("ik ben morgen op kantoor als je liever belt"): no time of the meeting, no offer.
BELIEVED: dict[Language, str] = {
    L.en: r"\b(?:thought (?:it|the \w+|our \w+) was|had (?:it )?(?:down|noted|written down)|had (?:it|the \w+) in my (?:diary|calendar|agenda)|was convinced|believed)\b",
    L.fr: r"(?:\bcroyais que|\bpensais que (?:c['’]était|le|la|notre)|\bavais noté|\bavais inscrit|\bétais convaincue?)",
    L.it: r"\b(?:ero convint[oa]|credevo che|pensavo che (?:fosse|il|la)|avevo segnato|avevo capito|l['’](?:ero|avevo) (?:segnat|annotat|scritt)[oa])\b",
    L.nl: r"\b(?:dacht dat (?:het|de|onze|ons)|had (?:\w+ )?genoteerd|had (?:het )?opgeschreven|had (?:\w+ ){1,6}in mijn agenda(?: staan)?)\b",
    L.sv: r"\b(?:trodde att|hade skrivit upp|hade antecknat|hade (?:\w+ ){1,4}i (?:min )?kalendern)\b",
}
CALL_INSTEAD: dict[Language, str] = {
    L.en: r"\b(?:rather|prefer to) (?:call|phone|ring)\b", L.fr: r"\bpréf[éè]r\w* (?:appeler|téléphoner|un appel)",
    L.it: r"\bprefer\w* (?:chiamare|sentirci|telefonare)\b", L.nl: r"\bliever (?:belt|bellen|belt\b)", L.sv: r"\bhellre (?:ringer|ringa)\b",
}

# A message that opens by confirming ("Bevestigd: de kwartaalreview ...", "Confirmed: ..."): a confirmation, not an invitation.
CONFIRM_OPEN = r"(?:^|\n)[ \t]*(?:confirmed|confirmé|confirmée|c'est confirmé|confermato|confermata|bevestigd|bekräftat|bekräftad)[ \t]*[:!,.–-]"

# Verb frames that ask the user to come, take part or give something ("J'aimerais t'avoir pour un atelier", "zouden graag
# een gastles laten verzorgen", "Skulle du kunna komma till vårt styrelsesammanträde"): an invitation whatever the event is called.
# A question about a meeting already set (who may come along, what to bring, "before our meeting on ..."): not an
# invitation, though it names the meeting ("Inför mötet om bodelningen på tisdag ... undrar jag", "Nog even over de
# workshop morgen: mag mijn collega ook aansluiten?", "all'incontro di lunedì può venire anche mio cognato?").
PLANNED_ASK: dict[Language, str] = {
    L.en: r"(?:\b(?:ahead of|before|regarding|re|about) (?:our|the|tomorrow's|monday's|tuesday's|wednesday's|thursday's|friday's) (?:\w+ ){0,3}(?:meeting|session|workshop|appointment|call|visit|review|consultation|training)\b[^.!?\n]{0,80}(?:\?|(?:i|we) (?:wanted|wonder|was wondering|have (?:a|two|some) (?:quick )?questions?))|\b(?:can|could|may|would it be ok if) (?:my|our) (?:\w+ ){0,2}(?:also |too )?(?:come|join|attend|tag along|sit in)\b|\bbring (?:my|our) \w+ (?:along|with me|with us)\b)|\b(?:can|could|may) (?:i|we) (?:also )?(?:attend|follow|join|watch|take part in|dial in(?:to)?)\b[^.!?\n]{0,60}\b(?:online|remotely|virtually|by video|via (?:teams|zoom))\b[^.!?\n]{0,40}\?",
    L.fr: r"(?:\b(?:en vue d[eu]|avant|concernant|à propos d[eu]|pour) (?:notre|votre|le|la|l['’]) ?(?:\w+ ){0,2}(?:rendez-vous|réunion|séance|atelier|visite|rdv|formation|consultation)\b[^.!?\n]{0,80}\?|\b(?:est-ce que )?(?:mon|ma|mes|notre) \w+ (?:peut|peuvent|pourrai(?:t|ent)) (?:aussi |également )?(?:venir|m['’]accompagner|nous accompagner|se joindre|assister)\b)|\b(?:puis-je|pourrais-je|est-ce que je (?:peux|pourrais)|pouvons-nous|pourrions-nous|peut-on) (?:aussi |également )?(?:suivre|assister à|participer à|rejoindre)\b[^.!?\n]{0,60}\b(?:en ligne|à distance|en visio)\b[^.!?\n]{0,40}\?",
    L.it: r"(?:\b(?:in vista del(?:l['’]|la|lo)?|prima del(?:l['’]|la|lo)?|riguardo al(?:l['’]|la|lo)?|per) ?(?:\w+ ){0,1}(?:incontro|riunione|appuntamento|seduta|sopralluogo|corso|visita|laboratorio)\b[^.!?\n]{0,80}\?|\b(?:può|possa|potrebbe) (?:venire|partecipare|esserci|unirsi) anche\b|\b(?:può|possa|potrebbe) anche (?:venire|partecipare|esserci)\b)|\b(?:posso|potrei|possiamo|potremmo|si può) (?:anche )?(?:seguire|partecipare|collegarmi|collegarci|assistere)\b[^.!?\n]{0,60}\b(?:online|da remoto|a distanza|in videochiamata|su (?:teams|zoom))\b[^.!?\n]{0,40}\?",
    L.nl: r"(?:\b(?:nog (?:even )?over|voorafgaand aan|vóór|voor|over) (?:de|het|ons|onze|jullie) (?:\w+ ){0,2}(?:afspraak|overleg|workshop|training|sessie|les|bijeenkomst|gesprek|bezoek)\b[^.!?\n]{0,80}\?|\bmag (?:mijn|onze) (?:\w+ ){0,2}(?:ook )?(?:aansluiten|meekomen|mee(?: komen)?|erbij zijn)\b)|\b(?:kan|mag|kunnen|mogen) (?:ik|we|wij)\b[^.!?\n]{0,60}\b(?:online|op afstand|digitaal|via (?:teams|zoom)) (?:volgen|bijwonen|meedoen|deelnemen|aansluiten|inbellen)\b[^.!?\n]{0,40}\?",
    L.sv: r"(?:\b(?:inför|angående|om) (?:mötet|vårt möte|träffen|besöket|samtalet|kursen|workshopen|sittningen|genomgången)\b[^.!?\n]{0,80}(?:\?|undrar (?:jag|vi))|\b(?:min|mitt|mina|vår) \w+ (?:också )?(?:följer|får följa|kan följa) med\b|\bgår det bra att (?:min|mitt|mina|vår) \w+ (?:följer|kommer) med\b)|\b(?:kan|får) (?:jag|vi)\b[^.!?\n]{0,40}\b(?:följa|delta i|vara med på|ansluta till)\b[^.!?\n]{0,40}\b(?:digitalt|på distans|online|via (?:teams|zoom))\b[^.!?\n]{0,40}\?",
}
INVITE_FRAMES: dict[Language, str] = {
    L.en: r"(?:\b(?:would (?:love|like) (?:to have you|you to (?:join|come|give|lead|run|facilitate|speak|present|take part))|we(?:'d| would) love (?:to have )?you (?:to )?(?:join|come|give|lead|run|facilitate|speak|present)|(?:could|would) you (?:be (?:willing|able) to )?(?:come (?:to|and)|join us|give|lead|run|facilitate|speak at|present (?:at|to))|our proposal is|your presence would|(?:love|like) to have you (?:at|join|with)|(?:we )?hope (?:that )?you (?:can|could|will be able to) (?:come|join|attend|make it))\b)|\b(?:we|i)(?:'d|’d| would) like to (?:hold|schedule|set up|arrange|organi[sz]e|run|have|book|plan|fix) (?:in )?(?:the|our|a|an|this|next)\b|\blet (?:me|us) know (?:if|whether) you(?:'ll| will| can| could)? (?:make it|join(?: us)?|attend|be there|come)\b",
    L.fr: r"(?:(?:\b(?:j['’]aimerais|nous aimerions|on aimerait|nous souhaiterions|souhaiterions) (?:bien )?que (?:vous|tu) (?:veniez|viennes|présentiez|animiez|interveniez)\b|\b(?:j['’]aimerais|nous aimerions|on aimerait) (?:t|vous)['’]avoir\b|\b(?:aimerais|aimerions|souhaiterais|souhaiterions|voudrions) (?:vous|te) (?:avoir|inviter|convier|accueillir|confier)|\b(?:pourriez-vous|pourrais-tu|accepteriez-vous|accepterais-tu) (?:venir|animer|intervenir|présenter|donner|participer)|\bnotre proposition (?:est|serait)|\bvotre présence (?:nous )?(?:serait|sera|est)\b|\bnous (?:serions|serons) (?:très |vraiment )?(?:heureux|ravis|honorés) que (?:vous|tu)\b))|\b(?:nous aimerions|j['’]aimerais|nous souhaitons|je souhaite|nous souhaiterions) (?:tenir|organiser|planifier|fixer) (?:le|la|l['’]|notre|un|une)|\b(?:dire|confirmer|faire savoir) si (?:vous serez|tu seras|vous pourrez|tu pourras) (?:présente?s?|là|des nôtres|venir)\b",
    L.it: r"(?:\b(?:(?:vorremmo|vorrei|ci piacerebbe|mi piacerebbe) (?:tanto |molto )?che (?:lei |tu |voi )?(?:venisse|venissi|veniste|presentasse|tenesse|raccontasse)|(?:vorremmo|vorrei|ci piacerebbe|mi piacerebbe) (?:averla|averti|invitarla|invitarti|coinvolgerla|coinvolgerti)|(?:potrebbe|potresti|sarebbe disponibile a|saresti disponibile a) (?:venire|tenere|presentare|intervenire|partecipare)|saremmo (?:lieti|felici|onorati)|la nostra proposta è|la (?:sua|tua|vostra) presenza (?:sarebbe|è|ci sarebbe)|speriamo (?:che )?(?:lei )?possa (?:venire|esserci|partecipare))\b)|\b(?:vorremmo|vorrei) (?:tenere|organizzare|fissare) (?:il|la|l['’]|lo|un|una)|\bsapere se (?:ci sarà|ci sarai|potrà esserci|potrai esserci|riesce a venire|riesci a venire|potrà venire|potrai venire)\b",
    L.nl: r"(?:\b(?:zouden (?:we |wij )?(?:het )?(?:heel |erg |echt )?(?:graag|fijn vinden)|zou (?:je|u) (?:\w+ ){0,3}(?:willen|kunnen) (?:komen|geven|verzorgen|presenteren|spreken|leiden)|(?:wil|wilt) (?:je|u) (?:\w+ ){0,4}(?:komen|geven|verzorgen|presenteren)|ons voorstel is|(?:je|jij|u) (?:\w+ ){0,2}mee (?:willen|kunnen) (?:gaan|komen)|uw aanwezigheid|(?:hopen|hoop) (?:dat )?(?:je|u) (?:kan|kunt|erbij kan|erbij kunt) (?:komen|zijn))\b)|\b(?:plannen|houden|organiseren) we (?:de|het|een|onze)\b|\b(?:graag|willen|zouden) (?:\w+ ){0,8}inplannen\b|\bweten of (?:je|u|jij) (?:erbij (?:bent|kan zijn|kunt zijn|zal zijn)|(?:kan|kunt) komen)\b",
    L.sv: r"(?:\b(?:(?:skulle|vill) (?:gärna )?(?:vilja )?(?:att|ha att) (?:du|ni) (?:kommer|berättar|håller|presenterar|leder)|skulle (?:du|ni) (?:kunna|vilja) (?:komma|delta|presentera|hålla|leda|vara med)|vill (?:gärna )?(?:höra|ha med|bjuda in) (?:dig|er)|vårt förslag är|(?:hoppas|hoppades) (?:att )?(?:du|ni) (?:kan|vill) (?:komma|delta|vara med)|(?:din|er) närvaro)\b)|\b(?:undrar|undrade) (?:om|ifall) (?:du|ni) (?:kan|vill|har möjlighet att) (?:komma|delta|närvara|vara med)\b|\b(?:meddela|säg till|hör av dig) (?:om|ifall) (?:du|ni) (?:kan|kommer)(?: komma)?\b",
}

# The subject line, a weaker cue than the client's words: it names the kind of message when the words do not.
SUBJECT_INVITE = r"^(?:\s*(?:re|ré|sv|aw|antw|r|fw|fwd|tr|vs|i)\s?:)*\s*(?:invitation|invite|invito|invitación|uitnodiging|inbjudan)\b"
SUBJECT_MISSED = r"^(?:\s*(?:re|ré|sv|aw|antw|r|fw|fwd|tr|vs|i)\s?:)*\s*(?:missed|gemiste|gemist|missad\w*|missat|(?:rendez-vous|séance|cours) manqu\w*|appuntamento mancato|lezione persa|mancat[oa])\b"

# Words that say what kind of message the subject line heads ("Uitnodiging bewonersavond", "Gemiste afspraak onderhoud",
# "Missade förrättningen", "Invito – presentazione ...", "Inbjudan till samråd"): they go, with a linking word, when the
# subject stands for the meeting.
SUBJECT_TYPE_WORDS = (r"(?:invitation|invite|invito|uitnodiging|inbjudan|missed|gemiste|gemist|missade|missad|manqué|mancato|"
                      r"reminder|rappel|promemoria|herinnering|påminnelse)(?:[ \t]+(?:to|for|à|au|pour|a|al|alla|per|voor|tot|till|för|om))?")

# "föräldraledig från den 14:e", "on leave from the 18th", "en congé à partir du 14": the start of a period away.
FROM_BEFORE: dict[Language, str] = {
    L.en: r"\b(?:from|as of|starting)\s+(?:the\s+)?$", L.fr: r"(?:\bà partir d[ue']|\bdès)\s*(?:le\s+)?$",
    L.it: r"\b(?:dal|dall['’]|dalla|a partire da(?:l)?)\s*$", L.nl: r"\b(?:vanaf|per)\s+(?:de\s+)?$", L.sv: r"\b(?:från|fr\.o\.m\.?|från och med)\s+(?:den\s+)?$",
}
# "nästa föreläsning den 21 januari", "the next session on 14 May": a meeting already planned, not a time offered.
NEXT_MEETING: dict[Language, str] = {
    L.en: r"\bnext\s+[\w-]+\s+(?:on\s+)?(?:the\s+)?$", L.fr: r"\bprochaine?\s+[\w-]+\s+(?:du\s+|le\s+)?$",
    L.it: r"\bprossim[oa]\s+[\w-]+\s+(?:del\s+|il\s+)?$", L.nl: r"\bvolgende\s+[\w-]+\s+(?:op\s+|van\s+)?$",
    L.sv: r"\bnästa\s+[\w-]+\s+(?:den\s+|på\s+)?$",
}

# A slot counted in weeks from the meeting ("two weeks ahead, same time", "la semaine d'après, même heure", "la
# settimana successiva, stesso giorno e stessa ora", "een week later, zelfde tijd", "två veckor framåt, samma tid"):
# the meeting's day that many weeks on; with "same time", at its clock. `n` is the number of weeks in words or digits.
# Said right after a time the client names, it replaces the meeting's ("Could we do the drawings review on Wednesday
# 16th at 4.45pm instead?"): offered, though written onto the meeting's noun.
INSTEAD_AFTER: dict[Language, str] = {
    L.en: r"\s*,?\s*(?:instead|rather)\b", L.fr: r"\s*,?\s*(?:plutôt|à la place)\b", L.it: r"\s*,?\s*(?:invece|piuttosto)\b",
    L.nl: r"\s*,?\s*(?:in plaats daarvan|liever|daarvoor in de plaats)\b", L.sv: r"\s*,?\s*(?:istället|i stället)\b",
}
WEEKS_AFTER: dict[Language, str] = {
    L.en: r"(?:(?:at )?(?:the )?same (?:day and )?time,? )?(?:(?P<n>a|one|two|three|\d) weeks? (?:later|on|after|ahead)|the week after)(?:,? (?:at )?(?:the )?same (?:day and )?time)?",
    L.fr: r"(?:(?:le )?même jour,? )?(?:(?:à la )?même heure,? )?(?:la semaine (?:d['’]après|suivante)|(?P<n>une|deux|trois|\d) semaines? plus tard)(?:,? (?:(?:le )?même jour,? )?(?:à la )?même heure)?",
    L.it: r"(?:(?:allo )?stesso giorno e (?:alla )?stessa ora,? )?(?:la settimana (?:successiva|seguente|dopo)|(?P<n>una|due|tre|\d) (?:settimana|settimane) (?:dopo|più tardi))(?:,? (?:(?:allo )?stesso giorno e )?(?:alla stessa ora|stessa ora|stesso orario))?",
    L.nl: r"(?:(?:op )?(?:hetzelfde|zelfde|dezelfde) (?:tijd|tijdstip|uur),? )?(?:(?P<n>een|één|twee|drie|\d) (?:week|weken) later|de week (?:erna|daarna|erop))(?:,? (?:op )?(?:hetzelfde|zelfde|dezelfde) (?:tijd|tijdstip|uur))?",
    L.sv: r"(?:(?:på )?samma tid,? )?(?:(?P<n>en|två|tre|\d) (?:vecka|veckor) (?:framåt|senare|efter)|om (?P<n2>en|två|tre|\d) (?:vecka|veckor)|veckan (?:efter|därpå))(?:,? (?:på )?samma (?:tid|tidpunkt))?",
}
# "onsdag om två veckor, samma tid", "Wednesday in two weeks", "mardi dans deux semaines": a weekday that many weeks on,
# one slot with the weekday said before it.
IN_WEEKS: dict[Language, str] = {
    L.en: r"(?:in|a) (?P<n>a|one|two|three|\d) weeks?(?:['’] time)?", L.fr: r"dans (?P<n>une|deux|trois|\d) semaines?",
    L.it: r"(?:tra|fra) (?P<n>una|due|tre|\d) settimane?", L.nl: r"over (?P<n>een|één|twee|drie|\d) (?:week|weken)",
    L.sv: r"om (?P<n>en|två|tre|\d) (?:vecka|veckor)",
}
WEEK_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "une": 1, "deux": 2, "trois": 3, "una": 1, "due": 2, "tre": 3,
              "een": 1, "één": 1, "twee": 2, "drie": 3, "en": 1, "två": 2}

# Thanks for a meeting: the meeting thanked for lies behind ("Bedankt voor de training van vrijdag" is last Friday).
THANKS_FOR: dict[Language, str] = {
    L.en: r"\b(?:thanks|thank you|cheers)(?: (?:so|very) much| again| a lot)? for (?:the|our|your|today's|yesterday's|last)\b",
    L.fr: r"\bmerci (?:beaucoup |encore |bien )?(?:pour|de) (?:la|le|l['’]|notre|votre|ta|ton|cette|ce)",
    L.it: r"\bgrazie (?:mille |ancora |tante )?(?:per (?:la|il|l['’]|lo|il nostro|la nostra|la tua|la sua)|della|del|dello|dell['’])",
    L.nl: r"\b(?:bedankt|dank (?:je|u)(?: wel)?|merci) (?:nog |alvast )?voor (?:de|het|onze|ons|jullie|je|uw)\b",
    L.sv: r"\btack (?:så mycket |igen )?för (?!inbjudan)",
}
