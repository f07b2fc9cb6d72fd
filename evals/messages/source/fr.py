"""French client messages, written by hand (data-messages helper). Labels follow ../README.md."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]
JULIEN = ("Julien Moreau", "julien.moreau@jm-conseil.fr")
CLAIRE = ("Claire Lefèvre", "claire@lefevre-rh.fr")

MESSAGES = [
    dict(
        id="001", fmt="eml", split="dev",
        frm=("Hélène Fauré", "helene.faure@groupe-vallorin.fr"), to=JULIEN,
        subject="Point d'étape projet CRM – jeudi 12 mars", date="Tue, 03 Mar 2026 09:14:00 +0100",
        x_mailer="Microsoft Outlook 16.0",
        body="""Bonjour Julien,

Je vous propose que nous fassions un point d'étape sur le projet CRM le jeudi 12 mars à 14h30, dans nos locaux de Lyon (salle Rhône, 3e étage). Nous aurons besoin d'environ 1h30 pour passer en revue le planning et les premiers retours des équipes commerciales.

Merci de me confirmer votre disponibilité.

Bien cordialement,

Hélène Fauré
Directrice des systèmes d'information
Groupe Vallorin
Tél. : +33 4 72 18 40 55

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire.""",
        recipient_name="Hélène Fauré", sender_name="Julien Moreau", sender_name_alternatives=["Julien"],
        meeting="un point d'étape sur le projet CRM",
        meeting_alternatives=["point d'étape sur le projet CRM", "le projet CRM", "Point d'étape projet CRM"],
        meeting_time="le jeudi 12 mars à 14h30", meeting_time_iso="2026-03-12T14:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="002", fmt="txt", split="dev",
        body="""Bonjour Julien,
Petit souci de mon côté, je ne vais pas pouvoir être là pour notre atelier de mardi à 10h. Est-ce qu'on pourrait le décaler à mercredi 9 décembre à 14 h 30, ou jeudi matin vers 9h ?
Désolée pour le changement !
Nathalie

Envoyé de mon iPhone""",
        recipient_name="Nathalie", sender_name="Julien",
        meeting="notre atelier", meeting_alternatives=["atelier"],
        meeting_time="mardi à 10h", meeting_time_iso="2026-12-08T10:00",
        proposed_times=["mercredi 9 décembre à 14 h 30", "jeudi matin vers 9h"],
        proposed_times_iso=["2026-12-09T14:30", "2026-12-10T09:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="003", fmt="eml", split="dev",
        frm=("Marc Lemaire", "m.lemaire@ateliers-lemaire.fr"), to=CLAIRE,
        subject="Re: Entretien annuel de Sophie – confirmation", date="Thu, 12 Nov 2026 07:48:00 +0100",
        in_reply_to="<CAF7x9q2Lp0e@mail.gmail.com>",
        body="""Bonjour Claire,

Je suis vraiment navré de vous prévenir si tard mais je dois annuler notre rendez-vous de ce matin 10h : une urgence sur le chantier de Villeurbanne, je dois y être toute la matinée.
Pouvez-vous me dire si l'annulation tardive est facturée ? Je préfère le savoir.

On peut regarder pour la semaine prochaine, idéalement lundi 16 novembre à 14h ou mardi 17 novembre à 13h30.

Marc Lemaire
Gérant – Ateliers Lemaire
06 12 48 90 33""",
        quote="""Le mar. 10 nov. 2026 à 18:02, Claire Lefèvre <claire@lefevre-rh.fr> a écrit :
> Bonjour Marc,
> Je vous confirme notre rendez-vous du jeudi 12 novembre à 10h00 pour préparer l'entretien annuel de Sophie.
> Bien à vous,
> Claire""",
        recipient_name="Marc Lemaire", sender_name="Claire Lefèvre", sender_name_alternatives=["Claire"],
        meeting="notre rendez-vous", meeting_alternatives=["Entretien annuel de Sophie", "rendez-vous"],
        meeting_time="ce matin 10h", meeting_time_iso="2026-11-12T10:00",
        proposed_times=["lundi 16 novembre à 14h", "mardi 17 novembre à 13h30"],
        proposed_times_iso=["2026-11-16T14:00", "2026-11-17T13:30"],
        kind="cancellation", suggested_intents=["late_cancellation", "cancellation_policy"],
    ),
    dict(
        id="004", fmt="txt", split="test",
        body="""Madame Lefèvre,

Je vous prie de bien vouloir m'excuser pour mon absence à notre réunion de vendredi à 15h. J'étais bloqué dans le TGV entre Paris et Lille (plus de deux heures de retard) et je n'avais pas de réseau pour vous prévenir.
Je reste bien sûr très intéressé par la présentation de votre offre de formation. Seriez-vous disponible le jeudi 10 décembre à 11 h ou le vendredi 11 décembre à 15 h ?

Avec mes excuses renouvelées,

Bertrand Giraud
Responsable formation
Cabinet Giraud & Associés""",
        recipient_name="Bertrand Giraud", sender_name="Lefèvre", sender_name_alternatives=["Madame Lefèvre"],
        meeting="la présentation de votre offre de formation",
        meeting_alternatives=["notre réunion", "présentation de votre offre de formation", "votre offre de formation"],
        meeting_time="vendredi à 15h", meeting_time_iso="2026-12-04T15:00",
        proposed_times=["le jeudi 10 décembre à 11 h", "le vendredi 11 décembre à 15 h"],
        proposed_times_iso=["2026-12-10T11:00", "2026-12-11T15:00"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="005", fmt="txt", split="dev",
        body="""Bonjour,
Nous envisageons de travailler avec vous pour l'accompagnement de nos managers sur 2027. Avant de signer, pourriez-vous me préciser votre politique d'annulation : jusqu'à quand peut-on annuler ou déplacer une séance sans frais, et que se passe-t-il en cas d'annulation le jour même ?
Merci d'avance,
Sandrine Perrot
DRH adjointe – Transports Mérieux""",
        recipient_name="Sandrine Perrot",
        meeting="l'accompagnement de nos managers", meeting_alternatives=["une séance", "séance"],
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="006", fmt="eml", split="dev",
        frm=("Noémie Gaillard", "noemie.gaillard@biofrais.fr"), to=JULIEN,
        subject="Fwd: Invitation: Comité de pilotage Biofrais @ mar. 16 juin 2026 10:00 - 12:00 (CEST)",
        date="Mon, 08 Jun 2026 16:20:00 +0200",
        body="""Julien,

Je vous transfère l'invitation au comité de pilotage de la semaine prochaine. Votre présence serait vraiment utile pour la partie budget, est-ce que c'est jouable pour vous ? Si vous ne pouvez rester que la première heure, ça me va aussi.

Noémie

---------- Forwarded message ---------
De : Laurent Chevalier <laurent.chevalier@biofrais.fr>
Date: lun. 8 juin 2026 à 15:02
Subject: Invitation: Comité de pilotage Biofrais @ mar. 16 juin 2026 10:00 - 12:00 (CEST)
To: <noemie.gaillard@biofrais.fr>

Comité de pilotage Biofrais
Quand : mardi 16 juin 2026 10:00 – 12:00 (heure d'été d'Europe centrale - Paris)
Où : Siège Biofrais, 12 rue des Tanneurs, Rennes – salle Émeraude
Participants : Laurent Chevalier, Noémie Gaillard, Paul Riou

Ordre du jour : avancement, budget S2, arbitrages.""",
        recipient_name="Noémie Gaillard", recipient_name_alternatives=["Noémie"],
        sender_name="Julien Moreau", sender_name_alternatives=["Julien"],
        meeting="Comité de pilotage Biofrais", meeting_alternatives=["comité de pilotage", "l'invitation au comité de pilotage"],
        meeting_time="mardi 16 juin 2026 10:00 – 12:00", meeting_time_iso="2026-06-16T10:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="007", fmt="txt", split="test",
        body="""Bonjour Julien,
C'est noté pour lundi 14 décembre à 9h30 en visio. Pourriez-vous m'envoyer d'ici là le support de l'audit de sécurité pour que je le fasse circuler en interne ?
Merci,
Karim""",
        recipient_name="Karim", sender_name="Julien",
        meeting="l'audit de sécurité", meeting_alternatives=["le support de l'audit de sécurité", "audit de sécurité"],
        meeting_time="lundi 14 décembre à 9h30", meeting_time_iso="2026-12-14T09:30",
        kind="other", suggested_intents=[],
    ),
    dict(
        id="008", fmt="eml", split="dev",
        frm=("Jean-Philippe Roux", "jp.roux@cabinet-roux-avocats.fr"), to=CLAIRE,
        subject="RE: Atelier recrutement - 27/10", date="Wed, 21 Oct 2026 11:37:00 +0200",
        in_reply_to="<AM6PR04MB5541A1@AM6PR04MB5541.eurprd04.prod.outlook.com>", x_mailer="Microsoft Outlook 16.0",
        body="""Chère Claire,

Suite à un changement dans l'agenda de notre associé, nous ne pourrons malheureusement pas tenir l'atelier recrutement le mardi 27 octobre à 9h00 comme prévu.
Serait-il possible de le reporter au mardi 3 novembre, même heure ? À défaut, le jeudi 5 novembre après 14h nous conviendrait également.

Je vous remercie de votre compréhension.

Bien à vous,

Jean-Philippe Roux
Avocat associé
Cabinet Roux Avocats
15, quai de la Fosse – 44000 Nantes
Tél. 02 40 12 56 78""",
        quote="""-----Message d'origine-----
De : Claire Lefèvre <claire@lefevre-rh.fr>
Envoyé : vendredi 16 octobre 2026 17:45
À : Jean-Philippe Roux <jp.roux@cabinet-roux-avocats.fr>
Objet : Atelier recrutement - 27/10

Bonjour Jean-Philippe,

Je vous confirme l'atelier recrutement du mardi 27 octobre à 9h00 dans vos locaux.

Cordialement,
Claire Lefèvre""",
        recipient_name="Jean-Philippe Roux", sender_name="Claire Lefèvre", sender_name_alternatives=["Claire"],
        meeting="l'atelier recrutement", meeting_alternatives=["atelier recrutement", "Atelier recrutement"],
        meeting_time="le mardi 27 octobre à 9h00", meeting_time_iso="2026-10-27T09:00",
        proposed_times=["au mardi 3 novembre, même heure", "le jeudi 5 novembre après 14h"],
        proposed_times_iso=["2026-11-03T09:00", "2026-11-05T14:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="009", fmt="txt", split="dev",
        body="""Julien désolé, je ne pourrai pas être là demain à 9h, ma fille a 39 de fièvre et je la garde à la maison. On décale la revue du site web à la semaine prochaine ? Je te redis dans la journée.
Seb""",
        recipient_name="Seb", sender_name="Julien",
        meeting="la revue du site web", meeting_alternatives=["revue du site web"],
        meeting_time="demain à 9h", meeting_time_iso="2026-12-07T09:00",
        kind="cancellation", suggested_intents=["late_cancellation"],
    ),
    dict(
        id="010", fmt="eml", split="test",
        frm=("Agnès Béranger", "agnes.beranger@ville-saint-aubin.fr"), to=JULIEN,
        subject="Lancement de la mission d'accompagnement", date="Fri, 04 Sep 2026 10:05:00 +0200",
        html=True,
        body="""Bonjour Monsieur Moreau,

Suite à la validation de votre devis par le conseil municipal, je souhaiterais organiser une réunion de lancement de la mission d'accompagnement à la transformation numérique.
Je vous propose les créneaux suivants :
- mardi 15 septembre de 10h à 12h
- mercredi 16 septembre à 14h30
- vendredi 18 septembre à 9h

La réunion aurait lieu en mairie, salle du conseil. Merci de m'indiquer le créneau qui vous convient le mieux.

Cordialement,

Agnès Béranger
Directrice générale des services
Ville de Saint-Aubin
04 50 33 21 10""",
        recipient_name="Agnès Béranger", sender_name="Julien Moreau",
        sender_name_alternatives=["Moreau", "Monsieur Moreau"],
        meeting="réunion de lancement",
        meeting_alternatives=["une réunion de lancement de la mission d'accompagnement à la transformation numérique",
                              "la mission d'accompagnement à la transformation numérique",
                              "une réunion de lancement", "Lancement de la mission d'accompagnement"],
        proposed_times=["mardi 15 septembre de 10h à 12h", "mercredi 16 septembre à 14h30", "vendredi 18 septembre à 9h"],
        proposed_times_iso=["2026-09-15T10:00", "2026-09-16T14:30", "2026-09-18T09:00"],
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="011", fmt="txt", split="test",
        body="""Salut Julien,

Est-ce qu'on peut avancer notre call de jeudi 17h à jeudi 14h ? J'ai un train à prendre en fin de journée.
Sinon vendredi matin 10h ça marche aussi.

Merci !
Thomas""",
        quote="""Le ven. 4 déc. 2026 à 12:10, Julien Moreau <julien.moreau@jm-conseil.fr> a écrit :
> Top, on se cale jeudi 10 décembre à 17h pour faire le point sur la refonte de l'intranet.
> Julien""",
        recipient_name="Thomas", sender_name="Julien",
        meeting="notre call", meeting_alternatives=["call"],
        meeting_time="jeudi 17h", meeting_time_iso="2026-12-10T17:00",
        proposed_times=["jeudi 14h", "vendredi matin 10h"],
        proposed_times_iso=["2026-12-10T14:00", "2026-12-11T10:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="012", fmt="txt", split="dev",
        body="""Bonjour Claire,
Toutes mes excuses pour vendredi matin, j'avais noté le rendez-vous à 11h au lieu de 10h... Quand je me suis connecté à la visio vous n'étiez plus là, et c'est bien normal.
Peut-on refaire le point sur le plan de formation cette semaine ? Je suis libre mardi toute la journée et jeudi après 15h.
Encore désolé,
Olivier Marchand""",
        recipient_name="Olivier Marchand", sender_name="Claire",
        meeting="le point sur le plan de formation",
        meeting_alternatives=["le plan de formation", "plan de formation", "le rendez-vous", "la visio"],
        meeting_time="vendredi matin", meeting_time_iso="2026-12-04",
        proposed_times=["mardi toute la journée", "jeudi après 15h"],
        proposed_times_iso=["2026-12-08", "2026-12-10T15:00"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="013", fmt="eml", split="dev",
        frm=("Françoise Delmas", "f.delmas@delmas-immobilier.fr"), to=JULIEN,
        subject="Facture n° 2026-118 – séance du 19 novembre", date="Tue, 24 Nov 2026 14:22:00 +0100",
        body="""Bonjour Julien,

J'ai bien reçu votre facture n° 2026-118, qui inclut 50 % de la séance de coaching du jeudi 19 novembre que nous avions annulée la veille au soir.
Je ne conteste pas le principe, mais je ne me souviens pas que ce point figurait dans notre contrat. Pouvez-vous me rappeler les conditions d'annulation prévues (délai de prévenance, pourcentage facturé) ?

Merci d'avance et bonne journée,

Françoise Delmas
Delmas Immobilier

Envoyé de mon iPad""",
        recipient_name="Françoise Delmas", sender_name="Julien Moreau", sender_name_alternatives=["Julien"],
        meeting="la séance de coaching", meeting_alternatives=["séance de coaching"],
        meeting_time="jeudi 19 novembre", meeting_time_iso="2026-11-19",
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="014", fmt="txt", split="dev",
        body="""Bonjour Julien, seriez-vous dispo demain à 10h pour un petit point téléphonique sur le devis ? 20 minutes max. Merci ! Isabelle""",
        recipient_name="Isabelle", sender_name="Julien",
        meeting="un petit point téléphonique sur le devis",
        meeting_alternatives=["point téléphonique sur le devis", "le devis"],
        meeting_time="demain à 10h", meeting_time_iso="2026-12-07T10:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="015", fmt="eml", split="test",
        frm=("Lucie Caron", "lucie.caron@groupe-arvel.fr"), to=JULIEN,
        subject="Comité de direction élargi de ce jour – M. Arvel", date="Thu, 01 Oct 2026 08:05:00 +0200",
        x_mailer="Microsoft Outlook 16.0",
        body="""Monsieur Moreau,

M. Arvel me charge de vous informer qu'il ne pourra pas assister au comité de direction élargi de ce jour, 11h00, auquel vous étiez convié. Il a été appelé en urgence à Bruxelles.
Il vous prie de l'excuser pour ce contretemps et vous propose de reprogrammer cette réunion le mercredi 7 octobre à 11h00 ou le jeudi 8 octobre à 16h00.

Je reste à votre disposition pour toute information.

Cordialement,

Lucie Caron
Assistante de direction
Groupe Arvel
Tél. : 01 44 87 20 19

Ce courriel et ses éventuelles pièces jointes sont confidentiels. Toute diffusion non autorisée est interdite.""",
        recipient_name="Lucie Caron", recipient_name_alternatives=["M. Arvel"],
        sender_name="Julien Moreau", sender_name_alternatives=["Moreau", "Monsieur Moreau"],
        meeting="comité de direction élargi", meeting_alternatives=["au comité de direction élargi", "cette réunion"],
        meeting_time="ce jour, 11h00", meeting_time_iso="2026-10-01T11:00",
        proposed_times=["le mercredi 7 octobre à 11h00", "le jeudi 8 octobre à 16h00"],
        proposed_times_iso=["2026-10-07T11:00", "2026-10-08T16:00"],
        kind="cancellation", suggested_intents=["late_cancellation"],
    ),
    dict(
        id="016", fmt="txt", split="dev",
        body="""Bonjour Julien,

Comme évoqué au téléphone, je vous propose un déjeuner de travail pour parler du renouvellement de notre contrat de maintenance. Vendredi 18 décembre à 12 h 30 à la Brasserie du Théâtre, ça vous irait ?

Bien à vous,
Patrick Vasseur
Directeur administratif et financier
SAS Normacier
+33 2 35 71 09 86""",
        recipient_name="Patrick Vasseur", sender_name="Julien",
        meeting="renouvellement de notre contrat de maintenance",
        meeting_alternatives=["un déjeuner de travail", "déjeuner de travail", "notre contrat de maintenance"],
        meeting_time="Vendredi 18 décembre à 12 h 30", meeting_time_iso="2026-12-18T12:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="017", fmt="eml", split="test",
        frm=("Yann Le Goff", "yann.legoff@breizh-digital.fr"), to=CLAIRE,
        subject="Re: Rendez-vous de ce lundi 16/11", date="Mon, 16 Nov 2026 19:41:00 +0100",
        in_reply_to="<5F2C1B7E-88A0-4C1D-9E43-0B1D2C3E4F50@lefevre-rh.fr>",
        body="""Claire, je suis confus, j'ai complètement oublié notre rendez-vous de 17h aujourd'hui. Aucune excuse valable, la journée a été folle.
Est-ce que demain 8h30 serait possible pour vous ? Sinon je m'adapte.
Yann

Envoyé de mon iPhone""",
        quote="""Le 13 nov. 2026 à 09:30, Claire Lefèvre <claire@lefevre-rh.fr> a écrit :

> Bonjour Yann,
> Je vous attends lundi 16/11 à 17h à l'agence pour le bilan de votre période d'essai.
> Claire""",
        recipient_name="Yann Le Goff", recipient_name_alternatives=["Yann"],
        sender_name="Claire Lefèvre", sender_name_alternatives=["Claire"],
        meeting="notre rendez-vous", meeting_alternatives=["rendez-vous", "Rendez-vous de ce lundi 16/11"],
        meeting_time="17h aujourd'hui", meeting_time_iso="2026-11-16T17:00",
        proposed_times=["demain 8h30"], proposed_times_iso=["2026-11-17T08:30"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="018", fmt="txt", split="test",
        body="""Bonjour Madame Lefèvre,

Nous avons prévu plusieurs sessions de coaching collectif au premier trimestre. Une question pratique : si l'un de nos collaborateurs doit annuler sa séance individuelle moins de 48 heures avant, est-ce facturé ? Et peut-on remplacer la séance par un échange téléphonique dans ce cas ?

Cordialement,
Émilie Rousseau
Chargée RH – Lactalys Ouest""",
        recipient_name="Émilie Rousseau", sender_name="Lefèvre", sender_name_alternatives=["Madame Lefèvre"],
        meeting="sa séance individuelle",
        meeting_alternatives=["séance individuelle", "sessions de coaching collectif", "la séance"],
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="019", fmt="eml", split="dev",
        frm=("Sophie Nguyen", "sophie.nguyen@optimalog.fr"), to=JULIEN,
        subject="Revue trimestrielle – décalage ?", date="Fri, 27 Nov 2026 17:12:00 +0100",
        html=True,
        body="""Bonjour Julien,

Nous avions calé la revue trimestrielle au mercredi 2 décembre à 10 h. Notre directeur financier ne sera finalement pas disponible ce jour-là et je tiens à ce qu'il y participe.
Auriez-vous une disponibilité le lundi 7 décembre dans l'après-midi, ou le mardi 8 décembre à 10 h ?

Merci par avance,
Sophie

--
Sophie Nguyen | Responsable contrôle de gestion
OptimaLog – 3 allée des Pins, 33700 Mérignac
T. +33 5 56 20 41 78""",
        recipient_name="Sophie Nguyen", recipient_name_alternatives=["Sophie"],
        sender_name="Julien Moreau", sender_name_alternatives=["Julien"],
        meeting="la revue trimestrielle", meeting_alternatives=["revue trimestrielle", "Revue trimestrielle"],
        meeting_time="mercredi 2 décembre à 10 h", meeting_time_iso="2026-12-02T10:00",
        proposed_times=["le lundi 7 décembre dans l'après-midi", "le mardi 8 décembre à 10 h"],
        proposed_times_iso=["2026-12-07", "2026-12-08T10:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="020", fmt="txt", split="test",
        body="""Bonjour Julien,

Parfait pour mardi 8 décembre à 15h. Je viendrai accompagnée de notre nouvelle responsable marketing, Inès, si cela ne vous dérange pas. On en profitera pour lui présenter la feuille de route SEO.

Bonne soirée,
Camille""",
        quote="""-----Message d'origine-----
De : Julien Moreau <julien.moreau@jm-conseil.fr>
Envoyé : jeudi 3 décembre 2026 18:20
À : Camille Bertin
Objet : Feuille de route SEO

Bonjour Camille,
Je vous propose de nous voir mardi 8 décembre à 15h pour présenter la feuille de route SEO.
Julien""",
        recipient_name="Camille", sender_name="Julien",
        meeting="la feuille de route SEO", meeting_alternatives=["feuille de route SEO"],
        meeting_time="mardi 8 décembre à 15h", meeting_time_iso="2026-12-08T15:00",
        kind="other", suggested_intents=[],
    ),
]

# Harder shapes: "NOM Prénom" display name in Latin-1, no sign-off at all, bottom-posting, bilingual disclaimer.
MESSAGES += [
    dict(
        id="021", fmt="eml", split="dev",
        frm=("DUBOIS Camille", "camille.dubois@soframec.fr"), to=JULIEN,
        subject="Réunion bilan annuel", date="Tue, 01 Dec 2026 11:05:00 +0100",
        charset="iso-8859-1", html=True, x_mailer="Microsoft Outlook 16.0",
        body="""Bonjour Julien,

Pour faire suite à notre échange de ce matin, je vous propose de caler la réunion de bilan annuel le 15/12 à 9h, dans nos locaux de Nanterre. Il faudra prévoir environ deux heures.

Bonne journée,

Camille DUBOIS
Responsable achats indirects
SOFRAMEC Industries
Tél. : 01 47 29 55 10 - Mob. : 06 71 22 48 03

Pensez à l'environnement avant d'imprimer ce courriel.""",
        recipient_name="Camille DUBOIS", recipient_name_alternatives=["DUBOIS Camille"],
        sender_name="Julien Moreau", sender_name_alternatives=["Julien"],
        meeting="la réunion de bilan annuel",
        meeting_alternatives=["réunion de bilan annuel", "bilan annuel", "Réunion bilan annuel"],
        meeting_time="15/12 à 9h", meeting_time_iso="2026-12-15T09:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="022", fmt="txt", split="test",
        body="""Bonsoir, je suis désolée mais je ne pourrai pas assurer le rdv de demain 8h30 pour le bilan de compétences, mon fils est hospitalisé. Je vous recontacte dès que possible pour en fixer un autre.""",
        recipient_name=None, sender_name=None,
        meeting="le bilan de compétences", meeting_alternatives=["bilan de compétences", "le rdv"],
        meeting_time="demain 8h30", meeting_time_iso="2026-12-07T08:30",
        kind="cancellation", suggested_intents=["late_cancellation"],
    ),
    dict(
        id="023", fmt="txt", split="dev",
        quote_top="""Le 3 déc. 2026 à 17:20, Julien Moreau <julien.moreau@jm-conseil.fr> a écrit :
> Je peux vous proposer mardi 8 décembre à 10h ou mercredi 9 décembre à 16h pour la restitution de l'audit.""",
        body="""Aucun des deux ne fonctionne finalement pour la restitution, désolé : notre CODIR a été déplacé. Est-ce que vendredi 11 décembre à 11h vous irait ? Sinon lundi 14 à 14h.

Merci,
Antoine Mercier""",
        recipient_name="Antoine Mercier", sender_name=None,
        meeting="la restitution", meeting_alternatives=["restitution"],
        proposed_times=["vendredi 11 décembre à 11h", "lundi 14 à 14h"],
        proposed_times_iso=["2026-12-11T11:00", "2026-12-14T14:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="024", fmt="eml", split="test",
        frm=("Vanessa Claes", "vanessa.claes@brabant-assur.be"), to=CLAIRE,
        subject="Annulation – séance de ce matin", date="Mon, 30 Nov 2026 08:10:00 +0100",
        cte="base64",
        body="""Bonjour Claire,

Je suis au regret de devoir annuler la séance de coaching de ce matin à 10h30 : je suis bloquée à la maison avec une gastro. Je sais que c'est très tard, n'hésitez pas à me facturer la séance selon vos conditions.
Je vous propose de la reporter au mercredi 2 décembre, même heure, si cela vous convient.

Bien à vous,
Vanessa Claes
Team Leader Sinistres – Brabant Assurances
Tél. +32 2 555 41 20

Ce message est confidentiel. Si vous n'êtes pas le destinataire, veuillez le supprimer. / Dit bericht is vertrouwelijk. Indien u niet de geadresseerde bent, gelieve het te verwijderen.""",
        recipient_name="Vanessa Claes", sender_name="Claire Lefèvre", sender_name_alternatives=["Claire"],
        meeting="la séance de coaching", meeting_alternatives=["séance de coaching", "séance de ce matin"],
        meeting_time="ce matin à 10h30", meeting_time_iso="2026-11-30T10:30",
        proposed_times=["mercredi 2 décembre, même heure"], proposed_times_iso=["2026-12-02T10:30"],
        kind="cancellation", suggested_intents=["late_cancellation", "cancellation_policy"],
    ),
]
