package app

import (
	"sort"
	"strings"
)

// financeCommands are the subcommands of `socongdoan finance …` (issue 13, point
// 10). Each part of finance (salaries and dues, KPCĐ, vouchers, books, dự toán …)
// lives in its own file app/finance_<part>.go and adds its entries here.
var financeCommands = map[string]func(e *env, args []string) error{}

// financeCmd runs `socongdoan finance SUBCOMMAND …`.
func financeCmd(e *env, args []string) error {
	if len(args) < 1 {
		return usagef("thiếu lệnh con: finance %s", financeNames())
	}
	run, ok := financeCommands[args[0]]
	if !ok {
		return usagef("không có lệnh \"finance %s\" (có: %s)", args[0], financeNames())
	}
	return run(e, args[1:])
}

func financeNames() string {
	names := make([]string, 0, len(financeCommands))
	for n := range financeCommands {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}
