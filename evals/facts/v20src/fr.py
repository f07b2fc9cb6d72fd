"""v20, French: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v20src._d import A, B, C, D, E


def S(*a, **k):
    return _S("fr", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Apolline Vautrin-Lesage", "Gratien Marcheval", "formal", "regular",
             meeting="Harmonisation des jeux de l'orgue de tribune", at="jeudi 15 janvier à 9 h 30",
             props=["mardi 20 janvier à 9 h 30", "mercredi 21 janvier à 14 h 30"],
             reason="le moteur de la soufflerie est en réparation"),
           "Harmonisation de l'orgue : nouvelle date",
           """
Madame,

Le moteur de la soufflerie est parti en réparation ; sans vent, impossible d'harmoniser les jeux jeudi à neuf heures et demie.

Pourriez-vous venir mardi 20, à la même heure, ou le mercredi 21 janvier à deux heures et demie de l'après-midi ?

Bien cordialement,
Gratien Marcheval
""", "correct: 'Madame,' alone, 'neuf heures et demie', 'mardi 20, à la même heure', 'deux heures et demie de l'après-midi'")),
    (A, ok(S("decline", "Clothilde Rabanesse", "Anselme Pécoult", "friendly", "key",
             meeting="Visite de la tonnellerie familiale", at="vendredi 16 janvier à 11 h",
             reason="les merrains sèchent encore dans la cour et l'atelier est encombré"),
           "Visite de vendredi",
           """
Bonjour Clothilde,

Je préfère annuler la visite de vendredi : les merrains sèchent encore dans la cour et l'atelier est bien trop encombré pour t'y recevoir.

Je te fais signe dès qu'il y aura de la place.

Anselme
""", "correct: first name, reason retold, no new time offered")),
    (A, ok(S("no_show_followup", "Eudes Castelnaudary", "Maylis Fourtanier", "formal", "new",
             meeting="Essai d'un violon d'étude", at="jeudi 8 janvier à 16 h",
             props=["lundi 19 janvier à 16 h"]),
           "Votre essai de violon",
           """
Monsieur,

Nous vous attendions jeudi dernier à 16 h pour l'essai du violon d'étude ; j'espère que tout va bien.

Si vous le souhaitez, l'instrument peut vous attendre lundi 19 janvier, à la même heure.

Bien à vous,
Maylis Fourtanier
""", "correct: 'jeudi dernier' for Jan 8 said on Jan 13, 'à la même heure'")),
    (A, ok(S("cancellation_policy", "Ghislaine Orsonville", "Baptistin Queyrel", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 30}),
           "Réservation de votre stage à la fonderie",
           """
Madame Orsonville,

Merci pour votre inscription. Un acompte de 30 % confirme la réservation ; vous pouvez annuler sans frais jusqu'à deux jours avant (48 heures).

Au plaisir de vous accueillir,
Baptistin Queyrel
""", "correct: deposit with its term, 'deux jours avant (48 heures)', 'sans frais' before the notice")),
    (B, ok(S("shorten", "Norbert Lassalvy", "Firmine Cabanac", "formal", "regular",
             meeting="Démonstration de cerclage des fûts", at="lundi 16 février à 14 h", dur=45,
             reason="le four à cintrer doit être rallumé avant la nuit"),
           "Démonstration de lundi raccourcie",
           """
Cher Monsieur Lassalvy,

Nous devons rallumer le four à cintrer avant la nuit : la démonstration de cerclage commencera bien lundi à deux heures, mais durera trois quarts d'heure.

Bien cordialement,
Firmine Cabanac
""", "correct: 'deux heures', 'trois quarts d'heure', meeting paraphrased")),
    (B, ok(S("switch_to_call", "Perrine Escoffier-Daubas", "Rodolphe Vignemale", "formal", "key",
             meeting="Présentation du buffet d'orgue restauré", at="jeudi 19 février à 10 h",
             reason="la route du col est fermée par la neige"),
           "Jeudi : par téléphone",
           """
Madame Escoffier-Daubas,

La route du col est fermée par la neige. Je vous propose de garder notre rendez-vous de jeudi à dix heures, mais au téléphone : je vous décrirai le buffet restauré et vous enverrai les photos juste avant.

Respectueusement,
Rodolphe Vignemale
""", "correct: same slot by phone, 'dix heures', no new time")),
    (B, ok(S("delegate", "Sidonie Malaterre", "Évariste Couderc", "formal", "regular",
             meeting="Réglage de l'âme du violoncelle", at="mardi 17 février à 15 h",
             col="Aurélien Bessonnat", reason="je serai au salon de la lutherie à Mirecourt"),
           "Réglage de votre violoncelle",
           """
Chère Madame,

Je serai au salon de la lutherie à Mirecourt mardi ; c'est mon collègue Aurélien Bessonnat qui réglera l'âme de votre violoncelle, à 15 h comme prévu.

Il connaît bien votre instrument.

Cordialement,
Évariste Couderc
""", "correct: 'Chère Madame,' alone, colleague exact, reassuring sentence")),
    (B, ok(S("late_cancellation", "Honorine Cazalbou", "Fabrice Lanusse", "formal", "regular",
             meeting="Visite de la fonderie de cloches", at="lundi 9 février à 9 h",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Votre annulation de lundi",
           """
Madame Cazalbou,

Nous avons bien noté l'annulation de la visite d'avant-hier, arrivée tardivement. Comme indiqué à la réservation, une annulation moins d'un jour avant (24 heures) est facturée en entier (100 %).

Bien cordialement,
Fabrice Lanusse
""", "correct: 'avant-hier' for Feb 9 said on Feb 11, policy in words with the number")),
    (C, ok(S("reschedule", "Quentin Barbazan", "Léocadie Fontbonne", "formal", "regular",
             meeting="Relevage de l'orgue de chœur", at="lundi 15 mars à 8 h 30",
             props=["mardi 16 mars à 13 h 30", "vendredi 19 mars à 8 h 30"],
             reason="les tuyaux de montre reviennent de l'étamage avec du retard"),
           "Relevage de l'orgue de chœur",
           """
Monsieur Barbazan,

Les tuyaux de montre reviennent de l'étamage avec du retard, nous ne pourrons donc pas commencer le relevage lundi à 8 h 30.

Je vous propose mardi 16 mars à treize heures trente, ou le vendredi 19 à la même heure que prévu.

Bien à vous,
Léocadie Fontbonne
""", "correct: 'treize heures trente', 'vendredi 19 à la même heure'")),
    (C, ok(S("switch_to_email", "Aymeric Laborde-Sancy", "Josette Pradinas", "formal", "new",
             meeting="Devis pour trois barriques de chêne", at="mercredi 17 mars à 11 h",
             reason="le chiffrage des douelles se lit mieux par écrit"),
           "Votre devis : par écrit",
           """
Monsieur,

Le chiffrage des douelles se lit mieux par écrit : plutôt que de nous voir mercredi à onze heures, je vous envoie le devis des trois barriques par e-mail, et je réponds à vos questions de la même façon.

Cordialement,
Josette Pradinas
""", "correct: 'onze heures', 'trois' from the meeting name")),
    (C, ok(S("delegate", "Ferréol Dambreville", "Constance Ribaute", "formal", "key",
             meeting="Choix de l'alliage pour la cloche", at="vendredi 19 mars à 9 h",
             col="Hortense Merlancourt", reason="je dois surveiller une coulée ce matin-là"),
           "Choix de l'alliage vendredi",
           """
Cher Monsieur Dambreville,

Je dois surveiller une coulée vendredi matin. Hortense Merlancourt vous recevra à neuf heures pour choisir l'alliage de votre cloche ; elle a tous nos échantillons.

Bien cordialement,
Constance Ribaute
""", "correct: 'neuf heures', colleague exact")),
    (C, ok(S("no_show_followup", "Laurine Soubervie", "Cyprien Estaing", "friendly", "regular",
             meeting="Remise de l'alto réparé", at="mardi 9 mars à 17 h 30",
             props=["lundi 15 mars à 17 h 30", "mardi 16 mars à 12 h"]),
           "Ton alto t'attend",
           """
Salut Laurine,

Je t'ai attendue avant-hier à cinq heures et demie, ton alto est prêt ! Tu peux passer lundi 15 à la même heure, ou mardi 16 mars à midi ?

À bientôt,
Cyprien
""", "correct: 'avant-hier' for Mar 9 said on Mar 11, 'cinq heures et demie', 'à midi'")),
    (D, ok(S("decline", "Marcelline Etcheverry", "Gontran Lapujade", "formal", "regular",
             meeting="Essai des jeux d'anches", at="jeudi 15 avril à 18 h",
             reason="les anches neuves ne sont pas encore égalisées"),
           "Essai de jeudi",
           """
Madame Etcheverry,

Les anches neuves ne sont pas encore égalisées ; je dois donc annuler l'essai prévu jeudi à six heures du soir.

Je reviendrai vers vous dès qu'elles seront prêtes.

Bien cordialement,
Gontran Lapujade
""", "correct: 'six heures du soir', no new time")),
    (D, ok(S("cancellation_policy", "Adélaïde Pouyastruc", "Romuald Sarrancolin", "formal", "new",
             pol={"notice_hours": 72, "fee_percent": 50}),
           "Conditions d'annulation de l'atelier de lutherie",
           """
Madame,

Vous pouvez annuler votre place sans frais jusqu'à trois jours avant (72 heures). Passé ce délai, la moitié du prix (50 %) reste due.

Cordialement,
Romuald Sarrancolin
""", "correct: 'trois jours avant (72 heures)', 'la moitié du prix (50 %)'")),
    (D, ok(S("shorten", "Basile Trémouilles", "Agathe Vieilleville", "formal", "regular",
             meeting="Visite des moules de la fonderie", at="mercredi 21 avril à 10 h 30", dur=30,
             reason="un moule doit être étuvé en fin de matinée"),
           "Visite du 21 avril",
           """
Monsieur Trémouilles,

Un moule doit être étuvé en fin de matinée : la visite du mercredi 21 avril aura lieu à dix heures et demie, mais ne durera qu'une demi-heure.

Bien à vous,
Agathe Vieilleville
""", "correct: 'dix heures et demie', 'une demi-heure' for 30")),
    (D, ok(S("switch_to_call", "Isaure Lagrèze", "Timothée Bordenave", "formal", "regular",
             meeting="Point sur l'accord de la cloche", at="vendredi 16 avril à 14 h",
             props=["lundi 19 avril à 11 h"], reason="le diapason électronique est à l'étalonnage"),
           "Accord de la cloche : un appel",
           """
Madame Lagrèze,

Notre diapason électronique est à l'étalonnage cette semaine, il n'y aurait donc rien à écouter vendredi. Pouvons-nous plutôt faire le point par téléphone lundi 19 avril à 11 h ?

Bien cordialement,
Timothée Bordenave
""", "correct: a call at the given slot, meeting paraphrased")),
    (E, ok(S("reschedule", "Séraphin Dutaillis", "Violaine Castéran", "formal", "regular",
             meeting="Livraison du tonneau de dégustation", at="vendredi 14 mai à 9 h",
             props=["mardi 18 mai à 9 h", "mercredi 19 mai à 16 h"],
             reason="le fût doit encore être étanché à l'eau chaude"),
           "Livraison de votre tonneau",
           """
Cher Monsieur,

Le fût doit encore être étanché à l'eau chaude ; la livraison de vendredi neuf heures est donc à déplacer.

Le mardi 18 à la même heure vous irait-il ? Sinon, mercredi 19 mai à quatre heures de l'après-midi.

Bien cordialement,
Violaine Castéran
""", "correct: 'vendredi neuf heures', 'mardi 18 à la même heure', 'quatre heures de l'après-midi'")),
    (E, ok(S("decline", "Mgr Aurèle Saint-Pastou", "Delphin Arrouy", "formal", "key",
             meeting="Réception de la cloche à l'église", at="jeudi 20 mai à 11 h",
             reason="la cloche doit repasser au tour pour son accord"),
           "Réception de la cloche",
           """
Monseigneur,

La cloche doit repasser au tour pour son accord ; je ne pourrai pas vous la présenter jeudi à 11 h.

Je vous écrirai dès qu'elle sonnera juste.

Avec mes respectueuses salutations,
Delphin Arrouy
""", "correct: 'Monseigneur,' alone for a 'Mgr' recipient, no new time")),
    (E, ok(S("switch_to_email", "Candice Lhospitalet", "Aubin Peyrelongue", "friendly", "regular",
             meeting="Conseils pour l'entretien de la contrebasse", at="mardi 18 mai à 17 h",
             reason="tout tient en quelques lignes"),
           "Ta contrebasse",
           """
Coucou Candice,

Pas besoin de se voir mardi à 17 h : tout tient en quelques lignes, je t'écris ce soir comment entretenir ta contrebasse.

Aubin
""", "correct: short friendly reply, time as given")),
    (E, ok(S("late_cancellation", "Wandrille Séverac", "Octavie Montlaur", "formal", "regular",
             meeting="Visite de l'atelier d'orgues", at="lundi 10 mai à 14 h",
             props=["mardi 25 mai à 14 h"]),
           "Votre visite de lundi",
           """
Monsieur Séverac,

Merci de nous avoir prévenus pour lundi, même au dernier moment. Si vous souhaitez toujours voir l'atelier, nous pouvons vous recevoir mardi 25 mai à deux heures de l'après-midi.

Cordialement,
Octavie Montlaur
""", "correct: no policy given and none stated, 'deux heures de l'après-midi'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Bertille Coustalat", "Hilarion Mauvezin", "formal", "regular",
              meeting="Coulée de la cloche de la chapelle", at="lundi 19 janvier à 10 h",
              props=["mercredi 21 janvier à 10 h"], reason="le bronze n'a pas été livré"),
            "Coulée de la cloche : mercredi 21 janvier",
            """
Madame Coustalat,

Le bronze n'a pas été livré à temps. Nous vous proposons donc d'assister à la coulée le lundi 19 janvier à 10 h.

Bien cordialement,
Hilarion Mauvezin
""", "time_swapped: the old slot (lundi 19 janvier) offered as the new one in the body; subject right")),
    (A, bad("percent_swapped", S("late_cancellation", "Philibert Larrazet", "Marthe Soubiron", "formal", "regular",
              meeting="Stage d'initiation à la tonnellerie", at="vendredi 9 janvier à 9 h",
              pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 20}),
            "Annulation du stage",
            """
Monsieur Larrazet,

Votre annulation nous est parvenue moins de 48 heures avant le stage. Conformément à nos conditions, l'acompte de 50 % est conservé et 20 % du prix reste dû.

Cordialement,
Marthe Soubiron
""", "percent_swapped: deposit given 20 %, fee 50 %; the mail swaps them")),
    (A, bad("name_near_miss", S("decline", "Gersende Taillefumier", "Oscar Laplagne", "formal", "new",
              meeting="Écoute comparée de deux violons", at="mercredi 14 janvier à 15 h",
              reason="l'un des violons est reparti chez son propriétaire"),
            "Écoute de mercredi",
            """
Madame Taillefunier,

L'un des deux violons est reparti chez son propriétaire ; l'écoute comparée de mercredi à 15 h ne peut donc pas avoir lieu.

Bien cordialement,
Oscar Laplagne
""", "name_near_miss: 'Taillefunier' for Taillefumier")),
    (A, bad("link_invented", S("reschedule", "Landry Bousquetou", "Émeline Aragnouet", "formal", "regular",
              meeting="Démontage des tuyaux de façade", at="jeudi 22 janvier à 8 h",
              props=["mardi 27 janvier à 8 h"], reason="l'échafaudage n'est pas monté"),
            "Démontage des tuyaux de façade",
            """
Monsieur Bousquetou,

L'échafaudage n'est pas encore monté ; je vous propose de reporter le démontage au mardi 27 janvier à 8 h.

Vous pouvez confirmer le créneau ici : https://rdv.atelier-aragnouet.fr/confirmer

Bien à vous,
Émeline Aragnouet
""", "link_invented: a confirmation link nobody gave")),
    (B, bad("time_recap_wrong", S("reschedule", "Ninon Capdessus", "Sylvère Mouchan", "formal", "regular",
              meeting="Pose des cercles sur le foudre", at="jeudi 12 février à 9 h",
              props=["mardi 17 février à 14 h 30"], reason="le chêne a travaillé plus que prévu"),
            "Pose des cercles : mardi 17 février",
            """
Madame Capdessus,

Le chêne a travaillé plus que prévu, nous devons décaler la pose des cercles au mardi 17 février à 14 h 30.

À mardi 9 h, donc !

Sylvère Mouchan
""", "time_recap_wrong: closing recap with the old hour (9 h) for the 14 h 30 slot")),
    (B, bad("weekday_wrong", S("switch_to_email", "Lazare Ponsampère", "Victorine Agos", "formal", "new",
              meeting="Estimation d'un violon ancien", at="vendredi 20 février à 10 h",
              reason="les photos suffisent pour une première estimation"),
            "Estimation de votre violon",
            """
Monsieur Ponsampère,

Vos photos suffisent pour une première estimation : inutile de vous déplacer jeudi 20 février à 10 h, je vous réponds par écrit d'ici là.

Cordialement,
Victorine Agos
""", "weekday_wrong: 'jeudi 20 février' for vendredi 20 février")),
    (B, bad("policy_invented", S("late_cancellation", "Rosalie Tournecuillert", "Célestin Baudéan", "formal", "regular",
              meeting="Visite du clocher avec le fondeur", at="lundi 9 février à 15 h",
              props=["jeudi 19 février à 15 h"]),
            "Votre visite de lundi",
            """
Madame Tournecuillert,

Nous avons bien reçu votre annulation de lundi. Comme elle est arrivée tardivement, la moitié du tarif de la visite vous sera facturée.

Nous pouvons vous proposer jeudi 19 février à 15 h.

Cordialement,
Célestin Baudéan
""", "policy_invented: 'la moitié du tarif' charged though no policy was given")),
    (B, bad("colleague_wrong", S("delegate", "Ignace Pujolar", "Eulalie Sentenac", "formal", "regular",
              meeting="Révision de la mécanique des claviers", at="mercredi 18 février à 9 h",
              col="Maxence Laffitau", reason="je serai sur le chantier de l'orgue de Saint-Girons"),
            "Révision des claviers",
            """
Monsieur Pujolar,

Je serai sur le chantier de l'orgue de Saint-Girons mercredi. Mon collègue Maxence Lafitau viendra réviser la mécanique des claviers à 9 h.

Bien cordialement,
Eulalie Sentenac
""", "colleague_wrong: 'Lafitau' for Laffitau")),
    (C, bad("number_invented", S("decline", "Anatole Birabent", "Solène Cazaril", "formal", "regular",
              meeting="Dégustation en fûts neufs", at="mardi 16 mars à 18 h",
              reason="les fûts n'ont pas encore été bousinés"),
            "Dégustation de mardi",
            """
Monsieur Birabent,

Les fûts n'ont pas encore été bousinés : les douze barriques prévues pour la dégustation de mardi à 18 h ne sont pas prêtes. Je dois donc l'annuler.

Cordialement,
Solène Cazaril
""", "number_invented: 'douze barriques' nobody gave")),
    (C, bad("discount_invented", S("no_show_followup", "Marius Lagardelle", "Béatrix Campistrous", "formal", "regular",
              meeting="Essayage de la mentonnière", at="lundi 8 mars à 10 h",
              props=["mardi 16 mars à 10 h"]),
            "Votre rendez-vous de lundi",
            """
Monsieur Lagardelle,

Nous ne vous avons pas vu lundi ; j'espère que rien de grave n'est arrivé. Nous pouvons vous recevoir mardi 16 mars à 10 h, et vous offrons 10 % sur la mentonnière pour le dérangement.

Cordialement,
Béatrix Campistrous
""", "discount_invented: '10 %' offered nobody gave")),
    (C, bad("email_invented", S("switch_to_email", "Philomène Arrens", "Gaspard Loubajac", "formal", "new",
              meeting="Questions sur la restauration du positif", at="lundi 22 mars à 14 h",
              reason="les plans sont plus simples à commenter par écrit"),
            "Restauration du positif",
            """
Madame Arrens,

Les plans sont plus simples à commenter par écrit : au lieu de nous voir lundi à 14 h, écrivez-moi vos questions à gaspard.loubajac@wanadoo.fr.

Bien cordialement,
Gaspard Loubajac
""", "email_invented: a private address nobody gave")),
    (C, bad("time_swapped", S("switch_to_call", "Tiphaine Vielsaint", "Roch Ardengost", "formal", "regular",
              meeting="Choix du décor de la cloche", at="mardi 16 mars à 11 h",
              props=["jeudi 18 mars à 16 h"], reason="les maquettes de cire se montrent aussi en photo"),
            "Décor de la cloche : appel jeudi",
            """
Madame Vielsaint,

Les maquettes de cire se voient aussi bien en photo. Je vous appelle donc mardi 16 mars à 11 h au lieu de notre rendez-vous du jeudi 18 mars à 16 h.

Cordialement,
Roch Ardengost
""", "time_swapped: meeting and proposed slots swapped in the body")),
    (D, bad("phone_invented", S("switch_to_call", "Florian Haurat", "Léonie Bonrepaux", "formal", "regular",
              meeting="Bilan du remontage de la contrebasse", at="jeudi 22 avril à 10 h",
              reason="le remontage est presque fini et il suffit d'en parler"),
            "Contrebasse : par téléphone",
            """
Monsieur Haurat,

Le remontage est presque fini, il suffit d'en parler : gardons jeudi 10 h, mais au téléphone. Je vous appelle, ou joignez-moi au 06 42 18 73 59.

Bien à vous,
Léonie Bonrepaux
""", "phone_invented: a phone number nobody gave")),
    (D, bad("title_or_company_invented", S("decline", "Hyacinthe Larroque", "Jérémie Sabalot", "formal", "new",
              meeting="Visite du chantier de tonnellerie", at="vendredi 23 avril à 9 h",
              reason="le chantier est fermé pour inventaire"),
            "Visite du chantier",
            """
Madame Larroque,

Le chantier est fermé pour inventaire vendredi : je ne peux pas vous y accueillir à 9 h.

Bien cordialement,
Jérémie Sabalot
Directeur commercial, Tonnellerie Sabalot & Fils
""", "title_or_company_invented: job title and company in the signature")),
    (D, bad("place_changed", S("reschedule", "Clovis Marsolan", "Inès Bourrouillan", "formal", "regular",
              meeting="Réception de l'orgue de salon à Pau", at="lundi 19 avril à 14 h",
              props=["mercredi 21 avril à 14 h"], reason="le transporteur a un jour de retard"),
            "Réception de l'orgue de salon",
            """
Monsieur Marsolan,

Le transporteur a un jour de retard. Je vous propose donc la réception de l'orgue de salon à Tarbes le mercredi 21 avril à 14 h.

Bien cordialement,
Inès Bourrouillan
""", "place_changed: Tarbes for Pau")),
    (D, bad("name_near_miss", S("delegate", "Guenièvre Sarrailh", "Norbert Estrampes", "friendly", "regular",
              meeting="Changement des cordes de la harpe", at="mardi 20 avril à 17 h",
              col="Lisandre Peyrehorade", reason="je pars livrer un violon à Toulouse"),
            "Tes cordes de harpe",
            """
Bonjour Guenièvre Sarraih,

Je pars livrer un violon à Toulouse mardi : c'est Lisandre Peyrehorade qui changera tes cordes à 17 h.

Norbert
""", "name_near_miss: 'Sarraih' for Sarrailh")),
    (E, bad("time_recap_wrong", S("reschedule", "Arsène Lacassagne", "Colombe Audressein", "formal", "regular",
              meeting="Essai du nouveau jeu de trompette", at="jeudi 13 mai à 10 h",
              props=["vendredi 21 mai à 15 h 30"], reason="le sommier doit être recollé"),
            "Essai de la trompette : vendredi 21 mai",
            """
Monsieur Lacassagne,

Le sommier doit être recollé ; l'essai du jeu de trompette est reporté au vendredi 21 mai à 15 h 30.

À vendredi 15 h !

Colombe Audressein
""", "time_recap_wrong: recap rounds 15 h 30 to 15 h")),
    (E, bad("percent_swapped", S("cancellation_policy", "Mathurin Caubous", "Eugénie Lherm", "formal", "new",
              pol={"notice_hours": 48, "fee_percent": 40, "deposit_percent": 25}),
            "Conditions d'annulation",
            """
Monsieur Caubous,

Votre commande de fût est confirmée par un acompte de 40 %. Vous pouvez annuler sans frais jusqu'à 48 heures avant ; ensuite, 25 % du prix est dû.

Cordialement,
Eugénie Lherm
""", "percent_swapped: deposit 25 % and fee 40 % swapped")),
    (E, bad("foreign_paragraph", S("decline", "Pélagie Ourdissan", "Fortuné Sazos", "formal", "regular",
              meeting="Présentation de l'archet restauré", at="mardi 18 mai à 11 h",
              reason="la mèche doit encore être remplacée"),
            "Présentation de l'archet",
            """
Madame Ourdissan,

La mèche de votre archet doit encore être remplacée ; je dois annuler notre rendez-vous de mardi à 11 h.

We will let you know as soon as the bow is ready to be collected.

Cordialement,
Fortuné Sazos
""", "foreign_paragraph: an English paragraph inside the French mail")),
    (E, bad("duration_wrong", S("shorten", "Eustache Mirepeisset", "Coralie Bézaudun", "formal", "regular",
              meeting="Leçon d'accord des cloches", at="mercredi 19 mai à 9 h", dur=40,
              reason="le carillonneur doit partir plus tôt"),
            "Leçon de mercredi",
            """
Monsieur Mirepeisset,

Le carillonneur doit partir plus tôt : la leçon d'accord commencera mercredi à 9 h mais durera une demi-heure.

Bien à vous,
Coralie Bézaudun
""", "duration_wrong: 'une demi-heure' for 40 minutes")),
]
