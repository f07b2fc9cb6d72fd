# Swedish situations typed the way users type them (for the native-editor review). Data-tone helper.


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
    S("decline", "Karin Holm", "Johan Lindqvist", "formal", "key", "galamiddagen", "lördag 14 dec kl 19.30",
      reason="jag är redan uppbokad den kvällen"),
    S("decline", "Emma Berg", "Oskar Lund", "friendly", "regular", "julmingel", "tors 19/12 från 17",
      reason="eftersom jag måste vara i Malmö"),
    S("decline", "Carl von Essen", "Maria Nilsson", "formal", "new", "demo av ert nya CRM-system",
      "tisdag 10 december kl. 11.00", reason="Vi byter inte system i år."),
    S("decline", "Linnea Ekström", "Erik Sandberg", "friendly", "key", "kickoffen i Åre", "12–13 december",
      reason="Jag har semester den veckan."),
    # reschedule
    S("reschedule", "Dr. Lena Hellström", "Rasmus Dahl", "formal", "key", "fotografering", "onsdag 11 december kl 9",
      reason="att vår fotograf är sjuk", proposed_times=["fredag 13 december kl 9", "måndag 16 december kl 14"]),
    S("reschedule", "Henrik Olsson", "Maja Lindgren", "friendly", "regular", "veckomötet", "måndag 9.00",
      reason="Jag är sjuk.", proposed_times=["tisdag 9.00", "tisdag 14.00"]),
    S("reschedule", "Anders Johansson", "Sara Ek", "formal", "new", "kick-off-mötet för affärssystemsprojektet",
      "torsdag 5 december kl. 14", reason="pga tågstrejken", proposed_times=["torsdag 12 december kl. 14"]),
    S("reschedule", "Ida Forsberg", "Viktor Håkansson", "friendly", "key", "lunch", "fredag 12.30",
      reason="eftersom att jag har fått förhinder i familjen", proposed_times=["måndag 12.30", "tisdag 12.30", "måndag 12.30"]),
    # shorten
    S("shorten", "Birgitta Persson", "Fredrik Holmberg", "formal", "regular", "KPI-genomgången för Q4", "mån 16/12 10:00",
      duration_minutes=30, reason="bokslutet ska vara klart samma dag"),
    S("shorten", "Jenny Åberg", "Niklas Falk", "friendly", "key", "workshopen", "onsdag 14.00",
      duration_minutes=45, reason="jag måste hämta barnen kl. 15"),
    S("shorten", "Ulla Lindström", "Patrik Eriksson", "formal", "new", "rundvandringen i fabriken",
      "tisdag 17 december kl. 9.00", duration_minutes=60),
    # switch_to_call
    S("switch_to_call", "Gunnar Bergström", "Helena Sundberg", "formal", "key", "styrgruppsmötet", "torsdag 12/12 kl 10",
      reason="jag sitter fast i Stockholm"),
    S("switch_to_call", "Sanna Karlsson", "Albin Lundgren", "friendly", "regular", "avstämningen", "fredag 15",
      reason="strejk i kollektivtrafiken"),
    S("switch_to_call", "Magnus Engström", "Cecilia Wikström", "formal", "new", "första mötet",
      "måndag 9 december kl. 16.00", reason="eftersom jag är på resande fot", proposed_times=["måndag 9 december kl. 16.00"]),
    # switch_to_email
    S("switch_to_email", "Eva Söderberg", "Tobias Nyberg", "formal", "regular", "mötet om offerten", "onsdag 11/12 kl 15",
      reason="det är bara två siffror kvar att bekräfta"),
    S("switch_to_email", "Karin Holm", "Ola Nyström", "friendly", "key", "budgetmötet för 2025", "torsdag 16.00",
      reason="allt är klart, det enda som saknas är ditt godkännande"),
    S("switch_to_email", "Elin Norberg", "Axel Björk", "friendly", "new", "introsamtalet", "tisdag 11",
      reason="era frågor är mest tekniska", proposed_times=["torsdag 11"]),
    # delegate
    S("delegate", "Peter af Klint", "Annika Lindberg", "formal", "key", "den årliga avtalsgenomgången",
      "torsdag 19 december kl. 9.30", colleague_name="Jonas Wallin", reason="jag går på föräldraledighet"),
    S("delegate", "Emma Berg", "Therese Sjögren", "friendly", "regular", "besöket i showroomen", "torsdag 15.00",
      colleague_name="Mattias Hedlund", reason="mässa i Göteborg"),
    S("delegate", "Bengt Lundqvist", "Sara Ek", "formal", "new", "presentationen av vårt erbjudande", "fredag kl 10",
      colleague_name="Dr. Anders Wall", reason="på grund av en dubbelbokning"),
    S("delegate", "Linnea Ekström", "Erik Sandberg", "friendly", "key", "fotograferingen", "tisdag 14.00",
      colleague_name="Jenny Åberg", reason="att jag är föräldraledig från måndag"),
    # no_show_followup (past meetings)
    S("no_show_followup", "Anders Johansson", "Sara Ek", "formal", "new", "introduktionsmötet", "igår kl. 11",
      proposed_times=["måndag 16 december kl. 11", "tisdag 17 december kl. 16"]),
    S("no_show_followup", "Ida Forsberg", "Viktor Håkansson", "friendly", "key", "arbetslunchen", "i onsdags 12.30",
      proposed_times=["fredag 12.30"]),
    S("no_show_followup", "Birgitta Persson", "Fredrik Holmberg", "formal", "regular", "uppföljningen på Teams",
      "i morse kl 9", policy=dict(notice_hours=24, fee_percent=50)),
    # late_cancellation (past meetings)
    S("late_cancellation", "Lars Andersson", "Maria Nilsson", "formal", "regular", "besiktningen på plats",
      "måndag 2 december kl. 9", reason="ett förhinder i sista minuten", proposed_times=["onsdag 11 december kl. 9"],
      policy=dict(notice_hours=48, fee_percent=30)),
    S("late_cancellation", "Ida Forsberg", "Viktor Håkansson", "friendly", "key", "katalogfotograferingen",
      "i torsdags 14.00", reason="sjuk", policy=dict(notice_hours=48, fee_percent=50, deposit_percent=0)),
    S("late_cancellation", "Elin Norberg", "Axel Björk", "formal", "new", "Excelkursen", "igår 14.00",
      policy=dict(notice_hours=24, fee_percent=100)),
    # cancellation_policy (with and without a meeting)
    S("cancellation_policy", "Eva Sjöberg", "Mikael Strand", "formal", "new",
      policy=dict(notice_hours=24, deposit_percent=20)),
    S("cancellation_policy", "Henrik Olsson", "Maja Lindgren", "friendly", "regular",
      policy=dict(notice_hours=48, fee_percent=50)),
    S("cancellation_policy", "Gunnar Bergström", "Helena Sundberg", "formal", "key", "utbildningsdagen på plats",
      "måndag 13 januari kl. 9", policy=dict(notice_hours=72, fee_percent=40, deposit_percent=30)),
]
