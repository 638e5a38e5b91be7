"""Het huis: de mappen volgen de pijplijn, zonder importkringen en met typer/click alleen in cli/.

De importgraaf wordt uit de bron gelezen (ast), ook imports binnen functies en onder
TYPE_CHECKING: een kring die door een late import verborgen wordt, is nog steeds een kring.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PAKKET = "trainingsplanner"


def _modulenaam(pad: Path) -> str:
    delen = list(pad.relative_to(SRC).with_suffix("").parts)
    if delen[-1] == "__init__":
        delen.pop()
    return ".".join(delen)


def _modules() -> dict[str, Path]:
    return {_modulenaam(p): p for p in sorted((SRC / PAKKET).rglob("*.py"))}


def _imports(pad: Path, naam: str, bekend: set[str]) -> set[str]:
    """De modules van het eigen pakket (en typer/click/rich) die dit bestand importeert."""
    boom = ast.parse(pad.read_text(encoding="utf-8"))
    pakket = naam if pad.name == "__init__.py" else naam.rpartition(".")[0]
    uit: set[str] = set()
    for knoop in ast.walk(boom):
        if isinstance(knoop, ast.Import):
            uit.update(a.name for a in knoop.names)
        elif isinstance(knoop, ast.ImportFrom):
            basis = knoop.module or ""
            if knoop.level:
                delen = pakket.split(".")
                basis = ".".join(delen[: len(delen) - knoop.level + 1] + ([basis] if basis else []))
            for alias in knoop.names:
                kandidaat = f"{basis}.{alias.name}"
                uit.add(kandidaat if kandidaat in bekend else basis)
    return uit


def _graaf() -> dict[str, set[str]]:
    modules = _modules()
    bekend = set(modules)
    return {naam: _imports(pad, naam, bekend) for naam, pad in modules.items()}


def _kringen(graaf: dict[str, set[str]]) -> list[list[str]]:
    """Alle sterk samenhangende componenten met meer dan één module (Tarjan)."""
    index: dict[str, int] = {}
    laag: dict[str, int] = {}
    stapel: list[str] = []
    op_stapel: set[str] = set()
    kringen: list[list[str]] = []
    teller = 0

    def bezoek(v: str) -> None:
        nonlocal teller
        index[v] = laag[v] = teller
        teller += 1
        stapel.append(v)
        op_stapel.add(v)
        for w in sorted(graaf.get(v, set()) & graaf.keys()):
            if w not in index:
                bezoek(w)
                laag[v] = min(laag[v], laag[w])
            elif w in op_stapel:
                laag[v] = min(laag[v], index[w])
        if laag[v] == index[v]:
            component = []
            while True:
                w = stapel.pop()
                op_stapel.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                kringen.append(sorted(component))

    for v in sorted(graaf):
        if v not in index:
            bezoek(v)
    return kringen


def _zonder_pakketouders(graaf: dict[str, set[str]]) -> dict[str, set[str]]:
    """Een import van `a.b.c` laadt ook `a.b`; die ouder-import telt niet als kant naar de ouder."""
    return {
        naam: {d for d in doelen if not naam.startswith(d + ".")} for naam, doelen in graaf.items()
    }


def test_geen_importkringen_in_src() -> None:
    graaf = _zonder_pakketouders(_graaf())
    assert _kringen(graaf) == []


def test_alleen_cli_importeert_typer_click_en_prompts() -> None:
    verboden = ("typer", "click", "rich.prompt")
    fout = []
    for naam, doelen in _graaf().items():
        if naam.startswith(f"{PAKKET}.cli"):
            continue
        for doel in doelen:
            if any(doel == v or doel.startswith(v + ".") for v in verboden):
                fout.append(f"{naam} importeert {doel}")
    assert fout == []


def test_de_kern_importeert_de_cli_niet() -> None:
    fout = [
        f"{naam} importeert {doel}"
        for naam, doelen in _graaf().items()
        if not naam.startswith(f"{PAKKET}.cli") and naam != f"{PAKKET}.__main__"
        for doel in doelen
        if doel.startswith(f"{PAKKET}.cli")
    ]
    assert fout == []


def test_de_kring_detector_vindt_een_kring() -> None:
    """De test hierboven kan falen: een kunstmatige kring wordt gevonden."""
    assert _kringen({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_de_mappen_tonen_de_pijplijn() -> None:
    mappen = {p.name for p in (SRC / PAKKET).iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert {
        "cli",
        "bestanden",
        "catalogus",
        "profiel",
        "engine",
        "render",
        "leerdoelwijzer",
    } <= mappen
    assert (SRC / PAKKET / "programma.py").is_file()
    assert (SRC / PAKKET / "engine" / "regels").is_dir()
