"""French phrases for the fact-fault set (vous throughout; formal and friendly differ in greeting/closing)."""

from __future__ import annotations

LANG = "fr"
HAS_NEIGHBOUR = False
N_STYLES = 3
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def _time(t, style):
    h, m = t.hour, t.minute
    if style == 0:
        return f"{h}h{m:02d}" if m else f"{h}h"
    if style == 1:
        return f"{h} h {m:02d}" if m else f"{h} h"
    return f"{h}:{m:02d}"


def fmt_date(t, wrong_weekday=False, year=False):
    wd = t.weekday()
    if wrong_weekday:
        wd = (wd + 1) % 5
    day = "1er" if t.day == 1 else str(t.day)
    s = f"{WEEKDAYS[wd]} {day} {MONTHS[t.month - 1]}"
    return s + (f" {t.year}" if year else "")


def fmt_full(t, style, year=False):
    return f"{fmt_date(t, year=year)} à {_time(t, style)}"


def fmt_short(t, style):
    return f"{WEEKDAYS[t.weekday()]} à {_time(t, style)}"


def fmt_dur(m, rng):
    if m == 30 and rng.random() < 0.25:
        return "une demi-heure"
    if m == 60 and rng.random() < 0.3:
        return "une heure"
    return f"{m} minutes"


NAMES = [
    dict(name="Claire Dubois", first="Claire", last="Dubois", g="f", near_first="Clarie", near_last="Dubos"),
    dict(name="Mme Sophie Lefèvre", first="Sophie", last="Lefèvre", g="f", near_first="Sofie", near_last="Lefèbvre"),
    dict(name="M. Julien Moreau", first="Julien", last="Moreau", g="m", near_first="Julian", near_last="Moureau"),
    dict(name="Antoine de La Fontaine", first="Antoine", last="de La Fontaine", g="m", near_first="Antonie",
         near_last="de La Fontane"),
    dict(name="Dr Hélène Garnier", first="Hélène", last="Garnier", g="f", title="Docteur", near_first="Hélèna",
         near_last="Garnié"),
    dict(name="Me Pierre Roche", first="Pierre", last="Roche", g="m", title="Maître", near_first="Pierr",
         near_last="Rocher"),
    dict(name="Isabelle Nguyen", first="Isabelle", last="Nguyen", g="f", near_first="Isabel", near_last="Nguyên"),
    dict(name="M. François Petitjean", first="François", last="Petitjean", g="m", near_first="Françoise",
         near_last="Petitjan"),
    dict(name="Nathalie Bonnet-Mercier", first="Nathalie", last="Bonnet-Mercier", g="f", near_first="Nathaly",
         near_last="Bonnet-Mercie"),
    dict(name="Karim Benali", first="Karim", last="Benali", g="m", near_first="Karime", near_last="Benalli"),
]
SENDERS = [
    dict(name="Sophie Lefèvre", first="Sophie", slug="sophie.lefevre"),
    dict(name="Marc Aubert", first="Marc", slug="marc.aubert"),
    dict(name="Camille Rousseau", first="Camille", slug="camille.rousseau"),
    dict(name="Thomas Girard", first="Thomas", slug="thomas.girard"),
    dict(name="Élodie Marchand", first="Élodie", slug="elodie.marchand"),
]
COLLEAGUES = [
    dict(name="Lucie Fabre", first="Lucie", g="f"), dict(name="Olivier Chevalier", first="Olivier", g="m"),
    dict(name="Inès Bertrand", first="Inès", g="f"), dict(name="Hugo Lambert", first="Hugo", g="m"),
    dict(name="Laure Fabre", first="Laure", g="f"),
]
MEETINGS = [
    dict(field="Revue trimestrielle projet CRM", body="notre revue trimestrielle du projet CRM"),
    dict(field="Atelier de cadrage dans vos bureaux de Lyon", body="notre atelier de cadrage dans vos bureaux de Lyon",
         place=("Lyon", "Lille")),
    dict(field="Point budget 2027", body="notre point sur le budget 2027"),
    dict(field="Présentation de la maquette du site", body="la présentation de la maquette du site"),
    dict(field="Comité de pilotage à Bordeaux", body="le comité de pilotage à Bordeaux", place=("Bordeaux", "Toulouse")),
    dict(field="Séance de coaching mensuelle", body="notre séance de coaching mensuelle"),
    dict(field="Déjeuner de travail au restaurant Le Comptoir, Nantes",
         body="notre déjeuner de travail au Comptoir à Nantes", place=("Nantes", "Rennes")),
    dict(field="Audit des processus RH", body="notre rendez-vous sur l'audit de vos processus RH"),
    dict(field="Visite du site de production à Grenoble", body="la visite de votre site de production à Grenoble",
         place=("Grenoble", "Chambéry")),
    dict(field="Bilan de la campagne de printemps", body="notre bilan de la campagne de printemps"),
]
REASONS_OWN = [
    dict(field="déplacement imprévu chez un autre client", body="Un déplacement imprévu chez un autre client m'empêche d'être disponible à ce moment-là."),
    dict(field="je suis malade", body="Je suis malade depuis hier et préfère ne pas prendre de risque."),
    dict(field="les chiffres du T4 ne seront pas prêts", body="Les chiffres du quatrième trimestre ne seront pas encore disponibles d'ici là."),
    dict(field="conflit d'agenda avec une audience au tribunal", body="J'ai malheureusement une audience au tribunal au même moment."),
    dict(field="grève des transports", body="Avec la grève annoncée dans les transports, je ne pourrai pas me déplacer."),
    dict(field="l'ordre du jour peut se traiter plus vite", body="L'ordre du jour me semble pouvoir être traité plus rapidement."),
    dict(field="le client a demandé un geste commercial", body="J'ai bien pris note de votre demande concernant un geste commercial, j'y reviens séparément."),
]
REASONS_CLIENT = [
    dict(field="son fils était malade", body="J'espère que votre fils va mieux."),
    dict(field="problème de train", body="J'ai cru comprendre que votre train vous avait joué des tours, j'espère que le retour s'est bien passé."),
    dict(field="urgence au bureau", body="Je comprends tout à fait qu'une urgence au bureau passe en priorité."),
    dict(field="oubli du rendez-vous", body="Ce sont des choses qui arrivent, l'oubli d'un rendez-vous n'a rien de grave."),
]


def greeting(rec, tone, rng, near=False):
    last = rec["near_last"] if near else rec["last"]
    first = rec["near_first"] if near else rec["first"]
    civ = "Madame" if rec["g"] == "f" else "Monsieur"
    if tone == "friendly" and not rec.get("title"):
        return rng.choice([f"Bonjour {first},", f"Chère {first}," if rec["g"] == "f" else f"Cher {first},",
                           f"Bonjour {first} !"])
    if rec.get("title"):
        t = rec["title"]
        return rng.choice([f"{t} {last},", f"Bonjour {t} {last},"])
    return rng.choice([f"{civ} {last},", f"Chère {civ} {last}," if rec["g"] == "f" else f"Cher {civ} {last},",
                       f"Bonjour {civ} {last},"])


def closing(tone, rec, rng):
    if tone == "friendly":
        return rng.choice(["Belle journée,", "À bientôt,", "Bien à vous,", "Merci encore et à très vite,"])
    civ = "Madame" if rec["g"] == "f" else "Monsieur"
    return rng.choice(["Bien cordialement,", "Cordialement,", "Je vous prie d'agréer, "
                       f"{civ}, l'expression de mes salutations distinguées.", "Avec mes salutations les meilleures,"])


def signature(sender, tone, rng):
    if tone == "friendly" and rng.random() < 0.3:
        return sender["first"]
    return sender["name"]


class _NoList:
    """An rng stand-in that never picks the bullet-list form (for sentences that continue after the times)."""

    def random(self):
        return 1.0


_NOLIST = _NoList()


def _props(ps, rng):
    if len(ps) == 1:
        return f"le {ps[0]}"
    if len(ps) >= 2 and rng.random() < 0.5:
        return "l'un des créneaux suivants :\n" + "\n".join(f"- {p}" for p in ps)
    return ", ".join(f"le {p}" for p in ps[:-1]) + f" ou le {ps[-1]}"


def policy_text(pol, swap, rng, gentle=True):
    fee, dep = pol.get("fee_percent"), pol.get("deposit_percent")
    if swap:
        fee, dep = dep, fee
    h = pol.get("notice_hours")
    parts = []
    if h and fee:
        parts.append(f"toute annulation moins de {h} heures avant le rendez-vous est facturée {fee} % des honoraires")
    elif h:
        parts.append(f"nous demandons à être prévenus au moins {h} heures à l'avance en cas d'annulation")
    elif fee:
        parts.append(f"une annulation tardive est facturée {fee} % des honoraires")
    if dep:
        parts.append(f"un acompte de {dep} % est demandé à la réservation")
    lead = rng.choice(["Pour mémoire, ", "Comme le prévoient nos conditions, ", "Je me permets de vous rappeler nos conditions : "]) if gentle \
        else rng.choice(["Nos conditions sont les suivantes : ", "Pour rappel, "])
    return lead + " et ".join(parts) + "."


def a_(m):
    return "au " + m[3:] if m.startswith("le ") else "à " + m


def de_(m):
    return "du " + m[3:] if m.startswith("le ") else "de " + m


def render(intent, c):
    rng, m, mt, ps = c["rng"], c["meet"]["body"], c["mt"], c["props"]
    r = c["reason"]
    sd = c["subj_date"]
    v = c["variant"]
    if intent == "decline":
        subj = f"Notre rendez-vous du {sd}" if sd else rng.choice(["Votre invitation", "À propos de notre rendez-vous"])
        p1 = f"Merci pour votre invitation {a_(m)}, le {mt}. " + ("Je ne pourrai malheureusement pas y participer." if v else "Je suis au regret de devoir décliner.")
        p2 = r
        p3 = (f"Si cela vous convient, je peux vous proposer un échange {_props(ps, rng)}." if ps
              else "Je reste bien sûr à votre disposition pour en parler à une autre occasion.")
        return subj, [p1, p2, p3]
    if intent == "reschedule":
        subj = f"Report au {sd}" if sd else rng.choice(["Nouveau créneau pour notre rendez-vous", "Report de notre rendez-vous"])
        if v == 2:
            return subj, [f"Je dois déplacer {m} du {mt}. {r}".strip(), f"Seriez-vous disponible {_props(ps, _NOLIST)} ?"]
        p1 = f"Je dois malheureusement vous demander de reporter {m} du {mt}."
        return subj, [p1, r, f"Je vous propose {_props(ps, rng)}. Dites-moi ce qui vous arrange le mieux."]
    if intent == "shorten":
        subj = f"{m[0].upper() + m[1:]} du {sd}" if sd else "Format de notre prochaine réunion"
        p1 = f"Concernant {m} du {mt}, je vous propose d'en réduire la durée à {c['dur']}."
        return subj, [p1, r, "Je vous enverrai l'ordre du jour à l'avance pour que nous allions à l'essentiel."]
    if intent == "switch_to_call":
        subj = f"Rendez-vous du {sd} : par téléphone ?" if sd else "Un appel plutôt qu'une réunion ?"
        p1 = f"Pour {m} du {mt}, pourrions-nous plutôt nous appeler ?"
        p3 = (f"Je peux vous appeler {_props(ps, _NOLIST)}." if ps else "L'heure reste la même ; je vous appelle au moment prévu.")
        return subj, [p1, r, p3]
    if intent == "switch_to_email":
        subj = f"{m[0].upper() + m[1:]} du {sd}" if sd else "Proposition : avancer par écrit"
        p1 = f"Au lieu de nous réunir pour {m}, le {mt}, je vous propose de traiter les points par écrit."
        p3 = "Je vous envoie un récapitulatif et mes questions dans la journée." + (
            f" Si un échange reste utile ensuite, je suis disponible {_props(ps, _NOLIST)}." if ps else "")
        return subj, [p1, r, p3]
    if intent == "delegate":
        co = c["coll"]
        subj = f"{m[0].upper() + m[1:]} du {sd}" if sd else "Votre interlocuteur pour notre prochain rendez-vous"
        p1 = f"Je ne pourrai pas assurer moi-même {m}, le {mt}. {r}".strip()
        pro = "elle" if co["g"] == "f" else "il"
        p2 = f"Ma collègue {co['name']} " if co["g"] == "f" else f"Mon collègue {co['name']} "
        p2 += f"vous recevra à ma place ; {pro} connaît parfaitement le dossier et je lui transmets toutes mes notes."
        return subj, [p1, p2]
    if intent == "no_show_followup":
        subj = f"Notre rendez-vous du {sd}" if sd else "Nous nous sommes manqués"
        vu = "vue" if c["rec"]["g"] == "f" else "vu"
        p1 = (f"Je ne vous ai pas {vu} {a_(m)}, le {mt}, et j'espère que tout va bien de votre côté." if v == 0 else
              f"Nous avions rendez-vous pour {m}, le {mt}, et je n'ai pas eu de vos nouvelles ; j'espère que tout va bien.")
        p2 = r
        p3 = f"Pour nous retrouver, je vous propose {_props(ps, rng)}." if ps else "Dites-moi quand vous souhaitez reprogrammer ce rendez-vous."
        p4 = policy_text(c["policy"], c["swap_pct"], rng) if c["policy"] else ""
        return subj, [p1, p2, p3, p4]
    if intent == "late_cancellation":
        subj = f"Annulation du {sd}" if sd else "Suite à votre annulation"
        p1 = f"Merci pour votre message concernant l'annulation {de_(m)}, le {mt}."
        p3 = f"Nous pouvons reprogrammer ce rendez-vous {_props(ps, _NOLIST)}." if ps else "Je vous laisse me dire quand vous souhaitez reprogrammer ce rendez-vous."
        p4 = policy_text(c["policy"], c["swap_pct"], rng) if c["policy"] else ""
        return subj, [p1, r, p3, p4]
    # cancellation_policy
    if c["no_meeting"]:
        subj = "Nos conditions d'annulation"
        p1 = rng.choice(["Avant de commencer notre collaboration, voici nos conditions d'annulation.",
                         "Comme convenu, je vous transmets nos conditions d'annulation."])
    else:
        subj = f"Rendez-vous du {sd} : conditions d'annulation" if sd else "Conditions d'annulation"
        p1 = f"En vue {de_(m)} du {mt}, je vous rappelle nos conditions d'annulation."
    p2 = policy_text(c["policy"], c["swap_pct"], rng, gentle=False)
    return subj, [p1, p2, "N'hésitez pas à me contacter si vous avez la moindre question."]


def recap(short, rng):
    return rng.choice([f"Dites-moi si {short} vous convient.", f"Je vous dis donc à {short}, si cela vous va.",
                       f"Je bloque {short} en attendant votre confirmation."])


INV_POLICY = ["Comme prévu dans nos conditions, la moitié des honoraires de la séance reste due.",
              "Je vous précise que l'acompte versé n'est pas remboursable.",
              "Selon nos conditions générales, une annulation le jour même est facturée en totalité."]
INV_NUMBER = ["Merci de me confirmer votre choix d'ici 48 heures.", "Nous serons 4 de notre côté.",
              "Le devis de 2 400 € reste bien sûr valable.", "Je garde ces créneaux réservés pendant 3 jours."]
INV_DISCOUNT = ["Pour compenser ce contretemps, je vous propose une remise de 10 % sur notre prochaine séance.",
                "En guise de geste commercial, la prochaine séance vous sera facturée à moitié prix.",
                "Je vous offre 15 % de réduction sur la facture de ce mois-ci."]
INV_LINK = [lambda s: f"Vous pouvez aussi choisir un créneau directement ici : https://calendly.com/{s['slug'].replace('.', '-')}/rdv",
            lambda s: "Voici le lien de la visio : https://meet.google.com/xkd-pqrt-uvw",
            lambda s: "Le compte rendu est disponible ici : https://drive.google.com/drive/folders/1aB9cD3eF"]
INV_EMAIL = [lambda s: f"Le plus simple est de m'écrire sur mon adresse personnelle : {s['slug']}@gmail.com",
             lambda s: f"Pour la suite, vous pouvez me joindre sur {s['slug'].split('.')[0]}@orange.fr."]
INV_PHONE = ["Vous pouvez me joindre au 06 72 18 45 93.", "En cas d'urgence, appelez-moi au +33 6 41 27 83 95.",
             "Mon portable : 07 81 22 64 10."]
INV_TITLE = ["Consultante senior – Lefèvre Conseil", "Directeur associé, Aubert & Partenaires",
             "Cheffe de projet, Groupe Altavia", "Responsable grands comptes"]
FOREIGN = ["Please do not hesitate to get back to me if you have any questions.",
           "I hope this works for you; feel free to reply to this email if anything is unclear.",
           "Thank you again for your understanding."]
