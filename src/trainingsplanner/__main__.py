"""Maakt `python -m trainingsplanner` gelijk aan de opdracht `plan`."""

from trainingsplanner.start import main

main()
