"""Weergave van de gereedheid (`plan check-randvoorwaarden`): tekst, Markdown of JSON."""

from __future__ import annotations

import json
from typing import Any

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.programma import Bevinding, blokkeert
from trainingsplanner.render.markdown import ontsnap

TEKEN = {"blokkerend": "BLOKKEERT", "waarschuwing": "LET OP", "info": "info"}


def _eigenaar(b: Bevinding, cat: Catalogus) -> str:
    if b.eigenaar is None:
        return ""
    groep = cat.doelgroepen.get(b.eigenaar)
    return groep.naam if groep else b.eigenaar


def _conclusie(bevindingen: list[Bevinding]) -> str:
    aantal = sum(b.blokkeert for b in bevindingen)
    aandacht = sum(b.ernst == "waarschuwing" for b in bevindingen)
    if aantal:
        woord = "punt blokkeert" if aantal == 1 else "punten blokkeren"
        return f"Conclusie: {aantal} {woord} het programma; los dat eerst op (exit 1)."
    if aandacht:
        woord = "punt vraagt" if aandacht == 1 else "punten vragen"
        return f"Conclusie: niets blokkeert; {aandacht} {woord} aandacht."
    return "Conclusie: alle randvoorwaarden zijn voldaan."


def tekst(gemeente: str, bevindingen: list[Bevinding], cat: Catalogus) -> str:
    regels = [f"Gereedheid van {gemeente} (randvoorwaarden RV1–RV5, toetspunten R7.9)", ""]
    teamkop = False
    for b in bevindingen:
        if b.team is not None and not teamkop:
            regels += ["", "Per team:", ""]
            teamkop = True
        wie = f" — {b.team}" if b.team else ""
        teken = "ok" if b.status in ("voldaan", "beantwoord") else TEKEN[b.ernst]
        regels.append(f"[{teken}] {b.regel} {b.naam}{wie}: {b.statuswoorden.kort}")
        if b.antwoord:
            regels.append(f"    Antwoord: {b.antwoord}")
        if b.status not in ("voldaan", "beantwoord") and b.ernst != "info":
            regels.append(f"    Waarom: {b.betekenis}")
            if b.actie:
                regels.append(f"    Volgende stap ({_eigenaar(b, cat)}): {b.actie}")
    regels += ["", _conclusie(bevindingen)]
    return "\n".join(regels) + "\n"


def markdown(gemeente: str, bevindingen: list[Bevinding], cat: Catalogus) -> str:
    regels = [
        f"# Gereedheid van {ontsnap(gemeente)}",
        "",
        "| punt | team | status | ernst | waarom het ertoe doet | volgende stap | wie |",
        "|---|---|---|---|---|---|---|",
    ]
    for b in bevindingen:
        cellen = [
            f"{b.regel} {b.naam}",
            b.team or "",
            b.statuswoorden.kort,
            b.ernst,
            b.betekenis + (f" Antwoord: “{b.antwoord}”" if b.antwoord else ""),
            b.actie or "—",
            _eigenaar(b, cat) or "—",
        ]
        regels.append("| " + " | ".join(ontsnap(c) for c in cellen) + " |")
    regels += ["", _conclusie(bevindingen)]
    return "\n".join(regels) + "\n"


def als_json(gemeente: str, bevindingen: list[Bevinding], cat: Catalogus) -> str:
    data: dict[str, Any] = {
        "versie": 1,
        "gemeente": gemeente,
        "blokkeert": blokkeert(bevindingen),
        "bevindingen": [
            {**b.model_dump(mode="json"), "eigenaar_naam": _eigenaar(b, cat) or None}
            for b in bevindingen
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
