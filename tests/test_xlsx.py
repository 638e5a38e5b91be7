"""Issue 13, Excel: `plan generate --format xlsx` met de bladen Sessies, Begroting, Teams en
Indicatoren; issue 14 punt 4: de voorgestelde datum per sessie.

Teruggelezen met openpyxl (rijen, getallen, datums, geen formules uit profieltekst), het blad
Sessies terug via `plan uitvoering import` (een net gemaakte werkmap legt niets vast), en de
formules van Begroting doorgerekend door LibreOffice (een echte spreadsheet, niet door ons).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from tests.conftest import REPO
from tests.kantoor import libreoffice_zet_om
from tests.test_uitvoering_hulp import plan, profiel
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.genereren import genereer
from trainingsplanner.opmaak import MAANDEN
from trainingsplanner.programma import KOSTENSOORTWOORDEN, Programma
from trainingsplanner.render.xlsxopmaak import SESSIEKOLOMMEN
from trainingsplanner.uitvoering.importeren import KOLOMMEN, TOELICHTEND, sleutel

DATUM = dt.date(2026, 11, 1)
VOORBEELDEN = ["klein", "middenstad", "nog-niet-klaar"]
KWAAD = '=HYPERLINK("http://x","y")'
"""Toelichtende kolommen van dit blad die `uitvoering/importeren.py:TOELICHTEND` nog moet
kennen; tot dan meldt de import ze als 'Genegeerd' (geen fout)."""


def _maak(pad: Path, catalogus: Catalogus, naar: Path) -> Programma:
    resultaat = genereer(pad, catalogus, "xlsx", DATUM)
    assert isinstance(resultaat.tekst, bytes)
    naar.write_bytes(resultaat.tekst)
    return resultaat.programma


def _blad(boek_pad: Path, naam: str) -> tuple[list[str], list[dict[str, object]]]:
    blad = load_workbook(boek_pad)[naam]
    assert isinstance(blad, Worksheet)
    rijen = list(blad.iter_rows(values_only=True))
    koppen = [str(k) for k in rijen[0]]
    return koppen, [dict(zip(koppen, r, strict=True)) for r in rijen[1:]]


@pytest.mark.parametrize("naam", VOORBEELDEN)
def test_13_sessies_een_rij_per_sessie(naam: str, catalogus: Catalogus, tmp_path: Path) -> None:
    programma = _maak(REPO / "examples" / f"{naam}.yaml", catalogus, tmp_path / "p.xlsx")
    koppen, rijen = _blad(tmp_path / "p.xlsx", "Sessies")
    assert len(rijen) == sum(o.sessies for o in programma.onderdelen)
    # Een besluit zonder sessie (instemming van de OR zonder deelnemers) is geen rij.
    assert {r["Onderdeel"] for r in rijen} == {o.id for o in programma.onderdelen if o.sessies}
    assert {sleutel(k) for k in koppen} >= set(KOLOMMEN)  # wat de import terugleest
    for r in rijen:
        assert isinstance(r["Jaar"], int) and isinstance(r["Sessie"], int)
        assert isinstance(r["Dagen min"], int | float) and isinstance(r["Dagen max"], int | float)
        assert r["Euro min"] is None or isinstance(r["Euro min"], int | float)
        assert all(r[k] is None for k in ("Datum", "Gegeven", "Evaluatie", "Opmerking"))
    for o in programma.onderdelen:
        nummers = [r["Sessie"] for r in rijen if r["Onderdeel"] == o.id]
        assert nummers == list(range(1, o.sessies + 1)), o.id
    # De bedragen per sessie tellen op tot de kosten van het programma, per soort en per jaar.
    for jaar in programma.kosten.per_jaar:
        for soort, bedrag in jaar.per_soort.items():
            som = sum(
                float(str(r["Euro max"]))
                for r in rijen
                if r["Jaar"] == jaar.jaar and r["Kostensoort"] == KOSTENSOORTWOORDEN[soort]
            )
            assert som == pytest.approx(bedrag.max, abs=0.01)
        # Issue 13 punt 3: de uren van medewerkers per jaar, apart van de soorten.
        assert jaar.uren_medewerkers is not None
        for grens in ("min", "max"):
            uren = sum(
                float(str(r[f"Uren medewerkers {grens}"])) for r in rijen if r["Jaar"] == jaar.jaar
            )
            assert uren == pytest.approx(getattr(jaar.uren_medewerkers, grens), abs=0.01)


@pytest.mark.parametrize("naam", VOORBEELDEN)
def test_14_4_voorgestelde_datum_per_sessie(
    naam: str, catalogus: Catalogus, tmp_path: Path
) -> None:
    """De voorgestelde datum uit `sessiedata` als echte datum; jaar en maand volgen eruit, en
    dat jaar is het begrotingsjaar van de sessie (anders klopt Begroting niet)."""
    programma = _maak(REPO / "examples" / f"{naam}.yaml", catalogus, tmp_path / "p.xlsx")
    _, rijen = _blad(tmp_path / "p.xlsx", "Sessies")
    per_onderdeel = {o.id: o for o in programma.onderdelen}
    gedateerd = 0
    for r in rijen:
        o = per_onderdeel[str(r["Onderdeel"])]
        if o.kosten is None:  # geen kasuitgave, alles in het jaar van de start
            assert r["Jaar"] == o.start.year
        voorstel = r["Voorgestelde datum"]
        if o.sessiedata:
            verwacht = o.sessiedata[int(str(r["Sessie"])) - 1].datum
            assert isinstance(voorstel, dt.datetime) and voorstel.date() == verwacht
            assert r["Jaar"] == verwacht.year
            assert r["Maand"] == f"{MAANDEN[verwacht.month - 1]} {verwacht.year}"
            gedateerd += 1
        else:
            assert voorstel is None
        assert r["Datum"] is None  # de invulkolom: wat werkelijk gegeven is
    assert gedateerd == sum(len(o.sessiedata) for o in programma.onderdelen) > 0
    # Het jaar van elke sessie is het jaar waarin de planning haar telt (kosten per onderdeel).
    for o in programma.onderdelen:
        if o.kosten is not None:
            jaren = sorted(int(str(r["Jaar"])) for r in rijen if r["Onderdeel"] == o.id)
            verwacht_jaren = sorted(
                j for j, n in o.kosten.sessies_per_jaar.items() for _ in range(n)
            )
            assert jaren == verwacht_jaren, o.id
    blad = load_workbook(tmp_path / "p.xlsx")["Sessies"]
    kolom = SESSIEKOLOMMEN.index(("Voorgestelde datum", 15)) + 1
    cel = next(
        c for c in blad.iter_cols(min_col=kolom, max_col=kolom, min_row=2).__next__() if c.value
    )
    assert cel.is_date and "dd-mm-yyyy" in cel.number_format and "[$-413]" in cel.number_format


def test_13_begroting_formules_en_teams(catalogus: Catalogus, tmp_path: Path) -> None:
    programma = _maak(REPO / "examples" / "klein.yaml", catalogus, tmp_path / "p.xlsx")
    boek = load_workbook(tmp_path / "p.xlsx")
    begroting = boek["Begroting"]
    assert str(begroting["B2"].value).startswith("=SUMIFS(Sessies!")
    assert begroting.freeze_panes == "B2"
    kolom_a = [c.value for c in begroting["A"]]
    assert kolom_a[len(programma.kosten.per_jaar) + 1] == "Totaal"
    assert "Uren van medewerkers" in str(kolom_a[-1])  # apart: niet in het totaal
    koppen_b = [c.value for c in begroting[1]]
    assert koppen_b.index("Totaal max") < koppen_b.index("Uren medewerkers min")
    indicatoren = boek["Indicatoren"]
    assert indicatoren.freeze_panes == "B2" and indicatoren.max_row > 1
    sessies = boek["Sessies"]
    assert sessies.freeze_panes == "B2" and sessies.auto_filter.ref
    gevalideerd = {str(d.sqref).split(":")[0][:-1] for d in sessies.data_validations.dataValidation}
    assert len(gevalideerd) == 5  # datum, gegeven, aanwezig, evaluatie, opmerking
    euro = get_column_letter(SESSIEKOLOMMEN.index(("Euro min", 13)) + 1)
    assert sessies[f"{euro}2"].number_format.startswith('"€"')
    koppen, teams = _blad(tmp_path / "p.xlsx", "Teams")
    assert [t["Team"] for t in teams] == list(
        dict.fromkeys(o.team for o in programma.onderdelen if o.team)
    )
    assert "Vaardigheidstraining publieksdiensten" in koppen


def test_13_profieltekst_wordt_nooit_een_formule(catalogus: Catalogus, tmp_path: Path) -> None:
    tekst = (REPO / "examples" / "klein.yaml").read_text(encoding="utf-8")
    pad = tmp_path / "kwaad.yaml"
    pad.write_text(tekst.replace("naam: Publiekszaken", f"naam: '{KWAAD}'"), encoding="utf-8")
    _maak(pad, catalogus, tmp_path / "p.xlsx")
    boek = load_workbook(tmp_path / "p.xlsx")
    gevonden = 0
    for blad in boek.worksheets:
        for rij in blad.iter_rows():
            for cel in rij:
                if isinstance(cel.value, str) and KWAAD in cel.value:
                    assert cel.data_type == "s", (blad.title, cel.coordinate)
                    gevonden += 1
    assert gevonden > 10


def test_13_sessies_terug_via_uitvoering_import(catalogus: Catalogus, in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    bestand = in_tmp / "klein.programma.xlsx"
    _maak(gemeente, catalogus, bestand)
    boek = load_workbook(bestand)
    blad = boek["Sessies"]
    koppen = [c.value for c in blad[1]]
    kolom = {k: i + 1 for i, k in enumerate(koppen)}
    rij = next(
        r for r in range(2, blad.max_row + 1) if blad.cell(r, 1).value == "stap2-publiekszaken"
    )
    blad.cell(rij, kolom["Datum"], dt.date(2027, 6, 10))
    blad.cell(rij, kolom["Gegeven"], "ja")
    blad.cell(rij, kolom["Deelnemers aanwezig"], 14)
    blad.cell(rij, kolom["Evaluatie"], 7.5)
    blad.cell(rij, kolom["Opmerking"], "goed gesprek")
    boek.save(bestand)
    eerste = plan("import", bestand, "--gemeente", gemeente)
    assert eerste.exit_code == 0, eerste.output
    _alleen_nieuwe_kolommen_genegeerd(eerste.stdout)
    assert "stap2-publiekszaken sessie 1: gegeven op 10 juni 2027, 14 aanwezig" in eerste.stdout
    assert "Samen: 1 nieuw, 0 gewijzigd, 0 ongewijzigd" in eerste.stdout
    tweede = plan("import", bestand, "--gemeente", gemeente)
    assert "Samen: 0 nieuw, 0 gewijzigd, 1 ongewijzigd" in tweede.stdout


def _alleen_nieuwe_kolommen_genegeerd(uitvoer: str) -> None:
    """De toelichtende kolommen horen bij het blad: de import slaat ze zonder melding over."""
    assert not [r for r in uitvoer.splitlines() if r.startswith("Genegeerd")], uitvoer


def test_14_4_verse_werkmap_legt_niets_vast(catalogus: Catalogus, in_tmp: Path) -> None:
    """Een net gemaakte werkmap met voorgestelde datums: de import legt niets als gegeven vast
    (de voorgestelde datum is geen datum van een gegeven sessie)."""
    gemeente = profiel(in_tmp)
    bestand = in_tmp / "klein.programma.xlsx"
    programma = _maak(gemeente, catalogus, bestand)
    uit = plan("import", bestand, "--gemeente", gemeente)
    assert uit.exit_code == 0, uit.output
    assert "Samen: 0 nieuw, 0 gewijzigd, 0 ongewijzigd" in uit.stdout
    sessies = sum(o.sessies for o in programma.onderdelen)
    assert f"{sessies} rijen zonder 'gegeven'" in uit.stdout.replace(".", "")
    _alleen_nieuwe_kolommen_genegeerd(uit.stdout)
    status = plan("status", "--gemeente", gemeente, "--format", "json")
    assert status.exit_code in (0, 1), status.output  # 1: er is iets achterstallig
    totaal = json.loads(status.stdout)["totaal"]
    assert totaal["gegeven"] == 0 and totaal["gepland"] == sessies


@pytest.mark.slow
@pytest.mark.parametrize("naam", ["klein", "middenstad"])
def test_13_libreoffice_rekent_de_begroting_door(
    naam: str, catalogus: Catalogus, tmp_path: Path
) -> None:
    """De formules van Begroting, doorgerekend door LibreOffice, geven de totalen van het
    programma (JSON): per jaar en soort, het totaal en apart de uren van medewerkers."""
    programma = _maak(REPO / "examples" / f"{naam}.yaml", catalogus, tmp_path / "p.xlsx")
    # Alle bladen als CSV (veld 12 = -1), UTF-8 (76), komma en aanhalingstekens (44, 34).
    filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    libreoffice_zet_om(tmp_path / "p.xlsx", filter, tmp_path / "csv", tmp_path)
    tekst = (tmp_path / "csv" / "p-Begroting.csv").read_text(encoding="utf-8")
    rijen = {r[0]: r for r in csv.reader(io.StringIO(tekst)) if r and r[0]}
    koppen = rijen.pop("Jaar")[1:]
    totaal = dict(zip(koppen, map(_getal, rijen.pop("Totaal")[1:]), strict=False))
    k = programma.kosten
    assert k.totaal is not None and k.per_soort and k.uren_medewerkers is not None
    assert totaal["Totaal min"] == pytest.approx(k.totaal.min, abs=0.01)
    assert totaal["Totaal max"] == pytest.approx(k.totaal.max, abs=0.01)
    assert totaal["Externe trainersdagen max"] == pytest.approx(k.trainersdagen.max)
    for soort, bedrag in k.per_soort.items():
        woord = KOSTENSOORTWOORDEN[soort].capitalize()
        assert totaal[f"{woord} min"] == pytest.approx(bedrag.min, abs=0.01)
        assert totaal[f"{woord} max"] == pytest.approx(bedrag.max, abs=0.01)
    assert totaal["Uren medewerkers min"] == pytest.approx(k.uren_medewerkers.min, abs=0.01)
    assert totaal["Uren medewerkers max"] == pytest.approx(k.uren_medewerkers.max, abs=0.01)
    if k.euro_medewerkers is not None:
        assert totaal["Uren medewerkers € max"] == pytest.approx(k.euro_medewerkers.max, abs=0.05)
    else:
        assert "Uren medewerkers € max" not in totaal
    jaren = {int(j): r for j, r in rijen.items() if j.isdigit()}
    assert sorted(jaren) == [j.jaar for j in k.per_jaar]
    for jaar in k.per_jaar:
        rij = dict(zip(koppen, map(_getal, jaren[jaar.jaar][1:]), strict=False))
        if jaar.euro is not None:
            assert rij["Externe trainers max"] == pytest.approx(jaar.euro.max, abs=0.01)
        som = sum(b.max for b in jaar.per_soort.values())
        assert rij["Totaal max"] == pytest.approx(som, abs=0.01)
        assert jaar.uren_medewerkers is not None
        assert rij["Uren medewerkers min"] == pytest.approx(jaar.uren_medewerkers.min, abs=0.01)
        if jaar.euro_medewerkers is not None:
            assert rij["Uren medewerkers € min"] == pytest.approx(
                jaar.euro_medewerkers.min, abs=0.01
            )
    # Het totaal (en dus het budgetoordeel) blijft zonder de uren van medewerkers.
    assert totaal["Totaal max"] == pytest.approx(sum(b.max for b in k.per_soort.values()))


def _getal(tekst: str) -> float:
    return float(tekst) if tekst else 0.0


def test_13_import_kent_elke_kolom_van_het_blad() -> None:
    koppen = {sleutel(naam) for naam, _ in SESSIEKOLOMMEN}
    assert koppen == set(KOLOMMEN) | TOELICHTEND
