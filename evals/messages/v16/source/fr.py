"""v16 French client messages (France, Belgium, Switzerland), hand-written (data-bi, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Anaïs Lefébure", "a.lefebure@meuse-energie.example.be"),
                 "To": ("Julien Mercier", "julien@mercier-conseil.example.be"),
                 "Subject": "Atelier de cadrage – refonte intranet",
                 "Date": "Mon, 11 Jan 2027 09:12:00 +0100",
                 "Message-ID": "<v16fr001.7c1e@meuse-energie.example.be>"},
     "body": """
Bonjour Julien,

Meilleurs vœux tout d'abord !

Comme convenu avant les fêtes, nous organisons un atelier de cadrage pour la refonte de l'intranet le jeudi 21 janvier de 9h30 à 12h, dans nos bureaux de Namur (rue de Fer 28, 2e étage). Sophie Wauters (RH) et Benoît Lambotte (IT) seront présents, et peut-être notre directeur, M. Collignon, pour la première demi-heure.

Pourriez-vous me confirmer votre présence d'ici vendredi ? Une petite présentation de votre méthode d'une vingtaine de minutes serait idéale.

Bien à vous,

Anaïs Lefébure
Cheffe de projet digital
Meuse Énergie SA – Namur
+32 81 22 45 10

Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.
""",
     "label": {"recipient_name": "Anaïs Lefébure", "recipient_name_alternatives": [],
               "sender_name": "Julien Mercier", "sender_name_alternatives": ["Julien"],
               "meeting": "atelier de cadrage",
               "meeting_alternatives": ["un atelier de cadrage", "atelier de cadrage pour la refonte de l'intranet",
                                        "Atelier de cadrage – refonte intranet"],
               "meeting_time": "le jeudi 21 janvier de 9h30 à 12h", "meeting_time_iso": "2027-01-21T09:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Bonjour Madame Roussel,

Nous avons rendez-vous mardi à 10h pour la révision de ma déclaration d'impôts, mais je viens d'apprendre que je dois être à Genève toute la journée pour une formation (imposée par mon employeur, évidemment...).

Serait-il possible de décaler au 14 ou au 15 à 10h ? Sinon je m'adapterai.

Avec mes meilleures salutations,

Patrick Delcourt
Ch. des Alpes 12, 1006 Lausanne
079 412 36 70
""",
     "label": {"recipient_name": "Patrick Delcourt", "recipient_name_alternatives": [],
               "sender_name": "Roussel", "sender_name_alternatives": ["Madame Roussel"],
               "meeting": "rendez-vous",
               "meeting_alternatives": ["la révision de ma déclaration d'impôts", "révision de ma déclaration d'impôts"],
               "meeting_time": "mardi à 10h", "meeting_time_iso": "2026-12-08T10:00",
               "proposed_times": ["au 14", "au 15 à 10h"],
               "proposed_times_iso": ["2026-12-14T10:00", "2026-12-15T10:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "003.eml",
     "headers": {"From": ("Hélène Ménard", "helene.menard@example.fr"),
                 "To": ("Thomas Bérard", "thomas@berard-formation.example.fr"),
                 "Subject": "Re: Formation Excel – session du 13",
                 "Date": "Wed, 13 Jan 2027 07:45:00 +0100",
                 "Message-ID": "<CAv16fr003q@mail.example.fr>",
                 "In-Reply-To": "<v16fr003-orig@berard-formation.example.fr>"},
     "charset": "iso-8859-1",
     "body": """
Bonjour Thomas,

Je suis vraiment désolée de vous prévenir si tard mais je dois annuler la session de ce matin à 9h : ma fille a 39 de fièvre et la crèche ne la prendra pas. Est-ce que l'annulation me sera facturée ? Je comprendrais, bien sûr.

Hélène

Le lun. 11 janv. 2027 à 17:20, Thomas Bérard <thomas@berard-formation.example.fr> a écrit :
> Bonjour Hélène,
> Je vous confirme la session de formation Excel du mercredi 13 janvier à 9h00, en présentiel.
> Pensez à apporter votre ordinateur.
> Thomas
""",
     "label": {"recipient_name": "Hélène Ménard", "recipient_name_alternatives": ["Hélène"],
               "sender_name": "Thomas Bérard", "sender_name_alternatives": ["Thomas"],
               "meeting": "la session",
               "meeting_alternatives": ["session", "la session de ce matin", "Formation Excel – session du 13",
                                        "Re: Formation Excel – session du 13"],
               "meeting_time": "ce matin à 9h", "meeting_time_iso": "2027-01-13T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation", "cancellation_policy"],
               "quoted_from": "Le lun. 11 janv. 2027 à 17:20, Thomas Bérard <thomas@berard-formation.example.fr> a écrit :"}},
    {"file": "004.txt",
     "text": """
Bonsoir Nadia,

Je suis confus, j'ai complètement raté notre visio de vendredi 16h sur le budget. Yann m'avait dit qu'elle était reportée et je ne l'ai pas vérifié, c'est ma faute.

Est-ce qu'on peut la refaire jeudi 10 à 11h30 ? Je bloque le créneau si ça vous va.

Bertrand

Envoyé de mon iPhone
""",
     "label": {"recipient_name": "Bertrand", "recipient_name_alternatives": [],
               "sender_name": "Nadia", "sender_name_alternatives": [],
               "meeting": "notre visio", "meeting_alternatives": ["visio", "notre visio de vendredi 16h sur le budget"],
               "meeting_time": "vendredi 16h", "meeting_time_iso": "2026-12-04T16:00",
               "proposed_times": ["jeudi 10 à 11h30"], "proposed_times_iso": ["2026-12-10T11:30"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Loïc Barré", "loic.barre@example.fr"),
                 "To": ("Élodie Vautrin", "contact@vautrin-sophro.example.fr"),
                 "Subject": "Question sur vos conditions",
                 "Date": "Tue, 05 Jan 2027 14:03:00 +0100",
                 "Message-ID": "<v16fr005.e2b0@example.fr>"},
     "body": """
Bonjour Madame Vautrin,

Ma collègue Amandine m'a recommandé vos ateliers de sophrologie. Avant de réserver le cycle de 6 séances, j'aimerais savoir ce qui se passe si je dois annuler une séance : y a-t-il un délai à respecter ? La séance est-elle perdue ou peut-on la reporter ?

Je travaille en horaires décalés à l'hôpital, d'où ma question.

Cordialement,
Loïc Barré

--
Envoyé de mon Galaxy
""",
     "label": {"recipient_name": "Loïc Barré", "recipient_name_alternatives": [],
               "sender_name": "Élodie Vautrin", "sender_name_alternatives": ["Vautrin", "Madame Vautrin"],
               "meeting": "le cycle de 6 séances",
               "meeting_alternatives": ["cycle de 6 séances", "vos ateliers de sophrologie", "une séance"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.txt",
     "text": """
Salut Camille,
c'est ok pour le point trimestriel jeudi 14h30 chez vous. J'amène Rodolphe de la compta si ça te va, il a des questions sur la facturation. Tu pourrais m'envoyer l'ordre du jour avant mercredi soir ?
Merci !
Seb
""",
     "label": {"recipient_name": "Seb", "recipient_name_alternatives": [],
               "sender_name": "Camille", "sender_name_alternatives": [],
               "meeting": "le point trimestriel", "meeting_alternatives": ["point trimestriel"],
               "meeting_time": "jeudi 14h30", "meeting_time_iso": "2026-12-10T14:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "007.eml",
     "headers": {"From": ("Geneviève Charlier", "genevieve.charlier@bureau-meuse.example.be"),
                 "To": ("Marc Dujardin", "marc.dujardin@example.be"),
                 "Subject": "TR: Lunch de nouvel an – équipe projet",
                 "Date": "Thu, 07 Jan 2027 16:40:00 +0100",
                 "Message-ID": "<v16fr007.0aa3@bureau-meuse.example.be>"},
     "body": """
Marc, je te transfère l'invitation de Didier : tu fais partie de l'équipe projet maintenant, tu es évidemment le bienvenu !
Gene

________________________________
De : Didier Hanssens <didier.hanssens@bureau-meuse.example.be>
Envoyé : jeudi 7 janvier 2027 15:02
À : Équipe projet Meuse
Objet : Lunch de nouvel an – équipe projet
Quand : vendredi 22 janvier 2027 12:00-14:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
Où : Brasserie Le Chapitre, Liège

Chers tous,

Pour bien commencer l'année, je vous propose un lunch tous ensemble. Merci de me dire avant le 15 si vous venez.

Didier
""",
     "label": {"recipient_name": "Geneviève Charlier", "recipient_name_alternatives": ["Gene"],
               "sender_name": "Marc Dujardin", "sender_name_alternatives": ["Marc"],
               "meeting": "Lunch de nouvel an – équipe projet",
               "meeting_alternatives": ["Lunch de nouvel an", "un lunch", "TR: Lunch de nouvel an – équipe projet"],
               "meeting_time": "vendredi 22 janvier 2027 12:00-14:00", "meeting_time_iso": "2027-01-22T12:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "008.txt",
     "text": """
Bonjour Maître Garnier,

Je dois malheureusement annuler notre rendez-vous du jeudi 17 à 14h concernant le bail commercial : le vendeur s'est retiré hier soir. Je reviendrai vers vous en janvier si un autre local se présente.

Mon associé, M. Brunel, vous appellera peut-être directement pour la facture.

Cordialement,
Fabienne Oriol
Gérante – Les Délices d'Orient
""",
     "label": {"recipient_name": "Fabienne Oriol", "recipient_name_alternatives": [],
               "sender_name": "Garnier", "sender_name_alternatives": ["Maître Garnier"],
               "meeting": "notre rendez-vous", "meeting_alternatives": ["rendez-vous", "le bail commercial"],
               "meeting_time": "jeudi 17 à 14h", "meeting_time_iso": "2026-12-17T14:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule"]}},
    {"file": "009.eml",
     "headers": {"From": ("Grégoire Nivelle", "g.nivelle@transports-nivelle.example.fr"),
                 "To": ("Sandrine Colas", "sandrine.colas@colas-crm.example.fr"),
                 "Subject": "RE: Comité de pilotage CRM",
                 "Date": "Mon, 18 Jan 2027 08:55:00 +0100",
                 "Message-ID": "<v16fr009.41d2@transports-nivelle.example.fr>",
                 "In-Reply-To": "<v16fr009-orig@colas-crm.example.fr>"},
     "body": """
Bonjour Sandrine,

Aucun de vos deux créneaux ne fonctionne pour Mme Petitjean, notre DAF, qui doit absolument être présente au comité de pilotage. Pourriez-vous plutôt le mardi 26 à 14h ou le jeudi 28 dans la matinée ?

Désolé pour ces allers-retours.

Grégoire Nivelle
Responsable SI | Transports Nivelle & Fils
Tél. 02 35 61 80 12

-----Message d'origine-----
De : Sandrine Colas <sandrine.colas@colas-crm.example.fr>
Envoyé : vendredi 15 janvier 2027 17:31
À : Grégoire Nivelle <g.nivelle@transports-nivelle.example.fr>
Objet : Comité de pilotage CRM

Bonjour Grégoire,
Pour le comité de pilotage, je vous propose le mercredi 20 à 10h ou le vendredi 22 à 15h.
Bien cordialement,
Sandrine Colas
""",
     "label": {"recipient_name": "Grégoire Nivelle", "recipient_name_alternatives": [],
               "sender_name": "Sandrine Colas", "sender_name_alternatives": ["Sandrine"],
               "meeting": "comité de pilotage",
               "meeting_alternatives": ["au comité de pilotage", "Comité de pilotage CRM", "RE: Comité de pilotage CRM"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["le mardi 26 à 14h", "le jeudi 28 dans la matinée"],
               "proposed_times_iso": ["2027-01-26T14:00", "2027-01-28"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "-----Message d'origine-----"}},
    {"file": "010.txt",
     "text": """
Bonjour Mme Fontaine,

Suite à notre échange téléphonique de jeudi dernier, je souhaiterais vous rencontrer pour un premier rendez-vous au sujet de l'extension de la maison (nous avons eu l'accord de principe de la mairie). Mon épouse, Laure, sera présente aussi.

Seriez vous disponible mercredi 9 à 14h ou vendredi 11 dans l'après-midi ? nous pouvons venir à votre cabinet.

Bien cordialement
Arnaud Pichon
06 71 20 48 93
""",
     "label": {"recipient_name": "Arnaud Pichon", "recipient_name_alternatives": [],
               "sender_name": "Fontaine", "sender_name_alternatives": ["Mme Fontaine"],
               "meeting": "un premier rendez-vous",
               "meeting_alternatives": ["premier rendez-vous", "l'extension de la maison"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["mercredi 9 à 14h", "vendredi 11 dans l'après-midi"],
               "proposed_times_iso": ["2026-12-09T14:00", "2026-12-11"],
               "kind": "invitation", "suggested_intents": INV}},
]
