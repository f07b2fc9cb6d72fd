"""French client messages for the v9 held-out set (Geneva, Strasbourg, Montréal, Lille, Liège, Bordeaux, Nantes, Dijon)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Aurélie Mégevand", "a.megevand@fondation-leman.ch"),
            "To": ("Thomas Rivière", "thomas@riviere-traductions.ch"),
            "Subject": "Comité de relecture – rapport annuel 2026",
            "Date": "Tue, 08 Dec 2026 09:41:00 +0100",
            "Message-ID": "<20261208094100.77a1@fondation-leman.ch>",
        },
        "body": """
Bonjour Monsieur Rivière,

Comme annoncé au téléphone, nous réunissons le comité de relecture du rapport annuel le jeudi 17.12 à 14h15,
dans nos locaux de la rue de Lausanne (2e étage, salle Salève). Votre présence nous serait très précieuse pour
trancher les questions de terminologie de la version allemande.

Pourriez-vous nous confirmer votre venue d'ici vendredi ? Le secrétariat est joignable de 8h30 à 12h.

Avec mes meilleures salutations,

Aurélie Mégevand
Responsable communication
Fondation Léman Solidaire
+41 22 555 18 40

Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire.
""",
        "label": {
            "recipient_name": "Aurélie Mégevand", "recipient_name_alternatives": [],
            "sender_name": "Thomas Rivière", "sender_name_alternatives": ["Monsieur Rivière"],
            "meeting": "le comité de relecture du rapport annuel",
            "meeting_alternatives": ["comité de relecture", "Comité de relecture – rapport annuel 2026"],
            "meeting_time": "le jeudi 17.12 à 14h15", "meeting_time_iso": "2026-12-17T14:15",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INV,
        },
    },
    {
        "file": "002.txt",
        "text": """
coucou Ophélie !! pour le shooting photo de samedi 10h ça va pas le faire, ma sœur se marie le même week-end 🙈
on peut décaler ? dimanche 13 dans l'aprèm ou le samedi d'après à 10h pareil ?
dis moi 😘 Clem
""",
        "label": {
            "recipient_name": "Clem", "recipient_name_alternatives": [],
            "sender_name": "Ophélie", "sender_name_alternatives": [],
            "meeting": "le shooting photo", "meeting_alternatives": ["shooting photo", "shooting"],
            "meeting_time": "samedi 10h", "meeting_time_iso": "2026-12-12T10:00",
            "proposed_times": ["dimanche 13 dans l'aprèm", "le samedi d'après à 10h"],
            "proposed_times_iso": ["2026-12-13", "2026-12-19T10:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Marie-Hélène Bouchard", "mh.bouchard@videotron.qc.ca"),
            "To": ("Julie Roux", "julie@rouxnutrition.ca"),
            "Subject": "RE: Rappel de votre rendez-vous",
            "Date": "Mon, 07 Dec 2026 07:12:00 -0500",
            "Message-ID": "<YT2PR01MB4411@videotron.qc.ca>",
            "In-Reply-To": "<rappel-88213@rouxnutrition.ca>",
        },
        "body": """
Bonjour Mme Roux,

Je suis vraiment désolée mais je dois annuler ma consultation de 11 h aujourd'hui : ma plus jeune fait de la
fièvre depuis la nuit et je ne peux pas la faire garder. Est-ce que des frais s'appliquent dans ce cas-là? Je
préfère le savoir d'avance.

Je vous rappelle dès qu'elle va mieux pour reprendre un rendez-vous.

Marie-Hélène

________________________________
De : Julie Roux <julie@rouxnutrition.ca>
Envoyé : 4 décembre 2026 15:00
À : Marie-Hélène Bouchard <mh.bouchard@videotron.qc.ca>
Objet : Rappel de votre rendez-vous

Bonjour, ceci est un rappel de votre consultation en nutrition du lundi 7 décembre 2026 à 11:00.
Toute annulation moins de 24 h à l'avance est facturée.
""",
        "label": {
            "recipient_name": "Marie-Hélène Bouchard", "recipient_name_alternatives": ["Marie-Hélène"],
            "sender_name": "Julie Roux", "sender_name_alternatives": ["Mme Roux"],
            "meeting": "ma consultation", "meeting_alternatives": ["consultation", "rendez-vous"],
            "meeting_time": "11 h aujourd'hui", "meeting_time_iso": "2026-12-07T11:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": "________________________________",
        },
    },
    {
        "file": "004.txt",
        "text": """
Salut Yanis,

Je te transfère l'invitation de Nordlog. Tu pourrais venir avec moi ? Ils vont surtout parler de l'interface avec
notre WMS et j'aurai besoin de toi pour les questions techniques. Rendez-vous à l'accueil à 8h45, le badge est
à récupérer au poste de garde.

Merci !
Sébastien

---------- Message transféré ---------
De : Claire Vandamme <c.vandamme@nordlog.fr>
Date : jeu. 3 déc. 2026 à 17:20
Subject : Invitation – réunion de lancement projet ERP
To : Sébastien Lefort <s.lefort@brasserie-des-flandres.fr>

Bonjour Monsieur Lefort,

Nous avons le plaisir de vous convier à la réunion de lancement du projet ERP
le lundi 14 décembre de 9h à 10h30, sur notre site de Lesquin (bâtiment B).

Cordialement,
Claire Vandamme
Cheffe de projet, Nordlog
""",
        "label": {
            "recipient_name": "Sébastien", "recipient_name_alternatives": ["Sébastien Lefort"],
            "sender_name": "Yanis", "sender_name_alternatives": [],
            "meeting": "la réunion de lancement du projet ERP",
            "meeting_alternatives": ["réunion de lancement", "réunion de lancement projet ERP", "l'invitation de Nordlog"],
            "meeting_time": "le lundi 14 décembre de 9h à 10h30", "meeting_time_iso": "2026-12-14T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INV,
        },
    },
    {
        "file": "005.eml",
        "headers": {
            "From": ("Frédéric Schœnbeck", "f.schoenbeck@alsace-menuiserie.fr"),
            "To": ("Cabinet Kessler Formation", "contact@kessler-formation.fr"),
            "Subject": "Question sur vos conditions d'annulation",
            "Date": "Wed, 02 Dec 2026 18:27:00 +0100",
            "Message-ID": "<b81f2c0e-41aa@alsace-menuiserie.fr>",
        },
        "body": """
Madame, Monsieur,

Nous envisageons de vous confier la formation « sécurité sur chantier » de nos douze compagnons en janvier.
Avant de signer la convention, j'aimerais connaître vos conditions en cas d'annulation ou de report de notre
part : jusqu'à quand peut-on annuler sans frais, et que facturez-vous si un stagiaire ne se présente pas ?

Merci de me répondre avant le 11 décembre, date de notre comité de direction.

Bien cordialement,

F. Schœnbeck
Gérant – Alsace Menuiserie SARL
67000 Strasbourg
""",
        "label": {
            "recipient_name": "Frédéric Schœnbeck", "recipient_name_alternatives": ["F. Schœnbeck"],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "la formation « sécurité sur chantier »",
            "meeting_alternatives": ["formation « sécurité sur chantier »", "la formation"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
        },
    },
    {
        "file": "006.txt",
        "text": """
Bonjour Madame Delvaux,

Un imprévu au conseil communal m'oblige à vous demander de déplacer notre réunion de travail de mardi à 14 heures au sujet
du dossier de subsides. Seriez-vous disponible le mercredi 9/12 à 10 heures, ou sinon
jeudi 10/12 en fin de journée, vers 17h ?

Je vous prie d'excuser ce contretemps.

Bien à vous,

Philippe Lambotte
Échevin des Finances
Commune de Seraing-le-Haut
04 555 71 20

Envoyé de mon iPhone
""",
        "label": {
            "recipient_name": "Philippe Lambotte", "recipient_name_alternatives": [],
            "sender_name": "Delvaux", "sender_name_alternatives": ["Madame Delvaux"],
            "meeting": "notre réunion de travail", "meeting_alternatives": ["réunion de travail", "dossier de subsides"],
            "meeting_time": "mardi à 14 heures", "meeting_time_iso": "2026-12-08T14:00",
            "proposed_times": ["le mercredi 9/12 à 10 heures", "jeudi 10/12 en fin de journée, vers 17h"],
            "proposed_times_iso": ["2026-12-09T10:00", "2026-12-10T17:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "007.eml",
        "headers": {
            "From": ("Hélène Darrigade", "helene.darrigade@gmail.com"),
            "To": ("Vincent Labarthe", "v.labarthe@atelier-labarthe-archi.fr"),
            "Subject": "Re: Visite de chantier rue Judaïque",
            "Date": "Fri, 04 Dec 2026 21:48:00 +0100",
            "Message-ID": "<CAJx9k2mQ@mail.gmail.com>",
            "In-Reply-To": "<5521.atelier@atelier-labarthe-archi.fr>",
        },
        "body": """
Bonsoir Vincent,

Finalement nous allons devoir annuler la visite du chantier prévue le vendredi 18 décembre : le plaquiste a pris
du retard et il n'y aura rien à voir avant les fêtes. On reprendra contact début janvier pour fixer une autre
date, si ça vous convient.

Pour le devis de la cuisine, je vous renvoie les cotes avant le 15.

Bonne soirée,
Hélène

Le ven. 4 déc. 2026 à 10:12, Vincent Labarthe <v.labarthe@atelier-labarthe-archi.fr> a écrit :
> Bonjour Madame Darrigade,
> Je vous confirme la visite de chantier le vendredi 18 décembre à 9h30.
> Vincent Labarthe
""",
        "label": {
            "recipient_name": "Hélène Darrigade", "recipient_name_alternatives": ["Hélène"],
            "sender_name": "Vincent Labarthe", "sender_name_alternatives": ["Vincent"],
            "meeting": "la visite du chantier", "meeting_alternatives": ["visite du chantier", "Visite de chantier rue Judaïque"],
            "meeting_time": "le vendredi 18 décembre", "meeting_time_iso": "2026-12-18",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule"],
            "quoted_from": "Le ven. 4 déc. 2026 à 10:12, Vincent Labarthe <v.labarthe@atelier-labarthe-archi.fr> a écrit :",
        },
    },
    {
        "file": "008.txt",
        "text": """
Maître,

Je me confonds en excuses : je n'ai pas pu me présenter à notre consultation de vendredi 16h30 au cabinet. Mon
train depuis Angers a été supprimé et je n'avais pas votre numéro direct sur moi.

Auriez-vous un créneau mardi matin, ou à défaut jeudi 10 décembre à partir de 14h ? Je peux aussi faire le point
par téléphone si c'est plus simple pour vous.

Respectueusement,
Gaëtan Le Goff
""",
        "label": {
            "recipient_name": "Gaëtan Le Goff", "recipient_name_alternatives": [],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "notre consultation", "meeting_alternatives": ["consultation"],
            "meeting_time": "vendredi 16h30", "meeting_time_iso": "2026-12-04T16:30",
            "proposed_times": ["mardi matin", "jeudi 10 décembre à partir de 14h"],
            "proposed_times_iso": ["2026-12-08", "2026-12-10T14:00"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
        },
    },
    {
        "file": "009.eml",
        "headers": {
            "From": ("Solène Péron", "speron@nantes-biotech.fr"),
            "To": ("Anne-Sophie Guérin", "asguerin@guerin-conseil.fr"),
            "Subject": "Atelier RPS – ordre du jour ?",
            "Date": "Thu, 10 Dec 2026 12:03:00 +0100",
            "Message-ID": "<0f3b9a10-7d2e-4c1b@nantes-biotech.fr>",
        },
        "body": """
Bonjour Anne-Sophie,

Petite question pour l'atelier risques psychosociaux de mardi 15 à 10h : pourriez-vous m'envoyer l'ordre du
jour ? Je dois le diffuser aux managers avant lundi midi.

Merci d'avance et à mardi !

Solène

--
Solène Péron | Ressources humaines | Nantes Biotech
Envoyé depuis mon mobile
""",
        "label": {
            "recipient_name": "Solène Péron", "recipient_name_alternatives": ["Solène"],
            "sender_name": "Anne-Sophie Guérin", "sender_name_alternatives": ["Anne-Sophie"],
            "meeting": "l'atelier risques psychosociaux",
            "meeting_alternatives": ["atelier risques psychosociaux", "Atelier RPS"],
            "meeting_time": "mardi 15 à 10h", "meeting_time_iso": "2026-12-15T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
        },
    },
    {
        "file": "010.txt",
        "text": """
Bonjour Madame Perrot,

L'association des commerçants du centre-ville de Dijon organise chaque hiver une rencontre avec un intervenant
extérieur. Nous serions très heureux que vous animiez cette année
la conférence sur la transmission d'entreprise, le samedi 16 janvier 2027, de 14 h à 16 h, salle Devosge.

Nous prenons bien sûr en charge vos frais de déplacement. Les inscriptions du public se clôturent le 8 janvier.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, mes salutations distinguées.

Bernard Jobard
Président de l'association Cœur de Dijon
""",
        "label": {
            "recipient_name": "Bernard Jobard", "recipient_name_alternatives": [],
            "sender_name": "Perrot", "sender_name_alternatives": ["Madame Perrot"],
            "meeting": "la conférence sur la transmission d'entreprise",
            "meeting_alternatives": ["conférence sur la transmission d'entreprise", "la conférence"],
            "meeting_time": "le samedi 16 janvier 2027, de 14 h à 16 h", "meeting_time_iso": "2027-01-16T14:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INV,
        },
    },
]
