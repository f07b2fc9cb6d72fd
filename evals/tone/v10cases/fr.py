"""French v10 tone cases (hand-written by data-ai, 2026-12-07). Layout 3/2 2/3 1/3 3/1 2/2 1/1."""

from __future__ import annotations

SITS = {
    1: {"intent": "reschedule", "recipient_name": "Mme Bérengère Quintard-Lasalle", "sender_name": "Aurélien Vachetot",
        "tone": "formal", "relationship": "key",
        "meeting": "revue annuelle du contrat de maintenance des ascenseurs", "meeting_time": "jeudi 10 décembre à 14 h 30",
        "proposed_times": ["mardi 15 décembre à 9 h", "mercredi 16 décembre à 16 h"],
        "reason": "un contrôle de sécurité imprévu sur un chantier"},
    2: {"intent": "late_cancellation", "recipient_name": "Capucine Roudaire", "sender_name": "Maëlle Fourcadet",
        "tone": "friendly", "relationship": "regular",
        "meeting": "séance de kinésithérapie du genou", "meeting_time": "jeudi 3 décembre à 18 h",
        "proposed_times": ["mardi 8 décembre à 18 h"], "policy": {"notice_hours": 24, "fee_percent": 50}},
    3: {"intent": "cancellation_policy", "recipient_name": "M. Gaspard Lhermitte-Boyer", "sender_name": "Inès Barthomieu",
        "tone": "formal", "relationship": "new", "policy": {"notice_hours": 48, "deposit_percent": 30}},
    4: {"intent": "delegate", "recipient_name": "Octave Rabouillet", "sender_name": "Clarisse Poitevain",
        "tone": "friendly", "relationship": "key", "colleague_name": "Timothée Argoud",
        "meeting": "atelier de préparation du salon des vins de printemps", "meeting_time": "lundi 14 décembre à 10 h",
        "reason": "un congé de formation"},
    5: {"intent": "no_show_followup", "recipient_name": "Mme Armelle Queyroux", "sender_name": "Jérôme Sauvagnac",
        "tone": "formal", "relationship": "regular",
        "meeting": "rendez-vous de bilan patrimonial", "meeting_time": "mercredi 2 décembre à 11 h",
        "proposed_times": ["vendredi 11 décembre à 11 h", "lundi 14 décembre à 15 h"]},
    6: {"intent": "switch_to_call", "recipient_name": "Loïc Perronnaud", "sender_name": "Anaïs Vergnolle",
        "tone": "friendly", "relationship": "new",
        "meeting": "visite de l'appartement de la quai des Brasseurs", "meeting_time": "samedi 12 décembre à 10 h",
        "reason": "une grève des transports annoncée"},
}

CASES = [
    # 1 reschedule, formal, key: 3 good, 2 bad
    (1, "good", None, "Revue du contrat de maintenance : nouvelle date",
     """
Madame Quintard-Lasalle,

Je dois malheureusement déplacer notre revue annuelle du contrat de maintenance des ascenseurs, prévue le jeudi 10 décembre à 14 h 30 : un contrôle de sécurité imprévu sur un chantier m'oblige à être sur place ce jour-là.

Je vous propose le mardi 15 décembre à 9 h ou le mercredi 16 décembre à 16 h. Je m'adapterai volontiers à celle qui vous convient le mieux.

Je vous prie de m'excuser pour ce changement et vous remercie de votre compréhension.

Bien cordialement,
Aurélien Vachetot
""", "formal, apologetic without grovelling, 'malheureusement' used plainly"),
    (1, "good", None, "Report de notre revue annuelle",
     """
Madame,

Un contrôle de sécurité imprévu sur un chantier m'empêche d'assurer la revue annuelle du contrat de maintenance des ascenseurs le jeudi 10 décembre à 14 h 30. Le mardi 15 décembre à 9 h ou le mercredi 16 décembre à 16 h vous conviendrait-il ?

Avec toutes mes excuses,
Aurélien Vachetot
""", "very short and formal; 'Madame' alone is correct usage"),
    (1, "good", None, "Revue annuelle : je préfère vous consacrer une vraie séance",
     """
Madame Quintard-Lasalle,

Notre revue annuelle du contrat de maintenance des ascenseurs mérite mieux qu'une séance écourtée entre deux appels. Or un contrôle de sécurité imprévu sur un chantier va occuper tout mon après-midi du jeudi 10 décembre à 14 h 30.

Plutôt que de vous recevoir à moitié disponible, je vous propose de nous retrouver le mardi 15 décembre à 9 h ou le mercredi 16 décembre à 16 h. J'apporterai le relevé des interventions de l'année pour que nous puissions avancer vite.

Je vous remercie de votre souplesse, une fois de plus.

Bien à vous,
Aurélien Vachetot
""", "warm to a key client; 'une fois de plus' is gratitude, not reproach"),
    (1, "bad", "passive_aggression", "Revue annuelle : nouvelle date",
     """
Madame Quintard-Lasalle,

Un contrôle de sécurité imprévu sur un chantier m'oblige à déplacer notre revue annuelle du contrat de maintenance des ascenseurs, prévue le jeudi 10 décembre à 14 h 30. Je vous prie de m'en excuser.

Je vous propose le mardi 15 décembre à 9 h ou le mercredi 16 décembre à 16 h. Je vous serais reconnaissant de me confirmer votre choix rapidement, et si possible de lire ce message jusqu'au bout, ce qui nous éviterait les trois relances de l'an dernier.

Bien cordialement,
Aurélien Vachetot
""", "polite throughout except one barbed clause at the end about last year's reminders"),
    (1, "bad", "over_familiarity", "Petit changement 😉",
     """
Bérengère !

Bon, tu me connais, toujours un chantier sur le feu : un contrôle de sécurité imprévu sur un chantier, donc notre revue annuelle du contrat de maintenance des ascenseurs du jeudi 10 décembre à 14 h 30, on oublie.

Mardi 15 décembre à 9 h ou mercredi 16 décembre à 16 h, tu choisis, ma grande, de toute façon tu dis toujours oui 😄

Bises,
Aurélien
""", "tutoiement, 'ma grande', emoji and kisses to a key client addressed formally"),

    # 2 late_cancellation, friendly, regular: 2 good, 3 bad
    (2, "good", None, "Ta séance de jeudi",
     """
Bonjour Capucine,

Merci de m'avoir prévenue pour la séance de kinésithérapie du genou du jeudi 3 décembre à 18 h. Comme tu l'avais annulée moins de 24 heures avant, je dois appliquer la règle du cabinet et te facturer 50 % de la séance ; c'est la même pour tout le monde.

Bonne nouvelle quand même : le mardi 8 décembre à 18 h est libre. Je te le garde ?

À bientôt,
Maëlle
""", "fee stated firmly and kindly, with a new slot"),
    (2, "good", None, "Re : séance de jeudi",
     """
Bonjour Capucine,

Pas de souci, ça arrive. Pour une annulation à moins de 24 heures, 50 % de la séance de kinésithérapie du genou du jeudi 3 décembre à 18 h restent dus, comme convenu au début du suivi.

Je peux te voir le mardi 8 décembre à 18 h si tu veux.

Maëlle
""", "short, 'comme convenu' used as a plain reminder of the agreed rule"),
    (2, "bad", "passive_aggression", "Ta séance de jeudi",
     """
Bonjour Capucine,

J'ai bien eu ton message pour la séance de kinésithérapie du genou du jeudi 3 décembre à 18 h. Ne t'inquiète pas, vraiment.

Bon, j'avais refusé deux patients pour te garder ce créneau et je suis restée jusqu'à 19 h pour rien, mais ce n'est pas grave, je commence à avoir l'habitude. Comme l'annulation est arrivée moins de 24 heures avant, 50 % de la séance sont facturés.

Le mardi 8 décembre à 18 h est libre, si ça t'intéresse encore.

Maëlle
""", "guilt trip dressed as reassurance, 'si ça t'intéresse encore'"),
    (2, "bad", "blame", "Séance de jeudi : explications",
     """
Bonjour Capucine,

Je me permets de t'expliquer pourquoi je facture 50 % de la séance de kinésithérapie du genou du jeudi 3 décembre à 18 h. Le délai de 24 heures figure sur l'affiche de la salle d'attente, sur la fiche que tu as signée et dans le SMS de rappel, que tu as bien reçu mercredi. Un créneau annulé tard ne peut plus être proposé à personne, et c'est toute la semaine qui se décale pour les autres patients.

Je pense donc que tu comprendras que la facturation est tout à fait normale.

Je te propose le mardi 8 décembre à 18 h.

Maëlle
""", "over-explains the fee so the client is shown at fault on every point"),
    (2, "bad", "sarcasm", "Quelle surprise !",
     """
Bonjour Capucine,

Une annulation la veille de la séance de kinésithérapie du genou du jeudi 3 décembre à 18 h ? Je n'en reviens pas, c'est bien la première fois…

Pour la forme : annulation à moins de 24 heures, 50 % de la séance facturés. Je te garde le mardi 8 décembre à 18 h, si ton agenda le permet, évidemment.

Maëlle
""", "sarcastic 'c'est bien la première fois' and 'évidemment'"),

    # 3 cancellation_policy, formal, new, no meeting: 1 good, 3 bad
    (3, "good", None, "Nos conditions de réservation",
     """
Monsieur Lhermitte-Boyer,

Je vous remercie de votre confiance et suis heureuse de vous compter parmi nos clients.

Avant notre premier rendez-vous, voici nos conditions en deux lignes : un acompte de 30 % est demandé à la réservation, et toute annulation ou modification se fait au moins 48 heures à l'avance. Au-delà, l'acompte reste acquis.

Si l'une de ces conditions vous pose une difficulté, dites-le-moi : nous trouverons une solution ensemble.

Bien cordialement,
Inès Barthomieu
""", "formal but warm welcome; conditions stated clearly once"),
    (3, "bad", "bureaucratic_distance", "Conditions générales – annulation",
     """
Monsieur,

Conformément à la politique en vigueur, nous vous prions de bien vouloir prendre note des dispositions suivantes : un acompte de 30 % est exigible à la réservation ; toute annulation doit intervenir au moins 48 heures avant la prestation. Le non-respect de ces dispositions entraîne la conservation de l'acompte.

Nous vous remercions de votre attention.

Le service clientèle,
Inès Barthomieu
""", "nothing rude, only administrative formulas, 'le service clientèle' to a new client"),
    (3, "bad", "condescension", "Nos conditions, expliquées simplement",
     """
Monsieur Lhermitte-Boyer,

Bienvenue parmi nos clients.

Comme beaucoup de personnes qui font appel à nous pour la première fois ne savent pas très bien comment fonctionne une réservation, je préfère vous l'expliquer simplement : un acompte de 30 % est versé à la réservation. Si vous annulez, il faut le faire au moins 48 heures avant, c'est-à-dire deux jours entiers, et non la veille au soir. Sinon, l'acompte est perdu. Ce n'est pas compliqué, mais il vaut mieux le lire attentivement.

Bien cordialement,
Inès Barthomieu
""", "lecturing: explains 48 hours as if to a child"),
    (3, "bad", "hostile", "Conditions de réservation",
     """
Monsieur Lhermitte-Boyer,

Je vous remercie de votre demande. Nos conditions sont simples : acompte de 30 % à la réservation, annulation au moins 48 heures à l'avance.

Je précise que nous avons une liste d'attente assez longue et que nous réservons nos meilleurs créneaux aux clients qui respectent ces règles dès le premier rendez-vous. Les autres comprennent généralement assez vite.

Bien cordialement,
Inès Barthomieu
""", "veiled threat about the relationship in a polite frame"),

    # 4 delegate, friendly, key: 3 good, 1 bad
    (4, "good", None, "Timothée prend le relais pour l'atelier",
     """
Bonjour Octave,

Je pars pour un congé de formation à partir de la semaine prochaine ; c'est donc Timothée Argoud qui animera l'atelier de préparation du salon des vins de printemps, le lundi 14 décembre à 10 h.

Il connaît votre stand depuis deux éditions et a déjà toutes mes notes, y compris vos remarques sur la dégustation de l'an dernier. Vous êtes entre de très bonnes mains.

À très vite, et merci pour votre fidélité,
Clarisse
""", "warm handover, concrete reassurance about the colleague"),
    (4, "good", None, "Atelier du 14",
     """
Bonjour Octave,

Petit changement : un congé de formation me retient, et Timothée Argoud me remplacera à l'atelier de préparation du salon des vins de printemps, lundi 14 décembre à 10 h, même heure, même salle.

Belle séance à vous deux,
Clarisse
""", "very brief but kind"),
    (4, "good", None, "Je vous laisse en bonne compagnie",
     """
Bonjour Octave,

Je retourne sur les bancs de l'école : un congé de formation, avec examen à la clé, ce qui ne m'était pas arrivé depuis longtemps.

Pendant ce temps, Timothée Argoud animera l'atelier de préparation du salon des vins de printemps le lundi 14 décembre à 10 h. Je l'ai briefé en détail et je lui ai fait promettre de ne pas toucher à votre affiche, que vous aimez tant.

Je vous raconterai mes révisions au salon,
Clarisse
""", "light humour that lands with a key client, handover clear"),
    (4, "bad", "condescension", "Atelier du lundi 14 décembre",
     """
Bonjour Octave,

En raison d'un congé de formation, c'est Timothée Argoud qui s'occupera de l'atelier de préparation du salon des vins de printemps le lundi 14 décembre à 10 h.

Timothée est encore jeune et n'a pas toute notre expérience, mais pour un atelier comme le vôtre, cela devrait largement suffire.

Bonne journée,
Clarisse
""", "faint praise of the colleague that belittles the key client's account"),

    # 5 no_show_followup, formal, regular: 2 good, 2 bad
    (5, "good", None, "Notre rendez-vous du 2 décembre",
     """
Madame Queyroux,

Je ne vous ai pas vue au rendez-vous de bilan patrimonial du mercredi 2 décembre à 11 h et j'espère qu'il ne vous est rien arrivé de fâcheux.

Si vous le souhaitez, nous pouvons reprendre ce bilan le vendredi 11 décembre à 11 h ou le lundi 14 décembre à 15 h. Un simple mot de votre part suffira.

Bien cordialement,
Jérôme Sauvagnac
""", "caring first, no reproach, two options"),
    (5, "good", None, "Bilan patrimonial : nouvelle date ?",
     """
Madame Queyroux,

Nous nous sommes manqués mercredi 2 décembre à 11 h pour votre rendez-vous de bilan patrimonial. Je reste à votre disposition le vendredi 11 décembre à 11 h ou le lundi 14 décembre à 15 h.

Bien à vous,
Jérôme Sauvagnac
""", "short and neutral, 'nous nous sommes manqués' avoids blame"),
    (5, "bad", "coldness", "Absence au rendez-vous du 2 décembre",
     """
Madame,

Nous prenons acte de votre absence au rendez-vous de bilan patrimonial du mercredi 2 décembre à 11 h.

Un nouveau rendez-vous peut vous être proposé le vendredi 11 décembre à 11 h ou le lundi 14 décembre à 15 h.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Jérôme Sauvagnac
""", "cold politeness formulas only, no concern for a regular client"),
    (5, "bad", "blame", "Votre rendez-vous du mercredi",
     """
Madame Queyroux,

J'espère que vous allez bien et que ce n'est rien de grave.

Je dois tout de même vous dire que je vous ai attendue une bonne demi-heure pour le rendez-vous de bilan patrimonial du mercredi 2 décembre à 11 h, que j'avais préparé la veille au soir, et qu'un simple appel m'aurait permis de recevoir quelqu'un d'autre. Ce genre d'oubli a des conséquences pour tout le cabinet.

Je peux vous proposer le vendredi 11 décembre à 11 h ou le lundi 14 décembre à 15 h.

Bien cordialement,
Jérôme Sauvagnac
""", "warm opening, reproachful middle"),

    # 6 switch_to_call, friendly, new: 1 good, 1 bad
    (6, "good", None, "Visite de samedi : on passe au téléphone",
     """
Bonjour Loïc,

Avec une grève des transports annoncée, je préfère ne pas vous faire traverser la ville pour rien. Je vous propose de remplacer la visite de l'appartement de la quai des Brasseurs du samedi 12 décembre à 10 h par un appel à la même heure : je vous montre tout en vidéo, pièce par pièce.

Et si l'appartement vous plaît, on organise une vraie visite dès que les trains roulent.

Bonne soirée,
Anaïs Vergnolle
""", "friendly to a new client, reason once, concrete alternative"),
    (6, "bad", "mock_enthusiasm", "Génial, la grève !!!",
     """
Bonjour Loïc !!!

Excellente nouvelle : une grève des transports annoncée ! Trop bien, du coup la visite de l'appartement de la quai des Brasseurs du samedi 12 décembre à 10 h se fera par téléphone, c'est tellement plus pratique, non ?!

Vous allez adorer visiter un appartement au téléphone, j'en suis sûre !!!

Anaïs
""", "mock enthusiasm about a strike and a phone 'visit'"),
]
