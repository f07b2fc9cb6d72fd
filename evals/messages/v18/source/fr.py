"""v18 French client messages (France, Belgium, Switzerland), hand-written (data-bp, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Françoise Dewulf", "f.dewulf@mutualite-hainaut.example.be"),
                 "To": ("Julien Marchal", "julien@marchal-formation.example.be"),
                 "Subject": "Atelier « Prise de parole » – jeudi 18 mars",
                 "Date": "Mon, 01 Mar 2027 09:12:00 +0100",
                 "Message-ID": "<v18fr001.c31d@mutualite-hainaut.example.be>"},
     "body": """
Bonjour Monsieur Marchal,

Suite à notre échange téléphonique de la semaine passée, je me permets de vous proposer d'animer l'atelier prise de parole pour nos délégués le jeudi 18 mars de 9h30 à 12h, dans nos locaux de Mons (rue des Capucins 14, 2e étage). Nous serions une quinzaine de participants.

Pourriez-vous me confirmer votre disponibilité d'ici la fin de la semaine ? Le défraiement serait identique à celui de septembre.

Je vous remercie d'avance et vous souhaite une bonne journée.

Françoise Dewulf
Coordinatrice formation
Mutualité du Hainaut
065 55 12 80 – GSM 0478 22 31 09

Ce message et ses annexes sont confidentiels. S'il ne vous est pas destiné, merci d'en avertir l'expéditeur et de le supprimer.
""",
     "label": {"recipient_name": "Françoise Dewulf", "recipient_name_alternatives": ["Françoise"],
               "sender_name": "Marchal", "sender_name_alternatives": ["Monsieur Marchal", "Julien Marchal", "Julien"],
               "meeting": "l'atelier prise de parole",
               "meeting_alternatives": ["atelier prise de parole", "l'atelier prise de parole pour nos délégués",
                                        "Atelier « Prise de parole » – jeudi 18 mars", "Atelier « Prise de parole »"],
               "meeting_time": "le jeudi 18 mars de 9h30 à 12h", "meeting_time_iso": "2027-03-18T09:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Bonjour Monsieur Perrin,

Je dois malheureusement annuler le contrôle de la chaudière de demain matin à 8h30, je suis coincée à Lausanne chez ma mère qui a été hospitalisée cette nuit. Désolée de vous prévenir si tard.

Je vous rappelle dès que je suis rentrée pour fixer une autre date.

Meilleures salutations
Sylvie Bonvin

Envoyé de mon iPhone
""",
     "label": {"recipient_name": "Sylvie Bonvin", "recipient_name_alternatives": ["Sylvie"],
               "sender_name": "Perrin", "sender_name_alternatives": ["Monsieur Perrin"],
               "meeting": "le contrôle de la chaudière",
               "meeting_alternatives": ["contrôle de la chaudière", "le contrôle de la chaudière de demain matin"],
               "meeting_time": "demain matin à 8h30", "meeting_time_iso": "2026-12-07T08:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation"]}},
    {"file": "003.eml",
     "headers": {"From": ("Loïc Hervé", "loic.herve@atelier-kerbrat.example.fr"),
                 "To": ("Julie Royer", "julie.royer@royer-conseil.example.fr"),
                 "Subject": "Re: Point mensuel mars",
                 "Date": "Tue, 09 Mar 2027 07:58:00 +0100",
                 "Message-ID": "<v18fr003.5e0a@atelier-kerbrat.example.fr>",
                 "In-Reply-To": "<v18fr003-orig.12@royer-conseil.example.fr>"},
     "body": """
Bonjour Julie,

petit souci : je suis convoqué au tribunal de commerce jeudi matin et je ne serai pas dispo pour notre point de jeudi à 11h. On peut le décaler ? Je te propose vendredi 12 à 11h ou lundi 15, même heure. Sinon dis-moi ce qui t'arrange.

Bonne journée,
Loïc

Loïc Hervé - gérant
Atelier Kerbrat SARL
06 12 48 77 30

Le lun. 8 mars 2027 à 17:02, Julie Royer <julie.royer@royer-conseil.example.fr> a écrit :
> Bonjour Loïc,
> Je te confirme notre point mensuel jeudi 11 mars à 11h, en visio comme d'habitude. J'aurai les chiffres de février.
> Julie
""",
     "label": {"recipient_name": "Loïc Hervé", "recipient_name_alternatives": ["Loïc"],
               "sender_name": "Julie", "sender_name_alternatives": ["Julie Royer"],
               "meeting": "notre point de jeudi",
               "meeting_alternatives": ["notre point", "point", "notre point de jeudi à 11h", "Point mensuel mars",
                                        "Re: Point mensuel mars"],
               "meeting_time": "jeudi à 11h", "meeting_time_iso": "2027-03-11T11:00",
               "proposed_times": ["vendredi 12 à 11h", "lundi 15, même heure"],
               "proposed_times_iso": ["2027-03-12T11:00", "2027-03-15T11:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Le lun. 8 mars 2027 à 17:02, Julie Royer <julie.royer@royer-conseil.example.fr> a écrit :"}},
    {"file": "004.txt",
     "text": """
Bonjour Élodie,

Oh là là, je suis vraiment confuse... J'ai complètement oublié notre séance d'hier à 18h, j'étais persuadée que c'était la semaine prochaine. Je vous ai fait attendre pour rien, pardon.

Est-ce qu'on pourrait la refaire mardi en fin d'après-midi, ou jeudi 10 à 12h15 si vous avez encore de la place ?

Encore désolée,
Nathalie
""",
     "label": {"recipient_name": "Nathalie", "recipient_name_alternatives": [],
               "sender_name": "Élodie", "sender_name_alternatives": [],
               "meeting": "notre séance", "meeting_alternatives": ["séance", "notre séance d'hier"],
               "meeting_time": "hier à 18h", "meeting_time_iso": "2026-12-05T18:00",
               "proposed_times": ["mardi en fin d'après-midi", "jeudi 10 à 12h15"],
               "proposed_times_iso": ["2026-12-08", "2026-12-10T12:15"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Gaëlle Lefèvre", "gaelle.lefevre@mail.example.fr"),
                 "To": ("Studio Lumen", "contact@studio-lumen.example.fr"),
                 "Subject": "Question avant réservation shooting",
                 "Date": "Wed, 03 Mar 2027 21:40:00 +0100",
                 "Message-ID": "<v18fr005.aa71@mail.example.fr>"},
     "body": """
Bonsoir,

Je voudrais réserver un shooting photo de famille chez vous (on serait 6 avec les grands-parents), probablement pour un samedi d'avril. Avant de payer l'acompte, j'aimerais savoir comment ça se passe si on doit annuler : l'acompte est-il remboursé ? Jusqu'à combien de jours avant peut-on déplacer sans frais ? Avec des enfants en bas âge on n'est jamais à l'abri d'une gastro...

Merci d'avance pour votre réponse,
Gaëlle Lefèvre
""",
     "label": {"recipient_name": "Gaëlle Lefèvre", "recipient_name_alternatives": ["Gaëlle"],
               "sender_name": None, "sender_name_alternatives": [],
               "meeting": "un shooting photo de famille",
               "meeting_alternatives": ["shooting photo de famille", "shooting photo", "shooting",
                                        "Question avant réservation shooting"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.txt",
     "text": """
Bonjour Maître Dussart,

Pour notre rendez-vous de mercredi 9 à 10h, pouvez-vous me dire s'il y a un parking près de votre cabinet ? Et dois-je apporter l'original du compromis ou une copie suffit ?

Merci beaucoup,
Bien cordialement,

Henri Verstraeten
Av. Brugmann 212, 1180 Uccle
0496 41 07 63
""",
     "label": {"recipient_name": "Henri Verstraeten", "recipient_name_alternatives": ["Henri"],
               "sender_name": "Dussart", "sender_name_alternatives": ["Maître Dussart"],
               "meeting": "notre rendez-vous", "meeting_alternatives": ["rendez-vous", "notre rendez-vous de mercredi 9 à 10h"],
               "meeting_time": "mercredi 9 à 10h", "meeting_time_iso": "2026-12-09T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "007.eml",
     "headers": {"From": ("Béatrice Nguyen", "b.nguyen@groupe-altea.example.fr"),
                 "To": ("Antoine Leclerc", "antoine@leclerc-rh.example.fr"),
                 "Subject": "TR: Petit-déjeuner partenaires RH",
                 "Date": "Fri, 05 Mar 2027 16:25:00 +0100",
                 "Message-ID": "<v18fr007.0c9f@groupe-altea.example.fr>"},
     "body": """
Antoine,

Je te transfère l'invitation ci-dessous : on aimerait que tu viennes présenter en 10 minutes le bilan du programme de mentorat. Tu peux venir ?

B.

-----Message d'origine-----
De : Direction RH Groupe Altéa
Envoyé : vendredi 5 mars 2027 15:10
À : Partenaires RH
Objet : Petit-déjeuner partenaires RH
Quand : mardi 23 mars 2027 08:00-09:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
Où : Siège Altéa, 3e étage, salle Seine

Merci de confirmer votre présence avant le 16 mars.
""",
     "label": {"recipient_name": "Béatrice Nguyen", "recipient_name_alternatives": ["B.", "Béatrice"],
               "sender_name": "Antoine", "sender_name_alternatives": ["Antoine Leclerc"],
               "meeting": "Petit-déjeuner partenaires RH",
               "meeting_alternatives": ["Petit-déjeuner", "TR: Petit-déjeuner partenaires RH"],
               "meeting_time": "mardi 23 mars 2027 08:00-09:30", "meeting_time_iso": "2027-03-23T08:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "008.txt",
     "text": """
Objet : annulation dégustation 19/12

Bonjour Madame Roux,

Nous avions réservé pour six personnes la dégustation du samedi 19 décembre à 15h. Finalement mes beaux-parents ne pourront pas monter à Reims ce week-end-là, donc nous préférons annuler. On reviendra sûrement au printemps !

Cordialement,
Thomas Girard
""",
     "label": {"recipient_name": "Thomas Girard", "recipient_name_alternatives": ["Thomas"],
               "sender_name": "Roux", "sender_name_alternatives": ["Madame Roux"],
               "meeting": "la dégustation",
               "meeting_alternatives": ["dégustation", "la dégustation du samedi 19 décembre à 15h",
                                        "annulation dégustation 19/12"],
               "meeting_time": "samedi 19 décembre à 15h", "meeting_time_iso": "2026-12-19T15:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation", "suggested_intents": ["reschedule"]}},
    {"file": "009.eml",
     "headers": {"From": ("Jérôme Künzli", "jerome.kuenzli@kuenzli-immo.example.ch"),
                 "To": ("Isabelle Monnier", "i.monnier@monnier-archi.example.ch"),
                 "Subject": "RE: déjeuner vendredi",
                 "Date": "Wed, 10 Mar 2027 11:05:00 +0100",
                 "Message-ID": "<v18fr009.71b2@kuenzli-immo.example.ch>",
                 "In-Reply-To": "<v18fr009-orig.3@monnier-archi.example.ch>"},
     "body": """
Chère Isabelle,

Pourrions-nous décaler notre déjeuner de vendredi ? Un acheteur de Zurich ne peut venir qu'à ce moment-là et je dois lui faire visiter l'objet de Pully.

Je serais libre mardi 16 à midi ou jeudi 18 à 12h30, au même endroit si cela vous va.

Avec mes excuses et mes meilleures salutations,

Jérôme Künzli
Directeur
Künzli Immobilier SA
Tél. +41 21 555 63 10

-----Message d'origine-----
De : Isabelle Monnier <i.monnier@monnier-archi.example.ch>
Envoyé : lundi, 8 mars 2027 18:14
À : Jérôme Künzli <jerome.kuenzli@kuenzli-immo.example.ch>
Objet : déjeuner vendredi

Bonjour Jérôme,
Parfait pour vendredi 12 à 12h15 au Café de la Gare. Je réserve.
Isabelle
""",
     "label": {"recipient_name": "Jérôme Künzli", "recipient_name_alternatives": ["Jérôme"],
               "sender_name": "Isabelle", "sender_name_alternatives": ["Isabelle Monnier"],
               "meeting": "notre déjeuner de vendredi",
               "meeting_alternatives": ["notre déjeuner", "déjeuner", "déjeuner vendredi", "RE: déjeuner vendredi"],
               "meeting_time": "vendredi", "meeting_time_iso": "2027-03-12",
               "proposed_times": ["mardi 16 à midi", "jeudi 18 à 12h30"],
               "proposed_times_iso": ["2027-03-16T12:00", "2027-03-18T12:30"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "-----Message d'origine-----"}},
    {"file": "010.txt",
     "text": """
Bonjour,

Je suis tombé sur votre article à propos des subventions pour l'isolation et j'aurais aimé en discuter avec vous lors d'un appel d'une demi-heure. Je suis dispo mardi 8 entre 14h et 16h, ou jeudi matin. Dites-moi ce qui vous convient le mieux.

Bien à vous,
Kevin Lambert
(envoyé depuis mon téléphone, excusez les fautes)
""",
     "label": {"recipient_name": "Kevin Lambert", "recipient_name_alternatives": ["Kevin"],
               "sender_name": None, "sender_name_alternatives": [],
               "meeting": "un appel d'une demi-heure",
               "meeting_alternatives": ["un appel", "appel", "appel d'une demi-heure"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["mardi 8 entre 14h et 16h", "jeudi matin"],
               "proposed_times_iso": ["2026-12-08T14:00", "2026-12-10"],
               "kind": "invitation", "suggested_intents": INV}},
]
