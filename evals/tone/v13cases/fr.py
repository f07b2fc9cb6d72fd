"""French v13 tone cases: 6 situations, layout 2/1 1/3 3/2 2/2 1/2 3/2."""

from __future__ import annotations

SITS = {
    1: {"intent": "reschedule", "recipient_name": "Mme Solène Vercoutre", "sender_name": "Aurélien Pommeraye",
        "tone": "formal", "relationship": "key", "meeting": "revue annuelle du contrat de maintenance",
        "meeting_time": "jeudi 10 décembre à 14 h", "proposed_times": ["mardi 15 décembre à 10 h"]},
    2: {"intent": "no_show_followup", "recipient_name": "M. Gaspard Vaugrenier", "sender_name": "Clémence Daubigny",
        "tone": "formal", "relationship": "new", "meeting": "premier rendez-vous de bilan patrimonial",
        "meeting_time": "mercredi 2 décembre à 11 h", "proposed_times": ["vendredi 11 décembre à 11 h"],
        "policy": {"notice_hours": 24, "fee_percent": 50}},
    3: {"intent": "delegate", "recipient_name": "Maëlle Tricard", "sender_name": "Ysée Montagnac",
        "tone": "friendly", "relationship": "regular", "meeting": "point mensuel sur les commandes",
        "meeting_time": "mercredi 16 décembre à 9 h 30", "colleague_name": "Bastien Rouquayrol"},
    4: {"intent": "shorten", "recipient_name": "M. Anselme Queyras", "sender_name": "Héloïse Carbonnel",
        "tone": "formal", "relationship": "regular", "meeting": "réunion de lancement de l'intranet",
        "meeting_time": "lundi 14 décembre à 15 h", "duration_minutes": 30},
    5: {"intent": "cancellation_policy", "recipient_name": "Mme Ophélie Brasseur", "sender_name": "Timothée Lavergnat",
        "tone": "formal", "relationship": "new", "policy": {"notice_hours": 72, "fee_percent": 40}},
    6: {"intent": "switch_to_call", "recipient_name": "Noémie Escoffrey", "sender_name": "Romain Guillebaud",
        "tone": "friendly", "relationship": "key", "meeting": "atelier de choix des matériaux",
        "meeting_time": "vendredi 8 janvier à 10 h"},
}

CASES = [
    (1, "good", None, "Revue annuelle du contrat de maintenance : nouvelle date",
     """Madame Vercoutre,

Je dois malheureusement déplacer la revue annuelle du contrat de maintenance prévue le jeudi 10 décembre à 14 h. Je vous prie de m'en excuser.

Pourriez-vous me recevoir le mardi 15 décembre à 10 h ? Si ce créneau ne vous arrange pas, dites-le-moi simplement et je m'adapterai.

Je vous prie d'agréer, Madame, l'expression de mes salutations les plus cordiales.

Aurélien Pommeraye""", "formal closing formula used warmly; apology without grovelling; 'malheureusement' kind"),
    (1, "good", None, "Revue du contrat – report",
     """Madame Vercoutre,

Je ne pourrai pas tenir la revue annuelle du contrat de maintenance le jeudi 10 décembre à 14 h. Le mardi 15 décembre à 10 h vous conviendrait-il ?

Avec mes excuses et mes meilleures salutations,
Aurélien Pommeraye""", "very short and blunt but courteous"),
    (1, "bad", "bureaucratic_distance", "Modification de planning",
     """Madame,

Nous vous informons que la revue annuelle du contrat de maintenance initialement fixée au jeudi 10 décembre à 14 h est reportée au mardi 15 décembre à 10 h.

Nous vous saurions gré de bien vouloir prendre vos dispositions en conséquence. Nous vous remercions de votre compréhension.

Veuillez agréer, Madame, nos salutations distinguées.

Pour la direction technique,
Aurélien Pommeraye""", "formulas only, a decision imposed on a key client, no apology, no choice"),
    (2, "good", None, "Notre rendez-vous du mercredi 2 décembre",
     """Monsieur Vaugrenier,

Nous ne nous sommes pas vus lors du premier rendez-vous de bilan patrimonial du mercredi 2 décembre à 11 h ; j'espère que tout va bien de votre côté.

Je vous propose un nouveau rendez-vous le vendredi 11 décembre à 11 h. Pour être transparente : nos conditions prévoient qu'une absence sans prévenir au moins 24 heures à l'avance est facturée à 50 %. Je vous en parle dès maintenant pour qu'il n'y ait pas de surprise.

Bien cordialement,
Clémence Daubigny""", "fee stated firmly to a new client with care"),
    (2, "bad", "passive_aggression", "Rendez-vous manqué",
     """Monsieur Vaugrenier,

Je vous ai attendu pour le premier rendez-vous de bilan patrimonial du mercredi 2 décembre à 11 h. Je me permets de vous rappeler que nos conditions, que vous avez signées, prévoient la facturation de 50 % en l'absence de prévenance de 24 heures.

Je vous propose le vendredi 11 décembre à 11 h. Je suppose que vous aurez noté la date cette fois-ci ?

Cordialement,
Clémence Daubigny""", "'je me permets de vous rappeler', 'que vous avez signées', reproach as a question"),
    (2, "bad", "condescension", "Votre bilan patrimonial",
     """Monsieur Vaugrenier,

Le premier rendez-vous de bilan patrimonial du mercredi 2 décembre à 11 h n'a pas eu lieu, faute de votre présence.

Pour rappel, un rendez-vous réservé mobilise un conseiller qui ne peut recevoir personne d'autre pendant ce temps ; c'est pourquoi une absence non signalée 24 heures à l'avance est facturée à 50 %. C'est ainsi que fonctionnent tous les cabinets sérieux.

Je peux vous recevoir le vendredi 11 décembre à 11 h.

Cordialement,
Clémence Daubigny""", "lectures a new client on how firms work"),
    (2, "bad", "coldness", "Absence du 2 décembre",
     """Monsieur,

Absence constatée au premier rendez-vous de bilan patrimonial du mercredi 2 décembre à 11 h. Conformément aux conditions (prévenance de 24 heures), 50 % seront facturés.

Prochain créneau disponible : vendredi 11 décembre à 11 h.

Clémence Daubigny""", "telegraphic, no greeting warmth, no concern, no thanks"),
    (3, "good", None, "Point mensuel sur les commandes : Bastien prend le relais",
     """Bonjour Maëlle,

Je ne serai pas là le mercredi 16 décembre à 9 h 30, alors c'est Bastien Rouquayrol qui animera le point mensuel sur les commandes. Il connaît ton dossier aussi bien que moi (et il apporte les croissants, paraît-il).

Belle fin de semaine,
Ysée""", "friendly, light joke that lands"),
    (3, "good", None, "Point du 16 décembre",
     """Salut Maëlle,

Petit changement : Bastien Rouquayrol te retrouve pour le point mensuel sur les commandes du mercredi 16 décembre à 9 h 30, moi je suis en déplacement. Je lui ai tout transmis.

À bientôt !
Ysée""", "short, warm, clear"),
    (3, "good", None, "Bastien pour notre point",
     """Bonjour Maëlle,

Encore un changement de ma part, désolée ! Pour le point mensuel sur les commandes du mercredi 16 décembre à 9 h 30, c'est Bastien Rouquayrol qui sera avec toi. Je reste joignable si besoin.

Merci de ta souplesse,
Ysée""", "'encore' used kindly about oneself"),
    (3, "bad", "condescension", "Point mensuel",
     """Bonjour Maëlle,

Pour le point mensuel sur les commandes du mercredi 16 décembre à 9 h 30, je te confie à Bastien Rouquayrol. Il est encore junior, mais pour un point de ce niveau cela devrait suffire largement.

Bonne journée,
Ysée""", "faint praise of the colleague and belittles the client's meeting"),
    (3, "bad", "passive_aggression", "Re: point mensuel",
     """Coucou Maëlle,

Bastien Rouquayrol prendra le point mensuel sur les commandes du mercredi 16 décembre à 9 h 30 à ma place. Il te suffira de lui envoyer tes chiffres la veille, comme je te l'avais déjà demandé le mois dernier, d'ailleurs.

Bises,
Ysée""", "warm frame, one barbed clause at the end"),
    (4, "good", None, "Réunion de lancement de l'intranet : format court",
     """Monsieur Queyras,

Comme convenu au téléphone, je vous propose de ramener la réunion de lancement de l'intranet du lundi 14 décembre à 15 h à 30 minutes. J'enverrai l'ordre du jour la veille pour que nous allions droit à l'essentiel.

Bien à vous,
Héloïse Carbonnel""", "'comme convenu' used neutrally"),
    (4, "good", None, "Lundi 14 décembre à 15 h",
     """Monsieur Queyras,

Je vais devoir raccourcir notre réunion de lancement de l'intranet du lundi 14 décembre à 15 h : 30 minutes au lieu de l'heure prévue. Désolée pour ce contretemps ; nous garderons le temps pour vos questions.

Cordialement,
Héloïse Carbonnel""", "plain, apologetic but dignified"),
    (4, "bad", "sarcasm", "Réunion de lancement de l'intranet",
     """Monsieur Queyras,

Vu l'enthousiasme débordant de votre équipe lors des derniers échanges, je pense que 30 minutes suffiront amplement pour la réunion de lancement de l'intranet du lundi 14 décembre à 15 h.

Cordialement,
Héloïse Carbonnel""", "sarcastic about the client's engagement"),
    (4, "bad", "passive_aggression", "Durée de la réunion",
     """Monsieur Queyras,

Merci pour votre message. La réunion de lancement de l'intranet du lundi 14 décembre à 15 h durera 30 minutes. Pour que ce soit suffisant, serait-il envisageable que les documents soient lus avant la séance, pour une fois ?

Bien cordialement,
Héloïse Carbonnel""", "reproach disguised as a question, 'pour une fois' at the end"),
    (5, "good", None, "Nos conditions d'annulation",
     """Madame Brasseur,

Bienvenue parmi nos clients ! Avant notre premier rendez-vous, voici nos conditions d'annulation : vous pouvez annuler ou déplacer sans frais jusqu'à 72 heures avant ; en deçà, 40 % de la séance sont facturés.

Si une situation imprévue se présente, appelez-moi : nous trouverons toujours une solution ensemble.

Bien cordialement,
Timothée Lavergnat""", "firm policy, warm welcome"),
    (5, "bad", "bureaucratic_distance", "Conditions générales – annulation",
     """Madame,

Nous vous prions de bien vouloir prendre connaissance des dispositions suivantes : toute annulation notifiée moins de 72 heures avant la prestation donnera lieu à la facturation de 40 % de son montant. Aucune dérogation ne saurait être accordée.

Nous vous remercions de votre attention et vous prions d'agréer, Madame, nos salutations distinguées.

Le service administratif
Timothée Lavergnat""", "cold formulas to a new client, no welcome, 'aucune dérogation'"),
    (5, "bad", "condescension", "Annulations",
     """Madame Brasseur,

Merci pour votre confiance. Je préfère expliquer les choses clairement, car nos nouveaux clients ne lisent pas toujours les conditions : une annulation doit nous parvenir au moins 72 heures à l'avance, faute de quoi 40 % sont facturés. Ce n'est pas compliqué, mais il vaut mieux le noter.

Cordialement,
Timothée Lavergnat""", "assumes the client will not read, 'ce n'est pas compliqué'"),
    (6, "good", None, "Atelier matériaux : on passe au téléphone ?",
     """Bonjour Noémie,

Pour l'atelier de choix des matériaux du vendredi 8 janvier à 10 h, je te propose qu'on se fasse plutôt un appel : les échantillons sont prêts, je te les envoie en photo avant. Tu gagnes le trajet, et moi je garde le café pour la prochaine fois.

À très vite,
Romain""", "friendly with a key client, humour that lands"),
    (6, "good", None, "Vendredi 8 janvier",
     """Bonjour Noémie,

Est-ce qu'on peut faire l'atelier de choix des matériaux du vendredi 8 janvier à 10 h par téléphone ? Je t'appelle à l'heure prévue.

Merci !
Romain""", "very short but kind"),
    (6, "good", None, "Atelier de choix des matériaux par téléphone",
     """Bonjour Noémie,

Malheureusement je ne pourrai pas me déplacer le vendredi 8 janvier à 10 h. Plutôt que de décaler l'atelier de choix des matériaux, je te propose de le faire par téléphone à la même heure ; je t'envoie les références d'ici là. Si tu préfères qu'on se voie, je comprendrai tout à fait et on trouvera une autre date.

Belle journée,
Romain""", "apology with a real choice"),
    (6, "bad", "over_familiarity", "Atelier !!!",
     """Hello ma belle Noémie !!

Alors, grosse flemme de venir pour l'atelier de choix des matériaux du vendredi 8 janvier à 10 h, on se fait ça au tel ? Tu vas pas m'en vouloir, hein, depuis le temps qu'on se connaît 😘

Gros bisous,
Romain""", "too familiar with a key client: 'ma belle', 'grosse flemme', kiss emoji"),
    (6, "bad", "blame", "Atelier de choix des matériaux",
     """Bonjour Noémie,

Merci pour ton dernier message ! Vu que les plans ne sont toujours pas validés de ton côté, je te propose de faire l'atelier de choix des matériaux du vendredi 8 janvier à 10 h par téléphone ; ce n'est pas la peine de bloquer une matinée si nous ne pouvons rien trancher.

À vendredi,
Romain""", "warm opening, then blames the client for the switch"),
]
