"""The alt text of a page control's picture (a skip link, a menu, a share, vote or close button), for both readers:
what names a control ("Share this story", "vote for this image", "Close this popup"), not a photo ("Share prices
fall", "Close-up of a bee")."""

from __future__ import annotations

import re

from checker import lazy_re

CONTROL_ALT = lazy_re.compile(
    r"^(?:(?:go|jump|skip|back|return|scroll)\s+to\s+(?:the\s+)?(?:main\s+)?(?:navigation|content|top|menu|home(?:\s?page)?)"
    r"|(?:vote|click|tap)\b.*"
    r"|(?:menu|search|close|print|share|next|previous|prev|e-?mail|vote|zoom|enlarge|play|subscribe|follow)"
    r"(?:\s+(?:this|the|on|to|via|popup|window|overlay|dialog|page|story|article|image|photo|picture|gallery"
    r"|slideshow|video))*"
    r"|(?:share|post)\s+(?:it\s+)?(?:on|to|via|with)\s+[\w.+-]+(?:\s+[\w.+-]+)?"  # "Share on MySpace"
    # "Like MSN Lifestyle on Facebook", "Find us on Instagram": a page's own account on a network
    r"|(?:like|follow|find|join)\s+(?:[\w.'&-]+\s+){1,4}on\s+(?:facebook|twitter|instagram|pinterest|linkedin|youtube"
    r"|tiktok|google\+?)"
    # a gallery's controls in other languages: "Vollbild", "nächstes Bild", "plein écran", "imagen siguiente"
    r"|(?:full\s*screen|vollbild|plein\s+[ée]cran|pantalla\s+completa|tela\s+cheia|schermo\s+intero)"
    r"|(?:(?:vorherige[sr]?|n[äa]e?chste[sr]?|zur[üu]ck|weiter|pr[ée]c[ée]dente?|suivante?|anterior|siguiente"
    r"|pr[óo]xim[ao]|precedente|successiv[ao]|vorige|volgende)(?:\s+(?:bild|foto|image|photo|imagen|imagem"
    r"|immagine|afbeelding|seite|page|p[áa]gina))?)"
    r"|(?:bild|foto|image|photo|imagen|imagem|immagine)\s+(?:vorherige[sr]?|n[äa]e?chste[sr]?|pr[ée]c[ée]dente?"
    r"|suivante?|anterior|siguiente|pr[óo]xim[ao]|precedente|successiv[ao])"
    r"|line|divider|separator|spacer|rule)\W*$",  # a divider drawn as a picture ("![line](…/line976.jpg)", BBC)
    re.IGNORECASE,
)
