"""De uitvoerformaten van `plan`: één opsomming voor elke opdracht en de bibliotheek.

Elke opdracht kiest welke formaten hij kent (de CLI toont alleen die), maar de waarde zelf
gaat ongewijzigd naar de bibliotheek. `text` is een Engelse bijnaam van `tekst`:
`Formaat("text") is Formaat.tekst`.
"""

from __future__ import annotations

from enum import StrEnum


class Formaat(StrEnum):
    tekst = "tekst"
    """Platte tekst of een tabel in de terminal."""
    md = "md"
    json = "json"
    html = "html"
    xlsx = "xlsx"
    """Een Excel-werkmap (binair)."""
    docx = "docx"
    """Een Word-document (binair)."""
    ics = "ics"
    """Een agenda (iCalendar) voor Outlook en andere agenda's."""

    @classmethod
    def _missing_(cls, waarde: object) -> Formaat | None:
        return BIJNAMEN.get(waarde) if isinstance(waarde, str) else None


BIJNAMEN: dict[str, Formaat] = {"text": Formaat.tekst}
"""Andere namen die de opdrachtregel voor een formaat aanneemt."""
