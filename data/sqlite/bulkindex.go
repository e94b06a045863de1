package sqlite

import (
	"context"
	"database/sql"
)

// bulkIndexes are the indexes of tables a large import fills, dropped before it
// inserts and built again, from their own stored definitions, before it commits.
//
// Why: SQLite keeps every index up to date row by row. The register index grows at its
// end (members go in in register order), but the CCCD, mã đoàn viên, unit and event
// date indexes receive their keys in no order, splitting pages all over themselves;
// building an index once over the finished table sorts its keys first and writes each
// page once. For an import into an empty register of 100,000 members that is most of
// the time SQLite takes.
//
// Why it is safe: it all happens inside the import's one transaction, so a crash or
// an error (even in a rebuild) leaves the file as it was, indexes included. Each index
// is rebuilt from the very SQL text sqlite_master holds for it, so the schema after
// the commit is byte for byte the one before. The unique indexes (CCCD, mã đoàn viên)
// are rebuilt as unique: a duplicate the import's own checks missed would still
// refuse the whole import. No other connection can write meanwhile (the transaction
// holds the write lock) and readers see the old, complete indexes until the commit.
type bulkIndexes struct {
	defs []string // CREATE INDEX statements, as stored
}

// bulkShare is how many new rows per row already in a table make rebuilding its
// indexes cheaper than updating them row by row: a rebuild reads the old rows too.
const bulkShare = 1

// bulkMinimum is the fewest new rows for which the rebuild pays: below it, the
// indexes are kept as they are.
const bulkMinimum = 5000

// dropForBulk drops the indexes of each table that will receive adding[table] new
// rows, when those outnumber its rows (bulkShare) and reach bulkMinimum.
func dropForBulk(ctx context.Context, tx *sql.Tx, adding map[string]int) (*bulkIndexes, error) {
	b := &bulkIndexes{}
	for table, n := range adding {
		if n < bulkMinimum {
			continue
		}
		var rows int64
		// MAX(rowid) reads one page, where count(*) reads the whole table; rows in the
		// trash still count, so it never understates what the rebuild must read.
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(rowid), 0) FROM `+table).Scan(&rows); err != nil {
			return nil, err
		}
		if int64(n) < bulkShare*rows {
			continue
		}
		defs, err := indexDefs(ctx, tx, table)
		if err != nil {
			return nil, err
		}
		for _, d := range defs {
			if _, err := tx.ExecContext(ctx, `DROP INDEX "`+d.name+`"`); err != nil {
				return nil, err
			}
			b.defs = append(b.defs, d.sql)
		}
	}
	return b, nil
}

// rebuild creates the dropped indexes again. SQLite sorts an index's keys in as much
// memory as the page cache may hold, then on disk: the cache goes back to its usual
// size first, so that the sort does not add the import's big cache again on top of
// the rows the import holds (issue 12 §9: ≤ 300 MB).
func (b *bulkIndexes) rebuild(ctx context.Context, tx *sql.Tx) error {
	if len(b.defs) == 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `PRAGMA cache_size = -2000`); err != nil {
		return err
	}
	for _, def := range b.defs {
		if _, err := tx.ExecContext(ctx, def); err != nil {
			return err
		}
	}
	return nil
}

// indexDef is one index as sqlite_master holds it.
type indexDef struct{ name, sql string }

// indexDefs lists the indexes of table that have a definition (not the automatic
// ones of UNIQUE and PRIMARY KEY constraints, which have none and cannot be dropped).
func indexDefs(ctx context.Context, tx *sql.Tx, table string) ([]indexDef, error) {
	rows, err := tx.QueryContext(ctx, `SELECT name, sql FROM sqlite_master
		WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name`, table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []indexDef
	for rows.Next() {
		var d indexDef
		if err := rows.Scan(&d.name, &d.sql); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}
