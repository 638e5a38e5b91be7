"""Weergaven van een programma: één module per formaat. Weergaven beslissen niets."""
