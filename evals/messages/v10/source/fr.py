"""French client messages of the v10 set (Montréal, Marseille, Geneva, Lille, Strasbourg, Liège, Montpellier, Rennes,
Nantes, Paris), written by hand with their labels."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Marie-Ève Gagnon", "me.gagnon@groupe-laurentide.ca"),
            "To": ("Anatole Mercier", "anatole@mercier-numerique.ca"),
            "Subject": "Invitation – lancement du portail fournisseurs",
            "Date": "Wed, 02 Dec 2026 09:41:00 -0500",
            "Message-ID": "<20261202094100.3317@groupe-laurentide.ca>",
        },
        "body": """
Bonjour Anatole,

J'espère que tu vas bien! Nous organisons le lancement du portail fournisseurs le jeudi 17 décembre, de 13 h 30 à 15 h (heure de l'Est), dans nos bureaux du 1250, boulevard René-Lévesque Ouest, 12e étage. Ta présence serait vraiment appréciée puisque c'est ton équipe qui a monté le module de facturation.

Peux-tu me confirmer ta présence d'ici le vendredi 11 décembre? Le stationnement intérieur est gratuit après 16 h.

Merci et bonne journée!

Marie-Ève Gagnon
Directrice, approvisionnement stratégique
Groupe Laurentide inc.
514 555-0182

Envoyé de mon iPhone
""",
        "label": {
            "recipient_name": "Marie-Ève Gagnon", "recipient_name_alternatives": [],
            "sender_name": "Anatole Mercier", "sender_name_alternatives": ["Anatole"],
            "meeting": "le lancement du portail fournisseurs",
            "meeting_alternatives": ["lancement du portail fournisseurs",
                                     "Invitation – lancement du portail fournisseurs"],
            "meeting_time": "le jeudi 17 décembre, de 13 h 30 à 15 h", "meeting_time_iso": "2026-12-17T13:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.txt",
        "text": """
Salut Soraya, c'est Yacine (la cuisine rue Paradis 😉). Pour le rdv de mesure jeudi à 8h30, finalement j'ai un souci avec le boulot, on peut décaler ? Moi je peux vendredi 11 après 17h ou samedi matin vers 10h. Dis-moi 🙏 Bonne soirée
""",
        "label": {
            "recipient_name": "Yacine", "recipient_name_alternatives": [],
            "sender_name": "Soraya", "sender_name_alternatives": [],
            "meeting": "le rdv de mesure", "meeting_alternatives": ["rdv de mesure"],
            "meeting_time": "jeudi à 8h30", "meeting_time_iso": "2026-12-10T08:30",
            "proposed_times": ["vendredi 11 après 17h", "samedi matin vers 10h"],
            "proposed_times_iso": ["2026-12-11T17:00", "2026-12-12T10:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "003.eml",
        "cte": "base64",
        "headers": {
            "From": ("Aurélie Chappuis", "aurelie.chappuis@bluewin.example.ch"),
            "To": ("Olivier Dufaux", "o.dufaux@etude-dufaux.ch"),
            "Subject": "Annulation rendez-vous de ce matin",
            "Date": "Tue, 08 Dec 2026 07:52:00 +0100",
            "Message-ID": "<a81c2f0e-5d1b-4c7e-9b0a-chappuis@bluewin.example.ch>",
        },
        "body": """
Bonjour Maître,

Je suis navrée de vous prévenir si tard : ma fille a de la fièvre depuis la nuit et je ne pourrai pas venir à notre rendez-vous de ce matin à 10h15 pour la relecture du contrat de bail.

Je comprends tout à fait que vous facturiez le rendez-vous manqué selon vos conditions (annulation moins de 24 heures avant) ; n'hésitez pas à me l'indiquer.

Je vous recontacterai dès que possible pour fixer une nouvelle date, probablement la semaine prochaine.

Avec mes meilleures salutations,

Aurélie Chappuis
Rue de Carouge 48
1205 Genève
079 555 41 27
""",
        "label": {
            "recipient_name": "Aurélie Chappuis", "recipient_name_alternatives": [],
            "sender_name": "Olivier Dufaux", "sender_name_alternatives": [],
            "meeting": "notre rendez-vous de ce matin",
            "meeting_alternatives": ["la relecture du contrat de bail", "relecture du contrat de bail", "rendez-vous"],
            "meeting_time": "ce matin à 10h15", "meeting_time_iso": "2026-12-08T10:15",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "004.eml",
        "headers": {
            "From": ("Ghislaine Vandewalle", "h.vandewalle@assoc-tisserands.fr"),
            "To": ("Romain Lefort", "romain.lefort@lefort-conseil.fr"),
            "Subject": "Fwd: Jury des soutenances de projets tutorés",
            "Date": "Thu, 03 Dec 2026 18:05:00 +0100",
            "Message-ID": "<CAF3vandewalle0312@mail.gmail.com>",
        },
        "body": """
Romain,

Je te transfère l'invitation de l'IUT : ils cherchent encore un professionnel pour le jury et j'ai pensé à toi. Ça te dirait de venir avec moi ? Il faudrait répondre à Mme Delattre avant lundi.

Ghislaine

---------- Message transféré ---------
De : Delattre Sylvie <s.delattre@iut-lille.example.fr>
Date: mar. 1 déc. 2026 à 16:20
Subject: Jury des soutenances de projets tutorés
To: Ghislaine Vandewalle <h.vandewalle@assoc-tisserands.fr>

Madame,

Nous avons le plaisir de vous convier au jury des soutenances de projets tutorés, le mercredi 16 décembre 2026 de 9h00 à 12h30, salle B204 (bâtiment B, entrée côté parking).
Un déjeuner sera servi à 12h45 au restaurant du campus.

Bien cordialement,
Sylvie Delattre
Responsable des stages
""",
        "label": {
            "recipient_name": "Ghislaine Vandewalle", "recipient_name_alternatives": ["Ghislaine"],
            "sender_name": "Romain Lefort", "sender_name_alternatives": ["Romain"],
            "meeting": "jury des soutenances de projets tutorés",
            "meeting_alternatives": ["le jury", "jury des soutenances", "Jury des soutenances de projets tutorés"],
            "meeting_time": "le mercredi 16 décembre 2026 de 9h00 à 12h30", "meeting_time_iso": "2026-12-16T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.txt",
        "text": """
Bonjour Madame Keller,

Une amie m'a donné vos coordonnées. Avant de prendre rendez-vous pour une première séance de sophrologie, je voudrais savoir comment ça se passe si je dois annuler : est-ce que la séance est facturée, et jusqu'à quand peut-on annuler sans frais ? Je travaille en horaires décalés aux HUS et mon planning change parfois au dernier moment.

Je suis joignable au 06 55 12 48 90, de préférence entre 14h et 16h.

Merci d'avance,
Cordialement,
Delphine Muller
""",
        "label": {
            "recipient_name": "Delphine Muller", "recipient_name_alternatives": [],
            "sender_name": "Keller", "sender_name_alternatives": ["Madame Keller"],
            "meeting": "une première séance de sophrologie",
            "meeting_alternatives": ["première séance de sophrologie", "séance de sophrologie"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.eml",
        "charset": "iso-8859-1",
        "headers": {
            "From": ("Marie-Laure Wéry", "ml.wery@fonderies-mosanes.be"),
            "To": ("François Hanquet", "f.hanquet@hanquet-formations.be"),
            "Subject": "RE: Formation Power Query - confirmation",
            "Date": "Wed, 02 Dec 2026 14:37:00 +0100",
            "Message-ID": "<DB9PR02MB7731.wery@fonderies-mosanes.be>",
            "In-Reply-To": "<5f2e.hanquet.20261126@hanquet-formations.be>",
        },
        "body": """
Bonjour Monsieur Hanquet,

Suite à l'annonce de la grève du 10 décembre (les bus ne rouleront pas), une bonne moitié de l'équipe ne pourra pas rejoindre Ans ce jour-là. Nous préférons donc annuler la formation de jeudi 10 et la reporter en janvier.

Est-ce que le lundi 11 janvier ou le vendredi 15 janvier vous conviendrait ? Le format reste le même (journée complète, même local).

Je vous souhaite une bonne fin de journée et à tantôt peut-être au téléphone.

Bien à vous,

Marie-Laure Wéry
Responsable RH - Fonderies Mosanes SA
Rue de l'Yser 212, 4430 Ans
04 255 67 10

Avertissement : ce message et ses annexes sont confidentiels et destinés exclusivement à leur(s) destinataire(s). Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.

De : François Hanquet <f.hanquet@hanquet-formations.be>
Envoyé : jeudi 26 novembre 2026 11:12
À : Marie-Laure Wéry <ml.wery@fonderies-mosanes.be>
Objet : Formation Power Query - confirmation

Madame Wéry,

Je vous confirme la formation Power Query pour huit personnes le jeudi 10 décembre de 9h00 à 16h30 dans vos locaux d'Ans.

Cordialement,
François Hanquet
""",
        "label": {
            "recipient_name": "Marie-Laure Wéry", "recipient_name_alternatives": ["Marie-Laure"],
            "sender_name": "François Hanquet", "sender_name_alternatives": ["Monsieur Hanquet", "Hanquet"],
            "meeting": "la formation",
            "meeting_alternatives": ["la formation de jeudi 10", "formation", "Formation Power Query"],
            "meeting_time": "jeudi 10", "meeting_time_iso": "2026-12-10",
            "proposed_times": ["le lundi 11 janvier", "le vendredi 15 janvier"],
            "proposed_times_iso": ["2027-01-11", "2027-01-15"],
            "kind": "cancellation", "suggested_intents": ["reschedule"],
            "quoted_from": "De : François Hanquet <f.hanquet@hanquet-formations.be>", "quoted_until": None,
        },
    },
    {
        "file": "007.txt",
        "text": """
Bonsoir Mme Roux,

Je suis vraiment confus : j'ai complètement oublié notre entretien de préparation à la VAE d'hier à 11h. Je m'en suis rendu compte à 13h30 en regardant mon agenda, trop tard évidemment. Rien ne justifie ça, je suis désolé de vous avoir fait attendre.

Est-ce qu'on pourrait la refaire mardi 8 vers 18h ou mercredi 9 dans l'après-midi ? Je m'adapte.

Bien à vous,
Gaëtan Delorme

Envoyé depuis mon appareil Galaxy
""",
        "label": {
            "recipient_name": "Gaëtan Delorme", "recipient_name_alternatives": ["Gaëtan"],
            "sender_name": "Roux", "sender_name_alternatives": ["Mme Roux"],
            "meeting": "notre entretien de préparation à la VAE",
            "meeting_alternatives": ["entretien de préparation à la VAE", "préparation à la VAE", "notre entretien"],
            "meeting_time": "hier à 11h", "meeting_time_iso": "2026-12-05T11:00",
            "proposed_times": ["mardi 8 vers 18h", "mercredi 9 dans l'après-midi"],
            "proposed_times_iso": ["2026-12-08T18:00", "2026-12-09"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "008.txt",
        "text": """
Bonjour Julie,

Pour notre point d'étape sur la refonte du site prévu mardi 15 à 14h, on vient de me caler un comité de direction sur le même créneau (pas le choix, c'est le PDG...).
Serait-il possible de le décaler au mercredi 16 même heure, ou sinon au jeudi 17 en début de matinée (8h30-9h) ?

Désolé pour le contretemps et trugarez !

Gaël Tanguy
Directeur commercial | Conserverie Ty Mor
02 99 55 73 18

Le ven. 4 déc. 2026 à 10:03, Julie Caradec <julie@caradec-web.bzh> a écrit :
> Bonjour Gaël,
> Je vous propose de faire le point d'étape le mardi 15 décembre à 14h en visio (1h).
> Je vous enverrai la maquette de la page d'accueil la veille.
> Julie
""",
        "label": {
            "recipient_name": "Gaël Tanguy", "recipient_name_alternatives": [],
            "sender_name": "Julie", "sender_name_alternatives": [],
            "meeting": "notre point d'étape sur la refonte du site",
            "meeting_alternatives": ["point d'étape sur la refonte du site", "point d'étape", "notre point d'étape"],
            "meeting_time": "mardi 15 à 14h", "meeting_time_iso": "2026-12-15T14:00",
            "proposed_times": ["mercredi 16 même heure", "jeudi 17 en début de matinée (8h30-9h)"],
            "proposed_times_iso": ["2026-12-16T14:00", "2026-12-17T08:30"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "Le ven. 4 déc. 2026 à 10:03, Julie Caradec <julie@caradec-web.bzh> a écrit :",
            "quoted_until": None,
        },
    },
    {
        "file": "009.txt",
        "text": """
Bonjour à vous deux,

C'est tout bon pour l'atelier de jeudi à 13h45 ! On sera 6 (j'ai rajouté Inès de la compta).
Petite question pratique : est-ce qu'il y a un vidéoprojecteur avec prise HDMI dans la salle, ou je viens avec le mien ? Et le code wifi, je le demande à l'accueil ?

À jeudi,
Fred (Atelier Loire Vélo)

--
Envoyé de mon téléphone Huawei
""",
        "label": {
            "recipient_name": "Fred", "recipient_name_alternatives": [],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "l'atelier", "meeting_alternatives": ["atelier", "l'atelier de jeudi à 13h45"],
            "meeting_time": "jeudi à 13h45", "meeting_time_iso": "2026-12-10T13:45",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "010.eml",
        "html": True,
        "headers": {
            "From": ("Solène Marchetti", "s.marchetti@oury-participations.fr"),
            "To": ("Capucine Ferrand", "c.ferrand@ferrand-audit.fr"),
            "Subject": "Invitation à déjeuner – M. Oury",
            "Date": "Fri, 04 Dec 2026 16:20:00 +0100",
            "Message-ID": "<PR1P264MB0419.marchetti@oury-participations.fr>",
        },
        "body": """
Madame,

Pour le compte de M. Bertrand Oury, président du directoire, je me permets de vous contacter : il souhaiterait vous rencontrer autour d'un déjeuner au sujet du renouvellement de la mission d'audit.

Il vous propose le mardi 22 décembre à 12h30 au restaurant du Palais-Royal, ou, si cela vous convient mieux, le lundi 4 janvier 2027 à la même heure.

Je vous remercie de bien vouloir me confirmer le créneau retenu avant mercredi 9 ; je reste joignable au standard de 9h à 18h.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Solène Marchetti
Assistante de direction
Oury Participations
01 55 34 70 12
""",
        "label": {
            "recipient_name": "Solène Marchetti", "recipient_name_alternatives": ["Bertrand Oury", "M. Bertrand Oury"],
            "sender_name": "Capucine Ferrand", "sender_name_alternatives": [],
            "meeting": "un déjeuner",
            "meeting_alternatives": ["déjeuner", "Invitation à déjeuner – M. Oury",
                                     "renouvellement de la mission d'audit"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": ["le mardi 22 décembre à 12h30", "le lundi 4 janvier 2027 à la même heure"],
            "proposed_times_iso": ["2026-12-22T12:30", "2027-01-04T12:30"],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
]
