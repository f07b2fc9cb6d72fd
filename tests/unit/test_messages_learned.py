"""The learned heads beside the message rules: fitting, deciding, weights on disk, and how extraction uses them.

Messages here are written for these tests (not taken from the labelled sets)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from composer.messages import learned
from composer.messages.extract import extract
from composer.messages.learned import KINDS, Head, Model
from composer.messages.models import Kind
from composer.messages.times import TimeSpan
from composer.messages.train import _places, fit_binary, fit_softmax, time_rows
from composer.messages.evaluate import Case

MOVE = ("Hi Sam,\n\nSomething came up for our budget review on Tuesday 8 December at 10am. "
        "Could we do Thursday 10 December at 3pm instead?\n\nThanks,\nRuth")


def test_fit_binary_separates_a_clear_cue() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 3))
    y = (x[:, 1] > 0).astype(float)
    head = fit_binary(x, y, l2=0.1)
    p = 1 / (1 + np.exp(-head.logits(x)))
    assert ((p > 0.5) == (y > 0.5)).mean() > 0.95
    assert abs(head.w[1]) > 5 * max(abs(head.w[0]), abs(head.w[2]))


def test_fit_softmax_learns_three_classes() -> None:
    x = np.repeat(np.eye(3), 30, axis=0) + 0.01 * np.arange(90)[:, None] % 0.05
    y = np.repeat(np.arange(3), 30)
    head = fit_softmax(x, y, 3, l2=0.01, steps=500)
    assert (np.argmax(head.logits(x), axis=1) == y).all()


def test_weights_round_trip(tmp_path) -> None:
    h = Head(np.array([1.0, -2.0]), np.array(0.5), np.zeros(2), np.ones(2))
    k = Head(np.ones((2, len(KINDS))), np.zeros(len(KINDS)), np.zeros(2), np.ones(2))
    path = tmp_path / "w.npz"
    learned.save(path, Model(meeting=h, kind=k, meta={"time_gate": 0.7}))
    back = learned.read(path)
    assert back.proposed is None and back.meta["time_gate"] == 0.7
    assert np.allclose(back.meeting.w, h.w) and back.kind.w.shape == (2, len(KINDS))


def _span(text: str, part: str, day: bool = True, clock: bool = True) -> TimeSpan:
    i = text.index(part)
    return TimeSpan(part, i, i + len(part), None, day, clock)


def test_decide_times_keeps_the_rules_when_the_head_agrees_and_overrules_when_sure() -> None:
    text = "Tuesday at 10 is off; Thursday at 3 works."
    a, b = _span(text, "Tuesday at 10"), _span(text, "Thursday at 3")
    x = np.array([[1.0], [0.0]])  # one feature: "the rules call this the meeting"
    agree = Model(meeting=Head(np.array([6.0]), np.array(-3.0), np.zeros(1), np.ones(1)),
                  proposed=Head(np.array([-6.0]), np.array(3.0), np.zeros(1), np.ones(1)), meta={"time_gate": 0.8})
    m, p, conf = learned.decide_times(agree, x, [a, b], a, [b])
    assert m is a and p == [b] and conf[a.start] > 0.9
    flip = Model(meeting=Head(np.array([-6.0]), np.array(3.0), np.zeros(1), np.ones(1)), meta={"time_gate": 0.8})
    m, p, _ = learned.decide_times(flip, x, [a, b], a, [b])
    assert m is b and p == []  # the head is sure the other one is the meeting's; it is no offer then
    unsure = Model(meeting=Head(np.array([0.0]), np.array(0.0), np.zeros(1), np.ones(1)), meta={"time_gate": 0.8})
    assert learned.decide_times(unsure, x, [a, b], a, [b])[0] is a  # a coin toss never overrules the rules


def test_decide_kind_needs_the_gate_to_overrule() -> None:
    w = np.zeros((1, len(KINDS)))
    b = np.zeros(len(KINDS))
    b[KINDS.index(Kind.policy_question)] = 2.0
    model = Model(kind=Head(w, b, np.zeros(1), np.ones(1)), meta={"kind_gate": 0.9})
    assert learned.decide_kind(model, np.zeros(1), Kind.cancellation)[0] is Kind.cancellation
    sure = Model(kind=Head(w, b * 5, np.zeros(1), np.ones(1)), meta={"kind_gate": 0.9})
    assert learned.decide_kind(sure, np.zeros(1), Kind.cancellation)[0] is Kind.policy_question
    assert learned.decide_kind(None, np.zeros(1), Kind.other) == (Kind.other, None)


def test_features_have_one_row_per_candidate_and_name_every_column() -> None:
    with learned.use(None), learned.recording() as rows:
        extract(MOVE, today=date(2026, 12, 4))
    times = next(r for r in rows if r["what"] == "times")
    kind = next(r for r in rows if r["what"] == "kind")
    assert times["x"].shape == (len(times["spans"]), len(learned.TIME_FEATURES)) and len(times["spans"]) == 2
    assert kind["x"].shape == (len(learned.KIND_FEATURES),)
    rule_meeting = learned.TIME_FEATURES.index("rule_meeting")
    assert list(times["x"][:, rule_meeting]) == [1.0, 0.0]


def test_gold_roles_come_from_where_the_labels_stand() -> None:
    with learned.use(None), learned.recording() as rows:
        extract(MOVE, today=date(2026, 12, 4))
    case = Case(id="t", message=MOVE, expected={"meeting_time": "Tuesday 8 December at 10am",
                                                "proposed_times": ["Thursday 10 December at 3pm"]})
    x, ym, yp = time_rows(case, rows)
    assert list(ym) == [1.0, 0.0] and list(yp) == [0.0, 1.0]
    assert _places("A b a", ["a"]) == [(0, 1), (4, 5)]


def test_a_model_in_use_changes_the_extraction_and_none_restores_the_rules() -> None:
    with learned.use(None):
        rules = extract(MOVE, today=date(2026, 12, 4))
    assert rules.meeting_time == "Tuesday 8 December at 10am" and rules.proposed_times == ["Thursday 10 December at 3pm"]
    d = len(learned.TIME_FEATURES)
    w = np.zeros(d)
    w[learned.TIME_FEATURES.index("last")] = 8.0  # a deliberately wrong head: "the last time is the meeting's"
    wrong = Model(meeting=Head(w, np.array(-4.0), np.zeros(d), np.ones(d)), meta={"time_gate": 0.8})
    with learned.use(wrong):
        found = extract(MOVE, today=date(2026, 12, 4))
    assert found.meeting_time == "Thursday 10 December at 3pm" and found.proposed_times == []
    with learned.use(None):
        assert extract(MOVE, today=date(2026, 12, 4)).meeting_time == rules.meeting_time


def test_weights_on_disk_load_offline_and_extraction_uses_them(monkeypatch, tmp_path) -> None:
    """A weights file where the package keeps it is read with no network and applied to every extraction (kind head
    with the e5 vector, as train.py writes it). No file is shipped this round (see docs/messages.md)."""
    import socket

    def no_network(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("network is off in this test")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    d = len(learned.KIND_FEATURES) + 384
    b = np.zeros(len(KINDS))
    b[KINDS.index(Kind.policy_question)] = 20.0  # a head that reads every message as a policy question
    path = tmp_path / "roles.npz"
    learned.save(path, Model(kind=Head(np.zeros((d, len(KINDS))), b, np.zeros(d), np.ones(d)),
                             meta={"kind_embed": True, "kind_gate": 0.8}))
    monkeypatch.setattr(learned, "weights_path", lambda: path)
    learned.shipped.cache_clear()
    try:
        model = learned.shipped()
        assert model is not None and learned.current() is model and model.meta["kind_embed"]
        seen: list[object] = []
        real = learned.decide_kind

        def spy(m, x, rule):  # type: ignore[no-untyped-def]
            seen.append((m, x.shape))
            return real(m, x, rule)

        monkeypatch.setattr(learned, "decide_kind", spy)
        found = extract(MOVE, today=date(2026, 12, 4))
        assert seen == [(model, (d,))] and found.kind is Kind.policy_question
    finally:
        learned.shipped.cache_clear()
    with learned.use(None):
        assert extract(MOVE, today=date(2026, 12, 4)).kind is Kind.reschedule_request


@pytest.mark.parametrize("field", ["meeting", "proposed", "kind"])
def test_shipped_weights_are_only_heads_that_were_measured(field: str) -> None:
    model = learned.shipped()
    if model is None:
        assert not learned.weights_path().exists()
        return
    head = getattr(model, field)
    if head is not None:
        assert "leave_one_set_out" in model.meta and np.isfinite(head.w).all()
