# Thin wrapper over CMake presets. `make site` and `make test` do everything
# on a fresh Debian machine (they install the dependencies first).
PRESET ?= release
JOBS   ?= $(shell nproc)
BUILD  := build/$(PRESET)
GAZETTE := $(BUILD)/gazette

.PHONY: all deps configure build site test asan fuzz format format-check clean bench import-eval

all: build

deps:
	scripts/install-deps

configure: deps
	@test -f $(BUILD)/build.ninja || cmake --preset $(PRESET)

build: configure
	cmake --build --preset $(PRESET) -j $(JOBS)

site: build
	$(GAZETTE) build --site . --out public
	@echo
	@echo "The sample archive is in $(CURDIR)/public/ (links are site-absolute: serve it,"
	@echo "e.g. $(GAZETTE) serve --site .  and visit http://127.0.0.1:1313/)"

test: build
	ctest --preset $(PRESET) -j $(JOBS)

# Every test under AddressSanitizer + UndefinedBehaviorSanitizer.
asan:
	$(MAKE) test PRESET=asan

# Every libFuzzer target for FUZZ_SECONDS (default 60) each: scripts/fuzz.
fuzz: deps
	scripts/fuzz

format:
	find generator tests fuzz bench/import_eval -name '*.cpp' -o -name '*.h' | xargs clang-format -i

format-check:
	find generator tests fuzz bench/import_eval -name '*.cpp' -o -name '*.h' | xargs clang-format --dry-run --Werror

bench: build
	bench/run $(or $(N),10000)

# The importer scored on 300 generated pages of each set (bench/README.md).
import-eval:
	bench/import-eval

clean:
	rm -rf build public
