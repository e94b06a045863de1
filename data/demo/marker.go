package demo

import (
	"context"

	"socongdoan/data"
)

// Demo data lives in its own file, never in a chair's real register (issue 10, item
// 14): the file is marked with this setting, so that the window can say "Đang xem dữ
// liệu mẫu" and `demo` can refuse to fill a register that holds real data.
const MarkerSetting = "du_lieu_mau"

// FileName is the demo file's name, beside the real register.
const FileName = "du-lieu-mau.db"

// TryMembers is how many members "Dùng thử với dữ liệu mẫu" makes: enough to try
// every screen, quick to make.
const TryMembers = 300

// IsDemo reports whether the data of settings is demo data.
func IsDemo(ctx context.Context, settings data.SettingsService) bool {
	v, ok, err := settings.Setting(ctx, MarkerSetting)
	return err == nil && ok && v == "1"
}

// Mark marks the data as demo data.
func Mark(ctx context.Context, settings data.SettingsService) error {
	return settings.SetSetting(ctx, MarkerSetting, "1")
}

// HoldsRealData reports whether a register that is not marked as demo data already has
// a union profile or members: demo data must not go into it.
func HoldsRealData(ctx context.Context, settings data.SettingsService, profile data.ProfileService, members data.MemberService) (bool, error) {
	if IsDemo(ctx, settings) {
		return false, nil
	}
	if _, err := profile.Profile(ctx); err == nil {
		return true, nil
	} else if data.ErrorCode(err) != data.ENOTFOUND {
		return false, err
	}
	rows, err := members.MemberRows(ctx)
	return len(rows) > 0, err
}
