"""The meeting's name: nouns in apposition after the head (French, Italian), new heads, and the client's own side
("for our team") left out of the name, since the reply speaks from the user's side. Messages written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from composer.messages import extract

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize("text, meeting", [
    ("Bonjour,\nSerait-il possible de repousser l'atelier vidéo client de jeudi 10 décembre à 14h ?\nMerci,\nAnne", "l'atelier vidéo client"),
    ("Ciao,\ngiovedì alle 18 per la prova trucco non ce la faccio.\nScusa,\nGiulia", "la prova trucco"),
    ("Buongiorno,\nvorrei sapere come funziona la disdetta per le lezioni private di violino.\nGrazie,\nMarta", "le lezioni private di violino"),
    ("Hi Sam,\nCould we book a board briefing on Friday 11th at 8:30am?\nBest,\nKim", "board briefing"),
    ("Hej,\nVi vill boka en coachingsession med dig nästa vecka.\nMvh\nPer", "coachingsession"),
])
def test_meeting_names(text, meeting):
    assert extract(text, today=TODAY).meeting == meeting


@pytest.mark.parametrize("text, meeting", [
    ("Bonjour,\nNous aimerions une démonstration de votre logiciel auprès de notre équipe achats.\nCordialement,\nLéa", "démonstration de votre logiciel"),
    ("Hej,\nVi vill bjuda in er till ett uppstartsmöte om ventilationen för våra skolor i Umeå.\nHälsningar,\nEva", "uppstartsmöte om ventilationen"),
    ("Hi Sam,\nWe'd like a workshop on pricing for our sales team in January.\nBest,\nKim", "workshop on pricing"),
])
def test_the_clients_own_side_is_not_part_of_the_name(text, meeting):
    assert extract(text, today=TODAY).meeting == meeting
