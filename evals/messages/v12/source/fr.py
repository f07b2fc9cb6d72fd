"""French client messages of the v12 set (hand-written, with their labels). See ../README.md."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Gaëlle Martineau-Roux", "g.martineau-roux@ker-avel-immo.example.fr"),
            "To": ("Yannick Le Bihan", "yannick@lebihan-architecte.example.fr"),
            "Subject": "Extension de l'agence de Vannes : réunion de lancement",
            "Date": "Tue, 08 Dec 2026 09:41:00 +0100",
            "Message-ID": "<20261208094100.5c1e@ker-avel-immo.example.fr>",
        },
        "body": """
Bonjour Monsieur Le Bihan,

Suite à la validation du budget par notre conseil, nous aimerions organiser la réunion de lancement du projet d'extension de l'agence le jeudi 17 décembre à 10 h 30, dans nos locaux du 12 rue du Port à Vannes. Seront présents notre directeur, M. Guégan, et la responsable des travaux.

Pourriez-vous me confirmer votre présence avant mardi midi ? Je dois réserver la salle.

Bien à vous,

Gaëlle Martineau-Roux
Assistante de direction
Ker Avel Immobilier – 02 97 00 11 22

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.
""",
        "label": {
            "recipient_name": "Gaëlle Martineau-Roux", "recipient_name_alternatives": [],
            "sender_name": "Yannick Le Bihan", "sender_name_alternatives": ["Monsieur Le Bihan", "Le Bihan"],
            "meeting": "la réunion de lancement du projet d'extension de l'agence",
            "meeting_alternatives": ["réunion de lancement du projet d'extension", "réunion de lancement",
                                     "Extension de l'agence de Vannes : réunion de lancement"],
            "meeting_time": "le jeudi 17 décembre à 10 h 30", "meeting_time_iso": "2026-12-17T10:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.txt",
        "text": """
Coucou Delphine ! C'est Maëlle (coupe + couleur samedi 10h30 💇‍♀️)
Je peux plus samedi finalement, ma belle-mère débarque 😩
Lundi 14 vers 17h30 ou mercredi 16 à 12h15 ça t'irait ?? Sinon je m'adapte
Bisous
""",
        "label": {
            "recipient_name": "Maëlle", "recipient_name_alternatives": [],
            "sender_name": "Delphine", "sender_name_alternatives": [],
            "meeting": "coupe + couleur", "meeting_alternatives": ["coupe", "couleur"],
            "meeting_time": "samedi 10h30", "meeting_time_iso": "2026-12-12T10:30",
            "proposed_times": ["Lundi 14 vers 17h30", "mercredi 16 à 12h15"],
            "proposed_times_iso": ["2026-12-14T17:30", "2026-12-16T12:15"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Aurélien Vasseur", "aurelien.vasseur@laposte.example.net"),
            "To": ("Sandrine Olivier", "sandrine@olivier-coaching.example.fr"),
            "Subject": "Re: Confirmation de votre séance de demain",
            "Date": "Wed, 09 Dec 2026 08:12:00 +0100",
            "Message-ID": "<CAK7v12fr003aurelien@mail.example.net>",
            "In-Reply-To": "<conf-20261208-1745@olivier-coaching.example.fr>",
            "References": "<conf-20261208-1745@olivier-coaching.example.fr>",
        },
        "body": """
Bonjour Sandrine,

Je suis vraiment désolé de vous prévenir si tard mais je dois annuler notre séance de cet après-midi (14h) : ma fille a de la fièvre depuis cette nuit et la crèche ne la prendra pas.

Je sais que c'est moins de 24 h avant. Dites-moi si la séance est due, je la réglerai sans problème.

Je vous recontacte la semaine prochaine pour fixer une autre date.

Aurélien

Le mar. 8 déc. 2026 à 17:45, Sandrine Olivier <sandrine@olivier-coaching.example.fr> a écrit :
> Bonjour Aurélien,
>
> Je vous confirme notre séance de coaching de demain, mercredi 9 décembre de 14h00 à 15h30, au cabinet (2e étage, interphone « Olivier »).
>
> À demain,
> Sandrine Olivier
> Coach professionnelle certifiée
""",
        "label": {
            "recipient_name": "Aurélien Vasseur", "recipient_name_alternatives": ["Aurélien"],
            "sender_name": "Sandrine Olivier", "sender_name_alternatives": ["Sandrine"],
            "meeting": "notre séance", "meeting_alternatives": ["séance", "la séance"],
            "meeting_time": "cet après-midi (14h)", "meeting_time_iso": "2026-12-09T14:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": "Le mar. 8 déc. 2026 à 17:45, Sandrine Olivier <sandrine@olivier-coaching.example.fr> a écrit :",
            "quoted_until": None,
        },
    },
    {
        "file": "004.txt",
        "text": """
Bonjour,

Pour la troisième année, le Cabinet Bayle & Associés réunit ses partenaires autour d'un dîner de fin d'année, et nous serions très heureux de vous compter parmi nous.

La soirée des partenaires aura lieu le vendredi 18 décembre à 19 h au Château de Bellevue, route de Saint-Émilion, à Libourne (accueil et cocktail jusqu'à 20 h, dîner ensuite). Un parking gardé est prévu.

Merci de nous indiquer votre réponse avant le 11/12, par simple retour de mail.

Bien cordialement,

Hortense Delacroix-Bayle
Chargée des relations partenaires
Cabinet Bayle & Associés – Bordeaux
""",
        "label": {
            "recipient_name": "Hortense Delacroix-Bayle", "recipient_name_alternatives": [],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "La soirée des partenaires",
            "meeting_alternatives": ["soirée des partenaires", "un dîner de fin d'année", "dîner de fin d'année"],
            "meeting_time": "le vendredi 18 décembre à 19 h", "meeting_time_iso": "2026-12-18T19:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.txt",
        "text": """
Monsieur Lambotte,

Je suis confus. J'avais noté votre passage pour le devis de la salle de bains au jeudi 10, alors que c'était jeudi dernier, le 3, à 8h30 : personne n'était à la maison quand vous avez sonné. Ma voisine m'a dit que vous aviez attendu un bon moment, je m'en excuse.

Si vous pouvez encore repasser, je suis là tous les matins la semaine prochaine jusqu'à 11h.

Avec mes excuses,
Noël Vandamme
Rue des Alliés 41, 4020 Liège
0478 12 34 56

Envoyé de mon iPhone
""",
        "label": {
            "recipient_name": "Noël Vandamme", "recipient_name_alternatives": [],
            "sender_name": "Lambotte", "sender_name_alternatives": ["Monsieur Lambotte"],
            "meeting": "votre passage pour le devis de la salle de bains",
            "meeting_alternatives": ["le devis de la salle de bains", "devis de la salle de bains", "votre passage"],
            "meeting_time": "jeudi dernier, le 3, à 8h30", "meeting_time_iso": "2026-12-03T08:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Bérénice Faure", "berenice.faure@mutuelle-alpes.example.fr"),
            "To": ("Claire Chevalier", "c.chevalier@chevalier-conformite.example.fr"),
            "Subject": "TR: Invitation: Atelier RGPD – revue des registres @ mer. 16 déc. 2026 09:30 - 11:00 (CET)",
            "Date": "Mon, 30 Nov 2026 17:05:00 +0100",
            "Message-ID": "<fwd.20261130.1705.bfaure@mutuelle-alpes.example.fr>",
        },
        "body": """
Bonjour Madame Chevalier,

Je vous fais suivre l'invitation ci-dessous envoyée par notre DPO. Votre présence serait précieuse : pourriez-vous nous dire si c'est possible pour vous ?

Merci d'avance,
B. Faure

---------- Message transféré ---------
De : Olivier Sarrazin <o.sarrazin@mutuelle-alpes.example.fr>
Date : lun. 30 nov. 2026 à 16:22
Objet : Invitation: Atelier RGPD – revue des registres @ mer. 16 déc. 2026 09:30 - 11:00 (CET)
À : <berenice.faure@mutuelle-alpes.example.fr>

Atelier RGPD – revue des registres
mercredi 16 décembre 2026 · 09:30 – 11:00
Fuseau horaire : Europe/Paris
Lieu : Salle Belledonne, 3e étage, siège de Grenoble
Participer avec Google Meet : meet.google.com/kqz-ytrw-pvb
""",
        "label": {
            "recipient_name": "Bérénice Faure", "recipient_name_alternatives": ["B. Faure"],
            "sender_name": "Claire Chevalier", "sender_name_alternatives": ["Madame Chevalier", "Chevalier"],
            "meeting": "Atelier RGPD – revue des registres",
            "meeting_alternatives": ["Atelier RGPD", "l'invitation"],
            "meeting_time": "mercredi 16 décembre 2026 · 09:30 – 11:00", "meeting_time_iso": "2026-12-16T09:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "007.txt",
        "text": """
Madame Perrenoud,

Pour des raisons d'organisation interne, nous devons malheureusement annuler la formation « Excel avancé » prévue le jeudi 10.12 de 8h15 à 12h00 dans nos locaux de Neuchâtel. Les participants sont réquisitionnés pour l'inventaire de fin d'année.

Nous souhaitons la reporter en janvier ; je reviendrai vers vous d'ici là avec quelques dates. Notre secrétariat est atteignable du lundi au vendredi de 7h30 à 11h45 si besoin.

Avec nos meilleures salutations,

Pour la direction,
Corinne Zbinden
Responsable RH – Horlogerie Vuilleumier SA
""",
        "label": {
            "recipient_name": "Corinne Zbinden", "recipient_name_alternatives": [],
            "sender_name": "Perrenoud", "sender_name_alternatives": ["Madame Perrenoud"],
            "meeting": "la formation « Excel avancé »",
            "meeting_alternatives": ["formation « Excel avancé »", "Excel avancé", "la formation"],
            "meeting_time": "le jeudi 10.12 de 8h15 à 12h00", "meeting_time_iso": "2026-12-10T08:15",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Léa Fournier-Dubé", "lea.fournierdube@atelier-lfd.example.fr"),
            "To": ("James Whitfield", "james@whitfield-studio.example.co.uk"),
            "Subject": "Re: Portfolio walkthrough – jeudi 10/12, 15h",
            "Date": "Mon, 07 Dec 2026 11:26:00 +0100",
            "Message-ID": "<lfd-7dec-1126@atelier-lfd.example.fr>",
            "In-Reply-To": "<CAJw-20261204100312@whitfield-studio.example.co.uk>",
            "References": "<CAJw-20261204100312@whitfield-studio.example.co.uk>",
        },
        "body": """
Bonjour James,

Désolée, jeudi ne va plus pour moi finalement : j'ai un accrochage à Lyon qui a été avancé.

Est-ce qu'on pourrait décaler à vendredi même heure, ou bien lundi 14 en fin de matinée, vers 11h ? Je réponds en français, je préfère, mais on pourra parler anglais pendant la visio.

Merci et bonne journée,
Léa

On Fri, 4 Dec 2026 at 10:03, James Whitfield <james@whitfield-studio.example.co.uk> wrote:
> Dear Léa,
>
> Thank you for sending the PDF. I'd suggest we go through the portfolio together on Thursday 10 December at 3pm (Paris time) on Zoom; it should take about an hour.
>
> Best wishes,
> James
""",
        "label": {
            "recipient_name": "Léa Fournier-Dubé", "recipient_name_alternatives": ["Léa"],
            "sender_name": "James Whitfield", "sender_name_alternatives": ["James"],
            "meeting": "Portfolio walkthrough", "meeting_alternatives": ["la visio", "Portfolio walkthrough – jeudi 10/12, 15h"],
            "meeting_time": "jeudi", "meeting_time_iso": "2026-12-10",
            "proposed_times": ["vendredi même heure", "lundi 14 en fin de matinée, vers 11h"],
            "proposed_times_iso": ["2026-12-11T15:00", "2026-12-14T11:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "On Fri, 4 Dec 2026 at 10:03, James Whitfield <james@whitfield-studio.example.co.uk> wrote:",
            "quoted_until": None,
        },
    },
    {
        "file": "009.txt",
        "text": """
Allô Mme Tremblay,

Juste pour vous confirmer que c'est bon pour mardi à 13 h pour la révision de mon plan d'affaires. Est-ce que vous pourriez m'envoyer l'ordre du jour d'avance? Je voudrais aussi savoir s'il faut que j'apporte les états financiers de 2025 ou juste le prévisionnel.

P.S. Je suis au bureau jusqu'à 16 h 30 seulement cette semaine si vous voulez m'appeler.

Merci beaucoup!
Karine Ouellet
Boulangerie La Mie Dorée, Trois-Rivières
""",
        "label": {
            "recipient_name": "Karine Ouellet", "recipient_name_alternatives": [],
            "sender_name": "Tremblay", "sender_name_alternatives": ["Mme Tremblay"],
            "meeting": "la révision de mon plan d'affaires",
            "meeting_alternatives": ["révision de mon plan d'affaires"],
            "meeting_time": "mardi à 13 h", "meeting_time_iso": "2026-12-08T13:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "010.eml",
        "headers": {
            "From": ("Solène Pégourié", "solene.pegourie@example.fr"),
            "To": ("", "contact@institut-lumiere-de-soi.example.fr"),
            "Subject": "Question avant réservation – massage duo",
            "Date": "Thu, 03 Dec 2026 21:48:00 +0100",
            "Message-ID": "<b7e2c0aa-v12fr010@example.fr>",
        },
        "html": True,
        "body": """
Bonjour,

Je souhaiterais offrir un massage duo à mes parents pour leurs 40 ans de mariage, idéalement le samedi 19/12 à 15h30.

Avant de réserver en ligne, je voudrais connaître vos conditions d'annulation : jusqu'à quand peut-on annuler ou déplacer sans frais, et l'acompte est-il remboursé si l'un des deux tombe malade ? Le bon cadeau est-il nominatif ?

Je vous remercie par avance.

Cordialement,
Solène Pégourié
""",
        "label": {
            "recipient_name": "Solène Pégourié", "recipient_name_alternatives": [],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "un massage duo", "meeting_alternatives": ["massage duo"],
            "meeting_time": "le samedi 19/12 à 15h30", "meeting_time_iso": "2026-12-19T15:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
]
