"""Wat `record`, `import`, `koppel` en `incidenten` op het scherm zeggen: gewone zinnen."""

from __future__ import annotations

from collections.abc import Sequence

from trainingsplanner.fouten import Probleem
from trainingsplanner.opmaak import aantal, datum, lijst
from trainingsplanner.uitvoering.gegevens import Sessie
from trainingsplanner.uitvoering.importeren import KOLOMMEN, Importverslag
from trainingsplanner.uitvoering.incidenten import Incidentwijziging
from trainingsplanner.uitvoering.koppelen import Koppeling, Teamkoppeling
from trainingsplanner.uitvoering.vastleggen import Wijziging
from trainingsplanner.uitvoering.waarden import cijfertekst

MAX_REGELS = 100
KOLOMMEN_BLAD = list(KOLOMMEN)


def sessie(s: Sessie, woord: str | None = None) -> str:
    """'gegeven op 12 april 2027, 15 aanwezig, evaluatie 7,8'; met het woord uit het blad
    voor 'niet doorgegaan': "geannuleerd ('nee': niet doorgegaan) op …"."""
    status = f"{s.status} ('{woord}': niet doorgegaan)" if woord else s.status
    voorzetsel = "naar" if s.status == "verplaatst" else "op"  # verplaatst náár de nieuwe dag
    delen = [f"{status} {voorzetsel} {datum(s.datum)}"]
    if s.aanwezig is not None:
        delen.append(f"{s.aanwezig} aanwezig")
    if s.evaluatie is not None:
        delen.append(f"evaluatie {cijfertekst(s.evaluatie)}")
    if s.opmerking:
        delen.append(f"opmerking: {s.opmerking}")
    return ", ".join(delen)


def wijziging(
    w: Wijziging, sessies: int, waarschuwingen: Sequence[Probleem] = (), woord: str | None = None
) -> str:
    """Eén regel voor `record` ('nee' met het woord erbij: `sessie`), en een regel 'Let op: …'
    per waarschuwing."""
    let_op = "".join(f"Let op: {p.tekst()}\n" for p in waarschuwingen)
    wat = f"{w.nieuw.onderdeel} sessie {w.nieuw.nummer} van {sessies}"
    if w.soort == "ongewijzigd":
        return (
            f"Ongewijzigd: {wat} staat al zo in de database ({sessie(w.nieuw, woord)}).\n" + let_op
        )
    was = f" (was: {sessie(w.oud)})" if w.oud is not None else ""
    soort = "Vastgelegd" if w.soort == "nieuw" else "Gewijzigd"
    return f"{soort}: {wat}: {sessie(w.nieuw, woord)}{was}.\n" + let_op


def importverslag(v: Importverslag, db: str) -> str:
    regels = [f"Import uit {v.bestand} in {db}:"]
    veranderd = [w for w in v.wijzigingen if w.soort != "ongewijzigd"]
    for w in veranderd[:MAX_REGELS]:
        was = f" (was: {sessie(w.oud)})" if w.oud is not None else ""
        nieuw = sessie(w.nieuw, v.woorden.get((w.nieuw.onderdeel, w.nieuw.nummer)))
        regels.append(f"  {w.soort:<10} {w.nieuw.onderdeel} sessie {w.nieuw.nummer}: {nieuw}{was}")
    if len(veranderd) > MAX_REGELS:
        regels.append(f"  … en nog {len(veranderd) - MAX_REGELS} wijzigingen")
    if v.genegeerd:
        regels.append(f"Genegeerd (geen kolom van het blad Sessies): {', '.join(v.genegeerd)}.")
    regels += _let_op(v, veranderd)
    if not v.wijzigingen:
        regels.append("Geen ingevulde rijen: er is niets vastgelegd.")
    elif not veranderd:
        regels.append(
            f"Geen wijzigingen: {aantal(len(v.wijzigingen), 'ingevulde rij staat', 'ingevulde rijen staan')} al zo in de database."
        )
    samen = f"Samen: {v.aantal('nieuw')} nieuw, {v.aantal('gewijzigd')} gewijzigd, {v.aantal('ongewijzigd')} ongewijzigd"
    if v.niet_ingevuld:
        samen += (
            f"; {aantal(v.niet_ingevuld, 'rij', 'rijen')} zonder 'gegeven' (nog niet bijgehouden)"
        )
    regels.append(samen + ".")
    if not v.bewaard:
        regels.append("--dry-run: de database is niet aangepast.")
    return "\n".join(regels) + "\n"


def _let_op(v: Importverslag, veranderd: list[Wijziging]) -> list[str]:
    """Wat de coördinator anders kan bedoelen: 'nee' als 'nog niet', of een datum zonder 'gegeven'."""
    regels = [f"Let op: {w.tekst()}" for w in sorted(v.waarschuwingen)[:MAX_REGELS]]
    if len(v.waarschuwingen) > MAX_REGELS:
        regels.append(f"  … en nog {len(v.waarschuwingen) - MAX_REGELS} waarschuwingen")
    if v.ontbrekend:
        kolommen = lijst(KOLOMMEN_BLAD)
        enkel = len(v.ontbrekend) == 1
        regels.append(
            f"Let op: kolom {lijst(v.ontbrekend)} {'ontbreekt' if enkel else 'ontbreken'}; "
            "wat daarvan al vastgelegd is, blijft staan. De kolommen van het blad Sessies "
            f"zijn {kolommen}."
        )
    nee = [w for w in veranderd if (w.nieuw.onderdeel, w.nieuw.nummer) in v.woorden]
    if nee:
        woorden = " of ".join(
            sorted({f"'{v.woorden[(w.nieuw.onderdeel, w.nieuw.nummer)]}'" for w in nee})
        )
        regels.append(
            f"Let op: {woorden} betekent niet doorgegaan; "
            f"{aantal(len(nee), 'sessie is', 'sessies zijn')} als geannuleerd vastgelegd. "
            "Moet een sessie nog komen, laat 'gegeven' dan leeg."
        )
    if v.zonder_gegeven:
        rijen = lijst([str(r) for r in v.zonder_gegeven[:MAX_REGELS]])
        meer = (
            f" (en nog {len(v.zonder_gegeven) - MAX_REGELS})"
            if len(v.zonder_gegeven) > MAX_REGELS
            else ""
        )
        regels.append(
            f"Niet vastgelegd: rij {rijen}{meer} {'heeft' if len(v.zonder_gegeven) == 1 else 'hebben'} "
            "een datum of opmerking maar 'gegeven' is leeg. Een sessie die nog moet komen "
            "blijft zo; is ze gegeven of niet doorgegaan, vul dan ja of nee in."
        )
    return regels


def incidenten(
    wijzigingen: Sequence[Incidentwijziging], db: str, *, bewaard: bool, samen: bool
) -> str:
    """Voor `incidenten record` (één regel) en `incidenten import` (wijzigingen en een som)."""
    regels = []
    for w in wijzigingen:
        if w.soort == "ongewijzigd" and samen:
            continue
        meldingen = aantal(w.nieuw.aantal, "GIR-melding", "GIR-meldingen")
        was = f" (was {w.oud})" if w.soort == "gewijzigd" else ""
        woord = _WOORD if bewaard else _DROOG
        regels.append(f"{woord[w.soort]}: {w.nieuw.team}, {w.nieuw.kwartaal}: {meldingen}{was}.")
    if samen:
        tel = {s: sum(1 for w in wijzigingen if w.soort == s) for s in _SOORTEN}
        regels.append(
            f"Samen: {tel['nieuw']} nieuw, {tel['gewijzigd']} gewijzigd, "
            f"{tel['ongewijzigd']} ongewijzigd."
        )
    regels.append(f"Database: {db}" + ("" if bewaard else " (--dry-run: niet aangepast)"))
    return "\n".join(regels) + "\n"


_SOORTEN = ("nieuw", "gewijzigd", "ongewijzigd")
_WOORD = {"nieuw": "Vastgelegd", "gewijzigd": "Gewijzigd", "ongewijzigd": "Ongewijzigd"}
_DROOG = {"nieuw": "Zou vastleggen", "gewijzigd": "Zou wijzigen", "ongewijzigd": "Ongewijzigd"}
"""Met --dry-run: wat er zou gebeuren."""


def teamkoppeling(k: Teamkoppeling, db: str) -> str:
    kwartalen = aantal(k.kwartalen, "kwartaal", "kwartalen")
    regels = [
        f"De GIR-meldingen van team '{k.oud}' ({kwartalen}) staan nu bij team '{k.nieuw}' ({db})."
    ]
    for a in k.vervallen:
        regels.append(f"Vervallen (--voorrang): team '{a.team}' {a.kwartaal}: {a.aantal}.")
    return "\n".join(regels) + "\n"


def koppeling(k: Koppeling, db: str, gemeente: str) -> str:
    regels = [
        f"{aantal(k.verplaatst, 'registratie', 'registraties')} van {k.oud} "
        f"{'staat' if k.verplaatst == 1 else 'staan'} nu bij {k.nieuw} ({db})."
    ]
    for s in k.vervallen:
        regels.append(f"Vervallen (--voorrang): {s.onderdeel} sessie {s.nummer}: {sessie(s)}.")
    if k.buiten:
        nummers = ", ".join(map(str, k.buiten))
        regels.append(
            f"Let op: sessie {nummers} valt buiten de sessies van {k.nieuw}; "
            "plan uitvoering status meldt ze apart."
        )
    if k.herplanning:
        regels.append(
            "De laatste herplanning rekende nog zonder deze registraties: herplan opnieuw "
            f"(plan generate {gemeente} --uitvoering), dan tellen status en report weer met "
            "de juiste datums."
        )
    return "\n".join(regels) + "\n"
