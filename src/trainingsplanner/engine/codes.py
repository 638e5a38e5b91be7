"""Stabiele codes voor onderdelen: dezelfde invoer geeft altijd dezelfde id's."""

from __future__ import annotations

import re
import unicodedata


def slug(tekst: str) -> str:
    """Een teamnaam als code: kleine ASCII-letters en cijfers met streepjes (`A | B` → `a-b`)."""
    zonder_accent = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode("ascii")
    code = re.sub(r"[^a-z0-9]+", "-", zonder_accent.lower()).strip("-")
    return code[:60].strip("-") or "team"


def unieke_slugs(namen: list[str]) -> list[str]:
    """Een code per naam; botsende codes krijgen -2, -3, … in volgorde van voorkomen."""
    gezien: dict[str, int] = {}
    uit: list[str] = []
    for naam in namen:
        basis = slug(naam)
        code = basis
        while code in gezien:
            gezien[basis] += 1
            code = f"{basis}-{gezien[basis]}"
        gezien[code] = 1
        uit.append(code)
    return uit
