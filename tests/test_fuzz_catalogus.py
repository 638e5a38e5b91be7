"""De cataloguslezer onder vuur (issue 16): verminkte catalogi, ook met kringen in de volgorde.

Een coördinator mag de catalogus aanpassen; wat hij ook verandert, `plan validate` en
`plan generate --catalogus` eindigen met 0, 1 of 2 en een melding met plek, nooit met een
traceback. Vast zaad; de cache staat uit zodat elke verminking echt gelezen wordt.
"""

from __future__ import annotations

import copy
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.conftest import REPO
from tests.test_fuzz import _controleer
from trainingsplanner.bestanden import cache
from trainingsplanner.bestanden.bronnen import datamap

runner = CliRunner()
AANTAL = int(os.environ.get("FUZZ_VOORBEELDEN", "1000"))
BESTANDEN = [
    "stappenplan.yaml",
    "trainingselementen.yaml",
    "functiegroepen.yaml",
    "regels.yaml",
    "indicatoren.yaml",
]
ORIGINEEL = {n: yaml.safe_load((datamap() / n).read_text(encoding="utf-8")) for n in BESTANDEN}
SESSIES = [s["id"] for s in ORIGINEEL["stappenplan.yaml"]["sessies"]]


@pytest.fixture(autouse=True)
def zonder_cache(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("PLAN_CACHE", "0")
    cache.cachemap.cache_clear()
    yield
    cache.cachemap.cache_clear()


def _plekken(data: Any, pad: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Alle paden naar waarden in een YAML-boom."""
    yield pad
    if isinstance(data, dict):
        for sleutel, waarde in data.items():
            yield from _plekken(waarde, (*pad, sleutel))
    elif isinstance(data, list):
        for i, waarde in enumerate(data):
            yield from _plekken(waarde, (*pad, i))


_VREEMD = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from([*SESSIES, "", "R3.2", "onbekend", "\x1b[2J", "=1+1"]),
    st.just([]),
    st.just({}),
)


@st.composite
def verminkingen(draw: st.DrawFn) -> dict[str, Any]:
    bestanden = copy.deepcopy(ORIGINEEL)
    for _ in range(draw(st.integers(1, 3))):
        naam = draw(st.sampled_from(BESTANDEN))
        plekken = list(_plekken(bestanden[naam]))[1:]
        pad = draw(st.sampled_from(plekken))
        ouder = bestanden[naam]
        for deel in pad[:-1]:
            ouder = ouder[deel]
        if draw(st.booleans()) and isinstance(ouder, dict | list):
            del ouder[pad[-1]]
        else:
            ouder[pad[-1]] = draw(_VREEMD)
    if draw(st.booleans()):  # een kring in de volgorde, soms via een andere sessie
        a, b = draw(st.sampled_from(SESSIES)), draw(st.sampled_from(SESSIES))
        volgorde = bestanden["stappenplan.yaml"].setdefault("volgorde", [])
        if isinstance(volgorde, list):
            volgorde.append({"voor": a, "na": b, "bereik": "organisatie", "bron": ["R3.2"]})
            volgorde.append({"voor": b, "na": a, "bereik": "team", "bron": ["R2.1"]})
    return bestanden


@pytest.mark.slow
@given(bestanden=verminkingen())
@settings(
    max_examples=max(50, AANTAL // 10),
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
def test_16_verminkte_catalogus_crasht_nooit(
    tmp_path_factory: pytest.TempPathFactory, bestanden: dict[str, Any]
) -> None:
    map = tmp_path_factory.mktemp("cat")
    shutil.copy(datamap() / "leerdoelwijzer.yaml", map / "leerdoelwijzer.yaml")
    for naam, data in bestanden.items():
        (map / naam).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    resultaat = runner.invoke(app_(), ["validate", "--catalogus", str(map)])
    _controleer(resultaat)
    if resultaat.exit_code == 0:
        profiel = REPO / "examples" / "klein.yaml"
        opdracht = ["generate", "--catalogus", str(map), "--gemeente", str(profiel), "--out", "-"]
        _controleer(runner.invoke(app_(), opdracht))


def app_() -> Any:
    from trainingsplanner.cli.app import app

    return app


def test_16_kring_in_de_volgorde_wordt_gevonden(tmp_path: Path) -> None:
    """Een gerichte kring: validate meldt hem met plek, generate ook; nooit een traceback."""
    map = tmp_path / "cat"
    shutil.copytree(datamap(), map)
    pad = map / "stappenplan.yaml"
    tekst = pad.read_text(encoding="utf-8")
    tekst = tekst.replace(
        "volgorde:\n",
        "volgorde:\n  - {voor: teamtraining, na: teamsessie, bereik: team, bron: [R7.6]}\n",
        1,
    )
    pad.write_text(tekst, encoding="utf-8")
    for opdracht in (
        ["validate", "--catalogus", str(map)],
        [
            "generate",
            "--catalogus",
            str(map),
            "--gemeente",
            str(REPO / "examples" / "klein.yaml"),
            "--out",
            "-",
        ],
    ):
        resultaat = runner.invoke(app_(), opdracht)
        assert resultaat.exit_code == 2, resultaat.output
        assert "stappenplan.yaml:" in resultaat.stderr
        assert "kring" in resultaat.stderr
