"""Maakt `python -m trainingsplanner` gelijk aan de opdracht `plan`."""

from trainingsplanner.cli.start import main

main()
