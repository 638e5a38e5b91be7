"""De README: opdrachtenlijst gelijk aan de echte --help, links binnen de repository, vaste opening.

De opdrachtenlijst wordt gemaakt door `python -m trainingsplanner.cli.hulpdocs`; met
`make golden` (pytest --update-golden) schrijft deze test hem bij.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import REPO
from trainingsplanner.cli import hulpdocs

README = REPO / "README.md"
DOCS = sorted((REPO / "docs").glob("*.md"))

OPENING = """\
# trainingsplanner

```sh
make demo   # maakt .venv, installeert alles en draait de planner op het meegeleverde voorbeeld
make test   # maakt .venv, installeert alles en draait ruff, mypy --strict en pytest
```
"""


def test_opdrachtenlijst_gelijk_aan_de_echte_hulp(update_golden: bool) -> None:
    tekst = README.read_text(encoding="utf-8")
    verwacht = hulpdocs.werk_bij(tekst)
    if update_golden and verwacht != tekst:
        README.write_text(verwacht, encoding="utf-8")
    assert tekst == verwacht or update_golden, (
        "de opdrachtenlijst in README.md is verouderd; draai: "
        ".venv/bin/python -m trainingsplanner.cli.hulpdocs (of make golden)"
    )


def test_opdrachtenlijst_heeft_elke_opdracht_en_de_snelle_hulp() -> None:
    from trainingsplanner.cli.hulptekst import HULP

    blok = hulpdocs.blok()
    assert f"### `plan`\n\n```text\n{HULP}```" in blok
    for opdracht in ("validate", "generate", "catalogus toon", "leerdoelwijzer import"):
        assert f"### `plan {opdracht}`\n\n```text\nGebruik: plan {opdracht} " in blok


def test_readme_begint_met_de_twee_make_opdrachten() -> None:
    assert README.read_text(encoding="utf-8").startswith(OPENING)


_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_VERWIJZING = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s.*)?$", re.MULTILINE)
_HTML = re.compile(r"""(?:href|src)\s*=\s*["']([^"']+)["']""")
_CODEBLOK = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
_CODE = re.compile(r"`([^`\n]+)`")


def _links(tekst: str) -> list[str]:
    zonder_code = _CODEBLOK.sub("", tekst)
    zonder_code = _CODE.sub("", zonder_code)
    return [
        *_LINK.findall(zonder_code),
        *_VERWIJZING.findall(zonder_code),
        *_HTML.findall(zonder_code),
    ]


@pytest.mark.parametrize("bestand", [README, *DOCS], ids=lambda p: p.name)
def test_links_wijzen_naar_bestanden_in_de_repository(bestand: Path) -> None:
    tekst = bestand.read_text(encoding="utf-8")
    fout = []
    for link in _links(tekst):
        if link.startswith("#"):
            continue
        if re.match(r"^[a-z][a-z0-9+.-]*:", link):
            fout.append(f"{link}: alleen links binnen de repository")
            continue
        doel = (bestand.parent / link.split("#")[0]).resolve()
        if not doel.is_relative_to(REPO):
            fout.append(f"{link}: wijst buiten de repository")
        elif not doel.exists():
            fout.append(f"{link}: bestaat niet")
    assert fout == []


@pytest.mark.parametrize("bestand", [README, *DOCS], ids=lambda p: p.name)
def test_genoemde_paden_liggen_in_de_repository(bestand: Path) -> None:
    """Ook een pad in `code` wijst niet naar iets buiten de repository (zoals ../shared/spec)."""
    tekst = _CODEBLOK.sub("", bestand.read_text(encoding="utf-8"))
    buiten = [
        pad
        for pad in _CODE.findall(tekst)
        if "../" in pad and not (bestand.parent / pad.split()[0]).resolve().is_relative_to(REPO)
    ]
    assert buiten == []


def test_de_linkzoeker_vindt_links() -> None:
    """De tests hierboven kunnen falen: gewone links, afbeeldingen, verwijzingen en html tellen."""
    tekst = (
        "[a](docs/x.md) ![b](../buiten.png) `[c](code.md)`\n[d]: https://x.nl\n"
        '<img src="y.png">\n```\n[e](blok.md)\n```\n'
    )
    assert _links(tekst) == ["docs/x.md", "../buiten.png", "https://x.nl", "y.png"]


def test_het_json_contract_noemt_elk_veld_van_het_schema() -> None:
    """docs/programma-json.md beschrijft elk veld dat `plan generate --format json` kan geven."""
    from trainingsplanner.schemas import programma_schema

    schema = programma_schema()
    velden = set(schema["properties"])
    for definitie in schema["$defs"].values():
        velden |= set(definitie.get("properties", {}))
    tekst = (REPO / "docs" / "programma-json.md").read_text(encoding="utf-8")
    assert sorted(v for v in velden if f"`{v}`" not in tekst) == []
