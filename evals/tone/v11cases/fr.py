"""French v11 tone cases (hand-written by data-am, 2026-12-07). Layout 3/2 2/3 2/2 1/2 2/1 2/2."""

from __future__ import annotations

SITS = {
    1: {"intent": "reschedule", "recipient_name": "Mme Solène Arbogast-Vidal", "sender_name": "Théophile Marquézy",
        "tone": "formal", "relationship": "key",
        "meeting": "comité de pilotage du déménagement de l'entrepôt de Vénissieux", "meeting_time": "mercredi 9 décembre à 10 h",
        "proposed_times": ["lundi 14 décembre à 10 h", "mardi 15 décembre à 14 h"],
        "reason": "une visite de l'inspection du travail"},
    2: {"intent": "late_cancellation", "recipient_name": "Lucas Perrichon", "sender_name": "Maëlle Garnodier",
        "tone": "friendly", "relationship": "regular",
        "meeting": "séance d'ostéopathie", "meeting_time": "jeudi 3 décembre à 18 h",
        "proposed_times": ["mardi 15 décembre à 18 h"], "policy": {"notice_hours": 24, "fee_percent": 40}},
    3: {"intent": "delegate", "recipient_name": "M. Gaspard Tiercelin", "sender_name": "Ondine Leclouarec",
        "tone": "formal", "relationship": "new", "colleague_name": "Bastien Moureaux",
        "meeting": "premier rendez-vous pour votre dossier de succession", "meeting_time": "vendredi 11 décembre à 11 h",
        "reason": "un arrêt maladie"},
    4: {"intent": "switch_to_call", "recipient_name": "Clémence Hautbois", "sender_name": "Yannick Ferrandou",
        "tone": "friendly", "relationship": "key",
        "meeting": "point mensuel sur la campagne de Noël", "meeting_time": "mardi 8 décembre à 16 h",
        "reason": "la grève des trains"},
    5: {"intent": "cancellation_policy", "recipient_name": "M. Armand Delestrac", "sender_name": "Capucine Ribérac",
        "tone": "formal", "relationship": "new", "policy": {"notice_hours": 72, "deposit_percent": 30}},
    6: {"intent": "no_show_followup", "recipient_name": "Noémie Castagnou", "sender_name": "Rodolphe Vignaud",
        "tone": "friendly", "relationship": "regular",
        "meeting": "cours particulier de piano", "meeting_time": "mercredi 2 décembre à 17 h 30",
        "proposed_times": ["mercredi 16 décembre à 17 h 30"]},
}

CASES = [
    # 1 reschedule, formal, key: 3 good, 2 bad
    (1, "good", None, "Comité de pilotage : proposition de nouvelle date",
     """
Madame Arbogast-Vidal,

Je suis contraint de déplacer le comité de pilotage du déménagement de l'entrepôt de Vénissieux prévu le mercredi 9 décembre à 10 h : une visite de l'inspection du travail est annoncée sur notre site le même matin et je dois y être présent.

Pourriez-vous me dire si le lundi 14 décembre à 10 h ou le mardi 15 décembre à 14 h vous conviendrait ? L'ordre du jour et les documents restent inchangés.

Je vous prie de m'excuser pour ce contretemps.

Bien cordialement,
Théophile Marquézy
""", "formal, clear reason, apology in proportion"),
    (1, "good", None, "Report du comité de pilotage",
     """
Madame,

Une visite de l'inspection du travail m'oblige à reporter le comité de pilotage du déménagement de l'entrepôt de Vénissieux du mercredi 9 décembre à 10 h. Lundi 14 décembre à 10 h ou mardi 15 décembre à 14 h : laquelle de ces dates vous arrange ?

Merci d'avance, et toutes mes excuses.
Théophile Marquézy
""", "very short but courteous"),
    (1, "good", None, "Notre comité de pilotage de mercredi",
     """
Chère Madame Arbogast-Vidal,

Je vous écris, une fois de plus, pour vous demander de la souplesse, et je le fais avec d'autant plus de gêne que vous nous en avez déjà beaucoup accordé sur ce projet. Une visite de l'inspection du travail tombe précisément le mercredi 9 décembre à 10 h, heure de notre comité de pilotage du déménagement de l'entrepôt de Vénissieux.

Je vous propose le lundi 14 décembre à 10 h ou le mardi 15 décembre à 14 h ; si aucune ne vous convient, je m'organiserai autour de vos disponibilités.

Avec mes remerciements et mes sincères salutations,
Théophile Marquézy
""", "formal but warm; 'une fois de plus' used against himself, kindly"),
    (1, "bad", "passive_aggression", "Comité de pilotage – nouvelle date",
     """
Madame Arbogast-Vidal,

Une visite de l'inspection du travail m'oblige à déplacer le comité de pilotage du déménagement de l'entrepôt de Vénissieux prévu le mercredi 9 décembre à 10 h. Je vous prie de m'en excuser.

Je vous propose le lundi 14 décembre à 10 h ou le mardi 15 décembre à 14 h. Je vous serais reconnaissant de me répondre dans la journée, cette fois, plutôt qu'à la veille de la réunion.

Bien cordialement,
Théophile Marquézy
""", "polite mail with one barbed clause near the end ('cette fois, plutôt qu'à la veille')"),
    (1, "bad", "grovelling", "Mille excuses – comité de pilotage",
     """
Madame Arbogast-Vidal,

Je ne sais comment vous présenter mes excuses. Je suis absolument confus : une visite de l'inspection du travail m'empêche de tenir le comité de pilotage du déménagement de l'entrepôt de Vénissieux le mercredi 9 décembre à 10 h, et je mesure pleinement l'affront que cela représente pour une cliente aussi précieuse que vous.

Si vous daignez encore m'accorder un moment, le lundi 14 décembre à 10 h ou le mardi 15 décembre à 14 h, je vous en serai éternellement reconnaissant. Je comprendrais parfaitement que vous soyez fâchée contre moi.

Votre très humble et très confus,
Théophile Marquézy
""", "grovelling: 'affront', 'si vous daignez', 'éternellement reconnaissant'"),

    # 2 late cancellation, friendly, regular: 2 good, 3 bad
    (2, "good", None, "Votre séance de jeudi",
     """
Bonjour Lucas,

Merci de m'avoir prévenue pour la séance d'ostéopathie du jeudi 3 décembre à 18 h. J'espère que tout va bien de votre côté.

Comme l'annulation est arrivée moins de 24 heures avant, je dois appliquer les 40 % prévus ; vous les trouverez sur la prochaine facture. Je vous ai gardé le mardi 15 décembre à 18 h si cela vous va.

À bientôt,
Maëlle Garnodier
""", "warm and firm about the fee, no reproach"),
    (2, "good", None, "Jeudi 3 décembre",
     """
Bonjour Lucas,

Pas de souci pour la séance d'ostéopathie du jeudi 3 décembre à 18 h. Malheureusement, sous 24 heures, 40 % de la séance restent dus. Mardi 15 décembre à 18 h, ça vous irait ?

Bonne soirée,
Maëlle
""", "short, 'malheureusement' used plainly and kindly"),
    (2, "bad", "passive_aggression", "Séance d'ostéopathie annulée",
     """
Bonjour Lucas,

Bien reçu votre message pour la séance d'ostéopathie du jeudi 3 décembre à 18 h. Ne vous inquiétez surtout pas pour moi : j'avais refusé deux personnes pour vous garder ce créneau, mais ce n'est pas grave, j'ai l'habitude.

Selon mes conditions, une annulation à moins de 24 heures donne lieu à 40 % du tarif. Je vous propose le mardi 15 décembre à 18 h.

Bonne soirée,
Maëlle
""", "guilt trip posing as reassurance"),
    (2, "bad", "bureaucratic_distance", "Annulation tardive – séance du 3 décembre",
     """
Bonjour Lucas,

Nous accusons réception de votre annulation de la séance d'ostéopathie du jeudi 3 décembre à 18 h. Conformément à l'article 6 des conditions générales, toute annulation intervenant moins de 24 heures avant le rendez-vous entraîne la facturation de 40 % du montant de la prestation.

Un nouveau créneau peut être attribué le mardi 15 décembre à 18 h, sous réserve de confirmation écrite de votre part.

Veuillez agréer nos salutations distinguées.
Le cabinet — Maëlle Garnodier
""", "friendly regular patient answered with articles, 'nous accusons réception' and conditions"),
    (2, "bad", "blame", "Votre séance de jeudi",
     """
Bonjour Lucas,

J'espère que votre semaine se passe bien !

Pour la séance d'ostéopathie du jeudi 3 décembre à 18 h, je dois quand même vous dire que c'est la troisième fois cet automne que vous annulez au dernier moment, et que cela désorganise tout mon planning. Il faudrait vraiment que vous notiez vos rendez-vous quelque part.

Les 40 % s'appliquent donc, puisque c'était moins de 24 heures avant. Je peux vous recevoir le mardi 15 décembre à 18 h.

Belle soirée,
Maëlle
""", "warm opening, reproachful middle"),

    # 3 delegate, formal, new: 2 good, 2 bad
    (3, "good", None, "Votre rendez-vous du 11 décembre",
     """
Monsieur,

En raison d'un arrêt maladie, je ne pourrai pas vous recevoir pour le premier rendez-vous pour votre dossier de succession, le vendredi 11 décembre à 11 h. Mon confrère Bastien Moureaux, qui traite ce type de dossiers au quotidien, vous recevra à la même heure ; je lui ai transmis vos documents.

Je vous prie de m'excuser pour ce changement et reste joignable par écrit si vous le souhaitez.

Bien respectueusement,
Ondine Leclouarec
""", "formal, reassuring about the colleague"),
    (3, "good", None, "Rendez-vous du vendredi 11 décembre",
     """
Monsieur Tiercelin,

Un arrêt maladie m'empêche d'assurer le premier rendez-vous pour votre dossier de succession, vendredi 11 décembre à 11 h. Bastien Moureaux vous recevra à ma place, à l'heure prévue. Je vous remercie de votre compréhension.

Ondine Leclouarec
""", "short, plain, courteous"),
    (3, "bad", "condescension", "Changement d'interlocuteur",
     """
Monsieur Tiercelin,

Suite à un arrêt maladie, je ne pourrai pas assurer le premier rendez-vous pour votre dossier de succession du vendredi 11 décembre à 11 h. Pour un dossier aussi simple que le vôtre, Bastien Moureaux fera très bien l'affaire : il débute, mais les premiers rendez-vous consistent surtout à expliquer les bases aux personnes qui n'y connaissent rien.

Cordialement,
Ondine Leclouarec
""", "condescending to the client and faint praise of the colleague"),
    (3, "bad", "coldness", "Information – rendez-vous du 11 décembre",
     """
Monsieur,

Nous vous informons que, pour cause d'un arrêt maladie, le premier rendez-vous pour votre dossier de succession prévu le vendredi 11 décembre à 11 h sera assuré par M. Bastien Moureaux.

Nous vous prions d'en prendre bonne note.

Cordialement,
Le secrétariat, pour Ondine Leclouarec
""", "only polite formulas, no apology or welcome to a new client"),

    # 4 switch to call, friendly, key: 1 good, 2 bad
    (4, "good", None, "Notre point de mardi… au téléphone",
     """
Bonjour Clémence,

La grève des trains a eu raison de mon billet pour mardi : je vous propose de faire notre point mensuel sur la campagne de Noël par téléphone, toujours le mardi 8 décembre à 16 h. Promis, je prépare les chiffres comme si j'étais assis en face de vous, le café en moins.

Je vous appelle sur votre portable, sauf si vous préférez une visio ?

Belle journée,
Yannick
""", "friendly, light humour that lands, facts intact"),
    (4, "bad", "over_familiarity", "Mardi !!",
     """
Coucou ma belle Clémence !!

Bon, la grève des trains, tu connais, je vais pas me taper six heures de galère pour ton point mensuel sur la campagne de Noël 😅 On se fait ça au tel mardi 8 décembre à 16 h, en mode détente, je t'appelle avec une bière à la main s'il le faut haha.

Gros bisous,
Yan
""", "over-familiar with a key client: 'ma belle', 'bisous', beer joke"),
    (4, "bad", "sarcasm", "Point mensuel de mardi",
     """
Bonjour Clémence,

En raison de la grève des trains, je vous propose de tenir notre point mensuel sur la campagne de Noël par téléphone, le mardi 8 décembre à 16 h.

Vous verrez, c'est formidable, le téléphone : au moins, vous ne pourrez pas arriver avec vingt minutes de retard comme le mois dernier.

Belle journée,
Yannick
""", "sarcastic last clause about the client's lateness"),

    # 5 cancellation policy, formal, new, no meeting: 2 good, 1 bad
    (5, "good", None, "Nos conditions d'annulation",
     """
Monsieur Delestrac,

Bienvenue parmi nos clients. Avant votre premier rendez-vous, voici nos conditions d'annulation, pour qu'il n'y ait aucune surprise : un acompte de 30 % est demandé à la réservation, et il vous est rendu si vous annulez au moins 72 heures à l'avance.

Si une question se pose, je vous réponds volontiers.

Bien cordialement,
Capucine Ribérac
""", "formal, welcoming, clear"),
    (5, "good", None, "Rappel de nos conditions",
     """
Monsieur,

Petit rappel, comme évoqué au téléphone : acompte de 30 % à la réservation, remboursé pour toute annulation faite au moins 72 heures à l'avance. Merci de votre confiance.

Capucine Ribérac
""", "very short; 'rappel' used kindly"),
    (5, "bad", "condescension", "Conditions d'annulation – à lire attentivement",
     """
Monsieur Delestrac,

Nous constatons que les nouveaux clients lisent rarement nos conditions ; je me permets donc de vous les expliquer simplement. Un acompte de 30 % est demandé à la réservation. Il n'est remboursé que si vous annulez au moins 72 heures à l'avance, ce qui, je le précise, signifie trois jours entiers et non la veille au soir.

Je vous remercie de bien vouloir en tenir compte.

Capucine Ribérac
""", "lecturing a new client and explaining arithmetic"),

    # 6 no-show, friendly, regular: 2 good, 2 bad
    (6, "good", None, "Tout va bien ?",
     """
Bonjour Noémie,

Je ne vous ai pas vue au cours particulier de piano du mercredi 2 décembre à 17 h 30 ; j'espère qu'il ne vous est rien arrivé.

Si cela vous convient, on reprend le mercredi 16 décembre à 17 h 30 — d'ici là, la sonate de Clementi vous attend sagement.

À bientôt,
Rodolphe
""", "concern first, gentle humour"),
    (6, "good", None, "Cours de mercredi",
     """
Bonjour Noémie,

Vous n'étiez pas là mercredi 2 décembre à 17 h 30 pour votre cours particulier de piano : tout va bien ? Je vous garde le mercredi 16 décembre à 17 h 30.

Rodolphe
""", "very short but kind"),
    (6, "bad", "mock_enthusiasm", "Super cours mercredi !",
     """
Bonjour Noémie,

Merci pour ce merveilleux cours particulier de piano du mercredi 2 décembre à 17 h 30 ! J'ai adoré vous attendre, j'ai pu réviser mes gammes tout seul pendant une heure, quel bonheur.

On retente le mercredi 16 décembre à 17 h 30 ? J'ai hâte !!

Rodolphe
""", "mock enthusiasm about the no-show"),
    (6, "bad", "hostile", "Votre absence de mercredi",
     """
Bonjour Noémie,

J'espère que tout va bien ; vous n'êtes pas venue au cours particulier de piano du mercredi 2 décembre à 17 h 30. Je vous propose le mercredi 16 décembre à 17 h 30.

Je préfère vous prévenir : si ce créneau reste vide à nouveau, je le donnerai à l'un des élèves de ma liste d'attente, qui eux tiennent à leurs cours.

Rodolphe
""", "veiled threat in the last paragraph, with a jab"),
]
