"""Question banks: gather approved questions with tags, search them, exchange them as files."""
from __future__ import annotations

from flask import Blueprint, Response, abort, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import select

from quizapp import exchange, htmx, models
from quizapp.auth import owned
from quizapp.db import get_session
from quizapp.exchange import bank_json, gift, moodle_xml
from quizapp.forms import BankForm, BankImportForm
from quizapp.services import banks, removal
from quizapp.uploads import accepts_upload
from quizapp.views.teacher import manage_context, renamed

bp = Blueprint("banks", __name__, url_prefix="/teacher/banks")

# format name -> (module, file extension, media type)
FORMATS = {
    "gift": (gift, "gift.txt", "text/plain"),
    "xml": (moodle_xml, "xml", "application/xml"),
    "json": (bank_json, "json", "application/json"),
}
# an uploaded file's extension -> the format that reads it
READERS = {"txt": gift, "gift": gift, "xml": moodle_xml, "json": bank_json}
MAX_BANK_FILE_BYTES = 2_000_000


@bp.before_request
@login_required
def require_teacher():
    """Every page of this blueprint is a teacher's."""


def my_banks() -> list[models.Bank]:
    tag = request.args.get("tag", "")
    found = get_session().scalars(select(models.Bank).where(
        models.Bank.owner_id == current_user.id).order_by(models.Bank.name)).all()
    return [bank for bank in found if not tag or tag in bank.tags]


@bp.get("/")
def index():
    return htmx.render("banks/index.html", "banks/_list.html", banks=my_banks(),
                       tag=request.args.get("tag", ""), form=BankForm(formdata=None),
                       import_form=BankImportForm(formdata=None))


@bp.post("/")
def create():
    form = BankForm()
    if not form.validate_on_submit():
        return htmx.render("banks/index.html", "banks/_create_form.html", status=422, banks=my_banks(),
                           tag="", form=form, import_form=BankImportForm(formdata=None))
    bank = banks.create_bank(get_session(), current_user.id, form.name.data,
                             banks.parse_tags(form.tags.data or ""))
    get_session().commit()
    return htmx.navigate_to(url_for("banks.show", bank_id=bank.id))


def search_args() -> dict:
    return {
        "tag": request.args.get("tag", ""),
        "kind": request.args.get("kind", ""),
        "article_id": request.args.get("article", type=int),
        "text": request.args.get("q", ""),
    }


def bank_context(bank: models.Bank) -> dict:
    args = search_args()
    candidates = [q for q in banks.teacher_questions(get_session(), current_user.id)
                  if q not in bank.questions]
    articles = get_session().scalars(select(models.Article).where(
        models.Article.owner_id == current_user.id).order_by(models.Article.title)).all()
    return {
        "bank": bank,
        "questions": banks.search(banks.live(bank), **args),
        "candidates": banks.search(candidates, **args),
        "args": args,
        "articles": articles,
        "formats": FORMATS,
        "imports": banks.imports_of(get_session(), bank),
        "imported": request.args.get("imported", type=int),
        "import_form": BankImportForm(formdata=None),
    } | manage_context(bank)


@bp.get("/<int:bank_id>")
def show(bank_id: int):
    return htmx.render("banks/show.html", "banks/_questions.html",
                       **bank_context(owned(models.Bank, bank_id)))


@bp.post("/<int:bank_id>/questions")
def change_questions(bank_id: int):
    """Add the ticked candidates, or take the ticked questions out (the button says which)."""
    bank = owned(models.Bank, bank_id)
    ids = set(request.form.getlist("question", type=int))
    if request.form.get("action") == "remove":
        bank.questions = [q for q in bank.questions if q.id not in ids]
    else:
        mine = banks.teacher_questions(get_session(), current_user.id)
        bank.questions += [q for q in mine if q.id in ids and q not in bank.questions]
    get_session().commit()
    if not htmx.is_htmx():
        return htmx.navigate_to(url_for("banks.show", bank_id=bank.id))
    return htmx.render("banks/show.html", "banks/_questions.html", **bank_context(bank))


@bp.get("/<int:bank_id>/export.<fmt>")
def export(bank_id: int, fmt: str):
    bank = owned(models.Bank, bank_id)
    if fmt not in FORMATS:
        abort(404)
    module, extension, media_type = FORMATS[fmt]
    response = Response(module.dump(banks.to_exchange(bank)), mimetype=media_type)
    response.headers["Content-Disposition"] = f'attachment; filename="bank-{bank.id}.{extension}"'
    return response


def imported(form: BankImportForm, into: models.Bank | None = None) -> models.BankImport | None:
    """The form's file imported (into `into`, or the bank it names), committed; None with the
    reason on the form's file field when it cannot be read."""
    reader = READERS[form.file.data.filename.rsplit(".", 1)[-1].lower()]
    try:
        loaded = reader.load(form.file.data.read().decode("utf-8-sig"))
        report = banks.import_file(get_session(), current_user.id, loaded,
                                   form.file.data.filename, into)
    except UnicodeDecodeError:
        form.file.errors.append("The file is not UTF-8 text.")
    except exchange.ExchangeError as error:
        form.file.errors.append(str(error))
    else:
        get_session().commit()
        return report
    get_session().rollback()
    return None


def report_url(report: models.BankImport) -> str:
    """The bank's page, showing what the import took and skipped."""
    return url_for("banks.show", bank_id=report.bank_id, imported=report.id) + "#import-report"


@bp.post("/import")
@accepts_upload(MAX_BANK_FILE_BYTES)
def import_file():
    """A file into the bank it names (a new one, or the teacher's of that name)."""
    form = BankImportForm()
    report = imported(form) if form.validate_on_submit() else None
    if report is not None:
        return htmx.navigate_to(report_url(report))
    return htmx.render("banks/index.html", "banks/_import_form.html", status=422,
                       banks=my_banks(), tag="", form=BankForm(formdata=None), import_form=form)


@bp.post("/<int:bank_id>/import")
@accepts_upload(MAX_BANK_FILE_BYTES)
def import_into(bank_id: int):
    """A file's questions into this bank, whatever bank name the file gives."""
    bank = owned(models.Bank, bank_id)
    form = BankImportForm()
    report = imported(form, bank) if form.validate_on_submit() else None
    if report is not None:
        return htmx.navigate_to(report_url(report))
    return htmx.render("banks/show.html", "banks/_import_form.html", status=422,
                       **bank_context(bank) | {"import_form": form})


@bp.post("/<int:bank_id>/rename")
def rename(bank_id: int):
    bank = owned(models.Bank, bank_id)
    return renamed(bank, url_for("banks.show", bank_id=bank.id))


@bp.get("/<int:bank_id>/delete")
def confirm_delete(bank_id: int):
    """What deleting the bank deletes and what it keeps, and the button that does it."""
    bank = owned(models.Bank, bank_id)
    return render_template("teacher/delete.html", what="bank", name=bank.name,
                           usage=removal.bank_usage(get_session(), bank),
                           action=url_for("banks.delete", bank_id=bank.id),
                           back=url_for("banks.show", bank_id=bank.id))


@bp.post("/<int:bank_id>/delete")
def delete(bank_id: int):
    removal.delete_bank(get_session(), owned(models.Bank, bank_id))
    get_session().commit()
    return htmx.navigate_to(url_for("banks.index"))
