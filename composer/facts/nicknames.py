"""Familiar forms of first names that no clip or pet ending derives ("Fliss" for Felicity, "Kees" for Cornelis,
"Beppe" for Giuseppe, "Kalle" for Karl): a friend is greeted by them, and they alter no fact. A table, because the
sound, not the spelling, makes them; keys and forms are folded (lower case, no accents)."""

from __future__ import annotations

_FORMS: dict[str, tuple[str, ...]] = {
    # en
    "felicity": ("fliss", "flick", "liss"), "robert": ("bob", "bobby", "rob", "robbie", "bert"), "william": ("bill", "billy", "will", "liam"),
    "richard": ("dick", "rick", "ricky", "rich"), "margaret": ("peggy", "peg", "meg", "maggie", "madge", "greta"),
    "mary": ("molly", "polly", "mae"), "edward": ("ted", "teddy", "ned", "eddie", "ed"), "edmund": ("ned", "ted"),
    "john": ("jack", "johnny"), "henry": ("harry", "hal", "hank"), "james": ("jim", "jimmy", "jamie"),
    "elizabeth": ("liz", "lizzie", "beth", "bess", "bessie", "betty", "libby", "elsie", "lisa", "eliza"),
    "katherine": ("kate", "katie", "kath", "kit", "kitty", "kay"), "catherine": ("kate", "katie", "cathy", "cath", "kit", "kitty"),
    "christopher": ("kit", "chris"), "alexander": ("sandy", "alex", "xander"), "charles": ("chuck", "charlie", "chaz"),
    "sarah": ("sally", "sadie"), "anne": ("nan", "nancy", "annie"), "patricia": ("trish", "patty", "tricia", "pat"),
    "frances": ("fran", "fanny", "frankie"), "francis": ("frank", "frankie"), "theodore": ("ted", "teddy", "theo"),
    "susan": ("sue", "suzy"), "anthony": ("tony",), "lawrence": ("larry",), "laurence": ("larry",), "dorothy": ("dot", "dolly", "dottie"),
    "harold": ("harry", "hal"), "jennifer": ("jen", "jenny"), "victoria": ("vicky", "tori"), "rebecca": ("becky", "becca"),
    # fr
    "emmanuel": ("manu",), "emmanuelle": ("manu",), "francoise": ("fanfan", "francette"), "elisabeth": ("babette", "zabeth", "lisa", "lisette", "betty", "bep", "lies", "liesbeth", "els", "elsa"),
    "isabelle": ("isa", "zaza"), "jean": ("jeannot",), "pierre": ("pierrot",), "dominique": ("domi", "dom"), "nathalie": ("nat", "nath"),
    "christophe": ("chris", "tof", "totof"), "frederic": ("fred",), "frederique": ("fred",), "guillaume": ("guigui", "guiom"),
    # it
    "giuseppe": ("beppe", "peppe", "pino", "peppino", "beppino"), "giuseppina": ("pina", "peppina"), "luigi": ("gigi", "gino"),
    "filippo": ("pippo",), "beatrice": ("bice",), "salvatore": ("toto", "turi", "salva"), "francesco": ("checco", "franco", "cesco"),
    "giovanni": ("gianni", "nanni", "vanni"), "domenico": ("mimmo",), "vincenzo": ("enzo",), "maria": ("mia", "mimi", "mies", "maja"),
    "gaetano": ("tano",), "margherita": ("rita", "ghita"),
    # nl
    "cornelis": ("kees", "cees", "cor", "neel"), "johannes": ("hans", "jan", "joop", "johan", "hannes", "jo"), "willem": ("wim", "pim"),
    "jacobus": ("koos", "sjaak", "jaap", "co"), "geertruida": ("truus", "geertje"), "hendrik": ("henk", "rik", "hein"),
    "gerardus": ("gerard", "gert", "gerrit"), "adrianus": ("arie", "janus"), "theodorus": ("theo", "dorus", "door"), "nicolaas": ("klaas", "niek"),
    "petronella": ("nel", "nelleke", "pietje"), "wilhelmina": ("mien", "mina", "wil", "willy"), "catharina": ("tineke", "ria", "toos", "trijntje"),
    # sv
    "karl": ("kalle",), "lars": ("lasse",), "nils": ("nisse",), "per": ("pelle",), "olof": ("olle",), "bo": ("bosse",),
    "lennart": ("lelle", "lenny"), "kristina": ("kicki", "stina", "tina"), "christina": ("kicki", "stina", "tina"),
    "margareta": ("maggan", "greta", "meta"), "elisabet": ("lisa", "lisbet", "betty", "elsa"), "jan": ("janne",), "anders": ("ante",),
    "ingrid": ("inga",), "birgitta": ("bittan", "britta", "gittan"), "magnus": ("mange",), "gustav": ("gurra", "gus"),
}


def familiar_form(word: str, first_name: str) -> bool:
    """`word` (folded) is a familiar form of the folded `first_name` that the table knows."""
    return word in _FORMS.get(first_name, ())
