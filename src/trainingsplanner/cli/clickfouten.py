"""Nederlandse meldingen voor fouten in de opdrachtregel zelf (ontbrekende optie, tikfout).

Typer/click melden zulke fouten in het Engels. `plan` vangt ze in `cli/rand.py:main` op en zegt
hetzelfde in gewone Nederlandse woorden, met exit code 2.
"""

from __future__ import annotations

import re

_VERTALINGEN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(patroon), vervanging)
    for patroon, vervanging in (
        (r"^Missing option '(?P<a>[^']+)'.*", "de optie {a} ontbreekt"),
        (r"^Missing argument '(?P<a>[^']+)'.*", "het argument {a} ontbreekt"),
        (r"^No such command '(?P<a>[^']+)'.*", "onbekende opdracht '{a}'"),
        (
            r"^No such option: (?P<a>\S+?)\.?(?: \(Possible options: (?P<c>.*)\)| Did you mean (?P<b>\S+?)\?)?$",
            "onbekende optie {a}",
        ),
        (r"^Option '(?P<a>[^']+)' requires an argument\.", "de optie {a} heeft een waarde nodig"),
        (
            r"^Got unexpected extra argument(?:s|\(s\))? \((?P<a>.*)\)",
            "onverwacht extra argument: {a}",
        ),
        (r"^Missing parameter: (?P<a>\S+)", "de waarde {a} ontbreekt"),
        (r"^Missing command\.", "geef een opdracht"),
        (r"^Invalid value for '(?P<a>[^']+)': (?P<b>.*)$", "ongeldige waarde voor {a}: {b}"),
        (r"^Option '(?P<a>[^']+)' does not take a value\.", "de optie {a} neemt geen waarde"),
    )
)

_WAARDE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(patroon), vervanging)
    for patroon, vervanging in (
        (
            r"^(?:Value error, )?(?P<a>'[^']*') is not one of (?P<b>.*)\.$",
            "{a} kan niet; kies uit {b}",
        ),
        (r"^(?P<a>'[^']*') is not a valid integer\.?$", "{a} is geen geheel getal"),
        # typer controleert waarden met pydantic; dit zijn diens meldingen
        (r"^Input should be a valid number.*$", "dit is geen getal (schrijf bijvoorbeeld 0.3)"),
        (r"^Input should be a valid integer.*$", "dit is geen geheel getal"),
        (r"^Input should be a finite number.*$", "moet een gewoon getal zijn"),
        (r"^Input should be less than or equal to (?P<a>\S+?)\.?$", "mag hoogstens {a} zijn"),
        (r"^Input should be greater than or equal to (?P<a>\S+?)\.?$", "moet minstens {a} zijn"),
        (r"^Input should be less than (?P<a>\S+?)\.?$", "moet kleiner zijn dan {a}"),
        (r"^Input should be greater than (?P<a>\S+?)\.?$", "moet groter zijn dan {a}"),
        (r"^Value (?P<a>'[^']*') is not a valid \w+\.$", "{a} is geen geldige waarde"),
        (r"^(?:Value error, )?(?P<a>.*)$", "{a}"),
    )
)


def vertaal(bericht: str) -> str:
    """Engelse foutmelding van typer/click → Nederlandse zin (of de oorspronkelijke tekst)."""
    for patroon, vervanging in _VERTALINGEN:
        gevonden = patroon.match(bericht)
        if gevonden:
            delen = {k: v or "" for k, v in gevonden.groupdict().items()}
            if "b" in delen and vervanging.endswith("{b}"):
                delen["b"] = _waarde(delen["b"])
            tekst = vervanging.format(**delen)
            if delen.get("c"):
                tekst += f". Bedoelde u {delen['c'].replace(', ', ' of ')}?"
            elif delen.get("b") and "Did you mean" in bericht:
                tekst += f". Bedoelde u {delen['b']}?"
            return tekst
    return bericht


def _waarde(tekst: str) -> str:
    for patroon, vervanging in _WAARDE:
        gevonden = patroon.match(tekst)
        if gevonden:
            return vervanging.format(**gevonden.groupdict())
    return tekst  # pragma: no cover - het laatste patroon past altijd
