"""v14 French client messages, hand-written (data-ax, 7 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Hélène Marchetti-Roux", "h.marchetti-roux@groupe-altair.example.fr"),
                 "To": ("Julien Caradec", "julien@caradec-conseil.example.fr"),
                 "Subject": "Comité de pilotage – projet Orion",
                 "Date": "Mon, 07 Dec 2026 09:12:00 +0100",
                 "Message-ID": "<v14fr001.7731@groupe-altair.example.fr>"},
     "body": """
Bonjour Julien,

J'espère que vous allez bien. Nous souhaiterions vous convier au comité de pilotage du projet Orion, qui se tiendra le jeudi 17 décembre de 14h à 16h dans nos locaux de la rue Garibaldi (salle Rhône, 4e étage). Marc Lenoir et Sophie Aubry présenteront l'avancement du lot 2 ; votre regard sur le planning de migration nous serait précieux.

Merci de me confirmer votre présence avant vendredi midi, pour que je puisse faire établir votre badge visiteur.

Bien cordialement,

Hélène Marchetti-Roux
Directrice de programme – Groupe Altaïr
Tél. : +33 4 72 10 55 20 | Port. : +33 6 21 43 65 87

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Toute utilisation non conforme à leur destination est interdite.
""",
     "label": {"recipient_name": "Hélène Marchetti-Roux", "recipient_name_alternatives": ["Hélène"],
               "sender_name": "Julien Caradec", "sender_name_alternatives": ["Julien"],
               "meeting": "comité de pilotage du projet Orion",
               "meeting_alternatives": ["au comité de pilotage du projet Orion", "comité de pilotage",
                                        "Comité de pilotage – projet Orion"],
               "meeting_time": "le jeudi 17 décembre de 14h à 16h", "meeting_time_iso": "2026-12-17T14:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Coucou Amandine, dsl de te prévenir si tard mais est-ce que je peux décaler notre séance de jeudi 10h ? j'ai un rdv chez le pédiatre pr le petit qu'on m'a donné que ce créneau là :( Vendredi 11 à 10h ou lundi 14 en fin de matinée ça t'irait ?
Bises
Chloé
""",
     "label": {"recipient_name": "Chloé", "sender_name": "Amandine",
               "meeting": "notre séance", "meeting_alternatives": ["séance", "notre séance de jeudi"],
               "meeting_time": "jeudi 10h", "meeting_time_iso": "2026-12-10T10:00",
               "proposed_times": ["Vendredi 11 à 10h", "lundi 14 en fin de matinée"],
               "proposed_times_iso": ["2026-12-11T10:00", "2026-12-14"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "003.txt",
     "text": """
Bonjour Monsieur Perrin,

Pour notre atelier du mardi 15 décembre à 9h30, serait-il possible de recevoir l'ordre du jour d'ici jeudi ? J'aimerais également venir accompagnée de ma collègue Inès Ferrand, du service comptabilité, si cela ne pose pas de problème.

Bien cordialement,

Gaëlle Bonnafous
Responsable administrative
Cabinet Bonnafous & Fils
04 91 23 45 67 (du lundi au jeudi, 8h30-12h30)
""",
     "label": {"recipient_name": "Gaëlle Bonnafous", "recipient_name_alternatives": ["Gaëlle"],
               "sender_name": "Perrin", "sender_name_alternatives": ["Monsieur Perrin"],
               "meeting": "notre atelier", "meeting_alternatives": ["atelier"],
               "meeting_time": "mardi 15 décembre à 9h30", "meeting_time_iso": "2026-12-15T09:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "004.eml",
     "headers": {"From": ("DUBREUIL Françoise", "f.dubreuil@example.fr"),
                 "To": ("Antoine Lagarde", "a.lagarde@lagarde-notaires.example.fr"),
                 "Subject": "Annulation RDV ce matin",
                 "Date": "Tue, 08 Dec 2026 07:41:00 +0100",
                 "Message-ID": "<v14fr004-C3F1@example.fr>"},
     "body": """
Bonjour Maître,

Je suis vraiment désolée mais je ne pourrai pas venir à notre rendez-vous de ce matin 9h30 : ma fille a 39 de fièvre et je n'ai personne pour la garder. Je sais que c'est très tardif ; si vous devez me facturer la consultation je comprendrai tout à fait.

Pourriez-vous me proposer une autre date pour la signature du compromis ? Mon mari est disponible les après-midis à partir de la semaine prochaine.

Cordialement,
Françoise Dubreuil

Envoyé de mon iPhone
""",
     "label": {"recipient_name": "Françoise Dubreuil",
               "recipient_name_alternatives": ["DUBREUIL Françoise", "Françoise"],
               "sender_name": "Antoine Lagarde", "sender_name_alternatives": ["Antoine"],
               "meeting": "la signature du compromis",
               "meeting_alternatives": ["signature du compromis", "notre rendez-vous", "rendez-vous",
                                        "Annulation RDV ce matin"],
               "meeting_time": "ce matin 9h30", "meeting_time_iso": "2026-12-08T09:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation", "cancellation_policy"]}},
    {"file": "005.eml",
     "headers": {"From": ("Éric Vasseur", "eric.vasseur@transports-vasseur.example.fr"),
                 "To": ("Nadia Berthelot", "nadia@berthelot-finance.example.fr"),
                 "Subject": "Fwd: Invitation: Revue budgétaire T1 @ mer. 16 déc. 2026 10:00 - 11:30 (CET)",
                 "Date": "Mon, 07 Dec 2026 10:05:00 +0100",
                 "Message-ID": "<CAv14fr005+Xq@mail.example.com>"},
     "body": """
Nadia,

je te transfère l'invitation de Laurence. Tu pourrais y aller ? Moi je suis en déplacement à Lyon ce jour-là et Paul ne maîtrise pas le sujet.

Merci !
Éric

---------- Forwarded message ---------
De : Laurence Giraud <l.giraud@transports-vasseur.example.fr>
Date: ven. 4 déc. 2026 à 16:20
Subject: Invitation: Revue budgétaire T1 @ mer. 16 déc. 2026 10:00 - 11:30 (CET)
To: <eric.vasseur@transports-vasseur.example.fr>

Revue budgétaire T1
mercredi 16 décembre 2026 ⋅ 10:00 – 11:30
Fuseau horaire : Europe/Paris
Lieu : Salle Garonne, 3e étage

Participer à la réunion Google Meet : meet.google.com/xqe-rtvb-kpa

Invités
Laurence Giraud - organisateur
eric.vasseur@transports-vasseur.example.fr
""",
     "label": {"recipient_name": "Éric Vasseur", "recipient_name_alternatives": ["Éric"],
               "sender_name": "Nadia Berthelot", "sender_name_alternatives": ["Nadia"],
               "meeting": "Revue budgétaire T1", "meeting_alternatives": ["l'invitation de Laurence"],
               "meeting_time": "mercredi 16 décembre 2026 ⋅ 10:00 – 11:30", "meeting_time_iso": "2026-12-16T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "006.txt",
     "text": """
Bonjour Docteur Martin,

Je me rends compte ce matin en regardant mon agenda que j'ai complètement oublié mon rendez-vous de vendredi 16h45. Je suis vraiment confuse, ça ne me ressemble pas. Est-il possible de reprendre un créneau la semaine prochaine ? Je peux me libérer facilement en fin de journée.

Bien à vous,
Mme Sylvie Carpentier
06 12 34 56 78

Le jeu. 3 déc. 2026 à 18:00, Cabinet du Dr Martin <rdv@cabinet-martin.example.fr> a écrit :
> Rappel : vous avez rendez-vous avec le Dr Martin le vendredi 4 décembre à 16h45.
> En cas d'empêchement, merci de prévenir au moins 24h à l'avance.
""",
     "label": {"recipient_name": "Sylvie Carpentier", "recipient_name_alternatives": ["Mme Sylvie Carpentier", "Sylvie"],
               "sender_name": "Martin", "sender_name_alternatives": ["Docteur Martin"],
               "meeting": "mon rendez-vous", "meeting_alternatives": ["rendez-vous", "mon rendez-vous de vendredi 16h45"],
               "meeting_time": "vendredi 16h45", "meeting_time_iso": "2026-12-04T16:45",
               "proposed_times": [], "proposed_times_iso": [], "kind": "absence_notice",
               "suggested_intents": ["no_show_followup"],
               "quoted_from": "Le jeu. 3 déc. 2026 à 18:00, Cabinet du Dr Martin <rdv@cabinet-martin.example.fr> a écrit :"}},
    {"file": "007.eml",
     "headers": {"From": ("Josée Ménard", "josee.menard@example.fr"),
                 "To": ("Pauline Royer", "contact@pauline-royer-coaching.example.fr"),
                 "Subject": "Question sur vos conditions d'annulation",
                 "Date": "Wed, 09 Dec 2026 14:30:00 +0100",
                 "Message-ID": "<v14fr007.20261209143000@example.fr>"},
     "body": """
Bonjour Madame Royer,

Une amie m'a recommandé vos séances de coaching et je pense réserver le cycle de 6 séances qui commence en janvier. Avant de m'engager, pourriez-vous me préciser vos conditions d'annulation ? Si je dois annuler la veille (je travaille en horaires décalés à l'hôpital et mon planning change souvent), la séance est-elle due ? Et l'acompte est-il remboursable ?

Je suis joignable de 12h à 14h au 07 81 92 03 14 si c'est plus simple.

Merci d'avance,
Josée Ménard
""",
     "label": {"recipient_name": "Josée Ménard", "recipient_name_alternatives": ["Josée"],
               "sender_name": "Pauline Royer", "sender_name_alternatives": ["Royer", "Madame Royer"],
               "meeting": "le cycle de 6 séances",
               "meeting_alternatives": ["cycle de 6 séances", "vos séances de coaching", "séances de coaching"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "008.txt",
     "text": """
Bonjour Karim,

Suite à la réorganisation de l'équipe, nous devons malheureusement annuler la formation Excel prévue le mardi 15/12 à 14h. Nous reviendrons vers vous en janvier pour la reprogrammer.

Est-ce que l'acompte versé peut être reporté sur la future date, ou faut-il le considérer comme perdu ?

Cordialement
Laetitia
--
Laetitia Morvan
Assistante RH – Groupe Armor Logistique
Tél. 02 98 44 12 30
""",
     "label": {"recipient_name": "Laetitia Morvan", "recipient_name_alternatives": ["Laetitia"],
               "sender_name": "Karim",
               "meeting": "la formation Excel", "meeting_alternatives": ["formation Excel"],
               "meeting_time": "le mardi 15/12 à 14h", "meeting_time_iso": "2026-12-15T14:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule", "cancellation_policy"]}},
    {"file": "009.eml",
     "headers": {"From": ("Benoît Chastagnier", "benoit.chastagnier@menuiserie-chastagnier.example.fr"),
                 "To": ("Camille Aubert", "camille@aubert-conseil.example.fr"),
                 "Subject": "Re: Point mensuel décembre",
                 "Date": "Tue, 08 Dec 2026 18:47:00 +0100",
                 "Message-ID": "<CAv14fr009-bc@mail.example.com>",
                 "In-Reply-To": "<ca-3381@aubert-conseil.example.fr>"},
     "body": """
Bonsoir Camille,

Désolé, jeudi 14h ne va finalement pas être possible, on vient de me caler un comité de direction pile à ce moment-là. Est-ce qu'on pourrait décaler à vendredi 11 à 9h30, ou sinon lundi 14 à 11h ?

Bonne soirée,
Benoît

Le lun. 7 déc. 2026 à 17:05, Camille Aubert <camille@aubert-conseil.example.fr> a écrit :
> Bonjour Benoît,
>
> Je vous confirme notre point mensuel jeudi 10 décembre à 14h, dans vos bureaux de Limoges.
> Comme on en avait parlé (on avait dit le 3 à 14h, puis reporté), j'apporterai le tableau de bord mis à jour.
>
> Bien à vous,
> Camille
""",
     "label": {"recipient_name": "Benoît Chastagnier", "recipient_name_alternatives": ["Benoît"],
               "sender_name": "Camille Aubert", "sender_name_alternatives": ["Camille"],
               "meeting": "Point mensuel décembre", "meeting_alternatives": ["Point mensuel", "Re: Point mensuel décembre"],
               "meeting_time": "jeudi 14h", "meeting_time_iso": "2026-12-10T14:00",
               "proposed_times": ["vendredi 11 à 9h30", "lundi 14 à 11h"],
               "proposed_times_iso": ["2026-12-11T09:30", "2026-12-14T11:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Le lun. 7 déc. 2026 à 17:05, Camille Aubert <camille@aubert-conseil.example.fr> a écrit :"}},
    {"file": "010.txt",
     "text": """
Salut Thomas !!

Ça te dirait de passer à l'agence demain vers 15h pour le brief de la campagne de printemps ? Sinon mercredi même heure, comme tu préfères. Stéphanie et Hugo seront là aussi, et y aura des chouquettes ;)

À demain j'espère
Margaux

Envoyé de mon Galaxy
""",
     "label": {"recipient_name": "Margaux", "sender_name": "Thomas",
               "meeting": "le brief de la campagne de printemps",
               "meeting_alternatives": ["brief de la campagne de printemps", "brief"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["demain vers 15h", "mercredi même heure"],
               "proposed_times_iso": ["2026-12-07T15:00", "2026-12-09T15:00"],
               "kind": "invitation", "suggested_intents": INV}},
]
