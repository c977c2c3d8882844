import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
NUSADAILY = SHARED / "examples" / "nusadaily-2023-09-05-kim-putin.txt"
UD = SHARED / "data" / "ud-indonesian"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (example article and data sets) is absent")


def run_warta(*args, stdin: bytes | None = None, cwd=None) -> subprocess.CompletedProcess:
    """The real command line, in a child process."""
    return subprocess.run([sys.executable, "-m", "warta", *map(str, args)], input=stdin,
                          capture_output=True, cwd=cwd or ROOT, timeout=300)
