"""French v2 records, written by hand by data-a (2026-12-06/07). Reference date: 2026-12-07 (a Monday)."""

from __future__ import annotations

from ._rec import S as _S, bad, ok


def S(*a, **k):
    return _S("fr", *a, **k)


RECORDS = [
# ------------------------------------------------------------------ correct
ok(S("reschedule", "Claire Dubois", "Julien Marchand", "formal", "key",
     meeting="Revue trimestrielle des comptes", at="mardi 15 décembre 2026 à 10 h",
     props=["jeudi 17 décembre à 14 h 30", "vendredi 18 décembre à 9 h"],
     reason="un déplacement imprévu chez un autre client"),
   "Revue trimestrielle : deux nouveaux créneaux",
   """
Chère Madame Dubois,

Un déplacement que je n'avais pas prévu chez un autre client m'oblige à vous demander de décaler notre revue trimestrielle des comptes, prévue le mardi 15 décembre à 10h.

Pourrions-nous la tenir jeudi 17/12 à 14h30, ou bien vendredi 18/12 à 9h ? Je m'organiserai selon ce qui vous convient le mieux.

Je vous prie de m'excuser pour ce changement.

Bien cordialement,
Julien Marchand
""", "correct: 'Chère Madame Dubois' for Claire Dubois, dates as 17/12 and 18/12, reason paraphrased"),

ok(S("decline", "Nicolas Fabre", "Léa Martin", "friendly", "regular",
     meeting="Atelier de lancement du site web", at="lundi 11 janvier à 9 h 30",
     reason="planning déjà complet cette semaine-là"),
   "Atelier de lancement du 11 janvier",
   """
Bonjour Nicolas,

Merci pour l'invitation à l'atelier de lancement du site web, lundi 11 janvier à 9h30. Malheureusement mon planning est déjà plein cette semaine-là et je ne pourrai pas y participer.

Je suis curieuse de voir le résultat : tiens-moi au courant de la suite !

Belle journée,
Léa
""", "correct: first name greeting and signature, tutoiement in friendly mail"),

ok(S("shorten", "Me Sylvie Laurent", "Antoine Mercier", "formal", "new",
     meeting="Point juridique sur le bail commercial", at="mercredi 20 janvier 2027 à 11 h", dur=30),
   "Point juridique du mercredi 20 janvier",
   """
Maître,

Je vous remercie d'avoir accepté ce point juridique sur le bail commercial, mercredi 20 janvier à 11 heures.

Afin de ne pas mobiliser trop de votre temps, je vous propose que nous le limitions à une demi-heure ; je vous ferai parvenir mes questions au préalable.

Je vous prie d'agréer, Maître, l'expression de mes salutations distinguées.

Antoine Mercier
""", "correct: 'Maître' for Me Sylvie Laurent, 30 minutes as 'une demi-heure'"),

ok(S("switch_to_call", "Sandrine Roux", "Paul Lambert", "friendly", "key",
     meeting="Déjeuner de suivi à Lyon", at="vendredi 8 janvier à 12 h 30",
     props=["jeudi 7 janvier à 16 h"], reason="grève SNCF annoncée"),
   "Notre déjeuner à Lyon vendredi",
   """
Bonjour Sandrine,

Avec la grève SNCF annoncée, je crains de ne pas pouvoir rejoindre Lyon pour notre déjeuner de vendredi 8 janvier (12h30).

Plutôt que de tout annuler, je te propose qu'on s'appelle la veille, jeudi 7 janvier vers 16 heures ? On pourra faire le point tranquillement et on se rattrapera autour d'une table dès que les trains rouleront.

À très vite,
Paul
""", "correct: call offered on the given time (16 heures), reason paraphrased"),

ok(S("switch_to_email", "M. Bertrand Chevalier", "Isabelle Perrin", "formal", "regular",
     meeting="Réunion de validation du devis", at="jeudi 14 janvier à 15 h"),
   "Validation du devis – échange par écrit",
   """
Bonjour Monsieur Chevalier,

Concernant notre réunion de validation du devis, prévue jeudi 14 janvier à 15 heures, je vous propose de procéder par écrit : les points restants sont peu nombreux et un échange de courriels devrait suffire.

Je vous adresse mes remarques d'ici là. Si un point mérite une discussion, nous pourrons bien sûr nous appeler.

Bien cordialement,
Isabelle Perrin
"""),

ok(S("delegate", "Dr Anne-Marie Leclerc", "François Girard", "formal", "key",
     meeting="Audit annuel du cabinet", at="mardi 2 février à 9 h", col="Nathalie Blanc",
     reason="une intervention chirurgicale programmée"),
   "Audit annuel du 2 février",
   """
Madame,

Je dois subir une intervention chirurgicale programmée de longue date et ne pourrai donc pas assurer moi-même l'audit annuel de votre cabinet, le mardi 2 février à 9 heures.

Ma collègue Nathalie Blanc, qui connaît parfaitement votre dossier, le conduira à ma place. Je lui transmets l'ensemble des éléments afin que vous n'ayez rien à répéter.

Je vous prie d'agréer, Madame, l'expression de mes sentiments respectueux.

François Girard
""", "correct: 'Madame' alone for Dr Anne-Marie Leclerc; reason reworded"),

ok(S("no_show_followup", "Karim Benali", "Élodie Faure", "friendly", "regular",
     meeting="Séance de coaching", at="vendredi 4 décembre à 18 h", props=["mercredi 9 décembre à 18 h"]),
   "On se voit mercredi ?",
   """
Bonjour Karim,

Je ne t'ai pas vu vendredi à 18h pour notre séance de coaching : j'espère que tout va bien de ton côté.

Si ça te dit, on peut la reprendre ce mercredi 9 décembre, même heure. Tu me confirmes ?

Bonne soirée,
Élodie
""", "correct: 'même heure' = 18 h, consistent with the proposed time"),

ok(S("late_cancellation", "Mme Hélène Carpentier", "Bruno Lefort", "formal", "new",
     meeting="Séance photo en studio", at="lundi 7 décembre à 14 h", props=["lundi 14 décembre à 14 h"],
     pol={"notice_hours": 48, "fee_percent": 50}),
   "Votre séance photo – nouveau rendez-vous",
   """
Madame Carpentier,

J'ai bien reçu votre message annulant la séance photo en studio de ce lundi 7 décembre à 14 heures.

Je vous propose de la reprogrammer au lundi 14 décembre, à la même heure.

Je me permets de vous rappeler que toute annulation moins de 48 heures avant la séance donne lieu à la facturation de 50 % de son montant, conformément à nos conditions.

Bien cordialement,
Bruno Lefort
"""),

ok(S("cancellation_policy", "M. Olivier Masson", "Delphine Roger", "formal", "new",
     pol={"notice_hours": 24, "fee_percent": 30, "deposit_percent": 20}),
   "Nos conditions d'annulation",
   """
Monsieur,

Suite à votre demande, voici nos conditions d'annulation :

- un acompte de 20 % est versé à la réservation ;
- une annulation intervenant moins de 24 heures avant le rendez-vous entraîne la facturation de 30 % de la prestation.

Je reste à votre disposition pour toute précision.

Cordialement,
Delphine Roger
"""),

ok(S("cancellation_policy", "Julie Morel", "Sébastien Gauthier", "friendly", "regular",
     meeting="Cours particulier de piano", at="samedi 9 janvier à 10 h", pol={"notice_hours": 72}),
   "Cours du samedi 9 janvier",
   """
Bonjour Julie,

Petit rappel avant notre cours de piano de samedi 9 janvier, 10 h : si jamais tu dois annuler, préviens-moi au moins trois jours avant (72 heures), que je puisse proposer le créneau à quelqu'un d'autre.

Merci et à samedi !
Sébastien
""", "correct: 72 hours also said as 'trois jours'"),

ok(S("reschedule", "Marion Petit", "Hugo Bernard", "friendly", "regular",
     meeting="Point hebdo projet Orion", at="mardi 12 janvier à 9 h",
     props=["mercredi 13 janvier à 9 h", "jeudi 14 janvier à 11 h"]),
   "Point Orion : on décale ?",
   """
Salut Marion,

Je dois décaler notre point hebdo Orion de mardi 9h. Est-ce que l'un de ces créneaux te va ?

- mercredi 13 janvier, 9h
- jeudi 14 janvier, 11h

Merci, et désolé pour le changement !
Hugo
"""),

ok(S("decline", "Mme Valérie Brun", "Thierry Garnier", "formal", "new",
     meeting="Présentation de votre offre de logiciels RH", at="jeudi 21 janvier à 10 h 30",
     reason="nous avons déjà un prestataire sous contrat jusqu'en 2028"),
   "Présentation du 21 janvier",
   """
Madame Brun,

Je vous remercie pour votre proposition de présentation de votre offre de logiciels RH le jeudi 21 janvier à 10h30.

Nous sommes toutefois engagés avec un prestataire jusqu'en 2028 et je préfère ne pas vous faire déplacer inutilement. Je conserve volontiers vos coordonnées pour l'avenir.

Cordialement,
Thierry Garnier
""", "correct: the year 2028 comes from the reason"),

ok(S("shorten", "Vincent Moulin", "Camille Arnaud", "friendly", "key",
     meeting="Comité produit", at="lundi 1er février à 14 h", dur=45,
     reason="une réunion qui s'enchaîne juste après"),
   "Comité produit de lundi",
   """
Bonjour Vincent,

Pour le comité produit du lundi 1er février à 14h, est-ce qu'on pourrait tenir en trois quarts d'heure ? J'enchaîne juste après avec une autre réunion.

Je t'envoie l'ordre du jour avant pour qu'on aille droit au but.

Merci beaucoup,
Camille
""", "correct: 45 minutes as 'trois quarts d'heure'"),

ok(S("switch_to_call", "Me Jacques Renaud", "Claire Dumont", "formal", "regular",
     meeting="Rendez-vous au cabinet à Bordeaux", at="mercredi 10 février 2027 à 16 h"),
   "Notre rendez-vous du 10 février",
   """
Maître,

Pour notre rendez-vous à votre cabinet de Bordeaux du mercredi 10 février à 16h, accepteriez-vous que nous le tenions par téléphone ? Cela m'éviterait un déplacement pour des points que nous pouvons traiter à distance.

Je vous remercie par avance de votre compréhension.

Bien à vous,
Claire Dumont
"""),

ok(S("delegate", "Amélie Rousseau", "Mathieu Colin", "friendly", "regular",
     meeting="Visite de chantier à Rennes", at="vendredi 15 janvier à 8 h 30", col="Romain Lucas"),
   "Visite de chantier vendredi",
   """
Bonjour Amélie,

Je ne pourrai pas être à Rennes vendredi 15 janvier pour la visite de chantier de 8h30, mais Romain Lucas y sera à ma place. Il a tout le dossier en main et me fera un compte rendu dans la foulée.

Bonne fin de semaine,
Mathieu
"""),

ok(S("no_show_followup", "M. Gérard Lemoine", "Sophie Vidal", "formal", "key",
     meeting="Rendez-vous de bilan patrimonial", at="jeudi 3 décembre à 10 h",
     props=["mardi 15 décembre à 10 h"], pol={"notice_hours": 24, "fee_percent": 50}),
   "Votre bilan patrimonial",
   """
Cher Monsieur Lemoine,

Nous vous attendions jeudi dernier, le 3 décembre à 10 heures, pour votre bilan patrimonial. J'espère qu'il ne vous est rien arrivé de fâcheux.

Je peux vous recevoir le mardi 15 décembre à 10 heures ; dites-moi si cela vous convient.

Pour mémoire, nos conditions prévoient que les rendez-vous non décommandés au moins 24 heures à l'avance sont facturés à 50 %. Compte tenu de notre longue collaboration, n'hésitez pas à m'en parler.

Je vous prie de croire, cher Monsieur, à mes sentiments les meilleurs.

Sophie Vidal
"""),

ok(S("late_cancellation", "Thomas Royer", "Laura Picard", "friendly", "regular",
     meeting="Dégustation pour le mariage", at="samedi 12 décembre à 15 h", reason="un imprévu familial",
     props=["samedi 19 décembre à 15 h", "dimanche 20 décembre à 11 h"]),
   "Dégustation : on reprogramme",
   """
Bonjour Thomas,

Merci de m'avoir prévenue pour samedi, et bon courage avec cet imprévu familial.

Pour la dégustation, je peux vous proposer samedi 19 décembre à 15h, ou dimanche 20 décembre à 11h si le matin vous arrange mieux.

À bientôt,
Laura
"""),

ok(S("reschedule", "Pr Étienne Marchal", "Agnès Perret", "formal", "regular",
     meeting="Réunion préparatoire du jury de soutenance", at="lundi 8 mars à 14 h",
     props=["mardi 9 mars à 14 h"]),
   "Réunion préparatoire : report au 9/3",
   """
Monsieur le Professeur,

Serait-il possible de décaler d'un jour la réunion préparatoire du jury de soutenance, prévue le lundi 8 mars à 14 h ? Je vous propose le mardi 9 mars, à la même heure.

Avec mes remerciements,

Agnès Perret
""", "correct: 'Monsieur le Professeur' for Pr Étienne Marchal, '9/3' in the subject"),

ok(S("switch_to_email", "Inès Haddad", "Kevin Morin", "friendly", "new",
     meeting="Premier rendez-vous découverte", at="mercredi 6 janvier à 17 h",
     reason="agenda saturé avant les fêtes"),
   "Notre rendez-vous découverte",
   """
Bonjour Inès,

Mon agenda est très chargé d'ici les fêtes, alors plutôt que de maintenir notre rendez-vous découverte du mercredi 6 janvier à 17h, je vous propose de commencer par écrit : dites-moi en quelques lignes ce que vous attendez, et je vous réponds en détail.

Au plaisir d'échanger,
Kevin
"""),

ok(S("decline", "Chloé Garcia", "Yann Le Goff", "friendly", "key",
     meeting="Afterwork clients à Nantes", at="jeudi 17 décembre à 19 h", props=["jeudi 14 janvier à 19 h"],
     reason="le spectacle de Noël de mon fils ce soir-là"),
   "Afterwork du 17",
   """
Hello Chloé,

Merci pour l'invitation à l'afterwork de Nantes ! Le jeudi 17 décembre à 19h, c'est le spectacle de Noël de mon fils, donc je vais devoir passer mon tour.

Si vous remettez ça, le jeudi 14 janvier à 19h me conviendrait très bien.

Bises et bonnes fêtes,
Yann
"""),

# ------------------------------------------------------------------ flawed
bad("time_swapped", S("reschedule", "M. Laurent Baron", "Céline Roy", "formal", "regular",
     meeting="Réunion de chantier", at="mardi 19 janvier à 10 h", props=["jeudi 21 janvier à 15 h"]),
   "Report de la réunion de chantier",
   """
Bonjour Monsieur Baron,

Je dois malheureusement décaler notre réunion de chantier du jeudi 21 janvier à 15 h.

Seriez-vous disponible le mardi 19 janvier à 10 h ? Merci de me confirmer.

Bien cordialement,
Céline Roy
""", "meeting time and proposed time swapped: the body moves the 21 January slot and offers 19 January"),

bad("time_swapped", S("switch_to_call", "Patricia Noël", "Arnaud Meyer", "formal", "regular",
     meeting="Rendez-vous à l'agence", at="lundi 25 janvier à 11 h", props=["lundi 25 janvier à 16 h"]),
   "Rendez-vous du 25 janvier par téléphone",
   """
Bonjour Madame Noël,

Plutôt que de vous faire venir à l'agence lundi 25 janvier à 16 h, je vous propose que nous fassions le point par téléphone.

Je peux vous appeler le même jour à 11 h, si cela vous convient.

Cordialement,
Arnaud Meyer
""", "hours swapped: meeting at 11 h presented as 16 h, the call offered at 11 h instead of 16 h"),

bad("time_recap_wrong", S("reschedule", "Mélanie Caron", "Damien Robin", "friendly", "regular",
     meeting="Point budget", at="mercredi 3 février à 10 h 30", props=["vendredi 5 février à 10 h 30"]),
   "Point budget décalé",
   """
Coucou Mélanie,

Mercredi matin je suis coincé, on peut décaler notre point budget à vendredi 5 février, 10h30 ?

Je te mets une invitation dans ton agenda. À vendredi 15h alors !

Damien
""", "closing recap says vendredi 15h; the offered slot is 10h30"),

bad("time_recap_wrong", S("reschedule", "M. Didier Poirier", "Anne Schmitt", "formal", "key",
     meeting="Comité d'investissement", at="lundi 15 février à 9 h",
     props=["mardi 16 février à 9 h", "mercredi 17 février à 14 h"]),
   "Comité d'investissement : nouvelles dates",
   """
Monsieur Poirier,

Je me vois contrainte de reporter le comité d'investissement du lundi 15 février à 9 heures.

Je vous propose deux possibilités : le mardi 16 février à 9 heures ou le mercredi 17 février à 14 heures. Dans l'attente de votre choix, je bloque d'ores et déjà le jeudi 18 février à 14 heures.

Avec mes salutations distinguées,
Anne Schmitt
""", "recap 'je bloque … jeudi 18 février à 14 heures' names a slot that was never offered"),

bad("weekday_wrong", S("reschedule", "Mme Corinne Jacob", "Pascal Henry", "formal", "regular",
     meeting="Entretien annuel de suivi", at="lundi 8 mars à 10 h", props=["mardi 9 mars à 10 h"]),
   "Report au mercredi 9 mars",
   """
Madame Jacob,

Un empêchement m'oblige à décaler notre entretien annuel de suivi du lundi 8 mars à 10 h.

Pourrions-nous le tenir le lendemain, mardi 9 mars, à la même heure ?

Bien cordialement,
Pascal Henry
""", "subject says 'mercredi 9 mars'; 9 March 2027 is a Tuesday (body right)"),

bad("weekday_wrong", S("switch_to_email", "M. Hervé Collet", "Sarah Benoît", "formal", "new",
     meeting="Réunion de présentation du rapport", at="jeudi 22 avril à 9 h"),
   "Présentation du rapport",
   """
Bonjour Monsieur Collet,

Pour notre réunion de présentation du rapport du vendredi 22 avril à 9 h, je vous propose de vous transmettre le document par courriel avec une note de synthèse.

Vous pourrez ainsi le lire à votre rythme et me faire part de vos questions par écrit.

Bien cordialement,
Sarah Benoît
""", "body says 'vendredi 22 avril'; 22 April 2027 is a Thursday"),

bad("percent_swapped", S("cancellation_policy", "Mme Odile Marchand", "Lucie Fontaine", "formal", "new",
     pol={"notice_hours": 48, "fee_percent": 40, "deposit_percent": 20}),
   "Conditions de réservation et d'annulation",
   """
Madame,

Comme suite à notre échange, voici nos conditions : un acompte de 40 % est demandé à la réservation, et toute annulation moins de 48 heures avant le rendez-vous est facturée 20 % du montant de la prestation.

Je reste à votre disposition.

Bien cordialement,
Lucie Fontaine
""", "deposit said 40 % and fee 20 %; given fee 40 %, deposit 20 %"),

bad("policy_invented", S("late_cancellation", "Jérôme Guérin", "Nadia Lopez", "formal", "regular",
     meeting="Séance d'ostéopathie", at="lundi 7 décembre à 9 h", props=["jeudi 10 décembre à 9 h"]),
   "Votre séance d'ostéopathie",
   """
Bonjour Monsieur Guérin,

J'ai bien pris note de l'annulation de votre séance de ce lundi 7 décembre à 9 h.

Je vous propose de la reporter au jeudi 10 décembre à 9 h.

Comme le prévoient nos conditions, la moitié de la séance annulée vous sera néanmoins facturée.

Bien cordialement,
Nadia Lopez
""", "policy invented in words ('la moitié de la séance … facturée'); no policy given"),

bad("discount_invented", S("reschedule", "M. Fabien Leroux", "Estelle Girard", "formal", "key",
     meeting="Réception du matériel et mise en service", at="mercredi 13 janvier à 14 h",
     props=["mercredi 20 janvier à 14 h"],
     reason="retard de livraison du fournisseur ; le client attend un geste commercial"),
   "Mise en service reportée au 20 janvier",
   """
Monsieur Leroux,

Notre fournisseur nous a livrés en retard, et la mise en service prévue le mercredi 13 janvier à 14 h ne pourra pas avoir lieu. Je vous propose le mercredi 20 janvier à 14 h.

Pour nous faire pardonner, nous vous accordons une remise de 10 % sur la prestation d'installation.

Je vous prie de nous excuser pour ce contretemps.

Bien cordialement,
Estelle Girard
""", "10 % discount offered because the reason mentions a 'geste commercial'; no discount was given"),

bad("link_invented", S("switch_to_call", "Claudine Morel", "Rémi Dupuis", "formal", "regular",
     meeting="Atelier stratégie", at="jeudi 28 janvier à 10 h", reason="la cliente préfère la visio"),
   "Atelier stratégie en visio",
   """
Bonjour Madame Morel,

Comme vous le préférez, nous tiendrons l'atelier stratégie du jeudi 28 janvier à 10 h en visioconférence plutôt qu'en présentiel.

Voici le lien de connexion : https://meet.google.com/xkd-prqa-mno

Bien cordialement,
Rémi Dupuis
""", "video link added; no link given (the reason only says she prefers video)"),

bad("email_invented", S("delegate", "M. Georges Blanchard", "Philippe Aubry", "formal", "key",
     meeting="Rendez-vous de signature", at="vendredi 29 janvier à 11 h", col="Martine Roussel"),
   "Rendez-vous de signature du 29 janvier",
   """
Cher Monsieur Blanchard,

Je ne pourrai malheureusement pas être présent au rendez-vous de signature du vendredi 29 janvier à 11 h. Ma collègue Martine Roussel me remplacera ; elle connaît le dossier dans ses moindres détails.

Vous pouvez la joindre directement à l'adresse martine.roussel@orange.fr.

Je vous prie de croire à l'assurance de mes sentiments dévoués.

Philippe Aubry
""", "private e-mail address for the colleague added; none given"),

bad("phone_invented", S("no_show_followup", "Sabrina Lemaire", "Cédric Barbier", "friendly", "new",
     meeting="Cours d'essai de yoga", at="samedi 5 décembre à 10 h", props=["samedi 12 décembre à 10 h"]),
   "Ton cours d'essai",
   """
Bonjour Sabrina,

On t'a attendue samedi à 10h pour ton cours d'essai de yoga ; j'espère que tout va bien !

Si tu veux, tu peux venir samedi prochain, le 12 décembre, à la même heure. Pour toute question, appelle-moi au 06 12 48 77 90.

À bientôt sur le tapis,
Cédric
""", "phone number added; none given"),

bad("number_invented", S("switch_to_email", "M. Alain Perrot", "Valentin Giraud", "formal", "regular",
     meeting="Réunion sur le devis de rénovation", at="mardi 26 janvier à 18 h"),
   "Votre devis de rénovation",
   """
Bonjour Monsieur Perrot,

Pour notre réunion sur le devis de rénovation du mardi 26 janvier à 18 h, je vous propose de régler les derniers points par courriel.

Le devis s'élève à 2 400 € HT ; je vous envoie le détail des postes séparément.

Bien cordialement,
Valentin Giraud
""", "price '2 400 € HT' invented"),

bad("title_or_company_invented", S("decline", "Mme Laure Besson", "Marc Deschamps", "formal", "new",
     meeting="Démonstration produit", at="mercredi 27 janvier à 15 h"),
   "Démonstration du 27 janvier",
   """
Madame Besson,

Je vous remercie pour votre invitation à la démonstration produit du mercredi 27 janvier à 15 h, mais je ne pourrai pas y donner suite pour le moment.

Je ne manquerai pas de revenir vers vous si nos besoins évoluent.

Cordialement,

Marc Deschamps
Directeur commercial – Solutions Aquitaine SAS
""", "job title and company under the signature invented"),

bad("name_near_miss", S("shorten", "M. Christophe Delmas", "Aurélie Fontaine", "formal", "regular",
     meeting="Réunion de cadrage", at="jeudi 11 février à 9 h", dur=30),
   "Réunion de cadrage du 11 février",
   """
Bonjour Monsieur Delmans,

Pour notre réunion de cadrage du jeudi 11 février à 9 h, je vous propose de nous en tenir à 30 minutes : l'essentiel a déjà été vu par écrit.

Bien cordialement,
Aurélie Fontaine
""", "greeting 'Monsieur Delmans' for Delmas (one letter added)"),

bad("name_near_miss", S("reschedule", "Gaëlle Perrin", "Olivier Caron", "friendly", "regular",
     meeting="Point mensuel", at="lundi 22 février à 10 h", props=["mardi 23 février à 10 h"]),
   "Point mensuel décalé à mardi",
   """
Bonjour Gaël,

Je dois décaler notre point mensuel de lundi 10h. Mardi 23 février à la même heure, ça t'irait ?

Merci d'avance,
Olivier
""", "greeting 'Gaël' for Gaëlle (letters dropped: another first name)"),

bad("place_changed", S("decline", "M. Patrick Vasseur", "Hélène Giraud", "formal", "regular",
     meeting="Visite de l'usine de Clermont-Ferrand", at="mardi 2 mars à 8 h 30"),
   "Visite du 2 mars",
   """
Monsieur Vasseur,

Je vous remercie de votre invitation à la visite de l'usine de Montluçon le mardi 2 mars à 8 h 30. À mon grand regret, je ne pourrai pas m'y rendre.

Je serais heureuse de découvrir le site à une autre occasion.

Bien cordialement,
Hélène Giraud
""", "place changed: Clermont-Ferrand became Montluçon"),

bad("foreign_paragraph", S("reschedule", "Mme Isabel Moreno", "Jean-Luc Bertin", "formal", "regular",
     meeting="Réunion partenaires", at="mercredi 24 février à 11 h", props=["vendredi 26 février à 11 h"]),
   "Réunion partenaires : report au 26 février",
   """
Madame Moreno,

Je me vois obligé de reporter notre réunion partenaires du mercredi 24 février à 11 h. Je vous propose le vendredi 26 février à 11 h.

Le ruego que me confirme si esta fecha le conviene. Quedo a su disposición para cualquier consulta.

Bien cordialement,
Jean-Luc Bertin
""", "third paragraph in Spanish"),

bad("duration_wrong", S("shorten", "Stéphane Colas", "Manon Lefebvre", "friendly", "regular",
     meeting="Point d'avancement", at="vendredi 12 février à 16 h", dur=20),
   "Point de vendredi en version courte",
   """
Salut Stéphane,

Pour le point d'avancement de vendredi à 16h, on peut faire court ? Une demi-heure devrait suffire, je t'envoie les chiffres avant.

Merci !
Manon
""", "says half an hour; the shorter length given is 20 minutes"),

bad("colleague_wrong", S("delegate", "Mme Danielle Ferrand", "Guillaume Petit", "formal", "regular",
     meeting="Réunion de suivi du contrat", at="lundi 1er mars à 14 h", col="Sophie Marin"),
   "Réunion de suivi du 1er mars",
   """
Madame Ferrand,

Retenu par un autre engagement, je ne pourrai pas assister à notre réunion de suivi du contrat du lundi 1er mars à 14 h.

Mon collègue Julien Marin assurera la réunion à ma place et me rendra compte de vos échanges.

Bien cordialement,
Guillaume Petit
""", "colleague given is Sophie Marin; the mail names Julien Marin"),
]
