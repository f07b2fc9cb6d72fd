"""v25, French: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v25src._d import A, B, C, D, E


def S(*a, **k):
    return _S("fr", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Solenn Kervadec", "Tanguy Morvézen", "friendly", "regular",
             meeting="Essayage de vos nouvelles lunettes", at="mercredi 13 septembre à 17 h",
             props=["mardi 19 septembre à 17 h 30", "jeudi 21 septembre à 9 h"],
             reason="les verres progressifs ne sont pas encore arrivés du laboratoire"),
           "Vos lunettes : petit décalage",
           """
Bonjour Solenn,

Les verres progressifs ne sont toujours pas arrivés du laboratoire, alors l'essayage de mercredi tombe à l'eau, désolé !

Je vous propose mardi 19 à cinq heures et demie, ou bien jeudi 21 septembre à neuf heures.

Dites-moi ce qui vous va.

Bonne journée,
Tanguy
""", "correct: first name, 'mardi 19' without month, 'cinq heures et demie', 'neuf heures'")),
    (A, ok(S("decline", "Armelle Pouzaudie", "Gaëtan Lhermitte", "formal", "new",
             meeting="Étude pour un forage de puits", at="jeudi 14 septembre à 10 h",
             reason="notre foreuse est immobilisée pour réparation"),
           "Étude de forage du jeudi 14 septembre",
           """
Madame,

Je suis au regret de ne pas pouvoir assurer l'étude pour votre forage jeudi à 10 h : notre foreuse est immobilisée pour réparation.

Je vous prie de nous excuser pour ce contretemps.

Bien cordialement,
Gaëtan Lhermitte
""", "correct: 'Madame,' alone, no new slot offered")),
    (A, ok(S("switch_to_call", "Maximilien Ardouvin", "Clotilde Sauvagnac", "formal", "regular",
             meeting="Point sur la révision de votre machine à coudre", at="vendredi 15 septembre à 11 h"),
           "Un appel pour votre machine à coudre",
           """
Monsieur Ardouvin,

Pour la révision de votre machine à coudre, un simple appel suffira : je vous téléphone vendredi à onze heures, à l'heure prévue, plutôt que de nous voir.

Bien à vous,
Clotilde Sauvagnac
""", "correct: call at the original time, 'onze heures' in words")),
    (A, ok(S("cancellation_policy", "Ombeline Rascagnères", "Loïc Tréguier", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Nos conditions d'annulation",
           """
Madame Rascagnères,

Merci pour votre réservation. Un rendez-vous peut être annulé sans frais jusqu'à deux jours avant, soit 48 heures. Passé ce délai, la moitié du tarif (50 %) reste due.

Cordialement,
Loïc Tréguier
""", "correct: policy in words next to the numbers, no meeting")),
    (B, ok(S("shorten", "Bérénice Dalbarade", "Yannick Pellerau", "friendly", "regular",
             meeting="Cours de couture : ourlets et fermetures", at="samedi 21 octobre à 14 h", dur=45),
           "Cours de samedi un peu plus court",
           """
Coucou Bérénice,

Samedi, le cours sur les ourlets et les fermetures durera trois quarts d'heure seulement. On commence toujours à 14 h.

Bises,
Yannick
""", "correct: 'trois quarts d'heure' for 45, inflected meeting")),
    (B, ok(S("no_show_followup", "Thibaut Castagnède", "Maïwenn Le Goaziou", "formal", "regular",
             meeting="Contrôle de la vue", at="lundi 16 octobre à 16 h",
             props=["mardi 24 octobre à 10 h"]),
           "Votre contrôle de la vue d'hier",
           """
Bonjour Monsieur Castagnède,

Nous vous attendions hier à 16 h pour votre contrôle de la vue. J'espère que tout va bien.

Si cela vous convient, je peux vous recevoir le mardi 24 octobre à dix heures.

Cordialement,
Maïwenn Le Goaziou
""", "correct: 'hier' for Monday 16 on Tuesday 17, 'dix heures'")),
    (B, ok(S("delegate", "Isaure Montbazillac", "Rodolphe Quéméner", "formal", "key",
             meeting="Remplacement de la pompe immergée", at="jeudi 26 octobre à 8 h",
             col="Aurélien Cazabonne"),
           "Votre pompe immergée : Aurélien Cazabonne s'en charge",
           """
Madame,

C'est mon collègue Aurélien Cazabonne qui remplacera votre pompe immergée le jeudi 26 octobre à huit heures.

Avec mes meilleures salutations,
Rodolphe Quéméner
""", "correct: colleague named exactly, 'huit heures'")),
    (B, ok(S("switch_to_email", "Fantine Larrouturou", "Hervé Boissonnade", "friendly", "new",
             meeting="Choix de montures pour enfant", at="mercredi 18 octobre à 15 h 30"),
           "Les montures par e-mail ?",
           """
Bonjour Fantine,

Plutôt que de venir demain à 15 h 30, on peut faire le tri des montures pour votre enfant par e-mail, si cela vous arrange.

À bientôt,
Hervé
""", "correct: 'demain' for Wednesday 18 on Tuesday 17")),
    (C, ok(S("late_cancellation", "Guénolé Pascalon", "Édith Carbonnières", "formal", "regular",
             meeting="Atelier de patronage", at="mardi 21 novembre à 18 h",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Votre annulation pour l'atelier de patronage",
           """
Monsieur Pascalon,

Nous avons bien reçu votre annulation pour l'atelier de patronage d'hier soir. Comme elle nous est parvenue moins de vingt-quatre heures avant, la séance est facturée en entier (100 %), conformément à nos conditions.

Bien cordialement,
Édith Carbonnières
""", "correct: 'hier soir' for Tuesday 21 on Wednesday 22, policy in words")),
    (C, ok(S("reschedule", "Léontine Ducasse-Birabent", "Pascal Héraudière", "formal", "new",
             meeting="Analyse de l'eau de votre puits", at="vendredi 24 novembre à 9 h",
             props=["lundi 4 décembre à 14 h"], reason="le laboratoire est fermé pour inventaire"),
           "Analyse de l'eau : nouvelle date",
           """
Madame,

Le laboratoire étant fermé pour inventaire, nous devons déplacer l'analyse de l'eau de votre puits prévue vendredi à 9 h.

Pourriez-vous nous recevoir le lundi 4 décembre à quatorze heures ?

Veuillez agréer, Madame, mes salutations distinguées.
Pascal Héraudière
""", "correct: old time named as replaced, 'quatorze heures'")),
    (C, ok(S("decline", "Corentin Bellocq", "Anaïs Fromentière", "friendly", "regular",
             meeting="Réglage de ta surjeteuse", at="samedi 25 novembre à 10 h",
             reason="je garde mes neveux tout le week-end"),
           "Samedi, pas possible",
           """
Salut Corentin,

Je ne pourrai pas régler ta surjeteuse samedi : je garde mes neveux tout le week-end. Désolée !

Anaïs
""", "correct: tutoiement, very short, no new slot")),
    (C, ok(S("delegate", "Dr Hortense Vigouroux", "Mathurin Escoubès", "formal", "key",
             meeting="Adaptation de lentilles rigides", at="mardi 28 novembre à 11 h 30",
             col="Salomé Tardieu"),
           "Adaptation de vos lentilles : Salomé Tardieu",
           """
Docteur,

Pour l'adaptation de vos lentilles rigides le mardi 28 novembre à 11 h 30, c'est Salomé Tardieu qui vous recevra.

Je vous prie d'agréer mes salutations respectueuses.
Mathurin Escoubès
""", "correct: 'Docteur' for a given Dr, colleague exact")),
    (D, ok(S("cancellation_policy", "Violaine Esquerré", "Bastien Roumagnac", "formal", "regular",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "Annulation d'un chantier de forage",
           """
Madame Esquerré,

Pour tout chantier de forage, un acompte de 30 % est demandé. Une annulation reste possible jusqu'à trois jours avant (72 heures).

Bien à vous,
Bastien Roumagnac
""", "correct: deposit with its own term, 'trois jours avant (72 heures)'")),
    (D, ok(S("switch_to_call", "Clémence Haristoy", "Nathan Vergnolle", "friendly", "regular",
             meeting="Conseils pour votre première robe", at="mardi 3 octobre à 19 h",
             props=["lundi 2 octobre à 20 h"]),
           "On s'appelle plutôt ?",
           """
Bonsoir Clémence,

Pour vos questions sur la première robe, je vous propose qu'on s'appelle lundi 2 octobre à huit heures du soir, au lieu de nous voir mardi à 19 h.

Belle soirée,
Nathan
""", "correct: 'huit heures du soir', old time named as replaced")),
    (D, ok(S("shorten", "Eudes Lafourcade", "Marine Caussignac", "formal", "regular",
             meeting="Examen de vue complet", at="mercredi 4 octobre à 14 h", dur=30),
           "Votre examen de vue de mercredi",
           """
Monsieur,

Votre examen de vue de mercredi 4 octobre à 14 h durera une demi-heure : nous ferons l'essentiel.

Cordialement,
Marine Caussignac
""", "correct: 'une demi-heure' for 30")),
    (D, ok(S("reschedule", "Philippine Auzanneau", "Kilian Barthélémy", "formal", "key",
             meeting="Pose d'une pompe de surface", at="vendredi 29 septembre à 8 h 30",
             props=["lundi 9 octobre à 8 h 30", "mercredi 11 octobre à 13 h"],
             reason="le fournisseur a livré la mauvaise pompe"),
           "Pose de votre pompe reportée",
           """
Madame Auzanneau,

Notre fournisseur nous a livré la mauvaise pompe ; la pose de demain, vendredi, ne pourra donc pas avoir lieu.

Nous pouvons venir le lundi 9 octobre à la même heure, ou le mercredi 11 octobre à 13 h.

Je vous prie de nous excuser.

Bien cordialement,
Kilian Barthélémy
""", "correct: 'demain, vendredi' on Thursday 28, 'à la même heure'")),
    (E, ok(S("decline", "Augustine Péquignot", "Florian Desbordes", "formal", "new",
             meeting="Visite de votre atelier de confection", at="mardi 10 octobre à 15 h",
             reason="nous ne travaillons pas avec les ateliers professionnels"),
           "Visite de votre atelier",
           """
Madame Péquignot,

Merci de votre invitation. Nous ne travaillons malheureusement pas avec les ateliers professionnels et ne viendrons donc pas mardi à 15 h.

Je vous souhaite bonne continuation.

Cordialement,
Florian Desbordes
""", "correct: short formal decline")),
    (E, ok(S("switch_to_email", "Raphaëlle Goudounèche", "Sylvain Marcillac", "friendly", "regular",
             meeting="Devis pour l'entretien de ton puits", at="jeudi 12 octobre à 18 h"),
           "Ton devis par mail",
           """
Coucou Raphaëlle,

Pas besoin de se voir jeudi à six heures du soir : je t'envoie le devis pour l'entretien du puits par mail, tu me diras ce que tu en penses.

Je t'embrasse,
Sylvain
""", "correct: 'six heures du soir', tutoiement")),
    (E, ok(S("late_cancellation", "Octave Lesparre", "Noémie Barrandon", "formal", "regular",
             meeting="Cours particulier de retouches", at="jeudi 5 octobre à 10 h"),
           "Votre cours d'hier",
           """
Bonjour Monsieur Lesparre,

Nous avons bien noté l'annulation tardive de votre cours particulier de retouches d'hier matin. Merci de nous avoir prévenus.

Bien cordialement,
Noémie Barrandon
""", "correct: no policy given and none stated, 'hier matin' for Thursday 5 on Friday 6")),
    (E, ok(S("no_show_followup", "Capucine Lahondès", "Jérémie Vautrin", "friendly", "key",
             meeting="Retouche de vos lunettes de soleil", at="mercredi 4 octobre à 12 h 30"),
           "Vos lunettes de soleil",
           """
Bonjour Capucine,

On ne vous a pas vue mercredi à midi et demi pour la retouche de vos lunettes de soleil. J'espère que rien de grave ne vous a retenue !

Amicalement,
Jérémie
""", "correct: 'midi et demi', no new slot given and none offered")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Hyacinthe Dorgambide", "Lénaïc Pommeraye", "formal", "regular",
              meeting="Révision de votre machine à broder", at="mardi 12 septembre à 14 h",
              props=["lundi 18 septembre à 10 h"], reason="une panne d'électricité à l'atelier"),
            "Révision de votre machine à broder",
            """
Madame Dorgambide,

En raison d'une panne d'électricité à l'atelier, la révision de votre machine à broder prévue le lundi 18 septembre à 10 h doit être déplacée. Nous vous proposons le mardi 12 septembre à 14 h.

Bien cordialement,
Lénaïc Pommeraye
""", "flawed: old and new slot exchanged")),
    (A, bad("name_near_miss", S("decline", "Gwendal Kerjean", "Soizic Le Goarnig", "formal", "new",
              meeting="Sondage électrique de votre puits", at="mercredi 13 septembre à 9 h",
              reason="le terrain est trop détrempé"),
            "Sondage du mercredi 13 septembre",
            """
Bonjour Monsieur Kerjan,

Le terrain est trop détrempé pour le sondage électrique de votre puits mercredi à 9 h ; nous devons renoncer.

Cordialement,
Soizic Le Goarnig
""", "flawed: Kerjan for Kerjean")),
    (A, bad("link_invented", S("switch_to_email", "Élodie Saint-Gaudens", "Aymeric Chapelain", "friendly", "regular",
              meeting="Choix de vos lentilles de couleur", at="jeudi 14 septembre à 16 h"),
            "Vos lentilles par e-mail",
            """
Bonjour Élodie,

Au lieu de passer jeudi à 16 h, on peut choisir vos lentilles de couleur par e-mail. Vous trouverez toutes les teintes sur www.optique-chapelain.fr/lentilles, dites-moi celles qui vous tentent.

À bientôt,
Aymeric
""", "flawed: a link nobody gave")),
    (A, bad("discount_invented", S("no_show_followup", "Prosper Lannemezan", "Gisèle Marquayrol", "formal", "regular",
              meeting="Cours de couture débutant", at="samedi 9 septembre à 10 h",
              props=["samedi 16 septembre à 10 h"]),
            "Votre cours de samedi",
            """
Monsieur Lannemezan,

Nous ne vous avons pas vu samedi dernier au cours de couture débutant. Nous pouvons vous accueillir le samedi 16 septembre à 10 h, et nous vous offrons 10 % sur ce cours pour le désagrément.

Cordialement,
Gisèle Marquayrol
""", "flawed: 10 % discount nobody gave")),
    (B, bad("weekday_wrong", S("reschedule", "Ambroise Tillac", "Séverine Cazalis", "formal", "new",
              meeting="Mesure de la pression de votre pompe", at="jeudi 19 octobre à 11 h",
              props=["mardi 24 octobre à 11 h"], reason="notre technicien est malade"),
            "Mesure de pression déplacée",
            """
Monsieur,

Notre technicien étant malade, nous ne pourrons pas mesurer la pression de votre pompe jeudi à 11 h. Nous vous proposons le mercredi 24 octobre à 11 h.

Bien cordialement,
Séverine Cazalis
""", "flawed: 'mercredi 24 octobre' for mardi 24 octobre")),
    (B, bad("percent_swapped", S("cancellation_policy", "Marceline Bourgès", "Théo Lanusse", "formal", "new",
              pol={"notice_hours": 48, "fee_percent": 40, "deposit_percent": 20}),
            "Conditions d'annulation des cours",
            """
Madame Bourgès,

À l'inscription, un acompte de 40 % est demandé. Vous pouvez annuler sans frais jusqu'à 48 heures avant le cours ; au-delà, 20 % du tarif restent dus.

Cordialement,
Théo Lanusse
""", "flawed: deposit and fee percentages exchanged")),
    (B, bad("foreign_paragraph", S("shorten", "Jacinthe Mauléon", "Cyprien Darrigrand", "friendly", "regular",
              meeting="Ajustement de vos montures", at="vendredi 20 octobre à 17 h", dur=20),
            "Vendredi, en vitesse",
            """
Bonjour Jacinthe,

Vendredi à 17 h, on ajuste vos montures en vingt minutes, pas plus : j'ai une autre cliente juste après.

Nos vemos el viernes, ¡gracias por tu paciencia!

Cyprien
""", "flawed: a Spanish sentence")),
    (B, bad("phone_invented", S("late_cancellation", "Valère Puyoô", "Bertille Arrouy", "formal", "regular",
              meeting="Curage de votre puits", at="lundi 16 octobre à 8 h"),
            "Curage de votre puits",
            """
Monsieur Puyoô,

Nous avons bien reçu votre annulation pour le curage d'hier matin. Pour convenir d'une nouvelle date, vous pouvez me joindre au 05 59 27 43 18.

Bien cordialement,
Bertille Arrouy
""", "flawed: a phone number nobody gave")),
    (C, bad("time_recap_wrong", S("reschedule", "Eulalie Sarraméa", "Joris Castelnérac", "friendly", "regular",
              meeting="Essayage de vos lentilles de nuit", at="jeudi 23 novembre à 10 h",
              props=["mardi 28 novembre à 16 h 30"], reason="les lentilles ont été mal fabriquées"),
            "Vos lentilles de nuit",
            """
Bonjour Eulalie,

Mauvaise nouvelle : les lentilles de nuit ont été mal fabriquées, il faut en refaire une paire. On ne peut donc pas faire l'essayage jeudi.

Je vous propose le mardi 28 novembre à 16 h 30. Je suis désolé pour ce contretemps.

Dites-moi si ça vous va ; sinon on trouvera autre chose.

À mardi 16 h, alors !
Joris
""", "flawed: recap drops the half hour (16 h for 16 h 30), long friendly mail")),
    (C, bad("policy_invented", S("no_show_followup", "Firmin Laborde-Noguès", "Zélie Capdevielle", "formal", "regular",
              meeting="Cours de coupe", at="lundi 20 novembre à 19 h"),
            "Cours de coupe de lundi",
            """
Monsieur,

Vous n'êtes pas venu au cours de coupe de lundi soir. Nous vous rappelons qu'un cours manqué sans prévenir est facturé en totalité.

Cordialement,
Zélie Capdevielle
""", "flawed: a charge policy nobody gave")),
    (C, bad("email_invented", S("switch_to_email", "Romane Estibals", "Benoît Lacassagne", "formal", "new",
              meeting="Étude d'un puits artésien", at="mercredi 29 novembre à 14 h"),
            "Votre projet de puits",
            """
Madame Estibals,

Plutôt que de nous rencontrer le mercredi 29 novembre à 14 h, je vous propose d'échanger par e-mail sur votre projet de puits artésien. Écrivez-moi directement à b.lacassagne@orange.fr.

Bien cordialement,
Benoît Lacassagne
""", "flawed: a private address nobody gave")),
    (C, bad("colleague_wrong", S("delegate", "Anatole Gayrard", "Mélisande Cabannes", "formal", "regular",
              meeting="Réparation de votre machine à coudre ancienne", at="vendredi 1 décembre à 10 h",
              col="Quitterie Lamothe-Sarrot"),
            "Votre machine à coudre ancienne",
            """
Monsieur Gayrard,

Je serai absente vendredi 1er décembre ; c'est ma collègue Quitterie Lamothe-Sarrat qui réparera votre machine à coudre ancienne, à 10 h comme prévu.

Bien cordialement,
Mélisande Cabannes
""", "flawed: Lamothe-Sarrat for Lamothe-Sarrot")),
    (D, bad("duration_wrong", S("shorten", "Aliénor Hourcastremé", "Quentin Bazerque", "formal", "regular",
              meeting="Contrôle de vos lentilles", at="lundi 2 octobre à 9 h", dur=20),
            "Contrôle de lundi",
            """
Madame,

Lundi 2 octobre à 9 h, le contrôle de vos lentilles sera plus court que prévu : une demi-heure.

Cordialement,
Quentin Bazerque
""", "flawed: 'une demi-heure' for 20 minutes")),
    (D, bad("place_changed", S("decline", "Ferdinand Capbern", "Océane Larrieu", "formal", "new",
              meeting="Forage d'un puits à Oloron", at="jeudi 5 octobre à 8 h",
              reason="notre carnet est complet jusqu'en décembre"),
            "Forage à Oloron",
            """
Monsieur Capbern,

Notre carnet étant complet jusqu'en décembre, nous ne pourrons pas réaliser le forage de votre puits à Orthez le jeudi 5 octobre.

Cordialement,
Océane Larrieu
""", "flawed: Orthez for Oloron")),
    (D, bad("number_invented", S("no_show_followup", "Perrine Lacoarret", "Adrien Sabathé", "friendly", "regular",
              meeting="Atelier retouches de jeans", at="mardi 26 septembre à 18 h 30"),
            "Atelier de mardi",
            """
Bonjour Perrine,

On vous a attendue mardi soir à l'atelier retouches de jeans ! Les six autres participantes ont bien avancé. J'espère que tout va bien.

À bientôt,
Adrien
""", "flawed: 'six autres participantes' nobody gave")),
    (D, bad("title_or_company_invented", S("switch_to_call", "Gaspard Ithurralde", "Léa Pédebidou", "formal", "regular",
              meeting="Bilan visuel de votre fils", at="vendredi 6 octobre à 16 h"),
            "Un appel pour le bilan de votre fils",
            """
Monsieur Ithurralde,

Je vous propose de faire le bilan visuel de votre fils par téléphone vendredi 6 octobre à 16 h.

Bien cordialement,
Léa Pédebidou
Opticienne diplômée, Optique Pédebidou SARL
""", "flawed: title and company nobody gave")),
    (E, bad("time_swapped", S("switch_to_call", "Clarisse Darrémont", "Mathis Hourquet", "formal", "new",
              meeting="Rendez-vous pour votre pompe à chaleur de puits", at="mercredi 11 octobre à 10 h",
              props=["mercredi 11 octobre à 15 h"]),
            "Un appel pour votre pompe",
            """
Madame Darrémont,

Plutôt que le rendez-vous de mercredi 11 octobre à 15 h, je vous propose un appel le même jour à 10 h.

Cordialement,
Mathis Hourquet
""", "flawed: meeting and call slots exchanged")),
    (E, bad("percent_swapped", S("late_cancellation", "Honorine Lasserre-Bidot", "Cédric Arrieubé", "formal", "regular",
              meeting="Cours de broderie", at="jeudi 5 octobre à 14 h",
              pol={"notice_hours": 24, "fee_percent": 50, "deposit_percent": 25}),
            "Votre cours de broderie",
            """
Madame,

Votre annulation pour le cours de broderie d'hier est arrivée moins de 24 heures avant. Selon nos conditions, 25 % du tarif restent dus ; l'acompte de 50 % est conservé.

Cordialement,
Cédric Arrieubé
""", "flawed: fee and deposit exchanged")),
    (E, bad("place_changed", S("delegate", "Joachim Cazenave-Pène", "Inès Lafitte", "friendly", "regular",
              meeting="Nettoyage du puits de la bergerie", at="lundi 16 octobre à 9 h",
              col="Baptiste Haurat"),
            "Le puits de la bergerie",
            """
Salut Joachim,

Lundi 16 à 9 h, c'est Baptiste Haurat qui viendra nettoyer le puits de la grange à ma place. Il est très soigneux, tu verras.

À plus,
Inès
""", "flawed: grange for bergerie")),
    (E, bad("policy_invented", S("decline", "Sidonie Larréguy", "Vianney Courtade", "formal", "new",
              meeting="Essai de lunettes de sport", at="mardi 17 octobre à 12 h",
              reason="nous ne faisons plus de verres de sport"),
            "Lunettes de sport",
            """
Madame Larréguy,

Nous ne faisons malheureusement plus de verres de sport ; l'essai du mardi 17 octobre à 12 h n'aura donc pas lieu. Votre acompte vous sera intégralement remboursé.

Bien cordialement,
Vianney Courtade
""", "flawed: a deposit refund nobody gave")),
]
