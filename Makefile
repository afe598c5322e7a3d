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

run: install
	$(BIN)/quizapp init-db
	$(BIN)/gunicorn --workers $(WORKERS) --bind 127.0.0.1:$(PORT) 'quizapp:create_app()'

test: install
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/load.py
	$(BIN)/python bench/live.py
