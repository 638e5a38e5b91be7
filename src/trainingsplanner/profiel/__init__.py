"""Het gemeenteprofiel: invoermodel met de uitleg per veld, kruiscontroles en het startprofiel."""
