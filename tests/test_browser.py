"""De HTML in een echte browser (headless Chromium): niet leeg, past op A4, geen script, geen netwerk.

Buiten CI slaan deze tests over als er geen Chromium is; met CI=true is dat een fout.
Ze hebben de markering `browser` (`make check` slaat ze over, `make test` niet).
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser import draai, pdf_paginas, png_kleuren, vind_chromium
from tests.conftest import REPO, ontbreekt
from tests.maak import profieldata, programma
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.genereren import genereer
from trainingsplanner.render import html

DATUM = dt.date(2026, 11, 28)
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> str:
    gevonden = vind_chromium()
    if gevonden is None:
        ontbreekt("Chromium", "installeer met: apt-get install chromium (.ci/run doet dat zelf)")
    return gevonden


@pytest.fixture(scope="module")
def klein(tmp_path_factory: pytest.TempPathFactory, catalogus: Catalogus) -> Path:
    pad = tmp_path_factory.mktemp("html") / "klein.html"
    pad.write_text(
        genereer(REPO / "examples" / "klein.yaml", catalogus, "html", DATUM).als_tekst,
        encoding="utf-8",
    )
    return pad


def test_schermafdruk_is_niet_leeg(browser: str, klein: Path, tmp_path: Path) -> None:
    beeld = tmp_path / "klein.png"
    uit = draai(browser, klein, f"--screenshot={beeld}", "--window-size=1200,1600")
    assert beeld.exists(), uit.stderr[-2000:]
    assert png_kleuren(beeld) > 64


def test_print_past_op_a4(browser: str, klein: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "klein.pdf"
    uit = draai(browser, klein, f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    assert pdf.exists(), uit.stderr[-2000:]
    paginas, maten = pdf_paginas(pdf)
    brieven = klein.read_text(encoding="utf-8").count('<section class="brief"')
    assert brieven > 0
    # Het programma zelf hoogstens 45 pagina's; elke intakebrief één, soms twee.
    assert 8 + brieven <= paginas <= 45 + 2 * brieven, paginas
    for maat in maten:
        _, _, breedte, hoogte = (float(v) for v in maat.split())
        assert abs(breedte - 595.9) < 2 and abs(hoogte - 842) < 2, maat


def test_geen_script_uit_profieltekst(browser: str, catalogus: Catalogus, tmp_path: Path) -> None:
    kwaad = (
        "<script>document.title='GEHACKT'</script><img src=x onerror=\"document.title='GEHACKT'\">"
    )
    data = profieldata(gemeente=f"Stad {kwaad}")
    data["teams"][0]["naam"] = kwaad
    pagina = tmp_path / "kwaad.html"
    pagina.write_text(html.render(programma(catalogus, data), catalogus, DATUM), encoding="utf-8")
    uit = draai(browser, pagina, "--dump-dom", "--virtual-time-budget=2000")
    assert "<title>Trainingsprogramma publieksagressie — Stad" in uit.stdout
    titel = uit.stdout.split("<title>", 1)[1].split("</title>", 1)[0]
    assert titel != "GEHACKT" and titel.startswith("Trainingsprogramma publieksagressie — Stad")
    assert "<script" not in uit.stdout.lower()
    assert "<img" not in uit.stdout.lower()
    assert "&lt;script&gt;document.title=" in uit.stdout


# Chromium praat zelf met deze diensten (tijd, updates), ook met alle uit-vlaggen; dat zijn
# geen verzoeken van de pagina.
EIGEN_DIENSTEN = (
    "google.com",
    "googleapis.com",
    "gvt1.com",
    "gstatic.com",
    "googleusercontent.com",
)


class _Luisteraar:
    """Een proxy die niets doorlaat maar van elke verbinding het doel onthoudt."""

    def __init__(self) -> None:
        self.sok = socket.socket()
        self.sok.bind(("127.0.0.1", 0))
        self.sok.listen()
        self.sok.settimeout(0.2)
        self.doelen: list[str] = []
        self.stop = False
        self.draad = threading.Thread(target=self._wacht, daemon=True)
        self.draad.start()

    @property
    def poort(self) -> int:
        return int(self.sok.getsockname()[1])

    def _wacht(self) -> None:
        while not self.stop:
            try:
                verbinding, _ = self.sok.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            verbinding.settimeout(2)
            try:
                eerste = verbinding.recv(512).split(b"\r\n")[0].decode("latin-1")
            except OSError:
                eerste = "?"
            self.doelen.append(eerste)
            verbinding.close()

    def van_de_pagina(self) -> list[str]:
        uit = []
        for doel in self.doelen:
            delen = doel.split()
            adres = delen[1] if len(delen) > 1 else doel
            host = adres.split("://")[-1].split("/")[0].split(":")[0]
            if not any(host == d or host.endswith("." + d) for d in EIGEN_DIENSTEN):
                uit.append(doel)
        return uit


@pytest.fixture
def luisteraar() -> Iterator[_Luisteraar]:
    proxy = _Luisteraar()
    yield proxy
    proxy.stop = True
    proxy.sok.close()


def _laad_via_proxy(browser: str, pagina: Path, proxy: _Luisteraar) -> None:
    draai(
        browser,
        pagina,
        f"--proxy-server=http://127.0.0.1:{proxy.poort}",
        "--proxy-bypass-list=<-loopback>",
        "--dump-dom",
        "--virtual-time-budget=3000",
    )


def test_controle_de_luisteraar_ziet_een_echt_verzoek(
    browser: str, tmp_path: Path, luisteraar: _Luisteraar
) -> None:
    pagina = tmp_path / "controle.html"
    pagina.write_text(
        '<html><body><img src="http://voorbeeld.invalid/x.png"></body></html>', encoding="utf-8"
    )
    _laad_via_proxy(browser, pagina, luisteraar)
    assert any("voorbeeld.invalid" in d for d in luisteraar.van_de_pagina()), luisteraar.doelen


def test_geen_netwerkverzoek(
    browser: str, catalogus: Catalogus, tmp_path: Path, luisteraar: _Luisteraar
) -> None:
    data = profieldata(gemeente='Stad <img src="http://voorbeeld.invalid/x.png">')
    pagina = tmp_path / "net.html"
    pagina.write_text(html.render(programma(catalogus, data), catalogus, DATUM), encoding="utf-8")
    _laad_via_proxy(browser, pagina, luisteraar)
    assert luisteraar.van_de_pagina() == []
