"""Issue 13, punt 3: de kosten per jaar en per soort in Markdown en HTML, met een totaalrij;
bedragen met harde spaties (nooit "€⏎43.200") en één bedrag als beide grenzen gelijk zijn."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.conftest import REPO
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.genereren import Formaat, genereer
from trainingsplanner.programma import Bereik
from trainingsplanner.render.kostenweergave import NBSP, bedrag

DATUM = dt.date(2026, 11, 1)


def test_13_bedrag_een_waarde_als_gelijk_en_harde_spaties() -> None:
    assert bedrag(Bereik(min=1350, max=1350)) == f"€{NBSP}1.350"
    assert bedrag(Bereik(min=25650, max=43200)) == f"€{NBSP}25.650{NBSP}– €{NBSP}43.200"


@pytest.mark.parametrize("formaat", [Formaat.md, Formaat.html])
def test_13_kosten_per_jaar_en_soort_met_totaalrij(catalogus: Catalogus, formaat: Formaat) -> None:
    resultaat = genereer(REPO / "examples" / "klein.yaml", catalogus, formaat, DATUM)
    tekst = resultaat.als_tekst
    k = resultaat.programma.kosten
    assert "Kosten per jaar en soort" in tekst
    deel = tekst[tekst.index("Kosten per jaar en soort") :]
    assert k.totaal is not None
    assert f"{bedrag(k.totaal)}" in deel.split("Totaal", 2)[-1]
    for jaar in k.per_jaar:
        assert str(jaar.jaar) in deel
    # Nergens in de kosten een bedrag dat tussen € en het getal kan breken.
    kosten = tekst[tekst.index("Kosten per jaar en soort") - 2000 :]
    assert not re.search(r"€ \d", kosten)
    assert not re.search(r"(€\xa0[\d.]+)\xa0– \1(?![\d.])", tekst)
