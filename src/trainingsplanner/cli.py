"""De opdracht `plan`: zet opties om, roept één bibliotheekfunctie aan, print en kiest de exit code.

Exit codes: 0 in orde, 1 bevindingen (bijvoorbeeld randvoorwaarden niet voldaan), 2 onbruikbare
invoer. Zware bibliotheken (pydantic, jinja2, rich) worden pas in de opdrachten geladen.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from trainingsplanner import __version__

if TYPE_CHECKING:
    from trainingsplanner.catalogus.laden import Catalogus
    from trainingsplanner.catalogus.overzicht import Overzicht

app = typer.Typer(
    name="plan",
    help="Stel een meerjarig trainingsprogramma publieksagressie samen voor een gemeente.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
catalogus_app = typer.Typer(
    help="Blader door de handreiking: functiegroepen, elementen, opleidingen en regels.",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(catalogus_app, name="catalogus")
leerdoelwijzer_app = typer.Typer(
    help="De leerdoelwijzer (stap 2, R2.2): vragenlijst per team, en antwoorden omzetten in teamleerdoelen.",
    no_args_is_help=True,
)
app.add_typer(leerdoelwijzer_app, name="leerdoelwijzer")


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


def _stop_met_invoerfout(fout: Exception, onderwerp: str) -> NoReturn:
    from trainingsplanner.errors import InvoerFout
    from trainingsplanner.uitvoer import print_problemen

    assert isinstance(fout, InvoerFout)
    print_problemen(fout.problemen, onderwerp)
    raise typer.Exit(2)


def _catalogus(map: Path | None) -> Catalogus:
    from trainingsplanner.catalogus.laden import laad_catalogus
    from trainingsplanner.errors import InvoerFout

    try:
        return laad_catalogus(map)
    except InvoerFout as fout:
        _stop_met_invoerfout(fout, "de catalogus")


def _versie(waarde: bool) -> None:
    if waarde:
        typer.echo(f"plan (trainingsplanner) {__version__}")
        raise typer.Exit(0)


@app.callback()
def _hoofd(
    versie: Annotated[
        bool,
        typer.Option("--version", help="Toon het versienummer.", callback=_versie, is_eager=True),
    ] = False,
) -> None:
    """Stel een meerjarig trainingsprogramma publieksagressie samen voor een gemeente."""


@app.command()
def validate(catalogus: CatalogusOptie = None, formaat: FormaatOptie = Formaat.tekst) -> None:
    """Controleer de catalogus: vorm, verwijzingen en bronregels. Exit 0 of 2."""
    from trainingsplanner.catalogus.laden import laad_catalogus
    from trainingsplanner.errors import InvoerFout
    from trainingsplanner.uitvoer import print_json, print_problemen

    try:
        cat = laad_catalogus(catalogus)
    except InvoerFout as fout:
        if formaat is Formaat.json:
            print_json({"geldig": False, "problemen": [p.als_dict() for p in fout.problemen]})
            raise typer.Exit(2) from None
        print_problemen(fout.problemen, "de catalogus")
        raise typer.Exit(2) from None
    if formaat is Formaat.json:
        print_json({"geldig": True, "problemen": []})
        return
    typer.echo(
        f"Catalogus in orde: {len(cat.functiegroepen)} functiegroepen, {len(cat.doelgroepen)} "
        f"doelgroepen, {len(cat.elementen)} elementen, {len(cat.opleidingen)} opleidingen, "
        f"{len(cat.sessies)} sessies, {len(cat.regels)} regels."
    )


def _toon_overzicht(overzicht: Overzicht, formaat: Formaat) -> None:
    from trainingsplanner.uitvoer import print_json, print_tabel

    if formaat is Formaat.json:
        print_json(overzicht.records)
    else:
        print_tabel(overzicht.titel, overzicht.kolommen, overzicht.rijen)


@catalogus_app.callback()
def _catalogus_hoofd(
    ctx: typer.Context, catalogus: CatalogusOptie = None, formaat: FormaatOptie = Formaat.tekst
) -> None:
    """Zonder onderdeel: een overzicht van alles (met --format json de hele catalogus)."""
    ctx.obj = catalogus
    if ctx.invoked_subcommand is not None:
        return
    from trainingsplanner.catalogus import overzicht
    from trainingsplanner.uitvoer import print_json

    cat = _catalogus(catalogus)
    if formaat is Formaat.json:
        print_json(overzicht.alles(cat))
        return
    data = overzicht.alles(cat)
    rijen = [[deel, str(len(items))] for deel, items in data.items()]
    from trainingsplanner.uitvoer import print_tabel

    print_tabel("Catalogus", ["onderdeel", "aantal"], rijen)
    typer.echo(
        "Bekijk een onderdeel met: plan catalogus functiegroepen | elementen | opleidingen | regels | toon ID"
    )


def _map_uit(ctx: typer.Context, eigen: Path | None) -> Path | None:
    if eigen is not None:
        return eigen
    gevonden = ctx.obj
    return gevonden if isinstance(gevonden, Path) else None


@catalogus_app.command("functiegroepen")
def catalogus_functiegroepen(
    ctx: typer.Context, catalogus: CatalogusOptie = None, formaat: FormaatOptie = Formaat.tekst
) -> None:
    """De vijf functiegroepen van tabel 1 en de doelgroepen die geen functiegroep zijn."""
    from trainingsplanner.catalogus import overzicht

    _toon_overzicht(overzicht.functiegroepen(_catalogus(_map_uit(ctx, catalogus))), formaat)


@catalogus_app.command("elementen")
def catalogus_elementen(
    ctx: typer.Context,
    functiegroep: Annotated[
        str | None,
        typer.Option("--functiegroep", help="Alleen elementen die voor deze functiegroep kunnen."),
    ] = None,
    cluster: Annotated[
        str | None, typer.Option("--cluster", help="Alleen elementen van dit cluster.")
    ] = None,
    catalogus: CatalogusOptie = None,
    formaat: FormaatOptie = Formaat.tekst,
) -> None:
    """De trainingselementen (tabellen 2 en 4, leidinggevenden, voorbeeldprogramma)."""
    from trainingsplanner.catalogus import overzicht
    from trainingsplanner.errors import InvoerFout

    cat = _catalogus(_map_uit(ctx, catalogus))
    try:
        resultaat = overzicht.elementen(cat, functiegroep, cluster)
    except InvoerFout as fout:
        _stop_met_invoerfout(fout, "de opdracht")
    _toon_overzicht(resultaat, formaat)


@catalogus_app.command("opleidingen")
def catalogus_opleidingen(
    ctx: typer.Context, catalogus: CatalogusOptie = None, formaat: FormaatOptie = Formaat.tekst
) -> None:
    """Opleidingen met de vaardigheidstrainingen die ze al bevatten (tabel 5)."""
    from trainingsplanner.catalogus import overzicht

    _toon_overzicht(overzicht.opleidingen(_catalogus(_map_uit(ctx, catalogus))), formaat)


@catalogus_app.command("regels")
def catalogus_regels(
    ctx: typer.Context, catalogus: CatalogusOptie = None, formaat: FormaatOptie = Formaat.tekst
) -> None:
    """Alle regels van de handreiking met hun code (R1.1 … RV5)."""
    from trainingsplanner.catalogus import overzicht

    _toon_overzicht(overzicht.regels(_catalogus(_map_uit(ctx, catalogus))), formaat)


@catalogus_app.command("toon")
def catalogus_toon(
    ctx: typer.Context,
    code: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="Code van een element, functiegroep, opleiding, sessie of regel."
        ),
    ],
    catalogus: CatalogusOptie = None,
    formaat: FormaatOptie = Formaat.tekst,
) -> None:
    """Eén vermelding in zijn geheel, met de tekst van zijn bronregels."""
    from trainingsplanner.catalogus import overzicht
    from trainingsplanner.errors import InvoerFout
    from trainingsplanner.uitvoer import print_json

    cat = _catalogus(_map_uit(ctx, catalogus))
    try:
        titel, data = overzicht.toon(cat, code)
    except InvoerFout as fout:
        _stop_met_invoerfout(fout, "de opdracht")
    if formaat is Formaat.json:
        print_json(data)
        return
    typer.echo(titel)
    typer.echo("=" * len(titel))
    for sleutel, waarde in data.items():
        if sleutel in ("bronregels", "naam"):
            continue
        typer.echo(f"{sleutel}: {_als_tekst(waarde)}")
    if data.get("bronregels"):
        typer.echo("\nBronregels:")
        for regel in data["bronregels"]:
            typer.echo(f"  {regel['id']}: {regel['samenvatting']}")


def _als_tekst(waarde: object) -> str:
    if isinstance(waarde, list):
        return ", ".join(_als_tekst(w) for w in waarde)
    if isinstance(waarde, dict):
        return "; ".join(f"{k}: {_als_tekst(v)}" for k, v in waarde.items())
    if waarde is None:
        return "—"
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    return str(waarde)


class Uitvoerformaat(StrEnum):
    md = "md"
    json = "json"
    html = "html"


GemeenteOptie = Annotated[
    Path,
    typer.Option(
        "--gemeente",
        help="Het gemeenteprofiel (YAML), of een map met profielen.",
        show_default=False,
    ),
]


@app.command()
def generate(
    gemeente: GemeenteOptie,
    formaat: Annotated[
        Uitvoerformaat,
        typer.Option(
            "--format", help="md (Markdown), json of html (één bestand om te mailen of te printen)."
        ),
    ] = Uitvoerformaat.md,
    out: Annotated[
        str | None,
        typer.Option(
            "--out",
            help="Uitvoerbestand (of map bij een map met profielen); '-' schrijft naar het scherm. "
            "Standaard naast het profiel: NAAM.programma.md.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Vervang een bestaand uitvoerbestand.")
    ] = False,
    catalogus: CatalogusOptie = None,
) -> None:
    """Stel het trainingsprogramma samen. Exit 0 klaar, 1 klaar maar iets blokkeert, 2 fout in de invoer."""
    from trainingsplanner import opdracht_generate

    raise typer.Exit(
        opdracht_generate.voer_uit(gemeente, formaat.value, out, force, _catalogus(catalogus))
    )


@app.command()
def explain(
    code: Annotated[
        str, typer.Argument(metavar="ID", help="Id van een onderdeel of een regelcode (R3.2).")
    ],
    gemeente: GemeenteOptie,
    catalogus: CatalogusOptie = None,
) -> None:
    """Leg uit waarom een onderdeel in het programma staat, of wat een regel hier doet."""
    from trainingsplanner.engine import stel_samen
    from trainingsplanner.errors import InvoerFout
    from trainingsplanner.profiel import laad_profiel
    from trainingsplanner.uitleg import leg_uit

    cat = _catalogus(catalogus)
    try:
        programma = stel_samen(laad_profiel(gemeente, cat), cat)
        uitleg = leg_uit(programma, cat, code)
    except InvoerFout as fout:
        _stop_met_invoerfout(fout, "de invoer")
    typer.echo(uitleg.titel)
    for regel in uitleg.regels:
        typer.echo(regel)


class Gereedheidformaat(StrEnum):
    tekst = "tekst"
    text = "text"
    md = "md"
    json = "json"


@app.command("check-randvoorwaarden")
def check_randvoorwaarden(
    gemeente: GemeenteOptie,
    formaat: Annotated[
        Gereedheidformaat,
        typer.Option("--format", help="tekst (ook: text), md of json."),
    ] = Gereedheidformaat.tekst,
    catalogus: CatalogusOptie = None,
) -> None:
    """Toets de randvoorwaarden (RV1–RV5) en toetspunten (R7.9). Exit 0 niets blokkeert, 1 iets blokkeert, 2 fout."""
    import sys

    from trainingsplanner.errors import InvoerFout
    from trainingsplanner.gereedheid import beoordeel, blokkeert
    from trainingsplanner.profiel import laad_profiel
    from trainingsplanner.render import gereedheid

    cat = _catalogus(catalogus)
    try:
        profiel = laad_profiel(gemeente, cat)
    except InvoerFout as fout:
        _stop_met_invoerfout(fout, "de invoer")
    bevindingen = beoordeel(profiel, cat)
    weergave = {
        Gereedheidformaat.md: gereedheid.markdown,
        Gereedheidformaat.json: gereedheid.als_json,
    }.get(formaat, gereedheid.tekst)
    sys.stdout.write(weergave(profiel.gemeente, bevindingen, cat))
    raise typer.Exit(1 if blokkeert(bevindingen) else 0)


class Schemasoort(StrEnum):
    profiel = "profiel"
    programma = "programma"


@app.command()
def schema(
    soort: Annotated[
        Schemasoort, typer.Argument(help="profiel (invoer) of programma (uitvoer).")
    ] = Schemasoort.profiel,
    catalogus: CatalogusOptie = None,
) -> None:
    """Toon het JSON Schema van het gemeenteprofiel of van het programma (voor editors en tools)."""
    import sys

    from trainingsplanner.schemas import als_tekst, profiel_schema, programma_schema

    if soort is Schemasoort.programma:
        sys.stdout.write(als_tekst(programma_schema()))
    else:
        sys.stdout.write(als_tekst(profiel_schema(_catalogus(catalogus))))


@app.command()
def init(
    pad: Annotated[
        Path | None,
        typer.Argument(
            metavar="PAD",
            help="Waar het profiel komt (standaard gemeente.yaml).",
            show_default=False,
        ),
    ] = None,
    interactief: Annotated[
        bool, typer.Option("--interactive", help="Stel de vragen in de terminal, team voor team.")
    ] = False,
    catalogus: CatalogusOptie = None,
) -> None:
    """Maak een startprofiel met uitleg bij elk veld. Overschrijft nooit een bestaand bestand."""
    import sys

    from trainingsplanner.bronnen import toon_pad
    from trainingsplanner.errors import InvoerFout, Probleem
    from trainingsplanner.init import Antwoorden, doelpad, maak_profieltekst, vraag_antwoorden
    from trainingsplanner.schrijven import schrijf

    cat = _catalogus(catalogus)
    doel = doelpad(pad)
    if doel.exists():
        _stop_met_invoerfout(
            InvoerFout(
                [
                    Probleem(
                        toon_pad(doel),
                        0,
                        0,
                        "",
                        "bestaat al; kies een andere naam (init overschrijft nooit)",
                    )
                ]
            ),
            "de opdracht",
        )
    antwoorden = Antwoorden()
    if interactief:
        from rich.console import Console

        try:
            antwoorden = vraag_antwoorden(cat, Console(highlight=False))
        except (KeyboardInterrupt, EOFError):
            sys.stderr.write("\nAfgebroken; er is niets geschreven.\n")
            raise typer.Exit(130) from None
    try:
        schrijf(doel, maak_profieltekst(antwoorden, cat, doel.name))
    except InvoerFout as fout:
        _stop_met_invoerfout(fout, "de opdracht")
    sys.stderr.write(
        f"Geschreven: {toon_pad(doel)}\nVolgende stap: plan check-randvoorwaarden --gemeente {toon_pad(doel)}\n"
    )


@leerdoelwijzer_app.command("create")
def leerdoelwijzer_create(
    gemeente: GemeenteOptie,
    out: Annotated[Path, typer.Option("--out", help="Map waarin de vragenlijsten komen.")],
    team: Annotated[str | None, typer.Option("--team", help="Alleen voor dit team.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Vervang bestaande bestanden.")] = False,
    catalogus: CatalogusOptie = None,
) -> None:
    """Maak per team een vragenlijst: HTML om te printen, CSV en XLSX om in te vullen of te importeren."""
    from trainingsplanner import opdracht_leerdoelwijzer

    raise typer.Exit(
        opdracht_leerdoelwijzer.maak(gemeente, team, out, force, _catalogus(catalogus))
    )


@leerdoelwijzer_app.command("import")
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
    from trainingsplanner import opdracht_leerdoelwijzer

    raise typer.Exit(
        opdracht_leerdoelwijzer.importeer(
            antwoorden, gemeente, drempel, droog, _catalogus(catalogus)
        )
    )


def _hulp_in_het_nederlands() -> None:
    """Toon de hulp van typer met Nederlandse vaste woorden (Gebruik, Opties, …)."""
    import contextlib
    import io
    import sys

    from trainingsplanner.gebruiksfouten import vertaal_hulp

    buffer = io.StringIO()
    code: object = 0
    with contextlib.redirect_stdout(buffer):
        try:
            code = app(standalone_mode=False, prog_name="plan")
        except Exception as fout:
            if getattr(fout, "format_message", None) is None:
                raise
            code = int(getattr(fout, "exit_code", 2))
    sys.stdout.write(vertaal_hulp(buffer.getvalue()))
    sys.exit(code if isinstance(code, int) else 0)


def main() -> None:
    """Ingang van de opdracht `plan`: fouten in de opdrachtregel worden in het Nederlands gemeld."""
    import sys

    if "--help" in sys.argv[1:]:
        _hulp_in_het_nederlands()
        return
    try:
        uitkomst = app(standalone_mode=False, prog_name="plan")
    except KeyboardInterrupt:
        sys.stderr.write("Afgebroken.\n")
        sys.exit(130)
    except Exception as fout:
        formatteer = getattr(fout, "format_message", None)
        if formatteer is None:
            raise
        from trainingsplanner.gebruiksfouten import gebruik, vertaal

        ctx = getattr(fout, "ctx", None)
        if ctx is not None:
            sys.stderr.write(gebruik(ctx.get_usage()) + "\n")
            sys.stderr.write(f"Hulp: {ctx.command_path} --help\n\n")
        sys.stderr.write(f"Fout: {vertaal(str(formatteer()))}\n")
        sys.exit(int(getattr(fout, "exit_code", 2)))
    if type(fout_of_code := uitkomst) is int:
        sys.exit(fout_of_code)
    sys.exit(0)
