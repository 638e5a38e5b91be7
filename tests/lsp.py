"""Een kleine LSP-client over stdio, om het profielschema met een echte editor-server te proberen.

De server is `yaml-language-server` (npm), dezelfde die de YAML-extensie van VS Code gebruikt.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path
from queue import Empty, Queue
from typing import Any

from tests.conftest import REPO

VERSIE = "1.25.0"


def vind_server() -> str | None:
    """Eerst de door make/CI geïnstalleerde versie, dan het PATH."""
    lokaal = REPO / "build" / "tools" / "node_modules" / ".bin" / "yaml-language-server"
    if lokaal.exists():
        return str(lokaal)
    return shutil.which("yaml-language-server")


class Client:
    def __init__(self, server: str) -> None:
        self.proces = subprocess.Popen(
            [server, "--stdio"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.berichten: Queue[dict[str, Any]] = Queue()
        self.volgnummer = 0
        threading.Thread(target=self._lees, daemon=True).start()
        self.verzoek(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": REPO.as_uri(),
                "capabilities": {
                    "workspace": {"configuration": True},
                    "textDocument": {"publishDiagnostics": {}},
                },
            },
        )
        self.melding("initialized", {})
        self.melding("workspace/didChangeConfiguration", {"settings": self.instellingen()})

    @staticmethod
    def instellingen() -> dict[str, Any]:
        return {"yaml": {"validate": True, "schemaStore": {"enable": False}, "schemas": {}}}

    def _schrijf(self, bericht: dict[str, Any]) -> None:
        inhoud = json.dumps(bericht).encode("utf-8")
        assert self.proces.stdin is not None
        self.proces.stdin.write(f"Content-Length: {len(inhoud)}\r\n\r\n".encode() + inhoud)
        self.proces.stdin.flush()

    def _lees(self) -> None:
        uit = self.proces.stdout
        assert uit is not None
        while True:
            lengte = 0
            while True:
                regel = uit.readline()
                if not regel:
                    return
                if regel in (b"\r\n", b"\n"):
                    break
                if regel.lower().startswith(b"content-length:"):
                    lengte = int(regel.split(b":")[1])
            self.berichten.put(json.loads(uit.read(lengte)))

    def melding(self, methode: str, params: Any) -> None:
        self._schrijf({"jsonrpc": "2.0", "method": methode, "params": params})

    def verzoek(self, methode: str, params: Any, wacht: float = 20.0) -> Any:
        self.volgnummer += 1
        code = self.volgnummer
        self._schrijf({"jsonrpc": "2.0", "id": code, "method": methode, "params": params})
        einde = time.monotonic() + wacht
        while time.monotonic() < einde:
            bericht = self._volgende(einde)
            if bericht is not None and bericht.get("id") == code and "method" not in bericht:
                return bericht.get("result")
        raise TimeoutError(methode)

    def _volgende(self, einde: float) -> dict[str, Any] | None:
        try:
            bericht = self.berichten.get(timeout=max(0.01, einde - time.monotonic()))
        except Empty:
            return None
        if "method" in bericht and "id" in bericht:  # een verzoek van de server
            resultaat: Any = None
            if bericht["method"] == "workspace/configuration":
                resultaat = [self.instellingen()["yaml"] for _ in bericht["params"]["items"]]
            self._schrijf({"jsonrpc": "2.0", "id": bericht["id"], "result": resultaat})
            return None
        return bericht

    def diagnoses(self, pad: Path, tekst: str, wacht: float = 20.0) -> list[dict[str, Any]]:
        """Open een document en geef de diagnoses die de server ervoor publiceert."""
        uri = pad.as_uri()
        self.melding(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": tekst}},
        )
        einde = time.monotonic() + wacht
        laatste: list[dict[str, Any]] | None = None
        while time.monotonic() < einde:
            bericht = self._volgende(
                einde if laatste is None else min(einde, time.monotonic() + 1.5)
            )
            if bericht is None:
                if laatste is not None:
                    return laatste
                continue
            if (
                bericht.get("method") == "textDocument/publishDiagnostics"
                and bericht["params"]["uri"] == uri
            ):
                laatste = list(bericht["params"]["diagnostics"])
        if laatste is None:
            raise TimeoutError("geen diagnoses ontvangen")
        return laatste

    def sluit(self) -> None:
        try:
            self.verzoek("shutdown", None, wacht=5)
            self.melding("exit", None)
        except (TimeoutError, BrokenPipeError):
            pass
        try:
            self.proces.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proces.kill()
