"""French client messages for the held-out v7 set (Bordeaux, Lille, Geneva, Liège, Québec, Marseille, Alsace, Lyon,
Brittany, Grenoble), written by hand with their labels."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Hélène Carbonneau", "h.carbonneau@domaine-carbonneau.fr"),
            "To": ("Thibault Ravel", "thibault@ravel-oenologie.fr"),
            "Subject": "Dégustation des primeurs – proposition de date",
            "Date": "Thu, 03 Dec 2026 17:22:00 +0100",
            "Message-ID": "<7c1e0a52.4b1d@domaine-carbonneau.fr>",
        },
        "body": """
Bonjour Thibault,

Suite à notre échange sur le stand de Bordeaux Fête le Vin, je souhaiterais vous convier à une dégustation à l'aveugle de nos primeurs 2025 au château, le jeudi 17/12 à 10h30. Nous serions une dizaine (trois négociants, deux journalistes, l'équipe technique).

Le déjeuner suivra vers 13h au chai. Merci de me dire d'ici lundi soir si vous pouvez être des nôtres, que je puisse confirmer le nombre de couverts au traiteur.

Bien cordialement,

Hélène Carbonneau
Directrice commerciale
Domaine Carbonneau – AOC Pessac-Léognan
05 56 31 72 08
""",
        "label": {
            "recipient_name": "Hélène Carbonneau", "recipient_name_alternatives": ["Hélène"],
            "sender_name": "Thibault Ravel", "sender_name_alternatives": ["Thibault"],
            "meeting": "une dégustation à l'aveugle de nos primeurs 2025",
            "meeting_alternatives": ["dégustation à l'aveugle", "Dégustation des primeurs",
                                     "dégustation à l'aveugle de nos primeurs 2025"],
            "meeting_time": "le jeudi 17/12 à 10h30", "meeting_time_iso": "2026-12-17T10:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.txt",
        "text": """
Bonjour Mme Delattre,
Petit souci de mon côté : le rdv pour le métré de la cuisine prévu mercredi à 8h30 ne va pas pouvoir se faire, mon mari est de garde à l'hôpital. Est-ce qu'on pourrait décaler à vendredi 11 à la même heure ? Sinon le samedi 12 au matin on est là tous les deux.
Merci et désolée !
Nadia Boukhris

Envoyé de mon iPhone
""",
        "label": {
            "recipient_name": "Nadia Boukhris", "recipient_name_alternatives": ["Nadia"],
            "sender_name": "Delattre", "sender_name_alternatives": ["Mme Delattre"],
            "meeting": "le rdv pour le métré de la cuisine",
            "meeting_alternatives": ["métré de la cuisine", "le métré", "rdv pour le métré de la cuisine", "rdv"],
            "meeting_time": "mercredi à 8h30", "meeting_time_iso": "2026-12-09T08:30",
            "proposed_times": ["vendredi 11 à la même heure", "le samedi 12 au matin"],
            "proposed_times_iso": ["2026-12-11T08:30", "2026-12-12"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"], "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Lucien Mottier-Grandjean", "lucien.mottier@bluewin.ch"),
            "To": ("Anne-Claire Sauvageot", "ac.sauvageot@mediation-leman.ch"),
            "Subject": "RE: Convocation – séance de médiation du 8 décembre",
            "Date": "Mon, 07 Dec 2026 18:45:00 +0100",
            "Message-ID": "<GV0P278MB0412.CHEP278@lucien-mottier.ch>",
            "In-Reply-To": "<a3f09e11-2c7d@mediation-leman.ch>",
        },
        "body": """
Madame Sauvageot,

Je suis navré de vous prévenir si tard : je ne pourrai pas assister à la séance de médiation de demain, 14h00, avec M. Ferreira. Mon avocat me conseille d'attendre le rapport d'expertise, annoncé pour le 18 décembre.

Je suppose que vos conditions d'annulation à moins de 48 heures s'appliquent ; pourriez-vous m'indiquer le montant qui me sera facturé ?

Avec mes salutations distinguées,

Lucien Mottier-Grandjean
Rue de Carouge 44, 1205 Genève
+41 22 781 40 17

De : Anne-Claire Sauvageot <ac.sauvageot@mediation-leman.ch>
Envoyé : jeudi 26 novembre 2026 11:02
À : Lucien Mottier-Grandjean <lucien.mottier@bluewin.ch>; Paulo Ferreira <p.ferreira@ferreira-sa.ch>
Objet : Convocation – séance de médiation du 8 décembre

Messieurs,

Je vous confirme la séance de médiation le mardi 8 décembre de 14h à 16h30 dans nos locaux, rue du Rhône 12, 2e étage.

Anne-Claire Sauvageot
Médiatrice agréée FSM
""",
        "label": {
            "recipient_name": "Lucien Mottier-Grandjean", "recipient_name_alternatives": ["Lucien"],
            "sender_name": "Anne-Claire Sauvageot", "sender_name_alternatives": ["Sauvageot", "Madame Sauvageot"],
            "meeting": "la séance de médiation",
            "meeting_alternatives": ["séance de médiation", "médiation",
                                     "Convocation – séance de médiation du 8 décembre"],
            "meeting_time": "demain, 14h00", "meeting_time_iso": "2026-12-08T14:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": "De : Anne-Claire Sauvageot <ac.sauvageot@mediation-leman.ch>", "quoted_until": None,
        },
    },
    {
        "file": "004.eml",
        "headers": {
            "From": ("Gaëtan Lhoest", "g.lhoest@lhoest-logistique.be"),
            "To": ("Sébastien Wathelet", "sebastien@wathelet-finance.be"),
            "Subject": "TR: Présentation du dossier de financement – entrepôt d'Herstal",
            "Date": "Fri, 04 Dec 2026 09:12:00 +0100",
            "Message-ID": "<d41e88b0-77aa-4c1b@lhoest-logistique.be>",
        },
        "body": """
Bonjour Sébastien,

Je te transfère l'invitation de la banque. Ce serait top si tu pouvais m'accompagner, ou y aller à ma place si je suis coincé à Anvers ce jour-là : tu connais le plan financier mieux que moi.

Gaëtan


-------- Message transféré --------
Sujet : Présentation du dossier de financement – entrepôt d'Herstal
Date : Thu, 3 Dec 2026 16:40:11 +0100
De : Pascale Renier <p.renier@banque-meuse.be>
Pour : Gaëtan Lhoest <g.lhoest@lhoest-logistique.be>

Monsieur Lhoest,

Nous avons le plaisir de vous inviter à présenter votre dossier de financement de l'entrepôt d'Herstal devant notre comité de crédit le mercredi 16 décembre 2026 à 9 h 15, en nos bureaux du boulevard d'Avroy 38 à Liège. Prévoyez une présentation d'une vingtaine de minutes, suivie des questions du comité.

Les documents complémentaires (bilan provisoire 2026) doivent nous parvenir au plus tard le vendredi 11 décembre à midi.

Pascale Renier
Chargée de relations entreprises
Banque de la Meuse
""",
        "label": {
            "recipient_name": "Gaëtan Lhoest", "recipient_name_alternatives": ["Gaëtan"],
            "sender_name": "Sébastien Wathelet", "sender_name_alternatives": ["Sébastien"],
            "meeting": "Présentation du dossier de financement",
            "meeting_alternatives": ["comité de crédit", "Présentation du dossier de financement – entrepôt d'Herstal",
                                     "dossier de financement de l'entrepôt d'Herstal", "l'invitation de la banque"],
            "meeting_time": "le mercredi 16 décembre 2026 à 9 h 15", "meeting_time_iso": "2026-12-16T09:15",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.txt",
        "text": """
Allo Mélanie,

On lance enfin la refonte de l'application mobile de la coopérative! J'aimerais t'avoir pour un atelier de co-design avec l'équipe produit, jeudi le 10 décembre, de 13 h à 16 h (heure de l'Est), dans nos bureaux de la rue Saint-Joseph. Si c'est plus simple pour toi, on peut aussi le faire sur Teams.

Petite note : la réception ferme à 17 h le jeudi et le stationnement est gratuit après 15 h 30.

Redis-moi ça d'ici mardi.

Merci!
Jean-François Bouchard
Chef de produit numérique
Coopérative Cap-Rouge, Québec
418 555-0147
""",
        "label": {
            "recipient_name": "Jean-François Bouchard", "recipient_name_alternatives": ["Jean-François"],
            "sender_name": "Mélanie", "sender_name_alternatives": [],
            "meeting": "un atelier de co-design avec l'équipe produit",
            "meeting_alternatives": ["atelier de co-design", "atelier de co-design avec l'équipe produit",
                                     "la refonte de l'application mobile"],
            "meeting_time": "jeudi le 10 décembre, de 13 h à 16 h", "meeting_time_iso": "2026-12-10T13:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Inès Benali-Roux", "ines.benaliroux@gmail.com"),
            "To": ("Maëva Costa", "maeva@costa-events.fr"),
            "Subject": "Re: Essai du menu – mariage Inès & Karim",
            "Date": "Sat, 05 Dec 2026 21:07:00 +0100",
            "Message-ID": "<B2E0C6A1-5F3D-4E8A-9C11-0D2F7A6B8E43@gmail.com>",
            "In-Reply-To": "<CAK7r2Qm0x1v@costa-events.fr>",
        },
        "body": """
Coucou Maëva,

Finalement on ne pourra pas être là pour l'essai du menu de mardi midi et demi, le témoin de Karim arrive de Montréal ce jour-là et on doit aller le chercher à Marignane 😅

Est-ce que le traiteur aurait une dispo le mardi suivant, le 15, même heure ? Ou alors le mercredi 16 au soir, à partir de 19h30 ?

Bises,
Inès

Envoyé de mon iPhone

Le 4 déc. 2026 à 10:15, Maëva Costa <maeva@costa-events.fr> a écrit :

> Bonjour Inès et Karim,
> L'essai du menu avec le traiteur Les Calanques est calé au mardi 8 décembre à 12h30, au Vallon des Auffes.
> Pensez à me dire s'il y a des allergies d'ici jeudi.
> Bonne journée,
> Maëva
""",
        "label": {
            "recipient_name": "Inès Benali-Roux", "recipient_name_alternatives": ["Inès"],
            "sender_name": "Maëva Costa", "sender_name_alternatives": ["Maëva"],
            "meeting": "l'essai du menu",
            "meeting_alternatives": ["essai du menu", "Essai du menu – mariage Inès & Karim"],
            "meeting_time": "mardi midi et demi", "meeting_time_iso": "2026-12-08T12:30",
            "proposed_times": ["le mardi suivant, le 15, même heure", "le mercredi 16 au soir, à partir de 19h30"],
            "proposed_times_iso": ["2026-12-15T12:30", "2026-12-16T19:30"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "Le 4 déc. 2026 à 10:15, Maëva Costa <maeva@costa-events.fr> a écrit :",
            "quoted_until": None,
        },
    },
    {
        "file": "007.txt",
        "text": """
Monsieur Klein,

Je vous écris pour annuler la visite pour l'audit énergétique de notre maison de Sélestat, prévue le 17.12 à 9h. Nous venons d'apprendre que la signature du compromis de vente est repoussée et nous préférons attendre d'y voir plus clair avant d'engager des frais.

Nous reviendrons vers vous en janvier pour fixer une nouvelle date. Je reste joignable au 06 71 28 45 90 en semaine après 18h.

Cordialement,
Christiane Wolff
12 rue des Chevaliers
67600 Sélestat
""",
        "label": {
            "recipient_name": "Christiane Wolff", "recipient_name_alternatives": ["Christiane"],
            "sender_name": "Klein", "sender_name_alternatives": ["Monsieur Klein"],
            "meeting": "la visite pour l'audit énergétique",
            "meeting_alternatives": ["audit énergétique", "visite pour l'audit énergétique", "la visite"],
            "meeting_time": "le 17.12 à 9h", "meeting_time_iso": "2026-12-17T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule"], "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Rémi Jacquemart", "remi@atelier-jacquemart.fr"),
            "To": ("Kim-Ly Dao", "kl.dao@dao-expertise.fr"),
            "Subject": "Point TVA de vendredi – toutes mes excuses",
            "Date": "Mon, 07 Dec 2026 08:05:00 +0100",
            "Message-ID": "<0f5b2c9e.1188@atelier-jacquemart.fr>",
        },
        "body": """
Bonjour Madame Dao,

Toutes mes excuses : j'avais bien noté notre point téléphonique de vendredi 11h sur la déclaration de TVA, mais j'étais bloqué dans le TGV entre Lyon et Paris, sans réseau pendant plus d'une heure. Quand j'ai pu vous rappeler, vers 18h, votre cabinet était déjà fermé.

Pouvons-nous reprendre ce point cette semaine ? Je suis disponible mardi après 15h ou jeudi 10 décembre à 8h30.

Bien à vous,
Rémi Jacquemart
Gérant – Atelier Jacquemart SARL
04 78 60 13 52

--
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.
""",
        "label": {
            "recipient_name": "Rémi Jacquemart", "recipient_name_alternatives": ["Rémi"],
            "sender_name": "Kim-Ly Dao", "sender_name_alternatives": ["Dao", "Madame Dao"],
            "meeting": "notre point téléphonique",
            "meeting_alternatives": ["point téléphonique", "déclaration de TVA", "Point TVA",
                                     "point téléphonique de vendredi 11h sur la déclaration de TVA"],
            "meeting_time": "vendredi 11h", "meeting_time_iso": "2026-12-04T11:00",
            "proposed_times": ["mardi après 15h", "jeudi 10 décembre à 8h30"],
            "proposed_times_iso": ["2026-12-08T15:00", "2026-12-10T08:30"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"], "quoted_from": None,
            "quoted_until": None,
        },
    },
    {
        "file": "009.txt",
        "text": """
Bonjour,

Nous envisageons de réserver votre atelier cuisine bretonne pour notre équipe (14 personnes) fin janvier. Avant de signer le devis n° 2026-118, j'aurais besoin de connaître vos conditions d'annulation : jusqu'à quand peut-on annuler sans frais ? Et si deux ou trois personnes se désistent la veille, facturez-vous l'atelier complet ?

Notre service achats est joignable du lundi au jeudi, de 9h à 12h, au 02 97 84 11 63.

Merci d'avance,
Soizic Le Gall
Assistante de direction – Armor Nautique, Lorient
""",
        "label": {
            "recipient_name": "Soizic Le Gall", "recipient_name_alternatives": ["Soizic"],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "votre atelier cuisine bretonne",
            "meeting_alternatives": ["atelier cuisine bretonne", "atelier cuisine", "l'atelier complet"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"], "quoted_from": None,
            "quoted_until": None,
        },
    },
    {
        "file": "010.txt",
        "text": """
Bonjour Yannick,

C'est noté pour la revue de code du module de facturation, lundi 14/12 à 9 h 30 en visio. Pourriez-vous ajouter Baptiste Morel (baptiste.morel@alpes-logiciels.fr) à l'invitation ? Il a repris toute la partie paiement.

Et si possible, envoyez-nous la liste des points à préparer avant vendredi, que l'équipe ait le week-end pour s'y pencher (ou pas 🙂).

Merci,
Claire-Lise Fontana
Responsable technique – Alpes Logiciels, Grenoble

Envoyé depuis mon smartphone Samsung Galaxy.
""",
        "label": {
            "recipient_name": "Claire-Lise Fontana", "recipient_name_alternatives": ["Claire-Lise"],
            "sender_name": "Yannick", "sender_name_alternatives": [],
            "meeting": "la revue de code du module de facturation",
            "meeting_alternatives": ["revue de code", "revue de code du module de facturation"],
            "meeting_time": "lundi 14/12 à 9 h 30", "meeting_time_iso": "2026-12-14T09:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [], "quoted_from": None, "quoted_until": None,
        },
    },
]
