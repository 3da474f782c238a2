#!/usr/bin/env python3
"""score.py OUTDIR: this blind probe set's figures, from ``../score.py`` (run from the project root:
``python benchmarks/probes/heldout25/score.py /tmp/heldout25``)."""
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv = [str(HERE.parent / "score.py"), str(HERE), *sys.argv[1:]]
runpy.run_path(sys.argv[0], run_name="__main__")
