"""HTML-weergave: één zelfstandig bestand (CSS en SVG in de pagina, geen JavaScript, geen netwerk).

Jinja met autoescape aan: elke tekst uit het profiel wordt als tekst getoond, nooit als HTML.
Een Content-Security-Policy in de pagina verbiedt bovendien scripts en externe bronnen. De
lopende kop bij het printen (CSS `@page`) staat in een CSS-tekst: daarvoor wordt de tekst
hier met CSS-escapes gecodeerd, zodat geen teken de stijl kan openbreken.
"""

from __future__ import annotations

import datetime as dt

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.programma import Programma
from trainingsplanner.render.document import maak_document
from trainingsplanner.render.tijdlijn import figuren, overzicht, svg


def css_tekst(tekst: str) -> str:
    """Tekst voor binnen een CSS-tekst tussen aanhalingstekens: alles behalve letters, cijfers
    en spaties als CSS-escape (`\\22 ` voor `"`), regeleinden als spatie."""
    uit = []
    for teken in " ".join(tekst.split()):
        uit.append(
            teken if (teken.isalnum() and teken.isascii()) or teken == " " else f"\\{ord(teken):x} "
        )
    return "".join(uit)


def render(programma: Programma, cat: Catalogus, gegenereerd: dt.date) -> str:
    from markupsafe import Markup

    from trainingsplanner.render.omgeving import omgeving

    sjabloon = omgeving(html=True).get_template("programma.html.j2")
    d = maak_document(programma, cat, gegenereerd)
    tijdlijnen = [
        {"titel": f.titel, "svg": Markup(svg(f)), "legenda": f.legenda} for f in figuren(programma)
    ]
    return sjabloon.render(
        d=d,
        w=d.w,
        figuren=tijdlijnen,
        overzicht=Markup(svg(overzicht(programma))),
        kop_css=css_tekst(d.kop),
        datum_css=css_tekst(d.w.gegenereerd),
    )
