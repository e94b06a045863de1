# Sổ Công đoàn — make run (open the app), make test (the whole suite). Both install
# what is missing first (scripts/deps.sh: apt only when a package is missing).
GO      ?= go
BIN     := socongdoan
EXE     := dist/exe/socongdoan.exe
VERSION := $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
LDFLAGS := -X socongdoan/app.buildDate=$(shell date -u +%Y-%m-%d)
# migrated_fynedo: every UI change from a goroutine goes through fyne.Do (SETUP.md), so
# Fyne's thread checks are off in every build — not only when FyneApp.toml happens to
# sit beside the binary. Each check parses a goroutine stack: a third of a keystroke's
# time in the register at 100,000 members (issue 12 §7).
# -trimpath everywhere: `fyne package --release` builds with it, and the cgo packages
# (sqlite3, glfw, go-gl: most of a cold build) are cached per -trimpath but not per tag,
# so tests, the smoke binaries and the packages share one compile of each (issue 9, CI time).
export GOFLAGS := -buildvcs=false -trimpath -tags=migrated_fynedo
# The binaries CI runs are built as `fyne package --release` builds them (release tag),
# so packaging links what is already compiled.
RELEASE_TAGS := -tags=release,migrated_fynedo

# staticcheck is pinned here and run through the Go module proxy (no install step;
# the first run builds it, later ones use the build cache).
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: run build test vet lint race bench smoke windows wine-smoke package fuzz clean deps-build deps-test deps-windows deps-bench

run: build
	./$(BIN) $(ARGS)

build: deps-build
	$(GO) build $(RELEASE_TAGS) -ldflags "$(LDFLAGS)" -o $(BIN) .

deps-build:
	@scripts/deps.sh build
deps-test:
	@scripts/deps.sh test
deps-windows:
	@scripts/deps.sh windows
deps-bench:
	@scripts/deps.sh bench

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt:"; gofmt -l .; exit 1; }
	$(GO) vet ./...

# staticcheck (2026.2.2) over every package: every finding is fixed, none ignored.
lint:
	$(GO) run $(STATICCHECK) ./...

# The race detector where goroutines meet shared state: the store (concurrent
# writers, background checks) and the UI (work off the UI goroutine, fyne.Do).
race: deps-test
	$(GO) test -race -count=1 ./data/... ./ui

# The whole suite: format, vet, unit/store/UI/PDF tests.
test: deps-test vet
	$(GO) test -count=1 ./...

# Speed targets of the issues, as Go benchmarks on a 100,000-member database.
bench: deps-bench build
	scripts/bench.sh

# The real binary under Xvfb with a 2,000-member demo database: a window with the table, a clean exit.
smoke: deps-test build
	scripts/smoke.sh ./$(BIN)

# Windows .exe with mingw (SETUP.md: -l:libssp.a fixes __stack_chk_fail).
windows: deps-windows
	mkdir -p dist/exe
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc CGO_LDFLAGS="-l:libssp.a" \
		$(GO) build $(RELEASE_TAGS) -ldflags "-H=windowsgui -s -w $(LDFLAGS)" -o $(EXE) .

# The Windows .exe under Wine (Debian 12's Wine 8 plus a test-only ProcessPrng shim):
# CLI commands with C:\Users\… paths, backup/restore, the lock, the window (README, Windows).
wine-smoke: windows
	scripts/wine-smoke.sh $(EXE)

# What a chair downloads: the Windows installer and portable zip, the Linux archive (dist/).
package:
	scripts/package.sh

fuzz:
	scripts/fuzz.sh 60s

clean:
	rm -rf $(BIN) dist
