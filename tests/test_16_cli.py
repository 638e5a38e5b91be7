"""Issue 16, het deel in de opdrachtregel en `plan init`: punten 3, 6 en 9.

- 3: een naam van meer dan 255 bytes (`--gemeente`, `--catalogus`, `init`, `leerdoelwijzer
  create --out`, `generate --out`) en stdout naar een volle schijf (`> /dev/full`) geven
  exit 2 met een Nederlandse melding die het pad of "standaarduitvoer" noemt, geen traceback.
- 6: een map met `x.yaml` en `x.yml` schrijft niet twee keer naar `x.programma.html`, ook
  niet met `--force`: vóór het schrijven gemeld, er wordt niets geschreven.
- 9: een bestandsnaam voor `plan init` met regeleinden of YAML erin komt niet als sleutel in
  het profiel; het commentaar blijft commentaar.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from tests.conftest import REPO
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.app import app
from trainingsplanner.profiel.model import laad_profiel

runner = CliRunner()
KLEIN = REPO / "examples" / "klein.yaml"
LANG = "a" * 300


def _plan(
    *argumenten: str, cwd: Path, stdout: int | object = subprocess.PIPE
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trainingsplanner", *argumenten],
        cwd=cwd,
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    "argumenten",
    [
        ["generate", "--gemeente", f"{LANG}.yaml"],
        ["generate", f"{LANG}.yaml"],
        ["generate", "klein.yaml", "--catalogus", LANG],
        ["init", f"{LANG}.yaml"],
        ["leerdoelwijzer", "create", "--gemeente", "klein.yaml", "--out", LANG],
        ["generate", "klein.yaml", "--out", f"{LANG}.html"],
        ["generate", "klein.yaml", "--out", f"{LANG}/"],
        ["check-randvoorwaarden", "--gemeente", f"{LANG}.yaml"],
    ],
    ids=lambda a: " ".join(x if len(x) < 40 else "LANG" for x in a),
)
def test_16_3_te_lange_naam_is_exit_2_met_het_pad(argumenten: list[str], in_tmp: Path) -> None:
    shutil.copy(KLEIN, in_tmp / "klein.yaml")
    resultaat = runner.invoke(app, argumenten)
    assert resultaat.exit_code == 2, resultaat.output
    eerste, slot = resultaat.stderr.splitlines()
    assert eerste.startswith("a" * 200)
    assert eerste.endswith(": de naam is te lang (hoogstens 255 tekens per deel van het pad)")
    assert slot == "1 probleem gevonden in de opdracht."
    assert sorted(p.name for p in in_tmp.iterdir()) == ["klein.yaml"]


def test_16_3_te_lange_naam_via_de_echte_opdracht(tmp_path: Path) -> None:
    uit = _plan("generate", "--gemeente", f"{LANG}.yaml", cwd=tmp_path)
    assert uit.returncode == 2
    assert "Traceback" not in uit.stderr and "interne fout" not in uit.stderr
    assert "de naam is te lang" in uit.stderr


def test_16_3_een_pad_in_een_map_zonder_rechten(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root mag elke map in")
    dicht = tmp_path / "dicht"
    dicht.mkdir()
    dicht.chmod(0)
    try:
        uit = _plan("generate", str(dicht / "x.yaml"), cwd=tmp_path)
    finally:
        dicht.chmod(0o755)
    assert uit.returncode == 2
    assert "geen toegang" in uit.stderr and "Traceback" not in uit.stderr


VOL = Path("/dev/full")


@pytest.mark.slow
@pytest.mark.skipif(not VOL.exists(), reason="/dev/full bestaat alleen op Linux")
@pytest.mark.parametrize(
    "argumenten",
    [
        ["generate", "--gemeente", str(KLEIN), "--out", "-"],
        ["generate", str(KLEIN), "--format", "json", "--out", "-"],
        ["catalogus"],
        ["catalogus", "elementen"],
        ["catalogus", "toon", "boa"],
        ["check-randvoorwaarden", str(KLEIN)],
        ["check-randvoorwaarden", str(KLEIN), "--format", "json"],
        ["onderdelen", str(KLEIN)],
        ["explain", "R3.2", str(KLEIN)],
        ["schema", "programma"],
        ["validate", "--format", "json"],
        ["--version"],
        ["--help"],
        ["generate", "--help"],
    ],
    ids=" ".join,
)
def test_16_3_stdout_naar_een_volle_schijf(argumenten: list[str], tmp_path: Path) -> None:
    with VOL.open("w") as vol:
        uit = _plan(*argumenten, cwd=tmp_path, stdout=vol)
    assert uit.returncode == 2, uit.stderr
    assert "Traceback" not in uit.stderr and "Exception" not in uit.stderr
    assert uit.stderr.endswith(
        "standaarduitvoer: schrijven mislukt: de schijf is vol\n1 probleem gevonden in de uitvoer.\n"
    ), uit.stderr


@pytest.mark.slow
def test_16_3_een_pijp_die_vroeg_sluit_is_geen_fout(tmp_path: Path) -> None:
    """`plan … | head -1`: de lezer stopt; geen melding, geen traceback."""
    uit = subprocess.run(
        f"'{sys.executable}' -m trainingsplanner catalogus elementen --format json | head -c 10",
        shell=True,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert uit.stderr == ""


def test_16_6_twee_profielen_met_dezelfde_uitvoernaam(in_tmp: Path) -> None:
    (in_tmp / "profielen").mkdir()
    shutil.copy(KLEIN, in_tmp / "profielen" / "x.yaml")
    shutil.copy(REPO / "examples" / "nog-niet-klaar.yaml", in_tmp / "profielen" / "x.yml")
    for extra in ([], ["--force"]):
        resultaat = runner.invoke(app, ["generate", "--gemeente", "profielen", *extra])
        assert resultaat.exit_code == 2
        assert resultaat.stderr.splitlines() == [
            "profielen/x.yml: geeft hetzelfde uitvoerbestand (x.programma.html) als x.yaml; "
            "hernoem een van beide profielen",
            "1 probleem gevonden in de opdracht.",
        ]
        assert sorted(p.name for p in (in_tmp / "profielen").iterdir()) == ["x.yaml", "x.yml"]


def test_16_6_met_force_wordt_een_bestaand_programma_in_een_map_vervangen(in_tmp: Path) -> None:
    shutil.copy(KLEIN, in_tmp / "x.yaml")
    (in_tmp / "uit").mkdir()
    (in_tmp / "uit" / "x.programma.html").write_text("oud", encoding="utf-8")
    resultaat = runner.invoke(app, ["generate", "--gemeente", ".", "--out", "uit", "--force"])
    assert resultaat.exit_code == 0, resultaat.output
    assert (in_tmp / "uit" / "x.programma.html").read_text(encoding="utf-8").startswith("<!DOCTYPE")


@pytest.mark.parametrize(
    "naam",
    [
        "nl\nkosten: {budget: -5}\n#.yaml",
        "nl\rversie: 2\r.yaml",
        "nl\u2028versie: 2.yaml",
        "nl\x85versie: 2.yaml",
        "gemeente 'x' \"y\".yaml",
    ],
    ids=["regeleinde", "wagenterugloop", "regelscheider", "nel", "aanhalingstekens"],
)
def test_16_9_bestandsnaam_van_init_komt_niet_als_yaml_in_het_profiel(
    naam: str, in_tmp: Path, catalogus: Catalogus
) -> None:
    resultaat = runner.invoke(app, ["init", naam])
    assert resultaat.exit_code == 0, resultaat.output
    pad = in_tmp / naam
    tekst = pad.read_text(encoding="utf-8")
    data = yaml.safe_load(tekst)
    assert "kosten" not in data and data["versie"] == 1
    profiel = laad_profiel(pad, catalogus)
    assert profiel.kosten is None
    for regel in tekst.splitlines()[:8]:
        assert regel.startswith("#") or not regel.strip(), regel
    assert "\n" not in resultaat.stderr.splitlines()[0]


def test_16_9_antwoorden_van_init_blijven_tekst(in_tmp: Path, catalogus: Catalogus) -> None:
    """Ook antwoorden op de vragen komen als veilige YAML-tekst in het profiel."""
    from trainingsplanner.profiel.startprofiel import Antwoorden, maak_profieltekst

    gevaarlijk = "X\u2028versie: 2\x85# kosten: {budget: -5}"
    tekst = maak_profieltekst(Antwoorden(gemeente=gevaarlijk), catalogus, "x.yaml")
    (in_tmp / "x.yaml").write_text(tekst, encoding="utf-8")
    data = yaml.safe_load(tekst)
    assert data["gemeente"] == gevaarlijk and data["versie"] == 1
