# French tone cases, TEST split (held out: never tune a scorer on these). Hand-written by the data-tone helper.

SITS = {
    "tone-fr13": dict(intent="delegate", recipient_name="Sophie Lefèvre", sender_name="Alexandre Roy",
                      meeting="la visite du showroom", meeting_time="jeudi 28 novembre à 15 h",
                      colleague_name="Inès Moreau", reason="un salon à Bordeaux", tone="friendly", relationship="regular"),
    "tone-fr14": dict(intent="no_show_followup", recipient_name="Romain Picard", sender_name="Julie Caron",
                      meeting="notre déjeuner de travail", meeting_time="mercredi 6 novembre à 12 h 30",
                      proposed_times=["vendredi 15 novembre à 12 h 30"], tone="friendly", relationship="key"),
    "tone-fr15": dict(intent="cancellation_policy", recipient_name="Henri Leroy", sender_name="Agnès Renaud",
                      meeting="la formation sur site", meeting_time="lundi 2 décembre à 9 h",
                      policy=dict(notice_hours=72, fee_percent=40), tone="formal", relationship="regular"),
    "tone-fr16": dict(intent="switch_to_call", recipient_name="Mme Catherine Vidal", sender_name="François Meunier",
                      meeting="la réunion de lancement du déploiement ERP", meeting_time="mardi 3 décembre à 14 h",
                      reason="je suis retenu à Lyon toute la semaine", tone="formal", relationship="key"),
    "tone-fr17": dict(intent="decline", recipient_name="Gérard Lambert", sender_name="Chloé Perrin",
                      meeting="la présentation de votre nouvelle offre", meeting_time="vendredi 6 décembre à 10 h",
                      reason="nous avons déjà un prestataire sous contrat jusqu'à fin 2025", tone="formal", relationship="new"),
    "tone-fr18": dict(intent="late_cancellation", recipient_name="Mathieu Colin", sender_name="Élodie Garnier",
                      meeting="le shooting photo de vos locaux", meeting_time="vendredi 8 novembre à 10 h",
                      reason="un imprévu", proposed_times=["jeudi 21 novembre à 10 h"],
                      policy=dict(notice_hours=48, fee_percent=50), tone="formal", relationship="new"),
    "tone-fr19": dict(intent="shorten", recipient_name="Dr Laurent Besson", sender_name="Manon Girard",
                      meeting="la revue des indicateurs", meeting_time="lundi 9 décembre à 11 h",
                      duration_minutes=30, reason="une échéance de clôture le jour même", tone="formal", relationship="regular"),
    "tone-fr20": dict(intent="switch_to_email", recipient_name="Thierry Masson", sender_name="Claire Aubert",
                      meeting="le point sur le budget 2025", meeting_time="jeudi 12 décembre à 16 h",
                      reason="tout est prêt, il ne manque que ta validation", tone="friendly", relationship="key"),
}

CASES = [
    ("tone-fr13", "good", None, "Visite du showroom jeudi",
     """Bonjour Sophie,

Je serai sur un salon à Bordeaux jeudi 28 novembre, donc c'est ma collègue Inès Moreau qui te fera visiter le showroom à 15 h. Elle a tout le dossier et saura répondre à tes questions.

Très bonne visite, et à bientôt !
Alexandre Roy""", "friendly, tutoiement, simple handover"),
    ("tone-fr13", "good", None, "Jeudi 15 h : Inès vous accueille",
     """Bonjour Sophie,

Je suis pris par un salon à Bordeaux jeudi : Inès Moreau, ma collègue, vous accueillera au showroom à 15 h comme prévu. Je lui ai transmis vos demandes.

Belle visite !
Alexandre Roy""", "friendly vouvoiement with first name, short"),
    ("tone-fr13", "bad", "bureaucratic_distance", "Changement d'interlocuteur – visite showroom",
     """Madame,

Nous vous informons que, en raison de la participation de M. Roy à un salon à Bordeaux, la visite du showroom programmée le jeudi 28 novembre à 15 h sera assurée par Mme Inès Moreau. Toute demande relative à ladite visite devra désormais être adressée à cette dernière.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Alexandre Roy""", "third person about himself, 'ladite', to a friendly regular contact"),

    ("tone-fr14", "good", None, "Tout va bien ?",
     """Salut Romain,

On s'était donné rendez-vous mercredi à 12 h 30 pour notre déjeuner de travail et je ne t'ai pas vu : j'espère que tout va bien de ton côté.

Si tu veux, on se rattrape vendredi 15 novembre à 12 h 30, même endroit ?

Bises,
Julie Caron""", "warm concern with a long-standing client"),
    ("tone-fr14", "bad", "passive_aggression", "Déjeuner de mercredi",
     """Bonjour Romain,

Je t'ai attendu mercredi 6 novembre à 12 h 30 pour notre déjeuner de travail. Je suppose que tu avais mieux à faire, ce n'est pas grave, j'ai l'habitude.

Si jamais tu trouves un moment dans ton agenda visiblement très chargé, je suis libre vendredi 15 novembre à 12 h 30.

Julie Caron""", "'je suppose que tu avais mieux à faire', 'j'ai l'habitude'"),
    ("tone-fr14", "good", None, "On remet ça ?",
     """Salut Romain,

Pas de déjeuner mercredi finalement ! J'espère que rien de grave ne t'a retenu. Vendredi 15 novembre à 12 h 30, ça te dirait ?

À très vite,
Julie Caron""", "light, very short, no reproach"),

    ("tone-fr15", "good", None, "Formation du 2 décembre : conditions d'annulation",
     """Monsieur Leroy,

En vue de la formation sur site du lundi 2 décembre à 9 h, je vous rappelle nos conditions : toute annulation doit nous parvenir au moins 72 heures à l'avance ; passé ce délai, 40 % du montant de la formation est facturé.

Je vous remercie de votre compréhension et reste à votre disposition.

Bien cordialement,
Agnès Renaud""", "firm, neutral, polite"),
    ("tone-fr15", "bad", "hostile", "Formation du 2 décembre – À LIRE",
     """Monsieur Leroy,

Je vous préviens d'emblée : pour la formation sur site du lundi 2 décembre à 9 h, toute annulation à moins de 72 heures sera facturée 40 %, sans aucune exception. Inutile d'essayer de négocier ou d'invoquer un imprévu, cela ne changera rien. Nous avons assez perdu de temps avec des clients qui ne tiennent pas parole.

Agnès Renaud""", "threatening, accusatory"),
    ("tone-fr15", "good", None, "Formation sur site – rappel",
     """Monsieur Leroy,

Comme convenu lors de notre appel, je vous confirme les conditions d'annulation pour la formation sur site du lundi 2 décembre à 9 h : préavis de 72 heures, faute de quoi 40 % du montant sont facturés.

Au plaisir de vous retrouver le 2 décembre,
Agnès Renaud""", "'comme convenu' is a neutral reference, not passive aggression"),

    ("tone-fr16", "good", None, "Lancement ERP du 3 décembre en visioconférence",
     """Madame Vidal,

Retenu à Lyon toute la semaine, je ne pourrai pas être présent en personne à la réunion de lancement du déploiement ERP, mardi 3 décembre à 14 h. Me permettriez-vous de la tenir en visioconférence, à la même heure ? Je vous enverrai le lien et le support la veille.

Je vous prie d'agréer, Madame, l'expression de mes sentiments les meilleurs.

François Meunier""", "formal request, offers to send material"),
    ("tone-fr16", "bad", "over_familiarity", "Catherine, on passe en visio ;)",
     """Chère Catherine,

Entre nous, tu sais bien que ces grandes réunions de lancement ne servent pas à grand-chose ;) Je suis coincé à Lyon toute la semaine, alors on fait la réunion de lancement du déploiement ERP de mardi 3 décembre à 14 h en visio, tranquilles, et on se fera un bon resto à mon retour, c'est moi qui invite !

Je t'embrasse,
François Meunier""", "tutoiement, winks and complicity with a formal key client"),
    ("tone-fr16", "bad", "mock_enthusiasm", "Une formidable opportunité digitale !",
     """Madame Vidal,

Quelle formidable opportunité ! Étant retenu à Lyon toute la semaine, j'ai le plaisir immense de vous offrir l'expérience unique d'une réunion de lancement du déploiement ERP 100 % en visioconférence, mardi 3 décembre à 14 h. Moins de déplacements, plus d'efficacité : tout le monde y gagne, n'est-ce pas merveilleux ?

Avec tout mon enthousiasme,
François Meunier""", "marketing cheer to spin his absence"),

    ("tone-fr17", "good", None, "Présentation du 6 décembre",
     """Monsieur Lambert,

Je vous remercie pour votre proposition de présentation le vendredi 6 décembre à 10 h. Nous avons toutefois déjà un prestataire sous contrat jusqu'à fin 2025 et ne donnerons donc pas suite pour le moment.

Je vous souhaite une bonne continuation.

Cordialement,
Chloé Perrin""", "a clear final no, polite, no false promise"),
    ("tone-fr17", "bad", "condescension", "Votre présentation",
     """Monsieur Lambert,

J'ai parcouru votre nouvelle offre. Sans vouloir vous vexer, vous gagneriez à mieux vous renseigner sur vos prospects avant de les solliciter : nous avons un prestataire sous contrat jusqu'à fin 2025, ce qu'un minimum de recherche vous aurait appris.

Inutile donc de maintenir la présentation du vendredi 6 décembre à 10 h.

Chloé Perrin""", "lecturing a new supplier-client contact"),
    ("tone-fr17", "good", None, "Re : présentation de votre offre",
     """Monsieur Lambert,

Merci pour votre message. Nous sommes engagés avec un prestataire jusqu'à fin 2025 ; je préfère donc ne pas vous faire déplacer vendredi 6 décembre.

Cordialement,
Chloé Perrin""", "very short final no, considerate"),

    ("tone-fr18", "good", None, "Shooting photo du 8 novembre",
     """Monsieur Colin,

Je prends note de l'imprévu qui vous a conduit à annuler le shooting photo de vos locaux prévu vendredi 8 novembre à 10 h. Je vous propose de le reprogrammer jeudi 21 novembre à 10 h.

Comme indiqué dans nos conditions, une annulation moins de 48 heures avant la séance entraîne la facturation de 50 % du montant ; vous recevrez la facture correspondante séparément.

Bien cordialement,
Élodie Garnier""", "firm, factual, courteous"),
    ("tone-fr18", "bad", "phishing_like", "Pénalité à régler sous 24 h",
     """Monsieur Colin,

Suite à votre annulation du shooting photo de vos locaux (vendredi 8 novembre à 10 h), la pénalité de 50 % doit être réglée SOUS 24 HEURES par virement sur le compte suivant : IBAN FR76 3000 4000 0312 3456 7890 143, ou directement par carte via ce lien : http://paiement-rapide-securise.com/penalite

Le nouveau rendez-vous du jeudi 21 novembre à 10 h ne sera confirmé qu'après réception du paiement.

Élodie Garnier""", "payment details and link with urgency"),
    ("tone-fr18", "bad", "sarcasm", "Quelle bonne surprise",
     """Monsieur Colin,

Quelle bonne surprise d'apprendre, la veille, qu'un imprévu vous empêchait d'être présent au shooting photo de vos locaux du vendredi 8 novembre à 10 h ! Les imprévus ont décidément un sens du timing remarquable.

Nous facturerons donc les 50 % prévus pour une annulation à moins de 48 heures. Jeudi 21 novembre à 10 h, si l'imprévu vous laisse tranquille.

Élodie Garnier""", "ironic about the client's excuse"),

    ("tone-fr19", "good", None, "Revue des indicateurs du 9 décembre",
     """Docteur Besson,

Une échéance de clôture tombe le lundi 9 décembre ; pourrions-nous limiter la revue des indicateurs de 11 h à 30 minutes ? Je vous transmets les chiffres à l'avance afin que nous consacrions ce temps aux décisions.

Je vous remercie de votre compréhension.

Bien cordialement,
Manon Girard""", "formal, addresses by title"),
    ("tone-fr19", "good", None, "Revue du 9 décembre en 30 minutes",
     """Docteur Besson,

Petite demande pour lundi 9 décembre : en raison d'une échéance de clôture le jour même, je vous propose de tenir la revue des indicateurs de 11 h en 30 minutes :
– 10 minutes sur les chiffres du mois ;
– 20 minutes sur les décisions à prendre.

Cela vous conviendrait-il ?

Bien à vous,
Manon Girard""", "unusual structured draft, still courteous"),
    ("tone-fr19", "bad", "wrong_register", "Revue de lundi",
     """Salut Laurent,

J'ai une échéance de clôture lundi 9 décembre, donc on fait la revue des indicateurs de 11 h en 30 minutes max, ok ? T'inquiète, on aura le temps de tout voir.

Bonne journée !
Manon Girard""", "tutoiement and slang in a formal relationship"),

    ("tone-fr20", "good", None, "Budget 2025 : on valide par mail ?",
     """Salut Thierry,

Bonne nouvelle pour le point sur le budget 2025 de jeudi 12 décembre à 16 h : tout est prêt, il ne manque que ta validation. Je te propose de faire ça par mail pour t'épargner une réunion : je t'envoie le fichier ce soir.

Si tu préfères qu'on en parle de vive voix, dis-le-moi, on garde le créneau.

Merci et à bientôt,
Claire Aubert""", "warm, offers to keep the slot"),
    ("tone-fr20", "bad", "coldness", "Budget 2025",
     """Monsieur,

Le point sur le budget 2025 du jeudi 12 décembre à 16 h est annulé. Veuillez trouver ci-joint le budget. Merci de le valider par retour de mail.

Claire Aubert""", "cold and impersonal to a long-standing friendly key client"),
    ("tone-fr20", "good", None, "Budget 2025",
     """Hello Thierry,

Tout est prêt pour le budget 2025, il ne manque que ta validation : plutôt que de bloquer jeudi 16 h, je te l'envoie par mail ce soir ?

Bises,
Claire Aubert""", "very short, friendly; 'Hello' is common in French mail"),
]

# Second batch: subtler cases.
SITS.update({
    "tone-fr24": dict(intent="switch_to_call", recipient_name="Yasmine Amrani", sender_name="Hugo Lefèbvre",
                      meeting="notre rendez-vous au bureau", meeting_time="lundi 16 décembre à 9 h 30",
                      reason="le métro est en grève", tone="friendly", relationship="regular"),
    "tone-fr25": dict(intent="reschedule", recipient_name="Jacques Perrin", sender_name="Émilie Laurent",
                      meeting="la revue budgétaire", meeting_time="jeudi 19 décembre à 15 h",
                      reason="un déplacement imposé par notre direction", proposed_times=["vendredi 20 décembre à 10 h"],
                      tone="formal", relationship="key"),
})

CASES += [
    ("tone-fr24", "good", None, "Lundi matin au téléphone ?",
     """Bonjour Yasmine,

Le métro a décidé de faire grève lundi, évidemment le jour de notre rendez-vous au bureau ! Est-ce qu'on peut garder 9 h 30 mais faire ça au téléphone ? Je t'appelle si ça te va.

Bonne journée,
Hugo Lefèbvre""", "light humour about the strike, not at the client"),
    ("tone-fr24", "bad", "bureaucratic_distance", "Modification des modalités de la réunion",
     """Madame,

Compte tenu du mouvement social affectant actuellement les transports, il a été décidé que le rendez-vous prévu le lundi 16 décembre à 9 h 30 se tiendra par voie téléphonique. Les modalités de connexion vous seront communiquées ultérieurement.

Nous vous prions de prendre bonne note de la présente.

Hugo Lefèbvre""", "impersonal 'il a été décidé' to a friendly regular contact"),
    ("tone-fr24", "good", None, "Lundi 9 h 30",
     """Salut Yasmine,

Grève du métro lundi : on fait notre point de 9 h 30 par téléphone ? Merci !

Hugo Lefèbvre""", "one-line friendly request"),

    ("tone-fr25", "good", None, "Revue budgétaire du 19 décembre",
     """Monsieur Perrin,

Je suis sincèrement désolée : un déplacement imposé par notre direction m'oblige à vous demander de déplacer la revue budgétaire prévue jeudi 19 décembre à 15 h. Je sais que la période est chargée pour vous.

Pourrions-nous la tenir vendredi 20 décembre à 10 h ? Si ce créneau ne vous convient pas, je m'organiserai selon vos disponibilités.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Émilie Laurent""", "a stronger apology that still fits a key client: not grovelling"),
    ("tone-fr25", "bad", "blame", "Revue budgétaire",
     """Monsieur Perrin,

Un déplacement imposé par notre direction m'empêche d'assurer la revue budgétaire du jeudi 19 décembre à 15 h. À vrai dire, caler une revue budgétaire un 19 décembre, en pleine clôture, n'était pas l'idée la plus heureuse de votre côté ; la prochaine fois, prévoyons plus large.

Je vous propose vendredi 20 décembre à 10 h.

Cordialement,
Émilie Laurent""", "shifts the blame onto the client's choice of date"),
    ("tone-fr25", "bad", "mock_enthusiasm", "Excellente nouvelle pour notre revue !",
     """Monsieur Perrin,

Excellente nouvelle : grâce à un déplacement imposé par notre direction, notre revue budgétaire du jeudi 19 décembre à 15 h se transforme en une revue encore plus efficace le vendredi 20 décembre à 10 h ! Un jour de plus pour peaufiner vos chiffres, quelle chance !

Avec enthousiasme,
Émilie Laurent""", "spins an inconvenience as good news"),
]
