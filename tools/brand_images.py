"""Draw the integration's brand images into custom_components/llm_router/brand/ (needs Pillow, in .venv).

A house (your home, the local model) with three arrows leaving its roof: local, reasoning (Claude) and
search (Grok). Flat colours on a transparent background that read on light and dark themes. Drawn at
1024 px and scaled down for smooth edges. Home Assistant serves icon.png and icon@2x.png; logo.png and the
dark variants fall back to them.

    .venv/bin/python tools/brand_images.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

BRAND_DIR = Path(__file__).resolve().parents[1] / "custom_components/llm_router/brand"
SIZES = {"icon.png": 256, "icon@2x.png": 512}
CANVAS = 1024
HOUSE = "#18BCF2"  # Home Assistant blue
DOOR = "#FFFFFF"
ARROWS = ("#43A047", "#F57C00", "#7E57C2")  # left, up, right
STEM = "#546E7A"
WIDTH = 64


def _arrow(
    draw: ImageDraw.ImageDraw,
    start: tuple[float, float],
    end: tuple[float, float],
    colour: str,
) -> None:
    """A thick line from start to end with a triangular head at end."""
    (x0, y0), (x1, y1) = start, end
    length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
    ux, uy = (x1 - x0) / length, (y1 - y0) / length  # along the arrow
    px, py = -uy, ux  # across it
    head_length, head_half = 150, 110
    bx, by = x1 - ux * head_length, y1 - uy * head_length
    draw.line([start, (bx + ux * 10, by + uy * 10)], fill=colour, width=WIDTH)
    draw.polygon(
        [
            (x1, y1),
            (bx + px * head_half, by + py * head_half),
            (bx - px * head_half, by - py * head_half),
        ],
        fill=colour,
    )


def draw_icon() -> Image.Image:
    """The icon at CANVAS x CANVAS."""
    image = Image.new("RGBA", (CANVAS, CANVAS), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    branch = (512, 430)
    draw.line([(512, 560), branch], fill=STEM, width=WIDTH)
    for end, colour in zip(((170, 150), (512, 40), (854, 150)), ARROWS, strict=True):
        _arrow(draw, branch, end, colour)
    radius = WIDTH * 0.75  # the branch point, over the three arrows' ends
    draw.ellipse(
        [
            branch[0] - radius,
            branch[1] - radius,
            branch[0] + radius,
            branch[1] + radius,
        ],
        fill=STEM,
    )
    # The house: roof and body in one shape, and a door.
    draw.polygon(
        [
            (512, 500),
            (880, 760),
            (790, 760),
            (790, 990),
            (234, 990),
            (234, 760),
            (144, 760),
        ],
        fill=HOUSE,
    )
    draw.rounded_rectangle([452, 800, 572, 990], radius=24, fill=DOOR)
    return image


def main() -> None:
    """Write the images."""
    BRAND_DIR.mkdir(exist_ok=True)
    icon = draw_icon()
    for name, size in SIZES.items():
        icon.resize((size, size), Image.Resampling.LANCZOS).save(
            BRAND_DIR / name, optimize=True
        )
        print(f"{BRAND_DIR / name}: {size}x{size}")


if __name__ == "__main__":
    main()
