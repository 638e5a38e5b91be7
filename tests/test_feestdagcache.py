"""De feestdagen in de gebruikerscache (issue 14, bench): een versnelling, nooit een bron.

`holidays` laden kost per proces meer dan de hele dagplanning; `genereren.feestdagcache` vult
de tabel van de engine (`dagregels.WETTELIJK`) met wat `holidays` eerder gaf. De datums van het
programma zijn met en zonder cache, en met een kapot cachebestand, precies dezelfde.
"""

from __future__ import annotations

import datetime as dt
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from trainingsplanner.bestanden import cache
from trainingsplanner.catalogus.laden import laad_catalogus
from trainingsplanner.engine import dagregels
from trainingsplanner.genereren import genereer

VOORBEELD = Path(__file__).resolve().parents[1] / "examples" / "klein.yaml"
DATUM = dt.date(2026, 11, 24)


def _nieuw_proces() -> None:
    """Zoals een nieuw proces: niets van de feestdagen in het geheugen."""
    dagregels.WETTELIJK.clear()
    dagregels._feestdagen_jaar.cache_clear()


@pytest.fixture
def cachemap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("PLAN_CACHE", raising=False)
    cache.cachemap.cache_clear()
    _nieuw_proces()
    yield tmp_path / "cache" / "trainingsplanner"
    cache.cachemap.cache_clear()
    _nieuw_proces()


def _json() -> str:
    return genereer(VOORBEELD, laad_catalogus(), "json", DATUM).als_tekst


def _zonder_cache(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("PLAN_CACHE", "0")
    cache.cachemap.cache_clear()
    _nieuw_proces()
    try:
        return _json()
    finally:
        monkeypatch.delenv("PLAN_CACHE")
        cache.cachemap.cache_clear()
        _nieuw_proces()


def _bewaard(map: Path) -> dict[int, frozenset[dt.date]]:
    (bestand,) = map.glob("feestdagen-*.pickle")
    tabel: dict[int, frozenset[dt.date]] = pickle.loads(bestand.read_bytes())
    return tabel


def test_R14_de_bewaarde_feestdagen_zijn_die_van_holidays(cachemap: Path) -> None:
    import holidays

    programma = genereer(VOORBEELD, laad_catalogus(), "json", DATUM).programma
    tabel = _bewaard(cachemap)
    jaren = {d.year for o in programma.onderdelen for s in o.sessiedata for d in s.dagen}
    assert jaren and jaren <= tabel.keys()
    for jaar, dagen in tabel.items():
        assert dagen == frozenset(holidays.country_holidays("NL", years=jaar))
    assert any(dt.date(jaar, 4, 27) in dagen for jaar, dagen in tabel.items())  # Koningsdag


def test_R14_met_de_cache_zonder_holidays_dezelfde_datums(
    cachemap: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    verwacht = _zonder_cache(monkeypatch)
    assert _json() == verwacht  # vult de cache
    _nieuw_proces()
    monkeypatch.setitem(sys.modules, "holidays", None)  # importeren zou nu mislukken
    assert _json() == verwacht


@pytest.mark.parametrize(
    "inhoud",
    [
        b"\x80\x05geen pickle",
        pickle.dumps({2027: frozenset({"2027-04-27"})}),
        pickle.dumps({2027: frozenset({dt.date(2028, 1, 1)})}),
        pickle.dumps(["geen", "tabel"]),
    ],
)
def test_R14_een_kapot_of_vreemd_cachebestand_telt_niet(
    cachemap: Path, monkeypatch: pytest.MonkeyPatch, inhoud: bytes
) -> None:
    verwacht = _zonder_cache(monkeypatch)
    _json()
    (bestand,) = cachemap.glob("feestdagen-*.pickle")
    bestand.write_bytes(inhoud)
    _nieuw_proces()
    assert _json() == verwacht
    assert _bewaard(cachemap)  # opnieuw bewaard, nu goed


def test_R14_zonder_cache_geen_bestand(cachemap: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _zonder_cache(monkeypatch)
    assert not list(cachemap.glob("feestdagen-*.pickle"))
