"""get_settings() reuses the last read only while every source is unchanged (env, config file)."""

from __future__ import annotations

import os

from composer.config import get_settings


def test_an_environment_change_is_read(monkeypatch):
    monkeypatch.setenv("TACTFUL_TOP_K", "3")
    assert get_settings().top_k == 3
    monkeypatch.setenv("TACTFUL_TOP_K", "5")
    assert get_settings().top_k == 5
    monkeypatch.delenv("TACTFUL_TOP_K")
    assert get_settings().top_k == 4


def test_a_config_file_change_is_read(monkeypatch, tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text('model = "first-model"\n', encoding="utf-8")
    monkeypatch.setenv("TACTFUL_CONFIG", str(cfg))
    monkeypatch.delenv("TACTFUL_MODEL", raising=False)
    assert get_settings().model == "first-model"
    cfg.write_text('model = "second-model-name"\n', encoding="utf-8")
    os.utime(cfg, ns=(1, 1))  # a different stamp even on a coarse clock
    assert get_settings().model == "second-model-name"
    cfg.unlink()
    assert get_settings().model == "gpt-4o-mini"


def test_a_changed_copy_does_not_leak_into_the_next_call(monkeypatch):
    monkeypatch.setenv("TACTFUL_TOP_K", "6")
    first = get_settings()
    first.top_k = 9
    assert get_settings().top_k == 6
    assert get_settings(top_k=2).top_k == 2
    assert get_settings().top_k == 6
