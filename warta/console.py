"""What the command line shares: one-line messages on stderr and the exit statuses."""
from __future__ import annotations

import sys

from tqdm import tqdm

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def say(message: str) -> None:
    tqdm.write(f"warta: {message}", file=sys.stderr)  # above a running progress bar, not through it
