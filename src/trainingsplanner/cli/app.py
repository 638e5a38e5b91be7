"""De opdracht `plan`: zet opties om, roept één bibliotheekfunctie aan, print en kiest de exit code.

Exit codes: 0 in orde, 1 bevindingen (bijvoorbeeld randvoorwaarden niet voldaan), 2 onbruikbare
invoer. Zware bibliotheken (pydantic, jinja2, rich) worden pas in de opdrachten geladen. De
opdrachtgroepen `catalogus` en `leerdoelwijzer` staan in eigen modules.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from trainingsplanner import __version__
from trainingsplanner.cli.catalogus import catalogus_app
from trainingsplanner.cli.leerdoelwijzer import leerdoelwijzer_app
from trainingsplanner.cli.opties import (
    CatalogusOptie,
    Formaat,
    FormaatOptie,
    GemeenteOptie,
    catalogus_of_stop,
    stop_met_invoerfout,
)

app = typer.Typer(
    name="plan",
    help="Stel een meerjarig trainingsprogramma publieksagressie samen voor een gemeente.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
app.add_typer(catalogus_app, name="catalogus")
app.add_typer(leerdoelwijzer_app, name="leerdoelwijzer")


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
    from trainingsplanner.cli.uitvoer import print_json, print_problemen
    from trainingsplanner.fouten import InvoerFout

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


class Uitvoerformaat(StrEnum):
    md = "md"
    json = "json"
    html = "html"


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
    from trainingsplanner.cli import generate as opdracht_generate

    raise typer.Exit(
        opdracht_generate.voer_uit(
            gemeente, formaat.value, out, force, catalogus_of_stop(catalogus)
        )
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
    from trainingsplanner.engine.uitleg import leg_uit
    from trainingsplanner.fouten import InvoerFout
    from trainingsplanner.profiel.model import laad_profiel

    cat = catalogus_of_stop(catalogus)
    try:
        programma = stel_samen(laad_profiel(gemeente, cat), cat)
        uitleg = leg_uit(programma, cat, code)
    except InvoerFout as fout:
        stop_met_invoerfout(fout, "de invoer")
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

    from trainingsplanner.engine.gereedheid import beoordeel, blokkeert
    from trainingsplanner.fouten import InvoerFout
    from trainingsplanner.profiel.model import laad_profiel
    from trainingsplanner.render import gereedheid

    cat = catalogus_of_stop(catalogus)
    try:
        profiel = laad_profiel(gemeente, cat)
    except InvoerFout as fout:
        stop_met_invoerfout(fout, "de invoer")
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
        sys.stdout.write(als_tekst(profiel_schema(catalogus_of_stop(catalogus))))


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

    from trainingsplanner.bestanden.bronnen import toon_pad
    from trainingsplanner.bestanden.schrijven import schrijf
    from trainingsplanner.cli.init import vraag_antwoorden
    from trainingsplanner.fouten import InvoerFout, Probleem
    from trainingsplanner.profiel.startprofiel import Antwoorden, doelpad, maak_profieltekst

    cat = catalogus_of_stop(catalogus)
    doel = doelpad(pad)
    if doel.exists():
        stop_met_invoerfout(
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
        stop_met_invoerfout(fout, "de opdracht")
    sys.stderr.write(
        f"Geschreven: {toon_pad(doel)}\nVolgende stap: plan check-randvoorwaarden --gemeente {toon_pad(doel)}\n"
    )


def _hulp_in_het_nederlands() -> None:
    """Toon de hulp van typer met Nederlandse vaste woorden (Gebruik, Opties, …)."""
    import contextlib
    import io
    import sys

    from trainingsplanner.cli.clickfouten import vertaal_hulp

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
        from trainingsplanner.cli.clickfouten import gebruik, vertaal

        ctx = getattr(fout, "ctx", None)
        if ctx is not None:
            sys.stderr.write(gebruik(ctx.get_usage()) + "\n")
            sys.stderr.write(f"Hulp: {ctx.command_path} --help\n\n")
        sys.stderr.write(f"Fout: {vertaal(str(formatteer()))}\n")
        sys.exit(int(getattr(fout, "exit_code", 2)))
    if type(fout_of_code := uitkomst) is int:
        sys.exit(fout_of_code)
    sys.exit(0)
