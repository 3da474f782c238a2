"""``python -m pipeline`` is the ``newsfacts`` command."""
import sys

from pipeline.cli import main

sys.exit(main())
