"""v24, French: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v24src._d import A, B, C, D, E


def S(*a, **k):
    return _S("fr", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Gwenola Ferrandière", "Maël Quintrec", "friendly", "regular",
             meeting="Entretien du poêle de votre sauna", at="mercredi 18 janvier à 10 h",
             props=["mardi 24 janvier à 15 h", "jeudi 26 janvier à 8 h 30"],
             reason="la pièce de rechange du poêle n'est pas encore livrée"),
           "Votre sauna : on décale ?",
           """
Bonjour Gwenola,

Petit contretemps : la pièce de rechange pour le poêle n'est toujours pas livrée, donc je ne pourrai pas faire l'entretien mercredi.

Est-ce que mardi 24 à partir de 15 heures vous irait ? Sinon, je peux passer le jeudi 26 janvier à huit heures et demie, avant mes autres tournées.

Dites-moi ce qui vous arrange le mieux.

À bientôt,
Maël
""", "correct: first name in friendly mail, 'à partir de 15 heures', 'mardi 24' without month, 'huit heures et demie'")),
    (A, ok(S("decline", "Perrine Lescoublet", "Anouk Daguerreau", "friendly", "key",
             meeting="Toilettage de vos deux caniches", at="samedi 21 janvier à 9 h",
             reason="je suis en formation toute la semaine à Lyon"),
           "Samedi pour vos caniches",
           """
Chère Perrine,

Je suis vraiment désolée, mais je ne pourrai pas m'occuper de vos deux caniches samedi matin : je suis en formation à Lyon toute la semaine et je ne rentre que dimanche.

Je sais que vous comptez sur moi, et j'en suis navrée.

Je vous embrasse,
Anouk
""", "correct: 'deux caniches' from the meeting, 'samedi matin' for 9 h, no new slot offered (none given)")),
    (A, ok(S("switch_to_call", "Fulcran Bessonneau", "Hélène Marsolier", "formal", "new",
             meeting="Devis pour un sauna d'extérieur", at="vendredi 20 janvier à 11 h",
             props=["vendredi 20 janvier à 14 h"]),
           "Votre devis de sauna : un appel plutôt qu'une visite",
           """
Monsieur,

Pour le devis de votre sauna d'extérieur, je vous propose de faire le point par téléphone plutôt que de nous voir : ce serait le même jour, vendredi, mais à quatorze heures au lieu de onze heures.

Cela vous conviendrait-il ?

Bien cordialement,
Hélène Marsolier
""", "correct: 'quatorze heures au lieu de onze heures' in words, old time named as replaced")),
    (A, ok(S("cancellation_policy", "Ysaline Cormerais", "Bastien Laffargue", "formal", "new",
             meeting="Affûtage et fartage de vos skis", at="mardi 24 janvier à 17 h",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Conditions d'annulation pour l'entretien de vos skis",
           """
Madame,

Merci d'avoir réservé l'affûtage et le fartage de vos skis pour mardi 24 janvier à 17 h.

Si vous deviez annuler, il suffit de nous prévenir deux jours avant, soit 48 heures. Passé ce délai, la moitié du tarif (50 %) reste due.

Au plaisir de vous accueillir à l'atelier,
Bastien Laffargue
""", "correct: given policy in words next to the numbers")),
    (B, ok(S("shorten", "Corentine Abgrall", "Loïc Kervarec", "friendly", "regular",
             meeting="Séance de toilettage complet pour Biscotte", at="jeudi 9 février à 14 h", dur=45,
             reason="ma collègue est absente cet après-midi-là"),
           "Biscotte jeudi : séance un peu plus courte",
           """
Bonjour Corentine,

Ma collègue est absente jeudi après-midi, alors je vais devoir raccourcir un peu la séance de Biscotte : trois quarts d'heure au lieu du toilettage complet habituel. Le rendez-vous reste à deux heures.

Merci de votre compréhension !

Bonne journée,
Loïc
""", "correct: 'trois quarts d'heure' for 45, 'deux heures' for 14 h, friendly")),
    (B, ok(S("no_show_followup", "Amédée Kerhervé", "Solange Brumaire", "formal", "regular",
             meeting="Séance de sauna privatif pour quatre personnes", at="vendredi 3 février à 19 h",
             props=["vendredi 10 février à 19 h"]),
           "Votre séance de sauna de vendredi dernier",
           """
Monsieur Kerhervé,

Nous vous attendions vendredi dernier à 19 h pour la séance de sauna privatif pour quatre personnes, mais nous ne vous avons pas vus arriver. J'espère que tout va bien.

Si vous le souhaitez, nous pouvons vous réserver la même séance vendredi 10 février, à la même heure.

Bien cordialement,
Solange Brumaire
""", "correct: 'vendredi dernier' said of 3 Feb, 'à la même heure', 'quatre personnes' from the meeting")),
    (B, ok(S("delegate", "Blandine Poirevin", "Gaspard Lhuillery", "formal", "key",
             meeting="Montage de la cabine de sauna dans votre sous-sol", at="mardi 14 février à 8 h",
             col="Nolwenn Trégaro", reason="je suis retenu sur un chantier à Annecy"),
           "Montage de votre sauna : Nolwenn Trégaro prend le relais",
           """
Chère Madame Poirevin,

Je suis retenu sur un chantier à Annecy et je ne pourrai pas monter moi-même la cabine dans votre sous-sol mardi 14.

C'est ma collègue Nolwenn Trégaro qui s'en chargera, à l'heure prévue.

Je reste joignable si vous avez la moindre question.

Bien à vous,
Gaspard Lhuillery
""", "correct: 'Chère Madame' + surname, colleague named exactly, 'mardi 14' without month")),
    (B, ok(S("switch_to_email", "Théodore Vaillancourt", "Inès Garrigoux", "friendly", "regular",
             meeting="Point sur la location de skis pour la classe de neige", at="lundi 13 février à 12 h 30",
             reason="j'ai la voix cassée"),
           "Location de skis : on fait ça par écrit ?",
           """
Bonjour Théodore,

J'ai la voix complètement cassée, alors plutôt que de nous appeler lundi à midi et demi, je te propose qu'on règle la location des skis pour la classe de neige par e-mail.

Écris-moi tes questions quand tu veux, je te réponds par écrit.

Merci et à bientôt,
Inès
""", "correct: 'midi et demi' for 12 h 30, friendly tutoiement; asking for the list is part of switching to e-mail")),
    (C, ok(S("late_cancellation", "Rozenn Guilcher", "Antonin Fabrègue", "formal", "regular",
             meeting="Démêlage et coupe pour votre berger australien", at="lundi 6 mars à 10 h",
             pol={"notice_hours": 24, "fee_percent": 30}),
           "Votre annulation de lundi",
           """
Madame Guilcher,

J'ai bien reçu votre message annulant le rendez-vous de lundi 6 mars à 10 h pour votre berger australien.

Comme convenu dans nos conditions, une annulation moins de 24 heures à l'avance est facturée 30 % du tarif de la séance.

Bien cordialement,
Antonin Fabrègue
""", "correct: policy as given, date repeated, 'hier matin' of the message (no date stated)")),
    (C, ok(S("reschedule", "Eulalie Monjaret", "Paul-Henri Destouches", "formal", "new",
             meeting="Visite technique pour un sauna infrarouge", at="jeudi 9 mars à 16 h",
             props=["mercredi 15 mars à 9 h"], reason="notre camionnette est au garage"),
           "Visite technique : nouvelle date",
           """
Madame,

Notre camionnette est immobilisée au garage cette semaine ; je dois donc reporter la visite technique prévue jeudi pour votre projet de sauna infrarouge.

Je vous propose mercredi 15 mars à neuf heures. Je vous remercie de me dire si ce créneau vous convient.

Je vous prie d'agréer, Madame, mes salutations distinguées,
Paul-Henri Destouches
""", "correct: 'Madame' alone, 'neuf heures'")),
    (C, ok(S("decline", "Capucine Orsolini-Baux", "Yannick Le Bihan", "friendly", "new",
             meeting="Atelier découverte du fartage pour enfants", at="samedi 18 mars à 14 h",
             reason="l'atelier est déjà complet"),
           "Atelier fartage du samedi 18",
           """
Bonjour Capucine,

Merci beaucoup pour votre inscription ! Malheureusement, l'atelier découverte du fartage pour les enfants de samedi 18 mars est déjà complet, et je ne peux pas ajouter de place.

Désolé, et merci encore de votre intérêt.

Yannick
""", "correct: friendly, no other date offered")),
    (C, ok(S("switch_to_call", "Hippolyte Mandrou", "Servane Jolibois", "formal", "regular",
             meeting="Bilan annuel de votre contrat d'entretien de sauna", at="mardi 14 mars à 9 h 30"),
           "Bilan annuel par téléphone",
           """
Monsieur Mandrou,

Pour le bilan annuel de votre contrat d'entretien, je vous propose un simple appel téléphonique plutôt qu'un rendez-vous à votre domicile, à la même heure : mardi à 9 h 30.

Je vous appellerai donc à ce moment-là, sauf avis contraire de votre part.

Cordialement,
Servane Jolibois
""", "correct: same time, meeting paraphrased")),
    (D, ok(S("delegate", "Aurélien Castagnède", "Morgane Tréhorel", "friendly", "regular",
             meeting="Toilettage de printemps pour Pistache et Gribouille", at="mercredi 29 mars à 11 h",
             col="Léa Kermarrec", reason="je pars en congé maternité"),
           "Pistache et Gribouille : Léa s'en occupe",
           """
Bonjour Aurélien,

Une petite nouvelle : je pars en congé maternité ! Pour le toilettage de printemps de Pistache et Gribouille, mercredi 29 à 11 h, c'est donc Léa Kermarrec qui prendra le relais.

Merci de votre compréhension, et à très vite,
Morgane
""", "correct: colleague named exactly, 'mercredi 29' without month")),
    (D, ok(S("cancellation_policy", "Lucille Fontanarosa", "Benoît Ribérac", "formal", "new",
             pol={"notice_hours": 72, "deposit_percent": 20}),
           "Nos conditions d'annulation",
           """
Madame Fontanarosa,

Vous m'avez demandé nos conditions d'annulation avant de réserver une soirée au sauna : les voici.

À la réservation, nous demandons un acompte de 20 %. Vous pouvez annuler sans frais jusqu'à trois jours avant (72 heures) ; au-delà, l'acompte est conservé.

N'hésitez pas si vous avez d'autres questions.

Bien cordialement,
Benoît Ribérac
""", "correct: policy with no meeting, 'trois jours avant (72 heures)', deposit with its own term")),
    (D, ok(S("shorten", "Gautier Pellegrue", "Clémence Oudinot", "formal", "regular",
             meeting="Réglage des fixations pour cinq paires de skis", at="vendredi 24 mars à 17 h 30", dur=30,
             reason="l'atelier ferme à 18 h ce jour-là"),
           "Réglage des fixations vendredi",
           """
Monsieur Pellegrue,

L'atelier fermant exceptionnellement à 18 h vendredi, je ne pourrai vous consacrer qu'une demi-heure pour le réglage des fixations de vos cinq paires de skis.

Le rendez-vous reste à 17 h 30.

Cordialement,
Clémence Oudinot
""", "correct: 'une demi-heure' for 30, '18 h' from the reason, 'cinq paires' from the meeting")),
    (D, ok(S("no_show_followup", "Josselin Hamonic", "Marine Escudier", "friendly", "regular",
             meeting="Coupe aux ciseaux pour Caramel", at="lundi 20 mars à 15 h"),
           "On a raté Caramel lundi !",
           """
Bonjour Josselin,

On vous attendait lundi après-midi avec Caramel, mais vous n'êtes pas venus. J'espère que tout va bien de votre côté, et qu'il n'est pas malade !

Donnez-moi des nouvelles quand vous pourrez.

Bonne fin de semaine,
Marine
""", "correct: no new slot given, none offered; 'lundi après-midi' for 15 h")),
    (E, ok(S("decline", "Ghislaine Rouquayrol", "Théo Vandamme", "formal", "regular",
             meeting="Installation d'un seau d'aspersion dans votre sauna", at="mardi 28 février à 10 h",
             props=["jeudi 9 mars à 10 h"], reason="le modèle choisi est en rupture de stock"),
           "Installation du seau d'aspersion",
           """
Madame Rouquayrol,

Le modèle de seau d'aspersion que vous avez choisi est en rupture de stock chez notre fournisseur : je ne peux donc pas l'installer mardi comme prévu.

Je pourrais revenir jeudi 9 mars, à dix heures, si vous le souhaitez.

Je vous prie de bien vouloir m'excuser pour ce contretemps.

Bien cordialement,
Théo Vandamme
""", "correct: 'dix heures', decline with a given alternative")),
    (E, ok(S("reschedule", "Arsène Dubouchet", "Flavie Cassagnau", "friendly", "key",
             meeting="Remise en état des skis du club", at="lundi 27 février à 18 h",
             props=["jeudi 2 mars à 18 h", "lundi 6 mars à 18 h"], reason="ma machine à affûter est en panne"),
           "Les skis du club : petit report",
           """
Salut Arsène,

Ma machine à affûter est en panne, et je ne pourrai donc pas remettre en état les skis du club lundi.

Je te propose jeudi 2 mars, toujours à six heures du soir, ou alors le lundi suivant, le 6, même heure. Le premier serait le plus simple pour moi, mais dis-moi ce qui arrange le club.

Je sais que la saison bat son plein pour le club et je suis vraiment désolée pour ce contretemps.

À bientôt,
Flavie
""", "correct: longer friendly mail, 'six heures du soir', 'le 6', 'même heure', no promise beyond the situation")),
    (E, ok(S("switch_to_email", "Honorine Lagadec", "Rodolphe Vasseur", "formal", "regular",
             meeting="Choix des essences de bois pour votre sauna", at="mercredi 1er mars à 14 h"),
           "Choix du bois par e-mail",
           """
Madame Lagadec,

Plutôt que de nous retrouver mercredi à 14 h, je vous propose de faire le choix des essences de bois pour votre sauna par e-mail : je vous enverrai les descriptions et vous pourrez comparer tranquillement.

Bien cordialement,
Rodolphe Vasseur
""", "correct: short, meeting paraphrased")),
    (E, ok(S("late_cancellation", "Marius Cazeneuve", "Adèle Pontarlier", "friendly", "regular",
             meeting="Bain et brossage pour Moka", at="jeudi 23 février à 16 h 30"),
           "Moka hier",
           """
Bonjour Marius,

Merci de m'avoir prévenue pour le rendez-vous de Moka d'hier, même si c'était un peu tard. Ce n'est pas grave du tout, ça arrive à tout le monde.

Je vous souhaite une bonne fin de semaine,
Adèle
""", "correct: 'hier' of Thursday 23 Feb said on Friday 24 Feb, no policy given, none stated")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Ambroise Guézennec", "Lou Carbonnel", "formal", "regular",
             meeting="Révision du poêle à bois du sauna", at="jeudi 19 janvier à 9 h",
             props=["mercredi 25 janvier à 14 h"], reason="je suis malade"),
           "Révision de votre poêle : report",
           """
Monsieur Guézennec,

Je suis malade et dois reporter la révision du poêle de votre sauna. Pourrions-nous la déplacer au jeudi 19 janvier à 9 h ?

Avec mes excuses,
Lou Carbonnel
""", "the old slot (jeudi 19 janvier à 9 h) offered as the new one; the given new slot is mercredi 25 janvier à 14 h")),
    (A, bad("name_near_miss", S("no_show_followup", "Violaine Charbonnel", "Quentin Aubazac", "formal", "regular",
             meeting="Toilettage de votre bichon", at="vendredi 13 janvier à 10 h"),
           "Votre rendez-vous de vendredi",
           """
Madame Charbonel,

Nous vous attendions vendredi matin avec votre bichon, mais vous n'êtes pas venue. J'espère que tout va bien.

Cordialement,
Quentin Aubazac
""", "'Charbonel' for Charbonnel (one letter dropped)")),
    (A, bad("percent_swapped", S("late_cancellation", "Sidonie Barraqué", "Elouan Morvézen", "formal", "regular",
             meeting="Soirée sauna et bain nordique", at="samedi 14 janvier à 20 h",
             pol={"notice_hours": 48, "fee_percent": 40, "deposit_percent": 25}),
           "Votre annulation de samedi",
           """
Madame Barraqué,

J'ai bien noté votre annulation de la soirée sauna et bain nordique de samedi, reçue moins de 48 heures avant.

Comme prévu dans nos conditions, l'acompte de 40 % est conservé et des frais de 25 % du tarif s'appliquent.

Bien cordialement,
Elouan Morvézen
""", "deposit (25 %) and fee (40 %) exchanged")),
    (A, bad("link_invented", S("switch_to_email", "Césaire Lombardou", "Pauline Verchère", "friendly", "regular",
             meeting="Conseils pour l'entretien de vos skis de randonnée", at="lundi 23 janvier à 18 h"),
           "Vos skis de rando par e-mail",
           """
Bonjour Césaire,

Plutôt que de nous voir lundi soir, je vous propose qu'on passe par e-mail pour l'entretien de vos skis de randonnée : vous aurez tout par écrit, et vous pourrez relire mes conseils avant chaque sortie.

Je vous envoie d'abord le plus important, le fartage et le séchage des peaux, et vous trouverez le reste sur nos fiches, www.atelier-glisse.fr/conseils.

Si quelque chose n'est pas clair, répondez-moi simplement et on en reparle.

À bientôt,
Pauline
""", "link nobody gave")),
    (B, bad("weekday_wrong", S("reschedule", "Isaure Plouzennec", "Armel Dussaussois", "formal", "new",
             meeting="Pose des bancs en tremble du sauna", at="mercredi 8 février à 8 h",
             props=["lundi 13 février à 8 h"], reason="le bois n'a pas fini de sécher"),
           "Pose des bancs : nouvelle date",
           """
Madame,

Le tremble pour vos bancs n'a pas fini de sécher ; je préfère donc repousser la pose prévue mercredi.

Je vous propose mardi 13 février à 8 h. Ce créneau vous conviendrait-il ?

Cordialement,
Armel Dussaussois
""", "'mardi 13 février': 13 February 2034 is a Monday")),
    (B, bad("discount_invented", S("late_cancellation", "Fantin Rigoulet", "Axelle Pichonnat", "formal", "regular",
             meeting="Épilation et bain pour votre husky", at="lundi 6 février à 9 h",
             reason="le client s'est excusé et demande un geste"),
           "Votre annulation de lundi",
           """
Monsieur Rigoulet,

Merci pour votre message et vos excuses concernant l'annulation de lundi. Pour votre prochain toilettage, je vous accorde volontiers 10 % de remise.

Cordialement,
Axelle Pichonnat
""", "10 % discount invented; the reason asks for a gesture but gives none")),
    (B, bad("phone_invented", S("switch_to_call", "Philibert Gourvennec", "Jeanne Saint-Aubin", "formal", "regular",
             meeting="Choix d'un poêle électrique pour votre sauna", at="jeudi 16 février à 10 h"),
           "Un appel jeudi",
           """
Monsieur Gourvennec,

Je vous propose de faire le point jeudi à 10 h par téléphone plutôt qu'en magasin. Vous pouvez me joindre au 04 79 62 18 35.

Bien à vous,
Jeanne Saint-Aubin
""", "phone number nobody gave")),
    (B, bad("duration_wrong", S("shorten", "Apolline Ricordeau", "Mathis Coatanéa", "friendly", "regular",
             meeting="Cours de fartage en petit groupe", at="vendredi 10 février à 18 h", dur=60),
           "Cours de fartage un peu raccourci",
           """
Bonjour Apolline,

Vendredi, le cours de fartage durera une heure et demie au lieu de la soirée entière. On commence toujours à 18 h !

À vendredi,
Mathis
""", "'une heure et demie' for 60 minutes")),
    (C, bad("time_recap_wrong", S("reschedule", "Anatole Kervella", "Océane Puyravaud", "friendly", "regular",
             meeting="Toilettage de Filou", at="vendredi 10 mars à 9 h",
             props=["mardi 14 mars à 10 h 30"]),
           "Filou : on change de jour",
           """
Bonjour Anatole,

J'ai un souci d'organisation vendredi et je dois déplacer le toilettage de Filou. Je suis désolée de vous prévenir si tard !

Est-ce que mardi 14 mars à 10 h 30 vous irait ?

Si oui, à mardi 10 h, alors ! Et faites-lui une caresse de ma part.

Océane
""", "recap says 10 h for the offered 10 h 30")),
    (C, bad("policy_invented", S("no_show_followup", "Mélisande Roubaud", "Cyprien Larrieu", "formal", "new",
             meeting="Première séance au sauna finlandais", at="samedi 4 mars à 11 h"),
           "Votre séance de samedi",
           """
Madame Roubaud,

Nous vous avons attendue samedi pour votre première séance au sauna finlandais. Je me permets de vous rappeler qu'une séance non annulée reste due.

Cordialement,
Cyprien Larrieu
""", "policy nobody gave ('une séance non annulée reste due')")),
    (C, bad("colleague_wrong", S("delegate", "Baptistine Oyhenart", "Florent Lacombe", "formal", "regular",
             meeting="Réparation de la semelle de vos skis", at="lundi 13 mars à 16 h",
             col="Gaëlle Trividic"),
           "Vos skis : Gaëlle prend le relais",
           """
Madame Oyhenart,

Je ne serai pas à l'atelier lundi ; c'est ma collègue Gaëlle Trividec qui réparera la semelle de vos skis à 16 h.

Bien cordialement,
Florent Lacombe
""", "colleague 'Trividec' for Trividic")),
    (C, bad("foreign_paragraph", S("decline", "Léopold Marchessou", "Nadège Voirol", "formal", "new",
             meeting="Construction d'un sauna en tonneau", at="mercredi 15 mars à 10 h",
             reason="notre carnet de commandes est plein jusqu'à l'été"),
           "Votre projet de sauna en tonneau",
           """
Monsieur,

Merci pour votre demande. Notre carnet de commandes est plein jusqu'à l'été, et je ne pourrai pas donner suite à votre projet de sauna en tonneau.

We are sorry we cannot help this time and wish you the best with your project.

Cordialement,
Nadège Voirol
""", "English paragraph in a French mail")),
    (D, bad("number_invented", S("reschedule", "Évariste Pouliquen", "Soline Darrigade", "formal", "regular",
             meeting="Préparation des skis pour la sortie du comité d'entreprise", at="lundi 27 mars à 9 h",
             props=["mardi 4 avril à 9 h"]),
           "Préparation des skis : report",
           """
Monsieur Pouliquen,

Je dois décaler la préparation des douze paires de skis pour la sortie de votre comité d'entreprise. Je vous propose mardi 4 avril à 9 h.

Bien cordialement,
Soline Darrigade
""", "'douze paires' nobody gave")),
    (D, bad("email_invented", S("switch_to_email", "Romane Quéméner", "Hugues Ballanger", "formal", "regular",
             meeting="Plan d'aménagement de votre espace sauna", at="mardi 28 mars à 14 h"),
           "Votre espace sauna par e-mail",
           """
Madame Quéméner,

Je vous propose d'échanger sur le plan d'aménagement par e-mail plutôt que mardi à 14 h. Écrivez-moi directement à h.ballanger@free.fr.

Cordialement,
Hugues Ballanger
""", "private address nobody gave")),
    (D, bad("title_or_company_invented", S("decline", "Dorian Maufrais", "Camille Esquerré", "formal", "new",
             meeting="Toilettage à domicile pour trois chats", at="jeudi 30 mars à 15 h",
             reason="je ne me déplace pas hors de la ville"),
           "Toilettage à domicile",
           """
Monsieur,

Je ne me déplace malheureusement pas en dehors de la ville et ne pourrai pas venir toiletter vos trois chats jeudi.

Bien cordialement,
Camille Esquerré
Toiletteuse diplômée – Salon Poil de Soie
""", "title and salon name nobody gave")),
    (D, bad("place_changed", S("late_cancellation", "Eudes Lapeyronie", "Marion Guiraudet", "formal", "regular",
             meeting="Sortie raquettes et sauna au lac de Guéry", at="dimanche 19 mars à 10 h"),
           "Sortie de dimanche",
           """
Monsieur Lapeyronie,

J'ai bien reçu votre annulation de la sortie raquettes et sauna au lac Chambon dimanche. Dommage, la neige était belle !

Cordialement,
Marion Guiraudet
""", "lac de Guéry changed to lac Chambon")),
    (E, bad("time_swapped", S("switch_to_call", "Clarisse Bellocq", "Yvon Tanguy", "formal", "regular",
             meeting="Suivi du chantier de votre sauna", at="lundi 27 février à 9 h",
             props=["mardi 28 février à 11 h"]),
           "Suivi du chantier par téléphone",
           """
Madame Bellocq,

Le chantier de votre sauna avance bien, et je pense qu'un déplacement n'est pas nécessaire pour faire le point cette fois-ci.

Je vous propose donc de remplacer notre rendez-vous de mardi 28 février à 11 h par un appel, lundi 27 février à 9 h. Nous pourrons passer en revue les étapes qui restent et répondre à vos questions.

Merci de me dire si cela vous convient.

Cordialement,
Yvon Tanguy
""", "meeting slot and call slot exchanged")),
    (E, bad("weekday_wrong", S("no_show_followup", "Firmin Delabarre", "Coline Sarrazin", "friendly", "regular",
             meeting="Coupe d'été pour Nougat", at="mardi 21 février à 14 h",
             props=["vendredi 3 mars à 14 h"]),
           "Nougat mardi",
           """
Bonjour Firmin,

On ne vous a pas vus mardi avec Nougat. Pas de souci ! Je peux vous reprendre jeudi 3 mars à 14 h, ça vous va ?

Coline
""", "'jeudi 3 mars': 3 March 2034 is a Friday")),
    (E, bad("percent_swapped", S("cancellation_policy", "Bérengère Mauduit", "Ronan Le Goff", "formal", "new",
             meeting="Location du sauna mobile pour votre fête", at="samedi 4 mars à 15 h",
             pol={"notice_hours": 24, "fee_percent": 100, "deposit_percent": 30}),
           "Location du sauna mobile : conditions",
           """
Madame Mauduit,

Pour la location du sauna mobile samedi 4 mars, un acompte de 100 % est demandé. Toute annulation moins de 24 heures avant entraîne des frais de 30 %.

Cordialement,
Ronan Le Goff
""", "deposit (30 %) and fee (100 %) exchanged")),
    (E, bad("discount_invented", S("reschedule", "Albane Trégouët", "Sacha Vernhes", "friendly", "key",
             meeting="Affûtage des carres avant votre compétition", at="mercredi 1er mars à 17 h",
             props=["jeudi 2 mars à 12 h"], reason="une urgence familiale"),
           "Affûtage : on décale d'un jour",
           """
Bonjour Albane,

J'ai une urgence familiale mercredi. Est-ce que jeudi 2 mars à midi irait pour l'affûtage de vos carres ? Pour m'excuser, je vous fais 15 % sur la prestation.

Sacha
""", "15 % discount nobody gave")),
]
