"""v20, Swedish: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v20src._d import A, B, C, D, E


def S(*a, **k):
    return _S("sv", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("decline", "Ingegerd Wallenstam", "Torvald Lindqvist-Ek", "formal", "regular",
             meeting="Visning av den restaurerade kororgeln", at="torsdag 15 januari kl. 13.00",
             reason="kyrkan är stängd för målning av valvet"),
           "Visningen på torsdag",
           """
Hej Ingegerd,

Kyrkan är stängd medan valvet målas, så visningen av kororgeln på torsdag kl. ett blir tyvärr inte av. Jag hör av mig när kyrkan öppnar igen.

Vänliga hälsningar
Torvald Lindqvist-Ek
""", "correct: first name in formal mail, 'kl. ett', no new time")),
    (A, ok(S("shorten", "Sixten Almgren", "Barbro Hägerström", "formal", "regular",
             meeting="Kurs i tunnbinderi för nybörjare", at="onsdag 21 januari kl. 09.00", dur=90,
             reason="verkstaden behövs för en leverans på eftermiddagen"),
           "Kursen på onsdag",
           """
Hej Sixten,

Verkstaden behövs för en leverans senare på dagen, så tunnbinderikursen på onsdag börjar kl. nio men blir en och en halv timme lång.

Vänliga hälsningar
Barbro Hägerström
""", "correct: 'kl. nio', 'en och en halv timme'")),
    (A, ok(S("delegate", "Docent Arvid Sjöqvist", "Maud Ekerot", "formal", "key",
             meeting="Genomgång av kartan över skärgårdens farleder", at="fredag 16 januari kl. 10.30",
             col="Henning Tallroth", reason="jag är på lantmäteriet i Gävle"),
           "Genomgången på fredag",
           """
Hej Arvid,

På fredag är jag på lantmäteriet i Gävle. Min kollega Henning Tallroth går igenom farledskartan med dig kl. halv elva; han har ritat sjömärkena.

Vänliga hälsningar
Maud Ekerot
""", "correct: first name for a 'Docent' recipient, 'kl. halv elva', colleague exact")),
    (A, ok(S("switch_to_email", "Lovisa Bergendahl", "Gösta Rudbeck", "friendly", "regular",
             meeting="Råd om strängar till nyckelharpan", at="tisdag 20 januari kl. 18.00",
             reason="det räcker med några rader"),
           "Dina strängar",
           """
Hej Lovisa!

Vi behöver inte ses på tisdag kl. sex, det räcker med några rader: jag mejlar dig vilka strängar jag tycker du ska ta.

Hälsningar
Gösta
""", "correct: 'kl. sex' for 18.00, short friendly reply")),
    (B, ok(S("reschedule", "Ragnvald Östberg", "Sigrid Hallström", "formal", "regular",
             meeting="Stämning av konsertflygeln i skolans aula", at="torsdag 12 februari kl. 08.30",
             props=["tisdag 17 februari kl. 08.30", "onsdag 18 februari kl. 15.00"],
             reason="aulan används för en examen"),
           "Stämningen i aulan: ny tid",
           """
Hej Ragnvald,

Aulan används för en examen i morgon, så jag kan inte stämma flygeln kl. halv nio.

Passar tisdag den 17:e på samma tid, eller onsdag 18 februari kl. tre?

Vänliga hälsningar
Sigrid Hallström
""", "correct: 'i morgon' for Feb 12 said on Feb 11, 'den 17:e på samma tid', 'kl. tre'")),
    (B, ok(S("no_show_followup", "Elvira Nordenfalk", "Bertil Stavenow", "formal", "new",
             meeting="Provspelning på den nya fiolen", at="måndag 9 februari kl. 16.00",
             props=["måndag 16 februari kl. 16.00"]),
           "Provspelningen i måndags",
           """
Hej Elvira,

Vi väntade på dig i måndags kl. fyra för provspelningen. Vill du komma på måndag den 16:e på samma tid i stället?

Vänliga hälsningar
Bertil Stavenow
""", "correct: 'i måndags' for Feb 9 said on Feb 11, 'kl. fyra', 'samma tid'")),
    (B, ok(S("cancellation_policy", "Ylva Granqvist", "Evert Lillieroth", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 20, "fee_percent": 50}),
           "Villkor för beställningen",
           """
Hej Ylva,

Vi tar en handpenning på 20 % när du beställer kyrkklockan. Du kan avboka kostnadsfritt fram till två dygn (48 timmar) i förväg; därefter debiteras hälften (50 %).

Vänliga hälsningar
Evert Lillieroth
""", "correct: deposit and fee each with their term, 'två dygn (48 timmar)', 'hälften (50 %)'")),
    (B, ok(S("switch_to_call", "Konrad Westerlind", "Tyra Alsterberg", "formal", "regular",
             meeting="Genomgång av offerten på vintunnor", at="fredag 20 februari kl. 11.00",
             reason="vägen till tunnbinderiet är avstängd"),
           "Fredag per telefon",
           """
Hej Konrad,

Vägen till tunnbinderiet är avstängd. Ska vi ta genomgången av offerten per telefon på fredag kl. elva i stället?

Vänliga hälsningar
Tyra Alsterberg
""", "correct: same slot as a call, 'kl. elva'")),
    (C, ok(S("decline", "Hjördis Malmqvist", "Algot Ringborg", "formal", "regular",
             meeting="Besök i klockgjuteriet", at="tisdag 16 mars kl. 14.00",
             reason="ugnen ska lagas och gjuteriet är stängt"),
           "Besöket på tisdag",
           """
Hej Hjördis,

Ugnen ska lagas och gjuteriet håller stängt, så besöket på tisdag kl. 14 får vi tyvärr ställa in.

Vänliga hälsningar
Algot Ringborg
""", "correct: 'kl. 14', no new time")),
    (C, ok(S("late_cancellation", "Folke Strandmark", "Agneta Wickbom", "formal", "regular",
             meeting="Kurs i kartritning med tusch", at="tisdag 9 mars kl. 18.00",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Din avbokning i tisdags",
           """
Hej Folke,

Din avbokning av kursen i tisdags kom för sent. Enligt villkoren debiteras hela kursavgiften (100 %) vid avbokning senare än ett dygn (24 timmar) före start.

Vänliga hälsningar
Agneta Wickbom
""", "correct: 'i tisdags' for Mar 9 said on Mar 11, 'hela avgiften (100 %)', 'ett dygn (24 timmar)'")),
    (C, ok(S("reschedule", "Margareta Lindelöf", "Nils-Olof Fahlgren", "formal", "key",
             meeting="Intonering av pipor till läktarorgeln", at="måndag 15 mars kl. 10.00",
             props=["onsdag 17 mars kl. 10.00", "fredag 19 mars kl. 13.30"],
             reason="tennet till piporna har inte kommit"),
           "Intoneringen: ny tid",
           """
Hej Margareta,

Tennet till piporna har inte kommit, så intoneringen på måndag kl. tio får flyttas.

Går det bra med onsdag den 17:e samma tid, eller fredag 19 mars kl. halv två?

Vänliga hälsningar
Nils-Olof Fahlgren
""", "correct: 'kl. tio', 'samma tid', 'kl. halv två'")),
    (C, ok(S("shorten", "Vilgot Bäckström", "Elsa Rosenqvist", "formal", "regular",
             meeting="Översyn av pianots mekanik", at="torsdag 18 mars kl. 09.00", dur=45,
             reason="jag har ännu en stämning samma förmiddag"),
           "Översynen på torsdag",
           """
Hej Vilgot,

Jag har ännu en stämning samma förmiddag, så översynen av mekaniken nästa torsdag börjar kl. nio men tar tre kvart.

Vänliga hälsningar
Elsa Rosenqvist
""", "correct: 'nästa torsdag' for Mar 18 said on Thu Mar 11, 'kl. nio', 'tre kvart'")),
    (D, ok(S("delegate", "Gunhild Forsmark", "Staffan Edholm", "formal", "regular",
             meeting="Leverans av ektunnan till vingården", at="torsdag 15 april kl. 11.00",
             col="Ebba Thelander", reason="jag är på en mässa i Jönköping"),
           "Leveransen på torsdag",
           """
Hej Gunhild,

Jag är på en mässa i Jönköping på torsdag, så Ebba Thelander kör ut ektunnan kl. elva som planerat. Hon vet precis var den ska stå.

Vänliga hälsningar
Staffan Edholm
""", "correct: colleague exact, 'kl. elva', reassuring sentence")),
    (D, ok(S("switch_to_email", "Åke Silfverberg", "Linnea Brodinsson", "formal", "new",
             meeting="Frågor om en gammal sockenkarta", at="måndag 19 april kl. 13.00",
             reason="bilderna på kartan räcker för en bedömning"),
           "Din sockenkarta",
           """
Hej Åke,

Bilderna på kartan räcker för en första bedömning, så vi behöver inte ses på måndag kl. ett. Jag skriver till dig i stället.

Vänliga hälsningar
Linnea Brodinsson
""", "correct: 'kl. ett', reason retold")),
    (D, ok(S("no_show_followup", "Sture Hedenius", "Kerstin Alvinge", "formal", "regular",
             meeting="Hämtning av den reparerade cellon", at="torsdag 8 april kl. 17.00",
             props=["onsdag 14 april kl. 17.00", "fredag 16 april kl. 12.00"]),
           "Din cello väntar",
           """
Hej Sture,

Cellon var klar i torsdags kl. fem men du kom inte; jag hoppas att allt är bra. Du kan hämta den i morgon på samma tid eller fredag kl. tolv.

Vänliga hälsningar
Kerstin Alvinge
""", "correct: 'i torsdags' for Apr 8, 'i morgon på samma tid' for Apr 14 said on Apr 13, 'kl. tolv'")),
    (D, ok(S("cancellation_policy", "Hedvig Sparrlöf", "Birger Ulfsson", "formal", "new",
             pol={"notice_hours": 72, "fee_percent": 30}),
           "Avbokningsregler för stämningar",
           """
Hej Hedvig,

Du kan avboka en pianostämning kostnadsfritt fram till tre dygn (72 timmar) innan. Senare än så tar vi ut 30 % av priset.

Vänliga hälsningar
Birger Ulfsson
""", "correct: 'tre dygn (72 timmar)', fee with its number")),
    (E, ok(S("reschedule", "Jarl Hammarskiöld", "Disa Wennerholm", "formal", "regular",
             meeting="Hängning av klockan i stapeln", at="fredag 14 maj kl. 09.00",
             props=["tisdag 18 maj kl. 09.00", "torsdag 20 maj kl. 14.00"],
             reason="lyftkranen är bokad på annat håll"),
           "Klockhängningen: nytt datum",
           """
Hej Jarl,

Lyftkranen är bokad på annat håll på fredag, så vi kan inte hänga klockan kl. nio.

Passar tisdag den 18:e på samma tid, eller torsdag 20 maj kl. två?

Vänliga hälsningar
Disa Wennerholm
""", "correct: 'kl. nio', 'den 18:e på samma tid', 'kl. två'")),
    (E, ok(S("decline", "Britta Ljungdahl", "Ossian Tegnér", "friendly", "key",
             meeting="Middag efter orgelinvigningen", at="lördag 22 maj kl. 19.00",
             reason="jag måste stämma om orgeln inför söndagens gudstjänst"),
           "Lördag kväll",
           """
Hej Britta!

Tyvärr kan jag inte komma på middagen på lördag, jag måste stämma om orgeln inför söndagens gudstjänst. Ha en fin kväll!

Kram,
Ossian
""", "correct: first name, weekday only in the retold reason, no new time")),
    (E, ok(S("switch_to_call", "Ulrika Fagerlund", "Melker Sandgren", "formal", "regular",
             meeting="Planering av kartan till cykelleden", at="onsdag 19 maj kl. 10.00",
             props=["tisdag 25 maj kl. 10.00"], reason="jag är ute på fältmätning hela nästa vecka"),
           "Kartan till cykelleden",
           """
Hej Ulrika,

Jag är ute på fältmätning hela nästa vecka. Kan vi ta planeringen per telefon tisdag 25 maj kl. tio i stället?

Vänliga hälsningar
Melker Sandgren
""", "correct: a call at the given slot, 'kl. tio'")),
    (E, ok(S("late_cancellation", "Harriet Söderbaum", "Emrik Tallgren", "formal", "new",
             meeting="Provsittning vid cembalon", at="tisdag 11 maj kl. 15.00",
             props=["torsdag 20 maj kl. 15.00"]),
           "Provsittningen i går",
           """
Hej Harriet,

Tråkigt att det inte blev av i går. Vill du prova cembalon en annan dag går det bra torsdag 20 maj kl. tre.

Vänliga hälsningar
Emrik Tallgren
""", "correct: 'i går' for May 11 said on May 12, no policy given and none stated")),
    # ------------------------------------------------------------------ flawed
    (A, bad("place_changed", S("reschedule", "Solbritt Aronsson", "Viggo Mellberg", "formal", "regular",
              meeting="Provgjutning av lillklockan i Ystad", at="måndag 19 januari kl. 10.00",
              props=["torsdag 22 januari kl. 10.00"], reason="formsanden är för fuktig"),
            "Provgjutningen flyttas",
            """
Hej Solbritt,

Formsanden är för fuktig, så provgjutningen av lillklockan i Simrishamn flyttas till torsdag 22 januari kl. 10.00.

Vänliga hälsningar
Viggo Mellberg
""", "place_changed: Simrishamn for Ystad")),
    (A, bad("number_invented", S("decline", "Torun Bladh", "Isak Kjellgren", "formal", "regular",
              meeting="Provsmakning ur nya ektunnor", at="fredag 16 januari kl. 17.00",
              reason="tunnorna läcker fortfarande"),
            "Provsmakningen på fredag",
            """
Hej Torun,

Tunnorna läcker fortfarande, så provsmakningen på fredag kl. 17.00 ställs in. Vi hade tolv tunnor redo, men ingen håller tätt än.

Vänliga hälsningar
Isak Kjellgren
""", "number_invented: 'tolv tunnor' nobody gave")),
    (A, bad("wrong_language_neighbour", S("switch_to_email", "Rune Holmquist", "Asta Kindberg", "formal", "regular",
              meeting="Frågor om renoveringen av husorgeln", at="onsdag 14 januari kl. 14.00",
              reason="ritningarna är lättare att kommentera skriftligt"),
            "Husorgelen",
            """
Hei Rune,

Tegningene er lettere å kommentere skriftlig, så vi trenger ikke å møtes i morgen kl. 14.00. Jeg sender deg mine kommentarer på e-post.

Vennlig hilsen
Asta Kindberg
""", "wrong_language_neighbour: the whole draft in Norwegian for a Swedish situation")),
    (A, bad("percent_swapped", S("cancellation_policy", "Ottilia Brännström", "Sune Lagerqvist", "formal", "new",
              pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 15}),
            "Villkor för fiolbygget",
            """
Hej Ottilia,

Vi tar 50 % i handpenning när du beställer fiolen. Avbokar du senare än 48 timmar innan debiteras 15 % av priset.

Vänliga hälsningar
Sune Lagerqvist
""", "percent_swapped: deposit 15 % and fee 50 % swapped")),
    (B, bad("time_swapped", S("reschedule", "Gudrun Enquist", "Holger Vinberg", "formal", "regular",
              meeting="Byte av hammarfilt i flygeln", at="måndag 16 februari kl. 13.00",
              props=["torsdag 19 februari kl. 13.00"], reason="filten är restnoterad"),
            "Hammarfilten: torsdag 19 februari",
            """
Hej Gudrun,

Filten är restnoterad, så jag föreslår att vi byter hammarfilten måndag 16 februari kl. 13.00 i stället.

Vänliga hälsningar
Holger Vinberg
""", "time_swapped: old slot offered as the new one; subject right")),
    (B, bad("colleague_wrong", S("delegate", "Majken Lundeqvist", "Reinhold Berglind", "formal", "regular",
              meeting="Besiktning av klockstolen", at="tisdag 17 februari kl. 09.00",
              col="Vendela Kronqvist", reason="jag är på ett gjuteri i Norrköping"),
            "Besiktningen på tisdag",
            """
Hej Majken,

Jag är på ett gjuteri i Norrköping på tisdag. Min kollega Vendela Kronkvist besiktar klockstolen kl. 09.00.

Vänliga hälsningar
Reinhold Berglind
""", "colleague_wrong: 'Kronkvist' for Kronqvist")),
    (B, bad("link_invented", S("no_show_followup", "Albin Frisk", "Gunnel Ahlmark", "formal", "regular",
              meeting="Provning av den nya stråken", at="tisdag 10 februari kl. 15.00",
              props=["torsdag 19 februari kl. 15.00"]),
            "Stråken",
            """
Hej Albin,

Vi saknade dig i går. Vill du komma torsdag 19 februari kl. 15.00 i stället? Boka gärna här: https://boka.ahlmarksviolin.se

Vänliga hälsningar
Gunnel Ahlmark
""", "link_invented: a booking link nobody gave")),
    (B, bad("wrong_language_neighbour", S("decline", "Lillemor Hammarlund", "Tore Wikander", "formal", "regular",
              meeting="Guidning i orgelverkstaden", at="torsdag 19 februari kl. 10.00",
              reason="verkstaden är full av delar till ett nytt orgelverk"),
            "Guidningen på torsdag",
            """
Hej Lillemor,

Værkstedet er fyldt med dele til et nyt orgelværk, så rundvisningen torsdag kl. 10.00 må desværre aflyses.

Med venlig hilsen
Tore Wikander
""", "wrong_language_neighbour: the whole draft in Danish for a Swedish situation")),
    (C, bad("time_recap_wrong", S("reschedule", "Henrietta Boström", "Evald Norlander", "formal", "regular",
              meeting="Inmätning för den nya kartan över stadsparken", at="fredag 12 mars kl. 08.00",
              props=["tisdag 16 mars kl. 13.30"], reason="det är snö över stigarna"),
            "Inmätningen: tisdag 16 mars",
            """
Hej Henrietta,

Det ligger snö över stigarna, så vi flyttar inmätningen till tisdag 16 mars kl. 13.30.

Vi ses på tisdag kl. 13!

Evald Norlander
""", "time_recap_wrong: recap rounds 13.30 to 13")),
    (C, bad("email_invented", S("switch_to_email", "Ingvar Lidholm", "Rut Sköldberg", "formal", "new",
              meeting="Frågor om stämning av ett gammalt taffelpiano", at="onsdag 17 mars kl. 11.00",
              reason="jag behöver se bilder på stämstocken först"),
            "Ditt taffelpiano",
            """
Hej Ingvar,

Jag behöver se bilder på stämstocken först; skicka dem gärna till rut.skoldberg@telia.com i stället för att vi ses på onsdag.

Vänliga hälsningar
Rut Sköldberg
""", "email_invented: a private address nobody gave")),
    (C, bad("title_or_company_invented", S("decline", "Signe Rydholm", "Alvar Knutsson", "formal", "regular",
              meeting="Visning av tunnbinderiets lager", at="måndag 22 mars kl. 10.00",
              reason="lagret inventeras"),
            "Visningen på måndag",
            """
Hej Signe,

Lagret inventeras, så visningen på måndag kl. 10.00 blir tyvärr inte av.

Vänliga hälsningar
Alvar Knutsson
Försäljningschef, Knutssons Tunnbinderi AB
""", "title_or_company_invented: title and company in the signature")),
    (C, bad("duration_wrong", S("shorten", "Mona Widerberg", "Kasper Hellgren", "formal", "regular",
              meeting="Lektion i fiollack", at="tisdag 23 mars kl. 17.00", dur=30,
              reason="lacken behöver torka över natten"),
            "Lektionen på tisdag",
            """
Hej Mona,

Lacken behöver torka över natten, så lektionen på tisdag börjar kl. 17.00 men blir tre kvart.

Vänliga hälsningar
Kasper Hellgren
""", "duration_wrong: 'tre kvart' for 30 minutes")),
    (D, bad("weekday_wrong", S("reschedule", "Ebon Tornqvist", "Sonja Dahlgren", "formal", "regular",
              meeting="Montering av nya fasadpipor", at="fredag 16 april kl. 08.00",
              props=["tisdag 20 april kl. 08.00"], reason="ställningen är inte godkänd"),
            "Monteringen: tisdag 20 april",
            """
Hej Ebon,

Ställningen är inte godkänd än, så monteringen av fasadpiporna flyttas till onsdag 20 april kl. 08.00.

Vänliga hälsningar
Sonja Dahlgren
""", "weekday_wrong: 'onsdag 20 april' for tisdag in the body")),
    (D, bad("policy_invented", S("late_cancellation", "Hilding Ståhlberg", "Tilda Norrby", "formal", "regular",
              meeting="Stämning av skolans flygel", at="fredag 9 april kl. 13.00",
              props=["onsdag 21 april kl. 13.00"]),
            "Stämningen i fredags",
            """
Hej Hilding,

Tack för beskedet om fredagen. Vid så sen avbokning tar vi ut halva avgiften, men vi kan gärna komma onsdag 21 april kl. 13.00.

Vänliga hälsningar
Tilda Norrby
""", "policy_invented: 'halva avgiften' though no policy was given")),
    (D, bad("foreign_paragraph", S("switch_to_call", "Gullan Fredholm", "Arne Sahlén", "formal", "regular",
              meeting="Genomgång av kartans teckenförklaring", at="torsdag 22 april kl. 14.00",
              reason="jag är på konferens i Umeå"),
            "Genomgången per telefon",
            """
Hej Gullan,

Jag är på konferens i Umeå, så vi tar genomgången per telefon på torsdag kl. 14.00.

I will send you the draft legend beforehand so we can go through it line by line.

Vänliga hälsningar
Arne Sahlén
""", "foreign_paragraph: an English paragraph inside the Swedish mail")),
    (D, bad("place_changed", S("delegate", "Irma Wahlberg", "Edvin Stålhammar", "formal", "regular",
              meeting="Provning av fiolen i ateljén i Visby", at="måndag 19 april kl. 11.00",
              col="Lisen Hagberg", reason="jag är sjuk"),
            "Provningen på måndag",
            """
Hej Irma,

Jag är sjuk, så Lisen Hagberg tar emot dig för provningen i ateljén i Slite på måndag kl. 11.00.

Vänliga hälsningar
Edvin Stålhammar
""", "place_changed: Slite for Visby")),
    (E, bad("name_near_miss", S("decline", "Greta Lindskog", "Osborn Hillerud", "formal", "regular",
              meeting="Genomgång av klockans inskription", at="torsdag 20 maj kl. 10.00",
              reason="gravören är bortrest"),
            "Genomgången på torsdag",
            """
Hej Greta Lindscog,

Gravören är bortrest, så genomgången av inskriptionen torsdag kl. 10.00 får vi ställa in.

Vänliga hälsningar
Osborn Hillerud
""", "name_near_miss: 'Lindscog' for Lindskog")),
    (E, bad("discount_invented", S("no_show_followup", "Yngve Carlstedt", "Märta Olofsgård", "formal", "regular",
              meeting="Provning av den nya kontrabasen", at="måndag 10 maj kl. 14.00",
              props=["onsdag 19 maj kl. 14.00"]),
            "Provningen",
            """
Hej Yngve,

Vi saknade dig i måndags. Välkommen onsdag 19 maj kl. 14.00 i stället; vi bjuder på 10 % rabatt på stråken.

Vänliga hälsningar
Märta Olofsgård
""", "discount_invented: '10 % rabatt' nobody gave")),
    (E, bad("phone_invented", S("switch_to_call", "Vanja Ehrnberg", "Lennart Grip", "formal", "regular",
              meeting="Offert på restaurering av orgelfasaden", at="tisdag 18 maj kl. 15.00",
              reason="jag är kvar på bygget i Falun"),
            "Offerten per telefon",
            """
Hej Vanja,

Jag är kvar på bygget i Falun; vi tar offerten per telefon på tisdag kl. 15.00. Ring mig på 070-318 42 97.

Vänliga hälsningar
Lennart Grip
""", "phone_invented: a mobile number nobody gave")),
    (E, bad("number_invented", S("shorten", "Roland Kjellberg", "Frida Åhsberg", "formal", "regular",
              meeting="Stämning av kyrkans flygel", at="fredag 21 maj kl. 09.00", dur=60,
              reason="kyrkan har dop på förmiddagen"),
            "Stämningen på fredag",
            """
Hej Roland,

Kyrkan har dop på förmiddagen, så stämningen på fredag börjar kl. 09.00 och tar en timme. Vi hinner stämma alla 88 tangenter, men inte mer.

Vänliga hälsningar
Frida Åhsberg
""", "number_invented: '88 tangenter' nobody gave")),
]
