"""Review v2, duur in gewone woorden (D6): een sessie korter dan een halve dag staat in elk
document in uren ('½–1 uur'), nergens als '0,063 dag' of '0,125–0,25 dag'."""

from __future__ import annotations

import datetime as dt
import io
import re

import docx
import openpyxl
import pytest

from tests.conftest import REPO
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.genereren import Formaat, genereer

DATUM = dt.date(2026, 11, 1)
KLEIN = REPO / "examples" / "klein.yaml"
# Een duur van minder dan een halve dag in dagen: '0,063 dag', '0,125–0,25 dag', '0,25 dag'.
KLEINE_DAG = re.compile(r"\b0,(?:0\d+|1\d*|2\d*|3\d*|4\d*)(?:\s*–\s*0,\d+)?\s+dag\b")


def _tekst(formaat: Formaat, catalogus: Catalogus) -> str:
    uit = genereer(KLEIN, catalogus, formaat, DATUM).tekst
    if formaat is Formaat.docx:
        assert isinstance(uit, bytes)
        d = docx.Document(io.BytesIO(uit))
        cellen = [c.text for t in d.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in d.paragraphs] + cellen)
    if formaat is Formaat.xlsx:
        assert isinstance(uit, bytes)
        boek = openpyxl.load_workbook(io.BytesIO(uit))
        return "\n".join(
            str(c.value) for blad in boek for rij in blad.iter_rows() for c in rij if c.value
        )
    assert isinstance(uit, str)
    return uit


@pytest.mark.parametrize("formaat", [Formaat.md, Formaat.html, Formaat.docx, Formaat.xlsx])
def test_D6_korte_duur_in_uren_in_elk_document(formaat: Formaat, catalogus: Catalogus) -> None:
    tekst = _tekst(formaat, catalogus)
    assert not KLEINE_DAG.findall(tekst), sorted(set(KLEINE_DAG.findall(tekst)))[:5]
    assert "0,063" not in tekst
    if formaat is not Formaat.xlsx:
        assert re.search(r"½–1 uur|1–2 uur", tekst)  # het werkoverleg, de e-learning
