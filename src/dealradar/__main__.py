"""`python -m dealradar` runs the CLI even when the script is not on PATH."""

from dealradar.cli.app import main

main()
