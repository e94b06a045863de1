package sqlite

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
)

// Remembering a passed check (issue 11, speed of a numbered document).
//
// SQLite's full integrity_check reads every page of the register and compares every
// index with its table: about 2 s of CPU at 100,000 members (150 MB), as much as
// laying out the whole member list. Before this, every command that writes paid it,
// even when the file had not changed since the last time it passed.
//
// What is remembered, and where: after the full check passes on a main file with no
// -wal frames beside it, the file's page sums (a CRC32-C of each page, which the CPU
// computes in hardware: ~50 ms for 150 MB, most of it reading) are folded into one
// digest and written, with the page size and count, to <db>.checked beside the
// register (as <db>.lock is). Nothing is written into the register itself.
//
// Why skipping the check on a matching digest keeps the rule "nothing is written
// into a file that failed its check" (BRIEF, issue 10 §1): the digest is of the
// bytes, every page of them, so a file whose digest matches has the same bytes as a
// file that passed integrity_check: the check would read the same bytes and say the
// same thing. Whatever could damage a file between two runs changes bytes: a disk
// that rots a sector, a crash half-way through writing, another program writing
// into it, a copy cut short, a restore of another file: the digest then differs
// (a changed page keeps its CRC32-C by chance with probability 2⁻³², and a shorter
// or longer file differs by size) and the full check runs as before. A damaged file
// therefore still gets no number, no document, and not a byte written.
// Only a file with an empty -wal is judged by its digest: committed changes still in
// the -wal are part of the register, and they are not in the main file's bytes.
// A second copy of the app cannot write meanwhile: the commands that write, and the
// window, hold the register's lock (lock.go) while they check and write.
//
// Carrying the proof over our own writes: printing a numbered document writes its
// number, so the file changes and the next document would check it in full again.
// When a store whose file passed (or matched) closes, what it committed is read back
// from the -wal, where SQLite logs every page it writes (each frame: the page number,
// the page, and a checksum chained through the log; readWALFrames keeps only the
// frames SQLite itself counts as committed). The digest remembered at close is that
// of the proven file with exactly those pages replaced, and the file cut or grown to
// the size the last commit gives. That state is one SQLite produced from a file that
// passed, through its own transactions, which keep the file consistent. If the file
// on disk is not exactly that state (a page that rotted during the run, a write that
// did not go through SQLite, a checkpoint that did not finish, log frames lost to a
// restart of the -wal), its digest at the next run differs and the full check runs:
// the prediction can only ever be too cautious. One writer is not told apart: a
// program that ignores the lock and commits through SQLite while we run. Its commits
// are SQLite transactions like ours; it is noticed when it commits more often than
// this store did (provenState.commits).

// checkedSuffix names the file beside the register holding the digest of its last
// proven state.
const checkedSuffix = ".checked"

// fullCheck is FullCheck; tests count its runs.
var fullCheck = FullCheck

// castagnoli is CRC32-C, computed with the SSE4.2 instruction on amd64.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// pageSums are the CRC32-C of each page of a main database file.
type pageSums struct {
	pageSize int
	sums     []uint32
}

// digest folds the page sums into one: the CRC32-C of the sums in page order.
func (p *pageSums) digest() uint32 {
	b := make([]byte, 4*len(p.sums))
	for i, s := range p.sums {
		binary.LittleEndian.PutUint32(b[4*i:], s)
	}
	return crc32.Checksum(b, castagnoli)
}

// record is the line written to <db>.checked.
func (p *pageSums) record() string {
	return fmt.Sprintf("socongdoan-checked 1 %d %d %08x\n", p.pageSize, len(p.sums), p.digest())
}

// readPageSums reads the main file at path and sums each page; the page size is the
// header's. A file that is not a whole number of pages returns an error (it goes
// the full check's way, which says what is wrong with it).
func readPageSums(path string) (*pageSums, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	head := make([]byte, 100)
	if _, err := io.ReadFull(f, head); err != nil {
		return nil, err
	}
	pageSize := int(binary.BigEndian.Uint16(head[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	if pageSize < 512 || pageSize&(pageSize-1) != 0 || fi.Size()%int64(pageSize) != 0 {
		return nil, errors.New("not a whole number of pages")
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	p := &pageSums{pageSize: pageSize, sums: make([]uint32, 0, fi.Size()/int64(pageSize))}
	buf := make([]byte, max(pageSize, 1<<20))
	for {
		n, err := io.ReadFull(f, buf)
		for off := 0; off+pageSize <= n; off += pageSize {
			p.sums = append(p.sums, crc32.Checksum(buf[off:off+pageSize], castagnoli))
		}
		if n%pageSize != 0 {
			return nil, errors.New("the file changed size while it was read")
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return p, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// rememberedGood reports whether <db>.checked holds the digest of exactly these pages.
func rememberedGood(path string, p *pageSums) bool {
	b, err := os.ReadFile(path + checkedSuffix)
	return err == nil && string(b) == p.record()
}

// remember writes the digest of a proven state to <db>.checked, through a temporary
// file moved into place. Failing to write it (a read-only folder) only means the
// next run checks in full.
func remember(path string, p *pageSums) {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".socongdoan-checked-*")
	if err != nil {
		return
	}
	_, err = tmp.WriteString(p.record())
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path+checkedSuffix)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
}

// provenState is the page sums of the last state of the store's file known good,
// with the commits read from the -wal since (see checkFile and Close).
type provenState struct {
	mu   sync.Mutex
	sums *pageSums // nil: nothing proven by this store
	// commits counts this store's commits (write); logged, the commits read from
	// each use of the -wal (by its salts). More logged than made means another
	// program wrote through SQLite meanwhile, ignoring the lock: nothing is carried.
	commits atomic.Int64
	logged  map[[8]byte]int
}

func (ps *provenState) set(p *pageSums) {
	ps.mu.Lock()
	ps.sums = p
	ps.mu.Unlock()
}

// checkFile is FullCheck for Open, remembering its result (see the top of this file):
// a main file whose digest is the one remembered passes without reading it through
// SQLite; another one gets the full check, and its digest is remembered when it
// passes and its bytes were the same before and after the check.
func (s *Store) checkFile(ctx context.Context, path string) error {
	if !isWALFile(path) || !walIsEmpty(path) {
		return fullCheck(ctx, path)
	}
	before, err := readPageSums(path)
	if err != nil {
		return fullCheck(ctx, path)
	}
	if rememberedGood(path, before) {
		s.proven.set(before)
		return nil
	}
	if err := fullCheck(ctx, path); err != nil {
		return err
	}
	if after, err := readPageSums(path); err == nil && walIsEmpty(path) && after.record() == before.record() {
		remember(path, before)
		s.proven.set(before)
	}
	return nil
}

// carryProofThroughWAL applies to the proven page sums the commits now in the -wal
// (see the top of this file). It runs before each checkpoint this store asks for
// and before the store closes, while the frames are still in the log. A -wal that
// cannot be read leaves nothing proven.
func (s *Store) carryProofThroughWAL() {
	ps := &s.proven
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.sums == nil {
		return
	}
	salts, frames, err := readWALFrames(s.path+"-wal", ps.sums.pageSize)
	if err != nil {
		ps.sums = nil
		return
	}
	if ps.logged == nil {
		ps.logged = map[[8]byte]int{}
	}
	commits := 0
	for _, fr := range frames {
		if fr.dbPages != 0 {
			commits++
		}
	}
	ps.logged[salts] = max(ps.logged[salts], commits)
	total := 0
	for _, n := range ps.logged {
		total += n
	}
	if int64(total) > ps.commits.Load() {
		ps.sums = nil
		return
	}
	sums := ps.sums.sums
	unknown := map[int]bool{} // pages past the end no frame has filled yet
	for _, fr := range frames {
		for len(sums) < int(fr.page) {
			unknown[len(sums)] = true
			sums = append(sums, 0)
		}
		sums[fr.page-1] = fr.sum
		delete(unknown, int(fr.page-1))
		if fr.dbPages > 0 {
			for len(sums) < int(fr.dbPages) {
				unknown[len(sums)] = true
				sums = append(sums, 0)
			}
			sums = sums[:fr.dbPages]
		}
	}
	for page := range unknown {
		if page < len(sums) {
			ps.sums = nil // a page SQLite did not log: the state is not known
			return
		}
	}
	ps.sums.sums = sums
}

// rememberAtClose writes the digest of the state the store leaves behind once it has
// closed and SQLite has moved the -wal into the main file.
func (s *Store) rememberAtClose() {
	ps := &s.proven
	ps.mu.Lock()
	p := ps.sums
	ps.mu.Unlock()
	if p == nil || !walIsEmpty(s.path) {
		return
	}
	remember(s.path, p)
}

// walFrame is one committed page in the -wal: its number, the CRC32-C of its bytes,
// and for a commit's last frame the database size in pages after it.
type walFrame struct {
	page, dbPages uint32
	sum           uint32
}

// readWALFrames reads the frames of the -wal that SQLite counts as committed: after
// the 32-byte header, frames of a 24-byte header and one page, each carrying the
// header's salts and a checksum chained from the header's, up to the last frame
// that ends a commit (a non-zero database size). https://sqlite.org/fileformat2.html#walformat
// A missing or empty -wal has no frames.
func readWALFrames(path string, pageSize int) (salts [8]byte, committed []walFrame, err error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return salts, nil, nil
	}
	if err != nil {
		return salts, nil, err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	head := make([]byte, 32)
	if _, err := io.ReadFull(r, head); err != nil {
		if errors.Is(err, io.EOF) {
			return salts, nil, nil
		}
		return salts, nil, err
	}
	copy(salts[:], head[16:24])
	var order binary.ByteOrder
	switch binary.BigEndian.Uint32(head[0:4]) {
	case 0x377f0682:
		order = binary.LittleEndian
	case 0x377f0683:
		order = binary.BigEndian
	default:
		return salts, nil, errors.New("not a -wal file")
	}
	if int(binary.BigEndian.Uint32(head[8:12])) != pageSize {
		return salts, nil, errors.New("the -wal's page size differs")
	}
	s0, s1 := walChecksum(order, 0, 0, head[:24])
	if s0 != binary.BigEndian.Uint32(head[24:28]) || s1 != binary.BigEndian.Uint32(head[28:32]) {
		return salts, nil, errors.New("the -wal header's checksum is wrong")
	}
	var pending []walFrame
	frame := make([]byte, 24+pageSize)
	for {
		if _, err := io.ReadFull(r, frame); err != nil {
			break // the end of the log, or a frame cut short: not committed
		}
		if !bytes.Equal(frame[8:16], head[16:24]) {
			break // a frame of an earlier use of the log
		}
		s0, s1 = walChecksum(order, s0, s1, frame[:8])
		s0, s1 = walChecksum(order, s0, s1, frame[24:])
		if s0 != binary.BigEndian.Uint32(frame[16:20]) || s1 != binary.BigEndian.Uint32(frame[20:24]) {
			break
		}
		fr := walFrame{page: binary.BigEndian.Uint32(frame[0:4]), dbPages: binary.BigEndian.Uint32(frame[4:8]),
			sum: crc32.Checksum(frame[24:], castagnoli)}
		if fr.page == 0 {
			return salts, nil, errors.New("a -wal frame without a page number")
		}
		pending = append(pending, fr)
		if fr.dbPages != 0 {
			committed = append(committed, pending...)
			pending = pending[:0]
		}
	}
	return salts, committed, nil
}

// walChecksum continues SQLite's -wal checksum over b (a multiple of 8 bytes).
func walChecksum(order binary.ByteOrder, s0, s1 uint32, b []byte) (uint32, uint32) {
	for i := 0; i+8 <= len(b); i += 8 {
		s0 += order.Uint32(b[i:]) + s1
		s1 += order.Uint32(b[i+4:]) + s0
	}
	return s0, s1
}
