"""`plan uitvoering incidenten`: het aantal GIR-meldingen per team en kwartaal (issue 15);
alleen aantallen, geen details van incidenten."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from trainingsplanner.cli.opties import CatalogusOptie, laad_catalogus
from trainingsplanner.cli.uitvoeringsdb import (
    DbOptie,
    DroogOptie,
    GemeenteOptie,
    optie,
    schrijven_in,
    voorrangoptie,
)

incidenten_app = typer.Typer(
    help="GIR-meldingen per team en kwartaal: alleen het aantal, geen details.",
    epilog="Voorbeeld: plan uitvoering incidenten record --team Balie --kwartaal 2027-K2 "
    "--aantal 3 --gemeente gemeente.yaml",
    no_args_is_help=True,
)


@incidenten_app.command(
    "record",
    epilog="Voorbeeld: plan uitvoering incidenten record --team Balie --kwartaal 2027-K2 "
    "--aantal 3 --gemeente gemeente.yaml",
)
def incidenten_record(
    team: Annotated[str, optie("--team", "Het team, zoals in het profiel.")],
    kwartaal: Annotated[str, optie("--kwartaal", "Het kwartaal: 2027-K2.")],
    aantal: Annotated[
        str,
        optie("--aantal", "Aantal GIR-meldingen in dat kwartaal."),
    ],
    gemeente: GemeenteOptie,
    db: DbOptie = None,
    catalogus: CatalogusOptie = None,
) -> None:
    """Leg het aantal GIR-meldingen van een team in een kwartaal vast (vervangt een eerder aantal)."""
    from trainingsplanner.bestanden.bronnen import toon_pad
    from trainingsplanner.cli.uitvoer import schrijf_uit
    from trainingsplanner.fouten import InvoerFout, Probleem
    from trainingsplanner.uitvoering import bron, incidenten, verslag

    gegevens = bron.laad(gemeente, laad_catalogus(catalogus))
    melding, fouten = incidenten.aantal_uit(
        team, kwartaal, aantal, gegevens.teamnamen, bron.vandaag()
    )
    if melding is None:
        raise InvoerFout(
            [Probleem(f"--{veld}", 0, 0, "", b) for veld, b in fouten], onderwerp="de opdracht"
        )
    pad, nieuw = schrijven_in(gemeente, db)
    wijzigingen = incidenten.vastleggen(pad, [melding])
    schrijf_uit(verslag.incidenten(wijzigingen, toon_pad(pad), bewaard=True, samen=False) + nieuw)


@incidenten_app.command(
    "import",
    epilog="Voorbeeld: plan uitvoering incidenten import meldingen.csv --gemeente gemeente.yaml",
)
def incidenten_import(
    bestand: Annotated[
        Path,
        typer.Argument(
            metavar="BESTAND",
            help="CSV met de kolommen team;kwartaal;aantal (of XLSX, blad 'Incidenten').",
        ),
    ],
    gemeente: GemeenteOptie,
    droog: DroogOptie = False,
    db: DbOptie = None,
    catalogus: CatalogusOptie = None,
) -> None:
    """Lees de aantallen GIR-meldingen per team en kwartaal in één keer in."""
    from trainingsplanner.bestanden.bronnen import toon_pad
    from trainingsplanner.cli.uitvoer import schrijf_fout, schrijf_uit
    from trainingsplanner.uitvoering import bron, incidenten, verslag

    gegevens = bron.laad(gemeente, laad_catalogus(catalogus))
    aantallen, genegeerd = incidenten.lees_aantallen(bestand, gegevens.teamnamen, bron.vandaag())
    if genegeerd:
        schrijf_fout(f"Genegeerd (geen kolom team, kwartaal of aantal): {', '.join(genegeerd)}.\n")
    pad, nieuw = schrijven_in(gemeente, db, droog)
    wijzigingen = incidenten.vastleggen(pad, aantallen, droog)
    uit = verslag.incidenten(wijzigingen, toon_pad(pad), bewaard=not droog, samen=True)
    schrijf_uit(uit + nieuw)


@incidenten_app.command(
    "koppel",
    epilog="Voorbeeld: plan uitvoering incidenten koppel Balie Publiekszaken "
    "--gemeente gemeente.yaml",
)
def incidenten_koppel(
    oud: Annotated[
        str,
        typer.Argument(metavar="OUD", help="De teamnaam waaronder de meldingen zijn vastgelegd."),
    ],
    nieuw: Annotated[str, typer.Argument(metavar="NIEUW", help="Het team zoals in het profiel.")],
    gemeente: GemeenteOptie,
    voorrang: Annotated[
        str | None, voorrangoptie("Staat een kwartaal onder beide teams: welk aantal blijft.")
    ] = None,
    db: DbOptie = None,
    catalogus: CatalogusOptie = None,
) -> None:
    """Verhuis de GIR-meldingen van een hernoemd team naar de nieuwe naam."""
    from trainingsplanner.bestanden.bronnen import toon_pad
    from trainingsplanner.cli.uitvoer import schrijf_uit
    from trainingsplanner.cli.uitvoeringsdb import NIETS_TE_KOPPELEN, lezen_uit, voorrang_uit
    from trainingsplanner.uitvoering import bron, koppelen, verslag

    keuze = voorrang_uit(voorrang)
    gegevens = bron.laad(gemeente, laad_catalogus(catalogus))
    pad = lezen_uit(gemeente, db, leeg=NIETS_TE_KOPPELEN)
    uitslag = koppelen.koppel_incidenten(pad, gegevens.teamnamen, oud, nieuw, keuze)
    schrijf_uit(verslag.teamkoppeling(uitslag, toon_pad(pad)))
