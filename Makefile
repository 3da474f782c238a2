# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: run test setup bench clean bytecode

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[model,test]'
	# bytecode for every installed module, even where PYTHONDONTWRITEBYTECODE kept pip from writing it:
	# without it each worker compiles spaCy's ~750 modules from source at every start (docs/batch-runs.md, sixth round)
	-$(BIN)/python -m compileall -q -j 0 $(VENV)/lib > /dev/null
	$(BIN)/python -m pipeline doctor
	touch $(STAMP)

setup: $(STAMP)

# our own modules' bytecode, brought up to date on every run (only changed files are compiled):
# where PYTHONDONTWRITEBYTECODE is set, every process would compile the package's ~90 modules
# from source at start-up, about 0.16 s of CPU before a worker reads its first document
bytecode: $(STAMP)
	-$(BIN)/python -m compileall -q pipeline > /dev/null

run: $(STAMP) bytecode
	$(BIN)/newsfacts extract corpus/ -o extracted/records.jsonl --with-text
	$(BIN)/newsfacts check extracted/records.jsonl -o extracted/checks.jsonl
	$(BIN)/newsfacts export extracted/records.jsonl extracted/checks.jsonl \
		--to sqlite extracted/newsfacts.sqlite --to csv extracted/csv --to parquet extracted/parquet \
		--package extracted/datapackage.json
	$(BIN)/newsfacts report extracted/records.jsonl extracted/checks.jsonl -o extracted/report.html
	@echo "outputs in extracted/: records.jsonl checks.jsonl newsfacts.sqlite csv/ parquet/ datapackage.json README.md (the dataset card) report.html"

# the suite in TEST_WORKERS processes (pytest-xdist; CI has two cores), each test file's tests in one of them so that
# a module's fixtures run once; TEST_WORKERS=0 runs it in this process (docs/measurements.md, thirteenth round)
TEST_WORKERS ?= 2
test: $(STAMP) bytecode
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile

bench: $(STAMP) bytecode
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/article_extraction.py
	$(BIN)/python benchmarks/export_speed.py
	$(BIN)/python benchmarks/dates.py

clean:
	rm -rf $(VENV) build *.egg-info
