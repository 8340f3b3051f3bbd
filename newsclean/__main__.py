"""``python -m newsclean`` runs the command."""

from newsclean._cli.main import main

raise SystemExit(main())
