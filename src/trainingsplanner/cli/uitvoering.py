"""`plan uitvoering`: vastleggen wat gegeven is, de stand, GIR-meldingen en koppelen (issue 15).

Elke opdracht leest het profiel, stelt het programma samen (de ids van de onderdelen), roept
één functie van `trainingsplanner.uitvoering` aan en print het verslag. Elke opdracht die de
database raakt, is daar één transactie.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from trainingsplanner.cli.incidenten import incidenten_app
from trainingsplanner.cli.opties import CatalogusOptie, ForceOptie, formaatoptie, laad_catalogus
from trainingsplanner.cli.uitvoeringsdb import (
    NIETS_TE_KOPPELEN,
    DbOptie,
    DroogOptie,
    GemeenteOptie,
    bestaat,
    lezen_uit,
    optie,
    schrijf_regels,
    schrijven_in,
    voorrang_uit,
    voorrangoptie,
)
from trainingsplanner.formaat import Formaat
from trainingsplanner.fouten import Probleem

uitvoering_app = typer.Typer(
    help="De uitvoering bijhouden (stap 4, R4.1): wat is gegeven, wat loopt achter, hoeveel "
    "medewerkers zijn bereikt, en de GIR-meldingen per kwartaal. Alleen aantallen en datums.",
    no_args_is_help=True,
)
uitvoering_app.add_typer(incidenten_app, name="incidenten")


_OPTIES = {
    "onderdeel": "ID",
    "sessie": "--sessie",
    "datum": "--datum",
    "status": "--status",
    "aanwezig": "--aanwezig",
    "evaluatie": "--evaluatie",
    "opmerking": "--opmerking",
}


IdArgument = Annotated[
    str, typer.Argument(metavar="ID", help="Id van het onderdeel (zie het programma).")
]
DatumOptie = Annotated[str, optie("--datum", "Datum van de sessie: 2027-05-12 of 12-05-2027.")]
SessieOptie = Annotated[
    int | None,
    optie("--sessie", "Welke sessie (1, 2, …); standaard de eerste die nog niet gegeven is."),
]
AanwezigOptie = Annotated[
    int | None, optie("--aanwezig", "Aantal deelnemers dat er was (geen namen).")
]
EvaluatieOptie = Annotated[
    str | None,
    optie(
        "--evaluatie",
        "Gemiddeld evaluatiecijfer, 1 tot en met 10, hoogstens één decimaal (7 of 7,5).",
    ),
]
StatusOptie = Annotated[
    str,
    typer.Option(
        "--status",
        metavar="<gegeven|geannuleerd|verplaatst>",
        help="Wat er met de sessie is gebeurd.",
    ),
]
OpmerkingOptie = Annotated[
    str, optie("--opmerking", "Korte opmerking, zonder namen van medewerkers.")
]


@uitvoering_app.command(
    "record",
    epilog="Voorbeeld: plan uitvoering record stap2-balie --datum 12-04-2027 --aanwezig 15 "
    "--gemeente gemeente.yaml",
)
def record(
    code: IdArgument,
    gemeente: GemeenteOptie,
    datum: DatumOptie,
    sessie: SessieOptie = None,
    aanwezig: AanwezigOptie = None,
    evaluatie: EvaluatieOptie = None,
    status: StatusOptie = "gegeven",
    opmerking: OpmerkingOptie = "",
    db: DbOptie = None,
    catalogus: CatalogusOptie = None,
) -> None:
    """Leg één sessie vast: gegeven, geannuleerd of verplaatst. Nog eens vastleggen vervangt de vorige stand."""
    from trainingsplanner.cli.uitvoer import schrijf_uit
    from trainingsplanner.genereren import vandaag
    from trainingsplanner.uitvoering import bron, vastleggen, verslag, waarden

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
    pad, nieuw = schrijven_in(gemeente, db)
    dagen = vastleggen.Dagen(
        vandaag(), gegevens.programma.periode.start, gegevens.programma.periode.eind
    )
    wijziging, let_op = vastleggen.record(pad, gegevens.onderdelen, velden, dagen, _optieplek)
    sessies = gegevens.onderdelen[wijziging.nieuw.onderdeel].sessies
    woord = waarden.omschreven(status)
    schrijf_uit(verslag.wijziging(wijziging, sessies, let_op, woord) + nieuw)


def _optieplek(veld: str, bericht: str) -> Probleem:
    """Een probleem bij de optie van dit veld (`--datum: …`)."""
    return Probleem(_OPTIES[veld], 0, 0, "", bericht)


@uitvoering_app.command(
    "import", epilog="Voorbeeld: plan uitvoering import sessies.xlsx --gemeente gemeente.yaml"
)
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
    """Lees een ingevuld blad Sessies (kolommen onderdeel, sessie, datum, gegeven, deelnemers_aanwezig, evaluatie, opmerking) in één keer in.

    Gegeven: ja = gegeven, nee = niet doorgegaan (geannuleerd), verplaatst = naar de datum in
    de kolom datum. Leeg: de sessie moet nog komen; de rij wordt overgeslagen. Ontbreekt de
    kolom deelnemers_aanwezig, evaluatie of opmerking, dan blijft wat al vastgelegd is
    staan; een lege cel in een kolom die er wel is, wist wat er stond.
    """
    from trainingsplanner.bestanden.bronnen import toon_pad
    from trainingsplanner.cli.uitvoer import schrijf_uit
    from trainingsplanner.genereren import vandaag
    from trainingsplanner.uitvoering import bron, verslag
    from trainingsplanner.uitvoering.importeren import importeer
    from trainingsplanner.uitvoering.vastleggen import Dagen

    gegevens = bron.laad(gemeente, laad_catalogus(catalogus))
    pad, nieuw = schrijven_in(gemeente, db, droog)
    dagen = Dagen(vandaag(), gegevens.programma.periode.start, gegevens.programma.periode.eind)
    uitslag = importeer(bestand, pad, gegevens.onderdelen, dagen, droog)
    schrijf_uit(verslag.importverslag(uitslag, toon_pad(pad)) + nieuw)


@uitvoering_app.command(
    "status", epilog="Voorbeeld: plan uitvoering status --gemeente gemeente.yaml --team Balie"
)
def status(
    gemeente: GemeenteOptie,
    team: Annotated[str | None, optie("--team", "Alleen dit team.")] = None,
    formaat: Annotated[
        Formaat,
        formaatoptie(
            Formaat.tekst,
            Formaat.md,
            Formaat.json,
            Formaat.html,
            uitleg="tekst (ook: text), md, json of html.",
        ),
    ] = Formaat.tekst,
    db: DbOptie = None,
    catalogus: CatalogusOptie = None,
) -> None:
    """De stand per stap en per team: gepland, gegeven, achterstallig per sessie, bereik, ritme, kosten. Exit 1 als iets achterstallig is."""
    from dataclasses import replace

    from trainingsplanner.bestanden.bronnen import toon_pad
    from trainingsplanner.uitvoering import bron, htmlweergave, opslag, statusjson, weergave
    from trainingsplanner.uitvoering.status import bereken

    plan = bron.laad_plan(gemeente, catalogus, laad_catalogus)
    gekozen = bron.kies_team(plan.teams, team)
    pad = lezen_uit(gemeente, db, leeg=None)
    with opslag.transactie(pad, bewaren=False) as t:
        sessies, meldingen, herplanning = t.sessies(), t.incidenten(), t.herplanning()
    stand = bereken(
        plan.gemeente,
        plan.delen,
        plan.teams,
        sessies,
        meldingen,
        bron.vandaag(),
        gekozen,
        plan.kosten,
        herplanning,
    )
    if not bestaat(pad):
        stand = replace(stand, zonder_database=toon_pad(pad))
    if formaat is Formaat.json:
        uitvoer = statusjson.als_json(stand)
    elif formaat is Formaat.html:
        uitvoer = htmlweergave.render(weergave.document(stand), "status.html.j2")
    else:
        uitvoer = (weergave.markdown if formaat is Formaat.md else weergave.tekst)(stand)
    schrijf_regels(uitvoer)
    raise typer.Exit(1 if stand.achterstallig else 0)


_NULLEN = "een verslag zou alleen nullen tonen"


@uitvoering_app.command(
    "report",
    epilog="Voorbeeld: plan uitvoering report --jaar 2027 --format docx --gemeente gemeente.yaml",
)
def report(
    jaar: Annotated[int, optie("--jaar", "Het kalenderjaar van het verslag: 2027.")],
    gemeente: GemeenteOptie,
    formaat: Annotated[
        Formaat,
        formaatoptie(
            Formaat.html, Formaat.docx, Formaat.md, uitleg="html (standaard), docx of md."
        ),
    ] = Formaat.html,
    out: Annotated[
        str | None,
        typer.Option(
            "--out",
            help="Uitvoerbestand, of een map (die eindigt op / of al bestaat); '-' schrijft "
            "naar het scherm. Standaard naast het profiel: NAAM.verslag-JAAR.html.",
            show_default=False,
            metavar="<pad>",
        ),
    ] = None,
    force: ForceOptie = False,
    db: DbOptie = None,
    catalogus: CatalogusOptie = None,
) -> None:
    """Het jaarverslag voor het MT: gepland tegen gegeven, bereik, evaluaties, kosten tegen het budget, GIR-meldingen, het volgende jaar."""
    from trainingsplanner.cli.opties import schrijf_document, uitvoerpad
    from trainingsplanner.uitvoering import bron, rapport

    rapport.controleer_jaar(jaar)
    plan = bron.laad_plan(gemeente, catalogus, laad_catalogus)
    pad = lezen_uit(gemeente, db, leeg=_NULLEN)
    inhoud = rapport.maak(plan, pad, jaar, formaat, bron.vandaag())
    if out == "-":
        _naar_stdout(inhoud)
        return
    doel = uitvoerpad(out, lambda map: rapport.standaard_pad(gemeente, jaar, formaat, map))
    schrijf_document(doel, inhoud, force)


def _naar_stdout(inhoud: str | bytes) -> None:
    import sys

    if isinstance(inhoud, bytes):  # docx: de bytes zelf, voor een pijp
        sys.stdout.flush()
        sys.stdout.buffer.write(inhoud)
        sys.stdout.buffer.flush()
    else:  # stuurtekens uit het profiel of de database zichtbaar, zoals bij status
        schrijf_regels(inhoud)


@uitvoering_app.command(
    "koppel",
    epilog="Voorbeeld: plan uitvoering koppel stap2-balie stap2-publiekszaken "
    "--gemeente gemeente.yaml",
)
def koppel(
    oud: Annotated[
        str, typer.Argument(metavar="OUD", help="Het id waaronder sessies zijn vastgelegd.")
    ],
    nieuw: Annotated[str, typer.Argument(metavar="NIEUW", help="Het id in het huidige programma.")],
    gemeente: GemeenteOptie,
    voorrang: Annotated[
        str | None, voorrangoptie("Staat een sessie onder beide ids: welke registratie blijft.")
    ] = None,
    db: DbOptie = None,
    catalogus: CatalogusOptie = None,
) -> None:
    """Verhuis de vastgelegde sessies van een hernoemd onderdeel (bijvoorbeeld een hernoemd team) naar het nieuwe id."""
    from trainingsplanner.bestanden.bronnen import toon_pad
    from trainingsplanner.cli.uitvoer import schrijf_uit
    from trainingsplanner.uitvoering import bron, koppelen, verslag

    keuze = voorrang_uit(voorrang)
    gegevens = bron.laad(gemeente, laad_catalogus(catalogus))
    pad = lezen_uit(gemeente, db, leeg=NIETS_TE_KOPPELEN)
    uitslag = koppelen.koppel(pad, gegevens.onderdelen, oud, nieuw, keuze)
    schrijf_uit(verslag.koppeling(uitslag, toon_pad(pad), toon_pad(gemeente)))
