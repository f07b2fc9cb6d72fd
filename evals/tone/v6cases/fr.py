"""French v6 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "reschedule", "recipient_name": "M. Arnaud Le Bihan-Duclos", "sender_name": "Capucine Vaillancourt",
        "tone": "formal", "relationship": "key", "meeting": "comité de pilotage du déploiement Orion",
        "meeting_time": "mardi 15 décembre à 10 h",
        "proposed_times": ["jeudi 17 décembre à 10 h", "vendredi 18 décembre à 9 h 30"],
        "reason": "un incident de production à traiter en priorité ce jour-là"},
    2: {"intent": "shorten", "recipient_name": "Sandrine Maréchal", "sender_name": "Thibault Géraud",
        "tone": "friendly", "relationship": "regular", "meeting": "atelier sur la refonte du site de la boulangerie",
        "meeting_time": "mercredi 9 décembre à 15 h", "duration_minutes": 45,
        "reason": "un rendez-vous chez le pédiatre à 16 h"},
    3: {"intent": "switch_to_call", "recipient_name": "Me Laurence Abitbol", "sender_name": "Grégoire Tessier",
        "tone": "formal", "relationship": "new", "meeting": "premier rendez-vous sur le bail commercial de la rue Sainte-Catherine",
        "meeting_time": "lundi 14 décembre à 11 h", "reason": "les grèves de train annoncées ce jour-là"},
    4: {"intent": "no_show_followup", "recipient_name": "Bénédicte Fauconnet", "sender_name": "Nordine Benhamou",
        "tone": "friendly", "relationship": "key", "meeting": "séance de préparation au salon Batimat",
        "meeting_time": "jeudi 3 décembre à 9 h", "proposed_times": ["mardi 8 décembre à 9 h"]},
    5: {"intent": "decline", "recipient_name": "M. Hervé Castagnet", "sender_name": "Ophélie Marcadet",
        "tone": "formal", "relationship": "regular", "meeting": "visite de l'entrepôt de Gennevilliers",
        "meeting_time": "vendredi 11 décembre à 14 h", "reason": "la clôture comptable annuelle"},
    6: {"intent": "delegate", "recipient_name": "Inès Bouaziz", "sender_name": "Rodolphe Garrigou",
        "colleague_name": "Clémence Rouquette", "tone": "friendly", "relationship": "new",
        "meeting": "point de démarrage du projet de jardin partagé", "meeting_time": "mardi 12 janvier à 18 h",
        "reason": "un congé de paternité qui commence le 4 janvier"},
    7: {"intent": "late_cancellation", "recipient_name": "Mme Solène Vidalenc", "sender_name": "Florent Dupuy-Morel",
        "tone": "formal", "relationship": "key", "meeting": "séance photo du catalogue printemps",
        "meeting_time": "mercredi 2 décembre à 8 h 30", "proposed_times": ["mercredi 16 décembre à 8 h 30"],
        "policy": {"notice_hours": 48, "fee_percent": 50}},
    8: {"intent": "cancellation_policy", "recipient_name": "Julien Oyono", "sender_name": "Maëlle Kervella",
        "tone": "friendly", "relationship": "regular", "policy": {"notice_hours": 24, "deposit_percent": 30}},
}

CASES = [
    (1, "good", None, "Comité de pilotage Orion : report du 15 décembre",
     """
Monsieur Le Bihan-Duclos,

Je dois malheureusement vous demander de déplacer le comité de pilotage du déploiement Orion prévu le mardi 15 décembre à 10 h : un incident de production nous oblige à le traiter en priorité ce jour-là, et je préfère vous consacrer une réunion entière plutôt qu'une attention partagée.

Je vous propose le jeudi 17 décembre à 10 h ou le vendredi 18 décembre à 9 h 30. Si aucun de ces créneaux ne vous convient, dites-moi simplement ce qui vous arrange.

Avec mes excuses pour ce changement et mes sincères salutations,

Capucine Vaillancourt
""", "formal, warm, gives the reason and two slots, leaves the choice to the client"),
    (1, "bad", "passive_aggression", "Comité de pilotage Orion",
     """
Monsieur Le Bihan-Duclos,

Sauf erreur de ma part, je n'ai toujours pas reçu de réponse à mes deux derniers messages ; je me permets donc de revenir vers vous.

Le comité de pilotage du déploiement Orion du mardi 15 décembre à 10 h doit être déplacé, en raison d'un incident de production à traiter en priorité ce jour-là. Je vous propose le jeudi 17 décembre à 10 h ou le vendredi 18 décembre à 9 h 30.

Dans l'attente de votre retour, que j'espère cette fois rapide,

Capucine Vaillancourt
""", "'sauf erreur de ma part, je n'ai toujours pas reçu' and 'que j'espère cette fois rapide' to a key client"),
    (1, "bad", "over_familiarity", "Orion, on bouge !",
     """
Salut Arnaud,

Petit changement de programme, mon grand : le comité de pilotage du déploiement Orion de mardi 15 décembre à 10 h saute, j'ai un incident de production à régler en priorité ce jour-là. Tu préfères jeudi 17 décembre à 10 h ou vendredi 18 décembre à 9 h 30 ? Je te laisse choisir, t'es le boss ;)

Grosses bises,
Capu
""", "tutoiement, 'mon grand', 'grosses bises' and a nickname to a key client addressed formally"),
    (2, "good", None, "Atelier de mercredi, version courte",
     """
Bonjour Sandrine,

Pour l'atelier sur la refonte du site de la boulangerie, mercredi 9 décembre à 15 h : est-ce qu'on peut le faire en 45 minutes ? J'ai un rendez-vous chez le pédiatre à 16 h et je ne veux pas bâcler la fin. J'arriverai avec les maquettes déjà triées, on ira droit aux choix à faire.

À mercredi, et merci !
Thibault
""", "friendly, short, practical: the reason and how the shorter time will still work"),
    (2, "bad", "sarcasm", "Atelier de mercredi",
     """
Bonjour Sandrine,

Je sais à quel point nos ateliers vous passionnent, au point de durer deux bonnes heures à chaque fois, mais mercredi 9 décembre à 15 h, l'atelier sur la refonte du site de la boulangerie tiendra en 45 minutes. J'ai un rendez-vous chez le pédiatre à 16 h.

Je suis sûr que vous saurez être brève, pour une fois.

Thibault
""", "sarcasm about the client's long meetings, 'pour une fois'"),
    (2, "bad", "blame", "Atelier du 9 décembre",
     """
Bonjour Sandrine,

Mercredi 9 décembre à 15 h, l'atelier sur la refonte du site de la boulangerie durera 45 minutes : j'ai un rendez-vous chez le pédiatre à 16 h. Et vu que la dernière fois on a perdu une heure parce que vous n'aviez pas relu les textes, ce serait bien de les avoir lus cette fois, sinon on n'y arrivera pas.

Merci,
Thibault
""", "blames the client for the last workshop running late"),
    (3, "good", None, "Rendez-vous du 14 décembre par téléphone",
     """
Maître,

Des grèves de train sont annoncées le lundi 14 décembre. Plutôt que de risquer un retard à notre premier rendez-vous sur le bail commercial de la rue Sainte-Catherine, me permettriez-vous de le tenir par téléphone, à la même heure, 11 h ?

Je vous appellerai au numéro de votre choix. Je me réjouis de faire votre connaissance, même à distance.

Bien respectueusement,

Grégoire Tessier
""", "formal address to a lawyer, warm, asks rather than imposes"),
    (3, "bad", "bureaucratic_distance", "Rendez-vous du 14/12 – modalités",
     """
Maître,

Il est porté à la connaissance de Maître Abitbol que, compte tenu des grèves de train annoncées ce jour-là, le premier rendez-vous sur le bail commercial de la rue Sainte-Catherine du lundi 14 décembre à 11 h se tiendra selon des modalités téléphoniques.

Le soussigné prendra l'initiative de l'appel à l'horaire susmentionné.

Veuillez agréer, Maître, l'assurance de notre considération.

G. Tessier
""", "administrative passive voice, 'le soussigné', 'susmentionné' to a new contact"),
    (3, "bad", "condescension", "Notre rendez-vous de lundi",
     """
Maître,

En raison des grèves de train annoncées ce jour-là, je vous propose de tenir notre premier rendez-vous sur le bail commercial de la rue Sainte-Catherine par téléphone, le lundi 14 décembre à 11 h.

Rassurez-vous, c'est très simple : vous n'aurez qu'à décrocher, je m'occupe de tout le reste. Et ne vous inquiétez pas pour le vocabulaire juridique, je prendrai le temps de tout vous expliquer pas à pas.

Bien cordialement,

Grégoire Tessier
""", "explains a phone call and legal vocabulary to a lawyer"),
    (4, "good", None, "Tout va bien ?",
     """
Bonjour Bénédicte,

Je ne vous ai pas vue jeudi 3 décembre à 9 h pour notre séance de préparation au salon Batimat et je voulais juste m'assurer que tout allait bien de votre côté.

Si ça vous va, on reprend le mardi 8 décembre à 9 h ; sinon, proposez-moi un moment, je m'adapte.

Bonne journée,
Nordine
""", "friendly check-in first, then a new slot, no reproach"),
    (4, "bad", "mock_enthusiasm", "Quelle matinée !",
     """
Bonjour Bénédicte,

Merci mille fois pour ce jeudi 3 décembre à 9 h ! J'ai adoré préparer seul notre séance de préparation au salon Batimat, avec deux cafés et une chaise vide pour me tenir compagnie. Un moment inoubliable, vraiment.

On remet ça le mardi 8 décembre à 9 h ? J'ai hâte de voir si vous viendrez !

Nordine
""", "fake gratitude about being stood up"),
    (4, "bad", "passive_aggression", "Séance Batimat",
     """
Bonjour Bénédicte,

Je vous ai attendue jeudi 3 décembre à 9 h pour notre séance de préparation au salon Batimat. J'avais refusé un autre client pour garder ce créneau, mais ce n'est pas grave, j'ai l'habitude.

Je peux vous proposer le mardi 8 décembre à 9 h, si cela entre dans votre emploi du temps.

Nordine
""", "guilt-tripping: 'j'avais refusé un autre client ... mais ce n'est pas grave, j'ai l'habitude'"),
    (5, "good", None, "Visite de l'entrepôt de Gennevilliers",
     """
Monsieur Castagnet,

Je ne pourrai malheureusement pas me joindre à la visite de l'entrepôt de Gennevilliers du vendredi 11 décembre à 14 h : la clôture comptable annuelle me retient au bureau toute la journée.

Merci de votre invitation, et très bonne visite.

Bien cordialement,
Ophélie Marcadet
""", "very short, formal, honest decline without a fake follow-up"),
    (5, "good", None, "Vendredi 11 décembre",
     """
Monsieur Castagnet,

Merci pour votre invitation à visiter l'entrepôt de Gennevilliers le vendredi 11 décembre à 14 h. Je dois hélas la décliner : c'est le jour de notre clôture comptable annuelle, et je ne peux pas m'absenter.

Je le regrette sincèrement, et j'espère que l'occasion de découvrir le site se représentera.

Avec mes salutations les meilleures,
Ophélie Marcadet
""", "formal but warm, a personal touch"),
    (5, "bad", "coldness", "Visite 11/12",
     """
Monsieur,

Visite de l'entrepôt de Gennevilliers du vendredi 11 décembre à 14 h : pas de participation de ma part. Motif : clôture comptable annuelle.

O. Marcadet
""", "telegraphic, no thanks, no regret to a regular contact who invited her"),
    (6, "good", None, "Jardin partagé : Clémence prend le relais",
     """
Bonjour Inès,

Petite nouvelle de mon côté : mon congé de paternité commence le 4 janvier, donc c'est ma collègue Clémence Rouquette qui animera le point de démarrage du projet de jardin partagé, le mardi 12 janvier à 18 h. Elle connaît le dossier aussi bien que moi (et elle a la main plus verte).

Je vous souhaite un très beau lancement !
Rodolphe
""", "friendly handover with light humour, no promise to stay reachable during leave"),
    (6, "good", None, "Point du 12 janvier",
     """
Bonjour Inès,

Je pars en congé de paternité le 4 janvier. Ma collègue Clémence Rouquette vous accueillera donc pour le point de démarrage du projet de jardin partagé, le mardi 12 janvier à 18 h ; elle a tout le dossier en main.

Belle suite à vous,
Rodolphe
""", "short, kind, clear"),
    (6, "bad", "grovelling", "Mille excuses…",
     """
Bonjour Inès,

Je suis vraiment, terriblement désolé, et j'ai honte de vous écrire ça alors qu'on se connaît à peine : je ne pourrai pas être là pour le point de démarrage du projet de jardin partagé, le mardi 12 janvier à 18 h, à cause de mon congé de paternité qui commence le 4 janvier. Je sais que c'est impardonnable.

Ma collègue Clémence Rouquette me remplacera ; j'espère de tout cœur que vous ne m'en voudrez pas trop et que vous accepterez quand même de travailler avec nous. Encore pardon, pardon, pardon.

Rodolphe
""", "over-apologises for a paternity leave, begs"),
    (7, "good", None, "Séance photo du 2 décembre",
     """
Madame Vidalenc,

Je prends bonne note de l'annulation de la séance photo du catalogue printemps prévue le mercredi 2 décembre à 8 h 30, et j'espère que rien de grave n'en est la cause.

Comme l'annulation est intervenue moins de 48 heures avant la séance, notre politique prévoit une facturation de 50 % : le studio, le matériel et l'équipe avaient été réservés pour vous. Cela figurera sur la prochaine facture.

Je vous propose de reprendre le mercredi 16 décembre à 8 h 30, avec la même équipe.

Bien cordialement,
Florent Dupuy-Morel
""", "firm on the fee, gives its reason, warm and respectful to a key client"),
    (7, "good", None, "Nouvelle date pour le catalogue printemps",
     """
Madame Vidalenc,

Dommage pour la séance photo du catalogue printemps du mercredi 2 décembre à 8 h 30 ; ce sont des choses qui arrivent. Je vous propose le mercredi 16 décembre à 8 h 30.

Pour être transparent : l'annulation étant arrivée moins de 48 heures avant, la moitié du montant de la séance reste due, comme le prévoit notre politique.

Au plaisir de vous retrouver au studio,
Florent Dupuy-Morel
""", "short, calm, states the half fee plainly"),
    (7, "bad", "hostile", "Annulation du 2 décembre",
     """
Madame Vidalenc,

La séance photo du catalogue printemps du mercredi 2 décembre à 8 h 30 a été annulée moins de 48 heures à l'avance. Conformément à notre politique, 50 % vous seront facturés.

Je vous propose le mercredi 16 décembre à 8 h 30. Je me permets toutefois d'attirer votre attention sur le fait qu'une nouvelle annulation de ce type nous amènerait à reconsidérer sérieusement la suite de notre collaboration.

Florent Dupuy-Morel
""", "veiled threat to end the relationship with a key client"),
    (8, "good", None, "Petit rappel sur les annulations",
     """
Bonjour Julien,

Comme on réserve la salle pour chaque séance, je te glisse notre règle d'annulation : jusqu'à 24 heures avant, c'est sans frais ; l'acompte de 30 % n'est pas remboursé en cas d'annulation plus tardive.

Merci de ta compréhension, et à très vite au studio !
Maëlle
""", "friendly, short, gives the reason for the rule"),
    (8, "good", None, "Nos conditions d'annulation",
     """
Bonjour Julien,

Une petite précision pratique pour la suite : nous demandons de prévenir au moins 24 heures à l'avance en cas d'annulation. Au-delà, l'acompte de 30 % est conservé, parce que le créneau ne peut plus être proposé à quelqu'un d'autre.

Si tu as un doute sur une date, écris-moi, on trouvera toujours une solution.
Maëlle
""", "warm, explains why, offers help"),
    (8, "bad", "condescension", "Règle d'annulation",
     """
Bonjour Julien,

Je me permets de te rappeler une règle de base du savoir-vivre que beaucoup semblent oublier : quand on annule, on prévient. Chez nous, c'est au moins 24 heures avant, sinon l'acompte de 30 % est perdu.

Ce n'est pas compliqué à retenir, je pense que tu y arriveras.

Maëlle
""", "lecturing on manners and 'je pense que tu y arriveras'"),
]
