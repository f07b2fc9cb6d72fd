"""French v4 records, each written out by hand (held out). (today, record) pairs."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2026-12-10", "2027-02-09", "2027-04-21", "2027-06-24", "2027-10-05"
L = "fr"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S(L, "reschedule", "Bérénice Lhermitte", "Gaspard Olivier", "formal", "key",
             meeting="Revue du plan de trésorerie 2027", at="mardi 15 décembre à 14 h 30",
             props=["jeudi 17 décembre à 9 h", "vendredi 18 décembre à 11 h"],
             reason="une convocation au tribunal de commerce"),
           "Revue du plan de trésorerie : report",
           """
Chère Madame Lhermitte,

Je viens d'être convoqué au tribunal de commerce le mardi 15 décembre après-midi et ne pourrai donc pas assurer notre revue du plan de trésorerie 2027 prévue à 14 h 30.

Pourrions-nous la déplacer au jeudi 17/12 à 9h, ou au vendredi 18 à 11 heures ? Je m'adapterai bien volontiers.

Je vous prie de bien vouloir m'excuser pour ce contretemps.

Gaspard Olivier
""", "correct: 'Chère Madame Lhermitte', '17/12 à 9h', 'vendredi 18 à 11 heures', reason paraphrased")),
    (B, ok(S(L, "reschedule", "Quentin Berthelot", "Manon Vigier", "friendly", "regular",
             meeting="Point sur les visuels du salon Maison & Objet", at="jeudi 11 février à 10 h",
             props=["lundi 15 février à 16 h"], reason="ma fille est malade"),
           "Visuels du salon : on décale à lundi ?",
           """
Salut Quentin,

Ma fille est clouée au lit, je dois rester avec elle jeudi matin. On peut repousser notre point sur les visuels du salon Maison & Objet à lundi 15, vers 16h ?

Mille mercis et à lundi j'espère,
Manon
""", "correct: first name greeting and signature, 'lundi 15, vers 16h', idiom 'mille mercis'")),
    (C, ok(S(L, "reschedule", "Maître Adrien Castaing", "Héloïse Ferracci", "formal", "new",
             meeting="Signature du bail commercial de la rue Paradis", at="lundi 26 avril à 11 h",
             props=["mercredi 28 avril à 17 h"], reason="le retard de l'état des lieux"),
           "Signature du bail rue Paradis : nouvelle date proposée",
           """
Maître,

L'état des lieux n'ayant pas pu être réalisé à temps, la signature du bail commercial de la rue Paradis ne pourra pas avoir lieu le lundi 26 avril à 11 h.

Je vous propose de la fixer au mercredi 28 avril à 17 heures, si votre agenda le permet.

Je vous prie d'agréer, Maître, l'expression de mes salutations distinguées.

Héloïse Ferracci
""", "correct: 'Maître' for Maître Adrien Castaing, '17 heures', reason paraphrased")),
    (E, ok(S(L, "reschedule", "Solange Pradier", "Thibault Ancelin", "formal", "regular",
             meeting="Bilan annuel de l'assurance flotte", at="mercredi 6 octobre à 15 h",
             props=["mardi 12 octobre à 10 h", "jeudi 14 octobre à 10 h"], reason="une panne informatique"),
           "Bilan annuel assurance flotte : deux créneaux",
           """
Madame Pradier,

Une panne informatique nous prive de l'accès aux dossiers de sinistres ; je préfère donc reporter notre bilan annuel de l'assurance flotte prévu demain à 15 h.

Je peux vous recevoir le mardi 12 ou le jeudi 14 octobre, à chaque fois à 10 h. L'un de ces deux créneaux vous conviendrait-il ?

Bien cordialement,
Thibault Ancelin
""", "correct: 'demain à 15 h' (today Tue 5 Oct, meeting Wed 6), both slots as 'le mardi 12 ou le jeudi 14 octobre, à chaque fois à 10 h'")),
    (D, ok(S(L, "decline", "Firmin Delacourt", "Aurélie Chastang", "formal", "new",
             meeting="Démonstration du logiciel de paie Sirius", at="mardi 29 juin à 14 h",
             reason="nous venons de renouveler notre contrat avec notre prestataire actuel"),
           "Démonstration Sirius du 29 juin",
           """
Monsieur Delacourt,

Je vous remercie pour votre proposition de démonstration du logiciel de paie Sirius le mardi 29 juin à 14 h. Nous venons toutefois de reconduire notre contrat avec notre prestataire actuel, et je préfère ne pas vous faire perdre une heure.

Je garde vos coordonnées en tête pour l'avenir.

Cordialement,
Aurélie Chastang
""", "correct: declined politely, 'une heure' is an idiom, not a duration fact; reason paraphrased")),
    (B, ok(S(L, "decline", "Clémentine Roussel", "Yanis Bouaziz", "friendly", "key",
             meeting="Déjeuner de lancement de la collection printemps", at="vendredi 12 février à 12 h 30",
             reason="un séminaire d'équipe à Annecy"),
           "Déjeuner de vendredi",
           """
Chère Clémentine,

Quel dommage : je serai en séminaire d'équipe à Annecy vendredi, je vais donc devoir renoncer au déjeuner de lancement de la collection printemps.

Raconte-moi tout la semaine prochaine, je veux les deux ou trois coulisses !

Je t'embrasse,
Yanis
""", "correct: friendly decline, idiom 'deux ou trois coulisses', 'vendredi' for vendredi 12 février")),
    (C, ok(S(L, "shorten", "Lucien Marchetti", "Corinne Estève", "formal", "regular",
             meeting="Comité de suivi des travaux de l'entrepôt de Vénissieux", at="jeudi 22 avril à 9 h",
             dur=45, reason="une inspection de sécurité l'après-midi"),
           "Comité de suivi du 22 avril : format raccourci",
           """
Monsieur Marchetti,

Une inspection de sécurité étant programmée en fin de matinée, je vous propose de limiter notre comité de suivi des travaux de l'entrepôt de Vénissieux de demain, 9 h, à trois quarts d'heure.

En nous concentrant sur le planning et les réserves, cela devrait suffire.

Bien à vous,
Corinne Estève
""", "correct: 45 min as 'trois quarts d'heure', 'demain, 9 h' (today Wed 21 Apr)")),
    (E, ok(S(L, "shorten", "Romane Giraudeau", "Félix Aubertin", "friendly", "regular",
             meeting="Atelier d'écriture du rapport RSE", at="vendredi 8 octobre à 14 h",
             dur=30, reason="je dois récupérer mon fils à la crèche"),
           "Atelier RSE vendredi : version courte",
           """
Coucou Romane,

Vendredi je dois filer tôt pour la crèche : est-ce qu'on pourrait faire l'atelier d'écriture du rapport RSE en une demi-heure, toujours à 14h ?

On se concentre sur le plan, le reste peut attendre.

Merci !
Félix
""", "correct: 30 min as 'une demi-heure', 'toujours à 14h'")),
    (A, ok(S(L, "switch_to_call", "Norbert Vaillancourt", "Sabine Carrère", "formal", "key",
             meeting="Rencontre annuelle au siège de Reims", at="lundi 14 décembre à 10 h",
             reason="les grèves annoncées à la SNCF"),
           "Rencontre annuelle du 14 décembre : par téléphone ?",
           """
Cher Monsieur Vaillancourt,

Avec les grèves annoncées à la SNCF, je crains de ne pas pouvoir rejoindre Reims lundi prochain. Accepteriez-vous que notre rencontre annuelle se tienne par téléphone, le lundi 14 décembre à 10 h comme prévu ?

Je vous appellerai à l'heure dite.

Avec mes salutations les plus cordiales,
Sabine Carrère
""", "correct: 'Cher Monsieur Vaillancourt', same time kept, 'Reims' from the meeting")),
    (D, ok(S(L, "switch_to_call", "Pauline Tessier", "Armand Lecoq", "friendly", "new",
             meeting="Visite de l'atelier de céramique", at="vendredi 2 juillet à 15 h",
             props=["vendredi 2 juillet à 15 h 30"], reason="les travaux dans la rue de l'atelier"),
           "Notre échange de vendredi",
           """
Bonjour Pauline,

La rue de l'atelier est en travaux et l'accès est un vrai casse-tête en ce moment. Plutôt qu'une visite de l'atelier de céramique, je vous propose qu'on s'appelle vendredi 2 juillet, à 15h30 plutôt qu'à 15h.

Ça vous va ?

Belle journée,
Armand
""", "correct: call offered at 15h30 rather than 15h (both named in their roles)")),
    (B, ok(S(L, "switch_to_email", "Gontran Lévêque", "Marine Duchemin", "formal", "regular",
             meeting="Réunion de validation du devis d'éclairage", at="mercredi 17 février à 11 h",
             reason="le devis ne comporte que deux points à trancher"),
           "Devis d'éclairage : validation par écrit",
           """
Monsieur Lévêque,

Après relecture, le devis d'éclairage ne comporte plus que deux points à trancher. Plutôt que de nous réunir le mercredi 17 février à 11 h, je vous propose de les régler par e-mail : je vous les détaille dans mon prochain message.

Bien cordialement,
Marine Duchemin
""", "correct: 'deux points' comes from the reason")),
    (C, ok(S(L, "switch_to_email", "Ophélie Marquant", "Bastien Coudray", "friendly", "key",
             meeting="Brainstorming sur le nom de la nouvelle gamme", at="mardi 27 avril à 16 h",
             props=["mardi 4 mai à 16 h"], reason="un agenda saturé avant les vacances"),
           "Noms de la gamme : on avance par mail ?",
           """
Hello Ophélie,

Mon agenda déborde avant les vacances : et si on lançait le brainstorming sur le nom de la nouvelle gamme par mail plutôt que mardi ? Chacun envoie ses idées en vrac, et on en reparle de vive voix le mardi 4 mai à 16h si besoin.

Bonne journée !
Bastien
""", "correct: 'mardi' for 27 April, follow-up 'mardi 4 mai à 16h' as given")),
    (D, ok(S(L, "delegate", "Jean-Baptiste Ferrière", "Capucine Morvan", "formal", "key",
             meeting="Audit de conformité RGPD", at="mercredi 30 juin à 9 h 30", col="Léonie Sauvageot",
             reason="mon congé maternité commence le 28 juin"),
           "Audit RGPD du 30 juin : Léonie Sauvageot prend le relais",
           """
Cher Monsieur Ferrière,

Mon congé maternité débutant le 28 juin, c'est ma collègue Léonie Sauvageot qui conduira l'audit de conformité RGPD le mercredi 30 juin à 9 h 30. Elle connaît parfaitement votre dossier, que nous avons repris ensemble.

Je vous souhaite un excellent audit et vous remercie de votre confiance.

Capucine Morvan
""", "correct: '28 juin' comes from the reason, 'Cher Monsieur Ferrière'")),
    (E, ok(S(L, "delegate", "Agathe Lemoine", "Hugo Barbier", "friendly", "regular",
             meeting="Revue des maquettes du site vitrine", at="lundi 11 octobre à 10 h", col="Rémi Castel",
             reason="je pars en formation"),
           "Maquettes de lundi : c'est Rémi",
           """
Salut Agathe,

Je suis en formation toute la semaine prochaine, donc c'est Rémi qui te présentera les maquettes du site vitrine lundi 11 à 10h. Il a tout en main, tu peux lui poser toutes tes questions.

À bientôt,
Hugo
""", "correct: colleague by first name only (Rémi Castel), 'lundi 11 à 10h'")),
    (A, ok(S(L, "no_show_followup", "Victorine Dussault", "Cédric Manceau", "formal", "regular",
             meeting="Consultation patrimoniale", at="mardi 8 décembre à 17 h",
             props=["mercredi 16 décembre à 17 h"]),
           "Consultation patrimoniale de mardi",
           """
Madame Dussault,

Je vous ai attendue mardi à 17 h pour notre consultation patrimoniale et j'espère qu'il ne vous est rien arrivé de fâcheux.

Si vous le souhaitez, je peux vous recevoir le mercredi 16 décembre à la même heure.

Bien cordialement,
Cédric Manceau
""", "correct: past meeting 'mardi' (8 Dec, today Thu 10), 'à la même heure' for 17 h")),
    (C, ok(S(L, "no_show_followup", "Bastien Roy-Lemaire", "Élodie Sanchez", "friendly", "new",
             meeting="Séance d'essai de coaching vocal", at="mardi 20 avril à 18 h",
             props=["jeudi 29 avril à 18 h", "lundi 3 mai à 18 h"],
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Ta séance d'essai d'hier",
           """
Bonjour Bastien,

Je ne t'ai pas vu hier à 18h pour la séance d'essai de coaching vocal, j'espère que tout va bien !

On peut la refaire jeudi 29 avril ou lundi 3 mai, même heure. Petit rappel, en douceur : une séance annulée moins d'un jour à l'avance (24 h) est facturée à moitié, soit 50 %.

À très vite,
Élodie
""", "correct: 'hier à 18h' (today Wed 21, meeting Tue 20), 24 h as 'un jour', 50 % as 'à moitié'")),
    (B, ok(S(L, "late_cancellation", "Honorine Valette", "Raphaël Guérin", "formal", "regular",
             meeting="Consultation d'ostéopathie", at="lundi 8 février à 9 h",
             props=["vendredi 12 février à 9 h"], pol={"notice_hours": 48, "fee_percent": 100}),
           "Votre séance du 8 février",
           """
Madame Valette,

J'ai bien reçu votre message annulant votre consultation d'ostéopathie d'hier matin. Je peux vous proposer un nouveau rendez-vous le vendredi 12 février à 9 h.

Comme le prévoient nos conditions, une annulation moins de deux jours (48 heures) avant la séance est facturée en totalité.

Bien cordialement,

Raphaël Guérin
""", "correct: 'hier matin' (today Tue 9, meeting Mon 8), 48 h as 'deux jours (48 heures)', 100 % as 'en totalité'")),
    (D, ok(S(L, "late_cancellation", "Marius Tellier", "Justine Aubry", "friendly", "regular",
             meeting="Cours particulier de tennis", at="mercredi 23 juin à 19 h",
             pol={"notice_hours": 12, "fee_percent": 30}),
           "Le cours d'hier soir",
           """
Salut Marius,

Pas de souci pour hier soir, ça arrive ! Je te rappelle juste qu'à moins de 12 h du cours, 30 % du prix est dû : je l'ajouterai sur ta prochaine facture.

On se cale un nouveau créneau quand tu veux.

Sportivement,
Justine
""", "correct: 'hier soir' (today Thu 24, meeting Wed 23), 12 h and 30 % as given, no new slot invented")),
    (E, ok(S(L, "cancellation_policy", "Ghislaine Morand", "Étienne Fauvel", "formal", "new",
             pol={"notice_hours": 72, "deposit_percent": 20}),
           "Nos conditions d'annulation",
           """
Madame Morand,

Suite à votre première réservation, voici nos conditions d'annulation : toute annulation doit nous parvenir au moins trois jours (72 heures) avant la prestation. Un acompte de 20 % est demandé à la réservation.

Je reste à votre disposition pour toute question.

Étienne Fauvel
""", "correct: policy without meeting, 72 h as 'trois jours (72 heures)', acompte 20 %")),
    (A, ok(S(L, "cancellation_policy", "Anatole Germain", "Lise Chabert", "friendly", "key",
             meeting="Shooting photo du catalogue d'hiver", at="lundi 21 décembre à 8 h",
             pol={"notice_hours": 24, "fee_percent": 25, "deposit_percent": 40}),
           "Shooting du 21 : le petit rappel",
           """
Bonjour Anatole,

Avant le shooting photo du catalogue d'hiver lundi 21 à 8h, un petit rappel de nos conditions : l'acompte de 40 % est versé à la réservation ; en cas d'annulation moins de 24 heures avant, un quart du tarif (25 %) reste dû.

Mille bonnes choses d'ici là,
Lise
""", "correct: 25 % as 'un quart du tarif (25 %)', acompte 40 %, idiom 'mille bonnes choses'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S(L, "reschedule", "Florimond Sabatier", "Noémie Castaing", "formal", "regular",
             meeting="Comité d'investissement du fonds Aurore", at="mercredi 16 décembre à 10 h",
             props=["vendredi 18 décembre à 14 h"], reason="un déplacement à Bruxelles"),
           "Comité d'investissement Aurore : report",
           """
Monsieur Sabatier,

Un déplacement à Bruxelles m'empêche d'être présente au comité d'investissement du fonds Aurore le vendredi 18 décembre à 14 h.

Je vous propose de le tenir le mercredi 16 décembre à 10 h. Merci de me dire si cela vous convient.

Bien cordialement,
Noémie Castaing
""", "body: meeting time (mer. 16, 10 h) and proposed time (ven. 18, 14 h) exchanged")),
    (C, bad("time_swapped", S(L, "reschedule", "Églantine Roche-Vidal", "Maxence Pelletier", "friendly", "regular",
             meeting="Répétition du discours d'inauguration", at="jeudi 29 avril à 9 h",
             props=["jeudi 29 avril à 16 h"], reason="un rendez-vous chez le notaire"),
           "Répétition de jeudi : l'après-midi ?",
           """
Bonjour Églantine,

J'ai un rendez-vous chez le notaire jeudi après-midi : peut-on avancer la répétition du discours d'inauguration de 16h à 9h, le même jour ?

Merci beaucoup,
Maxence
""", "body: the two hours of the same day exchanged (meeting 9 h, proposed 16 h)")),
    (B, bad("time_recap_wrong", S(L, "reschedule", "Apolline Devaux", "Jérémie Lacombe", "formal", "key",
             meeting="Présentation du plan média", at="mercredi 10 février à 15 h",
             props=["lundi 15 février à 11 h"], reason="une urgence chez un annonceur"),
           "Plan média : report au lundi 15 février",
           """
Chère Madame Devaux,

Une urgence chez un annonceur m'oblige à décaler la présentation du plan média prévue demain à 15 h. Je vous propose le lundi 15 février à 11 h.

Je bloque donc lundi 15 à 14 h dans mon agenda, dans l'attente de votre confirmation.

Bien à vous,
Jérémie Lacombe
""", "closing recap names 14 h instead of the offered 11 h")),
    (D, bad("time_recap_wrong", S(L, "switch_to_call", "Léopold Arnaud", "Diane Séverac", "formal", "regular",
             meeting="Réunion de chantier à Saint-Nazaire", at="lundi 28 juin à 8 h 30",
             props=["mardi 29 juin à 8 h 30"], reason="la fermeture du pont"),
           "Appel de chantier mercredi 30 juin",
           """
Monsieur Arnaud,

Avec la fermeture du pont, rejoindre Saint-Nazaire lundi relève de l'exploit. Je vous propose de remplacer la réunion de chantier par un appel le mardi 29 juin à 8 h 30.

Cordialement,
Diane Séverac
""", "subject names mercredi 30 juin, a day never offered (offered: mardi 29 juin)")),
    (E, bad("weekday_wrong", S(L, "reschedule", "Bertille Chauvin", "Loïc Pradel", "formal", "new",
             meeting="Entretien d'intégration", at="jeudi 7 octobre à 10 h",
             props=["mercredi 13 octobre à 10 h"], reason="la réorganisation de notre service"),
           "Entretien d'intégration reporté au jeudi 13 octobre",
           """
Madame Chauvin,

La réorganisation de notre service nous oblige à décaler votre entretien d'intégration prévu jeudi à 10 h. Nous vous proposons le mercredi 13 octobre, à la même heure.

Bien cordialement,
Loïc Pradel
""", "subject: 'jeudi 13 octobre' (13 October 2027 is a Wednesday); body right")),
    (B, bad("weekday_wrong", S(L, "switch_to_email", "Hippolyte Caron", "Amandine Lejeune", "friendly", "regular",
             meeting="Point budget du festival", at="vendredi 19 février à 10 h",
             reason="trop de réunions cette semaine"),
           "Point budget : par mail",
           """
Salut Hippolyte,

Je croule sous les réunions : on pourrait traiter le point budget du festival par mail plutôt que de se voir le jeudi 19 février à 10h ? Je t'envoie le tableau ce soir.

Bises,
Amandine
""", "body: 'jeudi 19 février' (19 February 2027 is a Friday); subject has no date")),
    (C, bad("percent_swapped", S(L, "cancellation_policy", "Rodolphe Lestrade", "Maëlle Bonnefoy", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 60, "deposit_percent": 30}),
           "Conditions d'annulation",
           """
Monsieur Lestrade,

Voici nos conditions : un acompte de 60 % est versé à la réservation. Toute annulation moins de 48 heures avant la prestation entraîne la facturation de 30 % du montant.

Cordialement,
Maëlle Bonnefoy
""", "acompte 60 % and frais 30 % exchanged (given: fee 60, deposit 30)")),
    (D, bad("percent_swapped", S(L, "no_show_followup", "Eulalie Fontanel", "Grégoire Vasseur", "formal", "regular",
             meeting="Séance de kinésithérapie", at="mercredi 23 juin à 11 h",
             props=["lundi 28 juin à 11 h"], pol={"notice_hours": 24, "fee_percent": 80, "deposit_percent": 20}),
           "Votre séance d'hier",
           """
Madame Fontanel,

Je ne vous ai pas vue hier à 11 h et espère que vous allez bien. Je peux vous recevoir le lundi 28 juin à la même heure.

Je me permets de rappeler qu'une séance non décommandée 24 heures à l'avance est facturée à 20 %, l'acompte de 80 % restant acquis.

Bien cordialement,
Grégoire Vasseur
""", "fee 80 % and deposit 20 % exchanged in the policy sentence")),
    (A, bad("policy_invented", S(L, "late_cancellation", "Cyprien Lagarde", "Océane Brunel", "formal", "regular",
             meeting="Dégustation privée au domaine", at="mercredi 9 décembre à 18 h",
             props=["samedi 19 décembre à 18 h"]),
           "Dégustation privée",
           """
Monsieur Lagarde,

J'ai bien noté l'annulation de votre dégustation privée d'hier soir. Nous serions ravis de vous accueillir le samedi 19 décembre à 18 h.

Comme toute annulation tardive, celle-ci donnera lieu à la facturation de la moitié de la prestation.

Bien cordialement,
Océane Brunel
""", "policy in words ('la moitié de la prestation') with no policy given")),
    (E, bad("policy_invented", S(L, "no_show_followup", "Perrine Gauthier", "Simon Berthier", "friendly", "new",
             meeting="Cours d'essai de yoga prénatal", at="lundi 4 octobre à 18 h 30",
             props=["lundi 11 octobre à 18 h 30"]),
           "Ton cours d'essai",
           """
Bonjour Perrine,

On ne t'a pas vue hier soir au cours d'essai de yoga prénatal, j'espère que tout va bien.

Tu peux venir lundi 11 à 18h30 si tu veux. Seul petit bémol : l'acompte versé ne pourra pas être remboursé.

Belle soirée,
Simon
""", "invented policy: non-refundable deposit, no policy given")),
    (B, bad("name_near_miss", S(L, "decline", "Gwendoline Hébrard", "Nathan Cordier", "formal", "regular",
             meeting="Table ronde sur la logistique urbaine", at="jeudi 25 février à 14 h",
             reason="un engagement pris de longue date"),
           "Table ronde du 25 février",
           """
Madame Hébrart,

Je vous remercie de votre invitation à la table ronde sur la logistique urbaine du jeudi 25 février. Un engagement pris de longue date m'empêchera malheureusement d'y participer.

Bien cordialement,
Nathan Cordier
""", "greeting 'Hébrart' for Hébrard (1 edit)")),
    (D, bad("name_near_miss", S(L, "delegate", "Anselme Royer-Dufour", "Clarisse Bonnet", "formal", "key",
             meeting="Revue du contrat de maintenance des ascenseurs", at="jeudi 1 juillet à 10 h",
             col="Margaux Lefebvre", reason="une intervention chirurgicale"),
           "Revue du contrat de maintenance : Margot Lefebvre",
           """
Cher Monsieur Royer-Dufour,

Devant subir une petite intervention, je ne pourrai pas assurer la revue du contrat de maintenance des ascenseurs le jeudi 1er juillet à 10 h. Ma collègue Margot Lefebvre, qui suit votre compte avec moi, la mènera à ma place.

Bien à vous,
Clarisse Bonnet
""", "colleague 'Margot' for Margaux Lefebvre (near miss, 2 edits)")),
    (C, bad("discount_invented", S(L, "switch_to_call", "Barnabé Leclerc", "Inès Rocheteau", "formal", "new",
             meeting="Rendez-vous de présentation de nos services de traduction", at="vendredi 30 avril à 10 h",
             reason="le client a demandé s'il existe un tarif préférentiel"),
           "Présentation de nos services : par téléphone",
           """
Monsieur Leclerc,

Je vous propose de remplacer notre rendez-vous de présentation du vendredi 30 avril à 10 h par un appel, à la même heure. Pour répondre à votre question, nous pouvons vous accorder une remise de 15 % sur votre première commande.

Cordialement,
Inès Rocheteau
""", "15 % discount offered, licensed only by the reason (the client asked)")),
    (E, bad("link_invented", S(L, "switch_to_email", "Séraphin Drouet", "Laure Chevallier", "formal", "regular",
             meeting="Point d'avancement du chantier de Lorient", at="jeudi 14 octobre à 9 h",
             reason="le client voulait voir les photos du chantier"),
           "Chantier de Lorient : point par écrit",
           """
Monsieur Drouet,

Plutôt que de nous réunir le jeudi 14 octobre à 9 h, je vous propose de faire le point d'avancement du chantier de Lorient par e-mail. Vous trouverez les photos demandées ici : https://partage.chevallier-bati.fr/lorient

Bien cordialement,
Laure Chevallier
""", "link invented (only the reason mentions photos)")),
    (B, bad("email_invented", S(L, "delegate", "Marcelline Poirier", "Arthur Gaillard", "formal", "regular",
             meeting="Réunion trimestrielle des copropriétaires", at="mardi 16 février à 18 h",
             col="Yasmine Belkacem", reason="un conflit d'agenda"),
           "Réunion des copropriétaires : Yasmine Belkacem vous recevra",
           """
Madame Poirier,

Retenu ailleurs le mardi 16 février, je serai remplacé à la réunion trimestrielle des copropriétaires par ma collègue Yasmine Belkacem. Vous pouvez la joindre directement à yasmine.belkacem@gmail.com.

Bien cordialement,
Arthur Gaillard
""", "private e-mail address of the colleague invented")),
    (D, bad("phone_invented", S(L, "switch_to_call", "Octave Brossard", "Camille Renaudin", "friendly", "regular",
             meeting="Café pour le projet de fresque", at="lundi 5 juillet à 9 h"),
           "On s'appelle lundi ?",
           """
Salut Octave,

On remplace le café pour le projet de fresque par un coup de fil lundi 5 à 9h ? Appelle-moi au 06 41 27 88 13, c'est plus simple.

À lundi,
Camille
""", "phone number invented")),
    (A, bad("number_invented", S(L, "switch_to_email", "Philibert Sorel", "Agnès Mallet", "formal", "new",
             meeting="Rendez-vous pour le devis de rénovation de la cuisine", at="vendredi 18 décembre à 14 h",
             reason="le client demandait une estimation"),
           "Votre devis de rénovation",
           """
Monsieur Sorel,

Afin de ne pas vous déplacer le vendredi 18 décembre, je vous propose de poursuivre par e-mail pour le devis de rénovation de votre cuisine. À titre indicatif, ce type de chantier se situe autour de 12 000 euros.

Cordialement,
Agnès Mallet
""", "price '12 000 euros' invented (the reason only mentions an estimate)")),
    (C, bad("title_or_company_invented", S(L, "decline", "Ambroise Kervella", "Salomé Guillou", "formal", "new",
             meeting="Salon des sous-traitants de Brest", at="mardi 4 mai à 9 h"),
           "Salon des sous-traitants de Brest",
           """
Monsieur Kervella,

Merci pour votre invitation au salon des sous-traitants de Brest le mardi 4 mai. Je ne pourrai malheureusement pas m'y rendre cette année.

Cordialement,
Salomé Guillou
Responsable des achats – Armor Composites
""", "job title and company under the signature, nobody gave them")),
    (E, bad("place_changed", S(L, "decline", "Bénédicte Lapierre", "Valentin Hoarau", "formal", "regular",
             meeting="Visite de l'usine de Dunkerque", at="mercredi 13 octobre à 10 h",
             reason="un audit interne"),
           "Visite de l'usine",
           """
Madame Lapierre,

Un audit interne m'oblige à décliner la visite de l'usine de Calais du mercredi 13 octobre. Je le regrette sincèrement et espère qu'une autre occasion se présentera.

Bien cordialement,
Valentin Hoarau
""", "place inside the meeting changed: Calais for Dunkerque")),
    (A, bad("foreign_paragraph", S(L, "shorten", "Clotilde Vernet", "Adrien Fabre", "formal", "regular",
             meeting="Réunion de clôture de l'exercice", at="mardi 22 décembre à 15 h", dur=60,
             reason="la fermeture des bureaux à 16 h 30"),
           "Réunion de clôture du 22 décembre",
           """
Madame Vernet,

Nos bureaux fermant à 16 h 30 le mardi 22 décembre, je vous propose de limiter notre réunion de clôture de l'exercice à une heure, à partir de 15 h.

Lamentamos las molestias y le agradecemos de antemano su comprensión. Quedamos a su disposición para cualquier consulta.

Bien cordialement,
Adrien Fabre
""", "one Spanish paragraph in a French mail")),
]
