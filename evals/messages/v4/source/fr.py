"""French (France, Belgium, Québec) client messages for the held-out v4 set, written by hand with their labels."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.txt", "text": """
Salut Corentin !
Tu serais dispo mercredi 9 vers 11h30 pour un café et parler de la refonte du site de la boutique ? Je passe par Nantes ce jour-là.
Bises,
Léa
""", "label": {
        "recipient_name": "Léa", "sender_name": "Corentin",
        "meeting": "la refonte du site de la boutique",
        "meeting_alternatives": ["refonte du site de la boutique", "un café et parler de la refonte du site de la boutique", "un café"],
        "meeting_time": "mercredi 9 vers 11h30", "meeting_time_iso": "2026-12-09T11:30",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "002.eml", "headers": {
        "From": ("Hervé Lagardère", "h.lagardere@menuiseries-lagardere.fr"),
        "To": ("Sandrine Peyrac", "sandrine.peyrac@peyrac-conseil.fr"),
        "Subject": "RE: Point bilan de fin d'année",
        "Date": "Thu, 03 Dec 2026 09:12:00 +0100",
        "Message-ID": "<a81f3c02.5d1e@menuiseries-lagardere.fr>",
        "In-Reply-To": "<CAK9x2-sandrine-0212@mail.gmail.com>"},
        "body": """
Bonjour Sandrine,

Un impératif de dernière minute (audit de la banque) m'oblige à vous demander de décaler notre point sur le bilan de fin d'année, prévu le lundi 7/12 à 16 h.

Pourriez-vous plutôt le jeudi 10/12 entre 9 h et 10 h, ou le vendredi 11/12 en début d'après-midi ?
Merci de me répondre avant mardi 18h, que je bloque la salle.

Cordialement,

Hervé Lagardère
Directeur administratif et financier
Menuiseries Lagardère SAS - 12 rue des Tanneurs, 49300 Cholet
Tél. 02 41 55 18 90

Le mer. 2 déc. 2026 à 17:40, Sandrine Peyrac <sandrine.peyrac@peyrac-conseil.fr> a écrit :
> Bonjour Monsieur Lagardère,
> Je vous confirme notre point sur le bilan lundi 7 décembre à 16h, dans vos locaux.
> Bien à vous,
> Sandrine Peyrac
""", "label": {
        "recipient_name": "Hervé Lagardère", "recipient_name_alternatives": ["Hervé"],
        "sender_name": "Sandrine Peyrac", "sender_name_alternatives": ["Sandrine"],
        "meeting": "notre point sur le bilan de fin d'année",
        "meeting_alternatives": ["point sur le bilan de fin d'année", "bilan de fin d'année", "Point bilan de fin d'année"],
        "meeting_time": "le lundi 7/12 à 16 h", "meeting_time_iso": "2026-12-07T16:00",
        "proposed_times": ["le jeudi 10/12 entre 9 h et 10 h", "le vendredi 11/12 en début d'après-midi"],
        "proposed_times_iso": ["2026-12-10T09:00", "2026-12-11"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        "quoted_from": "Le mer. 2 déc. 2026 à 17:40, Sandrine Peyrac <sandrine.peyrac@peyrac-conseil.fr> a écrit :"}},

    {"file": "003.txt", "text": """
Bonjour Maître Ferrand,

Je suis au regret de devoir annuler le rendez-vous de demain matin 9h au cabinet pour la signature du bail commercial : mon associé est hospitalisé depuis ce soir et je ne peux pas signer sans lui.
Je sais que c'est très tardif. Des frais sont-ils prévus dans ce cas ? Je préfère le savoir tout de suite.

Respectueusement,
Pascale Rigaud
Gérante, SARL Rigaud Primeurs

Envoyé de mon iPad
""", "label": {
        "recipient_name": "Pascale Rigaud", "recipient_name_alternatives": ["Pascale"],
        "sender_name": "Ferrand", "sender_name_alternatives": ["Maître Ferrand"],
        "meeting": "la signature du bail commercial",
        "meeting_alternatives": ["signature du bail commercial", "le rendez-vous de demain matin 9h au cabinet pour la signature du bail commercial", "le rendez-vous"],
        "meeting_time": "demain matin 9h", "meeting_time_iso": "2026-12-07T09:00",
        "proposed_times": [], "proposed_times_iso": [],
        "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"]}},

    {"file": "004.eml", "headers": {
        "From": ("Gaëtan Lemaître", "gaetan.lemaitre@brasserie-des-marolles.be"),
        "To": ("Olivier Vasseur", "o.vasseur@vasseur-erp.be"),
        "Subject": "Visio de cadrage ERP - toutes mes excuses",
        "Date": "Tue, 01 Dec 2026 08:05:00 +0100",
        "Message-ID": "<20261201080500.4471@brasserie-des-marolles.be>"},
        "html": True,
        "body": """
Bonjour Monsieur Vasseur,

Toutes mes excuses : je n'ai pas pu me connecter hier à 14h pour la visio de cadrage du projet ERP. Une livraison de fûts est arrivée en avance et j'ai dû gérer le déchargement, sans réseau dans la cave.

Si vous avez encore un créneau, seriez-vous disponible jeudi 3 décembre à 10h00 ? Sinon je m'adapte à vos disponibilités.

Bien à vous,

Gaëtan Lemaître
Brasserie des Marolles
Rue Haute 212, 1000 Bruxelles
Permanence téléphonique : du lundi au vendredi, de 9h à 12h

Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci de le supprimer et d'en avertir l'expéditeur.
""", "label": {
        "recipient_name": "Gaëtan Lemaître", "recipient_name_alternatives": ["Gaëtan"],
        "sender_name": "Olivier Vasseur", "sender_name_alternatives": ["Monsieur Vasseur", "Vasseur"],
        "meeting": "la visio de cadrage du projet ERP",
        "meeting_alternatives": ["visio de cadrage du projet ERP", "Visio de cadrage ERP", "cadrage du projet ERP"],
        "meeting_time": "hier à 14h", "meeting_time_iso": "2026-11-30T14:00",
        "proposed_times": ["jeudi 3 décembre à 10h00"], "proposed_times_iso": ["2026-12-03T10:00"],
        "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},

    {"file": "005.txt", "text": """
Bonjour Madame Perrin,

Une amie m'a recommandé vos séances de coaching en reconversion et j'aimerais réserver un premier bilan en janvier.
Avant de m'engager, pourriez-vous me préciser vos conditions d'annulation ? Par exemple, si je dois annuler la veille pour un enfant malade, la séance est-elle due ? Et faut-il verser un acompte ?

Merci par avance,
Yasmine Bouaziz
06 71 42 88 13
""", "label": {
        "recipient_name": "Yasmine Bouaziz", "recipient_name_alternatives": ["Yasmine"],
        "sender_name": "Perrin", "sender_name_alternatives": ["Madame Perrin"],
        "meeting": "un premier bilan",
        "meeting_alternatives": ["premier bilan", "séances de coaching en reconversion", "vos séances de coaching en reconversion"],
        "meeting_time": None, "meeting_time_iso": None, "proposed_times": [], "proposed_times_iso": [],
        "kind": "policy_question", "suggested_intents": ["cancellation_policy"]}},

    {"file": "006.eml", "headers": {
        "From": ("Benoît Carré", "benoit.carre@groupe-altavia.fr"),
        "To": ("Élodie Marchand", "elodie@marchand-pmo.fr"),
        "Subject": "Fwd: Comité de pilotage T1",
        "Date": "Fri, 04 Dec 2026 14:02:00 +0100",
        "Message-ID": "<CAF7bc-benoit-0412-fwd@mail.gmail.com>"},
        "body": """
Élodie, je te transfère l'invitation. Tu pourrais y être pour présenter le planning ? Ce serait top.
Benoît

---------- Message transféré ---------
De : Agnès Tardieu <agnes.tardieu@groupe-altavia.fr>
Date : ven. 4 déc. 2026 à 11:20
Objet : Comité de pilotage T1
À : Benoît Carré <benoit.carre@groupe-altavia.fr>, Direction SI <dsi@groupe-altavia.fr>

Bonjour à tous,

Le comité de pilotage T1 se tiendra le mercredi 16 décembre 2026 de 14h00 à 16h00, salle Vauban (3e étage).
Ordre du jour : avancement des lots, budget 2027, risques.

Merci de confirmer votre présence avant le 10 décembre.
Agnès Tardieu
Assistante de direction
""", "label": {
        "recipient_name": "Benoît Carré", "recipient_name_alternatives": ["Benoît"],
        "sender_name": "Élodie Marchand", "sender_name_alternatives": ["Élodie"],
        "meeting": "Comité de pilotage T1",
        "meeting_alternatives": ["comité de pilotage", "Le comité de pilotage T1", "l'invitation"],
        "meeting_time": "le mercredi 16 décembre 2026 de 14h00 à 16h00", "meeting_time_iso": "2026-12-16T14:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "007.txt", "text": """
Bonjour Rémi,

Serait-il possible de repousser l'atelier photo produit de mardi (8 déc., 10h-12h) ? Les nouvelles bougies ne seront pas livrées à temps.
Le mardi 15 ou le jeudi 17, même horaire, me conviendraient.

Merci d'avance !
Capucine
--
Capucine Aubry - Atelier Capucine
06 12 34 56 78 | www.atelier-capucine.fr
""", "label": {
        "recipient_name": "Capucine Aubry", "recipient_name_alternatives": ["Capucine"],
        "sender_name": "Rémi",
        "meeting": "l'atelier photo produit", "meeting_alternatives": ["atelier photo produit"],
        "meeting_time": "mardi (8 déc., 10h-12h)", "meeting_time_iso": "2026-12-08T10:00",
        "proposed_times": ["Le mardi 15", "le jeudi 17"], "proposed_times_iso": ["2026-12-15T10:00", "2026-12-17T10:00"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},

    {"file": "008.eml", "headers": {
        "From": ("Anne-Sophie Dubreuil", "asdubreuil@cooperative-laurentides.qc.ca"),
        "To": ("Karim Belkacem", "karim@formations-belkacem.ca"),
        "Cc": [("Réjean Tremblay", "rtremblay@cooperative-laurentides.qc.ca")],
        "Subject": "Annulation - formation Excel avancé",
        "Date": "Wed, 02 Dec 2026 18:30:00 -0500",
        "Message-ID": "<MN2PR04-7781.asdubreuil@cooperative-laurentides.qc.ca>"},
        "body": """
Bonjour Karim,

Je dois malheureusement annuler notre formation Excel avancé du 14 décembre (9 h à 16 h). Notre budget de formation vient d'être gelé jusqu'à la fin de l'exercice.

Je vous recontacte en janvier pour fixer une nouvelle date. Merci de votre compréhension.

Anne-Sophie Dubreuil
Conseillère en ressources humaines
Coopérative des Laurentides
450 555-0142, poste 221

Envoyé de mon cellulaire
""", "label": {
        "recipient_name": "Anne-Sophie Dubreuil", "recipient_name_alternatives": ["Anne-Sophie"],
        "sender_name": "Karim Belkacem", "sender_name_alternatives": ["Karim"],
        "meeting": "notre formation Excel avancé",
        "meeting_alternatives": ["formation Excel avancé", "Annulation - formation Excel avancé"],
        "meeting_time": "14 décembre (9 h à 16 h)", "meeting_time_iso": "2026-12-14T09:00",
        "proposed_times": [], "proposed_times_iso": [],
        "kind": "cancellation", "suggested_intents": ["reschedule"]}},

    {"file": "009.txt", "text": """
Bonjour Mme Giraud,

Je vous confirme notre présence (M. Hamel et moi-même) à la revue de production trimestrielle jeudi 10 décembre à 9h30.
Pourriez-vous nous envoyer l'ordre du jour d'ici mercredi midi ?

Cdlt,
J-P Moulin
Imprimerie Moulin & Fils
""", "label": {
        "recipient_name": "J-P Moulin",
        "sender_name": "Giraud", "sender_name_alternatives": ["Mme Giraud"],
        "meeting": "la revue de production trimestrielle", "meeting_alternatives": ["revue de production trimestrielle"],
        "meeting_time": "jeudi 10 décembre à 9h30", "meeting_time_iso": "2026-12-10T09:30",
        "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},

    {"file": "010.eml", "headers": {
        "From": ("Loïc Kervella", "loic.kervella@transports-kervella.bzh"),
        "To": ("Nadia Benali", "nadia.benali@plannia.io"),
        "Subject": "Démonstration Plannia pour notre équipe logistique",
        "Date": "Mon, 30 Nov 2026 10:47:00 +0100",
        "Message-ID": "<5f2a91e0-kervella-3011@transports-kervella.bzh>"},
        "charset": "iso-8859-1",
        "body": """
Bonjour Nadia,

Suite à notre échange au salon de Rennes, je vous propose une démonstration de votre outil de planification auprès de notre équipe logistique (6 personnes).
Seriez-vous disponible le 9 décembre à 14 heures ou le 11 décembre à 10 heures 30 ? Comptez une heure environ.

Bien cordialement,
Loïc Kervella
Responsable logistique - Transports Kervella
Quai est, 29200 Brest
Accueil ouvert de 7h30 à 18h (fermé le samedi)
""", "label": {
        "recipient_name": "Loïc Kervella", "recipient_name_alternatives": ["Loïc"],
        "sender_name": "Nadia Benali", "sender_name_alternatives": ["Nadia"],
        "meeting": "une démonstration de votre outil de planification",
        "meeting_alternatives": ["démonstration de votre outil de planification", "Démonstration Plannia pour notre équipe logistique", "démonstration"],
        "meeting_time": None, "meeting_time_iso": None,
        "proposed_times": ["le 9 décembre à 14 heures", "le 11 décembre à 10 heures 30"],
        "proposed_times_iso": ["2026-12-09T14:00", "2026-12-11T10:30"],
        "kind": "invitation", "suggested_intents": INV}},
]
