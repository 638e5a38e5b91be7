"""Gedeelde hulpmiddelen voor de tests: paden, de geladen catalogus, de golden-schakelaar, en
`vereist` voor invoer van buiten de repository (overslaan, maar in CI een fout)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.catalogus.laden import laad_catalogus

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
GOLDEN = REPO / "tests" / "golden"
# De handreiking en REGELS.md staan naast de repository; PLAN_SHARED wijst een andere map aan.
SHARED = Path(os.environ.get("PLAN_SHARED") or REPO.parent / "shared")
SEED = SHARED / "seed" / "000_50f25da228c99e46.txt"
REGELS_MD = SHARED / "spec" / "REGELS.md"


@pytest.fixture(autouse=True)
def _eigen_proces_terug() -> Iterator[None]:
    """Een test die de echte ingang in dit proces draait (`cli/start.main`), zet de garbage
    collector uit en laat resultaten liggen tot het einde (`bewaar_tot_einde`): voor een eigen
    proces van `plan` bedoeld. Daarna weer zoals het was, zodat de volgende test in deze
    worker niets opstapelt."""
    import gc

    from trainingsplanner.cli import proces

    aan = gc.isenabled()
    yield
    proces.KORTLEVEND = False
    proces._BEWAARD.clear()
    if aan:
        gc.enable()


def in_ci() -> bool:
    """CI=true (of 1/yes), zoals CI-diensten en `.ci/run` het zetten."""
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def ontbreekt(wat: str, hoe: str) -> NoReturn:
    """Een test mist invoer van buiten: buiten CI overslaan, in CI een duidelijke fout."""
    if in_ci():
        pytest.fail(f"{wat} ontbreekt in CI (CI=true); {hoe}", pytrace=False)
    pytest.skip(f"{wat} ontbreekt; {hoe}")


def vereist(pad: Path, wat: str, hoe: str) -> Path:
    """Het pad als het bestaat; anders `ontbreekt`."""
    if not pad.exists():
        ontbreekt(f"{wat} ({pad})", hoe)
    return pad


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Schrijf de golden files opnieuw in plaats van ze te vergelijken.",
    )


@pytest.fixture(scope="session")
def catalogus() -> Catalogus:
    return laad_catalogus(DATA)


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def gebruikerscache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Een eigen, lege gebruikerscache (`bestanden/cache.py`) voor één test: de map van plan."""
    from trainingsplanner.bestanden import cache

    map = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(map))
    monkeypatch.delenv("PLAN_CACHE", raising=False)
    cache.cachemap.cache_clear()
    yield map / "trainingsplanner"
    cache.cachemap.cache_clear()


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def _snel_commando() -> None:
    """typer bouwt bij elke CliRunner-aanroep het click-commando opnieuw (26 ms); één keer is genoeg."""
    import typer.testing

    origineel = typer.testing._get_command  # type: ignore[attr-defined]
    gebouwd: dict[int, object] = {}

    def gecachet(app: object) -> object:
        if id(app) not in gebouwd:
            gebouwd[id(app)] = origineel(app)  # type: ignore[arg-type]
        return gebouwd[id(app)]

    typer.testing._get_command = gecachet  # type: ignore[attr-defined,assignment]


_snel_commando()
