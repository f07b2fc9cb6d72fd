"""French tone v2 cases, written by hand by data-a (2026-12-06/07). Held out."""

from __future__ import annotations

SITS = {
    1: dict(intent="reschedule", recipient_name="Mme Catherine Royer", sender_name="Laurent Favre", tone="formal",
            relationship="key", meeting="Comité de direction du projet Horizon", meeting_time="mardi 12 janvier à 10 h",
            reason="un rendez-vous médical impossible à déplacer",
            proposed_times=["jeudi 14 janvier à 10 h", "vendredi 15 janvier à 14 h"]),
    2: dict(intent="no_show_followup", recipient_name="M. Xavier Lenoir", sender_name="Agathe Morin", tone="formal",
            relationship="regular", meeting="Rendez-vous de diagnostic énergétique", meeting_time="jeudi 3 décembre à 9 h",
            proposed_times=["mercredi 16 décembre à 9 h"]),
    3: dict(intent="late_cancellation", recipient_name="Lucie Bonnet", sender_name="Maxime Renard", tone="friendly",
            relationship="regular", meeting="Séance de massage", meeting_time="lundi 7 décembre à 18 h",
            proposed_times=["jeudi 10 décembre à 18 h"], policy={"notice_hours": 24, "fee_percent": 50}),
    4: dict(intent="decline", recipient_name="M. Henri Delorme", sender_name="Justine Carré", tone="formal",
            relationship="key", meeting="Séminaire annuel des partenaires à Lille", meeting_time="vendredi 29 janvier à 9 h",
            reason="une clôture comptable ce jour-là"),
    5: dict(intent="switch_to_email", recipient_name="Noémie Lacroix", sender_name="Bastien Huet", tone="friendly",
            relationship="regular", meeting="Point sur la maquette du catalogue", meeting_time="mercredi 13 janvier à 15 h",
            reason="les retours tiennent en quelques remarques"),
    6: dict(intent="cancellation_policy", recipient_name="M. Raphaël Simon", sender_name="Émilie Lebrun", tone="formal",
            relationship="new", policy={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 30}),
    7: dict(intent="shorten", recipient_name="Mme Sophie Gautier", sender_name="Cyril Bouvier", tone="formal",
            relationship="regular", meeting="Réunion de suivi trimestriel", meeting_time="lundi 18 janvier à 14 h",
            duration_minutes=30, reason="un conseil d'administration juste après"),
    8: dict(intent="delegate", recipient_name="Antoine Barre", sender_name="Pauline Roux", tone="friendly",
            relationship="key", meeting="Atelier de cadrage du nouveau site", meeting_time="jeudi 21 janvier à 9 h 30",
            colleague_name="Mehdi Kaci", reason="mon congé commence plus tôt que prévu"),
}

# (situation, label, flaw, subject, body, note)
CASES = [
(1, "good", None, "Comité Horizon : proposition de report", """
Madame Royer,

Un rendez-vous médical que je ne peux pas déplacer m'oblige à vous demander de reporter le comité de direction du projet Horizon, prévu mardi 12 janvier à 10 h. Je vous prie de m'en excuser.

Je vous propose jeudi 14 janvier à 10 h ou vendredi 15 janvier à 14 h ; si aucun de ces créneaux ne vous convient, je m'adapterai.

Bien cordialement,
Laurent Favre
""", "formal, apology in proportion, two options and flexibility"),
(1, "bad", "passive_aggression", "RE: Comité Horizon", """
Madame Royer,

Comme je vous l'indiquais déjà dans mon précédent message, j'ai un rendez-vous médical mardi 12 janvier à 10 h et le comité de direction du projet Horizon ne pourra donc pas se tenir à cette heure-là. Je me permets de vous le rappeler, n'ayant pas eu de retour.

Les créneaux possibles restent, comme déjà indiqué, jeudi 14 janvier à 10 h ou vendredi 15 janvier à 14 h. Merci de bien vouloir me répondre cette fois-ci.

Cordialement,
Laurent Favre
""", "'comme je vous l'indiquais déjà', 'comme déjà indiqué', 'cette fois-ci' to a key client"),
(1, "bad", "grovelling", "Toutes mes excuses – comité Horizon", """
Madame Royer,

Je suis sincèrement désolé, vraiment navré, et je sais que c'est impardonnable : un rendez-vous médical m'oblige à vous demander de reporter le comité de direction du projet Horizon du mardi 12 janvier à 10 h. Je mesure l'embarras que je vous cause et je m'en veux terriblement.

Si vous acceptez encore de me consacrer un peu de votre temps si précieux, je pourrais jeudi 14 janvier à 10 h ou vendredi 15 janvier à 14 h, ou à n'importe quel autre moment, quitte à me libérer tard le soir.

Encore mille excuses, je ferai tout pour me faire pardonner,
Laurent Favre
""", "self-abasement and over-apology for a routine move"),
(2, "good", None, "Votre diagnostic énergétique", """
Monsieur Lenoir,

Nous avions rendez-vous jeudi 3 décembre à 9 h pour votre diagnostic énergétique et je ne vous ai pas vu arriver. J'espère que tout va bien de votre côté.

Si vous le souhaitez, je peux vous recevoir le mercredi 16 décembre à 9 h. Dites-moi simplement si cela vous convient.

Bien cordialement,
Agathe Morin
""", "checks on the client first, neutral, offers a time"),
(2, "bad", "sarcasm", "Notre rendez-vous de jeudi", """
Monsieur Lenoir,

J'ai eu le plaisir de profiter seule de notre rendez-vous de diagnostic énergétique jeudi 3 décembre à 9 h : un café, le silence, une vraie matinée de détente. Merci pour cette charmante parenthèse.

Si l'envie vous prend de venir pour de bon, le mercredi 16 décembre à 9 h est libre.

Cordialement,
Agathe Morin
""", "ironic thanks for the no-show, 'si l'envie vous prend'"),
(2, "bad", "blame", "Absence au rendez-vous du 3 décembre", """
Monsieur Lenoir,

Vous n'êtes pas venu à votre rendez-vous de diagnostic énergétique du jeudi 3 décembre à 9 h, et sans prévenir. Ce créneau aurait pu servir à un autre client et j'ai dû réorganiser toute ma matinée à cause de votre absence.

Je peux vous proposer le mercredi 16 décembre à 9 h, en comptant cette fois sur votre présence.

Cordialement,
Agathe Morin
""", "reproaches and 'en comptant cette fois sur votre présence'"),
(3, "good", None, "Ta séance de ce soir", """
Bonjour Lucie,

Merci de m'avoir prévenu pour ce soir. Je peux te proposer jeudi 10 décembre à 18 h à la place, si ça te va.

Petit rappel pour la suite : en cas d'annulation moins de 24 h avant, la moitié de la séance est due, comme prévu dans nos conditions. Je sais que ce n'est jamais agréable, merci de ta compréhension.

À jeudi peut-être !
Maxime
""", "friendly, states the policy plainly and kindly"),
(3, "bad", "condescension", "Annulation de ce soir", """
Bonjour Lucie,

Je vois que tu annules la séance de massage de ce soir, 18 h. Je te rappelle, puisque peu de gens prennent la peine de lire les conditions, qu'une annulation moins de 24 heures avant entraîne la facturation de 50 % de la séance. Ce n'est pourtant pas bien compliqué à retenir.

Je peux te proposer jeudi 10 décembre à 18 h, en notant bien l'heure cette fois.

Maxime
""", "'peu de gens prennent la peine de lire', 'pas bien compliqué à retenir'"),
(3, "bad", "mock_enthusiasm", "Super nouvelle !!", """
Bonjour Lucie !!

Génial, une annulation le jour même pour la séance de massage de ce soir à 18 h, j'adore ce genre de surprise !!! Vraiment, rien ne me fait plus plaisir.

Et cerise sur le gâteau : 50 % de la séance facturés, puisque c'est moins de 24 h avant. Top, non ?

On retente jeudi 10 décembre à 18 h ? J'ai trop hâte !!

Maxime
""", "fake delight at a late cancellation"),
(4, "good", None, "Séminaire des partenaires du 29 janvier", """
Monsieur Delorme,

Je vous remercie chaleureusement pour votre invitation au séminaire annuel des partenaires à Lille, le vendredi 29 janvier à 9 h. Ce jour-là tombe malheureusement en pleine clôture comptable et je ne pourrai pas m'absenter.

Je le regrette sincèrement, car ce rendez-vous compte beaucoup pour nous. Je serais heureuse d'en parler avec vous après le séminaire.

Bien cordialement,
Justine Carré
""", "warm regret to a key partner, reason given, keeps the link"),
(4, "bad", "coldness", "Séminaire", """
Monsieur,

Je ne participerai pas au séminaire annuel des partenaires à Lille du vendredi 29 janvier à 9 h. Clôture comptable.

Cordialement,
Justine Carré
""", "curt two lines to a key partner, no thanks, no regret"),
(4, "bad", "over_familiarity", "Lille, c'est sans moi 😅", """
Coucou Henri !

Alors là, le séminaire à Lille vendredi 29 janvier à 9 h, ça va être sans moi, désolée mon grand 😅 Clôture comptable, l'horreur, tu connais… On se rattrape autour d'un verre un de ces jours, c'est moi qui régale !

Gros bisous,
Justine
""", "tutoiement, 'mon grand', 'bisous' and emoji to a formal key client"),
(5, "good", None, "Maquette du catalogue", """
Salut Noémie,

Pour la maquette du catalogue, pas besoin de se voir mercredi à 15 h : mes retours tiennent en quelques remarques, je te les envoie par mail et tu me dis si quelque chose coince.

Bonne journée !
Bastien
""", "short and friendly"),
(5, "good", None, "Mes retours tiennent sur un post-it", """
Salut Noémie,

Bonne nouvelle pour nos agendas : mes retours sur la maquette du catalogue tiennent sur un post-it. Plutôt que de te faire venir mercredi 13 janvier à 15 h pour si peu, je te les envoie par écrit ?

Si un point mérite qu'on en parle, on s'appelle.

Bastien
""", "light humour, warm"),
(5, "bad", "bureaucratic_distance", "Réunion du 13 janvier – modalités", """
Madame Lacroix,

Nous vous informons que la réunion relative à la maquette du catalogue, initialement programmée le mercredi 13 janvier à 15 h, est remplacée par un échange écrit. Les observations vous seront transmises par voie électronique. Toute demande de précision devra être formulée par écrit.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Bastien Huet
""", "officialese and 'nous' to a friendly regular contact"),
(6, "good", None, "Nos conditions de réservation", """
Monsieur Simon,

Voici nos conditions, pour que tout soit clair dès le départ :
- un acompte de 30 % est demandé à la réservation ;
- en cas d'annulation moins de 48 heures avant le rendez-vous, 50 % de la prestation est facturé.

Ces règles nous permettent de garder des créneaux disponibles pour tous nos clients. N'hésitez pas si vous avez une question.

Cordialement,
Émilie Lebrun
""", "firm and clear, gives the why"),
(6, "good", None, "Avant votre premier rendez-vous", """
Bonjour Monsieur Simon,

Merci de votre confiance ! Avant votre premier rendez-vous, je vous transmets nos conditions : un acompte de 30 % à la réservation et, si vous deviez annuler moins de 48 heures à l'avance, 50 % de la prestation resterait dû.

En cas d'imprévu, prévenez-moi dès que possible : nous trouverons une solution pour reprogrammer.

Au plaisir de vous rencontrer,
Émilie Lebrun
""", "warm welcome with the policy"),
(6, "bad", "hostile", "Conditions", """
Monsieur Simon,

Sauf votre respect, je préfère être claire d'emblée : un acompte de 30 % est exigé à la réservation et toute annulation moins de 48 heures avant sera facturée 50 %, sans discussion possible. Je n'ai pas de temps à perdre avec les clients qui réservent puis disparaissent.

Si ces conditions ne vous conviennent pas, inutile de réserver.

Émilie Lebrun
""", "'sauf votre respect', insinuation and dismissal to a new client"),
(7, "good", None, "Réunion de suivi du 18 janvier", """
Madame Gautier,

Pour notre réunion de suivi trimestriel du lundi 18 janvier à 14 h, pourrions-nous nous limiter à 30 minutes ? J'enchaîne avec un conseil d'administration. Je vous envoie les points à aborder pour gagner du temps.

Bien cordialement,
Cyril Bouvier
""", "short and clear"),
(7, "good", None, "Une demi-heure bien préparée", """
Madame Gautier,

Je vais être franc : lundi 18 janvier, un conseil d'administration suit directement notre réunion de suivi trimestriel de 14 h. Je vous propose donc une demi-heure bien préparée plutôt qu'une réunion passée à surveiller la montre.

Merci de votre compréhension,
Cyril Bouvier
""", "candid and unusual but courteous"),
(7, "bad", "passive_aggression", "Réunion de suivi – rappel", """
Madame Gautier,

Sauf erreur de ma part, je vous avais déjà signalé que j'avais un conseil d'administration juste après notre réunion de suivi trimestriel du lundi 18 janvier à 14 h. Je me permets donc de redire que nous devrons nous limiter à 30 minutes, en espérant que ce soit noté cette fois.

Cordialement,
Cyril Bouvier
""", "'sauf erreur de ma part, je vous avais déjà signalé', 'en espérant que ce soit noté cette fois'"),
(8, "good", None, "Atelier de cadrage : Mehdi prend le relais", """
Bonjour Antoine,

Mon congé commence plus tôt que prévu, je ne serai donc pas là pour l'atelier de cadrage du nouveau site, jeudi 21 janvier à 9 h 30. Mehdi Kaci prend le relais : il connaît le projet par cœur et je lui ai tout transmis.

Je suis ravie de vous laisser entre de si bonnes mains, et j'ai hâte de voir le site à mon retour !

Belle journée,
Pauline
""", "warm handover"),
(8, "good", None, "Atelier de jeudi", """
Bonjour Antoine,

Petit changement pour l'atelier de cadrage de jeudi 21 janvier, 9 h 30 : mon congé commence plus tôt que prévu et c'est Mehdi Kaci qui l'animera. Il a tout le dossier. Réservez-lui le même accueil qu'à moi !

Pauline
""", "short, friendly"),
(8, "bad", "condescension", "Atelier de cadrage", """
Bonjour Antoine,

Mon congé commence plus tôt que prévu, c'est donc Mehdi Kaci qui animera l'atelier de cadrage du jeudi 21 janvier à 9 h 30. Ne vous inquiétez pas, je lui ai demandé de reprendre les bases et d'expliquer les choses lentement, pour que tout le monde suive cette fois.

Bonne journée,
Pauline
""", "implies the client could not follow last time"),
]
