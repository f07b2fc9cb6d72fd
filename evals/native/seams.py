"""Known broken insertions between the user's words and the built-in frames (issue 16), as patterns.

Patterns run over all five languages, so each must be wrong in every one of them (Italian "a la" is a
seam, French "qui a la varicelle" is not: hence "a" only before il/lo/i/gli). None may ever appear in a
built-in draft: tests/unit/test_phrasing_situations.py runs them over the grid and realistic situations, and `python evals/native/drafts.py --dir evals/native/vN --seams` over a held-out set.
"""

from __future__ import annotations

SEAMS = [
    r"\bas because\b", r"\bas as\b", r"\bdue to (owing to|due to|because)\b", r"\bas since\b", r"\bour meeting on [a-z]",
    r"\bour meeting about (the )?(photo shoot|site visit|gala dinner|kick-off)", r"\bbrief them\b", r"knows the project well",
    r"\btoute? la (en|dans)\b", r"\bpour tout(e)? (la|le|il) (in|nel|di)\b",
    r"pour cause de parce", r"\bcar car\b", r"\bcar parce\b", r"en raison de parce", r"«[^»]*«", r"\bde (le|les|un|une)\b", r"\bà (le|les)\b",
    r"incontro «(cena|pranzo|riunione|incontro|evento)", r"\b(di|su|da|in) (il|lo|la|i|gli|le) ", r"\ba (il|lo|i|gli) ", r"perché perché", r"a causa di perché",
    r"overleg over (het|ons) overleg", r"vanwege omdat", r"want omdat", r"vanwege want", r"(Beste|Geachte) de heer",
    r"eftersom att", r"– att", r"på grund av (eftersom|på grund av)", r"vårt möte om \w*(möte|middag|lunch|fotografering)",
    # a Dutch/Swedish connective before the user's own preposition, adverb or amount (phr-h)
    r"\b(vanwege|wegens) (voor|met|na|gezien|gelet|bij|tijdens|ondanks|weinig|geen|niks|niets|niet|al|nog|bijna|pas)\b",
    r"\bpå grund av (med|inför|efter|före|trots|under|inte|lite|knappt|redan|nästan|att)\b",
    r"\bvårt möte om [A-ZÅÄÖ][a-zåäö]+s\b", r"\bom \w+callen\b", r"\bop (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) van \1\b",
    r"\bpå (måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)ar på \1\b", r"\bhålla farten uppe\b", r"\bhouden we toch de vaart erin\b",
    r"(?<![\d,.])0 ?%", r"\bNone\b", r"\(\)", r"  ", r" [,.]",
    # the name as typed, title and all ("Bonjour Mme Sophie Lefèvre", "Geachte de heer Willem Bakker")
    r"^(Dear|Hi|Bonjour|Gentile|Ciao|Geachte|Beste|Hoi|Hej) (Ms|Mr|Mrs|Mme|M|Dott(\.ssa)?|Sig(\.ra)?|Ing|Avv|Dr|Prof|mevr|dhr|heer|mevrouw)\.? (?!(De|Van|Vande|Vanden|Von|Di|Da|Dos|Du|Del|Della|Degli|Dei|Dal|Dalla|Lo|Li|Le|La|El|Al|St\.?|Ter|Ten|Den|Der) )[A-ZÀ-Ý]\S+ [A-ZÀ-Ý]\S+,$",
    r"^Dear (Ms|Mr|Mrs|Dr)\.",
    # a connective of ours before the user's own connective, preposition, negation or quantity (native v4)
    r"(pour cause|en raison|à cause) d['e] ?(avec|vu|avant|après|dans la mesure|étant|pas|rien|comme)\b",
    r"\b(car|comme) (vu|avec|avant|dans la mesure|étant donné)\b", r"\bcomme \w+( \w+){0,4} étant\b",
    r"a causa (di|del|della|dei|delle) (con|prima|dopo|poche|pochi|visto|dato|niente|nessun)\b", r"\b(perché|dato che) (con|prima di|prima della)\b",
    r"\b([Aa]s|[Bb]ecause|[Ss]ince) I'm (nothing|not much)\b", r"\bas there is (just so|so you know)\b", r"\bdue to (with|given|ahead of|before)\b",
    r"\bdue to [a-z ]+ and (I|we) (have|am|will|need)\b",
    # the meeting as itself: no article before a possessive 's, a weekly meeting not followed by its weekday again
    r"\b(the|our) [a-z]+'s\b",
    r"\b(del|di) (lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica) di \2\b",
    r"\bnotre (photos|leçons|séances|\w+s) de\b",
    r"\b(vers|environ|dès) à\b",
    # native v6: a connective before a subjectless fragment, a frame around a phrase that names itself, a typed label in quotes
    r"\bas (just|really|so|totally|completely|way too|too) [a-z]+\b(?! (a|an|the|my|our|as)\b)", r"\b[Pp]our cause de (vraiment|pas|trop|juste)\b",
    r"\ben raison des? \w+(?: \w+){0,5} (rendent|rend|sont|est|ont|a)\b", r"\bperché (un|uno|una|un')\s?\w+(?: \w+){0,5} e non\b",
    r"\b(notre point|notre réunion) sur (notre|nos|votre|vos)\b", r"\bour meeting about (our|your|the \w+ (night|party|quiz))\b",
    r"\b(nostro incontro) su\w* (tombol|festa|cena|serata)", r"\b(ton|ta|votre|tuo|Suo) (rendez-vous|appuntamento) «",
    r"\bSua \w+ di \w+ di [A-Z]", r"\b(\d{1,2})h à \d{1,2} h\b",
    # a booked service or an event wrapped as a meeting about it; the no said twice; busy as a state (native v6, nl/sv)
    r"\bons overleg over (wassen|knippen|\w*therapie|\w*behandeling|massage|pedicure|manicure)\b",
    r"\b(vårt möte|mötet) om \w*(terapi|behandling|massage|turnering(en)?|tävling(en)?|quiz(en)?)\b",
    r"niet bij zijn,? (want|omdat|vanwege)[^.]*niet bij zijn", r"\bik ben (te |erg |heel )?druk\b",
    # a clock time left outside the brackets of a recurrence ("(elke eerste donderdag van de maand) om 10u")
    r"\((elke|iedere|varje|första|sista)\b[^)]*\) (om|kl\.) \d",
    # native v8 (nl/sv): an "around" after the clock's own connective; our connective before a clause or a whole sentence
    r"\bom (rond|omstreeks|ongeveer|circa)\b", r"\bkl\. (ca\.?|cirka|runt|omkring|kring) \d",
    r"\bwant (wegens|vanwege|i\.?v\.?m\.?)\b", r"\b(vanwege|wegens) (ik|we|wij|jij|hij|zij|er|even|gewoon)\b",
    r"\bpå grund av (jag|vi|du|han|hon|det|de) (är|har|kan|måste|ska|står)\b", r"\bpå grund av \w*ledig\b",
    # native v9 (phr-q): a prepositional cause before a clause or another connective; a purpose after a cause
    # connective; a subordinate clause standing alone (en/fr/it: Dutch and Swedish invert the main clause without a comma); a form's tilde or a part of the day left from a meeting phrase
    r"\b(pour cause|en raison|à cause) d['e] ?(afin|pour que|pour qu|parce|car|comme|puisque)\b",
    r"\b(en raison|à cause|pour cause) d(e|u|es|['’]) ?(mon|ma|mes|ton|ta|notre|un|une|le|la|les)? ?[\w-]+ (m['’]|t['’]|s['’])?(a|est|sont|ont|arrive|arrivent|part|doit)\b",
    r"\b[Aa]s (so that|so as to|in order to|because|since)\b", r"\b(due to|because of|owing to) (I|we|you|he|she|they)\b",
    r"\b(a causa|per via) d\w*['’]? ?(io|noi|tu|lui|lei|loro|ho|abbiamo|sono|siamo|devo|dobbiamo|questa settimana|oggi|domani)\b",
    r"^(Because|Since|Parce que|Parce qu['’]|Puisque|Perché|Poiché|Siccome|Now that|Maintenant que|Ora che)\b[^,\n?]*\.$",
    r"(?<!\w)~\s?\d", r"\b(consultation|séance|rendez-vous|réunion|lezione|seduta|session|meeting) (soir|matin|sera|mattina|evening|morning)\b",
    # native v11 (phr-u): a prepositional cause before a clause (it), the frame's verb repeated by the reason, "all day" tacked
    # onto a date, a doubled possessive, a surname particle left with the first name, "at" before a border word
    r"\b(a causa|per via) (del|della|dello|dei|delle|degli|dell['’])\s?\w+(?: \w+){0,4} (copre|coprono|è|sono|ha|hanno|resta|restano)\b",
    r"\bdevo spostare\b[^.\n]*\bspostat[oaie]\b", r"\bneed to move\b[^.\n]*\bmoved\b", r"\bje décale\b[^.\n]*\bdécalé",
    r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) all day\b",
    r"\b(Sua|sua|tua|Suo|suo|tuo) \w+(?: \w+){0,2} di (suo|Suo|tuo|sua|Sua|tua)\b",
    r"^(Ciao|Hi|Bonjour|Hej|Hoi|Dear|Gentile|Beste) [A-ZÀ-Ý]\w+ (Dalla|Della|Delle|Dello|Degli|Di|De|Lo|La|Van|Von|Af),$",
    r"\bat (after|before)\b", r"\b(après|avant) à\b", r"\b(dopo|verso) alle\b",
    # native v14 (phr-aa): an appointment wrapped in another meeting noun, a clause after "pour cause de", a clock word
    # before a loose time's own
    r"\bnotre (point|réunion) sur (le|la|l['’]) ?(toilettage|heure|séance|cours|leçon|brief|consultation|rendez-vous)\b",
    r"\bnostro incontro per (il|la|l['’]) ?(prim[oa]|prossim[oa]|nuov[oa])\b",
    r"\bpour cause de (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b[^.\n]*\b(je|j['’]|on|il|elle)\b",
    r"\bkl\.? runt kl\b", r"\bom rond \d", r"\balle verso le\b",
    # v12-v14 families (phr-ab): a vehicle glued without its owner, a feminine appointment with "un", a note's "As ... so I",
    # a form's "semaine pro", a typed sentence glued after a comma with its capital
    r"\b(due to|because of|à cause d['e]|a causa d['i]) ?(car|van|truck|voiture|auto|macchina|moto) (in|at|en|au|dal)\b",
    r"\bj'ai un (réunion|formation|audience|intervention|opération|visite)\b", r"\b[Aa]s I [^.,\n?]* so I\b",
    r"\bsemaine pro\b", r"\b(ora|now|maintenant), (Dal|Dalla|Dès|Depuis|From|Starting)\b",
]
