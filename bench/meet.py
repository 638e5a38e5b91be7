"""Meet wandkloktijd en piekgeheugen van hele `plan`-processen, en schrijf een Markdown-tabel.

Gebruik (vanuit de repository, na `make test` of `make demo`):
    .venv/bin/python bench/meet.py [--herhaal 3] [--uit bench/resultaten.md]

Elke meting is een nieuw proces (zoals een gebruiker het start); de mediaan van de
herhalingen telt, het piekgeheugen is de maxrss van het kindproces. Dit zijn metingen,
geen tests: er wordt niets afgekeurd.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER))

from gemeenten import profiel, uitvoering  # noqa: E402

PLAN = [sys.executable, "-m", "trainingsplanner"]
KLEIN = HIER.parent / "examples" / "klein.yaml"
VLOER = "import pydantic, yaml, jinja2, typer, rich"
"""De importvloer: de bibliotheken die elke opdracht laadt, zonder iets te doen."""


def een_run(opdracht: list[str]) -> tuple[float, float, int]:
    """Eén nieuw proces: (seconden, piekgeheugen in MB zoals `time -v` het noemt, exit code)."""
    begin = time.perf_counter()
    proces = subprocess.Popen(opdracht, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, gebruik = os.wait4(proces.pid, 0)
    return time.perf_counter() - begin, gebruik.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def meet(opdracht: list[str], herhaal: int) -> tuple[float, float]:
    """(mediaan seconden, max piekgeheugen in MB) over `herhaal` runs."""
    tijden = []
    geheugen = 0.0
    for _ in range(herhaal):
        tijd, mb, code = een_run(opdracht)
        if code not in (0, 1):
            raise SystemExit(f"{' '.join(opdracht)} eindigde met {code}")
        tijden.append(tijd)
        geheugen = max(geheugen, mb)
    return statistics.median(tijden), geheugen


def toon(tekst: str, uit: Path | None) -> None:
    """De meting naar het scherm en, als gevraagd, naar een bestand."""
    sys.stdout.write(tekst)
    if uit:
        uit.write_text(tekst, encoding="utf-8")


def _herplannen(plan: list[str], pad: Path, map: Path, herhaal: int) -> tuple[str, float, float]:
    """Issue 15: herplannen met een jaar vastgelegde uitvoering (2027) vanaf 1 januari 2028."""
    db = map / f"{pad.stem}.uitvoering.sqlite"
    aantal = uitvoering(pad, db, VANAF_HERPLAN)
    opdracht = [*plan, "generate", "--gemeente", str(pad), "--db", str(db), "--vanaf"]
    opdracht += [VANAF_HERPLAN.isoformat(), "--format", "json", "--out", str(map / "herpland.json")]
    naam = f"generate {pad.stem[1:]} teams --uitvoering ({aantal} sessies vastgelegd), json"
    return naam, *meet([*opdracht, "--force"], herhaal)


VANAF_HERPLAN = dt.date(2028, 1, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--herhaal", type=int, default=3)
    parser.add_argument("--uit", type=Path)
    parser.add_argument(
        "--snel", action="store_true", help="zonder 2000 teams en de map van 342 gemeenten"
    )
    args = parser.parse_args()
    os.environ.pop(
        "PYTHONDONTWRITEBYTECODE", None
    )  # zoals bij een gebruiker: bytecode wordt bewaard
    rijen: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        map = Path(tmp)
        # Een eigen gebruikerscache (catalogus, sjablonen, feestdagen), zoals één gebruiker met
        # één versie van plan: op een gedeelde machine vervangt elke andere versie van plan het
        # cachebestand van de catalogus, en dan meet je het opnieuw opbouwen mee.
        os.environ["XDG_CACHE_HOME"] = str(map / "cache")
        plan = [str(Path(sys.executable).with_name("plan"))]
        if not Path(plan[0]).exists():
            plan = PLAN
        # Opwarmen: bytecode van het pakket, de catalogus- en sjablooncache (zoals na één run).
        subprocess.run([*plan, "validate"], capture_output=True, check=False)
        for formaat in ("md", "json", "html"):
            opwarm = [*plan, "generate", "--gemeente", str(KLEIN), "--format", formaat]
            subprocess.run([*opwarm, "--out", "-"], capture_output=True, check=False)
        kaal = meet([sys.executable, "-c", "pass"], max(5, args.herhaal))
        vloer = meet([sys.executable, "-c", VLOER], max(5, args.herhaal))
        versie = meet([*plan, "--version"], max(5, args.herhaal))
        rijen.append(("python -c pass", *kaal))
        rijen.append(("importvloer (pydantic, yaml, jinja2, typer, rich)", *vloer))
        rijen.append(("plan --version", *versie))
        rijen.append(("plan --help", *meet([*plan, "--help"], max(5, args.herhaal))))
        rijen.append(("plan validate", *meet([*plan, "validate"], args.herhaal)))
        for formaat in ("md", "json", "html"):
            opdracht = [*plan, "generate", "--gemeente", str(KLEIN), "--format", formaat]
            uit = map / f"klein.{formaat}"
            rijen.append(
                (
                    f"generate klein (6 teams), {formaat}",
                    *meet([*opdracht, "--out", str(uit), "--force"], max(5, args.herhaal)),
                )
            )
        for teams in (6, 60, 600) if args.snel else (6, 60, 600, 2000):
            pad = map / f"g{teams}.yaml"
            pad.write_text(profiel(teams), encoding="utf-8")
            for formaat in ("md", "json", "html"):
                uit = map / f"g{teams}.{formaat}"
                opdracht = [
                    *plan,
                    "generate",
                    "--gemeente",
                    str(pad),
                    "--format",
                    formaat,
                    "--out",
                    str(uit),
                    "--force",
                ]
                rijen.append((f"generate {teams} teams, {formaat}", *meet(opdracht, args.herhaal)))
            if teams == 600:  # issue 14: de agenda met een datum voor elke sessie
                uit = map / f"g{teams}.ics"
                opdracht = [*plan, "generate", "--gemeente", str(pad), "--format", "ics"]
                opdracht += ["--out", str(uit), "--force"]
                rijen.append(
                    (f"generate {teams} teams, ics (datums)", *meet(opdracht, args.herhaal))
                )
                rijen.append(_herplannen(plan, pad, map, args.herhaal))
        if not args.snel:
            gemeenten = map / "gemeenten"
            gemeenten.mkdir()
            for i in range(342):
                teams = 5 + (i * 37) % 76
                (gemeenten / f"gemeente-{i:03d}.yaml").write_text(
                    profiel(teams, zaad=i, naam=f"Gemeente {i:03d}"), encoding="utf-8"
                )
            uitmap = map / "uit"
            uitmap.mkdir()
            opdracht = [
                *plan,
                "generate",
                "--gemeente",
                str(gemeenten),
                "--out",
                str(uitmap),
                "--format",
                "json",
                "--force",
            ]
            rijen.append(("generate map van 342 gemeenten (5–80 teams), json", *meet(opdracht, 1)))
            shutil.rmtree(uitmap)
    regels = [
        f"Machine: {platform.machine()}, {os.cpu_count()} kernen, Python {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d')}. Mediaan van {args.herhaal} runs (startmetingen: 5).",
        "",
        "Verhoudingen in dezelfde run: × vloer is tegen de importvloer, × python tegen een kale",
        "`python -c pass`. Die verhoudingen zijn de maat; de seconden wisselen per machine.",
        "",
        "| meting | wandklok (s) | × vloer | × python | piekgeheugen (MB) |",
        "|---|---:|---:|---:|---:|",
        *(
            f"| {naam} | {tijd:.3f} | {tijd / vloer[0]:.2f} | {tijd / kaal[0]:.1f} | {mb:.0f} |"
            for naam, tijd, mb in rijen
        ),
    ]
    toon("\n".join(regels) + "\n", args.uit)


if __name__ == "__main__":
    main()
