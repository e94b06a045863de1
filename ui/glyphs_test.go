package ui

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font/sfnt"

	"socongdoan/assets"
)

// TestEveryShownRuneIsInTheBundledFont walks every string the UI can show — Fyne's
// Vietnamese translations, the help guides, the string literals of ui/ and of the data
// packages (labels, messages, errors) — and checks each rune has a glyph in the fonts
// Fyne bundles (Noto Sans, four styles). A rune outside them is drawn from whatever the
// system has: a box on a plain Windows (seen under Wine for ▲ ▼) or on Linux (→).
func TestEveryShownRuneIsInTheBundledFont(t *testing.T) {
	fonts := map[string]*sfnt.Font{}
	for _, r := range []fyne.Resource{theme.DefaultTextFont(), theme.DefaultTextBoldFont(),
		theme.DefaultTextItalicFont(), theme.DefaultTextBoldItalicFont()} {
		f, err := sfnt.Parse(r.Content())
		if err != nil {
			t.Fatalf("%s: %v", r.Name(), err)
		}
		fonts[r.Name()] = f
	}
	var buf sfnt.Buffer
	missing := map[rune][]string{} // rune, where it was seen
	check := func(where, s string) {
		for _, r := range s {
			if r < 0x20 || r == 0x7f || unicode.Is(unicode.Cf, r) {
				continue // control and format characters are not drawn
			}
			if strings.HasPrefix(where, "../data/xlsx/convert.go") && strings.ContainsRune(notShownCheckMarks, r) {
				continue
			}
			for name, f := range fonts {
				if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
					if len(missing[r]) < 3 {
						missing[r] = append(missing[r], where+" ("+name+")")
					}
					break
				}
			}
		}
	}

	// Fyne's dialogs and buttons in Vietnamese.
	b, err := assets.Translations.ReadFile("translations/vi.json")
	if err != nil {
		t.Fatal(err)
	}
	var tr map[string]any // a value is a text or, for plurals, {"one": …, "other": …}
	if err := json.Unmarshal(b, &tr); err != nil {
		t.Fatal(err)
	}
	for k, v := range tr {
		switch v := v.(type) {
		case string:
			check("vi.json "+k, v)
		case map[string]any:
			for _, p := range v {
				s, _ := p.(string)
				check("vi.json "+k, s)
			}
		}
	}
	// The guides (Hướng dẫn, Các quy định áp dụng).
	err = fs.WalkDir(assets.Help, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := assets.Help.ReadFile(path)
		check(path, string(b))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// Labels, messages and errors written in the code the window shows.
	n := 0
	for _, dir := range []string{".", "../data", "../data/vn", "../data/sqlite", "../data/xlsx"} {
		n += checkLiterals(t, dir, check)
	}
	if n < 1000 {
		t.Fatalf("only %d string literals found: the scan is not reading the sources", n)
	}

	if len(missing) > 0 {
		var lines []string
		for r, where := range missing {
			lines = append(lines, strconv.QuoteRune(r)+" "+strings.Join(where, ", "))
		}
		sort.Strings(lines)
		t.Errorf("%d characters have no glyph in Fyne's bundled font (they show as boxes on Windows):\n%s",
			len(missing), strings.Join(lines, "\n"))
	}
}

// notShownCheckMarks are the check marks the importer recognises in a cell
// (data/xlsx/convert.go): read from the chair's file, never drawn by the app.
const notShownCheckMarks = "✓✔√☑"

// checkLiterals passes every string literal of the non-test Go files in dir to check
// and returns how many it found.
func checkLiterals(t *testing.T, dir string, check func(where, s string)) int {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(node ast.Node) bool {
			lit, ok := node.(*ast.BasicLit)
			if !ok || (lit.Kind != token.STRING && lit.Kind != token.CHAR) {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				return true
			}
			n++
			check(fset.Position(lit.Pos()).String(), s)
			return true
		})
	}
	return n
}
