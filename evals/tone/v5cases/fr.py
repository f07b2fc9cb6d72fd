"""French v5 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "decline", "recipient_name": "Mme Hélène Roussel-Baptiste", "sender_name": "Yannick Pouliquen",
        "tone": "formal", "relationship": "key",
        "meeting": "revue trimestrielle du contrat de maintenance Atlas",
        "meeting_time": "jeudi 17 décembre à 14 h 30",
        "reason": "un audit de certification qui mobilise toute l'équipe cette semaine-là"},
    2: {"intent": "reschedule", "recipient_name": "Rémi Castagnède", "sender_name": "Amandine Chevalier-Roy",
        "tone": "friendly", "relationship": "regular",
        "meeting": "point d'avancement sur la refonte du site de la boulangerie",
        "meeting_time": "mardi 15 décembre à 9 h",
        "reason": "une intervention chez un autre client qui a été avancée",
        "proposed_times": ["mercredi 16 décembre à 9 h", "vendredi 18 décembre à 11 h"]},
    3: {"intent": "shorten", "recipient_name": "Mme Ophélie Berthomieu", "sender_name": "Grégoire Dantec",
        "tone": "formal", "relationship": "new",
        "meeting": "présentation de notre offre de formation bureautique",
        "meeting_time": "mardi 8 décembre à 15 h", "duration_minutes": 30,
        "reason": "une contrainte d'agenda en fin d'après-midi"},
    4: {"intent": "late_cancellation", "recipient_name": "Karine Delaunay-Rio", "sender_name": "Mathis Kerbrat",
        "tone": "friendly", "relationship": "key",
        "meeting": "séance photo pour le lookbook de la collection d'été",
        "meeting_time": "jeudi 3 décembre à 10 h",
        "proposed_times": ["lundi 14 décembre à 10 h"],
        "policy": {"notice_hours": 48, "fee_percent": 50}},
    5: {"intent": "delegate", "recipient_name": "Me Laurent Quéméneur", "sender_name": "Sabine Ollivier",
        "tone": "formal", "relationship": "regular",
        "meeting": "réunion de relecture du bail commercial de la rue Paradis",
        "meeting_time": "lundi 21 décembre à 11 h",
        "reason": "un congé prévu de longue date", "colleague_name": "Bastien Ferrand-Lévêque"},
    6: {"intent": "no_show_followup", "recipient_name": "Noémie Carrasco", "sender_name": "Jérôme Saint-Aubin",
        "tone": "friendly", "relationship": "new",
        "meeting": "premier rendez-vous de bilan énergétique",
        "meeting_time": "mercredi 2 décembre à 16 h",
        "proposed_times": ["jeudi 10 décembre à 16 h", "vendredi 11 décembre à 9 h 30"]},
    7: {"intent": "cancellation_policy", "recipient_name": "M. Gaëtan Fournel", "sender_name": "Inès Marchetti-Bloch",
        "tone": "formal", "relationship": "new",
        "policy": {"notice_hours": 72, "deposit_percent": 30}},
    8: {"intent": "switch_to_email", "recipient_name": "Stéphane Aubertin", "sender_name": "Clémence Lhuillier",
        "tone": "friendly", "relationship": "key",
        "meeting": "déjeuner de lancement de la campagne de janvier",
        "meeting_time": "vendredi 11 décembre à 12 h 30",
        "reason": "une semaine de clôture comptable très chargée"},
}

CASES = [
    (1, "good", None, "Revue trimestrielle Atlas du 17 décembre", """
Madame Roussel-Baptiste,

Je suis au regret de ne pas pouvoir assurer la revue trimestrielle du contrat de maintenance Atlas prévue le jeudi 17 décembre à 14 h 30 : un audit de certification mobilise toute l'équipe cette semaine-là, moi compris.

Je sais combien ce rendez-vous compte pour vous et je ne le décline pas à la légère. Si vous le souhaitez, je vous adresse d'ici là une note écrite sur l'état du parc, pour que rien ne reste en suspens.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Yannick Pouliquen
""", "formal, warm, honest reason, offers something concrete without inventing a date"),
    (1, "bad", "passive_aggression", "Revue trimestrielle Atlas", """
Madame Roussel-Baptiste,

Je ne pourrai pas assurer la revue trimestrielle du contrat de maintenance Atlas du jeudi 17 décembre à 14 h 30. Comme je vous l'avais pourtant signalé dès notre dernier échange, un audit de certification mobilise toute l'équipe cette semaine-là.

Je vous remercie de votre compréhension.

Bien cordialement,
Yannick Pouliquen
""", "subtle: one barbed clause 'comme je vous l'avais pourtant signalé' in an otherwise correct mail to a key client"),
    (1, "bad", "over_familiarity", "Atlas, petit contretemps ;)", """
Coucou Hélène !

Bon, je te préviens tout de suite : la revue trimestrielle du contrat de maintenance Atlas du jeudi 17 décembre à 14 h 30, ça va pas le faire. On a un audit de certification qui mobilise toute l'équipe cette semaine-là, tu connais la chanson !

On se rattrape vite, promis. Bisous à toute la bande,
Yannick
""", "'coucou', tutoiement, 'bisous' to a key client addressed formally"),

    (2, "good", None, "On décale notre point de mardi ?", """
Bonjour Rémi,

Je dois vous demander un petit changement : une intervention chez un autre client a été avancée et tombe pile sur notre point d'avancement du mardi 15 décembre à 9 h pour la refonte du site de la boulangerie.

Est-ce que le mercredi 16 décembre à 9 h ou le vendredi 18 décembre à 11 h vous irait ? Je prends celui qui vous arrange le mieux.

Merci et désolée pour ce jeu de chaises musicales,
Amandine
""", "friendly, short, owns the change, light touch"),
    (2, "bad", "sarcasm", "Changement (encore un, quelle surprise)", """
Bonjour Rémi,

Quelle surprise, me direz-vous : je dois encore déplacer quelque chose. Une intervention chez un autre client a été avancée, donc notre point d'avancement du mardi 15 décembre à 9 h sur la refonte du site de la boulangerie saute. Vraiment, on ne s'ennuie jamais avec les agendas, c'est formidable.

Le mercredi 16 décembre à 9 h ou le vendredi 18 décembre à 11 h, au choix. Bonne chance pour choisir.

Amandine
""", "ironic 'quelle surprise', 'c'est formidable', 'bonne chance pour choisir'"),
    (2, "bad", "coldness", "Point d'avancement – nouveau créneau", """
Bonjour,

Le point d'avancement sur la refonte du site de la boulangerie du mardi 15 décembre à 9 h est annulé en raison d'une intervention chez un autre client qui a été avancée.

Créneaux disponibles : mercredi 16 décembre à 9 h ; vendredi 18 décembre à 11 h.

Merci de confirmer.

A. Chevalier-Roy
""", "friendly relationship but no name, no apology, telegraphic: cold"),

    (3, "good", None, "Votre présentation du 8 décembre : 30 minutes", """
Madame Berthomieu,

Je vous remercie d'avoir accepté la présentation de notre offre de formation bureautique ce mardi 8 décembre à 15 h. En raison d'une contrainte d'agenda en fin d'après-midi, je vous propose de la tenir en 30 minutes plutôt que sur le créneau initial.

J'irai droit à ce qui vous intéresse, et je vous laisserai la documentation complète pour la suite.

Dans l'attente de vous rencontrer, je vous prie d'agréer, Madame, mes salutations distinguées.

Grégoire Dantec
""", "formal, courteous with a new client, frames the shorter slot as a service"),
    (3, "bad", "wrong_register", "présentation", """
Salut Ophélie,

Pour mardi 8 décembre à 15 h (la présentation de notre offre de formation bureautique), on fait ça en 30 minutes, j'ai une contrainte d'agenda en fin d'après-midi. Ça te va ?

À plus,
Greg
""", "'salut', tutoiement and nickname to a new client in a formal context"),
    (3, "bad", "condescension", "Présentation du 8 décembre", """
Madame Berthomieu,

Pour la présentation de notre offre de formation bureautique du mardi 8 décembre à 15 h, je vous propose de nous limiter à 30 minutes, en raison d'une contrainte d'agenda en fin d'après-midi.

Rassurez-vous, ce sera largement suffisant : je ferai en sorte de rester très simple et d'éviter le jargon, pour que tout soit bien accessible de votre côté.

Cordialement,
Grégoire Dantec
""", "subtle: 'rester très simple … bien accessible de votre côté' talks down to a new client"),

    (4, "good", None, "Séance photo : on se retrouve le 14 ?", """
Bonjour Karine,

Dommage pour la séance photo du lookbook de la collection d'été de jeudi dernier, 3 décembre à 10 h, j'espère que tout va bien de votre côté.

Je vous propose de la refaire le lundi 14 décembre à 10 h, si cela vous convient.

Petit point pratique, que je rappelle à tout le monde : une annulation à moins de 48 heures donne lieu à une facturation de 50 % de la séance. Je vous l'applique cette fois-ci, comme prévu, mais cela ne change rien au plaisir que j'aurai à vous revoir lundi.

À très vite,
Mathis
""", "friendly, states the 48 h / 50 % rule plainly and warmly to a key client"),
    (4, "bad", "blame", "Séance photo du 3 décembre", """
Bonjour Karine,

La séance photo du lookbook de la collection d'été du jeudi 3 décembre à 10 h a été annulée de votre côté au dernier moment, et c'est toute notre organisation qui en a pâti : tout était calé. C'est précisément ce genre de situation qui met nos équipes en difficulté.

Conformément à nos conditions, une annulation à moins de 48 heures est facturée 50 %. Nous pouvons reprendre la séance le lundi 14 décembre à 10 h.

Mathis
""", "blames the client for the team's trouble; the policy reads as a punishment"),
    (4, "bad", "hostile", "Séance du 3 décembre", """
Karine,

Je vais être clair. La séance photo du lookbook de la collection d'été du jeudi 3 décembre à 10 h annulée au dernier moment, c'est 50 % facturés, puisque c'était à moins de 48 heures. Lundi 14 décembre à 10 h si vous voulez la refaire.

Mais si ça doit se reproduire, il faudra sérieusement qu'on se demande si on continue à travailler ensemble.

Mathis
""", "veiled threat to end the relationship with a key client"),

    (5, "good", None, "Relecture du bail rue Paradis : Bastien Ferrand-Lévêque prend le relais", """
Maître,

Je serai absente pour un congé prévu de longue date et ne pourrai donc pas participer à la réunion de relecture du bail commercial de la rue Paradis, le lundi 21 décembre à 11 h.

Mon collègue Bastien Ferrand-Lévêque, qui connaît le dossier, y assistera à ma place ; je lui transmets mes annotations et nos échanges avant mon départ.

Avec mes remerciements et mes meilleures salutations,

Sabine Ollivier
""", "formal, short, clear handover, no promise to stay reachable"),
    (5, "good", None, "Réunion du 21 décembre", """
Cher Maître,

Un mot rapide : le lundi 21 décembre, je serai en congé (prévu de longue date, et sans doute bien mérité par tout le monde autour de moi).

C'est donc Bastien Ferrand-Lévêque qui vous retrouvera à 11 h pour la réunion de relecture du bail commercial de la rue Paradis. Il a le dossier en main et toute ma confiance.

Bien à vous,
Sabine Ollivier
""", "formal but warm, small self-deprecating joke that lands"),
    (5, "bad", "bureaucratic_distance", "Objet : Réunion de relecture – modification de l'interlocuteur", """
Maître,

Nous vous informons que, pour cause de congé prévu de longue date de l'intéressée, Mme Ollivier ne sera pas en mesure d'honorer la réunion de relecture du bail commercial de la rue Paradis du lundi 21 décembre à 11 h.

Le dossier est réaffecté à M. Bastien Ferrand-Lévêque, qui devient votre interlocuteur désigné à compter de cette date. Toute correspondance ultérieure devra lui être adressée.

Veuillez agréer, Maître, l'expression de nos salutations distinguées.

Le secrétariat
""", "sender writes about herself in the third person, 'réaffecté', 'interlocuteur désigné'"),

    (6, "good", None, "On s'est manqués mercredi", """
Bonjour Noémie,

Je vous attendais mercredi 2 décembre à 16 h pour le premier rendez-vous de bilan énergétique, et je ne vous ai pas vue ; j'espère simplement qu'il n'y a rien de grave.

Si vous voulez qu'on le fasse, je peux jeudi 10 décembre à 16 h ou vendredi 11 décembre à 9 h 30. Dites-moi ce qui vous convient.

Belle journée,
Jérôme Saint-Aubin
""", "friendly, checks on her, no reproach"),
    (6, "good", None, "Bilan énergétique", """
Bonjour Noémie,

Pas de souci pour mercredi. On reprend le premier rendez-vous de bilan énergétique quand vous voulez : jeudi 10 décembre à 16 h ou vendredi 11 décembre à 9 h 30 ?

Jérôme
""", "very brief but kind; leaves the missed slot implicit"),
    (6, "bad", "mock_enthusiasm", "Super rendez-vous manqué !!", """
Bonjour Noémie !!

Alors, ce premier rendez-vous de bilan énergétique du mercredi 2 décembre à 16 h ? Génial, vraiment, j'ai adoré vous attendre ! Rien de tel qu'une bonne heure à fixer la porte, c'est tellement revigorant !

Trop hâte de recommencer : jeudi 10 décembre à 16 h ou vendredi 11 décembre à 9 h 30, au choix !!!

Jérôme
""", "mock enthusiasm about being stood up"),

    (7, "good", None, "Nos conditions d'annulation", """
Monsieur Fournel,

Bienvenue parmi nos clients. Avant votre première réservation, voici nos conditions d'annulation, que je préfère vous exposer clairement :

– un acompte de 30 % est demandé à la réservation ;
– toute annulation doit nous parvenir au moins 72 heures à l'avance.

Ces règles nous permettent de tenir les créneaux que nous vous réservons. Je reste à votre disposition pour toute question.

Je vous prie d'agréer, Monsieur, mes salutations distinguées.

Inès Marchetti-Bloch
""", "formal, welcoming, explains why"),
    (7, "good", None, "Conditions d'annulation", """
Monsieur Fournel,

Je vous remercie de votre confiance. Pour que tout soit clair dès le départ : nous demandons un acompte de 30 % à la réservation, et toute annulation doit nous être signalée au moins 72 heures à l'avance.

Bien cordialement,
Inès Marchetti-Bloch
""", "very brief, formal and friendly"),
    (7, "bad", "passive_aggression", "Conditions d'annulation (à lire)", """
Monsieur Fournel,

Je vous remercie de votre intérêt. Je me permets de vous rappeler nos conditions d'annulation, qui figurent pourtant en toutes lettres dans le devis que vous avez signé : un acompte de 30 % à la réservation, et un délai de prévenance de 72 heures.

Je vous saurais gré d'en prendre connaissance cette fois-ci.

Cordialement,
Inès Marchetti-Bloch
""", "'pourtant en toutes lettres', 'je vous saurais gré … cette fois-ci': courtesy formulas used coldly on a new client"),

    (8, "good", None, "Déjeuner de vendredi → par écrit ?", """
Bonjour Stéphane,

J'ai une semaine de clôture comptable très chargée et je crains d'arriver au déjeuner de lancement de la campagne de janvier, vendredi 11 décembre à 12 h 30, avec la tête dans les tableaux.

Je vous propose plutôt de tout caler par écrit : je vous envoie le plan de campagne demain, vous me renvoyez vos remarques quand vous voulez. Le déjeuner, je vous le dois, et on le fera dans de meilleures conditions.

Merci de votre souplesse,
Clémence
""", "friendly, humour that lands, owns the change; the lunch 'owed' sets no new date"),
    (8, "good", None, "Vendredi", """
Bonjour Stéphane,

Semaine de clôture comptable très chargée oblige, je préfère qu'on traite le lancement de la campagne de janvier par e-mail plutôt qu'au déjeuner de vendredi 11 décembre à 12 h 30. Je vous écris en détail d'ici demain.

Merci, et bonne fin de semaine,
Clémence
""", "short, warm, clear"),
    (8, "bad", "grovelling", "Mille excuses pour vendredi", """
Bonjour Stéphane,

Je suis absolument confuse, vraiment, et je ne sais pas comment m'excuser. Je vais devoir vous demander quelque chose d'impardonnable : pourrions-nous remplacer le déjeuner de lancement de la campagne de janvier du vendredi 11 décembre à 12 h 30 par un échange par e-mail ? J'ai une semaine de clôture comptable très chargée, mais ce n'est évidemment pas une excuse.

Je comprendrais parfaitement que vous m'en vouliez. Encore pardon, pardon, pardon. Je ferai absolument tout ce que vous voudrez pour me rattraper.

Clémence
""", "grovelling: 'impardonnable', 'pardon, pardon, pardon', 'tout ce que vous voudrez'"),
]
