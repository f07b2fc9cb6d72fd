"""v22, French: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v22src._d import A, B, C, D, E


def S(*a, **k):
    return _S("fr", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Aurélien Casteljaloux", "Perrine Lagardelle", "formal", "regular",
             meeting="Essayage des bottines cousues main", at="jeudi 27 janvier à 10 h",
             props=["mardi 1er février à 10 h", "jeudi 3 février à 17 h 30"],
             reason="le cuir de veau teint à la main n'a pas fini de sécher"),
           "Essayage de vos bottines : autre date",
           """
Monsieur,

Le cuir de veau teint à la main n'a pas fini de sécher, je préfère donc repousser l'essayage prévu jeudi.

Vous conviendrait-il de passer mardi 1er février à la même heure, ou jeudi 3 février à cinq heures et demie du soir ?

Bien cordialement,
Perrine Lagardelle
""", "correct: 'Monsieur,' alone, 'à la même heure', 'cinq heures et demie du soir'")),
    (A, ok(S("shorten", "Mélisande Arrufat", "Gaspard Fontcouverte", "formal", "new",
             meeting="Démonstration de fabrication de papier à la cuve", at="mercredi 26 janvier à 14 h",
             dur=40, reason="la cuve doit être vidée avant quinze heures"),
           "Démonstration de mercredi, en version courte",
           """
Madame Arrufat,

La démonstration de mercredi aura bien lieu à 14 heures, mais elle durera quarante minutes : la cuve doit être vidée avant quinze heures.

Cordialement,
Gaspard Fontcouverte
""", "correct: 'quarante minutes', 'quinze heures' from the reason")),
    (A, ok(S("no_show_followup", "Violaine Despeyroux", "Baptistin Labatut", "formal", "regular",
             meeting="Dépôt du stylo-plume à piston pour révision", at="mercredi 19 janvier à 11 h 30"),
           "Votre stylo-plume",
           """
Chère Madame,

Je vous attendais mercredi dernier à onze heures et demie pour le dépôt de votre stylo-plume ; j'espère que tout va bien.

Dites-moi simplement quand vous souhaitez passer.

Bien à vous,
Baptistin Labatut
""", "correct: 'mercredi dernier' for Jan 19 said on Jan 24, 'onze heures et demie', no slot offered")),
    (A, ok(S("cancellation_policy", "Honorine Lagraulet", "Clovis Escoubès", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 30}),
           "Conditions d'annulation de l'atelier savon",
           """
Madame Lagraulet,

Merci pour votre inscription. Une annulation est sans frais jusqu'à deux jours avant l'atelier (48 heures) ; au-delà, 30 % du prix restent dus.

Cordialement,
Clovis Escoubès
""", "correct: 'deux jours avant (48 heures)', '30 %'")),
    (B, ok(S("decline", "Timothée Bourgnon", "Adélaïde Rouquayrol", "friendly", "key",
             meeting="Visite de l'atelier de restauration de poupées anciennes", at="jeudi 17 février à 15 h",
             reason="les têtes en biscuit sont au four toute la journée"),
           "Jeudi à l'atelier",
           """
Salut Timothée,

Je dois annuler ta visite de jeudi : les têtes en biscuit sont au four toute la journée.

Je reviens vers toi dès que ça se calme.

Adélaïde
""", "correct: first name, reason retold, door kept open without a time")),
    (B, ok(S("switch_to_call", "Éléonore Pradelles", "Fulbert Campistron", "formal", "regular",
             meeting="Choix de l'oculaire pour la lunette de 80 mm", at="lundi 21 février à 9 h",
             reason="l'atelier d'optique est fermé pour travaux"),
           "Lundi : par téléphone",
           """
Madame Pradelles,

L'atelier d'optique est fermé pour travaux ; je vous propose donc de faire le point sur l'oculaire par téléphone, lundi à neuf heures comme prévu.

Cordialement,
Fulbert Campistron
""", "correct: call at the original time in words, '80 mm' not restated")),
    (B, ok(S("delegate", "Hippolyte Garrigou", "Séverine Labastide", "formal", "new",
             meeting="Ressemelage de bottes d'équitation", at="mercredi 23 février à 16 h",
             col="Anselme Vignemale"),
           "Vos bottes d'équitation",
           """
Monsieur Garrigou,

C'est mon collègue Anselme Vignemale qui vous recevra mercredi 23 février à 16 h pour le ressemelage de vos bottes.

Bien cordialement,
Séverine Labastide
""", "correct: colleague named exactly, date and time as given")),
    (B, ok(S("late_cancellation", "Capucine Larroque", "Théophraste Baylac", "formal", "regular",
             meeting="Cours de marbrure sur papier", at="vendredi 11 février à 10 h",
             props=["vendredi 25 février à 10 h"]),
           "Cours de marbrure",
           """
Madame Larroque,

J'ai bien reçu votre annulation pour vendredi dernier, ce n'est pas grave.

Je peux vous proposer le même cours vendredi 25 février, toujours à dix heures.

Bien à vous,
Théophraste Baylac
""", "correct: 'vendredi dernier' for Feb 11 said on Feb 15, no policy stated, 'dix heures'")),
    (C, ok(S("reschedule", "Blandine Escarmant", "Octave Maurandy", "formal", "key",
             meeting="Remise de la lunette astronomique montée", at="vendredi 11 mars à 18 h",
             props=["mardi 15 mars à 18 h", "jeudi 17 mars à 14 h"],
             reason="le miroir primaire doit être réaluminé"),
           "Votre lunette : nouvelle date",
           """
Chère Madame Escarmant,

Le miroir primaire doit être réaluminé, je ne pourrai donc pas vous remettre l'instrument ce vendredi à 18 h comme convenu.

Je vous propose mardi 15 mars, même heure, ou bien jeudi 17 à deux heures de l'après-midi.

Très cordialement,
Octave Maurandy
""", "correct: old slot named as the one moved, 'même heure', 'jeudi 17' without month")),
    (C, ok(S("switch_to_email", "Norbert Saint-Girons", "Philippine Caubère", "formal", "regular",
             meeting="Point sur la commande de savons au lait d'ânesse", at="lundi 14 mars à 11 h",
             reason="les devis peuvent se comparer par écrit"),
           "Commande de savons : par écrit",
           """
Monsieur Saint-Girons,

Plutôt que de nous voir lundi, je vous propose de régler la commande par courriel : les devis se comparent très bien par écrit.

Je vous les envoie dans ce fil.

Cordialement,
Philippine Caubère
""", "correct: meeting paraphrased, no new time")),
    (C, ok(S("decline", "Ghislaine Pouyastruc", "Évariste Lanusse", "formal", "new",
             meeting="Estimation d'une poupée Jumeau", at="mercredi 16 mars à 10 h 30",
             reason="je n'expertise pas les poupées de cette époque"),
           "Estimation de votre poupée",
           """
Madame,

Je vous remercie de votre confiance, mais je dois décliner le rendez-vous de mercredi 16 mars : je n'expertise pas les poupées de cette époque.

Bien à vous,
Évariste Lanusse
""", "correct: 'Madame,' alone, reason as given, nothing offered")),
    (C, ok(S("no_show_followup", "Rodolphe Cazaubon", "Albane Mirepeix", "formal", "regular",
             meeting="Prise de mesures pour des mocassins sur mesure", at="vendredi 4 mars à 9 h 15",
             props=["lundi 14 mars à 9 h 15"]),
           "Prise de mesures",
           """
Monsieur Cazaubon,

Nous ne vous avons pas vu vendredi dernier pour la prise de mesures ; j'espère que vous allez bien.

Si cela vous arrange, je peux vous recevoir lundi 14 mars, à neuf heures et quart.

Cordialement,
Albane Mirepeix
""", "correct: 'vendredi dernier' for Mar 4, 'neuf heures et quart'")),
    (D, ok(S("shorten", "Prudence Lavedan", "Eudes Castagnède", "friendly", "regular",
             meeting="Séance d'observation de Saturne au jardin", at="mardi 5 avril à 21 h",
             dur=60, reason="la lune se lève peu après vingt-deux heures"),
           "Saturne mardi",
           """
Bonjour Prudence,

On garde mardi 5 avril à 21 h, mais sur une heure seulement : la lune se lève peu après vingt-deux heures et gâche tout.

À mardi !
Eudes
""", "correct: 'une heure' for 60, 'vingt-deux heures' from the reason, signed with first name")),
    (D, ok(S("delegate", "Apolline Lamothe-Guiraud", "Firmin Sarrancolin", "formal", "new",
             meeting="Réparation d'un stylo à plume en celluloïd", at="jeudi 7 avril à 14 h",
             col="Raymonde Estoueigt", reason="je serai au salon de Bordeaux"),
           "Votre stylo en celluloïd",
           """
Madame Lamothe-Guiraud,

Je serai au salon de Bordeaux jeudi ; ma collègue Raymonde Estoueigt s'occupera de votre stylo à l'heure prévue, 14 h.

Bien cordialement,
Firmin Sarrancolin
""", "correct: colleague exactly, time as 'l'heure prévue, 14 h'")),
    (D, ok(S("cancellation_policy", "Léandre Bouscatel", "Mahaut Peyrehorade", "formal", "regular",
             meeting="Stage de reliure et papier marbré", at="mercredi 13 avril à 9 h",
             pol={"notice_hours": 72, "deposit_percent": 20}),
           "Stage du 13 avril : conditions",
           """
Monsieur Bouscatel,

Pour le stage du mercredi 13 avril, un acompte de 20 % confirme votre place. Vous pouvez annuler sans frais jusqu'à trois jours avant (72 heures).

Cordialement,
Mahaut Peyrehorade
""", "correct: deposit with its own term, 'trois jours avant (72 heures)'")),
    (D, ok(S("reschedule", "Irénée Lacrampe", "Bertille Soustons", "formal", "regular",
             meeting="Livraison des semelles de cuir pour l'atelier", at="vendredi 1er avril à 8 h",
             props=["lundi 4 avril à 8 h 30"], reason="le camion du tanneur est en panne"),
           "Livraison des semelles",
           """
Monsieur Lacrampe,

Le camion du tanneur est en panne : la livraison prévue demain matin ne pourra pas se faire.

Lundi 4 avril à huit heures et demie vous irait-il ? Pouvez-vous me confirmer ce créneau ?

Cordialement,
Bertille Soustons
""", "correct: 'demain' for Apr 1 said on Mar 31, 'huit heures et demie', question confirming the new slot")),
    (E, ok(S("decline", "Sidonie Marsolan", "Aristide Lembeye", "formal", "regular",
             meeting="Présentation des nouveaux savons d'Alep", at="mercredi 15 juin à 16 h",
             reason="notre stock d'huile de laurier est épuisé jusqu'à l'automne"),
           "Présentation de mercredi",
           """
Madame Marsolan,

Je préfère annuler la présentation de mercredi : notre stock d'huile de laurier est épuisé jusqu'à l'automne.

Je vous recontacterai quand nous pourrons de nouveau produire.

Bien à vous,
Aristide Lembeye
""", "correct: reason retold, no time offered")),
    (E, ok(S("switch_to_call", "Marius Tosquelles", "Héloïse Gabarret", "formal", "new",
             meeting="Conseil sur l'achat d'un télescope Dobson", at="mardi 14 juin à 18 h",
             props=["mardi 14 juin à 19 h"]),
           "Votre télescope : appel mardi",
           """
Monsieur Tosquelles,

Plutôt qu'un rendez-vous en boutique, je vous propose un appel mardi 14 juin à sept heures du soir pour parler de votre Dobson.

Cordialement,
Héloïse Gabarret
""", "correct: 'sept heures du soir' for 19 h, meeting paraphrased")),
    (E, ok(S("switch_to_email", "Clémentine Artiguelongue", "Barnabé Vicdessos", "friendly", "regular",
             meeting="Choix des papiers pour le faire-part", at="jeudi 16 juin à 10 h"),
           "Tes papiers pour le faire-part",
           """
Coucou Clémentine,

Pas besoin de venir jeudi : je t'envoie les photos des papiers par mail et tu choisis tranquillement.

Bises,
Barnabé
""", "correct: friendly, no time, nothing invented")),
    (E, ok(S("late_cancellation", "Sébastien Hourquebie", "Ombeline Puydarrieux", "formal", "regular",
             meeting="Restauration d'un poupon en celluloïd", at="jeudi 9 juin à 15 h",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Rendez-vous d'hier",
           """
Monsieur Hourquebie,

J'ai bien noté votre annulation pour hier après-midi. Comme elle est arrivée moins d'un jour avant (24 heures), la moitié du tarif (50 %) reste due, conformément à nos conditions.

Cordialement,
Ombeline Puydarrieux
""", "correct: 'hier' for Jun 9 said on Jun 10, policy in words with its numbers")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Gervaise Lanneplaa", "Ferréol Bidalot", "formal", "regular",
             meeting="Pose de patins sur des souliers vernis", at="mardi 25 janvier à 15 h",
             props=["vendredi 28 janvier à 15 h"], reason="la colle néoprène n'est pas livrée"),
           "Vos souliers : report au vendredi 28 janvier",
           """
Madame Lanneplaa,

La colle néoprène n'est pas livrée, je dois donc déplacer notre rendez-vous.

Pourriez-vous passer mardi 25 janvier à 15 h ?

Cordialement,
Ferréol Bidalot
""", "body offers the old slot (mardi 25 janvier) as a question; subject names the right one")),
    (A, bad("number_invented", S("switch_to_email", "Lucrèce Montaner", "Gilbert Astugue", "formal", "new",
             meeting="Devis pour du papier filigrané", at="jeudi 27 janvier à 10 h"),
           "Votre devis par courriel",
           """
Madame Montaner,

Je vous propose de traiter le devis par courriel plutôt que jeudi : je vous envoie un chiffrage pour trois cents feuilles filigranées.

Cordialement,
Gilbert Astugue
""", "'trois cents feuilles' (quantity in words) nobody gave")),
    (A, bad("foreign_paragraph", S("decline", "Raphaëlle Couderc-Bonnal", "Anatole Pouzac", "formal", "regular",
             meeting="Visite de l'atelier de stylos", at="vendredi 28 janvier à 11 h",
             reason="nous déménageons l'atelier"),
           "Visite de vendredi",
           """
Madame Couderc-Bonnal,

Nous déménageons l'atelier cette semaine, je dois donc annuler la visite de vendredi.

We will let you know as soon as the new workshop is ready for visitors.

Bien à vous,
Anatole Pouzac
""", "the second paragraph is in English")),
    (A, bad("email_invented", S("no_show_followup", "Florimond Arrieulat", "Gwenaëlle Tardets", "formal", "regular",
             meeting="Essai d'un savon solide pour peaux sensibles", at="jeudi 20 janvier à 17 h"),
           "Votre essai de jeudi",
           """
Monsieur Arrieulat,

Nous vous attendions jeudi dernier à 17 h ; j'espère que tout va bien.

Pour convenir d'un autre moment, écrivez-moi directement à gwen.tardets@laposte.net.

Cordialement,
Gwenaëlle Tardets
""", "private address nobody gave")),
    (B, bad("percent_swapped", S("cancellation_policy", "Ysaline Boucau", "Martial Espalungue", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 40, "deposit_percent": 15}),
           "Nos conditions",
           """
Madame Boucau,

L'inscription est confirmée par un acompte de 40 % ; en cas d'annulation moins de 48 heures avant, 15 % du prix sont facturés.

Cordialement,
Martial Espalungue
""", "deposit 15 and fee 40 exchanged in one sentence")),
    (B, bad("name_near_miss", S("shorten", "Donatien Carrèrelongue", "Isaure Mondebat", "formal", "regular",
             meeting="Entretien sur la restauration d'une poupée Bru", at="jeudi 17 février à 14 h",
             dur=30),
           "Entretien de jeudi",
           """
Monsieur Carrèrelonge,

Je dois écourter notre entretien de jeudi à 14 h : nous aurons trente minutes pour la poupée Bru.

Bien cordialement,
Isaure Mondebat
""", "greeting 'Carrèrelonge' for Carrèrelongue (one letter dropped)")),
    (B, bad("time_recap_wrong", S("reschedule", "Armelle Sentenac", "Benoît Lahontan", "formal", "regular",
             meeting="Réglage de la monture équatoriale", at="mercredi 16 février à 20 h",
             props=["lundi 21 février à 20 h 30"], reason="le ciel est annoncé couvert"),
           "Réglage de la monture : lundi 21 février",
           """
Madame Sentenac,

Le ciel est annoncé couvert mercredi ; je vous propose de reporter le réglage au lundi 21 février à 20 h 30.

À lundi 20 h, donc !

Benoît Lahontan
""", "closing recap rounds to 20 h, the old hour, slot is 20 h 30")),
    (B, bad("link_invented", S("late_cancellation", "Eulalie Oustalet", "Justin Camparan", "formal", "new",
             meeting="Atelier de fabrication de savon à froid", at="lundi 14 février à 14 h",
             props=["lundi 28 février à 14 h"]),
           "Votre atelier savon",
           """
Madame Oustalet,

Je comprends votre annulation d'hier. Je peux vous réinscrire lundi 28 février à 14 h ; vous pouvez aussi choisir une autre date sur www.savonnerie-camparan.fr/reserver.

Cordialement,
Justin Camparan
""", "booking link nobody gave")),
    (C, bad("weekday_wrong", S("reschedule", "Gustave Larrieussec", "Corentine Boussenac", "formal", "regular",
             meeting="Essayage de sandales en cuir tressé", at="jeudi 10 mars à 11 h",
             props=["mardi 15 mars à 11 h"], reason="les lanières ne sont pas cousues"),
           "Essayage reporté au mardi 15 mars",
           """
Monsieur Larrieussec,

Les lanières ne sont pas encore cousues ; je vous propose de décaler l'essayage de demain au mercredi 15 mars, à la même heure.

Cordialement,
Corentine Boussenac
""", "body says 'mercredi 15 mars' (15 March 2033 is a Tuesday); subject right")),
    (C, bad("policy_invented", S("late_cancellation", "Hermance Lapouge", "Valentin Marsan", "formal", "regular",
             meeting="Révision d'un stylo à remplissage par levier", at="lundi 7 mars à 10 h"),
           "Votre annulation",
           """
Madame Lapouge,

J'ai bien reçu votre message annulant le rendez-vous de lundi. Comme l'annulation est tardive, les frais de diagnostic restent à votre charge.

Bien à vous,
Valentin Marsan
""", "a charge ('frais de diagnostic') with no policy given")),
    (C, bad("place_changed", S("decline", "Anne-Sixtine Laborde", "Yvon Bergouignan", "formal", "new",
             meeting="Stand papier artisanal au marché de Pau", at="vendredi 18 mars à 9 h",
             reason="je n'ai plus assez de stock"),
           "Le marché de vendredi",
           """
Madame Laborde,

Je ne tiendrai pas le stand au marché d'Oloron vendredi : je n'ai plus assez de stock.

Cordialement,
Yvon Bergouignan
""", "place inside the meeting changed: Oloron for Pau")),
    (C, bad("duration_wrong", S("shorten", "Céleste Arrouy", "Thibaut Cazalis", "formal", "regular",
             meeting="Cours d'initiation au polissage des miroirs", at="mardi 22 mars à 18 h", dur=90),
           "Cours du 22 mars raccourci",
           """
Madame Arrouy,

Le cours du mardi 22 mars commencera bien à 18 h, mais il durera une heure au lieu de la soirée entière.

Cordialement,
Thibaut Cazalis
""", "'une heure' for 90 minutes")),
    (D, bad("colleague_wrong", S("delegate", "Lubin Estrémé", "Salomé Artagnan", "formal", "new",
             meeting="Réparation d'un cheval à bascule et de sa poupée", at="mardi 5 avril à 10 h",
             col="Fantine Moncaup"),
           "Votre rendez-vous de mardi",
           """
Monsieur Estrémé,

Mardi, c'est ma collègue Fantine Montcaup qui vous recevra à 10 h comme prévu.

Cordialement,
Salomé Artagnan
""", "colleague 'Montcaup' for Moncaup (added letter)")),
    (D, bad("phone_invented", S("switch_to_call", "Nestor Sabalot", "Ondine Cauterets", "formal", "regular",
             meeting="Choix du cuir pour des derbies", at="vendredi 8 avril à 15 h"),
           "Vendredi : au téléphone",
           """
Monsieur Sabalot,

Faisons le point sur le cuir par téléphone vendredi à 15 h plutôt qu'en boutique. Vous pouvez me joindre au 05 59 41 27 83.

Cordialement,
Ondine Cauterets
""", "phone number nobody gave")),
    (D, bad("time_swapped", S("switch_to_call", "Hyacinthe Baudéan", "Lazare Orincles", "formal", "regular",
             meeting="Présentation de la collection de papiers japonais", at="lundi 4 avril à 14 h",
             props=["mercredi 6 avril à 11 h"]),
           "Un appel plutôt que la présentation",
           """
Madame Baudéan,

Au lieu de nous voir mercredi 6 avril à 11 h, pourrais-je vous appeler lundi 4 avril à 14 h pour vous présenter les papiers japonais ?

Bien à vous,
Lazare Orincles
""", "meeting and call slots exchanged")),
    (D, bad("discount_invented", S("reschedule", "Constance Aureilhan", "Barthélemy Gurmençon", "formal", "key",
             meeting="Remise de la poupée de porcelaine restaurée", at="vendredi 1er avril à 16 h",
             props=["jeudi 7 avril à 16 h"], reason="la cliente demande un geste commercial pour le retard"),
           "Votre poupée : jeudi 7 avril",
           """
Chère Madame Aureilhan,

Je suis désolé, la remise prévue demain doit être décalée à jeudi 7 avril à 16 h. Pour ce retard, je vous accorde 10 % de réduction sur la restauration.

Très cordialement,
Barthélemy Gurmençon
""", "10 % discount licensed only by the reason")),
    (E, bad("title_or_company_invented", S("decline", "Maxence Larreule", "Aude Pimbo", "formal", "new",
             meeting="Visite de la savonnerie pour un groupe scolaire", at="lundi 20 juin à 9 h",
             reason="la chaîne de coupe est en maintenance"),
           "Visite du lundi 20 juin",
           """
Monsieur Larreule,

La chaîne de coupe est en maintenance, je ne peux donc pas accueillir le groupe lundi 20 juin.

Cordialement,
Aude Pimbo
Responsable des visites – Savonnerie du Gave
""", "job title and company nobody gave")),
    (E, bad("policy_invented", S("no_show_followup", "Perpétue Lahitte", "Romuald Escot", "formal", "regular",
             meeting="Prise d'empreinte pour des chaussures orthopédiques", at="mercredi 8 juin à 10 h",
             props=["jeudi 16 juin à 10 h"]),
           "Votre prise d'empreinte",
           """
Madame Lahitte,

Vous n'avez pas pu venir mercredi ; je vous propose jeudi 16 juin à 10 h. Notez qu'un second rendez-vous manqué serait facturé en entier.

Cordialement,
Romuald Escot
""", "'facturé en entier' with no policy given")),
    (E, bad("link_invented", S("switch_to_email", "Gatien Mauvezin", "Églantine Sorde", "formal", "regular",
             meeting="Conseil sur l'entretien d'un Montblanc ancien", at="mardi 21 juin à 17 h"),
           "Votre Montblanc : par écrit",
           """
Monsieur Mauvezin,

Je vous réponds par écrit plutôt que mardi. Vous trouverez la marche à suivre illustrée sur notre page : https://plumes-sorde.fr/entretien

Cordialement,
Églantine Sorde
""", "link nobody gave")),
    (E, bad("percent_swapped", S("late_cancellation", "Bernadette Soumoulou", "Quentin Eyharts", "formal", "regular",
             meeting="Séance d'observation du ciel profond", at="jeudi 9 juin à 22 h",
             pol={"notice_hours": 24, "fee_percent": 25, "deposit_percent": 50}),
           "Votre annulation d'hier soir",
           """
Madame Soumoulou,

J'ai bien reçu votre annulation d'hier soir. Selon nos conditions, l'acompte de 25 % est conservé et 50 % du prix sont dus pour une annulation à moins de 24 heures.

Cordialement,
Quentin Eyharts
""", "deposit 50 and fee 25 swapped")),
]
