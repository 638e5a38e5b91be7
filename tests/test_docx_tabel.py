"""Een tabel in Word in één keer als XML (`render/docxopmaak.tabel`) is precies wat python-docx
cel voor cel maakt: dezelfde elementen, tekst, tabs, regeleinden, witruimte, vet en grootte.
De vergelijking is python-docx zelf (de manier van vóór de versnelling), voor willekeurige
tabellen."""

from __future__ import annotations

from collections.abc import Sequence

import docx
from docx.document import Document as Word
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from hypothesis import given, settings
from hypothesis import strategies as st

from trainingsplanner.render import docxopmaak


def _zoals_python_docx(
    doc: Word, koppen: Sequence[str], rijen: Sequence[Sequence[str]], kop: bool
) -> None:
    alle = [list(koppen), *map(list, rijen)] if kop else [*map(list, rijen)]
    tab = doc.add_table(rows=len(alle), cols=len(alle[0]))
    tab._tbl.tblPr.style = docxopmaak.stijl_id(doc, "Table Grid")
    punten = docxopmaak.lettergrootte(alle)
    tab.autofit = False
    breedtes = docxopmaak.kolombreedtes(alle, punten)
    for kolom, cm in zip(tab.columns, breedtes, strict=True):
        kolom.width = Cm(cm)
    for regel in tab.rows:
        for cel, cm in zip(regel.cells, breedtes, strict=True):
            cel.width = Cm(cm)
    for i, (rij, regel) in enumerate(zip(alle, tab.rows, strict=True)):
        for waarde, cel in zip(rij, regel.cells, strict=True):
            cel.text = waarde
            for run in cel.paragraphs[0].runs:
                run.font.size = Pt(punten)
                run.bold = kop and i == 0
    if kop:
        herhaal = OxmlElement("w:tblHeader")
        herhaal.set(qn("w:val"), "true")
        tab.rows[0]._tr.get_or_add_trPr().append(herhaal)


def _tabellen(doc: Word) -> list[str]:
    return [str(t.xml) for t in doc.element.body.iter(qn("w:tbl"))]


_TEKST = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n\r &<>\"'"),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(
    kolommen=st.integers(1, 5),
    data=st.data(),
    kop=st.booleans(),
)
def test_tabel_in_een_keer_gelijk_aan_cel_voor_cel(
    kolommen: int, data: st.DataObject, kop: bool
) -> None:
    koppen = data.draw(st.lists(_TEKST, min_size=kolommen, max_size=kolommen))
    rijen = data.draw(
        st.lists(st.lists(_TEKST, min_size=kolommen, max_size=kolommen), min_size=1, max_size=4)
    )
    snel, traag = docx.Document(), docx.Document()
    docxopmaak.tabel(snel, koppen, rijen, kop=kop)
    _zoals_python_docx(traag, koppen, rijen, kop)
    assert _tabellen(snel) == _tabellen(traag)
