"""De leerdoelwijzer (stap 2, R2.2): vragenlijst per team maken en antwoorden omzetten in leerdoelen."""
