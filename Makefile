# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: run test setup bench clean

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[model,test]'
	# bytecode for every installed module, even where PYTHONDONTWRITEBYTECODE kept pip from writing it:
	# without it each worker compiles spaCy's ~750 modules from source at every start (README, Batch runs)
	-$(BIN)/python -m compileall -q -j 0 $(VENV)/lib > /dev/null
	$(BIN)/python -m pipeline doctor
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/newsfacts extract corpus/ -o extracted/records.jsonl --with-text
	$(BIN)/newsfacts check extracted/records.jsonl -o extracted/checks.jsonl
	$(BIN)/newsfacts export extracted/records.jsonl extracted/checks.jsonl \
		--to sqlite extracted/newsfacts.sqlite --to csv extracted/csv --to parquet extracted/parquet \
		--package extracted/datapackage.json
	$(BIN)/newsfacts report extracted/records.jsonl extracted/checks.jsonl -o extracted/report.html
	@echo "outputs in extracted/: records.jsonl checks.jsonl newsfacts.sqlite csv/ parquet/ datapackage.json README.md (the dataset card) report.html"

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/article_extraction.py
	$(BIN)/python benchmarks/export_speed.py
	$(BIN)/python benchmarks/dates.py

clean:
	rm -rf $(VENV) build *.egg-info
