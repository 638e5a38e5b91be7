"""Het basisplan in de gebruikerscache bij herplannen (genereren.gelezen_en_basisplan): een
versnelling, nooit een bron.

Herplannen met het basisplan uit de cache geeft byte voor byte hetzelfde programma als zonder
cache; een gewijzigd profiel, een andere catalogus, een ander pad of een kapot cachebestand
geeft nooit een verouderd programma.
"""

from __future__ import annotations

import copy
import datetime as dt
import pickle
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.maak import profiel
from tests.test_eigenschappen import profielen
from tests.test_herplannen_eigenschappen import CAT, GELEZEN, uitvoeringen
from tests.test_uitvoering_herplanning import _herplan, _ronde_klaar
from tests.test_uitvoering_hulp import REPO
from trainingsplanner import genereren
from trainingsplanner.bestanden import cache
from trainingsplanner.catalogus import laden
from trainingsplanner.engine import basisplan, stel_samen, voltooi
from trainingsplanner.engine.herplannen import Uitvoering


@pytest.mark.slow
@given(uitvoeringen())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_R4_1_basisplan_na_pickle_geeft_hetzelfde_herplande_programma(
    geval: tuple[int, Uitvoering, object],
) -> None:
    """Wat de cache bewaart (pickle van het basisplan) en terug geeft, plant precies zo."""
    keuze, uitvoering, _ = geval
    basis = pickle.loads(pickle.dumps(basisplan(GELEZEN[keuze], CAT), pickle.HIGHEST_PROTOCOL))
    assert voltooi(basis, CAT, uitvoering) == stel_samen(GELEZEN[keuze], CAT, uitvoering)


@pytest.mark.slow
@given(st.data())
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_R4_1_basisplan_na_pickle_over_willekeurige_profielen(data: st.DataObject) -> None:
    gelezen = profiel(CAT, data.draw(profielen()))
    basis = pickle.loads(pickle.dumps(basisplan(gelezen, CAT), pickle.HIGHEST_PROTOCOL))
    programma = stel_samen(gelezen, CAT)
    vanaf = programma.periode.start + dt.timedelta(days=data.draw(st.integers(0, 900)))
    uitvoering = Uitvoering(vanaf, ())
    assert voltooi(basis, CAT, uitvoering) == stel_samen(gelezen, CAT, uitvoering)


def _bewaard(map: Path) -> list[Path]:
    return sorted(map.glob("basisplan-*.pickle"))


def _zonder_cache(profiel: Path, monkeypatch: pytest.MonkeyPatch) -> bytes:
    with monkeypatch.context() as m:
        m.setenv("PLAN_CACHE", "0")
        cache.cachemap.cache_clear()
        code, uitvoer, _ = _herplan(profiel)
    cache.cachemap.cache_clear()
    assert code == 0, uitvoer
    return profiel.with_name("herpland.json").read_bytes()


def test_R4_1_herplannen_met_het_basisplan_uit_de_cache_is_byte_gelijk(
    tmp_path: Path, gebruikerscache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profiel = _ronde_klaar(tmp_path)
    code, uitvoer, _ = _herplan(profiel)
    assert code == 0, uitvoer
    eerst = profiel.with_name("herpland.json").read_bytes()
    assert len(_bewaard(gebruikerscache)) == 1
    with monkeypatch.context() as m:  # de tweede keer plant de engine niet opnieuw
        m.setattr(genereren, "basisplan", _niet_plannen)
        m.setattr(genereren, "lees_profiel", _niet_plannen)
        code, uitvoer, _ = _herplan(profiel)
    assert code == 0, uitvoer
    assert profiel.with_name("herpland.json").read_bytes() == eerst
    assert _zonder_cache(profiel, monkeypatch) == eerst


def test_R4_1_na_vastleggen_komt_de_herplanning_uit_de_cache(
    tmp_path: Path, gebruikerscache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Vastleggen (hier: het blad importeren) stelt het programma samen en bewaart het
    basisplan; de herplanning daarna plant niet opnieuw, ook de eerste keer niet."""
    profiel = _ronde_klaar(tmp_path)
    assert len(_bewaard(gebruikerscache)) == 1
    with monkeypatch.context() as m:
        m.setattr(genereren, "basisplan", _niet_plannen)
        m.setattr(genereren, "lees_profiel", _niet_plannen)
        code, uitvoer, _ = _herplan(profiel)
    assert code == 0, uitvoer
    assert profiel.with_name("herpland.json").read_bytes() == _zonder_cache(profiel, monkeypatch)


def _niet_plannen(*_: object) -> None:
    raise AssertionError("het basisplan had uit de cache moeten komen")


def test_R4_1_een_gewijzigd_profiel_geeft_nooit_het_oude_basisplan(
    tmp_path: Path, gebruikerscache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profiel = _ronde_klaar(tmp_path)
    assert _herplan(profiel)[0] == 0
    eerst = profiel.with_name("herpland.json").read_bytes()
    tekst = profiel.read_text(encoding="utf-8")
    assert "sessies_per_maand: 4" in tekst
    profiel.write_text(tekst.replace("sessies_per_maand: 4", "sessies_per_maand: 2"), "utf-8")
    assert _herplan(profiel)[0] == 0
    daarna = profiel.with_name("herpland.json").read_bytes()
    assert daarna != eerst
    assert daarna == _zonder_cache(profiel, monkeypatch)
    assert len(_bewaard(gebruikerscache)) == 2  # het vorige profiel blijft bewaard (houd=3)


def test_R4_1_een_kapot_cachebestand_wordt_opnieuw_gepland(
    tmp_path: Path, gebruikerscache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profiel = _ronde_klaar(tmp_path)
    assert _herplan(profiel)[0] == 0
    eerst = profiel.with_name("herpland.json").read_bytes()
    (bestand,) = _bewaard(gebruikerscache)
    for inhoud in (b"", b"geen pickle", pickle.dumps(("iets", "anders"))):
        bestand.write_bytes(inhoud)
        code, uitvoer, _ = _herplan(profiel)
        assert code == 0, uitvoer
        assert profiel.with_name("herpland.json").read_bytes() == eerst
        assert _bewaard(gebruikerscache) == [bestand] and bestand.read_bytes() != inhoud


def test_R4_1_sleutel_van_het_basisplan_hangt_af_van_pad_inhoud_en_catalogus(
    tmp_path: Path, gebruikerscache: Path
) -> None:
    """Meldingen over het profiel noemen zijn pad: een kopie elders heeft een eigen sleutel.
    Een catalogus die niet uit een map gelezen is, heeft geen sleutel (dus geen cache)."""
    a = tmp_path / "a.yaml"
    b = tmp_path / "b.yaml"
    shutil.copy(REPO / "examples" / "klein.yaml", a)
    shutil.copy(a, b)
    cat = laden.laad_catalogus()
    sleutel = genereren._basissleutel(a, cat)
    assert sleutel is not None and sleutel == genereren._basissleutel(a, cat)
    assert genereren._basissleutel(b, cat) != sleutel
    a.write_text(a.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert genereren._basissleutel(a, cat) != sleutel
    assert genereren._basissleutel(a, copy.copy(cat)) is None
    assert genereren._basissleutel(tmp_path / "bestaat-niet.yaml", cat) is None


def test_cache_houdt_de_nieuwste_bestanden_per_soort(gebruikerscache: Path) -> None:
    for i in range(5):
        cache.bewaar("proef", f"s{i}", i, houd=3)
    assert sorted(p.name for p in gebruikerscache.glob("proef-*.pickle")) == [
        "proef-s2.pickle",
        "proef-s3.pickle",
        "proef-s4.pickle",
    ]
    cache.bewaar("proef", "s5", 5)
    assert [p.name for p in gebruikerscache.glob("proef-*.pickle")] == ["proef-s5.pickle"]
