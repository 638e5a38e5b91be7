"""`plan uitvoering report`: het jaarverslag uit het programma en de uitvoeringsdatabase.

Leest de database in één transactie (alleen lezen: een ontbrekende database is een lege),
rekent de cijfers van het jaar uit (jaarcijfers.py), bouwt het document (jaarverslag.py)
en geeft het als Markdown, HTML of Word. Een lege database of een jaar zonder iets is geen
fout: het verslag zegt dan eerlijk dat er niets is.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trainingsplanner.formaat import Formaat
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.uitvoering import document as doc
from trainingsplanner.uitvoering import htmlweergave, jaarcijfers, jaarverslag, opslag, word
from trainingsplanner.uitvoering.plan import Plan, met_herplanning

FORMATEN = (Formaat.html, Formaat.docx, Formaat.md)
EXTENSIE = {Formaat.html: ".html", Formaat.docx: ".docx", Formaat.md: ".md"}
EERSTE_JAAR, LAATSTE_JAAR = 2000, 2100


def controleer_jaar(jaar: int) -> int:
    if EERSTE_JAAR <= jaar <= LAATSTE_JAAR:
        return jaar
    bericht = f"'{jaar}' is geen jaar; kies een jaar van {EERSTE_JAAR} tot en met {LAATSTE_JAAR}"
    raise InvoerFout([Probleem("--jaar", 0, 0, "", bericht)], onderwerp="de opdracht")


def maak(plan: Plan, db: Path, jaar: int, formaat: Formaat, vandaag: dt.date) -> str | bytes:
    """Het verslag van `jaar` als tekst (md, html) of bytes (docx)."""
    with opslag.transactie(db, bewaren=False) as t:
        sessies, meldingen, herplanning = t.sessies(), t.incidenten(), t.herplanning()
    # Het jaar telt tegen het plan zoals het gold (wat niet gegeven is, blijft zichtbaar);
    # het volgende jaar met de nieuwe datums van de laatste herplanning.
    volgend = None if herplanning is None else met_herplanning(plan, herplanning)
    begroting = None if herplanning is None else herplanning.begroting
    invoer = jaarcijfers.invoer(
        plan, sessies, meldingen, controleer_jaar(jaar), vandaag, volgend, begroting
    )
    verslag = jaarverslag.document(invoer)
    if formaat is Formaat.docx:
        return word.render(verslag, vandaag)
    if formaat is Formaat.html:
        return htmlweergave.render(verslag, "verslag.html.j2")
    return doc.markdown(verslag)


def standaard_pad(profiel: Path, jaar: int, formaat: Formaat, map: Path | None = None) -> Path:
    """`x.yaml` → `x.verslag-2027.html` (of .docx, .md) naast het profiel, of in `map`."""
    naam = profiel.name
    for achtervoegsel in (".yaml", ".yml"):
        naam = naam.removesuffix(achtervoegsel)
    return (map or profiel.parent) / f"{naam}.verslag-{jaar}{EXTENSIE[formaat]}"
