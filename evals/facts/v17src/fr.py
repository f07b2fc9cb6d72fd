"""v17, French: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v17src._d import A, B, C, D, E


def S(*a, **k):
    return _S("fr", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Héloïse Vanderplancke", "Aurèle Boisgontier", "formal", "regular",
             meeting="Pose du vitrail de la chapelle Saint-Médard", at="jeudi 18 juillet à 9 h",
             props=["mardi 23 juillet à 9 h", "jeudi 25 juillet à 14 h 30"],
             reason="le plomb de sertissage n'a pas été livré"),
           "Pose du vitrail : nouvelle date",
           """
Madame,

Le plomb de sertissage ne nous a pas été livré, nous ne pourrons donc pas poser le vitrail de la chapelle jeudi à 9 heures.

Je vous propose mardi 23, à la même heure, ou jeudi 25 juillet à 14h30. Laquelle de ces deux dates vous conviendrait ?

Bien cordialement,
Aurèle Boisgontier
""", "correct: 'Madame,' alone, '9 heures', 'mardi 23, à la même heure', '14h30'")),
    (A, ok(S("decline", "Corentin Mazurier", "Ysaline Kergoat", "friendly", "key",
             meeting="Essayage de la selle sur mesure n° 2", at="vendredi 19 juillet à 17 h",
             reason="le cuir de la jupe a une fente et je dois tout recouper"),
           "Essayage de vendredi",
           """
Salut Corentin,

Je dois annuler l'essayage de vendredi : le cuir de la jupe a une fente et je dois tout recouper.

Ysaline
""", "correct: first name only, 'n° 2' not repeated")),
    (A, ok(S("cancellation_policy", "Marie-Josèphe Trécourt", "Valentin Escoubès", "formal", "new",
             pol={"notice_hours": 72, "deposit_percent": 40}),
           "Conditions d'annulation de l'atelier",
           """
Chère Madame Trécourt,

Merci pour votre inscription au stage de soufflage de verre. Voici nos conditions :

- un acompte de 40 % confirme la réservation ;
- vous pouvez annuler sans frais jusqu'à trois jours avant (72 heures).

Je reste à votre disposition.

Bien à vous,
Valentin Escoubès
""", "correct: 'trois jours avant (72 heures)', 'sans frais' before the given notice, hyphenated first name dropped")),
    (A, ok(S("no_show_followup", "Timothée Sabadie", "Noémie Castagnet", "friendly", "regular",
             meeting="Parage et ferrage de la jument", at="lundi 15 juillet à 8 h",
             props=["vendredi 19 juillet à 8 h"]),
           "Ta jument",
           """
Bonjour Timothée,

Je suis passée hier matin aux écuries pour le ferrage de la jument, mais je n'ai trouvé personne. J'espère que tout va bien.

Je peux revenir vendredi 19 à 8 heures, ça t'irait ?

Noémie
""", "correct: 'hier matin' for the meeting, 'vendredi 19 à 8 heures'")),
    (B, ok(S("shorten", "Gwenaël Rouzic", "Blandine Ferracci", "formal", "key",
             meeting="Visite du chantier de mur en pierre sèche", at="mardi 27 août à 10 h", dur=40,
             reason="je dois être à Quimper en début d'après-midi"),
           "Visite du chantier de mardi",
           """
Cher Monsieur Rouzic,

Devant être à Quimper en début d'après-midi, je vous propose de ramener la visite du chantier de mardi à quarante minutes. Nous commencerons à dix heures comme prévu.

Merci de votre compréhension.

Bien cordialement,
Blandine Ferracci
""", "correct: 'quarante minutes', 'dix heures', paraphrased meeting")),
    (B, ok(S("switch_to_call", "Anne-Laure Pestourie", "Maël Quillivic", "formal", "regular",
             meeting="Présentation du spectacle de marionnettes à l'école", at="jeudi 29 août à 14 h",
             props=["mercredi 28 août à 11 h"],
             reason="notre camion est immobilisé"),
           "Marionnettes : un appel plutôt qu'un rendez-vous",
           """
Bonjour Madame Pestourie,

Notre camion est immobilisé et je ne pourrai pas venir jeudi présenter le spectacle à l'école. Pouvons-nous en parler par téléphone mercredi 28 août à 11 heures ?

Bien cordialement,
Maël Quillivic
""", "correct: 'Bonjour Madame', '11 heures', weekday only for the old slot")),
    (B, ok(S("delegate", "Fabrice Lhuillery", "Capucine Dauzats", "formal", "regular",
             meeting="Création d'un parfum pour l'hôtel", at="vendredi 30 août à 15 h",
             col="Octave Maraval", reason="je suis en congé à partir de la fin du mois"),
           "Votre parfum d'hôtel",
           """
Monsieur,

Je serai en congé à partir de la fin du mois. C'est mon collègue Octave Maraval qui vous recevra vendredi à 15 heures pour la création du parfum de l'hôtel .

Bien à vous,
Capucine Dauzats
""", "correct: 'Monsieur,' alone, '15 heures', colleague in full")),
    (B, ok(S("late_cancellation", "Rodolphe Vautrin", "Élodie Sarraute", "formal", "regular",
             meeting="Visite des caves d'affinage", at="mardi 20 août à 16 h",
             props=["lundi 26 août à 16 h", "mercredi 28 août à 10 h"],
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Visite des caves",
           """
Monsieur Vautrin,

J'ai bien reçu votre message d'annulation pour la visite des caves d'hier. Nous pouvons la reprogrammer lundi 26 à 16 h ou mercredi 28 août à 10 h.

Comme l'annulation est arrivée moins de deux jours avant (48 heures), la moitié du prix de la visite (50 %) reste due, conformément à nos conditions.

Cordialement,
Élodie Sarraute
""", "correct: 'd'hier' for the meeting, policy in words and figures")),
    (C, ok(S("reschedule", "Ombeline Frachet", "Gauthier Lemercier", "friendly", "regular",
             meeting="Réfection de la banquette Louis-Philippe", at="vendredi 20 septembre à 10 h",
             props=["mardi 24 septembre à 10 h", "jeudi 26 septembre à 16 h"],
             reason="le tissu choisi est en rupture chez le fournisseur"),
           "Ta banquette",
           """
Bonjour Ombeline,

Le tissu que tu as choisi est en rupture chez le fournisseur, donc je ne pourrai pas venir vendredi pour la banquette.

Est-ce que mardi 24 à dix heures t'irait ? Sinon jeudi 26 septembre à 16 heures.

À bientôt,
Gauthier
""", "correct: 'dix heures', '16 heures', sender's first name only")),
    (C, ok(S("decline", "Bertille Carrasset", "Jonas Fauchereau", "formal", "new",
             meeting="Expertise d'un violon ancien", at="lundi 23 septembre à 11 h",
             reason="je n'expertise pas les instruments que je n'ai pas moi-même restaurés"),
           "Expertise de votre violon",
           """
Madame Carrasset,

Merci de votre confiance. Je n'expertise malheureusement pas les instruments que je n'ai pas moi-même restaurés, et je ne pourrai donc pas vous recevoir lundi.

Je vous prie de m'en excuser.

Jonas Fauchereau
""", "correct: weekday only, reason retold")),
    (C, ok(S("switch_to_email", "Pierre-Yves Lannurien", "Sixtine Desbordes", "formal", "key",
             meeting="Point sur l'élagage des platanes du parc", at="mercredi 25 septembre à 9 h 30",
             reason="les devis des sous-traitants ne sont pas encore arrivés"),
           "Élagage des platanes : par écrit",
           """
Cher Monsieur Lannurien,

Les devis des sous-traitants ne sont pas encore arrivés. Plutôt que de nous voir mercredi à 9h30, je vous propose de faire le point sur l'élagage des platanes par e-mail dès que je les aurai.

Bien cordialement,
Sixtine Desbordes
""", "correct: '9h30', paraphrased meeting")),
    (C, ok(S("cancellation_policy", "Lucienne Abgrall", "Hugo Penven", "formal", "regular",
             meeting="Baptême de plongée en mer", at="samedi 28 septembre à 9 h",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Votre baptême de plongée",
           """
Madame Abgrall,

En vue de votre baptême de plongée samedi à 9 heures, je vous rappelle nos conditions : toute annulation moins de 24 heures avant est facturée en entier (100 %).

Au plaisir de vous accueillir,
Hugo Penven
""", "correct: '9 heures', 'en entier (100 %)'")),
    (D, ok(S("shorten", "Séverine Gaborit", "Mathis Rivoalen", "friendly", "regular",
             meeting="Cours de calligraphie onciale", at="jeudi 24 octobre à 18 h 30", dur=60,
             reason="la salle n'est libre qu'une heure"),
           "Cours de jeudi",
           """
Coucou Séverine,

La salle n'est libre qu'une heure jeudi, donc le cours de calligraphie durera une heure seulement. On commence à 18h30, comme prévu.

Mathis
""", "correct: 'une heure' for 60, '18h30'")),
    (D, ok(S("switch_to_call", "Clémentine Orsoni", "Basile Hervouët", "formal", "regular",
             meeting="Devis pour le vol en montgolfière de groupe", at="lundi 21 octobre à 10 h",
             props=["mardi 22 octobre à 17 h"]),
           "Votre vol en montgolfière",
           """
Madame Orsoni,

Pour le devis de votre vol en montgolfière de groupe, un appel suffira sans doute. Seriez-vous disponible mardi 22 à cinq heures de l'après-midi plutôt que lundi à 10 h ?

Bien cordialement,
Basile Hervouët
""", "correct: 'cinq heures de l'après-midi' for 17 h, date without month")),
    (D, ok(S("no_show_followup", "Augustin Lefranc", "Perrine Dalmasso", "formal", "new",
             meeting="Premier rendez-vous à la sellerie", at="mardi 15 octobre à 14 h",
             props=["vendredi 18 octobre à 14 h", "lundi 21 octobre à 9 h"],
             pol={"notice_hours": 24}),
           "Notre rendez-vous d'hier",
           """
Monsieur Lefranc,

Nous vous attendions hier à 14 heures à la sellerie et espérons qu'il ne vous est rien arrivé.

Je peux vous proposer vendredi 18 à la même heure ou lundi 21 octobre à 9 h. Pour la suite, merci de nous prévenir au moins 24 heures à l'avance en cas d'empêchement.

Cordialement,
Perrine Dalmasso
""", "correct: 'hier', 'la même heure', notice in hours")),
    (D, ok(S("late_cancellation", "Raphaëlle Combaluzier", "Tanguy Moalic", "friendly", "key",
             meeting="Atelier soufflage de boules de Noël", at="mercredi 16 octobre à 10 h",
             props=["samedi 19 octobre à 10 h"]),
           "L'atelier de ce matin",
           """
Bonjour Raphaëlle,

Bien reçu ton message ce matin, pas de souci pour l'atelier. Si tu veux, je te garde une place samedi 19 à 10 h, même heure.

Tanguy
""", "correct: 'ce matin' for today's meeting, no policy given and none stated")),
    (E, ok(S("reschedule", "Edmée Tiercelin", "Loïc Prigent-Aubry", "formal", "regular",
             meeting="Visite d'entretien des tilleuls", at="jeudi 21 novembre à 8 h",
             props=["mardi 26 novembre à 8 h", "lundi 2 décembre à 13 h"],
             reason="un coup de vent est annoncé jeudi"),
           "Entretien des tilleuls : autre date",
           """
Madame Tiercelin,

Un coup de vent est annoncé jeudi et nous ne pouvons pas monter dans les arbres dans ces conditions. Je vous propose :

- mardi 26 novembre à 8 heures ;
- ou lundi 2 décembre à 13 heures.

Merci de me dire ce qui vous convient.

Loïc Prigent-Aubry
""", "correct: weekday inside the retold reason, bullet list, '8 heures'")),
    (E, ok(S("decline", "Quentin Ducasse", "Soizic Le Bihan", "formal", "regular",
             meeting="Restauration de la guitare de 1962", at="vendredi 22 novembre à 15 h",
             reason="l'atelier ne prend plus de commandes avant l'an prochain"),
           "Votre guitare",
           """
Monsieur Ducasse,

L'atelier ne prend plus de commandes avant l'an prochain, je dois donc décliner notre rendez-vous de vendredi pour la restauration de votre guitare.

Avec mes regrets,
Soizic Le Bihan
""", "correct: year of the meeting name not repeated, weekday only")),
    (E, ok(S("delegate", "Inès Bourrigaud", "Rémi Cazenave", "friendly", "regular",
             meeting="Leçon de plongée en fosse", at="mercredi 27 novembre à 19 h",
             col="Lilou Berthomieu"),
           "Ta leçon de mercredi",
           """
Salut Inès,

Je ne serai pas là mercredi, c'est Lilou Berthomieu qui te donnera la leçon en fosse à 19 h.

Rémi
""", "correct: colleague in full, '19 h', friendly")),
    (E, ok(S("switch_to_email", "Victorien Abadie", "Lise Kerhervé", "formal", "regular",
             meeting="Choix des flacons pour la gamme d'hiver", at="lundi 25 novembre à 11 h",
             props=["jeudi 28 novembre à 11 h"]),
           "Flacons de la gamme d'hiver",
           """
Monsieur Abadie,

Plutôt que de nous réunir lundi, je vous propose de choisir les flacons par e-mail. S'il reste des questions, nous pourrons nous voir jeudi 28 novembre à onze heures.

Cordialement,
Lise Kerhervé
""", "correct: 'onze heures', proposed time offered as fallback")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Apolline Guéguen", "Bastien Rouquette", "formal", "regular",
             meeting="Réparation du vitrail de la sacristie", at="mercredi 17 juillet à 10 h",
             props=["lundi 22 juillet à 10 h"]),
           "Vitrail de la sacristie : report",
           """
Madame Guéguen,

Je dois déplacer la réparation du vitrail de la sacristie prévue lundi 22 juillet à 10 h. Pourriez-vous plutôt mercredi 17 juillet à 10 h ?

Bien cordialement,
Bastien Rouquette
""", "body: old and new slots swapped")),
    (A, bad("policy_invented", S("late_cancellation", "Fulbert Argentin", "Mélusine Tardieu", "formal", "regular",
             meeting="Leçon d'équitation avec selle d'essai", at="lundi 15 juillet à 17 h",
             props=["jeudi 18 juillet à 17 h"]),
           "Votre leçon",
           """
Monsieur Argentin,

J'ai bien noté votre annulation d'hier. Nous pouvons reporter la leçon avec la selle d'essai à jeudi 18 juillet, même heure.

Comme le veut notre règlement, l'acompte versé reste acquis à la sellerie.

Cordialement,
Mélusine Tardieu
""", "last line: a deposit rule nobody gave")),
    (A, bad("name_near_miss", S("decline", "Gaëlle Morvézen", "Thibault Espinasse", "formal", "new",
             meeting="Démonstration de maréchalerie", at="vendredi 19 juillet à 14 h"),
           "Démonstration de vendredi",
           """
Madame Morvezan,

Je suis au regret de devoir annuler la démonstration de maréchalerie de vendredi.

Bien à vous,
Thibault Espinasse
""", "greeting: Morvezan for Morvézen")),
    (A, bad("email_invented", S("switch_to_email", "Cyprien Lalande", "Armelle Fougeray", "formal", "regular",
             meeting="Relevé du mur en pierre sèche effondré", at="jeudi 25 juillet à 9 h"),
           "Votre mur en pierre sèche",
           """
Monsieur Lalande,

Plutôt que de venir jeudi, je vous propose de m'envoyer des photos du mur effondré par e-mail, à armelle.fougeray@orange.fr de préférence.

Cordialement,
Armelle Fougeray
""", "private address invented")),
    (B, bad("duration_wrong", S("shorten", "Hortense Gallois", "Yannick Berthelot", "formal", "regular",
             meeting="Répétition du théâtre de marionnettes", at="jeudi 22 août à 14 h", dur=45),
           "Répétition de jeudi",
           """
Madame Gallois,

Je vous propose de raccourcir la répétition de jeudi à une demi-heure. Nous commencerons à 14 h comme prévu.

Bien cordialement,
Yannick Berthelot
""", "'une demi-heure' for 45 minutes")),
    (B, bad("percent_swapped", S("cancellation_policy", "Romane Vasseur", "Thierry Cabannes", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 30, "deposit_percent": 20}),
           "Nos conditions",
           """
Madame Vasseur,

Merci pour votre réservation à l'atelier de parfum. Un acompte de 30 % est demandé à la réservation. Vous pouvez annuler sans frais jusqu'à 48 heures avant ; au-delà, 20 % du prix sont facturés.

Cordialement,
Thierry Cabannes
""", "deposit 30 and fee 20: swapped")),
    (B, bad("time_recap_wrong", S("switch_to_call", "Ludovic Saint-Pé", "Anaïs Brossard", "friendly", "regular",
             meeting="Dégustation des comtés de 24 mois", at="vendredi 23 août à 18 h",
             props=["lundi 26 août à 18 h"]),
           "Dégustation : on s'appelle ?",
           """
Salut Ludovic,

Je ne pourrai pas être à la dégustation vendredi. On peut s'appeler lundi 26 à 18 h pour en parler ?

À lundi 19 h alors !
Anaïs
""", "closing recap 19 h for 18 h")),
    (B, bad("foreign_paragraph", S("delegate", "Ségolène Marrot", "Benjamin Duthoit", "formal", "regular",
             meeting="Pose des vitraux de la véranda", at="mercredi 28 août à 8 h 30",
             col="Clarisse Lavergne"),
           "Pose des vitraux",
           """
Madame Marrot,

Ma collègue Clarisse Lavergne assurera la pose des vitraux de la véranda mercredi à 8 h 30.

She knows your project well and will bring all the panels with her.

Bien cordialement,
Benjamin Duthoit
""", "English paragraph in a French mail")),
    (C, bad("weekday_wrong", S("reschedule", "Baudouin Faucher", "Nolwenn Trébaol", "formal", "regular",
             meeting="Remplacement du cuir du fauteuil club", at="jeudi 19 septembre à 11 h",
             props=["mardi 24 septembre à 11 h"]),
           "Fauteuil club : report",
           """
Monsieur Faucher,

Je dois reporter le remplacement du cuir de votre fauteuil club. Pourrions-nous le faire mercredi 24 septembre à 11 h ?

Cordialement,
Nolwenn Trébaol
""", "body: mercredi 24 septembre (a Tuesday)")),
    (C, bad("link_invented", S("decline", "Marguerite Olivès", "Erwan Guillemot", "formal", "new",
             meeting="Baptême de l'air en montgolfière", at="dimanche 22 septembre à 7 h",
             reason="la météo annonce du vent fort"),
           "Votre vol de dimanche",
           """
Madame Olivès,

La météo annonce du vent fort et nous devons annuler votre baptême de l'air de dimanche. Vous pouvez choisir un autre vol sur https://www.reservation-montgolfiere-erwan.fr.

Cordialement,
Erwan Guillemot
""", "booking link invented")),
    (C, bad("number_invented", S("no_show_followup", "Anatole Grosjean", "Violaine Chambard", "formal", "regular",
             meeting="Consultation pour la restauration d'un alto", at="vendredi 13 septembre à 16 h",
             props=["jeudi 19 septembre à 16 h"], reason="le client veut savoir combien de temps prend la restauration"),
           "Votre alto",
           """
Monsieur Grosjean,

Nous vous attendions vendredi pour votre alto ; j'espère que tout va bien. Je peux vous recevoir jeudi 19 septembre à 16 h.

Pour répondre à votre question, une restauration de ce type prend en général six semaines.

Cordialement,
Violaine Chambard
""", "'six semaines' invented from the reason's question")),
    (C, bad("time_swapped", S("switch_to_call", "Jocelyne Rabier", "Adrien Kerdoncuff", "formal", "key",
             meeting="Bilan de la saison d'élagage", at="lundi 23 septembre à 10 h",
             props=["mercredi 18 septembre à 15 h"]),
           "Bilan de la saison : par téléphone",
           """
Madame Rabier,

Plutôt que notre réunion de mercredi 18 septembre à 15 h, je vous propose un appel lundi 23 septembre à 10 h pour le bilan de la saison d'élagage.

Bien cordialement,
Adrien Kerdoncuff
""", "meeting and call time swapped")),
    (D, bad("colleague_wrong", S("delegate", "Marcelline Jouanno", "Gilles Ferrandon", "formal", "regular",
             meeting="Inventaire des meules en cave", at="jeudi 17 octobre à 9 h",
             col="Aurélien Castex"),
           "Inventaire de jeudi",
           """
Madame Jouanno,

Je serai absent jeudi ; c'est mon collègue Aurélien Castel qui fera avec vous l'inventaire des meules à 9 h.

Bien cordialement,
Gilles Ferrandon
""", "colleague Castel for Castex")),
    (D, bad("title_or_company_invented", S("decline", "Oriane Delpech", "Sacha Manigault", "formal", "new",
             meeting="Calligraphie des faire-part de mariage", at="lundi 21 octobre à 15 h"),
           "Vos faire-part",
           """
Madame Delpech,

Je suis désolé, mais je ne pourrai pas prendre la calligraphie de vos faire-part ni vous voir lundi.

Bien à vous,
Sacha Manigault
Maître calligraphe – Atelier Plume & Encre
""", "title and studio invented in the signature")),
    (D, bad("policy_invented", S("no_show_followup", "Florestan Hubac", "Aude Péricaud", "formal", "regular",
             meeting="Plongée d'exploration de l'épave", at="dimanche 13 octobre à 9 h",
             props=["samedi 19 octobre à 9 h"]),
           "Votre plongée",
           """
Monsieur Hubac,

Nous ne vous avons pas vu dimanche pour la plongée sur l'épave. Il reste une place samedi 19 octobre à 9 h si vous le souhaitez.

Je vous rappelle qu'une absence non signalée est facturée la moitié du prix.

Cordialement,
Aude Péricaud
""", "'la moitié du prix' policy nobody gave")),
    (D, bad("phone_invented", S("switch_to_call", "Ghislaine Morandière", "Corto Lespinasse", "formal", "regular",
             meeting="Choix des tissus pour les rideaux du salon", at="mardi 22 octobre à 14 h",
             props=["mercredi 23 octobre à 10 h"]),
           "Vos tissus : un appel ?",
           """
Madame Morandière,

Pour le choix des tissus des rideaux, je vous propose un appel mercredi 23 octobre à 10 h plutôt que notre rendez-vous de mardi. Vous pouvez me joindre au 06 48 21 93 57.

Cordialement,
Corto Lespinasse
""", "phone number invented")),
    (E, bad("time_recap_wrong", S("reschedule", "Honorine Tavernier", "Killian Roudaut", "formal", "regular",
             meeting="Livraison du violoncelle restauré", at="jeudi 21 novembre à 17 h",
             props=["mercredi 27 novembre à 17 h", "vendredi 29 novembre à 11 h"]),
           "Livraison du violoncelle",
           """
Madame Tavernier,

Je dois décaler la livraison de votre violoncelle. Je vous propose mercredi 27 novembre à 17 h ou vendredi 29 novembre à 11 h.

Je bloque donc provisoirement le vendredi 29 à 17 h.

Cordialement,
Killian Roudaut
""", "recap mixes the two slots: vendredi 29 à 17 h")),
    (E, bad("discount_invented", S("late_cancellation", "Prosper Ménard", "Clotilde Vayssière", "formal", "regular",
             meeting="Vol en montgolfière au-dessus de la vallée", at="samedi 16 novembre à 8 h",
             props=["samedi 30 novembre à 8 h"], reason="le client demande un geste commercial"),
           "Votre vol",
           """
Monsieur Ménard,

Nous avons bien reçu votre annulation. Je vous propose de reporter votre vol au samedi 30 novembre à 8 h, avec une remise de 10 % en geste commercial.

Cordialement,
Clotilde Vayssière
""", "discount licensed only by the reason")),
    (E, bad("place_changed", S("decline", "Aymeric Tessier", "Gwendoline Cordier", "formal", "regular",
             meeting="Visite du mur en pierre sèche à Saint-Guilhem-le-Désert", at="lundi 25 novembre à 10 h"),
           "Visite de lundi",
           """
Monsieur Tessier,

Je suis navrée, je ne pourrai pas assurer la visite du mur en pierre sèche à Saint-Martin-de-Londres lundi.

Bien cordialement,
Gwendoline Cordier
""", "place Saint-Martin-de-Londres for Saint-Guilhem-le-Désert")),
    (E, bad("name_near_miss", S("shorten", "Ambroise Lecomte-Ruault", "Fanny Orhant", "formal", "key",
             meeting="Répétition générale du spectacle de marionnettes", at="mardi 26 novembre à 14 h", dur=90),
           "Répétition générale",
           """
Cher Monsieur Lecomte-Ruaut,

Je vous propose de limiter la répétition générale de mardi à une heure et demie, à partir de 14 h.

Bien cordialement,
Fanny Orhant
""", "greeting: Ruaut for Ruault")),
]
