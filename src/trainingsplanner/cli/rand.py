"""De rand van de opdrachtregel: de enige plek die fouten meldt en de exit code ervan kiest.

Exit codes: 0 in orde; 1 bevindingen (een randvoorwaarde blokkeert); 2 onbruikbare invoer of
een verkeerde opdracht; 3 een interne fout, dus een fout in `plan` zelf.

- Een `InvoerFout` loopt van de bibliotheek ongehinderd naar `PlanGroep.invoke` en wordt
  daar gemeld: elk probleem als `bestand:regel:kolom: veld: melding`, dan één slotregel,
  exit 2. Een opdracht zegt hooguit waarover de fout gaat (`over("de catalogus")`).
- Een onverwachte fout wordt in `main` (cli/ingang.py) één Nederlandse regel met exit 3
  (`interne_fout`); `PLAN_DEBUG=1` toont ook de traceback. Een fout in de opdrachtregel zelf
  (tikfout, ontbrekende optie) vertaalt clickfouten.py, met exit 2.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import typer

from trainingsplanner.cli.nederlands import NederlandseGroep
from trainingsplanner.fouten import ALGEMEEN, InvoerFout

INTERNE_FOUT = (
    "interne fout in plan — meld dit, met het profiel en de opdracht (PLAN_DEBUG=1 toont details)"
)
_ALS_JSON = "trainingsplanner.fouten_als_json"


class PlanGroep(NederlandseGroep):
    """De opdracht `plan`: elke opdracht eronder draait binnen `invoke`, dus ook elke invoerfout."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except InvoerFout as fout:
            raise typer.Exit(meld(fout, als_json=bool(ctx.meta.get(_ALS_JSON)))) from None


def meld(fout: InvoerFout, *, als_json: bool = False) -> int:
    """Meld een invoerfout (alle problemen en een slotregel) en geef de exit code: 2.

    Werkt stdout zelf niet, dan gaat ook een JSON-melding daar niet heen; een gesloten pijp
    (`plan … | head`) is geen fout en krijgt geen melding (exit 0).
    """
    from trainingsplanner.cli.uitvoer import UitvoerFout

    if isinstance(fout, UitvoerFout):
        if fout.gesloten:
            return 0
        if fout.gemeld:
            return 2
        fout.gemeld = True
        als_json = False
    _meld(fout, als_json=als_json)
    return 2


def _meld(fout: InvoerFout, *, als_json: bool) -> None:
    from trainingsplanner.cli.uitvoer import print_json, print_problemen

    if als_json:
        print_json({"geldig": False, "problemen": [p.als_dict() for p in fout.problemen]})
    else:
        print_problemen(fout.problemen, fout.onderwerp)


@contextmanager
def over(onderwerp: str) -> Iterator[None]:
    """Invoerfouten hierbinnen gaan over `onderwerp` ('3 problemen gevonden in de catalogus').

    De fout wordt niet gemeld, alleen benoemd; melden doet `PlanGroep`. Een fout die al een
    eigen onderwerp heeft (een binnenste `over`, of bij het werpen gegeven), houdt dat.
    """
    try:
        yield
    except InvoerFout as fout:
        if fout.onderwerp == ALGEMEEN:
            fout.onderwerp = onderwerp
        raise


def fouten_als_json(ctx: typer.Context) -> None:
    """De lopende opdracht meldt invoerfouten als JSON op stdout, voor andere programma's."""
    ctx.meta[_ALS_JSON] = True


def interne_fout(fout: BaseException) -> int:
    """Een fout die niet had mogen gebeuren: één regel voor de gebruiker, details op verzoek."""
    if os.environ.get("PLAN_DEBUG", "") not in ("", "0"):
        traceback.print_exception(fout)
    sys.stderr.write(f"{INTERNE_FOUT}\n")
    return 3
