package data_test

import (
	"regexp"
	"testing"
	"time"

	"socongdoan/data"
)

// perturb changes the value a column's field pointer points at.
func perturb(t *testing.T, field any) {
	switch p := field.(type) {
	case *string:
		*p += "x"
	case *int:
		*p++
	case *int64:
		*p++
	case *bool:
		*p = !*p
	case *time.Time:
		*p = p.AddDate(0, 0, 1)
	default:
		t.Fatalf("a column of type %T", field)
	}
}

// Every column of every kind, child rows included, is compared by value: a change
// in any one of them is a change to save, even for a column without an audit label.
func TestChangesSeeEveryColumn(t *testing.T) {
	for _, k := range data.Kinds() {
		for _, c := range k.Columns {
			old, new := k.New(), k.New()
			perturb(t, c.Field(new))
			cs := k.Changes(old, new)
			if len(cs) != 1 || cs[0].Field != c.Label {
				t.Errorf("%s.%s changed: Changes = %+v", k.Kind, c.Name, cs)
			}
		}
		for _, ch := range k.Children {
			for _, c := range ch.Columns {
				old, new := k.New(), k.New()
				ch.Append(old)
				perturb(t, c.Field(ch.Append(new)))
				cs := k.Changes(old, new)
				if len(cs) != 1 || cs[0].Field != ch.Label {
					t.Errorf("%s.%s.%s changed: Changes = %+v", k.Kind, ch.Table, c.Name, cs)
				}
			}
			old, new := k.New(), k.New()
			ch.Append(new)
			if cs := k.Changes(old, new); len(cs) != 1 {
				t.Errorf("%s: a row added to %s: Changes = %+v", k.Kind, ch.Table, cs)
			}
		}
		if cs := k.Changes(k.New(), k.New()); len(cs) != 0 {
			t.Errorf("%s: two empty records differ: %+v", k.Kind, cs)
		}
	}
}

func TestColumnWithoutLabelIsLoggedByName(t *testing.T) {
	type rec struct {
		ID, Version          int64
		CreatedAt, UpdatedAt time.Time
		Added                string
	}
	k := &data.Kind[rec]{Kind: "thu", Table: "thu", Columns: []data.Column[rec]{{Name: "added", Field: func(r *rec) any { return &r.Added }}},
		Meta: func(r *rec) data.Meta {
			return data.Meta{ID: &r.ID, Version: &r.Version, CreatedAt: &r.CreatedAt, UpdatedAt: &r.UpdatedAt}
		}}
	cs := k.Info().Changes(&rec{}, &rec{Added: "mới"})
	if len(cs) != 1 || cs[0] != (data.Change{Field: "added", Old: "", New: "mới"}) {
		t.Errorf("Changes = %+v", cs)
	}
}

func TestRegistryNames(t *testing.T) {
	slug := regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	seen := map[string]bool{}
	for _, k := range data.Kinds() {
		if !slug.MatchString(string(k.Kind)) {
			t.Errorf("kind %q is not a lower-case ASCII slug", k.Kind)
		}
		for _, name := range []string{"kind " + string(k.Kind), "table " + k.Table, "entity " + k.Entity} {
			if seen[name] {
				t.Errorf("two kinds share %s", name)
			}
			seen[name] = true
		}
		if k.Label == "" || k.NotFound == "" || data.KindOf(k.Kind) != k || k.Kind.Label() != k.Label {
			t.Errorf("kind %s is not fully declared", k.Kind)
		}
		if data.KindOfRecord(k.New()) != k {
			t.Errorf("KindOfRecord does not find %s", k.Kind)
		}
	}
	if data.KindMember.Label() != "Đoàn viên" || data.KindOf(data.KindMember) != nil {
		t.Errorf("members are not a registry kind but have a label")
	}
}
