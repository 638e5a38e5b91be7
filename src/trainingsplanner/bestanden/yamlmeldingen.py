"""De meldingen van de YAML-lezers (libyaml en PyYAML) in het Nederlands, en hoe getallen
die Nederlanders met een punt schrijven worden herkend.

Nooit gaat Engels naar de gebruiker: een onbekende melding wordt een algemene Nederlandse zin.
"""

from __future__ import annotations

import re

MAX_DIEPTE = 64
"""Diepste nesting; geen catalogus of profiel komt in de buurt."""


_INSPRINGING = "de inspringing klopt niet; lijn de sleutels en lijstpunten uit met spaties"
_VERTALINGEN: tuple[tuple[str, str], ...] = (
    # Zowel de meldingen van libyaml (C) als die van PyYAML; nooit Engels naar de gebruiker.
    ("tab character", "tabs zijn niet toegestaan; spring in met spaties"),
    ("found character '\\t'", "tabs zijn niet toegestaan; spring in met spaties"),
    (
        "mapping values are not allowed",
        "hier mag geen dubbele punt staan; zet tekst met ': ' tussen aanhalingstekens",
    ),
    ("could not find expected ':'", "verwacht 'sleutel: waarde'; controleer de dubbele punt"),
    ("did not find expected key", _INSPRINGING),
    ("did not find expected '-'", "de inspringing klopt niet; lijn de lijstpunten uit"),
    ("expected <block end>", _INSPRINGING),
    ("invalid indentation", _INSPRINGING),
    (
        "sequence entries are not allowed",
        "hier mag geen lijstpunt ('- ') staan; controleer de inspringing",
    ),
    ("mapping keys are not allowed", "hier mag geen sleutel staan; controleer de inspringing"),
    ("found unexpected end of stream", "een aanhalingsteken of haakje is niet gesloten"),
    (
        "unknown escape character",
        "onbekend escapeteken (\\) in tekst tussen dubbele aanhalingstekens",
    ),
    (
        "invalid unicode character escape",
        "ongeldige \\u- of \\U-code in tekst tussen dubbele aanhalingstekens",
    ),
    (
        "hexdecimal",  # zo gespeld door libyaml
        "ongeldige \\x-, \\u- of \\U-code in tekst tussen dubbele aanhalingstekens",
    ),
    (
        "hexadecimal",
        "ongeldige \\x-, \\u- of \\U-code in tekst tussen dubbele aanhalingstekens",
    ),
    ("expected a single document", "het bestand mag maar één YAML-document bevatten (geen ---)"),
    ("another document", "het bestand mag maar één YAML-document bevatten (geen ---)"),
    ("document separator", "het bestand mag maar één YAML-document bevatten (geen --- of ...)"),
    ("document indicator", "het bestand mag maar één YAML-document bevatten (geen --- of ...)"),
    ("document start", "het bestand mag maar één YAML-document bevatten (geen ---)"),
    ("undefined tag handle", "onbekende tag; haal het !-teken weg"),
    ("non-specific tag", "onbekende tag; haal het !-teken weg"),
    ("yaml directive", "een %YAML-regel is hier niet toegestaan; haal hem weg"),
    ("incompatible yaml document", "een %YAML-regel is hier niet toegestaan; haal hem weg"),
    ("found unexpected ':'", "hier mag geen dubbele punt staan"),
    ("expected ',' or ']'", "een lijst tussen [ ] is niet goed gesloten of mist een komma"),
    ("expected ',' or '}'", "een blok tussen { } is niet goed gesloten of mist een komma"),
    ("node content", "hier ontbreekt een waarde; controleer de inspringing en de leestekens"),
    (
        "cannot start any token",
        "dit teken kan hier niet staan; zet de tekst tussen aanhalingstekens",
    ),
    (
        "comment or a line break",
        "na de waarde staat nog iets; zet de tekst tussen aanhalingstekens",
    ),
    ("comment or line break", "na de waarde staat nog iets; zet de tekst tussen aanhalingstekens"),
    (
        "indentation indicator",
        "de |- of >-notatie klopt niet; schrijf de tekst tussen aanhalingstekens",
    ),
    ("chomping", "de |- of >-notatie klopt niet; schrijf de tekst tussen aanhalingstekens"),
    (
        "alphabetic or numeric",
        "een & of * (anker of alias) is niet toegestaan; zet de tekst tussen aanhalingstekens",
    ),
    ("control characters", "onzichtbare stuurtekens zijn niet toegestaan; verwijder ze"),
    ("utf-8 octet", "tekst is geen geldige UTF-8; sla het bestand op als UTF-8"),
    ("uri", "een tag (!) is niet toegestaan; haal het !-teken weg"),
    (
        "exceeded maximum nesting depth",
        f"het bestand is te diep genest (meer dan {MAX_DIEPTE} niveaus)",
    ),
)
ONBEKENDE_OPBOUW = (
    "de YAML-opbouw klopt hier niet; controleer de inspringing, dubbele punten en aanhalingstekens"
)


def vertaal(probleem: str | None) -> str:
    tekst = (probleem or "").lower()
    for engels, nederlands in _VERTALINGEN:
        if engels.lower() in tekst:
            return nederlands
    return ONBEKENDE_OPBOUW


def inspringing_wijkt_af(tekst: str, regelindex: int) -> int | None:
    """Springt deze 'sleutel: waarde'-regel anders in dan zijn voorganger? Het verschil in spaties.

    Eén spatie te veel voor `functiegroep:` geeft bij YAML "hier mag geen dubbele punt staan";
    de werkelijke fout is de inspringing, dus die wordt genoemd.
    """
    regels = tekst.splitlines()
    if not 0 < regelindex < len(regels):
        return None
    regel = regels[regelindex]
    inspringing = len(regel) - len(regel.lstrip(" "))
    if not re.match(r"\s*[\w\-\"']+\s*:(\s|$)", regel):
        return None
    for vorige in reversed(regels[:regelindex]):
        kaal = vorige.strip()
        if not kaal or kaal.startswith("#"):
            continue
        vorige_inspringing = len(vorige) - len(vorige.lstrip(" "))
        if kaal.startswith("- "):
            vorige_inspringing += 2
        verschil = inspringing - vorige_inspringing
        return verschil if verschil > 0 and not kaal.endswith(":") else None
    return None


def als_duizendtallen(tekst: str) -> int | None:
    """`1.500` → 1500 als de tekst Nederlandse duizendtallen lijkt (1 tot 3 cijfers, dan groepjes
    van drie na een punt); anders None. Zo'n getal leest YAML als 1,5."""
    if re.fullmatch(r"[1-9]\d{0,2}(?:\.\d{3})+", tekst):
        return int(tekst.replace(".", ""))
    return None
