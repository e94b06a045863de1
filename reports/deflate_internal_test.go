package reports

import (
	"bytes"
	"compress/zlib"
	"io"
	"slices"
	"strconv"
	"testing"
	"time"
)

// gofpdfOutput returns a small document as gofpdf writes it, before deflate.
func gofpdfOutput(t *testing.T) []byte {
	t.Helper()
	d, err := New(Header{Issuer: "Công đoàn cơ sở", Date: time.Date(2027, 1, 5, 0, 0, 0, 0, time.UTC), TypeName: "Báo cáo"})
	if err != nil {
		t.Fatal(err)
	}
	d.Paragraph("Nội dung.")
	d.PageBreak()
	d.Paragraph("Trang hai.")
	l, err := d.layout()
	if err != nil {
		t.Fatal(err)
	}
	var raw bytes.Buffer
	if err := l.pdf.Output(&raw); err != nil {
		t.Fatal(err)
	}
	return raw.Bytes()
}

// objects returns the objects of a PDF by number, as found through its xref.
func objects(t *testing.T, src []byte) [][]byte {
	t.Helper()
	xrefAt, offsets, _, err := parseXref(src)
	if err != nil {
		t.Fatal(err)
	}
	sorted := slices.Clone(offsets[1:])
	slices.Sort(sorted)
	objs := make([][]byte, len(offsets))
	for n := 1; n < len(offsets); n++ {
		end := xrefAt
		if i, _ := slices.BinarySearch(sorted, offsets[n]); i+1 < len(sorted) {
			end = sorted[i+1]
		}
		objs[n] = src[offsets[n]:end]
		if !bytes.HasPrefix(objs[n], []byte(strconv.Itoa(n)+" 0 obj\n")) {
			t.Fatalf("xref entry %d points at %q", n, objs[n][:min(len(objs[n]), 16)])
		}
	}
	return objs
}

func TestDeflate(t *testing.T) {
	raw := gofpdfOutput(t)
	var out bytes.Buffer
	if err := deflate(raw, &out); err != nil {
		t.Fatal(err)
	}

	t.Run("deflates every plain stream and rebuilds the xref", func(t *testing.T) {
		before, after := objects(t, raw), objects(t, out.Bytes())
		if len(before) != len(after) {
			t.Fatalf("%d objects became %d", len(before), len(after))
		}
		plain := 0
		for n := 1; n < len(before); n++ {
			_, data, ok := plainStream(before[n])
			if !ok {
				if !bytes.Equal(before[n], after[n]) {
					t.Errorf("object %d changed", n)
				}
				continue
			}
			plain++
			const pre = "<</Filter /FlateDecode /Length "
			i := bytes.Index(after[n], []byte(pre))
			j := bytes.Index(after[n], []byte(">>\nstream\n"))
			if i < 0 || j < i {
				t.Fatalf("object %d: %q", n, after[n][:min(len(after[n]), 60)])
			}
			length, _ := strconv.Atoi(string(after[n][i+len(pre) : j]))
			z, err := zlib.NewReader(bytes.NewReader(after[n][j+len(">>\nstream\n"):][:length]))
			if err != nil {
				t.Fatalf("object %d: %v", n, err)
			}
			got, err := io.ReadAll(z)
			if err != nil || !bytes.Equal(got, data) {
				t.Errorf("object %d: inflated stream differs (%v)", n, err)
			}
		}
		if plain < 2 {
			t.Errorf("found %d plain streams, want the pages' contents", plain)
		}
	})

	t.Run("gathers output written in pieces", func(t *testing.T) {
		var pieces bytes.Buffer
		dw := &deflater{w: &pieces}
		dw.Write(raw[:100])
		dw.Write(raw[100:])
		if err := dw.flush(); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out.Bytes(), pieces.Bytes()) {
			t.Error("output written in pieces differs from output written at once")
		}
	})

	t.Run("passes unexpected input through unchanged", func(t *testing.T) {
		var got bytes.Buffer
		in := []byte("%PDF-1.3\nnot what gofpdf writes\n%%EOF\n")
		if err := deflate(in, &got); err != nil || !bytes.Equal(got.Bytes(), in) {
			t.Errorf("got %q, %v", got.Bytes(), err)
		}
	})
}
