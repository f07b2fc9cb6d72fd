"""v13 French client messages, hand-written (data-at, 7 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Bérénice Châtelain", "b.chatelain@atelier-chatelain.example.fr"),
                 "To": ("Romain Texier", "romain@texier-conseil.example.fr"),
                 "Subject": "Comité de pilotage – refonte du site",
                 "Date": "Mon, 07 Dec 2026 10:22:00 +0100",
                 "Message-ID": "<v13fr001@atelier-chatelain.example.fr>"},
     "body": """
Bonjour Romain,

Je vous propose de tenir le comité de pilotage de la refonte du site le mardi 15/12 à 9h30, dans nos locaux (3e étage, salle Verdon).
Merci de me confirmer avant vendredi 12h, nous bouclons le planning ce jour-là.

Bien à vous,
Bérénice Châtelain
Directrice artistique
Atelier Châtelain — 04 91 00 00 00
""",
     "label": {"recipient_name": "Bérénice Châtelain", "recipient_name_alternatives": ["Bérénice"],
               "sender_name": "Romain Texier", "sender_name_alternatives": ["Romain"],
               "meeting": "le comité de pilotage de la refonte du site",
               "meeting_alternatives": ["comité de pilotage", "Comité de pilotage – refonte du site"],
               "meeting_time": "le mardi 15/12 à 9h30", "meeting_time_iso": "2026-12-15T09:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Coucou Inès, c'est Mathilde 🙂 je peux pas venir pour ma pose de vernis semi-permanent mercredi à 18h, mon fils a un spectacle à l'école... Est-ce que jeudi 17 à 12h30 ou samedi 12 à 10h ça irait ? Merci !!
""",
     "label": {"recipient_name": "Mathilde", "sender_name": "Inès",
               "meeting": "ma pose de vernis semi-permanent",
               "meeting_alternatives": ["pose de vernis semi-permanent", "pose de vernis"],
               "meeting_time": "mercredi à 18h", "meeting_time_iso": "2026-12-09T18:00",
               "proposed_times": ["jeudi 17 à 12h30", "samedi 12 à 10h"],
               "proposed_times_iso": ["2026-12-17T12:30", "2026-12-12T10:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "003.eml",
     "headers": {"From": ("Géraldine Fauré", "gfaure@faure-immo.example.fr"),
                 "To": ("Hugo Marchetti", "hugo.marchetti@cabinet-marchetti.example.fr"),
                 "Subject": "Re: Bilan patrimonial – jeudi",
                 "Date": "Thu, 10 Dec 2026 07:05:00 +0100",
                 "Message-ID": "<v13fr003@faure-immo.example.fr>",
                 "In-Reply-To": "<conf-4471@cabinet-marchetti.example.fr>"},
     "body": """
Bonjour Monsieur Marchetti,

Je suis désolée de vous prévenir si tard : je suis bloquée à Lyon par la grève et ne pourrai pas être là ce matin à 11 h.
Je sais que vos conditions prévoient une facturation en dessous de 24 h ; envoyez-moi simplement la facture.

Cordialement,
G. Fauré

Envoyé de mon iPhone

Le mar. 8 déc. 2026 à 16:30, Hugo Marchetti <hugo.marchetti@cabinet-marchetti.example.fr> a écrit :
> Madame Fauré,
> Je vous confirme notre rendez-vous pour votre bilan patrimonial le jeudi 10 décembre de 11h00 à 12h30.
> Bien cordialement,
> Hugo Marchetti
""",
     "label": {"recipient_name": "Géraldine Fauré", "recipient_name_alternatives": ["G. Fauré"],
               "sender_name": "Hugo Marchetti", "sender_name_alternatives": ["Monsieur Marchetti", "Marchetti"],
               "meeting": "Bilan patrimonial", "meeting_alternatives": ["Bilan patrimonial – jeudi"],
               "meeting_time": "ce matin à 11 h", "meeting_time_iso": "2026-12-10T11:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation", "cancellation_policy"],
               "quoted_from": "Le mar. 8 déc. 2026 à 16:30, Hugo Marchetti <hugo.marchetti@cabinet-marchetti.example.fr> a écrit :"}},
    {"file": "004.txt",
     "text": """
Bonsoir,

Toutes mes excuses pour hier, 14 h 15 : j'ai complètement oublié, la journée a été un marathon. Je ne recommencerai pas.

Amicalement,
Sylvain Pruvost
""",
     "label": {"recipient_name": "Sylvain Pruvost", "recipient_name_alternatives": ["Sylvain"],
               "sender_name": None, "meeting": None,
               "meeting_time": "hier, 14 h 15", "meeting_time_iso": "2026-12-05T14:15",
               "proposed_times": [], "proposed_times_iso": [], "kind": "absence_notice",
               "suggested_intents": ["no_show_followup"]}},
    {"file": "005.txt",
     "text": """
Madame Lambert,

Avant de réserver le stage de poterie pour mon mari (samedi 19 décembre, 14h-17h), pourriez-vous m'indiquer vos conditions d'annulation ? Est-ce remboursé si on annule la veille ?
Je suis joignable au cabinet du lundi au vendredi de 8h30 à 12h.

Merci d'avance,
Capucine Morel-Daguet
""",
     "label": {"recipient_name": "Capucine Morel-Daguet", "recipient_name_alternatives": ["Capucine"],
               "sender_name": "Lambert", "sender_name_alternatives": ["Madame Lambert"],
               "meeting": "le stage de poterie", "meeting_alternatives": ["stage de poterie"],
               "meeting_time": "samedi 19 décembre, 14h-17h", "meeting_time_iso": "2026-12-19T14:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.eml",
     "headers": {"From": ("Anaïs Lebœuf", "anais.leboeuf@groupe-orbe.example.fr"),
                 "To": ("Thibault Renard", "t.renard@renard-audit.example.fr"),
                 "Subject": "TR: Invitation: Revue annuelle des contrats fournisseurs @ ven. 18 déc. 2026 14:00 - 16:00",
                 "Date": "Mon, 07 Dec 2026 15:48:00 +0100",
                 "Message-ID": "<v13fr006@groupe-orbe.example.fr>"},
     "body": """
Pour info, vous êtes attendu.

Anaïs

-----Message d'origine-----
De : Agenda Groupe Orbe <agenda@groupe-orbe.example.fr>
Envoyé : lundi 7 décembre 2026 15:40
À : Anaïs Lebœuf
Objet : Invitation: Revue annuelle des contrats fournisseurs @ ven. 18 déc. 2026 14:00 - 16:00

Revue annuelle des contrats fournisseurs
Quand : vendredi 18 déc. 2026 14:00 – 16:00 (heure de Paris)
Où : Siège, salle Mont-Blanc
Participants : Anaïs Lebœuf, Thibault Renard, Service achats
""",
     "label": {"recipient_name": "Anaïs Lebœuf", "recipient_name_alternatives": ["Anaïs"],
               "sender_name": "Thibault Renard", "sender_name_alternatives": [],
               "meeting": "Revue annuelle des contrats fournisseurs",
               "meeting_alternatives": ["Revue annuelle"],
               "meeting_time": "vendredi 18 déc. 2026 14:00 – 16:00", "meeting_time_iso": "2026-12-18T14:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "007.txt",
     "text": """
Bonjour Docteur,

Je dois annuler la consultation de ma fille Léna prévue le 22/12 à 16h45, nous partons finalement chez ses grands-parents. Je vous rappellerai en janvier pour un nouveau rendez-vous.

Bonne journée,
Mme Oudin
""",
     "label": {"recipient_name": "Mme Oudin", "recipient_name_alternatives": ["Oudin"],
               "sender_name": None,
               "meeting": "la consultation de ma fille Léna", "meeting_alternatives": ["consultation"],
               "meeting_time": "le 22/12 à 16h45", "meeting_time_iso": "2026-12-22T16:45",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule"]}},
    {"file": "008.eml",
     "headers": {"From": ("Loïc Gastaldi", "loic@gastaldi-menuiserie.example.fr"),
                 "To": ("Élodie Brunet", "elodie@brunet-archi.example.fr"),
                 "Subject": "Re: Visite de chantier rue des Tanneurs",
                 "Date": "Tue, 08 Dec 2026 18:12:00 +0100",
                 "Message-ID": "<v13fr008@gastaldi-menuiserie.example.fr>",
                 "In-Reply-To": "<visite-77@brunet-archi.example.fr>"},
     "body": """
Bonsoir Élodie,

Jeudi 10h ça ne va pas être possible pour moi, j'ai une livraison. Je peux vous proposer lundi prochain même heure, ou mardi 15 en début d'après-midi vers 14h.

Loïc

On Tue, 8 Dec 2026 at 09:02, Élodie Brunet <elodie@brunet-archi.example.fr> wrote:
> Hi Loïc, shall we do the site visit at rue des Tanneurs on Thursday 10 December at 10:00?
> Best, Élodie
""",
     "label": {"recipient_name": "Loïc Gastaldi", "recipient_name_alternatives": ["Loïc"],
               "sender_name": "Élodie Brunet", "sender_name_alternatives": ["Élodie"],
               "meeting": "Visite de chantier rue des Tanneurs", "meeting_alternatives": ["Visite de chantier"],
               "meeting_time": "Jeudi 10h", "meeting_time_iso": "2026-12-10T10:00",
               "proposed_times": ["lundi prochain même heure", "mardi 15 en début d'après-midi vers 14h"],
               "proposed_times_iso": ["2026-12-14T10:00", "2026-12-15T14:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "On Tue, 8 Dec 2026 at 09:02, Élodie Brunet <elodie@brunet-archi.example.fr> wrote:"}},
    {"file": "009.txt",
     "text": """
Bonjour Maître,

Le conseil syndical aimerait vous rencontrer pour l'assemblée générale extraordinaire de la résidence Les Tilleuls, le lundi 21 décembre à 18 h 30, salle polyvalente de la mairie. La salle ouvre dès 18 h.

Pour le conseil syndical,
Henri Bazin, président
""",
     "label": {"recipient_name": "Henri Bazin", "recipient_name_alternatives": ["Henri"],
               "sender_name": None,
               "meeting": "l'assemblée générale extraordinaire de la résidence Les Tilleuls",
               "meeting_alternatives": ["assemblée générale extraordinaire", "l'assemblée générale"],
               "meeting_time": "le lundi 21 décembre à 18 h 30", "meeting_time_iso": "2026-12-21T18:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "010.eml",
     "headers": {"From": ("Noémie Carré", "noemie.carre@lumen-formation.example.fr"),
                 "To": ("Pascal Joly", "pascal.joly@joly-formation.example.fr"),
                 "Subject": "Notre atelier de jeudi : supports",
                 "Date": "Tue, 08 Dec 2026 11:30:00 +0100",
                 "Message-ID": "<v13fr010@lumen-formation.example.fr>"},
     "body": """
Bonjour Pascal,

C'est bien noté pour notre atelier de jeudi, 9h. Pourriez-vous m'envoyer les supports d'ici mercredi 17h pour que je les imprime ?

Merci,
Noémie

--
Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci de le détruire.
""",
     "label": {"recipient_name": "Noémie Carré", "recipient_name_alternatives": ["Noémie"],
               "sender_name": "Pascal Joly", "sender_name_alternatives": ["Pascal"],
               "meeting": "notre atelier de jeudi", "meeting_alternatives": ["atelier"],
               "meeting_time": "jeudi, 9h", "meeting_time_iso": "2026-12-10T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
]
