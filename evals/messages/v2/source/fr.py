"""French client messages, v2 (held out), written by hand by the data-b helper. Labels follow ../README.md."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]
ARNAUD = ("Arnaud Lemoine", "arnaud@lemoine-conseil.fr")
OCEANE = ("Océane Garnier", "oceane.garnier@studio-garnier.fr")

MESSAGES = [
    dict(
        id="001", fmt="eml", split="v2",
        frm=("Géraldine Thévenot", "g.thevenot@maison-ardelle.fr"), to=ARNAUD,
        subject="Invitation : revue annuelle des achats", date="Tue, 01 Dec 2026 10:22:00 +0100",
        x_mailer="Microsoft Outlook 16.0",
        body="""Bonjour Monsieur Lemoine,

Dans le cadre de notre revue annuelle des achats, je souhaiterais organiser une réunion avec vous le mardi 15 décembre à 10h30 dans nos bureaux de Bordeaux (14 quai des Chartrons, 2e étage). Nous prévoyons environ deux heures : bilan des volumes 2026, conditions tarifaires 2027 et délais de livraison.

Pourriez-vous me confirmer votre présence ? Si vous souhaitez venir accompagné, merci de m'indiquer le nom de la personne pour le badge d'accès.

Bien cordialement,

Géraldine Thévenot
Responsable des achats
Maison Ardelle – Vins & Spiritueux
Tél. : 05 56 81 27 40

Ce courriel et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Toute diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le signaler à l'expéditeur et de le supprimer.""",
        recipient_name="Géraldine Thévenot",
        sender_name="Arnaud Lemoine", sender_name_alternatives=["Monsieur Lemoine", "Lemoine"],
        meeting="notre revue annuelle des achats",
        meeting_alternatives=["revue annuelle des achats", "une réunion", "Invitation : revue annuelle des achats"],
        meeting_time="le mardi 15 décembre à 10h30", meeting_time_iso="2026-12-15T10:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="002", fmt="txt", split="v2",
        body="""Salut Arnaud,
dis, je vais pas pouvoir jeudi 14h pour la démo du configurateur, j'ai un client qui m'a calé un audit pile à ce moment-là 🙄
On décale à vendredi 11 même heure ? Sinon lundi 14 à 9h30 ça me va aussi.
Bon dimanche !
Coralie

Envoyé de mon iPhone""",
        recipient_name="Coralie", sender_name="Arnaud",
        meeting="la démo du configurateur", meeting_alternatives=["démo du configurateur", "la démo"],
        meeting_time="jeudi 14h", meeting_time_iso="2026-12-10T14:00",
        proposed_times=["vendredi 11 même heure", "lundi 14 à 9h30"],
        proposed_times_iso=["2026-12-11T14:00", "2026-12-14T09:30"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="003", fmt="eml", split="v2",
        frm=("BLANCHARD Hervé", "h.blanchard@transports-vidal.fr"), to=ARNAUD,
        subject="RE: Formation management – mercredi 9/12", date="Wed, 09 Dec 2026 07:41:00 +0100",
        in_reply_to="<CAF7x2mQ1z@lemoine-conseil.fr>",
        body="""Bonjour Arnaud,

Je suis désolé de vous prévenir si tard, mais nous devons annuler la formation de ce matin (9h-12h) : deux de nos managers sont bloqués à Orléans par un accident sur l'A10 et les autres ne peuvent pas faire la session seuls.

Pouvez-vous me dire si des frais s'appliquent dans ce cas ? Nous aimerions la reprogrammer en janvier.

Cordialement,

Hervé Blanchard
Responsable RH
Transports Vidal""",
        quote="""Le lun. 7 déc. 2026 à 16:12, Arnaud Lemoine <arnaud@lemoine-conseil.fr> a écrit :
> Bonjour Monsieur Blanchard,
>
> Je vous confirme la formation management du mercredi 9 décembre de 9h à 12h dans vos locaux de Tours.
> Je viendrai avec les supports imprimés.
>
> Bien cordialement,
> Arnaud Lemoine""",
        recipient_name="Hervé Blanchard", recipient_name_alternatives=["BLANCHARD Hervé"],
        sender_name="Arnaud Lemoine", sender_name_alternatives=["Arnaud"],
        meeting="la formation", meeting_alternatives=["Formation management", "la formation de ce matin"],
        meeting_time="ce matin (9h-12h)", meeting_time_iso="2026-12-09T09:00",
        kind="cancellation", suggested_intents=["late_cancellation", "cancellation_policy"],
    ),
    dict(
        id="004", fmt="txt", split="v2",
        body="""Bonjour Madame Rivière,

Je suis vraiment confus : j'ai complètement manqué notre rendez-vous de vendredi à 16h pour le chiffrage de la cuisine. Une fuite sur un chantier m'a accaparé tout l'après-midi et je n'ai pas vu l'heure passer.

Seriez-vous disponible mardi 8 à 11h, ou mercredi 9 décembre en fin de journée (vers 17h30) ? Je peux aussi passer directement chez vous si c'est plus simple.

Avec toutes mes excuses,

Fabrice Mougin
Mougin Rénovation
06 12 48 77 30""",
        recipient_name="Fabrice Mougin",
        sender_name="Rivière", sender_name_alternatives=["Madame Rivière"],
        meeting="le chiffrage de la cuisine",
        meeting_alternatives=["notre rendez-vous", "chiffrage de la cuisine", "rendez-vous"],
        meeting_time="vendredi à 16h", meeting_time_iso="2026-12-04T16:00",
        proposed_times=["mardi 8 à 11h", "mercredi 9 décembre en fin de journée (vers 17h30)"],
        proposed_times_iso=["2026-12-08T11:00", "2026-12-09T17:30"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="005", fmt="eml", split="v2",
        frm=("Solène Marquis-Dubreuil", "s.marquis@editions-lorient.fr"), to=OCEANE,
        subject="TR: Invitation : Comité stratégique numérique – 17 déc. 2026 14:00 - 16:00",
        date="Thu, 03 Dec 2026 18:05:00 +0100", html=True,
        body="""Bonjour Océane,

Je vous transfère l'invitation au comité stratégique numérique : votre présence serait précieuse pour la partie consacrée à la refonte du site. Pouvez-vous me dire si vous êtes disponible ?

Merci d'avance,
Solène

---------- Message transféré ---------
De : Direction générale <dg@editions-lorient.fr>
Date : jeu. 3 déc. 2026 à 11:20
Objet : Invitation : Comité stratégique numérique – 17 déc. 2026 14:00 - 16:00
À : Solène Marquis-Dubreuil <s.marquis@editions-lorient.fr>

Comité stratégique numérique
Quand : jeudi 17 décembre 2026 14:00 – 16:00 (heure normale d'Europe centrale - Paris)
Où : Salle du conseil, 12 rue des Imprimeurs, Rennes
Ordre du jour : feuille de route 2027, refonte du site, budget""",
        recipient_name="Solène Marquis-Dubreuil", recipient_name_alternatives=["Solène"],
        sender_name="Océane Garnier", sender_name_alternatives=["Océane"],
        meeting="comité stratégique numérique",
        meeting_alternatives=["Comité stratégique numérique", "l'invitation au comité stratégique numérique"],
        meeting_time="jeudi 17 décembre 2026 14:00 – 16:00", meeting_time_iso="2026-12-17T14:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="006", fmt="txt", split="v2",
        body="""Madame, Monsieur,

Nous envisageons de réserver auprès de votre cabinet trois séances de coaching pour notre équipe de direction au premier trimestre.

Avant de confirmer, pourriez-vous me préciser vos conditions d'annulation : délai de prévenance, frais éventuels en cas d'annulation tardive, acompte demandé à la réservation ?

Je vous remercie par avance.

Bien à vous,

Denis Charpentier-Lucas
Directeur général
Brasserie du Moulin SAS""",
        recipient_name="Denis Charpentier-Lucas",
        sender_name=None,
        meeting="trois séances de coaching pour notre équipe de direction",
        meeting_alternatives=["séances de coaching", "trois séances de coaching"],
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="007", fmt="eml", split="v2",
        frm=("Karine Boulanger", "k.boulanger@atelier-sesame.fr"), to=ARNAUD,
        subject="RE: Bilan de fin d'année", date="Mon, 07 Dec 2026 08:55:00 +0100",
        in_reply_to="<AM0PR04MB7731@lemoine-conseil.fr>", cte="quoted-printable",
        body="""Bonjour Arnaud,

C'est noté pour lundi 14 décembre à 15h. Pourriez-vous m'envoyer l'ordre du jour d'ici vendredi, que je le fasse suivre à notre DAF ?

Merci et bonne semaine,
Karine

Envoyé depuis mon mobile Orange""",
        quote="""-----Message d'origine-----
De : Arnaud Lemoine <arnaud@lemoine-conseil.fr>
Envoyé : vendredi 4 décembre 2026 17:30
À : Karine Boulanger <k.boulanger@atelier-sesame.fr>
Objet : Bilan de fin d'année

Bonjour Karine,

Pour notre bilan de fin d'année, je vous propose lundi 14 décembre à 15h ou mardi 15 décembre à 10h, en visio ou dans vos locaux.

Bien à vous,
Arnaud""",
        recipient_name="Karine Boulanger", recipient_name_alternatives=["Karine"],
        sender_name="Arnaud Lemoine", sender_name_alternatives=["Arnaud"],
        meeting="Bilan de fin d'année", meeting_alternatives=["Bilan"],
        meeting_time="lundi 14 décembre à 15h", meeting_time_iso="2026-12-14T15:00",
        kind="other", suggested_intents=[],
    ),
    dict(
        id="008", fmt="txt", split="v2",
        body="""Hello Océane !

Ça te dirait un déj le 16/12 vers 12h30 du côté de Bastille ? J'aimerais qu'on parle de la suite du projet packaging avant les fêtes, j'ai quelques idées à te montrer.

Bonne fin de week-end,
Max

--
Maxime Caron | Studio Caron
07 81 22 90 14 | studiocaron.fr""",
        recipient_name="Maxime Caron", recipient_name_alternatives=["Max"],
        sender_name="Océane",
        meeting="un déj", meeting_alternatives=["la suite du projet packaging", "projet packaging", "déj"],
        meeting_time="le 16/12 vers 12h30", meeting_time_iso="2026-12-16T12:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="009", fmt="eml", split="v2",
        frm=("Benoît Vanderstraeten", "b.vanderstraeten@vds-fils.be"), to=ARNAUD,
        subject="Report de notre réunion du 8 décembre", date="Fri, 04 Dec 2026 16:48:00 +0100",
        charset="iso-8859-1",
        body="""Cher Monsieur Lemoine,

Suite à un imprévu, je me vois contraint de vous demander de reporter notre réunion de suivi du mardi 8 décembre à 10 heures.

Je vous propose en remplacement le jeudi 10 décembre à 14 heures ou le vendredi 11 décembre à 9 heures 30, toujours à nos bureaux de l'avenue Louise.

Je vous prie de m'excuser pour ce changement et vous adresse mes salutations distinguées.

Benoît Vanderstraeten
Administrateur délégué
Vanderstraeten & Fils SA
Avenue Louise 231, 1050 Bruxelles

Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Ce message est confidentiel et destiné uniquement à son destinataire.""",
        recipient_name="Benoît Vanderstraeten",
        sender_name="Arnaud Lemoine", sender_name_alternatives=["Monsieur Lemoine", "Lemoine"],
        meeting="notre réunion de suivi",
        meeting_alternatives=["réunion de suivi", "Report de notre réunion du 8 décembre"],
        meeting_time="mardi 8 décembre à 10 heures", meeting_time_iso="2026-12-08T10:00",
        proposed_times=["le jeudi 10 décembre à 14 heures", "le vendredi 11 décembre à 9 heures 30"],
        proposed_times_iso=["2026-12-10T14:00", "2026-12-11T09:30"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="010", fmt="txt", split="v2",
        body="""Bonjour Monsieur Lemoine,

Nous devons malheureusement annuler la présentation du budget 2027 prévue mardi 15 décembre (10h30) : M. Delorme sera finalement en déplacement à Montréal toute la semaine.

Nous reviendrons vers vous début janvier pour convenir d'une nouvelle date.

Cordialement,

Aurélie Fontaine-Mercier
Assistante de direction de M. Jacques Delorme
Groupe Delorme Industrie""",
        recipient_name="Aurélie Fontaine-Mercier",
        recipient_name_alternatives=["M. Jacques Delorme", "Jacques Delorme"],
        sender_name="Lemoine", sender_name_alternatives=["Monsieur Lemoine"],
        meeting="la présentation du budget 2027",
        meeting_alternatives=["présentation du budget 2027", "la présentation"],
        meeting_time="mardi 15 décembre (10h30)", meeting_time_iso="2026-12-15T10:30",
        kind="cancellation", suggested_intents=["reschedule"],
    ),
]
