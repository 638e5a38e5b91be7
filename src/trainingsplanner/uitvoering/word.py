"""Een `Document` (het jaarverslag) als Word-bestand, met python-docx.

Echte kopstijlen (Titel, Kop 1, Kop 2), zodat het sjabloon van de gemeente erop past en Word
een inhoudsopgave kan maken; tabellen in de stijl 'Table Grid' met een kopregel die op elke
pagina terugkomt. Tekst uit het profiel of de database gaat als tekst de cel in; tekens die
in XML niet kunnen (stuurtekens), worden zichtbaar gemaakt (`document.xml_tekst`) in plaats van het bestand te breken.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING

from trainingsplanner.uitvoering.document import Alinea, Document, Lijst, Tabel, xml_tekst

if TYPE_CHECKING:
    from docx.document import Document as Worddocument


def render(doc: Document, datum: dt.date) -> bytes:
    import docx

    word = docx.Document()
    word.core_properties.title = xml_tekst(doc.titel)[:250]
    word.core_properties.language = "nl-NL"
    word.core_properties.created = dt.datetime.combine(datum, dt.time())
    word.core_properties.modified = word.core_properties.created
    word.add_heading(xml_tekst(doc.titel), level=0)
    for regel in doc.onder:
        word.add_paragraph(xml_tekst(regel))
    if doc.waarschuwing:
        word.add_paragraph().add_run(xml_tekst(doc.waarschuwing)).bold = True
    for sectie in doc.secties:
        word.add_heading(xml_tekst(sectie.titel), level=max(1, min(sectie.niveau - 1, 3)))
        for blok in sectie.blokken:
            if isinstance(blok, Alinea):
                word.add_paragraph(xml_tekst(blok.tekst))
            elif isinstance(blok, Lijst):
                for punt in blok.punten:
                    word.add_paragraph(xml_tekst(punt), style="List Bullet")
            else:
                _tabel(word, blok)
    uit = io.BytesIO()
    word.save(uit)
    return uit.getvalue()


def _tabel(word: Worddocument, t: Tabel) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    kop = any(t.koppen)
    alle = [t.koppen, *t.rijen] if kop else t.rijen
    if not alle:
        return
    tabel = word.add_table(rows=len(alle), cols=len(t.koppen))
    tabel.style = "Table Grid"
    for i, rij in enumerate(alle):
        cellen = tabel.rows[i].cells
        for j, waarde in enumerate(rij):
            alinea = cellen[j].paragraphs[0]
            run = alinea.add_run(xml_tekst(waarde))
            run.bold = kop and i == 0
            if j in t.rechts and not (kop and i == 0):
                alinea.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if kop:
        herhaal = OxmlElement("w:tblHeader")
        herhaal.set(qn("w:val"), "true")
        tabel.rows[0]._tr.get_or_add_trPr().append(herhaal)
