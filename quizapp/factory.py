"""The application factory: configuration layers, then each subsystem's init_app."""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from flask import Flask, Response, current_app, request, url_for
from flask_wtf.csrf import CSRFProtect
from htmx_flask import Htmx
from werkzeug.middleware.proxy_fix import ProxyFix

from quizapp import auth, config, db, errors, times, uploads, urls
from quizapp.forms import QUESTION_KINDS
from quizapp.views import accounts, banks, home, live, quiz, quizzes, review, teacher, timeline

ROOT = Path(__file__).resolve().parent.parent

# Everything comes from this host; no inline scripts or styles, no framing.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)

csrf = CSRFProtect()
htmx_extension = Htmx()


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(
        "quizapp",
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
        instance_path=str(ROOT / "instance"),
        instance_relative_config=True,
    )
    app.config.from_mapping(config.defaults(app.instance_path))
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env("QUIZAPP")
    else:
        app.config.from_mapping(test_config)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = shared_secret_key(Path(app.instance_path))
    if hops := app.config["PROXY_FIX"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops,
                                x_port=hops, x_prefix=hops)

    htmx_extension.init_app(app)
    db.init_app(app)
    uploads.init_app(app)  # before the CSRF check reads the form
    csrf.init_app(app)
    errors.init_app(app)
    auth.init_app(app)
    urls.init_app(app)
    blueprints = (home.bp, quiz.bp, timeline.bp, accounts.bp, teacher.bp, review.bp, banks.bp,
                  quizzes.bp, live.bp)
    for blueprint in blueprints:
        app.register_blueprint(blueprint)
    app.after_request(secure_headers)
    app.context_processor(layout_links)
    app.add_template_global(QUESTION_KINDS, "question_kinds")
    app.add_template_filter(times.teacher_time, "teacher_time")
    # The form macros are globals: a Jinja import compares the globals of both templates on
    # every render, which cost each page with a form more than the macro itself.
    form_macros = app.jinja_env.get_template("_macros/forms.html").module
    app.add_template_global(form_macros.form_errors, "form_errors")
    app.add_template_global(form_macros.field, "field")
    return app


# The layout's own links, on every page: built once per app and mount point, because url_for
# for each of them on every page cost the question page more than its own query.
LAYOUT_LINKS = {
    "home": ("home.index", {}),
    "login": ("accounts.login", {}),
    "logout": ("accounts.logout", {}),
    "desk": ("teacher.dashboard", {}),
    "stylesheet": ("static", {"filename": "css/app.css"}),
    "htmx": ("static", {"filename": "js/htmx-2.0.8.min.js"}),
    "script": ("static", {"filename": "js/app.js"}),
    "favicon": ("home.favicon", {}),
}


def layout_links() -> dict:
    """`links` in every template: LAYOUT_LINKS as URLs under the request's mount point."""
    built = current_app.extensions.setdefault("quizapp.layout_links", {})
    root = request.script_root
    if root not in built:
        built[root] = {name: url_for(endpoint, **values)
                       for name, (endpoint, values) in LAYOUT_LINKS.items()}
    return {"links": built[root]}


def shared_secret_key(instance: Path) -> str:
    """A key kept in the instance folder, so every gunicorn worker signs cookies alike."""
    path = instance / "secret_key"
    if not path.exists():
        instance.mkdir(parents=True, exist_ok=True)
        draft = instance / f"secret_key.{os.getpid()}"
        draft.write_text(secrets.token_hex(32))
        draft.chmod(0o600)
        try:
            # A hard link appears whole and fails if another worker was first.
            os.link(draft, path)
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_text().strip()


def secure_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response
