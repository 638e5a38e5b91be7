"""Gedeelde stukken van de opdrachtregel: opties, formaten, paden en het laden van de catalogus.

Elke opdracht zet opties om, roept één bibliotheekfunctie aan en kiest de exit code; wat
daarbij gedeeld wordt, staat hier. Zware bibliotheken worden pas in de opdrachten geladen.

Elk pad op de opdrachtregel gaat eerst door `bruikbaar_pad`: een naam van meer dan 255
bytes, een map zonder rechten of een kring van koppelingen wordt zo een melding met het pad
(exit 2) in plaats van een fout van het besturingssysteem diep in de bibliotheek.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from trainingsplanner.cli.rand import over
from trainingsplanner.formaat import BIJNAMEN, Formaat
from trainingsplanner.fouten import InvoerFout, Probleem

if TYPE_CHECKING:
    from trainingsplanner.catalogus import Catalogus

OPDRACHT = "de opdracht"
"""Het onderwerp van een fout in de opdracht zelf (een optie, een uitvoerpad)."""


def opdrachtfout(plek: str, bericht: str) -> InvoerFout:
    """Een fout in de opdracht (exit 2, slotregel '… gevonden in de opdracht')."""
    return InvoerFout([Probleem(plek, 0, 0, "", bericht)], onderwerp=OPDRACHT)


def bruikbaar_pad(pad: Path | None) -> Path | None:
    """Een pad dat het besturingssysteem kan bekijken (bestaan mag het nog niet)."""
    if pad is not None:
        from trainingsplanner.bestanden.schrijven import veilige_lstat

        with over(OPDRACHT):
            veilige_lstat(pad)
    return pad


def formaatoptie(
    *keuzes: Formaat, uitleg: str, standaard: Formaat | None = None, metavar: str | None = None
) -> Any:
    """`--format` met alleen de formaten van deze opdracht (en hun bijnamen, zoals `text`).

    Hoofdletters tellen niet (`--format HTML`). De waarde komt als `Formaat` binnen en gaat
    zo naar de bibliotheek. `metavar` vervangt de lijst in de hulp als de uitleg ze al noemt.
    """
    namen: list[str] = []
    for keuze in keuzes:
        namen += [keuze.value, *(b for b, f in BIJNAMEN.items() if f is keuze)]

    def kies(waarde: str | Formaat) -> Formaat:
        if isinstance(waarde, Formaat):
            return waarde
        if waarde.strip().lower() not in namen:
            raise ValueError(f"{waarde!r} kan niet; kies uit {', '.join(map(repr, namen))}")
        return Formaat(waarde.strip().lower())

    return typer.Option(
        "--format", parser=kies, metavar=metavar or f"<{'|'.join(namen)}>", help=uitleg
    )


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
        metavar="<map>",
        callback=bruikbaar_pad,
    ),
]
GemeenteOptie = Annotated[
    Path,
    typer.Option(
        "--gemeente",
        help="Het gemeenteprofiel (YAML).",
        show_default=False,
        metavar="<pad>",
        callback=bruikbaar_pad,
    ),
]
ProfielOptie = Annotated[
    Path | None,
    typer.Option(
        "--gemeente",
        help="Het gemeenteprofiel (YAML); mag ook zonder --gemeente, als argument.",
        show_default=False,
        metavar="<pad>",
        callback=bruikbaar_pad,
    ),
]
ProfielOfMapOptie = Annotated[
    Path | None,
    typer.Option(
        "--gemeente",
        help="Het gemeenteprofiel (YAML), of een map met profielen; mag ook zonder "
        "--gemeente, als argument.",
        show_default=False,
        metavar="<pad>",
        callback=bruikbaar_pad,
    ),
]
ProfielArgument = Annotated[
    Path | None,
    typer.Argument(
        metavar="PROFIEL",
        help="Het gemeenteprofiel (YAML); hetzelfde als --gemeente.",
        show_default=False,
        callback=bruikbaar_pad,
    ),
]
ForceOptie = Annotated[bool, typer.Option("--force", help="Vervang een bestaand uitvoerbestand.")]
"""`--force` van de opdrachten die één document schrijven (generate, brief, uitvoering report)."""
UitvoermapOptie = Annotated[
    Path,
    typer.Option(
        "--out",
        help="Map waarin de bestanden komen; wordt zo nodig gemaakt.",
        metavar="<map>",
        callback=bruikbaar_pad,
    ),
]


def kies_profiel(argument: Path | None, optie: Path | None) -> Path:
    """Het profiel uit het argument (`plan generate x.yaml`) of uit `--gemeente x.yaml`."""
    if argument is not None and optie is not None and argument != optie:
        raise opdrachtfout(
            str(argument),
            f"twee profielen opgegeven (ook --gemeente {optie}); geef er één",
        )
    gekozen = argument or optie
    if gekozen is None:
        raise opdrachtfout(
            "PROFIEL",
            "geef het gemeenteprofiel op: als argument (gemeente.yaml) of met --gemeente",
        )
    return gekozen


def maak_map(map: Path) -> None:
    """Maak een uitvoermap (met de mappen erboven) als hij nog niet bestaat."""
    from trainingsplanner.bestanden.bronnen import toon_pad
    from trainingsplanner.fouten import os_bericht

    try:
        map.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise opdrachtfout(toon_pad(map), "dit is een bestand, geen map") from None
    except OSError as fout:
        raise opdrachtfout(toon_pad(map), f"map maken: {os_bericht(fout)}") from None


def uitvoerpad(out: str | None, standaard: Callable[[Path | None], Path]) -> Path:
    """Waar `--out` een document heen schrijft: zonder `--out` de standaardnaam naast het
    profiel (`standaard(None)`); `--out map/` of een bestaande map: de standaardnaam daarin
    (`standaard(map)`); anders het bestand zelf. Een pad dat niet te bekijken is (geen rechten),
    is een fout in de opdracht."""
    if out is None:
        return standaard(None)
    if out.endswith(("/", os.sep)):
        return standaard(Path(out))
    from trainingsplanner.bestanden.schrijven import veilige_lstat

    with over(OPDRACHT):
        veilige_lstat(Path(out))
    return standaard(Path(out)) if Path(out).is_dir() else Path(out)


def schrijf_document(doel: Path, inhoud: str | bytes, force: bool) -> None:
    """Schrijf één document (met de mappen erboven) en meld waar het staat."""
    from trainingsplanner.bestanden.bronnen import toon_pad
    from trainingsplanner.bestanden.schrijven import schrijf
    from trainingsplanner.cli.uitvoer import schrijf_fout

    with over(OPDRACHT):
        maak_map(doel.parent)
        schrijf(doel, inhoud, overschrijven=force)
    schrijf_fout(f"Geschreven: {toon_pad(doel)}\n")


def laad_catalogus(map: Path | None) -> Catalogus:
    """De catalogus; is hij niet te gebruiken, dan meldt de rand de problemen met plek (exit 2)."""
    from trainingsplanner.catalogus.laden import laad_catalogus as laad

    with over("de catalogus"):
        return laad(map)


UitvoeringOptie = Annotated[
    bool,
    typer.Option(
        "--uitvoering",
        help="Herplan met wat in de uitvoering is vastgelegd (plan uitvoering record/import): "
        "gegeven sessies staan vast op hun echte datum, wat geannuleerd, verplaatst of "
        "achterstallig is krijgt een nieuwe datum vanaf --vanaf. De database is "
        "NAAM.uitvoering.sqlite naast het profiel, of die van --db. De nieuwe datums worden "
        "daarin vastgelegd: plan uitvoering status en report tellen er daarna mee.",
    ),
]
UitvoeringDbOptie = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="De uitvoeringsdatabase (SQLite) om mee te herplannen; zet --uitvoering aan. "
        "Standaard NAAM.uitvoering.sqlite naast het profiel.",
        show_default=False,
        metavar="<pad>",
        callback=bruikbaar_pad,
    ),
]
VanafOptie = Annotated[
    str | None,
    typer.Option(
        "--vanaf",
        help="Met --uitvoering: niets wat niet gegeven is komt vóór deze datum (2027-09-01 of "
        "01-09-2027); standaard morgen.",
        show_default=False,
        metavar="<datum>",
    ),
]
