package reports

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"sync/atomic"
)

// gofpdf compresses each page with a new zlib writer, which allocates about
// 1.2 MB and dominates the time of a 2,000-page member list. Documents are
// therefore produced with gofpdf's compression off and deflated here, with
// one reused writer: every stream whose dictionary is exactly "<</Length N>>"
// (page contents and ToUnicode maps, the streams gofpdf leaves uncompressed)
// gets /Filter /FlateDecode, and the cross-reference table is rebuilt.
// Everything else is copied byte for byte.

// deflater is the io.Writer handed to gofpdf's Output. gofpdf writes the whole
// file in one call (bytes.Buffer.WriteTo), which deflate processes directly;
// should it ever write in pieces, they are gathered and processed by flush.
type deflater struct {
	w       io.Writer
	pending []byte
	done    bool
}

// Write deflates p if it is a complete PDF, otherwise keeps a copy for flush.
func (d *deflater) Write(p []byte) (int, error) {
	if d.done {
		return 0, errors.New("reports: PDF đã được ghi")
	}
	if len(d.pending) == 0 && isWholePDF(p) {
		d.done = true
		if err := deflate(p, d.w); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	d.pending = append(d.pending, p...)
	return len(p), nil
}

// flush processes data gathered from several writes.
func (d *deflater) flush() error {
	if d.done || len(d.pending) == 0 {
		return nil
	}
	d.done = true
	return deflate(d.pending, d.w)
}

// isWholePDF reports whether p looks like a whole PDF file.
func isWholePDF(p []byte) bool {
	return bytes.HasPrefix(p, []byte("%PDF-")) && bytes.HasSuffix(bytes.TrimRight(p, "\r\n"), []byte("%%EOF"))
}

// deflate writes src, a PDF as gofpdf writes it, to w with its plain streams
// compressed. Should gofpdf's output ever not look as expected, src is
// written unchanged: a valid PDF, only larger (the tests check compression).
func deflate(src []byte, w io.Writer) error {
	xrefAt, offsets, trailer, err := parseXref(src)
	if err != nil {
		_, err = w.Write(src)
		return err
	}
	// Objects in file order; each runs to the start of the next one.
	order := make([]int, 0, len(offsets))
	for n := 1; n < len(offsets); n++ {
		order = append(order, n)
	}
	slices.SortFunc(order, func(a, b int) int { return offsets[a] - offsets[b] })

	out := &countWriter{w: bufio.NewWriterSize(w, 1<<16)}
	streams := compressStreams(src, offsets, order, xrefAt)
	newOffsets := make([]int, len(offsets))

	first := xrefAt
	if len(order) > 0 {
		first = offsets[order[0]]
	}
	out.Write(src[:first])
	for i, n := range order {
		newOffsets[n] = out.n
		s := streams.wait(i)
		if s.err != nil {
			return s.err
		}
		if s.head == nil {
			out.Write(s.obj)
			continue
		}
		out.Write(s.head)
		out.WriteString("<</Filter /FlateDecode /Length ")
		out.WriteString(strconv.Itoa(len(s.z)))
		out.WriteString(">>\nstream\n")
		out.Write(s.z)
		out.WriteString("\nendstream\nendobj\n")
		streams.release(i)
	}

	newXref := out.n
	out.WriteString("xref\n0 " + strconv.Itoa(len(offsets)) + "\n0000000000 65535 f \n")
	var line []byte
	for _, off := range newOffsets[1:] {
		line = line[:0]
		line = fmt.Appendf(line, "%010d 00000 n \n", off)
		out.Write(line)
	}
	out.Write(trailer)
	out.WriteString("startxref\n" + strconv.Itoa(newXref) + "\n%%EOF\n")
	return out.flush()
}

// A 2,000-page member list has 2,000 page streams to deflate, a third of the time
// of the whole document; each stream is deflated on its own, so they are deflated on
// every core at once while the file is written in object order (issue 11, speed). The
// bytes are exactly those of one writer deflating them in turn.

// deflated is one object of the file: a stream deflated (head and z), or an object
// copied as it is (obj).
type deflated struct {
	obj, head, z []byte
	err          error
	done         chan struct{}
}

// deflatedObjects are the objects of a file being deflated by the workers.
type deflatedObjects []deflated

// wait returns object i once a worker has finished it.
func (d deflatedObjects) wait(i int) *deflated {
	<-d[i].done
	return &d[i]
}

// release lets the collector take object i's deflated bytes once written.
func (d deflatedObjects) release(i int) { d[i].z = nil }

// compressStreams starts deflating the objects of src in order (their numbers, file
// order) on every core; the writer takes them in order as they are done.
func compressStreams(src []byte, offsets, order []int, xrefAt int) deflatedObjects {
	objs := make(deflatedObjects, len(order))
	for i := range objs {
		objs[i].done = make(chan struct{})
	}
	workers := max(1, min(runtime.GOMAXPROCS(0), len(order)))
	var next atomic.Int64
	for range workers {
		go func() {
			zw, _ := zlib.NewWriterLevel(io.Discard, zlib.BestSpeed)
			var zbuf bytes.Buffer
			for {
				i := int(next.Add(1) - 1)
				if i >= len(order) {
					return
				}
				end := xrefAt
				if i+1 < len(order) {
					end = offsets[order[i+1]]
				}
				o := &objs[i]
				o.obj = src[offsets[order[i]]:end]
				if head, data, ok := plainStream(o.obj); ok {
					zbuf.Reset()
					zw.Reset(&zbuf)
					zw.Write(data)
					o.err = zw.Close()
					o.head, o.z = head, bytes.Clone(zbuf.Bytes())
				}
				close(o.done)
			}
		}()
	}
	return objs
}

// plainStream recognises an object "N 0 obj\n<</Length L>>\nstream\n…\nendstream\nendobj\n"
// and returns its "N 0 obj\n" head and stream data.
func plainStream(obj []byte) (head, data []byte, ok bool) {
	i := bytes.IndexByte(obj, '\n')
	if i < 0 || !bytes.HasSuffix(obj[:i], []byte(" 0 obj")) {
		return nil, nil, false
	}
	head, rest := obj[:i+1], obj[i+1:]
	const pre, mid = "<</Length ", ">>\nstream\n"
	if !bytes.HasPrefix(rest, []byte(pre)) {
		return nil, nil, false
	}
	rest = rest[len(pre):]
	j := bytes.Index(rest, []byte(mid))
	if j < 0 {
		return nil, nil, false
	}
	length, err := strconv.Atoi(string(rest[:j]))
	if err != nil || length < 0 {
		return nil, nil, false
	}
	rest = rest[j+len(mid):]
	if len(rest) < length || !bytes.Equal(rest[length:], []byte("\nendstream\nendobj\n")) {
		return nil, nil, false
	}
	return head, rest[:length], true
}

// parseXref reads the cross-reference table at the end of src: where it
// starts, the offset of every object (index = object number) and the
// trailer from "trailer" up to "startxref".
func parseXref(src []byte) (xrefAt int, offsets []int, trailer []byte, err error) {
	bad := func(what string) (int, []int, []byte, error) {
		return 0, nil, nil, fmt.Errorf("reports: unexpected PDF from gofpdf: %s", what)
	}
	s := bytes.LastIndex(src, []byte("startxref\n"))
	if s < 0 {
		return bad("no startxref")
	}
	rest := src[s+len("startxref\n"):]
	nl := bytes.IndexByte(rest, '\n')
	if nl < 0 {
		return bad("no xref offset")
	}
	xrefAt, err = strconv.Atoi(string(rest[:nl]))
	if err != nil || xrefAt <= 0 || xrefAt >= s {
		return bad("xref offset")
	}
	t := bytes.Index(src[xrefAt:s], []byte("trailer\n"))
	if t < 0 {
		return bad("no trailer")
	}
	trailer = src[xrefAt+t : s]
	table := src[xrefAt : xrefAt+t]
	var count int
	if _, err := fmt.Sscanf(string(table), "xref\n0 %d\n", &count); err != nil || count < 1 {
		return bad("xref header")
	}
	start := bytes.IndexByte(table[len("xref\n"):], '\n') + len("xref\n") + 1
	const entry = 20 // "0000000009 00000 n \n"
	if len(table)-start != count*entry {
		return bad("xref size")
	}
	offsets = make([]int, count)
	for n := 1; n < count; n++ {
		e := table[start+n*entry : start+(n+1)*entry]
		if e[17] != 'n' {
			return bad("free object in xref")
		}
		if offsets[n], err = strconv.Atoi(string(e[:10])); err != nil || offsets[n] <= 0 || offsets[n] >= xrefAt {
			return bad("xref entry")
		}
	}
	return xrefAt, offsets, trailer, nil
}

// countWriter buffers writes to w and counts the bytes written; the first
// error sticks and is returned by flush.
type countWriter struct {
	w   *bufio.Writer
	n   int
	err error
}

func (c *countWriter) Write(p []byte) {
	if c.err != nil {
		return
	}
	var m int
	m, c.err = c.w.Write(p)
	c.n += m
}

func (c *countWriter) WriteString(s string) {
	if c.err != nil {
		return
	}
	var m int
	m, c.err = c.w.WriteString(s)
	c.n += m
}

func (c *countWriter) flush() error {
	if c.err != nil {
		return c.err
	}
	return c.w.Flush()
}
