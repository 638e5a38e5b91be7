"""Gedeelde stukken van de opdrachtregel: opties, formaten en het melden van invoerfouten.

Elke opdracht zet opties om, roept één bibliotheekfunctie aan en kiest de exit code; wat
daarbij gedeeld wordt, staat hier. Zware bibliotheken worden pas in de opdrachten geladen.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

if TYPE_CHECKING:
    from trainingsplanner.catalogus import Catalogus
    from trainingsplanner.fouten import InvoerFout


class Formaat(StrEnum):
    tekst = "tekst"
    json = "json"


CatalogusOptie = Annotated[
    Path | None,
    typer.Option(
        "--catalogus",
        help="Map met een eigen (bewerkte) catalogus; standaard de meegeleverde.",
        show_default=False,
    ),
]
FormaatOptie = Annotated[
    Formaat, typer.Option("--format", help="tekst (tabel of platte tekst) of json.")
]


def stop_met_invoerfout(fout: InvoerFout, onderwerp: str) -> NoReturn:
    """Meld alle problemen samen en stop met exit 2 (onbruikbare invoer)."""
    from trainingsplanner.cli.uitvoer import print_problemen

    print_problemen(fout.problemen, onderwerp)
    raise typer.Exit(2)


def catalogus_of_stop(map: Path | None) -> Catalogus:
    """De catalogus, of een melding met plek en exit 2 als hij niet te gebruiken is."""
    from trainingsplanner.catalogus.laden import laad_catalogus
    from trainingsplanner.fouten import InvoerFout

    try:
        return laad_catalogus(map)
    except InvoerFout as fout:
        stop_met_invoerfout(fout, "de catalogus")


GemeenteOptie = Annotated[
    Path,
    typer.Option(
        "--gemeente",
        help="Het gemeenteprofiel (YAML), of een map met profielen.",
        show_default=False,
    ),
]
