"""Testhulp voor issue 15 (de uitvoering): een `plan` met alleen `uitvoering`, en profielen.

`uitvoering_app` staat (nog) niet in cli/app.py; deze tests bouwen daarom zelf een kleine
`plan` met dezelfde rand (PlanGroep: een InvoerFout wordt exit 2 met meldingen).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer
from typer.testing import CliRunner, Result

from trainingsplanner.cli.rand import PlanGroep
from trainingsplanner.cli.uitvoering import uitvoering_app

REPO = Path(__file__).resolve().parents[1]
KLEIN = REPO / "examples" / "klein.yaml"
VANDAAG = dt.date(2027, 7, 15)
GROOT = """\
versie: 1
gemeente: Grootstad
startdatum: 2027-02-01
looptijd_jaren: 3
groepsgrootte: 12
capaciteit: {sessies_per_maand: 200}
teams:
  - {naam: Balie, functiegroep: publieksdiensten, medewerkers: 2000}
  - {naam: Buitendienst, functiegroep: buitendienst, medewerkers: 2000}
"""
"""Een profiel met 12.000 HR-gesprekken (zes onderdelen van 2.000): ruimte voor grote imports."""
HR_GESPREKKEN = [
    f"stap4-{team}-hr-gesprek-j{jaar}" for jaar in (1, 2, 3) for team in ("balie", "buitendienst")
]


def maak_app() -> typer.Typer:
    app = typer.Typer(cls=PlanGroep, rich_markup_mode=None, add_completion=False)
    app.add_typer(uitvoering_app, name="uitvoering")

    @app.callback()
    def _hoofd() -> None:
        """plan (alleen de uitvoering)"""

    return app


APP = maak_app()
runner = CliRunner()


def epoch(datum: dt.date) -> str:
    """SOURCE_DATE_EPOCH voor `datum` (genereren.vandaag leest hem)."""
    return str(int(dt.datetime(datum.year, datum.month, datum.day, 12, tzinfo=dt.UTC).timestamp()))


def plan(*argumenten: str | Path, vandaag: dt.date = VANDAAG) -> Result:
    """`plan uitvoering …` met een vaste datum; een crash (geen SystemExit) laat de test falen."""
    resultaat = runner.invoke(
        APP,
        ["uitvoering", *map(str, argumenten)],
        env={"SOURCE_DATE_EPOCH": epoch(vandaag)},
    )
    if resultaat.exception is not None and not isinstance(resultaat.exception, SystemExit):
        raise AssertionError(f"crash: {resultaat.exception!r}") from resultaat.exception
    assert "Traceback" not in resultaat.output
    return resultaat


def profiel(map: Path, tekst: str | None = None, naam: str = "klein.yaml") -> Path:
    """Een profiel in `map` (standaard examples/klein.yaml); de database komt ernaast."""
    pad = map / naam
    pad.write_text(KLEIN.read_text(encoding="utf-8") if tekst is None else tekst, encoding="utf-8")
    return pad
