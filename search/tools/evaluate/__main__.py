import sys

from search.tools.evaluate import main

sys.exit(main())
