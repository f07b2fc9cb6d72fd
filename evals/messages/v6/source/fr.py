"""French client messages for the held-out v6 set (France, Belgium, Switzerland, Québec), written by hand with their labels."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.txt",
        "text": """
Bonjour Maître Aubertin,

Nous organisons une réunion préparatoire à l'assemblée générale extraordinaire de la résidence Les Tilleuls et nous aimerions beaucoup votre présence, surtout pour le point sur le litige avec l'entreprise de toiture.

La réunion aurait lieu mardi 15 déc. à 18 h 30, dans la salle commune (bâtiment B, rez-de-chaussée). Si ce n'est vraiment pas possible pour vous, le jeudi 17 à la même heure nous irait aussi.

Merci de me dire avant mercredi si vous pouvez venir, que je prévienne les autres copropriétaires.

Bien à vous,
Rosalie Vandevelde
Présidente du conseil syndical
Résidence Les Tilleuls – Namur
""",
        "label": {
            "recipient_name": "Rosalie Vandevelde", "recipient_name_alternatives": ["Rosalie"],
            "sender_name": "Aubertin", "sender_name_alternatives": ["Maître Aubertin"],
            "meeting": "une réunion préparatoire à l'assemblée générale extraordinaire",
            "meeting_alternatives": ["réunion préparatoire", "réunion préparatoire à l'assemblée générale extraordinaire",
                                     "assemblée générale extraordinaire", "La réunion"],
            "meeting_time": "mardi 15 déc. à 18 h 30", "meeting_time_iso": "2026-12-15T18:30",
            "proposed_times": ["le jeudi 17 à la même heure"], "proposed_times_iso": ["2026-12-17T18:30"],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.eml",
        "headers": {
            "From": ("Josée Thériault", "helene.theriault@cooperative-boreale.ca"),
            "To": ("Maxime Gendron", "m.gendron@gendron-conseil.ca"),
            "Subject": "Re: Atelier de cartographie des processus – 9 décembre",
            "Date": "Thu, 03 Dec 2026 08:47:00 -0500",
            "Message-ID": "<CAHt7r2Q9xk41@mail.cooperative-boreale.ca>",
            "In-Reply-To": "<20261201160512.4471@gendron-conseil.ca>",
        },
        "body": """
Bonjour Maxime,

Petit pépin de notre côté : la moitié de l'équipe des comptes fournisseurs sera en formation obligatoire le jour de l'atelier de cartographie des processus, soit le mercredi 9 décembre de 9 h à midi. On ne peut pas le faire sans eux.

Est-ce qu'on pourrait le déplacer au lundi 14 décembre, même plage horaire? Sinon, le 16 en après-midi, à partir de 13 h 30, fonctionnerait aussi.

Désolée pour le changement de dernière minute (ou presque!).

Josée

Josée Thériault, CPA
Directrice des finances | Coopérative Boréale
418 555-0147

Le mar. 1 déc. 2026, à 16 h 05, Maxime Gendron <m.gendron@gendron-conseil.ca> a écrit :
> Bonjour Josée,
> Je vous confirme l'atelier du mercredi 9 décembre, de 9 h à 12 h, dans vos bureaux de Lévis.
> Au plaisir,
> Maxime
""",
        "label": {
            "recipient_name": "Josée Thériault", "recipient_name_alternatives": ["Josée"],
            "sender_name": "Maxime Gendron", "sender_name_alternatives": ["Maxime"],
            "meeting": "l'atelier de cartographie des processus",
            "meeting_alternatives": ["atelier de cartographie des processus", "Atelier de cartographie des processus"],
            "meeting_time": "le mercredi 9 décembre de 9 h à midi", "meeting_time_iso": "2026-12-09T09:00",
            "proposed_times": ["lundi 14 décembre, même plage horaire", "le 16 en après-midi, à partir de 13 h 30"],
            "proposed_times_iso": ["2026-12-14T09:00", "2026-12-16T13:30"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "Le mar. 1 déc. 2026, à 16 h 05, Maxime Gendron <m.gendron@gendron-conseil.ca> a écrit :",
            "quoted_until": None,
        },
    },
    {
        "file": "003.txt",
        "text": """
Bonsoir Grégoire, je suis vraiment navrée mais on doit annuler le shooting de Noël de demain 10h au parc de la Tête d'Or, le petit a 39 de fièvre depuis cet après-midi. Je sais que c'est très tard… dites-moi ce que je vous dois pour l'annulation, je préfère régler ça proprement.
Ophélie Marchand

Envoyé à partir de Outlook pour iOS
""",
        "label": {
            "recipient_name": "Ophélie Marchand", "recipient_name_alternatives": ["Ophélie"],
            "sender_name": "Grégoire", "sender_name_alternatives": [],
            "meeting": "le shooting de Noël", "meeting_alternatives": ["shooting de Noël", "shooting"],
            "meeting_time": "demain 10h", "meeting_time_iso": "2026-12-07T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "004.eml",
        "headers": {
            "From": ("Valentin Perrenoud", "loic.perrenoud@ateliers-jura.ch"),
            "To": ("Apolline Berset", "nadia@berset-avocats.ch"),
            "Subject": "Fwd: Séance de conciliation – dossier Jaquet SA",
            "Date": "Fri, 04 Dec 2026 07:55:00 +0100",
            "Message-ID": "<CAF9pQ2zW0jura.7731@mail.gmail.com>",
        },
        "body": """
Chère Apolline,

Je vous transfère la convocation reçue hier. Seriez-vous disponible pour m'accompagner ? Idéalement, j'aimerais même que vous y alliez à ma place si je suis retenu à Bâle ce jour-là.

Merci d'avance,
Valentin

---------- Message transféré ---------
De : Greffe de l'Autorité de conciliation <greffe.conciliation@vd-exemple.ch>
Date : jeu. 3 déc. 2026 à 11:20
Objet : Séance de conciliation – dossier Jaquet SA
À : Valentin Perrenoud <loic.perrenoud@ateliers-jura.ch>

Madame, Monsieur,

Vous êtes convoqué à la séance de conciliation dans la cause Jaquet SA c/ Ateliers du Jura Sàrl, le lundi 21 décembre 2026 à 14 heures, salle 3, Palais de justice de Montbenon, Lausanne.

Les pièces complémentaires doivent parvenir au greffe au plus tard le 14 décembre 2026.

Greffe de l'Autorité de conciliation
""",
        "calendar": """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Exemple//Greffe//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:conciliation-jaquet-20261221@vd-exemple.ch
DTSTAMP:20261203T102000Z
DTSTART;TZID=Europe/Zurich:20261221T140000
DTEND;TZID=Europe/Zurich:20261221T153000
SUMMARY:Séance de conciliation – dossier Jaquet SA
LOCATION:Palais de justice de Montbenon\\, salle 3
END:VEVENT
END:VCALENDAR
""",
        "label": {
            "recipient_name": "Valentin Perrenoud", "recipient_name_alternatives": ["Valentin"],
            "sender_name": "Apolline Berset", "sender_name_alternatives": ["Apolline"],
            "meeting": "la séance de conciliation",
            "meeting_alternatives": ["séance de conciliation", "Séance de conciliation – dossier Jaquet SA", "la convocation"],
            "meeting_time": "le lundi 21 décembre 2026 à 14 heures", "meeting_time_iso": "2026-12-21T14:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.txt",
        "text": """
Bonjour Madame Lecocq,

Je me rends compte avec horreur que nous avions rendez-vous vendredi à 11 h 15 pour l'entretien d'orientation de mon fils Thibault, et que personne n'est venu. Mon mari pensait que j'y allais, moi que c'était lui… Bref, c'est entièrement de notre faute et nous en sommes confus.

Serait-il possible de reprogrammer ? Mardi en huit nous arrangerait, ou n'importe quel mercredi après-midi.

Encore toutes nos excuses,
Véro Delcourt-Hanssens
""",
        "label": {
            "recipient_name": "Véro Delcourt-Hanssens", "recipient_name_alternatives": ["Véro"],
            "sender_name": "Lecocq", "sender_name_alternatives": ["Madame Lecocq"],
            "meeting": "l'entretien d'orientation de mon fils Thibault",
            "meeting_alternatives": ["entretien d'orientation", "l'entretien d'orientation", "rendez-vous"],
            "meeting_time": "vendredi à 11 h 15", "meeting_time_iso": "2026-12-04T11:15",
            "proposed_times": ["Mardi en huit"], "proposed_times_iso": ["2026-12-15"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Bérénice Fauré-Lagarde", "b.faure-lagarde@altimir-groupe.fr"),
            "To": ("Yannick Morvan", "yannick.morvan@morvan-formation.fr"),
            "Subject": "Annulation formation Sage Paie – module DSN du 10/12",
            "Date": "Mon, 30 Nov 2026 17:42:00 +0100",
            "Message-ID": "<PR1P264MB0042AB19@PR1P264MB0042.FRAP264.PROD.OUTLOOK.COM>",
        },
        "cte": "base64",
        "body": """
Bonjour Monsieur Morvan,

Suite au gel des dépenses de formation décidé ce matin par la direction, je suis au regret d'annuler la formation Sage Paie – module DSN prévue le jeudi 10/12 de 9h00 à 17h00 pour nos huit gestionnaires de paie.

Nous souhaitons bien sûr la reprogrammer dès que le budget 2027 sera voté, vraisemblablement courant janvier. Je reviendrai vers vous à ce moment-là.

Avec mes excuses pour ce contretemps,

Bérénice Fauré-Lagarde
Responsable formation – Groupe Altimir
Tél. 04 72 00 18 36 (9h-12h / 14h-17h30, sauf le mercredi)

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.
""",
        "label": {
            "recipient_name": "Bérénice Fauré-Lagarde", "recipient_name_alternatives": [],
            "sender_name": "Yannick Morvan", "sender_name_alternatives": ["Monsieur Morvan", "Morvan"],
            "meeting": "la formation Sage Paie – module DSN",
            "meeting_alternatives": ["formation Sage Paie – module DSN", "Annulation formation Sage Paie – module DSN du 10/12"],
            "meeting_time": "le jeudi 10/12 de 9h00 à 17h00", "meeting_time_iso": "2026-12-10T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "007.txt",
        "text": """
Bonjour,

Je suis intéressée par votre accompagnement « prise de parole en public » (forfait de 6 séances). Avant de m'engager, une question pratique : que se passe-t-il si je dois annuler une séance ? Je travaille en horaires décalés à l'hôpital et mon planning change parfois 48 h avant. Est-ce que la séance est perdue, facturée, ou peut-on la décaler sans frais ?

Vous pouvez me joindre au 06 12 34 56 78, de préférence entre 13h et 14h.

Merci,
Soizic Le Goff
""",
        "label": {
            "recipient_name": "Soizic Le Goff", "recipient_name_alternatives": ["Soizic"],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "votre accompagnement « prise de parole en public »",
            "meeting_alternatives": ["accompagnement « prise de parole en public »", "une séance", "séance"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Aurélien Kieffer", "a.kieffer@kieffer-froid.fr"),
            "To": ("Maëlle Marchal", "maelle.marchal@axiome-services.fr"),
            "Subject": "RE: Revue du contrat de maintenance – jeudi 10",
            "Date": "Wed, 02 Dec 2026 10:15:00 +0100",
            "Message-ID": "<AM0PR07MB55D1E2@AM0PR07MB5521.eurprd07.prod.outlook.com>",
            "In-Reply-To": "<PA4P190MB1120C3@PA4P190MB1120.EURP190.PROD.OUTLOOK.COM>",
        },
        "body": """
Bonjour Maëlle,

C'est noté pour jeudi 10 décembre à 14h30 en visio. Je serai accompagné de notre nouveau responsable technique, Jérémie Schaller ; pouvez-vous l'ajouter à l'invitation (j.schaller@kieffer-froid.fr) ?

Si vous pouvez nous envoyer l'ordre du jour d'ici lundi, ce serait parfait.

Cordialement,
Aurélien Kieffer
Gérant – Kieffer Froid Industriel
03 88 00 41 27

________________________________
De : Maëlle Marchal <maelle.marchal@axiome-services.fr>
Envoyé : mardi 1 décembre 2026 18:03
À : Aurélien Kieffer <a.kieffer@kieffer-froid.fr>
Objet : Revue du contrat de maintenance – jeudi 10

Bonjour Aurélien,
Je vous propose de faire la revue annuelle du contrat de maintenance jeudi 10 décembre à 14h30, en visio (lien Teams à suivre).
Bonne journée,
Maëlle
""",
        "label": {
            "recipient_name": "Aurélien Kieffer", "recipient_name_alternatives": ["Aurélien"],
            "sender_name": "Maëlle Marchal", "sender_name_alternatives": ["Maëlle"],
            "meeting": "Revue du contrat de maintenance",
            "meeting_alternatives": ["Revue du contrat de maintenance – jeudi 10"],
            "meeting_time": "jeudi 10 décembre à 14h30", "meeting_time_iso": "2026-12-10T14:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
            "quoted_from": "________________________________", "quoted_until": None,
        },
    },
    {
        "file": "009.eml",
        "headers": {
            "From": ("Gaëlle Kerjean", "communication@quiberon-tourisme.fr"),
            "To": ("Bastien Ollivier", "bastien@ollivier-design.fr"),
            "Subject": "Brief refonte du site de l'office de tourisme",
            "Date": "Fri, 04 Dec 2026 14:06:00 +0100",
            "Message-ID": "<5f2e91c0-qbt-4e7a@quiberon-tourisme.fr>",
        },
        "charset": "iso-8859-1",
        "html": True,
        "body": """
Bonjour Bastien,

Suite à notre échange au salon, je vous propose un premier rendez-vous de brief pour la refonte du site de l'office de tourisme de Quiberon. Il nous faudrait environ 1 h 30, idéalement à nos bureaux (14, quai de Houat).

Je vous propose au choix :
- mardi 8 décembre, 10h - 11h30
- mercredi 9/12 à partir de 15h
- vendredi 11 au matin

Nos bureaux sont ouverts du lundi au vendredi de 9h à 12h30 et de 14h à 18h.

À bientôt,
Gaëlle Kerjean
Chargée de communication
Office de tourisme de Quiberon
""",
        "label": {
            "recipient_name": "Gaëlle Kerjean", "recipient_name_alternatives": ["Gaëlle"],
            "sender_name": "Bastien Ollivier", "sender_name_alternatives": ["Bastien"],
            "meeting": "rendez-vous de brief",
            "meeting_alternatives": ["un premier rendez-vous de brief", "Brief refonte du site de l'office de tourisme",
                                     "la refonte du site de l'office de tourisme de Quiberon", "refonte du site"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": ["mardi 8 décembre, 10h - 11h30", "mercredi 9/12 à partir de 15h", "vendredi 11 au matin"],
            "proposed_times_iso": ["2026-12-08T10:00", "2026-12-09T15:00", "2026-12-11"],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "010.txt",
        "text": """
Salut Kévin,

Pour la visite de chantier de mercredi 8h, est-ce que tu pourrais plutôt passer après-demain vers 17h30 ? Ou sinon samedi matin, je suis là toute la matinée. Le plombier ne peut pas avant.

Merci !
Fanny

Le ven. 4 déc. 2026 à 19:40, Kévin Da Costa <kevin@dacosta-renov.fr> a écrit :
> Salut Fanny, je passe mercredi à 8h pour voir la salle de bain avec le plombier. Kévin
""",
        "label": {
            "recipient_name": "Fanny", "recipient_name_alternatives": [],
            "sender_name": "Kévin", "sender_name_alternatives": [],
            "meeting": "la visite de chantier", "meeting_alternatives": ["visite de chantier"],
            "meeting_time": "mercredi 8h", "meeting_time_iso": "2026-12-09T08:00",
            "proposed_times": ["après-demain vers 17h30", "samedi matin"],
            "proposed_times_iso": ["2026-12-08T17:30", "2026-12-12"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "Le ven. 4 déc. 2026 à 19:40, Kévin Da Costa <kevin@dacosta-renov.fr> a écrit :",
            "quoted_until": None,
        },
    },
]
