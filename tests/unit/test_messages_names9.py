"""Name families (extract9): letters beyond Latin-1, a signature with a bracketed role after the name, the Québec
"Allo" and Flemish "Goeiendag" greetings. Messages written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from composer.messages.extract import extract
from composer.models import Language as L


@pytest.mark.parametrize("signature,name", [
    ("Wanjirũ Kamau\nFinance Manager", "Wanjirũ Kamau"),
    ("Łukasz Wróbel", "Łukasz Wróbel"),
    ("Ștefan Popescu", "Ștefan Popescu"),
    ("Jo Whitfield (Matty's mum)", "Jo Whitfield"),
    ("R.J. (Rob) Timmermans", "R.J. (Rob) Timmermans"),
])
def test_the_client_s_name_in_the_signature(signature: str, name: str) -> None:
    text = f"Dear Ms Lee,\n\nCould we move Friday's session to Monday 8 March at 10?\n\nKind regards,\n{signature}"
    assert extract(text, today=date(2027, 3, 1), language=L.en).recipient_name == name


@pytest.mark.parametrize("lang,text,user", [
    (L.fr, "Allo Mélanie,\n\nOn se voit jeudi à 10h?\n\nMarc", "Mélanie"),
    (L.nl, "Goeiendag,\n\nKan het vrijdag om 10u?\n\nAn", None),
])
def test_greetings_are_not_names(lang: L, text: str, user: str | None) -> None:
    assert extract(text, today=date(2027, 3, 1), language=lang).sender_name == user
