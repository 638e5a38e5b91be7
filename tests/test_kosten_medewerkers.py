"""Issue 13 punten 3 en 6: de uren van medewerkers (deelnames × duur × uren van een hele dag),
met `kosten.uurtarief_medewerker` ook in euro, apart van het kasbudget; en de kosten per
onderdeel in het contract (R7.10, R8.2, R8.3)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.conftest import REPO
from tests.maak import BASIS, profieldata, programma
from tests.test_eigenschappen import CAT, profielen
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.app import app
from trainingsplanner.genereren import genereer
from trainingsplanner.programma import Programma
from trainingsplanner.render import markdown
from trainingsplanner.render.kostenweergave import NBSP

DATUM = dt.date(2026, 11, 28)
runner = CliRunner()


def _met_tarief(tarief: float, **kosten: float) -> dict[str, object]:
    return profieldata(kosten={**BASIS["kosten"], "uurtarief_medewerker": tarief, **kosten})


def _uren(p: Programma, per_dag: float) -> tuple[float, float]:
    """Onafhankelijk nageteld: elke deelname × duur × uren per dag, over alle onderdelen."""
    laag = sum(o.deelnemers * o.duur_dagen.min * per_dag for o in p.onderdelen if o.sessies)
    hoog = sum(o.deelnemers * o.duur_dagen.max * per_dag for o in p.onderdelen if o.sessies)
    return laag, hoog


def test_13_3_uren_van_medewerkers_zijn_deelnames_maal_duur(catalogus: Catalogus) -> None:
    p = programma(catalogus, _met_tarief(40))
    k = p.kosten
    assert k.uren_medewerkers is not None and k.euro_medewerkers is not None
    laag, hoog = _uren(p, 7.5)  # een hele dag: 09:00–16:30 (aanname van de catalogus)
    assert (k.uren_medewerkers.min, k.uren_medewerkers.max) == pytest.approx((laag, hoog), abs=0.01)
    assert k.uurtarief_medewerker == 40
    assert k.euro_medewerkers.max == pytest.approx(hoog * 40, abs=0.05)
    assert sum(j.uren_medewerkers.max for j in k.per_jaar if j.uren_medewerkers) == (
        pytest.approx(hoog, abs=0.01)
    )


def test_13_3_uren_volgen_de_tijden_van_een_hele_dag(catalogus: Catalogus) -> None:
    data = _met_tarief(40)
    data["planning"] = {"tijden": {"hele_dag": {"van": "08:30", "tot": "16:30"}}}
    p = programma(catalogus, data)
    assert p.kosten.uren_medewerkers is not None
    assert p.kosten.uren_medewerkers.max == pytest.approx(_uren(p, 8.0)[1], abs=0.01)


def test_13_3_uren_van_medewerkers_tellen_niet_in_budget_of_totaal(catalogus: Catalogus) -> None:
    """Met een (hoog) uurtarief blijven totaal, budgetoordeel en waarschuwingen gelijk."""
    zonder = programma(catalogus)
    met = programma(catalogus, _met_tarief(9000))
    assert met.kosten.euro_medewerkers is not None and zonder.kosten.euro_medewerkers is None
    assert met.kosten.euro_medewerkers.min > 100 * BASIS["kosten"]["budget"]
    assert met.kosten.totaal == zonder.kosten.totaal
    assert met.kosten.per_soort == zonder.kosten.per_soort
    assert met.kosten.oordeel == zonder.kosten.oordeel
    assert [w.code for w in met.waarschuwingen] == [w.code for w in zonder.waarschuwingen]
    # Zonder tarief staan de uren er wel, zonder euro.
    assert zonder.kosten.uren_medewerkers == met.kosten.uren_medewerkers


def test_13_6_kosten_per_onderdeel_tellen_op_tot_het_programma(catalogus: Catalogus) -> None:
    data = _met_tarief(40, e_learning_per_deelnemer=25, uurtarief_interne_trainer=60)
    data["voorkeuren"] = {"e_learning": True, "train_de_trainer": True}
    p = programma(catalogus, data)
    k = p.kosten
    assert set(k.per_soort) == {"externe-trainers", "e-learning", "interne-trainers"}
    for soort, bedrag in k.per_soort.items():
        eigen = [o.kosten.euro for o in p.onderdelen if o.kosten and o.kosten.soort == soort]
        assert sum(b.max for b in eigen if b) == pytest.approx(bedrag.max, abs=0.01), soort
    assert k.uren_per_dag == 7.5
    som = 0.0
    for o in p.onderdelen:
        zonder_geld = o.trainer == "geen" and o.leervorm != "e-learning"
        if o.kosten is None:
            # Geen sessies, of geen kasuitgave (werkoverleg, gesprek) en alles in het startjaar.
            assert o.sessies == 0 or zonder_geld, o.id
            som += o.deelnemers * o.duur_dagen.max * k.uren_per_dag if o.sessies else 0
            continue
        assert sum(o.kosten.sessies_per_jaar.values()) == o.sessies
        if zonder_geld:
            assert o.kosten.soort is None and o.kosten.euro is None
        if o.trainer == "extern":
            assert o.kosten.dagen == o.trainersdagen
        som += o.kosten.uren_medewerkers.max
    assert k.uren_medewerkers is not None
    assert som == pytest.approx(k.uren_medewerkers.max, abs=0.01)


def test_13_3_uren_van_medewerkers_in_md_en_html(catalogus: Catalogus) -> None:
    resultaat = genereer(REPO / "examples" / "middenstad.yaml", catalogus, "md", DATUM)
    k = resultaat.programma.kosten
    assert k.uurtarief_medewerker == 50 and k.uren_medewerkers is not None
    md = resultaat.als_tekst.replace(NBSP, " ")
    rij = next(r for r in md.splitlines() if r.startswith("| Uren van medewerkers |"))
    assert "uur (apart: niet in de geschatte kosten en niet in het budget)" in rij
    assert "| Uren van medewerkers in euro | € " in md and "uurtarief € 50" in md
    kop = next(r for r in md.splitlines() if r.startswith("| Jaar | Externe trainersdagen"))
    assert kop.index("Totaal") < kop.index("Uren van medewerkers")
    html = genereer(REPO / "examples" / "middenstad.yaml", catalogus, "html", DATUM).als_tekst
    assert '<th scope="row">Uren van medewerkers</th>' in html
    klein = markdown.render(
        genereer(REPO / "examples" / "klein.yaml", catalogus, "json", DATUM).programma,
        catalogus,
        DATUM,
    )
    assert "geen uurtarief opgegeven" in klein and "Uren van medewerkers in euro" not in klein


@pytest.mark.parametrize(
    ("waarde", "melding"),
    [
        ("-5", "kosten.uurtarief_medewerker"),
        ("'€ 45'", "is tekst; schrijf het bedrag als getal zonder € en zonder duizendtalpunt: 45"),
    ],
)
def test_13_3_uurtarief_medewerker_wordt_gecontroleerd(
    in_tmp: Path, waarde: str, melding: str
) -> None:
    tekst = (REPO / "examples" / "klein.yaml").read_text(encoding="utf-8")
    pad = in_tmp / "p.yaml"
    pad.write_text(
        tekst.replace("  budget: 45000\n", f"  budget: 45000\n  uurtarief_medewerker: {waarde}\n"),
        encoding="utf-8",
    )
    resultaat = runner.invoke(app, ["generate", str(pad), "--format", "json", "--out", "-"])
    assert resultaat.exit_code == 2, resultaat.output
    assert "p.yaml:12:" in resultaat.stderr and melding in resultaat.stderr


@pytest.mark.slow
@given(data=profielen(), tarief=st.one_of(st.none(), st.integers(0, 200)))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_13_3_eigenschappen_van_de_uren(data: dict[str, Any], tarief: int | None) -> None:
    """Voor elk profiel: de jaren tellen op tot het totaal, elke deelname telt, en een uurtarief
    verandert niets aan het kasbudget of het oordeel."""
    if tarief is not None:
        data = {**data, "kosten": {**data.get("kosten", {}), "uurtarief_medewerker": tarief}}
    p = programma(CAT, data)
    k = p.kosten
    assert k.uren_medewerkers is not None and k.uren_per_dag is not None
    laag, hoog = _uren(p, k.uren_per_dag)
    # Elk jaar is op 3 decimalen afgerond en het totaal is de som van de jaren (zodat de tabel
    # optelt): hoogstens een halve duizendste per jaar verschil (met alleen december open
    # loopt een programma tientallen jaren door).
    marge = 0.0005 * len(k.per_jaar) + 1e-9
    assert k.uren_medewerkers.min == pytest.approx(laag, abs=marge)
    assert k.uren_medewerkers.max == pytest.approx(hoog, abs=marge)
    assert sum(j.uren_medewerkers.max for j in k.per_jaar if j.uren_medewerkers) == (
        pytest.approx(k.uren_medewerkers.max, abs=1e-6)
    )
    assert (k.euro_medewerkers is None) == (tarief is None)
    zonder = programma(
        CAT, {**data, "kosten": {**data.get("kosten", {}), "uurtarief_medewerker": None}}
    )
    assert (k.totaal, k.per_soort, k.oordeel) == (
        zonder.kosten.totaal,
        zonder.kosten.per_soort,
        zonder.kosten.oordeel,
    )
