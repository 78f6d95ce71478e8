"""Finding credit lines written into caption text, including ones a scrape glued on without a space.

    "...reports claimCredit: AP:Associated Press"   label credit, glued
    "...in Buffalo, N.Y.  (AP Photo/Jeffrey T. Barnes)"   parenthetical credit
    "...the SenateREUTERS/Jane Doe"                   agency-led credit, glued
    "...on Thursday. Tim Robberts/Getty Images"       slash credit after the last sentence
    "...© Ben Stansall/AFP/Getty Images"              copyright sign
    "Photo credit: AP | In this file photo, ..."      labelled credit before the caption, set off by a bar
    "Attach moss. (Lucy Akins)", "... [Splash]"       a name alone in brackets: weak (its shape is all it has)

Credits are peeled off the end of the text one at a time, so a caption that carries two credits (the Washington
Post's doubled credit) yields both, in reading order.
"""

from __future__ import annotations

import re

from checker import lazy_re
from checker.credits.parse import (
    LABEL_WORDS,
    looks_like_credit,
    looks_like_person,
    parse,
    plausible_credit,
    split_parts,
    strip_labels,
)
from checker.credits.registry import Registry, default_registry
from checker.model import Credit
from checker.plain import Value
from checker.textnorm import clean, fold

_MAX_WORDS = 16
_LABEL = lazy_re.compile(
    rf"(?:{LABEL_WORDS})\s*:|(?:Photo|Picture|Image|Photograph)s?\s+by\b:?|Photographed\s+by\b:?|PHOTO BY\b:?"
    r"|(?<=\| )(?:photo|picture|image|photograph)s?\s+by\b:?|"  # "… testing lab | photo by Joan Bardeletti"
    rf"(?:Photo\s+)?(?:[Ii]llustration|[Cc]omposite|[Cc]ollage|[Mm]ontage|Art(?:work)?)\s+by\b|\bCredit\b(?!\s*(?:Suisse|Agricole|Karma|[Cc]ards?|[Uu]nions?|[Ss]cores?|[Rr]atings?)\b)\s*"
    # a visually hidden "Credit" glued to the caption and to the name ("… an official said.CreditMichael Appleton")
    r"|(?<=[.!?\"'’”)])Credit(?!Suisse|Agricole|Karma|Credit)(?=[A-Z\u00c0-\u00de][a-z\u00e0-\u00ff])"
)
_BRACKETED = lazy_re.compile(r"(?P<label>)(?P<open>[(\[（【])(?P<body>[^()\[\]（）【】]{2,160})[)\]）】]\s*[.。]?\s*$")
_COPYRIGHT = lazy_re.compile(r"(?P<label>©|\([cC]\))\s*(?P<body>[^©]{2,120}?)\s*$")
_LEADING_AGENCY = lazy_re.compile(
    r"(?P<label>)(?P<body>(?:REUTERS|Reuters|AFP PHOTO|AFP Photo|AP Photo|AP PHOTO|AAP Image|AAPIMAGE|ANSA|EPA|EPA-EFE)"
    r"\s*/\s*[^/()\n]{2,60}(?:/[^/()\n]{1,60}){0,3})\s*$"
)
_SENTENCE_TAIL = lazy_re.compile(r"[.!?][\"'’”)]?\s*(?P<label>)(?P<body>[^.!?()\[\]\n]{3,120})$")
_SEPARATOR_BEFORE = set("([{|–—-/,;:")
_ASIDE_END = set(".!?\"'’”“")
# Abbreviations whose full stop ends no sentence ("Washington Gov. Jay Inslee", "Feb. 7", "Calif.").
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "st",
        "jr",
        "sr",
        "no",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "calif",
        "ala",
        "ariz",
        "ark",
        "colo",
        "conn",
        "fla",
        "ga",
        "ill",
        "ind",
        "kan",
        "ky",
        "la",
        "mass",
        "md",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "okla",
        "ore",
        "pa",
        "tenn",
        "tex",
        "va",
        "vt",
        "wash",
        "wis",
        "wyo",
        "co",
        "corp",
        "inc",
        "ltd",
        "bros",
        "u.s",
        "a.m",
        "p.m",
    ]
)
_SENTENCE_END = lazy_re.compile(r"(?<![\w.])(?P<word>[\w.]+)[.!?][\"'’”)]?\s+(?=[A-ZÀ-Þ\"“‘„])")
_SENTENCES = lazy_re.compile(r"[.!?]\s+[A-Z][a-z]+\s+\w+\s+\w+")  # a second sentence: not a credit


class CreditSpan(Value, frozen=True):
    start: int  # where the credit, with its label, begins in the text
    raw: str  # the credit without its label or brackets' outer space
    label: str | None
    glued: bool  # no space or separator between caption and credit
    empty: bool = False  # a label with nothing after it
    credit: Credit | None = None  # `raw` parsed, when finding the span took parsing it
    # found by its shape alone ("(Lucy Akins)", "[Splash]"): the credit of a picture found otherwise, never a sign
    # that a line of text is a credit ("[Search]" is a text browser's button)
    weak: bool = False


def split_credits(text: str, registry: Registry | None = None) -> tuple[str, list[CreditSpan]]:
    """Split text into the caption and the credits at its end (reading order)."""
    registry = registry or default_registry()
    spans: list[CreditSpan] = []
    rest = text.rstrip()
    if "|" in rest[:100] and (lead := _LABELLED_LEAD.match(rest)) is not None:
        body, label = lead.group("body").strip(), lead.group("label").strip()
        if _is_credit_like(body) and (plausible_credit(body, label, registry) or parse(body, registry).agency):
            caption, after = split_credits(rest[lead.end() :], registry)
            return caption, [CreditSpan(0, body, label, False), *after]
    stamp = _TIME_STAMP.search(rest, max(0, len(rest) - _TIME_STAMP_CHARACTERS))
    cut = rest[: stamp.start()].rstrip(" ,;|•·–-") if stamp is not None else rest
    if stamp is not None and _label_credit(cut, registry) is not None:
        rest = cut  # "… takeover Credit: HARARE HERALD 16 November 2017 • 2:15pm": the page's time stamp after it
    tag = _SOURCE_TAG.search(rest) if rest.endswith(_YEAR_ENDINGS) else None
    if tag is not None and parse(tag.group(1), registry).agency:
        rest = rest[: tag.start() + 1]  # "… (AP Photo/Name)AP2014": a CMS's source field glued after the credit
    for _ in range(3):
        span = _last_credit(rest, registry)
        if span is None:
            break
        spans.insert(0, span)
        rest = rest[: span.start].rstrip()
        if rest.endswith(" |"):
            rest = rest[:-2].rstrip()  # "… testing lab | photo by Name": the bar set the credit off
        elif rest.endswith(("./", "!/", "?/")):
            rest = rest[:-1]  # "… arma branca./Foto: Handout": a slash after the full stop set it off
    return rest, spans


_YEAR_ENDINGS = tuple("0123456789")
_SOURCE_TAG = lazy_re.compile(r"\)([A-Za-z][A-Za-z.&-]*(?:19|20)\d{2})$")  # ")AP2014": an agency and a year, glued
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_TIME_STAMP = lazy_re.compile(
    rf"\s(?:\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
    r"(?:\s*[•·|,–-]?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?\s*$",
    re.IGNORECASE,
)
_TIME_STAMP_CHARACTERS = 40

# "Photo credit: AP | In this Nov. 22, 2010, file photo, …", "© Name, AFP | Police …": a labelled credit set off
# before the caption by a bar
_LABELLED_LEAD = lazy_re.compile(
    rf"^(?P<label>(?:{LABEL_WORDS})\s*:|©|\([cC]\))(?P<body>[^|:©]{{2,80}}?)\s+\|\s+(?=\S)"
)


def _last_credit(text: str, registry: Registry) -> CreditSpan | None:
    best: CreditSpan | None = None
    for finder in (
        _slash_credit,
        _label_credit,
        _bracketed_credit,
        _copyright_credit,
        _leading_agency_credit,
        _tail_credit,
        _bare_tail_credit,
        _named_tail_credit,
        _dash_name_credit,
        _photographed_by_credit,
        _chinese_label_credit,
        _photo_name_agency_credit,
    ):
        span = finder(text, registry)
        if span is not None and (best is None or span.start < best.start):
            best = span
    return best


# A Chinese credit after the caption's last full stop, or alone: who photographed it ("…摄", "城市摄影队 周斌 摄") or
# provided it ("小花母亲供图"), an outlet's name after it ("… 供图 华龙网"), in brackets or not ("（刘通摄）")
_PHOTOGRAPHED_BY = lazy_re.compile(
    r"(?:(?<=[。！？])|^)\s*(?P<open>[（(]?)(?P<body>[^。！？，（）()\n]{2,40}?(?:摄|供图)(?:\s+[^\s。！？，（）()]{2,12})?)[）)]?\s*$"
)


# A Chinese picture label and its credit closing a caption, or all of it: "图/pixabay", "图片来源：新华社",
# "▲图片来自视频截图。" (not "来源：", an article's source as often)
_CHINESE_LABEL = lazy_re.compile(
    r"(?:^|(?<=[。！？\s]))[▲△]?(?P<label>(?:图片?|照片)(?:来源|来自)?\s*[:：/／]|图片?来自|图源\s*[:：]?|摄影\s*[:：])"
    r"\s*(?P<body>[^。！？，\n]{1,30}?)\s*[。.]?\s*$"
)


def _chinese_label_credit(text: str, registry: Registry | None) -> CreditSpan | None:
    if "图" not in text and "摄影" not in text:
        return None
    match = _CHINESE_LABEL.search(text, _tail_start(text, 60))
    if match is None:
        return None
    return CreditSpan(match.start(), match.group("body"), match.group("label").strip(), False)


def photographed_by(text: str) -> bool:
    """The text ends with a Chinese photographer's or provider's credit after its caption ("…纸片。 小花母亲供图")."""
    return _photographed_by_credit(text, None) is not None and not _PHOTOGRAPHED_BY.match(text.strip())


def _photo_name_agency_credit(text: str, registry: Registry) -> CreditSpan | None:
    """French papers' credit after the caption's full stop: the word "Photo" (no colon), the photographer, a full
    stop and the agency ("… Berlin, en 2014. Photo Markus Schreiber. AP"), or the agency alone ("Photo AFP")."""
    if "Photo" not in text and "PHOTO" not in text:
        return None
    match = _PHOTO_NAME_AGENCY.search(text, _tail_start(text, 90))
    if match is None:
        return None
    credit = parse(match.group("body"), registry)
    if credit.agency is None:
        return None
    return CreditSpan(match.start("label"), match.group("body"), match.group("label"), False, credit=credit)


_PHOTO_NAME_AGENCY = lazy_re.compile(
    r"(?:^|(?<=[.!?»”\"]\s))(?P<label>Photos?|PHOTOS?)\s+(?P<body>(?:[A-ZÀ-Þ][\w'’-]+(?:\s+(?:[A-ZÀ-Þ][\w'’.-]+"
    r"|de|da|van|von|le|la|du)){0,3}\.\s+)?[A-Z][\w&-]*(?:[ /-][A-Z][\w&-]*){0,2})\.?\s*$"
)


def _photographed_by_credit(text: str, registry: Registry | None) -> CreditSpan | None:
    if "摄" not in text and "供图" not in text:
        return None
    match = _PHOTOGRAPHED_BY.search(text)
    if match is None:
        return None
    return CreditSpan(match.start("open"), match.group("body").strip(), None, False)


def _is_abbreviation(word: str) -> bool:
    """ "Gov", "Feb", "U.S", "a.m", "J": a word whose full stop ends no sentence (an ellipsis "..." does)."""
    if word.endswith("."):
        return False  # the full stop is the last of an ellipsis
    return (len(word) == 1 and word.isalpha()) or fold(word).replace(" ", ".") in _ABBREVIATIONS or "." in word


def _sentences(text: str) -> int:
    """Sentences in a paragraph, not counting full stops after abbreviations."""
    ends = sum(1 for m in _SENTENCE_END.finditer(text) if not _is_abbreviation(m.group("word")))
    return ends + (1 if text.strip() else 0)


def _alias_keys(registry: Registry) -> frozenset[str]:
    return registry.alias_keys


def _tail_start(text: str, longest: int) -> int:
    """Where to start looking for a pattern anchored at the end that spans at most `longest` characters:
    searching the whole of a long caption tries the pattern at every position."""
    return max(0, len(text) - longest)


def _glued(text: str, start: int) -> bool:
    if start == 0:
        return False
    before = text[start - 1]
    return not before.isspace() and before not in _SEPARATOR_BEFORE


def _is_credit_like(body: str) -> bool:
    if not 0 < len(body.split()) <= _MAX_WORDS or _SENTENCES.search(body):
        return False
    if "<" in body or ">" in body:
        return False  # markup, or a template's placeholder: "Copyright (C) <year> <name of author>"
    return body.count("(") == body.count(")") and body.count("[") == body.count("]")


# Each finder first asks for the one character or word its pattern cannot do without (plain substring tests),
# so most captions skip the regular expressions: a caption is searched up to three times, five finders each.


def _label_credit(text: str, registry: Registry) -> CreditSpan | None:
    if ":" not in text and "by" not in text and "BY" not in text and "Credit" not in text:
        return None
    pos = _tail_start(text, 500)  # a credit runs at most 16 words: its label stands near the end
    while match := _LABEL.search(text, pos):
        body, label, glued = text[match.end() :].strip(), match.group(0).strip(), _glued(text, match.start())
        if not body and _title_word(text, match.start(), label):
            pos = match.end()  # "Buying a Franchise with Bad Credit": the last word of a title, not a label
            continue
        if not body:
            return CreditSpan(match.start(), "", label, glued, empty=True)
        if body[:1] in _JOINS_WORDS and not label.endswith(":"):
            pos = match.end()  # "Credit & Debt", "Photos + Video": a menu's item, two words joined, not a label
            continue
        if _is_credit_like(body) and plausible_credit(strip_labels(body) or body, label, registry):
            return CreditSpan(match.start(), body, label, glued)
        pos = match.end()
    return None


_JOINS_WORDS = "&+"
# "Sala de espera de un ambulatorio. / GORKA LEJARCEGI": a credit set off by a slash after the caption's last sentence
_SLASH_TAIL = lazy_re.compile(r"(?<=[.!?])\s+/\s+(?P<body>[^/()\[\]]{2,60}?)\s*$")
_ADDRESS = lazy_re.compile(r"\.[a-z]{2,4}$|^www\.|://")  # "westlakefishhouse.com": a list's web address
SLASH_WORDS = 5


def _slash_credit(text: str, registry: Registry) -> CreditSpan | None:
    if " / " not in text[-70:]:
        return None
    match = _SLASH_TAIL.search(text, _tail_start(text, 70))
    if match is None:
        return None
    body = match.group("body").strip()
    if len(body.split()) > SLASH_WORDS or _ADDRESS.search(body) or not looks_like_credit(body, registry):
        return None
    credit = parse(body, registry)
    before = text[: match.start()].rsplit(None, 1)[-1] if text[: match.start()].strip() else ""
    if credit.agency is None and _is_abbreviation(before.rstrip(".!?") or before):
        return None  # "Edition: U.S. / Global", "N.Y. / Region": a menu's items, an abbreviation's stop ends no caption
    return CreditSpan(match.start(), body, None, False, credit=credit)


def _title_word(text: str, start: int, label: str) -> bool:
    """A bare "Credit" ending the text after a space and a capitalised word ("… with Bad Credit"): a word of a
    title. A label left empty follows the caption's end ("Caption. Credit", "Caption.Credit", "… Oct. 9, 2018
    Credit") or has its colon ("Credit:")."""
    before = text[:start]
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    return not label.endswith(":") and before[-1:] == " " and word.isalpha() and word[:1].isupper()


def _bracketed_credit(text: str, registry: Registry) -> CreditSpan | None:
    if text.rstrip(" .。")[-1:] not in _CLOSING:
        return None
    match = _BRACKETED.search(text, _tail_start(text, 170))
    if not match or not _is_credit_like(match.group("body")):
        return None
    body = match.group("body").strip()
    if text[match.start() - 1 : match.start()] == "]" or "://" in body or body.startswith("www."):
        return None  # "[text](https://…)": a link's address, not a credit in brackets
    if body[:1] in _QUOTES and body[-1:] in _QUOTES:
        return None  # '("Terms")', '(“Service”)': a term the text defines
    unlabelled = strip_labels(body)
    if body[-1:] in _ASIDE_END and len(unlabelled.split()) > 1:
        return None  # "(he told Reuters.)", ("...," she told AP"): an aside, not a credit
    if not unlabelled:  # "(Photo: .)": a label left with no credit; "(...)" is an ellipsis, "(1999)" a year
        label = body.rstrip(" .…")
        worded = any(ch.isalpha() or ch == "©" for ch in label)
        return CreditSpan(match.start(), "", label, _glued(text, match.start())) if worded else None
    credit = parse(unlabelled, registry)
    if credit.agency is None and _INITIALS.fullmatch(body):
        return None  # "… d'Arte Creative en 8 épisodes. (A.H.)": the writer's initials signing a paragraph
    # "(HT Photo/Waseem Andrabi)": AP's style, any outlet; "(Scott Heins/Gothamist)": a photographer and the outlet
    outlet_style = _OUTLET_PHOTO.match(unlabelled) is not None or _PERSON_OUTLET.match(unlabelled) is not None
    outlet_style = outlet_style or _OUTLET_PERSON.match(unlabelled) is not None
    outlet_style = outlet_style or _RIGHTS_ONLY.match(unlabelled) is not None  # "(Public domain)", "[CC0]"
    outlet_style = outlet_style or _OUTLET_FILE_PHOTO.match(unlabelled) is not None  # "(Oregonian file photo)"
    outlet_style = outlet_style or _source_chain(unlabelled)  # "(ANTARA/Facebook/Kamrussamad)"
    named = (
        not outlet_style
        and unlabelled == body
        and _source_named(body, match.group("open"))
        and (_sentences(text[: match.start()]) < 3 or fold(body) in _SOURCE_PHRASES)  # a name after prose: an aside
    )
    outlet_style = outlet_style or named
    if (
        credit.agency is None
        and not outlet_style
        and (unlabelled == body or not plausible_credit(unlabelled, body, registry))
    ):
        return None  # an aside in brackets, not a credit
    if (
        unlabelled == body
        and credit.photographer is None
        and fold(body) in _alias_keys(registry)
        and _sentences(text[: match.start()]) >= 3
    ):
        return None  # "... geäußert. (dpa)": the agency that wrote a paragraph of news, not a photo credit
    label = body[: len(body) - len(unlabelled)].strip() if body.endswith(unlabelled) else ""
    glued = _glued(text, match.start())
    return CreditSpan(match.start(), unlabelled, label or None, glued, credit=credit, weak=named)


_CLOSING = (")", "]", "）", "】")
_INITIALS = lazy_re.compile(r"[A-Z]\.(?:-?[A-Z]\.?){1,3}")  # "A.H.", "J.-M.T."
_QUOTES = "\"'“”‘’„«»"
# A source a photo came from, named alone in round brackets: a social network or a free photo site
_PHOTO_SITES = frozenset(
    [
        "instagram",
        "twitter",
        "facebook",
        "tiktok",
        "youtube",
        "snapchat",
        "flickr",
        "weibo",
        "wechat",
        "linkedin",
        "reddit",
        "unsplash",
        "pixabay",
        "pexels",
        "giphy",
        "wikimedia",
        "wikipedia",
    ]
)
# Words a caption closes with in brackets that say where or what the photo is, not who made it
_NOT_SOURCES = frozenset(
    [
        "file",
        "files",
        "archive",
        "archives",
        "left",
        "right",
        "centre",
        "center",
        "top",
        "bottom",
        "above",
        "below",
        "inset",
        "pictured",
        "video",
        "photo",
        "photos",
        "image",
        "images",
        "picture",
        "pictures",
        "illustration",
        "graphic",
        "gallery",
        "slideshow",
        "update",
        "updated",
        "advertisement",
        "sponsored",
        "ad",
        "sic",
        "werbung",
        "anzeige",
        "symbolbild",
        "archivbild",
        "illustrative",
        "representational",
        "representative",
    ]
)
# A Chinese source: a news agency (新华社), a website (人民网), a paper (日报), a broadcaster (电视台), a picture
# library (视觉中国, 东方IC), a screenshot (视频截图) or pictures from the web (网络图片); not a file picture (资料图片)
_CJK_SOURCE = lazy_re.compile(r"^(?!资料|示意)[\u4e00-\u9fffA-Za-z]{1,10}(?:社|网|报|台|截图|图片|中国|IC)$")


def _source_named(body: str, opening: str) -> bool:
    """A bracketed tail with no label that names who made or gave the photo: a person ("(Lucy Akins)"), a name
    alone in square brackets as tabloids credit ("[Splash]", "[Wenn]"), a photo's site ("(Instagram)"), or a
    Chinese source in full-width brackets ("（视觉中国）")."""
    if opening in "（【":
        return _CJK_SOURCE.match(body.strip()) is not None
    if fold(body) in _SOURCE_PHRASES:
        return True
    words = body.split()
    if len(words) == 1:
        word = words[0]
        if fold(word) in _NOT_SOURCES or not word[:1].isupper() or not word.isalpha() or len(word) < 3:
            return False
        return fold(word) in _PHOTO_SITES or (opening == "[" and not word.isupper())
    if studio_credit(body):
        return True  # "(Al ‘Hughes’ Dukes Photography)": a photographer's studio
    return looks_like_person(body)


def studio_credit(text: str) -> bool:
    """A photographer's studio named in capitalised words ("Al ‘Hughes’ Dukes Photography", "Lumen Studios")."""
    words = text.split()
    return (
        1 < len(words) <= _STUDIO_NAME_WORDS
        and fold(words[-1]) in _STUDIO_WORDS
        and all(word[:1].isupper() or word[:1] in "‘'\"“" for word in words)
    )


_STUDIO_NAME_WORDS = 6


# What a picture is taken from, said in place of a credit: "(screen grab)", "(Handout)"
_SOURCE_PHRASES = frozenset(
    ["screen grab", "screengrab", "screenshot", "screen shot", "screen capture", "video grab", "video still", "handout"]
)
_STUDIO_WORDS = frozenset(["photography", "photographie", "fotografie", "fotografía", "studio", "studios"])


# A rights statement alone in brackets closing a caption: the photo's credit as the page gives it
_RIGHTS_ONLY = lazy_re.compile(
    r"^(?:public\s+domain|gemeinfrei|domaine\s+public|CC0|CC[\s-]BY(?:[\s-](?:SA|NC|ND)){0,2}(?:\s\d\.\d)?)$",
    re.IGNORECASE,
)


def rights_only(text: str) -> bool:
    """The text is a rights statement alone: "Public domain", "CC0", "CC BY-SA 4.0"."""
    return _RIGHTS_ONLY.match(text.strip()) is not None


# An outlet's name, "Photo/" and the photographer's name: the house style of AP ("AP Photo/Jane Doe") that other
# outlets write too ("HT Photo/Waseem Andrabi", "Xinhua Photo/Li Ming", "WBAL Photo by Scott Wykoff")
_OUTLET_PHOTO = lazy_re.compile(
    r"^[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s+Photos?(?:\s*/\s*|\s+by\s+)[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}$"
)


# an outlet's own photo, its name and no photographer's: "Oregonian file photo", "Staff photo", "Times photograph"
_OUTLET_FILE_PHOTO = lazy_re.compile(
    r"^(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s+(?:file\s+|staff\s+)?photo(?:graph)?s?$"
)


# "(DW/J. Hitz)", "(Deutsches Historisches Museum/T. Bruns)": the outlet or the archive, then the photographer
def _source_chain(body: str) -> bool:
    """A chain of sources, each one to three capitalised words: three or four of them ("ANTARA/Facebook/
    Kamrussamad", "KCNA/Handout/Pool"), or two of which one is a social network or a photo site ("Kamrussamad/
    Facebook"): who the photo came from, as agencies write it."""
    if not _CHAIN.match(body):
        return False
    parts = [fold(part) for part in body.split("/")]
    return len(parts) >= 3 or any(part in _PHOTO_SITES for part in parts)


_CHAIN = lazy_re.compile(
    r"^[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}(?:\s*/\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}){1,3}$"
)


_OUTLET_PERSON = lazy_re.compile(
    r"^[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s*/\s*"
    r"(?:[A-Z]\.\s?(?:[A-Z]\.\s?)?[A-Z][a-zà-ÿ'’-]+|[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2})$"
)
_PERSON_OUTLET = lazy_re.compile(
    r"^[A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]+){1,2}\s*/\s*(?:(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[a-z][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|co\.uk))$"  # "Mike Cason/mcason@al.com"
)


def _copyright_credit(text: str, registry: Registry) -> CreditSpan | None:
    if "©" not in text and "(c)" not in text and "(C)" not in text:
        return None
    match = _COPYRIGHT.search(text)
    if not match or not _is_credit_like(match.group("body")):
        return None
    return CreditSpan(match.start(), match.group("body"), match.group("label"), _glued(text, match.start()))


def _leading_agency_credit(text: str, registry: Registry) -> CreditSpan | None:
    if "/" not in text:
        return None
    match = _LEADING_AGENCY.search(text, _tail_start(text, 320))
    if not match:
        return None
    return CreditSpan(match.start("body"), match.group("body"), None, _glued(text, match.start("body")))


def _dash_name_credit(text: str, registry: Registry) -> CreditSpan | None:
    """A photographer and a source after a dash that closes the caption ("… da Libertadores - Heinrich
    Aikawa/Instituto Lula", "… - Pedro Ladeira/Folhapress"): a credit, whether or not the source is an agency."""
    if "/" not in text[-_DASH_CREDIT_CHARACTERS:]:
        return None
    match = _DASH_NAME.search(text, max(0, len(text) - _DASH_CREDIT_CHARACTERS))
    if match is None or len(text[: match.start()].split()) < _DASH_CAPTION_WORDS:
        return None  # "FLORIDA - Ft. Myers/Naples": a menu's region, no caption before the dash
    body = match.group("body").strip()
    return CreditSpan(match.start(), body, None, False, credit=parse(body, registry))


_DASH_CAPTION_WORDS = 3
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_DASH_NAME = lazy_re.compile(
    rf"\s[-–—]\s+(?P<body>(?:{_CAPITALISED}\s+){{1,3}}{_CAPITALISED}\s*/\s*{_CAPITALISED}"
    rf"(?:\s+(?:{_CAPITALISED}|de|do|da|dos|das|del|of|the|and|&)){{0,4}})\s*$"
)
_DASH_CREDIT_CHARACTERS = 90


def _tail_credit(text: str, registry: Registry) -> CreditSpan | None:
    if "/" not in text and " via " not in text and " | " not in text:
        return None
    match = _SENTENCE_TAIL.search(text, _tail_start(text, 130))
    if not match:
        return None
    stop = match.start()
    word = re.search(r"[\w.]+$", text[:stop])
    if word and _is_abbreviation(word.group(0)):
        return None  # "Gov. Jay Inslee ...": an abbreviation's full stop, not the end of the caption
    body = match.group("body").strip()
    if not re.search(r"/| via | \| ", body) or len(body.split()) > 10:
        return None
    credit = parse(body, registry)
    if credit.agency is None and not _ACRONYM_CHAIN.match(body):
        return None  # (an institution's credit in capitals, "SIA/EFAK/YPPOA", names no agency but is one)
    start = match.start("body") + (len(match.group("body")) - len(match.group("body").lstrip()))
    return CreditSpan(start, body, None, _glued(text, start), credit=credit)


# two to four names in capitals joined by slashes, after the caption's full stop: "SIA/EFAK/YPPOA", "NASA/JPL"
_ACRONYM_CHAIN = lazy_re.compile(r"^[A-Z][A-Z0-9&-]{1,9}(?:\s?/\s?[A-Z][A-Z0-9&-]{1,9}){1,3}$")


# A credit after a caption that ends without a full stop ("... “inappropriate content” Dado Ruvic/Reuters",
# "... in Nice Getty Images"): up to three name words before the slash, or an agency name of several words or in
# capitals. One mixed-case word ("... told Reuters") is prose.
_NAME_TOKEN = lazy_re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|[A-Z]\.)$")
_PROSE_BEFORE = frozenset(
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
        "a",
        "an",
        "for",
        "on",
        "in",
        "at",
        "about",
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
        "like",
        "than",
        "as",
    ]
)


def _bare_tail_credit(text: str, registry: Registry) -> CreditSpan | None:
    words = text[_tail_start(text, 200) :].split()
    if len(words) < 4:
        return None
    last = words[-1]
    if "/" in last or (len(words) > 1 and words[-2] == "/"):
        return _slash_tail(text, words, registry)
    if last in _PLATFORMS and words[-2][-1:] in ".!?" and text.rstrip()[-1:] not in ".!?":
        # "… in an undated picture. Facebook": the platform the photo was taken from, after the caption's last
        # sentence (a sentence that names it ends with its own full stop: "… posted it on Facebook.")
        start = text.rfind(last)
        return CreditSpan(start, last, None, _glued(text, start), credit=parse(last, registry))
    for size in (3, 2, 1):  # an agency name at the very end
        tail = " ".join(words[-size:])
        hit = registry.match(tail)
        if hit is None or fold(hit[1]) != fold(tail):
            continue
        if size == 1 and not (tail.isupper() and len(tail) >= 3):
            return None
        before = words[-size - 1]
        if fold(before) in _PROSE_BEFORE or before[-1:] in ":,;":
            return None
        start = text.rfind(tail)
        return CreditSpan(start, tail, None, _glued(text, start), credit=parse(tail, registry))
    return None


_PLATFORMS = frozenset(["Facebook", "Instagram", "Twitter", "YouTube", "TikTok", "Flickr"])

_PLACE_BEFORE = frozenset(
    {"in", "at", "near", "outside", "inside", "from", "across", "over", "to", "en", "à", "in der"}
)


def _slash_tail(text: str, words: list[str], registry: Registry) -> CreditSpan | None:
    joined = " ".join(words)
    slash = joined.rfind("/")
    head = joined[:slash].split()
    after = joined[slash + 1 :].strip()
    if not head or not after:
        return None
    # the credit runs back from the slash over name words and further slash-separated parts
    names: list[str] = []
    for word in reversed(head):
        if not names and word.endswith(".") and joined[slash - 1 : slash] == " ":
            break  # "… Washington, D.C. / REUTERS": the caption's last word, then its credit set off by a slash
        pieces = word.split("/")
        if not all(_NAME_TOKEN.match(p) or registry.match(p) for p in pieces if p):
            break
        names.insert(0, word)
        if len(names) == 4:
            break
    if not names:
        return None
    if len(names) > 3 and not any(len(w) <= 2 for w in names[-3:]):
        names = names[-2:]  # "... Gov. Jay Inslee Jane Doe/AP": the name nearest the slash
    elif len(names) > 3:
        names = names[-3:]
    if len(names) == 3 and len(head) > 3 and fold(head[-4]) in _PLACE_BEFORE:
        names = names[1:]  # "The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters": the place ends the caption
    tail = " ".join([*names, ""]).rstrip() + joined[slash:]
    tail = clean(tail.replace(" /", "/", 1)) if tail.endswith("/") else tail
    raw = clean(text[text.rfind(names[0]) :])
    if not looks_like_credit(raw, registry):
        return None
    credit = parse(raw, registry)
    if credit.agency is None or not split_parts(raw):
        return None
    if fold(split_parts(raw)[-1]) not in _alias_keys(registry) and credit.photographer is None:
        return None
    start = text.rfind(names[0])
    return CreditSpan(start, raw, None, _glued(text, start), credit=credit)


# A photographer's name and the agency after the caption's last sentence, with a comma or without ("... Daytona
# International Speedway. Jerry Lai, USA TODAY Sports", "... Feb. 17, 2013. Chris Graythen, Getty Images for
# NASCAR", "... at Muirfield. Matt Dunham AP"): two to four name words, then agencies of the registry, whole
# ("AFP/Getty Images"). (Readers pass cleaned text: a text browser's two spaces between a slide's caption and its
# credit are one by then, and checker/readers/text_lines.py reads that slide from the alt line above it.)
_TAIL_START = lazy_re.compile(r"(?<=[.!?])[\"'’”)]?\s+")
_NAME_WORD = lazy_re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|[A-Z]\.|de|da|van|von|del|la|le),?$")
_FOR_CLIENT = lazy_re.compile(r"\s+for\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}$")  # "Getty Images for NASCAR"
_BYLINE_START = frozenset({"by", "von", "par", "por", "door", "di", "photo", "photos", "credit"})
_BY = lazy_re.compile(r"By\s+(?=[A-Z])")


def _named_tail_credit(text: str, registry: Registry) -> CreditSpan | None:
    if ". " not in text and "? " not in text and "! " not in text:
        return None
    starts = [m for m in _TAIL_START.finditer(text, _tail_start(text, 100)) if m.end() < len(text)]
    for match in reversed(starts):  # "Ross D. Franklin, AP": an initial's full stop is no caption's end
        tail = text[match.end() :].rstrip()
        label = _BY.match(tail)  # "... in Hampton, Georgia. By John Harrelson, Getty Images": the photographer's
        if text[match.start() - 1 : match.start()] == "." and label is None:
            word = re.search(r"[\w.]+$", text[: match.start() - 1])
            if word and _is_abbreviation(word.group(0)):
                continue  # "... Gov. Jay Inslee, AP": the full stop of an abbreviation ("… N.C. By Name" ends one)
        named = tail[label.end() :] if label else tail
        credit = name_and_agency(named, registry)
        by = label.group(0).strip() if label else None
        if credit is not None:
            return CreditSpan(match.end(), credit.raw, by, False, credit=credit)
        outlet = _PERSON_COMMA_OUTLET.match(named)
        if outlet and looks_like_person(outlet.group("name")) and not _TITLE_WORDS & set(fold(named).split()):
            # "… 24th. Jerome Miron, US Presswire": a photographer and the outlet, USA Today's style; by its shape alone
            return CreditSpan(match.end(), named, by, False, credit=parse(named, registry), weak=True)
        if (
            label is None
            and match is starts[-1]
            and _BARE_NAME.match(named)
            and looks_like_person(named)
            and not _TITLE_WORDS & set(fold(named).split())
        ):
            # "… en el extremo norte de la península antártica. Camila Buvinic": the photographer's name alone after
            # the caption's last sentence (El País's style); by its shape alone
            return CreditSpan(match.end(), named, None, False, credit=parse(named, registry), weak=True)
    return None


_BARE_NAME = lazy_re.compile(r"^[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2}$")


# "Jane Doe, Chief Executive": a person and their post, not a photographer and an outlet
_TITLE_WORDS = frozenset(
    [
        "chief",
        "executive",
        "director",
        "president",
        "minister",
        "secretary",
        "mayor",
        "senator",
        "governor",
        "ceo",
        "manager",
        "officer",
        "chairman",
        "chairwoman",
        "professor",
        "editor",
        "writer",
        "reporter",
        "correspondent",
        "spokesman",
        "spokeswoman",
        "founder",
        "coach",
        "captain",
        "head",
        "member",
        "leader",
        "staff",
        "author",
        "columnist",
        "contributor",
        "candidate",
    ]
)
_PERSON_COMMA_OUTLET = lazy_re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+(?:for\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}$"
)


def name_and_agency(tail: str, registry: Registry) -> Credit | None:
    """ "Jerry Lai, USA TODAY Sports", "Matt Dunham AP": two to four name words, then only agencies of the registry
    (with a client: "for NASCAR"); parsed, with the name as the photographer."""
    words = tail.split()
    if not 3 <= len(words) <= 10 or fold(words[0]) in _BYLINE_START:
        return None
    for size in (2, 3, 4):
        name, rest = words[:size], " ".join(words[size:])
        if rest[:4] == "for ":  # "Davis Turner for USA TODAY Sports": shot for the agency
            rest = rest[4:]
        if not rest or not all(_NAME_WORD.match(word) for word in name) or name[-1][:-1].endswith(","):
            continue
        client = _FOR_CLIENT.search(rest)
        agencies = (rest[: client.start()] if client else rest).split("/")
        hits = [registry.match(part) for part in agencies]
        if not all(hit is not None and fold(hit[1]) == fold(part) for hit, part in zip(hits, agencies, strict=True)):
            continue
        credit = parse(tail, registry)
        if credit.agency is None:
            return None
        if credit.photographer is None:  # "Matt Dunham AP": no separator tells parse where the name ends
            credit = credit.model_copy(update={"photographer": " ".join(name).rstrip(",")})
        return credit
    return None


# Credit-first captions ("AP:Associated Press At least 84 people ...", "Getty - Contributor Russia shares ...",
# "dpa/Jan Woitas Im Oktober ...", "© Getty Images MANCHESTER ..."): the longest run of words at the start that is
# a credit naming an agency and ends at an agency name, a credit role or a two-word name after a slash.
_ROLE_END = frozenset({"contributor", "contributors", "licensors", "handout", "pool", "stringer", "file", "staff"})
_CAPTION_START = lazy_re.compile(r"^[\"“„‘'(]?[A-ZÀ-Þ0-9]")


_ARTICLES = frozenset({"the", "a", "an"})


class LeadingCredit(Value, frozen=True):
    raw: str  # the credit, without a leading ©
    label: str | None
    end: int  # where the caption starts in the text
    credit: Credit
    bare: bool  # one agency name, no slash, label or role: needs the caption to read as one


def leading_credit(text: str, registry: Registry | None = None) -> LeadingCredit | None:
    registry = registry or default_registry()
    label = None
    body = text
    if body[:1] == "©":
        label, body = "©", body[1:].lstrip()
    elif body[:3] in ("(C)", "(c)"):
        label, body = body[:3], body[3:].lstrip()
    words = body.split()
    if len(words) < 4 or body[:1] in "([":
        return None
    for size in range(min(8, len(words) - 3), 0, -1):
        head = " ".join(words[:size])
        rest = words[size:]
        if rest[0] in ("-", "–", "—") and "/" in head:  # "Eric Risberg/Associated Press - “I don't think …”"
            rest = rest[1:]
        if head[-1] in "-–—:|/," or not _CAPTION_START.match(rest[0]) or not looks_like_credit(head, registry):
            continue
        if registry.match(words[0]) is None and "/" not in head and " " not in head:
            continue
        parts = split_parts(head)
        if not parts:
            continue
        credit = parse(head, registry)
        if credit.agency is None:
            continue
        end_part = parts[-1]
        hit = registry.match(end_part)
        if fold(words[0]) in _ARTICLES and (hit is None or not fold(hit[1]).startswith(fold(words[0]))):
            continue  # "The Bloomberg Dollar Spot Index, which …": a sentence about a name, not a credit before it
        ends_agency = hit is not None and fold(end_part).endswith(fold(hit[1]))
        ends_role = fold(head.split()[-1]) in _ROLE_END
        ends_name = "/" in head and len(end_part.split()) == 2 and hit is None
        if not (ends_agency or ends_role or ends_name):
            continue
        bare = label is None and "/" not in head and not ends_role and len(parts) == 1
        start = len(text) - len(" ".join(rest)) if text.endswith(" ".join(rest)) else text.find(rest[0], len(head))
        return LeadingCredit(head, label, start, credit, bare)
    return None


def source_and_caption(text: str) -> tuple[str, str] | None:
    """(caption, credit) of a text holding BBC's hidden labels, in either order ("Image source, Getty Images Image
    caption, The glacier …", the labels often glued to the words before them), else None."""
    found = _SOURCE_AND_CAPTION.match(text) or _CAPTION_AND_SOURCE.match(text)
    if found is None:
        return None
    return found.group("caption").strip(), found.group("credit").strip(" ,")


_SOURCE_AND_CAPTION = lazy_re.compile(
    r"^\s*(?:Image|Photo) source,?\s*(?P<credit>.{2,120}?)\s*(?:Image|Media) caption,?\s*(?P<caption>.+)$", re.DOTALL
)
_CAPTION_AND_SOURCE = lazy_re.compile(
    r"^\s*(?:Image|Media) caption,?\s*(?P<caption>.+?)\s*(?:Image|Photo) source,?\s*(?P<credit>.{2,120})$", re.DOTALL
)
