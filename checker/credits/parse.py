"""Credit-line parsing: a raw credit string to agency, photographer and the agencies it came through.

The licensing agency is the last agency named in the chain: "Name/AFP via Getty Images" is licensed from
Getty Images, "Name/EPA-EFE/REX/Shutterstock" from Shutterstock, "(Name/The New York Times via AP)" from AP.
"""

from __future__ import annotations

import re

from checker import lazy_re
from checker.credits.registry import Registry, default_registry
from checker.model import Credit
from checker.textnorm import clean, fold

# Words that introduce a credit. Single words need a colon or comma after them; "Photo by" and "©" do not.
LABEL_WORDS = (
    r"(?:[Pp]hoto|[Pp]icture|[Ii]mage|Mandatory|Pic)\s+[Cc]red(?:it)?s?|[Cc]redits?|CREDITS?|Photographs?|PHOTOGRAPH|Photos?|PHOTO"
    r"|File\s+[Pp]hotos?|FILE PHOTO"  # "File photo: Name/Agency", an archive photo's label
    r"|Illustrations?|ILLUSTRATION|Graphics?|Grafik|Bildrechte|Bildquelle|(?:Image|Picture|Photo)\s+(?:copyright|source)"
    r"|Pictures?|PICTURE|Pics?|Images?|IMAGE|Image source|IMAGE SOURCE|Fotos?|FOTO|Bild(?:er)?|Crédits?\s+(?:photos?|images?)|Crédits?"
    r"|Copyright|File|Source|Quelle"
    # Spanish, Portuguese, Italian and Dutch: "Crédito: Reprodução/TV", "Fuente: EFE", "Fonte: Agência Brasil",
    # "Fotografía: Name", "Imagen: AFP", "Beeld: ANP"
    r"|Cr[ée]ditos?|CR[ÉE]DITOS?|Fuente|Fonte|Fotograf[íi]as?|Imagen|Imagem|Immagine|Beeld"
)
# "Top photo by Name", "Lead image: Name" at a story's foot: the credit of its first picture
TOP_PICTURE = r"(?:Top|Lead|Main|Header|Featured|Feature|Cover|Hero|Opening)\s+(?=(?:photo|image|picture|illustration))"
_LEADING_LABEL = lazy_re.compile(
    rf"^(?:(?:{TOP_PICTURE})?(?:(?:{LABEL_WORDS})\s*[:,]|(?:Photos?|Pictures?|Images?|Photographs?|Photographed)\s+(?:by|from|courtesy(?: of)?)\b)"
    r"|(?:Photo\s+)?(?:Illustration|Composite|Collage|Montage|Art(?:work)?)\s+by\b"
    r"|(?:图片?|照片)(?:来源|来自)?\s*[:：/／]|图片?来自|图源\s*[:：]?|摄影\s*[:：]"  # "图片来源：", "图/"
    r"|Copyright\b|©|\(c\)|\(C\))\s*",
    re.IGNORECASE,
)
_WRAPPERS = {"(": ")", "[": "]", "{": "}", '"': '"', "“": "”"}
# A Creative Commons licence closing a credit ("Karin Dalziel CC BY 2.0", "Jane Doe / CC BY-SA 4.0", "(CC0)"): the
# terms the photo is used under, kept in the credit as written, not a part of who made it
_LICENCE_TAG = lazy_re.compile(
    r"(?<=\w)[\s,;/|(–-]+\(?(?:CC[\s-]?(?:BY(?:[\s-](?:SA|NC|ND)){0,2}|0|Zero)(?:[\s-]?\d\.\d)?|public\s+domain"
    r"|gemeinfrei|domaine\s+public)\)?\.?\s*$",
    re.IGNORECASE,
)
_SUPPLIER_REF = lazy_re.compile(r"\s*\((?:\d{5,}[a-z]{0,2}|[A-Z]{2,}\d{4,}\w*)\)\s*$")  # Shutterstock "(16512200n)"
# "© 2008 Getty Images", "© 2008-2019 Getty Images"; not the start of "(1986-Present)", a span of years alone
_YEAR = lazy_re.compile(r"^(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\b(?!\s*[-–]\s*\w)\s*")
_SEPARATORS = lazy_re.compile(
    r"\s*/\s*|\s+(?:via|vía|über)\s+|\s+[|–—-]\s+|\s*:\s*|\s*;\s*|\s*\|\s*"
    # "Markus Schreiber. AP": French papers' full stop between the photographer and the agency, one word at the end
    r"|(?-i:(?<=[a-zà-ÿ]{2})(?<!Mrs)(?<!Mme)(?<!Ltd)(?<!Inc)\.\s+(?=[A-Z][\w&-]*\s*(?:$|/)))"
    r"|\s+(?:on|from)\s+(?=(?:Unsplash|Pexels|Pixabay|Flickr)\b)",  # "Photo by Lena Park on Unsplash": a photo site's
    re.IGNORECASE,
)
# "Evan Vucci, STF", "Mark Lennihan, File": a role written after the name, split off at its comma
_COMMA_ROLE = lazy_re.compile(
    r",\s*(?=(?:str|stf|ho|file|files|pool|staff|stringer|handout|afp|ap|epa|dpa|reuters|getty images)\b)",
    re.IGNORECASE,
)
_TRAILING_NOTE = lazy_re.compile(r"\s+(?:file|files|archive|pool|handout)$", re.IGNORECASE)

# Parts that are roles or placeholders, never a photographer's name.
_ROLES = {
    "str",
    "stf",
    "ho",
    "handout",
    "pool",
    "file",
    "files",
    "staff",
    "stringer",
    "photographer",
    "afp photo",
    "supplied",
    "courtesy",
    "undated",
    "unknown",
    "x00000",
    "photo",
    "picture",
    "image",
}
# Words that mark a part as an organisation rather than a person.
_ORG_WORDS = {
    "press",
    "news",
    "times",
    "post",
    "herald",
    "tribune",
    "journal",
    "gazette",
    "telegraph",
    "guardian",
    "images",
    "image",
    "photo",
    "photos",
    "pictures",
    "picture",
    "agency",
    "wire",
    "media",
    "ltd",
    "inc",
    "llc",
    "pool",
    "handout",
    "office",
    "ministry",
    "department",
    "government",
    "police",
    "museum",
    "university",
    "tv",
    "television",
    "network",
    "studios",
    "studio",
    "records",
    "archive",
    "archives",
    "library",
    "collection",
    "club",
    "fc",
    "foundation",
    "association",
    "group",
    "company",
    "corp",
    "service",
    "services",
    "courtesy",
    "nasa",
    "family",
    "supplied",
    "facebook",
    "twitter",
    "instagram",
    "youtube",
    "federation",
    "committee",
    "council",
    "army",
    "navy",
    "forces",
    "command",
    "centre",
    "center",
    "institute",
    "hospital",
    "party",
    "embassy",
    "presidency",
    "house",
    "palace",
    "kremlin",
    "sputnik",
    "films",
    "entertainment",
    "productions",
    "broadcasting",
    "bbc",
    "cnn",
    "itv",
    "nbc",
    "cbs",
    "abc",
    "fox",
    "channel",
    "the",
    "for",
    "and",
    "of",
    "live",
    "stock",
    "via",
    "stringer",
    "publishing",
    "digital",
    # stock collections and licence markers: "Creatas RF", "Stockbyte", "iStockphoto" name a collection, never a person
    "rf",
    "rm",
    "creatas",
    "stockbyte",
    "photodisc",
    "thinkstock",
    "comstock",
    "istockphoto",
    "istock",
    "hemera",
    "westend61",
    "cultura",
    "jupiterimages",
    "vetta",
    "caiaimage",
    "photoalto",
}
_NAME_WORD = lazy_re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|[A-Z]\.|de|da|van|von|der|den|del|la|le|di|du|bin|al|el|dos|das|y)$"
)


def _unwrap(text: str) -> str:
    """Cleaned text without surrounding brackets or quotes, a trailing full stop, or supplier reference numbers."""
    for _ in range(_PEELS):
        before = text
        text = _SUPPLIER_REF.sub("", text).rstrip(" .,")
        if len(text) >= 2 and _WRAPPERS.get(text[0]) == text[-1]:
            text = text[1:-1].strip()
        if text == before:
            break
    return text


# Layers of brackets or labels peeled off a credit at most ("Photo: © (Name)"): a line of ten thousand "©" is no
# credit, and peeling it one sign at a time would take time in the square of its length
_PEELS = 8


def strip_labels(text: str) -> str:
    """Remove leading "Credit:", "Photo by", "©" and similar labels (repeatedly: "Photo: © X")."""
    return _strip_labels(clean(text))


def _strip_labels(text: str) -> str:
    """strip_labels on cleaned text."""
    for _ in range(_PEELS):
        stripped = _YEAR.sub("", _LEADING_LABEL.sub("", _unwrap(text), count=1))
        if stripped == text:
            break
        text = stripped
    return text


def split_parts(text: str) -> list[str]:
    return [
        p
        for chunk in _SEPARATORS.split(text)
        for part in _COMMA_ROLE.split(chunk)
        if (p := _TRAILING_NOTE.sub("", part.strip(" .,()[]")))
    ]


# Lower-case words a credit line may hold ("Name for the Guardian", "AFP or licensors", "Name via AP, file").
_CREDIT_LOWER = frozenset(
    [
        "via",
        "on",  # "Name on Unsplash"
        "vía",
        "for",
        "the",
        "of",
        "and",
        "de",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "du",
        "von",
        "van",
        "der",
        "den",
        "y",
        "e",
        "et",
        "und",
        "or",
        "licensors",
        "contributor",
        "contributors",
        "handout",
        "file",
        "files",
        "pool",
        "staff",
        "photo",
        "photos",
        "courtesy",
        "by",
        "str",
        "stf",
        "ho",
        "mandatory",
        "credit",
        "image",
        "images",
        "picture",
        "pictures",
        "news",
        "press",
        "stock",
        "live",
        "str",
    ]
)
_CREDIT_TOKEN = lazy_re.compile(r"[^\s/|;,()\[\]]+")
_MID_SENTENCE = lazy_re.compile(
    r"(?<![a-z\u00df-\u00ff])[a-z\u00df-\u00ff]{3,}[.!?][\"'’”]?\s+[A-Z][a-z]"
)  # "...the wall. Then", not "Jr. Smith"


def without_licence(text: str) -> str:
    """The credit without a Creative Commons licence closing it ("Karin Dalziel CC BY 2.0" -> "Karin Dalziel")."""
    return _LICENCE_TAG.sub("", text) if "C" in text or "c" in text else text


# A site's button or link: its account ("Sign Up", "Log in", "Go Pro", "Create an account") or a call to action
# ("Check It Out", "Learn More", "Shop Now"): no one's name, no credit
SITE_BUTTON = lazy_re.compile(
    r"^\W*(?:sign\s*(?:up|in|out)|log\s*(?:in|out)|register(?:\s+now)?|subscribe(?:\s+now)?|go\s+pro|upgrade"
    r"(?:\s+now)?|join\s+now|create\s+(?:an\s+|your\s+)?account|forgot\s+(?:your\s+)?password\??"
    r"|check\s+it\s+out|(?:learn|see|read|find\s+out)\s+more|(?:shop|buy|watch|listen|order)\s+now|view\s+all"
    r"|click\s+here)\W*$",
    re.IGNORECASE,
)


def looks_like_credit(text: str, registry: Registry | None = None) -> bool:
    """Text shaped like a credit line: capitalised names, agencies and credit words, no prose.

    "Jim Watson/AFP/Getty Images", "Graeme Robertson for the Guardian", "AFP or licensors" are; "Trump visits the
    wall" and "Kids using smartphones" are not (lower-case words outside a credit's vocabulary). A licence closing
    it ("CC BY 2.0") is left out."""
    text = without_licence(text)
    words = [w for w in _CREDIT_TOKEN.findall(text) if any(c.isalpha() for c in w)]
    if not 1 <= len(words) <= 12 or _MID_SENTENCE.search(text) or SITE_BUTTON.match(text):
        return False
    named = any(w.lstrip("\"'‘“„(©-–")[:1].isupper() or "." in w[1:-1] for w in words)  # a name or a web address
    if not named and not (registry or default_registry()).match(text):
        return False  # "von 5/11 zu": a credit names someone
    bad = 0
    for word in words:
        head = word.lstrip("\"'‘“„(©-–")[:1]
        if head.isupper() or head.isdigit() or not head or "." in word[1:-1] or fold(word) in _CREDIT_LOWER:
            continue
        if (registry or default_registry()).match(word):  # "dpa", "epa-efe"
            continue
        bad += 1
    return bad == 0 or (bad == 1 and len(words) > 1 and ("/" in text or "|" in text))  # "Timur | flickr"


# A name after "Photo by": up to two lower-case words (a title, a particle) and at least one capitalised word, up
# to a comma or the end; no sentence
_NAMED_BY = lazy_re.compile(
    r"^(?:[^\W\d_A-ZÀ-ÖØ-ÞА-Я][\w.'’-]*\s+){0,2}[A-ZÀ-ÖØ-ÞА-Я][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞА-Я][\w.'’-]*){0,3}\s*"
    r"(?:,[^,.!?]{0,40}|from\s+[A-ZÀ-ÖØ-ÞА-Я][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞА-Я][\w.'’-]*){0,4}\s*)?$"  # "Jane Doe from Pexels"
    # (words apart by spaces only: a run of capitals splits one way, so a long one fails fast)
)
_AND = lazy_re.compile(r"\s+(?:and|&|und|et|y)\s+")
# a name of one to three words and an outlet of one or two, all in lower case, apart by a slash: "lili sams/mashable"
_LOWER_CHAIN = lazy_re.compile(r"^[a-z][a-z'’.-]*(?: [a-z][a-z'’.-]*){0,2}\s*//?\s*[a-z][a-z.-]*(?: [a-z][a-z.-]*)?$")
_PAGE_WORDS = frozenset(
    [
        "information",
        "info",
        "notice",
        "notices",
        "policy",
        "policies",
        "terms",
        "conditions",
        "and",
        "statement",
        "infringement",
        "questions",
        "agent",
        "complaints",
        "issues",
    ]
)
_FEW_WORDS = lazy_re.compile(r"^[^\s.!?]+(?:\s+[^\s.!?]+){0,3}$")
_NO_ONE = frozenset({"none", "n/a", "na", "unknown", "tbd", "tbc", "-"})
_PLURAL_LABEL = lazy_re.compile(r"^\(?(?:photos|pictures|images|videos|fotos|bilder)\s*:", re.IGNORECASE)
_CREDIT_JOINS = lazy_re.compile(r"/|\||\b(?:via|for|courtesy)\b", re.IGNORECASE)
# an agency's keyword slug, the words an editor files the photo under ("US-SPACE-AEROSPACE-NASA",
# "FBL-ENG-PR-ARSENAL"): capitals joined by hyphens, three or more, and nothing else
_FILING_SLUG = lazy_re.compile(r"^[A-Z0-9]+(?:-[A-Z0-9]+){2,}$")


def names_no_one(text: str) -> bool:
    """A credit that says there is none ("Photo by: Unknown", "Credit: n/a")."""
    return text.strip().strip(".").lower() in _NO_ONE


def plausible_credit(body: str, label: str | None = None, registry: Registry | None = None) -> bool:
    """Text after a credit label that is a credit, not a headline that starts with "Photo:".

    Credit-shaped, and: an agency named, a chain ("Universal/Everett/Rex", "SpaceX via Florida Today", "Name for
    the Guardian"), a person's name, or a few words ("Bildrechte: IMAGO", "Picture: Handout"). A plural label
    ("Photos: Hurricane Irene") links to a gallery unless an agency or a chain follows."""
    body = without_licence(body)
    if _FILING_SLUG.match(body.strip(" .")):
        return False  # "Image: US-SPACE-AEROSPACE-NASA": the photo's filing slug in its alt text, not who made it
    if set(fold(body).replace("&", " ").split()) <= _PAGE_WORDS:
        return False  # "Copyright Information", "Copyright Policy": a page's link, not who made a photo
    if label is not None and "cred" in label.lower() and _FEW_WORDS.match(body) and not names_no_one(body):
        return True  # "photo cred: my dad": a label that says credit and a few words, capitalised or not
    if label is not None and label.strip().lower().endswith(" by") and _NAMED_BY.match(body):
        return True  # "Photo by барон Н.Н.Торнау, public domain": a name after "by" (a title in lower case before it)
    if label is not None and _LOWER_CHAIN.match(body):
        return True  # "Image: lili sams/mashable": a name and the outlet, written in lower case
    if not looks_like_credit(body, registry):
        return False
    credit = parse(body, registry)
    if credit.agency is not None or _CREDIT_JOINS.search(body):
        return True
    if label is not None and _PLURAL_LABEL.match(label):
        return False
    if label is not None and label.strip().lower().endswith(" by"):
        if looks_like_person(body.split(",", 1)[0]):
            return True  # "Photograph by Ed Marshall, Redonda Restoration Programme": a person, then who they work for
        if all(map(looks_like_person, _AND.split(body))):
            return True  # "Photo composite by Tim O'Reilly and Edie Freedman": two people
    return len(body.split()) <= 4 or credit.photographer is not None


def looks_like_person(part: str) -> bool:
    words = part.split()
    if not 2 <= len(words) <= 5 or any(map(str.isdigit, part)) or SITE_BUTTON.match(part):
        return False
    if any(fold(w) in _ORG_WORDS for w in words):
        return False
    return all(_NAME_WORD.match(w) for w in words)


def names_organisation(text: str) -> bool:
    """A word of the text names an organisation or a site ("West Mercia Police", "Facebook", "Reuters TV")."""
    return any(fold(word) in _ORG_WORDS for word in text.split())


_YEAR_GLUED = lazy_re.compile(r"^([A-Za-z][A-Za-z.&-]*?)((?:19|20)\d{2})$")  # an agency's name, a year glued on


def parse(raw: str, registry: Registry | None = None) -> Credit:
    """Parse one credit string. Unrecognised agencies leave `agency` None; the raw text is always kept."""
    registry = registry or default_registry()
    raw = clean(raw)
    bare = _strip_labels(raw)
    raw = bare or raw  # the credit without its label or brackets: "Photograph: Jane Doe/Reuters" -> "Jane Doe/Reuters"
    parts = split_parts(without_licence(bare))
    keys = [fold(part) for part in parts]  # each part folded once, for the registry, roles and repeats
    agencies: list[tuple[str, str]] = []  # (agency id, alias as written), in order
    photographer: str | None = None
    for part, key in zip(parts, keys, strict=False):
        hit = registry.match(part, key)
        if hit is None and (dated := _YEAR_GLUED.match(part)) is not None:
            named = registry.match(dated.group(1))  # "AP2014": a CMS's source field, the agency and the year
            hit = named if named is not None and fold(named[1]) == fold(dated.group(1)) else None
        if hit:
            agencies.append(hit)
            part = _hyphenated_byline(part, hit[1]) or _comma_byline(part, hit[1])  # "Kirby Lee-USA TODAY Sports"
            key = fold(part)
        if photographer is None and part and key not in _ROLES and looks_like_person(part):
            photographer = part
    duplicated = _duplicated(parts, keys)
    if not agencies:
        return Credit(raw=raw, photographer=photographer, duplicated=duplicated)
    agency = agencies[-1][0]
    via: list[str] = []
    for agency_id, _ in agencies[:-1]:
        if agency_id != agency and agency_id not in via:
            via.append(agency_id)
    noncanonical = next((better for aid, written in agencies if (better := registry.noncanonical(aid, written))), None)
    return Credit(
        raw=raw,
        agency=agency,
        agency_name=registry.agencies[agency].name,
        photographer=photographer,
        via=via,
        noncanonical=noncanonical,
        duplicated=duplicated,
    )


def _hyphenated_byline(part: str, alias: str) -> str:
    """The name hyphenated onto the front of an agency ("Name-USA TODAY Sports"), else ""."""
    at = part.find(alias)
    return part[: at - 1].strip() if at > 1 and part[at - 1] == "-" else ""


def _comma_byline(part: str, alias: str) -> str:
    """The name written before a comma and the agency ("Jeff Chiu, Associated Press", "Marvin Gentry, USA TODAY
    Sports"), else ""."""
    head, comma, tail = part.rpartition(",")
    return head.strip() if comma and tail.strip() == alias else ""


def _duplicated(parts: list[str], keys: list[str]) -> str | None:
    """A part written twice ("Alamy Live News/Alamy Live News") or a part that repeats itself ("AP AP")."""
    seen: set[str] = set()
    for part, key in zip(parts, keys, strict=False):
        if key in _ROLES:
            continue  # "Pool/Name - Pool/CNP" is how pool credits are written
        words = key.split()
        half = len(words) // 2
        if key in seen or (half and len(words) % 2 == 0 and words[:half] == words[half:]):
            return part
        seen.add(key)
    return None


def same_agency(a: Credit, b: Credit) -> bool:
    """Two credits name the same licensing chain: equal agencies, or one inside the other's via chain."""
    return a.agency == b.agency or a.agency in b.via or b.agency in a.via
