# Dutch situations typed the way users type them (for the native-editor review). Data-tone helper.


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
    S("decline", "de heer Willem Bakker", "Pieter Jansen", "formal", "key", "het galadiner", "zaterdag 14 dec 19.30 uur",
      reason="ik heb die avond al een afspraak"),
    S("decline", "Lotte Smit", "Daan Mulder", "friendly", "regular", "eindejaarsborrel", "do 19/12 vanaf 17u",
      reason="omdat ik in Groningen moet zijn"),
    S("decline", "mevrouw drs. E. van der Linden", "Sanne Visser", "formal", "new", "demo van jullie nieuwe CRM",
      "dinsdag 10 december 11:00", reason="We stappen dit jaar niet over op een ander systeem."),
    S("decline", "Femke Dekker", "Ruben Vermeulen", "friendly", "key", "heidag in Zeeland", "12 en 13 december",
      reason="Ik ben die week op vakantie."),
    # reschedule
    S("reschedule", "mevrouw Anneke de Vries", "Jeroen Hendriks", "formal", "key", "het overleg over de jaarrekening",
      "woensdag 11 december 9.00 uur", reason="vanwege een dringende familieaangelegenheid",
      proposed_times=["vrijdag 13 december 9.00 uur", "maandag 16 december 14.00 uur"]),
    S("reschedule", "Joost Meijer", "Eva Koster", "friendly", "regular", "weekstart", "maandag 9u",
      reason="Ik ben ziek.", proposed_times=["dinsdag 9u", "dinsdag 14u"]),
    S("reschedule", "de heer ir. Hans van den Broek", "Bas de Graaf", "formal", "new", "kick-off van de ERP-implementatie",
      "donderdag 5 december om 14.00", reason="want er is een treinstaking", proposed_times=["donderdag 12 december om 14.00"]),
    S("reschedule", "Sophie Jacobs", "Niels Prins", "friendly", "key", "lunch", "vrijdag 12.30",
      reason="familieomstandigheden", proposed_times=["maandag 12.30", "dinsdag 12.30", "maandag 12.30"]),
    # shorten
    S("shorten", "dr. Peter Aarts", "Rianne Schouten", "formal", "regular", "KPI-review Q4", "ma 16-12 10:00",
      duration_minutes=30, reason="de maandafsluiting valt op dezelfde dag"),
    S("shorten", "Marloes Peeters", "Koen Jansen", "friendly", "key", "co-creatiesessie", "woensdag 14.00",
      duration_minutes=45, reason="ik moet om 15.00 de kinderen ophalen"),
    S("shorten", "mevrouw Karin Verhoeven", "Stefan Kok", "formal", "new", "de rondleiding door de fabriek",
      "dinsdag 17 december om 9.00 uur", duration_minutes=60),
    # switch_to_call
    S("switch_to_call", "de heer Frank Hoekstra", "Monique van Leeuwen", "formal", "key", "stuurgroepoverleg",
      "donderdag 12/12 10.00 uur", reason="ik zit vast in Brussel"),
    S("switch_to_call", "Bram Claes", "Anouk Maes", "friendly", "regular", "voortgangsgesprek", "vrijdag 15u",
      reason="ov-staking"),
    S("switch_to_call", "mevrouw Lisa Vos", "Martijn Bosman", "formal", "new", "kennismakingsgesprek",
      "maandag 9 december 16.00 uur", reason="omdat ik op reis ben", proposed_times=["maandag 9 december 16.00 uur"]),
    # switch_to_email
    S("switch_to_email", "de heer Gerrit van der Meer", "Yvonne Kramer", "formal", "regular", "bespreking van de offerte",
      "woensdag 11/12 15.00", reason="er moeten alleen nog twee bedragen bevestigd worden"),
    S("switch_to_email", "Noor Hendriks", "Sven Willems", "friendly", "key", "begrotingsoverleg 2025", "donderdag 16u",
      reason="alles staat klaar, alleen jouw akkoord ontbreekt nog"),
    S("switch_to_email", "Iris Brouwer", "Tim de Wit", "friendly", "new", "introductiecall", "dinsdag 11.00",
      reason="jullie vragen zijn vooral technisch", proposed_times=["donderdag 11.00"]),
    # delegate
    S("delegate", "mevrouw mr. C. de Jong-Smits", "Ingrid Peters", "formal", "key", "jaarlijkse contractbespreking",
      "donderdag 19 december 9.30 uur", colleague_name="Thijs van den Berg", reason="ik ga met zwangerschapsverlof"),
    S("delegate", "Lotte Smit", "Daan Mulder", "friendly", "regular", "showroombezoek", "donderdag 15.00",
      colleague_name="Fleur de Boer", reason="beurs in Utrecht"),
    S("delegate", "de heer Erik van Dijk", "Laura Smits", "formal", "new", "presentatie van ons aanbod", "vrijdag 10 uur",
      colleague_name="de heer Maarten de Jong", reason="vanwege een dubbele boeking in mijn agenda"),
    S("delegate", "Femke Dekker", "Ruben Vermeulen", "friendly", "key", "fotoshoot", "dinsdag 14.00",
      colleague_name="Noor Hendriks", reason="ouderschapsverlof vanaf maandag"),
    # no_show_followup (past meetings)
    S("no_show_followup", "de heer Willem Bakker", "Sanne Visser", "formal", "new", "kennismakingsgesprek",
      "gisteren om 11.00 uur", proposed_times=["maandag 16 december 11.00 uur", "dinsdag 17 december 16.00 uur"]),
    S("no_show_followup", "Sophie Jacobs", "Niels Prins", "friendly", "key", "werklunch", "afgelopen woensdag 12.30",
      proposed_times=["vrijdag 12.30"]),
    S("no_show_followup", "mevrouw Ellen Kuipers", "Bas de Graaf", "formal", "regular", "videocall over de voortgang",
      "vanochtend 9.00", policy=dict(notice_hours=24, fee_percent=50)),
    # late_cancellation (past meetings)
    S("late_cancellation", "de heer Frank Hoekstra", "Sanne Visser", "formal", "regular", "inspectie op locatie",
      "maandag 2 december 9.00 uur", reason="onverwachte verhindering", proposed_times=["woensdag 11 december 9.00 uur"],
      policy=dict(notice_hours=48, fee_percent=30)),
    S("late_cancellation", "Sophie Jacobs", "Niels Prins", "friendly", "key", "fotoshoot voor de catalogus",
      "vorige donderdag 14.00", reason="ziek", policy=dict(notice_hours=48, fee_percent=50, deposit_percent=0)),
    S("late_cancellation", "mevrouw Marieke Bos", "Jeroen Hendriks", "formal", "new", "Excel-training", "gisteren 14.00 uur",
      policy=dict(notice_hours=24, fee_percent=100)),
    # cancellation_policy (with and without a meeting)
    S("cancellation_policy", "mevrouw Marieke Bos", "Jeroen Hendriks", "formal", "new",
      policy=dict(notice_hours=24, deposit_percent=20)),
    S("cancellation_policy", "Joost Meijer", "Eva Koster", "friendly", "regular",
      policy=dict(notice_hours=48, fee_percent=50)),
    S("cancellation_policy", "de heer Hans Willemsen", "Ingrid Peters", "formal", "key", "training op locatie",
      "maandag 13 januari 9.00 uur", policy=dict(notice_hours=72, fee_percent=40, deposit_percent=30)),
]
