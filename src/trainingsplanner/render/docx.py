"""Het programma als Word-document (`plan generate --format docx`), om verder te bewerken.

Dezelfde opbouw als de HTML (render/document.py): eerst de samenvatting voor het MT, dan
één pagina per team (met een pagina-einde ervoor), de organisatie en de stappen, de kosten
en de bijlagen met een intakebrief per extern onderdeel. Echte kopstijlen (Heading 1–3,
zodat het sjabloon van de gemeente erop past) en tabellen met een kopregel die op elke
pagina terugkomt (`w:tblHeader`).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.programma import Programma
from trainingsplanner.render.brief import Intakebrief
from trainingsplanner.render.document import TITEL, Document, maak_document
from trainingsplanner.render.docxopmaak import alinea, bladspiegel
from trainingsplanner.render.docxopmaak import kop as koptekst
from trainingsplanner.render.docxopmaak import tabel as _tabel
from trainingsplanner.render.teampagina import Teampagina
from trainingsplanner.render.weergave import Rij

if TYPE_CHECKING:
    from docx.document import Document as Word
    from docx.text.paragraph import Paragraph

# Vijf kolommen passen op A4 staand zonder dat een woord breekt: de datums staan onder de
# maand, deelnemers en sessies samen in de omvang.
STAPKOPPEN = ("Wanneer", "Onderdeel", "Doelgroep", "Omvang", "Eigenaar")


def render(programma: Programma, cat: Catalogus, datum: dt.date) -> bytes:
    """Het hele document. Elk deel (MT, elk team, elke brief, …) wordt eerst in een leeg
    kladdocument opgebouwd en dan achteraan het document gehangen: python-docx zoekt bij elke
    alinea en tabel in het hele document (de `sectPr` achteraan), wat bij honderden teams
    kwadratisch wordt (100 teams: 32 s)."""
    d = maak_document(programma, cat, datum)
    doc = _nieuw(f"{TITEL} — {d.w.gemeente}", datum)
    klad = _nieuw("", datum)
    w = d.w

    def deel(schrijf: Callable[[Word], object]) -> None:
        schrijf(klad)
        _schuif(klad, doc)

    deel(lambda k: koptekst(k, f"{TITEL} — {w.gemeente}", 0))
    deel(lambda k: k.add_paragraph(f"Periode: {w.periode}. Opgesteld op {w.gegenereerd}."))
    if w.indicatief:
        deel(lambda k: k.add_paragraph(w.indicatief))
    deel(lambda k: _mt(k, d))
    deel(lambda k: koptekst(k, "Per team", 1))
    for t in d.teams:
        deel(lambda k, t=t: _team(k, t))  # type: ignore[misc]
    deel(lambda k: _organisatie(k, d))
    deel(lambda k: _kosten(k, d))
    deel(lambda k: _voortgang(k, d))
    deel(lambda k: _bijlagen(k, d))
    for b in d.brieven:
        deel(lambda k, b=b: _brief(k, b, niveau=3))  # type: ignore[misc]
    return _bytes(doc)


def _bijlagen(doc: Word, d: Document) -> None:
    """Bijlagen A–D en de inleiding van E (de brieven zelf schrijft `render` erachter)."""
    w = d.w
    _nieuwe_pagina(koptekst(doc, "Bijlagen", 1))
    for kop, punten in (
        ("A. Een trainingsbureau kiezen (R7.10)", w.aanbieder_tips),
        ("B. E-learning inkopen (R8.2)", w.elearning_inkoop),
        ("C. Geschikt voor een interne trainer (R8.3)", w.train_de_trainer),
    ):
        koptekst(doc, kop, 2)
        _punten(doc, punten)
    koptekst(doc, "D. Bronnen", 2)
    _tabel(
        doc,
        ("Regel", "Plek in de handreiking", "Wat de regel vraagt"),
        [(b["id"], b["sectie"], b["samenvatting"]) for b in w.bronnen],
    )
    if d.brieven:
        koptekst(doc, "E. Intakebrieven voor de aanbieders", 2)
        doc.add_paragraph(
            "Een brief per onderdeel met een extern trainingsbureau, elk op een eigen pagina; "
            "plan brief ID schrijft er één los. De antwoorden uit de intake (R7.9) gelden voor "
            "elke brief:"
        )
        _tabel(doc, ("Vraag", "Antwoord"), [(t["vraag"], t["antwoord"]) for t in w.aanleiding])


def _schuif(klad: Word, doc: Word) -> None:
    """Hang de inhoud van het kladdocument achteraan het document (vóór zijn `sectPr`)."""
    from docx.oxml.ns import qn

    sectie = qn("w:sectPr")
    doel = doc.element.body
    laatste = doel[-1]
    for kind in list(klad.element.body):
        if kind.tag == sectie:
            continue
        if laatste.tag == sectie:
            laatste.addprevious(kind)
        else:
            doel.append(kind)


def brief(b: Intakebrief, datum: dt.date) -> bytes:
    """Eén intakebrief als los Word-document (`plan brief ID --format docx`)."""
    doc = _nieuw(f"Intakebrief: {b.titel}", datum)
    doc.add_paragraph(f"{b.gemeente}, {b.gegenereerd}")
    _brief(doc, b, niveau=1)
    return _bytes(doc)


def _nieuw(titel: str, datum: dt.date) -> Word:
    import docx

    doc = docx.Document()
    doc.core_properties.title = titel[:250]
    doc.core_properties.language = "nl-NL"
    doc.core_properties.created = dt.datetime.combine(datum, dt.time())
    doc.core_properties.modified = doc.core_properties.created
    bladspiegel(doc)
    return doc


def _bytes(doc: Word) -> bytes:
    uit = io.BytesIO()
    doc.save(uit)
    return uit.getvalue()


def _mt(doc: Word, d: Document) -> None:
    mt, w = d.mt, d.w
    koptekst(doc, "Samenvatting voor het MT", 1)
    _tabel(doc, ("", ""), mt.kerncijfers, kop=False)
    koptekst(doc, "Wat het MT besluit", 2)
    _punten(doc, mt.besluiten, stijl="List Number")
    koptekst(doc, "Gereedheid: wat blokkeert", 2)
    doc.add_paragraph(mt.gereed)
    _punten(doc, mt.blokkades)
    _punten(doc, mt.aandacht)
    if mt.aandacht_meer:
        doc.add_paragraph(mt.aandacht_meer)
    if mt.acties:
        koptekst(doc, "Wat het MT en het college zelf doen", 2)
        _tabel(doc, ("Wat", "Wanneer", "Wie"), [(a.wat, a.wanneer, a.wie) for a in mt.acties])
    koptekst(doc, "Budget per begrotingsjaar", 2)
    kj = w.kosten_jaren
    _tabel(doc, kj["koppen"], [*kj["rijen"], kj["totaal"]])
    if kj["noot"]:
        doc.add_paragraph(kj["noot"])


def _team(doc: Word, t: Teampagina) -> None:
    _nieuwe_pagina(koptekst(doc, f"Team {t.naam}", 2))
    _tabel(doc, ("", ""), t.kader, kop=False)
    for punt in t.aandacht:
        doc.add_paragraph(f"Let op: {punt}")
    koptekst(doc, "Planning van het team (stap 2 en 3)", 3)
    _tabel(
        doc,
        ("Wanneer", "Onderdeel", "Omvang", "Vorm", "Datums"),
        [(r.wanneer, r.titel, r.omvang, r.leervorm, r.sessiedata or "—") for r in t.rijen],
    )
    if t.ritme:
        koptekst(doc, "Jaarritme (stap 4): werkoverleg, HR-gesprek, opfrisser", 3)
        _tabel(
            doc,
            ("Activiteit", "Wanneer", "Omvang", "Eigenaar"),
            [(r.titel, r.wanneer, r.omvang, r.eigenaar) for r in t.ritme],
        )
    if t.vervallen:
        doc.add_paragraph(t.vervallen)
    if t.leerdoelen:
        koptekst(doc, "Wat het team leert (leerdoelen)", 3)
        doc.add_paragraph("; ".join(t.leerdoelen) + ".")
    if t.afgedekt:
        doc.add_paragraph("Al afgedekt door de opleiding (R6.5): " + "; ".join(t.afgedekt))
    if t.leidinggevende:
        koptekst(doc, "De training van de leidinggevende", 3)
        _tabel(
            doc,
            ("Wanneer", "Onderdeel", "Datums"),
            [(r.wanneer, r.titel, r.sessiedata or "—") for r in t.leidinggevende],
        )


def _organisatie(doc: Word, d: Document) -> None:
    w = d.w
    _nieuwe_pagina(koptekst(doc, "Aanleiding en doel", 1))
    _tabel(doc, ("Vraag", "Antwoord"), [(t["vraag"], t["antwoord"]) for t in w.aanleiding])
    koptekst(doc, "Gereedheid: randvoorwaarden en toetspunten", 1)
    _tabel(
        doc,
        ("Punt", "Status", "Ernst", "Volgende stap", "Wie"),
        [
            (f"{b['regel']} {b['naam']}", b["status"], b["ernst"], b["actie"], b["eigenaar"])
            for b in [*w.bevindingen, *w.teambevindingen]
        ],
    )
    if w.waarschuwingen:
        koptekst(doc, "Aandachtspunten", 2)
        _punten(doc, [f"{m['regel']}: {m['bericht']}" for m in w.waarschuwingen])
    koptekst(doc, "Het programma per stap", 1)
    for stap in w.stappen:
        if stap["rijen"]:
            koptekst(doc, f"Stap {stap['nummer']}: {stap['naam']}", 2)
            _tabel(doc, STAPKOPPEN, [_stapregel(r) for r in stap["rijen"]])
    koptekst(doc, "Terugkerende activiteiten (stap 4)", 1)
    for jaar in w.kalender:
        koptekst(doc, f"Jaar {jaar['jaar']}", 2)
        _tabel(doc, STAPKOPPEN, [_stapregel(r) for r in jaar["rijen"]])


def _kosten(doc: Word, d: Document) -> None:
    w = d.w
    koptekst(doc, "Kosten", 1)
    _tabel(doc, ("", ""), w.kosten, kop=False)
    koptekst(doc, "Kosten per jaar en soort", 2)
    kj = w.kosten_jaren
    _tabel(doc, kj["koppen"], [*kj["rijen"], kj["totaal"]])
    if kj["noot"]:
        doc.add_paragraph(kj["noot"])
    for jaar in w.kosten_per_jaar:
        koptekst(doc, f"Kosten {jaar['jaar']}", 2)
        if jaar["leeg"]:
            doc.add_paragraph(jaar["leeg"])
            continue
        regels = [
            (k["titel"], k["soort"], k["sessies"], k["dagen"], k["euro"]) for k in jaar["regels"]
        ]
        regels.append((f"Totaal {jaar['jaar']}", "", "", jaar["trainersdagen"], jaar["totaal"]))
        _tabel(doc, ("Onderdeel", "Soort", "Sessies", "Dagen", "Kosten"), regels)


def _voortgang(doc: Word, d: Document) -> None:
    """Hoe meten we de voortgang (R4.1): dezelfde indicatoren als in de HTML."""
    ind = d.w.indicatoren
    if not ind:
        return
    koptekst(doc, "Hoe meten we de voortgang", 1)
    doc.add_paragraph(
        "De handreiking: “door monitoring in kaart brengen in hoeverre de gestelde doelen worden "
        "bereikt” (l.840). De coördinator houdt deze indicatoren bij (R4.1); het blad "
        "Indicatoren van de Excel-werkmap heeft er een rij per meting voor."
    )
    if ind["doel"]:
        doc.add_paragraph(f"Het doel uit de intake (R7.9): {ind['doel']}")
    else:
        doc.add_paragraph(ind["geen_doel"])
    # "Hoe" is een zin: onder de tabel, zodat de tabel op A4 past zonder woorden te breken.
    koppen = ("Indicator", "Maat", "Voor", "Meten", "Streefwaarde", "Regel")
    velden = ("naam", "maat", "voor", "periode", "streef", "bron")
    for stap in ind["stappen"]:
        koptekst(doc, f"Stap {stap['nummer']}: {stap['naam']}", 2)
        _tabel(doc, koppen, [[r[v] for v in velden] for r in stap["rijen"]])
        _punten(doc, [f"{r['naam']}: {r['hoe']}" for r in stap["rijen"]])
    if ind["teams"]:
        koptekst(doc, "Streefwaarden per team", 2)
        _tabel(doc, ind["teams"]["koppen"], ind["teams"]["rijen"])


def _brief(doc: Word, b: Intakebrief, *, niveau: int) -> None:
    onder = min(niveau + 1, 3)
    kop = koptekst(doc, f"Intakebrief: {b.titel}", niveau)
    if niveau > 1:
        _nieuwe_pagina(kop)
    doc.add_paragraph(
        f"Voor het trainingsbureau, van {b.gemeente}. Een goede intake is essentieel "
        f"(handreiking, R7.10): bespreek deze punten vóór de offerte. Onderdeel {b.id}."
    )
    koptekst(doc, "Doel", onder)
    doc.add_paragraph(b.doel + (f" {b.toelichting}." if b.toelichting else ""))
    koptekst(doc, "Context", onder)
    _tabel(doc, ("", ""), b.context, kop=False)
    if b.intake:
        _tabel(doc, ("Vraag uit de intake (R7.9)", "Antwoord van de gemeente"), b.intake)
    if b.leerdoelen:
        koptekst(doc, "Leerdoelen (trainingselementen)", onder)
        _punten(doc, b.leerdoelen)
    koptekst(doc, "Wat de opleiding al dekt (R6.5)", onder)
    _punten(
        doc, b.afgedekt or ["Geen element van deze training zit al in de opleiding van het team."]
    )
    koptekst(doc, "Groep en sessies", onder)
    _tabel(doc, ("", ""), b.omvang, kop=False)
    if b.sessies:
        _tabel(
            doc,
            ("Sessie", "Datum (voorstel)", "Tijd", "Deelnemers"),
            [(s.nummer, s.dagen, s.tijden, s.deelnemers) for s in b.sessies],
        )
    koptekst(doc, "Te bevestigen in de intake (aannames)", onder)
    _punten(doc, b.aannames)
    koptekst(doc, "Hoe het geëvalueerd wordt", onder)
    _punten(doc, b.evaluatie)
    koptekst(doc, "Waarom dit onderdeel", onder)
    _punten(doc, b.waarom)
    doc.add_paragraph(f"Eigenaar en contact: {b.eigenaar}, {b.gemeente}.")


def _nieuwe_pagina(kop: Paragraph) -> None:
    """Een pagina-einde vóór deze kop (een teampagina, een intakebrief), zonder lege alinea."""
    kop.paragraph_format.page_break_before = True


def _stapregel(r: Rij) -> list[str]:
    wanneer = f"{r.wanneer}\n{r.sessiedata}" if r.sessiedata else r.wanneer
    return [wanneer, r.titel, r.doelgroep, r.omvang, r.eigenaar or "—"]


def _punten(doc: Word, punten: Sequence[str], stijl: str = "List Bullet") -> None:
    for punt in punten:
        alinea(doc, punt, stijl)
