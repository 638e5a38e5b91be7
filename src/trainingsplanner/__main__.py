"""Maakt `python -m trainingsplanner` gelijk aan de opdracht `plan`."""

from trainingsplanner.cli import main

main()
