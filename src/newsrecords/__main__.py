"""``python -m newsrecords``: the same as the ``newsrecords`` command."""

import sys

from .cli import main

sys.exit(main())
