"""The batch progress bar on a real terminal (a pseudo-terminal): it draws, counts, shows an ETA, then clears."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from composer.samples import make_situations

ROOT = Path(__file__).resolve().parents[2]
CHILD = [sys.executable, "-m", "tests.integration.test_batch_kill"]  # the CLI with canned guidance
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def run_on_a_terminal(args: list[str], *, columns: int = 120) -> tuple[int, str]:
    """Run with stdout and stderr on a pseudo-terminal; everything it drew, escape codes removed."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm-256color", "COLUMNS": str(columns)}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, cwd=ROOT, env=env)
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + 3600  # only a guard against a hung child, never a speed verdict (rule: no wall-clock thresholds)
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    os.close(master)
    return proc.wait(timeout=30), ANSI.sub("", b"".join(chunks).decode("utf-8", "replace"))


def test_progress_bar_with_eta_on_a_terminal(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in make_situations(1500)), encoding="utf-8")
    rc, screen = run_on_a_terminal([*CHILD, "batch", str(src), "-o", str(tmp_path / "out.jsonl"), "--concurrency", "2"])
    assert rc == 0, screen
    frames = re.findall(r"drafting .*?(\d+)/1500 (\d+:\d\d:\d\d) ETA (\S+)", screen)
    assert frames, screen[-2000:]
    done = [int(n) for n, _, _ in frames]
    assert done == sorted(done) and done[-1] > 0  # the count only goes up
    assert any(re.fullmatch(r"\d+:\d\d:\d\d", eta) for _, _, eta in frames)  # a real ETA once the rate is known
    assert "batch: 1500 items, 1500 ok, 0 failed" in screen  # the summary stays after the bar is cleared


def test_no_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in make_situations(20)), encoding="utf-8")
    p = subprocess.run([*CHILD, "batch", str(src), "-o", str(tmp_path / "out.jsonl")], capture_output=True, text=True,
                       cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120, check=False)
    assert p.returncode == 0 and p.stdout == ""
    assert p.stderr.splitlines()[-1].startswith("batch: 20 items, 20 ok, 0 failed") and "\x1b[" not in p.stderr
