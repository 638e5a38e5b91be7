"""HTML-weergave: één zelfstandig bestand (CSS en SVG in de pagina, geen JavaScript, geen netwerk).

Jinja met autoescape aan: elke tekst uit het profiel wordt als tekst getoond, nooit als HTML.
Een Content-Security-Policy in de pagina verbiedt bovendien scripts en externe bronnen.
"""

from __future__ import annotations

import datetime as dt

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.programma import Programma
from trainingsplanner.render.tijdlijn import figuren, svg
from trainingsplanner.render.weergave import maak


def render(programma: Programma, cat: Catalogus, gegenereerd: dt.date) -> str:
    from markupsafe import Markup

    from trainingsplanner.render.omgeving import omgeving

    sjabloon = omgeving(html=True).get_template("programma.html.j2")
    tijdlijnen = [{"titel": f.titel, "svg": Markup(svg(f))} for f in figuren(programma)]
    return sjabloon.render(w=maak(programma, cat, gegenereerd), figuren=tijdlijnen)
