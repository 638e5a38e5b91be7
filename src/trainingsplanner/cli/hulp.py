"""Hulp bij `plan`: `plan help OPDRACHT` en aanvullen met Tab.

`plan`, `plan -h`, `plan --help` en `plan help` tonen dezelfde Nederlandse hulp;
`plan help generate` is hetzelfde als `plan generate --help`. Aanvullen met Tab gebruikt het
mechanisme van typer (`_PLAN_COMPLETE`); installeren en tonen gebeuren hier, met
Nederlandse meldingen.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from trainingsplanner.cli.opties import opdrachtfout

SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")
"""De shells waarvoor typer een aanvulscript heeft."""


def help_opdracht(
    ctx: typer.Context,
    opdracht: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="OPDRACHT",
            help="De opdracht, bijvoorbeeld generate of catalogus toon.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Toon de hulp van plan of van één opdracht."""
    from trainingsplanner.cli.nederlands import TyperGroup
    from trainingsplanner.cli.uitvoer import schrijf_uit
    from trainingsplanner.suggestie import bedoelde_u

    huidig = ctx.find_root()
    for naam in opdracht or []:
        groep = huidig.command
        namen = list(groep.list_commands(huidig)) if isinstance(groep, TyperGroup) else []
        gevonden = next((n for n in namen if n.casefold() == naam.casefold()), None)
        if not isinstance(groep, TyperGroup) or gevonden is None:
            hint = bedoelde_u(naam, namen)
            raise opdrachtfout("OPDRACHT", f"onbekende opdracht '{naam}'.{hint}".rstrip("."))
        onder = groep.get_command(huidig, gevonden)
        assert onder is not None
        huidig = onder.make_context(gevonden, [], parent=huidig, resilient_parsing=True)
    schrijf_uit(huidig.get_help() + "\n")


def _shell() -> str:
    """De shell waarin `plan` draait: eerst wat shellingham ziet, anders $SHELL."""
    from typer._completion_shared import _get_shell_name

    return _get_shell_name() or Path(os.environ.get("SHELL", "")).name


def _gekozen_shell(optie: str) -> str:
    shell = _shell()
    if shell not in SHELLS:
        bericht = (
            f"aanvullen met Tab kan in bash, zsh, fish en PowerShell; deze shell "
            f"({shell or 'onbekend'}) wordt niet ondersteund"
        )
        raise opdrachtfout(optie, bericht)
    return shell


def installeer_aanvullen(waarde: bool) -> None:
    """`plan --install-completion`: zet aanvullen met Tab aan in de eigen shell."""
    if not waarde:
        return
    from typer._completion_shared import install

    from trainingsplanner.bestanden.bronnen import toon_pad
    from trainingsplanner.cli.uitvoer import schrijf_uit
    from trainingsplanner.fouten import os_bericht

    shell = _gekozen_shell("--install-completion")
    try:
        _, pad = install(shell=shell, prog_name="plan")
    except OSError as fout:
        raise opdrachtfout("--install-completion", os_bericht(fout)) from None
    schrijf_uit(
        f"Aanvullen met Tab staat aan voor {shell} ({toon_pad(pad)}). "
        "Het werkt in een nieuwe terminal.\n"
    )
    raise typer.Exit(0)


def toon_aanvullen(waarde: bool) -> None:
    """`plan --show-completion`: het aanvulscript, om het zelf ergens neer te zetten."""
    if not waarde:
        return
    from typer._completion_shared import get_completion_script

    from trainingsplanner.cli.uitvoer import schrijf_uit

    shell = _gekozen_shell("--show-completion")
    script = get_completion_script(prog_name="plan", complete_var="_PLAN_COMPLETE", shell=shell)
    schrijf_uit(script + "\n")
    raise typer.Exit(0)
