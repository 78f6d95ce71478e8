"""The scraped-text reader on small real-shaped scrapes: one test per kind of image block, and decoys.

Each input is written the way a scraper prints it (news-please, newspaper, html-text, Markdown exports); the
expected images are exact: (line, caption, credit, agency, role, gallery counter), then the findings that matter.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.audit import audit_paths
from checker.model import ArticleAudit

Image = tuple[int, str | None, str | None, str | None, str, str | None]


def audit(tmp_path: Path, text: str) -> ArticleAudit:
    path = tmp_path / "scrape.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = audit_paths([str(path)]).documents
    return doc


def images(doc: ArticleAudit) -> list[Image]:
    return [
        (
            i.location.line,  # type: ignore[union-attr]
            i.caption,
            i.credit.raw if i.credit else None,
            i.credit.agency if i.credit else None,
            i.role,
            i.observed.gallery_counter,
        )
        for i in doc.images
    ]


def findings(doc: ArticleAudit, *rules: str) -> set[tuple[int | None, str, str]]:
    return {(f.image, f.rule, f.severity) for f in doc.findings if f.rule in rules}


BLOCKS: list[tuple[str, str, list[Image]]] = [
    (
        "credit alone on its line, between paragraphs",
        "The fire spread quickly through the block on Monday night.\n\nJim Watson/AFP/Getty Images\n\n"
        "Residents were evacuated before dawn, officials said.\n",
        [(3, None, "Jim Watson/AFP/Getty Images", "getty", "content", None)],
    ),
    (
        "a photo agency's name alone",
        "Para one ends here.\n\nWireImage\n\nPara two.\n\nRex Features\n\nPara three.\n",
        [(3, None, "WireImage", "getty", "content", None), (7, None, "Rex Features", "shutterstock", "content", None)],
    ),
    (
        "caption, then a credit line",
        "Body text.\n\nKristi Noem at the White House in 2018.\nPhotograph: Alex Wong/Getty Images\n\nMore body.\n",
        [(4, "Kristi Noem at the White House in 2018.", "Alex Wong/Getty Images", "getty", "content", None)],
    ),
    (
        "credit label on its own line, credit and caption after it (BBC, newspaper)",
        "Body paragraph one.\nImage copyright Getty Images\nImage caption The pair have been friends for 20 years\n"
        "Body paragraph two.\n",
        [(2, "The pair have been friends for 20 years", "Getty Images", "getty", "content", None)],
    ),
    (
        "label glued to the credit, all on one line (BBC, news-please)",
        "Image copyrightGETTY IMAGES Image caption The pair have been friends for 20 years\nBody.\n",
        [(1, "The pair have been friends for 20 years", "GETTY IMAGES", "getty", "content", None)],
    ),
    (
        "markers, then the credit, its caption lost by the scrape: the paragraph below is the body's (NPR)",
        "Enlarge this image\ntoggle caption\nEvan Vucci/AP\nPresident Trump spoke in the Rose Garden on Friday.\n",
        [(3, None, "Evan Vucci/AP", "ap", "content", None)],
    ),
    (
        "a caption toggle, then a name printed twice: the credit it toggles, not a caption (NPR, handout)",
        "Enlarge this image toggle caption U.S. Treasury Department U.S. Treasury Department\n"
        "South Korea has seized a Hong Kong-flagged vessel, officials said on Friday.\n",
        [(1, None, "U.S. Treasury Department U.S. Treasury Department", None, "content", None)],
    ),
    (
        "a visually hidden 'Credit' glued to the caption and to the name (NYT, html2text)",
        "Image\n\nThere are typically 400 water main breaks each year, an official said.CreditMichael Appleton for "
        "The New York Times\n\nThe extreme temperature swings are adding to the challenges of winter.\n",
        [
            (
                3,
                "There are typically 400 water main breaks each year, an official said.",
                "Michael Appleton for The New York Times",
                None,
                "content",
                None,
            )
        ],
    ),
    (
        "the page's time stamp printed after the credit",
        "![](/content/dam/news/2017/11/16/mugabe.jpeg)Zimbabwe president Robert Mugabe at State House, the day after "
        "the takeover Credit: HARARE HERALD 16 November 2017 • 2:15pm\n\nThe president was seen for the first time.\n",
        [
            (
                1,
                "Zimbabwe president Robert Mugabe at State House, the day after the takeover",
                "HARARE HERALD",
                None,
                "content",
                None,
            )
        ],
    ),
    (
        "a name alone under a picture, a paragraph of its own: its credit (BuzzFeed, html2text)",
        "![The mother of a woman who took diet pills described her daughter's death.](http://img.example.com/e-6418.jpg)"
        "\n\nWest Mercia Police\n\nEloise Parry, 21, was taken to hospital on 12 April after taking the tablets.\n",
        [(3, None, "West Mercia Police", None, "content", None)],
    ),
    (
        "a photographer and a source after a dash closing the caption (Folha)",
        "Story paragraph about the cup and the visit.\n\n![Lula com a taça](https://img.example.com/2018/12/21/lula.jpg)"
        "\nLula recebe de Tite a réplica da taça da Libertadores - Heinrich Aikawa/Instituto Lula\n\nMore story.\n",
        [
            (
                4,
                "Lula recebe de Tite a réplica da taça da Libertadores",
                "Heinrich Aikawa/Instituto Lula",
                None,
                "content",
                None,
            )
        ],
    ),
    (
        "a picture, then a link to another page that repeats its alt text: a gallery's teaser",
        "Story paragraph about the cup and the visit.\n\n![Os times de coração dos presidentes](https://img.example.com"
        "/2018/12/03/cover_3x2_md.jpg)\n[Os times de coração dos presidentes](https://photos.example.com/galerias/16188)"
        "\n\nMore story.\n",
        [(3, None, None, None, "chrome", None)],
    ),
    (
        "a picture html2text put inline after a passage, its caption glued on: the picture and its caption (BBC)",
        'Media caption Barack Obama: "Great Britain has always been our best partner"![Gun control campaigners '
        "protest in Washington](http://ichef.example.co.uk/news/976/_84456971_gettyimages-167501087.jpg)The president "
        "said he would continue fighting for gun control\n\nThe story goes on in its next paragraph here.\n",
        [(1, "The president said he would continue fighting for gun control", None, None, "content", None)],
    ),
    (
        "a divider drawn as a picture ('![line](…)') is no photo",
        "The story's paragraph ends here with a full sentence of some length.\n\n"
        "![line](http://ichef.example.co.uk/news/464/media/images/_76020974_line976.jpg)\n\n"
        "The story's next paragraph starts here with a sentence of some length.\n",
        [(3, None, None, None, "chrome", None)],
    ),
    (
        "a photographer and the outlet in brackets closing the alt text: the picture's credit",
        "![Wade Bassi stands near his boat at Fisherman’s Terminal in Seattle. \\(Ellen M. Banner / The Seattle "
        "Times\\)](https://static.example.com/uploads/2019/04/120028-1020x640.jpg)\n\nSeattle Times business "
        "reporter\n\nFrom the glass case at the fish counter, the price of halibut went down this spring.\n",
        [
            (
                1,
                "Wade Bassi stands near his boat at Fisherman’s Terminal in Seattle.",
                "Ellen M. Banner / The Seattle Times",
                None,
                "content",
                None,
            )
        ],
    ),
    (
        "a gallery's slides as list items, the address in angle brackets, the alt text doubled by its title and a "
        "counter in brackets (trafilatura)",
        "The story's paragraph about the new browser versions, long enough to be one.\n"
        "- ![Firefox Aurora Firefox Aurora](<http://scr.example.com/1104/Bildschirmfoto 21.19.31.png>) Firefox Aurora "
        "[2/10]\n- ![Firefox Nightly Firefox Nightly](http://scr.example.com/1104/SNAG-0012.jpg) Firefox Nightly [3/10]\n"
        "The story goes on with another paragraph about the roadmap for the browser.\n",
        [
            (2, "Firefox Aurora", None, None, "content", "2/10"),
            (3, "Firefox Nightly", None, None, "content", "3/10"),
        ],
    ),
    (
        "a marker without a toggle, then the credit and the caption below it",
        "Enlarge this image\nEvan Vucci/AP\nPresident Trump speaks in the Rose Garden on Friday.\n",
        [(2, "President Trump speaks in the Rose Garden on Friday.", "Evan Vucci/AP", "ap", "content", None)],
    ),
    (
        "caption closed by 'hide caption', credit after the toggle (NPR)",
        "Protesters gather outside the court on Tuesday. hide caption\ntoggle caption\nJose Luis Magana/AP\n",
        [(3, "Protesters gather outside the court on Tuesday.", "Jose Luis Magana/AP", "ap", "content", None)],
    ),
    (
        "'Credit' without a colon, the credit on the next line",
        "A man walks past the shuttered factory in Detroit.\nCredit\nReuters\nBody paragraph.\n",
        [(3, "A man walks past the shuttered factory in Detroit.", "Reuters", "reuters", "content", None)],
    ),
    (
        "'Image:' ending the caption line, the credit on the next line",
        "A man walks past the shuttered factory in Detroit. Image:\nReuters\n\nBody paragraph.\n",
        [(2, "A man walks past the shuttered factory in Detroit.", "Reuters", "reuters", "content", None)],
    ),
    (
        "a credit split over three lines",
        "A man walks past the shuttered factory in Detroit\n(\nImage:\nGetty Images)\n\nBody.\n",
        [(2, "A man walks past the shuttered factory in Detroit", "Getty Images", "getty", "content", None)],
    ),
    (
        "a caption with no full stop, then the credit",
        "The app was removed after the company found “inappropriate content” Dado Ruvic/Reuters\nBody.\n",
        [
            (
                1,
                "The app was removed after the company found “inappropriate content”",
                "Dado Ruvic/Reuters",
                "reuters",
                "content",
                None,
            )
        ],
    ),
    (
        "an abbreviation does not end the caption",
        "Washington Gov. Jay Inslee speaks in Olympia, Wash., on Feb. 4. Ted S. Warren/AP\n",
        [
            (
                1,
                "Washington Gov. Jay Inslee speaks in Olympia, Wash., on Feb. 4.",
                "Ted S. Warren/AP",
                "ap",
                "content",
                None,
            )
        ],
    ),
    (
        "credit first, glued to the caption (The Sun)",
        "Body text of the story.\nAP:Associated Press At least 84 people have died after a terror attack in Nice\n"
        "Getty - Contributor Russia shares a 24-mile border with North Korea\n",
        [
            (
                2,
                "At least 84 people have died after a terror attack in Nice",
                "AP:Associated Press",
                "ap",
                "content",
                None,
            ),
            (3, "Russia shares a 24-mile border with North Korea", "Getty - Contributor", "getty", "content", None),
        ],
    ),
    (
        "credit first, then a dash, then the caption (The Washington Post through w3m)",
        "Body text of the story.\n\n"
        "Eric Risberg/Associated Press - “I don’t think I had an end goal in mind,” said pitcher Mark Appel.\n\n"
        "More body text of the story.\n",
        [
            (
                3,
                "“I don’t think I had an end goal in mind,” said pitcher Mark Appel.",
                "Eric Risberg/Associated Press",
                "ap",
                "content",
                None,
            )
        ],
    ),
    (
        "gallery: a counter over each caption",
        "Body paragraph here.\n\n1 of 3\nFirefighters battle the blaze above Malibu. (AP Photo/Ringo Chiu)\n2 of 3\n"
        "A resident hoses down his roof as flames approach.\n3 of 3\nSmoke rises over the highway. (AP Photo/Ringo Chiu)\n",
        [
            (4, "Firefighters battle the blaze above Malibu.", "AP Photo/Ringo Chiu", "ap", "content", "1 of 3"),
            (6, "A resident hoses down his roof as flames approach.", None, None, "unsure", "2 of 3"),
            (8, "Smoke rises over the highway.", "AP Photo/Ringo Chiu", "ap", "content", "3 of 3"),
        ],
    ),
    (
        "gallery: 'Image N of M'",
        "Image 1 of 2\nThe river burst its banks overnight. Photo: Jane Smith/PA\nImage 2 of 2\n"
        "Volunteers fill sandbags in the town centre on Sunday.\n",
        [
            (2, "The river burst its banks overnight.", "Jane Smith/PA", "pa", "content", "Image 1 of 2"),
            (4, "Volunteers fill sandbags in the town centre on Sunday.", None, None, "content", "Image 2 of 2"),
        ],
    ),
    (
        "gallery flattened one slide a line, counters after the captions (CNN)",
        "Photos: Storm hits The storm made landfall on Sunday. Hide Caption 1 of 2\n"
        "Photos: Storm hits Waves crashed over the sea wall. Hide Caption 2 of 2\n",
        [
            (1, "Photos: Storm hits The storm made landfall on Sunday.", None, None, "content", "1 of 2"),
            (2, "Photos: Storm hits Waves crashed over the sea wall.", None, None, "content", "2 of 2"),
        ],
    ),
    (
        "alt text repeated as the caption, no credit",
        "Body paragraph one is here and it ends.\n\nFirefighters battle the blaze above Malibu.\n"
        "Firefighters battle the blaze above Malibu.\n\nBody paragraph two.\n",
        [(4, "Firefighters battle the blaze above Malibu.", None, None, "content", None)],
    ),
    (
        "a line printed twice that ends no sentence, no credit: a headline as often as a caption",
        "Body paragraph one is here and it ends.\n\nFirefighters battle the blaze above Malibu\n"
        "Firefighters battle the blaze above Malibu\n\nBody paragraph two.\n",
        [(4, "Firefighters battle the blaze above Malibu", None, None, "unsure", None)],
    ),
    (
        "Markdown image reference with its caption",
        "Body.\n\n![Firefighters](images/fire.jpg)\nFirefighters battle the blaze above Malibu.\n\nBody two.\n",
        [(4, "Firefighters battle the blaze above Malibu.", None, None, "content", None)],
    ),
    (
        "Markdown reference, a blank line, then its credited caption (html2text)",
        "Body paragraph one is here.\n\n![The president signs the treaty.](http://cdn.example.com/a.jpg)\n\n"
        "The president signs the treaty in Prague. (AP)\n\nBody paragraph two is here.\n",
        [(5, "The president signs the treaty in Prague.", "AP", "ap", "content", None)],
    ),
    (
        "Markdown reference, a blank line, then body text: no caption taken (two words of alt: unsure)",
        "Body paragraph one is here.\n\n![Market square](http://cdn.example.com/square.jpg)\n\n"
        "The council met on Tuesday to discuss the budget for next year.\n",
        [(3, None, None, None, "unsure", None)],
    ),
    (
        "Markdown reference between paragraphs, described by its alt: an article image shown bare",
        "Body paragraph one is here.\n\n![Stalls on the market square at dawn](http://cdn.example.com/square.jpg)\n\n"
        "The council met on Tuesday to discuss the budget for next year.\n",
        [(3, None, None, None, "content", None)],
    ),
    (
        "Markdown reference to site furniture",
        "Body.\n\n![Site](http://cdn.example.com/static/logo-header.png)\n\nBody two.\n",
        [(3, None, None, None, "chrome", None)],
    ),
    (
        "'Image caption' label, no credit",
        "Body paragraph.\nImage caption Firefighters battle the blaze above Malibu\nBody paragraph two.\n",
        [(2, "Firefighters battle the blaze above Malibu", None, None, "content", None)],
    ),
    (
        "Markdown reference wrapped over lines, alt text and address (html2text)",
        "The council met on Tuesday to discuss the budget for the coming year, officials said.\n\n"
        "![A crowd gathers in the square outside the town\nhall](https://cdn.example.com/img/crowd-\nsquare.jpg)\n\n"
        "The mayor said the work would begin in spring and last about two years.\n",
        [(3, None, None, None, "content", None)],
    ),
    (
        "credit in brackets closing the alt text, caption a blank line below (html2text)",
        "Body paragraph one of the story, long enough to be a sentence.\n\n"
        "![Jane Roe \\(picture-alliance/dpa/J. Doe\\)](/image/1234_404.jpg)\n\n"
        "Jane Roe helped organise the city's new initiative\n\n"
        "Body paragraph two of the story, long enough as well.\n",
        [
            (
                3,
                "Jane Roe helped organise the city's new initiative",
                "picture-alliance/dpa/J. Doe",
                "dpa",
                "content",
                None,
            )
        ],
    ),
    (
        "a name/name credit in brackets closing the alt text, wrapped over two lines",
        "Body paragraph one of the story, long enough to be a sentence.\n\n"
        "![An illustration of the rebellion against colonial\nrule \\(archive/Studio\\)](/image/99_404.jpg)\n\n"
        "The street is to be renamed after the rebellion against colonial rule\n\n"
        "Body paragraph two of the story, long enough as well.\n",
        [
            (
                3,
                "The street is to be renamed after the rebellion against colonial rule",
                "archive/Studio",
                None,
                "content",
                None,
            )
        ],
    ),
    (
        "slides flattened one a line, each caption printed twice (w3m)",
        "By Jane Doe, Staff\n"
        "  Police officers adjust a barricade along the parade route. Police officers adjust a barricade\n"
        "                      along the parade route.\n"
        "Travelers wait in security lines at the airport. Travelers wait in security lines at the airport.\n"
        "                                HIDE CAPTION\n",
        [
            (2, "Police officers adjust a barricade along the parade route.", None, None, "content", None),
            (4, "Travelers wait in security lines at the airport.", None, None, "content", None),
        ],
    ),
    (
        "a credited caption printed twice on one line (lynx): read once, its credit kept",
        "Body paragraph one of the story, long enough to be a sentence.\n"
        "   Dmitry Muratov, the Nobel laureate, in Geneva (REUTERS/Jane Doe) Dmitry\n"
        "   Muratov, the Nobel laureate, in Geneva (REUTERS/Jane Doe)\n\n"
        "Body paragraph two of the story, long enough as well.\n",
        [(2, "Dmitry Muratov, the Nobel laureate, in Geneva", "REUTERS/Jane Doe", "reuters", "content", None)],
    ),
    (
        "a caption led by its slideshow counter and a full stop",
        "1 of 2. A general view of the hospital is seen in the city on Monday, December 29, 2014.\n\n"
        "LONDON - A health worker has been taken ill a day after flying home, the government said on Monday.\n",
        [
            (
                1,
                "A general view of the hospital is seen in the city on Monday, December 29, 2014.",
                None,
                None,
                "unsure",
                "1 of 2",
            )
        ],
    ),
    (
        "an image inline in its caption's paragraph, a copyright notice first (html2text)",
        "Body paragraph one of the story, long enough to be a sentence.\n\n"
        "![](https://img.example.com/entityid/BBwuFdf.img?h=240&w=300) (C) Archive Photos/Moveipix/Getty Images "
        "**Why we love to watch sad movies is linked to the release of endorphins.**\n\nBody paragraph two of the story, long enough as well.\n\n"
        "![Sad films release endorphins in the brain.](https://img.example.com/entityid/BBwsIpb.img?h=200&w=300) "
        "(C) Photo courtesy of Pexels, Public Domain Sad films release endorphins in the brain.\n\n"
        "Body paragraph three of the story, long enough as well.\n",
        [
            (
                3,
                "Why we love to watch sad movies is linked to the release of endorphins.",
                "Archive Photos/Moveipix/Getty Images",
                "getty",
                "content",
                None,
            ),
            (7, "Sad films release endorphins in the brain.", "Pexels, Public Domain", None, "content", None),
        ],
    ),
    (
        "caption and credit in the brackets pandoc prints an image's alt text in",
        "Body paragraph one of the story, long enough to be a sentence.\n\n"
        "[Lachlan, Rupert, and James Murdoch in 2014. Photo: Dan Steinberg/Invision/AP Photo]\n\n"
        "Body paragraph two of the story, long enough as well.\n",
        [(3, "Lachlan, Rupert, and James Murdoch in 2014.", "Dan Steinberg/Invision/AP Photo", "ap", "content", None)],
    ),
    (
        "caption and credit only in the alt text, set off by pilcrows (pandoc markdown)",
        "Body paragraph one of the story, long enough to be a sentence.\n\n"
        '![ ¶ Faster networks and more "free data" could be in the works for 2017. ¶ Photo by Getty Images ]'
        "(https://cdn.example.com/img/970x0/2016/12/16/48966e5f.jpg)\n\n"
        "Body paragraph two of the story, long enough as well.\n",
        [
            (
                3,
                'Faster networks and more "free data" could be in the works for 2017.',
                "Getty Images",
                "getty",
                "content",
                None,
            )
        ],
    ),
    (
        "a byline, a time stamp or a topics line above the lead photo's credit is no caption",
        "The Adorable Reason You Can Set Your Alert Sound to Hummus\n\n  • December 28, 2016\n"
        "  • by Laura E. Adkins\nGetty Images\n\nBody paragraph one of the story, long enough to be a sentence.\n\n"
        "These celebrities refuse to play the inauguration\n\nTana Ganeva 22 Dec 2016 at 14:27 ET\n\n"
        "(Photo: stock_photo_world / Shutterstock.com)\n\nBody paragraph two of the story, long enough as well.\n",
        [
            (5, None, "Getty Images", "getty", "content", None),
            (13, None, "stock_photo_world / Shutterstock.com", "shutterstock", "content", None),
        ],
    ),
    (
        "on a page with a blank line after every paragraph, a full sentence right above a credit line (markdownify)",
        "".join(
            f"Die Musikstars fordern ein neues Modell für das Streaming, Absatz {n}, mit vielen Wörtern darin.\n\n"
            for n in range(4)
        )
        + "Bildbeschreibung einblenden\n\nAuch Herbert Grönemeyer gehört zu den Unterstützern. \nBild: dpa\n\n"
        "Die Abogebühr eines Nutzers soll nur noch unter den Künstlern verteilt werden, die er gehört hat.\n",
        [(12, "Auch Herbert Grönemeyer gehört zu den Unterstützern.", "dpa", "dpa", "content", None)],
    ),
    (
        "a long paragraph, a blank line, then a photographer's credit: the paragraph is the story's, not a caption",
        "".join(
            f"The styling tip: this is the perfect time to buy one of those sheer dresses, look {n}. Instead of a "
            "slip, wear your tee underneath, and tuck it into either a slip skirt or a pair of bright tights.\n\n"
            "Photographed by Sharokh Mirzai.\n\n"
            for n in range(3)
        ),
        [(n, None, "Sharokh Mirzai", None, "content", None) for n in (3, 7, 11)],
    ),
    (
        "a reStructuredText directive above a credit is layout, not a caption (pandoc -t rst)",
        "   The loft has tall windows and a long table that seats twelve friends for dinner on Sundays.\n\n"
        "   .. container:: typeset--default\n"
        "   Photo: Jane Roe/Apartment Therapy\n\n"
        "   The owners found most of the furniture at flea markets around the city over many years.\n",
        [(4, None, "Jane Roe/Apartment Therapy", None, "content", None)],
    ),
    (
        "a photographer's 'Photographed by' line where the extractor dropped the picture (trafilatura)",
        "The styling tip: wear your tee under a sheer dress and tuck it into a slip skirt for the evening.\n\n"
        "Photographed by Sharokh Mirzai.\n\n"
        "Topshop Mesh and Flower Applique Midi Skirt, $130, available at Topshop and in its stores.\n",
        [(3, None, "Sharokh Mirzai", None, "content", None)],
    ),
    (
        "a photographer and the outlet they shot for under a reference, across a blank line (html2text)",
        "So, after his school started feathering him into special classes, he turned to acting instead.\n\n"
        "![Ryan Gosling, GQ](https://images.example.com/rs_634x862-161207101545-634.ryan-gosling-gq.jpg)\n\n"
        "Craig McDean/GQ\n\nAs a boy, he was the sole male in his dance troupe, and he would shake it like a showgirl.\n",
        [(5, None, "Craig McDean/GQ", None, "content", None)],
    ),
    (
        "a picture's file name where it stood, its caption, and a credit with the photographer's address",
        "The suspects were arrested on Wednesday after a long investigation by the police in the county.\n\n"
        "skimming scheme seized cash and cards.jpg\n"
        "Cash and cards seized during the arrest of two identity theft suspects in Baldwin County on Wednesday.\n"
        "(Mike Cason/mcason@al.com)\n\n"
        "The two men face charges of identity theft and fraud, according to the district attorney's office.\n",
        [
            (
                5,
                "Cash and cards seized during the arrest of two identity theft suspects in Baldwin County on Wednesday.",
                "Mike Cason/mcason@al.com",
                None,
                "content",
                None,
            )
        ],
    ),
    (
        "a lightbox button's words where the image stood, then its caption (Resiliparse)",
        "Do you argue about the temperature in your office? Find out what decides it, and tell us.\n\nView Images\n\n"
        "This photo, using a thermal camera, shows differences in body temperature between men and women.\n\n"
        "Many couples fight about it at home. It is not money but the lowly thermostat, the study says.\n\n"
        "Gender bias may affect the heating and cooling in office buildings, the authors of the study say.\n",
        [
            (
                5,
                "This photo, using a thermal camera, shows differences in body temperature between men and women.",
                None,
                None,
                "content",
                None,
            )
        ],
    ),
    (
        "a French credit label, wrapped by a text browser (ELinks)",
        "   Selon le ministre du Redressement productif interviewé par le Wall Street Journal, le\n"
        "   gouvernement réfléchit à des changements dans les participations détenues par l'État.\n\n"
        "   Arnaud Montebourg, ministre du Redressement productif Crédits photo : Jean-Christophe\n"
        "   MARMARA/Le Figaro\n\n"
        + (
            "   Le ministre a précisé que l'État pourrait réduire sa part dans certaines entreprises, sans\n"
            "   perdre le contrôle de celles qui sont stratégiques pour le pays, a-t-il ajouté vendredi en\n"
            "   marge d'un déplacement, alors que le gouvernement cherche des recettes pour son budget.\n\n"
        )
        * 3,
        [
            (
                4,
                "Arnaud Montebourg, ministre du Redressement productif",
                "Jean-Christophe MARMARA/Le Figaro",
                None,
                "content",
                None,
            )
        ],
    ),
    (
        "an alt text that is all one credit, the credit printed again below; raw HTML lines left by pandoc",
        'Body paragraph one of the story, long enough to be a sentence.\n\n<div class="entry">\n\n'
        '![Mandel Ngan / AFP / Getty Images](https://cdn.example.com/2011/08/newsfeed_0824.jpg "newsfeed_0824")\n\n'
        "Mandel Ngan / AFP / Getty Images\n\n</div>\n\nBody paragraph two of the story, long enough as well.\n",
        [(7, None, "Mandel Ngan / AFP / Getty Images", "getty", "content", None)],
    ),
    (
        "a resizer's address with parentheses in a Markdown picture; a lower-case name and outlet after 'Image:'",
        "The plane circled the city for half an hour on Tuesday, officials said.\n\n"
        " ![](http://i.example.com/Hx5=/950x534/filters:quality(90)/https%3A%2F%2Fs3.example.com%2Fplane-5.jpg)\n\n"
        "Image: lili sams/mashable\n\nThe crew was on a routine training flight, a spokesman said later.\n",
        [(5, None, "lili sams/mashable", None, "content", None)],
    ),
    (
        "beside a picture, the photographer's name glued to the caption's first name",
        "Body paragraph one of the story, long enough to be a sentence.\n\n![Members at a 2009 forum.](http://"
        "img.example.com/2011/12/02/freelancersunion-blog427.jpg) Carolyn SilveiraSara Horowitz, the founder of the "
        "union, addressed members at a 2009 forum.\n\nBody paragraph two of the story, long enough as well.\n",
        [
            (
                3,
                "Sara Horowitz, the founder of the union, addressed members at a 2009 forum.",
                "Carolyn Silveira",
                None,
                "content",
                None,
            )
        ],
    ),
    (
        "beside a picture, a caption that opens with a name written in two capitals: no glued credit",
        "Body paragraph one of the story, long enough to be a sentence.\n\n![The general.](http://img.example.com/"
        "a/macarthur.jpg) General Douglas MacArthur Speaks to the troops in Manila in 1945, before the landing.\n\n"
        "Body paragraph two of the story, long enough as well.\n",
        [
            (
                3,
                "General Douglas MacArthur Speaks to the troops in Manila in 1945, before the landing.",
                None,
                None,
                "content",
                None,
            )
        ],
    ),
    (
        "an alt text that opens with the credit and holds the caption: the paragraph under it is the story's",
        "![AFP/FRANCISCO LEONG Le nouveau premier ministre, Pedro Passos Coelho, avant une conférence de presse à "
        "Lisbonne.](https://img.example.fr/2011/06/15/534x267/1536574_3_7ea3_le-nouveau-premier-ministre.jpg)\n"
        "Nouveau coup de semonce pour l'économie portugaise. L'agence de notation Moody's a abaissé mardi la note "
        "souveraine du pays de quatre crans.\nSelon Moody's, il existe un risque croissant que le Portugal ait "
        "besoin d'un second plan d'assistance.\n",
        [
            (
                1,
                "Le nouveau premier ministre, Pedro Passos Coelho, avant une conférence de presse à Lisbonne.",
                "AFP/FRANCISCO LEONG",
                "afp",
                "content",
                None,
            )
        ],
    ),
    (
        "a caption, then a photographer and their outlet in round brackets on a line of their own",
        "She spoke about raising her daughters in the White House, she said on Monday, and more.\n\n\n\n\n\n"
        "First Lady Michelle Obama speaks to Oprah Winfrey in a new CBS interview, set to air Monday.\n\n"
        "(Michele Crowe/The White House)\n\n\n\n\nShe said the president is the calm one at home, and that he "
        "tells the children it is OK.\n\nShe said it again on Tuesday.\n",
        [
            (
                9,
                "First Lady Michelle Obama speaks to Oprah Winfrey in a new CBS interview, set to air Monday.",
                "Michele Crowe/The White House",
                None,
                "content",
                None,
            )
        ],
    ),
    (
        "a story's headline printed twice over its dek and byline: no picture said to be there",
        "Up next:\nWhy, despite the complaints of many, MLB players are actually not overpaid\n"
        "Why, despite the complaints of many, MLB players are actually not overpaid\n"
        "Fan backlash against league-wide salaries is wholly misguided\nby Matt Snyder\n\n"
        "The Mets signed their outfielder for four years this winter, and fans were not pleased.\n",
        [(3, "Why, despite the complaints of many, MLB players are actually not overpaid", None, None, "unsure", None)],
    ),
    (
        "a picture inside a paragraph that goes on under it, citing pages in links: no caption",
        "Apple may be planning a second Apple Pencil this year, according to rumors from Asia.\n  \n"
        "![ipad-pro-apple-pencil-screen](http://cdn.example.com/article-new/2015/11/ipad-pro-pencil-800x471.jpg)  \n"
        "There's also been some speculation that Apple could build in functionality outlined in several "
        "[patents](http://www.example.com/patents/) published this month, such as a magnet for attaching the pencil "
        "to the iPad and an antenna that could help it work with other devices.\n  \n"
        "While we don't yet have any detail on what could be included, it makes some sense for Apple to update it.\n",
        [(3, None, None, None, "unsure", None)],
    ),
    (
        "a tracking pixel, then a close button's letter: no credit",
        "Edition:\n\n![](http://collector.example.com/k/)\n\nX\n\nUnited States\n",
        [(3, None, None, None, "chrome", None)],
    ),
    (
        "a handout's credit alone between paragraphs, said so ('Courtesy of')",
        "The actress died this week, but her spirit lives on in homes like this one in Palm Springs.\n\n"
        "Courtesy of Zillow\n\nThe $969,000 listing says she lived here, but it is not clear whether she owned it.\n",
        [(3, None, "Courtesy of Zillow", None, "content", None)],
    ),
    (
        "a credit of a photographer, a paper and an agency joined by bars; the alt text printed again below",
        "SHARES\n\n![Coal mining in Wyoming.](http://fm.example.com/img/104176162-GettyImages-161350847.530x298.jpg)\n"
        "\nBrian Brainerd | The Denver Post | Getty Images\n\nCoal mining in Wyoming.\n\nThe Mountain States are "
        "moving away from coal, even as the president-elect vows to revive the industry.\n",
        [(5, "Coal mining in Wyoming.", "Brian Brainerd | The Denver Post | Getty Images", "getty", "content", None)],
    ),
    (
        "a picture's file name, then its caption ending in a credit set in italics: a name and an e-mail address",
        "# Two arrested in card skimming scheme\n\nskimming scheme seized cash and cards.jpg\n\nCash and cards "
        "seized during the arrest of two suspects on Wednesday. *(Mike Cason/mcason@al.com)*\n\nTwo people were "
        "arrested on Wednesday in a scheme that stole card numbers at gas pumps, officials said.\n",
        [
            (
                5,
                "Cash and cards seized during the arrest of two suspects on Wednesday.",
                "Mike Cason/mcason@al.com",
                None,
                "content",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), BLOCKS, ids=[b[0] for b in BLOCKS])
def test_block(tmp_path: Path, name: str, text: str, expected: list[Image]) -> None:
    assert images(audit(tmp_path, text)) == expected


DECOYS = [
    'Body text of the story ends here.\n\nBreaking up after a long time\nby Bellarine at 16:28\n"Old Acquaintance"\nby Rosalila at 17:02\n',
    "Body text of the story ends here.\n\n"
    + "".join(f"Acme Ultra flash drive with {n} gigabytes USB 3.0 for {n // 2} euros\n" for n in (16, 32, 64)),
    "Body text of the story.\n\nSitemap\n| © Example-Magazin.de 2019 | Ten ways to be happier today\nHome\n",
    "Body text of the story.\n© 2018 Company Name | Site Map\nCopyright 2017 The Associated Press. All rights reserved.\n",
    "By Jane Doe (AP)\nLONDON (Reuters) - Britain's economy grew faster than expected, data showed.\n",
    "MONTGOMERY, Ala. -- The law may be backfiring, officials said on Monday.\n",
    "He told Reuters the plan was sound.\n(He later told AP: “We will appeal.”)\n",
    "Photo: Inside the Royal Wedding Preparations At Windsor Castle\n\nBody text follows here.\n",
    "EDITORS' PICKS\nPhotos: Hurricane Irene\nPhotos: Dog yoga\n",
    "Most Popular\n1 of 12\nSteve Jobs Dead: Apple Co-Founder Dies At 56\nRecommend\n",
    "Credit Suisse has 1,105 offshore firms, the bank said.\nAP Technology Writer Barbara Ortutay\njm/dm (AFP, dpa)\n",
    "Die FDP lehnt die Pläne ab. Der Kanzler zögert. Habeck drängt auf eine Entscheidung. (dpa)\n",
    "Related\n\nAP\n\nPlay Video\n",
    # a video playlist: a source after a duration or a bullet is the video's
    "Trump speaks to reporters after the hearing\n\n03:29 - Source: CNN\n\nNow playing\n\n\\- Source: [CNN](/)\n",
    # copyright notices: the sign and a year or a date, inside a line or in italics
    "motorsports, and a buyers guide. © 2000-2019 Example.com, Inc. All\nRights Reserved.\n",
    "Body text of the story ends here.\n\nCNN Sans ™ & © 2016 Cable News Network.\n",
    "Body text of the story ends here.\n\n©SZ vom 15.05.2019/vit\n",
    "Body text of the story ends here.\n\n*© Thomson Reuters 2020*\n",
    # a footer's list of links: "Bildrechte" there is a link, not a label of the next line
    "  * Presse\n  * Bildrechte\n  * Hilfe/ Kontakt\n  * Newsletter\n",
    # a text browser's read-more ellipsis
    "Matas evita la cárcel hasta el indulto\n\n   La Audiencia mantiene su criterio y suspende el ingreso del\n"
    "   expresident [...]\n   88 Comentarios\n\n   El president del Govern se mostró ayer partidario de la ley\n"
    "   [...]\n   17 Comentarios\n",
    # author photos beside a byline (html2text wraps them over lines)
    "[ ![Jane\nDoe](https://cdn.example.com/profiles/jane-\ndoe.jpg) ](/profiles/jane-doe) [ ![John\nRoe](https://"
    "cdn.example.com/profiles/john-roe.jpg) ](/profiles/john-roe)\n\nBy Jane Doe and John Roe\n",
    # a name and an outlet alone, with no picture or caption beside them: a byline or a link as often as a credit
    "Body paragraph one of the story, long enough to be a sentence.\n\nCraig McDean/GQ\n\nBody paragraph two.\n",
    # a list of links, each with its count of shares
    "  • What Should Investors Do NOW ? | The Big Picture 4\n"
    "  • Currency wars | vox - Research-based policy analysis and commentary from leading economists 3\n"
    "  • EconomPic: Leading Indicators Outside the Fed's Control Remain Weak 3\n"
    "  • Rail Shipments Defy Recession With Growth - Bloomberg 3\n",
    # a menu's heading that starts with an agency's name
    "    -   Bloomberg Indices\n    -   Bloomberg SEF\n\n    Bloomberg Customers\n\n    -   Download Software\n",
    # a Markdown export's front matter (the page's title ends with the site's name), a section's heading
    "---\ntitle: Fed lifts rates, sees faster pace of hikes | Reuters\n---\n\nThe Fed raised rates on Wednesday, as "
    "expected, and signalled more to come.\n\n#### MORE FROM REUTERS\n\n#### Sponsored Content\n",
    # a site header's account links
    "Got A Tip? Email Or Call\nSign In / Register\nNews\nSports\n",
]


@pytest.mark.parametrize("text", DECOYS, ids=[d.splitlines()[0][:30] for d in DECOYS])
def test_decoy_is_no_image(tmp_path: Path, text: str) -> None:
    assert images(audit(tmp_path, text)) == []


def test_missing_credit_is_an_error_only_on_sure_evidence(tmp_path: Path) -> None:
    doc = audit(
        tmp_path,
        "Body paragraph.\nImage caption Firefighters battle the blaze above Malibu\nBody paragraph two.\n\n"
        "Slide 1\nA crowd gathers in the square on Saturday. REUTERS/Jane Doe\nSlide 2\nA second crowd gathers there.\n"
        "Slide 3\nPolice stand guard outside the parliament. REUTERS/Jane Doe\n",
    )
    assert findings(doc, "CRD001") == {(0, "CRD001", "error"), (2, "CRD001", "warning")}
    assert findings(doc, "ART001") == {(i, "ART001", "warning") for i in (1, 2, 3)}


def test_label_before_a_credit_on_the_next_line_is_not_empty(tmp_path: Path) -> None:
    doc = audit(tmp_path, "A man walks past the factory. Photo:\nJane Doe/Reuters\n\nBody.\n")
    assert findings(doc, "ART002", "CRD001") == set()


def test_empty_label_glued_to_the_caption_stays_an_error(tmp_path: Path) -> None:
    doc = audit(tmp_path, "Body.\n\n The harbour at dawn\nThe harbour at dawnCredit:\n\nMore body.\n")
    assert findings(doc, "ART002") == {(0, "ART002", "error")}


def test_duplicated_and_glued_credits(tmp_path: Path) -> None:
    doc = audit(
        tmp_path,
        "Enlarge this image toggle caption Toru Yamanaka/AFP/Getty Images Toru Yamanaka/AFP/Getty Images\n"
        "Body text.\nReuters One chilling photo appeared to show a doll\n",
    )
    assert [(i.credit.agency if i.credit else None) for i in doc.images] == ["getty", "reuters"]
    assert (0, "CRD002", "warning") in findings(doc, "CRD002")
    assert findings(doc, "CRD004") == {(1, "CRD004", "warning")}


def test_credit_first_page_learns_credits_outside_the_registry(tmp_path: Path) -> None:
    doc = audit(
        tmp_path,
        "Body text of the story.\n"
        "AP:Associated Press At least 84 people have died after a terror attack in Nice\n"
        "Fame Flynet Forensics work at the scene this morning\n"
        "EFE Abandoned pushchairs are left beside dead bodies\n"
        "Twitter Horrific images appeared online showing people lying on the ground\n"
        "Reuters The attack was the worst act of terror in the country\n"
        "Fame Flynet Police and ambulances descended on the chaotic scene\n"
        "Getty Images Cars were stopped in the city Getty Images There were fears of more attackers\n",
    )
    credits = [i.credit.raw if i.credit else None for i in doc.images]
    assert credits == [
        "AP:Associated Press",
        "Fame Flynet",
        "EFE",
        "Twitter",
        "Reuters",
        "Fame Flynet",
        "Getty Images",
        "Getty Images",
    ]
    assert doc.images[-1].caption == "There were fears of more attackers"


def test_evidence_names_lines_and_signals(tmp_path: Path) -> None:
    doc = audit(
        tmp_path, "Body.\n\n A boat sinks in the harbour\n6 of 9\nA boat sinks in the harbour. Credit: Reuters\n"
    )
    (image,) = doc.images
    assert image.evidence.lines == [3, 5]  # alt text, counter, caption with its credit
    assert {"alt-line", "counter", "caption-credit"} <= set(image.evidence.signals)
    assert (image.alt, image.observed.gallery_counter) == ("A boat sinks in the harbour", "6 of 9")


def test_caption_repeated_in_body_only_as_a_whole_sentence(tmp_path: Path) -> None:
    whole = audit(
        tmp_path,
        "The harbour wall collapsed on Monday night. Credit: Reuters\n\nThe harbour wall collapsed on Monday night.\n",
    )
    assert findings(whole, "CAP003") == {(0, "CAP003", "info")}
    piece = audit(
        tmp_path,
        "Kim Jong Un at the launch site Credit: Reuters\n\nOfficials said Kim Jong Un at the launch site was seen smiling.\n",
    )
    assert findings(piece, "CAP003") == set()


_BODY = "The council voted on Thursday to approve the new harbour plan after a long debate.\n\n"
_MORE = "The mayor said the work would begin in spring and last about two years, officials said.\n\n"
_REF = "Body paragraph one of the story, long enough to be a sentence.\n\n![{alt}](https://cdn.example.com/c.jpg)\n\n"
_END = "Body paragraph two of the story, long enough as well.\n"

ROLES: list[tuple[str, str, list[tuple[int, str, str | None]]]] = [
    (
        "credited cards below a 'More stories' heading after the last paragraph are chrome",
        _BODY + _MORE + "More stories\n\nFirefighters battle a blaze in the hills. Photo: Jane Doe/Reuters\n\n"
        "A new bridge opens to traffic. (AP Photo/John Roe)\n",
        [
            (7, "chrome", "below 'More stories', after the article's last paragraph: a card of another story"),
            (9, "chrome", "below 'More stories', after the article's last paragraph: a card of another story"),
        ],
    ),
    (
        "a credited photo between paragraphs, before such a heading, stays content",
        _BODY + "Firefighters battle a blaze in the hills. Photo: Jane Doe/Reuters\n\n" + _MORE + "Related\n",
        [(3, "content", None)],
    ),
    (
        "a video player's poster",
        _BODY + "![Video player loading](https://cdn.example.com/poster.jpg)\n\n" + _MORE,
        [(3, "chrome", "a video player's poster (alt text 'Video player loading')")],
    ),
    (
        "a video player's poster, the line under it read as its caption (trafilatura's text: no blank lines)",
        "Body paragraph one of the story, long enough to count.\n"
        "![Video player loading](https://cdn.example.com/poster.jpg)\n"
        "Investigators said on Monday they had found no sign of a cell operating in the city.\n" + _END,
        [(3, "chrome", "a video player's poster (alt text 'Video player loading')")],
    ),
    (
        "a file named by its size, an avatar's (43x32.png), not an aspect ratio's (16x9)",
        _REF.replace("https://cdn.example.com/c.jpg", "//images.example.de/bdb/2668638/43x32.png").format(alt="")
        + _END,
        [(3, "chrome", "furniture: image file '//images.example.de/bdb/2668638/43x32.png'")],
    ),
    (
        "alt text that reads as a headline",
        _REF.format(alt="Council Approves New Harbour Plan After Long Debate") + _END,
        [(3, "unsure", "an image reference whose alt text reads as a headline, with no caption or credit")],
    ),
    (
        "alt text that is a file name",
        _REF.format(alt="harbour_plan_render") + _END,
        [(3, "unsure", "an image reference between paragraphs, with no alt text, caption or credit")],
    ),
    (
        "alt text that describes the photo",
        _REF.format(alt="A crowd gathers in the square outside the town hall") + _END,
        [(3, "content", None)],
    ),
    (
        "a quotation printed twice, no credit: unsure",
        'Body paragraph one.\n\n"We will rebuild," the mayor said. "It will take years."\n'
        '"We will rebuild," the mayor said. "It will take years."\n\n' + _END,
        [
            (
                4,
                "unsure",
                "a passage printed twice with no credit: a paragraph or pull quote repeated, as often as a caption",
            )
        ],
    ),
    (
        "a video playlist's poster, a credit in its alt text (html2text)",
        _BODY + "![Former president leaves the court on Monday. \\(Photo by Jane Doe/AFP via Getty\nImages\\)]"
        "(https://cdn.example.com/video-\nposter.jpg)\n\nVideo Ad Feedback\n\nWatch what he did outside the court\n\n"
        "02:12\n\nNow playing\n\n\\- Source: [CNN](/)\n\n" + _MORE,
        [(3, "chrome", "a video player's poster: the player's lines (duration, 'Now playing', source) follow it")],
    ),
    (
        "an image reference between paragraphs a converter wrapped",
        "The seats, the dashboard and the steering wheel are all wrapped in fine leather, which\n"
        "spruces up the cabin.\n\n![Nissan is bringing back the sedan, will it come here?\nimage](../../image.php?src="
        "/images/posts/post1_2.jpg&w=660)\n\nAn all-new 2.0-liter engine replaces the previous one and puts out\n"
        "151 PS, the company said.\n",
        [(4, "content", None)],
    ),
    (
        "an empty credit label under a line that no image reference or alt text supports",
        "Body paragraph one.\n\nSign up for our morning briefing Credit:\n\n" + _END,
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), ROLES, ids=[r[0] for r in ROLES])
def test_role(tmp_path: Path, name: str, text: str, expected: list[tuple[int, str, str | None]]) -> None:
    doc = audit(tmp_path, text)
    assert [(i.location.line, i.role, i.evidence.role_reason) for i in doc.images] == expected  # type: ignore[union-attr]
    assert not [f for f in doc.findings if f.severity == "error" and doc.images[f.image or 0].role != "content"]


def test_a_line_that_is_one_link_is_no_caption(tmp_path: Path) -> None:
    doc = audit(tmp_path, _REF.format(alt="A crowd gathers in the square") + "[Send A Tip](/send-a-tip/)\n\n" + _END)
    assert [(i.location.line, i.caption) for i in doc.images] == [(3, None)]  # type: ignore[union-attr]


_SLIDES = [
    "Waves break over the sea wall at dawn.",
    "A lifeboat crew launches into the swell.",
    "Residents sandbag a doorway.",
]
_FILE_PHOTOS = [
    ("March 2, 2011", "a man walks past the store."),
    ("June 5, 2012", "the logo is seen."),
    ("May 1, 2013", "a queue."),
]


def test_a_gallery_title_printed_before_every_slide_is_no_caption(tmp_path: Path) -> None:
    text = "".join(f"Photos: Harbour storm {c} Hide Caption {i} of 3\n" for i, c in enumerate(_SLIDES, 1))
    assert [(i.caption, i.observed.gallery_counter) for i in audit(tmp_path, text).images] == [
        (caption, f"{n} of 3") for n, caption in enumerate(_SLIDES, 1)
    ]


def test_captions_that_start_alike_keep_their_start(tmp_path: Path) -> None:
    text = "".join(f"FILE - In this {m} photo, {c} Hide Caption {i} of 3\n" for i, (m, c) in enumerate(_FILE_PHOTOS, 1))
    assert [i.caption for i in audit(tmp_path, text).images] == [
        f"FILE - In this {m} photo, {c}" for m, c in _FILE_PHOTOS
    ]


def test_an_inline_placeholder_with_a_caption_and_credit_is_a_photo(tmp_path: Path) -> None:
    """A data: address is a lazy-loading placeholder: with a caption and credit under it, it stands for a photo;
    with neither, it is furniture."""
    text = (
        "Body paragraph one of the story, long enough to be a sentence.\n\n"
        "![The debate in the chamber](data:image/jpeg;base64,/9j/2wBDACgcHiMeGSgjISMtKygw)\n\n"
        "The debate in the chamber on Tuesday. Credits : Getty\n\n"
        "![](data:image/gif;base64,R0lGODlhAQABAAAAACw=)\n\nBody paragraph two of the story, long enough as well.\n"
    )
    assert [(i.role, i.credit.agency if i.credit else None) for i in audit(tmp_path, text).images] == [
        ("content", "getty"),
        ("chrome", None),
    ]


def test_a_placeholder_file_beside_a_name_is_furniture(tmp_path: Path) -> None:
    text = (
        "Body paragraph one of the story, long enough to be a sentence.\n\n"
        "![Jane Doe](https://www.example.com/img/transparent.gif)\n\nBody paragraph two, long enough as well.\n"
    )
    assert [i.role for i in audit(tmp_path, text).images] == ["chrome"]


def test_a_topics_line_is_navigation_not_a_caption(tmp_path: Path) -> None:
    text = (
        "Body paragraph one of the story, long enough to be a sentence.\n\n"
        "Topics: Crack, damage, earthquake, nation, obelisk, virginia earthquake\n"
        "Mandel Ngan / AFP / Getty Images\n\nBody paragraph two of the story, long enough as well.\n"
    )
    assert [(i.caption, i.credit.agency if i.credit else None) for i in audit(tmp_path, text).images] == [
        (None, "getty")
    ]


def test_share_buttons_and_icon_sized_pictures_are_chrome(tmp_path: Path) -> None:
    text = (
        "Body paragraph one of the story, long enough to be a sentence.\n\n"
        "![](https://www.example.com/resources/customSocialBar/images/Facebook_hover.png)\n"
        "![](https://www.example.com/resources/customSocialBar/images/twitter.png)\n\n"
        "![Medical Daily](https://img.example.com/tenant/amp/entityid/AA8ekH7.img?w=120&h=17&m=6)\n\n"
        "Body paragraph two of the story, long enough as well.\n"
    )
    assert [(i.location.line, i.role) for i in audit(tmp_path, text).images] == [  # type: ignore[union-attr]
        (3, "chrome"),
        (4, "chrome"),
        (6, "chrome"),
    ]


def test_restructured_text_pictures_stand_where_their_substitutions_stand(tmp_path: Path) -> None:
    text = (
        "   The Huffington Post has come across a fascinating five-minute interview with the founder.\n\n"
        "      |Screen Shot 2011-08-13 at 4.55.35 PM|\n\n"
        "   His goal at the time was to expand to all two thousand colleges in the United States, he said.\n\n"
        ".. |Screen Shot 2011-08-13 at 4.55.35 PM| image:: https://cdn.example.com/2011/08/screen-shot.png?w=288\n"
        ".. image:: http://pixel.example.com/pixel/p-18-mFEk4J448M.gif?labels=language.en\n"
    )
    assert [(i.location.line, i.src, i.role) for i in audit(tmp_path, text).images] == [  # type: ignore[union-attr]
        (3, "https://cdn.example.com/2011/08/screen-shot.png?w=288", "unsure"),
        (8, "http://pixel.example.com/pixel/p-18-mFEk4J448M.gif?labels=language.en", "chrome"),
    ]


def test_a_bare_reference_under_the_headline_is_a_lead_photo_never_judged(tmp_path: Path) -> None:
    text = (
        "# La La Land might win an Oscar but it has some bizarre racial politics\n\n"
        "![](https://cdn.example.com/wp-content/uploads/2016/12/screen-shot-2016-12-23.png?resize=2880%2C1620)\n\n"
        "Warning: this piece contains spoilers.\n\n"
        "The film has been praised by critics for its music, its dancing and its love of old Hollywood musicals.\n"
    )
    doc = audit(tmp_path, text)
    assert [(i.location.line, i.role) for i in doc.images] == [(3, "unsure")]  # type: ignore[union-attr]
    assert findings(doc, "CRD001") == {(0, "CRD001", "warning")}


def test_a_name_in_brackets_credits_a_picture_but_finds_none(tmp_path: Path) -> None:
    """A caption under a picture closing with a name in brackets is credited by it; a text browser's button in
    brackets ("[Search]") on a line of its own is no credit line, so no picture."""
    doc = audit(
        tmp_path,
        "Search for: [ ] [Search]\n\nThe garden in spring.\n\n"
        "![Dig a hole.](https://example.com/dig.jpg)\nDig a hole in the oasis. (Lucy Akins)\n\n"
        "Step 2\n\nInsert your plant into the hole and press the foam around it.\n",
    )
    assert images(doc) == [(6, "Dig a hole in the oasis.", "Lucy Akins", None, "content", None)]


def test_a_picture_with_no_alt_text_between_two_paragraphs(tmp_path: Path) -> None:
    """pandoc's plain text prints a picture with no alt text as "[]", w3m as its file name cut short
    ("[24cb08abdf]"): a picture of the story between two of its paragraphs (unsure: nothing describes it). Beside
    a headline, or a file name printed again and again (a list's thumbnails), it is none."""
    para = "The council voted on Tuesday to close the bridge for repairs, which will take most of the summer.\n\n"
    doc = audit(
        tmp_path,
        "[w150h100q1]\n\nBridge to close\n\n[w150h100q1]\n\n" + para + "[]\n\n" + para + "[24cb08abdf]\n\n" + para,
    )
    assert images(doc) == [(9, None, None, None, "unsure", None), (13, None, None, None, "unsure", None)]


def test_a_site_themes_own_image_is_furniture(tmp_path: Path) -> None:
    """A WordPress theme's images ("/wp-content/themes/<name>/images/…"), as the HTML reader holds them: a
    wordmark or a donation banner between paragraphs is site chrome, never a photo of the story."""
    para = "The council voted on Tuesday to close the bridge for repairs, which will take most of the summer.\n\n"
    doc = audit(
        tmp_path,
        para
        + "![](https://example.org/wp-content/themes/site/images/donating_equals_loving@2x.png)\n\n"
        + para
        + "![](https://example.org/wp-content/uploads/2025/05/bridge.jpg)\n\n"
        + para,
    )
    assert [(i.location.line, i.role) for i in doc.images] == [(3, "chrome"), (7, "unsure")]  # type: ignore[union-attr]


def test_credited_cards_each_with_a_title_and_a_line_of_text(tmp_path: Path) -> None:
    """A converter that drops the pictures leaves a list of cards as captions with credits, each followed by a
    title and a line of text (a tourist board's "Our recommendations"): three or more in a row are cards, not the
    article's photos. With its pictures printed, the same shape is a how-to's steps, and stays."""
    para = "The valley has been farmed for centuries, and its villages keep the old ways alive in every season.\n\n"
    cards = "".join(
        f"{place} at dawn © Tourism Board / Jane Doe\n\n{title}\n\nA short text about it. Book now\n\n"
        for place, title in [("The lake", "Autumn walks"), ("The pass", "Late summer"), ("The hut", "Ski weeks")]
    )
    doc = audit(tmp_path, para + para + cards)
    assert [i.role for i in doc.images] == ["chrome", "chrome", "chrome"]
    steps = "".join(
        f"![{text}](https://example.com/{n}.jpg)\n{text} (Lucy Akins)\n\nStep {n}\n\nPress the moss down.\n\n"
        for n, text in [(1, "Dig a hole."), (2, "Attach moss."), (3, "Place the cloche.")]
    )
    doc = audit(tmp_path, para + para + steps)
    assert [(i.caption, i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        ("Dig a hole.", "Lucy Akins", "content"),
        ("Attach moss.", "Lucy Akins", "content"),
        ("Place the cloche.", "Lucy Akins", "content"),
    ]


def test_pictures_under_about_the_author_are_chrome(tmp_path: Path) -> None:
    """ "About the author" after the story opens the author's box: the portrait under it is no photo of the story."""
    para = "The council voted on Tuesday to close the bridge for repairs, which will take most of the summer.\n\n"
    doc = audit(
        tmp_path,
        para * 3 + "About the author\n\n![](https://example.com/2023/05/Jane-Doe.png)\nJane Doe at home in Lyon. "
        "Photo: John Smith/Reuters\n\nJane Doe writes on cities.\n",
    )
    assert [i.role for i in doc.images] == ["chrome"]


def test_one_photo_credit_at_the_foot_credits_the_one_picture(tmp_path: Path) -> None:
    """A blog credits its lead photo at the story's foot, after its sources ("/ Photo Credit: Name/Facebook"): with
    one picture printed without a credit and one such line with no picture of its own, the line is its credit."""
    para = "The council voted on Tuesday to close the bridge for repairs, which will take most of the summer.\n\n"
    doc = audit(
        tmp_path,
        para
        + "![Carl Icahn speaks at an investors' conference in New York](https://example.com/2016/12/icahn.jpg)\n\n"
        + para * 3
        + "Sources: Washington Examiner [https://example.com/story] / Photo Credit: Carl Icahn/Facebook\n"
        "[https://www.facebook.com/carlicahn/photos/1]\n",
    )
    assert [(i.src, i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        ("https://example.com/2016/12/icahn.jpg", "Carl Icahn/Facebook", "content")
    ]


def test_a_size_in_the_files_name_marks_a_logo(tmp_path: Path) -> None:
    """ "…size1_w16_h16.png": a 16-pixel logo by its file's name; "…_w591_h443.png" a picture's size."""
    para = "The council voted on Tuesday to close the bridge for repairs, which will take most of the summer.\n\n"
    doc = audit(
        tmp_path,
        para
        + "![](https://example.com/a/204c4size1_w16_h16.png)\n\n"
        + para
        + "![](https://example.com/a/1d931e_w591_h443.png)\n\n"
        + para,
    )
    assert [i.role for i in doc.images] == ["chrome", "unsure"]


def test_a_captions_first_word_glued_to_a_long_picture_line_is_read_with_its_next_lines(tmp_path: Path) -> None:
    """html2text glues a figure's caption to its picture and wraps the paragraph at 78 columns: after a long
    picture line the caption's first word may stand alone ("…jpg)Luiz" / "Inácio Lula …"). Read with its next
    lines, the caption is whole and its first word is no credit."""
    import textwrap

    story = "Tite disse que a seleção brasileira não deve visitar o presidente eleito depois da conquista. " * 5
    paragraph = textwrap.fill(story, 78)
    text = (
        f"{paragraph}\n\n![Lula recebe a taça](https://img.example.com/fotografia/2018/12/21/15454034955c1cfc67131dc_3x2.jpg)Luiz\nInácio Lula da Silva "
        "recebe de Tite e outros representantes do Corinthians\nréplica da taça da Libertadores - Heinrich "
        "Aikawa/Instituto Lula\n\n"
        f"{paragraph}\n\n[Os times](https://photos.example.com/galerias/nova/1618838542352047-os-times) "
        "![Minha Folha](//f.i.uol.com.br/guia/gallery/icons/ic_save.svg)![Compartilhe](//f.i.uol.com.br/guia/gallery/"
        f"icons/ic_share.svg)\n\n{paragraph}\n"
    )
    (first,) = images(audit(tmp_path, text))[:1]
    assert first[1:4] == (
        "Luiz Inácio Lula da Silva recebe de Tite e outros representantes do Corinthians réplica da taça da Libertadores",
        "Heinrich Aikawa/Instituto Lula",
        None,
    )


def test_stories_after_the_article_and_decorative_gifs_are_no_photos(tmp_path: Path) -> None:
    """trafilatura keeps a page's "Stories »" list under the story (each picture, then its headline): below that
    heading they are cards, and a GIF with no alt text is a decoration, so no "no credit" error is raised on them."""
    story = (
        "Thousands rallied in Tokyo on Sunday against nuclear power, a month after the tsunami. Many brought their "
        "children, and musicians played rock music from a truck. The police said the march was peaceful."
    )
    cards = "".join(
        f"![{title}](http://img.example.com/images/1628/{n}.jpg)\n{title}\n"
        for n, title in enumerate(("Gagarin flight anniversary", "Metro blast victim dies", "Gbagbo arrested"))
    )
    doc = audit(
        tmp_path,
        f"{story}\nThe operator began dumping low-level radioactive water into the Pacific this week, officials "
        "said.\nMOSCOW, April 10 (RIA Novosti)\n![](/i/eng/top_tr3.gif)\nAdd to blog\n"
        f"![Add comments](/i/icons/addcomment.png) Add comments\nLeave a comment\nStories »\n{cards}",
    )
    assert [i.role for i in doc.images] == ["chrome"] * 5, [i.evidence.role_reason for i in doc.images]
    assert not [f for f in doc.findings if f.severity == "error"]


def test_text_browsers_print_one_photo_twice_around_its_file_name(tmp_path: Path) -> None:
    """w3m prints NPR's photo with its caption controls, then the <noscript> copy under the file name it cuts to ten
    characters ("[ap_1634266]"): one photo. Two slides with one wire caption and nothing else between are two."""
    caption = "Dylann Roof is escorted from the Shelby Police Department in Shelby, N.C., on June 18, 2015."
    story = (
        "A jury in Charleston found Dylann Roof guilty on all 33 counts of federal hate crimes he faced on Thursday."
    )
    npr = (
        f"{story}\n\n[ap_1634266]\nEnlarge this image\n\n{caption} Chuck Burton/AP hide caption\n\ntoggle caption\n"
        f"Chuck Burton/AP\n[ap_1634266]\n\n{caption}\n\nChuck Burton/AP\n\n{story}\n"
    )
    assert [(i[2], i[4]) for i in images(audit(tmp_path, npr))] == [("Chuck Burton/AP", "content")]
    slide = "Commuters arrive from regional trains at the Cardona railway station in Milan"
    gallery = f"{story}\n\n\n\n{slide}\n\nAFP via Getty Images\n\n\n\n{slide}\n\nAFP via Getty Images\n\n\n\n{story}\n"
    assert [(i[0], i[3]) for i in images(audit(tmp_path, gallery))] == [(7, "getty"), (13, "getty")]


def test_a_credit_printed_alone_twice_is_two_pictures(tmp_path: Path) -> None:
    """innerText and inscriptis print nothing for a picture: two credit lines in a row, each alone, are two
    pictures, labelled or not."""
    story = "The views are desert spectacular: a blend of cacti, palm trees and mountains, the agent said on Monday."
    text = f"{story}\n\n Courtesy of Zillow\n Courtesy of Zillow\n\n{story}\n\n(Image credit: Jane Roe/AP)\n(Image credit: Jane Roe/AP)\n"
    assert [(i[0], i[3]) for i in images(audit(tmp_path, text))] == [(3, None), (4, None), (8, "ap"), (9, "ap")]


def test_a_partners_promotion_and_a_list_of_headlines_are_no_photos(tmp_path: Path) -> None:
    """A partner's notice with a call to action under it ("Weitere Infos lesen hier »"), and pictures that lynx
    prints as file names, each beside one headline ("Editor's Picks"), raise nothing."""
    story = "Der Autor schildert darin in einer Vielzahl von Episoden die Nachkriegszeit aus der Sicht eines Jungen."
    promo = f"{story}\n\nRNZ-WHATSAPP-Newsletter\n© by WhatsBroadcast\nWeiter Infos lesen hier »\n\n{story}\n"
    assert images(audit(tmp_path, promo)) == []
    picks = "".join(
        f"   [{name}-{n}f60fd36c-b0bb-4ed8-a6ab-765b66f7438{n}.jpg]\n\n   {headline}\n"
        for n, (name, headline) in enumerate(
            (
                ("kim-kanye", "Will Kim Kardashian Divorce Kanye West?"),
                ("gilmore-girls", "Gilmore Girls Fans Have a Theory You Never Expected"),
                ("kailyn-farrah", "Teen Mom 2 Star Kailyn Lowry Is Beefing With Farrah Abraham Too!"),
            )
        )
    )
    doc = audit(tmp_path, f"   Editor's Picks\n{picks}\n   {story}\n")  # lynx indents every line
    assert [i.role for i in doc.images] == ["chrome"] * 3, [i.evidence.role_reason for i in doc.images]
    assert not [f for f in doc.findings if f.severity == "error"]


_MENU = ["Home", "News", "Sport", "Business", "Culture", "Opinion", "Weather", "Podcasts", "Newsletters", "Puzzles"]
_BODY = [
    "The council approved the new flood barrier on Tuesday after a year of public hearings and two failed votes.",
    "Engineers said the barrier would protect about 4,000 homes along the river from the worst winter storms.",
    "Residents who had campaigned for the scheme gathered outside the town hall to watch the vote on a screen.",
    "Work on the foundations is due to start in the spring, and the first section should open within two years.",
]


def _dense(*lines: str) -> str:
    """A whole page as BeautifulSoup's get_text("\\n", strip=True) writes it: every element on a line of its own,
    no blank line anywhere, the site's menu first."""
    return "\n".join([*_MENU, *_MENU, *_MENU, *lines]) + "\n"


def test_a_page_scraped_with_no_blank_lines_keeps_each_caption_over_its_credit(tmp_path: Path) -> None:
    """With no blank line to set a caption apart, a caption over a credit label stands below a line that is no
    paragraph ("Image"); the section heading under the credit is no caption. One picture printed as NPR's figure
    reads (caption, credit, "hide caption", "toggle caption", credit, caption, credit) is one photo."""
    text = _dense(
        _BODY[0],
        "Image",
        "Workers repair a water main on Fifth Avenue after a break flooded the street.",
        "Credit",
        "Credit...",
        "Jane Roe/The New York Times",
        "How to replace century-old pipes: slowly, and carefully",
        _BODY[1],
        "Enlarge this image",
        "Flood water covers the main road into the town centre on Monday.",
        "John Doe/AP",
        "hide caption",
        "toggle caption",
        "John Doe/AP",
        "Flood water covers the main road into the town centre on Monday.",
        "John Doe/AP",
        _BODY[2],
        _BODY[3],
    )
    assert [(i[1], i[2], i[4]) for i in images(audit(tmp_path, text))] == [
        (
            "Workers repair a water main on Fifth Avenue after a break flooded the street.",
            "Jane Roe/The New York Times",
            "content",
        ),
        ("Flood water covers the main road into the town centre on Monday.", "John Doe/AP", "content"),
    ]


def test_a_dense_pages_menus_bylines_and_sentences_cut_at_links_are_no_photos(tmp_path: Path) -> None:
    """What a whole-page scrape prints around the story: menu items shaped like credits ("All Film/TV", "Credit &
    Debt", "Archives (1986-Present)"), the wire's name over "Published", an agency named in a sentence cut at its
    links, and the headline printed four times (title, heading, metadata) raise nothing."""
    headline = "Council approves the flood barrier after a year of hearings"
    text = _dense(
        "Film/TV",
        "All Film/TV",
        "UPROXX TV",
        "Credit & Debt",
        "Insurance",
        "Archives (1986-Present)",
        "Obituaries",
        headline,
        "Two failed votes and a year of hearings before the scheme went through",
        "Associated Press",
        "Published",
        "11:26 pm EST, Tuesday, November 19, 2019",
        _BODY[0],
        "As both",
        "NBC News",
        "and",
        "Bloomberg",
        "have reported, the scheme was first proposed in 2015 and shelved twice for lack of money.",
        _BODY[1],
        headline,
        headline,
        headline,
        _BODY[2],
    )
    assert images(audit(tmp_path, text)) == []


def test_a_slug_printed_as_alt_text_between_blank_lines_is_a_picture(tmp_path: Path) -> None:
    """Resiliparse prints a picture's alt text as a paragraph: a CMS's slug alone between blank lines
    ("trends-in-public-schooling") is a picture, unsure (nothing else is said of it); a hyphenated word cut out of
    a sentence at its link ("neo-banks") is none. A "READ MORE:" list inside the story does not end it."""
    text = (
        f"{_BODY[0]}\n\n{_BODY[1]}\n\ntrends-in-public-schooling\n\n{_BODY[2]}\n\nREAD MORE:\n"
        "Foundation For Economic Education: The Failure of Public Schooling\nWall Street Journal: The Scandal\n\n"
        f"{_BODY[3]}\n\naverage-scores\n\n{_BODY[0]}\n\n{_BODY[1]}\n\nSo-called\nneo-banks\n, or challenger banks.\n"
    )
    assert [(i[0], i[4]) for i in images(audit(tmp_path, text))] == [(5, "unsure"), (15, "unsure")]


def test_names_in_square_brackets_closing_captions_are_a_tabloids_credits(tmp_path: Path) -> None:
    """readability's text of a tabloid: each caption closes with its agency's name in square brackets ("[Wenn]",
    "[Splash]"). Two or more such lines make the page's style, and each is a captioned, credited photo; one alone
    stays text (an editor's aside reads the same)."""
    text = (
        f"{_BODY[0]}\nHas Sean Penn popped the question? [Wenn]\n{_BODY[1]}\n"
        f"The couple have been dating for the last year [Splash]\n{_BODY[2]}\n"
    )
    assert [(i[0], i[1], i[2]) for i in images(audit(tmp_path, text))] == [
        (2, "Has Sean Penn popped the question?", "Wenn"),
        (4, "The couple have been dating for the last year", "Splash"),
    ]
    assert images(audit(tmp_path, f"{_BODY[0]}\nThe couple have been dating for the last year [Splash]\n")) == []
    doubled = "Lady Gaga out and about in New York City [Getty]"  # ELinks: the alt text, then the caption
    elinks = (
        f"{_BODY[0]}\n\n{doubled}\n\n{doubled}\n\n{_BODY[1]}\n\nThat's a LOT of selfies [Instagram]\n\n{_BODY[2]}\n"
    )
    assert [(i[0], i[2], i[3]) for i in images(audit(tmp_path, elinks))] == [
        (5, "Getty", "getty"),
        (9, "Instagram", None),
    ]


def test_a_dense_pages_sentences_and_credits_cut_at_their_links_are_joined_back(tmp_path: Path) -> None:
    """get_text("\\n") cuts a sentence at each link ("… celebs from" / "Walt Disney" / "to" / "Reuters" / ", knew
    how …") and a caption's bracketed credit at its link ("… in 1952. (" / "Public domain" / ")"): joined back,
    the credit is the caption's and the agency named in the sentence is no photo."""
    text = _dense(
        _BODY[0],
        "What is clear is that she, like other Palm Springs celebs from",
        "Walt Disney",
        "to",
        "Reuters",
        ", knew how to live it up in the desert.",
        _BODY[1],
        "Propaganda looked cooler in 1952. (",
        "Public domain",
        ")",
        _BODY[2],
    )
    assert [(i[1], i[2]) for i in images(audit(tmp_path, text))] == [
        ("Propaganda looked cooler in 1952.", "Public domain")
    ]


def test_a_full_pages_markdown_keeps_each_picture_with_its_caption_and_credit(tmp_path: Path) -> None:
    """markdownify over a whole page: BBC's credit label and credit over its labelled caption (not the paragraph
    above), a <figcaption> written as a heading between the picture and its credit, and one photo printed again in
    its enlarge overlay at another size ("…-s1100-c50.jpg", "…-s1200.jpg") are one image each."""
    text = (
        f"{_BODY[0]}\n\nImage copyright\nEPA\n\n\nImage caption\n\nEva-Marie Persson announced the decision\n\n"
        f"{_BODY[1]}\n\n![Trump arrives at the rally](https://cdn.example.com/img/usa-trump.jpg)\n\n"
        "## Trump arrives to speak at a rally in Hershey\n\n(LUCAS JACKSON/REUTERS)\n\n"
        f"{_BODY[2]}\n\n![Roof is escorted](https://cdn.example.com/ec3bdb8a5703198ffab35c5e4f0c456-s1100-c50.jpg)\n\n"
        "Roof is escorted from the police department in Shelby on June 18, 2015.\n\nChuck Burton/AP\n\n"
        "![Roof is escorted](https://cdn.example.com/ec3bdb8a5703198ffab35c5e4f0c456-s1200.jpg)\n\n"
        "Roof is escorted from the police department in Shelby on June 18, 2015.\n\nChuck Burton/AP\n\n"
        f"{_BODY[3]}\n"
    )
    assert [(i[1], i[2]) for i in images(audit(tmp_path, text))] == [
        ("Eva-Marie Persson announced the decision", "EPA"),
        ("Trump arrives to speak at a rally in Hershey", "LUCAS JACKSON/REUTERS"),
        ("Roof is escorted from the police department in Shelby on June 18, 2015.", "Chuck Burton/AP"),
    ]


def test_linked_pictures_keyword_slugs_repeated_alt_credits_and_gallery_links(tmp_path: Path) -> None:
    """Markdown of a whole page: a picture linked to another story is a teaser card (chrome, whatever its alt text
    credits); an agency's keyword slug after "Image:" in the alt text is no credit; a credit printed under the
    picture whose alt text already holds it is that picture's; "Photos from the …" links, three in a row, are a
    menu."""
    text = (
        f'{_BODY[0]}\n\n[![Werk auf Sardinien | Bildquelle: Philipp Grüll](/bilder/werk-149.jpg "Werk")]'
        f"(/inland/werk-101.html)\n\n{_BODY[1]}\n\n"
        "![Image: US-SPACE-AEROSPACE-NASA](https://cdn.example.com/161110-nasa-spacex.jpg)\n\n"
        "The Falcon 9 rocket lifts off from Cape Canaveral. AFP PHOTO/ BRUCE WEAVER\n\n"
        f"{_BODY[2]}\n\n![Supporters cheer on election night. (Photo credit should read JIM WATSON/AFP/Getty Images)]"
        "(https://cdn.example.com/GettyImages-621866810.jpg)\n\nJIM WATSON/AFP/Getty Images\n\n"
        f"{_BODY[3]}\n\nMultimedia\nPhotos from the Oregonian\nPhotos from the Beaverton Leader\n"
        "Photos from the Hillsboro Argus\nPhoto Essays\n"
    )
    doc = audit(tmp_path, text)
    assert [(i[2], i[3], i[4]) for i in images(doc) if i[4] != "chrome"] == [
        ("AFP PHOTO/ BRUCE WEAVER", "afp", "content"),
        ("JIM WATSON/AFP/Getty Images", "getty", "content"),
    ]
    assert [i.src for i in doc.images if i.role == "chrome" and i.src] == ["/bilder/werk-149.jpg"]


def test_a_headline_printed_twice_and_a_pointing_gif_raise_no_error(tmp_path: Path) -> None:
    """Under a breadcrumb, the headline printed twice (its link, then the <h1>) ends no sentence: a headline as often
    as a picture's alt text and caption, so unsure, no error. A GIF whose alt text is a few words ("Look here m8")
    over a call to action is a decoration as often as a picture: unsure too."""
    headline = "Sean Penn 'proposes to Charlize Theron'"
    text = _dense("Breadcrumb", "OK! Home", "Celeb News", headline, headline, _BODY[0], _BODY[1])
    doc = audit(tmp_path, text)
    assert [(i[1], i[4]) for i in images(doc)] == [(headline, "unsure")]
    assert not [f for f in doc.findings if f.severity == "error"]
    gif = f"{_BODY[0]}\n\n### Step 1: Like Us!\n\n![Look here m8](/assets/look-here-m8-99066a.gif)\n\n{_BODY[1]}\n"
    doc = audit(tmp_path, gif)
    assert [i.role for i in doc.images] == ["unsure"] and not [f for f in doc.findings if f.severity == "error"]


def test_a_text_browsers_form_buttons_are_no_bracketed_credits_and_a_studio_in_brackets_is_one(tmp_path: Path) -> None:
    """w3m prints a form's fields and its button in brackets ("Asunto: [   ] Texto: [   ] [Enviar]"), again for
    each comment: no tabloid's bracketed credits. A photographer's studio alone in round brackets ("(Al ‘Hughes’
    Dukes Photography)") is a credit."""
    form = "    Asunto: [                    ] Texto: [                    ] [Enviar]"
    text = f"  • Buscar en elmundo.es [                    ] [Buscar]\n\n{_BODY[0]}\n\n{form}\n\n{_BODY[1]}\n\n{form}\n"
    assert images(audit(tmp_path, text)) == []
    studio = f"{_BODY[0]}\n\n(Al ‘Hughes’ Dukes Photography)\n\n{_BODY[1]}\n"
    assert [(i[2], i[4]) for i in images(audit(tmp_path, studio))] == [("Al ‘Hughes’ Dukes Photography", "content")]


def test_a_storys_source_line_is_no_credit(tmp_path: Path) -> None:
    """A story's source, "From The Atlantic" under pandoc's empty picture stub, or "Source:" / "KGUN 9" between
    "Share This" and the "TAGS" menu, is no photo's credit."""
    pandoc = f"[]\n\nFrom The Atlantic\n\nCityLab\n\n{_BODY[0]}\n\n{_BODY[1]}\n"
    assert [i[2] for i in images(audit(tmp_path, pandoc))] == []  # the stub over the page: nothing credited
    source = f"{_BODY[0]}\n{_BODY[1]}\nShare This\nSource:\nKGUN 9\nTAGS\nEbola\n"
    assert images(audit(tmp_path, source)) == []
