import sys

from ftpwizard.commands.main import main

sys.exit(main())
