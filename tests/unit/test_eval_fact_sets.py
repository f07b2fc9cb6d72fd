"""The held-out fact sets v6 to v25 (evals/facts/vN.jsonl) stay valid, match their hand-written sources and are new.

One test per property, run over each set; a set is compared with every set written before it."""

from __future__ import annotations

import collections

import pytest

from tests.support.evalsets import ROOT, lines, script as _load

FACTS = ROOT / "evals/facts"
ORDER = ("dev", "test", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25")
SETS = ("v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25")
# sets with 14 fault kinds, 7 each (v16 to v24 add duration_wrong and colleague_wrong: 16 kinds, see their own test)
SIXTEEN_KINDS = ("v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25")
FOURTEEN_KINDS = tuple(s for s in SETS if s not in SIXTEEN_KINDS)
# sets dated in 2028 to 2033: a date written without a year is read as the one nearest the record's reference date
YEAR_FROM_TODAY = frozenset({"v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25"})
LANGS = ("fr", "it", "nl", "sv", "en")


def _lines(name: str) -> list[dict]:
    return lines(FACTS / f"{name}.jsonl")


def _built(split: str) -> list[dict]:
    """The records a set's sources give: v10 to v25 have their own thin builders (ids prefixed "v10-" ...), the others the v3 one."""
    own = _load(FACTS / f"{split}_build.py", f"facts_{split}_build")
    if hasattr(own, "records"):
        return own.records()
    return _load(FACTS / "v3_build.py", "facts_v3_build").records(split)


def _older(split: str) -> tuple[str, ...]:
    return tuple(f"{s}.jsonl" for s in ORDER[: ORDER.index(split)])


@pytest.mark.parametrize("split", SETS)
def test_the_set_is_valid_and_built_from_its_sources(split: str) -> None:
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    records = _lines(split)
    assert records == _built(split)
    older = [r for o in _older(split) for r in lines(FACTS / o)]
    assert check.check(records, older, split=split, today=None, year_from_today=split in YEAR_FROM_TODAY) == []
    assert len(records) == 200
    for lang in LANGS:
        labels = [r["label"] for r in records if r["language"] == lang]
        assert labels.count("correct") == 20 and labels.count("flawed") == 20
        intents = {r["situation"]["intent"] for r in records if r["language"] == lang and r["label"] == "correct"}
        assert len(intents) == 9


@pytest.mark.parametrize("split", SETS)
def test_the_set_uses_its_own_reference_dates(split: str) -> None:
    older_todays = {r["today"] for o in _older(split) for r in lines(FACTS / o)}
    todays = collections.Counter(r["today"] for r in _lines(split))
    assert len(todays) == 5 and set(todays.values()) == {40}
    assert not set(todays) & older_todays


@pytest.mark.parametrize("split", ("v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25"))
def test_the_set_spreads_its_dates_over_the_languages(split: str) -> None:
    for lang in LANGS:
        per_lang = collections.Counter(r["today"] for r in _lines(split) if r["language"] == lang)
        assert set(per_lang.values()) == {8}
        labels = collections.Counter((r["today"], r["label"]) for r in _lines(split) if r["language"] == lang)
        assert set(labels.values()) == {4}


@pytest.mark.parametrize("split", FOURTEEN_KINDS)
def test_the_set_spreads_fault_kinds_evenly(split: str) -> None:
    records = _lines(split)
    faults = collections.Counter(r["fault"] for r in records if r["fault"])
    # the whole-draft neighbour language is a Swedish-only fault (Norwegian, Danish); every other kind 7 times
    assert faults.pop("wrong_language_neighbour") == 2
    assert len(faults) == 14 and set(faults.values()) == {7}
    assert {r["language"] for r in records if r["fault"] == "wrong_language_neighbour"} == {"sv"}
    for lang in LANGS:
        assert len({r["fault"] for r in records if r["language"] == lang and r["fault"]}) >= 14


@pytest.mark.parametrize("split", SETS)
def test_the_set_shares_no_person_or_meeting_with_older_sets(split: str) -> None:
    newness = _load(FACTS / "v3_newness.py", "facts_v3_newness")
    assert newness.main(f"{split}.jsonl", _older(split)) == 0


@pytest.mark.parametrize("split", SIXTEEN_KINDS)
def test_the_set_spreads_all_sixteen_fault_kinds_over_every_language(split: str) -> None:
    records = _lines(split)
    faults = collections.Counter(r["fault"] for r in records if r["fault"])
    # Swedish-only whole-draft neighbour language (Norwegian, Danish); the other 16 kinds 6 or 7 times each
    assert faults.pop("wrong_language_neighbour") == 2
    assert {r["language"] for r in records if r["fault"] == "wrong_language_neighbour"} == {"sv"}
    assert len(faults) == 16 and set(faults.values()) <= {6, 7} and sum(faults.values()) == 98
    assert {"duration_wrong", "colleague_wrong"} <= set(faults)
    for lang in LANGS:
        assert {r["fault"] for r in records if r["language"] == lang and r["fault"]} >= set(faults)


def test_v16_ids_carry_the_set_prefix_and_dates_lie_in_the_first_half_of_2030() -> None:
    records = _lines("v16")
    assert all(r["id"].startswith("v16-") and r["situation"]["id"] == r["id"] for r in records)
    assert all("2030-01-01" <= r["today"] <= "2030-06-30" for r in records)


def test_the_v16_validator_finds_a_broken_weekday() -> None:
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    good = next(r for r in _lines("v16") if r["label"] == "correct" and "jeudi 2 mai" in r["body"])
    broken = {**good, "body": good["body"].replace("jeudi 2 mai", "vendredi 2 mai")}
    errors = check.check([broken], [], split="v16", today=None, year_from_today=True)
    assert any("unintended weekday mismatch" in e for e in errors)


def test_v17_ids_carry_the_set_prefix_and_dates_lie_in_the_second_half_of_2030() -> None:
    records = _lines("v17")
    assert all(r["id"].startswith("v17-") and r["situation"]["id"] == r["id"] for r in records)
    assert all("2030-07-01" <= r["today"] <= "2030-12-31" for r in records)


def test_the_v17_validator_finds_a_broken_weekday() -> None:
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    good = next(r for r in _lines("v17") if r["label"] == "correct" and "lundi 2 décembre" in r["body"])
    broken = {**good, "body": good["body"].replace("lundi 2 décembre", "mardi 2 décembre")}
    errors = check.check([broken], [], split="v17", today=None, year_from_today=True)
    assert any("unintended weekday mismatch" in e for e in errors)


def test_v18_ids_carry_the_set_prefix_and_dates_lie_in_the_first_half_of_2031() -> None:
    records = _lines("v18")
    assert all(r["id"].startswith("v18-") and r["situation"]["id"] == r["id"] for r in records)
    assert all("2031-01-01" <= r["today"] <= "2031-06-30" for r in records)


def test_the_v18_validator_finds_a_broken_weekday() -> None:
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    good = next(r for r in _lines("v18") if r["label"] == "correct" and "vendredi 16 mai" in r["body"])
    broken = {**good, "body": good["body"].replace("vendredi 16 mai", "samedi 16 mai")}
    errors = check.check([broken], [], split="v18", today=None, year_from_today=True)
    assert any("unintended weekday mismatch" in e for e in errors)


def test_v19_ids_carry_the_set_prefix_and_dates_lie_in_the_second_half_of_2031() -> None:
    records = _lines("v19")
    assert all(r["id"].startswith("v19-") and r["situation"]["id"] == r["id"] for r in records)
    assert all("2031-07-01" <= r["today"] <= "2031-12-31" for r in records)


def test_the_v19_validator_finds_a_broken_weekday() -> None:
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    good = next(r for r in _lines("v19") if r["label"] == "correct" and "jeudi 24 juillet" in r["body"])
    broken = {**good, "body": good["body"].replace("jeudi 24 juillet", "vendredi 24 juillet")}
    errors = check.check([broken], [], split="v19", today=None, year_from_today=True)
    assert any("unintended weekday mismatch" in e for e in errors)


def test_v20_ids_carry_the_set_prefix_and_dates_lie_in_the_first_half_of_2032() -> None:
    records = _lines("v20")
    assert all(r["id"].startswith("v20-") and r["situation"]["id"] == r["id"] for r in records)
    assert all("2032-01-01" <= r["today"] <= "2032-06-30" for r in records)


def test_the_v20_validator_finds_a_broken_weekday() -> None:
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    good = next(r for r in _lines("v20") if r["label"] == "correct" and "mercredi 21 janvier" in r["body"])
    broken = {**good, "body": good["body"].replace("mercredi 21 janvier", "jeudi 21 janvier")}
    errors = check.check([broken], [], split="v20", today=None, year_from_today=True)
    assert any("unintended weekday mismatch" in e for e in errors)


def test_v21_ids_carry_the_set_prefix_and_dates_lie_in_the_second_half_of_2032() -> None:
    records = _lines("v21")
    assert all(r["id"].startswith("v21-") and r["situation"]["id"] == r["id"] for r in records)
    assert all("2032-07-01" <= r["today"] <= "2032-12-31" for r in records)


def test_the_v21_validator_finds_a_broken_weekday() -> None:
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    good = next(r for r in _lines("v21") if r["label"] == "correct" and "mercredi 21 juillet" in r["body"])
    broken = {**good, "body": good["body"].replace("mercredi 21 juillet", "jeudi 21 juillet")}
    errors = check.check([broken], [], split="v21", today=None, year_from_today=True)
    assert any("unintended weekday mismatch" in e for e in errors)


def test_v22_ids_carry_the_set_prefix_and_dates_lie_in_the_first_half_of_2033() -> None:
    records = _lines("v22")
    assert all(r["id"].startswith("v22-") and r["situation"]["id"] == r["id"] for r in records)
    assert all("2033-01-01" <= r["today"] <= "2033-06-30" for r in records)


def test_the_v22_validator_finds_a_broken_weekday() -> None:
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    good = next(r for r in _lines("v22") if r["label"] == "correct" and "jeudi 3 février" in r["body"])
    broken = {**good, "body": good["body"].replace("jeudi 3 février", "vendredi 3 février")}
    errors = check.check([broken], [], split="v22", today=None, year_from_today=True)
    assert any("unintended weekday mismatch" in e for e in errors)


def test_v23_ids_carry_the_set_prefix_and_dates_lie_in_the_second_half_of_2033() -> None:
    records = _lines("v23")
    assert all(r["id"].startswith("v23-") and r["situation"]["id"] == r["id"] for r in records)
    assert all("2033-07-01" <= r["today"] <= "2033-12-31" for r in records)


def test_the_v23_validator_finds_a_broken_weekday() -> None:
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    good = next(r for r in _lines("v23") if r["label"] == "correct" and "mercredi 7 décembre" in r["body"])
    broken = {**good, "body": good["body"].replace("mercredi 7 décembre", "jeudi 7 décembre")}
    errors = check.check([broken], [], split="v23", today=None, year_from_today=True)
    assert any("unintended weekday mismatch" in e for e in errors)

def test_v10_ids_carry_the_set_prefix_and_dates_lie_in_the_first_half_of_2027() -> None:
    records = _lines("v10")
    assert all(r["id"].startswith("v10-") and r["situation"]["id"] == r["id"] for r in records)
    assert all("2027-01-01" <= r["today"] <= "2027-06-30" for r in records)


def test_v11_ids_carry_the_set_prefix_and_dates_lie_in_the_second_half_of_2027() -> None:
    records = _lines("v11")
    assert all(r["id"].startswith("v11-") and r["situation"]["id"] == r["id"] for r in records)
    assert all("2027-07-01" <= r["today"] <= "2027-12-31" for r in records)


def test_v12_ids_carry_the_set_prefix_and_dates_lie_in_the_first_half_of_2028() -> None:
    records = _lines("v12")
    assert all(r["id"].startswith("v12-") and r["situation"]["id"] == r["id"] for r in records)
    assert all("2028-01-01" <= r["today"] <= "2028-06-30" for r in records)


def test_v13_ids_carry_the_set_prefix_and_dates_lie_in_the_second_half_of_2028() -> None:
    records = _lines("v13")
    assert all(r["id"].startswith("v13-") and r["situation"]["id"] == r["id"] for r in records)
    assert all("2028-07-01" <= r["today"] <= "2028-12-31" for r in records)


def test_v14_ids_carry_the_set_prefix_and_dates_lie_in_the_first_half_of_2029() -> None:
    records = _lines("v14")
    assert all(r["id"].startswith("v14-") and r["situation"]["id"] == r["id"] for r in records)
    assert all("2029-01-01" <= r["today"] <= "2029-06-30" for r in records)


def test_v15_ids_carry_the_set_prefix_and_dates_lie_in_the_second_half_of_2029() -> None:
    records = _lines("v15")
    assert all(r["id"].startswith("v15-") and r["situation"]["id"] == r["id"] for r in records)
    assert all("2029-07-01" <= r["today"] <= "2029-12-31" for r in records)


def test_the_v15_validator_finds_a_broken_weekday() -> None:
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    good = next(r for r in _lines("v15") if r["label"] == "correct" and "lundi 23 juillet" in r["body"])
    broken = {**good, "body": good["body"].replace("lundi 23 juillet", "mardi 23 juillet")}
    errors = check.check([broken], [], split="v15", today=None, year_from_today=True)
    assert any("unintended weekday mismatch" in e for e in errors)


def test_the_v14_validator_finds_a_broken_weekday() -> None:
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    good = next(r for r in _lines("v14") if r["label"] == "correct" and "jeudi 22 mars" in r["body"])
    broken = {**good, "body": good["body"].replace("jeudi 22 mars", "vendredi 22 mars")}
    errors = check.check([broken], [], split="v14", today=None, year_from_today=True)
    assert any("unintended weekday mismatch" in e for e in errors)


def test_the_v13_validator_finds_a_broken_weekday() -> None:
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    good = next(r for r in _lines("v13") if r["label"] == "correct" and "mercredi 26 juillet" in r["body"])
    broken = {**good, "body": good["body"].replace("mercredi 26 juillet", "jeudi 26 juillet")}
    errors = check.check([broken], [], split="v13", today=None, year_from_today=True)
    assert any("unintended weekday mismatch" in e for e in errors)




def test_a_yearless_date_is_read_in_the_year_nearest_the_reference_date() -> None:
    import datetime as dt

    weekdays = _load(FACTS / "validate.py", "facts_validate").dated_weekdays
    leap = "Le mardi 29 février à 10 h"
    assert [ok for _, _, ok in weekdays(leap, dt.date(2028, 2, 22))] == [True]
    assert [ok for _, _, ok in weekdays(leap)] == [False]  # no 29 February in 2027, the old sets' year
    assert [d for _, d, _ in weekdays("Monday 27 December", dt.date(2028, 1, 3))] == [dt.date(2027, 12, 27)]
    assert [ok for _, _, ok in weekdays("mercredi 29 février", dt.date(2028, 2, 22))] == [False]


def test_the_v12_validator_finds_a_broken_weekday() -> None:
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    records = _lines("v12")
    good = next(r for r in records if r["label"] == "correct" and "mardi 25 janvier" in r["body"])
    broken = {**good, "body": good["body"].replace("mardi 25 janvier", "mercredi 25 janvier")}
    errors = check.check([broken], [], split="v12", today=None, year_from_today=True)
    assert any("unintended weekday mismatch" in e for e in errors)


def test_v24_ids_carry_the_set_prefix_and_dates_lie_in_the_first_half_of_2034() -> None:
    records = _lines("v24")
    assert all(r["id"].startswith("v24-") and r["situation"]["id"] == r["id"] for r in records)
    assert all("2034-01-01" <= r["today"] <= "2034-06-30" for r in records)


def test_the_v24_validator_finds_a_broken_weekday() -> None:
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    good = next(r for r in _lines("v24") if r["label"] == "correct" and "jeudi 26 janvier" in r["body"])
    broken = {**good, "body": good["body"].replace("jeudi 26 janvier", "vendredi 26 janvier")}
    errors = check.check([broken], [], split="v24", today=None, year_from_today=True)
    assert any("unintended weekday mismatch" in e for e in errors)


def test_v25_ids_carry_the_set_prefix_and_dates_lie_in_the_second_half_of_2034() -> None:
    records = _lines("v25")
    assert all(r["id"].startswith("v25-") and r["situation"]["id"] == r["id"] for r in records)
    assert all("2034-07-01" <= r["today"] <= "2034-12-31" for r in records)


def test_the_v25_validator_finds_a_broken_weekday() -> None:
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    good = next(r for r in _lines("v25") if r["label"] == "correct" and "jeudi 21 septembre" in r["body"])
    broken = {**good, "body": good["body"].replace("jeudi 21 septembre", "vendredi 21 septembre")}
    errors = check.check([broken], [], split="v25", today=None, year_from_today=True)
    assert any("unintended weekday mismatch" in e for e in errors)
