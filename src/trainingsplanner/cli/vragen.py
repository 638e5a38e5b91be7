"""Vragen in de terminal (rich), in het Nederlands en vergevingsgezind (`plan init --interactive`).

Rich antwoordt zelf in het Engels ("Please select one of the available options", "Please
enter a valid integer number") en let op hoofdletters. Deze vragen niet:

- een keuze mag in hoofdletters en mag worden afgekort als dat eenduidig is (`Ja`, `j`,
  `HOOG`); een onbekend antwoord krijgt de keuzes en een "Bedoelde u …?" en wordt opnieuw
  gevraagd;
- een getal mag met duizendtalpunten en euroteken (`€ 1.500`), niet als 1,5;
- een lijst van codes (opleidingen) neemt ook de naam (`BOA`, `Medewerker KCC`) en vraagt
  opnieuw bij een onbekende code;
- een lege standaardwaarde wordt niet als "()" getoond.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from rich.markup import escape
from rich.prompt import Confirm, InvalidResponse, PromptBase
from rich.text import Text

from trainingsplanner.profiel.model import of_lijst
from trainingsplanner.suggestie import bedoelde_u

_GETAL = re.compile(r"^(?:\d+|\d{1,3}(?:\.\d{3})+)(?:,0+)?$")
"""1500, 1.500, 1.500,00 (Nederlands geschreven): allemaal 1500."""


def kies(antwoord: str, keuzes: Sequence[str]) -> str | None:
    """De keuze die bij het antwoord hoort: hoofdletters tellen niet, een eenduidig begin telt."""
    klein = antwoord.strip().casefold()
    if not klein:
        return None
    for keuze in keuzes:
        if keuze.casefold() == klein:
            return keuze
    begin = [k for k in keuzes if k.casefold().startswith(klein)]
    return begin[0] if len(begin) == 1 else None


def _ongeldig(bericht: str) -> InvalidResponse:
    return InvalidResponse(f"[prompt.invalid]{escape(bericht)}")


class _Vraag(PromptBase[Any]):
    """Gemeenschappelijk: Nederlandse meldingen, geen "()" bij een lege standaardwaarde."""

    validate_error_message = "[prompt.invalid]Dat antwoord kan niet; probeer het opnieuw"
    illegal_choice_message = "[prompt.invalid.choice]Kies een van de mogelijkheden"

    def make_prompt(self, default: Any) -> Text:
        if default == "":
            default = ...
        return super().make_prompt(default)


class Tekstvraag(_Vraag):
    """Vrije tekst; `verplicht` weigert een leeg antwoord als er geen standaardwaarde is."""

    response_type = str

    def __init__(self, prompt: str, *, console: Any, verplicht: bool = False) -> None:
        super().__init__(prompt, console=console)
        self.verplicht = verplicht

    def process_response(self, value: str) -> str:
        if self.verplicht and not value.strip():
            raise _ongeldig("Vul iets in.")
        return value.strip()


class Keuzevraag(_Vraag):
    response_type = str

    def __init__(self, prompt: str, *, console: Any, keuzes: Sequence[str]) -> None:
        super().__init__(prompt, console=console, choices=list(keuzes))

    def process_response(self, value: str) -> str:
        keuzes = self.choices or []
        gekozen = kies(value, keuzes)
        if gekozen is None:
            hint = bedoelde_u(value.strip(), keuzes)
            raise _ongeldig(f"'{value.strip()}' kan niet; kies {of_lijst(keuzes)}.{hint}")
        return gekozen


class Getalvraag(_Vraag):
    """Een geheel getal binnen grenzen; `1.500` en `€ 1.500` zijn 1500."""

    response_type = int

    def __init__(self, prompt: str, *, console: Any, laag: int, hoog: int) -> None:
        super().__init__(prompt, console=console)
        self.laag, self.hoog = laag, hoog

    def process_response(self, value: str) -> int:
        tekst = value.strip().removeprefix("€").strip()
        if not _GETAL.match(tekst):
            raise _ongeldig(
                f"'{value.strip()}' is geen geheel getal; typ alleen cijfers, zoals 12."
            )
        getal = int(tekst.split(",")[0].replace(".", ""))
        if not self.laag <= getal <= self.hoog:
            raise _ongeldig(f"Kies een getal van {self.laag} tot en met {self.hoog}.")
        return getal


class Datumvraag(_Vraag):
    """Een datum als JJJJ-MM-DD; de standaardwaarde wordt zo getoond."""

    response_type = str

    def ask_datum(self, standaard: dt.date) -> dt.date:
        return dt.date.fromisoformat(self(default=standaard.isoformat()))

    def process_response(self, value: str) -> str:
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            raise _ongeldig("Dat is geen datum; schrijf bijvoorbeeld 2027-02-01.") from None


class Codesvraag(_Vraag):
    """Codes met komma's ertussen (opleidingen); ook de naam telt, hoofdletters niet."""

    response_type = str

    def __init__(self, prompt: str, *, console: Any, namen: Mapping[str, str], soort: str) -> None:
        super().__init__(prompt, console=console)
        self.namen, self.soort = namen, soort

    def process_response(self, value: str) -> list[str]:
        gekozen: list[str] = []
        for deel in re.split(r"[,;]", value):
            if not deel.strip():
                continue
            code = kies(deel, list(self.namen)) or next(
                (c for c, n in self.namen.items() if n.casefold() == deel.strip().casefold()),
                None,
            )
            if code is None:
                hint = bedoelde_u(deel.strip().lower(), self.namen)
                raise _ongeldig(f"Onbekende {self.soort} '{deel.strip()}'.{hint}")
            if code not in gekozen:
                gekozen.append(code)
        return gekozen


class JaNee(Confirm):
    """Ja/nee-vraag met j/n; ook Ja, NEE, y en no."""

    choices = ["j", "n"]
    validate_error_message = "[prompt.invalid]Antwoord j (ja) of n (nee)"

    def process_response(self, value: str) -> bool:
        antwoord = value.strip().lower()
        if antwoord in ("j", "ja", "y", "yes"):
            return True
        if antwoord in ("n", "nee", "no"):
            return False
        raise InvalidResponse(self.validate_error_message)

    def render_default(self, default: Any) -> Text:
        return Text(f"({'j' if default else 'n'})", "prompt.default")
