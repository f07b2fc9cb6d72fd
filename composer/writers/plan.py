"""Pure planning: which moves a message makes, decided from the situation and the guidance.

The plan is language-independent; each phrasebook in `composer.writers.phrases` realises it in its
own words. Keeping the decisions here means all five languages follow the guidance the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from composer.facts import fmt_number
from composer.models import CLIENT_SIDE, Intent, Language, Passage, Relationship, Situation, Strategy, Tone

Alternative = Literal["shorter", "call", "email", "later"]
MeetingKind = Literal["meeting", "event", "call"]
# What the meeting phrase's head is, for how it is named: "our X" (a meeting), "the X" (an event), "your X
# appointment" (a service the client books), a call stays a call, and an unknown head is named as typed with a
# determiner (never framed as "our meeting about X").
Head = Literal["meeting", "event", "appointment", "call", "unknown"]

# What the meeting is, from words in any of the five languages: an event (a dinner, a photo shoot, a
# trade fair) cannot become a call or an email; a call already is one. Everything else is a meeting.
_EVENT = re.compile(
    r"(?<![\w-])(dinner|lunch|breakfast|gala|party|(?:leaving|farewell|retirement|christmas|xmas|birthday|summer|office|team)\s+do|reception|shoot|photoshoot|photo\s?shoot|filming|conference|"
    r"trade\s?(?:fair|show)|fair|exhibition|expo|launch\s+event|event|ceremony|concert|drinks|festival|"
    r"petit-déjeuner|petit-dejeuner|dîner|diner|déjeuner|dejeuner|repas|soirée|soiree|cocktail|shooting|séance\s+photo|tournage|salon|vernissage|inauguration|afterwork|"
    r"cena|pranzo|colazione|aperitivo|festa|servizio\s+fotografico|fiera|evento|inaugurazione|"
    r"borrel|receptie|fotoshoot|beurs|congres|feest|evenement|"
    r"middag|middagen|luncher?n?|frukost|fest|festen|fotografering(?:en)?|mässa|mässan|konferens(?:en)?|mingel|"
    r"fika|fikat|fikan|mottagning(?:en)?|inspelning(?:en)?|filmning(?:en)?|koffie|"
    # away days and gatherings of a day or more: declined as an event, never replaced by a quick call
    r"offsite|off-site|retreat|away\s?day|convention|seminar|séminaire|seminaire|seminario|seminarie|summit|congress|congrès|"
    r"convegno|congresso|heidag|kick-off\s+event|teambuilding|team-building|conferentie|kongress|konvent|kickoff-resa|"
    # days out, recordings and award nights: attended, never replaced by a call
    r"webinar|webinaire|webinario|webinarium|golf|golf\s?day|tournament|tournoi|torneo|toernooi|podcast|recording|enregistrement|registrazione|opname|"
    r"awards?|premiazione|remise\s+des\s+prix|prisutdelning|gala\s?day|open\s+day|journée\s+portes\s+ouvertes|"
    # performances, weddings, matches and drinks: an invitation, never replaced by a call "to keep things moving"
    r"concerto|spettacolo|spectacle|mostra|exposition|matrimonio|mariage|wedding|partita|apéro|apéritif|aperitif|brindisi|rinfresco|"
    # nights out and office socials: a bowling night, a quiz, a tombola, a Christmas table
    r"night|nights|night\s+out|bowling|quiz|karaoke|barbecue|bbq|picnic|tombola|tombolata|julbord|julbordet|kerstborrel|"
    r"kerstdiner|kerstfeest|afterwork|pot\s+de\s+départ|pot\s+de\s+fin\s+d'année|serata|cenone|gita|sortie)(?![\w-])",
    re.IGNORECASE,
)
_CALL = re.compile(
    r"(?<![\w-])(call|phone|zoom|teams|video\s?call|appel|visio|visioconférence|téléphon\w*|telefonata|chiamata|"
    r"videochiamata|videocall|belletje|telefo\w*|videogesprek|beeldbellen|samtal|telefonmöte|videomöte)(?![\w-])",
    re.IGNORECASE,
)
# A decline that closes the door: nothing is offered instead, nothing "keeps things moving".
_FINAL = re.compile(
    r"not (?:be )?(?:pursu|proceed|going ahead|interested|continu)|decided (?:not|against)|(?:chosen|chose|opted) not to|no longer|"
    # a decision not to do what the meeting was for ("nous avons choisi de ne pas externaliser", "abbiamo deciso di non")
    r"(?:choisi|décidé|opté pour le fait) de ne (?:pas|plus)|(?:deciso|scelto) di non|"
    r"ne (?:plus|pas donner suite)|pas (?:donner suite|poursuivre)|ne plus|"
    r"non (?:proseguire|procedere|dare seguito|siamo (?:più )?interessati)|non più|"
    r"geen interesse|niet (?:verder|door)gaan|niet langer|"
    r"inte (?:gå vidare|längre|intresserade)|avstå|"
    # no change of supplier or system planned: a vendor's demo is declined, nothing to keep moving
    r"(?:won't|will not|aren't|are not|not) (?:be )?(?:chang|switch)\w*|ne changerons pas|pas (?:changer|de changement)|"
    r"non cambier\w*|non (?:passer|cambi)\w*|(?:stappen|wisselen|veranderen)\b.*\bniet\b|niet (?:over|wissel|verander)\w*|"
    r"byter inte|inte (?:byta|byter)|"
    # a decision already taken (stay with the current supplier, another one chosen, no budget): a no on substance
    r"decided to (?:stay|stick|keep|remain|continue|go with|work with)|(?:stay|stick|remain)(?:ing)? with (?:our|the) (?:current|existing|present)|"
    r"(?:chosen|chose|gone with|went with|selected|opted for|picked) (?:another|a different|an? other|someone else)|"
    r"(?:no|any) budget|budget (?:has been |was |is )?(?:cut|frozen|spent|allocated)|"
    r"(?:on|nous) rest(?:e|ons) (?:sur|avec|chez|fidèles)|rester (?:sur|avec|chez) not|garder notre (?:prestataire|fournisseur|solution|outil)|"
    r"(?:avons|a) (?:choisi|retenu|opté pour|sélectionné) (?:un autre|une autre|un concurrent)|pas de budget|(?:aucun|plus de) budget|"
    r"rest(?:iamo|are|eremo) con|rimaniamo con|rimanere con|(?:abbiamo|ho) (?:scelto|optato per|selezionato) (?:un altro|un'altra|altr)|"
    r"(?:nessun|senza|non (?:c'è|abbiamo)(?: il| un)?) budget|"
    # a contract just renewed or running for years with the current provider: a vendor's demo is a no on substance
    r"(?:renewed|extended|signed) (?:our|the|a|a new) (?:\w+ )?contract|contract\b.{0,60}\bruns? (?:until|to|through)|"
    r"renouvel\w* (?:le|notre|un) (?:\w+ )?contrat|contrat\b.{0,60}\b(?:court|va|valable) jusqu|"
    r"rinnovat\w* (?:il|un|del) (?:\w+ )?contratto|contratto\b.{0,60}\b(?:scade|dura|vale) (?:fino|nel|a)",
    re.IGNORECASE,
)
# Dutch and Swedish decisions already taken (another package chosen, a contract signed elsewhere, staying with
# the current supplier, no budget): a no on substance, kept apart from _FINAL so each language's words stay together.
_FINAL_NL_SV = re.compile(
    r"(?:voor|met) (?:een )?(?:ander|andere) \w+ (?:gekozen|in zee|verder)|(?:gekozen|gaan) voor (?:een )?(?:ander|andere)\b|"
    r"blijven (?:bij|met) (?:onze|ons|de) (?:huidige|bestaande)|geen budget|budget is (?:op|bevroren|geschrapt)|"
    r"besloten (?:om )?(?:niet|te blijven|door te gaan met)|"
    r"(?:valt|valde|har valt|har bestämt oss för|gått vidare med|skrivit avtal med|tecknat avtal med) (?:en )?(?:annan|ett annat|andra)|"
    r"stannar (?:hos|kvar hos|med) (?:vår|vårt|den) (?:nuvarande|befintliga)|(?:ingen|har inte) budget|beslutat att (?:inte|stanna)|"
    # a contract signed elsewhere, or the matter put off by a decision: nothing to keep moving
    r"(?:contract|overeenkomst|avtal)\b.*\b(?:met|bij|med) (?:een |en )?(?:andere?|annan)\b|"
    r"(?:besloten|bestämt oss för|beslutat) (?:om |att )?(?:te )?(?:wachten|vänta|avvakta|uit te stellen|skjuta upp)|"
    # already served by someone they are happy with
    r"(?:hebben|har) (?:al|redan) (?:een|en|ett) (?:\w+ )?(?:leverancier|leverantör|partner|systeem|system|oplossing|lösning|pakket|bureau|byrå)",
    re.IGNORECASE,
)
# The sender is away (leave, holiday, illness): a delegate does not promise to stay reachable.
_AWAY = re.compile(
    r"leave|holiday|vacation|sabbatical|off sick|\bill\b|illness|surgery|hospital|\b(?:off|away) for (?:a|an|one|two|three|four|six|\d+) (?:week|month)|"
    r"maternity|paternity|\bdue on\b|"
    r"congé|conge|vacances|arrêt maladie|malad|hospitalis|opér|"
    r"ferie|congedo|maternità|paternità|nascita|a casa (?:per )?(?:\w+ )?(?:mesi|settimane)|malattia|malat|ospedale|\bmi oper\w*|operazione|intervento chirurgico|ricover\w*|"
    r"verlof|vakantie|ziek|ziekenhuis|"
    r"ledig|semester|sjukskriv|sjuk|föräldra",
    re.IGNORECASE,
)
# A sender whose clients are consumers (a salon, a beauty institute, a physio, a tutor, a driving school): their mails
# speak of the client's appointment, never of "our collaboration" or "being on the same page".
_CONSUMER = re.compile(
    r"(?i)(?<![\w-])(salon|salone|salong\w*|institut|istituto|centro estetico|estetic\w*|esthétique|beauty|beauté|bellezza|lashes|"
    r"nails|onglerie|coiffure|coiffeur|coiffeuse|parrucchier\w*|barbers?|barbiere|kapper|kapsalon|frisör\w*|spa|physio\w*|fisio\w*|"
    r"kiné\w*|ostéo\w*|osteo\w*|massage\w*|massaggi\w*|massör|yoga|pilates|personal trainer|tutor\w*|prof de|professeure? de|"
    r"insegnante|maestra|maestro|docente|bijles\w*|hondenschool|auto-école|autoscuola|rijschool|trafikskola|logoped\w*|logopéd\w*|"
    r"orthophon\w*|psycholog\w*|psychologue|psicolog\w*|thérapeute|therapist|terapeut\w*|dentist\w*|dentiste|tandarts|"
    r"tandläkare|vétérinaire|veterinari\w*|dierenarts|veterinär|nagelstudio|schoonheids\w*|skönhet\w*|hudvård\w*)(?![\w-])"
)
# Held on the spot (a site visit, an inspection, a tour): cannot be done by video or phone, has no agenda.
_ONSITE = re.compile(
    r"(?<![\w-])(site|on-site|onsite|inspection|visit|tour|walkthrough|showroom|"
    r"sur site|visite|chantier|inspection|"
    r"sopralluogo|cantiere|visita|ispezione|"
    r"locatie|inspectie|rondleiding|bezoek|bouwplaats|"
    r"på plats|besiktning\w*|platsbesök\w*|rundvandring\w*|besök\w*|visning\w*)(?![\w-])",
    re.IGNORECASE,
)
# Done together in the room (a training, a course, an audit, a coffee): no "by video or phone" offer for it.
_HANDS_ON = re.compile(
    r"(?<![\w-])(training|course|class|audit|coffee|formation|cours|café|corso|formazione|caffè|audit|"
    r"training|cursus|opleiding|koffie|utbildning|kurs|fika)(?![\w-])",
    re.IGNORECASE,
)
# Done in person by nature (a massage, a hair trial, a lesson, a valuation, a tasting, a survey, an away day): it
# cannot be held by video or phone, so neither a late cancellation nor a decline offers that.
_IN_PERSON = re.compile(
    r"(?<![\w-])(massage|hair|haircut|trial|lesson|lessons|treatment|valuation|survey|tasting|fitting|physio\w*|pilates|yoga|"
    r"manicure|pedicure|facial|dental|check-up|viewing|workshop|stocktake|stock-take|inventory|away[\s-]?day|shoot|photoshoot|"
    r"personal\s+training|session\s+at|appointment\s+at|"
    # services on the body: a cut, a trim, nails, lashes ("cut + beard trim", "pose de gel", "taglio e piega")
    r"cut|trim|beard\s+trim|shave|blow-?dry|waxing|gel\s+nails|nails|lashes|lash\s+\w+|brows|highlights|"
    r"coupe|brushing|pose\s+de\s+\w+|ongles|épilation|cils|soutien|taglio|piega|ceretta|unghie|ciglia|ripetizion[ei]|"
    r"knippen|nagels|wimpers|klippning|naglar|fransar|"
    r"massage|coiffure|coiffeur|essai\s+coiffure|leçon|cours\s+particulier|soin|soins|séance|seance|kiné\w*|ostéo\w*|"
    r"dégustation|degustation|essayage|expertise|estimation|état\s+des\s+lieux|inventaire|repérage|relevé|"
    r"massaggio|acconciatura|prova\s+(?:trucco|acconciatura|abito)|lezione|lezioni|trattamento|seduta|sedute|fisioterapia|"
    r"degustazione|perizia|valutazione|inventario|rilievo|"
    r"behandeling|proefles|bijles|pianoles|taxatie|keuring|proeverij|opname|inventarisatie|"
    r"behandling|lektion|provning|värdering|besiktning|inventering|provfrisyr)(?![\w-])",
    re.IGNORECASE,
)


# Clearly a work meeting (a meeting, review, call, presentation, demo...): only then is video/phone, an email
# instead, an agenda or a summary of key points offered. Appointments, services, lessons, meals, treatments and
# social events are none of these, so every offer defaults OFF (a blacklist always misses the next one).
_WORK = re.compile(
    r"(?<![\w-])(meeting|review|call|huddle|retro|retrospective|check-?in|catch-?up|sync|stand-?up|briefing|debrief|kick-?off|presentation|demo|"
    r"pitch|walkthrough|status|update|planning|steering|committee|board|interview|consultation|discussion|negotiation|"
    r"réunion|reunion|point|bilan|revue|comité|comite|appel|visio|visioconférence|présentation|presentation|démo|"
    r"entretien|échange|echange|suivi|synchro|conseil|lancement|"
    r"riunione|incontro|revisione|verifica|punto|allineamento|presentazione|colloquio|aggiornamento|comitato|"
    r"confronto|chiamata|telefonata|videochiamata|consiglio|"
    r"overleg|vergadering|bespreking|gesprek|evaluatie|presentatie|voortgangsgesprek|"
    r"möte|mötet|avstämning|avstämningen|genomgång|genomgången|uppföljning|uppföljningen|presentationen|samtal|samtalet|"
    r"styrgrupp|styrelsemöte)(?![\w-])"
    r"|\w+(overleg|vergadering|bespreking|gesprek|evaluatie|presentatie|review|möte|mötet|avstämning|avstämningen|genomgång|genomgången|"
    r"uppföljning|uppföljningen|presentation|presentationen)(?![\w-])",
    re.IGNORECASE,
)
# A hardship the client had (illness, accident, family emergency, a cancelled train): may be told back to them.
_HARDSHIP = re.compile(
    r"(?<![\w-])(ill|sick|unwell|flu|fever|covid|illness|accident|emergency|hospital|bereavement|funeral|"
    r"train|flight|strike|snow|storm|stuck|traffic|cough\w*|tosse|bloqué\w*|embouteillage\w*|bouchons|bloccat\w*|traffico|"
    r"malade|imprévu familial|raisons? familiales?|urgence familiale|souffrant\w*|gastro\w*|grippe|fièvre|accident|urgence|hôpital|hopital|décès|deces|deuil|enterrement|obsèques|train|vol|grève|greve|neige|"
    r"malat\w*|imprevisto familiare|motivi familiari|emergenza familiare|stava male|sta male|influenza|febbre|incidente|emergenza|urgenza|ospedale|lutto|funerale|treno|volo|sciopero|neve|"
    r"ziek|familie\w*|griep|koorts|ongeluk|ongeval|noodgeval|ziekenhuis|overlijden|begrafenis|trein|vlucht|staking|sneeuw|"
    r"sjuk|familj\w*|förkyld|feber|olycka|nödsituation|sjukhus\w*|dödsfall|begravning|tåg\w*|flyg\w*|strejk|snö)(?![\w-])",
    re.IGNORECASE,
)
# How, when or how usually the client cancelled: the user's note, never told back to the client.
_NOTE = re.compile(
    r"(?<![\w-])(sms|text(?:ed)?|texto|messaggio|whatsapp|e-?mail(?:ed)?|mail|called|rang|phoned|voicemail|messaged|wrote|"
    r"écrit|scritto|scritta|geschreven|skrev|\d{1,2}h\d{2}|"
    r"usually|always|never|again|last night|this morning|yesterday|\d{1,2}(?:[:h.]\d{2})?\s*(?:am|pm|h)\b|at \d|"
    r"appel[ée]?|téléphoné|telephone|la veille|hier|ce matin|toujours|jamais|encore|d'habitude|habituellement|"
    r"chiamato|telefonato|ieri|stamattina|sempre|mai|solito|di solito|ancora|"
    r"gebeld|ge-?sms|appje|gisteren|vanochtend|altijd|nooit|weer|meestal|normaal|"
    r"ringde|ringt|smsade|messade|igår|i går|i morse|alltid|aldrig|igen|brukar|vanligtvis)(?![\w-])",
    re.IGNORECASE,
)


# An internal note for the sender ("New client, first site visit in January", "Nouveau patient : premier bilan"):
# a label about the relationship, never a sentence to the client.
_LABEL = re.compile(
    r"^\s*(?:(?:a|un|une|una|uno|un'|een|en|ett)\s+)?(?:new|first[- ]time|nouveau|nouvelle|nouv\.?|nuovo|nuova|nieuwe?|ny|nytt|nya)\s+"
    r"(?:client|cliente|customer|patient|patiente|paziente|klant|cliënt|client[ae]|kund|klient|patiënt|member|membre|allieva?|allievo|élève|leerling|elev)s?\b"
    r"|^\s*(?:first (?:visit|session|appointment|booking)|premi(?:er|ère) (?:visite|séance|rendez-vous|bilan|réservation)|"
    r"prim[oa] (?:visita|seduta|appuntamento|prenotazione)|eerste boeking|första bokning(?:en)?|"
    r"eerste (?:bezoek|afspraak|sessie)|första (?:besök|besöket|passet|tiden))\b",
    re.IGNORECASE,
)
# The client spoken of in the third person (the user's note about them): she/he/they in the five languages.
_THIRD = re.compile(
    r"^\s*(?:she|he|they|she's|he's|they've|they're|elle|ils|elles|lei|lui|ze|zij|hij|hon|han)(?![\w-])",
    re.IGNORECASE,
)
# A habit adverb opening a note ("Ultimamente salta spesso all'ultimo", "Souvent en retard"), with no first-person word.
_HABIT = re.compile(
    r"^\s*(?:lately|recently|often|always|again|ultimamente|spesso|sempre|di recente|ancora|souvent|toujours|dernièrement|"
    r"récemment|encore|vaak|altijd|laatst|onlangs|regelmatig|ofta|alltid|senaste|på sistone|återigen)(?![\w-])",
    re.IGNORECASE,
)
_FIRST = re.compile(
    r"(?<![\w-])(?:i|i'm|i've|we|we're|we've|my|our|us|je|j'|nous|mon|ma|mes|notre|nos|io|noi|mio|mia|miei|nostro|nostra|"
    r"ik|wij|mijn|onze|ons|jag|vi|min|mitt|mina|vår|vårt|våra|oss)(?![\w-])",
    re.IGNORECASE,
)


_THEIR_SUGGESTION = re.compile(
    r"(?i),?\s+(?:on\s+|at\s+)?(?:the|that)\s+(?:day|time|date|slot|morning|afternoon)\s+(?:(?:that\s+)?(?:she|he|they)\s+(?:suggested|proposed|asked for|wants?|wanted))\s*[.!]?$"
    r"|,?\s+(?:le|ce)\s+(?:jour|créneau)\s+qu['’](?:elle|il)\s+(?:propose|proposait|a proposé|demande|a demandé)\s*[.!]?$"
    r"|,?\s+(?:il|nel|quel)\s+(?:giorno|orario)\s+che\s+(?:propone|ha proposto|chiede|ha chiesto)\s*[.!]?$"
)


def private_note(reason: str | None, s: Situation) -> bool:
    """The reason is the user's private note, never said to the client: an internal label ("new client, first site
    visit in January"), or, in a policy notice, the client spoken of in the third person ("She's missed three of the
    last five sessions", "Elle a décalé trois fois", "Ultimamente salta spesso"): a reproach stays out, it is not
    turned into "you" either. Client-side intents keep their own acknowledgement (`echo_reason`)."""
    if not reason or not reason.strip() or s.intent in CLIENT_SIDE:
        return False
    if _LABEL.search(reason):
        return True
    if s.intent is not Intent.cancellation_policy:
        return False
    if _THIRD.search(reason) or (s.language is Language.fr and re.match(r"\s*il(?![\w-])", reason, re.IGNORECASE)):
        return True
    names = [w for w in re.findall(r"[\w'-]+", s.recipient_name or "") if len(w) > 2 and w[:1].isupper()]
    first = re.match(r"\s*([\w'-]+)", reason)
    if first and first.group(1) in names:
        return True
    verb = _THIRD_PRO_DROP.search(reason) if s.language is Language.it else None
    if verb and not _FIRST.search(reason) and all(w.lower() in _TIME_WORDS_IT for w in re.findall(r"[\w']+", reason[: verb.start()])):
        return True  # "negli ultimi due mesi ha disdetto tre volte": the client, subject dropped (Italian)
    return bool(_HABIT.search(reason)) and not _FIRST.search(reason)


# Words of a time phrase that may stand before a subjectless verb ("negli ultimi due mesi", "la settimana scorsa").
_TIME_WORDS_IT = frozenset(
    "negli nelle nei ultimi ultime due tre quattro mesi mese settimane settimana volte volta questa questo scorsa scorso ieri oggi "
    "già di nuovo ancora anche spesso sempre ultimamente da qualche tempo recentemente di recente".split()
)
# An Italian third-person verb with its subject dropped ("ha disdetto", "è arrivata in ritardo", "salta", "disdice").
_THIRD_PRO_DROP = re.compile(
    r"(?<![\w'])(?:ha|è|sta|fa|salta|disdice|cancella|arriva|sposta|annulla|dimentica)\s+(?:\w+\s+)?(?:\w+(?:ato|ata|uto|uta|ito|ita|etto|esso)|"
    r"spesso|sempre|in ritardo|all'ultimo)(?![\w'])|(?<![\w'])(?:salta|disdice|cancella|sposta|annulla|dimentica)(?![\w'])",
    re.IGNORECASE,
)


def echo_reason(reason: str | None) -> bool:
    """The client's reason may be told back only when it is a short hardship with no note of how or when they
    cancelled or of their habits: otherwise the user's note is the user's, and the reply acknowledges neutrally."""
    if not reason or not reason.strip():
        return False
    words = re.findall(r"\w+", reason)
    return len(words) <= 10 and bool(_HARDSHIP.search(reason)) and not _NOTE.search(reason)


_PRONOUN_LEAD = re.compile(
    r"(?i)\s*(?:he|she|they|his|her|their|il|elle|ils|elles|son|sa|ses|lui|lei|suo|sua|hij|zij|ze|zijn|haar|han|hon|"
    r"hans|hennes|deras)(?![\w'’])"
)


def hardship_part(reason: str | None) -> str | None:
    """Of a note that tells how the client cancelled and why ("he cancelled at 7am by voicemail, stuck on the M4"),
    the part that says the hardship, which a kind reply acknowledges; None when no part alone says one."""
    if not reason or echo_reason(reason):
        return None
    parts = [p.strip(" .") for p in re.split(r",\s+|:\s+|\s+[–—-]\s+|;\s+", reason) if p.strip(" .")]
    # a part with its own pronoun or a relative ("elle avait de la fièvre", "hennes son hade feber") is left to the
    # flow that knows whose illness it is; a subjectless state or a named person's is told back
    fit = [p for p in parts if echo_reason(p) and not _PRONOUN_LEAD.match(p) and not _KIN.search(p)]
    return fit[-1] if len(parts) > 1 and fit else None


def is_work(meeting: str | None) -> bool:
    """The meeting phrase names a work meeting (a review, a call, a presentation): offers may be made for it."""
    return bool(meeting and _WORK.search(meeting))


# Shorthand a user types for themselves, written out in formal mail ("rdv", "kiné", "aprem", "appt").
_SHORTHAND: dict[str, dict[str, str]] = {
    "fr": {"rdv": "rendez-vous", "kiné": "kinésithérapie", "kine": "kinésithérapie", "aprem": "après-midi", "aprèm": "après-midi",
           "déj": "déjeuner", "dej": "déjeuner", "ostéo": "ostéopathie", "réu": "réunion", "visio": "visioconférence", "dispo": "disponible"},
    "it": {"appuntam.": "appuntamento", "riun.": "riunione", "fisio": "fisioterapia"},
    "en": {"appt": "appointment", "mtg": "meeting", "mtng": "meeting"},
}


# Holidays typed in lower case, as each language writes them (Swedish "jul" and Dutch compounds stay lower case).
_HOLIDAYS: dict[str, dict[str, str]] = {
    "en": {"christmas": "Christmas", "xmas": "Xmas", "easter": "Easter", "new year": "New Year", "halloween": "Halloween",
           "thanksgiving": "Thanksgiving", "diwali": "Diwali", "hanukkah": "Hanukkah", "ramadan": "Ramadan", "eid": "Eid"},
    "fr": {"noël": "Noël", "noel": "Noël", "pâques": "Pâques", "paques": "Pâques", "nouvel an": "Nouvel An",
           "saint-sylvestre": "Saint-Sylvestre", "toussaint": "Toussaint", "épiphanie": "Épiphanie"},
    "it": {"natale": "Natale", "pasqua": "Pasqua", "capodanno": "Capodanno", "ferragosto": "Ferragosto", "epifania": "Epifania",
           "san silvestro": "San Silvestro"},
}


def holidays(text: str, language: Language) -> str:
    """"christmas bowling night" -> "Christmas bowling night", "repas de noël" -> "repas de Noël"."""
    for low, said in _HOLIDAYS.get(language.value, {}).items():
        text = re.sub(rf"(?<![\w-]){re.escape(low)}(?![\w-])", said, text)
    return text


# Shorthand no register writes in a sentence ("rdv", "appt", "30 min", "cut + colour"): written out in every mail.
_ALWAYS: dict[str, dict[str, str]] = {
    # (a length typed "30 min" stays: the fact model reads "30 minutes" as a new length, see docs/notes/phr-m.md)
    "fr": {"rdv": "rendez-vous", "réu": "réunion", "+": "et"},
    "it": {"appuntam.": "appuntamento", "riun.": "riunione", "+": "e"},
    "en": {"appt": "appointment", "mtg": "meeting", "mtng": "meeting", "+": "and", "re:": "about", "re": "about", "w/": "with"},
    "nl": {"+": "en", "betr.": "over", "ivm": "in verband met"},
    "sv": {"+": "och", "ang.": "om", "ang": "om", "angående": "om"},
}


def plain_words(text: str, language: Language) -> str:
    """Shorthand written out in every register: "le rdv" -> "le rendez-vous", "taglio + colpi di sole" -> "taglio e
    colpi di sole"."""
    for short, full in _ALWAYS.get(language.value, {}).items():
        if short == "+":
            text = re.sub(r"\s+\+\s+", f" {full} ", text)
        else:
            text = re.sub(rf"(?<![\w-]){re.escape(short)}(?![\w-])", full, text, flags=re.IGNORECASE)
    return text


def formal_words(text: str, language: Language) -> str:
    """The user's shorthand written out ("séance de kiné" -> "séance de kinésithérapie") for formal mail."""
    table = _SHORTHAND.get(language.value, {})
    for short, full in table.items():
        text = re.sub(rf"(?<![\w-]){re.escape(short)}(?![\w-])", full, text, flags=re.IGNORECASE)
    return text


def notice_span(hours: float | None) -> tuple[str, int] | None:
    """A notice period a native states in days or weeks: ('week', 2) for 336 hours, ('day', 5) for 120.
    24, 48 and 72 hours stay hours (how policies say them); None when the hours are not whole days."""
    if not hours or hours <= 72 or hours % 24:
        return None
    days = int(hours // 24)
    return ("week", days // 7) if days % 7 == 0 else ("day", days)


# The meeting already took place or was due: spoken of in the past.
_PAST = re.compile(
    r"(?<!\w)(yesterday|last(?=\s)|just gone|earlier today|this morning|hier|avant-hier|ce matin|dernier|dernière|"
    r"ieri|stamattina|scors[oa]|gisteren|vanochtend|vanmorgen|vorige|afgelopen|igår|i går|i förrgår|i morse|förra|i (?:mån|tis|ons|tors|fre|lör|sön)dags)(?!\w)",
    re.IGNORECASE,
)


# Dutch and Swedish write compounds as one word ("galamiddag", "bedrijfsborrel", "produktfotografering").
_EVENT_COMPOUND = re.compile(
    r"\w+(middag|middagen|lunch|lunchen|frukost|fest|festen|fotografering|fotograferingen|mässa|mässan|mingel|"
    r"borrel|receptie|fotoshoot|diner|etentje|feest|beurs|congres|koffie|mottagning|mottagningen|inspelning|inspelningen|"
    # days out and tastings: "golfdag", "teamdagen", "wijnproeverij", "vinprovningen"
    r"(?:(?<=golf)|(?<=team)|(?<=klant)|(?<=thema)|(?<=sport)|(?<=studie)|(?<=kund)|(?<=netwerk))dag(?:en)?|proeverij|provning|provningen)(?![\w-])",
    re.IGNORECASE,
)


# A reason that is only punctuation or a connective ("because", "parce que", "på grund av") says nothing.
_EMPTY_REASON = re.compile(
    r"^\W*(because( of)?|as|since|due to|owing to|parce que?|parce qu|car|pour cause de|en raison de|à cause de|"
    r"perché|poiché|a causa di|per via di|omdat|want|vanwege|doordat|eftersom|på grund av|därför att|att)?\W*$",
    re.IGNORECASE,
)


# Something that lasts a day or more ("12-13 December", "a two-day offsite") is an event, not a meeting.
_MULTIDAY = re.compile(
    r"(?<![\d/.])\d{1,2}\s*[-–]\s*\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|mai|jun|jui|jul|aug|ao[uû]|sep|oct|okt|ott|nov|dec|déc|dic|gen|giu|lug|ago|set|mrt|mag|maa)"
    r"|(?<![\w-])(?:two|three|2|3)-day(?![\w-])|(?:deux|trois) jours|(?:due|tre) giorni|(?:twee|drie)daags|(?:två|tre)dagars",
    re.IGNORECASE,
)


def meeting_kind(meeting: str | None, meeting_time: str | None = None) -> MeetingKind | None:
    """'event' (a dinner, a photo shoot, an away day), 'call' (already a call), 'meeting' otherwise; None with no meeting."""
    if not meeting:
        return None
    if _CALL.search(meeting):
        return "call"
    if _MULTIDAY.search(meeting) or (meeting_time and _MULTIDAY.search(meeting_time)):
        return "event"
    return "event" if _EVENT.search(meeting) or _EVENT_COMPOUND.search(meeting) else "meeting"


def meeting_head(meeting: str | None, meeting_time: str | None = None) -> Head | None:
    """How the meeting phrase is named (see `Head`); None with no meeting."""
    kind = meeting_kind(meeting, meeting_time)
    if kind is None or kind != "meeting":
        return kind
    m = meeting or ""
    if is_work(m) or _WORKLIKE.search(m):
        return "meeting"
    if _IN_PERSON.search(m) or _HANDS_ON.search(m):
        return "appointment"
    return "unknown"


# Done in person but a working session all the same ("our discovery workshop", "notre atelier"): named as ours.
_WORKLIKE = re.compile(
    r"(?<![\w-])(workshop|atelier|laboratorio|werksessie|stocktake|stock-take|inventory|inventaire|inventario|inventering|"
    r"inventarisatie|training|formation|formazione|utbildning|audit|away[\s-]?day|offsite|off-site)(?![\w-])",
    re.IGNORECASE,
)


# An illness the client had (fever, flu, a cold): said back as a brief wish, whatever else the note says.
_ILL = re.compile(
    r"(?<![\w-])(ill|sick|unwell|poorly|flu|fever|covid|cold|migraine|malade|souffrant\w*|gastro\w*|grippe|fièvre|fievre|"
    r"malat\w*|stava male|sta male|influenza|febbre|raffreddor\w*|ziek|griep|koorts|verkouden|sjuk|förkyld|feber|influensa|"
    r"angine|angina|otite|otitis|bronchite|bronchitis|tonsillit\w*|varicelle|varicella|chickenpox|gastro\w*|stomach bug|"
    r"ear infection|keelontsteking|oorontsteking|halsfluss|vattkoppor|magsjuk\w*)(?![\w-])",
    re.IGNORECASE,
)


# Someone else in the note (a child, a parent): their illness is not the client's, so no "I hope you feel better".
_KIN = re.compile(
    r"(?<![\w-])(son|daughter|child|children|kid|kids|baby|mother|father|mum|mom|dad|parent|parents|partner|husband|wife|"
    r"fils|fille|enfant|enfants|bébé|mère|père|mari|femme|conjoint|figlio|figlia|figli|bambino|bambina|bimbo|bimba|madre|padre|marito|moglie|"
    r"zoon|dochter|kind|kinderen|moeder|vader|man|vrouw|dotter|barn|barnet|mamma|pappa|make|fru|sambo)(?![\w-])",
    re.IGNORECASE,
)


def same_time(a: str, b: str, language: Language) -> bool:
    """Two typed times for the same moment ("Monday 9 December 4pm" twice, or typed slightly differently)."""
    from composer.facts import times  # the fact model's own reading of a typed time

    if " ".join(a.lower().split()) == " ".join(b.lower().split()):
        return True
    from composer.writers.when import same_slot  # both read into values ("Wed 9th 11am" = "Wednesday 9 December at 11:00")

    if same_slot(a, b, language):
        return True
    # an informal clock typed as "h15" ("gio 10/12 h15") is read as the hour it means
    a, b = (re.sub(r"(?<![\w:])h\s?(\d{1,2})(?![\d:.])", r"ore \1", t) if language is Language.it else t for t in (a, b))
    pa, pb = times.parse_given(a, language, None), times.parse_given(b, language, None)
    wa, wb = pa.when, pb.when
    if not (wa.has_clock and wb.has_clock) or wa.empty or wb.empty:
        return False
    if (wa.hour, wa.minute or 0) != (wb.hour, wb.minute or 0):
        return False
    if wa.has_date and wb.has_date:
        return (wa.day, wa.month) == (wb.day, wb.month)
    return wa.weekday is not None and wa.weekday == wb.weekday and not (wa.has_date or wb.has_date)

def _merge_same(times: tuple[str, ...], language: Language) -> tuple[str, ...]:
    """The same slot typed twice ("Wed 13 Jan, 9am" and "Wednesday 13th January at 9") is offered once."""
    out: list[str] = []
    for t in times:
        if not any(same_time(t, kept, language) for kept in out):
            out.append(t)
    return tuple(out)


# Facts each intent's core paragraph states itself; any other fact given goes into an extra move.
CORE_FACTS: dict[Intent, frozenset[str]] = {
    Intent.decline: frozenset(),
    Intent.reschedule: frozenset({"proposed_times"}),
    Intent.shorten: frozenset({"duration_minutes"}),
    Intent.switch_to_call: frozenset({"proposed_times"}),
    Intent.switch_to_email: frozenset({"proposed_times"}),
    Intent.delegate: frozenset({"colleague_name"}),
    Intent.no_show_followup: frozenset({"proposed_times", "policy"}),
    Intent.late_cancellation: frozenset({"proposed_times", "policy"}),
    Intent.cancellation_policy: frozenset({"policy"}),
}



@dataclass(frozen=True)
class Plan:
    """The moves a message makes; every flag is a decision a phrasebook must honour."""

    situation: Situation
    strategies: frozenset[Strategy]
    alternative: Alternative | None = None  # for a decline: what to offer instead
    appreciation: bool = False  # a key client: say the relationship matters
    welcome: bool = False  # a new client: a short, warm word about working together
    offer_video: bool = False  # suggest video or phone for the new meeting
    followup_call: bool = False  # switching to email: a call later if it turns out to be needed
    brief_colleague: bool = False  # delegating: the colleague gets everything they need
    agenda: bool = False  # shortening: come with a short agenda, the rest by email
    thanks: bool = False  # we change the format of their meeting: thank them for going along with it
    explain: bool = False  # a policy notice: say what the policy is for (off: a stock line natives leave out)
    apology: bool = True  # moving their meeting: say sorry for the change
    courtesy: bool = False  # a short draft: good wishes at the end (see builtin.fit)
    wrap_up: bool = True  # a decline's last line ("Please let me know what would suit you best."); "shorter" drops it
    extras: tuple[str, ...] = field(default=())  # facts not used by the core, in the order to add them
    kind: MeetingKind | None = None  # what the meeting is: a meeting, an event, a call (None: no meeting)
    final: bool = False  # a decline that closes the door: nothing offered instead
    away: bool = False  # the sender is away (leave, illness): no promise to stay reachable
    past: bool = False  # the meeting is already behind us (a no-show, "yesterday")
    times: tuple[str, ...] = field(default=())  # proposed times, duplicates merged
    same_time: bool = False  # a call: a proposed time was the meeting's own time, so it is not offered as an alternative
    in_person: bool = False  # done in person by nature (a massage, a lesson, a site visit): no call or video offered for it
    booked: bool = False  # a personal service the client booked (a massage, a lesson, a valuation): "your massage"
    work: bool = False  # clearly a work meeting (a review, a call): only then video/phone, email, agenda, summary are offered
    summary: bool = False  # switching to email: a summary of the key points (only for a work meeting)
    echo_reason: bool = False  # the client's reason is a short hardship that may be told back (else acknowledged neutrally)
    head: Head | None = None  # how the meeting phrase is named: our X / the X / your X appointment / a call / as typed
    policy_applies: bool = False  # a late cancellation or no-show with a fee: the policy applies to this one, said plainly
    ill: bool = False  # the client's note says they were ill: a brief warm wish (never a waiver)
    filler: bool = False  # a draft under the minimum length keeps its closing courtesies (only `builtin.fit` sets it)
    by_other: bool = False  # a late cancellation made by someone else (a parent texted): not put on the recipient
    ill_who: str | None = None  # someone else was ill (a child): their name from the meeting ("Timéo"), "" when unnamed
    policy_change: bool = False  # a policy notice announces new or changed terms: it introduces them, never "reminds"
    consumer: bool = False  # the client is a consumer (a salon's, a physio's, a tutor's client): no B2B wording
    firm: bool = False  # the sender is a business with no person named ("Hartwell Bookkeeping"): "we", never "I"

    @property
    def formal(self) -> bool:
        return self.situation.tone is Tone.formal

    @property
    def client_side(self) -> bool:
        return self.situation.intent in CLIENT_SIDE

    @property
    def says_conclusion(self) -> bool:
        """The mail itself proposes less meeting (shorter, a call, email): a conclusion typed after the cause ("Since
        the set-up is done, a full morning won't be needed") is what it says, so the phrasebooks keep only the cause.
        Anywhere else that conclusion is a fact of the user's and stays."""
        return self.situation.intent in (Intent.shorten, Intent.switch_to_call, Intent.switch_to_email)


def guidance_strategies(guidance: Sequence[Passage]) -> frozenset[Strategy]:
    return frozenset(s for p in guidance for s in p.strategies)


# A label typed as a note about the client ("his Achilles rehab slot", "sa séance de kiné"): the mail speaks to them,
# so their thing is "your" one. Italian "suo/sua" is also the formal "Suo": left as typed.
_THIRD_POSSESSIVE = {
    Language.en: (re.compile(r"(?i)^(?:his|her|their)\s+"), "your ", "your "),
    Language.fr: (re.compile(r"(?i)^(?:son|sa)\s+"), "votre ", "ton "),
}


def your_label(meeting: str, language: Language, formal: bool) -> str:
    """The recipient's own meeting said in the second person ("his rehab slot" -> "your rehab slot")."""
    rule = _THIRD_POSSESSIVE.get(language)
    if rule is None or not rule[0].match(meeting):
        return meeting
    rest = rule[0].sub("", meeting, count=1)
    if language is Language.fr and not formal and rest[:1].lower() in "aeiouyéèêh" and re.match(r"(?i)sa\s", meeting):
        return "ton " + rest  # "sa analyse" -> "ton analyse"
    return (rule[1] if formal else rule[2]) + rest


# Spoken shortcuts typed in a note that no mail writes ("faut que je file", "sono cotto"): the written form.
_SPOKEN: dict[Language, tuple[tuple[re.Pattern[str], str], ...]] = {
    Language.fr: ((re.compile(r"(?i)(?<![\w'’])(?:il\s+)?faut\s+que\s+je\s+file\b"), "je dois partir"),
                  (re.compile(r"(?i)(?<![\w'’])faut\s+que\s+je\b"), "je dois")),
    Language.it: ((re.compile(r"(?i)(?<![\w'’])sono\s+cott([oa])\b"), r"sono molto stanc\1"),),
    Language.en: ((re.compile(r"(?i)(?<![\w'’])becoming a dad\b"), "becoming a father"),),
}


def make_plan(situation: Situation, guidance: Sequence[Passage]) -> Plan:
    """Decide the moves: the guidance says what to offer, the situation says what is possible."""
    s = situation
    if s.reason is not None and _EMPTY_REASON.match(s.reason):
        s = s.model_copy(update={"reason": None})
    if s.meeting and holidays(s.meeting, s.language) != s.meeting:
        s = s.model_copy(update={"meeting": holidays(s.meeting, s.language)})
    if s.meeting and your_label(s.meeting, s.language, s.tone is Tone.formal) != s.meeting:
        s = s.model_copy(update={"meeting": your_label(s.meeting, s.language, s.tone is Tone.formal)})
    if s.meeting and s.meeting_time:
        from composer.writers.when import drop_weekday  # "the Monday status Zoom" is not "on Monday 14 December" again

        from composer.writers.when import without_time_words  # the day and clock are said once, by the time

        from composer.writers.when import parts

        bare = drop_weekday(s.meeting_time, s.meeting, s.language)
        if bare != s.meeting_time and parts(s.meeting_time, s.language) is None:
            # the weekday goes only when the time cannot be said from its value with it ("mar 8/12": read as March)
            s = s.model_copy(update={"meeting_time": bare})
        cleaned = without_time_words(s.meeting, situation.meeting_time)
        if cleaned != s.meeting:
            s = s.model_copy(update={"meeting": cleaned})
    if any(t and _LOOSE_MARK.search(t) for t in [s.meeting_time, *(s.proposed_times or [])]):
        from composer.writers.when import expand, tilde  # "~10", "10ish" typed in a form: "around 10", never a tilde in prose

        def _loose(t: str | None) -> str | None:
            # the weekday written out too ("Thurs around 4pm" -> "Thursday around 4pm"): the time reader reads a short
            # weekday before "around" as no weekday, and the draft would then state a day the check cannot find
            said = tilde(t, s.language)
            return expand(said, s.language) if said and _LOOSE_MARK.search(t or "") else said

        s = s.model_copy(update={"meeting_time": _loose(s.meeting_time),
                                 "proposed_times": [_loose(t) or t for t in s.proposed_times or []]})
    if s.intent in CLIENT_SIDE and hardship_part(s.reason):
        s = s.model_copy(update={"reason": hardship_part(s.reason)})  # the hardship told, not how they cancelled
    if s.reason:
        from composer.writers.when import note_clocks  # one clock format per mail, the reason's too

        if note_clocks(s.reason, s.language) != s.reason:
            s = s.model_copy(update={"reason": note_clocks(s.reason, s.language)})
        for said, written in _SPOKEN.get(s.language, ()):
            if said.search(s.reason or ""):
                s = s.model_copy(update={"reason": said.sub(written, s.reason or "")})
    if s.reason and s.meeting_time:
        from composer.writers.when import that_day  # "tomorrow" in the reason, the meeting given by its date

        said = that_day(s.reason, s.meeting_time, s.language)
        if said != s.reason:
            s = s.model_copy(update={"reason": said})
    if s.colleague_name and (role := re.match(r"^\s*([^()]+?)\s*\(([^()]+)\)\s*$", s.colleague_name)):
        # "Nadia Flores (our content lead)": the role in apposition, as if typed after a comma, never in brackets
        s = s.model_copy(update={"colleague_name": f"{role.group(1)}, {role.group(2)}"})
    if s.colleague_name and _MY_COLLEAGUE.match(s.colleague_name):
        # "my colleague Tom Berg" typed into the field: the frame says "my colleague" once itself
        s = s.model_copy(update={"colleague_name": _MY_COLLEAGUE.sub("", s.colleague_name).strip()})
    if s.client_move is not None and s.reason:
        # "... the day she suggested": the client's suggestion named in the third person; the reply says "the time you
        # suggested" itself, so the tail goes (never told to the client as "she")
        trimmed = _THEIR_SUGGESTION.sub("", s.reason).strip()
        if trimmed != s.reason.strip() and len(trimmed.split()) >= 3:
            s = s.model_copy(update={"reason": trimmed})
    if private_note(s.reason, s):  # the user's note about the client or for themselves: never said to the client
        s = s.model_copy(update={"reason": None})
    changed_policy = s.intent is Intent.cancellation_policy and bool(s.reason and _POLICY_CHANGE.search(s.reason))
    if s.intent is Intent.cancellation_policy and s.reason and _POLICY_NOTE.search(s.reason):
        s = s.model_copy(update={"reason": None})
    if s.reason and holidays(s.reason, s.language) != s.reason:
        s = s.model_copy(update={"reason": holidays(s.reason, s.language)})
    if s.meeting and plain_words(s.meeting, s.language) != s.meeting:
        s = s.model_copy(update={"meeting": plain_words(s.meeting, s.language)})
    if s.meeting and s.tone is Tone.formal:
        expanded = formal_words(s.meeting, s.language)
        if expanded != s.meeting:
            s = s.model_copy(update={"meeting": expanded})
    clock = _LABEL_CLOCK.search(s.meeting or "")
    hour, minute = (next((g for g in clock.groups()[i::2] if g), None) for i in (0, 1)) if clock else (None, None)
    if clock and hour and s.meeting_time and len(s.meeting[: clock.start()].split()) >= 1 and re.search(
            rf"(?<![\d:.]){hour}(?:[:.h]{minute or '00'}|(?![\d:.]))", s.meeting_time):
        # the label ends with the clock time the meeting's time says again ("yoga ore 18" + "ogni martedì ore 18"): once
        s = s.model_copy(update={"meeting": s.meeting[: clock.start()].rstrip(" ,")})
    aside = _LABEL_ASIDE.search(s.meeting or "")
    if aside and len(s.meeting[: aside.start()].split()) >= 2:
        # the user's gloss after a comma ("il primo incontro, quello di conoscenza"): the date would attach to it
        s = s.model_copy(update={"meeting": s.meeting[: aside.start()].rstrip(" ,")})
    mid = _LABEL_MID_CLOCK.search(s.meeting or "")
    if mid and s.meeting_time and len(s.meeting[: mid.start()].split()) >= 1 and re.search(
            rf"(?<![\d:.]){mid.group(1)}(?:[:.h]{mid.group(2) or '00'}|(?![\d:.]))", s.meeting_time):
        # the label's own clock inside it ("il punto alle 11 sul computo" + "lun 14/12 alle 11"): said once, by the time
        s = s.model_copy(update={"meeting": (s.meeting[: mid.start()] + s.meeting[mid.end():]).strip()})
    if s.meeting and _WITH_YOU_AND.search(s.meeting):
        # "the workshop with you, Tom and the sales team" -> "with Tom and the sales team": only the recipient goes,
        # never the preposition, or the others read as the meeting's topic ("la revisione ... e la dott.ssa Riva")
        s = s.model_copy(update={"meeting": _WITH_YOU_AND.sub(r"\1 ", s.meeting).strip()})
    elif s.meeting and _WITH_YOU.search(s.meeting) and len(_WITH_YOU.sub("", s.meeting).split()) >= 1:
        # "le resto avec toi pour ...": the recipient is there by definition; the label names the thing only
        s = s.model_copy(update={"meeting": _WITH_YOU.sub("", s.meeting).strip()})
    if s.meeting and s.meeting_time:
        from composer.writers.when import said_once  # the recurrence ("tous les mardis") is said once, by the time

        once = said_once(s.meeting, s.meeting_time)
        if once != s.meeting:
            s = s.model_copy(update={"meeting": once})
    strategies = guidance_strategies(guidance)
    key = s.relationship is Relationship.key
    kind = meeting_kind(s.meeting, s.meeting_time)
    onsite = bool(s.meeting and _ONSITE.search(s.meeting))
    in_person = onsite or bool(s.meeting and (_IN_PERSON.search(s.meeting) or _HANDS_ON.search(s.meeting)))
    consumer = bool(_CONSUMER.search(s.sender_name or "")) or bool(s.meeting and _IN_PERSON.search(s.meeting) and not is_work(s.meeting))
    if consumer and s.meeting and kind not in ("event", "call") and not is_work(s.meeting) and _CONSUMER.search(s.sender_name or ""):
        in_person = True  # a salon's, a physio's, a tutor's booking whatever its label ("reflets cuivrés et frange")
    work = is_work(s.meeting) and kind != "event" and not in_person
    final = s.intent is Intent.decline and bool(s.reason and (_FINAL.search(s.reason) or _FINAL_NL_SV.search(s.reason)))
    alternative: Alternative | None = None
    if s.intent is Intent.decline and (final or kind == "event"):
        # Nothing to keep moving: a final no offers nothing; an event cannot become a call or an email.
        alternative = None if final else "later"
    elif s.intent is Intent.decline:
        # The articles: rather than a bare no, offer a lighter form of the meeting, the more so for
        # an important client. Prefer what the guidance retrieved for this situation recommends.
        options: list[Alternative] = []
        if s.duration_minutes is not None and (Strategy.shorter in strategies or key):
            options.append("shorter")
        if (Strategy.call in strategies or Strategy.limit_time in strategies) and kind != "call" and work:
            options.append("call")
        if Strategy.email in strategies and work:
            options.append("email")
        if options:
            alternative = options[0]
        else:
            alternative = "call" if key and kind != "call" and work else "later"
    extras = tuple(
        f
        for f in ("duration_minutes", "colleague_name", "proposed_times", "policy")
        if f not in CORE_FACTS[s.intent] and _given(s, f) and not (f == "duration_minutes" and alternative == "shorter")
    )
    proposed = _merge_same(tuple(dict.fromkeys(t.strip() for t in s.proposed_times if t.strip())), s.language)
    same = ()
    if s.intent is Intent.switch_to_call and s.meeting_time:
        # "I could call you at the original time or <the original time>": the meeting's own time is no alternative.
        same = tuple(t for t in proposed if same_time(t, s.meeting_time, s.language))
        proposed = tuple(t for t in proposed if t not in same)
    return Plan(
        situation=s,
        strategies=strategies,
        alternative=alternative,
        # The key-client line read as filler in every draft a native editor saw: only fit() adds it back
        # when a draft would otherwise be too short.
        appreciation=False,
        welcome=s.relationship is Relationship.new and not final and (
            s.intent in _WELCOMING or (s.language in (Language.nl, Language.sv) and s.intent in (Intent.shorten, Intent.switch_to_call))),
        # "We could also meet by video or phone" answers no problem the situation states (the slot is the issue, not
        # the place): off by default; `fit` adds it back only to a draft that would be too short.
        offer_video=False,
        followup_call=s.intent is Intent.switch_to_email,
        # "I'll brief X fully before I go", "I'll bring a short agenda": promises the user never made. Off by
        # default (a colleague taking over an ordinary meeting still gets "I'll make sure X has what they need").
        brief_colleague=s.intent is Intent.delegate and not _away(s),
        agenda=False,
        # thanks for understanding only in formal mail where we impose a change on the client (a shorter meeting, a
        # call or email instead, a reschedule); a friendly mail or a hand-over needs no such stock line
        # "thank you for your understanding" only where something needs forgiving (we move their meeting, not a move the
        # client asked for); after a request (a shorter meeting, a call, email instead) it is a stock line natives cut
        # (nl/sv keep their earlier lines: their phrasebooks, and the tone grid's courtesy check, still rely on them)
        thanks=s.tone is Tone.formal and s.client_move is None and (s.intent is Intent.reschedule or (
            s.language in (Language.nl, Language.sv) and s.intent in (Intent.shorten, Intent.switch_to_call, Intent.switch_to_email))),
        extras=extras,
        kind=kind,
        final=final,
        away=_away(s),
        past=s.intent is Intent.no_show_followup or bool(s.meeting_time and _PAST.search(s.meeting_time)),
        times=proposed,
        same_time=bool(same),
        in_person=in_person,
        # Not clearly a work meeting nor an event (a cut and blow-dry, a nail appointment): a service the client booked.
        booked=bool(s.meeting and _IN_PERSON.search(s.meeting)) or (kind == "meeting" and not work) or (consumer and in_person),
        consumer=consumer,
        policy_change=changed_policy,
        work=work,
        summary=s.intent is Intent.switch_to_email and (work or kind == "call"),
        echo_reason=s.intent in CLIENT_SIDE and echo_reason(s.reason),
        head=meeting_head(s.meeting, s.meeting_time),
        # The intent says the client cancelled inside the notice period (or did not come): a fee policy applies.
        policy_applies=s.intent in CLIENT_SIDE and s.intent is not Intent.cancellation_policy
        and s.policy is not None and bool(s.policy.fee_percent),
        ill=s.intent in CLIENT_SIDE and bool(s.reason and _ILL.search(s.reason) and not _KIN.search(s.reason))
        and not _someone_else(s.reason or "", s.recipient_name),
        by_other=s.intent is Intent.late_cancellation and bool(s.reason and _BY_OTHER.match(s.reason)),
        ill_who=_ill_who(s),
        firm=no_person(s.sender_name),
    )


def padding(s: Situation, kind: str | None, work: bool) -> dict[str, bool]:
    """Lines a plan leaves out by default (they promise or thank for nothing the situation states) but that a
    draft under the minimum length may take back: a short agenda for a work meeting, thanks for understanding,
    the colleague's briefing (never when the sender is away)."""
    return {
        "agenda": s.intent is Intent.shorten and kind == "meeting" and work,
        "thanks": s.intent in (Intent.shorten, Intent.switch_to_call, Intent.switch_to_email, Intent.delegate),
        "brief_colleague": s.intent is Intent.delegate and not _away(s),
    }


def _away(s: Situation) -> bool:
    """The sender will be away: leave or illness named, or a hand-over for a period ("jury duty until Christmas",
    "je m'arrête dès mardi", read by the shared reason shaper)."""
    if not s.reason:
        return False
    if _AWAY.search(s.reason):
        return True
    from composer.writers.reasons import names_period

    return s.intent is Intent.delegate and names_period(s.reason, s.language.value)


# A note that opens with someone else of the family ("his father texted", "sa mère a prévenu", "il padre ha disdetto").
_BY_OTHER = re.compile(
    r"(?i)^\s*(?:(?:his|her|their|the|sa|son|leur|le|la|il|lo|suo|sua|zijn|haar|de|het|hans|hennes)\s+)?"
    r"(?:father|mother|dad|mum|mom|parent|husband|wife|partner|père|mère|papa|maman|mari|femme|padre|madre|papà|mamma|marito|"
    r"moglie|vader|moeder|pappa|make|fru)(?![\w-])"
)
# The one the meeting is for, named in it ("Oliver's lesson", "la leçon de solfège de Timéo", "la lezione di Giulio").
_FOR_WHOM = re.compile(r"^([A-ZÀ-Þ][\wà-ÿ-]+)['’]s\b|(?:\bde|\bdi|\bvan|\bför|\bd['’])\s*([A-ZÀ-Þ][\wà-ÿ-]+)\s*$")


# A clock time typed at the end of a meeting label ("lezione di yoga ore 18", "stand-up at 10am", "point de 9h").
_LABEL_CLOCK = re.compile(
    r"(?i)\s+(?:(?:ore|h|alle|à|at|om|kl\.?)\s*(\d{1,2})(?:[:.h](\d{2}))?\s*(?:h|uur|u|am|pm)?"
    r"|(\d{1,2})(?:[:.h](\d{2}))?\s*(?:h|uur|u|am|pm)|(\d{1,2})[:.h](\d{2}))\s*$"
)
# The user's gloss typed after the label ("..., quello di conoscenza", "..., celle du mardi", "..., the one in March").
_LABEL_ASIDE = re.compile(r"(?i)\s*,\s*(?:quell[oaie]|quegli|celui|celle|ceux|the one)\s+\S.*$")
# A clock time typed inside a meeting label, with its preposition ("il punto del lunedì alle 11 sul computo").
_LABEL_MID_CLOCK = re.compile(
    r"(?i)\s+(?:alle|ore|à|at|om|kl\.?)\s*(\d{1,2})(?:[:.h](\d{2}))?(?:\s*(?:h|uur|u|am|pm))?(?=\s+[^\W\d])"
)
# A companion phrase naming the recipient inside a meeting label ("avec toi", "with you", "con te", "met u", "med dig").
# "med er" / "met je" / "met jullie" before a noun are "with your ..." ("bokslutet med er styrelseordförande"): kept.
_WITH_YOU = re.compile(
    r"(?i)\s+(?:avec (?:toi|vous)|with you|con (?:te|Lei|lei|voi)|met (?:jou|u)|med dig"
    r"|(?:met (?:je|jullie)|med er)(?=\s*$|\s*[,;:.)]|\s+(?:och|en|om|på|i|över|kring|för|till|over|op|in|van|bij|voor|\d)\b))(?![\w-])"
)
# The recipient named first among several ("with you and Tom", "con Lei e la dott.ssa Riva", "med dig och Henrik").
_WITH_YOU_AND = re.compile(
    r"(?i)\b(with|avec|con|met|med)\s+(?:you|toi|vous|te|Lei|voi|jou|je|u|jullie|dig|er)\s*(?:,\s*|\s+(?:and|et|e|ed|en|och)\s+)(?=\w)"
)
# A purpose infinitive or the recipient's possessive inside a long label ("pour bosser ta keynote", "för att planera"):
# a subject line names the thing by what comes before it.
_LABEL_TAIL = re.compile(
    r"(?i)\s+(?:pour (?=\w+(?:er|ir|re)\b)|afin de\b|per (?=\w+(?:are|ere|ire)\b)|för att\b|om (?=.*\bte\s+\w+$)|in order to\b|"
    r"so (?:that|we)\b).*$"
)


# A relative clause inside a label ("the gala where Henrietta announces ...", "l'inauguration où M. X présente ...").
_LABEL_RELATIVE = re.compile(
    r"(?i)\s*,?\s+(?:where|who|which|at which|during which|où|au cours de laquelle|lors de laquelle|dove|durante la quale|in cui|"
    r"waar|waarin|waarbij|där|då)\s+\S.*$"
)
# The company part of a label ("... with Luke and the Leeds devs", "avec les équipes de X", "con l'impresa Gatti") and a
# purpose typed with "to" ("... to go through your self-assessment"): cut for a subject when the label is long.
_LABEL_COMPANY = re.compile(r"(?i)\s+(?:(?:with|avec|con|met|med)\b|to (?=(?:go|discuss|review|sign|finalise|finalize|plan|look|talk|fix|set|agree|"
                            r"prepare|walk|run|check|sort)\b)).*$")
_SUBJECT_LABEL_MAX = 40
_SUBJECT_LABEL_LONG = 45
# For a subject line only: a bracketed list ("(bain, tonte, griffes)") and the user's aside after a comma ("quello di
# conoscenza", "the one in March") go; so does a relative clause, also one with no pronoun ("the dinner Ashworth hosts").
_SUBJECT_ASIDE = re.compile(
    r"(?i)\s*\([^()]*\)|\s*,\s*(?:quell[oaie]|quegli|celui|celle|ceux|the one|degene|diegene|den|det|de som)\b.*$"
)
_SUBJECT_RELATIVE = re.compile(
    r"(?i)\s+(?:que|qu['’]|qui|dont|che|cui|dat|die|som|that|whom)\s+\S.*$"
    r"|(?-i:(?<=[a-z'’])\s+(?:[A-Z][\w&'’.-]*\s+)+)(?:hosts|holds|organi[sz]es|runs|throws|gives|puts on|offers|arranges)\b.*$"
)
# Still long: the label is cut before a second item ("... logo et les cartes de visite") or a place ("... a Castelfranco").
_SUBJECT_AND = re.compile(r"(?i)(?<=\w{3})\s+(?:et|and|e|ed|en|och|\+|&)\s+(?:les?|la|l['’]|the|il|lo|gli|i|de|het|des|du|un|une|a|an)?\b.*$")
_SUBJECT_PLACE = re.compile(r"(?i)(?<=\w{3})\s+(?:à|au|aux|a|at|in|op|på|i|bij|chez|presso)\s+[^\d\s].*$")


def label_head(label: str) -> tuple[str, str]:
    """(head, relative clause) of a meeting label; the clause '' when there is none. The head is what a date follows
    ("the Christmas gala at the Savoy on Friday 18 December, where Henrietta announces ...")."""
    m = _LABEL_RELATIVE.search(label)
    if not m or len(label[: m.start()].split()) < 1:
        return label, ""
    return label[: m.start()].rstrip(" ,"), label[m.start():].strip(" ,")


def subject_label(label: str) -> str:
    """A long meeting label cut to the thing it names for a subject line: "Resto pour bosser ta keynote" -> "Resto",
    "Fika på Vete-Katten för att planera vårens upplägg" -> "Fika på Vete-Katten", a relative clause and, when still
    long, the people it is with ("Sprint planning with Luke and the Leeds devs" -> "Sprint planning"): a subject stays
    under ~60 characters. Short labels stay as typed."""
    if len(label.split()) <= 4:
        return label
    cut = _LABEL_TAIL.sub("", label).strip(" ,;:-")
    cut = label_head(cut or label)[0]
    for tail in (_SUBJECT_ASIDE, _SUBJECT_RELATIVE):
        shorter = tail.sub("", cut).strip(" ,;:-")
        cut = shorter if len(shorter.split()) >= 1 and shorter != cut and len(shorter) >= 3 else cut
    if len(cut) > _SUBJECT_LABEL_MAX:
        shorter = _LABEL_COMPANY.sub("", cut).strip(" ,;:-")
        cut = shorter if len(shorter.split()) >= 2 else cut
    for tail in (_SUBJECT_AND, _SUBJECT_PLACE):
        if len(cut) > _SUBJECT_LABEL_LONG:
            shorter = tail.sub("", cut).strip(" ,;:-")
            cut = shorter if len(shorter.split()) >= 2 else cut
    return cut if cut and cut != label and len(cut.split()) >= 1 else label


def _ill_who(s: Situation) -> str | None:
    """Someone other than the client was ill (their child, named in the meeting or not): a wish for them, never for
    the recipient. None when no one else is said to be ill."""
    if s.intent not in CLIENT_SIDE or not s.reason or not _ILL.search(s.reason):
        return None
    if not (_KIN.search(s.reason) or _BY_OTHER.match(s.reason) or _someone_else(s.reason, s.recipient_name)):
        return None
    m = _FOR_WHOM.search((s.meeting or "").strip())
    name = (m.group(1) or m.group(2)) if m else ""
    return name if name and name.lower() not in (s.recipient_name or "").lower() else ""


def _someone_else(reason: str, recipient: str) -> bool:
    """The note names someone other than the client ("she texted to say Ella was unwell"): a capitalised word
    inside the note that is not part of the recipient's name. Their illness is not the client's."""
    own = {w.lower() for w in re.findall(r"[\w'-]+", recipient)}
    words = re.findall(r"(?<=[\s(])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'-]+)", reason)
    return any(w.lower() not in own and w not in ("I", "I'm") for w in words)


_MY_COLLEAGUE = re.compile(
    r"^\s*(?:my|our|mon|ma|notre|il mio|la mia|il nostro|la nostra|mio|mia|mijn|onze|ons|min|vår|vårt)\s+"
    r"(?:colleague|collègue|collega|collega's|kollega|medarbetare)\s+(?=\S)",
    re.IGNORECASE,
)


# A cancellation-policy note that only says what the mail does ("just a reminder", "I'm sending the terms",
# "Le mando le condizioni", "här kommer våra regler"): not a reason, the opening already says it.
_POLICY_NOTE = re.compile(
    r"^\s*(?:just |only )?(?:a |as a )?(?:quick |gentle |friendly )?reminder\b|\b(?:I'm|I am|we're|we are) (?:sending|sharing)\b|"
    r"\bpetit rappel\b|^\s*(?:un )?rappel\b|\b(?:je|nous) vous (?:envoie|envoyons|transmets|transmettons|rappelle)\b|"
    r"^\s*(?:un )?promemoria\b|\b(?:Le|ti|vi) (?:mando|invio|mandiamo|inviamo|ricordo|ricordiamo)\b|"
    r"^\s*(?:even )?ter herinnering\b|\bhier (?:zijn|komen|volgen)\b|\b(?:ik stuur|we sturen|wij sturen)\b|"
    r"^\s*(?:en )?påminnelse\b|\bhär (?:är|kommer)\b|\b(?:jag|vi) skickar\b|"
    # the mail itself announced ("just letting everyone know about ...", "je préviens tout le monde", "avviso tutti")
    r"\b(?:letting|let) (?!us\b|me\b)(?:[\w']+ ){1,3}(?:know|aware)\b|\bheads[- ]up\b|"
    r"\bje (?:préviens|informe) (?:tout le monde|mes \w+|tous)\b|\b(?:avviso|informo) (?:tutti|i miei \w+|i clienti)\b",
    re.IGNORECASE,
)

# A policy note that announces a change ("new rules from January", "je passe aux acomptes", "dal primo gennaio cambiano
# le regole"): the notice introduces the terms, it never "reminds" of them.
_POLICY_CHANGE = re.compile(
    r"\bnew (?:\w+ )?(?:rules?|policy|terms|conditions|system)\b|\b(?:chang(?:e|es|ing)|updat(?:e|es|ed|ing)|introduc\w+)\b|"
    r"\bfrom (?:now on|next (?:week|month|year)|(?:the )?\d|(?:1st|first) of|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b|"
    r"\bnouve(?:lles?|aux?|lle) (?:\w+ )?(?:règles?|conditions|politique|tarifs?|fonctionnement)\b|\bchangent\b|\bchangement\b|"
    r"\bje passe (?:aux?|à l['’])|\bdésormais\b|\bdorénavant\b|\bà partir d[ue'’ ]|"
    r"\bnuov[ei] (?:\w+ )?(?:regole|condizioni|modalità)\b|\bcambia(?:no|mento)?\b|\bd'ora in poi\b|\bintroduc\w+|"
    r"\b(?:dal|dall['’]|a partire dal?) (?:primo|1°?|\d{1,2}) \w+|"
    r"\bnieuwe (?:\w+ )?(?:regels|voorwaarden|werkwijze)\b|\bveranderen\b|\bnya (?:\w+ )?(?:regler|villkor)\b|\bfrån och med\b",
    re.IGNORECASE,
)


# Intents where a word of welcome to a new client fits: not a decline, not the client's own cancellation, and not
# when the first meeting itself is put off or replaced by email ("looking forward to working together" jars there).
# "Looking forward to working together" only where it is the point (a new client's first policy notice); in a
# request to a new contact (a shorter meeting, a call) it read as presumptuous to the native reviewers.
_WELCOMING = frozenset({Intent.cancellation_policy})


def _given(s: Situation, name: str) -> bool:
    value = getattr(s, name)
    return bool(value) if not hasattr(value, "is_empty") else not value.is_empty()


@dataclass(frozen=True)
class Message:
    """What a phrasebook returns; the writer assembles it into subject and body."""

    subject: str
    greeting: str
    paragraphs: list[str]
    closing: str


def num(value: float | int, plan: Plan) -> str:
    """A policy number as the situation's language writes it."""
    return fmt_number(value, plan.situation.language)


def bullets(items: list[str]) -> str:
    """Several times as a '- ' list; callers end the paragraph with it, so no sentence trails a list."""
    return "\n" + "\n".join(f"- {t}" for t in items)


def assemble(message: Message, sender_name: str) -> str:
    """Greeting, paragraphs, closing and signature, separated the way an email is."""
    # A time or reason typed with its own full stop must not leave "..": keep one stop, never an ellipsis.
    paragraphs = [re.sub(r"(?<!\.)\.\.(?!\.)", ".", p.strip()) for p in message.paragraphs if p and p.strip()]
    return "\n\n".join([message.greeting, *paragraphs, message.closing]) + "\n" + signature(sender_name)


# Words that name a business, a team or a trade, not a person (every language we write).
_BUSINESS = re.compile(
    r"(?i)(?<![\w])(agence|agency|institut|institute|istituto|studio|studi|centro|center|centre|palestra|parrucchieria|salon|salone|"
    r"cabinet|software|ltd|limited|inc|llc|sarl|sas|srl|spa|gmbh|ab|bv|co\.?|company|group|groupe|gruppo|team|équipe|squadra|"
    r"design|consulting|conseil|services?|school|école|scuola|clinic|clinique|clinica|atelier|bureau|kantoor|byrå|firma|"
    r"tutoring|academy|académie|accademia|hotel|hôtel|restaurant|ristorante|parlour|shop|boutique|negozio|garage|pharmacie|"
    r"farmacia|fitness|gym|yoga|institutet|salong|praktijk|kliniek|klinik|mottagning|estetico|estetica|esthétique|office|"
    r"department|département|ufficio|servizio|afdeling|avdelning|secretariat|secrétariat|segreteria|reception|accueil|"
    r"architects?|architecture|partners|associates|associés|associati|solicitors|accountants|legal|law|creative|digital|media|"
    r"photography|translations?|traductions?|traduzioni|consultants|support|helpdesk|servicedesk|kundsupport|barbers?|"
    r"agenzia|viaggi|voyages|travel|reizen|resor|physio|physiotherapy|fisioterapia|fisio|kiné|kinésithérapie|ostéo|osteo|"
    r"ostéopathie|osteopatia|strategy|stratégie|strategia|advisory|lashes|nails|beauty|beauté|bellezza|hair|coiffure|onglerie|"
    r"wellness|dental|dentaire|surveyors|surveying|coaching|tutors|therapy|thérapies|terapie|hondenschool|trainingen|"
    r"online|cloud|web|bar|brow|maths|soutien|patrimoine|assistenza|reklam|fysio|swim|frisör|tecnico|lease|"
    r"administratiekantoor|zwemschool|nagelstudio|yogastudion|frisören|hundfrisören|"
    # trades and firms typed after a name ("Claire Dunmore | Northgate Accounts", v15 review)
    r"accounts|accounting|accountancy|advisers|advisors|tax|lettings|estates|properties|logistics|holdings|ventures|"
    r"solutions|systems|technologies|tech|finance|financial|capital|insurance|recruitment|events|marketing|"
    r"communications|printing|builders|construction|engineering|interiors|landscaping|catering|productions|"
    r"publishing|foundation|association|stichting|fondazione|stiftelse|bookkeeping|bookkeepers|laboratorio|laboratoire|"
    r"ceramics|pottery|céramique|ceramica|keramiek|keramik|kennels|grooming|cleaning|removals|"
    r"plumbing|electrical|joinery|opticians|vets|veterinary|surgery|pharmacy|bakery|florist|florists)(?![\w])"
)
# Dutch and Swedish business compounds ("Schoonheidssalon Parel", "Tolkbyrån Ordbro", "Servicedesk Plandesk").
_BUSINESS_COMPOUND = re.compile(
    r"(?i)\w{2,}(?:salon|salong|salongen|praktijk|kantoor|byrå|byrån|desk|support|studio|bureau|kliniek|kliniken|klinik|centrum|"
    r"center|atelier|winkel|butik|butiken|huset|gruppen|konsult|konsulter|studion|school|skola|skolan|frisör|frisören|"
    r"hjälpen|byrån|reklam|fysio)(?![\w])"
)
# Roles typed with a capital between commas ("James Aldersley, Partner, Aldersley Legal").
_ROLE = re.compile(
    r"(?i)(?<![\w-])(partner|associate|director|manager|founder|co-founder|owner|ceo|cto|coo|cfo|head|lead|consultant|adviser|"
    r"advisor|coach|teacher|tutor|trainer|therapist|associé|associée|gérant|gérante|directeur|directrice|fondateur|fondatrice|"
    r"consultante|socio|socia|titolare|direttore|direttrice|responsabile|vennoot|eigenaar|delägare|ägare|vd|chef|senior|junior|"
    r"plombier|électricien|électricienne|menuisier|photographe|fotografo|fotografa|fotograf|psykolog|psycholoog|psychologue|"
    r"psicologo|psicologa|idraulico|elettricista|loodgieter|elektricien|rörmokare|elektriker|plumber|electrician|photographer)(?![\w-])"
)
_PARTICLES = {"de", "du", "des", "van", "der", "den", "von", "di", "da", "del", "della", "le", "la", "af", "ten", "ter", "d'"}


def _a_person(text: str) -> bool:
    """1 to 4 words written as a name ("Coralie Mardrus", "Roxane", "Jan van der Berg"), no business word."""
    ws = text.split()
    if not 1 <= len(ws) <= 4 or _BUSINESS.search(text) or _BUSINESS_COMPOUND.search(text) or any(ch.isdigit() for ch in text):
        return False
    if _ROLE.search(text):
        return False  # "Partner", "Senior Associate", "Directrice": a role typed with a capital is no name
    return all(w.lower() in _PARTICLES or _NAME_WORD.fullmatch(w) for w in ws)


# A word written as a name: a capital, then lower case; "McAlister", "MacLeod", "O'Neill", "D'Souza" too.
_NAME_WORD = re.compile(r"(?:Ma?c|O['’]|D['’])?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]*(?:-(?:Ma?c|O['’])?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]*)*\.?")


def no_person(sender_name: str) -> bool:
    """The sender signs as a business only ("Hartwell Bookkeeping", "Laboratorio Ceramica Argilla Viva"): no part
    typed reads as a person, and one names a business. The mail then speaks as "we" (phrasebook hook `as_firm`)."""
    segs = [part for seg in _segments(sender_name) for part in _role_before_name(seg)]
    if not segs or any(_titled(p) or _a_person(p) for p in segs):
        return False
    return any(_BUSINESS.search(p) or _BUSINESS_COMPOUND.search(p) for p in segs)


def _titled(text: str) -> bool:
    """A personal title opens the segment ("Dott.ssa Elena Barone", "Dr Pauline Lecanu"): it is the person."""
    from composer.names import _title_key, _TITLES

    ws = text.split()
    return len(ws) > 1 and _title_key(ws[0].lower()) in _TITLES and _a_person(" ".join(ws[1:]))


def _role_before_name(seg: str) -> list[str]:
    """"Leg. psykolog Karin Lund": a role typed before the name becomes the name, then the role."""
    ws = seg.split()
    if _titled(seg) or len(ws) < 3:
        return [seg]
    for k in range(len(ws) - 2, 0, -1):
        head, tail = " ".join(ws[:k]), " ".join(ws[k:])
        if _a_person(tail) and len(ws[k:]) >= 2 and _ROLE.search(head) and not _BUSINESS.search(head):
            return [tail, head]
    return [seg]


def _segments(sender_name: str) -> list[str]:
    """The parts typed around the name: dashes, bars, slashes, "@", commas and brackets."""
    text = re.sub(r"\s*\(([^()]+)\)\s*", r" | \1 | ", sender_name.strip())
    parts = re.split(r"\s+[–—|/@-]\s+|\s*,\s+|\s+@\s*|\s*\|\s*|\s+(?:at|chez|presso|bij|på)\s+(?=[A-ZÀ-ÖØ-Þ])", text)
    return [p.strip() for p in parts if p and p.strip()]


# A loose clock typed in a form: "~10", "10ish", "10-ish" (when.tilde says it in words).
_LOOSE_MARK = re.compile(r"~\s*\d|\d\s*-?ish\b", re.IGNORECASE)


def signature(sender_name: str) -> str:
    """The person first, on their own line, whatever way the business and role were typed around the name
    ("Hollins Keane Architects – Sophie Keane", "Cloudrift / Rohan Batliwala", "Helpdesk team, Ledgerly (Aisha
    Khan)"): then the role typed after the name, then the business typed before it, each capitalised."""
    segs = [part for seg in _segments(sender_name) for part in _role_before_name(seg)]
    if len(segs) < 2:
        return sender_name
    people = [i for i, p in enumerate(segs) if _titled(p) or _a_person(p)]
    if not people:
        return sender_name
    titled = [i for i in people if _titled(segs[i])]
    # two name-like parts: the titled one, else the shorter one inside the other ("Hollins Keane Architects" holds
    # "Keane"), else the one a role follows ("Beatrice Oltolina, project manager | Orbis Digital"), else the last one
    # ("Support Logiventes — Capucine Brault": a business typed first, as a label)
    pick = titled[0] if titled else people[-1]
    if not titled and len(people) > 1:
        roled = [i for i in people if i + 1 < len(segs) and i + 1 not in people]
        inside = [i for i in people if any(
            k != i and segs[i].split()[-1] in segs[k].split() and len(segs[k].split()) > len(segs[i].split()) for k in people)]
        bracketed = [i for i in people if f"({segs[i]})" in sender_name]
        if bracketed and len(people) == 2 and len(segs) == 2:
            # "Name (Business)": the part typed before the brackets is the person ("Kévin (Soutien Maths Cergy)",
            # "Yanis (Formakit)"); a name in brackets after a business and a team stays the person ("Helpdesk team,
            # Ledgerly (Aisha Khan)")
            bracketed = [i for i in people if i not in bracketed]
        comma_only = not re.search(r"\s[–—|/@-]\s|\(", sender_name)  # "Anna Berg, Marketing": the first is the name
        # "Fyrverkeri Reklam - Oskar", "Fysio De Brug / Ruud": of a name of several words and one word alone, the word
        # alone is the first name people sign with (a trade typed alone is a role: "Jean-Pierre Martin - Plombier")
        alone = [i for i in people if len(segs[i].split()) == 1]
        alone = alone if len(alone) == 1 and len(people) == 2 else []
        # "Sara @ Lumen", "Anna på Ordbro": the person is typed before "@", "at", "chez", "presso", "bij", "på"
        at_form = [people[0]] if re.search(r"\s@|\s(?:at|chez|presso|bij|på)\s", sender_name) else []
        # two parts that both read as names, split by a slash/dash/bar ("Grankvist Revision / Henrik Grankvist",
        # "Marlowe Events / Daniel Okonkwo-Hale"): the business is typed first, as a label; the person after it
        labelled = [people[-1]] if len(people) == 2 and not comma_only and re.search(r"\s[–—|/-]\s|\|", sender_name) else []
        found = inside or bracketed or roled or at_form or ([people[0]] if comma_only else []) or alone or labelled
        if not found:
            return sender_name  # unsure which part is the name ("Jean-Pierre Martin - Plombier"): as typed
        pick = found[0]
    cap = lambda t: t[:1].upper() + t[1:]  # noqa: E731
    after, before = segs[pick + 1:], segs[:pick]
    lines = [segs[pick]] + [cap(", ".join(x)) for x in (after, before) if x]
    return "\n".join(lines)


# Which one closing wish fits a short mail (native review v10): a request thanks in advance (a move of ours already
# thanks for understanding); a weekend appointment wishes a good weekend; no "good week" when the mail already speaks
# of that week; else looking forward to speaking again. The phrasebook says each in its language.
_WISH_ASKING = frozenset({Intent.shorten, Intent.switch_to_call, Intent.switch_to_email})


def wish(plan: Plan, weekend: re.Pattern[str], week: re.Pattern[str]) -> str:
    """'ask', 'weekend', 'week' or 'soon', given the language's words for a weekend day and for a week."""
    s = plan.situation
    if s.intent in _WISH_ASKING:
        return "ask"
    if weekend.search(s.meeting_time or ""):
        return "weekend"
    if not week.search(" ".join(x or "" for x in (s.meeting, s.meeting_time, s.reason))):
        return "week"
    return "soon"

