package sqlite_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

func TestSettings(t *testing.T) {
	s := mustOpen(t)
	ctx := context.Background()
	t.Run("an unset key is reported as unset", func(t *testing.T) {
		if v, ok, err := s.Setting(ctx, "x"); err != nil || ok || v != "" {
			t.Errorf("Setting = %q, %v, %v", v, ok, err)
		}
	})
	t.Run("a value set is read back, replaced and removed", func(t *testing.T) {
		for _, v := range []string{"Hội nghị đại biểu", "90", ""} {
			if err := s.SetSetting(ctx, "k", v); err != nil {
				t.Fatal(err)
			}
			got, ok, err := s.Setting(ctx, "k")
			if err != nil || got != v || ok != (v != "") {
				t.Errorf("after setting %q: %q, %v, %v", v, got, ok, err)
			}
		}
	})
	t.Run("each change is in the audit log", func(t *testing.T) {
		h, err := s.EntityHistory(ctx, "setting", 0)
		if err != nil || len(h) != 3 || h[0].Field != "k" || h[0].Old != "90" || h[0].New != "" {
			t.Errorf("history = %+v, %v", h, err)
		}
	})
}

func TestSettingsTogetherAndRemembered(t *testing.T) {
	path := filepath.Join(t.TempDir(), "socongdoan.db")
	s := mustOpenAt(t, path)
	t.Run("SaveRuleSettings is all or nothing", func(t *testing.T) {
		// A second connection makes one of the keys fail to write, as a full disk would half-way.
		db, err := sql.Open("sqlite3", path)
		must(t, err)
		defer db.Close()
		_, err = db.Exec(`CREATE TRIGGER refuse BEFORE INSERT ON setting WHEN NEW.key = '` + data.KeyGraceDays + `'
			BEGIN SELECT RAISE(ABORT, 'refused'); END`)
		must(t, err)
		rs := data.DefaultRuleSettings()
		rs.SOEConferenceMonth, rs.GraceDays = 2, rs.GraceDays+5
		if err := data.SaveRuleSettings(ctx, s, rs); err == nil {
			t.Fatal("the refused key did not fail the save")
		}
		if v, ok, _ := s.Setting(ctx, data.KeySOEConferenceMonth); ok {
			t.Errorf("a key before the failure was kept: %q", v)
		}
		_, err = db.Exec(`DROP TRIGGER refuse`)
		must(t, err)
		must(t, data.SaveRuleSettings(ctx, s, rs))
		got, err := data.LoadRuleSettings(ctx, s)
		must(t, err)
		if got.SOEConferenceMonth != 2 || got.GraceDays != rs.GraceDays {
			t.Errorf("saved %+v", got)
		}
	})
	t.Run("a remembered choice is stored but not logged", func(t *testing.T) {
		before, err := s.EntityHistory(ctx, sqlite.EntitySetting, 0)
		must(t, err)
		must(t, s.Remember(ctx, "xuat_excel.cot", "ho-ten,ngay-sinh"))
		if v, _, _ := s.Setting(ctx, "xuat_excel.cot"); v != "ho-ten,ngay-sinh" {
			t.Errorf("remembered %q", v)
		}
		after, err := s.EntityHistory(ctx, sqlite.EntitySetting, 0)
		must(t, err)
		if len(after) != len(before) {
			t.Errorf("Remember wrote %d audit rows", len(after)-len(before))
		}
	})
}
