"""v13, French: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v13src._d import A, B, C, D, E


def S(*a, **k):
    return _S("fr", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Bérénice Hautecloque", "Armand Vissac", "formal", "regular",
             meeting="Accord du piano à queue du salon", at="jeudi 20 juillet à 9 h 30",
             props=["mardi 25 juillet à 14 h", "mercredi 26 juillet à 9 h 30"],
             reason="la pièce de rechange pour les marteaux n'est pas encore arrivée"),
           "Accord de votre piano : une autre date",
           """
Madame Hautecloque,

Je dois malheureusement repousser l'accord de votre piano à queue prévu ce jeudi à 9h30 : j'attends toujours la pièce destinée aux marteaux, et je préfère ne pas intervenir à moitié.

Deux possibilités de mon côté :
• mardi 25/7 à 14 h ;
• mercredi 26 juillet, à la même heure que prévu.

Veuillez m'excuser pour ce contretemps.

Cordialement,
Armand Vissac
""", "correct: '25/7', 'même heure que prévu' for 9 h 30, 'à moitié' idiom")),
    (A, ok(S("decline", "Quentin Marivaux", "Lise Aubertot", "friendly", "new",
             meeting="Visite de la salle d'escalade pour votre comité d'entreprise", at="vendredi 21 juillet à 18 h",
             reason="la salle est fermée ce soir-là pour le changement des prises"),
           "Visite de vendredi",
           """
Bonjour Quentin,

Petit souci pour vendredi soir : on change toutes les prises des murs ce jour-là, la salle sera fermée. Je ne pourrai donc pas vous faire visiter à 18 h comme prévu.

Revenez vers moi quand vous voulez pour trouver un autre moment, ce sera avec plaisir.

Belle journée,
Lise
""", "correct: short, friendly, first-name signature, reason reworded")),
    (A, ok(S("shorten", "Hortense Delpérier", "Maxime Caradec", "formal", "regular",
             meeting="Bilan orthophonique de Jules", at="lundi 24 juillet à 16 h", dur=30,
             reason="j'ai une formation à 17 h le même jour"),
           "Bilan de Jules lundi : séance plus courte",
           """
Bonjour Madame Delpérier,

Le bilan de Jules est bien maintenu lundi 24 juillet à 16 heures, mais je devrai le limiter à une demi-heure : je suis en formation à 17 h ce jour-là.

Nous verrons l'essentiel ensemble et je vous transmettrai le reste par écrit.

Bien à vous,
Maxime Caradec
""", "correct: 'une demi-heure' for 30, '16 heures'")),
    (A, ok(S("no_show_followup", "Gaspard Lemoine-Ruaux", "Capucine Ferrand", "friendly", "key",
             meeting="Choix des vins pour le dîner de vos associés", at="lundi 17 juillet à 11 h",
             props=["jeudi 27 juillet à 11 h"]),
           "Notre dégustation de lundi",
           """
Cher Gaspard,

Je vous ai attendu lundi matin à 11 h pour la sélection des vins du dîner de vos associés ; j'espère que rien de grave ne vous a retenu.

Si cela vous arrange, je vous propose de reprendre la dégustation le jeudi 27 juillet, même heure. Les bouteilles restent de côté pour vous.

Au plaisir de vous voir,
Capucine Ferrand
""", "correct: past no-show, 'même heure' for 11 h")),
    (B, ok(S("switch_to_call", "Ondine Carbonnel", "Paul-Henri Gaudry", "formal", "new",
             meeting="Prise en main de la plateforme Tablio pour votre équipe", at="jeudi 31 août à 10 h",
             props=["jeudi 31 août à 10 h 30"], reason="notre salle de formation est en travaux"),
           "Prise en main de Tablio : en visio plutôt",
           """
Bonjour Madame Carbonnel,

Notre salle de formation étant en travaux, je vous propose de faire la prise en main de Tablio à distance plutôt que dans nos locaux.

Même jour, le jeudi 31 août, mais à 10h30 au lieu de 10h : je vous appellerai et nous partagerons l'écran.

Dites-moi si cela convient à votre équipe.

Cordialement,
Paul-Henri Gaudry
""", "correct: call at the new time, old time named as old")),
    (B, ok(S("cancellation_policy", "Arthur Penvern", "Sidonie Maréchal", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Nos conditions d'annulation",
           """
Monsieur Penvern,

Merci pour votre première réservation. Voici nos conditions d'annulation, pour que tout soit clair dès le départ.

Une annulation est gratuite jusqu'à 48 heures avant le rendez-vous. Passé ce délai, la moitié du montant de la prestation (50 %) reste due.

Je reste à votre disposition pour toute question.

Je vous prie d'agréer, Monsieur, mes salutations distinguées.

Sidonie Maréchal
""", "correct: 'la moitié' with 50 %, no meeting")),
    (B, ok(S("delegate", "Raphaëlle Tissandier", "Benoît Laclau", "formal", "regular",
             meeting="Pose du plan de travail de votre cuisine", at="mardi 5 septembre à 8 h",
             col="Yanis Belkacem", reason="je suis appelé sur un chantier à Annecy cette semaine-là"),
           "Pose de votre plan de travail : Yanis prend le relais",
           """
Bonjour Madame Tissandier,

Je serai sur un chantier à Annecy toute la semaine du 5 septembre. C'est mon collègue Yanis Belkacem qui viendra poser votre plan de travail, comme prévu le mardi 5 septembre à 8 h.

Il connaît le dossier et a toutes les cotes.

Bonne journée,
Benoît Laclau
""", "correct: colleague full name, same time")),
    (B, ok(S("late_cancellation", "Noémie Ravelet", "Gilles Fontanarosa", "formal", "regular",
             meeting="Création du massif de vivaces devant la maison", at="lundi 28 août à 8 h 30",
             props=["mercredi 6 septembre à 8 h 30", "jeudi 7 septembre à 14 h"],
             pol={"notice_hours": 24, "fee_percent": 30}),
           "Massif de vivaces : annulation et nouvelle date",
           """
Madame Ravelet,

Votre annulation nous est parvenue moins de 24 heures avant notre venue de lundi 8 h 30 pour le massif de vivaces. Comme indiqué dans nos conditions, 30 % du montant de l'intervention vous seront donc facturés.

Pour planter le massif, nous pouvons revenir :
- le mercredi 6 septembre à 8 h 30 ;
- ou le jeudi 7 septembre à 14 h.

Merci de me dire laquelle vous retenez.

Gilles Fontanarosa
""", "correct: firm, fee and notice with their terms")),
    (C, ok(S("switch_to_email", "Victorin Sabatier", "Élodie Kerbrat", "formal", "key",
             meeting="Point sur les écarts de l'inventaire de fin de semestre", at="vendredi 29 septembre à 15 h",
             reason="les chiffres manquants arriveront seulement le jeudi"),
           "Écarts d'inventaire : on avance par écrit",
           """
Bonjour Monsieur Sabatier,

Plutôt que de nous voir vendredi à 15 h, je vous propose de traiter les écarts de l'inventaire de fin de semestre par e-mail : les chiffres qui manquent encore ne nous parviendront que jeudi, et une réunion avant cela tournerait court.

Je vous enverrai mes questions dès réception, point par point.

Bien cordialement,
Élodie Kerbrat
""", "correct: switch to mail, reason paraphrased, 'tournerait court' idiom")),
    (C, ok(S("reschedule", "Marceline Vautrin", "Théo Bellocq", "friendly", "regular",
             meeting="Composition florale pour le baptême de Léonie", at="lundi 2 octobre à 17 h",
             props=["mercredi 4 octobre à 17 h"], reason="ma livraison de roses anciennes est retardée"),
           "On décale pour les fleurs du baptême ?",
           """
Bonjour Marceline,

Ma livraison de roses anciennes a du retard, et je voudrais vraiment vous montrer les vraies fleurs pour le baptême de Léonie.

Est-ce que mercredi 4 octobre, toujours à 17 h, vous irait à la place de lundi ?

Belle soirée,
Théo
""", "correct: friendly, 'toujours à 17 h'")),
    (C, ok(S("decline", "Corentin Lahaye", "Mathilde Escoffier-Roux", "formal", "new",
             meeting="Audit de vos notes de frais 2027", at="jeudi 5 octobre à 9 h",
             reason="notre cabinet conseille déjà votre principal concurrent"),
           "Audit des notes de frais",
           """
Monsieur,

Je vous remercie de votre confiance. Notre cabinet conseille déjà l'un de vos concurrents directs ; par souci d'indépendance, nous ne pouvons pas réaliser l'audit de vos notes de frais 2027 et je dois décliner notre rendez-vous du jeudi 5 octobre à 9 h.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Mathilde Escoffier-Roux
""", "correct: 'Monsieur' alone, year given in meeting, reason paraphrased")),
    (C, ok(S("no_show_followup", "Priscille Gourvennec", "Anselme Dutertre", "formal", "new",
             meeting="Première séance de bloc pour débutants", at="mardi 26 septembre à 19 h",
             props=["mardi 3 octobre à 19 h", "vendredi 6 octobre à 18 h"],
             pol={"notice_hours": 12, "fee_percent": 100}),
           "Votre séance d'initiation",
           """
Bonjour Priscille,

Nous ne vous avons pas vue hier soir à la séance d'initiation au bloc. Comme la place n'a pas été libérée au moins 12 heures à l'avance, la séance est due en totalité (100 %), selon le règlement accepté à l'inscription.

Pour la prochaine, deux créneaux sont encore libres : mardi prochain 3 octobre à 19 h, ou vendredi 6 octobre à 18 h.

Sportivement,
Anselme Dutertre
""", "correct: 'hier soir' for the day before, 'en totalité (100 %)'")),
    (D, ok(S("late_cancellation", "Joachim Berthelot", "Sabine Lherminier", "friendly", "key",
             meeting="Accord et réglage du piano droit de l'école", at="lundi 23 octobre à 14 h",
             pol={"notice_hours": 72, "deposit_percent": 20}),
           "Accord du piano de l'école",
           """
Cher Monsieur Berthelot,

J'ai bien reçu votre annulation, merci de m'avoir prévenue. Comme l'annulation est arrivée moins de trois jours (72 heures) avant le rendez-vous, l'acompte de 20 % reste acquis, selon nos conditions.

Je serai heureuse de revenir accorder le piano de l'école quand cela vous conviendra.

Bien chaleureusement,
Sabine Lherminier
""", "correct: '72 heures' also as 'trois jours', deposit kept")),
    (D, ok(S("shorten", "Ysaline Morvillier", "Hugo Pradelles", "formal", "key",
             meeting="Dégustation des champagnes pour votre réception de fin d'année", at="jeudi 26 octobre à 18 h 30",
             dur=45),
           "Dégustation de jeudi : trois quarts d'heure",
           """
Madame Morvillier,

Je vous confirme notre dégustation des champagnes de jeudi 26 octobre à 18 h 30. Je vous propose toutefois de la ramener à trois quarts d'heure, ce qui suffit largement pour comparer les cuvées présélectionnées et arrêter votre choix.

Dans l'attente de vous recevoir, je vous prie d'agréer, Madame, mes salutations respectueuses.

Hugo Pradelles
""", "correct: 45 as 'trois quarts d'heure'")),
    (D, ok(S("switch_to_call", "Firmin Chassagne", "Laure Benhamou", "friendly", "regular",
             meeting="Point d'étape sur la migration de vos comptes vers Tablio", at="vendredi 27 octobre à 11 h",
             props=["lundi 30 octobre à 11 h"]),
           "Migration Tablio : un coup de fil ?",
           """
Salut Firmin,

Pour le point d'étape sur la migration des comptes, je crois qu'un appel suffira largement, pas besoin de se déplacer.

Je te propose lundi 30/10 à 11h au lieu de vendredi. Ça te va ?

À lundi peut-être,
Laure
""", "correct: tutoiement, '30/10', 'au lieu de vendredi'")),
    (D, ok(S("delegate", "Éléonore Vasseur-Diallo", "Rodolphe Anquetil", "formal", "regular",
             meeting="Séance de rééducation du langage de Timothée", at="mardi 31 octobre à 10 h",
             col="Inès Charpentreau", reason="je serai en congé maternité de ma compagne"),
           "Séance de Timothée du 31 octobre",
           """
Madame Vasseur-Diallo,

Je serai absent fin octobre pour la naissance de notre enfant. Ma collègue Madame Charpentreau recevra Timothée à ma place le mardi 31 octobre à 10 h.

Je lui ai transmis le dossier et les objectifs en cours.

Bien cordialement,
Rodolphe Anquetil
""", "correct: colleague as 'Madame Charpentreau', reason paraphrased")),
    (E, ok(S("cancellation_policy", "Clotilde Arnoux", "Bastien Ferrero", "formal", "new",
             meeting="Installation de votre cuisine", at="lundi 4 décembre à 8 h",
             pol={"notice_hours": 168, "deposit_percent": 30}),
           "Installation du 4 décembre : conditions d'annulation",
           """
Bonjour Madame Arnoux,

Avant l'installation de votre cuisine lundi 4 décembre à 8 h, voici nos conditions : l'acompte de 30 % n'est remboursé que si vous annulez au moins une semaine (168 heures) avant le début du chantier.

Bonne journée,
Bastien Ferrero
""", "correct: '168 heures' as 'une semaine'")),
    (E, ok(S("switch_to_email", "Anne-Sophie Rougier", "Nathan Quéméner", "friendly", "regular",
             meeting="Choix des bouquets pour le salon du mariage", at="mercredi 6 décembre à 10 h"),
           "Bouquets du salon : on fait ça par mail",
           """
Coucou Anne-Sophie,

Pour les bouquets du salon du mariage, pas besoin de te déplacer mercredi : je t'envoie photos et idées par mail dans la semaine, tu me réponds quand tu as deux minutes.

Bises,
Nathan
""", "correct: very short, 'deux minutes' idiom")),
    (E, ok(S("late_cancellation", "Léopold Mazurier", "Agathe Siméon", "formal", "regular",
             meeting="Taille des haies et des rosiers", at="vendredi 1er décembre à 9 h",
             props=["jeudi 7 décembre à 9 h"], pol={"notice_hours": 24}),
           "Taille des haies : nouvelle date",
           """
Bonjour Monsieur Mazurier,

Bien noté pour l'annulation de vendredi. Pour les prochaines fois, merci de nous prévenir au moins 24 heures à l'avance, comme le prévoient nos conditions.

Je peux repasser pour les haies et les rosiers le jeudi 7 décembre à 9 h.

Cordialement,
Agathe Siméon
""", "correct: notice only, no fee mentioned")),
    (E, ok(S("decline", "Hippolyte Guermeur", "Carla Monteiro", "friendly", "key",
             meeting="Réunion de lancement de l'accompagnement Tablio", at="jeudi 7 décembre à 14 h 30",
             props=["vendredi 8 décembre à 9 h 30"], reason="je suis clouée au lit par une grippe"),
           "Jeudi 7 décembre",
           """
Cher Hippolyte,

Une grippe me cloue au lit et je ne serai pas sur pied pour notre réunion de lancement jeudi à 14h30, j'en suis désolée.

Si vous le voulez bien, je vous propose plutôt vendredi 8 décembre à 9 h 30 ; sinon, nous trouverons un autre moment.

Avec toutes mes excuses,
Carla Monteiro
""", "correct: 'jeudi 7 décembre' subject, 'cloue au lit' paraphrase")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Gwendoline Pichery", "Aurélien Castaing", "formal", "regular",
             meeting="Livraison des compositions pour l'inauguration de la boutique", at="mercredi 26 juillet à 8 h",
             props=["jeudi 27 juillet à 8 h"], reason="notre camionnette est au garage"),
           "Livraison des compositions : changement",
           """
Bonjour Madame Pichery,

Notre camionnette est immobilisée au garage et nous ne pourrons pas livrer les compositions pour l'inauguration à la date prévue, jeudi 27 juillet à 8 h.

Je vous propose de les livrer le mercredi 26 juillet à 8 h. Est-ce que cela vous convient ?

Cordialement,
Aurélien Castaing
""", "old (mercredi 26) and new (jeudi 27) swapped in the body")),
    (A, bad("time_recap_wrong", S("switch_to_call", "Évariste Monclar", "Pauline Saint-Aubin", "formal", "key",
             meeting="Revue des comptes consolidés du groupe", at="mardi 25 juillet à 10 h",
             props=["mardi 25 juillet à 11 h 30"], reason="je suis retenue chez un autre client à Lille"),
           "Revue des comptes consolidés : par téléphone",
           """
Monsieur Monclar,

Retenue chez un client à Lille, je ne pourrai pas être dans vos bureaux mardi à 10 h pour la revue des comptes consolidés. Je vous propose de la faire par téléphone, le même jour à 11 h 30.

Je vous appellerai donc mardi à 11 h, sauf avis contraire de votre part.

Je vous prie d'agréer, Monsieur, mes salutations distinguées.

Pauline Saint-Aubin
""", "recap says 11 h, the offered slot is 11 h 30")),
    (A, bad("weekday_wrong", S("reschedule", "Héloïse Drouart", "Romain Gentric", "friendly", "regular",
             meeting="Séance d'orthophonie de Lucas", at="lundi 24 juillet à 17 h",
             props=["jeudi 27 juillet à 17 h"]),
           "Séance de Lucas déplacée au mercredi 27 juillet",
           """
Bonjour Héloïse,

Je dois déplacer la séance de Lucas de lundi. Je peux le prendre le jeudi 27 juillet, toujours à 17 h. Ça vous irait ?

Bonne soirée,
Romain
""", "subject says 'mercredi 27 juillet' (27 July 2028 is a Thursday); body right")),
    (A, bad("percent_swapped", S("late_cancellation", "Octave Lerouge", "Nadège Bouvier", "formal", "new",
             meeting="Dégustation privée de vins de Loire", at="vendredi 14 juillet à 19 h",
             pol={"notice_hours": 48, "fee_percent": 40, "deposit_percent": 15}),
           "Annulation de la dégustation du 14 juillet",
           """
Monsieur Lerouge,

Votre annulation de la dégustation privée de vins de Loire nous est parvenue moins de 48 heures avant l'événement. Conformément à nos conditions, l'acompte de 40 % est conservé et des frais de 15 % du montant total s'appliquent.

Cordialement,
Nadège Bouvier
""", "deposit 15 % and fee 40 % swapped")),
    (B, bad("policy_invented", S("no_show_followup", "Margaux Trébuchet", "Clément Aubignac", "formal", "regular",
             meeting="Cours d'escalade en tête", at="lundi 28 août à 18 h 30",
             props=["lundi 4 septembre à 18 h 30"]),
           "Votre cours de lundi",
           """
Bonjour Margaux,

Nous vous avons attendue lundi soir pour le cours d'escalade en tête. Comme convenu dans notre règlement, la moitié du prix du cours reste due lorsqu'on ne prévient pas.

Je vous garde une place lundi 4 septembre, même heure, si vous le souhaitez.

À bientôt sur le mur,
Clément Aubignac
""", "policy in words ('la moitié du prix') with no policy given")),
    (B, bad("number_invented", S("decline", "Josselin Ferrandi", "Amandine Roussillon", "formal", "new",
             meeting="Devis pour l'aménagement paysager du jardin", at="vendredi 1er septembre à 10 h",
             reason="notre carnet est complet jusqu'à la fin de l'automne"),
           "Devis pour votre jardin",
           """
Bonjour Monsieur Ferrandi,

Merci pour votre demande. Notre carnet de chantiers est complet jusqu'à la fin de l'automne, et je préfère ne pas venir vendredi faire un devis que nous ne pourrions pas honorer.

Pour un jardin de cette taille, comptez de toute façon autour de 8 000 € ; n'hésitez pas à revenir vers nous au printemps.

Cordialement,
Amandine Roussillon
""", "price '8 000 €' nobody gave")),
    (B, bad("discount_invented", S("reschedule", "Thibaud Ancelot-Merle", "Rose Kerhervé", "friendly", "key",
             meeting="Accord du clavecin avant le concert", at="lundi 4 septembre à 9 h",
             props=["mardi 5 septembre à 9 h"], reason="vous m'avez demandé un geste commercial pour le dernier retard"),
           "Accord du clavecin : mardi plutôt",
           """
Cher Monsieur Ancelot-Merle,

Je dois décaler d'un jour l'accord du clavecin : je vous propose mardi 5 septembre à 9 h au lieu de lundi.

Pour me faire pardonner ce nouveau décalage, et suite à votre demande, je vous accorde 10 % de remise sur cette intervention.

Bien amicalement,
Rose Kerhervé
""", "discount offered because the reason mentions a request: not given")),
    (B, bad("link_invented", S("switch_to_email", "Églantine Vernhes", "Karim Oussedik", "formal", "regular",
             meeting="Configuration des droits d'accès sur Tablio", at="jeudi 7 septembre à 14 h"),
           "Droits d'accès Tablio : par écrit",
           """
Bonjour Madame Vernhes,

Plutôt que de bloquer jeudi 14 h pour la configuration des droits d'accès, je vous propose de le faire par écrit : envoyez-moi la liste de vos utilisateurs et leurs rôles, je préparerai tout.

Vous trouverez aussi la marche à suivre sur tablio.fr/aide/droits.

Bien cordialement,
Karim Oussedik
""", "link 'tablio.fr/aide/droits' nobody gave")),
    (C, bad("email_invented", S("delegate", "Sévérine Lachaud", "Philibert Noyer", "formal", "regular",
             meeting="Mesures pour la cuisine de la maison de campagne", at="lundi 2 octobre à 10 h",
             col="Damien Rouxel"),
           "Mesures de votre cuisine",
           """
Madame Lachaud,

Je ne pourrai pas me déplacer lundi 2 octobre à 10 h pour les mesures de votre cuisine. Mon collègue Damien Rouxel viendra à ma place, à la même heure.

Pour toute question pratique, vous pouvez lui écrire directement à d.rouxel.cuisines@gmail.com.

Veuillez agréer, Madame, mes salutations distinguées.

Philibert Noyer
""", "private e-mail address nobody gave")),
    (C, bad("phone_invented", S("no_show_followup", "Augustin Ribeyrolles", "Mélanie Cazals", "friendly", "regular",
             meeting="Bilan de déglutition", at="mardi 26 septembre à 9 h",
             props=["mercredi 4 octobre à 9 h"]),
           "Votre bilan de mardi",
           """
Cher Monsieur Ribeyrolles,

Je ne vous ai pas vu mardi matin pour votre bilan de déglutition ; j'espère que tout va bien.

Je peux vous recevoir mercredi 4 octobre à 9 h. Si c'est plus simple, appelez-moi au 06 42 18 77 30 pour en parler.

Bien à vous,
Mélanie Cazals
""", "phone number nobody gave")),
    (C, bad("title_or_company_invented", S("cancellation_policy", "Honorine Sauveterre", "Fabrice Lemaréchal", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 25}),
           "Conditions d'annulation",
           """
Madame Sauveterre,

Je vous remercie pour votre inscription. Toute séance peut être annulée sans frais jusqu'à 24 heures avant ; au-delà, 25 % du tarif de la séance sont facturés.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Fabrice Lemaréchal
Directeur commercial, Verticalis Escalade
""", "job title and company under the signature nobody gave")),
    (C, bad("name_near_miss", S("reschedule", "Apolline Ducasse-Larré", "Timothée Vignal", "formal", "regular",
             meeting="Conseil en plantes pour la terrasse du restaurant", at="vendredi 29 septembre à 15 h",
             props=["jeudi 5 octobre à 15 h"]),
           "Terrasse du restaurant : nouvelle date",
           """
Bonjour Madame Ducasse-Laré,

Je dois décaler notre rendez-vous de conseil pour les plantes de la terrasse. Je vous propose le jeudi 5 octobre, même heure.

Bien cordialement,
Timothée Vignal
""", "greeting 'Ducasse-Laré' for Ducasse-Larré (one letter dropped)")),
    (D, bad("place_changed", S("decline", "Constance Héraud", "Lucien Barbezat", "formal", "new",
             meeting="Dégustation de vins au domaine de Saumur", at="jeudi 26 octobre à 16 h",
             reason="les vendanges tardives nous occupent toute la semaine"),
           "Dégustation du 26 octobre",
           """
Bonjour Madame Héraud,

Les vendanges tardives nous mobilisent toute la semaine, et je ne pourrai pas vous recevoir jeudi 26 octobre à 16 h pour la dégustation au domaine de Chinon.

N'hésitez pas à revenir vers nous une fois la récolte rentrée.

Cordialement,
Lucien Barbezat
""", "place 'Chinon' for 'Saumur' inside the meeting")),
    (D, bad("foreign_paragraph", S("switch_to_call", "Ferdinand Costecalde", "Lorène Vidalie", "friendly", "regular",
             meeting="Formation des nouveaux administrateurs Tablio", at="lundi 30 octobre à 9 h",
             props=["lundi 30 octobre à 14 h"]),
           "Formation des admins : en appel",
           """
Bonjour Ferdinand,

Pour la formation des nouveaux administrateurs, je te propose de passer en appel plutôt que de venir chez vous : lundi 30 octobre, mais l'après-midi à 14 h au lieu de 9 h.

Let me know if that works for your team, and I'll send the invite right away.

À lundi,
Lorène
""", "an English paragraph inside a French mail")),
    (D, bad("time_swapped", S("switch_to_email", "Adélaïde Fougerolles", "Samir Haddouche", "formal", "key",
             meeting="Lettre d'affirmation pour la clôture des comptes", at="mercredi 1er novembre à 10 h",
             props=["jeudi 2 novembre à 10 h"]),
           "Lettre d'affirmation : échange écrit",
           """
Bonjour Madame Fougerolles,

Plutôt que notre réunion du jeudi 2 novembre à 10 h sur la lettre d'affirmation, je vous propose de l'échanger par e-mail. S'il reste des points à discuter, gardons le mercredi 1er novembre à 10 h pour un court échange.

Cordialement,
Samir Haddouche
""", "meeting (mercredi 1er) and proposed (jeudi 2) swapped")),
    (D, bad("time_recap_wrong", S("late_cancellation", "Gervais Lautrec", "Blandine Perret", "formal", "regular",
             meeting="Pose de la crédence et des meubles hauts", at="lundi 23 octobre à 8 h",
             props=["jeudi 2 novembre à 8 h", "vendredi 27 octobre à 13 h"]),
           "Pose de la crédence : nouvelles dates",
           """
Bonjour Monsieur Lautrec,

Bien reçu votre annulation pour la pose de lundi. Nous pouvons revenir le jeudi 2 novembre à 8 h ou le vendredi 27 octobre à 13 h.

Dans l'attente de votre réponse, je bloque provisoirement le vendredi 27 octobre à 8 h.

Cordialement,
Blandine Perret
""", "recap blocks vendredi 27 octobre à 8 h: 27 is offered at 13 h")),
    (E, bad("weekday_wrong", S("shorten", "Léonce Barthélemy", "Inès Gourdon", "formal", "regular",
             meeting="Revue du contrôle interne des achats", at="mardi 5 décembre à 14 h", dur=60),
           "Revue du contrôle interne",
           """
Monsieur Barthélemy,

Je vous confirme notre revue du contrôle interne des achats le mercredi 5 décembre à 14 h, mais je devrai la limiter à une heure.

Je vous prie d'agréer, Monsieur, mes salutations distinguées.

Inès Gourdon
""", "body says 'mercredi 5 décembre' (a Tuesday in 2028)")),
    (E, bad("percent_swapped", S("cancellation_policy", "Maëlys Carrière", "Hervé Tanguy", "formal", "new",
             meeting="Création du jardin d'hiver", at="vendredi 8 décembre à 9 h",
             pol={"notice_hours": 72, "fee_percent": 20, "deposit_percent": 35}),
           "Jardin d'hiver : nos conditions",
           """
Bonjour Madame Carrière,

Avant notre rendez-vous du vendredi 8 décembre à 9 h pour le jardin d'hiver, voici nos conditions d'annulation : un acompte de 20 % est demandé à la commande ; en cas d'annulation moins de 72 heures avant, 35 % du montant sont facturés.

Bonne journée,
Hervé Tanguy
""", "deposit 35 % and fee 20 % swapped")),
    (E, bad("policy_invented", S("late_cancellation", "Lazare Peyrefitte", "Justine Morand", "formal", "regular",
             meeting="Séance de bilan vocal", at="mardi 28 novembre à 11 h",
             props=["mercredi 6 décembre à 11 h"]),
           "Séance annulée de mardi",
           """
Monsieur Peyrefitte,

J'ai bien noté l'annulation de votre séance de mardi, arrivée le matin même. Je vous rappelle qu'une séance annulée moins de deux jours avant est facturée en totalité.

Je peux vous proposer le mercredi 6 décembre à 11 h.

Justine Morand
""", "policy in words ('moins de deux jours', 'en totalité') with no policy given")),
    (E, bad("number_invented", S("switch_to_call", "Sixtine Dauvergne", "Grégoire Lamothe", "friendly", "key",
             meeting="Préparation des centres de table du gala", at="lundi 4 décembre à 15 h",
             props=["lundi 4 décembre à 17 h"]),
           "Centres de table : un appel lundi",
           """
Chère Sixtine,

Pour préparer les centres de table du gala, un appel suffira : je vous propose lundi 4 décembre à 17 h plutôt qu'à 15 h chez vous.

Il me faudra simplement votre confirmation avant le 30 novembre pour commander les fleurs.

Bien chaleureusement,
Grégoire Lamothe
""", "deadline '30 novembre' nobody gave")),
]
