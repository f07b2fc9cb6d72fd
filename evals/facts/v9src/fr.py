"""v9 French records, written by hand (data-x, 2026-12-07). 001-020 correct, 021-040 flawed."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v9src._d import A, B, C, D, E


def S(*a, **k):
    return _S("fr", *a, **k)


RECORDS = [
(A, ok(S("reschedule", "Solange Ferrandière", "Octave Lemercier", "formal", "key",
        meeting="Comité de pilotage du déménagement de l'entrepôt de Meaux", at="jeudi 21 janvier à 9 h 30",
        props=("mardi 26 janvier à 9 h 30", "mercredi 27 janvier à 16 h"),
        reason="le transporteur a décalé la visite technique du site au jeudi matin"),
    "Comité de pilotage de Meaux : deux autres dates",
    """Chère Madame Ferrandière,

Le transporteur vient de caler sa visite technique du site sur jeudi matin, c'est-à-dire en plein sur notre comité de pilotage du déménagement. Plutôt que de le tenir à moitié, je préfère le décaler.

Seriez-vous disponible le mardi 26 à la même heure, soit 9h30, ou bien le mercredi 27 janvier à 16 heures ?

Je vous prie de m'excuser pour ce contretemps et vous adresse mes salutations les meilleures.

Octave Lemercier""",
    "correct: 'Chère Madame', 'mardi 26 à la même heure, soit 9h30', '16 heures', 'à moitié' an idiom, not a policy")),
(A, ok(S("decline", "Bastien Oudinot", "Maëlle Carradec", "friendly", "regular",
        meeting="Apéro de lancement du club de lecture", at="vendredi 22 janvier à 19 h",
        reason="mon fils a un tournoi de judo à Rennes ce week-end-là et je l'accompagne dès vendredi"),
    "Apéro de vendredi",
    """Coucou Bastien,

Je file à Rennes dès vendredi avec le fiston, qui dispute son tournoi de judo, donc je vais rater l'apéro de lancement du club de lecture. Ça me fend le cœur !

Trinquez un coup pour moi, et garde-moi une place au premier vrai rendez-vous.

Bises,
Maëlle""",
    "correct: friendly, 'le fiston' for 'mon fils', 'premier vrai rendez-vous' not a date")),
(A, ok(S("late_cancellation", "Gaëtan Rouvière", "Inès Kerbrat", "formal", "regular",
        meeting="Séance d'ostéopathie pour vos lombalgies", at="mardi 19 janvier à 17 h 30",
        props=("lundi 25 janvier à 17 h 30",), reason="annulation reçue le matin même",
        pol={"notice_hours": 48, "fee_percent": 50}),
    "Votre séance d'hier",
    """Monsieur Rouvière,

J'ai bien pris note de l'annulation de votre séance d'ostéopathie d'hier, 17h30, qui m'est parvenue le matin même.

Comme précisé lors de la prise de rendez-vous, une séance annulée moins de deux jours à l'avance (48 heures) est facturée pour moitié, soit 50 % du tarif.

Si vous souhaitez reprogrammer, je peux vous recevoir le lundi 25 janvier à la même heure.

Bien cordialement,
Inès Kerbrat""",
    "correct: 'hier, 17h30' from Wed 20, 'deux jours (48 heures)', 'pour moitié, soit 50 %'")),
(A, ok(S("cancellation_policy", "Apolline Verdaguer", "Raphaël Cazenave", "formal", "new",
        pol={"notice_hours": 24, "deposit_percent": 30}),
    "Réservation de votre séance photo",
    """Madame,

Merci d'avoir choisi notre studio pour votre séance photo. Avant de la fixer, voici nos conditions de réservation.

Un acompte de 30 % est demandé au moment de la réservation. Si vous devez annuler ou déplacer la séance, merci de nous prévenir au moins vingt-quatre heures à l'avance.

Au plaisir de vous accueillir,
Raphaël Cazenave""",
    "correct: policy without a meeting, 'vingt-quatre heures' for 24")),
(B, ok(S("shorten", "Hippolyte Damblé", "Servane Loiseleur", "formal", "regular",
        meeting="Point budgétaire sur la rénovation de la médiathèque", at="mardi 16 mars à 14 h", dur=30,
        reason="le conseil municipal a été avancé à 15 h le même jour"),
    "Point budgétaire de mardi : une demi-heure",
    """Cher Monsieur Damblé,

Le conseil municipal ayant été avancé à 15 heures mardi, je vous propose de ramener notre point budgétaire sur la rénovation de la médiathèque à une demi-heure, de 14 h à 14 h 30.

Je vous fais parvenir les chiffres à jour avant la réunion pour que nous allions à l'essentiel.

Bien à vous,
Servane Loiseleur""",
    "correct: 'une demi-heure', '14 h 30' as the computed end, 15 heures from the reason")),
(B, ok(S("switch_to_call", "Coralie Mesnard", "Thibault Aigrefeuille", "friendly", "regular",
        meeting="Déjeuner pour caler le planning des vendanges", at="vendredi 12 mars à 12 h 30",
        props=("vendredi 12 mars à 12 h",), reason="je suis cloué au lit avec une angine"),
    "Déjeuner de demain → coup de fil ?",
    """Salut Coralie,

Je suis cloué au lit avec une belle angine, donc le déjeuner de demain tombe à l'eau. Mais on peut quand même caler le planning des vendanges : je t'appelle demain à midi, ça te va ?

À demain au bout du fil,
Thibault""",
    "correct: 'demain' = vendredi 12 from Thu 11, 'midi' for 12 h, idioms")),
(B, ok(S("no_show_followup", "Ghislaine Poitevin-Arnaud", "Édouard Lancry", "formal", "new",
        meeting="Premier rendez-vous au sujet de la succession", at="mardi 9 mars à 10 h",
        props=("jeudi 18 mars à 10 h", "vendredi 19 mars à 15 h")),
    "Notre rendez-vous de mardi",
    """Madame,

Je vous attendais mardi à dix heures pour notre premier rendez-vous au sujet de la succession. J'imagine qu'un empêchement vous a retenue.

Si vous le souhaitez, je peux vous recevoir :
- le jeudi 18 mars à 10h ;
- le vendredi 19 mars à 15h.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Édouard Lancry""",
    "correct: no-show two days back, 'dix heures' in words, slots as a list")),
(B, ok(S("delegate", "Anselme Guérout", "Claire-Lise Bonnaventure", "formal", "key",
        meeting="Revue trimestrielle du contrat de maintenance des ascenseurs", at="lundi 15 mars à 11 h",
        col="Maxence Taillefer", reason="je suis en congé maternité à partir du 12 mars"),
    "Revue trimestrielle de lundi : Maxence Taillefer prend le relais",
    """Cher Monsieur Guérout,

Mon congé maternité commence dès demain. C'est donc mon collègue Maxence Taillefer qui mènera notre revue trimestrielle du contrat de maintenance des ascenseurs, lundi 15 mars à 11 heures, comme prévu.

Je lui ai transmis l'ensemble du dossier. Je vous remercie pour votre confiance et vous dis à très bientôt.

Claire-Lise Bonnaventure""",
    "correct: 'dès demain' for 12 mars from 11 mars, colleague by full name")),
(C, ok(S("switch_to_email", "Perrine Lhermitte", "Jonas Briançon", "formal", "regular",
        meeting="Réunion de validation des maquettes du catalogue", at="jeudi 10 juin à 15 h",
        reason="il ne reste que deux visuels à trancher"),
    "Maquettes du catalogue : validation par écrit",
    """Bonjour Madame Lhermitte,

Il ne reste plus que deux visuels à arbitrer pour le catalogue ; une réunion jeudi à 15 h me paraît donc superflue. Je vous propose de trancher par écrit : je vous envoie les deux versions côte à côte, un simple mot de votre part suffira.

Bien cordialement,
Jonas Briançon""",
    "correct: reason paraphrased, 'deux versions' from the reason")),
(C, ok(S("reschedule", "Yvon Castagnède", "Léonie Brasseur", "friendly", "regular",
        meeting="Sortie repérage pour le tournage à Étretat", at="vendredi 11 juin à 8 h",
        props=("lundi 14 juin à 8 h", "mercredi 16 juin à 7 h 30"),
        reason="la météo annonce de fortes rafales vendredi sur la côte"),
    "Repérage à Étretat",
    """Salut Yvon,

Vu les rafales annoncées vendredi sur la côte, je préfère qu'on reporte le repérage à Étretat.

Lundi 14, même heure, ça te dit ? Sinon mercredi 16 juin à 7h30, mais prévois un grand café !

Léonie""",
    "correct: 'Lundi 14, même heure', '7h30'")),
(C, ok(S("late_cancellation", "Marius Delcourt-Vidal", "Anaïs Pelletier", "friendly", "key",
        meeting="Cours particulier de tennis sur terre battue", at="lundi 7 juin à 18 h", props=("jeudi 17 juin à 18 h",),
        reason="vous avez prévenu une heure avant à cause d'un rendez-vous médical"),
    "Cours de tennis",
    """Bonjour Marius,

Aucun souci pour hier soir, j'espère que votre rendez-vous médical s'est bien passé.

On rattrape le cours le jeudi 17 juin, à 18 h comme d'habitude ?

À bientôt sur le court,
Anaïs""",
    "correct: 'hier soir' from Tue 8, first name to a key client in friendly mail, no policy given nor stated")),
(C, ok(S("cancellation_policy", "Lucien Fabrègue", "Hélène Taraud", "formal", "regular",
        meeting="Visite guidée privée du château de Chambord", at="mercredi 16 juin à 10 h",
        pol={"notice_hours": 72, "fee_percent": 100}),
    "Votre visite privée de Chambord",
    """Monsieur Fabrègue,

En vue de votre visite guidée privée du château de Chambord, le mercredi 16 juin à 10 heures, je me permets de vous rappeler nos conditions : toute annulation intervenant moins de trois jours avant (72 heures) entraîne la facturation intégrale de la prestation.

Nous nous réjouissons de vous faire découvrir le château.

Hélène Taraud""",
    "correct: 'trois jours (72 heures)', 'facturation intégrale' for 100 %")),
(D, ok(S("decline", "Armelle Quintin", "Firmin Desrosiers", "formal", "new",
        meeting="Présentation de votre offre de mécénat", at="mardi 17 août à 11 h",
        reason="notre budget de mécénat est déjà entièrement engagé pour l'année"),
    "Votre offre de mécénat",
    """Madame,

Je vous remercie de votre proposition. Notre enveloppe de mécénat étant d'ores et déjà entièrement engagée pour cette année, il me paraît plus honnête de renoncer à la présentation prévue le mardi 17 août.

Je garde néanmoins vos coordonnées pour l'an prochain.

Veuillez agréer, Madame, mes salutations distinguées.

Firmin Desrosiers""",
    "correct: reason paraphrased ('enveloppe'), 'l'an prochain' vague, not a date")),
(D, ok(S("no_show_followup", "Noémie Vasseur", "Kilian Roustan", "friendly", "regular",
        meeting="Leçon de conduite accompagnée", at="mercredi 11 août à 16 h", props=("lundi 16 août à 16 h",),
        pol={"fee_percent": 100}),
    "Ta leçon d'hier",
    """Salut Noémie,

Je t'ai attendue hier à 16 h pour ta leçon de conduite, sans nouvelles de toi. Tout va bien ?

Comme le prévoit le règlement, une leçon manquée est due en totalité (100 %). On se rattrape lundi 16 à la même heure ?

Kilian""",
    "correct: 'hier à 16 h' from Thu 12, 'en totalité (100 %)', 'lundi 16 à la même heure'")),
(D, ok(S("switch_to_call", "Bertille Jaouen", "Stanislas Mérieux", "formal", "regular",
        meeting="Rendez-vous au showroom pour le choix des carrelages", at="vendredi 13 août à 14 h",
        props=("vendredi 13 août à 17 h",), reason="notre showroom est fermé pour travaux jusqu'à fin août"),
    "Choix des carrelages : un appel vendredi ?",
    """Madame Jaouen,

Notre showroom reste fermé pour travaux jusqu'à la fin du mois d'août ; je ne pourrai donc pas vous y recevoir demain à 14 heures.

Je vous propose d'en parler par téléphone le même jour à 17 h. Je vous enverrai auparavant des photos des carrelages que nous avions présélectionnés.

Cordialement,
Stanislas Mérieux""",
    "correct: 'demain' = vendredi 13 from Thu 12, 'le même jour à 17 h'")),
(D, ok(S("reschedule", "Éloi Marchadier-Bussy", "Sidonie Lagarde", "formal", "key",
        meeting="Signature du bail commercial de la boutique de Nantes", at="jeudi 19 août à 15 h",
        props=("mardi 24 août à 15 h",), reason="le notaire n'a pas encore reçu le diagnostic amiante"),
    "Signature du bail : report au mardi 24 août",
    """Cher Monsieur Marchadier-Bussy,

Le notaire n'a toujours pas reçu le diagnostic amiante ; la signature du bail de votre boutique nantaise ne pourra donc pas avoir lieu jeudi prochain.

Pourriez-vous vous libérer le mardi suivant, 24 août, à la même heure ?

Avec mes excuses pour ce report,
Sidonie Lagarde""",
    "correct: 'boutique nantaise' for Nantes, 'jeudi prochain' (19 from Thu 12), 'le mardi suivant, 24 août, à la même heure'")),
(E, ok(S("shorten", "Clémence Arbogast", "Loïc Fougerolles", "friendly", "regular",
        meeting="Répétition de la chorale paroissiale", at="jeudi 14 octobre à 20 h", dur=60,
        reason="la salle paroissiale ferme plus tôt ce jeudi"),
    "Répétition de demain",
    """Bonsoir Clémence,

La salle paroissiale ferme plus tôt demain, alors la répétition de la chorale durera une heure pile. On attaque à 20 h tapantes, échauffement compris !

Loïc""",
    "correct: 'une heure pile' for 60 min, 'demain' = jeudi 14 from Wed 13")),
(E, ok(S("delegate", "Tristan Bellocq", "Agathe Rimbert", "friendly", "regular",
        meeting="Séance de coaching avant le semi-marathon", at="samedi 16 octobre à 9 h",
        col="Jeanne Sabatier", reason="je me suis fait une entorse à la cheville"),
    "Samedi, c'est Jeanne qui te coache",
    """Hello Tristan,

Entorse à la cheville, me voilà au repos forcé... Pour ta séance de samedi à 9 h avant le semi, c'est Jeanne Sabatier qui prend le relais. Je lui ai passé ton plan d'entraînement.

Cours bien pour moi !
Agathe""",
    "correct: 'le semi' for semi-marathon, colleague full name, idiom")),
(E, ok(S("switch_to_email", "Fabrice Lemonnier-Sauvat", "Ondine Carrère", "formal", "new",
        meeting="Entretien sur votre demande de subvention", at="mardi 19 octobre à 10 h 30",
        reason="votre dossier est complet, il ne manque qu'une signature"),
    "Votre demande de subvention",
    """Monsieur,

Votre dossier de demande de subvention est complet, à une signature près. L'entretien du mardi 19 octobre à 10 h 30 n'est donc plus nécessaire : nous pouvons régler ce dernier point par courriel.

Il vous suffit de me retourner la page de signature, et le dossier partira en instruction.

Cordialement,
Ondine Carrère""",
    "correct: reason restated, time as given")),
(E, ok(S("late_cancellation", "Prudence Aubertin", "Mathis Leclair-Gondy", "formal", "regular",
        meeting="Rééducation du poignet après votre fracture", at="lundi 11 octobre à 14 h",
        reason="vous avez annulé deux heures avant la séance", pol={"notice_hours": 24, "fee_percent": 30}),
    "Séance de lundi",
    """Madame Aubertin,

J'ai bien reçu votre message annulant la séance de rééducation du poignet de lundi, deux heures seulement avant le rendez-vous.

Comme le prévoit notre règlement, une annulation à moins de 24 heures est facturée 30 % du tarif de la séance.

N'hésitez pas à me recontacter pour fixer un nouveau rendez-vous.

Bien cordialement,
Mathis Leclair-Gondy""",
    "correct: 'deux heures' from the reason, 24 h and 30 % with their terms")),
# ---------------------------------------------------------------- flawed
(A, bad("time_swapped", S("reschedule", "Véronique Dumesnil-Hardy", "Gilles Peyramaure", "formal", "regular",
        meeting="Audit des stocks de la pharmacie", at="lundi 25 janvier à 8 h", props=("jeudi 28 janvier à 8 h",),
        reason="notre logiciel de gestion est en migration ce lundi"),
    "Audit des stocks : changement de date",
    """Madame Dumesnil-Hardy,

Notre logiciel de gestion sera en pleine migration ; nous devons donc déplacer l'audit des stocks de la pharmacie prévu le jeudi 28 janvier à 8 h.

Je vous propose de le tenir le lundi 25 janvier, à la même heure.

Bien cordialement,
Gilles Peyramaure""",
    "time_swapped: the meeting (lundi 25) is offered and the offered slot (jeudi 28) is the one moved")),
(A, bad("time_recap_wrong", S("switch_to_call", "Honorine Lestage", "Damien Coquerel", "formal", "regular",
        meeting="Rendez-vous de suivi du chantier de la véranda", at="vendredi 22 janvier à 10 h",
        props=("vendredi 22 janvier à 11 h 30", "lundi 25 janvier à 9 h"), reason="la dalle n'est pas encore sèche"),
    "Suivi de la véranda par téléphone",
    """Madame Lestage,

La dalle n'étant pas encore sèche, une visite sur place vendredi à 10 h n'aurait pas grand intérêt. Je vous propose plutôt un appel, vendredi 22 janvier à 11h30 ou lundi 25 janvier à 9 h.

Sauf avis contraire, je note provisoirement vendredi à 11 h pour notre échange.

Cordialement,
Damien Coquerel""",
    "time_recap_wrong: recap 'vendredi à 11 h', the slot offered is 11 h 30")),
(A, bad("weekday_wrong", S("cancellation_policy", "Aristide Campagnac", "Nadège Villeroy", "formal", "new",
        meeting="Stage de poterie du week-end", at="samedi 30 janvier à 9 h",
        pol={"notice_hours": 48, "deposit_percent": 40}),
    "Stage de poterie du dimanche 30 janvier : conditions",
    """Monsieur,

Merci pour votre inscription au stage de poterie du week-end, qui commence le samedi 30 janvier à 9 h.

Votre place est confirmée à réception d'un acompte de 40 %. En cas d'empêchement, merci de nous prévenir au moins 48 heures à l'avance.

À très bientôt à l'atelier,
Nadège Villeroy""",
    "weekday_wrong: subject 'dimanche 30 janvier' (30 January 2027 is a Saturday); body right")),
(A, bad("percent_swapped", S("late_cancellation", "Rosalie Thévenard", "Cyprien Malaterre", "formal", "regular",
        meeting="Séance de réflexologie plantaire", at="mardi 19 janvier à 11 h",
        pol={"notice_hours": 24, "fee_percent": 60, "deposit_percent": 20}),
    "Votre séance d'hier matin",
    """Madame Thévenard,

J'ai bien reçu votre annulation pour la séance de réflexologie d'hier, 11 h.

Conformément à nos conditions, une annulation à moins de 24 heures entraîne des frais de 20 % du tarif ; l'acompte de 60 % versé à la réservation vient en déduction.

Je reste à votre disposition pour un nouveau rendez-vous.

Cyprien Malaterre""",
    "percent_swapped: fee 20 % and deposit 60 % (given fee 60, deposit 20)")),
(B, bad("policy_invented", S("no_show_followup", "Lazare Brévannes", "Cécile Montagut", "formal", "regular",
        meeting="Consultation diététique de suivi", at="mercredi 10 mars à 9 h", props=("mercredi 17 mars à 9 h",)),
    "Consultation d'hier",
    """Monsieur Brévannes,

Je vous attendais hier à 9 h pour votre consultation diététique.

Je vous rappelle qu'une consultation non décommandée reste due dans son intégralité. Je peux toutefois vous proposer un nouveau rendez-vous le mercredi 17 mars à la même heure.

Bien à vous,
Cécile Montagut""",
    "policy_invented: 'reste due dans son intégralité', no policy given")),
(B, bad("number_invented", S("decline", "Odilon Chassagne", "Mélisande Foucher", "formal", "regular",
        meeting="Salon des vins de Loire au parc des expositions", at="vendredi 19 mars à 10 h",
        reason="nous n'exposons plus cette année"),
    "Salon des vins de Loire",
    """Monsieur Chassagne,

Merci de votre invitation au Salon des vins de Loire du vendredi 19 mars. Nous n'exposerons malheureusement pas cette année, et je préfère donc décliner.

Je ne doute pas que le salon, avec ses quelque 250 exposants, sera une belle réussite.

Bien cordialement,
Mélisande Foucher""",
    "number_invented: '250 exposants' nobody gave")),
(B, bad("discount_invented", S("late_cancellation", "Faustine Régnier", "Aurèle Bonnefoy", "formal", "regular",
        meeting="Massage aux pierres chaudes", at="mercredi 10 mars à 18 h", props=("mardi 16 mars à 18 h",),
        reason="la cliente demande un geste commercial car elle a annulé pour un enfant malade",
        pol={"fee_percent": 50}),
    "Votre massage d'hier soir",
    """Madame Régnier,

J'espère que votre enfant va mieux. Je comprends tout à fait votre annulation d'hier soir.

Notre règlement prévoit la facturation de 50 % du soin en cas d'annulation tardive. En guise de geste, je vous propose une remise de 10 % sur votre prochain massage, le mardi 16 mars à 18 h si cela vous convient.

Aurèle Bonnefoy""",
    "discount_invented: 'remise de 10 %' licensed only by the reason's request")),
(B, bad("link_invented", S("switch_to_email", "Gauthier Ruffenach", "Bérangère Lafitte", "friendly", "regular",
        meeting="Réunion de lancement du nouveau site de l'association", at="lundi 15 mars à 18 h 30",
        reason="les bénévoles ne sont pas disponibles en semaine"),
    "Site de l'asso : on avance par mail",
    """Salut Gauthier,

Les bénévoles ne sont pas dispo en semaine, donc on oublie la réunion de lundi soir et on avance par mail.

J'ai mis le brouillon du cahier des charges ici : framadrive.org/s/site-asso-lancement. Ajoute tes remarques directement dedans.

Bérangère""",
    "link_invented: a share link without scheme nobody gave")),
(C, bad("email_invented", S("delegate", "Philibert Saint-Cyr", "Roxane Devaux", "formal", "regular",
        meeting="Bilan annuel de votre assurance emprunteur", at="jeudi 17 juin à 14 h",
        col="Baptiste Morvan", reason="je suis mutée à l'agence de Tours"),
    "Bilan annuel de votre assurance",
    """Monsieur Saint-Cyr,

Je suis mutée à l'agence de Tours ; c'est désormais mon collègue Baptiste Morvan qui suivra votre contrat et assurera le bilan annuel de votre assurance emprunteur, jeudi 17 juin à 14 h.

Vous pouvez le joindre directement à baptiste.morvan@orange.fr.

Je vous remercie pour ces années de confiance.

Roxane Devaux""",
    "email_invented: private address of the colleague")),
(C, bad("phone_invented", S("reschedule", "Camille Estournel", "Joachim Berthaud", "friendly", "regular",
        meeting="Séance d'accordage du piano", at="jeudi 10 juin à 14 h",
        props=("lundi 14 juin à 14 h", "mardi 15 juin à 10 h"), reason="ma voiture est au garage"),
    "Accordage du piano",
    """Bonjour Camille,

Ma voiture est au garage jusqu'à nouvel ordre, je ne pourrai donc pas venir accorder le piano jeudi.

Lundi 14 juin, même heure, ou mardi 15 à 10 h, ça irait ? Si c'est plus simple, appelle-moi au 06 72 18 45 09.

Joachim""",
    "phone_invented: a mobile number nobody gave")),
(C, bad("title_or_company_invented", S("shorten", "Évariste Lachaume", "Flore Dubreuil", "formal", "regular",
        meeting="Entretien annuel d'évaluation", at="vendredi 11 juin à 15 h", dur=45,
        reason="je dois partir tôt pour une réunion de parents d'élèves"),
    "Entretien annuel de vendredi",
    """Monsieur Lachaume,

Je dois partir tôt vendredi pour une réunion de parents d'élèves. Je vous propose donc de tenir notre entretien annuel d'évaluation en trois quarts d'heure, à partir de 15 h comme prévu.

Merci de votre compréhension.

Flore Dubreuil
Directrice des ressources humaines – Groupe Vermandois""",
    "title_or_company_invented: job title and company under the signature")),
(C, bad("name_near_miss", S("decline", "Séraphine Castellane", "Hugo Vernier-Lassalle", "formal", "key",
        meeting="Dîner des partenaires du festival de jazz", at="samedi 12 juin à 20 h",
        reason="je serai au mariage de ma sœur à Lyon"),
    "Dîner des partenaires",
    """Chère Madame Castelane,

C'est avec regret que je dois décliner votre invitation au dîner des partenaires du festival de jazz samedi soir : je serai à Lyon pour le mariage de ma sœur.

Je vous souhaite une très belle soirée et un excellent festival.

Hugo Vernier-Lassalle""",
    "name_near_miss: 'Castelane' for Castellane")),
(D, bad("place_changed", S("reschedule", "Blandine Rocheteau", "Maxime Ségur", "formal", "new",
        meeting="Visite de l'appartement témoin à Annecy", at="mardi 17 août à 10 h", props=("jeudi 19 août à 10 h",),
        reason="les peintres n'auront pas terminé"),
    "Visite de l'appartement témoin",
    """Madame,

Les peintres n'auront pas terminé mardi ; je vous propose donc de décaler la visite de l'appartement témoin d'Annemasse au jeudi 19 août, à 10 h.

Avec mes excuses pour ce changement,
Maxime Ségur""",
    "place_changed: Annemasse for Annecy")),
(D, bad("foreign_paragraph", S("switch_to_call", "Dorian Lachenal", "Zoé Marcillac", "formal", "regular",
        meeting="Réunion d'avancement de la traduction du guide", at="lundi 16 août à 11 h",
        props=("lundi 16 août à 14 h",), reason="je suis en déplacement à Genève"),
    "Traduction du guide : un appel lundi",
    """Monsieur Lachenal,

Je serai en déplacement à Genève lundi ; je vous propose de remplacer notre réunion d'avancement sur la traduction du guide par un appel, le même jour à 14 h.

Quedo a su disposición para cualquier pregunta sobre los capítulos ya traducidos.

Bien cordialement,
Zoé Marcillac""",
    "foreign_paragraph: one Spanish paragraph")),
(D, bad("time_swapped", S("no_show_followup", "Hermine Caradec", "Jérôme Pontaillac", "formal", "new",
        meeting="Rendez-vous d'ouverture de compte", at="mercredi 11 août à 9 h 30", props=("mardi 17 août à 11 h",)),
    "Ouverture de votre compte",
    """Madame,

Nous avions rendez-vous hier à 11 h pour l'ouverture de votre compte, et je ne vous ai pas vue arriver.

Je vous propose un nouveau rendez-vous le mardi 17 août à 9 h 30.

Cordialement,
Jérôme Pontaillac""",
    "time_swapped: hours exchanged (missed 9 h 30, offered 11 h)")),
(D, bad("time_recap_wrong", S("reschedule", "Violaine Descamps", "Arthur Le Bihan", "friendly", "regular",
        meeting="Tournage de la vidéo de présentation du gîte", at="vendredi 13 août à 9 h",
        props=("mardi 24 août à 9 h",), reason="le drone est en réparation"),
    "Tournage du gîte décalé au lundi 23 août",
    """Bonjour Violaine,

Le drone est en réparation, impossible de tourner la vidéo du gîte demain. On peut repousser au mardi 24 août, même heure ?

Arthur""",
    "time_recap_wrong: subject 'lundi 23 août', the slot offered is mardi 24")),
(E, bad("weekday_wrong", S("reschedule", "Ambroise Ferrières", "Salomé Guilbaud", "formal", "regular",
        meeting="Comité de lecture du manuscrit", at="jeudi 14 octobre à 16 h",
        props=("mardi 19 octobre à 16 h", "jeudi 21 octobre à 10 h"), reason="l'autrice a demandé une semaine de plus"),
    "Comité de lecture : report",
    """Monsieur Ferrières,

L'autrice nous a demandé une semaine de plus pour livrer sa dernière version ; je propose donc de reporter le comité de lecture de demain.

Seriez-vous libre le mardi 19 octobre à 16 h, ou le mercredi 21 octobre à 10 h ?

Bien à vous,
Salomé Guilbaud""",
    "weekday_wrong: body 'mercredi 21 octobre' (a Thursday)")),
(E, bad("percent_swapped", S("cancellation_policy", "Capucine Orsoni", "Victorien Baudelot", "formal", "new",
        pol={"notice_hours": 72, "fee_percent": 50, "deposit_percent": 25}),
    "Nos conditions de réservation",
    """Madame,

Merci pour votre demande de réservation du gîte. Pour la confirmer, nous demandons un acompte de 50 %.

Toute annulation moins de 72 heures avant l'arrivée est facturée à hauteur de 25 % du séjour.

Au plaisir de vous accueillir,
Victorien Baudelot""",
    "percent_swapped: deposit 50 % and fee 25 % (given fee 50, deposit 25)")),
(E, bad("policy_invented", S("late_cancellation", "Émeric Sauzet", "Pauline Gastaldi", "friendly", "regular",
        meeting="Rendez-vous coloration et coupe", at="mardi 12 octobre à 15 h", props=("vendredi 22 octobre à 15 h",)),
    "Ton rendez-vous d'hier",
    """Coucou Émeric,

Pas de souci pour hier, ça arrive. Pour cette fois je ne te compte pas les frais d'annulation tardive, promis !

On se refait ça vendredi 22 octobre, même heure ?

Pauline""",
    "policy_invented: waiving 'les frais d'annulation tardive' implies a fee nobody gave")),
(E, bad("number_invented", S("switch_to_email", "Quentin Abadie-Roux", "Lætitia Gorse", "formal", "regular",
        meeting="Réunion sur le devis de la charpente", at="lundi 18 octobre à 8 h 30",
        reason="le devis a peu changé depuis la dernière version"),
    "Devis de la charpente",
    """Monsieur Abadie-Roux,

Le devis de la charpente a peu changé depuis la dernière version ; je vous propose donc de nous passer de la réunion de lundi et d'échanger par écrit.

Le montant total passe à 18 400 € TTC ; je vous joins le détail ligne par ligne.

Cordialement,
Lætitia Gorse""",
    "number_invented: a quote amount nobody gave")),
]
