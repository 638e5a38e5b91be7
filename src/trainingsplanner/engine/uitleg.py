"""`plan explain`: waarom een onderdeel in het programma staat, of wat een regel hier doet."""

from __future__ import annotations

import re
from dataclasses import dataclass

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.engine.regels import toepassers
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.opmaak import aantal
from trainingsplanner.programma import Programma
from trainingsplanner.suggestie import bedoelde_u
from trainingsplanner.typen import REGELCODE

_ALLEEN_REGELCODE = re.compile(rf"^{REGELCODE}$")


@dataclass(frozen=True)
class Uitleg:
    titel: str
    regels: list[str]


def leg_uit(programma: Programma, cat: Catalogus, code: str) -> Uitleg:
    if _ALLEEN_REGELCODE.match(code):
        return _regel(programma, cat, code)
    onderdeel = programma.onderdeel(code)
    if onderdeel is None:
        hint = bedoelde_u(code, [o.id for o in programma.onderdelen])
        bericht = f"'{code}' is geen onderdeel of regelcode in dit programma.{hint}".rstrip(".")
        raise InvoerFout([Probleem("ID", 0, 0, "", bericht)])
    titels = {o.id: o.titel for o in programma.onderdelen}
    omvang = (
        f"{aantal(onderdeel.deelnemers, 'deelnemer', 'deelnemers')} in "
        f"{aantal(onderdeel.sessies, 'sessie', 'sessies')}"
        if onderdeel.deelnemers
        else "een besluit of instemming, geen sessie die het programma telt"
    )
    regels = [
        f"Stap {onderdeel.stap}, {onderdeel.start.isoformat()} tot {onderdeel.eind.isoformat()}; "
        f"{omvang}; {onderdeel.leervorm}.",
    ]
    if onderdeel.elementen:
        namen = [cat.elementen[e].naam for e in onderdeel.elementen if e in cat.elementen]
        regels.append("Elementen: " + "; ".join(namen))
    for afgedekt in onderdeel.afgedekt:
        regels.append(
            f"Al afgedekt: {cat.elementen[afgedekt.element].naam} (opleiding {afgedekt.opleiding_naam})"
        )
    if onderdeel.na:
        regels.append("Begint na: " + "; ".join(titels.get(n, n) for n in onderdeel.na))
    if onderdeel.aanname:
        regels.append("Aanname planner: een getal hierin geeft de handreiking niet (zie D6).")
    regels.append("Waarom:")
    regels.extend(f"  {reden}" for reden in onderdeel.waarom)
    return Uitleg(f"{onderdeel.id}: {onderdeel.titel}", regels)


def _regel(programma: Programma, cat: Catalogus, code: str) -> Uitleg:
    regel = cat.regels.get(code)
    if regel is None:
        hint = bedoelde_u(code, cat.regels)
        raise InvoerFout([Probleem("ID", 0, 0, "", f"onbekende regel '{code}'.{hint}".rstrip("."))])
    patroon = re.compile(rf"(?<![\w.]){re.escape(code)}(?!\d)")
    regels = [f"{regel.samenvatting} ({regel.sectie})"]
    door = [g.naam for g in toepassers(code)]
    if any(code in eis.bron for eis in cat.stappenplan.volgorde):
        door.append("de volgorde-eisen in stappenplan.yaml")
    if door:
        regels.append("Toegepast door: " + ", ".join(door) + ".")
    geraakt = [o for o in programma.onderdelen if any(patroon.search(w) for w in o.waarom)]
    signalen = [w for w in programma.waarschuwingen if w.regel == code]
    if not geraakt and not signalen:
        regels.append("Deze regel heeft geen effect op dit profiel.")
        return Uitleg(f"Regel {code}", regels)
    if geraakt:
        woord = "onderdeel" if len(geraakt) == 1 else "onderdelen"
        regels.append(f"Effect op dit programma: {len(geraakt)} {woord}.")
        for onderdeel in geraakt:
            redenen = [w for w in onderdeel.waarom if patroon.search(w)]
            regels.append(f"- {onderdeel.id} ({onderdeel.start.isoformat()}): {onderdeel.titel}")
            regels.extend(f"    {reden}" for reden in redenen)
    for signaal in signalen:
        regels.append(f"Aandachtspunt ({signaal.ernst}): {signaal.bericht}")
    return Uitleg(f"Regel {code}", regels)
