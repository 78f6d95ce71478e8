"""CRD rules: is each image credited, once, to a known agency, in the agency's form."""

from __future__ import annotations

import re

from checker.credits.parse import same_agency
from checker.model import Article
from checker.rules import Context, rule
from checker.textnorm import fold


@rule("CRD001", "missing-credit", "error", "An image carries no credit line.")
def missing_credit(article: Article, context: Context):
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


@rule("CRD002", "duplicated-credit", "warning", "A credit, or part of it, is shown twice for one image.")
def duplicated_credit(article: Article, context: Context):
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
    "One image is credited to different agencies (on the page, or between its IPTC, XMP and EXIF blocks).",
)
def conflicting_credits(article: Article, context: Context):
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
)
def credit_glued(article: Article, context: Context):
    for image in article.images:
        if image.observed.credit_glued:
            yield image.index, "credit is glued to the caption text without a space or separator"


@rule(
    "CRD005",
    "noncanonical-credit",
    "info",
    "The credit names the agency in a misspelt or retired form, or not in the publisher's required format.",
)
def noncanonical_credit(article: Article, context: Context):
    """Agencies check credits by their name: "RETUERS" or "Rex Features" (now Shutterstock) is a credit
    their enforcement partners may not recognise. The registry lists such forms with the one to use."""
    for image in article.images:
        if image.credit and image.credit.noncanonical:
            yield image.index, f"credit {image.credit.raw!r} should name the agency as {image.credit.noncanonical!r}"


@rule("CRD005", "noncanonical-credit", "info")
def house_credit_format(article: Article, context: Context):
    """A policy's [credit_format] table gives, per agency, a regular expression the whole credit must
    match (for example AP's "(AP Photo/Name)"); credits in another form are reported here."""
    for image in article.images:
        credit = image.credit
        pattern = context.policy.credit_format.get(credit.agency) if credit and credit.agency else None
        if pattern and not re.fullmatch(pattern, credit.raw):
            yield image.index, f"credit {credit.raw!r} is not in the house format for {credit.agency_name}: {pattern}"


@rule("CRD006", "unknown-agency", "warning", "A credit names no agency in the registry; its licence cannot be checked.")
def unknown_agency(article: Article, context: Context):
    for image in article.images:
        if image.credit and image.credit.agency is None:
            yield image.index, f"credit {image.credit.raw!r} names no known agency"


@rule(
    "CRD007",
    "photographer-missing",
    "info",
    'The agency\'s credit style names the photographer ("AP Photo/Jane Doe") but the credit does not.',
)
def photographer_missing(article: Article, context: Context):
    for image in article.images:
        credit = image.credit
        if credit and credit.agency and credit.photographer is None:
            agency = context.registry.agencies[credit.agency]
            if agency.names_photographer:
                form = f" (house style: {agency.style.format(photographer='Name')})" if agency.style else ""
                yield image.index, f"credit {credit.raw!r} does not name the photographer{form}"
