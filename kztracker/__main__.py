from kztracker.cli import main

raise SystemExit(main())
