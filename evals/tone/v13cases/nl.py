"""Dutch v13 tone cases: 6 situations, layout 3/1 2/2 1/3 2/1 2/3 2/2."""

from __future__ import annotations

SITS = {
    1: {"intent": "late_cancellation", "recipient_name": "mevrouw Annelot Wijnbergen-Kuys",
        "sender_name": "Thijmen Ooststroom", "tone": "formal", "relationship": "key",
        "meeting": "kwartaaloverleg over de wagenparkplanning", "meeting_time": "dinsdag 1 december om 13.00 uur",
        "proposed_times": ["donderdag 17 december om 13.00 uur"], "policy": {"notice_hours": 48, "fee_percent": 35}},
    2: {"intent": "delegate", "recipient_name": "Lieke Brandsema", "sender_name": "Wouter Kloosterhuis",
        "tone": "friendly", "relationship": "regular", "meeting": "evaluatie van de webshopcijfers",
        "meeting_time": "donderdag 10 december om 10.00 uur", "colleague_name": "Merel Tjallingii"},
    3: {"intent": "cancellation_policy", "recipient_name": "de heer Bram Ootjers", "sender_name": "Ingrid Valkenhorst",
        "tone": "formal", "relationship": "new", "meeting": "intakegesprek voor de bedrijfsverhuizing",
        "meeting_time": "woensdag 6 januari om 9.00 uur", "policy": {"notice_hours": 24, "fee_percent": 50}},
    4: {"intent": "decline", "recipient_name": "mevrouw Tessa Rijkelijkhuizen", "sender_name": "Daan Oosterwegel",
        "tone": "formal", "relationship": "regular", "meeting": "presentatie van het nieuwe tarievenmodel",
        "meeting_time": "maandag 14 december om 16.00 uur"},
    5: {"intent": "switch_to_email", "recipient_name": "Fenna Zuidhoek", "sender_name": "Sem Abbringh",
        "tone": "friendly", "relationship": "key", "meeting": "afstemming over de jaarplanning 2027",
        "meeting_time": "dinsdag 12 januari om 11.00 uur"},
    6: {"intent": "no_show_followup", "recipient_name": "de heer Gijs Mulderije", "sender_name": "Roos Eekhoutte",
        "tone": "formal", "relationship": "new", "meeting": "kennismakingsgesprek over de salarisadministratie",
        "meeting_time": "vrijdag 4 december om 14.00 uur", "proposed_times": ["woensdag 16 december om 14.00 uur"]},
}

CASES = [
    (1, "good", None, "Kwartaaloverleg over de wagenparkplanning",
     """Geachte mevrouw Wijnbergen-Kuys,

Dank voor uw bericht over het kwartaaloverleg over de wagenparkplanning van dinsdag 1 december om 13.00 uur. Ik heb donderdag 17 december om 13.00 uur voor u vrijgehouden; laat u mij weten of dat schikt?

Zoals afgesproken in onze overeenkomst brengen wij bij annulering binnen 48 uur 35% in rekening. Dat staat op de volgende factuur. Ik begrijp dat zoiets nooit prettig is; bel me gerust als u erover wilt praten.

Met vriendelijke groet,
Thijmen Ooststroom""", "fee held firmly to a key client, 'zoals afgesproken' used kindly"),
    (1, "good", None, "Nieuwe datum",
     """Geachte mevrouw Wijnbergen-Kuys,

Helaas ging het kwartaaloverleg over de wagenparkplanning van dinsdag 1 december om 13.00 uur niet door. Past donderdag 17 december om 13.00 uur? Omdat de afzegging binnen 48 uur kwam, geldt de afgesproken 35%.

Hartelijke groet,
Thijmen Ooststroom""", "blunt and short but courteous"),
    (1, "good", None, "Re: kwartaaloverleg",
     """Geachte mevrouw Wijnbergen-Kuys,

Geen enkel probleem, zulke dingen gebeuren. Ik stel voor dat we het kwartaaloverleg over de wagenparkplanning van dinsdag 1 december om 13.00 uur inhalen op donderdag 17 december om 13.00 uur.

Volledigheidshalve: bij een afzegging binnen 48 uur rekenen wij volgens de voorwaarden 35%. Ik heb er alle begrip voor dat de agenda soms anders loopt.

Met hartelijke groet,
Thijmen Ooststroom""", "formal formula 'volledigheidshalve' used warmly"),
    (1, "bad", "bureaucratic_distance", "Late annulering – kosten",
     """Geachte mevrouw,

Wij bevestigen de ontvangst van uw annulering van het kwartaaloverleg over de wagenparkplanning van dinsdag 1 december om 13.00 uur. Conform artikel 7 van de overeenkomst wordt bij annulering binnen 48 uur 35% van het tarief in rekening gebracht.

Wij verzoeken u vriendelijk de nieuwe datum, donderdag 17 december om 13.00 uur, uiterlijk vrijdag te bevestigen. Wij danken u voor uw begrip.

Hoogachtend,
Afdeling Planning
Thijmen Ooststroom""", "cold formulas to a key client: 'conform artikel 7', 'wij verzoeken u vriendelijk', department signature"),
    (2, "good", None, "Merel neemt het over",
     """Hoi Lieke,

Donderdag 10 december om 10.00 uur ben ik er helaas niet. Merel Tjallingii doet de evaluatie van de webshopcijfers met je; zij heeft de cijfers zelf opgesteld, dus je zit goed.

Groetjes,
Wouter""", "short, praises the colleague genuinely"),
    (2, "good", None, "Evaluatie van de webshopcijfers",
     """Hoi Lieke,

Een kleine wijziging: de evaluatie van de webshopcijfers op donderdag 10 december om 10.00 uur doe je met Merel Tjallingii in plaats van met mij. Ik heb haar helemaal bijgepraat, en ze is eerlijk gezegd beter in grafieken dan ik.

Tot snel!
Wouter""", "warm humour about oneself"),
    (2, "bad", "condescension", "Donderdag",
     """Hoi Lieke,

Ik kan donderdag 10 december om 10.00 uur niet, dus Merel Tjallingii neemt de evaluatie van de webshopcijfers over. Ze is nog niet zo lang bij ons en niet zo ervaren, maar voor jouw cijfers is ze prima geschikt.

Groet,
Wouter""", "faint praise of the colleague that also belittles the client"),
    (2, "bad", "passive_aggression", "Re: evaluatie",
     """Hoi Lieke,

Leuk dat je er weer bij bent! Donderdag 10 december om 10.00 uur neemt Merel Tjallingii de evaluatie van de webshopcijfers van me over. Zoals eerder aangegeven is het handig als je de exportbestanden dit keer wél vooraf stuurt.

Groetjes,
Wouter""", "friendly start, 'zoals eerder aangegeven … dit keer wél' at the end"),
    (3, "good", None, "Ons intakegesprek op woensdag 6 januari",
     """Geachte heer Ootjers,

Fijn dat u voor ons hebt gekozen. Voor het intakegesprek voor de bedrijfsverhuizing op woensdag 6 januari om 9.00 uur nog één praktisch punt: kunt u onverhoopt niet, laat het ons dan uiterlijk 24 uur van tevoren weten. Bij een latere afzegging rekenen wij 50% van het gesprek.

Wij kijken ernaar uit u te ontmoeten.

Met vriendelijke groet,
Ingrid Valkenhorst""", "policy stated plainly in a warm welcome"),
    (3, "bad", "bureaucratic_distance", "Annuleringsvoorwaarden",
     """Geachte heer,

Hierbij wijzen wij u op onze annuleringsvoorwaarden met betrekking tot het intakegesprek voor de bedrijfsverhuizing op woensdag 6 januari om 9.00 uur. Annuleringen dienen minimaal 24 uur voorafgaand schriftelijk te geschieden. Bij niet-tijdige annulering wordt 50% gefactureerd. Over deze regeling wordt niet gecorrespondeerd.

Hoogachtend,
Ingrid Valkenhorst""", "only formulas, 'wordt niet gecorrespondeerd' to a new client"),
    (3, "bad", "condescension", "Hoe het bij ons werkt",
     """Geachte heer Ootjers,

Omdat u nieuw bent, leg ik even uit hoe het werkt. Een afspraak als het intakegesprek voor de bedrijfsverhuizing op woensdag 6 januari om 9.00 uur kost ons voorbereiding. Wie niet minstens 24 uur van tevoren afzegt, betaalt daarom 50%. Dat is in onze branche heel gebruikelijk, ook al weten veel klanten dat niet.

Met vriendelijke groet,
Ingrid Valkenhorst""", "lecturing a new client on how things work"),
    (3, "bad", "hostile", "Intakegesprek woensdag 6 januari",
     """Geachte heer Ootjers,

Welkom! Wij zien uit naar het intakegesprek voor de bedrijfsverhuizing op woensdag 6 januari om 9.00 uur. Afzeggen kan tot 24 uur van tevoren; daarna rekenen wij 50%. Klanten die hier lichtvaardig mee omgaan, helpen wij in de regel niet een tweede keer.

Met vriendelijke groet,
Ingrid Valkenhorst""", "warm opening, veiled threat as the last line"),
    (4, "good", None, "Presentatie van het nieuwe tarievenmodel",
     """Geachte mevrouw Rijkelijkhuizen,

Hartelijk dank voor de uitnodiging voor de presentatie van het nieuwe tarievenmodel op maandag 14 december om 16.00 uur. Ik moet helaas afzeggen. Ik lees de stukken graag achteraf en reageer dan schriftelijk.

Met vriendelijke groet,
Daan Oosterwegel""", "firm refusal, short, warm"),
    (4, "good", None, "Maandag 14 december",
     """Geachte mevrouw Rijkelijkhuizen,

Nee, helaas: maandag 14 december om 16.00 uur kan ik niet bij de presentatie van het nieuwe tarievenmodel zijn. Dank voor de uitnodiging, en veel succes met de presentatie.

Met vriendelijke groet,
Daan Oosterwegel""", "blunt 'nee' but kind"),
    (4, "bad", "coldness", "Afmelding",
     """Mevrouw Rijkelijkhuizen,

Voor de presentatie van het nieuwe tarievenmodel op maandag 14 december om 16.00 uur meld ik mij af.

D. Oosterwegel""", "bare, no thanks, no greeting warmth"),
    (5, "good", None, "Jaarplanning per mail?",
     """Hoi Fenna,

Zullen we de afstemming over de jaarplanning 2027 van dinsdag 12 januari om 11.00 uur per mail doen? Ik stuur je maandag een opzet, dan kun je er in je eigen tempo op schieten. Wil je toch liever even zitten, dan regel ik dat meteen.

Groet,
Sem""", "friendly, keeps the key client's choice"),
    (5, "good", None, "Afstemming jaarplanning 2027",
     """Hoi Fenna,

Kort verzoek: kunnen we de afstemming over de jaarplanning 2027 van dinsdag 12 januari om 11.00 uur per mail afhandelen? Dan scheelt het jou een ochtend.

Dank je!
Sem""", "very short and kind"),
    (5, "bad", "over_familiarity", "Fennaatje!",
     """Fennaatje!!

Die afstemming over de jaarplanning 2027 van dinsdag 12 januari om 11.00 uur, kunnen we dat niet gewoon even per mail doen? Jij kent me, ik ben geen ochtendmens 😜 Even lekker van de bank af regelen toch, schatje.

Doei!
Sem""", "nickname, 'schatje' and emoji to a key client"),
    (5, "bad", "passive_aggression", "Re: afstemming",
     """Hoi Fenna,

Dank voor je bericht! Ik stel voor dat we de afstemming over de jaarplanning 2027 van dinsdag 12 januari om 11.00 uur per mail doen. Of is het handiger als ik alles nog een keer uitleg, zoals bij de vorige planning?

Groet,
Sem""", "reproach disguised as a question at the end"),
    (5, "bad", "mock_enthusiasm", "Superleuk!!",
     """Hoi Fenna!!

Geweldig nieuws: de afstemming over de jaarplanning 2027 van dinsdag 12 januari om 11.00 uur gaat per mail! Want wie heeft er nou zin in een échte vergadering, toch?! Ik kan echt niet wachten op al je reacties in zeventien losse mailtjes!!

Sem""", "mock enthusiasm with a sarcastic sting"),
    (6, "good", None, "Ons kennismakingsgesprek",
     """Geachte heer Mulderije,

Vrijdag 4 december om 14.00 uur hebben we elkaar helaas gemist bij het kennismakingsgesprek over de salarisadministratie. Ik hoop dat alles goed is. Schikt woensdag 16 december om 14.00 uur u?

Met vriendelijke groet,
Roos Eekhoutte""", "concern, no reproach, short"),
    (6, "good", None, "Kennismakingsgesprek over de salarisadministratie – herinnering",
     """Geachte heer Mulderije,

Een korte herinnering: we hadden vrijdag 4 december om 14.00 uur ons kennismakingsgesprek over de salarisadministratie gepland, maar we zijn elkaar misgelopen. Misschien is mijn uitnodiging niet goed aangekomen. Ik heb woensdag 16 december om 14.00 uur voor u vrijgehouden; zegt u het maar als een ander moment beter uitkomt.

Met vriendelijke groet,
Roos Eekhoutte""", "'herinnering' used kindly, takes possible fault on herself"),
    (6, "bad", "blame", "Gemiste afspraak",
     """Geachte heer Mulderije,

U was vrijdag 4 december om 14.00 uur niet aanwezig bij het kennismakingsgesprek over de salarisadministratie, terwijl ik de uitnodiging en een herinnering had gestuurd. Ik heb daardoor een middag voorbereiding voor niets gedaan.

Woensdag 16 december om 14.00 uur is mogelijk.

Met vriendelijke groet,
Roos Eekhoutte""", "blames a new client and lists the cost"),
    (6, "bad", "passive_aggression", "Nieuwe afspraak",
     """Geachte heer Mulderije,

Jammer dat het vrijdag 4 december om 14.00 uur niet is gelukt met het kennismakingsgesprek over de salarisadministratie. Ik heb woensdag 16 december om 14.00 uur voor u gereserveerd. Mag ik ervan uitgaan dat u deze keer wel in de gelegenheid bent?

Met vriendelijke groet,
Roos Eekhoutte""", "polite frame, reproach as a question in the last line"),
]
