"""`plan uitvoering`: vastleggen wat gegeven is, de stand, GIR-meldingen en koppelen (issue 15).

Elke opdracht leest het profiel, stelt het programma samen (de ids van de onderdelen), roept
één functie van `trainingsplanner.uitvoering` aan en print het verslag. Elke opdracht die de
database raakt, is daar één transactie.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from trainingsplanner.cli.opties import CatalogusOptie, GemeenteOptie, formaatoptie, laad_catalogus
from trainingsplanner.formaat import Formaat

uitvoering_app = typer.Typer(
    help="De uitvoering bijhouden (stap 4, R4.1): wat is gegeven, wat loopt achter, hoeveel "
    "medewerkers zijn bereikt, en de GIR-meldingen per kwartaal. Alleen aantallen en datums.",
    no_args_is_help=True,
)
incidenten_app = typer.Typer(
    help="GIR-meldingen per team en kwartaal: alleen het aantal, geen details.",
    no_args_is_help=True,
)
uitvoering_app.add_typer(incidenten_app, name="incidenten")

DbOptie = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="De uitvoeringsdatabase (SQLite); standaard NAAM.uitvoering.sqlite naast het profiel.",
        show_default=False,
    ),
]
DroogOptie = Annotated[
    bool, typer.Option("--dry-run", help="Toon alleen wat verandert; pas de database niet aan.")
]
_OPTIES = {
    "onderdeel": "ID",
    "sessie": "--sessie",
    "datum": "--datum",
    "status": "--status",
    "aanwezig": "--aanwezig",
    "evaluatie": "--evaluatie",
    "opmerking": "--opmerking",
}


@uitvoering_app.command("record")
def record(
    code: Annotated[
        str, typer.Argument(metavar="ID", help="Id van het onderdeel (zie het programma).")
    ],
    gemeente: GemeenteOptie,
    datum: Annotated[
        str,
        typer.Option(
            "--datum", help="Datum van de sessie: 2027-05-12 of 12-05-2027.", show_default=False
        ),
    ],
    sessie: Annotated[
        int | None,
        typer.Option(
            "--sessie",
            help="Welke sessie van het onderdeel (1, 2, …); standaard de eerste die nog niet gegeven is.",
            show_default=False,
        ),
    ] = None,
    aanwezig: Annotated[
        int | None,
        typer.Option(
            "--aanwezig", help="Aantal deelnemers dat er was (geen namen).", show_default=False
        ),
    ] = None,
    evaluatie: Annotated[
        str | None,
        typer.Option(
            "--evaluatie",
            help="Gemiddeld evaluatiecijfer, 1 tot en met 10 (7 of 7,5).",
            show_default=False,
        ),
    ] = None,
    status: Annotated[
        str,
        typer.Option(
            "--status",
            metavar="<gegeven|geannuleerd|verplaatst>",
            help="Wat er met de sessie is gebeurd.",
        ),
    ] = "gegeven",
    opmerking: Annotated[
        str,
        typer.Option(
            "--opmerking", help="Korte opmerking, zonder namen van medewerkers.", show_default=False
        ),
    ] = "",
    db: DbOptie = None,
    catalogus: CatalogusOptie = None,
) -> None:
    """Leg één sessie vast: gegeven, geannuleerd of verplaatst. Nog eens vastleggen vervangt de vorige stand."""
    from trainingsplanner.cli.uitvoer import schrijf_uit
    from trainingsplanner.fouten import InvoerFout, Probleem
    from trainingsplanner.genereren import vandaag
    from trainingsplanner.uitvoering import bron, verslag
    from trainingsplanner.uitvoering.vastleggen import Suggesties, sessie_uit, vastleggen

    gegevens = bron.laad(gemeente, laad_catalogus(catalogus))
    velden = {
        "onderdeel": code,
        "sessie": "" if sessie is None else str(sessie),
        "datum": datum,
        "status": status,
        "aanwezig": "" if aanwezig is None else str(aanwezig),
        "evaluatie": evaluatie or "",
        "opmerking": opmerking,
    }

    def plek(veld: str, bericht: str) -> Probleem:
        return Probleem(_OPTIES[veld], 0, 0, "", bericht)

    onderdelen = gegevens.onderdelen
    nieuw, problemen = sessie_uit(velden, onderdelen, Suggesties(onderdelen), vandaag(), plek)
    if nieuw is None:
        raise InvoerFout(problemen, onderwerp="de opdracht")
    wijziging = vastleggen(bron.database(gemeente, db), onderdelen, nieuw, plek)
    schrijf_uit(verslag.wijziging(wijziging, onderdelen[nieuw.onderdeel].sessies))


@uitvoering_app.command("import")
def importeren(
    bestand: Annotated[
        Path,
        typer.Argument(
            metavar="BESTAND",
            help="Het ingevulde blad 'Sessies' (XLSX) of een CSV met dezelfde kolommen.",
        ),
    ],
    gemeente: GemeenteOptie,
    droog: DroogOptie = False,
    db: DbOptie = None,
    catalogus: CatalogusOptie = None,
) -> None:
    """Lees een ingevuld blad Sessies (kolommen onderdeel, sessie, datum, gegeven, deelnemers_aanwezig, evaluatie, opmerking) in één keer in."""
    from trainingsplanner.bestanden.bronnen import toon_pad
    from trainingsplanner.cli.uitvoer import schrijf_uit
    from trainingsplanner.genereren import vandaag
    from trainingsplanner.uitvoering import bron, verslag
    from trainingsplanner.uitvoering.importeren import importeer

    gegevens = bron.laad(gemeente, laad_catalogus(catalogus))
    pad = bron.database(gemeente, db)
    uitslag = importeer(bestand, pad, gegevens.onderdelen, vandaag(), droog)
    schrijf_uit(verslag.importverslag(uitslag, toon_pad(pad)))


@uitvoering_app.command("status")
def status(
    gemeente: GemeenteOptie,
    team: Annotated[
        str | None, typer.Option("--team", help="Alleen dit team.", show_default=False)
    ] = None,
    formaat: Annotated[
        Formaat,
        formaatoptie(
            Formaat.tekst, Formaat.md, Formaat.json, uitleg="tekst (ook: text), md of json."
        ),
    ] = Formaat.tekst,
    db: DbOptie = None,
    catalogus: CatalogusOptie = None,
) -> None:
    """De stand per stap en per team: gepland, gegeven, geannuleerd, achterstallig, bereik. Exit 1 als iets achterstallig is."""
    from trainingsplanner.cli.uitvoer import schrijf_uit
    from trainingsplanner.genereren import vandaag
    from trainingsplanner.uitvoering import bron, opslag, weergave
    from trainingsplanner.uitvoering.status import bereken

    gegevens = bron.laad(gemeente, laad_catalogus(catalogus))
    gekozen = gegevens.team(team)
    with opslag.transactie(bron.database(gemeente, db), bewaren=False) as t:
        sessies, meldingen = t.sessies(), t.incidenten()
    stand = bereken(
        gegevens.gemeente,
        gegevens.onderdelen.values(),
        gegevens.teams,
        sessies,
        meldingen,
        vandaag(),
        gekozen,
    )
    weergeven = {
        Formaat.tekst: weergave.tekst,
        Formaat.md: weergave.markdown,
        Formaat.json: weergave.als_json,
    }
    schrijf_uit(weergeven[formaat](stand))
    raise typer.Exit(1 if stand.achterstallig else 0)


@uitvoering_app.command("koppel")
def koppel(
    oud: Annotated[
        str, typer.Argument(metavar="OUD", help="Het id waaronder sessies zijn vastgelegd.")
    ],
    nieuw: Annotated[str, typer.Argument(metavar="NIEUW", help="Het id in het huidige programma.")],
    gemeente: GemeenteOptie,
    db: DbOptie = None,
    catalogus: CatalogusOptie = None,
) -> None:
    """Verhuis de vastgelegde sessies van een hernoemd onderdeel (bijvoorbeeld een hernoemd team) naar het nieuwe id."""
    from trainingsplanner.bestanden.bronnen import toon_pad
    from trainingsplanner.cli.uitvoer import schrijf_uit
    from trainingsplanner.uitvoering import bron, vastleggen, verslag

    gegevens = bron.laad(gemeente, laad_catalogus(catalogus))
    pad = bron.database(gemeente, db)
    aantal = vastleggen.koppel(pad, gegevens.onderdelen, oud, nieuw)
    schrijf_uit(verslag.koppeling(oud, nieuw, aantal, toon_pad(pad)))


@incidenten_app.command("record")
def incidenten_record(
    team: Annotated[
        str, typer.Option("--team", help="Het team, zoals in het profiel.", show_default=False)
    ],
    kwartaal: Annotated[
        str, typer.Option("--kwartaal", help="Het kwartaal: 2027-K2.", show_default=False)
    ],
    aantal: Annotated[
        str,
        typer.Option("--aantal", help="Aantal GIR-meldingen in dat kwartaal.", show_default=False),
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
    melding, fouten = incidenten.aantal_uit(team, kwartaal, aantal, gegevens.teamnamen)
    if melding is None:
        raise InvoerFout(
            [Probleem(f"--{veld}", 0, 0, "", b) for veld, b in fouten], onderwerp="de opdracht"
        )
    pad = bron.database(gemeente, db)
    wijzigingen = incidenten.vastleggen(pad, [melding])
    schrijf_uit(verslag.incidenten(wijzigingen, toon_pad(pad), bewaard=True, samen=False))


@incidenten_app.command("import")
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
    aantallen, genegeerd = incidenten.lees_aantallen(bestand, gegevens.teamnamen)
    if genegeerd:
        schrijf_fout(f"Genegeerd (geen kolom team, kwartaal of aantal): {', '.join(genegeerd)}.\n")
    pad = bron.database(gemeente, db)
    wijzigingen = incidenten.vastleggen(pad, aantallen, droog)
    schrijf_uit(verslag.incidenten(wijzigingen, toon_pad(pad), bewaard=not droog, samen=True))
