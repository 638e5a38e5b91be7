"""Review v2, dubbel en ruis: de intakebrief gelezen als het trainingsbureau (R7.10) en de
teampagina als de teamleider. Geen regelnummers van de handreiking of CLI-opdrachten voor de
aanbieder, een regelcode één keer per reden, 'van … tot …' in plaats van 'vanaf … – …', en
'(aanname planner)' of 'intern' hoogstens één keer per zin of cel."""

from __future__ import annotations

import datetime as dt
import html as htmlmod
import re

import pytest
from typer.testing import CliRunner

from tests.conftest import REPO
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.app import app
from trainingsplanner.genereren import genereer
from trainingsplanner.render.brief import externe

DATUM = dt.date(2026, 11, 28)
AANNAME = "(aanname planner)"


@pytest.fixture(scope="module", params=["klein", "middenstad"])
def document(request: pytest.FixtureRequest, catalogus: Catalogus) -> tuple[str, object, str]:
    uit = genereer(REPO / "examples" / f"{request.param}.yaml", catalogus, "html", DATUM)
    return htmlmod.unescape(uit.als_tekst), uit.programma, request.param


def _brieven(tekst: str) -> list[str]:
    return [d.split("<h3 ", 1)[0] for d in tekst.split('<h3 id="brief-')[1:]]


def test_R7_10_brief_zonder_regelnummers_en_opdrachten(document: tuple[str, object, str]) -> None:
    tekst, p, _ = document
    brieven = _brieven(tekst)
    assert len(brieven) == len(externe(p))  # type: ignore[arg-type]
    for brief in brieven:
        assert not re.search(r"\bl\.\d", brief), re.search(r".{40}\bl\.\d.{10}", brief)
        assert not re.search(r"\bplan (brief|generate|uitvoering)\b", brief)
        assert not re.search(r"vanaf \w+ \d{4} – ", brief)


def test_R7_10_brief_regelcode_een_keer_per_reden(document: tuple[str, object, str]) -> None:
    tekst, _, _ = document
    for brief in _brieven(tekst):
        for item in re.findall(r"<li>(.*?)</li>", brief):
            if m := re.match(r"(R[\d.]+|RV\d): ", item):
                assert not re.search(rf"\b{re.escape(m.group(1))}\b", item[m.end() :]), item
            assert item.count(AANNAME) <= 1, item


def test_R7_10_brief_via_cli_van_tot_voor_een_periode(catalogus: Catalogus) -> None:
    """De vervolgstappen in 'Hoe het geëvalueerd wordt': een HR-gesprek dat een jaar loopt staat
    er als 'van februari 2028 tot januari 2029'."""
    klein = REPO / "examples" / "klein.yaml"
    p = genereer(klein, catalogus, "json", DATUM).programma
    o = next(o for o in externe(p) if o.team == "Publiekszaken" and o.stap == 3)
    uit = CliRunner().invoke(
        app, ["brief", o.id, "--gemeente", str(klein), "--format", "md", "--out", "-"]
    )
    assert uit.exit_code == 0, uit.output
    lang = [
        v
        for v in p.onderdelen
        if v.team == o.team and v.start > o.eind and (v.start.month, v.start.year) != (v.eind.month, v.eind.year)
    ]  # fmt: skip
    assert lang
    assert re.search(r": van \w+ \d{4} tot \w+ \d{4}", uit.stdout)
    assert not re.search(r"vanaf \w+ \d{4} – ", uit.stdout)
    assert "plan uitvoering" not in uit.stdout and not re.search(r"\bl\.\d", uit.stdout)


def test_13_teampagina_aanname_en_intern_een_keer_per_cel(
    document: tuple[str, object, str],
) -> None:
    tekst, _, _ = document
    teams = tekst.split('<section class="team"')[1:]
    assert teams
    for team in teams:
        for cel in re.findall(r"<td>(.*?)</td>", team.split("</section>")[0]):
            assert cel.count(AANNAME) <= 1, cel
            assert "interne trainer, intern" not in cel
