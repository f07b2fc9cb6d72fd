"""French v3 records, each written out by hand (held out). (today, record) pairs."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2026-12-07", "2027-01-18", "2027-03-03", "2027-05-10", "2027-09-14"
L = "fr"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S(L, "reschedule", "Hélène Vasseur", "Bastien Lefort", "formal", "key",
             meeting="Comité de pilotage du projet Orion", at="mercredi 16 décembre 2026 à 15 h",
             props=["vendredi 18 décembre à 10 h", "lundi 21 décembre à 14 h 30"],
             reason="une réunion du conseil d'administration avancée"),
           "Comité de pilotage Orion : proposition de nouvelle date",
           """
Chère Madame Vasseur,

Notre conseil d'administration a été avancé au dernier moment, et je ne pourrai donc pas tenir le comité de pilotage du projet Orion le mercredi 16 décembre à 15 h comme prévu.

Je peux vous proposer vendredi 18/12 à 10h, ou, si la fin de semaine est trop chargée, lundi 21/12 à 14h30.

Avec toutes mes excuses pour ce contretemps,

Bastien Lefort
""", "correct: 'Chère Madame Vasseur', dates as 18/12 and 21/12, reason paraphrased")),
    (B, ok(S(L, "reschedule", "Mathis Royer", "Inès Caradec", "friendly", "regular",
             meeting="Point hebdo sur la refonte du catalogue", at="mardi 26 janvier à 11 h",
             props=["jeudi 28 janvier à 16 h"], reason="un rendez-vous médical"),
           "On décale le point catalogue ?",
           """
Salut Mathis,

Petit souci : j'ai un rendez-vous chez le médecin mardi matin, du coup notre point hebdo sur la refonte du catalogue de 11h tombe à l'eau.

Jeudi 28 à 16h, ça t'irait ? Dis-moi en deux mots si c'est bon pour toi.

Merci et à jeudi j'espère,
Inès
""", "correct: first name greeting/signature, 'jeudi 28 à 16h', idiom 'en deux mots'")),
    (C, ok(S(L, "reschedule", "Dr Armand Picot", "Sandrine Lebeau", "formal", "new",
             meeting="Présentation de l'offre de maintenance", at="jeudi 11 mars 2027 à 9 h 30",
             props=["mardi 16 mars à 9 h 30", "mercredi 17 mars à 14 h"],
             reason="l'indisponibilité de notre ingénieur référent"),
           "Présentation de l'offre de maintenance du 11 mars",
           """
Docteur,

Notre ingénieur référent, qui devait vous présenter l'offre de maintenance le jeudi 11 mars à 9 h 30, ne sera malheureusement pas disponible ce jour-là.

Afin que vous puissiez bénéficier de ses explications, je vous propose de reporter la présentation au mardi 16 mars, à la même heure, ou au mercredi 17 mars à 14 heures.

Je vous prie d'agréer, Docteur, l'expression de mes salutations distinguées.

Sandrine Lebeau
""", "correct: 'Docteur' for Dr Armand Picot, 'à la même heure' for 9 h 30, '14 heures'")),
    (D, ok(S(L, "reschedule", "Corinne Aubertin", "Yann Le Gall", "formal", "regular",
             meeting="Visite du chantier de Saint-Nazaire", at="jeudi 13 mai à 8 h",
             props=["mardi 18 mai à 8 h"], reason="une alerte météo de tempête"),
           "Visite du chantier de Saint-Nazaire reportée au mardi 18 mai",
           """
Madame Aubertin,

Météo-France a placé la côte en alerte tempête pour jeudi : par prudence, je préfère ne pas maintenir la visite du chantier de Saint-Nazaire prévue le jeudi 13 mai à 8 heures.

Pourrions-nous la faire le mardi 18 mai, à la même heure ? L'équipe sur place est prévenue.

Bien cordialement,

Yann Le Gall
""", "correct: reason paraphrased (storm alert), 'à la même heure' for 8 h")),
    (E, ok(S(L, "decline", "Gérard Toussaint", "Aurélie Besnard", "formal", "key",
             meeting="Dîner annuel des partenaires", at="jeudi 23 septembre à 19 h 30",
             reason="un engagement familial pris de longue date"),
           "Dîner annuel des partenaires",
           """
Cher Monsieur Toussaint,

Je vous remercie vivement pour votre invitation au dîner annuel des partenaires, le jeudi 23 septembre à 19h30.

Un engagement familial prévu de longue date m'empêchera hélas d'y assister. J'en suis sincèrement désolée, d'autant que ce rendez-vous compte beaucoup pour nous.

Je vous souhaite une excellente soirée et vous prie de croire, cher Monsieur, à mes sentiments les meilleurs.

Aurélie Besnard
""", "correct: 'Cher Monsieur Toussaint', 19h30, reason paraphrased")),
    (A, ok(S(L, "decline", "Noémie Fleury", "Karim Haddad", "friendly", "regular",
             meeting="Afterwork de lancement de l'appli Cobalt", at="jeudi 17 décembre à 18 h 30",
             reason="je serai en déplacement à Lille"),
           "Afterwork Cobalt",
           """
Bonjour Noémie,

Merci pour l'invitation à l'afterwork de lancement de Cobalt, jeudi 17 à 18h30 ! Malheureusement je serai en déplacement à Lille ce jour-là.

Je te souhaite mille bonnes choses pour le lancement, et on trinque ensemble la prochaine fois.

À bientôt,
Karim
""", "correct: 'jeudi 17 à 18h30', idiom 'mille bonnes choses'")),
    (B, ok(S(L, "shorten", "Odile Ferrand", "Thierry Vautrin", "formal", "regular",
             meeting="Relecture du contrat de franchise", at="mercredi 3 février à 10 h", dur=45,
             reason="une audience fixée en fin de matinée"),
           "Relecture du contrat de franchise – mercredi 3 février",
           """
Chère Madame Ferrand,

Une audience vient d'être fixée en fin de matinée le mercredi 3 février. Je vous propose donc de garder notre relecture du contrat de franchise à 10 heures, mais de la limiter à trois quarts d'heure.

Si certains points restent ouverts, nous les traiterons par écrit dans la foulée.

Bien à vous,

Thierry Vautrin
""", "correct: 45 minutes as 'trois quarts d'heure', 10 heures")),
    (E, ok(S(L, "shorten", "Lucas Perrault", "Chloé Vidal", "friendly", "regular",
             meeting="Brainstorming sur la campagne d'automne", at="lundi 20 septembre à 14 h", dur=30,
             reason="une autre réunion juste après"),
           "Brainstorming de lundi en version courte",
           """
Hello Lucas,

J'enchaîne avec une autre réunion lundi, alors je te propose qu'on fasse notre brainstorming sur la campagne d'automne en une demi-heure chrono, à partir de 14h.

Je viens avec deux ou trois pistes pour gagner du temps.

Bises,
Chloé
""", "correct: 30 min as 'une demi-heure', idiom 'deux ou trois pistes'")),
    (C, ok(S(L, "switch_to_call", "Francis Delorme", "Agnès Rivière", "formal", "regular",
             meeting="Rendez-vous sur le renouvellement du bail", at="vendredi 12 mars à 11 h",
             reason="les grèves de transport annoncées"),
           "Renouvellement du bail : rendez-vous par téléphone",
           """
Monsieur Delorme,

Compte tenu des grèves annoncées dans les transports, je vous propose de tenir notre rendez-vous sur le renouvellement du bail par téléphone, au même horaire : vendredi 12 mars à 11 h.

Je vous appellerai au numéro que vous m'aviez indiqué, sauf si vous préférez une visioconférence.

Bien cordialement,

Agnès Rivière
""", "correct: call at the same time as the meeting, no number written")),
    (D, ok(S(L, "switch_to_call", "Élodie Marchetti", "Paul Grosjean", "friendly", "new",
             meeting="Café pour le devis de la cuisine", at="mardi 18 mai à 9 h",
             props=["mardi 18 mai à 12 h 30"], reason="ma voiture est au garage"),
           "Devis cuisine : un coup de fil plutôt ?",
           """
Bonjour Élodie,

Ma voiture est immobilisée au garage, je ne pourrai donc pas venir prendre ce café mardi à 9h pour parler du devis de la cuisine.

Est-ce qu'on pourrait s'appeler le même jour à 12h30 ? Ce sera aussi efficace, promis.

Belle journée,
Paul
""", "correct: 'le même jour à 12h30' for mardi 18 mai 12 h 30")),
    (A, ok(S(L, "switch_to_email", "Jacques Béranger", "Nadia Chevalier", "formal", "key",
             meeting="Réunion de validation du budget 2027", at="lundi 14 décembre à 16 h",
             reason="les chiffres sont définitifs et tiennent en une page"),
           "Validation du budget 2027 par écrit",
           """
Monsieur Béranger,

Les chiffres du budget 2027 sont désormais définitifs et tiennent sur une seule page. Plutôt que de vous faire déplacer lundi 14 décembre à 16 h, je vous propose de valider ce budget par écrit.

Je vous adresse le document séparément ; n'hésitez pas à me faire part de vos remarques.

Je vous prie d'agréer, Monsieur, mes salutations respectueuses.

Nadia Chevalier
""", "correct: '2027' and 'une seule page' come from meeting/reason")),
    (E, ok(S(L, "switch_to_email", "Sarah Kessler", "Hugo Blanchard", "friendly", "regular",
             meeting="Point sur les visuels du salon", at="mercredi 22 septembre à 10 h",
             reason="il ne reste que deux détails à trancher"),
           "Visuels du salon : on règle ça par mail",
           """
Salut Sarah,

Pour les visuels du salon, il ne nous reste que deux détails à trancher : pas la peine de bloquer une heure mercredi matin, on peut faire ça par mail.

Je t'envoie les deux versions, tu me dis laquelle tu préfères ?

Merci !
Hugo
""", "correct: 'deux détails' from reason; 'une heure' is an idiom, 'mercredi matin' = 22 Sept 10 h")),
    (B, ok(S(L, "delegate", "Brigitte Lambert", "Olivier Garnier", "formal", "key",
             meeting="Suivi du dossier de subvention régionale", at="jeudi 4 février à 14 h",
             col="Mélanie Roussel", reason="mon congé parental qui commence fin janvier"),
           "Suivi du dossier de subvention : Mélanie Roussel prend le relais",
           """
Chère Madame Lambert,

Mon congé parental commence à la fin du mois. C'est donc ma collègue Mélanie Roussel, qui connaît parfaitement votre dossier de subvention régionale, qui vous recevra le jeudi 4 février à 14 heures.

Je lui ai transmis l'ensemble des pièces et l'historique de nos échanges.

Bien cordialement,

Olivier Garnier
""", "correct: colleague by full name, 'à la fin du mois' for fin janvier")),
    (C, ok(S(L, "delegate", "Rémi Tessier", "Julie Caron", "friendly", "regular",
             meeting="Atelier photos produits", at="mardi 9 mars à 10 h", col="Antoine Ferreira",
             reason="je suis en formation toute la semaine"),
           "Atelier photos de mardi",
           """
Coucou Rémi,

Je suis en formation toute la semaine prochaine, donc c'est Antoine qui animera l'atelier photos produits mardi 9 mars à 10h. Tu es entre de bonnes mains !

À très vite,
Julie
""", "correct: colleague by first name only (Antoine) in friendly mail; 'la semaine prochaine' (9 Mar is next week)")),
    (A, ok(S(L, "no_show_followup", "Patrick Dumoulin", "Camille Astruc", "formal", "regular",
             meeting="Bilan de santé financière", at="jeudi 3 décembre à 14 h",
             props=["mercredi 9 décembre à 10 h", "vendredi 11 décembre à 15 h"],
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Votre bilan de santé financière",
           """
Monsieur Dumoulin,

Je vous ai attendu jeudi dernier à 14 h pour votre bilan de santé financière, et j'espère qu'il ne vous est rien arrivé de fâcheux.

Je vous propose un nouveau rendez-vous mercredi 9 décembre à 10 h ou vendredi 11 décembre à 15 h.

Je me permets de vous rappeler que tout rendez-vous non annulé au moins 24 heures à l'avance est facturé à hauteur de la moitié des honoraires (50 %).

Bien cordialement,

Camille Arnaud
""", "correct: past meeting as 'jeudi dernier', 'la moitié' with 50 % given")),
    (D, ok(S(L, "no_show_followup", "Margaux Henry", "Sébastien Pujol", "friendly", "regular",
             meeting="Séance de coaching en prise de parole", at="vendredi 7 mai à 18 h", props=["mercredi 12 mai à 18 h"]),
           "Notre séance de vendredi",
           """
Salut Margaux,

Je t'ai attendue vendredi soir pour notre séance de coaching en prise de parole ; j'espère que tout va bien de ton côté. Un oubli, ça arrive à tout le monde !

Si tu veux, on se rattrape mercredi 12 mai, même heure (18h).

À mercredi peut-être,
Sébastien
""", "correct: past meeting as 'vendredi soir', 'même heure (18h)'")),
    (B, ok(S(L, "late_cancellation", "Yvonne Carpentier", "Damien Roux", "formal", "regular",
             meeting="Consultation d'architecture intérieure", at="lundi 18 janvier à 15 h",
             props=["mardi 26 janvier à 15 h"], pol={"notice_hours": 48, "fee_percent": 30}),
           "Annulation de votre consultation de cet après-midi",
           """
Madame Carpentier,

J'ai bien reçu ce matin l'annulation de votre consultation d'architecture intérieure prévue cet après-midi à 15 h.

Conformément à nos conditions, une annulation intervenant moins de deux jours (48 heures) avant le rendez-vous donne lieu à une facturation de 30 % des honoraires.

Je serais heureux de vous recevoir le mardi 26 janvier, à la même heure, si cela vous convient.

Cordialement,

Damien Roux
""", "correct: 'cet après-midi' (meeting is today), 'deux jours (48 heures)', 'à la même heure'")),
    (E, ok(S(L, "late_cancellation", "Anaïs Lemaire", "Florent Bazin", "friendly", "regular",
             meeting="Cours particulier de violoncelle", at="mercredi 15 septembre à 17 h",
             props=["mercredi 22 septembre à 17 h"], pol={"notice_hours": 24, "deposit_percent": 20}),
           "Cours de violoncelle de demain",
           """
Bonjour Anaïs,

C'est noté pour l'annulation du cours de violoncelle de demain, 17h. Comme tu as prévenu moins de 24 heures avant, l'acompte de 20 % reste acquis, comme prévu dans nos conditions.

On reprend mercredi prochain, le 22, à la même heure ?

Bonne soirée,
Florent
""", "correct: 'demain' = 15 Sept (today 14 Sept), 'mercredi prochain, le 22'")),
    (C, ok(S(L, "cancellation_policy", "Sylvain Mercadier", "Laure Pichon", "formal", "new",
             pol={"notice_hours": 72, "fee_percent": 100, "deposit_percent": 30}),
           "Nos conditions d'annulation",
           """
Monsieur Mercadier,

Comme convenu, voici nos conditions d'annulation.

Un acompte de 30 % est demandé à la réservation. Toute annulation doit nous parvenir au moins trois jours (72 heures) avant la date prévue ; passé ce délai, la prestation est due en totalité.

Je reste à votre disposition pour toute question.

Cordialement,

Laure Pichon
""", "correct: no meeting; 'trois jours (72 heures)', 100 % as 'due en totalité'")),
    (D, ok(S(L, "cancellation_policy", "Juliette Benard", "Maxime Collin", "friendly", "new",
             meeting="Séance photo de mariage", at="samedi 22 mai à 14 h",
             pol={"notice_hours": 168, "deposit_percent": 40}),
           "Votre séance photo du samedi 22 mai",
           """
Bonjour Juliette,

Je suis ravi de vous retrouver pour la séance photo de mariage le samedi 22 mai à 14h !

Petit point pratique : je demande un acompte de 40 % à la réservation, et toute annulation doit m'être signalée au moins une semaine avant (168 heures).

Au plaisir,
Maxime
""", "correct: 168 h as 'une semaine' with the hours in brackets")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S(L, "reschedule", "Valérie Guichard", "Ludovic Marty", "formal", "regular",
             meeting="Réunion de cadrage du projet Hermine", at="mardi 15 décembre à 9 h",
             props=["jeudi 17 décembre à 11 h"], reason="un conflit d'agenda avec un comité interne"),
           "Réunion de cadrage Hermine",
           """
Madame Guichard,

En raison d'un conflit d'agenda avec un comité interne, je me vois contraint de déplacer notre réunion de cadrage du projet Hermine, initialement prévue jeudi 17 décembre à 11 h.

Je vous propose de la tenir le mardi 15 décembre à 9 h. Merci de me dire si ce créneau vous convient.

Bien cordialement,

Ludovic Marty
""", "time_swapped: old slot (mardi 15, 9 h) presented as the new one and the new one (jeudi 17, 11 h) as the old")),
    (C, bad("time_swapped", S(L, "reschedule", "Cédric Lacombe", "Pauline Auger", "formal", "key",
             meeting="Entretien annuel de suivi client", at="mercredi 10 mars à 10 h",
             props=["mercredi 10 mars à 15 h"], reason="un déplacement le matin"),
           "Entretien annuel du 10 mars : changement d'horaire",
           """
Cher Monsieur Lacombe,

Je dois me déplacer le mercredi 10 mars. Serait-il possible de décaler notre entretien annuel de suivi, prévu à 15 h, à 10 h le même jour ?

Je vous remercie par avance de votre souplesse.

Bien à vous,

Pauline Auger
""", "time_swapped: hours exchanged on the same day (meeting 10 h, offer 15 h)")),
    (B, bad("time_recap_wrong", S(L, "reschedule", "Isabelle Prévost", "Arnaud Delmas", "formal", "regular",
             meeting="Audit des procédures qualité", at="jeudi 28 janvier à 14 h",
             props=["lundi 1er février à 14 h", "mercredi 3 février à 10 h"], reason="une inspection imprévue"),
           "Audit des procédures qualité : nouveaux créneaux",
           """
Madame Prévost,

Une inspection imprévue m'oblige à déplacer l'audit des procédures qualité du jeudi 28 janvier à 14 h.

Je peux vous proposer le lundi 1er février à 14 h ou le mercredi 3 février à 10 h.

Dans l'attente de votre retour, je vous réserve d'ores et déjà le mardi 2 février à 14 h.

Cordialement,

Arnaud Delmas
""", "time_recap_wrong: closing sentence holds mardi 2 février, a day never offered")),
    (D, bad("time_recap_wrong", S(L, "reschedule", "Gilles Barbier", "Estelle Noël", "formal", "regular",
             meeting="Revue du plan de formation", at="vendredi 14 mai à 11 h",
             props=["mercredi 19 mai à 14 h"], reason="l'absence de notre responsable RH"),
           "Nouveau créneau : mercredi 19 mai à 11 h",
           """
Monsieur Barbier,

Notre responsable RH étant absente vendredi, je vous propose de décaler la revue du plan de formation prévue le vendredi 14 mai à 11 h.

Le mercredi 19 mai à 14 h vous conviendrait-il ?

Bien cordialement,

Estelle Noël
""", "time_recap_wrong: subject names 11 h (the old hour) for the new day; offered slot is 14 h")),
    (E, bad("weekday_wrong", S(L, "reschedule", "Roland Cazenave", "Mylène Perrin", "formal", "key",
             meeting="Comité d'investissement immobilier", at="vendredi 24 septembre à 10 h",
             props=["mardi 28 septembre à 10 h"], reason="la clôture trimestrielle"),
           "Comité d'investissement reporté au jeudi 28 septembre",
           """
Cher Monsieur Cazenave,

La clôture trimestrielle mobilise toute l'équipe en fin de semaine ; je vous propose donc de reporter le comité d'investissement immobilier du vendredi 24 septembre au mardi 28 septembre, toujours à 10 h.

Je vous remercie de votre compréhension.

Mylène Perrin
""", "weekday_wrong: subject says jeudi 28 septembre (it is a Tuesday); body right")),
    (A, bad("weekday_wrong", S(L, "switch_to_call", "Danielle Jacquet", "Vincent Labbé", "formal", "regular",
             meeting="Réunion sur le plan de succession", at="vendredi 18 décembre à 14 h",
             props=["lundi 21 décembre à 9 h"], reason="les travaux dans nos bureaux"),
           "Plan de succession : échange téléphonique",
           """
Madame Jacquet,

Des travaux dans nos bureaux nous empêchent de vous recevoir le vendredi 18 décembre. Je vous propose de remplacer notre réunion sur le plan de succession par un appel, le mardi 21 décembre à 9 h.

Bien cordialement,

Vincent Labbé
""", "weekday_wrong: body says mardi 21 décembre, 21 December 2026 is a Monday")),
    (B, bad("percent_swapped", S(L, "cancellation_policy", "Fabrice Renaud", "Claire-Anne Dussart", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 60, "deposit_percent": 25}),
           "Conditions d'annulation",
           """
Monsieur Renaud,

Voici, comme promis, nos conditions d'annulation.

Un acompte de 60 % vous sera demandé à la confirmation. Toute annulation doit nous être signalée au moins 48 heures à l'avance ; à défaut, des frais de 25 % du montant de la prestation s'appliquent.

Cordialement,

Claire-Anne Dussart
""", "percent_swapped: deposit written 60 % and fee 25 % (given: fee 60, deposit 25)")),
    (D, bad("policy_invented", S(L, "no_show_followup", "Jérôme Baudin", "Alice Poirier", "formal", "regular",
             meeting="Séance d'ostéopathie du sportif", at="jeudi 6 mai à 17 h 30", props=["mardi 11 mai à 17 h 30"]),
           "Votre séance du jeudi 6 mai",
           """
Monsieur Baudin,

Je ne vous ai pas vu jeudi dernier à 17 h 30 pour votre séance d'ostéopathie.

Comme le prévoient nos conditions, la moitié de la séance vous sera néanmoins facturée.

Je peux vous recevoir le mardi 11 mai à la même heure si vous le souhaitez.

Cordialement,

Alice Poirier
""", "policy_invented: 'la moitié de la séance vous sera facturée' with no policy given")),
    (C, bad("discount_invented", S(L, "reschedule", "Nathalie Gomez", "Eric Lemoine", "formal", "key",
             meeting="Point sur le retard de livraison des étagères", at="lundi 15 mars à 14 h",
             props=["mercredi 17 mars à 14 h"],
             reason="la cliente a demandé un geste commercial après le retard de livraison"),
           "Point sur la livraison des étagères",
           """
Chère Madame Gomez,

Je dois malheureusement décaler notre point sur le retard de livraison des étagères, prévu lundi 15 mars à 14 h. Je vous propose mercredi 17 mars à la même heure.

Pour le désagrément causé par ce retard, nous vous accordons une remise de 10 % sur votre prochaine facture.

Bien cordialement,

Eric Lemoine
""", "discount_invented: 10 % discount, licensed only by the reason (client asked for a gesture)")),
    (E, bad("link_invented", S(L, "switch_to_email", "Mireille Chauvet", "Quentin Royal", "friendly", "regular",
             meeting="Revue de la maquette du site Vega", at="jeudi 16 septembre à 11 h",
             reason="elle voulait revoir la maquette du site à son rythme"),
           "Maquette Vega par mail",
           """
Bonjour Mireille,

Tu m'avais dit vouloir regarder la maquette du site Vega à ton rythme : plutôt que notre revue de jeudi à 11h, je te propose qu'on échange par mail.

Tout est en ligne ici : https://maquettes.atelier-nord.fr/vega-v3

Tes retours quand tu veux !
Quentin
""", "link_invented: URL added because the reason mentions reviewing the mock-up")),
    (A, bad("email_invented", S(L, "delegate", "Monique Leclerc", "Stéphane Huet", "formal", "regular",
             meeting="Suivi du sinistre dégât des eaux", at="mercredi 16 décembre à 10 h",
             col="Bertrand Faure", reason="une mutation dans une autre agence"),
           "Suivi de votre sinistre",
           """
Madame Leclerc,

Je rejoins une autre agence à la mi-décembre. Mon collègue Bertrand Faure assurera donc le suivi de votre sinistre dégât des eaux et vous recevra le mercredi 16 décembre à 10 h.

Vous pouvez dès à présent lui écrire directement à bertrand.faure.perso@gmail.com.

Cordialement,

Stéphane Huet
""", "email_invented: private e-mail address for the colleague")),
    (B, bad("phone_invented", S(L, "switch_to_call", "Gaston Bérard", "Lina Moulin", "formal", "new",
             meeting="Rendez-vous sur l'extension du garage", at="vendredi 29 janvier à 10 h",
             props=["vendredi 29 janvier à 16 h"], reason="un chantier qui se prolonge"),
           "Extension du garage : rendez-vous téléphonique",
           """
Monsieur Bérard,

Un chantier qui se prolonge m'empêche de me rendre chez vous vendredi matin. Je vous propose d'échanger par téléphone sur l'extension du garage le même jour à 16 h.

Vous pouvez me joindre au 06 12 48 77 30.

Bien cordialement,

Lina Moulin
""", "phone_invented: mobile number nobody gave")),
    (D, bad("number_invented", S(L, "reschedule", "Hervé Colas", "Sophie Tanguy", "formal", "regular",
             meeting="Présentation du devis de rénovation", at="mardi 11 mai à 10 h",
             props=["lundi 17 mai à 10 h"], reason="le devis n'est pas encore finalisé"),
           "Présentation du devis de rénovation",
           """
Monsieur Colas,

Le devis de rénovation n'étant pas tout à fait finalisé, je préfère reporter sa présentation prévue mardi 11 mai à 10 h au lundi 17 mai, même heure.

Pour vous donner un ordre d'idée, il devrait s'établir autour de 4 800 € HT.

Cordialement,

Sophie Tanguy
""", "number_invented: price 4 800 € HT")),
    (E, bad("title_or_company_invented", S(L, "decline", "Didier Pasquier", "Marion Lenoir", "formal", "key",
             meeting="Déjeuner de présentation des nouveaux associés", at="vendredi 1er octobre à 12 h 30",
             reason="un conseil de surveillance le même jour"),
           "Déjeuner du vendredi 1er octobre",
           """
Cher Monsieur Pasquier,

Je vous remercie de votre invitation au déjeuner de présentation des nouveaux associés, le vendredi 1er octobre à 12 h 30. Un conseil de surveillance se tient ce même jour et je ne pourrai malheureusement pas me joindre à vous.

Je vous souhaite un excellent déjeuner.

Bien à vous,

Marion Lenoir
Directrice commerciale – Groupe Altéa Conseil
""", "title_or_company_invented: job title and company in the signature")),
    (C, bad("name_near_miss", S(L, "shorten", "Benoît Lacroix", "Coralie Weber", "formal", "regular",
             meeting="Point d'étape sur l'inventaire", at="jeudi 18 mars à 8 h 30", dur=20,
             reason="une réunion de direction à 9 h"),
           "Point d'étape sur l'inventaire",
           """
Cher Monsieur Lacroux,

Une réunion de direction est fixée à 9 h le jeudi 18 mars. Je vous propose donc de limiter notre point d'étape sur l'inventaire de 8 h 30 à vingt minutes.

Bien cordialement,

Coralie Weber
""", "name_near_miss: 'Lacroux' for Lacroix")),
    (A, bad("name_near_miss", S(L, "reschedule", "Solène Garreau", "Adrien Mallet", "friendly", "regular",
             meeting="Répétition du discours de fin d'année", at="jeudi 10 décembre à 18 h",
             props=["vendredi 11 décembre à 18 h"], reason="un dîner client de dernière minute"),
           "Répétition du discours : vendredi ?",
           """
Bonjour Solenne,

Un dîner client vient de tomber jeudi soir. On pourrait décaler la répétition du discours de fin d'année à vendredi, même heure ?

Merci, et désolé du changement !
Adrien
""", "name_near_miss: 'Solenne' for Solène (friendly first name, 2 edits)")),
    (B, bad("place_changed", S(L, "reschedule", "Hugues Verdier", "Aline Bouvier", "formal", "regular",
             meeting="Visite de l'entrepôt de Villefranche-sur-Saône", at="mercredi 20 janvier à 9 h",
             props=["mercredi 27 janvier à 9 h"], reason="un inventaire en cours"),
           "Visite de l'entrepôt",
           """
Monsieur Verdier,

Un inventaire étant en cours, je vous propose de décaler d'une semaine la visite de l'entrepôt de Villeurbanne prévue le mercredi 20 janvier à 9 h : rendez-vous le mercredi 27 janvier à la même heure ?

Bien cordialement,

Aline Bouvier
""", "place_changed: Villeurbanne for Villefranche-sur-Saône")),
    (D, bad("foreign_paragraph", S(L, "late_cancellation", "Laetitia Fournel", "Romain Guérin", "formal", "regular",
             meeting="Séance de bilan diététique", at="lundi 10 mai à 9 h", pol={"notice_hours": 24, "fee_percent": 50}),
           "Annulation de votre bilan diététique",
           """
Madame Fournel,

J'ai bien pris note de l'annulation de votre bilan diététique de ce matin, 9 h.

Le recuerdo que, según nuestras condiciones, las cancelaciones con menos de 24 horas de antelación se facturan al 50 %.

N'hésitez pas à me contacter pour fixer un nouveau rendez-vous.

Cordialement,

Romain Guérin
""", "foreign_paragraph: the policy paragraph is in Spanish")),
    (E, bad("foreign_paragraph", S(L, "switch_to_email", "Céline Ortega", "Benjamin Caillaud", "formal", "regular",
             meeting="Point sur la traduction du catalogue", at="jeudi 30 septembre à 15 h",
             reason="les corrections sont peu nombreuses"),
           "Traduction du catalogue : échange par écrit",
           """
Madame Ortega,

Les corrections de la traduction du catalogue étant peu nombreuses, je vous propose de les traiter par écrit plutôt que lors de notre point du jeudi 30 septembre à 15 h.

Envio-lhe hoje a lista das alterações; se preferir, podemos manter a reunião.

Bien cordialement,

Benjamin Caillaud
""", "foreign_paragraph: one Portuguese paragraph")),
    (C, bad("policy_invented", S(L, "late_cancellation", "Arlette Vigneron", "Loïc Marchal", "friendly", "regular",
             meeting="Séance de sophrologie", at="mercredi 3 mars à 18 h", props=["mercredi 10 mars à 18 h"],
             pol={"notice_hours": 24}),
           "Séance de ce soir",
           """
Bonjour Arlette,

Bien reçu ton message pour la séance de sophrologie de ce soir, 18h. Comme l'annulation arrive moins de 24 heures avant, l'acompte versé ne pourra pas être remboursé.

On se retrouve mercredi prochain à la même heure ?

Belle soirée,
Loïc
""", "policy_invented: non-refundable deposit in words, only notice hours given")),
]
