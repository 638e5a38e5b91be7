"""`plan uitvoering`: vastleggen wat gegeven is, de stand, GIR-meldingen en koppelen (issue 15).

Elke opdracht leest het profiel, stelt het programma samen (de ids van de onderdelen), roept
één functie van `trainingsplanner.uitvoering` aan en print het verslag. Elke opdracht die de
database raakt, is daar één transactie.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from trainingsplanner.cli.opties import CatalogusOptie, ForceOptie, formaatoptie, laad_catalogus
from trainingsplanner.formaat import Formaat
from trainingsplanner.fouten import Probleem

uitvoering_app = typer.Typer(
    help="De uitvoering bijhouden (stap 4, R4.1): wat is gegeven, wat loopt achter, hoeveel "
    "medewerkers zijn bereikt, en de GIR-meldingen per kwartaal. Alleen aantallen en datums.",
    no_args_is_help=True,
)
incidenten_app = typer.Typer(
    help="GIR-meldingen per team en kwartaal: alleen het aantal, geen details.",
    epilog="Voorbeeld: plan uitvoering incidenten record --team Balie --kwartaal 2027-K2 "
    "--aantal 3 --gemeente gemeente.yaml",
    no_args_is_help=True,
)
uitvoering_app.add_typer(incidenten_app, name="incidenten")


def _optie(naam: str, uitleg: str) -> Any:
    return typer.Option(naam, help=uitleg, show_default=False)


GemeenteOptie = Annotated[
    Path, _optie("--gemeente", "Het gemeenteprofiel (YAML) waarvan het programma wordt uitgevoerd.")
]
DbOptie = Annotated[
    Path | None,
    _optie(
        "--db",
        "De uitvoeringsdatabase (SQLite); standaard NAAM.uitvoering.sqlite naast het profiel.",
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


IdArgument = Annotated[
    str, typer.Argument(metavar="ID", help="Id van het onderdeel (zie het programma).")
]
DatumOptie = Annotated[str, _optie("--datum", "Datum van de sessie: 2027-05-12 of 12-05-2027.")]
SessieOptie = Annotated[
    int | None,
    _optie("--sessie", "Welke sessie (1, 2, …); standaard de eerste die nog niet gegeven is."),
]
AanwezigOptie = Annotated[
    int | None, _optie("--aanwezig", "Aantal deelnemers dat er was (geen namen).")
]
EvaluatieOptie = Annotated[
    str | None,
    _optie(
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
    str, _optie("--opmerking", "Korte opmerking, zonder namen van medewerkers.")
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
    pad, nieuw = _schrijven_in(gemeente, db)
    dagen = vastleggen.Dagen(vandaag(), gegevens.programma.periode.start)
    wijziging, let_op = vastleggen.record(pad, gegevens.onderdelen, velden, dagen, _optieplek)
    sessies = gegevens.onderdelen[wijziging.nieuw.onderdeel].sessies
    woord = waarden.omschreven(status)
    schrijf_uit(verslag.wijziging(wijziging, sessies, let_op, woord) + nieuw)


def _schrijven_in(gemeente: Path, db: Path | None, droog: bool = False) -> tuple[Path, str]:
    """De database waarin een opdracht vastlegt, en een regel als `--db` een nieuwe maakt:
    een tikfout in de naam gaf anders stil een tweede database."""
    from trainingsplanner.bestanden.bronnen import toon_pad
    from trainingsplanner.uitvoering import bron

    pad = bron.database(gemeente, db)
    if db is None or droog or _bestaat(pad):
        return pad, ""
    return pad, f"Nieuwe database: {toon_pad(pad)} bestond nog niet (klopt de naam achter --db?).\n"


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
    pad, nieuw = _schrijven_in(gemeente, db, droog)
    dagen = Dagen(vandaag(), gegevens.programma.periode.start)
    uitslag = importeer(bestand, pad, gegevens.onderdelen, dagen, droog)
    schrijf_uit(verslag.importverslag(uitslag, toon_pad(pad)) + nieuw)


@uitvoering_app.command(
    "status", epilog="Voorbeeld: plan uitvoering status --gemeente gemeente.yaml --team Balie"
)
def status(
    gemeente: GemeenteOptie,
    team: Annotated[str | None, _optie("--team", "Alleen dit team.")] = None,
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
    pad = _lezen_uit(gemeente, db, leeg=None)
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
    if not _bestaat(pad):
        stand = replace(stand, zonder_database=toon_pad(pad))
    if formaat is Formaat.json:
        uitvoer = statusjson.als_json(stand)
    elif formaat is Formaat.html:
        uitvoer = htmlweergave.render(weergave.document(stand), "status.html.j2")
    else:
        uitvoer = (weergave.markdown if formaat is Formaat.md else weergave.tekst)(stand)
    _schrijf(uitvoer)
    raise typer.Exit(1 if stand.achterstallig else 0)


def _bestaat(pad: Path) -> bool:
    """Of er een bestand (of iets anders) op `pad` staat; andere fouten meldt de opslag zelf."""
    try:
        pad.stat()
    except FileNotFoundError:
        return False
    except OSError:
        return True
    return True


_NULLEN = "een verslag zou alleen nullen tonen"
_NIETS_TE_KOPPELEN = "er is niets te koppelen"


def _lezen_uit(gemeente: Path, db: Path | None, *, leeg: str | None) -> Path:
    """De database waar een lezende opdracht (status, report, koppel) uit leest.

    Een `--db` die niet bestaat is een fout (een tikfout gaf anders een stand of verslag van
    niets). Zonder `--db` mag de standaarddatabase ontbreken (nog niets vastgelegd), tenzij
    `leeg` zegt waarom dat voor deze opdracht niet kan: een verslag van alleen nullen misleidt.
    """
    from trainingsplanner.bestanden.bronnen import toon_pad
    from trainingsplanner.fouten import InvoerFout
    from trainingsplanner.uitvoering import bron

    pad = bron.database(gemeente, db)
    if _bestaat(pad):
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


def _schrijf(tekst: str) -> None:
    """Als `schrijf_uit` (stuurtekens zichtbaar), maar regel voor regel: bij een lange stand
    (600 teams, megabytes) kijkt Python dan per regel in één keer of er iets te doen is."""
    import sys

    from trainingsplanner.fouten import zichtbaar

    sys.stdout.write("\n".join(zichtbaar(regel, behoud="\t") for regel in tekst.split("\n")))


@uitvoering_app.command(
    "report",
    epilog="Voorbeeld: plan uitvoering report --jaar 2027 --format docx --gemeente gemeente.yaml",
)
def report(
    jaar: Annotated[int, _optie("--jaar", "Het kalenderjaar van het verslag: 2027.")],
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
    pad = _lezen_uit(gemeente, db, leeg=_NULLEN)
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
        _schrijf(inhoud)


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
        str | None,
        typer.Option(
            "--voorrang",
            metavar="<oud|nieuw>",
            help="Staat een sessie onder beide ids: welke registratie blijft.",
            show_default=False,
        ),
    ] = None,
    db: DbOptie = None,
    catalogus: CatalogusOptie = None,
) -> None:
    """Verhuis de vastgelegde sessies van een hernoemd onderdeel (bijvoorbeeld een hernoemd team) naar het nieuwe id."""
    from trainingsplanner.bestanden.bronnen import toon_pad
    from trainingsplanner.cli.uitvoer import schrijf_uit
    from trainingsplanner.fouten import InvoerFout
    from trainingsplanner.uitvoering import bron, koppelen, verslag

    keuze: koppelen.Voorrang | None = None
    if voorrang in ("oud", "nieuw"):
        keuze = "oud" if voorrang == "oud" else "nieuw"
    elif voorrang is not None:
        bericht = f"'{voorrang}' kan niet; kies uit oud of nieuw"
        raise InvoerFout([Probleem("--voorrang", 0, 0, "", bericht)], onderwerp="de opdracht")
    gegevens = bron.laad(gemeente, laad_catalogus(catalogus))
    pad = _lezen_uit(gemeente, db, leeg=_NIETS_TE_KOPPELEN)
    uitslag = koppelen.koppel(pad, gegevens.onderdelen, oud, nieuw, keuze)
    schrijf_uit(verslag.koppeling(uitslag, toon_pad(pad)))


@incidenten_app.command(
    "record",
    epilog="Voorbeeld: plan uitvoering incidenten record --team Balie --kwartaal 2027-K2 "
    "--aantal 3 --gemeente gemeente.yaml",
)
def incidenten_record(
    team: Annotated[str, _optie("--team", "Het team, zoals in het profiel.")],
    kwartaal: Annotated[str, _optie("--kwartaal", "Het kwartaal: 2027-K2.")],
    aantal: Annotated[
        str,
        _optie("--aantal", "Aantal GIR-meldingen in dat kwartaal."),
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
    pad, nieuw = _schrijven_in(gemeente, db)
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
    pad, nieuw = _schrijven_in(gemeente, db, droog)
    wijzigingen = incidenten.vastleggen(pad, aantallen, droog)
    uit = verslag.incidenten(wijzigingen, toon_pad(pad), bewaard=not droog, samen=True)
    schrijf_uit(uit + nieuw)
