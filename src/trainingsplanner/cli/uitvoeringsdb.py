"""Wat de opdrachten van `plan uitvoering` delen: de opties (`--gemeente`, `--db`, `--dry-run`,
`--voorrang`) en waar een opdracht de uitvoeringsdatabase leest of schrijft, met de meldingen
daarover."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from trainingsplanner.fouten import InvoerFout, Probleem

if TYPE_CHECKING:
    from trainingsplanner.uitvoering.koppelen import Voorrang


def optie(naam: str, uitleg: str) -> Any:
    return typer.Option(naam, help=uitleg, show_default=False)


GemeenteOptie = Annotated[
    Path, optie("--gemeente", "Het gemeenteprofiel (YAML) waarvan het programma wordt uitgevoerd.")
]
DbOptie = Annotated[
    Path | None,
    optie(
        "--db",
        "De uitvoeringsdatabase (SQLite); standaard NAAM.uitvoering.sqlite naast het profiel.",
    ),
]
DroogOptie = Annotated[
    bool, typer.Option("--dry-run", help="Toon alleen wat verandert; pas de database niet aan.")
]


NIETS_TE_KOPPELEN = "er is niets te koppelen"
"""Wat `koppel` en `incidenten koppel` zeggen als er nog geen database is (`lezen_uit`)."""


def voorrangoptie(uitleg: str) -> Any:
    """`--voorrang oud|nieuw` van `koppel` en `incidenten koppel`."""
    return typer.Option("--voorrang", metavar="<oud|nieuw>", help=uitleg, show_default=False)


def voorrang_uit(tekst: str | None) -> Voorrang | None:
    """De keuze van `--voorrang`; iets anders dan oud of nieuw is een fout in de opdracht."""
    if tekst is None:
        return None
    if tekst == "oud":
        return "oud"
    if tekst == "nieuw":
        return "nieuw"
    bericht = f"'{tekst}' kan niet; kies uit oud of nieuw"
    raise InvoerFout([Probleem("--voorrang", 0, 0, "", bericht)], onderwerp="de opdracht")


def bestaat(pad: Path) -> bool:
    """Of er een bestand (of iets anders) op `pad` staat; andere fouten meldt de opslag zelf."""
    try:
        pad.stat()
    except FileNotFoundError:
        return False
    except OSError:
        return True
    return True


def lezen_uit(gemeente: Path, db: Path | None, *, leeg: str | None) -> Path:
    """De database waar een lezende opdracht (status, report, koppel) uit leest.

    Een `--db` die niet bestaat is een fout (een tikfout gaf anders een stand of verslag van
    niets). Zonder `--db` mag de standaarddatabase ontbreken (nog niets vastgelegd), tenzij
    `leeg` zegt waarom dat voor deze opdracht niet kan: een verslag van alleen nullen misleidt.
    """
    from trainingsplanner.bestanden.bronnen import toon_pad
    from trainingsplanner.fouten import InvoerFout
    from trainingsplanner.uitvoering import bron

    pad = bron.database(gemeente, db)
    if bestaat(pad):
        return pad
    if db is not None:
        bericht = (
            "bestaat niet; controleer de naam achter --db, of leg eerst sessies vast "
            "(plan uitvoering record of import; die maken de database)"
        )
    elif leeg is not None:
        bericht = (
            f"bestaat nog niet; er is nog niets vastgelegd, dus {leeg}. Leg eerst sessies vast "
            "(plan uitvoering record of import) of kies de database met --db"
        )
    else:
        return pad
    raise InvoerFout([Probleem(toon_pad(pad), 0, 0, "", bericht)], onderwerp="de opdracht")


def schrijven_in(gemeente: Path, db: Path | None, droog: bool = False) -> tuple[Path, str]:
    """De database waarin een opdracht vastlegt, en een regel als `--db` een nieuwe maakt:
    een tikfout in de naam gaf anders stil een tweede database."""
    from trainingsplanner.bestanden.bronnen import toon_pad
    from trainingsplanner.uitvoering import bron

    pad = bron.database(gemeente, db)
    if db is None or droog or bestaat(pad):
        return pad, ""
    return pad, f"Nieuwe database: {toon_pad(pad)} bestond nog niet (klopt de naam achter --db?).\n"


def schrijf_regels(tekst: str) -> None:
    """Als `schrijf_uit` (stuurtekens zichtbaar), maar regel voor regel: bij een lange stand
    (600 teams, megabytes) kijkt Python dan per regel in één keer of er iets te doen is."""
    import sys

    from trainingsplanner.fouten import zichtbaar

    sys.stdout.write("\n".join(zichtbaar(regel, behoud="\t") for regel in tekst.split("\n")))
