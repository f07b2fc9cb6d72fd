"""Replies to a client who asked to move the meeting: thank them, take their time or offer ours.

Kept apart from each language's main table because it is one small move with its own lines; the flow in
`composer.writers.phrases._client_move` reads these keys for `Situation.client_move`, and they win over the
main table's (`ask.none`, `courtesy`). Both registers per key: (formal, friendly). Swedish says "du" in both,
as the rest of the Swedish phrasebook does. First reviewed by native editors on 40 drafts (0/40 send as is:
"no problem" before a refusal, a closing that invites more changes, "all" for two); these lines follow them.
A second review by other editors (40 drafts: en 3/8, fr 1/8, it 4/8, nl 7/8, sv 5/8 as is, 1 rewrite) asked for no
repeated noun after the thanks, one goodbye in friendly mail, and French "si" + present; these lines follow that too.
"""

from __future__ import annotations

from composer.models import Language

Table = dict[str, tuple[str, str]]

MOVE: dict[Language, Table] = {
    Language.en: {
        "move.thanks": ("Thank you for letting me know; changing the time is no problem at all.", "Thanks for letting me know, no problem at all!"),
        "move.thanks.named": ("Thank you for letting me know about {mw}; changing the time is no problem at all.", "Thanks for letting me know about {mw}, no problem at all!"),
        # their one time taken: the meeting and its old slot are named (native review v15: "changing the time" said nothing)
        "move.thanks.accept": ("Thank you for letting me know; moving {mw} is no problem at all.", "Thanks for letting me know, moving {mw} is no problem at all!"),
        "move.then.new": ("I look forward to meeting you then.", "Looking forward to meeting you then!"),
        "move.thanks.counter": ("Thank you for letting me know; of course we can find another time.", "Thanks for letting me know, happy to find another time."),
        "move.counter": ("Unfortunately, I am not available at the time you suggested.", "Unfortunately, I'm not free at the time you suggested."),
        # with its reason the no is about the time, not the sender ("the gym is closed then"): "the time ... does not work"
        # the client's time named when our reason names it ("Unfortunately, Thursday does not work for me, as it is our
        # payroll day"; slot `their_time`, default "the time you suggested"), the meeting named in the thanks (v16)
        "move.counter.why": ("Unfortunately, {their_time} does not work for me{why}.", "Unfortunately, {their_time} doesn't work for me{why}."),
        # their day named (slot `their_day`): "Thursday does not work" would read as a new slot to the fact model
        "move.counter.day": ("Unfortunately, {their_time} is not possible for me{why}.", "Unfortunately, {their_time} won't work for me{why}."),
        "move.thanks.counter.named": ("Thank you for letting me know; of course we can move {mw}.", "Thanks for letting me know, happy to move {mw}."),
        "move.accept.one": ("The time you suggested, {t}, suits me well.", "The time you suggested, {t}, works well for me."),
        "move.accept.two": ("Both of the times you suggested suit me:", "Either of the times you suggested works for me:"),
        "move.accept.many": ("All of the times you suggested suit me:", "Any of the times you suggested works for me:"),
        "move.pick": ("Please let me know which you prefer.", "Just let me know which you prefer."),
        "move.then": ("I look forward to it.", "Looking forward to it!"),
        "move.fallback.one": ("If that does not suit you either, just let me know and we will find an alternative.", "If that doesn't work either, we'll find something else."),
        "move.fallback.many": ("If none of these suits you, just let me know and we will find an alternative.", "If none of these works, we'll find something else."),
        "move.fallback.two": ("If neither suits you, just let me know and we will find an alternative.", "If neither works, we'll find something else."),
        "ask.none": ("Could you let me know which days and times would suit you?", "Just let me know which days and times suit you."),
        "courtesy": ("Have a good week.", "Have a great week!"),
        "subject.move.accept": ("{M}: new time confirmed", "{M}: new time confirmed"),
        "subject.move.other": ("{M}: another time", "{M}: another time"),
    },
    Language.fr: {
        # the yes said plainly, to the move, never "cela ne pose aucun problème" tied to "votre message" (native review v12)
        "move.thanks": ("Merci pour votre message. Bien entendu, nous pouvons changer de créneau.", "Merci pour ton message. Pas de souci pour changer de créneau."),
        "move.thanks.named": ("Merci pour votre message. Bien entendu, nous pouvons déplacer {mw}.", "Merci pour ton message. Pas de souci pour déplacer {mw}."),
        "move.thanks.accept": ("Merci pour votre message. Bien entendu, nous pouvons décaler {mw}.", "Merci pour ton message. Pas de souci pour décaler {mw}."),
        "move.thanks.counter": ("Merci pour votre message{COLON} nous pouvons bien sûr trouver un autre créneau.", "Merci pour ton message, on peut bien sûr trouver un autre créneau."),
        "move.counter": ("Je ne suis malheureusement pas disponible sur le créneau que vous proposez.", "Je ne suis malheureusement pas dispo sur le créneau que tu proposes."),
        # "créneau" once: the thanks names the meeting, the no is about "le moment" (native review v16: créneau ×4)
        "move.counter.why": ("Malheureusement, je ne suis pas disponible au moment que vous proposez{why}.", "Malheureusement, je ne suis pas dispo au moment que tu proposes{why}."),
        "move.counter.day": ("Malheureusement, {their_time} ne m'est pas possible{why}.", "Malheureusement, {their_time}, je ne peux pas{why}."),
        "move.thanks.counter.named": ("Merci pour votre message{COLON} nous pouvons bien sûr déplacer {mw}.", "Merci pour ton message, on peut bien sûr déplacer {mw}."),
        "move.accept.one": ("Le créneau que vous proposez, {t}, me convient très bien.", "Le créneau que tu proposes, {t}, me va très bien."),
        "move.accept.two": ("Les deux créneaux que vous proposez me conviennent{COLON}", "Les deux créneaux que tu proposes me vont{COLON}"),
        "move.accept.many": ("Les créneaux que vous proposez me conviennent tous{COLON}", "Tous les créneaux que tu proposes me vont{COLON}"),
        "move.pick": ("Dites-moi simplement lequel vous préférez.", "Dis-moi simplement lequel tu préfères."),
        "move.then": ("Au plaisir de vous retrouver à cette occasion.", "Au plaisir{EXCL}"),
        "move.then.new": ("Au plaisir de vous rencontrer à cette occasion.", "Au plaisir de te rencontrer{EXCL}"),  # a new client is not "retrouvé"
        "move.fallback.one": ("Si cela ne vous convient pas non plus, je trouverai volontiers une autre solution.", "Si ça ne te va pas non plus, on trouvera autre chose."),
        "move.fallback.many": ("Si aucune de ces propositions ne vous convient, je trouverai volontiers une autre solution.", "Si aucun ne te va, on trouvera autre chose."),
        "move.fallback.two": ("Si aucun des deux ne vous convient, je trouverai volontiers une autre solution.", "Si aucun des deux ne te va, on trouvera autre chose."),
        "ask.none": ("Pourriez-vous m'indiquer vos disponibilités{Q}", "Tu peux me dire quand tu serais dispo{Q}"),
        "courtesy": ("Je vous souhaite une bonne semaine.", ""),  # friendly mail already ends "Belle journée,"
        "subject.move.accept": ("{M}{COLON} nouveau créneau confirmé", "{M}{COLON} nouveau créneau confirmé"),
        "subject.move.other": ("{M}{COLON} un autre créneau", "{M}{COLON} un autre créneau"),
    },
    Language.it: {
        "move.thanks": ("La ringrazio per il messaggio: nessun problema.", "Grazie per il messaggio, nessun problema!"),
        "move.thanks.named": ("La ringrazio per il messaggio sullo spostamento {mw_di}: nessun problema.", "Grazie per il messaggio sullo spostamento {mw_di}, nessun problema!"),
        # the no first, then the offer to find another time (never "troviamo senz'altro ... Purtroppo, però, ...")
        "move.thanks.accept": ("La ringrazio per il messaggio: nessun problema a spostare {mw}.", "Grazie per il messaggio, nessun problema a spostare {mw}!"),
        "move.thanks.counter": ("La ringrazio per il messaggio.", "Grazie per il messaggio!"),
        "move.counter.day": ("Purtroppo {their_time} non mi è possibile{why}, ma troviamo senz'altro un altro orario.",
                             "Purtroppo {their_time} non riesco{why}, ma troviamo senz'altro un altro orario."),  # "va bene" reads as a new time
        "move.thanks.counter.named": ("La ringrazio per il messaggio sullo spostamento {mw_di}.", "Grazie per il messaggio sullo spostamento {mw_di}!"),
        "move.counter": ("Purtroppo non sono disponibile nell'orario che propone, ma troviamo senz'altro un altro orario.",
                         "Purtroppo non sono disponibile nell'orario che proponi, ma troviamo senz'altro un altro orario."),
        "move.counter.why": ("Purtroppo l'orario che propone non è possibile{why}, ma troviamo senz'altro un altro orario.",
                             "Purtroppo l'orario che proponi non va bene{why}, ma troviamo senz'altro un altro orario."),
        "move.accept.one": ("L'orario che propone, {t}, per me va benissimo.", "L'orario che proponi, {t}, per me va benissimo."),
        "move.accept.two": ("Entrambi gli orari che propone mi vanno bene:", "Entrambi gli orari che proponi mi vanno bene:"),
        "move.accept.many": ("Gli orari che propone mi vanno tutti bene:", "Gli orari che proponi mi vanno tutti bene:"),
        "move.pick": ("Mi faccia sapere quale preferisce.", "Fammi sapere quale preferisci."),
        "move.then": ("Resto a disposizione per qualsiasi cosa.", "Ci vediamo allora!"),
        "move.fallback.one": ("Se non dovesse andarLe bene neanche questo, troveremo volentieri un'altra soluzione.", "Se non ti va bene neanche questo, troviamo un'altra soluzione."),
        "move.fallback.many": ("Se nessuno di questi orari Le andasse bene, troveremo volentieri un'altra soluzione.", "Se nessuno ti va bene, troviamo un'altra soluzione."),
        "move.fallback.two": ("Se nessuno dei due orari Le andasse bene, troveremo volentieri un'altra soluzione.", "Se nessuno dei due ti va bene, troviamo un'altra soluzione."),
        "ask.none": ("Mi può indicare le Sue disponibilità?", "Mi dici quando saresti disponibile?"),
        "courtesy": ("Le auguro una buona settimana.", "Buona settimana!"),
        "subject.move.accept": ("{M}: nuovo orario confermato", "{M}: nuovo orario confermato"),
        "subject.move.other": ("{M}: un nuovo orario", "{M}: un nuovo orario"),
    },
    Language.nl: {
        "move.thanks": ("Dank u voor uw bericht; een ander tijdstip is geen enkel probleem.", "Dank je voor je bericht, geen probleem!"),
        # the refusal is part of the same sentence: "verzetten is geen probleem, maar ..." (never "no problem" then "no")
        "move.thanks.counter": (
            "Dank u voor uw bericht. Het verzetten is geen probleem, maar het tijdstip dat u voorstelt, komt mij helaas niet uit.",
            "Dank je voor je bericht. Verzetten is geen probleem, maar het tijdstip dat je voorstelt, komt me helaas niet uit.",
        ),
        # the meeting named, the client's proposal not repeated as "het tijdstip dat u voorstelt" (phr-ah, v16)
        "move.thanks.counter.named": (
            "Dank u voor uw bericht. We kunnen {mw} natuurlijk verzetten, maar uw voorstel komt mij helaas niet uit.",
            "Dank je voor je bericht. We kunnen {mw} natuurlijk verzetten, maar je voorstel komt me helaas niet uit.",
        ),
        "move.counter": ("", ""),
        "move.accept.one": ("Het tijdstip dat u voorstelt, {t}, komt mij goed uit.", "Het tijdstip dat je voorstelt, {t}, komt me prima uit."),
        "move.accept.two": ("Beide tijdstippen die u voorstelt, komen mij goed uit:", "Beide tijden die je voorstelt, komen me goed uit:"),
        "move.accept.many": ("Alle tijdstippen die u voorstelt, komen mij goed uit:", "Alle tijden die je voorstelt, komen me goed uit:"),
        "move.pick": ("Laat u mij weten welke uw voorkeur heeft?", "Laat je me weten welke je voorkeur heeft?"),
        "move.then": ("Tot dan.", "Tot dan!"),
        "move.fallback.one": ("Komt dat u ook niet uit, dan zoek ik graag samen met u een ander moment.", "Komt dat ook niet uit, dan zoeken we samen een ander moment."),
        "move.fallback.many": ("Komt geen van deze tijdstippen u uit, dan zoek ik graag samen met u een ander moment.", "Komt geen van deze je uit, dan zoeken we samen een ander moment."),
        "ask.none": ("Kunt u mij laten weten wanneer het u schikt? Dan plan ik het opnieuw in.", "Laat je me weten wanneer het je uitkomt? Dan plan ik het opnieuw in."),
        "courtesy": ("Ik wens u een fijne week.", "Fijne week!"),
        "subject.move.accept": ("{M}: nieuw tijdstip bevestigd", "{M}: nieuw tijdstip bevestigd"),
        "subject.move.other": ("{M}: nieuw tijdstip", "{M}: nieuw tijdstip"),
    },
    Language.sv: {
        "move.thanks": ("Tack för ditt meddelande, det går bra att byta tid.", "Tack för meddelandet, inga problem!"),
        "move.thanks.counter": (
            "Tack för ditt meddelande. Det går bra att byta tid, men den tid du föreslår passar mig tyvärr inte.",
            "Tack för meddelandet! Det går bra att byta tid, men den tid du föreslår passar mig tyvärr inte.",
        ),
        "move.thanks.counter.named": (
            "Tack för ditt meddelande. Självklart kan vi flytta {mw_from}, men den tid du föreslår passar mig tyvärr inte.",
            "Tack för meddelandet! Självklart kan vi flytta {mw_from}, men den tid du föreslår passar mig tyvärr inte.",
        ),
        "move.counter": ("", ""),
        "move.accept.one": ("Tiden du föreslår, {t}, passar mig bra.", "Tiden du föreslår, {t}, passar mig fint."),
        "move.accept.two": ("Båda tiderna du föreslår passar mig:", "Båda tiderna du föreslår funkar för mig:"),
        "move.accept.many": ("Alla tider du föreslår passar mig:", "Alla tider du föreslår funkar för mig:"),
        "move.pick": ("Meddela gärna vilken du föredrar.", "Säg bara vilken du föredrar."),
        "move.then": ("Då säger vi så.", "Då säger vi så!"),
        "move.fallback.one": ("Om den inte passar heller hittar vi gärna en annan tid.", "Annars hittar vi en annan tid."),
        "move.fallback.many": ("Om ingen av dem passar hittar vi gärna en annan tid.", "Annars hittar vi en annan tid."),
        "ask.none": ("Kan du berätta vilka dagar och tider som passar dig, så bokar jag om?", "Säg gärna vilka dagar och tider som passar dig, så bokar jag om."),
        "courtesy": ("Ha en fin vecka.", ""),  # friendly mail already ends "Ha det fint,"
        "subject.move.accept": ("{M}: ny tid bekräftad", "{M}: ny tid bekräftad"),
        "subject.move.other": ("{M}: ny tid", "{M}: ny tid"),
    },
}
