"""typer en click in het Nederlands: de hulptekst wordt in het Nederlands opgemaakt, niet achteraf vertaald.

Click bouwt de hulp uit vaste Engelse woorden ("Usage:", "Options", "[default: md]",
"Show this message and exit.", `<path>`). Achteraf vervangen gaat mis zodra click een regel
afbreekt ("[default:" aan het eind van de ene regel, "md]" op de volgende). Daarom krijgt elke
opdracht van `plan` een eigen context (`PlanContext`) met een eigen opmaker (`Hulpopmaak`):
die vertaalt kopjes, gebruiksregel, plaatshouders en de toevoegingen tussen haken vóórdat
click afbreekt. `app.py` geeft elke opdracht en groep deze klassen (`nederlands`).

typer (vanaf 0.29) heeft click in zich als `typer._click`; de opmaker erft van de
HelpFormatter daarvan. Alleen deze module kent die binnenkant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import typer
from typer._click.exceptions import NoArgsIsHelpError as GeenArgumenten
from typer._click.formatting import HelpFormatter
from typer.core import TyperCommand, TyperGroup

__all__ = ["GeenArgumenten", "Hulpopmaak", "PlanContext", "PlanOpdracht", "TyperGroup"]

KOPPEN = {"Options": "Opties", "Arguments": "Argumenten", "Commands": "Opdrachten"}
HULPZINNEN = {"Show this message and exit.": "Toon deze hulp."}
PLAATSHOUDERS = {
    "path": "pad",
    "str": "tekst",
    "text": "tekst",
    "integer": "getal",
    "int": "getal",
    "float": "getal",
    "boolean": "ja/nee",
    "bool": "ja/nee",
    "filename": "bestand",
    "file": "bestand",
    "directory": "map",
    "datetime": "datum",
}
"""Wat typer tussen punthaken zet (`--gemeente <path>`), in woorden van de gebruiker."""

_PLAATSHOUDER = re.compile(r"<([a-z]+)(?: range)?>")
_TOEVOEGING = re.compile(r"(?:^|(?<=\s\s))\[([^\[\]]*)\]$")
_BEREIK = (
    (re.compile(r"^(\S+)<=x<=(\S+)$"), "van {0} tot en met {1}"),
    (re.compile(r"^x>=(\S+)$"), "minstens {0}"),
    (re.compile(r"^x<=(\S+)$"), "hoogstens {0}"),
)


def plaatshouders(tekst: str) -> str:
    """`--gemeente <path>` → `--gemeente <pad>`; een keuzelijst (`<md|json>`) blijft staan."""
    return _PLAATSHOUDER.sub(
        lambda m: f"<{PLAATSHOUDERS.get(m.group(1), m.group(1))}>",
        tekst,
    )


def _deel(deel: str) -> str:
    if deel.startswith("default: "):
        return "standaard: " + deel.removeprefix("default: ")
    if deel == "required":
        return "verplicht"
    if deel.startswith("env var: "):
        return "omgevingsvariabele: " + deel.removeprefix("env var: ")
    for patroon, zin in _BEREIK:
        gevonden = patroon.match(deel)
        if gevonden:
            return zin.format(*gevonden.groups())
    return deel


def hulpzin(tekst: str) -> str:
    """De uitleg bij een optie: vaste Engelse zinnen en de toevoeging `[default: …; required]`."""
    tekst = HULPZINNEN.get(tekst, tekst)
    gevonden = _TOEVOEGING.search(tekst)
    if gevonden is None:
        return tekst
    delen = "; ".join(_deel(d) for d in gevonden.group(1).split("; "))
    return f"{tekst[: gevonden.start()]}[{delen}]"


def gebruiksregel(argumenten: str) -> str:
    """'[OPTIONS] COMMAND [ARGS]...' → '[OPTIES] OPDRACHT [ARGUMENTEN]...'; `{ID}` → `ID`."""
    argumenten = argumenten.replace("[OPTIONS]", "[OPTIES]").replace(
        "COMMAND [ARGS]...", "OPDRACHT [ARGUMENTEN]..."
    )
    return re.sub(r"\{([^{}\s]+)\}", r"\1", argumenten)


class Hulpopmaak(HelpFormatter):
    """Click's opmaker, met Nederlandse woorden vóór het afbreken van de regels."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, gebruiksregel(args), prefix="Gebruik: ")

    def write_heading(self, heading: str) -> None:
        super().write_heading(KOPPEN.get(heading, heading))

    def write_text(self, text: str) -> None:
        """Een "Voorbeeld:"-regel blijft heel (om over te nemen); andere tekst loopt door."""
        if text.startswith("Voorbeeld:") and "\n" not in text:
            self.write(f"{'':>{self.current_indent}}{text}\n")
            return
        super().write_text(text)

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        vertaald = [(plaatshouders(naam), hulpzin(uitleg)) for naam, uitleg in rows]
        super().write_dl(vertaald, col_max=col_max, col_spacing=col_spacing)


class PlanContext(typer.Context):
    """De context van elke opdracht van `plan`: hulp in het Nederlands."""

    formatter_class = Hulpopmaak


class PlanOpdracht(TyperCommand):
    context_class = PlanContext


class NederlandseGroep(TyperGroup):
    context_class = PlanContext


def nederlands(app: typer.Typer, groep: type[TyperGroup]) -> None:
    """Geef elke opdracht onder `app` de Nederlandse context; subgroepen worden `groep`.

    Een opdracht of groep die zelf al een klasse noemt, houdt die.
    """
    for opdracht in app.registered_commands:
        if opdracht.cls in (None, TyperCommand):  # typer vult TyperCommand zelf in
            opdracht.cls = PlanOpdracht
    for info in app.registered_groups:
        if not isinstance(info.cls, type):  # niet gegeven (typer's DefaultPlaceholder)
            info.cls = groep
        if info.typer_instance is not None:
            nederlands(info.typer_instance, groep)
