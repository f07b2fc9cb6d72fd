"""v16, French: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v16src._d import A, B, C, D, E


def S(*a, **k):
    return _S("fr", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Solène Marchadier", "Barnabé Kerjean", "formal", "regular",
             meeting="Ramonage annuel et inspection du conduit", at="jeudi 17 janvier à 8 h 30",
             props=["lundi 21 janvier à 8 h 30", "mercredi 23 janvier à 14 h"],
             reason="notre camion-nacelle est au garage jusqu'à vendredi"),
           "Ramonage : deux autres dates",
           """
Madame,

Notre camion-nacelle est au garage jusqu'à vendredi, je ne pourrai donc pas assurer le ramonage et l'inspection du conduit jeudi à 8h30.

Je peux passer lundi 21, à la même heure, ou mercredi 23 janvier à 14 heures. Dites-moi ce qui vous arrange.

Avec mes excuses,
Barnabé Kerjean
""", "correct: 'Madame,' alone, 'vendredi' inside the retold reason, 'lundi 21, à la même heure', '14 heures'")),
    (A, ok(S("decline", "Gaspard Le Villain", "Rosalie Tremoureux", "friendly", "key",
             meeting="Dégustation de la bière de garde n° 3", at="vendredi 18 janvier à 17 h 30",
             reason="la cuve 4 a été contaminée et tout le brassin est perdu"),
           "Dégustation de vendredi",
           """
Salut Gaspard,

Mauvaise nouvelle : la cuve 4 a été contaminée et on a perdu tout le brassin. Je préfère annuler la dégustation de vendredi plutôt que de te faire goûter autre chose.

Je te redis dès qu'on a relancé une cuvée digne de ce nom.

Rosalie
""", "correct: number from the reason ('cuve 4'), 'n° 3' of the meeting name not repeated, first name only")),
    (A, ok(S("cancellation_policy", "Adaeze Okonkwo-Lefèvre", "Tristan Vallespir", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 30}),
           "Nos conditions d'annulation",
           """
Chère Madame Okonkwo-Lefèvre,

Merci pour votre demande de rendez-vous au studio. Pour que tout soit clair dès le départ :

- toute réservation est confirmée par un acompte de 30 % ;
- vous pouvez annuler ou déplacer votre séance sans frais jusqu'à deux jours avant (48 heures).

Je reste à votre disposition pour toute question.

Bien à vous,
Tristan Vallespir
""", "correct: double surname, 'deux jours avant (48 heures)', 'sans frais' before the given notice")),
    (A, ok(S("no_show_followup", "Clovis Arbogast", "Nadège Pellerin", "friendly", "regular",
             meeting="Révision du vélo cargo", at="lundi 14 janvier à 18 h",
             props=["jeudi 17 janvier à 18 h"]),
           "Ton vélo cargo",
           """
Bonsoir Clovis,

On t'a attendu hier soir à l'atelier pour la révision du vélo cargo — j'espère que tout va bien !

Si ça te va, on peut le prendre jeudi 17, même heure (18 h). Tu me dis ?

Nadège
""", "correct: 'hier soir' for the meeting, 'jeudi 17, même heure (18 h)'")),
    (B, ok(S("shorten", "Édouard Ravenel", "Apolline Sauzède", "formal", "key",
             meeting="Restitution de l'étude acoustique de l'auditorium", at="mardi 19 février à 10 h", dur=45,
             reason="l'architecte doit repartir en fin de matinée"),
           "Restitution de l'étude acoustique : format plus court",
           """
Cher Monsieur Ravenel,

L'architecte devant repartir en fin de matinée, je vous propose de ramener la restitution de l'étude acoustique de mardi à trois quarts d'heure. Nous commencerons à dix heures comme prévu et irons droit aux mesures de réverbération.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Apolline Sauzède
""", "correct: 45 minutes as 'trois quarts d'heure', 'dix heures' in words, 'fin de matinée' from the reason")),
    (B, ok(S("switch_to_call", "Maïwenn Quéffélec", "Lucien Brasseur", "friendly", "regular",
             meeting="Choix des émaux pour la série de 40 bols", at="jeudi 21 février à 15 h",
             reason="le four est en cuisson toute la journée et je ne peux pas quitter l'atelier"),
           "Les émaux au téléphone ?",
           """
Coucou Maïwenn,

Jeudi, le four cuit toute la journée et je ne peux pas quitter l'atelier. On peut faire le choix des émaux au téléphone à 15 h ? Je t'envoie des photos des nuanciers avant, comme ça tu les as sous les yeux.

Bises,
Lucien
""", "correct: the '40' of the meeting name not repeated, same hour kept for the call, first-name sign-off")),
    (B, ok(S("delegate", "Benoît Thévenaz", "Coralie Ducasse", "formal", "regular",
             meeting="Visite technique pour les panneaux solaires du hangar", at="lundi 18 février à 9 h",
             col="Yannick Delasalle", reason="je suis en formation toute la semaine prochaine"),
           "Visite technique de lundi : Yannick Delasalle vous recevra",
           """
Bonjour Monsieur Thévenaz,

Je suis en formation toute la semaine prochaine. Pour ne pas retarder votre projet, mon collègue Yannick Delasalle assurera la visite technique du hangar lundi 18 février à 9 h. Il connaît votre dossier et vous appellera s'il lui manque quoi que ce soit.

Bien cordialement,
Coralie Ducasse
""", "correct: colleague named in full, time in another form ('9 h' kept), 'semaine prochaine' from the reason")),
    (B, ok(S("late_cancellation", "Hippolyte Cazaubon", "Séverine Malbranque", "formal", "new",
             meeting="Démonstration de fauconnerie pour le séminaire", at="mardi 12 février à 11 h",
             props=["vendredi 22 février à 11 h"], pol={"notice_hours": 72, "fee_percent": 50}),
           "Démonstration de fauconnerie : nouvelle date",
           """
Monsieur,

J'ai bien reçu votre message annulant la démonstration de fauconnerie d'hier. Je comprends que le séminaire ait été bousculé.

Nous pouvons la reprogrammer au vendredi 22 février, toujours à 11 h. Comme le prévoient nos conditions, une annulation moins de trois jours (72 heures) avant la démonstration entraîne la facturation de la moitié de la prestation (50 %).

Je reste à votre écoute.

Séverine Malbranque
""", "correct: 'd'hier' for the meeting, '72 heures' as 'trois jours', 'la moitié (50 %)'")),
    (C, ok(S("reschedule", "Yvon Coatanéa", "Mélusine Farge", "friendly", "key",
             meeting="Pose des serrures trois points à l'atelier", at="mercredi 20 mars à 7 h 45",
             props=["vendredi 22 mars à 7 h 45", "lundi 25 mars à 12 h"],
             reason="le fournisseur a livré les mauvais cylindres"),
           "Serrures : on décale",
           """
Salut Yvon,

Le fournisseur nous a livré les mauvais cylindres, donc pas de pose demain à 8 heures moins le quart.

Je te propose vendredi 22 à la même heure, ou lundi 25 mars à midi si tu préfères. Dis-moi !

Mélusine
""", "correct: '8 heures moins le quart' for 7:45, 'midi' for 12:00, 'demain' for Wednesday, 'trois points' of the meeting name not repeated")),
    (C, ok(S("switch_to_email", "Ghislaine Perrichon", "Aurélien Bastide", "formal", "regular",
             meeting="Bilan de l'audiogramme de contrôle", at="jeudi 28 mars à 14 h 15",
             reason="les résultats sont stables et tout peut s'expliquer par écrit"),
           "Votre audiogramme de contrôle",
           """
Chère Madame Perrichon,

Bonne nouvelle : vos résultats sont stables. Plutôt que de vous faire venir jeudi à 14h15, je vous propose de tout vous expliquer par e-mail , avec le compte rendu détaillé en pièce jointe.

Si vous préférez malgré tout en parler de vive voix, il suffit de me le dire.

Bien cordialement,
Aurélien Bastide
""", "correct: '14h15', reason reworded")),
    (C, ok(S("decline", "Anselme Vidalenc", "Pervenche Lagarrigue", "formal", "new",
             meeting="Devis pour la restauration d'un missel du XVIIe siècle", at="mardi 26 mars à 16 h",
             reason="l'atelier est complet jusqu'à l'été"),
           "Restauration de votre missel",
           """
Monsieur Vidalenc,

Je vous remercie de votre confiance. Malheureusement, l'atelier est complet jusqu'à l'été et je ne peux pas m'engager sérieusement sur la restauration de votre missel ; je préfère donc annuler notre rendez-vous de mardi plutôt que de vous faire patienter de longs mois.

Si le calendrier le permet plus tard, ce sera avec plaisir.

Veuillez agréer mes salutations distinguées,
Pervenche Lagarrigue
""", "correct: 'XVIIe' of the meeting name not repeated, 'de longs mois' idiom, weekday only")),
    (C, ok(S("cancellation_policy", "Romy Lecanuet", "Jordane Huchet", "friendly", "regular",
             meeting="Stage de tournage du samedi", at="samedi 23 mars à 10 h", pol={"notice_hours": 24, "fee_percent": 100}),
           "Stage de samedi : petit rappel",
           """
Bonjour Romy,

Petit rappel avant le stage de tournage de samedi à 10 h : tu peux annuler sans frais jusqu'à 24 heures avant. Passé ce délai, le stage est dû en entier (100 %), parce que la terre et la place au tour sont réservées pour toi.

À samedi !
Jordane
""", "correct: given notice and fee, 'dû en entier (100 %)', 'samedi' only")),
    (D, ok(S("reschedule", "Fulbert Lemoigne", "Isaure Dampierre", "formal", "regular",
             meeting="Audit hygiène de la salle de brassage", at="jeudi 25 avril à 9 h",
             props=["lundi 29 avril à 9 h", "jeudi 2 mai à 13 h 30"], reason="notre responsable qualité a la grippe"),
           "Audit hygiène : report",
           """
Bonjour Monsieur Lemoigne,

Notre responsable qualité a la grippe et ne pourra pas vous accompagner demain à 9 h pour l'audit de la salle de brassage.

Pourriez-vous venir lundi 29 avril à la même heure, ou jeudi 2 mai à 13h30 ?

Merci de votre compréhension, et bien cordialement,
Isaure Dampierre
""", "correct: 'demain' for Thursday, '13h30', 'à la même heure'")),
    (D, ok(S("no_show_followup", "Thi Lan Nguyen-Baptiste", "Octave Rambourg", "formal", "new",
             meeting="Premier test auditif", at="mardi 23 avril à 16 h 30",
             props=["lundi 29 avril à 16 h 30", "mardi 30 avril à 9 h"]),
           "Votre premier test auditif",
           """
Madame Nguyen-Baptiste,

Nous ne vous avons pas vue hier à 16 h 30 pour votre premier test auditif. J'espère qu'il n'y a rien de grave.

Je peux vous recevoir lundi 29 avril, même heure, ou mardi 30 avril à 9 heures. Répondez simplement à ce message avec le créneau qui vous convient.

Bien cordialement,
Octave Rambourg
""", "correct: 'Madame' + double surname without the given names, 'hier', 'premier' of the meeting name")),
    (D, ok(S("shorten", "Killian Bourdaleix", "Nina Castagnède", "friendly", "regular",
             meeting="Deuxième séance pour la manchette japonaise", at="vendredi 26 avril à 14 h", dur=90,
             reason="je dois fermer le studio plus tôt ce jour-là"),
           "Séance de vendredi un peu plus courte",
           """
Hello Killian,

Je dois fermer le studio plus tôt vendredi. On garde 14 h pour la deuxième séance de ta manchette, mais on fera une heure et demie, pas plus. On avancera sur les vagues, le reste à la prochaine.

À vendredi,
Nina
""", "correct: 90 minutes as 'une heure et demie', 'deuxième' from the meeting name")),
    (D, ok(S("delegate", "Perrine Sabatier", "Loïc Garrigou", "friendly", "key",
             meeting="Vol libre des buses au domaine de Chaumergy", at="mardi 30 avril à 15 h",
             col="Maëlys Carrère", reason="ma buse principale est en pleine mue"),
           "Vol libre de mardi",
           """
Salut Perrine,

Ma buse principale est en pleine mue, donc c'est Maëlys Carrère qui viendra mardi à 15 h à Chaumergy avec ses propres buses. Elle est top, tu verras.

Je t'embrasse,
Loïc
""", "correct: colleague in full, first name only in greeting and sign-off, place from the meeting name")),
    (E, ok(S("switch_to_email", "Ferdinand Aubrac", "Hermine Cadoret", "formal", "new",
             meeting="Mise en service de l'onduleur et des 24 panneaux", at="jeudi 6 juin à 10 h",
             reason="le gestionnaire de réseau n'a pas encore posé le compteur"),
           "Mise en service : on avance par e-mail",
           """
Monsieur Aubrac,

Le gestionnaire de réseau n'a pas encore posé votre compteur ; une visite jeudi à 10 h ne permettrait donc pas la mise en service de l'onduleur et des panneaux. Je vous propose de régler les étapes restantes par e-mail, et je reviendrai vers vous dès que le compteur sera en place.

Cordialement,
Hermine Cadoret
""", "correct: the '24' of the meeting name not repeated, reason reworded")),
    (E, ok(S("decline", "Bertille Ancelin", "Mathurin Royer", "formal", "key",
             meeting="Mesures de bruit nocturne rue des Tanneurs", at="mercredi 12 juin à 22 h",
             reason="notre sonomètre de classe 1 est parti en étalonnage"),
           "Mesures de la rue des Tanneurs",
           """
Chère Madame Ancelin,

Notre sonomètre de classe 1 est parti en étalonnage et je ne veux pas vous remettre des mesures faites avec un appareil moins précis. Je dois donc annuler les mesures nocturnes de mercredi 12 juin à 22 heures, rue des Tanneurs.

Je vous recontacte dès son retour.

Bien respectueusement,
Mathurin Royer
""", "correct: 'classe 1' from the reason, '22 heures', place kept")),
    (E, ok(S("switch_to_call", "Quentin Herbelot", "Armelle Vasseur", "formal", "regular",
             meeting="Point sur la flotte de vélos de la mairie", at="vendredi 7 juin à 11 h"),
           "Point de vendredi par téléphone",
           """
Bonjour Monsieur Herbelot,

Pour gagner du temps, je vous propose de faire notre point sur la flotte de vélos de la mairie par téléphone, vendredi à 11 heures. Je vous appelle sur votre ligne habituelle.

Bien à vous,
Armelle Vasseur
""", "correct: short, '11 heures', 'ligne habituelle' with no number")),
    (E, ok(S("late_cancellation", "Léandre Bouvignies", "Cunégonde Ribot", "friendly", "regular",
             meeting="Ramonage du poêle à bois", at="lundi 3 juin à 8 h",
             props=["jeudi 13 juin à 8 h"], pol={"notice_hours": 48, "fee_percent": 25}),
           "Ton ramonage",
           """
Bonjour Léandre,

Pas de souci pour hier, ça arrive ! On peut refaire le ramonage du poêle jeudi 13 juin, toujours à 8 h.

Petit rappel quand même : en dessous de 48 heures, on facture 25 % du passage. Je l'ai appliqué cette fois.

À jeudi,
Cunégonde
""", "correct: given notice and fee, 'hier', first name only")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Hyacinthe Corlay", "Margaux Esquerré", "formal", "regular",
             meeting="Tubage du conduit de la cheminée du salon", at="mercredi 16 janvier à 9 h",
             props=["lundi 21 janvier à 14 h"], reason="la gaine inox n'est pas arrivée"),
           "Tubage : déplacé au mercredi 16 janvier à 9 h",
           """
Madame Corlay,

La gaine inox n'est pas arrivée à temps. Nous devons donc décaler le tubage du conduit de votre salon, prévu lundi 21 janvier à 14 h, au mercredi 16 janvier à 9 h.

Merci de me confirmer que ce créneau vous convient.

Cordialement,
Margaux Esquerré
""", "subject and body: the old slot (mercredi 16, 9 h) is presented as the new one and the new slot (lundi 21, 14 h) as the one being moved")),
    (A, bad("percent_swapped", S("late_cancellation", "Évariste Pontoizeau", "Sidonie Larchevêque", "formal", "regular",
             meeting="Séance de retouche du tatouage d'épaule", at="vendredi 11 janvier à 15 h",
             props=["mercredi 23 janvier à 15 h"], pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 20}),
           "Votre retouche",
           """
Bonjour Monsieur Pontoizeau,

Je prends note de l'annulation de votre retouche de vendredi. Je peux vous proposer le mercredi 23 janvier à 15 h.

Pour rappel, l'acompte versé à la réservation est de 50 %, et une annulation moins de 48 heures à l'avance entraîne des frais de 20 % de la séance.

Bien cordialement,
Sidonie Larchevêque
""", "policy paragraph: deposit and fee swapped (deposit 20 %, fee 50 % given)")),
    (A, bad("colleague_wrong", S("delegate", "Aymeric Lagadec", "Flavie Moncorgé", "formal", "new",
             meeting="Diagnostic des serrures de l'entrepôt", at="mardi 22 janvier à 10 h",
             col="Thibault Scarabelli", reason="je suis appelée sur un chantier d'urgence"),
           "Diagnostic de mardi : un collègue vous recevra",
           """
Monsieur Lagadec,

Je suis appelée sur un chantier d'urgence mardi. Mon collègue Thibault Scaramelli se chargera du diagnostic des serrures de votre entrepôt à 10 h, comme prévu ; il a toutes les informations.

Bien cordialement,
Flavie Moncorgé
""", "colleague's surname: 'Scaramelli' for Scarabelli")),
    (A, bad("link_invented", S("switch_to_call", "Philibert Jaouen", "Ombeline Castéras", "friendly", "regular",
             meeting="Point sur le chantier de la toiture photovoltaïque", at="jeudi 24 janvier à 11 h",
             reason="Philibert préfère la visio, il est en déplacement"),
           "Visio jeudi",
           """
Salut Philibert,

Comme tu es en déplacement, faisons le point sur la toiture photovoltaïque en visio jeudi à 11 h. Voici le lien : https://meet.helioscop-energie.fr/chantier-jaouen

À jeudi,
Ombeline
""", "a visio link nobody gave, licensed only by the reason's wish for a video call")),
    (B, bad("time_recap_wrong", S("reschedule", "Gwendoline Rospars", "Alcide Fauquembergue", "formal", "key",
             meeting="Calibration acoustique du studio d'enregistrement", at="jeudi 14 février à 9 h",
             props=["mardi 19 février à 9 h 30", "mercredi 20 février à 14 h"], reason="notre source dodécaédrique est en réparation"),
           "Calibration du studio : report",
           """
Chère Madame Rospars,

Notre source dodécaédrique est en réparation ; je dois donc reporter la calibration de demain 9 h. Je vous propose le mardi 19 février à 9 h 30 ou le mercredi 20 février à 14 h.

Dans l'attente de votre réponse, je bloque provisoirement le mardi 19 à 10 h.

Bien respectueusement,
Alcide Fauquembergue
""", "closing recap: 'mardi 19 à 10 h' for the offered 9 h 30")),
    (B, bad("policy_invented", S("decline", "Ludivine Kervella", "Raphaël Sautereau", "formal", "new",
             meeting="Initiation au tournage pour deux personnes", at="samedi 16 février à 14 h",
             reason="la potière qui anime l'initiation est malade"),
           "Initiation de samedi annulée",
           """
Madame Kervella,

La potière qui anime l'initiation est malade et je dois malheureusement annuler votre séance de samedi à 14 h. Comme l'annulation vient de nous, votre acompte vous sera intégralement remboursé sous huit jours.

Avec toutes nos excuses,
Raphaël Sautereau
""", "a deposit and a refund delay ('sous huit jours') nobody gave")),
    (B, bad("name_near_miss", S("switch_to_call", "Clémentine Daguerressar", "Baptiste Olivereau", "formal", "regular",
             meeting="Réunion de lancement du diagnostic acoustique", at="vendredi 15 février à 10 h"),
           "Lancement par téléphone",
           """
Chère Madame Daguerresar,

Je vous propose de tenir la réunion de lancement du diagnostic acoustique par téléphone, vendredi à 10 h. Ce sera plus simple pour vous comme pour nous.

Bien cordialement,
Baptiste Olivereau
""", "greeting: 'Daguerresar' (one s dropped) for Daguerressar")),
    (B, bad("duration_wrong", S("shorten", "Térence Baudouard", "Laurine Moustier", "friendly", "regular",
             meeting="Essai du vélo couché sur mesure", at="lundi 18 février à 17 h", dur=30),
           "Essai de lundi",
           """
Salut Térence,

Lundi, je suis un peu juste : on peut faire l'essai du vélo couché à 17 h, mais sur vingt minutes seulement ? Ça suffit pour régler la position.

À lundi,
Laurine
""", "duration: 'vingt minutes' for the given 30")),
    (C, bad("weekday_wrong", S("reschedule", "Mériadec Le Goff", "Zélie Anquetil", "formal", "regular",
             meeting="Remplacement du cylindre de la porte blindée", at="mercredi 20 mars à 8 h",
             props=["jeudi 28 mars à 8 h"], reason="le cylindre commandé est en rupture"),
           "Porte blindée : nouvelle date",
           """
Monsieur Le Goff,

Le cylindre commandé est en rupture chez le fabricant. Je vous propose donc de remplacer celui de votre porte blindée le vendredi 28 mars à 8 h au lieu de demain.

Bien cordialement,
Zélie Anquetil
""", "body: 'vendredi 28 mars' for jeudi 28 mars")),
    (C, bad("discount_invented", S("late_cancellation", "Gatien Prud'homme", "Aglaé Rivoalen", "formal", "regular",
             meeting="Reliure des registres de la confrérie", at="vendredi 15 mars à 14 h",
             props=["mardi 26 mars à 14 h"], reason="il demande si on peut faire un geste commercial"),
           "Reliure des registres : nouveau rendez-vous",
           """
Monsieur Prud'homme,

J'ai bien noté votre annulation de vendredi. Je vous propose de nous retrouver le mardi 26 mars à 14 h pour la reliure des registres.

Pour vous remercier de votre fidélité, je vous accorde volontiers une remise de 15 % sur cette commande.

Cordialement,
Aglaé Rivoalen
""", "a 15 % discount licensed only by the reason asking for a gesture")),
    (C, bad("email_invented", S("switch_to_email", "Domitille Fourcade", "Anatole Guéguen", "formal", "new",
             meeting="Devis pour l'insonorisation de la salle de répétition", at="lundi 25 mars à 16 h"),
           "Votre devis par e-mail",
           """
Madame Fourcade,

Pour aller plus vite, je vous propose de traiter le devis d'insonorisation par e-mail plutôt que de nous voir lundi. Envoyez-moi les plans de la salle de répétition à a.gueguen.acoustique@gmail.com, c'est l'adresse que je consulte le plus.

Bien à vous,
Anatole Guéguen
""", "a private e-mail address nobody gave")),
    (C, bad("foreign_paragraph", S("reschedule", "Bérénice Lhuillier", "Gauthier Mézières", "friendly", "regular",
             meeting="Atelier émaillage des tasses de mariage", at="jeudi 21 mars à 18 h",
             props=["mercredi 27 mars à 18 h", "vendredi 29 mars à 18 h"], reason="le four est en panne"),
           "Atelier émaillage décalé",
           """
Coucou Bérénice,

Le four nous a lâchés, alors on doit décaler l'atelier émaillage de jeudi. Je peux mercredi 27 ou vendredi 29 mars, toujours à 18 h.

Let me know which evening works best for you and I'll save your spot.

Gauthier
""", "third paragraph in English inside a French mail")),
    (D, bad("phone_invented", S("no_show_followup", "Sixtine Aubertot", "Florimond Chevrier", "formal", "new",
             meeting="Appareillage auditif d'essai", at="mardi 23 avril à 10 h", props=["lundi 29 avril à 10 h"]),
           "Votre rendez-vous d'hier",
           """
Madame Aubertot,

Nous ne vous avons pas vue hier matin pour l'appareillage d'essai. Nous pouvons vous recevoir le lundi 29 avril à 10 h.

En cas d'empêchement, n'hésitez pas à joindre directement le centre au 05 56 48 21 37.

Bien cordialement,
Florimond Chevrier
""", "a phone number nobody gave")),
    (D, bad("title_or_company_invented", S("decline", "Lothaire Vauquelin", "Hortensia Baraduc", "formal", "key",
             meeting="Démonstration de vol de faucons pour la fête du village", at="samedi 4 mai à 15 h",
             reason="le préfet a interdit les rassemblements à cause du vent"),
           "Démonstration du 4 mai",
           """
Monsieur Vauquelin,

Le préfet a interdit les rassemblements samedi à cause du vent ; je suis au regret d'annuler la démonstration de vol pour la fête du village.

Nous serons ravis de revenir dès que possible.

Hortensia Baraduc
Fauconnière, directrice – Les Ailes du Lauragais
""", "signature: job title and company nobody gave")),
    (D, bad("place_changed", S("switch_to_call", "Gonzague Terrasson", "Élodie Maupertuis", "formal", "regular",
             meeting="Visite de la brasserie de Saint-Amand-les-Eaux", at="jeudi 2 mai à 10 h"),
           "Visite de jeudi",
           """
Monsieur Terrasson,

Plutôt qu'une visite de la brasserie de Saint-Amand-Montrond jeudi à 10 h, je vous propose un échange téléphonique au même horaire ; je vous enverrai les photos de la salle de brassage auparavant.

Bien cordialement,
Élodie Maupertuis
""", "place: 'Saint-Amand-Montrond' for Saint-Amand-les-Eaux")),
    (D, bad("number_invented", S("switch_to_email", "Violaine Carrère-Dumas", "Jocelyn Bréhéret", "formal", "new",
             meeting="Chiffrage de la pose de douze panneaux solaires", at="vendredi 26 avril à 9 h",
             reason="elle veut savoir combien de temps prend l'installation"),
           "Votre chiffrage par e-mail",
           """
Madame Carrère-Dumas,

Je vous propose de faire le chiffrage par écrit plutôt que vendredi matin : je vous enverrai le détail dans la journée. Pour répondre à votre question, l'installation prend en général trois jours.

Cordialement,
Jocelyn Bréhéret
""", "installation length ('trois jours') invented because the reason asks for it")),
    (E, bad("time_recap_wrong", S("no_show_followup", "Anicet Morvezen", "Capucine Aubrespy", "friendly", "regular",
             meeting="Retrait de la commande de bières de mariage", at="lundi 3 juin à 17 h",
             props=["jeudi 6 juin à 17 h 30"]),
           "Ta commande t'attend",
           """
Salut Anicet,

On ne t'a pas vu hier pour récupérer les bières du mariage. Tout va bien ?

Tu peux passer jeudi 6 juin à 17 h 30, je serai là. Donc on se dit jeudi 17 h, c'est noté !

Capucine
""", "recap 'jeudi 17 h' for the offered 17 h 30")),
    (E, bad("policy_invented", S("late_cancellation", "Guillemette Soubiran", "Hervé Kerdraon", "formal", "regular",
             meeting="Restauration d'une reliure en cuir ancien", at="lundi 3 juin à 11 h", props=["mercredi 12 juin à 11 h"]),
           "Nouvelle date pour votre reliure",
           """
Madame Soubiran,

J'ai bien reçu votre annulation d'hier. Je peux vous recevoir le mercredi 12 juin à 11 h pour la reliure.

Je me permets de rappeler que, selon nos conditions générales, toute annulation le jour même est facturée.

Bien à vous,
Hervé Kerdraon
""", "a charge 'selon nos conditions générales' when no policy was given")),
    (E, bad("number_invented", S("decline", "Maxence Toulorge", "Flore Abgrall", "formal", "new",
             meeting="Visite de devis pour une porte de garage sécurisée", at="vendredi 14 juin à 9 h",
             reason="notre planning est plein"),
           "Votre demande de devis",
           """
Monsieur Toulorge,

Merci pour votre demande. Notre planning est plein et je ne pourrai pas venir vendredi 14 juin pour le devis de la porte de garage. Comptez environ trois semaines de délai avant que nous puissions vous proposer une date.

Cordialement,
Flore Abgrall
""", "a delay ('trois semaines') nobody gave")),
    (E, bad("name_near_miss", S("shorten", "Sylvestre Guillerm", "Anouk Peyrebrune", "formal", "regular",
             meeting="Séance de dessin préparatoire pour le tatouage", at="mardi 11 juin à 10 h", dur=60),
           "Séance de mardi écourtée",
           """
Monsieur Guilherm,

Mardi, je vous propose de limiter la séance de dessin préparatoire à une heure, à partir de 10 h comme prévu. Nous aurons le temps de valider le motif.

Bien cordialement,
Anouk Peyrebrune
""", "greeting: 'Guilherm' for Guillerm")),
]
