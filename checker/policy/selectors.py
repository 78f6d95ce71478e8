"""CSS selectors that tell the HTML reader where a publisher's markup puts article, chrome, figures, captions and
credits (policy: [html] in creditcheck.toml). Part of the policy: the reader applies them, the policy owns them."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class HtmlSelectors(BaseModel):
    """CSS selectors for a publisher's markup (policy: [html] in creditcheck.toml)."""

    model_config = ConfigDict(extra="forbid")

    article: str = "article, main, [itemprop=articleBody], [role=main]"
    chrome: str = (
        "nav, footer, aside, [role=navigation], [role=contentinfo], [role=complementary], "
        "[role=banner], [class*=related], [class*=newsletter], [class*=promo], [class*=advert], "
        "[class*=Promo], [class*=Related], [class*=video], [class*=player], [class*=author], [class*=Author], "
        "[class*=avatar], [class*=contrib], [class*=sidebar]"
    )
    figure: str = (
        "figure, [class*=caption], [class*=figure], [class*=image], [class*=photo], [class*=media], "
        "[class*=gallery], [class*=slide], [class*=asset], [class*=thumbnail], [data-credit], "
        "[data-caption]"
    )
    caption: str = "figcaption, [class*=caption], [itemprop=caption], [itemprop=description]"
    credit: str = (
        "[class*=credit], [class*=copyright], [class*=attribution], [class*=source], [class*=byline], "
        "[itemprop=copyrightHolder], [itemprop=creator], [itemprop=author], figcaption small, "
        "figcaption cite"
    )
    noise: str = (
        ".off-screen, .visually-hidden, .sr-only, .screen-reader-text, [class*=truncated], "
        "[class*=more-caption], [class*=captionlink], button, svg, label, input, script, style"
    )
