"""v5 French client messages (hand-written by data-k; France, Belgium, Québec)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.txt", "text": """
Salut Margaux !
Tu serais dispo jeudi prochain (le 17) vers 10h15 pour qu'on cale le plan de com' du salon Maison&Déco ? Sinon le vendredi 18 en fin de matinée ça me va aussi.
Bises,
Anaïs

Envoyé de mon iPhone
""", "label": {"recipient_name": "Anaïs", "sender_name": "Margaux", "meeting": "le plan de com' du salon Maison&Déco",
              "meeting_alternatives": ["plan de com' du salon Maison&Déco", "salon Maison&Déco"],
              "meeting_time": "jeudi prochain (le 17) vers 10h15", "meeting_time_iso": "2026-12-17T10:15",
              "proposed_times": ["le vendredi 18 en fin de matinée"], "proposed_times_iso": ["2026-12-18"],
              "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.eml", "headers": {
        "From": ("Géraldine Duchêne-Mériaux", "g.duchene-meriaux@verrerie-aubertin.fr"),
        "To": ("Baptiste Roussel", "baptiste@roussel-conseil.fr"),
        "Subject": "Report du comité de pilotage du 8 décembre",
        "Date": "Thu, 03 Dec 2026 16:20:00 +0100", "Message-ID": "<20261203162000.4471@verrerie-aubertin.fr>"},
     "body": """
Bonjour Monsieur Roussel,

Je suis au regret de devoir vous demander de décaler notre comité de pilotage prévu le 08/12/2026 à 14h00 : notre directeur financier sera en déplacement à Lyon.

Serait-il possible de le reporter au lundi 14/12 de 9h30 à 11h, ou à défaut au mercredi 16 décembre après 15h ? Merci de me confirmer votre choix d'ici vendredi midi.

Bien cordialement,

Géraldine Duchêne-Mériaux
Responsable des achats – Verrerie Aubertin SA
Tél. : +33 3 26 41 77 02

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.
""", "label": {"recipient_name": "Géraldine Duchêne-Mériaux", "recipient_name_alternatives": ["Géraldine"],
              "sender_name": "Baptiste Roussel", "sender_name_alternatives": ["Monsieur Roussel", "Roussel"],
              "meeting": "notre comité de pilotage", "meeting_alternatives": ["comité de pilotage"],
              "meeting_time": "le 08/12/2026 à 14h00", "meeting_time_iso": "2026-12-08T14:00",
              "proposed_times": ["lundi 14/12 de 9h30 à 11h", "mercredi 16 décembre après 15h"],
              "proposed_times_iso": ["2026-12-14T09:30", "2026-12-16T15:00"],
              "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "003.txt", "text": """
Bonjour Maître,

Désolé de vous prévenir si tard : je ne pourrai pas venir au rendez-vous de ce lundi 7 à 8h45 pour la succession de ma mère, ma fille est malade. Je vous rappelle dans la semaine pour fixer une autre date.

Respectueusement,
Jean-Pierre Vautrin
06 12 48 90 33
""", "label": {"recipient_name": "Jean-Pierre Vautrin", "sender_name": None,
              "meeting": "la succession de ma mère", "meeting_alternatives": ["succession de ma mère", "rendez-vous"],
              "meeting_time": "ce lundi 7 à 8h45", "meeting_time_iso": "2026-12-07T08:45",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "cancellation", "suggested_intents": ["late_cancellation"]}},
    {"file": "004.eml", "headers": {
        "From": ("Noémie Castaing", "n.castaing@groupe-lacombe.fr"),
        "To": ("Thibault Nguyen", "thibault.nguyen@tn-strategie.fr"),
        "Subject": "TR: Atelier stratégie 2027",
        "Date": "Fri, 04 Dec 2026 08:37:00 +0100", "Message-ID": "<a81f20c4-77e1@groupe-lacombe.fr>"},
     "body": """
Bonjour Thibault,

Je vous transfère l'invitation de notre DG pour l'atelier stratégie 2027. Votre présence serait précieuse, même une heure.

Noémie

De : Hubert Lacombe <h.lacombe@groupe-lacombe.fr>
Envoyé : mercredi 2 décembre 2026 11:04
À : Noémie Castaing <n.castaing@groupe-lacombe.fr>
Objet : Atelier stratégie 2027

Bonjour à tous,

L'atelier stratégie 2027 aura lieu le mardi 15 décembre de 9 h à 12 h 30, salle Vauban (3e étage). Merci de confirmer votre participation avant le 10/12.

Hubert Lacombe
Directeur général
""", "label": {"recipient_name": "Noémie Castaing", "recipient_name_alternatives": ["Noémie"],
              "sender_name": "Thibault Nguyen", "sender_name_alternatives": ["Thibault"],
              "meeting": "l'atelier stratégie 2027", "meeting_alternatives": ["atelier stratégie 2027", "Atelier stratégie 2027"],
              "meeting_time": "le mardi 15 décembre de 9 h à 12 h 30", "meeting_time_iso": "2026-12-15T09:00",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "invitation", "suggested_intents": INV}},
    {"file": "005.txt", "text": """
Bonjour Madame Lestrade,

Je viens de réaliser que j'ai complètement raté notre séance de coaching d'hier 17h30... Je suis vraiment confus, j'étais coincé sur l'A7. Est-ce qu'on peut se voir mardi 8 ou mercredi 9 en fin de journée ?

Cordialement
Loïc B.

--
Envoyé depuis Outlook pour Android
""", "label": {"recipient_name": "Loïc B.", "recipient_name_alternatives": ["Loïc"],
              "sender_name": "Lestrade", "sender_name_alternatives": ["Madame Lestrade"],
              "meeting": "notre séance de coaching", "meeting_alternatives": ["séance de coaching"],
              "meeting_time": "hier 17h30", "meeting_time_iso": "2026-12-05T17:30",
              "proposed_times": ["mardi 8", "mercredi 9 en fin de journée"], "proposed_times_iso": ["2026-12-08", "2026-12-09"],
              "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "006.eml", "headers": {
        "From": ("Stéphanie Dewaele", "stephanie@brasserie-dewaele.be"),
        "To": ("Étienne Faucher", "etienne.faucher@faucher-sophro.be"),
        "Subject": "Conditions d'annulation ?",
        "Date": "Sat, 05 Dec 2026 10:15:00 +0100", "Message-ID": "<CAF9x2k1@mail.brasserie-dewaele.be>"},
     "body": """
Bonjour Monsieur Faucher,

Avant de réserver les trois séances de janvier, pourriez-vous m'indiquer vos conditions d'annulation ? Si je dois annuler la veille, est-ce que la séance est due ? Et jusqu'à combien d'heures avant puis-je déplacer sans frais ?

Je suis joignable au bureau du lundi au jeudi de 8h30 à 16h.

Merci d'avance et bon week-end,
Stéphanie Dewaele
Assistante de direction
Brasserie Dewaele & Fils – Tournai
""", "label": {"recipient_name": "Stéphanie Dewaele", "recipient_name_alternatives": ["Stéphanie"],
              "sender_name": "Étienne Faucher", "sender_name_alternatives": ["Monsieur Faucher"],
              "meeting": None, "meeting_alternatives": [], "meeting_time": None, "meeting_time_iso": None,
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "policy_question", "suggested_intents": ["cancellation_policy"]}},
    {"file": "007.txt", "text": """
Bonjour Hélène,

Merci pour votre devis de formation. Pourriez-vous le refaire au nom de la SARL Atelier Brun plutôt qu'au mien, et l'envoyer à compta@atelier-brun.fr ? Notre comptabilité clôture le 18/12 à midi.

Belle journée,
Cédric Brun
Atelier Brun Menuiserie
""", "label": {"recipient_name": "Cédric Brun", "recipient_name_alternatives": ["Cédric"],
              "sender_name": "Hélène", "meeting": None, "meeting_alternatives": [],
              "meeting_time": None, "meeting_time_iso": None, "proposed_times": [], "proposed_times_iso": [],
              "kind": "other", "suggested_intents": []}},
    {"file": "008.eml", "headers": {
        "From": ("François Bélanger", "f.belanger@groupelaurentide.ca"),
        "To": ("Mélanie Gagnon", "melanie@gagnon-formation.ca"),
        "Subject": "RE: Formation Power BI niveau 2",
        "Date": "Tue, 01 Dec 2026 14:02:00 -0500", "Message-ID": "<YT2PR01MB7731@groupelaurentide.ca>",
        "In-Reply-To": "<CAOx77Qm@gagnon-formation.ca>"},
     "body": """
Bonjour Mélanie,

Finalement, on doit annuler la formation Power BI niveau 2 du 21 décembre (13 h à 16 h) : le budget de formation est gelé jusqu'en février. On vous recontacte au retour des Fêtes.

Merci de votre compréhension,

François Bélanger
Coordonnateur RH, Groupe Laurentide


Le lun. 30 nov. 2026, à 09 h 12, Mélanie Gagnon <melanie@gagnon-formation.ca> a écrit :
> Bonjour François,
> Je vous confirme la formation du lundi 21 décembre de 13 h à 16 h, dans vos locaux de Laval.
> Mélanie
""", "label": {"recipient_name": "François Bélanger", "recipient_name_alternatives": ["François"],
              "sender_name": "Mélanie Gagnon", "sender_name_alternatives": ["Mélanie"],
              "meeting": "la formation Power BI niveau 2", "meeting_alternatives": ["formation Power BI niveau 2", "Formation Power BI niveau 2"],
              "meeting_time": "21 décembre (13 h à 16 h)", "meeting_time_iso": "2026-12-21T13:00",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "cancellation", "suggested_intents": ["reschedule"],
              "quoted_from": "Le lun. 30 nov. 2026, à 09 h 12, Mélanie Gagnon <melanie@gagnon-formation.ca> a écrit :"}},
    {"file": "009.eml", "charset": "iso-8859-1", "headers": {
        "From": ("Véronique Maréchal", "v.marechal@transports-marechal.fr"),
        "To": ("Arnaud Lefranc", "arnaud@lefranc-ingenierie.fr"),
        "Subject": "Projet d'extension – entrepôt de Roissy",
        "Date": "Thu, 03 Dec 2026 18:45:00 +0100", "Message-ID": "<000b01db4571$9f2e@transports-marechal.fr>"},
     "body": """
Arnaud,

Suite à notre échange au salon, je souhaiterais vous présenter notre projet d'extension de l'entrepôt de Roissy. Seriez-vous disponible pour une visioconférence d'une heure le 11/12 à 10 h 30 ? Si ce créneau ne convient pas, je peux aussi le lundi 14 entre 14 h et 17 h.

Notre standard est ouvert de 8 h à 18 h au 01 48 62 30 00.

Cordialement,
Véronique Maréchal
Directrice logistique, Transports Maréchal
""", "label": {"recipient_name": "Véronique Maréchal", "recipient_name_alternatives": ["Véronique"],
              "sender_name": "Arnaud Lefranc", "sender_name_alternatives": ["Arnaud"],
              "meeting": "notre projet d'extension de l'entrepôt de Roissy",
              "meeting_alternatives": ["projet d'extension de l'entrepôt de Roissy", "une visioconférence d'une heure", "visioconférence"],
              "meeting_time": "le 11/12 à 10 h 30", "meeting_time_iso": "2026-12-11T10:30",
              "proposed_times": ["le lundi 14 entre 14 h et 17 h"], "proposed_times_iso": ["2026-12-14T14:00"],
              "kind": "invitation", "suggested_intents": INV}},
    {"file": "010.txt", "text": """
Coucou Inès, on peut décaler notre déj de mardi 12h30 ? Mercredi même heure ça t'irait ? Bisous, Clémence
""", "label": {"recipient_name": "Clémence", "sender_name": "Inès",
              "meeting": "notre déj", "meeting_alternatives": ["déj"],
              "meeting_time": "mardi 12h30", "meeting_time_iso": "2026-12-08T12:30",
              "proposed_times": ["Mercredi même heure"], "proposed_times_iso": ["2026-12-09T12:30"],
              "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
]
