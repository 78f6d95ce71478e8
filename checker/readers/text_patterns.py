"""The pattern table of the scraped-text reader: what kinds of line (or piece of a line) a scrape shows around an image.

A person reading a scrape recognises an image block by a few kinds of line, whatever the site or scraper:

    label      "Image caption", "Image copyright", "Photo:", "toggle caption"  (what the next or previous words are)
    counter    "6", "1 of 12", "Image 3 of 7", "Slide 2", "Hide Caption 2 of 8"
    reference  "![alt](images/a.jpg)", "images/a.jpg"
    marker     "Enlarge this image", "Play slideshow": an image stood here, nothing else said
    decoy      footers, bylines, datelines: credit-looking text that is not an image's

Each entry below describes one such kind of line; the reader (checker/readers/text_assembly.py) assembles images
from them.
A new scrape style is a new row here. No row names a site: rows describe wording that any site may print.
"""

from __future__ import annotations

import re
from typing import Literal

from checker import lazy_re
from checker.plain import Value
from checker.readers import controls

# What a label line (or a label inside a line) says about the words around it:
#   credit_next   the credit follows ("Image copyright Getty Images", "Image:" / "Reuters")
#   caption_next  the caption follows ("Image caption The pair ...")
#   caption_end   the caption came before ("... blasted off. Hide Caption"), closing it
#   marker        an image stood here ("Enlarge this image", "toggle caption", "Play slideshow")
LabelRole = Literal["credit_next", "caption_next", "caption_end", "marker"]


class Label(Value, frozen=True):
    role: LabelRole
    pattern: str  # regular expression, matched case-insensitively
    inline: bool  # also recognised inside a longer line (only unmistakable multi-word phrases)


LABELS: tuple[Label, ...] = (
    # credit labels that come before the credit, on the same line or the one above it
    Label("credit_next", r"image\s*(?:copyright|source|credit)s?|picture\s*(?:source|credit)s?|photo\s*credits?", True),
    Label("credit_next", r"bildquelle|bildrechte|fotos?\s*:\s*copyright", True),
    # a one-word label needs its colon ("Photo:"), except "Credit": "Photos" alone is a navigation link
    Label(
        "credit_next",
        r"(?:photo(?:graph)?s?|pictures?|pics?|images?|fotos?|bild(?:er)?|illustration|source|copyright)"
        r"(?:\s+by)?\s*[:,]|credits?(?!\s+cards?\b)|©|\(c\)",
        False,
    ),
    # "… del país - crédito Name/Agency": Spanish pages' credit set off by a dash after the caption ("crédito" alone
    # is a word of prose: "tarjetas de crédito")
    Label("credit_next", r"(?:(?<=\s)|(?<=[.!?]))-\s?cr[ée]dito(?=\s)", True),
    # "Credit... Name/Agency", "Credit… Name": a label whose ellipsis hides nothing
    Label("credit_next", r"credits?\s*(?:\.{2,3}|…)", True),
    # caption labels
    Label("caption_next", r"image\s*caption|bildunterschrift|photo\s*caption|caption\s*:", True),
    Label("caption_next", r"(?:图注|图片说明|图说|圖說|照片说明)\s*[:：]", True),  # Chinese pages' "Caption:"
    Label("caption_end", r"hide\s*caption", True),
    # image markers: a control or button that only a picture has
    Label(
        "marker",
        r"toggle\s*caption|show\s*caption|enlarge\s*this\s*image|enlarge\s*image|view\s*larger\s*image|view\s*images?",
        True,
    ),
    Label("marker", r"play\s*slideshow|open\s*(?:image\s*)?gallery|view\s*(?:photo\s*)?gallery|launch\s*gallery", True),
    Label("marker", r"caption\s*close|back\s*to\s*gallery|expand\s*image|zoom\s*in", True),
    # a slideshow's buttons under its slide ("Next Slide Previous Slide"): the caption came before
    Label("caption_end", r"(?:next|previous|prev)\s*slide(?:\s*(?:next|previous|prev)\s*slide)?", True),
    # (a lone "+" is no marker: text browsers and extractors print it as a list bullet)
    Label("marker", r"zoom|expand|vergrößern|bild\s*vergrößern|fullscreen|full\s*screen", False),
)

# An address that names an image file ("…/photo.jpg", "…/photo.png?w=600"): a picture, or a lightbox's link to it
IMAGE_FILE = lazy_re.compile(r"\.(?:jpe?g|png|webp|gif|avif)(?:$|[?#])", re.IGNORECASE)
# A slide's counter in brackets closing its caption ("Firefox Aurora [2/10]", Golem's galleries and their scrapes)
CLOSING_COUNTER = lazy_re.compile(r"\[(\d{1,3}\s*/\s*\d{1,3})\]\s*$")

# Gallery counters: a slide number left beside an image. "Image 3 of 7" and "Hide Caption 2 of 8" are
# unmistakable anywhere in a line; a bare "3 of 7" or "3 / 7" only on a line of its own or next to another label.
_NUMBER = r"\d{1,3}"
COUNTER_WORDED = rf"(?:image|photo|picture|slide|foto|bild)\s+{_NUMBER}(?:\s*(?:of|/|von|de|sur)\s*/?\s*{_NUMBER})?"
COUNTER_BARE = rf"{_NUMBER}\s*(?:of|/|von|de|sur)\s*{_NUMBER}"
COUNTER_LINE = lazy_re.compile(rf"^(?:{COUNTER_WORDED}|{COUNTER_BARE}|{_NUMBER})$", re.IGNORECASE)
COUNTER_WORDED_RE = lazy_re.compile(rf"(?<!\w){COUNTER_WORDED}(?!\w)", re.IGNORECASE)
COUNTER_BARE_RE = lazy_re.compile(rf"(?<![\w/.,]){COUNTER_BARE}(?![\w/.,])", re.IGNORECASE)

# A caption led by its slide's counter and a full stop ("1 of 2. A general view of the hospital ..."): a slideshow's
# caption as a page's text extractor keeps it.
COUNTER_LED = lazy_re.compile(rf"^({COUNTER_BARE})\.\s+(?=[A-ZÀ-Þ\"“])")

# A Markdown link's destination: escaped characters, and parentheses only in balanced pairs, as CommonMark allows
# ("…/950x534/filters:quality(90)/…jpg", an image resizer's address)
MD_DESTINATION = r"(?:\\.|\([^()\s]*\)|[^()\s\\])+"

# An image reference on its own line: Markdown ![alt](src "title"), a path or URL to an image file, or an image's
# address in brackets (html-to-text writes an <img> as "alt [src]", the alt text wrapped onto the lines above).
# (html2text escapes the brackets inside an address: "filters:format\\(jpg\\)")
IMAGE_REF = lazy_re.compile(
    rf"^\s*(?:!\[(?P<alt>[^\]]*)\]\((?P<md><[^<>\n]+>|{MD_DESTINATION})(?:\s+\"(?P<title>[^\"]*)\")?[^)]*\)"
    r"|\[(?P<bracketed>(?:https?:)?//[^\s\[\]]+?\.(?:jpe?g|png|webp|gif|avif)(?:\?[^\s\[\]]*)?)\]"
    r"|\[(?P<named>[\w.,?=&%~+-]{1,120}\.(?:jpe?g|png|webp|gif|avif))\]"  # lynx: a picture with no alt, by its file
    r"|(?P<bare>[^\s\[!]\S*\.(?:jpe?g|png|webp|gif|tiff?|avif|heic)(?:\?[^\s\[\]()]*)?"
    r"|\w[\w ,'&-]{0,80}\.(?:jpe?g|png|webp|gif)))\s*$",
    re.IGNORECASE,
)  # (a file name with spaces: an extractor printed the picture's name where it stood)
# An e-mail address ("shahien@example.com"): a byline's or a contact box's, never a photo credit's
EMAIL = lazy_re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # tried at a run's start only: linear
# A list item's start ("* ", "- ", "3. "): a menu or a list, not a wrapped line or an alt text
LIST_START = lazy_re.compile(r"^\s*(?:[*•+-]|\d{1,2}\.)\s")
LIST_MARKER = lazy_re.compile(r"[*•+-]|\d{1,2}\.")  # a list item's marker alone on its line (fullmatch)
# Two or more images on one line (author avatars beside a byline, a row of thumbnails): no article photo.
IMAGE_ROW = lazy_re.compile(r"^(?:.*?!\[[^\]]*\]\((?:\\.|[^)\\])+\)){2}")
# Alt text that names a video player, not a photo ("Video player loading", "Play video"): the poster of a video.
VIDEO_ALT = lazy_re.compile(
    r"^(?:video\s*player\b|play(?:ing)?\s+(?:the\s+)?video\b|watch\s+(?:the\s+)?video\b)", re.IGNORECASE
)
# Alt text that is the photo's file name ("SDSU Stadium Aerial Render.2.jpg"): it describes nothing.
FILE_NAME_ALT = lazy_re.compile(r"\.(?:jpe?g|png|webp|gif|tiff?|avif|heic)$|^[\w-]+_[\w-]+$", re.IGNORECASE)

# A list item that shows an image beside its link ("- ![alt](thumb.jpg) Headline", "* [ ![](a.jpg) **Title** ](/n)"):
# a teaser card of another story.
TEASER_ITEM = lazy_re.compile(r"^(?:[*•+-]|\d{1,2}\.)\s.*!\[[^\]]*\]\(")

# Image references whose file is site furniture, not a photo: logos, icons, avatars, spacers, tracking pixels, SVG.
FURNITURE_SRC = lazy_re.compile(
    r"logo|icon|avatar|sprite|pixel|spacer|badge|emoji|1x1|\.svg(?:$|[?#])|button|social|(?:^|[/_-])(?:facebook|twitter"
    r"|email|share|rss|print|profile|account|login|search|menu|close)(?:[_-]\w*)?\.(?:png|gif)"  # a control's picture
    r"|throbber|(?:loading|loader|spinner)\.gif"
    r"|/themes/|/static/im(?:g|ages)/"  # a site theme's own images (the HTML reader's list too): never a story's photo
    r"|/profile_images/"  # an embedded post's author picture ("pbs.twimg.com/profile_images/…_normal.jpg")
    r"|doubleclick\.net|googlesyndication\.com|/pagead/|//ads?\.[\w-]+\.[\w.-]+/|/creative/|ad[_-]creative",  # an ad's file
    re.IGNORECASE,
)
# A picture that links to another page ("[![](…/thumb.jpg)](/news/…/story.php)"): a teaser card's (a picture linked
# to its own larger file was made a plain picture before: checker/readers/text_formats.py)
LINKED_PICTURE = lazy_re.compile(r"^\[!\[[^\[\]]*\]\([^()\s]+\)\]\([^()\s]+\)$")
# A lazy-loading placeholder (an inline data: address, "leer.gif", "blank.png"): it stands for the photo a script
# puts in its place, furniture only when nothing (no caption, no credit) says there is one
PLACEHOLDER_SRC = lazy_re.compile(r"^data:|(?:^|[/_-])(?:blank|empty|leer|transparent)\.", re.IGNORECASE)

# Alt text of a page control's image: a skip link, a menu or a share button, not a photo (shared with the HTML reader)
CONTROL_ALT = controls.CONTROL_ALT
# Alt text that is a site's address ("NBCNews.com", "www.example.co.uk"): the site's logo
DOMAIN_ALT = lazy_re.compile(
    r"^(?:www\.)?[a-z0-9-]{2,40}(?:\.[a-z0-9-]{2,40})?\.(?:com|org|net|gov|edu|info|news|tv|io|co\.uk|uk|de|fr|es|it|nl"
    r"|ch|at|ca|au|in|ru|jp|br|mx|ie|be|se|no|dk|pl)$",
    re.IGNORECASE,
)
# Alt text of a user's picture, a comment's or an author's ("Javasmom's picture", "jdoe's avatar"): no photo
AVATAR_ALT = lazy_re.compile(
    r"^[\w.' -]{1,40}['’]s\s+(?:picture|avatar|profile\s+(?:picture|photo|image))$", re.IGNORECASE
)

# Lines next to a credit that are no caption: a byline ("• by Laura E. Adkins", or "By" alone, the name under it),
# an author and a time stamp ("Tana Ganeva 22 Dec 2016 at 14:27 ET"), a date line ("Published December 28, 2016")
NOT_CAPTION = lazy_re.compile(
    r"^(?:[•*+-]\s*)?(?:by|von|par|por)(?:\s+(?:[A-ZÀ-Þ][\w.'’-]*\s*){1,4})?$|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|[A-Z]{2,4})?\s*$"
    r"|^(?:published|updated|posted|veröffentlicht|aktualisiert|publié)\b",
    re.IGNORECASE,
)

# A width or height a resizer is asked for in the image URL's query ("?h=17&w=0"), and the side below which an
# image is an icon, a badge or a logo rather than a photo
QUERY_SIZE = lazy_re.compile(r"[?&](?:h|w|height|width)=(\d{1,4})(?=&|$)")
SMALL_IMAGE = 100
# A resizer's size in the path: "…/fit/c/32/32/1*VN9A….png" (a 32-pixel avatar), "…/resize/640/360/…"
RESIZER_PATH = lazy_re.compile(r"/(?:fit|fill|crop|resize|scale|thumb)/(?:[a-z]/)?(\d{1,4})/(\d{1,4})/")
# A size written into the file's name: "…size1_w16_h16.png", "banner_640x3.png"
NAMED_SIZE = lazy_re.compile(r"(?:^|[_-])(?:w(\d{1,4})_?h(\d{1,4})|(\d{1,4})x(\d{1,4}))(?=[_.-]|$)")

# Markdown a converter wraps around text (html2text): a link shows its words, emphasis and heading marks nothing.
# A link around an image reference stays as it is (the reference is told apart by IMAGE_REF).
MARKDOWN_LINK = lazy_re.compile(r"(?<!!)\[([^\[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
MARKDOWN_EMPHASIS = lazy_re.compile(r"\*{2,}|(?<!\w)__|__(?!\w)|^#{1,6}\s+")

# Decoys: lines that look like credits but are not an image's. Matched against the cleaned line.
# "© 2018 Company", "Copyright 2017 The Associated Press. All rights reserved.", "© FOCUS Online 1996-2020",
# "... | Site Map": a year within the first words after the sign, or the wording of a page footer.
FOOTER = lazy_re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\S+\s+){0,3}?(?:19|20)\d\d\b|all rights reserved|alle rechte vorbehalten"
    r"|\|\s*(?:site\s*map|privacy|terms|contact|impressum|datenschutz)\b|^copyright\s+©"
    r"|^(?:©|\(c\)|copyright)\s*[^()/]{0,50}\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\.?$"  # "© Telegraph Media Group 2022"
    r"|derechos reservados|droits réservés|diritti riservati"
    r"|^[—–-]+\s*copyright\s+(?:19|20)\d\d\b",  # "—Copyright 2013 Associated Press" closing a wire story
    re.IGNORECASE,
)
# A copyright notice anywhere in a line: the sign, then a year ("© 2000-2019 Site.com, Inc.", "™ & © 2016 Network") or a
# date ("©SZ vom 15.05.2019/vit"). A photo's credit names who took or sells it, not when the page was published.
# A site's address, then the year, is a notice too ("© BRIGITTE.de 2019").
COPYRIGHT_NOTICE = lazy_re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\b|[^©]{0,30}?\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b"
    r"|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\s*,?\s*(?:19|20)\d\d\b)"
    r"|\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*©",  # "1999 – 2021 © Economia, a.s.": the years first
    re.IGNORECASE,
)
# Bylines: "By Name (AP)" at any length; "Jihye Lee contributed to this post." and "jm/dm (AFP, dpa)" when short.
# A caption that is its writer's biography ("James Wood has been a staff writer at The New Yorker since 2007."):
# the author's portrait at the foot of the story, not a photo it publishes.
AUTHOR_BIO = lazy_re.compile(
    r"^(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,4}(?:(?:is|was|has been|covers|writes)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:writer|editor|reporter|correspondent|columnist|critic|contributor|journalist|author|producer|blogger)\b"
    r"|writes\s+(?:reported\s+)?(?:opinion|about|for|on)\b)"  # "Jennifer Rubin writes reported opinion from …"
    # a name, then the post with no verb: "Sophia Chabbott Senior online fashion editor, Alaïa enthusiast, …"
    r"|^[A-ZÀ-Þ][\w'’.-]*\s+[A-ZÀ-Þ][\w'’.-]*\s+(?:[A-Z][a-z-]*\s+(?:[a-z-]+\s+){0,2}?)?(?:[Ww]riter|[Ee]ditor|[Rr]eporter"
    r"|[Cc]orrespondent|[Cc]olumnist|[Cc]ontributor|[Jj]ournalist|[Bb]logger)\b,"
    # a contributor's name in capitals, then what they do: "JAY PELHAM is president of TotalBank, …", "DR. ELAINE
    # LIFTIN is president and executive director at …" (a panel's portraits, each captioned by a biography)
    r"|^\u200b?(?:DR\.\s+)?[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ.'’-]*){1,4}\s+is\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:president|ceo|chief|chair(?:man|woman)?|director|partner|founder|professor|executive"
    r"|manager|owner|principal|head)\b"
)
# ("Von: det/dpa" is one; without the colon the name's capital is asked for as written: "By virtue of winning the
# pole, ..." is a caption, not a byline)
BYLINE_START = lazy_re.compile(r"^(?i:by|von|par|por|door)(?:\s*:\s*\w|\s+[A-ZÀ-Þ])|^\(?(?i:source|quelle)\s*:")
BYLINE = lazy_re.compile(
    r"\bcontributed\b|\bcontributing\b|\b(?:additional )?reporting (?:by|from)\b|\bediting by\b|\bcorrespondents?\b"
    # where the text came from: "Con información de AFP, EFE y Reuters", "Mit Material von dpa", "Avec AFP"
    r"|\binformaci[oó]n\s+de\b|\bmit material (?:von|der|des)\b|^avec\s|\bwith (?:files|wires) from\b"
    # "(FRANCE 24 with AFP, REUTERS)", "(Le Monde avec AFP)": the outlet and the wires the story came from
    r"|^\(?[A-Z][\w .'&-]{1,30}\s(?:with|avec|mit|con)\s+(?:[A-Z]{2,8}|Reuters|agenc(?:ies|ias)|wires|dpa)"
    r"(?:\s*(?:,|and|et|und|y|&)\s*(?:[A-Z]{2,8}|Reuters|agenc(?:ies|ias)|wires|dpa))*\)?$"
    r"|\b(?:[Ww]riters?|[Rr]eporters?|[Ee]ditors?)(?=\s+[A-Z]|\s*[|–—-]|$)|^[a-z]{1,4}(?:/[a-z]{1,4})+\b"
)
# "LONDON (Reuters) -", "PASADENA, Calif. (AP) —", "(AP) BIRMINGHAM, Ala."
DATELINE = lazy_re.compile(
    r"^[A-ZÀ-Þ][\wÀ-ÿ .,'’/-]{1,60}\((?:[A-Za-z. -]+?)(?:,\s*[A-Za-z.-][A-Za-z. -]*)*\)\s*(?:[-—–]|--)"
    r"|^\((?:[A-Za-z. -]+)\)\s+[A-ZÀ-Þ]{3,}"  # (a part after a comma starts with no space: one way to match, no hang)
)

# A byline with its time stamp ("Jeff Gluck, USA TODAY Sports 4:52 p.m. EDT May 15, 2013"): a short line that ends
# with a time of day and a date
BYLINE_TIME = lazy_re.compile(
    r"\b\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*(?:[A-Z]{2,4}\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}\s*$", re.IGNORECASE
)
BYLINE_TIME_WORDS = 14

# A time stamp and nothing else ("30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)", "Updated 4:52 p.m.
# EDT May 15, 2013", "30.04.2015, 07:19 Uhr"): what follows a wire's name in a story's byline, never a caption.
_MONTH = (
    r"(?:jan|feb|fév|fev|f[eé]vr|mar|mär|apr|avr|abr|may|mai|mag|jun|juin|giu|jul|juil|lug|aug|ao[uû]|ago|sep|set|oct"
    r"|okt|ott|nov|dec|déc|dez|dic)[a-zéû]{0,7}\.?"
)
_STAMP_WORD = (
    r"(?:mis\s+à\s+jour|updated?|published|posted|publié|modifié|aktualisiert|veröffentlicht|actualizado|publicado"
    r"|aggiornato|pubblicato|le|on|am|um|à|a|at|el|de|del|das|h|uhr|[ap]\.?m\.?|(?-i:[A-Z]{2,4})|"
    + _MONTH
    + r"|(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)[a-zé]{0,6}\.?)"
)
DATE_STAMP = lazy_re.compile(
    rf"^(?:(?:{_STAMP_WORD}|\d{{1,4}}(?:[.:/h-]\d{{1,4}}){{0,2}}(?:st|nd|rd|th|er)?)(?!\w)[\s,:|()–—-]*){{2,16}}$",
    re.IGNORECASE,
)


_STAMP_CHARS = 120


def date_stamp(text: str) -> bool:
    """Only a date or a time of day, perhaps with its "Updated" or "Mis à jour" (a month's name or a time's
    colon is asked for: "12 34" is not a date)."""
    return bool(
        len(text) <= _STAMP_CHARS
        and re.search(r"\d", text)
        and (re.search(r"\d[:h]\d\d", text) or re.search(_MONTH, text, re.IGNORECASE))
        and DATE_STAMP.match(text.strip())
    )


# A video source named where a credit would stand ("Reuters Videos", "Associated Press Videos", "ABC News Video"):
# the credit of a video player or playlist, never of a photo.
VIDEO_SOURCE = lazy_re.compile(r"^[\w&.' -]{1,40}?\s(?:videos?|video news|tv)$", re.IGNORECASE)

# A video player's lines: its source ("- Source: CNN", "03:29 - Source: CNN"), its duration ("02:12"), its controls
# ("Now playing", "Video Ad Feedback"). A "Source:" after a bullet or a duration names a video's, not a photo's.
VIDEO_SOURCE_LINE = lazy_re.compile(
    r"^(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?(?:[-–—•*|]\s*)?(?:source|quelle|fuente|source\s+vid[eé]o)\s*:", re.IGNORECASE
)
VIDEO_LINE = lazy_re.compile(
    r"^(?:\d{1,2}:\d{2}(?::\d{2})?|now\s+playing|(?:play|watch)(?:ing)?(?:\s+(?:the\s+)?video)?|video(?:\s+ad\s+feedback)?"
    r"|\d{1,2}:\d{2}\s*[-–—]?\s*source\s*:.*"
    r"|media\s+playback\s+is\s+(?:unsupported|not\s+supported)\s+on\s+your\s+device"  # the BBC's player
    r"|(?:your\s+)?browser\s+does\s+not\s+support\s+(?:the\s+)?(?:html5\s+)?video(?:\s+(?:tag|element|playback))?\.?)$",
    re.IGNORECASE,
)

# Headings that close an article and open a list of other stories ("Related", "More stories", "Top Stories",
# "Mehr zum Thema", "Seguir leyendo", "Lire aussi"), as a whole line: an image below one, after the article's last
# paragraph, is a teaser card of another story.
SECTION_END = lazy_re.compile(
    r"^(?:related(?:\s+(?:stories|articles|news|content|coverage|links|topics|posts|videos|reading))?(?:\s+on\s+.{1,40})?"
    r"|(?:read|see)\s+(?:more|also|next)(?:\s+(?:stories|articles|news|headlines))?(?:\s+(?:about|on)\b.{0,40})?"
    r"|up\s+next|next\s+stor(?:y|ies)|more\s+(?:stories|news|articles|headlines|videos|coverage|to\s+read|like\s+this)"
    r"|more\s+(?:from|on|in|about)\s+.{1,40}|most\s+(?:read|popular|viewed|shared|watched|recent)(?:\s+\w+)?"
    r"|top\s+(?:stories|news|headlines|videos|\d{1,2})|trending(?:\s+(?:now|stories|news|topics))?"
    r"|(?:we\s+)?recommend(?:ed)?(?:\s+(?:for\s+you|stories|articles|reading))?|around\s+the\s+web"
    r"|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in|have\s+missed)|don.?t\s+miss"
    r"|editor.?s\s+picks?|latest\s+(?:news|stories|headlines|videos)|further\s+reading|in\s+other\s+news"
    r"|(?:sponsored|promoted|partner)\s+(?:content|links|stories)|join\s+the\s+conversation"
    r"|featured\s+(?:slide\s*shows?|galleries|stories|videos|articles)"
    r"|mehr\s+(?:zum\s+thema|zu\s+diesem\s+thema|nachrichten|artikel|aus\s+.{1,40})|weitere\s+(?:artikel|nachrichten|themen|meldungen)"
    r"|(?:das\s+)?könnte\s+sie\s+auch\s+interessieren|lesen\s+sie\s+(?:auch|mehr)|auch\s+interessant|meistgelesen\w*"
    r"|top[-\s]themen|seguir\s+leyendo|(?:temas|noticias|art[ií]culos)\s+relacionad[oa]s|m[aá]s\s+(?:noticias|le[ií]d[oa]s)"
    r"|推荐阅读|相关阅读|相关新闻|相关文章|延伸阅读|热门推荐|精彩推荐|猜你喜欢|更多新闻|热点新闻|精彩图集"
    r"|(?:tambi[eé]n\s+)?te\s+puede\s+interesar|[uú]ltimas\s+noticias|lo\s+m[aá]s\s+le[ií]do|(?:[aà]\s+)?lire\s+aussi"
    r"|sur\s+le\s+m[eê]me\s+sujet|les\s+plus\s+lus|leggi\s+anche|pi[uù]\s+lett[ie]"
    r"|about\s+the\s+authors?|[üu]ber\s+(?:den|die)\s+autor(?:in|en)?"  # the author's box
    # a list of stories, a partner's ("Stories from The Lily"), the comments
    r"|stories|stories\s+from\s+.{1,40}|(?:leave|add|post|write)\s+(?:a\s+)?comments?)\s*[:>»›.…]*$",
    re.IGNORECASE,
)

# A link's call to action, an arrow after a few words ("Weitere Infos lesen hier »", "See all photos →"); a
# quotation closed by "»" opens with "«".
_CALL_TO_ACTION = r"^(?:[^\s«]+\s+){0,5}[^\s«]+\s*[»›→]$"
CALL_TO_ACTION = lazy_re.compile(_CALL_TO_ACTION)

# Page furniture never taken for body text or a caption.
CHROME = lazy_re.compile(
    r"^(?:jump|skip)(?: directly)? to (?:the )?(?:main )?content|^(?:topics|categories|sections|menu|navigation|follow|gallery|slideshow|photo gallery)$|^(?:topics?|tags?|filed under|categories)\s*:|^advertisement:?$|^anzeige:?$|^share(?: this)?(?: article)?$"
    r"|\[email\W*protected\]|^we pay for your stories|^(?:sign up|subscribe)\b|^comments?$|^(?:read more|related)$"
    # a lead-in to another story's headline ("Read more: Storm warning issued for the coast")
    r"|^(?:read more|read also|also read|see also|related|more on this)\s*:\s+\S"
    r"|^(?:follow us|follow (?:via|on)|view comments|most read)\b|^(?:facebook|twitter|pinterest|whatsapp|email|e-mail|linkedin|teilen|share)$"
    r"|^share (?:via|on|this|to)\b|^\[(?:\.{3}|…)\]$"
    # the account links of a site's header ("Sign In / Register", "Log in | Subscribe")
    r"|^(?:sign\s*in|log\s*in|login|register|my account)(?:\s*(?:/|\||or)\s*(?:register|sign\s*up|subscribe|join))?$"
    # an address alone on its line, numbered in a text browser's list of references ("103. file:///news/video/…")
    r"|^(?:\d{1,4}\.\s+)?(?:[a-z][\w+.-]*:)?//[^\s]+$"
    "|" + _CALL_TO_ACTION,
    re.IGNORECASE,
)
# Share-button labels a scrape leaves in front of a caption ("Facebook Twitter Pinterest Justin Timberlake ...").
SHARE_PREFIX = lazy_re.compile(
    r"^(?:(?:facebook|twitter|pinterest|whatsapp|linkedin|email|e-mail)\s+){2,}", re.IGNORECASE
)

# Credits that name a platform or a source rather than an agency, written first on a caption line by pages whose
# captions start with their credit ("Twitter Horrific images appeared online ...").
PLATFORM_CREDITS = ("Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "Snapchat", "Handout", "Supplied")

# Caption-shaped text: how long a caption runs (words), and the words at a line's end that make a trailing
# agency name prose rather than a credit ("he told Reuters").
CAPTION_MAX_WORDS = 80
PROSE_BEFORE_AGENCY = frozenset(
    [
        "to",
        "told",
        "tells",
        "telling",
        "said",
        "says",
        "according",
        "by",
        "from",
        "with",
        "via",
        "and",
        "or",
        "of",
        "the",
        "for",
        "on",
        "in",
        "at",
        "reported",
        "reports",
        "reporting",
        "wrote",
        "writes",
        "cited",
        "citing",
        "quoted",
        "quoting",
        "spoke",
        "speaking",
        "informed",
        "asked",
        "contacted",
    ]
)

# Caption toggles a scrape leaves at the end of a caption ("... (AP Photo/Jeff Chiu, File) less").
# A teaser's "[...]" or "[…]" (a text browser's read-more ellipsis) is no bracketed credit either.
TRAILING_TOGGLE = lazy_re.compile(
    r"\s+(?:less|more|…\s*more|\.\.\.\s*more|read more|mehr|view (?:full[- ]size|larger) image)$|\s*\[(?:\.{3}|…)\]$",
    re.IGNORECASE,
)
# "MONTGOMERY, Ala. -- Alabama's strict ...": a dateline without an agency
DATELINE_BARE = lazy_re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ .'/-]{2,}(?:,\s*[A-Z][\w.]*\.?)*\s*(?:--|—|–)\s")

# Words one of which every inline label or worded counter holds: a line without any is not cut (most lines).
INLINE_KEYS = (
    "image",
    "picture",
    "photo",
    "caption",
    "credit",
    "crédito",
    "bild",
    "foto",
    "enlarge",
    "slide",
    "gallery",
    "zoom",
    "图",
    "圖",
)

_label_all = "|".join(f"(?:{label.pattern})" for label in LABELS)
LABEL_LINE = lazy_re.compile(rf"^(?:{_label_all})\s*[:,.]?$", re.IGNORECASE)
INLINE_LABELS = tuple((label, re.compile(label.pattern, re.IGNORECASE)) for label in LABELS if label.inline)
_inline_all = "|".join(f"(?P<l{i}>{label.pattern})" for i, label in enumerate(LABELS) if label.inline)
# Not before a small letter: "Show Captions" is a control of its own, not "Show Caption" and an "s"; a capital may
# follow, as in a scrape's "Image captionThe harbour at dawn". Nor before the small word that goes on a sentence:
# "Zoom in on this story" is prose, not a control ("Enlarge this image toggle caption" is two controls).
_PROSE_GOES_ON = r"\s+(?-i:on|the|a|an|to|of|and|or|for|with|at|in|into|out|this|that|our|your|his|her|their|its)\b"
INLINE_LABEL_RE = lazy_re.compile(
    rf"(?:{_inline_all})(?-i:(?![a-z]))(?:(?<=:)|(?!{_PROSE_GOES_ON}))\s*[:,]?", re.IGNORECASE
)
INLINE_ROLES = {f"l{i}": label.role for i, label in enumerate(LABELS) if label.inline}


def label_role(text: str) -> LabelRole | None:
    """The role of a line that is only a label ("Image caption", "Photo:", "toggle caption"), else None."""
    if len(text) > 40 or not LABEL_LINE.match(text):
        return None
    for label in LABELS:
        if re.fullmatch(rf"(?:{label.pattern})\s*[:,.]?", text, re.IGNORECASE):
            return label.role
    return None
