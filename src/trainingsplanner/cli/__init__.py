"""De opdrachtregel: de enige plek die typer, click en rich-prompts importeert."""
