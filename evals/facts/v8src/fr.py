"""Hand-written French records of the held-out v8 fact set (issue 13): 20 correct, 20 flawed."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2027-02-16", "2027-04-07", "2027-05-19", "2027-09-02", "2027-10-28"

RECORDS = [
    # ---------------------------------------------------------------- correct
    (A, ok(S("fr", "reschedule", "Hortense Vallaurie", "Benoît Queyras", "formal", "key",
             meeting="Revue du cahier des charges de la cuisine centrale", at="jeudi 18 février à 10 h",
             props=("mardi 23 février à 10 h", "mercredi 24 février à 14 h 30"),
             reason="notre économiste est bloqué à Lille par la grève SNCF"),
           "Cahier des charges de la cuisine centrale : deux nouvelles dates",
           """Chère Madame Vallaurie,

Notre économiste se trouve coincé à Lille à cause de la grève des trains et ne pourra pas être parmi nous après-demain. Or je tiens à ce qu'il assiste à la revue du cahier des charges : c'est lui qui a chiffré la plupart des postes.

Pourriez-vous envisager le mardi 23/2 à la même heure, ou bien le mercredi 24 février à 14h30 ?

Avec toutes mes excuses pour ce changement, je vous prie d'agréer mes sincères salutations.

Benoît Queyras""",
           "correct: 'Chère Madame Vallaurie', 'après-demain' for jeudi 18 from mardi 16, 'mardi 23/2 à la même heure', reason paraphrased")),
    (A, ok(S("fr", "decline", "Lou Besnardeau", "Yannick Sarrazin", "friendly", "regular",
             meeting="Dégustation des nouvelles cuvées au caveau", at="vendredi 19 février à 18 h",
             reason="je suis de garde à la clinique vétérinaire ce soir-là"),
           "Dégustation de vendredi",
           """Salut Lou,

Mauvaise nouvelle : vendredi soir je suis d'astreinte à la clinique vétérinaire, donc pas de dégustation des nouvelles cuvées pour moi. Ce n'est que partie remise !

Goûte-les pour deux et raconte-moi.

Yannick""",
           "correct: friendly, first names only, 'de garde' paraphrased as 'd'astreinte', idiom 'partie remise', 'pour deux' not a fact")),
    (A, ok(S("fr", "shorten", "Aurélien Pasquiou", "Delphine Marchetti-Roux", "formal", "new",
             meeting="Atelier de cadrage du site de réservation", at="lundi 22 février à 9 h 30", dur=45,
             reason="je dois enchaîner avec un audit chez un autre client à 11 h"),
           "Atelier de cadrage de lundi : format resserré",
           """Monsieur,

Je me permets de revenir vers vous au sujet de notre atelier de cadrage du site de réservation, lundi 22 février à 9h30. J'enchaîne ce matin-là avec un audit chez un autre client, qui commence à 11 heures.

Accepteriez-vous que nous tenions l'atelier en trois quarts d'heure ? Je vous enverrai auparavant les questions à trancher, afin que nous allions droit à l'essentiel.

Je vous remercie de votre compréhension.

Bien cordialement,
Delphine Marchetti-Roux""",
           "correct: bare 'Monsieur', 'trois quarts d'heure' for 45 min, 11 heures from the reason")),
    (A, ok(S("fr", "no_show_followup", "Gisèle Trouvé-Manach", "Romain Lequertier", "formal", "regular",
             meeting="Rendez-vous bilan retraite", at="lundi 15 février à 16 h", props=("jeudi 25 février à 16 h",)),
           "Notre rendez-vous d'hier",
           """Madame Trouvé-Manach,

Je vous ai attendue hier après-midi pour votre bilan retraite et, ne vous voyant pas arriver, j'espère simplement que tout va bien de votre côté.

Si cela vous convient, je peux vous recevoir le jeudi 25 février, même heure. Il vous suffit de me répondre pour confirmer.

Bien à vous,
Romain Lequertier""",
           "correct: past meeting as 'hier après-midi' (lundi 15 from mardi 16), 'même heure' for 16 h")),
    (B, ok(S("fr", "late_cancellation", "Maxence Dauriac", "Clémence Aubertot", "formal", "regular",
             meeting="Séance d'ostéopathie du dos et des cervicales", at="mardi 6 avril à 8 h 30",
             props=("lundi 12 avril à 8 h 30", "mercredi 14 avril à 18 h"), reason="panne de voiture",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Votre séance d'hier et la suite",
           """Monsieur Dauriac,

J'ai bien eu votre message d'hier matin : une voiture qui refuse de démarrer, cela arrive à tout le monde.

Comme convenu lors de votre première visite, une séance annulée moins de deux jours (48 h) à l'avance est facturée à moitié, soit 50 % du tarif ; ce sera le cas pour celle d'hier.

Pour la suite, je peux vous recevoir lundi 12 avril à 8h30 ou mercredi 14 à 18 heures. Dites-moi ce qui vous arrange.

Cordialement,
Clémence Aubertot""",
           "correct: 'moins de deux jours (48 h)', 'à moitié, soit 50 %', 'mercredi 14 à 18 heures', reason paraphrased")),
    (B, ok(S("fr", "switch_to_call", "Noémie Carvalhais", "Florent Delabarre", "friendly", "regular",
             meeting="Point sur le plan de table du mariage", at="vendredi 9 avril à 12 h 30",
             props=("vendredi 9 avril à 13 h",), reason="je serai sur la route pour un repérage en Bourgogne"),
           "Plan de table : on s'appelle ?",
           """Coucou Noémie,

Vendredi je serai sur les routes de Bourgogne pour un repérage, donc pas de déjeuner possible pour parler du plan de table… On s'appelle à la place ? Je te propose 13h plutôt que 12h30, le temps de m'arrêter quelque part.

Dis-moi si ça te va !
Florent""",
           "correct: call at 13h stated with the old 12h30 in its role ('plutôt que'), friendly")),
    (B, ok(S("fr", "switch_to_email", "Octave Lemarquis", "Sabine Roussillon", "formal", "new",
             meeting="Réunion sur le devis d'isolation des combles", at="jeudi 15 avril à 11 h",
             reason="les trois points restants sont simples"),
           "Devis d'isolation des combles : réponses par écrit",
           """Monsieur Lemarquis,

Après relecture du devis d'isolation des combles, il ne reste que trois points ouverts, et aucun n'est compliqué. Plutôt que de vous faire déplacer jeudi 15 avril, je vous propose de les régler par écrit.

Je vous adresse mes réponses point par point dans un prochain message ; si l'un d'eux appelait malgré tout une discussion, nous trouverons un moment.

Veuillez agréer, Monsieur, mes salutations distinguées.

Sabine Roussillon""",
           "correct: reason 'trois points' restated, no deadline given, formal closing")),
    (B, ok(S("fr", "delegate", "Éloïse Fabrègues", "Arnaud Castanier", "formal", "key",
             meeting="Comité de suivi du déménagement du siège", at="mardi 13 avril à 14 h",
             col="Perrine Vautrin", reason="je suis convoqué au tribunal de commerce ce jour-là"),
           "Comité de suivi de mardi : Mme Vautrin me remplacera",
           """Chère Madame Fabrègues,

Je suis convoqué au tribunal de commerce mardi prochain et ne pourrai donc pas présider notre comité de suivi du déménagement du siège.

Ma collègue Perrine Vautrin, qui suit le dossier avec moi depuis le début, me remplacera le mardi 13 avril à 14 heures. Je lui ai transmis l'ensemble des points en cours ; vous pouvez vous adresser à elle en toute confiance.

Je reste bien entendu à votre disposition et vous prie de croire, chère Madame, à l'assurance de mes sentiments dévoués.

Arnaud Castanier""",
           "correct: colleague as 'Mme Vautrin' in the subject and full name in the body, 'mardi prochain' for 13 avril from mercredi 7")),
    (C, ok(S("fr", "cancellation_policy", "Baptiste Lhermitte", "Anaïs Combalat", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Nos conditions d'annulation",
           """Monsieur,

Bienvenue parmi nos patients. Avant votre premier rendez-vous, permettez-moi de vous rappeler nos conditions : toute séance doit être annulée au moins vingt-quatre heures à l'avance ; passé ce délai, elle est facturée intégralement.

Merci de votre compréhension.

Anaïs Combalat""",
           "correct: policy without meeting, 'vingt-quatre heures' in words, 'facturée intégralement' for 100 %")),
    (C, ok(S("fr", "reschedule", "Mathis Orsoni", "Jeanne Kerbiriou", "friendly", "regular",
             meeting="Répétition de la chorale", at="jeudi 20 mai à 20 h", props=("mardi 25 mai à 20 h 15",),
             reason="la salle paroissiale est réquisitionnée pour un vote"),
           "Répète décalée",
           """Salut Mathis !

La salle paroissiale est prise demain soir pour un vote, donc pas de répétition de la chorale jeudi. On se rattrape mardi prochain, le 25, à 20h15 ? Préviens les ténors si tu les croises.

À plus,
Jeanne""",
           "correct: 'demain soir' (jeudi 20 from mercredi 19), 'mardi prochain, le 25, à 20h15', 'répète'")),
    (C, ok(S("fr", "decline", "Irène Saint-Hilaire", "Grégoire Poulhès", "formal", "key",
             meeting="Inauguration du showroom de Nantes", at="vendredi 28 mai à 18 h 30",
             reason="le lancement de notre salon professionnel à Bordeaux tombe le même soir"),
           "Inauguration de votre showroom",
           """Chère Madame Saint-Hilaire,

Je vous remercie vivement de votre invitation à l'inauguration de votre showroom nantais, le vendredi 28 mai. Je suis hélas au regret de ne pouvoir m'y rendre : le salon professionnel que nous lançons à Bordeaux ouvre ses portes ce même soir.

Je ne manquerai pas de venir découvrir les lieux lors d'un prochain passage et vous souhaite une très belle soirée.

Avec mes salutations les plus cordiales,

Grégoire Poulhès""",
           "correct: 'showroom nantais' for Nantes, reason paraphrased, no date invented for the later visit")),
    (C, ok(S("fr", "late_cancellation", "Tiphaine Gaudry", "Lucas Vermorel", "friendly", "regular",
             meeting="Cours particulier de guitare folk", at="mardi 18 mai à 17 h", props=("jeudi 27 mai à 17 h",),
             reason="son fils avait de la fièvre"),
           "Cours de guitare",
           """Bonjour Tiphaine,

Pas de souci pour hier, j'espère que votre fils va mieux et que la fièvre est tombée.

On reprend jeudi 27 mai, même heure ? Qu'il ne s'inquiète pas pour les accords en attendant, on reverra tout ensemble.

Belle journée,
Lucas""",
           "correct: no policy given and none stated, 'hier' for mardi 18, 'même heure'")),
    (D, ok(S("fr", "no_show_followup", "Édouard Malaquin", "Sidonie Ravanel", "formal", "regular",
             meeting="Consultation diététique", at="mercredi 1er septembre à 9 h",
             props=("lundi 6 septembre à 9 h", "mardi 7 septembre à 17 h 45"),
             pol={"notice_hours": 24, "fee_percent": 30}),
           "Consultation d'hier matin",
           """Monsieur Malaquin,

Nous avions rendez-vous hier matin à 9 heures pour votre consultation diététique et je ne vous ai pas vu ; j'espère que rien de fâcheux ne vous est arrivé.

Je me permets de vous rappeler qu'un rendez-vous non décommandé au moins 24 heures à l'avance donne lieu à une facturation de 30 % du tarif.

Je vous propose un nouveau créneau le lundi 6 septembre à 9h, ou le mardi 7 à 17h45.

Bien cordialement,
Sidonie Ravanel""",
           "correct: 'hier matin à 9 heures' for mercredi 1er from jeudi 2, policy as given, 'mardi 7 à 17h45'")),
    (D, ok(S("fr", "shorten", "Pauline Escoffier-Brun", "Théo Ménard", "friendly", "regular",
             meeting="Point hebdo sur la newsletter", at="vendredi 3 septembre à 10 h", dur=20,
             reason="la rentrée des enfants"),
           "Point newsletter en version courte",
           """Hello Pauline,

Avec la rentrée des enfants, vendredi va être sportif de mon côté. Ça te dirait qu'on fasse le point newsletter en vingt minutes chrono, toujours à 10h ?

Merci !
Théo""",
           "correct: 'vingt minutes' in words, 'toujours à 10h', reason mentioned")),
    (D, ok(S("fr", "switch_to_call", "Armand de Valicourt", "Nadège Bourrel", "formal", "new",
             meeting="Visite de l'entrepôt de Saint-Priest", at="mercredi 8 septembre à 15 h",
             props=("mercredi 8 septembre à 15 h 30",),
             reason="les travaux de désamiantage ferment le site aux visiteurs"),
           "Entrepôt de Saint-Priest : un appel plutôt qu'une visite",
           """Monsieur de Valicourt,

Le désamiantage en cours ferme l'entrepôt de Saint-Priest à toute visite extérieure, et je ne pourrai donc pas vous y accueillir mercredi prochain.

Je vous propose de faire le point par téléphone ce même mercredi 8 septembre, à 15h30, soit une demi-heure après l'horaire prévu pour la visite.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Nadège Bourrel""",
           "correct: 'Monsieur de Valicourt' (particle kept), 'une demi-heure après l'horaire prévu' is the gap between the given times")),
    (D, ok(S("fr", "delegate", "Killian Rosmorduc", "Solène Abadie", "friendly", "regular",
             meeting="Séance photo du catalogue automne", at="lundi 13 septembre à 9 h", col="Quentin Lafargue",
             reason="je pars en congé maternité plus tôt que prévu"),
           "Séance photo : Quentin prend le relais",
           """Salut Killian,

Petit changement de programme : mon congé maternité commence plus tôt que prévu !

C'est Quentin qui s'occupera de la séance photo du catalogue d'automne, lundi 13 à 9h comme prévu. Il a toutes mes notes et la liste des produits, tu es entre de bonnes mains.

À très vite,
Solène""",
           "correct: colleague by first name in friendly mail, 'catalogue d'automne', 'lundi 13 à 9h'")),
    (E, ok(S("fr", "cancellation_policy", "Marguerite Dellac", "Hugues Talabard", "formal", "key",
             meeting="Séminaire de direction au domaine", at="jeudi 4 novembre à 9 h",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "Séminaire du 4 novembre : conditions d'annulation",
           """Chère Madame Dellac,

En vue de votre séminaire de direction au domaine, le jeudi 4 novembre, permettez-moi de vous rappeler nos conditions : un acompte de 30 % est demandé à la réservation, et toute annulation doit nous parvenir au moins trois jours avant, c'est-à-dire 72 heures.

Nous nous réjouissons de vous accueillir et restons à votre écoute pour tout détail d'organisation.

Bien sincèrement,
Hugues Talabard""",
           "correct: 'trois jours avant, c'est-à-dire 72 heures', deposit as given")),
    (E, ok(S("fr", "switch_to_email", "Cyprien Mabille", "Laure Honnorat", "friendly", "regular",
             meeting="Café pour caler le budget du festival", at="mardi 2 novembre à 8 h 30",
             reason="je suis aphone depuis lundi"),
           "Budget du festival par mail ?",
           """Salut Cyprien,

Je n'ai plus un filet de voix depuis lundi… Pour le budget du festival, on fait ça par mail plutôt qu'autour d'un café mardi ? Je t'envoie le tableau et tu me dis ce que tu en penses.

Merci mille fois,
Laure""",
           "correct: reason paraphrased ('plus un filet de voix'), idiom 'merci mille fois'")),
    (E, ok(S("fr", "reschedule", "Jean-Baptiste Olivennes", "Mélanie Chaptal", "formal", "regular",
             meeting="Signature du compromis de vente", at="vendredi 29 octobre à 11 h",
             props=("mercredi 3 novembre à 11 h", "jeudi 4 novembre à 14 h"),
             reason="le diagnostic termites n'est pas encore arrivé"),
           "Compromis de vente : report de la signature",
           """Cher Monsieur,

Le diagnostic termites ne nous est toujours pas parvenu ; signer le compromis de vente demain serait donc prématuré.

Je vous propose de reporter la signature au mercredi 3/11 à 11h, ou au jeudi 4 novembre à 14 heures si cela vous convient mieux.

Je vous prie de m'excuser pour ce contretemps.

Mélanie Chaptal""",
           "correct: 'Cher Monsieur', 'demain' for vendredi 29 from jeudi 28, 'mercredi 3/11 à 11h'")),
    (E, ok(S("fr", "late_cancellation", "Valentine Arrighi", "Fabrice Estève", "formal", "new",
             meeting="Séance de coaching vocal avant l'audition", at="vendredi 29 octobre à 18 h", props=("vendredi 5 novembre à 18 h",),
             reason="un déplacement professionnel imprévu", pol={"notice_hours": 48, "deposit_percent": 20}),
           "Votre séance de coaching vocal",
           """Madame Arrighi,

C'est bien noté pour demain soir, et je comprends qu'un déplacement professionnel ne se prévoit pas toujours.

Comme indiqué lors de votre inscription, nos conditions prévoient un délai de prévenance de 48 heures et un acompte de 20 %.

Je vous propose de reporter la séance au vendredi suivant, le 5 novembre, à la même heure.

Cordialement,
Fabrice Estève""",
           "correct: 'demain soir' for vendredi 29, policy as given, 'le vendredi suivant, le 5 novembre, à la même heure'")),
    # ---------------------------------------------------------------- flawed
    (A, bad("time_swapped", S("fr", "reschedule", "Ambroise Kerhornou", "Nathalie Sorbier", "formal", "regular",
                              meeting="Audit énergétique de la boulangerie", at="mercredi 17 février à 7 h 30",
                              props=("vendredi 19 février à 7 h 30",), reason="notre caméra thermique est en panne"),
            "Audit énergétique : changement de date",
            """Monsieur Kerhornou,

Notre caméra thermique est tombée en panne ce matin. Je dois donc décaler l'audit énergétique de la boulangerie prévu le vendredi 19 février à 7h30.

Je vous propose de le faire le mercredi 17, à la même heure, si cela vous convient.

Bien cordialement,
Nathalie Sorbier""",
            "time_swapped: the old slot (mercredi 17) is offered and the new one (vendredi 19) is the one being moved")),
    (A, bad("time_recap_wrong", S("fr", "switch_to_call", "Clotilde Rambert", "Victor Anselmet", "formal", "key",
                                  meeting="Entretien annuel de suivi de portefeuille", at="jeudi 25 février à 15 h",
                                  props=("jeudi 25 février à 16 h", "vendredi 26 février à 9 h"),
                                  reason="je serai à Genève pour un conseil d'administration"),
            "Entretien annuel : par téléphone",
            """Chère Madame Rambert,

Un conseil d'administration me retient à Genève le jeudi 25 février ; je ne pourrai donc pas vous recevoir au bureau pour notre entretien annuel.

Je vous propose de le tenir par téléphone, soit ce même jeudi à 16h, soit le vendredi 26 février à 9h.

Dans l'attente de votre réponse, je garde jeudi 16h30 de côté.

Bien à vous,
Victor Anselmet""",
            "time_recap_wrong: the closing line holds 'jeudi 16h30', a slot nobody gave (offered 16h)")),
    (A, bad("percent_swapped", S("fr", "cancellation_policy", "Hippolyte Garandeau", "Coralie Béthencourt", "formal", "new",
                                 pol={"notice_hours": 48, "fee_percent": 40, "deposit_percent": 15}),
            "Conditions de réservation de l'atelier",
            """Monsieur Garandeau,

Merci pour votre réservation. Voici nos conditions : un acompte de 40 % est demandé à l'inscription. Toute annulation intervenant moins de 48 heures avant l'atelier entraîne des frais de 15 % du tarif.

Au plaisir de vous accueillir,
Coralie Béthencourt""",
            "percent_swapped: deposit stated as 40 % and fee as 15 % (given: fee 40, deposit 15)")),
    (A, bad("name_near_miss", S("fr", "decline", "Philippine Aubriot", "Stéphane Guillouzic", "formal", "regular",
                                meeting="Rencontre acheteurs du salon des vins de Loire", at="lundi 1er mars à 10 h",
                                reason="notre stand n'a finalement pas été retenu"),
            "Salon des vins de Loire",
            """Chère Madame Aubriet,

Je vous remercie pour votre invitation à la rencontre acheteurs du lundi 1er mars. Notre stand n'ayant finalement pas été retenu pour le salon, je ne ferai pas le déplacement cette année.

J'espère que nous aurons l'occasion de nous retrouver bientôt.

Cordialement,
Stéphane Guillouzic""",
            "name_near_miss: 'Madame Aubriet' for Philippine Aubriot (one letter)")),
    (B, bad("weekday_wrong", S("fr", "reschedule", "Quitterie Lasserre", "Benjamin Hourcade", "formal", "new",
                               meeting="Réunion de lancement du guide touristique", at="jeudi 8 avril à 14 h",
                               props=("mardi 13 avril à 14 h",), reason="la maquette n'est pas prête"),
            "Guide touristique : report au lundi 13 avril",
            """Madame Lasserre,

La maquette du guide n'est pas encore prête, et je préfère que nous lancions le projet avec un document présentable sous les yeux.

Pourrions-nous déplacer notre réunion de demain au mardi 13 avril, à la même heure ?

Je vous remercie de votre compréhension.

Benjamin Hourcade""",
            "weekday_wrong: subject 'lundi 13 avril' (13 avril 2027 is a Tuesday); body right")),
    (B, bad("policy_invented", S("fr", "late_cancellation", "Gwladys Pennec", "Mathieu Crouzet", "friendly", "regular",
                                 meeting="Séance de kinésithérapie pour l'épaule", at="mardi 6 avril à 19 h",
                                 props=("lundi 12 avril à 19 h",), reason="une réunion tardive au bureau"),
            "Séance d'hier soir",
            """Bonjour Gwladys,

Pas de problème pour hier soir, ces réunions qui s'éternisent au bureau, je connais !

Exceptionnellement, je ne vous compterai pas la moitié de la séance comme le prévoit le règlement du cabinet. On se revoit lundi 12 avril à 19h ?

Bonne soirée,
Mathieu""",
            "policy_invented: 'la moitié de la séance comme le prévoit le règlement' though no policy was given")),
    (B, bad("time_swapped", S("fr", "no_show_followup", "Raphaëlle Montagut", "Jérôme Villedieu", "formal", "regular",
                              meeting="Rendez-vous de signature du bail commercial", at="lundi 5 avril à 11 h",
                              props=("vendredi 9 avril à 15 h",)),
            "Signature du bail commercial",
            """Madame Montagut,

Je vous ai attendue lundi à 15 heures pour la signature du bail commercial, en vain ; j'espère qu'il ne vous est rien arrivé.

Je vous propose de nous retrouver le vendredi 9 avril à 11 heures. Merci de me confirmer votre présence.

Bien cordialement,
Jérôme Villedieu""",
            "time_swapped: hours exchanged between the missed meeting (11 h) and the new slot (15 h)")),
    (B, bad("link_invented", S("fr", "switch_to_call", "Alix Fontarabie", "Cédric Manoury", "formal", "new",
                               meeting="Présentation du prototype de drone agricole", at="mercredi 14 avril à 10 h",
                               props=("mercredi 14 avril à 10 h 30",), reason="le terrain d'essai est inondé"),
            "Présentation du prototype : en visio",
            """Madame Fontarabie,

Le terrain d'essai est malheureusement sous l'eau depuis les orages, et une démonstration en vol est exclue pour le moment.

Je vous propose donc une présentation du prototype en visioconférence, le mercredi 14 avril à 10h30. Vous pourrez nous rejoindre ici : https://meet.jit.si/drone-agricole-manoury

Bien cordialement,
Cédric Manoury""",
            "link_invented: a video-call URL nobody gave")),
    (C, bad("percent_swapped", S("fr", "late_cancellation", "Séverine Lacombe-Duval", "Olivier Pradines", "formal", "regular",
                                 meeting="Visite technique de la salle de réception", at="vendredi 21 mai à 10 h",
                                 props=("jeudi 27 mai à 10 h",), reason="un empêchement familial",
                                 pol={"notice_hours": 24, "fee_percent": 60, "deposit_percent": 25}),
            "Visite technique de vendredi",
            """Madame Lacombe-Duval,

J'ai bien reçu votre message au sujet de la visite technique de vendredi ; j'espère que votre empêchement familial n'est pas trop sérieux.

Je dois toutefois vous rappeler nos conditions : l'acompte de 60 % n'est pas restitué et une annulation à moins de 24 heures entraîne des frais de 25 %.

Si vous le souhaitez, la visite peut avoir lieu le jeudi 27 mai à 10h.

Cordialement,
Olivier Pradines""",
            "percent_swapped: deposit said 60 % and fee 25 % (given: fee 60, deposit 25)")),
    (C, bad("number_invented", S("fr", "reschedule", "Ferdinand Castagnède", "Aurore Delisle", "formal", "regular",
                                 meeting="Jury de sélection des artisans du marché de Noël", at="jeudi 27 mai à 9 h",
                                 props=("mardi 1er juin à 9 h",), reason="deux membres du jury sont malades"),
            "Jury de sélection : nouvelle date",
            """Monsieur Castagnède,

Deux membres du jury sont souffrants, et je préfère ne pas examiner les 37 dossiers de candidature sans eux.

Je vous propose de reporter le jury au mardi 1er juin, à 9h comme prévu initialement.

Bien à vous,
Aurore Delisle""",
            "number_invented: '37 dossiers de candidature', a count nobody gave")),
    (C, bad("discount_invented", S("fr", "switch_to_email", "Blandine Ferrandou", "Ludovic Peyronnet", "formal", "key",
                                   meeting="Rendez-vous de renégociation du contrat d'entretien", at="mardi 25 mai à 14 h",
                                   reason="la cliente demande une remise sur le contrat"),
            "Contrat d'entretien : suite par écrit",
            """Chère Madame Ferrandou,

J'ai bien pris note de votre demande de remise sur le contrat d'entretien. Plutôt que de nous réunir mardi, je vous propose de traiter ce point par écrit.

Je peux d'ores et déjà vous confirmer un geste de 5 % sur le renouvellement ; je vous adresse le détail de nos propositions dans un prochain message.

Bien cordialement,
Ludovic Peyronnet""",
            "discount_invented: '5 %' off granted because the reason mentions a discount request")),
    (C, bad("foreign_paragraph", S("fr", "delegate", "Léopold Marsaud", "Inès Barrachin", "formal", "regular",
                                   meeting="Formation au logiciel de caisse", at="lundi 24 mai à 14 h",
                                   col="Tristan Auzépy", reason="je suis en congé cette semaine-là"),
            "Formation logiciel de caisse",
            """Monsieur Marsaud,

Étant en congé la semaine prochaine, je ne pourrai pas assurer la formation au logiciel de caisse du lundi 24 mai.

O meu colega Tristan Auzépy conhece muito bem o sistema e vai tratar de tudo. Qualquer dúvida, pode falar diretamente com ele.

Bien cordialement,
Inès Barrachin""",
            "foreign_paragraph: the paragraph on the colleague is in Portuguese")),
    (D, bad("weekday_wrong", S("fr", "shorten", "Joséphine Malterre", "Guillaume Ribérac", "formal", "regular",
                               meeting="Revue des maquettes de l'application", at="mardi 7 septembre à 14 h", dur=30,
                               reason="un comité de pilotage ajouté en urgence"),
            "Revue des maquettes : format court",
            """Madame Malterre,

Un comité de pilotage vient d'être ajouté en urgence dans mon agenda. Pourrions-nous ramener notre revue des maquettes du mercredi 7 septembre à une demi-heure ? Nous commencerions à 14h, comme prévu.

Merci de votre souplesse,
Guillaume Ribérac""",
            "weekday_wrong: 'mercredi 7 septembre' in the body (7 septembre 2027 is a Tuesday)")),
    (D, bad("time_recap_wrong", S("fr", "reschedule", "Anatole Brézillon", "Capucine Le Gall", "friendly", "regular",
                                  meeting="Rendez-vous de pose de la cuisine", at="vendredi 3 septembre à 8 h",
                                  props=("lundi 6 septembre à 8 h", "mardi 7 septembre à 13 h 30"),
                                  reason="le plan de travail est arrivé fendu"),
            "Pose de la cuisine : mardi 7 septembre à 8 h ?",
            """Bonjour Anatole,

Le plan de travail est arrivé fendu, on ne peut donc pas poser la cuisine demain. Le fournisseur en renvoie un en urgence.

On peut venir lundi 6 septembre à 8h ou mardi 7 à 13h30. Lequel vous arrange ?

Capucine""",
            "time_recap_wrong: the subject names 'mardi 7 septembre à 8 h', mixing the two offered slots")),
    (D, bad("email_invented", S("fr", "delegate", "Roxane Teyssier", "Damien Laborie", "formal", "regular",
                                meeting="Bilan de fin de chantier de la véranda", at="jeudi 9 septembre à 17 h",
                                col="Élodie Fauconnet", reason="je suis hospitalisé pour une petite opération"),
            "Bilan de la véranda : Élodie Fauconnet vous recevra",
            """Madame Teyssier,

Je dois être hospitalisé pour une petite intervention et ne pourrai pas faire avec vous le bilan de fin de chantier de la véranda, jeudi 9 septembre à 17h.

Ma collègue Élodie Fauconnet me remplacera ; elle connaît le chantier. Vous pouvez la joindre directement à elodie.fauconnet@gmail.com.

Bien cordialement,
Damien Laborie""",
            "email_invented: a private address for the colleague")),
    (D, bad("policy_invented", S("fr", "no_show_followup", "Aymeric Couderc", "Lætitia Rouvière", "formal", "new",
                                 meeting="Séance de bilan de compétences", at="mardi 31 août à 10 h",
                                 props=("lundi 13 septembre à 10 h",)),
            "Votre séance de mardi",
            """Monsieur Couderc,

Je vous attendais mardi matin pour notre séance de bilan de compétences. J'espère que tout va bien.

Je vous signale que la séance manquée reste due, conformément à nos conditions générales. Je vous propose de reprendre le lundi 13 septembre à 10h.

Cordialement,
Lætitia Rouvière""",
            "policy_invented: 'la séance manquée reste due' though no policy was given")),
    (E, bad("number_invented", S("fr", "decline", "Sixtine Bellocq", "Pierre-Yves Lannuzel", "formal", "key",
                                 meeting="Dîner des partenaires de la fondation", at="vendredi 5 novembre à 20 h",
                                 reason="je serai en mission à Dakar"),
            "Dîner des partenaires",
            """Chère Madame Bellocq,

Je suis très touché par votre invitation au dîner des partenaires de la fondation, le vendredi 5 novembre. Je serai malheureusement en mission à Dakar ce jour-là.

Je vous souhaite une excellente soirée avec vos 80 convives et me réjouis de vous revoir bientôt.

Bien amicalement,
Pierre-Yves Lannuzel""",
            "number_invented: '80 convives', a head count nobody gave")),
    (E, bad("phone_invented", S("fr", "switch_to_call", "Eugénie Carrouge", "Alban Fréjaville", "formal", "regular",
                                meeting="Réunion de copropriété sur le ravalement", at="mardi 2 novembre à 18 h 30",
                                props=("mardi 2 novembre à 19 h",), reason="la salle commune est en travaux"),
            "Réunion sur le ravalement",
            """Madame Carrouge,

La salle commune étant en travaux, nous ne pourrons pas nous y réunir mardi. Je vous propose d'en parler au téléphone le mardi 2 novembre à 19h.

Vous pourrez me joindre au 06 71 48 29 53.

Bien cordialement,
Alban Fréjaville""",
            "phone_invented: a mobile number nobody gave")),
    (E, bad("title_or_company_invented", S("fr", "late_cancellation", "Gautier Sabatini", "Morgane Kerhervé", "friendly", "regular",
                                           meeting="Séance de réflexologie", at="mercredi 27 octobre à 12 h 15",
                                           props=("mardi 2 novembre à 12 h 15",), pol={"notice_hours": 24}),
            "Séance d'hier",
            """Bonjour Gautier,

Bien reçu votre message d'hier. Je vous rappelle simplement que je demande d'être prévenue 24 heures à l'avance.

Je peux vous proposer mardi 2 novembre, même heure.

À bientôt,
Morgane Kerhervé
Réflexologue certifiée – Cabinet Les Mains Sereines""",
            "title_or_company_invented: a title and a practice name under the signature")),
    (E, bad("place_changed", S("fr", "reschedule", "Hermine Daguerre", "Florian Béziat", "formal", "new",
                               meeting="Visite de la maison de Biarritz", at="vendredi 29 octobre à 15 h",
                               props=("mercredi 3 novembre à 15 h",), reason="les locataires sont encore dans les lieux"),
            "Visite de la maison : nouvelle date",
            """Madame Daguerre,

Les locataires occupent encore les lieux, et la visite de la maison d'Anglet prévue demain ne pourra donc pas se faire dans de bonnes conditions.

Je vous propose de la reporter au mercredi 3 novembre, à 15h.

Je vous prie de m'excuser pour ce contretemps.

Florian Béziat""",
            "place_changed: 'maison d'Anglet' for the house in Biarritz")),
]
