"""Gedeelde stukken van de opdrachtregel: opties, formaten en het laden van de catalogus.

Elke opdracht zet opties om, roept één bibliotheekfunctie aan en kiest de exit code; wat
daarbij gedeeld wordt, staat hier. Zware bibliotheken worden pas in de opdrachten geladen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from trainingsplanner.cli.rand import over
from trainingsplanner.formaat import BIJNAMEN, Formaat

if TYPE_CHECKING:
    from trainingsplanner.catalogus import Catalogus


def formaatoptie(*keuzes: Formaat, uitleg: str) -> Any:
    """`--format` met alleen de formaten van deze opdracht (en hun bijnamen, zoals `text`).

    De waarde komt als `Formaat` binnen en gaat zo naar de bibliotheek.
    """
    namen: list[str] = []
    for keuze in keuzes:
        namen += [keuze.value, *(b for b, f in BIJNAMEN.items() if f is keuze)]

    def kies(waarde: str | Formaat) -> Formaat:
        if isinstance(waarde, Formaat):
            return waarde
        if waarde not in namen:
            raise ValueError(f"{waarde!r} kan niet; kies uit {', '.join(map(repr, namen))}")
        return Formaat(waarde)

    return typer.Option("--format", parser=kies, metavar=f"<{'|'.join(namen)}>", help=uitleg)


TekstOfJson = Annotated[
    Formaat,
    formaatoptie(
        Formaat.tekst, Formaat.json, uitleg="tekst (tabel of platte tekst; ook: text) of json."
    ),
]
CatalogusOptie = Annotated[
    Path | None,
    typer.Option(
        "--catalogus",
        help="Map met een eigen (bewerkte) catalogus; standaard de meegeleverde.",
        show_default=False,
    ),
]
GemeenteOptie = Annotated[
    Path,
    typer.Option(
        "--gemeente",
        help="Het gemeenteprofiel (YAML), of een map met profielen.",
        show_default=False,
    ),
]


def laad_catalogus(map: Path | None) -> Catalogus:
    """De catalogus; is hij niet te gebruiken, dan meldt de rand de problemen met plek (exit 2)."""
    from trainingsplanner.catalogus.laden import laad_catalogus as laad

    with over("de catalogus"):
        return laad(map)
