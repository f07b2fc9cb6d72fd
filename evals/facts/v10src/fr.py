"""v10 French records, written by hand (data-z, 2026-12-07). 001-020 correct, 021-040 flawed."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v10src._d import A, B, C, D, E


def S(*a, **k):
    return _S("fr", *a, **k)


RECORDS = [
# ---------------------------------------------------------------- correct
(A, ok(S("reschedule", "Hortense Valadier", "Lucien Marchetaux", "formal", "key",
        meeting="Revue des plans de la médiathèque de Vierzon", at="jeudi 4 février à 14 h",
        props=("mardi 9 février à 14 h", "jeudi 11 février à 10 h 30"),
        reason="le bureau de contrôle nous a renvoyé le dossier incendie à reprendre"),
    "Médiathèque de Vierzon : revue des plans à décaler",
    """Chère Madame Valadier,

Le bureau de contrôle vient de nous retourner le dossier de sécurité incendie avec des reprises à faire. Je préfère que nous passions en revue des plans à jour plutôt que des plans déjà dépassés, et je vous propose donc de décaler notre revue de demain.

Deux possibilités de mon côté :
- mardi 9/2, même heure (14 h) ;
- jeudi 11 février, 10h30.

Avec toutes mes excuses pour ce changement tardif, je vous prie d'agréer, chère Madame, mes salutations distinguées.

Lucien Marchetaux""",
    "correct: 'Chère Madame Valadier', 'mardi 9/2, même heure (14 h)', '10h30', reason paraphrased, 'demain' from Wed 3")),
(A, ok(S("decline", "Timothée Garnaud", "Apolline Ressac", "friendly", "regular",
        meeting="Audition de fin de trimestre des élèves de violoncelle", at="samedi 6 février à 16 h",
        reason="je joue ce soir-là dans l'orchestre de Tours en remplacement d'un collègue"),
    "Audition de samedi",
    """Salut Timothée,

Mauvaise nouvelle : on m'a appelée pour remplacer un collègue dans l'orchestre de Tours samedi soir, et je ne peux pas dire non. Je vais donc manquer l'audition de tes élèves de violoncelle.

Je croise les doigts pour eux, qu'ils jouent comme des chefs ! Tu me raconteras.

Je t'embrasse,
Apolline""",
    "correct: friendly, reason paraphrased, 'comme des chefs' idiom, first name signature")),
(A, ok(S("late_cancellation", "Marguerite Soulages", "Étienne Carvin", "formal", "regular",
        meeting="Vaccination et bilan annuel de votre chienne Praline", at="mardi 2 février à 18 h",
        props=("lundi 8 février à 18 h",), reason="annulation par téléphone une heure avant",
        pol={"notice_hours": 24, "fee_percent": 30}),
    "Rendez-vous de Praline",
    """Madame Soulages,

Nous avons bien reçu hier votre appel annulant le rendez-vous de Praline, une heure seulement avant la consultation de 18 h.

Je vous rappelle que la clinique facture 30 % de la consultation lorsqu'un rendez-vous est annulé moins de vingt-quatre heures à l'avance.

Nous pouvons recevoir Praline pour son vaccin et son bilan le lundi 8 février à la même heure, si cela vous convient.

Bien cordialement,

Étienne Carvin""",
    "correct: 'une heure seulement' from the reason, 'vingt-quatre heures', 'hier' from Wed 3")),
(A, ok(S("switch_to_email", "Gilles Aubertot", "Nadia Ferhat-Lemoine", "formal", "new",
        meeting="Point sur la traduction juridique du contrat de distribution", at="vendredi 5 février à 11 h",
        reason="il ne reste que deux questions de terminologie à trancher"),
    "Contrat de distribution : deux questions par écrit",
    """Monsieur,

Pour la traduction de votre contrat de distribution, il ne me reste plus que deux points de vocabulaire à arbitrer. Plutôt que de vous mobiliser vendredi à 11 heures, je vous propose de les régler par courriel : je vous envoie les deux questions, avec mes propositions, et vous me répondez quand vous le pourrez.

Si vous tenez malgré tout à ce que nous en parlions, je reste bien sûr disponible.

Avec mes remerciements,
Nadia Ferhat-Lemoine""",
    "correct: bare 'Monsieur' to a new client, '11 heures', reason as 'deux points de vocabulaire'")),
(B, ok(S("shorten", "Bérénice Lacoudray", "Arnaud Chevrier", "formal", "regular",
        meeting="Lecture du projet d'acte de vente de la maison de Saumur", at="jeudi 25 mars à 9 h 30",
        dur=45, reason="une signature urgente a été avancée à 10 h 30 le même matin"),
    "Lecture du projet d'acte – jeudi 25 mars",
    """Madame Lacoudray,

Une signature urgente a été avancée à 10 h 30 ce jeudi matin. Je maintiens notre rendez-vous de 9 h 30 pour la lecture du projet d'acte de vente de votre maison de Saumur, mais je devrai l'écourter à trois quarts d'heure.

C'est suffisant pour parcourir l'acte ensemble ; les questions qui resteraient ouvertes pourront être traitées par écrit.

Je vous prie de croire, Madame, à l'assurance de mes sentiments dévoués.

Arnaud Chevrier""",
    "correct: 'trois quarts d'heure' for 45, 10 h 30 from the reason")),
(B, ok(S("delegate", "Victorin Dessalles", "Clémence Roubaix", "formal", "key",
        meeting="Revue trimestrielle des flux de la plateforme de Vénissieux", at="mercredi 24 mars à 15 h",
        col="Yannick Le Floch", reason="je suis retenue à l'inventaire de l'entrepôt du Havre"),
    "Revue trimestrielle de demain",
    """Cher Monsieur Dessalles,

L'inventaire de l'entrepôt du Havre me retient sur place demain, et je ne pourrai pas être à Vénissieux pour notre revue trimestrielle des flux.

Plutôt que de la repousser, je l'ai confiée à mon collègue Yannick Le Floch, qui suit la plateforme avec moi au quotidien. Je l'ai briefé ce matin sur tous les points ouverts ; M. Le Floch sera là à 15 h comme prévu.

Je reprendrai contact avec vous dès mon retour. Bien à vous,

Clémence Roubaix""",
    "correct: 'M. Le Floch' for the colleague, 'demain' = Wed 24, '15 h'")),
(B, ok(S("switch_to_call", "Ludivine Barrère", "Kévin Tessandier", "friendly", "regular",
        meeting="Passage au cabinet pour la migration des postes", at="vendredi 26 mars à 10 h",
        props=("vendredi 26 mars à 9 h",), reason="la migration peut se préparer à distance"),
    "Migration des postes : on s'appelle ?",
    """Bonjour Ludivine,

Bonne nouvelle, j'ai vérifié : tout ce qu'il faut pour la migration des postes peut se préparer à distance, pas besoin que je me déplace au cabinet vendredi.

Je te propose qu'on s'appelle le même jour, mais une heure plus tôt, à 9 h. Je t'expliquerai les deux ou trois manipulations à faire de ton côté et ce sera plié.

Ça te va ?
Kévin""",
    "correct: 'une heure plus tôt, à 9 h' for 9 h, 'deux ou trois manipulations' an idiom, 'plié'")),
(B, ok(S("cancellation_policy", "Anatole Briançon", "Séverine Dupuytren", "formal", "new",
        pol={"notice_hours": 720, "fee_percent": 50, "deposit_percent": 30}),
    "Conditions de réservation du domaine",
    """Monsieur Briançon,

Merci de l'intérêt que vous portez à notre domaine pour votre réception. Avant toute réservation, voici nos conditions d'annulation :

• un acompte de 30 % est demandé à la signature du contrat ;
• toute annulation à moins de trente jours (720 heures) de la date entraîne la facturation de la moitié du montant, soit 50 %.

Je reste à votre disposition pour toute question et serais ravie de vous faire visiter les lieux.

Sincères salutations,
Séverine Dupuytren""",
    "correct: policy without a meeting, 'trente jours (720 heures)', 'la moitié du montant, soit 50 %', a visit offered without a date")),
(C, ok(S("no_show_followup", "Odile Castagnac", "Raphaël Saint-Aubin", "formal", "regular",
        meeting="Cours de piano de Jeanne", at="mardi 13 avril à 17 h 15",
        props=("mardi 20 avril à 17 h 15",)),
    "Cours de piano de Jeanne",
    """Bonjour Madame Castagnac,

J'ai attendu Jeanne hier à 17h15 pour son cours de piano, mais elle n'est pas venue. J'espère qu'il n'y a rien de grave.

Si cela vous convient, nous reprenons mardi prochain, le 20, à la même heure. Pouvez-vous simplement me confirmer sa présence ?

Bien cordialement,
Raphaël Saint-Aubin""",
    "correct: past meeting 'hier à 17h15' from Wed 14, 'mardi prochain, le 20, à la même heure'")),
(C, ok(S("reschedule", "Fernand Aubrac", "Claire-Marie Vasseur", "formal", "regular",
        meeting="Échographie de contrôle de votre chat Moka", at="vendredi 16 avril à 11 h",
        props=("mardi 20 avril à 9 h 30",), reason="l'échographe est en réparation jusqu'à lundi"),
    "Échographie de Moka : nouveau rendez-vous",
    """Monsieur Aubrac,

Notre échographe est tombé en panne et ne reviendra de réparation que lundi. Je ne pourrai donc pas faire l'échographie de contrôle de Moka ce vendredi à 11 h.

Je vous propose de la décaler au mardi 20 avril au matin, à 9h30. Moka devra être à jeun, comme la dernière fois.

Veuillez nous excuser pour ce contretemps.

Bien cordialement,
Claire-Marie Vasseur""",
    "correct: reason paraphrased, 'mardi 20 avril au matin, à 9h30', fasting as usual practice (no number)")),
(C, ok(S("decline", "Pauline Mérindol", "Thibault Argentat", "formal", "new",
        meeting="Visite du terrain pour l'extension de votre longère", at="lundi 19 avril à 14 h",
        reason="notre agence ne prend plus de nouveaux projets de particuliers avant septembre"),
    "Votre projet d'extension",
    """Madame Mérindol,

Je vous remercie d'avoir pensé à notre agence pour l'extension de votre longère.

Notre carnet est malheureusement complet : nous n'acceptons plus de nouveaux projets de particuliers d'ici la rentrée de septembre. Je préfère vous le dire dès maintenant plutôt que de venir voir le terrain lundi sans pouvoir donner suite.

Si votre calendrier le permet, n'hésitez pas à revenir vers nous à l'automne.

Avec mes regrets et mes salutations distinguées,
Thibault Argentat""",
    "correct: reason paraphrased 'la rentrée de septembre', 'lundi' for the meeting")),
(C, ok(S("late_cancellation", "Noé Vaillancourt", "Isaure Pellerin", "friendly", "regular",
        meeting="Cours de guitare", at="jeudi 15 avril à 18 h 30",
        reason="message reçu ce midi", pol={"notice_hours": 48, "fee_percent": 100}),
    "Ton cours de demain",
    """Salut Noé,

Bien reçu ton message de ce midi, pas de souci pour demain soir, on se rattrapera.

Petit rappel quand même de la règle du jeu : un cours annulé moins de deux jours avant est dû en entier. Celui de demain sera donc compté, comme pour tout le monde.

À la semaine prochaine, et travaille bien ton barré !
Isaure""",
    "correct: 'deux jours' for 48 h, 'dû en entier' for 100 %, 'ce midi' from the reason, 'demain' = Thu 15")),
(D, ok(S("switch_to_call", "Gonzague de Vimeur", "Hélène Sorbier", "formal", "key",
        meeting="Rendez-vous en l'étude pour la donation-partage", at="jeudi 6 mai à 10 h",
        props=("jeudi 6 mai à 10 h 30",), reason="les pièces manquantes peuvent être listées par téléphone"),
    "Donation-partage : un appel plutôt qu'un déplacement",
    """Cher Monsieur de Vimeur,

À ce stade du dossier de donation-partage, il s'agit surtout de faire le point sur les pièces qui manquent encore, ce que nous pouvons très bien faire par téléphone. Je vous éviterais ainsi le déplacement jusqu'à l'étude.

Je vous propose de vous appeler jeudi, une demi-heure plus tard que prévu, soit à 10 h 30.

Je vous prie d'agréer, cher Monsieur, l'expression de mes sentiments les meilleurs.

Hélène Sorbier""",
    "correct: 'de Vimeur' with the particle, 'une demi-heure plus tard que prévu, soit à 10 h 30'")),
(D, ok(S("shorten", "Margaux Téfaine", "Jordan Blanchemain", "friendly", "regular",
        meeting="Visite de la salle des Tanneurs pour votre mariage", at="samedi 8 mai à 10 h", dur=30,
        reason="j'ai un montage de scène juste après"),
    "Samedi : visite un peu plus courte",
    """Bonjour Margaux,

Petit changement pour samedi : on m'a calé un montage de scène juste derrière, donc la visite de la salle des Tanneurs durera une demi-heure.

Rassurez-vous, c'est largement assez pour faire le tour, voir la disposition des tables et l'espace du vin d'honneur. Je vous enverrai les plans ensuite.

À samedi 10 h !
Jordan""",
    "correct: 'une demi-heure' for 30, 'À samedi 10 h', plans promised without a link")),
(D, ok(S("delegate", "Sylvain Ordonneau", "Priscille Hamelin", "friendly", "regular",
        meeting="Installation du nouveau serveur de fichiers", at="lundi 10 mai à 8 h 30",
        col="Bastien Roumégoux", reason="je suis en formation toute la semaine prochaine"),
    "Serveur de fichiers : Bastien prend le relais",
    """Bonjour Sylvain,

Je serai en formation toute la semaine prochaine, donc ce n'est pas moi qui viendrai installer votre nouveau serveur de fichiers lundi.

C'est mon collègue Bastien Roumégoux qui s'en charge, à l'heure prévue (8h30). Il connaît votre installation et a toutes mes notes, vous êtes entre de bonnes mains.

Bonne semaine,
Priscille""",
    "correct: friendly, '8h30', colleague's full name")),
(D, ok(S("cancellation_policy", "Rosalie Cadenet", "Yves Montbrison", "formal", "new",
        meeting="Interprétariat de la conférence des viticulteurs", at="jeudi 13 mai à 9 h",
        pol={"notice_hours": 72, "fee_percent": 100, "deposit_percent": 20}),
    "Conférence du jeudi 13 mai : conditions d'annulation",
    """Madame Cadenet,

Je vous confirme ma disponibilité pour l'interprétariat de la conférence des viticulteurs, le jeudi 13 mai à partir de 9 h.

Pour que les choses soient claires dès le départ, voici mes conditions : un acompte de 20 % à la confirmation, et en cas d'annulation moins de trois jours (72 heures) avant la conférence, la prestation est facturée en totalité.

Dans l'attente de votre confirmation, je vous prie d'agréer mes salutations distinguées.

Yves Montbrison""",
    "correct: 'trois jours (72 heures)', 'facturée en totalité' for 100, 'le jeudi 13 mai'")),
(E, ok(S("reschedule", "Maxence Loubier", "Aurore Delcambre", "friendly", "regular",
        meeting="Point sur les tournées de livraison de l'été", at="vendredi 4 juin à 9 h",
        props=("lundi 7 juin à 9 h", "mardi 8 juin à 14 h"),
        reason="un camion en panne à Orléans m'oblige à y aller vendredi"),
    "Point tournées : on décale ?",
    """Hello Maxence,

J'ai un camion en rade à Orléans et je dois y descendre vendredi, donc notre point sur les tournées de l'été tombe à l'eau.

On peut le caser lundi 7 à la même heure, ou mardi 8 en début d'après-midi (14h) si tu préfères. Dis-moi ce qui t'arrange.

Merci et désolée !
Aurore""",
    "correct: 'en rade', 'lundi 7 à la même heure', 'mardi 8 en début d'après-midi (14h)', 'tombe à l'eau' idiom")),
(E, ok(S("no_show_followup", "Armelle Quintard", "Benoît Larrieu", "formal", "new",
        meeting="Première consultation pour votre lapin Caramel", at="mardi 1er juin à 16 h 30"),
    "Consultation de Caramel",
    """Madame Quintard,

Nous vous attendions hier à 16 h 30 avec Caramel pour sa première consultation, et ne vous avons pas vue arriver. J'espère que tout va bien, pour vous comme pour lui.

Si vous souhaitez fixer un nouveau rendez-vous, il vous suffit de répondre à ce message ou d'appeler la clinique.

Bien cordialement,
Benoît Larrieu""",
    "correct: 'hier à 16 h 30' from Wed 2 June, 'appeler la clinique' without a number")),
(E, ok(S("switch_to_email", "Eugénie Brassac", "Florent Peyrade", "friendly", "key",
        meeting="Réunion de choix des matériaux pour la cuisine", at="jeudi 10 juin à 18 h",
        reason="les échantillons sont tous photographiés"),
    "Matériaux de la cuisine",
    """Bonjour Eugénie,

J'ai photographié tous les échantillons pour la cuisine : plans de travail, carrelages, façades. Plutôt que de vous faire venir à l'agence jeudi soir après votre journée, je vous propose de faire le choix par mail : je vous envoie le tout, vous prenez le temps de regarder à tête reposée, et vous me dites ce qui vous plaît.

Si un doute subsiste, on pourra toujours se voir ensuite.

Bien amicalement,
Florent""",
    "correct: friendly to a key client, 'jeudi soir' for 18 h, reason paraphrased")),
(E, ok(S("late_cancellation", "Hugues Dalmaso", "Sandrine Koval", "formal", "regular",
        meeting="Intervention sur site pour le câblage réseau", at="mardi 1er juin à 14 h",
        props=("mardi 8 juin à 14 h",), reason="le technicien était déjà en route",
        pol={"fee_percent": 50}),
    "Intervention de câblage annulée hier",
    """Monsieur Dalmaso,

Votre annulation de l'intervention de câblage d'hier après-midi nous est parvenue alors que notre technicien était déjà en route.

Conformément à nos conditions, la moitié du forfait (50 %) vous sera donc facturée.

Nous pouvons reprogrammer l'intervention le mardi 8 juin à 14 h ; il vous suffit de nous le confirmer.

Cordialement,
Sandrine Koval""",
    "correct: 'la moitié du forfait (50 %)', 'hier après-midi' for Tue 1 June 14 h")),
# ---------------------------------------------------------------- flawed
(A, bad("time_swapped", S("reschedule", "Romain Ebrard", "Lætitia Ferrand", "formal", "regular",
        meeting="Audit des quais de chargement de Saint-Quentin", at="jeudi 4 février à 10 h",
        props=("mercredi 10 février à 10 h",), reason="le cariste chargé de la visite est en arrêt"),
    "Audit des quais de Saint-Quentin",
    """Monsieur Ebrard,

Le cariste qui devait vous accompagner pendant la visite est en arrêt maladie. Notre audit des quais de chargement, prévu le mercredi 10 février à 10 h, ne peut donc pas se tenir dans de bonnes conditions.

Pourrions-nous le déplacer au jeudi 4 février, à la même heure ?

Bien cordialement,
Lætitia Ferrand""",
    "time_swapped: the proposed Wed 10 Feb is given as the planned slot and the old Thu 4 Feb as the new one")),
(A, bad("percent_swapped", S("cancellation_policy", "Diane Morvillier", "Paul-Henri Gastaldi", "formal", "new",
        pol={"notice_hours": 336, "fee_percent": 40, "deposit_percent": 25}),
    "Nos conditions d'annulation",
    """Madame Morvillier,

Merci pour votre demande concernant la location de notre salle. Voici nos conditions :

Un acompte de 40 % du montant est versé à la réservation. En cas d'annulation moins de quatorze jours (336 heures) avant l'événement, 25 % du montant total reste dû.

Je me tiens à votre disposition pour organiser une visite.

Cordialement,
Paul-Henri Gastaldi""",
    "percent_swapped: deposit given 25 and fee 40; the mail says deposit 40 % and fee 25 %")),
(A, bad("email_invented", S("switch_to_email", "Léonie Pradal", "Armand Ricolleau", "friendly", "regular",
        meeting="Relecture des sous-titres du documentaire", at="vendredi 5 février à 15 h",
        reason="je suis en déplacement et joignable seulement par écrit"),
    "Sous-titres : on fait ça par écrit",
    """Coucou Léonie,

Je suis sur la route toute la fin de semaine et je ne pourrai pas me poser pour notre relecture de vendredi. On la fait par écrit ?

Envoie-moi tes remarques sur les sous-titres quand tu veux, plutôt sur mon adresse perso (armand.ricolleau@laposte.net), que je consulte plus facilement en déplacement.

Merci !
Armand""",
    "email_invented: a private address nobody gave")),
(A, bad("weekday_wrong", S("no_show_followup", "Francine Delorme", "Jérôme Bastide-Roux", "formal", "regular",
        meeting="Cours de solfège de Lucas", at="mardi 2 février à 17 h",
        props=("mardi 9 février à 17 h",)),
    "Cours de solfège de Lucas",
    """Madame Delorme,

Lucas n'est pas venu hier à son cours de solfège de 17 h. J'espère qu'il n'était pas souffrant.

Je lui garde le même créneau le mercredi 9 février à 17 h ; pourriez-vous me confirmer qu'il sera présent ?

Bien cordialement,
Jérôme Bastide-Roux""",
    "weekday_wrong: body 'mercredi 9 février' (9 Feb 2027 is a Tuesday)")),
(B, bad("time_recap_wrong", S("reschedule", "Isabelle Carrouges", "Mathis Leborgne", "formal", "key",
        meeting="Revue du plan de reprise informatique", at="mercredi 24 mars à 14 h",
        props=("lundi 29 mars à 11 h", "mardi 30 mars à 16 h"),
        reason="le test de bascule du datacenter a été avancé à mercredi"),
    "Plan de reprise : nouvelle date pour la revue",
    """Chère Madame Carrouges,

Le test de bascule du datacenter a été avancé à demain, ce qui m'empêche de tenir notre revue du plan de reprise à 14 h. Ce test nous donnera d'ailleurs des résultats frais à commenter.

Je peux vous proposer le lundi 29 mars à 11 h ou le mardi 30 mars à 16 h.

En attendant votre retour, je bloque provisoirement lundi 29 à 16 h dans nos deux agendas.

Bien à vous,
Mathis Leborgne""",
    "time_recap_wrong: the recap 'lundi 29 à 16 h' mixes the two offered slots (Mon 11 h, Tue 16 h)")),
(B, bad("policy_invented", S("late_cancellation", "Yolande Brisset", "Cédric Mauvezin", "formal", "regular",
        meeting="Détartrage de votre chien Oscar", at="lundi 22 mars à 9 h",
        props=("jeudi 25 mars à 9 h",), reason="annulation au moment de l'admission"),
    "Détartrage d'Oscar",
    """Madame Brisset,

Vous avez annulé hier matin le détartrage d'Oscar au moment même de l'admission. Comme l'anesthésie était déjà préparée, la moitié de l'acte vous sera facturée.

Nous pouvons accueillir Oscar le jeudi 25 mars à 9 h pour réaliser ce soin.

Bien cordialement,
Cédric Mauvezin""",
    "policy_invented: 'la moitié de l'acte vous sera facturée' with no policy given")),
(B, bad("number_invented", S("decline", "Gaspard Lemonnier", "Agathe Vernoux", "formal", "new",
        meeting="Présentation de l'esquisse pour la halle de marché de Cluny", at="vendredi 26 mars à 10 h",
        reason="le règlement du concours interdit tout échange avec les candidats avant le jury"),
    "Halle de marché de Cluny",
    """Monsieur Lemonnier,

Je vous remercie de votre proposition de nous présenter votre esquisse pour la halle de marché de Cluny vendredi.

Le règlement du concours nous interdit cependant tout échange avec les candidats avant la réunion du jury, et cela vaut pour les douze équipes en lice. Je dois donc décliner cette rencontre.

Je vous prie d'agréer, Monsieur, mes salutations distinguées.

Agathe Vernoux""",
    "number_invented: 'les douze équipes en lice' (a head count in words nobody gave)")),
(B, bad("link_invented", S("switch_to_call", "Coralie Fontanes", "Hugo Lestrade", "friendly", "regular",
        meeting="Visite technique de la grange des Aulnes", at="jeudi 25 mars à 14 h",
        props=("jeudi 25 mars à 17 h",), reason="le régisseur son ne sera pas là avant le soir"),
    "Visite de jeudi → appel ?",
    """Salut Coralie,

Le régisseur son ne sera pas là avant le soir jeudi, donc une visite technique à 14 h n'aurait pas grand intérêt. Je te propose plutôt qu'on s'appelle jeudi à 17 h, quand il sera arrivé, pour faire le point ensemble.

En attendant, tu peux déjà regarder le plan de salle ici : grangedesaulnes.fr/plan-salle

À jeudi,
Hugo""",
    "link_invented: a web address nobody gave")),
(C, bad("time_swapped", S("switch_to_call", "Ambroise Tessier", "Claudine Favreau", "formal", "regular",
        meeting="Point préparatoire avant le compromis de vente", at="vendredi 16 avril à 11 h",
        props=("jeudi 15 avril à 17 h",), reason="il ne reste que la date de signature à caler"),
    "Point avant le compromis",
    """Monsieur Tessier,

Il ne nous reste plus qu'à caler la date de signature du compromis, ce qui ne justifie pas de vous faire venir à l'étude.

Je vous propose donc de remplacer notre rendez-vous de jeudi 15 avril à 17 h par un simple appel téléphonique le vendredi 16 avril à 11 h.

Bien cordialement,
Claudine Favreau""",
    "time_swapped: the meeting (Fri 16, 11 h) is offered as the call time and the proposed call (Thu 15, 17 h) as the meeting")),
(C, bad("phone_invented", S("delegate", "Hervé Quillet", "Amandine Corbas", "formal", "key",
        meeting="Négociation des tarifs de transport frigorifique", at="mardi 20 avril à 10 h",
        col="Killian Moreau-Dutheil", reason="je pars en congé maternité"),
    "Tarifs frigorifiques : passage de relais",
    """Cher Monsieur Quillet,

Je pars en congé maternité à la fin de la semaine et ne pourrai donc pas mener notre négociation du mardi 20 avril à 10 h.

Mon collègue Killian Moreau-Dutheil reprend le dossier ; il a suivi nos échanges depuis le début. Vous pouvez le joindre directement au 06 42 18 77 30 si vous souhaitez préparer la réunion.

Avec toute ma confiance et mes salutations les meilleures,
Amandine Corbas""",
    "phone_invented: a mobile number nobody gave")),
(C, bad("name_near_miss", S("shorten", "Cyprien Maréchal", "Lou Andrieux", "friendly", "regular",
        meeting="Répétition de la chorale du Val d'Orge", at="jeudi 15 avril à 20 h", dur=60,
        reason="la salle des fêtes doit être libérée plus tôt"),
    "Répèt de demain",
    """Salut Cyprian,

La mairie nous demande de libérer la salle des fêtes plus tôt demain, donc la répétition de la chorale ne durera qu'une heure.

On commence à 20 h pile, on se concentre sur les morceaux du concert et on range.

Bises,
Lou""",
    "name_near_miss: 'Cyprian' for Cyprien (one letter)")),
(C, bad("percent_swapped", S("late_cancellation", "Blanche Aurignac", "Quentin Mazelier", "formal", "regular",
        meeting="Location de la salle voûtée pour votre séminaire", at="vendredi 16 avril à 9 h",
        reason="annulation reçue ce matin", pol={"notice_hours": 168, "fee_percent": 60, "deposit_percent": 30}),
    "Annulation de votre séminaire",
    """Madame Aurignac,

Nous avons bien reçu ce matin l'annulation de votre séminaire dans la salle voûtée, prévu après-demain.

Notre contrat prévoit qu'une annulation moins d'une semaine avant la date entraîne la facturation de 30 % du montant de la location ; l'acompte versé à la réservation (60 %) vient en déduction de cette somme.

Nous regrettons ce contretemps et serions heureux de vous accueillir à une autre date.

Cordialement,
Quentin Mazelier""",
    "percent_swapped: fee 60 and deposit 30 given; the mail charges 30 % and calls the deposit 60 %")),
(D, bad("time_recap_wrong", S("reschedule", "Lucienne Barthez", "Mehdi Saouli", "formal", "regular",
        meeting="Visite d'élevage pour vos brebis", at="jeudi 6 mai à 8 h",
        props=("mardi 11 mai à 8 h",), reason="la préfecture a convoqué les vétérinaires sanitaires jeudi"),
    "Visite d'élevage : report au mercredi 12 mai",
    """Madame Barthez,

La préfecture convoque tous les vétérinaires sanitaires ce jeudi, je ne pourrai donc pas passer voir vos brebis comme prévu.

Je vous propose de décaler la visite d'élevage au mardi 11 mai, toujours à 8 h. Merci de me dire si cela vous convient.

Bien cordialement,
Mehdi Saouli""",
    "time_recap_wrong: the subject names Wed 12 May; the offered slot is Tue 11 May")),
(D, bad("title_or_company_invented", S("switch_to_email", "Perrine Vaudrey", "Damien Hocquard", "formal", "new",
        meeting="Démonstration du logiciel de ticketing", at="lundi 10 mai à 14 h",
        reason="la démonstration tient en quelques captures d'écran"),
    "Démonstration du logiciel de ticketing",
    """Madame Vaudrey,

Après réflexion, la démonstration de notre logiciel de ticketing tient en quelques captures d'écran commentées. Plutôt que de vous bloquer lundi après-midi, je vous propose de vous les envoyer par e-mail ; vous pourrez les parcourir à votre rythme et me poser vos questions par retour.

Bien cordialement,

Damien Hocquard
Responsable support niveau 2
Helpline Solutions SAS""",
    "title_or_company_invented: job title and company under the signature")),
(D, bad("place_changed", S("decline", "Laurène Poujol", "Baptiste Ferracci", "friendly", "regular",
        meeting="Visite du chantier de la crèche de Lannion", at="vendredi 7 mai à 9 h",
        reason="je dois être à Brest toute la journée"),
    "Visite de vendredi",
    """Salut Laurène,

Je suis coincé à Brest toute la journée de vendredi, je ne pourrai pas venir à la visite du chantier de la crèche de Lamballe. Désolé !

Tu me feras un petit compte rendu avec quelques photos ?

Merci d'avance,
Baptiste""",
    "place_changed: 'crèche de Lamballe' for Lannion")),
(D, bad("number_invented", S("no_show_followup", "Victor Pomarède", "Ophélie Garnier", "formal", "regular",
        meeting="Enlèvement de vos palettes à l'entrepôt de Roissy", at="lundi 3 mai à 7 h",
        props=("vendredi 7 mai à 7 h",)),
    "Enlèvement des palettes d'hier",
    """Monsieur Pomarède,

Notre chauffeur s'est présenté hier à 7 h à l'entrepôt de Roissy pour l'enlèvement de vos palettes. Il a attendu quarante minutes sans que personne ne puisse lui ouvrir le quai.

Nous pouvons repasser le vendredi 7 mai à la même heure. Merci de nous confirmer que quelqu'un sera présent.

Cordialement,
Ophélie Garnier""",
    "number_invented: 'quarante minutes' of waiting, a number in words nobody gave")),
(E, bad("weekday_wrong", S("reschedule", "Adélaïde Foucher", "Grégoire Tallandier", "formal", "regular",
        meeting="Examen blanc de flûte de Manon", at="samedi 5 juin à 10 h",
        props=("samedi 12 juin à 10 h",), reason="le jury invité a un empêchement"),
    "Examen blanc de Manon : décalé au dimanche 12 juin",
    """Madame Foucher,

Le professeur invité comme jury pour l'examen blanc de Manon a un empêchement ce samedi. Je préfère décaler l'épreuve d'une semaine : le samedi 12 juin, toujours à 10 h.

Cela laissera en outre à Manon quelques jours de plus pour préparer son morceau.

Bien cordialement,
Grégoire Tallandier""",
    "weekday_wrong: subject 'dimanche 12 juin' (12 June 2027 is a Saturday); body right")),
(E, bad("policy_invented", S("cancellation_policy", "Bertille Chanzy", "Olivier Decazes", "formal", "new",
        meeting="Traduction assermentée de vos actes d'état civil", pol={"notice_hours": 48}),
    "Traduction assermentée : conditions",
    """Madame Chanzy,

Je vous remercie de m'avoir confié la traduction assermentée de vos actes d'état civil.

Vous pouvez annuler la commande sans frais jusqu'à deux jours (48 heures) avant la date de livraison convenue ; passé ce délai, la traduction reste due en totalité.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Olivier Decazes""",
    "policy_invented: only a notice of 48 h given; 'reste due en totalité' adds a fee")),
(E, bad("discount_invented", S("late_cancellation", "Constance Ribérac", "Mathieu Lavergne", "formal", "regular",
        meeting="Privatisation du salon Art déco pour votre cocktail", at="jeudi 3 juin à 19 h",
        reason="elle demande un geste commercial en raison d'un deuil familial", pol={"fee_percent": 50}),
    "Votre cocktail de demain",
    """Madame Ribérac,

Nous avons bien reçu l'annulation de votre cocktail de demain soir dans le salon Art déco, et nous vous présentons nos sincères condoléances.

Conformément à nos conditions, 50 % de la privatisation vous seront facturés. À titre exceptionnel, nous vous accordons une remise de 10 % sur votre prochaine réservation.

Avec toute notre sympathie,
Mathieu Lavergne""",
    "discount_invented: a 10 % discount that nobody gave, licensed only by the reason's request")),
(E, bad("foreign_paragraph", S("switch_to_call", "Hélier Camboulives", "Sabrina Tchakarian", "formal", "regular",
        meeting="Bilan des retards de livraison de mai", at="vendredi 4 juin à 11 h",
        reason="les chiffres tiennent sur une page"),
    "Bilan des retards : un appel suffira",
    """Monsieur Camboulives,

Les chiffres des retards de livraison de mai tiennent sur une seule page. Je vous propose donc de remplacer notre réunion de vendredi à 11 h par un appel, au même horaire.

Le enviaré antes el informe de incidencias para que podamos ir directamente al grano.

Bien cordialement,
Sabrina Tchakarian""",
    "foreign_paragraph: a Spanish paragraph in a French mail")),
]
