# The whole setup on a fresh machine is `make site` and `make test`.
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
PY := $(VENV)/bin/python
SEEDS ?= seeds
BUILDER ?= mkdocs
SEEDS_ORIGIN := $(origin SEEDS)
# A folder name or option given to make is data, never code: each user variable keeps its raw text
# ($(value): Make never expands a `$(...)` or `$x` in it, not even when it exports a command-line
# variable to the recipes' environment), and the recipes read it from the environment ("$$SEEDS"),
# never pasted into the recipe text, so quotes, backquotes and `$(...)` in it reach the shell as data.
override SEEDS := $(value SEEDS)
override BUILDER := $(value BUILDER)
override STRICT := $(value STRICT)
override BENCH := $(value BENCH)
export SEEDS BUILDER BENCH
STRICT_FLAG := $(if $(filter 1 yes true,$(STRICT)),--strict,)
STAMP := $(VENV)/.installed

.PHONY: site build test serve deploy clean eval bench browser-deps

# One install at a time (two first-time `make site` at once): the second waits on the lock, then
# finds the venv up to date. generator.lock needs only the standard library.
LOCK := $(PYTHON) -m generator.lock
$(STAMP): requirements.txt
	$(LOCK) .cache/install.lock $(MAKE) --no-print-directory install-venv

.PHONY: install-venv
install-venv:
	@if [ ! -f $(STAMP) ] || [ requirements.txt -nt $(STAMP) ]; then \
	  ($(PY) -m pip --version >/dev/null 2>&1 || $(PYTHON) -m venv --clear $(VENV)) && \
	  $(PY) -m pip install --quiet --progress-bar off --upgrade pip && \
	  $(PY) -m pip install --quiet --progress-bar off -r requirements.txt && \
	  touch $(STAMP); \
	fi

## Extract every article in $(SEEDS), write the pages into docs/, build site/ with $(BUILDER):
## nothing is rendered when docs/ and mkdocs.yml are unchanged, only the changed pages otherwise.
## One `make site` at a time in a checkout: a second one waits (and says so), so the builder never
## reads pages another build is writing.
site: $(STAMP)
	$(PY) -m generator.lock .cache/site.lock sh -c '$(PY) -m generator build --seeds="$$SEEDS" $(STRICT_FLAG) && $(PY) -m generator.sitebuild --builder="$$BUILDER"'
	@echo "The site is in $(CURDIR)/site/: open file://$(CURDIR)/site/index.html in a browser, or run 'make serve' (http://127.0.0.1:8000)."

## Generate docs/ only (no mkdocs build).
build: $(STAMP)
	$(PY) -m generator build --seeds="$$SEEDS" $(STRICT_FLAG)

test: $(STAMP)
	$(PY) -m pytest -q

## Serve the pages the last `make site` or `make build` wrote (whatever SEEDS it had), with live reload.
## `make serve SEEDS=dir` builds from dir first; with no pages yet, builds from $(SEEDS).
serve: $(STAMP)
	$(if $(filter command line environment,$(SEEDS_ORIGIN)),$(PY) -m generator build --seeds="$$SEEDS",test -f docs/index.md || $(PY) -m generator build --seeds="$$SEEDS")
	$(PY) -m mkdocs serve

## Publish site/ to the gh-pages branch (GitHub Pages).
deploy: site
	$(PY) -m mkdocs gh-deploy --force --no-history

## Test-only: axe-core (npm) for the browser tests' accessibility checks, in tests/browser/node_modules.
## Never shipped in the site; without it those checks are skipped.
browser-deps:
	cd tests/browser && npm ci --no-audit --no-fund --loglevel=error

eval: $(STAMP)
	$(PY) -m generator eval

## The evaluation set by default (1,251 files assembled from ../shared/corpus); BENCH="--sets eval,scale" adds the 10,000 stories of
## ../shared/corpus/reuters-scale (hours on a busy 2-core machine), "--sets scale" runs them alone;
## "--limit 300" for a quick run; "--zensical"; "--keep DIR" keeps each built project.
bench: $(STAMP)
	$(PY) -m generator.bench_hostile
	set -f; $(PY) -m generator bench $$BENCH

clean:
	$(PY) -m generator clean 2>/dev/null || true
	rm -rf site .cache
