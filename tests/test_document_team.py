"""Review v2, de teampagina gelezen als de teamleider: een vervallen jaarcyclus staat er in één
regel met de regel (R4.1), twee groepen tegelijk staan samen (ook in de intakebrief en in
md/html), en bij de training van de leidinggevende staat dat hij één van de sessies kiest."""

from __future__ import annotations

import datetime as dt
import html as htmlmod
import re
from collections import defaultdict

import pytest
from typer.testing import CliRunner

from tests.conftest import REPO
from trainingsplanner import opmaak
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.app import app
from trainingsplanner.genereren import genereer

DATUM = dt.date(2026, 11, 28)
MIDDENSTAD = REPO / "examples" / "middenstad.yaml"


@pytest.fixture(scope="module")
def middenstad(catalogus: Catalogus) -> tuple[str, object]:
    uit = genereer(MIDDENSTAD, catalogus, "html", DATUM)
    return htmlmod.unescape(uit.als_tekst), uit.programma


def _teampaginas(tekst: str) -> dict[str, str]:
    delen = re.split(r'<section class="team" aria-labelledby="team-\d+">', tekst)[1:]
    return {
        re.search(r"<h2 id=\"team-\d+\">Team (.*?)</h2>", d).group(1): d.split("</section>")[0]  # type: ignore[union-attr]
        for d in delen
    }


def test_13_R4_1_teampagina_zegt_in_een_regel_welke_jaarcyclus_vervalt(
    middenstad: tuple[str, object],
) -> None:
    tekst, p = middenstad
    melding = next(w for w in p.waarschuwingen if w.code == "jaarcyclus-later")  # type: ignore[attr-defined]
    cycli = int(re.match(r"(\d+) jaarcycl", melding.bericht).group(1))  # type: ignore[union-attr]
    geteld = 0
    for naam, pagina in _teampaginas(tekst).items():
        regels = re.findall(r"<p class=\"klein\">(Vervallen \(R4\.1\): .*?)</p>", pagina)
        assert len(regels) <= 1, naam
        if regels:
            jaren = re.findall(r"van jaar ([\d en]+)[.;]", regels[0])
            assert jaren
            # één soort per jaar telt als één cyclus: tel de jaren van de eerste groep soorten
            geteld += len(jaren[0].split(" en "))
    assert geteld == cycli


def _samen(p: object) -> list[tuple[object, list[object]]]:
    """Onderdelen met twee sessies op dezelfde dagen: (onderdeel, die sessies)."""
    uit = []
    for o in p.onderdelen:  # type: ignore[attr-defined]
        per: dict[tuple[object, ...], list[object]] = defaultdict(list)
        for s in o.sessiedata:
            per[(tuple(s.dagen), s.van, s.tot)].append(s)
        uit += [(o, groep) for groep in per.values() if len(groep) > 1]
    return uit


def test_13_twee_groepen_tegelijk_samen_in_md_en_html(
    middenstad: tuple[str, object], catalogus: Catalogus
) -> None:
    tekst, p = middenstad
    samen = _samen(p)
    assert samen, "middenstad heeft teams met twee groepen op dezelfde dagen"
    md = genereer(MIDDENSTAD, catalogus, "md", DATUM).als_tekst
    for o, groep in samen[:10]:
        dagen = opmaak.sessiedagen(groep[0].dagen)  # type: ignore[attr-defined]
        nummers = opmaak.lijst([str(s.nummer) for s in groep])  # type: ignore[attr-defined]
        n = opmaak.TELWOORDEN[len(groep)]
        verwacht = f"sessie {nummers}, {n} groepen tegelijk: {dagen}"
        assert verwacht in md and verwacht in tekst, (o.id, verwacht)  # type: ignore[attr-defined]
        assert f"{dagen}; {dagen}" not in md


def test_13_R7_10_intakebrief_toont_twee_groepen_tegelijk_als_een_regel(
    middenstad: tuple[str, object],
) -> None:
    _, p = middenstad
    o, groep = next((o, g) for o, g in _samen(p) if o.trainer == "extern")  # type: ignore[attr-defined]
    uit = CliRunner().invoke(
        app,
        ["brief", o.id, "--gemeente", str(MIDDENSTAD), "--format", "md", "--out", "-"],  # type: ignore[attr-defined]
    )
    assert uit.exit_code == 0, uit.output
    nummers = opmaak.lijst([str(s.nummer) for s in groep])  # type: ignore[attr-defined]
    dagen = opmaak.sessiedagen(groep[0].dagen)  # type: ignore[attr-defined]
    n = opmaak.TELWOORDEN[len(groep)]
    assert f"| {nummers} | {n} groepen tegelijk: {dagen} |" in uit.stdout
    assert uit.stdout.count(f"| {dagen} |") == 0


def test_13_R3_2_leidinggevende_kiest_een_van_de_sessies(middenstad: tuple[str, object]) -> None:
    tekst, p = middenstad
    leiding = [
        o
        for o in p.onderdelen  # type: ignore[attr-defined]
        if o.team is None and o.doelgroep == "leidinggevenden" and not o.terugkerend
        and len(o.sessiedata) > 1
    ]  # fmt: skip
    assert leiding
    for pagina in _teampaginas(tekst).values():
        deel = pagina.split("De training van de leidinggevende", 1)[1]
        for o in leiding:
            assert f"kies één van de {len(o.sessiedata)} sessies: " in deel
