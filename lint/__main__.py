"""`python -m lint` runs the command line."""

import sys

from lint.cli import main

sys.exit(main())
