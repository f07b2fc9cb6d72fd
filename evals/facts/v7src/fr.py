"""Hand-written French records of the held-out v7 fact set (issue 13): 20 correct, 20 flawed."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2027-01-12", "2027-03-30", "2027-06-17", "2027-09-22", "2027-11-23"

RECORDS = [
    # ---------------------------------------------------------------- correct
    (A, ok(S("fr", "reschedule", "Ludivine Carrasco", "Thibaut Menessier", "formal", "key",
             meeting="Point trimestriel sur le chantier de la médiathèque", at="jeudi 14 janvier à 9 h",
             props=("mardi 19 janvier à 9 h", "mercredi 20 janvier à 16 h 30"),
             reason="le rapport du bureau de contrôle ne nous sera remis que le 18"),
           "Point médiathèque : nouvelle date à convenir",
           """Chère Madame Carrasco,

Le bureau de contrôle ne nous remettra son rapport que le 18 janvier ; tenir notre point trimestriel sur le chantier de la médiathèque jeudi sans ce document n'aurait guère de sens.

Je vous propose donc de le décaler au mardi 19 janvier, toujours à 9 heures, ou, si cela vous arrange mieux, au mercredi 20 en fin d'après-midi (16 h 30).

Merci de me dire ce qui vous convient le mieux.

Bien à vous,

Thibaut Menessier""",
           "correct: 'Chère Madame Carrasco', 'toujours à 9 heures', 'mercredi 20 en fin d'après-midi (16 h 30)', date from the reason restated")),
    (B, ok(S("fr", "reschedule", "Corentin Abgrall", "Maïwenn Keraudren", "friendly", "regular",
             meeting="Essayage des costumes du spectacle de fin d'année", at="jeudi 1er avril à 17 h",
             props=("mardi 6 avril à 17 h 30",), reason="la couturière a attrapé la grippe"),
           "Essayage reporté à mardi",
           """Coucou Corentin,

Notre couturière a la grippe, elle est clouée au lit… L'essayage des costumes de jeudi tombe donc à l'eau.

On se cale mardi 6/4 à 17h30 à la place ? Dis-moi si c'est bon pour toi.

Bises,
Maïwenn""",
           "correct: 'mardi 6/4 à 17h30' for mardi 6 avril à 17 h 30, first name only, idiom 'tombe à l'eau'")),
    (C, ok(S("fr", "reschedule", "Gaspard Lemercier-Ivanov", "Rosalie Fontenaille", "formal", "new",
             meeting="Présentation du projet de toiture végétalisée", at="vendredi 18 juin à 14 h",
             props=("lundi 21 juin à 10 h", "mardi 22 juin à 10 h", "jeudi 24 juin à 15 h"),
             reason="notre paysagiste est retenue sur un autre chantier"),
           "Toiture végétalisée : trois créneaux la semaine prochaine",
           """Monsieur Lemercier-Ivanov,

Notre paysagiste, sans qui je ne voudrais pas vous présenter le projet de toiture végétalisée, est retenue sur un autre chantier vendredi après-midi. Je me permets donc de vous proposer un autre moment :

• lundi 21 juin, 10 h ;
• mardi 22 juin, même heure ;
• jeudi 24 juin, 15 h.

Avec toutes mes excuses pour ce contretemps, je vous adresse mes salutations respectueuses.

Rosalie Fontenaille""",
           "correct: bare 'Monsieur' + double surname, 'même heure' for 10 h, list of three slots")),
    (D, ok(S("fr", "reschedule", "Isaure Delahaye-Boutin", "Florentin Gaudry", "formal", "regular",
             meeting="Inventaire de la bibliothèque du château de Morlanne", at="lundi 27 septembre à 10 h",
             props=("lundi 4 octobre à 10 h",), reason="le conservateur doit être présent et il est en congé"),
           "Inventaire de la bibliothèque – lundi 4 octobre",
           """Madame,

Le conservateur, dont la présence est indispensable pour l'inventaire de la bibliothèque du château de Morlanne, sera en congé lundi prochain. Pourrions-nous repousser d'une semaine, au lundi 4 octobre à 10 h ?

Je vous remercie de votre compréhension et vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

Florentin Gaudry""",
           "correct: 'repousser d'une semaine' (a week, not a fact), bare 'Madame'")),
    (E, ok(S("fr", "decline", "Aymeric Vasseur", "Clotilde Benhamou", "formal", "new",
             meeting="Démonstration du logiciel de paie Salarix", at="jeudi 25 novembre à 11 h",
             reason="nous avons renouvelé notre contrat actuel pour deux ans"),
           "Démonstration Salarix",
           """Bonjour Monsieur Vasseur,

Merci pour votre proposition de démonstration du logiciel de paie Salarix jeudi à 11 heures. Nous venons toutefois de reconduire notre contrat actuel pour les deux années qui viennent, si bien que je préfère ne pas vous faire perdre votre temps.

Je vous souhaite une bonne fin de journée.

Clotilde Benhamou""",
           "correct: reason restated 'deux années qui viennent', '11 heures'")),
    (A, ok(S("fr", "decline", "Nolwenn Guérec", "Pierre-Alain Duchâtel", "friendly", "key",
             meeting="Dîner de la promo 2009", at="vendredi 15 janvier à 20 h",
             reason="je serai au Québec pour le travail"),
           "Dîner de promo sans moi…",
           """Salut Nolwenn,

Mille regrets : vendredi je serai au Québec pour le boulot, donc je vais devoir faire l'impasse sur le dîner de la promo 2009. Trinque une fois pour moi !

Je t'embrasse,
Pierre-Alain""",
           "correct: 'Mille regrets', 'Trinque une fois pour moi' (number idioms), promo year from the meeting name")),
    (B, ok(S("fr", "shorten", "Éloi Marchadier", "Sandrine Pujol", "formal", "regular",
             meeting="Revue des indicateurs qualité du laboratoire", at="vendredi 2 avril à 14 h",
             dur=45, reason="j'ai un audit externe qui commence à 15 h"),
           "Revue qualité de vendredi : trois quarts d'heure",
           """Bonjour Monsieur Marchadier,

Un audit externe démarre vendredi à 15 heures, juste après notre revue des indicateurs qualité du laboratoire. Je vous propose donc de la ramener à trois quarts d'heure, à partir de 14 h comme prévu.

Je préparerai les tableaux en amont pour que nous allions à l'essentiel.

Cordialement,
Sandrine Pujol""",
           "correct: 'trois quarts d'heure' for 45 minutes, 15 h from the reason")),
    (C, ok(S("fr", "shorten", "Apolline Rivière", "Maxence Thuillier", "friendly", "regular",
             meeting="Atelier d'écriture du mercredi", at="mercredi 23 juin à 18 h", dur=30,
             reason="je dois récupérer ma fille à la crèche"),
           "Atelier mercredi, version courte",
           """Hello Apolline,

Petit souci d'organisation mercredi : c'est moi qui récupère ma fille à la crèche. Est-ce qu'on pourrait faire l'atelier d'écriture en une demi-heure seulement, à 18 h ? Promis, je viendrai avec mes textes déjà relus.

Merci mille fois !
Maxence""",
           "correct: 'une demi-heure' for 30, 'Merci mille fois'")),
    (D, ok(S("fr", "switch_to_call", "Hortense Laborde", "Yannick Pradier", "formal", "key",
             meeting="Comité de suivi de la fusion des deux agences", at="jeudi 30 septembre à 9 h 30",
             reason="une grève des trains est annoncée ce jour-là"),
           "Comité de suivi de jeudi : par téléphone",
           """Chère Madame Laborde,

Une grève des trains est annoncée pour jeudi 30 septembre. Plutôt que de risquer de vous faire attendre, je vous propose que le comité de suivi de la fusion des deux agences se tienne par téléphone, à l'heure prévue, 9 h 30.

Je vous appellerai à ce moment-là au numéro que vous m'avez habituellement donné, sauf si vous préférez que ce soit l'inverse.

Bien cordialement,
Yannick Pradier""",
           "correct: call at 9 h 30 restated, no number given, 'deux agences' from meeting name")),
    (E, ok(S("fr", "switch_to_call", "Quentin Ollivier", "Armelle Sourdeau", "friendly", "regular",
             meeting="Point sur les maquettes du site", at="vendredi 26 novembre à 16 h",
             props=("vendredi 26 novembre à 16 h 30",), reason="je serai en déplacement à Lille"),
           "Maquettes : on s'appelle vendredi ?",
           """Salut Quentin,

Je serai à Lille vendredi, donc impossible de passer au bureau pour les maquettes du site. On fait ça au téléphone ? Je te propose 16h30 plutôt que 16h, si ça te va.

À vendredi,
Armelle""",
           "correct: '16h30 plutôt que 16h' keeps old and new in their roles")),
    (A, ok(S("fr", "switch_to_email", "Bérengère Tissot", "Lucas Ferrandi", "formal", "regular",
             meeting="Validation du plan de formation 2027", at="mercredi 13 janvier à 15 h",
             reason="les derniers ajustements sont mineurs"),
           "Plan de formation 2027 : validation par écrit",
           """Bonjour Madame Tissot,

Les derniers ajustements du plan de formation 2027 sont très légers. Plutôt que de nous réunir demain à 15 h, je vous propose de le valider par écrit : je vous envoie la version annotée et vous pourrez me répondre quand cela vous arrange.

Bien à vous,
Lucas Ferrandi""",
           "correct: 'demain' for mercredi 13 (today Tue 12), reason paraphrased")),
    (C, ok(S("fr", "switch_to_email", "Dorian Maillefer", "Capucine Roux", "friendly", "new",
             meeting="Café pour parler du stage", at="lundi 21 juin à 8 h 30",
             reason="mon planning a explosé cette semaine"),
           "Ton stage : on s'écrit ?",
           """Bonjour Dorian,

Ma semaine s'est brusquement remplie, et je ne pourrai pas prendre ce café lundi matin. Je ne veux pas pour autant vous faire attendre : envoyez-moi vos questions sur le stage par mail, je vous réponds en détail.

À très vite,
Capucine""",
           "correct: friendly but 'vous' for a new contact, 'lundi matin' for 8 h 30")),
    (B, ok(S("fr", "delegate", "Gilles Fournaise", "Héloïse Marquant", "formal", "key",
             meeting="Négociation de l'avenant au bail commercial", at="mardi 6 avril à 11 h",
             col="Maître Solenn Peyrat", reason="je serai en audience à Nantes"),
           "Avenant au bail : Maître Peyrat vous recevra",
           """Cher Monsieur Fournaise,

Je serai retenue par une audience à Nantes le 6 avril. Pour ne pas retarder la négociation de l'avenant au bail commercial, ma consœur Maître Peyrat vous recevra à ma place, mardi à 11 heures comme convenu. Elle connaît parfaitement le dossier.

Je vous prie d'agréer, Cher Monsieur, l'expression de mes sentiments dévoués.

Héloïse Marquant""",
           "correct: colleague as 'Maître Peyrat' (title + surname), 'le 6 avril', '11 heures'")),
    (D, ok(S("fr", "delegate", "Sidonie Arnaud", "Matthias Kerbrat", "friendly", "regular",
             meeting="Réglage de la nouvelle imprimante", at="vendredi 24 septembre à 10 h",
             col="Timothée Lenoir", reason="je suis en formation toute la journée"),
           "Imprimante : Timothée passe vendredi",
           """Coucou Sidonie,

Je suis coincé en formation toute la journée vendredi, mais pas de panique : Timothée passera à 10 h pour régler la nouvelle imprimante. Il s'y connaît bien mieux que moi !

Bonne fin de semaine,
Matthias""",
           "correct: colleague by first name, 'pas de panique'")),
    (E, ok(S("fr", "no_show_followup", "Valentin Roussel", "Agathe Perrichon", "formal", "regular",
             meeting="Bilan annuel de votre épargne retraite", at="vendredi 19 novembre à 10 h",
             props=("lundi 29 novembre à 10 h", "mardi 30 novembre à 14 h")),
           "Bilan retraite : nouvelle date",
           """Bonjour Monsieur Roussel,

Je vous ai attendu vendredi dernier à 10 h pour le bilan annuel de votre épargne retraite, sans nouvelles de votre part. J'espère que tout va bien.

Si vous souhaitez que nous le fassions ensemble, je peux vous recevoir le lundi 29 novembre à la même heure, ou le mardi 30 à 14 h.

Cordialement,
Agathe Perrichon""",
           "correct: past meeting 'vendredi dernier à 10 h', 'à la même heure' for 10 h, 'le mardi 30'")),
    (A, ok(S("fr", "no_show_followup", "Margaux Delpierre", "Romain Estève", "formal", "new",
             meeting="Consultation de diététique", at="lundi 11 janvier à 17 h 45",
             pol={"fee_percent": 100}),
           "Votre consultation d'hier",
           """Madame Delpierre,

Vous étiez attendue hier à 17 h 45 pour votre consultation de diététique, à laquelle vous ne vous êtes pas présentée. Comme le prévoient mes conditions, une consultation manquée sans prévenir est facturée en totalité (100 %).

N'hésitez pas à me recontacter pour fixer un nouveau rendez-vous.

Cordialement,
Romain Estève""",
           "correct: 'hier' for lundi 11 (today Tue 12), 'en totalité (100 %)'")),
    (C, ok(S("fr", "late_cancellation", "Séverine Joubert", "Alban Chaumette", "formal", "regular",
             meeting="Séance photo portrait en studio", at="mercredi 16 juin à 10 h",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Annulation de la séance du 16 juin",
           """Bonjour Madame Joubert,

J'ai bien noté l'annulation de votre séance photo portrait d'hier, reçue trop tard. Mes conditions prévoient une annulation sans frais jusqu'à deux jours avant (48 heures) ; au-delà, la moitié du tarif est due, soit 50 %.

Je vous propose volontiers une nouvelle date quand vous le souhaiterez.

Bien cordialement,
Alban Chaumette""",
           "correct: 'deux jours avant (48 heures)', 'la moitié du tarif… soit 50 %'")),
    (D, ok(S("fr", "late_cancellation", "Félicien Marais", "Juliette Ravanel", "friendly", "key",
             meeting="Cours de voile privé", at="lundi 20 septembre à 9 h",
             props=("mercredi 29 septembre à 9 h",), pol={"deposit_percent": 30},
             reason="le vent annoncé était trop fort selon lui"),
           "Cours de voile : on remet ça le 29 ?",
           """Salut Félicien,

Pas de souci pour lundi, je comprends que le vent annoncé t'ait refroidi ! Comme d'habitude, l'acompte de 30 % reste acquis pour une annulation de dernière minute. Si tu veux te rattraper, je te propose mercredi 29 à 9 h.

À bientôt sur l'eau,
Juliette""",
           "correct: given deposit 30 % kept; 'mercredi 29 à 9 h'; client's reason paraphrased")),
    (B, ok(S("fr", "cancellation_policy", "Amandine Colleville", "Noé Berthelot", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Nos conditions d'annulation",
           """Madame Colleville,

Bienvenue parmi nos clients. Pour que les choses soient claires dès le départ, voici nos conditions : tout rendez-vous peut être annulé ou déplacé sans frais jusqu'à vingt-quatre heures à l'avance. Passé ce délai, la séance est facturée dans son intégralité (100 %).

Je reste à votre disposition pour toute question.

Noé Berthelot""",
           "correct: 'vingt-quatre heures' in words, no meeting")),
    (E, ok(S("fr", "cancellation_policy", "Hugues Tallandier", "Océane Brunerie", "formal", "regular",
             meeting="Stage de poterie du samedi", at="samedi 27 novembre à 14 h",
             pol={"notice_hours": 72, "deposit_percent": 40}),
           "Stage de poterie : rappel des conditions",
           """Bonjour Monsieur Tallandier,

Avant le stage de poterie de samedi 14 h, un petit rappel de nos conditions : l'acompte versé à l'inscription correspond à 40 % du prix. L'annulation est sans frais jusqu'à trois jours avant, c'est-à-dire 72 heures ; ensuite, l'acompte est conservé.

Au plaisir de vous voir à l'atelier,
Océane Brunerie""",
           "correct: 'trois jours avant, c'est-à-dire 72 heures', deposit 40 %")),
    # ---------------------------------------------------------------- flawed
    (A, bad("time_swapped", S("fr", "reschedule", "Anselme Kervella", "Daphné Lhermitte", "formal", "regular",
             meeting="Réunion de copropriété de la résidence Les Tilleuls", at="jeudi 21 janvier à 18 h 30",
             props=("mardi 26 janvier à 18 h 30",), reason="la salle municipale n'est plus disponible"),
           "Copropriété Les Tilleuls : changement de date",
           """Bonjour Monsieur Kervella,

La salle municipale que nous avions réservée n'est plus disponible. La réunion de copropriété de la résidence Les Tilleuls, prévue le mardi 26 janvier à 18 h 30, est donc déplacée au jeudi 21 janvier, même heure.

Merci de confirmer votre présence.

Cordialement,
Daphné Lhermitte""",
           "body: old (jeudi 21) and new (mardi 26) dates exchanged")),
    (B, bad("time_swapped", S("fr", "switch_to_call", "Léontine Basset", "Raphaël Azoulay", "friendly", "regular",
             meeting="Relecture du mémoire de master", at="jeudi 8 avril à 14 h",
             props=("jeudi 8 avril à 16 h",), reason="la bibliothèque est fermée pour inventaire"),
           "Mémoire : on s'appelle jeudi",
           """Salut Léontine,

La bibliothèque ferme jeudi pour inventaire, donc on ne pourra pas s'y retrouver. On fait la relecture de ton mémoire au téléphone ? Je t'appelle à 14h au lieu de 16h, ça me laisse un peu de marge.

Bon courage d'ici là,
Raphaël""",
           "body: '14h au lieu de 16h' inverts old (14 h) and new (16 h)")),
    (C, bad("time_recap_wrong", S("fr", "reschedule", "Constance Ferrière", "Benoît Lacombe", "formal", "key",
             meeting="Dégustation pour le menu du mariage", at="samedi 19 juin à 12 h",
             props=("samedi 26 juin à 12 h", "dimanche 27 juin à 11 h"), reason="notre chef est souffrant"),
           "Dégustation du menu : deux nouvelles dates",
           """Chère Madame Ferrière,

Notre chef est souffrant et ne pourra pas assurer samedi la dégustation pour le menu de votre mariage. Nous pouvons vous accueillir le samedi 26 juin à midi ou le dimanche 27 juin à 11 h.

Dans l'attente de votre choix, nous vous réservons donc le dimanche 27 à midi.

Avec nos excuses, bien chaleureusement,
Benoît Lacombe""",
           "recap: 'dimanche 27 à midi' mixes the two slots (offered: dim. 27 at 11 h)")),
    (D, bad("time_recap_wrong", S("fr", "shorten", "Edmond Perrault", "Laetitia Ruggieri", "formal", "regular",
             meeting="Revue de portefeuille client", at="mardi 28 septembre à 15 h", dur=20,
             reason="je remplace une collègue à l'accueil"),
           "Revue de portefeuille – mardi 28 septembre à 15 h 30",
           """Bonjour Monsieur Perrault,

Je remplace une collègue à l'accueil mardi et je ne disposerai que d'une vingtaine de minutes pour notre revue de portefeuille. Je vous propose de la maintenir à 15 h, en version courte : vingt minutes suffiront pour les points essentiels.

Cordialement,
Laetitia Ruggieri""",
           "subject names 15 h 30; the meeting is at 15 h")),
    (B, bad("weekday_wrong", S("fr", "late_cancellation", "Thaïs Montagnon", "Jérôme Castel", "formal", "regular",
             meeting="Massage en duo", at="lundi 29 mars à 19 h", props=("mardi 13 avril à 19 h",),
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Votre massage annulé hier",
           """Bonjour Madame Montagnon,

Nous avons bien reçu hier l'annulation de votre massage en duo. Comme elle nous est parvenue moins de 24 heures avant, 50 % de la prestation restent dus, conformément à nos conditions.

Nous serions ravis de vous recevoir à nouveau, par exemple le mercredi 13 avril à 19 h.

Bien cordialement,
Jérôme Castel""",
           "body: 'mercredi 13 avril' (13 avril 2027 is a Tuesday)")),
    (C, bad("weekday_wrong", S("fr", "decline", "Ambroise Gellé", "Sixtine Morvan", "formal", "regular",
             meeting="Salon des sous-traitants de l'aéronautique", at="mardi 29 juin à 9 h",
             reason="notre budget salons est épuisé pour l'année"),
           "Salon des sous-traitants – mercredi 29 juin",
           """Monsieur Gellé,

Je vous remercie pour votre invitation au salon des sous-traitants de l'aéronautique. Notre enveloppe consacrée aux salons est malheureusement épuisée pour cette année, et je ne pourrai donc pas y participer.

Je vous prie d'agréer mes salutations distinguées.

Sixtine Morvan""",
           "subject: 'mercredi 29 juin' (29 juin 2027 is a Tuesday)")),
    (D, bad("percent_swapped", S("fr", "cancellation_policy", "Marius Lecoq", "Anaïs Dauphin", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 30, "deposit_percent": 50}),
           "Nos conditions de réservation",
           """Bonjour Monsieur Lecoq,

Merci pour votre première réservation. À la confirmation, nous demandons un acompte de 30 %. Une annulation est gratuite jusqu'à 48 heures avant ; passé ce délai, des frais de 50 % du montant s'appliquent.

Bien cordialement,
Anaïs Dauphin""",
           "deposit 30 % and fee 50 % exchanged (given: fee 30 %, deposit 50 %)")),
    (E, bad("percent_swapped", S("fr", "late_cancellation", "Eugénie Prost", "Florian Besnard", "friendly", "regular",
             meeting="Location du voilier pour la journée", at="lundi 22 novembre à 8 h",
             pol={"fee_percent": 25, "deposit_percent": 75}),
           "Voilier de lundi",
           """Salut Eugénie,

Dommage pour lundi ! Tu m'as prévenu la veille au soir, donc je dois appliquer les conditions : l'acompte, qui était d'un quart (25 %), reste acquis, et les frais d'annulation se montent à 75 % de la location.

On se refait une sortie quand la météo sera plus clémente ?

Florian""",
           "deposit said 25 % and fee 75 % (given fee 25 %, deposit 75 %)")),
    (A, bad("policy_invented", S("fr", "no_show_followup", "Cyprien Doucet", "Mélusine Garnier", "formal", "regular",
             meeting="Séance de kinésithérapie du genou", at="vendredi 8 janvier à 8 h 15",
             props=("lundi 18 janvier à 8 h 15",)),
           "Séance de vendredi dernier",
           """Bonjour Monsieur Doucet,

Vous n'êtes pas venu à votre séance de kinésithérapie du genou de vendredi dernier, 8 h 15. Je vous rappelle qu'une séance non décommandée est facturée à moitié.

Je vous propose de reprendre le lundi 18 janvier à la même heure.

Cordialement,
Mélusine Garnier""",
           "'facturée à moitié' although no policy was given")),
    (C, bad("policy_invented", S("fr", "reschedule", "Perrine Aubriot", "Hadrien Colas", "formal", "key",
             meeting="Audit énergétique de l'entrepôt", at="vendredi 25 juin à 9 h",
             props=("mercredi 30 juin à 9 h",), reason="notre thermographe est en panne"),
           "Audit énergétique : report au 30 juin",
           """Chère Madame Aubriot,

Notre caméra thermique est en panne et ne sera réparée que la semaine prochaine. Je vous propose donc de reporter l'audit énergétique de l'entrepôt au mercredi 30 juin, à 9 h comme prévu. Bien entendu, l'acompte déjà versé reste valable.

Bien cordialement,
Hadrien Colas""",
           "'l'acompte déjà versé' invents a deposit nobody gave")),
    (B, bad("number_invented", S("fr", "decline", "Clémence Vautrin", "Arnaud Pelletier", "formal", "new",
             meeting="Présentation de votre offre de mobilier de bureau", at="jeudi 1er avril à 10 h",
             reason="nous avons déjà équipé nos nouveaux locaux"),
           "Votre offre de mobilier",
           """Madame Vautrin,

Je vous remercie de votre proposition de présentation jeudi. Nos nouveaux locaux sont toutefois déjà entièrement équipés : nous avons installé les 120 postes de travail le mois dernier, et je ne donnerai donc pas suite.

Je vous prie d'agréer mes salutations distinguées.

Arnaud Pelletier""",
           "'120 postes de travail' is a number nobody gave")),
    (D, bad("number_invented", S("fr", "switch_to_email", "Blandine Férand", "Octave Ruiz", "friendly", "regular",
             meeting="Point sur le devis de rénovation de la cuisine", at="jeudi 23 septembre à 18 h",
             reason="le devis est presque finalisé"),
           "Devis cuisine par mail",
           """Bonjour Blandine,

Le devis pour la rénovation de votre cuisine est presque bouclé. Pas besoin de nous voir demain soir : je vous l'envoie par mail, il tourne autour de 14 500 €, et vous me direz ce que vous en pensez.

Bien à vous,
Octave""",
           "'autour de 14 500 €' is a price nobody gave")),
    (E, bad("discount_invented", S("fr", "reschedule", "Gaëtan Royer", "Mathilde Sarrazin", "formal", "key",
             meeting="Livraison et installation de la cuisine", at="jeudi 25 novembre à 8 h",
             props=("lundi 29 novembre à 8 h",), reason="le client demande un geste pour le retard"),
           "Installation de votre cuisine : lundi 29",
           """Monsieur Royer,

Je suis désolée de vous annoncer que la livraison et l'installation de votre cuisine ne pourront pas avoir lieu jeudi. Nous pouvons intervenir le lundi 29 novembre à 8 h.

Pour compenser ce retard, nous vous accordons une remise de 10 % sur la pose.

Avec toutes nos excuses,
Mathilde Sarrazin""",
           "reason used as licence: 'remise de 10 %' nobody gave")),
    (A, bad("link_invented", S("fr", "switch_to_call", "Ninon Laplace", "Tristan Ober", "formal", "regular",
             meeting="Entretien annuel de suivi de mission", at="jeudi 21 janvier à 11 h",
             reason="je suis en télétravail cette semaine"),
           "Entretien de suivi en visio",
           """Bonjour Madame Laplace,

Je suis en télétravail toute la semaine ; je vous propose de faire notre entretien annuel de suivi de mission à distance, jeudi à 11 h comme prévu. Vous pourrez nous rejoindre ici : https://meet.ober-conseil.fr/suivi-laplace

Bien cordialement,
Tristan Ober""",
           "a video link nobody gave")),
    (B, bad("email_invented", S("fr", "delegate", "Virgile Amsellem", "Coralie Besson", "formal", "regular",
             meeting="Revue des contrats fournisseurs", at="lundi 5 avril à 14 h",
             col="Yves Delorme-Kato", reason="je pars en congé maternité"),
           "Contrats fournisseurs : Yves Delorme-Kato prend le relais",
           """Bonjour Monsieur Amsellem,

Je pars bientôt en congé maternité. Mon collègue Yves Delorme-Kato assurera à ma place la revue des contrats fournisseurs lundi 5 avril à 14 h. Vous pouvez lui écrire directement à yves.delorme@gmail.com.

Bien cordialement,
Coralie Besson""",
           "a private e-mail address nobody gave")),
    (C, bad("phone_invented", S("fr", "late_cancellation", "Ophélie Régnier", "Bastien Caron", "formal", "new",
             meeting="Visite guidée des caves", at="mardi 15 juin à 15 h",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Votre visite des caves",
           """Madame Régnier,

Nous avons bien reçu ce matin-là l'annulation de votre visite guidée des caves de mardi. Nos conditions prévoient une annulation sans frais jusqu'à 24 heures avant la visite ; au-delà, elle est facturée intégralement (100 %).

Pour réserver une nouvelle date, appelez-nous au 03 80 24 17 62.

Cordialement,
Bastien Caron""",
           "a phone number nobody gave")),
    (D, bad("title_or_company_invented", S("fr", "decline", "Lazare Pichon", "Noémie Fabre", "friendly", "regular",
             meeting="Apéro des anciens du club de rugby", at="vendredi 1er octobre à 19 h",
             reason="je suis de garde ce week-end"),
           "Apéro vendredi",
           """Salut Lazare,

Je suis de garde tout le week-end, donc pas d'apéro des anciens du club de rugby pour moi vendredi. Lève ton verre pour moi !

Bises,
Noémie Fabre
Infirmière coordinatrice – Clinique Saint-Roch""",
           "signature adds a job title and a clinic nobody gave")),
    (E, bad("name_near_miss", S("fr", "switch_to_email", "Sylvestre Chambolle", "Irène Vautour", "formal", "regular",
             meeting="Arbitrage du budget communication", at="mercredi 24 novembre à 10 h",
             reason="les chiffres définitifs arrivent tard"),
           "Budget communication : échange par écrit",
           """Bonjour Monsieur Chambole,

Les chiffres définitifs n'arriveront que tard. Plutôt que de nous réunir à 10 h pour l'arbitrage du budget communication, je vous propose d'échanger par écrit dès que je les aurai.

Cordialement,
Irène Vautour""",
           "greeting 'Chambole' for Chambolle (one letter dropped)")),
    (A, bad("place_changed", S("fr", "reschedule", "Aurore Mazeau", "Quentin Delattre", "formal", "regular",
             meeting="Visite de l'usine de Villefranche-sur-Saône", at="mardi 19 janvier à 10 h",
             props=("mardi 26 janvier à 10 h",), reason="la ligne de production est à l'arrêt pour maintenance"),
           "Visite d'usine : mardi 26 janvier",
           """Bonjour Madame Mazeau,

La ligne de production est à l'arrêt pour maintenance la semaine prochaine. Je vous propose donc de repousser la visite de l'usine de Villeurbanne au mardi 26 janvier, même heure.

Bien cordialement,
Quentin Delattre""",
           "place: 'Villeurbanne' for Villefranche-sur-Saône")),
    (E, bad("foreign_paragraph", S("fr", "switch_to_call", "Prudence Aubert", "Killian Roche", "formal", "regular",
             meeting="Réunion de lancement du catalogue printemps", at="mercredi 24 novembre à 9 h",
             reason="l'imprimeur ne peut pas se déplacer"),
           "Lancement du catalogue : par téléphone",
           """Bonjour Madame Aubert,

L'imprimeur ne pourra pas se déplacer mercredi pour la réunion de lancement du catalogue printemps. Je vous propose de la tenir par téléphone, à 9 h comme prévu.

Si le parece bien, le llamaré a esa hora y conectaré también al impresor.

Bien cordialement,
Killian Roche""",
           "one paragraph in Spanish")),
]
