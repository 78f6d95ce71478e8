"""LIC rules: every credited agency must be covered by a licence on the article's day."""

from __future__ import annotations

from checker.model import Article
from checker.rules import Context, rule


def _day(image) -> str:
    licence = image.license
    how = {"article": "the article's date", "option": "the date given with --date", "today": "today"}
    return f"{licence.judged_on} ({how.get(licence.date_source, 'the day judged')})"


@rule("LIC001", "unlicensed-agency", "error", "An image is credited to an agency the publisher holds no licence with.")
def unlicensed_agency(article: Article, context: Context):
    """The policy's [licences] table names every agency the newsroom may publish; an image credited to
    any other agency is the kind of use an enforcement firm sends a demand letter for. Add the licence
    to the policy, or replace the image."""
    for image in article.images:
        if image.license.status == "unlicensed":
            yield (
                image.index,
                (
                    f"no licence with {image.credit.agency_name} in the policy "
                    f"({context.policy.source or 'policy'}); judged on {_day(image)}"
                ),
            )


@rule(
    "LIC002",
    "licence-expired",
    "error",
    "An image is credited to an agency whose licence does not cover the article's publication day.",
)
def licence_expired(article: Article, context: Context):
    """A licence has start and end dates; an article published outside them uses the image without a
    licence. The day judged is the one the article states (meta article:published_time, JSON-LD
    datePublished), or --date, or today."""
    for image in article.images:
        licence = image.license
        span = f"{licence.start or 'open start'} to {licence.end or 'open end'}"
        if licence.status == "expired":
            yield (
                image.index,
                (f"the licence with {image.credit.agency_name} runs {span}; the image is judged on {_day(image)}"),
            )
        elif licence.status == "not_yet_licensed":
            name = image.credit.agency_name if image.credit else licence.agency
            yield (
                image.index,
                (f"the licence with {name} has not started: it runs {span}; the image is judged on {_day(image)}"),
            )
