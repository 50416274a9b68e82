"""The learned chrome lexicon's line scores do not depend on the process's hash seed."""

from __future__ import annotations

import os
import subprocess
import sys

CODE = (
    "from newsgraph.extract.lexicon import line_scores\n"
    "lexicon = {'advertisement': 2.3, 'story': -0.7, 'continue': 1.1, 'reading': 0.9, 'below': 0.3, 'the': -0.1}\n"
    "print(repr(line_scores('Advertisement - story continues below: continue reading the story', lexicon)))\n"
)


def test_line_scores_are_the_same_under_any_hash_seed():
    """Word sets iterate in a per-process order; the scores (and so the trees' splits) must not."""
    outputs = {
        subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
        for seed in range(6)
    }
    assert len(outputs) == 1
