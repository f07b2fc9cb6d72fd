"""v18, French: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v18src._d import A, B, C, D, E


def S(*a, **k):
    return _S("fr", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Perrine Lagadec-Moal", "Anselme Roudaut", "formal", "regular",
             meeting="Réfection du faîtage en chaume de la longère", at="jeudi 16 janvier à 8 h 30",
             props=["mardi 21 janvier à 8 h 30", "vendredi 24 janvier à 13 h"],
             reason="le roseau de Camargue n'arrivera pas avant la fin de la semaine"),
           "Faîtage de la longère : nouvelle date",
           """
Madame,

Le roseau de Camargue n'arrivera pas avant la fin de la semaine : nous ne pourrons donc pas commencer le faîtage jeudi à huit heures et demie.

Je vous propose mardi 21, à la même heure, ou vendredi 24 janvier à 13h. Dites-moi ce qui vous arrange.

Bien cordialement,
Anselme Roudaut
""", "correct: 'Madame,' alone, 'huit heures et demie', 'mardi 21, à la même heure', '13h'")),
    (A, ok(S("decline", "Baptistine Olivereau", "Romuald Keryell", "friendly", "key",
             meeting="Montage du renard naturalisé pour la vitrine", at="vendredi 17 janvier à 16 h",
             reason="la peau doit encore sécher une bonne semaine"),
           "Vendredi, pour le renard",
           """
Salut Baptistine,

Je préfère annuler vendredi : la peau doit encore sécher une bonne semaine avant que je puisse monter le renard.

Je te fais signe dès qu'il est prêt.

Romuald
""", "correct: first name, 'une bonne semaine' retold from the reason, no new time")),
    (A, ok(S("cancellation_policy", "Gaspard Quéméner", "Solène Abgrall", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Conditions d'annulation du stage de mosaïque",
           """
Cher Monsieur Quéméner,

Merci pour votre inscription au stage de mosaïque. Vous pouvez annuler sans frais jusqu'à deux jours avant (48 heures). Passé ce délai, la moitié du prix du stage (50 %) reste due.

Bien à vous,
Solène Abgrall
""", "correct: 'deux jours avant (48 heures)', 'la moitié du prix (50 %)', 'sans frais' before the notice")),
    (A, ok(S("no_show_followup", "Armelle Tréguer", "Clotaire Le Bihan", "formal", "regular",
             meeting="Essai de la voile de misaine", at="lundi 13 janvier à 10 h",
             props=["jeudi 23 janvier à 10 h"]),
           "Essai de la voile de misaine",
           """
Bonjour Madame Tréguer,

Je vous ai attendue hier matin pour l'essai de la voile de misaine. J'espère qu'il ne vous est rien arrivé.

Si cela vous convient, nous pourrions refaire l'essai le jeudi 23 à dix heures.

Cordialement,
Clotaire Le Bihan
""", "correct: 'hier matin' for the meeting, 'jeudi 23 à dix heures'")),
    (B, ok(S("shorten", "Hyacinthe Carbonnel", "Maëlys Fourcadier", "formal", "regular",
             meeting="Visite de la fresque de la chapelle des Pénitents", at="jeudi 20 février à 14 h",
             dur=40, reason="l'échafaudage doit être démonté à 15 h"),
           "Visite de jeudi : un peu plus courte",
           """
Monsieur,

L'échafaudage de la chapelle doit être démonté à 15 h, la visite de la fresque de jeudi à 14 heures durera donc quarante minutes.

Avec mes excuses pour ce changement,
Maëlys Fourcadier
""", "correct: '15 h' from the reason, 'quarante minutes'")),
    (B, ok(S("switch_to_call", "Eudoxie Pellerin", "Tanguy Ravallec", "formal", "key",
             meeting="Choix des laines pour la tapisserie du salon", at="mardi 18 février à 11 h",
             props=["mardi 18 février à 11 h 30"], reason="je suis retenu à l'atelier d'Aubusson"),
           "Tapisserie du salon : un appel plutôt ?",
           """
Chère Madame Pellerin,

Je suis retenu à l'atelier d'Aubusson et ne pourrai pas venir mardi pour le choix des laines. Pourrions-nous en parler au téléphone le même jour, à onze heures et demie ?

Bien à vous,
Tanguy Ravallec
""", "correct: 'le même jour, à onze heures et demie'")),
    (B, ok(S("switch_to_email", "Fulbert Dessaigne", "Axelle Poumarède", "friendly", "regular",
             meeting="Point sur la restauration du chaudron en cuivre", at="vendredi 14 février à 9 h",
             reason="je n'ai pas encore le devis de l'étameur"),
           "Ton chaudron",
           """
Bonjour Fulbert,

Je n'ai pas encore le devis de l'étameur, donc plutôt que de se voir vendredi, je t'écris dès que je l'ai reçu.

À bientôt,
Axelle
""", "correct: signed first name, 'vendredi' without time")),
    (B, ok(S("delegate", "Isaure Montagnac", "Rodolphe Vigouroux", "formal", "new",
             meeting="Commande de paniers en osier pour la fromagerie", at="lundi 17 février à 10 h",
             col="Gwladys Pelletant"),
           "Votre commande de paniers",
           """
Madame,

Ma collègue Gwladys Pelletant vous recevra lundi 17 à 10 heures pour votre commande de paniers en osier. Elle connaît bien nos modèles et pourra tout voir avec vous.

Cordialement,
Rodolphe Vigouroux
""", "correct: colleague exact, 'lundi 17 à 10 heures'")),
    (C, ok(S("late_cancellation", "Thibaut Larrouy", "Clémentine Bourrinet", "formal", "regular",
             meeting="Cours de gravure sur cuivre", at="lundi 10 mars à 18 h",
             props=["lundi 17 mars à 18 h"], pol={"notice_hours": 24, "fee_percent": 100}),
           "Cours de gravure",
           """
Bonjour Monsieur Larrouy,

J'ai bien reçu votre message d'hier annulant le cours de gravure. Je vous propose de le reprendre lundi prochain, le 17, même heure.

Comme l'annulation est arrivée moins d'un jour avant (24 heures), le cours reste dû en entier (100 %), conformément à nos conditions.

Cordialement,
Clémentine Bourrinet
""", "correct: 'le 17, même heure', 'moins d'un jour avant (24 heures)', 'en entier (100 %)'")),
    (C, ok(S("reschedule", "Apolline Rescanières", "Léandre Cazaubon", "friendly", "regular",
             meeting="Tressage de la corde de cloche", at="jeudi 13 mars à 15 h",
             props=["mercredi 19 mars à 15 h", "vendredi 21 mars à 10 h"],
             reason="le chanvre est encore trop humide"),
           "On décale le tressage ?",
           """
Bonjour Apolline,

Le chanvre est encore trop humide pour tresser la corde jeudi. On peut décaler à mercredi 19, trois heures de l'après-midi, ou vendredi 21 à dix heures ?

Léandre
""", "correct: 'trois heures de l'après-midi', 'dix heures'")),
    (C, ok(S("decline", "Ambroise Tessandier", "Ombeline Favreau", "formal", "regular",
             meeting="Visite de l'atelier de mosaïque de Ravenne", at="mercredi 19 mars à 14 h",
             reason="nous accueillons déjà un groupe scolaire ce jour-là"),
           "Visite de l'atelier",
           """
Monsieur,

Je suis désolée, mais nous ne pourrons pas vous recevoir mercredi pour la visite de l'atelier : nous accueillons déjà un groupe scolaire ce jour-là.

Bien cordialement,
Ombeline Favreau
""", "correct: 'mercredi' only, no new time offered")),
    (C, ok(S("cancellation_policy", "Victorine Lambertye", "Gauthier Sarrazac", "formal", "key",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "Nos conditions pour la tapisserie",
           """
Chère Victorine,

Comme convenu, je vous rappelle nos conditions pour la commande : un acompte de 30 % à la commande, et une annulation possible sans frais jusqu'à trois jours avant le rendez-vous (72 heures).

Bien amicalement,
Gauthier Sarrazac
""", "correct: first name in formal mail, 'trois jours avant (72 heures)', 'acompte de 30 %'")),
    (D, ok(S("no_show_followup", "Hortense Caumartin", "Fabrice Lartigau", "friendly", "new",
             meeting="Essayage de la voile du dériveur", at="mardi 1er avril à 17 h",
             props=["mardi 8 avril à 17 h", "jeudi 10 avril à 18 h"]),
           "Essayage d'hier",
           """
Bonjour Hortense,

Je ne vous ai pas vue hier pour l'essayage. Pas de souci, ça arrive !

Je peux vous proposer mardi 8 à 17 heures ou jeudi 10 à 18 heures.

À bientôt,
Fabrice
""", "correct: 'hier' for the meeting, '17 heures', '18 heures'")),
    (D, ok(S("shorten", "Adhémar Boissonnade", "Capucine Delpeyrou", "formal", "regular",
             meeting="Réunion de chantier pour la restauration de la fresque de l'abside", at="vendredi 4 avril à 9 h",
             dur=30),
           "Réunion de vendredi",
           """
Monsieur Boissonnade,

Je dois malheureusement écourter notre réunion de chantier de vendredi à 9 heures : elle durera une demi-heure.

Merci de votre compréhension,
Capucine Delpeyrou
""", "correct: 'une demi-heure' for 30 minutes")),
    (D, ok(S("switch_to_call", "Ludivine Chassagne", "Norbert Estebenet", "formal", "regular",
             meeting="Remise du faisan naturalisé", at="jeudi 10 avril à 11 h",
             props=["mercredi 9 avril à 18 h"], reason="la boutique est fermée pour inventaire"),
           "Remise du faisan",
           """
Madame,

La boutique est fermée pour inventaire jeudi, je ne pourrai donc pas vous remettre le faisan en main propre. Je vous propose de nous appeler la veille, mercredi à six heures du soir, pour convenir de la suite.

Cordialement,
Norbert Estebenet
""", "correct: 'la veille, mercredi à six heures du soir'")),
    (D, ok(S("switch_to_email", "Philémon Grangérac", "Anaïs Labrousse", "formal", "new",
             meeting="Présentation des devis de chaudronnerie", at="lundi 7 avril à 14 h"),
           "Vos devis",
           """
Bonjour Monsieur,

Plutôt que de nous voir lundi, je vous propose de vous envoyer les devis de chaudronnerie par e-mail, avec mes explications. Vous pourrez me répondre à votre rythme.

Bien cordialement,
Anaïs Labrousse
""", "correct: 'Bonjour Monsieur', no time repeated")),
    (E, ok(S("delegate", "Lazare Montbazet", "Héléna Guiraudie", "friendly", "regular",
             meeting="Cours de vannerie sauvage", at="mercredi 14 mai à 14 h", col="Yannick Rouffiac"),
           "Le cours de mercredi",
           """
Salut Lazare,

C'est Yannick Rouffiac qui animera le cours de vannerie de mercredi à 14 h à ma place. Il connaît le programme par cœur, tu seras entre de bonnes mains.

Héléna
""", "correct: colleague exact, '14 h'")),
    (E, ok(S("late_cancellation", "Domitille Sanguinède", "Évariste Pouyanne", "formal", "regular",
             meeting="Séance de gravure au burin", at="lundi 5 mai à 10 h", props=["lundi 12 mai à 10 h"]),
           "Séance de gravure",
           """
Madame,

Merci de m'avoir prévenu hier matin pour la séance de gravure. Nous pouvons la reporter au lundi 12 mai à 10 heures, si cela vous va.

Bien cordialement,
Évariste Pouyanne
""", "correct: late cancellation, no policy given and none stated")),
    (E, ok(S("reschedule", "Sixtine Delmotte-Arnal", "Quentin Mauvezin", "formal", "key",
             meeting="Pose de la mosaïque du hall d'entrée", at="mercredi 7 mai à 7 h 30",
             props=["lundi 12 mai à 7 h 30", "mardi 13 mai à 7 h 30"], reason="la colle n'a pas bien pris avec le froid"),
           "Pose de la mosaïque",
           """
Chère Madame Delmotte-Arnal,

Avec le froid, la colle n'a pas bien pris : nous devons décaler la pose de la mosaïque du hall prévue mercredi.

Nous pouvons revenir à sept heures et demie le lundi 12 ou le mardi 13 mai. Laquelle de ces deux matinées vous irait le mieux ?

Bien à vous,
Quentin Mauvezin
""", "correct: 'sept heures et demie' for both slots")),
    (E, ok(S("decline", "Séverin Malaussène", "Berthe Cazenave", "formal", "new",
             meeting="Démonstration de tissage de haute lice", at="vendredi 16 mai à 15 h"),
           "Démonstration du 16 mai",
           """
Monsieur,

Je vous remercie pour l'invitation, mais je ne pourrai pas assurer la démonstration de haute lice du vendredi 16 mai.

Cordialement,
Berthe Cazenave
""", "correct: date without time, no reason invented")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Eulalie Pradelles", "Marius Coatanéa", "formal", "regular",
              meeting="Relevé du toit de chaume de la chaumière", at="mercredi 15 janvier à 9 h",
              props=["lundi 20 janvier à 9 h"], reason="des rafales sont annoncées"),
            "Relevé du toit : report au mercredi 15 janvier",
            """
Madame,

Des rafales sont annoncées, nous devons reporter le relevé du toit de chaume. Je vous propose le mercredi 15 janvier à 9 h.

Cordialement,
Marius Coatanéa
""", "the old slot (mercredi 15 janvier 9 h) offered as the new one in subject and body")),
    (A, bad("percent_swapped", S("cancellation_policy", "Éloi Cabanis", "Rosalie Daguerre", "formal", "new",
              pol={"notice_hours": 48, "fee_percent": 60, "deposit_percent": 20}),
            "Conditions de réservation",
            """
Monsieur,

Pour votre réservation à l'atelier de mosaïque : un acompte de 60 % est demandé, l'annulation est gratuite jusqu'à 48 heures avant, puis 20 % du prix est facturé.

Cordialement,
Rosalie Daguerre
""", "deposit 20 and fee 60 swapped")),
    (A, bad("name_near_miss", S("decline", "Gontran Lescarret", "Adèle Pichavant", "formal", "regular",
              meeting="Expertise de la chouette naturalisée", at="jeudi 23 janvier à 11 h"),
            "Expertise de jeudi",
            """
Bonjour Monsieur Lescaret,

Je ne pourrai malheureusement pas réaliser l'expertise de la chouette jeudi 23. Je reviens vers vous prochainement.

Cordialement,
Adèle Pichavant
""", "'Lescaret' for Lescarret in the greeting")),
    (A, bad("link_invented", S("no_show_followup", "Mathurin Le Gall", "Nolwenn Ségalen", "friendly", "regular",
              meeting="Retouche de la grand-voile", at="vendredi 10 janvier à 14 h",
              props=["mardi 21 janvier à 14 h"]),
            "Ta grand-voile",
            """
Salut Mathurin,

Je t'ai attendu vendredi pour la retouche de la grand-voile. Tout va bien ?

Je peux te reprendre mardi 21 à 14 h, ou réserve directement le créneau qui t'arrange sur www.voilerie-segalen.fr/rdv.

Nolwenn
""", "booking link nobody gave")),
    (B, bad("duration_wrong", S("shorten", "Prudence Aubertot", "Cyprien Lafargue", "formal", "regular",
              meeting="Bilan de la restauration de la fresque du réfectoire", at="mardi 18 février à 10 h", dur=45),
            "Bilan de mardi",
            """
Madame,

Je dois raccourcir notre bilan de mardi à 10 h sur la fresque du réfectoire : il durera une demi-heure.

Merci de votre compréhension,
Cyprien Lafargue
""", "'une demi-heure' for 45 minutes")),
    (B, bad("colleague_wrong", S("delegate", "Rémi Sauvageon", "Jacinthe Borderie", "formal", "regular",
              meeting="Livraison des hottes en osier", at="jeudi 13 février à 8 h", col="Aurélien Cassagnou"),
            "Livraison de jeudi",
            """
Monsieur,

Mon collègue Aurélien Cassagnon assurera la livraison des hottes en osier jeudi à 8 h.

Cordialement,
Jacinthe Borderie
""", "colleague 'Cassagnon' for Cassagnou")),
    (B, bad("policy_invented", S("late_cancellation", "Honorine Vialatte", "Bastien Chaumeil", "formal", "regular",
              meeting="Atelier de gravure à la pointe sèche", at="mardi 11 février à 18 h",
              props=["mardi 25 février à 18 h"]),
            "Atelier de gravure",
            """
Madame,

Bien reçu votre annulation d'hier. Je vous propose de reprendre l'atelier le mardi 25 février à 18 h.

Pour cette fois nous ne facturerons pas la séance, mais les annulations tardives sont normalement dues en totalité.

Cordialement,
Bastien Chaumeil
""", "policy in words ('dues en totalité') when none was given")),
    (B, bad("phone_invented", S("switch_to_call", "Florimond Castaing", "Mélusine Audebert", "formal", "key",
              meeting="Choix des cartons pour la tapisserie murale", at="vendredi 21 février à 15 h",
              props=["jeudi 20 février à 17 h"]),
            "Tapisserie murale : par téléphone",
            """
Cher Monsieur Castaing,

Je vous propose de remplacer notre rendez-vous de vendredi par un appel, jeudi 20 février à 17 h. Vous pouvez me joindre au 05 55 83 41 27.

Bien à vous,
Mélusine Audebert
""", "phone number nobody gave")),
    (C, bad("time_recap_wrong", S("reschedule", "Clarisse Moncoutié", "Jean-Baptiste Frayssinet", "friendly", "regular",
              meeting="Étamage du chaudron de cuivre", at="mercredi 12 mars à 10 h",
              props=["mardi 18 mars à 14 h"]),
            "Ton chaudron",
            """
Bonjour Clarisse,

Je ne serai pas à l'atelier mercredi, on peut voir le chaudron mardi 18 mars à 14 h ?

À mardi 10 h, alors !

Jean-Baptiste
""", "closing recap names 10 h instead of 14 h")),
    (C, bad("email_invented", S("switch_to_email", "Auguste Peyrelongue", "Océane Lacombe", "formal", "new",
              meeting="Présentation des cordages pour le voilier", at="jeudi 13 mars à 11 h"),
            "Vos cordages",
            """
Monsieur,

Plutôt qu'un rendez-vous jeudi, je vous propose de tout voir par e-mail. Écrivez-moi directement à oceane.lacombe@wanadoo.fr, je vous envoie les échantillons en photo.

Cordialement,
Océane Lacombe
""", "private e-mail address nobody gave")),
    (C, bad("weekday_wrong", S("decline", "Églantine Foucaudy", "Renaud Mazerolles", "formal", "regular",
              meeting="Visite de la chaumière restaurée", at="vendredi 14 mars à 16 h"),
            "Visite du 14 mars",
            """
Madame,

Je suis au regret de devoir annuler la visite de la chaumière prévue le jeudi 14 mars à 16 h.

Cordialement,
Renaud Mazerolles
""", "'jeudi 14 mars' for vendredi 14 mars")),
    (C, bad("discount_invented", S("no_show_followup", "Onésime Barrière", "Jocelyne Talabot", "formal", "regular",
              meeting="Cours de mosaïque", at="vendredi 7 mars à 14 h", props=["vendredi 21 mars à 14 h"],
              reason="faire un geste commercial"),
            "Cours de mosaïque",
            """
Monsieur,

Nous ne vous avons pas vu vendredi au cours de mosaïque. Je vous propose de le reprendre vendredi 21 mars à 14 h, avec une remise de 15 % en geste commercial.

Cordialement,
Jocelyne Talabot
""", "a 15 % discount licensed by the reason only")),
    (D, bad("place_changed", S("decline", "Bérénice Castagnède", "Aymeric Lavergne", "formal", "regular",
              meeting="Visite des fresques de Saint-Savin", at="jeudi 10 avril à 10 h"),
            "Visite des fresques",
            """
Madame,

Je ne pourrai pas vous accompagner jeudi pour la visite des fresques de Saint-Benoît. Je vous prie de m'en excuser.

Cordialement,
Aymeric Lavergne
""", "Saint-Savin changed to Saint-Benoît")),
    (D, bad("number_invented", S("reschedule", "Jérémie Carbonnières", "Lucille Darrigade", "formal", "regular",
              meeting="Naturalisation du brochet", at="lundi 7 avril à 9 h", props=["mercredi 16 avril à 9 h"],
              reason="le moule n'est pas prêt"),
            "Votre brochet",
            """
Monsieur,

Le moule n'est pas prêt, je dois décaler notre rendez-vous de lundi. Je vous propose mercredi 16 avril à 9 h ; comptez ensuite trois semaines de séchage.

Cordialement,
Lucille Darrigade
""", "'trois semaines de séchage' nobody gave")),
    (D, bad("title_or_company_invented", S("switch_to_email", "Mireille Cazalis", "Antonin Bessière", "formal", "new",
              meeting="Devis de restauration d'une bassine à confiture", at="mardi 8 avril à 15 h"),
            "Votre devis",
            """
Madame,

Je vous propose de traiter le devis de votre bassine par e-mail plutôt que mardi : envoyez-moi simplement quelques photos.

Cordialement,
Antonin Bessière
Maître chaudronnier – Cuivres Bessière SARL
""", "job title and company in the signature")),
    (D, bad("foreign_paragraph", S("no_show_followup", "Anatole Rieupeyroux", "Gisèle Mercadier", "formal", "regular",
              meeting="Atelier de tressage de cordes", at="lundi 31 mars à 9 h", props=["mercredi 9 avril à 9 h"]),
            "Atelier de lundi",
            """
Monsieur,

Nous vous avons attendu lundi à l'atelier de tressage. J'espère que tout va bien.

We can of course book you again on Wednesday 9 April at 9 am if that suits you.

Cordialement,
Gisèle Mercadier
""", "English paragraph in a French mail")),
    (E, bad("time_swapped", S("switch_to_call", "Roseline Espinasse", "Hugues Dalmayrac", "formal", "regular",
              meeting="Prise de mesures pour la tapisserie", at="jeudi 15 mai à 10 h",
              props=["mercredi 14 mai à 16 h"]),
            "Prise de mesures",
            """
Madame,

Je ne pourrai pas venir prendre les mesures le mercredi 14 mai à 16 h. Pouvons-nous plutôt nous appeler jeudi 15 mai à 10 h ?

Cordialement,
Hugues Dalmayrac
""", "the new slot named as the meeting being replaced and the old one offered")),
    (E, bad("time_recap_wrong", S("reschedule", "Ferdinand Lagarrigue", "Camille Roquebrune", "formal", "regular",
              meeting="Réglage du métier à tisser", at="mercredi 7 mai à 14 h",
              props=["lundi 12 mai à 9 h", "mardi 13 mai à 15 h"]),
            "Réglage du métier",
            """
Monsieur,

Je dois reporter le réglage du métier à tisser prévu mercredi. Je peux venir lundi 12 mai à 9 h ou mardi 13 mai à 15 h.

Je bloque provisoirement le lundi 12 à 15 h.

Cordialement,
Camille Roquebrune
""", "provisional hold mixes the two slots (lundi 12 à 15 h)")),
    (E, bad("name_near_miss", S("delegate", "Sidonie Puyjalon", "Loïc Ferrandière", "formal", "regular",
              meeting="Retrait du hibou naturalisé", at="vendredi 9 mai à 11 h", col="Marceline Doumergue"),
            "Retrait du hibou",
            """
Madame Puyjallon,

Ma collègue Marceline Doumergue vous remettra le hibou vendredi 9 mai à 11 h.

Cordialement,
Loïc Ferrandière
""", "'Puyjallon' for Puyjalon in the greeting")),
    (E, bad("percent_swapped", S("late_cancellation", "Zéphirin Gaubert", "Aurore Marcillac", "formal", "regular",
              meeting="Stage de voilerie", at="lundi 5 mai à 9 h", props=["lundi 19 mai à 9 h"],
              pol={"notice_hours": 24, "fee_percent": 40, "deposit_percent": 25}),
            "Stage de voilerie",
            """
Monsieur,

Merci de m'avoir prévenue de votre annulation. Je vous propose le lundi 19 mai à 9 h.

Comme l'annulation est arrivée moins de 24 heures avant, 25 % du prix est dû ; l'acompte de 40 % est déduit.

Cordialement,
Aurore Marcillac
""", "fee 40 and deposit 25 swapped")),
]
