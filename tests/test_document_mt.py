"""Review v2, de MT-samenvatting gelezen als het MT: wie iets doet is de doelgroep (college,
raad, MT, leidinggevenden), besluiten zijn besluiten, het getal bij de aandachtspunten klopt met
wat er staat, en vervallen jaarcycli (R4.1) staan erbij."""

from __future__ import annotations

import datetime as dt
import html as htmlmod
import re

import pytest

from tests.conftest import REPO
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.genereren import genereer

DATUM = dt.date(2026, 11, 28)
VOORBEELDEN = ["klein", "middenstad", "nog-niet-klaar"]
ZELF = {"college", "raadsleden", "mt", "leidinggevenden"}


@pytest.fixture(scope="module", params=VOORBEELDEN)
def mt(request: pytest.FixtureRequest, catalogus: Catalogus) -> tuple[str, object, Catalogus]:
    uit = genereer(REPO / "examples" / f"{request.param}.yaml", catalogus, "html", DATUM)
    sectie = uit.als_tekst.split('id="kop-mt"', 1)[1].split("</section>", 1)[0]
    return htmlmod.unescape(sectie), uit.programma, catalogus


def _tabel_zelf(sectie: str) -> list[tuple[str, str, str]]:
    deel = sectie.split("Wat het MT en het college zelf doen", 1)[1].split("</table>", 1)[0]
    return re.findall(r'<tr><th scope="row">(.*?)</th><td>(.*?)</td><td>(.*?)</td></tr>', deel)


def test_13_R1_3_mt_zelf_wie_is_de_doelgroep_met_raad_en_leidinggevenden(
    mt: tuple[str, object, Catalogus],
) -> None:
    sectie, p, cat = mt
    rijen = _tabel_zelf(sectie)
    eigen = [o for o in p.onderdelen if o.team is None and o.doelgroep in ZELF]  # type: ignore[attr-defined]
    namen = {cat.doelgroepen[o.doelgroep].naam for o in eigen}
    bestuur = {cat.eigenaren[e] for e in ("mt", "college") if e in cat.eigenaren}
    assert namen <= {wie for _, _, wie in rijen} <= namen | bestuur
    assert not any("Coördinator" in wie for _, _, wie in rijen)
    verwacht = {re.sub(r" \(jaar \d+\)", "", o.titel) for o in eigen}
    assert verwacht <= {wat for wat, _, _ in rijen}
    assert {"Raadsleden", "Leidinggevenden"} <= namen  # de voorbeelden hebben beide


def test_13_R7_9_mt_besluiten_zijn_opdrachten_met_de_regel(
    mt: tuple[str, object, Catalogus],
) -> None:
    sectie, p, _ = mt
    besluiten = re.findall(r"<li>(.*?)</li>", sectie.split("<ol>", 1)[1].split("</ol>", 1)[0])
    opdrachten = besluiten[2:]
    open_bestuur = [
        b
        for b in p.bevindingen  # type: ignore[attr-defined]
        if b.team is None and b.actie and b.eigenaar in ("mt", "college")
        and b.status not in ("voldaan", "beantwoord") and b.ernst != "info"
    ]  # fmt: skip
    assert len(opdrachten) == len(open_bestuur)
    for tekst, b in zip(opdrachten, open_bestuur, strict=True):
        assert tekst.startswith(f"Opdracht geven ({b.regel}")
        assert tekst.count(b.regel) == 1
        assert not tekst.startswith(b.regel)


def test_13_R4_1_mt_aantal_aandachtspunten_is_wat_er_staat(
    mt: tuple[str, object, Catalogus],
) -> None:
    sectie, p, _ = mt
    kaart = re.search(
        r'<span class="label">Aandachtspunten</span><span class="waarde">(.*?)</span>', sectie
    )
    assert kaart is not None
    if "Aandachtspunten:" in sectie:
        lijst = sectie.split("Aandachtspunten:</p>", 1)[1].split("</ul>", 1)[0]
        getoond = lijst.count("<li>")
    else:
        getoond = 0
    waarde = kaart.group(1)
    if m := re.fullmatch(r"de (\d+) belangrijkste van (\d+)", waarde):
        assert int(m.group(1)) == getoond < int(m.group(2))
    else:
        assert int(waarde) == getoond
    vervallen = [w for w in p.waarschuwingen if w.code == "jaarcyclus-later"]  # type: ignore[attr-defined]
    for w in vervallen:
        assert f"{w.regel}: {w.bericht}" in sectie


@pytest.mark.parametrize("stand", ["nee", "deels"])
def test_13_RV1_besluit_noemt_de_regel_een_keer(stand: str, catalogus: Catalogus) -> None:
    """Een actie met een verwijzing aan het eind ('… (stap 1, R1.1)') wordt een besluit met de
    regel vooraan, niet twee keer."""
    from tests.maak import profieldata, programma
    from trainingsplanner.render import mtsamenvatting
    from trainingsplanner.render.weergave import maak

    rv = dict.fromkeys(
        ("organisatienorm", "bestuurlijke_betrokkenheid", "dienstverlening_en_handhaving",
         "basiscompetenties", "agressieprotocol"),
        stand,
    )  # fmt: skip
    p = programma(catalogus, profieldata(randvoorwaarden=rv))
    w = maak(p, catalogus, DATUM)
    mt = mtsamenvatting.maak(p, catalogus, w.rijen, w.samenvatting)
    opdrachten = [b for b in mt.besluiten if b.startswith("Opdracht geven")]
    assert opdrachten
    for tekst in opdrachten:
        regel = re.match(r"Opdracht geven \((R[\w.]+),", tekst)
        assert regel is not None, tekst
        assert len(re.findall(rf"\b{re.escape(regel.group(1))}\b", tekst)) == 1, tekst
