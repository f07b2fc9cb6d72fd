"""v11, French: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v11src._d import A, B, C, D, E


def S(*a, **k):
    return _S("fr", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Hortense Vaubourg", "Aurélien Kessler", "formal", "key",
             meeting="Pose de la couronne céramique", at="jeudi 15 juillet à 9 h 15",
             props=["mardi 20 juillet à 9 h 15", "mercredi 21 juillet à 14 h"],
             reason="le laboratoire de prothèse n'a pas encore livré la couronne"),
           "Votre couronne : nouveau rendez-vous",
           """
Chère Madame Vaubourg,

Le laboratoire de prothèse ne nous a toujours pas livré votre couronne céramique ; plutôt que de vous faire venir jeudi pour rien, je préfère déplacer la pose.

Deux possibilités de mon côté : mardi 20/7 à la même heure (9h15), ou le mercredi 21 juillet à 14 heures. Dites-moi ce qui vous arrange le mieux.

Avec toutes mes excuses pour ce contretemps, je vous adresse mes salutations les meilleures.

Aurélien Kessler
""", "correct: 'Chère Madame' + surname, '20/7 à la même heure (9h15)', '14 heures'")),
    (A, ok(S("decline", "Loïc Tessandier", "Margaux Pelvoux", "friendly", "regular",
             meeting="Dégustation du menu chez le traiteur Bellerive", at="vendredi 16 juillet à 18 h 30",
             reason="je suis déjà sur un mariage à Annecy ce soir-là"),
           "Dégustation de vendredi",
           """
Salut Loïc,

Mauvaise nouvelle : vendredi soir je coordonne un mariage à Annecy, donc je ne pourrai pas être à la dégustation chez Bellerive.

Goûte les desserts pour moi et raconte-moi tout, je te fais confiance les yeux fermés.

Bises,
Margaux
""", "correct: friendly, first name only, 'les yeux fermés' idiom")),
    (A, ok(S("shorten", "Bérénice Castagnet", "Thibaut Lorrain-Vidal", "formal", "new",
             meeting="Réunion de bornage de la parcelle de Saint-Jory", at="lundi 19 juillet à 10 h", dur=45,
             reason="je dois être au tribunal de Toulouse en fin de matinée"),
           "Bornage de Saint-Jory : réunion écourtée",
           """
Madame,

Je dois être au tribunal de Toulouse en fin de matinée lundi. Je maintiens donc notre réunion de bornage de la parcelle de Saint-Jory à 10 h, mais je vous propose de la limiter à trois quarts d'heure.

Je vous remercie par avance de votre compréhension.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Thibaut Lorrain-Vidal
""", "correct: 45 minutes as 'trois quarts d'heure', bare 'Madame' to a new client")),
    (A, ok(S("late_cancellation", "Yanis Boucheron", "Nadège Roumier", "formal", "regular",
             meeting="Leçon de conduite sur autoroute", at="lundi 12 juillet à 17 h",
             props=["jeudi 22 juillet à 17 h"], reason="annulation par SMS une heure avant",
             pol={"notice_hours": 48, "fee_percent": 100}),
           "Votre leçon d'hier",
           """
Bonjour Monsieur Boucheron,

Nous avons bien reçu votre SMS d'hier, arrivé une heure à peine avant votre leçon sur autoroute de 17 h.

Comme le prévoit notre règlement, une leçon annulée moins de 48 heures à l'avance est facturée en totalité (100 %). Je suis sûre que vous comprendrez.

Pour ne pas perdre le rythme avant l'examen, je peux vous reprendre le jeudi 22 juillet, même heure. Cela vous convient-il ?

Bien cordialement,
Nadège Roumier
""", "correct: 'hier' = Mon 12 July, 'même heure', 'une heure à peine' from the reason, 'en totalité (100 %)'")),
    (B, ok(S("switch_to_call", "Gérald Moncorgé", "Solène Bréhaut", "formal", "regular",
             meeting="Visite de l'exploitation pour le plan de fumure", at="mercredi 25 août à 8 h 30",
             reason="les analyses de sol sont arrivées et la visite n'est plus indispensable"),
           "Plan de fumure : un appel suffira",
           """
Bonjour Monsieur Moncorgé,

Bonne nouvelle, les analyses de sol sont arrivées. Avec ces résultats en main, je n'ai plus besoin de passer sur l'exploitation pour bâtir le plan de fumure.

Je vous propose donc de remplacer la visite par un appel téléphonique, mercredi à l'heure prévue, 8h30. Je vous appellerai sur votre numéro habituel.

Bien à vous,
Solène Bréhaut
""", "correct: call at the meeting time, 'votre numéro habituel' (no number given)")),
    (B, ok(S("switch_to_email", "Capucine Delaroche", "Maxime Toulemonde", "friendly", "key",
             meeting="Point hebdo sur la refonte de l'appli de réservation", at="mardi 24 août à 14 h",
             reason="il n'y a que deux écrans à valider cette semaine"),
           "Point de demain → par mail",
           """
Hello Capucine,

Cette semaine on n'a que deux écrans à te faire valider, donc je propose qu'on saute le point de demain 14h : je t'envoie les maquettes par mail dans l'après-midi, tu nous fais tes retours quand tu veux.

Si quelque chose coince, on s'appelle, évidemment.

Belle journée,
Maxime
""", "correct: 'demain 14h' = Tue 24 Aug 14 h, 'deux écrans' from the reason")),
    (B, ok(S("delegate", "Armand Sauvebœuf", "Élodie Carmagnat", "formal", "new",
             meeting="Entretien de qualification pour le poste de responsable logistique",
             at="jeudi 26 août à 10 h", col="Rémi Falguière", reason="je serai en congé à partir de mercredi"),
           "Votre entretien du jeudi 26 août",
           """
Monsieur,

Je serai absente à partir de mercredi et ne pourrai donc pas mener moi-même votre entretien de qualification pour le poste de responsable logistique.

Mon collègue Rémi Falguière, qui suit ce recrutement avec moi depuis le début, vous recevra à l'horaire convenu : jeudi 26 août à 10 heures. Il a votre dossier complet.

Je vous souhaite un excellent entretien et vous prie d'agréer mes salutations distinguées.

Élodie Carmagnat
""", "correct: the reason paraphrased ('absente à partir de mercredi'), '10 heures'")),
    (B, ok(S("no_show_followup", "Léonie Jacquemart", "Baptiste Ormesson", "friendly", "regular",
             meeting="Séance photo de grossesse au parc de la Tête d'Or", at="samedi 21 août à 18 h",
             props=["samedi 28 août à 18 h", "dimanche 29 août à 9 h"]),
           "On remet ça ?",
           """
Coucou Léonie,

Je t'ai attendue samedi soir au parc de la Tête d'Or et je n'ai pas réussi à te joindre. J'espère que tout va bien, surtout à ce stade !

Si tu veux, on remet la séance samedi prochain à la même heure, ou dimanche 29 à 9 h : la lumière du matin est superbe en ce moment.

Prends soin de toi,
Baptiste
""", "correct: 'samedi prochain à la même heure' = Sat 28 Aug 18 h from Mon 23, 'dimanche 29 à 9 h'")),
    (C, ok(S("cancellation_policy", "Philippine Estrangin", "Quentin Abadie", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 30}),
           "Bienvenue au cabinet : nos règles de rendez-vous",
           """
Madame Estrangin,

Nous sommes heureux de vous compter parmi nos nouveaux patients.

Pour que chacun puisse être soigné dans de bons délais, nous vous demandons de nous prévenir au moins vingt-quatre heures à l'avance si vous ne pouvez pas honorer un rendez-vous. Passé ce délai, 30 % du prix de la consultation vous seront facturés.

Nous restons à votre disposition pour toute question.

Bien cordialement,
Quentin Abadie
""", "correct: policy without a meeting, 'vingt-quatre heures', '30 %'")),
    (C, ok(S("reschedule", "Aurore Mézières", "Clémence Daubigny", "friendly", "regular",
             meeting="Repérage du domaine de Montvallon", at="samedi 18 septembre à 15 h",
             props=["samedi 25 septembre à 15 h"],
             reason="le propriétaire du domaine a une réception privée ce samedi-là"),
           "Repérage à Montvallon : une semaine plus tard",
           """
Chère Aurore,

Petit contretemps : le propriétaire du domaine de Montvallon reçoit des amis ce samedi et ne peut pas nous ouvrir les lieux.

Je te propose de décaler le repérage d'une semaine pile, samedi 25 à 15 h. Ça te laisse aussi le temps de réfléchir à la disposition du cocktail, on en a parlé mille fois !

Je t'embrasse,
Clémence
""", "correct: 'une semaine pile' idiom with a number word, 'mille fois' idiom, reason paraphrased")),
    (C, ok(S("decline", "Évrard Pontchâteau", "Ludivine Sarrazin", "formal", "key",
             meeting="Inauguration des nouveaux bureaux de la SCI Pontchâteau", at="vendredi 24 septembre à 18 h",
             reason="je suis retenue par une expertise judiciaire à Lyon"),
           "Votre inauguration du 24 septembre",
           """
Cher Monsieur Pontchâteau,

Je vous remercie chaleureusement pour votre invitation à l'inauguration des nouveaux bureaux de la SCI Pontchâteau.

Je suis malheureusement retenue à Lyon par une expertise judiciaire ce vendredi-là et ne pourrai pas être des vôtres. Je le regrette d'autant plus que j'ai suivi ce projet depuis ses premiers plans.

Je ne manquerai pas de venir découvrir les lieux à une autre occasion. Tous mes vœux de réussite pour cette nouvelle étape.

Ludivine Sarrazin
""", "correct: 'le 24 septembre' without weekday, company from the meeting field only")),
    (C, ok(S("late_cancellation", "Maëlys Fontanel", "Corentin Aubrac", "friendly", "regular",
             meeting="Shooting famille au bord du lac du Bourget", at="mercredi 15 septembre à 17 h 30",
             props=["mardi 21 septembre à 17 h 30", "mercredi 22 septembre à 17 h 30"],
             reason="annulation deux heures avant à cause d'un enfant malade",
             pol={"notice_hours": 24, "deposit_percent": 30}),
           "Shooting au lac : on reprogramme",
           """
Bonjour Maëlys,

Pas d'inquiétude pour hier, j'espère surtout que le petit va mieux.

Je vous rappelle simplement nos conditions, telles qu'elles figurent sur la réservation : un acompte de 30 % et un préavis de 24 heures pour toute annulation.

Pour le shooting au bord du lac, je peux vous proposer mardi 21 ou mercredi 22 septembre, toujours à 17h30 : c'est l'heure où la lumière est la plus douce.

À très vite,
Corentin
""", "correct: 'hier' = Wed 15 Sept, policy stated as given, two slots sharing one hour")),
    (D, ok(S("switch_to_call", "Anatole Brisebarre", "Inès Vautrin", "friendly", "key",
             meeting="Atelier backlog de l'extranet des adhérents", at="mardi 12 octobre à 9 h 30",
             props=["mardi 12 octobre à 11 h"], reason="la moitié de l'équipe est en télétravail mardi"),
           "Atelier backlog en visio ?",
           """
Salut Anatole,

Mardi, la moitié de l'équipe bosse de chez elle, alors on ferait l'atelier backlog de l'extranet en visio plutôt que dans nos locaux ?

Tant qu'à faire, je te propose de le caler un peu plus tard le même jour, à 11 h au lieu de 9h30, histoire que tout le monde soit connecté. Je t'envoie l'invitation si ça te va.

Bon week-end !
Inès
""", "correct: 'la moitié de l'équipe' from the reason, not a fee; 'tant qu'à faire' idiom")),
    (D, ok(S("shorten", "Killian Peyrefitte", "Sandrine Lavergne", "friendly", "regular",
             meeting="Évaluation de conduite avant l'examen", at="lundi 11 octobre à 16 h", dur=30,
             reason="la voiture à double commande passe au contrôle technique juste après"),
           "Évaluation de lundi : version courte",
           """
Bonjour Killian,

Petit changement pour lundi : la voiture à double commande part au contrôle technique juste après ton créneau. On garde bien le rendez-vous de 16 h, mais l'évaluation durera une demi-heure.

Ce sera largement suffisant pour faire le tour des points à revoir avant l'examen, promis.

À lundi !
Sandrine
""", "correct: 30 minutes as 'une demi-heure', 'À lundi' a closing, not another slot")),
    (D, ok(S("delegate", "Firmin Lacassagne", "Agathe Rouquayrol", "formal", "regular",
             meeting="Tour de plaine sur les parcelles de colza", at="jeudi 14 octobre à 8 h",
             col="Pierre-Yves Caubet", reason="je suis appelée en renfort sur un salon professionnel"),
           "Tour de plaine de jeudi",
           """
Bonjour Monsieur Lacassagne,

Je suis appelée en renfort sur un salon professionnel jeudi et ne pourrai pas assurer notre tour de plaine sur vos parcelles de colza.

Mon collègue Pierre-Yves Caubet viendra à ma place, à l'heure prévue, 8 heures. Il connaît bien les variétés que vous avez semées et je lui ai transmis mes notes de la dernière visite.

Bien cordialement,
Agathe Rouquayrol
""", "correct: '8 heures', colleague in full, no invented contact")),
    (D, ok(S("no_show_followup", "Samia Lanternier", "Gautier Hennebelle", "formal", "new",
             meeting="Entretien visio pour le poste de contrôleuse de gestion", at="jeudi 7 octobre à 11 h",
             props=["mercredi 13 octobre à 11 h", "jeudi 14 octobre à 15 h 30"]),
           "Notre entretien d'hier",
           """
Madame Lanternier,

Nous avions rendez-vous hier à 11 h pour votre entretien en visio, et je ne vous ai pas vue vous connecter. J'espère qu'il ne s'agit que d'un souci technique.

Le poste de contrôleuse de gestion reste ouvert et je serais heureux d'échanger avec vous. Je peux vous proposer :
- mercredi 13 octobre à 11 h,
- jeudi 14 octobre à 15 h 30.

Bien cordialement,
Gautier Hennebelle
""", "correct: 'hier à 11 h' = Thu 7 Oct, bullet list of slots")),
    (E, ok(S("reschedule", "Colombe Argellier", "Benoît Saint-Aubin", "formal", "regular",
             meeting="État des lieux de sortie de l'entrepôt de Vénissieux", at="vendredi 12 novembre à 9 h",
             props=["lundi 15 novembre à 9 h", "mardi 16 novembre à 14 h 30"],
             reason="le locataire n'a pas fini de vider les lieux"),
           "État des lieux de Vénissieux reporté",
           """
Madame Argellier,

Le locataire de l'entrepôt de Vénissieux n'aura pas terminé de libérer les lieux d'ici vendredi ; l'état des lieux de sortie n'aurait donc pas de sens à cette date.

Je vous propose l'un des créneaux suivants :
— le lundi 15 novembre à 9 heures ;
— le mardi 16 novembre à 14 h 30.

Je vous remercie de votre compréhension et reste à votre disposition.

Benoît Saint-Aubin
""", "correct: reason paraphrased, '9 heures', dash list")),
    (E, ok(S("late_cancellation", "Gaspard Vernochet", "Mathilde Orsoni", "formal", "new",
             meeting="Détartrage et contrôle annuel", at="mardi 9 novembre à 8 h 45",
             props=["jeudi 18 novembre à 8 h 45"], reason="annulation par téléphone le matin même",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Votre rendez-vous d'hier matin",
           """
Monsieur Vernochet,

Nous avons bien noté votre appel d'hier matin annulant votre détartrage et contrôle annuel de 8 h 45.

Comme indiqué lors de la prise de rendez-vous, une annulation moins de 24 heures à l'avance entraîne la facturation de la moitié du tarif de la séance, soit 50 %.

Nous pouvons vous recevoir le jeudi 18 novembre à la même heure ; il vous suffit de nous confirmer.

Veuillez agréer, Monsieur, nos salutations distinguées.

Mathilde Orsoni
""", "correct: 'la moitié du tarif ... soit 50 %' bound to the given fee, 'à la même heure'")),
    (E, ok(S("switch_to_email", "Hugues Lesueur", "Armelle Kervadec", "formal", "regular",
             meeting="Point sur la shortlist des candidats commerciaux", at="lundi 15 novembre à 14 h",
             reason="je n'ai que trois profils à vous présenter"),
           "Shortlist commerciaux : par écrit",
           """
Bonjour Monsieur Lesueur,

Je n'ai finalement que trois profils à vous présenter pour les postes de commerciaux. Plutôt que de nous réunir lundi, je vous propose de vous envoyer les trois dossiers par écrit, avec mon avis sur chacun.

Vous pourrez ainsi les lire à tête reposée et me dire lesquels vous souhaitez rencontrer.

Bien à vous,
Armelle Kervadec
""", "correct: 'trois profils', 'trois dossiers' from the reason, 'à tête reposée' idiom")),
    (E, ok(S("cancellation_policy", "Honorine Castaing", "Jules Parmentier", "friendly", "key",
             meeting="Séance d'engagement au château de Vizille", at="samedi 20 novembre à 14 h",
             pol={"notice_hours": 72, "deposit_percent": 40}),
           "Séance à Vizille : les conditions",
           """
Chère Honorine,

Tout est prêt pour notre séance d'engagement au château de Vizille, samedi 20 novembre à 14 h !

Comme promis, je te redonne les conditions : un acompte de 40 % pour bloquer la date, et si jamais vous deviez annuler, merci de me prévenir au moins trois jours avant (72 heures).

J'ai hâte de vous voir tous les deux devant l'objectif.

Jules
""", "correct: 'trois jours avant (72 heures)', friendly, signed first name only")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Romane Chabrillat", "Fabrice Oudard", "formal", "regular",
                              meeting="Leçon de créneau en ville", at="jeudi 15 juillet à 11 h",
                              props=["vendredi 16 juillet à 14 h"],
                              reason="le moniteur habituel est en arrêt maladie"),
            "Votre leçon de créneau",
            """
Bonjour Madame Chabrillat,

Votre moniteur habituel est en arrêt maladie. Je vous propose donc de déplacer votre leçon du vendredi 16 juillet à 14 h au jeudi 15 juillet à 11 h.

Merci de me confirmer que ce changement vous convient.

Cordialement,
Fabrice Oudard
""", "old slot (jeudi 15, 11 h) offered as the new one and the new one presented as the lesson being moved")),
    (A, bad("time_recap_wrong", S("switch_to_call", "Éloi Grandsire", "Lucile Pénicaud", "formal", "regular",
                                  meeting="Démo de la nouvelle version du back-office", at="vendredi 16 juillet à 10 h",
                                  props=["lundi 19 juillet à 10 h 30"],
                                  reason="notre serveur de recette est en maintenance vendredi"),
            "Démo du back-office en visio",
            """
Bonjour Monsieur Grandsire,

Notre serveur de recette est en maintenance vendredi, ce qui nous empêche de vous faire la démonstration dans de bonnes conditions.

Je vous propose de la faire en visio le lundi 19 juillet à 10 h 30 : je partagerai mon écran et vous pourrez tester en direct.

À lundi donc, 10 h !

Bien cordialement,
Lucile Pénicaud
""", "closing recap names 10 h; the slot offered is 10 h 30")),
    (A, bad("percent_swapped", S("late_cancellation", "Noémie Artaud", "Valentin Brossolette", "formal", "regular",
                                 meeting="Séance portrait corporate en studio", at="lundi 12 juillet à 9 h",
                                 props=["mardi 20 juillet à 9 h"], reason="annulation le matin même par e-mail",
                                 pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 20}),
            "Séance portrait d'hier",
            """
Bonjour Madame Artaud,

J'ai bien reçu hier matin votre e-mail annulant la séance portrait en studio de 9 h.

Je me permets de vous rappeler nos conditions : un acompte de 50 % est versé à la réservation, et toute annulation moins de 48 heures avant la séance donne lieu à des frais de 20 % du tarif.

Je peux vous proposer de refaire la séance le mardi 20 juillet à 9 h.

Bien à vous,
Valentin Brossolette
""", "deposit given 20 %, fee 50 %: the mail swaps them")),
    (A, bad("name_near_miss", S("decline", "Gwendoline Roussillat", "Perrine Hautecœur", "formal", "regular",
                                meeting="Essayage de la robe à l'Atelier Dentelle", at="samedi 17 juillet à 11 h",
                                reason="je serai à un autre mariage dans le Périgord"),
            "Essayage de samedi",
            """
Chère Madame Roussilat,

Je suis désolée de ne pas pouvoir vous accompagner samedi à l'essayage de votre robe à l'Atelier Dentelle : je coordonne ce jour-là un autre mariage dans le Périgord.

La couturière a toutes mes notes et je suis certaine que vous serez entre de bonnes mains. Envoyez-moi une photo si le cœur vous en dit !

Bien amicalement,
Perrine Hautecœur
""", "greeting 'Roussilat' for Roussillat (one letter dropped)")),
    (B, bad("weekday_wrong", S("reschedule", "Edmond Lapeyrade", "Clarisse Boudou", "formal", "regular",
                               meeting="Réunion du groupe de travail sur l'irrigation", at="jeudi 26 août à 14 h",
                               props=["mardi 31 août à 14 h"],
                               reason="la chambre d'agriculture a convoqué tous les conseillers jeudi"),
            "Groupe irrigation : report au mercredi 31 août",
            """
Monsieur Lapeyrade,

La chambre d'agriculture a convoqué l'ensemble des conseillers jeudi, je ne pourrai donc pas animer la réunion du groupe de travail sur l'irrigation.

Je vous propose de la reporter au mardi 31 août, à la même heure, 14 h. Je préviens les autres membres dès votre accord.

Cordialement,
Clarisse Boudou
""", "subject says 'mercredi 31 août'; 31 August 2027 is a Tuesday (body right)")),
    (B, bad("policy_invented", S("no_show_followup", "Thaïs Moulinié", "Vianney Corbière", "formal", "new",
                                 meeting="Première consultation d'orthodontie", at="vendredi 20 août à 16 h 30",
                                 props=["jeudi 26 août à 16 h 30"]),
            "Votre consultation de vendredi",
            """
Madame Moulinié,

Nous vous attendions vendredi à 16 h 30 pour votre première consultation d'orthodontie. J'espère que rien de grave ne vous a empêchée de venir.

S'agissant d'un premier rendez-vous, la consultation manquée ne vous sera exceptionnellement pas facturée.

Nous pouvons vous recevoir le jeudi 26 août à 16 h 30 ; merci de nous dire si ce créneau vous convient.

Bien cordialement,
Vianney Corbière
""", "waiving a charge for the missed visit implies a no-show charge nobody gave (no policy)")),
    (B, bad("link_invented", S("switch_to_call", "Lazare Dufresnoy", "Camille Ternois", "formal", "key",
                               meeting="Revue du cahier des charges de l'application de suivi de chantier",
                               at="mercredi 25 août à 15 h", reason="le client final ne peut pas se déplacer à Nantes"),
            "Revue du cahier des charges en visio",
            """
Cher Monsieur Dufresnoy,

Votre client final ne pouvant pas se déplacer jusqu'à Nantes, je vous propose de tenir la revue du cahier des charges en visioconférence, mercredi à 15 h comme prévu.

Voici le lien de connexion : https://meet.jit.si/ternois-suivi-chantier

Je vous remercie et vous dis à mercredi.

Camille Ternois
""", "a meeting link nobody gave")),
    (B, bad("number_invented", S("switch_to_email", "Agnès Villedieu", "Romain Esquerré", "formal", "regular",
                                 meeting="Bilan de la campagne de recrutement des saisonniers", at="vendredi 27 août à 9 h",
                                 reason="les chiffres de la saison ne sont pas encore consolidés"),
            "Bilan saisonniers : par mail",
            """
Bonjour Madame Villedieu,

Les chiffres de la saison ne sont pas encore consolidés et une réunion vendredi serait un peu prématurée.

Je vous propose de vous adresser le bilan par e-mail dès qu'il sera prêt : il portera sur les 42 saisonniers recrutés cet été, avec le détail par site.

Bien cordialement,
Romain Esquerré
""", "'42 saisonniers' is a number nobody gave")),
    (C, bad("time_swapped", S("reschedule", "Apolline Granier", "Hugo Valembois", "friendly", "regular",
                              meeting="Séance photo de fiançailles sur les quais de Saône", at="vendredi 17 septembre à 18 h",
                              props=["vendredi 24 septembre à 9 h"], reason="la météo annonce de l'orage vendredi soir"),
            "Séance sur les quais : on décale",
            """
Salut Apolline,

La météo annonce de l'orage pour vendredi soir, pas l'idéal pour des photos sur les quais de Saône !

Je te propose de décaler : au lieu de vendredi 9 h, on se retrouverait vendredi prochain à 18 h, même endroit. Dis-moi si ça vous va à tous les deux.

À bientôt,
Hugo
""", "hours exchanged: the session being moved is at 18 h, the offer is the following Friday at 9 h")),
    (C, bad("time_recap_wrong", S("shorten", "Anselme Boissonnade", "Mélanie Vergnes", "formal", "regular",
                                  meeting="Visite du verger conservatoire", at="mardi 21 septembre à 14 h", dur=60,
                                  reason="je dois ensuite rejoindre une réunion à la coopérative"),
            "Visite du verger, mardi 21 septembre à 15 h",
            """
Bonjour Monsieur Boissonnade,

Je dois rejoindre une réunion à la coopérative juste après notre visite du verger conservatoire. Je vous propose de la maintenir mardi à 14 h, mais de la limiter à une heure.

Nous aurons le temps de voir les nouvelles variétés greffées au printemps.

Cordialement,
Mélanie Vergnes
""", "subject names 15 h (the computed end) as the visit time; the visit is at 14 h")),
    (C, bad("email_invented", S("delegate", "Théophile Marchais", "Sidonie Bourrel", "formal", "new",
                                meeting="Visite d'expertise avant acquisition de l'immeuble rue Paradis",
                                at="mercredi 22 septembre à 10 h", col="Martin Escoffier",
                                reason="je suis désignée expert dans un dossier au tribunal ce jour-là"),
            "Visite d'expertise rue Paradis",
            """
Monsieur,

Désignée comme expert dans un dossier au tribunal mercredi, je ne pourrai pas assurer la visite d'expertise de l'immeuble rue Paradis.

Mon confrère Martin Escoffier la conduira à ma place, à 10 h comme prévu. Vous pouvez le joindre directement à l'adresse m.escoffier@geoexpert-sud.fr pour lui transmettre les plans.

Je vous prie d'agréer, Monsieur, mes salutations distinguées.

Sidonie Bourrel
""", "the colleague's e-mail address is invented")),
    (C, bad("foreign_paragraph", S("switch_to_email", "Rosalie Fauconnet", "Anaïs Brocard", "friendly", "regular",
                                   meeting="Réunion plan de table", at="lundi 20 septembre à 19 h",
                                   reason="je suis encore en Espagne pour un mariage jusqu'à lundi soir"),
            "Plan de table",
            """
Coucou Rosalie,

Je suis encore en Espagne pour un mariage jusqu'à lundi soir, donc notre réunion plan de table ne pourra pas se faire de vive voix.

Te mando el plano de mesas por correo esta noche; revísalo con calma y dime qué cambiarías antes del fin de semana.

On s'en sort très bien comme ça, tu verras !
Anaïs
""", "middle paragraph in Spanish")),
    (D, bad("weekday_wrong", S("no_show_followup", "Clotaire Vasseur", "Yasmine Delattre", "formal", "new",
                               meeting="Entretien pour le poste de chef de chantier", at="mercredi 6 octobre à 9 h",
                               props=["mardi 12 octobre à 9 h"]),
            "Votre entretien de mercredi",
            """
Monsieur Vasseur,

Nous vous attendions mercredi à 9 h pour votre entretien pour le poste de chef de chantier, et nous n'avons pas eu de nouvelles.

Si le poste vous intéresse toujours, nous pourrions reprogrammer l'entretien au mercredi 12 octobre à 9 h.

Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.

Yasmine Delattre
""", "body says 'mercredi 12 octobre'; 12 October 2027 is a Tuesday")),
    (D, bad("phone_invented", S("late_cancellation", "Lilou Bernadac", "Patrice Mazoyer", "formal", "regular",
                                meeting="Leçon de conduite de nuit", at="jeudi 7 octobre à 19 h",
                                props=["mardi 12 octobre à 19 h"], reason="annulation une heure avant la leçon",
                                pol={"notice_hours": 48, "fee_percent": 100}),
            "Leçon de nuit annulée",
            """
Bonjour Madame Bernadac,

Nous avons bien pris en compte l'annulation de votre leçon de conduite de nuit d'hier soir, reçue une heure avant le début.

Selon notre règlement, une leçon annulée moins de 48 heures à l'avance est due en totalité.

Nous pouvons vous proposer une nouvelle leçon le mardi 12 octobre à 19 h. Vous pouvez confirmer en appelant le secrétariat au 05 61 42 87 19.

Cordialement,
Patrice Mazoyer
""", "a phone number nobody gave")),
    (D, bad("title_or_company_invented", S("reschedule", "Hélène Bourdarias", "Étienne Gravelot", "formal", "regular",
                                           meeting="Séance de blanchiment dentaire", at="mardi 12 octobre à 12 h 15",
                                           props=["jeudi 14 octobre à 12 h 15"],
                                           reason="la lampe de blanchiment est en réparation"),
            "Votre séance de blanchiment",
            """
Madame Bourdarias,

Notre lampe de blanchiment est en réparation et ne sera pas disponible mardi. Je vous propose de déplacer votre séance au jeudi 14 octobre, à la même heure (12 h 15).

Avec mes excuses pour ce changement,

Dr Étienne Gravelot
Chirurgien-dentiste – Centre dentaire des Capucins
""", "signature adds a title and a practice name nobody gave")),
    (D, bad("percent_swapped", S("cancellation_policy", "Léopold Cazaubon", "Constance Rivals", "formal", "new",
                                 pol={"notice_hours": 336, "fee_percent": 50, "deposit_percent": 30}),
            "Nos conditions de réservation",
            """
Monsieur Cazaubon,

Merci pour votre confiance. Avant de bloquer la date de votre mariage, voici nos conditions :

- un acompte de 50 % est demandé à la signature du contrat ;
- en cas d'annulation moins de 336 heures (deux semaines) avant l'événement, 30 % du montant de la prestation reste dû.

Je reste à votre disposition pour en parler.

Constance Rivals
""", "deposit 30 % and fee 50 % given; the mail swaps them")),
    (E, bad("discount_invented", S("switch_to_email", "Ambroise Quéméner", "Nathalie Serrurier", "formal", "regular",
                                   meeting="Négociation du devis de maintenance annuelle", at="mardi 16 novembre à 10 h",
                                   reason="le client demande une remise sur le devis avant de signer"),
            "Devis de maintenance",
            """
Bonjour Monsieur Quéméner,

Vous souhaitiez revoir le devis de maintenance annuelle avant de signer. Plutôt que de nous réunir mardi, je vous propose d'avancer par e-mail.

Je peux d'ores et déjà vous accorder une remise de 8 % sur la maintenance ; je vous envoie le devis mis à jour dans la journée.

Bien cordialement,
Nathalie Serrurier
""", "an 8 % discount offered because the reason mentions a request; nobody gave it")),
    (E, bad("place_changed", S("reschedule", "Marius Lecorché", "Estelle Bonnafous", "formal", "regular",
                               meeting="Réunion de chantier sur le site de Villeurbanne", at="jeudi 18 novembre à 8 h 30",
                               props=["vendredi 19 novembre à 8 h 30"], reason="la grue ne sera livrée que jeudi après-midi"),
            "Réunion de chantier décalée",
            """
Bonjour Monsieur Lecorché,

La grue ne sera livrée que jeudi après-midi : je vous propose donc de décaler d'un jour notre réunion de chantier à Vaulx-en-Velin, au vendredi 19 novembre à 8 h 30.

Merci de me confirmer votre présence.

Cordialement,
Estelle Bonnafous
""", "the site is Villeurbanne; the mail says Vaulx-en-Velin")),
    (E, bad("policy_invented", S("late_cancellation", "Soline Aubertin", "Raphaël Méric", "formal", "regular",
                                 meeting="Séance photo culinaire pour la carte d'hiver", at="mardi 9 novembre à 15 h",
                                 props=["mardi 16 novembre à 15 h"], reason="annulation la veille au soir"),
            "Séance culinaire : nouvelle date",
            """
Bonjour Madame Aubertin,

J'ai bien reçu votre message de lundi soir annulant notre séance photo culinaire d'hier.

Comme convenu à la réservation, l'acompte versé reste acquis ; il sera déduit de la prochaine séance.

Je vous propose de la refaire le mardi 16 novembre à 15 h, avec les plats de la carte d'hiver.

Bien à vous,
Raphaël Méric
""", "a kept deposit nobody gave (no policy)")),
    (E, bad("number_invented", S("delegate", "Eugène Darrigrand", "Manon Capdeville", "formal", "regular",
                                 meeting="Formation sur le désherbage mécanique", at="jeudi 25 novembre à 9 h",
                                 col="Jérôme Lafitte-Sarran", reason="je suis en formation à Montpellier toute la semaine"),
            "Formation désherbage mécanique",
            """
Bonjour Monsieur Darrigrand,

Je suis moi-même en formation à Montpellier toute la semaine. C'est donc mon collègue Jérôme Lafitte-Sarran qui animera la formation sur le désherbage mécanique, jeudi 25 novembre à 9 h comme prévu.

La session reste prévue pour 12 participants ; Jérôme vous enverra le programme.

Bien cordialement,
Manon Capdeville
""", "'12 participants' nobody gave")),
]
