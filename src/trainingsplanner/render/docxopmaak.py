"""De bladspiegel van het Word-document: A4 met gewone marges, "pagina X van Y" in de
voettekst (velden PAGE en NUMPAGES, zodat Word en LibreOffice ze zelf invullen) en
kolombreedtes naar de inhoud, zodat een titel breed staat en een getal smal, en geen woord
midden in breekt ("Werkafsprak|en")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.document import Document as Word
    from docx.text.paragraph import Paragraph

LETTER = "Arial"
BREEDTE_CM = 21.0
HOOGTE_CM = 29.7
MARGE_CM = 2.5
TEKST_CM = BREEDTE_CM - 2 * MARGE_CM
# Tabellen in 9 pt; een teken in 9 pt Arial is gemiddeld zo breed (ruim genomen), en de
# cel heeft links en rechts wat ruimte.
TABELPUNTEN = 9
TEKEN_CM = 0.18
KLEINE_PUNTEN = 7.5
"""Een brede tabel (veel kolommen met lange woorden) in een kleinere letter, zodat de woorden
toch heel blijven."""
CELRUIMTE_CM = 0.4


def bladspiegel(doc: Word) -> None:
    """A4 staand, gewone marges en een voettekst 'pagina X van Y' in elke sectie."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    # Arial: in Word overal aanwezig, in LibreOffice even breed (Liberation Sans); de
    # kolombreedtes rekenen met die letter.
    doc.styles["Normal"].font.name = LETTER
    for sectie in doc.sections:
        sectie.page_width, sectie.page_height = Cm(BREEDTE_CM), Cm(HOOGTE_CM)
        for kant in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sectie, kant, Cm(MARGE_CM))
        voet = sectie.footer.paragraphs[0]
        voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
        voet.add_run("pagina ")
        _veld(voet, "PAGE")
        voet.add_run(" van ")
        _veld(voet, "NUMPAGES")


def _veld(alinea: Paragraph, code: str) -> None:
    """Een veld (w:fldSimple) dat de tekstverwerker bij het openen en afdrukken invult."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    veld = OxmlElement("w:fldSimple")
    veld.set(qn("w:instr"), f" {code} \\* MERGEFORMAT ")
    run = OxmlElement("w:r")
    tekst = OxmlElement("w:t")
    tekst.text = "1"
    run.append(tekst)
    veld.append(run)
    alinea._p.append(veld)


def _woorden(tekst: str) -> list[str]:
    """Waar een regel mag breken: bij een gewone spatie of een nieuwe regel, niet bij een harde
    spatie (een bedrag '€ 1.350 –' blijft één woord)."""
    return [w for w in re.split(r"[ \n\t]+", tekst) if w]


def lettergrootte(alle: Sequence[Sequence[str]]) -> float:
    """9 pt, of 7,5 pt als de langste woorden van de kolommen samen niet op de breedte passen."""
    kolommen = list(zip(*alle, strict=True))
    nodig = sum(
        max((len(w) for c in kol for w in _woorden(c)), default=1) * TEKEN_CM + CELRUIMTE_CM
        for kol in kolommen
    )
    return TABELPUNTEN if nodig <= TEKST_CM else KLEINE_PUNTEN


def kolombreedtes(alle: Sequence[Sequence[str]], punten: float = TABELPUNTEN) -> list[float]:
    """Breedtes in cm die samen de tekstbreedte vullen: elke kolom minstens zo breed als zijn
    langste woord, de rest naar hoeveel tekst er gemiddeld in staat (bij `punten` pt)."""
    teken = TEKEN_CM * punten / TABELPUNTEN
    kolommen = list(zip(*alle, strict=True))
    minimum = [
        max((len(w) for c in kol for w in _woorden(c)), default=1) * teken + CELRUIMTE_CM
        for kol in kolommen
    ]
    if sum(minimum) >= TEKST_CM:
        return [m * TEKST_CM / sum(minimum) for m in minimum]
    gewicht = [sum(min(len(c), 80) for c in kol) / len(kol) or 1.0 for kol in kolommen]
    # Nooit breder dan de langste cel op één regel; wat dan overblijft gaat naar de andere
    # kolommen, naar hun gemiddelde lengte van de tekst.
    plafond = [
        max(m, max(len(c) for c in kol) * teken + CELRUIMTE_CM)
        for m, kol in zip(minimum, kolommen, strict=True)
    ]
    breedte = list(minimum)
    open_ = [i for i, b in enumerate(breedte) if b < plafond[i]]
    while open_ and (over := TEKST_CM - sum(breedte)) > 0.01:
        totaal = sum(gewicht[i] for i in open_)
        for i in open_:
            breedte[i] = min(plafond[i], breedte[i] + over * gewicht[i] / totaal)
        open_ = [i for i in open_ if breedte[i] < plafond[i] - 0.001]
    over = TEKST_CM - sum(breedte)
    return [b + over * g / sum(gewicht) for b, g in zip(breedte, gewicht, strict=True)]


_STIJL_IDS: dict[str, str] = {}
"""Stijlnaam → stijl-id, één keer opgezocht: python-docx zoekt bij elke alinea met een stijl
alle stijlen door (bij Middenstad de helft van de tijd van het hele document)."""


def stijl_id(doc: Word, naam: str) -> str:
    if naam not in _STIJL_IDS:
        _STIJL_IDS[naam] = doc.styles[naam].style_id
    return _STIJL_IDS[naam]


def alinea(doc: Word, tekst: str, stijl: str) -> Paragraph:
    """Een alinea in een stijl van het sjabloon (zoals `add_paragraph(tekst, style=…)`)."""
    nieuw = doc.add_paragraph(tekst)
    nieuw._p.style = stijl_id(doc, stijl)
    return nieuw


def kop(doc: Word, tekst: str, niveau: int) -> Paragraph:
    """Een kop (zoals `add_heading`): niveau 0 is de titel, 1–9 Heading 1–9."""
    return alinea(doc, tekst, "Title" if niveau == 0 else f"Heading {niveau}")


def tabel(
    doc: Word, koppen: Sequence[str], rijen: Sequence[Sequence[str]], *, kop: bool = True
) -> None:
    """Een tabel in de stijl 'Table Grid'; de kopregel herhaalt zich op elke pagina.

    python-docx maakt de tabel met één rij (stijl, raster, vaste breedtes); de rijen komen
    als XML in één keer erbij, precies zoals python-docx ze cel voor cel zou maken (`cel.text`,
    vet en lettergrootte per run). Cel voor cel kostte ~80% van de tijd van het hele document
    (python-docx zoekt bij elk element de plek tussen zijn broers): Middenstad 3,9 s.
    """
    from docx.oxml import parse_xml
    from docx.shared import Cm

    alle = [list(koppen), *map(list, rijen)] if kop else [*map(list, rijen)]
    if not alle:
        return
    tab = doc.add_table(rows=1, cols=len(alle[0]))
    tab._tbl.tblPr.style = stijl_id(doc, "Table Grid")
    punten = lettergrootte(alle)
    breedtes = kolombreedtes(alle, punten)
    tab.autofit = False
    for kolom, cm in zip(tab.columns, breedtes, strict=True):
        kolom.width = Cm(cm)
    tab._tbl.remove(tab.rows[0]._tr)
    twips = [Cm(cm).twips for cm in breedtes]
    grootte = int(punten * 2)  # halve punten, zoals `Pt(punten)` in `w:sz`
    xml = "".join(_rij(rij, twips, grootte, kop and i == 0) for i, rij in enumerate(alle))
    for tr in parse_xml(f"<w:tbl {_W}>{xml}</w:tbl>"):
        tab._tbl.append(tr)


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_DELEN = re.compile(r"(\t|\r|\n)")


def _rij(cellen: Sequence[str], twips: Sequence[int], grootte: int, kop: bool) -> str:
    eigenschappen = '<w:trPr><w:tblHeader w:val="true"/></w:trPr>' if kop else ""
    vet = "<w:b/>" if kop else '<w:b w:val="0"/>'
    opmaak = f'<w:rPr>{vet}<w:sz w:val="{grootte}"/></w:rPr>'
    delen = [
        f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{breedte}"/></w:tcPr>'
        f"<w:p><w:r>{opmaak}{_tekst(tekst)}</w:r></w:p></w:tc>"
        for tekst, breedte in zip(cellen, twips, strict=True)
    ]
    return f"<w:tr>{eigenschappen}{''.join(delen)}</w:tr>"


def _tekst(tekst: str) -> str:
    """De inhoud van een run zoals `run.text = tekst` hem maakt: een tab wordt `w:tab`, een
    nieuwe regel `w:br`, de rest `w:t` (met `xml:space` als er witruimte aan de rand staat)."""
    from xml.sax.saxutils import escape

    uit = []
    for deel in _DELEN.split(tekst):
        if deel == "\t":
            uit.append("<w:tab/>")
        elif deel in ("\r", "\n"):
            uit.append("<w:br/>")
        elif deel:
            ruimte = ' xml:space="preserve"' if len(deel.strip()) < len(deel) else ""
            uit.append(f"<w:t{ruimte}>{escape(deel)}</w:t>")
    return "".join(uit)
