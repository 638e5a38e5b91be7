"""Fouten in de opdrachtregel zelf krijgen een Nederlandse melding en exit code 2."""

from __future__ import annotations

import subprocess
import sys

import pytest

from trainingsplanner.cli.clickfouten import vertaal


@pytest.mark.parametrize(
    ("engels", "nederlands"),
    [
        ("Missing option '--gemeente'.", "de optie --gemeente ontbreekt"),
        ("Missing argument 'ID'.", "het argument ID ontbreekt"),
        ("No such command 'genrate'.", "onbekende opdracht 'genrate'"),
        (
            "No such option: --gemeent (Possible options: --gemeente)",
            "onbekende optie --gemeent. Bedoelde u --gemeente?",
        ),
        (
            "Invalid value for '--format': Value error, 'pdf' is not one of 'md', 'json'.",
            "ongeldige waarde voor --format: 'pdf' kan niet; kies uit 'md', 'json'",
        ),
        ("Option '--out' requires an argument.", "de optie --out heeft een waarde nodig"),
        ("Got unexpected extra argument (x)", "onverwacht extra argument: x"),
    ],
)
def test_vertaling(engels: str, nederlands: str) -> None:
    assert vertaal(engels) == nederlands


def test_via_de_echte_opdracht() -> None:
    uit = subprocess.run(
        [
            sys.executable,
            "-m",
            "trainingsplanner",
            "generate",
            "--format",
            "pdf",
            "--gemeente",
            "x.yaml",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert uit.returncode == 2
    assert uit.stderr.splitlines() == [
        "Gebruik: plan generate [OPTIES] [PROFIEL]",
        "Hulp: plan generate --help",
        "",
        "Fout: ongeldige waarde voor --format: 'pdf' kan niet; kies uit 'html', 'md', 'json', 'xlsx', 'docx', 'ics'",
    ]
    assert "Traceback" not in uit.stderr
