"""Stories that say less than usual about their pictures. A page that marks no article (no <article>, <main> or
story class) and writes its story as text between <br>s in one box, not in <p>s (donga.com, 2013): the picture
before the story's words is the story's, not a widget after its last paragraph; and the page's og:image there makes
it content, judged like any other. A story that credits its pictures together in a line of its own (xataka.com,
2025): none of them is an uncredited photo."""

from __future__ import annotations

from checker.audit import audit_paths
from checker.credits.registry import default_registry
from checker.readers.html.reader import read_html

STORY = (
    "경기도 용인에 자리 잡은 민간 시험인증 전문기업 디지털이엠씨. 14년째 세계 각국의 통신 안전 전파 규격 시험과 인증 한 우물만 파고 "
    "있는 이 회사 박채규 대표가 만나기로 한 주인공이다."
)
MORE = (
    "이 회사에선 원어민이 진행하는 사내 영어강좌가 1년 내내 이어진다. 파트와 팀별로 전문기술교육, 세미나 등도 수시로 이뤄진다. "
    "해외 인증기관과의 교류가 무엇보다 중요한 업무이기에 해당 국가의 규격, 시험, 인증에 대한 교육 강도는 상상을 초월한다."
)
PAGE = """<!doctype html><html><head><meta charset="utf-8">
<meta property="og:image" content="http://dimg.example.com/NEWS/IMAGE/2013/10/23/58406114.2.jpg">
</head><body>
<div id="top"><p style="cursor:pointer"><img src="http://image.example.com/common/btn_fax.gif" alt="PRINT"></p></div>
<div id="contents"><div class="article_view"><div class="article_txt">
<strong>디지털이엠씨</strong><br><br><div class="articlePhotoC"><img src="{lead}" width="500"></div>{story}<br><br>
{more}<br><br>{more}<br><br>{more}<br><br>
<div class="articlePhotoR"><img src="http://dimg.example.com/NEWS/IMAGE/2013/10/23/58406115.2.jpg" width="200">
<span class="t">박채규 대표</span></div>{more}<br><br>{more}<br><br>
</div></div></div>
<div id="footer"><img src="http://image.example.com/common/footer_logo.gif" alt="donga"></div>
</body></html>"""


def _page(lead: str) -> bytes:
    return PAGE.format(lead=lead, story=STORY, more=MORE).encode("utf-8")


def test_the_og_image_before_a_story_written_between_brs_is_content() -> None:
    article = read_html(
        "page.html", _page("http://dimg.example.com/NEWS/IMAGE/2013/10/23/58406114.2.jpg"), default_registry()
    )
    found = [(i.src.rsplit("/", 1)[-1], i.role, i.caption) for i in article.images]
    assert found == [
        ("btn_fax.gif", "chrome", None),
        ("58406114.2.jpg", "content", None),
        ("58406115.2.jpg", "content", "박채규 대표"),
        ("footer_logo.gif", "chrome", None),
    ]


def test_another_picture_there_is_unsure_and_raises_no_error(tmp_path) -> None:
    """Not the og:image: nothing says whose it is, so it is listed without an error."""
    path = tmp_path / "page.html"
    path.write_bytes(_page("http://dimg.example.com/NEWS/IMAGE/2013/10/23/other.jpg"))
    (doc,) = audit_paths([str(path)]).documents
    lead = next(i for i in doc.images if i.src.endswith("other.jpg"))
    assert lead.role == "unsure"
    assert [f.rule for f in doc.findings if f.image == lead.index and f.severity == "error"] == []


CREDITED_TOGETHER = """<!doctype html><html><head><meta charset="utf-8"></head><body><article>
<h1>Los coches más vendidos en 2024</h1>
<p>El mercado del automóvil español quiere volver a tomar color y recuperar algo del pulso perdido en los años de
la pandemia, con más de un millón de unidades vendidas en el conjunto del año.</p>
<img src="https://i.example.es/651d87/dacia-sandero-2021-1600-06/500_333.jpeg" alt="Dacia Sandero 2021 1600 06">
<p>Si ampliamos el foco y miramos al acumulado del año, los coches más vendidos entre enero y diciembre de 2024 son
los siguientes, con el Dacia Sandero a la cabeza de la lista.</p>
<img src="https://i.example.es/1c291a/tesla-model_y-2021-1600-04/450_1000.jpeg" alt="Tesla Model Y 2021 1600 04">
<p>En 2024, en España se han matriculado 57.374 coches eléctricos, lo que supone un aumento del 11,17% en
comparación al mismo periodo de 2023.</p>
{line}
</article></body></html>"""


def _credited_together(line: str, tmp_path) -> tuple[list[str], list[str | None], list[str]]:
    path = tmp_path / "page.html"
    path.write_text(CREDITED_TOGETHER.format(line=line), encoding="utf-8")
    (doc,) = audit_paths([str(path)]).documents
    credits = [i.credit.agency if i.credit else None for i in doc.images]
    return [i.role for i in doc.images], credits, sorted({f.rule for f in doc.findings if f.severity == "error"})


def test_a_story_that_credits_its_pictures_in_a_line_of_their_own(tmp_path) -> None:
    """ "Imagen | Dacia, Tesla y Mercedes" at the story's foot credits its pictures, none in particular: each takes
    the credit, unsure, and no error says they have none; without the line, each is an uncredited photo."""
    assert _credited_together("<p>Imagen | Dacia, Tesla y Mercedes</p>", tmp_path) == (
        ["unsure", "unsure"],
        [None, None],
        [],
    )
    assert _credited_together("<h6>Photos: Getty Images</h6>", tmp_path) == (
        ["unsure", "unsure"],
        ["getty", "getty"],
        [],
    )
    assert _credited_together("", tmp_path) == (["content", "content"], [None, None], ["CRD001"])
