"""De opdracht `plan`: zet opties om, roept één bibliotheekfunctie aan, print en kiest de exit code.

Exit codes (cli/rand.py): 0 in orde, 1 bevindingen (bijvoorbeeld randvoorwaarden niet
voldaan), 2 onbruikbare invoer of opdracht, 3 interne fout. Zware bibliotheken (pydantic,
jinja2, rich) worden pas in de opdrachten geladen. De opdrachtgroepen `catalogus` en
`leerdoelwijzer` en de hulp (`plan help`, aanvullen met Tab) staan in eigen modules.

Elke opdracht krijgt een Nederlandse hulptekst (cli/nederlands.py) die eindigt op een
"Voorbeeld:"-regel; het profiel mag als argument (`plan generate x.yaml`) of met
`--gemeente`.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from trainingsplanner import __version__
from trainingsplanner.cli import hulp
from trainingsplanner.cli.brief import brief
from trainingsplanner.cli.catalogus import catalogus_app
from trainingsplanner.cli.leerdoelwijzer import leerdoelwijzer_app
from trainingsplanner.cli.nederlands import nederlands
from trainingsplanner.cli.opties import (
    CatalogusOptie,
    ForceOptie,
    ProfielArgument,
    ProfielOfMapOptie,
    ProfielOptie,
    TekstOfJson,
    UitvoeringDbOptie,
    UitvoeringOptie,
    VanafOptie,
    bruikbaar_pad,
    formaatoptie,
    kies_profiel,
    laad_catalogus,
)
from trainingsplanner.cli.rand import PlanGroep, fouten_als_json
from trainingsplanner.cli.uitvoering import uitvoering_app
from trainingsplanner.formaat import Formaat

app = typer.Typer(
    name="plan",
    cls=PlanGroep,
    help="Stel een meerjarig trainingsprogramma publieksagressie samen voor een gemeente.",
    epilog="Voorbeeld: plan generate gemeente.yaml",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _versie(waarde: bool) -> None:
    if waarde:
        from trainingsplanner.cli.uitvoer import schrijf_uit

        schrijf_uit(f"plan (trainingsplanner) {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _hoofd(
    versie: Annotated[
        bool,
        typer.Option("--version", help="Toon het versienummer.", callback=_versie, is_eager=True),
    ] = False,
    installeer: Annotated[
        bool,
        typer.Option(
            "--install-completion",
            help="Vul opdrachten en opties aan met Tab (bash, zsh, fish of PowerShell).",
            callback=hulp.installeer_aanvullen,
            is_eager=True,
        ),
    ] = False,
    toon: Annotated[
        bool,
        typer.Option(
            "--show-completion",
            help="Toon het script voor aanvullen met Tab, om het zelf te installeren.",
            callback=hulp.toon_aanvullen,
            is_eager=True,
        ),
    ] = False,
) -> None:
    """Stel een meerjarig trainingsprogramma publieksagressie samen voor een gemeente.

    Hulp bij een opdracht: plan help OPDRACHT (of plan OPDRACHT --help).
    """


@app.command(epilog="Voorbeeld: plan validate --catalogus mijn-catalogus")
def validate(
    ctx: typer.Context, catalogus: CatalogusOptie = None, formaat: TekstOfJson = Formaat.tekst
) -> None:
    """Controleer de catalogus: vorm, verwijzingen en bronregels. Exit 0 of 2."""
    from trainingsplanner.cli.uitvoer import print_json, schrijf_uit

    if formaat is Formaat.json:
        fouten_als_json(ctx)
    cat = laad_catalogus(catalogus)
    if formaat is Formaat.json:
        print_json({"geldig": True, "problemen": []})
        return
    schrijf_uit(
        f"Catalogus in orde: {len(cat.functiegroepen)} functiegroepen, {len(cat.doelgroepen)} "
        f"doelgroepen, {len(cat.elementen)} elementen, {len(cat.opleidingen)} opleidingen, "
        f"{len(cat.sessies)} sessies, {len(cat.indicatorenbestand.indicatoren)} indicatoren, "
        f"{len(cat.regels)} regels.\n"
    )


@app.command(epilog="Voorbeeld: plan generate gemeente.yaml --format md")
def generate(
    profiel: ProfielArgument = None,
    gemeente: ProfielOfMapOptie = None,
    formaat: Annotated[
        Formaat,
        formaatoptie(
            Formaat.html,
            Formaat.md,
            Formaat.json,
            Formaat.xlsx,
            Formaat.docx,
            Formaat.ics,
            uitleg="html (één bestand om te mailen of te printen), md (Markdown), json, "
            "xlsx (Excel, om bij te houden), docx (Word) of ics (een agenda met de voorgestelde "
            "datums, voor Outlook).",
            metavar="<formaat>",
        ),
    ] = Formaat.html,
    out: Annotated[
        str | None,
        typer.Option(
            "--out",
            help="Uitvoerbestand, of een map (die eindigt op / of al bestaat); '-' schrijft "
            "naar het scherm. Ontbrekende mappen worden gemaakt. Standaard naast het "
            "profiel: NAAM.programma.html.",
            show_default=False,
            metavar="<pad>",
        ),
    ] = None,
    force: ForceOptie = False,
    team: Annotated[
        str | None,
        typer.Option(
            "--team",
            help="Alleen met --format ics: de agenda van één team (de naam uit het profiel), "
            "voor de leidinggevende.",
            show_default=False,
            metavar="<naam>",
        ),
    ] = None,
    uitvoering: UitvoeringOptie = False,
    db: UitvoeringDbOptie = None,
    vanaf: VanafOptie = None,
    catalogus: CatalogusOptie = None,
) -> None:
    """Stel het trainingsprogramma samen. Exit 0 klaar, 1 klaar maar iets blokkeert, 2 fout in de invoer."""
    from trainingsplanner.cli import generate as opdracht_generate

    pad = kies_profiel(profiel, gemeente)
    cat = laad_catalogus(catalogus)
    herplan = opdracht_generate.Herplanopties(uitvoering or db is not None, db, vanaf)
    raise typer.Exit(opdracht_generate.voer_uit(pad, formaat, out, force, cat, team, herplan))


app.command("brief", epilog="Voorbeeld: plan brief stap3-bot --gemeente gemeente.yaml")(brief)


@app.command(epilog="Voorbeeld: plan explain R3.2 gemeente.yaml")
def explain(
    code: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="Id van een onderdeel (zie plan onderdelen) of een regelcode (R3.2).",
        ),
    ],
    profiel: ProfielArgument = None,
    gemeente: ProfielOptie = None,
    catalogus: CatalogusOptie = None,
) -> None:
    """Leg uit waarom een onderdeel in het programma staat, of wat een regel hier doet."""
    from trainingsplanner.cli.generate import leg_uit

    pad = kies_profiel(profiel, gemeente)
    leg_uit(pad, code, laad_catalogus(catalogus))


@app.command(epilog="Voorbeeld: plan onderdelen gemeente.yaml")
def onderdelen(
    profiel: ProfielArgument = None,
    gemeente: ProfielOptie = None,
    formaat: TekstOfJson = Formaat.tekst,
    catalogus: CatalogusOptie = None,
) -> None:
    """Toon elk onderdeel van het programma met zijn id, titel en datums (voor plan explain)."""
    from trainingsplanner.cli.generate import toon_onderdelen

    pad = kies_profiel(profiel, gemeente)
    toon_onderdelen(pad, formaat, laad_catalogus(catalogus))


@app.command("check-randvoorwaarden", epilog="Voorbeeld: plan check-randvoorwaarden gemeente.yaml")
def check_randvoorwaarden(
    profiel: ProfielArgument = None,
    gemeente: ProfielOptie = None,
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

    pad = kies_profiel(profiel, gemeente)
    cat = laad_catalogus(catalogus)
    gelezen = lees_profiel(pad, cat, vandaag())
    schrijf_fout("".join(f"{w.tekst()}\n" for w in gelezen.waarschuwingen))
    bevindingen = beoordeel(gelezen.profiel, cat)
    weergave = {
        Formaat.tekst: gereedheid.tekst,
        Formaat.md: gereedheid.markdown,
        Formaat.json: gereedheid.als_json,
    }[formaat]
    schrijf_uit(weergave(gelezen.profiel.gemeente, bevindingen, cat))
    raise typer.Exit(1 if blokkeert(bevindingen) else 0)


class Schemasoort(StrEnum):
    profiel = "profiel"
    programma = "programma"


@app.command(epilog="Voorbeeld: plan schema profiel > profiel.schema.json")
def schema(
    soort: Annotated[
        Schemasoort,
        typer.Argument(
            metavar="SOORT", help="profiel (invoer) of programma (uitvoer).", case_sensitive=False
        ),
    ] = Schemasoort.profiel,
    catalogus: CatalogusOptie = None,
) -> None:
    """Toon het JSON Schema van het gemeenteprofiel of van het programma (voor editors en tools)."""
    from trainingsplanner.cli.uitvoer import schrijf_uit
    from trainingsplanner.schemas import als_tekst, profiel_schema, programma_schema

    if soort is Schemasoort.programma:
        schrijf_uit(als_tekst(programma_schema()))
    else:
        schrijf_uit(als_tekst(profiel_schema(laad_catalogus(catalogus))))


@app.command(epilog="Voorbeeld: plan init zandvoort.yaml --interactive")
def init(
    pad: Annotated[
        Path | None,
        typer.Argument(
            metavar="PAD",
            help="Waar het profiel komt (standaard gemeente.yaml); profiel.schema.json komt "
            "ernaast.",
            show_default=False,
            callback=bruikbaar_pad,
        ),
    ] = None,
    interactief: Annotated[
        bool, typer.Option("--interactive", help="Stel de vragen in de terminal, team voor team.")
    ] = False,
    catalogus: CatalogusOptie = None,
) -> None:
    """Maak een startprofiel met uitleg bij elk veld. Overschrijft nooit een bestaand profiel."""
    from trainingsplanner.cli.init import maak_startprofiel

    raise typer.Exit(maak_startprofiel(pad, interactief, laad_catalogus(catalogus)))


app.command("help", epilog="Voorbeeld: plan help generate")(hulp.help_opdracht)
app.add_typer(catalogus_app, name="catalogus", cls=PlanGroep)
app.add_typer(
    leerdoelwijzer_app,
    name="leerdoelwijzer",
    cls=PlanGroep,
    epilog="Voorbeeld: plan leerdoelwijzer create --gemeente gemeente.yaml --out vragenlijsten",
)
app.add_typer(
    uitvoering_app,
    name="uitvoering",
    cls=PlanGroep,
    epilog="Voorbeeld: plan uitvoering status --gemeente gemeente.yaml",
)
nederlands(app, PlanGroep)
