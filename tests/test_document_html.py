"""Issue 13, punt 2: het HTML-document voor zijn lezers, zonder browser gecontroleerd.

Volgorde MT → teams → organisatie en stappen → kosten → voortgang → bijlagen; een
inhoudsopgave waarvan elke link een doel heeft; lopende kop en paginanummers in `@page`; een
tijdlijn die meeschaalt. Wat er geprint uitkomt, meet tests/test_document_pdf.py.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.conftest import REPO
from tests.maak import profieldata, programma
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.genereren import genereer
from trainingsplanner.render import html
from trainingsplanner.render.html import css_tekst

DATUM = dt.date(2026, 11, 28)
VOORBEELDEN = ["klein", "middenstad", "nog-niet-klaar"]


@pytest.fixture(scope="module", params=VOORBEELDEN)
def document(request: pytest.FixtureRequest, catalogus: Catalogus) -> tuple[str, object]:
    resultaat = genereer(REPO / "examples" / f"{request.param}.yaml", catalogus, "html", DATUM)
    return resultaat.als_tekst, resultaat.programma


def _teamvolgorde(p: object) -> list[str]:
    """De teams in de volgorde van hun eerste training (stap 2–3), zoals de teampagina's."""
    eerst = [o for o in p.onderdelen if not o.terugkerend]  # type: ignore[attr-defined]
    return list(dict.fromkeys(o.team for o in eerst if o.team))


def test_13_volgorde_voor_de_lezers(document: tuple[str, object]) -> None:
    tekst, _ = document
    plekken = [
        tekst.index(anker)
        for anker in (
            'id="kop-inhoud"',
            'id="kop-mt"',
            'id="team-1"',
            'id="kop-aanleiding"',
            'id="kop-stappen"',
            'id="kop-kosten"',
            'id="kop-voortgang"',
            'id="kop-bijlagen"',
        )
    ]
    assert plekken == sorted(plekken)


def test_13_elke_link_in_de_inhoud_heeft_een_doel(document: tuple[str, object]) -> None:
    tekst, _ = document
    inhoud = tekst.split('<nav class="inhoud"', 1)[1].split("</nav>", 1)[0]
    links = re.findall(r'href="#([^"]+)"', inhoud)
    ids = set(re.findall(r'\sid="([^"]+)"', tekst))
    assert len(links) > 10
    assert [link for link in links if link not in ids] == []


def test_13_een_teampagina_per_team_met_stap_4(document: tuple[str, object]) -> None:
    tekst, p = document
    teams = _teamvolgorde(p)
    assert tekst.count('<section class="team"') == len(teams)
    for nummer, naam in enumerate(teams, start=1):
        pagina = tekst.split(f'id="team-{nummer}"', 1)[1].split("</section>", 1)[0]
        assert html_tekst(naam) in pagina
        assert "Jaarritme (stap 4)" in pagina and "De training van de leidinggevende" in pagina


def html_tekst(naam: str) -> str:
    from markupsafe import escape

    return str(escape(naam))


def test_13_paginanummers_en_lopende_kop_in_de_printstijl(document: tuple[str, object]) -> None:
    tekst, p = document
    assert '@bottom-right { content: "pagina " counter(page) " van " counter(pages)' in tekst
    assert f'@top-left {{ content: "{css_tekst(p.gemeente)}' in tekst  # type: ignore[attr-defined]


def test_13_tijdlijn_schaalt_mee_en_heeft_genummerde_legenda(document: tuple[str, object]) -> None:
    tekst, _ = document
    svgs = re.findall(r"<svg [^>]*>", tekst)
    assert svgs and all('width="100%"' in s and "viewBox=" in s for s in svgs)
    assert not re.search(r'<svg [^>]*\swidth="[\d.]+"', tekst)  # geen vaste breedte
    assert '<ol class="nummers"' in tekst and '<text class="nummer"' in tekst


def test_13_laatste_jaartal_past_in_de_tijdlijn(catalogus: Catalogus) -> None:
    """De x van het jaartal van de laatste maand plus vier cijfers valt binnen de viewBox."""
    data = profieldata(startdatum="2027-02-01", looptijd_jaren=5)
    tekst = html.render(programma(catalogus, data), catalogus, DATUM)
    for figuur in re.findall(r"<svg .*?</svg>", tekst, flags=re.S):
        breedte = float(re.search(r'viewBox="0 0 ([\d.]+) ', figuur).group(1))  # type: ignore[union-attr]
        jaren = re.findall(r'<text x="([\d.]+)" y="13" font-weight="bold">(\d{4})</text>', figuur)
        assert jaren
        x, _ = jaren[-1]
        assert float(x) + 4 * 7 <= breedte


def test_13_css_tekst_laat_geen_teken_de_stijl_openbreken() -> None:
    kwaad = 'Stad"; } body { display: none } </style><script>x</script>\\'
    gecodeerd = css_tekst(kwaad)
    assert re.fullmatch(r"[A-Za-z0-9 \\]*", gecodeerd.replace("\\", "\\"))
    assert '"' not in gecodeerd and "<" not in gecodeerd and "}" not in gecodeerd


def test_13_profieltekst_in_de_lopende_kop_blijft_tekst(catalogus: Catalogus) -> None:
    data = profieldata(gemeente='Stad"; } @page { @top-left { content: "X" } } </style><b>')
    tekst = html.render(programma(catalogus, data), catalogus, DATUM)
    stijl = tekst.split("<style>", 1)[1].split("</style>", 1)[0]
    assert "<b>" not in stijl and 'content: "X"' not in stijl
    assert "<b>" not in tekst


def _mt_sectie(tekst: str) -> str:
    return tekst.split('id="kop-mt"', 1)[1].split("</section>", 1)[0]


def test_13_mt_samenvatting_noemt_wat_blokkeert_en_wat_besloten_wordt(
    document: tuple[str, object],
) -> None:
    tekst, p = document
    mt = _mt_sectie(tekst)
    blokkerend = [b for b in p.bevindingen if b.blokkeert]  # type: ignore[attr-defined]
    if blokkerend:
        assert "Nog niet gereed" in mt
        assert all(f"{b.regel} {html_tekst(b.naam)}" in mt for b in blokkerend)
    else:
        assert "Gereed: geen randvoorwaarde blokkeert" in mt
    assert "Wat het MT besluit" in mt and "Het programma vaststellen" in mt
    jaren = [str(j.jaar) for j in p.kosten.per_jaar]  # type: ignore[attr-defined]
    assert all(f'<th scope="row">{jaar}</th>' in mt for jaar in jaren)
    assert '<tr class="totaal">' in mt
    assert 'aria-label="Tijdlijn in één oogopslag"' in mt


@pytest.mark.parametrize("naam", VOORBEELDEN)
def test_13_markdown_heeft_de_mt_samenvatting_vooraan(naam: str, catalogus: Catalogus) -> None:
    tekst = genereer(REPO / "examples" / f"{naam}.yaml", catalogus, "md", DATUM).als_tekst
    koppen = re.findall(r"^## (.+)$", tekst, flags=re.M)
    # de aanleiding (R7.9) blijft vooraan in Markdown, direct gevolgd door het MT
    assert koppen[:2] == ["Aanleiding en doel", "Samenvatting voor het MT"]
    assert koppen.index("Kosten") < koppen.index("Hoe meten we de voortgang")
    assert "### Budget per begrotingsjaar" in tekst
