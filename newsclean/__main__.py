"""``python -m newsclean`` runs the command."""

from newsclean._cli import main

raise SystemExit(main())
