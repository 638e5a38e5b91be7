"""Het register van generatoren (engine/regels/) en de huisregels van de engine.

Eén generator per sessie of activiteit, geregistreerd met bestaande regelcodes; elke reden
die een generator geeft noemt een van zijn regels; de engine spelt geen catalogus-code zelf
en heeft geen functie langer dan 60 regels.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any, get_args

import pytest

from tests.conftest import REPO
from tests.maak import item, profiel, profieldata, programma, team
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.catalogus.behoeften import ALLE
from trainingsplanner.engine.context import Context
from trainingsplanner.engine.gereedheid import beoordeel
from trainingsplanner.engine.keuze import ELEMENTBRONNEN
from trainingsplanner.engine.regels import REGISTER, toepassers
from trainingsplanner.engine.regels.generator import Generator
from trainingsplanner.engine.uitleg import leg_uit
from trainingsplanner.engine.voorstel import Voorstel
from trainingsplanner.opmaak import maal
from trainingsplanner.programma import Bereik, KostenOverzicht
from trainingsplanner.typen import ElementenUit, Leervorm

ENGINE = REPO / "src" / "trainingsplanner" / "engine"
README = REPO / "README.md"


def test_geen_functie_in_de_engine_langer_dan_60_regels() -> None:
    te_lang = []
    for pad in sorted(ENGINE.rglob("*.py")):
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.FunctionDef | ast.AsyncFunctionDef):
                assert knoop.end_lineno is not None
                lengte = knoop.end_lineno - knoop.lineno + 1
                if lengte > 60:
                    te_lang.append(
                        f"{pad.relative_to(REPO)}:{knoop.lineno} {knoop.name} ({lengte})"
                    )
    assert te_lang == []


def test_elke_registratie_noemt_bestaande_regels_en_sessies(catalogus: Catalogus) -> None:
    for g in REGISTER:
        assert g.regels, g.naam
        assert set(g.regels) <= set(catalogus.regels), g.naam
        if g.maakt is not None:
            assert g.maakt.id in {**catalogus.sessies, **catalogus.activiteiten}, g.naam
        assert all(v in ALLE for v in g.nodig), g.naam


def test_precies_een_generator_per_sessie_en_activiteit(catalogus: Catalogus) -> None:
    gemaakt = [g.maakt.id for g in REGISTER if g.maakt is not None]
    assert sorted(gemaakt) == sorted([*catalogus.sessies, *catalogus.activiteiten])
    assert len({g.naam for g in REGISTER}) == len(REGISTER)


def test_elke_benoemde_sessie_en_activiteit_heeft_een_generator() -> None:
    gemaakt = {g.maakt for g in REGISTER if g.maakt is not None}
    zonder = [v.id for v in ALLE if v.soort.naam in ("sessie", "activiteit") and v not in gemaakt]
    assert zonder == []


PROFIELEN: dict[str, dict[str, Any]] = {
    "basis": profieldata(),
    "blokkerend": profieldata(
        randvoorwaarden={"organisatienorm": "nee", "agressieprotocol": "deels"},
        bestuur={"college": 5, "raadsleden": 25, "betrokken_bij_incident": True},
    ),
    "intern-zonder-e-learning": profieldata(
        voorkeuren={"e_learning": False, "train_de_trainer": True}
    ),
    "issue-11": team(
        profieldata(
            randvoorwaarden={"bestuurlijke_betrokkenheid": "deels", "agressieprotocol": "nee"},
            bestuur={"college": 5, "raadsleden": 25, "betrokken_bij_incident": True},
            organisatie={"mt": 6, "bot": 0, "staf": 3, "nieuwe_medewerkers_per_jaar": 12},
            voorkeuren={"e_learning": True, "train_de_trainer": True},
            planning={"geen_sessies_in": ["december"]},
        ),
        "Wijkteam",
        teamnorm=True,
        huisbezoeken=False,
        leerdoelen=["fysieke-weerbaarheid"],
    ),
    "teamnorm-en-basiscompetenties": team(
        team(profieldata(), "Balie", teamnorm=True, basiscompetenties="deels"),
        "Buitendienst",
        leerdoelen=["fysieke-weerbaarheid"],
        basiscompetenties="nee",
    ),
}


def _redenen_per_generator(
    cat: Catalogus, data: dict[str, Any]
) -> list[tuple[Generator, Voorstel]]:
    p = profiel(cat, data)
    ctx = Context(p, cat, beoordeel(p, cat))
    uit: list[tuple[Generator, Voorstel]] = []
    for g in REGISTER:
        if g.per == "organisatie":
            uit += [(g, v) for v in g.maak(ctx)]
        elif g.per == "team":
            uit += [(g, v) for plek in ctx.teams() for v in g.maak(ctx, plek)]
        else:
            uit += [(g, v) for j in range(p.looptijd_jaren) for v in g.maak(ctx, j)]
    return uit


@pytest.mark.parametrize("naam", sorted(PROFIELEN))
def test_elke_reden_noemt_een_regel_die_zijn_generator_registreert(
    catalogus: Catalogus, naam: str
) -> None:
    gezien: set[str] = set()
    for g, voorstel in _redenen_per_generator(catalogus, PROFIELEN[naam]):
        gezien.add(g.naam)
        assert voorstel.soort == (g.maakt.id if g.maakt else "herstel")
        for reden in voorstel.waarom:
            code = reden.split(":", 1)[0]
            assert code in g.regels, f"{g.naam}: '{reden}' noemt {code}, niet in {g.regels}"
    assert gezien, naam


def _teksten(pad: Path) -> list[tuple[int, str]]:
    """Alle tekstconstanten van een module behalve docstrings, met regelnummer."""
    boom = ast.parse(pad.read_text(encoding="utf-8"))
    docstrings = {
        id(knoop.body[0].value)
        for knoop in ast.walk(boom)
        if isinstance(knoop, ast.Module | ast.FunctionDef | ast.ClassDef)
        and knoop.body
        and isinstance(knoop.body[0], ast.Expr)
        and isinstance(knoop.body[0].value, ast.Constant)
    }
    return [
        (knoop.lineno, knoop.value)
        for knoop in ast.walk(boom)
        if isinstance(knoop, ast.Constant)
        and isinstance(knoop.value, str)
        and id(knoop) not in docstrings
    ]


TOEGESTAAN = {
    ("gereedheid.py", "basiscompetenties"): "de code van een bevinding (R5.3), geen sessie",
    ("gereedheid.py", "bestuursincident"): "de sleutel van een signaal (R3.6), geen sessie",
    ("gereedheid.py", "bot"): "de sleutel van een signaal (R6.2), geen doelgroep",
}
"""Teksten die toevallig gelijk zijn aan een catalogus-code, met de reden."""


def test_de_engine_spelt_geen_code_uit_de_catalogus(catalogus: Catalogus) -> None:
    """Sessies, activiteiten, elementen en doelgroepen alleen via catalogus/behoeften.py.

    Een leervorm (`werkoverleg`) is een type uit typen.py, geen verwijzing.
    """
    codes = {
        *catalogus.sessies,
        *catalogus.activiteiten,
        *catalogus.elementen,
        *catalogus.doelgroepen,
    }
    codes -= set(get_args(Leervorm))
    gevonden = [
        f"{pad.relative_to(REPO)}:{regel}: '{tekst}'"
        for pad in sorted(ENGINE.rglob("*.py"))
        for regel, tekst in _teksten(pad)
        if tekst in codes and (pad.name, tekst) not in TOEGESTAAN
    ]
    assert gevonden == []


def test_de_scan_hierboven_vindt_een_gespelde_code(tmp_path: Path) -> None:
    pad = tmp_path / "x.py"
    pad.write_text('"""doc: normstelling"""\nSESSIE = "normstelling"\n', encoding="utf-8")
    assert _teksten(pad) == [(2, "normstelling")]


def test_R6_6_R7_4_elke_elementbron_heeft_een_uitvoering() -> None:
    assert set(ELEMENTBRONNEN) == set(get_args(ElementenUit))


def test_R3_1_voorrang_en_reden_bij_de_trainingen_van_een_team_met_hoog_risico(
    catalogus: Catalogus,
) -> None:
    p = programma(catalogus)
    assert catalogus.stap_met_regel("R3.1") == 3
    hoog = [o for o in p.onderdelen if o.team == "Balie" and not o.terugkerend]
    assert all(
        any(w.startswith("R3.1: hoog risico") for w in o.waarom) == (o.stap == 3) for o in hoog
    )


def test_R7_2_duur_in_de_reden_komt_uit_de_catalogus(catalogus: Catalogus) -> None:
    sessie = item(programma(catalogus), "stap2-balie")
    assert "R7.2: circa 0,5 dag per team" in sessie.waarom


def test_R3_5_een_tot_tweemaal_uit_de_catalogus() -> None:
    assert maal(1, 2) == "een- tot tweemaal"
    assert maal(2, 2) == "tweemaal"
    assert maal(1, 13) == "een- tot 13 maal"


@pytest.mark.parametrize(
    ("euro", "budget", "oordeel"),
    [
        ((100, 200), None, None),
        ((100, 200), 200, "binnen"),
        ((100, 200), 150, "krap"),
        ((100, 200), 100, "krap"),
        ((100, 200), 99, "boven"),
    ],
)
def test_R7_10_budgetoordeel_op_het_programma(
    euro: tuple[float, float], budget: float | None, oordeel: str | None
) -> None:
    kosten = KostenOverzicht(
        trainersdagen=Bereik(min=1, max=2),
        euro=Bereik(min=euro[0], max=euro[1]),
        dagtarief=100,
        budget=budget,
    )
    assert kosten.oordeel == oordeel


def test_D5_terugkerend_is_stap_4_met_een_jaar(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    assert {o.terugkerend for o in p.onderdelen} == {True, False}
    assert all(o.terugkerend == (o.jaar is not None) == (o.stap == 4) for o in p.onderdelen)


def test_D6_trainersdagen_per_onderdeel_tellen_op_tot_het_totaal(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    assert round(sum(o.trainersdagen.min for o in p.onderdelen), 3) == p.kosten.trainersdagen.min
    assert round(sum(o.trainersdagen.max for o in p.onderdelen), 3) == p.kosten.trainersdagen.max
    assert all(o.trainersdagen.max == 0 for o in p.onderdelen if o.trainer != "extern")


def test_explain_regel_noemt_de_generatoren_uit_het_register(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    uitleg = leg_uit(p, catalogus, "R6.5")
    assert "Toegepast door: vaardigheidstraining." in uitleg.regels
    assert [g.naam for g in toepassers("R6.5")] == ["vaardigheidstraining"]
    volgorde = leg_uit(p, catalogus, "R3.2")
    assert (
        "Toegepast door: voorbereiding-leidinggevenden, leidinggevenden, de volgorde-eisen in "
        "stappenplan.yaml." in volgorde.regels
    )


def _readme_tabel() -> str:
    per = {"organisatie": "organisatie", "team": "per team", "jaar": "per jaar"}
    regels = ["| generator | maakt | voor | regels |", "|---|---|---|---|"]
    for g in REGISTER:
        maakt = f"{g.maakt.soort.naam} `{g.maakt.id}`" if g.maakt else "herstel van RV1–RV5"
        regels.append(f"| `{g.naam}` | {maakt} | {per[g.per]} | {', '.join(g.regels)} |")
    return "\n".join(regels)


def test_de_readme_toont_het_register() -> None:
    tekst = README.read_text(encoding="utf-8")
    gevonden = re.search(
        r"<!-- register:begin -->\n(.*?)\n<!-- register:einde -->", tekst, re.DOTALL
    )
    assert gevonden, "README mist de registertabel tussen <!-- register:begin/einde -->"
    assert gevonden.group(1) == _readme_tabel(), "zet in README.md:\n" + _readme_tabel()


def test_elke_engine_regel_wordt_door_een_generator_toegepast(catalogus: Catalogus) -> None:
    """Elke regel met soort [engine] in regels.yaml heeft een generator (plan explain noemt hem)."""
    geregistreerd = {r for g in REGISTER for r in g.regels}
    zonder = [r.id for r in catalogus.regelbestand.regels if "engine" in r.soort]
    assert [r for r in zonder if r not in geregistreerd] == []
