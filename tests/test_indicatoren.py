"""Issue 13 punt 1: indicatoren (R4.1, "monitoring … in hoeverre de gestelde doelen worden
bereikt", l.840), gekoppeld aan het toetspunt doel (R7.9).

De catalogus (`data/indicatoren.yaml`) wordt gecontroleerd door `plan validate`; de engine vult
elke indicator per programma (per stap, per team); JSON, Markdown, HTML en XLSX tonen ze.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from openpyxl import load_workbook
from typer.testing import CliRunner

from tests.conftest import DATA, REPO
from tests.maak import BASIS, profieldata, programma
from tests.test_eigenschappen import CAT, profielen
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.app import app
from trainingsplanner.genereren import genereer
from trainingsplanner.programma import Indicator, Programma
from trainingsplanner.render import markdown

runner = CliRunner()
DATUM = dt.date(2026, 11, 28)


def _indicator(p: Programma, code: str) -> Indicator:
    assert p.indicatoren is not None
    gevonden = [i for i in p.indicatoren.lijst if i.id == code]
    assert len(gevonden) == 1, [i.id for i in p.indicatoren.lijst]
    return gevonden[0]


def test_R4_1_elke_stap_heeft_indicatoren_uit_de_catalogus(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    assert p.indicatoren is not None
    assert [i.id for i in p.indicatoren.lijst] == [
        i.id for i in catalogus.indicatorenbestand.indicatoren
    ]
    assert {i.stap for i in p.indicatoren.lijst} == {1, 2, 3, 4}
    for i in p.indicatoren.lijst:
        assert i.meetpunten and i.bron and "R4.1" in i.bron, i.id


def test_R3_1_aandeel_getraind_per_team(catalogus: Catalogus) -> None:
    """Per team de vaardigheidstraining van dat team, met de geplande deelnemers als basis."""
    p = programma(catalogus)
    getraind = _indicator(p, "team-getraind")
    assert getraind.maat == "aandeel" and getraind.per == "team"
    assert [m.team for m in getraind.meetpunten] == [t["naam"] for t in BASIS["teams"]]
    for m in getraind.meetpunten:
        onderdelen = [p.onderdeel(code) for code in m.onderdelen]
        assert onderdelen and all(o is not None and o.team == m.team for o in onderdelen)
        assert m.basis == sum(o.deelnemers for o in onderdelen if o)
        assert m.streef == 1


def test_R2_3_werkoverleg_streef_is_wat_het_programma_plant(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    werkoverleg = _indicator(p, "werkoverleg-gehouden")
    for m in werkoverleg.meetpunten:
        gepland = [o for o in p.onderdelen if o.team == m.team and "-werkoverleg-" in o.id]
        assert sorted(m.onderdelen) == sorted(o.id for o in gepland)
        assert m.streef == sum(o.sessies for o in gepland)
        assert m.streef >= 2 * BASIS["looptijd_jaren"] - 1  # minstens twee keer per jaar


def test_R4_1_gir_meldingen_per_team_zonder_streefwaarde(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    meldingen = _indicator(p, "gir-meldingen")
    assert meldingen.periode == "kwartaal"
    assert [(m.team, m.basis, m.streef, m.onderdelen) for m in meldingen.meetpunten] == [
        (t["naam"], t["medewerkers"], None, []) for t in BASIS["teams"]
    ]


def test_R7_9_het_doel_uit_de_intake_en_zonder_doel_een_melding(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    assert p.indicatoren is not None and p.indicatoren.doel == "minder incidenten"
    assert p.indicatoren.toetspunt == "doel"
    data = profieldata(toetspunten={k: v for k, v in BASIS["toetspunten"].items() if k != "doel"})
    zonder = programma(catalogus, data)
    assert zonder.indicatoren is not None and zonder.indicatoren.doel is None
    md = markdown.render(zonder, catalogus, DATUM)
    assert "Het doel is niet ingevuld (toetspunten.doel in het profiel)" in md


def test_R4_1_een_indicator_zonder_onderdelen_valt_weg(catalogus: Catalogus) -> None:
    """Zonder e-learning (voorkeur uit) is er niets om af te ronden."""
    data = profieldata(voorkeuren={"e_learning": False, "train_de_trainer": False})
    p = programma(catalogus, data)
    assert p.indicatoren is not None
    assert "e-learning-afgerond" not in {i.id for i in p.indicatoren.lijst}
    assert "e-learning-afgerond" in {i.id for i in programma(catalogus).indicatoren.lijst}  # type: ignore[union-attr]


def test_R4_1_indicatoren_in_md_en_html_met_tekst_uit_het_profiel_ontsnapt(
    catalogus: Catalogus, tmp_path: Path
) -> None:
    tekst = (REPO / "examples" / "klein.yaml").read_text(encoding="utf-8")
    pad = tmp_path / "p.yaml"
    pad.write_text(tekst.replace("naam: Publiekszaken", "naam: 'A | <b>B</b>'"), encoding="utf-8")
    html = genereer(pad, catalogus, "html", DATUM).als_tekst
    deel = html[html.index('id="kop-voortgang"') : html.index('id="kop-bijlagen"')]
    assert "Streefwaarden per team" in deel and "A | &lt;b&gt;B&lt;/b&gt;" in deel
    assert "<b>B</b>" not in html
    md = genereer(pad, catalogus, "md", DATUM).als_tekst
    deel = md[md.index("## Hoe meten we de voortgang") : md.index("## Bijlage A")]
    assert "Het doel uit de intake (R7.9)" in deel
    rij = next(r for r in deel.splitlines() if r.startswith("| A \\| \\<b\\>B"))
    kop = next(r for r in deel.splitlines() if r.startswith("| Team |"))
    assert rij.count(" | ") == kop.count(" | ")  # de pipe in de naam breekt de tabel niet


def test_R4_1_blad_indicatoren_een_rij_per_meetpunt(catalogus: Catalogus, tmp_path: Path) -> None:
    resultaat = genereer(REPO / "examples" / "middenstad.yaml", catalogus, "xlsx", DATUM)
    assert isinstance(resultaat.tekst, bytes) and resultaat.programma.indicatoren is not None
    (tmp_path / "p.xlsx").write_bytes(resultaat.tekst)
    blad = load_workbook(tmp_path / "p.xlsx")["Indicatoren"]
    rijen = list(blad.iter_rows(values_only=True))
    koppen = list(rijen[0])
    punten = [(i, m) for i in resultaat.programma.indicatoren.lijst for m in i.meetpunten]
    assert len(rijen) - 1 == len(punten) > 25
    for rij, (i, m) in zip(rijen[1:], punten, strict=True):
        waarden = dict(zip(koppen, rij, strict=True))
        assert waarden["Indicator"] == i.id and waarden["Voor"] == (m.team or "organisatie")
        assert waarden["Streefwaarde"] == m.streef  # een getal, geen tekst
        assert waarden["Gemeten"] is None  # vult de coördinator in


def _catalogus_met(tmp_path: Path, oud: str, nieuw: str) -> Path:
    map = tmp_path / "catalogus"
    shutil.copytree(DATA, map)
    pad = map / "indicatoren.yaml"
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")
    return map


def _regel(tekst: str, deel: str) -> int:
    return max(i for i, r in enumerate(tekst.splitlines(), start=1) if deel in r)


@pytest.mark.parametrize(
    ("oud", "nieuw", "melding"),
    [
        (
            "onderdelen: [normstelling]",
            "onderdelen: [normstelingg]",
            "indicatoren[0].onderdelen[0]: onbekende sessie of activiteit 'normstelingg'. "
            "Bedoelde u 'normstelling'?",
        ),
        (
            "doel_toetspunt: doel",
            "doel_toetspunt: doelen",
            "doel_toetspunt: onbekende toetspunt 'doelen'. Bedoelde u 'doel'?",
        ),
        (
            "bron: [R1.2, R1.3, R4.1]",
            "bron: [R1.2, R1.3, R4.9]",
            "indicatoren[0].bron[2]: onbekende regel 'R4.9'. Bedoelde u 'R7.9'?",
        ),
        (
            "id: e-learning-afgerond",
            "id: normstelling-bereikt",
            "indicatoren[1].id: code 'normstelling-bereikt' komt twee keer voor (ook op regel",
        ),
    ],
)
def test_R4_1_plan_validate_meldt_fouten_in_de_indicatoren(
    tmp_path: Path, oud: str, nieuw: str, melding: str
) -> None:
    map = _catalogus_met(tmp_path, oud, nieuw)
    resultaat = runner.invoke(app, ["validate", "--catalogus", str(map)])
    assert resultaat.exit_code == 2, resultaat.output
    regel = _regel((map / "indicatoren.yaml").read_text(encoding="utf-8"), nieuw)
    assert f"indicatoren.yaml:{regel}:" in resultaat.stderr
    assert melding in resultaat.stderr


@pytest.mark.parametrize(
    ("oud", "nieuw", "melding"),
    [
        ("    streef: 1\n", "    streef: 2\n", "streef bij maat 'aandeel' ligt tussen 0 en 1"),
        ("    streef: 7\n", "", "bij maat 'cijfer' hoort een streef"),
        ("    maat: meldingen\n", "    maat: meldingen\n    streef: 3\n", "hoort geen streef"),
        ("    maat: meldingen\n", "    maat: aantal\n", "bij elke andere minstens één"),
        ("    per: team\n", "    per: afdeling\n", "per"),
    ],
)
def test_R4_1_vorm_van_een_indicator(tmp_path: Path, oud: str, nieuw: str, melding: str) -> None:
    map = _catalogus_met(tmp_path, oud, nieuw)
    resultaat = runner.invoke(app, ["validate", "--catalogus", str(map)])
    assert resultaat.exit_code == 2, resultaat.output
    assert "indicatoren.yaml:" in resultaat.stderr and melding in resultaat.stderr


@pytest.mark.slow
@given(data=profielen())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_R4_1_eigenschappen_van_de_indicatoren(data: dict[str, object]) -> None:
    """Voor elk profiel: elk meetpunt telt bestaande onderdelen van zijn eigen team, de basis en
    de streefwaarde volgen uit die onderdelen, en de JSON past in het schema."""
    p = programma(CAT, data)
    assert p.indicatoren is not None
    teams = [t["naam"] for t in data["teams"]]  # type: ignore[attr-defined]
    for i in p.indicatoren.lijst:
        for m in i.meetpunten:
            onderdelen = [p.onderdeel(code) for code in m.onderdelen]
            assert all(o is not None and o.sessies > 0 for o in onderdelen), i.id
            if i.per == "team":
                assert m.team in teams and all(o and o.team == m.team for o in onderdelen)
            else:
                assert m.team is None
            if i.maat == "aandeel":
                assert m.basis == sum(o.deelnemers for o in onderdelen if o)
            if i.maat == "aantal":
                assert m.streef == sum(o.sessies for o in onderdelen if o)
    schema = json.loads((REPO / "schemas" / "programma-v1.schema.json").read_text("utf-8"))
    jsonschema.validate(json.loads(p.model_dump_json()), schema)
