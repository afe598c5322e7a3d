"""QR codes of links, as SVG: the live session's join link and a quiz's share link."""
from __future__ import annotations

import io

from flask import Response


def qr_svg(url: str, title: str) -> Response:
    """The link's QR code as an SVG response."""
    import segno  # only teachers' pages need it: not loaded by the students' workers

    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="svg", scale=10, border=2, title=title,
                                    dark="#10151f", light="#ffffff")
    return Response(out.getvalue(), mimetype="image/svg+xml")
