"""French v3 client messages and their labels, written by hand by data-f (held out)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.txt", "text": """
Salut Mathilde,

Ça te dirait qu'on se voie jeudi vers 15h pour parler du stand au salon de Lille ? On pourrait faire ça au café en bas de chez vous.

Par contre il me faut ton devis avant mercredi midi, sinon la compta va me tuer 😅

Bises,
Noémie

Envoyé de mon iPhone
""", "label": {
        "recipient_name": "Noémie", "sender_name": "Mathilde",
        "meeting": "stand au salon de Lille",
        "meeting_alternatives": ["parler du stand au salon de Lille", "du stand au salon de Lille"],
        "meeting_time": "jeudi vers 15h", "meeting_time_iso": "2026-12-10T15:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "002.eml", "headers": {
        "From": ("Françoise Lebœuf-Marchal", "f.leboeuf@varennes-immo.fr"),
        "To": ("Antoine Dufresne", "antoine@dufresne-thermique.fr"),
        "Subject": "RE: Audit énergétique du siège – rendez-vous du 8 décembre",
        "Date": "Tue, 01 Dec 2026 17:45:00 +0100",
        "Message-ID": "<VI1PR09MB4471C2@varennes-immo.fr>",
        "In-Reply-To": "<20261123091201.77f1@dufresne-thermique.fr>"},
     "body": """
Monsieur Dufresne,

Je suis au regret de devoir vous demander de décaler notre rendez-vous pour l'audit énergétique du siège, prévu le mardi 8 décembre à 10h, notre directeur technique étant retenu en Allemagne toute la semaine.

Pourriez-vous nous recevoir le lundi 14 décembre à 10h ou, à défaut, le mardi 15 décembre à 14h30 ?

Vous remerciant par avance de votre compréhension, je vous prie d'agréer, Monsieur, mes salutations distinguées.

Françoise Lebœuf-Marchal
Assistante de direction – Groupe Varennes Immobilier
Standard ouvert du lundi au vendredi de 8h30 à 17h30
Tél. 03 80 41 22 90

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer.

-----Message d'origine-----
De : Antoine Dufresne <antoine@dufresne-thermique.fr>
Envoyé : lundi 23 novembre 2026 09:12
À : Françoise Lebœuf-Marchal <f.leboeuf@varennes-immo.fr>
Objet : Audit énergétique du siège – rendez-vous du 8 décembre

Madame,

Je vous confirme notre rendez-vous du mardi 8 décembre à 10h pour l'audit énergétique de votre siège, 12 rue Chabot-Charny.

Cordialement,
Antoine Dufresne
""", "label": {
        "recipient_name": "Françoise Lebœuf-Marchal", "sender_name": "Antoine Dufresne",
        "sender_name_alternatives": ["Monsieur Dufresne", "Dufresne"],
        "meeting": "l'audit énergétique du siège",
        "meeting_alternatives": ["audit énergétique du siège", "notre rendez-vous pour l'audit énergétique du siège",
                                 "notre rendez-vous"],
        "meeting_time": "le mardi 8 décembre à 10h", "meeting_time_iso": "2026-12-08T10:00",
        "proposed_times": ["le lundi 14 décembre à 10h", "le mardi 15 décembre à 14h30"],
        "proposed_times_iso": ["2026-12-14T10:00", "2026-12-15T14:30"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        "quoted_from": "-----Message d'origine-----"}},

    {"file": "003.txt", "text": """
Bonjour Mme Charpentier,
Désolé je ne pourrai pas venir à la séance de kiné de demain 8h15, mon fils a de la fièvre. Je sais que c'est tard, est-ce que je dois quand même payer la séance ?
Cordialement
Gilles Moreau

Envoyé depuis mon smartphone Samsung Galaxy
""", "label": {
        "recipient_name": "Gilles Moreau", "sender_name": "Charpentier",
        "sender_name_alternatives": ["Mme Charpentier"],
        "meeting": "la séance de kiné", "meeting_alternatives": ["séance de kiné"],
        "meeting_time": "demain 8h15", "meeting_time_iso": "2026-12-07T08:15",
        "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
        "suggested_intents": ["late_cancellation", "cancellation_policy"]}},

    {"file": "004.eml", "headers": {
        "From": ("Hélène Quéré", "h.quere@maison-dorval.fr"),
        "To": ("Paul-Émile Roussel", "pe.roussel@roussel-conseil.fr"),
        "Subject": "TR: Invitation : Comité de pilotage ERP – phase 2",
        "Date": "Thu, 03 Dec 2026 11:05:00 +0100",
        "Message-ID": "<a81c3f2e-55d0-4f0e-9a6b-dorval@maison-dorval.fr>"},
     "body": """
Bonjour Paul-Émile,

Je vous transfère l'invitation de notre DSI : nous aimerions beaucoup que vous soyez présent, c'est vous qui avez mené la phase 1. Dites-moi si le créneau vous va.

Bien à vous,
Hélène

Hélène Quéré
Cheffe de projet SI – Maison Dorval
Merci de répondre avant vendredi 17h, la salle doit être réservée.

-------- Message transféré --------
De : Samuel Ngata <s.ngata@maison-dorval.fr>
Date : mer. 2 déc. 2026 à 18:20
Objet : Invitation : Comité de pilotage ERP – phase 2
À : Hélène Quéré <h.quere@maison-dorval.fr>

Comité de pilotage ERP – phase 2
Quand : jeudi 17 décembre 2026 de 9h30 à 11h30 (heure de Paris)
Où : salle Garonne, 3e étage

Ordre du jour : bilan de la recette, planning de bascule.
""", "calendar": """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Maison Dorval//Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:copil-erp-p2-20261217@maison-dorval.fr
DTSTAMP:20261202T172000Z
DTSTART;TZID=Europe/Paris:20261217T093000
DTEND;TZID=Europe/Paris:20261217T113000
SUMMARY:Comité de pilotage ERP – phase 2
LOCATION:Salle Garonne
ORGANIZER;CN=Samuel Ngata:mailto:s.ngata@maison-dorval.fr
END:VEVENT
END:VCALENDAR
""", "label": {
        "recipient_name": "Hélène Quéré", "recipient_name_alternatives": ["Hélène"],
        "sender_name": "Paul-Émile Roussel", "sender_name_alternatives": ["Paul-Émile"],
        "meeting": "Comité de pilotage ERP – phase 2",
        "meeting_alternatives": ["Comité de pilotage ERP", "Invitation : Comité de pilotage ERP – phase 2"],
        "meeting_time": "jeudi 17 décembre 2026 de 9h30 à 11h30", "meeting_time_iso": "2026-12-17T09:30",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "005.txt", "text": """
Bonjour,

Nous souhaiterions réserver trois séances de coaching d'équipe en janvier. Avant de confirmer, pouvez-vous me préciser vos conditions d'annulation : jusqu'à quand peut-on annuler sans frais, et un acompte est-il demandé ?

Notre service achats doit valider le bon de commande avant le 18 décembre.

Merci d'avance,

Yasmine Haddad
Responsable RH – Transports Leclair
Tél. : 04 72 00 18 45 (joignable de 9h à 12h)
""", "label": {
        "recipient_name": "Yasmine Haddad", "recipient_name_alternatives": ["Yasmine"], "sender_name": None,
        "meeting": "séances de coaching d'équipe",
        "meeting_alternatives": ["trois séances de coaching d'équipe", "coaching d'équipe"],
        "meeting_time": None, "meeting_time_iso": None, "proposed_times": [], "proposed_times_iso": [],
        "kind": "policy_question", "suggested_intents": ["cancellation_policy"]}},

    {"file": "006.eml", "headers": {
        "From": ("Thibault Ménard", "thibault.menard@gmail.com"),
        "To": ("Sandrine Collet", "s.collet@cabinet-collet.fr"),
        "Subject": "Re: Rendez-vous bilan comptable",
        "Date": "Fri, 04 Dec 2026 09:32:00 +0100",
        "Message-ID": "<CAF3xq9Lm0ZpT@mail.gmail.com>",
        "In-Reply-To": "<20261202100401.3c2a@cabinet-collet.fr>"},
     "body": """
Bonjour Sandrine,

Toutes mes excuses pour hier 16h : j'avais bien noté notre rendez-vous pour le bilan comptable dans mon agenda... mais la semaine suivante. Je me sens bête.

Est-ce qu'on pourrait se rattraper mardi prochain à 16h, ou mercredi 9 en fin de matinée ?

Merci et encore désolé,
Thibault

Le mer. 2 déc. 2026 à 10:04, Sandrine Collet <s.collet@cabinet-collet.fr> a écrit :
> Bonjour Thibault,
> Je vous confirme notre rendez-vous de demain jeudi 3 décembre à 16h au cabinet pour le bilan comptable.
> Bonne journée,
> Sandrine
""", "label": {
        "recipient_name": "Thibault Ménard", "recipient_name_alternatives": ["Thibault"],
        "sender_name": "Sandrine Collet", "sender_name_alternatives": ["Sandrine"],
        "meeting": "notre rendez-vous pour le bilan comptable",
        "meeting_alternatives": ["bilan comptable", "le bilan comptable", "Rendez-vous bilan comptable"],
        "meeting_time": "hier 16h", "meeting_time_iso": "2026-12-03T16:00",
        "proposed_times": ["mardi prochain à 16h", "mercredi 9 en fin de matinée"],
        "proposed_times_iso": ["2026-12-08T16:00", "2026-12-09"],
        "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
        "quoted_from": "Le mer. 2 déc. 2026 à 10:04, Sandrine Collet <s.collet@cabinet-collet.fr> a écrit :"}},

    {"file": "007.txt", "text": """
Coucou Baptiste !

Petit souci pour notre séance photo de mercredi 14h : le traiteur a déplacé la dégustation pile à ce moment-là 🙄 On peut glisser à jeudi même heure ? Sinon vendredi matin c'est open pour moi.

Et pour info je serai injoignable demain entre 10h et 13h (réunion budget).

Merci !!
Lou

Envoyé de mon mobile
""", "label": {
        "recipient_name": "Lou", "sender_name": "Baptiste",
        "meeting": "notre séance photo", "meeting_alternatives": ["séance photo"],
        "meeting_time": "mercredi 14h", "meeting_time_iso": "2026-12-09T14:00",
        "proposed_times": ["jeudi même heure", "vendredi matin"],
        "proposed_times_iso": ["2026-12-10T14:00", "2026-12-11"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},

    {"file": "008.eml", "headers": {
        "From": ("Delphine Van den Broeck", "d.vandenbroeck@lambrecht.be"),
        "To": ("Julien Aubry", "julien.aubry@aubry-formation.be"),
        "Subject": "Annulation – formation Excel avancé du 16/12",
        "Date": "Mon, 07 Dec 2026 08:02:00 +0100",
        "Message-ID": "<AM0PR02MB5537E1@lambrecht.be>"},
     "html": True,
     "body": """
Bonjour Monsieur Aubry,

Suite à une réorganisation interne, nous devons malheureusement annuler la formation Excel avancé prévue le 16/12 de 9h à 17h dans nos locaux. Nous reprendrons contact en janvier pour fixer une nouvelle date.

Pourriez-vous nous confirmer qu'aucun frais ne sera facturé, l'annulation intervenant plus d'une semaine à l'avance ?

Cordialement,

Delphine Van den Broeck
Learning & Development – Brasserie Lambrecht SA
Avenue Louise 231, 1050 Bruxelles

Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.
Ce message est confidentiel et destiné uniquement à son destinataire.
""", "label": {
        "recipient_name": "Delphine Van den Broeck", "recipient_name_alternatives": ["Delphine"],
        "sender_name": "Julien Aubry", "sender_name_alternatives": ["Monsieur Aubry", "Aubry"],
        "meeting": "la formation Excel avancé", "meeting_alternatives": ["formation Excel avancé"],
        "meeting_time": "le 16/12 de 9h à 17h", "meeting_time_iso": "2026-12-16T09:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
        "suggested_intents": ["reschedule", "cancellation_policy"]}},

    {"file": "009.txt", "text": """
Bonjour Clément,

C'est noté pour lundi 14 décembre à 11h, merci. Pourriez-vous m'envoyer l'ordre du jour d'ici vendredi ? Je voudrais le faire circuler auprès de mon associé.

Bonne semaine,
Agnès Perret

Le ven. 4 déc. 2026 à 15:30, Clément Bastide <clement@bastide-avocats.fr> a écrit :
> Bonjour Madame Perret,
> Je vous propose de décaler notre point sur le bail commercial au lundi 14 décembre à 11h, au lieu du jeudi 10 à 15h.
> Bien cordialement,
> Clément Bastide
""", "label": {
        "recipient_name": "Agnès Perret", "recipient_name_alternatives": ["Agnès"],
        "sender_name": "Clément", "meeting": None, "meeting_alternatives": [],
        "meeting_time": "lundi 14 décembre à 11h", "meeting_time_iso": "2026-12-14T11:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": [],
        "quoted_from": "Le ven. 4 déc. 2026 à 15:30, Clément Bastide <clement@bastide-avocats.fr> a écrit :"}},

    {"file": "010.eml", "headers": {
        "From": ("Ghislaine Bérard", "g.berard@clinique-sainte-odile.fr"),
        "To": ("Nicolas Fournier", "n.fournier@proprete-alsace.fr"),
        "Subject": "Demande de rendez-vous – renouvellement du contrat de nettoyage",
        "Date": "Wed, 02 Dec 2026 14:47:00 +0100",
        "Message-ID": "<5f2b9e11.cso@clinique-sainte-odile.fr>"},
     "charset": "iso-8859-1",
     "body": """
Monsieur,

Notre contrat de nettoyage arrive à échéance le 31 janvier prochain. Avant de lancer une nouvelle consultation, nous souhaiterions vous rencontrer pour faire le point sur la prestation et sur vos conditions de renouvellement.

Seriez-vous disponible le jeudi 10 décembre à 14 heures, ou le vendredi 11 décembre à 9 heures 30 ? La réunion aurait lieu à notre siège et durerait environ une heure.

Dans l'attente de votre retour, je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Ghislaine Bérard
Directrice des services généraux
Clinique Sainte-Odile, 14 quai des Bateliers, 67000 Strasbourg
Accueil : du lundi au vendredi, 7h30-19h
""", "label": {
        "recipient_name": "Ghislaine Bérard", "sender_name": "Nicolas Fournier",
        "meeting": "renouvellement du contrat de nettoyage",
        "meeting_alternatives": ["Demande de rendez-vous – renouvellement du contrat de nettoyage",
                                 "faire le point sur la prestation et sur vos conditions de renouvellement"],
        "meeting_time": None, "meeting_time_iso": None,
        "proposed_times": ["le jeudi 10 décembre à 14 heures", "le vendredi 11 décembre à 9 heures 30"],
        "proposed_times_iso": ["2026-12-10T14:00", "2026-12-11T09:30"],
        "kind": "invitation", "suggested_intents": INV}},
]
