"""`plan leerdoelwijzer`: vragenlijst per team maken en antwoorden importeren (R2.2)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from trainingsplanner.cli.opties import (
    CatalogusOptie,
    GemeenteOptie,
    UitvoermapOptie,
    laad_catalogus,
    maak_map,
)

leerdoelwijzer_app = typer.Typer(
    help="De leerdoelwijzer (stap 2, R2.2): vragenlijst per team, en antwoorden omzetten in teamleerdoelen.",
    no_args_is_help=True,
)


@leerdoelwijzer_app.command(
    "create",
    epilog="Voorbeeld: plan leerdoelwijzer create --gemeente gemeente.yaml --out vragenlijsten",
)
def leerdoelwijzer_create(
    gemeente: GemeenteOptie,
    out: UitvoermapOptie,
    team: Annotated[str | None, typer.Option("--team", help="Alleen voor dit team.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Vervang bestaande bestanden.")] = False,
    catalogus: CatalogusOptie = None,
) -> None:
    """Maak per team een vragenlijst: HTML om te printen, CSV en XLSX om in te vullen of te importeren."""
    from trainingsplanner.cli import leerdoelwijzer_opdracht as opdracht_leerdoelwijzer

    cat = laad_catalogus(catalogus)
    maak_map(out)
    raise typer.Exit(opdracht_leerdoelwijzer.maak(gemeente, team, out, force, cat))


@leerdoelwijzer_app.command(
    "import",
    epilog="Voorbeeld: plan leerdoelwijzer import antwoorden.csv --gemeente gemeente.yaml --dry-run",
)
def leerdoelwijzer_import(
    antwoorden: Annotated[
        Path, typer.Argument(metavar="ANTWOORDEN", help="CSV (Excel, ;) of XLSX met de antwoorden.")
    ],
    gemeente: GemeenteOptie,
    drempel: Annotated[
        float | None,
        typer.Option(
            "--drempel",
            min=0.01,
            max=1.0,
            help="Deel van de respondenten vanaf waar een element teamleerdoel wordt (standaard uit de catalogus, 0.3).",
        ),
    ] = None,
    droog: Annotated[
        bool, typer.Option("--dry-run", help="Toon alleen de wijziging; pas het profiel niet aan.")
    ] = False,
    catalogus: CatalogusOptie = None,
) -> None:
    """Tel de antwoorden per team en zet de teamleerdoelen in het profiel (met reservekopie)."""
    from trainingsplanner.cli import leerdoelwijzer_opdracht as opdracht_leerdoelwijzer

    raise typer.Exit(
        opdracht_leerdoelwijzer.importeer(
            antwoorden, gemeente, drempel, droog, laad_catalogus(catalogus)
        )
    )
