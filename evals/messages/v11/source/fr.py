"""French client messages of the v11 set (hand-written, with their labels). See ../README.md."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Hélène Rouquette", "h.rouquette@mairie-colomiers.example.fr"),
            "To": ("Thibault Ferrand", "t.ferrand@ferrand-bet.example.fr"),
            "Subject": "Revue de chantier médiathèque – 15/12",
            "Date": "Tue, 01 Dec 2026 10:12:00 +0100",
            "Message-ID": "<a81c2f.hrouquette@mairie-colomiers.example.fr>",
        },
        "body": """
Bonjour Monsieur Ferrand,

Je vous propose de nous retrouver sur place pour la revue de chantier de la médiathèque, le mardi 15/12 de 9h à 11h30, avec l'architecte et le lot électricité.
Un accueil café sera prévu dans le bungalow dès 8h45. Pensez à vos chaussures de sécurité, les EPI sont obligatoires sur le site.

Merci de me confirmer votre présence avant le jeudi 10 décembre 12h, afin que je puisse transmettre la liste des participants au coordinateur SPS.

Bien cordialement,

Hélène Rouquette
Chargée d'opérations – Direction du patrimoine bâti
Mairie de Colomiers
05 61 00 47 12 (permanence téléphonique de 8h30 à 12h)
""",
        "label": {
            "recipient_name": "Hélène Rouquette", "recipient_name_alternatives": [],
            "sender_name": "Thibault Ferrand", "sender_name_alternatives": ["Monsieur Ferrand", "Ferrand"],
            "meeting": "la revue de chantier de la médiathèque",
            "meeting_alternatives": ["revue de chantier de la médiathèque", "Revue de chantier médiathèque",
                                     "revue de chantier"],
            "meeting_time": "le mardi 15/12 de 9h à 11h30", "meeting_time_iso": "2026-12-15T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "002.txt",
        "text": """
Coucou Mathilde 🙂
Désolée de m'y prendre tard mais je dois décaler ma séance d'ostéo de mardi 18h15, j'ai un pot de départ au boulot que je peux pas esquiver 😬
Est-ce que tu aurais jeudi soir vers 19h ? Sinon même jour même heure la semaine d'après, ça me va aussi.
Merci beaucoup et encore pardon !!
Inès
""",
        "label": {
            "recipient_name": "Inès", "recipient_name_alternatives": [],
            "sender_name": "Mathilde", "sender_name_alternatives": [],
            "meeting": "ma séance d'ostéo", "meeting_alternatives": ["séance d'ostéo", "séance"],
            "meeting_time": "mardi 18h15", "meeting_time_iso": "2026-12-08T18:15",
            "proposed_times": ["jeudi soir vers 19h", "même jour même heure la semaine d'après"],
            "proposed_times_iso": ["2026-12-10T19:00", "2026-12-15T18:15"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Laëtitia Bénard", "laetitia.benard@laposte.example.net"),
            "To": ("Romain Castex", "contact@romaincastex-photo.example.fr"),
            "Subject": "Re: Séance photo de fiançailles samedi",
            "Date": "Sat, 05 Dec 2026 08:03:00 +0100",
            "Message-ID": "<CAF3k9-lb-20261205@mail.laposte.example.net>",
            "In-Reply-To": "<rc-20261204-1620@romaincastex-photo.example.fr>",
        },
        "body": """
Bonjour Romain,

Avec l'alerte orange vent et pluie sur la Gironde, on préfère ne pas maintenir la séance photo de fiançailles de cet après-midi à 15h, désolés de vous prévenir si tard.
On aimerait bien la refaire au printemps quand les arbres seront en fleurs. Par contre, est-ce que l'acompte de 80 € est perdu ou est-ce qu'il peut être reporté sur la nouvelle date ?

Merci d'avance et bon week-end malgré la météo,
Laëtitia & Hugo

Envoyé de mon iPad

Le ven. 4 déc. 2026 à 16:20, Romain Castex <contact@romaincastex-photo.example.fr> a écrit :
> Bonjour Laëtitia, bonjour Hugo,
>
> Je vous confirme notre rendez-vous samedi 5 décembre à 15h à l'entrée du Jardin Public, côté cours de Verdun.
> Prévoyez deux tenues si vous le souhaitez, la séance dure environ 1h30.
>
> À demain,
> Romain Castex – Photographe
""",
        "label": {
            "recipient_name": "Laëtitia Bénard", "recipient_name_alternatives": ["Laëtitia", "Laëtitia & Hugo"],
            "sender_name": "Romain Castex", "sender_name_alternatives": ["Romain"],
            "meeting": "la séance photo de fiançailles",
            "meeting_alternatives": ["séance photo de fiançailles", "Séance photo de fiançailles samedi"],
            "meeting_time": "cet après-midi à 15h", "meeting_time_iso": "2026-12-05T15:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": "Le ven. 4 déc. 2026 à 16:20, Romain Castex <contact@romaincastex-photo.example.fr> a écrit :",
        },
    },
    {
        "file": "004.eml",
        "headers": {
            "From": ("Bruno Vandenbroucke", "bruno.vandenbroucke@habitat-solidaire.example.be"),
            "To": ("Yasmina Belkacem", "yasmina@belkacem-conseil.example.be"),
            "Subject": "TR: Comité d'accompagnement – projet Logement Jeunes",
            "Date": "Mon, 30 Nov 2026 13:05:00 +0100",
            "Message-ID": "<AM6PR02MB-bvdb-301126@habitat-solidaire.example.be>",
        },
        "body": """
Yasmina,

Je suis en congé ce jour-là, est-ce que tu pourrais y aller pour nous ? Tu connais le dossier mieux que personne.
Dis-moi d'ici mercredi, sinon je demande à Caroline.

-----Message d'origine-----
De : Secrétariat CPAS <secretariat@cpas-ixelles.example.be>
Envoyé : lundi 30 novembre 2026 11:47
À : Vandenbroucke Bruno <bruno.vandenbroucke@habitat-solidaire.example.be>
Objet : Comité d'accompagnement – projet Logement Jeunes
Quand : jeudi 10 décembre 2026 14:00-16:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
Où : Salle du Conseil, 2e étage

Madame, Monsieur,
Vous êtes convié(e) à la prochaine réunion du comité. L'ordre du jour suivra.
""",
        "label": {
            "recipient_name": "Bruno Vandenbroucke", "recipient_name_alternatives": ["Vandenbroucke Bruno", "Bruno"],
            "sender_name": "Yasmina Belkacem", "sender_name_alternatives": ["Yasmina"],
            "meeting": "Comité d'accompagnement – projet Logement Jeunes",
            "meeting_alternatives": ["Comité d'accompagnement", "la prochaine réunion du comité"],
            "meeting_time": "jeudi 10 décembre 2026 14:00-16:00", "meeting_time_iso": "2026-12-10T14:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "005.txt",
        "text": """
Bonjour,

Notre service RH souhaiterait vous confier un coaching de prise de poste pour l'une de nos nouvelles cadres, à démarrer en janvier.
Avant de fixer la première séance, pourriez-vous m'indiquer vos conditions d'annulation ? En particulier : jusqu'à quand peut-on déplacer une séance sans frais, et une séance annulée moins de 48 heures à l'avance est-elle facturée en totalité ?

Je suis joignable du lundi au jeudi de 8h à 12h au 021 555 17 40.

Avec mes meilleures salutations,

Séverine Aubort
Responsable formation
Laiterie du Jorat SA – Lausanne
""",
        "label": {
            "recipient_name": "Séverine Aubort", "recipient_name_alternatives": ["Séverine"],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "un coaching de prise de poste",
            "meeting_alternatives": ["coaching de prise de poste", "la première séance"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Aïssatou Ndiaye", "a.ndiaye@coop-niayes.example.sn"),
            "To": ("Peter Walsh", "peter.walsh@walsh-agri.example.ie"),
            "Subject": "Re: Irrigation project review",
            "Date": "Fri, 04 Dec 2026 11:32:00 +0000",
            "Message-ID": "<CAN-an-20261204-1132@coop-niayes.example.sn>",
            "In-Reply-To": "<pw-20261203-0915@walsh-agri.example.ie>",
        },
        "body": """
Bonjour Peter,

Merci pour votre message. Mardi 8 à 10h ne va finalement pas être possible : notre conseil d'administration a été avancé à ce jour-là.
Pourrions-nous décaler la revue du projet d'irrigation au mercredi 9 décembre à 15h (heure de Dakar) ou au jeudi 10 à 9h30 ? Je peux vous appeler sur Teams, comme la dernière fois.

Je vous réponds en français, j'espère que cela ne vous dérange pas.

Cordialement,
Aïssatou Ndiaye
Coordinatrice – Coopérative maraîchère des Niayes
+221 77 000 41 86

On Thu, Dec 3, 2026 at 9:15 AM Peter Walsh <peter.walsh@walsh-agri.example.ie> wrote:
> Dear Ms Ndiaye,
>
> Could we hold the irrigation project review on Tuesday 8 December at 10:00 GMT?
> I will share the pump test results beforehand.
>
> Kind regards,
> Peter
""",
        "label": {
            "recipient_name": "Aïssatou Ndiaye", "recipient_name_alternatives": ["Aïssatou"],
            "sender_name": "Peter Walsh", "sender_name_alternatives": ["Peter"],
            "meeting": "la revue du projet d'irrigation",
            "meeting_alternatives": ["revue du projet d'irrigation", "Irrigation project review"],
            "meeting_time": "Mardi 8 à 10h", "meeting_time_iso": "2026-12-08T10:00",
            "proposed_times": ["mercredi 9 décembre à 15h (heure de Dakar)", "jeudi 10 à 9h30"],
            "proposed_times_iso": ["2026-12-09T15:00", "2026-12-10T09:30"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "On Thu, Dec 3, 2026 at 9:15 AM Peter Walsh <peter.walsh@walsh-agri.example.ie> wrote:",
        },
    },
    {
        "file": "007.txt",
        "text": """
Bonjour Maître Garnier,

Je suis vraiment confus : j'ai complètement oublié notre rendez-vous de vendredi dernier à 16h45 pour la relecture du compromis de vente. Je n'ai vu votre message sur mon répondeur qu'en rentrant du travail, vers 19h.
Je suis évidemment prêt à régler le rendez-vous manqué si c'est votre usage. Pourriez-vous me proposer un nouveau créneau ? Je suis disponible en fin de journée toute la semaine.

Bien à vous,
Fabrice Mollard

Envoyé de mon iPhone
""",
        "label": {
            "recipient_name": "Fabrice Mollard", "recipient_name_alternatives": ["Fabrice"],
            "sender_name": "Garnier", "sender_name_alternatives": ["Maître Garnier"],
            "meeting": "la relecture du compromis de vente",
            "meeting_alternatives": ["relecture du compromis de vente", "notre rendez-vous", "rendez-vous"],
            "meeting_time": "vendredi dernier à 16h45", "meeting_time_iso": "2026-12-04T16:45",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
        },
    },
    {
        "file": "008.txt",
        "text": """
Bonjour Geneviève,

Je dois malheureusement annuler l'atelier Excel avancé prévu le 14 décembre à 13 h pour l'équipe des comptes fournisseurs : la fermeture d'année nous tombe dessus plus tôt que prévu.
On aimerait le reprendre en janvier; je vous reviens avec des dates dès que le calendrier de l'équipe est fixé. Je suis au bureau jusqu'à 16 h 30 aujourd'hui si vous voulez en jaser.

Merci de votre compréhension,

Frédérique Lapointe
Directrice adjointe, Finances
Groupe Boréal Distribution – Québec
418 555-0192

AVIS DE CONFIDENTIALITÉ : Ce courriel est destiné exclusivement au destinataire mentionné ci-dessus et peut contenir de l'information privilégiée. Si vous l'avez reçu par erreur, veuillez nous en aviser et le détruire.
""",
        "label": {
            "recipient_name": "Frédérique Lapointe", "recipient_name_alternatives": ["Frédérique"],
            "sender_name": "Geneviève", "sender_name_alternatives": [],
            "meeting": "l'atelier Excel avancé",
            "meeting_alternatives": ["atelier Excel avancé", "atelier Excel"],
            "meeting_time": "le 14 décembre à 13 h", "meeting_time_iso": "2026-12-14T13:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "009.txt",
        "text": """
Bonsoir Camille,

C'est bien noté pour lundi 14h00 à votre cabinet, pour le rendez-vous succession de ma mère.
Pouvez-vous m'envoyer d'ici vendredi la liste des pièces à apporter ? Je viendrai avec mon frère, Julien, s'il peut se libérer.

Merci et bonne soirée,
Gaspard Rivière
06 12 55 80 31
""",
        "label": {
            "recipient_name": "Gaspard Rivière", "recipient_name_alternatives": ["Gaspard"],
            "sender_name": "Camille", "sender_name_alternatives": [],
            "meeting": "le rendez-vous succession",
            "meeting_alternatives": ["rendez-vous succession", "rendez-vous succession de ma mère"],
            "meeting_time": "lundi 14h00", "meeting_time_iso": "2026-12-07T14:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
        },
    },
    {
        "file": "010.eml",
        "headers": {
            "From": ("Jérôme Castellani", "j.castellani@olivades-riviera.example.fr"),
            "To": ("Élodie Sarrazin", "elodie@sarrazin-traduction.example.fr"),
            "Subject": "Traduction catalogue 2027 : réunion de cadrage",
            "Date": "Wed, 02 Dec 2026 17:45:00 +0100",
            "Message-ID": "<0102018f-jc-olivades@olivades-riviera.example.fr>",
        },
        "html": True,
        "body": """
Chère Madame Sarrazin,

Suite à votre devis, nous souhaitons organiser une réunion de cadrage pour la traduction de notre catalogue 2027 (FR > EN/IT), dans nos locaux de la route de Grenoble ou en visio, comme vous préférez.
Deux créneaux sont possibles de notre côté : le mercredi 16 décembre à 10h30, ou le vendredi 18 au matin.
Notre graphiste doit livrer les fichiers InDesign le 11/12, la réunion pourra donc se faire sur la base de la maquette finale.

Bien à vous,

Jérôme Castellani
Responsable marketing
Les Olivades de la Riviera – Nice

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire.
""",
        "label": {
            "recipient_name": "Jérôme Castellani", "recipient_name_alternatives": ["Jérôme"],
            "sender_name": "Élodie Sarrazin", "sender_name_alternatives": ["Madame Sarrazin", "Sarrazin"],
            "meeting": "une réunion de cadrage",
            "meeting_alternatives": ["réunion de cadrage pour la traduction de notre catalogue 2027",
                                     "réunion de cadrage", "Traduction catalogue 2027 : réunion de cadrage"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": ["le mercredi 16 décembre à 10h30", "le vendredi 18 au matin"],
            "proposed_times_iso": ["2026-12-16T10:30", "2026-12-18"],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
]
