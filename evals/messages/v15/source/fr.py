"""v15 French client messages, hand-written (data-be, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Bénédicte Oudinot", "b.oudinot@mairie-vaucelles.example.fr"),
                 "To": ("Rémi Carvalho", "remi.carvalho@rc-urbanisme.example.fr"),
                 "Subject": "Invitation : atelier de concertation – PLU",
                 "Date": "Mon, 07 Dec 2026 10:24:00 +0100",
                 "Message-ID": "<v15fr001.51a9@mairie-vaucelles.example.fr>"},
     "body": """
Monsieur,

Dans le cadre de la révision du plan local d'urbanisme, Monsieur le Maire, Gérard Lhuillier, souhaite réunir les partenaires techniques lors d'un atelier de concertation le mercredi 16 décembre à 9h30, salle du conseil municipal. M. Tessier (DDT) et Mme Aubineau (CAUE) ont déjà confirmé.

Votre présence serait très appréciée, ne serait-ce que pour la première heure. Merci de bien vouloir me répondre avant le vendredi 11.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Bénédicte Oudinot
Directrice générale des services
Mairie de Vaucelles – 1 place de la République
03 26 44 18 70
""",
     "label": {"recipient_name": "Bénédicte Oudinot", "recipient_name_alternatives": [],
               "sender_name": "Rémi Carvalho", "sender_name_alternatives": [],
               "meeting": "atelier de concertation",
               "meeting_alternatives": ["un atelier de concertation", "Invitation : atelier de concertation – PLU",
                                        "atelier de concertation – PLU"],
               "meeting_time": "le mercredi 16 décembre à 9h30", "meeting_time_iso": "2026-12-16T09:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Bonsoir Mathilde,
Petit souci : mon chef a calé un séminaire toute la journée mardi et je ne peux pas y couper... Est ce qu'on pourrait déplacer notre bilan de mardi 11h à jeudi 10 même heure ? sinon vendredi 11 vers 17h30 je suis libre aussi.
Merci et désolé du contretemps !
Kevin
""",
     "label": {"recipient_name": "Kevin", "sender_name": "Mathilde",
               "meeting": "notre bilan", "meeting_alternatives": ["bilan"],
               "meeting_time": "mardi 11h", "meeting_time_iso": "2026-12-08T11:00",
               "proposed_times": ["jeudi 10 même heure", "vendredi 11 vers 17h30"],
               "proposed_times_iso": ["2026-12-10T11:00", "2026-12-11T17:30"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "003.eml",
     "headers": {"From": ("Théo Grandjean", "theo.grandjean@example.fr"),
                 "To": ("Coline Ferrat", "coline@ferrat-coaching.example.fr"),
                 "Subject": "Re: Séance de coaching",
                 "Date": "Tue, 08 Dec 2026 12:52:00 +0100",
                 "Message-ID": "<CAv15fr003x@mail.example.fr>",
                 "In-Reply-To": "<v15fr003-orig@ferrat-coaching.example.fr>"},
     "charset": "iso-8859-1",
     "body": """
Coline, je suis navré : je ne serai pas là cet aprem à 14h, un client m'est tombé dessus et je dois aller à Lyon en urgence. Je sais que c'est à la dernière minute, est-ce que la séance est due quand même ? Dites-moi.

Théo

Envoyé de mon iPhone

Le jeu. 3 déc. 2026 à 09:40, Coline Ferrat <coline@ferrat-coaching.example.fr> a écrit :
> Bonjour Théo,
> Je vous confirme notre séance de coaching du mardi 8 décembre à 14h, en visio.
> Bien à vous,
> Coline
""",
     "label": {"recipient_name": "Théo Grandjean", "recipient_name_alternatives": ["Théo"],
               "sender_name": "Coline Ferrat", "sender_name_alternatives": ["Coline"],
               "meeting": "la séance", "meeting_alternatives": ["séance", "Séance de coaching", "Re: Séance de coaching"],
               "meeting_time": "cet aprem à 14h", "meeting_time_iso": "2026-12-08T14:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation", "cancellation_policy"],
               "quoted_from": "Le jeu. 3 déc. 2026 à 09:40, Coline Ferrat <coline@ferrat-coaching.example.fr> a écrit :"}},
    {"file": "004.txt",
     "text": """
Bonjour Maître Vasseur,

Je me rends compte avec beaucoup de gêne que j'ai complètement oublié notre rendez-vous de vendredi à 16h pour la succession de ma mère. Mon frère Alain pensait que j'y allais seul et moi que c'était lui... Bref, toutes mes excuses.

Pourrions-nous convenir d'une nouvelle date ? Je suis disponible le soir après 18h ou le mercredi.

Avec mes respectueuses salutations,
Jean-Pierre Maubert
06 12 87 44 09
""",
     "label": {"recipient_name": "Jean-Pierre Maubert", "recipient_name_alternatives": [],
               "sender_name": "Vasseur", "sender_name_alternatives": ["Maître Vasseur"],
               "meeting": "notre rendez-vous", "meeting_alternatives": ["rendez-vous",
                                                                       "notre rendez-vous de vendredi à 16h pour la succession de ma mère"],
               "meeting_time": "vendredi à 16h", "meeting_time_iso": "2026-12-04T16:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "absence_notice",
               "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Solène Prud'homme", "solene.prudhomme@example.fr"),
                 "To": ("", "contact@osteo-lemarchand.example.fr"),
                 "Subject": "Question annulation",
                 "Date": "Mon, 07 Dec 2026 21:08:00 +0100",
                 "Message-ID": "<v15fr005.aa1@example.fr>"},
     "body": """
Bonjour,

Je souhaiterais prendre rendez-vous pour mon fils (13 ans) mais ses horaires de hand changent souvent. Avant de réserver, pouvez-vous m'indiquer vos conditions d'annulation ? Combien de temps avant faut-il prévenir, et que se passe-t-il si on annule la veille ?

Merci par avance,
Solène Prud'homme

--
Envoyé de mon Galaxy
""",
     "label": {"recipient_name": "Solène Prud'homme", "recipient_name_alternatives": ["Solène"],
               "sender_name": None, "meeting": "rendez-vous", "meeting_alternatives": [],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.txt",
     "text": """
Bonjour Sandrine,

C'est noté pour la formation Excel avancé de lundi 14, 9h-12h. Nous serons 7 et non 6 : Yasmine Haddad rejoint l'équipe compta. Pourriez-vous m'envoyer le support en PDF la veille, que je l'imprime ?

Merci beaucoup,

Pascale Roy
Assistante RH – Transports Garnier
""",
     "label": {"recipient_name": "Pascale Roy", "recipient_name_alternatives": ["Pascale"],
               "sender_name": "Sandrine", "meeting": "la formation Excel avancé",
               "meeting_alternatives": ["formation Excel avancé", "formation Excel"],
               "meeting_time": "lundi 14, 9h-12h", "meeting_time_iso": "2026-12-14T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "007.txt",
     "text": """
Salut Nico !
ça te dirait un déj pour parler du site de la boutique ? j'ai des idées pour la refonte et Margaux (ma nouvelle associée) aimerait te rencontrer. Jeudi midi au Comptoir, 12h30 ? Dis moi
Bisous
Léa
""",
     "label": {"recipient_name": "Léa", "sender_name": "Nico",
               "meeting": "un déj pour parler du site de la boutique",
               "meeting_alternatives": ["un déj", "déj", "la refonte"],
               "meeting_time": "Jeudi midi au Comptoir, 12h30", "meeting_time_iso": "2026-12-10T12:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "008.eml",
     "headers": {"From": ("Aurélien Béranger", "a.beranger@beranger-btp.example.fr"),
                 "To": ("Nadia Kerbrat", "nadia.kerbrat@kerbrat-avocats.example.fr"),
                 "Subject": "Annulation de notre réunion du 15/12",
                 "Date": "Tue, 08 Dec 2026 08:15:00 +0100",
                 "Message-ID": "<v15fr008.0042@beranger-btp.example.fr>"},
     "body": """
Chère Maître,

Le dossier Sarrazin ayant trouvé une issue amiable hier soir, la réunion de préparation prévue le mardi 15/12 à 10h n'a plus lieu d'être. Je préfère vous prévenir dès maintenant.

En revanche, nous aurons besoin de vous début janvier pour le contrat de sous-traitance ; je reviendrai vers vous.

Bien à vous,

Aurélien Béranger
Gérant – Béranger BTP
Tél. 02 98 41 77 12

-----
Ce courriel et ses pièces jointes sont strictement confidentiels. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire.
""",
     "label": {"recipient_name": "Aurélien Béranger", "recipient_name_alternatives": [],
               "sender_name": "Nadia Kerbrat", "sender_name_alternatives": [],
               "meeting": "la réunion de préparation",
               "meeting_alternatives": ["réunion de préparation", "notre réunion du 15/12", "notre réunion"],
               "meeting_time": "le mardi 15/12 à 10h", "meeting_time_iso": "2026-12-15T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule"]}},
    {"file": "009.eml",
     "headers": {"From": ("Inès Lefranc-Dupuy", "ines.lefranc@studio-lumen.example.fr"),
                 "To": ("Olivier Marchal", "olivier@marchal-design.example.fr"),
                 "Subject": "RE: Revue des maquettes",
                 "Date": "Mon, 07 Dec 2026 16:40:00 +0100",
                 "Message-ID": "<v15fr009.beef@studio-lumen.example.fr>",
                 "In-Reply-To": "<v15fr009-o@marchal-design.example.fr>"},
     "body": """
Bonjour Olivier,

Malheureusement aucun de vos deux créneaux ne convient à Thibault, qui doit absolument être là. Pourrions-nous faire la revue le 14 à 15h, ou le mercredi 16 en début d'après-midi ?

Merci !
Inès

-----Message d'origine-----
De : Olivier Marchal <olivier@marchal-design.example.fr>
Envoyé : vendredi 4 décembre 2026 18:11
À : Inès Lefranc-Dupuy <ines.lefranc@studio-lumen.example.fr>
Objet : Revue des maquettes

Bonjour Inès, je vous propose le jeudi 10 à 9h ou le vendredi 11 à 14h pour la revue des maquettes.
Olivier
""",
     "label": {"recipient_name": "Inès Lefranc-Dupuy", "recipient_name_alternatives": ["Inès"],
               "sender_name": "Olivier Marchal", "sender_name_alternatives": ["Olivier"],
               "meeting": "la revue", "meeting_alternatives": ["revue", "Revue des maquettes", "RE: Revue des maquettes"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["le 14 à 15h", "le mercredi 16 en début d'après-midi"],
               "proposed_times_iso": ["2026-12-14T15:00", "2026-12-16"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "-----Message d'origine-----"}},
    {"file": "010.txt",
     "text": """
Bonjour Madame Giraud,

Je suis la fille de Mme Colette Arnaud, que vous suivez pour sa déclaration de revenus. Ma mère aimerait faire un point avec vous sur la donation à ses petits-enfants. Seriez-vous disponible le 17 à 14h, chez elle à Saint-Malo ? Sinon le lendemain matin, vers 10h.

Cordialement,
Sylvie Arnaud-Le Goff
""",
     "label": {"recipient_name": "Sylvie Arnaud-Le Goff", "recipient_name_alternatives": ["Sylvie"],
               "sender_name": "Giraud", "sender_name_alternatives": ["Madame Giraud"],
               "meeting": "un point avec vous sur la donation à ses petits-enfants",
               "meeting_alternatives": ["un point", "un point avec vous", "la donation"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["le 17 à 14h", "le lendemain matin, vers 10h"],
               "proposed_times_iso": ["2026-12-17T14:00", "2026-12-18T10:00"],
               "kind": "invitation", "suggested_intents": INV}},
]
