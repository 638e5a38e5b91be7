"""Snel starten: `plan --version` en `plan --help` zonder typer; de CLI laadt geen pydantic of jinja2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import REPO
from trainingsplanner.cli.app import app
from trainingsplanner.cli.hulpdocs import BREEDTE, hulptekst

HULPBESTAND = REPO / "src" / "trainingsplanner" / "cli" / "hulptekst.py"


def _modules_na(code: str) -> set[str]:
    uit = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(uit.stdout.split())


def test_cli_importeert_geen_pydantic_of_jinja2() -> None:
    geladen = _modules_na("import trainingsplanner.cli.app")
    assert "typer" in geladen
    assert not {"pydantic", "jinja2", "yaml", "rich"} & geladen


def test_version_en_help_laden_geen_typer() -> None:
    for argumenten in (["--version"], ["--help"], ["-h"], ["help"], []):
        geladen = _modules_na(
            f"import sys\nsys.argv = ['plan', *{argumenten!r}]\nfrom trainingsplanner.cli.start import main\nmain()"
        )
        assert "typer" not in geladen, argumenten


def test_snelle_hulptekst_gelijk_aan_typer(update_golden: bool) -> None:
    """Dezelfde bron als de opdrachtenlijst in de README (cli/hulpdocs.py), op dezelfde breedte."""
    verwacht, code = hulptekst(["--help"], breedte=BREEDTE)
    assert code == 0
    assert verwacht == CliRunner().invoke(app, ["--help"], prog_name="plan").stdout
    tekst = (
        '"""De hulptekst van `plan --help`, gelijk gehouden aan typer door tests/test_start.py."""\n\n'
        f"HULP = {verwacht!r}\n"
    )
    if update_golden:
        HULPBESTAND.write_text(tekst, encoding="utf-8")
    from trainingsplanner.cli.hulptekst import HULP

    assert verwacht == HULP or update_golden, "hulptekst.py is verouderd; draai: make golden"


def test_hulp_van_een_opdracht_in_het_nederlands() -> None:
    uit = subprocess.run(
        [sys.executable, "-m", "trainingsplanner", "generate", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert uit.returncode == 0
    assert uit.stdout.startswith("Gebruik: plan generate [OPTIES]")
    assert "Opties:" in uit.stdout and "Toon deze hulp." in uit.stdout
    assert "[standaard: html]" in uit.stdout


def _namen() -> list[list[str]]:
    """Elke opdracht en groep van `plan`, en elke opdracht in een groep."""
    import typer

    uit: list[list[str]] = []
    for naam, opdracht in typer.main.get_command(app).commands.items():  # type: ignore[attr-defined]
        uit.append([naam])
        uit += [[naam, onder] for onder in getattr(opdracht, "commands", {})]
    return uit


def test_alleen_de_gevraagde_opdracht_gebouwd_hulp_en_fouten_gelijk(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`plan X` bouwt alleen opdracht of groep X (cli/ingang.py, ~30 ms per start); hulp en
    meldingen zijn gelijk aan die van de hele `plan`, voor elke opdracht."""
    from trainingsplanner.cli import ingang

    namen = _namen()
    assert len(namen) > 20
    smal_bouwen = ingang._alleen_nodig
    for argumenten in [*([*n, "--help"] for n in namen), *([*n, "--onbekend"] for n in namen)]:
        gebouwd = smal_bouwen(app, argumenten)
        aantal = len(gebouwd.registered_commands) + len(gebouwd.registered_groups)
        assert aantal == 1 or argumenten[0] == "help", argumenten  # plan help kent alles
        monkeypatch.setattr(ingang, "_alleen_nodig", smal_bouwen)
        smal = (ingang._voer_uit(argumenten), *capsys.readouterr())
        monkeypatch.setattr(ingang, "_alleen_nodig", lambda app, _: app)
        heel = (ingang._voer_uit(argumenten), *capsys.readouterr())
        assert smal == heel, argumenten


def _plan(argumenten: list[str], vooraf: str = "") -> subprocess.CompletedProcess[str]:
    code = f"import sys\n{vooraf}\nsys.argv = ['plan', *{argumenten!r}]\nfrom trainingsplanner.cli.start import main\nmain()"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)


def test_afsluiten_zonder_opruimen_houdt_uitvoer_en_exit_code() -> None:
    """`plan` stopt zonder de interpreter op te ruimen (cli/start.py, ~40 ms bij 600 teams):
    alles is geschreven, de exit code blijft; met een `atexit`-taak sluit Python gewoon af."""
    import json

    klein = str(REPO / "examples" / "klein.yaml")
    uit = _plan(["generate", klein, "--format", "json", "--out", "-"])
    assert uit.returncode == 0 and json.loads(uit.stdout)["gemeente"]
    assert "Klein-Heuvelrug" in uit.stderr  # de samenvatting op stderr
    niet_klaar = str(REPO / "examples" / "nog-niet-klaar.yaml")
    assert _plan(["generate", niet_klaar, "--out", "-"]).returncode == 1
    assert _plan(["generate", "bestaat-niet.yaml"]).returncode == 2
    taak = "import atexit\natexit.register(lambda: print('taak gedaan', file=sys.stderr))"
    met_taak = _plan(["generate", niet_klaar, "--out", "-"], vooraf=taak)
    assert met_taak.returncode == 1 and met_taak.stderr.endswith("taak gedaan\n")


def test_programma_bewaard_tot_het_einde_alleen_in_een_eigen_proces() -> None:
    """Een eigen proces van `plan` ruimt het programma niet stuk voor stuk op (~30 ms bij 600
    teams, cli/start.py); de cli in een ander proces (tests, een bibliotheek) bewaart niets."""
    from trainingsplanner.cli import proces

    klein = str(REPO / "examples" / "klein.yaml")
    uit = CliRunner().invoke(app, ["generate", klein, "--format", "json", "--out", "-"])
    assert uit.exit_code == 0 and proces._BEWAARD == []
    taak = (
        "import atexit\nfrom trainingsplanner.cli import proces\n"
        "atexit.register(lambda: print('bewaard', len(proces._BEWAARD), file=sys.stderr))"
    )
    uitkomst = _plan(["generate", klein, "--format", "json", "--out", "-"], vooraf=taak)
    assert uitkomst.returncode == 0 and uitkomst.stderr.endswith("bewaard 1\n")


def test_garbage_collector_uit_voor_een_opdracht_weer_aan_voor_een_map(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`plan` zet de garbage collector uit (cli/start.py: ~0,12 s bij 600 teams); een map met
    profielen (honderden gemeenten in één proces) zet hem weer aan."""
    import gc
    import shutil

    from trainingsplanner.cli import ingang, proces, start

    gezien: list[bool] = []
    monkeypatch.setattr(proces, "KORTLEVEND", False)  # start.main zet hem; daarna weer terug
    monkeypatch.setattr(ingang, "main", lambda: gezien.append(gc.isenabled()))
    monkeypatch.setattr(sys, "argv", ["plan", "validate"])
    try:
        start.main()
        assert gezien == [False]
        for naam in ("klein.yaml", "middenstad.yaml"):
            shutil.copy(REPO / "examples" / naam, tmp_path / naam)
        uit = CliRunner().invoke(app, ["generate", str(tmp_path), "--format", "json"])
        assert uit.exit_code == 0, uit.output
        assert gc.isenabled()
    finally:
        gc.enable()


_TWEE_KEER_GROOT = """
import resource, sys
from trainingsplanner.cli import proces
if sys.argv[1] == "vast":
    proces.houd_geheugen_vast()
def fouten():
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt
groot = b"x" * 40_000_000
del groot
voor = fouten()
groot = b"y" * 40_000_000
print(fouten() - voor)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mallopt is van glibc")
def test_kortlevend_proces_hergebruikt_vrijgekomen_geheugen() -> None:
    """Een tweede groot blok (zoals de JSON van 600 teams) komt uit het geheugen van het eerste:
    geen paginafout per 4 kB opnieuw (cli/proces.houd_geheugen_vast)."""

    def paginafouten(stand: str) -> int:
        uit = subprocess.run(
            [sys.executable, "-c", _TWEE_KEER_GROOT, stand],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        return int(uit.stdout)

    assert paginafouten("gewoon") > 5_000  # 40 MB vers geheugen: ~9.800 pagina's
    assert paginafouten("vast") < 1_000


def test_herplannen_laadt_geen_pakketmetadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`importlib.metadata` kost ~20 ms per run (cli/proces.sla_pluginzoeker_over,
    cache.pakketversie): generate en herplannen laden hem niet. Wie pydantic-plug-ins wil
    (de variabele zelf gezet), krijgt de echte plug-inlader."""
    import shutil

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1798675200")  # 31 december 2026
    profiel = tmp_path / "klein.yaml"
    shutil.copy(REPO / "examples" / "klein.yaml", profiel)
    db = tmp_path / "u.sqlite"
    vastleggen = _plan(["uitvoering", "record", "stap1-leidinggevenden", "--datum", "2027-02-09", "--status", "geannuleerd",
                        "--db", str(db), "--gemeente", str(profiel)])  # fmt: skip
    assert vastleggen.returncode == 0, vastleggen.stderr
    meld = (
        "import atexit\natexit.register(lambda: print('metadata', "
        "'importlib.metadata' in sys.modules, file=sys.stderr))"
    )
    for extra in ([], ["--uitvoering", "--db", str(db), "--vanaf", "2027-04-01"]):
        uit = _plan(["generate", str(profiel), "--format", "json", "--out", "-", *extra], meld)
        assert uit.returncode == 0, uit.stderr
        assert uit.stderr.endswith("metadata False\n")
    met_plugins = "import os\nos.environ['PYDANTIC_DISABLE_PLUGINS'] = 'geen'\n" + meld
    uit = _plan(["generate", str(profiel), "--format", "json", "--out", "-"], met_plugins)
    assert uit.returncode == 0 and uit.stderr.endswith("metadata True\n")


_HEAP_VLAGGEN = """
import sys
from trainingsplanner.cli import proces
if sys.argv[1] == "vast":
    proces.houd_geheugen_vast()
blok = b"x" * 30_000_000  # uit de heap: de drempels van houd_geheugen_vast
regels = open("/proc/self/smaps").read().split("\\n")
heap = regels.index(next(r for r in regels if r.endswith("[heap]")))
vlaggen = next(r for r in regels[heap:] if r.startswith("VmFlags:"))
print("hg" in vlaggen.split())
"""


@pytest.mark.skipif(
    not Path("/sys/kernel/mm/transparent_hugepage/enabled").exists(),
    reason="geen transparante grote pagina's (linux)",
)
def test_kortlevend_proces_vraagt_grote_paginas_voor_de_heap() -> None:
    """De heap van een kortlevend proces mag grote pagina's (2 MB) gebruiken: de JSON van 600
    teams kost zo de helft minder paginafouten (cli/proces._grote_paginas_voor_de_heap)."""

    def grote_paginas(stand: str) -> bool:
        uit = subprocess.run(
            [sys.executable, "-c", _HEAP_VLAGGEN, stand], capture_output=True, text=True, check=True
        )
        return uit.stdout.strip() == "True"

    assert not grote_paginas("gewoon")
    assert grote_paginas("vast")
