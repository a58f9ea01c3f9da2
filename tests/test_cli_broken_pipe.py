"""A reader that is gone before the reply is written (`newsbot ask /summary | true`, or `| head` once it has its
lines) ends the command quietly: no traceback."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path}/x.db", "NEWSBOT_AUTO_SEED": "true",
           "PYTHONPATH": str(ROOT)}
    command = f"{sys.executable} -m bot ask /summary | true"
    run = subprocess.run(command, shell=True, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in run.stderr and "BrokenPipe" not in run.stderr
