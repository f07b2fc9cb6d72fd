"""French held-out tone cases v12: six situations, layout 1/3 3/1 2/2 3/2 1/2 2/2 (good/bad)."""

from __future__ import annotations

SITS = {
    1: {"intent": "late_cancellation", "recipient_name": "M. Baptiste Quérengal", "sender_name": "Ondine Fauchereau",
        "tone": "formal", "relationship": "key", "meeting": "atelier de calibrage des presses",
        "meeting_time": "jeudi 3 décembre à 9 h", "proposed_times": ["mardi 15 décembre à 9 h"],
        "policy": {"notice_hours": 48, "fee_percent": 30}},
    2: {"intent": "reschedule", "recipient_name": "Margaux Delpêche", "sender_name": "Yannick Trobriand",
        "tone": "friendly", "relationship": "regular", "meeting": "point mensuel sur la boutique en ligne",
        "meeting_time": "vendredi 11 décembre à 14 h",
        "proposed_times": ["lundi 14 décembre à 11 h", "mercredi 16 décembre à 15 h"],
        "reason": "un déplacement imprévu à Lille"},
    3: {"intent": "delegate", "recipient_name": "Mme Clémence Vaubourg", "sender_name": "Arnaud Pélissac",
        "tone": "formal", "relationship": "new", "meeting": "premier entretien sur votre projet d'extension",
        "meeting_time": "mardi 8 décembre à 16 h", "colleague_name": "Hortense Mauduit"},
    4: {"intent": "cancellation_policy", "recipient_name": "M. Gaspard Lhermitte", "sender_name": "Salomé Craponne",
        "tone": "formal", "relationship": "new", "policy": {"notice_hours": 24, "deposit_percent": 20}},
    5: {"intent": "shorten", "recipient_name": "Léonie Brassac", "sender_name": "Matthieu Orsanne",
        "tone": "friendly", "relationship": "key", "meeting": "revue du catalogue printemps",
        "meeting_time": "mercredi 9 décembre à 10 h", "duration_minutes": 30, "reason": "la clôture comptable"},
    6: {"intent": "no_show_followup", "recipient_name": "Romain Estéveny", "sender_name": "Capucine Drouard",
        "tone": "friendly", "relationship": "regular", "meeting": "séance photo des nouveaux locaux",
        "meeting_time": "mercredi 2 décembre à 11 h", "proposed_times": ["jeudi 10 décembre à 11 h"]},
}

CASES = [
    (1, "good", None, "Atelier de calibrage des presses : nouvelle date",
     """
Monsieur Quérengal,

Merci de nous avoir prévenus de l'annulation de l'atelier de calibrage des presses du jeudi 3 décembre à 9 h. Je vous propose de le reprendre le mardi 15 décembre à 9 h, si cela vous convient.

Comme prévu à notre contrat, une annulation moins de 48 heures avant la séance donne lieu à une facturation de 30 % ; elle figurera sur la prochaine facture. Je sais que ce n'est jamais agréable, et je reste à votre disposition si vous souhaitez en parler.

Bien cordialement,
Ondine Fauchereau
""", "formal, fee stated plainly with a human sentence; 'comme prévu' used neutrally"),
    (1, "bad", "bureaucratic_distance", "Annulation tardive – application des conditions",
     """
Monsieur,

Nous accusons réception de votre annulation de l'atelier de calibrage des presses du jeudi 3 décembre à 9 h.

Nous nous permettons de vous rappeler que toute annulation intervenant moins de 48 heures avant la séance entraîne, conformément à nos conditions générales, la facturation de 30 % du montant prévu. Il vous appartient de confirmer le créneau du mardi 15 décembre à 9 h dans les meilleurs délais.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Le service planification
Ondine Fauchereau
""", "only formulas to a key client: 'nous nous permettons de vous rappeler', 'il vous appartient', no thanks, no warmth"),
    (1, "bad", "passive_aggression", "Atelier de calibrage des presses",
     """
Monsieur Quérengal,

Bien noté pour l'atelier de calibrage des presses du jeudi 3 décembre à 9 h. Je vous propose le mardi 15 décembre à 9 h pour le reprendre.

Je me permets de vous rappeler, comme lors de la précédente annulation, que notre délai est de 48 heures et que 30 % de la séance sont alors facturés. Peut-être serait-il utile de faire circuler cette règle au sein de votre équipe ?

Cordialement,
Ondine Fauchereau
""", "'comme lors de la précédente annulation' and a reproach disguised as a question"),
    (1, "bad", "condescension", "Re : atelier du 3 décembre",
     """
Monsieur Quérengal,

Merci pour votre message. Un atelier de calibrage des presses mobilise deux techniciens et une presse arrêtée pendant une demi-journée : c'est pour cette raison, vous le comprendrez aisément, qu'une annulation moins de 48 heures à l'avance est facturée 30 %. C'est ainsi que fonctionne toute maintenance industrielle sérieuse.

L'atelier du jeudi 3 décembre à 9 h peut être repris le mardi 15 décembre à 9 h.

Bien à vous,
Ondine Fauchereau
""", "lectures the key client on how maintenance works"),
    (2, "good", None, "On décale notre point ?",
     """
Bonjour Margaux,

Un déplacement imprévu à Lille m'empêche d'être là vendredi 11 décembre à 14 h pour notre point mensuel sur la boutique en ligne. Désolé !

Lundi 14 décembre à 11 h ou mercredi 16 décembre à 15 h, ça t'irait ?

Bonne journée,
Yannick
""", "short, friendly, clear"),
    (2, "good", None, "Point mensuel : petit changement",
     """
Salut Margaux,

Encore moi, et encore pour un changement de date, pardon. Cette fois c'est un déplacement imprévu à Lille qui tombe pile sur notre point mensuel sur la boutique en ligne de vendredi 11 décembre à 14 h.

Je te propose lundi 14 décembre à 11 h ou mercredi 16 décembre à 15 h. Je t'apporterai des gaufres pour me faire pardonner.

À très vite,
Yannick
""", "'encore' said against himself, a light joke that lands"),
    (2, "good", None, "Report du point mensuel",
     """
Margaux,

Je dois décaler le point mensuel sur la boutique en ligne prévu vendredi 11 décembre à 14 h, à cause d'un déplacement imprévu à Lille. Lundi 14 décembre à 11 h ou mercredi 16 décembre à 15 h ? Dis-moi ce qui t'arrange, je m'adapte.

Merci et désolé pour le changement,
Yannick
""", "blunt opening but kind and flexible"),
    (2, "bad", "sarcasm", "Point mensuel (encore déplacé, oui)",
     """
Salut Margaux,

Bonne nouvelle pour toi qui adores les changements de planning : un déplacement imprévu à Lille m'oblige à bouger notre point mensuel sur la boutique en ligne de vendredi 11 décembre à 14 h. Je sais, tu vas être ravie.

Lundi 14 décembre à 11 h ou mercredi 16 décembre à 15 h ? Choisis bien, c'est un peu la loterie de la semaine.

Yannick
""", "sarcastic about the recipient's supposed love of changes"),
    (3, "good", None, "Votre premier entretien du mardi 8 décembre",
     """
Madame Vaubourg,

Je ne pourrai malheureusement pas assurer notre premier entretien sur votre projet d'extension, le mardi 8 décembre à 16 h. Ma collègue Hortense Mauduit vous recevra à l'heure prévue ; elle connaît bien ce type de dossier et a déjà lu les éléments que vous nous avez transmis.

Je vous prie de m'excuser pour ce changement et vous souhaite un excellent entretien.

Bien cordialement,
Arnaud Pélissac
""", "formal, warm, colleague presented with real confidence"),
    (3, "good", None, "Entretien de mardi : Hortense Mauduit vous recevra",
     """
Madame,

Un empêchement m'oblige à confier notre premier entretien sur votre projet d'extension, mardi 8 décembre à 16 h, à ma collègue Hortense Mauduit. Rien ne change pour vous : même heure, même adresse.

Avec toutes mes excuses et mes salutations distinguées,
Arnaud Pélissac
""", "very short, formal formula used warmly"),
    (3, "bad", "condescension", "Entretien du mardi 8 décembre",
     """
Madame Vaubourg,

Je ne pourrai pas mener notre premier entretien sur votre projet d'extension, le mardi 8 décembre à 16 h. Ma collègue Hortense Mauduit vous recevra à ma place. Elle est encore jeune dans le métier mais elle fait de son mieux, et pour un premier entretien cela suffira largement.

Bien cordialement,
Arnaud Pélissac
""", "faint praise of the colleague and belittles the client's first meeting"),
    (3, "bad", "coldness", "Changement d'interlocuteur",
     """
Madame,

Votre premier entretien sur votre projet d'extension du mardi 8 décembre à 16 h sera assuré par Hortense Mauduit. L'horaire est maintenu.

Salutations,
A. Pélissac
""", "no apology, no welcome to a new client; pure notice"),
    (4, "good", None, "Bienvenue et nos conditions d'annulation",
     """
Monsieur Lhermitte,

Merci de votre confiance et bienvenue parmi nos clients. Avant notre premier rendez-vous, je préfère vous présenter simplement nos conditions : un acompte de 20 % est demandé à la réservation, et toute annulation peut se faire sans frais jusqu'à 24 heures avant.

Si vous avez la moindre question, je suis à votre écoute.

Bien cordialement,
Salomé Craponne
""", "formal and welcoming"),
    (4, "good", None, "Nos conditions en deux lignes",
     """
Monsieur Lhermitte,

Pour être tout à fait clairs dès le départ : nous demandons un acompte de 20 %, et vous pouvez annuler sans frais jusqu'à 24 heures avant un rendez-vous. Au-delà, l'acompte reste acquis.

Au plaisir de travailler avec vous,
Salomé Craponne
""", "blunt, short, friendly close"),
    (4, "good", None, "Rappel amical de nos conditions",
     """
Monsieur Lhermitte,

Petit rappel, comme convenu lors de notre appel : nous demandons un acompte de 20 % à la réservation, et l'annulation est gratuite jusqu'à 24 heures avant le rendez-vous. Nous savons que les imprévus arrivent ; c'est précisément pour cela que le délai est court.

Je vous remercie et vous souhaite une belle fin de semaine.

Salomé Craponne
""", "'rappel' and 'comme convenu' used kindly"),
    (4, "bad", "bureaucratic_distance", "Conditions générales – annulation",
     """
Monsieur,

Nous vous prions de bien vouloir prendre connaissance des dispositions suivantes, applicables à compter de votre inscription : versement d'un acompte de 20 % ; délai d'annulation de 24 heures. Tout manquement à ces dispositions ne saurait engager notre responsabilité.

Veuillez agréer, Monsieur, nos salutations distinguées.

La direction
""", "cold legal notice to a brand-new client, no welcome, not even signed by a person"),
    (4, "bad", "passive_aggression", "Nos conditions d'annulation",
     """
Monsieur Lhermitte,

Bienvenue ! Nous sommes ravis de vous compter parmi nos clients.

Nos conditions sont simples : acompte de 20 % à la réservation, annulation gratuite jusqu'à 24 heures avant. Nous prenons la peine de les préciser par écrit car l'expérience nous a appris que les nouveaux clients ne les lisent pas toujours.

Bien cordialement,
Salomé Craponne
""", "warm opening, one barbed clause assuming the new client won't read"),
    (5, "good", None, "Revue du catalogue : version courte ?",
     """
Bonjour Léonie,

La clôture comptable me rattrape : est-ce qu'on pourrait garder notre revue du catalogue printemps de mercredi 9 décembre à 10 h, mais en 30 minutes ? Je prépare les trois points à trancher pour qu'on aille droit au but.

Merci beaucoup, et à mercredi !
Matthieu
""", "friendly, honest reason, effort to make the short slot useful"),
    (5, "bad", "over_familiarity", "Revue catalogue, version express",
     """
Coucou ma Léonie !

Tu vas me détester mais la clôture comptable me tue, donc notre revue du catalogue printemps de mercredi 9 décembre à 10 h, on la fait en 30 minutes chrono, ok ? De toute façon on sait toutes les deux que tu valides toujours tout, haha.

Gros bisous,
Matthieu
""", "over-familiar with a key client, flippant about her decisions"),
    (5, "bad", "blame", "Revue du catalogue printemps",
     """
Bonjour Léonie,

Je te propose de garder notre revue du catalogue printemps de mercredi 9 décembre à 10 h, mais sur 30 minutes, à cause de la clôture comptable. Cela dit, si les fiches produits nous étaient parvenues à temps la semaine dernière, nous n'en serions pas là.

Merci de ta compréhension,
Matthieu
""", "polite mail with one blaming clause near the end"),
    (6, "good", None, "Tout va bien ?",
     """
Bonjour Romain,

Je ne t'ai pas vu à la séance photo des nouveaux locaux mercredi 2 décembre à 11 h ; j'espère que tout va bien de ton côté. Si ça te va, on peut la refaire jeudi 10 décembre à 11 h, la lumière devrait être la même.

Dis-moi,
Capucine
""", "checks in first, offers a new time, no reproach"),
    (6, "good", None, "Séance photo",
     """
Romain,

On s'est manqués mercredi 2 décembre à 11 h pour la séance photo des nouveaux locaux. Pas de souci : jeudi 10 décembre à 11 h ?

Capucine
""", "very short but kind"),
    (6, "bad", "passive_aggression", "Séance photo des nouveaux locaux",
     """
Bonjour Romain,

J'espère que tout va bien. Pour info, le photographe et moi t'avons attendu une bonne heure mercredi 2 décembre à 11 h pour la séance photo des nouveaux locaux ; mais je suppose que tu avais mieux à faire.

Jeudi 10 décembre à 11 h, ça irait ? Cette fois-ci, un petit message serait apprécié si tu as un empêchement.

Capucine
""", "'je suppose que tu avais mieux à faire' and 'cette fois-ci'"),
    (6, "bad", "mock_enthusiasm", "Séance photo : on remet ça !!!",
     """
Bonjour Romain !!!

Quelle aventure, cette séance photo des nouveaux locaux de mercredi 2 décembre à 11 h ! Le studio vide, le café froid, une expérience inoubliable !

Alors on remet ça jeudi 10 décembre à 11 h ? J'ai TELLEMENT hâte !!!

Capucine
""", "mock enthusiasm mocking the no-show"),
]
