"""De opdrachtenlijst in README.md, gemaakt uit de echte `--help` van elke opdracht.

    python -m trainingsplanner.cli.hulpdocs           # README.md bijwerken
    python -m trainingsplanner.cli.hulpdocs --check   # exit 1 als README.md verouderd is

Alles tussen `<!-- [[[hulp]]] -->` en `<!-- [[[einde]]] -->` wordt vervangen door de hulp van
`plan` en van elke opdracht eronder: dezelfde tekst als `plan … --help`, op een vaste breedte
van 80 tekens (die van de snelle `plan --help` in cli/hulptekst.py), zonder kleur.
tests/test_readme.py houdt het blok gelijk (bijwerken ook met `make golden`).
"""

from __future__ import annotations

import sys
from pathlib import Path

BEGIN = "<!-- [[[hulp]]] -->"
EINDE = "<!-- [[[einde]]] -->"
BREEDTE = 80
"""Vaste regelbreedte van de hulp hier en in cli/hulptekst.py, onafhankelijk van de terminal."""


def opdrachten() -> list[list[str]]:
    """Elke opdracht in de volgorde van `plan --help`, groepen vóór hun onderdelen: [], [generate], …"""
    import typer.main

    from trainingsplanner.cli.app import app

    uit: list[list[str]] = []

    def loop(opdracht: object, pad: list[str]) -> None:
        uit.append(pad)
        for naam, onder in getattr(opdracht, "commands", {}).items():
            if not getattr(onder, "hidden", False):
                loop(onder, [*pad, naam])

    loop(typer.main.get_command(app), [])
    return uit


def hulptekst(argumenten: list[str], breedte: int | None = None) -> tuple[str, int]:
    """De hulp voor deze argumenten als tekst, met de exit code (voor de README).

    `breedte` zet de regelbreedte vast (voor de opdrachtenlijst in de README); anders volgt
    hij de terminal, zoals typer zelf.
    """
    import contextlib
    import io

    from trainingsplanner.cli.app import app

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
    return buffer.getvalue(), code if isinstance(code, int) else 0


def blok() -> str:
    """Het blok voor de README: per opdracht een kop en zijn hulp."""
    delen = [
        BEGIN,
        "<!-- Gemaakt door `python -m trainingsplanner.cli.hulpdocs` uit de echte --help; "
        "niet met de hand bewerken. -->",
    ]
    for pad in opdrachten():
        tekst, code = hulptekst([*pad, "--help"], breedte=BREEDTE)
        if code != 0:
            raise RuntimeError(f"plan {' '.join(pad)} --help gaf exit {code}")
        delen += ["", f"### `{' '.join(['plan', *pad])}`", "", "```text", tekst.rstrip("\n"), "```"]
    return "\n".join([*delen, EINDE])


def werk_bij(tekst: str) -> str:
    """De README-tekst met een vers blok; het blok moet er precies één keer in staan."""
    if tekst.count(BEGIN) != 1 or tekst.count(EINDE) != 1:
        raise ValueError(f"README.md hoort {BEGIN} en {EINDE} elk één keer te bevatten")
    voor, rest = tekst.split(BEGIN)
    _, na = rest.split(EINDE)
    return voor + blok() + na


def main(argumenten: list[str] | None = None) -> int:
    argumenten = sys.argv[1:] if argumenten is None else argumenten
    readme = Path("README.md")
    if not readme.is_file():
        sys.stderr.write("README.md: niet gevonden; draai dit in de map van de repository\n")
        return 2
    oud = readme.read_text(encoding="utf-8")
    nieuw = werk_bij(oud)
    if "--check" in argumenten:
        if nieuw != oud:
            sys.stderr.write(
                "README.md: de opdrachtenlijst is verouderd; draai: python -m trainingsplanner.cli.hulpdocs\n"
            )
            return 1
        return 0
    if nieuw != oud:
        from trainingsplanner.bestanden.schrijven import schrijf

        schrijf(readme, nieuw, overschrijven=True)
        sys.stderr.write("Geschreven: README.md\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
