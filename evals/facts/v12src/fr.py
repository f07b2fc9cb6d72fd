"""v12, French: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v12src._d import A, B, C, D, E


def S(*a, **k):
    return _S("fr", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Solène Kervarec", "Gildas Morvan-Tréguier", "formal", "regular",
             meeting="Vaccination annuelle de votre chienne Praline", at="vendredi 21 janvier à 17 h 30",
             props=["mardi 25 janvier à 17 h 30", "jeudi 27 janvier à 9 h"],
             reason="notre vaccin polyvalent est en rupture chez le fournisseur"),
           "Rappel de vaccin de Praline : nouvelle date",
           """
Chère Madame Kervarec,

Notre fournisseur est en rupture du vaccin polyvalent ; je préfère donc décaler le rappel de Praline prévu vendredi à 17 h 30.

Je peux vous proposer :
- le mardi 25 janvier, même heure (17h30) ;
- le jeudi 27 janvier à 9 heures.

Dites-moi simplement ce qui vous convient.

Bien cordialement,
Gildas Morvan-Tréguier
""", "correct: list, '17h30' as 'même heure', '9 heures'")),
    (A, ok(S("decline", "Anatole Brissonnet", "Pervenche Lamarzelle", "friendly", "regular",
             meeting="Répétition du quatuor à cordes chez vous", at="samedi 22 janvier à 15 h",
             reason="je joue à un mariage à Vannes ce jour-là"),
           "Samedi",
           """
Salut Anatole,

Je ne pourrai pas venir à la répétition de samedi : je joue à un mariage à Vannes. Faites-la sans moi, je travaillerai ma partie de mon côté, promis.

À très vite,
Pervenche
""", "correct: very short, first name only, 'samedi' without date")),
    (A, ok(S("switch_to_call", "Maître Hugues Delamotte-Ris", "Clémence Aubrac-Fayolle", "formal", "key",
             meeting="Relecture de l'acte de vente de la longère", at="lundi 24 janvier à 11 h",
             props=["lundi 24 janvier à 11 h 30"],
             reason="je suis bloquée à Quimper par la grève des trains"),
           "Acte de la longère : un appel plutôt qu'un rendez-vous ?",
           """
Maître,

La grève des trains me retient à Quimper et je ne pourrai pas être à votre étude lundi à 11 h pour la relecture de l'acte de vente de la longère.

Pourrions-nous la faire par téléphone, le même jour à 11 h 30 ? Une demi-heure de décalage me laisserait le temps de m'installer au calme.

Je vous prie d'agréer, Maître, l'expression de mes sentiments distingués.

Clémence Aubrac-Fayolle
""", "correct: 'Maître' alone for a notary, 'une demi-heure de décalage' (11 h -> 11 h 30)")),
    (A, ok(S("late_cancellation", "Anselme Quéménoux", "Ysaline Garrigou", "formal", "new",
             meeting="Cours d'essai de yoga Iyengar", at="mardi 18 janvier à 19 h",
             props=["mardi 1er février à 19 h"], pol={"notice_hours": 24, "fee_percent": 50},
             reason="sa fille était malade"),
           "Votre cours d'essai",
           """
Bonjour Monsieur Quéménoux,

Merci de m'avoir prévenue, et j'espère que votre fille va mieux.

Je vous propose de reprendre le cours d'essai le mardi 1er février, toujours à 19 h.

Pour que ce soit clair dès le départ : une annulation moins de vingt-quatre heures avant le cours entraîne la facturation de la moitié du tarif, soit 50 %.

Belle journée,
Ysaline Garrigou
""", "correct: 'vingt-quatre heures', 'la moitié du tarif, soit 50 %'")),
    (B, ok(S("shorten", "Bertille Champeaux", "Fulbert Anquetil", "formal", "regular",
             meeting="Visite de chantier de l'extension de la maison de Saint-Malo", at="jeudi 24 février à 14 h",
             dur=45, reason="le bureau de contrôle avance sa venue à 15 h"),
           "Visite de chantier de jeudi : trois quarts d'heure",
           """
Madame Champeaux,

Le bureau de contrôle a avancé son passage à 15 h jeudi. Je maintiens bien notre visite de chantier de l'extension à 14 h, mais elle durera trois quarts d'heure.

Si vous avez des points précis à voir (menuiseries, chape), envoyez-les-moi d'ici là : nous irons droit au but.

Cordialement,
Fulbert Anquetil
""", "correct: 45 min as 'trois quarts d'heure', the reason's 15 h repeated")),
    (B, ok(S("reschedule", "Romuald Ternisien", "Agathe Vallerand", "friendly", "key",
             meeting="Point sur votre déclaration de revenus", at="vendredi 25 février à 10 h",
             props=["mardi 29 février à 10 h", "mercredi 1er mars à 16 h 30"],
             reason="j'attends encore l'attestation de votre caisse de retraite"),
           "Déclaration : on décale un peu ?",
           """
Bonjour Romuald,

L'attestation de votre caisse de retraite n'est toujours pas arrivée, et sans elle notre point de vendredi tournerait à vide.

Je vous propose plutôt mardi 29/2 à 10 h (le jour bissextile, difficile à oublier !) ou le mercredi 1er mars à 16 h 30.

Bonne journée,
Agathe
""", "correct: '29/2', the leap day joke, first name in friendly key mail")),
    (B, ok(S("no_show_followup", "Philomène Audoire", "Lancelot Riberolles", "friendly", "regular",
             meeting="Leçon de piano", at="lundi 21 février à 17 h",
             props=["lundi 28 février à 17 h", "jeudi 2 mars à 18 h"]),
           "Ta leçon de lundi",
           """
Bonjour Philomène,

Je t'ai attendue hier pour ta leçon de piano de 17 h ; j'espère qu'il n'y a rien de grave.

Si tu veux rattraper, lundi prochain à la même heure me va très bien, ou jeudi 2 mars à 18 h.

À bientôt au piano,
Lancelot
""", "correct: 'hier' for Monday 21 against Tue 22, 'lundi prochain à la même heure' for 28/2 17 h")),
    (B, ok(S("cancellation_policy", "Ghislaine Peyrefitte", "Octave Malzieu", "formal", "new",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "Nos conditions d'annulation",
           """
Madame,

Merci de l'intérêt que vous portez à nos traductions assermentées. Avant toute commande, voici nos conditions :

- un acompte de 30 % est demandé à la commande ;
- toute annulation doit nous parvenir au moins trois jours avant la date de livraison convenue, soit 72 heures.

Je reste à votre disposition pour toute question.

Veuillez agréer, Madame, mes salutations distinguées.

Octave Malzieu
""", "correct: policy without a meeting, 'trois jours … soit 72 heures'")),
    (C, ok(S("switch_to_email", "Aymeric Douarnenez", "Véronique Saint-Amans", "formal", "regular",
             meeting="Diagnostic de votre réseau informatique au cabinet", at="lundi 20 mars à 9 h",
             reason="le technicien est en arrêt maladie"),
           "Diagnostic réseau : par écrit pour commencer",
           """
Monsieur Douarnenez,

Notre technicien est en arrêt maladie et je ne pourrai pas assurer le diagnostic de votre réseau lundi matin au cabinet.

Pour ne pas perdre de temps, je vous propose de commencer par e-mail : envoyez-moi la liste des postes concernés et une description des coupures (à quelle heure, sur quels appareils). Je vous réponds point par point.

Cordialement,
Véronique Saint-Amans
""", "correct: 'lundi matin' for 9 h, 'point par point' idiom")),
    (C, ok(S("delegate", "Capucine Rolland-Ferté", "Barnabé Esquirol", "formal", "key",
             meeting="Dégustation du buffet pour vos noces d'or", at="mercredi 22 mars à 15 h",
             col="Jacinthe Morvillier", reason="je suis retenu sur un salon à Lyon"),
           "Dégustation de mercredi",
           """
Chère Madame Rolland-Ferté,

Je suis retenu sur un salon à Lyon mercredi et ne pourrai pas vous recevoir pour la dégustation du buffet de vos noces d'or.

Ma collègue Jacinthe Morvillier vous accueillera à ma place, à 15 h comme prévu. Elle connaît votre dossier sur le bout des doigts et me fera un compte rendu complet.

Avec mes amitiés,
Barnabé Esquirol
""", "correct: 'noces d'or' (fifty years, not a given fact), idiom 'sur le bout des doigts'")),
    (C, ok(S("late_cancellation", "Timothée Lagarrigue", "Héloïse Brantôme", "friendly", "regular",
             meeting="Consultation pour les vaccins de vos chatons", at="mercredi 15 mars à 11 h",
             props=["mardi 21 mars à 11 h"], pol={"notice_hours": 24},
             reason="sa voiture est tombée en panne"),
           "Les chatons",
           """
Bonjour Timothée,

Pas de souci pour hier, une panne de voiture, ça ne se prévoit pas.

On peut refaire les vaccins des chatons mardi prochain, le 21 mars, à 11 h. Petit rappel pour la suite : merci de nous prévenir au moins la veille (24 h avant).

À mardi j'espère,
Héloïse
""", "correct: 'la veille (24 h avant)', recap of the offered slot")),
    (C, ok(S("decline", "Eulalie Framboisier", "Corentin Labastide", "formal", "new",
             meeting="Présentation de notre offre de cours de chant pour chorales", at="vendredi 24 mars à 18 h",
             reason="la salle de répétition est réquisitionnée pour les élections"),
           "Présentation du vendredi 24 mars",
           """
Madame,

Je suis au regret d'annuler la présentation de notre offre de cours de chant prévue le vendredi 24 mars : la salle de répétition est réquisitionnée pour les élections.

Je vous recontacterai dès que nous aurons une autre salle, et je vous remercie mille fois de votre patience.

Bien à vous,
Corentin Labastide
""", "correct: 'mille fois' idiom, correct weekday in subject")),
    (D, ok(S("switch_to_call", "Fabrice Lhermitte", "Domitille Kerbrat", "friendly", "regular",
             meeting="Point sur les plans de la véranda", at="vendredi 28 avril à 10 h",
             props=["vendredi 28 avril à 10 h 15"], reason="ma voiture est au garage"),
           "Vendredi : au téléphone ?",
           """
Salut Fabrice,

Ma voiture est au garage, alors je ne pourrai pas passer vendredi pour les plans de la véranda.

On s'appelle à la place ? Vendredi 10 h 15, ça te va ? Je t'envoie les plans en PDF avant.

Domitille
""", "correct: short, one proposed time, 'ça te va ?'")),
    (D, ok(S("no_show_followup", "Gaspard Villedieu", "Marie-Ange Sorbier", "formal", "regular",
             meeting="Séance de yoga prénatal", at="lundi 24 avril à 18 h 30",
             props=["mardi 2 mai à 18 h 30"], pol={"notice_hours": 12, "fee_percent": 100}),
           "Séance de lundi",
           """
Monsieur Villedieu,

Nous ne vous avons pas vu lundi à la séance de yoga prénatal de 18 h 30. J'espère que tout va bien pour vous et votre compagne.

Je vous propose une nouvelle séance le mardi 2 mai à la même heure.

Je vous rappelle notre règle : une séance non décommandée au moins 12 heures à l'avance est due en totalité.

Cordialement,
Marie-Ange Sorbier
""", "correct: 100 % as 'due en totalité', the meeting two days back")),
    (D, ok(S("reschedule", "Bénédicte Guyomarc'h", "Ludovic Carrère-Sabin", "formal", "key",
             meeting="Visite de la maison à rénover avec l'architecte", at="jeudi 27 avril à 9 h 30",
             props=["jeudi 4 mai à 9 h 30", "vendredi 5 mai à 14 h"],
             reason="le diagnostiqueur amiante ne peut venir que la semaine suivante"),
           "Visite de la maison : report d'une semaine",
           """
Chère Madame Guyomarc'h,

Le diagnostiqueur amiante ne peut venir que la semaine prochaine, et je tiens à ce qu'il soit présent lors de notre visite de la maison. Je vous propose donc de la décaler d'une semaine pile :

• jeudi 4 mai à 9 h 30 ;
• ou, si vous préférez l'après-midi, vendredi 5 mai à 14 h.

Je vous prie de nous excuser pour ce changement et vous adresse mes salutations les plus cordiales.

Ludovic Carrère-Sabin
""", "correct: 'une semaine pile' (27/4 -> 4/5), bullet list")),
    (D, ok(S("late_cancellation", "Maelle Tournadre", "Baptistin Roqueblave", "formal", "new",
             meeting="Préparation de votre dossier de succession", at="mardi 25 avril à 14 h",
             pol={"notice_hours": 48, "fee_percent": 25}, reason="son avion a été annulé"),
           "Rendez-vous d'hier",
           """
Madame Tournadre,

Je vous remercie de votre message : une annulation de vol est un vrai contretemps. Rappelez-moi quand vous serez rentrée, et nous fixerons ensemble une nouvelle date pour préparer votre dossier de succession.

Pour information, nos conditions prévoient qu'une annulation moins de 48 heures avant le rendez-vous donne lieu à la facturation d'un quart des honoraires (25 %).

Veuillez agréer, Madame, mes salutations respectueuses.

Baptistin Roqueblave
""", "correct: no proposed time, 'un quart (25 %)'")),
    (E, ok(S("shorten", "Isaure Machefert", "Wandrille Cottereau", "friendly", "regular",
             meeting="Cours de violoncelle baroque", at="mardi 13 juin à 17 h",
             dur=30, reason="je dois récupérer mon fils à la crèche"),
           "Cours de mardi un peu plus court",
           """
Coucou Isaure,

Mardi je dois filer récupérer mon fils à la crèche, donc ton cours de violoncelle baroque sera d'une demi-heure seulement. On commence bien à 17 h.

Bises,
Wandrille
""", "correct: 30 min as 'une demi-heure', 'seulement'")),
    (E, ok(S("delegate", "Norbert Castelnau", "Sidonie Quilliec", "formal", "regular",
             meeting="Revue de votre déclaration de TVA trimestrielle", at="jeudi 15 juin à 10 h",
             col="Florestan Abgrall", reason="je serai en congé maternité"),
           "TVA : Florestan Abgrall prend le relais",
           """
Monsieur Castelnau,

À partir de la semaine prochaine, je serai en congé maternité. C'est donc mon collègue Florestan Abgrall qui passera en revue avec vous votre déclaration de TVA trimestrielle, le jeudi 15 juin à 10 h, comme prévu.

Je lui ai transmis votre dossier complet.

Bien cordialement,
Sidonie Quilliec
""", "correct: colleague by full name, reason paraphrased")),
    (E, ok(S("switch_to_email", "Clotaire Beaufrère", "Léontine Racapé", "friendly", "key",
             meeting="Choix des vins pour le cocktail de l'association", at="lundi 12 juin à 16 h",
             reason="j'ai un enterrement ce jour-là"),
           "Les vins par écrit ?",
           """
Cher Clotaire,

Lundi, j'ai un enterrement et je ne serai pas disponible pour le choix des vins du cocktail.

Je vous envoie ce soir quelques suggestions par écrit, avec leurs accords ; dites-moi en deux mots celles qui vous tentent.

Amitiés,
Léontine
""", "correct: idiom 'en deux mots'")),
    (E, ok(S("cancellation_policy", "Perrine Lescouëzec", "Gauthier Vaillandet", "formal", "regular",
             meeting="Mise en service de votre nouveau serveur de fichiers", at="mercredi 21 juin à 8 h 30",
             pol={"notice_hours": 48, "fee_percent": 40, "deposit_percent": 20}),
           "Mise en service du 21 juin : nos conditions",
           """
Madame Lescouëzec,

En vue de la mise en service de votre nouveau serveur de fichiers le mercredi 21 juin à 8 h 30, je vous rappelle nos conditions :

1. Acompte à la commande : 20 %.
2. Annulation moins de deux jours (48 h) avant l'intervention : 40 % du montant facturé.

Tout le reste est sans changement. N'hésitez pas à m'appeler si quelque chose n'est pas clair.

Cordialement,
Gauthier Vaillandet
""", "correct: fee and deposit each with its own term, 'deux jours (48 h)'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Apolline Rigaudière", "Évrard Lemercier-Gaud", "formal", "regular",
             meeting="Détartrage de votre jument Capella", at="jeudi 20 janvier à 8 h",
             props=["lundi 24 janvier à 8 h", "mardi 25 janvier à 14 h"],
             reason="le box de contention de la clinique est en réparation"),
           "Capella : détartrage déplacé",
           """
Madame Rigaudière,

Le box de contention de la clinique est en réparation, je dois donc déplacer le détartrage de Capella prévu le lundi 24 janvier à 8 h.

Je vous propose le jeudi 20 janvier à 8 h ou le mardi 25 janvier à 14 h.

Bien cordialement,
Évrard Lemercier-Gaud
""", "body: old slot (jeudi 20) and first proposed (lundi 24) exchanged")),
    (A, bad("time_recap_wrong", S("switch_to_call", "Cyprien Moustier", "Raphaëlle Dorgelès", "friendly", "regular",
             meeting="Relecture de la traduction du catalogue", at="mercredi 26 janvier à 14 h",
             props=["mercredi 26 janvier à 16 h"], reason="je suis coincée chez moi avec une cheville foulée"),
           "Catalogue : on s'appelle ?",
           """
Bonjour Cyprien,

Je me suis foulé la cheville et je reste coincée chez moi cette semaine ; je ne pourrai pas venir mercredi relire la traduction du catalogue avec toi.

On peut le faire par téléphone le même jour à 16 h, si ça te va. Je t'appelle donc mercredi à 14 h !

Raphaëlle
""", "recap names the old hour 14 h instead of the offered 16 h")),
    (A, bad("percent_swapped", S("cancellation_policy", "Honorine Le Goff-Bastide", "Séverin Pradalié", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 30, "deposit_percent": 10}),
           "Vos cours de sophrologie : conditions",
           """
Madame,

Bienvenue au studio. Avant votre première séance, voici nos conditions : un acompte de 30 % est versé à l'inscription, et toute séance annulée moins de 48 heures à l'avance est facturée à hauteur de 10 %.

Je reste à votre écoute pour toute question.

Cordialement,
Séverin Pradalié
""", "fee 30 % and deposit 10 % swapped")),
    (A, bad("name_near_miss", S("delegate", "Eudoxie Marchadier", "Tanguy Bellocq", "formal", "regular",
             meeting="Visite du terrain avant dépôt du permis de construire", at="jeudi 27 janvier à 10 h",
             col="Mathurin Desfossés", reason="je dois assister à une expertise judiciaire"),
           "Visite du terrain de jeudi",
           """
Madame Marchardier,

Je dois assister jeudi à une expertise judiciaire. Mon collègue Mathurin Desfossés fera donc la visite du terrain avec vous à 10 h, comme prévu, avant le dépôt du permis de construire.

Bien à vous,
Tanguy Bellocq
""", "greeting 'Marchardier' for Marchadier (one letter added)")),
    (B, bad("time_swapped", S("late_cancellation", "Valérien Couderc", "Anaïs Pellefigue", "formal", "regular",
             meeting="Cours de solfège pour adultes", at="lundi 21 février à 18 h",
             props=["lundi 28 février à 19 h"], pol={"notice_hours": 24}, reason="réunion tardive au travail"),
           "Cours de solfège",
           """
Bonjour Monsieur Couderc,

Merci de m'avoir prévenue pour votre réunion tardive. Je vous propose de rattraper le cours lundi prochain, le 28 février, à 18 h.

Pour rappel, une annulation doit nous parvenir au moins 24 heures à l'avance.

Cordialement,
Anaïs Pellefigue
""", "the offered slot carries the old hour 18 h instead of 19 h")),
    (B, bad("weekday_wrong", S("reschedule", "Léopoldine Arzel", "Donatien Fraysse", "formal", "key",
             meeting="Signature de l'acte de donation", at="jeudi 24 février à 11 h",
             props=["mardi 29 février à 11 h", "jeudi 2 mars à 15 h"],
             reason="l'un des donateurs est hospitalisé"),
           "Signature de la donation reportée au lundi 29 février",
           """
Chère Madame Arzel,

L'un des donateurs a été hospitalisé et la signature de l'acte de donation ne pourra pas avoir lieu jeudi.

Je vous propose le mardi 29 février à 11 h ou le jeudi 2 mars à 15 h.

Je vous prie de croire, Madame, à l'expression de mes sentiments dévoués.

Donatien Fraysse
""", "subject 'lundi 29 février' (it is a Tuesday); body right")),
    (B, bad("policy_invented", S("no_show_followup", "Oriane Castaing", "Ruben Laforcade", "friendly", "regular",
             meeting="Séance de vinyasa", at="samedi 19 février à 10 h",
             props=["samedi 26 février à 10 h"]),
           "Tu nous as manqué samedi",
           """
Coucou Oriane,

On ne t'a pas vue samedi à la séance de vinyasa de 10 h ; j'espère que tout va bien !

Je te garde une place samedi prochain, même heure. Et pas d'inquiétude : comme c'est la première fois, la séance manquée ne te sera pas décomptée de ta carte.

Belle semaine,
Ruben
""", "invented policy: a missed session normally deducted from the card, waived this time; no policy given")),
    (B, bad("number_invented", S("shorten", "Hilaire Dumoulin-Cros", "Bérangère Lestrade", "formal", "regular",
             meeting="Réunion de lancement de la traduction du rapport annuel", at="vendredi 25 février à 9 h",
             dur=60, reason="j'ai un rendez-vous chez le médecin à 10 h 30"),
           "Réunion de vendredi écourtée",
           """
Monsieur Dumoulin-Cros,

J'ai un rendez-vous chez le médecin vendredi à 10 h 30 : je vous propose donc de garder notre réunion de lancement à 9 h, mais de la limiter à une heure.

Pour que nous tenions le délai de livraison des 120 pages du rapport annuel, pourriez-vous m'envoyer le fichier source d'ici là ?

Cordialement,
Bérangère Lestrade
""", "invented page count '120 pages'")),
    (C, bad("time_recap_wrong", S("reschedule", "Gwenola Trémeur", "Aristide Lafontan", "formal", "regular",
             meeting="Installation des postes du nouveau secrétariat", at="lundi 20 mars à 8 h",
             props=["mercredi 22 mars à 8 h", "jeudi 23 mars à 13 h 30"],
             reason="les ordinateurs commandés sont bloqués chez le transporteur"),
           "Installation : mercredi 22 mars à 9 h ?",
           """
Madame Trémeur,

Les ordinateurs commandés pour votre nouveau secrétariat sont bloqués chez le transporteur ; l'installation de lundi doit donc être déplacée.

Je peux venir le mercredi 22 mars à 8 h ou le jeudi 23 mars à 13 h 30. Merci de me dire ce qui vous convient.

Cordialement,
Aristide Lafontan
""", "subject names 9 h for the offered 8 h slot")),
    (C, bad("weekday_wrong", S("switch_to_call", "Fortuné Malbranque", "Ninon Castelbajac", "formal", "new",
             meeting="Premier rendez-vous pour votre bilan fiscal", at="mardi 21 mars à 15 h",
             props=["mardi 21 mars à 17 h"], reason="je suis retenue au tribunal administratif"),
           "Votre bilan fiscal",
           """
Monsieur Malbranque,

Retenue au tribunal administratif une bonne partie de l'après-midi, je ne pourrai pas vous recevoir au cabinet mardi à 15 h pour votre premier bilan fiscal.

Pouvons-nous en parler par téléphone le mercredi 21 mars à 17 h ? Je vous appellerai sur le numéro de votre fiche.

Cordialement,
Ninon Castelbajac
""", "body 'mercredi 21 mars' (it is a Tuesday)")),
    (C, bad("percent_swapped", S("late_cancellation", "Ségolène Barbaroux", "Félicien Durandeau", "formal", "regular",
             meeting="Dégustation pour le buffet de l'assemblée générale", at="mercredi 15 mars à 12 h",
             props=["mardi 28 mars à 12 h"], pol={"notice_hours": 72, "fee_percent": 15, "deposit_percent": 35},
             reason="son directeur a changé la date de l'assemblée"),
           "Dégustation annulée hier",
           """
Madame Barbaroux,

J'ai bien noté que votre directeur a changé la date de l'assemblée. Nous pouvons refaire la dégustation du buffet le mardi 28 mars à 12 h.

Pour rappel, nos conditions : acompte de 15 % à la réservation, et 35 % de frais en cas d'annulation moins de 72 heures avant.

Cordialement,
Félicien Durandeau
""", "deposit 35 % and fee 15 % swapped")),
    (C, bad("foreign_paragraph", S("decline", "Blandine Ourliac", "Jérémie Pontaillé", "formal", "regular",
             meeting="Audit de la sauvegarde de vos données", at="vendredi 31 mars à 9 h",
             reason="notre équipe est mobilisée par une cyberattaque chez un autre client"),
           "Audit de la sauvegarde",
           """
Madame Ourliac,

Notre équipe est entièrement mobilisée par une cyberattaque chez un autre client ; je ne pourrai malheureusement pas assurer l'audit de la sauvegarde de vos données vendredi.

Lamentamos mucho las molestias. En cuanto el equipo esté disponible de nuevo, le propondremos otra fecha.

Bien cordialement,
Jérémie Pontaillé
""", "second paragraph in Spanish")),
    (D, bad("discount_invented", S("reschedule", "Amaury Delpech-Rouanet", "Gisèle Bonnefous", "friendly", "key",
             meeting="Cours de yoga en entreprise", at="jeudi 27 avril à 12 h 30",
             props=["jeudi 4 mai à 12 h 30", "mardi 9 mai à 12 h 30"],
             reason="le client m'a demandé un geste commercial pour le report précédent"),
           "Yoga du jeudi",
           """
Bonjour Amaury,

Je dois déplacer le cours de jeudi. Je vous propose le jeudi 4 mai ou le mardi 9 mai, toujours à 12 h 30.

Et comme vous me l'aviez demandé pour le report précédent, je vous offre 10 % sur le prochain trimestre.

À bientôt,
Gisèle
""", "10 % discount, licensed only by the reason")),
    (D, bad("link_invented", S("switch_to_call", "Lucille Ferrandou", "Hector Vaissière", "formal", "regular",
             meeting="Point d'avancement sur la traduction juridique", at="vendredi 28 avril à 11 h",
             reason="je suis en déplacement à Bruxelles"),
           "Point de vendredi en visio",
           """
Madame Ferrandou,

En déplacement à Bruxelles cette semaine, je vous propose de faire notre point d'avancement sur la traduction juridique en visio, à l'heure prévue, vendredi à 11 h.

Voici le lien : meet.jit.si/ferrandou-vaissiere

Cordialement,
Hector Vaissière
""", "invented video link")),
    (D, bad("email_invented", S("switch_to_email", "Marius Coutelier", "Félicité Rambourg", "formal", "new",
             meeting="Rendez-vous de découverte pour vos cours de flûte", at="mercredi 3 mai à 17 h",
             reason="le conservatoire ferme pour travaux"),
           "Cours de flûte : échangeons par e-mail",
           """
Monsieur Coutelier,

Le conservatoire ferme pour travaux et je ne pourrai pas vous recevoir mercredi. Je vous propose d'échanger par écrit en attendant : dites-moi votre niveau et ce que vous aimeriez travailler.

Vous pouvez m'écrire directement à f.rambourg.flute@gmail.com.

Cordialement,
Félicité Rambourg
""", "invented private e-mail address")),
    (D, bad("phone_invented", S("no_show_followup", "Aurèle Bouchardeau", "Pascaline Verdaguer", "formal", "regular",
             meeting="Contrôle post-opératoire de votre chat Zéphyr", at="mardi 25 avril à 16 h",
             props=["mardi 2 mai à 16 h"]),
           "Contrôle de Zéphyr",
           """
Monsieur Bouchardeau,

Nous vous attendions hier pour le contrôle post-opératoire de Zéphyr. J'espère qu'il se remet bien.

Je vous propose le mardi 2 mai à 16 h. En cas de souci d'ici là, appelez la clinique au 02 98 44 61 27.

Cordialement,
Pascaline Verdaguer
""", "invented phone number")),
    (E, bad("title_or_company_invented", S("decline", "Eugénie Sarraute", "Clovis Magendie", "formal", "regular",
             meeting="Visite de l'appartement témoin avec votre architecte", at="lundi 19 juin à 10 h",
             reason="le promoteur a retardé la livraison de l'appartement"),
           "Visite de l'appartement témoin",
           """
Madame Sarraute,

Le promoteur a retardé la livraison de l'appartement témoin ; la visite de lundi ne peut donc pas avoir lieu. Je reviendrai vers vous dès que nous aurons une nouvelle date de livraison.

Cordialement,

Clovis Magendie
Conducteur de travaux principal
Atelier Magendie & Fils
""", "invented job title and company in the signature")),
    (E, bad("place_changed", S("delegate", "Paulin Etcheverry", "Reine Castagnède", "formal", "regular",
             meeting="Visite du chantier de la maison de Biarritz", at="mercredi 14 juin à 9 h",
             col="Yannick Larronde", reason="je dois être à Pau pour une réception de travaux"),
           "Visite de chantier de mercredi",
           """
Monsieur Etcheverry,

Je dois être à Pau mercredi pour une réception de travaux. C'est donc mon collègue Yannick Larronde qui vous accompagnera à 9 h pour la visite du chantier de la maison d'Anglet.

Bien cordialement,
Reine Castagnède
""", "place changed: Anglet for Biarritz")),
    (E, bad("number_invented", S("cancellation_policy", "Laurentine Mazerolles", "Achille Fontarède", "formal", "new",
             meeting="Traiteur pour le vin d'honneur", at="samedi 24 juin à 18 h",
             pol={"notice_hours": 168, "deposit_percent": 40}),
           "Vin d'honneur du 24 juin",
           """
Madame Mazerolles,

Merci pour votre confiance. Pour le vin d'honneur du samedi 24 juin à 18 h, un acompte de 40 % confirme la réservation, et toute annulation doit nous parvenir au moins une semaine avant (168 heures).

Merci de nous confirmer le nombre définitif d'invités avant le 16 juin.

Cordialement,
Achille Fontarède
""", "invented deadline 'avant le 16 juin'")),
    (E, bad("policy_invented", S("late_cancellation", "Gontran Ribeyrolles", "Irène Castaignède", "friendly", "regular",
             meeting="Cours de guitare manouche", at="jeudi 8 juin à 18 h",
             props=["jeudi 15 juin à 18 h"], reason="un imprévu familial"),
           "Ton cours d'hier",
           """
Salut Gontran,

Pas de souci pour hier, j'espère que ton imprévu familial s'est arrangé.

On reprend jeudi prochain à 18 h ? Petite précision quand même : comme tu as annulé le jour même, la moitié du cours reste due.

À jeudi,
Irène
""", "invented policy 'la moitié du cours reste due'; no policy given")),
]
