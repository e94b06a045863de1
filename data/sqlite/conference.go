package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// AttachmentDir is the folder, beside the database file, that keeps the copies of
// attached files: tep-dinh-kem/<conference id>/<file name>.
const AttachmentDir = "tep-dinh-kem"

// documents lists the attached files of a conference, oldest first.
func (s *Store) documents(ctx context.Context, conferenceID int64) ([]data.Attachment, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, conference_id, kind, name, path, added_at
		FROM conference_document WHERE conference_id = ? ORDER BY id`, conferenceID)
	if err != nil {
		return nil, data.Internal(err, "đọc tệp đính kèm")
	}
	defer rows.Close()
	var out []data.Attachment
	for rows.Next() {
		var a data.Attachment
		var rel string
		if err := rows.Scan(&a.ID, &a.OwnerID, (*string)(&a.Kind), &a.Name, &rel, stampDest{&a.AddedAt}); err != nil {
			return nil, data.Internal(err, "đọc tệp đính kèm")
		}
		a.Path = filepath.Join(filepath.Dir(s.path), filepath.FromSlash(rel))
		out = append(out, a)
	}
	return out, data.Internal(rows.Err(), "đọc tệp đính kèm")
}

// AttachDocument copies the file at src into tep-dinh-kem/<conference id>/ beside
// the database (0600 in a 0700 folder: minutes name people) and records it. A
// name already used there gets " (2)", " (3)"… before its extension.
func (s *Store) AttachDocument(ctx context.Context, conferenceID int64, kind data.DocKind, src string) (*data.Attachment, error) {
	if _, err := loadRecord(ctx, s.db, data.Conferences.Info(), conferenceID); err != nil {
		return nil, data.Internal(err, "đính kèm tệp")
	}
	if !validDocKind(kind) {
		return nil, data.Errorf(data.EINVALID, "doc_kind", "Cần chọn loại tài liệu")
	}
	in, err := os.Open(src)
	if err != nil {
		return nil, &data.Error{Code: data.EINVALID, Field: "doc_file", Message: "Không mở được tệp " + filepath.Base(src), Err: err}
	}
	defer in.Close()
	if fi, err := in.Stat(); err != nil || fi.IsDir() {
		return nil, data.Errorf(data.EINVALID, "doc_file", "Cần chọn một tệp, không phải thư mục")
	}
	name := vn.Clean(filepath.Base(src))
	relDir := AttachmentDir + "/" + strconv.FormatInt(conferenceID, 10)
	dir := filepath.Join(filepath.Dir(s.path), filepath.FromSlash(relDir))
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, data.Internal(err, "đính kèm tệp")
	}
	dst, file, err := createUnique(dir, name)
	if err != nil {
		return nil, data.Internal(err, "đính kèm tệp")
	}
	if _, err := io.Copy(dst, in); err != nil {
		dst.Close()
		os.Remove(filepath.Join(dir, file))
		return nil, data.Internal(err, "sao chép tệp đính kèm")
	}
	if err := dst.Close(); err != nil {
		os.Remove(filepath.Join(dir, file))
		return nil, data.Internal(err, "sao chép tệp đính kèm")
	}
	stamp := s.stamp()
	a := &data.Attachment{OwnerID: conferenceID, Kind: kind, Name: name, Path: filepath.Join(dir, file)}
	err = s.write(ctx, "đính kèm tệp", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO conference_document (conference_id, kind, name, path, added_at)
			VALUES (?, ?, ?, ?, ?)`, conferenceID, string(kind), name, relDir+"/"+file, stamp)
		if err != nil {
			return err
		}
		if a.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		if a.AddedAt, err = parseStamp(stamp); err != nil {
			return err
		}
		return audit(ctx, tx, stamp, data.Conferences.Entity, conferenceID, change{"Đính kèm " + lowerLabel(kind.Label()), "", name})
	})
	if err != nil {
		os.Remove(a.Path)
		return nil, err
	}
	return a, nil
}

// RemoveDocument deletes a document's record and its copy; the chair's original
// file, wherever it was, is untouched.
func (s *Store) RemoveDocument(ctx context.Context, id int64) error {
	var path string
	err := s.write(ctx, "xóa tệp đính kèm", func(tx *sql.Tx) error {
		var conf int64
		var kind, name, rel string
		err := tx.QueryRowContext(ctx, `SELECT conference_id, kind, name, path FROM conference_document WHERE id = ?`, id).
			Scan(&conf, &kind, &name, &rel)
		if errors.Is(err, sql.ErrNoRows) {
			return &data.Error{Code: data.ENOTFOUND, Message: "Không tìm thấy tệp đính kèm"}
		}
		if err != nil {
			return err
		}
		path = filepath.Join(filepath.Dir(s.path), filepath.FromSlash(rel))
		if _, err := tx.ExecContext(ctx, `DELETE FROM conference_document WHERE id = ?`, id); err != nil {
			return err
		}
		return audit(ctx, tx, s.stamp(), data.Conferences.Entity, conf, change{"Bỏ tệp đính kèm", name, ""})
	})
	if err != nil {
		return err
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return data.Internal(err, "xóa tệp đính kèm")
	}
	return nil
}

func validDocKind(k data.DocKind) bool {
	for _, d := range data.DocKinds {
		if d == k {
			return true
		}
	}
	return false
}

// createUnique creates name in dir (0600, never overwriting), or name (2), name (3)…
func createUnique(dir, name string) (*os.File, string, error) {
	ext := filepath.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	if stem == "" {
		stem = "tep"
	}
	for i := 1; i < 1000; i++ {
		file := stem + ext
		if i > 1 {
			file = fmt.Sprintf("%s (%d)%s", stem, i, ext)
		}
		f, err := os.OpenFile(filepath.Join(dir, file), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, file, err
	}
	return nil, "", fmt.Errorf("too many files named %s", name)
}

// lowerLabel lowers the first letter of a label for use inside a sentence.
func lowerLabel(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = []rune(strings.ToLower(string(r[0])))[0]
	return string(r)
}
