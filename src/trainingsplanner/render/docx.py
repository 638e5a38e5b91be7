"""Het programma als Word-document (`plan generate --format docx`), om verder te bewerken.

Echte kopstijlen (Kop 1–3, zodat het sjabloon van de gemeente erop past) en tabellen met een
kopregel die op elke pagina terugkomt. Eerst de samenvatting voor het MT (kerngetallen,
kosten per jaar, wat aandacht vraagt), dan het programma per stap en een deel per team. De
teksten komen uit dezelfde weergave als HTML en Markdown (`render/weergave.py`).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.programma import Programma
from trainingsplanner.render.weergave import Rij, maak

if TYPE_CHECKING:
    from docx.document import Document

STAPKOPPEN = ("Wanneer", "Onderdeel", "Doelgroep", "Deelnemers", "Sessies", "Eigenaar")


def render(programma: Programma, cat: Catalogus, datum: dt.date) -> bytes:
    import docx

    w = maak(programma, cat, datum)
    doc = docx.Document()
    doc.core_properties.title = f"Trainingsprogramma publieksagressie — {w.gemeente}"[:250]
    doc.core_properties.language = "nl-NL"
    doc.core_properties.created = dt.datetime.combine(datum, dt.time())
    doc.core_properties.modified = doc.core_properties.created
    doc.add_heading(f"Trainingsprogramma publieksagressie — {w.gemeente}", level=0)
    doc.add_paragraph(f"Periode: {w.periode}. Opgesteld op {w.gegenereerd}.")
    if w.indicatief:
        doc.add_paragraph(w.indicatief)

    doc.add_heading("Samenvatting", level=1)
    _tabel(doc, ("", ""), w.samenvatting, kop=False)
    doc.add_heading("Kosten per jaar en soort", level=2)
    kj = w.kosten_jaren
    _tabel(doc, kj["koppen"], [*kj["rijen"], kj["totaal"]])
    if w.waarschuwingen:
        doc.add_heading("Aandachtspunten", level=2)
        for melding in w.waarschuwingen:
            doc.add_paragraph(f"{melding['regel']}: {melding['bericht']}", style="List Bullet")

    doc.add_heading("Programma per stap", level=1)
    for stap in w.stappen:
        if not stap["rijen"]:
            continue
        doc.add_heading(f"Stap {stap['nummer']}: {stap['naam']}", level=2)
        _tabel(doc, STAPKOPPEN, [_stapregel(r) for r in stap["rijen"]])

    doc.add_heading("Per team", level=1)
    for team in w.teams:
        doc.add_heading(f"Team {team['naam']}", level=2)
        doc.add_paragraph(f"Functiegroep: {team['functiegroep']}")
        _tabel(doc, STAPKOPPEN, [_stapregel(r) for r in team["rijen"]])

    doc.add_heading("Kosten", level=1)
    _tabel(doc, ("", ""), w.kosten, kop=False)
    uit = io.BytesIO()
    doc.save(uit)
    return uit.getvalue()


def _stapregel(r: Rij) -> list[str]:
    return [r.wanneer, r.titel, r.doelgroep, r.deelnemers, r.sessies, r.eigenaar or "—"]


def _tabel(
    doc: Document, koppen: Sequence[str], rijen: Sequence[Sequence[str]], *, kop: bool = True
) -> None:
    """Een tabel in de stijl 'Table Grid'; de kopregel herhaalt zich op elke pagina."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    alle = [list(koppen), *map(list, rijen)] if kop else [*map(list, rijen)]
    if not alle:
        return
    tabel = doc.add_table(rows=len(alle), cols=len(alle[0]))
    tabel.style = "Table Grid"
    for i, rij in enumerate(alle):
        for j, waarde in enumerate(rij):
            cel = tabel.cell(i, j)
            cel.text = waarde
            if kop and i == 0:
                for run in cel.paragraphs[0].runs:
                    run.bold = True
    if kop:
        eigenschappen = tabel.rows[0]._tr.get_or_add_trPr()
        herhaal = OxmlElement("w:tblHeader")
        herhaal.set(qn("w:val"), "true")
        eigenschappen.append(herhaal)
