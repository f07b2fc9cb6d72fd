"""Replies to a client who asked to move the meeting: thank them, take their time or offer ours.

Kept apart from each language's main table because it is one small move with its own lines; the flow in
`composer.writers.phrases._body` reads these keys for `Situation.client_move`. Both registers per key:
(formal, friendly). Swedish says "du" in both, as the rest of the Swedish phrasebook does.
"""

from __future__ import annotations

from composer.models import Language

Table = dict[str, tuple[str, str]]

MOVE: dict[Language, Table] = {
    Language.en: {
        # a short reply ends with a good wish, not "thank you for your understanding": nothing needs forgiving
        "courtesy": ("I wish you a good week.", "Have a great week!"),
        "move.thanks": ("Thank you for letting me know; that is no problem at all.", "Thanks for letting me know, no problem at all!"),
        "move.accept.one": ("The time you suggested, {t}, suits me well.", "The time you suggested, {t}, works well for me."),
        "move.accept.many": ("All of the times you suggested suit me:", "Any of the times you suggested works for me:"),
        "move.pick": ("Please let me know which you prefer.", "Just let me know which you prefer."),
        "move.then": ("Should anything else change, please do let me know.", "If anything else changes, just let me know."),
        "move.counter": ("Unfortunately, your suggestion does not work for me.", "Unfortunately, your suggestion doesn't work for me."),
    },
    Language.fr: {
        # a short reply ends with a good wish, not "thank you for your understanding": nothing needs forgiving
        "courtesy": ("Je vous souhaite une bonne semaine.", "Très bonne semaine à toi."),
        "move.thanks": ("Merci pour votre message, cela ne pose aucun problème.", "Merci pour ton message, pas de souci."),
        "move.accept.one": ("Le créneau que vous proposez, {t}, me convient très bien.", "Le créneau que tu proposes, {t}, me va très bien."),
        "move.accept.many": ("Les créneaux que vous proposez me conviennent tous{COLON}", "Tous les créneaux que tu proposes me vont{COLON}"),
        "move.pick": ("Dites-moi simplement lequel vous préférez.", "Dis-moi simplement lequel tu préfères."),
        "move.then": ("Si autre chose devait changer, n'hésitez pas à me le dire.", "Si autre chose change d'ici là, dis-le-moi."),
        "move.counter": ("Malheureusement, votre proposition ne me convient pas.", "Malheureusement, ta proposition ne m'arrange pas."),
    },
    Language.it: {
        # a short reply ends with a good wish, not "thank you for your understanding": nothing needs forgiving
        "courtesy": ("Le auguro una buona settimana.", "Buona settimana!"),
        "move.thanks": ("La ringrazio per il messaggio: nessun problema.", "Grazie per il messaggio, nessun problema!"),
        "move.accept.one": ("L'orario che propone, {t}, per me va benissimo.", "L'orario che proponi, {t}, per me va benissimo."),
        "move.accept.many": ("Gli orari che propone mi vanno tutti bene:", "Gli orari che proponi mi vanno tutti bene:"),
        "move.pick": ("Mi faccia sapere quale preferisce.", "Fammi sapere quale preferisci."),
        "move.then": ("Se dovesse cambiare qualcos'altro, me lo faccia sapere.", "Se cambia qualcos'altro, fammelo sapere."),
        "move.counter": ("Purtroppo per me la Sua proposta non va bene.", "Purtroppo per me la tua proposta non va bene."),
    },
    Language.nl: {
        # a short reply ends with a good wish, not "thank you for your understanding": nothing needs forgiving
        "courtesy": ("Ik wens u een fijne week.", "Fijne week!"),
        "move.thanks": ("Dank u voor uw bericht, dat is geen enkel probleem.", "Dank je voor je bericht, geen probleem!"),
        "move.accept.one": ("Het tijdstip dat u voorstelt, {t}, komt mij goed uit.", "Het tijdstip dat je voorstelt, {t}, komt mij prima uit."),
        "move.accept.many": ("De tijden die u voorstelt, komen mij allemaal goed uit:", "De tijden die je voorstelt, komen me allemaal goed uit:"),
        "move.pick": ("Laat u mij weten welke uw voorkeur heeft?", "Laat je me weten welke je voorkeur heeft?"),
        "move.then": ("Mocht er nog iets veranderen, laat het mij dan gerust weten.", "Verandert er nog iets, laat het me dan gewoon weten."),
        "move.counter": ("Helaas komt uw voorstel mij niet goed uit.", "Helaas komt je voorstel mij niet goed uit."),
    },
    Language.sv: {
        # a short reply ends with a good wish, not "thank you for your understanding": nothing needs forgiving
        "courtesy": ("Ha en fin vecka.", "Ha en fin vecka!"),
        "move.thanks": ("Tack för ditt meddelande, det går alldeles utmärkt.", "Tack för meddelandet, inga problem!"),
        "move.accept.one": ("Tiden du föreslår, {t}, passar mig bra.", "Tiden du föreslår, {t}, passar mig fint."),
        "move.accept.many": ("Alla tider du föreslår passar mig:", "Alla tider du föreslår funkar för mig:"),
        "move.pick": ("Hör gärna av dig om vilken du föredrar.", "Säg bara vilken du föredrar."),
        "move.then": ("Skulle något mer ändras är det bara att höra av sig.", "Om något mer ändras är det bara att höra av sig."),
        "move.counter": ("Tyvärr passar ditt förslag inte för min del.", "Tyvärr passar ditt förslag inte för min del."),
    },
}
