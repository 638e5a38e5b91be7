"""Meet `plan uitvoering status` en `report` over 600 teams met een jaar aan vastgelegde sessies.

Gebruik (vanuit de repository, met de .venv van `make test`):
    .venv/bin/python bench/uitvoering.py [--teams 600] [--herhaal 3] [--uit bestand.md]

Eerst een synthetische gemeente (bench/gemeenten.py) en een database waarin het eerste jaar
is bijgehouden: elke sessie met een voorgestelde datum in dat jaar gegeven (een op de tien
geannuleerd), werkoverleg en HR-gesprekken, en GIR-meldingen voor elk team in vier
kwartalen. Dat vullen gebeurt met de bibliotheek en telt niet mee. Daarna elke opdracht als
nieuw proces (zoals een gebruiker hem start), met `een_run` en `toon` uit bench/meet.py, en met
een eigen gebruikerscache. Herplannen neemt het basisplan uit die cache zolang het profiel gelijk
blijft (genereren.gelezen_en_basisplan); de regel "eerste keer" meet het zonder, zoals na een
gewijzigd profiel. Doel: elke opdracht onder 1 s. Dit zijn metingen, geen tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER))

from gemeenten import profiel  # noqa: E402
from meet import een_run, toon  # noqa: E402

DOEL_S = 1.0


def vul(gemeente: Path, db: Path) -> tuple[int, int, int]:
    """Een jaar uitvoering in de database; (sessies, meldingen, eerste jaar)."""
    from trainingsplanner.catalogus.laden import laad_catalogus
    from trainingsplanner.uitvoering import bron, opslag
    from trainingsplanner.uitvoering.gegevens import Incidentaantal, Sessie
    from trainingsplanner.uitvoering.plan import geplande_datums

    gegevens = bron.laad(gemeente, laad_catalogus(None))
    jaar = gegevens.programma.periode.start.year
    sessies = []
    for i, o in enumerate(gegevens.programma.onderdelen):
        for nummer, datum in enumerate(geplande_datums(o), start=1):
            if datum.year != jaar:
                continue
            if (i + nummer) % 10 == 0:
                sessies.append(Sessie(o.id, nummer, datum, "geannuleerd"))
            else:
                aanwezig = max(1, o.deelnemers // max(1, o.sessies))
                sessies.append(Sessie(o.id, nummer, datum, "gegeven", aanwezig, 7.5))
    meldingen = [
        Incidentaantal(team, f"{jaar}-K{k}", (i + k) % 7)
        for i, team in enumerate(gegevens.teams)
        for k in (1, 2, 3, 4)
    ]
    with opslag.transactie(db) as t:
        t.zet_sessies(sessies)
        t.zet_incidenten(meldingen)
    return len(sessies), len(meldingen), jaar


def gemeente_met_een_jaar(map: Path, teams: int) -> tuple[Path, Path, tuple[int, int, int]]:
    """De synthetische gemeente in `map` en een database met het eerste jaar bijgehouden:
    (profiel, database, (sessies, meldingen, jaar)). Het vullen gebeurt in een eigen proces:
    anders erft elk gemeten proces het geheugen van dit proces (fork)."""
    gemeente = map / f"g{teams}.yaml"
    gemeente.write_text(profiel(teams), encoding="utf-8")
    db = map / f"g{teams}.uitvoering.sqlite"
    uit = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--vul", str(gemeente), str(db)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return gemeente, db, map_int(uit.stdout)


def map_int(tekst: str) -> tuple[int, int, int]:
    a, b, c = (int(d) for d in tekst.split())
    return a, b, c


def meet(
    opdracht: list[str],
    herhaal: int,
    omgeving: dict[str, str],
    vooraf: Callable[[], object] = lambda: None,
) -> tuple[float, float, float]:
    """(mediaan wandklok, mediaan processortijd, max piekgeheugen in MB) over `herhaal` runs;
    `vooraf` draait vóór elke run (buiten de meting).

    De processortijd (user + sys van het kindproces, uit RUSAGE_CHILDREN rond `een_run`) hangt
    veel minder af van wat er verder op de machine draait dan de wandklok.
    """
    tijden, cpu, geheugen = [], [], 0.0
    for _ in range(herhaal):
        vooraf()
        voor = resource.getrusage(resource.RUSAGE_CHILDREN)
        tijd, mb, code = een_run_in(opdracht, omgeving)
        na = resource.getrusage(resource.RUSAGE_CHILDREN)
        if code not in (0, 1):
            raise SystemExit(f"{' '.join(opdracht)} eindigde met {code}")
        tijden.append(tijd)
        cpu.append(na.ru_utime + na.ru_stime - voor.ru_utime - voor.ru_stime)
        geheugen = max(geheugen, mb)
    return statistics.median(tijden), statistics.median(cpu), geheugen


def _vergeet(cachemap: Path) -> None:
    """Het basisplan uit de cache weg (genereren.gelezen_en_basisplan): herplannen plant dan
    opnieuw, zoals de eerste keer na een gewijzigd profiel."""
    for bestand in (cachemap / "trainingsplanner").glob("basisplan-*.pickle"):
        bestand.unlink()


def een_run_in(opdracht: list[str], omgeving: dict[str, str]) -> tuple[float, float, int]:
    """`een_run` van meet.py, met de vaste datum van vandaag in de omgeving."""
    oud = dict(os.environ)
    os.environ.update(omgeving)
    try:
        return een_run(opdracht)
    finally:
        os.environ.clear()
        os.environ.update(oud)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--teams", type=int, default=600)
    parser.add_argument("--herhaal", type=int, default=3)
    parser.add_argument("--uit", type=Path)
    parser.add_argument("--vul", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.vul:
        sys.stdout.write(" ".join(str(g) for g in vul(*args.vul)) + "\n")
        return
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    plan = [str(Path(sys.executable).with_name("plan"))]
    if not Path(plan[0]).exists():
        plan = [sys.executable, "-m", "trainingsplanner"]
    rijen: list[tuple[str, float, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        map = Path(tmp)
        gemeente, _, (aantal, meldingen, jaar) = gemeente_met_een_jaar(map, args.teams)
        eind = dt.datetime(jaar, 12, 31, 12, tzinfo=dt.UTC)
        cachemap = map / "cache"  # een eigen gebruikerscache: niets van andere runs of versies
        omgeving = {
            "SOURCE_DATE_EPOCH": str(int(eind.timestamp())),
            "XDG_CACHE_HOME": str(cachemap),
        }
        basis = ["--gemeente", str(gemeente)]
        herplannen = [
            *plan, "generate", *basis, "--uitvoering", "--vanaf", f"{jaar + 1}-01-01",
            "--format", "json", "--out", str(map / "h.json"), "--force",
        ]  # fmt: skip
        opdrachten = {
            "plan --version": [*plan, "--version"],
            f"generate {args.teams} teams, json (ter vergelijking)": [
                *plan, "generate", *basis, "--format", "json", "--out", str(map / "p.json"), "--force",
            ],
            f"generate --uitvoering (herplannen vanaf {jaar + 1}-01-01), json": herplannen,
            "uitvoering status, tekst": [*plan, "uitvoering", "status", *basis],
            "uitvoering status, json": [*plan, "uitvoering", "status", *basis, "--format", "json"],
            "uitvoering status, html": [*plan, "uitvoering", "status", *basis, "--format", "html"],
            "uitvoering status --team": [*plan, "uitvoering", "status", *basis, "--team", "Team 00001"],
            **{
                f"uitvoering report {jaar}, {f}": [
                    *plan, "uitvoering", "report", "--jaar", str(jaar), *basis, "--format", f,
                    "--out", str(map / f"v.{f}"), "--force",
                ]
                for f in ("md", "html", "docx")
            },
        }  # fmt: skip
        for opdracht in opdrachten.values():  # opwarmen: bytecode, catalogus- en sjablooncache
            subprocess.run(
                opdracht, capture_output=True, check=False, env={**os.environ, **omgeving}
            )
        for naam, opdracht in opdrachten.items():
            rijen.append((naam, *meet(opdracht, args.herhaal, omgeving)))
        koud = "  herplannen, eerste keer na een gewijzigd profiel (basisplan niet in de cache)"
        rijen.insert(
            3, (koud, *meet(herplannen, args.herhaal, omgeving, lambda: _vergeet(cachemap)))
        )
    generate = rijen[1][1]
    belasting = ", ".join(f"{b:.1f}" for b in os.getloadavg())
    regels = [
        f"Machine: {platform.machine()}, {os.cpu_count()} kernen, Python {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d')}, belasting (1, 5, 15 min) {belasting}. Mediaan van "
        f"{args.herhaal} runs.",
        f"Gemeente van {args.teams} teams; database met {aantal} sessies en {meldingen} "
        f"GIR-meldingen (het jaar {jaar}); stand op 31 december {jaar}. Doel: onder {DOEL_S:g} s.",
        "× generate is de wandklok tegen `generate` van dezelfde gemeente in dezelfde run.",
        "",
        "| meting | wandklok (s) | processor (s) | × generate | piekgeheugen (MB) |",
        "|---|---:|---:|---:|---:|",
        *(
            f"| {naam} | {tijd:.3f} | {cpu:.3f} | {tijd / generate:.2f} | {mb:.0f} |"
            for naam, tijd, cpu, mb in rijen
        ),
    ]
    toon("\n".join(regels) + "\n", args.uit)


if __name__ == "__main__":
    main()
