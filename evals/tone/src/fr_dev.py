# French tone cases, dev split. Hand-written by the data-tone helper; see ../README.md.

SITS = {
    "tone-fr01": dict(intent="reschedule", recipient_name="Hélène Garnier", sender_name="Thomas Bernard",
                      meeting="le comité de pilotage du projet Atlas", meeting_time="mardi 12 novembre à 10 h",
                      reason="un impératif familial", proposed_times=["jeudi 14 novembre à 10 h", "vendredi 15 novembre à 15 h"],
                      tone="formal", relationship="key"),
    "tone-fr02": dict(intent="late_cancellation", recipient_name="Marc Lemoine", sender_name="Claire Fontaine",
                      meeting="l'audit de vos installations", meeting_time="lundi 4 novembre à 9 h",
                      reason="un empêchement de dernière minute", proposed_times=["mercredi 13 novembre à 9 h"],
                      policy=dict(notice_hours=48, fee_percent=30), tone="formal", relationship="regular"),
    "tone-fr03": dict(intent="decline", recipient_name="Sophie Marchand", sender_name="Lucas Petit",
                      meeting="le déjeuner de présentation de la nouvelle gamme", meeting_time="vendredi 8 novembre à 12 h 30",
                      reason="un planning déjà complet cette semaine-là", tone="friendly", relationship="regular"),
    "tone-fr04": dict(intent="no_show_followup", recipient_name="Philippe Rousseau", sender_name="Nadia Benali",
                      meeting="le rendez-vous de découverte", meeting_time="mardi 5 novembre à 11 h",
                      proposed_times=["lundi 18 novembre à 11 h", "mardi 19 novembre à 16 h"], tone="formal", relationship="new"),
    "tone-fr05": dict(intent="cancellation_policy", recipient_name="Isabelle Girard", sender_name="Antoine Mercier",
                      policy=dict(notice_hours=24, deposit_percent=20), tone="formal", relationship="new"),
    "tone-fr06": dict(intent="shorten", recipient_name="Julie Lambert", sender_name="Pierre Dupuis",
                      meeting="l'atelier de lancement du site", meeting_time="mercredi 20 novembre à 14 h",
                      duration_minutes=45, reason="je dois être à Lyon en fin de journée", tone="friendly", relationship="key"),
    "tone-fr07": dict(intent="delegate", recipient_name="Bernard Chevalier", sender_name="Émilie Laurent",
                      meeting="la revue de contrat annuelle", meeting_time="jeudi 21 novembre à 9 h 30",
                      colleague_name="Karim Haddad", reason="mon congé maternité, qui commence le 18 novembre",
                      tone="formal", relationship="key"),
    "tone-fr08": dict(intent="switch_to_call", recipient_name="Nicolas Faure", sender_name="Camille Roux",
                      meeting="le point d'avancement", meeting_time="lundi 25 novembre à 10 h",
                      reason="une grève des transports annoncée", tone="friendly", relationship="regular"),
    "tone-fr09": dict(intent="switch_to_email", recipient_name="Véronique Martin", sender_name="Olivier Blanc",
                      meeting="la réunion sur le devis de maintenance", meeting_time="mercredi 27 novembre à 15 h",
                      reason="les points restants sont surtout des chiffres à valider", tone="formal", relationship="regular"),
    "tone-fr10": dict(intent="late_cancellation", recipient_name="Aurélie Bonnet", sender_name="Maxime Girard",
                      meeting="la séance photo pour le catalogue", meeting_time="jeudi 7 novembre à 14 h",
                      reason="un souci de santé", proposed_times=["mardi 19 novembre à 14 h"],
                      policy=dict(notice_hours=48, fee_percent=50), tone="friendly", relationship="key"),
    "tone-fr11": dict(intent="decline", recipient_name="Jean-Pierre Morel", sender_name="Sandrine Dumas",
                      meeting="le dîner de gala annuel", meeting_time="samedi 30 novembre à 19 h 30",
                      reason="un engagement familial pris de longue date", tone="formal", relationship="key"),
    "tone-fr12": dict(intent="reschedule", recipient_name="Léa Fournier", sender_name="Hugo Lefèbvre",
                      meeting="l'appel de découverte", meeting_time="mardi 26 novembre à 16 h",
                      reason="parce que je dois être à Lyon", proposed_times=["mercredi 27 novembre à 16 h", "jeudi 28 novembre à 10 h"],
                      tone="friendly", relationship="new"),
}

CASES = [
    ("tone-fr01", "good", None, "Comité de pilotage Atlas : proposition de report",
     """Madame Garnier,

Un impératif familial m'oblige à vous demander de reporter le comité de pilotage du projet Atlas, prévu mardi 12 novembre à 10 h. Je vous prie de bien vouloir m'en excuser.

Je vous propose les créneaux suivants :
– jeudi 14 novembre à 10 h
– vendredi 15 novembre à 15 h

Je m'adapterai volontiers si aucun ne vous convient.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Thomas Bernard""", "formal, apologetic in proportion, two options"),
    ("tone-fr01", "bad", "wrong_register", "Report du copil Atlas",
     """Salut Hélène,

Petit souci : j'ai un impératif familial, donc je ne pourrai pas être là pour le comité de pilotage du projet Atlas mardi 12 novembre à 10 h. Tu pourrais plutôt jeudi 14 novembre à 10 h ou vendredi 15 novembre à 15 h ? Dis-moi ce qui t'arrange.

À plus,
Thomas Bernard""", "tutoiement and 'Salut' to a formal key client"),
    ("tone-fr01", "bad", "grovelling", "Mille excuses – comité de pilotage Atlas",
     """Madame Garnier,

Je suis absolument confus et je ne sais comment vous présenter mes plus plates excuses. Un impératif familial m'empêche d'assister au comité de pilotage du projet Atlas mardi 12 novembre à 10 h, et je mesure à quel point je vous fais défaut. Je comprendrais parfaitement que vous soyez déçue de mon manque de fiabilité, et j'espère de tout cœur que vous voudrez bien me pardonner.

Si vous daignez m'accorder encore un peu de votre temps, je pourrais me libérer jeudi 14 novembre à 10 h ou vendredi 15 novembre à 15 h, ou à n'importe quel autre moment qui vous plaira, même le soir ou le week-end.

Encore mille fois pardon,
Thomas Bernard""", "self-abasing, over-apologising, offers weekends"),

    ("tone-fr02", "good", None, "Audit du 4 novembre – nouvelle date et rappel des conditions",
     """Monsieur Lemoine,

Je prends note de votre empêchement de dernière minute pour l'audit de vos installations prévu lundi 4 novembre à 9 h, et j'espère que tout est rentré dans l'ordre.

Je vous propose de le reprogrammer mercredi 13 novembre à 9 h ; merci de me confirmer si cette date vous convient.

Je me permets par ailleurs de rappeler nos conditions : toute annulation moins de 48 heures avant le rendez-vous donne lieu à une facturation de 30 % de la prestation.

Bien cordialement,
Claire Fontaine""", "firm but courteous policy reminder"),
    ("tone-fr02", "bad", "passive_aggression", "Audit du 4 novembre",
     """Monsieur Lemoine,

Comme je vous l'ai déjà dit lors de la signature, toute annulation moins de 48 heures avant le rendez-vous est facturée 30 %. Je pensais que c'était clair, mais visiblement il est utile de le rappeler.

Je note donc votre empêchement de dernière minute pour l'audit de vos installations de lundi 4 novembre à 9 h. Je peux éventuellement revenir mercredi 13 novembre à 9 h, si cette fois cela tient.

Cordialement,
Claire Fontaine""", "'comme je vous l'ai déjà dit', 'si cette fois cela tient'"),
    ("tone-fr02", "bad", "blame", "Annulation de l'audit",
     """Monsieur Lemoine,

Votre annulation de dernière minute pour l'audit de vos installations de lundi 4 novembre à 9 h a désorganisé toute notre matinée : notre technicien s'est déplacé pour rien et c'est un autre client qui en a fait les frais. Ce genre d'empêchement se prévoit, en général.

Conformément à nos conditions (annulation moins de 48 heures avant : 30 % facturés), les frais s'appliquent. Nouvelle date possible : mercredi 13 novembre à 9 h.

Cordialement,
Claire Fontaine""", "blames the client and lectures"),

    ("tone-fr03", "good", None, "Déjeuner du 8 novembre",
     """Bonjour Sophie,

Merci beaucoup pour l'invitation au déjeuner de présentation de la nouvelle gamme, vendredi 8 novembre à 12 h 30 ! Malheureusement, mon planning est déjà complet cette semaine-là et je ne pourrai pas venir.

J'ai hâte de découvrir la gamme quand même : n'hésite pas à m'envoyer la présentation si tu peux.

Bonne journée,
Lucas Petit""", "warm, short, tutoiement in a friendly note"),
    ("tone-fr03", "bad", "coldness", "Déjeuner",
     """Bonjour,

Je ne pourrai pas assister au déjeuner de présentation de la nouvelle gamme le vendredi 8 novembre à 12 h 30. Planning complet cette semaine-là.

Lucas Petit""", "curt, no thanks, no name, in a friendly relationship"),
    ("tone-fr03", "bad", "bureaucratic_distance", "Objet : invitation – déjeuner de présentation",
     """Madame,

Nous accusons réception de votre invitation relative au déjeuner de présentation de la nouvelle gamme, programmé le vendredi 8 novembre à 12 h 30. Après examen, il apparaît que le planning du soussigné est déjà complet au cours de la semaine concernée. En conséquence, il ne pourra être donné une suite favorable à votre demande.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Lucas Petit""", "administrative passive voice and third person for a friendly invitation"),

    ("tone-fr04", "good", None, "Notre rendez-vous du 5 novembre",
     """Monsieur Rousseau,

Je ne vous ai pas vu au rendez-vous de découverte prévu mardi 5 novembre à 11 h ; j'espère qu'il ne vous est rien arrivé de fâcheux.

Si vous souhaitez toujours que nous fassions connaissance, je vous propose :
– lundi 18 novembre à 11 h
– mardi 19 novembre à 16 h

Je reste à votre disposition pour toute autre date.

Bien cordialement,
Nadia Benali""", "concerned, no reproach, concrete options"),
    ("tone-fr04", "bad", "sarcasm", "Rendez-vous du 5 novembre",
     """Monsieur Rousseau,

J'ai beaucoup apprécié la demi-heure passée seule à vous attendre mardi 5 novembre à 11 h pour notre rendez-vous de découverte : un moment de calme précieux dans ma semaine. Merci pour cette attention.

Si l'envie vous prend de venir pour de bon, je suis libre lundi 18 novembre à 11 h ou mardi 19 novembre à 16 h.

Cordialement,
Nadia Benali""", "ironic thanks for waiting alone"),
    ("tone-fr04", "bad", "condescension", "Rendez-vous manqué",
     """Monsieur Rousseau,

Vous n'êtes pas venu au rendez-vous de découverte de mardi 5 novembre à 11 h. C'est fréquent chez les nouveaux clients, qui ne sont pas encore habitués à gérer un agenda professionnel ; je vous conseille de noter la prochaine date quelque part où vous la verrez.

Je peux vous recevoir lundi 18 novembre à 11 h ou mardi 19 novembre à 16 h.

Cordialement,
Nadia Benali""", "talks down to a new client"),

    ("tone-fr05", "good", None, "Nos conditions d'annulation",
     """Madame Girard,

Nous sommes ravis de vous compter parmi nos clients. Afin que tout soit clair dès le départ, voici nos conditions d'annulation :
– un acompte de 20 % est demandé à la réservation ;
– toute annulation doit nous parvenir au moins 24 heures à l'avance.

Je reste à votre disposition pour toute question.

Bien cordialement,
Antoine Mercier""", "welcoming, clear policy"),
    ("tone-fr05", "good", None, "Conditions d'annulation",
     """Madame Girard,

Pour information, nous demandons un acompte de 20 % à la réservation et un préavis d'au moins 24 heures pour toute annulation.

Merci de votre compréhension, et au plaisir de travailler avec vous.

Cordialement,
Antoine Mercier""", "very short, firm, still polite"),
    ("tone-fr05", "bad", "condescension", "À lire attentivement : conditions d'annulation",
     """Madame Girard,

L'expérience montre que les nouveaux clients lisent rarement les petites lignes ; je me permets donc de vous expliquer simplement nos conditions, pour éviter tout malentendu.

Un acompte de 20 % est demandé à la réservation. Une annulation doit être faite 24 heures à l'avance, c'est-à-dire la veille à la même heure, pas le matin même.

Relisez ce message si besoin.

Antoine Mercier""", "explains as to a child; 'les nouveaux clients lisent rarement les petites lignes'"),

    ("tone-fr06", "good", None, "Atelier de mercredi : format raccourci ?",
     """Salut Julie,

Pour l'atelier de lancement du site mercredi 20 novembre à 14 h, est-ce que ça t'irait qu'on le fasse en 45 minutes ? Je dois être à Lyon en fin de journée et je préfère partir l'esprit tranquille.

Je prépare un ordre du jour serré pour qu'on couvre l'essentiel. Dis-moi si ça te va !

À mercredi,
Pierre Dupuis""", "friendly, tutoiement, asks rather than imposes"),
    ("tone-fr06", "bad", "mock_enthusiasm", "SUPER NOUVELLE pour l'atelier !!!",
     """Bonjour Julie !!!

Excellente nouvelle : l'atelier de lancement du site de mercredi 20 novembre à 14 h va durer seulement 45 minutes !!! Génial, non ? Moins de réunion = plus de bonheur pour tout le monde !!! Bon, c'est surtout parce que je dois être à Lyon en fin de journée, mais c'est tellement plus fun comme ça !!!

Trop hâte !!!
Pierre Dupuis""", "forced cheer dressing up a cut"),
    ("tone-fr06", "good", None, "Atelier du 20 novembre",
     """Bonjour Julie,

Petite demande pour l'atelier de lancement du site, mercredi 20 novembre à 14 h : pourrions-nous le ramener à 45 minutes ? Je dois être à Lyon en fin de journée. Je vous envoie l'ordre du jour demain pour que nous allions droit au but.

Merci d'avance et à mercredi,
Pierre Dupuis""", "friendly vouvoiement with first name: normal French business usage"),

    ("tone-fr07", "good", None, "Revue de contrat du 21 novembre",
     """Monsieur Chevalier,

Mon congé maternité commence le 18 novembre ; c'est donc mon collègue Karim Haddad qui mènera la revue de contrat annuelle prévue jeudi 21 novembre à 9 h 30. Je lui transmets l'ensemble du dossier afin que vous puissiez avancer sans délai.

Je vous remercie pour votre confiance et vous prie d'agréer, Monsieur, mes sincères salutations.

Émilie Laurent""", "formal hand-over, no promise of availability during leave"),
    ("tone-fr07", "bad", "over_familiarity", "Coucou !",
     """Coucou Bernard !

Grande nouvelle : je pars en congé maternité le 18 novembre, donc c'est mon pote Karim Haddad qui te fera la revue de contrat annuelle jeudi 21 novembre à 9 h 30. Il est top, tu verras, vous allez bien vous marrer !

Gros bisous,
Émilie Laurent""", "'Coucou', 'bisous', 'mon pote' to a formal key client"),
    ("tone-fr07", "bad", "phishing_like", "URGENT : vérification requise avant la revue de contrat",
     """Monsieur Chevalier,

Suite à mon congé maternité à partir du 18 novembre, Karim Haddad reprendra la revue de contrat annuelle du jeudi 21 novembre à 9 h 30.

Afin de transférer votre dossier, vous devez IMPÉRATIVEMENT confirmer votre identité sous 24 heures via le lien ci-dessous en saisissant votre identifiant et votre mot de passe client, ainsi que le RIB de votre société :
http://contrat-verification-secure.net/login

Sans action de votre part, votre contrat sera suspendu.

Émilie Laurent""", "urgent link, credentials, bank details, threat"),

    ("tone-fr08", "good", None, "Point de lundi par téléphone ?",
     """Salut Nicolas,

Avec la grève des transports annoncée, je te propose qu'on fasse le point d'avancement de lundi 25 novembre à 10 h par téléphone plutôt qu'en personne. Même heure, je t'appelle ?

Bonne fin de semaine,
Camille Roux""", "short, warm, practical"),
    ("tone-fr08", "good", None, "Lundi 10 h",
     """Bonjour Nicolas,

Grève des transports annoncée lundi : on garde le point d'avancement à 10 h, mais en visio ou au téléphone, comme tu préfères ?

Merci et à lundi,
Camille Roux""", "very short, informal but courteous"),
    ("tone-fr08", "bad", "hostile", "Point de lundi",
     """Nicolas,

Avec la grève des transports annoncée, il est hors de question que je traverse la ville pour le point d'avancement de lundi 25 novembre à 10 h. Franchement, vu le peu qu'on a à se dire, ça aurait dû être un appel depuis le début. On fait ça au téléphone, point.

Camille Roux""", "aggressive, dismissive of the meeting and client"),

    ("tone-fr09", "good", None, "Devis de maintenance : échange par e-mail",
     """Madame Martin,

Les points restants concernant le devis de maintenance sont surtout des chiffres à valider. Plutôt que de nous réunir mercredi 27 novembre à 15 h, je vous propose de les traiter par e-mail : je vous envoie dès demain un récapitulatif chiffré, et nous pourrons bien sûr nous appeler si une question le demande.

Bien cordialement,
Olivier Blanc""", "formal, gives a reason that serves the client"),
    ("tone-fr09", "bad", "sarcasm", "Réunion devis de maintenance",
     """Madame Martin,

Puisqu'une réunion d'une heure est manifestement indispensable pour valider trois chiffres, je ne voudrais surtout pas vous priver de ce plaisir. Cela dit, si vous acceptiez de lire un e-mail, nous pourrions peut-être épargner à chacun le rendez-vous de mercredi 27 novembre à 15 h.

Cordialement,
Olivier Blanc""", "ironic about the client's meeting"),
    ("tone-fr09", "bad", "passive_aggression", "Re : réunion sur le devis",
     """Madame Martin,

Comme je l'avais déjà suggéré à deux reprises, les points restants sont surtout des chiffres à valider, ce qui se fait très bien par e-mail. Je me permets donc de reformuler ma proposition : annulons la réunion du mercredi 27 novembre à 15 h et réglons cela par écrit.

En espérant que ce soit plus clair cette fois,
Olivier Blanc""", "'comme je l'avais déjà suggéré', 'plus clair cette fois'"),

    ("tone-fr10", "good", None, "Séance photo : prends soin de toi",
     """Bonjour Aurélie,

J'espère que tu vas mieux après ce souci de santé : c'est le plus important. Pour la séance photo du catalogue prévue jeudi 7 novembre à 14 h, je peux te proposer mardi 19 novembre à 14 h.

Pour être transparent, nos conditions prévoient 50 % de frais en cas d'annulation moins de 48 h avant ; on en reparle tranquillement quand tu seras remise.

À très vite,
Maxime Girard""", "warm with a long-standing client, policy mentioned gently"),
    ("tone-fr10", "bad", "blame", "Annulation séance photo",
     """Aurélie,

Ton annulation pour la séance photo de jeudi 7 novembre à 14 h nous a vraiment mis dans l'embarras : studio réservé, photographe payé, tout ça pour rien. Je sais, un souci de santé, mais tu aurais pu prévenir plus tôt.

Les 50 % de frais prévus pour une annulation à moins de 48 h s'appliquent. On peut refaire ça mardi 19 novembre à 14 h.

Maxime Girard""", "blames a sick key client"),
    ("tone-fr10", "bad", "sarcasm", "Pas de souci !!",
     """Coucou Aurélie,

Aucun problème, vraiment ! On adore préparer un studio entier pour rien, c'est un peu notre passe-temps favori. J'espère que ton souci de santé est passé, et que tu seras en forme pour mardi 19 novembre à 14 h, histoire que la séance photo du catalogue ait enfin lieu.

Petit rappel au passage : annulation moins de 48 h avant = 50 % de frais. Mais bon, ce n'est pas grave du tout.

Maxime Girard""", "'on adore préparer un studio pour rien'"),

    ("tone-fr11", "good", None, "Dîner de gala du 30 novembre",
     """Monsieur Morel,

Je vous remercie très sincèrement de votre invitation au dîner de gala annuel du samedi 30 novembre à 19 h 30. Un engagement familial pris de longue date m'empêchera malheureusement d'y assister.

Je vous souhaite une très belle soirée et me réjouis de vous revoir prochainement.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Sandrine Dumas""", "gracious formal decline of an event, no call offered"),
    ("tone-fr11", "bad", "grovelling", "Toutes mes excuses pour le dîner de gala",
     """Monsieur Morel,

Je suis profondément désolée, vraiment, et j'ai honte de devoir vous écrire ceci : un engagement familial pris de longue date m'empêche d'être présente au dîner de gala annuel du samedi 30 novembre à 19 h 30. Je sais combien cette soirée compte pour vous et je m'en veux terriblement de vous décevoir. J'espère de tout cœur que vous ne m'en tiendrez pas rigueur et que notre relation n'en souffrira pas.

Avec toutes mes excuses, encore et encore,
Sandrine Dumas""", "shame and repeated apology for a normal decline"),
    ("tone-fr11", "good", None, "Dîner de gala",
     """Monsieur Morel,

Merci pour votre aimable invitation au dîner de gala du samedi 30 novembre. Retenue par un engagement familial pris de longue date, je ne pourrai hélas pas être des vôtres. Je vous souhaite une excellente soirée.

Bien cordialement,
Sandrine Dumas""", "short, formal, gracious"),

    ("tone-fr12", "good", None, "Notre appel de mardi",
     """Bonjour Léa,

Je dois malheureusement être à Lyon mardi 26 novembre et ne pourrai pas assurer notre appel de découverte à 16 h. Pourrions-nous le décaler à mercredi 27 novembre à 16 h ou jeudi 28 novembre à 10 h ?

Désolé pour ce changement, et à très vite,
Hugo Lefèbvre""", "friendly with a new client, vouvoiement natural in French"),
    ("tone-fr12", "bad", "phishing_like", "Action requise : confirmez votre créneau",
     """Bonjour Léa,

Je dois être à Lyon mardi 26 novembre, notre appel de découverte de 16 h est donc déplacé. Pour conserver votre créneau (mercredi 27 novembre à 16 h ou jeudi 28 novembre à 10 h), merci de cliquer sur le lien sécurisé ci-dessous et de saisir vos coordonnées bancaires sous 2 heures, faute de quoi votre dossier sera clôturé :
https://bit.ly/confirm-creneau-paiement

Hugo Lefèbvre""", "urgency, link, card details"),
    ("tone-fr12", "bad", "coldness", "Report",
     """Appel de découverte du mardi 26 novembre 16 h annulé (déplacement à Lyon). Créneaux disponibles : mercredi 27 novembre 16 h, jeudi 28 novembre 10 h. Répondre avec le créneau choisi.

Hugo Lefèbvre""", "telegraphic, no greeting, no apology, to a new client in a friendly note"),
]

# Second batch: subtler cases, and good drafts that use phrases a naive cue list would flag.
SITS.update({
    "tone-fr21": dict(intent="no_show_followup", recipient_name="Sophie Lefèvre", sender_name="Julien Moreau",
                      meeting="notre point mensuel", meeting_time="mardi 3 décembre à 10 h",
                      proposed_times=["jeudi 5 décembre à 10 h"], tone="formal", relationship="key"),
    "tone-fr22": dict(intent="decline", recipient_name="Bruno Meyer", sender_name="Céline Garnier",
                      meeting="la soirée de lancement", meeting_time="vendredi 13 décembre à 19 h",
                      reason="le mariage de ma sœur", tone="friendly", relationship="key"),
    "tone-fr23": dict(intent="late_cancellation", recipient_name="Paul Mercier", sender_name="Sylvie Brun",
                      meeting="la séance de conseil", meeting_time="mercredi 4 décembre à 14 h",
                      reason="une réunion interne", proposed_times=["mardi 10 décembre à 14 h"],
                      policy=dict(notice_hours=24, fee_percent=50), tone="formal", relationship="regular"),
})

CASES += [
    ("tone-fr21", "good", None, "Notre point mensuel",
     """Madame Lefèvre,

Je me permets de revenir vers vous : nous n'avons pas pu nous retrouver mardi 3 décembre à 10 h pour notre point mensuel. J'espère que tout va bien de votre côté.

Seriez-vous disponible jeudi 5 décembre à 10 h ? Je m'adapterai volontiers à un autre moment si cela vous arrange.

Bien cordialement,
Julien Moreau""", "'je me permets de revenir vers vous' is standard courtesy, not passive aggression"),
    ("tone-fr21", "bad", "passive_aggression", "Point mensuel du 3 décembre",
     """Madame Lefèvre,

Sauf erreur de ma part, vous n'étiez pas présente mardi 3 décembre à 10 h pour notre point mensuel. Je me doute que votre agenda est bien plus chargé que le mien.

À toutes fins utiles, et si cela ne vous dérange pas trop, je vous propose jeudi 5 décembre à 10 h.

Cordialement,
Julien Moreau""", "'sauf erreur de ma part', 'je me doute que votre agenda...', 'si cela ne vous dérange pas trop'"),
    ("tone-fr21", "bad", "coldness", "Absence au point mensuel",
     """Madame,

Vous étiez absente au point mensuel du mardi 3 décembre à 10 h. Prochain créneau : jeudi 5 décembre à 10 h. Merci de confirmer.

Julien Moreau""", "formally correct but icy towards a key client"),

    ("tone-fr22", "good", None, "Soirée de lancement : j'ai une excuse en béton",
     """Salut Bruno,

Tu ne vas pas me croire : ma sœur a choisi vendredi 13 décembre pour se marier ! Je serai donc au mariage et je raterai la soirée de lancement.

Je vous souhaite une super soirée, et je compte sur toi pour les photos.

Bises,
Céline Garnier""", "light humour, warm, fits a friendly key relationship"),
    ("tone-fr22", "bad", "sarcasm", "Soirée de lancement",
     """Bonjour Bruno,

Quel dommage, vraiment, moi qui rêvais de passer mon vendredi soir à écouter des discours sur votre nouveau produit ! Hélas, le mariage de ma sœur tombe le même jour, le vendredi 13 décembre. Je m'en remettrai.

Céline Garnier""", "mock regret that mocks the client's event"),
    ("tone-fr22", "good", None, "Vendredi soir",
     """Bruno,

Désolée, je serai au mariage de ma sœur vendredi soir ! Très belle soirée de lancement à vous tous, j'ai hâte d'en entendre parler.

Bises,
Céline Garnier""", "very short, warm"),

    ("tone-fr23", "good", None, "Séance de conseil du 4 décembre",
     """Monsieur Mercier,

Merci de m'avoir prévenue pour la séance de conseil de mercredi 4 décembre à 14 h. Je comprends qu'une réunion interne puisse s'imposer au dernier moment.

Comme prévu dans nos conditions, une annulation moins de 24 heures avant la séance est facturée 50 % ; je sais que ce n'est jamais agréable, et je vous remercie de votre compréhension.

Je vous propose de reprendre mardi 10 décembre à 14 h.

Bien cordialement,
Sylvie Brun""", "firm policy with empathy"),
    ("tone-fr23", "bad", "condescension", "Séance du 4 décembre",
     """Monsieur Mercier,

Je comprends tout à fait qu'une réunion interne puisse vous sembler prioritaire. Je me permets simplement de vous réexpliquer, pour que ce soit bien clair, ce que signifie « moins de 24 heures » dans nos conditions : cela veut dire que la séance de mercredi 4 décembre à 14 h sera facturée 50 %.

Si c'est plus simple pour vous, nous pouvons reprendre mardi 10 décembre à 14 h.

Sylvie Brun""", "re-explaining a simple rule 'pour que ce soit bien clair'"),
    ("tone-fr23", "bad", "hostile", "Annulation du 4 décembre",
     """Monsieur Mercier,

Avec tout le respect que je vous dois, annuler la séance de conseil de mercredi 4 décembre à 14 h pour une réunion interne montre le peu de cas que vous faites de notre travail. Les 50 % prévus seront facturés, et je vous préviens que c'est la dernière fois que nous acceptons ce genre de comportement.

Mardi 10 décembre à 14 h, si vous daignez venir.

Sylvie Brun""", "hostility behind a polite formula"),
]
