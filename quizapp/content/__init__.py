"""The content engine: pure Python, no web framework. See pipeline.analyze."""
from quizapp.content.pipeline import analyze
from quizapp.content.timex import Timex, find_timexes
from quizapp.content.types import Analysis, ContentError

__all__ = ["analyze", "find_timexes", "Analysis", "ContentError", "Timex"]
