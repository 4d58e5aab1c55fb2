"""Draw the application icon (PNG for Linux, ICO for Windows) into a folder: no binary in git."""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
NAVY = (28, 59, 97, 255)
WHITE = (255, 255, 255, 255)


def draw(size: int = 256) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((8, 8, size - 8, size - 8), radius=size // 6, fill=NAVY)
    font = ImageFont.truetype(
        str(ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"), int(size * 0.62)
    )
    pen.text((size / 2, size / 2), "ד", font=font, fill=WHITE, anchor="mm")  # dalet, for Dalpak
    return image


def main(folder: str) -> None:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.save(out / "dalpak.png")
    image.save(out / "dalpak.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (256, 256)])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "build" / "icon"))
