"""French v14 tone cases: 6 situations, layout 2/3 3/1 1/2 2/2 1/1 3/3."""

from __future__ import annotations

SITS = {
    1: {"intent": "reschedule", "recipient_name": "M. Gaspard Lheurevaux", "sender_name": "Noémie Castagnérac",
        "tone": "formal", "relationship": "key", "meeting": "comité de pilotage du déménagement",
        "meeting_time": "mercredi 9 décembre à 9 h 30", "proposed_times": ["lundi 14 décembre à 14 h"]},
    2: {"intent": "late_cancellation", "recipient_name": "Maëlle Kerjégu", "sender_name": "Bastien Roubayrol",
        "tone": "friendly", "relationship": "regular", "meeting": "séance de coaching vocal en studio",
        "meeting_time": "jeudi 3 décembre à 18 h", "proposed_times": ["mardi 15 décembre à 18 h"],
        "policy": {"notice_hours": 48, "fee_percent": 30}},
    3: {"intent": "cancellation_policy", "recipient_name": "Mme Ophélie Dartiguelongue", "sender_name": "Thibault Escandeil",
        "tone": "formal", "relationship": "new", "meeting": "premier rendez-vous de bilan successoral",
        "meeting_time": "vendredi 18 décembre à 10 h", "policy": {"notice_hours": 72, "deposit_percent": 20}},
    4: {"intent": "switch_to_call", "recipient_name": "Romain Lagrifoul", "sender_name": "Claire Aubertaux",
        "tone": "friendly", "relationship": "key", "meeting": "point sur la refonte du catalogue",
        "meeting_time": "mardi 15 décembre à 11 h"},
    5: {"intent": "shorten", "recipient_name": "Hervé Quintardier", "sender_name": "Laure Bellocquin",
        "tone": "friendly", "relationship": "regular", "meeting": "revue des indicateurs qualité",
        "meeting_time": "jeudi 17 décembre à 15 h", "duration_minutes": 30},
    6: {"intent": "no_show_followup", "recipient_name": "Mme Anaïs Plantevigne", "sender_name": "Yannick Morvezen",
        "tone": "formal", "relationship": "new", "meeting": "visite du local de la rue des Tanneurs",
        "meeting_time": "mercredi 2 décembre à 17 h",
        "proposed_times": ["lundi 14 décembre à 17 h", "mercredi 16 décembre à 12 h 30"]},
}

CASES = [
    # 1: reschedule, formal, key -- 2 good, 3 bad
    (1, "good", None, "Comité de pilotage du déménagement : proposition de report",
     """Monsieur Lheurevaux,

Je suis contrainte de déplacer le comité de pilotage du déménagement du mercredi 9 décembre à 9 h 30. Je le regrette, d'autant que la date avait été difficile à caler.

Le lundi 14 décembre à 14 h vous conviendrait-il ? Je reste à votre disposition pour tout autre créneau.

Bien cordialement,
Noémie Castagnérac""",
     "plain apology, one proposal, door open"),
    (1, "good", None, "Report du comité",
     """Monsieur,

Le comité de pilotage du déménagement ne pourra pas se tenir le mercredi 9 décembre à 9 h 30 de mon côté. Je vous propose le lundi 14 décembre à 14 h.

Merci de votre souplesse, et toutes mes excuses pour ce changement.

Noémie Castagnérac""",
     "very short, formal, still courteous"),
    (1, "bad", "over_familiarity", "Petit changement de programme 😉",
     """Coucou Gaspard !

Bon, on décale le comité de pilotage du déménagement, le mercredi 9 décembre à 9 h 30 c'est mort pour moi. Lundi 14 décembre à 14 h, ça te va ? Promis, j'apporte les croissants pour me faire pardonner.

Bises,
Noémie""",
     "key formal client addressed like a close friend: 'Coucou', tu, emoji, bises"),
    (1, "bad", "grovelling", "Mille excuses : comité de pilotage du déménagement",
     """Monsieur Lheurevaux,

Je suis absolument confuse et je ne sais comment me faire pardonner : je dois déplacer le comité de pilotage du déménagement du mercredi 9 décembre à 9 h 30. Je mesure pleinement le désagrément immense que cela représente pour vous et je m'en veux terriblement.

Si vous daigniez accepter le lundi 14 décembre à 14 h, je vous en serais infiniment reconnaissante. Encore mille pardons.

Noémie Castagnérac""",
     "excessive self-abasement for an ordinary move"),
    (1, "bad", "blame", "Comité de pilotage du déménagement",
     """Monsieur Lheurevaux,

Je vous propose de déplacer le comité de pilotage du déménagement du mercredi 9 décembre à 9 h 30 au lundi 14 décembre à 14 h.

Sans l'inventaire du mobilier que vos équipes devaient nous transmettre, nous n'aurions de toute façon pas grand-chose à valider ; j'espère qu'il nous parviendra d'ici là.

Bien cordialement,
Noémie Castagnérac""",
     "sender moves the meeting but pins the cause on the client's team, in the second paragraph"),

    # 2: late_cancellation, friendly, regular -- 3 good, 1 bad
    (2, "good", None, "On remet ça le 15 ?",
     """Salut Maëlle,

Pas de souci pour la séance de coaching vocal en studio du jeudi 3 décembre à 18 h, j'espère que tout va bien. Je te propose le mardi 15 décembre à 18 h.

Petit rappel, comme prévu dans nos conditions : en dessous de 48 heures, 30 % de la séance est facturé. Ce sera le cas cette fois-ci.

À bientôt,
Bastien""",
     "friendly, fee stated plainly; 'rappel' and 'cette fois-ci' used neutrally"),
    (2, "good", None, "Séance de coaching vocal",
     """Coucou Maëlle,

Dommage pour jeudi 3 décembre à 18 h, ta voix m'a manqué ! On se cale la séance de coaching vocal en studio le mardi 15 décembre à 18 h ?

Pour la forme : l'annulation est arrivée à moins de 48 heures, donc je facture 30 % comme d'habitude. Rien de personnel, c'est la règle pour tout le monde.

Bastien""",
     "light joke, firm fee, says it applies to everyone without reproach"),
    (2, "good", None, "Nouvelle date",
     """Bonjour Maëlle,

Bien reçu ton message pour jeudi 3 décembre à 18 h. Je t'ai gardé le mardi 15 décembre à 18 h pour la séance de coaching vocal en studio, dis-moi si ça marche.

Comme l'annulation est intervenue moins de 48 heures avant, 30 % seront facturés.

Belle semaine,
Bastien""",
     "short, neutral, warm close"),
    (2, "bad", "passive_aggression", "Séance de coaching vocal",
     """Salut Maëlle,

Pas grave pour jeudi 3 décembre à 18 h. J'avais refusé deux autres élèves pour te garder ta séance de coaching vocal en studio, mais bon, ce n'est pas ta faute, je sais que tu as beaucoup de choses en ce moment.

On essaie le mardi 15 décembre à 18 h ? Comme l'annulation est arrivée à moins de 48 heures, je facture 30 %.

Bastien""",
     "guilt trip dressed as reassurance ('ce n'est pas ta faute', the refused students)"),

    # 3: cancellation_policy, formal, new -- 1 good, 2 bad
    (3, "good", None, "Votre premier rendez-vous de bilan successoral",
     """Madame Dartiguelongue,

Je me réjouis de vous recevoir pour votre premier rendez-vous de bilan successoral, le vendredi 18 décembre à 10 h.

Pour réserver ce créneau, nous demandons un acompte de 20 %. Toute annulation doit nous parvenir au moins 72 heures à l'avance ; au-delà, l'acompte reste acquis. Je préfère vous le préciser dès maintenant.

Au plaisir de vous rencontrer,
Thibault Escandeil""",
     "firm policy reminder, warm and clear for a new client"),
    (3, "bad", "condescension", "Conditions d'annulation",
     """Madame Dartiguelongue,

Votre premier rendez-vous de bilan successoral est fixé au vendredi 18 décembre à 10 h. Un acompte de 20 % est demandé, et toute annulation doit être faite 72 heures à l'avance.

Vous le comprendrez sans doute : la ponctualité et le respect des engagements sont la base d'une gestion successorale sereine. C'est d'ailleurs souvent par là que nous commençons avec nos nouveaux clients.

Cordialement,
Thibault Escandeil""",
     "moralising lecture to a new client about keeping commitments"),
    (3, "bad", "wrong_register", "Ton bilan successoral",
     """Bonjour Ophélie,

Ton premier rendez-vous de bilan successoral est bien noté pour le vendredi 18 décembre à 10 h. Pour bloquer le créneau, il faut verser un acompte de 20 %, et si tu dois annuler, préviens au moins 72 heures avant, sinon l'acompte est perdu.

À vendredi !
Thibault""",
     "tutoiement and first name to a new formal client"),

    # 4: switch_to_call, friendly, key -- 2 good, 2 bad
    (4, "good", None, "On passe au téléphone ?",
     """Salut Romain,

Pour le point sur la refonte du catalogue de mardi 15 décembre à 11 h, je te propose de le faire par téléphone plutôt que dans vos bureaux : on gagnera une heure de trajet chacun et les maquettes seront sur ton écran de toute façon.

Je t'appelle à l'heure prévue, ça te va ?

Claire""",
     "friendly, reason given as a shared benefit"),
    (4, "good", None, "Point catalogue",
     """Romain,

Je préfère faire le point sur la refonte du catalogue par téléphone, même heure : mardi 15 décembre à 11 h. Je t'envoie les fichiers la veille.

À mardi,
Claire""",
     "very short and direct, still friendly"),
    (4, "bad", "sarcasm", "Point catalogue… au téléphone",
     """Salut Romain,

Pour le point sur la refonte du catalogue de mardi 15 décembre à 11 h, je te propose le téléphone. Vu la ponctualité légendaire de nos dernières réunions chez vous, je me dis que ça nous évitera à tous de contempler la salle d'attente.

Je t'appelle à 11 h, enfin, à 11 h à peu près.

Claire""",
     "sarcasm about the client's lateness, spread over two sentences"),
    (4, "bad", "passive_aggression", "Point sur la refonte du catalogue",
     """Salut Romain,

On garde le point sur la refonte du catalogue mardi 15 décembre à 11 h, mais par téléphone. Comme je te le disais déjà la semaine dernière, les maquettes ne seront pas prêtes pour une présentation sur place.

Je t'appelle. Cette fois, ce serait bien d'avoir tes retours avant la fin de l'appel.

Claire""",
     "'comme je te le disais déjà' and a reproach in the last line"),

    # 5: shorten, friendly, regular -- 1 good, 1 bad
    (5, "good", None, "Revue des indicateurs qualité en version courte",
     """Bonjour Hervé,

Jeudi 17 décembre à 15 h, je te propose une revue des indicateurs qualité en 30 minutes au lieu de l'heure habituelle : les chiffres sont bons, on peut se concentrer sur les deux points à surveiller.

Ça te convient ?
Laure""",
     "friendly, positive reason for the shorter meeting"),
    (5, "bad", "bureaucratic_distance", "Modification de la durée de la réunion",
     """Monsieur,

Il est porté à votre connaissance que la revue des indicateurs qualité du jeudi 17 décembre à 15 h verra sa durée ramenée à 30 minutes, conformément aux nouvelles dispositions d'organisation du service.

Vous voudrez bien prendre vos dispositions en conséquence.

Laure Bellocquin""",
     "officialese and 'Monsieur' to a regular contact usually addressed as Hervé"),

    # 6: no_show_followup, formal, new -- 3 good, 3 bad
    (6, "good", None, "Visite du local de la rue des Tanneurs",
     """Madame Plantevigne,

Je ne vous ai pas vue mercredi 2 décembre à 17 h pour la visite du local de la rue des Tanneurs ; j'espère qu'il n'y a rien de grave.

Si le local vous intéresse toujours, je peux vous le faire visiter le lundi 14 décembre à 17 h ou le mercredi 16 décembre à 12 h 30.

Bien cordialement,
Yannick Morvezen""",
     "concern first, then two times"),
    (6, "good", None, "Nouvelle visite ?",
     """Madame,

Nous devions nous retrouver mercredi 2 décembre à 17 h pour la visite du local de la rue des Tanneurs. Un contretemps peut arriver à tout le monde.

Je vous propose le lundi 14 décembre à 17 h ou le mercredi 16 décembre à 12 h 30. Un simple mot suffit pour confirmer.

Cordialement,
Yannick Morvezen""",
     "short, no reproach, easy next step"),
    (6, "good", None, "Local rue des Tanneurs",
     """Madame Plantevigne,

Sans nouvelles de vous depuis le rendez-vous manqué du mercredi 2 décembre à 17 h, je me permets de revenir vers vous. Le local de la rue des Tanneurs est toujours disponible, mais il suscite d'autres demandes.

Je peux organiser la visite du local de la rue des Tanneurs le lundi 14 décembre à 17 h ou le mercredi 16 décembre à 12 h 30. Pourriez-vous me dire d'ici vendredi ce qui vous arrange ?

Bien à vous,
Yannick Morvezen""",
     "firm but fair: other demand stated as a fact, a reply requested; 'je me permets de revenir vers vous' used neutrally"),
    (6, "bad", "hostile", "Visite du local de la rue des Tanneurs",
     """Madame Plantevigne,

Vous n'êtes pas venue à la visite du local de la rue des Tanneurs du mercredi 2 décembre à 17 h. Je vous propose le lundi 14 décembre à 17 h ou le mercredi 16 décembre à 12 h 30.

Je vous serais reconnaissant de confirmer rapidement. Les propriétaires tiennent une liste des candidats peu sérieux, et je n'aimerais pas devoir y ajouter votre nom.

Yannick Morvezen""",
     "veiled threat in the last line"),
    (6, "bad", "condescension", "Rendez-vous manqué",
     """Madame Plantevigne,

Je me permets de vous rappeler qu'une visite se note dans un agenda, avec l'adresse : la visite du local de la rue des Tanneurs avait lieu le mercredi 2 décembre à 17 h. C'est une erreur fréquente chez les personnes qui cherchent leur premier local.

Nouvelles possibilités : lundi 14 décembre à 17 h ou mercredi 16 décembre à 12 h 30.

Cordialement,
Yannick Morvezen""",
     "explains an agenda to an adult; 'premier local' as a put-down"),
    (6, "bad", "passive_aggression", "Visite du local de la rue des Tanneurs",
     """Madame Plantevigne,

J'espère que tout va bien de votre côté. Je vous ai attendue un bon moment le mercredi 2 décembre à 17 h devant le local de la rue des Tanneurs, sous la pluie, mais ce n'est pas bien grave.

Je vous propose donc la visite du local de la rue des Tanneurs le lundi 14 décembre à 17 h ou le mercredi 16 décembre à 12 h 30, si toutefois vous êtes toujours intéressée.

Cordialement,
Yannick Morvezen""",
     "martyr detail ('sous la pluie, mais ce n'est pas bien grave') and 'si toutefois'"),
]
