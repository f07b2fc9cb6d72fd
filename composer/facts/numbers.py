"""Numbers bound to their terms: notice hours, fee % and deposit % each with its own word, in five languages.

A percentage is read as the fee or the deposit by the term it modifies ("the 20% deposit"), else the nearest one in
its clause; a swap is named as one. Policy words, shares in words stated with a payment word ("half of the fee",
"reste dû en intégralité") and payment rules for a missed booking with no given policy are flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from composer.facts.issue import FactIssue
from composer.facts.surface import fmt_number, normalise
from composer.models import Language, Situation
from composer.facts.rx import rx

FEE_TERMS = {
    Language.en: r"fees?|charged?|charges|charging|chargeable|billable|payable|penalt(?:y|ies)|cancellation costs?|billed|billing|invoiced?",
    Language.fr: r"frais|pénalités?|factur(?:e|es|ent|er|era|erai|erons|erez|eront|erait|é|ée|és|ées|ons|ez|ation|ations|able|ables)|indemnités?|montant|honoraires?",
    Language.it: r"penal[ei]|addebit\w*|costi|costo|tariff[ae]|fattur(?:a|e|o|are|ato|ata|ati|ate|iamo|ate|erò|eremo|erà|eranno|erebbe|azione|azioni|abile|abili)|compenso|onorario|importo",
    Language.nl: r"kosten|annuleringskosten|vergoeding|boete|in rekening|tarief|factu(?:ur|ren|reren|reer|reert|reerde|reerden|ratie)|gefactureerd|bedrag|honorarium",
    Language.sv: r"avgift\w*|debiter\w*|kostnad\w*|arvode\w*|fakturer(?:a|as|ar|ade|at|ats|ing|ingen)|faktura|fakturan|fakturor|fakturorna|belopp\w*",
}
DEPOSIT_TERMS = {
    Language.en: r"deposits?|down ?payment|advance payment|prepayment",
    Language.fr: r"acomptes?|arrhes|caution|dépôt",
    Language.it: r"acconto|acconti|caparra|deposito",  # not "anticipo": "in anticipo" is "in advance"
    Language.nl: r"aanbetaling\w*|borg|voorschot|waarborgsom",
    Language.sv: r"handpenning\w*|deposition\w*|förskott\w*",
}
REFUND_TERMS = {
    Language.en: r"refund\w*|reimburs\w*|non-refundable",
    Language.fr: r"rembours\w*",
    Language.it: r"rimbors\w*|restitu\w*",
    Language.nl: r"terugbeta\w*|terug te betalen|terugstort\w*|teruggestort|restitu\w*",  # "terugbetaald", not only "terugbetaling"
    Language.sv: r"återbetal\w*",
}
# Billing words: the everyday names of invoicing ("invoice export", "module facturation", "fatturazione
# elettronica"), a term only where the sentence states a charge for the cancelled or missed booking (a cancel or
# no-show word, a payment rule, or an amount with them). Whole words only: a brand such as "Fatturix" is no term.
BILLING_WORDS = {
    Language.en: r"invoiced?|invoices|invoicing|billing|billed|billable",
    Language.fr: r"factur\w+",
    Language.it: r"fattur\w+",
    Language.nl: r"factu\w+|gefactureerd",
    Language.sv: r"faktur\w+",
}
_AMOUNT = re.compile(r"(?i)\d+(?:[.,]\d+)?\s*(?:%|€|eur\b|euro\b|kr\b|sek\b|£|\$|percent|procent|pour ?cent|per ?cento)|[€£$]\s*\d")
# Words that state what someone must pay ("is due", "vanno pagate", "betalas", "reste dû", "in rekening"), and the
# verbs that charge someone a share in words ("je vous compterai la moitié", "non ti conteggio", "aanrekenen"): with a
# share ("half", "in full") or in a sentence about a cancelled or missed booking they state a policy term.
PAY_TERMS = {
    Language.en: r"pay|pays|paid|payable|paying|due|owed|owing|charged|billed|invoiced|forfeit\w*|(?:responsible|liable) for",
    Language.fr: r"pa(?:y|i)\w*|dû|due|dus|dues|factur\w*|redevable|exigible|régl\w*|retenu\w*|(?:vous|te|lui|leur) (?:compt\w*|décompt\w*)|à (?:votre|ta|sa|leur|vos|tes) charge",
    Language.it: r"pag\w*|dovut\w*|addebit\w*|fattur\w*|trattenut\w*|saldat\w*|saldare|conteggi\w*|(?:ti|le|vi|gli) (?:cont\w*|calcol\w*)|a (?:tuo|suo|vostro|loro|tuoi|suoi) carico",
    Language.nl: r"betal\w*|betaal\w*|verschuldigd|in rekening|rekenen|reken|rekent|berekend|gefactureerd|factureren|ingehouden|verrekend|aanreken\w*|aangerekend|doorbereken\w*|doorberekend|voor (?:jouw|uw|je|eigen) rekening",
    Language.sv: r"betal\w*|debiter\w*|fakturer\w*|erlägg\w*|tar (?:vi|jag) ut|tas ut|(?:står|får) (?:du|ni) för",
}
# A payment stated as an obligation or a practice ("must still be paid", "reste dû", "vanno pagate", "wordt in
# rekening gebracht", "måste betalas", "we charge"): the form in which a sentence states a rule, not a mention
# ("I'll pay for the coffee").
PAY_RULE = {
    Language.en: r"(?:is|are|remains?|will be|would be|still) (?:still )?(?:due(?!\s+(?:to|on|by|in|at|tomorrow|today|next|this)\b)|payable|charged|billed|invoiced|owed)|(?:must|has to|have to|will have to|need to|needs to)(?: still)? (?:be paid|pay)|(?:we|i) (?:still )?(?:charge|bill|invoice)|forfeit\w*|pay(?:able)? in full|(?:responsible|liable) for|(?:bill|charge|invoice) you",
    Language.fr: r"(?:reste|restent|est|sont|sera|seront|serait)(?: \w+)? (?:(?:dû|due|dus|dues)(?!\s+(?:à|au|aux)\b)|factur\w*|exigible\w*|redevable\w*|retenu\w*)|(?:doit|doivent|devra|devront)(?: \w+)? être (?:payé\w*|réglé\w*|factur\w*)|(?:nous|je) (?:factur\w*|retenons|retiens)|à payer|à régler|à (?:votre|ta|vos|tes) charge|(?:vous|te) (?:factur\w*|compt\w*|demander\w* (?:rien|quoi que ce soit))",
    Language.it: r"(?:va|vanno|andrà|andranno|deve|devono|dovrà|dovranno)(?: \w+){0,2} (?:pagat\w*|saldat\w*|addebitat\w*|fatturat\w*)|(?:è|sono|sarà|saranno|resta|restano|viene|vengono)(?: \w+)? (?:dovut\w*(?!\s+(?:a|al|alla|allo|ai|alle|agli)\b)|addebitat\w*|fatturat\w*|trattenut\w*)|addebitiamo|fatturiamo|tratteniamo|da pagare|a (?:tuo|suo|Suo|vostro|loro) carico|(?:faccio|farò|facciamo|faremo) pagare|(?:ti|Le|vi) (?:conteggi\w*|addebit\w*)",
    Language.nl: r"(?:moet|moeten|wordt|worden|blijft|blijven)(?: \w+){0,3} (?:betaald|gefactureerd|berekend|ingehouden|in rekening gebracht)|(?:brengen|breng|rekenen|reken) (?:wij|we|ik)|in rekening|verschuldigd|te betalen|voor (?:jouw|uw|je|eigen) rekening",
    Language.sv: r"(?:måste|ska|skall|behöver)(?: \w+){0,3} (?:betalas|betala|debiteras|faktureras|erläggas)|debiteras|faktureras|betalas|tas ut|tar (?:vi|jag) ut|debiterar (?:vi|jag)|tar (?:vi|jag) (?:inte |inget |ingen )?betal(?:t|ning)|(?:står|får) (?:du|ni) för",
}
# A booking used up or taken off a pass because it was missed (round 14): "deducted from your class pass", "ne te
# sera pas décomptée de ta carte", "scalata dal carnet", "gaat van je strippenkaart af", "dras från ditt klippkort",
# "counts as attended", "la séance est perdue". Said of a missed or cancelled booking with no policy given, it is a
# rule nobody gave, as a payment is (a waiver "won't be deducted this time" states the same rule).
CONSUME_RULE = {
    Language.en: r"(?:deduct\w*|taken|tak\w*|come\w*|came|docked)(?: \w+){0,2} (?:off|from|out of) (?:your|the|their|a) (?:\w+ )?(?:pass|card|credits?|package|bundle|allowance|membership|balance|block|quota)|"
                 r"count\w* (?:against|towards?) (?:your|the) (?:\w+ )?(?:pass|card|credits?|package|bundle|allowance|quota|sessions|classes|lessons)|"
                 r"count\w* as (?:a |one )?(?:used|attended|taken|full|completed)(?: (?:session|class|lesson|visit|credit))?|(?:is|are|will be|would be) (?:simply |normally |usually )?(?:forfeited|used up|lost)|"
                 r"(?:lose|loses|losing) (?:the|that|this|your|a) (?:session|class|lesson|credit|slot)",
    Language.fr: r"décompt\w*|déduit\w*(?: \w+){0,2} (?:de|du|sur) (?:ta|votre|vos|tes|ton|la|le) (?:\w+ )?(?:carte|forfait|abonnement|carnet|crédits?|solde|pack)|"
                 r"(?:est|sera|reste|sont|seront) (?:\w+ )?(?:perdue?s?|considérée?s? comme (?:effectuée?s?|consommée?s?|due?s?))|compt\w* comme (?:une séance|un cours|effectu\w*|consomm\w*)",
    Language.it: r"scalat\w*|scala(?:re|no|to)? dal|detratt\w* dal|(?:si )?consider\w* (?:come )?(?:effettuat\w*|svolt\w*|fruit\w*|usufruit\w*|godut\w*)|"
                 r"conteggiat\w* come|(?:è|viene|verrà|sarà|va) (?:\w+ )?pers[ao]|(?:perde|perdi|perderà|perderai|perdete) (?:la|il|l'|un[a']?) ?(?:lezione|seduta|sessione|ingresso|credito)",
    Language.nl: r"(?:gaat|gaan)(?: \w+){0,4} (?:van|af van) (?:je|jouw|uw|de|het) \w*(?:kaart|tegoed|abonnement|pakket|saldo|krediet|bundel)(?: af)?|afgeschreven|afgetrokken|afgestreept|"
                 r"(?:telt|tellen|geldt|gelden)(?: \w+){0,3} als (?:gevolgd|genoten|gebruikt|een (?:gevolgde |volledige |gewone )?(?:les|sessie|beurt|behandeling))|(?:gaat|is) (?:\w+ )?verloren",
    Language.sv: r"(?:dras|drar|tas|räknas)(?: \w+){0,3} (?:från|av|bort från|ur) (?:(?:ditt|ert|din|er) )?\w*(?:kort|kortet|saldo|saldot|paket|paketet)|"
                 r"klipps|räknas (?:\w+ )?som (?:genomförd|utnyttjad|använd|förbrukad|en (?:lektion|gång|session))|(?:går|är) förlorad|förbrukas|förfaller",
}
# A booking cancelled late or missed: the situation a payment term governs.
MISSED_WORDS = {
    Language.en: r"miss\w*|no-shows?|did(?:n't| not) (?:come|turn up|show)|late cancellations?|cancel\w*|without notice",
    Language.fr: r"manqu\w*|non honor\w*|annul\w*|absen\w*|sans prévenir|sans préavis|décommand\w*",
    Language.it: r"saltat\w*|mancat\w*|pers[aoie](?= (?:per|a causa|senza))|(?<=seduta )pers[ao]|(?<=lezione )pers[ao]|(?<=sessione )pers[ao]|disdett\w*|disdi\w*|annull\w*|senza (?:avviso|preavviso)|assenz\w*",
    Language.nl: r"gemist\w*|niet nagekomen|niet verschenen|afgezegd\w*|afzeg\w*|annuler\w*|zonder (?:bericht|afmelding)|no-show",
    Language.sv: r"uteblir|uteblivn\w*|missad\w*|avbok\w*|utan besked|utan att (?:höra av|meddela)|sen avbokning",
}
# A money word made a term by its verb ("we will keep your deposit", "nous demandons un dépôt", "le chiediamo un
# deposito", "wij houden de borg in", "en handpenning krävs") or by a cancellation it depends on ("if you cancel",
# "en cas d'annulation", "bij afzeggen", "vid avbokning"): said of a word the meeting's label or the reason gives, it
# is still a rule nobody gave.
TERM_VERBS = {
    Language.en: r"ask\w*|requir\w*|keep|keeps|kept|retain\w*|withh[eo]ld\w*|forfeit\w*|collect\w*|request\w*|non-refundable|refundable",
    Language.fr: r"demand\w*|exig\w*|reti\w*|reten\w*|gard\w*|conserv\w*|encaiss\w*|prélev\w*|rembours\w*",
    Language.it: r"chied\w*|chiediamo|richied\w*|tratten\w*|trattien\w*|tengo|teniamo|terremo|incass\w*|rimbors\w*",
    Language.nl: r"vrag\w*|vraag\w*|vereist|houd\w*|houden|ingehouden|behoud\w*|terugbeta\w*",
    Language.sv: r"begär\w*|kräv\w*|behåll\w*|tar ut|tas ut|återbeta\w*",
}
CANCEL_CONDITION = {
    Language.en: r"if you cancel\w*|in case of (?:a )?(?:late )?cancellation|late cancellations?|no-shows?|(?:cancel\w*|call\w* off) (?:late|at short notice)",
    Language.fr: r"si vous annul\w*|si tu annul\w*|en cas d['’](?:annulation|absence)|annulation tardive|(?:vous|tu) décommand\w*",
    Language.it: r"se (?:disdice|disdici|annulla|annulli)|in caso di (?:disdetta|annullamento|assenza)|disdett[ae] tardiv[ae]",
    Language.nl: r"bij (?:afzeggen|afzegging|annuleren|annulering|niet verschijnen)|als (?:u|je) (?:afzeg\w*|annuleer\w*)|late afzegging",
    Language.sv: r"om (?:du|ni) avbokar|vid (?:sen )?avbokning|sen avbokning|om (?:du|ni) uteblir",
}
# "free of charge up to 48 hours before" is how a notice period is stated, not an invented fee.
FREE_PHRASES = {
    Language.en: r"free of charge|without (?:any )?(?:charge|fee|cost)|at no (?:extra )?(?:charge|cost)|no (?:extra |additional )?(?:fee|charge)s?",
    Language.fr: r"sans frais|gratuit\w*|sans (?:aucun )?(?:coût|pénalité)",
    Language.it: r"senza (?:alcun )?(?:cost[oi]|penal[ei]|addebit\w*)|gratuit\w*|gratis|nessun (?:costo|addebito)|nessuna penale",
    Language.nl: r"kosteloos|gratis|zonder (?:extra )?kosten|kostenloos|geen (?:extra )?kosten",
    Language.sv: r"avgiftsfri\w*|utan (?:kostnad|avgift)\w*|kostnadsfri\w*|gratis|ingen (?:extra )?(?:avgift|kostnad)",
}
# A cancellation rule named as such ("the cancellation period", "délai d'annulation", "termine di disdetta",
# "annuleringstermijn", "avbokningsreglerna"): with no policy given, a rule nobody gave.
POLICY_NAMES = {
    Language.en: r"cancellation (?:period|window|policy|terms|conditions|deadline)|notice period|(?:as per|per|in line with|according to|in accordance with) (?:our|the) (?:usual |standard |booking |cancellation )?(?:terms(?: and conditions)?|policy|conditions|rules|t&cs)|our (?:terms and conditions|t&cs)",
    Language.fr: r"(?:délai|conditions?|politique|règles?) d['’]annulation|délai de prévenance|(?:selon|conformément à|d['’]après|comme le prévoient) (?:nos|les|notre|le) (?:conditions(?: générales)?|règles|règlement(?: intérieur)?|cgv|politique)|nos conditions générales",
    Language.it: r"termine di (?:disdetta|cancellazione|preavviso)|termini di (?:disdetta|cancellazione)|condizioni di (?:disdetta|cancellazione)|politica di cancellazione|come (?:da|previsto dal|previsto dalle|prevede il|prevedono le) (?:nostr[oei] )?(?:regolamento|condizioni(?: generali)?|policy|regole)|(?:secondo|in base a)(?:l|lle| le| il)? (?:nostr[oe] )?(?:regolamento|condizioni(?: generali)?|regole|policy)|(?:le )?nostre condizioni generali",
    Language.nl: r"annulerings(?:termijn|voorwaarden|beleid|regeling|regels)|opzegtermijn|afzegtermijn|(?:volgens|conform|zoals in) (?:onze|de) (?:algemene )?(?:voorwaarden|huisregels|regels|reglement|spelregels)|onze algemene voorwaarden",
    Language.sv: r"avboknings(?:regler\w*|villkor\w*|tid\w*|policy\w*|frist\w*)|avbokningsgräns\w*|enligt (?:våra|gällande|de|vår) (?:allmänna )?(?:villkor|regler|bestämmelser|policy)|våra allmänna villkor",
}
HOUR_UNITS = r"hours?|hrs?|h|heures?|ore|ora|uur|uren|timmar|timmars|timme|timmes|timma"
DAY_UNITS = r"days?|jours?|giorni|giorno|dagen|dag|dagar|dagars|dags|dygn|dygnet|werkdagen|arbetsdagar"
WEEK_UNITS = r"weeks?|semaines?|settimane|settimana|weken|week|veckor|vecka|veckors|veckas"
MONTH_UNITS = r"months?|mois|mesi|mese|maanden|maand|månader|månad|månads|månaders"
PERCENT = r"%|percent|per cent|pour ?cent|per ?cento|procent"
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "uno": 1, "una": 1, "un'": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sette": 7,
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zeven": 7,
    "en": 1, "ett": 1, "två": 2, "tre ": 3, "fyra": 4, "fem": 5, "sju": 7,
}
def _spelled_by_language() -> dict[Language, dict[str, int]]:
    """1..100 written out in each of the five languages ("twenty-five", "vingt-cinq", "venticinque",
    "vijfentwintig", "tjugofem"): how a percentage, an hour count or a count of things is said in words."""
    en_u = "one two three four five six seven eight nine".split()
    en_t = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    en_d = "twenty thirty forty fifty sixty seventy eighty ninety".split()
    fr_u = "un deux trois quatre cinq six sept huit neuf".split()
    fr_t = "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf".split()
    fr_d = "vingt trente quarante cinquante soixante".split()
    it_u = "uno due tre quattro cinque sei sette otto nove".split()
    it_t = "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove".split()
    it_d = "venti trenta quaranta cinquanta sessanta settanta ottanta novanta".split()
    nl_u = "een twee drie vier vijf zes zeven acht negen".split()
    nl_t = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
    nl_d = "twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
    sv_u = "ett två tre fyra fem sex sju åtta nio".split()
    sv_t = "tio elva tolv tretton fjorton femton sexton sjutton arton nitton".split()
    sv_d = "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio".split()
    out: dict[Language, dict[str, int]] = {}
    for lang, units, teens in ((Language.en, en_u, en_t), (Language.fr, fr_u, fr_t), (Language.it, it_u, it_t),
                               (Language.nl, nl_u, nl_t), (Language.sv, sv_u, sv_t)):
        out[lang] = {w: i for i, w in enumerate(units, 1)} | {w: i for i, w in enumerate(teens, 10)}
    for k, t in enumerate(en_d, 2):
        out[Language.en][t] = 10 * k
        for i, u in enumerate(en_u, 1):
            out[Language.en][f"{t}-{u}"] = out[Language.en][f"{t} {u}"] = 10 * k + i
    for k, t in enumerate(fr_d, 2):
        out[Language.fr][t] = 10 * k
        for i, u in enumerate(fr_u, 1):
            out[Language.fr][f"{t}-{u}" if i > 1 else f"{t} et un"] = 10 * k + i
    out[Language.fr].update({"soixante-dix": 70, "soixante-quinze": 75, "quatre-vingt": 80, "quatre-vingts": 80,
                             "quatre-vingt-dix": 90, "quatre-vingt-quinze": 95})
    for k, t in enumerate(it_d, 2):
        out[Language.it][t] = 10 * k
        for i, u in enumerate(it_u, 1):
            out[Language.it][(t[:-1] if u[0] in "uo" else t) + u] = 10 * k + i
    for k, t in enumerate(nl_d, 2):
        out[Language.nl][t] = 10 * k
        for i, u in enumerate(nl_u, 1):
            out[Language.nl][u + ("ën" if u.endswith("e") else "en") + t] = 10 * k + i
    for k, t in enumerate(sv_d, 2):
        out[Language.sv][t] = 10 * k
        for i, u in enumerate(sv_u, 1):
            out[Language.sv][t + u] = 10 * k + i
    out[Language.en].update({"hundred": 100, "a hundred": 100, "one hundred": 100})
    out[Language.fr]["cent"] = 100
    out[Language.it]["cento"] = 100
    out[Language.nl]["honderd"] = 100
    out[Language.sv].update({"hundra": 100, "etthundra": 100})
    return out


SPELLED_BY_LANGUAGE = _spelled_by_language()


def _spelled_numbers() -> dict[str, int]:
    """Every language's numbers in words together (a percentage in words is read whatever the draft's language)."""
    out: dict[str, int] = {}
    for lang in (Language.en, Language.fr, Language.it, Language.nl, Language.sv):
        for w, v in SPELLED_BY_LANGUAGE[lang].items():
            out.setdefault(w, v)
    return out


SPELLED = _spelled_numbers()
_PERCENT_WORD = re.compile(r"(?i)cent|procent")
_SPELLED_PERCENT = re.compile(
    rf"(?<![\w-])({'|'.join(re.escape(w) for w in sorted(SPELLED, key=len, reverse=True))})\s*(?:percent|per cent|pour ?cent|per ?cento|procent)(?!\w)",
    re.IGNORECASE,
)


def spelled_percents(text: str) -> list[tuple[int, int, float]]:
    """Percentages in words ("fifty per cent", "vingt-cinq pour cent"): (start, end, value)."""
    if not _PERCENT_WORD.search(text):
        return []  # the common case, kept cheap: no percent word at all
    out = []
    for w in _PERCENT_WORD.finditer(text):  # look back from each percent word only
        lo = max(0, w.start() - 40)
        for m in _SPELLED_PERCENT.finditer(text, lo, min(len(text), w.end() + 8)):
            if m.end() >= w.end() and (m.start(), m.end()) not in {(a, b) for a, b, _ in out}:
                out.append((m.start(), m.end(), float(SPELLED[m.group(1).lower()])))
    return out


# Words for one that are also the indefinite article: they count as a number only after a deadline word.
_ARTICLES = frozenset({"een", "en", "ett", "un", "une", "uno", "una", "un'"})
_PERIOD_LEAD = r"within|binnen|entro|nel giro di|inom|d'ici|sous|dans|innerhalb|for|pendant|per|durante|gedurende|in|i|på"
# Around "one day", the words that make it a notice period, a claim about the policy ("minst ett dygn innan",
# "au moins un jour à l'avance", "a day before"): an article then counts.
_AT_LEAST = r"at least|minst|au moins|almeno|minstens|ten minste|minimaal"
_NOTICE_AFTER = r"before(?:hand)?|in advance|ahead|innan|i förväg|före|avant|à l'avance|d'avance|prima|in anticipo|di preavviso|van tevoren|vooraf|tevoren|notice|de préavis|varsel"


# Cancelling or changing a booking: the act a notice period governs ("avboka", "annuler", "disdire", "afzeggen").
_CANCEL_WORDS = r"cancel\w*|call\w* off|reschedul\w*|annul\w*|décommand\w*|disdi\w*|annull\w*|disdett\w*|afzeg\w*|af te zeggen|annuler\w*|verzet\w*|avbok\w*|boka om|ombok\w*|ändra\w*"


def _notice_said(sent: str, m: re.Match[str]) -> bool:
    """"at least one day", or "a day before" in a sentence about cancelling: a notice period, a policy claim
    ("Ik stuur de agenda een dag van tevoren" is no policy)."""
    if rx(rf"(?:^|\W)(?:{_AT_LEAST})\s*$", re.IGNORECASE).search(sent[: m.start()]) or _NOTICE_NOUN_AFTER.match(sent, m.end()):
        return True
    return bool(rx(rf"\s*(?:{_NOTICE_AFTER})(?!\w)", re.IGNORECASE).match(sent[m.end():])
                and rx(rf"(?<!\w)(?:{_CANCEL_WORDS})", re.IGNORECASE).search(sent))


# A notice noun right after the period ("a month's notice", "un mois de préavis", "un mese di preavviso", "een maand
# opzegtermijn", "en månads varsel"): a notice claim whatever else the sentence says.
_NOTICE_NOUN_AFTER = re.compile(r"(?i)(?:['’]s|s?['’])?\s*(?:notice|de préavis|d['’]avance|di preavviso|opzeg(?:termijn|tijd)|afzegtermijn|varsel|uppsägningstid)(?!\w)")


# "the day before" after a deadline word ("by / no later than the day before", "au plus tard la veille", "entro il
# giorno prima", "uiterlijk de dag ervoor", "senast dagen innan"): a notice rule, wherever it stands
_DAY_BEFORE_DEADLINE = re.compile(
    r"(?<!\w)(?:(?:at the )?latest|no later than|by|up to|until|au plus tard|jusqu'à|jusqu’à|avant|entro|fino a|non oltre|uiterlijk|tot|tot en met|senast|fram till|till och med)\s+"
    r"(?P<day>the day before(?:hand)?|the previous day|the day prior|la veille|le jour d'avant|il giorno prima|il giorno precedente|la vigilia|"
    r"de dag (?:ervoor|tevoren|van tevoren|daarvoor|voorafgaand)|de dag voor(?:af|dien)|dagen (?:innan|före)|dagen före)(?!\w)",
    re.IGNORECASE,
)
_INSTEAD_OF = r"instead of|rather than|au lieu d(?:e|')|plutôt qu(?:e|')|invece di|invece che|anziché|in plaats van|i stället för|istället för"
_NOTICE_LEAD = r"less than|fewer than|under|up to|within|moins de|jusqu'à|dans les|meno di|fino a|entro|entro le|minder dan|tot|binnen|mindre än|fram till|inom|senast"


@lru_cache(maxsize=1)
def _spelled_hours() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(SPELLED, key=len, reverse=True) if SPELLED[w] >= 2)
    elided = "|".join(re.escape(w[:-1]) for w in sorted(SPELLED_BY_LANGUAGE[Language.it], key=len, reverse=True) if w[-1] in "aeiou" and SPELLED[w] >= 2)
    return rx(rf"(?<![\w-])(?:({words})\s+(?:{HOUR_UNITS})|({elided})['’]ore)(?!\w)", re.IGNORECASE)


# Italian elides the number's last vowel before "ore" ("ventiquattr'ore"): the elided word stands for the number.
_ELIDED_IT = {w[:-1]: v for w, v in SPELLED_BY_LANGUAGE[Language.it].items() if w[-1] in "aeiou"}


def hours_word_value(m: re.Match[str]) -> float:
    """The value of a number of hours in words matched by `_spelled_hours` (whole or elided)."""
    return float(SPELLED[m.group(1).lower()] if m.group(1) else _ELIDED_IT[m.group(2).lower()])


_HOUR_UNIT = re.compile(rf"(?<=[^\W\d_])(?:\s+|['’](?=ore\b))(?:{HOUR_UNITS})(?!\w)", re.IGNORECASE)


def _spelled_hours_in(text: str) -> list[re.Match[str]]:
    """Matches of a number in words before an hour unit, looked for only in front of each unit (kept cheap)."""
    out = []
    for u in _HOUR_UNIT.finditer(text):
        lo = max(0, u.start() - 30)
        m = _spelled_hours().search(text, lo, u.end())
        while m is not None and m.end() != u.end():
            m = _spelled_hours().search(text, m.start() + 1, u.end())
        if m is not None:
            out.append(m)
    return out


def spelled_hours(text: str) -> list[float]:
    """Hour counts written in words ("vingt-quatre heures", "achtenveertig uur"): their values."""
    return [hours_word_value(m) for m in _spelled_hours_in(text)]


def _notice_context(sent: str, m: re.Match[str]) -> bool:
    """A count of hours said as a notice period: after "less than / up to / within / at least", or before
    "in advance / before / notice" (not "à deux heures", a clock time)."""
    before = sent[max(0, m.start() - 30) : m.start()]
    if rx(rf"(?:^|\W)(?:{_AT_LEAST}|{_NOTICE_LEAD})\s*$", re.IGNORECASE).search(before):
        return True
    return bool(rx(rf"\s*(?:{_NOTICE_AFTER})(?!\w)", re.IGNORECASE).match(sent[m.end():]))


HALF_WORDS = {
    Language.en: r"half|a half|one half",
    Language.fr: r"la moitié|moitié",
    Language.it: r"la metà|metà",
    Language.nl: r"de helft|helft",
    Language.sv: r"hälften|halva",
}
FULL_WORDS = {  # "the full fee", and the whole of what was booked ("de volledige behandeling", "hela lektionen")
    Language.en: r"in full|the (?:full|whole|entire) [^\W\d_]+|full (?:price|fee|amount|payment|charge|rate|cost)|(?:a|the) full charge|fully (?:charged|billed|invoiced|payable|due)",
    Language.fr: r"en totalité|en intégralité|en entier|l'intégralité|la totalité|plein tarif|plein prix|prix fort|intégralement|(?:la|le) [^\W\d_]+ (?:entière|entier|complète|complet)|(?:la |le |une |un |l')?[^\W\d_]+ intégra(?:le|l|les|ux)",
    Language.it: r"per intero|interamente|integralmente|l'inter[oa] [^\W\d_]+|prezzo pieno|tariffa piena|importo pieno|prezzo intero|per intera|tutt[oa] (?:il|la|l') ?[^\W\d_]+|(?:il |l'|un |un')?[^\W\d_]+ integral[ei]",
    Language.nl: r"volledig|(?:de|het) volledige [^\W\d_]+|(?:de|het) hele [^\W\d_]+|(?:het )?volle (?:prijs|tarief|bedrag)|integraal|in zijn geheel",
    Language.sv: r"hela [^\W\d_]+|fullt (?:pris|belopp)|full (?:avgift|debitering|betalning)|fulla (?:avgiften|beloppet|priset)|i sin helhet|fullt ut|till fullo",
}
# Other shares in words ("a third of the fee", "un quart des frais", "tre quarti della penale", "twee derde van het
# bedrag", "en fjärdedel av avgiften"): read like "half", bound to the term of their clause.
FRACTION_WORDS = {
    Language.en: {r"(?:a|one) third": 100 / 3, r"two thirds|two-thirds": 200 / 3, r"(?:a|one) quarter": 25, r"three quarters|three-quarters": 75},
    Language.fr: {r"un tiers": 100 / 3, r"(?:les )?deux tiers": 200 / 3, r"un quart": 25, r"(?:les )?trois quarts": 75},
    Language.it: {r"un terzo": 100 / 3, r"(?:i )?due terzi": 200 / 3, r"un quarto": 25, r"(?:i )?tre quarti": 75},
    Language.nl: {r"een derde": 100 / 3, r"twee derde": 200 / 3, r"een kwart": 25, r"driekwart|drie kwart": 75},
    Language.sv: {r"en tredjedel": 100 / 3, r"två tredjedelar": 200 / 3, r"en fjärdedel|en kvart": 25, r"tre fjärdedelar|tre kvarts?": 75},
}


@lru_cache(maxsize=8)
def _share_patterns(lang: Language) -> tuple[tuple[re.Pattern[str], float], ...]:
    """Half, the whole, and the other fractions of a payment, each with the percentage it stands for."""
    pairs = [(HALF_WORDS[lang], 50.0), (FULL_WORDS[lang], 100.0), *FRACTION_WORDS[lang].items()]
    return tuple((rx(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE), float(v)) for p, v in pairs)


@lru_cache(maxsize=8)
def _fraction_screen(lang: Language) -> re.Pattern[str]:
    """Any fraction word at all (one search per draft before the per-sentence reading)."""
    return rx("|".join(FRACTION_WORDS[lang]), re.IGNORECASE)


def _same_share(share: float, given: float) -> bool:
    """A fraction in words is the given percentage when they round alike ("a third" for 33 or 33.3%)."""
    return abs(share - given) < 1


def shares_said(text: str, lang: Language) -> list[float]:
    """The fractions of a payment said in words (with a fee, deposit or payment word near): their percentages."""
    out = []
    for pattern, share in _share_patterns(lang)[2:]:
        for m in pattern.finditer(text):
            if _money_term(text[max(0, m.start() - 40) : m.end() + 40], lang):
                out.append(share)
    return out


_SENTENCE = re.compile(r"(?:[^.!?;\n]|[.,](?=\d))+(?:[.!?;]+|\n|$)")


def _given_percents(s: Situation) -> dict[str, float]:
    p = s.policy
    out: dict[str, float] = {}
    if p is not None:
        if p.fee_percent is not None:
            out["fee"] = p.fee_percent
        if p.deposit_percent is not None:
            out["deposit"] = p.deposit_percent
    return out


def _value(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def _sentences(text: str) -> Iterable[tuple[int, str]]:
    for m in _SENTENCE.finditer(text):
        if m.group(0).strip():
            yield m.start(), m.group(0)


def _terms(kind: dict[Language, str], language: Language) -> re.Pattern[str]:
    return _compiled(kind[language])


@lru_cache(maxsize=64)
def _compiled(alternation: str) -> re.Pattern[str]:
    return rx(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


# Where a clause ends: punctuation, or a conjunction that starts a new statement ("a 30% deposit, and if you cancel
# ..., 75% of the price is due": each percentage belongs to the term of its own clause).
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s(?:and|but|et|mais|e|ma|en|maar|och|men)\s", re.IGNORECASE)


def _clause(sentence: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _nearest(sentence: str, pos: int, language: Language) -> str | None:
    """'fee' or 'deposit': the policy word closest to the number at pos in its own clause, else in its sentence
    when no other clause holds a term of its own (then the number stands with the one term the sentence has)."""
    a, b = _clause(sentence, pos)
    local = _nearest_in(sentence[a:b], pos - a, language)
    if local is not None:
        return local
    roles = {r for r in ("fee", "deposit") if _terms(FEE_TERMS if r == "fee" else DEPOSIT_TERMS, language).search(sentence)}
    return _nearest_in(sentence, pos, language) if len(roles) == 1 and not _other_percent_claims(sentence, pos, roles) else None


def _other_percent_claims(sentence: str, pos: int, roles: set[str]) -> bool:
    """Another percentage in the sentence already stands with that term: this one is not it."""
    return any(m.start() != pos for m in rx(rf"(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:{PERCENT})(?!\w)", re.IGNORECASE).finditer(sentence))


_PERCENT_AT = re.compile(rf"\d+(?:[.,]\d+)?\s*(?:{PERCENT})|[^\W\d_]+(?:[ -][^\W\d_]+)?\s*(?:{PERCENT})", re.IGNORECASE)


def _attached(sentence: str, pos: int, language: Language) -> str | None:
    """The term a percentage modifies: the noun right after it ("a 50% cancellation fee", "un acompte de 20 %" read
    the other way: "acompte de 20 %"), before any nearer word of the other kind counts."""
    m = _PERCENT_AT.match(sentence, pos)
    if m is None:
        return None
    after = sentence[m.end() : m.end() + 30]
    before = sentence[max(0, pos - 30) : pos]
    for role, table in (("fee", FEE_TERMS), ("deposit", DEPOSIT_TERMS)):
        t = _terms(table, language).pattern
        if rx(rf"\s*(?:[^\W\d_]+\s+)?{t}", re.IGNORECASE).match(after):
            return role
    for role, table in (("fee", FEE_TERMS), ("deposit", DEPOSIT_TERMS)):
        t = _terms(table, language).pattern
        if rx(rf"{t}\s*(?:\(|:|(?:of|de|d'|du|del|dell'|della|di|pari al|van|på|om|på hela)\s+)?(?:(?:the|le|la|il|het|de)\s+)?$", re.IGNORECASE).search(before):
            return role
    return None


def _nearest_in(sentence: str, pos: int, language: Language) -> str | None:
    tied = _attached(sentence, pos, language)
    if tied is not None:
        return tied
    best: tuple[int, str] | None = None
    for role, table in (("fee", FEE_TERMS), ("deposit", DEPOSIT_TERMS)):
        for m in _terms(table, language).finditer(sentence):
            d = min(abs(m.start() - pos), abs(m.end() - pos))
            if best is None or d < best[0]:
                best = (d, role)
    return best[1] if best else None


# Compiled once (round 16): the check runs on every draft, twice on the built-in path.
_PERCENT_DIGITS = re.compile(rf"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:{PERCENT})(?!\w)", re.IGNORECASE)
_HOURS_DIGITS = re.compile(rf"(?<![\d.,:])(\d+(?:[.,]\d+)?)\s*-?\s*(?:{HOUR_UNITS})(?!\w)", re.IGNORECASE)
_DAYS_SAID = re.compile(rf"(?<![\d.,:\w])(\d+|[^\W\d_]+'?)\s+(?:(?P<week>{WEEK_UNITS})|(?P<month>{MONTH_UNITS})|{DAY_UNITS})(?!\w)", re.IGNORECASE)
_MINUTES_DIGITS = re.compile(r"(?<![\d.,:])(\d+)\s*-?\s*(?:min\w*|mn)(?!\w)", re.IGNORECASE)


def check_numbers(s: Situation, text: str, clock_spans: list[tuple[int, int]]) -> list[FactIssue]:
    """Percentages, hours and days bound to the right term; policy words only where a policy was given."""
    lang = s.language
    given = _given_percents(s)
    notice = s.policy.notice_hours if s.policy is not None else None
    out: list[FactIssue] = []
    fractions_here = _fraction_screen(lang).search(text) is not None
    for base, sent in _sentences(text):
        # percentages
        found = [(m.start(), m.end(), _value(m.group(1)), m.group(1), m.group(0)) for m in
                 _PERCENT_DIGITS.finditer(sent)]
        found += [(a, b, v, fmt_number(v, lang), sent[a:b]) for a, b, v in spelled_percents(sent)]
        for start, end, v, digits, said in found:
            span = (base + start, base + end)
            if _in_meeting(s, digits):
                continue  # part of the meeting's own title ("the 20% budget cut review")
            role = _nearest(sent, start, lang)
            shown = said.strip()
            if role is not None and role in given and v == given[role]:
                continue
            if role is not None and role not in given:
                other = next((k for k, g in given.items() if g == v), None)
                if other:
                    out.append(FactIssue("number", f"{shown!r} is stated as the {role}, but it is the {other} ({fmt_number(v, lang)}%); no {role} was given: tie the number to the {other}", span))
                else:
                    out.append(FactIssue("number", f"{shown!r}: no {role} percentage was given; remove it", span))
                continue
            if role is not None:
                other = next((k for k, g in given.items() if g == v and k != role), None)
                want = fmt_number(given[role], lang)
                if other:
                    out.append(FactIssue("number", f"{shown!r} is stated as the {role}, but the {role} is {want}% and {shown} is the {other}: fee and deposit are swapped", span))
                else:
                    out.append(FactIssue("number", f"{shown!r} is stated as the {role}, but the {role} is {want}%; use {want}%", span))
                continue
            if v == 100 and role is None:
                continue  # "I'll be there 100%", "disponible à 100 %": an idiom when no fee or deposit word is near
            if v not in given.values():
                out.append(FactIssue("number", f"{shown!r}: no such percentage was given; remove it", span))
        # hours and days of notice
        for m in _HOURS_DIGITS.finditer(sent):
            start = base + m.start()
            if any(a <= start < b for a, b in clock_spans):
                continue
            v = _value(m.group(1))
            if v is None or _is_duration(s, v, "h") or _echoed_period(s, sent, m) or _in_given_time(s, m.group(0)):
                continue
            if _given_clock_with_unit(s, sent, m):
                continue  # "na 3 uur" for a given "vr 11 dec na 3": the given clock with its unit said, no period
            if notice is None:
                out.append(FactIssue("number", f"{m.group(0).strip()!r}: no notice period was given; remove it", (start, base + m.end())))
            elif v != notice:
                out.append(FactIssue("number", f"{m.group(0).strip()!r}: the notice period is {fmt_number(notice, lang)} hours; use that", (start, base + m.end())))
        for m in _DAYS_SAID.finditer(sent):
            if any(a <= base + m.start() < b for a, b in clock_spans):
                continue  # part of a rough quantity ("binnen een dag of twee"): rough.py judges it whole
            word = m.group(1).lower()
            n = int(word) if word.isdigit() else _NUMBER_WORDS.get(word)
            if n is None and word in ("a", "an") and _notice_said(sent, m):
                n = 1  # "cancel a day before": English says one with its article
            if n is None:
                continue
            if word in _ARTICLES and not rx(rf"(?:^|\W)(?:{_PERIOD_LEAD})\s*$", re.IGNORECASE).search(sent[: m.start()]) and not _notice_said(sent, m):
                continue  # "een dag van tevoren", "un jour avant": an article, not a count; "binnen een week" is a deadline
            hours = n * (720 if m.group("month") else 168 if m.group("week") else 24)
            if (notice is not None and hours == notice) or _echoed_period(s, sent, m) or hours in _move_hours(s):
                continue  # the notice, the reason's words, or how far the meeting moves ("push it back by one day")
            out.append(FactIssue("number", f"{m.group(0).strip()!r}: no such period was given" + (f"; the notice period is {fmt_number(notice, lang)} hours" if notice is not None else "; remove it"),
                                 (base + m.start(), base + m.end())))
        # a deadline of one day said as "the day before" ("free if you cancel by the day before", "uiterlijk de dag
        # ervoor afzegt", "senast dagen innan"): a notice period of 24 hours
        for m in _DAY_BEFORE_DEADLINE.finditer(sent):
            if notice == 24 or not rx(rf"(?<!\w)(?:{_CANCEL_WORDS})", re.IGNORECASE).search(sent) or _in_reason(s, m.group("day")):
                continue
            want = f"the notice period is {fmt_number(notice, lang)} hours" if notice is not None else "no notice period was given; remove it"
            out.append(FactIssue("number", f"{m.group(0).strip()!r}: {want}", (base + m.start(), base + m.end())))
        # hours of notice in words ("moins de vingt-quatre heures à l'avance", "at least forty-eight hours before")
        for m in _spelled_hours_in(sent):
            v = hours_word_value(m)
            if not _notice_context(sent, m) or v == notice or _is_duration(s, v, "h") or _in_reason(s, m.group(0)):
                continue
            if any(a <= base + m.start() < b for a, b in clock_spans):
                continue  # "van twee tot vier uur 's middags": a clock the time reader took, not a period
            want = f"the notice period is {fmt_number(notice, lang)} hours" if notice is not None else "no notice period was given; remove it"
            out.append(FactIssue("number", f"{m.group(0).strip()!r}: {want}", (base + m.start(), base + m.end())))
        # minutes: only the given duration
        for m in _MINUTES_DIGITS.finditer(sent):
            start = base + m.start()
            if any(a <= start < b for a, b in clock_spans) or _in_reason(s, m.group(0)):
                continue
            if s.duration_minutes is None or int(m.group(1)) != s.duration_minutes:
                want = f"the given length is {s.duration_minutes} minutes" if s.duration_minutes else "no length was given; remove it"
                out.append(FactIssue("number", f"{m.group(0).strip()!r}: {want}", (start, base + m.end())))
        # a length said in words ("half an hour", "trois quarts d'heure", "anderhalf uur") must be the given one
        if s.duration_minutes is not None:
            for m in _length_words().finditer(sent):
                minutes = _LENGTH_OF[normalise(m.group("len"))]
                if any(a <= base + m.start("len") < b for a, b in clock_spans) and not SAID_LONG.match(sent, m.end("len")):
                    continue  # inside a clock, or a rough length ("just under an hour", "une bonne demi-heure": rough.py's)
                if minutes == s.duration_minutes or _in_reason(s, m.group("len")):
                    continue
                if clock_hour(s, sent[: m.start("len")], minutes) and not _PART_OF_HOUR.match(m.group("len")):
                    continue  # "à deux heures", "vanaf twee uur": a clock time, judged with the times ("réduire à une demi-heure" is a length)
                if minutes == 60 and rx(rf"(?:^|\W)(?:{_INSTEAD_OF})\s*(?:(?:the|a|an|le|la|il|lo|de|het|den|det|full|whole|entire|usual|solita|habituelle|gebruikelijke|vanliga)\s+)*$", re.IGNORECASE).search(sent[: m.start("len")]):
                    continue  # "in mezz'ora invece di un'ora": the hour a slot is booked by, given up; "instead of the usual
                    # three quarters of an hour" states a length nobody gave (round 19)
                out.append(FactIssue("number", f"{m.group('len')!r}: the given length is {s.duration_minutes} minutes",
                                     (base + m.start("len"), base + m.end("len"))))
        # "half of the fee", "reste dû en intégralité", "betalas till hälften": a share in words stated as a term
        lengths_here = lru_cache(maxsize=1)(lambda t: [x.span("len") for x in _length_words().finditer(t)])
        for k, (pattern, share) in enumerate(_share_patterns(lang)):
            if k >= 2 and not fractions_here:
                break  # no fraction word anywhere in the draft
            for m in pattern.finditer(sent):
                if any(a <= m.start() < b for a, b in lengths_here(sent)):
                    continue  # "half an hour", "une demi-heure", "mezz'ora": a length (judged above), no share of a fee
                around = sent[max(0, m.start() - 40) : m.end() + 40]
                if not _money_term(around, lang):
                    continue  # "half an hour", "the whole team": no share of a payment
                a, b = _clause(sent, m.start())
                named = {r for r, t in (("fee", FEE_TERMS), ("deposit", DEPOSIT_TERMS)) if r in given and _terms(t, lang).search(sent[a:b])}
                if not named and {"fee", "deposit"} <= set(given):
                    named = _role_by_context(sent, a, b, lang)
                if named and not any(_same_share(share, given[r]) for r in named):
                    # "de helft van het lesgeld als aanbetaling" with a 10% deposit: the share is bound to its term
                    role = sorted(named)[0]
                    other = next((k for k, g in given.items() if _same_share(share, g) and k != role), None)
                    also = f" and {m.group(0)!r} is the {other}: fee and deposit are swapped" if other else ""
                    out.append(FactIssue("number", f"{m.group(0)!r} is stated as the {role}, but the {role} is {fmt_number(given[role], lang)}%{also}", (base + m.start(), base + m.end())))
                    continue
                if any(_same_share(share, g) for g in given.values()):
                    continue
                what = {50: "half", 100: "the full amount"}.get(share, f"a share ({fmt_number(round(share), lang)}%)")
                out.append(FactIssue("policy", f"{m.group(0)!r}: {what} charged is a term nobody gave; state only the given numbers", (base + m.start(), base + m.end())))
    out += _policy_words(s, text)
    return out


# A share said with no fee or deposit word is still bound when its clause says when it is paid: at booking or up
# front is the deposit ("je betaalt bij het boeken driekwart vooruit"), on a late cancellation or a missed booking the
# fee ("zeg je later af, dan betaal je de helft"). Read only when both terms were given (only then can they swap).
AT_BOOKING = {
    Language.en: r"at (?:the time of )?booking|when (?:you )?book(?:ing)?|upon booking|on booking|up ?front|to (?:secure|confirm|hold) (?:the|your) (?:booking|slot|date|place)",
    Language.fr: r"à la réservation|lors de la réservation|au moment de la réservation|en réservant|pour réserver|pour (?:bloquer|confirmer) (?:la|votre|ta) (?:date|place|réservation)",
    Language.it: r"alla prenotazione|al momento della prenotazione|prenotando|per prenotare|per (?:bloccare|confermare) (?:la|il) (?:data|posto|prenotazione)",
    Language.nl: r"bij (?:het )?boeken|bij (?:de )?boeking|bij (?:de |het )?reserver(?:ing|en)|vooruit|om te reserveren",
    Language.sv: r"vid bokning(?:en)?|när (?:du|ni) bokar|i förskott|för att boka",
}
LATE_WORDS = {
    Language.en: r"cancel\w*|call\w* off|miss\w*|no-shows?|did(?:n't| not) (?:come|turn up|show)",
    Language.fr: r"annul\w*|décommand\w*|manqu\w*|absen\w*",
    Language.it: r"disdi\w*|disdett\w*|annull\w*|saltat\w*|mancat\w*|assenz\w*",
    Language.nl: r"afzeg\w*|afgezegd|zeg\w*(?: \w+){0,4} af|annuler\w*|gemist|no-show|niet (?:komt|komen|verschijnt)",
    Language.sv: r"avbok\w*|uteblir|uteblivn\w*|missa\w*|ställer in|ställs in",
}


def _role_by_context(sent: str, a: int, b: int, lang: Language) -> set[str]:
    """'deposit' when the share's clause says it is paid at booking, 'fee' when its sentence cancels or misses."""
    booking = _compiled(AT_BOOKING[lang])
    if booking.search(sent[a:b]):
        return {"deposit"}
    pa = max(sent.rfind(c, 0, max(0, a - 1)) for c in ",;:()") + 1  # the stretch since the punctuation before this clause
    before = sent[pa:a]
    if a and booking.search(before) and not rx(r"\d").search(before) and not any(p.search(before) for p, _ in _share_patterns(lang)):
        return {"deposit"}  # "En réservant, vous réglez la moitié": the clause before says when, and states no amount itself
    if _compiled(LATE_WORDS[lang]).search(sent):
        return {"fee"}
    return set()


# Lengths in words, five languages, in minutes (longest phrases first so "an hour and a half" is not "an hour").
_LENGTH_OF: dict[str, int] = {
    "a quarter of an hour": 15, "quarter of an hour": 15, "half an hour": 30, "half-hour": 30, "half hour": 30,
    "three quarters of an hour": 45, "an hour": 60, "one hour": 60, "an hour and a half": 90, "one and a half hours": 90,
    "90 minutes": 90, "two hours": 120,
    "un quart d'heure": 15, "une demi-heure": 30, "demi-heure": 30, "trois quarts d'heure": 45, "une heure": 60,
    "une heure et demie": 90, "l'heure et demie": 90, "deux heures": 120,
    "un quarto d'ora": 15, "mezz'ora": 30, "mezzora": 30, "tre quarti d'ora": 45, "un'ora": 60, "un'ora e mezza": 90,
    "un'ora e mezzo": 90, "due ore": 120,
    "een kwartier": 15, "kwartier": 15, "een half uur": 30, "half uur": 30, "drie kwartier": 45, "een uur": 60, "één uur": 60,
    "anderhalf uur": 90, "twee uur": 120,
    "en kvart": 15, "en halvtimme": 30, "halvtimme": 30, "en halvtimma": 30, "en halv timme": 30, "tre kvart": 45,
    "en timme": 60, "en och en halv timme": 90, "två timmar": 120,
    # an hour and a quarter, two and a half hours
    "an hour and a quarter": 75, "une heure et quart": 75, "une heure un quart": 75, "un'ora e un quarto": 75, "un'ora e quarto": 75,
    "vijf kwartier": 75, "een uur en een kwartier": 75, "en timme och en kvart": 75,
    "two and a half hours": 150, "two hours and a half": 150, "deux heures et demie": 150, "due ore e mezza": 150, "due ore e mezzo": 150,
    "tweeënhalf uur": 150, "twee en een half uur": 150, "två och en halv timme": 150,
}


# A length that is a part of an hour can never be a clock, whatever stands before it ("réduire à une demi-heure").
_PART_OF_HOUR = re.compile(r"(?i)(?:une |un |een |en |a |three |trois |tre |drie )?(?:demi|half|quart|kwart|kvart|halv|mezz|quarter|quarti)")


@lru_cache(maxsize=1)
def _length_words() -> re.Pattern[str]:
    alts = sorted((re.escape(k) for k in _LENGTH_OF), key=len, reverse=True)
    return rx(rf"(?<!\w)(?P<len>{'|'.join(alts)})(?!\w)", re.IGNORECASE)


def _in_meeting(s: Situation, number: str) -> bool:
    title = normalise(s.meeting or "")
    return bool(title) and rx(rf"(?<![\d.,]){re.escape(number)}\s*%").search(title) is not None


def _move_hours(s: Situation) -> set[int]:
    """How far each proposed day lies from the meeting's day, in hours (whole days): a period the facts imply."""
    from composer.facts import times

    if not s.meeting_time or not s.proposed_times:
        return set()
    meeting = times.parse_given(s.meeting_time, s.language, None).resolved
    out: set[int] = set()
    for t in s.proposed_times:
        p = times.parse_given(t, s.language, None).resolved
        if meeting is not None and p is not None and p.date() != meeting.date():
            out.add(abs((p.date() - meeting.date()).days) * 24)
    return out


def _in_reason(s: Situation, said: str) -> bool:
    """The reason's own words ("after a 9 hour delay") may be echoed; they are not a policy."""
    return bool(s.reason) and normalise(said) in normalise(s.reason or "")


def _echoed_period(s: Situation, sent: str, m: re.Match[str]) -> bool:
    """A period the situation itself gives ("borta tre veckor" in the reason, "gellak om de drie weken" in the
    meeting) said again about that: accepted. Said as a notice ("at least three weeks before", "drie weken van
    tevoren") or next to a fee or deposit word, it is a term nobody gave and stays flagged."""
    said = normalise(m.group(0))
    if not any(said in normalise(t) for t in (s.reason, s.meeting, s.meeting_time) if t):
        return False
    if _notice_context(sent, m) or _notice_said(sent, m):
        return False
    lang = s.language
    near = sent[max(0, m.start() - 30) : m.end() + 30]
    return not (_terms(FEE_TERMS, lang).search(near) or _terms(DEPOSIT_TERMS, lang).search(near))


def _in_given_time(s: Situation, found: str) -> bool:
    """'9h' inside a time the user gave ("demain 9h") is a clock time, not hours of notice."""
    compact = rx(r"\s+").sub("", found).lower()
    return any(compact in rx(r"\s+").sub("", t).lower() for t in (s.meeting_time, *s.proposed_times) if t)


# Words before an hour count that make it a clock, not a length ("à partir de trois heures", "dès deux heures",
# "vanaf twee uur", "om drie uur", "dalle tre", "fino alle due", "från tre", "kl. två", "from three", "until four").
CLOCK_LEAD = (r"à partir de|a partire dalle|à|dès|vers|at|from|until|around|om|vanaf|rond|omstreeks|tegen|"
              r"alle|dalle|fino alle|verso le|verso|alle ore|dalle ore|kl\.?|klockan|från|runt|omkring")
# Leads that also end a length ("réduire jusqu'à deux heures", "inkorten tot twee uur", "korta ner till två timmar"):
# a clock only when the hour is a given clock hour said in 12-hour form ("tot drie uur" for a meeting at 15.00).
# "au lieu de / instead of / invece delle / in plaats van / i stället för" name the time given up: after them (and after
# that time's own preposition, "instead of at eleven") a given clock hour is that clock ("à quatorze heures au lieu de
# onze heures"), while "45 minutes au lieu de deux heures" is still a length (round 28).
CLOCK_LEAD_IF_GIVEN = (r"jusqu'à|jusqu’à|jusqu'aux?|tot|till|to|"
                       r"au lieu d(?:e|'|’)|plutôt qu(?:e|'|’)|instead of|rather than|invece (?:di|che|delle|degli|dell['’])|anziché(?: alle)?|"
                       r"in plaats van(?: om)?|i stället för(?: kl\.?| klockan)?|istället för(?: kl\.?| klockan)?")
# "drie uur lang", "two hours long": the hour count said as a length, never a clock.
SAID_LONG = re.compile(r"[ \t\u00a0]+(?:lang|long)(?!\w)", re.IGNORECASE)
_CLOCK_LEAD_RE = re.compile(rf"(?:^|\W)(?:{CLOCK_LEAD})\s*$", re.IGNORECASE)
_CLOCK_LEAD_IF_GIVEN_RE = re.compile(rf"(?:^|\W)(?:{CLOCK_LEAD_IF_GIVEN})\s*$", re.IGNORECASE)


def clock_hour(s: Situation, before: str, minutes: float | None) -> bool:
    """An hour count that is a clock time: after a clock word ("à partir de trois heures", "vanaf twee uur"), or after
    "jusqu'à / tot / till / to" when its hour is a given clock hour in 12-hour form. A length keeps its own words
    ("pendant trois heures", "drie uur lang", "per tre ore", "i tre timmar", "for three hours") and is judged."""
    tail = before[-24:]
    if _CLOCK_LEAD_RE.search(tail):
        return True
    if minutes is None or minutes % 60 or not _CLOCK_LEAD_IF_GIVEN_RE.search(tail):
        return False
    return int(minutes // 60) % 12 in given_clock_hours(s)


def given_clock_hours(s: Situation) -> frozenset[int]:
    """The hours of the given meeting and proposed times, in 12-hour form (15.00 -> 3)."""
    return _clock_hours_of((s.meeting_time or "", *s.proposed_times), s.language)


@lru_cache(maxsize=256)
def _clock_hours_of(given: tuple[str, ...], lang: Language) -> frozenset[int]:
    from composer.facts import times

    out = set()
    for t in given:
        hour = times.parse_given(t, lang, None).when.hour if t else None
        if hour is not None:
            out.add(hour % 12)
    return frozenset(out)


def _given_clock_with_unit(s: Situation, sent: str, m: re.Match[str]) -> bool:
    """The hour count is a given time's bare clock with its unit added: the word before it and the number stand
    together in a given time with no unit ("na 3" -> "na 3 uur", "après 16" -> "après 16 heures"). Another number,
    or another word before it, is judged as a period."""
    before = rx(r"([^\W\d_]+)\s+$").search(sent[: m.start()])
    if before is None:
        return False
    word, number = before.group(1).lower(), m.group(1)
    return any(b.group(1).lower() == word and b.group(2) == number
               for t in (s.meeting_time, *s.proposed_times) if t for b in _WORD_THEN_BARE_NUMBER.finditer(t))


# A word and a number with no hour unit after it, in a given time ("na 3", "après 16").
_WORD_THEN_BARE_NUMBER = re.compile(rf"(?i)(?<!\w)([^\W\d_]+)(?=\s+([^\W_]+?)(?![\d.,:]|\s*(?:{HOUR_UNITS})(?!\w)|\s*h\b)(?!\w))")


def _is_duration(s: Situation, value: float, unit: str) -> bool:
    return s.duration_minutes is not None and value * 60 == s.duration_minutes


def _money_term(around: str, lang: Language) -> bool:
    """A fee, deposit, refund or payment word near a share: the share is part of a payment term."""
    return _nearest(around, 0, lang) is not None or bool(_terms(REFUND_TERMS, lang).search(around) or _terms(PAY_TERMS, lang).search(around))


def _payment_rule(s: Situation, text: str) -> list[FactIssue]:
    """"Missed lessons must still be paid", "le rendez-vous non honoré reste dû": a payment stated for a missed or
    cancelled booking when the situation gives no policy at all is a rule nobody gave."""
    lang = s.language
    pay, missed = _compiled(f"{PAY_RULE[lang]}|{CONSUME_RULE[lang]}"), _terms(MISSED_WORDS, lang)
    if not pay.search(text):
        return []  # the common case: no payment stated at all
    for base, sent in _sentences(text):
        m = pay.search(sent)
        if m and missed.search(sent):
            return [FactIssue("policy", f"{m.group(0)!r}: no cancellation or no-show policy was given; do not state what must be paid", (base + m.start(), base + m.end()))]
    return []


def _topic_of_meeting(s: Situation, said: str) -> bool:
    """"our terms and conditions" when the meeting or the reason is about those terms: a topic, not a rule cited."""
    given = normalise(f"{s.meeting or ''} {s.reason or ''}")
    head = normalise(said).split()[-1] if said.strip() else ""
    return len(head) >= 4 and rx(rf"(?<!\w){re.escape(head)}").search(given) is not None


def _rule_named(s: Situation, text: str) -> list[FactIssue]:
    """With no policy given: a cancellation rule named ("ruim binnen de annuleringstermijn"), or a cancelled or
    moved booking said to cost nothing ("dat kan nog kosteloos", "gratuitement", "utan kostnad"): both state a
    term about money nobody gave."""
    lang = s.language
    named = _terms(POLICY_NAMES, lang).search(text)
    if named and not _topic_of_meeting(s, named.group(0)):
        return [FactIssue("policy", f"{named.group(0)!r}: no cancellation policy was given; do not refer to one", (named.start(), named.end()))]
    act = _compiled(f"{_CANCEL_WORDS}|{MISSED_WORDS[lang]}")
    for sent in rx(r"(?:[^.!?\n]|\.(?=\d))+").finditer(text):  # the whole sentence: "... afzeggen; dat kan nog kosteloos"
        free = _terms(FREE_PHRASES, lang).search(sent.group(0))
        if free and act.search(sent.group(0)):
            a, b = sent.start() + free.start(), sent.start() + free.end()
            return [FactIssue("policy", f"{free.group(0)!r}: no policy was given, so the mail cannot promise that nothing is charged; leave money out", (a, b))]
    return []


def _policy_words(s: Situation, text: str) -> list[FactIssue]:
    """A fee, deposit or refund spoken of when the situation gives none."""
    lang = s.language
    given = _given_percents(s)
    notice = s.policy.notice_hours if s.policy is not None else None
    scrubbed = text
    if notice is not None or given:
        scrubbed = rx(rf"(?<!\w)(?:{FREE_PHRASES[lang]})(?!\w)", re.IGNORECASE).sub(lambda m: " " * len(m.group(0)), text)
    out: list[FactIssue] = [] if (given or notice is not None) else _payment_rule(s, scrubbed) + _rule_named(s, text)
    checks = [("fee", FEE_TERMS, "a fee"), ("deposit", DEPOSIT_TERMS, "a deposit")]
    for role, table, what in checks:
        if role in given:
            continue
        for m in _terms(table, lang).finditer(scrubbed):
            if _reason_word(s, text, m) or _label_word(s, text, m) or (role == "fee" and _amount_of_given(s, text, m)):
                continue  # "un'ispezione in deposito" from the reason; "de helft van het bedrag als aanbetaling"
            if role == "fee" and _billing_aside(lang, text, m):
                continue  # "your invoice export", "le module facturation": invoicing named, no charge stated
            free = next((f for f in rx(rf"(?<!\w)(?:{FREE_PHRASES[lang]})(?!\w)", re.IGNORECASE).finditer(text) if f.start() <= m.start() < f.end()), None)
            if free is not None:  # "no charge for rescheduling": a promise about money, as much a term as a fee
                out.append(FactIssue("policy", f"{free.group(0)!r}: no policy was given, so the mail cannot promise that nothing is charged; leave money out", (free.start(), free.end())))
            else:
                out.append(FactIssue("policy", f"{m.group(0)!r}: the situation gives no {role}; do not mention {what}", (m.start(), m.end())))
            break
    if "deposit" not in given:
        for m in _terms(REFUND_TERMS, lang).finditer(scrubbed):
            if _reason_word(s, text, m):
                continue
            if given.get("fee") == 100 and _refund_denied(text, m):
                continue  # "charged in full, so the place can't be refunded": the given full fee, said once more
            out.append(FactIssue("policy", f"{m.group(0)!r}: no deposit or refund rule was given; do not mention one", (m.start(), m.end())))
            break
    return out


# A refund denied in its own sentence ("can't be refunded", "non remboursable", "non rimborsabile", "niet
# terugbetaald", "återbetalas inte"): with a fee of the whole price given, the fee restated, no rule of its own.
_REFUND_DENIED = re.compile(
    r"(?i)(?<!\w)(?:not|no|non|cannot|can't|can’t|won't|won’t|never|ne|n'|n’|pas|aucun\w*|nessun\w*|niet|geen|inte|ingen|inget|ej)(?!\w)|non-")


def _refund_denied(text: str, m: re.Match[str]) -> bool:
    sent = next((t for t in _SENTENCE.finditer(text) if t.start() <= m.start() < t.end()), None)
    if sent is None:
        return False
    # the words right around the refund word: "can't be refunded", "ne sera pas remboursé", "wordt niet terugbetaald"
    near = text[max(sent.start(), m.start() - 25) : min(sent.end(), m.end() + 12)]
    return _REFUND_DENIED.search(near) is not None


_ARTICLE = re.compile(r"(?i)a|an|the|le|la|les|l'|il|lo|un|une|uno|una|de|het|een|en|ett|den|det|of|di|du|des")
# Words that name an amount of money and no term of their own: the amount of whatever term stands with them.
_AMOUNT_WORDS = re.compile(r"(?i)montant|importo|bedrag|belopp\w*|amount")


def _billing_aside(lang: Language, text: str, m: re.Match[str]) -> bool:
    """A billing word in a sentence that states no charge for a cancelled or missed booking: no cancel or no-show
    word, no payment rule, no amount of money. "We will invoice the missed session" still states a term."""
    if not _terms(BILLING_WORDS, lang).fullmatch(m.group(0)):
        return False
    a = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0]
    sent = text[a : min(ends) if ends else len(text)]
    # a move ("rescheduled", "verzetten", "ombokning") charges nothing by itself: "the rescheduled tasting will appear on
    # the same invoice" states no term; a cancelled or missed booking, a payment rule or an amount does
    act = _compiled(f"{_CANCELLING}|{MISSED_WORDS[lang]}")
    return not (act.search(sent) or _terms(PAY_RULE, lang).search(sent) or _AMOUNT.search(sent))


# The cancel words of _CANCEL_WORDS without its words of moving.
_CANCELLING = r"cancel\w*|call\w* off|annul\w*|décommand\w*|disdi\w*|annull\w*|disdett\w*|afzeg\w*|af te zeggen|annuler\w*|avbok\w*"


def _reason_word(s: Situation, text: str, m: re.Match[str]) -> bool:
    """A policy word the situation says (reason, meeting title, names) with the same neighbouring words ("ispezione ADR in deposito", "två belopp",
    "dépôt de bilan"): the reason echoed, no term. Articles alone ("un dépôt") are not enough: a word that means
    something must stand next to it in both."""
    own = [t for t in (s.reason, s.meeting, s.sender_name, s.recipient_name) if t]
    return any(_said_as_in(t, text, m) for t in own)


def _label_word(s: Situation, text: str, m: re.Match[str]) -> bool:
    """A word of the meeting's label or of the reason, said with no number or rule beside it: "le dépôt de votre
    stylo-plume" for the meeting "Dépôt du stylo-plume", "our fee review" for "Fee review". It names the meeting or
    the reason's own story, not a term. A percentage, an amount, a share or another money word in its sentence makes
    it a term again ("a deposit of 20%", "the drop-off deposit is non-refundable")."""
    if not _label_form(normalise(m.group(0)), _label_words(f"{s.meeting or ''} {s.reason or ''}")):
        return False
    for base, sent in _sentences(text):
        if base <= m.start() < base + len(sent):
            a, b = m.start() - base, m.end() - base
            rest = sent[:a] + " " * (b - a) + sent[b:]
            lang = s.language
            near = sent[max(0, a - 30) : a] + " " + sent[b : b + 30]
            return not (_AMOUNT.search(sent) or any(p.search(rest) for p, _ in _share_patterns(lang)) or _money_term(rest, lang)
                        or _compiled(PAY_RULE[lang]).search(rest) or _compiled(TERM_VERBS[lang]).search(near)
                        or _compiled(CANCEL_CONDITION[lang]).search(rest))
    return False


@lru_cache(maxsize=512)
def _label_words(given: str) -> frozenset[str]:
    return frozenset(rx(r"[^\W\d_]+").findall(normalise(given)))


def _label_form(word: str, words: frozenset[str]) -> bool:
    """The word itself or an inflection of it (a plural, a definite or genitive ending: "deposits", "depositionen")."""
    return any(w == word or (len(w) >= 4 and (word.startswith(w) or w.startswith(word)) and abs(len(w) - len(word)) <= 3) for w in words)


def _said_as_in(source: str, text: str, m: re.Match[str]) -> bool:
    """The policy word stands with the same neighbouring word(s) in the situation's own text (its reason, the
    meeting's title, a name): those words echoed, no term."""
    strip = lambda ws: [w.strip(".,;:!?()") for w in ws]  # noqa: E731
    reason = strip(normalise(source).split())
    word = normalise(m.group(0))
    before = strip(normalise(text[: m.start()]).split()[-2:])
    after = strip(normalise(text[m.end() :]).split()[:2])
    for i, w in enumerate(reason):
        if w != word:
            continue
        for k in (1, 2):
            pairs = ((before[-k:], reason[max(0, i - k) : i]), (after[:k], reason[i + 1 : i + 1 + k]))
            if any(len(mine) == k and mine == theirs and any(not _ARTICLE.fullmatch(x) for x in mine) for mine, theirs in pairs):
                return True
    return False


def _amount_of_given(s: Situation, text: str, m: re.Match[str]) -> bool:
    """"het bedrag" in a sentence that names the given deposit: the deposit's amount, not a fee."""
    if not _AMOUNT_WORDS.fullmatch(m.group(0)) or s.policy is None or s.policy.deposit_percent is None:
        return False
    a = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0]
    return bool(_terms(DEPOSIT_TERMS, s.language).search(text[a : min(ends) if ends else len(text)]))
