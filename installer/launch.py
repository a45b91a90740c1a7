"""The frozen program's entry point: the same `main()` as the `ftpwizard` command of an installed package.

(Not named ftpwizard.py: PyInstaller puts this folder on the import path, and that name would hide the package.)
"""

import sys

from ftpwizard.commands.main import main

if __name__ == "__main__":
    sys.exit(main())
