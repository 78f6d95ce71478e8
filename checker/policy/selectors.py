"""CSS selectors that tell the HTML reader where a publisher's markup puts article, chrome, figures, captions and
credits (policy: [html] in creditcheck.toml). Part of the policy: the reader applies them, the policy owns them."""

from __future__ import annotations

from typing import Any, ClassVar

from checker.records import Record


class HtmlSelectors(Record):
    """CSS selectors for a publisher's markup (policy: [html] in creditcheck.toml)."""

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    # Class names and ids are matched ignoring case ("apCaption" is a [class*=caption]).
    article: str = (
        "article, main, [itemprop=articleBody], [role=main], #article, #story, [id*=article-body], [id*=artikel], "
        "[id*=articlebody], [class*=article-body], [class*=articlebody], [class*=article__body], [class*=story-body], "
        "[class*=storybody], [class*=article-content], [class*=entry-content], [class*=post-content], "
        "[class*=story-content], [class*=article-text], [class*=article_body], "
        # the same names written with an underscore or for a blog's post ("post_content", "post-body")
        "[class*=post_content], [class*=post-body], [class*=post_body], [class*=entry_content], "
        "[class*=article_content], [class*=story_body]"
    )
    chrome: str = (
        "nav, footer, aside, [role=navigation], [role=contentinfo], [role=complementary], "
        "[role=banner], [class*=related], [class*=newsletter], [class*=promo], [class*=advert], "
        "[class*=video], [class*=player], [class*=author], [class*=byline], [class*=avatar], [class*=contrib], "
        "[class*=headshot], "
        # a box asking readers to follow the site on social networks ("follow-us-section", "followUs")
        "[class*=follow-us], [class*=followus], [id*=follow-us], "
        # a dialog over the page (a share or sign-up modal): its pictures are the dialog's, not the story's
        "[class~=modal], [id*=modal], [role=dialog], [aria-modal=true], "
        "[class*=sidebar], [class*=teaser], [class*=recirc], [class*=most-popular], [class*=mostpopular], "
        "[class*=trending], [class*=recommend], [class*=suggest], [class*=outbrain], [class*=taboola], [class*=more-news], "
        "[class*=more-stories], [class*=read-more], [class*=readmore], [class*=next-up], [class*=up-next], "
        "[class*=read-next], [class*=whats-next], [id*=taboola], [id*=outbrain], "
        # the links to the previous and next story (WordPress's "post-navigation", "nav-previous", "next-post")
        "[class*=next-post], [class*=prev-post], [class*=previous-post], [class*=post-nav], [class*=nav-previous], "
        "[class*=nav-next], "
        # a call-to-action box ("cta", "cta__thumb"): a promotion of a gallery, a newsletter, a product
        "[class~=cta], [class^=cta-], [class*=' cta-'], [class^=cta_], [class*=' cta_'], "
        # readers' comments: a "comments" box, a class that starts "comment-" ("comment-body", CSS modules'
        # "comment--2g6iCC-R"); not "commentary", an opinion piece's "comment", nor a flag ("has-comments")
        "[class~=comments], [class^=comment-], [class*=' comment-'], [class^=comment_], [class*=' comment_'], "
        "[id=comments], [id^=comment-]"
    )
    figure: str = (
        "figure, [class*=caption], [class*=figure], [class*=image], [class*=photo], [class*=media], "
        "[class*=gallery], [class*=slide], [class*=asset], [class*=thumbnail], [class*=picture], [data-credit], "
        "[data-caption]"
    )
    caption: str = (
        "figcaption, [class*=caption], [id*=caption], [class*=cutline], [class*=legend], [itemprop=caption], "
        "[itemprop=description], "
        # "caption" cut short after a picture's word ("photo-cap", "imgcap", "pic-cap")
        "[class*=photo-cap], [class*=photo_cap], [class*=photocap], [class*=img-cap], [class*=imgcap], "
        "[class*=image-cap], [class*=pic-cap], [class*=piccap], [class*=subtext], "
        # a picture's description ("imageDescriptionVert", "photo-description", "article__photo__desc"), not a
        # teaser's or a page's
        "[class*=imagedesc], [class*=image-desc], [class*=image_desc], [class*=photodesc], [class*=photo-desc], "
        "[class*=photo_desc], [class*=image__desc], [class*=photo__desc]"
    )
    credit: str = (
        "[class*=credit], [class*=copyright], [class*=attribution], [class*=source], [class*=byline], "
        "[class*=photographer], [class*=courtesy], [class*=bildnachweis], [class*=fotograf], "
        "[itemprop=copyrightHolder], [itemprop=creator], [itemprop=author], [rel~=license], figcaption small, figure cite, "
        "[class*=image] cite, [class*=photo] cite, figcaption [class*=author], [class*=photo] > small, "
        "[class*=image] > small"
    )
    noise: str = (
        ".off-screen, .visually-hidden, .sr-only, .screen-reader-text, [class*=visually-hidden], "
        "[class*=visuallyhidden], [class*=visually_hidden], [class*=sr-only], [class*=sr_only], "
        "[class*=screen-reader], [class*=screen_reader], [class*=screenreader], [class*=element-invisible], "
        "[class*=truncated], [class*=more-caption], [class*=captionlink], button, svg, label, input, script, style"
    )
