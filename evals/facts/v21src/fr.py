"""v21, French: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v21src._d import A, B, C, D, E


def S(*a, **k):
    return _S("fr", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Bérangère Tholozan", "Cyprien Maubourguet", "formal", "regular",
             meeting="Remise de la montre de gousset révisée", at="jeudi 15 juillet à 10 h",
             props=["mardi 20 juillet à 10 h", "mercredi 21 juillet à 16 h 30"],
             reason="le spiral commandé en Suisse n'est pas encore arrivé"),
           "Votre montre de gousset : nouvelle date",
           """
Madame,

Le spiral commandé en Suisse n'est pas encore arrivé, je ne pourrai donc pas vous remettre la montre jeudi.

Seriez-vous libre mardi 20, à la même heure, ou mercredi 21 juillet à quatre heures et demie de l'après-midi ?

Bien cordialement,
Cyprien Maubourguet
""", "correct: 'Madame,' alone, 'mardi 20, à la même heure', 'quatre heures et demie de l'après-midi'")),
    (A, ok(S("decline", "Gonzague Ribeyrolles", "Solange Peyrebrune", "friendly", "key",
             meeting="Visite de la fabrique de parapluies de Cherbourg", at="vendredi 16 juillet à 14 h",
             reason="les toiles huilées sèchent sur toute la longueur de l'atelier"),
           "Vendredi à la fabrique",
           """
Bonjour Gonzague,

Je dois renoncer à la visite de vendredi : les toiles huilées sèchent sur toute la longueur de l'atelier, on ne pourrait même pas y circuler.

Je te redis dès que la place est libre.

Solange
""", "correct: first name, reason retold, no new time")),
    (A, ok(S("no_show_followup", "Hortense Caussignac", "Médéric Lasbordes", "formal", "new",
             meeting="Essai d'un accordéon diatonique restauré", at="vendredi 9 juillet à 11 h"),
           "Votre essai d'accordéon",
           """
Madame Caussignac,

Nous vous attendions vendredi dernier à onze heures pour l'essai de l'accordéon ; j'espère que rien de fâcheux ne vous a retenue.

N'hésitez pas à me dire quand vous souhaitez repasser.

Bien à vous,
Médéric Lasbordes
""", "correct: 'vendredi dernier' for Jul 9 said on Jul 12, 'onze heures', no slot offered")),
    (A, ok(S("cancellation_policy", "Anatole Vidalenc", "Rosalie Cambefort", "formal", "new",
             pol={"notice_hours": 72, "fee_percent": 50}),
           "Conditions d'annulation du stage d'émaillage",
           """
Monsieur Vidalenc,

Merci pour votre inscription au stage d'émaillage. Vous pouvez annuler sans frais jusqu'à trois jours avant (72 heures) ; au-delà, la moitié du prix (50 %) reste due.

Cordialement,
Rosalie Cambefort
""", "correct: policy in words next to the numbers")),
    (B, ok(S("shorten", "Eulalie Bordenave", "Théophane Larroque", "formal", "regular",
             meeting="Démonstration de cuisson d'émaux sur cuivre", at="mardi 24 août à 9 h", dur=40,
             reason="le four n'a été réparé qu'à moitié"),
           "Démonstration de mardi",
           """
Chère Madame Bordenave,

Le four n'est réparé qu'à moitié ; la démonstration de cuisson des émaux aura bien lieu mardi à neuf heures, mais elle durera quarante minutes.

Bien cordialement,
Théophane Larroque
""", "correct: 'neuf heures', 'quarante minutes', paraphrased reason")),
    (B, ok(S("switch_to_email", "Léonce Arribat", "Mathurine Gélibert", "formal", "regular",
             meeting="Choix de la toile pour six parapluies de cérémonie", at="jeudi 26 août à 15 h",
             reason="les échantillons se comparent mieux sur photos côte à côte"),
           "Les toiles par écrit",
           """
Monsieur,

Plutôt que de nous voir jeudi à 15 h, je vous envoie par e-mail les photos des toiles côte à côte pour vos six parapluies : c'est plus parlant ainsi.

Vous me répondrez à votre rythme.

Cordialement,
Mathurine Gélibert
""", "correct: 'six parapluies' from the meeting name, no new time")),
    (B, ok(S("late_cancellation", "Ombeline Fabrègue", "Gaspard Escudié", "formal", "regular",
             meeting="Atelier de montage de parapluies", at="lundi 16 août à 14 h",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Votre annulation d'hier",
           """
Madame Fabrègue,

Nous avons reçu votre annulation de l'atelier d'hier après-midi moins de 24 heures avant. Comme prévu dans nos conditions, l'atelier est dû en entier (100 %).

Bien cordialement,
Gaspard Escudié
""", "correct: 'hier' for Aug 16 said on Aug 17, given policy")),
    (B, ok(S("delegate", "Aristide Montagut", "Clémentine Sarrazac", "formal", "key",
             meeting="Expertise d'une horloge comtoise", at="vendredi 20 août à 10 h 30",
             col="Benoît Lacombe-Rieu", reason="je serai à la bourse horlogère de Besançon"),
           "L'expertise de votre comtoise",
           """
Cher Monsieur,

Je serai à la bourse horlogère de Besançon vendredi. Mon collègue Benoît Lacombe-Rieu viendra expertiser votre comtoise à 10 h 30, comme convenu.

Respectueusement,
Clémentine Sarrazac
""", "correct: 'Cher Monsieur,' alone, colleague exact")),
    (C, ok(S("reschedule", "Philomène Darrigrand", "Évrard Couzinié", "formal", "new",
             meeting="Essai d'un accordéon chromatique restauré", at="vendredi 17 septembre à 17 h",
             props=["lundi 20 septembre à 17 h", "mardi 21 septembre à 12 h"],
             reason="le soufflet doit être recollé une seconde fois"),
           "Essai de votre accordéon",
           """
Madame Darrigrand,

Le soufflet doit être recollé une seconde fois, l'essai de vendredi est donc trop tôt.

Je vous propose lundi 20 septembre à cinq heures de l'après-midi, ou mardi 21 à midi.

Bien cordialement,
Évrard Couzinié
""", "correct: 'cinq heures de l'après-midi', 'mardi 21 à midi'")),
    (C, ok(S("switch_to_call", "Tiburce Lamarque", "Odile Fontanilles", "formal", "regular",
             meeting="Point sur la commande de baromètres de marine", at="jeudi 23 septembre à 8 h 30",
             reason="je serai bloquée au chantier de Figeac toute la matinée"),
           "Jeudi au téléphone",
           """
Monsieur Lamarque,

Je serai retenue au chantier de Figeac toute la matinée de jeudi. Pouvons-nous faire le point sur vos baromètres par téléphone, à 8 h 30 comme prévu ?

Bien à vous,
Odile Fontanilles
""", "correct: same slot by phone, no new time")),
    (C, ok(S("decline", "Séverin Camboulives", "Armelle Durrieu", "formal", "regular",
             meeting="Démonstration d'émail cloisonné", at="mercredi 22 septembre à 10 h",
             reason="le four à émaux est parti en réparation"),
           "Démonstration du 22",
           """
Monsieur,

Le four à émaux est parti en réparation, je ne peux donc pas assurer la démonstration d'émail cloisonné de mercredi prochain.

Je reviens vers vous quand il sera réinstallé.

Bien cordialement,
Armelle Durrieu
""", "correct: 'mercredi prochain' for Sep 22 said on Wed Sep 15, no new time")),
    (C, ok(S("no_show_followup", "Valérien Pouységur", "Aubeline Castaing", "formal", "regular",
             meeting="Réglage d'un régulateur de parquet", at="lundi 13 septembre à 14 h",
             props=["jeudi 16 septembre à 14 h"]),
           "Le réglage de votre régulateur",
           """
Monsieur Pouységur,

Je suis passée lundi à deux heures pour régler votre régulateur, mais personne n'était là.

Je peux revenir demain, à la même heure, si cela vous convient.

Bien cordialement,
Aubeline Castaing
""", "correct: 'demain, à la même heure' for Thu Sep 16 14 h said on Sep 15")),
    (D, ok(S("shorten", "Gwenaëlle Rouquayrol", "Hippolyte Barousse", "friendly", "regular",
             meeting="Cours d'émail sur cuivre", at="mardi 19 octobre à 18 h", dur=60,
             reason="la salle ferme plus tôt ce jour-là"),
           "Cours de mardi",
           """
Bonjour Gwenaëlle,

La salle ferme plus tôt mardi : on commence à six heures du soir comme prévu, mais le cours d'émail durera une heure.

À mardi,
Hippolyte
""", "correct: first name, 'six heures du soir', 'une heure', signed with first name")),
    (D, ok(S("cancellation_policy", "Maximilienne Arrouy", "Josselin Tarrieu", "formal", "regular",
             meeting="Restauration d'une horloge de clocher", at="lundi 25 octobre à 9 h",
             pol={"notice_hours": 48, "deposit_percent": 30}),
           "Restauration de l'horloge : rappel",
           """
Madame Arrouy,

Pour la restauration de l'horloge du clocher, lundi 25 octobre à 9 h, je vous rappelle qu'un acompte de 30 % est demandé et que l'annulation reste sans frais jusqu'à deux jours avant (48 heures).

Bien cordialement,
Josselin Tarrieu
""", "correct: deposit with its term, 'deux jours avant (48 heures)'")),
    (D, ok(S("switch_to_email", "Ambroisine Lescure", "Firmin Cazaubon", "formal", "new",
             meeting="Présentation des baromètres restaurés", at="vendredi 22 octobre à 11 h",
             reason="les relevés d'étalonnage sont plus lisibles dans un tableau"),
           "Vos baromètres : par e-mail",
           """
Madame,

Les relevés d'étalonnage se lisent mieux dans un tableau : je vous l'envoie par e-mail à la place de notre rendez-vous de vendredi à onze heures.

Cordialement,
Firmin Cazaubon
""", "correct: 'onze heures', meeting paraphrased, no new time")),
    (D, ok(S("late_cancellation", "Barthélemy Soulé", "Alix Mauriac-Dupleix", "formal", "regular",
             meeting="Visite de l'atelier d'émaux de Limoges", at="mercredi 13 octobre à 15 h"),
           "Visite d'hier",
           """
Monsieur Soulé,

J'ai bien reçu votre message annulant la visite d'hier à l'atelier. Dites-moi quand vous souhaitez venir une autre fois.

Bien cordialement,
Alix Mauriac-Dupleix
""", "correct: late cancellation with no policy given, states none; 'hier' for Oct 13")),
    (E, ok(S("reschedule", "Sabine Lartigau", "Nestor Bégarie", "formal", "key",
             meeting="Remise du chronographe restauré", at="mardi 16 novembre à 11 h 30",
             props=["jeudi 18 novembre à 11 h 30", "vendredi 19 novembre à 9 h"],
             reason="le verre bombé a été livré fêlé"),
           "Remise de votre chronographe",
           """
Madame Lartigau,

Le verre bombé de votre chronographe est arrivé fêlé ; je ne pourrai pas vous le remettre mardi.

Je vous propose jeudi 18 à onze heures et demie, ou vendredi 19 novembre à neuf heures.

Respectueusement,
Nestor Bégarie
""", "correct: 'onze heures et demie', 'neuf heures', 'jeudi 18' without month")),
    (E, ok(S("decline", "Pacôme Dufourcq", "Capucine Laffargue", "formal", "new",
             meeting="Visite de l'atelier d'accordéons", at="lundi 22 novembre à 14 h",
             reason="nous préparons la commande d'un orchestre et l'atelier est fermé au public"),
           "Votre visite du 22 novembre",
           """
Monsieur Dufourcq,

Nous préparons en ce moment la commande d'un orchestre et l'atelier est fermé au public ; je ne peux donc pas vous recevoir lundi 22 novembre.

Avec mes regrets,
Capucine Laffargue
""", "correct: date without year, no new time")),
    (E, ok(S("delegate", "Irénée Castagnet", "Perrine Soubielle", "friendly", "regular",
             meeting="Réparation d'un accordéon de bal", at="mercredi 17 novembre à 8 h",
             col="Loïc Bernadet", reason="je dois accompagner mon père à l'hôpital"),
           "Mercredi à l'atelier",
           """
Bonjour Irénée,

Je dois accompagner mon père à l'hôpital mercredi. Loïc Bernadet te recevra à huit heures pour ton accordéon de bal.

Perrine
""", "correct: first name, colleague exact, 'huit heures'")),
    (E, ok(S("switch_to_call", "Adélaïde Hourcade", "Timothée Lacoste-Ravel", "formal", "regular",
             meeting="Devis pour l'horloge de la mairie", at="jeudi 25 novembre à 16 h",
             reason="la route de la vallée est en travaux"),
           "Jeudi : un appel plutôt",
           """
Madame,

La route de la vallée est en travaux. Gardons jeudi à quatre heures de l'après-midi, mais au téléphone : je vous présenterai le devis de l'horloge de la mairie.

Bien cordialement,
Timothée Lacoste-Ravel
""", "correct: same slot by phone in words")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Évangéline Sarrabère", "Hugues Latapie", "formal", "regular",
              meeting="Révision d'une pendule de cheminée", at="mardi 13 juillet à 15 h",
              props=["vendredi 16 juillet à 10 h"], reason="l'échappement doit être refait"),
            "Révision de votre pendule : vendredi 16 juillet",
            """
Madame Sarrabère,

L'échappement de votre pendule doit être refait. Je vous propose donc de la réviser mardi 13 juillet à 15 h.

Bien cordialement,
Hugues Latapie
""", "time_swapped: the old slot (mardi 13 juillet 15 h) offered as the new one in the body; subject right")),
    (A, bad("policy_invented", S("no_show_followup", "Ferdinand Lagardère", "Mireille Pontacq", "formal", "new",
              meeting="Essai d'une ombrelle sur mesure", at="jeudi 8 juillet à 10 h"),
            "Votre essai de jeudi",
            """
Monsieur Lagardère,

Nous vous attendions jeudi dernier pour l'essai de l'ombrelle. Comme le prévoient nos conditions, la moitié de l'essai vous sera facturée.

Cordialement,
Mireille Pontacq
""", "policy_invented: 'la moitié ... facturée' with no policy given")),
    (A, bad("link_invented", S("switch_to_call", "Roseline Pédebidou", "Gustave Lhomme", "formal", "regular",
              meeting="Point sur les baromètres du musée", at="mercredi 21 juillet à 9 h",
              reason="je suis au musée de la Marine toute la semaine"),
            "Mercredi par téléphone",
            """
Madame Pédebidou,

Je suis au musée de la Marine toute la semaine ; faisons le point mercredi à 9 h par téléphone. Vous trouverez les fiches des baromètres sur https://atelier-lhomme.fr/fiches avant l'appel.

Bien à vous,
Gustave Lhomme
""", "link_invented: a link nobody gave")),
    (A, bad("colleague_wrong", S("delegate", "Amaury Pujolle", "Sidonie Caubet", "formal", "regular",
              meeting="Installation d'un baromètre mural", at="lundi 19 juillet à 8 h",
              col="Raphaël Sempé", reason="je serai en congé"),
            "Votre baromètre mural",
            """
Monsieur Pujolle,

Je serai en congé lundi ; mon collègue Raphaël Sempéré installera votre baromètre à 8 h comme prévu.

Cordialement,
Sidonie Caubet
""", "colleague_wrong: 'Raphaël Sempéré' for Raphaël Sempé")),
    (B, bad("weekday_wrong", S("reschedule", "Héloïse Bétbèze", "Quentin Arnaudin", "formal", "regular",
              meeting="Remise d'une montre de plongée", at="jeudi 19 août à 14 h",
              props=["mercredi 25 août à 14 h"], reason="le test d'étanchéité a échoué"),
            "Votre montre : mercredi 25 août",
            """
Madame Bétbèze,

Le test d'étanchéité de votre montre a échoué, je dois la reprendre. Pourrions-nous nous voir jeudi 25 août à 14 h ?

Bien cordialement,
Quentin Arnaudin
""", "weekday_wrong: 'jeudi 25 août' in the body (25 August 2032 is a Wednesday); subject right")),
    (B, bad("percent_swapped", S("late_cancellation", "Lucienne Carrerot", "Donatien Pélissier", "formal", "regular",
              meeting="Stage d'émaillage sur cuivre", at="lundi 16 août à 9 h",
              pol={"notice_hours": 48, "fee_percent": 40, "deposit_percent": 25}),
            "Annulation du stage",
            """
Madame Carrerot,

Votre annulation est arrivée moins de 48 heures avant le stage d'hier. Selon nos conditions, l'acompte de 40 % est conservé et 25 % du prix restent dus.

Cordialement,
Donatien Pélissier
""", "percent_swapped: deposit given 25 %, fee 40 %; swapped")),
    (B, bad("place_changed", S("decline", "Ignace Dabadie", "Fleur Capdevielle", "formal", "new",
              meeting="Conférence sur les émaux de Limoges", at="mardi 31 août à 18 h",
              reason="je n'ai pas le temps de la préparer"),
            "Conférence du 31 août",
            """
Monsieur Dabadie,

Je ne pourrai malheureusement pas donner la conférence sur les émaux de Tulle le 31 août : je n'aurai pas le temps de la préparer.

Bien cordialement,
Fleur Capdevielle
""", "place_changed: Limoges -> Tulle")),
    (B, bad("foreign_paragraph", S("shorten", "Marcelline Bourdieu", "Anselme Taillade", "formal", "regular",
              meeting="Cours d'émail champlevé", at="vendredi 20 août à 14 h", dur=60,
              reason="le four doit refroidir avant l'inspection"),
            "Cours de vendredi",
            """
Madame Bourdieu,

Le four doit refroidir avant une inspection : le cours d'émail de vendredi à 14 h durera une heure.

We apologise for the inconvenience and look forward to seeing you on Friday.

Cordialement,
Anselme Taillade
""", "foreign_paragraph: an English paragraph")),
    (C, bad("time_recap_wrong", S("reschedule", "Céleste Monléon", "Jordane Haurat", "formal", "regular",
              meeting="Ajustage d'un bracelet de montre", at="jeudi 16 septembre à 11 h",
              props=["mardi 21 septembre à 15 h 30"], reason="l'atelier est fermé pour inventaire"),
            "Bracelet : mardi 21 septembre",
            """
Madame Monléon,

L'atelier est fermé jeudi pour inventaire. Je vous propose mardi 21 septembre à 15 h 30 pour ajuster le bracelet.

À mardi 15 h, donc !

Jordane Haurat
""", "time_recap_wrong: the closing recap rounds 15 h 30 to 15 h")),
    (C, bad("email_invented", S("switch_to_email", "Gautier Souberbielle", "Noémie Larrieu", "formal", "regular",
              meeting="Choix des toiles pour les ombrelles de mariage", at="vendredi 24 septembre à 10 h",
              reason="je suis en déplacement"),
            "Les toiles par e-mail",
            """
Monsieur,

Je suis en déplacement vendredi ; je vous envoie plutôt les toiles en photo. Répondez-moi sur mon adresse personnelle, noemie.larrieu@orange.fr.

Cordialement,
Noémie Larrieu
""", "email_invented: a private address nobody gave")),
    (C, bad("number_invented", S("decline", "Aurèle Pambrun", "Gisèle Lacassagne", "formal", "regular",
              meeting="Commande de boîtiers de montre émaillés", at="lundi 27 septembre à 9 h",
              reason="l'atelier est complet jusqu'à la fin de l'année"),
            "Vos boîtiers émaillés",
            """
Monsieur Pambrun,

L'atelier est complet jusqu'à la fin de l'année, avec déjà quarante boîtiers en attente ; je dois décliner le rendez-vous de lundi.

Bien cordialement,
Gisèle Lacassagne
""", "number_invented: 'quarante boîtiers' nobody gave")),
    (C, bad("time_swapped", S("switch_to_call", "Octavie Lapeyrade", "Bastien Rougé", "formal", "regular",
              meeting="Bilan de l'horloge du beffroi", at="mardi 28 septembre à 10 h",
              props=["mercredi 29 septembre à 14 h"], reason="le beffroi est fermé au public"),
            "Bilan du beffroi : appel",
            """
Madame Lapeyrade,

Le beffroi est fermé au public. Au lieu de nous voir mercredi 29 septembre à 14 h, je vous appelle mardi 28 septembre à 10 h.

Bien cordialement,
Bastien Rougé
""", "time_swapped: meeting and proposed slots exchanged")),
    (D, bad("name_near_miss", S("decline", "Blandine Estrabaud", "Lazare Vergès", "formal", "new",
              meeting="Essai d'un accordéon d'occasion", at="mardi 19 octobre à 16 h",
              reason="l'accordéon a été repris par son ancien propriétaire"),
            "L'accordéon d'occasion",
            """
Madame Estraboud,

L'accordéon a été repris par son ancien propriétaire, je dois annuler l'essai de mardi. Veuillez m'en excuser.

Lazare Vergès
""", "name_near_miss: 'Estraboud' for Estrabaud")),
    (D, bad("discount_invented", S("late_cancellation", "Corentin Baylac", "Maëlle Daguerre", "formal", "regular",
              meeting="Initiation à l'émaillage", at="mercredi 13 octobre à 9 h",
              reason="le client a demandé un geste"),
            "Votre annulation",
            """
Monsieur Baylac,

Nous avons noté votre annulation tardive de l'initiation d'hier. En geste commercial, nous vous accordons 15 % de remise sur la prochaine séance.

Cordialement,
Maëlle Daguerre
""", "discount_invented: 15 % remise licensed by no given fact (the reason only asks)")),
    (D, bad("weekday_wrong", S("shorten", "Violaine Carrère", "Stanislas Abadie", "formal", "regular",
              meeting="Atelier de réparation de parapluies", at="mardi 26 octobre à 14 h", dur=90,
              reason="la salle est réservée à 16 h"),
            "Atelier parapluies du lundi 26 octobre",
            """
Madame Carrère,

La salle est réservée à 16 h : l'atelier de réparation commencera à 14 h le 26 octobre, et durera une heure et demie.

Cordialement,
Stanislas Abadie
""", "weekday_wrong: subject 'lundi 26 octobre' (a Tuesday); body right")),
    (D, bad("phone_invented", S("no_show_followup", "Elzéar Lamothe", "Marine Sabathé", "formal", "new",
              meeting="Estimation d'une montre ancienne", at="lundi 11 octobre à 17 h",
              props=["vendredi 22 octobre à 17 h"]),
            "Votre estimation",
            """
Monsieur Lamothe,

Nous vous attendions lundi à 17 h. Je peux vous recevoir vendredi 22 octobre, à la même heure ; appelez-moi au 06 42 17 83 09 si besoin.

Cordialement,
Marine Sabathé
""", "phone_invented: a phone number nobody gave")),
    (E, bad("title_or_company_invented", S("reschedule", "Jacinthe Puyoo", "Valentin Bordères", "formal", "regular",
              meeting="Livraison du baromètre restauré", at="lundi 15 novembre à 10 h",
              props=["mercredi 17 novembre à 10 h"], reason="le camion est en panne"),
            "Livraison de votre baromètre",
            """
Madame Puyoo,

Le camion est en panne ; pourrions-nous livrer le baromètre mercredi 17 novembre à 10 h ?

Bien cordialement,
Valentin Bordères
Restaurateur d'instruments anciens, Atelier Bordères & Fils
""", "title_or_company_invented: title and company in the signature")),
    (E, bad("duration_wrong", S("shorten", "Rodrigue Lafitte-Sarran", "Zélie Poumarède", "formal", "regular",
              meeting="Cours d'horlogerie pour débutants", at="jeudi 18 novembre à 14 h", dur=45,
              reason="un client vient chercher une pendule à 15 h"),
            "Cours de jeudi",
            """
Monsieur,

Un client passe chercher une pendule à 15 h : le cours de jeudi à 14 h durera donc une demi-heure.

Bien cordialement,
Zélie Poumarède
""", "duration_wrong: 'une demi-heure' for 45 minutes")),
    (E, bad("place_changed", S("switch_to_email", "Aglaé Tournemire", "Basile Cazenave", "formal", "new",
              meeting="Présentation de la fabrique de parapluies d'Aurillac", at="mardi 23 novembre à 11 h",
              reason="la présentation tient en quelques pages"),
            "Présentation par e-mail",
            """
Madame,

La présentation de la fabrique de parapluies de Saint-Flour tient en quelques pages : je vous l'envoie par e-mail plutôt que de nous voir mardi.

Cordialement,
Basile Cazenave
""", "place_changed: Aurillac -> Saint-Flour")),
    (E, bad("policy_invented", S("cancellation_policy", "Eugénie Larribau", "Tristan Cazalis", "formal", "new",
              pol={"notice_hours": 24}),
            "Annulation des cours",
            """
Madame Larribau,

Vous pouvez annuler sans frais jusqu'à 24 heures avant le cours. Au-delà, l'acompte ne sera pas remboursé.

Cordialement,
Tristan Cazalis
""", "policy_invented: a non-refundable deposit nobody gave")),
]
