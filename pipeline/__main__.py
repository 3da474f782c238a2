"""``python -m pipeline`` is the ``newsfacts`` command."""
import sys

from .cli import main

sys.exit(main())
