"""Credits written into caption text: found, split off, glued or not."""

from __future__ import annotations

import pytest

from checker.credits.captions import split_credits

CASES = [
    # (text, caption left, credits in reading order, glued)
    (
        "The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters",  # a place after "in" ends the caption
        "The Moulin Rouge cabaret in Paris",
        ["Benoit Tessier/Reuters"],
        False,
    ),
    (
        "Police stand guard near the stadium Jose Luis Magana/AP",
        "Police stand guard near the stadium",
        ["Jose Luis Magana/AP"],
        False,
    ),
    (
        "There are 400 water main breaks a year, an official said.CreditMichael Appleton for The New York Times",
        "There are 400 water main breaks a year, an official said.",
        ["Michael Appleton for The New York Times"],
        True,
    ),
    (
        "The general at State House, the day after the takeover Credit: HARARE HERALD 16 November 2017 • 2:15pm",
        "The general at State House, the day after the takeover",
        ["HARARE HERALD"],
        False,
    ),
    (
        "Lula recebe de Tite a réplica da taça da Libertadores - Heinrich Aikawa/Instituto Lula",
        "Lula recebe de Tite a réplica da taça da Libertadores",
        ["Heinrich Aikawa/Instituto Lula"],
        False,
    ),
    (
        "ISIS chief Abu Bakr al-Baghdadi has admitted defeat in Iraq, reports claimCredit: AP:Associated Press",
        "ISIS chief Abu Bakr al-Baghdadi has admitted defeat in Iraq, reports claim",
        ["AP:Associated Press"],
        True,
    ),
    (
        "Minnesota Wild celebrate in Buffalo, N.Y.  (AP Photo/Jeffrey T. Barnes)",
        "Minnesota Wild celebrate in Buffalo, N.Y.",
        ["AP Photo/Jeffrey T. Barnes"],
        False,
    ),
    ("A man walks in the SenateREUTERS/Jane Doe", "A man walks in the Senate", ["REUTERS/Jane Doe"], True),
    ("The chamber on Monday.Credit: Reuters", "The chamber on Monday.", ["Reuters"], True),
    (
        "Kristi Noem at the White House. Photograph: Alex Wong/Getty Images",
        "Kristi Noem at the White House.",
        ["Alex Wong/Getty Images"],
        False,
    ),
    (
        "The house where Adolf Hitler was born. Leonhard Foeger / Reuters file",
        "The house where Adolf Hitler was born.",
        ["Leonhard Foeger / Reuters file"],
        False,
    ),
    (
        "Ein Zug in England. © Ben Stansall/\u200bAFP/\u200bGetty Images",
        "Ein Zug in England.",
        ["Ben Stansall/\u200bAFP/\u200bGetty Images"],
        False,
    ),
    (
        "Flixtrain setzt auf Reisende.(Foto: Christian Charisius/dpa)",
        "Flixtrain setzt auf Reisende.",
        ["Christian Charisius/dpa"],
        True,
    ),
    (
        "Security forces secure the area. (Taiwan Presidential Office/EPA-EFE) "
        "(Taiwan Presidential Office/Han Handout/EPA-EFE/REX/Shutterstock)",
        "Security forces secure the area.",
        ["Taiwan Presidential Office/EPA-EFE", "Taiwan Presidential Office/Han Handout/EPA-EFE/REX/Shutterstock"],
        False,
    ),
    (
        "Pence will have to defend Trump. Illustration by POLITICO / AP Photo",
        "Pence will have to defend Trump.",
        ["POLITICO / AP Photo"],
        False,
    ),
    (
        "A red fox in the snow. Art by Jackie Morris",
        "A red fox in the snow.",
        ["Jackie Morris"],
        False,
    ),
    (
        "The newsroom at work. Photo composite by Tim Reilly and Edie Freedman",
        "The newsroom at work.",
        ["Tim Reilly and Edie Freedman"],
        False,
    ),
    (
        "Sala de espera de un ambulatorio madrileño. / GORKA LEJARCEGI",
        "Sala de espera de un ambulatorio madrileño.",
        ["GORKA LEJARCEGI"],
        False,
    ),
    ("Police at the scene. / REUTERS", "Police at the scene.", ["REUTERS"], False),
    # an abbreviation's stop ends the caption: "D.C." is no part of the credit
    ("Protesters in Washington, D.C. / REUTERS", "Protesters in Washington, D.C.", ["REUTERS"], False),
    # AP's house style written by any outlet: a credit, its agency unknown to the registry
    (
        "Policemen stop a protest in Srinagar. (HT Photo/Waseem Andrabi)",
        "Policemen stop a protest in Srinagar.",
        ["HT Photo/Waseem Andrabi"],
        False,
    ),
    # a photographer's name and the agency after the caption's last sentence (USA TODAY's galleries)
    (
        "Danica Patrick waves to the crowd at Daytona International Speedway. Jerry Lai, USA TODAY Sports",
        "Danica Patrick waves to the crowd at Daytona International Speedway.",
        ["Jerry Lai, USA TODAY Sports"],
        False,
    ),
    (
        "Patrick poses with the pole winner sign on Feb. 17, 2013. Chris Graythen, Getty Images for NASCAR",
        "Patrick poses with the pole winner sign on Feb. 17, 2013.",
        ["Chris Graythen, Getty Images for NASCAR"],
        False,
    ),
    (
        "Fans cheer before the race. Ross D. Franklin, AP",
        "Fans cheer before the race.",
        ["Ross D. Franklin, AP"],
        False,
    ),
    (
        "Patrick with her team owner Tony Stewart. Davis Turner for USA TODAY Sports",
        "Patrick with her team owner Tony Stewart.",
        ["Davis Turner for USA TODAY Sports"],
        False,
    ),
    (
        "Tiger Woods tees off on the 4th hole during the first round. Rob Carr Getty Images",
        "Tiger Woods tees off on the 4th hole during the first round.",
        ["Rob Carr Getty Images"],
        False,
    ),
    (  # a Portuguese, a Spanish and a Dutch label
        "Neymar treina no CT da seleção. Crédito: Reprodução/TV",
        "Neymar treina no CT da seleção.",
        ["Reprodução/TV"],
        False,
    ),
    ("Vista del puerto. Fuente: EFE", "Vista del puerto.", ["EFE"], False),
    (  # a French paper's credit: "Photo", the photographer, a full stop, the agency
        "Xi Jinping à Berlin, en 2014. Photo Markus Schreiber. AP",
        "Xi Jinping à Berlin, en 2014.",
        ["Markus Schreiber. AP"],
        False,
    ),
    ("Le président à Paris. Photo AFP", "Le président à Paris.", ["AFP"], False),
    (  # a chain of sources in brackets, no agency of the registry in it
        "Anggota DPR RI Kamrussamad (ANTARA/Facebook/Kamrussamad)",
        "Anggota DPR RI Kamrussamad",
        ["ANTARA/Facebook/Kamrussamad"],
        False,
    ),
    ("A girl at the fair (Marta/Instagram)", "A girl at the fair", ["Marta/Instagram"], False),
    ("De haven van Rotterdam. Beeld: ANP", "De haven van Rotterdam.", ["ANP"], False),
    (
        "Cranes on the waterfront. (Photo: Getty Images) Credit: Reuters",
        "Cranes on the waterfront.",
        ["Getty Images", "Reuters"],
        False,
    ),
]


@pytest.mark.parametrize(("text", "caption", "credits", "glued"), CASES, ids=[c[0][:40] for c in CASES])
def test_split(text: str, caption: str, credits: list[str], glued: bool) -> None:
    rest, spans = split_credits(text)
    assert rest == caption
    assert [s.raw for s in spans] == credits
    assert spans[-1].glued is glued


@pytest.mark.parametrize(
    "text",
    [
        "He said (quietly) that the vote would go ahead.",
        "LONDON (Reuters) - Britain's economy grew faster than expected in the third quarter, data showed.",
        "The photo: a crowd of supporters outside the court.",
        "Iraqi forces have now cut the last remaining escape route from Mosul.",
        "Credit card spending rose 4% in October, the bank said, as shoppers brought purchases forward.",
        "The illustration by Goya hangs in the Prado.",
        "Buying a Franchise with Bad Credit",
        'Westlake Fish House / "local place" / westlakefishhouse.com',
        "He said no. / and then left the room",
        "now](http://itunes.apple.com/us/app/bloomberg-businessweek/id421216878?mt=8)",
        "The senator met Gov. Jay Inslee, AP",  # an abbreviation's full stop ends no caption
        "The club won again. Members of Reuters",  # "of": not a name
        "He said (Times Photo/the editor) was there.",
        "Edition: U.S. / Global",  # a menu: an abbreviation's stop before the slash ends no caption
        "N.Y. / Region",
        "The bank said.CreditSuisse shares fell",  # the bank's name, not a hidden "Credit" label
        "The match ended 2-1 - see Part One/Two",  # after a dash, not a name and a source
        "Archives (1986-Present)",  # a span of years in brackets, not a year's label before a credit
        "Credit & Debt",  # a menu's item: two words joined, not a label and its credit
        "Kim Jong Un at the parade (KCNA/Handout)",  # two sources, neither a network: the registry must name one
        "The season so far (2019/2020)",
        "He was asked to choose (Yes/No)",
        "We took the team photo. Photo Finish",  # no agency after "Photo": a title
    ],
)
def test_prose_is_not_a_credit(text: str) -> None:
    assert split_credits(text) == (text, [])


def test_a_hidden_label_after_a_date_is_still_a_label() -> None:
    """NYT's "Credit" glued after a caption's date stays an empty label (the credit is in an element of its own);
    only a capitalised word before it ("… with Bad Credit") makes it the last word of a title."""
    rest, spans = split_credits("Senator Jane Doe in Washington. Published On Oct. 9, 2018 Credit")
    assert rest == "Senator Jane Doe in Washington. Published On Oct. 9, 2018"
    assert spans[0].empty and spans[0].label == "Credit"


def test_empty_label() -> None:
    rest, spans = split_credits("The harbour at dawnCredit:")
    assert rest == "The harbour at dawn"
    assert spans[0].empty and spans[0].glued and spans[0].label == "Credit:"
    rest, spans = split_credits("The harbour at dawn (Photo: .)")
    assert rest == "The harbour at dawn" and spans[0].label == "Photo:" and not spans[0].raw


def test_an_ellipsis_in_brackets_is_no_credit() -> None:
    assert split_credits("Jump to comments (...)") == ("Jump to comments (...)", [])


def test_a_photographer_and_an_outlet_in_brackets_is_a_credit() -> None:
    rest, spans = split_credits("The basement at 80 New York Avenue. (Scott Heins/Gothamist)")
    assert rest == "The basement at 80 New York Avenue." and [s.raw for s in spans] == ["Scott Heins/Gothamist"]
    assert split_credits("A rally in the capital (Barack Obama/Joe Biden) on Monday")[1] == []


def test_an_outlet_and_its_photographer_in_brackets_is_a_credit() -> None:
    """DW's order: the outlet or archive, then the photographer by initial ("DW/J. Hitz"); two places or two
    leaders in brackets are no credit."""
    rest, spans = split_credits("Exhibition on German colonialism (DW/J. Hitz)")
    assert rest == "Exhibition on German colonialism" and [(s.raw, s.credit.photographer) for s in spans] == [  # type: ignore[union-attr]
        ("DW/J. Hitz", "J. Hitz")
    ]
    assert [s.raw for s in split_credits("Specimens (Deutsches Historisches Museum/T. Bruns)")[1]] == [
        "Deutsches Historisches Museum/T. Bruns"
    ]
    assert split_credits("Trade between the two (Germany/France)")[1] == []
    assert split_credits("They met in Paris (Merkel/Macron)")[1] == []


def test_a_year_in_brackets_is_no_credit_label() -> None:
    assert split_credits("The Hurricane (1999)") == ("The Hurricane (1999)", [])


def test_a_named_tail_credit_is_labelled_by_its_by_and_names_the_photographer() -> None:
    rest, spans = split_credits("Patrick waves to the fans in Hampton, Georgia. By John Harrelson, Getty Images")
    assert rest == "Patrick waves to the fans in Hampton, Georgia."
    assert [(s.raw, s.label, s.credit.agency, s.credit.photographer) for s in spans if s.credit] == [
        ("John Harrelson, Getty Images", "By", "getty", "John Harrelson")
    ]
    _, spans = split_credits("Woods reacts on the 5th green at Muirfield. Matt Dunham AP")
    assert [(s.credit.agency, s.credit.photographer) for s in spans if s.credit] == [("ap", "Matt Dunham")]


def test_a_chinese_credit_after_the_captions_full_stop() -> None:
    """Chinese captions end with who photographed ("…摄") or provided ("…供图") the picture, an outlet's name
    sometimes after it; a sentence that only mentions photographing ("这是他拍摄的。") holds no credit."""
    from checker.credits.captions import split_credits

    assert split_credits("雨游黄鹤楼照样开心。城市摄影队 周斌 摄")[1][0].raw == "城市摄影队 周斌 摄"
    assert split_credits("“救命啊SOS”纸团。沙坪坝区公安分局供图 华龙网")[0] == "“救命啊SOS”纸团。"
    assert split_credits("他在摄影展上说，这是他拍摄的。") == ("他在摄影展上说，这是他拍摄的。", [])


def test_a_rights_statement_in_brackets_closing_a_caption_is_its_credit() -> None:
    """ "(Public domain)", "(CC BY-SA 4.0)" closing a caption say whose terms the photo is used under, the credit the
    page gives; an aside that mentions the public domain is none."""
    from checker.credits.captions import split_credits

    assert [s.raw for s in split_credits("Propaganda looked cooler in 1952. (Public domain)")[1]] == ["Public domain"]
    assert [s.raw for s in split_credits("A map of the region (CC BY-SA 4.0)")[1]] == ["CC BY-SA 4.0"]
    assert split_credits("He spoke (in public domain terms)")[1] == []


def test_a_name_alone_in_brackets_closing_a_caption_is_its_credit() -> None:
    """A person ("(Lucy Akins)"), a name in square brackets as tabloids credit ("[Splash]"), a photo's site
    ("(Instagram)") or a Chinese source in full-width brackets ("（视觉中国）", "（视频截图）"): credits found by
    their shape alone, so marked weak. What the photo is ("(File)"), an acronym, a party ("(D-Mass.)" was taken
    before and stays) and a file picture ("（资料图片）") are not such credits."""
    from checker.credits.captions import split_credits

    for text, credit in [
        ("Dig a hole in the oasis. (Lucy Akins)", "Lucy Akins"),
        ("Has Sean Penn popped the question? [Wenn]", "Wenn"),
        ("That's a LOT of selfies (Instagram)", "Instagram"),
        ("2019年10月15日，沈阳，在八一公园晨练的老年人。（视觉中国）", "视觉中国"),
        ("Gweilo镜头下的南湖公园（视频截图）", "视频截图"),
    ]:
        assert [(s.raw, s.weak) for s in split_credits(text)[1]] == [(credit, True)]
    for text in [
        "The scene in 1998 (File)",
        "Officers of the department (NYPD)",
        "A view [IMG]",
        "南湖公园（资料图片）",
    ]:
        assert split_credits(text)[1] == []
    assert split_credits("He left. It rained. Then it stopped. We saw (John Smith)")[1] == []  # prose, not a caption


def test_a_photographer_and_an_outlet_after_the_captions_last_sentence() -> None:
    """USA Today's style, "Name, Outlet" after the caption, with "By" or without: credited by the registry's agency
    ("Getty Images for NASCAR", even after an abbreviation's full stop when "By" starts it), or by its shape alone
    (weak) when the outlet is not an agency; a person and their post is no credit."""
    from checker.credits.captions import split_credits

    (span,) = split_credits("Patrick greets fans at Charlotte, N.C. By Tyler Barrick, Getty Images for NASCAR")[1]
    assert (span.raw, span.credit and span.credit.agency, span.weak) == (
        "Tyler Barrick, Getty Images for NASCAR",
        "getty",
        False,
    )
    (span,) = split_credits("Patrick would finish a season-best 24th. Jerome Miron, US Presswire")[1]
    assert (span.raw, span.weak) == ("Jerome Miron, US Presswire", True)
    assert split_credits("The mayor opened the bridge. Jane Doe, Chief Executive")[1] == []


def test_a_photographers_name_alone_after_the_captions_last_sentence() -> None:
    """El País's style, "Caption. Name Surname": the photographer by the name's shape alone (weak: taken once a
    picture is found, never a sign of one); not a name after a comma, a person's post, or one word."""
    from checker.credits.captions import split_credits

    caption, (span,) = split_credits(
        "Dos investigadores caminan por la bahía Fildes, en la isla Rey Jorge. Camila Buvinic"
    )
    assert (caption, span.raw, span.weak) == (
        "Dos investigadores caminan por la bahía Fildes, en la isla Rey Jorge.",
        "Camila Buvinic",
        True,
    )
    assert split_credits("The mayor opened the new bridge on Monday. Chief Executive Officer")[1] == []
    assert split_credits("The mayor opened the new bridge on Monday. Pictured")[1] == []
    assert split_credits("The mayor opened the new bridge on Monday, said Jane Doe")[1] == []


def test_a_cms_source_field_glued_after_the_bracketed_credit() -> None:
    """ "… (AP Photo/Name)AP2014": the agency and the year a CMS's source field printed straight after the credit."""
    from checker.credits.captions import split_credits

    caption, (span,) = split_credits(
        "The awards will air on Sunday, Jan. 11. (AP Photo/A24 Films, Atsushi Nishijima)AP2014"
    )
    assert (caption, span.raw, span.credit and span.credit.agency) == (
        "The awards will air on Sunday, Jan. 11.",
        "AP Photo/A24 Films, Atsushi Nishijima",
        "ap",
    )
    assert split_credits("Sales rose in the first quarter (see chart)Q2014")[1] == []


def test_a_labelled_credit_set_off_by_a_bar_before_the_caption() -> None:
    caption, (span,) = split_credits("Photo credit: AP |  In this Nov. 22, 2010, file photo, Tim Duncan scores.")
    assert (caption, span.raw, span.label) == (
        "In this Nov. 22, 2010, file photo, Tim Duncan scores.",
        "AP",
        "Photo credit:",
    )


def test_a_copyright_credit_set_off_by_a_bar_before_the_caption() -> None:
    """ "© Name, AFP | caption": the credit names an agency, though a name's particle is in lower case ("uz")."""
    caption, spans = split_credits("© Munir uz Zaman, AFP | Police forensics investigate the scene in Dhaka")
    assert (caption, [(s.raw, s.label) for s in spans]) == (
        "Police forensics investigate the scene in Dhaka",
        [("Munir uz Zaman, AFP", "©")],
    )


def test_an_outlets_photo_by_a_photographer_in_brackets() -> None:
    caption, (span,) = split_credits("The Ravens visit the White House (WBAL Photo by Scott Wykoff)")
    assert (caption, span.raw, span.weak) == ("The Ravens visit the White House", "WBAL Photo by Scott Wykoff", False)


def test_a_chinese_picture_label_and_its_credit() -> None:
    """ "图/" (picture:), "图片来源：" (picture source:), "图片来自" (picture from): a credit after the caption or all of
    it; the character for picture inside a word ("地图", a map) labels nothing."""
    assert [(s.label, s.raw) for s in split_credits("图/pixabay")[1]] == [("图/", "pixabay")]
    assert split_credits("▲图片来自视频截图。")[0] == ""
    caption, spans = split_credits("南湖公园。图片来源：未来科学大奖官网")
    assert (caption, [s.raw for s in spans]) == ("南湖公园。", ["未来科学大奖官网"])
    assert split_credits("这张地图/很好")[1] == []


def test_a_label_that_says_credit_takes_a_few_words_in_lower_case() -> None:
    """ "photo cred: my dad": a label naming a credit is followed by one, capitalised or not; "none" credits no one."""
    assert [(s.label, s.raw) for s in split_credits("Our first camp. photo cred: my dad")[1]] == [
        ("photo cred:", "my dad")
    ]
    assert split_credits("A view of the bay. Credit: none")[1] == []


def test_a_name_after_by_and_where_the_work_is_from() -> None:
    """ "Art by Jackie Morris from The Wild Cards", "Photo by Jane Doe from Pexels": the name, then its source."""
    assert [s.raw for s in split_credits("Art by Jackie Morris from The Wild Cards")[1]] == [
        "Jackie Morris from The Wild Cards"
    ]
    (span,) = split_credits("A quiet beach. Photo by Jane Doe from Pexels")[1]
    assert span.raw == "Jane Doe from Pexels"
    from checker.credits.parse import parse

    assert parse(span.raw).photographer == "Jane Doe"


def test_what_a_picture_was_taken_from_or_a_studio_in_brackets() -> None:
    """ "(screen grab)" after a caption of any length, "(Al ‘Hughes’ Dukes Photography)": weak credits."""
    text = "Nadia Mohamed won. She got 58% of the vote. She has served since 2019. (screen grab)"
    assert [(s.raw, s.weak) for s in split_credits(text)[1]] == [("screen grab", True)]
    studio = "Malloy at the rally (Al ‘Hughes’ Dukes Photography)"
    assert [s.raw for s in split_credits(studio)[1]] == ["Al ‘Hughes’ Dukes Photography"]
    assert split_credits("A view of the bay (Photography)")[1] == []


def test_a_chinese_picture_label_is_stripped_from_a_credit() -> None:
    from checker.credits.parse import parse

    assert parse("图片来源：每经记者张蕊摄").raw == "每经记者张蕊摄"


def test_a_defined_term_or_a_pages_link_is_no_credit() -> None:
    """'("Terms")' defines a word of a legal text; "Copyright Information" is a page's link."""
    from checker.credits.parse import plausible_credit

    assert split_credits('You are bound by these Terms of Service ("Terms").')[1] == []
    assert not plausible_credit("Information", "Copyright")
    assert not plausible_credit("Terms & Conditions", "Copyright")
    assert plausible_credit("Jane Doe", "Copyright")


@pytest.mark.parametrize(
    ("body", "label", "credited"),
    [
        ("lili sams/mashable", "Image:", True),  # a name and the outlet, in lower case
        ("lili sams//mashable", "Image:", True),
        ("lili sams/mashable", None, False),  # no label: lower-case words with a slash are not enough
        ("storm damage in the city center/downtown", "Photo:", False),  # five words before the slash: prose
        ("hurricane damage", "Photo:", False),
    ],
)
def test_a_lower_case_name_and_outlet_after_a_label(body: str, label: str | None, credited: bool) -> None:
    from checker.credits.parse import plausible_credit

    assert plausible_credit(body, label) is credited


@pytest.mark.parametrize(
    ("body", "credited"),
    [
        ("US-SPACE-AEROSPACE-NASA", False),  # an agency's filing slug in the alt text ("Image: US-SPACE-...")
        ("FBL-ENG-PR-ARSENAL.", False),
        ("EPA-EFE", True),  # two agencies joined by a hyphen: a credit
        ("AFP-JIJI", True),
        ("Bruce Weaver/AFP", True),
    ],
)
def test_an_agency_filing_slug_is_no_credit(body: str, credited: bool) -> None:
    from checker.credits.parse import plausible_credit

    assert plausible_credit(body, "Image:") is credited


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Cash and cards seized on Wednesday. (Mike Cason/mcason@al.com)", "Mike Cason/mcason@al.com"),
        ("The mayor at the podium. (Jane Doe/al.com)", "Jane Doe/al.com"),
        ("Write to the desk. (tips/news@example.com)", None),  # no name before the address
    ],
)
def test_a_photographer_and_their_address_or_site_in_brackets(text: str, credit: str | None) -> None:
    _, spans = split_credits(text)
    assert (spans[-1].raw if spans else None) == credit


def test_a_menus_region_after_a_dash_is_no_credit() -> None:
    """'FLORIDA - Ft. Myers/Naples' (a list of regions): a name and a place after a dash, but no caption before."""
    assert split_credits("FLORIDA - Ft. Myers/Naples")[1] == []
    assert split_credits("Lula recebe a taça da Libertadores - Heinrich Aikawa/Instituto Lula")[1][0].raw == (
        "Heinrich Aikawa/Instituto Lula"
    )


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Fortress walls and city gates are clearly visible from the air. SIA/EFAK/YPPOA", "SIA/EFAK/YPPOA"),
        ("The rover on the floor of the crater. NASA/JPL", "NASA/JPL"),
        ("Fortress walls and city gates are clearly visible from the air SIA/EFAK/YPPOA", None),  # no full stop
    ],
)
def test_an_institutions_credit_in_capitals_after_the_caption(text: str, credit: str | None) -> None:
    _, spans = split_credits(text)
    assert (spans[-1].raw if spans else None) == credit


def test_a_sentence_that_opens_with_an_agencys_name_after_the_has_no_leading_credit() -> None:
    """ "The Bloomberg Dollar Spot Index, which …" opens with an article and a name: no credit before a caption;
    "© 2008-2019 Getty Images" loses its span of years as a year."""
    from checker.credits.captions import leading_credit
    from checker.credits.parse import strip_labels

    assert leading_credit("The Bloomberg Dollar Spot Index, which tracks the greenback, was little changed") is None
    assert leading_credit("Reuters Police officers stand guard outside the court in Paris") is not None
    assert strip_labels("© 2008-2019 Getty Images") == "Getty Images"


def test_an_outlets_own_photo_in_brackets_is_a_credit() -> None:
    caption, spans = split_credits("The courthouse was dedicated in 2006. (Oregonian file photo)")
    assert (caption, [(span.raw, span.label) for span in spans]) == (
        "The courthouse was dedicated in 2006.",
        [("Oregonian file photo", None)],
    )
    assert split_credits("He smiled for the camera (photo)")[1] == []  # no outlet named: an aside


def test_a_writers_initials_in_brackets_are_no_credit() -> None:
    text = "Une websérie documentaire d'Arte Creative en 8 épisodes consacrée au maître. (A.H.)"
    assert split_credits(text)[1] == []
    assert [span.raw for span in split_credits("Crowds on the pier. (AP)")[1]] == ["AP"]
