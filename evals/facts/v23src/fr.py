"""v23, French: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v23src._d import A, B, C, D, E


def S(*a, **k):
    return _S("fr", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Ombeline Caussanel", "Thibaut Roquecourbe", "formal", "regular",
             meeting="Taille d'automne de vos deux genévriers", at="mercredi 7 septembre à 9 h 30",
             props=["lundi 12 septembre à 9 h 30", "mardi 13 septembre à 14 h"],
             reason="les fils de ligature commandés ne sont pas encore arrivés"),
           "Taille de vos genévriers : nouvelle date",
           """
Madame Caussanel,

Les fils de ligature que j'ai commandés ne sont pas encore arrivés ; je préfère donc ne pas tailler vos deux genévriers mercredi.

Je peux venir lundi 12 septembre à neuf heures et demie, ou mardi 13 à deux heures de l'après-midi. Laquelle de ces dates vous arrange ?

Bien à vous,
Thibaut Roquecourbe
""", "correct: 'deux genévriers' from the meeting, 'neuf heures et demie', 'mardi 13' without month")),
    (A, ok(S("decline", "Anselme Perpézat", "Clotilde Vayssettes", "formal", "new",
             meeting="Location de trois canoës pour la descente du Lot", at="samedi 10 septembre à 8 h",
             reason="la rivière est trop basse après l'été sec"),
           "Votre demande de location de canoës",
           """
Monsieur,

Merci pour votre demande. Je suis au regret de ne pas pouvoir vous louer les trois canoës pour la descente du Lot samedi à 8 h : après cet été sec, la rivière est trop basse.

Avec mes excuses,
Clotilde Vayssettes
""", "correct: 'Monsieur,' alone, place 'Lot' and number 'trois' from the meeting")),
    (A, ok(S("delegate", "Sidonie Lafforgue", "Éloi Marsaguet", "formal", "regular",
             meeting="Mise en eau de l'aquarium récifal", at="jeudi 8 septembre à 16 h",
             col="Apolline Brassac"),
           "Mise en eau de votre aquarium jeudi",
           """
Madame,

Ma collègue Apolline Brassac s'occupera de la mise en eau de votre aquarium récifal jeudi à 16 h, à ma place.

Cordialement,
Éloi Marsaguet
""", "correct: colleague named exactly; 'Madame,' alone")),
    (A, ok(S("cancellation_policy", "Grégoire Saint-Ybars", "Maylis Cazenavette", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 30}),
           "Nos conditions de réservation",
           """
Monsieur Saint-Ybars,

Comme convenu, voici nos conditions : une réservation se fait avec un acompte de 30 %, et toute annulation doit nous parvenir deux jours avant, soit 48 heures.

Cordialement,
Maylis Cazenavette
""", "correct: notice in words and figures, deposit with its own term")),
    (B, ok(S("shorten", "Hortense Dalbarade", "Quentin Lestrade-Moulis", "formal", "regular",
             meeting="Cours d'initiation au bonsaï", at="jeudi 22 septembre à 18 h", dur=45,
             reason="la serre ferme plus tôt cette semaine"),
           "Cours de jeudi, un peu plus court",
           """
Chère Madame Dalbarade,

La serre ferme plus tôt cette semaine : le cours d'initiation de jeudi commencera bien à 18 h, mais il durera trois quarts d'heure.

Bien cordialement,
Quentin Lestrade-Moulis
""", "correct: 'Chère Madame' + surname, 'trois quarts d'heure' for 45")),
    (B, ok(S("switch_to_call", "Firmin Caubet", "Léonie Arrouy", "friendly", "regular",
             meeting="Choix des poissons pour le bac de 200 litres", at="lundi 26 septembre à 17 h 30"),
           "On s'appelle lundi ?",
           """
Bonjour Firmin,

Plutôt que de passer au magasin, on peut choisir tes poissons pour le bac de 200 litres par téléphone, lundi à la même heure (17 h 30) ?

À lundi,
Léonie
""", "correct: friendly first names, '200 litres' from the meeting, call at the original time")),
    (B, ok(S("no_show_followup", "Octave Pradelles", "Bérangère Coustou", "formal", "regular",
             meeting="Retrait du kayak réparé", at="jeudi 15 septembre à 12 h",
             props=["vendredi 23 septembre à 12 h"]),
           "Votre kayak",
           """
Monsieur Pradelles,

Nous vous attendions jeudi dernier à midi pour le retrait de votre kayak, sans vous voir.

Pourriez-vous passer vendredi 23 septembre, toujours à midi ?

Cordialement,
Bérangère Coustou
""", "correct: 'jeudi dernier' said of 15 September, 'midi'")),
    (B, ok(S("late_cancellation", "Capucine Larrieu", "Aymeric Bousquet", "formal", "new",
             meeting="Sortie en canoë au lac de Vassivière", at="lundi 19 septembre à 10 h",
             pol={"notice_hours": 24, "fee_percent": 50},
             reason="annulé le matin même par la cliente"),
           "Sortie au lac de Vassivière",
           """
Madame Larrieu,

Vous avez annulé hier matin la sortie en canoë au lac de Vassivière prévue à dix heures.

Nos conditions prévoient une annulation au moins un jour avant (24 heures) ; au-delà, la moitié du tarif (50 %) est due.

Cordialement,
Aymeric Bousquet
""", "correct: 'hier' of 19 Sep, policy in words next to figures, place from the meeting")),
    (C, ok(S("reschedule", "Bastien Ourliac", "Gwladys Pellefigue", "formal", "key",
             meeting="Rempotage des érables japonais", at="vendredi 7 octobre à 10 h",
             props=["mercredi 12 octobre à 10 h"],
             reason="la livraison de terreau akadama a pris du retard"),
           "Rempotage des érables : mercredi 12 octobre",
           """
Monsieur Ourliac,

La livraison de terreau akadama a pris du retard, et je ne pourrai pas rempoter vos érables japonais vendredi.

Je vous propose mercredi 12 octobre, à la même heure. Cela vous irait-il ?

Bien cordialement,
Gwladys Pellefigue
""", "correct: plural 'érables', 'à la même heure'")),
    (C, ok(S("switch_to_email", "Raphaëlle Guiraudet", "Anatole Sirvent", "formal", "regular",
             meeting="Devis pour un filtre extérieur", at="mardi 11 octobre à 15 h"),
           "Votre devis par e-mail",
           """
Madame Guiraudet,

Pour le devis du filtre extérieur, inutile de vous déplacer mardi : nous pouvons tout régler par e-mail.

Dites-moi simplement le volume de votre bac en réponse à ce message.

Cordialement,
Anatole Sirvent
""", "correct: switch to e-mail with no new time")),
    (C, ok(S("decline", "Margaux Escoubet", "Honoré Lagraulet", "formal", "new",
             meeting="Stage de pagaie au Pont-d'Arc", at="jeudi 13 octobre à 9 h",
             reason="nos moniteurs sont tous pris par un groupe scolaire"),
           "Stage au Pont-d'Arc",
           """
Madame Escoubet,

Je vous remercie de votre intérêt pour le stage de pagaie au Pont-d'Arc jeudi 13 octobre. Malheureusement, tous nos moniteurs sont déjà pris par un groupe scolaire ce jour-là.

Veuillez nous excuser,
Honoré Lagraulet
""", "correct: place name in the meeting, date without weekday change")),
    (C, ok(S("cancellation_policy", "Victorin Baylac", "Solène Marquèze", "formal", "regular",
             meeting="Atelier de ligature des pins", at="lundi 17 octobre à 14 h",
             pol={"notice_hours": 72, "fee_percent": 100}),
           "Atelier de lundi 17 octobre",
           """
Monsieur,

Pour l'atelier de ligature des pins de lundi 17 octobre, je vous rappelle nos conditions : toute annulation se fait au moins trois jours avant (72 heures). Passé ce délai, l'atelier est facturé en entier (100 %).

Bien à vous,
Solène Marquèze
""", "correct: 'trois jours avant (72 heures)', 'en entier (100 %)'")),
    (D, ok(S("delegate", "Norbert Cazalis", "Émeline Tournemire", "formal", "regular",
             meeting="Entretien des pompes du bassin", at="mardi 22 novembre à 8 h 30",
             col="Corentin Vialaret"),
           "Entretien de vos pompes",
           """
Monsieur Cazalis,

Mardi 22 novembre, c'est mon collègue Corentin Vialaret qui viendra pour l'entretien des pompes du bassin, à huit heures et demie comme prévu.

Cordialement,
Émeline Tournemire
""", "correct: plural 'pompes', 'huit heures et demie'")),
    (D, ok(S("no_show_followup", "Pernelle Sabadie", "Lucien Fourcassié", "formal", "regular",
             meeting="Dépôt de votre canoë pour l'hivernage", at="mercredi 16 novembre à 11 h"),
           "Dépôt de votre canoë",
           """
Madame Sabadie,

Nous avions rendez-vous hier à 11 h pour le dépôt de votre canoë pour l'hivernage, mais je ne vous ai pas vue.

Pouvez-vous me dire quand vous souhaitez l'apporter ?

Cordialement,
Lucien Fourcassié
""", "correct: 'dépôt' of a canoe is not a deposit; 'hier' of 16 Nov; no slot offered")),
    (D, ok(S("shorten", "Joachim Lasserre-Bidot", "Albane Dufréchou", "formal", "new",
             meeting="Visite de la pépinière de bonsaïs", at="vendredi 25 novembre à 15 h", dur=30,
             reason="une livraison de pots arrive à 15 h 30"),
           "Visite de vendredi",
           """
Monsieur Lasserre-Bidot,

Une livraison de pots arrive à 15 h 30 vendredi ; la visite de la pépinière durera donc une demi-heure, à partir de trois heures comme prévu.

Bien cordialement,
Albane Dufréchou
""", "correct: '15 h 30' from the reason, 'une demi-heure', 'trois heures'")),
    (D, ok(S("decline", "Isaure Montagut", "Rodolphe Bézian", "formal", "regular",
             meeting="Installation d'un aquarium de 60 litres au cabinet", at="lundi 28 novembre à 9 h",
             props=["jeudi 1er décembre à 9 h"],
             reason="le meuble support n'est pas livré"),
           "Installation de l'aquarium",
           """
Madame,

Le meuble support n'est pas livré : je ne pourrai pas installer l'aquarium de 60 litres lundi 28 novembre.

Si cela vous convient, je peux passer jeudi 1er décembre à 9 h.

Bien à vous,
Rodolphe Bézian
""", "correct: '60 litres' from the meeting, the given other slot")),
    (E, ok(S("reschedule", "Clémence Aurignac", "Fabrice Dutheil-Rames", "formal", "regular",
             meeting="Livraison des poissons-clowns", at="lundi 5 décembre à 10 h",
             props=["mercredi 7 décembre à 10 h", "vendredi 9 décembre à 16 h"],
             reason="la quarantaine doit durer quelques jours de plus"),
           "Vos poissons-clowns : autre date",
           """
Madame Aurignac,

La quarantaine de vos poissons-clowns doit durer quelques jours de plus. Je préfère décaler la livraison de lundi.

Je peux venir mercredi 7 décembre à dix heures, ou vendredi 9 à seize heures.

Cordialement,
Fabrice Dutheil-Rames
""", "correct: 'dix heures', 'seize heures', 'vendredi 9' without month")),
    (E, ok(S("switch_to_call", "Baudouin Lacoste-Fajal", "Ninon Esparbès", "formal", "new",
             meeting="Conseils pour un premier bonsaï", at="mardi 6 décembre à 11 h",
             props=["mardi 6 décembre à 17 h"]),
           "Conseils pour votre bonsaï par téléphone",
           """
Monsieur,

Au lieu de nous voir mardi à 11 h, je vous propose un appel le même jour à 17 h pour parler de votre premier bonsaï.

Cordialement,
Ninon Esparbès
""", "correct: old time named as replaced, new call time given")),
    (E, ok(S("switch_to_email", "Géraldine Rouzaud", "Hippolyte Carrère-Daste", "formal", "regular",
             meeting="Frais de garde des canoës en hiver", at="mercredi 14 décembre à 14 h"),
           "Garde de vos canoës",
           """
Madame Rouzaud,

Pour la question des frais de garde de vos canoës cet hiver, je vous propose d'échanger par e-mail plutôt que de nous voir mercredi 14 décembre.

Je vous réponds dès réception de vos questions.

Cordialement,
Hippolyte Carrère-Daste
""", "correct: 'frais' is part of the meeting name, no fee stated")),
    (E, ok(S("late_cancellation", "Arsène Couderc", "Maëlle Pouységur", "formal", "regular",
             meeting="Atelier « arbres de Noël en bonsaï »", at="jeudi 1er décembre à 18 h 30",
             props=["jeudi 15 décembre à 18 h 30"]),
           "Atelier de jeudi",
           """
Monsieur Couderc,

J'ai bien reçu hier votre annulation pour l'atelier de jeudi soir. Dommage !

Une autre séance a lieu jeudi 15 décembre à 18 h 30, si vous le souhaitez.

Bien cordialement,
Maëlle Pouységur
""", "correct: 'hier' of 1 Dec, no policy given and none stated")),
    # ------------------------------------------------------------------ flawed
    (A, bad("percent_swapped", S("cancellation_policy", "Laurène Castagnède", "Jules Barrouquère", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 20, "fee_percent": 60}),
           "Conditions de location",
           """
Madame Castagnède,

Nos conditions sont simples : un acompte de 60 % à la réservation ; en cas d'annulation moins de 48 heures avant, 20 % du tarif restent dus.

Cordialement,
Jules Barrouquère
""", "deposit 20 and fee 60 swapped")),
    (A, bad("name_near_miss", S("decline", "Hugues Mazerolles", "Adèle Fontanié", "formal", "regular",
             meeting="Repiquage des ormes de Chine", at="vendredi 9 septembre à 10 h"),
           "Repiquage de vendredi",
           """
Monsieur Mazeroles,

Je ne pourrai malheureusement pas assurer le repiquage de vos ormes de Chine vendredi à 10 h.

Avec mes excuses,
Adèle Fontanié
""", "recipient Mazerolles written Mazeroles")),
    (A, bad("duration_wrong", S("shorten", "Romane Laborie", "Étienne Castéran", "formal", "regular",
             meeting="Cours d'esquimautage", at="mardi 13 septembre à 19 h", dur=60),
           "Cours d'esquimautage raccourci",
           """
Madame Laborie,

Le cours d'esquimautage de mardi 13 septembre sera plus court que prévu : nous ferons une heure et demie dans le bassin, à partir de 19 h.

Cordialement,
Étienne Castéran
""", "'une heure et demie' for 60 minutes")),
    (A, bad("link_invented", S("reschedule", "Thierry Bordenave", "Agathe Lamolère", "formal", "new",
             meeting="Mise en route d'un bac d'eau douce", at="mercredi 7 septembre à 14 h",
             props=["vendredi 16 septembre à 14 h"]),
           "Mise en route de votre bac",
           """
Monsieur Bordenave,

Je dois décaler la mise en route de votre bac d'eau douce à vendredi 16 septembre, même heure.

Vous pouvez confirmer ce créneau sur https://rdv.aquarium-lamolere.fr/confirmer.

Cordialement,
Agathe Lamolère
""", "booking link nobody gave")),
    (B, bad("time_swapped", S("reschedule", "Mathurin Espagnac", "Coralie Bénazet", "formal", "regular",
             meeting="Essai d'un kayak de mer", at="mercredi 21 septembre à 10 h",
             props=["mardi 27 septembre à 10 h"]),
           "Essai du kayak : mardi 27 septembre",
           """
Monsieur Espagnac,

Le vent annoncé m'oblige à déplacer votre essai. Seriez-vous libre mercredi 21 septembre à 10 h ?

Cordialement,
Coralie Bénazet
""", "body proposes the old slot; subject right")),
    (B, bad("foreign_paragraph", S("switch_to_email", "Delphine Cabanac", "Yves Molinier", "formal", "regular",
             meeting="Conseil sur l'éclairage LED du bac", at="jeudi 29 septembre à 15 h"),
           "Éclairage de votre bac",
           """
Madame Cabanac,

Plutôt que de nous voir jeudi, je vous propose de régler la question de l'éclairage par e-mail.

Just send me the length of your tank and I will reply with a suggestion.

Cordialement,
Yves Molinier
""", "English paragraph in a French mail")),
    (B, bad("phone_invented", S("switch_to_call", "Ambroise Latapie", "Clarisse Daubèze", "formal", "new",
             meeting="Choix d'un premier genévrier", at="vendredi 23 septembre à 11 h"),
           "Appel vendredi",
           """
Monsieur Latapie,

Pouvons-nous parler de votre premier genévrier par téléphone vendredi à 11 h ? Vous pouvez me joindre au 05 62 48 31 07.

Cordialement,
Clarisse Daubèze
""", "landline number nobody gave")),
    (B, bad("place_changed", S("late_cancellation", "Séverine Bouzigues", "Gilles Arnaudiès", "formal", "regular",
             meeting="Descente de l'Ardèche depuis Vallon", at="vendredi 16 septembre à 9 h"),
           "Votre descente de l'Ardèche",
           """
Madame Bouzigues,

J'ai bien noté l'annulation tardive de votre descente de l'Ardèche depuis Ruoms, vendredi dernier.

J'espère vous voir sur l'eau une autre fois.

Cordialement,
Gilles Arnaudiès
""", "start place Vallon changed to Ruoms")),
    (C, bad("weekday_wrong", S("reschedule", "Armelle Sentouzet", "Pascal Hourcastagné", "formal", "regular",
             meeting="Taille de formation d'un olivier", at="jeudi 6 octobre à 16 h",
             props=["mardi 18 octobre à 16 h"], reason="je suis malade"),
           "Taille de votre olivier",
           """
Madame Sentouzet,

Étant malade, je dois repousser la taille de votre olivier. Je peux venir mercredi 18 octobre à 16 h, si cela vous convient.

Cordialement,
Pascal Hourcastagné
""", "18 October is a Tuesday, not 'mercredi'")),
    (C, bad("policy_invented", S("no_show_followup", "Éric Lamarque-Dax", "Inès Cazaubon", "formal", "regular",
             meeting="Cours de kayak en eaux vives", at="lundi 3 octobre à 17 h"),
           "Cours de lundi",
           """
Monsieur Lamarque-Dax,

Vous n'êtes pas venu au cours de kayak en eaux vives lundi. Je vous rappelle qu'une séance manquée sans prévenir reste due.

Dites-moi si vous souhaitez reprendre.

Cordialement,
Inès Cazaubon
""", "policy ('séance manquée reste due') nobody gave")),
    (C, bad("colleague_wrong", S("delegate", "Yvette Puyoô", "Benoît Sarraméa", "formal", "regular",
             meeting="Contrôle de l'osmoseur", at="vendredi 14 octobre à 10 h", col="Lorène Abadie"),
           "Contrôle de votre osmoseur",
           """
Madame Puyoô,

Vendredi 14 octobre, ma collègue Lorène Abbadie viendra contrôler votre osmoseur à ma place, à 10 h.

Cordialement,
Benoît Sarraméa
""", "colleague Abadie written Abbadie")),
    (C, bad("discount_invented", S("decline", "Prosper Dutrey", "Aurore Lacombe-Sos", "formal", "key",
             meeting="Exposition de bonsaïs à l'orangerie", at="mercredi 12 octobre à 14 h",
             reason="le client demande un geste pour le dérangement"),
           "Exposition à l'orangerie",
           """
Monsieur Dutrey,

Je suis désolée, nous ne pourrons pas présenter vos bonsaïs à l'orangerie mercredi 12 octobre. Pour le dérangement, je vous accorde 15 % de remise sur votre prochain achat.

Bien cordialement,
Aurore Lacombe-Sos
""", "15 % discount, only a reason asking for a gesture")),
    (D, bad("time_recap_wrong", S("reschedule", "Valentin Saubion", "Cécile Lartigau", "formal", "regular",
             meeting="Livraison d'un bac de 300 litres", at="lundi 21 novembre à 9 h",
             props=["mercredi 23 novembre à 14 h 30"]),
           "Livraison de votre bac",
           """
Monsieur Saubion,

Notre camion n'est pas disponible lundi ; je vous propose de livrer votre bac de 300 litres mercredi 23 novembre à 14 h 30.

À mercredi 14 h, donc !

Cécile Lartigau
""", "recap 14 h for 14 h 30")),
    (D, bad("email_invented", S("switch_to_email", "Florine Capdevielle", "Mathis Orthez-Lasbats", "formal", "new",
             meeting="Questions sur la location de pagaies", at="mardi 29 novembre à 11 h"),
           "Vos questions par e-mail",
           """
Madame Capdevielle,

Inutile de venir mardi : envoyez-moi plutôt vos questions sur la location de pagaies à mathis.lasbats@orange.fr.

Cordialement,
Mathis Orthez-Lasbats
""", "private address nobody gave")),
    (D, bad("title_or_company_invented", S("delegate", "Lise Castelbon", "Gautier Sarrancolin", "formal", "regular",
             meeting="Taille des azalées satsuki", at="vendredi 25 novembre à 10 h", col="Mélodie Aspet"),
           "Taille de vos azalées",
           """
Madame Castelbon,

Vendredi, c'est ma collègue Mélodie Aspet qui taillera vos azalées satsuki, à 10 h comme prévu.

Cordialement,
Gautier Sarrancolin
Responsable technique, Pépinières Sarrancolin SARL
""", "job title and company nobody gave")),
    (D, bad("link_invented", S("no_show_followup", "Raoul Mauvezin", "Estelle Garrabos", "formal", "regular",
             meeting="Initiation au canoë canadien", at="mercredi 16 novembre à 14 h"),
           "Initiation d'hier",
           """
Monsieur Mauvezin,

Nous ne vous avons pas vu hier à l'initiation au canoë canadien. Vous pouvez choisir une autre séance sur notre page www.canoe-garrabos.fr/seances.

Cordialement,
Estelle Garrabos
""", "web page nobody gave")),
    (E, bad("number_invented", S("late_cancellation", "Amandine Lescurry", "Noël Baradat", "formal", "regular",
             meeting="Atelier de mousse et de pierres", at="jeudi 1er décembre à 14 h"),
           "Atelier d'hier",
           """
Madame Lescurry,

J'ai bien reçu votre annulation pour l'atelier d'hier. Nous avions préparé une vingtaine de pierres pour vous, elles vous attendront la prochaine fois.

Cordialement,
Noël Baradat
""", "'une vingtaine de pierres' nobody gave")),
    (E, bad("place_changed", S("decline", "Tristan Médous", "Judith Loubens", "formal", "new",
             meeting="Balade en kayak dans le bassin d'Arcachon", at="mercredi 7 décembre à 10 h",
             reason="tempête annoncée"),
           "Votre balade en kayak",
           """
Monsieur Médous,

Une tempête est annoncée : je dois annuler la balade en kayak dans le bassin de Marennes mercredi 7 décembre.

Avec mes regrets,
Judith Loubens
""", "Arcachon changed to Marennes")),
    (E, bad("discount_invented", S("late_cancellation", "Blandine Hagetmau", "Célestin Poudenx", "formal", "regular",
             meeting="Nettoyage de l'aquarium de la salle d'attente", at="mercredi 30 novembre à 8 h",
             pol={"notice_hours": 24, "fee_percent": 40}),
           "Nettoyage de mercredi",
           """
Madame Hagetmau,

Vous avez annulé le nettoyage de mercredi le matin même ; selon nos conditions (24 heures), 40 % du tarif sont dus. Je vous fais toutefois 10 % de réduction sur la prochaine intervention.

Cordialement,
Célestin Poudenx
""", "10 % discount nobody gave")),
    (E, bad("time_swapped", S("switch_to_call", "Gaëtan Lombrail", "Sabine Artiguelongue", "formal", "regular",
             meeting="Point sur la croissance des pins noirs", at="lundi 12 décembre à 10 h",
             props=["mardi 13 décembre à 15 h"]),
           "Point par téléphone",
           """
Monsieur Lombrail,

Au lieu de nous voir mardi 13 décembre à 15 h, je vous appellerai lundi 12 décembre à 10 h pour faire le point sur vos pins noirs.

Cordialement,
Sabine Artiguelongue
""", "meeting and call slots exchanged")),
]
