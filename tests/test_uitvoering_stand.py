"""Issue 15, de stand (`plan uitvoering status`) afgemaakt: per sessie op haar voorgestelde
datum, het bereik uit het onderdeel (R7.4), het ritme van werkoverleg en HR-gesprek (R2.3,
R3.4, R4.1), de kosten gerealiseerd tegen het budget, en de stand als HTML.

Het programma is dat van examples/klein.yaml; de verwachtingen komen uit dat programma zelf
(voorgestelde datums, kostenregels), niet uit overgeschreven getallen.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, NoReturn

from tests.test_uitvoering_hulp import KLEIN, plan, profiel
from trainingsplanner.catalogus.laden import laad_catalogus
from trainingsplanner.programma import Onderdeel
from trainingsplanner.uitvoering import bron
from trainingsplanner.uitvoering.gegevens import Sessie
from trainingsplanner.uitvoering.plan import kosten, telt_voor_bereik
from trainingsplanner.uitvoering.soorten import sessiekosten
from trainingsplanner.uitvoering.status import bereken

BRON = bron.laad(KLEIN, laad_catalogus(None))
PROGRAMMA = BRON.programma


def _status(gemeente: Path, vandaag: dt.date, *extra: str) -> tuple[int, dict[str, Any]]:
    uit = plan("status", "--gemeente", gemeente, "--format", "json", *extra, vandaag=vandaag)
    return uit.exit_code, json.loads(uit.stdout)


def _onderdeel(stand: dict[str, Any], code: str) -> dict[str, Any]:
    return next(o for o in stand["onderdelen"] if o["id"] == code)


def _met_verschillende_datums() -> Onderdeel:
    """Een onderdeel met minstens twee sessies op verschillende voorgestelde datums."""
    return next(
        o
        for o in PROGRAMMA.onderdelen
        if len({s.datum for s in o.sessiedata}) >= 2 and o.sessiedata[0].datum < o.eind
    )


def test_15_R4_1_achterstallig_per_sessie_op_haar_voorgestelde_datum(tmp_path: Path) -> None:
    o = _met_verschillende_datums()
    eerste, tweede = sorted(o.sessiedata, key=lambda s: s.datum)[:2]
    tussen = eerste.datum + dt.timedelta(days=1)
    assert tussen < o.eind  # het onderdeel zelf loopt nog: de oude maat zag niets
    gemeente = profiel(tmp_path)
    code, stand = _status(gemeente, tussen)
    mijn = _onderdeel(stand, o.id)
    assert code == 1 and stand["achterstallig"]
    assert mijn["stand"] == "achterstallig"
    assert {"sessie": eerste.nummer, "datum": eerste.datum.isoformat()} in mijn[
        "sessies_achterstallig"
    ]
    assert all(s["datum"] < tussen.isoformat() for s in mijn["sessies_achterstallig"])
    assert mijn["achterstallig"] == len(mijn["sessies_achterstallig"])

    # De eerste sessie gegeven: niet meer achterstallig; een verplaatste telt op haar nieuwe datum.
    plan("record", o.id, "--sessie", str(eerste.nummer), "--datum", eerste.datum.isoformat(),
         "--gemeente", gemeente, vandaag=tussen)  # fmt: skip
    later = tweede.datum + dt.timedelta(days=1)
    nieuw = later + dt.timedelta(days=90)
    uit = plan("record", o.id, "--sessie", str(tweede.nummer), "--datum", nieuw.isoformat(),
               "--status", "verplaatst", "--gemeente", gemeente, vandaag=later)  # fmt: skip
    assert uit.exit_code == 0, uit.output
    _, stand = _status(gemeente, later)
    mijn = _onderdeel(stand, o.id)
    nummers = {s["sessie"] for s in mijn["sessies_achterstallig"]}
    assert eerste.nummer not in nummers and tweede.nummer not in nummers
    assert mijn["gegeven"] == 1 and mijn["verplaatst"] == 1


def test_15_status_exit_0_zonder_achterstand_en_binnenkort_per_sessie(tmp_path: Path) -> None:
    eerste = min(s.datum for o in PROGRAMMA.onderdelen for s in o.sessiedata)
    begin = min(PROGRAMMA.periode.start, eerste) - dt.timedelta(days=30)
    code, stand = _status(profiel(tmp_path), begin)
    assert code == 0 and not stand["achterstallig"] and stand["totaal"]["achterstallig"] == 0
    verwacht = sum(
        1
        for o in PROGRAMMA.onderdelen
        for s in o.sessiedata
        if begin <= s.datum <= begin + dt.timedelta(days=60)
    )
    zonder_datum = sum(
        o.sessies - len(o.sessiedata)
        for o in PROGRAMMA.onderdelen
        if begin <= o.eind <= begin + dt.timedelta(days=60)
    )
    assert stand["totaal"]["binnenkort"] == verwacht + zonder_datum > 0


def test_15_R7_4_bereik_komt_uit_het_onderdeel_niet_uit_het_id() -> None:
    training = next(o for o in PROGRAMMA.onderdelen if telt_voor_bereik(o))
    assert training.team is not None
    hernoemd = training.model_copy(update={"id": "iets-heel-anders"})
    andere = [o for o in PROGRAMMA.onderdelen if o.id != training.id]
    sessies = [Sessie(hernoemd.id, 1, training.start, "gegeven", aanwezig=3)]
    stand = bereken("x", [*andere, hernoemd], BRON.teams, sessies, [], training.eind)
    team = next(t for t in stand.teams if t.team == training.team)
    assert team.bereikt == 3
    # Basiscompetenties (R5.3), teamtraining (R7.6) en e-learning tellen niet mee.
    niet = [o for o in PROGRAMMA.onderdelen if o.stap == 3 and o.team and not telt_voor_bereik(o)]
    assert {o.leervorm for o in niet} >= {"e-learning", "train-de-trainer"}
    assert any(w.startswith("R5.3:") for o in niet for w in o.waarom)
    sessies = [Sessie(o.id, 1, o.start, "gegeven", aanwezig=5) for o in niet]
    stand = bereken("x", PROGRAMMA.onderdelen, BRON.teams, sessies, [], training.eind)
    assert all(t.bereikt in (0, None) for t in stand.teams)


def test_15_R2_3_R3_4_ritme_werkoverleg_en_hr_gesprek(tmp_path: Path) -> None:
    team = "Publiekszaken"
    werkoverleg = [o for o in PROGRAMMA.onderdelen if o.team == team and o.leervorm == "werkoverleg" and o.stap == 4 and o.jaar == 1]  # fmt: skip
    hr = next(o for o in PROGRAMMA.onderdelen if o.team == team and o.leervorm == "gesprek" and o.stap == 4 and o.jaar == 1)  # fmt: skip
    assert len(werkoverleg) == 2  # R2.3: minstens twee keer per jaar
    vandaag = max(o.eind for o in [*werkoverleg, hr])  # nog in jaar 1 van de cyclus
    gemeente = profiel(tmp_path)
    plan("record", werkoverleg[0].id, "--datum", werkoverleg[0].start.isoformat(),
         "--gemeente", gemeente, vandaag=vandaag)  # fmt: skip
    for nummer in (1, 2, 3):
        plan("record", hr.id, "--sessie", str(nummer), "--datum", hr.start.isoformat(),
             "--gemeente", gemeente, vandaag=vandaag)  # fmt: skip
    _, stand = _status(gemeente, vandaag)
    ritme = next(t for t in stand["teams"] if t["team"] == team)["ritme"]
    jaar1 = next(r for r in ritme if r["jaar"] == 1)
    assert jaar1["werkoverleg"] == {"gepland": 2, "gehouden": 1}
    assert jaar1["hr_gesprek"] == {"gepland": hr.sessies, "gehouden": 3}
    assert [r["jaar"] for r in ritme] == sorted({o.jaar for o in PROGRAMMA.onderdelen if o.team == team and o.jaar})  # fmt: skip
    tekst = plan("status", "--gemeente", gemeente, "--team", team, vandaag=vandaag).stdout
    assert "Ritme: werkoverleg en HR-gesprek" in tekst
    assert "1 van 2" in tekst and f"3 van {hr.sessies}" in tekst


def test_15_kosten_gerealiseerd_is_gegeven_sessies_maal_de_prijs_per_sessie(tmp_path: Path) -> None:
    prijzen = sessiekosten(kosten(PROGRAMMA.kosten) or _geen())
    met_prijs = [o for o in PROGRAMMA.onderdelen if o.id in prijzen and o.sessiedata]
    betaald, afgelast = met_prijs[:3], met_prijs[3]
    vandaag = max(o.sessiedata[0].datum for o in betaald) + dt.timedelta(days=1)
    gemeente = profiel(tmp_path)
    verwacht: dict[int, list[float]] = {}
    for o in betaald:
        datum = o.sessiedata[0].datum
        uit = plan("record", o.id, "--sessie", "1", "--datum", datum.isoformat(), "--gemeente",
                   gemeente, vandaag=vandaag)  # fmt: skip
        assert uit.exit_code == 0, uit.output
        som = verwacht.setdefault(datum.year, [0.0, 0.0])
        som[0] += prijzen[o.id].min
        som[1] += prijzen[o.id].max
    # Een geannuleerde sessie kost niets.
    uit = plan("record", afgelast.id, "--sessie", "1", "--datum", vandaag.isoformat(),
               "--status", "geannuleerd", "--gemeente", gemeente, vandaag=vandaag)  # fmt: skip
    assert uit.exit_code == 0, uit.output
    _, stand = _status(gemeente, vandaag)
    assert stand["kosten"]["budget"] == PROGRAMMA.kosten.budget
    per_jaar = {j["jaar"]: j for j in stand["kosten"]["per_jaar"]}
    for jaar, (laag, hoog) in verwacht.items():
        assert per_jaar[jaar]["gerealiseerd"] == {"min": round(laag, 2), "max": round(hoog, 2)}
    begroot = {j.jaar: j for j in PROGRAMMA.kosten.per_jaar}
    for jaar, j in per_jaar.items():
        if j["begroot"] is not None:
            assert j["begroot"]["max"] == round(
                sum(b.max for b in begroot[jaar].per_soort.values()), 2
            )


def test_15_status_als_html_is_ge_escaped_onder_een_csp(tmp_path: Path) -> None:
    tekst = KLEIN.read_text(encoding="utf-8").replace("Publiekszaken", "<script>alert(1)</script>")
    gemeente = profiel(tmp_path, tekst)
    uit = plan("status", "--gemeente", gemeente, "--format", "html")
    assert uit.exit_code == 1  # achterstallig op 15 juli 2027
    html = uit.stdout
    assert html.startswith("<!DOCTYPE html>")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'role="alert"' in html  # de melding dat er iets achterstallig is


def _geen() -> NoReturn:
    raise AssertionError("het programma van klein.yaml heeft kosten")


def test_15_het_plan_uit_de_cache_is_het_verse_plan(tmp_path: Path, monkeypatch: Any) -> None:
    """status en report lezen het plan uit de gebruikerscache; een ander profiel is een ander plan."""
    from trainingsplanner.bestanden import cache
    from trainingsplanner.uitvoering.plan import uit_programma

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("PLAN_CACHE", raising=False)
    cache.cachemap.cache_clear()
    try:
        gemeente = profiel(tmp_path)
        vers = uit_programma(BRON.programma, BRON.teams)
        eerst = bron.laad_plan(gemeente, None, laad_catalogus)
        assert list((tmp_path / "cache" / "trainingsplanner").glob("uitvoeringsplan-*"))
        assert bron.laad_plan(gemeente, None, laad_catalogus) == eerst == vers
        gemeente.write_text(KLEIN.read_text(encoding="utf-8").replace("Publiekszaken", "Balie"))
        ander = bron.laad_plan(gemeente, None, laad_catalogus)
        assert "Balie" in ander.teams and "Publiekszaken" not in ander.teams
    finally:
        cache.cachemap.cache_clear()


def test_15_vandaag_van_status_is_die_van_generate(monkeypatch: Any) -> None:
    from trainingsplanner.genereren import vandaag

    for epoch in ("1830211200", "1830254399", ""):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
        assert bron.vandaag() == vandaag()
