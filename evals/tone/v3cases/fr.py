"""French v3 tone cases, written by hand by data-f (held out). CASES: (situation, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "reschedule", "recipient_name": "Mme Hélène Marchetti", "sender_name": "Olivier Brun",
        "tone": "formal", "relationship": "key", "meeting": "revue trimestrielle du contrat de maintenance",
        "meeting_time": "jeudi 10 décembre à 14 h", "reason": "une panne sur le site de Lyon qui exige ma présence",
        "proposed_times": ["mardi 15 décembre à 9 h 30", "mercredi 16 décembre à 14 h"]},
    2: {"intent": "no_show_followup", "recipient_name": "Bastien Leroy", "sender_name": "Camille Girard",
        "tone": "friendly", "relationship": "regular", "meeting": "atelier de prise en main du logiciel",
        "meeting_time": "jeudi 3 décembre à 16 h", "proposed_times": ["lundi 14 décembre à 16 h"]},
    3: {"intent": "late_cancellation", "recipient_name": "M. Karim Benali", "sender_name": "Sophie Delaunay",
        "tone": "formal", "relationship": "new", "meeting": "visite de l'appartement rue des Tanneurs",
        "meeting_time": "vendredi 4 décembre à 11 h", "policy": {"notice_hours": 24, "fee_percent": 50},
        "proposed_times": ["mercredi 9 décembre à 11 h"]},
    4: {"intent": "decline", "recipient_name": "Manon Perrin", "sender_name": "Julien Petit", "tone": "friendly",
        "relationship": "regular", "meeting": "déjeuner de lancement de la gamme bio",
        "meeting_time": "mardi 15 décembre à 12 h 30", "reason": "une fin d'année très chargée"},
    5: {"intent": "cancellation_policy", "recipient_name": "Mme Isabelle Fontaine", "sender_name": "Marc Aubert",
        "tone": "formal", "relationship": "new", "policy": {"notice_hours": 48, "deposit_percent": 30}},
    6: {"intent": "shorten", "recipient_name": "Nadia Ferrand", "sender_name": "Thomas Roux", "tone": "friendly",
        "relationship": "key", "meeting": "point d'avancement sur le site web", "meeting_time": "lundi 14 décembre à 10 h",
        "duration_minutes": 30, "reason": "un comité imprévu juste après"},
    7: {"intent": "switch_to_email", "recipient_name": "M. Denis Carpentier", "sender_name": "Aurélie Masson",
        "tone": "formal", "relationship": "regular", "meeting": "réunion sur le devis de rénovation",
        "meeting_time": "mercredi 16 décembre à 15 h", "reason": "les derniers points peuvent se régler par écrit"},
    8: {"intent": "delegate", "recipient_name": "Mme Claire Vasseur", "sender_name": "Pierre Lemaire",
        "tone": "formal", "relationship": "key", "meeting": "présentation du bilan annuel",
        "meeting_time": "jeudi 17 décembre à 9 h", "colleague_name": "Élodie Rivière",
        "reason": "un déplacement à Bruxelles"},
}

CASES = [
    (1, "good", None, "Revue trimestrielle du 10 décembre : report", """
Madame Marchetti,

Une panne sur notre site de Lyon exige ma présence jeudi, et je ne pourrai donc pas tenir notre revue trimestrielle du contrat de maintenance prévue le jeudi 10 décembre à 14 h. Je le regrette, d'autant que je sais que vous aviez réservé ce créneau.

Pourrions-nous la reporter au mardi 15 décembre à 9 h 30 ou au mercredi 16 décembre à 14 h ? Je vous enverrai d'ici là un point écrit sur la panne.

Bien cordialement,
Olivier Brun""", "formal, reason given plainly, regret in proportion, two options"),
    (1, "bad", "passive_aggression", "Revue trimestrielle – rappel", """
Madame Marchetti,

Pour rappel, et ainsi que je l'ai déjà précisé à plusieurs reprises à vos équipes, une panne sur le site de Lyon exige ma présence : la revue trimestrielle du contrat de maintenance du jeudi 10 décembre à 14 h ne pourra pas avoir lieu.

Je vous saurais gré de bien vouloir choisir, sans attendre cette fois, entre le mardi 15 décembre à 9 h 30 et le mercredi 16 décembre à 14 h.

Cordialement,
Olivier Brun""", "'ainsi que je l'ai déjà précisé à plusieurs reprises', 'sans attendre cette fois' to a key client"),
    (1, "bad", "over_familiarity", "Petit changement de programme 😉", """
Coucou Hélène !

Grosse galère à Lyon, une panne, donc je file là-bas jeudi et notre revue trimestrielle du contrat de maintenance du jeudi 10 décembre à 14 h tombe à l'eau, désolé ma belle !

On se cale ça mardi 15 décembre à 9 h 30 ou mercredi 16 décembre à 14 h ? Tu me dis, et je te paie un café pour me faire pardonner.

Grosses bises,
Olivier""", "'Coucou', 'ma belle', tutoiement and bises to a formal key client"),
    (2, "good", None, "On a dû se rater jeudi", """
Bonjour Bastien,

Je ne t'ai pas vu à l'atelier de prise en main du logiciel jeudi 3 décembre à 16 h ; j'espère que tout va bien de ton côté.

Si ça te va, je te propose de le refaire lundi 14 décembre à 16 h. Dis-moi simplement si le créneau te convient.

À bientôt,
Camille""", "friendly, checks on him, no reproach, one clear offer"),
    (2, "bad", "sarcasm", "Atelier de jeudi", """
Bonjour Bastien,

Merci encore pour ta présence si remarquée à l'atelier de prise en main du logiciel jeudi 3 décembre à 16 h : j'ai pu profiter de la salle entière et du café pour moi toute seule, c'était très reposant.

Si le cœur t'en dit, on peut retenter l'expérience lundi 14 décembre à 16 h. Je garderai une chaise pour toi, on ne sait jamais.

Camille""", "ironic thanks for 'ta présence si remarquée', 'on ne sait jamais'"),
    (2, "bad", "blame", "Atelier manqué", """
Bonjour Bastien,

Tu n'es pas venu à l'atelier de prise en main du logiciel jeudi 3 décembre à 16 h. J'avais bloqué mon après-midi et préparé un environnement de test rien que pour toi, c'est donc une demi-journée de perdue à cause de cet oubli.

Je peux le refaire lundi 14 décembre à 16 h, mais j'aimerais vraiment que ce soit la dernière fois.

Camille""", "puts the lost afternoon on him, 'à cause de cet oubli', 'la dernière fois'"),
    (3, "good", None, "Visite du 4 décembre et nouvelle date", """
Monsieur Benali,

Merci de m'avoir prévenue de l'annulation de la visite de l'appartement rue des Tanneurs, prévue vendredi 4 décembre à 11 h.

Comme indiqué dans nos conditions, une annulation moins de 24 heures avant le rendez-vous donne lieu à des frais de 50 % ; ils figureront sur votre prochaine facture. Je comprends que ce ne soit pas agréable, et je reste à votre disposition pour en parler.

Je peux vous proposer une nouvelle visite le mercredi 9 décembre à 11 h.

Cordialement,
Sophie Delaunay""", "firm and courteous, states the 24 h / 50 % rule without reproach"),
    (3, "bad", "condescension", "Visite annulée – nos conditions", """
Monsieur Benali,

J'ai bien noté l'annulation de la visite de l'appartement rue des Tanneurs de vendredi 4 décembre à 11 h.

Comme beaucoup de nouveaux clients, vous n'avez sans doute pas pris le temps de lire nos conditions ; je vous les résume donc le plus simplement possible : si l'on annule moins de 24 heures avant, on paie 50 %. Ce n'est vraiment pas sorcier, mais c'est mieux de le savoir.

Une nouvelle visite est possible le mercredi 9 décembre à 11 h.

Cordialement,
Sophie Delaunay""", "assumes he did not read, 'le plus simplement possible', 'pas sorcier'"),
    (3, "bad", "coldness", "Annulation – frais", """
Monsieur Benali,

Annulation du vendredi 4 décembre à 11 h (visite de l'appartement rue des Tanneurs) enregistrée. Délai inférieur à 24 heures : frais de 50 % appliqués. Prochaine disponibilité : mercredi 9 décembre à 11 h.

S. Delaunay""", "telegraphic, no greeting warmth, no acknowledgement, initial only, to a new client"),
    (4, "good", None, "Déjeuner du 15 : je passe mon tour", """
Bonjour Manon,

Merci pour l'invitation au déjeuner de lancement de la gamme bio, mardi 15 décembre à 12 h 30 ! Avec une fin d'année très chargée, je vais devoir passer mon tour cette fois.

Si tu peux m'envoyer la plaquette, je la regarderai avec plaisir, et on se fait un point en janvier ?

Belle journée,
Julien""", "friendly, thanks, short reason, keeps the door open"),
    (4, "bad", "bureaucratic_distance", "Votre invitation", """
Madame,

Nous accusons réception de votre invitation au déjeuner de lancement de la gamme bio du mardi 15 décembre à 12 h 30.

Compte tenu d'une fin d'année très chargée, il ne pourra y être donné une suite favorable. Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour le service, J. Petit""", "officialese 'nous accusons réception', 'il ne pourra y être donné une suite favorable' to a friendly regular contact"),
    (4, "bad", "mock_enthusiasm", "Quelle idée GÉNIALE !!!", """
Bonjour Manon,

Un déjeuner de lancement de la gamme bio, mardi 15 décembre à 12 h 30 ?! Mais c'est exactement ce qui manquait à mon mois de décembre, j'en rêvais littéralement !!! Quel dommage, quel immense dommage, qu'une fin d'année très chargée m'en prive.

Je suis sûr que ce sera absolument inoubliable.

Julien""", "exaggerated delight that signals the opposite, 'absolument inoubliable'"),
    (5, "good", None, "Nos conditions d'annulation", """
Madame Fontaine,

Bienvenue parmi nos clients. Avant notre premier rendez-vous, voici nos conditions d'annulation : un acompte de 30 % est demandé à la réservation, et un rendez-vous peut être annulé ou déplacé sans frais jusqu'à 48 heures à l'avance.

Nous bloquons la journée pour chaque intervention ; ce délai nous permet de proposer le créneau à quelqu'un d'autre. N'hésitez pas à me poser vos questions.

Bien cordialement,
Marc Aubert""", "welcoming, clear numbers, gives the reason"),
    (5, "good", None, "Conditions d'annulation", """
Madame Fontaine,

Pour que tout soit clair dès le départ : nous demandons un acompte de 30 % à la réservation, et toute annulation doit nous parvenir au moins 48 heures avant le rendez-vous.

Je reste à votre disposition pour toute question.

Bien cordialement,
Marc Aubert""", "short and firm, polite formulas, nothing cold"),
    (5, "bad", "grovelling", "Toutes nos excuses pour nos conditions", """
Madame Fontaine,

Je suis vraiment confus de devoir vous importuner avec cela et je vous prie mille fois de m'en excuser : nous demandons, si vous le voulez bien et seulement si cela ne vous dérange pas trop, un acompte de 30 %, et une annulation au moins 48 heures à l'avance.

Je sais que c'est beaucoup demander et je comprendrais parfaitement que cela vous fasse renoncer. Encore toutes mes excuses pour ce désagrément.

Humblement,
Marc Aubert""", "apologises abjectly for an ordinary policy, 'humblement'"),
    (6, "good", None, "Point site web : version courte ?", """
Bonjour Nadia,

Un comité vient de tomber juste après notre point d'avancement sur le site web de lundi 14 décembre à 10 h. Est-ce qu'on pourrait le faire en 30 minutes ? Je t'envoie les maquettes dimanche soir pour qu'on aille droit aux choix à faire.

Merci et à lundi,
Thomas""", "friendly to a key client already on first-name terms, explains and makes it easy"),
    (6, "good", None, "Lundi 10 h, format express", """
Bonjour Nadia,

Aveu du jour : un comité imprévu s'est glissé juste après notre point d'avancement sur le site web de lundi 14 décembre à 10 h. Je te propose une version express de 30 minutes, promis, on ne sacrifie que les digressions sur la couleur des boutons.

Ça te va ?
Thomas""", "light humour, warm, the fact stays clear"),
    (6, "bad", "passive_aggression", "Point de lundi", """
Bonjour Nadia,

Comme je te l'ai déjà dit la dernière fois, un comité imprévu arrive juste après notre point d'avancement sur le site web de lundi 14 décembre à 10 h, donc on le fera en 30 minutes. Ce sera largement suffisant si, pour une fois, on s'en tient à l'ordre du jour.

Thomas""", "'comme je te l'ai déjà dit', 'pour une fois' aimed at the client"),
    (7, "good", None, "Devis de rénovation : on avance par écrit ?", """
Monsieur Carpentier,

En reprenant le devis de rénovation, il me semble que les derniers points peuvent se régler par écrit, ce qui vous éviterait de vous déplacer mercredi 16 décembre à 15 h. Je vous envoie demain une note avec les trois postes à valider.

Si vous préférez tout de même qu'on se voie, je garde le créneau, bien entendu.

Cordialement,
Aurélie Masson""", "offers email as a convenience and keeps the meeting if he prefers"),
    (7, "good", None, "Réunion du 16 décembre", """
Monsieur Carpentier,

Je vous propose de remplacer notre réunion sur le devis de rénovation du mercredi 16 décembre à 15 h par un échange de courriels : les derniers points peuvent se régler par écrit. Je vous adresse les questions restantes dès demain.

Bien cordialement,
Aurélie Masson""", "brief, neutral, clear"),
    (7, "bad", "hostile", "Réunion du 16 décembre", """
Monsieur Carpentier,

Sauf votre respect, une réunion le mercredi 16 décembre à 15 h ne servirait pas à grand-chose vu la tournure des précédentes. Les derniers points peuvent se régler par écrit, ce sera plus efficace pour tout le monde, et surtout pour moi.

Je vous envoie mes questions. Merci d'y répondre précisément.

Aurélie Masson""", "'sauf votre respect', swipe at past meetings, curt orders"),
    (8, "good", None, "Bilan annuel : Élodie Rivière vous le présentera", """
Madame Vasseur,

Un déplacement à Bruxelles m'empêche d'être présent jeudi 17 décembre à 9 h pour la présentation du bilan annuel. Ma collègue Élodie Rivière, qui a suivi votre dossier avec moi toute l'année, la fera à ma place ; je la brieferai en détail.

Je vous appellerai à mon retour pour recueillir vos remarques.

Bien cordialement,
Pierre Lemaire""", "formal, reassures on the colleague's competence, follow-up promised"),
    (8, "good", None, "Présentation du 17 décembre", """
Madame Vasseur,

Je serai à Bruxelles jeudi 17 décembre. C'est Élodie Rivière qui vous présentera le bilan annuel à 9 h comme prévu ; elle connaît le dossier aussi bien que moi, parfois mieux.

Avec mes excuses pour ce changement,
Pierre Lemaire""", "short, a touch of warmth, apology in proportion"),
    (8, "bad", "wrong_register", "bilan", """
Salut Claire,

je peux pas venir jeudi 17 décembre à 9 h pour le bilan annuel, déplacement à Bruxelles. Élodie Rivière te fera la présentation, elle gère 👍

a+
Pierre""", "tu, 'salut', 'a+', emoji to a formal key client"),
]
