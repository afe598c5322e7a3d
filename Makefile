# The two commands: `make run` and `make test`; both rest on `make install`.
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
WORKERS ?= 2

.PHONY: install run test bench

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

# The web server and one import worker (the engine runs there, never in the web app); Ctrl-C
# stops both. README: how to run more workers.
run: install
	$(BIN)/quizapp init-db
	$(BIN)/quizapp worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	$(BIN)/gunicorn --workers $(WORKERS) --bind 127.0.0.1:$(PORT) 'quizapp:create_app()'

test: install
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/load.py
	$(BIN)/python bench/timex.py
	$(BIN)/python bench/quality.py
	$(BIN)/python bench/live.py
