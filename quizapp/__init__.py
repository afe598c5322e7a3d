"""quizapp: news articles into timelines and quizzes.

`create_app` imports Flask lazily so that `import quizapp.content` never loads the web stack.
"""


def create_app(test_config=None):
    from quizapp.factory import create_app as _create_app

    return _create_app(test_config)
