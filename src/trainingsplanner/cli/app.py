"""De opdracht `plan`: zet opties om, roept één bibliotheekfunctie aan, print en kiest de exit code.

Exit codes (cli/rand.py): 0 in orde, 1 bevindingen (bijvoorbeeld randvoorwaarden niet
voldaan), 2 onbruikbare invoer of opdracht, 3 interne fout. Zware bibliotheken (pydantic,
jinja2, rich) worden pas in de opdrachten geladen. De opdrachtgroepen `catalogus` en
`leerdoelwijzer` staan in eigen modules.
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
    GemeenteOptie,
    TekstOfJson,
    formaatoptie,
    laad_catalogus,
)
from trainingsplanner.cli.rand import PlanGroep, fouten_als_json
from trainingsplanner.formaat import Formaat

app = typer.Typer(
    name="plan",
    cls=PlanGroep,
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
def validate(
    ctx: typer.Context, catalogus: CatalogusOptie = None, formaat: TekstOfJson = Formaat.tekst
) -> None:
    """Controleer de catalogus: vorm, verwijzingen en bronregels. Exit 0 of 2."""
    from trainingsplanner.cli.uitvoer import print_json

    if formaat is Formaat.json:
        fouten_als_json(ctx)
    cat = laad_catalogus(catalogus)
    if formaat is Formaat.json:
        print_json({"geldig": True, "problemen": []})
        return
    typer.echo(
        f"Catalogus in orde: {len(cat.functiegroepen)} functiegroepen, {len(cat.doelgroepen)} "
        f"doelgroepen, {len(cat.elementen)} elementen, {len(cat.opleidingen)} opleidingen, "
        f"{len(cat.sessies)} sessies, {len(cat.regels)} regels."
    )


@app.command()
def generate(
    gemeente: GemeenteOptie,
    formaat: Annotated[
        Formaat,
        formaatoptie(
            Formaat.md,
            Formaat.json,
            Formaat.html,
            uitleg="md (Markdown), json of html (één bestand om te mailen of te printen).",
        ),
    ] = Formaat.md,
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

    cat = laad_catalogus(catalogus)
    raise typer.Exit(opdracht_generate.voer_uit(gemeente, formaat, out, force, cat))


@app.command()
def explain(
    code: Annotated[
        str, typer.Argument(metavar="ID", help="Id van een onderdeel of een regelcode (R3.2).")
    ],
    gemeente: GemeenteOptie,
    catalogus: CatalogusOptie = None,
) -> None:
    """Leg uit waarom een onderdeel in het programma staat, of wat een regel hier doet."""
    from trainingsplanner.cli.uitvoer import schrijf_uit
    from trainingsplanner.engine import stel_samen
    from trainingsplanner.engine.uitleg import leg_uit
    from trainingsplanner.profiel.model import laad_profiel

    cat = laad_catalogus(catalogus)
    uitleg = leg_uit(stel_samen(laad_profiel(gemeente, cat), cat), cat, code)
    schrijf_uit("".join(f"{regel}\n" for regel in [uitleg.titel, *uitleg.regels]))


@app.command("check-randvoorwaarden")
def check_randvoorwaarden(
    gemeente: GemeenteOptie,
    formaat: Annotated[
        Formaat,
        formaatoptie(
            Formaat.tekst, Formaat.md, Formaat.json, uitleg="tekst (ook: text), md of json."
        ),
    ] = Formaat.tekst,
    catalogus: CatalogusOptie = None,
) -> None:
    """Toets de randvoorwaarden (RV1–RV5) en toetspunten (R7.9). Exit 0 niets blokkeert, 1 iets blokkeert, 2 fout."""

    from trainingsplanner.cli.uitvoer import schrijf_fout, schrijf_uit
    from trainingsplanner.engine.gereedheid import beoordeel, blokkeert
    from trainingsplanner.genereren import vandaag
    from trainingsplanner.profiel.lezen import lees_profiel
    from trainingsplanner.render import gereedheid

    cat = laad_catalogus(catalogus)
    gelezen = lees_profiel(gemeente, cat, vandaag())
    schrijf_fout("".join(f"{w.tekst()}\n" for w in gelezen.waarschuwingen))
    profiel = gelezen.profiel
    bevindingen = beoordeel(profiel, cat)
    weergave = {
        Formaat.tekst: gereedheid.tekst,
        Formaat.md: gereedheid.markdown,
        Formaat.json: gereedheid.als_json,
    }[formaat]
    schrijf_uit(weergave(profiel.gemeente, bevindingen, cat))
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
        sys.stdout.write(als_tekst(profiel_schema(laad_catalogus(catalogus))))


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
    from trainingsplanner.cli.init import maak_startprofiel

    raise typer.Exit(maak_startprofiel(pad, interactief, laad_catalogus(catalogus)))


def hulptekst(argumenten: list[str], breedte: int | None = None) -> tuple[str, int]:
    """De hulp van typer voor deze argumenten, met Nederlandse vaste woorden (Gebruik, Opties, …).

    `breedte` zet de regelbreedte vast (voor de opdrachtenlijst in de README); anders volgt
    hij de terminal, zoals typer zelf.
    """
    import contextlib
    import io

    from trainingsplanner.cli.clickfouten import vertaal_hulp

    buffer = io.StringIO()
    code: object = 0
    extra = {} if breedte is None else {"terminal_width": breedte}
    with contextlib.redirect_stdout(buffer):
        try:
            code = app(argumenten, standalone_mode=False, prog_name="plan", **extra)
        except Exception as fout:
            if getattr(fout, "format_message", None) is None:
                raise
            code = int(getattr(fout, "exit_code", 2))
    return vertaal_hulp(buffer.getvalue()), code if isinstance(code, int) else 0


def main() -> None:
    """Ingang van de opdracht `plan`: hier eindigt elke fout, met een Nederlandse melding."""
    import sys

    from trainingsplanner.cli import rand

    argumenten = sys.argv[1:]
    try:
        if "--help" in argumenten:
            tekst, code = hulptekst(argumenten)
            sys.stdout.write(tekst)
        else:
            code = _voer_uit(argumenten)
    except (KeyboardInterrupt, typer.Abort):
        sys.stderr.write("Afgebroken.\n")
        code = 130
    except Exception as fout:
        code = rand.interne_fout(fout)
    sys.exit(code)


def _voer_uit(argumenten: list[str]) -> int:
    """Draai de opdracht; een fout in de opdrachtregel zelf wordt een Nederlandse melding (exit 2)."""
    import sys

    try:
        uitkomst = app(argumenten, standalone_mode=False, prog_name="plan")
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
        return int(getattr(fout, "exit_code", 2))
    return uitkomst if type(uitkomst) is int else 0
