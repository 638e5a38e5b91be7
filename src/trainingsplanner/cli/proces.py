"""Wat het eigen proces van `plan` weet: of het kortlevend is (`cli/start.py`), en wat tot het
einde mag blijven liggen. Zonder imports: elke opdracht mag hem gebruiken zonder kring."""

from __future__ import annotations

KORTLEVEND = False
"""Waar als `plan` als eigen proces draait (`cli/start.main`), niet als de cli in een ander
proces draait (de tests, een bibliotheek)."""
_BEWAARD: list[object] = []


def bewaar_tot_einde(waarde: object) -> None:
    """Laat `waarde` niet stuk voor stuk opruimen: het programma voor 600 teams is ~400.000
    objecten, en die één voor één loslaten kost ~30 ms (bench/tijdlijn.py). Met `os._exit`
    (`cli/start._sluit_af`) geeft het besturingssysteem dat geheugen in één keer terug; anders
    ruimt Python het bij het stoppen op. Alleen in een eigen proces van `plan`, en alleen voor
    wat één keer per proces ontstaat (niet per profiel in een map)."""
    if KORTLEVEND:
        _BEWAARD.append(waarde)
