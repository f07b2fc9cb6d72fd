"""v14, French: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v14src._d import A, B, C, D, E


def S(*a, **k):
    return _S("fr", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Apolline Verdurel", "Bastien Crouzat", "formal", "regular",
             meeting="Vaccination annuelle de Pistache à la clinique vétérinaire des Tilleuls",
             at="jeudi 18 janvier à 9 h 15", props=["mardi 23 janvier à 17 h 30", "vendredi 26 janvier à 8 h 45"],
             reason="notre vétérinaire est appelée en urgence pour une chirurgie ce jeudi"),
           "Rendez-vous de Pistache : nouvelles dates",
           """
Chère Madame Verdurel,

Le rendez-vous de vaccination de Pistache, prévu jeudi à 9h15, doit être déplacé : notre vétérinaire sera retenue au bloc pour une intervention urgente.

Nous pouvons vous proposer :
- mardi 23/1 à 17h30 ;
- vendredi 26 janvier à 8 h 45.

Avec toutes nos excuses,
Bastien Crouzat
""", "correct: 'Chère Madame' + surname, '23/1', '9h15' for 9 h 15, reason reworded")),
    (A, ok(S("decline", "Gaspard Rivollet", "Inès Tardivel", "friendly", "key",
             meeting="Écoute des mixages de l'album au studio Contrechamp", at="vendredi 19 janvier à 14 h",
             reason="la console de la cabine B est en panne depuis lundi"),
           "Écoute de vendredi",
           """
Salut Gaspard,

Mauvaise nouvelle : la console de la cabine B nous a lâchés lundi et elle n'est toujours pas réparée. Je préfère annuler l'écoute de vendredi 14 h plutôt que de te faire entendre tes mixages sur un système de secours.

On se recale dès qu'elle revient, promis.

Inès
""", "correct: weekday 'lundi' inside the retold reason, short friendly")),
    (A, ok(S("shorten", "Sidonie Marchetaud", "Loïc Penvern", "formal", "new",
             meeting="Premier rendez-vous fiscal pour votre installation en France", at="lundi 22 janvier à 10 h",
             dur=45, reason="une audience à la commission des impôts m'oblige à partir à 11 h"),
           "Notre rendez-vous du 22 janvier",
           """
Madame,

Je vous confirme notre premier rendez-vous fiscal lundi 22 janvier à 10 heures. Je dois toutefois le limiter à trois quarts d'heure, car je suis convoqué à une audience de la commission des impôts juste après.

Préparez si possible votre dernier avis d'imposition étranger : nous irons ainsi à l'essentiel.

Veuillez agréer, Madame, mes salutations distinguées.

Loïc Penvern
""", "correct: 'trois quarts d'heure' for 45, 'Madame,' alone, date without year")),
    (A, ok(S("no_show_followup", "Romain Chabassol", "Maëlle Quintard", "friendly", "regular",
             meeting="Leçon de conduite sur autoroute avec double commande", at="jeudi 11 janvier à 16 h",
             props=["lundi 22 janvier à 16 h", "mercredi 24 janvier à 13 h 30"]),
           "Ta leçon de jeudi dernier",
           """
Bonjour Romain,

Je t'ai attendu jeudi dernier à 16 h pour la leçon sur autoroute, sans nouvelles de ta part. J'espère que tout va bien !

Si tu veux la rattraper, j'ai deux créneaux : lundi 22 à 16 h ou mercredi 24 à 13 h 30. Dis-moi ce qui t'arrange.

À bientôt,
Maëlle
""", "correct: past meeting as 'jeudi dernier', dates as 'lundi 22'")),
    (B, ok(S("switch_to_call", "Hélène Doucerain", "Thibaut Lagarrigue", "formal", "regular",
             meeting="Rendez-vous au bureau d'études pour le choix des matériaux du séjour", at="mercredi 21 février à 11 h",
             props=["mercredi 21 février à 11 h 30"],
             reason="les échantillons de parquet n'ont pas été livrés"),
           "Choix des matériaux : par téléphone",
           """
Bonjour Madame Doucerain,

Les échantillons de parquet que nous devions vous montrer ne nous ont pas été livrés. Plutôt que de vous faire venir pour rien, je vous propose de faire le point par téléphone, le même jour, une demi-heure plus tard : mercredi 21 février à 11 h 30.

Je vous enverrai les références par écrit juste avant.

Bien cordialement,
Thibaut Lagarrigue
""", "correct: 'une demi-heure plus tard' is a duration, not a new time")),
    (B, ok(S("delegate", "Clémentine Aubazac", "Yannick Forgeron", "formal", "key",
             meeting="Dégustation des menus du mariage", at="jeudi 22 février à 18 h 30", col="Priscille Vantomme",
             reason="je serai au salon du mariage de Lyon ce week-end-là"),
           "Dégustation du 22 février",
           """
Chère Clémentine,

Je serai retenu au salon du mariage de Lyon et ne pourrai pas animer votre dégustation de jeudi 22 février, 18h30. Ma collègue Priscille Vantomme, qui connaît votre dossier sur le bout des doigts, vous accueillera à ma place, à la même heure.

Je vous souhaite une très belle soirée de dégustation.

Bien à vous,
Yannick Forgeron
""", "correct: 'sur le bout des doigts' idiom, '18h30', 'même heure'")),
    (B, ok(S("late_cancellation", "Fabrice Montagnac", "Laure Esquirol", "formal", "regular",
             meeting="Séance de prise de son voix off", at="vendredi 16 février à 9 h",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Séance annulée du 16 février",
           """
Monsieur Montagnac,

Nous avons bien reçu l'annulation de votre séance de voix off du vendredi 16 février à 9 h.

Comme indiqué dans nos conditions, une annulation moins de deux jours (48 heures) avant la séance entraîne la facturation de la moitié du tarif, soit 50 %. Vous recevrez la facture correspondante cette semaine.

Nous restons à votre disposition pour une nouvelle date.

Cordialement,
Laure Esquirol
""", "correct: 'deux jours (48 heures)', 'la moitié … 50 %'")),
    (B, ok(S("cancellation_policy", "Eudes Parmentier", "Camille Roustan", "formal", "new",
             pol={"notice_hours": 24, "deposit_percent": 30}),
           "Nos conditions d'annulation",
           """
Bonjour Monsieur Parmentier,

Bienvenue parmi nos clients ! Avant votre première réservation, voici nos conditions :

- un acompte de 30 % est demandé à la commande ;
- toute annulation doit nous parvenir au moins 24 heures à l'avance.

N'hésitez pas si vous avez une question.

Cordialement,
Camille Roustan
""", "correct: policy without meeting, list")),
    (C, ok(S("reschedule", "Ophélie Granjouan", "Martin Sauvageot", "friendly", "regular",
             meeting="Sortie de perfectionnement au spi à l'école de voile", at="samedi 17 mars à 10 h",
             props=["samedi 24 mars à 10 h"], reason="un coup de vent est annoncé samedi sur la baie"),
           "Sortie spi : on décale d'une semaine",
           """
Bonjour Ophélie,

La météo annonce un gros coup de vent samedi sur la baie : pas question de sortir le spi dans ces conditions. Je te propose de décaler la séance d'une semaine, même heure : samedi 24 mars à 10 h.

Ça te va ?

Bon vent,
Martin
""", "correct: 'd'une semaine' duration, 'même heure', idiom 'Bon vent'")),
    (C, ok(S("switch_to_email", "Aurélien Béthencourt", "Nadège Folliot", "formal", "regular",
             meeting="Point mensuel sur la paie de vos 14 salariés", at="mardi 20 mars à 15 h",
             reason="les bulletins de mars ne sont pas encore validés par votre comptable"),
           "Point paie de mars",
           """
Monsieur Béthencourt,

Votre comptable n'a pas encore validé les bulletins de mars ; notre point du mardi 20 mars à 15 h serait donc prématuré. Je vous propose de le remplacer par un courriel récapitulatif que je vous adresserai dès la validation.

Bien cordialement,
Nadège Folliot
""", "correct: meeting name contains '14 salariés' (not repeated), reason reworded")),
    (C, ok(S("decline", "Josselin Kerdraon", "Anaïs Barthélemy", "formal", "new",
             meeting="Visite du chantier de la cuisine avec l'architecte d'intérieur", at="jeudi 22 mars à 8 h 30",
             reason="le carreleur n'a pas terminé et le chantier n'est pas accessible"),
           "Visite du jeudi 22 mars",
           """
Monsieur Kerdraon,

Je suis au regret de devoir annuler la visite du chantier prévue le jeudi 22 mars à 8 h 30 : le carreleur n'a pas encore terminé et la cuisine n'est pas accessible en toute sécurité.

Je reviendrai vers vous dès que les travaux le permettront.

Je vous prie d'agréer, Monsieur, l'expression de mes sentiments distingués.

Anaïs Barthélemy
""", "correct: formal, full date")),
    (C, ok(S("no_show_followup", "Léonie Castagnet", "Pierre-Alain Moutet", "formal", "regular",
             meeting="Consultation comportementale pour votre chat Gribouille", at="vendredi 9 mars à 17 h"),
           "Consultation de Gribouille",
           """
Madame Castagnet,

Nous vous attendions vendredi 9 mars à 17 heures pour la consultation comportementale de Gribouille, mais vous n'êtes pas venue. J'espère qu'il ne s'est rien passé de grave.

Appelez la clinique quand vous le souhaitez pour convenir d'un nouveau rendez-vous.

Bien cordialement,
Pierre-Alain Moutet
""", "correct: past meeting, '17 heures', no invented number")),
    (D, ok(S("shorten", "Victorine Lebreton", "Samuel Hautbois", "friendly", "key",
             meeting="Essai des robes de demoiselles d'honneur", at="jeudi 26 avril à 14 h", dur=60,
             reason="la couturière ne peut rester qu'une heure"),
           "Essayage jeudi",
           """
Coucou Victorine,

L'essayage de jeudi 26 avril à 14 h tient toujours, mais on sera un peu plus serrés : la couturière ne peut rester qu'une heure. En prévoyant les robes dans l'ordre, ça passera sans problème.

À jeudi !
Samuel
""", "correct: 'une heure' for 60 minutes")),
    (D, ok(S("delegate", "Gérald Fontanieu", "Morgane Le Bihan", "formal", "regular",
             meeting="Entretien sur la déclaration d'impôts de vos revenus américains", at="lundi 30 avril à 9 h 30",
             col="Hugues Delamotte", reason="je suis en congé maternité à partir de la fin du mois"),
           "Votre entretien du 30 avril",
           """
Monsieur Fontanieu,

Je pars en congé maternité à la fin du mois. C'est donc mon collègue Hugues Delamotte qui vous recevra pour votre déclaration de revenus américains, lundi 30/04 à 9h30 comme prévu.

Il a déjà repris l'ensemble de votre dossier.

Bien à vous,
Morgane Le Bihan
""", "correct: '30/04', '9h30'")),
    (D, ok(S("reschedule", "Armelle Dussautoy", "Cyprien Valadier", "formal", "key",
             meeting="Réglage de l'imprimante 3D résine dans vos locaux", at="mercredi 25 avril à 10 h",
             props=["mercredi 2 mai à 10 h", "jeudi 3 mai à 14 h"],
             reason="la cartouche de résine commandée est bloquée en douane"),
           "Réglage de votre imprimante : report",
           """
Madame Dussautoy,

La cartouche de résine que nous avons commandée pour vous est toujours bloquée en douane. Sans elle, le réglage prévu demain, mercredi, n'aurait pas de sens.

Je vous propose de le reporter au mercredi 2 mai, à la même heure, ou au lendemain, jeudi 3 mai, à 14 heures.

Avec mes excuses pour ce contretemps,

Cyprien Valadier
""", "correct: 'demain, mercredi', 'même heure', 'au lendemain'")),
    (D, ok(S("late_cancellation", "Ludovic Parizot", "Estelle Guilbaud", "friendly", "regular",
             meeting="Leçon de créneau et de manœuvres", at="vendredi 20 avril à 7 h 45",
             props=["jeudi 26 avril à 7 h 45"], pol={"notice_hours": 24}),
           "Ta leçon de vendredi",
           """
Salut Ludovic,

Bien reçu ton message d'annulation pour la leçon de vendredi, 7 h 45. Je te rappelle juste qu'il faut prévenir au moins la veille (24 heures avant), sinon le créneau est perdu pour tout le monde.

Je peux te reprendre jeudi 26 avril, même heure. Ça te dit ?

Estelle
""", "correct: 'la veille (24 heures avant)' paraphrase of given notice, no fee mentioned")),
    (E, ok(S("switch_to_call", "Rosalie Fenouillet", "Dorian Capdevielle", "friendly", "new",
             meeting="Rencontre au studio pour préparer l'enregistrement de la chorale", at="jeudi 7 juin à 19 h",
             reason="la cabine de prise est louée ce soir-là pour une répétition"),
           "Préparation de l'enregistrement",
           """
Bonjour Rosalie,

Petit changement : la cabine sera occupée jeudi soir par une répétition. Et si on faisait notre réunion de préparation par téléphone, toujours jeudi 7 juin à 19 h ? Ça nous suffira largement pour caler le planning de la chorale.

À jeudi,
Dorian
""", "correct: same time by phone, short")),
    (E, ok(S("switch_to_email", "Thérèse Malaterre", "Benoît Ravinel", "formal", "regular",
             meeting="Revue trimestrielle des fiches de paie", at="lundi 11 juin à 9 h",
             props=["vendredi 8 juin à 12 h"], reason="mon agenda de lundi est pris par une clôture"),
           "Revue trimestrielle : par écrit",
           """
Madame Malaterre,

Ma journée de lundi est entièrement prise par une clôture. Je vous propose donc de traiter la revue trimestrielle par écrit : je vous enverrai mon analyse d'ici vendredi 8 juin à midi, et vous pourrez me répondre à votre convenance.

Je vous prie de croire, Madame, à mes sentiments les meilleurs.

Benoît Ravinel
""", "correct: 'midi' for 12 h, weekday in reason")),
    (E, ok(S("decline", "Honorine Séverac", "Valentin Chaumeil", "friendly", "regular",
             meeting="Cours particulier de navigation aux instruments", at="mercredi 13 juin à 9 h",
             reason="le bateau école part au chantier pour son carénage"),
           "Pas de cours mercredi",
           """
Bonjour Honorine,

Le bateau école part au chantier pour son carénage, donc pas de cours de navigation mercredi matin, désolé ! Je te recontacte dès qu'il est remis à l'eau.

Belle semaine,
Valentin
""", "correct: very short, 'mercredi matin' for 9 h")),
    (E, ok(S("cancellation_policy", "Raphaëlle Coudert", "Noémie Saint-Arroman", "formal", "new",
             meeting="Séance photo des alliances", at="samedi 16 juin à 15 h",
             pol={"notice_hours": 72, "fee_percent": 100}),
           "Conditions d'annulation de votre séance",
           """
Madame Coudert,

Je suis ravie de vous accueillir samedi 16 juin à 15 h pour la séance photo des alliances.

Pour mémoire, une annulation doit nous être signalée au moins trois jours (72 heures) à l'avance ; passé ce délai, la séance est facturée en totalité (100 %).

Au plaisir de vous rencontrer,
Noémie Saint-Arroman
""", "correct: 'trois jours (72 heures)', 'en totalité (100 %)'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Florestan Vigouroux", "Albane Ricard", "formal", "regular",
             meeting="Bilan de santé de votre jument Opaline", at="mercredi 17 janvier à 14 h",
             props=["lundi 22 janvier à 9 h"], reason="notre échographe portable est en réparation"),
           "Bilan d'Opaline : report",
           """
Monsieur Vigouroux,

Notre échographe portable est en réparation. Le bilan de santé d'Opaline, prévu lundi 22 janvier à 9 h, doit donc être déplacé ; je vous propose mercredi 17 janvier à 14 h.

Cordialement,
Albane Ricard
""", "old and new time exchanged in the body")),
    (A, bad("time_recap_wrong", S("reschedule", "Mireille Costabadie", "Jordan Pellegrin", "friendly", "regular",
             meeting="Session de mastering de l'EP", at="jeudi 18 janvier à 10 h",
             props=["mardi 23 janvier à 15 h"], reason="notre ingénieur mastering est malade"),
           "Mastering décalé",
           """
Salut Mireille,

Notre ingé mastering est cloué au lit, on doit décaler la session de jeudi. Je te propose mardi 23 janvier à 15 h.

Je te bloque donc mardi à 10 h, redis-moi si ça coince.

Jordan
""", "recap 'mardi à 10 h' names the old hour, offer is 15 h")),
    (A, bad("percent_swapped", S("late_cancellation", "Solène Barrachina", "Hervé Landois", "formal", "regular",
             meeting="Atelier de conception de la salle de bains", at="mercredi 10 janvier à 16 h",
             pol={"fee_percent": 40, "deposit_percent": 20}),
           "Annulation de l'atelier du 10 janvier",
           """
Madame Barrachina,

Nous avons bien pris note de l'annulation tardive de l'atelier du mercredi 10 janvier à 16 h.

Conformément à nos conditions, l'acompte de 40 % reste acquis et des frais d'annulation de 20 % du montant de la prestation vous seront facturés.

Bien cordialement,
Hervé Landois
""", "fee 40 % and deposit 20 % exchanged")),
    (A, bad("policy_invented", S("decline", "Anatole Brugère", "Solange Vidalenc", "formal", "new",
             meeting="Premier rendez-vous pour l'organisation de votre mariage en Provence", at="vendredi 26 janvier à 11 h",
             reason="je suis déjà engagée sur un mariage ce week-end-là"),
           "Votre rendez-vous du 26 janvier",
           """
Monsieur Brugère,

Je suis navrée, je ne pourrai pas vous recevoir vendredi 26 janvier à 11 h : je suis déjà engagée sur un mariage ce week-end-là.

Comme le prévoient nos conditions générales, un premier rendez-vous annulé par nos soins vous donne droit au remboursement intégral des arrhes éventuellement versées.

Bien à vous,
Solange Vidalenc
""", "refund rule 'remboursement intégral des arrhes' invented, no policy given")),
    (B, bad("number_invented", S("switch_to_call", "Clotilde Vernadet", "Aymeric Boisseau", "formal", "regular",
             meeting="Rendez-vous sur le statut fiscal de votre expatriation au Canada", at="lundi 26 février à 14 h",
             reason="je suis bloqué à Montréal par une tempête de neige"),
           "Notre rendez-vous par téléphone",
           """
Madame Vernadet,

Une tempête de neige me retient à Montréal. Je vous propose de maintenir notre rendez-vous du lundi 26 février à 14 h, mais par téléphone.

Merci de m'envoyer vos avis d'imposition au plus tard quarante-huit heures avant l'appel.

Cordialement,
Aymeric Boisseau
""", "deadline 'quarante-huit heures avant' invented in words")),
    (B, bad("discount_invented", S("no_show_followup", "Margaux Tisserand", "Kévin Larrouy", "friendly", "regular",
             meeting="Leçon de conduite en ville", at="mercredi 14 février à 17 h",
             props=["mardi 27 février à 17 h"], reason="elle a écrit qu'elle avait oublié et demande un geste commercial"),
           "Ta leçon du 14",
           """
Coucou Margaux,

Pas de souci pour mercredi, ça arrive d'oublier ! Je te propose de rattraper la leçon mardi 27 février à 17 h.

Et comme tu me l'as demandé, je te fais 10 % sur cette leçon de rattrapage.

À mardi,
Kévin
""", "10 % discount granted because the reason mentions a request")),
    (B, bad("link_invented", S("reschedule", "Eugénie Rambaud", "Thomas Guérinel", "formal", "new",
             meeting="Visite de présentation de l'appartement rénové", at="jeudi 22 février à 12 h",
             props=["jeudi 1 mars à 12 h"], reason="les meubles sur mesure ne sont pas encore posés"),
           "Visite de l'appartement : report",
           """
Madame Rambaud,

Les meubles sur mesure ne sont pas encore posés ; je préfère vous présenter l'appartement terminé. Pourriez-vous venir jeudi 1 mars à 12 h à la place ?

En attendant, vous trouverez les photos de l'avancement sur www.atelier-guerinel.fr/chantiers.

Bien à vous,
Thomas Guérinel
""", "link nobody gave")),
    (B, bad("title_or_company_invented", S("delegate", "Bertille Monfort", "Arnaud Clérisse", "formal", "regular",
             meeting="Signature du contrat d'externalisation de la paie", at="mardi 27 février à 10 h",
             col="Delphine Arcangeli", reason="je suis en déplacement chez un client à Nantes"),
           "Signature du 27 février",
           """
Madame Monfort,

Je serai en déplacement chez un client à Nantes le mardi 27 février. Ma collègue Delphine Arcangeli vous recevra à 10 h pour la signature du contrat.

Bien cordialement,

Arnaud Clérisse
Directeur commercial – Paieplus Services
""", "job title and company under the signature invented")),
    (C, bad("weekday_wrong", S("shorten", "Ambroise Lacassagne", "Céleste Marnat", "formal", "regular",
             meeting="Séance d'enregistrement des violoncelles", at="mercredi 21 mars à 13 h", dur=90,
             reason="le studio est réservé par un autre groupe en fin d'après-midi"),
           "Séance du jeudi 21 mars raccourcie",
           """
Monsieur Lacassagne,

La séance d'enregistrement des violoncelles du mercredi 21 mars à 13 h est maintenue, mais elle durera une heure et demie : un autre groupe occupe le studio en fin d'après-midi.

Cordialement,
Céleste Marnat
""", "subject says jeudi 21 mars, the 21st is a Wednesday")),
    (C, bad("email_invented", S("switch_to_email", "Gaëtan Roubichou", "Pascaline Irribarren", "friendly", "regular",
             meeting="Point sur le devis de la véranda", at="vendredi 16 mars à 16 h",
             reason="je suis coincée sur un autre chantier tout l'après-midi"),
           "Devis de la véranda",
           """
Bonjour Gaëtan,

Je suis coincée sur un autre chantier tout vendredi après-midi, on fait le point sur le devis par mail ? Écris-moi plutôt sur mon adresse perso, pascaline.irri@laposte.net, je la consulte plus souvent.

Pascaline
""", "private e-mail address nobody gave")),
    (C, bad("time_recap_wrong", S("switch_to_call", "Baptistine Orsoni", "Rémi Lachambre", "formal", "key",
             meeting="Réunion sur le plan de table du mariage", at="jeudi 15 mars à 18 h",
             props=["vendredi 16 mars à 12 h 30"], reason="je serai chez un traiteur à Avignon"),
           "Plan de table : par téléphone",
           """
Chère Madame Orsoni,

Je serai chez un traiteur à Avignon jeudi. Je vous propose d'échanger sur le plan de table par téléphone le vendredi 16 mars à 12 h 30.

Je vous appellerai donc jeudi à 18 h sur votre portable.

Bien à vous,
Rémi Lachambre
""", "recap names the old slot 'jeudi à 18 h'")),
    (C, bad("phone_invented", S("no_show_followup", "Cyrielle Bonnafous", "Octave Régnier", "formal", "regular",
             meeting="Stage d'initiation au dériveur", at="lundi 12 mars à 14 h"),
           "Stage du 12 mars",
           """
Madame Bonnafous,

Nous ne vous avons pas vue lundi 12 mars à 14 h au stage d'initiation au dériveur. Nous espérons que tout va bien.

Pour réserver une nouvelle séance, appelez directement la capitainerie au 02 97 54 18 63.

Cordialement,
Octave Régnier
""", "phone number nobody gave")),
    (D, bad("percent_swapped", S("cancellation_policy", "Mathurin Escoffier", "Lucie Daguerre", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 30, "deposit_percent": 50}),
           "Nos conditions d'annulation",
           """
Monsieur Escoffier,

Voici nos conditions pour vos impressions 3D : un acompte de 30 % est versé à la commande, et toute annulation moins de 48 heures avant la production est facturée à hauteur de 50 %.

Cordialement,
Lucie Daguerre
""", "deposit 50 % and fee 30 % exchanged")),
    (D, bad("policy_invented", S("late_cancellation", "Philippine Aurousseau", "Gabin Chatelard", "formal", "regular",
             meeting="Visite vaccinale des chiots", at="mercredi 18 avril à 10 h 30",
             props=["jeudi 26 avril à 10 h 30"]),
           "Visite des chiots",
           """
Madame Aurousseau,

Nous avons bien reçu votre annulation pour la visite vaccinale des chiots de mercredi dernier. Je vous propose jeudi 26 avril à 10 h 30.

Je me permets de vous rappeler qu'à partir de la deuxième annulation tardive, la consultation est due en entier.

Bien cordialement,
Gabin Chatelard
""", "policy in words 'due en entier' after a second cancellation, no policy given")),
    (D, bad("name_near_miss", S("decline", "Anne-Sophie Quéméneur", "Hugo Barbaroux", "formal", "new",
             meeting="Présentation du projet de bureaux au cabinet d'architecture intérieure", at="vendredi 27 avril à 15 h",
             reason="la maquette 3D n'est pas prête"),
           "Présentation du 27 avril",
           """
Madame Quéménéur,

Je dois malheureusement annuler la présentation de vendredi 27 avril à 15 h : la maquette 3D n'est pas prête et je ne veux pas vous montrer un projet inachevé.

Je reviens vers vous très vite.

Cordialement,
Hugo Barbaroux
""", "surname one accent/letter off: Quéménéur for Quéméneur")),
    (D, bad("number_invented", S("shorten", "Lisandre Pujolas", "Ariane Combaluzier", "friendly", "regular",
             meeting="Réglage de la voile du Muscadet", at="lundi 30 avril à 17 h", dur=30,
             reason="la marée baisse tôt ce soir-là"),
           "Réglage lundi",
           """
Salut Lisandre,

La marée baisse tôt lundi soir, on ne pourra faire qu'une demi-heure pour le réglage de la voile à 17 h. Prévois une douzaine d'euros pour le parking du port.

Ariane
""", "'une douzaine d'euros' price in words nobody gave")),
    (E, bad("title_or_company_invented", S("reschedule", "Violaine Crespel", "Nathan Ollivaud", "friendly", "key",
             meeting="Répétition de la cérémonie laïque", at="vendredi 8 juin à 17 h",
             props=["samedi 9 juin à 11 h"], reason="l'officiante a un empêchement"),
           "Répétition de cérémonie",
           """
Bonjour Violaine,

L'officiante a un empêchement vendredi. On décale la répétition à samedi 9 juin à 11 h ?

À très vite,
Nathan Ollivaud
Wedding planner certifié, Maison Ollivaud Événements
""", "title and company under signature invented")),
    (E, bad("link_invented", S("switch_to_email", "Jérémie Tavernier", "Clarisse Bourdarias", "formal", "regular",
             meeting="Entretien sur votre double imposition franco-suisse", at="mardi 12 juin à 9 h 30",
             reason="votre dossier peut être traité entièrement par écrit"),
           "Votre double imposition",
           """
Monsieur Tavernier,

Votre dossier peut être traité entièrement par écrit ; je vous propose donc de remplacer notre entretien du mardi 12 juin à 9 h 30 par un échange de courriels.

Déposez simplement vos pièces sur notre espace sécurisé : https://depot.cabinet-bourdarias.ch.

Cordialement,
Clarisse Bourdarias
""", "upload link nobody gave")),
    (E, bad("place_changed", S("delegate", "Grégoire Lapeyrade", "Sibylle Marcadier", "formal", "regular",
             meeting="Visite de l'école de voile de Quiberon", at="jeudi 14 juin à 10 h", col="Erwan Le Gouill",
             reason="je dois accompagner une régate"),
           "Visite du 14 juin",
           """
Monsieur Lapeyrade,

Je dois accompagner une régate le jeudi 14 juin. Mon collègue Erwan Le Gouill vous fera visiter l'école de voile de Carnac à 10 h, comme convenu.

Bien cordialement,
Sibylle Marcadier
""", "Quiberon changed to Carnac")),
    (E, bad("foreign_paragraph", S("switch_to_call", "Colombe Arsenault", "Tristan Bénézech", "formal", "new",
             meeting="Rendez-vous d'audition pour l'enregistrement du quatuor", at="mercredi 13 juin à 16 h",
             reason="le quatuor répète à Bruxelles cette semaine"),
           "Audition par téléphone",
           """
Madame Arsenault,

Le quatuor répète à Bruxelles cette semaine. Je vous propose donc de tenir notre rendez-vous du mercredi 13 juin à 16 h par téléphone.

Lamentablemente no podremos vernos en el estudio, pero la llamada será igual de útil para preparar la grabación.

Bien cordialement,
Tristan Bénézech
""", "Spanish paragraph in a French mail")),
]
