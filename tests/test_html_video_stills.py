"""Pictures that are no photos of the story. Video stills set in a story like photos (CNN, 2011): a clip's still
whose file lies in a /video/ folder, in an expandable box with the clip's title as its caption; and the lead still
with a play button laid over it, whose own box also holds the button's transparent image. Both are chrome: no error
on them. And a social "follow us" banner in a side column."""

from __future__ import annotations

from checker.credits.registry import default_registry
from checker.readers.html.reader import read_html

STORY = (
    "<p>Libyan leader Moammar Gadhafi has written a letter to President Barack Obama asking him to end the NATO "
    "bombing campaign in Libya, a senior administration official said on Wednesday evening.</p>"
    "<p>The letter, which was sent to the State Department, was a rambling three-page message in which Gadhafi "
    "repeatedly referred to the president as 'our son', the official said.</p>"
)
PAGE = """<!doctype html><html><head><meta charset="utf-8"></head><body>
<h1>Gadhafi asks Obama to end NATO bombing</h1>
<div class="cnnStryVidCont"><div id="cnnCVP1"><div class="cnn_stryimg640captioned">
<img src="/2011/WORLD/africa/04/06/libya.war/t1larg.libyarebel.gi.jpg" width="640" height="360" alt="">
<div id="cnnCVP2" class="cnn_mtt1plybttn"><div id="play_button"><a href="/video/?/video/bestoftv/2011/04/06/x.cnn">
<img src="http://i.cdn.example.com/img/3.0/1px.gif" alt="Click to play"></a></div></div></div>
<div class="cnn_stryimg640caption"><div class="cnn_strycaptiontxt">Gadhafi's letter to Obama</div></div></div></div>
{story}
<div id="expand17" class="cnn_strylftcntnt cnn_strylftcexpbx">
<div class="cnn_strylceclbtn"><img src="http://i.cdn.example.com/img/bttn_close.gif" width="58" height="23" alt=""></div>
<img border="0" alt="" height="120" width="214" class="box-image"
 src="/video/world/2011/04/06/aqui.rebel.leader.nato.cnn.640x360.jpg"><cite class="expCaption"><span>NATO accused of
 not providing support</span></cite></div>
{story}
</body></html>"""


def test_video_stills_are_chrome() -> None:
    article = read_html("page.html", PAGE.format(story=STORY).encode("utf-8"), default_registry())
    found = {i.src.rsplit("/", 1)[-1]: (i.role, i.evidence.role_reason) for i in article.images}
    assert found["t1larg.libyarebel.gi.jpg"] == ("chrome", "video player poster: div.cnn_stryimg640captioned")
    assert found["aqui.rebel.leader.nato.cnn.640x360.jpg"] == (
        "chrome",
        "video poster: its file is in a video folder ('/video/world/2011/04/06/aqui.rebel.leader.nato.cnn.640x360.j')",
    )


def test_a_follow_us_box_in_a_column_is_chrome() -> None:
    """cricket.com.au 2014: the 'Follow us' banner in an <article> of the side column, no figure around it."""
    page = (
        "<!doctype html><html><body><article><h1>Maxwell</h1>" + STORY + "</article>"
        '<div class="col-lg-4"><article><div class="follow-us-section"><div class="follow-us-header">'
        '<img id="follow-us-img" src="/Content/cricketcomau/img/Follow-us-at-Cricket.png" class="img-responsive">'
        "</div></div></article></div></body></html>"
    )
    (image,) = read_html("page.html", page.encode("utf-8"), default_registry()).images
    assert image.role == "chrome"


def test_a_videos_still_under_its_play_button_image_in_one_link_to_the_video() -> None:
    """A side column's video teaser: one link to the video's page holds the still and the play button's image laid
    over it. The button is furniture, so the link is the still's own: a teaser, chrome, not an unsure picture."""
    page = f"""<!doctype html><html><head><meta charset="utf-8"></head><body><h1>Firefox 5 in its first build</h1>
    {STORY}{STORY}<table><tr><td><h5>Videos</h5><a href="http://video.example.com/apps/4638/kexi-menu.html"
    title="Kexi 2.4"><img src="http://video.example.com/teaser/4638/thumb-medium-220/kexi-menu-snap.jpg"
    alt="Modern project menu in Kexi 2.4" width="220" height="124"><img src="http://video.example.com/_img/playbutton2.png"
    alt="" width="52" height="37"><span class="xsmall">Modern project menu in Kexi 2.4</span></a></td></tr></table>
    </body></html>"""
    article = read_html("page.html", page.encode(), default_registry())
    assert [(i.src.rsplit("/", 1)[-1], i.role) for i in article.images] == [
        ("kexi-menu-snap.jpg", "chrome"),
        ("playbutton2.png", "chrome"),
    ]
    assert article.images[0].evidence.role_reason.startswith("teaser: linked to another page")
