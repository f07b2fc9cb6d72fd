"""French v5 records, each written out by hand (held out). (today, record) pairs."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2026-12-15", "2027-01-26", "2027-03-17", "2027-07-08", "2027-11-04"
L = "fr"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S(L, "reschedule", "Apolline Rousselet", "Corentin Mabille", "formal", "key",
             meeting="Comité de suivi du chantier de Saint-Nazaire", at="jeudi 17 décembre à 14 h 30",
             props=["lundi 21 décembre à 9 h 30"], reason="un contrôle de l'inspection du travail"),
           "Comité de suivi Saint-Nazaire : report au lundi 21 décembre",
           """
Chère Madame Rousselet,

L'inspection du travail a programmé un contrôle sur site ce jeudi 17 décembre en début d'après-midi ; je ne pourrai donc pas tenir notre comité de suivi du chantier de Saint-Nazaire à 14 h 30.

Je vous propose de le reporter au lundi 21 décembre à 9 h 30. Cela vous conviendrait-il ?

Avec toutes mes excuses pour ce contretemps,

Corentin Mabille
""", "correct: 'Chère Madame Rousselet', reason paraphrased, subject names the offered date")),
    (B, ok(S(L, "reschedule", "Firmin Dequidt", "Salomé Garnier-Roux", "friendly", "regular",
             meeting="Atelier menus de printemps", at="jeudi 28 janvier à 15 h",
             props=["mardi 2 février à 10 h", "mercredi 3 février à 16 h"], reason="ma livraison de matériel est repoussée"),
           "Atelier menus : on décale ?",
           """
Bonjour Firmin,

Mon matériel n'arrive finalement que vendredi, du coup l'atelier menus de printemps de jeudi 15h tombe à l'eau. On peut le caler mardi 2/2 à 10h, ou mercredi 3 vers 16 heures ?

Dis-moi ce qui t'arrange, et encore désolée !

Salomé
""", "correct: first name, '2/2 à 10h', 'mercredi 3 vers 16 heures', idiom 'tombe à l'eau'")),
    (C, ok(S(L, "reschedule", "Docteur Anselme Vautrin", "Inès Lecoq", "formal", "new",
             meeting="Présentation du dispositif de télésurveillance", at="vendredi 19 mars à 11 h",
             props=["jeudi 25 mars à 14 h"], reason="la panne de notre serveur de démonstration"),
           "Présentation télésurveillance : nouvelle date",
           """
Docteur,

Notre serveur de démonstration est hors service depuis hier et ne sera pas réparé d'ici vendredi. Je préfère donc reporter la présentation du dispositif de télésurveillance prévue le vendredi 19 mars à 11 h.

Seriez-vous disponible le jeudi 25 mars à 14 heures ?

Je vous prie d'agréer, Docteur, l'expression de ma considération distinguée.

Inès Lecoq
""", "correct: bare title 'Docteur', '14 heures', reason paraphrased")),
    (D, ok(S(L, "reschedule", "Gaëlle Fournival", "Bastien Roche-Aubry", "formal", "regular",
             meeting="Revue du contrat de maintenance des ascenseurs de la résidence Les Tilleuls", at="lundi 12 juillet à 10 h",
             props=["mercredi 14 juillet à 15 h", "vendredi 16 juillet à 9 h"]),
           "Revue contrat ascenseurs : deux créneaux",
           """
Madame Fournival,

Je dois malheureusement déplacer notre revue du contrat de maintenance des ascenseurs de la résidence Les Tilleuls, fixée au lundi 12 juillet à 10 h.

Je peux vous proposer :
- le mercredi 14 juillet à 15 h ;
- le vendredi 16 juillet à 9 h.

Bien cordialement,

Bastien Roche-Aubry
""", "correct: bullet list of both slots, formal")),
    (E, ok(S(L, "decline", "Hortense Biraben", "Mathis Quéré", "formal", "new",
             meeting="Démonstration de l'outil de paie", at="mardi 9 novembre à 10 h",
             reason="nous avons déjà retenu un prestataire"),
           "Démonstration de l'outil de paie du 9 novembre",
           """
Madame,

Je vous remercie pour votre proposition de démonstration de l'outil de paie le mardi 9 novembre à 10 h. Nous avons toutefois déjà arrêté notre choix sur un autre prestataire et je préfère ne pas vous faire perdre une matinée.

Je vous souhaite une bonne continuation.

Mathis Quéré
""", "correct: 'une matinée' idiom, reason paraphrased")),
    (A, ok(S(L, "decline", "Lazare Ombredane", "Romane Pichet", "friendly", "regular",
             meeting="Déjeuner de fin d'année des partenaires", at="mercredi 23 décembre à 12 h 30",
             reason="je serai déjà en congé"),
           "Déjeuner du 23",
           """
Salut Lazare,

Merci pour l'invitation ! Je serai déjà partie en congé le mercredi 23 décembre, donc pas de déjeuner de fin d'année pour moi cette fois-ci.

Passe de bonnes fêtes, on se voit l'année prochaine.

Romane
""", "correct: friendly, date without time, 'à la rentrée de janvier' (no date)")),
    (B, ok(S(L, "shorten", "Élodie Marchadier", "Josselin Terrasse", "formal", "regular",
             meeting="Point mensuel sur les stocks", at="vendredi 29 janvier à 9 h", dur=30,
             reason="un inventaire imprévu"),
           "Point stocks de vendredi : une demi-heure",
           """
Bonjour Madame Marchadier,

Un inventaire imprévu m'occupera une bonne partie de vendredi. Pourrions-nous limiter notre point mensuel sur les stocks du vendredi 29 janvier, 9 h, à une demi-heure ?

Je vous enverrai les chiffres la veille pour gagner du temps.

Cordialement,
Josselin Terrasse
""", "correct: 'une demi-heure' for 30 minutes, 'la veille' (no date)")),
    (C, ok(S(L, "shorten", "Noam Belkacem", "Clarisse Audoin", "friendly", "key",
             meeting="Séance de travail sur la charte graphique", at="mardi 23 mars à 14 h", dur=45),
           "Charte graphique : format court mardi",
           """
Bonjour Noam,

Pour notre séance sur la charte graphique de mardi 23 à 14h, je vais devoir faire court : trois quarts d'heure au lieu de l'après-midi. On se concentre sur le logo et les couleurs ?

À mardi,
Clarisse
""", "correct: 'trois quarts d'heure' for 45 minutes, 'mardi 23 à 14h'")),
    (D, ok(S(L, "switch_to_call", "Maître Sidonie Larchevêque", "Gauthier Monnerot", "formal", "key",
             meeting="Rendez-vous sur la succession Delmotte", at="mardi 13 juillet à 16 h",
             reason="les grèves de la SNCF"),
           "Succession Delmotte : rendez-vous par téléphone",
           """
Maître,

En raison des grèves annoncées à la SNCF, je crains de ne pas pouvoir me rendre à votre étude le mardi 13 juillet. Accepteriez-vous que notre rendez-vous sur la succession Delmotte se tienne par téléphone, à la même heure, 16 h ?

Je vous prie d'agréer, Maître, mes salutations respectueuses.

Gauthier Monnerot
""", "correct: bare title 'Maître', 'à la même heure, 16 h'")),
    (E, ok(S(L, "switch_to_call", "Yanis Carbonnel", "Perrine Lefranc", "friendly", "regular",
             meeting="Point d'étape sur la refonte du site", at="lundi 8 novembre à 11 h",
             props=["lundi 8 novembre à 14 h"], reason="je suis en déplacement à Lille"),
           "Refonte du site : on s'appelle lundi ?",
           """
Hello Yanis,

Je suis à Lille toute la journée de lundi, donc impossible de passer pour notre point d'étape sur la refonte du site. On se fait plutôt un appel, lundi 8 à 14h au lieu de 11h ?

Bises,
Perrine
""", "correct: 'lundi 8 à 14h au lieu de 11h' names both in right roles")),
    (A, ok(S(L, "switch_to_email", "Ghislain Portejoie", "Maëlys Durandeau", "formal", "regular",
             meeting="Validation du budget formation 2027", at="vendredi 18 décembre à 10 h",
             reason="les arbitrages sont quasiment bouclés"),
           "Budget formation 2027 : validation par écrit",
           """
Monsieur Portejoie,

Les arbitrages sur le budget formation 2027 étant presque bouclés, je pense que nous pouvons nous passer de la réunion du vendredi 18 décembre à 10 h. Je vous propose de vous envoyer le document par e-mail et de recueillir vos remarques par écrit.

Bien à vous,

Maëlys Durandeau
""", "correct: reason paraphrased, 'par e-mail' without address")),
    (B, ok(S(L, "switch_to_email", "Capucine Aubertin", "Dorian Valette", "friendly", "new",
             meeting="Entretien de cadrage pour le reportage photo", at="mercredi 27 janvier à 17 h"),
           "Reportage photo : on fait ça par écrit ?",
           """
Bonjour Capucine,

Plutôt que notre entretien de cadrage de mercredi 17 h, je vous propose de faire le point par écrit : je vous envoie mes questions dans la journée et vous me répondez quand vous pouvez.

Belle journée,
Dorian
""", "correct: 'mercredi 17 h' without date, friendly sign-off")),
    (C, ok(S(L, "delegate", "Aurèle Fontanieu", "Margaux Vasseur-Lind", "formal", "key",
             meeting="Audit énergétique de l'entrepôt de Vénissieux", at="lundi 22 mars à 8 h 30",
             col="Térence Abadie", reason="je serai en arrêt maladie"),
           "Audit énergétique Vénissieux : Térence Abadie vous recevra",
           """
Monsieur Fontanieu,

Je serai absente pour raisons de santé la semaine prochaine. Afin de ne pas retarder l'audit énergétique de l'entrepôt de Vénissieux, mon collègue Térence Abadie assurera le rendez-vous du lundi 22 mars à 8 h 30. Il connaît parfaitement le dossier.

Bien cordialement,

Margaux Vasseur-Lind
""", "correct: 'raisons de santé' paraphrase, colleague full name")),
    (D, ok(S(L, "delegate", "Océane Labarthe", "Hugo Kerbrat", "friendly", "regular",
             meeting="Visite de la cave coopérative", at="vendredi 9 juillet à 10 h",
             col="Léna Bourhis"),
           "Visite de vendredi",
           """
Salut Océane,

Petit changement pour la visite de la cave coopérative vendredi à 10h : c'est Léna qui te fera le tour, je suis bloqué au bureau. Elle connaît la maison mieux que moi !

Bonne dégustation,
Hugo
""", "correct: colleague first name only 'Léna', 'vendredi à 10h'")),
    (E, ok(S(L, "no_show_followup", "Frédéric Lamotte-Brun", "Soizic Le Goff", "formal", "regular",
             meeting="Bilan de mi-parcours du coaching", at="mercredi 3 novembre à 9 h",
             props=["mercredi 10 novembre à 9 h"], pol={"fee_percent": 50}),
           "Bilan de mi-parcours : séance d'hier",
           """
Monsieur Lamotte-Brun,

Je vous ai attendu hier matin, mercredi 3 novembre à 9 h, pour notre bilan de mi-parcours. J'espère qu'il n'y a rien de grave.

Comme prévu dans nos conditions, la moitié des honoraires, soit 50 %, reste due. Je vous propose de reprendre mercredi prochain, le 10 novembre, à la même heure.

Cordialement,
Soizic Le Goff
""", "correct: 'la moitié' backed by fee 50 %, 'hier matin', 'mercredi prochain, le 10 novembre, à la même heure'")),
    (A, ok(S(L, "no_show_followup", "Anouk Ferrandi", "Baptiste Orsoni", "friendly", "regular",
             meeting="Cours particulier de guitare", at="lundi 14 décembre à 18 h"),
           "Cours d'hier soir",
           """
Coucou Anouk,

Je ne t'ai pas vue hier soir à 18h pour ton cours de guitare, tout va bien ? Pas de souci, ça arrive à tout le monde. Dis-moi quand tu veux qu'on le rattrape.

À bientôt,
Baptiste
""", "correct: 'hier soir à 18h' for Monday 14 (today Tue 15)")),
    (B, ok(S(L, "late_cancellation", "Benoît Sarraute", "Adèle Kervella", "formal", "regular",
             meeting="Séance de rééducation du genou", at="lundi 25 janvier à 17 h 30",
             props=["jeudi 28 janvier à 17 h 30"], pol={"notice_hours": 24, "fee_percent": 30}),
           "Votre séance du 25 janvier",
           """
Bonjour Monsieur Sarraute,

J'ai bien reçu votre message annulant votre séance de rééducation du genou d'hier, lundi 25 janvier à 17 h 30. Je vous rappelle que toute annulation moins de vingt-quatre heures à l'avance donne lieu à une facturation de 30 % de la séance.

Je peux vous recevoir jeudi 28 janvier à la même heure si cela vous convient.

Bien cordialement,
Adèle Kervella
""", "correct: 'vingt-quatre heures' in words for 24 h, 'à la même heure'")),
    (C, ok(S(L, "late_cancellation", "Maxence Tollet", "Élise Arnoult", "friendly", "new",
             meeting="Séance photo de famille", at="mardi 16 mars à 10 h", pol={"deposit_percent": 40}),
           "Séance photo d'hier",
           """
Bonjour Maxence,

Merci de m'avoir prévenue, même à la dernière minute ! Comme indiqué lors de la réservation, l'acompte de 40 % est conservé. Je serai ravie de reprogrammer la séance photo de famille quand vous le souhaiterez.

Au plaisir de vous voir bientôt,
Élise
""", "correct: deposit 40 %, 'à la dernière minute' idiom")),
    (D, ok(S(L, "cancellation_policy", "Marius Dalbera", "Cyrielle Fontès", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 20}),
           "Nos conditions d'annulation",
           """
Monsieur Dalbera,

Bienvenue parmi nos clients. Pour toute réservation, nous demandons un acompte de 20 %. Les rendez-vous peuvent être annulés sans frais jusqu'à deux jours (48 heures) avant la date prévue ; passé ce délai, l'acompte n'est pas restitué.

Je reste à votre disposition pour toute question.

Cyrielle Fontès
""", "correct: '48 heures' with 'deux jours' gloss, deposit 20 %")),
    (E, ok(S(L, "cancellation_policy", "Pénélope Castagnier", "Loïc Hamonic", "friendly", "regular",
             meeting="Stage de céramique du week-end", at="vendredi 12 novembre à 9 h",
             pol={"notice_hours": 72, "fee_percent": 100}),
           "Stage céramique : rappel des conditions",
           """
Bonjour Pénélope,

Petit rappel avant le stage de céramique du vendredi 12 novembre (début 9h) : en cas d'annulation moins de 72 heures avant, le stage est dû en totalité, soit 100 %. Avant, c'est gratuit.

Hâte de te voir à l'atelier,
Loïc
""", "correct: 'en totalité' backed by 100 %, 72 heures")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S(L, "reschedule", "Timothée Vergnaud", "Agathe Delorme", "formal", "regular",
             meeting="Présentation des maquettes du catalogue", at="mercredi 16 décembre à 15 h",
             props=["vendredi 18 décembre à 11 h"]),
           "Maquettes du catalogue : report",
           """
Monsieur Vergnaud,

Je dois malheureusement déplacer la présentation des maquettes du catalogue prévue le vendredi 18 décembre à 11 h.

Pourrions-nous la tenir le mercredi 16 décembre à 15 h ?

Cordialement,
Agathe Delorme
""", "body: old slot (mer 16 15 h) and new slot (ven 18 11 h) exchanged")),
    (B, bad("time_swapped", S(L, "switch_to_call", "Ludivine Cazenave", "Ambroise Pellerin", "friendly", "regular",
             meeting="Point sur la campagne d'adhésion", at="jeudi 28 janvier à 9 h 30",
             props=["jeudi 28 janvier à 11 h"]),
           "Campagne d'adhésion : par téléphone ?",
           """
Bonjour Ludivine,

Je ne serai pas au bureau jeudi. On fait notre point sur la campagne d'adhésion par téléphone ? Je te propose 9h30 au lieu de 11h.

Merci !
Ambroise
""", "'9h30 au lieu de 11h': offered and old hour exchanged (meeting 9 h 30, proposed 11 h)")),
    (C, bad("time_recap_wrong", S(L, "reschedule", "Bertille Amzallag", "Quentin Fabre-Moulin", "formal", "key",
             meeting="Comité d'investissement du fonds Horizon", at="jeudi 18 mars à 10 h",
             props=["mardi 23 mars à 14 h 30"], reason="un conseil d'administration exceptionnel"),
           "Comité d'investissement : nouvelle date",
           """
Madame Amzallag,

Un conseil d'administration exceptionnel a été convoqué jeudi matin ; je vous propose donc de décaler le comité d'investissement du fonds Horizon au mardi 23 mars à 14 h 30.

Je bloque donc mardi 23 à 16 h dans nos agendas, sauf contre-indication de votre part.

Bien à vous,
Quentin Fabre-Moulin
""", "recap 'mardi 23 à 16 h' names another hour than the offered 14 h 30")),
    (D, bad("time_recap_wrong", S(L, "late_cancellation", "Gabin Ferrière", "Nolwenn Caradec", "formal", "regular",
             meeting="Consultation d'ostéopathie du sport", at="mercredi 7 juillet à 18 h",
             props=["lundi 12 juillet à 18 h"], pol={"fee_percent": 50}),
           "Nouveau rendez-vous le mardi 13 juillet",
           """
Bonjour Monsieur Ferrière,

J'ai bien noté l'annulation tardive de votre consultation d'ostéopathie du sport d'hier soir. Conformément à nos conditions, 50 % de la séance vous seront facturés.

Je peux vous recevoir le lundi 12 juillet à 18 h.

Cordialement,
Nolwenn Caradec
""", "subject names 'mardi 13 juillet', a day never offered (offered lundi 12)")),
    (E, bad("weekday_wrong", S(L, "reschedule", "Solène Barbeyrac", "Armand Giraudet", "formal", "new",
             meeting="Visite du local commercial rue des Tanneurs", at="vendredi 5 novembre à 10 h",
             props=["mardi 9 novembre à 10 h"], reason="le propriétaire ne peut pas ouvrir le local vendredi"),
           "Visite rue des Tanneurs : report au mercredi 9 novembre",
           """
Madame Barbeyrac,

Le propriétaire ne pourra pas nous ouvrir le local vendredi. Je vous propose de décaler la visite du local commercial rue des Tanneurs au mardi 9 novembre, toujours à 10 h.

Cordialement,
Armand Giraudet
""", "subject: 'mercredi 9 novembre' (9 novembre 2027 is a Tuesday); body right")),
    (A, bad("weekday_wrong", S(L, "no_show_followup", "Jordane Milhau", "Raphaëlle Touzet", "friendly", "regular",
             meeting="Séance de coaching sportif", at="vendredi 11 décembre à 7 h 30",
             props=["lundi 21 décembre à 7 h 30"]),
           "On reprogramme ?",
           """
Salut Jordane,

Je t'ai attendu vendredi matin au parc pour notre séance de 7h30. J'espère que tout va bien !

On remet ça mardi 21 décembre à la même heure ?

Raphaëlle
""", "body: 'mardi 21 décembre' (21 décembre 2026 is a Monday)")),
    (B, bad("percent_swapped", S(L, "cancellation_policy", "Octave Lemarié", "Justine Boisseau", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 60, "deposit_percent": 25}),
           "Conditions de réservation",
           """
Monsieur Lemarié,

Voici nos conditions : un acompte de 60 % est demandé à la réservation. Toute annulation moins de 24 heures à l'avance entraîne la facturation de 25 % de la prestation.

Bien cordialement,
Justine Boisseau
""", "deposit 60 % and fee 25 %: fee 60 / deposit 25 exchanged")),
    (C, bad("percent_swapped", S(L, "no_show_followup", "Clotilde Rambaud", "Évrard Sanchis", "formal", "regular",
             meeting="Séance d'orthophonie", at="mardi 16 mars à 16 h",
             pol={"fee_percent": 35, "deposit_percent": 15}),
           "Séance d'hier",
           """
Madame Rambaud,

Votre fils n'est pas venu hier à sa séance d'orthophonie de 16 h. Comme indiqué, l'acompte de 35 % est conservé et 15 % de la séance sont facturés.

Je reste disponible pour convenir d'un nouveau créneau.

Évrard Sanchis
""", "acompte 35 % / facture 15 %: fee 35 and deposit 15 exchanged")),
    (D, bad("policy_invented", S(L, "late_cancellation", "Amandine Peyrol", "Thibaut Cornuel", "friendly", "regular",
             meeting="Dégustation de vins au domaine", at="mardi 6 juillet à 17 h",
             props=["vendredi 16 juillet à 17 h"]),
           "Dégustation : nouvelle date",
           """
Bonjour Amandine,

Dommage pour mardi ! Pas de souci pour cette fois, mais je dois vous prévenir qu'à l'avenir, une annulation le jour même sera facturée à moitié prix.

On se voit vendredi 16 juillet à 17h ?

Thibaut
""", "'facturée à moitié prix' invents a fee (no policy given)")),
    (E, bad("policy_invented", S(L, "no_show_followup", "Jérémie Castellane", "Flavie Montreuil", "formal", "new",
             meeting="Premier rendez-vous de bilan patrimonial", at="mercredi 3 novembre à 14 h"),
           "Rendez-vous d'hier",
           """
Monsieur Castellane,

Je vous ai attendu hier à 14 h pour notre premier rendez-vous de bilan patrimonial. Je comprends qu'un imprévu puisse survenir ; sachez toutefois que le rendez-vous non honoré reste dû en intégralité.

N'hésitez pas à me recontacter pour en fixer un autre.

Flavie Montreuil
""", "'reste dû en intégralité' invents a fee (no policy given)")),
    (A, bad("number_invented", S(L, "switch_to_email", "Ernestine Valadier", "Joachim Reynier", "formal", "regular",
             meeting="Réunion de chiffrage de la rénovation", at="lundi 21 décembre à 14 h",
             reason="le devis est presque prêt"),
           "Rénovation : chiffrage par e-mail",
           """
Madame Valadier,

Le devis étant presque prêt, je vous propose de remplacer notre réunion du lundi 21 décembre par un échange par e-mail. Vous recevrez le chiffrage, qui devrait tourner autour de 38 000 euros, d'ici vendredi.

Bien cordialement,
Joachim Reynier
""", "price '38 000 euros' given by nobody")),
    (B, bad("number_invented", S(L, "decline", "Grégoire Massenet", "Lou Hérault", "friendly", "regular",
             meeting="Salon des métiers d'art", at="mercredi 3 février à 9 h",
             reason="notre stand n'a pas été retenu"),
           "Salon des métiers d'art",
           """
Salut Grégoire,

Mauvaise nouvelle : notre stand n'a pas été retenu, donc je ne viendrai pas au salon des métiers d'art mercredi 3. Il paraît qu'ils ont reçu plus de 400 candidatures cette année !

On se voit une prochaine fois,
Lou
""", "'plus de 400 candidatures': a number nobody gave")),
    (C, bad("discount_invented", S(L, "late_cancellation", "Hermine Castelnau", "Valentin Sorel", "formal", "key",
             meeting="Séance de conseil en image", at="lundi 15 mars à 10 h",
             props=["vendredi 26 mars à 10 h"], reason="la cliente demande un geste commercial"),
           "Votre séance de lundi",
           """
Madame Castelnau,

J'ai bien reçu l'annulation de votre séance de conseil en image de lundi. Je vous propose de la reporter au vendredi 26 mars à 10 h, et, à titre de geste commercial, je vous accorde une remise de 15 % sur cette séance.

Bien à vous,
Valentin Sorel
""", "discount '15 %' licensed only by the reason")),
    (D, bad("link_invented", S(L, "switch_to_call", "Aymeric Deschanel", "Laurine Baptistin", "formal", "regular",
             meeting="Entretien annuel fournisseur", at="jeudi 15 juillet à 10 h",
             reason="les travaux dans nos locaux"),
           "Entretien fournisseur : en visio",
           """
Monsieur Deschanel,

En raison des travaux dans nos locaux, je vous propose de tenir notre entretien annuel fournisseur du jeudi 15 juillet à 10 h en visioconférence, via ce lien : https://meet.baptistin-conseil.fr/entretien-2027

Cordialement,
Laurine Baptistin
""", "video-call link nobody gave")),
    (E, bad("email_invented", S(L, "delegate", "Romain Estrade", "Clémence Ouvrard", "formal", "regular",
             meeting="Réunion de lancement du plan de formation", at="lundi 8 novembre à 9 h",
             col="Fabien Laroque"),
           "Lancement du plan de formation : Fabien Laroque vous recevra",
           """
Monsieur Estrade,

Retenue à l'extérieur, je confie la réunion de lancement du plan de formation du lundi 8 novembre à 9 h à mon collègue Fabien Laroque. Vous pouvez le joindre directement à fabien.laroque@ouvrard-rh.fr.

Cordialement,
Clémence Ouvrard
""", "colleague's e-mail address nobody gave")),
    (A, bad("phone_invented", S(L, "switch_to_call", "Angèle Mirabeau", "Sacha Brunetière", "friendly", "new",
             meeting="Rencontre pour le projet de fresque", at="mercredi 16 décembre à 11 h"),
           "Fresque : on s'appelle mercredi ?",
           """
Bonjour Angèle,

Je suis coincé à l'atelier mercredi : on garde 11h mais par téléphone pour parler du projet de fresque ? Appelez-moi au 06 42 18 77 30.

Sacha
""", "phone number nobody gave")),
    (B, bad("title_or_company_invented", S(L, "shorten", "Wilfried Caussade", "Armelle Jaouen", "formal", "regular",
             meeting="Revue des indicateurs qualité", at="jeudi 4 février à 14 h", dur=20),
           "Revue qualité : format réduit",
           """
Monsieur Caussade,

Je vous propose de ramener notre revue des indicateurs qualité du jeudi 4 février, 14 h, à vingt minutes : les chiffres sont bons et nous pourrons aller à l'essentiel.

Cordialement,

Armelle Jaouen
Responsable qualité, Jaouen Industries
""", "job title and company under the signature nobody gave")),
    (C, bad("name_near_miss", S(L, "decline", "Sévérine Goulard", "Tristan Mézière", "formal", "new",
             meeting="Présentation de l'offre d'assurance collective", at="mercredi 24 mars à 15 h"),
           "Présentation assurance collective",
           """
Madame Goulart,

Je vous remercie de votre proposition de présentation de l'offre d'assurance collective le mercredi 24 mars. Nous ne sommes pas en mesure d'y donner suite pour le moment.

Cordialement,
Tristan Mézière
""", "greeting 'Goulart' for Goulard (one letter)")),
    (D, bad("place_changed", S(L, "reschedule", "Philippine Castex", "Renaud Guillemot", "formal", "key",
             meeting="Visite de l'usine de Roanne", at="vendredi 9 juillet à 9 h",
             props=["mardi 13 juillet à 9 h"], reason="un incident de production"),
           "Visite de l'usine : report au 13 juillet",
           """
Madame Castex,

Un incident de production nous oblige à reporter la visite de l'usine de Vichy prévue le vendredi 9 juillet à 9 h. Je vous propose le mardi 13 juillet à la même heure.

Bien à vous,
Renaud Guillemot
""", "Roanne changed to Vichy in the meeting")),
    (E, bad("foreign_paragraph", S(L, "switch_to_email", "Églantine Rivals", "Maxime Dutertre", "formal", "regular",
             meeting="Point sur le rapport d'activité", at="mercredi 10 novembre à 16 h"),
           "Rapport d'activité : échange écrit",
           """
Madame Rivals,

Je vous propose de remplacer notre point du mercredi 10 novembre à 16 h sur le rapport d'activité par un échange écrit.

Le enviaré mis comentarios por correo antes del viernes para que pueda revisarlos con calma.

Bien cordialement,
Maxime Dutertre
""", "second paragraph in Spanish")),
]
