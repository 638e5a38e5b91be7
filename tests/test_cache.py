"""De cache van de gecontroleerde catalogus: een versnelling, nooit een bron.

Een gewijzigd bestand, een kapot of onleesbaar cachebestand, een map zonder schrijfrechten
of `PLAN_CACHE=0`: de catalogus komt altijd uit de bestanden zoals ze nu zijn.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from trainingsplanner.bestanden import cache
from trainingsplanner.bestanden.bronnen import datamap
from trainingsplanner.catalogus import Catalogus, laden
from trainingsplanner.catalogus.laden import laad_catalogus
from trainingsplanner.fouten import InvoerFout


@pytest.fixture
def cachemap(gebruikerscache: Path) -> Iterator[Path]:
    """De eigen gebruikerscache, en elke catalogus opnieuw gelezen (niet uit dit proces)."""
    laden._GELADEN.clear()
    yield gebruikerscache
    laden._GELADEN.clear()


@pytest.fixture
def kopie(tmp_path: Path) -> Path:
    doel = tmp_path / "data"
    shutil.copytree(datamap(), doel)
    return doel


def _opnieuw(map: Path) -> Catalogus:
    """Zoals een nieuw proces: het geheugen van dit proces telt niet mee."""
    laden._GELADEN.clear()
    return laad_catalogus(map)


def test_een_geladen_catalogus_wordt_bewaard_en_hergebruikt(cachemap: Path, kopie: Path) -> None:
    eerste = _opnieuw(kopie)
    bestanden = list(cachemap.glob("catalogus-*.pickle"))
    assert len(bestanden) == 1
    tweede = _opnieuw(kopie)
    assert tweede is not eerste
    assert tweede.sessies.keys() == eerste.sessies.keys()
    assert tweede.vingerafdruk == eerste.vingerafdruk


def test_een_gewijzigd_bestand_wordt_opnieuw_gelezen(cachemap: Path, kopie: Path) -> None:
    _opnieuw(kopie)
    pad = kopie / "stappenplan.yaml"
    tekst = pad.read_text(encoding="utf-8")
    oud = _opnieuw(kopie).sessies["normstelling"].titel
    assert f'titel: "{oud}"' in tekst
    pad.write_text(tekst.replace(oud, oud + " (aangepast)", 1), encoding="utf-8")
    assert _opnieuw(kopie).sessies["normstelling"].titel == oud + " (aangepast)"
    assert len(list(cachemap.glob("catalogus-*.pickle"))) == 1  # alleen de nieuwste blijft


def test_een_kapot_cachebestand_wordt_genegeerd(cachemap: Path, kopie: Path) -> None:
    verwacht = _opnieuw(kopie).vingerafdruk
    for bestand in cachemap.glob("catalogus-*.pickle"):
        bestand.write_bytes(b"\x80\x05geen pickle")
    assert _opnieuw(kopie).vingerafdruk == verwacht


def test_een_kapotte_catalogus_wordt_nooit_bewaard(cachemap: Path, kopie: Path) -> None:
    pad = kopie / "regels.yaml"
    pad.write_text(pad.read_text(encoding="utf-8") + "\nonbekend_veld: 1\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(InvoerFout) as fout:
            _opnieuw(kopie)
        assert "regels.yaml" in str(fout.value.problemen[0])
    assert list(cachemap.glob("catalogus-*.pickle")) == []


def test_plan_cache_0_schrijft_niets(
    cachemap: Path, kopie: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLAN_CACHE", "0")
    cache.cachemap.cache_clear()
    _opnieuw(kopie)
    assert not cachemap.exists() or list(cachemap.iterdir()) == []


def test_cache_in_een_bestand_in_plaats_van_een_map(
    tmp_path: Path, kopie: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """XDG_CACHE_HOME wijst naar een gewoon bestand: geen cache, geen fout."""
    bestand = tmp_path / "geen-map"
    bestand.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(bestand))
    cache.cachemap.cache_clear()
    try:
        assert cache.cachemap() is None
        assert _opnieuw(kopie).sessies
    finally:
        cache.cachemap.cache_clear()
        laden._GELADEN.clear()


@pytest.mark.parametrize("pakket", ["holidays", "pydantic-core", "typer", "PyYAML"])
def test_pakketversie_zoals_importlib_metadata(pakket: str) -> None:
    """De versie voor de sleutels komt uit de naam van de `.dist-info`-map, zonder
    `importlib.metadata` te laden, en is dezelfde als die van `importlib.metadata`."""
    from importlib import metadata

    cache.pakketversie.cache_clear()
    assert cache.pakketversie(pakket) == metadata.version(pakket)


def test_pakketversie_van_een_onbekend_pakket(monkeypatch: pytest.MonkeyPatch) -> None:
    """Geen `.dist-info` op het zoekpad en geen metadata: een vaste waarde, geen fout."""
    cache.pakketversie.cache_clear()
    try:
        assert cache.pakketversie("bestaat-niet-als-pakket") == "-"
    finally:
        cache.pakketversie.cache_clear()
