"""The bundle's entry script: both executables run the command line; with no command it opens
the window (kztracker-gui is the same program without a console window on Windows)."""

from kztracker.cli import main

raise SystemExit(main())
