"""C2PA rules: the photo's signed Content Credentials against the caption and credit the page shows."""

from __future__ import annotations

from collections.abc import Iterable

from checker.credits.parse import parse, same_agency
from checker.model import Article, ContentCredentials, Credit, ImageRecord
from checker.rules import Context, rule
from checker.textnorm import fold

AI_GENERATED = "trainedAlgorithmicMedia"
AI_COMPOSITE = "compositeWithTrainedAlgorithmicMedia"


def _credentials(image: ImageRecord) -> ContentCredentials | None:
    return image.embedded.c2pa if image.embedded else None


def ai_use(credentials: ContentCredentials) -> str | None:
    """How the manifest's actions say AI made the photo: "AI-generated", "partly AI-generated" or "AI-edited"."""
    found = None
    for action in credentials.actions:
        term = (action.digital_source_type or "").rstrip("/").rsplit("/", 1)[-1]
        if term == AI_GENERATED and action.action == "c2pa.created":
            return f"AI-generated ({action.action}, {term})"
        if term in (AI_GENERATED, AI_COMPOSITE) and found is None:
            kind = "partly AI-generated" if term == AI_COMPOSITE else "AI-edited"
            found = f"{kind} ({action.action}, {term})"
    return found


def discloses(text: str, words: Iterable[str]) -> bool:
    """Whether text holds one of the words, as whole words, case, accents' forms and punctuation aside."""
    key = f" {fold(text)} "
    return any(f" {folded} " in key for word in words if (folded := fold(word)))


@rule(
    "C2PA001",
    "ai-not-disclosed",
    "error",
    "The photo's Content Credentials say it is AI-generated or AI-edited; its caption and credit do not say so.",
    why="""
        Since August 2026 the EU AI Act (Art. 50) obliges publishers to disclose AI-generated images. A signed
        manifest that records a generative model is evidence a regulator or reader can check; a caption that
        does not say so is the kind of omission a correction, or a complaint, starts from.
    """,
    fires="A photo whose manifest records c2pa.created with trainedAlgorithmicMedia, captioned 'A street at dusk.'",
    passes="The same photo captioned 'A street at dusk (AI-generated image).'",
    fix="Say in the caption or credit that the image was made or edited with AI, or replace it.",
    settings="[c2pa] disclosure_words: the words that count as a disclosure (the defaults cover seven languages).",
)
def ai_not_disclosed(article: Article, context: Context):
    """A C2PA manifest records what made a photo: an action whose digital source type is
    trainedAlgorithmicMedia (made by a generative model) or compositeWithTrainedAlgorithmicMedia (with
    generated parts). The EU AI Act (Art. 50) asks publishers to disclose such images. The caption and
    credit are searched for the policy's [c2pa] disclosure_words ("AI-generated", "KI-generiert", "généré
    par IA", "Midjourney"...)."""
    if not article.shows_captions:
        return
    words = context.policy.c2pa.disclosure_words
    for image in article.images:
        credentials = _credentials(image)
        use = ai_use(credentials) if credentials else None
        shown = " ".join(filter(None, (image.caption, image.credit.raw if image.credit else None)))
        if use and not discloses(shown, words):
            yield image.index, f"Content Credentials say the photo is {use}; the caption and credit do not disclose it"


def _named_agencies(credentials: ContentCredentials, context: Context) -> list[tuple[str, Credit]]:
    fields = [
        ("signer", credentials.signer),
        ("credit", credentials.credit),
        ("copyright", credentials.copyright),
        *(("author", author) for author in credentials.authors),
    ]
    found = [(what, parse(raw, context.registry)) for what, raw in fields if raw]
    return [(what, credit) for what, credit in found if credit.agency]


@rule(
    "C2PA002",
    "credentials-disagree-with-credit",
    "error",
    "The page credits one agency while the photo's Content Credentials (signer, author, copyright) name another.",
    why="""
        A signed manifest names who issued the photo. When it names one agency and the page credits another,
        either the credit is wrong (and the real rights holder is uncredited) or the file is not the photo the
        licence covers; both are what an enforcement firm's matching finds.
    """,
    fires="A photo signed by The Associated Press, credited 'REUTERS/Jane Doe' on the page.",
    passes="The same photo credited '(AP Photo/Jane Doe)'.",
    fix="Credit the agency that signed the photo, or check that the right file was used.",
)
def credentials_disagree(article: Article, context: Context):
    """The signer of a C2PA manifest (the organisation in its certificate) and its author, credit and
    copyright assertions say who issued the photo. When they name agencies and none is the agency the page
    credits, the credit is wrong or the photo is not the one licensed."""
    for image in article.images:
        credentials = _credentials(image)
        if credentials is None or image.credit is None or image.credit.agency is None:
            continue
        named = _named_agencies(credentials, context)
        if named and not any(same_agency(image.credit, credit) for _, credit in named):
            what, credit = named[0]
            trust = "" if credentials.validation == "trusted" else f"; signature {credentials.validation}"
            yield (
                image.index,
                (
                    f"page credits {image.credit.agency_name} ({image.credit.raw!r}) but the Content Credentials' "
                    f"{what} is {credit.agency_name} ({credit.raw!r}{trust})"
                ),
            )


@rule(
    "C2PA003",
    "credentials-invalid",
    "error",
    "The photo's Content Credentials fail validation: it was changed after signing, or the manifest is broken.",
    why="""
        A hash mismatch means the pixels or the manifest changed after signing: the provenance no longer
        vouches for the photo, and an undisclosed alteration of an agency photo can breach its licence terms.
    """,
    fires="A signed JPEG whose bytes were changed after signing.",
    passes="The same JPEG as the agency delivered it.",
    fix="Use the file as delivered, or re-sign the edited image with your own credentials (its manifest then lists the agency photo as an ingredient).",
)
def credentials_invalid(article: Article, context: Context):
    """The SDK checks the manifest's signature and the hashes that bind it to the pixels. A hash mismatch
    means the photo (or its manifest) was changed after it was signed; other failures mean the manifest is
    damaged or forged. An expired or untrusted certificate is recorded in the audit but not reported here."""
    for image in article.images:
        credentials = _credentials(image)
        if credentials is None:
            continue
        codes = ", ".join(credentials.validation_failures) or credentials.error or "no detail"
        if credentials.validation == "tampered":
            mismatches = ", ".join(c for c in credentials.validation_failures if c.endswith(".mismatch"))
            yield image.index, f"the photo was changed after its Content Credentials were signed ({mismatches})"
        elif credentials.validation == "invalid":
            yield image.index, f"the photo's Content Credentials do not validate ({codes})"


@rule(
    "C2PA004",
    "credentials-required",
    "error",
    "The policy requires Content Credentials for photos from this agency; the photo carries none.",
    why="""
        A newsroom that accepts only signed wire photos needs to know when one arrives without its Content
        Credentials: the chain of custody the policy relies on is missing.
    """,
    fires="With [c2pa] require = [\"ap\"], a photo credited '(AP Photo/Jane Doe)' whose file has no manifest.",
    passes="The same photo with its AP manifest, or a photo from an agency not listed.",
    fix="Fetch the signed original from the agency's feed.",
    settings="[c2pa] require: the agency slugs whose photos must carry Content Credentials.",
)
def credentials_required(article: Article, context: Context):
    """A newsroom that takes only signed wire photos lists the agencies in [c2pa] require. A photo credited
    to one of them (as licensing agency or in the credit chain) whose file carries no C2PA manifest, embedded,
    in a sidecar or by remote reference, is reported. Judged only where the image file was read (--images)."""
    required = set(context.policy.c2pa.require)
    if not required:
        return
    for image in article.images:
        if image.credit is None or image.embedded is None or image.embedded.error or image.embedded.c2pa:
            continue
        agency = next((a for a in (image.credit.agency, *image.credit.via) if a in required), None)
        if agency:
            known = context.registry.agencies.get(agency)
            name = known.name if known else agency
            yield (
                image.index,
                f"the policy requires Content Credentials for {name} photos; the photo carries none",
            )
