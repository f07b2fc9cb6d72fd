"""v19, French: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v19src._d import A, B, C, D, E


def S(*a, **k):
    return _S("fr", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Ombeline Charvériat", "Fulbert Montagnac", "formal", "regular",
             meeting="Tirage des faire-part sur la presse typographique", at="jeudi 17 juillet à 9 h 30",
             props=["mardi 22 juillet à 9 h 30", "jeudi 24 juillet à 14 h"],
             reason="le papier coton commandé n'est pas encore livré"),
           "Tirage des faire-part : autre date",
           """
Madame,

Le papier coton que nous avons commandé n'est pas encore livré ; nous ne pourrons donc pas tirer vos faire-part jeudi à neuf heures et demie.

Je vous propose mardi 22, à la même heure, ou jeudi 24 juillet à deux heures de l'après-midi. Dites-moi ce qui vous convient.

Bien cordialement,
Fulbert Montagnac
""", "correct: 'Madame,' alone, 'neuf heures et demie', 'mardi 22, à la même heure', 'deux heures de l'après-midi'")),
    (A, ok(S("decline", "Léontine Bourgadel", "Ambroise Castagnède", "friendly", "key",
             meeting="Essayage du canotier en paille", at="vendredi 18 juillet à 17 h",
             reason="la paille doit encore reposer sur la forme"),
           "Essayage de vendredi",
           """
Bonjour Léontine,

Je dois annuler l'essayage de vendredi : la paille doit encore reposer sur la forme avant que je puisse coudre le ruban.

Je te recontacte dès que le canotier est prêt.

Ambroise
""", "correct: first name, reason retold, no new time")),
    (A, ok(S("shorten", "Séverin Lacombe-Astruc", "Noémie Fabrègue", "formal", "regular",
             meeting="Atelier de composition au plomb", at="lundi 21 juillet à 10 h", dur=40,
             reason="la casse des capitales doit partir chez le fondeur"),
           "Atelier de lundi, un peu plus court",
           """
Cher Monsieur Lacombe-Astruc,

La casse des capitales doit partir chez le fondeur lundi matin ; l'atelier de composition commencera bien à 10 heures, mais durera quarante minutes.

Nous aurons le temps de composer et d'épreuver votre texte.

Bien à vous,
Noémie Fabrègue
""", "correct: '10 heures', 'quarante minutes', meeting paraphrased")),
    (A, ok(S("cancellation_policy", "Bérangère Soustelle", "Lucien Pradalié", "formal", "new",
             pol={"notice_hours": 72, "fee_percent": 50}),
           "Conditions d'annulation du cours de chapellerie",
           """
Chère Madame Soustelle,

Bienvenue au cours de chapellerie. Vous pouvez annuler sans frais jusqu'à trois jours avant (72 heures). Au-delà, la moitié du prix (50 %) reste due.

Bien à vous,
Lucien Pradalié
""", "correct: 'trois jours avant (72 heures)', 'la moitié du prix (50 %)', 'sans frais'")),
    (B, ok(S("reschedule", "Aristide Valadier", "Margaux Sénéclauze", "formal", "key",
             meeting="Pose du bordé sur la coque du doris", at="jeudi 14 août à 8 h",
             props=["mardi 19 août à 8 h", "mercredi 20 août à 13 h 30"],
             reason="les planches de châtaignier sont encore trop humides"),
           "Bordé du doris : nouvelle date",
           """
Bonjour Monsieur,

Les planches de châtaignier sont encore trop humides : je préfère ne pas poser le bordé jeudi à 8 h.

Pourriez-vous mardi 19 août, même heure, ou le lendemain à 13 h 30 ? Je m'adapte.

Cordialement,
Margaux Sénéclauze
""", "correct: 'Bonjour Monsieur', 'même heure', 'le lendemain à 13 h 30' (= mercredi 20)")),
    (B, ok(S("switch_to_call", "Philomène Gardette", "Edmond Lasvergnas", "formal", "regular",
             meeting="Rendez-vous pour le choix du point de dentelle", at="lundi 18 août à 11 h",
             reason="je suis au salon de Calais toute la semaine"),
           "Lundi : par téléphone",
           """
Chère Madame Gardette,

Je suis au salon de Calais toute la semaine ; pourrions-nous choisir le point de dentelle par téléphone, lundi à onze heures comme prévu ?

Je vous appelle à ce moment-là.

Bien cordialement,
Edmond Lasvergnas
""", "correct: 'onze heures', same slot as call, meeting paraphrased")),
    (B, ok(S("delegate", "Cyprien Labastide", "Hortensia Mazérolle", "formal", "regular",
             meeting="Calfatage de la barque", at="jeudi 21 août à 9 h", col="Gaëtan Rouquayrol"),
           "Calfatage de jeudi",
           """
Monsieur,

Je ne serai pas au chantier jeudi 21 août. Mon collègue Gaëtan Rouquayrol s'occupera du calfatage de votre barque à 9 h, comme prévu.

Il connaît bien votre bateau.

Cordialement,
Hortensia Mazérolle
""", "correct: 'Monsieur,' alone, colleague with a short reassuring sentence")),
    (B, ok(S("late_cancellation", "Roseline Campistron", "Basile Ferradou", "formal", "regular",
             meeting="Cours de dentelle aux fuseaux", at="mardi 12 août à 15 h",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Votre cours d'hier",
           """
Madame Campistron,

Vous avez annulé le cours de dentelle d'hier moins d'un jour avant (24 heures). Comme prévu dans nos conditions, il reste dû en entier (100 %).

Je vous souhaite une bonne fin de semaine.

Basile Ferradou
""", "correct: 'hier', 'moins d'un jour avant (24 heures)', 'en entier (100 %)'")),
    (C, ok(S("decline", "Isaure Montcalquier", "Théophane Boisredon", "formal", "new",
             meeting="Dorure à la feuille du cadre Louis XV", at="jeudi 18 septembre à 14 h",
             reason="l'assiette à dorer n'a pas encore séché"),
           "Dorure du cadre",
           """
Madame,

Je ne pourrai pas dorer votre cadre jeudi : l'assiette n'a pas encore séché, et la feuille n'accrocherait pas.

Je reviens vers vous dès qu'elle est prête.

Bien cordialement,
Théophane Boisredon
""", "correct: 'Madame,' alone, weekday only, reason paraphrased")),
    (C, ok(S("switch_to_email", "Gratien Lafourcade", "Amandine Puységur", "formal", "regular",
             meeting="Point sur la commande de cierges", at="vendredi 19 septembre à 10 h"),
           "Vos cierges : par écrit",
           """
Bonjour Monsieur Lafourcade,

Plutôt que de nous voir vendredi à 10 heures, je vous propose de faire le point sur la commande de cierges par e-mail.

Envoyez-moi vos questions quand vous voulez.

Amandine Puységur
""", "correct: '10 heures', no new time")),
    (C, ok(S("no_show_followup", "Valérien Combescure", "Sidonie Aurignac", "friendly", "regular",
             meeting="Atelier bougies à la cire d'abeille", at="jeudi 11 septembre à 18 h",
             props=["jeudi 25 septembre à 18 h"]),
           "L'atelier de jeudi dernier",
           """
Salut Valérien,

On ne t'a pas vu jeudi dernier à l'atelier bougies, j'espère que tout va bien.

Si tu veux, il reste une place le jeudi 25 à six heures du soir.

Sidonie
""", "correct: 'le jeudi 25' without month, 'six heures du soir'")),
    (C, ok(S("reschedule", "Eulalie Bergounioux", "Norbert Caussanel", "formal", "regular",
             meeting="Redorure de la console", at="mercredi 17 septembre à 15 h",
             props=["mardi 23 septembre à 15 h"],
             reason="le bol d'Arménie n'est pas arrivé"),
           "Console : nouveau rendez-vous",
           """
Chère Madame Bergounioux,

Le bol d'Arménie n'est pas arrivé ; je décale donc la dorure de votre console prévue mercredi.

Mardi 23 septembre à trois heures de l'après-midi vous conviendrait-il ?

Bien à vous,
Norbert Caussanel
""", "correct: 'trois heures de l'après-midi', meeting paraphrased, weekday of old slot only")),
    (D, ok(S("decline", "Hyacinthe Montrozier", "Paulette Cabanié", "formal", "regular",
             meeting="Visite du pressoir pendant le brassage du cidre", at="vendredi 17 octobre à 10 h",
             props=["mardi 21 octobre à 10 h"],
             reason="le pressoir est en réparation"),
           "Visite du pressoir",
           """
Monsieur,

Le pressoir est en réparation ; la visite de vendredi ne peut pas avoir lieu.

Je peux vous la proposer mardi 21 à la même heure, si cela vous va.

Cordialement,
Paulette Cabanié
""", "correct: 'mardi 21 à la même heure'")),
    (D, ok(S("shorten", "Clovis Estribeau", "Delphine Arnaudiès", "formal", "new",
             meeting="Initiation à la forge de couteaux", at="jeudi 23 octobre à 14 h", dur=90,
             reason="la forge doit être rendue à 16 h"),
           "Initiation de jeudi",
           """
Bonjour Monsieur Estribeau,

La forge doit être rendue à 16 h ; l'initiation de jeudi durera donc une heure et demie au lieu de l'après-midi entier.

Nous commencerons bien à 14 h.

Bien cordialement,
Delphine Arnaudiès
""", "correct: '16 h' from the reason, 'une heure et demie' for 90")),
    (D, ok(S("switch_to_call", "Apolline Sarrazac", "Firmin Lascoumes", "friendly", "regular",
             meeting="Choix des pommes pour le cidre", at="lundi 20 octobre à 17 h",
             props=["lundi 20 octobre à 17 h 30"]),
           "Lundi, au téléphone ?",
           """
Coucou Apolline,

On peut choisir les pommes au téléphone lundi ? Je t'appelle à cinq heures et demie, ça t'irait ?

Firmin
""", "correct: 'cinq heures et demie' for 17 h 30")),
    (D, ok(S("cancellation_policy", "Gonzague Pélissou", "Albane Rouffiac", "formal", "new",
             meeting="Stage de coutellerie", at="lundi 27 octobre à 9 h",
             pol={"notice_hours": 48, "deposit_percent": 30}),
           "Stage de coutellerie : conditions",
           """
Cher Monsieur Pélissou,

Votre place au stage de coutellerie du lundi 27 octobre est réservée. L'acompte est de 30 % ; vous pouvez annuler sans frais jusqu'à deux jours avant (48 heures).

Bien à vous,
Albane Rouffiac
""", "correct: 'deux jours avant (48 heures)', deposit with its term")),
    (E, ok(S("switch_to_email", "Annonciade Gayraud", "Sosthène Malbosc", "formal", "key",
             meeting="Devis de marqueterie pour le secrétaire", at="jeudi 20 novembre à 11 h"),
           "Devis du secrétaire",
           """
Chère Madame Gayraud,

Pour le devis de marqueterie de votre secrétaire, je vous propose d'échanger par écrit plutôt que jeudi à 11 h.

Je reste à votre disposition.

Sosthène Malbosc
""", "correct: weekday + time only")),
    (E, ok(S("delegate", "Barnabé Cazalis", "Olympe Lagardère", "formal", "regular",
             meeting="Coulée des gobelets en étain", at="mardi 25 novembre à 10 h", col="Jordane Saint-Guilhem"),
           "Coulée des gobelets",
           """
Bonjour Monsieur Cazalis,

Je serai absente mardi 25. C'est Jordane Saint-Guilhem qui coulera vos gobelets en étain, à dix heures.

Bien cordialement,
Olympe Lagardère
""", "correct: 'mardi 25' without month, 'dix heures'")),
    (E, ok(S("late_cancellation", "Mélusine Auriol", "Prosper Canteloup", "formal", "regular",
             meeting="Atelier de marqueterie de paille", at="lundi 17 novembre à 14 h"),
           "Atelier d'hier",
           """
Madame,

J'ai bien reçu votre annulation pour l'atelier d'hier après-midi. Merci de m'avoir prévenu.

Au plaisir de vous revoir à l'atelier.

Prosper Canteloup
""", "correct: no policy given, none stated; 'hier après-midi'")),
    (E, ok(S("no_show_followup", "Fortuné Lasserre-Bon", "Clarisse Vaissière", "formal", "new",
             meeting="Démonstration de fonte d'étain", at="jeudi 13 novembre à 16 h",
             props=["mercredi 26 novembre à 16 h", "jeudi 27 novembre à 10 h"],
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Démonstration de jeudi dernier",
           """
Cher Monsieur,

Nous vous avons attendu jeudi dernier pour la démonstration de fonte. Selon nos conditions, une absence sans prévenir au moins un jour avant (24 heures) est facturée à moitié (50 %).

Je peux vous proposer mercredi 26 novembre à 16 h ou le lendemain à 10 h.

Bien à vous,
Clarisse Vaissière
""", "correct: 'Cher Monsieur', policy in words, 'le lendemain à 10 h'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Éléonore Castéran", "Wilfried Pomarède", "formal", "regular",
              meeting="Impression des cartons d'invitation", at="mercredi 16 juillet à 10 h",
              props=["lundi 21 juillet à 10 h"], reason="la presse est en révision"),
            "Impression des cartons : lundi 21 juillet",
            """
Madame Castéran,

La presse est en révision : je vous propose de déplacer l'impression de vos cartons au mercredi 16 juillet à 10 h.

Bien cordialement,
Wilfried Pomarède
""", "old slot (mercredi 16 juillet) offered as the new one in the body")),
    (A, bad("name_near_miss", S("decline", "Gislaine Fourcassié", "Marceau Daubèze", "formal", "regular",
              meeting="Pose de la voilette sur le bibi", at="jeudi 17 juillet à 15 h"),
            "Bibi : jeudi",
            """
Chère Madame Fourcassier,

Je ne pourrai pas poser la voilette sur votre bibi jeudi à 15 h. Je vous recontacte très vite.

Marceau Daubèze
""", "near-miss surname 'Fourcassier' for Fourcassié")),
    (A, bad("email_invented", S("switch_to_email", "Évrard Tailhades", "Capucine Boudou", "formal", "new",
              meeting="Devis pour papier à en-tête", at="vendredi 18 juillet à 11 h"),
            "Devis par e-mail",
            """
Monsieur,

Nous pouvons régler le devis de votre papier à en-tête par écrit plutôt que vendredi à 11 h. Écrivez-moi directement à capucine.boudou@orange.fr.

Capucine Boudou
""", "private e-mail address nobody gave")),
    (A, bad("policy_invented", S("late_cancellation", "Philibert Sourdeval", "Ninon Casteljau", "formal", "regular",
              meeting="Atelier de feutrage de chapeau", at="vendredi 11 juillet à 10 h"),
            "Votre annulation",
            """
Monsieur Sourdeval,

J'ai bien reçu votre annulation tardive de l'atelier de feutrage. Comme l'annulation est intervenue moins de 24 heures avant, l'acompte reste acquis.

Cordialement,
Ninon Casteljau
""", "notice and deposit rule invented, no policy given")),
    (B, bad("time_recap_wrong", S("reschedule", "Romane Espinasse", "Gédéon Vayssière", "formal", "regular",
              meeting="Mise à l'eau du canot", at="jeudi 14 août à 9 h",
              props=["jeudi 21 août à 10 h"], reason="le vernis doit encore durcir"),
            "Mise à l'eau : jeudi 21 août",
            """
Madame Espinasse,

Le vernis doit encore durcir ; je vous propose de reporter la mise à l'eau au jeudi 21 août à 10 h.

À jeudi 9 h, alors !

Gédéon Vayssière
""", "closing recap names the old hour 9 h")),
    (B, bad("percent_swapped", S("cancellation_policy", "Anatolie Sarraute", "Joachim Lavelanet", "formal", "new",
              pol={"notice_hours": 48, "fee_percent": 100, "deposit_percent": 25}),
            "Conditions du stage de dentelle",
            """
Chère Madame Sarraute,

Pour le stage de dentelle, l'acompte est de 100 % et, en cas d'annulation moins de 48 heures avant, 25 % du prix reste dû.

Bien à vous,
Joachim Lavelanet
""", "deposit and fee percentages swapped")),
    (B, bad("title_or_company_invented", S("delegate", "Eudoxie Carbonnel", "Marius Théron", "formal", "regular",
              meeting="Réparation du tableau arrière de la yole", at="mercredi 20 août à 14 h", col="Adrien Fabrol"),
            "Réparation de mercredi",
            """
Madame,

Adrien Fabrol s'occupera à ma place de la réparation du tableau arrière de votre yole, mercredi à 14 h.

Bien cordialement,
Marius Théron
Maître charpentier de marine – Chantier naval Théron & Fils
""", "title and company invented in the signature")),
    (B, bad("foreign_paragraph", S("decline", "Flavien Rouquette", "Adélaïde Cournut", "formal", "regular",
              meeting="Présentation des dentelles anciennes", at="mardi 19 août à 16 h"),
            "Présentation de mardi",
            """
Monsieur Rouquette,

Je dois malheureusement annuler la présentation des dentelles anciennes mardi à 16 h.

Please accept my apologies for the short notice; I will get back to you soon.

Adélaïde Cournut
""", "English paragraph in a French mail")),
    (C, bad("duration_wrong", S("shorten", "Héloïse Bardinet", "Corentin Massabiau", "formal", "regular",
              meeting="Cours de dorure à l'eau", at="jeudi 18 septembre à 9 h", dur=45),
            "Cours de jeudi",
            """
Madame Bardinet,

Le cours de dorure de jeudi commencera à 9 h, mais ne durera qu'une demi-heure.

Bien cordialement,
Corentin Massabiau
""", "'une demi-heure' for 45 minutes")),
    (C, bad("phone_invented", S("no_show_followup", "Ulysse Marquèze", "Bertille Sabatié", "formal", "regular",
              meeting="Moulage de bougies", at="jeudi 11 septembre à 14 h",
              props=["lundi 22 septembre à 14 h"]),
            "Moulage de bougies",
            """
Monsieur Marquèze,

Nous vous avons attendu jeudi dernier pour le moulage de bougies. Je peux vous proposer lundi 22 septembre à 14 h ; appelez-moi au 05 62 48 17 93 pour confirmer.

Bertille Sabatié
""", "phone number nobody gave")),
    (C, bad("weekday_wrong", S("reschedule", "Clémence Aygalenq", "Sylvain Fontrouge", "formal", "regular",
              meeting="Dorure du miroir", at="vendredi 19 septembre à 10 h",
              props=["jeudi 25 septembre à 10 h"]),
            "Dorure du miroir",
            """
Madame,

Je dois déplacer la dorure de votre miroir. Seriez-vous disponible mercredi 25 septembre à 10 h ?

Sylvain Fontrouge
""", "'mercredi 25 septembre' for jeudi 25")),
    (C, bad("link_invented", S("switch_to_call", "Fabien Cayrou", "Lorraine Massip", "formal", "new",
              meeting="Conseil pour des bougies de mariage", at="mardi 23 septembre à 11 h"),
            "Conseil par téléphone",
            """
Monsieur Cayrou,

Pourrions-nous faire le point sur vos bougies de mariage par téléphone, mardi à 11 h ? Vous pouvez confirmer ici : https://rdv.cireriemassip.fr/appel.

Lorraine Massip
""", "booking link nobody gave")),
    (D, bad("discount_invented", S("no_show_followup", "Gustavine Pérès", "Aurélien Lacassagne", "formal", "regular",
              meeting="Pressée de cidre à la ferme", at="vendredi 10 octobre à 10 h",
              props=["vendredi 24 octobre à 10 h"], reason="la cliente a dit qu'elle était malade"),
            "Pressée de vendredi",
            """
Madame Pérès,

J'espère que vous allez mieux. Je peux vous proposer vendredi 24 octobre à 10 h ; pour vous, la pressée sera à -10 %.

Aurélien Lacassagne
""", "10 % discount nobody gave")),
    (D, bad("colleague_wrong", S("delegate", "Casimir Loubatières", "Maylis Carrère", "formal", "regular",
              meeting="Affûtage des couteaux de cuisine", at="mardi 21 octobre à 15 h", col="Ghislain Peyrusse"),
            "Affûtage de mardi",
            """
Monsieur,

Mardi à 15 h, c'est Ghislain Peyruse qui affûtera vos couteaux à ma place.

Cordialement,
Maylis Carrère
""", "colleague's surname near-missed: Peyruse for Peyrusse")),
    (D, bad("number_invented", S("switch_to_email", "Perrine Salvagnac", "Honoré Bézian", "formal", "new",
              meeting="Commande de cidre bouché", at="jeudi 16 octobre à 9 h"),
            "Commande de cidre",
            """
Madame Salvagnac,

Réglons votre commande de cidre bouché par e-mail plutôt que jeudi à 9 h. Il me reste 240 bouteilles de la dernière pressée.

Honoré Bézian
""", "stock number nobody gave")),
    (D, bad("place_changed", S("decline", "Arsène Laporterie", "Victorine Daguzan", "formal", "regular",
              meeting="Démonstration de coutellerie à Thiers", at="mercredi 22 octobre à 14 h"),
            "Démonstration de mercredi",
            """
Monsieur,

Je ne pourrai pas assurer la démonstration de coutellerie à Laguiole mercredi à 14 h. Je vous prie de m'en excuser.

Victorine Daguzan
""", "place changed inside the meeting: Laguiole for Thiers")),
    (E, bad("time_swapped", S("switch_to_call", "Domnine Cazaux", "Léandre Poumarède", "formal", "regular",
              meeting="Choix des essences pour le plateau marqueté", at="jeudi 20 novembre à 10 h",
              props=["vendredi 21 novembre à 15 h"]),
            "Essences : par téléphone",
            """
Madame Cazaux,

Au lieu de notre rendez-vous de vendredi 21 novembre à 15 h, je vous propose de choisir les essences par téléphone jeudi 20 novembre à 10 h.

Léandre Poumarède
""", "meeting and proposed slot swapped")),
    (E, bad("time_recap_wrong", S("reschedule", "Gervais Lahitte", "Ondine Soubiran", "friendly", "regular",
              meeting="Polissage des assiettes en étain", at="mercredi 19 novembre à 16 h",
              props=["mardi 25 novembre à 16 h 30"]),
            "Polissage : mardi",
            """
Salut Gervais,

Je décale le polissage des assiettes : mardi 25 novembre à 16 h 30, ça te va ?

À mardi 16 h !

Ondine
""", "recap says 16 h instead of 16 h 30")),
    (E, bad("percent_swapped", S("late_cancellation", "Ludivine Cassagnol", "Timothée Verdalle", "formal", "regular",
              meeting="Stage de marqueterie", at="lundi 17 novembre à 9 h",
              pol={"notice_hours": 72, "fee_percent": 40, "deposit_percent": 20}),
            "Votre annulation",
            """
Madame Cassagnol,

Votre annulation du stage d'hier est arrivée moins de 72 heures avant. Selon nos conditions, 20 % du prix restent dus, et l'acompte de 40 % est conservé.

Timothée Verdalle
""", "fee and deposit percentages swapped in a late cancellation")),
    (E, bad("name_near_miss", S("decline", "Athénaïs Lapeyrade", "Quentin Brousteau", "formal", "new",
              meeting="Coulée d'une plaque en étain", at="vendredi 21 novembre à 11 h"),
            "Coulée de vendredi",
            """
Madame Lapeyrarde,

Je ne pourrai pas couler votre plaque en étain vendredi à 11 h. Je vous recontacte dès que possible.

Quentin Brousteau
""", "near-miss surname 'Lapeyrarde' for Lapeyrade")),
]
