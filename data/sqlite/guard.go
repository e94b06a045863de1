package sqlite

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"socongdoan/data"
)

// writeGate holds writes until the background full check of the file has passed
// (WithCheckInBackground): a file that fails is never written.
type writeGate struct {
	check   func() error
	cancel  func() // interrupts the check (Close)
	once    sync.Once
	started atomic.Bool
	done    chan struct{}
	err     error // set before done is closed
}

func newWriteGate(check func() error) *writeGate {
	return &writeGate{check: check, done: make(chan struct{})}
}

// start runs the check in the background, once.
func (g *writeGate) start() {
	g.once.Do(func() {
		g.started.Store(true)
		go func() {
			g.err = g.check()
			close(g.done)
		}()
	})
}

// wait starts the check if nothing did yet, blocks until it finished and returns
// its error.
func (g *writeGate) wait(ctx context.Context) error {
	g.start()
	select {
	case <-g.done:
		return g.err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// stop interrupts a check still running and waits for it, so that nothing reads the
// file after the store is closed (a command that failed before writing; a test's
// temporary folder removed under it).
func (g *writeGate) stop() {
	if !g.started.Load() {
		return
	}
	if g.cancel != nil {
		g.cancel()
	}
	<-g.done
}

// errReadOnly refuses a write on a store opened with OpenReadOnly.
var errReadOnly = &data.Error{Code: data.EINTERNAL, Message: "Lỗi hệ thống: tệp dữ liệu đang mở chỉ để đọc"}

// writable returns nil once the store may write: not read-only, and the file passed
// its full check (waiting for a check running in the background).
func (s *Store) writable(ctx context.Context) error {
	if s.readOnly {
		return errReadOnly
	}
	if s.gate == nil {
		return nil
	}
	return s.gate.wait(ctx)
}

// StartCheck starts the full check of a store opened WithCheckInBackground, if it has
// not started: the window calls it once its first frame is shown, so that the check
// does not compete with it. A write or Verified starts it too.
func (s *Store) StartCheck() {
	if s.gate != nil {
		s.gate.start()
	}
}

// Verified waits for the full check of the file (see WithCheckInBackground) and
// returns its error: IsDamaged is true for a file that failed. nil at once for a
// store whose file was checked before Open returned.
func (s *Store) Verified(ctx context.Context) error {
	if s.gate == nil {
		return nil
	}
	return s.gate.wait(ctx)
}

// checkpointDelay is how soon after a commit the main .db file receives it. Commits
// first go to the -wal file beside it (SQLite's write-ahead log); until a checkpoint
// copies them over, a chair copying socongdoan.db alone to a USB stick would leave
// them behind (issue 10, item 5). Batching the commits of one second keeps the cost
// of bursts (an import, the demo) to one checkpoint.
const checkpointDelay = time.Second

// checkpointer runs one checkpoint a short while after the commits that need it.
type checkpointer struct {
	mu     sync.Mutex
	timer  *time.Timer
	closed bool
}

// checkpointSoon schedules a checkpoint unless one is already due.
func (s *Store) checkpointSoon() {
	c := &s.ckpt
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed || c.timer != nil {
		return
	}
	c.timer = time.AfterFunc(checkpointDelay, func() {
		c.mu.Lock()
		c.timer = nil
		closed := c.closed
		c.mu.Unlock()
		if closed {
			return
		}
		if done, err := s.Checkpoint(context.Background()); err == nil && !done {
			s.checkpointSoon() // a reader held some frames back: try again shortly
		}
	})
}

// stop cancels a pending checkpoint: Close checkpoints anyway.
func (c *checkpointer) stop() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.closed = true
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
}

// Checkpoint copies every commit still only in the -wal file into the main .db file
// without waiting for readers (a passive checkpoint); done is false when a reader
// kept some of them back.
func (s *Store) Checkpoint(ctx context.Context) (done bool, err error) {
	if s.readOnly {
		return true, nil
	}
	s.carryProofThroughWAL() // before the checkpoint lets SQLite start the log over
	var busy, logFrames, moved int
	if err := s.db.QueryRowContext(ctx, `PRAGMA wal_checkpoint(PASSIVE)`).Scan(&busy, &logFrames, &moved); err != nil {
		return false, data.Internal(sysErr(err, s.path), "ghi dữ liệu vào tệp chính")
	}
	return busy == 0 && moved >= logFrames, nil
}
