"""De ingang van `plan` na cli/start.py: de opdracht draaien en elke fout hier laten eindigen.

Exit codes en meldingen kiest de rand (cli/rand.py); deze module zet stdout onder bewaking,
vertaalt fouten in de opdrachtregel zelf (clickfouten.py) en laat een groep zonder opdracht
(`plan`, `plan leerdoelwijzer`) zijn hulp tonen.
"""

from __future__ import annotations

import sys

import typer

from trainingsplanner.cli.rand import interne_fout, meld
from trainingsplanner.fouten import InvoerFout


def main() -> None:
    """Ingang van de opdracht `plan`: hier eindigt elke fout, met een Nederlandse melding.

    stdout wordt bewaakt (cli/uitvoer.py): lukt schrijven niet (`> /dev/full`, schijf vol),
    dan volgt een melding die 'standaarduitvoer' noemt, met exit 2.
    """
    from typing import TextIO, cast

    from trainingsplanner.cli.uitvoer import BewaakteUitvoer

    bewaakt = BewaakteUitvoer(sys.stdout)
    sys.stdout = cast(TextIO, bewaakt)
    try:
        code = _voer_uit(sys.argv[1:])
        sys.stdout.flush()
    except InvoerFout as fout:  # een optie die al bij het lezen van de opdracht faalt
        code = meld(fout)
    except (KeyboardInterrupt, typer.Abort):
        sys.stderr.write("Afgebroken.\n")
        code = 130
    except Exception as fout:
        code = interne_fout(fout)
    if bewaakt.fout is not None:  # ook als een bibliotheek de fout heeft ingeslikt
        code = meld(bewaakt.fout)
    sys.exit(code)


def _voer_uit(argumenten: list[str]) -> int:
    """Draai de opdracht; een fout in de opdrachtregel zelf wordt een Nederlandse melding (exit 2).

    Zonder argumenten (`plan`, `plan leerdoelwijzer`) toont een groep zijn hulp, met exit 0.
    """
    import os

    from trainingsplanner.cli.app import app
    from trainingsplanner.cli.nederlands import GeenArgumenten

    if "_PLAN_COMPLETE" in os.environ:  # aanvullen met Tab: typer's klassen per shell
        from typer._completion_classes import completion_init

        completion_init()
    try:
        uitkomst = _alleen_nodig(app, argumenten)(
            argumenten, standalone_mode=False, prog_name="plan"
        )
    except GeenArgumenten as fout:
        from trainingsplanner.cli.uitvoer import schrijf_uit

        if fout.ctx is not None:
            schrijf_uit(fout.ctx.get_help() + "\n")
        return 0
    except Exception as fout:
        formatteer = getattr(fout, "format_message", None)
        if formatteer is None:
            raise
        from trainingsplanner.cli.clickfouten import vertaal

        ctx = getattr(fout, "ctx", None)
        if ctx is not None:
            sys.stderr.write(ctx.get_usage() + "\n")
            sys.stderr.write(f"Hulp: {ctx.command_path} --help\n\n")
        hint = _bedoelde_opdracht(fout)
        sys.stderr.write(f"Fout: {vertaal(str(formatteer()))}{'.' + hint if hint else ''}\n")
        return int(getattr(fout, "exit_code", 2))
    return uitkomst if type(uitkomst) is int else 0


def _alleen_nodig(app: typer.Typer, argumenten: list[str]) -> typer.Typer:
    """`plan` met alleen de gevraagde opdracht of groep, als die bestaat: typer bouwt bij elke
    start alle 24 opdrachten met hun opties (~30 ms); de opdracht zelf merkt het verschil niet.
    `plan help`, een onbekende opdracht en aanvullen met Tab krijgen de hele `plan`."""
    import copy
    import os

    if not argumenten or argumenten[0] == "help" or "_PLAN_COMPLETE" in os.environ:
        return app
    naam = argumenten[0]
    opdrachten = [c for c in app.registered_commands if _naam(c.name, c.callback) == naam]
    groepen = [g for g in app.registered_groups if g.name == naam]
    if not opdrachten and not groepen:
        return app
    smal = copy.copy(app)
    smal.registered_commands = opdrachten
    smal.registered_groups = groepen
    return smal


def _naam(naam: str | None, callback: object) -> str | None:
    """De naam van een opdracht zoals typer hem maakt: gegeven, of van de functie."""
    functie = getattr(callback, "__name__", None)
    return naam or (None if functie is None else typer.main.get_command_name(functie))


def _bedoelde_opdracht(fout: Exception) -> str:
    """Bij een onbekende opdracht (`plan explian`): 'Bedoelde u explain?' uit de echte opdrachten."""
    import re

    from trainingsplanner.suggestie import bedoelde_u

    gevonden = re.match(r"No such command '([^']+)'", str(getattr(fout, "message", "")))
    ctx = getattr(fout, "ctx", None)
    opdracht = getattr(ctx, "command", None)
    if gevonden is None or opdracht is None or not hasattr(opdracht, "list_commands"):
        return ""
    return bedoelde_u(gevonden.group(1), opdracht.list_commands(ctx))
