"""Held-out tone cases v15, French (issue 15): SITS by number, CASES as (situation, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "reschedule", "recipient_name": "Mme Apolline Verdaguier", "sender_name": "Timothée Brassempouy",
        "tone": "formal", "relationship": "key", "meeting": "revue annuelle du contrat d'entretien des ascenseurs",
        "meeting_time": "jeudi 10 décembre à 10 h", "proposed_times": ["mardi 15 décembre à 11 h"]},
    2: {"intent": "late_cancellation", "recipient_name": "Clémence Roubichou", "sender_name": "Yannick Laffargue",
        "tone": "friendly", "relationship": "regular", "meeting": "atelier de reliure",
        "meeting_time": "mercredi 2 décembre à 18 h", "policy": {"notice_hours": 48, "fee_percent": 30}},
    3: {"intent": "delegate", "recipient_name": "M. Hippolyte Carbonnières", "sender_name": "Maëlle Dussautoir",
        "tone": "formal", "relationship": "new", "meeting": "premier rendez-vous de bilan de transmission d'entreprise",
        "meeting_time": "vendredi 11 décembre à 15 h", "colleague_name": "Bastien Oyharçabal"},
    4: {"intent": "decline", "recipient_name": "Odile Pécharman", "sender_name": "Anatole Cazaubiel",
        "tone": "friendly", "relationship": "key", "meeting": "dégustation de fin d'année",
        "meeting_time": "jeudi 17 décembre à 19 h"},
    5: {"intent": "shorten", "recipient_name": "M. Lucien Grangeneuve", "sender_name": "Sidonie Maurenque",
        "tone": "formal", "relationship": "regular", "meeting": "point d'avancement du chantier de la véranda",
        "meeting_time": "lundi 14 décembre à 9 h", "duration_minutes": 30},
    6: {"intent": "no_show_followup", "recipient_name": "Mme Ségolène Arrabit", "sender_name": "Gauthier Lapeyrouse",
        "tone": "formal", "relationship": "new", "meeting": "consultation d'orthoptie",
        "meeting_time": "jeudi 3 décembre à 16 h 30", "proposed_times": ["mardi 15 décembre à 17 h"],
        "policy": {"fee_percent": 50}},
}

CASES = [
    (1, "good", None, "Revue annuelle du contrat d'entretien des ascenseurs : nouveau créneau",
     """Madame Verdaguier,

Un imprévu m'oblige à déplacer notre revue annuelle du contrat d'entretien des ascenseurs, prévue le jeudi 10 décembre à 10 h. Je vous prie de m'en excuser.

Pourriez-vous me confirmer si le mardi 15 décembre à 11 h vous convient ? Si ce n'est pas le cas, indiquez-moi simplement vos disponibilités et je m'y adapterai.

Bien cordialement,
Timothée Brassempouy""", "plain apology, one proposal, adapts to the key client"),
    (1, "good", None, "Report de la revue annuelle",
     """Madame,

Je dois malheureusement reporter la revue annuelle du contrat d'entretien des ascenseurs du jeudi 10 décembre à 10 h au mardi 15 décembre à 11 h, si cela vous convient.

Avec mes excuses et mes salutations distinguées,
Timothée Brassempouy""", "two sentences, formal and complete; short is not cold"),
    (1, "good", None, "Notre revue du 10 décembre",
     """Madame Verdaguier,

Je me permets de revenir vers vous au sujet de la revue annuelle du contrat d'entretien des ascenseurs du jeudi 10 décembre à 10 h : je ne serai finalement pas disponible à cette heure-là, et j'en suis sincèrement désolé.

Je vous propose le mardi 15 décembre à 11 h. J'en profiterai pour vous transmettre le bilan des interventions de l'année quelques jours avant.

Je vous remercie de votre compréhension.

Bien à vous,
Timothée Brassempouy""", "'je me permets de revenir vers vous' used kindly; ordinary promise"),
    (1, "bad", "over_familiarity", "Petit décalage 🙂",
     """Chère Apolline,

Vous allez me maudire, mais notre revue annuelle du contrat d'entretien des ascenseurs du jeudi 10 décembre à 10 h tombe à l'eau de mon côté ! On se rattrape le mardi 15 décembre à 11 h ? Je vous dois un café, voire deux.

Je vous embrasse,
Timothée""", "key formal client: first name, emoji, 'je vous embrasse', jokey tone despite vous"),
    (1, "bad", "passive_aggression", "Revue annuelle du contrat d'entretien des ascenseurs",
     """Madame Verdaguier,

Je suis contraint de décaler la revue annuelle du contrat d'entretien des ascenseurs du jeudi 10 décembre à 10 h. Je vous propose le mardi 15 décembre à 11 h.

Je me permets de vous rappeler, comme je l'avais déjà évoqué lors de notre dernier échange, qu'il serait utile que votre service achats soit cette fois présent. Sauf erreur de ma part, ce point était resté sans réponse.

Cordialement,
Timothée Brassempouy""", "'comme je l'avais déjà évoqué', 'cette fois', 'sauf erreur de ma part … resté sans réponse' after a neutral opening"),

    (2, "good", None, "Atelier de reliure de mercredi",
     """Bonjour Clémence,

J'espère que tout va bien pour toi. Tu as annulé l'atelier de reliure du mercredi 2 décembre à 18 h moins de 48 heures à l'avance ; je dois donc appliquer les frais de 30 % prévus au règlement de l'atelier.

Je sais que ce n'est jamais agréable. Au plaisir de te revoir à la prochaine séance !

Yannick""", "friendly tu, firm fee stated plainly, warm close"),
    (2, "good", None, "Mercredi dernier",
     """Salut Clémence,

Dommage pour l'atelier de reliure du mercredi 2 décembre à 18 h, ton carnet t'attend toujours sur l'étagère. Petit rappel de la règle : en dessous de 48 heures de préavis, 30 % de la séance restent dus. Je te l'ajoute sur la prochaine facture.

À très vite,
Yannick""", "light humour, firm reminder, no reproach"),
    (2, "bad", "sarcasm", "Atelier de reliure",
     """Salut Clémence,

Merci pour ton message au sujet de l'atelier de reliure du mercredi 2 décembre à 18 h. Prévenir la veille, c'est déjà un progrès, je le note ! Bon, la règle reste la même : moins de 48 heures, 30 % de frais.

On se voit la prochaine fois, enfin, si l'agenda de madame le permet.

Yannick""", "'c'est déjà un progrès', 'si l'agenda de madame le permet': sarcasm behind a friendly frame"),
    (2, "bad", "passive_aggression", "Ton annulation",
     """Bonjour Clémence,

Pas de souci pour l'atelier de reliure du mercredi 2 décembre à 18 h. J'avais préparé ton papier marbré et j'ai passé la soirée seul à l'atelier, mais bon, ce sont des choses qui arrivent. Je suis obligé d'appliquer les 30 % prévus en cas d'annulation à moins de 48 heures.

Ne t'inquiète pas pour moi.

Yannick""", "guilt trip dressed as reassurance: 'mais bon', 'ne t'inquiète pas pour moi'"),

    (3, "good", None, "Votre premier rendez-vous de bilan de transmission d'entreprise",
     """Monsieur Carbonnières,

Je ne pourrai pas assurer moi-même votre premier rendez-vous de bilan de transmission d'entreprise du vendredi 11 décembre à 15 h. Mon collègue Bastien Oyharçabal vous recevra à la même heure ; il connaît votre dossier et a toute ma confiance.

Je vous prie de m'excuser pour ce changement et reste joignable si vous avez la moindre question.

Bien cordialement,
Maëlle Dussautoir""", "clear handover, apology, reassurance to a new client"),
    (3, "bad", "condescension", "Bilan de transmission d'entreprise",
     """Monsieur Carbonnières,

Votre premier rendez-vous de bilan de transmission d'entreprise du vendredi 11 décembre à 15 h sera assuré par mon collègue Bastien Oyharçabal.

Pour que l'entretien soit utile, je vous invite à apporter vos trois derniers bilans comptables. Beaucoup de nouveaux clients sous-estiment l'importance de ces documents ; il s'agit pourtant de la base de tout travail sérieux. Bastien prendra le temps de vous expliquer les notions essentielles, ne vous inquiétez pas.

Cordialement,
Maëlle Dussautoir""", "explains basics and talks down to a new client ('beaucoup de nouveaux clients sous-estiment', 'les notions essentielles')"),
    (3, "bad", "bureaucratic_distance", "Réaffectation de dossier",
     """Monsieur,

Nous vous informons que votre dossier a fait l'objet d'une réaffectation. Le premier rendez-vous de bilan de transmission d'entreprise du vendredi 11 décembre à 15 h sera par conséquent assuré par M. Bastien Oyharçabal, conformément à l'organisation interne du cabinet.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Le service clientèle, pour Maëlle Dussautoir""", "faceless administrative notice to a new client: 'a fait l'objet d'une réaffectation', no apology, no person"),
    (3, "bad", "wrong_register", "Changement pour vendredi",
     """Bonjour Hippolyte,

Petit changement : je ne pourrai pas être là pour ton premier rendez-vous de bilan de transmission d'entreprise du vendredi 11 décembre à 15 h. C'est Bastien Oyharçabal qui te recevra, il est top, tu verras.

Bonne fin de semaine !
Maëlle""", "tu and first name to a new formal client"),

    (4, "good", None, "Dégustation du 17",
     """Chère Odile,

Merci mille fois pour l'invitation à la dégustation de fin d'année du jeudi 17 décembre à 19 h. J'aurais adoré venir, mais je ne pourrai pas me libérer ce soir-là.

Lève un verre pour moi, et à très bientôt autour d'une autre bouteille !

Amitiés,
Anatole""", "warm decline to a friendly key client"),
    (4, "good", None, "Jeudi 17",
     """Bonjour Odile,

Je dois malheureusement décliner la dégustation de fin d'année du jeudi 17 décembre à 19 h : je suis pris ailleurs. Je le regrette vraiment. Belle soirée à toute l'équipe !

Anatole""", "short, plain no, still warm"),
    (4, "bad", "coldness", "Re: Invitation",
     """Bonjour,

Je ne participerai pas à la dégustation de fin d'année du jeudi 17 décembre à 19 h.

Cordialement,
A. Cazaubiel""", "friendly key client gets a dry one-liner: no thanks, no regret, no name"),

    (5, "good", None, "Point d'avancement du 14 décembre",
     """Monsieur Grangeneuve,

Pour notre point d'avancement du chantier de la véranda du lundi 14 décembre à 9 h, je ne disposerai finalement que de 30 minutes. Je préparerai les questions ouvertes à l'avance pour que nous allions à l'essentiel.

Merci de votre compréhension, et à lundi.

Bien cordialement,
Sidonie Maurenque""", "plain shortening, constructive"),
    (5, "good", None, "Point du lundi 14 décembre",
     """Monsieur Grangeneuve,

Je vous informe que le point d'avancement du chantier de la véranda du lundi 14 décembre à 9 h durera 30 minutes au lieu de l'heure prévue. Si cela ne suffit pas, nous fixerons un second rendez-vous.

Cordialement,
Sidonie Maurenque""", "terse and formal but polite and offers a follow-up"),
    (5, "bad", "passive_aggression", "Point d'avancement",
     """Monsieur Grangeneuve,

Le point d'avancement du chantier de la véranda du lundi 14 décembre à 9 h sera ramené à 30 minutes.

J'en profite pour vous rappeler, une fois encore, qu'il serait souhaitable que les décisions sur les menuiseries soient arrêtées avant la réunion et non pendant. Je ne doute pas que vous y aurez pensé cette fois-ci.

Cordialement,
Sidonie Maurenque""", "'une fois encore', 'je ne doute pas que vous y aurez pensé cette fois-ci': reproach under formal courtesy"),
    (5, "bad", "blame", "Votre point du 14",
     """Monsieur Grangeneuve,

Je suis contrainte de limiter le point d'avancement du chantier de la véranda du lundi 14 décembre à 9 h à 30 minutes. Les changements de dernière minute que vous avez demandés sur le vitrage ont désorganisé tout notre planning, et c'est ce qui nous oblige aujourd'hui à resserrer les rendez-vous.

Cordialement,
Sidonie Maurenque""", "pins the shortening on the client with a cause the situation does not state"),

    (6, "good", None, "Votre consultation d'orthoptie du 3 décembre",
     """Madame Arrabit,

Nous ne vous avons pas vue à votre consultation d'orthoptie du jeudi 3 décembre à 16 h 30. J'espère qu'il ne s'agit de rien de grave.

Comme indiqué lors de la prise de rendez-vous, un rendez-vous non honoré est facturé à 50 %. Je vous propose un nouveau créneau le mardi 15 décembre à 17 h ; merci de me dire s'il vous convient.

Bien cordialement,
Gauthier Lapeyrouse""", "concern first, policy stated plainly, new slot"),
    (6, "good", None, "Rendez-vous manqué",
     """Madame Arrabit,

Vous n'avez pas pu venir à la consultation d'orthoptie du jeudi 3 décembre à 16 h 30. Conformément à nos conditions, 50 % du tarif vous seront facturés. Je peux vous recevoir le mardi 15 décembre à 17 h.

Cordialement,
Gauthier Lapeyrouse""", "firm and short; neutral phrasing, no reproach"),
    (6, "bad", "hostile", "Consultation d'orthoptie non honorée",
     """Madame Arrabit,

Vous ne vous êtes pas présentée à la consultation d'orthoptie du jeudi 3 décembre à 16 h 30. Les frais de 50 % vous seront facturés. Je vous propose le mardi 15 décembre à 17 h.

J'ajoute que les places sont rares dans le secteur et que nous ne pourrons pas toujours réserver un créneau aux patients dont la venue est incertaine. À bon entendeur.

Gauthier Lapeyrouse""", "veiled threat at the end: scarce places, 'À bon entendeur'"),
    (6, "bad", "grovelling", "Mille excuses",
     """Madame Arrabit,

Je suis vraiment navré de vous écrire et je vous prie de bien vouloir pardonner mon insistance. Vous n'avez pas pu venir à la consultation d'orthoptie du jeudi 3 décembre à 16 h 30 ; je suis hélas tenu de facturer 50 %, et j'en suis confus, croyez-le bien.

Si le mardi 15 décembre à 17 h pouvait vous convenir, j'en serais infiniment honoré. Encore pardon pour ce désagrément dont je me sens responsable.

Gauthier Lapeyrouse""", "apologises abjectly for his own policy"),
]
