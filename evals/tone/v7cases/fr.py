"""French v7 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note).

Layout: 6 situations of 4 drafts (1 good/3 bad, 2/2, 3 good/1 bad, 2/2, 2/2, 2/2).
"""

SITS = {
    1: {"intent": "reschedule", "recipient_name": "Mme Véronique Lestrade-Aubry", "sender_name": "Étienne Quessada",
        "tone": "formal", "relationship": "key", "meeting": "revue trimestrielle du contrat de maintenance des ascenseurs",
        "meeting_time": "jeudi 10 décembre à 14 h",
        "proposed_times": ["lundi 14 décembre à 14 h", "mardi 15 décembre à 9 h"],
        "reason": "un audit de sécurité imposé par notre assureur"},
    2: {"intent": "no_show_followup", "recipient_name": "Yannick Brossolet", "sender_name": "Lou Ferrandi",
        "tone": "friendly", "relationship": "regular", "meeting": "cours d'essai de tournage céramique",
        "meeting_time": "mercredi 2 décembre à 18 h", "proposed_times": ["mercredi 9 décembre à 18 h"]},
    3: {"intent": "switch_to_email", "recipient_name": "M. Octave Delmasure", "sender_name": "Amandine Poitevin",
        "tone": "formal", "relationship": "new", "meeting": "entretien sur le devis d'isolation des combles",
        "meeting_time": "vendredi 11 décembre à 10 h", "reason": "un chantier qui déborde sur toute la journée"},
    4: {"intent": "late_cancellation", "recipient_name": "M. Régis Chambaudet", "sender_name": "Noémie Lartigue",
        "tone": "formal", "relationship": "key", "meeting": "formation des chefs d'équipe à la sécurité",
        "meeting_time": "vendredi 4 décembre à 8 h", "proposed_times": ["vendredi 18 décembre à 8 h"],
        "policy": {"notice_hours": 72, "fee_percent": 40}},
    5: {"intent": "delegate", "recipient_name": "Margot Esquerré", "sender_name": "Baptiste Rouanet",
        "colleague_name": "Hélène Vasseur-Kohl", "tone": "friendly", "relationship": "new",
        "meeting": "visite de l'appartement témoin de la résidence Les Tilleuls", "meeting_time": "samedi 12 décembre à 11 h",
        "reason": "un déménagement familial à Lyon ce week-end-là"},
    6: {"intent": "cancellation_policy", "recipient_name": "Coralie Sabatier-Nguyen", "sender_name": "Damien Ollivry",
        "tone": "friendly", "relationship": "regular", "policy": {"notice_hours": 48, "deposit_percent": 25}},
}

CASES = [
    (1, "good", None, "Revue trimestrielle : deux nouvelles dates",
     """
Madame Lestrade-Aubry,

En raison d'un audit de sécurité imposé par notre assureur, je ne pourrai pas tenir le jeudi 10 décembre à 14 h la revue trimestrielle du contrat de maintenance des ascenseurs. Je le regrette d'autant plus que nous avions beaucoup à vous présenter.

Pourriez-vous me dire si le lundi 14 décembre à 14 h ou le mardi 15 décembre à 9 h vous conviendrait ? Je m'adapterai volontiers à une autre heure si vous le préférez.

Bien respectueusement,
Étienne Quessada
""", "formal and warm, reason stated once, two slots and real flexibility"),
    (1, "bad", "passive_aggression", "Revue trimestrielle du 10 décembre",
     """
Madame Lestrade-Aubry,

Comme je vous l'avais signalé dès le mois dernier, un audit de sécurité imposé par notre assureur risquait de tomber cette semaine ; c'est désormais le cas. La revue trimestrielle du contrat de maintenance des ascenseurs du jeudi 10 décembre à 14 h est donc déplacée.

Je vous propose le lundi 14 décembre à 14 h ou le mardi 15 décembre à 9 h. Je vous saurais gré de me répondre sans attendre la dernière minute, pour une fois.

Cordialement,
Étienne Quessada
""", "'comme je vous l'avais signalé' and the barbed 'pour une fois' to a key client"),
    (1, "bad", "over_familiarity", "Revue maintenance : on décale ?",
     """
Coucou Véro !

Gros contretemps : un audit de sécurité imposé par notre assureur me tombe dessus, donc la revue trimestrielle du contrat de maintenance des ascenseurs de jeudi 10 décembre à 14 h, c'est mort. Et lundi 14 décembre à 14 h ou mardi 15 décembre à 9 h, ça te branche ? Promis je t'offre le café pour me faire pardonner ;)

Bisous,
Tiennot
""", "tutoiement, diminutive and 'bisous' to a formal key client"),
    (1, "bad", "grovelling", "Mille excuses : revue trimestrielle",
     """
Madame Lestrade-Aubry,

Je suis absolument confus et je ne sais comment vous présenter mes excuses. Un audit de sécurité imposé par notre assureur m'oblige à déplacer la revue trimestrielle du contrat de maintenance des ascenseurs du jeudi 10 décembre à 14 h, et je mesure pleinement à quel point c'est inacceptable de notre part envers une cliente aussi fidèle que vous. Je comprendrais parfaitement que vous soyez fâchée.

Si vous daignez encore nous accorder un moment, je vous propose humblement le lundi 14 décembre à 14 h ou le mardi 15 décembre à 9 h, mais je prendrai évidemment n'importe quel créneau, même tard le soir, même le week-end.

En vous renouvelant mes plus plates excuses,
Étienne Quessada
""", "self-abasement out of proportion to a routine move ('inacceptable', 'si vous daignez', 'plus plates excuses')"),

    (2, "good", None, "On vous a gardé une motte d'argile",
     """
Bonjour Yannick,

On ne vous a pas vu mercredi 2 décembre à 18 h au cours d'essai de tournage céramique ; j'espère que tout va bien de votre côté.

Si l'envie est toujours là, une place vous attend mercredi 9 décembre à 18 h. Un petit mot suffit pour que je la bloque.

À bientôt, j'espère,
Lou Ferrandi
""", "friendly, checks on him, offers the new slot without reproach; playful subject"),
    (2, "good", None, "Cours d'essai",
     """
Yannick, bonjour,

Vous n'avez pas pu venir au cours d'essai de tournage céramique du mercredi 2 décembre à 18 h, ça arrive. Je vous propose mercredi 9 décembre à 18 h, même heure, même tour. Dites-moi simplement oui ou non.

Lou
""", "very short and kind, no reproach, a clear yes/no"),
    (2, "bad", "mock_enthusiasm", "Vous nous avez manqué !!!",
     """
Bonjour Yannick !!

Quelle super soirée on a passée mercredi 2 décembre à 18 h au cours d'essai de tournage céramique… à vous attendre devant votre tour tout prêt ! Franchement, un grand moment, on a même eu le temps de nettoyer deux fois l'atelier !

Bon, on retente mercredi 9 décembre à 18 h ? Ce serait génial, vraiment, si vous passiez cette fois !!

Lou
""", "mock enthusiasm about being stood up ('quelle super soirée… à vous attendre')"),
    (2, "bad", "passive_aggression", "Cours d'essai de mercredi",
     """
Bonjour Yannick,

Vous n'êtes pas venu au cours d'essai de tournage céramique du mercredi 2 décembre à 18 h. Ne vous inquiétez pas, j'avais refusé deux autres personnes pour vous garder la place, mais ce n'est rien, vraiment.

Je peux vous proposer mercredi 9 décembre à 18 h, si cela vous dit toujours.

Belle journée,
Lou Ferrandi
""", "guilt trip in one clause ('j'avais refusé deux autres personnes… mais ce n'est rien')"),

    (3, "good", None, "Votre devis d'isolation : échangeons par écrit",
     """
Monsieur Delmasure,

Je dois vous avouer qu'un chantier qui déborde sur toute la journée m'empêchera de vous recevoir le vendredi 11 décembre à 10 h pour notre entretien sur le devis d'isolation des combles.

Plutôt que de vous faire attendre, je vous propose de traiter vos questions par courriel : envoyez-les-moi quand vous voulez, je vous réponds en détail, photos et chiffres à l'appui. Et si un point mérite qu'on se voie ensuite, nous trouverons un moment.

Avec mes salutations les meilleures,
Amandine Poitevin
""", "formal and warm to a new client, honest reason, makes the written route useful"),
    (3, "good", None, "Entretien du vendredi 11 décembre",
     """
Monsieur Delmasure,

Un chantier qui déborde sur toute la journée m'empêche de vous recevoir le vendredi 11 décembre à 10 h. Je vous propose de mener l'entretien sur le devis d'isolation des combles par courriel : je reprendrai chaque poste du devis avec vous, ligne par ligne.

Bien cordialement,
Amandine Poitevin
""", "brief, formal but kind, concrete about what the email exchange will cover"),
    (3, "good", None, "Devis d'isolation des combles",
     """
Bonjour Monsieur Delmasure,

Petit imprévu : un chantier qui déborde sur toute la journée. Je ne serai donc pas là le vendredi 11 décembre à 10 h pour notre entretien sur le devis d'isolation des combles, et j'en suis désolée.

Bonne nouvelle tout de même : presque tout se règle très bien par écrit. Je vous envoie dès ce soir un récapitulatif des options, et vous me posez toutes les questions qui vous viennent, même les plus simples.

Au plaisir de vous lire,
Amandine Poitevin
""", "formal address with a lighter touch, apologetic but dignified, takes the first step"),
    (3, "bad", "bureaucratic_distance", "Objet : entretien du 11/12 - modification des modalités",
     """
Monsieur,

Il est porté à votre connaissance que l'entretien sur le devis d'isolation des combles, initialement fixé au vendredi 11 décembre à 10 h, ne pourra se tenir en présentiel, en raison d'un chantier qui déborde sur toute la journée.

Les échanges relatifs au dossier seront dorénavant traités exclusivement par voie électronique. Toute demande devra être formulée par écrit à l'adresse habituelle. Aucune suite ne sera donnée aux sollicitations téléphoniques.

Le service, pour Amandine Poitevin
""", "administrative passive voice, 'il est porté à votre connaissance', 'aucune suite ne sera donnée' to a new private client"),

    (4, "good", None, "Formation sécurité du 4 décembre",
     """
Monsieur Chambaudet,

Nous avons bien pris en compte l'annulation de la formation des chefs d'équipe à la sécurité prévue le vendredi 4 décembre à 8 h. Je vous propose de la reprogrammer le vendredi 18 décembre à 8 h.

Comme l'annulation est intervenue moins de 72 heures à l'avance, notre contrat prévoit la facturation de 40 % de la session : le formateur avait bloqué sa journée et nous ne pouvions plus la réattribuer. Cette somme figurera sur votre prochaine facture.

Merci de votre compréhension, et au plaisir de retrouver vos équipes le 18.

Bien cordialement,
Noémie Lartigue
""", "firm on the 40 % fee with its reason, courteous, offers the new date"),
    (4, "good", None, "Nouvelle date pour la formation sécurité",
     """
Monsieur Chambaudet,

Je vous propose de reporter la formation des chefs d'équipe à la sécurité, annulée pour le vendredi 4 décembre à 8 h, au vendredi 18 décembre à 8 h.

Conformément à nos conditions, une annulation à moins de 72 heures donne lieu à la facturation de 40 % de la session ; je vous remercie de l'avoir en tête pour vos prochaines planifications.

Avec mes salutations cordiales,
Noémie Lartigue
""", "short, formal, states the rule plainly without reproach"),
    (4, "bad", "hostile", "Formation sécurité : annulation",
     """
Monsieur Chambaudet,

Nous prenons acte de l'annulation de la formation des chefs d'équipe à la sécurité du vendredi 4 décembre à 8 h. Les 40 % prévus pour toute annulation à moins de 72 heures vous seront facturés.

Nous pouvons proposer le vendredi 18 décembre à 8 h. Je me dois toutefois de vous dire que, si ce genre de situation devait se reproduire, nous serions amenés à reconsidérer l'intérêt de poursuivre notre collaboration dans les mêmes conditions.

Cordialement,
Noémie Lartigue
""", "veiled threat about the relationship to a key client after a first late cancellation"),
    (4, "bad", "condescension", "Formation sécurité",
     """
Monsieur Chambaudet,

Je me permets un petit rappel, car il semble que ce point ne soit pas toujours bien compris : une formation se prépare, un formateur se réserve, une salle se loue. C'est pour cela que notre contrat prévoit 40 % de frais pour toute annulation à moins de 72 heures, comme ce fut le cas pour la formation des chefs d'équipe à la sécurité du vendredi 4 décembre à 8 h.

Je vous propose le vendredi 18 décembre à 8 h, en espérant que cette fois l'organisation suivra.

Cordialement,
Noémie Lartigue
""", "lecturing a key client on how training works, plus a dig ('en espérant que cette fois l'organisation suivra')"),

    (5, "good", None, "Visite de samedi : Hélène prend le relais",
     """
Bonjour Margot,

Un déménagement familial à Lyon ce week-end-là m'empêche d'être là samedi 12 décembre à 11 h pour la visite de l'appartement témoin de la résidence Les Tilleuls. Ma collègue Hélène Vasseur-Kohl vous accueillera à ma place ; elle connaît le programme par cœur et saura mieux que moi vous parler des finitions.

Le rendez-vous reste au même endroit, à la même heure. Bonne visite !

Baptiste Rouanet
""", "friendly handover, praises the colleague, keeps everything else unchanged"),
    (5, "good", None, "Samedi 12 décembre",
     """
Bonjour Margot,

Je ne pourrai pas assurer la visite de l'appartement témoin de la résidence Les Tilleuls samedi 12 décembre à 11 h (un déménagement familial à Lyon ce week-end-là). Hélène Vasseur-Kohl sera là pour vous : vous êtes entre de très bonnes mains.

Belle visite,
Baptiste
""", "very brief but kind handover"),
    (5, "bad", "coldness", "Visite 12/12",
     """
Bonjour,

Pour la visite de l'appartement témoin de la résidence Les Tilleuls, samedi 12 décembre à 11 h : assurée par Hélène Vasseur-Kohl. Motif : un déménagement familial à Lyon ce week-end-là.

B. Rouanet
""", "telegraphic, no name, no warmth to a new client in a friendly register"),
    (5, "bad", "sarcasm", "Bonne nouvelle pour vous",
     """
Bonjour Margot,

Vous allez être ravie : pour la visite de l'appartement témoin de la résidence Les Tilleuls, samedi 12 décembre à 11 h, vous n'aurez pas à me supporter. Un déménagement familial à Lyon ce week-end-là me retient, et c'est Hélène Vasseur-Kohl qui vous recevra. Elle, au moins, aura peut-être la patience de répondre trois fois à la question du parking.

Bonne visite,
Baptiste Rouanet
""", "sarcastic jab at the client's questions hidden in a handover"),

    (6, "good", None, "Petit rappel pratique pour vos séances",
     """
Bonjour Coralie,

Avant vos prochaines séances, un petit point pratique : nous demandons un acompte de 25 % à la réservation, et une séance peut être annulée ou déplacée sans frais jusqu'à 48 heures avant. Au-delà, l'acompte reste acquis.

Si un imprévu tombe tard, appelez-moi quand même : on cherche toujours une solution ensemble.

À très vite,
Damien Ollivry
""", "friendly, clear policy, keeps the door open"),
    (6, "good", None, "Nos conditions, en deux lignes",
     """
Coralie, bonjour !

En deux lignes : 25 % d'acompte à la réservation, et annulation gratuite jusqu'à 48 heures avant. C'est tout, et c'est surtout pour pouvoir proposer les créneaux libérés à d'autres.

Merci et à bientôt,
Damien
""", "very short, warm, explains why the rule exists"),
    (6, "bad", "blame", "Conditions d'annulation",
     """
Bonjour Coralie,

Suite aux nombreuses annulations de dernière minute de ces derniers mois, dont plusieurs des vôtres, nous sommes contraints de durcir nos règles : un acompte de 25 % sera désormais demandé à la réservation, et toute annulation à moins de 48 heures le rendra non remboursable.

Merci de votre compréhension.
Damien Ollivry
""", "blames the regular client for the new rule ('dont plusieurs des vôtres')"),
    (6, "bad", "coldness", "Rappel des conditions",
     """
Madame,

Nous vous rappelons que toute réservation donne lieu au versement d'un acompte de 25 %. Toute annulation intervenant moins de 48 heures avant la séance entraîne la perte de celui-ci. Nous vous remercions de bien vouloir en prendre note.

Veuillez agréer, Madame, nos salutations distinguées.

D. Ollivry
""", "courtesy formulas used coldly to a regular client addressed by first name in a friendly register"),
]
