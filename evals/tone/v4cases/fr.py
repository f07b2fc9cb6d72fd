"""French v4 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "decline", "recipient_name": "M. Thibault Garnier", "sender_name": "Camille Texier", "tone": "formal",
        "relationship": "key", "meeting": "comité de pilotage du projet Helios", "meeting_time": "mercredi 16 décembre à 10 h",
        "reason": "un arbitrage budgétaire interne qui nous empêche de nous engager sur la phase 2"},
    2: {"intent": "switch_to_call", "recipient_name": "Léa Morin", "sender_name": "Julien Faure", "tone": "friendly",
        "relationship": "regular", "meeting": "atelier maquettes du site", "meeting_time": "jeudi 10 décembre à 15 h",
        "reason": "deux de nos graphistes sont en télétravail cette semaine"},
    3: {"intent": "late_cancellation", "recipient_name": "Mme Agathe Dumont", "sender_name": "Nadia Belkacem", "tone": "formal",
        "relationship": "new", "meeting": "première séance de sophrologie", "meeting_time": "jeudi 3 décembre à 18 h",
        "policy": {"notice_hours": 24, "fee_percent": 50}},
    4: {"intent": "no_show_followup", "recipient_name": "Bastien Giraud", "sender_name": "Inès Carpentier", "tone": "friendly",
        "relationship": "key", "meeting": "séance photo pour le catalogue de printemps", "meeting_time": "mercredi 2 décembre à 9 h",
        "proposed_times": ["lundi 14 décembre à 9 h"]},
    5: {"intent": "delegate", "recipient_name": "Dr Françoise Aubert", "sender_name": "Mathieu Perrin", "tone": "formal",
        "relationship": "regular", "meeting": "point mensuel sur la paie", "meeting_time": "lundi 14 décembre à 11 h",
        "colleague_name": "Sandrine Vidal", "reason": "mon congé paternité, qui commence vendredi"},
    6: {"intent": "reschedule", "recipient_name": "Hugo Lemaire", "sender_name": "Clara Besson", "tone": "friendly",
        "relationship": "new", "meeting": "deuxième séance de coaching", "meeting_time": "mardi 8 décembre à 19 h",
        "reason": "un imprévu familial", "proposed_times": ["mardi 15 décembre à 19 h", "mercredi 16 décembre à 19 h"]},
    7: {"intent": "cancellation_policy", "recipient_name": "Mme Rose Lambert", "sender_name": "Anaïs Colin", "tone": "formal",
        "relationship": "new", "policy": {"notice_hours": 48, "deposit_percent": 30}},
    8: {"intent": "switch_to_email", "recipient_name": "M. Arnaud de Villiers", "sender_name": "Sophie Marchal", "tone": "formal",
        "relationship": "key", "meeting": "réunion de lancement de l'audit fiscal", "meeting_time": "vendredi 11 décembre à 9 h 30",
        "reason": "les points à trancher sont surtout documentaires"},
}

CASES = [
    (1, "good", None, "Comité de pilotage Helios du 16 décembre", """
Monsieur Garnier,

Je dois malheureusement décliner le comité de pilotage du projet Helios du mercredi 16 décembre à 10 h. Un arbitrage budgétaire interne nous empêche de nous engager sur la phase 2, et je préfère vous le dire franchement plutôt que de siéger sans pouvoir tenir parole.

Je reste à votre disposition pour tout ce qui touche à la phase 1.

Bien cordialement,
Camille Texier
""", "formal, honest about the reason, no false promise"),
    (1, "bad", "passive_aggression", "Re: Comité de pilotage Helios", """
Monsieur Garnier,

Comme indiqué dans mon précédent courriel, que vous n'avez visiblement pas eu le temps de lire, je ne participerai pas au comité de pilotage du projet Helios du mercredi 16 décembre à 10 h : un arbitrage budgétaire interne nous empêche de nous engager sur la phase 2.

Je me permets donc de le répéter une dernière fois.

Cordialement,
Camille Texier
""", "'comme indiqué dans mon précédent courriel … visiblement pas eu le temps de lire', 'répéter une dernière fois'"),
    (1, "bad", "condescension", "Comité Helios", """
Monsieur Garnier,

Je ne viendrai pas au comité de pilotage du projet Helios du mercredi 16 décembre à 10 h. Pour faire simple, puisque ces questions sont un peu techniques : un arbitrage budgétaire interne nous empêche de nous engager sur la phase 2. Rien de bien compliqué, au fond.

Si quelque chose vous échappe, n'hésitez pas à demander, je vous réexpliquerai.

Cordialement,
Camille Texier
""", "'pour faire simple', 'rien de bien compliqué', 'si quelque chose vous échappe' to a key client"),
    (2, "good", None, "Atelier maquettes : on passe en appel ?", """
Bonjour Léa,

Deux de nos graphistes sont en télétravail cette semaine : est-ce qu'on peut faire l'atelier maquettes du site jeudi 10 décembre à 15 h par téléphone plutôt que dans nos locaux ? Je t'envoie le numéro et les écrans juste avant.

À jeudi,
Julien
""", "short, friendly, concrete"),
    (2, "bad", "mock_enthusiasm", "SUPER nouvelle pour l'atelier !!!", """
Bonjour Léa !!!

Génial, fantastique, merveilleux : deux de nos graphistes sont en télétravail cette semaine, donc l'atelier maquettes du site de jeudi 10 décembre à 15 h se fera par téléphone !!! Quelle chance, franchement, on adore les appels de deux heures devant des maquettes qu'on ne voit pas !

Trop hâte !!!
Julien
""", "forced exclamation and ironic 'quelle chance … on adore'"),
    (2, "bad", "bureaucratic_distance", "Modification des modalités – atelier maquettes", """
Madame,

Nous vous informons que, compte tenu de la situation de télétravail de deux de nos graphistes cette semaine, l'atelier maquettes du site prévu le jeudi 10 décembre à 15 h sera tenu par voie téléphonique.

Toute demande relative à cette modification devra être adressée par écrit au service concerné.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.
Julien Faure
""", "administrative distance ('Madame', 'voie téléphonique', 'service concerné') to a friendly regular contact"),
    (3, "good", None, "Séance du 3 décembre", """
Madame Dumont,

Je suis désolée que vous n'ayez pas pu venir à votre première séance de sophrologie du jeudi 3 décembre à 18 h. Comme précisé lors de la prise de rendez-vous, une annulation moins de 24 heures à l'avance donne lieu à une facturation de 50 % de la séance ; vous recevrez la facture cette semaine.

Je serais heureuse de vous accueillir pour une nouvelle séance quand vous le souhaiterez.

Bien cordialement,
Nadia Belkacem
""", "firm about the fee, kind, leaves the door open"),
    (3, "bad", "blame", "Annulation tardive", """
Madame Dumont,

Vous avez annulé votre première séance de sophrologie du jeudi 3 décembre à 18 h au dernier moment, ce qui m'a fait perdre un créneau que d'autres patients attendaient. Ce genre de légèreté a un coût : 50 % de la séance vous seront facturés, puisque vous n'avez pas respecté le délai de 24 heures.

J'espère que vous serez plus organisée à l'avenir.

Nadia Belkacem
""", "moralising blame ('ce genre de légèreté', 'plus organisée à l'avenir')"),
    (3, "bad", "sarcasm", "Votre séance", """
Madame Dumont,

Merci infiniment d'avoir pensé à me prévenir, même si c'était moins de 24 heures avant votre première séance de sophrologie du jeudi 3 décembre à 18 h. Une belle façon de commencer un travail sur la détente, je dois dire !

Conformément à mes conditions, 50 % de la séance vous seront facturés.

Cordialement,
Nadia Belkacem
""", "ironic thanks and 'une belle façon de commencer'"),
    (4, "good", None, "On se rattrape pour la séance photo ?", """
Bonjour Bastien,

On t'a attendu mercredi 2 décembre à 9 h pour la séance photo du catalogue de printemps ; j'espère que tout va bien de ton côté. Le studio est libre lundi 14 décembre à 9 h : ça te va ?

Belle journée,
Inès
""", "friendly, no reproach, one concrete slot"),
    (4, "bad", "over_familiarity", "Alors mon grand ??", """
Coucou mon Bastou !

Alors on fait la grasse mat' maintenant ? 😂 On t'a attendu comme des idiots mercredi 2 décembre à 9 h pour la séance photo du catalogue de printemps, mais je te pardonne, t'es mon client chouchou. Lundi 14 décembre à 9 h, ça roule ? Bisous bisous

Inès
""", "nicknames, 'bisous', mocking familiarity with a key client"),
    (4, "bad", "hostile", "Séance photo manquée", """
Bastien,

Tu n'es pas venu à la séance photo du catalogue de printemps mercredi 2 décembre à 9 h, sans un mot. Franchement, c'est inadmissible. Lundi 14 décembre à 9 h, c'est la dernière chance : si tu ne viens pas, on arrête là.

Inès
""", "ultimatum and 'inadmissible' to a key client"),
    (5, "good", None, "Point paie du 14 décembre : Sandrine Vidal prend le relais", """
Docteure Aubert,

Mon congé paternité commence vendredi : c'est donc Sandrine Vidal qui assurera notre point mensuel sur la paie du lundi 14 décembre à 11 h. Elle a tout le dossier en main et vous écrira d'ici là.

Avec mes remerciements pour votre compréhension,
Mathieu Perrin
""", "short, clear handover; no promise to stay reachable during leave"),
    (5, "good", None, "Votre point paie du lundi 14 décembre", """
Madame,

Je vous écris pour vous prévenir qu'en raison de mon congé paternité, qui commence vendredi, je ne pourrai pas assurer le point mensuel sur la paie du lundi 14 décembre à 11 h. Ma collègue Sandrine Vidal le mènera à ma place, à la même heure.

Je vous remercie de votre confiance et vous souhaite une belle fin d'année.

Bien cordialement,
Mathieu Perrin
""", "formal, warm closing, unusual 'Madame' opener is still correct"),
    (5, "bad", "grovelling", "Mille excuses pour le point paie", """
Docteure Aubert,

Je suis absolument désolé, vraiment confus, et je vous prie de m'excuser mille fois : à cause de mon congé paternité, qui commence vendredi, je ne pourrai pas assurer notre point mensuel sur la paie du lundi 14 décembre à 11 h. Je sais que c'est impardonnable et je comprendrais parfaitement que vous m'en teniez rigueur.

Sandrine Vidal me remplacera ; j'espère de tout cœur qu'elle sera à la hauteur de ce que vous méritez.

Encore toutes mes excuses, et merci infiniment de votre indulgence,
Mathieu Perrin
""", "excessive apology for parental leave, 'impardonnable'"),
    (6, "good", None, "Petit décalage pour notre séance", """
Bonjour Hugo,

Un imprévu familial m'oblige à déplacer notre deuxième séance de coaching du mardi 8 décembre à 19 h. Je peux vous proposer le mardi 15 décembre à 19 h ou le mercredi 16 décembre à 19 h : dites-moi ce qui vous arrange.

Merci et à bientôt,
Clara
""", "warm vous to a new client, two options"),
    (6, "good", None, "Séance de mardi", """
Bonjour Hugo,

Je suis désolée de vous faire ce coup-là si tôt dans notre travail : un imprévu familial m'empêche d'assurer la deuxième séance de coaching du mardi 8 décembre à 19 h. Mardi 15 ou mercredi 16 décembre, toujours à 19 h, vous conviendrait-il ?

Bien à vous,
Clara Besson
""", "apologetic but dignified, compact"),
    (6, "bad", "wrong_register", "dsl pr mardi", """
slt Hugo

dsl gros imprévu familial, pas possible mardi 8 décembre à 19 h pour la deuxième séance de coaching. mardi 15 décembre à 19 h ou mercredi 16 décembre à 19 h ? tu me dis

Clara
""", "text-speak and tu to a new client"),
    (7, "good", None, "Nos conditions d'annulation", """
Madame Lambert,

Bienvenue au studio, et merci pour votre réservation. Avant notre première séance, voici nos conditions : un acompte de 30 % est demandé à la réservation, et toute annulation doit nous parvenir au moins 48 heures à l'avance.

N'hésitez pas à m'écrire si vous avez la moindre question.

Bien cordialement,
Anaïs Colin
""", "welcoming, clear numbers"),
    (7, "good", None, "Conditions de réservation", """
Madame Lambert,

Pour que tout soit clair dès le départ : nous demandons un acompte de 30 % et un délai de prévenance de 48 heures pour toute annulation. C'est ce qui nous permet de bloquer le studio pour vous.

Au plaisir de vous recevoir,
Anaïs Colin
""", "short, explains why, firm and friendly"),
    (7, "bad", "condescension", "Conditions d'annulation (à lire attentivement)", """
Madame Lambert,

Je sais que les nouveaux clients lisent rarement les petites lignes, alors je vais faire simple : acompte de 30 %, annulation au moins 48 heures à l'avance. Ce n'est pas sorcier.

Merci de relire ce message autant de fois que nécessaire.

Anaïs Colin
""", "'les nouveaux clients lisent rarement les petites lignes', 'ce n'est pas sorcier'"),
    (8, "good", None, "Lancement de l'audit fiscal : par écrit ?", """
Monsieur de Villiers,

Les points à trancher pour le lancement de l'audit fiscal étant surtout documentaires, je vous propose de les traiter par écrit plutôt qu'en réunion vendredi 11 décembre à 9 h 30. Je vous adresse demain une note avec les pièces et les questions ouvertes ; si un point mérite un échange de vive voix, nous garderons le créneau.

Bien cordialement,
Sophie Marchal
""", "formal, reasoned, keeps the slot as fallback"),
    (8, "good", None, "Réunion du 11 décembre", """
Monsieur de Villiers,

Serait-il possible de remplacer la réunion de lancement de l'audit fiscal du vendredi 11 décembre à 9 h 30 par un échange d'e-mails ? Les points à trancher sont surtout documentaires et vous gagneriez du temps. Je vous enverrai la liste dès votre accord.

Avec mes salutations les meilleures,
Sophie Marchal
""", "short and respectful question"),
    (8, "bad", "sarcasm", "Audit fiscal – une réunion, vraiment ?", """
Monsieur de Villiers,

Je me doute que vous adorez les réunions, mais les points à trancher pour le lancement de l'audit fiscal sont surtout documentaires. Nous pourrions donc, pour une fois, épargner à tout le monde la réunion du vendredi 11 décembre à 9 h 30 et nous contenter de quelques e-mails. Révolutionnaire, je sais.

Cordialement,
Sophie Marchal
""", "'vous adorez les réunions', 'pour une fois', 'révolutionnaire, je sais'"),
]
