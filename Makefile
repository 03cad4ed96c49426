# Two commands for users: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEEDS := seeds/000_19f9451b57e8e734.txt seeds/002_5283c69be6bb5e58.txt

.PHONY: demo serve test bench install clean

# any source change reinstalls: the build compiles the analysis core (see setup.py)
$(STAMP): pyproject.toml setup.py $(shell find framing -name '*.py')
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# axe-core for the browser tests (tests/test_accessibility.py), from npm, as package-lock.json pins it
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

demo: $(STAMP)
	$(BIN)/framing compare $(SEEDS) -o reports/out/seeds.html
	@echo "The report is reports/out/seeds.html: open it in a browser."
	@echo "To run framing yourself: . $(VENV)/bin/activate (then: framing --help), or call $(BIN)/framing directly."

serve: $(STAMP)
	$(BIN)/framing serve

test: $(STAMP) node_modules/.package-lock.json
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m pytest tests/test_benchmark.py --benchmark-enable --benchmark-only --benchmark-columns=min,median,mean,stddev,rounds
	$(BIN)/python -m framing.bench

clean:
	rm -rf $(VENV) node_modules reports/out build *.egg-info framing_native__mypyc*.so framing/_native.json
	find framing -name '*.so' -delete
