"""JSON-weergave volgens het programmacontract (versie 1), met vaste sleutelvolgorde."""

from __future__ import annotations

from trainingsplanner.programma import Programma


def render(programma: Programma) -> str:
    return programma.model_dump_json(indent=2) + "\n"
