"""Other extractors' ways of writing a picture, rewritten as the Markdown lines the text reader reads.

Each text reaches `checker/readers/text_lines.py` as lines; an extractor that writes a picture its own way has it
rewritten here first, every line keeping its number (findings point at the line the picture stood on):
- reStructuredText (pandoc -t rst): "|image2|" substitutions and ".. image::" lines;
- raw HTML a converter left (checker/readers/text_markup.py): `<figure>`, a lone `<img>`, WordPress's shortcode;
- html-to-text: "[https://…/photo.jpg]" with its alt text wrapped above, and its teaser cards;
- AsciiDoc: "image::https://…/photo.jpg[alt]";
- Org mode: "#+caption:" over "[[photo.jpg]]";
- MediaWiki (pandoc -t mediawiki): "[[File:https://…/photo.jpg|thumb|Caption]]";
- Markdown's reference style (html2text --reference-links): "![alt][58]", the address defined as "[58]: https://…";
- Markdown: a picture linked to its own larger file, "[![alt](photo.jpg)](photo-large.jpg)";
- Textile (pandoc -t textile): "!https://…/photo.jpg(alt)!", linked as "\"!https://…/photo.jpg!\":/news/…";
- Jira (pandoc -t jira): "!https://…/photo.jpg|alt=…!", links "[text|https://…]", "{anchor:…}" marks;
- Haddock (pandoc -t haddock): "<<https://…/photo.jpg alt>>";
- DokuWiki and ZimWiki: "{{https://…/photo.jpg?660x495|alt}}", links "[[address|text]]"; XWiki:
  "[[image:https://…/photo.jpg||alt=\"alt\"]]", links "[[text>>address]]";
- a grid table's one-cell rows ("| picture |", "| caption |" between "+----+" rules): the cell's text;
- Textile's and Jira's headings ("h3. Title", "h4(#id). Title") and Textile's links ("\"text\":/news/…").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker import lazy_re
from checker.readers import text_patterns as P


def as_markdown(text: str, lines: list[tuple[int, str]], raw: list[str]) -> tuple[list[tuple[int, str]], set[int]]:
    """The lines with each extractor's pictures rewritten, and the positions of html-to-text's teaser cards.
    `raw` are the text's own lines (Org mode's caption keyword is looked up there)."""
    if "<span" in text and ("[[File:" in text or "![" in text):  # a picture's alt or caption holding a span: its text
        lines = [(number, _SPAN.sub("", line) if _SPANNED_PICTURE.match(line) else line) for number, line in lines]
    if "image:" in text:  # AsciiDoc's image macros wrapped over lines, their roles ("[.credit]#Photo: …#")
        lines = _asciidoc_macros_joined(lines)
        if "]#" in text:  # each role's text a line of its own ("image:…[alt][.credit]##Name/Reuters##[.caption]##…##")
            lines = [(number, part) for number, line in lines for part in _asciidoc_roles(line)]
    if "<" in text or "[caption" in text:
        lines = _markup_as_lines(lines)
    if "\n." in text and len(_ROFF_REQUEST.findall(text)) >= _ROFF_REQUESTS:
        lines = _roff_lines(lines)
    if "@image{" in text or "\n@node " in text:
        lines = _texinfo_lines(lines)
    if "[[File:" in text or "[[Image:" in text:
        lines = [(number, _WIKI_IMAGE.sub(_wiki_reference, line)) for number, line in lines]
    if ":::" in text or "]{" in text:
        lines = _pandoc_lines(lines)
    if "{{" in text or "[[" in text or ">>" in text or "\n=" in text:
        lines = [(number, part) for number, line in lines for part in _leading_picture(line, _wiki_line(line))]
    cards: set[int] = set()
    if "[http" in text or "[//" in text:
        lines, cards = _html_to_text_pictures(lines)
    if "image:" in text:
        lines = [
            (number, _ASCIIDOC_LINKED_IMAGE.sub(_asciidoc_reference, _ASCIIDOC_IMAGE.sub(_asciidoc_reference, line)))
            for number, line in lines
        ]
        if "\n=" in text:  # AsciiDoc's section titles, "== Title"
            lines = [(number, _ASCIIDOC_HEADING.sub(_asciidoc_heading, line)) for number, line in lines]
    if _ASCIIDOC_LINK.search(text):
        lines = [(number, _ASCIIDOC_LINK.sub(r"[\2](\1)", line)) for number, line in lines]
    if "![" in text and "][" in text:
        lines = _resolve_references(lines)
    if "[[" in text:
        lines = _org_captions_below([(number, part) for number, line in lines for part in _org_parts(line)], raw)
    if "+--" in text:
        lines = [(number, _one_cell(line)) for number, line in lines]
    if "| ![" in text or "|![" in text:  # a layout table's row, the picture in one cell and its caption in the next
        lines = [(number, cell) for number, line in lines for cell in _picture_row(line)]
    if "<<http" in text:
        lines = [
            (number, _HADDOCK_IMAGE.sub(lambda m: reference(m.group(2) or "", m.group(1)), line))
            for number, line in lines
        ]
    if "{anchor:" in text or "|http" in text or "|/" in text:
        lines = [(number, _jira_line(line)) for number, line in lines]
    if "!http" in text or "!/" in text or "!{" in text:
        lines = [(number, _TEXTILE_IMAGE.sub(_textile_reference, line)) for number, line in lines]
    if '":' in text:
        lines = [(number, _TEXTILE_LINK.sub(r"[\1](\2)", line)) for number, line in lines]
    if _HEADING.search(text):
        lines = [(number, _HEADING.sub(_heading, line)) for number, line in lines]
    if "[![" in text:
        lines = [(number, unlinked_from_file(line)) for number, line in lines]
    if "](" in text:
        lines = [
            (number, _FILE_LINK_LINE.sub(_file_link_picture, line) if "](" in line else line) for number, line in lines
        ]
    return lines, cards


# A line that is one link to an image file, its words a description ("[Felix Neureuther vor der Ski-WM: …](https://
# …/story_hires/…/image.jpg)"): a linked picture its extractor printed as its alt text (html2text's images_to_alt)
_FILE_LINK_LINE = lazy_re.compile(
    r"^(\s*)\[([^\[\]]{1,300})\]\(((?:https?:)?//[^()\s]+?\.(?:jpe?g|png|webp|gif|avif)(?:\?[^()\s]*)?)"
    r"(?:\s+\"[^\"]*\")?\)\s*$",
    re.IGNORECASE,
)
_DESCRIBED_WORDS = 3


def _file_link_picture(match: re.Match[str]) -> str:
    words = match.group(2).split()
    if len(words) < _DESCRIBED_WORDS or P.CONTROL_ALT.match(match.group(2).strip()):
        return match.group(0)  # "[Download](photo.jpg)", "[Enlarge](…)": a link, no picture printed
    return match.group(1) + reference(match.group(2).strip(), match.group(3))


_GRID_RULE = lazy_re.compile(r"^\s*\+[-=:+]{3,}\+\s*$")
_ONE_CELL = lazy_re.compile(r"^\s*\|\s(.*?)\s*\|\s*$")


def _picture_row(line: str) -> list[str]:
    """A Markdown table's row that holds a picture ("| ![alt](photo.jpg) || Caption. Credit: Name |", markitdown's
    layout tables): each cell that has words a line of its own, in order; any other line as it is."""
    stripped = line.strip()
    if not (stripped.startswith("|") and stripped.endswith("|") and "![" in stripped):
        return [line]
    cells = [cell.strip() for cell in _CELL_BAR.split(stripped[1:-1])]
    return [cell for cell in cells if cell] or [line]


_CELL_BAR = lazy_re.compile(r"(?<!\\)\|")  # a cell's bar, not an escaped one ("\|" in an alt text)


def _one_cell(line: str) -> str:
    """A grid table's rule as a blank line, a row of one cell as the cell's text (rows of several cells stay)."""
    if _GRID_RULE.match(line):
        return ""
    cell = _ONE_CELL.match(line)
    return cell.group(1) if cell and " | " not in cell.group(1) else line


# Haddock: <<address alt>>
_HADDOCK_IMAGE = lazy_re.compile(r"<<((?:https?:)?//[^\s<>]+)(?:\s+([^<>]*))?>>")
# a heading of Textile or Jira, "h3. Title", "h4(#motor-city). Title"
_HEADING = lazy_re.compile(r"^(\s*)h([1-6])(?:\([^()]*\))?\.\s+(?=\S)", re.MULTILINE)


def _heading(match: re.Match[str]) -> str:
    return f"{match.group(1)}{'#' * int(match.group(2))} "


# Jira: !address|attribute=value, …! (a lazy loader's data-src holds the photo), [text|address] (the text may be
# a picture, with spaces around it), {anchor:name}
_JIRA_IMAGE = lazy_re.compile(r"!((?:https?:)?//[^\s|!]+)\|([^!\n]{0,500})!")
_JIRA_LINK = lazy_re.compile(
    r"\[\s*([^\[\]|]*?|!\[[^\[\]]*\]\([^()\s]*\))\s*\|((?:https?:)?/[^\[\]\s|]*|javascript:[^\[\]\s|]*)\]"
)
_JIRA_ANCHOR = lazy_re.compile(r"\{anchor:[^{}]*\}")
_JIRA_ATTRIBUTE_CUT = lazy_re.compile(r",\s*(?=[\w-]+=)")  # "title=fig:, alt=Caption, with commas": cut before a name=


def _jira_line(line: str) -> str:
    line = _JIRA_ANCHOR.sub("", line)
    line = _JIRA_IMAGE.sub(_jira_reference, line)
    return _JIRA_LINK.sub(_jira_link, line)


def _jira_link(match: re.Match[str]) -> str:
    """A link as Markdown writes it; a script's "link" (a pop-up: "Enlarge This Image") as its text alone."""
    text, address = match.groups()
    return text if address.startswith("javascript:") else f"[{text}]({address})"


def _jira_reference(match: re.Match[str]) -> str:
    attributes = dict(
        (name.strip().lower(), value.strip())
        for name, _, value in (a.partition("=") for a in _JIRA_ATTRIBUTE_CUT.split(match.group(2)))
    )
    if declared_small(attributes):
        return ""  # a tracking pixel ("width=1, height=1"), an icon: no picture
    return reference(attributes.get("alt", ""), attributes.get("data-src") or match.group(1))


def declared_small(attributes: dict[str, str]) -> bool:
    """A picture whose width or height attribute says it is drawn smaller than a photo (a tracking pixel, an icon,
    an ad's badge), wherever a converter kept the attributes: raw HTML, Jira."""
    sides = [int(value) for side in ("width", "height") if (value := attributes.get(side, "")).isdigit()]
    # a side of 0 beside a photo's other side is left to the layout (Arc's width="800" height="0"); 0 by 0 is a pixel
    return any(0 < side < P.SMALL_IMAGE for side in sides) or (bool(sides) and not any(sides))


# Textile: !address(alt)!, an address that is a web address or a path to an image file (a "!" in prose stays
# prose), its style, class or alignment before the address ("!{width:190px}address!"), a link after it with ":"
_TEXTILE_IMAGE = lazy_re.compile(
    r"(?<![\w!])(?:\"\s?)?!(?P<style>(?:\{[^{}!\n]*\}|\([^()!\n]*\)|[<>=])*)"  # a link's quote; style, class, alignment
    r"(?P<address>(?:https?:)?//[^\s!()\"]+|/[^\s!()\"|]+\.(?:jpe?g|png|gif|webp))(?:\((?P<alt>(?:[^()!\"]|\([^()!\"]*\))*)\))?!"
    r"(?:\s?\")?(?::(?P<link>(?:https?:)?/[^\s\"]*|#[\w-]*|javascript:[^\s\"]*))?"
)
_STYLE_SIDE = lazy_re.compile(r"\b(width|height)\s*:\s*(\d+)px")
# Textile's link: "text":address
_TEXTILE_LINK = lazy_re.compile(r'(?<![\w!])"([^"!\[\]]{1,300})":((?:https?:)?/[^\s"\[\]()]*)')


def _textile_reference(match: re.Match[str]) -> str:
    """The picture, linked when its link leaves the page ("#next", a slideshow's own control, and a script's
    pop-up, "javascript:pop_me_up2(…)", are no links)."""
    sides = dict(_STYLE_SIDE.findall(match.group("style")))
    if declared_small(sides):
        return ""  # "!{width:1px;height:1px;}address!": a tracking pixel
    picture = reference(match.group("alt") or "", match.group("address"))
    link = match.group("link") or ""
    return f"[{picture}]({link})" if link[:1] not in ("", "#") and not link.startswith("javascript:") else picture


# MediaWiki: [[File:address|option|…|caption]], the last part its caption (or alt text)
_WIKI_IMAGE = lazy_re.compile(r"^\s*\[\[(?:File|Image):([^|\[\]\s]+)((?:\|[^|\[\]]*)*)\]\]\s*$")


def _wiki_reference(match: re.Match[str]) -> str:
    parts = [part.strip() for part in match.group(2).split("|")[1:]]
    alt = parts[-1] if parts and "=" not in parts[-1] and parts[-1] not in _WIKI_OPTIONS else ""
    return reference(alt, match.group(1))


# DokuWiki and ZimWiki (pandoc -t dokuwiki, zimwiki): {{address?size|alt}}, links [[address|text]];
# XWiki (pandoc -t xwiki): [[image:address||alt="alt"]], links [[text>>address]]
_BRACED_IMAGE = lazy_re.compile(r"\{\{\s*((?:https?:)?//[^\s{}|]+)\s*(?:\|([^{}]*))?\}\}")
_XWIKI_IMAGE = lazy_re.compile(r"\[\[image:((?:https?:)?//[^\s\[\]|]+)(?:\|\|([^\[\]]*))?\]\]")
_XWIKI_ALT = lazy_re.compile(r'\balt="([^"]*)"')
_XWIKI_MACRO = lazy_re.compile(r"\{\{[a-z]+(?:\s[^{}]*)?/\}\}")
_WIKI_HEADING = lazy_re.compile(r"^(={1,6})\s*(\S.*?)\s*=+\s*$")
_LINKED_TEXT = r"(?:[^\[\]]|!\[[^\[\]]*\]\([^()\s]*\))*"  # text, or a picture already rewritten
_BAR_LINK = lazy_re.compile(r"\[\[([^\s|\[\]{}]+)\|(" + _LINKED_TEXT + r")\]\]")
_ARROW_LINK = lazy_re.compile(r"\[\[(" + _LINKED_TEXT + r")>>([^\s\[\]]+)\]\]")


# roff (pandoc -t man, -t ms): requests (".PP", ".IP \[bu] 3", ".pdfhref W -D url -A "\c" \") on lines of their
# own, a link's text on the next (' -- "text"'), pictures as "[IMAGE: alt (address)]", escapes for characters
_ROFF_REQUEST = lazy_re.compile(r"^\.(?:PP|LP|IP|TP|SH|SS|RS|RE|br|pdfhref|B|I|nf|fi|TH|HP)\b", re.MULTILINE)
_ROFF_REQUESTS = 3
_ROFF_LINK_TEXT = lazy_re.compile(r'^\s*--\s*"(.*)"\s*$')
_ROFF_IMAGE = lazy_re.compile(r"\[IMAGE:\s*([^\[\]]*?)\s*(?:\(((?:https?:)?//[^\s()]+)\))?\s*\]")
_ROFF_ESCAPE = lazy_re.compile(r"\\(?:\[(\w\w)\]|\((\w\w)|f\[?\w?\]?|[c&e\- ])")
_ROFF_CHARACTERS = {"cq": "’", "oq": "‘", "lq": "“", "rq": "”", "em": "—", "en": "–", "aq": "'", "dq": '"', "bu": "•"}


def _roff_lines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """roff as the text it prints: a sentence the writer wrapped over lines joined back (the man writer puts each
    sentence on lines of its own), a picture's "[IMAGE: …]" joined until it closes, requests are breaks, a link's
    text stands where its request did, a picture is a Markdown reference when the writer kept its address (else its
    alt text: a line, or nothing when it has none)."""
    out: list[tuple[int, str]] = []
    filling = False  # the last line out is text a next text line may go on
    for number, line in lines:
        if line.startswith((".pdfhref M", ".pdfhref O")):
            continue  # an anchor
        if line.startswith(".br"):
            filling = False  # a line break inside a paragraph: the next text starts a line, with no blank between
            continue
        if line.startswith((".", "'")):
            filling = False
            out.append((number, ""))
            continue
        if (text := _ROFF_LINK_TEXT.match(line)) is not None:
            line = text.group(1)
        emphasised = line.startswith("\\f[") and line.rstrip().endswith("\\f[R]")  # a line in bold: a title
        if "\\" in line:
            line = _ROFF_ESCAPE.sub(_roff_character, line)
        if filling and line.strip() and _roff_goes_on(out[-1][1], line):
            out[-1] = (out[-1][0], f"{out[-1][1].rstrip()} {line.strip()}")
        else:
            out.append((number, line))
            filling = bool(line.strip()) and not emphasised
    return [(number, _roff_pictures(line)) if "[IMAGE:" in line else (number, line) for number, line in out]


def _roff_goes_on(last: str, line: str) -> bool:
    """The text line goes on the last one: inside a picture's "[IMAGE: …" still open, or a sentence wrapped (the
    last line ends no sentence), neither line a picture."""
    opened = last.rfind("[IMAGE:")
    if opened >= 0:
        return "]" not in last[opened:]
    return not line.lstrip().startswith("[IMAGE:") and last.rstrip()[-1:] not in _SENTENCE_ENDS


_SENTENCE_ENDS = frozenset('.!?:;"”’)]')


def _roff_pictures(line: str) -> str:
    return _ROFF_IMAGE.sub(lambda m: reference(m.group(1), m.group(2)) if m.group(2) else m.group(1), line)


def _roff_character(match: re.Match[str]) -> str:
    name = match.group(1) or match.group(2)
    if name:
        return _ROFF_CHARACTERS.get(name, "")
    escape = match.group(0)
    return {"\\-": "-", "\\e": "\\", "\\ ": " "}.get(escape, "")


# Texinfo (pandoc -t texinfo): "@image{file,width,height,alt,extension}", "@uref{address,text}", "@emph{text}",
# structure commands on lines of their own ("@node …", "@anchor{…}", "@chapter Title")
# its alt text may hold commas ("… in Hoover, Alabama."): it runs from the third comma to the last
_TEXINFO_IMAGE = lazy_re.compile(r"@image\{([^,{}]+)(?:,([^,{}]*))?(?:,([^,{}]*))?(?:,([^{}]*?))?(?:,([^,{}]*))?\}")
_TEXINFO_CAPTION = lazy_re.compile(r"^\s*@caption\{(.*)\}\s*$")
_TEXINFO_LINK = lazy_re.compile(r"@uref\{([^,{}]+)(?:,([^{}]*))?\}")
_TEXINFO_INLINE = lazy_re.compile(r"@(?:emph|strong|code|var|samp|w|dfn|cite|sc|b|i|r|t)\{([^{}]*)\}")
_TEXINFO_HEADING = lazy_re.compile(
    r"^@(?:chapter|section|subsection|subsubsection|unnumbered\w*|heading|subheading)\s+"
)
_TEXINFO_STRUCTURE = lazy_re.compile(r"^@(?:node|anchor|menu|end|top|settitle|setfilename|c|comment|bye|include)\b")


def _texinfo_lines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Each line as `_texinfo_line` writes it; a picture between "@itemize" and "@end itemize" is a list's item
    (a list of other stories, each with its thumbnail), as Markdown writes one ("* ![alt](…)")."""
    out: list[tuple[int, str]] = []
    depth = 0
    lines = _texinfo_commands_joined(lines)
    for number, line in lines:
        stripped = line.strip()
        if stripped.startswith(("@itemize", "@enumerate")):
            depth += 1
        elif stripped in ("@end itemize", "@end enumerate"):
            depth = max(0, depth - 1)
        written = _texinfo_line(line)
        if depth and written.startswith("!["):
            written = f"* {written}"
        out.append((number, written))
    return out


def _texinfo_commands_joined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """ "@image{…" and "@caption{…" the writer wrapped over lines, joined back up to their closing brace."""
    out: list[tuple[int, str]] = []
    open_at: int | None = None
    for number, line in lines:
        if open_at is not None and line.strip():
            out[open_at] = (out[open_at][0], f"{out[open_at][1].rstrip()} {line.strip()}")
            out.append((number, ""))
            if out[open_at][1].count("{") <= out[open_at][1].count("}"):
                open_at = None
            continue
        open_at = None
        out.append((number, line))
        if line.lstrip().startswith(("@image{", "@caption{")) and line.count("{") > line.count("}"):
            open_at = len(out) - 1
    return out


def _texinfo_line(line: str) -> str:
    """A Texinfo line as Markdown: a picture as a reference (its file's extension put back), links as links,
    headings as headings, structure commands as breaks."""
    if _TEXINFO_STRUCTURE.match(line) or line.strip() in ("@item", "@float"):
        return ""
    if (caption := _TEXINFO_CAPTION.match(line)) is not None:
        line = caption.group(1)  # a float's caption, under its picture
    line = _TEXINFO_HEADING.sub("## ", line)
    if "{" in line:  # emphasis first: "@image{…,@emph{Caption},jpg}" holds it in the picture's alt text
        line = _TEXINFO_INLINE.sub(r"\1", line)
    if "@image{" in line:
        line = _TEXINFO_IMAGE.sub(_texinfo_picture, line)
    if "@uref{" in line:
        line = _TEXINFO_LINK.sub(lambda m: f"[{m.group(2) or m.group(1)}]({m.group(1)})", line)
    return line.replace("@*", "").replace("@@", "@").replace("@{", "{").replace("@}", "}")


def _texinfo_picture(match: re.Match[str]) -> str:
    file, alt, extension = match.group(1).strip(), (match.group(4) or "").strip(), (match.group(5) or "").strip()
    if extension and not _IMAGE_NAME.search(file.split("?")[0]):
        file = f"{file}.{extension}"
    return reference(alt, file)


_IMAGE_NAME = lazy_re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg)$", re.IGNORECASE)


def _pandoc_lines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Each line as `_pandoc_line` writes it; fences and the blank lines around them make one break, not several
    ("![photo](…)" / "::: " / "" / "caption": the caption one blank line under its picture)."""
    out: list[tuple[int, str]] = []
    # the open fenced divs, each whether its class or id names a logo or an icon, or another story's teaser
    named: list[bool] = []
    for number, line in _attributes_joined(lines):
        if fence := _FENCED_DIV.match(line):
            opening = (fence.group(1) or "").strip(" {}")
            if opening:
                names = opening.split("=", 1)[0]  # its classes and id, before any key="value" (a player's JSON)
                named.append(_FURNITURE_NAME.search(opening) is not None or _TEASER_NAME.search(names) is not None)
            elif named:
                named.pop()
        elif any(named) and _LONE_PICTURE.match(line):
            # "::: {#wp-logo-for-print}" / "![The Washington Post](…/washingtonpost_black_32.png)": a logo;
            # ":::: {.relatedContent}" / "::: teaserImg" / "![…](/image/51922364_301.jpg …)": another story's card
            line = ""
        written = _pandoc_line(line)
        if not written.strip() and out and not out[-1][1].strip():
            continue  # a break already stands there
        out.append((number, written))
    return out


def _pandoc_line(line: str) -> str:
    """pandoc's Markdown extensions as plain Markdown: a fenced div's marker line ("::: image-wrap") is a break
    between blocks, a bracketed span ("[(Photo: Name, Agency)]{.credit}") its text, attributes after a picture
    ("![alt](photo.jpg){.figure-img width=…}") dropped."""
    if _FENCED_DIV.match(line):
        return ""
    if line.endswith("\\") and not line.endswith("\\\\"):
        line = line[:-1]  # a hard line break's backslash: "![](photo.jpg)\" / "Caption"
    if "]{" in line:
        line = _BRACKETED_SPAN.sub(r"\1", line)
    if "){" in line:
        line = _PICTURE_ATTRIBUTES.sub(_picture_unless_furniture, line)
        line = _LINK_ATTRIBUTES.sub(r"\1", line)
    return line


def _attributes_joined(lines: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """The lines, each link's attributes that pandoc wrapped over lines joined to it ('[…](…){.article-link' /
    'link-type="content-link"}'): the rest is no text of the page (a picture's are joined before, with it)."""
    index = 0
    while index < len(lines):
        number, line = lines[index]
        index += 1
        if "){" in line and _OPEN_ATTRIBUTES.search(line):
            start = line.rindex("){") + 1
            block, index = attributes_run_on(line[start:], lines, index)
            line = line[:start] + block
        yield number, line


def attributes_run_on(block: str, lines: list[tuple[int, str]], index: int) -> tuple[str, int]:
    """An attribute block ("{srcset=…") with the lines from `index` on that pandoc wrapped it over joined to it, up
    to its closing "}" (a blank line, or ATTRIBUTE_RUN lines, end it all the same); and the first line not taken."""
    for _ in range(ATTRIBUTE_RUN):
        if attributes_end(block) >= 0 or index >= len(lines) or not lines[index][1].strip():
            break
        block = f"{block} {lines[index][1].strip()}"
        index += 1
    return block, index


def attributes_end(text: str) -> int:
    """Where the attribute block that opens the text ("{.wp-image width=… image-meta=\"{…}\"}") closes: its "}"
    outside the values' quotes; -1 while it goes on."""
    quoted = False
    for at, character in enumerate(text):
        if character == '"' and text[at - 1 : at] != "\\":
            quoted = not quoted
        elif character == "}" and not quoted:
            return at
    return -1


def _picture_unless_furniture(match: re.Match[str]) -> str:
    """A picture without its attributes, or nothing where they say it is drawn small or name an avatar, a logo
    or an icon ("![](…/photo.jpg){.avatar .avatar-34 height="34" width="34"}": a commenter's picture)."""
    return "" if furniture_attributes(match.group(0)[len(match.group(1)) :]) else match.group(1)


def furniture_attributes(attributes: str) -> bool:
    """pandoc's attributes of a picture ("{.avatar .avatar-34 height="34" width="34"}") say it is drawn small or
    name it an avatar, a logo or an icon."""
    values = dict(_ATTRIBUTE_VALUE.findall(attributes))
    return declared_small(values) or _FURNITURE_NAME.search(" ".join(_CLASS_NAME.findall(attributes))) is not None


_FENCED_DIV = lazy_re.compile(r"^\s*:{3,}(?:\s+(.*?))?\s*:*\s*$")
_FURNITURE_NAME = lazy_re.compile(r"logo|icon|avatar|sprite", re.IGNORECASE)
# a div's class or id that names other stories' cards (the words of the HTML reader's chrome selectors; not
# "promo", which a gallery's state class can hold, nor "teaser", which names DW's gallery slides as well, nor
# "related" alone: Reuters' "relatedPhoto" is the story's own)
_TEASER_NAME = lazy_re.compile(
    r"related[-_]?(?:content|stor(?:y|ies)|posts?|articles?|links?|items?|news|videos?|rail)|recirc|outbrain|taboola"
    r"|most-?popular|more-stories|recommend|trending",
    re.IGNORECASE,
)
_LONE_PICTURE = lazy_re.compile(r"^\s*!\[[^\[\]]*\]\([^()\s]+(?:\s+\"[^\"]*\")?\)(?:\{[^{}]*\})?\s*$")
_BRACKETED_SPAN = lazy_re.compile(r"(?<![!\]])\[([^\[\]]*)\]\{[^{}]*\}")
_ATTRIBUTE_VALUE = lazy_re.compile(r"\b(width|height)=\"?(\d+)")
_CLASS_NAME = lazy_re.compile(r"(?<![\w-])\.([\w-]+)")
_PICTURE_ATTRIBUTES = lazy_re.compile(r"(!\[[^\[\]]*\]\([^()\s]+\))\{[^{}]*\}?")
_LINK_ATTRIBUTES = lazy_re.compile(r"((?<!!)\[[^\[\]]*\]\([^()\s]+\))\{[^{}]*\}?")
_OPEN_ATTRIBUTES = lazy_re.compile(r"\]\([^()\s]+\)\{[^{}]*$")  # "](…){.class …", closed on a later line
ATTRIBUTE_RUN = 24  # lines an attribute block may run on for (a srcset, sizes, a CMS's metadata, each on its own)


def _wiki_line(line: str) -> str:
    """A DokuWiki, ZimWiki or XWiki line as Markdown: pictures as references (the inner ones first: a picture
    may be a link's text), links as Markdown links, headings ("==== Title ====") as headings, XWiki's macros
    ("{{id name=\"logo\" /}}") dropped; MediaWiki's [[File:…]] is read before, Org's [[…][…]] after."""
    if "{{" in line:
        line = _XWIKI_MACRO.sub("", line)
        line = _BRACED_IMAGE.sub(lambda m: reference((m.group(2) or "").strip(), m.group(1)), line)
    if line.startswith("="):
        line = _WIKI_HEADING.sub(lambda m: f"{'#' * min(len(m.group(1)), 6)} {m.group(2)}", line)
    if "[[image:" in line:
        line = _XWIKI_IMAGE.sub(_xwiki_reference, line)
    if "|" in line and "[[" in line:
        line = _BAR_LINK.sub(lambda m: f"[{m.group(2)}]({m.group(1)})", line)
    if ">>" in line:
        line = _ARROW_LINK.sub(lambda m: f"[{m.group(1)}]({m.group(2)})", line)
    return line


def _leading_picture(written: str, line: str) -> list[str]:
    """A wiki's picture at the start of its paragraph (XWiki's "[[image:…]]Text…", DokuWiki's "{{…}} Text…"): the
    picture, then the paragraph apart from it (a blank line between: the paragraph is the story's, not a caption).
    `written` is the line as the wiki wrote it, `line` as rewritten."""
    glued = _GLUED_PICTURE.match(line) if written.startswith(("{{", "[[image:")) else None
    return [glued.group(1), "", glued.group(2)] if glued else [line]


_GLUED_PICTURE = lazy_re.compile(r"^(!\[[^\[\]]*\]\([^()\s]+\))\s*(\w.*)$")


def _xwiki_reference(match: re.Match[str]) -> str:
    alt = _XWIKI_ALT.search(match.group(2) or "")
    return reference(alt.group(1) if alt else "", match.group(1))


_WIKI_OPTIONS = {"thumb", "thumbnail", "frame", "frameless", "border", "left", "right", "center", "none", "upright"}
_REFERENCE_IMAGE = lazy_re.compile(r"^(\s*)!\[([^\]]*)\]\[([^\]]+)\]\s*$")
_DEFINITION = lazy_re.compile(r"^\s{0,3}\[([^\]]+)\]:\s*(\S+)")


def _resolve_references(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A reference-style Markdown picture ("![alt][58]") with its address from the definition ("[58]: https://…")."""
    defined = {m.group(1).lower(): m.group(2) for _, line in lines if (m := _DEFINITION.match(line))}
    out = []
    for number, line in lines:
        found = _REFERENCE_IMAGE.match(line) if "![" in line else None
        address = defined.get(found.group(3).lower()) if found else None
        if found and address:
            line = found.group(1) + reference(found.group(2), address.strip("<>"))
        out.append((number, line))
    return out


def _markup_as_lines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Raw HTML a converter left (checker/readers/text_markup.py): its images and text, each a line of its own."""
    from checker.readers.text_markup import has_markup, markup_lines  # only texts with markup pay its import

    document = _markup_document(lines)
    lines = _figure_captions_below(_element_text_joined(lines)) if document else _figure_markup_joined(lines)
    out: list[tuple[int, str]] = []
    for number, line in lines:
        if has_markup(line):
            parts = markup_lines(line)
            if document and parts and out and out[-1][1].startswith("![") and _PARAGRAPH_ELEMENT.match(line):
                out.append((number, ""))  # "<graphic …/>" then "<p>…</p>": the story's next paragraph, no caption
            if parts:
                out += [(number, part) for part in parts]
            elif not out or out[-1][1].strip():
                out.append((number, ""))  # tags alone: a break between blocks, one for a run of them
        else:
            out.append((number, line))
    return out


def _figure_markup_joined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Raw HTML a Markdown writer wrapped: a tag cut over lines ("<img" / "src=…" / "alt=… />") and a figure's
    caption over lines ("<figcaption><span>Getty" / "Images</span>…</figcaption>"), each joined back at its first
    line (the lines it took stay, blank)."""
    out = list(lines)
    index = 0
    while index < len(out):
        number, line = out[index]
        tag_open = _OPEN_TAG.search(line) is not None
        caption_open = "<figcaption" in line and "</figcaption>" not in line
        if tag_open or caption_open:
            for end in range(index + 1, min(index + _MARKUP_JOIN_LINES, len(out))):
                part = out[end][1].strip()
                if not part:
                    break
                done = ">" in part if tag_open and not caption_open else "</figcaption>" in part
                if done:
                    joined = " ".join([line.rstrip()] + [text.strip() for _, text in out[index + 1 : end + 1]])
                    out[index : end + 1] = [(number, joined)] + [(n, "") for n, _ in out[index + 1 : end + 1]]
                    break
        index += 1
    return out


_OPEN_TAG = lazy_re.compile(r"<(?:img|figure|figcaption|picture|source|a|span|div|p)\b[^<>]*$", re.IGNORECASE)
_MARKUP_JOIN_LINES = 8


def _markup_document(lines: list[tuple[int, str]]) -> bool:
    """The text is an XML writer's document (DocBook, JATS, TEI, OpenDocument), not prose with a few tags or a
    page's raw HTML: a third of its lines or more start with a tag, and it uses the writers' own elements."""
    filled = [line.lstrip() for _, line in lines if line.strip()]
    return (
        len(filled) >= _MARKUP_LINES
        and sum(line[:1] == "<" for line in filled) * 3 >= len(filled)
        and any(_XML_WRITER_ELEMENT.match(line) for line in filled)
    )


_PARAGRAPH_ELEMENT = lazy_re.compile(r"^\s*<(?:p|para|head)[\s>]")
_MARKUP_LINES = 10
_XML_WRITER_ELEMENT = lazy_re.compile(
    r"<(?:para|sect?\d?|section xmlns|fig|figure|graphic|imagedata|text:p|TEI|div type=)\b"
)


def _element_text_joined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """An element's text the writer wrapped over lines joined back at its first line ("<title>Caption wrapped" /
    "over lines.</title>"): a line of text continues the line before when neither meets a tag there."""
    out: list[tuple[int, str]] = []
    filling = -1  # the line out that the next line of text may go on
    for number, line in lines:
        stripped = line.strip()
        if filling >= 0 and stripped and stripped[0] != "<" and out[filling][1].rstrip()[-1:] not in ("", ">"):
            out[filling] = (out[filling][0], f"{out[filling][1].rstrip()} {stripped}")
            out.append((number, ""))  # the line stays, blank: lines keep their numbers
            continue
        filling = len(out) if stripped else -1
        out.append((number, line))
    return out


def _figure_captions_below(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """XML writers put a figure's caption before its picture (DocBook's <title>, JATS's <caption>, TEI's <head>);
    the reader reads a caption under it: the picture's line moves up before the caption's (numbers stay)."""
    out = list(lines)
    for start, (_, line) in enumerate(out):
        if not _FIGURE_OPEN.search(line):
            continue
        caption = picture = None
        for index in range(start, min(start + _FIGURE_LINES, len(out))):
            text = out[index][1]
            if caption is None and _FIGURE_CAPTION.search(text):
                caption = index
            if _FIGURE_PICTURE.search(text):
                picture = index
                break
            if _FIGURE_CLOSE.search(text):
                break
        if caption is not None and picture is not None and caption < picture and caption > start:
            texts = [text for _, text in out[caption : picture + 1]]
            rotated = texts[-1:] + texts[:-1]
            out[caption : picture + 1] = [
                (number, text) for (number, _), text in zip(out[caption : picture + 1], rotated, strict=True)
            ]
    return out


_FIGURE_OPEN = lazy_re.compile(r"<(?:figure|fig)\b", re.IGNORECASE)
_FIGURE_CLOSE = lazy_re.compile(r"</(?:figure|fig)>", re.IGNORECASE)
_FIGURE_CAPTION = lazy_re.compile(r"<(?:title|caption|head)\b", re.IGNORECASE)
_FIGURE_PICTURE = lazy_re.compile(r"<(?:imagedata|graphic|img|inline-graphic|draw:image)\b", re.IGNORECASE)
_FIGURE_LINES = 30


CARD_LINES = 3
# AsciiDoc's link: "https://site/dc[D.C.]", the address then its text in brackets (not "image:…[alt]")
_ASCIIDOC_LINK = lazy_re.compile(r"(?<![\w:(\[!/])((?:https?:)?//[^\s\[\]()]+)\[([^\[\]\n]*)\]")
_SPAN = lazy_re.compile(r"</?span\b[^<>]*>", re.IGNORECASE)
_SPANNED_PICTURE = lazy_re.compile(r"^\s*(?:\[\[File:|!\[[^\]]*<span)")
_ASCIIDOC_ROLE = lazy_re.compile(r"\[\.[\w-]+\](#{1,2})([^#\n]*)\1")  # "[.credit]#…#", "[.credit]##…##"


def _asciidoc_roles(line: str) -> list[str]:
    """The line with each role's text ("[.photo-credit]#Name#") in its place inside an image macro's alt text, and
    standing as a line of its own after the macro or on a line of text; the line itself when it holds none."""
    if "]#" not in line:
        return [line]
    macro, rest = _macro_and_rest(line)
    parts: list[str] = [_ASCIIDOC_ROLE.sub(r"\2", macro)]
    position = 0
    for match in _ASCIIDOC_ROLE.finditer(rest):
        parts += [rest[position : match.start()], match.group(2)]
        position = match.end()
    parts.append(rest[position:])
    kept = [part for part in parts if part.strip()]
    return kept or [""]


def _macro_and_rest(line: str) -> tuple[str, str]:
    """An image macro's line cut after the macro's closing bracket ("image::photo.jpg[alt [.credit]#AP#]", then what
    follows it); ("", line) for a line that starts no macro."""
    if not line.lstrip().startswith("image:") or "[" not in line:
        return "", line
    depth = 0
    for position in range(line.index("["), len(line)):
        depth += {"[": 1, "]": -1}.get(line[position], 0)
        if depth == 0:
            return line[: position + 1], line[position + 1 :]
    return line, ""


_ASCIIDOC_HEADING = lazy_re.compile(r"^(={1,6})\s+(?=[^=\s])")  # "== Title" (not a wiki's "== Title ==")


def _asciidoc_macros_joined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """An image macro whose alt text the writer wrapped over lines ("image::photo.jpg[Council members raise" /
    "their hands …]") joined back at its first line (the lines it took stay, blank)."""
    out = list(lines)
    for index, (number, line) in enumerate(out):
        if not line.lstrip().startswith("image:") or "[" not in line:
            continue
        depth = line.count("[") - line.count("]")  # the alt text's bracket, and roles' inside it, still open
        marks = line.count("##")  # a role after the macro ("[.credit]##Brendan" / "Mcdermid/Reuters##"), still open
        for end in range(index + 1, min(index + 6, len(out))) if depth > 0 or marks % 2 else ():
            part = out[end][1].strip()
            if not part:
                break
            depth += part.count("[") - part.count("]")
            marks += part.count("##")
            if depth <= 0 and marks % 2 == 0:
                joined = " ".join([line.rstrip()] + [text.strip() for _, text in out[index + 1 : end + 1]])
                out[index] = (number, joined)
                out[index + 1 : end + 1] = [(n, "") for n, _ in out[index + 1 : end + 1]]
                break
    return out


def _asciidoc_heading(match: re.Match[str]) -> str:
    return "#" * len(match.group(1)) + " "


# AsciiDoc's image macro, its address absolute or the site's own ("/content/…/photo.jpg")
_ASCIIDOC_IMAGE = lazy_re.compile(r"^\s*image::?((?:(?:https?:)?//|/)[^\s\[\]]+)\[([^\]]*)\]\s*$")
# the macro as a link's text, the link to the photo's larger file (a lightbox): "https://…/map.png[image:https://…
# /map.png?w=580[image]]"; a link to another page leaves it a link
_ASCIIDOC_LINKED_IMAGE = lazy_re.compile(
    r"^\s*(?:link:)?(?:https?:)?//[^\s\[\]]+?\.(?:jpe?g|png|webp|gif|avif)(?:\?[^\s\[\]]*)?"
    r"\[image::?((?:https?:)?//[^\s\[\]]+)\[([^\]]*)\]\]\s*$",
    re.IGNORECASE,
)
# "[![alt](photo.jpg)](photo-large.jpg)" (html2text: "[ ![alt](photo.jpg) ](photo-large.jpg)"): a picture linked to its
# own larger file (a lightbox), not to a page; at a line's start, its paragraph's text may follow it
_LINKED_TO_FILE = lazy_re.compile(
    r"^(\s*)\[\s?(!\[[^\]]*\]\((?:\\.|[^)\s\\])+\))\s?\]\((?:\\.|[^)\s\\])+?\.(?:jpe?g|png|webp|gif|avif)(?:\?[^)\s]*)?\)",
    re.IGNORECASE,
)


def unlinked_from_file(line: str) -> str:
    """The line with a picture at its start that links to its own larger file written as the picture alone."""
    return _LINKED_TO_FILE.sub(r"\1\2", line)


def reference(alt: str, address: str) -> str:
    """The Markdown reference `![alt](address)`, with what would end it early escaped: square brackets in the alt
    text, spaces, brackets and quotes in the address ("filters:focal(0x0:2500x1667)")."""
    return f"![{alt.replace('[', '(').replace(']', ')')}]({address.translate(_ADDRESS_ESCAPES)})"


_ADDRESS_ESCAPES = str.maketrans({" ": "%20", "(": "%28", ")": "%29", "[": "%5B", "]": "%5D", '"': "%22"})


def _asciidoc_reference(match: re.Match[str]) -> str:
    """The macro's reference; its alt text without the attributes after it ("Raj …,width=362,height=261")."""
    return reference(_ASCIIDOC_ATTRIBUTES.split(match.group(2), maxsplit=1)[0], match.group(1))


_ASCIIDOC_ATTRIBUTES = lazy_re.compile(r",\s*[\w-]+=")


# Org mode (pandoc -t org): "#+caption: Text" over "[[path/photo.jpg]]", links "[[address][text]]"
_ORG_CAPTION = lazy_re.compile(r"^\s*#\+caption:\s*", re.IGNORECASE)
_ORG_IMAGE = lazy_re.compile(r"\[\[([^\[\]\s]+?\.(?:jpe?g|png|webp|gif|avif)(?:\?[^\[\]\s]*)?)\]\]", re.IGNORECASE)
_ORG_DESCRIBED_IMAGE = lazy_re.compile(
    r"\[\[((?:https?:)?/[^\[\]\s]+?\.(?:jpe?g|png|webp|gif|avif)(?:\?[^\[\]\s]*)?)\]\[([^\[\]]*)\]\]", re.IGNORECASE
)
_ORG_LINK = lazy_re.compile(r"\[\[[^\[\]\s]*\](?:\[([^\[\]]*)\])?\]")


def _org_parts(line: str) -> list[str]:
    """The Org line as Markdown lines: a picture linked to its larger file ("opened.[[…/photo-large.jpg][[[…/
    photo-inset.jpg]]]]", a lightbox) glued to a paragraph's end stands as a line of its own, after the text."""
    found = _ORG_LIGHTBOX.search(line) if "][[[" in line else None
    if found is None or not line[: found.start()].strip():
        return [_org_line(line)]
    return [_org_line(line[: found.start()]), reference("", found.group(2)), *_org_parts(line[found.end() :])]


_ORG_LIGHTBOX = lazy_re.compile(
    r"\[\[((?:https?:)?/[^\[\]\s]+?\.(?:jpe?g|png|webp|gif))\]\[\[\[((?:https?:)?/[^\[\]\s]+?\.(?:jpe?g|png|webp|gif))\]\]\]\]",
    re.IGNORECASE,
)


def _org_line(line: str) -> str:
    """An Org mode line as Markdown: its caption keyword dropped, a line of image links the reference of its
    photo (a lazy loader's placeholder beside it left out), other links their text."""
    if _ORG_CAPTION.match(line):
        line = _ORG_CAPTION.sub("", line)
    described = _ORG_DESCRIBED_IMAGE.fullmatch(line.strip())
    if described is not None:  # Muse's picture with its description, "[[photo.jpg][Caption (Photo: …)]]"
        return reference(described.group(2), described.group(1))
    images = _ORG_IMAGE.findall(line)
    if images and not _TAG.sub("", _ORG_IMAGE.sub("", line)).strip():  # Muse's "<class> [[…jpg]] </class>" too
        photos = [src for src in images if not _PLACEHOLDER_FILE.search(src.rsplit("/", 1)[-1])] or images[:1]
        return "".join(reference("", src) for src in photos)
    return _ORG_LINK.sub(lambda match: match.group(1) or "", line) if "[[" in line else line


_TAG = lazy_re.compile(r"</?[a-z]+>")


def _org_captions_below(lines: list[tuple[int, str]], raw: list[str]) -> list[tuple[int, str]]:
    """Org mode writes a figure's caption above its picture; the reader reads a caption under it: each
    "#+caption:" line and the picture under it trade places (the line numbers stay in order)."""
    out = list(lines)
    for position in range(len(out) - 1):
        above = out[position][0]
        if not (0 <= above < len(raw) and _ORG_CAPTION.match(raw[above])):
            continue
        for end in range(position + 1, min(position + _ORG_CAPTION_LINES + 1, len(out))):
            picture = out[end][1]
            if not picture.strip():
                break
            if picture.startswith("![") and P.IMAGE_REF.match(picture):  # the caption, wrapped over lines above it
                caption = " ".join(text.strip() for _, text in out[position:end])
                if caption[:1] == "/" and caption[-1:] == "/":
                    caption = caption[1:-1]  # Org's italics around all of it, "/Caption. (Photo: …)/"
                out[position : end + 1] = [(above, picture), (out[position + 1][0], caption)] + [
                    (number, "") for number, _ in out[position + 2 : end + 1]
                ]
                break
    return out


_ORG_CAPTION_LINES = 4


_PLACEHOLDER_FILE = lazy_re.compile(r"blank|spacer|placeholder|transparent|lazy|loading|empty|leer|1x1", re.IGNORECASE)
_ALT_BEFORE = 3  # lines of alt text html-to-text may wrap above a picture's "[address]"
_ALT_WORDS = 40


def _html_to_text_pictures(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], set[int]]:
    """html-to-text writes an <img> as "alt [address]", the alt text wrapped onto the lines above when the address
    is long: the alt lines join the address as one Markdown reference, so that they are not read as a caption of
    their own (they become blank; lines stay where they are). And the positions of its teaser cards: a picture
    that a link to another page, alone on its line, follows within CARD_LINES lines that are not blank (picture,
    headline, "[https://site/other-story.html]"). A link to an image file (the same picture, larger) makes no card."""
    out = list(lines)
    cards = set()
    for position, (number, line) in enumerate(lines):
        if "[" not in line or not (ref := P.IMAGE_REF.match(line)) or not ref.group("bracketed"):
            continue
        following = [after for _, after in lines[position + 1 : position + 1 + 2 * CARD_LINES] if after.strip()]
        if any(_PAGE_LINK.match(after) and not P.IMAGE_REF.match(after) for after in following[:CARD_LINES]):
            cards.add(position)
        start = position
        while (
            start > 0
            and position - start < _ALT_BEFORE
            and lines[start - 1][1].strip()
            and "[" not in lines[start - 1][1]
            and not P.LIST_START.match(lines[start - 1][1])  # a menu's items above a logo or an icon
            and not P.CONTROL_ALT.match(lines[start - 1][1].strip())  # "Menu": a page control's word, no alt text
            and "**" not in lines[start - 1][1]
        ):
            start -= 1
        words = sum(len(text.split()) for _, text in lines[start:position])
        if words > _ALT_WORDS or (start > 0 and position - start == _ALT_BEFORE and lines[start - 1][1].strip()):
            start = position  # no blank line above it, or a paragraph's length: the story's text, not alt text
        for index in range(start, position):
            out[index] = (lines[index][0], "")
        out[position] = (
            number,
            reference(" ".join(text.strip() for _, text in lines[start:position]), ref.group("bracketed")),
        )
    return out, cards


_PAGE_LINK = lazy_re.compile(r"\s*\[(?:https?:)?//[^\s\[\]]+\]\s*$")


def rst_images(lines: list[str]) -> tuple[list[str], dict[int, int]]:
    """reStructuredText's pictures (pandoc -t rst) as Markdown references: a substitution "|image2|" standing where
    the picture stood, defined at the end (".. |image2| image:: https://..."), ".. image:: https://..." lines, and
    ".. figure::" with its address on the same line or the next and its caption as the indented paragraph under it
    (the picture then stands on the blank line over its caption, so that the two touch; the caption's lines stay as
    wrapped). The definitions themselves say nothing more."""
    defined = {m.group(1): m.group(2) for line in lines if (m := _RST_DEFINITION.match(line))}
    out = list(lines)
    captions: dict[int, int] = {}  # a figure caption's first line -> its last
    index = 0
    while index < len(lines):
        line, stripped = lines[index], lines[index].strip()
        if _RST_DEFINITION.match(line):
            out[index] = ""
        elif stripped.startswith("|") and stripped.endswith("|") and stripped[1:-1] in defined:
            out[index] = line[: len(line) - len(line.lstrip())] + reference("", defined[stripped[1:-1]])
        elif stripped.startswith("|") and (wrapped := _wrapped_substitution(lines, index, defined)) is not None:
            taken, name = wrapped  # "|Mountains along the coast of" / "the Persian Gulf.|": one picture
            out[index] = line[: len(line) - len(line.lstrip())] + reference("", defined[name])
            out[index + 1 : index + 1 + taken] = [""] * taken
            index += taken
        elif (directive := _RST_DIRECTIVE.match(line)) is not None:
            address, at = directive.group(2), index
            if not address and index + 1 < len(lines) and _RST_ADDRESS.match(lines[index + 1]):
                address, at = lines[index + 1].strip(), index + 1  # pandoc puts a long address on the next line
            if address:
                taken, alt = _rst_options(lines, at + 1)
                out[index : at + 1 + taken] = [""] * (at + 1 + taken - index)
                blank = at + 1 + taken
                caption = _rst_caption(lines, blank) if directive.group(1) == "figure" else 0
                if caption:  # the picture on the blank line over its caption, so that the two touch
                    out[blank] = reference(alt, address)
                    if caption == 1 and _own_file_named(lines[blank + 1], address):
                        out[blank + 1] = ""  # "WEB18-Facebook-1160x768.jpg": the caption names the picture's file
                    captions[blank + 1] = blank + caption
                    index = blank + caption
                else:
                    out[at] = reference(alt, address)
                    index = blank - 1
        index += 1
    return out, captions


def _own_file_named(line: str, address: str) -> bool:
    name = line.strip().lower()
    return bool(P.IMAGE_REF.match(name)) and "/" not in name and name in address.lower()


def rst_paragraphs(lines: list[tuple[int, str]], captions: dict[int, int]) -> list[tuple[int, str]]:
    """Each figure caption one line, at its first (a paragraph, whether or not the page's wrapping was undone)."""
    out: list[tuple[int, str]] = []
    last = -1  # the last line of the caption being joined
    for number, line in lines:
        if number <= last and out and line.strip():
            out[-1] = (out[-1][0], f"{out[-1][1].rstrip()} {line.strip()}")
            continue
        last = captions.get(number, last)
        out.append((number, line))
    return out


def rst_unescaped(line: str) -> str:
    """A line of reStructuredText with its backslash escapes read ("Caption \\| photo by Name"), once its wrapped
    lines are joined (the escapes count in the width the writer wrapped at)."""
    return _RST_ESCAPE.sub(r"\1", line) if "\\" in line else line


def _rst_caption(lines: list[str], blank: int) -> int:
    """How many lines a figure's caption runs over: the indented paragraph after the blank line at `blank`."""
    if blank + 1 >= len(lines) or lines[blank].strip() or not lines[blank + 1][:1].isspace():
        return 0
    end = blank + 1
    while end < len(lines) and lines[end].strip() and lines[end][:1].isspace():
        end += 1
    return end - blank - 1


def _wrapped_substitution(lines: list[str], index: int, defined: dict[str, str]) -> tuple[int, str] | None:
    """A substitution the writer wrapped over lines, when its name is a defined picture: (lines after the first
    it takes, the name)."""
    parts = [lines[index].strip()]
    for later in range(index + 1, min(index + 4, len(lines))):
        part = lines[later].strip()
        if not part:
            return None
        parts.append(part)
        if part.endswith("|"):
            name = " ".join(parts)[1:-1]
            return (later - index, name) if name in defined else None
    return None


def _rst_options(lines: list[str], start: int) -> tuple[int, str]:
    """The option lines under a picture's directive (indented, up to the first blank line), and its alt text."""
    end = start
    while end < len(lines) and lines[end].strip() and lines[end][:1].isspace():
        end += 1
    block = " ".join(line.strip() for line in lines[start:end])
    alt = _RST_ALT.search(block)
    return end - start, alt.group(1).strip() if alt else ""


_RST_DEFINITION = lazy_re.compile(r"^\s*\.\. \|([^|]+)\| image:: (\S+)\s*$")
_RST_DIRECTIVE = lazy_re.compile(r"^\s*\.\. (image|figure)::(?:\s+(\S+))?\s*$")
_RST_ADDRESS = lazy_re.compile(r"^\s+(?:https?:)?/\S+\s*$")
_RST_ESCAPE = lazy_re.compile(r"\\([|*_`\\])")  # "Caption \| photo by Name": the bar as written
_RST_ALT = lazy_re.compile(r":alt:\s*(.*?)\s*(?::(?:width|height|scale|align|target|class|name|figwidth|figclass):|$)")
