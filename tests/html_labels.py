"""Ground truth for ../shared/corpus/html: per page, the images a reader of the page sees with an agency credit.

Written by reading each page (its figures, captions and credit elements), not from the reader's output.
Captions are as shown on the page; an empty caption is a credit shown with no caption (Guardian/WIRED lead images).
Handout and staff credits ("(Walt Disney Co.)") are not agency credits and are not listed; credits that exist only
in alt text or JSON-LD are not seen by a reader and are not listed either.
"""

LABELS: dict[str, list[tuple[str, str]]] = {
    # Los Angeles Times: lead figure, credit in .Figure-credit
    "098bb3e96c0a": [
        (
            "The Walt Disney Co. said overwhelming consumer demand led to some problems as it rolled out "
            "the Disney+ streaming service.",
            "ap",
        )
    ],
    # WIRED: lead image, figcaption holds only "Photograph: Tim Robberts/Getty Images"
    "2f42ef1d3ea0": [("", "getty")],
    # nj.com: credit paragraph before the caption paragraph
    "3f65af7b6b98": [
        (
            "Kristi Noem, governor of South Dakota, pictured at the White House turkey pardon in 2018, "
            "when she was a congresswoman. Her new anti-meth campaign is raising eyebrows.",
            "getty",
        )
    ],
    # Fox Business: inline "(AP Photo/Alan Diaz, File)"
    "51374560f400": [
        ("Vicente Aguiar loads garage door trims into his pickup truck outside a Home Depot in Hialeah, Fla.", "ap")
    ],
    # The Guardian: figcaption ending "Photograph: AFP via Getty"
    "5fa3154ec031": [
        (
            "‘Excessive force and police brutality have accelerated and magnified these protests, turning "
            "what began as a rejection of the extradition bill into a far broader movement.’",
            "getty",
        )
    ],
    # Star Tribune-style asset: "Al Goldis, Associated Press" in .image-credit
    "65ce3a4577a0": [("Eastern Michigan quarterback Mike Glass III", "ap")],
    # Al Jazeera: "[File: Reuters]" at the end of the figcaption
    "7916ecca969f": [
        (
            "Roughly 13,000 US troops remain in Afghanistan, 18 years after Washington invaded the country 2001",
            "reuters",
        )
    ],
    # Al Bawaba: caption ending "(Jaafar ASHTIYEH / AFP)"
    "833caf3bdba5": [
        (
            "A man rides on a donkey in the Palestinian village of Kifl Hares opposite the Israeli Jewish "
            "settlement of Revava (background) on November 19, 2019. Israeli Prime Minister Benjamin "
            "Netanyahu hailed a US announcement that it no longer considers settlements in the West Bank "
            "and annexed east Jerusalem illegal, but the Palestinians pledged new measures to oppose it.",
            "afp",
        )
    ],
    "8634d1211c3f": [("Gannett is merging with GateHouse to create the largest newspaper chain in the U.S.", "ap")],
    # ProFootballTalk: thumbnail with "Getty Images" credit and no caption
    "8e3efab59f48": [("", "getty")],
    # Forbes: "(Photo: Getty Images)" in the caption and "Getty" in <small>
    "a078b3656adc": [
        ("How can a duvet affect your lungs when it is too big to go up your nostrils?", "getty"),
        (
            "Not all duvets have real feathers in them. If you are having an allergic reaction, you can try one with "
            "synthetic stuffing instead.",
            "getty",
        ),
    ],
    # The Real Deal: WordPress .wp-caption with "(Credit: ...)"
    "bc13ff87b263": [
        ("More than 4,000 people are expected to receive notice in coming weeks", "istock"),
        ("WeWork chairman Marcelo Claure", "getty"),
    ],
    # BBC: .story-image-copyright beside a script-loaded image
    "c7e39ac49fa1": [
        ("Eva-Marie Persson said the decision had been taken after interviews with seven witnesses", "epa"),
        (
            "Assange gestures with a thumbs up after he was arrested by Met Police officers at the Ecuador Embassy in "
            "London",
            "reuters",
        ),
    ],
    "d48aeb9cf2f2": [
        (
            "In the age of influencers, some people are eager to run their Instagram profile like it’s a "
            "job—and Instagram is happy to help.",
            "getty",
        )
    ],
    # BGR: the featured image's credit sits in a separate block at the end of the post ("Image Source: ...")
    "e7d77f186980": [("", "shutterstock")],
    # Times Union gallery: "(AP Photo/Gene J. Puskar)" in the caption, "Photo: Gene J. Puskar" beside it
    "ecb46e3e489d": [
        (
            "New York Islanders' Brock Nelson (29) puts the game-winning overtime goal behind Pittsburgh "
            "Penguins goaltender Matt Murray (30) during an NHL hockey game in Pittsburgh, Tuesday, Nov. "
            "19, 2019. The Islanders won 5-4.",
            "ap",
        )
    ],
    # Business Insider: credit in .source under the caption
    "f81c6c05d9cb": [("The road to retiring early isn't easy.", "getty")],
    "fde930b01859": [("The WeWork logo is displayed outside of a co-working space in New York.", "reuters")],
}
