"""Round 17 families (issue 13): the reasoning behind v14's misses and false alarms, and the typed "after 3" /
"9-ish" times the built-in writer spells out, generalised to the five languages with sentences written for these
tests (not the set's wording). Every accepted form is paired with the same form stating another fact, which stays
flagged."""

from __future__ import annotations

import pytest

from tests.support.fact_battery import alarms, found, sit

OLD = {"en": "Wednesday 9 December at 10:00", "fr": "mercredi 9 décembre à 10 h", "it": "mercoledì 9 dicembre alle 10",
       "nl": "woensdag 9 december om 10.00 uur", "sv": "onsdag 9 december kl. 10"}
NEW = {"en": "Thursday 10 December at 14:00", "fr": "jeudi 10 décembre à 14 h", "it": "giovedì 10 dicembre alle 14",
       "nl": "donderdag 10 december om 14.00 uur", "sv": "torsdag 10 december kl. 14"}


# 1. A day counted from the last date, with its own date beside it (v14-fr-015 "ou au lendemain, jeudi 3 mai"): the
#    apposed date names the day; a counted day alone still counts from the meeting.
APPOSED = {
    "en": ("Wednesday 16 December at 10:00", ["the day after, {d} 17 December, at 14:00", "the following day, {d} 17 December at 14:00", "the next day ({d} 17 December) at 14:00"], "Thursday", "Friday", "or"),
    "fr": ("mercredi 16 décembre à 10 h", ["au lendemain, {d} 17 décembre à 14 h", "le jour suivant, {d} 17 décembre à 14 h", "le lendemain ({d} 17 décembre) à 14 h"], "jeudi", "vendredi", "ou"),
    "it": ("mercoledì 16 dicembre alle 10", ["il giorno dopo, {d} 17 dicembre alle 14", "il giorno successivo, {d} 17 dicembre alle 14", "il giorno seguente ({d} 17 dicembre) alle 14"], "giovedì", "venerdì", "oppure"),
    "nl": ("woensdag 16 december om 10.00 uur", ["de dag erna, {d} 17 december om 14.00 uur", "de volgende dag, {d} 17 december om 14.00 uur", "de dag daarna ({d} 17 december) om 14.00 uur"], "donderdag", "vrijdag", "of"),
    "sv": ("onsdag 16 december kl. 10", ["dagen efter, {d} 17 december kl. 14", "nästa dag, {d} 17 december kl. 14", "dagen därpå ({d} 17 december) kl. 14"], "torsdag", "fredag", "eller"),
}
PROPOSED16 = {"en": ["Wednesday 16 December at 10:00", "Thursday 17 December at 14:00"], "fr": ["mercredi 16 décembre à 10 h", "jeudi 17 décembre à 14 h"],
              "it": ["mercoledì 16 dicembre alle 10", "giovedì 17 dicembre alle 14"], "nl": ["woensdag 16 december om 10.00 uur", "donderdag 17 december om 14.00 uur"],
              "sv": ["onsdag 16 december kl. 10", "torsdag 17 december kl. 14"]}


@pytest.mark.parametrize("lang,k", [(lang, k) for lang in APPOSED for k in range(3)])
def test_a_counted_day_with_its_date_beside_it(lang: str, k: int) -> None:
    first, forms, right, wrong, orr = APPOSED[lang]
    s = sit(lang, meeting_time=OLD[lang], proposed_times=PROPOSED16[lang])
    assert not found(s, f"{first}, {orr} {forms[k].format(d=right)}."), forms[k]
    assert alarms(s, f"{first}, {orr} {forms[k].format(d=wrong).replace('17', '18')}."), forms[k]


# 2. A public holiday named as the reason's day (v14-it-015 "la festa della Liberazione"): a day's name, not a person or
#    a company; an invented proper noun in the same place is still flagged.
HOLIDAYS = {
    "en": ("The cellar is closed for {} this week, so the tasting must move.", ["Thanksgiving", "Pentecost", "Halloween"]),
    "fr": ("La cave est fermée pour {} cette semaine, la dégustation doit donc être déplacée.", ["Pentecôte", "Chandeleur", "l'Ascension"]),
    "it": ("La cantina è chiusa per la festa della {} questa settimana, quindi la degustazione va spostata.", ["Liberazione", "Befana", "Immacolata"]),
    "nl": ("De kelder is deze week dicht vanwege {}, dus de proeverij moet verschuiven.", ["Koningsdag", "Hemelvaartsdag", "Bevrijdingsdag"]),
    "sv": ("Källaren är stängd på {} den här veckan, så provningen måste flyttas.", ["Valborg", "Lucia", "Trettondagen"]),
}


@pytest.mark.parametrize("lang,k", [(lang, k) for lang in HOLIDAYS for k in range(3)])
def test_a_holiday_is_no_invented_name(lang: str, k: int) -> None:
    frame, names = HOLIDAYS[lang]
    s = sit(lang, intent="decline", meeting_time=OLD[lang])
    assert not found(s, frame.format(names[k])), names[k]
    assert alarms(s, frame.format("Vandermeer")), names[k]


# 3. A length in words beside a payment word (v14-en-003 "half an hour, as I'm due at a hearing"): the length, judged
#    against the given one, never a share of a fee nobody gave.
LENGTHS = {
    "en": ["I can only keep it to half an hour, as a payment is due right after.", "We will keep it to half an hour, as the rent payment is due today.", "Half an hour it is, since a payment is due straight after."],
    "fr": ["Je devrai m'en tenir à une demi-heure, car un paiement est dû juste après.", "Nous nous limiterons à une demi-heure, un paiement étant dû ensuite.", "Ce sera une demi-heure, car le paiement du loyer est dû aujourd'hui."],
    "it": ["Dovrò limitarla a mezz'ora, perché subito dopo è dovuto un pagamento.", "Ci limiteremo a mezz'ora; il pagamento resta dovuto come sempre.", "Sarà mezz'ora, perché oggi è dovuto il pagamento dell'affitto."],
    "nl": ["Ik houd het bij een half uur, want direct daarna moet een betaling rond zijn.", "We houden het op een half uur, want er moet daarna een betaling gedaan worden.", "Het wordt een half uur, omdat de betaling van de huur vandaag klaar moet zijn."],
    "sv": ["Jag måste hålla det till en halvtimme, eftersom en betalning ska vara klar direkt efter.", "Vi håller det till en halvtimme, eftersom en betalning ska göras efteråt.", "Det blir en halvtimme, eftersom lönebetalningen ska vara klar vid lunch."],
}


@pytest.mark.parametrize("lang,k", [(lang, k) for lang in LENGTHS for k in range(3)])
def test_a_length_in_words_is_no_share_of_a_fee(lang: str, k: int) -> None:
    sentence = LENGTHS[lang][k]
    assert not alarms(sit(lang, intent="shorten", meeting_time=OLD[lang], duration_minutes=30), sentence), sentence
    assert alarms(sit(lang, intent="shorten", meeting_time=OLD[lang], duration_minutes=45), sentence), sentence


# 4. Offers said without a discount word (v14-en-031 "a third off the session rate", v14-it-037 "una lezione gratuita
#    ogni dieci"): a share taken off a price and a free one every so many are offers nobody gave; the same shapes that
#    offer nothing pass.
OFFERS = {
    "en": [("Every tenth lesson is a review.", "Every tenth lesson is free."), ("A third of the session is theory.", "We'll take a third off the session rate."),
           ("You get a short break every hour.", "You get a free lesson with every ten you book.")],
    "fr": [("Chaque dixième séance est consacrée aux révisions.", "Chaque dixième séance est gratuite."), ("Un tiers du temps sera consacré à la théorie.", "Vous paierez un tiers de moins."),
           ("Une leçon de révision toutes les dix.", "Une leçon gratuite toutes les dix.")],
    "it": [("Ogni decima lezione è di ripasso.", "Ogni decima lezione è gratuita."), ("Pagherà come sempre.", "Pagherà un terzo in meno."),
           ("Prevediamo una lezione di ripasso ogni dieci.", "Prevediamo una lezione gratuita ogni dieci.")],
    "nl": [("Elke tiende les is een herhaling.", "Elke tiende les is gratis."), ("U betaalt hetzelfde als altijd.", "U betaalt een derde minder."),
           ("U krijgt een proefles bij elke tien.", "U krijgt een gratis les bij elke tien.")],
    "sv": [("Var tionde lektion är en repetition.", "Var tionde lektion är gratis."), ("En tredjedel av tiden går till teori.", "Det blir en tredjedel billigare."),
           ("Ni får en provlektion per kurs.", "Ni får en gratis lektion per kurs.")],
}


@pytest.mark.parametrize("lang,k", [(lang, k) for lang in OFFERS for k in range(3)])
def test_an_offer_without_a_discount_word(lang: str, k: int) -> None:
    plain, offer = OFFERS[lang][k]
    s = sit(lang, meeting_time=OLD[lang], proposed_times=[NEW[lang]])
    base = {"en": "Could we meet on {} instead?", "fr": "Pourrions-nous nous voir {} à la place ?", "it": "Potremmo vederci {} invece?",
            "nl": "Kunnen we in plaats daarvan {} afspreken?", "sv": "Kan vi ses {} i stället?"}[lang].format(NEW[lang])
    assert not found(s, f"{base} {plain}"), plain
    assert alarms(s, f"{base} {offer}"), offer


# 5. A sum of money in words (v14-it-034 "duecento euro più IVA"): a price nobody gave, unless the reason says it.
SUMS = {
    "en": ["two hundred euros", "fifty pounds", "three hundred dollars"], "fr": ["deux cents euros", "cinquante euros", "trois cents euros"],
    "it": ["duecento euro", "cinquanta euro", "trecento euro"], "nl": ["tweehonderd euro", "vijftig euro", "driehonderd euro"],
    "sv": ["tvåhundra kronor", "femtio euro", "trehundra kronor"],
}
FEE_SENTENCE = {"en": "About the {} you asked about: nothing changes.", "fr": "Quant aux {} dont vous parlez, rien ne change.", "it": "Quanto ai {} di cui parla, nulla cambia.",
                "nl": "Wat betreft de {} waar u naar vraagt: er verandert niets.", "sv": "Vad gäller de {} ni frågar om: inget ändras."}
REASON = {"en": "the client asked whether the {} still apply", "fr": "la cliente demande si les {} tiennent toujours", "it": "la cliente chiede se i {} valgono ancora",
          "nl": "de klant vraagt of de {} nog gelden", "sv": "kunden frågar om {} fortfarande gäller"}


@pytest.mark.parametrize("lang,k", [(lang, k) for lang in SUMS for k in range(3)])
def test_a_sum_of_money_in_words(lang: str, k: int) -> None:
    said, other = SUMS[lang][k], SUMS[lang][(k + 1) % 3]
    given = sit(lang, intent="decline", meeting_time=OLD[lang], reason=REASON[lang].format(said))
    assert not alarms(given, FEE_SENTENCE[lang].format(said)), said
    assert alarms(given, FEE_SENTENCE[lang].format(other)), other
    assert alarms(sit(lang, intent="decline", meeting_time=OLD[lang]), FEE_SENTENCE[lang].format(said)), said


# 6. The call promised in the future tense (v14-fr-031 "Je vous appellerai donc jeudi à 18 h", the old slot): the
#    verb offers the time it names; the proposed time there passes, the meeting's own is flagged.
CALLS = {
    "en": ["I'll call you then on {}.", "I'll ring you on {}.", "We'll phone you on {}."],
    "fr": ["Je vous appellerai donc {}.", "Nous vous appellerons {}.", "Je vous téléphonerai {}."],
    "it": ["La chiamerò quindi {}.", "La richiamerò {}.", "Le telefonerò {}."],
    "nl": ["Ik bel u dus {}.", "Wij bellen u {}.", "Ik bel je {}."],
    "sv": ["Jag ringer dig alltså {}.", "Vi ringer er {}.", "Jag ringer upp dig {}."],
}
PROPOSE_CALL = {"en": "Could we talk by phone on {} instead?", "fr": "Je vous propose d'en parler par téléphone {}.", "it": "Le propongo di sentirci al telefono {}.",
                "nl": "Ik stel voor dat we {} telefonisch overleggen.", "sv": "Jag föreslår att vi hörs per telefon {}."}


@pytest.mark.parametrize("lang,k", [(lang, k) for lang in CALLS for k in range(3)])
def test_the_call_verb_offers_its_time(lang: str, k: int) -> None:
    s = sit(lang, intent="switch_to_call", meeting_time=OLD[lang], proposed_times=[NEW[lang]])
    head = PROPOSE_CALL[lang].format(NEW[lang])
    assert not found(s, f"{head} {CALLS[lang][k].format(NEW[lang])}"), CALLS[lang][k]
    assert any(i.kind == "time_role" for i in alarms(s, f"{head} {CALLS[lang][k].format(OLD[lang])}")), CALLS[lang][k]


# 7. Typed "after 3" / "9-ish" as the built-in writer spells them ("na 15.00 uur", "dopo le 15", "efter kl. 15", "rond 9
#    uur"): after/na/dopo le/efter/après N (1-7) is N+12 on the office dial; "N-ish", "~N", "typ N", "verso le N" are
#    "around N". Another hour is still flagged.
AFTER = {
    "en": ("Thursday 10 December after 3", "Could we do Thursday 10 December after {}?", ["3 pm", "15:00"], "4 pm"),
    "fr": ("jeudi 10 décembre après 3", "Seriez-vous libre jeudi 10 décembre après {} ?", ["15 h", "15h00"], "16 h"),
    "it": ("giovedì 10 dicembre dopo le 3", "Potremmo fare giovedì 10 dicembre dopo le {}?", ["15", "15:00"], "16"),
    "nl": ("donderdag 10 december na 3", "Kan het donderdag 10 december na {}?", ["15.00 uur", "3 uur"], "16.00 uur"),
    "sv": ("torsdag 10 december efter 3", "Går det torsdag 10 december efter kl. {}?", ["15", "15.00"], "16"),
}
AROUND = {
    "en": (["Thursday 10 December 9-ish", "Thursday 10 December ~9", "Thursday 10 December 9ish"], "Could we do Thursday 10 December around {}?", "9", "10"),
    "fr": (["jeudi 10 décembre 9-ish", "jeudi 10 décembre ~9", "jeudi 10 décembre vers 9 h"], "Seriez-vous libre jeudi 10 décembre vers {} h ?", "9", "10"),
    "it": (["giovedì 10 dicembre 9-ish", "giovedì 10 dicembre ~9", "giovedì 10 dicembre verso le 9"], "Potremmo fare giovedì 10 dicembre verso le {}?", "9", "10"),
    "nl": (["donderdag 10 december 9-ish", "donderdag 10 december ~9", "donderdag 10 december rond 9 uur"], "Kan het donderdag 10 december rond {} uur?", "9", "10"),
    "sv": (["torsdag 10 december typ 9", "torsdag 10 december 9-ish", "torsdag 10 december ~9"], "Går det torsdag 10 december runt kl. {}?", "9", "10"),
}


@pytest.mark.parametrize("lang,k", [(lang, k) for lang in AFTER for k in range(3)])
def test_after_a_low_hour_is_the_afternoon(lang: str, k: int) -> None:
    given, frame, rights, wrong = AFTER[lang]
    s = sit(lang, meeting_time=OLD[lang], proposed_times=[given])
    if k < 2:
        assert not found(s, frame.format(rights[k])), rights[k]
    else:
        assert found(s, frame.format(wrong)), wrong


@pytest.mark.parametrize("lang,k", [(lang, k) for lang in AROUND for k in range(3)])
def test_an_approximate_hour_typed_is_around_it(lang: str, k: int) -> None:
    givens, frame, right, wrong = AROUND[lang]
    s = sit(lang, meeting_time=OLD[lang], proposed_times=[givens[k]])
    assert not found(s, frame.format(right)), givens[k]
    assert found(s, frame.format(wrong)), givens[k]
