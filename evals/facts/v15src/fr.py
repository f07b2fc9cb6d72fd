"""v15, French: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v15src._d import A, B, C, D, E


def S(*a, **k):
    return _S("fr", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Hortense Vaucanson", "Théophile Brassac", "formal", "regular",
             meeting="Visite des ruches du rucher des Combes", at="jeudi 19 juillet à 9 h 30",
             props=["mardi 24 juillet à 9 h 30", "mercredi 25 juillet à 14 h 30"],
             reason="un orage est annoncé jeudi et les abeilles seront trop nerveuses"),
           "Visite du rucher : nouvelles dates",
           """
Chère Madame Vaucanson,

Un orage est annoncé pour jeudi : les abeilles seront nerveuses et la visite des ruches de 9 h 30 ne se passerait pas bien. Je vous propose de la reporter :

- au mardi 24/7, même heure ;
- ou au mercredi 25 juillet à 14h30.

Bien cordialement,
Théophile Brassac
""", "correct: 'Chère Madame' + surname, '24/7', '14h30', reason reworded")),
    (A, ok(S("decline", "Anatole Ferrandou", "Capucine Lemerle", "friendly", "key",
             meeting="Test de la nouvelle salle « Le Cabinet du Docteur Z »", at="vendredi 20 juillet à 18 h",
             reason="les cadenas commandés lundi ne sont toujours pas livrés"),
           "Test de vendredi",
           """
Salut Anatole,

Je dois annuler le test du Cabinet du Docteur Z vendredi : les cadenas commandés lundi ne sont toujours pas arrivés, et sans eux la salle ne tient pas debout.

Je te fais signe dès qu'ils sont là !

Capucine
""", "correct: weekday 'lundi' inside the retold reason, idiom 'ne tient pas debout', 'Z' in the meeting name")),
    (A, ok(S("shorten", "Marguerite Daubenton", "Valentin Escoffier", "formal", "new",
             meeting="Première consultation d'orthodontie pour Léonie", at="lundi 23 juillet à 11 h", dur=30,
             reason="je remplace une consœur en congé ce matin-là"),
           "Consultation de Léonie, lundi 23 juillet",
           """
Madame,

Je vous confirme la première consultation de Léonie le lundi 23 juillet à 11 heures. Je remplace toutefois une consœur en congé ce matin-là et devrai donc la limiter à une demi-heure.

C'est largement suffisant pour un premier bilan ; nous approfondirons lors du rendez-vous suivant.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Valentin Escoffier
""", "correct: 'une demi-heure' for 30, 'Madame,' alone, '11 heures'")),
    (A, ok(S("late_cancellation", "Baptiste Quérel", "Ondine Sarrazin", "formal", "regular",
             meeting="Séance privée de yoga au domaine de Crestelune", at="lundi 16 juillet à 7 h",
             props=["lundi 23 juillet à 7 h"], pol={"notice_hours": 24, "fee_percent": 50}),
           "Votre séance d'hier",
           """
Bonjour Monsieur Quérel,

Merci de nous avoir prévenus pour la séance d'hier matin. L'annulation étant intervenue moins de 24 heures à l'avance, la moitié du tarif de la séance (50 %) reste due, conformément à nos conditions.

Nous serions heureux de vous accueillir lundi prochain, le 23, à la même heure.

Bien à vous,
Ondine Sarrazin
""", "correct: 'hier matin', 'la moitié ... (50 %)', 'lundi prochain, le 23', 'même heure'")),
    (B, ok(S("switch_to_call", "Eulalie Marchadier", "Rodolphe Vantroys", "formal", "key",
             meeting="Point sur le diagnostic de la charpente de la grange de Villiers", at="jeudi 23 août à 10 h",
             reason="les résultats des carottages ne sont pas encore revenus du laboratoire"),
           "Jeudi : un appel plutôt qu'une visite ?",
           """
Madame Marchadier,

Les résultats des carottages ne sont pas encore revenus du laboratoire ; une visite à la grange jeudi n'apporterait donc pas grand-chose. Je vous propose de faire le point sur la charpente par téléphone, à 10 h comme prévu.

Je vous appellerai sur le numéro que vous nous avez communiqué, sauf avis contraire.

Cordialement,
Rodolphe Vantroys
""", "correct: refers to a number the client gave without stating one, '10 h comme prévu'")),
    (B, ok(S("switch_to_email", "Félicien Garrigou", "Apolline Rieux", "friendly", "regular",
             meeting="Bilan du déploiement des tablettes au collège Jean-Rostand", at="lundi 27 août à 15 h 30",
             reason="je passe l'après-midi à faire la tournée de trois écoles"),
           "Bilan des tablettes",
           """
Bonjour Félicien,

Lundi après-midi je fais la tournée de trois écoles, alors plutôt que de caser notre point de 15h30 entre deux, on le fait par mail ?

Envoie-moi où vous en êtes et ce qui bloque, je te réponds dans la soirée.

À bientôt,
Apolline
""", "correct: 'trois écoles' from the reason, '15h30'")),
    (B, ok(S("no_show_followup", "Clotilde Aubertin", "Maxence Tholozan", "friendly", "new",
             meeting="Dégustation des paniers bio de la rentrée", at="lundi 20 août à 18 h",
             props=["mercredi 29 août à 18 h", "vendredi 31 août à 12 h 30"]),
           "On vous a attendue hier",
           """
Bonjour Clotilde,

Nous vous avions gardé une place hier soir pour la dégustation des paniers de la rentrée, mais nous ne vous avons pas vue. Aucun souci, ça arrive !

Si l'envie vous prend, on remet ça le mercredi 29 à 18 h, ou le vendredi 31 août à midi et demi.

À très vite, j'espère !
Maxence
""", "correct: 'hier soir' for the past meeting, 'le mercredi 29', 'midi et demi' for 12 h 30")),
    (B, ok(S("cancellation_policy", "Gaëtan Pellegrin", "Solène Tramoni", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 20}),
           "Nos conditions d'annulation",
           """
Monsieur,

Bienvenue parmi nous. Avant votre première réservation, voici nos conditions :

– un acompte de 20 % est versé à la réservation ;
– vous pouvez annuler ou déplacer votre rendez-vous sans frais jusqu'à deux jours (48 heures) avant.

Je reste à votre disposition pour toute question.

Cordialement,
Solène Tramoni
""", "correct: 'deux jours (48 heures)', 'sans frais' before the given notice, 'Monsieur,' alone")),
    (C, ok(S("delegate", "Joséphine Larrieu", "Aymeric Delbosc", "formal", "key",
             meeting="Organisation des obsèques de M. Lucien Larrieu-Castagné", at="vendredi 14 septembre à 11 h",
             col="Bernadette Sauvageot", reason="j'ai été appelé auprès d'une autre famille"),
           "Notre rendez-vous de vendredi",
           """
Chère Madame,

Je vous prie de m'excuser : j'ai été appelé auprès d'une autre famille et ne pourrai pas être présent vendredi à 11 heures.

Ma collègue Bernadette Sauvageot vous recevra à ma place. Elle travaille à mes côtés depuis de longues années et prendra le plus grand soin de l'organisation des obsèques de M. Larrieu-Castagné. Elle a mes notes : vous n'aurez rien à répéter.

Avec mes sincères condoléances,
Aymeric Delbosc
""", "correct: 'Chère Madame' alone, 'de longues années' (no number)")),
    (C, ok(S("reschedule", "Eudes Morvan", "Lila Chassagne", "friendly", "regular",
             meeting="Lancement de la traduction du manuel en 9 langues", at="lundi 17 septembre à 9 h",
             props=["jeudi 20 septembre à 9 h"], reason="notre responsable terminologie est malade cette semaine"),
           "Lancement décalé à jeudi",
           """
Salut Eudes,

Notre responsable terminologie est malade cette semaine, alors je préfère décaler le lancement de lundi à jeudi 20, toujours à 9 h.

Ça te va ?

Lila
""", "correct: '9 langues' in the meeting name not repeated, 'jeudi 20'")),
    (C, ok(S("decline", "Ghislaine Poirot", "Évariste Lacombe", "formal", "new",
             meeting="Appel de présentation sur les prairies mellifères de la commune", at="mardi 18 septembre à 14 h 30",
             reason="je ne conseille que des jardins privés"),
           "Votre demande sur les prairies mellifères",
           """
Madame Poirot,

Merci d'avoir pensé à moi pour les prairies mellifères de la commune et de m'avoir proposé un appel le mardi 18 septembre à 14 h 30.

Je dois malheureusement décliner : mon activité se limite aux jardins privés, et un projet public de cette ampleur sort de mes compétences. Je préfère vous le dire tout de suite.

Je vous souhaite pleine réussite.

Bien cordialement,
Évariste Lacombe
""", "correct: reason paraphrased")),
    (C, ok(S("late_cancellation", "Romuald Castaing", "Perrine Ollivier", "friendly", "regular",
             meeting="Session d'équipe dans la salle « Le Tombeau du Pharaon »", at="mardi 11 septembre à 19 h",
             pol={"notice_hours": 72, "deposit_percent": 25}),
           "Votre réservation d'hier soir",
           """
Bonjour Romuald,

Merci pour ton message au sujet d'hier soir. Comme l'annulation est arrivée moins de trois jours avant (72 h), nous conservons l'acompte de 25 % ; tu n'as rien d'autre à régler.

Le Pharaon vous attendra quand l'équipe voudra retenter sa chance !

Perrine
""", "correct: 'trois jours ... (72 h)', 'hier soir' for 11 Sep, deposit kept")),
    (D, ok(S("switch_to_call", "Ysaline Berthomieu", "Corentin Mabire", "friendly", "key",
             meeting="Préparation de la retraite de yoga du personnel au mas des Oliviers", at="mercredi 24 octobre à 12 h",
             reason="ma voiture est au garage jusqu'à vendredi"),
           "Demain midi",
           """
Coucou Ysaline,

Ma voiture est au garage jusqu'à vendredi, je ne pourrai pas monter au mas demain. On fait le point par téléphone à midi ?

Corentin
""", "correct: very short, 'vendredi' in the reason, 'midi' for 12 h, 'demain'")),
    (D, ok(S("delegate", "Anselme Roquebrune", "Cunégonde Fayolle", "formal", "regular",
             meeting="Revue trimestrielle des tickets d'assistance des 6 écoles du secteur", at="mardi 30 octobre à 13 h 30",
             col="Nassim Bellanger"),
           "Revue trimestrielle des tickets",
           """
Monsieur Roquebrune,

Pour notre revue trimestrielle des tickets d'assistance du mardi 30/10 à 13h30, c'est mon collègue Nassim Bellanger qui me remplacera. Il a traité la plupart des demandes de vos écoles ce trimestre et les connaît bien.

Bien cordialement,
Cunégonde Fayolle
""", "correct: '30/10', '13h30', '6 écoles' in the meeting name not repeated")),
    (D, ok(S("no_show_followup", "Domitille Carrère", "Lazare Pontet", "formal", "regular",
             meeting="Pose de la contention de Domitille", at="lundi 22 octobre à 16 h 15",
             props=["jeudi 1 novembre à 16 h 15"], pol={"fee_percent": 30}),
           "Rendez-vous d'hier",
           """
Madame Carrère,

Nous ne vous avons pas vue hier à 16 h 15 pour la pose de votre contention. Comme prévu dans nos conditions, 30 % du montant de la séance sont facturés pour un rendez-vous non honoré.

Nous vous avons réservé le jeudi 1er novembre à la même heure ; merci de nous dire s'il vous convient.

Cordialement,
Lazare Pontet
""", "correct: 'jeudi 1er novembre' (ordinal), 30% fee, 'hier'")),
    (D, ok(S("reschedule", "Florimond Pichegru", "Bérengère Lautrec", "formal", "new",
             meeting="Visite de chantier sur le linteau fissuré, 12 rue des Tanneurs", at="vendredi 26 octobre à 8 h",
             props=["lundi 29 octobre à 8 h", "lundi 29 octobre à 15 h"],
             reason="l'échafaudage ne sera monté que ce week-end"),
           "Visite rue des Tanneurs : lundi plutôt",
           """
Monsieur,

L'échafaudage rue des Tanneurs ne sera monté que ce week-end : inspecter le linteau vendredi n'aurait guère de sens. Je vous propose de décaler notre visite au lundi 29 octobre, soit à la première heure (8 h), soit l'après-midi à 15 heures.

Je vous laisse me dire ce qui vous convient.

Bien cordialement,
Bérengère Lautrec
""", "correct: 'à la première heure (8 h)', '15 heures', address number not repeated")),
    (E, ok(S("cancellation_policy", "Léandre Cauvin", "Mahaut Desforges", "friendly", "new",
             meeting="Week-end de yoga dans le Vercors", at="vendredi 7 décembre à 17 h",
             pol={"notice_hours": 168, "fee_percent": 100, "deposit_percent": 30}),
           "Ton week-end dans le Vercors : conditions",
           """
Bonjour Léandre,

Ravie que tu viennes dans le Vercors le 7 ! Pour que tout soit clair d'ici là :

• l'acompte de 30 % confirme ta place ;
• en cas d'annulation, préviens-nous au moins une semaine avant (168 heures) ;
• au-delà, le séjour est dû en totalité (100 %).

À vendredi 7, 17 h !

Mahaut
""", "correct: 'une semaine avant (168 heures)', 'en totalité (100 %)', 'le 7'")),
    (E, ok(S("switch_to_email", "Sidonie Vasseur", "Amaury Lestrade", "formal", "regular",
             meeting="Relecture des sous-titres allemands et polonais du film du musée", at="jeudi 29 novembre à 10 h 30",
             props=["lundi 3 décembre à 10 h 30"], reason="le musée demande toutes les modifications par écrit"),
           "Relecture des sous-titres par écrit",
           """
Madame Vasseur,

Le musée souhaitant que toutes les modifications soient faites par écrit, je vous propose de mener la relecture de jeudi par e-mail plutôt qu'en réunion à 10 h 30. Je vous envoie les fichiers allemands et polonais annotés ; s'il reste des points à discuter, nous pourrons nous appeler le lundi 3 décembre à dix heures et demie.

Bien à vous,
Amaury Lestrade
""", "correct: 'dix heures et demie' for 10 h 30, reason reworded")),
    (E, ok(S("shorten", "Honorine Plessis", "Wandrille Caradec", "friendly", "key",
             meeting="Préparation des 60 paniers de Noël", at="mercredi 5 décembre à 9 h",
             dur=45, reason="la camionnette de livraison part à 10 h"),
           "Mercredi, en plus court",
           """
Bonjour Honorine,

Toujours d'accord pour mercredi 9 h ! La camionnette part à 10 h, par contre : on se limite à trois quarts d'heure ? Si on va droit au but sur les paniers de Noël, ça suffira largement.

Wandrille
""", "correct: 'trois quarts d'heure' for 45, '10 h' from the reason, '60' in the meeting name not repeated")),
    (E, ok(S("decline", "Philibert Nganga", "Gwladys Kerbrat", "formal", "key",
             meeting="Soutenance pour le marché d'interprétariat du tribunal de Quimper", at="vendredi 30 novembre à 14 h",
             props=["mardi 4 décembre à 14 h"],
             reason="deux de nos interprètes judiciaires sont pris par un long procès cette semaine-là"),
           "Vendredi 30 novembre",
           """
Monsieur Nganga,

Merci de nous avoir invités à présenter notre offre pour le marché du tribunal de Quimper. Nous ne pourrons malheureusement pas être présents le vendredi 30 novembre à 14 h : deux de nos interprètes judiciaires sont retenus par un long procès cette semaine-là, et nous ne voulons pas présenter sans eux.

Si la commission pouvait nous recevoir le mardi 4 décembre à la même heure, nous en serions ravis.

Veuillez agréer, Monsieur, nos salutations distinguées.

Gwladys Kerbrat
""", "correct: 'deux de nos interprètes' from the reason, 'même heure'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_recap_wrong", S("reschedule", "Séverine Gastinel", "Armand Lhuillier", "formal", "regular",
             meeting="Extraction du miel d'été à la miellerie de Saint-Véran", at="mercredi 18 juillet à 10 h",
             props=["vendredi 20 juillet à 14 h"], reason="l'extracteur doit être réparé"),
           "Extraction du miel reportée",
           """
Madame Gastinel,

Notre extracteur doit être réparé : l'extraction de mercredi ne pourra pas avoir lieu. Je vous propose de la décaler au vendredi 20 juillet à 14 h.

Je vous attends donc vendredi à 10 h à la miellerie.

Cordialement,
Armand Lhuillier
""", "the closing recap names 10 h (the old hour) instead of 14 h")),
    (A, bad("policy_invented", S("late_cancellation", "Hippolyte Mazargues", "Ludivine Fabre", "formal", "regular",
             meeting="Partie en famille dans la salle « Le Sous-marin englouti »", at="dimanche 15 juillet à 15 h",
             props=["samedi 28 juillet à 15 h"]),
           "Votre réservation de dimanche",
           """
Monsieur Mazargues,

Merci de nous avoir prévenus pour dimanche. Selon nos conditions générales, une annulation le jour même ne donne pas lieu à remboursement ; nous serions néanmoins ravis d'accueillir votre famille le samedi 28 juillet à 15 h.

Cordialement,
Ludivine Fabre
""", "'Selon nos conditions générales ... pas de remboursement': a policy nobody gave")),
    (A, bad("number_invented", S("shorten", "Aurélien Bouchardeau", "Clémence Ribot", "formal", "new",
             meeting="Contrôle de l'appareil dentaire de Maël", at="jeudi 26 juillet à 8 h 30", dur=20,
             reason="le cabinet ouvre plus tard ce jour-là"),
           "Contrôle de Maël jeudi",
           """
Monsieur,

Je vous confirme le contrôle de l'appareil de Maël le jeudi 26 juillet à 8 h 30. Le cabinet ouvrant plus tard ce jour-là, la séance durera vingt minutes au lieu des trois quarts d'heure habituels.

Bien cordialement,
Clémence Ribot
""", "'trois quarts d'heure habituels': a usual duration nobody gave")),
    (A, bad("title_or_company_invented", S("decline", "Églantine Morisseau", "Josselin Pradier", "formal", "new",
             meeting="Visite pour le calcul de l'escalier de secours", at="lundi 23 juillet à 13 h",
             reason="notre planning est complet jusqu'à l'automne"),
           "Votre escalier de secours",
           """
Madame Morisseau,

Merci pour votre demande. Notre planning étant complet jusqu'à l'automne, je dois décliner la visite du lundi 23 juillet à 13 h.

Veuillez agréer, Madame, mes salutations distinguées.

Josselin Pradier
Ingénieur structure – Pradier & Associés BET
""", "signature adds a job title and a company nobody gave")),
    (B, bad("weekday_wrong", S("switch_to_call", "Bertille Cazenave", "Ruben Achour", "friendly", "regular",
             meeting="Point sur les coupures Wi-Fi de l'école Jules-Ferry", at="mercredi 22 août à 11 h",
             reason="je suis bloqué toute la matinée sur un autre site"),
           "Notre point de jeudi 22 août",
           """
Salut Bertille,

Je suis coincé toute la matinée sur un autre site, je ne pourrai pas passer à Jules-Ferry pour notre point de 11 h. On en parle au téléphone à la même heure ?

Ruben
""", "subject says 'jeudi 22 août'; 22 Aug 2029 is a Wednesday")),
    (B, bad("percent_swapped", S("no_show_followup", "Fulbert Delaunay", "Mélisande Carpentier", "formal", "regular",
             meeting="Cours de yoga restauratif au studio La Lanterne", at="lundi 20 août à 18 h 30",
             props=["lundi 27 août à 18 h 30"], pol={"fee_percent": 40, "deposit_percent": 15}),
           "Le cours d'hier",
           """
Monsieur Delaunay,

Nous ne vous avons pas vu au cours d'hier soir. Conformément à nos conditions, l'acompte de 40 % est conservé et 15 % du prix du cours sont facturés pour une absence.

Au plaisir de vous accueillir lundi prochain, le 27, à 18 h 30.

Bien cordialement,
Mélisande Carpentier
""", "deposit and fee percentages swapped (fee 40, deposit 15)")),
    (B, bad("discount_invented", S("reschedule", "Roselyne Thibaudeau", "Enguerrand Salles", "formal", "key",
             meeting="Dégustation du menu d'automne des paniers bio", at="jeudi 23 août à 17 h",
             props=["mardi 28 août à 17 h"], reason="notre maraîcher a une semaine de retard et la cliente souhaite un geste"),
           "Dégustation déplacée",
           """
Madame Thibaudeau,

Notre maraîcher a une semaine de retard : nous devons décaler la dégustation de jeudi au mardi 28 août, toujours à 17 h.

Pour nous faire pardonner, votre prochain panier vous sera offert à moitié prix.

Avec nos excuses,
Enguerrand Salles
""", "the reason asks for a gesture; 'à moitié prix' is a discount nobody gave")),
    (B, bad("link_invented", S("switch_to_email", "Pacôme Rigaud", "Inès Baudouin", "friendly", "new",
             meeting="Revue du glossaire juridique anglais-français", at="vendredi 24 août à 9 h 30",
             reason="je n'ai plus de voix"),
           "Glossaire par écrit",
           """
Bonjour Pacôme,

J'ai complètement perdu la voix : on passe la revue du glossaire de vendredi 9 h 30 par écrit ?

J'ai déposé mes remarques ici : glossaire.traducteurs-rigaud.fr/revue. Réponds directement dans le document.

Inès
""", "a link nobody gave")),
    (C, bad("email_invented", S("delegate", "Marie-Ange Courtois", "Honoré Vasseur", "formal", "regular",
             meeting="Rendez-vous sur le texte du livret de cérémonie", at="lundi 17 septembre à 10 h",
             col="Adélaïde Brunel"),
           "Rendez-vous de lundi",
           """
Madame Courtois,

Je ne pourrai malheureusement pas vous recevoir lundi 17 septembre à 10 h. Ma collègue Adélaïde Brunel reprendra avec vous le texte du livret ; vous pouvez lui écrire dès maintenant à a.brunel@pf-lumiere.fr.

Avec mes pensées,
Honoré Vasseur
""", "an e-mail address nobody gave")),
    (C, bad("name_near_miss", S("decline", "Ombeline Jacquemart", "Thibault Roussel", "friendly", "regular",
             meeting="Formation à la capture d'essaims pour le club apicole", at="jeudi 20 septembre à 18 h",
             reason="je suis au salon du miel toute la semaine"),
           "Formation du 20",
           """
Salut Ombeline Jacquemard,

Je suis au salon du miel toute la semaine, je ne pourrai donc pas animer la formation essaims du jeudi 20 à 18 h. Désolé pour le club !

Thibault
""", "near-miss surname 'Jacquemard' for Jacquemart")),
    (C, bad("phone_invented", S("switch_to_call", "Ferdinand Aubry", "Soizic Kerhervé", "formal", "new",
             meeting="Entretien d'accueil pour la retraite de yoga en silence", at="mardi 18 septembre à 16 h",
             reason="le centre est fermé pour travaux"),
           "Mardi par téléphone",
           """
Monsieur Aubry,

Le centre étant fermé pour travaux, je vous propose de faire notre entretien de mardi 16 h par téléphone. Vous pouvez me joindre au 06 41 27 83 59.

Bien cordialement,
Soizic Kerhervé
""", "a phone number nobody gave")),
    (C, bad("weekday_wrong", S("no_show_followup", "Gonzague Perrichon", "Léa Vautrin", "friendly", "regular",
             meeting="Formation du personnel à la salle « L'Atelier de l'horloger »", at="lundi 10 septembre à 9 h",
             props=["vendredi 14 septembre à 9 h"]),
           "La formation de lundi",
           """
Salut Gonzague,

On ne t'a pas vu lundi matin à la formation de l'Atelier de l'horloger. Tout va bien ? Une autre session a lieu jeudi 14 septembre à 9 h si tu peux.

Léa
""", "'jeudi 14 septembre': 14 Sep 2029 is a Friday")),
    (D, bad("place_changed", S("reschedule", "Prudence Lachaume", "Matthias Olivero", "formal", "key",
             meeting="Essai de charge de la passerelle de Pont-de-Roide", at="jeudi 25 octobre à 7 h 30",
             props=["mardi 30 octobre à 7 h 30"], reason="le Doubs est en crue après la tempête"),
           "Essai de charge reporté",
           """
Madame Lachaume,

Le Doubs est en crue depuis la tempête : nous devons reporter l'essai de charge de la passerelle de Pont-de-Roche au mardi 30 octobre, toujours à 7 h 30.

Bien cordialement,
Matthias Olivero
""", "place changed inside the meeting: 'Pont-de-Roche' for Pont-de-Roide")),
    (D, bad("policy_invented", S("cancellation_policy", "Vivien Estrade", "Garance Mollat", "formal", "new",
             pol={"deposit_percent": 25}),
           "Conditions de réservation",
           """
Monsieur Estrade,

Merci d'avoir réservé votre bilan orthodontique. Un acompte de 25 % est demandé à la réservation ; il vous est intégralement remboursé si vous annulez la veille au plus tard.

Au plaisir de vous recevoir,
Garance Mollat
""", "'remboursé si vous annulez la veille': a notice rule nobody gave (only deposit 25%)")),
    (D, bad("foreign_paragraph", S("switch_to_email", "Laurène Cordier", "Octave Maillard", "formal", "regular",
             meeting="Relecture du rapport annuel traduit de l'espagnol", at="vendredi 26 octobre à 14 h",
             reason="la mise en page définitive ne sera prête que vendredi"),
           "Relecture par e-mail",
           """
Madame Cordier,

La mise en page définitive ne sera prête que vendredi ; je vous propose donc de faire la relecture du rapport par e-mail plutôt qu'en réunion à 14 h.

Le enviaré las páginas corregidas en cuanto tenga la maquetación, con mis comentarios al margen.

Cordialement,
Octave Maillard
""", "the second paragraph is in Spanish")),
    (D, bad("time_swapped", S("late_cancellation", "Edmée Tournier", "Baudouin Favre", "friendly", "regular",
             meeting="Cours hebdomadaire de yoga dynamique", at="lundi 22 octobre à 19 h",
             props=["mercredi 24 octobre à 19 h"], pol={"notice_hours": 12, "fee_percent": 100}),
           "Le cours de mercredi",
           """
Bonjour Edmée,

Dommage pour le cours de mercredi ! L'annulation étant arrivée moins de 12 h avant, il est dû en totalité (100 %).

Il reste une place lundi à 19 h si tu veux te rattraper.

Baudouin
""", "roles swapped: Wednesday (the offered class) named as the cancelled one, Monday (the missed one) offered")),
    (E, bad("place_changed", S("switch_to_call", "Clovis Marchal", "Sabine Deleuze", "formal", "key",
             meeting="Revue des tickets en attente du lycée Descartes", at="mercredi 28 novembre à 15 h",
             reason="le réseau du lycée est en panne et je suis sur place"),
           "Revue de demain par téléphone",
           """
Monsieur Marchal,

Le réseau du lycée est en panne et je suis sur place pour le rétablir : je vous propose de passer en revue les tickets du lycée Desnos demain à 15 h, par téléphone.

Cordialement,
Sabine Deleuze
""", "place changed inside the meeting: 'lycée Desnos' for lycée Descartes")),
    (E, bad("email_invented", S("decline", "Bénédicte Arnoux", "Quentin Larivière", "formal", "new",
             meeting="Devis pour la traduction du site du domaine viticole en japonais", at="lundi 3 décembre à 11 h",
             reason="nous ne traduisons pas vers le japonais"),
           "Votre site en japonais",
           """
Madame Arnoux,

Merci d'avoir pensé à nous. Nous devons malheureusement décliner le rendez-vous du lundi 3 décembre à 11 h : nous ne traduisons pas vers le japonais. Vous pouvez toutefois écrire de notre part à contact@nippon-traductions.fr, une agence qui s'en charge.

Bien cordialement,
Quentin Larivière
""", "an e-mail address (of an agency nobody mentioned) nobody gave")),
    (E, bad("name_near_miss", S("no_show_followup", "Ambroisine Lefranc", "Jérémie Tissot", "friendly", "new",
             meeting="Séance découverte à la salle « Le Coffre des Chiffres »", at="vendredi 23 novembre à 18 h",
             props=["vendredi 7 décembre à 18 h"]),
           "On vous a manqué",
           """
Bonjour Ambroisine,

Dommage de ne pas vous avoir vue vendredi à la séance découverte ! Si vous voulez toujours tenter le Coffre des Chiffres, il reste de la place le vendredi 7 décembre à 18 h.

À bientôt,
Jérémie Tisot
""", "the sender signs 'Tisot' for Tissot (one letter dropped)")),
    (E, bad("percent_swapped", S("cancellation_policy", "Anselmine Gauthier", "Raphaël Combaz", "formal", "new",
             meeting="Retraite de yoga au col de la Croix-Fry", at="vendredi 7 décembre à 17 h",
             pol={"notice_hours": 72, "fee_percent": 60, "deposit_percent": 30}),
           "Conditions d'annulation de la retraite",
           """
Madame Gauthier,

Pour votre retraite du vendredi 7 décembre, voici nos conditions :
– un acompte de 60 % confirme la réservation ;
– annulation sans frais jusqu'à 72 heures avant ;
– au-delà, 30 % du séjour est facturé.

Bien cordialement,
Raphaël Combaz
""", "deposit and fee percentages swapped (fee 60, deposit 30)")),
]
