"""Browser tests: the app served from a thread on a free port, Debian's Chromium, one browser
per session, screenshots under tests/e2e/screenshots/ for review."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

SCREENSHOTS = Path(__file__).parent / "screenshots"


@pytest.fixture(scope="session")
def browser_type_launch_args():
    return {
        "executable_path": "/usr/bin/chromium",
        "args": ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"],
    }


@pytest.fixture(scope="session")
def live_server(migrated_template, tmp_path_factory, seed):
    """The app on a seeded temporary SQLite file; returns its base URL and the seeded ids."""
    import shutil

    from quizapp import create_app
    from quizapp.config import config_for_tests

    path = tmp_path_factory.mktemp("e2e") / "quizapp.sqlite"
    shutil.copy(migrated_template, path)
    app = create_app(config_for_tests(f"sqlite:///{path}"))
    ids = seed(app)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield {"url": f"http://127.0.0.1:{server.server_port}", "app": app, **ids}
    server.shutdown()


@pytest.fixture(scope="module")
def demo_server(migrated_template, tmp_path_factory):
    """The app with the demo article and its quiz, as `make run` loads them (the real engine),
    one per test module: its base URL and the article's id."""
    import functools
    import shutil
    from importlib.resources import files

    from quizapp import create_app
    from quizapp.cli import DEMO_PUBLISHED
    from quizapp.config import config_for_tests
    from quizapp.content import analyze
    from quizapp.db import get_session
    from quizapp.services.articles import load_demo

    path = tmp_path_factory.mktemp("e2e-demo") / "quizapp.sqlite"
    shutil.copy(migrated_template, path)
    app = create_app(config_for_tests(f"sqlite:///{path}"))
    text = files("quizapp").joinpath("demo", "kurdistan-russia-aid.txt").read_text(encoding="utf-8")
    with app.app_context():
        article = load_demo(get_session(), text, functools.partial(analyze, published=DEMO_PUBLISHED))
        article_id = article.id
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield {"url": f"http://127.0.0.1:{server.server_port}", "article_id": article_id}
    server.shutdown()


@pytest.fixture
def shoot():
    """Save a full-page screenshot named after the screen."""
    SCREENSHOTS.mkdir(exist_ok=True)

    def screenshot(page, name: str) -> None:
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    return screenshot


@pytest.fixture(scope="session")
def base_url():
    """Replaces pytest-base-url's fixture, which pytest 9 warns about; tests use full URLs."""
    return None


@pytest.fixture(scope="session")
def teacher_server(migrated_template, tmp_path_factory):
    """The app on an empty database with one teacher, and an import worker with the real
    engine (in a thread here; `quizapp worker` runs the same loop in its own process)."""
    import shutil

    from quizapp import create_app
    from quizapp.config import config_for_tests
    from quizapp.content import analyze
    from quizapp.db import get_session
    from quizapp.services import imports
    from quizapp.services.accounts import create_teacher

    path = tmp_path_factory.mktemp("e2e-teacher") / "quizapp.sqlite"
    shutil.copy(migrated_template, path)
    app = create_app(config_for_tests(f"sqlite:///{path}"))
    with app.app_context():
        create_teacher(get_session(), "teacher@school.example", "correct horse battery")
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    stop = threading.Event()
    worker = threading.Thread(target=imports.serve, daemon=True, args=(
        app.extensions["quizapp.sessionmaker"], analyze, stop, 0.2))
    worker.start()
    yield {"url": f"http://127.0.0.1:{server.server_port}", "app": app,
           "email": "teacher@school.example", "password": "correct horse battery"}
    stop.set()
    server.shutdown()
    worker.join()


@pytest.fixture
def log_in():
    """Log a browser page in as the teacher of `teacher_server`, through the login form."""
    from playwright.sync_api import expect

    def login(page, server) -> None:
        page.goto(server["url"] + "/teacher/login")
        page.get_by_label("E-mail address").fill(server["email"])
        page.get_by_label("Password").fill(server["password"])
        page.get_by_role("button", name="Log in").click()
        expect(page.get_by_role("heading", name="Your desk")).to_be_visible()

    return login
