"""De indicatoren van het programma gemeten in een jaar (R4.1): wat het jaarverslag toont.

Elke indicator heeft meetpunten (organisatie of team) met de onderdelen die meetellen
(`Programma.indicatoren`, catalogus `data/indicatoren.yaml`). Gemeten wordt uit wat is
vastgelegd, tot en met het einde van het jaar (of vandaag, als dat eerder is):
- aandeel: de aanwezigen bij gegeven sessies, gedeeld door de geplande deelnemers;
- aantal: de gegeven sessies, tegen wat tot dan gepland was;
- cijfer: het gemiddelde evaluatiecijfer van de gegeven sessies in het jaar;
- meldingen: de GIR-meldingen van het jaar tegen het jaar ervoor (de trend telt, R4.1).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from trainingsplanner.opmaak import datum
from trainingsplanner.uitvoering.document import Alinea, Sectie, Tabel
from trainingsplanner.uitvoering.gegevens import Sessie
from trainingsplanner.uitvoering.jaarcijfers import (
    Invoer,
    kwartalen_in,
    meldingen,
    som_jaar,
    vorig_jaar,
)
from trainingsplanner.uitvoering.plan import Deel, Meetregel
from trainingsplanner.uitvoering.waarden import cijfertekst


@dataclass(frozen=True)
class Meting:
    naam: str
    voor: str
    streef: str
    gemeten: str


def meet(inv: Invoer) -> list[Meting]:
    """Een meting per meetpunt, in de volgorde van het programma (stap, indicator, team)."""
    gir = meldingen(inv)
    delen = {d.id: d for d in inv.plan.delen}
    uit: list[Meting] = []
    for r in inv.plan.indicatoren:
        voor = r.team or "hele organisatie"
        if r.maat == "meldingen":
            streef, gemeten = "minder dan vorig jaar", _meldingen(gir.get(r.team or "", {}), inv)
        elif r.maat == "aandeel":
            streef, gemeten = _procent(r.streef), _aandeel(r, inv)
        elif r.maat == "cijfer":
            streef = "–" if r.streef is None else f"{cijfertekst(r.streef)} of hoger"
            gemeten = _cijfer(r, inv)
        else:
            streef, gemeten = _aantal(r, inv, delen)
        uit.append(Meting(r.naam, voor, streef, gemeten))
    return uit


def _gegeven(r: Meetregel, inv: Invoer, *, alleen_jaar: bool = False) -> list[Sessie]:
    """Elke gegeven sessie van de onderdelen van de meetregel tot het peil (of in het jaar)."""
    uit = []
    for code in r.onderdelen:
        for s in inv.sessies.get(code, []):
            if s.status != "gegeven" or s.datum > inv.peil:
                continue
            if alleen_jaar and s.datum.year != inv.jaar:
                continue
            uit.append(s)
    return uit


def _aandeel(r: Meetregel, inv: Invoer) -> str:
    if not r.basis:
        return "–"
    aanwezig = sum(s.aanwezig or 0 for s in _gegeven(r, inv))
    return f"{min(aanwezig, r.basis)} van {r.basis} ({_procent(min(1.0, aanwezig / r.basis))})"


def _aantal(r: Meetregel, inv: Invoer, delen: Mapping[str, Deel]) -> tuple[str, str]:
    gepland = sum(
        1 for code in r.onderdelen if code in delen for d in delen[code].datums if d <= inv.peil
    )
    return f"{gepland} gepland tot en met {datum(inv.peil)}", str(len(_gegeven(r, inv)))


def _cijfer(r: Meetregel, inv: Invoer) -> str:
    cijfers = [s.evaluatie for s in _gegeven(r, inv, alleen_jaar=True) if s.evaluatie is not None]
    if not cijfers:
        return "nog geen evaluatie"
    return f"{cijfertekst(sum(cijfers) / len(cijfers))} (uit {len(cijfers)})"


def _meldingen(per_kwartaal: dict[str, int], inv: Invoer) -> str:
    nu, vorig = som_jaar(per_kwartaal, inv.jaar), som_jaar(per_kwartaal, inv.jaar - 1)
    if nu is None:
        return "niet vastgelegd"
    kwartalen, vorige = (kwartalen_in(per_kwartaal, j) for j in (inv.jaar, inv.jaar - 1))
    return f"{nu} ({vorig_jaar(vorig, kwartalen, vorige, inv.jaar)})"


def _procent(waarde: float | None) -> str:
    return "–" if waarde is None else f"{round(100 * waarde)}%"


def hoofdstuk(inv: Invoer) -> Sectie | None:
    """Het hoofdstuk Indicatoren van het jaarverslag; None als het programma er geen heeft."""
    metingen = meet(inv)
    if not metingen:
        return None
    uitleg = Alinea(
        f"Wat het programma meet om te zien of de doelen worden bereikt (R4.1), gemeten uit wat "
        f"is vastgelegd tot en met {datum(inv.peil)}. Aandeel en aantal tellen over de hele "
        f"looptijd tot dan, het cijfer over {inv.jaar}, de GIR-meldingen {inv.jaar} tegen "
        f"{inv.jaar - 1}."
    )
    rijen = [[m.naam, m.voor, m.streef, m.gemeten] for m in metingen]
    tabel = Tabel(["Indicator", "Voor", "Streefwaarde", "Gemeten"], rijen)
    return Sectie("Indicatoren", [uitleg, tabel])
