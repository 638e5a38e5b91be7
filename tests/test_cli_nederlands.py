"""Nederlands tot in de hoeken: elke --help, elke fout in de opdracht, `plan`, `-h`, `help`, Tab.

Issue 12, punt 6 en acceptatie: geen woord dat typer of click zelf toevoegt ("Usage",
"Options", "[default: …]", "Please", "Show this message", `<path>`), ook niet als de hulp
op een smalle terminal wordt afgebroken; elke hulp eindigt met een "Voorbeeld:"-regel.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import REPO
from trainingsplanner.cli.app import app
from trainingsplanner.cli.hulpdocs import hulptekst, opdrachten

runner = CliRunner()
KLEIN = REPO / "examples" / "klein.yaml"

ENGELS = re.compile(
    r"\b(Usage|Options|Commands|Arguments|default|Please|required|Error|Try|Missing|Invalid|"
    r"Input|should|valid|Got|unexpected|No such|Possible|Did you mean|Aborted|env var|"
    r"completion|installed)\b|Show this message|<(path|str|text|int|integer|float|boolean|bool|"
    r"filename|directory)( range)?>"
)
"""Engelse woorden van typer/click/rich/pydantic; optienamen (`--show-completion`) tellen niet."""

OPDRACHTEN = [" ".join(pad) or "plan" for pad in opdrachten()]


def engels_in(tekst: str) -> list[str]:
    zonder_opties = re.sub(r"--[\w-]+", "", tekst)
    return [m.group(0) for m in ENGELS.finditer(zonder_opties)]


def test_de_woordzoeker_vindt_engels() -> None:
    assert engels_in("Usage: plan [OPTIONS]\n  --out <path>  [default: md]") == [
        "Usage",
        "<path>",
        "default",
    ]
    assert engels_in("  --show-completion  Toon het script.") == []


@pytest.mark.parametrize("breedte", [40, 80, 200])
@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_R12_6_hulp_zonder_engels_ook_afgebroken(opdracht: str, breedte: int) -> None:
    pad = [] if opdracht == "plan" else opdracht.split()
    tekst, code = hulptekst([*pad, "--help"], breedte=breedte)
    assert code == 0
    assert tekst.startswith("Gebruik: plan")
    assert engels_in(tekst) == [], tekst


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_R12_7_elke_hulp_eindigt_met_een_voorbeeld(opdracht: str) -> None:
    pad = [] if opdracht == "plan" else opdracht.split()
    tekst, _ = hulptekst([*pad, "--help"], breedte=80)
    laatste = tekst.rstrip().splitlines()[-1].strip()
    assert laatste.startswith("Voorbeeld: plan"), laatste


def test_R12_6_standaardwaarde_blijft_nederlands_als_de_regel_breekt() -> None:
    """Op 40 tekens breekt click '[standaard: html]'; vertaald wordt er vóór het afbreken."""
    tekst, _ = hulptekst(["generate", "--help"], breedte=40)
    # Met xlsx in de keuzelijst is de hulpkolom zo smal dat '[' alleen op een regel kan staan.
    samen = " ".join(tekst.split()).replace("[ ", "[")
    assert "[standaard: html]" in samen and "default" not in samen


@pytest.mark.parametrize(
    "argumenten",
    [
        ["generate", "--format", "pdf", str(KLEIN)],
        ["genrate"],
        ["generate", "--gemeent", "x.yaml"],
        ["generate", str(KLEIN), "x.yaml"],
        ["generate", "--out"],
        ["explain"],
        ["schema", "soort"],
        ["catalogus", "toon", "x", "--format", "xml"],
        ["leerdoelwijzer", "import", "x.csv", "--gemeente", "x.yaml", "--drempel", "abc"],
        ["leerdoelwijzer", "import", "x.csv", "--gemeente", "x.yaml", "--drempel", "5"],
        ["leerdoelwijzer", "create", "--gemeente", "x.yaml"],
        ["init", "--interactive", "--bla"],
        ["help", "genereer"],
        ["generate"],
    ],
    ids=lambda a: " ".join(a),
)
def test_R12_6_fouten_in_de_opdracht_zijn_nederlands(
    argumenten: list[str],
    in_tmp: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _plan(monkeypatch, *argumenten) == 2
    uit = capsys.readouterr()
    assert uit.err.strip(), "een fout hoort een melding te geven"
    assert engels_in(uit.err + uit.out) == [], uit.err
    assert "Traceback" not in uit.err


def _plan(monkeypatch: pytest.MonkeyPatch, *argumenten: str) -> int:
    """Draai `plan` via de echte ingang (cli/start.py), zoals de terminal het doet."""
    from trainingsplanner.cli.start import main

    monkeypatch.setattr(sys, "argv", ["plan", *argumenten])
    try:
        main()
    except SystemExit as einde:
        assert isinstance(einde.code, int)
        return einde.code
    return 0  # de snelle weg (--help, --version) eindigt gewoon


@pytest.mark.parametrize("argumenten", [[], ["-h"], ["--help"], ["help"]], ids=repr)
def test_R12_6_plan_zonder_argumenten_of_met_h_toont_de_hulp(
    argumenten: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from trainingsplanner.cli.hulptekst import HULP

    code = _plan(monkeypatch, *argumenten)
    assert code == 0
    assert capsys.readouterr().out == HULP


def test_R12_6_de_snelle_hulp_is_ook_die_van_typer_zonder_argumenten(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Buiten de snelle weg (cli/ingang.py): `plan` zonder argumenten toont de hulp, exit 0."""
    from trainingsplanner.cli.ingang import _voer_uit

    assert _voer_uit([]) == 0
    assert capsys.readouterr().out.startswith("Gebruik: plan [OPTIES] OPDRACHT")
    assert _voer_uit(["leerdoelwijzer"]) == 0
    assert capsys.readouterr().out.startswith("Gebruik: plan leerdoelwijzer [OPTIES] OPDRACHT")


@pytest.mark.parametrize("opdracht", ["generate", "catalogus toon", "leerdoelwijzer import"])
def test_R12_6_plan_help_opdracht_is_de_hulp_van_die_opdracht(opdracht: str) -> None:
    via_help = runner.invoke(app, ["help", *opdracht.upper().split()], prog_name="plan")
    via_optie = runner.invoke(app, [*opdracht.split(), "-h"], prog_name="plan")
    assert via_help.exit_code == via_optie.exit_code == 0
    assert via_help.stdout == via_optie.stdout
    assert via_help.stdout.startswith(f"Gebruik: plan {opdracht} ")


def test_R12_6_plan_help_met_een_tikfout() -> None:
    resultaat = runner.invoke(app, ["help", "catalogus", "tonen"], prog_name="plan")
    assert resultaat.exit_code == 2
    assert resultaat.stderr.splitlines() == [
        "OPDRACHT: onbekende opdracht 'tonen'. Bedoelde u 'toon'?",
        "1 probleem gevonden in de opdracht.",
    ]


def test_R12_6_aanvullen_met_tab_installeren(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainingsplanner.cli import hulp

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(hulp, "_shell", lambda: "bash")
    resultaat = runner.invoke(app, ["--install-completion"], prog_name="plan")
    assert resultaat.exit_code == 0, resultaat.output
    assert resultaat.stdout.startswith("Aanvullen met Tab staat aan voor bash")
    assert engels_in(resultaat.output) == []
    assert "_PLAN_COMPLETE" in (tmp_path / ".bash_completions" / "plan.sh").read_text()
    assert "source" in (tmp_path / ".bashrc").read_text()


def test_R12_6_aanvullen_in_een_onbekende_shell(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from trainingsplanner.cli import hulp

    monkeypatch.setattr(hulp, "_shell", lambda: "tcsh")
    assert _plan(monkeypatch, "--show-completion") == 2
    assert capsys.readouterr().err.splitlines() == [
        "--show-completion: aanvullen met Tab kan in bash, zsh, fish en PowerShell; deze shell "
        "(tcsh) wordt niet ondersteund",
        "1 probleem gevonden in de opdracht.",
    ]


@pytest.mark.slow
def test_R12_6_aanvullen_werkt_met_de_echte_opdracht() -> None:
    """Wat de shell bij Tab doet: `_PLAN_COMPLETE=complete_bash` met de woorden tot nu toe."""
    uit = subprocess.run(
        [sys.executable, "-m", "trainingsplanner"],
        env={
            "_PLAN_COMPLETE": "complete_bash",
            "COMP_WORDS": "plan gen",
            "COMP_CWORD": "1",
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert uit.returncode == 0, uit.stderr
    assert "generate" in uit.stdout.split()


@pytest.mark.parametrize(
    ("argumenten", "verwacht"),
    [
        (["explian", "x.yaml"], "Fout: onbekende opdracht 'explian'. Bedoelde u 'explain'?"),
        (["uitvoering", "stauts"], "Fout: onbekende opdracht 'stauts'. Bedoelde u 'status'?"),
    ],
)
def test_R12_6_tikfout_in_een_opdracht_krijgt_bedoelde_u(
    argumenten: list[str], verwacht: str
) -> None:
    import subprocess
    import sys

    uit = subprocess.run(
        [sys.executable, "-m", "trainingsplanner", *argumenten], capture_output=True, text=True
    )
    assert uit.returncode == 2
    assert uit.stderr.strip().splitlines()[-1] == verwacht
