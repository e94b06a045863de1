package xlsx

import (
	"context"
	"encoding/json"

	"socongdoan/data"
)

// SettingMapping is the settings key of the remembered column choices.
const SettingMapping = "nhap_excel.cot"

// skipValue stands for Skip in the stored JSON, so that "this column is not imported"
// is remembered too and not mistaken for "no choice".
const skipValue = "-"

// LoadRemembered reads the chair's earlier column choices; none is an empty map.
func LoadRemembered(ctx context.Context, s data.SettingsService) (Remembered, error) {
	r := Remembered{}
	if s == nil {
		return r, nil
	}
	v, ok, err := s.Setting(ctx, SettingMapping)
	if err != nil || !ok {
		return r, err
	}
	var stored map[string]string
	if json.Unmarshal([]byte(v), &stored) != nil {
		return r, nil // a damaged value only loses the memory, never the import
	}
	for h, f := range stored {
		if f == skipValue {
			r[h] = Skip
		} else if fld, ok := ParseField(f); ok {
			r[h] = fld
		}
	}
	return r, nil
}

// SaveRemembered adds the mapping's choices to the remembered ones and stores them.
func SaveRemembered(ctx context.Context, s data.SettingsService, m *Mapping) error {
	if s == nil {
		return nil
	}
	r, err := LoadRemembered(ctx, s)
	if err != nil {
		return err
	}
	r.Remember(m)
	stored := map[string]string{}
	for h, f := range r {
		if f == Skip {
			stored[h] = skipValue
		} else {
			stored[h] = string(f)
		}
	}
	b, err := json.Marshal(stored)
	if err != nil {
		return err
	}
	return s.Remember(ctx, SettingMapping, string(b))
}
