# RunAPI SDK toolchain. `make generate` and `make test` set themselves up on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
SITE := build/site
# Material for MkDocs prints an end-of-life banner on every build; it is not a build warning.
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup generate validate check audit test test-spec test-pytest ts-test
.PHONY: ts-build lint
.PHONY: typecheck docs bench clean diff release publish worker-stop

setup: $(STAMP) $(NODE_STAMP)

# The virtualenv is rebuilt whenever pyproject.toml changes;
# the generated SDK is installed editable so tests exercise generated/python as users get it.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]' -e generated/python
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# validate, generate and check hand the command to the generator worker (generator/worker.py),
# which has the generator imported and Redocly loaded: an edit's `make generate` then skips
# their start-up. The first run (or the first after an edit to the generator) runs itself and
# starts the worker, which ends after 10 idle minutes (RUNAPI_GENERATOR_WORKER_IDLE seconds) or
# on `make worker-stop`. WORKER=0 runs the command in make's process alone. `make test` never
# uses the worker.
WORKER ?= 1
RUN_GENERATOR := RUNAPI_GENERATOR_WORKER=$(WORKER) $(PY) -m generator

validate: setup
	$(RUN_GENERATOR) validate

generate: setup
	$(RUN_GENERATOR) generate

worker-stop:
	@if [ -x $(PY) ]; then $(PY) -m generator.worker stop; fi

# The spec against RunAPI's request contract (spec/README.md, "Sources"): exits non-zero on any
# disagreement the spec does not record. CONTRACT=path audits another contract file.
CONTRACT ?= ../shared/reference/runapi-contract.json
audit: setup
	$(PY) -m generator audit-contract $(CONTRACT)

# The release loop (RELEASING.md). `make diff` compares the spec and the SDK with the last release
# tag (BASE=<git ref> picks another base, JSON=1 prints JSON); `make release` bumps SDK_VERSION by
# semver, writes the CHANGELOG.md entry, regenerates, builds dist/, runs twine check, commits and
# tags (DRY_RUN=1 only prints the plan); `make publish REPOSITORY_URL=<upload URL>` uploads dist/.
diff: setup
	$(PY) -m generator diff $(if $(BASE),--base $(BASE)) $(if $(JSON),--json)

release: setup
	$(PY) -m generator release $(if $(DRY_RUN),--dry-run)

publish: setup
	@test -n "$(REPOSITORY_URL)" || { echo "usage: make publish REPOSITORY_URL=<upload URL>" >&2; exit 2; }
	$(PY) -m generator publish --repository-url "$(REPOSITORY_URL)"

# Fails when generated/ is not exactly what the committed spec produces.
check: setup
	$(RUN_GENERATOR) check

lint: setup
	$(VENV)/bin/ruff check generator tests
	$(VENV)/bin/ruff format --check generator tests
	cd generated/python && ../../$(VENV)/bin/ruff check --no-cache . && ../../$(VENV)/bin/black --check --quiet .

# Both runs share one cache: the first already analysed the standard library and the SDK's
# dependencies, which the second would otherwise analyse again (5-6 CPU-s on a new clone).
# mypy keys each module's entry by its options and checks again a module whose errors the first
# run did not report (the SDK, seen there as an installed package).
typecheck: setup
	$(VENV)/bin/mypy
	cd generated/python && ../../$(VENV)/bin/mypy --cache-dir ../../.mypy_cache

# The reference site from generated/mkdocs.yml (offline, no external resources) into build/site
# (not committed). Open build/site/index.html straight from disk or serve the folder.
docs: setup
	$(PY) -m mkdocs build --strict -f generated/mkdocs.yml -d $(CURDIR)/$(SITE)

# `make test` runs its independent checks at once (make -j; each step's output is printed whole
# when it ends, so it stays readable) and fails when any of them fails. pytest runs as
# PYTEST_SHARDS: one process per shard, each collecting only its own folders, all at once beside
# the other steps (the kernel spreads them over the cores). Static shards cost less than
# pytest-xdist's workers, which each collect the whole suite and send every test's reports through
# the controller; the shards are sized so that none is near half the suite's CPU time, so they end
# close together. The last shard takes every folder the others do not list, so a new folder is
# never left out (tests/harness/test_shards.py checks that each test file runs in one shard).
# tests/docs builds the docs site itself (into a temporary folder) and opens it in headless
# Chromium (/usr/bin/chromium; .ci/run installs it) through node_modules/playwright-core.
# The TypeScript build comes first: pytest and node's tests both read generated/typescript/dist.
# Python writes its bytecode caches even where the environment says not to
# (PYTHONDONTWRITEBYTECODE): without them every pytest process and every Python subprocess of the
# tests compiles the modules it imports, and pytest rewrites every test module's asserts again.
PYTEST_SHARDS := generator e2e sdk rest
PYTEST_SHARD_generator := tests/generator
PYTEST_SHARD_e2e := tests/docs tests/downstream tests/typing tests/agents
# tests/typescript's agreement test judges the conformance suite's bodies: one process derives them.
PYTEST_SHARD_sdk := tests/typescript tests/conformance tests/sdk tests/release
PYTEST_SHARD_rest := tests $(addprefix --ignore=,$(foreach shard,$(filter-out rest,$(PYTEST_SHARDS)),$(PYTEST_SHARD_$(shard))))
.PHONY: pytest-shards $(PYTEST_SHARDS:%=test-pytest-%)
TEST_STEPS := test-spec lint typecheck ts-test $(PYTEST_SHARDS:%=test-pytest-%)
# Every step's TMPDIR (pytest's tmp_path, the tests' temporary folders, their tools') is a folder
# of this run's own, removed when it ends (or, after a run that was interrupted, when the next
# run of this checkout starts). The tests write and remove tens of thousands of small files
# (project copies, generated trees): on a tmpfs that took 6-7 s (4.5%) less of `make test` than
# on disk, so the folder is on /dev/shm where that is a tmpfs with 2 GiB free, else in TMPDIR.
TEST_SCRATCH_IN = $(shell [ "$$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ] && [ -w /dev/shm ] \
	&& [ "$$(df -Pk /dev/shm | awk 'NR == 2 { print $$4 }')" -ge 2097152 ] \
	&& echo /dev/shm || echo "$${TMPDIR:-/tmp}")
TEST_SCRATCH_NAME = runapi-test-$(shell printf %s "$(CURDIR)" | cksum | cut -d " " -f 1).
test: setup
	@find "$(TEST_SCRATCH_IN)" -maxdepth 1 -name "$(TEST_SCRATCH_NAME)*" -user "$$(id -u)" \
		-exec rm -rf {} +; \
	scratch=$$(mktemp -d "$(TEST_SCRATCH_IN)/$(TEST_SCRATCH_NAME)XXXXXX") || exit 1; \
	TMPDIR=$$scratch env -u PYTHONDONTWRITEBYTECODE \
		$(MAKE) --no-print-directory --jobs --keep-going --output-sync=target $(TEST_STEPS); \
	status=$$?; rm -rf "$$scratch"; exit $$status

# Every shard, one after the other (`make test` runs them at once).
test-pytest: $(PYTEST_SHARDS:%=test-pytest-%)

$(PYTEST_SHARDS:%=test-pytest-%): test-pytest-%: setup ts-build
	$(VENV)/bin/pytest $(PYTEST_SHARD_$*)

# One line per shard: its name, then its pytest arguments (tests/harness/test_shards.py).
pytest-shards:
	@$(foreach shard,$(PYTEST_SHARDS),echo "$(shard) $(PYTEST_SHARD_$(shard))";)

# validate, then check, one after the other: check's generate then finds the verdict validate
# cached (.cache/generator) instead of validating the same spec again at the same time (a fresh
# clone has no cache: 8 CPU-seconds each).
test-spec: setup
	$(PY) -m generator validate
	$(PY) -m generator check

# The TypeScript SDK: its own `npm run build` (tsc + esbuild, from the root node_modules) writes
# generated/typescript/dist (not committed), then node's own test runner replays the fixtures and
# callbacks, checks the runtime and runs the README's and the API reference's examples.
# tests/typescript/*.py (pytest) adds the typing tests, the cross-language validation agreement
# and the npm pack test.
ts-test: setup ts-build
	node --test tests/typescript/node/

ts-build: setup
	rm -rf generated/typescript/dist
	cd generated/typescript && PATH="$(CURDIR)/node_modules/.bin:$$PATH" npm run --silent build

clean: worker-stop
	rm -rf $(VENV) node_modules

# Speed targets (bench/README.md); not part of `make test`. Every script runs even when an earlier
# one misses its target; their figures land in bench/RESULTS.md (newest run on top, earlier runs
# kept below) and the target fails when any script did.
BENCH_SCRIPTS := startup overhead cli_startup generate docs_build typescript agent_tokens
BENCH_RECORD := .bench/record.jsonl
bench: setup
	@mkdir -p .bench && rm -f $(BENCH_RECORD); failed=; \
	for script in $(BENCH_SCRIPTS); do \
		echo "== bench/$$script.py"; \
		RUNAPI_BENCH_RECORD=$(CURDIR)/$(BENCH_RECORD) $(PY) bench/$$script.py || failed="$$failed$$script,"; \
	done; \
	$(PY) bench/results.py $(BENCH_RECORD) --failed "$$failed" --python .bench/venv/bin/python; \
	test -z "$$failed" || { echo "bench: missed or failed: $$failed" >&2; exit 1; }
