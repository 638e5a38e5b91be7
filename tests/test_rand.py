"""De rand van de CLI: invoerfouten op één plek gemeld (exit 2), een interne fout is exit 3.

Een interne fout wordt getest via de echte ingang (`cli.start:main`), niet via CliRunner:
die vangt uitzonderingen zelf op en zou exit 1 tonen.
"""

from __future__ import annotations

import ast
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.conftest import REPO
from trainingsplanner.cli.app import app
from trainingsplanner.cli.rand import INTERNE_FOUT
from trainingsplanner.formaat import Formaat

runner = CliRunner()
KLEIN = REPO / "examples" / "klein.yaml"
CLI = REPO / "src" / "trainingsplanner" / "cli"


def _plan(monkeypatch: pytest.MonkeyPatch, *argumenten: str) -> int:
    """Draai `plan` zoals de terminal het doet: sys.argv en de echte ingang."""
    from trainingsplanner.cli.start import main

    monkeypatch.setattr(sys, "argv", ["plan", *argumenten])
    with pytest.raises(SystemExit) as einde:
        main()
    code = einde.value.code
    assert isinstance(code, int)
    return code


@pytest.fixture
def kapotte_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    import trainingsplanner.engine
    import trainingsplanner.genereren  # bindt stel_samen bij het importeren: eerst het echte

    assert vars(trainingsplanner.genereren)["stel_samen"] is trainingsplanner.engine.stel_samen

    def stuk(*_: Any, **__: Any) -> Any:
        raise KeyError("kennis-vooraf")

    monkeypatch.setattr(trainingsplanner.engine, "stel_samen", stuk)


@pytest.mark.usefixtures("kapotte_engine")
def test_interne_fout_is_exit_3_met_een_nederlandse_regel(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("PLAN_DEBUG", raising=False)
    assert _plan(monkeypatch, "explain", "R3.2", "--gemeente", str(KLEIN)) == 3
    uit = capsys.readouterr()
    assert uit.err == INTERNE_FOUT + "\n"
    assert uit.err.startswith("interne fout in plan — meld dit, met het profiel")
    assert "Traceback" not in uit.err + uit.out and "KeyError" not in uit.err


@pytest.mark.usefixtures("kapotte_engine")
def test_interne_fout_met_plan_debug_toont_de_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PLAN_DEBUG", "1")
    assert _plan(monkeypatch, "explain", "R3.2", "--gemeente", str(KLEIN)) == 3
    fout = capsys.readouterr().err
    assert fout.startswith("Traceback (most recent call last):")
    assert "KeyError: 'kennis-vooraf'" in fout
    assert fout.endswith(INTERNE_FOUT + "\n")


def test_invoerfout_via_de_echte_ingang_is_exit_2_met_plek(
    in_tmp: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (in_tmp / "kapot.yaml").write_text("versie: 1\ngemeente: X\nteams: []\n", encoding="utf-8")
    assert _plan(monkeypatch, "check-randvoorwaarden", "--gemeente", "kapot.yaml") == 2
    assert capsys.readouterr().err.splitlines() == [
        "kapot.yaml:1:1: startdatum: verplicht veld 'startdatum' ontbreekt; vul het in",
        "kapot.yaml:3:8: teams: is te kort of te leeg",
        "2 problemen gevonden in de invoer.",
    ]


def test_slotregel_noemt_waar_de_fout_zit(in_tmp: Path) -> None:
    """Catalogus, opdracht of invoer: het onderwerp hoort bij wat er gelezen werd."""
    catalogus = runner.invoke(app, ["explain", "R3.2", "--gemeente", "x", "--catalogus", "weg"])
    assert catalogus.exit_code == 2
    assert catalogus.stderr.endswith("1 probleem gevonden in de catalogus.\n")
    opdracht = runner.invoke(app, ["catalogus", "toon", "bestaat-niet"])
    assert opdracht.exit_code == 2
    assert opdracht.stderr.endswith("1 probleem gevonden in de opdracht.\n")


def test_map_met_profielen_meldt_in_de_volgorde_van_de_profielen(in_tmp: Path) -> None:
    """Een map gaat door na een kapot profiel; de problemen komen per profiel, op volgorde."""
    shutil.copy(KLEIN, in_tmp / "c.yaml")
    (in_tmp / "b.yaml").write_text("versie: 1\n", encoding="utf-8")
    (in_tmp / "a.yaml").write_text("versie: 2\n", encoding="utf-8")
    resultaat = runner.invoke(app, ["generate", "--gemeente", ".", "--out", "uit"])
    assert resultaat.exit_code == 2
    regels = resultaat.stderr.splitlines()
    begin = regels.index("1 van 3 programma's geschreven.")
    assert regels[begin + 1].startswith("a.yaml:1:")
    assert any(r.startswith("b.yaml:1:1: ") for r in regels[begin + 2 :])
    assert regels[-1].endswith("gevonden in de profielen.")


def test_een_bestaand_uitvoerbestand_in_een_map_stopt_alles_vooraf(in_tmp: Path) -> None:
    """Eerst alle uitvoerbestanden controleren: niets half geschreven, een fout in de opdracht."""
    shutil.copy(KLEIN, in_tmp / "a.yaml")
    shutil.copy(KLEIN, in_tmp / "b.yaml")
    (in_tmp / "uit").mkdir()
    (in_tmp / "uit" / "b.programma.html").write_text("eigen werk", encoding="utf-8")
    resultaat = runner.invoke(app, ["generate", "--gemeente", ".", "--out", "uit"])
    assert resultaat.exit_code == 2
    assert resultaat.stderr.splitlines() == [
        "uit/b.programma.html: bestaat al; gebruik --force om het te vervangen",
        "1 probleem gevonden in de opdracht.",
    ]
    assert sorted(p.name for p in (in_tmp / "uit").iterdir()) == ["b.programma.html"]


def test_validate_json_meldt_fouten_als_json(in_tmp: Path) -> None:
    resultaat = runner.invoke(app, ["validate", "--catalogus", "weg", "--format", "json"])
    assert resultaat.exit_code == 2
    assert '"geldig": false' in resultaat.stdout and resultaat.stderr == ""


@pytest.mark.parametrize(
    "opdracht",
    [
        ["validate"],
        ["catalogus"],
        ["catalogus", "regels"],
        ["check-randvoorwaarden", "--gemeente", str(KLEIN)],
    ],
)
def test_text_is_overal_een_bijnaam_van_tekst(opdracht: list[str]) -> None:
    tekst = runner.invoke(app, [*opdracht, "--format", "tekst"])
    text = runner.invoke(app, [*opdracht, "--format", "text"])
    assert tekst.exit_code == text.exit_code == 0
    assert tekst.stdout == text.stdout


def test_het_formaat_gaat_ongewijzigd_naar_de_bibliotheek(
    in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainingsplanner.cli import generate

    gezien: list[object] = []
    echt = generate.genereer  # type: ignore[attr-defined]

    def kijk(
        pad: Path, cat: Any, formaat: Any, datum: Any, team: Any = None, uitvoering: Any = None
    ) -> Any:
        gezien.append(formaat)
        return echt(pad, cat, formaat, datum, team, uitvoering)

    monkeypatch.setattr(generate, "genereer", kijk)
    resultaat = runner.invoke(
        app, ["generate", "--gemeente", str(KLEIN), "--format", "html", "--out", "-"]
    )
    assert resultaat.exit_code == 0
    assert gezien == [Formaat.html] and gezien[0] is Formaat.html


def test_een_formaat_dat_een_opdracht_niet_kent_wordt_geweigerd() -> None:
    resultaat = runner.invoke(app, ["validate", "--format", "md"])
    assert resultaat.exit_code == 2
    assert "'md' kan niet; kies uit 'tekst', 'text', 'json'" in resultaat.output


def _aanroepen(pad: Path) -> set[str]:
    namen = set()
    for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
        if isinstance(knoop, ast.Call):
            functie = knoop.func
            naam = (
                functie.attr if isinstance(functie, ast.Attribute) else getattr(functie, "id", "")
            )
            if naam == "Exit" and knoop.args and isinstance(knoop.args[0], ast.Constant):
                naam = f"Exit({knoop.args[0].value!r})"
            namen.add(naam)
    return namen


def test_alleen_de_rand_meldt_invoerfouten() -> None:
    """Geen opdracht meldt zelf problemen of kiest zelf exit 2 na een invoerfout."""
    fout = [
        f"{pad.name}: {naam}"
        for pad in sorted(CLI.glob("*.py"))
        if pad.name != "rand.py"
        for naam in _aanroepen(pad) & {"print_problemen", "Exit(2)", "_meld"}
    ]
    assert fout == []


def test_het_binnenste_onderwerp_telt() -> None:
    from trainingsplanner.cli.rand import over
    from trainingsplanner.fouten import InvoerFout, Probleem

    with pytest.raises(InvoerFout) as fout, over("de opdracht"), over("de catalogus"):
        raise InvoerFout([Probleem("x", 1, 1, "", "kapot")])
    assert fout.value.onderwerp == "de catalogus"
    with pytest.raises(InvoerFout) as fout, over("de opdracht"):
        raise InvoerFout([], onderwerp="de profielen")
    assert fout.value.onderwerp == "de profielen"
