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
from xml.sax.saxutils import escape

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
    opsomming = word.styles["List Bullet"].style_id
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
                for (
                    punt
                ) in blok.punten:  # de stijl direct: python-docx zoekt hem anders elke keer op
                    alinea = word.add_paragraph(xml_tekst(punt))
                    alinea._p.get_or_add_pPr().get_or_add_pStyle().val = opsomming
            else:
                _tabel(word, blok)
    uit = io.BytesIO()
    word.save(uit)
    return uit.getvalue()


def _tabel(word: Worddocument, t: Tabel) -> None:
    """Een tabel in de stijl 'Table Grid'; de kopregel (vet) herhaalt zich op elke pagina.

    python-docx maakt de tabel met één rij (stijl, kolombreedtes); de andere rijen worden
    als XML in één keer toegevoegd: cel voor cel via python-docx kost bij 600 teams seconden.
    """
    from docx.oxml import parse_xml

    kop = any(t.koppen)
    alle = [t.koppen, *t.rijen] if kop else list(t.rijen)
    if not alle:
        return
    tabel = word.add_table(rows=1, cols=len(t.koppen))
    tabel.style = "Table Grid"
    element = tabel._tbl
    element.remove(tabel.rows[0]._tr)
    rijen = "".join(_rij(rij, t.rechts, kop=kop and i == 0) for i, rij in enumerate(alle))
    for tr in parse_xml(f"<w:tbl {_W}>{rijen}</w:tbl>").findall(f"{{{_WNS}}}tr"):
        element.append(tr)


_WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f'xmlns:w="{_WNS}"'


def _rij(cellen: list[str], rechts: frozenset[int], *, kop: bool) -> str:
    eigenschappen = '<w:trPr><w:tblHeader w:val="true"/></w:trPr>' if kop else ""
    vet = "<w:rPr><w:b/></w:rPr>" if kop else ""
    delen = []
    for j, tekst in enumerate(cellen):
        uitlijning = '<w:pPr><w:jc w:val="right"/></w:pPr>' if j in rechts and not kop else ""
        inhoud = escape(xml_tekst(tekst))
        delen.append(
            f'<w:tc><w:p>{uitlijning}<w:r>{vet}<w:t xml:space="preserve">{inhoud}</w:t></w:r></w:p></w:tc>'
        )
    return f"<w:tr>{eigenschappen}{''.join(delen)}</w:tr>"
