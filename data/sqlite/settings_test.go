package sqlite_test

import (
	"context"
	"testing"
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
