"""The review screen: events, actors, questions (status, filters, edits, versions), by hand."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

HTMX = {"HX-Request": "true"}


def review_url(ids):
    return f"/teacher/articles/{ids['article']}"


def test_the_review_page_shows_events_actors_and_questions(teacher_client, ids):
    page = teacher_client.get(review_url(ids))
    assert page.status_code == 200
    assert "Who became mayor of Millbrook in March 2016?" in page.text
    assert 'value="2016-03"' in page.text and 'value="Maria Lopez"' in page.text


def test_changing_an_event_date_reorders_the_timeline(post, ids, db_session):
    from quizapp import models

    event_id = ids["events"]["e1"]
    actor_ids = [str(a.id) for a in db_session.get(models.Event, event_id).actors]
    response = post(f"{review_url(ids)}/events/{event_id}", headers=HTMX, data={
        "date_value": "2017-05", "precision": "month", "summary": "Planning began",
        "actors": actor_ids})
    assert response.status_code == 200 and 'id="timeline-editor"' in response.text
    db_session.expire_all()
    events = db_session.get(models.Article, ids["article"]).events
    assert [e.summary for e in events][-1] == "Planning began"
    assert (events[-1].date_value, events[-1].precision, events[-1].inferred) == ("2017-05", "month", False)


@pytest.mark.parametrize(("date", "precision", "message"), [
    ("May 2017", "month", "Write the date as"),
    ("2017", "day", "is written 2016-11-01"),
])
def test_a_badly_written_date_is_refused_next_to_the_field(post, ids, date, precision, message):
    response = post(f"{review_url(ids)}/events/{ids['events']['e1']}", headers=HTMX,
                    data={"date_value": date, "precision": precision, "summary": "x"})
    assert response.status_code == 422
    assert message in response.text and 'aria-invalid="true"' in response.text


def test_without_javascript_a_change_comes_back_to_the_review_page(post, ids):
    response = post(f"{review_url(ids)}/events/{ids['events']['e2']}/delete")
    assert response.status_code == 303 and response.headers["Location"] == review_url(ids)


def test_events_can_be_added_and_deleted(post, ids, db_session):
    from quizapp import models

    post(f"{review_url(ids)}/events", data={"date_value": "2018", "precision": "year",
                                            "summary": "A second bridge was planned"})
    post(f"{review_url(ids)}/events/{ids['events']['e2']}/delete")
    db_session.expire_all()
    summaries = [e.summary for e in db_session.get(models.Article, ids["article"]).events]
    assert summaries[-1] == "A second bridge was planned"
    assert "Maria Lopez became mayor of Millbrook" not in summaries


def test_an_event_left_off_the_timeline_is_worded_and_added(teacher_client, post, ids, db_session):
    from quizapp import models

    council = next(a for a in db_session.get(models.Article, ids["article"]).actors if a.key == "a2")
    page = teacher_client.get(review_url(ids))
    assert "Left off the timeline" in page.text
    card = page.text.split('id="unclear-u1"')[1].split("</li>")[0]
    assert "In 2015 the plan was approved by voters." in card
    assert re.search(rf'<option selected value="{council.id}">', card)  # its actors chosen
    response = post(f"{review_url(ids)}/events", headers=HTMX, data={
        "unclear": "u1", "date_value": "2015", "precision": "year",
        "summary": "Millbrook voters approved the bridge plan.", "actors": [str(council.id)]})
    assert response.status_code == 200 and "Left off the timeline" not in response.text
    db_session.expire_all()
    article = db_session.get(models.Article, ids["article"])
    added = next(e for e in article.events if e.summary == "Millbrook voters approved the bridge plan.")
    assert added.sentence == "In 2015 the plan was approved by voters."
    assert [a.key for a in added.actors] == ["a2"]
    assert article.unclear_events == []
    again = post(f"{review_url(ids)}/events", headers=HTMX, data={
        "unclear": "u1", "date_value": "2015", "precision": "year", "summary": "Again."})
    assert again.status_code == 409 and "added to the timeline or left out already" in again.text


def test_an_event_left_off_the_timeline_may_be_left_out_for_good(post, ids, db_session):
    from quizapp import models

    response = post(f"{review_url(ids)}/unclear/u1/dismiss")
    assert response.status_code == 303 and response.headers["Location"] == review_url(ids)
    db_session.expire_all()
    article = db_session.get(models.Article, ids["article"])
    assert article.unclear_events == [] and len(article.events) == 3
    assert post(f"{review_url(ids)}/unclear/u1/dismiss").status_code == 409


def test_an_unclear_event_with_no_line_is_refused_in_its_own_form(post, ids):
    response = post(f"{review_url(ids)}/events", headers=HTMX, data={
        "unclear": "u1", "date_value": "2015", "precision": "year", "summary": ""})
    assert response.status_code == 422
    assert 'id="summary-unclear-u1-error"' in response.text  # beside its own field


def test_actors_can_be_renamed_merged_and_deleted(post, ids, db_session):
    from quizapp import models

    article = db_session.get(models.Article, ids["article"])
    lopez, council, riverton = (next(a for a in article.actors if a.key == k)
                                for k in ("a1", "a2", "a3"))
    lopez_id, council_id, riverton_id = lopez.id, council.id, riverton.id
    post(f"{review_url(ids)}/actors/{lopez_id}",
         data={"name": "Mayor Maria Lopez", "kind": "person", "role": "the mayor"})
    post(f"{review_url(ids)}/actors/{riverton_id}/merge", data={"into": council_id})
    db_session.expire_all()
    article = db_session.get(models.Article, ids["article"])
    names = {a.name: a for a in article.actors}
    assert set(names) == {"Mayor Maria Lopez", "Millbrook Council"}
    assert "Riverton" in names["Millbrook Council"].aliases
    bridge_question = db_session.get(models.Question, ids["questions"]["q2"])
    assert bridge_question.data["actors"] == ["a2"]  # was Riverton's
    post(f"{review_url(ids)}/actors/{lopez_id}/delete")
    db_session.expire_all()
    assert [a.name for a in db_session.get(models.Article, ids["article"]).actors] == ["Millbrook Council"]


def test_questions_are_approved_many_at_once_and_only_approved_ones_are_listed_for_banks(
        post, ids, db_session):
    from quizapp import models
    from quizapp.services import banks

    q1, q2, q3 = (ids["questions"][k] for k in ("q1", "q2", "q3"))
    response = post(f"{review_url(ids)}/questions/status", headers=HTMX,
                    data={"question": [q1, q2], "change_to": "rejected"})
    assert response.status_code == 200 and 'id="questions"' in response.text
    db_session.expire_all()
    assert [db_session.get(models.Question, q).status for q in (q1, q2, q3)] == [
        "rejected", "rejected", "approved"]
    assert {q.id for q in banks.teacher_questions(db_session, 1)}.isdisjoint({q1, q2})


def test_approving_nothing_says_so(post, ids):
    response = post(f"{review_url(ids)}/questions/status", headers=HTMX, data={"change_to": "approved"})
    assert response.status_code == 422 and "Tick at least one question." in response.text


def test_questions_filter_by_kind_status_actor_and_event(teacher_client, ids, db_session):
    from quizapp import models

    lopez = db_session.scalar(select(models.Actor).where(models.Actor.key == "a1"))
    url = review_url(ids)
    by_kind = teacher_client.get(f"{url}?kind=order", headers=HTMX).text
    assert "Put these events in order" in by_kind and "Who became mayor" not in by_kind
    by_actor = teacher_client.get(f"{url}?actor={lopez.id}", headers=HTMX).text
    assert "Who became mayor" in by_actor and "The bridge to Riverton opened in" not in by_actor
    by_event = teacher_client.get(f"{url}?event={ids['events']['e3']}", headers=HTMX).text
    assert "The bridge to Riverton opened in November 2016." in by_event
    assert "Who became mayor" not in by_event
    assert "No question matches." in teacher_client.get(f"{url}?status=rejected", headers=HTMX).text


def edit_data(**changes):
    data = {"kind": "multiple_choice", "prompt": "Who became mayor of Millbrook in 2016?",
            "answer": "Maria Lopez", "distractors": "Anna Smith\nPeter Brown",
            "explanation": "She did.", "source": "Maria Lopez became mayor.", "version": "1",
            "tags": "civics, week 1,civics"}
    return data | changes


@pytest.mark.parametrize(("key", "changes", "message"), [
    ("q1", {"distractors": "Anna Smith\nmaria lopez"}, "The wrong option “maria lopez” is the same as the answer."),
    ("q1", {"answer": ""}, "There is no right answer"),
    ("q1", {"distractors": ""}, "Give at least one wrong option."),
    ("q3", {"prompt": "Who is mayor?"}, "Mark the blank"),
    ("q4", {"items": "Only one"}, "List two different items or more"),
    ("q5", {"pairs": "a = b\na = c"}, "Each left and each right may appear only once."),
])
def test_an_edit_that_breaks_the_answer_is_refused_with_a_message(post, ids, key, changes, message):
    url = f"{review_url(ids)}/questions/{ids['questions'][key]}"
    response = post(url, headers=HTMX, data=edit_data(**changes))
    assert response.status_code == 422 and message in response.text
    # in its line, open again with the message beside the field
    assert f'id="question-{ids["questions"][key]}"' in response.text
    assert 'aria-invalid="true"' in response.text


def test_an_edit_of_an_unanswered_question_changes_it_in_place(post, ids, db_session):
    from quizapp import models

    qid = ids["questions"]["q1"]
    response = post(f"{review_url(ids)}/questions/{qid}", data=edit_data())
    assert response.status_code == 303, response.text
    db_session.expire_all()
    question = db_session.get(models.Question, qid)
    content = question.to_content()
    assert content.prompt == "Who became mayor of Millbrook in 2016?"
    assert content.choices == ("Anna Smith", "Maria Lopez", "Peter Brown")
    assert question.version == 2 and question.tags == ["civics", "week 1"]


def test_the_second_of_two_tabs_saving_is_refused_and_keeps_its_text(post, ids, db_session):
    from quizapp import models

    url = f"{review_url(ids)}/questions/{ids['questions']['q1']}"
    assert post(url, data=edit_data(prompt="First tab's question?")).status_code == 303
    second = post(url, headers=HTMX, data=edit_data(prompt="Second tab's question?"))
    assert second.status_code == 409
    assert "Someone saved this question after you opened it" in second.text
    assert "Second tab&#39;s question?" in second.text and "First tab&#39;s question?" in second.text
    db_session.expire_all()
    assert db_session.get(models.Question, ids["questions"]["q1"]).prompt == "First tab's question?"
    # the refused form now carries the saved version: saving again works
    assert 'name="version" value="2"' in second.text
    assert post(url, data=edit_data(prompt="Second tab's question?", version="2")).status_code == 303


def test_editing_an_answered_question_keeps_what_students_saw(app, post, ids, db_session, client, csrf):
    from quizapp import models
    from quizapp.services import rounds

    quiz = db_session.get(models.Quiz, ids["quiz"])
    round_ = rounds.start_round(db_session, quiz, "Ria")
    db_session.commit()
    state = rounds.load_state(db_session, round_.token, ids["questions"]["q1"])
    old = state.asked
    rounds.record_answer(db_session, state, old, "Maria Lopez")

    response = post(f"{review_url(ids)}/questions/{old.id}", data=edit_data(answer="Anna Smith",
                    distractors="Maria Lopez\nPeter Brown"))
    assert response.status_code == 303
    db_session.expire_all()
    old = db_session.get(models.Question, ids["questions"]["q1"])
    new = db_session.get(models.Question, old.replaced_by_id)
    assert old.to_content().answer == "Maria Lopez" and new.to_content().answer == "Anna Smith"
    answer = db_session.scalar(select(models.Answer))
    assert answer.question_id == old.id and answer.correct
    quiz_ids = [item.question_id for item in db_session.get(models.Quiz, ids["quiz"]).items]
    assert new.id in quiz_ids and old.id not in quiz_ids


def test_a_question_written_by_hand_of_every_kind(post, ids, db_session):
    from quizapp import models

    url = f"{review_url(ids)}/questions"
    forms = [
        edit_data(),
        {"kind": "true_false", "prompt": "The bridge opened in 2016.", "truth": "True"},
        {"kind": "fill_blank", "prompt": "____ became mayor.", "answer": "Maria Lopez",
         "accepted": "Lopez"},
        {"kind": "order", "prompt": "Put these in order.", "items": "First\nSecond\nThird"},
        {"kind": "match", "prompt": "Match them.", "pairs": "Lopez = mayor\nCouncil = planner"},
    ]
    for data in forms:
        assert post(url, data={"version": "", **data}).status_code == 303, data
    mine = db_session.scalars(select(models.Question).where(models.Question.key.like("h%"))).all()
    assert sorted(q.kind for q in mine) == sorted(
        ["multiple_choice", "true_false", "fill_blank", "order", "match"])
    order = next(q.to_content() for q in mine if q.kind == "order")
    assert order.answer == ("First", "Second", "Third") and order.choices != order.answer
    assert all(q.status == "draft" and q.owner_id == 1 for q in mine)


def test_new_distractors_are_offered_for_the_teacher_to_save(teacher_client, post, ids):
    url = f"{review_url(ids)}/questions/{ids['questions']['q1']}/distractors"
    response = post(url, headers=HTMX)
    # the sample article names only one other person: nothing of its kind to offer
    assert response.status_code == 422 and "no other options of the answer" in response.text


def test_a_filtered_list_stays_filtered_after_approving(post, ids):
    response = post(f"{review_url(ids)}/questions/status?kind=order", headers=HTMX, data={
        "question": [ids["questions"]["q4"]], "change_to": "rejected"})
    assert "Put these events in order" in response.text and "Who became mayor" not in response.text
    plain = post(f"{review_url(ids)}/questions/status?kind=order", data={
        "question": [ids["questions"]["q4"]], "change_to": "approved"})
    assert plain.headers["Location"] == f"{review_url(ids)}?kind=order"


@pytest.mark.parametrize("answer, choices, expected", [
    ("March 2016", ["March 2016", "April 2016"], "dates"),
    ("60,000", ["60,000", "120,000"], "numbers"),
])
def test_new_distractors_for_dates_and_numbers(app, ids, answer, choices, expected):
    import random

    from quizapp import models
    from quizapp.db import get_session
    from quizapp.services import review

    with app.app_context():
        session = get_session()
        question = session.get(models.Question, ids["questions"]["q1"])
        event = next(e for e in question.article.events if e.date_value == "2016-03")
        question.event_id = event.id
        question.data = {**question.data, "answer": answer, "choices": choices}
        session.flush()
        content = review.new_distractors(question, random.Random(1))
    assert answer in content.choices and len(content.choices) == 4
    assert len({c.casefold() for c in content.choices}) == 4
    if expected == "dates":
        assert all(c.endswith("2016") or c.endswith("2015") for c in content.choices)
        order = ["January", "February", "March", "April", "May", "June"]
        months = [order.index(c.split()[0]) for c in content.choices if c.endswith("2016")]
        assert months == sorted(months)  # time order
    else:
        values = [float(c.replace(",", "")) for c in content.choices]
        assert values == sorted(values)  # by size
        assert "120,000" not in content.choices  # the old wrong option is replaced


# The list: one line per question, least certain first, opened to edit in place

@pytest.fixture
def certain(ids, db_session):
    """The sample's questions as the engine might be sure of them, all drafts."""
    from quizapp import models

    sure = {"q1": 0.9, "q2": 0.4, "q3": 0.7, "q4": 0.55, "q5": 0.8}
    for key, confidence in sure.items():
        question = db_session.get(models.Question, ids["questions"][key])
        question.data = {**question.data, "confidence": confidence}
        question.status = "draft"
    db_session.commit()
    return sure


def line_order(html: str, ids) -> list[str]:
    keys = {str(qid): key for key, qid in ids["questions"].items()}
    return [keys[qid] for qid in re.findall(r'<li id="question-(\d+)"', html)]


def test_the_list_shows_the_least_certain_first(teacher_client, ids, certain):
    page = teacher_client.get(review_url(ids)).text
    assert line_order(page, ids) == ["q2", "q4", "q3", "q5", "q1"]
    assert "40&nbsp;% sure" in page
    in_article = teacher_client.get(f"{review_url(ids)}?order=article", headers=HTMX).text
    assert line_order(in_article, ids) == sorted(ids["questions"], key=ids["questions"].get)


@pytest.mark.parametrize(("key", "shown", "hidden"), [
    ("q1", ["answer", "distractors"], ["truth", "accepted", "items", "pairs"]),
    ("q2", ["truth"], ["answer", "distractors", "accepted", "items", "pairs"]),
    ("q3", ["answer", "accepted"], ["truth", "distractors", "items", "pairs"]),
    ("q4", ["items"], ["answer", "truth", "distractors", "accepted", "pairs"]),
    ("q5", ["pairs"], ["answer", "truth", "distractors", "accepted", "items"]),
])
def test_a_line_opens_in_place_with_only_its_kind_s_fields(teacher_client, ids, key, shown, hidden):
    qid = ids["questions"][key]
    response = teacher_client.get(f"{review_url(ids)}/questions/{qid}", headers=HTMX)
    assert response.status_code == 200
    assert response.text.lstrip().startswith(f'<li id="question-{qid}" class="question-line is-open')
    names = set(re.findall(r'name="(\w+)"', response.text))
    assert set(shown) <= names and not set(hidden) & names
    assert '<select id="kind"' not in response.text  # a question keeps its kind


def test_without_javascript_the_edit_url_is_the_review_page_with_the_line_open(
        teacher_client, ids):
    q1, q2 = ids["questions"]["q1"], ids["questions"]["q2"]
    page = teacher_client.get(f"{review_url(ids)}/questions/{q1}?kind=multiple_choice").text
    assert "<html" in page and 'id="timeline-editor"' in page
    assert f'<li id="question-{q1}" class="question-line is-open' in page
    assert f'<li id="question-{q2}"' not in page  # still filtered
    # its form goes back to the filtered list
    assert f'action="/teacher/articles/{ids["article"]}/questions/{q1}?kind=multiple_choice"' in page


def test_saving_a_line_confirms_it_in_place(post, teacher_client, ids, certain, db_session):
    from quizapp import models

    qid = ids["questions"]["q2"]
    data = {"prompt": "The bridge to Riverton opened in 2016.", "truth": "True",
            "explanation": "It opened in November.", "version": "1", "kind": "order"}
    response = post(f"{review_url(ids)}/questions/{qid}", headers=HTMX, data=data)
    assert response.status_code == 200
    assert response.text.lstrip().startswith(f'<li id="question-{qid}" class="question-line is-saved')
    assert '<p class="saved-note" role="status">Saved.</p>' in response.text
    assert "autofocus" in response.text  # on the line's Edit link: the teacher stays there
    db_session.expire_all()
    question = db_session.get(models.Question, qid)
    content = question.to_content()
    assert (question.kind, content.prompt) == ("true_false", "The bridge to Riverton opened in 2016.")
    # what the form does not show stays: the engine's confidence (the line keeps its place)
    assert (content.confidence, content.actors, content.event) == (0.4, ("a3",), "e3")

    data["version"] = "2"
    plain = post(f"{review_url(ids)}/questions/{qid}?status=draft", data=data)
    assert plain.status_code == 303
    assert plain.headers["Location"] == f"{review_url(ids)}?status=draft&saved={qid}#question-{qid}"
    page = teacher_client.get(plain.headers["Location"]).text
    line = page.split(f'<li id="question-{qid}"')[1].split("</li>")[0]
    assert "Saved." in line


def test_select_all_ticks_every_listed_line(teacher_client, ids):
    page = teacher_client.get(f"{review_url(ids)}?select=all&kind=order", headers=HTMX).text
    assert page.count('form="status-form"') == page.count("checked") == 1
    assert teacher_client.get(review_url(ids)).text.count(" checked") == 0


def test_approve_all_approves_the_listed_questions_only(post, ids, certain, db_session):
    from quizapp import models

    response = post(f"{review_url(ids)}/questions/approve-all?kind=fill_blank", headers=HTMX)
    assert response.status_code == 200 and 'id="questions"' in response.text
    db_session.expire_all()
    statuses = {key: db_session.get(models.Question, qid).status
                for key, qid in ids["questions"].items()}
    assert statuses == {"q1": "draft", "q2": "draft", "q3": "approved", "q4": "draft",
                        "q5": "draft"}
    plain = post(f"{review_url(ids)}/questions/approve-all?status=draft")
    assert plain.headers["Location"] == f"{review_url(ids)}?status=draft"
    db_session.expire_all()
    assert {db_session.get(models.Question, qid).status
            for qid in ids["questions"].values()} == {"approved"}


def test_a_new_question_asks_its_kind_first(teacher_client, ids):
    url = f"{review_url(ids)}/questions/new"
    choose = teacher_client.get(url).text
    assert "What kind of question?" in choose and f'href="{url}?kind=match"' in choose
    form = teacher_client.get(f"{url}?kind=match").text
    names = set(re.findall(r'name="(\w+)"', form))
    assert "pairs" in names and not {"answer", "truth", "distractors", "items"} & names
