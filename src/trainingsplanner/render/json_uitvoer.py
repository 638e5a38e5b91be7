"""JSON-weergave volgens het programmacontract (versie 1), met vaste sleutelvolgorde."""

from __future__ import annotations

from trainingsplanner.programma import Programma


def render(programma: Programma) -> bytes:
    """Het programma als JSON in UTF-8, twee spaties ingesprongen, met een regeleinde aan het
    eind. Bytes, geen tekst: pydantic maakt bytes, en bij 600 teams (20 MB) kost een str
    ertussen ~60 ms aan omzetten heen (`model_dump_json`) en terug (bij het schrijven)."""
    return programma.__pydantic_serializer__.to_json(programma, indent=2) + b"\n"
