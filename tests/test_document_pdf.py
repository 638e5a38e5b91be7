"""Issue 13, acceptatie: het HTML-document geprint door headless Chromium en gelezen met
`pdftotext`: paginanummers en lopende kop op elke pagina, de MT-samenvatting op hoogstens
twee pagina's, elk team op precies één pagina (klein, middenstad en nog-niet-klaar, en
teams van 1.000 medewerkers).

Elke sectie draagt een markering die alleen daar staat ('MT-samenvatting', 'Teampagina 3 van
25', 'Organisatie en stappen'); de pagina waarop een markering staat, zegt waar de sectie
begint, en de volgende markering waar hij ophoudt.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest

from tests.browser import draai, vind_chromium
from tests.conftest import REPO, ontbreekt
from tests.kantoor import pdf_tekst
from tests.maak import profieldata, programma
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.genereren import genereer
from trainingsplanner.render import html

DATUM = dt.date(2026, 11, 28)
pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _pdf_paginas(naam: str, catalogus: Catalogus, map: Path) -> tuple[list[str], object]:
    browser = vind_chromium()
    if browser is None:
        ontbreekt("Chromium", "installeer met: apt-get install chromium (.ci/run doet dat zelf)")
    if naam == "groot":  # teams van 1.000 medewerkers: tientallen sessies per training
        data = profieldata()
        for team in data["teams"]:
            team["medewerkers"] = 1000
        data["capaciteit"] = {"sessies_per_maand": 100}
        p = programma(catalogus, data)
        tekst = html.render(p, catalogus, DATUM)
    else:
        resultaat = genereer(REPO / "examples" / f"{naam}.yaml", catalogus, "html", DATUM)
        p, tekst = resultaat.programma, resultaat.als_tekst
    pagina = map / f"{naam}.html"
    pagina.write_text(tekst, encoding="utf-8")
    pdf = map / f"{naam}.pdf"
    uit = draai(browser, pagina, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", tijd=300)
    assert pdf.exists(), uit.stderr[-2000:]
    return pdf_tekst(pdf).split("\f")[:-1], p


def _eerste(paginas: list[str], markering: str) -> int:
    gevonden = [i for i, p in enumerate(paginas) if re.search(markering, p, flags=re.I)]
    assert gevonden, markering
    return gevonden[0]


@pytest.fixture(scope="module", params=["klein", "middenstad", "nog-niet-klaar", "groot"])
def geprint(
    request: pytest.FixtureRequest, catalogus: Catalogus, tmp_path_factory: pytest.TempPathFactory
) -> tuple[list[str], object]:
    return _pdf_paginas(request.param, catalogus, tmp_path_factory.mktemp("pdf"))


def _teamvolgorde(p: object) -> list[str]:
    """De teams in de volgorde van hun eerste training (stap 2–3), zoals de teampagina's."""
    eerst = [o for o in p.onderdelen if not o.terugkerend]  # type: ignore[attr-defined]
    return list(dict.fromkeys(o.team for o in eerst if o.team))


def test_13_paginanummers_en_lopende_kop(geprint: tuple[list[str], object]) -> None:
    paginas, p = geprint
    for nummer, pagina in enumerate(paginas, start=1):
        assert f"pagina {nummer} van {len(paginas)}" in pagina
        assert p.gemeente in pagina  # type: ignore[attr-defined]


def test_13_mt_samenvatting_hoogstens_twee_paginas(geprint: tuple[list[str], object]) -> None:
    paginas, _ = geprint
    begin = _eerste(paginas, r"MT-samenvatting")
    eind = _eerste(paginas, r"Teampagina 1 van \d+")
    assert 1 <= eind - begin <= 2
    assert "Wat het MT besluit" in "".join(paginas[begin:eind])
    assert "Budget per begrotingsjaar" in "".join(paginas[begin:eind])


def test_13_elk_team_precies_een_pagina(geprint: tuple[list[str], object]) -> None:
    paginas, p = geprint
    teams = _teamvolgorde(p)
    n = len(teams)
    plekken = [_eerste(paginas, rf"Teampagina {i} van {n}\b") for i in range(1, n + 1)]
    volgende = _eerste(paginas, r"Organisatie en stappen")
    assert [*plekken, volgende] == list(range(plekken[0], plekken[0] + n + 1))
    for plek, naam in zip(plekken, teams, strict=True):
        assert f"Team {naam}" in " ".join(paginas[plek].split())
        assert "Jaarritme (stap 4)" in paginas[plek]


def test_13_elke_intakebrief_begint_op_een_eigen_pagina(geprint: tuple[list[str], object]) -> None:
    paginas, p = geprint
    n = sum(o.trainer == "extern" for o in p.onderdelen)  # type: ignore[attr-defined]
    plekken = [_eerste(paginas, rf"intakebrief {i} van {n}\b") for i in range(1, n + 1)]
    assert all(a < b for a, b in itertools.pairwise(plekken))
    for i, plek in enumerate(plekken, start=1):  # bovenaan de pagina, onder de lopende kop
        bovenaan = " ".join(paginas[plek].split("\n")[:6])
        assert re.search(rf"intakebrief {i} van {n}\b", bovenaan, flags=re.I), bovenaan
