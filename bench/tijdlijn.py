"""Waar de wandklok van één `plan generate`-proces heen gaat, fase voor fase.

Gebruik (vanuit de repository, met de .venv van `make test`):
    .venv/bin/python bench/tijdlijn.py [--teams 600] [--herhaal 5] [--uit bestand.md]

Maakt de gemeente van bench/gemeenten.py en, zoals bench/uitvoering.py, een database met het
eerste jaar bijgehouden; meet dan `generate --format json` en herplannen
(`generate --uitvoering --vanaf <jaar+1>-01-01`). Elke run is een nieuw proces dat de gewone
ingang van `plan` draait (`cli/start.py`); alleen worden de grenzen tussen de fasen genoteerd
(de functies van genereren.py, de cli en de uitvoering krijgen een omhulsel dat de tijd
noteert). Zo is te zien wat vastligt per proces (importeren, lezen, json maken en schrijven)
en wat de planner zelf kost. Per fase de mediaan over de runs. Dit zijn metingen, geen tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER))

from meet import toon  # noqa: E402
from uitvoering import gemeente_met_een_jaar  # noqa: E402

OPSTART = r"""
import json, os, sys, time
T0 = time.perf_counter()
import gc; gc.disable()  # zoals cli/start.py, vóór de eerste import
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
from trainingsplanner.cli import proces  # zoals cli/start.py: geheugen en plug-inlader eerst
proces.houd_geheugen_vast()
proces.sla_pluginzoeker_over()
log = [("start", 0.0)]
def noteer(naam): log.append((naam, time.perf_counter() - T0))
import trainingsplanner.cli.start as start
import trainingsplanner.cli.ingang, trainingsplanner.cli.app, trainingsplanner.cli.generate as G
import trainingsplanner.genereren as GG, trainingsplanner.catalogus.laden as L
if "--uitvoering" in sys.argv:
    import trainingsplanner.uitvoering.herplanbron as H
noteer("importeren")
def omhul(module, naam, fase):
    f = getattr(module, naam)
    def omhulsel(*a, **k):
        noteer("tussendoor")
        try:
            return f(*a, **k)
        finally:
            noteer(fase)
    setattr(module, naam, omhulsel)
omhul(L, "laad_catalogus", "catalogus")
omhul(GG, "lees_profiel", "profiel lezen")
import trainingsplanner.engine as E
omhul(E, "basisplan", "PLANNER: basisplan")
omhul(E, "voltooi", "PLANNER: voltooien")
omhul(GG, "basisplan", "PLANNER: basisplan")
import trainingsplanner.bestanden.cache as C
for naam, fase in (("lees", "basisplan uit de cache"), ("bewaar", "basisplan bewaren")):
    def alleen_basisplan(f, fase):
        def omhulsel(soort, *a, **k):
            if soort != "basisplan":
                return f(soort, *a, **k)
            noteer("tussendoor")
            try:
                return f(soort, *a, **k)
            finally:
                noteer(fase)
        return omhulsel
    setattr(C, naam, alleen_basisplan(getattr(C, naam), fase))
omhul(GG, "voltooi", "PLANNER: voltooien")
omhul(GG, "render", "json maken")
omhul(G, "schrijf_document", "schrijven")
if "--uitvoering" in sys.argv:
    omhul(H, "lees", "uitvoering lezen")
def eind(einde):
    noteer("tussendoor")
    with open(os.environ["TIJDLIJN_UIT"], "w") as f:
        f.write(json.dumps(log))
    os._exit(einde.code if isinstance(einde.code, int) else 3)
start._sluit_af = eind
sys.argv = ["plan", *sys.argv[1:]]
start.main()
"""
FASEN = (
    "python starten",
    "importeren",
    "catalogus",
    "uitvoering lezen",
    "profiel lezen",
    "basisplan uit de cache",
    "PLANNER: basisplan",
    "basisplan bewaren",
    "PLANNER: voltooien",
    "json maken",
    "schrijven",
    "tussendoor",
)


def een_run(argumenten: list[str], omgeving: dict[str, str]) -> dict[str, float]:
    """Eén proces: seconden per fase (`tussendoor`: wat de cli tussen de fasen doet)."""
    with tempfile.NamedTemporaryFile(suffix=".tijdlijn") as uit:
        env = {**os.environ, **omgeving, "TIJDLIJN_UIT": uit.name}
        begin = time.perf_counter()
        proces = subprocess.run(
            [sys.executable, "-c", OPSTART, *argumenten], env=env, capture_output=True, check=False
        )
        totaal = time.perf_counter() - begin
        if proces.returncode not in (0, 1):
            raise SystemExit(
                f"plan {' '.join(argumenten)}: exit {proces.returncode}\n{proces.stderr!r}"
            )
        log: list[tuple[str, float]] = json.loads(Path(uit.name).read_text())
    fasen = dict.fromkeys(FASEN, 0.0)
    for (_, vorige), (naam, tijd) in itertools.pairwise(log):
        fasen[naam] += tijd - vorige
    fasen["python starten"] = totaal - log[-1][1]  # interpreter starten en afsluiten
    fasen["totaal"] = totaal
    return fasen


def mediaan(runs: list[dict[str, float]]) -> dict[str, float]:
    return {fase: statistics.median(r[fase] for r in runs) for fase in runs[0]}


def tabel(metingen: dict[str, dict[str, float]]) -> list[str]:
    namen = list(metingen)
    regels = [
        "| fase | " + " | ".join(namen) + " |",
        "|---|" + "---:|" * len(namen),
    ]
    for fase in FASEN:
        regels.append(f"| {fase} | " + " | ".join(f"{metingen[n][fase]:.3f}" for n in namen) + " |")
    buiten = {
        n: m["totaal"] - m["PLANNER: basisplan"] - m["PLANNER: voltooien"]
        for n, m in metingen.items()
    }
    regels.append(
        "| **buiten de planner** | " + " | ".join(f"**{buiten[n]:.3f}**" for n in namen) + " |"
    )
    regels.append(
        "| **totaal** | " + " | ".join(f"**{metingen[n]['totaal']:.3f}**" for n in namen) + " |"
    )
    return regels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--teams", type=int, default=600)
    parser.add_argument("--herhaal", type=int, default=5)
    parser.add_argument("--uit", type=Path)
    args = parser.parse_args()
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        map = Path(tmp)
        gemeente, _, (aantal, _, jaar) = gemeente_met_een_jaar(map, args.teams)
        eind = dt.datetime(jaar, 12, 31, 12, tzinfo=dt.UTC)
        omgeving = {"SOURCE_DATE_EPOCH": str(int(eind.timestamp()))}
        basis = ["generate", str(gemeente), "--format", "json", "--force"]
        opdrachten = {
            "generate json": [*basis, "--out", str(map / "p.json")],
            f"herplannen vanaf {jaar + 1}-01-01": [
                *basis, "--uitvoering", "--vanaf", f"{jaar + 1}-01-01", "--out", str(map / "h.json"),
            ],
        }  # fmt: skip
        for argumenten in opdrachten.values():  # opwarmen: bytecode, catalogus- en feestdagcache
            een_run(argumenten, omgeving)
        runs: dict[str, list[dict[str, float]]] = {naam: [] for naam in opdrachten}
        for _ in range(args.herhaal):  # om en om, zodat een trage minuut beide treft
            for naam, argumenten in opdrachten.items():
                runs[naam].append(een_run(argumenten, omgeving))
    metingen = {naam: mediaan(r) for naam, r in runs.items()}
    belasting = ", ".join(f"{b:.1f}" for b in os.getloadavg())
    regels = [
        f"{time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} kernen, belasting {belasting}; "
        f"{args.teams} teams, database met {aantal} sessies ({jaar}); mediaan van "
        f"{args.herhaal} processen per opdracht, in seconden.",
        "",
        *tabel(metingen),
        "",
        "`tussendoor`: de cli tussen de fasen (opties, paden, samenvatting op stderr). "
        "`python starten`: de interpreter starten en afsluiten.",
    ]
    toon("\n".join(regels) + "\n", args.uit)


if __name__ == "__main__":
    main()
