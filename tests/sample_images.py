"""Writes samples/images/*.jpg: small JPEGs with the IPTC, XMP and EXIF credits photo-desk.txt is checked against.

Run from the repository root: python tests/sample_images.py
"""

from pathlib import Path

from synth import Credits, jpeg

AI = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
IMAGES = {
    # the page credits Reuters; the photo is AP's
    "lifeboat.jpg": Credits(
        credit="AP",
        byline=["Jane Doe"],
        copyright="Copyright 2024 The Associated Press",
        source="AP",
        exif_artist="Jane Doe",
    ),
    "harbour.jpg": Credits(credit="AP", byline=["Jane Doe"], source="AP", exif_artist="Jane Doe"),
    # shown without caption or credit, though the photo requires one
    "cafe.jpg": Credits(credit="PA Wire", byline=["Ben Birchall"], copyright="PA Wire", source="PA"),
    # a generated illustration that says so in its metadata
    "seawall.jpg": Credits(credit="Handout", digital_source_type=AI),
    # IPTC and XMP disagree: the XMP was edited, the IIM was not
    "pier.jpg": Credits(credit="Getty Images", xmp_credit="Shutterstock", byline=["Matt Cardy"]),
    # gallery.html's photos, found by file name under --images
    "waves.jpg": Credits(credit="Alamy Stock Photo", byline=["Jim Ekstrand"]),
    "duvet.jpg": Credits(credit="Getty Images", source="Getty Images Europe"),
    "tree.jpg": Credits(credit="REUTERS", byline=["Toby Melville"]),  # shown with no credit on the page
    "crane.jpg": Credits(credit="AP", byline=["Jane Doe"]),
}

if __name__ == "__main__":
    folder = Path(__file__).resolve().parents[1] / "samples" / "images"
    folder.mkdir(exist_ok=True)
    for seed, (name, credits) in enumerate(IMAGES.items()):
        (folder / name).write_bytes(jpeg(credits, size=(160, 120), seed=seed))
        print(folder / name)
