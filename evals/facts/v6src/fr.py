"""French v6 records: 20 correct, 20 flawed (one fault each), written out by hand."""

from __future__ import annotations

from v2src._rec import S, bad, ok

T1, T2, T3, T4, T5 = "2026-12-21", "2027-02-23", "2027-05-26", "2027-08-31", "2027-10-20"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (T1, ok(S("fr", "reschedule", "Maëlle Troadec", "Gwenaël Le Bihan", "formal", "key",
              meeting="Revue annuelle du contrat de maintenance des ascenseurs", at="mardi 22 décembre à 10 h",
              props=("mardi 5 janvier à 10 h", "mercredi 6 janvier à 15 h"),
              reason="notre technicien référent est arrêté jusqu'à la fin de l'année"),
            "Revue annuelle ascenseurs : deux créneaux en janvier",
            """
Chère Madame Troadec,

Notre technicien référent, indispensable pour la revue annuelle du contrat de maintenance des ascenseurs, est en arrêt jusqu'à la fin de l'année. Plutôt que de tenir la réunion de mardi sans lui, je vous propose de la décaler en janvier :

- le mardi 5 janvier à 10 heures ;
- ou le mercredi 6 janvier à 15 h.

Je reste à votre disposition si aucun de ces créneaux ne vous convient.

Bien cordialement,

Gwenaël Le Bihan
""", "correct: 'Chère Madame', list of slots, '10 heures' for 10 h, reason paraphrased")),
    (T2, ok(S("fr", "reschedule", "Baptiste Vérin", "Anouk Delcourt", "friendly", "regular",
              meeting="Dégustation des cuvées 2026", at="jeudi 25 février à 18 h",
              props=("jeudi 4 mars à 18 h",), reason="la cave n'a pas reçu les bouteilles"),
            "Dégustation : on glisse d'une semaine ?",
            """
Salut Baptiste,

Mauvaise nouvelle : les bouteilles ne sont toujours pas arrivées à la cave, donc pas de dégustation des cuvées 2026 ce jeudi. On remet ça le jeudi d'après, le 4 mars, même heure ? Ça me laisse le temps de tout recevoir.

Bises,
Anouk
""", "correct: 'même heure' for 18 h, 'le jeudi d'après, le 4 mars'")),
    (T3, ok(S("fr", "reschedule", "Hervé Castagnède", "Solène Brétigny", "formal", "new",
              meeting="Visite du local commercial rue des Carmes", at="vendredi 28 mai à 11 h 30",
              props=("lundi 31 mai à 14 h",), reason="le propriétaire ne peut pas nous ouvrir ce jour-là"),
            "Visite rue des Carmes – lundi 31 mai à 14 h",
            """
Monsieur,

Le propriétaire du local commercial de la rue des Carmes m'informe qu'il ne pourra pas nous ouvrir vendredi. Je suis donc contrainte de déplacer notre visite, initialement prévue à 11h30.

Pourriez-vous vous libérer le lundi 31 mai à 14 heures ? Je vous attendrai devant l'entrée.

Avec mes excuses pour ce changement, je vous prie d'agréer, Monsieur, mes salutations distinguées.

Solène Brétigny
""", "correct: bare 'Monsieur,', '11h30' for 11 h 30, subject names the offered slot")),
    (T5, ok(S("fr", "reschedule", "Capucine Aubertel", "Renaud Pelletier-Sauvat", "formal", "regular",
              meeting="Point trimestriel sur le parc de véhicules", at="jeudi 21 octobre à 9 h",
              props=("mardi 26 octobre à 9 h", "mardi 26 octobre à 16 h 30")),
            "Point flotte : report à mardi prochain",
            """
Bonjour Madame Aubertel,

Je dois malheureusement déplacer notre point trimestriel sur le parc de véhicules prévu demain à 9 h. Mardi prochain, 26 octobre, j'ai deux possibilités : à la même heure, ou en fin de journée à 16 h 30.

Dites-moi ce qui vous arrange le mieux.

Cordialement,
Renaud Pelletier-Sauvat
""", "correct: 'demain' (today Wed 20), 'à la même heure' for 9 h, no reason given so none invented")),
    (T1, ok(S("fr", "decline", "Joachim Ferrand", "Clarisse Moutier", "formal", "new",
              meeting="Présentation de votre solution de paie", at="mercredi 23 décembre à 14 h",
              reason="nous avons renouvelé notre prestataire actuel pour deux ans"),
            "Votre présentation du 23 décembre",
            """
Monsieur Ferrand,

Je vous remercie pour votre proposition de présentation de votre solution de paie. Nous venons toutefois de reconduire notre prestataire actuel pour les deux années à venir ; je préfère donc ne pas vous faire déplacer pour rien mercredi.

Je garde vos coordonnées et ne manquerai pas de revenir vers vous le moment venu.

Cordialement,

Clarisse Moutier
""", "correct: 'deux années à venir' = reason's two years; 'pour rien' idiom, no new fact")),
    (T4, ok(S("fr", "decline", "Odile Sarrazin", "Mathis Quérouil", "friendly", "key",
              meeting="Afterwork des partenaires du pôle nautique", at="jeudi 2 septembre à 19 h",
              reason="je suis en déplacement à Bordeaux"),
            "Afterwork jeudi",
            """
Bonjour Odile,

Merci mille fois pour l'invitation ! Je serai hélas à Bordeaux jeudi soir, donc je ne pourrai pas être des vôtres à l'afterwork des partenaires du pôle nautique.

Levez un verre pour moi, et à très vite pour la prochaine,

Mathis
""", "correct: 'merci mille fois' idiom, 'jeudi soir' for 19 h, first name")),
    (T2, ok(S("fr", "shorten", "Séverine Lachaume", "Tristan Vigouroux", "formal", "regular",
              meeting="Comité éditorial du guide des randonnées", at="mercredi 24 février à 14 h",
              dur=45, reason="j'enchaîne avec une réunion à l'imprimerie"),
            "Comité éditorial de mercredi : trois quarts d'heure",
            """
Chère Madame Lachaume,

Je dois rejoindre l'imprimerie juste après notre comité éditorial du guide des randonnées de mercredi 14 h. Serait-il possible de le resserrer sur trois quarts d'heure ? Je vous propose de commencer par les itinéraires du massif, qui sont les plus urgents.

Bien à vous,

Tristan Vigouroux
""", "correct: 'trois quarts d'heure' for 45 minutes")),
    (T3, ok(S("fr", "shorten", "Lionel Tessier", "Maud Carrasco", "friendly", "regular",
              meeting="Atelier planning des équipes d'été", at="jeudi 27 mai à 10 h", dur=30),
            "Atelier planning – version courte",
            """
Coucou Lionel,

Pour l'atelier planning des équipes d'été de demain 10h, est-ce qu'on peut faire court ? Une demi-heure devrait suffire si chacun arrive avec ses dispos.

Merci d'avance !
Maud
""", "correct: 'une demi-heure' for 30 minutes, 'demain 10h' (today Wed 26, meeting Thu 27)")),
    (T4, ok(S("fr", "switch_to_call", "Bérénice Hamelin", "Yannick Daumas", "formal", "key",
              meeting="Réunion de lancement du site de Valence", at="lundi 6 septembre à 9 h 30",
              reason="la grève SNCF annoncée pour lundi"),
            "Lancement du site de Valence : en visio lundi",
            """
Madame Hamelin,

Avec la grève SNCF annoncée pour lundi, je crains de ne pas pouvoir être à Valence à l'heure. Je vous propose de conserver le créneau de 9h30 pour notre réunion de lancement du site de Valence, mais en visioconférence.

Je vous enverrai l'invitation si cela vous convient.

Je vous prie de croire, Madame, à l'assurance de mes sentiments les meilleurs.

Yannick Daumas
""", "correct: same slot kept as a call; the invitation is promised, no link given")),
    (T5, ok(S("fr", "switch_to_call", "Félicien Morvan", "Armelle Josse", "friendly", "regular",
              meeting="Point sur la commande de semences", at="vendredi 22 octobre à 15 h",
              props=("lundi 25 octobre à 11 h",)),
            "Semences : un coup de fil suffira",
            """
Bonjour Félicien,

Pour le point sur la commande de semences, pas besoin que tu fasses la route : un coup de fil fera l'affaire. Je t'appelle plutôt lundi 25 à 11h, si ça te va ?

À bientôt,
Armelle
""", "correct: 'fasses la route' no place, 'lundi 25 à 11h', meeting slot not re-offered")),
    (T1, ok(S("fr", "switch_to_email", "Ghislaine Pradel", "Florent Massy", "formal", "regular",
              meeting="Validation du devis de rénovation de la toiture", at="lundi 28 décembre à 10 h",
              reason="il ne reste que deux points à valider"),
            "Devis toiture : validation par écrit",
            """
Madame Pradel,

Il ne reste que deux points à valider dans le devis de rénovation de la toiture ; plutôt que de vous faire venir lundi 28 décembre, je vous propose de les régler par e-mail. Je vous les détaille dans un prochain message.

Bien cordialement,
Florent Massy
""", "correct: 'deux points' = reason, 'lundi 28 décembre' right weekday")),
    (T3, ok(S("fr", "switch_to_email", "Eudes Lamarque", "Perrine Guillot", "formal", "key",
              meeting="Arbitrage budgétaire du festival", at="mardi 1 juin à 16 h"),
            "Arbitrage budgétaire : par écrit",
            """
Cher Monsieur Lamarque,

Nos agendas de début juin étant très chargés, je vous propose de mener l'arbitrage budgétaire du festival par écrit plutôt que lors de notre rendez-vous du mardi 1er juin à 16 h. Je vous adresse la synthèse des postes en discussion, et vous pourrez y répondre à votre rythme.

Très cordialement,

Perrine Guillot
""", "correct: '1er juin' for '1 juin', 'Cher Monsieur'")),
    (T2, ok(S("fr", "delegate", "Noémie Faucheux", "Arnaud Becquet", "formal", "regular",
              meeting="Audit des contrats fournisseurs", at="vendredi 26 février à 9 h",
              col="Sidonie Rabier", reason="je serai au salon de l'agriculture"),
            "Audit des contrats fournisseurs – vendredi",
            """
Madame Faucheux,

Je serai retenu au salon de l'agriculture vendredi. Pour ne pas retarder l'audit des contrats fournisseurs, ma collègue Sidonie Rabier vous recevra à 9 heures comme convenu ; elle connaît parfaitement le dossier.

Bien à vous,
Arnaud Becquet
""", "correct: colleague full name, '9 heures'")),
    (T5, ok(S("fr", "delegate", "Aurélien Chassagne", "Lucie Vannier", "friendly", "key",
              meeting="Repérage pour le tournage à Honfleur", at="mardi 26 octobre à 8 h",
              col="Tanguy Lebreton"),
            "Repérage Honfleur : Tanguy prend le relais",
            """
Hello Aurélien,

Je ne pourrai finalement pas être du repérage à Honfleur mardi matin. C'est Tanguy qui s'en charge : il sera sur place à 8 h, et il a déjà tout le dossier en main. Tu peux compter sur lui !

À très vite,
Lucie
""", "correct: colleague by first name 'Tanguy', 'mardi matin'")),
    (T1, ok(S("fr", "no_show_followup", "Rodolphe Garnaud", "Élodie Brisset", "formal", "new",
              meeting="Premier entretien de bilan patrimonial et successoral", at="vendredi 18 décembre à 11 h",
              props=("mardi 29 décembre à 11 h", "mercredi 6 janvier à 17 h")),
            "Notre rendez-vous de vendredi",
            """
Monsieur Garnaud,

Je vous ai attendu vendredi à 11 h pour notre premier rendez-vous de bilan patrimonial, et j'espère qu'aucun souci ne vous a empêché de venir.

Si vous souhaitez toujours faire ce point, je peux vous recevoir le mardi 29 décembre à 11 h ou le mercredi 6 janvier à 17 h.

Cordialement,
Élodie Brisset
""", "correct: past meeting 'vendredi' (18 Dec, today Mon 21)")),
    (T4, ok(S("fr", "no_show_followup", "Maxence Rigal", "Inès Sabourin", "friendly", "regular",
              meeting="Cours de conduite accompagnée", at="lundi 30 août à 17 h",
              props=("jeudi 2 septembre à 17 h",), pol={"notice_hours": 24, "fee_percent": 50}),
            "On t'a attendu hier",
            """
Bonjour Maxence,

On t'a attendu hier à 17h pour ton cours de conduite accompagnée ; j'espère que tout va bien !

Je te propose de le rattraper jeudi 2 septembre, même heure. Petit rappel au passage : un cours non décommandé au moins 24 heures à l'avance est facturé à moitié, soit 50 % du tarif.

À jeudi j'espère,
Inès
""", "correct: 'hier' (30 Aug, today Tue 31), 'à moitié, soit 50 %' backed by fee 50")),
    (T2, ok(S("fr", "late_cancellation", "Amandine Cazalis", "Hugues Desforges", "formal", "key",
              meeting="Séance photo du catalogue printemps", at="lundi 22 février à 9 h",
              props=("lundi 1 mars à 9 h",), reason="une de ses mannequins est tombée malade",
              pol={"notice_hours": 72, "deposit_percent": 30}),
            "Séance photo du catalogue printemps",
            """
Chère Madame Cazalis,

J'ai bien reçu votre message d'hier matin, et je suis désolé d'apprendre que l'un de vos mannequins est souffrant. J'espère que ce n'est rien de grave.

Je vous propose de reprogrammer la séance photo du catalogue printemps le lundi 1er mars à 9 heures.

Comme le prévoient nos conditions, une annulation moins de trois jours (72 heures) avant la séance entraîne la conservation de l'acompte de 30 %.

Bien cordialement,
Hugues Desforges
""", "correct: 'trois jours (72 heures)', deposit 30 % kept, no other term")),
    (T3, ok(S("fr", "late_cancellation", "Quentin Aubry", "Maryline Sorel", "friendly", "regular",
              meeting="Séance de coaching vocal", at="mardi 25 mai à 18 h 30",
              pol={"notice_hours": 48, "fee_percent": 100}),
            "Séance d'hier",
            """
Bonsoir Quentin,

Merci de m'avoir prévenue, même à la dernière minute, pour la séance de coaching vocal d'hier soir. Ça arrive !

Je dois quand même te rappeler la règle : en dessous de 48 h, la séance est due en totalité (100 %). Dis-moi quand tu veux qu'on en recale une.

Belle soirée,
Maryline
""", "correct: 'à la dernière minute' idiom, 'en totalité (100 %)' backed by fee 100")),
    (T4, ok(S("fr", "cancellation_policy", "Valentine Rocheteau", "Bastien Corre", "formal", "new",
              pol={"notice_hours": 24, "deposit_percent": 20}),
            "Nos conditions d'annulation",
            """
Madame Rocheteau,

Bienvenue parmi nos clients. Pour que tout soit clair dès le départ, voici nos conditions d'annulation : un acompte de 20 % est demandé à la réservation, et toute annulation doit nous parvenir au moins 24 heures à l'avance ; à défaut, l'acompte reste acquis.

Je reste à votre écoute pour toute question.

Cordialement,
Bastien Corre
""", "correct: policy without meeting; 'l'acompte reste acquis' is the usual meaning of a deposit")),
    (T5, ok(S("fr", "cancellation_policy", "Aristide Bonnemaison", "Camille Estrade", "friendly", "key",
              meeting="Stage d'aquarelle du week-end", at="samedi 30 octobre à 10 h",
              pol={"notice_hours": 168, "fee_percent": 50}),
            "Stage d'aquarelle : petit rappel",
            """
Bonjour Aristide,

Ravie de te compter parmi nous pour le stage d'aquarelle du week-end, samedi 30 octobre à 10h !

Un petit rappel, juste pour la forme : si tu dois annuler, préviens-moi une semaine avant (168 heures) ; en deçà, la moitié du stage reste due (50 %).

À samedi,
Camille
""", "correct: 'une semaine avant (168 heures)', 'la moitié … (50 %)'")),
    # ------------------------------------------------------------------ flawed
    (T1, bad("time_swapped", S("fr", "reschedule", "Fabienne Lestrade", "Olivier Marchetti", "formal", "regular",
                               meeting="Réunion de clôture des comptes 2026", at="mercredi 30 décembre à 14 h",
                               props=("jeudi 7 janvier à 10 h",)),
             "Clôture des comptes : nouvelle date",
             """
Madame Lestrade,

Je me vois contraint de déplacer notre réunion de clôture des comptes 2026, prévue le jeudi 7 janvier à 10 h. Pourriez-vous plutôt vous rendre disponible le mercredi 30 décembre à 14 h ?

Avec mes excuses,

Olivier Marchetti
""", "body presents the proposed slot (jeudi 7 janvier 10 h) as the meeting moved and the old one (30 décembre 14 h) as the new option")),
    (T3, bad("time_swapped", S("fr", "switch_to_call", "Grégoire Poulain", "Sandrine Ribeyre", "friendly", "regular",
                               meeting="Point sur le déménagement de l'agence", at="jeudi 3 juin à 11 h",
                               props=("jeudi 3 juin à 14 h",)),
             "Déménagement : on s'appelle jeudi",
             """
Salut Grégoire,

Pour notre point sur le déménagement de l'agence jeudi, on pourrait faire ça au téléphone plutôt qu'en face à face ? Du coup je t'appelle à 11 h au lieu de 14 h, ça te va ?

Sandrine
""", "'à 11 h au lieu de 14 h': the old hour (11 h) offered as the call slot, the proposed one (14 h) presented as the old")),
    (T2, bad("time_recap_wrong", S("fr", "reschedule", "Apollinaire Gaudin", "Nadège Feuillet", "formal", "key",
                                   meeting="Comité de pilotage du projet Horizon", at="jeudi 25 février à 14 h",
                                   props=("mardi 2 mars à 14 h", "mercredi 3 mars à 9 h")),
             "Comité de pilotage Horizon : report",
             """
Cher Monsieur Gaudin,

Je dois malheureusement reporter le comité de pilotage du projet Horizon de jeudi. Je vous propose le mardi 2 mars à 14 h ou le mercredi 3 mars à 9 h.

Dans l'attente de votre choix, je bloque provisoirement le mardi 2 mars à 9 h dans nos deux agendas.

Bien à vous,
Nadège Feuillet
""", "recap 'mardi 2 mars à 9 h' mixes the two offered slots: neither was offered")),
    (T5, bad("time_recap_wrong", S("fr", "no_show_followup", "Ophélie Marsan", "Joël Cabrol", "friendly", "new",
                                   meeting="Essayage de la robe de cérémonie", at="lundi 18 octobre à 16 h",
                                   props=("jeudi 28 octobre à 16 h",)),
             "Nouvel essayage le jeudi 28 octobre à 18 h",
             """
Bonjour Ophélie,

Je vous ai attendue lundi après-midi pour l'essayage de votre robe de cérémonie ; j'espère que vous allez bien.

Je peux vous proposer un nouvel essayage le jeudi 28 octobre à 16 h. Tenez-moi au courant !

Joël
""", "subject names 18 h; the body offers 16 h")),
    (T4, bad("weekday_wrong", S("fr", "reschedule", "Timothée Lacombe", "Estelle Marigny", "formal", "new",
                                meeting="Diagnostic énergétique de l'entrepôt", at="jeudi 2 septembre à 8 h 30",
                                props=("mercredi 8 septembre à 8 h 30",)),
             "Diagnostic énergétique : report au mardi 8 septembre",
             """
Monsieur Lacombe,

Un imprévu m'oblige à déplacer le diagnostic énergétique de votre entrepôt prévu jeudi. Je vous propose le mercredi 8 septembre, toujours à 8 h 30.

Cordialement,
Estelle Marigny
""", "subject says 'mardi 8 septembre'; 8 September 2027 is a Wednesday")),
    (T1, bad("weekday_wrong", S("fr", "late_cancellation", "Armand Vilain", "Cécile Poitevin", "formal", "regular",
                                meeting="Consultation d'ostéopathie du nourrisson", at="vendredi 18 décembre à 12 h 15",
                                props=("mardi 29 décembre à 12 h 15", "lundi 4 janvier à 9 h")),
             "Votre consultation annulée",
             """
Monsieur Vilain,

J'ai bien noté l'annulation de votre consultation de vendredi midi et quart. Je peux vous proposer un nouveau rendez-vous le mardi 29 décembre à 12 h 15, ou le mardi 4 janvier à 9 h.

Bien cordialement,
Cécile Poitevin
""", "body 'mardi 4 janvier'; 4 January 2027 is a Monday (situation says lundi)")),
    (T3, bad("percent_swapped", S("fr", "cancellation_policy", "Rosalie Deschamps", "Kevin Tardieu", "formal", "new",
                                  pol={"notice_hours": 48, "fee_percent": 40, "deposit_percent": 25}),
             "Conditions de réservation",
             """
Madame Deschamps,

Comme convenu, voici nos conditions : un acompte de 40 % est versé à la réservation. Toute annulation intervenant moins de 48 heures avant la prestation donne lieu à une facturation de 25 % du montant.

Cordialement,
Kevin Tardieu
""", "deposit 40 % and fee 25 % swapped (given: fee 40, deposit 25)")),
    (T5, bad("percent_swapped", S("fr", "late_cancellation", "Sylvain Carrère", "Aude Penven", "friendly", "regular",
                                  meeting="Cours particulier de piano jazz", at="mardi 19 octobre à 17 h",
                                  props=("mardi 26 octobre à 17 h",),
                                  pol={"notice_hours": 24, "fee_percent": 30, "deposit_percent": 15}),
             "Cours d'hier",
             """
Bonjour Sylvain,

Pas de souci pour hier, ce sont des choses qui arrivent. On se retrouve mardi prochain, le 26, à 17h ?

Pour mémoire : en cas d'annulation moins de 24 heures avant, 15 % du cours est facturé, et les 30 % d'arrhes versés à l'inscription ne sont pas restitués.

Bonne soirée,
Aude
""", "fee 15 % and deposit (arrhes) 30 % swapped (given: fee 30, deposit 15)")),
    (T2, bad("policy_invented", S("fr", "no_show_followup", "Bertille Courtois", "Damien Leclercq", "formal", "regular",
                                  meeting="Bilan de compétences, troisième séance", at="lundi 22 février à 14 h",
                                  props=("lundi 1 mars à 14 h",)),
             "Votre séance d'hier",
             """
Madame Courtois,

Je ne vous ai pas vue hier à 14 h pour la troisième séance de votre bilan de compétences ; j'espère que tout va bien.

Je vous propose de la reprendre le lundi 1er mars à la même heure. Je me permets de rappeler qu'une séance manquée sans prévenir est due à moitié.

Cordialement,
Damien Leclercq
""", "'due à moitié': policy in words, no policy given")),
    (T4, bad("policy_invented", S("fr", "decline", "Honorine Bastide", "Loïc Ferrari", "formal", "regular",
                                  meeting="Répétition générale du gala", at="vendredi 3 septembre à 20 h",
                                  reason="notre salle est réquisitionnée pour un tournage"),
             "Répétition générale de vendredi",
             """
Madame Bastide,

Notre salle étant réquisitionnée pour un tournage, nous ne pourrons malheureusement pas accueillir la répétition générale du gala vendredi soir.

L'acompte versé pour la salle vous sera intégralement remboursé. Nous restons à votre disposition pour une autre occasion.

Cordialement,
Loïc Ferrari
""", "refund of a deposit promised; no deposit or policy given")),
    (T1, bad("number_invented", S("fr", "switch_to_email", "Lazare Delmas", "Sophie Renouard", "formal", "key",
                                  meeting="Point sur les tarifs de transport 2027", at="mardi 22 décembre à 11 h"),
             "Tarifs de transport 2027",
             """
Monsieur Delmas,

Je vous propose de traiter les tarifs de transport 2027 par e-mail plutôt que lors de notre point de demain. Pour résumer, la hausse sera contenue à 3,5 % sur l'ensemble des lignes ; je vous envoie le détail dans la journée.

Bien à vous,
Sophie Renouard
""", "'3,5 %' price rise nobody gave")),
    (T3, bad("number_invented", S("fr", "delegate", "Marius Peyrot", "Agathe Lemonnier", "friendly", "regular",
                                  meeting="Réception du chantier de la véranda", at="vendredi 4 juin à 9 h",
                                  col="Raphaël Girardot"),
             "Véranda : c'est Raphaël qui vient",
             """
Bonjour Marius,

Je ne pourrai pas être là vendredi pour la réception du chantier de la véranda, c'est Raphaël Girardot qui me remplace à 9h. Il vous fera signer le procès-verbal et vous remettra la facture de solde de 1 850 euros.

Bonne journée,
Agathe
""", "'1 850 euros' invoice amount nobody gave")),
    (T5, bad("discount_invented", S("fr", "reschedule", "Clémence Jourdan", "Thibault Rougier", "formal", "key",
                                    meeting="Présentation de la nouvelle gamme de mobilier", at="jeudi 21 octobre à 10 h",
                                    props=("mercredi 27 octobre à 10 h",),
                                    reason="notre livraison d'échantillons a du retard ; la cliente demande un geste commercial"),
             "Présentation mobilier : mercredi 27 octobre",
             """
Madame Jourdan,

Nos échantillons arrivent avec du retard : je préfère donc décaler la présentation de la nouvelle gamme de mobilier au mercredi 27 octobre à 10 h.

Pour nous faire pardonner ce contretemps, nous vous accorderons une remise de 10 % sur votre prochaine commande.

Bien cordialement,
Thibault Rougier
""", "10 % discount licensed only by the reason's request for a gesture")),
    (T2, bad("link_invented", S("fr", "switch_to_call", "Léandre Fauvel", "Mélanie Cordier", "formal", "new",
                                meeting="Entretien de recrutement – poste de chef de rang", at="mercredi 24 février à 15 h",
                                ),
             "Entretien de mercredi en visio",
             """
Monsieur Fauvel,

Afin de vous éviter le déplacement, je vous propose de réaliser notre entretien de mercredi à 15 h en visioconférence. Il vous suffira de rejoindre la salle suivante : meet.google.com/chr-rang-fauvel.

Cordialement,
Mélanie Cordier
""", "meeting link nobody gave")),
    (T4, bad("email_invented", S("fr", "switch_to_email", "Philippine Aubrac", "Romain Thévenet", "friendly", "regular",
                                 meeting="Choix des menus du séminaire", at="mercredi 1 septembre à 12 h"),
             "Menus du séminaire par mail",
             """
Bonjour Philippine,

On peut régler le choix des menus du séminaire par mail, ce sera plus simple que de se voir demain midi. Envoie-moi tes préférences directement sur mon adresse perso, romain.thevenet@laposte.net, je les transmets au traiteur.

Bonne journée,
Romain
""", "private e-mail address nobody gave")),
    (T1, bad("phone_invented", S("fr", "no_show_followup", "Gaspard Loiseau", "Laure Chabanel", "formal", "new",
                                 meeting="Rendez-vous d'ouverture de compte professionnel", at="jeudi 17 décembre à 10 h",
                                 props=("mercredi 23 décembre à 10 h",)),
             "Votre rendez-vous du 17 décembre",
             """
Monsieur Loiseau,

Nous avions rendez-vous jeudi dernier à 10 h pour l'ouverture de votre compte professionnel, et je ne vous ai pas vu arriver. Je vous propose un nouveau créneau le mercredi 23 décembre à 10 h.

En cas d'empêchement, vous pouvez me joindre directement au 06 42 18 77 03.

Cordialement,
Laure Chabanel
""", "mobile number nobody gave")),
    (T3, bad("title_or_company_invented", S("fr", "decline", "Ambroise Vidal", "Nathalie Gorce", "formal", "new",
                                            meeting="Démonstration de la plateforme de réservation", at="lundi 7 juin à 15 h"),
             "Démonstration du 7 juin",
             """
Monsieur Vidal,

Je vous remercie pour votre proposition de démonstration de la plateforme de réservation. Nous ne sommes pas en mesure de nous engager sur ce type d'outil cette année ; je préfère donc décliner le rendez-vous du lundi 7 juin.

Cordialement,

Nathalie Gorce
Directrice des opérations – Hôtels Gorce & Fils
""", "title and company under the signature, nobody gave them")),
    (T5, bad("name_near_miss", S("fr", "shorten", "Évariste Montferrand", "Juliette Baranger", "formal", "regular",
                                 meeting="Revue des sinistres du trimestre", at="lundi 25 octobre à 14 h", dur=60),
             "Revue des sinistres : une heure",
             """
Cher Monsieur Montferand,

Afin de tenir dans un agenda chargé, je vous propose de ramener notre revue des sinistres du trimestre de lundi à une heure. Je vous enverrai d'ici là la liste des dossiers à prioriser.

Bien cordialement,
Juliette Baranger
""", "'Montferand' for Montferrand (one letter dropped)")),
    (T2, bad("place_changed", S("fr", "delegate", "Isaure Lemaire", "Frédéric Bouvet", "formal", "key",
                                meeting="Inventaire de la cave à Beaune", at="vendredi 5 mars à 8 h",
                                col="Pauline Achard"),
             "Inventaire de la cave",
             """
Chère Madame Lemaire,

Retenu ailleurs le vendredi 5 mars, je ne pourrai pas assurer moi-même l'inventaire de votre cave à Meursault. Ma collègue Pauline Achard s'en chargera à 8 h, comme prévu ; elle a déjà réalisé plusieurs inventaires dans votre maison.

Bien à vous,
Frédéric Bouvet
""", "the cellar is in Beaune; the mail says Meursault")),
    (T4, bad("foreign_paragraph", S("fr", "late_cancellation", "Victorine Gallet", "Adrien Morel", "formal", "regular",
                                    meeting="Dégustation privée au domaine des Trois Chênes", at="lundi 30 août à 17 h",
                                    props=("vendredi 10 septembre à 17 h",), pol={"notice_hours": 48, "fee_percent": 50}),
             "Dégustation privée",
             """
Madame Gallet,

Nous avons bien reçu votre annulation pour la dégustation privée d'hier. Nous pouvons vous accueillir à nouveau le vendredi 10 septembre à 17 h.

Le recordamos que, según nuestras condiciones, una cancelación con menos de 48 horas de antelación supone el pago del 50 % del precio.

Bien cordialement,
Adrien Morel
""", "policy paragraph in Spanish in a French mail")),
]
