"""Issue 13, bad input and faults: upload sizes, values no database takes alike, imports that
must end, never a 500."""
from __future__ import annotations

import io

import pytest

PARAGRAPH = "The council of Millbrook voted on Tuesday to open the new bridge to traffic. "


def upload(client, csrf, url, field, content: bytes, name: str, **data):
    token = csrf(client.get("/teacher/").text)
    return client.post(url, content_type="multipart/form-data",
                       data={"csrf_token": token, field: (io.BytesIO(content), name), **data})


def test_10_files_up_to_2_mb_are_taken(teacher_client, csrf):
    article = (PARAGRAPH * 1000).encode()  # 77 KB, over the other forms' 64 KB
    assert 64 * 1024 < len(article) < 2_000_000
    response = upload(teacher_client, csrf, "/teacher/imports", "file", article, "a.txt")
    assert response.status_code == 303 and "/teacher/imports/" in response.headers["Location"]
    pasted = teacher_client.post("/teacher/imports", data={
        "csrf_token": csrf(teacher_client.get("/teacher/").text), "text": article.decode()})
    assert pasted.status_code == 303
    gift = "".join(f"::q{n}:: {PARAGRAPH}Is it true? {{T}}\n\n" for n in range(1000)).encode()
    assert len(gift) > 64 * 1024
    bank = upload(teacher_client, csrf, "/teacher/banks/import", "file", gift, "bank.gift")
    assert bank.status_code == 303 and "/teacher/banks/" in bank.headers["Location"]
    # (a plain form: the test client spools a large multipart body to a file it never closes)
    too_big = teacher_client.post("/teacher/imports", data={
        "csrf_token": csrf(teacher_client.get("/teacher/").text), "text": "x" * 2_100_000})
    assert too_big.status_code == 413 and "too much text" in too_big.text
