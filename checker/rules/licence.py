"""LIC rules: every credited agency must be covered by a licence on the article's day."""

from __future__ import annotations

from checker.model import Article
from checker.rules import Context, rule


def _day(image) -> str:
    licence = image.licence
    how = {"article": "the article's date", "option": "the date given with --date", "today": "today"}
    return f"{licence.judged_on} ({how.get(licence.date_source, 'the day judged')})"


@rule(
    "LIC001",
    "unlicensed-agency",
    "error",
    "An image is credited to an agency the publisher holds no licence with.",
    why="""
        An image from an agency the newsroom holds no licence with is the use an enforcement firm sends a
        demand letter for, often years after publication, at a multiple of the licence fee.
    """,
    fires="""
        The policy: [licences.ap] start = 2024-01-01
        The page: <figcaption>Water fills the high street. (Reuters/Jane Doe)</figcaption>
    """,
    passes="""
        The policy: [licences.ap] start = 2024-01-01
        The page: <figcaption>Water fills the high street. (AP Photo/Jane Doe)</figcaption>
    """,
    fix="Add the licence to the policy if the newsroom holds one; otherwise replace the image or license it.",
    settings="""
        [licences.<agency>] start, end, notes (or [[licences.<agency>]] for several periods; [licenses] is
        accepted too). Without any [licences] table no licence is judged and every image's licence is "unknown".
    """,
)
def unlicensed_agency(article: Article, context: Context):
    """With licences in the policy, the image's licensing agency (the last agency in its credit chain) has none."""
    for image in article.images:
        if image.licence.status == "unlicensed" and image.credit is not None:
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
    why="""
        A licence covers publication between its start and end dates: an article published before a licence
        began, or after it ran out, used the image without one. Archives are where this hides, as contracts
        change and old pages stay online.
    """,
    fires="""
        The policy: [licences.reuters] start = 2023-01-01, end = 2025-06-30
        The page: <meta property="article:published_time" content="2025-09-01">, credit "REUTERS/Jane Doe"
    """,
    passes="""
        The policy: [licences.reuters] start = 2023-01-01, end = 2025-06-30
        The page: <meta property="article:published_time" content="2024-02-10">, credit "REUTERS/Jane Doe"
    """,
    fix="Record the renewal in the policy if there is one; otherwise license the image again or replace it.",
    settings="""
        [licences.<agency>] start and end dates, or [[licences.<agency>]] for several periods. The day judged is
        --date if given, else the day the article states (article:published_time, itemprop=datePublished,
        JSON-LD datePublished), else today.
    """,
)
def licence_expired(article: Article, context: Context):
    """With licences in the policy, no licence period for the image's licensing agency covers the day the article
    is judged on."""
    for image in article.images:
        licence = image.licence
        span = f"{licence.start or 'open start'} to {licence.end or 'open end'}"
        if licence.status == "expired" and image.credit is not None:
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
