"""Realistic example situations, deterministic: for examples, batch tests and benchmarks."""

from __future__ import annotations

import random

from composer.models import INTENT_REQUIRES, Intent, Language

_PEOPLE = {
    "fr": (["Claire Dubois", "Jean-Baptiste Lefèvre", "Nadia Benali", "Hélène Moreau-Castel"], ["Julien Moreau", "Camille Roux"], ["Sophie Laurent", "Thomas Petit"]),
    "it": (["Giulia Bianchi", "Alessandro Conti", "Francesca De Luca"], ["Marco Rossi", "Chiara Galli"], ["Luca Ferri", "Elena Marino"]),
    "nl": (["Sanne de Vries", "Jeroen van den Berg", "Fatima El Amrani"], ["Pieter Jansen", "Lotte Visser"], ["Eva Bakker", "Daan Smit"]),
    "sv": (["Karin Lindqvist", "Johan Nilsson", "Amira Haddad"], ["Erik Johansson", "Sara Ek"], ["Anna Berg", "Oskar Holm"]),
    "en": (["Margaret Hughes", "Daniel O'Connor", "Priya Raman"], ["Tom Baker", "Laura Chen"], ["Priya Shah", "Ben Carter"]),
}
_MEETINGS = {
    "fr": ["la revue trimestrielle du compte", "le lancement du nouveau site", "l'atelier de cadrage"],
    "it": ["la revisione trimestrale del progetto", "il lancio del nuovo sito", "il workshop di avvio"],
    "nl": ["de kwartaalevaluatie van het project", "de lancering van de nieuwe website", "de kick-offworkshop"],
    "sv": ["kvartalsgenomgången av projektet", "lanseringen av den nya webbplatsen", "uppstartsworkshopen"],
    "en": ["the quarterly account review", "the new website launch", "the kick-off workshop"],
}
_TIMES = {
    "fr": ["jeudi 14 mars à 10 h", "mardi 19 mars à 14 h", "mercredi 20 mars à 9 h 30", "vendredi 22 mars à 11 h"],
    "it": ["giovedì 14 marzo alle 10:00", "martedì 19 marzo alle 14:00", "mercoledì 20 marzo alle 9:30", "venerdì 22 marzo alle 11:00"],
    "nl": ["donderdag 14 maart om 10.00 uur", "dinsdag 19 maart om 14.00 uur", "woensdag 20 maart om 9.30 uur", "vrijdag 22 maart om 11.00 uur"],
    "sv": ["torsdag 14 mars kl. 10.00", "tisdag 19 mars kl. 14.00", "onsdag 20 mars kl. 9.30", "fredag 22 mars kl. 11.00"],
    "en": ["Thursday 14 March at 10:00", "Tuesday 19 March at 14:00", "Wednesday 20 March at 9:30", "Friday 22 March at 11:00"],
}
_REASONS = {
    "fr": ["un déplacement imprévu chez un autre client", "je dois être à Lyon ce jour-là", None],
    "it": ["un impegno imprevisto con un altro cliente", "devo essere a Milano quel giorno", None],
    "nl": ["een onverwachte afspraak bij een andere klant", "ik moet die dag in Rotterdam zijn", None],
    "sv": ["ett oväntat kundbesök", "jag måste vara i Göteborg den dagen", None],
    "en": ["a clash with a board meeting", "I have to be in Leeds that day", None],
}


def make_situations(n: int, *, seed: int = 7) -> list[dict]:
    """`n` valid situation dicts cycling through languages and intents, with varied optional facts."""
    rng = random.Random(seed)
    out = []
    langs = [lang.value for lang in Language]
    for i in range(n):
        lang = langs[i % len(langs)]
        intent = list(Intent)[(i // len(langs)) % len(Intent)]
        recipients, senders, colleagues = _PEOPLE[lang]
        times = _TIMES[lang]
        s: dict = {
            "id": f"item-{i:06d}",
            "language": lang,
            "intent": intent.value,
            "recipient_name": rng.choice(recipients),
            "sender_name": rng.choice(senders),
            "meeting": rng.choice(_MEETINGS[lang]),
            "meeting_time": times[0],
            "proposed_times": times[1 : 1 + rng.randint(0, 3)],
            "tone": rng.choice(["formal", "friendly"]),
            "relationship": rng.choice(["key", "regular", "new"]),
        }
        reason = rng.choice(_REASONS[lang])
        if reason:
            s["reason"] = reason
        need = INTENT_REQUIRES.get(intent, ("", ""))[0]
        if need == "duration_minutes" or rng.random() < 0.1:
            s["duration_minutes"] = rng.choice([20, 30, 45])
        if need == "colleague_name" or rng.random() < 0.1:
            s["colleague_name"] = rng.choice(colleagues)
        if need == "policy" or (intent is Intent.late_cancellation and rng.random() < 0.6):
            s["policy"] = rng.choice([
                {"notice_hours": 48, "fee_percent": 50},
                {"notice_hours": 24, "fee_percent": 30, "deposit_percent": 20},
                {"deposit_percent": 25},
            ])
        out.append(s)
    return out
