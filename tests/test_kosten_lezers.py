"""Review v2, de kosten gelezen als de budgethouder (R7.10, R8.2, R8.3): geen jaartabel vol
nullen voor een jaar zonder uitgaven, een soort zonder prijs staat er met zijn hoeveelheid en
het veld in het profiel, en de rijlabels van de tijdlijn worden niet afgekapt waar ruimte is."""

from __future__ import annotations

import datetime as dt
import html as htmlmod
import io
import re

import docx
import pytest

from tests.conftest import REPO
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.genereren import Formaat, genereer
from trainingsplanner.programma import KOSTENSOORTWOORDEN
from trainingsplanner.render import tijdlijn

DATUM = dt.date(2026, 11, 28)
KLEIN = REPO / "examples" / "klein.yaml"
VELD = {
    "externe-trainers": "kosten.dagtarief_trainer",
    "e-learning": "kosten.e_learning_per_deelnemer",
    "interne-trainers": "kosten.uurtarief_interne_trainer",
}


def _docx_tekst(inhoud: bytes) -> str:
    d = docx.Document(io.BytesIO(inhoud))
    cellen = [c.text for t in d.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in d.paragraphs] + cellen)


@pytest.mark.parametrize("formaat", [Formaat.md, Formaat.html, Formaat.docx])
def test_R7_10_jaar_zonder_uitgaven_in_een_zin(formaat: Formaat, catalogus: Catalogus) -> None:
    uit = genereer(KLEIN, catalogus, formaat, DATUM)
    tekst = _docx_tekst(uit.tekst) if isinstance(uit.tekst, bytes) else htmlmod.unescape(uit.tekst)
    leeg = [j.jaar for j in uit.programma.kosten.per_jaar if not j.onderdelen]
    assert leeg, "klein heeft een laatste jaar met alleen werkoverleg en gesprekken"
    for jaar in leeg:
        assert f"In {jaar} geen uitgaven, alleen uren van medewerkers" in tekst
        assert not re.search(rf"[Tt]otaal {jaar}\W", tekst)
    for j in uit.programma.kosten.per_jaar:
        if j.onderdelen:
            assert re.search(rf"[Tt]otaal {j.jaar}\W", tekst)


def test_R8_2_R8_3_soort_zonder_prijs_met_hoeveelheid_en_veld(catalogus: Catalogus) -> None:
    uit = genereer(KLEIN, catalogus, "html", DATUM)
    k = uit.programma.kosten
    soorten = {r.soort for j in k.per_jaar for r in j.onderdelen} - set(k.per_soort)
    soorten.discard("externe-trainers")
    assert soorten, "klein geeft geen prijs voor e-learning en interne trainers"
    tekst = htmlmod.unescape(uit.als_tekst)
    mt = tekst.split('id="kop-mt"', 1)[1].split("</section>", 1)[0]
    budget, noot = mt.split("Budget per begrotingsjaar", 1)[1].split("</table>", 1)
    noot = noot.split("</p>", 1)[0]
    overzicht = tekst.split('id="kop-kosten"', 1)[-1]
    for s in soorten:
        naam = KOSTENSOORTWOORDEN[s].capitalize()
        zin = f"geen prijs opgegeven ({VELD[s]} in het profiel)"
        assert f'<th scope="col">{naam}</th>' in budget
        totaal = budget.split('<tr class="totaal">', 1)[1]
        assert re.search(r"\d[^<]*; geen prijs</td>", totaal)
        assert f"{KOSTENSOORTWOORDEN[s]}: {zin}" in noot
        assert re.search(
            rf"<th scope=\"row\">{naam}</th><td>[^<]*\d[^<]*; {re.escape(zin)}", overzicht
        )
    deelnemers = sum(
        r.deelnemers for j in k.per_jaar for r in j.onderdelen if r.soort == "e-learning"
    )
    if "e-learning" in soorten:
        assert f"{deelnemers} deelnemers; geen prijs" in budget.replace(".", "")


def test_13_tijdlijn_rijlabels_heel_waar_ruimte_is(catalogus: Catalogus) -> None:
    uit = genereer(REPO / "examples" / "middenstad.yaml", catalogus, "html", DATUM)
    tekst = htmlmod.unescape(uit.als_tekst)
    svgtekst = {
        " ".join(re.findall(r"<tspan[^>]*>(.*?)</tspan>", t)) or re.sub(r"<[^>]+>", "", t)
        for t in re.findall(r"<text(?: class=\"twee\")? x=\"4\"[^>]*>(.*?)</text>", tekst)
    }
    labels = {r.label for f in tijdlijn.figuren(uit.programma) for r in f.rijen}
    lang = [lab for lab in labels if len(lab) > tijdlijn.LABELTEKENS]
    assert lang, "middenstad heeft lange rijlabels"
    past = [lab for lab in labels if len(lab) <= 2 * tijdlijn.TWEEREGELTEKENS - 10]
    assert all(lab in svgtekst for lab in past), sorted(set(past) - svgtekst)[:5]
