"""The teachers' pages' fixtures: the sample article owned by the logged-in teacher, and
posting as its pages' forms do."""
from __future__ import annotations

import pytest


@pytest.fixture
def ids(owned_seed):
    return owned_seed()


@pytest.fixture
def post(teacher_client, csrf):
    """POST as the teachers' forms do, with a page's CSRF token."""
    token = csrf(teacher_client.get("/teacher/").text)

    def send(url, data=None, headers=None, **kwargs):
        return teacher_client.post(url, data={"csrf_token": token, **(data or {})},
                                   headers=headers or {}, **kwargs)

    return send
