"""v17 French client messages (France, Belgium, Switzerland, Québec), hand-written (data-bl, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Geneviève Tremblay", "gtremblay@caisse-boreale.example.ca"),
                 "To": ("Mathieu Bouchard", "mathieu@bouchard-analytique.example.ca"),
                 "Subject": "Invitation : Formation Power BI – mardi 16 février 2027",
                 "Date": "Tue, 02 Feb 2027 10:14:00 -0500",
                 "Message-ID": "<v17fr001.4a2c@caisse-boreale.example.ca>"},
     "body": """
Bonjour Mathieu,

On aimerait beaucoup t'avoir pour animer la formation Power BI pour l'équipe des finances, le mardi 16 février de 13 h 30 à 16 h 30, dans la salle Laurentienne au 4e étage. On serait une douzaine, surtout des analystes juniors.

Peux-tu me revenir d'ici vendredi? Si c'est plus simple pour toi, on peut aussi la faire en mode hybride (Teams).

Merci et bonne journée!

Geneviève Tremblay
Conseillère principale, Développement organisationnel
Caisse Boréale – Québec
418 555-0147, poste 2231

AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.
""",
     "label": {"recipient_name": "Geneviève Tremblay", "recipient_name_alternatives": ["Geneviève"],
               "sender_name": "Mathieu Bouchard", "sender_name_alternatives": ["Mathieu"],
               "meeting": "la formation Power BI",
               "meeting_alternatives": ["formation Power BI", "la formation Power BI pour l'équipe des finances",
                                        "Formation Power BI – mardi 16 février 2027",
                                        "Invitation : Formation Power BI – mardi 16 février 2027"],
               "meeting_time": "le mardi 16 février de 13 h 30 à 16 h 30", "meeting_time_iso": "2027-02-16T13:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Objet : Annulation essayage de demain

Bonjour Madame Claes,

Je suis vraiment navrée mais je ne pourrai pas venir à l'essayage de demain à 10h15, mon fils a de la fièvre depuis cette nuit et je n'ai personne pour le garder. Je sais que je vous préviens très tard... Est-ce que vous comptez quelque chose dans ce cas-là ? Dites-le moi, je réglerai sans souci.

On peut voir pour un autre jour la semaine prochaine ?

Bien à vous,
Maïté Dujardin
0476 58 21 93
""",
     "label": {"recipient_name": "Maïté Dujardin", "recipient_name_alternatives": ["Maïté"],
               "sender_name": "Claes", "sender_name_alternatives": ["Madame Claes"],
               "meeting": "l'essayage",
               "meeting_alternatives": ["essayage", "l'essayage de demain", "Annulation essayage de demain"],
               "meeting_time": "demain à 10h15", "meeting_time_iso": "2026-12-07T10:15",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation", "cancellation_policy"]}},
    {"file": "003.eml",
     "headers": {"From": ("Rémy Favre", "remy.favre@fromagerie-alpes.example.ch"),
                 "To": ("Carole Pythoud", "carole@pythoud-com.example.ch"),
                 "Subject": "Re: la visio de jeudi",
                 "Date": "Mon, 08 Feb 2027 08:37:00 +0100",
                 "Message-ID": "<v17fr003.91be@fromagerie-alpes.example.ch>",
                 "In-Reply-To": "<v17fr003-orig.77@pythoud-com.example.ch>"},
     "body": """
Salut Carole,

Je dois te demander de déplacer la visio de jeudi (14h) : notre comité de direction a été avancé pile à ce moment-là, je n'y peux rien.

Est-ce que lundi 15 à 9h ou mardi 16 dès 14h te conviendrait ? Sinon mercredi 17, même heure.

Désolé pour le chenit et merci d'avance !
Rémy

--
Rémy Favre | Responsable marketing
Fromagerie des Alpes SA, Bulle
+41 26 919 40 12

Le ven. 5 févr. 2027 à 16:48, Carole Pythoud <carole@pythoud-com.example.ch> a écrit :
> Hello Rémy,
> Je t'envoie le lien pour la visio du jeudi 11 février à 14h00 sur la campagne de printemps.
> À jeudi !
> Carole
""",
     "label": {"recipient_name": "Rémy Favre", "recipient_name_alternatives": ["Rémy"],
               "sender_name": "Carole Pythoud", "sender_name_alternatives": ["Carole"],
               "meeting": "la visio de jeudi",
               "meeting_alternatives": ["visio", "la visio", "Re: la visio de jeudi", "la visio de jeudi (14h)"],
               "meeting_time": "jeudi (14h)", "meeting_time_iso": "2027-02-11T14:00",
               "proposed_times": ["lundi 15 à 9h", "mardi 16 dès 14h", "mercredi 17, même heure"],
               "proposed_times_iso": ["2027-02-15T09:00", "2027-02-16T14:00", "2027-02-17T14:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Le ven. 5 févr. 2027 à 16:48, Carole Pythoud <carole@pythoud-com.example.ch> a écrit :"}},
    {"file": "004.txt",
     "text": """
Bonjour M. Garnier,

Je viens d'écouter votre message sur mon répondeur. Nous devions nous voir hier à 17h30 pour parler du devis de la cuisine et je n'ai pas vu passer l'heure, j'étais coincé au bureau avec un client. Toutes mes excuses, ce n'est pas mon genre.

Si vous êtes toujours d'accord, je peux passer au magasin mercredi 9 en fin de matinée, ou jeudi 10 vers 8h avant d'aller travailler.

Cordialement
Frédéric Aubry
06 71 42 88 05

Envoyé depuis mon mobile Orange
""",
     "label": {"recipient_name": "Frédéric Aubry", "recipient_name_alternatives": ["Frédéric"],
               "sender_name": "Garnier", "sender_name_alternatives": ["M. Garnier"],
               "meeting": "parler du devis de la cuisine",
               "meeting_alternatives": ["devis de la cuisine", "pour parler du devis de la cuisine",
                                        "devis"],
               "meeting_time": "hier à 17h30", "meeting_time_iso": "2026-12-05T17:30",
               "proposed_times": ["mercredi 9 en fin de matinée", "jeudi 10 vers 8h"],
               "proposed_times_iso": ["2026-12-09", "2026-12-10T08:00"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Zoé Marchand", "zoe.marchand@example.fr"),
                 "To": ("Sandrine Morel", "contact@morel-coaching.example.fr"),
                 "Subject": "Question avant de réserver",
                 "Date": "Thu, 04 Feb 2027 21:40:00 +0100",
                 "Message-ID": "<v17fr005.c3d1@example.fr>"},
     "body": """
Bonjour Madame Morel,

Une amie m'a parlé de vos séances de coaching de carrière et je pense me lancer (le forfait de 5 séances). Avant de réserver, je voudrais savoir ce qui se passe si je dois annuler : à partir de combien d'heures avant la séance est-elle facturée ? Et peut-on la reporter sans frais ?

Je suis infirmière avec des plannings qui changent souvent, d'où ma question.

Merci d'avance,
Zoé Marchand
""",
     "label": {"recipient_name": "Zoé Marchand", "recipient_name_alternatives": ["Zoé"],
               "sender_name": "Sandrine Morel", "sender_name_alternatives": ["Madame Morel", "Morel"],
               "meeting": "vos séances de coaching de carrière",
               "meeting_alternatives": ["séances de coaching de carrière", "séances de coaching", "le forfait de 5 séances"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.txt",
     "text": """
Bonjour Monsieur Rochat,

C'est bien noté pour l'atelier « Gestion du temps » du mardi 15 décembre à 8h30, salle 2 au Flon. Nous serons 14 participants.

Pourriez-vous m'envoyer l'ordre du jour et la liste du matériel d'ici jeudi ? Je dois encore réserver le beamer et les flip-charts.

Meilleures salutations

Anne-Laure Besson
Assistante de direction
Services industriels de Lausanne-Est
021 315 44 20
""",
     "label": {"recipient_name": "Anne-Laure Besson", "recipient_name_alternatives": ["Anne-Laure"],
               "sender_name": "Rochat", "sender_name_alternatives": ["Monsieur Rochat"],
               "meeting": "l'atelier « Gestion du temps »",
               "meeting_alternatives": ["atelier « Gestion du temps »", "Gestion du temps", "l'atelier"],
               "meeting_time": "mardi 15 décembre à 8h30", "meeting_time_iso": "2026-12-15T08:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "007.eml",
     "headers": {"From": ("Aurélie Dethier", "aurelie.dethier@meuse-invest.example.be"),
                 "To": ("Olivier Lambert", "olivier@lambert-avocats.example.be"),
                 "Subject": "TR: Déjeuner de lancement – partenariat 2027",
                 "Date": "Wed, 03 Feb 2027 11:02:00 +0100",
                 "Message-ID": "<v17fr007.5e60@meuse-invest.example.be>"},
     "body": """
Olivier,

Je te transfère l'invitation de la Région, je crois que tu n'étais pas dans la liste. Ce serait bien que tu viennes, ils vont parler des conventions que tu as relues.

Tu me dis ?
A.

-----Message d'origine-----
De : Secrétariat Partenariats <partenariats@region.example.be>
Envoyé : mardi 2 février 2027 16:20
À : Aurélie Dethier <aurelie.dethier@meuse-invest.example.be>
Objet : Déjeuner de lancement – partenariat 2027
Quand : jeudi 18 février 2027 12:30-14:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
Où : Château de Namur, salle des Comtes

Madame,
Nous avons le plaisir de vous convier au déjeuner de lancement du partenariat 2027. Merci de confirmer votre présence avant le 10 février.
""",
     "label": {"recipient_name": "Aurélie Dethier", "recipient_name_alternatives": ["A."],
               "sender_name": "Olivier Lambert", "sender_name_alternatives": ["Olivier"],
               "meeting": "Déjeuner de lancement – partenariat 2027",
               "meeting_alternatives": ["Déjeuner de lancement", "déjeuner de lancement du partenariat 2027",
                                        "TR: Déjeuner de lancement – partenariat 2027"],
               "meeting_time": "jeudi 18 février 2027 12:30-14:30", "meeting_time_iso": "2027-02-18T12:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "008.txt",
     "text": """
Allô Mme Gagnon,

Je dois malheureusement annuler ma consultation du 17 décembre à 15 h (le bilan de mi-parcours). Mon employeur m'envoie à Calgary toute la semaine pour un projet, j'ai su ça ce matin seulement.

Je vous réécris en janvier pour reprendre un rendez-vous, si ça vous va.

Merci de votre compréhension et bonne fin de semaine!
Kevin Ouellet

Envoyé de mon cellulaire
""",
     "label": {"recipient_name": "Kevin Ouellet", "recipient_name_alternatives": ["Kevin"],
               "sender_name": "Gagnon", "sender_name_alternatives": ["Mme Gagnon"],
               "meeting": "ma consultation",
               "meeting_alternatives": ["consultation", "le bilan de mi-parcours", "bilan de mi-parcours"],
               "meeting_time": "17 décembre à 15 h", "meeting_time_iso": "2026-12-17T15:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule"]}},
    {"file": "009.eml",
     "headers": {"From": ("Jérôme Kieffer", "j.kieffer@example.fr"),
                 "To": ("Laure Schmitt", "laure.schmitt@alsace-immo.example.fr"),
                 "Subject": "RE: Visite de l'appartement rue des Tanneurs",
                 "Date": "Fri, 12 Feb 2027 18:22:00 +0100",
                 "Message-ID": "<v17fr009.0b7f@example.fr>",
                 "In-Reply-To": "<v17fr009-orig.3a@alsace-immo.example.fr>"},
     "body": """
Bonsoir Madame Schmitt,

Merci pour vos propositions, mais lundi et mardi je suis en déplacement à Lyon toute la journée.

Pour la visite, serait-il possible de la faire le jeudi 18 février à 17h30, ou à défaut le samedi 20 au matin ? Mon épouse pourrait venir le samedi, ce qui serait un plus.

Cordialement,
J. Kieffer

-----Message d'origine-----
De : Laure Schmitt <laure.schmitt@alsace-immo.example.fr>
Envoyé : vendredi 12 février 2027 09:15
À : Jérôme Kieffer <j.kieffer@example.fr>
Objet : Visite de l'appartement rue des Tanneurs

Bonjour Monsieur Kieffer,
Je vous propose la visite lundi 15 à 18h ou mardi 16 à 12h30.
Bien cordialement,
Laure Schmitt
""",
     "label": {"recipient_name": "Jérôme Kieffer", "recipient_name_alternatives": ["J. Kieffer"],
               "sender_name": "Laure Schmitt", "sender_name_alternatives": ["Schmitt", "Madame Schmitt"],
               "meeting": "la visite",
               "meeting_alternatives": ["visite", "Visite de l'appartement rue des Tanneurs",
                                        "RE: Visite de l'appartement rue des Tanneurs"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["le jeudi 18 février à 17h30", "le samedi 20 au matin"],
               "proposed_times_iso": ["2027-02-18T17:30", "2027-02-20"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "-----Message d'origine-----"}},
    {"file": "010.txt",
     "text": """
Coucou Inès !

ça fait une éternité ! Ça te dirait un café pour parler de ton offre de formation ? On a un peu de budget à dépenser avant la fin de l'année et j'ai pensé à toi direct.

Je suis dispo mercredi 9 à partir de 15h ou vendredi matin, près de République si ça t'arrange.

Bises,
Manon
""",
     "label": {"recipient_name": "Manon", "recipient_name_alternatives": [],
               "sender_name": "Inès", "sender_name_alternatives": [],
               "meeting": "un café",
               "meeting_alternatives": ["café", "un café pour parler de ton offre de formation"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["mercredi 9 à partir de 15h", "vendredi matin"],
               "proposed_times_iso": ["2026-12-09T15:00", "2026-12-11"],
               "kind": "invitation", "suggested_intents": INV}},
]
