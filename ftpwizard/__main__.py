import sys

from ftpwizard.cli import main

sys.exit(main())
