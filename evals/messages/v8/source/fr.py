"""French client messages of the v8 set, written by hand (data-w, 7 December 2026). People and firms are made up."""

from __future__ import annotations

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Gwénaëlle Le Bihan", "g.lebihan@syndic-presquile.fr"),
            "To": ("Jérôme Fabre-Nicolas", "jerome@fabre-thermique.fr"),
            "Subject": "Copropriété Les Goélands – AG extraordinaire (audit énergétique)",
            "Date": "Thu, 03 Dec 2026 11:04:00 +0100",
            "Message-ID": "<20261203110400.4471@syndic-presquile.fr>",
        },
        "body": """
Bonjour Monsieur Fabre-Nicolas,

Suite à la remise de votre audit énergétique, le conseil syndical souhaiterait que vous présentiez vos
conclusions aux copropriétaires lors de l'assemblée générale extraordinaire du mardi 15 décembre à 18 h 30,
salle polyvalente de Saint-Nazaire (3 rue des Mouettes). L'accueil se fera dès 18h et la séance devrait durer
environ deux heures.

Une vingtaine de minutes de présentation suffiraient, suivies des questions. Pourriez-vous me confirmer votre
venue avant le 10/12, que je puisse l'inscrire à l'ordre du jour envoyé aux copropriétaires ?

Bien cordialement,

Gwénaëlle Le Bihan
Gestionnaire de copropriété
Syndic de la Presqu'île – 02 40 00 17 23
""",
        "label": {
            "recipient_name": "Gwénaëlle Le Bihan", "recipient_name_alternatives": [],
            "sender_name": "Jérôme Fabre-Nicolas", "sender_name_alternatives": ["Monsieur Fabre-Nicolas"],
            "meeting": "l'assemblée générale extraordinaire",
            "meeting_alternatives": ["assemblée générale extraordinaire", "AG extraordinaire"],
            "meeting_time": "mardi 15 décembre à 18 h 30", "meeting_time_iso": "2026-12-15T18:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "002.txt",
        "text": """
Coucou Amandine !! désolé de te prévenir si tard mais le plombier m'a calé son intervention pile
sur notre visite de l'appart prévue lundi 9h 😩 Est-ce qu'on pourrait décaler à mardi 8 en fin d'aprem, genre 17h ?
Sinon jeudi 10 entre midi et deux ça m'irait aussi. Dis-moi ce qui t'arrange
Loïc

Envoyé depuis mon mobile Orange
""",
        "label": {
            "recipient_name": "Loïc", "recipient_name_alternatives": [],
            "sender_name": "Amandine", "sender_name_alternatives": [],
            "meeting": "notre visite de l'appart",
            "meeting_alternatives": ["visite de l'appart"],
            "meeting_time": "lundi 9h", "meeting_time_iso": "2026-12-07T09:00",
            "proposed_times": ["mardi 8 en fin d'aprem, genre 17h", "jeudi 10 entre midi et deux"],
            "proposed_times_iso": ["2026-12-08T17:00", "2026-12-10T12:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Bénédicte Aubry-Lacombe", "benedicte.aubry@orange.fr"),
            "To": ("Sandrine Morel", "contact@sandrinemorel-coaching.fr"),
            "Subject": "Re: Confirmation séance du 8 décembre",
            "Date": "Tue, 08 Dec 2026 14:12:00 +0100",
            "Message-ID": "<CAf8a1Qz9e@mail.gmail.com>",
            "In-Reply-To": "<61c2.confirm@sandrinemorel-coaching.fr>",
        },
        "body": """
Bonjour Sandrine,

Je suis désolée, je dois annuler notre séance de coaching parental de ce soir 19h : ma fille a de la fièvre et je n'ai
personne pour la garder. Je sais que c'est très tard. Je suppose que la séance reste due ? Dites-moi, je
préfère régler ça proprement.

Je vous recontacte dès que possible pour caler la suite.

Bénédicte

Le lun. 7 déc. 2026 à 09:30, Sandrine Morel <contact@sandrinemorel-coaching.fr> a écrit :
> Bonjour Bénédicte,
> Je vous confirme notre séance de mardi 8 décembre à 19h00, en visio comme d'habitude.
> Belle journée,
> Sandrine
""",
        "label": {
            "recipient_name": "Bénédicte Aubry-Lacombe", "recipient_name_alternatives": ["Bénédicte"],
            "sender_name": "Sandrine Morel", "sender_name_alternatives": ["Sandrine"],
            "meeting": "notre séance de coaching parental",
            "meeting_alternatives": ["séance de coaching parental", "la séance", "séance du 8 décembre"],
            "meeting_time": "ce soir 19h", "meeting_time_iso": "2026-12-08T19:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": "Le lun. 7 déc. 2026 à 09:30, Sandrine Morel <contact@sandrinemorel-coaching.fr> a écrit :",
        },
    },
    {
        "file": "004.eml",
        "headers": {
            "From": ("Didier Castagné", "d.castagne@groupe-aeroval.fr"),
            "To": ("Florence Nguyen", "florence.nguyen@rh-conseil-occitanie.fr"),
            "Subject": "TR: Invitation : Comité de pilotage SIRH – jeudi 17 décembre",
            "Date": "Fri, 04 Dec 2026 17:20:00 +0100",
            "Message-ID": "<AM0PR09MB4471.eurprd09.prod.outlook.com>",
        },
        "body": """
Florence,

Je vous transfère l'invitation de notre DRH. Je serai en déplacement à Hambourg ce jour-là : pourriez-vous y
aller à ma place et présenter l'avancement du déploiement ? Merci de me dire avant mercredi midi si c'est
possible pour vous.

Didier

________________________________
De : Martine Soulé <m.soule@groupe-aeroval.fr>
Envoyé : vendredi 4 décembre 2026 16:47
À : Didier Castagné <d.castagne@groupe-aeroval.fr>; Comité SIRH <copil-sirh@groupe-aeroval.fr>
Objet : Invitation : Comité de pilotage SIRH – jeudi 17 décembre

Bonjour à tous,

Le prochain comité de pilotage SIRH se tiendra le jeudi 17 décembre 2026 de 9h30 à 11h30, salle Garonne
(bâtiment B, Blagnac). Ordre du jour : bilan de la bascule paie, planning 2027, points divers.

Martine Soulé
Direction des ressources humaines
""",
        "label": {
            "recipient_name": "Didier Castagné", "recipient_name_alternatives": ["Didier"],
            "sender_name": "Florence Nguyen", "sender_name_alternatives": ["Florence"],
            "meeting": "Comité de pilotage SIRH",
            "meeting_alternatives": ["comité de pilotage SIRH", "Le prochain comité de pilotage SIRH",
                                     "comité de pilotage"],
            "meeting_time": "le jeudi 17 décembre 2026 de 9h30 à 11h30", "meeting_time_iso": "2026-12-17T09:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "005.txt",
        "text": """
Bonjour Mme Tessier,

Nous avons vu votre travail sur Instagram et aimerions réserver une séance photo de famille en extérieur
(nous sommes quatre plus le chien). Avant de réserver, une question : quelles sont vos conditions
d'annulation ? S'il pleut ou si un enfant tombe malade et que nous devons annuler 48 h avant, l'acompte de
30 % est-il perdu, ou peut-on simplement reporter ?

Merci d'avance,
Ophélie Benyamina
06 12 00 45 98
""",
        "label": {
            "recipient_name": "Ophélie Benyamina", "recipient_name_alternatives": ["Ophélie"],
            "sender_name": "Tessier", "sender_name_alternatives": ["Mme Tessier"],
            "meeting": "une séance photo de famille",
            "meeting_alternatives": ["séance photo de famille", "séance photo de famille en extérieur"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Véronique Dethier", "v.dethier@dethier-freres.be"),
            "To": ("Mathieu Lambotte", "m.lambotte@fiduciaire-lambotte.be"),
            "Subject": "RE: Clôture des comptes 2026",
            "Date": "Mon, 07 Dec 2026 08:52:00 +0100",
            "Message-ID": "<DB9PR02MB7312.eurprd02.prod.outlook.com>",
            "In-Reply-To": "<5e11ab.lambotte@fiduciaire-lambotte.be>",
        },
        "charset": "iso-8859-1",
        "body": """
Bonjour Monsieur Lambotte,

Notre gérant ne rentrera de Lyon que le 14 au soir ; nous souhaiterions dès lors
reporter la réunion de clôture des comptes prévue le lundi 14 décembre à 10h00. Seriez-vous disponible le mercredi 16/12 à 14h30,
ou à défaut le vendredi 18/12 dans la matinée ?

Nos bureaux sont ouverts de 8h à 16h30 si vous préférez en parler par téléphone.

Bien à vous,

Véronique Dethier
Assistante de direction
Dethier Frères SA - Chaussée de Liège 212, 5100 Namur
Tél. +32 81 00 44 12

Ce message et ses éventuelles annexes sont confidentiels et destinés exclusivement à leur destinataire.
Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.

________________________________
De : Mathieu Lambotte <m.lambotte@fiduciaire-lambotte.be>
Envoyé : mercredi 2 décembre 2026 15:10
À : Véronique Dethier <v.dethier@dethier-freres.be>
Objet : Clôture des comptes 2026

Madame Dethier,
Comme convenu, je vous propose de faire le point sur la clôture le lundi 14 décembre à 10h00 dans vos locaux.
Cordialement,
Mathieu Lambotte
""",
        "label": {
            "recipient_name": "Véronique Dethier", "recipient_name_alternatives": [],
            "sender_name": "Mathieu Lambotte", "sender_name_alternatives": ["Lambotte", "Monsieur Lambotte"],
            "meeting": "la réunion de clôture des comptes",
            "meeting_alternatives": ["Clôture des comptes 2026", "réunion", "clôture des comptes"],
            "meeting_time": "le lundi 14 décembre à 10h00", "meeting_time_iso": "2026-12-14T10:00",
            "proposed_times": ["le mercredi 16/12 à 14h30", "le vendredi 18/12 dans la matinée"],
            "proposed_times_iso": ["2026-12-16T14:30", "2026-12-18"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "De : Mathieu Lambotte <m.lambotte@fiduciaire-lambotte.be>",
        },
    },
    {
        "file": "007.txt",
        "text": """
Bonjour Monsieur Girard,

Je reviens vers vous au sujet de notre session de formation « Excel avancé » du lundi 21/12 (9h-17h) pour
six personnes de l'équipe logistique. Suite à l'arbitrage budgétaire de vendredi, la direction nous demande
de la reporter sur le premier trimestre : je dois donc l'annuler pour décembre. Nous reprendrons contact
courant janvier pour fixer une nouvelle date ; pour info notre service est fermé du 24/12 au 4/01.

Toutes mes excuses pour ce contretemps.

--
Élodie Marchetti
Responsable formation
Transports Vial SAS – Vénissieux
""",
        "label": {
            "recipient_name": "Élodie Marchetti", "recipient_name_alternatives": ["Élodie"],
            "sender_name": "Girard", "sender_name_alternatives": ["Monsieur Girard"],
            "meeting": "notre session de formation « Excel avancé »",
            "meeting_alternatives": ["session de formation", "formation « Excel avancé »", "Excel avancé"],
            "meeting_time": "lundi 21/12 (9h-17h)", "meeting_time_iso": "2026-12-21T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Thérèse Kerhervé", "therese.kerherve@laposte.net"),
            "To": ("Anne Guillou", "a.guillou@notaires-quimper.fr"),
            "Subject": "Rendez-vous manqué",
            "Date": "Tue, 08 Dec 2026 09:15:00 +0100",
            "Message-ID": "<1e7f-3b0a-therese@laposte.net>",
        },
        "cte": "base64",
        "body": """
Chère Maître,

Je suis vraiment confuse : j'ai complètement oublié notre rendez-vous d'hier après-midi à 15h
pour la déclaration de succession de mon frère. Je n'ai vu votre message sur mon répondeur qu'en rentrant, vers 19h.

Serait-il possible de me recevoir jeudi matin vers 10h ? Sinon je m'adapterai à vos disponibilités.

Avec mes excuses renouvelées,
Thérèse Kerhervé

Envoyé de mon iPad
""",
        "label": {
            "recipient_name": "Thérèse Kerhervé", "recipient_name_alternatives": [],
            "sender_name": "Anne Guillou", "sender_name_alternatives": [],
            "meeting": "la déclaration de succession",
            "meeting_alternatives": ["notre rendez-vous", "déclaration de succession", "rendez-vous",
                                     "la déclaration de succession de mon frère", "Rendez-vous manqué"],
            "meeting_time": "hier après-midi à 15h", "meeting_time_iso": "2026-12-07T15:00",
            "proposed_times": ["jeudi matin vers 10h"], "proposed_times_iso": ["2026-12-10T10:00"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
        },
    },
    {
        "file": "009.txt",
        "text": """
Bonjour,

C'est noté pour l'atelier RGPD, je vous confirme ma présence le 17 à 14h, ainsi que celle de ma collègue
Samia Haddad (samia.haddad@cabinet-verdier.fr). Pourriez-vous nous envoyer l'ordre du jour d'ici là ?

Merci,
Yannick Roussel
Cabinet Verdier & Associés
""",
        "label": {
            "recipient_name": "Yannick Roussel", "recipient_name_alternatives": ["Yannick"],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "l'atelier RGPD", "meeting_alternatives": ["atelier RGPD"],
            "meeting_time": "le 17 à 14h", "meeting_time_iso": "2026-12-17T14:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
        },
    },
    {
        "file": "010.txt",
        "text": """
Bonjour Baptiste,

Merci pour la maquette, on a hâte de voir la suite ! Pour le point d'étape sur le nouveau site, je vous
propose soit le mardi 12 janvier à 11 h, soit le jeudi 14 janvier à 16 h 15 (en visio, une heure maxi).
Les fêtes tombent mal, sinon je vous aurais proposé avant.

Bonne fin de journée,
Pauline

Pauline Estève – La Ferme des Trois Chênes
""",
        "label": {
            "recipient_name": "Pauline Estève", "recipient_name_alternatives": ["Pauline"],
            "sender_name": "Baptiste", "sender_name_alternatives": [],
            "meeting": "le point d'étape sur le nouveau site",
            "meeting_alternatives": ["point d'étape", "point d'étape sur le nouveau site"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": ["le mardi 12 janvier à 11 h", "le jeudi 14 janvier à 16 h 15"],
            "proposed_times_iso": ["2027-01-12T11:00", "2027-01-14T16:15"],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
]
