# French situations typed the way users type them (for the native-editor review). Data-tone helper.


def S(intent, recipient_name, sender_name, tone, relationship, meeting=None, meeting_time=None, **kw):
    d = dict(intent=intent, recipient_name=recipient_name, sender_name=sender_name, tone=tone, relationship=relationship)
    if meeting is not None:
        d["meeting"] = meeting
    if meeting_time is not None:
        d["meeting_time"] = meeting_time
    d.update(kw)
    return d


SITS = [
    # decline
    S("decline", "Mme Sophie Lefèvre", "Julien Moreau", "formal", "key", "dîner de gala du 20e anniversaire",
      "samedi 14 déc. à 19h30", reason="déjà pris ce soir-là"),
    S("decline", "Marc Dupont", "Camille Roux", "friendly", "regular", "afterwork de fin d'année", "jeudi 19 déc 18h",
      reason="parce que je dois être à Lyon"),
    S("decline", "M. Jean-Baptiste de La Tour", "Nathalie Petit", "formal", "new", "présentation de votre solution CRM",
      "mardi 10 décembre à 11h", reason="Nous ne changerons pas d'outil cette année."),
    S("decline", "Anne Lambert", "Paul Girard", "friendly", "key", "séminaire à Deauville", "12-13 décembre",
      reason="Je suis en congé cette semaine-là."),
    # reschedule
    S("reschedule", "Madame Hélène Dubois-Martin", "Olivier Bernard", "formal", "key", "shooting photo",
      "mercredi 11 décembre 9h", reason="car notre photographe est malade",
      proposed_times=["vendredi 13 décembre 9h", "lundi 16 décembre 14h"]),
    S("reschedule", "Lucas Martin", "Emma Lefèvre", "friendly", "regular", "point hebdo", "lundi 9h",
      reason="parce que je dois être à Lyon", proposed_times=["mardi 9h", "mardi 14h"]),
    S("reschedule", "M. Pierre-Yves Le Gall", "Claire Fontaine", "formal", "new",
      "réunion de lancement du déploiement ERP", "jeudi 5 décembre à 14h", reason="pour cause de grève SNCF",
      proposed_times=["jeudi 12 décembre à 14h"]),
    S("reschedule", "Isabelle Moreau", "Thomas Blanc", "friendly", "key", "déjeuner", "vendredi 12h30",
      reason="imprévu familial", proposed_times=["lundi 12h30", "mardi 12h30", "lundi 12h30"]),
    # shorten
    S("shorten", "Dr Laurent Besson", "Manon Girard", "formal", "regular", "revue des indicateurs T4", "lundi 16/12 10h",
      duration_minutes=30, reason="clôture comptable le même jour"),
    S("shorten", "Julie Caron", "Romain Picard", "friendly", "key", "atelier de co-construction", "mercredi 14h",
      duration_minutes=45, reason="je dois partir à 15h pour récupérer mes enfants"),
    S("shorten", "Mme Agnès Vidal", "Hugo Martin", "formal", "new", "la visite de l'usine", "mardi 17 décembre à 9h",
      duration_minutes=60),
    # switch_to_call
    S("switch_to_call", "M. François de Villiers", "Sandrine Dumas", "formal", "key", "comité de pilotage",
      "jeudi 12/12 à 10h", reason="je suis bloquée à Bordeaux"),
    S("switch_to_call", "Nicolas Faure", "Léa Fournier", "friendly", "regular", "point d'avancement", "vendredi 15h",
      reason="grève des transports"),
    S("switch_to_call", "Mme Catherine Roussel", "Antoine Mercier", "formal", "new", "premier rendez-vous",
      "lundi 9 décembre 16h", reason="parce que je serai en déplacement", proposed_times=["lundi 9 décembre 16h"]),
    # switch_to_email
    S("switch_to_email", "M. Henri Leroy", "Agnès Renaud", "formal", "regular", "réunion sur le devis",
      "mercredi 11/12 15h", reason="il ne reste que deux chiffres à valider"),
    S("switch_to_email", "Thierry Masson", "Claire Aubert", "friendly", "key", "le point budget 2025", "jeudi 16h",
      reason="tout est prêt, il ne manque que ta validation"),
    S("switch_to_email", "Inès Haddad", "Maxime Girard", "friendly", "new", "call de découverte", "mardi 11h",
      reason="vos questions sont surtout techniques", proposed_times=["jeudi 11h"]),
    # delegate
    S("delegate", "Mme Marie-Claire de Montaigne", "Émilie Laurent", "formal", "key", "revue de contrat annuelle",
      "jeudi 19 décembre 9h30", colleague_name="Karim Haddad", reason="je serai en congé maternité"),
    S("delegate", "Sophie Marchand", "Lucas Petit", "friendly", "regular", "visite du showroom", "jeudi 15h",
      colleague_name="Inès Moreau", reason="salon à Bordeaux"),
    S("delegate", "M. Gérard Lambert", "Chloé Perrin", "formal", "new", "présentation de l'offre", "vendredi 10h",
      colleague_name="M. Bruno Carré", reason="pour cause de conflit d'agenda"),
    S("delegate", "Aurélie Bonnet", "Pierre Dupuis", "friendly", "key", "shooting photo", "mardi 14h",
      colleague_name="Julie Lambert", reason="congé parental à partir de lundi"),
    # no_show_followup (past meetings)
    S("no_show_followup", "M. Philippe Rousseau", "Nadia Benali", "formal", "new", "rendez-vous de découverte",
      "hier à 11h", proposed_times=["lundi 16 décembre 11h", "mardi 17 décembre 16h"]),
    S("no_show_followup", "Romain Picard", "Julie Caron", "friendly", "key", "déjeuner de travail",
      "mercredi dernier 12h30", proposed_times=["vendredi 12h30"]),
    S("no_show_followup", "Mme Véronique Martin", "Olivier Blanc", "formal", "regular", "visio de suivi", "ce matin 9h",
      policy=dict(notice_hours=24, fee_percent=50)),
    # late_cancellation (past meetings)
    S("late_cancellation", "M. Marc Lemoine", "Claire Fontaine", "formal", "regular", "audit sur site",
      "lundi 2 décembre 9h", reason="imprévu de dernière minute", proposed_times=["mercredi 11 décembre 9h"],
      policy=dict(notice_hours=48, fee_percent=30)),
    S("late_cancellation", "Aurélie Bonnet", "Maxime Girard", "friendly", "key", "séance photo catalogue",
      "jeudi dernier 14h", reason="malade", policy=dict(notice_hours=48, fee_percent=50, deposit_percent=0)),
    S("late_cancellation", "Mme Léa Fournier", "Hugo Lefèbvre", "formal", "new", "formation Excel", "hier 14h",
      policy=dict(notice_hours=24, fee_percent=100)),
    # cancellation_policy (with and without a meeting)
    S("cancellation_policy", "Mme Isabelle Girard", "Antoine Mercier", "formal", "new",
      policy=dict(notice_hours=24, deposit_percent=20)),
    S("cancellation_policy", "Nicolas Faure", "Camille Roux", "friendly", "regular",
      policy=dict(notice_hours=48, fee_percent=50)),
    S("cancellation_policy", "M. Jean-Pierre Morel", "Sandrine Dumas", "formal", "key", "formation sur site",
      "lundi 6 janvier 9h", policy=dict(notice_hours=72, fee_percent=40, deposit_percent=30)),
]
