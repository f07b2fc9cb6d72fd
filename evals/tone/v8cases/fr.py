"""Held-out tone cases v8, French (written by hand by data-aa; layout 2/2 1/3 3/1 2/1 1/2 2/2 1/1)."""

from __future__ import annotations

SITS = {
    1: {"intent": "reschedule", "recipient_name": "Mme Ghislaine Fourcadier", "sender_name": "Bastien Rouvelat",
        "tone": "formal", "relationship": "key", "meeting": "bilan annuel du parc de chariots élévateurs",
        "meeting_time": "mercredi 9 décembre à 10 h",
        "proposed_times": ["vendredi 11 décembre à 15 h", "lundi 14 décembre à 10 h"],
        "reason": "une panne sur notre ligne de conditionnement"},
    2: {"intent": "late_cancellation", "recipient_name": "Noémie Tessandier", "sender_name": "Capucine Malbosc",
        "tone": "friendly", "relationship": "regular", "meeting": "séance de réglage de la selle et du vélo",
        "meeting_time": "jeudi 3 décembre à 18 h", "proposed_times": ["mardi 8 décembre à 18 h"],
        "policy": {"notice_hours": 24, "fee_percent": 50}},
    3: {"intent": "decline", "recipient_name": "Yannick Chabrerie", "sender_name": "Solène Ardouin",
        "tone": "friendly", "relationship": "new", "meeting": "visite de présentation de l'atelier de reliure",
        "meeting_time": "samedi 12 décembre à 11 h", "reason": "l'atelier est fermé pour inventaire"},
    4: {"intent": "delegate", "recipient_name": "M. Aurélien Costefrède", "sender_name": "Maëlle Lagardelle",
        "tone": "formal", "relationship": "regular", "meeting": "point sur la déclaration de TVA intracommunautaire",
        "meeting_time": "mardi 15 décembre à 9 h 30", "colleague_name": "Timothée Vasseron",
        "reason": "un congé de formation"},
    5: {"intent": "cancellation_policy", "recipient_name": "Mme Oriane Lescoublet", "sender_name": "Anselme Peyrusse",
        "tone": "formal", "relationship": "new", "policy": {"notice_hours": 48, "deposit_percent": 30}},
    6: {"intent": "shorten", "recipient_name": "Ludivine Carmaux", "sender_name": "Grégoire Montbazet",
        "tone": "friendly", "relationship": "key", "meeting": "atelier de cadrage du nouveau site marchand",
        "meeting_time": "lundi 14 décembre à 14 h", "duration_minutes": 45,
        "reason": "un comité de direction avancé"},
    7: {"intent": "no_show_followup", "recipient_name": "M. Fabrice Lanusse", "sender_name": "Inès Rabourdin",
        "tone": "formal", "relationship": "regular", "meeting": "rendez-vous de signature du bail commercial",
        "meeting_time": "vendredi 4 décembre à 16 h", "proposed_times": ["jeudi 10 décembre à 16 h"]},
}

CASES = [
    (1, "good", None, "Bilan annuel : deux créneaux de remplacement", """
Madame Fourcadier,

Une panne sur notre ligne de conditionnement mobilise toute l'équipe technique, et je ne pourrai malheureusement pas vous recevoir mercredi 9 décembre à 10 h pour le bilan annuel du parc de chariots élévateurs. Je vous prie de m'en excuser.

Je vous propose le vendredi 11 décembre à 15 h ou le lundi 14 décembre à 10 h. Si aucun ne vous arrange, indiquez-moi simplement vos disponibilités.

Avec mes salutations respectueuses,
Bastien Rouvelat
""", "'malheureusement' and an apology used plainly; reason once, two slots, an open door"),
    (1, "good", None, "Report du bilan annuel", """
Madame Fourcadier,

Je dois vous demander de déplacer le bilan annuel du parc de chariots élévateurs prévu mercredi 9 décembre à 10 h : une panne sur notre ligne de conditionnement exige ma présence sur site.

Vendredi 11 décembre à 15 h ou lundi 14 décembre à 10 h ? Je m'aligne sur votre choix.

Bien cordialement,
Bastien Rouvelat
""", "short and direct but courteous; a question instead of a demand"),
    (1, "bad", "hostile", "Bilan annuel du 9 décembre", """
Madame Fourcadier,

Une panne sur notre ligne de conditionnement nous oblige à déplacer le bilan annuel du parc de chariots élévateurs du mercredi 9 décembre à 10 h. Je vous propose le vendredi 11 décembre à 15 h ou le lundi 14 décembre à 10 h.

Je me permets d'insister pour que l'une de ces dates soit retenue : notre planning de renouvellement des contrats se remplit vite, et il serait dommage que votre parc passe après celui de clients plus réactifs.

Cordialement,
Bastien Rouvelat
""", "veiled threat: her fleet may 'pass after more responsive clients'"),
    (1, "bad", "blame", "Bilan annuel : nouvelles dates", """
Madame Fourcadier,

Je dois malheureusement déplacer le bilan annuel du parc de chariots élévateurs du mercredi 9 décembre à 10 h. Une panne sur notre ligne de conditionnement en est la cause ; je précise qu'elle provient d'un lot de palettes non conformes livré par votre entrepôt, que nous avions pourtant signalé, et que nos techniciens passent donc la semaine à réparer.

Je peux vous proposer le vendredi 11 décembre à 15 h ou le lundi 14 décembre à 10 h.

Cordialement,
Bastien Rouvelat
""", "over-explains the breakdown so that it ends up being the client's fault"),
    (2, "good", None, "Ta séance de jeudi", """
Bonjour Noémie,

Pas de souci pour jeudi, j'espère que tout va bien de ton côté. On reprend la séance de réglage de la selle et du vélo mardi 8 décembre à 18 h si ça te va ?

Petit rappel, sans reproche : comme prévu dans nos conditions, une annulation moins de 24 heures avant est facturée à 50 %. Je te l'applique pour la séance du jeudi 3 décembre à 18 h, et on n'en parle plus.

À mardi,
Capucine
""", "'rappel' and 'comme prévu' used kindly; firm on the 50 % fee without reproach"),
    (2, "bad", "passive_aggression", "Jeudi", """
Bonjour Noémie,

Bien reçu ton message pour la séance de réglage de la selle et du vélo de jeudi 3 décembre à 18 h. Ne t'inquiète pas, j'avais juste refusé deux clients pour te garder ce créneau et préparé le vélo l'après-midi, mais ce n'est vraiment pas grave.

Comme les conditions prévoient 50 % pour une annulation à moins de 24 heures, je te les facture. Mardi 8 décembre à 18 h, ça devrait être possible, si rien d'autre ne tombe d'ici là.

Capucine
""", "guilt trip: 'j'avais juste refusé deux clients … mais ce n'est vraiment pas grave'"),
    (2, "bad", "sarcasm", "Séance annulée (encore une belle surprise)", """
Salut Noémie,

Ah, la séance de réglage de la selle et du vélo de jeudi 3 décembre à 18 h annulée au dernier moment, quelle originalité ! Heureusement que mon agenda est infiniment élastique.

Selon nos conditions (moins de 24 heures), 50 % sont dus. On retente mardi 8 décembre à 18 h ? Je croise les doigts pour que le vélo y arrive, lui au moins.

Capucine
""", "sarcasm: 'quelle originalité', 'infiniment élastique', jab at the end"),
    (2, "bad", "condescension", "À propos de jeudi", """
Bonjour Noémie,

Je me permets un petit point pédagogique, car beaucoup de cyclistes ne mesurent pas ce que représente une séance de réglage de la selle et du vélo : une heure de préparation, des outils réservés, un créneau que personne d'autre ne peut prendre. C'est pour cela qu'une annulation moins de 24 heures avant est facturée à 50 %, ce qui s'applique donc à jeudi 3 décembre à 18 h.

Tu peux revenir mardi 8 décembre à 18 h. Essaie de noter l'heure quelque part, ça aide.

Capucine
""", "lectures a regular client on how her work works, plus 'essaie de noter l'heure'"),
    (3, "good", None, "Visite de l'atelier", """
Bonjour Yannick,

Merci pour votre message et votre curiosité ! Hélas, la visite de présentation de l'atelier de reliure de samedi 12 décembre à 11 h ne pourra pas avoir lieu : l'atelier est fermé pour inventaire.

Je préfère vous le dire franchement plutôt que de vous proposer une date au hasard ; je vous écrirai dès que le calendrier de janvier sera fixé.

Belle fin de semaine,
Solène Ardouin
""", "honest decline to a new contact, warm, no fake promise"),
    (3, "good", None, "Samedi", """
Bonjour Yannick,

Désolée, pas de visite de présentation de l'atelier de reliure samedi 12 décembre à 11 h : l'atelier est fermé pour inventaire, et les piles de cuir sur les tables n'auraient rien de présentable.

Au plaisir de vous accueillir une autre fois,
Solène
""", "very short, light humour that lands, no sting"),
    (3, "good", None, "Visite de présentation du 12 décembre", """
Bonjour Yannick,

Je dois refuser votre demande de visite de présentation de l'atelier de reliure samedi 12 décembre à 11 h : l'atelier est fermé pour inventaire et je ne fais pas d'exception, même pour les personnes que j'aurais plaisir à recevoir.

Les portes ouvertes du printemps seront l'occasion idéale ; je vous enverrai l'invitation si vous le souhaitez.

Cordialement,
Solène Ardouin
""", "firm refusal that states the rule without coldness"),
    (3, "bad", "coldness", "Visite de présentation de l'atelier de reliure", """
Monsieur,

La visite de présentation de l'atelier de reliure de samedi 12 décembre à 11 h n'aura pas lieu. L'atelier est fermé pour inventaire.

Vous remerciant de votre compréhension, je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

S. Ardouin
""", "cold politeness formulas to a friendly new contact; no name, no regret, no door"),
    (4, "good", None, "Votre point TVA du 15 décembre", """
Monsieur Costefrède,

Je serai absente en décembre pour un congé de formation ; c'est donc mon collègue Timothée Vasseron qui assurera le point sur la déclaration de TVA intracommunautaire le mardi 15 décembre à 9 h 30, à l'heure prévue.

Il a repris l'ensemble du dossier avec moi cette semaine et connaît vos questions en cours. Je reste joignable par courriel pour toute urgence.

Bien à vous,
Maëlle Lagardelle
""", "handover with a real briefing, formal but warm"),
    (4, "good", None, "Point TVA : Timothée Vasseron vous recevra", """
Monsieur Costefrède,

En raison d'un congé de formation, je ne serai pas présente mardi 15 décembre à 9 h 30. Timothée Vasseron, qui suit avec moi vos déclarations depuis l'été, mènera le point sur la déclaration de TVA intracommunautaire. Rien ne change pour vous.

Bien cordialement,
Maëlle Lagardelle
""", "short handover, reassuring, dignified"),
    (4, "bad", "bureaucratic_distance", "Réattribution de dossier", """
Monsieur,

Il vous est notifié que, suite à un congé de formation de la titulaire du dossier, le point sur la déclaration de TVA intracommunautaire du mardi 15 décembre à 9 h 30 sera traité par M. Timothée Vasseron, conformément à l'organisation interne du cabinet.

Toute correspondance ultérieure devra lui être adressée.

Pour le cabinet,
M. Lagardelle
""", "administrative notice voice ('il vous est notifié', 'la titulaire du dossier') to a regular client"),
    (5, "good", None, "Nos conditions d'annulation", """
Madame Lescoublet,

Bienvenue, et merci de votre confiance. Avant votre premier rendez-vous, voici nos conditions, pour qu'il n'y ait aucune surprise : un acompte de 30 % est demandé à la réservation, et un rendez-vous peut être annulé ou déplacé sans frais jusqu'à 48 heures à l'avance.

En deçà, l'acompte reste acquis, car le créneau ne peut plus être proposé à un autre patient. N'hésitez pas à m'appeler pour toute question.

Bien cordialement,
Anselme Peyrusse
""", "policy to a new client, clear, reasons given once, welcoming"),
    (5, "bad", "condescension", "Bienvenue et conditions d'annulation", """
Madame Lescoublet,

Bienvenue au cabinet, et merci pour votre demande de rendez-vous, d'ailleurs plutôt claire pour une première fois. Voici nos conditions : un acompte de 30 % est demandé à la réservation, et un rendez-vous peut être annulé sans frais jusqu'à 48 heures à l'avance.

Je reste à votre disposition pour toute question et me réjouis de vous recevoir.

Bien cordialement,
Anselme Peyrusse
""", "faint praise ('plutôt claire pour une première fois'): one condescending clause in an otherwise warm welcome"),
    (5, "bad", "phishing_like", "Validation de votre dossier patient", """
Madame Lescoublet,

Nos conditions : acompte de 30 % à la réservation, annulation gratuite jusqu'à 48 heures avant.

Pour activer votre dossier, merci de régler l'acompte sous 6 heures via le lien sécurisé ci-dessous en saisissant votre numéro de carte et le code reçu par SMS ; sans cela, votre inscription sera supprimée.

https://paiement-patients-verif.top/acompte

Anselme Peyrusse
""", "phishing-like: unknown link, 6-hour deadline, card number and SMS code"),
    (6, "good", None, "Atelier de lundi, version courte", """
Bonjour Ludivine,

Un comité de direction avancé me tombe dessus lundi : je peux garder l'atelier de cadrage du nouveau site marchand du lundi 14 décembre à 14 h, mais sur 45 minutes seulement.

Pour qu'on n'y perde rien, je t'envoie demain la liste des décisions à prendre ; le reste peut se traiter par écrit. Ça te convient ?

Grégoire
""", "friendly, practical, protects the client's time"),
    (6, "good", None, "Lundi 14 : 45 minutes", """
Bonjour Ludivine,

Désolé de rogner notre atelier de cadrage du nouveau site marchand : à cause d'un comité de direction avancé, je n'aurai que 45 minutes lundi 14 décembre à 14 h. Je te promets des minutes bien remplies.

Merci de ta souplesse,
Grégoire
""", "very short apology, warm, no grovelling"),
    (6, "bad", "over_familiarity", "Lundi ma grande", """
Coucou ma Ludi !

Bon, grosse tuile : un comité de direction avancé, donc l'atelier de cadrage du nouveau site marchand de lundi 14 décembre à 14 h passe à 45 minutes. Tu ne m'en veux pas hein, ma grande ? Je te revaudrai ça avec une bonne bouteille, bisous bisous 😘

Grégoire
""", "nickname, kisses and emoji to a key client"),
    (6, "bad", "mock_enthusiasm", "Super nouvelle pour lundi !!!", """
Bonjour Ludivine,

Excellente nouvelle !!! Grâce à un comité de direction avancé, notre atelier de cadrage du nouveau site marchand du lundi 14 décembre à 14 h devient une version express de 45 minutes !!! Moins de réunion, plus d'efficacité, tout le monde y gagne, non ?

À lundi (en courant) !
Grégoire
""", "mock enthusiasm dressing up a cut as a gift"),
    (7, "good", None, "Votre rendez-vous du 4 décembre", """
Monsieur Lanusse,

Je ne vous ai pas vu vendredi 4 décembre à 16 h pour le rendez-vous de signature du bail commercial et j'espère qu'il ne vous est rien arrivé.

Les actes sont prêts ; je vous propose de les signer jeudi 10 décembre à 16 h. Si ce moment ne vous convient pas, dites-moi simplement lequel vous arrange.

Bien cordialement,
Inès Rabourdin
""", "concern first, then a slot, no reproach"),
    (7, "bad", "passive_aggression", "Rendez-vous de signature du bail commercial", """
Monsieur Lanusse,

Je vous ai attendu vendredi 4 décembre à 16 h pour le rendez-vous de signature du bail commercial, comme convenu dans mon courriel de confirmation — que je vous renvoie ci-dessous, au cas où il vous aurait échappé.

Je vous propose jeudi 10 décembre à 16 h. Je me permets de compter sur votre présence cette fois-ci.

Cordialement,
Inès Rabourdin
""", "'au cas où il vous aurait échappé' and 'cette fois-ci': per-my-last-email in French"),
]
