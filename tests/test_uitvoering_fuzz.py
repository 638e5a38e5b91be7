"""Issue 15: de import van sessies en GIR-meldingen crasht nooit, zoals de andere lezers.

Hypothesis vult het blad met bijna-goede en foute waarden (ids met een tikfout, datums in
beide vormen, stuurtekens, lege cellen, verschoven kolommen), als CSV in drie coderingen, als
XLSX en als willekeurige bytes. Elke run eindigt met exit 0 of 2, nooit met een traceback;
bij exit 2 noemt elke melding rij en kolom. Gaat een import goed, dan verandert dezelfde
import daarna niets meer. Vast zaad (derandomize); meer voorbeelden met FUZZ_VOORBEELDEN.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from typer.testing import Result

from tests.test_uitvoering_hulp import KLEIN, plan
from trainingsplanner.catalogus.laden import laad_catalogus
from trainingsplanner.uitvoering import bron

pytestmark = pytest.mark.slow

SCHAAL = int(os.environ.get("FUZZ_VOORBEELDEN", "1000")) / 1000


def _instellingen(aantal: int) -> settings:
    return settings(
        max_examples=max(1, int(aantal * SCHAAL)),
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


ONDERDELEN = bron.laad(KLEIN, laad_catalogus(None)).onderdelen
IDS = sorted(ONDERDELEN)
KOLOMMEN = [
    "onderdeel",
    "sessie",
    "datum",
    "gegeven",
    "deelnemers_aanwezig",
    "evaluatie",
    "opmerking",
]
GELOKALISEERD = re.compile(r"^[^:]+:[1-9]\d*:[1-9]\d*: .+$")

_tekst = st.text(max_size=30)
_datum = st.dates(dt.date(1999, 1, 1), dt.date(2101, 12, 31)).flatmap(
    lambda d: st.sampled_from(
        [d.isoformat(), d.strftime("%d-%m-%Y"), f"{d.day}/{d.month}/{d.year}"]
    )
)
CELLEN: dict[str, st.SearchStrategy[str]] = {
    "onderdeel": st.one_of(
        st.sampled_from(IDS),
        st.sampled_from(IDS).map(lambda i: i[:-1]),
        st.sampled_from(IDS).map(str.upper),
        _tekst,
    ),
    "sessie": st.one_of(st.integers(-2, 40).map(str), st.just(""), st.just("1.0"), _tekst),
    "datum": st.one_of(_datum, st.just(""), _tekst),
    "gegeven": st.one_of(
        st.sampled_from(["ja", "nee", "Gegeven", "geannuleerd", "VERPLAATST", "", "misschien"]),
        _tekst,
    ),
    "deelnemers_aanwezig": st.one_of(st.integers(-5, 200_000).map(str), st.just(""), _tekst),
    "evaluatie": st.one_of(
        st.floats(0, 12).map(lambda f: f"{f:.1f}".replace(".", ",")),
        st.integers(0, 11).map(str),
        st.just(""),
        _tekst,
    ),
    "opmerking": st.one_of(st.just(""), st.text(max_size=600)),
}


@st.composite
def _goede_rij(draw: st.DrawFn) -> list[str]:
    """Een rij die klopt (in de volgorde van KOLOMMEN): zo komt de fuzz ook voorbij de controle."""
    code = draw(st.sampled_from(IDS))
    status = draw(st.sampled_from(["ja", "nee", "gegeven", "geannuleerd", "verplaatst"]))
    gegeven = status in ("ja", "gegeven")
    return [
        code,
        str(draw(st.integers(1, ONDERDELEN[code].sessies))),
        draw(st.dates(dt.date(2026, 1, 1), dt.date(2027, 7, 15))).strftime("%d-%m-%Y"),
        status,
        str(draw(st.integers(0, 40))) if gegeven and draw(st.booleans()) else "",
        draw(st.sampled_from(["7", "8,5", "10", ""])) if gegeven else "",
        draw(st.text(st.characters(blacklist_characters="\x00"), max_size=20)),
    ]


@st.composite
def _blad(draw: st.DrawFn) -> list[list[str]]:
    """Een goed blad met hier en daar een fout, of een blad met verschoven en foute kolommen."""
    if draw(st.booleans()):
        rijen = draw(st.lists(_goede_rij(), max_size=12, unique_by=lambda r: (r[0], r[1])))
        for _ in range(draw(st.integers(0, 1))):
            if rijen:
                rij, kolom = draw(st.integers(0, len(rijen) - 1)), draw(st.integers(0, 6))
                rijen[rij][kolom] = draw(CELLEN[KOLOMMEN[kolom]])
        return [list(KOLOMMEN), *rijen]
    return draw(_wild_blad())


@st.composite
def _wild_blad(draw: st.DrawFn) -> list[list[str]]:
    """Een kopregel (volgorde, hoofdletters, soms een kolom te weinig of te veel) en rijen."""
    kolommen = draw(st.permutations(KOLOMMEN))
    if draw(st.booleans()):
        kolommen = kolommen[: draw(st.integers(1, len(kolommen)))]
    koppen = [draw(st.sampled_from([k, k.upper(), k.replace("_", " ").title()])) for k in kolommen]
    if draw(st.booleans()):
        koppen.insert(draw(st.integers(0, len(koppen))), draw(_tekst))
    rijen = draw(
        st.lists(
            st.tuples(*(CELLEN.get(k.lower().replace(" ", "_"), _tekst) for k in koppen)).map(list),
            max_size=12,
        )
    )
    return [koppen, *rijen]


def _controleer(resultaat: Result) -> None:
    assert resultaat.exit_code in (0, 2), resultaat.output
    if resultaat.exit_code == 2:
        regels = resultaat.stderr.strip().splitlines()
        assert regels and re.fullmatch(
            r"\d+ problem(en|en)? gevonden in .+\.|1 probleem gevonden in .+\.", regels[-1]
        ), regels
        for regel in regels[:-1]:
            assert GELOKALISEERD.match(regel), f"melding zonder rij en kolom: {regel!r}"


def _importeer_twee_keer(map: Path, bestand: Path, *opdracht: str) -> None:
    """Droog, dan echt, dan nog eens: de tweede echte import verandert niets."""
    db = map / "fuzz.sqlite"
    db.unlink(missing_ok=True)
    droog = plan(*opdracht, bestand, "--gemeente", KLEIN, "--db", db, "--dry-run")
    _controleer(droog)
    assert not db.exists()
    if droog.exit_code != 0:
        return
    echt = plan(*opdracht, bestand, "--gemeente", KLEIN, "--db", db)
    assert echt.exit_code == 0, echt.output
    opnieuw = plan(*opdracht, bestand, "--gemeente", KLEIN, "--db", db)
    assert opnieuw.exit_code == 0 and " 0 nieuw, 0 gewijzigd" in opnieuw.stdout, opnieuw.stdout


@_instellingen(300)
@given(
    blad=_blad(),
    codering=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    scheiding=st.sampled_from([";", ",", "\t"]),
)
def test_15_fuzz_import_csv(
    tmp_path_factory: pytest.TempPathFactory, blad: list[list[str]], codering: str, scheiding: str
) -> None:
    map = tmp_path_factory.mktemp("csv", numbered=True)
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=scheiding, lineterminator="\r\n").writerows(blad)
    bestand = map / "sessies.csv"
    bestand.write_bytes(buffer.getvalue().encode(codering, errors="replace"))
    _importeer_twee_keer(map, bestand, "import")


_waarde = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(dt.date(1990, 1, 1), dt.date(2110, 1, 1)),
    st.text(max_size=20).filter(lambda t: not t.startswith("=")),
)


@_instellingen(100)
@given(
    blad=_blad(),
    vreemd=st.lists(st.tuples(st.integers(0, 12), st.integers(0, 8), _waarde), max_size=6),
)
def test_15_fuzz_import_xlsx(
    tmp_path_factory: pytest.TempPathFactory,
    blad: list[list[str]],
    vreemd: list[tuple[int, int, object]],
) -> None:
    """Het blad als XLSX, met hier en daar een getal, datum of waarheidswaarde in een cel."""
    map = tmp_path_factory.mktemp("xlsx", numbered=True)
    rijen: list[list[object]] = [list(r) for r in blad]
    for rij, kolom, waarde in vreemd:
        if rij < len(rijen) and kolom < len(rijen[rij]):
            rijen[rij][kolom] = waarde
    boek = Workbook()
    werkblad = boek.active
    assert werkblad is not None
    werkblad.title = "Sessies"
    for r in rijen:
        werkblad.append([_schoon(c) for c in r])
    bestand = map / "sessies.xlsx"
    boek.save(bestand)
    _importeer_twee_keer(map, bestand, "import")


def _schoon(waarde: object) -> object:
    """openpyxl weigert stuurtekens in een cel; Excel ook."""
    if isinstance(waarde, str):
        return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", waarde)
    return waarde


@_instellingen(150)
@given(
    ruw=st.one_of(st.binary(max_size=300), st.binary(max_size=60).map(lambda b: b"PK\x03\x04" + b))
)
def test_15_fuzz_import_bytes(tmp_path_factory: pytest.TempPathFactory, ruw: bytes) -> None:
    map = tmp_path_factory.mktemp("bytes", numbered=True)
    bestand = map / "rommel.csv"
    bestand.write_bytes(ruw)
    for opdracht in (("import",), ("incidenten", "import")):
        _controleer(plan(*opdracht, bestand, "--gemeente", KLEIN, "--dry-run"))


_GOEDE_MELDING = st.tuples(
    st.sampled_from(["Publiekszaken", "buitendienst", "SOCIAAL TEAM", "Werk en inkomen"]),
    st.sampled_from(["2027-K1", "2027k4", "2028 K2", "2029-Q3"]),
    st.integers(0, 20).map(str),
)
_MELDING = st.tuples(
    st.one_of(st.sampled_from(["Publiekszaken", "Sociaal tem", ""]), _tekst),
    st.one_of(st.sampled_from(["2027-K1", "2027-K5", "K2"]), _tekst),
    st.one_of(st.integers(-3, 2_000_000).map(str), _tekst),
)


@_instellingen(150)
@given(
    rijen=st.one_of(
        st.lists(
            _GOEDE_MELDING, max_size=8, unique_by=lambda r: (r[0].casefold(), r[1][:4] + r[1][-1])
        ),
        st.lists(st.one_of(_GOEDE_MELDING, _MELDING), max_size=8),
    )
)
def test_15_fuzz_incidenten_import(
    tmp_path_factory: pytest.TempPathFactory, rijen: list[tuple[str, str, str]]
) -> None:
    map = tmp_path_factory.mktemp("gir", numbered=True)
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows([("team", "kwartaal", "aantal"), *rijen])
    bestand = map / "gir.csv"
    bestand.write_text(buffer.getvalue(), encoding="utf-8")
    _importeer_twee_keer(map, bestand, "incidenten", "import")
