"""French v9 tone cases: 7 situations, layout 4/0 0/4 2/1 1/2 2/2 1/3 2/0 (good/bad)."""

from __future__ import annotations

SITS = {
    1: {"intent": "shorten", "recipient_name": "M. Thibault Carrère-Mounier", "sender_name": "Solène Abadie-Ravel",
        "tone": "formal", "relationship": "key",
        "meeting": "comité de pilotage du déploiement logiciel de la médiathèque",
        "meeting_time": "mercredi 9 décembre à 10 h", "duration_minutes": 45,
        "reason": "la clôture comptable de fin d'année"},
    2: {"intent": "late_cancellation", "recipient_name": "Margaux Ferrandière", "sender_name": "Rodolphe Guéhenno",
        "tone": "friendly", "relationship": "regular", "meeting": "séance de coaching vocal",
        "meeting_time": "jeudi 3 décembre à 18 h", "proposed_times": ["mardi 15 décembre à 18 h"],
        "policy": {"notice_hours": 24, "fee_percent": 50}},
    3: {"intent": "switch_to_call", "recipient_name": "Mme Apolline Desrosiers-Quint", "sender_name": "Gaspard Lemercier-Tual",
        "tone": "formal", "relationship": "new", "meeting": "premier entretien sur l'aménagement de vos combles",
        "meeting_time": "vendredi 11 décembre à 9 h 30", "reason": "un chantier urgent à Angers"},
    4: {"intent": "decline", "recipient_name": "Hugues Marsollier", "sender_name": "Bérénice Talabot",
        "tone": "friendly", "relationship": "key",
        "meeting": "dégustation des nouvelles cuvées pour votre carte d'hiver",
        "meeting_time": "lundi 14 décembre à 16 h",
        "reason": "notre équipe est entièrement prise par les salons de décembre"},
    5: {"intent": "no_show_followup", "recipient_name": "M. Anatole Brizard", "sender_name": "Cyprienne Maheut",
        "tone": "formal", "relationship": "regular", "meeting": "visite de l'appartement de la rue des Tanneurs",
        "meeting_time": "mercredi 2 décembre à 17 h",
        "proposed_times": ["samedi 12 décembre à 10 h", "lundi 14 décembre à 18 h"]},
    6: {"intent": "cancellation_policy", "recipient_name": "Mme Ysaline Corbière", "sender_name": "Maxence Duvillard-Roy",
        "tone": "formal", "relationship": "new", "policy": {"notice_hours": 48, "deposit_percent": 30}},
    7: {"intent": "delegate", "recipient_name": "Noémie Pradeilles", "sender_name": "Lucien Arrighi-Pelat",
        "tone": "friendly", "relationship": "key", "meeting": "atelier de préparation du lancement de printemps",
        "meeting_time": "jeudi 17 décembre à 14 h", "colleague_name": "Capucine Villemagne",
        "reason": "mon congé de paternité"},
}

CASES = [
    (1, "good", None, "Comité de pilotage du 9 décembre : format resserré",
     """Monsieur Carrère-Mounier,

La clôture comptable de fin d'année mobilise une partie de notre équipe cette semaine. Pour ne pas reporter le comité de pilotage du déploiement logiciel de la médiathèque, je vous propose de le maintenir le mercredi 9 décembre à 10 h, mais en 45 minutes.

Je vous enverrai la veille une note d'une page sur l'avancement, afin que nous consacrions la séance aux seules décisions à prendre.

Je vous remercie de votre compréhension et reste à votre disposition.

Bien cordialement,
Solène Abadie-Ravel""",
     "formal and warm, reason once, concrete way to make the shorter slot work"),
    (1, "good", None, "Comité du mercredi 9 décembre",
     """Monsieur,

Le comité de pilotage du déploiement logiciel de la médiathèque est bien maintenu le mercredi 9 décembre à 10 h ; il durera exceptionnellement 45 minutes, en raison de la clôture comptable de fin d'année.

Avec mes remerciements,
Solène Abadie-Ravel""",
     "very short and formal; 'Monsieur' alone is correct French usage; exceptionnellement softens it"),
    (1, "good", None, "Comité de pilotage : mes excuses pour ce changement",
     """Monsieur Carrère-Mounier,

Je vous dois une excuse : je m'étais engagée sur une séance complète et je ne pourrai finalement y consacrer que 45 minutes, en raison de la clôture comptable de fin d'année.

Le comité de pilotage du déploiement logiciel de la médiathèque se tiendra donc comme convenu le mercredi 9 décembre à 10 h. Si certains points vous paraissent ne pas pouvoir attendre, dites-le-moi et je les placerai en tête de l'ordre du jour.

Bien à vous,
Solène Abadie-Ravel""",
     "apologetic but dignified; 'comme convenu' used neutrally"),
    (1, "good", None, "Re : comité de pilotage",
     """Monsieur Carrère-Mounier,

Malheureusement, la clôture comptable de fin d'année m'oblige à raccourcir notre comité de pilotage du déploiement logiciel de la médiathèque : 45 minutes, toujours le mercredi 9 décembre à 10 h.

Je sais que ce n'est pas idéal à ce stade du projet. Je m'engage à ce que rien d'important ne soit sacrifié : les décisions sur le calendrier passeront en premier.

Très cordialement,
Solène Abadie-Ravel""",
     "'malheureusement' used kindly; acknowledges the cost, firm and reassuring"),
    (2, "bad", "passive_aggression", "Séance de jeudi",
     """Bonjour Margaux,

J'ai bien noté l'annulation de notre séance de coaching vocal du jeudi 3 décembre à 18 h, reçue bien tard.

Comme je vous l'avais déjà expliqué à la rentrée, et comme je l'ai redit en novembre, toute annulation moins de 24 heures à l'avance est facturée à 50 %. Je me permets donc de vous le rappeler une troisième fois.

Le prochain créneau possible est le mardi 15 décembre à 18 h.

Bonne soirée,
Rodolphe Guéhenno""",
     "'comme je vous l'avais déjà expliqué … une troisième fois': per-my-last-email in French"),
    (2, "bad", "passive_aggression", "Notre séance",
     """Bonjour Margaux,

Pas de souci pour jeudi, vraiment. J'avais simplement décalé le cours d'un autre élève pour vous garder ce créneau de 18 h, et je suis resté au studio jusqu'à 19 h au cas où, mais ce n'est pas grave du tout.

Pour la forme, je rappelle que la séance de coaching vocal du jeudi 3 décembre à 18 h annulée moins de 24 heures avant est facturée à 50 %.

Je peux vous proposer le mardi 15 décembre à 18 h, si cela vous arrange cette fois.

Rodolphe""",
     "guilt trip (the other pupil, waiting at the studio) and the barbed 'si cela vous arrange cette fois'"),
    (2, "bad", "sarcasm", "Jeudi soir",
     """Bonjour Margaux,

Bravo pour le sens du timing : annuler notre séance de coaching vocal du jeudi 3 décembre à 18 h si près de l'heure, c'est presque un record ! Vos cordes vocales ont dû apprécier la soirée de repos.

Comme d'habitude, en dessous de 24 heures, la séance est facturée à 50 %.

Mardi 15 décembre à 18 h, ça vous irait ? Promis, je ne compte pas sur vous avant 17 h 59.

Rodolphe""",
     "sarcasm about the timing and a mocking closing joke"),
    (2, "bad", "coldness", "Annulation tardive – facturation",
     """Madame Ferrandière,

Séance de coaching vocal du jeudi 3 décembre à 18 h : annulation hors délai (moins de 24 heures). Facturation : 50 %.

Créneau disponible : mardi 15 décembre à 18 h. Merci de confirmer.

R. Guéhenno""",
     "telegraphic and distant towards a regular first-name pupil in a friendly relationship; no word of concern"),
    (3, "good", None, "Notre entretien du 11 décembre par téléphone",
     """Madame Desrosiers-Quint,

Je vous remercie de votre confiance pour ce projet. Un chantier urgent à Angers me retient loin du bureau cette fin de semaine ; plutôt que de décaler notre premier entretien sur l'aménagement de vos combles, puis-je vous appeler au même moment, le vendredi 11 décembre à 9 h 30 ?

Si vous avez des photos ou un plan de vos combles, n'hésitez pas à me les envoyer d'ici là : nous gagnerons du temps et je pourrai vous donner des premières pistes concrètes.

Au plaisir de vous entendre,
Gaspard Lemercier-Tual""",
     "formal, warm welcome to a new client, keeps the time, useful suggestion"),
    (3, "good", None, "Entretien du vendredi 11 décembre",
     """Madame,

En raison d'un chantier urgent à Angers, notre premier entretien sur l'aménagement de vos combles se fera par téléphone, le vendredi 11 décembre à 9 h 30.

Avec toutes mes excuses pour ce changement, et au plaisir de faire votre connaissance,
Gaspard Lemercier-Tual""",
     "short formal note, apology and a warm close"),
    (3, "bad", "condescension", "Votre projet de combles",
     """Madame Desrosiers-Quint,

Un chantier urgent à Angers m'empêche de vous recevoir ; notre premier entretien sur l'aménagement de vos combles aura donc lieu par téléphone, le vendredi 11 décembre à 9 h 30.

Pour que cet appel soit utile, je me permets quelques rappels, car les particuliers qui se lancent pour la première fois sous-estiment presque toujours la complexité d'un tel projet : un comble ne s'aménage pas comme une chambre d'amis, la charpente a ses contraintes et un permis est parfois nécessaire. Inutile donc d'arriver avec des idées de décoration ; pensez plutôt à la hauteur sous plafond.

Cordialement,
Gaspard Lemercier-Tual""",
     "lecturing a new client on what 'particuliers' always underestimate"),
    (4, "good", None, "Dégustation du 14 décembre",
     """Bonjour Hugues,

Merci d'avoir pensé à nous pour la dégustation des nouvelles cuvées pour votre carte d'hiver. Je préfère être franche : notre équipe est entièrement prise par les salons de décembre, et nous ne pourrons pas venir le lundi 14 décembre à 16 h.

Je ne veux pas vous promettre une date que je ne suis pas sûre de tenir ; je vous écris dès que le calendrier s'éclaircit en janvier. Bon service d'ici là, et bravo pour la nouvelle carte !

Bérénice""",
     "honest decline to a key client, friendly, no fake promise"),
    (4, "bad", "over_familiarity", "Dégustation lundi ;)",
     """Hugues mon grand !!

Alors là, gros dilemme : ta dégustation des nouvelles cuvées pour votre carte d'hiver lundi 14 décembre à 16 h, j'en rêvais, mais notre équipe est entièrement prise par les salons de décembre. Les patrons, tu sais ce que c'est...

Garde-moi une bouteille de côté, on se la boit en douce un de ces soirs, je te fais la bise,
Béré""",
     "backslapping, nicknames and 'on se la boit en douce' towards a key client"),
    (4, "bad", "mock_enthusiasm", "Votre dégustation !!!",
     """Bonjour Hugues,

Quelle merveilleuse idée, encore une dégustation des nouvelles cuvées pour votre carte d'hiver ! Nous aurions ADORÉ venir le lundi 14 décembre à 16 h, vraiment, rien ne nous aurait fait plus plaisir en plein mois de décembre !

Hélas, notre équipe est entièrement prise par les salons de décembre. Quel dommage, vraiment, vraiment.

Bérénice""",
     "mock enthusiasm: 'encore une', capitals and the doubled 'vraiment' read as irony"),
    (5, "good", None, "Visite du 2 décembre",
     """Monsieur Brizard,

Je vous ai attendu le mercredi 2 décembre à 17 h pour la visite de l'appartement de la rue des Tanneurs ; j'espère qu'aucun souci ne vous a retenu.

Le bien est toujours disponible. Je peux vous le faire visiter le samedi 12 décembre à 10 h ou le lundi 14 décembre à 18 h ; dites-moi ce qui vous convient le mieux.

Bien cordialement,
Cyprienne Maheut""",
     "concern first, then two new slots, no reproach"),
    (5, "good", None, "Rue des Tanneurs : nouvelle visite ?",
     """Monsieur Brizard,

Nous nous sommes manqués le mercredi 2 décembre à 17 h. Si vous souhaitez toujours faire la visite de l'appartement de la rue des Tanneurs, je vous propose un nouveau rendez-vous le samedi 12 décembre à 10 h ou le lundi 14 décembre à 18 h.

Belle journée,
Cyprienne Maheut""",
     "very short, neutral 'nous nous sommes manqués', warm close"),
    (5, "bad", "blame", "Visite manquée",
     """Monsieur Brizard,

Vous ne vous êtes pas présenté à la visite de l'appartement de la rue des Tanneurs du mercredi 2 décembre à 17 h, sans prévenir. Le propriétaire s'était déplacé spécialement et j'ai dû lui expliquer votre absence, ce qui ne m'a pas mise dans une position confortable.

Si vous êtes toujours intéressé, je peux vous proposer le samedi 12 décembre à 10 h ou le lundi 14 décembre à 18 h. Merci cette fois de me prévenir en cas d'empêchement.

Cyprienne Maheut""",
     "puts the sender's discomfort on the client and reproaches him; no concern"),
    (5, "bad", "hostile", "Appartement rue des Tanneurs",
     """Monsieur Brizard,

Je vous ai attendu en vain le mercredi 2 décembre à 17 h pour la visite de l'appartement de la rue des Tanneurs.

Je peux encore vous proposer le samedi 12 décembre à 10 h ou le lundi 14 décembre à 18 h. Je vous signale toutefois que plusieurs acquéreurs sérieux se sont manifestés et que, sans réponse de votre part sous 48 heures, je considérerai que votre dossier n'est plus prioritaire pour notre agence.

Cordialement,
Cyprienne Maheut""",
     "veiled threat: 'acquéreurs sérieux', an ultimatum and demotion of the client"),
    (6, "good", None, "Bienvenue et nos conditions d'annulation",
     """Madame Corbière,

Nous sommes ravis de vous compter parmi nos nouveaux clients. Avant votre première réservation, voici nos conditions, en deux points seulement :
- un acompte de 30 % est demandé à la réservation ;
- un rendez-vous peut être annulé ou déplacé sans frais jusqu'à 48 heures à l'avance.

Ces règles nous permettent de garder des créneaux pour chacun. Pour toute question, je reste joignable avec plaisir.

Bien cordialement,
Maxence Duvillard-Roy""",
     "welcome, clear numbers, a short reason, open door"),
    (6, "bad", "bureaucratic_distance", "Conditions générales – annulation",
     """Madame,

Il est porté à la connaissance de la clientèle nouvellement inscrite que toute réservation donne lieu au versement d'un acompte de 30 %. Toute annulation intervenant moins de 48 heures avant la prestation entraîne la perte dudit acompte, conformément aux dispositions en vigueur.

Le présent courrier vaut notification.

Pour la direction,
Maxence Duvillard-Roy""",
     "impersonal administrative formulas to a new client: 'il est porté à la connaissance', 'vaut notification'"),
    (6, "bad", "passive_aggression", "Quelques informations utiles",
     """Madame Corbière,

Bienvenue parmi nos clients ! Nous sommes très heureux de vous accueillir.

Pour bien démarrer, un petit point sur nos conditions : un acompte de 30 % est demandé à la réservation, et toute annulation doit intervenir au moins 48 heures à l'avance. Nous préférons le préciser dès maintenant, l'expérience nous ayant appris que les nouveaux clients découvrent généralement ce paragraphe au moment où il s'applique.

Au plaisir de vous recevoir,
Maxence Duvillard-Roy""",
     "warm mail with one barbed clause suspecting the new client of not reading"),
    (6, "bad", "grovelling", "Nos conditions (toutes nos excuses)",
     """Madame Corbière,

Nous sommes vraiment désolés de devoir vous importuner avec cela, et nous comprendrions parfaitement que cela vous déplaise. Nous avons honte de vous en parler dès le début, mais nous demandons un acompte de 30 % et une annulation 48 heures à l'avance.

Nous espérons de tout cœur que cela ne vous fera pas changer d'avis. Encore mille excuses, et n'hésitez surtout pas à nous dire si c'est trop.

Très humblement,
Maxence Duvillard-Roy""",
     "grovelling over an ordinary policy, invites the client to reject it"),
    (7, "good", None, "Atelier du 17 décembre : Capucine prend le relais",
     """Bonjour Noémie,

Petite nouvelle côté maison : mon congé de paternité commence juste avant notre atelier de préparation du lancement de printemps. C'est donc Capucine Villemagne qui l'animera, le jeudi 17 décembre à 14 h, comme prévu.

Elle connaît votre lancement et je lui laisse toutes mes notes. Je vous retrouve en janvier, avec un peu moins de sommeil mais autant d'idées !

Lucien""",
     "warm handover with humour that lands and a reassuring detail"),
    (7, "good", None, "Atelier de jeudi",
     """Bonjour Noémie,

Mon congé de paternité commence, alors c'est Capucine Villemagne qui vous accueillera pour l'atelier de préparation du lancement de printemps, le jeudi 17 décembre à 14 h. Vous êtes entre de très bonnes mains.

À très vite, et merci pour votre confiance,
Lucien""",
     "short, warm, confident handover to a key client"),
]
