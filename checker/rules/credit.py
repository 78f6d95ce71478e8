"""CRD rules: is each image credited, once, to a known agency, in the agency's form."""

from __future__ import annotations

from functools import lru_cache

from checker.credits.parse import looks_like_person, same_agency, split_parts
from checker.model import Article, Embedded
from checker.policy.patterns import fullmatch
from checker.rules import Context, rule
from checker.textnorm import fold


@rule(
    "CRD001",
    "missing-credit",
    "error",
    "An image in an article carries no credit.",
    why="""
        Agency licences are granted on condition that the photo is credited, in the agency's form. An
        uncredited agency photo is what an enforcement firm's image matching finds first, and holding a licence
        does not excuse the missing credit. Without a credit the desk also cannot tell which licence covers the
        image.
    """,
    fires="""
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street.</figcaption>
        </figure>
    """,
    passes="""
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street. (AP Photo/Jane Doe)</figcaption>
        </figure>
    """,
    fix="Credit the image in its supplier's form (the picture desk's records, or the photo's IPTC Credit field).",
    settings="[html] credit: the CSS selectors of your own credit markup, when the defaults miss it.",
)
def missing_credit(article: Article, context: Context):
    """An image with no credit anywhere a reader sees one: no credit element, no credit at the end of the caption,
    no credit line. A credit label with nothing after it is ART002 instead. Not judged for an image file checked on
    its own, outside any page (META002 covers what its metadata requires)."""
    if not article.shows_captions:
        return
    for image in article.images:
        if image.credit is None and not image.observed.empty_credit_label:
            yield image.index, "image has no credit"


def _other_credits(image):
    """Further credits shown for the image, then the page's JSON-LD credit: (credit, where), parsed by the reader's
    evidence step."""
    for other in image.observed.other_credits:
        yield other, ""
    if image.observed.structured_credit:
        yield image.observed.structured_credit, " in the page's JSON-LD"


@rule(
    "CRD002",
    "duplicated-credit",
    "warning",
    "A credit, or a part of it, is shown twice for one image.",
    why="""
        A credit printed twice ("Reuters/Reuters", or a credit element under a caption that already ends with
        the credit) is a template or scraping fault readers see. Where two templates print the credit, they
        tend to drift apart, and the next difference is a conflicting credit (CRD003).
    """,
    fires="""
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street. (Reuters) <span class="credit">Reuters</span></figcaption>
        </figure>
    """,
    passes="""
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street. <span class="credit">Reuters</span></figcaption>
        </figure>
    """,
    fix="Print the credit once: in the credit element, or at the end of the caption, not both.",
)
def duplicated_credit(article: Article, context: Context):
    """A part of the credit written twice ("Reuters/Reuters"), or a further credit shown for the same image that
    is the same text or names the same agency. Copies a reader does not see (a data-* attribute, the page's
    JSON-LD) are not counted."""
    for image in article.images:
        credit = image.credit
        if credit is None:
            continue
        if credit.duplicated:
            yield image.index, f"{credit.duplicated!r} is written twice in the credit {credit.raw!r}"
        for other, where in _other_credits(image):
            if where or other.seen == "data_attribute":
                continue  # not shown on the page: a second copy there is no second visible credit
            if fold(other.raw) == fold(credit.raw) or (other.agency and same_agency(credit, other)):
                yield image.index, f"credit shown twice: {other.raw!r} and {credit.raw!r}"


@rule(
    "CRD003",
    "conflicting-credits",
    "error",
    "One image is credited to two different agencies.",
    why="""
        Only one agency supplied the photo. With two credits the page tells each agency's enforcement partner
        that the image is theirs, and the desk's licence may be with the other one. Conflicting embedded
        metadata (IPTC says AP, XMP says Reuters) means the file was re-edited from another supplier's copy.
    """,
    fires="""
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street. (AP Photo/Jane Doe) <span class="credit">Getty Images</span></figcaption>
        </figure>
    """,
    passes="""
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street. <span class="credit">Jane Doe/AFP via Getty Images</span></figcaption>
        </figure>
    """,
    fix="""
        Find the supplier in the picture desk's records and keep only its credit; a distributed photo is credited
        in one chain ("Name/AFP via Getty Images" is licensed from Getty Images). Correct the file's metadata
        when its blocks disagree.
    """,
)
def conflicting_credits(article: Article, context: Context):
    """The licensing credit names one agency and a further credit shown for the image (a credit element, the end
    of the caption, a data-* attribute) or the page's JSON-LD names another. Agencies named in one chain
    ("Name/AFP via Getty Images") do not conflict."""
    for image in article.images:
        credit = image.credit
        if credit is None or credit.agency is None:
            continue
        for other, where in _other_credits(image):
            if other.agency and not same_agency(credit, other):
                yield (
                    image.index,
                    f"credited to {credit.agency_name} ({credit.raw!r}) and to {other.agency_name} ({other.raw!r}){where}",
                )


@rule(
    "CRD004",
    "credit-glued-to-caption",
    "warning",
    'The credit runs into the caption with no space or separator ("...claimCredit: AP").',
    why="""
        A credit glued to the last word of the caption is not legible as a credit, and agencies require one
        that readers can see and read. It is usually a template that joins the caption and credit fields
        without a separator.
    """,
    fires="""
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street.Credit: AP</figcaption>
        </figure>
    """,
    passes="""
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street. Credit: AP</figcaption>
        </figure>
    """,
    fix="Put a space or a separator between the caption and the credit (in the template that joins them).",
)
def credit_glued(article: Article, context: Context):
    """A credit label or agency name that starts right after the caption's last word, with no space or
    punctuation between them."""
    for image in article.images:
        if image.observed.credit_glued:
            yield image.index, "credit is glued to the caption text without a space or separator"


@rule(
    "CRD005",
    "noncanonical-credit",
    "info",
    "The credit names the agency in a misspelt or retired form, or not in the publisher's required format.",
    why="""
        Agencies and their enforcement partners look for their own name: "RETUERS", or "Rex Features" (now
        Shutterstock), is a credit they may not recognise as theirs, and a contract that prescribes a credit
        form ("AP Photo/Name") is not met by another.
    """,
    fires="""
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street. <span class="credit">RETUERS</span></figcaption>
        </figure>
    """,
    passes="""
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street. <span class="credit">REUTERS/Jane Doe</span></figcaption>
        </figure>
    """,
    fix="Write the agency's name as the message says, or the credit in the form the policy requires.",
    settings="""
        [credit_format] <agency> = "regular expression": the form the whole credit must take for that agency
        (for example ap = '^\\(?AP Photo/.+'). [agencies.<agency>] noncanonical = {"Old Name" = "New Name"} adds
        forms to correct (each also listed under its aliases, so that it is recognised).
    """,
)
def noncanonical_credit(article: Article, context: Context):
    """The credit names its agency in a form the registry (checker/credits/agencies.toml, or the policy's
    [agencies]) lists as misspelt or retired, with the form to use."""
    for image in article.images:
        if image.credit and image.credit.noncanonical:
            yield image.index, f"credit {image.credit.raw!r} should name the agency as {image.credit.noncanonical!r}"


@rule("CRD005", "noncanonical-credit", "info")
def house_credit_format(article: Article, context: Context):
    """A policy's [credit_format] table gives, per agency, a regular expression the whole credit must
    match (for example AP's "(AP Photo/Name)"); credits in another form are reported here. Patterns are matched
    by RE2, in time linear in the credit (checker/policy/patterns.py)."""
    for image in article.images:
        credit = image.credit
        pattern = context.policy.credit_format.get(credit.agency) if credit and credit.agency else None
        if credit and pattern and not fullmatch(pattern, credit.raw):  # RE2: linear in the credit's length
            yield image.index, f"credit {credit.raw!r} is not in the house format for {credit.agency_name}: {pattern}"


@rule(
    "CRD006",
    "unknown-agency",
    "warning",
    "A credit names no agency in the registry, so its licence cannot be checked.",
    why="""
        The licence check (LIC001, LIC002) needs to know who supplied the image. A credit that names no known
        agency is either a supplier missing from the registry, a staff or freelance photographer credited
        without the outlet, or a garbled credit: the desk should know which.
    """,
    fires="""
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street. <span class="credit">Jane Doe/Evening Gazette</span></figcaption>
        </figure>
    """,
    passes="""
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street. <span class="credit">Jane Doe/PA Wire</span></figcaption>
        </figure>
    """,
    fix="Credit the supplying agency, or add the supplier to the policy so that its licence can be checked.",
    settings="""
        [agencies.<slug>] name = "...", aliases = ["..."]: a supplier of your own (a syndication partner, your
        staff pictures desk), or more names for an agency in checker/credits/agencies.toml.
    """,
)
def unknown_agency(article: Article, context: Context):
    """The image's credit names no agency of the registry (checker/credits/agencies.toml with the policy's
    [agencies]) anywhere in its chain."""
    for image in article.images:
        if image.credit and image.credit.agency is None:
            yield image.index, f"credit {image.credit.raw!r} names no known agency"


@rule(
    "CRD007",
    "photographer-missing",
    "info",
    'The agency\'s credit style names the photographer ("AP Photo/Jane Doe") but the credit does not.',
    why="""
        Agencies whose credit style names the photographer (AP, Reuters, Getty Images...) ask for the name in
        their terms; a credit without it is one an agency may query, and photographers' own enforcement looks
        for their names.
    """,
    fires="""
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street. <span class="credit">AP Photo</span></figcaption>
        </figure>
    """,
    passes="""
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street. <span class="credit">AP Photo/Jane Doe</span></figcaption>
        </figure>
    """,
    fix="Add the photographer's name in the agency's style (the message shows it).",
    settings="""
        [agencies.<agency>] names_photographer = false: stop asking for the name for one agency (your contract
        may not require it).
    """,
)
def photographer_missing(article: Article, context: Context):
    """The licensing agency's style names the photographer (names_photographer in the registry) and the credit
    names no person: roles (STR, HO, Pool, Handout) and organisations are not names. An image checked on its own
    (an image file, outside any page) names its photographer in its embedded by-line (IPTC By-line, dc:creator,
    EXIF Artist) as well: a by-line that reads as a person's name satisfies the rule."""
    for image in article.images:
        credit = image.credit
        if credit and credit.agency and credit.photographer is None:
            if not article.shows_captions and _byline_names_person(image.embedded):
                continue
            agency = context.registry.agencies[credit.agency]
            if agency.names_photographer:
                form = f" (house style: {agency.style.format(photographer='Name')})" if agency.style else ""
                yield image.index, f"credit {credit.raw!r} does not name the photographer{form}"


# By-line words that make a job title, not a name ("Staff Photographer")
_BYLINE_ROLES = {"staff", "photographer", "photographers", "stringer", "handout", "pool", "file", "unknown"}


def _byline_names_person(embedded: Embedded | None) -> bool:
    """An embedded by-line names a person: one of its parts ("Jane Doe", "Jane Doe/AP") reads as a name."""
    return embedded is not None and any(_names_person(creator) for creator in embedded.creator)


@lru_cache(maxsize=4096)
def _names_person(creator: str) -> bool:
    """One by-line read once per run, however many photos carry it."""
    return any(looks_like_person(part) and not _BYLINE_ROLES & set(fold(part).split()) for part in split_parts(creator))
